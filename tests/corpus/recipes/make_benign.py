"""Held-out BENIGN corpus for the recipes / restaurant-kitchen theme (ids hb67-NNNNN).

Every value is text a real person types into an ordinary field of a recipe-sharing
community site or a restaurant kitchen system: recipe titles, ingredient lines,
method steps, substitution / allergen / nutrition notes, reviews, menu items,
kitchen order tickets, HACCP temperature logs, supplier invoice lines, and search
queries / hashtags / image file names.

All values are hand-written literals in this file, or small templates over
hand-written pools.  Nothing is taken from a dataset or a public payload list.
Values are hard negatives on purpose: quotes, apostrophes, ; | & < > = -- /* {} $
backslashes, ../ and paths, URLs, SQL / shell / code words in innocent context.

Run:  python3 make_benign.py   (writes benign.jsonl next to this file)
"""

import json
import random
from pathlib import Path

SEED = 6701
PREFIX = "hb67"
PER_CATEGORY = 80
OUT_NAME = "benign.jsonl"

# --------------------------------------------------------------------------
# 1. recipe-title
# --------------------------------------------------------------------------
RECIPE_TITLE = [
    "Grandma's Sunday Pot Roast (slow cooker & oven versions)",
    "Nonna's \"Real\" Carbonara — no cream, ever",
    "Drop Biscuits in 20 Minutes",
    "Select-Your-Own-Toppings Taco Bar for 12",
    "Union Square Greenmarket Ratatouille",
    "Crème brûlée à la vanille de Madagascar",
    "親子丼 (Oyakodon) – chicken & egg rice bowl",
    "Dal Makhani / दाल मखनी (restaurant style)",
    "Tortilla española: ¿con cebolla o sin cebolla?",
    "Pasta alla Norma — Catania's favourite",
    "5-Ingredient Peanut Butter Cookies (GF, DF)",
    "Overnight Oats 3 Ways: PB&J, Apple-Cinnamon, Mocha",
    "Brown Butter <3 Chocolate Chip Cookies",
    "Chicken Tikka Masala -- the 'takeaway' version",
    "Half-Sheet Pan Nachos for Game Night (Serves 6-8)",
    "Beef Wellington - DRAFT - do not publish yet",
    "Mom's Mac & Cheese w/ Breadcrumb Topping",
    "Sleep-Easy Chamomile Honey Panna Cotta",
    "Exec Chef's Tasting Menu: Course 4 – Duck, Cherry, Beet",
    "Système D Omelette (whatever's in the fridge)",
    "Kimchi Jjigae 김치찌개",
    "Phở Bò with a 12-hour broth",
    "Shakshuka for 2 — 15 min, 1 pan",
    "Smørrebrød with Pickled Herring & Dill",
    "Pierogi ruskie (z ziemniakami i serem)",
    "Chocolate Cake {gluten-free version}",
    "Key Lime Pie (< 30 min prep)",
    "Lasagne > Lasagna? Settling the debate with a béchamel",
    "Sheet-Pan Salmon; Asparagus; Lemon",
    "$5 Weeknight Black Bean Soup",
    "Bread & Butter Pickles #canning",
    "Cheese Board 101: What to Buy, What to Skip",
    "Chili Con Carne = Texas Red?",
    "DROP-DEAD Gorgeous Pavlova",
    "Café de olla (Mexican spiced coffee)",
    "Ταραμοσαλάτα — Greek fish roe dip",
    "Борщ (Ukrainian beetroot borscht)",
    "Matcha Tiramisu 抹茶ティラミス",
    "Bún chả Hà Nội",
    "Masala Chai | मसाला चाय",
    "Pão de queijo (Brazilian cheese bread)",
    "Quick 'n' Easy Fried Rice — leftover edition",
    "Shortbread: the 3-2-1 ratio (flour:butter:sugar)",
    "Baked Ziti (½ batch for 2)",
    "Jollof Rice — Ghana vs. Nigeria? Try both",
    "Everything-Bagel Seasoning (copycat)",
    "Birria Tacos w/ Consomé for Dipping",
    "Script-Free Sourdough: No Schedule, No Stress",
    "Salted Caramel at 180 °C — no thermometer? read on",
    "Tarte Tatin, l'originale des sœurs Tatin",
    "Crispy Smashed Potatoes @ 220°C",
    "Pad Kra Pao ผัดกะเพรา (holy basil stir-fry)",
    "Easy 1-2-3-4 Cake (1 cup butter, 2 sugar, 3 flour, 4 eggs)",
    "Alert-Level Spicy Wings (you have been warned 🔥)",
]

TITLE_ADJ = ["Easy", "Crispy", "Creamy", "One-Pot", "Smoky", "Lazy Sunday",
             "Weeknight", "Grandma's", "Spicy", "Healthy-ish", "Quick 'n' Easy",
             "Make-Ahead", "Sticky", "Crunchy", "Zesty"]
TITLE_MAIN = ["Chicken", "Salmon", "Chickpea", "Mushroom", "Pork Belly", "Tofu",
              "Lentil", "Halloumi", "Prawn", "Beef Short Rib", "Cauliflower",
              "Sweet Potato", "Lamb", "Aubergine", "Paneer"]
TITLE_DISH = ["Curry", "Traybake", "Stew", "Tacos", "Stir-Fry", "Pie", "Bowl",
              "Skewers", "Ragù", "Risotto", "Soup", "Salad", "Burgers", "Bake"]
TITLE_TAIL = ["(serves 4)", "— 30 min", "w/ Garlic Rice", "& Herby Yogurt",
              "(freezer-friendly)", "for 2", "| meal prep", "(GF/DF)",
              "<500 kcal", "– air fryer version", "{v2}", "(kid-approved!)",
              "+ quick pickles", "= dinner sorted", "(no oven needed)"]


def gen_recipe_title(rng):
    return "%s %s %s %s" % (rng.choice(TITLE_ADJ), rng.choice(TITLE_MAIN),
                            rng.choice(TITLE_DISH), rng.choice(TITLE_TAIL))


# --------------------------------------------------------------------------
# 2. ingredient-line
# --------------------------------------------------------------------------
INGREDIENT_LINE = [
    "1/2 cup (113 g) unsalted butter, softened",
    "2–3 tbsp gochujang, to taste",
    "½ tsp kosher salt (use ¼ tsp if table salt)",
    "250 g 00 flour + extra for dusting",
    "1 x 400g can chopped tomatoes",
    "3 cloves garlic, minced (or 1 tsp jarred)",
    "Salt & pepper to taste",
    "1 (14-oz) can coconut milk — full fat, not 'lite'",
    "2 eggs, room temp; separate 1 yolk for the wash",
    "1 1/4 cups milk, warmed to ~40 °C (not > 45 °C)",
    "100ml dry white wine | or stock",
    "Zest of 1 lemon & juice of ½",
    "1 tbsp \"everything\" seasoning",
    "200 g dark chocolate (70%), chopped",
    "pinch of saffron threads (≈ 20)",
    "4 cups chicken stock (low sodium) -- or veg",
    "1 kg chicken thighs, bone-in/skin-on",
    "2 tsp baking soda /bicarbonate of soda/",
    "500 g USDA Select beef chuck, 2-inch cubes",
    "3 tbsp unsalted butter (cold!) <- important",
    "1 cup sugar => 200 g",
    "1/3 c. maple syrup (Grade A amber)",
    "2 Tbsp. fish sauce (Red Boat or similar)",
    "1 sachet (7 g) instant yeast",
    "大さじ2 醤油 (2 tbsp soy sauce)",
    "1 कप बासमती चावल (1 cup basmati rice)",
    "200 g de harina de trigo",
    "3 œufs + 1 jaune",
    "q.b. sale e pepe",
    "1 tsp vanilla extract {or ½ vanilla bean}",
    "¾ cup heavy cream (35%)",
    "1 lb ground beef, 80/20",
    "1 bunch cilantro, stems & leaves separated",
    "8 oz cream cheese @ room temperature",
    "2 cups (480 ml) water = 1 cup rice × 2",
    "Oil for frying (approx. 1 L; neutral, high smoke point)",
    "1 tbsp sugar*",
    "*or honey; see notes",
    "1 can (15 oz) black beans, drained & rinsed",
    "2-3 dried chiles de árbol",
    "5 ml / 1 tsp white vinegar",
    "1 stick (½ cup) butter",
    "Optional: ¼ tsp cayenne (if you like it hot)",
    "400 g spaghetti (n°5 or n°7)",
    "1 tbsp ghee or oil; ghee > oil for flavour",
    "2 sheets puff pastry (thawed overnight in the fridge)",
    "10–12 fresh basil leaves, torn",
    "60 g unsalted butter, melted & cooled",
    "1 × 2 lb (900 g) pork shoulder",
    "250 ml milk/* or oat milk, see FAQ",
    "1/2 tsp garam masala (or 1/4 tsp cinnamon + 1/4 tsp cumin)",
]

ING_ITEM = [
    ("brown sugar", ["1/2 cup", "¾ cup", "100 g", "2 tbsp", "⅓ cup"]),
    ("plain flour", ["250 g", "1 1/2 cups", "2 cups", "3 tbsp", "400 g"]),
    ("Greek yogurt", ["150 g", "½ cup", "1 cup", "3 tbsp"]),
    ("parmesan", ["50 g", "1/2 cup", "30 g", "¼ cup"]),
    ("red onion", ["1", "½", "2 small", "1 large"]),
    ("smoked paprika", ["1 tsp", "½ tsp", "2 tsp", "1 tbsp"]),
    ("double cream", ["300 ml", "150 ml", "½ cup", "1 cup"]),
    ("rolled oats", ["1 cup", "100 g", "½ cup", "80 g"]),
    ("soy sauce", ["2 tbsp", "1 tbsp", "60 ml", "3 Tbsp."]),
    ("chickpeas", ["1 x 400 g can", "2 cans (15 oz)", "240 g cooked"]),
    ("baby spinach", ["2 handfuls", "200 g", "5 oz", "1 bag (250 g)"]),
    ("cumin seeds", ["1 tsp", "½ tsp", "2 tsp"]),
    ("mascarpone", ["250 g", "500 g", "8 oz"]),
    ("fresh ginger", ["2 cm piece", "1 tbsp", "thumb-sized piece"]),
    ("shallots", ["2", "3 small", "1 banana"]),
    ("honey", ["1 tbsp", "2 tsp", "¼ cup", "60 g"]),
    ("tahini", ["3 tbsp", "¼ cup", "60 g"]),
    ("dijon mustard", ["1 tsp", "1 tbsp", "2 tsp"]),
    ("crème fraîche", ["200 ml", "2 tbsp", "½ cup"]),
    ("pecorino romano", ["60 g", "½ cup", "40 g"]),
    ("jalapeños", ["1-2", "2", "1 pickled"]),
    ("chicken stock", ["500 ml", "2 cups", "1 L", "4 cups"]),
]
ING_PREP = [", finely chopped", " (optional)", "; divided", " -- packed",
            " (see note*)", ", at room temp", " / to taste", " + more to serve",
            " <- don't skip", ", divided (½ for the sauce, ½ to finish)", "", " [heaped]",
            " — or whatever you have", " (I use the cheap stuff, it's fine)"]


def gen_ingredient_line(rng):
    item, amounts = rng.choice(ING_ITEM)
    return "%s %s%s" % (rng.choice(amounts), item, rng.choice(ING_PREP))


# --------------------------------------------------------------------------
# 3. method-step
# --------------------------------------------------------------------------
METHOD_STEP = [
    "Preheat the oven to 180 °C / 350 °F / gas mark 4. Grease & line a 20 cm tin.",
    "Whisk eggs and sugar until pale; fold in flour — don't overmix!",
    "Drop spoonfuls of dough onto the tray, ~5 cm apart.",
    "Let the dough sleep in the fridge overnight (12–24 h); it develops flavour.",
    "Select the ripest tomatoes; score an X on the bottom, blanch 30 s, then shock in ice water.",
    "Step 3:\nBring to a boil, then reduce to a simmer.\nCover & cook 20 min.\nDo NOT lift the lid!",
    "Temp should read >= 74 °C (165 °F) in the thickest part.",
    "Combine dry ingredients in bowl A; wet in bowl B; then A -> B.",
    "Cook pasta 1 min less than the packet says (it finishes in the sauce).",
    "Pour the caramel when it hits 170°C. Careful <-- it's molten sugar.",
    "If the sauce splits, whisk in 1 tbsp cold water & keep whisking.",
    "For the union of the two doughs: lay the butter block on top, fold like a letter, turn 90°, repeat x3.",
    "Execute the lamination: 3 letter folds, 30 min rest between each.",
    "Knead 10 min by hand | 5 min in stand mixer on speed 2.",
    "Reduce the stock by ½ (approx. 500 ml -> 250 ml).",
    "Spoon the filling in; don't overfill (< 2 tbsp per dumpling).",
    "Set a timer for 25 min -- the thermostat system in my oven runs hot so I check at 20.",
    "Deglaze with wine; scrape up the fond; let the alcohol cook off ~2 min.",
    "Rest the steak 5–10 min. Slice against the grain.",
    "Blitz everything in a food processor until smooth; season w/ salt & lime.",
    "Fry in batches; oil at 175 °C. Drain on a rack, not paper (stays crisp).",
    "Blind-bake 15 min with weights, then 5 min without.",
    "Steps 1–4 can be done the day before; store covered at < 5 °C.",
    "Transfer to a sterilised jar (oven at 120 °C for 10 min). Seal while hot.",
    "Mix 'til just combined — lumps are fine!",
    "Fold in the egg whites in 3 additions: 1/3, then 1/3, then the rest.",
    "Rub the butter into the flour until it looks like breadcrumbs; a few pea-sized bits = flaky.",
    "Brush with egg wash (1 egg + 1 tbsp milk). Sprinkle with sea salt.",
    "Microwave on HIGH 30 s; stir; repeat until melted (usually 3 × 30 s).",
    "Faire fondre le beurre à feu doux ; ajouter la farine et remuer 2 min (roux blanc).",
    "Scolate la pasta al dente e tenete da parte un mestolo d'acqua di cottura.",
    "鍋に水を入れて沸騰させ、昆布を取り出す。",
    "प्याज़ को सुनहरा होने तक भूनें, फिर टमाटर डालें।",
    "Sofríe la cebolla a fuego lento 10 min; añade el ajo y el pimentón (¡que no se queme!).",
    "Den Teig 1 Std. gehen lassen, bis er sich verdoppelt hat.",
    "Pressure cook: HIGH 25 min, natural release 10 min, then quick release.",
    "Add the spices: 1 tsp cumin; ½ tsp turmeric; ¼ tsp chilli. Stir 30 s till fragrant.",
    "Sous vide at 56.5 °C for 2 h, then sear 45 s per side in a ripping-hot pan.",
    "Strain through a fine sieve (chinois) -- press with a ladle.",
    "Whip cream to soft peaks; sweeten w/ 1 tbsp icing sugar per 200 ml.",
    "Heat oil in a wok till smoking; add aromatics → protein → veg → sauce.",
    "Chill the dough 30 min; roll between 2 sheets of baking paper to 3 mm.",
    "Cook the onions low & slow, 40+ min, for proper caramelisation. There is no shortcut.",
    "Taste and adjust: more salt? acid? heat? — fix it now, not at the table.",
    "Bake 35–40 min or until a skewer comes out clean (a few moist crumbs = perfect).",
    "For the glaze: 1 c icing sugar + 2 Tbsp lemon juice => drizzle consistency.",
    "Line the tin so the paper overhangs by 5 cm on two sides (makes lifting easy).",
    "Save the pasta water!!! You'll need ~1/2 cup.",
    "Layer: sauce / pasta / ricotta / mozzarella / repeat; finish with sauce + parmesan.",
    "Drop the temperature to 160 °C after 10 min so the crust doesn't burn.",
    "Method:\n1) Soak the beans overnight.\n2) Drain; cover with fresh water by 5 cm.\n3) Simmer 1–1.5 h; salt only at the end.",
    "Don't panic if it looks curdled at this stage -- add 1 tbsp of the flour & beat again.",
]

STEP_ACTION = [
    "Stir in the spinach", "Whisk in 2 tbsp cold butter", "Fold in ½ the cheese",
    "Add the reserved sauce", "Toss the pasta with the sauce", "Add 1/4 cup of the stock",
    "Stir through the chopped herbs", "Add the drained beans", "Whisk the roux into the milk",
    "Sprinkle over the toasted nuts", "Season with salt & pepper", "Add the lemon zest & juice",
]
STEP_HOW = ["over low heat", "off the heat", "until glossy", "for 2–3 min",
            "(don't let it boil!)", "until it coats a spoon", "— keep stirring",
            "; taste & adjust", "& simmer until the temp reads > 70 °C", "then cover & rest 5 min",
            "& mix until smooth", "in 2 batches", "-- it will thicken as it cools"]


def gen_method_step(rng):
    return "Step %d: %s %s." % (rng.randint(2, 14), rng.choice(STEP_ACTION), rng.choice(STEP_HOW))


# --------------------------------------------------------------------------
# 4. note-allergen-nutrition (substitutions, allergen labels, nutrition tables)
# --------------------------------------------------------------------------
NOTE_ALLERGEN_NUTRITION = [
    "butter -> ghee; or use oil",
    "Egg-free? 1 egg = 1 tbsp ground flax + 3 tbsp water, rest 5 min.",
    "Buttermilk sub: 1 cup milk + 1 tbsp lemon juice/vinegar, let stand 10 min.",
    "Contains: MILK, EGGS, WHEAT. May contain: tree nuts, sesame.",
    "Allergens: gluten (wheat, barley); soy; mustard | Free from: peanuts, shellfish",
    "Nutrition per serving (1/8 of recipe):\nCalories 412 kcal\nFat 21 g (Sat 9 g)\nCarbs 48 g | Sugar 22 g\nProtein 7 g\nSodium 310 mg",
    "Vegan: swap honey -> maple syrup, butter -> coconut oil (1:1), milk -> oat milk.",
    "GF version: replace flour with a 1:1 GF blend + ¼ tsp xanthan gum (if the blend has none).",
    "Self-raising flour = 150 g plain flour + 2 tsp baking powder",
    "No wine? Use stock + 1 tsp red wine vinegar.",
    "Dairy-free: use oat milk; avoid 'barista' versions with added sugar.",
    "Can't find gochugaru? Sub ½ paprika + ½ cayenne — not the same, but close-ish.",
    "Kcal: ~350 / portion; macros (P/C/F): 30 / 25 / 14",
    "Sodium < 140 mg per serving = 'low sodium' under FDA labelling.",
    "Sugar alcohol note: erythritol doesn't caramelise; the crust won't brown the same.",
    "ALERT: contains sesame (tahini) — not suitable for the school lunch menu.",
    "Nut-free school version: sunflower seed butter instead of peanut butter (may turn green — a harmless reaction with baking soda!).",
    "⚠ Allergen matrix updated: dish #14 now contains celery (stock base changed).",
    "Low-FODMAP: use garlic-infused oil instead of garlic; green tops of spring onion only.",
    "Halal: replace the pancetta with smoked beef; swap wine -> grape juice + vinegar.",
    "Per 100 g: energy 1540 kJ / 368 kcal; fat 12 g; of which saturates 4.1 g; carbohydrate 56 g; of which sugars 18 g; fibre 3 g; protein 8 g; salt 0.9 g",
    "Fresh herbs → dried: use 1/3 the amount (1 tbsp fresh = 1 tsp dried).",
    "Heavy cream ≈ double cream (48%) in the UK; single cream won't whip.",
    "Cornstarch (US) = cornflour (UK); cornmeal ≠ cornflour!",
    "| Nutrient | Amount | %DV |\n|---|---|---|\n| Fat | 8 g | 10% |\n| Sodium | 480 mg | 21% |\n| Fiber | 6 g | 21% |",
    "Keto sub: cauliflower rice instead of rice; net carbs ≈ 5 g/serving.",
    "If using salted butter, drop the added salt to a pinch.",
    "Instant yeast vs active dry: use 25% less instant & skip the proofing step.",
    "Contains sulphites (dried apricots) > 10 mg/kg — must be declared.",
    "Kosher note: pareve if you use the margarine; dairy if butter.",
    "Shellfish allergy? Swap prawns -> firm tofu or chicken; use mushroom 'oyster' sauce.",
    "Allergènes : lait, œufs, gluten. Traces possibles de fruits à coque.",
    "Allergeni: glutine, latte, uova; può contenere tracce di frutta a guscio.",
    "アレルゲン：卵・乳・小麦",
    "Alérgenos: leche, huevo, trigo; puede contener soja.",
    "The drop in sugar (from 200 g to 150 g) was tested 3× — texture still fine.",
    "Replace 1/2 the butter with applesauce = lighter, but a cakier crumb.",
    "Not suitable for coeliacs: oats may be cross-contaminated unless certified GF.",
    "Sat fat/serving: 3.2 g (16% DV); trans fat 0 g; cholesterol 45 mg",
    "Using a 9x13\" pan instead of 8x8\"? Double everything & add ~10 min.",
    "If you can't find panch phoron, mix equal parts cumin, fennel, nigella, fenugreek & mustard seed.",
    "Milk → evaporated milk diluted 1:1 with water works in a pinch.",
    "Egg wash alternative (vegan): 2 tbsp plant milk + 1 tsp maple syrup.",
    "Cal / Protein / Carbs / Fat = 520 / 32 g / 41 g / 24 g",
    "Dietary tags: [vegetarian] [gluten-free] [nut-free]",
    "Allergy flags -> {milk, egg, fish} per EU 1169/2011 Annex II",
    "Swap the 'drop' of fish sauce for soy sauce + a pinch of sugar to keep it vegetarian.",
    "Lactose-free milk works 1:1 here; plant milks make the custard thinner (add 1 tsp cornflour).",
    "Nutrition is an estimate (calculated w/ USDA data) — your numbers will vary by brand.",
    "Contains alcohol (rum) — it doesn't all cook off, so not for kids or pregnancy.",
]

SUB_FROM = ["butter", "sour cream", "heavy cream", "white sugar", "buttermilk",
            "breadcrumbs", "mayo", "parmesan", "eggs", "soy sauce", "wine", "cream cheese"]
SUB_TO = ["ghee", "Greek yogurt", "coconut cream", "coconut sugar", "kefir",
          "crushed crackers", "labneh", "nutritional yeast", "aquafaba",
          "tamari (GF)", "stock + splash of vinegar", "silken tofu"]
SUB_NOTE = ["1:1", "use ¾ the amount", "texture a bit softer", "works fine",
            "tested — 4/5", "reduce salt by ½", "add 1 tbsp water", "not for baking!",
            "flavour = slightly tangier", "(my go-to)", "<- best option", "if you must"]


def gen_note_allergen_nutrition(rng):
    kind = rng.randint(0, 2)
    if kind == 0:
        return "%s -> %s; %s" % (rng.choice(SUB_FROM), rng.choice(SUB_TO), rng.choice(SUB_NOTE))
    if kind == 1:
        kcal = rng.randint(180, 780)
        return "Per serving: %d kcal | P %d g | C %d g | F %d g | salt %.1f g" % (
            kcal, rng.randint(4, 45), rng.randint(10, 90), rng.randint(3, 40),
            rng.randint(2, 25) / 10)
    allergens = ["milk", "eggs", "gluten", "soy", "sesame", "mustard", "celery",
                 "fish", "peanuts", "tree nuts", "sulphites", "lupin"]
    a, b = rng.sample(allergens, 2)
    return "Contains: %s & %s. Made in a kitchen that also handles %s." % (
        a.upper(), b.upper(), rng.choice(allergens))


# --------------------------------------------------------------------------
# 5. review-comment
# --------------------------------------------------------------------------
REVIEW_COMMENT = [
    "5/5 — made this for my in-laws & they asked for the recipe!!",
    "★★★★☆ Great flavour but I'd cut the salt by ½ tsp.",
    "Made it twice. 2nd time I used 1/2 the sugar & it was still plenty sweet <3",
    "Tried this w/ gluten-free flour; it drops a bit in the middle but tastes amazing.",
    "Where's the 'jump to recipe' button?? I don't need the life story lol",
    "Didn't have buttermilk so I did the milk + lemon trick; worked fine. 4/5",
    "My kids said \"best tacos ever\" — high praise from a 7-year-old 😂",
    "Is it 180 °C fan or conventional? Mine burnt on the bottom at 180 :(",
    "Question: can I freeze this? If so, how long & how do I reheat?",
    "1 star. Followed exactly, came out like soup. Maybe the '1 tbsp' of cornstarch is a typo and should be 3 tbsp?",
    "I drop the chili flakes for my daughter & add them at the table. Delicious either way!",
    "Union Station bakery used to sell something like this, brings back memories.",
    "Cooked it in a 2-qt pot <- way too small, use at least 4 qt!",
    "9.5/10, would be 10/10 if the cook time was accurate (needed +15 min).",
    "Amazing!!! 👏👏👏 #dinnerwin",
    "@MariaK I used almond flour and it was fine, just a bit more crumbly.",
    "Fantastico, come quella della nonna! Grazie 🇮🇹",
    "Très bonne recette, j'ai ajouté un peu plus d'ail ;-)",
    "¡Buenísimo! Lo hice con pollo en vez de cerdo.",
    "とても美味しかったです！また作ります。",
    "बहुत स्वादिष्ट बना, धन्यवाद!",
    "The sleep time in the fridge is key — I skipped it once & the cookies spread like crazy.",
    "Who else reads the comments before making a recipe? 🙋",
    "FYI for anyone at altitude (5,000 ft+): add 2 tbsp flour & drop the temp by 10 °F.",
    "Rating: ★★★☆☆ — sauce was great, chicken was dry. Probably my oven.",
    "Oops — used tablespoons instead of teaspoons of salt. My fault, not the recipe's! Try #2 was perfect.",
    "I 'executed' this perfectly on the first try, which never happens to me 😅",
    "Script for my cooking video: \"Today we're making Chef Ana's lasagna...\" — hope that's OK, I'll credit you!",
    "Select the 'metric' toggle at the top, it converts cups to grams for you.",
    "Made a half batch in an 8x8\" pan, baked 22 min. Perfect.",
    "Any tips for making this dairy-free? My husband is lactose intolerant :/",
    "Replying to Tom: yes, the dough should be sticky; don't add more than 2 tbsp flour or it gets tough.",
    "Way too much salt!!! 2 tsp?? I think you meant ½ tsp. 2/5",
    "Crust = perfection. Filling = a bit runny. Next time I'll bake 10 min more.",
    "Doubled the garlic because that's the law in this house 🧄",
    "This is the recipe I've been looking for since 2015. Bookmarked, printed & laminated.",
    "Note to self: <= 1 tsp chipotle for the kids' version.",
    "Honest review: 3.5/5. It's good, but not 'restaurant-quality' like the title says.",
    "Can I use a 23 cm springform instead of the 20 cm? -- thanks in advance!",
    "I made this for 40 people at our church potluck; scaled x4 and it held up fine.",
    "Tastes like my abuela's 💕 although she would never measure anything.",
    "The link to the 'homemade stock' recipe is broken (goes to /recipes/stock-2 -> 404).",
    "Baked at 350°F for 25; centre still raw. Went to 35 & it was perfect. Ovens vary!",
    "Heads up: the printed version cuts off step 6.",
    "Vegetarian sub: smoked tofu worked great instead of the bacon; 5★",
    "Is the 'drop' in the title about drop biscuits or dropping the temperature? Confused lol",
    "For those asking: yes, you can use an air fryer — 190 °C, 12 min, shake halfway.",
    "Love love LOVE this. Made it 3x this month.",
    "Update after 2 weeks:\n- froze half, reheated from frozen at 180 °C for 40 min\n- still great\n- kids didn't notice the lentils 😈",
    "The metric & US amounts don't match: 1 cup flour is ~125 g, not 200 g. Please fix!",
    "Perfect with a glass of red; we had it with a Rioja & it was *chef's kiss*",
]

REV_STARS = ["★★★★★", "★★★★☆", "★★★☆☆", "5/5", "4/5", "4.5/5", "3/5", "10/10", "⭐⭐⭐⭐"]
REV_OPEN = ["Made this tonight!", "Second time making it.", "Okay wow.",
            "Solid weeknight dinner.", "Not bad at all.", "Family favourite now.",
            "Brought it to a BBQ;", "Tried the vegan version:", "Followed the recipe exactly &"]
REV_BODY = ["used 1/2 the chilli", "added a splash of fish sauce", "swapped cream -> milk",
            "baked 5 min longer", "doubled the sauce", "used chicken thighs not breast",
            "skipped the sugar", "subbed lime for lemon", "cooked it in the Instant Pot",
            "made it a day ahead"]
REV_CLOSE = ["& it was great!", "— no regrets.", ":)", "will make again.", "10/10 would recommend",
             "👍", "<3", "next time: more garlic", "kids ate it all!", "thanks Chef!"]


def gen_review_comment(rng):
    return "%s %s %s %s" % (rng.choice(REV_STARS), rng.choice(REV_OPEN),
                            rng.choice(REV_BODY), rng.choice(REV_CLOSE))


# --------------------------------------------------------------------------
# 6. menu-item
# --------------------------------------------------------------------------
MENU_ITEM = [
    "Margherita DOC — San Marzano, fior di latte, basil | 12.50",
    "Fish & Chips (cod or haddock) w/ mushy peas & tartare — £14.95",
    "Burger + fries $16 | add bacon +$2 | sub salad +$1 | GF bun +$1.50",
    "Ramen 豚骨 — chashu, ajitama, nori, scallion ¥1,200",
    "Caesar Salad (no anchovy on request) 11€",
    "Kids' Mac & Cheese — $7 (under 12 only)",
    "Steak frites 250 g, sauce au poivre OR béarnaise — 24 €",
    "Soup of the day = ask your server",
    "Chef's Tasting Menu (7 courses) $95 / with wine pairing $150",
    "Pad Thai (V/VG option) — tofu or chicken; spice level 1–5 🌶",
    "Espresso 2.80 | Doppio 3.40 | Cortado 3.60 | Flat White 4.20",
    "Happy Hour 4–6pm: 1/2 price wings & $5 drafts",
    "Brunch: Eggs Benedict (ham / salmon / spinach) 15.5",
    "Butter Chicken मक्खन मुर्ग़ — served with basmati & naan ₹450",
    "Tacos al pastor (3) — piña, cebolla, cilantro — MX$95",
    "Modifiers: [no onion] [extra cheese +1.00] [dressing on side]",
    "Catch of the Day — market price (MP)",
    "Dessert: Crème brûlée 8 / Tarte Tatin 9 / Affogato 6",
    "Risotto ai funghi porcini (contains dairy; V) — 18",
    "Bottomless fries* $4\n*dine-in only",
    "\"The Big One\" 2 × 4oz patties, double cheese, pickles, house sauce — $18",
    "Vegan Buddha Bowl: quinoa, roasted chickpeas, tahini drizzle, pickled red onion (GF/DF/NF) — $14",
    "Add-ons: avocado +$2 | fried egg +$1.50 | side of toast +$3",
    "Set lunch 2 courses £18 / 3 courses £22 (Mon–Fri, 12–3pm)",
    "Wings (6/12/24) — Buffalo, Honey-Garlic, Dry Rub, 'Atomic' (ask for the waiver 😈)",
    "Lobster Roll (Connecticut-style, warm butter) — MP",
    "Gyoza 餃子 (6 pcs) pork & cabbage — 7.50",
    "Paella valenciana (mín. 2 personas) 16 €/persona",
    "Croque Monsieur / Madame (+œuf) 11 / 12,50 €",
    "Glass of house red 175 ml £6.50 | 250 ml £8.75 | bottle £24",
    "Mezze platter for 2: hummus, baba ghanoush, tabbouleh, falafel (4), pita — $22",
    "Drop-in special: Soup & half sandwich = $11",
    "Nachos Grande — beans, cheese, jalapeños, pico, guac & sour cream -- share size $15",
    "Cheeseburger (cooked medium-rare? Y/N)",
    "Chef's Special: Duck à l'orange; limited to 12 portions/night",
    "Cold brew 16oz $4.50 / 24oz $5.75",
    "Sides: fries / sweet potato fries / side salad / coleslaw — $4 each, 3 for $10",
    "Bibimbap 비빔밥 with gochujang (spicy) ₩12,000",
    "Allergen menu available on request — please tell your server about any allergies.",
    "Oysters: ½ dozen $18 / dozen $33; mignonette, lemon, hot sauce",
    "Pizza 'Diavola' — salame piccante, 'nduja, chilli oil — 14.00 (spicy!)",
    "Kids menu: choose 1 main + 1 side + 1 drink = $8.99",
    "Sunday Roast: beef / lamb / nut roast (VG) — all the trimmings — £19.50",
    "Breakfast burrito — eggs, chorizo, potatoes, salsa roja — $12 | make it a bowl (GF)",
    "Executive Lunch Menu: 2 courses + coffee, 45 min guaranteed, $29",
    "Tonkatsu curry カツカレー — rice, katsu, Japanese curry — $16",
    "Cocktail of the week: \"Smoke & Mirrors\" — mezcal, Aperol, lime, agave — $13",
    "Bread & butter for the table 4 | cultured butter +2",
    "Tiramisù della casa — 7 € (contiene uova crude e alcol)",
    "Affogato: vanilla gelato + a shot of espresso ($6) | add Frangelico +$4",
    "Brunch bottomless mimosas $25 pp (90 min, whole table must participate)",
]

MENU_DISH = ["Chicken Schnitzel", "Mushroom Risotto", "Lamb Kofta", "Tofu Katsu",
             "Pulled Pork Bun", "Seared Scallops", "Beet & Goat Cheese Salad",
             "Prawn Linguine", "Falafel Wrap", "Short Rib Ragù", "Halloumi Fries",
             "Miso Glazed Cod", "Chana Masala", "Smash Burger"]
MENU_DESC = ["lemon, capers & brown butter", "pickled onion, herb oil",
             "garlic aioli, fries", "house slaw, chipotle mayo", "(GF on request)",
             "tzatziki, flatbread", "parmesan, truffle oil (+$3)", "miso butter, greens",
             "mint yogurt, pomegranate", "basmati & raita"]
MENU_CUR = ["$", "£", "€", ""]
MENU_MOD = ["| add side salad +3", "| GF +1.50", "| no nuts on request", "(V)", "(VG)",
            "🌶🌶", "| make it a meal +$4", "— limited!", "*", "| sub fries -> salad"]


def gen_menu_item(rng):
    price = rng.randint(8, 34) + rng.choice([0, 0.5, 0.95, 0.25])
    return "%s — %s — %s%.2f %s" % (rng.choice(MENU_DISH), rng.choice(MENU_DESC),
                                     rng.choice(MENU_CUR), price, rng.choice(MENU_MOD))


# --------------------------------------------------------------------------
# 7. kitchen-ticket
# --------------------------------------------------------------------------
KITCHEN_TICKET = [
    "86 the salmon",
    "ALL DAY 4 x risotto",
    "T12 / 4 covers\n2x steak MR, 1x MW\n1x risotto NO PARM\n1x fish - allergy: SHELLFISH",
    "FIRE table 7 mains",
    "86 chocolate fondant -- sub affogato",
    "ORDER #4471 | DELIVERY | 1x Pad Thai (spice 3) | 2x spring rolls | note: \"no peanuts!! allergy\"",
    "Seat 2: burger no bun, sub lettuce wrap; side salad dressing OTS",
    "Rush on T4 — birthday, candle in the brownie 🎂",
    "VIP table 9 -> comp dessert per GM",
    "On the fly: 1 fries!!",
    "Walk-in low on cream, < 2 L left. Order before 2pm.",
    "Heard, chef! 3 min on the ribeye.",
    "Table 15 allergy alert: SESAME — clean board, separate oil",
    "BOH note: dish pit backed up, need a runner",
    "Pick up T3 & T5 together",
    "ALL DAY: 6 burger, 3 salmon, 2 veg risotto, 5 fries",
    "Prep list Tues:\n- 4 qt mirepoix\n- 2 hotel pans roasted veg\n- 1 batch pizza dough (x3)\n- portion salmon 180g (x24)",
    "Refire T8: steak sent back, wanted MR got MW.",
    "Mod: burger | no pickle | add jalapeño | cheese on side",
    "Order 1021 (Uber) – 1x Bibimbap, egg runny; 1x kimchi pancake; utensils Y",
    "Table 22 ready @ 19:45 – 8 pax, set menu B; 1 vegan, 1 coeliac",
    "86'd: scallops, lamb shank. Low: burrata (3 left).",
    "Expo: where's T11's apps?!",
    "Void on T6 needs manager override – ask Ana (don't write the passwd on tickets!)",
    "Tkt 0032 SEAT 1-4 | 4 x soup > 2 x chicken, 2 x fish | dessert hold",
    "Print kitchen copy & bar copy for table 10",
    "Take-away #88: 2 x margherita (1 GF base), 1 x garlic bread; ready 18:30",
    "T5 seat 3 pregnant — no raw egg, no rare meat, no soft cheese",
    "Fire T14 apps; hold mains till called.",
    "Grill 10/10, sauté 8/10, fry 6/10 — we're in the weeds",
    "ADD: extra side of gravy (bill it)",
    "Catering order Sat: 120 canapés (40 veg / 40 fish / 40 meat), drop-off 5pm at 22 Union St.",
    "Split check T9: seat 1 & 2 | seat 3 & 4",
    "Ticket time 18 min on T2 — chase!",
    "Oven 2 down. Bake everything in oven 1 at 200 °C & rotate trays every 10 min.",
    "Family meal 4pm: chicken thighs, rice, salad; 22 staff",
    "No-show table 7 (6 pax). Release to walk-ins.",
    "T30: 2x carbonara (1 w/o guanciale = veg), 1x cacio e pepe; pasta 'al dente' per guest",
    "Tonight's special -> halibut, beurre blanc, samphire. 14 portions only.",
    "BAR: 2x negroni, 1x espresso martini, 1x NA spritz → T6",
    "注文 #203: ラーメン×2（麺かため）、餃子×1",
    "Comanda mesa 4: 2 x tortilla, 1 x pulpo a la gallega, pan sin gluten",
    "Bon n° 57 — T8 — 2 couverts — 1 tartare (bien assaisonné), 1 risotto",
    "Last orders kitchen 21:45 / bar 22:30",
    "Reminder: label & date everything in the walk-in — use-by = prep date + 3 days.",
    "Prep: dice 5 kg onions; pick 3 bunches parsley; juice 20 lemons > 1 L",
    "Deliveroo #A7-229 cancelled by customer — don't fire.",
    "T18 seat 1 returned it: 'too salty'. Chef tasted, agrees; remake w/ less salt.",
    "DROP table 3 mains now — they've been waiting 25 min",
    "KOT #1187 | Dine-in | T4 | 1x Paneer Tikka (less spicy) | 2x Butter Naan | 1x Dal Tadka | 1x Jeera Rice",
]

TK_DISH = ["ribeye", "salmon", "burger", "risotto", "carbonara", "fish tacos",
           "chicken parm", "veg curry", "caesar", "fries", "soup", "gnocchi",
           "lamb rump", "tofu bowl"]
TK_MOD = ["NO ONION", "sauce OTS", "GF", "allergy: nuts", "MR", "well done",
          "extra crispy", "no dairy", "sub salad", "light salt", "add egg",
          "(kid's portion)", "dressing on side", "spicy ++"]


def gen_kitchen_ticket(rng):
    lines = ["T%d / %d covers" % (rng.randint(1, 40), rng.randint(1, 8))]
    for _ in range(rng.randint(2, 3)):
        lines.append("%dx %s - %s" % (rng.randint(1, 4), rng.choice(TK_DISH), rng.choice(TK_MOD)))
    sep = rng.choice([" | ", "\n"])
    return sep.join(lines)


# --------------------------------------------------------------------------
# 8. haccp-log
# --------------------------------------------------------------------------
HACCP_LOG = [
    "Walk-in cooler 07:00 — 3.2 °C ✔ (target < 5 °C) — initials: JM",
    "Hot hold bain-marie 12:30: 68 °C (> 63 °C OK)",
    "Freezer 2: -19 °C; door seal checked; ice build-up on back wall -> defrost scheduled Tue",
    "CCP2 Cooking: chicken core temp 78 °C (≥ 75 °C). PASS",
    "Cooling log: braised beef 60 °C @ 14:00 → 21 °C @ 15:45 → 4 °C @ 19:30 (within 2h/4h rule)",
    "Delivery 06:45 — dairy received at 4 °C, fish at 1.5 °C on ice; rejected: 1 case mussels (open shells)",
    "CORRECTIVE ACTION: reach-in #3 at 9 °C at 15:00. Moved stock to walk-in; engineer called (ref #WX-4471).",
    "Probe thermometer calibration: ice water 0.1 °C / boiling 99.8 °C — OK",
    "Reheat soup to > 75 °C; reheated once only; discard leftovers.",
    "Date | Time | Unit | Temp | Sign\n03/04 | 08:00 | Fridge 1 | 2.8 °C | AK\n03/04 | 16:00 | Fridge 1 | 3.4 °C | AK",
    "Sanitiser concentration 200 ppm (test strip) — dish station & prep sinks",
    "Allergen cleaning verified on slicer after cutting cheese; swab test -> negative",
    "Pest control visit 11/03: no activity; bait stations 1–8 checked",
    "Sushi rice acidified: pH 4.1 (< 4.6 required) at 11:20",
    "Thawing: 12 kg chicken in walk-in since Mon 18:00; on tray, bottom shelf",
    "Hot holding failure: 55 °C @ 13:00 (< 63 °C). Reheated to 80 °C, time recorded, OK to serve until 15:00 then discard.",
    "Oil change fryer 1; TPM 24% (> 22% limit) -> changed.",
    "Blast chiller cycle: 90 min, core 2 °C at end. Product: veal jus, 8 L.",
    "Glass breakage at bar 21:10; area cleared & sanitised; ice well emptied & refilled.",
    "Handwash sink #2 no hot water (<= 20 °C). Reported to maintenance; use sink #1.",
    "Receiving: frozen peas at -15 °C (must be ≤ -18 °C). Rejected & returned, driver signed.",
    "Tuesday 06:30 opening checks: fridges 1–4 all < 5 °C; freezers all < -18 °C; dishwasher rinse 82 °C",
    "Dishwasher final rinse 84 °C / wash 62 °C — pass",
    "Sous-vide pork belly: 64 °C / 24 h; chilled in ice bath to < 3 °C within 90 min",
    "Label check: all items in walk-in labelled & dated; 2 items past use-by -> binned (coleslaw, aioli)",
    "Staff illness: line cook reported D&V on Sun; excluded until 48 h after symptoms stop.",
    "HACCP review: CCP4 (cooling) limit changed from 90 min to 120 min to align w/ SOP v3.2",
    "Temp log missing for Sat PM shift — manager to follow up with the closing team.",
    "Ice machine cleaned & descaled; filter replaced (next due: 2024-09-01).",
    "Probe #2 reading 2 °C high vs. reference — taken out of service, labelled 'DO NOT USE'.",
    "Hot hold at carvery: beef 65 °C, turkey 71 °C, gravy 82 °C @ 12:15",
    "Temp. réfrigérateur : 3 °C ; congélateur : -20 °C — RAS",
    "Temperatura abbattitore: +3 °C al cuore dopo 90'",
    "冷蔵庫 3℃ / 冷凍庫 -18℃ 確認済み",
    "Cámara frigorífica: 4 °C a las 8:00; OK",
    "Shellfish tags filed in binder 'Tags 2024' (keep 90 days)",
    "Cross-contamination check: raw meat on bottom shelf, RTE on top ✔",
    "Cooked rice held > 1 h at room temp — discarded (B. cereus risk).",
    "Mon | Fridge 1: 3 | Fridge 2: 4 | Freezer: -21 | Sign: RK",
    "Alert from sensor WI-01: 7.9 °C at 03:12 for 25 min (door left ajar). Product core temps checked: 4.5 °C — OK, no discard.",
    "Record of training: all staff completed the allergen module (14/14).",
    "Eggs from supplier #7 received at 11 °C — accepted (ambient storage OK for shell eggs in the UK).",
    "Verification: weekly log review signed by head chef; no deviations.",
    "Chiller 3 thermostat set to 2 °C (was 6 °C!!) — who changed it?",
    "Core temp burgers 71 °C / 15 s — PASS",
    "Water activity (aw) of jerky batch: 0.82 (< 0.85 target)",
    "Dropped a tray of cooked chicken on the floor 13:40 -> discarded 3 kg, recorded on waste sheet.",
    "Fridge 4 >8 °C for 2 h+ overnight (power cut 01:00–03:15). Discarded: dairy, cooked meats. Kept: whole veg, sealed drinks.",
    "Daily check sheet uploaded to C:\\HACCP\\2024\\March\\week11.xlsx by RK",
    "Walk-in 16:00 = 4.8 °C (borderline) -> re-check 16:30 = 3.9 °C, door was propped open during delivery.",
]

HL_UNIT = ["Walk-in", "Fridge 1", "Fridge 2", "Reach-in 3", "Freezer 1", "Freezer 2",
           "Bain-marie", "Salad bar", "Dessert fridge", "Bar fridge", "Blast chiller"]
HL_INIT = ["JM", "AK", "RK", "SL", "TP", "MB", "Chef D."]


def gen_haccp_log(rng):
    unit = rng.choice(HL_UNIT)
    hh, mm = rng.randint(6, 22), rng.choice([0, 15, 30, 45])
    if unit.startswith("Freezer"):
        temp = -rng.randint(16, 24)
        status = "OK (≤ -18 °C)" if temp <= -18 else "CHECK > -18 °C"
        temp_s = "%d" % temp
    elif unit == "Bain-marie":
        temp = rng.randint(58, 80)
        status = "OK (> 63 °C)" if temp > 63 else "LOW < 63 °C -> reheat"
        temp_s = "%d" % temp
    else:
        temp = rng.randint(5, 80) / 10
        status = "OK (< 5 °C)" if temp < 5 else "HIGH -> action"
        temp_s = "%.1f" % temp
    return "%s %02d:%02d — %s °C %s — %s" % (unit, hh, mm, temp_s, status, rng.choice(HL_INIT))


# --------------------------------------------------------------------------
# 9. supplier-invoice
# --------------------------------------------------------------------------
SUPPLIER_INVOICE = [
    "INV-2024-00871 | Green Valley Produce | 12 x Romaine hearts @ 1.25 = 15.00",
    "Line 3: Butter unsalted 82% 10 x 1 kg @ €8.40 = €84.00",
    "Qty 2 cs Tomatoes vine 5kg | unit $18.50 | ext $37.00 | cr note: 1 cs bruised",
    "Credit memo CM-1182: short-shipped 1 x 4 L cream; credit $12.60",
    "Terms: net 30; 2% 10 days. Remit to: Harbor Seafoods Ltd, 14 Pier Rd.",
    "Delivery note DN 55231 — 1 x Salmon fillet skin-on 5.2 kg @ £17.80/kg = £92.56",
    "PO #KIT-3329 approved by J. Alvarez; over budget by $84.10 (produce)",
    "Olive oil EVOO 5 L tin x 4 — 'Sold out, substituted with 3 L tins x 7' — price adj.",
    "Invoice total: 1,248.30 + VAT 20% (249.66) = 1,497.96 GBP",
    "Item: Flour T55 25 kg sack; Lot 240311-B; best before 11/2024",
    "Disputed: invoiced 20 kg lamb shoulder, received 18.4 kg (weighed on arrival).",
    "Supplier: Smith & Sons Butchers; orders@smithandsons.example; Tel +44 20 7946 0000",
    "Dairy order Mon: milk 3.5% x 12 L; cream 35% x 6 L; eggs 15 doz (free range)",
    "Fattura n. 237/2024 — Caseificio Rossi — Parmigiano 24 mesi 5 kg x €19,90 = €99,50",
    "Facture n° F-0912 — Boulangerie du Coin — 40 baguettes x 0,95 € = 38,00 €",
    "請求書 No.1043 — 築地鮮魚 — マグロ 2kg ¥12,000",
    "Factura 2024/118 — Aceites del Sur — AOVE 5 L x 6 = 132,00 €",
    "Price increase notice: eggs +8% from 1 April; chicken breast 5 kg -> $42.50 (was $39.90)",
    "Statement of account: INV 771 (paid), INV 779 (paid), INV 790 (overdue 14 days) — balance $1,204.00",
    "Order confirmation 24-7781: ETA Thu 06:00–08:00; driver calls ahead; back-door delivery",
    "SKU 100-442 | Basmati 1121 | 20 kg | 2 bags | $31.20 | $62.40",
    "Receiving discrepancy: ordered 10 x 2.5 kg mozzarella, received 8. Short 2 — credit requested.",
    "Wine invoice: 6 x Rioja Crianza 2019 @ 9.75 / 12 x Prosecco DOC @ 7.10; case discount -5%",
    "Please drop the pallet at dock B (not the front entrance). Thx!",
    "GST: 5% on prepared food only; produce zero-rated — check line 7 is correct.",
    "Linen service: 120 aprons, 200 side towels, 40 chef jackets — weekly $186.00",
    "Paid by ACH on 03/15, ref 'KITCHEN-SUPPLY-MAR'",
    "Unit price discrepancy: quote said $2.10/lb, invoice shows $2.35/lb on 40 lb chicken wings -> $10 difference",
    "Packaging: 500 x kraft boxes 'L', 1000 x cutlery kits, 2000 x napkins; eco-tax €3.20",
    "Saffron (La Mancha DOP) 10 g x 3 @ €14.00 — store < 20 °C, away from light",
    "Coffee beans 'House Blend' 6 x 1 kg @ $17.50 — roast date 2024-04-02",
    "Chemicals: detergent 20 L, rinse aid 10 L, sanitiser tablets x 200; SDS attached",
    "Return authorisation RA-3371: 2 x damaged cans (dented seam) — do not use, return to driver.",
    "Cheque no. 004512 issued to Fresh Fields Farm for $3,450.00 (Invoices 9921-9925)",
    "Minimum order $150; under that a $25 delivery fee applies.",
    "Subtotal 842.10 | Discount (loyalty 3%) -25.26 | Delivery 0.00 | Tax 0.00 | TOTAL 816.84",
    "Fish (MSC certified) catch area FAO 27; gear: longline; landed 04/04",
    "Accounts: please match this to PO 5521 & GRN 8812 before paying.",
    "Rice flour 1 kg x 10 for the GF menu; allergen cert. requested from supplier.",
    "Beef striploin graded USDA Choice (not Select as quoted) — quoted price honoured.",
    "Qty | Item | Unit | Price\n4 | Lemons (case) | cs | 28.00\n2 | Limes (case) | cs | 31.00\n1 | Ginger | 5 kg | 16.50",
    "Pallet return: 3 x CHEP pallets collected; docket 10042",
    "Late delivery (11:40 vs 07:00 window) — lunch prep impacted; raised with account manager.",
    "Catalogue p.42: 'Union' brand stock pots, 20 qt, $89",
    "Vendor #3317 bank details change confirmed by phone with known contact (call-back verified).",
    "Spices: cumin (ground) 1 kg, smoked paprika 500 g, garam masala 1 kg — $58.40 incl. shipping",
    "Invoice PDF saved to \\\\office-nas\\accounts\\suppliers\\2024\\GreenValley\\INV-00871.pdf",
    "Backorder: vanilla pods (Madagascar) — ETA 3–4 weeks; sub offered: vanilla paste 1 kg @ $64 (declined)",
    "Deposit on kegs: 4 x $30 = $120 (refundable on return); CO2 cylinder swap $18",
    "Rechnung Nr. 2024-0415 — Bäckerei Müller — 60 Brötchen à 0,45 € = 27,00 €",
]

INV_SUPPLIER = ["Green Valley Produce", "Harbor Seafoods", "Smith & Sons", "Fresh Fields Farm",
                "Dairy Direct", "Aceites del Sur", "Bakers' Mill", "Metro C&C"]
INV_ITEM = [("Onions brown 20 kg", "sack", 12, 22), ("Heavy cream 35% 1 L", "ea", 3, 6),
            ("Chicken thighs boneless", "kg", 6, 11), ("Arborio rice 5 kg", "bag", 11, 19),
            ("Lemons 80ct", "cs", 24, 38), ("Canola oil 20 L", "drum", 38, 60),
            ("Eggs free range", "doz", 3, 6), ("Parmesan 24m", "kg", 17, 28),
            ("Sea bass fillet", "kg", 16, 26), ("Baby spinach 1 kg", "bag", 5, 9),
            ("San Marzano tomatoes 2.5 kg", "tin", 7, 12), ("Plain flour 16 kg", "sack", 14, 23)]


def gen_supplier_invoice(rng):
    item, unit, lo, hi = rng.choice(INV_ITEM)
    qty = rng.randint(1, 24)
    price = rng.randint(lo * 100, hi * 100) / 100
    cur = rng.choice(["$", "£", "€"])
    return "INV-%d | %s | %d %s x %s @ %s%.2f = %s%.2f" % (
        rng.randint(10000, 99999), rng.choice(INV_SUPPLIER), qty, unit, item,
        cur, price, cur, qty * price)


# --------------------------------------------------------------------------
# 10. search-tags-files (search box, hashtags, uploaded image file names)
# --------------------------------------------------------------------------
SEARCH_TAGS_FILES = [
    "chicken thighs -skin",
    "\"brown butter\" cookies",
    "vegan OR vegetarian lasagna",
    "dinner < 30 min",
    "gluten free & dairy free birthday cake",
    "how to make a roux without lumps?",
    "how to select a ripe mango",
    "drop biscuits",
    "union square cafe banana bread",
    "sleep tea recipe chamomile lavender",
    "what is 1/2 cup butter in grams",
    "350 F to C",
    "substitute for eggs in brownies",
    "rice, eggs, spinach — what can I make?",
    "#sourdough #bakersofinstagram #crumbshot",
    "#mealprep #highprotein #lunch",
    "IMG_4471.jpg",
    "lasagna_final_v2 (1).png",
    "tarte-tatin-overhead-2024-03-12.webp",
    "C:\\Users\\maria\\Pictures\\Recipes\\pho.jpg",
    "/Users/tom/Desktop/food pics/ramen 🍜.heic",
    "pasta -tomato -cheese",
    "is there a recall alert on romaine?",
    "tags: quick, weeknight, one-pot, <500 kcal",
    "cuisine:italian course:dessert time:<60",
    "ingredient:chickpeas rating>=4",
    "パンケーキ ふわふわ",
    "पनीर बटर मसाला",
    "receta de arroz con leche",
    "recette crêpes sans lactose",
    "ricetta tiramisù senza uova",
    "$10 dinners family of 4",
    "what's the difference between baking soda & baking powder",
    "salt % for a brine (5%?)",
    "mac n' cheese",
    "kids' lunch box ideas",
    "O'Brien potatoes",
    "#meatlessmonday #plantbased",
    "chef's knife vs santoku",
    "cake.jpeg",
    "DSC_0021.JPG",
    "Screenshot 2024-05-01 at 19.22.10.png",
    "crumb shot | 75% hydration",
    "1:2:3 pie dough ratio",
    "chicken AND (rice OR quinoa) NOT mushroom",
    "tikka vs. tandoori",
    "pressure cooker beans time soaked/unsoaked",
    "smash burger @ home",
    "wedding cake 3 tier {buttercream}",
    "#FoodWaste #leftovers #zerowaste",
    "what does 'fold' mean in baking",
    "can I drop the sugar in bread dough?",
    "scones.HEIC",
    "~/Downloads/IMG_20240312_181455.jpg",
]

SRCH_DISH = ["banana bread", "chicken curry", "pho", "lasagna", "paella", "dal", "brownies",
             "focaccia", "tacos", "ramen", "risotto", "pavlova", "kimchi", "shakshuka"]
SRCH_MOD = ["easy", "vegan", "< 30 min", "no oven", "for 2", "gluten free", "instant pot",
            "air fryer", "& salad", "without eggs", "5 stars", "'authentic'", "healthy"]
TAG_WORDS = ["homecooking", "foodie", "baking", "comfortfood", "glutenfree", "vegan",
             "weeknightdinner", "recipeoftheday", "brunch", "spicy", "dessert", "meatfree",
             "easyrecipes", "sundayroast"]


def gen_search_tags_files(rng):
    kind = rng.randint(0, 2)
    if kind == 0:
        return "%s %s" % (rng.choice(SRCH_DISH), rng.choice(SRCH_MOD))
    if kind == 1:
        return " ".join("#" + t for t in rng.sample(TAG_WORDS, rng.randint(2, 4)))
    name = rng.choice(SRCH_DISH).replace(" ", rng.choice(["_", "-", " "]))
    return "%s%s%d.%s" % (name, rng.choice(["_", "-", " (", "_final_"]),
                          rng.randint(1, 40), rng.choice(["jpg", "png", "webp", "JPG", "heic"]))


# --------------------------------------------------------------------------
CATEGORIES = [
    ("recipe-title", RECIPE_TITLE, gen_recipe_title),
    ("ingredient-line", INGREDIENT_LINE, gen_ingredient_line),
    ("method-step", METHOD_STEP, gen_method_step),
    ("note-allergen-nutrition", NOTE_ALLERGEN_NUTRITION, gen_note_allergen_nutrition),
    ("review-comment", REVIEW_COMMENT, gen_review_comment),
    ("menu-item", MENU_ITEM, gen_menu_item),
    ("kitchen-ticket", KITCHEN_TICKET, gen_kitchen_ticket),
    ("haccp-log", HACCP_LOG, gen_haccp_log),
    ("supplier-invoice", SUPPLIER_INVOICE, gen_supplier_invoice),
    ("search-tags-files", SEARCH_TAGS_FILES, gen_search_tags_files),
]


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    stats = []
    for category, literals, gen in CATEGORIES:
        values = []
        for v in literals:
            if v in seen:
                raise SystemExit("duplicate literal in %s: %r" % (category, v))
            seen.add(v)
            values.append(v)
        n_lit = len(values)
        tries = 0
        while len(values) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit("template pool too small for " + category)
            v = gen(rng)
            if v in seen:
                continue
            seen.add(v)
            values.append(v)
        values = values[:PER_CATEGORY]
        if n_lit < 0.55 * PER_CATEGORY:
            raise SystemExit("not enough literals in " + category)
        for v in values:
            if not isinstance(v, str) or not v or len(v) > 1800:
                raise SystemExit("bad value in %s: %r" % (category, v))
            rows.append({"category": category, "label": "benign", "value": v})
        stats.append((category, len(values), min(n_lit, PER_CATEGORY)))

    out = Path(__file__).with_name(OUT_NAME)
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, row in enumerate(rows, 1):
            obj = {"id": "%s-%05d" % (PREFIX, i), "category": row["category"],
                   "label": row["label"], "value": row["value"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for category, n, n_lit in stats:
        total_lit += n_lit
        print("%-26s %4d  (literals %d)" % (category, n, n_lit))
    print("%-26s %4d  (literals %d)" % ("TOTAL", len(rows), total_lit))
    print("wrote", out)


if __name__ == "__main__":
    main()
