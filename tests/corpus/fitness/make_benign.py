"""Held-out BENIGN corpus for the WAF: fitness, coaching and wellness app fields.

Every value is text a real member, coach or physio would type into an ordinary
field of a fitness app (workout logs, interval plans, nutrition logs, wearable
sync notes, coach comments, class bookings, injury notes, challenge names,
export/import file paths, community posts). They are deliberately rich in the
characters and words a naive WAF flags (quotes, ';', '|', '&', '<', '>', '=',
'--', '/*', '{}', '$', backslashes, '../', paths, URLs, "select", "drop",
"union", "sleep", "script", "alert", "exec"...) but none is attack-shaped.

All literals below were hand-written for this corpus; the template functions
only combine small hand-written pools. Standard library only, deterministic:
random.Random(SEED), no set iteration, output written next to this file.

Usage: python3 make_benign.py   ->  benign.jsonl
"""
import json
import random
from pathlib import Path

SEED = 6401
PREFIX = "hb64"
PER_CATEGORY = 80
MAX_LEN = 1800

# ---------------------------------------------------------------------------
# 1. workout_log: free-text notes on a logged workout / set
# ---------------------------------------------------------------------------
WORKOUT_LOG = [
    "5x5 @ 100kg; RPE 8; 3' rest",
    "Back squat 3x5 @ 120kg -- last set grindy, RPE 9. Belt on for top sets.",
    "Bench: 4x8 @ 70kg | incline DB 3x10 @ 26kg | dips BW x12, x10, x9",
    "Deadlift 1x5 @ 180 (PR!) then 2x5 @ 160; hook grip, no straps",
    "OHP 5/3/1 week 2: 3x3 @ 52.5kg, AMRAP last set = 7 reps",
    "EMOM 12': odd = 10 KB swings @ 24kg, even = 8 burpees",
    "AMRAP 20 min: 5 pull-ups / 10 push-ups / 15 air squats -> 14 rounds + 7",
    "Drop set on cable rows: 60 -> 45 -> 30 kg, to failure each",
    "Superset A1/A2: chin-ups 4x6 & DB RDL 4x10 @ 32kg, 90\" rest",
    "Squats felt heavy today; slept 5h and skipped breakfast. Select lighter warm-ups next time.",
    "Ran 8.2 km in 42'13\" — avg pace 5'09\"/km, HR avg 152",
    "Rowing 2000m: 7:48.3 (split 1:57.1/500m), s/m 28",
    "Tempo run: 2 km WU, 5 km @ 4'35\"/km, 1 km CD",
    "Leg day: hack squat 4x10, leg press 3x15 (sled + 200kg), leg ext 3x12, curls 3x12",
    "Pull day -- rows 4x8 @ 80kg; lat pulldown 3x12 @ 65kg; face pulls 3x15; bicep 21s",
    "Forgot to log Tuesday. It was: bench 5x5 @ 85, rows 5x5 @ 70, that's it.",
    "Warm-up: 5' bike, band pull-aparts x20, goblet squat x10; then main lifts",
    "Swim 1500m: 15x100 free on 2:00, holding 1:45-1:48",
    "Cycling 62 km, +740 m elevation, NP 212 W, IF 0.81, TSS 96",
    "Hip thrust 4x8 @ 140kg (pad!), B-stance RDL 3x10/side @ 20kg",
    "Paused bench 3x3 @ 80kg, 2-sec pause on chest. Coach: \"keep the arch, don't bounce\"",
    "Tabata x 4 blocks: 20\"/10\" — KB swing, thrusters, mountain climbers, plank",
    "Kniebeugen 5×5 mit 90 kg, danach Ausfallschritte 3×12 pro Bein",
    "Sentadillas 4x6 a 95 kg; press banca 4x6 a 70 kg; remo 3x10",
    "スクワット 80kg×5×3、ベンチプレス 60kg×8×3。調子よし",
    "Développé couché : 5×5 à 75 kg, repos 2'30\". Fatigué après la séance d'hier.",
    "Приседания 5×5 по 100 кг, жим лёжа 3×8 по 70 кг",
    "Walked the dog 45 min + 20 min mobility. Counting it as active recovery :)",
    "Sets: 100x5, 105x5, 110x5, 115x3 (fail on 4th) -> reset to 105 next week?",
    "Grip gave out on shrugs at 140kg & straps were in the car; used mixed grip instead.",
    "Climbing session: V3 flash, V4 x2, projected the V5 called 'Union Jack' on the cave wall",
    "Yoga 60' (vinyasa) — hamstrings still tight from Sunday's long run",
    "Did 'Murph' w/ vest: 1mi run / 100 pull-ups / 200 push-ups / 300 squats / 1mi run = 52:40",
    "Fran: 21-15-9 thrusters @ 43kg & pull-ups. 6:12, scaled to banded pull-ups on round 2",
    "3 x (1 km @ 4'00\" / 2' jog) — last rep 3'56\"",
    "Bench 1RM test: 95kg ✅ 100kg ❌ (stalled halfway). Estimated 1RM = 98 kg via Epley",
    "Hill sprints 8 x 10\" max effort, walk-back recovery",
    "Farmer carries 4 x 30 m @ 2x36kg; suitcase carry 3 x 20 m/side",
    "Trap bar DL 5x3 @ 170kg — velocity 0.62 m/s avg on top set (from the bar sensor)",
    "Not much today: 20 push-ups every hour from 9 to 5 -> 180 total",
    "Session RPE 7/10, duration 65 min -> load = 455 AU",
    "Kettlebell complex x5: clean, press, front squat, swing (16kg each side)",
    "Plank 3 x 60\"; side plank 3 x 40\"/side; dead bug 3 x 10; bird dog 3 x 10",
    "Skipped the last set of lunges — left knee felt 'clicky'. Will mention it to the physio.",
    "Zone 2 ride 90 min, HR cap 138. Drank 1.5 L + 1 gel.",
    "Row 5x500m / 1:30 rest: 1:52, 1:51, 1:51, 1:50, 1:48",
    "Pistol squats: 3x5/side holding a 5kg plate as counterweight. First time without the box!",
    "W/U: 2x(10 air squats, 10 push-ups, 10 sit-ups); WOD: 'Cindy' 20' AMRAP -> 17+3",
    "Deload week — everything @ 60% and 2 sets only, as per the plan",
    "Bulgarian split squats 3×10 @ 2×20 kg; RDL 3×8 @ 100 kg; calf raise 4×15",
    "Benchmark: 500m row + 50 wall balls (9kg) + 500m row = 6:38",
    "5k parkrun 23:41 — new PB by 12 seconds!! 🏃‍♀️",
    "Squat\n  60x5\n  80x3\n  100x5x5\nBench\n  70x8x4\nNotes: knee sleeves on, felt good",
    "Exec summary of the week: 4 sessions, 2 PRs, 0 skipped. Sleep was the weak point.",
    "Did the drop sets the coach wanted — 3 drops on lateral raises (10 -> 7.5 -> 5 kg)",
]


def tpl_workout_log(rng):
    exercises = ["Back squat", "Front squat", "Bench press", "Deadlift", "OHP",
                 "Barbell row", "Romanian DL", "Hip thrust", "Incline DB press",
                 "Weighted pull-ups", "Weighted dips", "Leg press", "Sumo DL",
                 "Push press", "Pendlay row", "Zercher squat"]
    loads = ["40", "52.5", "60", "67.5", "70", "80", "85", "90", "100", "102.5",
             "110", "120", "140", "160"]
    comments = ["felt smooth", "last rep slow", "grip was the limit", "belt on",
                "no belt", "paused reps", "tempo 3-1-1", "filmed for form check",
                "left side weaker", "new 5RM!", "lower back a bit tight",
                "coach said 'more leg drive'", "knee sleeves on", "chalk helped",
                "gym was packed, waited for the rack"]
    ex = rng.choice(exercises)
    kg = rng.choice(loads)
    s, r = rng.choice([(3, 5), (5, 5), (4, 8), (3, 10), (5, 3), (4, 6), (3, 8)])
    form = rng.randrange(4)
    if form == 0:
        return f"{ex} {s}x{r} @ {kg}kg; RPE {rng.choice(['7', '7.5', '8', '8.5', '9'])}; {rng.choice([2, 3, 4])}' rest"
    if form == 1:
        return f"{ex}: {s}×{r} @ {kg} kg — {rng.choice(comments)}"
    if form == 2:
        return f"{ex} {kg}kg x{r} | x{r} | x{r - 1} ({rng.choice(comments)}) -- RIR {rng.choice([0, 1, 2, 3])}"
    return f"{ex} top set {kg}x{r} @ RPE {rng.choice(['8', '9', '9.5'])}, back-offs {s}x{r + 2} @ -10%; {rng.choice(comments)}"


# ---------------------------------------------------------------------------
# 2. training_plan: interval notation and plan descriptions
# ---------------------------------------------------------------------------
TRAINING_PLAN = [
    "10x(400m @ 5k pace / 200m jog)",
    "WU 15' easy + 6x(800m @ 10k pace / 90\" standing) + CD 10'",
    "Week 1: Mon rest | Tue 6 km easy | Wed 5x1 km @ T | Thu rest | Fri 5 km | Sat long 14 km | Sun mobility",
    "2 x [4 x (200 @ 3k pace / 200 float)] / 4' between sets",
    "Pyramid: 200-400-600-800-600-400-200 @ 5k, equal-distance jog recovery",
    "Long run: 24 km, last 6 km @ MP (4'50\"/km). Fuel every 40'.",
    "Fartlek 30': 1' on / 1' off x 10, then 5 x 30\" hard / 30\" easy",
    "Bike: 3 x 12' @ 95-100% FTP, 5' recovery @ 50%; cadence 85-95",
    "Swim main set: 4 x (4 x 50 @ 1:00 desc 1-4) + 200 easy",
    "Strength block A (wk 1-4): squat 4x6 @ 75%, +2.5 kg/wk if all reps clean",
    "Phase 2 = hypertrophy: 4 days/week, upper/lower split, 10-15 reps, RIR 1-2",
    "Taper: reduce volume by 40% in week 11 and 60% in week 12, keep intensity",
    "If HR > 165 during Z2 runs -> slow down or walk; don't chase pace",
    "Monday: Push (bench, OHP, dips) / Wednesday: Pull (rows, chins) / Friday: Legs",
    "5/3/1 BBB: main lift 5/3/1 then 5x10 @ 50% TM; TM = 90% of 1RM",
    "Couch to 5K, week 3: 2 x (90\" run / 90\" walk / 3' run / 3' walk)",
    "Threshold: 3 x 10' @ LTHR (172 bpm) w/ 2' jog; total ~60'",
    "Race week: Tue 3 x 1 km @ race pace, Thu 20' easy + 4 strides, Sat shakeout 15'",
    "Progression run 45': first 15' Z2, next 15' Z3, last 15' Z4",
    "Hyrox sim: 8 x (1 km run + station) — stations in race order, log splits per station",
    "Repeat {3x(2' @ VO2max / 2' easy)} twice with 5' between blocks",
    "Mobility: 90/90 hip switch 2x10, couch stretch 2x60\"/side, thoracic rotations 2x8",
    "Knee rehab phase B: step-downs 3x12, spanish squats 5x45\" isometric, TKE 3x15",
    "Block periodization: accumulation (3 wk) -> transmutation (2 wk) -> realization (1 wk)",
    "Zone chart: Z1 <125 | Z2 125-140 | Z3 141-155 | Z4 156-170 | Z5 >170",
    "Intervall: 6×1000 m im 10-km-Tempo, 400 m Trabpause",
    "Séance : 3 × (10 × 30\"/30\") à VMA, récup 3' entre les séries",
    "Series: 8×400 m a ritmo de 5K con 1' de recuperación",
    "インターバル：400m×10本（レスト200mジョグ）",
    "Wed: 'drop sets + supersets' day; Fri: heavy singles @ 90%+ (select by feel, max 3)",
    "Week 6 = test week: 1RM squat/bench/deadlift; Sunday off completely",
    "Sweet spot 2 x 20' @ 88-93% FTP; if legs fail, drop to 2 x 15'",
    "Track: 12 x 200 m @ mile pace, 200 m walk; total quality 2.4 km",
    "Bodyweight plan (no gym): push-ups 5 sets to RIR 2 -> add 1 rep/session",
    "Half-marathon plan — 4 runs/wk: easy / intervals / easy / long; add strides on easy days",
    "Deload every 4th week: sets ÷ 2, same loads",
    "Goal: sub-50' 10k by June 1st => target pace 4'59\"/km, so intervals @ 4'40\"-4'45\"",
    "Ladder: 1-2-3-4-5-4-3-2-1 min @ Z4, rest = half the work time",
    "Rowing plan: 3 x 20' @ r20 / 2' easy — UT1 pace ~2:05/500m",
    "Alternate A/B: A = squat, bench, row | B = squat, OHP, deadlift",
    "Open water prep: 2 x (400 swim + 5' run) — practice sighting every 6 strokes",
    "Circuit x3: 45\" work / 15\" rest — jump rope, push-ups, lunges, plank, burpees",
    "Hill repeats: 8 x 90\" @ 5k effort on 6-8% grade, jog down",
    "Run/walk: 4' run : 1' walk for the full 21.1 km",
    "Cycle: Mon Z2 60' | Wed 4x8' @ threshold | Sat 3h endurance | Sun 1h recovery spin",
    "Wochenplan (Mo-So): Ruhetag / Intervalle / locker / Kraft / Ruhetag / lang / Mobility",
    "Reps: 12-10-8-6 with +5 kg each set ('reverse pyramid' if you feel fresh)",
    "Base phase: 80% of time in Z1-Z2, 20% in Z4-Z5 (polarized)",
    "If you miss a session: don't double up, just continue the plan from the next day",
    "For >40 min sessions take 30-60 g carbs/h; for <40 water is fine",
    "Week 3\nMon: rest\nTue: 8x400 @ 5k / 200 jog\nWed: 40' easy\nThu: strength A\nSat: 16 km long\nSun: off",
    "Sticking with the 5/3/1 system for another cycle: same TMs, +5 kg on squat/DL, +2.5 kg on bench/OHP",
    "Sprint triathlon build: swim 2x/wk, bike 2x/wk, run 3x/wk; brick on Saturdays (bike 40' -> run 15')",
]


def tpl_training_plan(rng):
    dists = ["200", "300", "400", "500", "600", "800", "1000", "1200", "1600"]
    paces = ["5k pace", "10k pace", "mile pace", "3k pace", "HM pace", "4'10\"/km",
             "3'50\"/km", "T pace", "I pace", "race pace"]
    recs = ["200m jog", "90\" rest", "60\" standing", "400m float", "2' walk",
            "equal-time jog", "100m walk", "3' easy"]
    zones = ["Z3", "Z4", "Z5", "threshold", "VO2max", "sweet spot", "105% FTP"]
    form = rng.randrange(3)
    if form == 0:
        return f"{rng.choice([4, 5, 6, 8, 10, 12, 16])}x({rng.choice(dists)}m @ {rng.choice(paces)} / {rng.choice(recs)})"
    if form == 1:
        return (f"WU {rng.choice([10, 15, 20])}' + {rng.choice([3, 4, 5, 6])} x {rng.choice([3, 4, 5, 8, 10, 12])}' "
                f"@ {rng.choice(zones)} / {rng.choice([1, 2, 3, 4])}' easy + CD {rng.choice([5, 10, 15])}'")
    return (f"{rng.choice([2, 3])} x [{rng.choice([3, 4, 5])} x ({rng.choice(dists)} @ {rng.choice(paces)} / "
            f"{rng.choice(recs)})], {rng.choice([3, 4, 5])}' between sets")


# ---------------------------------------------------------------------------
# 3. nutrition_log: meals, macros, supplements
# ---------------------------------------------------------------------------
NUTRITION_LOG = [
    "Breakfast: oats 60g + whey 30g + banana; 520 kcal | P 38 / C 78 / F 9",
    "Lunch — chicken & rice bowl, 650 kcal (P 45g; C 80g; F 14g)",
    "Macros today: 2,450 kcal = 180P / 260C / 75F — 120 kcal over target",
    "Snack: Greek yogurt 0% (170g) + honey 1 tsp + walnuts 15g",
    "Cheat meal 🍕 2 slices margherita + 1 beer. Logging it anyway!",
    "Protein target: 1.8 g/kg × 82 kg ≈ 148 g/day",
    "Pre-workout: coffee (200 mg caffeine) + rice cakes w/ jam, 45' before",
    "Post-run: chocolate milk 500 ml — 4:1 carbs:protein",
    "Water: 2.8 L; electrolytes 1 tab (Na 500 mg, K 200 mg)",
    "Dinner: salmon 180g, sweet potato 250g, broccoli; olive oil 1 tbsp (~120 kcal)",
    "Fasting window 16:8 -> eating 12:00-20:00",
    "Creatine monohydrate 5 g/day, with breakfast. No loading phase.",
    "Recipe: 'Protein pancakes' = 1 egg + 2 whites + 40g oats + 1 scoop whey; cook 2' per side",
    "Barcode scan failed for 'Müsli Crunchy Beeren 500g' — added manually: 430 kcal/100g",
    "Carb loading: 8-10 g/kg for 2 days before the marathon → ~700 g/day, mostly rice, pasta, bagels",
    "Frühstück: Vollkornbrot, Quark, Erdbeeren — ca. 450 kcal",
    "Almuerzo: lentejas con chorizo (1 plato) ~ 600 kcal",
    "朝食：納豆ご飯、味噌汁、卵焼き（約550kcal）",
    "Petit-déj : 2 tartines beurre/confiture + café au lait, ~400 kcal",
    "Allergies: peanuts & tree nuts; lactose-intolerant (ok with lactose-free milk)",
    "Vegan day: tofu scramble, tempeh salad, lentil dal — protein 112 g",
    "Sodium was high (>3,500 mg) — too much soy sauce & pickles",
    "Meal prep Sunday: 5 x [200g chicken + 150g rice + 100g veg] in boxes",
    "Gel every 30' on the long ride (25 g carbs each); 1 bottle w/ 60 g drink mix per hour",
    "Alcohol: 2 glasses of red wine (~250 kcal). Slept worse, HRV dropped.",
    "Smoothie: spinach, frozen berries, 1/2 banana, PB 15g, oat milk 250ml → 380 kcal",
    "Custom food: \"Mom's lasagne\" — per portion 720 kcal, P 38 / C 55 / F 38 (estimate!)",
    "Hit protein goal 6/7 days this week; fibre avg 31 g/day",
    "Trying the 'drop sugar for 30 days' thing: day 12, cravings < week 1",
    "Iron supplement 14 mg + vit C, taken away from coffee/tea",
    "Ate out: poke bowl (salmon, edamame, mango, sesame dressing) — guess 750 kcal?",
    "Weigh-in: 78.4 kg (-0.6 vs last Monday); 7-day avg 78.7 kg",
    "Coffee x3 (black), 1 with oat milk. Caffeine total ≈ 300 mg",
    "Diet break week: maintenance calories (2,700) to reset before the next cut",
    "Carbs split: 40% around training (pre + post), rest spread across meals",
    "Food swap: white rice → cauliflower rice saves ~150 kcal/portion",
    "Snacks @ office: apple; 2 squares dark chocolate 85% (~110 kcal)",
    "Tracking note: kitchen scale was off (+/- 5 g) so I weighed everything twice",
    "Keto trial: net carbs < 25 g; ketones 1.2 mmol/L this morning",
    "Dinner at Nonna's — pasta e fagioli, no way to track precisely, put 900 kcal",
    "Macro calc: (2,300 - 160*4 - 70*9) / 4 = 257 g carbs",
    "Sweat rate = (pre 72.3 kg - post 71.1 kg + 0.5 L drunk) / 1 h ≈ 1.7 L/h",
    "Thanksgiving: turkey, stuffing, mashed potatoes & gravy, pumpkin pie... skipping the log tomorrow 😅",
    "Supplement stack: D3 2000 IU | omega-3 1 g | magnesium glycinate 300 mg @ bedtime",
    "Ramadan schedule: suhoor 04:30, iftar ~19:45 — training after iftar only",
    "Recovery shake: 40 g whey + 60 g dextrose; 30' after session",
    "Zucchini 'noodles' with pesto (basil, pine nuts, parmesan, olive oil) – 420 kcal",
    "Goal kcal: BMR 1,720 × activity 1.55 ≈ 2,666; cut = -500 → 2,166",
    "Bowl: quinoa 150g | black beans 100g | avocado 1/2 | salsa | lime",
    "Food diary: skipped lunch (meetings), big dinner → next time pack something",
    "Grocery list for the week:\n- oats 1 kg\n- eggs x18\n- chicken breast 1.5 kg\n- frozen berries\n- skyr x6",
    "Electrolyte drink DIY: 500 ml water + 1/4 tsp salt + 2 tbsp maple syrup + squeeze of lemon",
]


def tpl_nutrition_log(rng):
    meals = ["Breakfast", "Lunch", "Dinner", "Snack", "Pre-workout", "Post-workout", "Late snack"]
    foods = [("oats", 1), ("rice", 1), ("chicken breast", 2), ("salmon", 2), ("skyr", 2),
             ("eggs", 2), ("tofu", 2), ("pasta", 1), ("potatoes", 1), ("lentils", 1),
             ("cottage cheese", 2), ("turkey mince", 2), ("bagel", 1), ("quinoa", 1)]
    sides = ["broccoli", "salad", "berries", "banana", "spinach", "peppers & onions",
             "kimchi", "green beans", "an apple"]
    f1, _ = rng.choice(foods)
    f2 = rng.choice(sides)
    g = rng.choice([80, 100, 120, 150, 180, 200, 250])
    p = rng.choice([18, 22, 30, 35, 40, 45, 52])
    c = rng.choice([20, 35, 48, 60, 75, 90])
    f = rng.choice([5, 8, 11, 14, 18, 22])
    kcal = 4 * p + 4 * c + 9 * f
    if rng.randrange(2) == 0:
        return f"{rng.choice(meals)}: {f1} {g}g + {f2} — {kcal} kcal | P {p} / C {c} / F {f}"
    return f"{rng.choice(meals)} ({f1} {g}g; {f2}) -> {kcal} kcal, macros {p}P/{c}C/{f}F"


# ---------------------------------------------------------------------------
# 4. wearable_sync: HR zones, HRV, VO2max, sync and device notes
# ---------------------------------------------------------------------------
WEARABLE_SYNC = [
    "HRV (RMSSD) 48 ms, 7-day baseline 52 ms — slightly below, 'balanced'",
    "Resting HR 54 bpm; sleep 7h12' (deep 1h20', REM 1h45'); sleep score 82",
    "VO2max estimate went 51 -> 52 after the tempo run",
    "Sync failed: Garmin Connect returned 429 Too Many Requests, retry in 15 min",
    "HR zones from LTHR 172: Z1 <145, Z2 146-154, Z3 155-161, Z4 162-171, Z5 >=172",
    "Watch shows 'Unproductive' training status but I feel fine?",
    "Chest strap dropouts at min 12-14 (HR spiked to 210 then 0). Battery CR2032 replaced.",
    "Body battery 23/100 at 18:00 — stress high during meetings",
    "Apple Watch → Health → app: steps ok, workouts missing since the iOS update",
    "Firmware 19.20 on Forerunner 255; GPS mode = All Systems + Multi-Band",
    "SpO2 overnight avg 95%, lowest 88% at 03:12 (altitude 2,100 m)",
    "Power meter zero offset: 512 -> 498 after calibration",
    "Sleep tracking says I 'woke up 14 times' — it's the cat on the bed 🐈",
    "Device paired: Polar H10 (ID 9A3F21C7) via BLE; ANT+ disabled",
    "Treadmill run: footpod calibration factor 1.03 (watch said 9.7 km, treadmill 10.0 km)",
    "Strava sync duplicated my ride (two entries 10:02 & 10:03). Deleted one.",
    "HR > 190 for 8 min during a Z2 ride?? Pretty sure it's cadence lock on the wrist sensor.",
    "Readiness: 68 (HRV ↓, RHR ↑, sleep ok). Suggestion: 'easy day'",
    "Temperature deviation +0.6 °C last night — might be getting sick",
    "Training load 7d: 612 (optimal range 420-780); acute:chronic = 1.18",
    "Recovery time: 36 h. Next hard session Thursday.",
    "Fitbit steps 14,302; floors 11; active zone minutes 58",
    "Whoop strain 14.7, recovery 61% (yellow)",
    "Guided lactate threshold test: LT pace 4'32\"/km, LTHR 171",
    "The watch records rowing as 'Other' — can you map it to Indoor Row on import?",
    "Cadence avg 172 spm, ground contact 238 ms, vertical ratio 7.9%",
    "Ring data: total sleep 6h48, efficiency 89%, latency 12 min, RHR 49",
    "Data gap 02:00-04:30 — watch was charging",
    "Bluetooth pairing keeps failing on Android 14 (Pixel 7). Works with the old phone.",
    "Sync log: 2024-03-02T07:15:33Z activity 1293847 uploaded; 2 laps; 1 HR dropout",
    "Max HR set to 188 (field test), not 220-age (= 183)",
    "Stress score 'high' 3 days in a row; correlates with late caffeine",
    "FTP auto-detected: 248 W (+6 W)",
    "HRV-Messung morgens: 61 ms, Ruhepuls 48 — alles im grünen Bereich",
    "VFC ce matin : 44 ms (moyenne 7 j : 50 ms). Séance facile prévue.",
    "心拍変動 55ms、安静時心拍 52bpm。睡眠スコア 78",
    "Pulso en reposo 58, VFC 39 ms — dormí fatal",
    "Zones by %HRR (Karvonen): Z2 = 60-70% → (188-50)*0.6+50 = 133 to 147",
    "Elevation from barometer: +412 m; from GPS: +455 m — which one is used for the leaderboard?",
    "Auto-pause on, threshold 3 km/h; 'moving time' 58:12 vs elapsed 1:04:30",
    "Smart scale sync: 77.9 kg, body fat 17.8% (BIA — take with a grain of salt)",
    "CGM: peak 142 mg/dL 40' after pasta; back < 110 by 2 h",
    "BP cuff reading 118/76, pulse 57 — morning, seated, 3rd reading",
    "Swim: pool length 25 m; watch counted 61 lengths, I swam 60 (one flip turn missed)",
    "Connected apps: Strava ✔ | TrainingPeaks ✔ | MyFitnessPal ✘ (token expired)",
    "Export from Zwift → FIT → upload here: power OK, HR missing",
    "Respiratory rate 14.2 br/min (normal 13.5-15.0)",
    "Why does the app show VO2max 49 and the watch 52? Different algorithms?",
    "Weekly summary: 5 runs, 41.3 km, 3h52', 2 strength sessions, avg sleep 7h05'",
    "Alert: 'HR above 180 for 10 min while inactive' — I was at a concert 🎸",
    "Sleep stages last night:\nawake 0:31\nlight 3:40\ndeep 1:05\nREM 1:38\n(went to bed late, 00:40)",
    "Night-time HRV dropped to 31 ms after two late espressos; lesson learned, cut-off 14:00",
]


def tpl_wearable_sync(rng):
    devices = ["Forerunner 265", "Fenix 7", "Apple Watch S9", "Polar Vantage V3", "Coros Pace 3",
               "Suunto Race", "Pixel Watch 2", "Wahoo TICKR", "Polar H10", "Galaxy Watch6"]
    issues = ["no HR dropouts", "1 GPS gap in the tunnel", "cadence missing",
              "power from the trainer only", "laps merged into one", "elevation corrected"]
    form = rng.randrange(3)
    if form == 0:
        h, m = rng.choice([5, 6, 7, 8]), rng.choice([3, 12, 25, 41, 58])
        return (f"HRV {rng.choice([34, 41, 47, 52, 58, 63, 71])} ms (baseline {rng.choice([45, 50, 55, 60])}), "
                f"RHR {rng.choice([44, 48, 51, 55, 58, 62])} bpm, sleep {h}h{m:02d}' — readiness {rng.choice([42, 57, 66, 74, 81, 90])}")
    if form == 1:
        return (f"Sync 2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}T{rng.randrange(5, 22):02d}:"
                f"{rng.randrange(60):02d}:{rng.randrange(60):02d}Z: {rng.choice(devices)} → "
                f"{rng.choice([1, 2, 3, 4])} activities imported, {rng.choice(issues)}")
    mx = rng.choice([178, 182, 185, 188, 191, 195])
    z = [round(mx * x) for x in (0.6, 0.7, 0.8, 0.9)]
    return f"Zones (max HR {mx}): Z1 <{z[0]} | Z2 {z[0]}-{z[1]} | Z3 {z[1]}-{z[2]} | Z4 {z[2]}-{z[3]} | Z5 >{z[3]}"


# ---------------------------------------------------------------------------
# 5. coach_comment: comments a coach leaves on logs, plans and posts
# ---------------------------------------------------------------------------
COACH_COMMENT = [
    "Great week! Don't add weight yet — own the 5x5 @ 100kg first, then +2.5 kg.",
    "Your last set was RPE 9.5, not 8. Be honest in the log, it helps me program.",
    "Knees caving on the way up → cue 'spread the floor'. Film from 45° next time.",
    "Drop the Friday tempo run this week; HRV trend says you're not recovered.",
    "Love the consistency 👏 12/12 sessions. Let's talk about the race plan on Thursday.",
    "Re: 'should I run through the pain?' — no. Sharp pain = stop; dull ache <3/10 = ok.",
    "Select a weight you can move for 8 clean reps; if rep 9 is possible, go heavier next set.",
    "I moved your long run to Sunday & swapped Tue/Wed so you're fresh for the club 10k",
    "Bar path drifts forward at the bottom — brace harder and keep the bar over mid-foot.",
    "Execution of the intervals was spot on: 4'01, 4'00, 3'59, 4'00 👌",
    "Hi Marta, nutrition looks good; only thing: protein at breakfast is < 20 g. Add eggs or skyr?",
    "Please log sleep too, even roughly (bed ~23:30 / up ~06:45 is fine).",
    "Form check: hips shoot up first on the deadlift → lighter weight + 3\" pause at the knee",
    "Next block: strength focus. Squat 3x/wk (heavy/light/medium), bench 3x/wk, DL 1x/wk.",
    "Not a fan of training fasted before intervals — eat something small 60-90' before.",
    "You're ahead of schedule 🔥 Tempo pace 4'30 feels 'comfortably hard'? Then we're on track.",
    "Pain at the front of the knee after downhills? Let's cut downhill reps & see the physio.",
    "Week 7 is a deload. I know you hate them. Do them anyway 😉",
    "Gute Arbeit! Nächste Woche Intervalle 6×800 m statt 5×1000 m.",
    "Très bonne séance, mais attention à l'allure du premier intervalle (trop rapide).",
    "Buen trabajo esta semana. El sábado, rodaje suave de 60' y nada más.",
    "いいペースです！次回は400m×12本に増やしましょう。",
    "Don't drop the bar from overhead on the platform pls — the gym sent a note 😬",
    "Union of both plans: keep my strength days, keep your club runs on Tue/Thu. Kill the extra HIIT.",
    "The 'kill switch' for this week: if RHR is +7 above baseline 2 days in a row → easy only.",
    "Sleep is the #1 supplement. 5h/night won't cut it if you want to PR in March.",
    "Use the <4 RIR> rule this week: stop each set with ~4 reps in reserve.",
    "100% agree with your post — 'alert & calm' beats 'hyped' before a heavy single.",
    "Core work is sloppy — quality > quantity. 3x10 slow dead bugs > 3x30 fast ones.",
    "Swap back squats for box squats (box at parallel) until the hip feels better.",
    "Cadence drill: 3 x 1' @ 180 spm with a metronome in the middle of each easy run",
    "Your FTP test was paced wrong — first 5' too hard. Retest in 2 weeks.",
    "Race strategy: go out at 4'55\", settle in, and only push after km 35. No heroics.",
    "Nice PR!! 🎉 That's +15 kg on the deadlift since January.",
    "Please don't forward my plan to friends; each plan is individual (& the app logs who sees it).",
    "Can you send a video of the snatch from the side? The one from the front doesn't show the bar path.",
    "Heads-up: I'm away 12-19 May; Jess will cover check-ins. Same plan, no changes.",
    "I'd rather you run 4x/week at 30' than 2x/week at 60'. Frequency > duration at this stage.",
    "The warm-up 'script' stays the same: 5' easy, drills, 3 strides, then go.",
    "Recovery rule: sum(RPE × min) per week shouldn't jump > 10% vs last week",
    "Hydrate more on hot days — you lost 2.1 kg in the long run, that's ~3% BW.",
    "Lower the saddle ~5 mm; knee angle at BDC looks >150° on the video",
    "Good call skipping the session — fever + training = bad idea.",
    "Bench: elbows flare at ~80°, tuck to ~45-60° and touch lower on the sternum.",
    "Your plan 'Spring Half 2025' is published — check the calendar; dates are in CET",
    "\"Slow is smooth, smooth is fast\" — apply that to the technique sets.",
    "For the 'sleep' metric I need consistent wear; the app can't score nights without the watch.",
    "Let's cut the plan from 5 to 4 days and drop Wednesday. Everything else stays.",
    "Nice work on the macros — C 250 / P 160 / F 70 is perfect for this block.",
    "Keep the chin tucked on rows; you're cranking your neck on the last reps.",
    "Feedback on week 4:\n1) squat depth ✔\n2) bench arch — still too much\n3) deadlift lockout: squeeze glutes, don't lean back\nKeep going!",
    "Sleep 8h before the race > any supplement. And don't try new gels on race day!",
]


def tpl_coach_comment(rng):
    names = ["Marta", "Jonas", "Aiko", "Kevin", "Lena", "Omar", "Sofia", "Priya", "Tom", "Zoë"]
    praise = ["great session!", "solid week.", "nice consistency 👏", "good pacing today.",
              "strong finish 💪", "that PR was earned.", "clean technique on the top sets."]
    advice = ["Keep RPE ≤ 8 on Thursday.", "Add 2.5 kg next week if all reps are clean.",
              "Take an extra rest day if HRV stays < baseline.",
              "Next time film the squat from the side (45°).",
              "Hold 5'10\"/km on the easy runs, not 4'50\".",
              "Protein ≥ 1.6 g/kg please, you're at ~1.1.",
              "Swap Friday's HIIT for 30' Z2 — legs need it.",
              "Don't chase the leaderboard this week; stick to the plan."]
    return f"{rng.choice(names)}, {rng.choice(praise)} {rng.choice(advice)}"


# ---------------------------------------------------------------------------
# 6. class_booking: schedules, booking and front-desk notes
# ---------------------------------------------------------------------------
CLASS_BOOKING = [
    "Spin 45' @ 07:00 — Room B, bikes 1-24; please clip in before class starts",
    "Booking note: I'll be 5-10 min late, can you hold my spot on the reformer?",
    "Cancelled: HIIT Fri 18:30 (instructor sick). Replacement: Circuit w/ Tom @ 19:00",
    "Waitlist #3 for Yoga Flow Sat 09:00 – please notify by SMS",
    "Pilates Mat / Level 2 / Tue & Thu 12:15-13:00 / max 14 people",
    "Need a lane for 1h: Mon 06:00-07:00, lane 4 (fast), 50 m pool",
    "Can I bring a guest? (my sister, visiting from Lyon) — happy to pay the day pass",
    "Boxing fundamentals — bring your own wraps & 12-16 oz gloves",
    "Private PT session request: Wed 17:00 w/ Sara; focus = deadlift technique",
    "Kurs 'Rücken fit' Mo 18:00, Raum 2 — bitte Matte mitbringen",
    "Cours de cardio-boxe : mercredi 19 h, salle Union, niveau débutant",
    "Clase de spinning 20:00 – sala 3 – cupo completo, lista de espera",
    "ヨガ教室 土曜 10:00〜11:00（初心者歓迎）",
    "Studio rules: no shoes on the mats; phones on silent; wipe down benches after use",
    "Squat rack #2 booked 17:30-18:30 — sharing OK if someone needs it for 1-2 sets",
    "Kids swim lessons: Level 1 (age 4-6), Sat 10:00 & 10:30; parents wait in the lobby",
    "Family membership: 2 adults + 2 children (<16) — can both kids be added to my account?",
    "Climbing wall closed 14-16 Aug for re-setting; bouldering area open",
    "Note to front desk: locker 117 key broken; I left my stuff in 118 instead",
    "Holiday hours: 24 Dec 07:00-14:00 | 25 Dec closed | 26 Dec 10:00-18:00",
    "Bootcamp in the park (weather permitting) — meet at the north gate, bring water & a towel",
    "Accessibility: I use a wheelchair, is the studio on the ground floor / is there a lift?",
    "Open workout 24.1 — heats every 15 min from 16:00; judge sign-up at reception",
    "Need to move my Thursday 7 pm session → Friday 7 am if possible",
    "Please drop me from the 'Power Yoga' class; I'll take 'Yin' instead",
    "Pre-natal yoga (2nd/3rd trimester) — doctor's clearance required at first session",
    "Aqua fit: 45 min | pool temp 29 °C | noodles provided",
    "The 06:15 class is always full; could you add a 05:45 slot? Happy to sign up for a month",
    "Room booking for our running club: Wed 19:30-21:00, 20 people, need projector & HDMI",
    "Booking #A-20931 duplicated — please refund one (charged €12 twice)",
    "Reformer class policy: cancel >12 h ahead or the credit is lost",
    "Beginner barbell club: Tue 18:00 | shoes w/ flat soles | first class free",
    "Holiday schedule → only 'Spin', 'Yoga' & 'Stretch' run between 23/12 and 02/01",
    "Sauna slot (women only) Sun 16:00-18:00 — towel required",
    "Can the instructor turn the music down a bit? Last time it was > 95 dB in Studio A",
    "Group 'Masters 40+' track session: Tue 19:00 at the stadium, lanes 1-3",
    "Booked court 3 (squash) 12:00-12:45, opponent: J. Okafor",
    "Instructor swap: 'Zumba w/ Lina' replaced by 'Dance Cardio w/ Ana' — same time",
    "Spot #14 please (next to the fan). Thanks!",
    "Trial week: 3 classes max, any type except Reformer & PT",
    "Membership frozen 1 Jul - 31 Aug (travelling). Please confirm by email.",
    "Class full? Select 'notify me' and you'll get a push when a spot frees up",
    "Corporate wellness session at the ACME office, 3rd floor — 12:30-13:15, chairs only, no mats",
    "Gym-Ordnung: Hanteln nach Gebrauch zurücklegen! Danke 🙏",
    "Parking: use the P2 garage; validate your ticket at the front desk (max 2 h)",
    "Can't find the 'Mobility & Core' class on Wednesday any more — was it dropped?",
    "Open mat BJJ Sun 11:00-13:00; gi or no-gi; please cut your nails",
    "Room: Studio 1 / Capacity: 30 / Equipment: steps, 2-8 kg dumbbells, mats",
    "Prenotazione: lezione di pilates giovedì 18:30, due persone",
    "Is the 'Run Club' free for members? The page says '$0 / drop-in $10'",
    "Hi! Booking for 3:\n- me (member #20417)\n- my partner (guest)\n- our son, 15 (needs a waiver?)\nSpin Sat 10:00",
    "Please don't book the same bike twice — the system let me book #7 & #8 and now someone can't ride",
]


def tpl_class_booking(rng):
    classes = ["Spin", "Yoga Flow", "HIIT", "Pilates Reformer", "Boxfit", "Body Pump",
               "Mobility & Core", "Aqua Fit", "Kettlebell Basics", "Zumba", "Yin Yoga", "Circuit"]
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    rooms = ["Studio A", "Studio B", "Room 2", "the pool", "the rooftop", "Cycle Studio"]
    notes = ["waitlist only", "bring a towel", "bring your own mat", "beginners welcome",
             "max 20 people", "cancel >12 h ahead", "spot #5 if free", "running 5' late",
             "first class, please go easy on me 😅", "can I bring my daughter (14)?"]
    t = f"{rng.choice([6, 7, 9, 12, 17, 18, 19, 20]):02d}:{rng.choice(['00', '15', '30', '45'])}"
    if rng.randrange(2) == 0:
        return f"{rng.choice(classes)} {rng.choice(days)} {t} — {rng.choice(rooms)}; {rng.choice(notes)}"
    return f"Booked: {rng.choice(classes)} ({rng.choice(days)} @ {t}, {rng.choice(rooms)}) | note: {rng.choice(notes)}"


# ---------------------------------------------------------------------------
# 7. injury_physio: injury reports, physio notes, rehab protocols
# ---------------------------------------------------------------------------
INJURY_PHYSIO = [
    "Left knee: pain 4/10 on stairs (down > up). Started after the 30 km long run on Sunday.",
    "Physio dx: patellofemoral pain syndrome. Plan: 2 wk no running, quad/glute strengthening.",
    "Lower back tweak on a deadlift warm-up set (60 kg!). Pain 6/10, no radiating pain, no numbness.",
    "ROM right shoulder: flexion 160° (L 175°), ER 70° (L 90°) — painful arc 80-120°",
    "Plantar fasciitis (R) — first steps in the morning worst; rolling foot on a frozen bottle",
    "Achilles tendinopathy protocol: heel drops 3x15 straight + 3x15 bent knee, 2x/day",
    "Shin splints again → reduce weekly km by 30% & check shoes (900 km on them)",
    "Tennis elbow; twist exercise w/ red flex bar 3x15 daily, avoid gripping heavy for 2 weeks",
    "Ankle sprain grade II (ATFL) 12/03 — boot for 10 days, then balance work",
    "MRI: 'small partial-thickness tear of the supraspinatus, no full-thickness tear'",
    "Surgery date: ACL reconstruction (hamstring graft) — 04/06. Prehab until then.",
    "Post-op week 6: ROM 0-120°, walking w/o crutches, start stationary bike (no resistance)",
    "Pain scale notes: 0 = none | 3 = noticeable | 5 = distracting | 7+ = stop",
    "Hamstring strain (biceps femoris, grade I) during sprints; ice 48 h, then isometrics",
    "Neck stiff after sleeping wrong. Not training-related, just FYI for the coach.",
    "Physio exercises: clamshells 3x20, side-lying leg raise 3x15, single-leg bridge 3x10/side",
    "IT band issue — foam roll? Physio says rolling the ITB itself is pointless; focus on hip strength",
    "Hip flexor 'pinch' at the bottom of the squat → narrower stance, toes out 15-20°",
    "Concussion (bike crash 02/09): no training until symptom-free 24 h, then graded return (6 steps)",
    "Wrist pain in front rack → use straps/cross-arm grip while it heals",
    "Knie links: Schmerzen beim Treppensteigen, 3/10. Physiotermin am Do.",
    "Douleur au tendon d'Achille droit, surtout le matin. Repos + renfo excentrique.",
    "Dolor lumbar tras peso muerto; el fisio dice contractura, 1 semana sin cargas pesadas.",
    "右膝の痛み（階段を下りるとき）。ランニングは2週間休止。",
    "Had a cortisone shot in the shoulder on 15/01 — doc said no overhead pressing for 2 weeks",
    "Blister on the heel from new shoes → hydrocolloid plaster + lace-lock; fine by day 3",
    "Meds: ibuprofen 400 mg x2/day for 3 days (with food). Stopped after that.",
    "Sciatica-like pain down L leg to the calf, worse sitting — referred to GP for imaging",
    "Stress fracture (2nd metatarsal, L) confirmed by MRI; 6-8 weeks off running, cross-train in pool",
    "Return-to-run: wk1 5 x (1' run / 1' walk), wk2 5 x (2'/1'), wk3 5 x (3'/1')... pain ≤ 2/10",
    "Rotator cuff: ER w/ band 3x15 @ side, 90/90 ER 3x12 with 1 kg",
    "DOMS after the first leg day in 3 months; can barely sit down 😂 not an injury though",
    "Groin strain (adductor longus) in football; Copenhagen plank short lever 3x20\"",
    "Knee swelling after runs: 2 cm circumference difference L vs R, measured 10 cm above patella",
    "Physio's note: 'avoid loaded deep flexion > 90°; no pivoting sports until re-assessed'",
    "Chest pain when benching — GP ruled out anything cardiac (ECG normal), likely costochondritis",
    "Tight calves → 2x30\" stretches after runs + 3x15 calf raises; better in a week",
    "Back to lifting after back pain: hinge with dowel → KB deadlift 16 kg → 24 kg → barbell",
    "Pain diary (0-10): Mon 3 | Tue 2 | Wed 4 (after intervals) | Thu 2 | Fri 1",
    "Insurance needs the referral; uploaded the scan as /Documents/referral_physio.pdf",
    "Diagnosis codes on the invoice: M76.6 (Achilles tendinitis), M79.6",
    "Taping: kinesio tape on the patella (Y-strip), 50% stretch; skin OK, no irritation",
    "Dry needling on upper traps — sore for a day, then relief",
    "Rehab: Nordics 3x5 (band-assisted) 2x/week; no sprints until 90% strength L vs R",
    "Cleared by physio to run 'as tolerated' — starting with 20 min every other day",
    "Finger pulley strain (A2, ring finger) from crimping → H-taping, no crimps for 4-6 weeks",
    "Carpal tunnel symptoms at night (tingling in thumb/index), using a wrist splint",
    "Knee 'gave way' on the stairs, no pain but scary — physio will test the ACL on Thursday",
    "Dead hang 3x20\" for the shoulder — feels amazing",
    "Please don't schedule jumps for me (ankle) until 01/05. Cycling and swimming OK.",
    "Injury report:\nWhat: rolled R ankle on a trail descent\nWhen: 14 km into the long run\nSwelling: moderate, lateral\nWeight-bearing: yes, painful (5/10)",
    "Physio homework <3x/day>: ankle alphabet, towel scrunches, single-leg balance 30\" eyes closed",
]


def tpl_injury_physio(rng):
    sides = ["Left", "Right", "L", "R"]
    parts = ["knee", "ankle", "hip", "shoulder", "Achilles", "hamstring",
             "calf", "wrist", "elbow", "foot (arch)"]
    midline = ["Lower back", "Neck", "Upper back", "Tailbone"]
    whens = ["on stairs", "after running", "first thing in the morning", "when squatting below parallel",
             "during overhead press", "at night", "after sitting > 1 h", "on downhills"]
    plans = ["Ice & rest 48 h.", "Physio on Thursday.", "Reduce volume by 30% this week.",
             "Keep mobility work daily.", "No jumping until cleared.", "Swap running for the bike.",
             "Isometrics 5x45\" twice a day.", "Will see the GP if not better by Monday."]
    p = rng.choice([1, 2, 3, 4, 5, 6])
    form = rng.randrange(3)
    if form == 0:
        return f"{rng.choice(sides)} {rng.choice(parts)}: pain {p}/10 {rng.choice(whens)}. {rng.choice(plans)}"
    if form == 1:
        return f"{rng.choice(parts).capitalize()} ({rng.choice(sides)}) — {p}/10 {rng.choice(whens)}; {rng.choice(plans)}"
    return f"{rng.choice(midline)}: {p}/10 {rng.choice(whens)} -> {rng.choice(plans)}"


# ---------------------------------------------------------------------------
# 8. challenge_name: challenge titles, team names, leaderboard labels
# ---------------------------------------------------------------------------
CHALLENGE_NAME = [
    "March Madness: 100 km in 31 days 🏃",
    "Plank-a-thon 🧱 — hold longer than yesterday, every day",
    "Team \"Quads & Quokkas\" vs. Team 'Glute Force'",
    "#30DaysOfYoga — 20' a day, any style",
    "Sub-20 5k Club (2025)",
    "10,000 steps × 30 days",
    "Climb Everest: 8,848 m of elevation on the bike/treadmill by 31/05",
    "Iron Week: swim 3.8 + bike 180 + run 42.2 (cumulative, over 7 days)",
    "Leaderboard > Squat 1RM > Women 63 kg > Masters 1 (40-49)",
    "Winter Warrior ❄️ Run outside when it's < 0 °C, 10 times",
    "Dry January + 5k a day = 'Sober Sprint'",
    "Office vs Office: Berlin 🇩🇪 vs Madrid 🇪🇸 (total active minutes)",
    "Dessert Drop Challenge — how many cafeteria desserts can you skip this month? 🍰❌",
    "Burpee Ladder: day N = N burpees (day 30 = 30, total 465)",
    "Sleep > 7h for 21 nights 😴",
    "Run Your Age (km) — in one week",
    "C25K graduates 2024 🎓",
    "Pull-up Progression: 0 → 10 in 8 weeks",
    "Rowing 1 million metres (team of 5)",
    "Segment 'Hill of Pain' (0.8 km @ 9%) — fastest this month wins a hoodie",
    "Mobility Monday + Flexibility Friday",
    "Squat & Shine ☀️: 1,000 squats in June",
    "Desafío 21 días sin azúcar",
    "Défi 50 km de marche en mai 🚶",
    "Herausforderung: 100 Liegestütze täglich",
    "毎日ストレッチ30日チャレンジ",
    "Reto Ramadán: 20' suaves después del iftar",
    "Step it up: <10k / 10k-15k / >15k leagues",
    "Family Fit Fest: parents + kids ≥ 60 min/week",
    "Tabata Tuesday 🔥 (4' of pain, every week)",
    "Team name ideas: 'Sweat Equity', 'Mission Impossibell', 'Deadlift & Chill', 'Quads Squad'",
    "Leaderboard tie-breaker: earliest submission wins (timestamp UTC)",
    "Rules: only GPS-tracked runs count; treadmill runs need a photo of the console",
    "Challenge 'Half to Full' — 13.1 → 26.2 miles in 16 weeks",
    "Cycle to Work Week 🚲 (min 5 km per commute)",
    "WOD of the month: 'Karen' (150 wall balls) — sub-10' gets a badge",
    "Streak: Log every meal for 14 days (yes, snacks too 🍫)",
    "Grip Gauntlet: dead hang total time > 10 min in one session",
    "Hydration Hero: ≥ 2.5 L water/day, 20/30 days",
    "Spring Clean Your Diet — no ultra-processed food Mon-Fri",
    "'Select & Sweat': pick any 3 classes/week, finish 12 by month end",
    "The Union Jack Run 🇬🇧 — draw the flag with your GPS track!",
    "Couch Potatoes → Marathoners (Season 3)",
    "Kilo Club: lift a combined 1,000 kg (S+B+D) — current members: 12",
    "Vertical km: 1,000 m D+ in less than 5 km",
    "100 Push-ups/Day 💪 | Week 3 of 4",
    "Zone 2 Zealots: 150 min/wk in Z2 for 6 weeks",
    "Lockdown Legends (2020-2021 archive)",
    "Advent run: 1 km on Dec 1, 2 km on Dec 2 … 24 km on Dec 24 🎄",
    "Sunrise Squad ☀️ — workouts logged before 07:00 count double",
    "Drop & Give Me 20 — push-up streak",
    "Sleep Score ≥ 80 Club 🌙 (7 nights in a row)",
]


def tpl_challenge_name(rng):
    emojis = ["🔥", "💪", "🏃", "🚴", "🏊", "🧘", "⛰️", "🏆", "⚡", "🌞"]
    adj = ["Summer", "Autumn", "Spring", "Winter", "Midnight", "Weekend", "Lunchtime", "Sunrise", "Office"]
    noun = ["Shred", "Streak", "Grind", "Miles", "Marathon", "Ladder", "Sprint", "Burn", "Climb"]
    units = [("km", [50, 100, 150, 200, 300]), ("push-ups", [500, 1000, 2000]),
             ("active minutes", [600, 900, 1200]), ("m elevation", [2000, 5000, 8848]),
             ("squats", [1000, 3000]), ("km rowing", [42, 100])]
    if rng.randrange(2) == 0:
        return f"{rng.choice(emojis)} {rng.choice(adj)} {rng.choice(noun)} Challenge {rng.choice([2024, 2025, 2026])}"
    u, ns = rng.choice(units)
    return f"{rng.choice(ns):,} {u} in {rng.choice([7, 14, 21, 30, 31, 60])} days {rng.choice(emojis)}"


# ---------------------------------------------------------------------------
# 9. export_path: GPX/FIT/TCX paths, export/import locations, share links
# ---------------------------------------------------------------------------
EXPORT_PATH = [
    r"C:\Users\anna\Documents\Garmin\Activities\2024-03-02-07-15-33.fit",
    "/Users/jonas/Downloads/Morning_Run_2024-05-11.gpx",
    "/sdcard/Android/data/com.fitapp.tracker/files/exports/ride_0412.tcx",
    r"D:\GARMIN\Activity\E3B41523.FIT",
    "~/Library/Mobile Documents/com~apple~CloudDocs/Workouts/long_run (1).gpx",
    "export_2024-06-30_all-activities.zip (312 MB) — contains activities/*.fit.gz",
    "Imported from https://www.strava.com/activities/11223344556 — hope that's ok",
    "Route file: Lakeside 10k loop v2 — final.gpx",
    r"Please import 'C:\Users\Kevin O'Brien\Desktop\TrainingPeaks export\workouts.csv'",
    "/home/mara/Documents/training/2023/week_42/intervals.fit",
    "My plan backup is at ./backups/plan-2025-01.json (downloaded from Settings → Export)",
    "Files > On My iPhone > FitApp > Exports > Sleep_Jan.csv",
    r"\\nas-home\sport\gpx\tour_de_lac_2023.gpx — can the desktop app read from a network share?",
    r"Zwift saves to Documents\Zwift\Activities\2024-02-11-18-02-51.fit, then I upload that",
    "GPX upload error: 'trkpt missing ele' on Lauf_Königssee.gpx",
    "File name: Ride – 2024.05.19 – Col du Galibier (2642 m).gpx",
    "/storage/emulated/0/Download/活动_20240305.gpx",
    "The export link https://fitapp.example/export/u/9981/activities.zip?expires=1717171717 expired",
    "../exports/2024/run_0312.gpx is where the sync tool put it (relative to the FitSync folder)",
    "Wahoo → Dropbox/Apps/WahooFitness/2024-04-14-073012-ELEMNT BOLT 2F1C-123-0.fit",
    "CSV columns: date;activity;distance_km;duration;avg_hr;calories",
    "Backup path set to /mnt/data/fitapp/backups/ (self-hosted, docker volume)",
    "Please support .fit.gz and .tcx.gz — the bulk export gives those",
    "Coros export: COROS/Run/2024-07-21 08_12_44.fit",
    "C:/Program Files (x86)/Garmin/Express/... can't find where it stores the files",
    "Uploaded 'swim  (2).fit' twice by mistake, please delete the second one",
    "Suunto app → Share → 'Export GPX' → saved to /Download/Suunto/Trail_50K_Chamonix.gpx",
    "The URL for my route: https://www.komoot.com/tour/123456789?ref=wtd&share_token=abcDEF",
    "Polar Flow export: training-session-2024-03-05-7781234-3f2e.json",
    "$HOME/Sport/FIT/ — I sync this folder via rsync to my laptop every night",
    "Sheet export: 'Lifts 2024.xlsx' → tab 'Squat', columns A:F",
    "/var/mobile/Containers/Data/Application/…/Documents/export.gpx (from the iOS Files app)",
    "gpx → fit conversion fails for routes > 10k points; I split it into part1.gpx / part2.gpx",
    "Where's the 'Export all' button gone? Used to be Settings → Data → Export",
    "Race results: https://results.example-timing.com/event/berlin-2024?bib=23117&lang=de",
    "Calendar feed: webcal://fitapp.example/cal/coach-9981.ics",
    "Windows path with spaces: \"E:\\Sport Backup\\Garmin 945\\Activity\\\" — export worked fine",
    "Rename rule I use: {date}_{sport}_{distance}km.gpx → 2024-04-02_run_12.4km.gpx",
    "Please accept .FIT uppercase — my head unit writes BRYTON_0001.FIT",
    r"OneDrive\Documentos\Entrenamientos\Carrera_Montaña_23km.gpx",
    "Bulk export layout: activities/, media/, routes/, profile.csv, activities.csv",
    "Sleep data exported as ~/Downloads/sleep-export (3)/sleep_2024.csv",
    "Garmin device folder: /GARMIN/NewFiles/ for workouts, /GARMIN/Activity/ for recordings",
    "SD card mount: /media/pi/GARMIN/Activity/*.FIT (Raspberry Pi auto-sync script)",
    "My public profile: https://fitapp.example/@marta.runs?tab=activities&year=2024",
    "JSON export (pretty): {\"date\": \"2024-03-02\", \"sport\": \"run\", \"distance_m\": 8200}",
    r"Tried to upload the .fit from \\Mac\Home\Downloads\ inside Parallels, didn't show up",
    "Export format options: GPX 1.1 | TCX | FIT | CSV (summary only)",
    r"Dateipfad: C:\Users\Jürgen\Sport\Läufe\2024\Halbmarathon_Köln.fit",
    "Plan PDF: https://fitapp.example/plans/12/print?format=pdf&lang=en&units=metric",
    "Folder structure I export to:\n/Sport\n  /2024\n    /run\n    /ride\n    /swim\n  /plans",
    "Exported 'Squat & Bench log (Jan-Mar).csv' — opens fine in LibreOffice, Excel mangles the dates",
]


def tpl_export_path(rng):
    users = ["anna", "jonas", "kev", "mara", "aiko", "lukas", "sofia", "priya"]
    sports = ["run", "ride", "swim", "hike", "row", "walk", "trail", "strength"]
    exts = ["gpx", "fit", "tcx", "csv", "fit.gz", "json"]
    date = f"2024-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    u, s, e = rng.choice(users), rng.choice(sports), rng.choice(exts)
    form = rng.randrange(4)
    if form == 0:
        return f"C:\\Users\\{u}\\Documents\\FitApp\\Exports\\{date}_{s}.{e}"
    if form == 1:
        return f"/Users/{u}/Downloads/{s.capitalize()}_{date}.{e}"
    if form == 2:
        return f"/sdcard/Android/data/com.fitapp.tracker/files/exports/{date}_{s}.{e}"
    return (f"https://fitapp.example/export/u/{rng.randrange(1000, 99999)}/{date}.{e}"
            f"?units={rng.choice(['metric', 'imperial'])}&tz=Europe%2FBerlin")


# ---------------------------------------------------------------------------
# 10. community_post: posts with hashtags, emoji, multilingual
# ---------------------------------------------------------------------------
COMMUNITY_POST = [
    "First sub-2 half marathon!!! 1:58:43 🥳🏃‍♀️ #halfmarathon #PR #running",
    "Who else is doing the 'March Madness' challenge? I'm at 41/100 km 😅 #MarchMadness",
    "Gym etiquette PSA: re-rack your plates. The 20s don't walk back on their own 😤",
    "Unpopular opinion: leg day > chest day. Fight me 🦵",
    "Q: is 'drop sets' the same as 'strip sets'? Asking for a friend (me) 🙋",
    "Rest day = sleep, eat, foam roll, repeat 😴 #recovery",
    "Morning swim & coffee ☕ — best combo. 2.5 km done before 7!",
    "Ran in the rain today, 12 km, felt like a kid again 🌧️ #runningintherain",
    "Finally deadlifted 2x bodyweight (160 kg @ 80 kg) 💪 3 years of work!",
    "Post-race brunch > the race itself 🥞🥓",
    "Looking for a running buddy in Lyon (5'30\"/km, weekends) — DM me!",
    "Anyone tried the new 'Hyrox' class at the downtown gym? Worth it?",
    "Motivation for today: 'You don't have to be extreme, just consistent.' 🙏",
    "Erster Marathon geschafft! 4:12:09 — Beine kaputt, Herz voll ❤️ #berlinmarathon",
    "¡Primer 10K por debajo de 50 minutos! 49:38 🎉 #running #10k",
    "Premier trail de 30 km, 1 200 m D+ — quelle journée ☀️⛰️",
    "今日は朝ラン10km！気持ちよかった🏃‍♂️ #朝ラン",
    "Сегодня пробежал первые 21 км! Ура 🎉",
    "Bugün 5 km koştum, hedef ay sonunda 10 km 💪",
    "Sorry for the rant but: people who 'reserve' 3 machines with towels & phones 🙄",
    "Post your #shoefie 👟 — mine: 900 km and still going",
    "Tips for early-morning runs? Alarm at 5:15 is killing me 😩",
    "Healthy-ish recipe: overnight oats w/ PB & jam. 'It's basically dessert' – my kid",
    "We did it!! Team 'Quads Squad' finished #1 on the leaderboard 🏆🏆🏆",
    "Is it normal that my HR is 170+ on 'easy' runs? Just started 3 weeks ago 🤔",
    "Yoga isn't 'just stretching' — 60 min of vinyasa had me sweating more than spin 😅",
    "New PR on the erg: 2k in 6:58! Sub-7 finally 🚣",
    "Shout-out to Coach Mia for fixing my squat depth <3",
    "Today I learned: 'AMRAP' = As Many Rounds As Possible. Not 'A Massive Rest And Pizza' 🍕",
    "Comeback after 2 years & a baby: 3 km walk/run. Small steps 💕 #postpartumfitness",
    "Weekly recap: 4 runs | 2 lifts | 1 yoga | 0 excuses 😎",
    "Rate my home gym: rack, bar, 140 kg of plates, bench, rings. What should I add next?",
    "Anyone know why the app says 'Unproductive' every week? 😂",
    "Race report: Chicago — 3:29:51, qualified by 9 sec. Long post ahead ⬇️",
    "Mental health run ☁️ → ☀️ Thanks for all the support here, you're amazing",
    "Quick poll: morning workouts (A) or evening workouts (B)? 🌅 / 🌙",
    "Please stop telling beginners to 'eat clean'. It's about consistency & protein, not 'clean'.",
    "Trail run at Mt. Tam with the crew 🌲 18 km, 900 m D+ #trailrunning",
    "Parkrun #250 today 🎉 Thank you volunteers!!!",
    "What do you listen to while running? I alternate podcasts & 'Eye of the Tiger' 🐯",
    "Finally booked my first triathlon (sprint, Sept). Terrified & excited 🏊🚴🏃",
    "Lost 12 kg since January — slow & steady, no crash diets. AMA!",
    "Hot take: rest days are training days too. #recovery #sleep",
    "30-day plank challenge done: day 1 = 30\", day 30 = 4'10\" 🧱",
    "Coffee before a run: yes or no? ☕🏃",
    "Hiked Ben Nevis today, views were… fog. 10/10 would do it again 🌫️",
    "Masters track meet: 800 m in 2:31 at 52 years old 🏅",
    "My 'script' for race morning: wake 3h before, oats + banana, coffee, bathroom x2 😂",
    "Proud of my mum (67) for finishing her first 5K today! 👵🏃‍♀️❤️",
    "Run from Union Station to the lakefront and back: 14 km 🌆 #citysights",
    "Race day checklist:\n✅ bib + pins\n✅ gels x4\n✅ vaseline (trust me)\n✅ watch charged\n❌ sleep 😅",
    "Sleep 8h, eat real food, lift heavy stuff, walk a lot. That's the whole secret 🤷",
]


def tpl_community_post(rng):
    openers = ["Today:", "Finally!", "Small win:", "Quick update:", "Sunday vibes:", "Not bad for a Monday:",
               "Proud of this one:", "Back at it:"]
    acts = [("ran {d} km in {t}", [5, 8, 10, 12, 15, 21], ["running", "run", "PR", "strava"]),
            ("rode {d} km with the club", [40, 60, 85, 100, 120], ["cycling", "bikelife", "strava"]),
            ("swam {d} km open water", [1, 1.5, 2, 3], ["swimming", "openwater", "triathlon"]),
            ("hiked {d} km with the dog", [8, 12, 15, 20], ["hiking", "dogsofinstagram", "outdoors"]),
            ("rowed {d}k metres on the erg", [5, 6, 10, 21], ["rowing", "indoorrowing", "erg"])]
    emojis = ["🔥", "💪", "🥳", "🙌", "😅", "☀️", "🌧️", "✨"]
    general = ["fitness", "training", "motivation", "getfit", "weekendwarrior"]
    tpl, dists, tags = rng.choice(acts)
    d = rng.choice(dists)
    secs = int(d * rng.choice([270, 300, 325, 350, 380, 410])) + rng.randrange(60)
    t = f"{secs // 3600}:{secs // 60 % 60:02d}:{secs % 60:02d}" if secs >= 3600 else f"{secs // 60}:{secs % 60:02d}"
    act = tpl.format(d=d, t=t)
    return f"{rng.choice(openers)} {act} {rng.choice(emojis)} #{rng.choice(tags)} #{rng.choice(general)}"


CATEGORIES = [
    ("workout_log", WORKOUT_LOG, tpl_workout_log),
    ("training_plan", TRAINING_PLAN, tpl_training_plan),
    ("nutrition_log", NUTRITION_LOG, tpl_nutrition_log),
    ("wearable_sync", WEARABLE_SYNC, tpl_wearable_sync),
    ("coach_comment", COACH_COMMENT, tpl_coach_comment),
    ("class_booking", CLASS_BOOKING, tpl_class_booking),
    ("injury_physio", INJURY_PHYSIO, tpl_injury_physio),
    ("challenge_name", CHALLENGE_NAME, tpl_challenge_name),
    ("export_path", EXPORT_PATH, tpl_export_path),
    ("community_post", COMMUNITY_POST, tpl_community_post),
]


def main():
    rng = random.Random(SEED)
    seen = set()  # membership checks only, never iterated
    rows = []
    stats = []
    for name, literals, tpl in CATEGORIES:
        values = []
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {name}: {v!r}")
            seen.add(v)
            values.append(v)
        n_lit = len(values)
        if n_lit > PER_CATEGORY or n_lit < 0.55 * PER_CATEGORY:
            raise SystemExit(f"{name}: {n_lit} literals, outside [{0.55 * PER_CATEGORY}, {PER_CATEGORY}]")
        tries = 0
        while len(values) < PER_CATEGORY:
            tries += 1
            if tries > 20000:
                raise SystemExit(f"{name}: template cannot produce enough unique values")
            v = tpl(rng)
            if v in seen:
                continue
            seen.add(v)
            values.append(v)
        for v in values:
            if not isinstance(v, str) or not v or len(v) > MAX_LEN:
                raise SystemExit(f"bad value in {name}: {v!r}")
            rows.append({"category": name, "label": "benign", "value": v})
        stats.append((name, len(values), n_lit))

    out = Path(__file__).with_name("benign.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, row in enumerate(rows, 1):
            obj = {"id": f"{PREFIX}-{i:05d}", "category": row["category"],
                   "label": row["label"], "value": row["value"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for name, n, n_lit in stats:
        total_lit += n_lit
        print(f"{name:16s} {n:4d}  literals {n_lit:3d} ({100.0 * n_lit / n:.0f}%)")
    print(f"{'total':16s} {len(rows):4d}  literals {total_lit:3d} ({100.0 * total_lit / len(rows):.0f}%)")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
