#!/usr/bin/env python3
"""Write benign.jsonl: e-commerce and customer-facing text a public API receives.

An online shop's API, a marketplace's seller portal, a CMS with a WYSIWYG
editor, a customer-support desk and a review platform all take shop text as
ordinary field values: product titles and descriptions full of sizes and
measures, the HTML that rich-text editors really send, customer reviews in
many languages, names and postal addresses, search-box input, support chat,
seller templates (Liquid, Handlebars, Twig, merge tags), order notes, coupon
codes and CSV lines, tracking and payment-redirect URLs, and marketing copy.

Every value below was written for this corpus: hand-written literals plus
small templates over hand-written pools.  Nothing was copied from a dataset,
a vendor's documentation examples or a public list.  None of the values is an
injection; they are hard negatives on purpose (quotes and apostrophes, inch
marks, `;`, `|`, `&`, `<3`, `>:(`, `<`/`>` in sizes, `--` signatures, `{{ }}`
and `{% %}`, `*|MERGE|*`, HTML with attributes and entities, encoded URLs,
the words select, union, drop, script, sleep, alert and exec in product and
marketing text).  All e-mail addresses, phone numbers, tax ids and account
numbers are invented placeholders.

Standard library only, deterministic (random.Random(2401)); running the
script twice gives the same bytes.
"""
import json
import random
from pathlib import Path

RNG = random.Random(2401)
OUT = Path(__file__).with_name("benign.jsonl")
PER_CATEGORY = 80
MAX_LEN = 1800
SEEN = set()  # values already used by any category
LITERAL_COUNTS = {}


def pick(seq):
    return RNG.choice(seq)


def fill(cat, literals, gen, n=PER_CATEGORY):
    """Literals first, then templated values until n values unique in the file."""
    out = []
    for v in literals:
        if v in SEEN:
            raise SystemExit("duplicate literal in %s: %r" % (cat, v))
        assert isinstance(v, str) and 0 < len(v) <= MAX_LEN, v
        SEEN.add(v)
        out.append(v)
    if len(out) > n:
        raise SystemExit("too many literals in %s (%d > %d)" % (cat, len(out), n))
    LITERAL_COUNTS[cat] = len(out)
    tries = 0
    while len(out) < n:
        tries += 1
        if tries > 20000:
            raise SystemExit("template pool too small for %s" % cat)
        v = gen()
        if v in SEEN or len(v) > MAX_LEN:
            continue
        SEEN.add(v)
        out.append(v)
    RNG.shuffle(out)
    return out


def ean13(first12):
    """Append the GS1 check digit to 12 digits."""
    s = sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(first12))
    return first12 + str((10 - s % 10) % 10)


def order_no():
    return "#%d" % RNG.randint(10000, 99999)


# ---------------------------------------------------------------- shared pools
COLOURS = ["black", "navy", "sage", "rust", "off-white", "heather grey", "forest green", "burgundy", "sand", "dusty pink"]
SIZES = ["XS", "S", "M", "L", "XL", "XXL", "S/M", "M/L", "L/XL"]
SHOE_SIZES = ["US 7", "US 8.5", "US 10", "UK 6", "UK 8", "EU 38", "EU 42", "EU 44.5"]
ITEMS = ["Linen Shirt", "Merino Crew Sweater", "Canvas Tote", "Ceramic Mug", "Yoga Mat", "Desk Lamp", "Throw Pillow",
         "Rain Jacket", "Hiking Socks", "Chef's Knife", "Cutting Board", "Wall Clock", "Travel Mug", "Duvet Cover",
         "Trail Runner", "Denim Jacket", "Phone Case", "Laptop Sleeve", "Scented Candle", "Wool Beanie"]
BRANDS = ["Acme", "Northwind", "Little Fox Knits", "Hearth & Home", "BlueRidge Outfitters", "Kōbō Ceramics",
          "Studio Meyer", "Casa Oliva", "Fjällhem", "Urban Trail"]
FIRST = ["Siobhán", "D'Angelo", "Zoë", "María José", "Jean-François", "Aoife", "Wanjiru", "Bjørn", "Anaïs", "Kenji",
         "Małgorzata", "Renée", "Şükrü", "Nguyễn", "Olu", "Priya", "Liam", "Emily-Rose"]
LAST = ["O'Brien", "D'Arcy", "Van der Berg", "García-López", "L'Heureux", "Ní Bhriain", "Ngũgĩ", "Åkesson",
        "Lefèvre-Dubois", "Tanaka", "Kowalska", "St. Clair", "Öztürk", "McDonald-O'Neill", "Adeyemi", "Iyer"]
CITIES = [("Boston, MA", "02118"), ("Dublin", "D08 VF8H"), ("Berlin", "10437"), ("Lyon", "69002"),
          ("Madrid", "28004"), ("Toronto, ON", "M5V 2T6"), ("Kraków", "31-042"), ("Porto", "4000-322"),
          ("Austin, TX", "78704-1123"), ("Melbourne VIC", "3000")]
STREETS = ["Maple Ave", "Rue de l'Église", "Hauptstraße", "O'Connell Street", "Calle Mayor", "King St W",
           "ul. Długa", "Rua das Flores", "S Congress Ave", "Elizabeth St"]


# ======================================================================= product listings
def product_listings():
    lit = [
        "Men's Slim-Fit Oxford Shirt – 100% Cotton – Sizes S/M/L/XL – Model is 6'1\" and wears M",
        "27\" 4K UHD Monitor (3840 x 2160), 60Hz, HDMI 2.0 | DisplayPort 1.4 | USB-C 65W PD",
        "Stainless Steel Mixing Bowls, Set of 3 – 1.5 qt / 3 qt / 5 qt – dishwasher safe",
        "Cast Iron Skillet 10-1/4\" Pre-Seasoned — oven safe to 500°F",
        "Ergonomic Office Chair, max. load <150 kg, seat height 42–52 cm, adjustable lumbar support",
        "Poster Frame 12\" x 18\" (30 x 45 cm), black aluminium, acrylic front",
        "Copper Pipe Fitting 3/4\" x 1/2\" Reducing Coupling, Lead-Free, Pack of 10",
        "Kids' Rain Boots — Sizes 10T–4Y — \"Dino\" print",
        "Replacement Battery for iPhone 12 / 12 Pro (A2403) – 2815 mAh, incl. tools & adhesive strips",
        "Compatible with: Canon EOS R5 | R6 | R6 Mark II | R7 / Nikon Z via adapter (not included)",
        "• Dimensions: 180 x 90 x 75 cm (L x W x H)\n• Material: solid oak, oiled finish\n• Max. load: 80 kg\n• Assembly required – tools included",
        "Yoga Mat 1/4\" Thick, 72\" x 24\", Non-Slip, Latex-Free — \"M & L\" bundle available",
        "Acme ProBlend™ 1200W Blender, 64 oz BPA-free jar, model AB-1200X",
        "Building set \"Harbour Crane\" (1,208 pieces) – Ages 12+ – WARNING: small parts",
        "Chelsea Boots, smooth leather, black — UK 8 / EU 42 / US M9 L10",
        "Wool Blend Coat: 70% wool, 25% polyamide, 5% cashmere. Dry clean only. Model is 5'9\" / 175 cm and wears size S.",
        "USB-C to USB-C Cable 2 m (6.6 ft), 100W / 20V 5A, E-Marker — NOT compatible with Thunderbolt 3 docks",
        "Drill Bit Set 1/16\" – 1/2\" (29 pcs), HSS titanium coated, 135° split point",
        "Garden Hose 50 ft x 5/8\" — kink-free, brass fittings, \"lifetime\" warranty*\n*see warranty terms",
        "Phone Case for Galaxy S23/S23+/S23 Ultra — select your model below. Fits ONLY the listed models!!",
        "Bed Sheet Set Queen (60\" x 80\") – 400 thread count – deep pocket up to 16\"",
        "Trail Running Shoes \"Select Grip\" – 6 mm drop, 285 g (US 9)",
        "Table Lamp E27 max. 60W, 1.8 m cable with inline switch; shade Ø 35 cm",
        "Drop-in Kitchen Sink 33\" x 22\" x 9\", 18 gauge, 3 faucet holes, strainer & drain included",
        "Burr Coffee Grinder — 40 grind settings (espresso → French press), 250 g bean hopper",
        "Screen Protector for iPad Pro 11\" (2018/2020/2021/2022), 2-pack, 9H tempered glass",
        "Backpack 30L, 50 x 32 x 20 cm – fits 15.6\" laptops; carry-on size for most airlines (check yours!)",
        "Stretch Sofa Cover for 3-seater (190–230 cm) — machine washable at 30°C",
        "Herren Winterjacke wasserdicht – Gr. M/L/XL – Obermaterial 100 % Polyester, Füllung 80 % Daunen / 20 % Federn",
        "Robe d'été en lin – Tailles 36/38/40 – Longueur : 95 cm – Lavable à 30 °C",
        "Zapatillas de running para mujer – tallas 37–41 – suela de goma \"antideslizante\"",
        "ステンレス製 水筒 500ml 保冷 保温 | 食洗機対応 | 直飲みタイプ",
        "纯棉T恤 男款 M/L/XL/XXL 100%棉 – 夏季新款",
        "Set of 4 Wine Glasses 12 oz (350 ml) – lead-free crystal; hand wash recommended",
        "HDMI Switch 3 in / 1 out — 4K@60Hz, HDR, auto-switch; works w/ PS5 / Xbox Series X / Switch / Fire TV",
        "Replacement Filter for models HF-200, HF-210 & HF-220 (NOT for HF-300)",
        "Exec Leather Desk Pad 36\" x 17\", waterproof, stitched edges",
        "Sleep Mask 100% Mulberry Silk, 22 momme – \"Deep Sleep\" edition, adjustable strap",
        "Union Jack Cushion Cover 18\" x 18\" (45 x 45 cm), hidden zip",
        "Drop Earrings 925 Sterling Silver — length 1-1/4\" (3.2 cm)",
        "Select Comfort Pillow – Queen 20\" x 30\" – medium firm; side-sleeper approved",
        "Script Lettering Wall Decal \"Home Sweet Home\" 24\" x 8\" — removable vinyl",
        "Alert Bell for Bicycles, fits 22.2 mm handlebars, ≥ 90 dB",
        "Electric Pressure Cooker 6 qt — 7-in-1: Pressure Cook | Slow Cook | Sauté | Steam | Rice | Yogurt | Keep Warm",
        "Gaming Mouse 26,000 DPI, 8 programmable buttons, RGB; software for Windows 10/11 & macOS 12+",
        "Shelf Bracket 8\" x 10\" heavy duty (holds up to 200 lbs/pair) — screws & anchors incl.",
        "Tank Top — 95% cotton / 5% elastane — XS–XXL — colours: black, white, \"sage\", \"rust\"",
        "Waterproof rating: IP68 (1.5 m / 30 min). Not for salt water, saunas or hot showers.",
        "Baby Bodysuit 0-3M / 3-6M / 6-12M — 100% organic cotton (GOTS) — \"Little Bear\" print",
        "Bamboo Cutting Board 18\" x 12\" x 3/4\" with juice groove",
        "Specifications:\n- Input: 100–240V ~ 50/60Hz\n- Output: 5V⎓3A / 9V⎓3A / 15V⎓3A / 20V⎓3.25A (65W max)\n- Size: 2.1\" x 2.1\" x 1.2\"\n- Weight: 4.2 oz",
        "Orthopaedic Dog Bed for dogs < 25 kg — 80 x 60 cm — washable cover (remove the foam first!)",
        "T-shirt size chart: S = 36–38\" chest | M = 39–41\" | L = 42–44\" | XL = 45–47\"",
        "Espresso Cups 3 oz (90 ml), set of 6, porcelain — microwave & dishwasher safe",
        "Power Strip 6 outlets + 3 USB (1x USB-C), 1.5 m cord, max 3680W / 16A",
        "Hiking Pants — inseam 30\"/32\"/34\" — UPF 50+ — zip-off legs",
        "Aquarium Heater 100W for tanks 20–30 gal (75–115 L) — adjustable 68–93°F",
        "Ring Size Guide: 5 = 15.7 mm | 6 = 16.5 mm | 7 = 17.3 mm | 8 = 18.2 mm (inner diameter)",
    ]
    adj = ["Classic", "Organic", "Premium", "Everyday", "Lightweight", "Heavy-Duty", "Vintage-Wash", "Slim-Fit", "Oversized"]
    extras = ["machine wash cold", "imported", "made in Portugal", "ships in 1–2 days", "limited edition",
              "gift box included", "FSC®-certified", "vegan", "final sale"]
    mats = ["100% cotton", "55% linen / 45% cotton", "100% merino wool", "recycled polyester (rPET)", "stoneware",
            "18/8 stainless steel", "acacia wood", "full-grain leather"]

    def gen():
        k = RNG.randint(0, 3)
        if k == 0:
            return "%s %s – %s – %s – %s" % (pick(adj), pick(ITEMS), pick(COLOURS), pick(mats), pick(extras))
        if k == 1:
            w, h = RNG.choice([(8, 10), (11, 14), (12, 16), (16, 20), (18, 24), (24, 36)])
            return "%s %s %d\" x %d\" (%d x %d cm), %s" % (pick(BRANDS), pick(["Art Print", "Canvas", "Frame", "Placemat", "Rug"]), w, h, round(w * 2.54), round(h * 2.54), pick(extras))
        if k == 2:
            return "%s %s, size %s, %s | SKU %s-%s-%s" % (pick(BRANDS), pick(ITEMS), pick(SIZES + SHOE_SIZES), pick(COLOURS), pick(["TS", "SW", "JK", "MG", "BG"]), pick(["BLK", "NVY", "SGE", "RST"]), RNG.randint(100, 999))
        return "%s — %d%% off — was $%d.99, now $%d.99 (%s)" % (pick(ITEMS), pick([10, 15, 20, 25, 30, 40]), RNG.randint(40, 90), RNG.randint(15, 39), pick(mats))
    return fill("product-listings", lit, gen)


# ======================================================================= rich text html
def rich_text_html():
    lit = [
        '<p>Our <strong>best-selling</strong> linen shirt is back in <em>three</em> new colours.</p>',
        '<p>Care instructions:</p><ul><li>Machine wash at 30&nbsp;°C</li><li>Do not tumble dry</li><li>Iron on low heat</li></ul>',
        "<h2>Why you'll love it</h2><p>Soft, breathable &amp; made to last.</p>",
        '<p class="ql-align-center"><span style="color: rgb(230, 0, 0);">SALE ends Sunday!</span></p>',
        '<p>See our <a href="https://shop.example.com/pages/size-guide" target="_blank" rel="noopener">size guide</a> before ordering.</p>',
        '<p><img src="https://cdn.example-shop.com/files/tote-front_800x.jpg?v=1712345678" alt="Leather tote, front view" width="800" height="800"></p>',
        '<iframe width="560" height="315" src="https://www.youtube.com/embed/Xq7vR2mK0pE" title="YouTube video player" frameborder="0" allow="accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share" allowfullscreen></iframe>',
        '<table style="border-collapse: collapse; width: 100%;" border="1"><tbody><tr><td>Size</td><td>Chest (cm)</td><td>Length (cm)</td></tr><tr><td>S</td><td>96</td><td>70</td></tr><tr><td>M</td><td>102</td><td>72</td></tr></tbody></table>',
        "<blockquote><p>&ldquo;The best running sock I've ever owned.&rdquo; &mdash; Trail Weekly</p></blockquote>",
        '<p>Dimensions: 12&quot; x 18&quot; (30 &times; 45&nbsp;cm)</p>',
        '<ol><li>Remove the old filter.</li><li>Insert the new filter until it clicks.</li><li>Run the machine for 2 minutes &amp; discard the water.</li></ol>',
        '<p><span data-mce-style="font-size: 14px;" style="font-size: 14px; color: #333333;">Ships within 1&ndash;2 business days.</span></p>',
        '{"blocks":[{"key":"3f1a2","text":"Free returns within 30 days","type":"unstyled","depth":0,"inlineStyleRanges":[{"offset":0,"length":12,"style":"BOLD"}],"entityRanges":[],"data":{}}],"entityMap":{}}',
        '{"ops":[{"insert":"Gift wrapping available"},{"attributes":{"bold":true},"insert":" for free"},{"insert":"\\n"}]}',
        '<p>Use code <code>SPRING15</code> at checkout.</p>',
        '<p>Questions? Email <a href="mailto:help@example-shop.com">help@example-shop.com</a> or call <a href="tel:+18005550199">1-800-555-0199</a>.</p>',
        '<p><br></p><p>Made in Portugal 🇵🇹</p>',
        '<h3 style="text-align: center;">Free shipping on orders over $50</h3>',
        '<p>Warning: <strong>choking hazard</strong> &ndash; small parts. Not for children under 3&nbsp;yrs.</p>',
        '<figure class="image"><img src="https://cdn.example.net/i/hero-2024.webp" alt="Autumn collection" width="1200" height="600"><figcaption>Autumn collection 2024</figcaption></figure>',
        '<p style="margin-left: 40px;">&bull; 2 x AA batteries (not included)</p>',
        '<div class="product-description"><p>Fits 13&quot;&ndash;14&quot; laptops.</p></div>',
        '<p><a href="https://www.instagram.com/exampleshop/" target="_blank" rel="noopener noreferrer"><img src="https://cdn.example-shop.com/icons/ig.png" alt="Instagram" width="24"></a></p>',
        '<p>Price per 100&nbsp;g: &euro;2,49</p>',
        '<ul data-checked="true"><li>Waterproof</li></ul><ul data-checked="false"><li>Machine washable</li></ul>',
        '<p>Rated <span class="stars" aria-label="4.5 out of 5">★★★★½</span> by 1,204 customers</p>',
        '<p><s>$129.00</s> <strong style="color:#c0392b">$89.00</strong></p>',
        '<p>Pair it with our <a href="/products/matching-belt?variant=4411">matching belt</a>.</p>',
        '<h2>Specifications</h2>\n<table>\n<tr><th>Weight</th><td>1.2 kg</td></tr>\n<tr><th>Battery</th><td>5000 mAh</td></tr>\n</table>',
        '<p>&lt;3 from the team at Little Fox Knits</p>',
        '<pre>Size  Chest  Waist\nS     36"    30"\nM     40"    34"</pre>',
        '<p class="MsoNormal"><span lang="EN-GB" style="font-family: \'Calibri\',sans-serif;">Hand-poured soy candle, 8&nbsp;oz.</span></p>',
        '<iframe src="https://player.vimeo.com/video/812345670?h=9c1e2f&amp;title=0&amp;byline=0" width="640" height="360" frameborder="0" allow="autoplay; fullscreen; picture-in-picture" allowfullscreen></iframe>',
        '<p><em>Note:</em> colours may vary slightly depending on your screen settings.</p>',
        '<h2>FAQ</h2><p><strong>Q: Does it fit a 3/4&quot; pipe?</strong><br>A: Yes, with the included adapter.</p>',
        '<p>Ingrédients&nbsp;: farine de blé, beurre (28&nbsp;%), sucre, œufs.</p>',
        '<p>Größe: 40&nbsp;×&nbsp;60&nbsp;cm &ndash; Material: 100&nbsp;% Baumwolle</p>',
        '<p>商品の特徴：<br>・軽量 &amp; 防水<br>・A4サイズ対応</p>',
        '<p><a href="https://shop.example.com/collections/sale" class="btn btn-primary" style="background:#111;color:#fff;padding:10px 20px;border-radius:4px;text-decoration:none;">Shop the sale &rarr;</a></p>',
        '<p><span style="font-family: Georgia, serif;">Each piece is hand-thrown, so no two are exactly alike.</span></p>',
        '<ul><li><strong>Width:</strong> 60&quot;</li><li><strong>Weight:</strong> 280&nbsp;gsm</li><li><strong>Composition:</strong> 55% linen / 45% cotton</li></ul>',
        '<p>Shipping to <abbr title="Alaska">AK</abbr>/<abbr title="Hawaii">HI</abbr> takes 7&ndash;10 days.</p>',
        '<p dir="rtl">شحن مجاني للطلبات فوق 200 ريال</p>',
        '<p>Ingredients: water, glycerin, <em>Aloe barbadensis</em> leaf juice, sodium hyaluronate.</p>',
        '<h2 id="returns">Returns</h2><p>Unworn items can be returned within 30 days. See <a href="#returns-policy">policy</a>.</p>',
        '<p>Size M &amp; L sold out &ndash; restock expected 15/11.</p>',
        '<p style="text-align:justify">Our coffee is roasted in small batches every Tuesday &amp; Friday.</p>',
        '<p>Compatible with <code>MX-200</code> | <code>MX-210</code> | <code>MX-300</code></p>',
        '<p>Follow us <a href="https://www.tiktok.com/@exampleshop" target="_blank" rel="noopener">@exampleshop</a> for new drops ✨</p>',
        '<hr><p><small>&copy; 2024 Example Shop GmbH. All rights reserved.</small></p>',
        '<p><u>Important:</u> please check your engraving text carefully &ndash; personalised items cannot be returned.</p>',
        '<p><font color="#ff0000">Limited edition</font> &mdash; only 200 made.</p>',
        '<p>&quot;Select&quot; grade walnut, hand-rubbed oil finish.</p>',
        '<p><span class="ql-size-large">Summer drop</span> is live! <span class="ql-font-serif">Handmade in small batches.</span></p>',
        '<p>Step 1: unscrew the cap<br/>Step 2: fill to the MAX line (&lt; 1.7&nbsp;L)<br/>Step 3: press &amp; hold for 3&nbsp;s</p>',
        '<p><a href="https://shop.example.com/products/wool-beanie" data-mce-href="https://shop.example.com/products/wool-beanie">Wool beanie</a> &ndash; matches perfectly!</p>',
        '<div style="display:flex;gap:8px"><img src="https://cdn.example-shop.com/i/88123_1.jpg" alt="front" width="300"><img src="https://cdn.example-shop.com/i/88123_2.jpg" alt="back" width="300"></div>',
        '<p>Press coverage: <cite>Home &amp; Garden Monthly</cite>, issue 04/2024</p>',
        '<p>Pre-order now &#8211; ships <time datetime="2024-09-15">15 Sept</time>.</p>',
    ]
    feats = ["Water-resistant", "Machine washable", "Hand-finished", "Recycled materials", "2-year warranty",
             "Fits 15.6&quot; laptops", "BPA-free", "Vegan leather", "Lifetime repairs", "Free engraving"]
    tags = ["strong", "em", "u", "s"]

    def gen():
        k = RNG.randint(0, 4)
        if k == 0:
            a, b, c = RNG.sample(feats, 3)
            return "<ul><li>%s</li><li>%s</li><li>%s</li></ul>" % (a, b, c)
        if k == 1:
            t = pick(tags)
            return "<p>Our %s is <%s>%s</%s> &amp; %s.</p>" % (pick(ITEMS).lower(), t, pick(["back in stock", "on sale", "new", "limited"]), t, pick(feats).lower())
        if k == 2:
            return '<p><img src="https://cdn.example-shop.com/files/%d_%dx.jpg" alt="%s in %s" width="%d"></p>' % (RNG.randint(10000, 99999), pick([400, 600, 800, 1200]), pick(ITEMS), pick(COLOURS), pick([300, 400, 600]))
        if k == 3:
            return '<p style="color:#%06x;font-size:%dpx">%s</p>' % (RNG.randint(0, 0xFFFFFF), pick([12, 14, 16, 18]), pick(["Free shipping over $75", "New colours added", "Only a few left!", "Pre-order today", "Back by popular demand"]))
        return '<h2>%s</h2><p>%s &ndash; %s</p>' % (pick(["Details", "Materials", "Care", "Shipping", "Sizing"]), pick(feats), pick(feats))
    return fill("rich-text-html", lit, gen)


# ======================================================================= reviews
def reviews_multilingual():
    lit = [
        "Love it!!! <3 Fits perfectly, ordered an M & it's true to size.",
        "★★★★☆ Good quality but the strap broke after 2 weeks :-(",
        "Great, just great. Arrived 3 weeks late and in the wrong colour. 10/10 would wait again. /s",
        "DO NOT BUY. The 'waterproof' jacket soaked through in 5 minutes of drizzle >:(",
        "Works as described ^_^ my cat loves it",
        "Super Qualität, schnelle Lieferung. Einziges Manko: die Anleitung ist nur auf Englisch. 4/5 ⭐",
        "Leider zu klein – ich trage normalerweise 42, hier bräuchte man 44. Rücksendung lief aber problemlos.",
        "Très déçue… la couleur n'a rien à voir avec la photo. « Bleu nuit » ? Plutôt gris souris.",
        "Parfait pour mon fils de 8 ans, il ne le quitte plus ! Je recommande :)",
        "Llegó antes de lo previsto y muy bien embalado. ¡Recomendado 100%!",
        "La talla es pequeña, pedid una más. Por lo demás genial :-)",
        "Produto excelente, mas a entrega demorou 12 dias. Nota 4/5.",
        "Não gostei, o tecido é fino e transparente. Devolvi.",
        "Ottimo rapporto qualità/prezzo. L'ho regalato a mia madre e le piace tantissimo <3",
        "Buty są wygodne, ale po miesiącu odkleiła się podeszwa. Słabo :(",
        "Prima product, doet wat het moet doen. Levering binnen 24 uur 👍",
        "Ürün çok güzel, kargo hızlıydı. Teşekkürler!",
        "Качество отличное, размер соответствует. Рекомендую! ★★★★★",
        "Пришло с браком — одна ножка стула короче другой >:(",
        "质量很好，物流也很快，下次还会再买！👍",
        "尺码偏小，建议买大一号。",
        "思ったより小さかったですが、作りはしっかりしています。★4つ",
        "梱包が丁寧で、すぐに使えました (^_^)",
        "배송 빠르고 품질 좋아요! 재구매 의사 있습니다 ㅎㅎ",
        "منتج رائع والتوصيل كان سريعًا، أنصح به بشدة",
        "THE BEST PURCHASE I'VE MADE ALL YEAR. NO REGRETS.",
        "Title says 12\" but mine measures 11 1/2\". Close enough I guess?",
        "Bought this for my husband's \"man cave\" — he says it's \"fine\", which means he loves it.",
        "If I could give 0 stars I would. Customer service said \"it's within tolerance\" lol",
        "Review update (3 months later): still working, battery holds ~80%. Upgrading to 5 stars.",
        "Pros: light, cheap, cute. Cons: the zipper. Oh, the zipper.",
        "It's okay. Nothing special. 3/5 -- would maybe buy again on sale.",
        "Smells like chemicals when you first open it -> air it out for a day and it's fine.",
        "I ordered the 'Select' blend by mistake but honestly it's better than my usual one :D",
        "Drop test: survived a fall from my desk onto tile. Phone = fine. Case = scratched. Worth it.",
        "Fits my 2019 CR-V perfectly; no drilling needed. Took 20 min w/ a 10mm socket.",
        "Hmm... 5 stars for the product, 1 star for the packaging (box was crushed). Average = 3?",
        "My daughter (7) asked for this for her birthday & it was a hit!! Thank you <3 <3",
        "Not compatible with Windows 11 out of the box — had to install the driver from their site (v2.3.1). Then fine.",
        "Sleep quality improved noticeably. I'm a side sleeper & the medium firmness is perfect.",
        "Pros:\n+ sturdy\n+ easy to assemble\nCons:\n- instructions skip step 4\n- one screw short",
        "Honestly?? Overhyped. TikTok made me buy it ¯\\_(ツ)_/¯",
        "the script on the mug is printed slightly crooked but my mum didn't notice haha",
        "Excellent. Replaced the original part (#42-113-B) and the rattling noise is gone.",
        "Wer hat an der Uhr gedreht? Paket kam nach 2 Tagen statt 2 Wochen 😂 Top!",
        "C'est « made in France » d'après la fiche... étiquette : Made in China. Bof.",
        "Calidad-precio inmejorable; eso sí, el cable es cortito (1 m).",
        "Bardzo polecam!!! Córka zachwycona 😍",
        "Geweldige jas, maar de mouwen zijn 3 cm te lang voor mij (1,68 m).",
        "Beden tablosuna göre aldım, tam oldu. Kumaşı kaliteli.",
        "Отличный чайник, но крышка открывается туго. 4 из 5.",
        "外观漂亮，但是电池只能用两天 :(",
        "サイズ感ぴったり！色違いも購入予定です♪",
        "생각보다 작아요ㅠㅠ 그래도 귀여워서 만족합니다",
        "الجودة متوسطة والمقاس أصغر من المتوقع 😕",
        "5 stars!!!!! ⭐⭐⭐⭐⭐ can't say enough good things",
        "Meh. The \"leather\" is PU. Description says 'genuine leather'. Reported it.",
        "Returned it. Size chart says L = 42-44\" chest; this was <40\". Refund took 2 days though, so +1 for that.",
        "Wife says: \"finally a lamp that doesn't look like a hospital\" ... high praise in this house.",
        "Arrived with a dead pixel top-left :-/ Exchange was painless, new one is perfect.",
    ]
    good = ["Great quality", "Exactly as pictured", "Fast shipping", "Fits true to size", "Very comfy", "Gorgeous colour",
            "Sehr gut", "Très bien", "Muy bueno", "Molto bello", "Świetny", "Очень хорошо", "很好", "とても良い"]
    bad = ["runs small", "colour is off", "took 3 weeks", "seams came apart", "smaller than expected", "box was damaged"]
    faces = [":)", ":-)", ":(", "<3", ":D", "^_^", ";)", "xD", "🙂", "😍", "👍", ""]

    def gen():
        n = RNG.randint(1, 5)
        stars = "★" * n + "☆" * (5 - n)
        k = RNG.randint(0, 2)
        if k == 0:
            return "%s %s! %s" % (stars, pick(good), pick(faces))
        if k == 1:
            return "%s, but %s. %d/5 %s" % (pick(good), pick(bad), n, pick(faces))
        return "%s for the %s (%s) — %s %s" % (pick(["Bought", "Ordered", "Got"]), pick(ITEMS).lower(), pick(SIZES), pick(good).lower(), pick(faces))
    return fill("reviews-multilingual", lit, gen)


# ======================================================================= names and addresses
def names_addresses():
    lit = [
        "Siobhán O'Brien-Murphy",
        "D'Angelo Washington Jr.",
        "Wanjiru Ngũgĩ",
        "María José García-López",
        "Jean-François L'Heureux",
        "Zoë van der Berg",
        "Patrick McDonald-O'Neill",
        "Renée d'Arcy",
        "大塚 陽翔 (Haruto Ōtsuka)",
        "Nguyễn Thị Thu Hà",
        "Björn Åkesson c/o Åkesson Bygg AB",
        "Apt #4B, 221 W 79th St, New York, NY 10024",
        "12 1/2 Maple Ave, Rear Unit, Burlington, VT 05401",
        "P.O. Box 4417, Anchorage, AK 99509-4417",
        "12 Rue de l'Église, 67000 Strasbourg, France",
        "c/o Müller GmbH, Hauptstr. 5a, 3. OG links, 10827 Berlin",
        "Flat 2, 14 O'Connell Street, Dublin 1, D01 X2P3",
        "Leave at door; ring bell & knock — dog is friendly!",
        "Gate code #4521*, then 2nd building on the left. DO NOT leave with neighbour at no. 7",
        "+1 (555) 010-4477 ext. 12",
        "+44 20 7946 0958",
        "+49 (0)30 1234 5678",
        "jane.doe+shop@example.com",
        "kate.o'reilly+returns@example.co.uk",
        "Calle de Alcalá, 48, 3º Izq., 28014 Madrid",
        "Rua Dr. João Pessoa, 1200 – apto 34 – CEP 01310-100 – São Paulo/SP",
        "ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa",
        "〒150-0002 東京都渋谷区渋谷2丁目10-3 サンライズマンション 302号室",
        "서울특별시 강남구 테헤란로 123, 4층 (역삼동)",
        "Москва, ул. Тверская, д. 7, кв. 12",
        "Via dell'Indipendenza 23/B, 40121 Bologna (BO)",
        "Keizersgracht 123-II, 1015 CJ Amsterdam",
        "Unit 5/27 Smith St, Fitzroy VIC 3065",
        "RR 2 Box 118, Hwy 9 & County Rd 14",
        "Smith & Sons Ltd. (VAT GB000000000)",
        "Attn: Receiving Dept. — Dock 3 (deliveries Mon–Fri 7am–3pm only)",
        "Building 7, Room 3-114 / Mailstop 22",
        "If no answer call 555-0143; back door code is 1984#",
        "Please don't ring the bell, baby sleeping 🙏 just knock softly",
        "Nom : Lefèvre-Dubois / Prénom : Anaïs",
        "Dr. med. Hans-Jürgen Schäfer-Nöth",
        "Aoife Ní Bhriain",
        "Marcus \"Mac\" O'Donnell",
        "Şükrü Öztürk, Atatürk Cad. No:15 D:4, 34000 Fatih/İstanbul",
        "Lot 14, Jalan Bukit Bintang, 55100 Kuala Lumpur",
        "3/F, 18 Nathan Road, Tsim Sha Tsui, Kowloon, Hong Kong",
        "Hinterhaus, 2. Hof, bei Schmidt klingeln",
        "Suite 300 & 301 (use the freight elevator)",
        "Address line 2: n/a – detached house",
        "Emily-Rose St. Clair",
        "José Ángel Núñez y Peña",
        "Le'Andra O'Neal-Harris",
        "van 't Hof, Pieter",
        "Jørgensen, Søren Ørsted",
        "tom_o'hara@example.org",
        "firstname.lastname+returns-2024@example.net",
        "Behind the garage -> side door (blue). Parcel box code: 2-7-1-9",
        "Business hours only (9–5). Reception on 2nd floor, ask for \"Logistics\"",
        "Route 66 Diner, 1/4 mile past exit 12 — deliver to the kitchen door",
        "مكتب 12، الطابق الثالث، شارع الملك فهد، الرياض 12211",
    ]
    inst = ["leave with neighbour at no. %d" % n for n in (3, 7, 12)] + ["ring bell & wait", "call on arrival",
            "side door; knock twice", "porch — behind the planter", "safe place: garage", "do NOT leave outside"]

    def gen():
        k = RNG.randint(0, 3)
        city, pc = pick(CITIES)
        if k == 0:
            return "%s %s" % (pick(FIRST), pick(LAST))
        if k == 1:
            return "%d %s, Apt #%d%s, %s %s" % (RNG.randint(1, 999), pick(STREETS), RNG.randint(1, 40), pick(["", "A", "B", "C"]), city, pc)
        if k == 2:
            return "%s %s, c/o %s, %d %s, %s %s — %s" % (pick(FIRST), pick(LAST), pick(BRANDS), RNG.randint(1, 300), pick(STREETS), pc, city, pick(inst))
        return "%s.%s+%s@example.%s" % (pick(["jane", "sam", "aoife", "kenji", "maria", "liam"]), pick(["doe", "obrien", "tanaka", "garcia", "nowak"]), pick(["shop", "orders", "returns", "promo", "2024"]), pick(["com", "org", "net", "co.uk", "de"]))
    return fill("names-addresses", lit, gen)


# ======================================================================= search queries
def search_queries():
    lit = [
        "nike air max 90 size 10",
        "\"running shoes\" -trail",
        "iphone 15 case OR cover",
        "sofa 3 seater grey under 500",
        "dress size:10 color:navy",
        "price:10-50 candles",
        "samsng galxy s23 chargr",
        "SKU-4471*",
        "ab-1200x",
        "does the 27\" monitor have speakers?",
        "Wollsocken Herren 43-46",
        "robe été lin taille 38",
        "zapatillas mujer 38 blancas",
        "水筒 500ml",
        "кроссовки мужские 44",
        "men's jacket waterproof -\"rain cover\"",
        "12\" x 18\" frame",
        "3/4 copper coupling",
        "select comfort pillow",
        "drop earrings silver",
        "union jack cushion",
        "table lamp e27",
        "sleep mask silk",
        "script font wall sticker",
        "\"M & L\" bundle",
        "usb c cable 2m 100w",
        "bed sheets queen deep pocket 16\"",
        "gift for dad under $30",
        "shoes & boots",
        "tv 55\" OR 65\" 4k",
        "kids rain boots 10t",
        "baby bodysuit 0-3m organic",
        "tshirt -polo +cotton",
        "brand:acme type:blender",
        "iphone 12/12 pro battery",
        "eau de toilette 100ml",
        "o'neill wetsuit 4/3",
        "levi's 501 32x34",
        "where is my order",
        "return policy?",
        "chelsea boots uk 8",
        "(red OR blue) dress",
        "desk 120*60",
        "screws m4*20",
        "k-cup compatible",
        "c++ book",
        "100% wool",
        "ps5 controller #white",
        "sale -clearance",
        "pc case atx | mid tower",
        "노트북 파우치 15인치",
        "حقيبة ظهر",
        "kurtka zimowa damska",
        "hdmi 2.1 kabel 3m",
        "drill bits 1/16\"-1/2\"",
        "<50 kg dog bed",
        "hoodie size:L colour:\"forest green\"",
        "select all sizes",
        "pillow 20x30 -memory",
        "is the alert bell loud?",
    ]

    def gen():
        k = RNG.randint(0, 4)
        if k == 0:
            return "%s %s %s" % (pick(BRANDS).lower(), pick(ITEMS).lower(), pick(SIZES).lower())
        if k == 1:
            return "%s price:%d-%d" % (pick(ITEMS).lower(), RNG.randint(5, 40), RNG.randint(50, 200))
        if k == 2:
            return "\"%s\" -%s" % (pick(ITEMS).lower(), pick(COLOURS))
        if k == 3:
            return "%s %s size:%s" % (pick(COLOURS), pick(ITEMS).lower(), pick(SHOE_SIZES).split()[-1])
        return "%s*" % pick(ITEMS).lower()[:RNG.randint(3, 7)]
    return fill("search-queries", lit, gen)


# ======================================================================= support chat
def support_chat():
    lit = [
        "Hi, my order #48213 still says 'processing' after 5 days. Can you check?",
        "Tracking link doesn't work: https://track.example-carrier.com/?tn=1Z4F82E70391542285 says 'No information available'",
        "I was charged twice!! $49.99 x 2 on my card ending 4242. Order #100234.",
        "When I click 'Place order' I get: Error 500 – Something went wrong. Please try again later. (ref: 7f3c9a)",
        "Checkout says \"Your card was declined (code: do_not_honor)\" but the card works everywhere else.",
        "The coupon SAVE20 says 'This code is not valid for items in your cart' - but it's a full-price item?",
        "Hi Maria, thanks for reaching out! I've issued a refund of €34.90 to your original payment method; it should appear within 5–10 business days.",
        "Sorry for the trouble! Could you send a photo of the damaged item and the box label? You can reply to this email with attachments (JPG/PNG, max 10 MB).",
        "screenshot attached: the page just shows a blank white screen and the console says \"Uncaught TypeError: Cannot read properties of undefined (reading 'price')\"",
        "I want to return the shoes (order 55012) — size 42 is too small. Do I have to pay for return shipping?",
        "The app keeps logging me out. iOS 17.4, app version 3.12.0. Already reinstalled.",
        "Package was marked delivered but it's not here. Neighbours don't have it either. Order #77109",
        "Can I change the delivery address? I typed 'Apt 4' instead of 'Apt 14' 🤦",
        "Your site says 'In stock' but then at checkout: 'Only 0 left'. Which is it?",
        "Hallo, ich habe die falsche Größe bekommen (M statt L). Bestellnummer 2024-118833. Wie kann ich umtauschen?",
        "Bonjour, ma commande n°FR-55821 est arrivée incomplète : il manque le couvercle.",
        "Hola, ¿cuándo vuelve a estar disponible la talla 38? Gracias",
        "I've escalated this to our warehouse team (ticket CS-20931). You'll hear back within 24h.",
        "Error when uploading my prescription: 'File type not allowed. Allowed: .pdf, .jpg, .png'",
        "I get 'Invalid postal code' for my address in Dublin — Eircode D02 X285. Your form seems to expect 5 digits?",
        "Why was my review removed?? I only said the product was 'garbage' which it is",
        "Got an email 'Your order has been cancelled – payment failed' but PayPal shows the money was taken ?!",
        "Is this kettle compatible with 220V? I'm in Germany.",
        "Hi! Can you add a gift note to order #66120? Text: 'Happy 30th, Sam! Love, J & K'",
        "The promo banner says 'up to 70% off' but nothing in the sale section is more than 30% off... misleading",
        "The error 'SESSION_EXPIRED' means the checkout timed out after 15 min. Please refresh and try again; your items are reserved until 23:59.",
        "Page https://shop.example.com/checkout/payment?step=2 just reloads forever (Chrome 124, Windows 11).",
        "Hi I want to cancel my subscription but the button in My Account → Subscriptions → Manage does nothing",
        "Refund request: the blender (SKU AB-1200X) stopped working after 3 uses. Smell of burning. Receipt attached.",
        "Where do I find my invoice? I need it with our VAT ID for the company (DE000000000).",
        "I received someone else's order?! Name on the label is 'R. Kowalski', not me.",
        "order #30011 — delivery note says 2 items, box has 1. Missing: 'Bamboo Cutting Board 18\" x 12\"'",
        "Thanks for your patience. The carrier confirms the parcel is at the depot; redelivery is booked for Tue 14 May, 8:00–12:00.",
        "Hi, the size chart says M = 39-41\" but the shirt I got measures 37\". Is that a mistake?",
        "Quick question: does 'ships in 1-2 days' mean business days?",
        "Copied from your site: 'Warning: Your cart contains items that cannot be shipped to your region (NO, CH, IS).'",
        "ご注文番号 JP-88210 の配送状況を教えてください。まだ届いていません。",
        "Здравствуйте! Заказ №5512 пришёл с повреждённой коробкой, товар цел. Можно скидку?",
        "Olá, paguei por Pix mas o pedido continua como 'aguardando pagamento'.",
        "ok I tried that and now it says 'Too many attempts, try again in 30 minutes' 🙄",
        "I understand your frustration. As a goodwill gesture I've added a 15% code to your account: SORRY15 (valid 60 days).",
        "Hi, I'm a seller — my listing was flagged for 'prohibited keywords' but it's a kitchen knife set? Listing ID 88812301",
        "The 'Track order' button opens exampleshop://orders/48213 and nothing happens on desktop",
        "my address has an apostrophe (O'Connell St) and the form says 'invalid characters'!",
        "I'm getting 'Access denied – you don't have permission to view this page' when I open my order history",
        "Is it safe to leave this charger plugged in overnight? The manual says 'do not leave unattended while charging'",
        "Hi Tom — the return label is attached (PDF). Drop it at any post office; no printer? Just show the QR code.",
        "pls delete my account & all my data (GDPR art. 17). Email: a.nowak+shop@example.pl",
        "The discount didn't apply: subtotal $120.00, code -$0.00?? It says 'minimum spend $100' and I'm over that.",
        "Got \"We're sorry, but something went wrong (422)\" when saving my address. Tried 3 times.",
        "Your chatbot keeps answering 'I didn't understand that' to everything 😂 can I talk to a human pls",
        "Photo description: box corner crushed, inside the glass is cracked from top to bottom, about 20 cm.",
        "Invoice shows 'Qty 2' but I only ordered 1 & only got 1. Please correct and refund the difference ($18.50).",
        "The site is in Spanish for me even though I chose English — URL has ?lang=es at the end, removing it doesn't help",
    ]
    issues = ["hasn't arrived", "arrived damaged", "is the wrong size", "is missing an item", "was charged twice",
              "shows 'label created' for a week", "was delivered to the wrong address"]
    names = ["Anna", "Tom", "Priya", "Kenji", "Lucía", "Ahmed", "Zoë", "Sam"]

    def gen():
        k = RNG.randint(0, 3)
        if k == 0:
            return "Hi, my order %s %s. Can you help?" % (order_no(), pick(issues))
        if k == 1:
            return "Hi %s, thanks for your message! I've %s for order %s. %s" % (pick(names), pick(["issued a full refund", "sent a replacement", "opened a claim with the carrier", "applied a $10 credit"]), order_no(), pick(["Anything else I can help with?", "Have a great day!", "Sorry again for the hassle 🙏"]))
        if k == 2:
            return "Tracking %s has said '%s' since %s — is it lost?" % (pick(["1Z%03dAA1%07d" % (RNG.randint(100, 999), RNG.randint(0, 9999999)), "JD%012d" % RNG.randint(0, 10 ** 12 - 1)]), pick(["In transit", "Exception", "Arrived at facility", "Out for delivery"]), pick(["Monday", "Friday", "the 3rd", "last week"]))
        return "%s: '%s' when I try to %s" % (pick(["Error", "Message", "It says"]), pick(["Payment could not be processed", "Address could not be verified", "Item no longer available", "Please enter a valid phone number"]), pick(["check out", "save my address", "apply the gift card", "pay with Klarna"]))
    return fill("support-chat", lit, gen)


# ======================================================================= seller templates
def seller_templates():
    lit = [
        "{{ product.title | escape }} – {{ product.price | money }}",
        "{% for variant in product.variants %}{{ variant.title }}: {{ variant.price | money_with_currency }}{% unless forloop.last %}, {% endunless %}{% endfor %}",
        "{% if product.available %}In stock{% else %}Sold out{% endif %}",
        "{{ 'now' | date: '%Y' }} © {{ shop.name }}",
        "Hi {{customer.first_name}}, your order {{order.name}} has shipped! Track it here: {{fulfillment.tracking_url}}",
        "{{#if order.discount}}You saved {{order.discount}}!{{/if}}",
        "{{#each line_items}}\n- {{quantity}} × {{title}} ({{price}})\n{{/each}}",
        "Dear {{ customer.name | default: 'customer' }}, thank you for shopping with {{ shop.name }}.",
        "Shop handmade ceramic mugs (12 oz / 350 ml) – dishwasher & microwave safe. Free UK shipping over £40.",
        "Orders placed before 2pm (Mon–Fri) ship same day. Orders > 30 kg ship via freight (3–5 days). P.O. Boxes: USPS only.",
        "Returns: 30 days, unused & in original packaging. Personalised items are final sale. Buyer pays return shipping unless the item is faulty.",
        "BLACK FRIDAY: 40% off everything* + free shipping over $50 🖤 *excl. gift cards",
        "{%- assign sale_pct = product.compare_at_price | minus: product.price | times: 100 | divided_by: product.compare_at_price -%}Save {{ sale_pct }}%",
        "{{ product.description | strip_html | truncate: 160 }}",
        "{% render 'product-card', product: product, show_vendor: true %}",
        "{% comment %} TODO: remove after holiday sale {% endcomment %}",
        '<img src="{{ product.featured_image | image_url: width: 600 }}" alt="{{ product.featured_image.alt | escape }}" loading="lazy">',
        "{% case shipping_method.title %}{% when 'Express' %}Arrives tomorrow{% else %}Arrives in 3-5 days{% endcase %}",
        "Hello {{name}}, your code {{{coupon_html}}} expires {{expiry}}.",
        "{{^items}}Your cart is empty.{{/items}}",
        "{{> footer}}",
        "{{#unless customer.accepts_marketing}}You are not subscribed to our newsletter.{{/unless}}",
        '{{formatMoney total "EUR"}}',
        "{% if person.first_name %}Hi {{ person.first_name|title }}{% else %}Hi there{% endif %},",
        "{{ event.extra.line_items.0.product.title }} is waiting in your cart!",
        "{{> components/products/card product=this show_compare=true}}",
        "{{lang 'products.add_to_cart'}}",
        '[products limit="4" columns="4" category="hoodies" orderby="popularity"]',
        '[sale_products per_page="12"]',
        "%%title%% %%sep%% %%sitename%%",
        "Meta description: {{ product.title }} in {{ product.selected_or_first_available_variant.option1 }} | Free returns | {{ shop.name }}",
        "Flat rate $5.99; free if cart subtotal >= $75; Alaska/Hawaii +$10; no shipping to APO/FPO.",
        "Widerrufsbelehrung: Sie haben das Recht, binnen vierzehn Tagen ohne Angabe von Gründen diesen Vertrag zu widerrufen.",
        "{% paginate collection.products by 24 %}{% for product in collection.products %}{% render 'card', product: product %}{% endfor %}{{ paginate | default_pagination }}{% endpaginate %}",
        "{{ order.created_at | date: '%B %d, %Y' }}",
        "{% if cart.total_price > 5000 %}You qualify for free shipping!{% else %}Spend {{ 5000 | minus: cart.total_price | money }} more for free shipping.{% endif %}",
        "{if $product.quantity > 0}{l s='In stock' d='Shop.Theme.Catalog'}{/if}",
        "{{var order.increment_id}}",
        '{{trans "Thank you for your order from %store_name." store_name=$store.frontend_name}}',
        "{{depend order.shipping_address}}Ship to: {{var formattedShippingAddress|raw}}{{/depend}}",
        "All items are made to order; please allow 5-7 days production time + shipping.",
        "PREMIUM MATERIAL – 100% food-grade silicone, BPA free; heat resistant -40°F to 446°F",
        "*|FNAME|*, your cart misses you! Complete your order in the next 24h and get 10% off with *|COUPON|*.",
        "*|IF:FNAME|*Hi *|FNAME|*,*|ELSE:|*Hi there,*|END:IF|*",
        'Hi {{first_name}}, {{#equals status "shipped"}}your package is on its way{{/equals}}',
        '{{ page.product.translated.name }} – {{ "general.price"|trans }} {{ page.product.calculatedPrice.unitPrice|currency }}',
        "{% sw_extends '@Storefront/storefront/page/product-detail/index.html.twig' %}",
        '{"@context":"https://schema.org","@type":"Product","name":{{ product.title | json }},"offers":{"@type":"Offer","price":"{{ product.price | divided_by: 100.0 }}","priceCurrency":"{{ cart.currency.iso_code }}"}}',
        "Buy 2, get 1 free — mix & match! Cheapest item free. Code: 3FOR2 (ends 31/12, 23:59 GMT)",
        "Spend $100+ → $15 off | $200+ → $40 off | $300+ → $75 off",
        "{{ customer.first_name }}, your {{ product.title }} is back in stock!",
        "{% block product_title %}<h1 class=\"product__title\">{{ product.name|e }}</h1>{% endblock %}",
        "{% for item in cart.items %}{{ item.quantity }}x {{ item.title }}{% if item.variant.title != 'Default Title' %} ({{ item.variant.title }}){% endif %}\n{% endfor %}",
        "Handling time: 1 business day. We do not ship on weekends or US federal holidays. International orders may be subject to import duties & taxes (buyer's responsibility).",
        "<#if order.giftWrap>🎁 Gift wrapped</#if> Order ${order.number} – ${order.total?string.currency}",
        "${customer.firstName}, thanks for your order #${order.id}!",
        "Seller policy: we answer messages within 24 h (Mon–Sat). Custom orders: min. 10 pcs, 50% deposit.",
        "{{ 'products.product.sold_out' | t }}",
    ]
    vars_ = ["product.title", "product.vendor", "customer.first_name", "order.name", "shop.name", "variant.sku", "cart.item_count"]
    filters = ["escape", "upcase", "downcase", "strip", "truncate: 40", "default: '-'", "url_encode", "handleize"]

    def gen():
        k = RNG.randint(0, 3)
        if k == 0:
            return "{{ %s | %s }}" % (pick(vars_), pick(filters))
        if k == 1:
            return "{%% if %s %%}%s{%% endif %%}" % (pick(["product.available", "customer", "cart.item_count > 0", "order.discount_applications.size > 0"]), pick(["Add to cart", "Welcome back!", "View cart", "Discount applied ✔"]))
        if k == 2:
            return "%d%% off %s — code %s%d, ends %s" % (pick([10, 15, 20, 25, 30]), pick(["all tees", "sitewide", "outerwear", "your first order", "bundles"]), pick(["SAVE", "WELCOME", "HELLO", "VIP"]), pick([10, 15, 20, 25]), pick(["Sunday", "midnight", "31/12", "Jan 5"]))
        return "{{#if %s}}%s{{else}}%s{{/if}}" % (pick(["customer", "order.paid", "in_stock", "gift"]), pick(["Hi {{customer.name}}", "Paid ✔", "Ready to ship", "🎁"]), pick(["Hi there", "Awaiting payment", "Backordered", ""]))
    return fill("seller-templates", lit, gen)


# ======================================================================= orders and codes
def orders_and_codes():
    lit = [
        "Gift message: Happy Birthday Mom! Love you to the moon & back <3 — Jake",
        "Please gift wrap separately; no prices on the packing slip!",
        "Order note: leave with the concierge; if closed, use locker #12",
        "SPRING-15",
        "WELCOME10",
        "FREESHIP50",
        "SKU: TS-BLK-M-100C",
        "GTIN: " + ean13("871234567890"),
        '100234,2024-05-03,"O\'Brien, Siobhán",TS-BLK-M,2,19.99,39.98,EUR',
        '"Order ID","SKU","Qty","Unit price"\n"48213","AB-1200X","1","129.00"',
        "INV-2024-00817 | 3 x Mixing Bowl Set @ $24.99 = $74.97 | Tax (8.25%) $6.19 | Total $81.16",
        "Price = cost × 2.2 + shipping; round up to .99",
        "Tier pricing: 1–9 pcs $4.50; 10–49 pcs $3.90; 50+ pcs $3.20",
        "VAT: DE000000000",
        "EIN 00-0000000 (placeholder)",
        "IBAN: DE00 0000 0000 0000 0000 00 (placeholder – the real one is on the invoice)",
        'Engraving text: "J & M — 06.08.2016 — ∞"',
        "Note to seller: please send the 3/4\" version, not 1/2\" (I ordered the wrong one 🙈)",
        "PO#: 4500123987 / Cost center: 1020-MKT",
        "Discount: -15% (code SUMMER15) = -$12.75",
        "Order #48213: 2x SKU-4471 (size 10), 1x SKU-9002; partial shipment OK",
        "Customs: HS 6109.10 – cotton T-shirts – value $45.00 – gift: no",
        "Gift message: Sorry I forgot your birthday... again. Here's something to make up for it :-)",
        "Gift message: Für Oma – alles Liebe zum 80.! ❤️ Deine Lisa & Tom",
        "Message cadeau : Joyeux Noël ! Bisous de Paris 🎄",
        "Mensaje: ¡Feliz aniversario, mi amor! 10 años juntos 💕",
        "Batch/lot: L2403-117; best before 2025-09-30",
        "Serial numbers: SN-AX9-00412, SN-AX9-00413 (RMA #R-2207)",
        "Bulk order: 250 units @ €3.20 = €800.00 net; 19% VAT = €152.00; total €952.00",
        "Subtotal: $120.00\nShipping: $0.00 (free over $75)\nTax: $9.90\nTotal: $129.90",
        "Coupon stacking not allowed: SAVE10 + FREESHIP → only the higher discount applies",
        "Order note: my building has no elevator, please send 2 smaller boxes if possible (<20 kg each)",
        "Gift card: XXXX-XXXX-XXXX-7F3K (last 4 only)",
        "MPN: 42-113-B | Brand: Acme | Condition: New",
        "Qty 3 × 12.99 = 38.97; −10% = 35.07",
        'SKU;Name;Price;Stock\nMB-3;"Mixing Bowls; set of 3";24,99;118',
        "Order note: \"Please call before delivery — 07700 900123\"",
        "Split payment: $50 gift card + $79.90 Visa ****4242",
        "Reorder of #45011 but colour \"Sage\" instead of \"Rust\"",
        "Gift message: Congrats on the new job!!! Drinks on me 🍾 -- Alex",
        "Order note: DROP OFF at the side door (blue), not the front. Thx!",
        "Gift message: To the best dad — select your favourite and I'll order the next one ;)",
        "UPC: " + ean13("007318520446")[1:],
        "EAN " + ean13("426013770015") + " / " + ean13("871928304412"),
        "Invoice line: 1 | Ceramic Mug \"Kōbō\" 12 oz | 4 | 14.00 | 20% | 67.20",
        "Shipping: 2 x parcel (4.2 kg + 3.8 kg), DIM 40x30x20 cm; service: Express Saver",
        "Order notes — 1) no plastic filler please 2) invoice to accounting@ (not me) 3) thanks!",
        "Promo code SAVE-20-NOW expired on 31/05; customer got 20% via manual adjustment (approved by KL)",
        "Refund: -$39.98 (2 x $19.99), restocking fee $0.00, original shipping not refunded",
        "Gift message: 🎓 Proud of you, Dr. Patel!! x",
        "Wholesale net 30 — terms: 2/10 net 30 (2% off if paid within 10 days)",
        "order_id,created_at,email,total\n50122,2024-06-01T10:22:13Z,jane.doe+shop@example.com,58.40",
        "Gift message: Merry Xmas from all of us at #teamhq — don't eat it all at once!",
        "Tax ID (CNPJ): 00.000.000/0001-00 (placeholder)",
        "BIC: XXXXDEFFXXX / Ref: INV-2024-00817",
    ]
    names = ["Mum", "Dad", "Grandma", "Sam", "Aoife", "Kenji", "the team", "Lucía"]
    occasions = ["Happy birthday", "Merry Christmas", "Happy anniversary", "Congratulations", "Get well soon", "Thank you"]

    def gen():
        k = RNG.randint(0, 4)
        if k == 0:
            return "Gift message: %s, %s! %s — %s" % (pick(occasions), pick(names), pick(["<3", "xx", "xoxo", "🎉", ":)", "❤️"]), pick(["Jake", "Love, J & K", "Ana", "from all of us"]))
        if k == 1:
            return "%s-%s-%s-%d" % (pick(["TS", "SW", "MG", "BG", "JK"]), pick(["BLK", "NVY", "SGE", "RST", "WHT"]), pick(SIZES).replace("/", ""), RNG.randint(100, 999))
        if k == 2:
            q_ = RNG.randint(1, 5)
            p = RNG.randint(500, 9999) / 100.0
            return "%d,%s,%d,%.2f,%.2f" % (RNG.randint(10000, 99999), ean13("%012d" % RNG.randint(10 ** 11, 10 ** 12 - 1)), q_, p, q_ * p)
        if k == 3:
            return "%s%d" % (pick(["SUMMER", "BF", "VIP", "HELLO", "XMAS", "LOYAL"]), pick([5, 10, 15, 20, 25, 30, 2024]))
        return "Order note: %s" % pick(["please ring twice", "leave by the garage", "no signature needed", "call 10 min before", "fragile — glass inside", "deliver after 5pm"])
    return fill("orders-and-codes", lit, gen)


# ======================================================================= urls and tracking
def urls_and_tracking():
    lit = [
        "https://shop.example.com/products/linen-shirt?variant=44120021&utm_source=newsletter&utm_medium=email&utm_campaign=spring_sale_2024&utm_content=hero_button",
        "https://www.example-shop.de/damen/kleider/sommerkleid-leinen-p-88123.html?farbe=blau&gr=38",
        "https://example.com/?ref=affiliate123&aff_sub=blog_review&clickid=8f2c1a",
        "https://go.affiliate-network.example/click?pid=5521&offer=88&url=https%3A%2F%2Fshop.example.com%2Fp%2Fab-1200x",
        "exampleshop://product/88123?source=push&campaign=flash_sale",
        "https://checkout.payments.example/pay?session=cs_test_a1B2c3&return_url=https%3A%2F%2Fshop.example.com%2Fcheckout%2Fcomplete%3Forder%3D48213&cancel_url=https%3A%2F%2Fshop.example.com%2Fcart",
        "https://cdn.example-shop.com/image/upload/w_800,h_800,c_fill,q_auto,f_auto/v1712345678/products/bag-front.jpg",
        "https://images.example.net/products/88123.jpg?width=600&height=600&fit=crop&auto=format&dpr=2",
        "<url><loc>https://shop.example.com/products/linen-shirt</loc><lastmod>2024-05-01</lastmod><changefreq>weekly</changefreq><priority>0.8</priority></url>",
        "https://shop.example.com/search?q=running+shoes&sort=price_asc&filter.v.size=10&page=2",
        "https://shop.example.com/collections/all?filter.p.m.custom.material=100%25+cotton&filter.v.price.gte=10&filter.v.price.lte=50",
        "https://m.example.com/cart?add=SKU-4471:2,SKU-9002:1",
        "https://example.com/p/88123#reviews",
        "https://click.mail.example-shop.com/ls/click?upn=abc123-2BdEf456-3D&redirect=https%3A%2F%2Fshop.example.com%2F",
        "https://shop.example.com/account/login?checkout_url=/checkout/c1a2b3&return_to=%2Faccount%2Forders",
        "https://track.example-carrier.com/tracking?tknbr=1Z4F82E70391542285&loc=en_US",
        "intent://product/88123#Intent;scheme=exampleshop;package=com.example.shop;end",
        "https://example.page.link/?link=https%3A%2F%2Fshop.example.com%2Fp%2F88123&apn=com.example.shop&ibi=com.example.Shop",
        "https://shop.example.com/products/mixing-bowls?_pos=1&_sid=3f9a2b1c8&_ss=r",
        "https://shop.example.com/cdn/shop/files/IMG_2041.jpg?v=1699999999&width=1445",
        "https://www.example.co.uk/gp/product/B0C1234XYZ/ref=ppx_yo_dt_b_asin_title_o00_s00?ie=UTF8&psc=1",
        "https://shop.example.com/discount/SPRING15?redirect=/collections/sale",
        "https://shop.example.com/cart/44120021:1,44120022:2?discount=WELCOME10",
        "https://share.example/pin/create/button/?url=https%3A%2F%2Fshop.example.com%2Fp%2F88123&media=https%3A%2F%2Fcdn.example-shop.com%2Fi%2F88123.jpg&description=Linen%20shirt%20%E2%80%93%20sage",
        "https://shop.example.com/pages/stores?lat=52.5200&lng=13.4050&radius=25km",
        "https://shop.example.com/products/%E6%B0%B4%E7%AD%92-500ml",
        "https://www.example.fr/robe-d-ete-lin?taille=38&couleur=%C3%A9cru",
        "/products/linen-shirt?variant=44120021",
        "https://shop.example.com/?gclid=Cj0KCQjw8J6wBhDXARIsAPo7QA8xYzAbCdEfGhIjKl&gad_source=1",
        "https://shop.example.com/api/storefront/cart?include=lineItems.physicalItems.options",
        "webcal://shop.example.com/events/black-friday.ics",
        "https://shop.example.com/feeds/google-shopping.xml?currency=EUR&country=DE",
        "https://shop.example.com/wishlist/share/9f8e7d6c?utm_source=whatsapp&utm_medium=social",
        "https://shop.example.com/returns/start?order=48213&email=jane.doe%2Bshop%40example.com",
        "https://shop.example.com/unsubscribe?e=amFuZUBleGFtcGxlLmNvbQ%3D%3D&list=weekly",
        "https://sho.rt.example/3xYz9Ab",
        "https://shop.example.com/sitemap_products_1.xml?from=1&to=9999999999",
        "https://shop.example.com/products/linen-shirt.json",
        "https://shop.example.com/search?q=%22running+shoes%22+-trail&type=product",
        "https://shop.example.com/products/union-jack-cushion?utm_source=google&utm_medium=cpc&utm_campaign=uk_home_decor&utm_term=union+jack+cushion",
        "https://shop.example.com/collections/sleep?sort_by=best-selling",
        "https://shop.example.com/products/select-comfort-pillow?variant=1&selling_plan=5544",
        "https://shop.example.com/products/drop-earrings?view=quick",
        "https://shop.example.com/index.php?route=product/product&product_id=42&search=mug",
        "https://shop.example.com/catalogsearch/result/?q=tank+top&cat=12",
        "https://shop.example.com/index.php?id_product=7&controller=product&id_lang=2",
        "https://shop.example.com/?post_type=product&p=1234&preview=true",
        "https://shop.example.com/wp-admin/post.php?post=1234&action=edit",
        "tel:+18005550199",
        "mailto:help@example-shop.com?subject=Order%20%2348213&body=Hi%2C%20my%20parcel%20is%20missing",
        "whatsapp://send?text=Look%20at%20this%20https%3A%2F%2Fshop.example.com%2Fp%2F88123",
        "<image:image><image:loc>https://cdn.example-shop.com/i/88123.jpg</image:loc><image:title>Linen shirt, sage</image:title></image:image>",
        '<link rel="alternate" hreflang="de-DE" href="https://shop.example.com/de/produkte/leinenhemd">',
        "https://shop.example.com/products/wool-beanie?variant=4490&utm_source=ig&utm_medium=social&utm_campaign=fw24&utm_content=reel_03#size-guide",
        "https://pay.example-psp.com/hpp?merchant=EXSHOP&amount=12990&currency=EUR&ref=48213&notify_url=https%3A%2F%2Fshop.example.com%2Fpsp%2Fnotify&lang=de",
    ]
    paths = ["products/linen-shirt", "products/ceramic-mug", "collections/sale", "products/yoga-mat", "collections/new-in", "products/rain-jacket"]
    srcs = [("newsletter", "email"), ("facebook", "paid_social"), ("google", "cpc"), ("instagram", "social"), ("partner_blog", "affiliate"), ("tiktok", "video")]

    def gen():
        k = RNG.randint(0, 3)
        if k == 0:
            s, m = pick(srcs)
            return "https://shop.example.com/%s?utm_source=%s&utm_medium=%s&utm_campaign=%s" % (pick(paths), s, m, pick(["bf2024", "spring_sale", "restock", "vip_early", "xmas_gifts"]))
        if k == 1:
            return "https://cdn.example-shop.com/image/upload/w_%d,h_%d,c_%s/v%d/products/%d.jpg" % (pick([300, 600, 800, 1200]), pick([300, 600, 800, 1200]), pick(["fill", "fit", "pad", "thumb"]), RNG.randint(1700000000, 1720000000), RNG.randint(10000, 99999))
        if k == 2:
            return "exampleshop://%s/%d?source=%s" % (pick(["product", "order", "collection", "cart"]), RNG.randint(1000, 99999), pick(["push", "email", "sms", "qr"]))
        return "https://track.example-carrier.com/tracking?tknbr=1Z%03dAA1%07d&loc=%s" % (RNG.randint(100, 999), RNG.randint(0, 9999999), pick(["en_US", "de_DE", "fr_FR", "es_ES"]))
    return fill("urls-and-tracking", lit, gen)


# ======================================================================= marketing copy
def marketing_copy():
    lit = [
        "Our biggest sale of the year is HERE 🎉 Up to 50% off sitewide — today only! #BlackFriday #ShopSmall",
        "A/B test note: variant B (\"Free returns\" in the header) +4.2% CTR vs A, p = 0.03 — rolling out to 100% on Mon.",
        "## 5 ways to style a linen shirt this summer\n\n1. **Tucked** into high-waisted trousers\n2. Open over a tank top — *effortless*\n3. Knotted at the waist with a midi skirt\n\n[Shop the look →](https://shop.example.com/collections/linen)",
        "*Offer valid 01/11–30/11/2024 while stocks last. Cannot be combined with other offers. § 5 of our T&Cs applies. (c) 2024 Example Shop Ltd.",
        "@examplebrand x @creator_jane collab drops Friday 9am EST 👀🔥 Set your alarms!",
        "Subject: Psst… your cart is getting lonely 🛒",
        "Preheader: Free shipping ends at midnight — don't miss out!",
        "SUMMER SALE | -30% on swimwear | Code: SUN30",
        "#ootd #linen #slowfashion #madeinportugal #sustainablestyle",
        "Alle Preise inkl. MwSt. zzgl. Versandkosten. *Gilt nicht für bereits reduzierte Artikel.",
        "¡Rebajas de verano! Hasta -60 % en calzado. Solo online. *Consulta condiciones.",
        "Soldes d'hiver : jusqu'à -50 % ! Offre valable du 10/01 au 06/02 dans la limite des stocks disponibles.",
        "Don't drop the ball on Father's Day 🏈 — gifts he'll actually use, from $19.",
        "Select styles only. Exclusions apply. See site for details.",
        "Sleep better tonight 😴 Our weighted blanket (15 lb / 7 kg) is finally back in stock.",
        "Tired of \"one size fits all\"? So were we. Introducing 12 sizes from XXS to 4XL.",
        "UNION SQUARE STORE — grand opening Sat 10am! First 100 guests get a free tote 👜",
        "POV: you finally found jeans that fit 😭✨ #jeans #fyp #petitefashion",
        "3 ways to wear our \"Everyday\" tote → swipe ➡️ Which one is your fave? 1, 2 or 3? 👇",
        "Test: PDP CTA copy\nA: \"Add to cart\"\nB: \"Add to bag — free returns\"\nMetric: add-to-cart rate; min. sample 2 x 12,000 sessions; stop at p < 0.05 or after 14 days",
        "Restock alert 🚨 The Classic Hoodie in Forest Green is back — sizes S–XL. Link in bio. #restock",
        "Earn 1 pt per $1; 500 pts = $10 off. Points expire after 12 months of inactivity.",
        "Refer a friend → they get 15% off, you get $15 credit. Win-win 🤝",
        "NO PURCHASE NECESSARY. Open to legal residents of the 50 U.S. states & D.C., 18+. Void where prohibited. Odds depend on the number of entries. See Official Rules.",
        "© 2024 Example Shop GmbH · Musterstraße 1 · 10115 Berlin · HRB 000000 B · Abmelden",
        "> \"Best purchase ever\" — ★★★★★ Sarah K., verified buyer",
        "![Linen shirt in sage](https://cdn.example-shop.com/blog/linen-sage.jpg \"Sage linen shirt\")",
        "Cyber Monday $$$ — buy more, save more: 2 for $40 | 3 for $55",
        "Flash sale ⚡ 2 hours only: 11:00–13:00 CET. Code FLASH20 — auto-applied at checkout",
        "You're receiving this because you signed up at example-shop.com. Unsubscribe | Manage preferences | View in browser",
        "【期間限定】全品送料無料キャンペーン実施中！12/31まで🎍",
        "双十一狂欢！满300减50，叠加优惠券更划算 🛍️",
        "Frete grátis para todo o Brasil em compras acima de R$ 199! 🚚",
        "Saldi fino al -70% – solo per pochi giorni! #saldi #moda",
        "Wyprzedaż! Rabat -20% z kodem ZIMA20 do niedzieli 🎿",
        "Vandaag besteld = morgen in huis 📦 (op werkdagen vóór 22:00)",
        "Sepette %25 indirim! Kampanya 30 Kasım'a kadar geçerli.",
        "Скидки до 40% на всю зимнюю коллекцию! Только до воскресенья ❄️",
        "오늘만 특가! 전 상품 20% 할인 + 무료배송 🎁",
        "خصم 30% على جميع المنتجات لفترة محدودة! استخدم الكود RAMADAN30",
        "Blog draft: \"Is 100% cotton really better than a cotton/poly blend?\" — TL;DR: it depends (on you).",
        "Launch checklist:\n- [x] photos\n- [x] copy\n- [ ] SEO meta\n- [ ] email to VIP segment (>3 orders)",
        "Subject line test: \"Your exclusive 20% starts now\" vs \"{{ first_name }}, 20% off — just for you\" — B won with a 24.1% open rate",
        "This product is not intended to diagnose, treat or cure any disease. Talk to your doctor before use.",
        "Black Friday countdown ⏰ 3… 2… 1… GO! Everything 30–70% off. No code needed.",
        "\"It's not a bag, it's a lifestyle.\" — our designer, probably 😅",
        "Back-to-school 📚: 20% off backpacks & lunch boxes (excl. pre-orders) → shop.example.com/bts",
        "Banner copy (mobile, ≤ 40 chars): \"Free returns. Always.\"",
        "Drop 03 lands Thursday 🔥 — sign up for early access (VIPs get in at 8am, everyone else at 10)",
        "We're B Corp certified 🌱 → 1% of every order goes to reforestation projects. #1percentfortheplanet",
        "Email plan Q4:\n• 11/01 teaser\n• 11/24 BF early access (VIP)\n• 11/29 BF public\n• 12/02 Cyber Monday\n• 12/16 last order day for Xmas delivery",
        "Alert: only 48h left to claim your birthday gift 🎂 (check your inbox for the code)",
    ]
    tags = ["#sale", "#newin", "#shoplocal", "#handmade", "#ootd", "#giftideas", "#sustainable", "#smallbusiness"]
    hooks = ["New drop", "Last chance", "Just landed", "Back in stock", "Weekend deal", "Members only"]

    def gen():
        k = RNG.randint(0, 2)
        if k == 0:
            a, b = RNG.sample(tags, 2)
            return "%s: our %s in %s %s %s %s" % (pick(hooks), pick(ITEMS).lower(), pick(COLOURS), pick(["✨", "🔥", "🛍️", "💚", "👀"]), a, b)
        if k == 1:
            return "%s — %d%% off %s with code %s. Ends %s." % (pick(hooks), pick([10, 15, 20, 25, 30, 40]), pick(["everything", "outerwear", "homeware", "accessories", "your first order"]), pick(["SAVE", "HELLO", "VIP", "WKND"]) + str(pick([10, 15, 20, 25])), pick(["Sunday at midnight", "tonight", "Monday 9am", "when it's gone"]))
        return "%s %s @%s %s" % (pick(["Styled by", "Photo:", "Thanks", "Shot by"]), pick(["💕", "📸", "🙌", ""]), pick(["creator_jane", "sam.styles", "kenji_makes", "lucia.home"]), pick(tags))
    return fill("marketing-copy", lit, gen)


CATEGORIES = [
    ("product-listings", product_listings),
    ("rich-text-html", rich_text_html),
    ("reviews-multilingual", reviews_multilingual),
    ("names-addresses", names_addresses),
    ("search-queries", search_queries),
    ("support-chat", support_chat),
    ("seller-templates", seller_templates),
    ("orders-and-codes", orders_and_codes),
    ("urls-and-tracking", urls_and_tracking),
    ("marketing-copy", marketing_copy),
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
            f.write(json.dumps({"id": "hb24-%05d" % i, "category": cat, "label": "benign", "value": v},
                               ensure_ascii=False) + "\n")
    for cat, _ in CATEGORIES:
        print("%-22s %d  (literals %d)" % (cat, counts[cat], LITERAL_COUNTS[cat]))
    print("%-22s %d  (literals %d)" % ("total", len(rows), sum(LITERAL_COUNTS.values())))


if __name__ == "__main__":
    main()
