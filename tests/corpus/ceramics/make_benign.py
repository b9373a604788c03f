#!/usr/bin/env python3
"""Benign corpus for the ceramics theme. Standard library only. Seed 14201."""
import json
import os
import random

SEED = 14201
PREFIX = "hbe2"
PER_CAT = 80
rng = random.Random(SEED)

CATS = []  # (name, literals, template_fn)

# 1. glaze recipes
glaze_lit = [
    "Custer Feldspar 25, Silica 25, Whiting 20, EPK 20, Wollastonite 10 -- add 2% RIO",
    "Floating Blue (cone 6): Gerstley Borate 27, Nepheline Syenite 47, Silica 20, EPK 6 + 2% cobalt carb, 4% RIO, 4% rutile",
    "Tried Val's satin white again; 100g test batch, sieved through 80 mesh",
    "Copper red needs reduction -- don't bother in the electric kiln",
    "Is 3% tin oxide enough to get opaque white or do I need zircopax at 8-10%?",
    "SiO2:Al2O3 ratio came out at 7.8 in Glazy, so it should be glossy",
    "Celadon base + 1.5% RIO. Looks greenish-grey on porcelain, muddy on stoneware.",
    "Mason stain 6600 black at 8% over a clear base",
    "Recipe says 'Ferro Frit 3134' but I only have 3124 -- can I swap?",
    "Total = 100; additions (colorants) are NOT counted in the 100.",
    "Rutile blue: 5% rutile + 1% cobalt, layered over tenmoku",
    "Shino, carbon trap, needs soda ash 4–6%",
    "Chun blue – cone 10 reduction – thick application",
    "Mix: 3 parts water to 2 parts dry by weight; specific gravity 1.45",
    "SG 1.42 for dipping, 1.65 for brushing (add CMC gum)",
    "Lithium carbonate 3% -> more fluid, watch for runs",
    "UMF: CaO 0.65, MgO 0.1, KNaO 0.25 | Al2O3 0.35 | SiO2 3.2",
    "Waxy matte 'Buttercup' with 6% Mason 6450 praseodymium yellow",
    "Strontium crystal magic recipe, select the cone 6 variant not cone 10",
    "Barium-free version of the Blue Green Matte — swapped BaCO3 for SrCO3 1:1 by weight",
    "Add 0.5% Epsom salt to flocculate if it settles hard",
    "Copper carb 2% + 0.5% tin = chartreuse in ox; need to test drop union of two recipes though",
    "Zinc-free clear for underglaze: Frit 3195 85 / EPK 15",
    "Glaze #14 (“Oatmeal”) — dolomite 20, talc 5, feldspar 40, EPK 20, silica 15",
    "Ash glaze: 40 wood ash (washed, sieved) / 40 feldspar / 20 ball clay",
    "Orange: 8% Mason 6027 Tangerine needs a zinc-free, high-calcium base",
    "Note to self: the green bucket is the OLD batch, the new one is labelled v2",
    "MgO matte – dolomite 25 / talc 10",
    "Hares fur tenmoku: 10% RIO",
    "What does 'LOI' mean on the material data sheet? loss on ignition?",
    "Jun glaze, 8% bone ash; thicker at rim & thinner at foot",
    "Ratio of frits: 3134 / 3124 = 1:1",
    "Tin 5 + Zircopax 5 vs Zircopax 12 alone -- which is whiter?",
    "Cobalt carbonate ≈ 1.5× cobalt oxide by weight for the same colour",
    "Glazy link: https://glazy.org/recipes/12345 (my fork of the Leach 4321)",
    "Leach 4321 clear: feldspar 4, silica 3, whiting 2, kaolin 1",
    "Smaller batch: multiply everything by 0.5 and round to 0.1 g",
    "Turquoise = copper in a high-barium base; I'm avoiding barium, so it'll be more green",
    "Mixing order: water first, then EPK, then everything else; blunge 5 min",
    "Is 'Tile 6 – 3% iron' the same as the one on the shelf marked '6/3Fe'?",
    "Tested Chrome-tin pink; 0.2% chrome, 5% tin. Don't put near other glazes in the kiln.",
    "Volcanic glaze with 2% silicon carbide (SiC) -- bubbles like crazy, in a good way",
    "Matte black: 5% RIO, 3% manganese dioxide, 2% cobalt oxide (wear a mask!)",
    "Nepheline syenite 270 mesh vs 400 mesh, any difference?",
    "Recipe from Mastering Cone 6 Glazes, p. 112 — 'Waterfall Brown'",
    "Borate source: Gerstley Borate OR Ferro 3134 (about 1.6x the amount)",
    "100 Mixed -> 2 tbsp Darvan 7 to thin",
    "Variegated = rutile + iron; the breaking over edges is the whole point",
    "Saturated iron red: 12% RIO, cool slowly 100°C/hr from 1100 to 900",
    "Cone 6 satin base 'Studio A' (updated 2024-03-11)",
    "Pour thickness ~ 2 credit cards; dip 3 seconds",
    "Crawling happened where the glaze was > 2mm thick",
    "Majolica base: Frit 3124 65, Nepheline 17, EPK 10, Tin 8",
]
gl_mats = ["Custer feldspar", "Silica 325", "Whiting", "EPK", "Wollastonite", "Frit 3134", "Frit 3124", "Talc", "Dolomite", "Nepheline syenite", "Gerstley Borate", "Strontium carbonate", "Zinc oxide", "Ball clay OM4"]
gl_colors = ["RIO", "cobalt carbonate", "copper carbonate", "rutile", "tin oxide", "Zircopax", "Mason 6600", "manganese dioxide", "chrome oxide", "nickel oxide"]
gl_names = ["Satin White", "Ocean Mist", "Toasted Marshmallow", "Moss Matte", "Iron Saturate", "Nuka", "Honey Amber", "Midnight", "Celadon II", "Slate Blue", "Pebble", "Ember"]
gl_cones = ["cone 04", "cone 5", "cone 6", "cone 6 ox", "cone 10 reduction", "cone 9"]

def glaze_tpl(r):
    mats = r.sample(gl_mats, 4)
    parts = [r.randint(5, 40) for _ in mats]
    body = ", ".join("%s %d" % (m, p) for m, p in zip(mats, parts))
    return "%s (%s): %s + %d%% %s" % (r.choice(gl_names), r.choice(gl_cones), body, r.randint(1, 9), r.choice(gl_colors))
CATS.append(("glaze_recipe", glaze_lit, glaze_tpl))

# 2. firing schedules / kiln controller
fire_lit = [
    "Slow bisque: 80°F/hr to 220°F, hold 8 hr, 200°F/hr to 1000°F, 300°F/hr to cone 04",
    "Seg 1: 200/hr -> 1000F hold 0; Seg 2: 400/hr -> 2100F; Seg 3: 120/hr -> 2232F hold 10",
    "Cone 6 slow cool: down 150°F/hr to 1500°F, then off",
    "Controller shows E-1 again — elements are probably worn",
    "Bartlett Genesis: select 'Cone Fire', speed = slow, cone 06, preheat 2:00",
    "Candling overnight at 180°F for thick handbuilt pieces (> 1\")",
    "Ramp 1 = 100 C/h to 600 C; ramp 2 = 150 C/h to 1000 C; ramp 3 = 60 C/h to 1222 C, hold 15 min",
    "Firing log #231: start 06:10, witness cone 6 bent at 11 o'clock; kiln sitter tripped at 14:52",
    "TC offset +18°F (thermocouple reading low vs cones)",
    "Skutt KMT: Review > Program > 'User 3' > Ramp/Hold",
    "Drop and hold: fire to 2232, drop 100°F/hr to 2100, hold 20 min — helps pinholes",
    "Don't open the lid until it reads < 150°F!",
    "Quartz inversion at 573 °C — go slow between 600 and 500 on cooling",
    "Crystal glaze: fire to 2250, crash cool to 1900 (off), hold 3 hrs for crystal growth",
    "Raku: pull at ~1800°F when glaze looks wet and shiny, into the sawdust can",
    "Pit fire Saturday, wood/manure/sawdust; bring salt, copper sulfate, banana peels",
    "Err 7 on the L&L panel; manual says check the relay board",
    "Kiln wash on shelves: 50/50 alumina hydrate + EPK",
    "Peep plugs in until 1000°F, then out for the vent",
    "Vent fan ON for the whole bisque; turn OFF after 1400°F on glaze fire",
    "Bisque to cone 04 = 1945°F (medium speed)",
    "Cone 6 = 2232°F (at 108°F/hr final ramp, Orton chart)",
    "Why does my cone 6 glaze fire take 11 hours? used to be 8",
    "Load: 3 full shelves + 1 half shelf, 4 posts each, 1\" clearance from elements",
    "Schedule 'GLZ6-SLOW' | 4 segments | total 10h 35m",
    "Kiln #2 is down for maintenance from Mon–Wed; use #1 or #3",
    "Fire log: top 2229, middle 2236, bottom 2218 — zone 3 runs cold",
    "Controller beeped 'FTL' (failed to reach) at 2180°F",
    "Electric kiln relays: replace every ~150 firings",
    "Ramp/hold: 1) 60/h -> 120 hold 4h 2) 150/h -> 600 3) 250/h -> 1000",
    "Reduction at cone 010 in the gas kiln, body reduction for 30 min",
    "Damper in 2\", secondary air closed, back pressure flame at the spy",
    "Witness cones: 5 / 6 / 7 on the middle shelf",
    "Cooling was fast: 2200 -> 1200 in 1.5 h. No wonder the matte is glossy.",
    "Lustre firing to cone 018, vent well",
    "Decal firing: 06 fast, hold 10 min",
    "Can someone drop my pots into the Thursday firing? I'm away Tue & Wed",
    "Kiln schedule for March is in the shared calendar (kilns@studio)",
    "Glaze fire booked: Kiln B, Fri 14 June, 2 shelves",
    "Fast glaze: 400/hr to 2000, 150/hr to 2185, 60/hr to 2232, hold 10",
    "Please don't change the 'Cone 6 Studio' program without telling Maya!",
    "Delay start set to 2:30 so it peaks around 10am",
    "Thermocouple type K, ceramic-sheathed",
    "Max temp exceeded alarm? kiln shuts off at 2400F",
    "Fired soda kiln: 3 lb soda ash in water, sprayed at cone 9",
    "Anagama update — day 4, stoking every 7 minutes, cone 12 down in front",
    "Hold at 1100°C for 30 min on cooling for more matte",
    "Overnight candle + medium bisque ≈ 16 h total",
    "°C/°F conversion: 1222°C ≈ 2232°F",
    "Firing cost: 14.2 kWh × $0.18 = $2.56",
    "Controller showed 'PF' – power failure during the night. Restart from current temp?",
    "Pyrometer reads 1284°C but cone 10 only half down",
]
f_rates = [60, 80, 100, 108, 120, 150, 200, 250, 300, 400, 500]
f_temps = [220, 600, 1000, 1100, 1700, 1900, 2000, 2100, 2185, 2232]
f_names = ["Bisque04", "Glaze6", "SlowCool", "Crystal", "Luster", "Candle", "Decal"]

def fire_tpl(r):
    segs = []
    for i in range(r.randint(2, 4)):
        segs.append("Seg %d: %d°F/hr to %d°F hold %d" % (i + 1, r.choice(f_rates), r.choice(f_temps), r.choice([0, 5, 10, 15, 30])))
    return "Program %s-%d | " % (r.choice(f_names), r.randint(1, 9)) + "; ".join(segs)
CATS.append(("firing_schedule", fire_lit, fire_tpl))

# 3. clay body notes
clay_lit = [
    "B-Mix 5 with grog, 25 lb bag, shrinkage ~12%",
    "Wedging: 100 rams-head turns; spiral if it's > 5 kg",
    "Recycled clay (reclaim) is in the blue bins; please slake it first",
    "Porcelain 'Frost' is translucent at 3mm, cone 6",
    "Absorption test: 1.8% after cone 6 — good for functional",
    "Stoneware vs porcelain vs earthenware: which is best for beginners?",
    "Terracotta red, cone 04–02, absorbs around 8%",
    "Too short — add 2% bentonite and let it age a week",
    "Plasticity: coil a 1/4\" rope around a finger; cracks = short clay",
    "Paper clay: 20% by volume toilet-paper pulp, drains better if you strain it",
    "Wet weight 1000g -> dry 920g -> fired 850g",
    "Shrinkage bar: 100 mm marked, 88 mm after firing = 12% total",
    "Laguna WC-881 'Speckled Buff' -- pretty under clear",
    "Drying too fast? cover handles with plastic & wax the rims",
    "Leatherhard -> bone dry -> bisque -> glaze",
    "Slip: same clay + water, consistency of yoghurt",
    "Deflocculated casting slip: Darvan 7 0.3%, SG 1.78",
    "Clay body recipe: Hawthorn fire clay 25 / Goldart 25 / OM4 20 / Custer 15 / silica 15",
    "Mold release: murphy's oil soap diluted 1:3",
    "Don't mix black clay and white porcelain on the same wheel without cleaning",
    "Got 'S' cracks on the bottom of every bowl — compress the base with a rib!",
    "Clay storage: bags stacked max 5 high, keep off the concrete floor",
    "Grog sizes: 30-mesh fine, 20-48 medium",
    "I'm allergic to the red clay? my hands get itchy — any tips?",
    "Silica dust: mop, don't sweep. HEPA vac only.",
    "Dry trimmings go into the reclaim bucket; NOT the sink",
    "Clay trap under the sink needs emptying every Friday",
    "Standard 266: really tight, great for throwing tall",
    "Colored porcelain: 5% Mason stain wedged in, wear gloves",
    "Nerikomi – agateware – stack, slice, and roll",
    "Pug mill jammed again; switched off and unplugged, note left on it",
    "Thickness ≈ 6 mm for mugs, 8-10 for big platters",
    "Reclaim: dry out on plaster bats, wedge well",
    "My clay is all air bubbles after pugging.. any idea?",
    "Earthenware needs glaze inside to hold water",
    "Crank clay is great for handbuilding sculptures",
    "Cone 6 speckled stoneware 'Oatmeal' — manganese specks bleed through glaze",
    "Local wild clay test: dug by the creek, sieved 40 mesh, fires orange at 04, melts at 6",
    "Slump test on wild clay: bloated at cone 4 (too much iron)",
    "Brand comparison | shrink | absorption\nB-Mix | 12% | 1.5%\nSpeckled | 11% | 2.0%",
    "Warping on plates: dry slowly upside down on a bat",
    "Sgraffito works best at soft leather-hard",
    "Throwing water + a little vinegar helps attach slip? (heard that, not sure)",
    "Old clay smells like a pond = bacteria, totally fine, even more plastic",
    "Use the slab roller at 1/4\" setting, then 3/16\" for plates",
    "Pinch pot exercise: 1 lb ball, thumb in, turn and squeeze",
    "Wheel #7 pedal sticks; use #6 for now",
    "Need 50 lbs of the white stoneware for my class -- order by Thursday",
    "Firing range of clay body = cone 5–7",
    "Flux content too high → body bloats above cone 6",
    "Clay body is ‘vitrified’ when absorption < 1%",
    "Tip: sign your pots on the foot with a needle tool",
]
c_names = ["B-Mix", "Speckled Buff", "Frost porcelain", "Red Rock", "Black Mountain", "Stoneware 266", "Raku white", "Terracotta", "Dover white", "Grolleg porcelain"]
c_notes = ["great for throwing tall", "warps a bit on plates", "shrinks about 12%", "crazes with the studio clear", "lovely under celadon", "too gritty for trimming", "best at cone 6", "dries fast, cover handles", "good for handbuilding", "pinholes under satin white"]

def clay_tpl(r):
    return "%s (%d lb bag, lot %s%d): %s; %s." % (r.choice(c_names), r.choice([25, 50]), r.choice("ABCDK"), r.randint(100, 999), r.choice(c_notes), r.choice(c_notes))
CATS.append(("clay_body", clay_lit, clay_tpl))

# 4. class bookings
class_lit = [
    "Wheel Throwing 101 — Tuesdays 6:30–9pm, 8 weeks, $320",
    "Hi! Can I switch from the Saturday handbuilding class to Sunday? Thanks, Anna",
    "Booking for 2 adults + 1 kid (age 9) for the Family Clay Day",
    "Cancellation policy: full refund > 7 days before; 50% 3-7 days; none < 48h",
    "I'll be 10 min late tonight, sorry!!",
    "Please add me to the waitlist for Intermediate Glazing (Feb)",
    "Gift voucher code: CLAYLOVE-2024 (from my sister)",
    "Do I need to bring my own tools? I have a basic kit: needle, wire, ribs, sponge",
    "Wheel throwing for absolute beginners; no experience? no problem",
    "Name: Siobhán O'Connell / email: siobhan.oconnell@example.ie",
    "Participants: José Núñez, Zoë D'Souza, Łukasz Wiśniewski",
    "Kurs: Töpfern am Wochenende, Sa+So 10–16 Uhr",
    "陶芸体験コース、土曜日の午後2時から予約したいです",
    "Réservation pour l'atelier tournage du mercredi, 2 personnes",
    "Clase de cerámica para niños - ¿hay plazas el sábado?",
    "수요일 저녁 물레 수업 예약 가능할까요?",
    "Private lesson request: 1:1, 2 hours, focus on trimming and handles",
    "Studio membership: 24/7 access? or only during open studio hours?",
    "Member since 2019 -- need to renew my shelf space (#B-14)",
    "Birthday party for 8 kids, painting bisque mugs; any nut allergies policy?",
    "Team building event for 15 ppl, Fri 3pm-5pm, corporate invoice to accounts@company.example",
    "Date night: couples wheel class, Sat 7pm, booking ref #A1029",
    "I have arthritis in my hands — is handbuilding easier than the wheel?",
    "Can I pay in 2 installments? $160 now & $160 week 4",
    "Booking confirmed: Raku Weekend (Jun 8–9) — spots left: 3/10",
    "Need a wheelchair-accessible wheel please",
    "Where do I park? The map link says 'Unit 4, Kiln Lane'",
    "Refund request for the cancelled Thursday session (instructor sick)",
    "Course outline: wk1 centering, wk2 cylinders, wk3 bowls, wk4 trimming, wk5 handles, wk6 glazing",
    "Will my pots be fired after the course ends? how long until pickup?",
    "Pickup window: 3 weeks after the last class, then pots go to the 'free shelf'",
    "Signed up twice by accident (order 5521 and 5522) — please cancel one",
    "Instructor: Kenji Watanabe (he/him)",
    "Sliding-scale seats available; just email us, no questions asked",
    "Hi, my daughter's name is Mary-Kate O'Brien-Smith, is the hyphen a problem on the form?",
    "Teen class (13-17): parental consent form needed",
    "Open studio: Mon/Wed 10-4, Sat 12-6 (members only)",
    "Sorry, class is full. Next available: Mar 3 or Mar 10",
    "Please select the time slot from the drop-down and then press Book",
    "Group discount: 4+ people = 10% off",
    "Do you offer ceramics classes in Spanish? ¿o en inglés solamente?",
    "My voucher expired last week :( can it be extended?",
    "Booking note: vegetarian lunch please (weekend intensive)",
    "Class recap: we made 5 cylinders each, the best 2 get trimmed next week",
    "Apron & towel provided; wear clothes that can get muddy",
    "Instructor notes for week 3 → bowls: open wide, compress, leave 1cm floor",
    "Can we bring wine to the Friday night class? BYOB?",
    "Add-on: extra firing for 4 pieces ($5 each)",
    "Class ID: WT-101-SPR24-TUE",
    "The 6pm session conflicts with my work shift; is there a 7:30?",
    "Thanks for the amazing weekend! My bowl is wonky but I love it ❤️",
    "Mug workshop - max 8 participants - all levels",
]
cl_names = ["Priya Natarajan", "Tomás Ó Briain", "Emily Chen", "Oluwaseun Adeyemi", "Marie-Claire Dubois", "Dmitri Ivanov", "Ana O'Neill", "Hiroshi Tanaka", "Fatima Al-Sayed", "Björn Lindqvist"]
cl_courses = ["Wheel Throwing 101", "Handbuilding Basics", "Glaze Chemistry", "Raku Weekend", "Kids Clay Club", "Surface Decoration", "Intermediate Wheel"]
cl_days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]

def class_tpl(r):
    n = r.choice(cl_names)
    return "Booking: %s — %s, %s %d:%02d, %d seat(s), contact %s@example.com" % (
        n, r.choice(cl_courses), r.choice(cl_days), r.randint(9, 19), r.choice([0, 15, 30, 45]), r.randint(1, 4),
        n.split()[0].lower().replace("'", "").replace("é", "e").replace("á", "a").replace("ö", "o"))
CATS.append(("class_booking", class_lit, class_tpl))

# 5. gallery descriptions
gal_lit = [
    "Moon jar, porcelain, cone 10 reduction. Thrown in two halves and joined at leather-hard.",
    "'Tidal' — a series of wall tiles inspired by the Cornish coast, 2023",
    "Stoneware vase with ash glaze; wood fired for 5 days in an anagama",
    "Untitled (vessel no. 4), earthenware, terra sigillata, pit fired",
    "Exhibition: “Earth & Fire” — opening night Fri 6pm, wine & nibbles",
    "The artist explores the tension between control and chance <i>not literally</i> in the kiln",
    "Set of 6 tea bowls (chawan), shino glaze, carbon trapping",
    "Sculptural piece, 45 × 30 × 22 cm, hand-built coils, unglazed exterior",
    "Inspired by Lucie Rie and Hans Coper; thin-walled, sgraffito through manganese slip",
    "Kintsugi repair with 24k gold powder and urushi lacquer",
    "Artist statement: I make pots to be used, not displayed. Drink from them!",
    "Crystalline glazed bottle, zinc silicate crystals, cone 9",
    "Ceramic installation of 300 porcelain leaves suspended from the ceiling",
    "Collaboration with @riverpottery — shared kiln, shared ideas",
    "Medium: stoneware, slips, underglaze pencil. Dimensions: H 28cm",
    "Photograph by Jamie Lee (c) 2024, used with permission",
    "Featured artist of the month: Ngozi Okafor, Lagos → Leeds",
    "La série « Terres » explore les argiles locales de Bourgogne",
    "Keramik-Ausstellung: Gefäße aus Steinzeug, Holzbrand",
    "青磁の花瓶、還元焼成、高さ30cm",
    "This piece was selected for the juried show (1 of 45 out of 600 entries)",
    "Price on request | Sold | Reserved",
    "Gallery hours: Tue–Sat 11–5 · closed Sun/Mon",
    "Alt text: a tall pale blue vase with a narrow neck on a white plinth",
    "Wall plate, majolica on terracotta, painted with lemons and olive branches",
    "Her work 'drops' the ideas of function and form into a single gesture",
    "A union of Japanese and Scandinavian aesthetics — quiet, restrained, honest",
    "The series asks: what is left when the kiln cools?",
    "Soda-fired jugs with flashing on the shoulders",
    "Porcelain cups, celadon inside / unglazed outside, polished with a diamond pad",
    "Large platter (52cm Ø) — thrown off the hump? no, thrown on a 60cm bat",
    "Raku horsehair vase: horsehair applied at ~600°C to create carbon lines",
    "Saggar-fired with copper, ferric chloride and banana peels",
    "Exhibition catalogue PDF: https://studio.example.org/catalogue/2024-spring.pdf",
    "Image credit: gallery archive /images/2023/moonjar_front.jpg",
    "'Fragments' – broken shards recombined with epoxy & gold leaf",
    "Artist talk Sat 2pm: \"Why I stopped using commercial glazes\"",
    "Nominated for the Emerging Maker Award 2024 🏆",
    "Marbled (agateware) bowl, three colored porcelains",
    "Vessel with carved fluting, tenmoku breaking to rust on the edges",
    "Museum loan: do not touch; photography allowed without flash",
    "Series: 12 cups, each a different glaze from the same base",
    "A vase that references the Song dynasty Ru ware, with crackle",
    "Dimensions (H×W×D): 31 × 18 × 18 cm; weight 2.1 kg",
    "Functional: dishwasher-safe, microwave-safe, food-safe glaze",
    "The piece 'Select Memories' is about the objects we keep",
    "Click the image to enlarge; swipe for the back view →",
    "Made during a residency at Jingdezhen, 2019",
    "Tiles: 10×10 cm, 48 pieces, arranged on a 6×8 grid",
    "Sculpture 'Order by Chaos' (2022), stoneware and steel",
    "Curator's note: we chose pots that show the hand of the maker",
    "In collection of the V&A (acc. no. C.12-2021)",
]
g_forms = ["moon jar", "tea bowl", "bottle vase", "platter", "lidded jar", "pitcher", "yunomi", "sculptural form", "tile panel", "bud vase"]
g_glazes = ["celadon", "shino", "tenmoku", "ash glaze", "crystalline", "satin white", "copper red", "nuka", "majolica"]
g_firings = ["wood fired", "soda fired", "cone 6 oxidation", "cone 10 reduction", "raku", "pit fired", "saggar fired"]

def gal_tpl(r):
    return "%s %s, %s, %s. H %d cm. %s." % (r.choice(["Porcelain", "Stoneware", "Earthenware", "Terracotta"]), r.choice(g_forms), r.choice(g_glazes), r.choice(g_firings), r.randint(6, 60), r.choice(["Available", "Sold", "Price on request", "Reserved", "Not for sale"]))
CATS.append(("gallery_description", gal_lit, gal_tpl))

# 6. shop listings
shop_lit = [
    "Handmade stoneware mug, 350 ml, speckled white — $38",
    "Seconds sale! Small glaze flaws, 30% off, all sales final",
    "Set of 4 ramen bowls, tenmoku & rust — ships in 5–7 days",
    "SKU: MUG-SPK-350-WHT | stock: 12",
    "Dishwasher safe? Yes. Microwave safe? Yes. Oven? No (thermal shock)",
    "Shipping: UK £4.95, EU €12, US $18; free over £75",
    "Every piece is unique; slight variations in color & size are normal",
    "Pre-order: restock on 15/04, limited to 2 per customer",
    "Price: €45,00 (inkl. MwSt.)",
    "Gift wrapping +£3 — add a note at checkout",
    "Ceramic planter with drainage hole & saucer, 15cm",
    "Bulk order for a restaurant: 40 plates, 40 bowls — quote please",
    "Wholesale terms: net 30, min order $500",
    "Materials: lead-free, food-safe glaze; stoneware clay fired to 1240°C",
    "Care: hand-wash recommended to keep the matte surface looking new",
    "Tea set: teapot (900ml) + 4 cups, celadon",
    "Out of stock — click 'Notify me' to get an email",
    "Discount code SPRING10 = 10% off (not valid with other offers)",
    "Returns within 14 days; buyer pays return postage",
    "Dimensions: Ø 12cm × H 9cm",
    "Product title: 'Ocean Mist' Espresso Cup (80ml) <3 bestseller",
    "Wheel: Shimpo VL-Whisper, lightly used, $900 OBO, pickup only",
    "Used kiln for sale: Skutt 1027, 3-phase, new elements 2023, $2,500",
    "Clay tools bundle: 3 ribs, 2 loop tools, needle, wire cutter, sponge — $25",
    "Bisqueware for painting: mugs $6, plates $8, bowls $7",
    "Raku fired vase, decorative only (not watertight)",
    "Limited edition of 20, numbered & signed on the base",
    "Order #10234 status: shipped via Royal Mail, tracking in your email",
    "Listing tags: mug, coffee, handmade, pottery, gift, stoneware",
    "Butter dish w/ lid — fits a standard 250g block",
    "Spoon rest, €14 / 2 for €25",
    "Price drop: was $120 → now $95",
    "Our glazes are tested for lead & cadmium release by an accredited lab",
    "Chopstick rests x6, assorted glazes, ¥3,300",
    "Bundle: bowl + mug + plate = $85 (save $15)",
    "Description: a hefty 16oz mug with a thumb rest. Glaze: 'Waterfall Brown'. Holds a LOT of coffee.",
    "Planter sizes: S (10cm) | M (14cm) | L (20cm)",
    "Colourways: sage, oatmeal, midnight, rust",
    "Vase — 'Select your color' drop-down is broken on mobile, pick in notes instead",
    "International shipping: customs fees paid by buyer",
    "Handmade in Bristol by one person (me!) in a garden shed",
    "Each piece is packed in recycled paper & cardboard, no plastic",
    "Custom order: name painted on the mug (+$10, max 12 characters)",
    "Wedding registry set: 8 place settings",
    "Etsy shop moved to https://shop.clayhouse.example/",
    "Kiln shelves 16\" half round, 5/8\" thick, 2 for $60",
    "Cone packs: 5 x cone 6 self-supporting, $8",
    "Jar with cork lid, 500ml — for sugar, coffee, whatever",
    "Note: photos taken in natural light; colors may vary slightly on your screen",
    "Listing #4471 'Blue & white plates (set of 2)' — 1 left!",
    "Wholesale CSV export: sku,name,price,stock",
    "Free local pickup at the studio (Thu 4-7pm)",
]
s_items = ["mug", "bowl", "plate", "vase", "planter", "teapot", "pitcher", "cup", "jar", "dish"]
s_glazes = ["speckled white", "Ocean Mist", "tenmoku", "sage matte", "rust", "celadon", "oatmeal", "midnight blue"]
s_cur = ["$", "£", "€"]

def shop_tpl(r):
    return "%s %s, %s, %d ml — %s%d (%d in stock)" % (r.choice(["Handmade", "Wheel-thrown", "Hand-built", "Seconds:", "Small-batch"]), r.choice(s_items), r.choice(s_glazes), r.choice([80, 150, 250, 350, 450, 600, 900]), r.choice(s_cur), r.randint(8, 180), r.randint(0, 20))
CATS.append(("shop_listing", shop_lit, shop_tpl))

# 7. forum posts / chat
forum_lit = [
    "Anyone else's studio freezing today? The slip buckets have ice on top lol",
    "Re: best wheel for a home studio -- I love my Brent B, quiet & strong",
    "> quote: 'centre before you open'\nYes!! took me 3 months to get that",
    "Just got my first kiln!!! 🎉 any beginner tips?",
    "My throwing got so much better when I stopped using so much water",
    "PSA: don't put your wet bats on the wooden shelves; they warp",
    "Thread: post your worst kiln disaster 😂",
    "Can a mod pin the glaze safety thread? It keeps getting buried.",
    "Honestly the union of form and glaze is the hardest part",
    "So I dropped my greenware bowl... literally. Into the reclaim it goes.",
    "Select all your favourite glaze combos in the poll below ↓",
    "lol my cat walked across my plates again, paw prints everywhere",
    "Has anyone tried the new Amaco Potter's Choice layering? PC-20 over PC-12 is 🔥",
    "Sleep, throw, trim, repeat. That's my week.",
    "For people asking: I'm in Melbourne, we're in cone 6 land here",
    "@mira you can drop by Sunday, I'll have the kiln unloaded by 11",
    "Hot take: kiln sitters > digital controllers for small kilns",
    "Does order by size matter when loading? Big pieces on the bottom?",
    "Who's going to NCECA this year? Let's meet at the booth #212",
    "Shared a timelapse of trimming a foot ring: https://video.example.com/watch?v=abc123",
    "Re: Re: Re: pricing your work -- cost of materials x 3 is a start, not the answer",
    "Beginner question: why do my cylinders twist at the top?",
    "My teacher says 'less water, more patience' -- so true",
    "Les amis, quelle glaçure pour un mug alimentaire à cône 6 ?",
    "Kann mir jemand sagen, warum meine Glasur abblättert?",
    "Buenas, ¿alguien sabe dónde comprar arcilla en Valencia?",
    "陶芸初心者です。電気窯の温度設定について教えてください。",
    "Кто-нибудь пробовал глазури с литием? Делитесь рецептами",
    "@all the studio will be closed for Eid on Wednesday, Eid Mubarak!",
    "First time throwing off the hump — 12 tiny cups in 30 min, felt like a machine",
    "Nope, that's not crazing, it's crawling; different problem",
    "Ugh. Glaze ran and glued the pot to the shelf. Grinder time.",
    "I use a drill + jiffy mixer for 5-gallon buckets; way better than a whisk",
    "Loving the community here <3 you all helped me so much this year",
    "If your clay is too wet, wedge it on plaster. If too dry, slice & spritz.",
    "Saw an amazing talk on 'slow pottery' — anyone have the speaker's name?",
    "TIL: cone 6 isn't a temperature, it's heat work (time + temp)",
    "Made a spreadsheet to track glaze tests: test# | base | colorant | % | result",
    "^ this. also label your test tiles with underglaze pencil, not sharpie",
    "Is it normal for my wrist to hurt after throwing for 3 hrs?",
    "Bought a used Skutt off Craigslist, the seller threw in 40 lbs of clay :)",
    "Mods: please move this to the 'Kilns & Firing' subforum, sorry!",
    "Warning: the cheap kiln wash from $store flakes off. Use alumina based.",
    "Why is everyone obsessed with moon jars lately? (not complaining)",
    "The new member handbook is in the shared drive: Studio/Docs/Handbook_v3.pdf",
    "Glaze swap meetup: bring 1 lb dry glaze in a ziploc, take 1 home",
    "my first handle stayed on!!! 🥲",
    "Q: can I put underglaze on bisque and then clear over it? A: yes, that's standard",
    "Who left the wheel running? 😅 (it was me)",
    "10/10 would recommend the Saturday trimming clinic",
    "Does anyone have the 'Floating Blue' for cone 6 that doesn't go green?",
    "bowl -> plate -> platter: each one harder than the last",
    'Kiln controller on a Raspberry Pi: run `ls /dev/ttyUSB*` then `sudo systemctl restart kilnpi` && it reconnects',
    'My shop template shows ${price} literally instead of the number -- did I break the {{product.title}} tag too?',
    'Tip: in the glaze calc spreadsheet, =SUM(B2:B9) should equal 100 before additions',
    'I keep my test tiles in ../archive/2023 and the new ones in ./tiles -- messy but works',
    "Mug < 350ml <-- too small for my partner's coffee; 450 > 350 obviously",
    'cone 6 -- not cone 06! -- big difference (ask me how I know)',
    'Best order: wax foot; dip inside; dip outside; wipe rim | then sponge the foot',
    'Price math: clay $0.80 + glaze $1.20 + firing $2 = $4 cost; I sell for $38',
    'Drop the attitude, folks 🙂 — everyone starts with wonky cylinders',
    '<rant>why does every glaze I love contain barium</rant>',
]
fo_open = ["Quick question:", "Update:", "Help!", "Just sharing:", "PSA:", "Newbie here:", "Re:"]
fo_topic = ["my mugs keep cracking at the handle", "the celadon came out grey", "centering 5 lb is hard", "trimming feet on wet bowls", "kiln load for Friday", "first raku firing went great", "glaze test tiles from cone 6"]
fo_close = ["any ideas?", "thanks all!", "pics in comments", "so happy :)", "what am I doing wrong?", "will report back"]

def forum_tpl(r):
    return "%s %s — %s" % (r.choice(fo_open), r.choice(fo_topic), r.choice(fo_close))
CATS.append(("forum_post", forum_lit, forum_tpl))

# 8. troubleshooting
trouble_lit = [
    "Crazing on the inside of my mugs after 2 weeks — is it still food safe?",
    "Pinholes everywhere on the satin white; bisque was cone 06, glaze cone 6",
    "Crawling: glaze pulled back into beads, bare clay showing",
    "Shivering (glaze flaking at the rim) — too much silica in the body?",
    "Blistering on the thick areas, especially where I double-dipped",
    "Fix for crazing: increase silica or reduce sodium/potassium (high expansion)",
    "Dunting: cracked right through after glaze firing, cooled too fast?",
    "Bloating in the clay body — overfired or too much iron",
    "Run-off glaze on the shelf; use a cookie (waste slab) next time",
    "Pinholes: try a slower bisque (more burnout) and a 10-min hold at peak + drop/hold",
    "Glaze came out matte instead of glossy → kiln cooled too slowly?",
    "Copper glaze went black — probably applied too thick",
    "Underglaze blurring under clear: fire the underglaze on at bisque first",
    "Chipping rims: glaze too thick at the rim, wipe 2mm",
    "Cracks at the base of handles -- dry slower, compress the joint",
    "S-crack in the bottom: compress, compress, compress",
    "Kiln element broke: 'Err 1' and temp stuck at 1800F",
    "The kiln smells like burnt plastic?! -> probably wax resist burning off, open the vent",
    "Why are my glazes dull after refiring?",
    "Leaking vase: earthenware isn't vitrified, use a waterproof sealer or glaze inside",
    "Bubbles in the clear glaze look cloudy → slow cool helps",
    "Crazing test: boil-ice water cycle 3x, then rub with marker",
    "My celadon has brown specks -> iron contamination from the sieve?",
    "Black core in bisque: carbon not burned out; slow the 700–900°C range",
    "Orange peel texture: too thin spray, or too fast heat",
    "Pots stuck to kiln wash: re-coat shelves, scrape & grind",
    "Glaze turned powdery in the bucket — too much Epsom salt?",
    "Hard-panned bucket: add a little vinegar/Epsom & stir with drill",
    "Matte glaze cuts with knife marks (cutlery marking) -- not enough silica/alumina",
    "Crawling at the edges: wipe the bisque with a damp sponge; dust causes it",
    "Glaze lifting off during application? Bisque was too dusty or greasy (hand lotion!)",
    "Which cone did we actually reach? all three witness cones flat = overfired",
    "Hairline crack in my plate only appeared 3 days after unloading. Ring test = dull thud",
    "Running: drop the flux or add 2–5% EPK",
    "Peeling slip: apply at leather hard not bone dry",
    "Bubbles under the glaze after a 2nd firing -- refiring causes outgassing",
    "Tenmoku rim breaks too much; thinner application",
    "Pinholes only on one side of the kiln -- cold spot near the door?",
    "Red glaze turned clear — too much oxidation, reduce earlier",
    "Celadon crazing is kind of the point ('crackle'), but not for mugs",
    "Kiln not heating: check breaker, then elements with a multimeter (ohms)",
    "Resistance per element should be ~ 9.6 Ω; one reads ∞ = broken",
    "Trimming tearing the clay: it's too dry; spray it & wait 20 min",
    "Warped plates: wide foot, slow drying, fire flat on a sand bed",
    "Base cracks in slab-built boxes: score & slip better, drop the seams with a wet brush",
    "Glaze craters after sanding bisque? don't sand without a respirator",
    "Leach test kit for lead: $25 — but a lab test is better",
    "Error 'TC' on display: thermocouple failed or disconnected",
    "Kiln sitter fired way past cone: cone was bent wrong way in the sitter",
    "The 'matte' comes out glossy at the top & matte at the bottom -> uneven kiln cooling",
    "Cracked lid on teapot: lid and pot must be fired together (same shrinkage)",
    "The pot rings clear → no crack. Dull → crack. Simple.",
]
t_def = ["crazing", "pinholes", "crawling", "shivering", "blistering", "dunting", "bloating", "running", "orange peel"]
t_where = ["inside the mugs", "on the rims", "near the foot", "on thick areas", "on the top shelf only", "after refiring"]
t_fix = ["slow cool from 1900°F", "thinner application", "10-min hold at peak", "slower bisque", "add 5% silica", "clean the bisque first", "drop-and-hold schedule"]

def trouble_tpl(r):
    return "%s %s at cone %d — tried %s, next: %s?" % (r.choice(t_def).capitalize(), r.choice(t_where), r.choice([4, 5, 6, 10]), r.choice(t_fix), r.choice(t_fix))
CATS.append(("troubleshooting", trouble_lit, trouble_tpl))

# 9. search queries
search_lit = [
    "cone 6 clear glaze",
    "celadon",
    "floating blue recipe",
    "kiln wash alumina",
    "pinholes fix",
    "how to select a clay body for mugs",
    "union of two glazes layering",
    "drop and hold schedule",
    "order by price low to high",
    "wheel throwing class near me",
    "raku firing safety",
    "\"moon jar\"",
    "tenmoku -oil spot",
    "mug OR cup",
    "crazing vs crawling",
    "glaze < 10% rutile",
    "cone 04-06 bisque",
    "shino carbon trap",
    "Skutt KM-1027 manual",
    "kiln 'Err 1'",
    "lithium carbonate safety",
    "sgraffito tutorial",
    "ceramic 3D printing",
    "2232°F",
    "kintsugi",
    "陶芸 教室",
    "Töpferkurs Berlin",
    "cerámica gres",
    "poterie émail",
    "ash glaze wood ash washing",
    "bentonite 2%",
    "sleep mode kiln controller",
    "Ruth O'Hara pottery",
    "delete my account",
    "updates from members",
    "where is the exit / fire door",
    "tenmoku & rust",
    "#cone6 #glaze",
    "sort: newest",
    "glaze SG 1.45",
    "studio rules",
    "price:<50 mugs",
    "handles | pulling",
    "porcelain translucency",
    "slip trailing",
    "copper red reduction",
    "UMF calculator",
    "kiln vent install",
    "Bartlett Genesis error codes",
    "how to drop shipping costs",
    "glaze/underglaze compatibility",
    'select glaze where cone = 6',
    'drop table legs for pottery wheel',
    "'Floating Blue' & 'Rutile Blue'",
    "crystal glaze zinc silicate",
]
q_terms = ["cone 6", "celadon", "tenmoku", "satin matte", "crawling", "pinholes", "bisque", "raku", "porcelain", "handles", "trimming", "kiln shelf", "slip", "underglaze"]
q_mod = ["recipe", "tutorial", "help", "for sale", "class", "near me", "schedule", "video", "price"]

def search_tpl(r):
    return "%s %s" % (r.choice(q_terms), r.choice(q_mod))
CATS.append(("search", search_lit, search_tpl))

# 10. profile / settings / imports
prof_lit = [
    "Hannah O'Reilly",
    "D'Angelo Martínez-Ruiz",
    "李 静",
    "Ngũgĩ wa Thiong'o Pottery",
    "bio: potter, mum of 2, tea drinker. Cone 6 ox in a garage kiln.",
    "Website: https://www.wildearthceramics.example/",
    "Instagram: @muddy.hands.studio",
    "Email: kate.o'malley@example.co.uk",
    "pronouns: she/they",
    "Location: Stoke-on-Trent, UK",
    "Notification settings: email on booking ✔, SMS ✘",
    "Timezone: Europe/Lisbon (UTC+0/+1)",
    "Display name: ~clay_witch~",
    "Studio address: Unit 4, Kiln Lane, Bristol BS1 6XX",
    "Phone: +44 7700 900123",
    "Import: glazes.csv (23 rows) from Glazy export",
    "File: C:\\Users\\maria\\Documents\\Pottery\\glaze_tests_2024.xlsx",
    "Path: ~/pottery/kiln-logs/2024-05-01.txt",
    "Backup saved to /home/sam/Documents/studio/backup.json",
    "../firing-photos/IMG_2231.jpg (relative link in my notes, please keep it)",
    "Signature: — Ana | Clay & Co. | https://clayandco.example",
    "Language: Português (Brasil)",
    "Units: °F / lb (imperial)",
    "Units: °C / g (metric)",
    "Theme: dark",
    "Default kiln: Skutt KM-1027 (3-phase)",
    "Two-factor: on (authenticator app)",
    "Newsletter: weekly digest",
    "Membership tier: Studio Plus — 24h access, 2 shelves",
    "Bio: Ich töpfere seit 2015, hauptsächlich Steinzeug & Porzellan.",
    "Bio: Céramiste à Lyon, j'aime les émaux cendres.",
    "自己紹介：京都で陶芸をしています。",
    "Bio: ceramista en Oaxaca, barro negro 🖤",
    "Emergency contact: Tom (husband) 555-0143",
    "Allergies: latex (please no latex gloves in the shared bin)",
    "Preferred wheel: left-handed (clockwise)",
    "Shelf label: B-14 / Rivera",
    "Markdown in bio: **potter** & _teacher_ — [my shop](https://shop.example.net)",
    "Tax ID: placeholder-000-000",
    "Payout account: ending •••• 4821",
    "Calendar sync URL: https://calendar.example.com/ical/abc123def.ics",
    "Import from CSV: name,cone,base,colorant\nOcean,6,clear,cobalt 1%",
    "Studio rules accepted: yes (v3, 2024-01-10)",
    "Team: Beginner Tuesdays; role: assistant",
    "Maker's mark: a small 'ᚱ' rune stamped in the foot",
    "Gallery slug: mira-okonkwo-ceramics",
    "Password hint: (none)",
    "Fav cone: 6 ;) fav glaze: anything with rutile",
    "Display order: newest first",
    "Avatar: me_at_the_wheel.png (2.4 MB)",
    "Export my data → zip with bookings.json, glazes.json, photos/",
    "Mary-Jane d'Arcy-Beaumont",
    "Zoë Ångström",
    "Notes path: /Users/lena/Pottery/../Shared/kiln_logs (symlinked, don't ask)",
    'Email template greeting: Hi {{first_name}}, your pots are ready!',
    "Signature: Rafa 'mud' Costa -- studio tech & kiln wrangler",
    'Backup script: rsync -av ~/pottery/ /mnt/nas/pottery/ && echo done',
]
p_first = ["Aoife", "Chidi", "Lena", "Rafael", "Yuki", "Sven", "Amara", "Niamh", "Ravi", "Élodie", "Kwame", "Ines"]
p_last = ["O'Sullivan", "Okafor", "Müller", "Costa", "Sato", "Berg", "Diallo", "Kelly", "Sharma", "Lefèvre", "Mensah", "García"]
p_role = ["studio member", "instructor", "visiting artist", "beginner", "kiln tech", "gallery volunteer"]

def prof_tpl(r):
    return "%s %s — %s since %d, prefers cone %s, shelf %s-%d" % (r.choice(p_first), r.choice(p_last), r.choice(p_role), r.randint(2008, 2024), r.choice(["04", "6", "10"]), r.choice("ABCD"), r.randint(1, 30))
CATS.append(("profile_settings", prof_lit, prof_tpl))


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "benign.jsonl")
    rows = []
    n = 0
    seen = set()
    for name, lits, tpl in CATS:
        vals = []
        for v in lits:
            if v not in seen:
                seen.add(v)
                vals.append(v)
        assert len(vals) >= 50, (name, len(vals))
        vals = vals[:PER_CAT]
        while len(vals) < PER_CAT:
            v = tpl(rng)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": name, "label": "benign", "value": v})
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), out))


if __name__ == "__main__":
    main()
