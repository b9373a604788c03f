"""Benign held-out corpus for the marketing-automation theme.

Values are what marketers type into ordinary fields of a campaign tool: campaign
names, UTM-tagged URLs, audience segment rules, A/B test notes, ad copy, email
subject lines, personalization templates, landing-page snippets, CSV import rows
and conversion-goal / tracking settings.  Every literal was hand-written for this
corpus; the templated share is built from small hand-written pools.
Writes benign.jsonl next to this file.  Standard library only, deterministic.
"""
import json
import random
from pathlib import Path

SEED = 9101
PREFIX = "hb91"
PER_CAT = 80

# ---------------------------------------------------------------- literals
CAMPAIGN_NAME = [
    "Q3 Back-to-School | DE+AT | Retargeting",
    "BF2024 – Early Access (VIP only)",
    "Spring Sale '25 / Newsletter #14",
    "Welcome series – step 2 of 5 – \"Did you know?\"",
    "[TEST] Winback 90d -- do not send",
    "Cyber Monday >> 40% off everything",
    "Fête des mères 2025 – FR/BE/CH",
    "Re-engagement: opened < 2 in last 60d",
    "Webinar invite: \"Scaling your union of data sources\"",
    "Product launch / Drop 7 / select markets only",
    "Holiday gift guide — Part 1 & 2",
    "Abandoned cart #1 (1h) + #2 (24h)",
    "Partner co-marketing: Acme & Sons",
    "Q4_brand_awareness_video_15s_v2",
    "EOFY clearance AU/NZ $$$",
    "Oster-Aktion: 20 % auf alles außer Tiernahrung",
    "Newsletter 2025-03 — \"What's new in reporting\"",
    "Sunset policy: drop inactive > 365 days",
    "Lead nurture / SaaS / trial day 3 + day 7",
    "Summer_Sale_IT_20%_OFF",
    "Dia dos Namorados 💘 – BR",
    "NPS survey follow-up (score <= 6)",
    "Retention – \"We miss you\" – 3-email flow",
    "Birthday coupon {auto}",
    "Ramadan Kareem – MENA – AR/EN",
    "Trade show follow-up: booth #B-214",
    "Black Friday: it's back & better",
    "Singles' Day 11.11 双十一",
    "Q1 ABM – tier 1 accounts (exec only)",
    "Onboarding drip v3 (replace v2 on 04/01)",
    "「新春セール」2025 JP",
    "Price-drop alert — wishlist items",
    "Event: Dev Summit — \"Drop the boilerplate\"",
    "Reactivation SMS (opt-in only) / US",
    "C'est la rentrée ! – campagne FR",
    "Loyalty tier upgrade: Silver -> Gold",
    "GDPR re-permission — EU only",
    "Sleep Week promo (mattresses & pillows)",
    "Flash sale 48h – 2-for-1",
    "Post-purchase review request (day +10)",
    "Case study: How Müller GmbH cut CAC by 30%",
    "Black Week 2025 | SE/NO/DK/FI",
    "Year in review – \"Your 2024 wrapped\"",
    "Cross-sell: bought X, not Y",
    "Halloween 🎃 – spooky deals",
    "Internal: QA seed list only (do not select all)",
    "Webinar replay – \"Execute your 2025 plan\"",
    "Referral: give $10, get $10",
    "Promo ¡Vuelta al cole! – ES/MX",
    "Price increase notice (legal reviewed)",
    "Waitlist: \"Notify me\" / restock",
    "Día del Padre – regalos < 50 €",
]

UTM_URL = [
    "https://shop.example.com/sale?utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale_25",
    "https://www.example.com/pricing?utm_source=linkedin&utm_medium=paid_social&utm_campaign=q3_abm&utm_content=carousel_v2",
    "https://example.com/blog/union-of-two-lists/?utm_source=twitter&utm_medium=social",
    "https://go.example.com/r/4fK9zq",
    "utm_source=google&utm_medium=cpc&utm_campaign=brand|exact&utm_term=running+shoes",
    "https://example.de/angebote/?utm_source=newsletter&utm_medium=email&utm_campaign=ostern&utm_content=hero_banner",
    "https://example.com/landing?gclid=Cj0KCQjw-fake-click-id&utm_source=google",
    "https://shop.example.com/cart/?coupon=SPRING25&utm_medium=sms",
    "https://example.com/events/dev-summit#agenda?utm_source=partner",
    "?utm_source=facebook&utm_medium=cpc&utm_campaign={{campaign.name}}&utm_content={{ad.id}}",
    "https://example.fr/c/chaussures-femme?utm_source=criteo&utm_medium=display&utm_campaign=retargeting",
    "https://example.com/select-plan?plan=pro&billing=annual&utm_source=email",
    "https://example.com/webinar/drop-in-session?utm_campaign=webinar_q2&utm_medium=email&utm_source=hubspot",
    "https://bit.example/spring25",
    "https://example.com/p/12345?variant=red&size=M&utm_source=pinterest&utm_medium=social&utm_campaign=summer",
    "https://example.co.uk/gifts/under-20/?utm_source=awin&utm_medium=affiliate&utm_campaign=xmas&awc=1234_abcd",
    "https://example.com/?utm_source=newsletter&utm_medium=email&utm_campaign=2025-03&utm_term=exec%20summary",
    "https://example.jp/sale/?utm_source=line&utm_medium=message&utm_campaign=%E6%96%B0%E6%98%A5",
    "utm_campaign=bf_2024&utm_source=tiktok&utm_medium=paid_social&utm_content=ugc_video_03",
    "https://example.com/download/whitepaper.pdf?utm_source=linkedin&utm_medium=organic",
    "https://example.com/en-us/compare/us-vs-them?utm_source=capterra&utm_medium=review_site",
    "https://example.com/?ref=producthunt&utm_source=producthunt",
    "https://app.example.com/signup?trial=14d&utm_source=g2&utm_medium=referral&utm_campaign=spring",
    "https://example.com/search?q=red+dress&utm_source=email&utm_medium=newsletter",
    "https://example.com/lp/free-audit/?utm_source=bing&utm_medium=cpc&utm_campaign=audit&msclkid=fake123",
    "https://example.com/unsubscribe?u=a1b2c3&list=weekly",
    "https://example.com/preferences?email=%7B%7Bcontact.email%7D%7D",
    "https://example.com/blog/how-to-exec-a-launch-plan/?utm_medium=email",
    "https://example.es/rebajas/?utm_source=newsletter&utm_medium=email&utm_campaign=rebajas_enero",
    "https://example.com/products/sleep-mask?utm_source=instagram&utm_medium=story&utm_campaign=sleep_week",
    "https://example.com/r/?url=https%3A%2F%2Fexample.com%2Fsale&cid=nl_0314",
    "https://example.com/pixel.gif?e=open&c=spring25&s=1",
    "https://example.com/app?deeplink=example%3A%2F%2Fproduct%2F42&utm_source=push",
    "https://example.nl/acties/?utm_source=newsletter&utm_medium=email&utm_campaign=koningsdag",
    "https://example.com/collections/all?sort_by=price-ascending&utm_source=email",
    "https://partners.example.com/click?pid=77&offer=3&sub1=spring&sub2=email",
    "utm_source=newsletter&utm_medium=email&utm_campaign=welcome_step_2&utm_content=cta_button",
    "https://example.com/?utm_source=qr&utm_medium=print&utm_campaign=trade_show_booth_b214",
    "https://example.com/p/script-writing-course?utm_source=youtube&utm_medium=video",
    "https://example.com/referral?code=ANNA-10&utm_source=referral",
    "https://example.com/checkout?items=42,43,44&promo=BOGO",
    "https://example.com/wishlist/share/9f8e7d?utm_source=whatsapp",
    "https://example.com/?utm_source=podcast&utm_medium=audio&utm_campaign=ep_52&utm_content=host_read",
    "https://example.pt/promo/?utm_source=newsletter&utm_medium=email&utm_campaign=dia_dos_namorados",
    "https://example.com/docs/api/select-endpoint?utm_source=devto",
    "https://example.com/feedback?nps=9&campaign=nps_q1",
]

SEGMENT_RULE = [
    "country = 'DE' AND last_open > 30d",
    "country IN ('DE','AT','CH') AND language = 'de'",
    "last_purchase_date < today - 90d AND total_orders >= 2",
    "email_domain != 'gmail.com' AND company_size >= 50",
    "(plan = 'pro' OR plan = 'enterprise') AND trial_ended = true",
    "tag contains \"vip\" and not tag contains \"unsubscribed\"",
    "opened any of last 5 campaigns OR clicked in last 14 days",
    "cart_value > 100 && cart_abandoned_at within 24h",
    "age between 25 and 34 | gender: any | interests: running, yoga",
    "signup_source = 'webinar' AND job_title contains 'Director'",
    "NOT (bounce_status = 'hard') AND consent_email = 'yes'",
    "lifetime_value >= 500 AND lifetime_value < 2000",
    "city = 'Köln' OR city = 'Düsseldorf'",
    "last_login <= -7d; plan != 'free'",
    "segment: \"Engaged 30d\" minus segment: \"Purchased 30d\"",
    "custom.favorite_category == \"shoes\" and custom.size == \"42\"",
    "email ends with \"@example.org\"",
    "utm_source = 'newsletter' and first_visit >= 2025-01-01",
    "members of list 'Weekly digest' who are not in list 'Daily digest'",
    "score > 80 /* hot leads */",
    "orders.count >= 3 AND orders.last.total > 49.99",
    "language in [\"fr\", \"fr-CA\"] and province = 'QC'",
    "clicked link contains '/pricing' in last 30 days",
    "device = 'mobile' AND os = 'iOS' AND app_installed = false",
    "(opens_30d = 0) and (clicks_90d = 0) -- candidates for sunset",
    "industry = 'Retail' OR industry = 'E-commerce' OR industry = 'D2C'",
    "first_name is not empty and last_name is empty",
    "birthday month = current month",
    "timezone = 'Europe/Berlin' AND send_hour = 9",
    "rfm_segment in ('Champions', 'Loyal', 'Can\\'t lose them')",
    "visited page '/select-your-plan' >= 2 times",
    "country = 'FR' AND NOT city = 'Paris'",
    "company = 'O'Brien & Partners' or company = 'O\\'Reilly Media'",
    "last_open > 30d AND last_open < 90d",
    "ltv_bucket = \"high\" & churn_risk = \"medium\"",
    "subscribed_at >= now() - interval '7 days'",
    "product_views.category = 'drop-shipping' AND purchases = 0",
    "email not like '%@test.example.com'",
    "webinar_attended = true OR webinar_registered = true",
    "contacts where state = 'CA' and zip starts with '94'",
    "points >= 1000 AND tier != 'Gold'",
    "tags: [\"b2b\", \"saas\"] and employees > 200",
    "nps_score <= 6 AND nps_date in last 30d",
    "coupon_used = 'WELCOME10' AND orders = 1",
    "pais = 'MX' y última compra > 60 días",
    "Kunde seit >= 2 Jahre UND Newsletter = ja",
    "gender = 'f' or gender = 'n/a' or gender is null",
    "sessions_7d > 3 and pages_per_session >= 4.5",
    "domain in (select-list: 'Key accounts Q2')",
    "channel_pref = \"sms\" AND phone != ''",
]

AB_NOTE = [
    "Variant B (\"Don't miss out\") beat A by +12.4% CTR, p < 0.05. Rolling out to 100%.",
    "Subject line test: emoji 🚀 vs. no emoji -- no significant difference after 48h.",
    "Hypothesis: shorter hero copy -> more scroll depth. Result: inconclusive (n=3,200).",
    "B lost. Keep A. Note: B's CTA said \"Select your plan\" instead of \"Start free\".",
    "Test paused on 03/14 because of a tracking bug on /checkout; restart after fix.",
    "Winner = C (price anchoring $99 → $79). Revenue/recipient +8%.",
    "Send-time test: 9am local vs 6pm local. 6pm won for opens, 9am for clicks ¯\\_(ツ)_/¯",
    "Don't compare to last year's BF numbers — list size doubled.",
    "Variante B (\"Jetzt sichern\") hat A klar geschlagen: 4,1 % vs. 3,2 % Klickrate.",
    "Control: plain-text. Treatment: HTML w/ <table> layout. Plain-text had better deliverability.",
    "Next: test 'Free shipping' vs '10% off' for orders >= $50.",
    "Sample was 50/50 split; holdout group 10% excluded from both arms.",
    "A/B/n on hero image: lifestyle vs product-only vs UGC. UGC +15% add-to-cart.",
    "Bayesian prob. to be best: B = 0.93, A = 0.07 -> ship B.",
    "Heads up: variant A used the old union logo; re-run with the new brand kit.",
    "Test name: lp_pricing_toggle_v2 | metric: trial starts | duration: 14d",
    "B had a typo (\"you're\" → \"your\"); results discarded.",
    "Preheader test: \"Only 3 days left\" vs \"Ends Sunday\" — tie.",
    "Segments were not mutually exclusive (some users in both) -- redo with random split.",
    "Result: 'Buy now' (A) 2.1% | 'Get yours' (B) 2.6% | 'Shop the drop' (C) 2.9%",
    "La variante B (« Profitez-en ») l'emporte : +9 % d'ouvertures.",
    "Ran for 7 days, 2 full weekly cycles would be better; extend to 14d next time.",
    "Test stopped early: sample ratio mismatch (51.8/48.2). Investigating assignment script.",
    "Long-form LP won on desktop; short-form on mobile. Consider device-based rule.",
    "CTA color test: orange (#FF6A00) vs green (#1DB954) – orange +0.3pp, not significant.",
    "We should drop the countdown timer, it felt spammy in user interviews.",
    "Personalized subject (*|FNAME|*, ...) +6% opens but +0.4% unsubs. Keep, monitor.",
    "Lift calc: (B - A) / A = (3.4 - 3.0) / 3.0 = 13.3%",
    "Pricing page: monthly default vs annual default. Annual default = more $ but fewer signups.",
    "Note for Q3: run the \"social proof\" test again with real logos (legal OK'd).",
    "Variant B's form had 3 fields instead of 7 → conversion 5.2% vs 3.9%.",
    "Holdout (no email) vs. treatment: incremental revenue ≈ €12k/week.",
    "Checked with analytics: conversions counted once per user, not per session.",
    "テスト結果：件名Bが開封率で勝利（+3.2pt）",
    "MDE 5%, alpha 0.05, power 0.8 → 18k recipients per arm.",
    "Tried 'Sleep better tonight' vs 'Wake up rested' — second one +7% CTR.",
    "A vs B inconclusive; C (with price in subject) clearly worse; drop C.",
    "Don't run two tests on the same audience at once -- interaction effects!",
    "Variant with the testimonial from \"Sarah, Austin TX\" converted best.",
    "Results exported to /Shared/Growth/AB-tests/2025/Q1.xlsx",
    "Prueba A/B: asunto con nombre vs. sin nombre — con nombre +5 % aperturas.",
    "Rollback: B broke the layout in Outlook 2016 (tables collapsed).",
    "Q: is 'open rate' still meaningful with Apple MPP? → use clicks as primary.",
    "Sticky header variant: +2% CTR on /pricing, -1% on /blog. Net: meh.",
    "Re-test with a 'select all that apply' quiz as lead magnet.",
]

AD_COPY = [
    "🔥 Summer Sale: up to 50% off – today only! Shop now →",
    "Sneakers from $49.99 | Free returns | Ships in 24h",
    "Don't miss it: 2-for-1 on all tees 👕👕",
    "Tired of spreadsheets? Let our dashboard do the heavy lifting. Try it free for 14 days.",
    "Nouveau ! La collection printemps est arrivée 🌸 -20 % avec le code PRINTEMPS",
    "Jetzt 30 % sparen – nur bis Sonntag! 🛒",
    "The #1 CRM for small teams. No credit card required.",
    "\"Best purchase I've made all year\" ⭐⭐⭐⭐⭐ – Jamie R.",
    "Drop everything: our new running shoe is here 🏃‍♀️",
    "Get 3 months for the price of 1 — limited time.",
    "Free shipping on orders > $35. Easy returns. Happy feet.",
    "Cozy season is here ☕️ Blankets from £19",
    "Envío gratis en pedidos +30 € 🚚 ¡Solo esta semana!",
    "Sleep like a baby 😴 – or your money back (100-night trial).",
    "Your pet deserves the best 🐶 Grain-free, vet-approved.",
    "Smarter email marketing. Bigger results. Start for $0/month.",
    "Upgrade your desk setup: monitor arms -25% 💻",
    "Back to school? Backpacks + lunchboxes bundle for $59 (save $20)",
    "Limited edition ✨ Only 500 pieces — once they're gone, they're gone.",
    "Learn Python in 30 days. No prior experience needed. Enroll today!",
    "Stop guessing. Start testing. A/B tests in 3 clicks.",
    "Black Friday deals are LIVE ⚡ Up to 70% off",
    "Made in Italy 🇮🇹 | Vera pelle | Spedizione gratuita",
    "We're hiring! Join a team that ships fast & cares a lot.",
    "Skincare that actually works 💧 Dermatologist-tested.",
    "Book your table now — 3-course menu for €39 p.p.",
    "Gift cards from $25 🎁 Delivered instantly by email.",
    "Protect your home 24/7 for less than $1/day.",
    "Coffee subscription ☕ First bag free, cancel anytime.",
    "Run faster. Recover quicker. Repeat.",
    "Zero fees. Zero paperwork. 100% online.",
    "Your weekend plans, sorted 🗺️ 2 nights + breakfast from 129 €",
    "New drop every Friday — be first in line 🔔",
    "Meal kits from $4.99/serving 🥗 Skip or cancel anytime.",
    "送料無料キャンペーン実施中！今だけ全品10%OFF",
    "Save 20% when you bundle phone + case + charger 📱",
    "Our biggest sale of the year ends at midnight ⏰",
    "Work smarter, not harder — automate your reports.",
    "Hand-picked wines 🍷 6 bottles for $59 (normally $89)",
    "Tickets selling fast! Grab yours before they're gone 🎟️",
    "Scopri la nuova collezione — sconti fino al 40 %!",
    "Kids' bikes 🚲 from $129 — free assembly in-store",
    "Get fit at home 💪 Live classes, on-demand library, 7-day free trial.",
    "Yoga mats that don't slip. Even in hot yoga. 🧘",
    "Mega-Rabatt: -50 % auf Sommerware & Sandalen ☀️",
]

EMAIL_SUBJECT = [
    "*|FNAME|*, your cart misses you 🛒",
    "Last chance: 24 hours left!",
    "Re: your question about pricing",
    "You're invited: \"Data Unions 101\" webinar (Thu, 4pm CET)",
    "🎉 Happy birthday, {{contact.firstname}}! Here's 15% off",
    "Don't open this email… unless you like deals 😉",
    "Your March report is ready",
    "We've updated our privacy policy",
    "[Action required] Confirm your subscription",
    "Ends tonight ⏰ 40% off sitewide",
    "%%first_name%%, we saved your seat",
    "New: select-your-own bundle is here",
    "Dein Warenkorb wartet auf dich – jetzt 10 % sparen",
    "Votre panier vous attend 🛍️",
    "Only 3 left in your size",
    "Quick question, {{first_name | default: \"there\"}}",
    "Price drop alert: items on your wishlist",
    "Your order #10482 has shipped 📦",
    "The 5 mistakes everyone makes with A/B testing",
    "Ready to drop the spreadsheets?",
    "Thanks for attending! Slides + recording inside",
    "What's new in v3.2 — faster exports & dark mode",
    "Weekend reading: 7 links we loved",
    "It's not you, it's us (please come back?)",
    "⚡ Flash sale: 4 hours only",
    "Tu regalo de bienvenida: -10 % 🎁",
    "Last call for early-bird tickets (save $200)",
    "👀 Someone's looking at the same item",
    "Wrapped: your 2024 in numbers",
    "How Müller GmbH grew revenue 32% in 6 months",
    "RSVP: Summer party @ HQ 🍹",
    "Your free trial ends in 3 days",
    "Oops! Wrong link in our last email — here's the right one",
    "Fwd: Q2 campaign brief (final_v3)",
    "You asked, we listened: free returns are back",
    "Are you still interested?",
    "The secret to better sleep? (It's not what you think)",
    "【期間限定】春の特別セール開催中",
    "{{ company.name }} × Example: partnership announcement",
    "Reminder: webinar starts in 1 hour",
    "5 ways to make your emails < 100 KB",
    "Your points are about to expire ⏳",
    "We're 10! Celebrate with us 🎂",
    "Invoice #INV-2025-0042 from Example Inc.",
    "P.S. We've got something for you",
    "Black Friday preview: VIPs get in first",
    "Ya llegó el verano ☀️ ¡Hasta 50 % de descuento!",
    "Saldi estivi: fino al -60 % 🌞",
    "Is this goodbye? 👋",
    "Meet the team behind the new dashboard",
]

PERSONALIZATION = [
    "Hi *|FNAME|*,\n\nThanks for signing up! Your discount code is *|COUPON|*.",
    "Hello %%first_name%%, your order %%order_id%% is on its way.",
    "Hi {{contact.firstname | default: \"there\"}},",
    "Dear {{ contact.salutation }} {{ contact.lastname }},",
    "{% if contact.country == \"DE\" %}Hallo{% else %}Hello{% endif %} {{ contact.firstname }}!",
    "*|IF:FNAME|*Hi *|FNAME|*,*|ELSE:|*Hi there,*|END:IF|*",
    "Your points balance: {{ loyalty.points }} ({{ loyalty.tier }} tier)",
    "{{#if first_name}}Hey {{first_name}}{{else}}Hey friend{{/if}} 👋",
    "Unsubscribe: *|UNSUB|* | Update preferences: *|UPDATE_PROFILE|*",
    "Hola {{contact.firstname}}, ¡gracias por tu compra!",
    "We picked these for you, {{ first_name | capitalize }}:",
    "{% for item in cart.items %}- {{ item.name }} x{{ item.qty }}\n{% endfor %}",
    "Your account manager is %%owner_name%% (%%owner_email%%).",
    "Hi [First Name], just checking in about [Company]'s renewal.",
    "Bonjour {{contact.firstname}}, votre commande n°{{order.number}} est confirmée.",
    "{{ \"now\" | date: \"%B %Y\" }} newsletter",
    "Price: {{ product.price | money }} (was {{ product.compare_at_price | money }})",
    "Copyright © *|CURRENT_YEAR|* *|LIST:COMPANY|*, All rights reserved.",
    "$FirstName$, your webinar link: $WebinarLink$",
    "Hi ${first_name}, your trial ends on ${trial_end_date}.",
    "{{#each recommendations}}<li>{{this.title}} – {{this.price}}</li>{{/each}}",
    "Hey {FirstName|there}, quick question…",
    "Sehr geehrte/r {{ contact.anrede }} {{ contact.nachname }},",
    "{% if cart.total > 50 %}You've unlocked free shipping!{% endif %}",
    "Hi {{ first_name }}, you have {{ cart.items | size }} items in your cart.",
    "Your code: {{ coupon.code }} – valid until {{ coupon.expires | date: \"%d.%m.%Y\" }}",
    "Hello #{contact.first_name}, welcome aboard!",
    "*|MC:SUBJECT|*",
    "View in browser: *|ARCHIVE|*",
    "{{ contact.firstname | default: contact.email }}",
    "Hi %%=v(@FirstName)=%%, thanks for being a member since %%=v(@JoinYear)=%%.",
    "{{ personalization_token('contact.firstname', 'there') }}",
    "Dear {{contact.company}} team,",
    "Happy {{ contact.birthday | date: \"%A\" }}, {{ contact.firstname }}! 🎂",
    "Hi {{first_name}} 👋\n\nP.S. Reply to this email — a human reads it.",
    "{% unless contact.vip %}Upgrade to VIP for early access.{% endunless %}",
    "Hello <%= user.first_name %>, here's your weekly summary.",
    "{{contact.firstname}}さん、いつもありがとうございます。",
    "Your referral link: https://example.com/r/{{ contact.referral_code }}",
    "Hi {{ first_name or \"there\" }}, your invoice is attached.",
    "Sent to *|EMAIL|* — why did I get this? *|ABOUT_LIST|*",
    "Hi {{contact.firstname}}, it's been {{ days_since_last_order }} days since your last order.",
    "Ciao {{nome}}, il tuo carrello ti aspetta!",
    "{{ content.blocks.hero | safe }}",
    "Hey @first_name, your streak is at @streak_days days 🔥",
]

LANDING_SNIPPET = [
    "<h1>Grow faster with smarter emails</h1>\n<p>Join 20,000+ teams.</p>",
    "<a href=\"https://example.com/signup?utm_source=lp\" class=\"btn btn-primary\">Start free trial</a>",
    "<p>Prices from <strong>$9</strong>/month &mdash; cancel anytime.</p>",
    "<img src=\"https://cdn.example.com/img/hero@2x.jpg\" alt=\"Happy team using the dashboard\" width=\"1200\">",
    "<section id=\"pricing\"><h2>Simple pricing</h2></section>",
    "<ul>\n  <li>Unlimited contacts</li>\n  <li>A/B testing</li>\n  <li>24/7 support</li>\n</ul>",
    "<p style=\"color:#666;font-size:12px\">*Offer valid until 31/03. T&amp;Cs apply.</p>",
    "<blockquote>\"We cut our CAC by 30%.\" — Anna, CMO at Müller GmbH</blockquote>",
    "<button type=\"submit\">Get my free guide →</button>",
    "<div class=\"hero hero--dark\"><h1>Sleep better tonight</h1></div>",
    "<form action=\"/subscribe\" method=\"post\"><input type=\"email\" name=\"email\" placeholder=\"you@company.com\"></form>",
    "<p>Questions? Email <a href=\"mailto:hello@example.com\">hello@example.com</a></p>",
    "<h2>Why teams switch</h2><p>No more copy &amp; paste between tools.</p>",
    "<span class=\"badge\">NEW</span> Drag-and-drop editor",
    "<table role=\"presentation\" width=\"100%\"><tr><td align=\"center\">Shop the sale</td></tr></table>",
    "<p>&copy; 2025 Example Inc. &middot; <a href=\"/privacy\">Privacy</a> &middot; <a href=\"/terms\">Terms</a></p>",
    "<h1>Bis zu 50 % Rabatt</h1><p>Nur solange der Vorrat reicht.</p>",
    "<video autoplay muted loop playsinline poster=\"/img/poster.jpg\"><source src=\"/vid/hero.mp4\" type=\"video/mp4\"></video>",
    "<p>Use code <code>SPRING25</code> at checkout.</p>",
    "<!-- hero section: swap image for Q2 -->\n<div class=\"hero\"></div>",
    "<meta name=\"description\" content=\"Email marketing that doesn't feel like spam.\">",
    "<a href=\"#pricing\">See plans ↓</a>",
    "<p class=\"small\">Select a plan below. You can drop or change it anytime.</p>",
    "<h3>FAQ</h3><details><summary>Can I cancel?</summary><p>Yes, anytime.</p></details>",
    "<p>Rated 4.8/5 ★★★★★ on G2 &amp; Capterra</p>",
    "<iframe src=\"https://www.youtube-nocookie.com/embed/abc123XYZ\" title=\"Product tour\" allowfullscreen></iframe>",
    "<h1>L'outil d'e-mailing qu'on aime utiliser</h1>",
    "<div class=\"countdown\" data-end=\"2025-11-28T23:59:59Z\"></div>",
    "<p>Free shipping on orders &gt; $35 &lt;3</p>",
    "<link rel=\"stylesheet\" href=\"https://cdn.example.com/css/lp.v4.css\">",
    "<a href=\"tel:+4930123456\">+49 30 123456</a>",
    "<label for=\"company\">Company name</label><input id=\"company\" name=\"company\" required>",
    "<p>Trusted by teams at Acme, Globex &amp; Initech.</p>",
    "<h2 class=\"text-center\">3 steps to your first campaign</h2>\n<ol><li>Import</li><li>Design</li><li>Send</li></ol>",
    "<p>Offer ends <time datetime=\"2025-03-31\">March 31</time>.</p>",
    "<img src=\"/img/logo.svg\" alt=\"Example logo\" height=\"32\">",
    "<p>Noch Fragen? Ruf uns an: Mo–Fr 9–18 Uhr</p>",
    "<a class=\"cta\" href=\"https://example.com/demo?utm_source=lp&amp;utm_medium=cta\">Book a demo</a>",
    "<p><em>No credit card required.</em> Setup takes &lt; 5 minutes.</p>",
    "<div data-testid=\"pricing-toggle\" data-default=\"annual\"></div>",
    "<h1>¡Crea campañas que convierten!</h1>",
    "<p>Join the waitlist &rarr;</p>",
    "<hr>\n<p class=\"legal\">Results may vary. See full terms at example.com/terms.</p>",
    "<noscript>Please enable JavaScript to see our pricing calculator.</noscript>",
    "<p>Made with ❤️ in Berlin</p>",
]

CSV_ROW = [
    "email,first_name,last_name,country\nanna.mueller@example.de,Anna,Müller,DE",
    "\"O'Brien, Sean\",sean.obrien@example.ie,IE,newsletter;promo",
    "jane.doe@example.com;Jane;Doe;US;\"VIP; early access\"",
    "john+test@example.com,John,\"Smith, Jr.\",US,2024-11-02",
    "françois.dupont@example.fr,François,Dupont,FR,oui",
    "\"Acme & Sons\",procurement@acme.example,\"=== do not email ===\",US",
    "lee@example.kr,민수,이,KR,2025-01-15",
    "email|firstname|lastname|tags\nmaria@example.es|María|García|\"b2b|saas\"",
    "z.wang@example.cn,伟,王,CN,wechat",
    "\"Smith & Wesson Bakery\",\"12 Main St, Apt 3\",Springfield,IL,62701",
    "carlos@example.mx,Carlos,Hernández,MX,\"Compró 2x; quiere factura\"",
    "ahmed@example.ae,أحمد,الحربي,AE,ramadan_2025",
    "user@example.com,,,-,unknown",
    "email,phone,opt_in\nkim@example.com,+1 (555) 010-2233,yes",
    "\"d'Angelo\",\"Marco\",marco.dangelo@example.it,IT,\"cliente dal '19\"",
    "s.kowalski@example.pl,Stanisław,Kowalski,PL,\"Kraków, ul. Długa 5/7\"",
    "nina@example.se,Nina,Öberg,SE,1,0,1",
    "olga@example.ru,Ольга,Смирнова,RU,\"рассылка: да\"",
    "anon@example.com,\"\",\"\",\"\",\"\"",
    "id;email;score;last_open\n1042;pat@example.com;87;2025-02-28",
    "ben@example.com,Ben,\"O\"\"Neil\",AU,\"quote \"\"VIP\"\" in notes\"",
    "t.nguyen@example.vn,Thảo,Nguyễn,VN,zalo",
    "lisa@example.com,Lisa,Schmidt-Weber,DE,\"Tags: select, drop, union\"",
    "mike@example.com,Mike,Johnson,US,\"Bought: 3x socks & 1x shoes\"",
    "priya@example.in,Priya,Sharma,IN,₹4999,2025-03-01",
    "\"Jürgen\",\"Groß\",juergen.gross@example.at,AT,\"Wien\"",
    "k.tanaka@example.jp,健太,田中,JP,\"LINE 友だち\"",
    "info@example.com,Info,Mailbox,,role_account",
    "ola@example.no,Ola,Nordmann,NO,\"æøå test\"",
    "email,first_name,consent_date\nsam@example.org,Sam,03/04/2025",
    "eva@example.cz,Eva,Dvořáková,CZ,\"Brno – centrum\"",
    "marketing-team@example.com,Marketing,Team,US,\"shared inbox, owner: Paula\"",
    "tom@example.com,Tom,\"van der Berg\",NL,\"notes: <3 the brand\"",
    "fatima@example.ma,Fatima,El Idrissi,MA,\"fr/ar\"",
    "dev@example.io,Dev,Ops,US,\"cron: 0 9 * * 1\"",
    "alex@example.com,Alex,Kim,US,\"$1,250.00\",gold",
    "emma@example.co.uk,Emma,Taylor,GB,\"Ref: #A-42 / batch 7\"",
    "yusuf@example.com.tr,Yusuf,Öztürk,TR,\"İstanbul\"",
    "lea@example.ch,Léa,Rochat,CH,\"Genève; Lausanne\"",
    "rob@example.com,Rob,Lee,US,\"Likes: running | yoga | cycling\"",
    "noreply@example.com,No,Reply,US,\"exclude -- system address\"",
    "hanna@example.fi,Hanna,Mäkinen,FI,\"ääkköset ok\"",
    "\"García López, José Luis\",jl.garcia@example.es,ES,madrid",
    "grace@example.com,Grace,\"Hopper\",US,\"<unknown>\"",
    "ivan@example.bg,Иван,Петров,BG,2024-12-24",
]

CONVERSION_GOAL = [
    "Goal: purchase | value = order_total | window: 7d click / 1d view",
    "URL contains /thank-you OR /order-confirmation",
    "Event: form_submit where form_id = 'demo-request'",
    "Destination: https://example.com/checkout/success?order={order_id}",
    "gtag('event', 'conversion', {'send_to': 'AW-000000000/abcDEF', 'value': 49.99, 'currency': 'EUR'});",
    "Pixel: <img src=\"https://t.example.com/px.gif?e=signup&v=1\" width=\"1\" height=\"1\" alt=\"\">",
    "Micro-conversion: scroll depth >= 75% on /pricing",
    "Revenue attribution: last non-direct click, 30-day lookback",
    "Trigger: page_view && path =~ ^/blog/.* && time_on_page > 60s",
    "fbq('track', 'Purchase', {value: 79.00, currency: 'USD'});",
    "dataLayer.push({event: 'lead', lead_type: 'webinar', campaign: 'q2_webinar'});",
    "Goal value: $25 per qualified lead (MQL), $150 per SQL",
    "Exclude internal traffic: IP 10.0.0.0/8; user agent contains 'HeadlessChrome'",
    "Funnel: /landing -> /signup -> /onboarding/step-1 -> /dashboard",
    "Conversion = 'trial_started' OR 'plan_selected'",
    "Postback URL: https://partners.example.com/postback?click_id={click_id}&payout={payout}",
    "Count: one per click | include view-through: no",
    "Goal: newsletter signup (double opt-in confirmed only)",
    "Custom event 'add_to_cart' with params {sku, price, qty}",
    "Offline conversions upload: gclid, conversion_time, conversion_value (CSV, UTC)",
    "Match type: regex | ^https://example\\.com/(de|en|fr)/danke/?$",
    "Attribution model: data-driven; fallback: position-based 40/20/40",
    "Track outbound clicks to *.partner.example.com as 'referral_out'",
    "Goal: app install via deep link example://welcome?src=email",
    "Conversion window 30d; de-dupe by order_id",
    "Ziel: Kauf abgeschlossen (Seite /danke), Wert = Warenkorbwert",
    "Objectif : inscription à la newsletter (page /merci)",
    "LinkedIn Insight Tag: conversion id 1234567 on /demo-booked",
    "ttq.track('CompletePayment', {content_id: 'SKU-42', value: 19.9, currency: 'GBP'})",
    "Success page: /orders/{id}/receipt — fire once per session",
    "Soft goal: video played >= 50% (hero video)",
    "Event name must be snake_case, < 40 chars, no spaces",
    "UTM rules: utm_medium in ('email','sms') -> channel 'Owned'",
    "Server-side event: POST /collect with JSON {\"event\":\"purchase\",\"value\":120}",
    "If utm_source is empty and referrer is empty -> '(direct) / (none)'",
    "Conversion: booking confirmed | value = nights * rate",
    "Blocklist for attribution: referrer = 'paypal.com' (payment flow)",
    "Goal funnel step 3 is optional (coupon page)",
    "Lead score +10 when visiting /pricing, +25 when /contact-sales",
    "Pinterest tag: pintrk('track', 'checkout', {value: 100, order_quantity: 2});",
    "Consider 'select_plan' as a micro goal, not primary",
    "Track form abandonment: focus on email field but no submit within 5 min",
    "Cookie lifetime: 90 days (first-party, SameSite=Lax)",
    "目标：完成注册（/welcome 页面）",
    "Attribution note: exclude coupon sites (couponfollow, etc.) from last-click credit",
]

# ---------------------------------------------------------------- template pools
CAMPAIGNS = ["spring_sale", "bf_2025", "welcome_flow", "winback_90d", "q3_abm", "summer_drop",
             "xmas_gifts", "webinar_q2", "loyalty_gold", "rentree_fr"]
SOURCES = ["newsletter", "google", "facebook", "linkedin", "tiktok", "instagram", "partner", "sms"]
MEDIUMS = ["email", "cpc", "paid_social", "social", "display", "affiliate", "referral"]
PATHS = ["/sale", "/pricing", "/blog/a-b-testing-guide", "/p/sleep-mask", "/de/angebote", "/fr/soldes",
         "/collections/new", "/webinar/register", "/gift-cards", "/select-plan"]
MARKETS = ["DE", "AT", "CH", "FR", "ES", "IT", "NL", "US", "UK", "JP", "BR", "MX"]
THEMES = ["Spring Sale", "Black Friday", "Winback", "Welcome", "Summer Drop", "Holiday Gifts",
          "Back to School", "Loyalty Upgrade", "Flash Sale", "Webinar Invite"]
FIELDS = ["last_open", "last_click", "last_purchase", "signup_date", "last_login"]
OPS = [">", "<", ">=", "<="]
PRODUCTS = ["running shoes", "yoga mats", "coffee beans", "gift cards", "backpacks", "sleep masks",
            "wireless earbuds", "linen shirts"]
FIRST = ["Anna", "Jürgen", "Zoë", "Sean", "María", "Kenji", "Aisha", "Léa", "Piotr", "Chloé"]
LAST = ["O'Connor", "Müller", "García", "Nguyễn", "Dubois", "Kowalski", "Smith", "D'Souza", "Öztürk", "Rossi"]
METRICS = ["CTR", "open rate", "conversion", "revenue/recipient", "add-to-cart"]
TOKENS = ["*|FNAME|*", "%%first_name%%", "{{contact.firstname}}", "{{ first_name | default: \"there\" }}",
          "[First Name]", "${first_name}"]
EMOJI = ["🔥", "🎉", "⏰", "🛒", "✨", "💸", "🎁", "☀️"]


def t_campaign(r):
    return f"{r.choice(THEMES)} {r.randint(2023, 2026)} – {r.choice(MARKETS)}/{r.choice(MARKETS)} | {r.choice(['email', 'paid social', 'SMS', 'display', 'push'])} v{r.randint(1, 5)}"


def t_utm(r):
    return (f"https://example.com{r.choice(PATHS)}?utm_source={r.choice(SOURCES)}&utm_medium={r.choice(MEDIUMS)}"
            f"&utm_campaign={r.choice(CAMPAIGNS)}&utm_content=v{r.randint(1, 9)}")


def t_segment(r):
    return (f"country = '{r.choice(MARKETS)}' AND {r.choice(FIELDS)} {r.choice(OPS)} {r.choice([7, 14, 30, 60, 90, 180])}d"
            f" AND orders >= {r.randint(0, 5)}")


def t_ab(r):
    a = round(r.uniform(1.0, 6.0), 1)
    b = round(a + r.uniform(-0.8, 1.5), 1)
    return f"Variant A {a}% vs B {b}% {r.choice(METRICS)} (n={r.randint(10, 90) * 100}) – {'ship B' if b > a else 'keep A'}; p = 0.{r.randint(1, 49):02d}"


def t_ad(r):
    return f"{r.choice(EMOJI)} {r.choice(PRODUCTS).capitalize()} from ${r.randint(9, 199)}.{r.choice(['00', '49', '99'])} – {r.randint(10, 60)}% off until {r.choice(['Sunday', 'midnight', 'Friday', 'the 31st'])}!"


def t_subject(r):
    return f"{r.choice(TOKENS)}, {r.choice(['your', 'we saved your', 'last chance for your', 'don’t forget your'])} {r.choice(PRODUCTS)} {r.choice(EMOJI)}"


def t_person(r):
    tok = r.choice(TOKENS)
    return f"Hi {tok},\n\nYour {r.choice(PRODUCTS)} are back in stock. Use code {r.choice(['BACK10', 'VIP15', 'HELLO20'])} – valid {r.randint(2, 14)} days."


def t_snippet(r):
    return (f"<a href=\"https://example.com{r.choice(PATHS)}?utm_source=lp&amp;utm_campaign={r.choice(CAMPAIGNS)}\""
            f" class=\"btn\">Shop {r.choice(PRODUCTS)} &rarr;</a>")


def t_csv(r):
    f, l = r.choice(FIRST), r.choice(LAST)
    mail = f"{f[0].lower()}.{r.randint(100, 999)}@example.com"
    return f"{mail},{f},\"{l}\",{r.choice(MARKETS)},\"{r.choice(CAMPAIGNS)}; opt-in {r.choice(['yes', 'no'])}\""


def t_goal(r):
    return (f"Goal: {r.choice(['purchase', 'signup', 'demo_request', 'trial_start'])} | URL contains {r.choice(PATHS)}/thanks"
            f" | window {r.choice([1, 7, 14, 30])}d | value = {r.randint(5, 200)} {r.choice(['EUR', 'USD', 'GBP'])}")


CATEGORIES = [
    ("campaign_name", CAMPAIGN_NAME, t_campaign),
    ("utm_url", UTM_URL, t_utm),
    ("segment_rule", SEGMENT_RULE, t_segment),
    ("ab_test_note", AB_NOTE, t_ab),
    ("ad_copy", AD_COPY, t_ad),
    ("email_subject", EMAIL_SUBJECT, t_subject),
    ("personalization", PERSONALIZATION, t_person),
    ("landing_snippet", LANDING_SNIPPET, t_snippet),
    ("csv_import_row", CSV_ROW, t_csv),
    ("conversion_goal", CONVERSION_GOAL, t_goal),
]


def main():
    r = random.Random(SEED)
    rows = []
    seen = set()
    lit_counts = {}
    for cat, lits, tmpl in CATEGORIES:
        vals = []
        for v in lits:
            if v not in seen:
                seen.add(v)
                vals.append(v)
        lit_counts[cat] = len(vals)
        tries = 0
        while len(vals) < PER_CAT:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template for {cat} exhausted")
            v = tmpl(r)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        vals = vals[:PER_CAT]
        for v in vals:
            assert isinstance(v, str) and v and len(v) <= 1800, v
            rows.append({"category": cat, "label": "benign", "value": v})
    out = []
    for i, row in enumerate(rows, 1):
        out.append({"id": f"{PREFIX}-{i:05d}", **row})
    assert len({o["value"] for o in out}) == len(out)
    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, _, _ in CATEGORIES:
        n = sum(1 for o in out if o["category"] == cat)
        total_lit += min(lit_counts[cat], n)
        print(f"{cat:18s} n={n:3d} literals={min(lit_counts[cat], n)}")
    print(f"total={len(out)} literals={total_lit}")


if __name__ == "__main__":
    main()
