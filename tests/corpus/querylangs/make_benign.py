#!/usr/bin/env python3
"""Write benign.jsonl: query and filter expressions a public API receives.

Search boxes, `filter=` / `q=` / `where=` parameters, saved searches,
dashboards, alert rules, report definitions and admin consoles all take query
languages as ordinary values: Lucene and KQL, OData and RSQL, JQL and SOQL,
PromQL and SPL, Cypher and SPARQL, JSONPath and jq, MongoDB filter documents,
CEL and Rego rules, people talking about their queries, and regexes and globs.

Every value below was written for this corpus: hand-written literals plus
small templates over hand-written pools.  Nothing was copied from a dataset,
a vendor's documentation examples or a public list.  None of the values is an
injection; they are hard negatives on purpose (quotes, brackets, `$`, `|`,
`&&`, `select ... where`, `count()`, `contains()`, `@`, `~`, `*`, `%`).

Standard library only, deterministic (random.Random(2021)); running the
script twice gives the same bytes.
"""
import json
import random
import urllib.parse
from pathlib import Path

RNG = random.Random(2021)
OUT = Path(__file__).with_name("benign.jsonl")
PER_CATEGORY = 80
MAX_LEN = 1800
SEEN = set()  # values already used by any category


def pick(seq):
    return RNG.choice(seq)


def q(s, safe=""):
    return urllib.parse.quote(s, safe=safe)


def fill(literals, gen, n=PER_CATEGORY):
    """Literals first, then templated values until n values unique in the file."""
    out = []
    for v in literals:
        if v in SEEN:
            raise SystemExit("duplicate literal: %r" % v)
        assert isinstance(v, str) and 0 < len(v) <= MAX_LEN, v
        SEEN.add(v)
        out.append(v)
    if len(out) > n:
        raise SystemExit("too many literals (%d > %d): %r" % (len(out), n, out[0]))
    tries = 0
    while len(out) < n:
        tries += 1
        if tries > 20000:
            raise SystemExit("template pool too small")
        v = gen()
        if v in SEEN or len(v) > MAX_LEN:
            continue
        SEEN.add(v)
        out.append(v)
    RNG.shuffle(out)
    return out


def day():
    return "2024-%02d-%02d" % (RNG.randint(1, 12), RNG.randint(1, 28))


# ---------------------------------------------------------------- shared pools
PEOPLE = ["okafor", "mgarcia", "ktanaka", "ilindqvist", "rsharma", "dpetrov", "aobrien", "lmuller",
          "fhaddad", "nkowalski", "ebyilmaz", "sdubois", "wzhang", "pferreira"]
NAMES = ["Anna Müller", "Seán O'Brien", "Keiko Tanaka", "Olu Okafor", "Priya Sharma", "Björn Lindqvist",
         "Fatima Haddad", "Łucja Kowalski", "Mateo García-López", "Renée Dubois", "Elif Yılmaz", "Wei Zhang"]
PROJECTS = ["OPS", "WEB", "PAY", "MOBILE", "DATA", "SEC", "INFRA", "CRM", "SHOP"]
SERVICES = ["checkout", "cart", "search-api", "payments", "auth", "catalog", "notifier", "billing-worker",
            "image-resizer", "gateway"]
ENVS = ["prod", "staging", "dev", "eu-west", "us-east"]
CITIES = ["Berlin", "Dublin", "München", "Köln", "Zürich", "Lyon", "São Paulo", "Kraków", "İzmir", "Osaka",
          "Montréal", "Gdańsk"]
COUNTRIES = ["DE", "IE", "FR", "GB", "PL", "JP", "BR", "TR", "AT", "CH", "NL"]
PRODUCTS = ["linen shirt", "oak table", "espresso cups", "trail shoes", "rain jacket", "tea towel",
            "desk lamp", "yoga mat", "wool scarf", "ceramic bowl"]
STATUSES = ["open", "pending", "resolved", "closed", "in_review", "shipped", "paid", "refunded", "draft"]
LABELS = ["bug", "enhancement", "needs triage", "good first issue", "regression", "docs", "performance",
          "a11y", "i18n", "blocked"]


# ====================================================================== 1
def search_syntax():
    lit = [
        'title:"release notes" AND (author:ktanaka OR author:okafor) -draft:true',
        'status:(open OR pending) AND created_at:[2024-01-01 TO 2024-03-31]',
        'name:jonson~2 AND city:Dubl*',
        'is:pr is:open author:mgarcia label:"needs review" -label:wip sort:updated-desc',
        'is:issue is:open label:"good first issue" no:assignee repo:acme/webshop',
        'from:invoices@northwind-goods.co.uk has:attachment older_than:30d -in:trash',
        'subject:(invoice OR Rechnung OR facture) after:2024/01/01 before:2024/02/01 larger:2M',
        'site:docs.python.org "asyncio.gather" -stackoverflow',
        'filetype:pdf intitle:"annual report" (2023 OR 2022) -draft',
        'q=ipod&fq=price:[* TO 400]&fq=inStock:true&bq=category:electronics^2&defType=edismax',
        'http.response.status_code >= 500 and not url.path : "/healthz"',
        'service.name : "checkout" and (log.level : "error" or log.level : "fatal")',
        'tags:("blue" "navy") AND size:(M OR L OR XL)',
        '"Schwarzwälder Kirschtorte" rezept -vegan',
        'label:~backend milestone:%"16.4" state:opened assignee:@me',
        '(content:kubernetes AND content:helm) OR title:/k8s-[0-9]+/',
        'description:"late delivery"~5 AND NOT status:closed',
        'price:{10 TO 50} AND brand:(Acme OR "Trail Head")',
        '_exists_:customer.vat_id AND NOT country:GB',
        'repo:acme/webshop path:src/**/*.ts "useCart(" language:TypeScript',
        'user:acme-labs is:public archived:false stars:>100 pushed:>2024-06-01',
        'is:unresolved level:error browser.name:Firefox release:web@2.14.0 !user.email:*@acme-outfitters.com',
        'tags:billing status:open order:latest in:bookmarks',
        'in:#ops from:@ravi during:yesterday "rollback"',
        '标题:"年度报告" AND 年份:[2020 TO 2024]',
        'author:"Müller, Anna" AND year:>=2019 AND type:article',
        '[python] [pandas] is:question score:5 answers:0 "groupby"',
        'title:(wireless headphones)^3 description:(wireless headphones) brand:Sonora^0.5',
        '{!tag=colorfq}color:red',
        'facet.field={!ex=colorfq}color&facet.mincount=1&rows=0',
        '{!func}recip(ms(NOW,published_at),3.16e-11,1,1)',
        '"fried eggs" +(eggplant | potato) -frittata',
        'items:{ name:banana and stock > 10 }',
        '(category:Book OR category:Ebook) AND price < 20 AND NOT author:"Anonymous"',
        'from:"Ingrid Lindqvist" received:last week hasattachments:yes',
        'kind:=document datemodified:this week "Quartalsbericht"',
        'keywords:yaml,parser not:deprecated not:insecure',
        'title:"Война и мир" OR title:"War and Peace"',
        'artist:"Sigur Rós" AND year:[1999 TO *]',
        '+"oat milk" +barista -sweetened',
        'is:open is:pr review-requested:@me draft:false base:main',
        'created:>=2024-04-01 updated:<2024-05-01 comments:>10',
        'customer.email:*@kiezkaffee.de AND total:>=100',
        'host.name:web-0? AND event.dataset:nginx.access',
        'NOT (status:archived OR status:deleted) AND owner:"Keiko Tanaka"',
        'ciudad:"Bogotá" AND categoría:restaurantes AND precio:[1 TO 3]',
        'sku:TSH\\-001 OR sku:TSH\\-002',
        'path:\\/api\\/v2\\/orders*',
        'message:"connection reset by peer" AND kubernetes.namespace:payments',
        'geo.country_iso_code:(DE OR AT OR CH) AND user_agent.os.name:"Mac OS X"',
        'intext:"privacy policy" site:*.gov.ie',
        'related:northwind-goods.co.uk',
        'label:"bug fix" -label:duplicate is:closed closed:2024-01-01..2024-01-31',
        'in:title "dark mode" is:issue sort:reactions-+1-desc',
        'list:newsletter@lists.paperplane.studio is:unread category:promotions',
        'email:"o\'brien@example.ie" OR phone:"+353 1 555 0192"',
        '(title:(Leinen* OR linen*)^2 OR description:"100% Leinen"~3)\nAND price:[19.90 TO 89.00]\nAND color:(natur OR "off-white" OR sand)\nAND NOT (tags:seconds OR tags:"B-Ware")\nAND updated_at:[now-90d TO now]\nAND (brand:"Maison Clair" OR brand:"Linen & Co" OR brand:Bluebird)\nAND ships_to:(DE OR AT OR CH OR IE)',
        'is:pr is:merged base:release/2.14 merged:2024-05-01..2024-05-31 -author:app/dependabot -label:"skip changelog" label:customer-facing,breaking',
    ]
    pairs = [("title", "linen"), ("title", '"oak table"'), ("title", "rain?jacket"), ("body", '"fast shipping"'),
             ("body", "kaffee~1"), ("author", '"Anna Müller"'), ("author", "\"O'Brien\""), ("status", "open"),
             ("status", "pending"), ("tag", "déjà-vu"), ("city", "Dubl*"), ("city", "Zürich"), ("brand", "Acme"),
             ("category", "ceramics"), ("owner", "ktanaka"), ("lang", "ja"), ("lang", "pt-BR"), ("year", "2024")]

    def fv():
        return "%s:%s" % pick(pairs)

    def gen():
        kind = RNG.randint(0, 5)
        if kind == 0:
            return "%s %s %s" % (fv(), pick(["AND", "OR", "AND NOT", "&&", "||"]), fv())
        if kind == 1:
            fld, (a, b, c, d) = pick([("price", (0, 50, 60, 400)), ("year", (1990, 2015, 2016, 2024)), ("stock", (0, 5, 10, 500))])
            return "%s:[%d TO %d] AND %s" % (fld, RNG.randint(a, b), RNG.randint(c, d), fv())
        if kind == 2:
            return "is:%s label:\"%s\" author:%s sort:%s" % (pick(["issue", "pr"]), pick(LABELS), pick(PEOPLE),
                                                             pick(["created-asc", "updated-desc", "comments-desc"]))
        if kind == 3:
            return "from:%s@%s after:%s -%s" % (pick(PEOPLE), pick(["acme-outfitters.com", "kiezkaffee.de", "example.org"]),
                                               day().replace("-", "/"), pick(["in:spam", "label:newsletters", "is:starred"]))
        if kind == 4:
            return '"%s" site:%s -%s' % (pick(PRODUCTS), pick(["maison-clair.fr", "bluebird-home.com", "trailhead-gear.com"]),
                                        pick(["used", "refurbished", "kids", "sale"]))
        return '%s : "%s" and %s >= %d' % (pick(["service.name", "kubernetes.pod.name", "host.name"]), pick(SERVICES),
                                           pick(["http.response.status_code", "event.duration", "bytes"]), RNG.randint(400, 5000))
    return fill(lit, gen)


# ====================================================================== 2
def filter_params():
    lit = [
        "$filter=Price lt 20 and Category/Name eq 'Beverages'&$orderby=Name desc&$top=25",
        "$filter=startswith(CompanyName,'Alfr') or contains(City,'Berl')",
        "$filter=Orders/any(o: o/Total gt 1000)&$expand=Orders($select=Id,Total)",
        "$select=id,displayName,mail&$filter=endswith(mail,'@northwind-goods.co.uk')&$count=true",
        "$filter=LastName eq 'O''Brien' and Country ne 'US'",
        "$filter=Modified ge datetime'2024-03-01T00:00:00' and Author/Title eq 'Keiko Tanaka'&$top=100",
        "$filter=year(BirthDate) ge 1990 and tolower(City) eq 'köln'",
        "$orderby=ShippedDate desc,OrderID&$skip=50&$top=50&$select=OrderID,ShipName,ShippedDate",
        "$search=\"displayName:Wi-Fi\"&$orderby=displayName",
        "$apply=groupby((Region),aggregate(Amount with sum as Total))&$filter=Total gt 5000",
        "$filter=Tags/all(t: t ne 'internal') and Status in ('Active','Trial')",
        "filter[status]=published&filter[author.name]=D'Angelo&sort=-created&page[size]=20",
        "filter[tags][]=tea&filter[tags][]=ceramics&include=author,comments&fields[articles]=title,body",
        "name==*kaffee*;age=gt=30,status==active",
        "updated=ge=2024-05-01T00:00:00Z;type=in=(order,refund)",
        "search=lastName==Nguyen,lastName==Kim;birthYear=lt=1990",
        "genre=in=(sci-fi,fantasy);rating=ge=4.5;title!=\"The Pilot\"",
        'emails[type eq "work" and value ew "@kiezkaffee.de"]',
        'title co "Manager" or (active eq true and name.familyName sw "O\'")',
        'userType eq "Employee" and (emails.value co "@acme-outfitters.com" or emails.value co "@acme.de")',
        'meta.created ge "2024-02-01T00:00:00Z" and not (active eq false)',
        "?created__gte=2024-01-01&status__in=paid,shipped&customer__email__iendswith=@example.org",
        "?title__icontains=linen&price__range=10,60&ordering=-price",
        "?author__profile__country=IE&tags__name__in=cooking,baking&page=3",
        "filters[title][$containsi]=linen&filters[price][$lte]=50&sort[0]=price:asc&pagination[page]=2",
        "filters[$or][0][city][$eq]=Lyon&filters[$or][1][city][$eq]=Lille&populate=*",
        'filter={"status":{"_eq":"published"},"date_created":{"_gte":"$NOW(-7 days)"}}&sort=-date_created',
        'filter[_and][0][price][_between]=[10,50]&filter[_and][1][title][_icontains]=tasse',
        "price[gte]=10&price[lte]=100&brand[in]=acme,bluebird&sort=price",
        "created_at[gt]=2024-06-01&created_at[lt]=2024-07-01&status[ne]=cancelled",
        "select=id,name,orders(id,total)&total=gt.100&or=(status.eq.paid,status.eq.refunded)&order=created_at.desc",
        "name=ilike.*müller*&age=gte.18&limit=25&offset=50",
        '{"_and":[{"price":{"_gt":10}},{"name":{"_ilike":"%tee%"}}]}',
        "query=status:'succeeded' AND metadata['order_id']:'6735'",
        "query=email~'example.ie' AND created>1704067200",
        "query=created_at:>2024-01-01 AND financial_status:paid AND -tag:wholesale",
        'filter=create_time > "2024-01-01T00:00:00Z" AND state = ACTIVE AND labels.team:*',
        'filter=displayName:"Lager" OR displayName:"Warehouse"&orderBy=updateTime desc',
        "where[status][eq]=active&where[plan][in][]=pro&where[plan][in][]=team",
        "q[name_cont]=oak&q[price_gteq]=100&q[s]=created_at+desc",
        "fields=id,title,price&filter=price<=30;stock>0&sort=-rating",
        "filter=genres = horror AND release_date > 1577836800 AND rating >= 7",
        'filters=(category:Book OR category:Ebook) AND price < 20',
        "$filter=geo.distance(Location, geography'POINT(-6.26 53.34)') lt 5",
        "$filter=contains(Description,'100%25 cotton')",
        "facets=brand,color&facetFilters=[[\"color:blue\",\"color:navy\"],\"brand:Acme\"]",
        "$filter=(Status eq 'Shipped' or Status eq 'Delivered') and ShippedDate ge 2024-04-01T00:00:00Z and ShippedDate lt 2024-07-01T00:00:00Z and Customer/Address/Country in ('DE','AT','CH') and not startswith(Customer/Email,'test+')&$expand=Customer($select=Name,Email;$expand=Address($select=City,Country)),Lines($filter=Quantity gt 0;$orderby=LineNo;$select=Sku,Quantity,UnitPrice)&$orderby=ShippedDate desc,OrderNo&$select=OrderNo,Status,ShippedDate,Total&$count=true&$top=100&$skip=200",
        'filter={"_and":[{"status":{"_in":["published","scheduled"]}},{"_or":[{"title":{"_icontains":"kaffee"}},{"tags":{"_contains":"barista"}}]},{"author":{"country":{"_eq":"AT"}}},{"date_published":{"_between":["2024-01-01","2024-12-31"]}}]}&fields=id,title,author.name,date_published&sort=-date_published&limit=50&meta=filter_count',
    ]

    def gen():
        kind = RNG.randint(0, 6)
        if kind == 0:
            fld, pool = pick([("City", CITIES), ("Country", COUNTRIES), ("Status", STATUSES)])
            return "$filter=%s %s %s and %s eq '%s'&$top=%d" % (
                pick(["Price", "Quantity", "Age", "Total", "Rating"]), pick(["lt", "le", "gt", "ge", "ne"]),
                RNG.randint(1, 999), fld, pick(pool), pick([10, 20, 50, 100]))
        if kind == 1:
            return "$filter=%s(%s,'%s')&$orderby=%s %s" % (
                pick(["startswith", "endswith", "contains"]), pick(["Name", "Email", "City", "Title"]),
                pick(["Mü", "an", "@example.org", "Lindq", "ö", "Mc"]), pick(["Name", "CreatedAt", "Id"]),
                pick(["asc", "desc"]))
        if kind == 2:
            return "%s==%s;%s=%s=%d" % (pick(["status", "city", "owner"]), pick(STATUSES + ["*berg*", "Dublin"]),
                                        pick(["age", "total", "qty"]), pick(["gt", "ge", "lt", "le"]), RNG.randint(1, 500))
        if kind == 3:
            return '%s %s "%s" and active eq %s' % (pick(["userName", "name.familyName", "emails.value", "title"]),
                                                     pick(["eq", "sw", "co", "ew"]), pick(["anna", "O'", "@kiezkaffee.de", "Lead"]),
                                                     pick(["true", "false"]))
        if kind == 4:
            return "?%s__%s=%s&ordering=%s" % (pick(["created", "updated", "price", "name"]),
                                                pick(["gte", "lte", "icontains", "startswith", "year"]),
                                                pick([day(), "oak", "2023", "49.90", "Ł"]), pick(["-created", "name", "-price"]))
        if kind == 5:
            return "filters[%s][$%s]=%s&sort[0]=%s:%s" % (pick(["title", "city", "price", "slug"]),
                                                          pick(["eq", "containsi", "lt", "gte", "in"]),
                                                          pick(["Lyon", "tasse", "25", "summer-sale"]),
                                                          pick(["title", "publishedAt"]), pick(["asc", "desc"]))
        return "%s[%s]=%s&%s[%s]=%s" % (pick(["price", "rating", "created_at"]), pick(["gte", "gt"]), RNG.randint(1, 40),
                                        pick(["price", "weight"]), pick(["lte", "lt"]), RNG.randint(50, 900))
    return fill(lit, gen)


# ====================================================================== 3
def jql_soql_sql_like():
    lit = [
        'project = OPS AND status in ("In Progress", Review) ORDER BY priority DESC, updated ASC',
        'assignee = currentUser() AND resolution = Unresolved AND due <= endOfWeek()',
        'project in (WEB, MOBILE) AND labels = "release-2.14" AND fixVersion is EMPTY',
        'text ~ "timeout" AND created >= -14d AND issuetype = Bug',
        'reporter was "okafor" AND status changed to Done during (startOfMonth(-1), endOfMonth(-1))',
        'filter = "Team Lyon backlog" AND sprint in openSprints() AND "Story Points[Number]" > 3',
        'parent = PAY-1204 OR issue in linkedIssues("PAY-1204", "is blocked by")',
        'summary ~ "\\"payment failed\\"" AND component != Legacy',
        "SELECT Id, Name, (SELECT LastName, Email FROM Contacts) FROM Account WHERE Industry = 'Retail' ORDER BY Name LIMIT 50",
        "SELECT Id, Subject, Status FROM Case WHERE CreatedDate = LAST_N_DAYS:7 AND Priority IN ('High','Critical')",
        "SELECT COUNT(Id), StageName FROM Opportunity WHERE CloseDate = THIS_QUARTER GROUP BY StageName",
        "SELECT Name FROM Contact WHERE LastName LIKE 'O\\'Br%' AND MailingCountry = 'Ireland'",
        "FIND {Kaffee*} IN NAME FIELDS RETURNING Account(Name, Phone), Contact(FirstName, LastName)",
        'SigninLogs | where TimeGenerated > ago(1d) | where ResultType != "0" | summarize count() by bin(TimeGenerated, 1h), AppDisplayName',
        'requests | where success == false and cloud_RoleName == "checkout" | summarize failures = count() by resultCode | order by failures desc',
        'AzureDiagnostics | where Category == "ApplicationGatewayAccessLog" | project TimeGenerated, clientIP_s, requestUri_s | take 100',
        'Heartbeat | summarize LastSeen = max(TimeGenerated) by Computer | where LastSeen < ago(15m)',
        "=QUERY(Orders!A:F, \"select B, sum(F) where C = 'DE' group by B order by sum(F) desc label sum(F) 'Umsatz'\", 1)",
        "=QUERY(Inventar!A2:E, \"select A, D where E < 5 and B contains 'Tasse'\", 0)",
        "select A, B, C where D >= date '2024-01-01' order by C desc limit 20",
        "event_date BETWEEN '2024-01-01' AND '2024-01-31' AND country IN ('DE','AT','CH')",
        "name LIKE '%O''Brien%' AND deleted_at IS NULL",
        "order_total > 250 AND (channel = 'web' OR channel = 'app') AND NOT is_test",
        "SELECT region, SUM(amount) AS revenue FROM sales_2023 GROUP BY region UNION ALL SELECT region, SUM(amount) FROM sales_2024 GROUP BY region",
        "SELECT customer_id, COUNT(*) AS orders FROM `shop.orders` WHERE status = 'paid' GROUP BY 1 HAVING COUNT(*) > 3 ORDER BY orders DESC",
        'IF(AND({Status}="Shipped", IS_AFTER({Ship date}, TODAY())), "check", "")',
        "AND({Country} = 'IE', OR({Plan} = 'Pro', {Seats} > 10))",
        "CONCATENATE({First name}, \" \", {Last name}, \" (\", {Company}, \")\")",
        'if(prop("Due") < now(), "⚠️ overdue", formatDate(prop("Due"), "MMM D"))',
        'prop("Tags").contains("urgent") and not prop("Done")',
        'Tasks.Filter(Status = "Done" AND Owner.Contains(User())).Count()',
        "active=true^priority=1^assignment_group.name=Service Desk^ORDERBYDESCsys_updated_on",
        "stateIN1,2,3^short_descriptionLIKEvpn^opened_at>javascript:gs.daysAgoStart(7)",
        "category=hardware^ORcategory=network^assigned_toISEMPTY",
        'IF [Profit] > 0 THEN "Profitable" ELSEIF ISNULL([Profit]) THEN "n/a" ELSE "Loss" END',
        'Total Sales EU := CALCULATE(SUM(Sales[Amount]), FILTER(Sales, Sales[Region] = "EU"))',
        '= Table.SelectRows(Source, each [Country] = "Deutschland" and [Umsatz] > 1000)',
        "WHERE customer.segment = 'SMB' AND order.created_at >= DATE_SUB(CURRENT_DATE(), INTERVAL 30 DAY)",
        "status:Open AND severity >= 3 ORDER BY created DESC",
        "SELECT name, email FROM members WHERE joined >= '2024-01-01' ORDER BY joined DESC LIMIT 10",
        "priority = Highest AND \"Kunde\" ~ \"Müller GmbH\" ORDER BY created ASC",
        "project = SHOP AND summary ~ \"Größentabelle\" AND status = \"À faire\"",
        "WHERE pedido.estado = 'enviado' AND pedido.total > 99.90 ORDER BY pedido.fecha DESC",
        "${Qty} * ${Unit price} * (1 - ${Discount %} / 100)",
        "SELECT Id FROM Lead WHERE Email != null AND Owner.Name = 'Fatima Haddad' AND IsConverted = false",
        "SELECT\n  o.country,\n  DATE_TRUNC(o.created_at, MONTH) AS month,\n  COUNT(DISTINCT o.customer_id) AS buyers,\n  SUM(o.total) AS revenue,\n  SAFE_DIVIDE(SUM(o.total), COUNT(DISTINCT o.customer_id)) AS revenue_per_buyer\nFROM `shop.orders` AS o\nLEFT JOIN `shop.refunds` AS r ON r.order_id = o.id\nWHERE o.status IN ('paid', 'shipped')\n  AND r.id IS NULL\n  AND o.created_at >= TIMESTAMP('2024-01-01')\nGROUP BY o.country, month\nORDER BY month DESC, revenue DESC\nLIMIT 500",
        'StorageBlobLogs\n| where TimeGenerated between (datetime(2024-06-01) .. datetime(2024-06-30))\n| where OperationName in ("GetBlob", "PutBlob") and StatusCode >= 400\n| extend Container = tostring(split(Uri, "/")[3])\n| summarize Errors = count(), Callers = dcount(CallerIpAddress) by Container, StatusText, bin(TimeGenerated, 1d)\n| order by Errors desc\n| take 50',
        "DELETE requests older than 90 days: created_at < NOW() - INTERVAL '90 days' (preview only)",
    ]
    jql_fields = [("status", STATUSES[:5]), ("priority", ["High", "Low", "Medium", "Highest"]),
                  ("labels", ["backend", "ux", "release-2.15", "customer-reported"]), ("assignee", PEOPLE)]

    def gen():
        kind = RNG.randint(0, 4)
        if kind == 0:
            f1, v1 = pick(jql_fields)
            return 'project = %s AND %s = "%s" AND created >= -%dd ORDER BY %s %s' % (
                pick(PROJECTS), f1, pick(v1), RNG.randint(1, 90), pick(["created", "priority", "updated", "rank"]),
                pick(["ASC", "DESC"]))
        if kind == 1:
            return "SELECT Id, %s FROM %s WHERE %s = '%s' ORDER BY %s LIMIT %d" % (
                pick(["Name", "Email", "Phone", "Amount"]), pick(["Account", "Contact", "Lead", "Opportunity"]),
                pick(["BillingCity", "Status", "OwnerId", "LeadSource"]), pick(CITIES + ["Web", "Partner"]),
                pick(["CreatedDate DESC", "Name", "Amount DESC"]), pick([10, 25, 100, 200]))
        if kind == 2:
            return '%s | where %s | summarize %s by %s' % (
                pick(["requests", "dependencies", "AppRequests", "AppDependencies"]),
                pick(["duration > %d" % RNG.randint(200, 3000), "resultCode == \"%d\"" % pick([404, 429, 500, 503]),
                      "success == false", "itemCount >= %d" % RNG.randint(2, 20)]),
                pick(["count()", "avg(duration)", "percentile(duration, 95)", "dcount(user_Id)"]),
                pick(["bin(timestamp, 5m)", "cloud_RoleName", "client_CountryOrRegion"]))
        if kind == 3:
            return "%s=%s^%s=%s^ORDERBY%s" % (pick(["active", "state", "urgency"]), RNG.randint(1, 3),
                                              pick(["category", "assignment_group.name"]),
                                              pick(["network", "Service Desk", "Database"]),
                                              pick(["DESCsys_created_on", "number", "priority"]))
        return "%s >= '%s' AND %s IN ('%s','%s')" % (pick(["created_at", "order_date", "event_date"]), day(),
                                                      pick(["country", "market"]), pick(COUNTRIES), pick(COUNTRIES))
    return fill(lit, gen)


# ====================================================================== 4
def logs_metrics():
    lit = [
        'sum by (job) (rate(http_requests_total{status=~"5.."}[5m]))',
        'histogram_quantile(0.99, sum by (le, route) (rate(http_server_duration_seconds_bucket{service="checkout"}[10m])))',
        'avg_over_time(node_load5{instance=~"web-.*"}[1h]) > on(instance) group_left count by (instance) (node_cpu_seconds_total{mode="idle"})',
        '(1 - sum(rate(container_cpu_usage_seconds_total{namespace="payments"}[5m])) / sum(kube_pod_container_resource_limits{resource="cpu"})) * 100',
        'increase(orders_created_total{country!="test"}[1d]) offset 1w',
        'absent(up{job="billing-worker"} == 1)',
        'topk(5, sum by (pod) (container_memory_working_set_bytes{container!=""}))',
        '{app="checkout", env="prod"} |= "error" != "healthz" | json | line_format "{{.level}} {{.msg}}"',
        'sum(count_over_time({namespace="auth"} |~ "(?i)login failed" [15m])) by (pod)',
        '{job="nginx"} | pattern `<ip> - - <_> "<method> <uri> <_>" <status> <_>` | status >= 500',
        'index=web status>=500 | stats count by uri_path | sort -count | head 20',
        'index=auth sourcetype=linux_secure "Failed password" | rex "from (?<src_ip>\\d+\\.\\d+\\.\\d+\\.\\d+)" | stats dc(user) as users by src_ip | where users > 5',
        'index=shop earliest=-24h@h latest=now | timechart span=1h avg(response_time) by host',
        'search index=app level=ERROR NOT "deprecated" | eval dur_s=duration/1000 | table _time, service, dur_s',
        "SELECT count(*) FROM Transaction WHERE appName = 'webshop-prod' AND httpResponseCode >= '500' SINCE 1 hour ago TIMESERIES",
        "SELECT percentile(duration, 95) FROM Transaction FACET name SINCE 1 day ago COMPARE WITH 1 week ago",
        "SELECT uniqueCount(userId) FROM PageView WHERE countryCode IN ('DE', 'AT') SINCE today",
        'avg:system.cpu.user{env:prod,service:search-api} by {host}.rollup(avg, 60)',
        'sum:trace.http.request.errors{service:payments,!http.status_code:404}.as_count()',
        'service:checkout status:error @http.url_details.path:/api/v2/cart* -@usr.email:*@acme-outfitters.com',
        'SELECT mean("usage_idle") FROM "cpu" WHERE "host" =~ /^web-/ AND time > now() - 6h GROUP BY time(5m), "host" fill(null)',
        'from(bucket: "telemetry") |> range(start: -1h) |> filter(fn: (r) => r._measurement == "temp" and r.room == "Küche") |> aggregateWindow(every: 5m, fn: mean)',
        'aliasByNode(summarize(stats.timers.checkout.*.mean, "1h", "avg"), 3)',
        'sumSeries(stats.counters.orders.{de,at,ch}.count)',
        'highestAverage(servers.web*.cpu.load, 5)',
        'fields @timestamp, @message | filter @message like /ERROR/ | sort @timestamp desc | limit 20',
        'filter status >= 500 | stats count(*) as errors by bin(5m), path | sort errors desc',
        'parse @message "user=* action=*" as user, action | filter action = "delete" | stats count() by user',
        'resource.type="k8s_container" AND resource.labels.namespace_name="shop" AND severity>=ERROR',
        'jsonPayload.latencyMs > 2000 AND NOT textPayload:"readiness"',
        'FROM logs-* | WHERE http.response.status_code >= 500 | STATS c = COUNT(*) BY url.path | SORT c DESC | LIMIT 10',
        'level:error AND service:"image-resizer" AND message:"out of memory"',
        'rate(kafka_consumergroup_lag{consumergroup="notifier", topic=~"orders\\\\..*"}[5m]) > 1000',
        'sum without (instance) (rate(grpc_server_handled_total{grpc_code!="OK"}[2m]))',
        'predict_linear(node_filesystem_avail_bytes{mountpoint="/var/lib/postgresql"}[6h], 24*3600) < 0',
        'label_replace(up, "host", "$1", "instance", "([^:]+):.*")',
        'grep -i "timeout" | grep -v healthz | awk \'{print $7}\' | sort | uniq -c | sort -rn | head',
        '| where duration > 3s and http.method != "OPTIONS"',
        'SELECT average(duration) FROM PageAction WHERE actionName = \'checkout-click\' FACET deviceType SINCE 3 days ago',
        '{cluster="eu-1"} | logfmt | duration > 2s and method="POST" | line_format "{{.path}} {{.duration}}"',
        'index=firewall action=blocked | iplocation src | geostats count by Country',
        'sum(rate(http_requests_total{code=~"2..|3.."}[5m])) / sum(rate(http_requests_total[5m]))',
        'index=web sourcetype=nginx:access host=web-* earliest=-7d@d latest=@d\n| eval is_error=if(status>=500, 1, 0)\n| eval route=replace(uri_path, "/\\d+", "/:id")\n| stats count AS total, sum(is_error) AS errors, perc95(request_time) AS p95 BY route\n| eval error_rate=round(errors/total*100, 2)\n| where total > 100\n| sort - error_rate\n| head 25\n| rename route AS "Route", p95 AS "p95 (s)", error_rate AS "Error %"',
        'from(bucket: "shop-metrics")\n  |> range(start: -24h)\n  |> filter(fn: (r) => r._measurement == "http" and r._field == "latency_ms")\n  |> filter(fn: (r) => r.service == "checkout" or r.service == "cart")\n  |> aggregateWindow(every: 10m, fn: mean, createEmpty: false)\n  |> group(columns: ["service"])\n  |> yield(name: "mean_latency")',
    ]
    metrics = ["http_requests_total", "node_cpu_seconds_total", "orders_created_total", "queue_depth",
               "jvm_memory_used_bytes", "process_open_fds", "cache_hits_total"]

    def gen():
        kind = RNG.randint(0, 5)
        if kind == 0:
            return '%s(rate(%s{service="%s",env="%s"}[%dm]))' % (
                pick(["sum", "avg", "max", "min"]), pick(metrics), pick(SERVICES), pick(ENVS), pick([1, 5, 10, 15]))
        if kind == 1:
            return '{app="%s"} |= "%s" | json | %s' % (pick(SERVICES), pick(["error", "WARN", "refund", "timeout", "panic"]),
                                                      pick(["status >= 500", "latency_ms > 800", 'level="error"', "user_id != \"\""]))
        if kind == 2:
            return "index=%s %s | stats %s by %s | sort -%s" % (
                pick(["web", "app", "payments", "proxy"]), pick(["status=404", "level=WARN", "action=login", "bytes>100000"]),
                pick(["count", "avg(latency)", "dc(session_id)"]), pick(["host", "uri_path", "user"]),
                pick(["count", "host", "user"]))
        if kind == 3:
            return "SELECT %s FROM %s WHERE appName = '%s' SINCE %d %s ago" % (
                pick(["count(*)", "average(duration)", "max(databaseDuration)", "rate(count(*), 1 minute)"]),
                pick(["Transaction", "PageView", "Log", "TransactionError"]), pick(SERVICES), RNG.randint(1, 48),
                pick(["minutes", "hours", "days"]))
        if kind == 4:
            return "fields @timestamp, %s | filter %s | limit %d" % (
                pick(["@message", "@logStream", "requestId", "status"]),
                pick(["status = 502", "@message like /Timeout/", "ispresent(errorCode)", "duration > 1000"]),
                pick([20, 50, 100, 1000]))
        return "%s(%s.%s.%s, %d)" % (pick(["movingAverage", "highestMax", "nonNegativeDerivative"]),
                                     pick(["stats", "servers", "apps"]), pick(SERVICES).replace("-", "_"),
                                     pick(["latency", "errors", "requests"]), RNG.randint(2, 30)) if RNG.random() < 0.9 else \
            "avg:%s{env:%s} by {%s}" % (pick(["system.load.1", "redis.mem.used", "nginx.net.request_per_s"]), pick(ENVS),
                                        pick(["host", "service", "availability-zone"]))
    return fill(lit, gen)


# ====================================================================== 5
def graph_queries():
    lit = [
        "MATCH (u:User {id: $userId})-[:FOLLOWS]->(f:User) RETURN f.name, f.handle ORDER BY f.name LIMIT 10",
        "MATCH (p:Product)<-[r:REVIEWED]-(c:Customer) WHERE r.stars >= 4 AND p.category = 'Ceramics' RETURN p.title, count(r) AS reviews ORDER BY reviews DESC",
        "MATCH path = shortestPath((a:Station {name: 'Hauptbahnhof'})-[:LINE*..8]-(b:Station {name: 'Flughafen'})) RETURN [n IN nodes(path) | n.name]",
        "MERGE (t:Tag {name: $tag}) WITH t MATCH (a:Article {slug: $slug}) MERGE (a)-[:TAGGED]->(t)",
        "MATCH (o:Order)-[:CONTAINS]->(i:Item) WHERE o.created >= date('2024-01-01') WITH o, sum(i.price * i.qty) AS total WHERE total > 500 RETURN o.id, total",
        "OPTIONAL MATCH (e:Employee {email: $email})-[:REPORTS_TO*1..3]->(m) RETURN collect(DISTINCT m.name) AS chain",
        "CALL db.index.fulltext.queryNodes('productSearch', 'leinen~ OR linen') YIELD node, score RETURN node.title, score LIMIT 15",
        "MATCH (c:City) WHERE c.name STARTS WITH 'Mün' OR c.name =~ '(?i)muen.*' RETURN c.name, c.population",
        "UNWIND $rows AS row MERGE (p:Person {id: row.id}) SET p.name = row.name, p.updatedAt = datetime()",
        "g.V().has('user', 'handle', 'ktanaka').out('follows').values('handle').limit(20)",
        "g.V().hasLabel('airport').has('country', 'IE').outE('route').has('dist', gt(500)).inV().values('code').dedup()",
        "g.V(42).repeat(out('knows').simplePath()).times(3).path().by('name')",
        "g.E().hasLabel('purchased').where(inV().has('category', within('tea', 'coffee'))).groupCount().by(outV().values('country'))",
        "PREFIX foaf: <http://xmlns.com/foaf/0.1/>\nSELECT ?name ?mbox WHERE {\n  ?p foaf:name ?name .\n  OPTIONAL { ?p foaf:mbox ?mbox }\n  FILTER(lang(?name) = \"de\")\n} ORDER BY ?name LIMIT 50",
        "PREFIX schema: <https://schema.org/>\nSELECT ?book (COUNT(?review) AS ?n) WHERE { ?book a schema:Book ; schema:review ?review . } GROUP BY ?book HAVING (COUNT(?review) > 3)",
        "SELECT ?city ?pop WHERE { ?city wdt:P31 wd:Q515 ; wdt:P17 wd:Q27 ; wdt:P1082 ?pop . FILTER(?pop > 50000) } ORDER BY DESC(?pop)",
        "ASK { <https://data.kiezkaffee.de/shop/42> <https://schema.org/openingHours> ?h }",
        "PREFIX dc: <http://purl.org/dc/terms/>\nSELECT ?doc WHERE { ?doc dc:title ?t . FILTER(CONTAINS(LCASE(?t), \"klimaschutz\")) }",
        "query OrdersByStatus($status: OrderStatus!, $first: Int = 20) {\n  orders(status: $status, first: $first) {\n    edges { node { id total currency customer { name } } }\n    pageInfo { hasNextPage endCursor }\n  }\n}",
        "mutation AddToCart($sku: ID!, $qty: Int!) { addToCart(sku: $sku, quantity: $qty) { cart { id items { sku quantity } } errors { field message } } }",
        "fragment ProductCard on Product { id title price { amount currency } image(size: THUMB) { url alt } }",
        "query { viewer { login repositories(first: 5, orderBy: {field: STARGAZERS, direction: DESC}) { nodes { name stargazerCount } } } }",
        "query Feed($withAuthor: Boolean!) { posts(first: 10) { id title author @include(if: $withAuthor) { name avatarUrl } } }",
        "subscription OnOrderUpdated($id: ID!) { orderUpdated(id: $id) { id status updatedAt } }",
        "{ search(query: \"Ärmel kurz\", filter: {color: [BLUE, NAVY], priceMax: 40}) { totalCount items { ... on Product { title } } } }",
        "FOR u IN users FILTER u.active == true AND u.country IN ['DE', 'AT'] SORT u.lastLogin DESC LIMIT 25 RETURN {name: u.name, email: u.email}",
        "FOR o IN orders FILTER o.createdAt >= @from COLLECT customer = o.customerId AGGREGATE total = SUM(o.total) SORT total DESC LIMIT 10 RETURN {customer, total}",
        "FOR v, e, p IN 1..3 OUTBOUND 'people/anna' knows OPTIONS {uniqueVertices: 'path'} RETURN DISTINCT v.name",
        "[:find ?name ?email :where [?e :user/name ?name] [?e :user/email ?email] [?e :user/plan :plan/pro]]",
        "[:find (count ?o) . :in $ ?since :where [?o :order/created ?t] [(> ?t ?since)]]",
        "ancestor(X, Y) :- parent(X, Y).\nancestor(X, Y) :- parent(X, Z), ancestor(Z, Y).\n?- ancestor(X, 'Keiko').",
        "GO FROM \"player100\" OVER follow WHERE properties($$).age > 30 YIELD properties($$).name AS name",
        "MATCH (a:Account)-[t:TRANSFER]->(b:Account) WHERE t.amount > 10000 AND t.at > datetime() - duration('P7D') RETURN a.iban, b.iban, t.amount",
        "MATCH (n:Recipe) WHERE 'vegan' IN n.tags AND size(n.ingredients) < 8 RETURN n.title",
        "MATCH (p:Person)-[:LIVES_IN]->(:City {name: 'Kraków'}) RETURN p.name AS imię ORDER BY imię",
        "query($login: String!) { user(login: $login) { followers { totalCount } following { totalCount } } }",
        "g.V().has('product', 'sku', 'TSH-001').in('bought').out('bought').where(neq('self')).groupCount().order(local).by(values, desc).limit(local, 5)",
        "PREFIX ex: <https://example.org/ns#>\nINSERT DATA { ex:order42 ex:status \"shipped\" ; ex:shippedOn \"2024-05-02\"^^<http://www.w3.org/2001/XMLSchema#date> . }",
        "DESCRIBE <https://example.org/people/olu-okafor>",
        "query CustomerOrders($id: ID!, $after: String, $withItems: Boolean = false) {\n  customer(id: $id) {\n    id\n    name\n    email\n    defaultAddress { city countryCode }\n    orders(first: 25, after: $after, sortKey: CREATED_AT, reverse: true) {\n      pageInfo { hasNextPage endCursor }\n      edges {\n        node {\n          ...OrderSummary\n          lineItems(first: 50) @include(if: $withItems) {\n            nodes { sku title quantity unitPrice { amount currencyCode } }\n          }\n        }\n      }\n    }\n  }\n}\n\nfragment OrderSummary on Order {\n  id\n  name\n  createdAt\n  displayFinancialStatus\n  totalPrice { amount currencyCode }\n}",
        "PREFIX schema: <https://schema.org/>\nPREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\nSELECT ?event ?name ?start ?venueName WHERE {\n  ?event a schema:Event ;\n         schema:name ?name ;\n         schema:startDate ?start ;\n         schema:location ?venue .\n  ?venue schema:name ?venueName ;\n         schema:address/schema:addressLocality \"Dublin\" .\n  FILTER(?start >= \"2024-09-01\"^^xsd:date && ?start < \"2024-10-01\"^^xsd:date)\n  FILTER NOT EXISTS { ?event schema:eventStatus schema:EventCancelled }\n}\nORDER BY ?start\nLIMIT 100",
        "{\"query\":\"query Product($id: ID!) { product(id: $id) { title variants { sku price } } }\",\"variables\":{\"id\":\"gid://shop/Product/8812\"},\"operationName\":\"Product\"}",
    ]
    labels = ["User", "Product", "Order", "Company", "Article", "City", "Team"]
    rels = ["FOLLOWS", "BOUGHT", "WORKS_AT", "TAGGED", "MEMBER_OF", "LOCATED_IN"]
    props = ["name", "title", "email", "sku", "createdAt", "score"]

    def gen():
        kind = RNG.randint(0, 4)
        if kind == 0:
            return "MATCH (a:%s)-[:%s]->(b:%s) WHERE a.%s = $%s RETURN b.%s LIMIT %d" % (
                pick(labels), pick(rels), pick(labels), pick(props), pick(["id", "value", "q", "key"]),
                pick(props), pick([5, 10, 25, 50]))
        if kind == 1:
            lab, prop, val = pick([("user", "handle", pick(PEOPLE)), ("product", "sku", "TSH-%03d" % RNG.randint(1, 300)),
                                   ("city", "name", pick(CITIES)), ("team", "name", pick(PROJECTS).lower())])
            return "g.V().has('%s', '%s', '%s').%s('%s').values('%s')" % (
                lab, prop, val, pick(["out", "in", "both"]), pick(rels).lower(), pick(["name", "title", "createdAt"]))
        if kind == 2:
            ent, fld, pool, sel = pick([("orders", "status", STATUSES, "total currency createdAt"),
                                        ("customers", "city", CITIES, "name email"),
                                        ("products", "tag", ["sale", "new", "bio", "geschenk"], "title sku price { amount }"),
                                        ("invoices", "status", ["paid", "draft", "overdue"], "number dueDate")])
            return "query { %s(first: %d, filter: {%s: \"%s\"}) { id %s } }" % (ent, pick([5, 10, 20, 50]), fld, pick(pool), sel)
        if kind == 3:
            return "FOR d IN %s FILTER d.%s == @%s SORT d.%s %s LIMIT %d RETURN d" % (
                pick(["orders", "users", "products"]), pick(props), pick(["value", "needle", "p"]), pick(props),
                pick(["ASC", "DESC"]), pick([10, 20, 100]))
        return "SELECT ?s ?label WHERE { ?s rdfs:label ?label . FILTER(STRSTARTS(?label, \"%s\")) } LIMIT %d" % (
            pick(["Mün", "Berl", "Dubl", "Łód", "Zür", "東京", "São"]), pick([10, 20, 100]))
    return fill(lit, gen)


# ====================================================================== 6
def json_paths_selectors():
    lit = [
        "$.store.book[?(@.price < 10)].title",
        "$..orders[?(@.status == 'shipped' && @.total > 100)].id",
        "$.items[*].variants[?(@.stock > 0)].sku",
        "$['line_items'][0]['price_set']['shop_money']['amount']",
        "$.data.users[-1:].email",
        "$..[?(@.tags && @.tags.indexOf('sale') != -1)]",
        "$.events[?(@.type in ['refund','chargeback'])].amount",
        "locations[?state == 'WA'].name | sort(@) | {WashingtonCities: join(', ', @)}",
        "reservations[].instances[?state.name=='running'].[instanceId, privateIp]",
        "people[?age > `30`].{name: name, city: address.city}",
        "length(items[?contains(tags, 'urgent')])",
        ".items[] | select(.status == \"active\") | {id, name}",
        ".[] | select(.price >= 10 and .price <= 20) | .title",
        "map(select(.email | test(\"@kiezkaffee\\\\.de$\"))) | length",
        ".orders | group_by(.country) | map({country: .[0].country, total: (map(.total) | add)})",
        "to_entries | map(select(.value != null)) | from_entries",
        ".metadata.labels[\"app.kubernetes.io/name\"] // \"unknown\"",
        "//book[author='Ingrid Lindqvist']/title",
        "//div[contains(@class, 'price')]/span[1]/text()",
        "/catalog/product[@available='true' and number(price) < 50]/name",
        "//tr[td[2] = 'Dublin']/td[1]",
        "count(//order[status='paid'])",
        "//a[starts-with(@href, 'https://shop.')]/@href",
        "//item[position() <= 5 and not(@hidden)]",
        "ul.products > li:nth-child(2n+1) a[href^=\"/p/\"]",
        "form#checkout input[type=\"email\"]:not([disabled])",
        "div.card:has(> img[alt*=\"linen\"]) .price",
        "[data-testid='add-to-cart'], button[aria-label~=\"Warenkorb\"]",
        "app in (web,api),tier!=frontend",
        "environment=production,release notin (canary,beta)",
        "status.phase=Running,spec.nodeName!=node-3",
        "app.kubernetes.io/part-of=shop,!experimental",
        "-o jsonpath='{range .items[*]}{.metadata.name}{\"\\t\"}{.status.podIP}{\"\\n\"}{end}'",
        "-o jsonpath='{.items[?(@.status.phase==\"Pending\")].metadata.name}'",
        "-o go-template='{{range .items}}{{.metadata.name}}{{\"\\n\"}}{{end}}'",
        "--format='{{.Name}} {{.State.Status}} {{range .NetworkSettings.Networks}}{{.IPAddress}}{{end}}'",
        "spec.template.spec.containers[0].resources.limits.memory",
        ".spec.rules[0].http.paths[?(@.path=='/api')].backend.service.name",
        "servers.*.tls.min_version",
        "$.paths['/orders/{id}'].get.responses['200']",
        "{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}",
        "//*[local-name()='Invoice']/*[local-name()='ID']",
        "/feed/entry[updated > '2024-01-01']/title",
        "..payload.after.customer_id",
        "select(.level == \"error\") | [.ts, .msg] | @tsv",
        "$.商品[?(@.価格 < 1000)].名前",
        "-o jsonpath='{range .items[*]}{.metadata.namespace}{\"/\"}{.metadata.name}{\"\\t\"}{.spec.nodeName}{\"\\t\"}{range .status.containerStatuses[*]}{.name}{\"=\"}{.restartCount}{\" \"}{end}{\"\\n\"}{end}'",
        ".releases\n| map(select(.draft | not))\n| map(select(.tag_name | test(\"^v2\\\\.\")))\n| sort_by(.published_at)\n| reverse\n| .[0:5]\n| map({tag: .tag_name, date: .published_at[0:10], assets: [.assets[] | {name, size, downloads: .download_count}]})",
    ]

    def gen():
        kind = RNG.randint(0, 5)
        if kind == 0:
            return "$.%s[?(@.%s %s %s)].%s" % (pick(["orders", "items", "users", "books", "products"]),
                                               pick(["price", "qty", "age", "rating", "total"]),
                                               pick(["<", "<=", ">", ">=", "==", "!="]), RNG.randint(1, 500),
                                               pick(["id", "name", "sku", "title", "email"]))
        if kind == 1:
            fld, pool = pick([("status", STATUSES), ("city", CITIES), ("country", COUNTRIES), ("plan", ["pro", "team"])])
            return ".%s[] | select(.%s == \"%s\") | .%s" % (pick(["items", "data", "results"]), fld, pick(pool),
                                                            pick(["id", "name", "email"]))
        if kind == 2:
            el, fld, pool, out = pick([("book", "author", NAMES, "title"), ("order", "status", STATUSES, "total"),
                                       ("customer", "city", CITIES, "name"), ("entry", "@lang", ["de", "fr", "ja", "pt-BR"], "@id")])
            return "//%s[%s='%s']/%s" % (el, fld, pick(pool).replace("'", "’"), out)
        if kind == 3:
            return "%s[?%s == '%s'].%s" % (pick(["instances", "users", "records"]), pick(["state", "role", "zone"]),
                                           pick(["running", "admin", "eu-west-1a", "stopped"]),
                                           pick(["id", "[id, name]", "{id: id}"]))
        if kind == 4:
            return "app=%s,env in (%s,%s),tier!=%s" % (pick(SERVICES), pick(ENVS), pick(ENVS), pick(["cache", "frontend", "batch"]))
        return "%s.%s > %s:nth-of-type(%d)" % (pick(["ul", "div", "section", "table"]),
                                               pick(["results", "cart", "grid", "list"]),
                                               pick(["li", "article", "tr", "div.card"]), RNG.randint(1, 9))
    return fill(lit, gen)


# ====================================================================== 7
def nosql_documents():
    lit = [
        '{"status": "active", "age": {"$gte": 18, "$lt": 65}}',
        '{"$and": [{"country": {"$in": ["DE", "AT", "CH"]}}, {"plan": "pro"}]}',
        '{"$or": [{"email": {"$regex": "@kiezkaffee\\\\.de$", "$options": "i"}}, {"tags": "vip"}]}',
        '{"items": {"$elemMatch": {"sku": "TSH-001", "qty": {"$gte": 2}}}}',
        '{"$expr": {"$gt": ["$spent", "$budget"]}}',
        '{"status": {"$ne": "archived"}, "deletedAt": {"$exists": false}}',
        '[{"$match": {"createdAt": {"$gte": {"$date": "2024-01-01T00:00:00Z"}}}}, {"$group": {"_id": "$country", "revenue": {"$sum": "$total"}}}, {"$sort": {"revenue": -1}}, {"$limit": 10}]',
        '[{"$lookup": {"from": "customers", "localField": "customerId", "foreignField": "_id", "as": "customer"}}, {"$unwind": "$customer"}, {"$project": {"total": 1, "customer.name": 1}}]',
        '{"location": {"$near": {"$geometry": {"type": "Point", "coordinates": [-6.2603, 53.3498]}, "$maxDistance": 2000}}}',
        '{"$text": {"$search": "\\"linen shirt\\" -kids", "$language": "english"}}',
        '{"tags": {"$all": ["tea", "organic"]}, "price": {"$lte": 12.5}}',
        '{"name": {"$regex": "^Mü", "$options": "i"}, "city": "München"}',
        'db.orders.find({"status": "paid", "total": {"$gt": 100}}).sort({"createdAt": -1}).limit(20)',
        'db.users.countDocuments({"lastLogin": {"$lt": ISODate("2024-01-01")}})',
        '{"query": {"bool": {"must": [{"match": {"title": "leinen hemd"}}], "filter": [{"term": {"in_stock": true}}, {"range": {"price": {"gte": 10, "lte": 60}}}], "must_not": [{"term": {"brand": "generic"}}]}}}',
        '{"query": {"match_phrase": {"message": {"query": "connection reset by peer", "slop": 1}}}, "size": 50, "sort": [{"@timestamp": "desc"}]}',
        '{"size": 0, "aggs": {"by_country": {"terms": {"field": "country.keyword", "size": 10}, "aggs": {"revenue": {"sum": {"field": "total"}}}}}}',
        '{"query": {"multi_match": {"query": "Kaffeebecher", "fields": ["title^3", "description"], "fuzziness": "AUTO"}}}',
        '{"query": {"nested": {"path": "items", "query": {"bool": {"filter": [{"term": {"items.sku": "MUG-22"}}]}}}}}',
        '{"query": {"range": {"@timestamp": {"gte": "now-1h/m", "lt": "now"}}}, "_source": ["host", "status", "url.path"]}',
        '{"query": {"wildcard": {"hostname": {"value": "web-*.eu-west"}}}}',
        '#s = :status AND begins_with(sk, :prefix)',
        'pk = :pk AND sk BETWEEN :from AND :to',
        'attribute_exists(email) AND #plan IN (:pro, :team) AND size(tags) > :zero',
        'SET #c = #c + :inc, updatedAt = :now REMOVE tempToken',
        '{"KeyConditionExpression": "pk = :pk", "FilterExpression": "contains(#tags, :t)", "ExpressionAttributeNames": {"#tags": "tags"}, "ExpressionAttributeValues": {":pk": {"S": "USER#42"}, ":t": {"S": "beta"}}}',
        '{"selector": {"type": "order", "total": {"$gt": 50}, "customer.country": {"$in": ["IE", "GB"]}}, "fields": ["_id", "total"], "sort": [{"created": "desc"}], "limit": 25}',
        '{"selector": {"name": {"$regex": "(?i)^anna"}, "$not": {"status": "deleted"}}}',
        "where('city', '==', 'Lyon').where('population', '>', 100000).orderBy('population', 'desc').limit(5)",
        "where('tags', 'array-contains-any', ['sale', 'new']).where('price', '<=', 30)",
        '@title:hello @price:[0 100] @tags:{red | blue}',
        'FT.SEARCH idx:products "@category:{ceramics} @price:[10 (40] -@title:seconds" SORTBY price ASC LIMIT 0 10',
        'FT.AGGREGATE idx:orders "*" GROUPBY 1 @country REDUCE SUM 1 @total AS revenue SORTBY 2 @revenue DESC',
        '@name:(Müller|Mueller) @city:{München}',
        '{"filter": {"and": [{"property": "Status", "select": {"equals": "Done"}}, {"property": "Due", "date": {"past_week": {}}}]}}',
        '{"where": {"and": [{"price": {"gt": 10}}, {"title": {"like": "%Tasse%"}}]}, "order": "price ASC", "limit": 10}',
        '{"filter": {"email": {"_ends_with": "@acme-outfitters.com"}}, "sort": ["-date_created"]}',
        '{"bool": {"should": [{"term": {"lang": "de"}}, {"term": {"lang": "fr"}}], "minimum_should_match": 1}}',
        '{"$and": [{"stock": {"$gt": 0}}, {"$or": [{"discount": {"$gte": 0.2}}, {"featured": true}]}]}',
        '{"orders.total": {"$gt": 1000}, "orders.status": {"$nin": ["cancelled", "refunded"]}}',
        '{"$jsonSchema": {"required": ["email", "name"], "properties": {"email": {"bsonType": "string"}}}}',
        '{"title": {"$regex": "^\\\\[RFC\\\\]"}, "labels": {"$size": 0}}',
        '{"名前": "田中", "年齢": {"$gte": 30}}',
        '{\n  "query": {\n    "bool": {\n      "must": [\n        {"multi_match": {"query": "wasserdichte Jacke", "fields": ["title^3", "title.de^2", "description"], "type": "best_fields"}}\n      ],\n      "filter": [\n        {"terms": {"size": ["M", "L"]}},\n        {"range": {"price.eur": {"gte": 40, "lte": 180}}},\n        {"term": {"available": true}},\n        {"geo_distance": {"distance": "25km", "store.location": {"lat": 50.9375, "lon": 6.9603}}}\n      ],\n      "should": [{"term": {"brand": {"value": "trailhead", "boost": 2}}}],\n      "must_not": [{"term": {"tags": "discontinued"}}]\n    }\n  },\n  "aggs": {"brands": {"terms": {"field": "brand", "size": 20}}, "price_ranges": {"range": {"field": "price.eur", "ranges": [{"to": 50}, {"from": 50, "to": 100}, {"from": 100}]}}},\n  "sort": [{"_score": "desc"}, {"price.eur": "asc"}],\n  "from": 0,\n  "size": 24,\n  "highlight": {"fields": {"title": {}, "description": {"fragment_size": 120}}}\n}',
        '[\n  {"$match": {"status": {"$in": ["paid", "shipped"]}, "createdAt": {"$gte": {"$date": "2024-04-01T00:00:00Z"}}}},\n  {"$unwind": "$items"},\n  {"$lookup": {"from": "products", "localField": "items.sku", "foreignField": "sku", "as": "product"}},\n  {"$unwind": "$product"},\n  {"$group": {"_id": {"category": "$product.category", "country": "$shipping.country"}, "units": {"$sum": "$items.qty"}, "revenue": {"$sum": {"$multiply": ["$items.qty", "$items.price"]}}}},\n  {"$match": {"units": {"$gte": 10}}},\n  {"$sort": {"revenue": -1}},\n  {"$limit": 50}\n]',
        '[{"$match": {"type": "pageview"}}, {"$bucket": {"groupBy": "$durationSec", "boundaries": [0, 10, 60, 300], "default": "long"}}]',
    ]
    fields = ["status", "country", "plan", "city", "category", "owner"]
    fpairs = [("status", STATUSES), ("country", COUNTRIES), ("city", CITIES), ("plan", ["free", "pro", "team", "enterprise"]),
              ("category", ["ceramics", "textiles", "coffee", "furniture"])]

    def gen():
        kind = RNG.randint(0, 4)
        if kind == 0:
            fld, pool = pick(fpairs)
            return '{"%s": "%s", "%s": {"$%s": %d}}' % (fld, pick(pool), pick(["total", "age", "qty", "score"]),
                                                      pick(["gt", "gte", "lt", "lte"]), RNG.randint(1, 900))
        if kind == 1:
            fld, pool = pick(fpairs)
            a, b = RNG.sample(pool, 2)
            return '{"%s": {"$in": ["%s", "%s"]}, "createdAt": {"$gte": "%s"}}' % (fld, a, b, day())
        if kind == 2:
            fld, pool = pick(fpairs)
            return '{"query": {"bool": {"filter": [{"term": {"%s": "%s"}}, {"range": {"%s": {"gte": %d}}}]}}}' % (
                fld, pick(pool), pick(["price", "bytes", "duration_ms", "rating"]), RNG.randint(1, 500))
        if kind == 3:
            return "%s = :%s AND %s > :%s" % (pick(["pk", "#st", "tenantId", "gsi1pk"]), pick(["v", "pk", "t"]),
                                              pick(["createdAt", "#ts", "version"]), pick(["since", "min", "v2"]))
        return "@%s:{%s} @%s:[%d %d]" % (pick(["brand", "color", "city"]), pick(["acme", "blue", "Dublin", "navy | red"]),
                                         pick(["price", "stock", "year"]), RNG.randint(0, 50), RNG.randint(60, 2024))
    return fill(lit, gen)


# ====================================================================== 8
def rules_expressions():
    lit = [
        "request.auth.claims.email.endsWith('@acme-outfitters.com') && resource.size() < 1024",
        "has(request.headers['x-tenant']) && request.headers['x-tenant'] in ['eu', 'us']",
        "resource.name.startsWith('projects/_/buckets/shop-exports/objects/reports/') && request.time < timestamp('2025-01-01T00:00:00Z')",
        "size(self.spec.containers) <= 5 && self.spec.containers.all(c, c.image.startsWith('registry.acme.internal/'))",
        "self.minReplicas <= self.maxReplicas",
        "package httpapi.authz\n\ndefault allow := false\n\nallow if {\n    input.method == \"GET\"\n    input.path == [\"orders\", input.user_id]\n}",
        "deny contains msg if {\n    input.kind == \"Deployment\"\n    not input.spec.template.spec.securityContext.runAsNonRoot\n    msg := sprintf(\"%s must run as non-root\", [input.metadata.name])\n}",
        "allow if { some role in data.roles[input.user]; role == \"billing-admin\" }",
        '{"Condition": {"StringEquals": {"aws:RequestedRegion": ["eu-west-1", "eu-central-1"]}, "Bool": {"aws:MultiFactorAuthPresent": "true"}}}',
        '{"Condition": {"IpAddress": {"aws:SourceIp": ["203.0.113.0/24"]}, "StringLike": {"s3:prefix": ["home/${aws:username}/*"]}}}',
        '{"Condition": {"DateLessThan": {"aws:CurrentTime": "2025-06-30T23:59:59Z"}, "ForAnyValue:StringEquals": {"aws:TagKeys": ["team", "cost-center"]}}}',
        "main = rule { all tfplan.resources.aws_instance as _, instances { all instances as _, r { r.applied.instance_type in [\"t3.micro\", \"t3.small\"] } } }",
        'condition = length(var.allowed_cidrs) > 0 && alltrue([for c in var.allowed_cidrs : can(cidrhost(c, 0))])',
        '{"if": [{"and": [{">=": [{"var": "cart.total"}, 50]}, {"in": [{"var": "user.country"}, ["DE", "AT"]]}]}, "free-shipping", "standard"]}',
        '{"or": [{"==": [{"var": "plan"}, "enterprise"]}, {">": [{"var": "seats"}, 25]}]}',
        '{"rules": [{"clauses": [{"attribute": "email", "op": "endsWith", "values": ["@acme-outfitters.com"]}], "variation": 1}], "fallthrough": {"rollout": {"variations": [{"variation": 0, "weight": 90000}, {"variation": 1, "weight": 10000}]}}}',
        'user.country in ["IE", "GB"] and user.appVersion >= "4.2.0" and percentage(user.id) < 20',
        'IF(AND([Amount]>1000,[Region]="EU"),"review","auto")',
        '=IF(OR(C2="Rücksendung",D2<0),"prüfen",IF(E2>=500,"Freigabe Teamlead","ok"))',
        '=IFS(B2>=90,"A",B2>=80,"B",B2>=70,"C",TRUE,"—")',
        'Only continue if… Subject (Text) Contains "Invoice" AND From Email (Text) Does not contain "noreply"',
        'If Gmail new email matches search "from:(orders@kiezkaffee.de) has:attachment" then save attachment to Drive/Belege',
        'require ["fileinto", "imap4flags"];\nif header :contains "subject" "invoice" { fileinto "Billing"; }\nelsif address :domain :is "from" "lists.paperplane.studio" { fileinto "Lists"; stop; }',
        'if allof (header :contains "List-Id" "ops.acme", not header :contains "subject" "[resolved]") { addflag "\\\\Flagged"; }',
        '(http.request.uri.path contains "/wp-login.php" and not ip.src in {203.0.113.0/24 198.51.100.0/24})',
        '(http.host eq "shop.acme-outfitters.com" and http.request.method eq "POST" and cf.threat_score gt 30)',
        'ip.geoip.country in {"RU" "KP"} and not http.request.uri.path matches "^/status"',
        "alert: HighErrorRate\nexpr: sum(rate(http_requests_total{status=~\"5..\"}[5m])) / sum(rate(http_requests_total[5m])) > 0.05\nfor: 10m\nlabels:\n  severity: page\nannotations:\n  summary: \"5xx above 5% on {{ $labels.job }}\"",
        "avg(last_5m):avg:system.disk.in_use{env:prod} by {host,device} > 0.9",
        "spawned_process and container and proc.name in (nc, ncat, socat) and not k8s.ns.name = \"debug\"",
        "evt.type = open and fd.name startswith /etc/ and not proc.name in (sshd, systemd)",
        "when: user.department == 'Finance' && amount > 5000 then: require_approval('cfo')",
        'request.path.matches("^/api/v[12]/admin/.*") && !("admin" in request.auth.claims.roles)',
        "account.balance - transaction.amount >= account.overdraft_limit * -1",
        "order.items.exists(i, i.category == 'alcohol') ? customer.age >= 18 : true",
        "input.request.operation == \"CREATE\"; count(input.request.object.spec.volumes[_].hostPath) == 0",
        "if ($status >= 500 && $path !~ \"^/health\") { notify(\"#oncall\"); }",
        "WHEN score < 0.3 AND country NOT IN ('IE','GB') THEN action = 'challenge' ELSE action = 'allow'",
        "total > 1000 || (customer.tier == \"gold\" && total > 500)",
        "Regel: Wenn Betrag ≥ 10.000 € UND Empfängerland ∉ {DE, AT, CH} → Vier-Augen-Prinzip",
        '{"match": {"all": [{"field": "source", "equals": "stripe"}, {"field": "data.object.amount", "gte": 10000}]}, "then": {"tag": "large-payment"}}',
        "rule \"discount\" when Customer( loyaltyYears > 3, $c : cart ) then modify($c) { setDiscount(0.1) } end",
        "package shop.orders\n\nimport rego.v1\n\ndefault allow := false\n\n# customers may read their own orders\nallow if {\n    input.method == \"GET\"\n    some order_id\n    input.path == [\"api\", \"v2\", \"orders\", order_id]\n    data.orders[order_id].customer_id == input.token.sub\n}\n\n# support staff may read any order in their region\nallow if {\n    input.method == \"GET\"\n    \"support\" in input.token.roles\n    data.orders[input.path[3]].region == input.token.region\n}\n\n# refunds above 500 EUR need a second approver\nneeds_second_approval if {\n    input.method == \"POST\"\n    input.path[4] == \"refunds\"\n    input.body.amount > 500\n}",
        'require ["fileinto", "envelope", "variables", "date", "relational"];\n\n# Rechnungen nach Jahr ablegen\nif allof (header :contains "subject" ["Rechnung", "Invoice", "Facture"],\n          date :value "ge" "date" "year" "2024") {\n    if date :matches "date" "year" "*" { set "year" "${1}"; }\n    fileinto "Buchhaltung/${year}";\n    stop;\n}\n\n# Mailinglisten\nif exists "List-Id" {\n    fileinto "Listen";\n}',
    ]
    attrs = ["user.country", "request.method", "order.total", "user.plan", "device.os", "cart.items"]

    def gen():
        kind = RNG.randint(0, 4)
        if kind == 0:
            attr, pool = pick([("user.country", COUNTRIES), ("request.method", ["GET", "POST", "DELETE"]),
                               ("user.plan", ["pro", "team", "free"]), ("device.os", ["iOS", "Android", "macOS"])])
            return "%s == '%s' && %s %s %d" % (attr, pick(pool), pick(["order.total", "user.age", "cart.size()"]),
                                                pick([">", ">=", "<", "<="]), RNG.randint(1, 2000))
        if kind == 1:
            return '{"if": [{"%s": [{"var": "%s"}, %d]}, "%s", "%s"]}' % (pick([">", ">=", "<", "=="]),
                                                                           pick(["cart.total", "user.age", "order.items"]),
                                                                           RNG.randint(1, 300), pick(["show", "free-shipping", "beta"]),
                                                                           pick(["hide", "standard", "stable"]))
        if kind == 2:
            return 'if header :contains "%s" "%s" { fileinto "%s"; }' % (pick(["subject", "from", "to", "List-Id"]),
                                                                        pick(["Rechnung", "invoice", "facture", "ops", "newsletter"]),
                                                                        pick(["Billing", "Ops", "Lists", "Archiv/2024"]))
        if kind == 3:
            return "=IF(%s%s%d,\"%s\",\"%s\")" % (pick(["B2", "C7", "E3", "[Amount]"]), pick([">", "<", ">=", "<="]),
                                                  RNG.randint(1, 10000), pick(["high", "hoch", "élevé"]), pick(["low", "niedrig", "bas"]))
        return "(http.request.uri.path %s \"%s\" and ip.geoip.country %s \"%s\")" % (
            pick(["eq", "contains"]), pick(["/login", "/api/v2/cart", "/checkout", "/admin"]), pick(["eq", "ne"]), pick(COUNTRIES))
    return fill(lit, gen)


# ====================================================================== 9
def saved_searches_prose():
    lit = [
        "try `status:open -label:wontfix` in the issues tab, it hides the noise",
        "my KQL `requests | where resultCode == 500` returns nothing, why? the portal shows 500s for the last hour",
        "Getting \"Error in the JQL Query: Expecting either 'OR' or 'AND' but got 'Review'\" for: project = OPS AND status = In Review",
        "Release notes 3.8: the filter bar now supports `!=`, `in (…)` and `not in (…)`, plus `contains()` for tags.",
        "Hi! Could you save this as a shared filter for the team? `assignee in (okafor, ktanaka) AND sprint in openSprints()`",
        "Warum findet `title:Müller*` nichts, aber `title:Muller*` schon? Ist das ein Umlaut-Problem im Analyzer?",
        "Pour filtrer les commandes de Lyon, j'utilise `city eq 'Lyon' and total gt 100` dans le champ $filter, ça marche.",
        "¿Alguien sabe por qué `fecha >= '2024-01-01'` no filtra nada en el informe de ventas?",
        "PromQL question: is `rate(x[5m])` or `irate(x[5m])` better for an alert that fires on spikes?",
        "The Splunk search `index=web | stats count by status` times out on the 30-day range; any tips?",
        "FYI the SOQL in the nightly export is `SELECT Id, Email FROM Contact WHERE HasOptedOutOfEmail = false` — please don't change it without telling marketing.",
        "tip: in Gmail `older_than:1y larger:10M` finds the big old attachments, then select all and delete",
        "Bug: the OData filter `startswith(Name,'Ö')` returns 400 Bad Request, while `startswith(Name,'O')` works.",
        "検索ボックスに `tag:バグ AND status:open` と入れても結果が 0 件です。日本語のタグは使えませんか？",
        "筛选条件写成 `city = \"上海\" AND amount > 1000` 之后报表就空了，是引号的问题吗？",
        "Запрос `status:open AND assignee:me` в поиске работает, а в сохранённом фильтре — нет. Что не так?",
        "How do I exclude bots? I have `user_agent:* AND NOT user_agent:*bot*` but crawlers still show up.",
        "In Cypher, do I need `MERGE` or `CREATE` here? I only want to add the FOLLOWS relationship if it does not exist yet.",
        "the jq filter `.items[] | select(.status == \"active\")` prints nothing because the key is actually `state`, doh",
        "When I paste `$.store.book[?(@.price < 10)]` into the JSONPath tester it says 'unexpected token @'. Which dialect does it use?",
        "Quick one: what's the difference between `|=` and `|~` in LogQL? I keep mixing them up.",
        "Changelog: saved searches can now be shared by link; the query (e.g. `is:unread from:boss`) is stored URL-encoded.",
        "Ticket #4471: dashboard panel 'Checkout latency' shows 'parse error at char 27: unexpected \"}\"' for `sum(rate(http_duration_seconds_sum{job=\"checkout\"}}[5m]))`",
        "We migrated from Lucene syntax to KQL, so `status:[400 TO 499]` is now `status >= 400 and status < 500`.",
        "Hey, can we add an index? The query `db.orders.find({customerId: 42}).sort({createdAt: -1})` scans 2M docs.",
        "Note to self: GitHub search `is:pr is:merged merged:>=2024-05-01 author:@me` for the quarterly review",
        "Customer says the advanced search ignores the minus sign: `kaffee -entkoffeiniert` still shows decaf.",
        "Can the API accept `sort=-created_at,name`? The docs only show a single field.",
        "This Mongo filter `{\"tags\": {\"$all\": [\"tea\", \"gift\"]}}` works in Compass but our API returns everything. Is the $ being stripped?",
        "@ravi your alert `avg(cpu) > 90 for 5m` paged me at 3am again, can we raise it to 95 or add `and on(host) up == 1`?",
        "Ich bräuchte einen Filter für alle Tickets, die seit über 14 Tagen auf „Warten auf Kunde“ stehen — geht das mit JQL?",
        "Tried `where country in ('DE','AT')` in the report builder and got 'invalid token ('. Do lists need double quotes?",
        "Heads-up: from Monday the `q=` parameter treats `AND`/`OR` as operators only in upper case; lower-case words are searched as text.",
        "Is there a way to say \"order by priority, then by due date\" in the saved view? Something like `ORDER BY priority DESC, due ASC`?",
        "Could someone explain why `count()` in my NRQL query differs from `uniqueCount(session)`? Numbers are 10x apart.",
        "Our Rego `allow if input.user.role == \"admin\"` lets nobody in after the upgrade. Did v1 change the syntax?",
        "Ask: please make the search support wildcards in the middle, like `te*t`, not just at the end.",
        "The SPARQL endpoint times out on `SELECT * WHERE { ?s ?p ?o }` — yes I know, I'll add a LIMIT :)",
        "Sieve rule `if header :contains \"subject\" \"[JIRA]\" { fileinto \"Jira\"; }` stopped working after the mailbox move.",
        "Tip for new folks: in Kibana, wrap phrases in quotes (`message:\"disk full\"`) or you get any-word matches.",
        "Sorry, I'll sleep on it and rewrite the JQL tomorrow; for now just use `project = CRM AND updated >= -7d`.",
        "הפילטר `status = \"פתוח\" AND owner = currentUser()` לא מחזיר תוצאות, למרות שיש לי כרטיסים פתוחים",
        "فلترة الطلبات بـ `country = 'EG' AND total > 500` ترجع نتائج صحيحة، لكن الترتيب حسب التاريخ لا يعمل",
        "Wie schreibe ich in der Suche „Preis zwischen 10 und 50“? `preis:[10 TO 50]` liefert einen Syntaxfehler.",
        "Doc fix: the example `filter[price][lte]=100` was missing the closing bracket in the v2 guide.",
        "Data team: the Looker filter `-%test%,-%demo%` drops legit customers named 'Testa' — can we use exact matches?",
        "The union of both saved searches is what I need: open bugs OR anything labelled customer-reported. Can filters be OR-ed?",
        "Please don't delete the old dashboard yet, the 'select by region' dropdown is still used by finance.",
        "Hi team,\n\nquick summary of the search changes in 4.2 for the support wiki:\n\n1. Phrases: `\"next day delivery\"` now matches the exact phrase only.\n2. Exclusions: `-refurbished` works anywhere in the query, not only at the end.\n3. Ranges: `price:[10 TO 50]` and `rating:>=4` are both accepted.\n4. Fields: `brand:`, `color:`, `size:` and `lang:` can be combined with AND / OR.\n5. Wildcards: `Jack*` is fine, a leading `*acke` is still rejected for performance.\n\nIf a customer's saved search stops returning results, open it, click 'Edit query' and check for a lower-case `and` — it's treated as a word now.\n\nThanks, Łucja",
    ]
    tools = ["Jira", "Kibana", "Grafana", "the admin console", "Splunk", "the report builder", "GitHub", "our search API"]
    snippets = ["`status:open AND priority:high`", "`sum(rate(errors_total[5m]))`", "`city eq 'Dublin'`",
                "`project = WEB ORDER BY created DESC`", "`@timestamp > now-1d`", "`label:\"needs triage\" -is:draft`",
                "`name==*müller*`", "`.[] | select(.ok)`", "`$..price`", "`{\"plan\": {\"$in\": [\"pro\"]}}`"]
    asks = ["returns no results", "is really slow since yesterday", "shows duplicates", "ignores the date range",
            "works in staging but not prod", "gives a syntax error", "counts archived items too"]

    def gen():
        kind = RNG.randint(0, 2)
        if kind == 0:
            return "In %s, %s %s. Any idea?" % (pick(tools), pick(snippets), pick(asks))
        if kind == 1:
            return "@%s could you pin %s as the default view for %s? Thanks!" % (pick(PEOPLE), pick(snippets), pick(PROJECTS))
        return "Saved search \"%s\": %s (owner %s, shared with %s)" % (
            pick(["My open bugs", "EU orders > 100€", "Failed logins 24h", "Wochenbericht", "Backlog Lyon", "VIP customers"]),
            pick(snippets), pick(NAMES), pick(["team-ops", "finance", "everyone", "support-de"]))
    return fill(lit, gen)


# ====================================================================== 10
def regexy_and_wildcards():
    lit = [
        r"^/api/v[12]/orders/\d+$",
        r"^/(de|fr|en)/produkte/[a-z0-9-]+/?$",
        r"(?i)\b(refund|rückerstattung|remboursement)\b",
        r"rg -n --glob '!vendor/**' 'TODO\(|FIXME' src/",
        r"rg -t py 'def (get|list)_\w+\(' --stats",
        r"ag --ignore-dir=node_modules 'useEffect\(\(\) =>' app/",
        r"grep -rnE 'status=(4|5)[0-9]{2}' /var/log/shop/ --include='*.log'",
        "%_2024%",
        "ORD-2024-%",
        "%O''Brien%",
        "*.example.com",
        "*.acme-outfitters.com, *.acme-outfitters.de, shop-*.cdn.acme.net",
        "**/*.{ts,tsx}\n!**/*.test.ts\n!**/__mocks__/**",
        "include: src/**/*.py\nexclude: src/legacy/**, **/migrations/*.py",
        "*.log\n*.tmp\n/build/\n!/build/keep.txt\n.env.local",
        "# office and VPN\n203.0.113.0/24\n198.51.100.16/28  # partner Lyon\n2001:db8:42::/48",
        "10.20.0.0/16, 10.30.0.0/16 # k8s pods; 192.0.2.10-192.0.2.20 (printers)",
        "*/15 9-17 * * MON-FRI",
        "0 3 1,15 * *",
        "30 2 * * 0  # Sonntags-Backup",
        "fnmatch: report_[0-9][0-9][0-9][0-9]-Q[1-4].csv",
        "invoice-??-*.pdf",
        "[!.]*.md",
        '{"query": {"regexp": {"sku": {"value": "TSH-[0-9]{3}(-[A-Z]{2})?", "flags": "ALL"}}}}',
        '{"regexp": {"hostname": "web-[0-9]+\\\\.eu-(west|central)-[12]"}}',
        r"^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$",
        r"^\+?[1-9]\d{7,14}$",
        r"^[\w.+-]+@(kiezkaffee\.de|acme-outfitters\.com)$",
        r"(?<year>\d{4})-(?<month>0[1-9]|1[0-2])-(?<day>\d{2})",
        r"^(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{12,}$",
        r"[\p{Han}\p{Hiragana}\p{Katakana}]+",
        r"^[А-ЯЁа-яё\s-]{2,40}$",
        r"/^https?:\/\/(www\.)?youtube\.com\/watch\?v=[\w-]{11}$/",
        r"user_agent=~\".*(Googlebot|bingbot).*\"",
        r"path !~ '^/(healthz|readyz|metrics)$'",
        r"s/\bcolour\b/color/g",
        r"%s/\v(\w+)_id/\1Id/gc",
        "Host: *.staging.acme.internal OR api-?.acme-outfitters.com",
        "allowed_origins: https://*.kiezkaffee.de, https://localhost:3000",
        "/users/:id(\\d+)/orders/:orderId?",
        "/files/{path:.+}",
        r"\.(jpe?g|png|webp|avif)$",
        r"^(?!.*\.min\.js$).*\.js$",
        "SKU LIKE 'MUG\\_%' ESCAPE '\\'",
        r"WHERE email ~* '^[a-z0-9._%+-]+@example\.(org|net)$'",
        "name GLOB '[A-M]*'",
        "titles matching *Größe*|*size*|*taille*",
        "2001:db8::/32 allow\n::1 allow\nfe80::/10 deny  # link-local",
        "Mo-Fr 08:00-18:00; Sa 10:00-14:00; PH off",
        r"^\d{5}(-\d{4})?$|^[A-Z]\d[A-Z] ?\d[A-Z]\d$",
        "# Allowed source ranges for the partner API (reviewed 2024-06-12)\n# Dublin office\n203.0.113.0/25\n# Köln office, second uplink\n203.0.113.128/26\n# Lyon warehouse scanners\n198.51.100.32/27\n# monitoring (external probe)\n198.51.100.201\n# IPv6 office range\n2001:db8:1200::/40\n# temporary: auditor VPN, remove after 2024-09-30\n192.0.2.44/32",
        "# search index: include/exclude\ninclude:\n  - docs/**/*.md\n  - docs/**/*.mdx\n  - src/**/README.md\n  - \"guides/*/[0-9][0-9]-*.md\"\nexclude:\n  - \"**/node_modules/**\"\n  - \"**/_drafts/**\"\n  - \"**/*.{png,jpg,svg}\"\n  - docs/archive/20[01][0-9]/**\n  - \"!docs/archive/2019/migration.md\"",
    ]
    exts = ["csv", "pdf", "log", "json", "parquet", "xlsx", "png"]

    def gen():
        kind = RNG.randint(0, 5)
        if kind == 0:
            return "%s-*-%d.%s" % (pick(["report", "export", "backup", "rechnung", "invoice"]), RNG.randint(2019, 2025), pick(exts))
        if kind == 1:
            return r"^/%s/v%d/%s/\d+(/%s)?$" % (pick(["api", "rest", "svc"]), RNG.randint(1, 4),
                                                pick(["orders", "users", "carts", "invoices"]), pick(["items", "history", "pdf"]))
        if kind == 2:
            return "203.0.113.%d/%d  # %s" % (RNG.randint(0, 255) & 0xF0, pick([28, 29, 30, 32]),
                                              pick(["office Dublin", "VPN exit", "partner", "Büro Köln", "monitoring"]))
        if kind == 3:
            return "*.%s, !%s.%s" % (pick(["acme-outfitters.com", "kiezkaffee.de", "paperplane.studio"]),
                                     pick(["legacy", "old", "test"]), pick(["acme-outfitters.com", "kiezkaffee.de"]))
        if kind == 4:
            return "%d %d * * %s" % (RNG.randint(0, 59), RNG.randint(0, 23), pick(["*", "1-5", "MON", "SAT,SUN", "0"]))
        return "%%%s%%" % pick(["2024-Q%d" % RNG.randint(1, 4), "_%d" % RNG.randint(10, 99), "müller", "gift_card", "EU-%d" % RNG.randint(1, 9)])
    return fill(lit, gen)


CATEGORIES = [
    ("search-syntax", search_syntax),
    ("filter-params", filter_params),
    ("jql-soql-sql-like", jql_soql_sql_like),
    ("logs-metrics", logs_metrics),
    ("graph-queries", graph_queries),
    ("json-paths-selectors", json_paths_selectors),
    ("nosql-documents", nosql_documents),
    ("rules-expressions", rules_expressions),
    ("saved-searches-prose", saved_searches_prose),
    ("regexy-and-wildcards", regexy_and_wildcards),
]


def main():
    rows, counts = [], {}
    for cat, fn in CATEGORIES:
        values = fn()
        counts[cat] = len(values)
        rows.extend((cat, v) for v in values)
    assert len(set(v for _, v in rows)) == len(rows), "duplicate value"
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for i, (cat, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "hb20-%05d" % i, "category": cat, "label": "benign", "value": v},
                               ensure_ascii=False) + "\n")
    for cat, _ in CATEGORIES:
        print("%-22s %d" % (cat, counts[cat]))
    print("%-22s %d" % ("total", len(rows)))


if __name__ == "__main__":
    main()
