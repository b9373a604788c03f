#!/usr/bin/env python3
"""Write benign.jsonl: values a SaaS platform's public API legitimately receives.

The platform is an e-commerce / CMS / marketing / analytics product with a
developer API.  Every value below was written for this corpus: hand-written
literals plus small templates over hand-written pools.  Nothing was copied
from a dataset or a public list.

Standard library only, deterministic (random.Random(1717)); running the
script twice gives the same bytes.
"""
import base64
import json
import random
from pathlib import Path

RNG = random.Random(1717)
OUT = Path(__file__).with_name("benign.jsonl")
PER_CATEGORY = 80
MAX_LEN = 1800


def pick(seq):
    return RNG.choice(seq)


def fill(literals, gen, n=PER_CATEGORY):
    """Literals first, then templated values until n distinct values."""
    out, seen = [], set()
    for v in literals:
        if v in seen:
            raise SystemExit("duplicate literal: %r" % v)
        seen.add(v)
        out.append(v)
    tries = 0
    while len(out) < n:
        tries += 1
        if tries > 20000:
            raise SystemExit("template pool too small")
        v = gen()
        if v in seen or len(v) >= MAX_LEN:
            continue
        seen.add(v)
        out.append(v)
    out = out[:n]
    RNG.shuffle(out)
    return out


# ---------------------------------------------------------------- shared pools
FIRST = ["Anna", "Lukas", "Maria", "Sean", "Aoife", "Chiara", "Mehmet", "Yuki", "Olu",
         "Priya", "Tomás", "Zoë", "Jean-Luc", "Kerry", "Ingrid", "Ahmed", "Wei", "Sofia",
         "Noah", "Fatima", "Björn", "Łucja", "Renée", "Dmitri"]
LAST = ["O'Brien", "D'Angelo", "Müller", "García-López", "Nguyen", "Kowalski", "Smith",
        "O'Neill", "Rossi", "Yılmaz", "Tanaka", "Okafor", "Dubois", "Van der Berg",
        "MacDonald", "Sharma", "Ferreira", "Lindqvist", "Haddad", "Cohen", "Petrov", "L'Estrange"]
SHOPS = ["acme-outfitters", "northwind-goods", "bluebird-home", "kiezkaffee", "linen-and-co",
         "paperplane-studio", "trailhead-gear", "maison-clair", "sakura-ceramics", "urbanroots"]
PRODUCTS = ["Linen Shirt", "Merino Beanie", "Cold Brew Concentrate", "Oak Side Table",
            "Canvas Tote", "Running Shoe", "Ceramic Pour-Over Set", "Wool Throw",
            "Leather Card Holder", "Bamboo Towel Set", "Desk Lamp", "Yoga Mat",
            "Rain Jacket", "Chef's Knife 8\"", "Scented Candle", "Kids' Raincoat"]
COLORS = ["Sand", "Navy", "Forest Green", "Charcoal", "Rust", "Off-White", "Indigo", "Blush"]
SIZES = ["XS", "S", "M", "L", "XL", "XXL"]
TAGS = ["vip", "wholesale", "newsletter", "returning", "b2b", "first-order", "loyalty-gold"]
COUNTRIES = ["DE", "AT", "CH", "FR", "NL", "US", "CA", "GB", "IE", "JP", "BR", "PL", "TR"]


# ================================================================ 1 filter-queries
def filter_queries():
    lit = [
        "$filter=Price gt 20 and startswith(Name,'A')",
        "$filter=contains(tolower(CompanyName),'o''reilly')&$orderby=CreatedAt desc&$top=50",
        "$filter=Status eq 'Shipped' and ShippedDate ge 2025-03-01T00:00:00Z&$select=Id,OrderNumber,Total&$count=true",
        "$filter=Tags/any(t: t eq 'wholesale') and not (Country in ('US','CA'))",
        "$expand=LineItems($filter=Quantity gt 1;$select=Sku,Quantity)&$orderby=Total desc",
        "project = WEB AND status != Done ORDER BY created DESC",
        "assignee = currentUser() AND resolution = Unresolved AND priority in (High, Highest) ORDER BY updated ASC",
        'project in (SHOP, APP) AND labels in ("checkout", "payments") AND updated >= -7d',
        'text ~ "refund webhook" AND issuetype = Bug AND "Customer[Dropdown]" = "Acme GmbH"',
        'title:"red shoes" AND price:[10 TO 50] -brand:acme',
        "status:(shipped OR delivered) AND created_at:[2025-01-01 TO *] AND NOT tags:test",
        "name:sh*rt~1 AND color:blu? AND size:(S OR M)",
        'description:"waterproof jacket"~3 OR title:parka^2',
        "customer.email:*@example.org AND total:>=250",
        'http.response.status_code >= 500 and not url.path : "/healthz"',
        'event.dataset : "nginx.access" and source.geo.country_iso_code : ("DE" or "FR" or "NL")',
        "user_agent.original : *Googlebot* and url.path : /products/*",
        "is:open label:bug author:@me",
        'is:pr is:merged base:main -label:"skip changelog" merged:>2025-03-01',
        'repo:acme/storefront path:src/**/*.ts "useCart("',
        'is:issue is:open no:assignee label:"good first issue" sort:reactions-+1-desc',
        "region = 'EMEA' AND revenue > 10000",
        "country IN ('DE', 'AT', 'CH') AND order_date BETWEEN '2025-01-01' AND '2025-03-31'",
        "customer_name LIKE 'O''Brien%' OR email LIKE '%@example.org'",
        "status <> 'cancelled' AND (discount_pct >= 10 OR coupon_code IS NOT NULL)",
        "channel = 'Email' AND campaign_name ILIKE '%spring%' AND sessions >= 100",
        "DATE_TRUNC('month', created_at) = '2025-02-01' AND is_test = false",
        '{"status": "active", "tags": {"$in": ["vip", "wholesale"]}, "total": {"$gte": 100}}',
        '{"sku": {"$regex": "^TSH-", "$options": "i"}, "inventory.available": {"$gt": 0}}',
        '{"created_at": {"$gte": "2025-03-01T00:00:00Z", "$lt": "2025-04-01T00:00:00Z"}, "channel": "pos"}',
        "$.store.book[?(@.price < 10)].title",
        '$..orders[?(@.status == "paid" && @.total > 50)].id',
        "$.line_items[*].sku",
        "$.products[?(@.variants.length > 1)].handle",
        "//div[@class='price']/text()",
        "//ul[@id='products']/li[position() <= 10]/a/@href",
        "//meta[@property='og:image']/@content",
        "//table[contains(@class,'specs')]//tr[th='Weight']/td",
        "tag:sale AND -tag:clearance AND inventory_total:>0",
        "created_at:>'2025-02-01' AND financial_status:paid AND fulfillment_status:unshipped",
        'category:"Shoes > Running" AND price < 120 AND NOT brand:"Acme"',
        'userName eq "bjensen" and meta.lastModified gt "2025-01-01T00:00:00Z"',
        'emails[type eq "work" and value co "@example.com"]',
        "index=web sourcetype=nginx status>=500 | stats count by uri_path | sort -count | head 20",
        '{app="checkout", env="prod"} |= "timeout" | json | duration > 2s',
        'sum(rate(http_requests_total{status=~"5..", route!="/healthz"}[5m])) by (route)',
        "price=gt=20;category==shoes,category==boots",
        "from:orders@example.com has:attachment newer_than:30d -label:archived",
        "SELECT Id, Name, AnnualRevenue FROM Account WHERE Industry = 'Retail' AND BillingCountry = 'Germany' LIMIT 200",
        "sort=-created_at,+name&fields=id,title,price&page[size]=50",
        "fields=id,title,variants(id,price,sku)&limit=250&page_info=eyJsYXN0X2lkIjo0NTY3fQ",
        "filter[status]=published&filter[author.name]=Zoë&include=author,tags&sort=-published_at",
        "q=brand:\"Levi's\" size:32x34 color:indigo",
        "where=(price,lt,50)~and(stock,gt,0)&sort=-rating",
    ]
    odata_fields = ["Price", "Total", "Quantity", "Discount", "Rating", "Weight"]
    odata_str = ["Name", "City", "Category", "Vendor", "Sku", "Status"]
    words = ["Linen", "Berlin", "Outdoor", "Acme", "TSH-", "Paid", "Müller", "Shoes", "O''Neill"]
    projects = ["WEB", "APP", "SHOP", "OPS", "MKT", "DATA"]
    statuses = ['"In Progress"', "Done", '"To Do"', "Blocked", '"In Review"', "Cancelled"]
    lucene_fields = ["title", "description", "vendor", "tags", "body"]
    phrases = ["linen shirt", "gift card", "free shipping", "winter boots", "pour over", "size guide"]
    dims = ["region", "country", "channel", "plan", "store_id", "utm_source"]
    dim_vals = {"region": ["EMEA", "APAC", "NA", "LATAM"], "country": COUNTRIES,
                "channel": ["Email", "Paid Search", "Organic", "Referral"],
                "plan": ["starter", "growth", "enterprise"], "store_id": ["12", "48", "301"],
                "utm_source": ["newsletter", "google", "facebook", "partner-blog"]}
    metrics = ["revenue", "orders", "aov", "sessions", "refunds", "conversion_rate"]

    def gen():
        k = RNG.randrange(7)
        if k == 0:
            return "$filter=%s %s %d and contains(%s,'%s')&$top=%d" % (
                pick(odata_fields), pick(["gt", "ge", "lt", "le", "eq"]), RNG.randint(1, 500),
                pick(odata_str), pick(words), pick([10, 25, 50, 100]))
        if k == 1:
            st = RNG.sample(statuses, 2)
            return "project = %s AND status %s (%s, %s) AND updated >= -%dd ORDER BY %s %s" % (
                pick(projects), pick(["in", "not in"]), st[0], st[1],
                RNG.randint(1, 30), pick(["priority", "created", "updated", "rank"]), pick(["ASC", "DESC"]))
        if k == 2:
            a = RNG.randint(5, 80)
            return '%s:"%s" AND price:[%d TO %d] %s' % (
                pick(lucene_fields), pick(phrases), a, a + RNG.randint(10, 200),
                pick(["-tags:archived", "AND in_stock:true", "NOT vendor:test", "AND size:(M OR L)"]))
        if k == 3:
            d = pick(dims)
            return "%s = '%s' AND %s %s %d" % (d, pick(dim_vals[d]), pick(metrics),
                                               pick([">", ">=", "<", "<>"]), RNG.randint(1, 50000))
        if k == 4:
            return json.dumps({"tags": {"$in": RNG.sample(TAGS, 2)},
                               "orders_count": {"$gte": RNG.randint(2, 20)},
                               "country": pick(COUNTRIES)})
        if k == 5:
            return "is:%s label:%s %s updated:>2025-0%d-%02d" % (
                pick(["open", "closed", "pr"]), pick(["bug", "checkout", "api", "docs", "webhooks"]),
                pick(["author:@me", "assignee:octo-dev", "-label:wontfix", "no:milestone"]),
                RNG.randint(1, 9), RNG.randint(1, 28))
        return "//%s[@%s='%s']/%s" % (pick(["div", "span", "li", "section"]), pick(["class", "id", "data-role"]),
                                      pick(["price", "product-title", "sku", "stock-status", "rating"]),
                                      pick(["text()", "@content", "a/@href", "span[1]/text()"]))
    return fill(lit, gen)


# ================================================================ 2 rich-text-html
def rich_text_html():
    lit = [
        "<p>Our <strong>spring collection</strong> is here — <em>free shipping</em> on orders over €50.</p>",
        '<p>Read the <a href="https://help.example-shop.com/returns" target="_blank" rel="noopener noreferrer">returns policy</a> before sending items back.</p>',
        "<ul><li>100% organic cotton</li><li>Machine wash at 30&nbsp;°C</li><li>Made in Portugal</li></ul>",
        '<table class="size-chart"><thead><tr><th>Size</th><th>Chest (cm)</th><th>Length (cm)</th></tr></thead><tbody><tr><td>S</td><td>88–92</td><td>70</td></tr><tr><td>M</td><td>96–100</td><td>72</td></tr><tr><td>L</td><td>104–108</td><td>74</td></tr></tbody></table>',
        '<img src="https://cdn.example-shop.com/files/hero-2025.jpg?v=1712" alt="Model wearing the linen shirt on a beach" width="1200" height="630" loading="lazy">',
        "<blockquote><p>“Best purchase this year. The fabric is incredible.”</p><cite>— Maria, verified buyer</cite></blockquote>",
        '<h2 id="shipping-faq">Shipping FAQ</h2><p>Orders placed before 2&nbsp;pm ship the same day.</p>',
        '<p><span style="color:#c00;font-weight:bold">Sale ends Sunday!</span> Don&#39;t miss out.</p>',
        '<figure><img src="https://cdn.example-shop.com/blog/roastery.jpg" alt="Inside our Hamburg roastery" width="800"><figcaption>Our roaster, Jens, checking the first crack.</figcaption></figure>',
        '<iframe width="560" height="315" src="https://www.youtube.com/embed/k3Vb9xQw2Lm" title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture" allowfullscreen></iframe>',
        '<iframe src="https://player.vimeo.com/video/812345678?h=3a9c1e77b2" width="640" height="360" frameborder="0" allow="autoplay; fullscreen; picture-in-picture" allowfullscreen></iframe>',
        '<pre><code class="language-html">&lt;div class="banner"&gt;Hello&lt;/div&gt;</code></pre>',
        "<p>Use the code <code>SPRING25</code> at checkout to get 25% off.</p>",
        "<p>Tom &amp; Jerry&#39;s Café — open Mon&ndash;Fri, 8:00&ndash;18:00</p>",
        "<p>Fun fact: 2 &lt; 3 &gt; 1, but our prices are even lower &mdash; from €19.99</p>",
        '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:24px 0;background-color:#f4f4f4;"><a href="https://shop.example.com/?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=spring" style="display:inline-block;padding:12px 24px;background:#0a7;color:#fff;text-decoration:none;border-radius:4px;">Shop now</a></td></tr></table>',
        '<!--[if mso]><table role="presentation" width="600"><tr><td><![endif]--><div style="max-width:600px;margin:0 auto;font-family:Arial,sans-serif;">Hi there,</div><!--[if mso]></td></tr></table><![endif]-->',
        '<p dir="rtl" lang="ar">شحن مجاني لجميع الطلبات فوق ٢٠٠ درهم</p>',
        '<ol start="3"><li>Remove the lid.</li><li>Pour in 250&nbsp;ml of water at 94&nbsp;°C.</li><li>Wait 4 minutes, then press slowly.</li></ol>',
        '<hr><p><small>You received this email because you subscribed at example-shop.com. <a href="https://shop.example.com/unsubscribe?u=8f2c1e&amp;list=news">Unsubscribe</a> · <a href="https://shop.example.com/preferences">Preferences</a></small></p>',
        '<div class="callout callout--info"><p><strong>Note:</strong> Custom engraving adds 2&ndash;3 business days.</p></div>',
        '<p>Call us: <a href="tel:+4930123456">+49 30 123456</a> or <a href="mailto:support@example-shop.com?subject=Order%20question">email support</a>.</p>',
        "<details><summary>Ingredients</summary><p>Water, coffee (Arabica 100%), nothing else.</p></details>",
        '<video controls width="640" poster="https://cdn.example-shop.com/media/promo-poster.jpg"><source src="https://cdn.example-shop.com/media/promo.mp4" type="video/mp4">Your browser does not support the video tag.</video>',
        "<p>H<sub>2</sub>O resistant up to 5&nbsp;ATM; E = mc<sup>2</sup> not included.</p>",
        '<p><a href="#reviews">Jump to reviews</a> | <a href="#specs">Specifications</a></p>',
        '<p style="text-align:center;"><img src="https://cdn.example-shop.com/logo.png" alt="" width="120" height="40"></p>',
        '<pre><code>&lt;script src="https://cdn.example-shop.com/widget/v2/reviews.js" defer&gt;&lt;/script&gt;</code></pre><p>Paste the line above into your theme, not into this editor.</p>',
        "<p>Size&nbsp;M fits 5&#39;8&quot;&ndash;5&#39;11&quot; &amp; 65&ndash;75&nbsp;kg.</p>",
        '<h3>Care</h3><p>Hand wash cold.<br>Do not tumble dry.<br>Iron on low heat.</p>',
        '<p class="ql-align-justify">Wir liefern innerhalb von <strong>2–3 Werktagen</strong> nach Deutschland, Österreich und in die Schweiz.</p>',
        '<p>Questions? Chat with us <a href="https://shop.example.com/contact" target="_self">here</a> &#8594; we reply within 24h.</p>',
        '<div data-block="testimonial" data-id="t-118"><p><em>“Fast delivery, lovely packaging.”</em> — Jonas, Leipzig</p></div>',
        '<p><img src="https://cdn.example-shop.com/emoji/heart.png" alt="heart" width="16" height="16" style="vertical-align:middle"> Made with love in Lisbon</p>',
        '<table border="1" style="border-collapse:collapse;width:100%"><tr><th>Plan</th><th>Price</th></tr><tr><td>Basic</td><td>$9/mo</td></tr><tr><td>Pro</td><td>$29/mo</td></tr></table>',
        '<p>Step 1: go to <strong>Settings &gt; Checkout &gt; Order notes</strong> and tick <em>“Show on invoice”</em>.</p>',
        "<p>Use <kbd>Ctrl</kbd> + <kbd>K</kbd> to open search.</p>",
        '<p lang="ja">新商品のお知らせ：<strong>有田焼マグカップ</strong>が入荷しました。</p>',
        '<a href="https://shop.example.com/collections/sale" class="button button--primary" title="See all sale items">See all sale items &raquo;</a>',
        "<p><s>€89.00</s> <strong>€59.00</strong> &mdash; only this week</p>",
        '<p>Photo credit: <a href="https://unsplash.com/@janedoe" rel="nofollow noopener" target="_blank">Jane Doe</a> on Unsplash</p>',
        '<div style="background:#fff8e1;border-left:4px solid #ffb300;padding:12px 16px;">⚠️ Holiday schedule: our warehouse is closed 24.12.–01.01.</div>',
    ]
    sentences = ["New arrivals just landed", "Our winter sale starts Friday", "Back in stock by popular demand",
                 "We plant a tree for every order", "Free returns for 30 days", "Meet the makers behind our ceramics",
                 "Limited edition, only 200 pieces", "Your favourite blend is back"]
    anchors = ["Shop the collection", "learn more", "read the story", "see the lookbook", "browse now",
               "view size guide", "find a store"]
    paths = ["collections/new", "blogs/journal/makers", "pages/size-guide", "collections/sale", "pages/stores",
             "products/linen-shirt", "pages/sustainability"]
    alts = ["Close-up of the woven fabric", "Ceramic mug in speckled glaze", "Woman hiking in rain jacket",
            "Flat lay of stationery set", "Coffee beans on a wooden table", "Team photo at the warehouse",
            "Oak side table in a living room"]
    colors = ["#c00", "#0a7", "#1d3557", "rgb(230, 57, 70)", "#ff6f00", "#6a1b9a", "darkslategray"]
    feats = ["Recycled polyester lining", "YKK zippers", "Two-year warranty", "Dishwasher safe",
             "Vegan leather", "FSC-certified oak", "Fits 13\" laptops", "Hand-poured in small batches",
             "PFC-free waterproofing", "Lead-free glaze"]

    def gen():
        k = RNG.randrange(5)
        shop = pick(SHOPS)
        if k == 0:
            return '<p>%s. <a href="https://%s.example.com/%s" target="_blank" rel="noopener">%s</a>.</p>' % (
                pick(sentences), shop, pick(paths), pick(anchors))
        if k == 1:
            w = pick([400, 600, 800, 1200])
            return '<img src="https://cdn.%s.example.com/files/%s-%d.%s" alt="%s" width="%d" height="%d">' % (
                shop, pick(["hero", "detail", "lifestyle", "banner"]), RNG.randint(1, 99),
                pick(["jpg", "webp", "png"]), pick(alts), w, w * 2 // 3)
        if k == 2:
            items = RNG.sample(feats, RNG.randint(2, 4))
            return "<ul>" + "".join("<li>%s</li>" % i for i in items) + "</ul>"
        if k == 3:
            return '<p><span style="color:%s;font-weight:%s">%s</span> &ndash; %s</p>' % (
                pick(colors), pick(["bold", "600", "normal"]), pick(sentences), pick(anchors))
        return '<h2 id="%s">%s</h2><p><em>%s</em></p>' % (
            pick(["intro", "details", "care", "shipping", "our-story"]), pick(sentences), pick(feats))
    return fill(lit, gen)


# ================================================================ 3 templates
def templates():
    lit = [
        "Hi {{first_name}}, your order #{{order.number}} has shipped!",
        "{{#if cart.items}}You left {{cart.items.length}} items in your cart.{{else}}Your cart is empty.{{/if}}",
        "{{#each order.line_items}}<li>{{this.quantity}} × {{this.title}} — {{money this.price}}</li>{{/each}}",
        "{% for item in order.line_items %}{{ item.title | escape }} × {{ item.quantity }}<br>{% endfor %}",
        "{{ product.price | money_with_currency }}",
        '{% if customer.tags contains "vip" %}Thanks for being a VIP, {{ customer.first_name }}!{% endif %}',
        '{{ "now" | date: "%Y-%m-%d %H:%M" }}',
        "{% assign total = order.subtotal_price | minus: order.total_discounts %}Subtotal after discounts: {{ total | money }}",
        "{{ user.name }} commented on {{ ticket.subject }}",
        'Hello {{ user.first_name|default("there") }}, you have {{ notifications|length }} new notifications.',
        '{%- if shipping_address.country_code == "US" -%}Free returns within 30 days{%- else -%}Returns: see our policy{%- endif -%}',
        "<%= @user.name %> placed order <%= @order.id %> on <%= l(@order.created_at, format: :short) %>",
        "{count, plural, one {# item} other {# items}} in your cart",
        "{gender, select, female {She} male {He} other {They}} liked your post.",
        "{count, plural, =0 {No new messages} =1 {One new message} other {# new messages}}",
        "{name} ordered {qty, number} × {product} on {date, date, medium}",
        "Order %s shipped on %s",
        "Only %d items left in stock!",
        "Hello %(name)s, you have %(count)d new orders today.",
        "Conversion rate: %.2f%% (%+.1f pp vs last week)",
        "Webhook secret is read from ${WEBHOOK_SECRET}; rotate it in Settings.",
        "https://${SHOP_DOMAIN}/admin/api/${API_VERSION}/orders.json",
        "{{{unsubscribe_link}}}",
        "{{^has_orders}}Place your first order today and get 10% off!{{/has_orders}}",
        "{{> header}}<h1>{{title}}</h1>{{> footer}}",
        "{{ first_name | capitalize }}, your {{ cart.item_count }} items are waiting 🛒",
        "Hi %{name}, your invoice %{number} is ready.",
        "{0} of {1} items selected",
        "Payment of {0:C2} received on {1:d}",
        "{{ .Customer.Name }}: {{ range .Items }}{{ .SKU }} × {{ .Qty }}; {{ end }}",
        "{{ product.title | upcase }} — now {{ product.price | times: 0.8 | money }}",
        "{% unless product.available %}<span class=\"sold-out\">Sold out</span>{% endunless %}",
        "{% case shipping_method.title %}{% when 'Express' %}Arrives tomorrow{% else %}Arrives in 3–5 days{% endcase %}",
        "{% comment %}Added by Lina for the Black Friday banner{% endcomment %}{% if template == 'index' %}{% render 'bf-banner' %}{% endif %}",
        "{{#unless customer.accepts_marketing}}You will only receive order updates.{{/unless}}",
        "Dear {{ customer.salutation }} {{ customer.last_name }}, thank you for your order of {{ order.total_price | money }}.",
        "Your verification code is {{code}}. It expires in {{ttl_minutes}} minutes.",
        "{{#each recommendations limit=3}}<a href=\"{{url}}?utm_source=email\">{{title}}</a>{{/each}}",
        "Shipment {{ fulfillment.tracking_number }} via {{ fulfillment.tracking_company | default: 'our carrier' }}",
        "{{ 'Hello' | t }} {{ customer.first_name | default: 'friend' }}!",
        "{% for tag in product.tags limit:5 %}#{{ tag | handleize }} {% endfor %}",
        "[[first_name]], we saved your cart for you: [[cart_url]]",
        "Hi *|FNAME|*, here is your *|MC:SUBJECT|* digest",
        "%%FirstName%%, your points balance is %%Points%%.",
        "Reminder: {{ appointment.start | date: '%A, %B %-d at %l:%M %p' }} with {{ staff.name }}",
        "{{i18n 'checkout.total' amount=(format_money total currency)}}",
        "{user} and {count, plural, one {one other} other {# others}} reacted to your review",
        "Subject: {{ shop.name }} – Order {{ order.name }} confirmed",
        "${firstName}, your subscription renews on ${renewalDate?string('dd.MM.yyyy')}",
    ]
    vars_ = ["first_name", "customer.first_name", "contact.firstname", "recipient.name", "subscriber.first_name",
             "customer.name"]
    filters = ["escape", "upcase", "capitalize", "money", "strip_html", "truncate: 40", "default: 'there'",
               "date: '%d.%m.%Y'", "handleize", "url_encode"]
    openers = ["Hi", "Hello", "Hey", "Dear", "Guten Tag", "Bonjour", "Hola", "Olá"]
    bodies = ["your order is on its way", "we miss you", "your cart is waiting", "your points are about to expire",
              "thanks for your review", "your return was processed", "here is your receipt"]

    def gen():
        k = RNG.randrange(5)
        if k == 0:
            return "%s {{%s}}, %s." % (pick(openers), pick(vars_), pick(bodies))
        if k == 1:
            return "%s {{ %s | %s }}, %s!" % (pick(openers), pick(vars_), pick(filters), pick(bodies))
        if k == 2:
            return "{%% if %s %s %d %%}%s{%% else %%}%s{%% endif %%}" % (
                pick(["cart.total_price", "customer.orders_count", "order.item_count", "points.balance"]),
                pick([">", ">=", "<", "=="]), RNG.randint(1, 200), pick(bodies).capitalize(), pick(bodies).capitalize())
        if k == 3:
            return "{count, plural, =0 {%s} one {# %s} other {# %ss}}" % (
                pick(["Nothing here yet", "No items", "No rewards"]),
                pick(["reward", "coupon", "order", "review"]), pick(["reward", "coupon", "order", "review"]))
        return "%s %%s, %s (%%d %s)." % (pick(openers), pick(bodies), pick(["items", "points", "days left"]))
    return fill(lit, gen)


# ================================================================ 4 css-theme
def css_theme():
    lit = [
        ":root { --brand: #0a7; --brand-dark: #086; --radius: 6px; --font-body: 'Inter', sans-serif; }",
        ".btn-primary { background: var(--brand); border-radius: var(--radius); color: #fff; }",
        "@media (max-width: 768px) { .product-grid { grid-template-columns: repeat(2, 1fr); gap: 12px; } }",
        "@font-face { font-family: 'Inter'; src: url('https://fonts.gstatic.com/s/inter/v13/UcC73FwrK3iLTeHuS_fvQtMwCp50KnMa1ZL7.woff2') format('woff2'); font-weight: 400 700; font-display: swap; }",
        "@import url('https://fonts.googleapis.com/css2?family=Roboto:wght@400;700&display=swap');",
        '.breadcrumb li + li::before { content: "→"; padding: 0 .5em; color: #999; }',
        '.hero { background: linear-gradient(135deg, rgba(10,119,85,.9) 0%, #1d3557 100%), url("https://cdn.example-shop.com/hero.jpg") center/cover no-repeat; }',
        "@keyframes pulse { 0%, 100% { transform: scale(1); } 50% { transform: scale(1.05); } }",
        ".badge--sale { color: #fff !important; background: #e63946; animation: pulse 2s ease-in-out infinite; }",
        ".container { width: calc(100% - 2rem); max-width: 1200px; margin-inline: auto; }",
        "@supports (display: grid) { .collection { display: grid; grid-template-columns: repeat(auto-fill, minmax(220px, 1fr)); } }",
        'a[href^="http"]:not([href*="example-shop.com"])::after { content: " ↗"; font-size: .8em; }',
        'input[type="email"]:focus-visible { outline: 2px solid var(--brand); outline-offset: 2px; }',
        ".price > .price--compare { text-decoration: line-through; opacity: .6; margin-right: .25rem; }",
        "@media print { header, footer, .no-print { display: none !important; } }",
        "select.form-select { background-image: url(\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 16 16'%3E%3Cpath fill='none' stroke='%23343a40' stroke-width='2' d='M2 5l6 6 6-6'/%3E%3C/svg%3E\"); background-repeat: no-repeat; background-position: right .75rem center; }",
        ".product-card:hover img { transform: scale(1.03); transition: transform .3s cubic-bezier(.2,.8,.2,1); }",
        "@container card (min-width: 400px) { .card__body { display: flex; align-items: center; } }",
        'html[dir="rtl"] .site-nav { flex-direction: row-reverse; }',
        'body { font: 16px/1.5 "Helvetica Neue", Arial, sans-serif; -webkit-font-smoothing: antialiased; }',
        "/* Custom CSS — added by Jana 2025-03-02, remove after campaign */ .announcement-bar { display: none; }",
        '.layout { display: grid; grid-template-areas: "header header" "sidebar main" "footer footer"; }',
        "h1, h2, h3 { font-family: var(--font-heading, Georgia, serif); letter-spacing: -0.01em; }",
        'ul.checklist li::before { content: "\\2713"; color: var(--brand); margin-right: 6px; }',
        ".visually-hidden { position: absolute !important; clip: rect(0 0 0 0); width: 1px; height: 1px; overflow: hidden; white-space: nowrap; }",
        "@media (prefers-color-scheme: dark) { :root { --bg: #111; --fg: #eee; --card: #1c1c1e; } }",
        ".cart-count:empty { display: none; }",
        ".tooltip[data-tip]:hover::after { content: attr(data-tip); position: absolute; bottom: 125%; }",
        "@page { size: A4; margin: 2cm 1.5cm; }",
        ".product-gallery img { aspect-ratio: 4 / 5; object-fit: cover; }",
        ".card { filter: drop-shadow(0 2px 4px rgb(0 0 0 / 20%)); border: 1px solid hsl(210 15% 90%); }",
        "@media (min-width: 990px) and (hover: hover) { .header__menu-item:hover { text-decoration: underline; } }",
        ".footer a { color: inherit; } .footer a:hover, .footer a:focus { color: var(--brand) !important; }",
        "@keyframes slide-in { from { transform: translateX(-100%); opacity: 0; } to { transform: none; opacity: 1; } }",
        ".rte table td, .rte table th { padding: .5em 1em; border-bottom: 1px solid #ddd; }",
        ".swatch[data-color=\"Forest Green\"] { background-color: #2e5d3a; }",
        "body.template-product .shopify-payment-button__button--unbranded { background: #111 !important; }",
        ".marquee { overflow: hidden; } .marquee__inner { animation: scroll-left 20s linear infinite; }",
        ".clamp-3 { display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }",
        "img[loading=\"lazy\"] { background: #f2f2f2 url('https://cdn.example-shop.com/assets/placeholder.svg') center / 40px no-repeat; }",
        "@font-face { font-family: 'Brand Serif'; src: url('/cdn/fonts/brand-serif.woff2') format('woff2'), url('/cdn/fonts/brand-serif.woff') format('woff'); }",
        ".quantity input::-webkit-outer-spin-button, .quantity input::-webkit-inner-spin-button { -webkit-appearance: none; margin: 0; }",
        ".grid > * { min-width: 0; } /* fix overflow in Safari */",
        "details[open] > summary .icon-caret { transform: rotate(180deg); }",
        ".text-gradient { background: linear-gradient(90deg, #ff8a00, #e52e71); -webkit-background-clip: text; color: transparent; }",
    ]
    selectors = [".header", ".site-footer", ".product__title", ".collection-hero", ".btn--secondary",
                 ".announcement-bar", "#shopify-section-footer", ".cart-drawer", ".badge", ".newsletter-form input"]
    props = [("color", ["#222", "#fff", "var(--brand)", "rgba(0,0,0,.75)", "#0a7"]),
             ("background-color", ["#fafafa", "#0a7", "transparent", "var(--bg)", "#fff8e1"]),
             ("padding", ["8px 16px", "1rem 0", "0", "clamp(1rem, 3vw, 2rem)"]),
             ("font-size", ["14px", "1.125rem", "clamp(1.5rem, 2vw + 1rem, 2.5rem)", "0.875em"]),
             ("border-radius", ["0", "4px", "999px", "var(--radius)"]),
             ("text-transform", ["uppercase", "none"]),
             ("letter-spacing", [".05em", "0.1em", "normal"]),
             ("max-width", ["1200px", "60ch", "calc(100% - 40px)"])]
    bps = ["max-width: 480px", "max-width: 749px", "min-width: 750px", "min-width: 1200px", "orientation: landscape"]

    def decl(prop):
        p, vals = prop
        return "%s: %s%s;" % (p, pick(vals), " !important" if RNG.random() < 0.15 else "")

    def gen():
        sel = pick(selectors)
        body = " ".join(decl(p) for p in RNG.sample(props, RNG.randint(1, 3)))
        if RNG.random() < 0.4:
            return "@media (%s) { %s { %s } }" % (pick(bps), sel, body)
        return "%s { %s }" % (sel, body)
    return fill(lit, gen)


# ================================================================ 5 webhooks-integrations
def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rand_str(n, alphabet="abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"):
    return "".join(RNG.choice(alphabet) for _ in range(n))


def webhooks_integrations():
    hexd = "0123456789abcdef"
    lit = [
        "https://hooks.example-crm.com/webhooks/orders/create?token=6f1c2e9a",
        "https://hooks.slack.com/services/T02ABCD1E/B05FGH2IJ/abcdEFGHijklMNOPqrstUVWX",
        "https://contoso.webhook.office.com/webhookb2/1c2d3e4f-aaaa-bbbb-cccc-0123456789ab@9f8e7d6c-1111-2222-3333-abcdefabcdef/IncomingWebhook/5d41402abc4b2a76b9719d911017c592/1a2b3c4d-5e6f-7a8b-9c0d-e1f2a3b4c5d6",
        "https://app.partner-analytics.io/oauth/callback?code=4%2F0AfJohXl9sT2kq&state=af0ifjsldkj&scope=read_orders%20write_products",
        "https://auth.example-platform.com/oauth/authorize?client_id=a1b2c3d4e5&redirect_uri=https%3A%2F%2Fintegrations.partner.io%2Fcallback&response_type=code&scope=orders%3Aread%20customers%3Aread&state=x7Yq2",
        "https://integrations.partner.io/callback",
        "http://localhost:3000/auth/callback",
        "com.example.shopapp:/oauth2redirect",
        "*/5 * * * *",
        "0 3 * * 1-5",
        "30 2 1 * *",
        "0 */6 * * *",
        "15 9 * * MON",
        "0 0 L * ?",
        "{{steps.trigger.order.customer.email}}",
        "{{1.billing_address.city}}",
        "{{formatDate(1.created_at; \"YYYY-MM-DD\")}}",
        "{{trigger.body.line_items[0].sku}} - {{trigger.body.line_items[0].quantity}}",
        "=trigger.order.total_price * 100",
        "myapp://product/123?ref=push",
        "shopapp://cart?coupon=WELCOME10&utm_source=push&utm_campaign=abandoned_cart",
        "https://shop.example.com/products/linen-shirt?utm_source=instagram&utm_medium=social&utm_campaign=spring_25&utm_content=reel_02",
        "https://example-shop.com/?utm_source=newsletter&utm_medium=email&utm_campaign=bf2025&utm_term=hero%20button",
        "t=1712345678,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd",
        "sha256=7d38cdd689735b008b3c702edd92eea23791c5f6a4b6e1c5e4c7c3d8f0a1b2c3",
        "https://api.partner.io:8443/hooks/platform?tenant=acme&v=2",
        "https://webhook.site/3f1c9a2e-7b4d-4e8a-9c1f-2d6b8e0a5c7f",
        "https://n8n.acme-internal-tools.com/webhook/order-paid",
        "https://hook.eu1.make.com/q8w7e6r5t4y3u2i1o0p9",
        "https://hooks.zapier.com/hooks/catch/1234567/abcdefg/",
        "https://api.example-platform.com/v2/webhooks/subscriptions?topic=orders%2Fpaid&format=json",
        "https://example-shop.com/a/login/callback#access_token=ya29.a0AfH6SM_dummy&token_type=Bearer&expires_in=3599",
        "https://www.googleapis.com/auth/analytics.readonly https://www.googleapis.com/auth/userinfo.email",
        "read_products,write_products,read_orders,read_customers",
        "https://partner.io/install?shop=acme-outfitters.example-platform.com&hmac=1d2c3b4a5f6e7d8c9b0a&timestamp=1712345678",
        "arn:aws:sqs:eu-central-1:123456789012:platform-orders-queue",
        "projects/acme-prod/topics/platform-webhooks",
        "https://sheets.googleapis.com/v4/spreadsheets/1BxiMVs0XRA5nFMdKvBdBZjgmUUqptlbs74OgvE2upms/values/Orders!A1:F500?valueInputOption=USER_ENTERED",
        "mailto:orders@acme-outfitters.com?subject=New%20order%20%23{{order.number}}",
    ]
    hosts = ["hooks.partner.io", "api.fulfil-it.com", "integrations.crmly.com", "events.shipfast.net",
             "ingest.metricsbox.io", "erp.acme-outfitters.com", "sync.inventorypro.app"]
    topics = ["orders/create", "orders/paid", "customers/update", "products/delete", "refunds/create",
              "fulfillments/update", "app/uninstalled"]

    def jwt():
        header = b64url(json.dumps({"alg": pick(["HS256", "RS256", "ES256"]), "typ": "JWT"},
                                   separators=(",", ":")).encode())
        iat = 1711000000 + RNG.randint(0, 4000000)
        payload = {"sub": "usr_%s" % rand_str(10), "iss": "https://auth.example-platform.com",
                   "aud": pick(["platform-api", "storefront", "partner-app"]), "iat": iat, "exp": iat + 3600}
        if RNG.random() < 0.5:
            payload["scope"] = pick(["read_orders write_orders", "read_products", "openid email profile"])
        body = b64url(json.dumps(payload, separators=(",", ":")).encode())
        sig = b64url(bytes(RNG.randrange(256) for _ in range(32)))
        return "%s.%s.%s" % (header, body, sig)

    def gen():
        k = RNG.randrange(7)
        if k == 0:
            return jwt()
        if k == 1:
            return "%s_%s_%s" % (pick(["sk", "pk", "rk"]), pick(["live", "test"]), rand_str(24))
        if k == 2:
            return "https://%s/webhooks/%s?shop=%s&signature=%s" % (
                pick(hosts), pick(topics), pick(SHOPS), "".join(RNG.choice(hexd) for _ in range(16)))
        if k == 3:
            d = "202503%02d" % RNG.randint(1, 28)
            return ("https://%s-exports.s3.eu-central-1.amazonaws.com/exports/%s-%s.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                    "&X-Amz-Credential=AKIAEXAMPLE%s%%2F%s%%2Feu-central-1%%2Fs3%%2Faws4_request&X-Amz-Date=%sT%02d%02d00Z"
                    "&X-Amz-Expires=%d&X-Amz-SignedHeaders=host&X-Amz-Signature=%s") % (
                pick(SHOPS), pick(["orders", "customers", "products", "payouts"]), d, rand_str(4).upper(), d, d,
                RNG.randint(0, 23), RNG.randint(0, 59), pick([900, 3600, 86400]),
                "".join(RNG.choice(hexd) for _ in range(64)))
        if k == 4:
            return ("https://storage.googleapis.com/%s-media/uploads/%s.jpg?X-Goog-Algorithm=GOOG4-RSA-SHA256"
                    "&X-Goog-Credential=uploader%%40acme-prod.iam.gserviceaccount.com%%2F20250301%%2Fauto%%2Fstorage%%2Fgoog4_request"
                    "&X-Goog-Date=20250301T120000Z&X-Goog-Expires=600&X-Goog-SignedHeaders=host&X-Goog-Signature=%s") % (
                pick(SHOPS), rand_str(12).lower(), "".join(RNG.choice(hexd) for _ in range(96)))
        if k == 5:
            return "%d %s * * %s" % (RNG.randint(0, 59), pick(["*/2", "8", "9-17", "0,12", "23"]),
                                     pick(["*", "1-5", "SAT,SUN", "MON", "1"]))
        return "whsec_%s" % rand_str(32)
    return fill(lit, gen)


# ================================================================ 6 product-and-orders
def product_and_orders():
    lit = [
        'Vintage Oak Frame 12" x 18" – Natural Finish',
        "Men's Slim Fit Chinos — Navy, 32W x 30L",
        "Adjustable standing desk, fits heights 5'6\" to 6'4\"",
        "SKU: TSH-RED-XL-001",
        "Rated <3 by 2,000+ customers",
        "Please leave at back door; gate code #4411. Dog is friendly!",
        "Happy birthday Mom!! 🎂🎉 Love you to the moon & back — xoxo, Sam",
        "Kerry O'Brien, 14 Harcourt St, Dublin 2, D02 XY45, Ireland",
        "〒150-0002 東京都渋谷区渋谷2-21-1 渋谷ヒカリエ 11F 田中 由紀 様",
        "Müller GmbH, z. Hd. Frau Schäfer, Hauptstraße 5a, 80331 München",
        "Ship to: D'Angelo Rossi c/o Hotel Bella, Via Roma 12, 00184 Roma RM, Italia",
        "BF-2025-50OFF",
        "Price: $1,299.00 (was $1,499.00) — save 13%",
        "2 > 1: buy two, get the third 50% off*  *cheapest item free",
        'Gift wrap: yes. Message: "To the best dad, from the kids <3"',
        "Size guide: XS (32–34), S (35–37), M (38–40), L (41–43), XL (44–46)",
        "Dimensions: 120 × 60 × 75 cm (W × D × H); weight 18 kg",
        '1/4" drive socket set, 46-pc, CR-V steel, 4–14 mm',
        "Note: customer called, wants delivery AFTER 5pm only — do NOT ring bell (baby sleeping)",
        "Order #10234 — 3× Cold Brew Concentrate (1 L) @ €12.50",
        "PO# 4500012345 / Cost center: MKT-DE-07 / Invoice to accounts-payable@acme.example",
        'Delivery instructions: Apt 4B, buzz "Smith/Nguyen", leave w/ doorman',
        "Rua Augusta 274, 3º Esq., 1100-053 Lisboa, Portugal",
        "ul. Marszałkowska 84/92 m. 117, 00-514 Warszawa",
        "Calle de Alcalá 48, 2ºB, 28014 Madrid (llamar antes, portero automático roto)",
        "1600 Amphitheatre Pkwy, Bldg 40, Mountain View, CA 94043, USA",
        "Flat 3, 22 Baker's Row, London EC1R 3DB — side entrance",
        "Av. Paulista, 1578 - Bela Vista, São Paulo - SP, 01310-200",
        "Bağdat Cad. No:123 D:5, Kadıköy / İstanbul 34728",
        "北京市朝阳区建国路88号 SOHO现代城 A座 1203室",
        "Unit 7/15 O'Connell St, Sydney NSW 2000",
        "Hand-thrown stoneware mug, 350 ml (12 oz). Each piece is unique — glaze may vary ±5%.",
        "Ultra-soft merino blend (70% wool / 30% nylon). Sizes XS–XXL. Runs small → size up!",
        "Café de Olla blend — notes of cinnamon & piloncillo. 250 g / 8.8 oz, whole bean.",
        "Kids' rain boots EU 24–35 / UK 7–2.5 / US 8–3.5",
        "Lot of 3: USB-C → HDMI adapter (4K@60Hz), 15 cm cable",
        "Coupon SPRING-25 applied: -€12.40 (25% off €49.60)",
        "Gift message: Joyeux anniversaire ma chérie ❤️ — ton Loulou",
        "Gift message: お誕生日おめでとう！いつもありがとう 🌸",
        "Customer says: 'the XL was too tight across the shoulders, exchanging for XXL'",
        "Backorder ETA 2025-04-15; customer OK with partial shipment (items 1 & 3 first)",
        'TV wall mount for 32"–65" screens, VESA 100×100 to 400×400, max 45 kg',
        "Return reason: wrong colour (ordered Forest Green, got Olive). RMA #RMA-20931",
        "Personalization: \"J & M · 14.06.2025\" (max 20 chars, no emoji)",
        "Engraving text: <Forever & Always> — keep the angle brackets please!",
        "Price break: 1–9 pcs €4.20 · 10–49 pcs €3.80 · 50+ pcs €3.10 (excl. VAT)",
        "Tax ID: DE123456789 · EORI: DE1234567890123",
        "Deliver to reception desk, 3rd floor; ask for Mr. Ó Súilleabháin",
        "ISBN 978-3-16-148410-0 — paperback, 2nd ed. (2024)",
    ]
    adjs = ["Classic", "Organic", "Handmade", "Recycled", "Heavyweight", "Ultralight", "Vintage-wash", "Everyday"]
    mats = ["Cotton", "Linen", "Merino", "Oak", "Stoneware", "Canvas", "Bamboo", "Recycled PET"]
    items = ["Crewneck Tee", "Hoodie", "Tote Bag", "Cutting Board", "Mug", "Throw Pillow 18\" x 18\"",
             "Notebook A5", "Socks (3-pack)", "Beanie", "Apron"]
    codes = ["TSH", "HOD", "TOT", "CUT", "MUG", "PIL", "NBK", "SCK", "BNI", "APR"]
    addr = [("%d Main St", "Springfield, IL 62704, USA"), ("%d Rue de Rivoli", "75001 Paris, France"),
            ("Bahnhofstrasse %d", "8001 Zürich, Schweiz"), ("%d Queen's Road Central", "Central, Hong Kong"),
            ("Via Garibaldi %d", "10122 Torino TO, Italia"), ("Kungsgatan %d", "111 43 Stockholm, Sverige"),
            ("Nørrebrogade %d", "2200 København N, Danmark"), ("Avenida da Liberdade %d", "1250-096 Lisboa, Portugal")]
    notes = ["leave with neighbour at no. %d", "call %s before delivery", "ring twice, bell %d is broken",
             "side door behind the bakery", "please no plastic packaging", "deliver Mon–Fri only, office hours"]

    def gen():
        k = RNG.randrange(5)
        if k == 0:
            i = RNG.randrange(len(items))
            return "%s %s %s – %s / %s" % (pick(adjs), pick(mats), items[i], pick(COLORS), pick(SIZES))
        if k == 1:
            i = RNG.randrange(len(items))
            return "%s-%s-%s-%03d" % (codes[i], pick(["RED", "NVY", "GRN", "BLK", "SND", "WHT"]),
                                      pick(SIZES), RNG.randint(1, 250))
        if k == 2:
            st, city = pick(addr)
            return "%s %s, %s, %s" % (pick(FIRST), pick(LAST), st % RNG.randint(1, 240), city)
        if k == 3:
            n = pick(notes)
            if "%d" in n:
                n = n % RNG.randint(2, 40)
            elif "%s" in n:
                n = n % ("+49 151 %07d" % RNG.randint(0, 9999999))
            return "Order #%d note: %s" % (RNG.randint(10000, 99999), n)
        cur = pick([("€", "%.2f €"), ("$", "$%.2f"), ("£", "£%.2f"), ("¥", "¥%d"), ("R$", "R$ %.2f")])
        price = RNG.randint(5, 400) + pick([0, 0.5, 0.99, 0.95])
        fmt = cur[1]
        ps = fmt % (int(price) if "%d" in fmt else price)
        return "%s %s — %s (%d in stock)" % (pick(adjs), pick(items), ps, RNG.randint(0, 80))
    return fill(lit, gen)


# ================================================================ 7 analytics-events
def analytics_events():
    lit = [
        "/checkout/step-2?variant=b",
        "/products/linen-shirt?color=sand&size=M#reviews",
        "/search?q=running+shoes&page=2&sort=price_asc",
        "/collections/sale?filter.v.price.gte=10&filter.v.price.lte=50&filter.p.vendor=Acme",
        "https://www.google.com/",
        "https://l.facebook.com/l.php?u=https%3A%2F%2Fshop.example.com%2Fproducts%2Fmug&h=AT0xYz12",
        "android-app://com.google.android.gm/",
        "https://www.bing.com/search?q=linen+shirt+herren&form=QBLH",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36",
        "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
        "Mozilla/5.0 (iPhone; CPU iPhone OS 17_4_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1",
        "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/123.0.6312.99 Mobile Safari/537.36",
        "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
        "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
        "Mozilla/5.0 (compatible; bingbot/2.0; +http://www.bing.com/bingbot.htm)",
        "ShopApp/4.12.0 (iPhone; iOS 17.4; Scale/3.00)",
        "okhttp/4.12.0",
        "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.0.0 Safari/537.36 Edg/122.0.2365.92",
        "facebookexternalhit/1.1 (+http://www.facebook.com/externalhit_uatext.php)",
        "1920x1080",
        "390x844@3x",
        "viewport=1440x789;dpr=2;color_depth=30",
        '{"event":"add_to_cart","product_id":"8841","price":24.99,"currency":"EUR","variant":"M / Sand"}',
        '{"event":"checkout_started","cart_token":"c1-7f3a9b","items":3,"value":"89.70","coupon":null}',
        '{"experiment":"exp_checkout_button_color","variant":"b","assigned_at":"2025-03-04T10:15:22Z"}',
        "exp_checkout_button_color:variant_b",
        "ff.new-search-ui=on;ff.one-page-checkout=off",
        "c++ jobs",
        '"AT&T" plans',
        "50% off",
        "email@domain",
        "women's boots size 8.5",
        "rocking chiar",
        "tshirt -kids",
        "<3 mug",
        "levi's 501 w32/l34",
        "select dining chairs",
        "drop earrings gold",
        "union jack flag",
        "table & 4 chairs",
        "script font stickers",
        "medical alert bracelet",
        '1/2" pipe fitting brass',
        "café grinder",
        "ペン 0.5mm",
        "کفش ورزشی",
        "TypeError: Cannot read properties of undefined (reading 'map') at https://cdn.example.com/app.3f2a.js:1:2345",
        "ReferenceError: gtag is not defined",
        "Uncaught (in promise) ChunkLoadError: Loading chunk 482 failed. (missing: https://cdn.example.com/482.9c1d.js)",
        "SyntaxError: Unexpected token '<', \"<!DOCTYPE \"... is not valid JSON",
        "NetworkError when attempting to fetch resource.",
        "ResizeObserver loop completed with undelivered notifications.",
        "Refused to load the image 'https://tracker.example.net/p.gif' because it violates the following Content Security Policy directive: \"img-src 'self' https://cdn.example.com\".",
        "Script error.",
        "TypeError: null is not an object (evaluating 'document.querySelector(\".cart-count\").textContent')",
        "AbortError: The user aborted a request.",
        "Failed to execute 'postMessage' on 'DOMWindow': The target origin provided ('https://checkout.example.com') does not match the recipient window's origin ('https://shop.example.com').",
    ]
    paths = ["/", "/cart", "/checkout/information", "/checkout/shipping", "/checkout/payment",
             "/account/orders", "/blogs/journal/%s" % "how-to-brew", "/products/%s", "/collections/%s",
             "/pages/faq", "/search"]
    handles = ["linen-shirt", "oak-side-table", "merino-beanie", "cold-brew", "canvas-tote", "rain-jacket"]
    colls = ["new-in", "sale", "men", "women", "home", "gift-ideas"]
    events = ["page_view", "view_item", "add_to_cart", "remove_from_cart", "begin_checkout", "purchase",
              "search", "sign_up", "newsletter_subscribe", "select_promotion"]
    terms = ["linen shirt", "gift card", "mug", "oak table", "size 44", "rain jacket womens", "yoga mat 6mm",
             "vegan leather", "discount code", "return label", "socks 3 pack", "4k hdmi"]

    def page():
        p = pick(paths)
        if "%s" in p:
            p = p % pick(handles if "products" in p else colls)
        return p

    def gen():
        k = RNG.randrange(6)
        if k == 0:
            return page() + "?utm_source=%s&utm_medium=%s" % (pick(["google", "newsletter", "tiktok", "pinterest"]),
                                                             pick(["cpc", "email", "social", "affiliate"]))
        if k == 1:
            return json.dumps({"event": pick(events), "page": page(), "session_id": rand_str(12),
                               "ts": 1711000000000 + RNG.randint(0, 10 ** 9)}, ensure_ascii=False)
        if k == 2:
            v = RNG.randint(118, 125)
            return ("Mozilla/5.0 (%s) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/%d.0.%d.%d Safari/537.36" % (
                pick(["Windows NT 10.0; Win64; x64", "Macintosh; Intel Mac OS X 10_15_7", "X11; Linux x86_64",
                      "Linux; Android 13; SM-S911B"]), v, RNG.randint(6000, 6400), RNG.randint(10, 200)))
        if k == 3:
            return "%dx%d" % pick([(1366, 768), (1536, 864), (2560, 1440), (414, 896), (360, 800), (1280, 720),
                                   (820, 1180), (1680, 1050), (3840, 2160), (768, 1024)])
        if k == 4:
            return json.dumps({"event": "search", "term": pick(terms), "results": RNG.randint(0, 240),
                               "filters": {"in_stock": RNG.random() < 0.5}})
        return "exp_%s:%s" % (pick(["pdp_gallery", "free_ship_bar", "cart_upsell", "search_ranker_v3"]),
                              pick(["control", "variant_a", "variant_b", "holdout"]))
    return fill(lit, gen)


# ================================================================ 8 developer-support
def developer_support():
    lit = [
        'curl -X POST https://api.example-platform.com/v2/orders -H "Authorization: Bearer $TOKEN" -H "Content-Type: application/json" -d \'{"line_items":[{"sku":"TSH-RED-XL-001","quantity":2}]}\'',
        "curl -s -u \"$API_KEY:\" 'https://api.example-platform.com/v2/customers?limit=250&page_info=abc' | jq '.customers[] | {id, email}'",
        'Traceback (most recent call last):\n  File "/app/sync/orders.py", line 88, in fetch_page\n    resp.raise_for_status()\n  File "/usr/local/lib/python3.11/site-packages/requests/models.py", line 1021, in raise_for_status\n    raise HTTPError(http_error_msg, response=self)\nrequests.exceptions.HTTPError: 429 Client Error: Too Many Requests for url: https://api.example-platform.com/v2/orders?status=any',
        "Error: Request failed with status code 401\n    at createError (/srv/app/node_modules/axios/lib/core/createError.js:16:15)\n    at settle (/srv/app/node_modules/axios/lib/core/settle.js:17:12)\n    at IncomingMessage.handleStreamEnd (/srv/app/node_modules/axios/lib/adapters/http.js:269:11)",
        "com.fasterxml.jackson.databind.exc.MismatchedInputException: Cannot deserialize value of type `java.lang.Long` from String \"10234A\": not a valid `java.lang.Long` value\n at [Source: (String)\"{\"order_id\":\"10234A\"}\"; line: 1, column: 13]",
        "panic: runtime error: invalid memory address or nil pointer dereference\n[signal SIGSEGV: segmentation violation code=0x1 addr=0x18 pc=0x6b2f1a]\n\ngoroutine 42 [running]:\nmain.(*Client).ListProducts(0x0, {0x7f1c20, 0xc0000a4000})\n\t/home/dev/platform-sync/client.go:57 +0x3a",
        "System.Net.Http.HttpRequestException: Response status code does not indicate success: 422 (Unprocessable Entity).\n   at System.Net.Http.HttpResponseMessage.EnsureSuccessStatusCode()\n   at Acme.Sync.PlatformClient.CreateProductAsync(Product p) in C:\\src\\Acme.Sync\\PlatformClient.cs:line 112",
        "SELECT order_id, SUM(total) FROM orders WHERE created_at >= '2025-01-01' GROUP BY 1",
        "SELECT c.email, COUNT(*) AS n FROM customers c JOIN orders o ON o.customer_id = c.id GROUP BY c.email HAVING COUNT(*) > 5 ORDER BY n DESC LIMIT 20;",
        "I ran DELETE FROM staging_orders WHERE imported_at < now() - interval '30 days'; on our own warehouse copy and now the export job says 0 rows. Is the export incremental?",
        "ERROR 1064 (42000): You have an error in your SQL syntax; check the manual that corresponds to your MySQL server version for the right syntax to use near 'order, total FROM export_2025' at line 1 -- I guess `order` is reserved? The export CSV has a column called order.",
        "npm install @example-platform/sdk@^3.2.0 --save",
        'pip install "example-platform[async]>=2.1,<3"',
        "docker run --rm -e PLATFORM_API_KEY=sk_test_xxx -e SHOP=acme -p 8080:8080 ghcr.io/acme/sync-worker:1.4",
        'kubectl logs deploy/webhook-consumer -n integrations --since=1h | grep -i "401"',
        "The install script from your docs (curl -fsSL https://cli.example-platform.com/install.sh | bash) fails behind our corporate proxy with 'SSL certificate problem: unable to get local issuer certificate'. Any offline installer?",
        "our nginx shows this in /var/log/nginx/error.log: upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.3.14, server: hooks.acme.io, request: \"POST /platform/webhook HTTP/1.1\"",
        "We host the webhook receiver on IIS; the config is at C:\\inetpub\\wwwroot\\web.config and maxAllowedContentLength is 30000000. Still getting 413 for bulk order payloads.",
        "The CLI stores its token in ~/.config/example-platform/settings.json — can I point it elsewhere with an env var?",
        "Our SKU validation regex is ^[A-Z]{3}-[A-Z]{3}-(XS|S|M|L|XL)-\\d{3}$ but the API accepts lowercase. Is there a server-side pattern?",
        "Postcode check we use: ^[A-Z]{2}\\d{6}$ for the legacy IDs and (?i)^[a-z0-9._%+-]+@[a-z0-9.-]+\\.[a-z]{2,}$ for emails",
        "webhooks:\n  - topic: orders/paid\n    address: https://hooks.acme.io/platform/orders\n    format: json\n  - topic: app/uninstalled\n    address: https://hooks.acme.io/platform/uninstall",
        '[platform]\napi_version = "2025-01"\nshop = "acme-outfitters"\ntimeout_seconds = 30\n\n[retry]\nmax_attempts = 5\nbackoff = "exponential"',
        "PLATFORM_API_KEY=sk_test_51Hx...redacted\nPLATFORM_WEBHOOK_SECRET=whsec_...redacted\nDATABASE_URL=postgres://sync:***@db.internal:5432/sync",
        "Here is my code:\n```js\nconst res = await fetch(`${BASE}/v2/products?limit=50`, { headers: { Authorization: `Bearer ${token}` } });\nconst { products } = await res.json();\n```\nIt returns `products: []` even though the admin shows 300 products.",
        "Using the Python SDK:\n```python\nclient = Platform(api_key=os.environ[\"PLATFORM_API_KEY\"])\nfor page in client.orders.list(status=\"any\", limit=250):\n    print(page.next_cursor)\n```\n`next_cursor` is always None after page 4.",
        "Is `X-RateLimit-Remaining: 0` per app or per shop? We get 429s with only 2 req/s.",
        "GraphQL: query { products(first: 10, query: \"tag:sale AND inventory_total:>0\") { edges { node { id title } } } } returns \"Field 'products' doesn't accept argument 'query'\"",
        "Webhook HMAC doesn't match. We compute base64(hmac_sha256(secret, raw_body)) in PHP: base64_encode(hash_hmac('sha256', $data, $secret, true)); and compare with the X-Platform-Hmac-Sha256 header.",
        "git clone git@github.com:acme/platform-theme.git && cd platform-theme && npm ci && npx platform theme dev --store acme-outfitters",
        "brew install example-platform/tap/cli && platform login --store acme-outfitters.example-platform.com",
        "Get-ChildItem -Path C:\\exports\\*.csv | ForEach-Object { Invoke-RestMethod -Uri $url -Method Post -InFile $_.FullName -ContentType 'text/csv' }",
        "psql \"$DATABASE_URL\" -c \"\\copy (SELECT * FROM platform_orders WHERE shop_id = 42) TO 'orders.csv' CSV HEADER\"",
        "After upgrading to API 2025-01, `customer.default_address` is null for guests. Expected? Changelog only says 'address fields moved'.",
        "Where do I find the app's logs? Tried /var/log/platform-app/*.log and journalctl -u platform-app --since today, both empty.",
        "Our cron (0 */2 * * * /usr/bin/python3 /opt/sync/run.py >> /var/log/sync.log 2>&1) stopped after the token rotation.",
        "bulk operation stuck in RUNNING for 6h, id gid://platform/BulkOperation/7731002. Can you cancel it on your side?",
        "Liquid error (sections/main-product line 84): comparison of String with 0 failed — it's `{% if product.metafields.custom.stock > 0 %}`",
        "The docs say `POST /v2/webhooks` but I get 404; `POST /v2/webhook_subscriptions` works. Typo in docs?",
        "TLS handshake fails from our Java 8 box: javax.net.ssl.SSLHandshakeException: Received fatal alert: protocol_version. Do you still support TLS 1.1?",
        "Thanks, the fix worked! For anyone else: set `Accept-Encoding: gzip` and read the body with `resp.content.decode('utf-8')`, not `resp.text`.",
        "terraform apply fails: Error: POST https://api.example-platform.com/v2/apps: 403 Forbidden {\"errors\":\"[API] This action requires merchant approval for write_themes scope.\"}",
        "Upload fails for filenames with spaces and umlauts, e.g. `Größentabelle Damen (2025).pdf`. Do I need to percent-encode the multipart filename?",
        "wrangler tail shows: Error: Worker exceeded CPU time limit. at handleWebhook (src/index.ts:41:9)",
        "ssh deploy@10.0.4.12 'sudo systemctl restart platform-sync && tail -n 50 /var/log/platform-sync/app.log'",
        "Rate limit math: 40 requests bucket, leak 2/s → with 8 workers we need backoff. Using tenacity: @retry(wait=wait_exponential(min=1, max=30), stop=stop_after_attempt(6))",
    ]
    langs = ["Python 3.11", "Node 20", "PHP 8.2", "Ruby 3.3", "Go 1.22", ".NET 8", "Java 17"]
    endpoints = ["/v2/orders", "/v2/products/{id}/variants", "/v2/customers/search", "/v2/inventory_levels/set",
                 "/v2/webhooks", "/v2/fulfillments", "/v2/metafields", "/v2/price_rules/{id}/discount_codes"]
    codes = [("400", "Bad Request"), ("401", "Unauthorized"), ("403", "Forbidden"), ("404", "Not Found"),
             ("409", "Conflict"), ("422", "Unprocessable Entity"), ("429", "Too Many Requests"),
             ("502", "Bad Gateway"), ("503", "Service Unavailable")]
    pkgs = [("pip install", "requests==2.31.0"), ("pip install", '"httpx[http2]"'), ("npm install", "axios@1.6.8"),
            ("composer require", "guzzlehttp/guzzle:^7.8"), ("gem install", "faraday -v 2.9"),
            ("go get", "github.com/example-platform/go-sdk@v1.4.2"), ("npm install", "@example-platform/sdk@3.2.1")]

    def gen():
        k = RNG.randrange(4)
        if k == 0:
            c = pick(codes)
            return "Using %s, %s %s returns %s %s since this morning. Request id: req_%s. Anyone else?" % (
                pick(langs), pick(["GET", "POST", "PUT", "DELETE"]), pick(endpoints), c[0], c[1], rand_str(16))
        if k == 1:
            tool, pkg = pick(pkgs)
            return "%s %s fails with: %s" % (
                tool, pkg,
                pick(["certificate verify failed: unable to get local issuer certificate",
                      "407 Proxy Authentication Required", "connection timed out after 30000 ms",
                      "permission denied (are you behind the corporate proxy?)"]))
        if k == 2:
            cols, table = pick([("sku, SUM(quantity) AS units", "line_items"),
                                ("customer_id, COUNT(*) AS orders", "orders"),
                                ("DATE(created_at) AS day, SUM(total_price) AS revenue", "export_orders_2025"),
                                ("utm_source, COUNT(DISTINCT session_id) AS visits", "sessions")])
            return "SELECT %s FROM %s WHERE %s GROUP BY %s ORDER BY %s DESC LIMIT %d;" % (
                cols, table,
                pick(["created_at >= '2025-03-01'", "shop_id = %d" % RNG.randint(1, 900),
                      "created_at BETWEEN '2025-01-01' AND '2025-03-31'", "country_code IN ('DE','AT')"]),
                "1", "2", pick([10, 20, 50, 100]))
        c = pick(codes)
        return "%s: %s %s → %s %s (took %d ms)" % (
            pick(["curl -v", "Postman", "Insomnia", "httpie"]), pick(["GET", "POST", "PATCH"]),
            "https://api.example-platform.com" + pick(endpoints), c[0], c[1], RNG.randint(40, 30000))
    return fill(lit, gen)


# ================================================================ 9 content-seo
def content_seo():
    lit = [
        "Unsere Leinenhemden werden in Portugal aus 100 % europäischem Flachs gefertigt. Sie sind atmungsaktiv, knittern charmant und werden mit jeder Wäsche weicher – ideal für heiße Sommertage im Büro oder am Strand.",
        "Découvrez notre nouvelle collection de sacs en cuir végétal : fabriqués à la main à Lyon, ils allient élégance et durabilité. Livraison offerte dès 60 € d'achat et retours gratuits sous 30 jours.",
        "¿Buscas el regalo perfecto? Nuestra guía reúne las mejores ideas por menos de 50 €, desde tazas personalizadas hasta kits de café de especialidad. Envío gratis a toda la península.",
        "Aprenda a escolher o tamanho certo de tênis de corrida: meça o pé no fim do dia, deixe um dedo de folga na ponta e considere o tipo de pisada. Veja a nossa tabela de medidas completa.",
        "Jak dbać o drewniane deski do krojenia? Myj je ręcznie ciepłą wodą, nie zostawiaj w zlewie i raz w miesiącu natłuść olejem mineralnym. Dzięki temu posłużą Ci przez wiele lat.",
        "Kış koleksiyonumuz yayında! Yün karışımlı kabanlarımız hem sıcak tutuyor hem de şıklığından ödün vermiyor. 500 TL ve üzeri siparişlerde kargo bedava.",
        "当店の有田焼マグカップは、職人がひとつひとつ手作業で絵付けしています。電子レンジ・食洗機にも対応しており、毎日のコーヒータイムを特別なものにします。",
        "我们的竹纤维毛巾柔软亲肤、吸水性强，并且天然抑菌。每一条都经过严格质检，适合全家人日常使用。满199元包邮，支持7天无理由退换。",
        "اكتشف مجموعتنا الجديدة من العطور الشرقية المصنوعة من العود والمسك الطبيعي. التوصيل مجاني لجميع الطلبات داخل الإمارات والسعودية، والإرجاع مجاني خلال ١٤ يومًا.",
        "הקולקציה החדשה של כלי המטבח שלנו כבר כאן! סירים ומחבתות מנירוסטה איכותית, מתאימים לכל סוגי הכיריים כולל אינדוקציה. משלוח חינם בהזמנה מעל 300 ₪.",
        "Как выбрать настольную лампу для работы? Обратите внимание на цветовую температуру (4000–5000 K), индекс цветопередачи не ниже 90 и возможность регулировать яркость. Подробнее — в нашем гиде.",
        "हमारी हस्तनिर्मित सूती साड़ियाँ जयपुर के कारीगरों द्वारा ब्लॉक प्रिंटिंग से तैयार की जाती हैं। हर साड़ी अनोखी है और ₹2,000 से अधिक के ऑर्डर पर डिलीवरी मुफ़्त है।",
        "We started roasting coffee in a garage in 2016 with a 1 kg drum roaster and a lot of burnt beans. Today we work directly with eleven farms in Colombia, Ethiopia and Sumatra, pay at least 30% above Fairtrade minimums, and publish every price we pay on our transparency page. This post explains how we choose lots, why we roast light, and what \"direct trade\" really means for the people who grow your coffee.",
        "Linen vs. cotton: which is better for summer? Linen wicks moisture faster and dries in half the time, but wrinkles more; cotton is softer out of the box. If you run hot, pick linen; if you hate ironing, go for a cotton-linen blend (55/45).",
        "10 Gift Ideas Under €50 for Coffee Lovers (2025 Edition)",
        "Free Shipping on Orders Over $75 | Acme Outfitters",
        "Shop handmade stoneware mugs, bowls and plates. Lead-free glazes, dishwasher safe, shipped plastic-free from our studio in Porto.",
        "Die 7 besten Wanderjacken 2025 im Test – wasserdicht, leicht & nachhaltig",
        "Guide des tailles : comment choisir la bonne pointure ?",
        "how-to-clean-a-cast-iron-pan",
        "blog/2025/03/spring-lookbook",
        "Close-up of hands shaping a clay bowl on a pottery wheel",
        "Q: How do we prevent SQL injection? A: We use parameterized queries for every database call and never build SQL by concatenating user input. Our ORM escapes values, and we run automated scans on every release.",
        "Never paste <script> tags into the custom HTML block — use Settings › Tracking scripts instead, where code is reviewed and loaded with a nonce.",
        "Is my payment data safe? Yes. Card numbers never touch our servers: checkout uses a PCI DSS Level 1 provider, all traffic is TLS 1.2+, and we support 3-D Secure.",
        "What is cross-site scripting (XSS)? It's when a site displays text from one user as code in another user's browser. That's why our editor strips event attributes like onclick and blocks javascript: links.",
        "Why can't I upload .exe or .php files? For security, the file manager only accepts images, PDFs, fonts and videos. Files are stored on a separate domain so they can never run on your storefront.",
        'Can I use the word "admin" in my store URL? Yes — only the path /admin is reserved for the dashboard.',
        '{"@context":"https://schema.org","@type":"Product","name":"Linen Shirt","image":"https://cdn.example-shop.com/linen.jpg","offers":{"@type":"Offer","price":"49.00","priceCurrency":"EUR","availability":"https://schema.org/InStock"}}',
        '{"@context":"https://schema.org","@type":"FAQPage","mainEntity":[{"@type":"Question","name":"Do you ship to Switzerland?","acceptedAnswer":{"@type":"Answer","text":"Yes, within 3–5 business days. Duties are included."}}]}',
        '{"@context":"https://schema.org","@type":"BreadcrumbList","itemListElement":[{"@type":"ListItem","position":1,"name":"Home","item":"https://shop.example.com/"},{"@type":"ListItem","position":2,"name":"Mugs","item":"https://shop.example.com/collections/mugs"}]}',
        '{"@context":"https://schema.org","@type":"Organization","name":"Acme Outfitters","url":"https://acme-outfitters.example.com","logo":"https://acme-outfitters.example.com/logo.png","sameAs":["https://www.instagram.com/acme.outfitters"]}',
        "User-agent: *\nDisallow: /admin\nDisallow: /cart\nDisallow: /checkout\nDisallow: /*?*sort_by=\nSitemap: https://shop.example.com/sitemap.xml",
        "User-agent: GPTBot\nDisallow: /",
        "Disallow: /collections/*+*",
        '<link rel="alternate" hreflang="de-AT" href="https://shop.example.com/de-at/" />',
        '<link rel="alternate" hreflang="x-default" href="https://shop.example.com/" />',
        '<link rel="canonical" href="https://shop.example.com/products/linen-shirt" />',
        "<url><loc>https://shop.example.com/products/linen-shirt</loc><lastmod>2025-03-01</lastmod><changefreq>weekly</changefreq><priority>0.8</priority></url>",
        '<sitemap><loc>https://shop.example.com/sitemap_products_1.xml?from=1&amp;to=9999</loc></sitemap>',
        '<url><loc>https://shop.example.com/fr/produits/chemise-lin</loc><xhtml:link rel="alternate" hreflang="de" href="https://shop.example.com/de/produkte/leinenhemd"/></url>',
        '<meta name="description" content="Handmade ceramics from Porto — mugs, plates &amp; vases. Free EU shipping over €60.">',
        '<meta property="og:title" content="Spring Lookbook 2025 | Linen &amp; Co">',
        "Security tip for store owners: if an email asks you to 'verify your store' and links to a login page that isn't admin.example-platform.com, don't type your password — report it to us.",
        "Our checkout is protected against brute-force attacks with rate limiting and CAPTCHA. If you see 'Too many attempts', wait 15 minutes.",
        "Why do we ask for 2FA? Because passwords leak. With two-factor authentication, a stolen password alone can't be used to log in to your store.",
    ]
    titles = ["How to Style a Linen Shirt", "The Complete Guide to Pour-Over Coffee", "Caring for Oak Furniture",
              "What Is Merino Wool?", "Our 2025 Sustainability Report", "Packing List for a Weekend Hike",
              "5 Ways to Reduce Returns", "Behind the Scenes at Our Studio"]
    suffixes = [" | Acme Outfitters", " – Linen & Co", " | Journal", " (Updated %d)" % 2025, " — Step by Step", ""]
    metas = ["Learn %s in under five minutes, with photos and a free printable checklist.",
             "Everything you need to know about %s: materials, care and the mistakes to avoid.",
             "Our team shares tips on %s, plus a 10%% discount for newsletter readers."]
    topics = ["caring for linen", "brewing pour-over coffee", "oiling a cutting board", "choosing hiking socks",
              "storing wool sweaters", "picking the right mug size"]
    langs = [("de", "de-DE"), ("fr", "fr-FR"), ("es", "es-ES"), ("pt", "pt-BR"), ("pl", "pl-PL"), ("tr", "tr-TR"),
             ("ja", "ja-JP"), ("en", "en-GB"), ("nl", "nl-NL"), ("it", "it-IT")]

    def gen():
        k = RNG.randrange(5)
        if k == 0:
            return pick(titles) + pick(suffixes)
        if k == 1:
            return pick(metas) % pick(topics)
        if k == 2:
            t = pick(titles).lower()
            slug = "".join(c if c.isalnum() else "-" for c in t).strip("-")
            while "--" in slug:
                slug = slug.replace("--", "-")
            return slug + pick(["", "-2025", "-guide"])
        if k == 3:
            code, tag = pick(langs)
            return '<link rel="alternate" hreflang="%s" href="https://shop.example.com/%s/%s" />' % (
                tag, code, pick(["", "collections/sale", "pages/about", "blogs/journal"]))
        return "%s %s %s" % (pick(["Photo of", "Close-up of", "Flat lay showing", "Detail shot of"]),
                             pick(["the", "our"]), pick(["linen shirt in sand", "speckled mug", "oak side table",
                                                             "merino beanie", "hiking backpack", "espresso cups"]))
    return fill(lit, gen)


# ================================================================ 10 automation-rules
def automation_rules():
    lit = [
        "if order.total > 100 and customer.tags contains 'vip' then add_tag('priority')",
        'IF(AND({Status}="Paid",{Total}>0),"ok","check")',
        "=SUM(B2:B10)*0.2",
        "=VLOOKUP(A2,Prices!A:B,2,FALSE)",
        "=IFERROR(INDEX(Stock!C:C,MATCH(A2,Stock!A:A,0)),0)",
        '=TEXT(TODAY(),"yyyy-mm-dd")',
        '=CONCATENATE(B2," ",C2)',
        '=COUNTIFS(Orders!D:D,"paid",Orders!E:E,">="&DATE(2025,1,1))',
        '=ROUND(D2*(1-E2)+IF(F2="express",9.9,4.9),2)',
        'country in ["DE","AT"] && app_version >= "4.2.0"',
        'user.plan == "enterprise" || user.email.endsWith("@acme.example")',
        "percentage_rollout(user.id, 25) and not user.is_internal",
        "/old-path/* -> /new-path/:splat 301",
        "/blog/:year/:month/:slug  /journal/:slug  301!",
        "rewrite ^/shop/(.*)$ /store/$1 permanent;",
        "RewriteRule ^product/([0-9]+)/?$ /products/$1 [L,R=301]",
        "^/category/(?P<slug>[a-z0-9-]+)/?$ => /collections/{slug}",
        "/collections/all?sort_by=price-ascending -> /collections/all?sort=price 302",
        "when: order.created\nconditions:\n  - shipping_address.country != \"US\"\nactions:\n  - send_email(template: \"intl_customs\")",
        '{"and":[{">":[{"var":"cart.total"},50]},{"in":[{"var":"customer.segment"},["loyal","vip"]]}]}',
        '{"if":[{"<":[{"var":"inventory.available"},5]},"reorder","ok"]}',
        'request.auth.claims.email_verified == true && resource.name.startsWith("projects/acme/")',
        'event = "Order Completed" AND properties.revenue > 200 WITHIN 30 days',
        "(Only continue if) Total price (Number) Greater than 250",
        'DATETIME_DIFF(TODAY(), {Last order}, "days") > 90',
        'if(prop("Stock") < 5, "⚠️ reorder", "")',
        "tag_with('wholesale') when customer.note matches /net ?30/i",
        "order.line_items.any(li => li.sku.startsWith('GIFT-')) ? 'gift' : 'standard'",
        "customer.orders_count == 1 and order.discount_codes is empty → send 'welcome_2nd_order' after 14d",
        "IF({Country} = \"DE\", {Net} * 1.19, IF({Country} = \"AT\", {Net} * 1.2, {Net}))",
        "inventory < reorder_point AND supplier.lead_time_days <= 7 => create_purchase_order(qty = reorder_qty * 2)",
        "trigger: product.updated | filter: changes.price.old > changes.price.new | action: notify('#pricing', 'Price drop on {{product.title}}')",
        "segment: last_order_at < now() - 180d AND total_spent >= 500 AND accepts_marketing = true",
        "schedule: every weekday at 08:00 Europe/Berlin → export orders where status = 'unfulfilled' to sftp",
        "CASE WHEN total >= 200 THEN 'gold' WHEN total >= 100 THEN 'silver' ELSE 'bronze' END",
        "score = 0.4 * recency + 0.35 * frequency + 0.25 * monetary; if score > 0.7: tag('champion')",
        "email matches '.+@(gmail|outlook|yahoo)\\.com$' and not tags.includes('b2b')",
        "$.order.shipping_lines[0].code == 'EXPRESS' && $.order.total_weight < 2000",
        "=ARRAYFORMULA(IF(A2:A=\"\",,B2:B*C2:C))",
        "=XLOOKUP(E2,Products[SKU],Products[Price],\"n/a\")",
        "=SUMIFS(Revenue,Region,\"EMEA\",Month,\">=\"&EOMONTH(TODAY(),-2)+1)",
        'header("X-Robots-Tag") = "noindex" when path ~ "^/(cart|checkout|account)"',
        "redirect 302 /sale https://shop.example.com/collections/spring-sale?utm_source=redirect",
        "/de/* /de-de/:splat 301\n/fr/* /fr-fr/:splat 301",
        "if weight_g > 2000 then carrier := 'DHL Paket' else carrier := 'Deutsche Post Warenpost'",
        "discount = min(cart.subtotal * 0.1, 25.00) if customer.first_order else 0",
        "after 3 failed payments → pause_subscription(); notify(customer, 'payment_failed_final')",
    ]
    fields = ["order.total", "cart.item_count", "customer.orders_count", "customer.total_spent",
              "order.shipping_address.country", "line_item.quantity"]
    ops = [">", ">=", "<", "==", "!="]
    acts = ["add_tag('%s')", "remove_tag('%s')", "send_email('%s')", "notify_slack('#orders', '%s')",
            "set_priority('%s')"]
    words = ["priority", "review", "vip-followup", "fraud-check", "wholesale", "gift", "express"]

    def gen():
        k = RNG.randrange(5)
        if k == 0:
            f = pick(fields)
            v = "'%s'" % pick(COUNTRIES) if "country" in f else str(RNG.randint(1, 500))
            return "if %s %s %s then %s" % (f, pick(ops) if "country" not in f else pick(["==", "!="]), v,
                                           pick(acts) % pick(words))
        if k == 1:
            c = pick("BCDEF")
            return "=%s(%s2:%s%d)%s" % (pick(["SUM", "AVERAGE", "MAX", "MIN", "COUNTA"]), c, c, RNG.randint(10, 500),
                                       pick(["", "*1.19", "/12", "-$H$1", "*0.2"]))
        if k == 2:
            return "/%s/* -> /%s/:splat %d" % (pick(["old-shop", "store", "catalog", "blog", "en-us", "sale-2024"]),
                                               pick(["shop", "collections", "journal", "en", "sale"]),
                                               pick([301, 302, 308]))
        if k == 3:
            return 'country in %s && app_version >= "%d.%d.0"' % (
                json.dumps(RNG.sample(COUNTRIES, RNG.randint(1, 3))), RNG.randint(3, 6), RNG.randint(0, 9))
        return 'IF({%s}%s%d,"%s","%s")' % (pick(["Qty", "Total", "Stock", "Days since order"]), pick([">", "<", ">="]),
                                           RNG.randint(1, 100), pick(["high", "ok", "reorder"]), pick(["low", "check", "-"]))
    return fill(lit, gen)


CATEGORIES = [
    ("filter-queries", filter_queries),
    ("rich-text-html", rich_text_html),
    ("templates", templates),
    ("css-theme", css_theme),
    ("webhooks-integrations", webhooks_integrations),
    ("product-and-orders", product_and_orders),
    ("analytics-events", analytics_events),
    ("developer-support", developer_support),
    ("content-seo", content_seo),
    ("automation-rules", automation_rules),
]


def main():
    rows, seen, counts = [], set(), {}
    for cat, fn in CATEGORIES:
        for v in fn():
            assert isinstance(v, str) and len(v) < MAX_LEN, (cat, v)
            if v in seen:  # a value may only appear once in the file
                continue
            seen.add(v)
            counts[cat] = counts.get(cat, 0) + 1
            rows.append((cat, v))
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for i, (cat, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "hb17-%05d" % i, "category": cat, "label": "benign", "value": v},
                               ensure_ascii=False) + "\n")
    for cat, _ in CATEGORIES:
        print("%-24s %d" % (cat, counts.get(cat, 0)))
    print("%-24s %d" % ("total", len(rows)))


if __name__ == "__main__":
    main()
