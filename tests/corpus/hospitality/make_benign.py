"""Benign hard-negative corpus for the hospitality theme (hb36).

Text that guests, servers, cooks, front-desk staff and managers really type into an
online-ordering app, a reservation system, a kitchen display / POS back office and a
hotel guest-request tool: menu items with prices and allergens, modifiers and special
instructions, recipes with fractions and temperatures, kitchen tickets and POS lines,
dietary notes, reservation notes, guest requests, reviews and owner replies, supplier
orders and invoices, health-inspection / HACCP notes.

Every value is hand-written here (literals) or produced by a small template over
hand-written pools. Nothing is taken from a dataset or from any WAF rule.
Standard library only; deterministic output (fixed seed, no set iteration).
"""
import json
import random
from pathlib import Path

SEED = 3601
PER_CATEGORY = 80
MIN_LITERALS = 44  # 55% of 80

# ---------------------------------------------------------------------------
# 1. menu_item: menu items / descriptions with prices and allergens
# ---------------------------------------------------------------------------
MENU_ITEM = [
    "Pad Thai (GF on request) — $14.50",
    "Margherita Pizza — San Marzano tomato, fior di latte, basil & EVOO | $16",
    "Fish & Chips: beer-battered cod, mushy peas, tartare sauce (contains: fish, gluten, egg) £15.95",
    "Crème brûlée — vanilla bean custard, caramelised sugar. Contains dairy & egg. 9,50 €",
    "Union Square Burger — 8oz chuck/brisket blend, American cheese, pickles, \"secret\" sauce on a potato bun $18",
    "Kids' Mac 'n' Cheese (V) — $8 — served w/ apple slices",
    "Chef's Select Omakase — 12 courses, market price (MP) — 24h notice required",
    "Bibimbap 비빔밥 — rice, namul, gochujang, fried egg; add bulgogi +$4",
    "Tonkotsu Ramen 豚骨ラーメン ¥1,200 — チャーシュー, 味玉, ネギ",
    "Drop Scones (3) w/ clotted cream & jam — £5.50",
    "Half-Pint Shrimp Cocktail — 1/2 lb Gulf shrimp, cocktail sauce, lemon... $17 (shellfish)",
    "Steak Frites 10oz — choice of sauce: au poivre / béarnaise / chimichurri -- $32",
    "Caesar Salad (contains anchovy; dressing made w/ raw egg) $12 | add chicken +5 | add salmon +9",
    "Soup of the Day = ask your server :)",
    "Bottomless Mimosas* — $25 w/ any entrée (*90 min limit, 21+ only, ID required)",
    "Vegan \"Cheese\" Board — cashew brie, almond feta, fig jam, crackers {GF crackers available}",
    "Happy Hour 3–6pm: $5 drafts, $7 wells, 1/2 off apps (bar & patio only)",
    "Gambas al ajillo — gambas, ajo, guindilla, aceite de oliva. Alérgenos: crustáceos. 12,00 €",
    "Schnitzel Wiener Art mit Pommes & Preiselbeeren — 17,90 € (Allergene: A, C, G)",
    "Poulet rôti, jus à l'estragon, purée maison — 24 €",
    "Pho Bò — rare eye round, brisket, rice noodles, 16-hr broth | S $13 / L $16",
    "Chicken Tikka Masala 🌶🌶 (mild/medium/hot) — contains dairy, nuts (cashew) — $17.95",
    "Shakshuka שקשוקה — two eggs baked in spicy tomato & pepper sauce, served with pita ₪48",
    "Falafel Wrap فلافل — tahini, pickled turnip, parsley; vegan; contains sesame",
    "Dan Dan Noodles 担担面 — Sichuan pepper, minced pork, peanuts (allergen: peanut, soy, wheat) $15",
    "The \"Hangover\" Breakfast: 3 eggs any style, bacon OR sausage, hash browns, toast — $14",
    "Oysters on the half shell — ½ dozen $18 / dozen $34 — mignonette, lemon, horseradish",
    "Tiramisu (contains alcohol: Marsala & espresso; egg, dairy, gluten)",
    "Build-your-own bowl: base + protein + 3 toppings + sauce = $13.75",
    "Affogato — vanilla gelato 'drowned' in a double shot of espresso $7",
    "Lobster Roll (MP) — Maine lobster, brown butter, split-top bun; sub GF bun +$2",
    "Root Beer Float — made w/ our house root beer & Tahitian vanilla ice cream — $6.50",
    "Nasi Goreng — kecap manis, sambal, telur mata sapi, kerupuk (contains shrimp paste!)",
    "Cold Brew 16oz/24oz — $4.50/$5.75; oat, almond or soy +$0.75",
    "Truffle Fries w/ parmesan & parsley — truffle oil, not real truffle (sorry!) — $9",
    "Chef's Table Tasting Menu — 7 courses $145pp / wine pairing +$85pp; Tues–Sat, 2 seatings: 5:30 & 8:45",
    "Table d'hôte — entrée + plat + dessert : 38 €",
    "Sleepy Time Tea — chamomile, lavender, lemon balm (caffeine-free) $4",
    "Exec Lunch Special (Mon–Fri 11–2): soup/salad + half sandwich $12.95",
    "Script & Quill — gin, elderflower, lemon, egg white (vegan version w/ aquafaba) $14",
    "Paneer Butter Masala पनीर बटर मसाला — ₹320 (contains dairy, cashew)",
    "Borscht борщ — beetroot, cabbage, dill, smetana; 350 ₽",
    "Quesadilla de flor de calabaza — queso Oaxaca, epazote, salsa verde — $95 MXN",
    "Smørrebrød med rejer — rugbrød, rejer, æg, mayonnaise, dild — 115 kr.",
    "Poke Bowl — ahi tuna*, sushi rice, edamame, seaweed salad, spicy mayo. *Consuming raw or undercooked meats, poultry, seafood, shellfish, or eggs may increase your risk of foodborne illness.",
    "Wings (6/12/24) — Buffalo | BBQ | Lemon Pepper | \"Atomic\" (sign waiver 😅)",
    "Grilled Cheese for the Table — sourdough, gruyère, cheddar & tomato soup for dipping; $11 <-- staff fave",
    "Penne alla Vodka (V) — $19 — GF penne +$3; contains dairy & alcohol (cooked off)",
    "Açaí Bowl — açaí, banana, granola, coconut, honey; GF, V (vegan w/o honey)",
    "Peking Duck 北京烤鸭 (whole) — please order 48 hrs ahead — $88",
    "Mezze Platter: hummus, baba ghanoush, tabbouleh, olives, warm pita — for 2–4 ppl $24",
    "Kimchi Fried Rice 김치볶음밥 — $14; add spam +$2; contains fish sauce",
    "Menu PDF for the QR codes: https://oliveandthyme.example/menu.pdf?v=2024-05&lang=en",
]

MENU_DISHES = [
    ("Chicken Katsu Curry", "panko chicken thigh, Japanese curry, pickled radish", "gluten, egg, soy"),
    ("Mushroom Risotto", "carnaroli, wild mushrooms, parmigiano, thyme", "dairy"),
    ("Lamb Kofta", "spiced lamb, garlic yogurt, sumac onions, flatbread", "dairy, gluten"),
    ("Tuna Niçoise", "seared tuna, green beans, olives, egg, anchovy dressing", "fish, egg"),
    ("Banh Mi", "lemongrass pork, pâté, pickled carrot & daikon, cilantro, baguette", "gluten, soy"),
    ("Birria Tacos (3)", "braised beef, consommé for dipping, onion, cilantro", "corn tortillas (GF)"),
    ("Spanakopita", "spinach, feta, dill, filo", "gluten, dairy, egg"),
    ("Green Curry", "Thai eggplant, bamboo, basil, coconut milk; tofu or chicken", "fish sauce (ask for vegan)"),
    ("Beef Bourguignon", "red-wine braised beef, lardons, pearl onions, mash", "dairy, sulphites"),
    ("Cacio e Pepe", "tonnarelli, pecorino romano, black pepper", "gluten, dairy"),
    ("Halloumi Salad", "grilled halloumi, watermelon, mint, pistachio", "dairy, tree nuts"),
    ("Chana Masala", "chickpeas, tomato, onion, garam masala, rice", "none — vegan & GF"),
    ("Pork Belly Bao (2)", "hoisin, cucumber, crushed peanut", "peanut, gluten, soy"),
    ("Salmon Teriyaki", "glazed salmon, rice, sesame greens", "fish, soy, sesame"),
    ("Pierogi (6)", "potato & cheese, fried onion, sour cream", "gluten, dairy, egg"),
    ("Key Lime Pie", "graham crust, lime curd, whipped cream", "gluten, dairy, egg"),
]
MENU_PRICES = ["9.50", "11", "12.75", "13.95", "14", "15.50", "16.25", "17", "18.90", "21", "24.50", "28"]
MENU_TAGS = ["V", "VG", "GF", "DF", "GF on request", "spicy 🌶", "new!", "chef's pick", "contains nuts"]
MENU_ADDONS = [("fried egg", "2"), ("avocado", "2.50"), ("extra protein", "5"), ("side salad", "4"), ("GF bread", "1.50")]


def gen_menu_item(rng):
    name, desc, allergens = rng.choice(MENU_DISHES)
    price = rng.choice(MENU_PRICES)
    form = rng.randrange(4)
    if form == 0:
        return f"{name} — {desc} — ${price}"
    if form == 1:
        return f"{name} ({rng.choice(MENU_TAGS)}) | {desc} | ${price}"
    if form == 2:
        return f"{name}: {desc}. Allergens: {allergens}. ${price}"
    addon, add_price = rng.choice(MENU_ADDONS)
    return f"{name} — ${price} / add {addon} +${add_price}"


# ---------------------------------------------------------------------------
# 2. order_instruction: modifiers and special instructions on online orders
# ---------------------------------------------------------------------------
ORDER_INSTRUCTION = [
    "no onions; sauce on the side!!",
    "Extra crispy please & NO salt on the fries",
    "Allergic to peanuts — please make sure the wok is cleaned!!! (not just wiped)",
    "Please cut the burger in half, it's for 2 kids",
    "Sub sweet potato fries -> regular fries if out",
    "Dressing on side / no croutons / add avocado",
    "Leave at door, ring bell twice. Gate code is #4521 then *",
    "Don't drop it at the front desk, I'm in room 612 — call me at (555) 010-4477 and I'll come down",
    "Make it 'Thai hot' please 🔥🔥🔥",
    "Half & half pizza: left = pepperoni, right = mushroom + olive",
    "Medium-rare (pink center, not red) — if it comes out well-done I'll send it back lol",
    "Can you write \"Happy 30th Maria!\" on the dessert plate?",
    "NO cilantro — tastes like soap to me :(",
    "Pls include utensils x3 and extra napkins; no straws",
    "Gluten free bun, and please use a separate fryer for fries if you have one (celiac, not preference)",
    "I ordered the 'select 3 sides' combo — sides: mac, slaw, cornbread",
    "Bring the check with dessert — we need to leave by 8:30 for the show",
    "cheese: light / sauce: extra / bake well done",
    "Oat milk instead of 2%; 1 pump vanilla (not 2!); extra hot = 180°F",
    "sin cebolla, por favor, y la salsa aparte",
    "Bitte ohne Nüsse – meine Tochter hat eine Allergie!",
    "玉ねぎ抜きでお願いします。わさび少なめ。",
    "不要香菜，少辣，谢谢",
    "Sans gluten svp — intolérance sévère. Merci !",
    "Tip included in cash — driver please don't ring, baby sleeping 🙏",
    "Replace rice w/ salad (keto) & add extra egg ($1?)",
    "Deliver to the back entrance on 3rd St; front door is locked after 9 pm",
    "Please drop the order in the lobby lockers, locker code = 0420",
    "Sauce: 50/50 ranch & hot; wings well done; flats only if possible",
    "No ice | light ice | extra ice?? Just a little ice pls",
    "Vegan — no butter, no ghee, no cream, no honey. Thanks!",
    "Split the bill 3 ways: Ana=$42.10, Ben=$38.75, me=rest",
    "Burger: no bun (lettuce wrap), no cheese, add bacon & jalapeños",
    "Coffee black. Eggs over-easy. Toast: rye, dry. Bacon \"crispy not burnt\"",
    "Please put the sauces in separate containers <3",
    "Order for the 'Exec Board Lunch' — label each box w/ name: Priya (veg), Tom (GF), Lena (no pork)",
    "Pickup at 12:15 — name on order is O'Connor",
    "If the spicy tuna roll isn't available, swap for salmon avocado; otherwise cancel the whole order & refund",
    "add 2x extra ginger, 1x wasabi, low-sodium soy",
    "Beer-battered fish -> grilled instead (I can't do gluten)",
    "Keep the dressing & the salad separate or it'll be soggy by the time it gets to Union St",
    "Kid's meal: plain pasta w/ butter + parmesan, NOTHING green 😂",
    "Make the espresso martini decaf if possible (it's 11pm...)",
    "Delivery instructions: Building C, 4th floor, apt 4-B; elevator is \"out of order\" — sorry!",
    "Mild/no spice for 2 of the 4 curries: #2 and #4",
    "Leave room on top of the cappuccino for a little cinnamon & cocoa; foam = dry",
    "Please no plastic bags, we bring our own 🌱",
    "Pizza cut into squares (party cut) & well-done crust",
    "cheeseburger ~medium~, fries extra crispy; onion rings instead of side salad (+$2 ok)",
    "Sem cebola e sem coentro, por favor. Obrigado!",
    "Extra sauce (2 sides) — I know it's $0.50 each, that's fine",
    "Tell the kitchen: shellfish allergy = severe; EpiPen on hand but please be careful",
    "2 large & 1 small; if the total is > $60 I'll use code SUMMER10 at the door -- is that ok?",
]

ORDER_MODS_FOOD = [
    "no onions", "extra pickles", "sauce on the side", "no mayo", "add jalapeños",
    "well done", "medium rare", "no salt", "extra napkins", "dressing on the side", "no sesame seeds",
    "gluten-free bun", "sub fries -> side salad", "cut in half", "add bacon (+$2)", "no cheese",
    "mild please", "no cilantro", "extra lime", "brown rice instead of white", "no nuts — allergy!",
    "extra crispy", "hold the tomato", "sauce: 50/50",
]
ORDER_MODS_DRINK = [
    "light ice", "half sweet", "extra shot (+$0.80)", "no whip", "extra hot", "oat milk", "decaf",
    "1 pump caramel", "no foam", "large", "iced", "almond milk (+$0.75)",
]
ORDER_SEPS = ["; ", " / ", ", ", " | ", " & "]
ORDER_TAILS = ["", " thanks!", " 🙏", " pls", " — thank you!!", " :)", " (for table 4)", " — ty <3"]


def gen_order_instruction(rng):
    pool = ORDER_MODS_FOOD if rng.randrange(3) else ORDER_MODS_DRINK
    n = rng.randrange(2, 4)
    picks = rng.sample(pool, n)
    sep = rng.choice(ORDER_SEPS)
    return sep.join(picks) + rng.choice(ORDER_TAILS)


# ---------------------------------------------------------------------------
# 3. recipe: recipe lines and steps with fractions, temperatures, times
# ---------------------------------------------------------------------------
RECIPE = [
    "1/2 cup sugar; bake at 350°F / 180 °C for 25-30 min",
    "Brown butter: melt 1/2 lb (225 g) butter over med heat, swirling, ~5-7 min until nutty. Don't walk away!",
    "Pizza dough (makes 4):\n500 g 00 flour\n325 g water (65%)\n10 g salt\n1 g IDY\nMix, rest 20 min, fold x3, cold ferment 48-72 h @ 4 °C",
    "Brine: 1 gal water + 1 cup kosher salt + 1/2 cup brown sugar; chill to < 40°F before adding the pork",
    "Sous vide chicken breast 145°F (63 °C) x 1.5 h, then sear 60 s/side",
    "Ratio for vinaigrette = 3 parts oil : 1 part vinegar; salt & pepper to taste",
    "Step 4 — fold in egg whites in 3 additions (don't deflate!); pour into ramekins ¾ full",
    "Hollandaise: 3 yolks + 1 Tbsp lemon juice, whisk over simmering water; drizzle in 1/2 cup clarified butter; hold at 145-155 °F max (discard after 4 h)",
    "Pickling liquid: 1 : 1 : 1/4 (vinegar : water : sugar) + 2 tsp salt per cup",
    "Proof 45–60 min or until doubled; bake 230 °C w/ steam 15 min, then vent & 200 °C for 20–25 min (internal 96 °C)",
    "Caramel — cook sugar to 340°F (amber), remove from heat, whisk in cream (careful: it WILL bubble up)",
    "Cool from 135°F to 70°F within 2 hrs, then to 41°F within 4 more hrs — use ice wand/shallow pans",
    "Yield: 1 hotel pan (2\" deep) = approx 24 x 4 oz portions",
    "Scale x2.5 for Sat brunch: 10 eggs -> 25 eggs, 2 cups milk -> 5 cups",
    "Let the dough 'sleep' overnight in the walk-in (cold retard, 12-16 h)",
    "Dashi: 1 L water, 10 g kombu (soak 30 min, heat to 60 °C for 1 h), remove; bring to 85 °C, add 20 g katsuobushi, steep 2 min, strain",
    "Sushi rice 1 : 1.25 rice-to-water; season w/ 1/4 cup rice vinegar + 2 Tbsp sugar + 1 tsp salt per 2 cups raw",
    "Roux ratio 1:1 by weight (flour:fat). Blond roux ~5 min; dark/Cajun roux 30-45 min — stir constantly",
    "Preheat oven to 425°F (220°C / gas mark 7). Roast veg on sheet pan 20 min, flip, 10-15 more.",
    "Temper chocolate: melt to 45–50 °C, cool to 27 °C, re-warm to 31–32 °C (dark). Test on a knife tip.",
    "Salsa verde — 1 lb tomatillos, 2 serranos (seeded if you're scared), 1/2 white onion, 2 garlic cloves, cilantro, lime & salt. Char everything, blend.",
    "Béchamel : 50 g beurre, 50 g farine, 1 L lait, muscade, sel. Cuire 10 min à feu doux en remuant.",
    "Teig: 500 g Mehl (Type 550), 300 ml Wasser, 20 g Hefe, 10 g Salz – 1 Std. gehen lassen, bei 220 °C ca. 30 Min. backen.",
    "Masa madre: alimentar 1:1:1 (masa:harina:agua) cada 12 h a 24 °C.",
    "卵 2個、砂糖 大さじ1、醤油 小さじ1/2 — 弱火で巻く (tamagoyaki)",
    "红烧肉：五花肉 500g，冰糖 30g，生抽 2 汤匙，老抽 1 汤匙，小火炖 60 分钟",
    "Simple syrup 1:1 (rich = 2:1). Keeps 1 month refrigerated; label & date it!",
    "Cure: 2.5% salt + 0.25% pink curing salt #1 by weight of the belly; vacuum-seal, flip daily x 7 days",
    "Tempura batter — ice-cold sparkling water, 1 cup flour, 1 egg yolk; mix with chopsticks, lumps are OK",
    "Chocolate chip cookies (batch of 48)\n1. Cream 1 cup butter + 3/4 cup sugar + 3/4 cup brown sugar\n2. Add 2 eggs & 1 tsp vanilla\n3. Mix in 2 1/4 cups flour, 1 tsp soda, 1 tsp salt\n4. Fold in 2 cups chips\n5. 375°F, 9–11 min",
    "Beurre blanc: reduce 1/4 cup white wine + 1/4 cup vinegar + 1 shallot to ~2 Tbsp; mount with 1 cup cold butter, cube by cube, off heat.",
    "Steps: 1) sear 2) deglaze w/ red wine 3) add stock & aromatics 4) braise 3 h @ 300°F 5) strain & reduce to nappe",
    "If the mayo breaks → start a new yolk in a clean bowl and slowly whisk the broken mayo into it.",
    "Sugar stages: thread 230°F | soft ball 235–245 | firm ball 245–250 | hard ball 250–265 | soft crack 270–290 | hard crack 300–310",
    "Convert: 1 cup flour ≈ 120-125 g; 1 cup sugar ≈ 200 g; 1 stick butter = 113 g = 1/2 cup",
    "Pasta water should be 'salty like the sea' — roughly 1 Tbsp kosher per 4 qt (don't overdo it)",
    "Marinade: soy 1/3 c, mirin 1/4 c, sake 2 T, grated ginger & garlic; marinate ≥ 4 h, ≤ 24 h",
    "Panna cotta — 2 cups cream, 1/3 cup sugar, 1 vanilla pod, 2 1/4 tsp gelatin (bloom in 3 Tbsp cold milk); set 4 h+",
    "Fry at 350-375 °F. If oil smokes, it's too hot -> turn it down (and check the thermometer, it was reading 20° low last week)",
    "Brownies: 9x13 pan, 350°F, 25-28 min — toothpick should have moist crumbs, NOT wet batter",
    "Cold brew concentrate: 1 lb coarse ground : 1 gal water, steep 18-24 h at room temp, strain; dilute 1:1",
    "Clarified butter: melt 1 lb, skim foam, pour off the yellow fat, leave milk solids — yields ~12 oz",
    "Gravlax — 1/2 cup salt, 1/2 cup sugar, 1 bunch dill, zest of 1 lemon; wrap, weigh down, 48-72 h in fridge",
    "Chili (base recipe, per batch): 5# ground beef, 2# onion, 1# peppers, 2 #10 cans tomatoes, 3 oz chili powder",
    "Risotto: toast 300 g carnaroli 2 min, deglaze 1/2 glass white wine, add hot stock a ladle at a time ~18 min; mantecare off heat with butter & parmigiano.",
    "Egg wash = 1 egg + 1 Tbsp water/milk + pinch salt (skip salt for pastry going on sweet items)",
    "Pho broth: char 2 onions + 4\" ginger; blanch 5 lb bones, then simmer 8-10 h w/ star anise, cinnamon, clove, coriander, fish sauce & rock sugar",
    "Macarons: 100 g almond flour + 100 g icing sugar (sifted), 37 g whites; Italian meringue w/ 100 g sugar @ 118 °C + 37 g whites; bake 150 °C / 14 min",
    "Yogurt: heat milk to 180°F, cool to 110°F, stir in 2 Tbsp starter, hold 110°F for 8-12 h",
    "Note for line: double the garlic in the aioli for the brunch batch — Chef said \"more is more\"",
    "Recipe cards are in \\\\KITCHEN-PC\\Recipes\\Brunch\\ (the old ones are one level up, ..\\Archive)",
]

# (dish, ingredient lines, process) triples so that a template line stays plausible
RECIPE_BASES = [
    ("Cornbread", ["1 cup cornmeal", "1 cup AP flour", "1 cup buttermilk", "1/4 cup honey", "2 eggs"],
     [("bake", "400°F / 200 °C", "20-25 min"), ("rest", "the pan", "5 min")]),
    ("Short rib", ["4 lb bone-in short rib", "2 cups red wine", "1 qt beef stock", "2 Tbsp tomato paste"],
     [("braise", "300°F", "3–3½ h"), ("sear", "high heat", "3 min/side")]),
    ("Focaccia", ["500 g bread flour", "400 g water", "10 g salt", "1/4 cup olive oil"],
     [("proof", "room temp", "1½-2 h"), ("bake", "230 °C", "20-22 min")]),
    ("Chicken stock", ["5 lb chicken backs", "2 onions, halved", "3 carrots", "1 bunch parsley stems"],
     [("simmer", "a bare simmer (~90 °C)", "4-6 h"), ("cool", "ice bath", "under 2 h")]),
    ("Crème anglaise", ["2 cups milk", "5 yolks", "1/2 cup sugar", "1 vanilla bean"],
     [("cook", "82 °C / 180°F", "until it coats a spoon"), ("strain & chill", "the walk-in", "overnight")]),
    ("Pulled pork", ["8 lb pork shoulder", "1/4 cup brown sugar", "2 Tbsp smoked paprika", "1 Tbsp kosher salt"],
     [("smoke", "225°F", "10-12 h (to 203°F internal)"), ("rest", "a cooler", "1 h")]),
    ("Granola", ["6 cups oats", "1 cup pecans", "1/2 cup maple syrup", "1/3 cup coconut oil"],
     [("bake", "325°F", "35-40 min, stir every 10"), ("cool", "the sheet pan", "30 min")]),
    ("Roasted carrots", ["2 lb carrots", "2 Tbsp olive oil", "1 tsp cumin", "½ lemon"],
     [("roast", "425°F (220 °C)", "25 min"), ("toss", "the dressing", "off heat")]),
    ("Onion soup", ["3 lb onions, sliced", "4 Tbsp butter", "1/2 cup dry sherry", "2 qt beef stock"],
     [("caramelize", "med-low heat", "45-60 min"), ("simmer", "low heat", "30 min")]),
    ("Rice pudding", ["1 cup arborio", "4 cups whole milk", "1/2 cup sugar", "pinch of cinnamon"],
     [("simmer", "low heat", "30-35 min, stirring"), ("chill", "hotel pans", "2 h+")]),
]


def gen_recipe(rng):
    dish, ingredients, processes = rng.choice(RECIPE_BASES)
    form = rng.randrange(3)
    method, where, time = rng.choice(processes)
    if form == 0:
        return f"{dish}: {rng.choice(ingredients)}; {method} at {where} for {time}"
    if form == 1:
        two = rng.sample(ingredients, 2)
        return f"{dish} (x{rng.choice(['1', '2', '3', '1.5'])} batch) — {two[0]} + {two[1]} -> {method} @ {where}, {time}"
    return f"Step {rng.randrange(2, 9)} — {method} {time} at {where} (see {dish.lower()} card)"


# ---------------------------------------------------------------------------
# 4. kitchen_ticket: KDS tickets, POS lines and back-office POS notes
# ---------------------------------------------------------------------------
KITCHEN_TICKET = [
    "TABLE 12 | SEAT 2 | 1x Ribeye MR | 1x Side Caesar NO anchovy | FIRE",
    "#4471 DINE-IN T7 (4 guests)\n2 Margherita\n1 Pad Thai — GF!!\n1 Kids Pasta (butter only)\n** ALLERGY: PEANUT @ seat 3 **",
    "86 the halibut — out until Thursday's delivery",
    "VOID 1x Mojito (comp'd — spilled by server) -> mgr: D.K.",
    "ON HOLD: T22 apps out, mains wait for 'fire' from server",
    "RUSH >>> T3 birthday table, dessert w/ candle + \"Happy Bday\" on plate",
    "1 ~ Burger MW / sub GF bun / NO cheese / side: fries -> salad",
    "Qty  Item                  Price\n 2   Fish Tacos            $25.00\n 1   Horchata              $4.50\n     Subtotal              $29.50\n     Tax (8.875%)          $2.62\n     TOTAL                 $32.12",
    "DISC 20% STAFF MEAL — emp #1042 — -$3.40",
    "TO-GO #A-118 ** pickup 6:45 ** name: Nguyễn",
    "ALL DAY: 14 burgers, 6 salmon, 3 veg plates",
    "REFIRE T15 s1 — steak came back \"too rare\", cook MW",
    "Modifier: +bacon ($2.00) +egg ($1.50) -tomato",
    "Bar chit: 2x Old Fashioned (Rye), 1x Negroni up w/ orange twist, 1x NA beer",
    "Kitchen printer #2 (expo) offline — tickets routing to printer #1 for now",
    "Server: Jess | Tbl 31 | Guests: 6 | Open 19:42 | Check #20931",
    "COMP: dessert T9 — long wait on mains (45+ min). Approved by GM.",
    "Order #88213 (UberEats) — 1 Chicken Shawarma Plate; 1 Falafel (6); 2 Baklava; note: \"extra garlic sauce pls\"",
    "SPLIT CHECK 1/3 — $48.66 | 2/3 — $48.66 | 3/3 — $48.67",
    "Station: GRILL | 3 ribeye (MR, M, MW) | 2 chicken | 1 pork chop (MW)",
    "Happy Hour PLU 4012 $5.00 x3 = $15.00",
    "REFUND $14.50 — card ending 4242 — reason: wrong item delivered (got Pad See Ew, ordered Pad Thai)",
    "T5 seat 1 -> seat 3 transfer; allergy flag moved with it (shellfish)",
    "Fire course 2 for T18 & T19 (joint party, same time)",
    "Tip adj: $12.00 -> $15.00 (guest wrote $15 on slip) — ok'd by Ramón",
    "Prep list Fri:\n- dice 10# onions\n- pick 4 bunches cilantro\n- portion 40 x 6 oz salmon\n- 2 qt aioli (garlic x2!)",
    "Expo: where's T11?? > 20 min on the board",
    "Item \"Sleepy Hollow Latte\" not mapped to a KDS station — check menu config",
    "Order #5502 — Delivery — Room 1408 — 1x Club Sandwich, 1x Fries, 2x Coke — charge to room",
    "Tbl 40 pre-order: 12 x Chicken, 8 x Beef, 3 x Veg (1 vegan: no butter/cream), 1 x kids",
    "Room Service #RS-2210 | Rm 716 | 2x Continental | deliver 07:00 | \"please knock softly\"",
    "DRIVE THRU #217 — 2 #3 Combo (Lg) / Diet / Sprite; 1 Nuggets 10pc w/ BBQ & Sweet'n'Sour",
    "Void reason: \"Entered on wrong table (T14 instead of T41)\"",
    "Cash drawer: open $200.00 | sales $1,842.35 | paid out $35.00 (ice) | close $2,007.35",
    "T2 — 1 Tuna Tartare (no sesame — ALLERGY), 1 Burrata; mains hold",
    "Z-report 23:58\nNet sales ...... $6,411.20\nVoids (4) ...... $61.75\nComps (3) ...... $44.00\nDiscounts (7) .. $88.10",
    "Take-out #TO-77 — customer name: \"D'Angelo\" — paid online ✔",
    "SUB: sweet potato fries out → regular fries (ok'd by guest)",
    "Gratuity 18% auto-added (party ≥ 8): $61.92",
    "Bestellung #1207 — Tisch 4 — 2x Schnitzel, 1x Käsespätzle, 3x Radler",
    "Commande 332 — T6 — 1 tartare, 2 magrets rosés, 1 menu enfant",
    "伝票 #58 — 3番テーブル — 生ビール×2、唐揚げ×1、枝豆×1",
    "Employee meal: 1 Grilled Chix Wrap — $0.00 (select \"Staff\" tender)",
    "Kitchen note: drop fries for T8 now, burger's 2 min out",
    "Ticket printed twice — ignore duplicate #3319",
    "1x Whole Branzino (deboned tableside) — MP $42 — \"server to announce\"",
    "Open item: 'Birthday cake cutting fee' $3/pp x 10 = $30.00",
    "Gift card redemption GC-****-7731: -$50.00, balance $25.00",
    "POS sync error E-103 — menu item 'Chef's Special' price = null; please re-publish menu",
    "T27: sauce on side (ALL 4 plates) | one plate extra lemon | seat 2 no pepper",
    "Receipt footer text: \"Thanks for dining with us, {first_name}! Show this receipt for 10% off your next visit\"",
    "Nightly export goes to C:\\POS\\Exports\\2024\\05\\sales_0531.csv — GM pulls it into the P&L sheet",
]

TICKET_ITEMS = ["Ribeye", "Salmon", "Burger", "Caesar", "Pad Thai", "Margherita", "Fish Tacos", "Chicken Parm",
                "Veg Curry", "Club Sandwich", "Mussels", "Short Rib", "Tomato Soup", "Wings (12)"]
TICKET_PRICES = {"Ribeye": 3400, "Salmon": 2650, "Burger": 1800, "Caesar": 1200, "Pad Thai": 1450,
                 "Margherita": 1600, "Fish Tacos": 1250, "Chicken Parm": 2100, "Veg Curry": 1595,
                 "Club Sandwich": 1495, "Mussels": 1900, "Short Rib": 3100, "Tomato Soup": 800,
                 "Wings (12)": 1700}
TICKET_MODS = ["MR", "MW", "no onion", "GF", "sauce on side", "extra crispy", "no dairy", "ALLERGY: nuts",
               "sub salad", "add egg", "light salt", "no sesame"]
TICKET_STATUS = ["FIRE", "HOLD", "RUSH", "REFIRE", "ON THE FLY", "ALL DAY", "SEND", "86 after this"]


def gen_kitchen_ticket(rng):
    form = rng.randrange(3)
    if form == 0:
        return (f"T{rng.randrange(1, 60)} | S{rng.randrange(1, 9)} | {rng.randrange(1, 5)}x "
                f"{rng.choice(TICKET_ITEMS)} {rng.choice(TICKET_MODS)} | {rng.choice(TICKET_STATUS)}")
    if form == 1:
        return (f"TO-GO #{rng.randrange(100, 999)} — {rng.randrange(1, 4)}x {rng.choice(TICKET_ITEMS)} "
                f"({rng.choice(TICKET_MODS)}) — pickup {rng.randrange(11, 22)}:{rng.choice(['00', '15', '30', '45'])}")
    qty = rng.randrange(1, 5)
    item = rng.choice(TICKET_ITEMS)
    cents = TICKET_PRICES[item]
    return (f"{qty} x {item} @ ${cents / 100:.2f} = ${qty * cents / 100:.2f}"
            f"  -- mod: {rng.choice(TICKET_MODS)}")


# ---------------------------------------------------------------------------
# 5. dietary_note: dietary and allergy notes on orders, guest profiles, bookings
# ---------------------------------------------------------------------------
DIETARY_NOTE = [
    "Severe peanut & tree-nut allergy (anaphylaxis). Carries EpiPen. Please no shared fryer.",
    "Celiac — strict GF. Cross-contact with flour, soy sauce (wheat) and malt vinegar = problem",
    "Vegetarian but eats eggs & dairy; no fish sauce/oyster sauce please",
    "Lactose intolerant; butter in small amounts is OK, no cream sauces",
    "Guest is allergic to shellfish — crustaceans AND mollusks (no oyster sauce either)",
    "Kosher-style: no pork, no shellfish, no mixing meat & dairy in the same dish",
    "Halal only — please confirm chicken/lamb supplier cert. No alcohol in sauces (wine reduction, mirin, vanilla extract?)",
    "Low FODMAP: avoid onion/garlic (garlic-infused oil OK), wheat, honey, apple",
    "Pregnant — no raw fish, no unpasteurized cheese, no rare meat, no deli meats unless heated to steaming",
    "Type 1 diabetic — please list carbs (g) for desserts if possible",
    "Sesame allergy — note: tahini, hummus, some breads & \"everything\" bagels",
    "Alpha-gal syndrome: no red meat (beef, pork, lamb) or gelatin; dairy usually OK",
    "Allergy: mustard (EU allergen #10). Check dressings & marinades.",
    "Sulfite sensitivity → dried fruit, wine, some vinegars",
    "Vegan (no honey). B12 not a concern lol, just need the food to be plant-based",
    "Child (4 y/o) — egg allergy, mild; baked egg OK, raw/soft egg NOT ok",
    "No nightshades (tomato, potato, peppers, eggplant) — autoimmune protocol",
    "Allergen matrix: A=gluten, B=crustaceans, C=egg, D=fish, E=peanut, F=soy, G=milk, H=nuts, L=celery, M=mustard, N=sesame, O=sulphites, P=lupin, R=molluscs",
    "Keto/low-carb: < 20 g net carbs per meal; sub veg for starch where possible",
    "Jain: no root vegetables (onion, garlic, potato, carrot), no eggs",
    "Allergic to kiwi & latex (latex-fruit syndrome) — please have kitchen use nitrile gloves",
    "Pescatarian; allergic to salmon specifically (other fish fine, weird I know)",
    "Low-sodium diet (≤ 1,500 mg/day) — doctor's orders, please no added salt",
    "Gluten-free ≠ wheat-free! Barley & rye also out (that includes most beer & malt)",
    "Alergia a los frutos secos (nueces, almendras, avellanas). Llevo autoinyector de adrenalina.",
    "Allergie aux arachides — réaction grave. Merci de prévenir la cuisine.",
    "Nussallergie (schwer) – bitte keine Spuren von Haselnuss/Walnuss!",
    "そばアレルギーがあります。同じ釜で茹でた麺もNGです。",
    "对海鲜过敏（虾、蟹），请不要使用虾油或鱼露。",
    "Aversion (not allergy): mushrooms. Fine if it's in a sauce & strained.",
    "Corn allergy — hard one: corn starch, corn syrup, some baking powders, dextrose, xanthan (sometimes)",
    "Guest said \"a little dairy is fine\" but \"absolutely no goat cheese\"",
    "Fish allergy; kitchen says Worcestershire & Caesar dressing contain anchovy — flagged",
    "Eosinophilic esophagitis — avoids milk, wheat, egg, soy (6-food elimination)",
    "Vegetarian for Lent — fish OK on Fridays only",
    "NO MSG pls (guest insists, we just leave it out)",
    "Allergic to cinnamon & cloves; careful with chai, mulled wine, pho broth, mole",
    "Coeliac + lactose intolerant: our 'GF & DF' symbol = ✔✔",
    "Profile note: Mr. Haddad — halal; Mrs. Haddad — vegetarian; kids — no restrictions",
    "Renal diet — limit potassium (bananas, potatoes, tomatoes) & phosphorus",
    "Allergy to 'all seeds' — sesame, poppy, sunflower, pumpkin, flax, chia",
    "Histamine intolerance: avoid aged cheese, cured meats, fermented foods, spinach, tomato, wine",
    "Kitchen: treat as ALLERGY not preference (guest confirmed twice at booking & on arrival)",
    "Gluten-sensitive, not celiac — shared fryer is OK per guest",
    "Vegetarian — is the french onion soup made with beef stock? (yes → offer mushroom broth version)",
    "Egg-free & dairy-free; OK with trace \"may contain\" labels",
    "Raw vegan (nothing cooked > 118°F / 48 °C)",
    "حساسية من الفول السوداني — الرجاء الحذر",
    "Baby at the table — please no honey in anything for the under-1s",
    "Food allergy alert: tree nut (cashew in the pesto!), guest in 304",
    "Tree nuts <-- does that include coconut for you? Guest said no, coconut is fine",
]

DIET_ALLERGENS = ["Peanut", "Tree nut", "Shellfish", "Sesame", "Egg", "Milk", "Soy", "Wheat/gluten", "Fish",
                  "Mustard", "Celery", "Lupin", "Sulphite"]
DIET_SEVERITY = ["severe, EpiPen", "mild", "anaphylactic", "intolerance only", "hives", "confirmed by guest",
                 "per parent", "doctor-diagnosed"]
DIET_ACTION = ["clean board & knife", "separate fryer please", "no cross-contact", "flag on KDS",
               "chef to confirm with guest", "check sauces & dressings", "use fresh gloves",
               "label the to-go box", "no garnish", "ask before substituting"]


def gen_dietary_note(rng):
    form = rng.randrange(3)
    a = rng.choice(DIET_ALLERGENS)
    if form == 0:
        return f"{a} allergy ({rng.choice(DIET_SEVERITY)}) — {rng.choice(DIET_ACTION)}"
    if form == 1:
        return f"ALLERGY: {a.upper()} | seat {rng.randrange(1, 9)} | {rng.choice(DIET_ACTION)}"
    b = rng.choice(DIET_ALLERGENS)
    return f"No {a.lower()} & no {b.lower()} — {rng.choice(DIET_SEVERITY)}; {rng.choice(DIET_ACTION)}"


# ---------------------------------------------------------------------------
# 6. reservation_note: notes on table bookings
# ---------------------------------------------------------------------------
RESERVATION_NOTE = [
    "Party of 6 at 7:30 — anniversary, window table if possible 🥂",
    "Running 15 min late!! please hold the table — O'Brien, 4 ppl",
    "Need a high chair + 1 booster; stroller will be parked outside",
    "Wheelchair user — needs step-free access & table w/o a fixed bench",
    "Proposal tonight!!! Ring will be in the dessert — please coordinate w/ server (Tom?) — DO NOT bring it to the wrong table 😅",
    "Dinner for 2, 8:00pm, quiet corner please — first date, so, no pressure ;)",
    "Corporate: 14 ppl, 12:30–2:30, set menu A ($45pp), invoice to Accounts Payable, PO# 77-3310",
    "Can we move from Fri 7pm to Sat 6:30pm? Same party size (5).",
    "Regular guest — likes booth 12, sparkling water (no ice), always gets the duck",
    "Allergy: 1 guest gluten-free (celiac). Birthday → candle on dessert, no singing please",
    "Pre-theatre, must leave by 7:15 — curtain at 7:30 at the Union Theatre",
    "Dog-friendly patio? We have a small (quiet!) terrier.",
    "Table for 8 — will be splitting the check 4 ways (couples)",
    "VIP — friend of owner (Marco). Comp amuse-bouche & send over a glass of bubbles.",
    "No-show last 2 bookings — require card hold for this one",
    "Booking via phone — guest spells name \"Siobhan\" (shiv-AWN)",
    "Réservation pour 4 personnes, samedi 20h, en terrasse si possible.",
    "Reserva para 10 personas el domingo a las 14:00 — cumpleaños de la abuela 🎂",
    "Tisch für 3 Personen am Freitag 19 Uhr – bitte ruhiger Platz, danke!",
    "金曜日 19:00 2名 カウンター席希望です",
    "周六晚上6点，4位，需要包间（如果有的话）",
    "Waitlist: Kim (2) — text when ready: +1 555-0143",
    "Cancel my reservation for tonight please — sick kid :( — Conf #R-55821",
    "Large party deposit: $200 paid (Stripe), balance due on the night",
    "Please seat us away from the kitchen door & the speakers — my dad uses hearing aids",
    "Booked through the hotel concierge (Rm 905) — charge to room OK",
    "We'd love the 'Chef's Table' experience, is 6 people the max??",
    "Bringing our own wine (2 bottles) — corkage $25/btl, fine.",
    "Two separate parties (Lopez x4 & Chen x3) — want adjoining tables, not joined",
    "Arriving by bike — is there somewhere to lock 2 bikes?",
    "Celebrating our 25th <3 — any chance of the table by the fireplace?",
    "Note from host: guest was rude on phone; still honor booking, flag for manager",
    "Rebook: was 4/12 @ 7, now 4/19 @ 7:30 (same table 21)",
    "Group booking — 20 pax — Union Pacific retirement lunch — private room, AV/mic needed for speeches",
    "Please don't seat us at the bar-height tables, my mum can't do the stools",
    "Need a table we can do a short presentation at (laptop + HDMI?)",
    "Guest requests the Select-A-Seat patio — confirm heater is working (it's Nov.)",
    "Walk-in converted to reso: Patel, 3, 9:15pm, bar seating OK",
    "Late seating 10:30 pm — after the concert — kitchen closes 10:45, ok?",
    "Halloween night — group coming in costume (no masks at the table, promise)",
    "SMS reply from guest: \"yes confirmed, see you at 8!\"",
    "Tasting menu x2, one pescatarian; wine pairing for 1 only",
    "Booster seat + crayons pls. Kid is 3, may be loud-ish, sorry in advance!",
    "Please check 'Chen' vs 'Cheng' — two bookings at 7pm, guest thinks one is a duplicate",
    "Private dining: minimum spend $1,500 (excl. tax & 20% service) — signed contract on file",
    "Booking for Mother's Day brunch, 11:00, 7 people incl. grandma (walker)",
    "Hotel guest (Suite 1201) — dinner at 8:30 & breakfast in room at 7:00 next morning",
    "We'd like to pre-order the whole suckling pig for 12 — 72 h notice, right?",
    "Reservation name: \"Smith & Co. — Team Offsite\" | contact: ops@smithco.example",
    "Guests are flying in — flight lands 6:40pm, may be up to 45 min late; pls don't release the table",
    "Update: table 14 -> table 9 (bigger), party grew from 4 to 6; drop the second high chair",
]

RES_NAMES = ["Okafor", "Lindqvist", "García", "O'Neill", "Tanaka", "Dubois", "Kowalski", "Nguyen", "Rossi",
             "Müller", "Haddad", "Smith-Jones", "Fitzgerald", "Ivanova", "Kaur"]
RES_DAYS = ["Fri", "Sat", "Sun", "Thu", "Tue 5/14", "Sat 6/1", "tonight", "tomorrow"]
RES_TIMES = ["6:00pm", "6:30", "7:15pm", "8:00", "8:45pm", "19:30", "12:30 (lunch)", "11:00 brunch"]
RES_NOTES = ["birthday 🎂", "anniversary — window if possible", "high chair x1", "one guest GF",
             "quiet table please", "will be 10 min late", "patio if warm, inside if not",
             "celebrating a promotion!", "wheelchair access", "no booth please (bad back)",
             "bringing a cake — cake fee ok", "regulars, the usual table", "seat away from the door",
             "pre-theatre, out by 7:15"]


def gen_reservation_note(rng):
    form = rng.randrange(2)
    if form == 0:
        return (f"{rng.choice(RES_NAMES)}, party of {rng.randrange(2, 13)}, {rng.choice(RES_DAYS)} "
                f"{rng.choice(RES_TIMES)} — {rng.choice(RES_NOTES)}")
    return (f"{rng.choice(RES_DAYS)} @ {rng.choice(RES_TIMES)} | {rng.choice(RES_NAMES)} x{rng.randrange(2, 9)} | "
            f"{rng.choice(RES_NOTES)}")


# ---------------------------------------------------------------------------
# 7. guest_request: hotel guest-request tool (housekeeping, maintenance, front desk)
# ---------------------------------------------------------------------------
GUEST_REQUEST = [
    "Room 1412: extra towels & 2 more pillows (feather-free if possible)",
    "The Wi-Fi password on the card doesn't work — tried 'Guest2024' & 'guest2024'. Room 508.",
    "AC stuck on 78°F — can someone look at the thermostat? Rm 322",
    "Late checkout until 2pm please? Flight isn't until 6.",
    "Can you drop a crib in 1106 before we arrive (~4pm)?",
    "Toilet keeps running in 714 — not urgent, but it's noisy at night",
    "Wake-up call 5:30am tomorrow (Tue) — I sleep through alarms, so call twice pls",
    "Please don't service the room today — \"Do Not Disturb\" sign is on, just leave towels outside",
    "Need an iron & ironing board, and is there a same-day pressing service? (suit for a wedding)",
    "Could housekeeping bring a sleep mask & earplugs? The street noise on the 3rd floor is loud",
    "TV says \"No Signal\" on HDMI 1 — remote does nothing. Room 1010",
    "Airport shuttle for 3 guests, Thu 06:15, to Terminal B — 4 large bags",
    "Is there a microwave we could borrow? Baby bottles 🍼",
    "Shower drain clogged (room 216) — water's up to my ankles.\nAlso the bathroom fan is making a rattling noise.\nThanks, Dana",
    "Please add an extra rollaway bed; happy to pay the $25/night fee",
    "Safe is locked & I forgot my code 🙈 — room 603, can security come up?",
    "Parking: plate ABC-1234, red Honda, valet or self? How much per night?",
    "Can the minibar be emptied? We're traveling w/ 2 kids (ages 5 & 7)",
    "Printer in the business center says 'Error 50.4 — turn off then on' — tried that 3x",
    "Allergic to feathers — hypoallergenic pillows & duvet please (Room 918)",
    "Bring up a bucket of ice & 4 champagne flutes to 1701 around 9pm? Surprise for my wife!!",
    "Key card stopped working (demagnetized?) — I'm at the door of 1122 right now",
    "Could you recommend a good place for dim sum within walking distance?",
    "Guest in 812 reports smoke smell from the vent — please check (non-smoking floor)",
    "Pillow menu: 1 memory foam, 1 buckwheat",
    "Is the pool open after 10pm? Sign says 6am–10pm but the door was unlocked",
    "Our room (1519) was charged twice for breakfast on 3/14 — 2 x $28.00; we only ate once",
    "Please send maintenance: the balcony door won't latch & it's windy",
    "Lost & found: left a black charger (USB-C) plugged in behind the desk in 404 — checked out 5/2",
    "Need a plug adapter (UK → US) — do you have any at the front desk?",
    "Can we get the connecting door between 1003 & 1005 unlocked? Same family",
    "Please deliver the package for 'J. Nakamura' to room 1220 when it arrives (FedEx)",
    "Housekeeping took my notes from the desk by mistake?? Yellow legal pad, really need it",
    "Chambre 507 : il n'y a plus d'eau chaude depuis ce matin.",
    "Habitación 311: ¿pueden traer más papel higiénico y jabón? Gracias.",
    "Zimmer 1204: Die Heizung lässt sich nicht ausschalten, es ist sehr warm.",
    "1308号室です。加湿器を貸していただけますか？",
    "房间 920 的热水壶坏了，可以换一个吗？",
    "Need a quiet room away from the elevator — light sleeper. Happy to move tomorrow.",
    "Is there a gym towel / water station on the 2nd floor or just in the lobby?",
    "Room service menu link says 404 Not Found — could you send the PDF to my email?",
    "Accessible room: need the shower chair & a handheld showerhead (Rm 110)",
    "Could you please reprint my folio & email it to ap@company.example — need the VAT number on it: GB 123 4567 89",
    "My son left his stuffed rabbit ('Mr. Hops') in room 716 — grey, one ear — please please please check!",
    "Coffee machine in room needs pods (we used all 4, oops)",
    "Window blind cord broken — can't close it & the morning sun is brutal",
    "Can we have the turndown service at 8pm instead of 6?",
    "Requesting a refrigerator for insulin — medical need",
    "The hallway on 7 smells like paint — is it safe for a toddler? We're in 7-22",
    "Please bill the spa appt to room 1601 (massage 60 min, Sat 3pm, for \"Ms. Dupont\")",
    "The link in the confirmation email (https://book.grandhotel.example/manage?ref=HX7721&lang=en) just says 'session expired'",
    "Guest Wi-Fi passwd isn't on the key card sleeve this time — Rm 1133, can you text it to me?",
]

GR_ROOMS = ["204", "318", "507", "612", "715", "803", "911", "1002", "1120", "1214", "1408", "1519", "1701", "PH2"]
GR_REQUESTS = ["2 extra bath towels", "a bathrobe (size L)", "more coffee pods & sugar", "a hypoallergenic pillow",
               "an ice bucket", "late checkout at 1pm", "an extra blanket", "a phone charger (USB-C)",
               "someone to fix the reading lamp (bulb out)", "a toothbrush & toothpaste", "a 2nd key card",
               "bottled water x4", "a crib", "a wine opener & 2 glasses", "a fan — room is stuffy",
               "someone to reset the safe", "housekeeping after 2pm only"]
GR_TAILS = ["", " please", " — thanks!", " asap pls", " when you get a chance", " 🙏", " (guest: Mr. Abebe)",
            " — no rush"]


def gen_guest_request(rng):
    form = rng.randrange(3)
    room = rng.choice(GR_ROOMS)
    req = rng.choice(GR_REQUESTS)
    if form == 0:
        return f"Room {room}: {req}{rng.choice(GR_TAILS)}"
    if form == 1:
        return f"Rm {room} — could we get {req} & {rng.choice(GR_REQUESTS)}?{rng.choice(GR_TAILS)}"
    return f"[{room}] {req}{rng.choice(GR_TAILS)}"


# ---------------------------------------------------------------------------
# 8. review: guest reviews and owner / manager replies
# ---------------------------------------------------------------------------
REVIEW = [
    "Best pad thai in town. 5/5 — the tamarind sauce is *chef's kiss*",
    "Waited 45 min for a 'quick lunch'. Food was OK, service <<< expectations.",
    "Reply from the owner: Hi Sam — we're so sorry about Saturday. We were short-staffed; that's no excuse. Please email me (owner@bistro.example) & dinner's on us.",
    "Room was clean, staff were lovely, but the walls are paper-thin — heard my neighbour's TV until 1am. 3/5",
    "Ordered the 'Union Jack' breakfast — enough food for 2 people, seriously 😂",
    "Came for the burgers, stayed for the milkshakes. Tip: ask for the off-menu PB&J shake",
    "Don't drop your phone in the hotel's pool like I did... staff helped me fish it out though! 10/10",
    "★★★★☆ Great brunch. Only knocking a star because the mimosas were mostly OJ.",
    "The 'select your own lobster' tank thing is a bit sad tbh, but the lobster roll was great",
    "Honestly? Overpriced. $18 for a cocktail that was 50% ice.",
    "Food: 9/10\nService: 6/10\nAmbience: 8/10\nWould I go back? Probably, on a weekday.",
    "Manager handled my complaint like a pro — comp'd our desserts & apologised. That's how you do it.",
    "We celebrated our anniversary here & they did a little \"Happy Anniversary\" in chocolate on the plate <3",
    "Excelente servicio, la comida llegó caliente y a tiempo. ¡Volveremos!",
    "Service impeccable, mais le plat principal était trop salé. Dommage !",
    "Super leckeres Frühstück, aber der Kaffee war lauwarm. 4 von 5 Sternen.",
    "スタッフの対応がとても丁寧でした。また泊まりたいです！",
    "环境很好，菜有点咸，服务员态度很好。",
    "Tip for anyone booking: ask for a room ending in -08, they have the corner windows",
    "Thank you for the kind words, Priya! We'll pass them on to Chef Ana & the whole kitchen team 🙌 — The Team @ Olive & Thyme",
    "We appreciate your feedback. For the record, our fries are cooked in a dedicated fryer; the menu says so in the footnote (*).",
    "1 star. Found a hair in my soup and the server said \"it happens\". Really??",
    "The script for answering the phone must say 'we don't take reservations' — but then there's a 2 hr wait. Make it make sense.",
    "Checked in at 3, room not ready until 5:15. Given a $10 F&B credit... for a 2-hr wait.",
    "The breakfast buffet is a 10/10: omelette station, fresh waffles, and real maple syrup (not the fake stuff)",
    "Parking is a nightmare — $45/night valet & the self-park garage is 3 blocks away.",
    "Delivery guy was super nice but the soup had leaked everywhere 😭 maybe tape the lids?",
    "Cute little spot! Try the cardamom bun & the flat white. Cash only though ($).",
    "Hotel bed = heaven. I slept 10 hours straight. Worth every penny.",
    "My gf has celiac & they were SO careful — separate prep area, chef came out to explain. Big thanks!",
    "Response: Hi Mark, we've looked into your order #40218 — the driver marked it delivered at 7:02pm to the lobby. Could you check with your front desk? If not found we'll refund in full.",
    "\"Farm to table\" my foot — the tomatoes were from a can. Still tasty, just don't lie.",
    "Came here after a 12-hr shift. Ordered the 'Exec Chef Burger'. No regrets.",
    "Not the place for a quiet dinner... the DJ starts at 9 and it's LOUD. Fun though!",
    "Gym is tiny (2 treadmills, 1 bike) but the rooftop pool makes up for it",
    "Why is there a $5 'kitchen appreciation fee' on the bill?? Just raise the prices & be upfront.",
    "Reply: Dear guest, we are sorry your stay didn't meet expectations. The AC unit in 412 has since been replaced. We hope to welcome you back. — Front Office Manager",
    "Ate here with the whole family (ages 2 to 86). Everybody happy. Rare!",
    "Great food, terrible music. Who put on a 3-hour Nickelback playlist?!",
    "The rooftop bar's 'sunset hour' (5-7) is the best deal: $8 spritz, $1 oysters.",
    "Honest 3.5/5 — lamb was perfect, sides were meh, dessert was \"wow\"",
    "PSA: the 'small' pizza is 14 inches. Order accordingly lol",
    "Room had a weird smell (cigarette?) — they moved us immediately, no fuss. Upgraded to a suite!",
    "Fantastic pho. Broth is clear, rich, anise-forward. Pho Bò Tái = my go-to.",
    "I wanted to love this place, but a $9 side of 'truffle' fries with zero truffle flavour... nope.",
    "Hi Jonas — thank you for staying with us! Glad the kids loved the pool 🏊 See you next summer.",
    "Had to ask 3 times for water. When it came, no ice. Small stuff, but adds up.",
    "Spent New Year's Eve here. Champagne toast at midnight, fireworks from the terrace — magical ✨",
    "Would be 5 stars if the Wi-Fi actually worked in the rooms (it drops every 10 min).",
    "Quick lunch, good value: $12.95 exec lunch special = soup + half sandwich. Done in 30 min.",
    "The fire alarm went off at 3am (someone's toast on 5?) — staff handled it calmly, had us back in our rooms in 20 min",
]

REV_STARS = ["★★★★★", "★★★★☆", "★★★☆☆", "★★☆☆☆", "5/5", "4/5", "3/5", "2/5", "10/10", "8/10"]
REV_PROS = ["the ramen broth was incredible", "staff remembered our names", "huge portions", "the view from the rooftop",
            "super clean room", "fast delivery (25 min!)", "kids' menu is great", "the espresso martini",
            "check-in took 2 minutes", "the brisket — wow", "dog-friendly patio", "quiet at night"]
REV_CONS = ["a bit pricey", "music too loud", "waited 20 min for the check", "fries were cold",
            "no parking nearby", "AC was noisy", "small bathroom", "ran out of the special by 8pm",
            "cocktails were weak", "the Wi-Fi kept dropping", "booking site is clunky", "tables are cramped"]
REV_CLOSERS = ["Will be back!", "Would recommend.", "Maybe next time.", "Overall: worth it.", "😋", "🙂",
               "Thanks, team!", "Not sure I'd return.", "Go on a weekday."]


def gen_review(rng):
    form = rng.randrange(3)
    if form == 0:
        return f"{rng.choice(REV_STARS)} — {rng.choice(REV_PROS)}, but {rng.choice(REV_CONS)}. {rng.choice(REV_CLOSERS)}"
    if form == 1:
        return f"Pros: {rng.choice(REV_PROS)} & {rng.choice(REV_PROS)}. Cons: {rng.choice(REV_CONS)}. {rng.choice(REV_STARS)}"
    return f"{rng.choice(REV_PROS).capitalize()}!! {rng.choice(REV_CLOSERS)} ({rng.choice(REV_STARS)})"


# ---------------------------------------------------------------------------
# 9. supplier_order: supplier orders, deliveries, invoices
# ---------------------------------------------------------------------------
SUPPLIER_ORDER = [
    "PO #2024-0331 — Sysco — 4 cs chicken thighs (40#/cs) @ $92.40/cs; deliver Tue AM; dock door 2",
    "INV 88127 | Restaurant Depot | 10 x 50 lb Flour AP @ $21.99 | 2 x Frying Oil 35 lb @ $44.50 | Subtotal $308.90",
    "Credit request: 2 cs romaine arrived frozen/damaged — see photos, driver signed off",
    "Standing order (Mon/Thu):\n12 dz eggs\n6 gal whole milk\n4 lb butter (unsalted)\n2 qt heavy cream",
    "Fish order for Fri: 20 lb salmon (skin-on, pin-boned), 10 lb halibut, 5 lb scallops U-10 \"dry\" not wet-packed!",
    "Short-shipped: ordered 8 cs tomatoes, received 6. Invoice still shows 8 — please adjust.",
    "Net 30 terms; remit to: Green Valley Produce, P.O. Box 1120, Salinas, CA 93902",
    "Price increase notice: avocados (48 ct) $52 → $68 effective 3/1. Ugh.",
    "Substitution: Kerrygold out → Plugrá 82% (same price). OK? reply Y/N",
    "Delivery window 6–8 am only; after 8 the loading zone is ticketed",
    "Invoice total mismatch: $1,204.55 on paper vs $1,240.55 in portal (typo?)",
    "Linen service: 200 napkins, 40 tablecloths (72\"x72\"), 30 aprons — swap weekly",
    "Beverage order: 3 kegs IPA (1/2 bbl), 2 kegs lager (1/6 bbl), return 5 empties",
    "Wine: 6 btl Chablis 1er Cru 2021 @ €24,50; 12 btl Côtes du Rhône @ €8,90 — HT",
    "Cleaning supplies: quat sanitizer (4 x 1 gal), degreaser, 3 cs nitrile gloves (L), 1 cs (M)",
    "Bestellung: 20 kg Kartoffeln (festkochend), 5 kg Zwiebeln, 3 kg Karotten — Lieferung Mi.",
    "Pedido: 10 kg de harina 000, 5 L de aceite de oliva virgen extra, 2 kg de sal gruesa",
    "Commande : 6 colis de beurre AOP, 4 kg de crème fraîche, 2 meules de comté",
    "発注: 豆腐 20丁、味噌 5kg、米 30kg — 木曜納品",
    "Packaging: 1000 x 32oz deli containers w/ lids; 500 x kraft boxes #3; 2000 forks (compostable)",
    "PO#7781 cancelled — duplicate of PO#7780 (entered twice by mistake)",
    "Dry goods: 2 x #10 cans chipotle in adobo, 6 x #10 crushed tomatoes, 1 cs coconut milk (24 x 13.5oz)",
    "Temperature on receipt: chicken 38°F ✔, fish 34°F ✔, ice cream -8°F ✔ — accepted",
    "Rejected delivery: dairy at 52°F (must be ≤ 41°F) — sent back w/ driver, credit memo #CM-5512",
    "Coffee beans: 5 x 5 lb \"House Blend\" (medium), 2 x 5 lb decaf (Swiss Water) — roast date ≤ 7 days",
    "Order via portal: select 'Next-day' — minimum $250 or $35 delivery fee applies",
    "Union Foods Co-op member #4471 — 10% discount applied to produce",
    "Invoice terms 2/10 net 30 — pay by 4/10 for 2% discount ($24.18)",
    "Meat: 2 x whole beef tenderloin (PSMO), 1 x pork belly skin-on (~12 lb), 40 x 6 oz bavette",
    "Amenities for hotel: 500 x shampoo 30ml, 500 x conditioner, 300 x dental kits, 200 x shower caps",
    "Bread (daily): 40 brioche buns, 20 sourdough boules, 6 baguettes — drop at back door by 7",
    "Please send COA & allergen spec sheet for the new GF crumb (item #GF-221) before we switch",
    "Vendor setup form: W-9 attached; ACH details confirmed by phone (not email)",
    "Ice: 40 x 20 lb bags for Sat event — need by 2 pm",
    "Backorder: #10 cans San Marzano DOP — ETA 2 wks; sub Cento 'San Marzano style'? no thanks",
    "Qty | SKU | Desc | Unit | Ext\n4 | 10442 | Mozzarella LMPS 6/5lb | $58.20 | $232.80\n2 | 20871 | Parm Reggiano wheel 1/4 | $146.00 | $292.00",
    "Statement balance $3,418.77 past due 15 days; please advise re: payment schedule",
    "Toilet paper & paper towels (hotel): 48 rolls/cs x 10 cs; C-fold towels x 6 cs",
    "Delivery note: driver can't access the alley on Sundays (market) — use front & hand truck",
    "Order cutoff 2 pm for next-day; weekend orders must be in by Thu 2 pm",
    "Flowers for lobby: weekly arrangement ($180) + 12 bud vases for tables ($6 each)",
    "Uniforms: 6 chef coats (S/M/L x2), 4 pants (32/34), embroidery \"Olive & Thyme\" left chest",
    "Propane: swap 4 x 20 lb tanks for the patio heaters",
    "Return authorization RA-2290: 1 x defective immersion circulator (serial #SV-9931-B)",
    "Seafood price list wk 14: Mussels $3.25/lb | Clams (littleneck) $0.42/ea | Oysters $0.95–1.40/ea",
    "Grease trap pump-out scheduled Wed 5 am — $375, 1000 gal",
    "Fax'd order lost?? Re-sending: 3 cs limes (175 ct), 2 cs lemons (115 ct), 1 cs oranges",
    "Quote request: 60 banquet chairs + 8 rounds (72\") for June 14 wedding — delivery & pickup",
    "Invoice #INV-00931 attached (PDF). Heads-up: email asking us to change bank details is NOT from us — call to confirm",
    "Milk crates: we have 14 of yours — please pick up; they're stacking up by the dumpster",
    "Scanned invoices are in /Users/maria/Documents/Invoices/2024/Q2/ — will upload to the portal tonight",
    "Please delete the duplicate line for 'Heavy Cream 1/2 gal' — we only ordered 6, not 12",
]

SUP_VENDORS = ["Sysco", "US Foods", "Restaurant Depot", "Baldor", "Green Valley Produce", "Metro Cash & Carry",
               "Chef's Warehouse", "Local Dairy Co-op", "Blue Harbor Seafood", "Bäckerei Schmitt"]
SUP_ITEMS = [("chicken wings (jumbo)", "cs", 118.00), ("yellow onions 50#", "bag", 24.50),
             ("heavy cream 1/2 gal", "ea", 6.95), ("lemons 115 ct", "cs", 41.00), ("AP flour 50 lb", "bag", 21.99),
             ("canola oil 35 lb", "jug", 44.50), ("eggs 15 dz", "cs", 52.80), ("salmon fillet", "lb", 11.25),
             ("romaine hearts 48 ct", "cs", 38.75), ("parmesan wedge", "lb", 9.40), ("to-go boxes #3", "cs", 63.00),
             ("nitrile gloves L", "cs", 49.99), ("coffee beans", "5 lb", 57.50)]
SUP_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat AM", "next-day", "ASAP"]


def gen_supplier_order(rng):
    item, unit, price = rng.choice(SUP_ITEMS)
    qty = rng.randrange(1, 21)
    form = rng.randrange(3)
    if form == 0:
        return (f"PO #{rng.randrange(1000, 9999)} — {rng.choice(SUP_VENDORS)} — {qty} x {item} @ "
                f"${price:.2f}/{unit}; deliver {rng.choice(SUP_DAYS)}")
    if form == 1:
        return f"{qty} | {item} | ${price:.2f}/{unit} | ext ${qty * price:,.2f}"
    return (f"{rng.choice(SUP_VENDORS)} inv #{rng.randrange(10000, 99999)}: {item} x{qty} — "
            f"short {rng.randrange(1, 4)}, credit pls")


# ---------------------------------------------------------------------------
# 10. inspection_note: health-inspection, HACCP and self-audit notes
# ---------------------------------------------------------------------------
INSPECTION_NOTE = [
    "Walk-in cooler at 44°F (must be ≤ 41°F) — corrected on site: door gasket replaced, re-check 38°F @ 2:10pm",
    "Hand sink blocked by a stack of sheet pans — removed; staff reminded: hand sinks = hand washing ONLY",
    "Sanitizer bucket tested 50 ppm chlorine (OK: 50–100 ppm)",
    "Raw chicken stored above RTE salads in reach-in #2 → moved to bottom shelf. Critical violation, corrected.",
    "No date labels on 3 containers of cooked rice; discarded (cannot verify time)",
    "Score: 92/100 — Grade A. Next routine inspection in ~6 months.",
    "Pest control: droppings observed under dry storage shelving (rear left). Service called; follow-up in 10 days.",
    "Dishwasher final rinse 165°F (high temp) — meets ≥ 160°F at plate surface (thermolabel ✔)",
    "Cook's hat/hair restraint missing — corrected. Jewelry: wedding band only (OK)",
    "Cold holding: sliced tomatoes 47°F on the line (TCS). Discarded, 6-pan moved into ice bath.",
    "Hot holding: chili 128°F (< 135°F) — reheated to 165°F within 2 h, logged.",
    "Certified Food Protection Manager on duty: yes (cert exp. 09/2026)",
    "Thermometer calibration log missing for March. Ice point method: 32°F ± 2°F.",
    "Chemical spray bottles unlabeled (2) — labeled on site: 'Degreaser' & 'Glass cleaner'",
    "Employee drink w/o lid & straw at prep station — removed",
    "Ice machine: mold/slime on deflector plate → clean & sanitize; add to weekly schedule",
    "Allergen signage posted at counter ✔; staff could name the 9 major allergens ✔",
    "Consumer advisory (*) missing from menu for raw oysters & steak tartare — add before re-inspection",
    "Cooling log: stock 180°F @ 14:00 → 68°F @ 15:40 → 40°F @ 19:10 ✔ (within 2 + 4 h)",
    "Walk-in freezer at 0°F; ice build-up on evaporator — maintenance ticket #M-231",
    "Wiping cloths left on cutting boards — must be stored in sanitizer between uses",
    "Back door propped open — no screen. Keep closed (flies).",
    "Cutting boards deeply scored; replace (red = raw meat, green = produce, blue = fish, yellow = poultry)",
    "Facility: floor tiles cracked near dish pit; ceiling tile missing above dry storage",
    "HACCP plan for sous vide: CCP 1 = cook 145°F ≥ 4 min core; CCP 2 = chill ≤ 41°F within 6 h; verification weekly",
    "Shellstock tags retained 90 days ✔ (clipboard in office, sorted by date)",
    "Food handler cards: 11/12 current; 1 expired (Luis R.) — renew within 30 days",
    "Handwashing observed: glove change without handwash after handling raw beef → corrected, coaching given",
    "Kontrolle: Kühlraum 7 °C (Soll ≤ 4 °C) – Mangel, Nachkontrolle in 14 Tagen.",
    "Contrôle sanitaire : traçabilité OK, étiquetage DLC manquant sur 2 bacs — corrigé.",
    "Inspección: trampa de grasa sin registro de limpieza; presentar comprobantes.",
    "保健所指摘事項：冷蔵庫の温度記録が一部未記入。",
    "Open food in walk-in (uncovered pan of short ribs) — covered, labeled, dated",
    "Dumpster lid open & grease bin overflowing — contact waste hauler",
    "Temp log (AM/PM):\nreach-in #1   38/39\nreach-in #2   40/41\nwalk-in       37/38\nfreezer       -2/0",
    "Thawing: frozen shrimp thawing in standing water → must be under running water ≤ 70°F or in cooler",
    "Bare hand contact with RTE food (garnish) — discussed; tongs/gloves provided",
    "Test strips for quat sanitizer expired 01/2024 — replace; reading unverified",
    "Re-inspection: all 4 priority items corrected; permit remains valid",
    "Self-audit (Sunday close): fryer oil changed, hood filters soaked, floor drains cleared, walk-in swept",
    "Glass thermometer found in bar ice bin — removed (glass near ice = hazard)",
    "Hotel kitchen — banquet: buffet hot well 150°F ✔, cold well 39°F ✔, sneeze guard ✔, serving utensils w/ handles up ✔",
    "Pool bar (hotel): no hand sink within 20 ft — plan review required before reopening",
    "Mop sink: mop stored head-down in bucket; hang to dry",
    "Time as a public health control (TPHC) for sushi rice: discard 4 h after prep; marked w/ time stickers (e.g. \"DISCARD @ 3:30\")",
    "Eggs received at 48°F — check the code; inspector says shell eggs must arrive at ≤ 45°F ambient",
    "Smoking observed in loading area 4 ft from back door — 'No Smoking within 25 ft' sign needed",
    "Receiving: clams from approved source ✔, tags ✔, 39°F ✔",
    "Reminder to staff: if ill (vomiting/diarrhea) → stay home 24 h after symptoms end; tell the PIC",
    "Inspector: J. Alvarez, Badge #4410 | Arrival 10:05 | Departure 11:50 | Type: Routine | Result: Pass w/ conditions",
    "Photos of the walk-in repair are in ../Inspections/2024-05-14/ on the shared drive (same place as last year's report)",
    "Alert: walk-in temp alarm fired at 02:40 (door left ajar ~25 min); product at 43°F < 4 h — kept, logged, system reset",
]

INSP_UNITS = ["Walk-in cooler", "Reach-in #1", "Reach-in #2", "Prep table cooler", "Bar fridge", "Walk-in freezer",
              "Hot well (buffet)", "Soup kettle", "Sushi case", "Dessert display"]
INSP_ACTIONS_OK = ["no action needed", "within range", "logged", "probe sanitized after", "verified w/ 2nd thermometer"]
INSP_ACTIONS_COLD = ["door gasket cleaned", "thermostat adjusted", "product moved to walk-in", "re-check in 30 min",
                     "maintenance ticket opened", "items discarded & logged", "iced down", "manager notified"]
INSP_ACTIONS_HOT = ["reheated to 165°F", "re-check in 30 min", "items discarded & logged", "manager notified",
                    "burner turned up"]
INSP_INITIALS = ["JA", "MK", "R.T.", "LB", "D.K.", "SP", "AO"]
# unit -> (low, high, limit, hot?)
INSP_RANGES = {"Walk-in cooler": (33, 46, 41, False), "Reach-in #1": (33, 46, 41, False),
               "Reach-in #2": (33, 46, 41, False), "Prep table cooler": (34, 48, 41, False),
               "Bar fridge": (34, 45, 41, False), "Walk-in freezer": (-8, 12, 0, False),
               "Hot well (buffet)": (125, 170, 135, True), "Soup kettle": (130, 185, 135, True),
               "Sushi case": (35, 45, 41, False), "Dessert display": (34, 44, 41, False)}


def gen_inspection_note(rng):
    unit = rng.choice(INSP_UNITS)
    low, high, limit, hot = INSP_RANGES[unit]
    temp = rng.randrange(low, high + 1)
    ok = temp >= limit if hot else temp <= limit
    status = "OK" if ok else rng.choice(["OUT OF RANGE", "corrected", "re-check"])
    if ok:
        action = rng.choice(INSP_ACTIONS_OK)
    else:
        action = rng.choice(INSP_ACTIONS_HOT if hot else INSP_ACTIONS_COLD)
    form = rng.randrange(2)
    hh = rng.randrange(6, 23)
    mm = rng.choice(["00", "10", "20", "30", "40", "50"])
    if form == 0:
        return f"{unit} at {temp}°F ({status}) — {action}; logged by {rng.choice(INSP_INITIALS)} @ {hh}:{mm}"
    return f"{hh}:{mm} | {unit} | {temp}°F | {status} | {action} | {rng.choice(INSP_INITIALS)}"


CATEGORIES = [
    ("menu_item", MENU_ITEM, gen_menu_item),
    ("order_instruction", ORDER_INSTRUCTION, gen_order_instruction),
    ("recipe", RECIPE, gen_recipe),
    ("kitchen_ticket", KITCHEN_TICKET, gen_kitchen_ticket),
    ("dietary_note", DIETARY_NOTE, gen_dietary_note),
    ("reservation_note", RESERVATION_NOTE, gen_reservation_note),
    ("guest_request", GUEST_REQUEST, gen_guest_request),
    ("review", REVIEW, gen_review),
    ("supplier_order", SUPPLIER_ORDER, gen_supplier_order),
    ("inspection_note", INSPECTION_NOTE, gen_inspection_note),
]


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    stats = []
    for category, literals, gen in CATEGORIES:
        assert MIN_LITERALS <= len(literals) <= PER_CATEGORY, (category, len(literals))
        values = []
        for v in literals:
            assert v not in seen, ("duplicate literal", v)
            seen.add(v)
            values.append(v)
        tries = 0
        while len(values) < PER_CATEGORY:
            tries += 1
            assert tries < 10000, category
            v = gen(rng)
            if v in seen:
                continue
            seen.add(v)
            values.append(v)
        for v in values:
            assert isinstance(v, str) and v and len(v) <= 1800, v
            rows.append((category, v))
        stats.append((category, len(values), len(literals)))

    out = Path(__file__).with_name("benign.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, (category, v) in enumerate(rows, 1):
            obj = {"id": f"hb36-{i:05d}", "category": category, "label": "benign", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for category, n, lit in stats:
        total_lit += lit
        print(f"{category:20s} {n:4d}  literals {lit:3d} ({100 * lit / n:.0f}%)")
    print(f"{'TOTAL':20s} {len(rows):4d}  literals {total_lit:3d} ({100 * total_lit / len(rows):.0f}%)")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
