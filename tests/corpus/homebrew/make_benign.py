"""Benign held-out corpus for the homebrew (beer, cider, mead) recipe and forum app.

Every value is hand-written for this corpus or produced by a small template over
hand-written pools. Values are the kind of text real brewers type into recipe names,
grain bills, hop schedules, stats fields, mash/fermentation schedules, water chemistry,
BeerXML/BeerJSON imports, brew-day logs, equipment profiles and forum posts.

Output: benign.jsonl next to this file. Deterministic (fixed SEED, no set ordering).
"""
import json
import random
from pathlib import Path

SEED = 9701
PREFIX = "hb97"
PER_CATEGORY = 80

# --------------------------------------------------------------------------- literals

RECIPE_NAME = [
    "Dad's \"Lawnmower\" Blonde",
    "Select Pale Ale #3",
    "Union Street Porter",
    "Drop-Kick IPA (v2)",
    "Sleepy Hollow Pumpkin Ale -- 2023 batch",
    "O'Malley's Irish Red",
    "Citra/Mosaic SMaSH",
    "Schwarzbier \"Nacht\" – try #4",
    "Brew & Chew Oatmeal Stout",
    "Bière de Garde à l'ancienne",
    "Weißbier nach Omas Rezept",
    "Cerveza 'La Siesta' Mexican Lager",
    "Hoppy Hour <3",
    "Table Beer; 2.8% session",
    "NEIPA | juicy | hazy",
    "Exec Stout (for the office party)",
    "Script Kiddie Kölsch",
    "Double Drop Barleywine (2019 vintage)",
    "Cyser w/ wildflower honey",
    "Mead: Orange Blossom Traditional",
    "ジャパニーズ・ライスラガー",
    "Пшеничное нефильтрованное",
    "Alert! Grapefruit Radler",
    "Eval Batch #12 — yeast side-by-side",
    "Sour Cherry Kriek (2 yr)",
    "Smoked Rauchbier = Bacon in a glass",
    "Tripel 'Holy Water' 9%",
    "Sysop's Saison",
    "Null & Void Black IPA",
    "Half & Half: Stout/Lager blend",
    "Coffee Milk Stout w/ lactose + vanilla",
    "Scottish 80/- Export",
    "Old Ale 1/2 barrel split",
    "Hazy Days {experimental}",
    "Brut IPA ~ bone dry",
    "Piña Colada Gose",
    "Åbo Sahti (juniper)",
    "Grätzer / Grodziskie",
    "Märzen for Oktoberfest '24",
    "Root Beer (non-alc) for the kids",
    "Cidre bouché normand",
    "Saké-ish Rice Wine",
    "Orange Creamsicle Cream Ale",
    "\"Dirty\" Dunkel",
    "Wee Heavy > 8% (don't drink 3)",
    "Pilsner – Bohemian, decoction",
]

GRAIN_BILL = [
    "5.5 kg Maris Otter; 0.3 kg Crystal 60L; 0.1 kg Chocolate",
    "Pilsner malt 90%, Munich I 8%, Acidulated 2%",
    "4 kg Pale Ale malt\n500 g Wheat malt\n250 g Carapils",
    "10 lb 2-row | 1 lb Crystal 40 | 0.5 lb Victory",
    "Golden Promise 92% / Roasted Barley 8%",
    "3.2 kg Pilsner (Weyermann); 1.8 kg Wheat; 0.2 kg Rice hulls",
    "Maris Otter 4.5 kg, Brown malt 0.4 kg, Black Patent 0.15 kg, Flaked oats 0.5 kg",
    "Grist: 70% Vienna, 25% Munich, 5% Melanoidin -- 6 kg total",
    "11 lbs Pale 2-Row\n1.5 lbs Munich 10L\n12 oz Caramel 60L\n4 oz Chocolate",
    "Malzschüttung: 4 kg Pilsner, 1 kg Münchner, 0,2 kg Caramünch",
    "Flaked maize 20% (for the cream ale), rest 6-row",
    "Base = Pale 2-row; specialty < 10% of the bill",
    "Union of my two leftover bags: 2.3 kg Munich + 1.9 kg Pilsner",
    "Extract: 3 kg Light DME + 0.5 kg Crystal 20 steeped @ 68°C",
    "Malt bill (27 L): 6.2 kg Pale, 0.4 kg Crystal 120, 0.2 kg Carafa III",
    "1 can Coopers Lager + 1 kg Brew Enhancer 2",
    "Drop the crystal to 3% if it comes out too sweet",
    "4,5 kg de malta Pilsen; 0,5 kg de trigo; 0,2 kg de Cara Red",
    "Honey malt 5% & Biscuit 5% & Maris Otter 90%",
    "Rye 30%, Pale 60%, Crystal 80L 5%, Rice hulls 5% (don't skip!)",
    "Select the grains you have; Pilsner + Vienna works fine",
    "2 kg Candi sugar (dark) added at flameout",
    "Chocolate rye 150 g / Special B 200 g / Pale 5 kg",
    "ピルスナーモルト 4kg、ミュンヘン 0.5kg",
    "Pale 3.5 kg + Amber 0.3 kg + Crystal 150 EBC 0.25 kg",
    "Grain: Pale Ale 80% | Oats 15% | Acid malt 5%",
    "8# Pilsner, 2# wheat, 1# Munich, 4oz acid",
    "Mash: 5kg pale, 1kg munich /* double check munich stock */",
    "Smoked malt (beech) 50% — yes, fifty percent",
    "Sorghum syrup 3 kg (gluten-free), 0.5 kg Maltodextrin",
    "Base: Pilsner 100% — it's a SMaSH, keep it simple",
    "2-row 9 lb; C-60 1 lb; Carapils 0.5 lb; Black 2 oz (color only)",
    "Wheat malt (pale) 55% / Pils 45% for the Hefe",
    "Brown sugar 0.3 kg (boil), Golden naked oats 0.4 kg",
    "Bill scaled to 23 L -> 4.9 kg total grist",
    "Pale malt 4000g, Crystal 300g, Roast 100g == 4.4 kg",
    "Мюнхенский солод 3 кг, пильзнер 2 кг",
    "Percentages: 85/10/5 (pale/munich/crystal)",
    "Dextrose 250 g to dry it out; rest Pilsner",
    "Malt from LHBS: 'Best Malz' Pale 5 kg, Cara Aroma 0.2 kg",
    "Exec summary: 6 kg pale, tiny bit of roast",
    "Flaked wheat 1 lb + White wheat 4 lb + Pils 5 lb",
    "Crisp Maris Otter & Simpsons DRC (0.35 kg)",
    "Lactose 0.5 kg (not a grain, but it's in the bill)",
    "Vienna 100%; mashed thin (3.5 L/kg)",
    "Rice 1.5 kg (cereal mash first) + Pils 3 kg",
]

HOP_SCHEDULE = [
    "28 g Citra @ 10 min",
    "Magnum 20 g @ 60; Cascade 30 g @ 15; Cascade 50 g @ 0",
    "FWH: 25 g Hallertauer Mittelfrüh",
    "Whirlpool 80°C / 20 min: 60 g Mosaic + 40 g Citra",
    "Dry hop day 3: 100 g Galaxy (biotransformation)",
    "1 oz Centennial @ 60\n1 oz Centennial @ 15\n2 oz Centennial dry hop",
    "Saaz 50 g @ 60 | Saaz 30 g @ 20 | Saaz 20 g @ 5",
    "Hops: Nelson Sauvin 15% AA -> reduce to 10 g bittering",
    "Hopfengabe: 30 g Perle @ 70 min, 20 g Tettnanger @ 10 min",
    "Hop stand 30 min @ 77 °C with Amarillo & Simcoe",
    "No boil additions; all hops in the whirlpool (hop-burst)",
    "Dry hop: 2 oz Citra + 2 oz El Dorado, 3 days, then cold crash",
    "Columbus 14 g @ 60 (CTZ, 15.5% AA)",
    "Select hops by AA%; substitute Chinook for Columbus if needed",
    "East Kent Goldings 40g @ 60, 20g @ 15, 20g @ flameout",
    "Hop schedule: 60/30/15/5/0 min, 10 g each of Simcoe",
    "Cryo Citra 25 g + Mosaic T-90 25 g @ DH1 (high krausen)",
    "Boil 90 min; first hop at 60 (Northern Brewer 1 oz)",
    "Hop tea: steep 15 g Amarillo in 500 ml @ 80°C, add at bottling",
    "Motueka & Riwaka 50/50 — whirlpool only",
    "Lupulina: 30 g Cascade a los 60 min; 20 g a los 5 min",
    "Houblonnage à cru : 80 g de Strisselspalt, 4 jours",
    "Fuggles 1.5 oz @ 60 (the old-school way)",
    "Sleep on it before adding a 3rd dry hop charge; grassy risk",
    "Hop spider, 400 µm mesh, 60 g Citra @ 5",
    "IBU target 40 -> Warrior 12 g @ 60",
    "Dry hop schedule: D2 (50 g) + D5 (50 g) -- both Mosaic",
    "Hopshot / CO2 extract 5 ml @ 60 min",
    "Sabro 30 g @ 0 & 30 g DH (coconut note!)",
    "Hops (g): Citra=40, Galaxy=40, Idaho7=20",
    "Stopped at 2 dry hops; 3rd one would drop pH too much",
    "ホップ: カスケード 20g (60分), 30g (フレームアウト)",
    "Хмель: Сааз 40 г на 60 мин, 20 г на 10 мин",
    "Chinook 1 oz @ 60 & 1 oz @ 10 (pine/grapefruit)",
    "Late hops only; bitterness from 'Magnum extract'",
    "Dry-hop in keg w/ a stainless tube (50 g Amarillo)",
    "Hallertau Blanc @ 5 min – white wine character",
    "Whirlpool @ 170°F for 20 min; 4 oz total",
    "Bittering: Target 15 g (11% AA) @ 75 min",
    "Aroma >> bitterness for this one; 5:1 late:early",
    "Hops in muslin bag; remove at flame-out",
    "Pellets T90, stored at -18 °C, vacuum sealed",
    "DH @ 1.020 (day 2) & @ terminal (day 6)",
    "Bravo 10 g @ 60; Citra 100 g WP; Citra 150 g DH",
    "Hop schedule copied from Brew Day #31, Saaz swapped for Sterling",
    "Northdown 25 g FWH, Challenger 20 g @ 15",
]

STATS = [
    "OG 1.052, FG 1.010, 35 IBU, ABV 5.5%",
    "OG: 1.065 | FG: 1.012 | IBU: 60 | SRM: 7",
    "Target OG 1.048 -- hit 1.046 (efficiency 72%)",
    "ABV = (OG - FG) * 131.25 = 5.38%",
    "FG stuck at 1.030 since Tuesday :(",
    "BU:GU 0.67; color 12 EBC",
    "Plato 12.5°P -> SG ~1.050",
    "Brix 22.4 (refractometer, WCF 1.04)",
    "Stammwürze 11,8 °P; Alkohol 4,9 % vol.",
    "OG 1.100 / FG 1.020 / 10.5% (mead, staggered nutrients)",
    "Apparent attenuation 78%; real attenuation ~64%",
    "IBU (Tinseth) 42 vs (Rager) 51",
    "SG 1.008 after 10 days; still bubbling < 1 per minute",
    "pH 5.4 mash, 5.1 post-boil, 4.3 after fermentation",
    "Color: 35 SRM (black) — Morey",
    "Pre-boil gravity 1.044 @ 28 L; post-boil 1.052 @ 23 L",
    "ABV 4.2% (session), carbonation 2.4 vol CO2",
    "OG 1,056 / FG 1,012 / 5,8 % / 38 IBU",
    "Calories ~180 per 330 ml (est.)",
    "Final gravity 0.998 – the brett ate everything",
    "Efficiency: brewhouse 68%, mash 80%",
    "Attenuation > 85%?? is that possible with US-05",
    "OG 1.072, FG 1.014, ABV 7.6%, 65 IBU, 6 SRM",
    "Gravity drop 1.050 -> 1.012 in 4 days @ 19°C",
    "Cider: SG 1.055 → 0.999, ABV ~7.3%",
    "IBU≈28, EBC≈8, ABV≈4.8%",
    "Hydrometer reads 1.040 at 60°C; corrected 1.053",
    "Densidad inicial 1.050; final 1.011; 5,1% alc.",
    "Carb: 2.7 vols (Hefeweizen), priming sugar 7 g/L",
    "OG 1.090; pitch rate 1.5M cells/mL/°P",
    "Stats from BeerSmith: OG 1.051, IBU 33.8, Color 9.2 SRM",
    "ABV 5% = 'sessionable' in my book",
    "Diastatic? FG went 1.012 -> 1.002 in bottles (gushers!)",
    "Mash pH 5.62 -> added 2 ml lactic 80% -> 5.38",
    "Starting gravity 13°Blg; konečná 3°Blg",
    "OG 1.040 (2.5 gal batch) & 1.041 (second half)",
    "Boil-off 3.5 L/h; trub loss 1.5 L",
    "SG 1.046 / Temp 22 °C / Brix 11.5",
    "IBU 0 (it's a gruit!)",
    "Calculated vs measured OG: 1.054 vs 1.049 (-5 pts)",
    "ABV 12.5% -- barleywine, aged 1 year",
    "DO < 50 ppb at packaging (closed transfer)",
    "Ferm temp 18-20 °C; max 22 °C on day 4",
    "Gravity 1.010 → 1.010 → 1.010 (3 days stable, bottling)",
    "OG 1.058 FG 1.006 ABV 6.8% IBU 20 (saison)",
    "SG 1.000 exact?? Calibrated in distilled water at 20°C",
]

MASH_SCHEDULE = [
    "Single infusion 66°C / 60 min, mash out 76°C / 10 min",
    "Protein rest 52°C 15', beta 63°C 30', alpha 72°C 20', mashout 78°C",
    "Step mash: 45°C (ferulic) -> 63°C -> 72°C -> 78°C",
    "Strike water 17 L @ 73°C for 66°C rest",
    "Mash 152°F for 60 min; sparge with 168°F water",
    "Decoction: pull 1/3 thick mash, boil 15 min, return",
    "BIAB, full volume, 65 °C, squeeze the bag (yes, really)",
    "Rast: 57 °C 10 min; 64 °C 40 min; 72 °C 20 min; 78 °C",
    "No-sparge, 4 L/kg, 67°C",
    "Overnight mash; drop to ~55°C by morning (drier beer)",
    "Mash in @ 35°C, ramp 1 °C/min to 65°C",
    "Batch sparge 2x 8 L; first runnings 1.075",
    "Cereal mash for the corn: 70°C 15 min, then boil 30 min",
    "Fermentation: 12°C for 10 days, diacetyl rest 18°C x 2 days, lager 0-2°C 4 weeks",
    "Ferm: pitch @ 17°C, free-rise to 21°C after day 3",
    "Pressure ferment 1 bar (15 psi) @ 20°C with lager yeast",
    "Kveik at 35°C — done in 48h!",
    "Cold crash 2°C 48 h, then gelatin",
    "Mash 30 min only @ 68°C (conversion check w/ iodine)",
    "Sparge: fly sparge 45 min, stop at 1.010 runnings",
    "Brautag: Einmaischen bei 55 °C, Rasten wie oben",
    "Empâtage à 67 °C pendant 60 min, rinçage à 78 °C",
    "Mash temp dropped 2°C in the cooler -- preheat next time",
    "Ferm schedule: D1-3 18°C; D4-7 20°C; D8 crash; D10 keg",
    "Mead: SNA at 24/48/72 h + 1/3 break, degas daily",
    "Cider: no heat; campden tablet, wait 24 h, pitch",
    "Sour: kettle sour @ 40°C, L. plantarum, 36 h to pH 3.4",
    "Mash schedule (Hochkurz): 63°C 35' / 72°C 30' / 78°C",
    "Turbid mash for the lambic (simplified, 4 steps)",
    "Acid rest 35°C 20 min (old school, skip with modern malt)",
    "Hold mash at 64°C; my thermometer reads +1°C high",
    "Ferm: 1 week primary, 2 weeks secondary (old habits)",
    "Lager: 10°C until 50% attenuation, then ramp 1°C/day to 16°C",
    "Mash water 3 L/kg; sparge water 14 L @ 76°C",
    "Step: 66°C 45 min, 72°C 15 min; pH 5.3 @ room temp",
    "Ramp time ~2 °C/min with RIMS (2 kW element)",
    "Bottle conditioning: 3 weeks @ 20 °C, then fridge",
    "Mash-out skipped; sparge water hot enough",
    "Fermentación: 20 °C 7 días, 4 °C 3 días",
    "Sleep-in mash: mash at 22:00, sparge at 07:00",
    "Open fermentation in a bucket (English style), skim krausen",
    "Lagering 6 weeks @ 1°C; drink Oktober 1st",
    "Dough-in slowly; avoid dough balls (stir!)",
    "Ferm at 15°C w/ 34/70 then 18°C for D-rest",
    "Mash: 1 hr @ 149°F (dry) vs 156°F (sweet) – which for a stout?",
    "Brew-in-a-bag + 5 L dunk sparge @ 75°C",
]

WATER = [
    "Ca 50 ppm, SO4:Cl 2:1",
    "Ca 80 | Mg 5 | Na 10 | SO4 150 | Cl 60 | HCO3 30",
    "Add 5 g gypsum + 2 g CaCl2 to mash, 3 g gypsum to sparge",
    "RO water + 1 tsp CaCl2 for NEIPA (Cl:SO4 = 2:1)",
    "Tap water: 'hard' — 280 ppm as CaCO3, alkalinity 220",
    "Campden tablet 1/2 per 20 L to kill chloramine",
    "Lactic acid 88%: 3 ml to mash -> pH 5.35",
    "Target profile: Burton (SO4 > 600 ppm) -- too much?",
    "Wasserwerte: Ca 90 mg/l; Mg 12 mg/l; Hydrogencarbonat 305 mg/l",
    "Sulfate/Chloride ratio 0.5 for malty; 3.0 for bitter",
    "Baking soda 2 g for the dark beer (raise pH)",
    "Residual alkalinity (RA) = -50 ppm as CaCO3",
    "Water report (city): pH 7.8; TDS 180; Cl 45; SO4 60",
    "Dilute 50/50 with distilled & add 1/4 tsp salt",
    "Pilsen profile: Ca 7, Mg 2, Na 2, SO4 5, Cl 5, HCO3 15",
    "Acid malt 2% ≈ -0.1 pH",
    "Bru'n Water says 5.40, meter says 5.55 — trust which?",
    "Phosphoric acid 10%: 8 ml in sparge water",
    "Epsom salt 1 g (Mg for yeast health)",
    "Carbon filter on the hose; chlorine < 0.1 ppm",
    "Agua: Ca 60 ppm, Cl 80, SO4 40 (perfil 'equilibrado')",
    "CaSO4 6 g; CaCl2 3 g; MgSO4 1 g; NaCl 0 g",
    "Boiled & decanted to drop bicarbonate (~from 250 to 80)",
    "Water: 'Dublin' profile for the dry stout; HCO3 ~319",
    "eau osmosée + 4 g de chlorure de calcium",
    "ppm != mg/L? (close enough for dilute water)",
    "Chalk (CaCO3) doesn't dissolve — skip it",
    "Munich water: HCO3 high; use for Dunkel, not Helles",
    "SO4:Cl 1:1 balanced; Ca 70; Na < 50",
    "pH strips useless for dark wort; buy a meter",
    "Mash pH 5.2-5.6 window; aim 5.4 @ 25°C",
    "Well water with iron 0.4 ppm — metallic?",
    "NaHCO3 + CaCl2 for the porter; Cl 90",
    "Softened water (Na 120 ppm) — don't brew with it",
    "Gypsum 1 tsp ≈ 4 g (approx!)",
    "水質: Ca 40ppm, SO4 100ppm, Cl 50ppm",
    "Вода: жёсткость 4 °dH, добавил 3 г гипса",
    "Vienna profile: Ca 75, HCO3 200, SO4 120, Cl 12",
    "I use 'Yellow Balanced' from Bru'n Water; works every time",
    "Lactic > 2% of volume = sour taste, careful",
    "Chloride 150 ppm + sulfate 75 ppm for softness",
    "Water: 100% RO; salts via calculator (EZ Water 3.0)",
    "Ca(OH)2 pickling lime to raise pH (tiny amounts!)",
    "Acidify sparge to pH < 6 to avoid tannins",
    "Salt additions per 10 L: 1.0 g CaSO4 / 0.5 g CaCl2",
    "Chlorine smell from tap -> Campden; chloramine won't boil off",
]

BEERXML = [
    "<RECIPE><NAME>Dad's Lawnmower Blonde</NAME><VERSION>1</VERSION><TYPE>All Grain</TYPE></RECIPE>",
    "<HOP><NAME>Citra</NAME><ALPHA>12.0</ALPHA><AMOUNT>0.028</AMOUNT><USE>Boil</USE><TIME>10</TIME></HOP>",
    "<FERMENTABLE>\n  <NAME>Maris Otter</NAME>\n  <TYPE>Grain</TYPE>\n  <AMOUNT>5.5</AMOUNT>\n  <YIELD>81.0</YIELD>\n</FERMENTABLE>",
    "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n<RECIPES>\n<RECIPE><NAME>Weißbier</NAME></RECIPE>\n</RECIPES>",
    "<YEAST><NAME>SafAle US-05</NAME><TYPE>Ale</TYPE><FORM>Dry</FORM><ATTENUATION>81</ATTENUATION></YEAST>",
    "<MISC><NAME>Irish Moss</NAME><USE>Boil</USE><TIME>15</TIME><AMOUNT>0.005</AMOUNT></MISC>",
    "<WATER><NAME>Burton</NAME><CALCIUM>295</CALCIUM><SULFATE>725</SULFATE><CHLORIDE>25</CHLORIDE></WATER>",
    "<MASH_STEP><NAME>Saccharification</NAME><STEP_TEMP>66</STEP_TEMP><STEP_TIME>60</STEP_TIME></MASH_STEP>",
    "<NOTES>Use 'soft' water &amp; don't over-sparge &lt; 1.010</NOTES>",
    "<STYLE><NAME>American IPA</NAME><CATEGORY_NUMBER>21</CATEGORY_NUMBER><STYLE_LETTER>A</STYLE_LETTER></STYLE>",
    "{\"name\": \"Citra\", \"alpha_acid\": {\"unit\": \"%\", \"value\": 12.5}, \"form\": \"pellet\"}",
    "{\"beerjson\": {\"version\": 1.0, \"recipes\": [{\"name\": \"Select Pale Ale\", \"type\": \"all grain\"}]}}",
    "{\"timing\": {\"use\": \"add_to_boil\", \"time\": {\"value\": 60, \"unit\": \"min\"}}}",
    "{\"original_gravity\": {\"unit\": \"sg\", \"value\": 1.052}, \"final_gravity\": {\"unit\": \"sg\", \"value\": 1.010}}",
    "{\"mash_steps\": [{\"name\": \"Beta\", \"step_temperature\": {\"unit\": \"C\", \"value\": 63}}, {\"name\": \"Alpha\", \"step_temperature\": {\"unit\": \"C\", \"value\": 72}}]}",
    "<EQUIPMENT><NAME>Grainfather G30</NAME><BATCH_SIZE>23</BATCH_SIZE><BOIL_SIZE>28</BOIL_SIZE></EQUIPMENT>",
    "<TASTE_NOTES>Grapefruit, pine; a touch of \"catty\" from the Simcoe</TASTE_NOTES>",
    "<NAME>Brew &amp; Chew Oatmeal Stout</NAME>",
    "<OG>1.052</OG><FG>1.010</FG><IBU>35</IBU><EST_ABV>5.5</EST_ABV>",
    "{\"name\": \"Wyeast 3068 Weihenstephan Weizen\", \"type\": \"wheat\", \"form\": \"liquid\"}",
    "<RECIPE><NAME>Bière de Garde</NAME><BREWER>Éloïse</BREWER><BATCH_SIZE>20.0</BATCH_SIZE></RECIPE>",
    "{\"notes\": \"Mash at 66°C; don't let it drop below 64°C\"}",
    "<!-- exported from BeerSmith 3 -->\n<RECIPES></RECIPES>",
    "<FERMENTABLE><NAME>Candi Sugar, Dark</NAME><TYPE>Sugar</TYPE><COLOR>275</COLOR><ADD_AFTER_BOIL>FALSE</ADD_AFTER_BOIL></FERMENTABLE>",
    "{\"type\": \"fermentable\", \"grain_group\": \"caramel\", \"color\": {\"unit\": \"Lovi\", \"value\": 60}}",
    "<HOP><NAME>Saaz</NAME><ORIGIN>Czech Republic</ORIGIN><FORM>Pellet</FORM><ALPHA>3.5</ALPHA></HOP>",
    "<CARBONATION>2.4</CARBONATION><PRIMING_SUGAR_NAME>Corn Sugar</PRIMING_SUGAR_NAME>",
    "{\"efficiency\": {\"brewhouse\": {\"unit\": \"%\", \"value\": 72}}, \"batch_size\": {\"unit\": \"l\", \"value\": 23}}",
    "<NOTES><![CDATA[Whirlpool 20 min @ 80°C; dry hop <= 3 days]]></NOTES>",
    "<RECIPE><NAME>ジャパニーズ・ライスラガー</NAME><TYPE>All Grain</TYPE></RECIPE>",
    "{\"culture_additions\": [{\"name\": \"Lallemand Voss Kveik\", \"attenuation\": 0.8, \"temperature_range\": {\"minimum\": {\"unit\": \"C\", \"value\": 25}}}]}",
    "<MASH><NAME>Single Infusion, Light Body</NAME><GRAIN_TEMP>20</GRAIN_TEMP><PH>5.4</PH></MASH>",
    "{\"style\": {\"name\": \"Schwarzbier\", \"category\": \"Dark European Lager\", \"style_guide\": \"BJCP2021\"}}",
    "<AGE>28</AGE><AGE_TEMP>2</AGE_TEMP><DATE>3 Mar 2024</DATE>",
    "{\"name\": \"Irish Moss\", \"type\": \"fining\", \"amount\": {\"unit\": \"g\", \"value\": 5}}",
    "<YEAST><NAME>Lutra</NAME><NOTES>Kveik; clean at 30°C &gt; pseudo-lager</NOTES></YEAST>",
    "<DISPLAY_OG>1.052 SG</DISPLAY_OG><DISPLAY_FG>1.010 SG</DISPLAY_FG>",
    "{\"recipes\": [], \"equipments\": [], \"version\": 2.06}",
    "<FERMENTABLE><NAME>Honey (wildflower)</NAME><TYPE>Extract</TYPE><YIELD>75</YIELD></FERMENTABLE>",
    "<RECIPE><NAME>O'Malley's Irish Red</NAME><ASST_BREWER>Seán</ASST_BREWER></RECIPE>",
    "{\"name\": \"Piña Colada Gose\", \"ingredients\": {\"miscellaneous_additions\": [{\"name\": \"Sea salt\"}, {\"name\": \"Coconut\"}]}}",
    "<BOIL_TIME>90</BOIL_TIME><EVAP_RATE>12</EVAP_RATE><LAUTER_DEADSPACE>1.0</LAUTER_DEADSPACE>",
    "{\"name\": \"Pilsner – Bohemian, decoction\", \"author\": \"Jiří\"}",
    "<STYLE><NAME>Mead: Traditional</NAME><TYPE>Mead</TYPE></STYLE>",
    "<HOP><NAME>Nelson Sauvin</NAME><USE>Dry Hop</USE><TIME>4320</TIME></HOP>",
    "{\"name\": \"Brut IPA ~ bone dry\", \"notes\": \"amyloglucosidase in mash\"}",
]

BREW_LOG = [
    "07:30 heat strike water; 08:15 mash in @ 66°C",
    "Hit 1.048 pre-boil, added 200 g DME to get to 1.052",
    "Forgot the Irish moss... again. Added @ 5 min instead of 15.",
    "Boil-over at hot break!! Stove is a mess; lost ~1 L",
    "Pitched 2 packs US-05 at 19°C, airlock active after 8 h",
    "Day 3: krausen dropped, gravity 1.020",
    "Day 10: FG 1.011, tastes a bit green; leaving it 4 more days",
    "Chilled with immersion chiller in 22 min (tap water 12°C)",
    "Sanitized everything w/ StarSan (1.5 ml/L), no rinse",
    "Kegged @ 2°C, 12 psi set-and-forget; drinkable in a week",
    "Stuck sparge -- added rice hulls next time!!!",
    "Brautag-Protokoll: alles nach Plan, OG 12,1 °P",
    "Journal: la fermentation a démarré en 6 heures",
    "Checked pH: 5.45 at 20 min into mash, didn't adjust",
    "Bottled 48 x 330 ml with 130 g dextrose; select caps",
    "Transferred to secondary on fruit (1.5 kg raspberries)",
    "Drop in temperature overnight to 15°C — heater belt on",
    "Tasting day: clear, crisp, slightly sulphur (lager yeast)",
    "Note to self: hose clamp on the pump is loose",
    "Cleaned kettle w/ PBW 60°C, rinse, dry",
    "Mash out, vorlauf until clear, ran off 28 L",
    "Added 5 g yeast nutrient @ 10 min & whirlfloc tablet",
    "Opened the first bottle: gusher. Infection? Or too much priming?",
    "Timeline: 09:00 dough-in -> 10:00 sparge -> 11:30 boil -> 13:00 chill",
    "Temp log: 18.2, 18.5, 19.1, 19.4, 19.0 °C",
    "Day 1: Yeast starter 2 L on stir plate, decanted",
    "Cold crash & gelatin (1 tsp in 100 ml water @ 65°C)",
    "Used the new 3-vessel; efficiency jumped to 78%",
    "Dry hop added day 5; sealed & purged w/ CO2",
    "Exec decision: skip the 2nd dry hop, it's already dank",
    "Oops: recorded OG in Brix, not SG. Correct is 1.053",
    "Mead log: added 1/3 of Fermaid-O at 24h; smells of bread",
    "Cider pressed 15 kg apples → 9 L juice (SG 1.050)",
    "Boil 60 min: vigorous, lid off (DMS!)",
    "Yeast harvest: 200 ml slurry into a mason jar, fridge",
    "Brew log #42 – transfer via closed system, no O2 pickup",
    "Fermentation temp spiked to 26°C; fusel risk? :(",
    "Day 14: hydrometer 1.012 two days in a row — bottled",
    "Cleaned lines w/ BLC; replaced a leaky 'Y' splitter",
    "Mash pH too high (5.8); 2 ml lactic, now 5.4",
    "Sample tastes like cardboard — oxidation? ugh",
    "Added 1 tsp of gypsum & stirred 'til dissolved",
    "Rain all day; brewed under the carport anyway ☔",
    "Brewed with @hopsandmalt, shared the grain bill 50/50",
    "Laagering since 01.02.; trinkfertig ab 15.03.",
    "RAPT pill reading: SG 1.016, 19.8 °C, battery 83%",
]

EQUIPMENT = [
    "Grainfather G30, 30 L, 2000 W",
    "Kettle 50 L stainless, ball valve 1/2\" NPT",
    "Mash tun: 48 qt cooler w/ false bottom, dead space 1.5 L",
    "Brewzilla 35L Gen 4; pump + chiller",
    "Anvil Foundry 10.5 gal (240V) — efficiency 72%",
    "Fermenter: FermZilla 27 L (pressure rated 2.4 bar)",
    "Chest freezer + Inkbird ITC-308 for temp control",
    "Keezer: 4 taps, Intertap forward-sealing, 2.5 m beer line 3/16\"",
    "Boil-off 4 L/h; trub loss 2 L; fermenter loss 1 L",
    "Plate chiller 30 plates; gravity fed, ~15 min",
    "Refractometer ATC, 0-32 Brix; WCF = 1.04",
    "pH meter Apera PH60 (calibrate 4.0/7.0 every brew)",
    "Mill: 2-roller, gap 0.9 mm (credit card)",
    "Equipment profile: 'Garage BIAB' — 23 L batch, 32 L kettle",
    "Stir plate + 2 L Erlenmeyer flask (borosilicate)",
    "Immersion chiller 15 m copper, 3/8\"",
    "Kegs: 4x 19 L corny (ball lock), 1x 9 L mini",
    "CO2 bottle 6 kg; dual regulator (0-4 bar)",
    "Sudhaus: Braumeister 20 L; Malzrohr, Pumpe",
    "Hop spider 300 micron / 6\" x 14\"",
    "RIMS tube 5500 W w/ PID (Auber EZboil)",
    "Hydrometer & test jar (glass; broke the plastic one)",
    "Bottling wand + little bottling bucket (23 L)",
    "Counterflow chiller DIY: 10 m copper in garden hose",
    "Brew stand 3-tier, propane burners 60 000 BTU",
    "Fermentation fridge: 'Select' model from the 90s, still works",
    "Autosiphon 3/8\"; 2 m silicone tubing",
    "Tilt Hydrometer (purple) + Raspberry Pi logger",
    "Mash profile: thin (3.5 L/kg), grain absorption 0.8 L/kg",
    "Kettle: 70 L, 2 x 3500 W elements, whirlpool port",
    "Carboy 23 L glass (careful!) + airlock + bung #7",
    "Stainless conical 7 gal, blowoff tube 1/2\" ID",
    "Unitank 2 bbl @ the club brewery (glycol)",
    "Digital scale 0.1 g resolution for hops & salts",
    "Kettle volume marks: 10 L / 20 L / 30 L (laser etched)",
    "設備: 30Lケトル, 20L発酵槽, 冷却コイル",
    "Оборудование: пивоварня 40 л, чиллер, ферментер 30 л",
    "Cider press: 12 L basket + fruit crusher (DIY)",
    "Cooler mash tun losses: 2°C per hour w/ lid closed",
    "Equipment loss: kettle 1.5 L + hose 0.3 L",
    "Pressure kit: spunding valve set 0.8 bar",
    "Brew kettle with sight glass; calibrated 0.5 L steps",
    "Mead: 5 gal bucket, 1 gal jugs for experiments",
    "Water filter: carbon block 1 micron, 2 L/min",
    "Sparge heater: 20 L urn (Burco), 2.5 kW",
    "Profile name: Home \\ Garage \\ 2024",
]

FORUM_POST = [
    "Why does my IPA taste like cardboard after 2 weeks? Kegged w/o purge, is that it?",
    "Stuck fermentation at 1.030 — should I pitch champagne yeast (EC-1118) or just wait?",
    "Can someone explain SO4:Cl ratio like I'm 5? :)",
    "Is it safe to drink if there's a white film on top? Pics attached.",
    "I can't select a style in the app when importing BeerXML — bug?",
    "\"Drop the crystal malt\" is the best advice I got for my IPA, thanks all!",
    "Help!!! Airlock sucked back StarSan into the fermenter when cold crashing",
    "What's the difference between a Kölsch and a Cream Ale?",
    "Meine Gärung riecht nach Schwefel – normal bei Lagerhefe?",
    "¿Alguien ha probado la levadura kveik a 35 °C? ¿Sabores raros?",
    "Ma bière est trop amère : 60 IBU c'est trop pour une blonde ?",
    "Salve! Qualcuno usa il luppolo 'Cashmere'? Com'è?",
    "Как правильно карбонизировать в кеге? 2.5 атм и ждать неделю?",
    "ビールが酸っぱい…感染でしょうか？",
    "My wife says the garage smells like a bakery. Is that the yeast or my sparge water?",
    "Union of BJCP and Brewers Association styles — is there a mapping table anywhere?",
    "Exec summary of my first year brewing: 14 batches, 2 dumpers, 1 medal :D",
    "Sleep or pitch? Wort at 24°C, yeast wants 18°C, it's 11 pm...",
    "Anyone else get a <1.000 FG with Belle Saison? Mine's at 0.998",
    "Q: do I need to sanitize the hop bag if it goes in at 60 min? A: no, the boil does it",
    "Recipe review please: 5 kg Pale, 0.5 kg Crystal, 50 g Cascade @ 60, US-05. Too simple?",
    "Guys, my script for converting Brix to SG gives weird values after fermentation started",
    "Is 'drop & rack' worth it for English ales?",
    "Should I dump this batch? Tastes like nail polish remover (ethyl acetate?)",
    "Posting my water report — Ca 120, HCO3 300 — good for stouts only?",
    "How long can I leave beer on the yeast cake? 6 weeks too much?",
    "RIP my glass carboy 😢 — switching to PET",
    "Alert: the new batch of Citra at my LHBS smells like onion/garlic. Anyone else?",
    "What does \"OG 1.052\" actually mean? New brewer here.",
    "The forum ate my post with the <RECIPE> tags, trying again without them",
    "Why is my mash pH 5.8 even with 2% acid malt?",
    "First mead! 1.5 kg honey, 4 L water, 71B-1122. Anything I'm missing?",
    "Cider came out dry & sharp — back-sweeten with what? (no stabilizer)",
    "PSA: don't use 'Oxy' cleaner on aluminum kettles, it eats them",
    "Can I use sugar from the kitchen (sucrose) for priming? 6 g/L ok?",
    "Best way to calculate ABV: (OG-FG)*131.25 or the 'advanced' formula?",
    "Temperature control on a budget — swamp cooler & frozen bottles?",
    "Re: \"Stuck sparge\" — rice hulls, 5% by weight. Fixed it for me.",
    "@brewmaster_jo thanks, switched to a 3/8\" line and foaming is gone",
    "Lager question: diacetyl rest before or after 75% attenuation?",
    "Off-topic: what are you all drinking tonight? Me: Orval 🍺",
    "What's the deal with 'hot side aeration' — myth or real?",
    "Tried the \"no-chill\" method in a cube; any DMS issues?",
    "How do you all store hops? Vacuum + freezer @ -20°C here",
    "Sour beer in plastic = contaminated forever? Separate gear for brett/lacto?",
    "Any tips for brewing at altitude (2,400 m)? Water boils at ~92°C",
    "Can't log in on the mobile app; says \"session expired\" every 5 min",
]

LITERALS = {
    "recipe_name": RECIPE_NAME,
    "grain_bill": GRAIN_BILL,
    "hop_schedule": HOP_SCHEDULE,
    "stats": STATS,
    "mash_ferm_schedule": MASH_SCHEDULE,
    "water_chemistry": WATER,
    "beerxml_beerjson": BEERXML,
    "brew_log": BREW_LOG,
    "equipment_profile": EQUIPMENT,
    "forum_post": FORUM_POST,
}

# --------------------------------------------------------------------------- template pools

STYLES = ["Pale Ale", "IPA", "Stout", "Porter", "Saison", "Helles", "Dunkel", "Kölsch",
          "Hefeweizen", "Brown Ale", "Bock", "Gose", "Cream Ale", "Barleywine", "Tripel",
          "Mild", "ESB", "Cyser", "Melomel", "Perry"]
NAME_WORDS = ["Drop", "Union", "Select", "Sleepy", "Old", "Grandpa's", "Backyard", "Rusty",
              "Midnight", "Golden", "Foggy", "Porch", "Sunday", "Bonfire", "Harbor", "Nana's",
              "Rainy Day", "Lucky", "Stubborn", "Two-Car Garage"]
NAME_SUFFIX = ["", " #2", " (v3)", " – 2024", " w/ honey", " -- batch 7", " (no-chill)",
               " 'lite'", " & friends", " [club brew]", " {test}", " > v1"]
MALTS = ["Maris Otter", "Pilsner", "Pale 2-row", "Munich", "Vienna", "Wheat", "Crystal 60L",
         "Chocolate", "Carafa II", "Flaked oats", "Golden Promise", "Rye", "Special B",
         "Biscuit", "Acid malt", "Melanoidin"]
HOPS = ["Citra", "Mosaic", "Cascade", "Saaz", "Magnum", "Simcoe", "Amarillo", "Galaxy",
        "Nelson Sauvin", "EKG", "Hallertauer", "Centennial", "Columbus", "Strata", "Perle"]
YEASTS = ["US-05", "S-04", "W-34/70", "WLP001", "Wyeast 1318", "Verdant", "Nottingham",
          "Voss kveik", "BE-256", "71B-1122", "EC-1118", "Belle Saison"]
LOG_EVENTS = ["mash in", "vorlauf", "sparge", "boil start", "hot break", "whirlpool",
              "chill", "pitch", "dry hop", "cold crash", "keg", "bottle"]
EQUIP_NAMES = ["Grainfather G40", "Brewzilla 65L", "cooler MLT", "BIAB kettle",
               "Anvil 6.5 gal", "Braumeister 50", "Keggle", "Robobrew", "SS Brewtech InfuSsion"]
QUESTIONS = [
    "Is {a} a good sub for {b}?",
    "{a} vs {b} for a {s} — which one and why?",
    "Anyone brewed a {s} with {a}? How much did you use?",
    "My {s} with {y} is stuck at 1.0{g} — help?",
    "Best mash temp for a {s}? I did {t}°C & it came out thin",
    "Can I dry hop a {s} with {a}? Or is that weird",
]


def fmt_amt(rng, unit):
    if unit == "kg":
        return f"{rng.randint(1, 60) / 10:.1f} kg"
    if unit == "g":
        return f"{rng.choice([10, 15, 20, 25, 28, 30, 40, 50, 60, 75, 100])} g"
    return f"{rng.randint(1, 12)} lb"


def t_recipe_name(rng):
    return f"{rng.choice(NAME_WORDS)} {rng.choice(STYLES)}{rng.choice(NAME_SUFFIX)}"


def t_grain_bill(rng):
    malts = rng.sample(MALTS, rng.randint(2, 4))
    unit = rng.choice(["kg", "lb"])
    sep = rng.choice(["; ", " | ", "\n", ", "])
    return sep.join(f"{fmt_amt(rng, unit)} {m}" for m in malts)


def t_hop_schedule(rng):
    hops = rng.sample(HOPS, rng.randint(1, 3))
    parts = []
    for h in hops:
        when = rng.choice(["@ 60", "@ 30", "@ 15", "@ 10", "@ 5", "@ 0", "@ flameout",
                           "whirlpool", "DH day 3", "FWH"])
        parts.append(f"{fmt_amt(rng, 'g')} {h} {when}")
    return rng.choice(["; ", " / ", ", "]).join(parts)


def t_stats(rng):
    og = rng.randint(35, 95)
    fg = rng.randint(5, 18)
    abv = (og - fg) * 131.25 / 1000
    ibu = rng.randint(8, 90)
    style = rng.choice(["OG 1.0{og:02d}, FG 1.0{fg:02d}, {ibu} IBU, ABV {abv:.1f}%",
                        "OG: 1.0{og:02d} | FG: 1.0{fg:02d} | ABV {abv:.1f}% | {ibu} IBU",
                        "1.0{og:02d} -> 1.0{fg:02d} = {abv:.1f}% ABV ({ibu} IBU)"])
    return style.format(og=og, fg=fg, ibu=ibu, abv=abv)


def t_mash(rng):
    t1 = rng.randint(62, 70)
    m = rng.choice([45, 60, 75, 90])
    f = rng.randint(10, 22)
    return rng.choice([
        f"Mash {t1}°C / {m} min; ferment {f}°C w/ {rng.choice(YEASTS)}",
        f"Single infusion @ {t1}°C for {m}'; mash out 77°C",
        f"Ferm: {f}°C x {rng.randint(4, 14)} days, then {rng.randint(0, 4)}°C crash",
    ])


def t_water(rng):
    ca = rng.randint(30, 150)
    so4 = rng.randint(20, 350)
    cl = rng.randint(20, 200)
    return rng.choice([
        f"Ca {ca} ppm, SO4 {so4}, Cl {cl} (SO4:Cl {so4 / cl:.1f}:1)",
        f"Ca {ca} | SO4 {so4} | Cl {cl} | pH {rng.randint(52, 56) / 10}",
        f"{rng.randint(1, 9)} g gypsum + {rng.randint(1, 6)} g CaCl2; target Ca {ca} ppm",
    ])


def t_beerxml(rng):
    h = rng.choice(HOPS)
    a = rng.randint(30, 160) / 10
    t = rng.choice([60, 30, 15, 10, 5, 0])
    if rng.random() < 0.5:
        return (f"<HOP><NAME>{h}</NAME><ALPHA>{a}</ALPHA><AMOUNT>{rng.randint(10, 100) / 1000}"
                f"</AMOUNT><USE>Boil</USE><TIME>{t}</TIME></HOP>")
    return json.dumps({"name": h, "alpha_acid": {"unit": "%", "value": a},
                       "timing": {"time": {"unit": "min", "value": t}}}, ensure_ascii=False)


def t_brew_log(rng):
    hh = rng.randint(6, 22)
    mm = rng.choice(["00", "10", "15", "30", "45", "50"])
    ev = rng.choice(LOG_EVENTS)
    note = rng.choice(["all good", "a bit late", "temp ok", "smells great!", "SG 1.0%d" % rng.randint(10, 60),
                       "hose leaked :(", "done", "pH 5.%d" % rng.randint(2, 6)])
    return f"{hh:02d}:{mm} {ev} — {note}"


def t_equipment(rng):
    return (f"{rng.choice(EQUIP_NAMES)}: batch {rng.randint(10, 60)} L, boil-off "
            f"{rng.randint(2, 6)} L/h, dead space {rng.randint(5, 30) / 10} L")


def t_forum(rng):
    q = rng.choice(QUESTIONS)
    a, b = rng.sample(HOPS, 2)
    return q.format(a=a, b=b, s=rng.choice(STYLES), y=rng.choice(YEASTS),
                    g=rng.randint(15, 35), t=rng.randint(62, 70))


TEMPLATES = {
    "recipe_name": t_recipe_name,
    "grain_bill": t_grain_bill,
    "hop_schedule": t_hop_schedule,
    "stats": t_stats,
    "mash_ferm_schedule": t_mash,
    "water_chemistry": t_water,
    "beerxml_beerjson": t_beerxml,
    "brew_log": t_brew_log,
    "equipment_profile": t_equipment,
    "forum_post": t_forum,
}


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    stats = []
    for cat, lits in LITERALS.items():
        vals = []
        for v in lits:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            vals.append(v)
        n_lit = len(vals)
        tries = 0
        while len(vals) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template exhausted for {cat}")
            v = TEMPLATES[cat](rng)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        vals = vals[:PER_CATEGORY]
        stats.append((cat, len(vals), min(n_lit, PER_CATEGORY)))
        for v in vals:
            assert isinstance(v, str) and v and len(v) <= 1800
            rows.append({"category": cat, "label": "benign", "value": v})
    out = Path(__file__).with_name("benign.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, r in enumerate(rows, 1):
            obj = {"id": f"{PREFIX}-{i:05d}", "category": r["category"],
                   "label": r["label"], "value": r["value"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, n, nl in stats:
        total_lit += nl
        print(f"{cat:20s} n={n:3d} literals={nl:3d} ({100 * nl / n:.0f}%)")
    print(f"total={len(rows)} literals={total_lit}")


if __name__ == "__main__":
    main()
