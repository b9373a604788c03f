#!/usr/bin/env python3
"""Benign corpus for skiresort (ski resort operations and guest app). Stdlib only."""
import json
import os
import random

SEED = 16301
PREFIX = "hbf7"
PER_CAT = 80
rng = random.Random(SEED)

CATS = []

# ---------------------------------------------------------------- lift-status
LIFT_LIT = [
    "Gondola A open",
    "Chair 4 on wind hold",
    "Summit Express: delayed opening, ETA 09:45",
    "Kids' magic carpet closed until the snowmaker moves",
    "T-bar 2 — open to the top, upper exit icy",
    "Wind hold on Gipfelbahn, gusts > 70 km/h at the top station",
    "Chair 6 running at reduced speed (ice on the haul rope)",
    "Closed for the season",
    "Opening 10:30 after avalanche control on the upper bowl",
    "Last ride up 15:45 — last ride down the gondola 16:30",
    "Sesselbahn Hochalm: Betrieb eingestellt wegen Sturm",
    "Télésiège des Crêtes fermé — vent fort",
    "Seggiovia Col Alto aperta fino alle 16:00",
    "リフト3号線 強風のため運休中",
    "Stolica Kasprowy: wstrzymana, silny wiatr",
    "Lift 7 status: OPEN | queue ~5 min | temp -12°C",
    "Queue at base: 20+ min, use Chair 3 -> Traverse to reach the summit",
    "Board message: \"Beginner lifts only today, sorry folks!\"",
    "Mechanical issue on the bullwheel; techs on site. Update at 11:00.",
    "Reopened 12:15 after a power dip — thanks for your patience",
    "Chair 9 (Backside Quad): standby, will open if the ridge wind drops below 50 km/h",
    "Platter lift 1 open; please keep skis in the track, don't sit on the disc",
    "Status feed says OPEN but the lifties say it's still on hold. Which one is right?",
    "Eagle 6-pack: loading zone moved 2 m back, follow the orange cones",
    "Night skiing on Chair 2 tonight 18:00–21:00",
    "Gondola cabins 14 and 22 pulled for inspection, expect longer gaps",
    "Upper section on hold; lower section running to mid-station only",
    "Open → Hold → Open again, flip-flopping all morning because of the gusts",
    "Lift 5 closed; select an alternate route via Lift 4 or Lift 8",
    "Drag lift 'Bärli' open for ski school groups only until 10:00",
    "Funicular running every 12 min; the 08:12 is the first departure",
    "Chair 11 (Powder Keg) delayed — ropes being de-iced, ~30 min",
    "Wind at top station 45 km/h, gusts 65; chair stays on hold for now",
    "Status: OPEN (weekends & holidays only)",
    "Lift board update 08:02: 14/18 lifts open, 2 on hold, 2 closed",
    "Kabinenbahn Talstation – Wartezeit ca. 15 Min.",
    "Telesilla El Cubil abierta, viento moderado",
    "缆车1号 已开放，山顶风速较大，请注意保暖",
    "Stoleheis 3 stengt pga. vind",
    "Подъёмник №2 временно закрыт из-за ветра",
    "Chair 3 opens at 9 sharp; line up early, first chair at 8:59 is a myth",
    "Hold on Chair 8 — medical call in the unload area, patrol en route",
    "Evacuation drill on Gondola B, 14:00-15:00, no public loading",
    "The lift map shows Chair 12 as 'coming soon' – is that for this season?",
    "Surface lift 'Baby Tow' down (motor fault)",
    "Wind speed > 60 km/h: all chairlifts above 2,400 m on hold",
    "Running on diesel backup; reduced speed until grid power is restored",
    "Tram 25-min interval today, cabins full from 09:00",
    "Expect delays on Chair 1 — loading with adaptive sit-ski program 10:00–11:00",
    "Lift 4 & Lift 5 connected via the new cat track, signs posted",
    "Update 13:40: Chair 10 back online after the union lunch swap",
    "Lift status widget shows 'undefined' for the T-bar on my phone",
]
LIFT_NAMES = ["Chair 2", "Gondola B", "Summit Express", "T-bar 1", "Chair 7", "Hochalmbahn",
              "Télécabine du Lac", "Eagle 6", "Backside Quad", "Panorama 8er", "Chair 12", "Magic carpet 2"]
LIFT_STATES = ["open", "on hold", "closed", "delayed", "reduced speed", "open to mid-station"]
LIFT_WHY = ["wind gusts at the top", "grooming crossing", "power dip", "ice on the rope",
            "avalanche control above", "staff shortage", "inspection", "low visibility",
            "rescue drill", "snowmaking on the run"]


def lift_tpl(r):
    return "%s %s — %s (%02d:%02d)" % (r.choice(LIFT_NAMES), r.choice(LIFT_STATES),
                                      r.choice(LIFT_WHY), r.randint(7, 16), r.choice([0, 15, 30, 45]))


CATS.append(("lift-status", LIFT_LIT, lift_tpl))

# ---------------------------------------------------------------- snow-report
SNOW_LIT = [
    "Fresh: 12 cm overnight, 35 cm in 48 h",
    "Base depth 145 cm at the summit, 60 cm at the base",
    "Packed powder on groomers, wind-affected up top",
    "Temperature -8°C at 08:00, rising to -2°C by noon",
    "Spring conditions: firm early, corn by 11, slush after 14:00",
    "Neuschnee 25 cm, Pulver oben, Piste unten etwas eisig",
    "Neige fraîche : 18 cm, poudreuse au sommet ☀️",
    "Neve fresca 10 cm, piste battute in ottime condizioni",
    "新雪 30cm！パウダー最高",
    "Świeży śnieg 15 cm, warunki bardzo dobre",
    "Nysnø 20 cm, god skiføre i toppen",
    "Свежий снег 8 см, трассы подготовлены",
    "Nieve polvo 22 cm, visibilidad reducida en cotas altas",
    "Snow report 2024-02-14 | new: 5 cm | base: 180 cm | runs open: 62/75",
    "Visibility < 50 m in the bowl, flat light everywhere else",
    "Wind crust above the tree line, stick to the trees for the soft stuff",
    "Snowfall rate 2–3 cm/h since 04:00, expect 20+ by lunch",
    "Snow line around 1,600 m; rain below that, so the village runs are heavy",
    "Overnight low -15°C; snowmaking ran on runs 3, 7 and 12",
    "Machine-made base on the lower mountain, natural snow above mid-station",
    "SWE 28 mm from yesterday's storm, density roughly 9%",
    "Top: -14°C, wind NW 30 km/h, feels like -24°C. Cover your face.",
    "Forecast: 10-20 cm Thursday night → bluebird Friday",
    "Groomed: 42 of 58 runs. Ungroomed: bumps on Widowmaker and The Chute",
    "Icy patches on the lower cat track; take it easy near the bridge",
    "Report: \"variable\" — which honestly means ice with some snow on it",
    "Snowpack total 210 cm on the stake at the weather plot",
    "Is the 24h number measured at the summit or at the base? It says 15 cm but we saw nothing downtown",
    "Updated 07:15, next update 12:00",
    "Powder alarm 🚨 40 cm and still dumping",
    "Surface hoar on north aspects; good skiing, bad news for the next storm",
    "Snow depth at the base is 0 cm — village run closed, download via gondola",
    "Graupel showers this afternoon, sticky snow below 1,800 m",
    "Sun crust on south faces by 13:00, stay on the shady side",
    "Freeze-thaw cycle continues: hard in the morning, perfect at 11",
    "Snow report API returned null for 'new_24h' again this morning",
    "Avg. temp this week: -6 °C | sunshine hours: 31 | new snow: 48 cm",
    "Cross-country trails: 35 km classic, 28 km skate, freshly set tracks",
    "Halfpipe cut this morning; park features: 24 open, jumps on the big line closed",
    "Old snow surface under 5 cm fresh, so it'll feel grippy on the groomers",
    "Δ base depth vs. last year: +35 cm",
    "Snow quality survey: powder / packed / hardpack / ice / slush — pick one",
    "Temperatures near 0 °C at the base, slushy runouts from 13:00",
    "Rain-on-snow event yesterday; expect a breakable crust everywhere below 2,000 m",
    "Schneehöhe Berg 190 cm / Tal 70 cm — Lawinenwarnstufe 3",
    "Trails: 🟢 12 🔵 20 ⚫ 14 ⚫⚫ 6 open",
    "Webcam at the summit is frozen; the snow stake photo is from yesterday",
    "Best snow: skier's left of Chair 5, north-facing, untouched until 10ish",
    "Snowcat tracks on the ridge were from the avalanche team, not open terrain",
    "We got 3 inches / 8 cm, not the 6 inches the app promised lol",
    "Season total so far: 412 cm (avg. to date: 380 cm)",
    "Wet snow warning: glide cracks opening on grassy slopes above the road",
]
SNOW_ZONE = ["summit", "mid-station", "base", "north bowl", "glacier", "village runs", "back side"]
SNOW_SURF = ["powder", "packed powder", "hardpack", "corn", "crust", "wind-buff", "slush", "groomed corduroy"]


def snow_tpl(r):
    return "%s: %d cm new, base %d cm, %s, %d°C" % (r.choice(SNOW_ZONE), r.randint(0, 45), r.randint(40, 260),
                                                  r.choice(SNOW_SURF), r.randint(-22, 3))


CATS.append(("snow-report", SNOW_LIT, snow_tpl))

# ---------------------------------------------------------------- ski-school
SCHOOL_LIT = [
    "Private lesson for 2 kids (6 and 8), first time on skis",
    "Can we book the same instructor as last year? Her name was Ana-Lena.",
    "Group lesson, intermediate, 3 mornings (Tue–Thu)",
    "My son Liam O'Connor is 5 — is he old enough for the Snow Kids program?",
    "Please put Chloé and Zoë in the same group, they're cousins",
    "Adult beginner, a bit nervous, would prefer a patient instructor :)",
    "Snowboard lesson — goofy stance, can link turns on blues",
    "Privatstunde für 2 Erwachsene, Fortgeschrittene, Freitag 10–12 Uhr",
    "Cours collectif enfants, niveau Ourson, du lundi au vendredi",
    "Lezione privata telemark, livello principiante",
    "子供2人、スキースクール初心者クラスを希望します",
    "Clase particular en español por favor, somos de Valencia",
    "Szkółka narciarska dla 7-latka, poziom średniozaawansowany",
    "Need to cancel Saturday's lesson — kid has a fever. Refund or credit?",
    "Booking ref SS-2024-0193: change pickup from 09:00 to 09:30",
    "Allergies: peanuts & tree nuts — please tell the lunch program staff",
    "He can do pizza but not french fries yet, so probably level 2?",
    "Is lunch included in the full-day kids camp, or do we pack one?",
    "Adaptive lesson request: sit-ski, rider is a T10 paraplegic with good core strength",
    "We want off-piste coaching, not a lesson. Is a guide + instructor combo possible?",
    "Level chart: 1 = never skied, 2 = snowplough, 3 = parallel on greens, 4 = blues > 5 = reds",
    "My daughter is between levels 3 and 4 — select whichever has the smaller group",
    "Instructor requested: 'Big Dave' from the Tuesday crew",
    "Race camp, U14, gates on Wednesdays & Fridays",
    "3 adults + 1 teen; teen is a better skier than all of us 😅",
    "Pick-up at the kids' club; mum's phone +44 7700 900123",
    "Could the lesson meeting point be the top of Gondola A instead of the base?",
    "Lesson feedback form says 'drop a comment' — OK: our coach was brilliant",
    "We'd like 2 hrs private on powder day; book me on the wait list if full",
    "Ski school email bounced: bookings@skischool-sunalp.com, is that right?",
    "Group size max? Last time there were 11 kids with one instructor",
    "Freestyle park lesson: boxes and small jumps, no rails please",
    "Payment: split 50/50 between two families, can you send two invoices?",
    "Is there a discount for 5+ days? The page says '-15% ab 5 Tagen'",
    "Ona Kowalczyk (9), Maja Kowalczyk (7) — same group if possible",
    "Certificate / medal ceremony Friday 15:00, parents welcome",
    "Children must wear a helmet; rental helmets available at the shop",
    "Hi! My name's Siobhán Ní Bhriain, booking for me and my husband",
    "Drop-off 08:45, lesson 09:00-12:00, lunch 12:00-13:00, pickup 15:30",
    "Please union both bookings under one account (same family, two emails)",
    "Special needs: autism, needs a calm start & visual cues; he loves trains",
    "Cross-country skating lesson, 90 min, I'm fit but never skated",
    "The booking form won't accept the apostrophe in D'Angelo",
    "Backcountry touring intro: skins, kick turns, beacon basics",
    "Lesson confirmed ✅ see you at the red flag by the ski school hut",
    "Any lessons in Mandarin? 需要中文教练",
    "Can I order by level instead of by age when searching for group lessons?",
    "For the private lesson: focus on short turns & moguls, not carving",
    "Meeting point map link: https://maps.example.org/?q=ski+school+meeting+point",
    "Weekly programme PDF: /downloads/skischool/kids_week_2024.pdf",
    "Age 4 & 3/4 — he insists on the 3/4",
    "Booking for grandpa (78) who hasn't skied since 1985, please go slow",
]
SCHOOL_WHO = ["2 kids (5 & 7)", "1 adult beginner", "family of 4", "teenager (14)", "couple, intermediate",
              "3 friends, advanced", "child age 6", "grandparents"]
SCHOOL_WHAT = ["private lesson", "group lesson", "snowboard lesson", "kids camp", "off-piste clinic",
               "telemark intro", "race training"]
SCHOOL_DAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def school_tpl(r):
    return "%s for %s, %s %d:00, %d h" % (r.choice(SCHOOL_WHAT).capitalize(), r.choice(SCHOOL_WHO),
                                         r.choice(SCHOOL_DAY), r.randint(8, 14), r.choice([1, 2, 3, 4, 6]))


CATS.append(("ski-school", SCHOOL_LIT, school_tpl))

# ---------------------------------------------------------------- rental-fitting
RENT_LIT = [
    "DIN 6.5, boot sole length 305 mm, skier type II",
    "Weight 72 kg, height 178 cm, age 34, type III → DIN 7.5",
    "Skier type -III (cautious) please, I've had a knee injury",
    "Boots: Mondo 26.5, narrow foot, left heel lifts a bit",
    "Ski length 160 cm, all-mountain, 85 mm underfoot",
    "Snowboard 152, regular, bindings +15/-9",
    "Helmet size M (55–58 cm) and goggles for low light",
    "Kids: 110 cm skis, boots 19.5, DIN 2.5",
    "Release check: toe 7, heel 7, tested OK on the Wintersteiger",
    "BSL 298 mm → code K, DIN 5.5 for type I",
    "Skischuh 27.5, breiter Vorfuß, bitte etwas weicher Flex",
    "Chaussures 42, skis 170 cm, réglage DIN 8",
    "Scarponi taglia 25, sci da 150",
    "ブーツ26cm、スキー板165cm、DINは7でお願いします",
    "Buty 28, narty 175 cm, typ narciarza II",
    "Rental agreement signed — 'I accept the release settings are my responsibility'",
    "Customer wants DIN > 10; referred to tech lead per policy",
    "Skis swapped: 177 -> 170, customer found them too long",
    "Demo ski: Stöckli Laser AX 175 — return by 16:30",
    "Skins for touring skis, 120 mm width, cut to fit",
    "Boot heat-mould for liner, 10 min, customer tried them on twice",
    "Left binding AFD worn, replaced; DIN re-verified 6/6",
    "Touring binding: pin tech, release value 7 lateral / 8 vertical",
    "Weight/height mismatch in form: 80 lbs? probably 80 kg. Please re-check.",
    "Poles 120 cm, grip size adult",
    "Fitting notes: \"shin bang on the right — add a tongue shim\"",
    "Hire form: name 'Ó Súilleabháin, Seán', 4 days, premium package",
    "Adjust forward lean on the boots, customer leans back too much",
    "Customer brought own boots (Lange RX 130, BSL 315)",
    "Upgrade from standard to premium: +€12/day",
    "Price list: Standard €35 | Premium €49 | Kids €19 | Helmet €8",
    "Damage: core shot on right ski, base repair charged €25",
    "Fitting station 3 printer jammed; wrote the DIN card by hand",
    "Type III+ for an expert who skis steep and fast",
    "Binding mount for a 302 mm sole, moved +1 cm forward on request",
    "Ski lengths: kid ≤ chin, teen ~ nose, adult intermediate ~ forehead",
    "Snowblades? No, we don't rent those anymore 😄",
    "Avalanche kit rental: beacon + shovel + probe, €20/day, ID required",
    "DIN table lookup: weight 59-66 kg row, BSL 251-270 column, type II = 5",
    "Returned with edges rusty; was left outside overnight",
    "Asked for 'softer boots' — went from flex 110 to 90",
    "Renter under 13: DIN by weight only, chart column for age ≤ 9",
    "Binding test result: PASS (±15% tolerance)",
    "Boots size 30.5 out of stock, gave 31 with extra liner",
    "Can I change the skis mid-week if I want something wider for powder?",
    "Online pre-booking #RN-88421 — pick up at shop 2 (gondola base)",
    "Customer height 5'9\", weight 165 lb → 175 cm, 75 kg",
    "Kids' helmet: XS 48–52 cm; with goggles that fit over glasses",
    "Ski wax & edge tune done: 1° base / 3° side",
    "Snowboard bindings set duck stance, 12/-12, width 52 cm",
    "Notes: customer insisted on DIN 9 after discussing; signed waiver",
    "Locker 114 for the boots overnight, code given at the desk",
]
RENT_WT = [25, 38, 47, 55, 62, 70, 78, 85, 94, 105]
RENT_TYPE = ["I", "II", "III", "-III", "III+"]


def rent_tpl(r):
    return "Weight %d kg, height %d cm, BSL %d mm, type %s → DIN %.1f" % (
        r.choice(RENT_WT), r.randint(110, 198), r.randint(230, 335), r.choice(RENT_TYPE),
        r.choice([1.5, 2.5, 3.5, 4.5, 5.5, 6.5, 7, 7.5, 8.5, 9.5, 10]))


CATS.append(("rental-fitting", RENT_LIT, rent_tpl))

# ---------------------------------------------------------------- patrol-incident
PATROL_LIT = [
    "10:42 skier down on Run 14 below the rollover, conscious, knee pain",
    "Toboggan to first aid, splint applied, left lower leg",
    "Collision between snowboarder and skier at the merge of Blue 3 and Red 7",
    "Lost child: Emma, 7, pink jacket, last seen Chair 2 base at 13:10 — found 13:25",
    "Closed rope line on Ridge Traverse; 3 people ducked it, passes pulled",
    "Patient refused transport, signed AMA form, walked to the base with a friend",
    "Head injury — helmet cracked — HEMS called, LZ at the upper car park",
    "Sled #4 out of service, runner bent",
    "Tree well near marker 47: rescued snowboarder, hypothermic, warmed in the hut",
    "Incident report: 'struck by lift chair at loading' — lift 6, no injury",
    "Unfall Piste 5: Skifahrer mit Schulterluxation, Akja-Transport ins Tal",
    "Accident piste rouge : fracture du poignet, évacuation en motoneige",
    "Incidente pista 9, sciatore con trauma cranico lieve",
    "ゲレンデ6番でスノーボーダー転倒、肩の痛み",
    "Wypadek na trasie 3: uraz kolana, transport skuterem",
    "SpO2 94%, HR 110, BP 128/84 — patient alert, oriented × 3",
    "Mechanism: caught an edge at speed ~ 40 km/h; pain scale 7/10",
    "Radio ch. 3 to base: need a second toboggan at the top of Chair 8",
    "Avalanche beacon check at the trailhead gate: 2 beacons failed (low battery)",
    "Reckless skiing warning issued: straight-lining the family zone",
    "Patrol note -- witness statements attached as PDF",
    "Sweep complete 16:45: all runs clear, Chair 5 zone clear, gates closed",
    "Lost & found: iPhone in a red case on the Chair 9 unload ramp",
    "Hazard marked: rock band exposed at the top of Couloir B, bamboo + sign",
    "Patient name: D'Souza, Priya — DOB 1991-03-08 — contact husband",
    "Frostbite on both cheeks, kid ~10 yrs, parents informed",
    "Patrol morning meeting: drop zones for avy control, shots at 07:30",
    "Hand charge at slide path 3: no results, stable; path 4: size 1.5 natural",
    "Incident #2024-0311 — closed. Follow-up call with the guest done.",
    "Minor: sprained thumb from pole strap (classic skier's thumb)",
    "Missing skier report cancelled, person found at the bar 🙄",
    "Snowmobile 2 battery dead at the summit hut; jumped from snowmobile 1",
    "Cardiac arrest at the base lodge, AED used, 1 shock, ROSC before EMS arrival",
    "Chair evacuation drill: 42 chairs, 58 min, rope kits OK",
    "Cliff fall ~5 m in the Trees, patient walked out with assistance",
    "Witness says the snowboarder was on the 'wrong side' of the fence",
    "Slow-zone violation on Green 1 — spoke with guest, no further action",
    "Triage: P1 x 0 | P2 x 1 | P3 x 3 today",
    "Patroller injured (ankle) during sweep, relieved by Tom",
    "Closed: Run 22 due to grooming winch cable across the slope",
    "Lost ski in deep snow below Chair 4 tower 12 — searched 20 min, not found",
    "Used 3 vacuum splints, need restock at the summit hut",
    "GPS 46.5432, 7.9823 — casualty location for the helicopter",
    "Suspected ACL; patient from Oslo, speaks Norwegian & English",
    "Child separated from group at the ski school; reunited within 10 minutes",
    "Skier in a closed area drop + select line off the cornice — patrol escorted out",
    "Drone use reported over the halfpipe; asked pilot to land",
    "Incident description: user hit a snowmaking hydrant, padding was missing",
    "Trail marker 33 knocked over, re-set",
    "Summary for the day: 11 incidents, 4 transports, 0 fatal",
    "Guest complaint: patroller was rude — forwarded to supervisor",
    "Weather: wind loading on the east ridge, cornice growth > 1 m",
]
PATROL_WHERE = ["Run 3", "Blue 7", "Red 12", "Black 2", "the terrain park", "Chair 5 unload",
                "the cat track", "the Trees", "Bowl B", "the village run"]
PATROL_WHAT = ["knee injury", "shoulder dislocation", "wrist fracture", "collision", "lost skier",
               "fall, minor", "head knock, helmet on", "hypothermia", "lost child"]
PATROL_HOW = ["toboggan", "snowmobile", "walked down", "helicopter", "gondola download", "refused transport"]


def patrol_tpl(r):
    return "%02d:%02d %s at %s — %s" % (r.randint(8, 16), r.randint(0, 59), r.choice(PATROL_WHAT),
                                       r.choice(PATROL_WHERE), r.choice(PATROL_HOW))


CATS.append(("patrol-incident", PATROL_LIT, patrol_tpl))

# ---------------------------------------------------------------- season-pass
PASS_LIT = [
    "My season pass won't scan at the gondola gate",
    "Lost my pass, can I get a replacement card? Pass number 7734-1192",
    "Photo on the pass is wrong (it's my husband's)",
    "Can I pause my pass for 3 weeks? I broke my wrist.",
    "Refund request: moved abroad in January, pass used 4 days",
    "The renewal price went from €649 to €699 — is the early-bird deal still on?",
    "I bought the family pass but my daughter's name is spelled 'Anais' instead of 'Anaïs'",
    "Student pass: uploaded my ID, still 'pending' after a week",
    "Is the pass valid at the partner resort (Valle Bianca) on weekends?",
    "Blackout dates? 24.12.–01.01. and Feb half-term, right?",
    "Saisonkarte verloren, bitte sperren und neu ausstellen",
    "Forfait saison : erreur sur la date de naissance",
    "Abbonamento stagionale: posso trasferirlo a mio fratello?",
    "シーズン券の写真を変更したいです",
    "Karnet sezonowy — zgubiłem kartę, proszę o duplikat",
    "Order #SP-20931 charged twice on my Visa ending 4242",
    "Email: jean-luc.o'neill@example.com (yes the apostrophe is part of it)",
    "Reset my app password, the link says 'token expired'",
    "Can I link my pass to the app with the RFID number? It's 01-1614-5023-77",
    "I'm a senior (66) — do I qualify for the 65+ rate?",
    "Pass says 'Mo–Fr only' but I paid for the full pass",
    "Why does my pass need a photo? I'm the only person who uses it",
    "Payment plan: 3 instalments — 2nd one failed, card updated now",
    "I'd like to upgrade from the Midweek pass to Unlimited; do I pay the difference?",
    "Corporate pass for 12 employees, invoice to Acme Snow GmbH, VAT ID DE123456789",
    "Friend discount code didn't apply: SNOWBUDDY-24",
    "Where's the pickup window for pre-printed passes — the one near the ticket office?",
    "Pass scanned at 08:51 at Chair 1, then blocked at 09:10 at Chair 3: 'already used'??",
    "Please delete my data after the season (GDPR)",
    "Season pass holders get 20% off at rental shop — is that before or after the online discount?",
    "Military pass: DD-214 uploaded as PDF",
    "My kid turned 6 on Dec 2 — is the under-6 free pass still valid for the whole season?",
    "Hi, I selected the wrong resort in the drop-down, can you change it?",
    "Account merge: I have two accounts, one with gmail and one with my work email",
    "Spring pass (from March 15) — when does it go on sale?",
    "Hello!! the app shows 0 days skied but I've been up 14 times",
    "My pass got demagnetised in my phone case (the phone's wallet).",
    "Card in the left pocket, phone in the right; still won't read — help",
    "Insurance add-on: does it cover helicopter rescue? Claim form link please",
    "I'm disabled and need a companion pass — what documents do you need?",
    "The FAQ says \"passes are non-transferable\" — even within a family?",
    "Refund to original payment method please, not as a voucher",
    "Account name: Zoë Müller-O'Brien",
    "Ticket office closed at 16:00 but the sign says 17:00",
    "Pass #A-55012 shows as 'inactive' since the 3rd",
    "Hey, can you resend the QR code? The email went to spam.",
    "I tried to cancel the auto-renewal in settings but the toggle greys out",
    "Do unused days on the 10-day flex ticket carry over to next season?",
    "Price comparison: season pass €699 vs 10 days × €72 = €720 → season pass wins",
    "Is there a late-night pass for Wed/Fri night skiing only?",
    "Pass shared with my twin?? No, we're different people, look at the photos again 😂",
    "Chargeback was opened by mistake, I'll close it with the bank",
]
PASS_TYPE = ["Unlimited", "Midweek", "Family", "Student", "Senior 65+", "Junior", "Spring", "Night"]
PASS_ISSUE = ["won't scan", "shows inactive", "wrong photo", "charged twice", "needs renewal",
              "lost card", "wrong birth date", "not linked to app"]


def pass_tpl(r):
    return "%s pass #%s-%05d %s, please help" % (r.choice(PASS_TYPE), r.choice(["A", "B", "SP", "FX"]),
                                                r.randint(100, 99999), r.choice(PASS_ISSUE))


CATS.append(("season-pass", PASS_LIT, pass_tpl))

# ---------------------------------------------------------------- grooming-plan
GROOM_LIT = [
    "Tonight: groom Runs 1, 3, 5, 7, 12 + the cat track to Chair 4",
    "Winch cat on Black 2 from 22:00, closed to skiers and snowmobiles",
    "PB600 #3 hydraulic leak, parked at the shop; use #5 instead",
    "Fuel: 1,140 L diesel used last night across 6 machines",
    "Tiller depth 3 cm on the groomers, 5 cm on Green 1 for the kids",
    "Skip Run 9 — moguls stay for the bump comp on Saturday",
    "Halfpipe recut after the 16:00 close, pipe dragon on site",
    "Order of work: Lower mountain → Mid → Summit, last pass on the village run at 05:00",
    "Pistenplan: Talabfahrt zuerst, dann Panorama, dann Gletscher",
    "Damage by winch cable on fence 14 — repair tomorrow",
    "Plan de damage : piste verte 2 et bleue 6 en priorité",
    "Battitura notturna: piste 4, 5, 8",
    "圧雪予定：3番・5番・7番コース",
    "Ratrakowanie: trasy 1-6, start 21:30",
    "Operator notes: \"snow too wet below mid, leave the corduroy for tomorrow\"",
    "Shift: Jonas (22:00–06:00), Maria (21:00–05:00), Pete (on call)",
    "Cat 7 GPS snow-depth readout: 40 cm on the ridge — thin, don't push snow off",
    "Push snow from the guns pile on Run 12 into the lip at Kicker 3",
    "Grooming report: 38/55 runs groomed | 7 partially | 10 ungroomed",
    "Winch anchor point 3 inspection passed ✔",
    "Groomer plan for the race: inject water on the GS course, 300 L/min",
    "Avoid the snowmaking hydrants on Run 5 — mark with poles tonight",
    "Order by priority: race course > beginner area > main runs > cat tracks",
    "Keep half of Red 11 ungroomed (skier's right) for the powder fans",
    "Snowmaking: guns on at -4°C wet-bulb, off by 06:00",
    "Fan gun 14 frozen — dispatch a tech to Run 3 with the heat blanket",
    "Machines 2 & 4 → summit; 1 & 3 → lower mountain; 5 → park",
    "Plan for 2024-01-19: storm night, groom only after 03:00 to catch the fresh snow",
    "Track setter on the Nordic loop: classic tracks both sides, skate lane 4 m",
    "Engine hours: #1 6,812 h | #2 4,205 h | #3 9,990 h (service due)",
    "Park shaping: box line reset, step-down rebuilt, 10m jump dropped to 7m",
    "Do NOT groom the Gully tonight — avalanche debris being cleared by the team",
    "Blade angle > 10° on hardpack, otherwise the cat just skates",
    "Grooming map PDF uploaded to /ops/grooming/2024-02-03.pdf",
    "Cat track from Chair 6 → Chair 9 needs widening to 5 m",
    "Radio check every 30 min; winch operators on ch. 7",
    "Snow farming pile uncovered, 12,000 m³ saved from last season",
    "Snow depth drop: -8 cm on Blue 4 since Tuesday, sun exposure",
    "Late start: thunderstorms?? in January?? ok, wait for the lightning to pass",
    "Ice under the fresh snow on Run 2, use the tiller aggressively",
    "Shift handover: lights on cat 3 flicker, reported to the mechanic",
    "Groomers in the drop-down list are sorted by name, not by number",
    "Piste basher spotted at 15:50 on an open run — operator reminded of the rules",
    "Guns 1-10 on Run 7 ran 14 h, ~ 6,000 m³ of snow produced",
    "Grooming status feed: Run 7 'groomed 04:12' — posted to the app",
    "Final pass on the beginner zone at 07:30 so the corduroy is fresh at opening",
    "Use the tiller comb on Run 12, leave the finisher up on the cat track",
    "The cat's blade clipped a buried rock on Run 18; blade inspection needed",
    "Cat 5 driver reports: 'visibility nil, returning to base'",
    "Groomed everything 100% — then 25 cm of snow fell. Love this job.",
    "Cross-track grooming on the summit plateau, 2 passes",
    "Snowmaking reservoir at 62%; pump station 2 back on line",
]
GROOM_RUNS = ["Run 1", "Run 4", "Blue 6", "Red 9", "Black 3", "Green 2", "Village run", "Park", "Cat track C",
              "Nordic loop", "GS course"]
GROOM_CAT = ["PB600 #1", "PB600 #3", "Cat 5", "Winch cat 2", "Cat 7", "PB400 #4"]


def groom_tpl(r):
    a, b = r.sample(GROOM_RUNS, 2)
    return "%s: %s then %s, start %02d:%02d, tiller %d cm" % (r.choice(GROOM_CAT), a, b, r.choice([20, 21, 22, 23, 0, 1, 2, 3]),
                                                             r.choice([0, 15, 30, 45]), r.randint(2, 6))


CATS.append(("grooming-plan", GROOM_LIT, groom_tpl))

# ---------------------------------------------------------------- avalanche-bulletin
AVY_LIT = [
    "Danger level 3 – considerable above 2,000 m, 2 – moderate below",
    "Wind slab on N-NE-E aspects above the tree line, reactive to skier triggers",
    "Persistent weak layer: facets buried ~60 cm on shady aspects",
    "Natural activity: several size 2 wet loose slides on south faces in the afternoon",
    "Lawinenwarnstufe 4 (groß) — Triebschnee in allen Expositionen",
    "Bulletin d'avalanche : risque 3 (marqué), plaques à vent en altitude",
    "Bollettino valanghe: pericolo 2 (moderato), neve ventata",
    "雪崩注意報：危険度3、風成雪に注意",
    "Komunikat lawinowy: 3 stopień zagrożenia",
    "Skredvarsel: faregrad 3, vindflak i høyden",
    "Лавинная опасность 3 (значительная)",
    "Problem: storm slab | Aspects: all | Elevation: > 1,800 m | Likelihood: likely | Size: 2",
    "Travel advice: avoid steep (> 35°) wind-loaded lee slopes; keep distances on ascent",
    "Whumpfing and shooting cracks reported near the Col — obvious danger sign",
    "ECTP 14 at 45 cm on the buried surface hoar, NE 2,350 m",
    "CT 12 Q2 down 35 cm; ECTN 22 — test pit by patrol, profile uploaded",
    "Glide cracks on grass slopes, avoid lingering below them",
    "Danger rises during the day with warming: 2 → 3 by 13:00",
    "Cornices are large & fragile; give ridgelines a wide berth",
    "Release of a size 3 slab on Pointe Noire, crown 1.2 m, no one involved",
    "Snowpack: well bonded below 2,200 m; poor structure above on N aspects",
    "Tendency: danger decreasing slowly after the storm",
    "Remote triggering possible from flatter terrain below steep slopes",
    "Bulletin valid until 17:00 tomorrow; update at 08:00 if conditions change",
    "Forecaster: R. Hauser — confidence: moderate",
    "Low danger ≠ no danger. Carry beacon, shovel, probe.",
    "Avalanche control closed the road between km 12 and km 15, 07:00–09:30",
    "The bulletin JSON has 'danger_level': 3 but the map shows orange (2)?",
    "Size 1–2 loose dry sluffs in steep terrain, manage your sluff",
    "Persistent slab problem will outlast the storm — patience",
    "Triggering likely by a single skier on slopes steeper than 30°",
    "Spring diurnal cycle: start early, finish before noon, watch for rollerballs",
    "Rain to 2,400 m weakened the upper snowpack; wet slabs possible",
    "Observations: 3 skier-triggered, 1 natural; none with burials",
    "Daily bulletin PDF: https://bulletin.example.org/2024-02-11/region-12.pdf",
    "Aspect rose: N, NE, E, SE highlighted above 2,000 m",
    "Danger scale reminder: 1 low | 2 moderate | 3 considerable | 4 high | 5 very high",
    "Backcountry gate 3 closed until further notice (level 4)",
    "Incident: partial burial, dug out within 4 min, uninjured — lucky",
    "New snow 40 cm + strong SW wind = fresh slabs on NE lee slopes",
    "Snow profile: 0–20 cm F, 20–45 cm 4F, 45 cm SH (2 mm), 45–110 cm 1F/P",
    "Heliski operators report good stability on S aspects, poor on N",
    "No-go zones: Couloir du Diable, North face of the Rothorn",
    "A slab released during explosive control at 08:15; debris across Run 30",
    "Trend for Sunday: level 2, with a warming spike in the afternoon",
    "Wet snow problem: avoid runout zones from 11:00 onwards",
    "Public observation form: 'cracks ~2 m long around my skis on a 32° slope'",
    "Bulletin translated to English — see the 'EN' tab, the DE text is authoritative",
    "Warning: danger level 4 means natural avalanches likely & human triggers very likely",
    "The 'select region' drop-down lists only the Swiss regions, not the Italian ones",
    "Conditions compared to last week: worse (new snow + wind), not better",
    "Slope angle map with >30° shaded red for the route planner",
]
AVY_ASP = ["N", "NE", "E", "SE", "S", "SW", "W", "NW", "N-NE", "all aspects"]
AVY_PROB = ["wind slab", "storm slab", "persistent slab", "wet loose", "wet slab", "glide", "cornice"]


def avy_tpl(r):
    lvl = r.randint(1, 4)
    return "Level %d: %s on %s above %d m, size %d" % (lvl, r.choice(AVY_PROB), r.choice(AVY_ASP),
                                                     r.choice([1600, 1800, 2000, 2200, 2400, 2600]), r.randint(1, 3))


CATS.append(("avalanche-bulletin", AVY_LIT, avy_tpl))

# ---------------------------------------------------------------- guest-review
REVIEW_LIT = [
    "Best powder day of my life. 10/10 would get up at 6am again.",
    "Lift lines were insane on Saturday — 45 min at the gondola.",
    "Staff at the rental shop were so helpful, they fixed my boots for free",
    "Overpriced food: €18 for a burger & fries?! Bring your own sandwiches.",
    "Great ski school! Our 4-year-old went from crying to 'again, again!' in 3 days",
    "The app said Chair 4 was open; it wasn't. Please sync the status board.",
    "Grooming was top notch, corduroy everywhere at 8:30",
    "Super Skigebiet, aber die Preise… 72 € für eine Tageskarte ist happig",
    "Domaine magnifique, pistes bien damées, mais trop de monde le week-end",
    "Piste fantastiche, personale gentilissimo, torneremo!",
    "雪質最高、スタッフも親切でした。また来ます！",
    "Świetny ośrodek, ale kolejki do wyciągu bardzo długie",
    "Fantastisk anlegg, men dyrt",
    "Отличный курорт, но дорогое питание",
    "Excelente estación, volveremos el año que viene",
    "很好玩！缆车很快，雪也很好",
    "정말 좋은 스키장이었어요. 다음에 또 올게요!",
    "★★★★☆ — would be 5 stars if the parking wasn't so far away",
    "Pros: snow, views, night skiing. Cons: WiFi in the lodge, queues, prices.",
    "The 'family-friendly' label is a stretch: few greens, and they're crowded",
    "Patrol were amazing when my husband hurt his knee — thank you Jana & Luc!",
    "Honestly the apres-ski bar is the best part. DJ on Fridays 🔥",
    "Drop the prices of the kids' lessons please, €95/half day is a lot",
    "1 star. Closed half the mountain for 'wind' when it was totally calm at the base.",
    "Update: they refunded the day. Changing to 4 stars.",
    "Better than Les Arcs, worse than Zermatt > overall solid mid-size resort",
    "Tip: park at P3 & take the shuttle, P1 fills up by 8:15",
    "Ski-in/ski-out hotel was not ski-in. You have to walk 200 m uphill in boots.",
    "Beginner area is perfect: magic carpet + a gentle slope + no through traffic",
    "Loved the night skiing, but the lights on Run 2 are half broken",
    "Our instructor, Mateo, was patient & funny. Kids adored him.",
    "Snowmaking saved the season, they had 40 runs open with almost no natural snow",
    "Toilets at the summit were closed — with 3 kids that's a disaster",
    "Ticket prices went up 12% from last year. Not great.",
    "Review of the mountain restaurant \"Hütte 2000\": rösti 9/10, service 4/10",
    "I'd rate the terrain park 8/10: well-shaped jumps, rails a bit rusty",
    "Who decided to close the only black run on a powder day?? 😡",
    "Quiet weekdays in January, we had the slopes to ourselves",
    "Staff chat on the radio was audible in the gondola cabin lol",
    "Please add more bins on the slopes, saw wrappers everywhere",
    "The app is fine, but the map zoom is sloooow",
    "Amazing sunset from the top: -15 degrees but worth it",
    "5 stars ⭐⭐⭐⭐⭐ — will recommend to all our friends",
    "Not for experts. Maybe 4 runs I'd call challenging.",
    "Sent an email to info@ski-resort.example with photos of the damage to my car in the lot, no answer yet",
    "Visited Feb 10–17 with 2 teens; they say 'sick snow', which I think is a compliment",
    "Shuttle drivers were rude; one told us to 'shut up and sit down'",
    "Can't beat the views, but the chairlifts are old and slow (2-seaters!!)",
    "The rental gear was brand-new, best boots I've ever rented",
    "Wish they'd let dogs on the gondola like in some Swiss resorts",
    "Free water at the summit lodge — small thing, huge difference",
    "As a snowboarder: too many flat cat tracks where you have to unstrap & walk",
]
REV_STARS = ["★", "★★", "★★★", "★★★★", "★★★★★"]
REV_GOOD = ["great snow", "friendly staff", "short queues", "good grooming", "lovely views", "fun park",
            "excellent ski school"]
REV_BAD = ["expensive food", "long lift lines", "old chairs", "crowded greens", "bad parking", "slow app",
           "cold lodge"]


def review_tpl(r):
    return "%s %s, but %s. Visited %s %d." % (r.choice(REV_STARS), r.choice(REV_GOOD).capitalize(),
                                              r.choice(REV_BAD), r.choice(["Dec", "Jan", "Feb", "Mar", "Apr"]),
                                              r.randint(2019, 2025))


CATS.append(("guest-review", REVIEW_LIT, review_tpl))

# ---------------------------------------------------------------- staff-chat
CHAT_LIT = [
    "anyone seen the keys for snowmobile 3?",
    "Chair 4 lifties: lunch swap at 12:30, Tom covers",
    "@Mia can you cover my shift Sunday? I'll take your Wednesday",
    "FYI the status board API is down again; updating by hand",
    "Radio ch. 2 is noisy — switch to ch. 5 for lift ops",
    "lol the new guy thinks the T-bar is a chairlift",
    "Boss says: no phones on the loading ramp. Seriously this time.",
    "wer hat die Schaufeln aus dem Depot genommen?",
    "qui peut me remplacer demain matin au télésiège 3 ?",
    "chi ha lasciato la motoslitta accesa?",
    "今日のシフト誰が入ってる？",
    "kto ma klucz do magazynu?",
    "Script to export lift counts: `python3 export_counts.py --date 2024-02-10 > counts.csv`",
    "Run `grep -i 'hold' lift_log.txt | wc -l` to count the holds today — I got 37",
    "Use ../shared/templates/closure_sign.docx for the signs, not the old one",
    "The email template uses {{guest_first_name}}, don't delete the braces",
    "Price variable in the POS shows ${price} instead of the number again",
    "SQL for the report: SELECT lift_id, COUNT(*) FROM scans WHERE day = today GROUP BY lift_id ORDER BY 2 DESC — can someone run it?",
    "I dropped the test table on staging by accident, sorry, restored from backup",
    "Snowcat 3 sounds like it's dying — 'clunk clunk' from the rear",
    "Rescue sled inventory: 6 total, 1 broken, 2 at the summit, 3 at mid",
    "Remember: sleep > coffee. Early start tomorrow, first chair 07:30 for staff",
    "Who's on the cash desk? Float is €200 short && the printer is out of paper",
    "new rule: ski patrol <-> lift ops handover in person, not over radio",
    "Groomers pls don't park in front of the shop door, we can't get the skis out",
    "PSA: the break room microwave is NOT for drying gloves",
    "cd into /srv/ops/reports and the PDFs are there, named by date",
    "Staff party Friday 20:00 @ Bergstube — bring your own mug",
    "Has anyone the number for the electrician? +41 79 555 01 23?",
    "<3 thanks for covering, owe you a beer",
    "Wind picking up at the top, 55 → 68 km/h in 10 min, calling the hold",
    "ok who changed the Wi-Fi password to 'powderday'",
    "Union meeting about overtime pay, Tuesday 17:00 in the lodge",
    "Reminder: guest data stays in the CRM; don't paste pass numbers in this chat",
    "Checklist -- lift opening: e-stop test, comms check, ramp shoveled, signs up",
    "Kids' club is at capacity (24/24), send walk-ins to the waitlist",
    "Backup ran fine: rsync -av /data/passes/ backup01:/backups/passes/ took 6 min",
    "The spreadsheet formula is =SUM(B2:B31) in column B, someone overwrote it with text",
    "I'll be 10 min late — road closed at km 14 for avy control",
    "Hey team, great job today 👏 2,800 skier visits and zero serious incidents",
    "Does anyone know why cat 5's beacon keeps beeping?",
    "The lift board shows <closed> in angle brackets now, looks like a formatting bug",
    "ticket printer error code E-17: paper jam; open the front cover & pull gently",
    "Ops sync moved to 08:15, same Zoom link",
    "Echo from the Chair 9 speaker is horrible, can maintenance take a look?",
    "who ate my yoghurt 😤 it had my name on it",
    "Power cut at mid-station — generator kicked in after ~20 s",
    "Someone wrote 'DROP ZONE' on the avy control map, that's the heli drop zone, not a typo",
    "Pay slips are in the portal: https://portal.skiresort.example/payroll",
    "Sleep(3) in the lift counter script is why it's slow, I'll shorten it",
    "The new sign says 'Ski patrol only — authorised persons > this way'",
    "Morning brief 07:45 sharp: weather, avy level, closures, lift plan",
]
CHAT_WHO = ["@Tom", "@Mia", "@Jonas", "@Ana", "@Pete", "@Luc", "@Sara", "@Kenji"]
CHAT_ASK = ["can you cover Chair 4 at", "please radio me at", "bring the spare shovels at",
            "swap lunch with me at", "check the snowmobile fuel at", "meet at the patrol hut at"]


def chat_tpl(r):
    return "%s %s %02d:%02d? thx" % (r.choice(CHAT_WHO), r.choice(CHAT_ASK), r.randint(7, 17), r.choice([0, 15, 30, 45]))


CATS.append(("staff-chat", CHAT_LIT, chat_tpl))


def main():
    out = []
    n = 0
    for cat, lits, tpl in CATS:
        assert len(lits) >= 50, (cat, len(lits))
        assert len(set(lits)) == len(lits), cat
        vals = list(lits[:PER_CAT])
        seen = set(vals)
        while len(vals) < PER_CAT:
            v = tpl(rng)
            if v not in seen:
                seen.add(v)
                vals.append(v)
        for v in vals:
            n += 1
            out.append({"id": "%s-%05d" % (PREFIX, n), "category": cat, "label": "benign", "value": v})
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for row in out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(out), path))


if __name__ == "__main__":
    main()
