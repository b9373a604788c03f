"""Held-out BENIGN corpus for the WAF: food-delivery and restaurant-ordering text.

Every value is text that real users of a food-delivery / restaurant-ordering
platform type into ordinary fields: menu item names and descriptions, order
notes, delivery addresses and instructions, customer-courier chat, reviews and
restaurant replies, refund and complaint tickets, promo codes and campaign copy,
opening hours, POS / kitchen printer ticket lines and menu CSV imports.

They are deliberately HARD negatives: quotes, apostrophes, `;`, `|`, `&`, `<`,
`>`, `=`, `--`, `{}`, `$`, `#`, `*`, slashes, URLs and SQL/shell-ish words
("select your sides", "Union St", "Drop Lane", "Exec lunch", "sleep till 2pm")
in innocent context, in many languages.

All values were written by hand for this corpus (literals below) or come from
small templates over hand-written pools. Nothing is taken from a dataset or a
public payload list. Output: benign.jsonl next to this file; byte-identical on
every run (fixed seed, no set-order dependence).
"""

import json
import random
from pathlib import Path

SEED = 6301
ID_PREFIX = "hb63"
PER_CATEGORY = 80
MAX_LEN = 1800

# ---------------------------------------------------------------------------
# menu_item: names and descriptions as restaurants type them in the menu editor
# ---------------------------------------------------------------------------
MENU_ITEM_LITERALS = [
    "Pad Thai (GF) – 🌶🌶",
    "Fish & Chips w/ mushy peas",
    "Mac 'n' Cheese — add bacon +$2.00",
    "The \"Union Square\" Burger: 8oz patty, aged cheddar, pickles & house sauce",
    "Buttermilk Drop Biscuits (3) w/ honey butter",
    "Spicy Tuna Roll <8 pcs> – contains: fish, soy, sesame",
    "Kids' Menu (under 12): chicken tenders | fries | juice box",
    "Crème brûlée — vanilla bean, caramelised sugar top",
    "Bún bò Huế 🌶🌶🌶 (beef & pork, lemongrass broth)",
    "Wiener Schnitzel „vom Kalb“ mit Petersilienkartoffeln",
    "Pão de queijo (6 un.) – sem glúten",
    "Half & Half 14\": ½ Margherita / ½ Diavola",
    "Select any 2 sides: slaw, fries, mash or greens",
    "Tonkotsu Ramen 豚骨ラーメン — add ajitama +1.50",
    "Executive Lunch Box (Mon–Fri only, order by 11:00)",
    "Sleepytime Chamomile Tea 🍵",
    "Shawarma plate – chicken/beef/mixed; garlic sauce = toum",
    "Falafel wrap (V) — vegan on request: no tzatziki",
    "Eggs Benedict w/ hollandaise -- weekends & bank holidays only",
    "“Death by Chocolate” brownie – 70% cacao, 0% regrets",
    "Poke bowl {build your own}: base + protein + 3 toppings",
    "Calzone ~ ricotta, ham, mozzarella; baked to order (15–20 min)",
    "Bibimbap 비빔밥 (egg can be left off)",
    "Tacos al pastor x3 — cilantro, onion, piña",
    "Chicken Tikka Masala — mild ★☆☆ (contains dairy, almonds*)",
    "*Prepared in a kitchen that handles peanuts & tree nuts; we can't guarantee 100% nut-free.",
    "1/4 lb Cheeseburger — 'The Classic'",
    "Sides under $5 → onion rings, slaw, corn on the cob",
    "Greek salad (feta, olives, cucumber, tomato) – dressing on the side",
    "Salmon teriyaki don — ¥1,280 (税込)",
    "Gulab jamun (2 pcs) — served warm w/ a scoop of kulfi",
    "Lasagne al forno (allergens: gluten, egg, milk, celery)",
    "Burrito \"Grande\" – choose: pollo | carne asada | sofritas",
    "Double Espresso ☕ — oat / soy / almond milk +0.50",
    "Menu du jour : entrée + plat + dessert = 24,90 €",
    "Egg fried rice w/ scallion (vegan option: no egg & no fish sauce)",
    "Nachos Supreme 🧀🌶 – shareable (2–3 people)",
    "Char siu bao 叉燒包 ×3",
    "Korean fried chicken: soy-garlic or yangnyeom (sweet & spicy) 🍗",
    "Shakshuka — eggs poached in spiced tomato & pepper sauce, pita on the side",
    "Full English: 2 eggs, bacon, sausage, beans, black pudding, toast",
    "<p>Slow-cooked for 12 hours.<br>Served with <strong>house pickles</strong> and slaw.</p>",
    "<ul><li>Gluten-free bun available</li><li>Ask for no mayo</li></ul>",
    "Seafood Paella (for 2) – 40 min prep; contains shellfish & molluscs",
    "Pierogi ruskie (8 szt.) ze skwarkami",
    "Köfte-Teller mit Bulgur & Cacık",
    "Chocolate lava cake (please allow 12 min) 🔥",
    "Mezze platter: hummus / baba ghanoush / muhammara / warm pita",
    "Soup of the day — ask your server (or check the board!)",
    "Nasi lemak w/ sambal (🌶🌶), ikan bilis, peanuts, egg",
    "Margherita D.O.P. 12\" — San Marzano tomato, fior di latte, basil",
    "Paneer butter masala (V) – Jain version available: no onion/garlic",
    "Avocado toast on sourdough + poached egg (+£1.80 for smoked salmon)",
    "Hot & Sour Soup 酸辣汤 – small 12oz / large 24oz",
    "Tiramisu (contains alcohol: marsala) 🍷 — 18+ only",
]

# (name, diet tags that fit the dish, menu category, allergens it really has)
MENU_DISHES = [
    ("Chicken katsu curry", ["DF", "H"], "Mains", ["gluten", "egg", "soy"]),
    ("Veggie burger", ["V", "VG", "DF"], "Burgers", ["gluten", "soy", "sesame"]),
    ("Beef brisket bao", ["DF"], "Starters", ["gluten", "soy", "sesame"]),
    ("Lamb rogan josh", ["GF", "H"], "Curries", ["milk", "mustard"]),
    ("Tofu pad kra pao", ["VG", "DF"], "Mains", ["soy", "peanuts"]),
    ("Chicken shawarma wrap", ["H"], "Wraps", ["gluten", "sesame", "milk"]),
    ("Prawn laksa", ["GF", "DF"], "Noodles", ["crustaceans", "fish", "peanuts"]),
    ("Mushroom risotto", ["V", "GF"], "Mains", ["milk", "celery"]),
    ("Pulled pork sandwich", ["DF"], "Mains", ["gluten", "mustard"]),
    ("Paneer tikka", ["V", "GF"], "Starters", ["milk"]),
    ("Salmon poke", ["GF", "DF"], "Bowls", ["fish", "soy", "sesame"]),
    ("Chorizo & potato tacos", ["GF"], "Tacos", ["milk"]),
    ("Spinach & ricotta cannelloni", ["V"], "Mains", ["gluten", "milk", "egg"]),
    ("Duck spring rolls", ["DF"], "Starters", ["gluten", "soy"]),
    ("Halloumi fries", ["V", "GF"], "Sides", ["milk"]),
    ("Pepperoni pizza 12\"", [], "Pizza", ["gluten", "milk"]),
    ("Katsu sando", ["DF"], "Mains", ["gluten", "egg", "mustard"]),
    ("Jollof rice w/ plantain", ["VG", "GF"], "Mains", ["celery"]),
    ("Beef pho", ["GF", "DF"], "Noodles", ["fish", "soy"]),
    ("Aubergine parmigiana", ["V"], "Mains", ["milk", "gluten", "egg"]),
    ("Mapo tofu 麻婆豆腐", ["DF"], "Mains", ["soy", "sesame"]),
    ("Chilli con carne", ["GF", "DF"], "Mains", ["celery"]),
]
MENU_SPICE = ["", " 🌶", " 🌶🌶", " 🌶🌶🌶"]
MENU_NOTES = [
    "add extra protein +$3", "contains sesame & soy", "may contain traces of nuts",
    "served w/ rice or naan", "large +2.00 / small -1.00", "limited: 20/day",
    "ask for 'no chilli'", "allergens: gluten; egg; milk", "cooked to order (12–15 min)",
    "prices incl. VAT", "contains celery & mustard", "best eaten within 20 min",
]
MENU_SIDES = ["fries", "slaw", "rice", "side salad", "garlic bread", "onion rings"]
MENU_DRINKS = ["Coke 330ml", "lemonade", "iced tea", "water", "ayran", "mango lassi"]


def fmt_price(rng, lo, hi):
    cents = rng.randint(lo * 100, hi * 100) // 10 * 10
    amount = cents / 100
    style = rng.randrange(4)
    if style == 0:
        return f"${amount:.2f}"
    if style == 1:
        return f"£{amount:.2f}"
    if style == 2:
        return f"{amount:.2f} €".replace(".", ",")
    return f"{amount:.2f}"


def tpl_menu_item(rng):
    dish, tags, _cat, _allergens = rng.choice(MENU_DISHES)
    form = rng.randrange(3)
    if form == 0 and tags:
        picked = rng.sample(tags, rng.randint(1, len(tags)))
        return f"{dish} ({', '.join(picked)}){rng.choice(MENU_SPICE)} – {fmt_price(rng, 6, 19)}"
    if form == 0:
        form = 1
    if form == 1:
        return f"{dish}{rng.choice(MENU_SPICE)} — {rng.choice(MENU_NOTES)}"
    return (f"Combo #{rng.randint(1, 12)}: {dish} + {rng.choice(MENU_SIDES)} + "
            f"{rng.choice(MENU_DRINKS)} = {fmt_price(rng, 9, 22)}")


# ---------------------------------------------------------------------------
# order_note: free-text instructions at checkout
# ---------------------------------------------------------------------------
ORDER_NOTE_LITERALS = [
    "no onions; ring bell twice; gate code #4521*",
    "Please put the sauce on the side -- last time the burger was drowning in it!!",
    "Extra napkins & cutlery for 4 pls",
    "Allergy: peanuts/tree nuts — SEVERE (EpiPen level). Please use clean utensils.",
    "Leave at the door, don't knock (baby sleeping) :)",
    "Drop it at reception and ask for Sam from IT, 3rd floor",
    "Union St entrance is closed for works, use the back door on Elm Rd",
    "sauce = mild, rice = brown, no cilantro (tastes like soap to me)",
    "Birthday order! Could you write \"Happy 30th, Jo <3\" on the box?",
    "If no answer call 555-0134 & leave w/ the concierge",
    "No cutlery or straws please 🌍",
    "Half of this is for my kid (<5 yrs) so please not too spicy",
    "pls put the drinks in a separate bag, last time the cola leaked all over the fries",
    "Gluten-free!!! (coeliac, not a preference) — thank you",
    "Ring flat 3B; if that doesn't work text me",
    "burger → well done / fries → extra crispy / shake → chocolate",
    "Can you cut the pizza into 12 slices instead of 8?",
    "sin cebolla por favor, y la salsa aparte 🙏",
    "Bitte ohne Zwiebeln & mit extra Soße, danke!",
    "ネギ抜きでお願いします。箸は不要です。",
    "Pas de coriandre s'il vous plaît, merci !",
    "Exec team lunch at 12:30 — please arrive by 12:15; 14 people, label each box with a name",
    "Labels: Anna (veg), Tom (no dairy), Priya (halal), O'Brien (no pork), Zoë (vegan)",
    "Make #2 'extra hot' and #4 'mild' please",
    "Cash tip for the driver ($10) — thanks for braving the snow!",
    "Please drop the bag on the porch table, not the steps (dog)",
    "Hi!\nCould you pack the soup separately?\nLast time it leaked.\nThanks a lot 😊",
    "Don't worry about the 'select your sides' thing, whatever's default is fine",
    "no sesame (allergy); no soy; otherwise as is",
    "I'm on night shift so I sleep till 2pm — please deliver after 14:00",
    "Apt 4/12 (the one with the blue door), lift is broken, sorry!",
    "ketchup packets > 5 if possible 😅",
    "cheese: less than normal; sauce: more than normal",
    "Vegan = no butter, no ghee, no honey please",
    "Leave with security at the front desk, say it's for \"Marketing – Floor 2\"",
    "Pls ring the bell labelled \"SMITH / O'NEILL\" — the intercom is broken",
    "Cook steak medium-rare (not rare!!)",
    "Add a fork & a spoon; skip the chopsticks",
    "It's a surprise — DON'T call the number on the order, call me instead: 07700 900123",
    "Please double-bag, 5th floor walk-up & it's raining",
    "Mild/medium/hot?? → medium, but go easy on the chili oil",
    "Kosher-style: no meat & dairy in the same box if you can",
    "Per favore niente formaggio sulla marinara, grazie",
    "Proszę bez cebuli i z dodatkowym sosem czosnkowym",
    "請不要放香菜，謝謝",
    "Do NOT ring the doorbell — the dogs go crazy. Text \"here\" and I'll come out",
    "Pack the dressing separately & cut the wrap in half (2 kids sharing)",
    "Extra pickles; extra jalapeños; hold the mayo",
    "This order is for a 6yo's party: candles in the bag pls if you have any 🎂",
    "Pickup at 18:45, name on the order: D'Souza",
    "Please write 'fragile – cake' on the bag",
    "Drop the food at the side gate; the code is 1984# then the key symbol",
]

NOTE_CODES = ["#4521*", "*2580#", "1984#", "0911", "A4721", "#3307"]
NOTE_FRAGMENTS = [
    "no onions", "extra sauce on the side", "ring bell twice", "call when outside",
    "leave at the door", "don't knock, baby asleep", "no cutlery", "extra napkins pls",
    "mild please", "no cilantro", "hold the mayo", "burger well done", "cut it in half",
    "2 forks", "dressing separate", "no ice in the drinks", "use the back door on Elm St",
    "no lift, sorry!", "sauce = garlic", "spice level 2/5", "no peanuts (allergy)",
    "fries extra crispy", "keep the drinks upright pls", "brown rice instead of white",
]
NOTE_SEPS = ["; ", " / ", ", ", " — ", " & ", " | "]


def tpl_order_note(rng):
    n = rng.randint(2, 4)
    parts = rng.sample(NOTE_FRAGMENTS, n)
    if rng.random() < 0.4:
        parts.insert(rng.randrange(len(parts) + 1), f"gate code {rng.choice(NOTE_CODES)}")
    sep = rng.choice(NOTE_SEPS)
    text = sep.join(parts)
    if rng.random() < 0.3:
        text += rng.choice([" :)", " thx!", " 🙏", " — thanks!!"])
    return text


# ---------------------------------------------------------------------------
# delivery_address: addresses plus how to find the door
# ---------------------------------------------------------------------------
DELIVERY_ADDRESS_LITERALS = [
    "12 Union Street, Flat 3/2, Glasgow G1 3RB",
    "Apt. 5B, 221 W 34th St, New York, NY 10001",
    "Hauptstraße 17, Hinterhaus, 2. OG links, 10827 Berlin",
    "Building C, Gate 4 — security desk; say 'food delivery for Dr. Lee'",
    "c/o O'Malley's Pub, 8 Drop Lane, Cork",
    "Unit 7 & 8, Riverside Industrial Estate (entrance via loading bay #2)",
    "東京都渋谷区神南1-2-3 サンプルビル5F",
    "Calle de Alcalá, 45, 3º izq., 28014 Madrid",
    "14 Select Road, rear annex — the door with the 'Staff Only' sign",
    "Go past the bins, through the blue gate, 2nd door on the right",
    "Campus: Hall B, room 2.14 — I'll meet you at the main doors",
    "Hospital main lobby (NOT A&E!), call when outside",
    "ул. Ленина, д. 10, кв. 25, подъезд 2, домофон 25К",
    "Rua Augusta 1200, ap. 82 – bloco B, São Paulo – SP",
    "Flat 2, 1st floor; buzzer says 'Smith/Jones'",
    "51.5007, -0.1246 — the bench by the river, I'm wearing a red jacket",
    "Gate code: *2580# then 2nd building on the left",
    "Corner of 5th & Main, food-truck lot, spot #12",
    "Room 1204, The Grand Hotel, 1 Harbour Rd — leave with concierge",
    "42 Rue de la Paix, bât. B, 4e étage, digicode 12A34, 75002 Paris",
    "Via Garibaldi 8/C, int. 5, 10122 Torino",
    "PO Box won't work for food 😅 — 3 Mill Lane, the cottage behind the pub",
    "Warehouse 3 > Dock 14 > ask for the shift lead",
    "Level 3, 100 Queen St, Melbourne VIC 3000 (reception closes 17:30)",
    "Block 123 Ang Mo Kio Ave 3, #08-456, Singapore 560123",
    "1600 Executive Pkwy, Suite 300 (use the east lobby; main doors locked after 6pm)",
    "Dorm: Union Hall, 4th fl., room 412B",
    "Tower A, 18/F, Flat D, 88 Nathan Road, Kowloon",
    "ul. Marszałkowska 10/16 m. 24, 00-590 Warszawa",
    "Kerkstraat 12-III, 1017 GM Amsterdam (3 steile trappen!)",
    "Søndergade 5, 2. th., 8000 Aarhus C",
    "Construction site 'Riverside Phase 2' — gate 3, hi-vis required past the fence",
    "Back of the church car park, white van with hazard lights on",
    "The house with the red door & the broken gnome; no number on it, it's between 14 and 18",
    "Apt #7 — side entrance (the front says 'Private – no deliveries')",
    "Office: dev team, 2nd floor, desk 2-041 (ask at reception)",
    "Beach hut #27, Brighton seafront — I'll be outside",
    "Av. Insurgentes Sur 1602, Piso 9, Col. Crédito Constructor, CDMX",
    "Bahnhofstrasse 3, c/o Müller, 8001 Zürich",
    "شارع الملك فهد، برج ٣، الدور ١٢، الرياض",
    "Kibbutz gate, then follow the signs to the dining hall (חדר אוכל)",
    "Unit 3/27 Smith St, Fitzroy VIC 3065 — intercom 327",
    "Marina, pontoon C, berth 14 — boat called 'Sleepy Otter'",
    "Gym reception — 1 Union Plaza; tell them it's for the 7pm class",
    "Lot 4, Rural Route 2, Box 17 — long gravel drive, watch for the cattle grid",
    "Studio 5, The Old Bakery, 2–4 Baker's Row",
    "Nursery drop-off window only (9:00–9:15), not the main door",
    "Garage door code: 0911 — press # after",
    "C/ Mallorca 401, ático 2ª, 08013 Barcelona",
    "Flat 10, Block C — enter via the car park, lift to 4, turn left, last door",
    "Kiosk next to platform 3, central station",
    "Maple Ave & 3rd — the gas station; I'll meet you by pump #4",
]

ADDR_STREETS = [
    "Union St", "Select Rd", "Drop Lane", "High Street", "Church Rd", "Station Approach",
    "Elm Avenue", "Harbour Rd", "Mill Lane", "Queen's Parade", "King's Rd", "Exeter Close",
]
ADDR_UNITS = [
    "Flat 3/2", "Apt 5B", "Unit 12", "Suite 300", "2nd floor", "Studio 4", "Flat 1A",
    "Apt. 7 (rear)", "Room 214",
]
ADDR_CITIES = [
    "Leeds LS1 4DY", "Bristol BS1 5TR", "Dublin D02 X285", "Manchester M4 1HQ",
    "Austin, TX 78701", "Portland, OR 97205", "Toronto, ON M5V 2T6", "Cardiff CF10 1EP",
]
ADDR_HINTS = [
    "buzzer {n}", "gate code {code}", "side entrance", "leave w/ concierge",
    "call on arrival", "blue door", "ring twice", "ask at the front desk",
    "parking at the back", "it's above the launderette",
]


def tpl_address(rng):
    hint = rng.choice(ADDR_HINTS).format(n=rng.randint(1, 48), code=rng.choice(NOTE_CODES))
    num = rng.randint(1, 240)
    street = rng.choice(ADDR_STREETS)
    unit = rng.choice(ADDR_UNITS)
    city = rng.choice(ADDR_CITIES)
    sep = rng.choice([" — ", "; ", " | ", " ("])
    tail = hint + (")" if sep == " (" else "")
    if rng.random() < 0.5:
        return f"{num} {street}, {unit}, {city}{sep}{tail}"
    return f"{unit}, {num} {street}, {city}{sep}{tail}"


# ---------------------------------------------------------------------------
# courier_chat: messages between customer and courier
# ---------------------------------------------------------------------------
COURIER_CHAT_LITERALS = [
    "Hi, I'm outside — is it the door with the ramp?",
    "5 mins away, traffic on the bridge :/",
    "Can't find the entrance, the map pin is at the back of the building",
    "I'm downstairs, buzzer isn't working, can you come down?",
    "ok coming down!! 2 min",
    "Left it at the door & took a photo 👍",
    "Restaurant is running ~15 min late, sorry, not my fault 🙏",
    "They're out of Sprite — want a Coke or Fanta instead? or refund?",
    "np! drive safe :)",
    "which one is yours, #12 or #12A?",
    "The gate says 'No entry after 10pm' — can you meet me at the corner?",
    "Estoy afuera, ¿me abres el portal?",
    "Ich stehe vor dem Haus – welche Klingel?",
    "Je suis en bas de l'immeuble, c'est quoi le code ?",
    "到了，在楼下等你",
    "Thanks!! left you a tip <3",
    "Sorry the bag got a bit wet, it's pouring out here 🌧",
    "lol yes that's me waving at the window",
    "app says 'delivered' but I don't have it?? where did you leave it",
    "I'm at the parking entrance, security won't let me in without your name & unit",
    "Your name on the order is just 'J' — is that you in the blue car?",
    "Can you bring it up? 3rd floor, door on the left. I'm on crutches 😬",
    "sure, on my way up",
    "Code 4521* isn't working, is there a # at the end?",
    "oh sorry it's *4521# 🙈",
    "Drinks: 2x cola / 1x lemonade -> lemonade was missing at pickup, restaurant says they'll refund it",
    "I'm the guy on the e-bike > by the pharmacy",
    "Dog is friendly, just ignore the barking 🐶",
    "Please don't leave it with the neighbour at #14 again 😂",
    "wait, wrong building — I'm at 14 Union St, you're at 14 Union *Road*?",
    "yep Road. sorry, autocorrect",
    "ETA 19:42 → 19:50, the bridge is closed",
    "Sto arrivando, 3 minuti",
    "Jestem pod blokiem, który domofon?",
    "もうすぐ着きます！",
    "ok ok I see you 👋",
    "Hi, the restaurant gave me 2 bags, 1 is marked \"#A-1042 – 2/2\" – is that all?",
    "Yes that's everything, thanks!",
    "Phone's at 3% — if I go silent I'm still coming!",
    "Leave it on the step & knock twice pls, I'm on a call",
    "Parked on double yellows, please hurry 🙏",
    "Not sure where \"behind the bins\" is?? there are 3 sets of bins lol",
    "The ones by the blue fence",
    "Could you grab some ketchup if they have it? if not, no worries",
    "There's no lift & I have 4 drinks + 2 bags, can you meet me on the 2nd floor?",
    "Got it, thanks for the photo 🙏 found it",
    "Your order was picked up at 18:47; I'm 2.3 km away",
    "Hey, is this the right address: \"Flat 2/1, 8 Drop Ln\"? Map shows Drop Lane St",
    "Sorry I can't, company policy — only to the door / lobby",
    "It's in the lobby on the table next to the mailboxes",
    "Haha no worries, have a great evening! ⭐⭐⭐⭐⭐",
    "Hello? I've been knocking for 3 min, I'll wait 5 more and then call support",
]

CHAT_REASONS = [
    "traffic", "roadworks on Union St", "waiting for the drinks", "red lights everywhere",
    "the restaurant is packed", "rain :(", "one-way system lol", "parking is a nightmare",
]
CHAT_PLACES = [
    "the main gate", "the side door", "reception", "the corner by the bakery",
    "the car park", "the lift lobby", "the blue door", "block C",
]
CHAT_ASKS = [
    "can you come down?", "which floor?", "is there a code?", "should I call?",
    "where do I leave it?", "can you open the gate?",
]


def tpl_courier_chat(rng):
    form = rng.randrange(3)
    if form == 0:
        return f"{rng.randint(2, 25)} min away, {rng.choice(CHAT_REASONS)}{rng.choice(['', ' 🙏', ' sorry!', ' :/'])}"
    if form == 1:
        return f"I'm at {rng.choice(CHAT_PLACES)} — {rng.choice(CHAT_ASKS)}"
    h = rng.randint(17, 21)
    m1 = rng.randint(0, 50)
    return f"ETA {h}:{m1:02d} -> {h}:{m1 + rng.randint(3, 9):02d}, {rng.choice(CHAT_REASONS)}"


# ---------------------------------------------------------------------------
# review: customer reviews and restaurant replies
# ---------------------------------------------------------------------------
REVIEW_LITERALS = [
    "Thanks so much, Maria! We're thrilled the biryani hit the spot 🙏 See you soon — The Spice Route team",
    "Hi Tom, sorry the fries arrived soggy. Trips > 30 min do that to fries; we've switched to vented boxes. DM us your order # and we'll make it right.",
    "5/5 — the 'drop-dead' chocolate cake lives up to its name",
    "Food was great but the driver left it at the wrong door (#14 instead of #41)...",
    "We're sorry to hear that. For the record, our kitchen doesn't add MSG; the umami comes from kombu & shiitake.",
    "Ordered 'extra spicy' and it was… mild. 3/5 🌶",
    "We hear you on portions vs. price. From Monday the lunch bowl is 20% bigger at the same price.",
    "Best pho in the area, hands down!!! broth >>> everything else",
    "Meh. Pizza was cold & the box was crushed on one side. 2 stars, might try again for pickup",
    "Dear guest, thank you for your feedback. We have forwarded your comments regarding the delivery to our courier partner.",
    "Honestly the only place that gets 'no cheese' right. Dairy-free & happy 😊",
    "The app said 25 min; it took 70. The food itself? 10/10. Rating the experience, not the chef.",
    "Great value — 2 mains + 2 sides for < $30",
    "Sehr lecker, schnelle Lieferung, gerne wieder! ⭐⭐⭐⭐⭐",
    "Comida deliciosa pero faltó la salsa verde 😢",
    "美味しかったです！また注文します。",
    "Délicieux, mais un peu trop salé à mon goût.",
    "Hi Sam — we checked the order: the kitchen ticket says 'no peanuts' and the dish was prepared at the allergen station. We're investigating & will call you tomorrow.",
    "Drop everything and order the wings",
    "Script for success: hot food, polite driver, correct order. That's it. Nailed it.",
    "Love the new packaging (compostable!) <3",
    "Why was my review deleted? It was honest: the rice was undercooked.",
    "Hey Priya, we didn't delete it — reviews with order numbers are held for moderation for 24h. It's live now. Sorry about the rice; a credit is on its way.",
    "The 'Union Jack' breakfast is massive, could feed 2 people",
    "Executive chef came out to apologise in person when I picked up — class act.",
    "Sleeper hit: the cucumber salad. Don't skip it.",
    "1 star. Waited 1h15m, called 3 times, nobody picked up.",
    "We're really sorry, Dave. Saturday 8-9pm we had 3x our usual orders & a fryer went down. No excuse — we've refunded the delivery fee and added a 20% code to your account.",
    "Thank you!! 🙏 The recipe is my grandmother's — no shortcuts.",
    "The naan was perfect but the dal was watery, 4/5",
    "As a coeliac, I appreciate the separate GF fryer. Finally!",
    "Not sure why people complain about the price; it's $14 for a huge bowl & leftovers for lunch.",
    "Driver was lovely, waited while I found my keys :)",
    "Please bring back the Tuesday 2-for-1!!! 😭",
    "It's back from next week — Tue & Wed only. 🍕🍕",
    "Ordered at 11:58, menu switched to dinner pricing at 12:00 — charged dinner prices?",
    "Hi! Lunch pricing applies to orders placed before 15:00, so that looks like a bug on our side. Send us the order ID and we'll refund the difference.",
    "Good but pricey. £4.50 for a can of coke is a bit much.",
    "Tasted like my nonna's lasagne. Grazie mille! 🇮🇹",
    "Portion <<< picture. Disappointed.",
    "\"Salt & Pepper squid\" – crispy, not greasy, perfect with the dip",
    "Please stop putting coriander on EVERYTHING 😂 otherwise perfect",
    "Fair point 😄 we've added a 'no coriander' toggle to every dish.",
    "I asked for 'no onions' and got extra onions. Is the notes field even read by anyone?",
    "Yes, it's printed on the kitchen ticket in bold. We'll retrain the evening line & comp your next order.",
    "Honestly the best smash burger in town. Crispy edges, soft bun, sauce = chef's kiss",
    "Heads-up to anyone with nut allergies: they're super careful here, the staff double-checked with me",
    "The courier was rude and told me to \"come get it yourself\". Food was fine.",
    "Wow. The soup arrived hotter than when I make it at home.",
    "Ok food, bad app. Couldn't select a delivery time, kept resetting to ASAP.",
    "Very good kebab, the chilli sauce is 🔥🔥🔥 — careful!",
    "Reply to @grumpygourmet: we're a 3-person kitchen; Friday nights are chaos, but that's not your problem. Try us on a Tuesday & tell us if it's better?",
    "Dobre jedzenie, ale dostawa trwała prawie godzinę.",
]

REVIEW_DISHES = [
    "the ramen", "the butter chicken", "the pad see ew", "the burrito bowl", "the lasagne",
    "the katsu curry", "the falafel wrap", "the pepperoni", "the pho", "the mac 'n' cheese",
]
REVIEW_GOOD = ["amazing", "perfectly cooked", "spot on", "better than last time", "crispy & hot", "huge"]
REVIEW_BAD = ["a bit bland", "lukewarm", "too salty", "soggy", "tiny for the price", "overcooked"]
REVIEW_GOOD_EXTRA = [
    "driver was quick", "will order again", "sauce on the side = great idea",
    "arrived 10 min early!", "portion > expected", "love the handwritten note <3",
]
REVIEW_BAD_EXTRA = [
    "packaging could be better", "missing the dip :(", "pricey for what it is",
    "took 70 min", "not ordering again", "driver couldn't find us",
]
REVIEW_NAMES = ["Alex", "Jamie", "Chen", "Fatima", "Lukas", "Sofía", "Kwame", "Niamh", "Raj"]
REVIEW_REPLIES = [
    ("thanks for the kind words", ["see you next time", "the chef says hi 👨‍🍳", "we'll tell the team!"]),
    ("sorry it arrived late", ["we've passed this on to our courier partner", "a credit is on its way",
                               "please DM us your order #"]),
    ("sorry it was too salty", ["we've passed this on to the kitchen", "a credit is on its way"]),
    ("sorry about the missing dip", ["a credit is on its way", "please DM us your order #"]),
]
REVIEW_SIGS = ["The Spice Route team", "Mama Rosa's", "Pho Real", "Bao & Co.", "Chef K."]


def tpl_review(rng):
    if rng.random() < 0.55:
        stars = rng.randint(1, 5)
        good = stars >= 4 if stars != 3 else rng.random() < 0.5
        adj = rng.choice(REVIEW_GOOD if good else REVIEW_BAD)
        extra = rng.choice(REVIEW_GOOD_EXTRA if stars >= 3 else REVIEW_BAD_EXTRA)
        return (f"{stars}/5 — {rng.choice(REVIEW_DISHES)} was {adj}"
                f"{rng.choice(['.', '!', '!!', ';'])} {extra}")
    opener, actions = rng.choice(REVIEW_REPLIES)
    action = rng.choice(actions)
    return (f"Hi {rng.choice(REVIEW_NAMES)}, {opener}! "
            f"{action[0].upper()}{action[1:]} — {rng.choice(REVIEW_SIGS)}")


# ---------------------------------------------------------------------------
# support_ticket: refunds, complaints, account and merchant issues
# ---------------------------------------------------------------------------
SUPPORT_TICKET_LITERALS = [
    "Order #A-48213: missing 1x garlic naan & 1x raita. Requesting partial refund ($4.50 + $2.00)",
    "I was charged twice for order 99812 — see screenshot; card ending ••4242",
    "Refund shows $0.00?? The whole order was cancelled by the restaurant at 19:42",
    "Hi,\nMy order arrived cold and 50 min late.\nOrder: #77120\nExpected: 18:30 / Arrived: 19:21\nPlease advise.",
    "Promo code 'WELCOME10' didn't apply at checkout; total was €23.40 instead of €21.06",
    "Wrong item: received the pork instead of the chicken (I eat halal) — please escalate",
    "Driver threw the bag at the door & the drinks spilled everywhere",
    "Can't update my address: the form says 'invalid character' when I type 3/12",
    "\"Payment declined (code 05)\" but the money was taken from my account",
    "Why is the service fee 15% now? It used to be a flat $1.99",
    "Please delete my account and all my data (GDPR Art. 17). Email: sam.k@example.org",
    "Restaurant side: tablet keeps printing every ticket twice since the update → wasting paper",
    "Our store shows 'Closed' even though hours are set to Mon–Fri 11:30–22:00",
    "Menu import failed: 'row 14: price must be > 0' — but row 14 is a free side (0.00)",
    "Payout for week 12 (18/03–24/03) is missing: expected €1,284.50, received €0",
    "Courier never arrived. Tracking stuck on 'Picked up' for 1h. Order 55310.",
    "Found a hair in my pad thai 🤢 photo attached. I want a full refund, not credit.",
    "Allergen info for 'Satay skewers' doesn't mention peanuts?! The sauce is literally peanut-based",
    "App crashes when I tap 'Select payment method' (Android 14, app v5.2.1)",
    "I got someone else's order (name on bag: 'R. Gupta', order #A-11934). Mine: #A-11935",
    "Refund request: 1x Tiramisu (£6.50) — arrived upside down & squashed",
    "Tip was charged as $50 instead of $5.00 — I definitely didn't add a zero",
    "Account locked after 3 attempts; the reset e-mail never arrives (checked spam)",
    "Restaurant cancelled my order but I still see a pending charge of $38.20",
    "Courier asked me to cancel the order & pay him cash instead. Is that allowed?? Reporting it.",
    "Address autocomplete changes 'Union St' to 'Union Street, Other City' every time",
    "Ticket #88241 follow-up: still no reply after 5 days.",
    "Can you please remove the 'drop-off photo' from my order history? It shows my front door.",
    "Missing items: 2x spring rolls, 1x sweet & sour sauce. Order 7781. Total refund due: 8,40 €",
    "The restaurant's listing says 'Halal' but they serve pork belly bao — please verify",
    "Order placed for 19:00 (scheduled) but it arrived at 17:10 while I was still at work",
    "Bonjour, ma commande n° 45120 est arrivée incomplète : il manque le dessert.",
    "Hola, me cobraron el envío dos veces en el pedido 3321.",
    "注文番号 #6612 の商品が届いていません。返金をお願いします。",
    "Hallo, die Bestellung kam ohne Besteck und die Soße war ausgelaufen.",
    "Our POS integration stopped syncing orders at 14:03; the API key hasn't changed",
    "Refund of €12.00 was approved on 02/04 but the bank says nothing arrived",
    "I have a severe dairy allergy and the 'vegan' burger had cheese on it. This is serious.",
    "Please update the opening hours for Easter: closed Sun 31/03 & Mon 01/04",
    "Need a VAT invoice for order #90110 (company: Acme & Sons Ltd, VAT GB123456789)",
    "Driver marked it delivered at 20:14 but my doorbell camera shows nobody came",
    "Why can't I order alcohol? I'm 34 and the ID check failed twice.",
    "The 'Exec Lunch' bundle charged for 3 drinks but the bundle includes 1",
    "Please change the email on my account from j.smith@example.com to jo.smith@example.net",
    "Order #30012 — the 'extra cheese (+$1)' modifier was charged 4 times",
    "Received a 'Your order is ready' push for an order I never made?",
    "Courier damaged my gate while reversing. Photo + address attached. Who do I contact?",
    "The restaurant replied to my review with my full name & address — please remove it",
    "Hi, restaurant owner here: how do I set 'sold out' for a single item without hiding the category?",
    "Subject: Refund not received\n\nHello,\nThe refund for order 20419 (£18.75) was promised 10 days ago.\nRegards,\nLeila",
    "Credit card statement shows 'DLV*SPICE RT 8005550100' — is this you?",
    "Refund only half? The whole pizza was burnt, not half of it.",
]

TICKET_PROBLEMS = [
    "missing {n}x {item}", "the {item} arrived cold", "the {item} {was} spilled in the bag",
    "charged twice for the {item}", "the {item} {was} missing from the bag",
    "got {m}x {item} but only ordered 1", "the {item} {was} crushed",
]
# (item, verb agreeing with it)
TICKET_ITEMS = [
    ("garlic naan", "was"), ("spring rolls", "were"), ("coke", "was"), ("large fries", "were"),
    ("miso soup", "was"), ("chicken wings", "were"), ("tiramisu", "was"),
    ("dipping sauce", "was"), ("side salad", "was"), ("bao buns", "were"),
]
TICKET_ASKS = [
    "Please refund the item", "Requesting a partial refund", "Can I get credit instead?",
    "Please pass this on to the restaurant", "Please call me back",
    "I'd like it redelivered if possible",
]


def tpl_ticket(rng):
    item, verb = rng.choice(TICKET_ITEMS)
    prob = rng.choice(TICKET_PROBLEMS).format(n=rng.randint(1, 3), m=rng.randint(2, 4),
                                              item=item, was=verb)
    order = rng.choice([f"#A-{rng.randint(10000, 99999)}", f"{rng.randint(1000, 99999)}",
                        f"#{rng.randint(100000, 999999)}"])
    ask = rng.choice(TICKET_ASKS)
    form = rng.randrange(2)
    if form == 0:
        end = "" if ask.endswith("?") else "."
        return f"Order {order}: {prob}. {ask}{end}"
    return f"{ask} — order {order}, {prob} (order total {fmt_price(rng, 12, 60)})"


# ---------------------------------------------------------------------------
# promo: promo codes, campaign names, offer copy, targeting rules
# ---------------------------------------------------------------------------
PROMO_LITERALS = [
    "WELCOME10",
    "FREEDEL-MAR24",
    "2FOR1_TUESDAYS",
    "SAVE$5 on orders over $25",
    "BOGO-PIZZA-WKND",
    "Spring Menu Drop 🌸 — 20% off select bowls (Mon–Thu)",
    "Union Square Lunch Rush — 1.5 km radius, 11:00–14:00",
    "Rule: cart_total >= 30 && new_customer == true → free delivery",
    "Happy Hour: 2 drinks for the price of 1 (excl. alcohol where prohibited)",
    "FLASH50 — ends at midnight! ⏰",
    "Ramadan Iftar Box 🌙 – order before sunset, arrives by Maghrib",
    "Student deal: show ID → 15% off; not combinable w/ other offers",
    "T&Cs: max 1 use/customer; min. order €15; excludes alcohol & tobacco; valid until 31/12",
    "Hi {{first_name}}, your free dessert is waiting 🍰 Use code {{promo_code}} before Sunday!",
    "https://order.example.com/r/spice-route?utm_source=newsletter&utm_medium=email&utm_campaign=spring_drop",
    "Game Day Bundle: 20 wings + 2 dips + fries = $29.99 🏈",
    "CODE: HALLOWEEN🎃 — 31% off on 31/10 only",
    "Refer a friend → you both get £5 (friend's 1st order must be > £15)",
    "SUMMER-24 | 10% | max discount $8 | exp 2024-08-31",
    "Free delivery on orders ≥ 20 € — this weekend only!",
    "LUNCH<3 — Valentine's lunch for 2, 14/02",
    "Campaign name: Q3_retention_lapsed_90d_email_v2",
    "Segment: last_order < 60 days AND avg_basket > 25 AND city = 'Leeds'",
    "Dear %FIRSTNAME%, we miss you! Here's 15% off your next order.",
    "Drop a ⭐ review & get a free side next time",
    "Sleepover Pack: 2 large pizzas, garlic bread, 2 dips, brownie — feeds 4",
    "DRIVER-THANKS: tip matched up to $3 this week",
    "Black Friday — 30% off sitewide* (*select restaurants; see terms)",
    "Get 2x points on orders placed between 14:00-17:00 (off-peak)",
    "Neujahr: 10 % Rabatt mit Code NEUJAHR25",
    "¡Martes de tacos! 3x2 en tacos al pastor 🌮",
    "新用户首单立减 ¥15",
    "Codes are case-insensitive: welcome10 = WELCOME10",
    "Exec Lunch Club: order 5+ boxes before 10am → free delivery to your office",
    "A/B test: subject A = 'Your table is waiting'; B = 'Dinner's on us (almost)'",
    "Push copy: \"Craving something? 🍜 20% off noodles till 9pm\"",
    "Cart abandonment reminder — delay: 45 min; cap: 1/day",
    "Loyalty tiers: Bronze < 5 orders; Silver 5–19; Gold >= 20",
    "SMS: Your code is TACO-7731. Reply STOP to opt out.",
    "Discount = min(basket * 0.15, 10.00)",
    "VIP_ONLY — invite-only tasting menu, 12 covers, 19:30 sharp",
    "Back to school 📚 Kids eat free Mon–Thu with an adult main",
    "Title: 'Fish & Chips Friday' • Body: Cod, chips & mushy peas for £9.99 🐟",
    "Spend $40+, get a free 1.5L drink (while stocks last)",
    "Promo disabled: conflicts with 'FREEDEL-MAR24' — only one per order",
    "Email preheader: Your favourites from Spice Route & 3 new places nearby",
    "Hey {name} 👋 It's been a while… your {favorite_dish} misses you!",
    "Code expired? Contact support with the code & we'll check it.",
    "Meal deal: any main + any drink = £8 (not valid on 'Premium' items)",
    "EARLYBIRD — 15% off orders placed before 11:30am",
    "UTM for the story: ?utm_source=instagram&utm_medium=story&utm_campaign=pho_week",
    "1 code per household; abuse = account suspension",
]

PROMO_WORDS = [
    "PHO", "TACO", "BAO", "PIZZA", "CURRY", "SUSHI", "WINGS", "LUNCH", "BRUNCH", "KEBAB",
    "RAMEN", "VEGAN",
]
PROMO_MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
PROMO_SCOPES = [
    "select bowls", "all pizzas", "your first order", "orders over £20", "lunch boxes",
    "family bundles", "desserts", "everything from Bao & Co.",
]
PROMO_DAYS = ["Mon–Thu", "weekends only", "today only", "till Sunday", "11:00–14:00", "after 21:00"]


def tpl_promo(rng):
    form = rng.randrange(4)
    word = rng.choice(PROMO_WORDS)
    if form == 0:
        return f"{word}{rng.choice([10, 15, 20, 25, 30, 50])}"
    if form == 1:
        return f"FREEDEL-{rng.choice(PROMO_MONTHS)}{rng.randint(23, 26)}"
    if form == 2:
        return f"{word}-{rng.randint(1000, 9999)}"
    return (f"{word.capitalize()} Week — {rng.choice([10, 15, 20, 25])}% off "
            f"{rng.choice(PROMO_SCOPES)} ({rng.choice(PROMO_DAYS)})")


# ---------------------------------------------------------------------------
# opening_hours: hours, holiday notices, schedule strings
# ---------------------------------------------------------------------------
OPENING_HOURS_LITERALS = [
    "Mon–Fri 11:30-22:00; Sat/Sun 12-23",
    "Mo-Fr 11:00-14:30,17:30-22:00; Sa 12:00-23:00; Su off",
    "Closed 24/12 & 25/12; 31/12 open until 16:00 only",
    "Kitchen closes 30 min before closing | Bar open until 01:00",
    "{\"mon\": [\"11:00-15:00\", \"17:00-22:00\"], \"tue\": \"closed\", \"wed\": [\"11:00-22:00\"]}",
    "Lun-Vie 13:00–16:00 / 20:00–23:30 · Sáb-Dom cerrado al mediodía",
    "月〜金 11:00〜15:00 / 17:00〜22:00（L.O. 21:30）、土日祝 11:00〜22:00",
    "Ramadan hours: iftar menu from sunset until 02:00",
    "Delivery radius < 5 km until 21:00, then < 3 km",
    "We're closed Mondays -- see you Tuesday!",
    "Holiday notice: closed Thu 23/11 (Thanksgiving) — pie pre-orders open now",
    "24/7 (delivery only 10:00–04:00)",
    "Tue–Sun 17:00–late; Mon closed; Sunday brunch 10:00–14:30",
    "Lunch: 11:30-14:30 / Dinner: 18:00-22:00 / Last orders 21:30",
    "Mo-Sa 10:00-20:00; PH off; \"by appointment\" for catering",
    "Open daily 12pm–10pm (Fri & Sat till 11pm)",
    "Closed for renovation 01/07 → 15/07. Delivery via partner kitchen continues.",
    "Summer hours (June–Aug): Mon–Sun 11:00–23:00",
    "Ma-Vr 16:00-22:00; Za-Zo 12:00-22:00",
    "Lun–Sam : 11h30–14h30 et 18h30–22h30 ; fermé le dimanche",
    "Mo–Do 11–22 Uhr, Fr–Sa 11–24 Uhr, So & Feiertage 12–21 Uhr",
    "周一至周五 10:30–21:00；周末 10:00–22:00",
    "Open 7 days • Breakfast 7–11 • Lunch 11:30–3 • Dinner 5–10",
    "Temporarily paused (kitchen at capacity) — back at 19:30",
    "Sun-Thu 11:00-23:00 | Fri 11:00-14:00 | Sat after Shabbat until 01:00",
    "Break between services 15:00–17:30, delivery paused",
    "Mon–Fri: 07:00–15:00 / Sat: 08:00–14:00 / Sun: closed",
    "Open till 3am Fri/Sat for the late-night crowd 🌙",
    "Easter: Good Fri 12–20, Sat normal, Sun closed, Mon 12–20",
    "Hours: 11:00-22:00 (kitchen) / 11:00-23:00 (bar) / pickup until 21:45",
    "Schedule override: 2024-12-31 → 11:00-17:00; 2025-01-01 → closed",
    "Mon, Wed, Fri: 17:00–21:00 only (small team, sorry!)",
    "Happy hour 16:00-18:00 >> not available for delivery",
    "Delivery slots every 15 min; last slot 21:45",
    "mon=11:30-22:00;tue=11:30-22:00;wed=11:30-22:00;thu=11:30-23:00;fri=11:30-23:30",
    "Sat 12:00–00:00 (midnight) — yes, midnight 🙂",
    "Closed for a private event on Sat 14/09 from 18:00",
    "Opening hours may vary on public holidays; check the app for live status",
    "Breakfast served until 11:30 sharp — no exceptions (sorry!)",
    "Pn–Pt 11:00–22:00, Sb–Nd 12:00–23:00",
    "Lunes a jueves 12–23 h; viernes y sábado 12–01 h",
    "Tues-Sat 5pm-10pm. Sun & Mon: closed for family time",
    "Orari: mar–dom 12:00–15:00 / 19:00–23:00, lunedì chiuso",
    "Catering orders need 48h notice; pickup 8am–8pm only",
    "Open late during the World Cup: kitchen until 23:30 on match days ⚽",
    "Fri 11:30–15:00 (closed 12:15–13:30 for Jumu'ah prayers)",
    "Every day 11 am – 9 pm, except the 1st Monday of the month (deep clean)",
    "Sat/Sun: 9-16 brunch only; no dinner service",
    "Hours: Monday–Friday 6:30a–2:30p",
    "Delivery: 11–21; Pickup: 10–22; Dine-in: 12–22",
    "Closed today due to a power outage ⚡ — orders will be refunded automatically",
    "open_hours: \"Mo-Fr 08:00-18:00; Sa 09:00-13:00; Su,PH closed\"",
]

HOURS_DAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
HOURS_DAYS_OSM = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"]
HOURS_DASHES = ["-", "–", " - ", " to "]


def _hhmm(rng, lo, hi):
    h = rng.randint(lo, hi)
    m = rng.choice([0, 0, 15, 30, 45])
    return f"{h:02d}:{m:02d}"


def tpl_hours(rng):
    days = rng.choice([HOURS_DAYS_EN, HOURS_DAYS_OSM])
    a = rng.randint(0, 3)
    b = rng.randint(a + 2, 6)
    d = rng.choice(HOURS_DASHES)
    span1 = f"{days[a]}{d}{days[b]} {_hhmm(rng, 7, 12)}{d}{_hhmm(rng, 20, 23)}"
    rest = [x for i, x in enumerate(days) if i > b]
    if rest and rng.random() < 0.6:
        tail = rng.choice(["closed", "off", f"{_hhmm(rng, 10, 13)}-{_hhmm(rng, 15, 22)}"])
        return f"{span1}; {'/'.join(rest)} {tail}"
    return f"{span1} (last orders 30 min before close)"


# ---------------------------------------------------------------------------
# pos_ticket: POS receipt / kitchen printer / KDS lines
# ---------------------------------------------------------------------------
POS_TICKET_LITERALS = [
    "2x MARG 12\"      @ 11.50    23.00",
    "** ALLERGY: PEANUT **",
    "--- DELIVERY --- #A1042  ETA 19:35",
    ">> NO ONION",
    "   + extra cheese (+1.00)",
    "SUBTOTAL ................ $34.50",
    "TBL 12 / COV 4 / SRV: JOANNA",
    "=== REPRINT === order 5521 (copy 2/2)",
    "<< RUSH >>",
    "[KDS] bump: grill -> expo",
    "VOID 1x Coke 330ml   -2.50  (mgr #0042)",
    "TAX 8.875% & SVC 18% incl.",
    "|| FRYER 2 || Fries L x3",
    "^^ HOT BAG ^^",
    "Ticket #0087 | Pickup 18:50 | 3 items | PAID",
    "VISA ****1234   $42.18   APPROVED  AUTH 0Q3F7Z",
    "CHANGE DUE          €0.00",
    "*** SEND TO KITCHEN ***",
    "1x PAD THAI (GF)\n   >> MILD\n   >> NO PEANUTS  !!ALLERGY!!",
    "Order 4471 — Courier: Ahmed K. — Bag 1/2",
    "-- SEAT 3 --",
    "DISC 'STAFF50' -50%        -7.25",
    "Tip (card)                  3.00",
    "Thank you! / Danke! / Merci! / ¡Gracias!",
    "2 x Burrito \"Grande\" [pollo]",
    "MOD: sub fries => salad",
    "PRINT ERR: paper low (printer KITCHEN-2)",
    "#A-11935  DELIVERY  ASAP  (promised 19:05)",
    "1 x 豚骨ラーメン  ¥980",
    "Reprint requested by: manager / reason: illegible",
    "TOTAL  $  58.40",
    "< HOLD >  fire on table 7 signal",
    "FIRE: course 2 / table 9",
    "x2 Bun Cha Ha Noi — pack noodles separately",
    "CASH 50.00 / CHANGE 7.60",
    "Station: WOK | Ticket age: 06:12 | Priority: HIGH",
    "Customer note: \"ring bell twice; gate code #4521*\"",
    "SPLIT BILL 1/3 = 19.47",
    "Order channel: app | web | phone -> app",
    "Z-REPORT 2024-03-02 23:59 — net sales 3,481.20; voids 3; refunds 1",
    "Barcode: *A1042*",
    "1x Kids meal (<12)  7.95",
    "Delivery fee           2.99\nService fee (5%)       1.73",
    "ORDER #5521 — SCHEDULED 12:30 — Exec Lunch x14",
    "[!] Item 86'd: salmon teriyaki",
    "86: calamari, key lime pie",
    "EXPO ✔ 19:41  bagged & sealed",
    "Server: O'Neill  Terminal: POS-03",
    "1/2 Margh + 1/2 Diavola 14\"   15.90",
    "VAT 20% included: £4.12",
    "----------------------------------------",
    "Allergens declared: gluten; milk; egg; sesame",
]

POS_ITEMS = [
    "MARGHERITA 12\"", "PAD THAI", "CHK TIKKA", "BURGER CLASSIC", "FRIES L", "COKE 330",
    "PHO TAI", "GYOZA x6", "CAESAR SAL", "BROWNIE", "LASSI MANGO", "NAAN GARLIC",
]
POS_MODS = [
    "NO ONION", "EXTRA CHEESE", "SAUCE ON SIDE", "WELL DONE", "GF BUN", "NO ICE",
    "MILD", "EXTRA HOT", "NO NUTS !!ALLERGY!!", "SUB SALAD",
]


def tpl_pos(rng):
    form = rng.randrange(3)
    if form == 0:
        qty = rng.randint(1, 4)
        unit = rng.randint(250, 1600) / 100
        item = rng.choice(POS_ITEMS)
        return f"{qty}x {item:<16}@ {unit:>5.2f} {qty * unit:>8.2f}"
    if form == 1:
        return f"{rng.choice(['>>', '  +', '  -', '**'])} {rng.choice(POS_MODS)}"
    return (f"#{rng.choice(['A', 'B', 'W'])}{rng.randint(1000, 9999)}  "
            f"{rng.choice(['DELIVERY', 'PICKUP', 'DINE-IN'])}  ETA {_hhmm(rng, 11, 22)}")


# ---------------------------------------------------------------------------
# menu_csv: rows and snippets from menu CSV imports / exports
# ---------------------------------------------------------------------------
MENU_CSV_LITERALS = [
    "sku,name,description,price,allergens,category",
    "P-012,\"Pizza \"\"Diavola\"\" 12in\",\"Spicy salami, chili oil\",13.50,\"gluten;milk\",Pizza",
    "D-03;Crème brûlée;\"vanilla; caramelised top\";6,50;\"egg|milk\";Desserts",
    "name\tprice\tvat\nPad Thai\t11.90\t7%",
    "\"Fish & Chips\",12.95,\"fish;gluten\",Mains,\"w/ mushy peas & tartare\"",
    "S-101,Mac 'n' Cheese,,8.00,milk;gluten,Sides",
    "B-07,\"Burger \"\"The Classic\"\" 1/4lb\",10.50,\"gluten,milk,mustard,sesame\",Burgers,active",
    "item_id|item_name|price|tax_code\n1001|Margherita 12\"|11.50|STD\n1002|Coke 330ml|2.50|STD",
    "K-04,\"Kids' Menu (<12): nuggets + fries\",6.95,\"gluten\",Kids,",
    "modifier_group,modifier,price_delta\n\"Extra toppings\",\"Extra cheese\",1.00\n\"Extra toppings\",\"Jalapeños\",0.75",
    "\"Tonkotsu Ramen 豚骨ラーメン\",\"pork broth, chashu, egg\",14.80,\"gluten;egg;soy;sesame\"",
    "DR-11,Double Espresso,,2.80,,Drinks,\"oat/soy/almond +0.50\"",
    "\"Select Sides (any 2)\",0.00,,Sides,\"slaw|fries|mash|greens\"",
    "Z-99,\"Union Street Special\",\"Chef's choice — changes daily\",15.00,\"see board\",Specials",
    "# exported from POS 2024-03-02 23:59 (UTF-8, comma separated)",
    "\"Smørrebrød med rejer\",89.00,\"crustaceans;gluten;egg\",Frokost",
    "id;nazwa;cena;alergeny\n12;Pierogi ruskie;24,00;gluten, mleko",
    "P-200,\"Calzone ~ ricotta, ham, mozzarella\",12.00,\"gluten;milk\",Pizza,\"15-20 min\"",
    "\"Gulab jamun (2 pcs)\",4.50,\"milk;nuts*\",\"*may contain\"",
    "sku,name,price,spice_level\nC-1,Vindaloo,13.90,🌶🌶🌶\nC-2,Korma,12.90,",
    "F-10,\"Falafel wrap (V)\",8.50,\"sesame\",Wraps,\"VG: no tzatziki\"",
    "\"Half & Half 14\"\"\",15.90,\"gluten;milk\",Pizza",
    "A-1,\"Nachos Supreme\",9.50,\"milk\",\"Shareable (2–3 ppl)\",TRUE",
    "SKU-0042,Tiramisu,6.50,\"egg;milk;gluten;alcohol\",Desserts,18+",
    "\"Soup of the day\",5.00,\"see daily board\",Starters,\"price may vary\"",
    "L-05,\"Exec Lunch Box (Mon–Fri)\",11.00,,Lunch,\"order by 11:00\"",
    "\"Hot & Sour Soup 酸辣汤 (S/L)\",\"12oz / 24oz\",\"4.50 / 7.90\"",
    "name,price\n\"Salt & Pepper Squid\",8.90\n\"Chilli Oil Dumplings (6)\",7.50",
    "CB-1,\"Combo #1: Burger + Fries + Drink\",12.99,\"gluten;milk;sesame\",Combos",
    "Warnings: row 7 skipped (price empty); row 12 skipped (duplicate SKU \"B-07\")",
    "ПЦ-5,\"Пельмени домашние\",390,\"глютен;яйцо\",Горячее",
    "\"Bún bò Huế\",\"beef & pork, lemongrass\",13.50,\"fish;soy\",Noodles,🌶🌶🌶",
    "G-3,\"Greek salad\",\"feta, olives, cucumber, tomato — dressing on side\",9.00,\"milk\",Salads",
    "category,sort_order\nStarters,1\nMains,2\nDesserts,3\nDrinks,4",
    "\"Key lime pie (slice)\",5.50,\"egg;milk;gluten\",Desserts,\"whole pie: 24h notice\"",
    "E-01,\"Eggs Benedict w/ hollandaise\",11.50,\"egg;milk;gluten\",Brunch,\"Sat/Sun only\"",
    "\"Margherita D.O.P. 12\"\"\",11.50,\"gluten;milk\",Pizza,\"San Marzano / fior di latte\"",
    "N-8,\"Nasi lemak\",10.90,\"peanuts;fish;egg;soy\",Mains,\"sambal 🌶🌶\"",
    "available_from,available_to\n11:30,14:30\n18:00,22:00",
    "\"Chocolate lava cake\",7.00,\"egg;milk;gluten\",Desserts,\"allow 12 min\"",
    "T-02,Taco al pastor (x3),9.00,,Tacos,\"cilantro, onion, piña\"",
    "sku;name;price\n\"W-1\";\"Wings (10)\";\"12,00\"\n\"W-2\";\"Wings (20)\";\"22,00\"",
    "X-01,\"Sleepover Pack\",\"2 large pizzas, garlic bread, 2 dips, brownie\",34.99,\"gluten;milk;egg\",Bundles",
    "\"Paneer butter masala (V)\",11.90,\"milk;nuts\",Curries,\"Jain: no onion/garlic\"",
    "Q-1,Quesadilla,8.00,\"milk;gluten\",Mains,\"add chicken +2 | add steak +3\"",
    "\"Köfte-Teller\";\"mit Bulgur & Cacık\";14,50;\"Milch;Gluten\";Hauptgerichte",
    "image_url\nhttps://cdn.example.com/menus/spice-route/pad-thai.jpg",
    "R-3,\"Rice, steamed (small)\",2.00,,Sides,",
    "\"Avocado toast + poached egg\",9.80,\"gluten;egg\",Brunch,\"+£1.80 smoked salmon\"",
    "M-9,\"Mezze platter\",\"hummus / baba ghanoush / muhammara\",13.00,\"sesame;gluten;nuts\",Sharing",
    "V-1,\"Vegan \"\"cheese\"\" burger\",11.00,\"soy;gluten\",Burgers,\"100% plant-based\"",
    "file: C:\\Users\\owner\\Documents\\menu_2024_spring.csv (52 rows)",
]

def _csv_quote(text):
    if any(c in text for c in ",\";\n"):
        return "\"" + text.replace("\"", "\"\"") + "\""
    return text


def tpl_menu_csv(rng):
    dish, _tags, cat, allergens = rng.choice(MENU_DISHES)
    sku = f"{cat[0]}-{rng.randint(1, 299):03d}"
    price = rng.randint(4, 18) + rng.choice([0.0, 0.5, 0.9, 0.95])
    if rng.random() < 0.7:
        return f"{sku},{_csv_quote(dish)},{price:.2f},{_csv_quote(';'.join(allergens))},{cat}"
    price_eu = f"{price:.2f}".replace(".", ",")
    return f"{sku};{_csv_quote(dish)};{price_eu};{_csv_quote(', '.join(allergens))};{cat}"


CATEGORIES = [
    ("menu_item", MENU_ITEM_LITERALS, tpl_menu_item),
    ("order_note", ORDER_NOTE_LITERALS, tpl_order_note),
    ("delivery_address", DELIVERY_ADDRESS_LITERALS, tpl_address),
    ("courier_chat", COURIER_CHAT_LITERALS, tpl_courier_chat),
    ("review", REVIEW_LITERALS, tpl_review),
    ("support_ticket", SUPPORT_TICKET_LITERALS, tpl_ticket),
    ("promo", PROMO_LITERALS, tpl_promo),
    ("opening_hours", OPENING_HOURS_LITERALS, tpl_hours),
    ("pos_ticket", POS_TICKET_LITERALS, tpl_pos),
    ("menu_csv", MENU_CSV_LITERALS, tpl_menu_csv),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for name, literals, template in CATEGORIES:
        values = []
        n_lit = 0
        for v in literals[:PER_CATEGORY]:
            if v in seen:
                raise SystemExit(f"duplicate literal in {name}: {v!r}")
            seen.add(v)
            values.append(v)
            n_lit += 1
        tries = 0
        while len(values) < PER_CATEGORY:
            tries += 1
            if tries > 20000:
                raise SystemExit(f"template for {name} cannot fill {PER_CATEGORY}")
            v = template(rng)
            if v in seen:
                continue
            seen.add(v)
            values.append(v)
        stats.append((name, len(values), n_lit))
        for v in values:
            rows.append({"category": name, "value": v})

    out = []
    for i, row in enumerate(rows, 1):
        v = row["value"]
        if not isinstance(v, str) or not v or len(v) > MAX_LEN:
            raise SystemExit(f"bad value in {row['category']}: {v!r}")
        out.append({"id": f"{ID_PREFIX}-{i:05d}", "category": row["category"],
                    "label": "benign", "value": v})
    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for name, n, n_lit in stats:
        total_lit += n_lit
        print(f"{name:18s} {n:4d}  literals {n_lit:3d} ({100 * n_lit / n:.0f}%)")
    print(f"{'total':18s} {len(out):4d}  literals {total_lit:3d} -> {path.name}")


if __name__ == "__main__":
    main()
