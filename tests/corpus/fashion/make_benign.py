"""Benign hard-negative corpus for the fashion e-commerce back office (held out).

Every literal below was hand-written for this corpus. Templates only combine
small hand-written pools. Output: benign.jsonl next to this file.
"""
import json
import random
from pathlib import Path

SEED = 9401
PREFIX = "hb94"
PER_CAT = 80

# ---------------------------------------------------------------- literals
LIT = {}

LIT["product_title"] = [
    "Women's Wrap Dress – Sage Green, Midi Length",
    "Men's Slim-Fit Oxford Shirt \"Harbour\" (Blue/White Stripe)",
    "Kids' Rain Jacket 3-in-1 | Waterproof & Windproof",
    "Select Collection: Linen Blazer, Unlined",
    "Union Jack Print Tee – Limited Drop",
    "Drop-Shoulder Oversized Hoodie <Heavyweight 480gsm>",
    "Robe d'été à fleurs « Camille »",
    "Chemise en lin – col Mao",
    "Damen Strickpullover \"Nordlicht\" aus Merinowolle",
    "Vestido largo de lino – 'Mallorca'",
    "ニットカーディガン（ウール100%）",
    "Платье-рубашка миди, хлопок",
    "Sleep & Lounge Set: Top + Jogger",
    "Exec Tailored Trousers – Charcoal, 32\" inseam",
    "Script Logo Cap / One Size",
    "Alert Orange Hi-Vis Puffer Vest",
    "Cotton Tee 2-Pack (White + Black) -- Bestseller",
    "Denim Jacket 'Rodeo' – Washed Indigo /* archive reissue */",
    "T-Shirt {Basic} Crew Neck",
    "Mom Jeans – High Rise, 90's Fit",
    "Cashmere Beanie $49 → $35 (Sale)",
    "Pleated Skirt | Navy | EU 36–44",
    "Trench Coat – Camel – Men's & Women's",
    "Sneakers \"Cloud 9\" – Off-White/Gum Sole",
    "Swim Shorts <Quick-Dry> 16\"",
    "Bikini Top – Triangle – Terracotta",
    "Leather Belt 35mm – Brown (Full-Grain)",
    "Wool Coat — Double-Breasted — Oatmeal",
    "Satin Slip Skirt; Bias Cut",
    "Parka w/ Faux-Fur Hood (Detachable)",
    "Jersey Dress = Comfort + Style",
    "Oversized Shirt – 100% Tencel™",
    "Bomber Jacket MA-1 (Sage) & Matching Cap",
    "Polo Shirt Piqué – Bordeaux",
    "Cargo Pants 'Utility' – 6 Pockets",
    "Knitted Vest – Argyle – Green/Cream",
    "Trainers: Run/Walk Hybrid",
    "Maternity Jeans – Over-the-Bump Panel",
    "Ballet Flats – Patent Black (Sizes 35–42)",
    "Silk Scarf 90×90 \"Jardin\"",
    "Tote Bag – Canvas – \"Bonjour Paris\"",
    "Chino Shorts 9'' – Khaki",
    "Puffer Jacket -20°C Rated",
    "Sweatshirt \"Est. 1998\" – Heather Grey",
    "Mesh Top (Sheer) + Bralette Set",
    "Socks 5-Pack ♥ Hearts Edition",
    "Kimono Jacket – Hand-Printed in Jaipur",
    "Boilersuit / Jumpsuit – Twill – Rust",
    "Camisole w/ Lace Trim (Ivory)",
    "Gilet Matelassé – Bleu Marine",
]

LIT["product_description"] = [
    "A relaxed-fit tee cut from 100% organic cotton. Wear it on its own, or layer it under a blazer & you're done.",
    "Our best-selling jean, now in a softer wash. Mid-rise; straight leg; zip fly. Model is 5'9\" and wears a 27.",
    "The 'Harbour' shirt is back! Select from 4 colourways — blue/white, pink/white, solid sky & classic white.",
    "Fully lined, two welt pockets, single-button closure.\nDry clean only.",
    "Made to be lived in: drop shoulders, ribbed cuffs and a kangaroo pocket big enough for your phone <and> snacks.",
    "Perfect for union of comfort & style – this jersey dress drapes beautifully and won't crease in your suitcase.",
    "Features: • adjustable straps • removable padding • UPF 50+ fabric",
    "Dieses Kleid ist aus fließender Viskose gefertigt und hat eine Taillenschnürung. Länge: ca. 110 cm (Gr. 38).",
    "Cette veste en laine bouillie est parfaite pour l'automne ; elle se porte ouverte ou fermée.",
    "Camisa de lino con cuello mao. Ideal para el verano — ¡fresca y ligera!",
    "柔らかなコットン素材で、肌ざわりが良いTシャツです。洗濯機で洗えます。",
    "Note: colours may vary slightly from screen to screen. What you see != what arrives? Contact us within 30 days.",
    "Inside: a hidden zip pocket for cards/keys. Outside: water-repellent shell (10,000mm/24h).",
    "Limited edition run of 300 pieces; each one is numbered by hand (e.g. 017/300).",
    "Drop crotch jogger with elastic waist & drawcord. Side seam pockets. Inseam = 29\" (size M).",
    "Think of it as your 'script' for summer: a linen shirt, shorts, and sandals. Done.",
    "Sizing runs small -- we recommend ordering one size up if you're between sizes.",
    "The waistband is 4cm wide, with a 2.5cm elastic insert at the back (so no gaping!).",
    "Care: machine wash at 30°C; do not tumble dry; iron on low heat.",
    "Hand-knitted in Peru from baby alpaca. Each piece takes approx. 12 hours to make :)",
    "Made with recycled polyester (from ~12 plastic bottles per jacket).",
    "Alert: this item ships separately from our warehouse in Rotterdam & may arrive 2–3 days later.",
    "Our signature 'Exec' trouser: flat front, tapered leg, hidden extender waistband (+/- 3cm).",
    "Lightweight, packable, and ready for anything — rolls into its own pocket (15 x 20cm).",
    "Platform sneaker with a 4.5cm sole. Upper: 100% leather; lining: textile; sole: rubber.",
    "The print was designed in-house by our textile team in Milan & printed on OEKO-TEX® certified cotton.",
    "Это платье из хлопка с поясом. Длина 105 см.",
    "A cropped cardigan with mother-of-pearl buttons; wear it buttoned up or open over a slip dress.",
    "Reversible: wear the quilted side out <or> the smooth nylon side out.",
    "Thermal base layer (merino 200g/m²) — ideal for skiing, hiking, or just surviving January.",
    "Our \"Everyday\" bra has no underwire, no padding, and no drama.",
    "Kids' sizes 2-3Y to 11-12Y. Grow-with-me cuffs let you add ~4cm of sleeve.",
    "Belt not included /// sold separately (SKU BLT-BRN-M).",
    "Seamless knit = no chafing. Flatlock stitching on the shoulder.",
    "Vegan leather (PU) bag with gold-tone hardware; 28 x 20 x 9 cm; strap drop 55cm.",
    "Tip: pair with the matching shorts {sold separately} for the full co-ord look.",
    "Stretch: ★★★☆☆ | Softness: ★★★★★ | Warmth: ★★☆☆☆",
    "Relaxed fit, not boxy; hits at the hip. Model wears size S and is 172cm / 5'8\".",
    "Double-layer hood, YKK® zips, and a 2-way front zip so you can sit down comfortably.",
    "Eco-friendly dye process uses 50% less water than conventional dyeing.",
    "Delicate item: hand wash cold, lay flat to dry. Do NOT wring.",
    "Swimwear hygiene liner must remain attached; returns without it can't be accepted.",
    "Each shoe box is made from 100% recycled cardboard & printed with soy-based ink.",
    "Available in sizes XS–3XL & in petite (≤ 160cm) and tall (≥ 178cm) lengths.",
    "Slim fit through chest & waist; darts at back. Size chart below ↓",
    "Pre-washed to minimise shrinkage (< 3%).",
]

LIT["sku_variant"] = [
    "TSH-RED-XL", "TSH-BLK-S", "DRS-SGE-38", "JNS-IND-W32L34", "SHT-BLU/WHT-M",
    "CAP-OS-NVY", "SCK-5PK-39/42", "BRA-75B-NUD", "KNT-CRM-M_L", "BLT-BRN-90cm",
    "SNK-OWH-EU42", "SNK-OWH-EU42.5", "COT-CML-UK10", "FW24-DRS-0192-GRN-S",
    "SS25/LIN/SHT/WHT/XL", "PRK-KHK-L #restock", "HD-GRY-XXL (old: HD-GRY-2XL)",
    "TSH-RED-XL;TSH-RED-L;TSH-RED-M", "JKT_DENIM_RIN_32", "SKU: TRS-CHR-32R",
    "EAN 4006381333931", "UPC 036000291452", "variant=DRS-NVY-40&qty=12",
    "SWM-TER-36 | SWM-TER-38 | SWM-TER-40", "KID-RJK-110/116", "MTN-JNS-W28",
    "TOT-CNV-NAT-01", "SCF-SLK-90X90-JRD", "GLT-MRN-M", "BOT-BLK-37 (half size N/A)",
    "LBK-AW24-007", "PO-2024-0387 / line 4", "SKU TSH-WHT-M -> TSH-WHT-M-V2",
    "CARD-BGE-S..XL", "HNY-YLW-34", "ACC/BAG/0042", "TSH-RED-XL x 24, TSH-RED-L x 36",
    "SAMPLE-PRE-PROD-002", "BRD-DRS-0007-IVR-UK12", "FLT-PAT-BLK-39½",
    "JOG-GRY-M (was JOG-GRY-MED)", "SET-PJ-PNK-XS/S", "BNE-CSH-OS-$35",
    "RTN-88213-TSH-RED-XL", "DROP-03-HOOD-BLK-L", "CHN-KHK-30x32",
    "mx-VST-ARG-GRN-M", "KIM-JPR-OS*", "VST-HIVIS-ORG-2XL", "EXEC-TRS-NVY-34L",
]

LIT["size_chart"] = [
    "EU 38 / US 6 / UK 10",
    "EU 40 = UK 12 = US 8 = IT 44 = FR 40",
    "XS (32-34) | S (36-38) | M (40-42) | L (44-46) | XL (48-50)",
    "Bust: 86–90cm; Waist: 68–72cm; Hips: 94–98cm",
    "W30 L32 -> waist 76cm, inseam 81cm",
    "Shoe: EU 42 ≈ UK 8 ≈ US 9 (men) / US 10.5 (women)",
    "Chest (cm):\nS 96\nM 102\nL 108\nXL 114",
    "Size 2-3Y: height 92–98cm; 4-5Y: 104–110cm",
    "EU 36 < your size < EU 38? Go with 38.",
    "Ring: 52 (EU) / 6 (US) / L½ (UK)",
    "Bra: 75B (EU) = 34B (UK/US) = 90B (FR)",
    "Inside leg: 76cm (short) / 81cm (regular) / 86cm (long)",
    "Hat: 56cm = 7 (US) = M",
    "Glove: 7 / 7.5 / 8 — measure around the knuckles",
    "Sleeve length: centre back neck to cuff = 86cm (size M)",
    "Taille FR 40 = T42 IT = 12 UK",
    "Größe 38 entspricht Größe M; Größe 40 eher L",
    "Talla 38 (ES) = 36 (EU según marca) — revisar tabla",
    "JP 9号 = EU 38 / JP 11号 = EU 40",
    "RU 46 = EU 40 = M",
    "Length from HPS: 68cm (S), 70cm (M), 72cm (L), 74cm (XL)",
    "Waist (relaxed) 34\" / (stretched) 44\"",
    "Foot length 26.5cm → EU 42, 27cm → EU 42.5/43",
    "Petite: height ≤ 160cm; Regular: 161–172cm; Tall: ≥ 173cm",
    "One size fits most (UK 8–16)",
    "Hip = Waist + 25cm (approx.) for our A-line cut",
    "Size 0 = XXS = EU 30/32 = UK 4",
    "Collar 15½\" / 39cm",
    "Chest 40R / 42L / 44S",
    "Kids: age 7-8 = 128cm; age 9-10 = 140cm; age 11-12 = 152cm",
    "Sock size 39/42 fits EU shoe 39 to 42",
    "Belt: order your waist size + 5cm (e.g. 85 -> 90)",
    "US 6W = wide fit EU 37",
    "Bust−underbust difference: 12–13cm = B cup",
    "Model: 178cm / chest 94cm / waist 76cm — wears M",
    "Trousers: 30/32, 32/32, 32/34, 34/32, 34/34",
    "UK 10 | US 6 | AU 10 | EU 38 | IT 42 | JP 9",
    "S/M = UK 8–12, M/L = UK 12–16",
    "Bottom hem circumference: 190cm (size 38)",
    "Heel height: 7.5cm; platform: 1.5cm",
    "XS<S<M<L<XL<XXL",
    "Fits true to size; if in doubt, size up (see chart)",
    "Maternity: order your pre-pregnancy size",
    "Gr. 128 (7–8 J.) | Gr. 140 (9–10 J.)",
    "Shoulder-to-shoulder = 44cm; armhole = 23cm",
    "Rise: 27cm (mid) / 30cm (high)",
]

LIT["composition_care"] = [
    "95% cotton, 5% elastane; 30°C, do not tumble dry",
    "Shell: 100% polyamide; Filling: 90% down, 10% feather; Lining: 100% polyester",
    "Main: 70% wool, 30% cashmere. Dry clean only -- do not bleach.",
    "100% linen. Wash at 40°C; iron while damp; do not tumble dry.",
    "Hand wash cold / lay flat to dry / do not wring",
    "52% viscose, 45% polyester, 3% elastane",
    "Outer: leather (cowhide); Lining: 100% cotton; Sole: rubber",
    "Machine wash 30°C, gentle cycle; wash inside out & with similar colours",
    "Do not bleach | Tumble dry low | Iron max 110°C | Do not dry clean",
    "Composition: 60% CO / 40% PES",
    "80% Baumwolle, 20% Polyester. Schonwaschgang 30°C.",
    "100 % coton biologique – lavage en machine à 30 °C",
    "Algodón 100%. No usar secadora. Planchar a temperatura media.",
    "綿100%　手洗い可　タンブラー乾燥禁止",
    "Fibre content: 85% nylon / 15% spandex (LYCRA®)",
    "Pile: 100% cotton; Ground: 100% polyester",
    "Wash before first wear; colour may transfer (indigo dye).",
    "Remove belt before washing; close all zips & Velcro®",
    "Do not use fabric softener — it reduces the wicking performance.",
    "Steam to refresh; store folded (not on a hanger) to keep shape.",
    "Outer: 100% recycled polyester (GRS certified); DWR finish PFC-free",
    "Care label: W30 / no Cl / tumble ○ / iron •• / P",
    "Body 95% modal, 5% elastane; Lace 88% polyamide, 12% elastane",
    "Leather care: wipe with a damp cloth; use a neutral leather conditioner.",
    "Suede: brush with a suede brush; do NOT wash; protect with spray",
    "Silk 100%. Dry clean recommended; hand wash at < 30°C with silk detergent.",
    "Down fill power 700+; tumble dry low with 2–3 tennis balls",
    "Wool: wash on wool cycle max 30°C / 600rpm",
    "Printed area: iron on reverse only",
    "Cashmere will pill slightly; use a cashmere comb, not scissors!",
    "Shrinkage: ≤ 5% in length after first wash",
    "Hemp 55% / Cotton 45% — softens with every wash",
    "Trim: 100% polyester; Buttons: corozo nut",
    "Do not iron on decoration; do not dry clean; do not soak",
    "Polyurethane coating — do not dry clean (solvents damage coating)",
    "Raw denim: first soak cold for 1h, then hang dry; wash as rarely as possible",
    "Treat stains immediately; avoid hot water on blood/protein stains",
    "Metallic yarn (5%) — hand wash only, dry flat",
    "TENCEL™ Lyocell 100%; wash 30°C; low iron",
    "Gauze cotton: expect natural wrinkles (that's the charm!)",
    "Lining: 100% cupro — dry clean",
    "Waterproof membrane: re-proof after ~10 washes with a wash-in product",
    "Sequins: turn inside out, hand wash, do not wring or tumble",
    "Contains non-textile parts of animal origin (leather patch).",
    "Wash with like colours; dark colours may bleed.",
    "Elastane content makes it stretchy — don't hang-dry heavy knits!",
    "Outer fabric:\n  98% cotton\n  2% elastane\nPocket lining:\n  65% polyester / 35% cotton",
]

LIT["customer_review"] = [
    "Love it!! Fits true to size; I'm 5'6\" and went with a M.",
    "Runs small -- ordered my usual EU 38 and had to send it back for a 40.",
    "The colour is more mustard than 'sunflower', but I'm keeping it :)",
    "Drop-dead gorgeous dress. Wore it to a wedding & got so many compliments <3",
    "Shrank after one wash at 30°C... not impressed. 2/5",
    "Fabric feels cheap; the seam on the left sleeve came undone after a week.",
    "10/10 would buy again. Already ordered it in black & navy.",
    "I usually wear UK 10 / US 6 and the S was perfect; the M was too roomy.",
    "Good jeans, but the 'stretch' is minimal — if you're between sizes, size up.",
    "Très belle robe, mais la taille est un peu grande. J'ai pris un 36 au lieu d'un 38.",
    "Super Qualität! Passt perfekt, nur die Ärmel sind etwas lang.",
    "¡Me encanta! La tela es suave y no transparenta.",
    "サイズ感はぴったりでした。色も写真通りです。",
    "Качество отличное, размер соответствует.",
    "My husband says it's 'too loud'; I say it's just right. 5 stars.",
    "The script on the back is embroidered, not printed — nice touch.",
    "Select your normal size; the cut is generous but not sloppy.",
    "Zip broke on day 3 :( customer service replaced it quickly though.",
    "Not for tall people (I'm 185cm); sleeves end above the wrist.",
    "Smells weird out of the bag (chemical?), went away after washing.",
    "Perfect for my trip to Iceland — -12°C and I was warm!",
    "Bought it for my daughter (age 9); she wears it every day, and it's held up well.",
    "It's see-through in the sun, so wear a slip underneath!!",
    "Pockets!!! Real, deep pockets!!! Finally.",
    "The sizing chart says chest 102cm for M but mine measured 98cm. Hmm.",
    "Would be 5/5 if it came in petite lengths.",
    "Nice & soft, but pills a lot where my bag rubs against it.",
    "Returned: the 'sage' was basically grey in person.",
    "Honestly? Better than the $200 one I had from another brand.",
    "My go-to work trousers now. I own 3 pairs (black, navy, grey).",
    "Ordered XL for an oversized look & it's exactly what I wanted.",
    "Sleep set is so comfy I don't want to get out of bed lol",
    "Shoes rub at the heel for the first week; after that, heaven.",
    "Arrived quickly; packaging was plastic-free 👍",
    "If you have wide feet, order half a size up (I'm a 39 → 39.5).",
    "Drop shoulders make it look a bit sloppy on petite frames; I'm 155cm.",
    "The 'waterproof' jacket leaked at the seams in heavy rain. Meh.",
    "Beautiful colour & print, but the fabric creases if you look at it.",
    "I wash it at 40 instead of 30 (don't tell anyone) and it's fine.",
    "Kept the S & M — one for tucking in, one for wearing loose.",
    "Bra cups gape a bit; I'm a 34B/75B and would try 32C next time.",
    "Stitching is neat, buttons are sewn on properly (not hanging by a thread).",
    "Wore it to the office & to dinner after — works for both.",
    "Not as pictured: the model's version has a side slit; mine doesn't?",
    "Great value. Paid £18 in the sale & it feels like a £60 shirt.",
    "Review update (2 months later): still looks brand new.",
    "Fit is \"relaxed\" on the site but \"tight\" in reality.",
    "Colour ran in the first wash & turned my white socks pink. Wash separately!",
    "Pros: soft, warm, long enough to cover my bum.\nCons: the hood is huge & the zip is a bit stiff.\nOverall 4/5.",
]

LIT["return_reason"] = [
    "Too small",
    "Too big / too long",
    "Item not as described (colour differs from photo)",
    "Received wrong size: ordered M, got L",
    "Received wrong item: ordered TSH-RED-XL, got TSH-RED-L",
    "Arrived damaged — hole near the left seam",
    "Changed my mind",
    "Ordered two sizes, keeping the 38, returning the 40",
    "Quality not as expected; fabric is thinner than it looks",
    "Delivered late; needed it for an event on Saturday",
    "Doesn't suit me :(",
    "Duplicate order (clicked twice?) -- please refund one",
    "Faulty zip; stuck halfway",
    "The 'drop' shoulder is far too wide on me",
    "Stain on the front (looks like make-up) — already there on arrival",
    "Gift, recipient didn't like it",
    "Trop petit, je voudrais échanger contre un 40",
    "Zu groß. Bitte Umtausch in Größe 36.",
    "Talla incorrecta; pedí la S y me llegó la M",
    "サイズが合いませんでした",
    "Не подошёл размер",
    "Shrunk after first wash (washed at 30°C as per label)",
    "Missing button (top one)",
    "Parcel was opened and re-taped; one item missing",
    "Bought cheaper elsewhere",
    "Exchange for navy instead of black, same size",
    "Sole separated from upper after 2 weeks",
    "Itchy! I'm allergic to wool & didn't notice the 30% wool content",
    "Heel slips — half size too big",
    "Straps too short even on longest setting",
    "Colour: website says 'ivory', item is bright white",
    "Ordered for my son, he's grown & needs 140 not 128",
    "Fabric pills after one wear",
    "Seam unravelled at the crotch",
    "See-through when stretched",
    "Parcel arrived wet; box soaked & item smells musty",
    "Return label printed twice; only one parcel sent back (tracking 1Z999AA10123456784)",
    "Fit: tight across shoulders, loose at waist",
    "Sleeves too long; I'm 160cm",
    "Item was a sample? Had a 'NOT FOR SALE' tag",
    "Product select wrong by mistake (meant to select the midi, not maxi)",
    "Elastic waistband too tight (> 2cm smaller than size chart)",
    "Zip pull came off in my hand",
    "Print cracked after one wash",
    "Package delivered to wrong address (No. 12 instead of No. 21)",
    "Other: please see note",
    "Size guide says EU 38 = UK 10, but it fits like a UK 8",
]

LIT["lookbook_caption"] = [
    "Autumn/Winter '24: layers, layers, layers.",
    "Sunday mornings & linen shirts ☀️",
    "Look 07 — Wool coat (oatmeal) + knit (cream) + wide trousers (charcoal)",
    "Shot on location in Lisbon. Styling: @ana.styles / Photo: @mk_photo",
    "Less is more. #minimal #capsulewardrobe",
    "Drop 03 is live → link in bio",
    "\"Wear what makes you feel like you.\"",
    "Denim on denim? Always.",
    "Pink + red = the colour combo of the season 💗",
    "Resort '25 // Capri, Italy",
    "L'élégance, c'est quand l'intérieur est aussi beau que l'extérieur.",
    "Herbstzeit ist Strickzeit 🍂",
    "Colección Primavera: colores tierra y lino natural",
    "冬のレイヤードスタイル",
    "Behind the scenes: 48 looks, 3 days, 1 very tired team.",
    "The union of tailoring & streetwear.",
    "Executive dressing, reimagined: soft shoulders, no tie.",
    "Scripted? No. Just good light & a great coat.",
    "From the archive (1998) -> reissued for 2024",
    "Look 12: Satin slip + chunky knit + boots = perfect contrast",
    "Sleep in it. Live in it. Repeat.",
    "Rain or shine: the 3-in-1 parka.",
    "Model wears size S / height 176cm",
    "Colour story: sage, terracotta, sand & ink.",
    "Mood: Paris, 6am, café crème.",
    "#OOTD featuring the 'Harbour' shirt",
    "Alert: new arrivals every Thursday at 10am CET.",
    "Kids' collection: made for mud, puddles & tree-climbing.",
    "Swim '25 — shot underwater in Mallorca 🌊",
    "Black tie, white sneakers. Why not?",
    "Look 21 /* final look */ — the ivory gown",
    "Oversized everything <3",
    "Vintage-inspired: 70's collars & flares",
    "Tones of grey — 50 of them (almost).",
    "Hand-printed in Jaipur; block by block.",
    "Weekend uniform: tee + jeans + trench.",
    "Made to last > made to trend.",
    "Holiday party season: sequins, velvet & satin ✨",
    "Shot by @lens.and.light for our 10-year anniversary",
    "Volume 02 | Quiet luxury",
    "Mix & match: 5 pieces, 15 looks.",
    "Styling tip: tuck only the front (the 'French tuck').",
    "Festival edit — fringe, crochet & cowboy boots",
    "Knitwear that feels like a hug",
    "Campaign credits: Creative Dir. J. Müller; MUA Sofía R.; Hair Kenji T.",
    "What's in the bag? Everything.",
]

LIT["supplier_message"] = [
    "Hi team, PO-2024-0387 will ship on 14/03 instead of 10/03 due to a dye-lot issue. Apologies!",
    "Please confirm colour approval for lab dip #3 (sage) by Friday; otherwise we'll drop to next slot.",
    "Attached: updated tech pack v4 (changes: pocket depth +2cm, collar stand 3.5cm).",
    "Fabric test results: pilling grade 3–4, colour fastness 4/5 (wash), shrinkage -2.5% L / -1.8% W.",
    "Dear buyer, the union of 2 orders (PO 0387 & 0391) into one container saves ~$1,200 in freight.",
    "We can't do MOQ < 300 pcs per colour, sorry. 500 pcs gets you $8.40/pc FOB.",
    "Sample sizes S/M/L sent via DHL; AWB 1234567890.",
    "Re: trims — the corozo buttons are delayed; can we use horn-look resin instead?",
    "Shipment ETA Rotterdam 22 Apr; vessel MSC ANNA; container MSCU1234567",
    "Bonjour, la production des robes « Camille » est terminée ; contrôle qualité prévu lundi.",
    "Hallo, die Lieferung verzögert sich um ca. 1 Woche (Zoll).",
    "Hola, adjuntamos la factura proforma n.º 2024/118.",
    "お世話になっております。サンプルを発送しました。",
    "Please select one of the options: (a) air freight +$2.10/pc, (b) sea freight, 5 weeks later.",
    "The drop test on the shoe boxes passed (1.2m, 10 drops).",
    "Note: our factory will close for Chinese New Year from 02/02 to 18/02.",
    "Price increase of 4% from Q3 due to cotton prices -- see attached sheet.",
    "Final inspection: AQL 2.5, 0 critical / 2 major / 5 minor defects. Pass.",
    "Size set comments received; we'll fix the armhole (-1cm) & re-send.",
    "Fabric width is 145cm usable (150cm selvedge to selvedge).",
    "Please share the care label artwork in .ai or .pdf format (not .jpg).",
    "Invoice #INV-88213 due in 30 days; bank details unchanged.",
    "Colour: Pantone 16-0110 TCX (sage) vs our dyed result ΔE 1.2 — ok?",
    "Hangtags printed: 12,000 pcs; barcodes checked against your EAN list.",
    "Re: order /re: order /re: order -- still waiting for your reply on the lining!",
    "Our certification (GOTS) expires 31.12; renewal audit scheduled for Nov.",
    "Embroidery: 7,500 stitches, 4 colours; thread Madeira 1147/1001/1800/1765",
    "We've received your chargeback claim; please send photos of the defects.",
    "Packing: 1 pc/polybag, 24 pcs/carton, carton 60x40x40cm, 12.5kg.",
    "The 'script' logo will be digitised again — letters were too close at 2cm height.",
    "Delivery address: Warehouse 3, Gate B, Unit 12 — please call 30 min before arrival.",
    "Sorry for the late reply; our mail server was down over the weekend.",
    "Can you send the PO in Excel? The PDF has merged cells that break our import.",
    "Yes — we can produce in recycled poly (rPET) at +6% cost.",
    "Lead time: 45 days after fabric approval & PP sample OK.",
    "Test report SGS No. 2024-TX-0042 attached (AZO: pass; formaldehyde < 16 mg/kg).",
    "Please note: shade band A/B/C applies; we'll ship shade B only.",
    "Reminder: deposit 30% needed to book the fabric.",
    "Dear Ms. O'Connor, thank you for the visit last week!",
    "Grading rules: +4cm chest / +2cm length per size.",
    "Pre-production sample approved with comments: hem +1cm, waist -0.5cm.",
    "Wash test @40°C ×5 cycles: no visible change.",
    "Carton marks: PO / Style / Colour / Size ratio (S1 M2 L2 XL1) / Carton no. x of y",
    "Quantity breakdown: S 120, M 240, L 240, XL 120 = 720 pcs",
    "FYI our new office address is 88 Nguyen Hue, District 1, HCMC.",
    "The dye house asked: select reactive or pigment dye for the tees?",
    "Hi Lena,\n\nPlease find the revised costing below:\n- DRS-SGE: $11.20 FOB\n- SHT-BLU: $8.75 FOB\n\nBest regards,\nMinh",
    "Dear team,\nthe fabric for style 0192 failed the rub test (dry 4, wet 2-3).\nWe'll re-dye & re-test; new date TBC.\nThanks",
]

LIT["search_query"] = [
    "red dress size 38",
    "men's linen shirt",
    "women's jeans high waist",
    "\"wrap dress\" -maxi",
    "black boots < 100",
    "coat wool & cashmere",
    "trainers size=42",
    "tshirt white|black",
    "dress + cardigan set",
    "robe d'été",
    "Strickjacke Damen",
    "vestido lino",
    "ワンピース",
    "платье",
    "kids rain jacket 110/116",
    "90's mom jeans",
    "select trousers",
    "union jack tee",
    "drop shoulder hoodie",
    "sleep shorts cotton",
    "script logo cap",
    "exec trousers 32",
    "hi-vis alert vest",
    "swim shorts men's 16\"",
    "bra 75b",
    "sneakers off-white 42.5",
    "TSH-RED-XL",
    "sale -50%",
    "gift for her < $50",
    "cashmere beanie",
    "belt 90cm brown",
    "pleated skirt navy midi",
    "jacket waterproof -20°C",
    "dress sizes 36-44",
    "jumpsuit rust",
    "what's new",
    "o'neill hoodie",
    "levi's 501",
    "shirt 15½",
    "organic cotton tee",
    "blazer unlined linen",
    "satin slip skirt",
    "maternity jeans",
    "puffer vest",
    "socks 39/42",
    "vegan leather bag",
    "ballet flats 39",
    "silk scarf 90x90",
]


# ---------------------------------------------------------------- pools for templates
COLOURS = ["Sage", "Terracotta", "Navy", "Ivory", "Charcoal", "Oatmeal", "Bordeaux",
           "Sky Blue", "Off-White", "Rust", "Camel", "Black", "Heather Grey", "Ink"]
GARMENTS = ["Shirt", "Dress", "Blazer", "Hoodie", "Trousers", "Skirt", "Cardigan",
            "Parka", "Jumpsuit", "Tee", "Jeans", "Trench Coat", "Gilet", "Polo"]
FITS = ["Slim-Fit", "Relaxed", "Oversized", "Tailored", "Cropped", "Wide-Leg", "Regular"]
FABRICS = ["cotton", "linen", "wool", "viscose", "polyester", "elastane", "cashmere",
           "modal", "polyamide", "lyocell", "silk", "hemp"]
CODES = {"Shirt": "SHT", "Dress": "DRS", "Blazer": "BLZ", "Hoodie": "HD", "Trousers": "TRS",
         "Skirt": "SKT", "Cardigan": "CRD", "Parka": "PRK", "Jumpsuit": "JMP", "Tee": "TSH",
         "Jeans": "JNS", "Trench Coat": "TRC", "Gilet": "GLT", "Polo": "PLO"}
SIZES = ["XS", "S", "M", "L", "XL", "XXL"]
EU = [34, 36, 38, 40, 42, 44, 46]
REVIEW_OPEN = ["Love the", "Really happy with the", "Disappointed by the", "Second time buying the",
               "Not sure about the", "Gorgeous"]
REVIEW_FIT = ["fits true to size", "runs small, size up", "runs large, size down",
              "is snug across the chest", "is long in the sleeves", "is perfect on the waist"]
REVIEW_NOTE = ["I'm 5'5\" & usually a UK 10.", "washed at 30°C, no shrinking.",
               "colour's a bit darker than the photo.", "would buy again!", "pockets are deep :)",
               "fabric's thinner than I'd hoped."]
RETURN_BASE = ["Too small", "Too big", "Wrong colour", "Not as pictured", "Faulty", "Late delivery"]
RETURN_DETAIL = ["ordered {s}, need {t}", "colour '{c}' looks different", "seam split after {n} wears",
                 "arrived {n} days late", "exchange for {c} please"]
CAPTION_FMT = ["Look {n:02d} — {c} {g} & {c2} accessories", "{c} on {c2}: the {g} edit",
               "Styled: {fit} {g} ({c}) / size {s}", "{season} '{yy} | {c} {g}"]
SEASONS = ["SS", "AW", "Resort", "Pre-Fall", "Holiday"]
SUPPLIERS = ["Hi, {po}: {qty} pcs of {code} ready; ETD {d}/0{m}.",
             "Please confirm {c} lab dip for {code} (ΔE {de}).",
             "Re: {po} — {fab} fabric delayed ~{n} days; new ETA {d}.0{m}.",
             "Size ratio for {code}: S{a} M{b} L{b} XL{a}; total {qty} pcs."]
SEARCH_FMT = ["{c} {g} size {s}", "{fit} {g} {fab}", "{g} {c}|{c2}", "{g} EU {eu} under ${p}",
              "\"{c} {g}\" -kids", "{g} & {g2}"]


def t_title(r):
    return f"{r.choice(FITS)} {r.choice(GARMENTS)} – {r.choice(COLOURS)} ({r.choice(SIZES)}–{r.choice(['XL', 'XXL', '3XL'])})"


def t_desc(r):
    a, b = r.sample(FABRICS, 2)
    return (f"Our {r.choice(FITS).lower()} {r.choice(GARMENTS).lower()} in {r.choice(COLOURS).lower()}: "
            f"{a} & {b} blend, {r.choice(['mid', 'high', 'low'])}-weight; model wears {r.choice(SIZES)}.")


def t_sku(r):
    g = r.choice(GARMENTS)
    c = r.choice(COLOURS).replace(" ", "").replace("-", "")[:3].upper()
    return f"{CODES[g]}-{c}-{r.choice(SIZES + [str(e) for e in EU])}"


def t_size(r):
    e = r.choice(EU)
    k = r.randint(0, 2)
    if k == 0:
        return f"EU {e} / UK {e - 28} / US {e - 32} / IT {e + 4}"
    if k == 1:
        b = 78 + (e - 34) * 2
        return f"Size {e}: bust {b}cm, waist {b - 18}cm, hips {b + 8 + r.choice([0, 1, 2])}cm"
    s = r.choice(SIZES)
    return f"{s} = chest {r.randint(88, 124)}cm, length {r.randint(64, 78)}cm ({r.choice(['slim', 'regular', 'boxy'])} fit)"


def t_comp(r):
    a, b = r.sample(FABRICS, 2)
    p = r.choice([60, 70, 80, 85, 90, 95, 97])
    return f"{p}% {a}, {100 - p}% {b}; {r.choice([30, 40])}°C, {r.choice(['do not tumble dry', 'tumble dry low', 'dry flat', 'do not bleach'])}"


def t_review(r):
    return f"{r.choice(REVIEW_OPEN)} {r.choice(GARMENTS).lower()} — it {r.choice(REVIEW_FIT)}; {r.choice(REVIEW_NOTE)}"


def t_return(r):
    d = r.choice(RETURN_DETAIL).format(s=r.choice(SIZES), t=r.choice(SIZES), c=r.choice(COLOURS).lower(), n=r.randint(1, 9))
    return f"{r.choice(RETURN_BASE)}: {d}"


def t_caption(r):
    c, c2 = r.sample(COLOURS, 2)
    return r.choice(CAPTION_FMT).format(n=r.randint(1, 40), c=c, c2=c2.lower(), g=r.choice(GARMENTS).lower(),
                                        fit=r.choice(FITS), s=r.choice(SIZES), season=r.choice(SEASONS),
                                        yy=r.randint(19, 26))


def t_supplier(r):
    g = r.choice(GARMENTS)
    return r.choice(SUPPLIERS).format(po=f"PO-2024-{r.randint(100, 999):04d}", qty=r.randint(3, 30) * 60,
                                      code=f"{CODES[g]}-{r.randint(1, 250):04d}", d=r.randint(1, 28), m=r.randint(1, 9),
                                      c=r.choice(COLOURS).lower(), de=round(r.uniform(0.3, 2.0), 1),
                                      fab=r.choice(FABRICS), n=r.randint(3, 21), a=r.randint(1, 3), b=r.randint(2, 5))


def t_search(r):
    c, c2 = r.sample(COLOURS, 2)
    g, g2 = r.sample(GARMENTS, 2)
    return r.choice(SEARCH_FMT).format(c=c.lower(), c2=c2.lower(), g=g.lower(), g2=g2.lower(), s=r.choice(SIZES),
                                       fit=r.choice(FITS).lower(), fab=r.choice(FABRICS), eu=r.choice(EU),
                                       p=r.choice([30, 50, 80, 100, 150]))


TEMPLATES = {
    "product_title": t_title, "product_description": t_desc, "sku_variant": t_sku,
    "size_chart": t_size, "composition_care": t_comp, "customer_review": t_review,
    "return_reason": t_return, "lookbook_caption": t_caption, "supplier_message": t_supplier,
    "search_query": t_search,
}
CATEGORIES = list(LIT.keys())


def main():
    r = random.Random(SEED)
    rows, seen, nlit = [], set(), 0
    stats = {}
    for cat in CATEGORIES:
        vals = []
        for v in LIT[cat]:
            if v not in seen and len(vals) < PER_CAT:
                seen.add(v)
                vals.append(v)
        lits = len(vals)
        tries = 0
        while len(vals) < PER_CAT:
            tries += 1
            if tries > 5000:
                raise SystemExit(f"cannot fill {cat}")
            v = TEMPLATES[cat](r)
            if v not in seen:
                seen.add(v)
                vals.append(v)
        if lits / PER_CAT < 0.55:
            raise SystemExit(f"{cat}: too few literals ({lits})")
        stats[cat] = (len(vals), lits)
        nlit += lits
        rows.extend((cat, v) for v in vals)
    out = []
    for i, (cat, v) in enumerate(rows, 1):
        assert isinstance(v, str) and v and len(v) <= 1800
        out.append({"id": f"{PREFIX}-{i:05d}", "category": cat, "label": "benign", "value": v})
    assert len({o["value"] for o in out}) == len(out)
    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    for cat, (n, l) in stats.items():
        print(f"{cat:22s} {n:4d}  literals {l}")
    print(f"total {len(out)}  literals {nlit}")


if __name__ == "__main__":
    main()
