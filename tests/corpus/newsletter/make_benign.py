"""Benign held-out corpus for the newsletter / e-mail marketing theme.

Every value is text a real user of an e-mail marketing platform types or pastes
into an ordinary field: subject lines, merge-tag template snippets, HTML e-mail
fragments, segment rules, footer / unsubscribe text, A/B test notes, pasted CSV
contact imports, webhook URLs and payloads, deliverability notes and general
campaign notes. They are deliberately HARD negatives (quotes, ;, |, &, <, >, {},
$, ../, SQL / shell words in innocent context), but never attack-shaped.

All literals were hand-written for this corpus; the template functions only
recombine small hand-written pools. Standard library only, deterministic.
"""
import json
import random
from pathlib import Path

SEED = 8001
PER_CATEGORY = 80
PREFIX = "hb80"

# ---------------------------------------------------------------- literals

SUBJECT_LINES = [
    "🎉 Your March picks are here, {{ first_name }}!",
    "Last chance: 20% off ends tonight ⏰",
    "Re: your question about the 'Select' plan",
    "Don't miss out — doors open at 7pm",
    "*|FNAME|*, we saved you a seat 🎟️",
    "Rabatt -30 % nur bis Sonntag 🛒",
    "Les nouveautés d'avril sont arrivées 🌸",
    "¡Tu resumen semanal está listo! 📬",
    "新着情報：春のセールが始まりました 🌸",
    "Q3 update: drop-in sessions & new office hours",
    "Price drop alert: 3 items on your wishlist fell below $50",
    "You're in! Confirm your subscription ✅",
    "[Action required] Update your billing details by 05/31",
    "Union Square pop-up: this Saturday only",
    "Sleep better tonight: 5 tips from our team 😴",
    "Black Friday <early access> starts now",
    "Who's coming? RSVP by Friday | Team Offsite 2024",
    "Hey %%FirstName%%, your order #48213 has shipped 📦",
    "Your 2023 in review: 142 reads, 38 hours 📚",
    "Exec summary: what changed in the product this month",
    "Script & Screen: our new screenwriting workshop",
    "Alert: your free trial ends in 3 days",
    "Dobrý den! Nová kolekce je tady",
    "Новая рассылка: итоги года 🎄",
    "Weekly digest — issue #87 / 'the one about caching'",
    "Tom & Jerry's Bakery: 2-for-1 sourdough on Tuesdays",
    "Ça y est : la billetterie est ouverte !",
    "Ends @ midnight: free shipping on orders $25+",
    "You left something in your cart 👀 (and it's almost gone)",
    "Prost! 🍺 Oktoberfest-Special für Abonnenten",
    "Σας ευχαριστούμε για την εγγραφή σας",
    "Members-only: system design AMA on Thursday",
    "Your password was changed — wasn't you? Let us know",
    "Back in stock: the 'Union' canvas tote",
    "Quick question, {{ contact.first_name | default: 'there' }}",
    "[TEST] Subject line B – shorter, no emoji",
    "🚀 v2.4 is live: bulk select, undo & dark mode",
    "O'Reilly's Pub: trivia night returns 🍀",
    "Year-end giving: 100% of today's gifts are matched",
    "R.S.V.P. → Gala 2024 / 15.11. / Kulturhaus",
    "תודה שנרשמת לניוזלטר שלנו",
    "Il tuo codice sconto: PRIMAVERA24 🌷",
    "Heads up: scheduled maintenance Sun 02:00–04:00 UTC",
    "Webinar: 'Drop the jargon' — writing emails people read",
    "Ready, set, sale! Up to 70% off ⚡",
    "Hi {{first_name}} 👋 a quick favor?",
    "Pssst… 24h flash sale starts now",
    "Kết quả tuần này: 12 bài viết mới",
    "Wie war's? Bewerte deinen Einkauf ⭐⭐⭐⭐⭐",
    "Your invoice INV-2024-0192 is ready",
    "Spring > winter. Here's proof 🌼",
    "Execute your 2025 plan: free planner template inside",
]

MERGE_TEMPLATES = [
    '{{ first_name | default: "friend" }}',
    "Hi *|FNAME|*, thanks for joining *|LIST:COMPANY|*!",
    "Dear %%FirstName%% %%LastName%%,",
    "{% if vip %}Your VIP code: {{ vip_code }}{% else %}Join VIP today{% endif %}",
    "{% for item in cart.items %}{{ item.title }} x{{ item.quantity }}\n{% endfor %}",
    '%%[ SET @name = AttributeValue("FirstName")\nIF Empty(@name) THEN SET @name = "there" ENDIF ]%%\nHi %%=v(@name)=%%,',
    "{{#if subscriber.is_member}}Member price: {{price}}{{else}}Regular price: {{price}}{{/if}}",
    "*|IF:MERGE3=Berlin|*Wir sehen uns in Berlin!*|ELSE:|*See you soon!*|END:IF|*",
    '{{ "now" | date: "%B %d, %Y" }}',
    "Total: {{ order.total | money_with_currency }}",
    'Hello {{ contact.first_name | capitalize | default: "there" }} 👋',
    "{% assign days_left = trial_days | minus: days_used %}Only {{ days_left }} days left!",
    '{{ first_name|title }} — your {{ plan }} plan renews on {{ renewal_date|date:"d.m.Y" }}.',
    "*|MC:SUBJECT|*",
    "*|ARCHIVE|* | *|UNSUB|* | *|UPDATE_PROFILE|*",
    '{{ contact.FIRSTNAME | default : "cher client" }}',
    "Bonjour {{ params.prenom }}, votre commande n°{{ params.order_id }} est prête.",
    "{{ event.properties.product_name }} is back in stock!",
    '{% if customer.tags contains "wholesale" %}Wholesale pricing applies.{% endif %}',
    '{% unless subscriber.country == "US" %}Prices shown in EUR.{% endunless %}',
    "{{{ footer_html }}}",
    "{{> header }}\n{{> product_grid products=recommended }}\n{{> footer }}",
    "Hi {FNAME}, your code is {COUPON}. It expires {EXPIRY}.",
    "{{lead.First Name:default=there}}, your rep {{my.Rep Name}} will call you this week.",
    "#set($name = ${lead.FirstName})\n#if($name.isEmpty())Hi there#else Hi ${name}#end,",
    '{{ "Hello" if lang == "en" else "Hallo" }}, {{ name }}',
    '{% set greeting = "Guten Morgen" if hour < 12 else "Guten Tag" %}{{ greeting }}, {{ vorname }}!',
    "{{ product.price | minus: product.discount | round: 2 }} €",
    "View online: %%view_email_url%% · Preferences: %%profile_center_url%%",
    '<a href="{{ unsubscribe_url }}">Unsubscribe</a> · <a href="{{ preferences_url }}">Preferences</a>',
    "{% comment %} TODO: swap hero image after 5/1 {% endcomment %}",
    "{{#each items}}<li>{{this.name}} – {{this.price}}</li>{{/each}}",
    '{{ first_name | default: "there" | escape }}',
    '{% if last_order_date > "2024-01-01" %}Welcome back!{% endif %}',
    "*|FNAME|* *|LNAME|* <*|EMAIL|*>",
    'Hola {{nombre | default: "amig@"}}, ¿qué tal?',
    '{{ first_name | default: "お客様" }}さん、こんにちは',
    '{% case plan %}{% when "pro" %}Pro tips inside{% when "free" %}Upgrade for 20% off{% else %}Hi!{% endcase %}',
    "{{ content_blocks.${footer_de} }}",
    "{% connected_content https://api.shop.example.com/recs?user={{${user_id}}} :save recs %}{{ recs.items[0].title }}",
    '{{${first_name} | default: "friend"}}',
    "Your tier: {{custom_attribute.${loyalty_tier}}}",
    '%%[IF @tier == "gold" THEN]%%Gold perks inside%%[ELSEIF @tier == "silver" THEN]%%Silver perks%%[ENDIF]%%',
    "{{ discount | times: 100 }}% off everything in {{ category | downcase }}",
    "Dear {{ salutation }} {{ last_name }},\n\nthank you for your order.",
    "{% if opens_30d == 0 %}We miss you!{% elsif opens_30d > 10 %}You're a superfan 🏆{% endif %}",
    "{{ 'spring_banner.png' | asset_url | img_tag: 'Spring' }}",
    "Ciao {{ nome | default: 'amico' }}, ecco le novità della settimana!",
    "{{ order.shipping_address.city }}, {{ order.shipping_address.zip }}",
    "{% raw %}{{ first_name }}{% endraw %} ← this is how you write a merge tag in our docs",
    '*|IF:INTERESTS=Wine|*Our sommelier picks 🍷*|END:IF|*',
    "%%=Format(Now(), 'dd.MM.yyyy')=%%",
]

HTML_FRAGMENTS = [
    '<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center" style="padding:24px 0;">',
    '<a href="https://shop.example.com/spring?utm_source=newsletter&utm_medium=email&utm_campaign=spring24" style="color:#0a66c2;text-decoration:none;">Shop the collection →</a>',
    '<span class="preheader" style="display:none!important;visibility:hidden;mso-hide:all;font-size:1px;line-height:1px;max-height:0;max-width:0;opacity:0;overflow:hidden;">Your weekly roundup, plus a little surprise inside.</span>',
    '<!--[if mso]><table><tr><td width="600"><![endif]-->',
    '<img src="https://cdn.example.com/img/hero-april.jpg" alt="Spring flowers on a kitchen table" width="600" style="display:block;border:0;">',
    "<p style=\"font-family:Georgia,'Times New Roman',serif;font-size:16px;\">Dear friends,</p>",
    "<style>@media only screen and (max-width:480px){ .col { width:100% !important; display:block !important; } }</style>",
    '<td style="background-color:#f4f4f4;"><h1 style="margin:0;">Hello, {{ first_name }}!</h1></td>',
    '<a href="mailto:support@example.com?subject=Question%20about%20my%20order">Reply to us</a>',
    '<div style="font-size:12px;color:#888;">You are receiving this because you signed up at example.com. <a href="*|UNSUB|*">Unsubscribe</a></div>',
    '<table><tr><td bgcolor="#e94e1b" style="border-radius:4px;"><a href="https://example.com/rsvp?utm_campaign=gala&amp;utm_content=button" style="display:inline-block;padding:12px 24px;color:#ffffff;">RSVP now</a></td></tr></table>',
    '<!--[if !mso]><!--><div class="mobile-only">Tap to call</div><!--<![endif]-->',
    '<v:roundrect xmlns:v="urn:schemas-microsoft-com:vml" href="https://example.com/read" style="height:40px;v-text-anchor:middle;width:200px;" arcsize="10%" fillcolor="#1e88e5"><center style="color:#ffffff;">Read more</center></v:roundrect>',
    '<meta name="x-apple-disable-message-reformatting"><meta name="color-scheme" content="light dark">',
    "<p>Orders &gt; $100 ship free &amp; returns are on us.</p>",
    "<ul><li>Select your size</li><li>Drop it in the cart</li><li>Done!</li></ul>",
    '<blockquote style="border-left:3px solid #ccc;padding-left:12px;">"Best newsletter I read all week." — Maria, Lisbon</blockquote>',
    '<a href="https://example.com/événements/été-2024?utm_source=nl">Nos événements d\'été</a>',
    '<p dir="rtl" style="text-align:right;">مرحبا {{ first_name }}، شكرا لاشتراكك!</p>',
    '<font face="Arial" size="2">Sent from our office in Zürich</font>',
    '<div class="footer">&copy; 2024 Example GmbH · Hauptstraße 5 · 10115 Berlin</div>',
    '<img src="https://t.example.com/open/{{ message_id }}.gif" width="1" height="1" alt="" style="display:none">',
    '<a href="{{ view_in_browser_url }}" target="_blank" rel="noopener">View this email in your browser</a>',
    '<table class="product"><tr><td><img src="https://cdn.example.com/p/mug.jpg" width="120" alt="Mug"></td><td><strong>Union Jack Mug</strong><br>£12.00</td></tr></table>',
    '<p style="margin:0 0 16px;">Q&amp;A: "Can I drop my plan mid-month?" Yes — select <em>Billing › Change plan</em>.</p>',
    '<a href="https://example.com/r?url=https%3A%2F%2Fblog.example.com%2Fpost%2F42&utm_medium=email">Read the post</a>',
    '<hr style="border:none;border-top:1px solid #eee;margin:32px 0;">',
    '<link href="https://fonts.googleapis.com/css2?family=Inter:wght@400;700&display=swap" rel="stylesheet">',
    '<center><a href="https://example.com/webinar?utm_source=newsletter&utm_medium=email&utm_campaign=q3_webinar&utm_term=sql+tips">Save my seat for "SQL tips for marketers"</a></center>',
    "<div style=\"background:url('https://cdn.example.com/bg.png') no-repeat center/cover;\">",
    '<span style="font-size:0;max-height:0;overflow:hidden;">&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;&zwnj;&nbsp;</span>',
    "<p>Hi there,<br><br>Thanks for being with us since 2019.<br>— The Team</p>",
    '<a href="tel:+4930123456" style="color:inherit;">+49 30 123456</a>',
    "<p>Use code <code>SAVE20</code> at checkout &mdash; valid until 31.05.</p>",
    '<body style="margin:0;padding:0;-webkit-text-size-adjust:100%;-ms-text-size-adjust:100%;">',
    '<a href="https://example.com/unsubscribe?e={{ email | url_encode }}&l=weekly">Abmelden</a>',
    '<div lang="ja">このメールは配信専用です。ご返信いただいてもお答えできません。</div>',
    '<img src="cid:logo@example" alt="Example logo" width="140">',
    "<table><tr><td>Opens</td><td>42%</td></tr><tr><td>Clicks</td><td>6.1%</td></tr></table>",
    '<a href="https://docs.example.com/api#select-fields">Select fields in the API</a>',
    '<h2 style="font:bold 22px/1.3 Helvetica,Arial,sans-serif;">Drop 1: the winter capsule</h2>',
    "<p>Reply STOP to opt out · Msg &amp; data rates may apply</p>",
    '<table bgcolor="#fff8e1"><tr><td>⚠️ Heads up: our office is closed 24.12.–01.01.</td></tr></table>',
    '<a href="https://example.com/?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign=welcome_series_3&amp;utm_content=footer_logo"><img src="https://cdn.example.com/logo.png" alt="Example Co."></a>',
    '<td class="stack-column-center" style="width:50%;vertical-align:top;">\n  <p>Left column text</p>\n</td>',
    "<!-- hero block: swap image for DE version -->",
    '<p style="color:#555;">P.S. Our annual report (PDF, 2 MB) is <a href="https://example.com/files/report-2023.pdf">here</a>.</p>',
    '<ol start="3"><li>Export your list</li><li>Import it back with the new columns</li></ol>',
    '<a href="https://example.com/rezepte?utm_source=newsletter&utm_medium=email&utm_campaign=kw12&utm_content=rezept_1" title="Zum Rezept">Zum Rezept »</a>',
    '<div style="max-width:600px;margin:0 auto;" class="email-container">',
]

SEGMENT_RULES = [
    "opens > 3 AND last_click < 30d",
    'country = "DE" OR country = "AT" OR country = "CH"',
    'tags contains "vip" AND NOT tags contains "churned"',
    "signup_source IN ('webinar', 'ebook', 'popup')",
    "last_purchase_date >= 2024-01-01 AND lifetime_value > 250",
    'email ends with "@gmail.com" | exclude hard bounces',
    "(opened any campaign in last 90 days) and (not clicked in last 30 days)",
    'plan != "free" && seats >= 5',
    "lang in [de, fr, it] ; timezone = Europe/*",
    "first_name is blank OR first_name = 'Test'",
    "engagement_score between 40 and 70",
    "birthday month = current month",
    "cart_value > 0 and cart_updated_at < now-2h and order_count = 0",
    'utm_campaign matches "^spring_.*" AND device = mobile',
    'zip starts with "10" or zip starts with "11"',
    "score >= 9 /* promoters */ AND survey_answered_at > -14d",
    "domain NOT IN (example.org, test.example.com) -- exclude internal",
    "opens_last_7d >= 1 || clicks_last_7d >= 1",
    'Segment "Dormant 6m+": last_open < 180d ago; exclude: purchased < 30d',
    "Kaufdatum > 01.03.2024 UND Warenkorbwert >= 50 €",
    "pays = \"FR\" ET consentement = oui",
    "title contains 'Director' or title contains 'VP' or title contains 'Head of'",
    'custom_field[company_size] in ("51-200", "201-500")',
    'event "Order Completed" count >= 2 within 60 days',
    "NOT (status = unsubscribed OR status = cleaned)",
    'email_domain = "yahoo.co.jp" AND opens > 0',
    "age >= 18 AND age <= 34; interests: running|cycling|swimming",
    'viewed category = "shoes" & purchased category != "shoes"',
    "last_login is null and created_at < 2023-12-31",
    'list = "Newsletter DE" AND double_opt_in = true',
    'rfm_segment in ("Champions","Loyal") and predicted_churn < 0.2',
    'city = "São Paulo" or city = "Rio de Janeiro"',
    "device_os = iOS; app_version >= 5.2.0",
    "total_orders > 1 and avg_order_value > 80 -- repeat buyers",
    "interest_tags any of ['wine', 'cheese', 'travel']",
    "Opened ≥ 2 of last 5 campaigns",
    'clicked link matching "*/pricing*" in last 14 days',
    'sms_opt_in = true AND phone starts with "+49"',
    'referrer_url contains "partner.example.net/?ref="',
    "SELECT DISTINCT external_user_id\nFROM USERS_BEHAVIORS_CUSTOMEVENT_SHARED\nWHERE name = 'wishlist_add'\n  AND time > DATEADD(day, -30, CURRENT_DATE())",
    "WITH buyers AS (\n  SELECT user_id FROM orders WHERE created_at >= '2024-01-01'\n)\nSELECT user_id FROM buyers GROUP BY user_id HAVING COUNT(*) >= 3",
    "days_since_last_open: 30..60",
    "opens = 0 AND delivered >= 5 → sunset flow",
    'tier == "gold" and (region == "EMEA" or region == "APAC")',
    "email_client in {Apple Mail, Gmail, Outlook}",
    "注册时间 > 2024-01-01 且 打开次数 >= 3",
    'signup_form = "Footer" | "Popup" | "Checkout"',
    "deleted_at IS NULL AND bounce_count < 3",
    "Registrados hace < 7 días y sin compra",
    "(opens_90d = 0) AND (clicks_90d = 0) AND (signup_date < 2023-06-01)",
    'company_name contains "&" or company_name contains "GmbH"',
]

FOOTER_TEXT = [
    "You're receiving this email because you subscribed at example.com. Don't want these? Unsubscribe | Manage preferences",
    "Example Inc., 123 Main St, Suite 400, Portland, OR 97205",
    "© 2024 Example GmbH — Alle Rechte vorbehalten. Impressum | Datenschutz | Abmelden",
    "Unsubscribe reason (optional): too many emails, I get 3/day & it's too much",
    "I never signed up for this; please remove me from ALL lists. My address: jane.doe@example.org",
    "Vous recevez cet e-mail car vous êtes inscrit(e) à notre newsletter. Se désinscrire",
    "Not interested anymore - switched providers",
    "To stop receiving these emails, reply with 'unsubscribe' or click here: *|UNSUB|*",
    "Sent with ♥ from Lisbon · Rua Augusta 12, 1100-053 Lisboa",
    "This message was sent to {{ email }}. If you no longer wish to receive these emails you may unsubscribe at any time.",
    "Please drop me from the marketing list but keep order/shipping notifications.",
    "Reason: content not relevant; I'm in sales, not engineering",
    "Forwarded this email? Sign up here → https://example.com/subscribe?ref=fwd",
    "Manage your preferences: weekly | monthly | only product updates",
    "Diese E-Mail wurde an max.mustermann@example.de gesendet. Wenn Sie keine weiteren E-Mails erhalten möchten, können Sie sich hier abmelden.",
    "Stop sending me this garbage!!! >:(",
    "Privacy Policy | Terms & Conditions | Contact us",
    "Registered in England & Wales, No. 01234567. VAT GB123456789.",
    "Too frequent. Once a month would be fine :)",
    "We're sorry to see you go. You've been removed from 'Weekly Deals' — you'll still get receipts.",
    "Please unsubscribe my old address m.rossi@example.it; I use m.rossi@example.com now",
    "Reply to this email — a real human (hi, it's Sam) reads every one.",
    "Unsubscribe | Update profile | View in browser | Forward to a friend",
    "このメールの配信停止をご希望の場合は、こちらから手続きしてください。",
    "Si no deseas recibir más correos, haz clic aquí para darte de baja.",
    "Our mailing address is: *|HTML:LIST_ADDRESS_HTML|*",
    "Copyright © *|CURRENT_YEAR|* *|LIST:COMPANY|*, All rights reserved.",
    "This email was sent by: Example Ltd; 5 Harbour Rd; Cork; Ireland",
    "Need help? Call 1-800-555-0199 (Mon–Fri, 9am–5pm ET) or email help@example.com",
    "Feedback: the unsubscribe link went to a 404 page (/prefs/unsub?id=...) so I had to email you instead",
    "Please remove me. I've asked twice already (ticket #5521 & #5587).",
    "P.S. If the 'unsubscribe' button doesn't work, just reply 'STOP'.",
    "Why am I getting this? I bought one thing in 2019 -_-",
    "Wypisz mnie z listy, proszę. Dziękuję.",
    "Отписаться от рассылки | Настройки подписки",
    "Don't want to miss anything? Add news@example.com to your contacts.",
    "You can opt out any time: Settings > Notifications > Email > Newsletter (off)",
    "Offer valid 1–31 May while supplies last; cannot be combined with other offers. See site for details*",
    "* Terms apply. 0% APR for 12 months on purchases > $499 with approved credit.",
    "Unsubscribed by mistake — can you add me back? same email",
    'Reason for leaving: other — "I\'m moving to Canada and the deals don\'t apply"',
    "Pause emails for: 1 week / 1 month / 3 months",
    "Non voglio più ricevere queste email, grazie",
    "Je me suis désabonné(e) mais je reçois encore vos mails depuis le 12/03…",
    "This is a transactional email; you can't unsubscribe from order confirmations.",
    "Sent to you by Acme Widgets | 1 Harbor Way & Co. | Unsubscribe: https://acme.example.com/u/8f3a2c?list=news",
    "Reason: I prefer your RSS feed (/feed.xml) instead",
    "unsubscribe",
    "Too salesy; I subscribed for the engineering posts (the exec summaries were fine)",
    "Mi-am dezabonat soția din greșeală, o puteți readăuga? Mulțumesc!",
    "Dear team,\nplease delete all my data under GDPR Art. 17.\nRegards,\nK. Nowak",
]

AB_TEST_NOTES = [
    "A/B test #12: subject A 'Your cart misses you' vs B 'Still thinking it over?' — B won on opens (+2.3 pts), A on clicks.",
    "Variant B: emoji in subject 🎁 → open rate 24.1% vs 21.8% (n=12,400 each, p=0.03)",
    "Winner criteria: click rate after 4h; send winner to remaining 80%",
    "Test hero image: lifestyle vs product-on-white. Hypothesis: lifestyle drives more clicks on mobile.",
    "Don't compare opens after Apple MPP — use clicks/conversions only!",
    "Split 50/50; holdout 10%; duration 48h; metric = revenue per recipient",
    "Sender name: 'Anna from Example' vs 'Example Team' => personal name +11% opens",
    "Result inconclusive (p=0.41). Re-run with larger sample; drop the Tuesday send.",
    "CTA copy: 'Select your plan' vs 'Start free' — 'Start free' won by 0.8pp CTR",
    "Preheader test: blank vs 'Inside: 3 recipes & a discount' — preheader won",
    "Test 2024-05: send time 07:00 vs 19:00 local. Evening won in DE/AT, morning in US.",
    "Note for Lena: don't union the two test cells in the report, they overlap (same seed list)",
    "Variant C killed after 2h — the button href pointed to ../sale instead of /sale (404s)",
    "B > A for opens; A > B for revenue. Ship A.",
    "Personalized subject ({{ first_name }}, ...) vs generic: +1.2 pts opens, no change in unsubscribes",
    "Multivariate: 2 subjects × 2 images × 2 CTAs = 8 cells, min 5k per cell",
    "Ergebnis: Variante A (ohne Rabattcode im Betreff) hatte 14 % weniger Abmeldungen.",
    "Résultat : la version B (« Dernière chance ») a obtenu +18 % de clics.",
    "Confidence 95%; uplift = (B - A) / A = 7.4%",
    "Drop the exclamation marks — spam score went from 1.2 to 3.8 in variant B!!!",
    "Control: plain-text style; treatment: designed HTML. Plain text got 2x replies.",
    "Please don't touch the test while it's running (sleep on it, check tomorrow at 10)",
    "Subject length test: 28 chars vs 61 chars; short won on mobile, long on desktop",
    "Hypothesis: 'free shipping' > '10% off' for AOV < $40. Result: confirmed, +6% conv.",
    "Cells: A = control | B = countdown timer GIF | C = no timer, urgency copy",
    "Sample-ratio mismatch! A got 51.9%, B 48.1% — check the randomizer before trusting this",
    "Winner auto-selected by clicks; unique clicks A=412, B=389, C=455 → C",
    "Test killed: variant B subject had a typo ('Unoin Square')",
    "Holdout group (5%) received nothing; incremental revenue = treatment − holdout",
    "テスト結果：件名Bの開封率が3.1ポイント高かった",
    "Resultado: la variante con el nombre del remitente 'Lucía de Example' ganó por 9 %",
    "Next test idea: 'Last call' vs 'Final hours' vs '⏳ ends tonight'",
    "Keep in mind: Gmail clips at 102 KB, variant B was 109 KB so the footer was hidden",
    "Don't run A/B on lists < 2,000 — the 95% CI is wider than the effect we're looking for",
    "A: image-heavy (3 banners) / B: 1 image + text; B loaded faster & had lower spam score",
    "Per Marco: exec team wants the winner announced in #marketing-results by Friday",
    "Retest of #18 with dark-mode friendly logo; no significant diff (p=0.62)",
    "Variant B used {{ first_name | default: \"there\" }} — 4% of contacts saw 'Hi there,'",
    "Subject test: question ('Ready for summer?') vs statement ('Summer is here') → question +1.6pt",
    "Rule of thumb we agreed on: min. 1,000 opens per variant & 24h wait before picking",
    "Test ID ab_2024_07_select_vs_choose — 'Choose your gift' beat 'Select your gift' (+0.4pp)",
    "Two-tailed z-test, α = 0.05; power 80%; MDE 1.5pp",
    "B's CTA color (#ff5a1f) vs A's (#0a66c2): no difference in clicks, drop color tests",
    "Lesson learned: test ONE thing at a time; #22 changed subject & send time together",
    "Wynik testu: krótszy temat wygrał (+2,2 pp otwarć)",
    "Send winner at 10:00 CET; if no clear winner (< 0.5pp), default to A",
    "Variant D ('Your exclusive preview…') got 3 spam complaints per 10k vs 0.8 for A",
    "Hypothesis was wrong: adding price in subject lowered opens by 1pt but raised revenue/open",
    "Ask data team to re-pull: the dashboard double-counts Apple MPP opens for variant A",
    "Tested 'Dear' vs 'Hi' in DE: 'Liebe/r' vs 'Hallo' — 'Hallo' +0.9pt",
    "Subject A: \"You're invited 🎈\" / Subject B: \"An invite for {{ first_name }}\" → B",
]

CSV_IMPORTS = [
    'email,first_name,tags\njane@example.com,Jane,"vip,newsletter"\nbob@example.org,Bob,newsletter',
    "email;vorname;nachname;plz\nm.mueller@example.de;Maria;Müller;80331\nk.schmidt@example.de;Klaus;Schmidt;10115",
    '"Email Address","First Name","Last Name","Company"\n"sean.obrien@example.ie","Seán","O\'Brien","O\'Brien & Sons"',
    "email,name,signup_date,source\nli.wei@example.cn,李伟,2024-02-11,popup\nwang.fang@example.cn,王芳,2024-02-12,checkout",
    "email|first_name|lang\nana@example.pt|Ana|pt-BR\njose@example.es|José|es",
    'email,first_name,notes\nd.smith@example.com,Dan,"Met at booth #14; wants pricing for > 500 seats"',
    "email,tags\nteam+news@example.com,internal;test\nqa+seed1@example.com,internal;seed",
    "email,phone,sms_opt_in\nr.kim@example.kr,+82-10-5555-0101,yes\nj.park@example.kr,+82-10-5555-0188,no",
    "EMAIL,FNAME,LNAME,BIRTHDAY\nzoe.dangelo@example.com,Zoë,D'Angelo,03/14",
    'email,first_name,company\nt.nguyen@example.vn,Thảo,"Café Sài Gòn, Ltd."',
    "Import failed on row 57: invalid email 'john.doe@@example.com'",
    "Row 12 skipped: duplicate (anna@example.se)",
    "email,first_name,last_name,city\nolga@example.ru,Ольга,Иванова,Москва\nanders@example.no,Anders,Ødegård,Tromsø",
    'email,first_name,interests\nsam@example.com,Sam,"running; cycling; swim"\nkai@example.com,Kai,"books|music"',
    "email\tfirst_name\tcountry\nmarie@example.fr\tMarie\tFR\nluca@example.it\tLuca\tIT",
    "email,phone\nhans@example.at,+43 1 5555 0123\nsofia@example.gr,+30 21 0555 0199",
    'email,first_name,company,role\npriya@example.in,Priya,"Sharma & Sharma LLP",Partner',
    "Mapping: column 'E-Mail' → email, 'Vorname' → first_name, 'Stichwort' → tags (skip 'Notiz')",
    "email,first_name,consent_ts,consent_source\nyuki@example.jp,由紀,2024-03-01T09:12:00+09:00,web_form",
    "email,first_name,tags\nmark@example.com,Mark,\nnina@example.com,Nina,\"wholesale\"",
    "Warning: 14 rows have an empty first_name; they will get the fallback 'friend'",
    'email,first_name,last_name,notes\nkevin@example.ca,Kevin,"O\'Connor-Smith","said ""call after 5pm"""',
    "Please import the attached list into 'Newsletter EN' only, NOT 'Customers' (they're leads from the expo).",
    "email,first_name,score\nalex@example.com,Alex,87\nbea@example.com,Bea,42\ncarl@example.com,Carl,-1",
    'email,first_name,address\nfatima@example.ma,Fatima,"12 Rue des Fleurs; 20000 Casablanca"',
    "email,first_name,lifetime_value\ntom@example.co.uk,Tom,\"£1,240.50\"\nemma@example.co.uk,Emma,£98.00",
    "email;prénom;ville\nclaire@example.fr;Claire;Saint-Étienne\nloic@example.fr;Loïc;Besançon",
    "Import summary: 4,812 added, 203 updated, 37 skipped (invalid), 5 skipped (unsubscribed)",
    "email,first_name,utm_source\nbrian@example.com,Brian,facebook\nchloe@example.com,Chloé,newsletter_fwd",
    "email,name\n\"ines@example.es\",\"Inés (marketing)\"\n\"pablo@example.es\",\"Pablo / ventas\"",
    "Can you check row 3? 'lars@example.dk,Lars,Nørrebro' shows up as 'NÃ¸rrebro' after import",
    "email,first_name,custom_1\nemily@example.com,Emily,\"Q: what's your goal? A: drop 5kg & sleep better\"",
    "email,first_name,dob,gender\nahmed@example.eg,أحمد,1990-07-15,m\nlaila@example.eg,ليلى,1993-11-02,f",
    "email,first_name,tags\nceo@example.com,Pat,\"exec,board\"\ncfo@example.com,Robin,\"exec\"",
    "email,first_name,member_since\ngreta@example.se,Greta,2015\nolof@example.se,Olof,2018",
    "email,first_name,list\nrita@example.com,Rita,weekly|monthly\nsven@example.com,Sven,monthly",
    "The file has Windows line endings (\\r\\n) and a BOM, hope that's ok",
    "email,first_name,company\nhelp@example.com,,Support (shared inbox — do NOT mail)",
    "Headers: email, first_name, last_name, job_title, company_size, industry, country, tags",
    "email,vorname,anrede\nj.wagner@example.de,Jürgen,Herr\ns.becker@example.de,Sabine,Frau",
    "email,first_name,points\nmia@example.com,Mia,1200\nnoah@example.com,Noah,850\nlea@example.com,Léa,3100",
    "Import #2291 is stuck at 'processing' for 3h, file was contacts_2024-05-02.csv (18 MB)",
    "email,first_name,tags\nsupport+test@example.com,Test,\"seed; do-not-delete\"",
    "email,phone,country\nmaria@example.mx,+52 55 5555 0134,MX\ndiego@example.ar,+54 11 5555-0177,AR",
    "email,name,company\nkofi@example.gh,Kofi Mensah,\"Mensah & Daughters\"\nabena@example.gh,Abena Owusu,",
    "Duplicate policy: update existing contacts, but don't overwrite tags (append instead)",
    "email,first_name,notes\nharper@example.com,Harper,\"VIP — see ticket #883 / call before any promo\"",
    "email,first_name,signup_ip\nlogan@example.com,Logan,192.0.2.17\nava@example.com,Ava,192.0.2.88",
    "email,first_name,language\nseo-yeon@example.kr,서연,ko\nminh@example.vn,Minh,vi\nkaan@example.tr,Kaan,tr",
    "email,first_name,segment\nanna@example.pl,Anna,\"A/B\"\npiotr@example.pl,Piotr,\"C\"",
]

WEBHOOKS = [
    "https://hooks.example.com/newsletter/events?token=REPLACE_ME",
    '{"event":"unsubscribe","email":"jane@example.com","list_id":"a1b2c3","timestamp":"2024-03-02T10:15:00Z"}',
    '{"type":"bounce","bounce_type":"hard","reason":"550 5.1.1 <old@example.org>: recipient address rejected: user unknown"}',
    "curl -X POST https://api.example.com/v1/webhooks -H 'Content-Type: application/json' -d '{\"url\":\"https://hooks.example.com/esp\",\"events\":[\"open\",\"click\"]}'",
    "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
    "https://api.crm.example.com/v2/contacts/{{ contact.id }}/events",
    "X-Signature: sha256=<hex HMAC of the raw body with your signing secret>",
    "https://hooks.zapier.com/hooks/catch/000000/abcdef/",
    "Retries: 3x with exponential backoff (1m, 5m, 30m); we expect a 2xx within 10s",
    '{"event":"click","url":"https://example.com/pricing?utm_source=newsletter&utm_campaign=may","ip":"192.0.2.44","user_agent":"Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X)"}',
    '{\n  "event": "subscribe",\n  "data": {\n    "email": "li.na@example.cn",\n    "merges": {"FNAME": "娜", "LNAME": "李"}\n  }\n}',
    "Our endpoint returns 401 when the signature check fails — is the secret 'whsec_...' or the API key?",
    "https://n8n.example.com/webhook/3f1c0e5a-newsletter-signup",
    '{"event":"spam_complaint","email":"k.weber@example.de","campaign_id":"cmp_8812","feedback_loop":"yahoo"}',
    "Payload is form-encoded, not JSON: type=subscribe&fired_at=2024-05-01+10%3A22%3A11&data[email]=a%40example.com",
    "Webhook URL must be HTTPS and publicly reachable; self-signed certs are rejected",
    "POST https://example.com/api/esp-events  (Content-Type: application/json; charset=utf-8)",
    '{"events":[{"type":"delivered","msg_id":"0b8a…"},{"type":"open","msg_id":"0b8a…","machine_open":true}]}',
    "Can we get the webhook to include the UTM params? we need utm_campaign & utm_content for attribution",
    "https://script.google.com/macros/s/AKfycbx-PLACEHOLDER/exec",
    '{"event":"profile_update","changes":{"first_name":["Jon","John"],"tags":{"added":["vip"],"removed":["trial"]}}}',
    "Verify like this (Python): hmac.compare_digest(expected, request.headers['X-Signature'])",
    "Node example: crypto.createHmac('sha256', secret).update(rawBody).digest('hex')",
    "https://hooks.example.com/esp?source=newsletter&env=staging",
    "The test ping worked (200 OK) but real events never arrive — firewall on our side? We allow 192.0.2.0/24",
    '{"type":"inbound","from":"Kunde <kunde@example.de>","subject":"Re: Ihre Bestellung","text":"Danke! Bitte stornieren Sie Pos. 2."}',
    "Headers we send: User-Agent: ExampleMail-Webhooks/2.1, X-Event-Id, X-Timestamp, X-Signature",
    '{"event":"unsubscribe","reason":"too_frequent","comment":"once a week pls & no SMS"}',
    "Webhook disabled automatically after 50 consecutive failures (HTTP 500 from https://crm.example.com/hooks/mail)",
    "https://webhook.site/00000000-0000-0000-0000-000000000000 (temporary, for debugging only)",
    '{"event":"bounce","smtp":"452 4.2.2 The email account that you tried to reach is over quota","soft":true}',
    "Please re-send events from 2024-04-30 00:00 to 2024-05-01 06:00 UTC; our endpoint was down",
    '{"object":"event","type":"click","link":{"url":"https://example.com/r/../blog","index":3}}',
    "Make sure the endpoint answers HEAD / OPTIONS too; the validator sends a HEAD first",
    "curl -i https://hooks.example.com/esp --data-binary @sample_event.json -H 'X-Signature: test'",
    '{"event":"open","geo":{"country":"BR","city":"São Paulo"},"client":{"name":"Gmail","os":"Android"}}',
    "Endpoint: https://api.example.io/hooks/email?secret=PLACEHOLDER_SECRET&v=2",
    "Ordering is not guaranteed — use the timestamp & event id to dedupe",
    "https://make.example.com/hooks/abc123xyz (Make.com scenario 'Newsletter → Sheets')",
    '[{"email":"a@example.com","event":"processed"},{"email":"b@example.com","event":"dropped","reason":"Unsubscribed Address"}]',
    "Webhook secret rotated on 05/02; old one valid for 24h. Update your env var ESP_WEBHOOK_SECRET.",
    "Fields: event, email, campaign_id, list_id, ts (unix), ip, ua, url (click only), reason (bounce only)",
    "https://example.com/wp-json/newsletter/v1/hook?key=REPLACE_ME",
    "Our Lambda behind API Gateway times out (>10s) when we fan out to Salesforce — can you raise the timeout?",
    "{\"event\":\"subscribe\",\"double_opt_in\":true,\"confirmed_at\":null}",
    "Test event payload looks fine, but 'merges' is empty for contacts imported via CSV",
    "Webhooks: open ✔ click ✔ bounce ✔ unsubscribe ✔ spam ✖ (not needed)",
    "https://hooks.example.com/mail/events?tenant=eu-1&format=ndjson",
    "Do you sign the body or body + timestamp? Docs say 'v1,' + ts + '.' + body",
    '{"event":"click","url":"https://shop.example.com/cart?add=SKU-1&add=SKU-2&coupon=SAVE10"}',
]

DELIVERABILITY = [
    "v=spf1 include:_spf.google.com include:sendgrid.net ~all",
    "v=DMARC1; p=quarantine; rua=mailto:dmarc@example.com; pct=100; adkim=s; aspf=r",
    "selector1._domainkey.example.com CNAME selector1-example-com._domainkey.example.onmicrosoft.com",
    "v=DKIM1; k=rsa; p=MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA...PLACEHOLDER...IDAQAB",
    "SPF permerror: too many DNS lookups (12 > 10) — flatten includes",
    "Authentication-Results: mx.example.net; dkim=pass header.i=@example.com; spf=pass smtp.mailfrom=bounce.example.com; dmarc=pass",
    "Postmaster Tools: domain reputation dropped from High to Medium on 3/14 after the re-engagement blast",
    "Bounce: 552 5.2.2 mailbox full (soft) — retry for 72h, then suppress",
    "List-Unsubscribe: <mailto:unsub@example.com?subject=unsubscribe>, <https://example.com/u/abc123>",
    "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    'default._bimi.example.com TXT "v=BIMI1; l=https://example.com/bimi/logo.svg; a="',
    "MX 10 mx1.example.com. / MX 20 mx2.example.com.",
    "Warm-up plan for new IP 192.0.2.25: day 1 = 500, day 2 = 1,000, ×2 daily until 100k",
    "Mail-tester score 9.1/10: -0.9 for missing List-Unsubscribe header",
    "Remove 'FREE!!!' and '$$$' from the subject; SpamAssassin hits: SUBJ_ALL_CAPS, MONEY_FREE",
    "Return-Path: <bounce+8f2a@mail.example.com>\nReceived-SPF: pass (domain of mail.example.com designates 192.0.2.25 as permitted sender)\nDKIM-Signature: v=1; a=rsa-sha256; d=example.com; s=s1; ...",
    "v=spf1 ip4:192.0.2.0/24 ip6:2001:db8::/32 include:mailgun.org -all",
    "DMARC aggregate: 3.2% failing from 198.18.0.x — that's our old CRM, add it or turn it off",
    "Switch p=none → p=quarantine after 4 weeks of clean reports, then p=reject",
    "rua/ruf reports go to dmarc-reports@example.com; parsed weekly by the IT team",
    "_dmarc.news.example.com TXT \"v=DMARC1; p=reject; sp=reject; rua=mailto:dmarc@example.com\"",
    "Gmail bulk sender rules (Feb 2024): SPF+DKIM+DMARC, one-click unsub, spam rate < 0.3%",
    "Our spam complaint rate last week: 0.11% (Yahoo) / 0.04% (Gmail). Keep < 0.1%!",
    "Seed test results: Inbox 87% | Promotions 9% | Spam 4% (Outlook.com mostly)",
    "DKIM key length 1024 → 2048 bits; publish new selector s2 before rotating",
    "dig TXT example.com +short | grep spf",
    "nslookup -type=txt _dmarc.example.com",
    "Hard bounce list > 2% after importing the 2019 expo list — sunset it, don't mail again",
    "PTR for 192.0.2.25 → mta1.mail.example.com (matches HELO) ✔",
    "Microsoft SNDS shows 'red' for 192.0.2.26 on 04/22; complaint rate 0.4%",
    "Spamhaus check: 192.0.2.25 not listed ✅ (checked zen + dbl)",
    "DKIM fails only on forwarded mail (mailing lists rewrite the subject) — expected, ARC helps",
    "ARC-Seal: i=1; a=rsa-sha256; cv=none; d=example.net; s=arc-2024; t=1714550400; b=...",
    "Use a subdomain for marketing (news.example.com) so transactional mail keeps its reputation",
    "Custom tracking domain: click.example.com CNAME → track.esp.example.net (SSL via ESP)",
    "SPF softfail (~all) vs fail (-all): we use ~all until all senders are inventoried",
    "Bounce codes seen: 550 5.7.1 (policy), 421 4.7.0 (throttled), 554 5.7.9 (message rejected)",
    "Engagement-based sending: only mail people who opened/clicked in 90d to Gmail for 2 weeks",
    "Why is the From: domain different from the Return-Path? Is that a DMARC alignment problem?",
    "DMARC-Bericht: 98,7 % konform; 1,3 % von 192.0.2.77 (unbekannt) → prüfen",
    "Hotmail throttling: 421 RP-001 — slow down to 5k/h for the first 3 days",
    "Sunset policy: no open/click in 180d → re-engagement series (3 mails) → suppress",
    "v=spf1 a mx include:spf.protection.outlook.com include:_spf.esp.example.net ?all",
    "Dedicated IP vs shared pool: < 100k/month → stay on shared",
    "TLS: MTA-STS policy mode=enforce; mx: *.mail.example.com; max_age: 604800",
    "Please double-check the DKIM TXT record — the DNS UI split it into two strings \"v=DKIM1; k=rsa; p=MIIB...\" \"...IDAQAB\"",
    "Blacklist removal request sent to UCEPROTECT? No — they want payment, ignore level 3",
    "Yahoo CFL: feedback loop set up for d=example.com; complaints auto-unsubscribe",
    "Open rate fell from 38% to 19% overnight — Apple MPP or a spam folder issue? seed test says inbox",
    "DMARC: politique p=quarantine depuis le 1er mars, aucun impact sur la délivrabilité",
]

CAMPAIGN_NOTES = [
    "Kim — can you drop the 2nd paragraph & swap the image? Also the 'Exec summary' header is too loud.",
    "Reminder: send the final at 09:00 CET; Lars will QA links before 8:30",
    "Zusammenfassung: Öffnungsrate 31 %, Klickrate 4,2 %, 17 Abmeldungen",
    "Translate to FR/ES/IT; keep the {{ first_name }} tags untouched!",
    "Copy approved by legal, see /shared/legal/2024-05-approval.pdf",
    "Final draft is in C:\\Users\\marta\\Documents\\Newsletter\\april_final.docx",
    "Per Alex: no emojis in B2B sends; use 'Hello' not 'Hey'",
    "Search: union square pop-up",
    "select all contacts tagged 'expo-2024' and drop them into the welcome flow",
    "Note: the 'Select your plan' button must link to /pricing?plan=pro&utm_campaign=may",
    "Resend to non-openers on Thu (subject B: \"Did you miss this?\"); exclude clickers",
    "Budget: $1,200 for the Meta lookalike; €300 for LinkedIn; rest → influencer boxes",
    "Design feedback: logo is blurry on Retina (use 2x asset, 280px wide) & the footer font < 12px",
    "Campaign #347 paused — pricing table had $49 instead of $59. Fix, then resume.",
    "Rappel : le webinaire est jeudi à 14h ; envoyer le lien Zoom 1h avant",
    "¿Podemos usar 'tú' en lugar de 'usted' para el público de México?",
    "Kampanjen skickas fredag kl. 08.00 — glöm inte att testa på mobil",
    "Note to self: Outlook 2016 ignores border-radius & background images; use VML",
    "Merge tag broke in preview: shows '*|FNAME|*' literally — list has no FNAME field?",
    "Plan for Q3: 2 newsletters/month, 1 product drop, 1 survey; drop the monthly digest",
    "Search: \"drop shipping\" -amazon",
    "Checklist:\n- [x] subject & preheader\n- [x] alt text\n- [ ] UTM on every link\n- [ ] test send to seed list",
    "Survey result: 62% want fewer emails, 21% want more recipes, 17% 'other' (mostly 'more sales')",
    "Can someone explain why the sleep tracker promo went to the 'Kids' segment??",
    "Our CEO wants a plain-text letter for the anniversary — no images, no buttons, just signed 'Jo'",
    "Content calendar → https://docs.example.com/spreadsheets/d/PLACEHOLDER/edit#gid=0",
    "Links with ?ref=newsletter must stay — affiliate tracking depends on them",
    "Kommentar von Jana: „Bitte den Satz mit ‚jetzt zuschlagen!‘ streichen, klingt zu aggressiv.“",
    "Note: emails to @example.edu bounce with 'policy' errors since Tuesday; IT says firewall update",
    "Reporting: CTR = clicks / delivered; CTOR = clicks / opens (don't mix them up again 😅)",
    "Product feed path for the recommendations block: /exports/feeds/products_de.xml",
    "Idea: a 'behind the scenes' series — how our roastery works, 3 issues, Sep–Nov",
    "Please don't select 'Send to all' for the beta invite, it's for the 'beta-waitlist' tag only",
    "Moved the template to Shared > Templates > 2024 > Spring (old one archived)",
    "見出しのフォントが Outlook で崩れる件、Arial にフォールバックしてください",
    "Deadline slipping: copy due Tue → Wed; design Thu; send Fri 10:00",
    "For the holiday issue: '12 days of deals' with a countdown <img> from the timer service",
    "Question from support: customers reply 'STOP' to the newsletter — should that unsubscribe them?",
    "Write-up of the incident: campaign went out twice (09:00 and 09:04) due to a retry; apology sent at 11:20",
    "Compare with last year: 2023-11-24 BF send had 44% OR, 7.8% CTR, $84k revenue",
    "Grammar check: 'Your invited' → 'You're invited' (thanks Priya!)",
    "Use the alt text 'Two cups of coffee on a wooden table' for hero_02.jpg",
    "Attach the price list (price_list_2024.xlsx) or link it? Attachments hurt deliverability",
    "Newsletter tone of voice: friendly, short sentences, no ALL CAPS, max 1 exclamation mark!",
    "Warum steht im Vorschautext „{{ preheader }}“? Feld war leer, Fallback fehlt.",
    "Need a translation for Hebrew & Arabic — remember dir=\"rtl\" on the wrapper table",
    "Archive page: https://example.com/newsletter/archive/2024/05/ — make it public?",
    "Sales asked for a list of everyone who clicked the pricing link > 2 times this month",
    "Heads-up: 'execute' in the subject of the B2B playbook email is fine, legal checked",
    "Run the export at 02:00 so it doesn't collide with the nightly sync",
    "Ответ клиенту: да, рассылку можно получать раз в месяц — настройки в профиле",
]

# ---------------------------------------------------------------- templates

EMOJIS = ["🎁", "🔥", "☀️", "🍂", "✨", "📣", "💌", "🛍️", "🎄", "🌱"]
OFFERS = ["15% off", "free shipping", "2 for 1", "a free tote", "early access", "double points"]
OCCASIONS = ["spring", "Mother's Day", "back-to-school", "summer", "Black Friday", "the holidays", "our 10th birthday"]
NAME_TAGS = ["{{ first_name }}", "*|FNAME|*", "%%FirstName%%", "{{ contact.first_name | default: \"friend\" }}", "{{${first_name}}}"]


def tpl_subject(rng):
    form = rng.randrange(4)
    e, o, occ, n = rng.choice(EMOJIS), rng.choice(OFFERS), rng.choice(OCCASIONS), rng.choice(NAME_TAGS)
    if form == 0:
        return f"{e} {n}, {o} for {occ}"
    if form == 1:
        return f"{occ.capitalize()} sale: {o} — ends {rng.choice(['tonight', 'Sunday', 'in 48h', 'at midnight'])}"
    if form == 2:
        return f"[{rng.choice(['A', 'B'])}] {o.capitalize()} & more inside {e}"
    return f"{n}: your {occ} picks are here {e}"


FILTERS = ['default: "friend"', "capitalize", "upcase", 'default: "there" | escape', "truncate: 20"]
FIELDS = ["first_name", "city", "company", "plan_name", "last_product"]


def tpl_merge(rng):
    f, flt = rng.choice(FIELDS), rng.choice(FILTERS)
    form = rng.randrange(4)
    if form == 0:
        return f"{{{{ {f} | {flt} }}}}"
    if form == 1:
        return f"{{% if {f} != blank %}}Hi {{{{ {f} }}}}{{% else %}}Hi there{{% endif %}}"
    if form == 2:
        return f"*|IF:{f.upper()}|*Hi *|{f.upper()}|*,*|ELSE:|*Hi,*|END:IF|*"
    return f"%%[ SET @v = AttributeValue(\"{f}\") ]%% Hello %%=v(@v)=%%"


CAMPAIGNS = ["spring24", "bf_2024", "welcome_3", "reactivation", "kw18_digest", "summer_sale"]
PAGES = ["shop/new", "blog/how-we-roast", "pricing", "events/berlin", "rezepte/kuchen", "sale"]


def tpl_html(rng):
    c, p = rng.choice(CAMPAIGNS), rng.choice(PAGES)
    color = rng.choice(["#0a66c2", "#e94e1b", "#2e7d32", "#111111"])
    form = rng.randrange(3)
    if form == 0:
        return (f'<a href="https://example.com/{p}?utm_source=newsletter&amp;utm_medium=email&amp;utm_campaign={c}" '
                f'style="color:{color};font-weight:bold;">{rng.choice(["Read more", "Shop now", "Mehr erfahren", "Voir plus"])} &rarr;</a>')
    if form == 1:
        return (f'<td align="center" bgcolor="{color}" style="border-radius:6px;"><a href="https://example.com/{p}?utm_campaign={c}" '
                f'style="display:inline-block;padding:14px 28px;color:#fff;">{rng.choice(["Get the deal", "Reserve", "Jetzt ansehen"])}</a></td>')
    return f'<img src="https://cdn.example.com/{c}/banner_{rng.randrange(1, 9)}.jpg" alt="{rng.choice(OCCASIONS)} banner" width="600" style="display:block;">'


SEG_FIELDS = ["opens_30d", "clicks_90d", "orders", "lifetime_value", "engagement_score", "days_since_signup"]
SEG_OPS = [">", ">=", "<", "<=", "=", "!="]


def tpl_segment(rng):
    a, b = rng.sample(SEG_FIELDS, 2)
    joiner = rng.choice(["AND", "OR", "and", "&&"])
    extra = rng.choice(["", " AND country = \"DE\"", " -- test", " AND NOT tags contains \"staff\""])
    return f"{a} {rng.choice(SEG_OPS)} {rng.randrange(0, 200)} {joiner} {b} {rng.choice(SEG_OPS)} {rng.randrange(0, 50)}{extra}"


REASONS = ["too many emails", "not relevant", "never signed up", "moving abroad", "prefer SMS", "content got worse"]
COMMENTS = ["thanks anyway!", "please keep my account", "bye :)", "it's not you, it's my inbox", "—", "merci"]


COMPANIES = ["Example GmbH", "Acme & Co.", "Tom & Jerry's Bakery"]


def tpl_footer(rng):
    if rng.random() < 0.5:
        return f"Unsubscribe reason: {rng.choice(REASONS)} — {rng.choice(COMMENTS)}"
    company = rng.choice(COMPANIES)
    return f"{company} · {rng.randrange(1, 200)} {rng.choice(['Main St', 'Hauptstraße', 'Rue de la Paix'])} · Unsubscribe | Preferences"


def tpl_ab(rng):
    a, b = rng.randrange(150, 400) / 10, rng.randrange(150, 400) / 10
    metric = rng.choice(["open rate", "click rate", "CTOR", "revenue/recipient"])
    return f"Test #{rng.randrange(30, 99)}: {metric} A={a}% vs B={b}% (n={rng.randrange(2, 30)},{rng.randrange(100, 999)}) → {'B' if b > a else 'A'} wins"


FIRSTS = ["Lena", "Omar", "Chloé", "Björn", "Aiko", "Mateo", "Zoë", "Nnamdi", "Sébastien", "Ayşe"]
DOMAINS = ["example.com", "example.org", "example.de", "example.fr", "example.jp"]


def tpl_csv(rng):
    rows = ["email,first_name,tags"]
    for _ in range(rng.randrange(2, 4)):
        n = rng.choice(FIRSTS)
        rows.append(f"{n.lower().replace('é', 'e').replace('ö', 'o').replace('ë', 'e').replace('ş', 's')}.{rng.randrange(10, 99)}@{rng.choice(DOMAINS)},{n},\"{rng.choice(['vip', 'newsletter', 'b2b', 'expo'])};{rng.choice(['de', 'en', 'fr'])}\"")
    return "\n".join(rows)


EVENTS = ["open", "click", "bounce", "unsubscribe", "delivered", "spam_report"]


def tpl_webhook(rng):
    ev = rng.choice(EVENTS)
    if rng.random() < 0.5:
        return f'{{"event":"{ev}","email":"{rng.choice(FIRSTS).lower()[:3]}@{rng.choice(DOMAINS)}","campaign_id":"cmp_{rng.randrange(1000, 9999)}","ts":{1714500000 + rng.randrange(0, 900000)}}}'
    return f"https://hooks.example.com/{rng.choice(['esp', 'mail', 'newsletter'])}/{ev}?env={rng.choice(['prod', 'staging'])}&tenant={rng.randrange(1, 40)}"


def tpl_deliver(rng):
    inc = rng.sample(["_spf.google.com", "sendgrid.net", "mailgun.org", "spf.protection.outlook.com", "_spf.esp.example.net"], 2)
    q = rng.choice(["~all", "-all"])
    if rng.random() < 0.5:
        return f"v=spf1 include:{inc[0]} include:{inc[1]} {q}"
    return f"v=DMARC1; p={rng.choice(['none', 'quarantine', 'reject'])}; rua=mailto:dmarc@{rng.choice(DOMAINS)}; pct={rng.choice([25, 50, 100])}"


def tpl_note(rng):
    who = rng.choice(FIRSTS)
    task = rng.choice(["fix the alt text", "shorten the subject", "add UTM tags", "swap the hero image", "check the DE translation"])
    when = rng.choice(["before Friday", "by EOD", "after the standup", "tomorrow 10:00"])
    return f"@{who}: please {task} {when} — {rng.choice(['thx!', 'danke!', 'merci !', 'ta 🙏'])}"


CATEGORIES = [
    ("subject_line", SUBJECT_LINES, tpl_subject),
    ("merge_template", MERGE_TEMPLATES, tpl_merge),
    ("html_fragment", HTML_FRAGMENTS, tpl_html),
    ("segment_rule", SEGMENT_RULES, tpl_segment),
    ("footer_unsubscribe", FOOTER_TEXT, tpl_footer),
    ("ab_test_note", AB_TEST_NOTES, tpl_ab),
    ("csv_import", CSV_IMPORTS, tpl_csv),
    ("webhook", WEBHOOKS, tpl_webhook),
    ("deliverability", DELIVERABILITY, tpl_deliver),
    ("campaign_note", CAMPAIGN_NOTES, tpl_note),
]


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    lit_counts = {}
    for cat, literals, tpl in CATEGORIES:
        vals = []
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            vals.append(v)
        lit_counts[cat] = len(vals)
        tries = 0
        while len(vals) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template exhausted for {cat}")
            v = tpl(rng)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        vals = vals[:PER_CATEGORY]
        for v in vals:
            rows.append((cat, v))
    out = []
    for i, (cat, v) in enumerate(rows, 1):
        assert isinstance(v, str) and v and len(v) <= 1800, (cat, v)
        out.append({"id": f"{PREFIX}-{i:05d}", "category": cat, "label": "benign", "value": v})
    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, _, _ in CATEGORIES:
        n = sum(1 for c, _ in rows if c == cat)
        lit = min(lit_counts[cat], n)
        total_lit += lit
        print(f"{cat:20s} {n:4d}  literals {lit:3d} ({100 * lit / n:.0f}%)")
    print(f"total {len(out)}  literals {total_lit}")


if __name__ == "__main__":
    main()
