"""Held-out BENIGN corpus for the agriculture theme (farm-management app, co-op
ordering portal, livestock registry, precision-ag / telemetry dashboard).

Every value is hand-written for this corpus, or produced by a small template over
hand-written pools. Nothing is taken from a dataset or a public payload list.
The values are hard negatives: ordinary things farmers, vets, agronomists and co-op
staff type into notes, names, logs, orders and forum posts, full of quotes, `;`,
`|`, `&`, `<`, `>`, `=`, `--`, paths, URLs and SQL/shell-ish words used innocently.

Run:  python3 make_benign.py   ->  benign.jsonl next to this file.
"""

import json
import random
from pathlib import Path

SEED = 3901
ID_PREFIX = "hb39"
PER_CATEGORY = 80
MIN_LITERAL_SHARE = 0.55

CATEGORIES = [
    "field_names",
    "spray_fert_logs",
    "seed_yield",
    "livestock_registry",
    "vet_treatments",
    "weather_irrigation",
    "equipment_telemetry",
    "coop_orders",
    "compliance_notes",
    "forum_posts",
]

# ---------------------------------------------------------------------------
# Hand-written literals
# ---------------------------------------------------------------------------

LITERALS = {}

LITERALS["field_names"] = [
    "North 40 (O'Brien's old place)",
    "Back paddock — behind the dairy, gate code on the post",
    "Lot 7 / \"the swamp\" — wet corner, don't drill before May",
    "Home Field #3; drainage tile 2019",
    "Ridge & Furrow West",
    "Kirkpatrick's 80 <rented, lease ends 2026>",
    "Pivot 2 — NE quarter (full circle, 126 ac)",
    "Field 12a/12b merged -- see 2023 boundary",
    "Union Church Rd 160",
    "Drop Zone (the old airstrip paddock)",
    "Select block B — Chardonnay clone 76",
    "Grandpa's Hill; steep, no sprayer on >15% slope",
    "S½ Sec 14 T32N R5W",
    "NW¼ 22-104-18 W4M",
    "Bottoms = flood risk; plant last",
    "Parcelle « Les Grands Champs » — 12,4 ha",
    "Feldblock DEBBLI0312345678 – Schlag „Am Bach“",
    "Parcela 'El Olivar' — polígono 12, parcela 345",
    "Talhão 07 - soja safrinha",
    "山の上の畑（上段）",
    "东区3号地块 / 玉米",
    "Поле №5 «За речкой»",
    "Paddock 14 'Stony' — rotational, 3-day shifts",
    "Cell 4a | Cell 4b (temporary polywire split)",
    "Sandy Knob & West Knob (irrigated together)",
    "Field 9 > 40 bu/ac over county avg last year",
    "Hay field < 5 ac behind the shop",
    "Lease: Johnson & Sons, 50/50 crop share",
    "Orchard Row 1-24 (Honeycrisp on M.9)",
    r"Block C\West (name from the old FarmWorks export)",
    "Tile outlet at SE corner; outlet pipe 8\" dual-wall",
    "Corn-on-corn #2 -- 3rd year, watch rootworm",
    "Cover crop strip trial: cereal rye vs. rye+vetch {reps 1–4}",
    "Paddock \"Dry Creek\"/North — water trough broken",
    "Sec. 9 (old homestead) - don't touch the shelterbelt",
    "Pasture 'Sleepy Hollow'",
    "Co-op exec committee demo plot, Hwy 9 & Rd 12",
    "$200/ac cash rent — Miller 80",
    "Field ID 2024-017; FSA farm #1234, tract #5678, CLU 3",
    "Plots 101–124 'variety trial' (RCBD, 4 reps)",
    "Wheat/Canola/Peas rotation — year 2 of 3",
    "Bull paddock (ALERT: 2 bulls, keep gate chained)",
    "Lower Meadow; SSSI - no fertiliser within 10 m of the brook",
    "Field 3 (ex-potatoes; PCN test 0 eggs/g)",
    "Fenceline strip -> pollinator margin, 6 m",
    "Glebe Field / Church Land",
    "South 1/2 of the Peterson quarter",
    "Blk 5 ~ 'frost pocket' — delay planting",
    "Greenhouse 2, benches 1–12 (tomatoes 'Sungold')",
    "Campo 'La Loma' – riego por goteo, sector 3",
    "Akker 7 (klei) – suikerbieten",
    "Pole 'Za stodołą' — rzepak ozimy",
    "Tarla 4 – Buğday, sulu",
    "खेत नं. 3 – गेहूं (नहर के पास)",
    "Water table high here in spring: tile every 40'",
    "Credit union field (bought from the credit union in '09)",
]

LITERALS["spray_fert_logs"] = [
    "2.5 L/ha glyphosate 540; wind 8 km/h NW; REI 12 h",
    "Tank mix: Roundup PowerMax 32 oz/ac + AMS 17 lb/100 gal; 10 GPA; TTI 11004 nozzles",
    "Select Max 6 fl oz/A + COC 1% v/v -- grass escapes in beans",
    "Applied 46-0-0 urea @ 150 lb/ac; incorporated w/ 0.5\" rain next day",
    "UAN 28% sidedress 40 gal/ac; Y-drop; V6",
    "Liberty 280 SL 32 fl oz/A; spray 9am–11am only (temp > 85°F after noon)",
    "Fungicide: Delaro 325 SC 8 fl oz/ac @ R3; drift <5%; buffer 25 ft from creek",
    "MCPA + 2,4-D ester — DON'T spray near the vineyard!",
    "Pre-emerge: Dual II Magnum 1.33 pt/A; activate with ½\" rain",
    "Dicamba (Engenia) 12.8 fl oz/A + VRA; sprayer cleaned w/ triple rinse & ammonia",
    "Lime 2 t/ac (ECCE 92%); pH 5.6 -> target 6.5",
    "Manure: 6,000 gal/ac liquid dairy, injected; N credit = 60 lb",
    "Foliar B 0.3 kg/ha + Mn 1 L/ha; canola bolting",
    "Rate: 200 kg/ha MAP (11-52-0) banded 5 cm beside / 5 cm below seed",
    "Spray log #0412 | Field: North 40 | Product: Prosaro 6.5 oz | Time 06:40–08:15 | Wind 3–5 mph SW | Temp 61°F | RH 78%",
    "Trt 1 = untreated check; Trt 2 = 1X rate; Trt 3 = 2X rate (crop safety)",
    "Herbizid: 1,0 l/ha Roundup; Wind 2 m/s; Abstand zum Gewässer ≥ 5 m",
    "Traitement : 0,8 kg/ha cuivre (bouillie bordelaise) ; DAR 21 j",
    "Aplicación: 1.5 L/ha clorotalonil; plazo de seguridad 7 días",
    "N-rate calc: (yield goal 180 bu × 1.1) – soybean credit 30 – manure 40 = 128 lb N/ac",
    "Sulfur 20 lb/ac as AMS; drop nozzles; product lot #A9981-22",
    "Rate controller set to 15 GPA; actual 14.6 (–2.7%) — recalibrate",
    "Roundup & 2,4-D burndown; killed everything except marestail >6\"",
    "Water pH 8.2 -> added citric acid to pH 5.5 before adding glyphosate",
    "Drop nozzles on the Hagie for late N; spacing 30\"",
    "Re-entry interval (REI) 48 h; signs posted at both gates; PHI 30 d",
    "Fertigation: 5 kg/ha KNO3 + 2 kg/ha MgSO4 per drip cycle; EC target 1.8 mS/cm",
    "Mixing order (WALES): Wettable powders; Agitate; Liquid flowables; Emulsifiables; Surfactants",
    "Urea + NBPT 100 kg/ha; volatilisation risk high — 25°C, no rain forecast",
    "Spot spray thistles w/ backpack; 1 oz Milestone / 3 gal water",
    "Aerial app by Smith Ag Aviation: Tilt 4 oz/A, 2 GPA, 10 ft boom height; ticket #7741",
    "Wind 12–15 mph → stopped spraying at 11:20; remaining 40 ac tomorrow",
    "In-furrow 'Xyway 3D' 15.2 fl oz/ac + starter 5 gal/ac",
    "Total applied = 1,240 L over 496 ha => 2.5 L/ha ✔",
    "Drift complaint from neighbour (Mrs. D'Souza) — logged; inversion at 6am likely",
    "Compost 10 t/ha; C:N ≈ 18:1; spread with the Bunning 150",
    "Ryegrass survived 2× glyphosate -> sending seed to the lab for a resistance test",
    "Kalkammonsalpeter (KAS 27 %) 2. Gabe 60 kg N/ha, EC 31",
    "Nawożenie: saletra amonowa 150 kg/ha; druga dawka",
    "Insecticide: lambda-cyhalothrin 0.03 lb ai/A; bees! spray after 7pm only",
    "Adjuvant: NIS 0.25% v/v + AMS 8.5 lb/100 gal; hard water (350 ppm)",
    "Sprayed strips: glyph | glyph+dicamba | check | glyph (see map)",
    "Liquid 32% at 3 gal/ac in-furrow?? — NO, salt injury; changed to 2x2",
    "Potash 0-0-60 @ 200 lb/ac; soil test K 95 ppm (low)",
    "Gypsum 1 t/ac on the sodic patch (ESP > 15%)",
    "Fungicide timing: T1 = GS31; T2 = GS39; T3 = GS61 (ear spray)",
    "Boom height 50 cm; speed 18 km/h; pressure 3 bar; 100 L/ha water",
    "Shapefile for VRA: /data/rx/2024/field12_N_*.shp (zones 1-5)",
    "Prescription: zone 1 = 90 lb N, zone 2 = 120, zone 3 = 150 (avg 121)",
    "Re-spray needed? Rain 4 mm at 45 min after application; label says rainfast 1 h",
    "Sprayer rinse: 'All Clear' tank cleaner 1 qt/100 gal; flushed booms & screens",
    "Chlorpyrifos — not permitted anymore on this farm; use the alternative on the list",
    "Operator: D. Okafor | Cert # 44-1207 | Equipment: Apache AS1250 | Start 05:55 End 07:30",
]

LITERALS["seed_yield"] = [
    "Pioneer P1185AM — 34,000 seeds/ac; 2.0\" depth",
    "DKC62-08RIB @ 32k; RM 112",
    "AG36X6 / Enlist E3 — 140k seeds/ac, 15\" rows",
    "Wheat 'SY Wolverine' 1.6 bu/ac, treated w/ Cruiser",
    "Canola InVigor L233P 5 lb/ac; TSW 5.2 g",
    "Barley 'AAC Synergy' — malting select (pending germ test)",
    "Moisture 15.5% | Test wt 58.2 lb/bu | FM 1.2% | Damage 0.8%",
    "Yield map Field 12: avg 187.4 bu/ac, min 42, max 265; calibrated w/ 3 loads",
    "Grain ticket #104577 — Corn 1,042.6 bu wet; 18.2% MC; shrink 3.8%; dry bu 1,003.0",
    "Soybeans 62 bu/ac dry-land; 71 on the irrigated half",
    "Weizen 'Asory' – 9,1 t/ha bei 14 % Feuchte; Protein 12,8 %",
    "Blé tendre 'Chevignon' : 92 q/ha, PS 77, humidité 14,5 %",
    "Trigo 'Baguette 601': 4.200 kg/ha; PH 78",
    "Soja talhão 7: 68 sc/ha (saca de 60 kg)",
    "玉米 先玉335 亩产 650 公斤，水分 28%",
    "Moisture meter (DICKEY-john GAC 2500): 14.1% vs elevator 14.6%",
    "Hybrid comparison: 'DKC 58-06' > 'P0720Q' by 6 bu; same field, same planter pass",
    "Seed lot # 3X-22917B; germ 95%; cold test 88%",
    r"Yield export: C:\Users\Farm\Documents\Yield\2023\Field12_Harvest.shp",
    "Harvest file: /Volumes/USB/RDS/2023/Combine_S780/harvest_0917.yld",
    "Seed rate = 350 seeds/m² × TSW 45 g ÷ (germ 0.95 × est. 0.85) ≈ 195 kg/ha",
    "Late-planted beans (June 20+) — drop to 15\" rows?",
    "Oats 'Souris' — 3 bu/ac; hoping for >100 bu/ac",
    "Seed order: 40 units P1185AM, 20 units P0720Q; 'early pay' discount -4%",
    "Rice 'CL153' — 90 lb/ac drill-seeded; flood at V4",
    "Cotton DP 2055 B3XF: 2.1 bales/ac; turnout 38%",
    "Sunflower 'P64HE118' — 22k plants/ac, oil 44%",
    "Potatoes 'Russet Burbank' 420 cwt/ac; #1s = 68%; hollow heart 4%",
    "Sorghum 84G62, grain moisture 13.0% — no drying needed",
    "Alfalfa 1st cut: 2.3 t DM/ac; RFV 182",
    "Hay: 412 × 4x5 rounds (~1,100 lb each) from the river flats",
    "Yield monitor: flow delay 12 s; removed drop-outs (<5 bu/ac) at headlands",
    "Filtered: speed > 7 mph or < 2 mph; header up; first/last 5 s of each pass",
    "Calibration loads at 8,500 / 12,000 / 15,500 lb/min",
    "Test weight <54 lb/bu → discount 2¢ per lb under",
    "Falling number 280 s; DON 0.8 ppm — OK for milling",
    "Bin 4: 22,000 bu corn @ 15%; aeration on 24/7 since 10/12",
    "Seed treatment: Acceleron + Poncho/VOTiVO; photo of the lot tag attached",
    "Soja 'NS 6909 IPRO' semeadura 28/10; 290 mil plantas/ha",
    "Carry-out: 1,800 bu of 2022 beans still in bin 2 (50% sold on a basis contract)",
    "Sugar beets 38 t/ac; sugar 17.9%; SLM 1.3%",
    "Wheat protein 13.5% (12% mb); premium +$0.25/bu",
    "Grain cart scale vs. ticket: 51,240 lb vs 50,980 lb (+0.5%)",
    "Moisture readings: 22.1, 21.4, 20.8, 23.0 — avg 21.8%",
    "Lentils 'CDC Maxim CL' 1,650 lb/ac; 2% peeled/split",
    "Yield vs. EC zones: zone 1 (low EC) 148 bu; zone 3 (high EC) 201 bu",
    "Ячмень 'Вакула' — 4,2 т/га; влажность 13 %",
    "コシヒカリ 540 kg/10a、水分 15.0%",
    "Variety evaluation 2024: top 3 = 'AAC Brandon', 'CDC Landmark', 'AAC Viewfield'",
    "Stand count 31,500 / 34,000 planted = 92.6% emergence",
    "Seed size 2,600 seeds/lb — bump the plate to 'medium'",
    "Harvest loss check: 2 kernels/ft² ≈ 1 bu/ac lost behind the header",
    "Where did the 2023 yield files go? They were in /home/agri/data/yield/2023 before the update",
]

LITERALS["livestock_registry"] = [
    "EID 982 000123456789; dam #A-17; sire 'Connealy Confidence'",
    "Tag 4321 (yellow, L ear) — heifer calf, born 03/14/2024, 78 lb",
    "UK 123456 700123 — Holstein; dam UK 123456 600045",
    "Reg. # 20123456 (AAA); EPDs: CED +12, BW -0.8, WW +72, YW +130, $M +80",
    "Ewe 1422 → triplets (2 ram, 1 ewe); bottle-feeding the small one",
    "Bull 'Big Red' #B7 — semen test 04/02: 80% motility, PASS",
    "NLIS 3ABCD123XBC01234; PIC QABC1234; moved to Paddock 14",
    "Mob 'Heifers-24' (n=46) → cell 4b; average 412 kg",
    "Sire: HOCANM000012345678 | Dam: HOUSA000074125896 | aAa 423516",
    "Calving ease score 3 (hard pull); calf alive; dam = #A-17 again!",
    "Sow 512 — farrowed 14 (12 live, 2 mummies); weaned 11 @ 21 d",
    "Doe 'Pepper' (ADGA N1234567) kidded twins, 7 lb & 6.5 lb",
    "Weight: 1,210 lb → 1,284 lb in 56 d (ADG 1.32 lb/d)",
    "Tags lost: #88, #91 (replaced with #188, #191 — same EID)",
    "BCS 2.5/5 — move to better pasture & supplement",
    "'Dusty' QH gelding, microchip 985 112 003 456 789; Coggins neg 2024-03-11",
    "Pedigree: Sire 'SAV Resource 1441'; MGS 'Connealy Consensus'",
    "Herd # 00123-45; TB test clear 06/2024; next due 06/2025",
    "Rind DE 01 234 56789 – Fleckvieh, Kalbung 12.02.2024, männlich",
    "Bovin FR 12 3456 7890 — Charolaise, née le 3/2/24, mère 4567",
    "Vaca 'Lola' crotal ES0123456789 – Retinta; parto 15/01",
    "Bezerra Nelore 'Estrela' – brinco 0456; pai 'REM Armador'",
    "320 ewes joined; 294 scanned in lamb (91.9%); 162% scanned",
    "Broilers: house 3 placed 24,000 chicks (Ross 308) on 05/01",
    "Layer flock L-22 — 95% HDP @ 32 wk; egg wt 62.4 g",
    "Cull list: #312 (bad feet), #455 (open 2x), #509 (mastitis, 3 quarters)",
    "305-d milk 12,450 kg, 4.1% F, 3.3% P",
    "AI 05/12 with Select Sires 7HO12345 — preg check @ 35 d",
    "Heat detected 06:00 (standing to be mounted); bred 18:00 (AM-PM rule)",
    "Bull 'Union Jack' #UJ-2 — polled, homozygous (PP)",
    "2024 calf drop: 187 live / 192 exposed = 97.4%",
    "Tattoo: L ear 'A17', R ear '4T'",
    "Scan result 'empty' — rebreed or cull?",
    "Mare 'Script Writer' (Jockey Club reg.), foaled 2019",
    "Brand: Lazy J Bar (left hip); inspection #BI-44120",
    "Ewe UK0 123456 00789 → sold at the mart 15/06, lot 233, £142",
    "Calf #24-031 <dam tag missing; presumed #A-17 from mothering up>",
    "Moved 62 steers Paddock 7 → Paddock 8 (gate left open by hikers!)",
    "Корова №1245 «Зорька», отёл 12.03, бычок 38 кг",
    "個体識別番号 1234567890 — 黒毛和種、母牛 1122334455",
    "Ng'ombe 'Baraka' – amezaa ndama jike tarehe 4/5",
    "İnek TR 34 567 890 — Simental, buzağı: dişi",
    "Alpaca 'Mr. Fluffy' ARI# 32123456; fleece 19.8 µm",
    "Buck #B-3 & buck #B-5 separated (fighting)",
    "Heifers bred: 38/40 (95%) — 2 open sold 11/2",
    "Tag range 2001–2050 (white, 2025 calves) ordered from the co-op",
    "DNA: parent verified (SNP); polled PP; free of known recessives",
    "Sire summary: 'Select' list from the bull sale catalogue, lots 12, 17 & 33",
    "Calves sleep in the straw shed; count at 6am = 41 (one hiding?)",
    "Pig #512-07 — hernia, marked with blue paint, sell separately",
    "Ram 'Drop Bear' (yes, that's his name) — EBV weaning wt +9.1",
    "Group: bred heifers <18 mo> — don't mix with mature cows",
]

LITERALS["vet_treatments"] = [
    "Treated #A-17 with oxytetracycline 200 mg/ml, 20 ml SC; meat WD 28 d; milk WD 96 h",
    "Draxxin 1.1 ml/100 lb SC neck; BRD; meat withdrawal 18 days",
    "Mastitis LF quarter: intramammary 1 tube/d × 2 d; milk discard 72 h; slaughter WD 2 d",
    "Ivermectin pour-on 1 ml/10 kg; whole mob (n=46); meat WHP 42 d",
    "Pen G procaine 1 ml/100 lb IM — extra-label per Dr. Nguyen; WD 14 d",
    "Ewe 1422: prolapse -> retainer fitted; LA oxytet 10 ml; WHP meat 28 d",
    "Lame cow #312: foot block + wrap; no antibiotics",
    "Metacam 20 mg/ml, 2.5 ml/100 kg SC; milk WD 5 d; meat WD 15 d",
    "Vaccine: 5-way viral (2 ml SC) + 7-way clostridial (5 ml SC)",
    "Scour calf #24-031: oral electrolytes 2 L 3×/d; no antibiotics unless febrile (>39.5 °C)",
    "Temp 40.6 °C → ceftiofur 1 mg/kg IM; recheck 24 h",
    "Dehorning: lidocaine 2% ring block 5 ml/horn; meloxicam 1 mg/kg PO",
    "Withdrawal ends 2024-06-14 (do NOT ship before!)",
    "Milk from #455 -> dump bucket until the residue test strip is negative",
    "Coccidiosis in lambs: toltrazuril 20 mg/kg PO; WHP 42 d (meat)",
    "Pigs pen 4: tylosin injectable, 1 ml/50 lb; WD 14 d",
    "'Dusty' bute 2 g PO BID × 3 d; passport section IX signed (not for human consumption)",
    "Behandlung Kuh 1245: Meloxicam 2,5 ml/100 kg s.c.; Wartezeit Milch 5 Tage, Fleisch 15 Tage",
    "Traitement vache 4567 : céfquinome 2 ml/50 kg IM ; attente lait 24 h, viande 5 j",
    "Tratamiento: oxitetraciclina LA 1 ml/10 kg; retiro carne 28 días, leche 7 días",
    "Vet visit (Dr. O'Connor) — herd health; 3 cows preg-checked <60 d; 1 open",
    "Rx # 2024-0312; VFD for chlortetracycline in feed, expires 11/30",
    "Bloat — stomach tube passed; 250 ml poloxalene; monitor overnight",
    "Foot rot: oxytet LA 4.5 ml/100 lb SC; WD 28 d; 'lame' list updated",
    "Pinkeye #89: eye patch + long-acting antibiotic; isolate from flies",
    "FEC 1,250 epg before → 50 epg after drench (96% reduction)",
    "Milk fever: 500 ml calcium borogluconate 23% IV, slowly",
    "Euthanasia #509 — chronic mastitis & lame; rendering pickup 10/14",
    "Withdrawal table:\nProduct | Meat | Milk\nTulathromycin | 18 d | N/A\nOxytet LA | 28 d | 96 h\nMeloxicam | 15 d | 5 d",
    "Mastitis culture: Staph aureus (+); moved to the 'red' string",
    "Poultry: vit AD3E in water 1 ml/L × 5 d (heat stress)",
    "Sheep drench: moxidectin 1 ml/5 kg; ESI 14 d; WHP 14 d",
    "Calf castration (band) at 2 mo; tetanus antitoxin 1,500 IU",
    "NOTE: 'Excede' ≠ 'Excenel' — check the bottle before drawing up!",
    "#1245 — retained placenta > 24 h; don't pull; vet to call back",
    r"Treatment log exported to \\farm-nas\vet\2024\treatments.csv",
    "Meloxicam 15 mg tabs — 10 tabs crushed per 300 kg calf; off-label, Rx on file",
    "Ketosis: propylene glycol 300 ml PO SID × 5 d; urine ketones ++ -> +",
    "Lambs: clostridial + CLA vaccine 1 ml SC; booster in 4–6 wk",
    "Biosecurity: footbath disinfectant 1:100 refreshed Mon/Thu",
    "Лечение: корова №1245, окситетрациклин 20 мл в/м; молоко не сдавать 96 ч",
    "治療：牛 1234567890、ペニシリン 10 ml 筋注；休薬期間 肉 14日 / 乳 72時間",
    "Sow 512: oxytocin 1 ml IM during farrowing; no WD",
    "Dr. Patel's note: \"Follow the label; if >10 ml per site, split the injection.\"",
    "Antibiotic use 2024 = 12.4 mg/PCU — below our target of <20",
    "Sleepy calf (#24-044), not sucking — tube-fed 2 L colostrum, warming box",
    "Drop in milk (−6 kg/d) on #1308 after the vaccine; back to normal day 3",
    "System check: all treatments entered? Yes, except the 3 heifers done on Sat.",
    "Dose calc: 450 kg × 1 ml/45 kg = 10 ml → split 5 ml + 5 ml (2 sites)",
    "Dog 'Blue' — snake bite? swollen face; vet says bring in now",
    "Withholding period: meat 0 d; milk 0 h; ESI 21 d — check before export sale",
]

LITERALS["weather_irrigation"] = [
    "Station WS-03: 2024-05-03T06:00Z T=4.2°C RH=91% Wind 2.1 m/s @ 315° Rain 0.0 mm",
    "Frost alert! −2 °C forecast 04:00–07:00; overhead sprinklers on for protection",
    "Pivot 2 schedule: Mon/Wed/Fri 20:00–06:00, 0.75\" per pass, 85% speed",
    "Zone 3 drip: 45 min @ 05:30; EC 1.6; pH 6.2",
    "ET0 (Penman-Monteith) = 5.8 mm/d; Kc 1.15 → ETc 6.7 mm/d",
    "Soil moisture probe #7: 10 cm 32% | 30 cm 28% | 60 cm 24% (VWC)",
    "Rain gauge: 1.2\" overnight; skip irrigation until Thu",
    "cron: 0 5 * * 1,3,5  # zones 1-4, 20 min each",
    "controller.yaml:\n  zones:\n    - id: 1\n      name: \"Orchard N\"\n      run_min: 30\n    - id: 2\n      name: \"Orchard S\"\n      run_min: 25",
    "Tensiometer > 40 kPa → irrigate; < 10 kPa → stop",
    "Lightning alarm at 14:32 — pivot shutdown (auto)",
    "GDD (base 10 °C) since planting: 1,142; silking expected ~1,400",
    "Gusts 62 km/h; hail 12 mm at 17:10; leaf shredding on field 9",
    "Chill hours (< 7.2 °C) since Nov 1: 842",
    "Console: barometer 1013.2 hPa ↓; dew point 11 °C",
    "Station web page: http://192.168.1.50:8080/ (only on the farm Wi-Fi)",
    "Irrigation = 1,200 m³ on 12 ha → 10 mm",
    "Pump 2 pressure 45 psi, flow 850 gpm; VFD at 52 Hz",
    "Rainfall YTD: 412 mm vs 10-yr avg 478 mm (-14%)",
    "Inversion: ΔT (2 m – 10 m) = +1.8 °C at 05:40 — NO spraying",
    "Delta T 2–8 ideal; today 9.5 at 14:00 — spray early morning",
    "Valve 5 stuck open → 3 h extra water in block C; drain tile running",
    "Rule: if soil_vwc < 22 and rain_24h < 5 then run zone 4 for 40 min",
    "rain_delay = 48h when rain > 10mm; skip if wind > 25 km/h",
    "Sensor SM-12 offline since 03:15 (battery 3.1 V); LoRa RSSI -118 dBm",
    "Wetterstation Hof: 12,4 °C, 78 % rF, Niederschlag 3,2 mm/24 h",
    "Pluviomètre : 18 mm cette nuit ; pas d'irrigation avant samedi",
    "Riego sector 2: 2 h, 4 L/h por gotero, 2 goteros/árbol",
    "Chuva: 35 mm em 40 min — erosão no terraço 3",
    "降水量 12.5 mm；最高气温 34℃；灌溉暂停",
    "THI = 78 → fans on, sprinklers on in the holding pen",
    "Snow 30 cm; feeding out hay on the hill paddock",
    "End-gun ON between 40°–130° only (road on the west side)",
    "Allocation 2024: 420 ML; used 312.6 ML (74%) as of 31/01",
    "Flow meter 0045821 m³ → 0046932 m³ (1,111 m³)",
    "Scheduling sheet: =IF(B2<C2, \"IRRIGATE\", \"OK\") in column D",
    "Station config: lat=-34.9285; lon=138.6007; elev=48 m; tz=Australia/Adelaide",
    "Growing season rain Apr–Oct: 312 mm; decile 4",
    "Leaf wetness 06:00–09:30 → blight risk (Smith period: 2 days ≥10 °C & ≥90% RH for 11 h)",
    "Evap pan 7.4 mm; pan coeff 0.7",
    "Backflow test passed 04/22 — RPZ device serial 44871",
    "Irrigation log goes to /var/log/irrigation/zone3.log (rotates weekly)",
    "Program B: start 21:00 | zones 5→8 | 15 min | cycle & soak 2×",
    "Forecast: 30% chance of t-storms after 3pm; LI -4; CAPE 2,500 J/kg",
    "WS-01 anemometer reads 0 m/s all day — cups jammed by a spider web?",
    "Wind 8 km/h NW gusting 14; 18 °C; RH 55%; Delta T 4.1",
    "{\"temp_c\": 21.4, \"rh\": 63, \"wind_kmh\": 11, \"dir\": \"WSW\"}",
    "Night low 3 °C; row cover (1.5 oz) on the strawberries",
    "System pressure drops to 28 psi when zones 2 & 3 overlap — stagger start times",
    "Sleep mode on the pump controller 22:00–05:00 unless frost protection triggers",
    "Irrigation set: 12 h on / 12 h off; 1.1 mm/h application rate",
    "Weather alert (BOM): severe thunderstorm warning for the district until 9pm",
]

LITERALS["equipment_telemetry"] = [
    "Fault code SPN 3251 FMI 2 — DPF differential pressure; forced regen, cleared",
    "DTC 000110.16 coolant temp high; radiator screen plugged with chaff",
    "ISOBUS UT shows 'Implement not responding' — TC server version mismatch (v3 vs v4)",
    "CAN trace: 18FEEE00 [8] 7D 5A FF FF 2C 01 FF FF (PGN 65262)",
    "Planter row 14 singulation 91%; skips 6%; doubles 3% — replace finger pickup",
    "RTK base lost fix @ 10:42; switched to SF3; pass-to-pass ±3 cm",
    "NTRIP caster rtk.state-network.example:2101, mountpoint FARM_VRS",
    "Boom section 5 valve error E-205; opened manually -> OK",
    "Header height sensor fault; calibrated 0–100% (raise/lower 3x)",
    "{\"unit\":\"TRK-07\",\"lat\":41.8781,\"lon\":-93.0977,\"rpm\":1850,\"fuel_pct\":62,\"def_pct\":40}",
    "Engine hours 4,212.6; next service @ 4,250 (500 h: oil, fuel filters, air filter)",
    "Error: 'Cannot read USB: /media/usb0/TASKDATA/TASKDATA.XML missing'",
    r"Exported ISOXML task: TASKDATA\TASKDATA.XML + TLG00001.BIN + TLG00001.XML",
    "InCommand: Select operation > Harvest > Corn, then re-pair the monitor",
    "Bin cable 3 node 7 = 31 °C (↑ 5 °C/week) — hot spot, fans on",
    "Pivot panel alarm 'Safety circuit open' — tower 6 out of alignment",
    "Hydraulic oil temp 92 °C > limit 85 °C; fan reversed, cleaned the cooler",
    "CVT warning 'Transmission oil filter clogged' (code 523.12)",
    "Firmware update 3.2.1 → 3.4.0 bricked the display; rollback via service port",
    "GPS drift on the base station fixed: ssh'd in and ran 'sudo systemctl restart gpsd'",
    "Logger: interval=10s; channels=rpm,speed,fuel_rate; upload=\"https://telemetry.farmco.example/api/v1/ingest\"",
    "PGN 65262: coolant 88 °C, fuel 42 °C, oil 101 °C",
    "Drone log: 12 flights, 48 ha, 2.8 L/ha; RTK fixed 100%; battery cycles 213",
    "Mass-flow sensor reads 0 — connector corroded (pin 3)",
    "Air seeder fan 4,200 rpm; blockage alarm row 32; cleared the hose",
    "Auto-steer: aggressiveness 110, line acquisition 90, heading offset -0.3°",
    "[2024-05-03 06:12:01] WARN section 4 overlap > 10%\n[2024-05-03 06:12:44] ERROR rate controller timeout\n[2024-05-03 06:13:02] INFO recovered",
    "SELECT button on the armrest doesn't respond — dealer ticket #DLR-8812",
    "Geofence 'rail crossing (Union Pacific)' — max 10 km/h",
    "Fleet exec summary: 12 units, avg idle 23% (target <15%)",
    "Pinout: A = +12V, B = GND, C = CAN-H, D = CAN-L (Deutsch DT 4-pin)",
    "Battery 12.3 V engine off, 14.1 V running; alternator OK",
    "Combine moisture sensor offset -0.6% to match the elevator",
    "Telemetry gap 02:00–04:30: LTE modem rebooted (watchdog)",
    "Target 150 kg/ha, actual 138 kg/ha (-8%); check the meter roller",
    "AUX-N mapping: joystick button 3 → 'Boom fold'; button 4 → 'Headland mgmt'",
    "Fehlercode 0x3F21 – Hydraulikdruck zu niedrig; Filter gewechselt",
    "Code défaut E-17 : capteur de vitesse roue ; câble endommagé",
    "Alarma 'Presión baja' en bomba 2; revisar filtro de succión",
    "'No differential' — correction subscription expired 04/30",
    "Upload script /opt/agbox/bin/upload.sh runs every 15 min from cron",
    r"Log: C:\ProgramData\AgSoftware\Logs\sync_2024-05-03.log — 'sync failed: 401'",
    "Grease every 10 h: PTO shaft, U-joints; every 50 h: wheel bearings",
    "DEF quality fault (SPN 3364 FMI 9) after filling from an old tote — drained & flushed",
    "Downforce 150 lb target; 'Light' on rows 5/6/7 (sandy knob)",
    "Section control overlap 30% (coverage); headland 2 passes",
    "UT said \"Object pool upload failed (0x02)\" after I swapped ISOBUS cables",
    "Export filter I use: speed > 2 && header == down, then save as field12.csv",
    "Modem passwd changed by IT on 05/02 — new one is in the office safe, not here",
    "Eval unit from the dealer (sprayer camera system) back on Friday",
    "Task log: drop-outs on the TC-SC channel every ~90 s when the camera is plugged in",
    "Yield data path on the display: /fs/data/rds/harvest/2024/*.yld",
]

LITERALS["coop_orders"] = [
    "PO #88213 — 40 units P1185AM @ $310/unit; pickup Tue; charge to acct 10442",
    "Invoice INV-2024-0312: 28% UAN 12,000 gal @ $1.42 = $17,040.00; net 30",
    "Order: 2 × 2.5 gal Roundup PowerMax; 1 × 30 lb Dual II Magnum; deliver to yard",
    "Credit memo for returned seed (3 units P0720Q, unopened) — $945.00",
    "Ticket 104577: Corn; gross 72,460 lb; tare 31,220 lb; net 41,240 lb; MC 18.2%",
    "Please bill 50% to me & 50% to landlord (Johnson & Sons) per crop-share lease",
    "Delivery window: Mon–Wed 7am–3pm; call 30 min ahead",
    "Patronage 2023: $4,812.55 (40% cash / 60% equity)",
    "Fuel: 500 gal ULSD + 200 gal dyed; tank #2 at the shop",
    "Backorder: Liberty 280 (out until 05/20) — OK to sub with a generic glufosinate?",
    "Quote: urea $540/t FOB plant vs $565/t delivered",
    "Contract #C-4471: 10,000 bu Nov soybeans @ $12.85 (basis -0.40)",
    "Feed order: 3 t 16% dairy ration; 1 t calf starter (no medication!)",
    "Discount code EARLYPAY24 (-3%) — cashier said only before 02/15",
    "Return 2 jugs of 2,4-D (damaged cap) — RMA #5521",
    "Disputed: billed 15 GPA custom application but the ticket says 10 GPA",
    "1 pallet (48\"×40\") mineral tubs; liftgate needed",
    "Bestellung: 12 t KAS 27 %, Lieferung KW 10; Abladestelle Hof Müller",
    "Commande : 40 doses de semences 'RGT Reform' ; livraison à la ferme",
    "Pedido: 200 sacos de semilla de trigo 'Baguette 601'; pago a 90 días",
    "Pedido: 15 t de calcário dolomítico; frete por conta do cooperado",
    "Account 10442 — statement balance $-125.00 (credit)",
    "Seed tag says lot 3X-22917B but the invoice says 3X-22917A?? Please check",
    "Do NOT substitute Select 2EC with a generic clethodim without asking me",
    "Custom hire: combining 320 ac @ $38/ac + trucking $0.18/bu",
    "Ag lime: 400 t spread @ $28/t (incl. spreading), fields 3, 7, 9",
    "Line items:\n1) Pioneer P1185AM x40 @ 310.00\n2) Seed treatment x40 @ 22.50\n3) Freight 1 @ 85.00\nTotal = 13,385.00",
    "Blend 18-46-60 + 10 S, 250 lb/ac on 160 ac = 20 t",
    "PO ref 'North 40' job — chemicals & custom spray on one invoice please",
    "Prepay $25,000 on 12/28 for 2025 inputs",
    "Net wrap 64\"×9,000' ×12; sisal twine 9,000 ft ×6 boxes",
    "Invoice #7741 (aerial) — 200 ac × $12.50 = $2,500.00; fungicide billed separately",
    "Settlement: 41,240 lb ÷ 56 = 736.4 bu; shrink 3.8%; 708.4 dry bu @ $4.62 = $3,272.81",
    "Quote request: 6 mi of 4-strand barbed wire + 1,200 T-posts (6.5')",
    "Parts: oil filter RE504836 ×2; air filter AR70877 ×1",
    "Member # 0044-1122; voting member since 1998",
    "Order cancelled — hail took the crop; sorry folks",
    "Grain bank: deposit 1,200 bu oats; withdraw 200 bu/mo for feed",
    "Volume rebate tier 2 (>$100,000) → 2%",
    "Email invoices to office@millerfarms.example & cc my accountant",
    "Deliver seed to drop point B (corner of Rd 12 & Hwy 9)",
    "Feed bin #3 is the left one (with the \"NO MEDICATED FEED\" sign)",
    "Заказ: 5 т аммиачной селитры, доставка до 15.04",
    "注文：種もみ コシヒカリ 30袋；4月10日 配達希望",
    "Agizo: mbolea ya DAP mifuko 20; malipo kwa M-Pesa",
    "Sipariş: 2 ton DAP (18-46-0), teslimat Pazartesi",
    "Store: 1 × pliers, 2 × gate hinges 5/8\", 1 box #10 screws ($0.12 ea)",
    "Union Co. elevator ticket attached — please apply to contract C-4471",
    "Drop the freight charge? Picked up myself on 03/02 (see gate log)",
    "Insert a line for the pallet deposit ($25) — it's missing on INV-2024-0330",
    "Delete my old card on file & use the ACH details from the credit union instead",
    "Price check: glyphosate 2.5 gal jug $38.50 vs 265 gal tote $3.45/gal — which is cheaper per acre?",
]

LITERALS["compliance_notes"] = [
    "GLOBALG.A.P. audit 05/14: minor NC — spray log missing wind direction on 2 entries",
    "Organic buffer 25 ft on the east side (neighbour sprays conventional)",
    "NMP updated; P index < 'medium' on all fields except 9",
    "Pesticide store: locked, ventilated, bunded 110%; spill kit checked 04/01",
    "WPS training for 3 new hires; records in the binder (tab 'WPS')",
    "Chemical inventory: 2 × 10 L glyphosate; 1 × 5 L deltamethrin — expiry 2025-08",
    "RUP record: applicator cert # 123456; paraquat — training done, closed system used",
    "Medicine records must include batch #, WD and who administered",
    "Hedges not cut between 1 Mar and 31 Aug (cross-compliance)",
    "Closed period for slurry: 15 Oct – 31 Jan (NVZ, sandy soils)",
    "SOP-07 'Chemical spill' revised: 1) stop source; 2) contain; 3) call 911 if >20 L; 4) notify the state",
    "Well water: nitrate 8.2 mg/L (limit 10); E. coli < 1 CFU/100 mL",
    "Ag water GM = 42 CFU/100 mL (≤126 OK); STV = 210 (≤410 OK)",
    "Audit trail: user 'jmiller' edited spray log #0412 (rate 2.5 → 2.0 L/ha) — reason: typo",
    "Organic: no prohibited substances applied since 2021-04-15 (3-yr transition complete)",
    "Traceability: lot 24-CORN-017 → bin 4 → ticket 104577 → elevator",
    "Spray drift onto neighbour's garden reported 05/02; insurance claim #CLM-3321",
    "Cattle movements reported within 3 days ✔",
    "Bulk tank 3.8 °C ✔; SCC 185,000 cells/mL ✔; bacteria 8,000 CFU/mL ✔",
    "'DANGER — POISON' sign posted at the chem shed door & on the fuel tank",
    "Checklist:\n[x] PPE inventory\n[x] Eyewash station\n[ ] Respirator fit test (due 06/01)\n[x] SDS binder updated",
    "NC-2024-07: hand-wash station had no soap at Field 3 harvest; corrective: refill log",
    "Phytosanitary cert #PC-8847112; phosphine fumigation 5 d @ >15 °C",
    "Eco-scheme: 4% non-productive area → fallow strip in Field 12 (0.9 ha)",
    "Wasserschutzgebiet Zone II: keine Gülle; Pflanzenschutz nur gemäß Auflage NW605",
    "Contrôle PAC : bandes tampons de 5 m le long du ruisseau — conformes",
    "Auditoría: registro fitosanitario incompleto (falta el nº ROPO del aplicador)",
    "CAR atualizado; APP da nascente 50 m",
    "Retention: spray logs 2 yrs (federal) vs 3 yrs (state) — keep 3",
    "Worker heat illness 14:20; shade + water; HR informed; no hospital",
    "Internal audit Q2: 14 findings (0 major, 3 minor, 11 obs.); close-out by 07/31",
    "Applicator license renewal due 12/31 — 6 CEUs needed (have 4)",
    "Buyer policy: no glyphosate within 30 days of harvest on oats",
    "Broiler stocking density 33 kg/m² (limit 42)",
    "Carbon program: no-till since 2019; cover crops on 60% of acres; satellite verification",
    "Well log #W-442: static level 38 ft; chlorinated 03/2024",
    "Stubble burning permit DENIED — air quality alert",
    "Drone applicator exemption # on file (Part 137)",
    "EUDR geolocation: parcel polygons uploaded as GeoJSON",
    "Farm stand sign: \"WARNING: This area contains chemicals known to the State of California...\"",
    "Packing shed: glass & brittle plastic register ✔",
    "MRL for export to JP: chlorpyrifos 0.01 mg/kg (default) — not used on this crop",
    "\"I certify that the above information is true & correct\" — signed J. Miller",
    "Ревизия: журнал обработок СЗР не заполнен за май",
    "監査：農薬使用記録の保存期間は3年",
    "Audyt: brak ewidencji zabiegów ochrony roślin za kwiecień",
    "Union rep present during the incident interview (per agreement)",
    "Records system migrated; old files kept at /archive/compliance/2019-2022/",
    "Select the correct crop code (e.g. 'WWHT' not 'WHT') or the return gets rejected",
    "Drop-in inspection by the county 09:30 — no findings, inspector signed the visitor log",
    "Password-protected USB for audit records (passwd held by the office manager)",
    "Exec summary for the board: 0 major NCs; 2 near-misses (tractor/ATV); training plan attached",
]

LITERALS["forum_posts"] = [
    "Anyone else seeing tar spot this early? Found it on the lower leaves in field 9 yesterday. NE Iowa, planted 4/28. Spraying this week unless someone has a better idea...",
    "PSA: if your display says \"Unable to read data card\", format the USB as FAT32 (not exFAT). Took me 2 hours & a call to the dealer.",
    "Is 2.5 L/ha of glyphosate 450 enough for ryegrass at 3-leaf? Or go 3 L/ha + AMS? Water's hard (300 ppm).",
    "Drop everything and check your bins if you haven't this week. Had a hot spot in bin 4, 31 °C on cable 3. Fans running now.",
    "My 2 cents: Select (clethodim) works great on volunteer corn in beans if you hit it before 12\".",
    "Union meeting Thursday 7pm at the Grange — topic: water allocation cuts",
    "Question for the dairy folks: SCC jumped from 150k to 320k in 2 weeks. New liners, same teat dip. What am I missing?",
    "LOL the alert on my phone went off at 3am: frost warning... in July? Weather app bug, it was 18 °C.",
    "Rant: the co-op billed me for 15 GPA when the ticket says 10. Third time this year. <sigh>",
    "Tip: label bale stacks like 2024/1st/N40 = 86 bales; 2024/2nd/N40 = 71 bales. Easy to sort.",
    "Anyone have the wiring for an old rate controller console? Pin 1 = +12V, pin 2 = ground... then I'm lost.",
    "Salut à tous, quelqu'un a testé le blé 'Chevignon' en sol argilo-calcaire ? J'ai fait 92 q/ha l'an dernier, mais cette année c'est la cata (gel + sec).",
    "Servus! Hat jemand Erfahrung mit Untersaat in Mais? Ich überlege Weidelgras + Weißklee im 6-Blatt-Stadium.",
    "Hola, ¿alguien sabe si se puede aplicar glifosato con viento de 15 km/h? El vecino dice que sí, yo creo que no…",
    "Pessoal, a ferrugem asiática chegou no talhão 7. Vou entrar com fungicida amanhã. Alguma dica?",
    "Ciao a tutti, qualcuno ha provato il mais 'P1547' in Pianura Padana? Com'è la resa?",
    "Hallo allemaal, onze aardappels ('Fontane') hebben last van Phytophthora. Elke 5 dagen spuiten?",
    "Cześć, ile dajecie saletry na rzepak wiosną? Ja 150 kg/ha + 100 kg/ha siarczanu.",
    "Коллеги, подскажите: какая норма высева пшеницы при поздней посадке? 5,5 млн/га нормально?",
    "Привіт! Соняшник 'P64LE25' — хто сіяв? Яка врожайність?",
    "皆さん、今年の田植えはいつですか？うちは5月10日予定です。",
    "请问大家，玉米叶子发黄是缺氮还是缺钾？照片在下面。",
    "भाइयों, गेहूं में पीला रतुआ आ गया है — कौन सी दवा डालें?",
    "Wakulima wenzangu, mahindi yangu yameshambuliwa na viwavijeshi. Dawa gani inafaa?",
    "Arkadaşlar, buğdayda sarı pas var mı sizde? İlaçlama yaptınız mı?",
    "Καλησπέρα, τι ψεκάζετε στις ελιές για δάκο φέτος;",
    "مرحبا، هل جرب أحد زراعة القمح بالري بالتنقيط؟",
    "Long post, sorry.\n\nWe switched to no-till 5 years ago. Years 1-2 yields dropped ~10%. Year 3 even. Years 4-5 we're +5% and fuel is down 40%.\n\nBiggest lessons:\n1) residue management > everything\n2) don't skimp on the planter (row cleaners, closing wheels)\n3) be patient\n\nHappy to answer q's.",
    "For the spreadsheet nerds: I use =SUMIF(B:B,\"Field 12\",D:D) to total bushels per field. Works in Sheets too.",
    "Why does my yield data show 0 bu in the headlands? File is /Documents/Yield/2023/Field12.shp. Lag setting?",
    "Sold my old 4440 — quad range, 9,800 hrs. Miss it already :(",
    r"On Windows the export lands in C:\Users\<you>\Documents\FarmData\Exports — took me a while to find.",
    "Honest question: is the $25/ac 'sustainability premium' worth the paperwork? Audit took me 3 days.",
    "So the vet says 'no more Draxxin without a culture first'. Fair enough. Anyone else getting pushback on antibiotics?",
    "WARNING sheep people: 3 dogs worrying ewes on Hill Rd last night. Police informed (ref 24/1122).",
    "@bigsky_rancher yes, we run 1 bull : 25 cows on rough country; 1:35 on flat irrigated pasture",
    "Update: pivot fixed. Tower 6 microswitch (again). $14 part, 6 hours of my life. #farmlife",
    "Script for the grain cart scale? Nah, I write it on the cab window with a grease pencil 😂",
    "I'm going to say it: 30\" rows > 15\" for us in corn. Beans are the opposite.",
    "Recommendations for a GPS guidance system < $5k? Old tractor, no ISOBUS.",
    "Soil test: pH 5.4, CEC 8, buffer pH 6.6. How much lime to get to 6.5?",
    "Sign at our cafe: \"Farmers: we know you're busy. Coffee = $1 before 6am.\" Bless them.",
    "If my math is right: 180 bu × $4.50 = $810/ac gross; minus $620 costs = $190/ac. Before rent. Ouch.",
    "Anyone know a good hoof trimmer near Fond du Lac? Ours retired. DM me.",
    "Field day @ the research station, Aug 14, 9am–3pm. Topics: cover crops; drones; N rates.",
    "First crop of quinoa — 1,100 lb/ac. Saponin washing was a pain; any tips?",
    "Crosspost: what's the weirdest thing you've found in a bale? Mine: a whole bicycle.",
    "Didn't sleep much during calving — 14 calves in 3 nights. Coffee IV please.",
    "Exec summary of my year: drought, hail, then a wet harvest. 10/10 would not recommend.",
    "The new app's 'system' tab lets you set units per field (bu/ac vs t/ha) — finally!",
    "Re: cover crops — we drill cereal rye right behind the combine (50 lb/ac); terminate 2 weeks before beans. Works for us; YMMV.",
    "Malting barley came back as 'select' grade — 11.8% protein, 97% germ. Finally a win this year!",
]

# ---------------------------------------------------------------------------
# Hand-written pools for the small templates
# ---------------------------------------------------------------------------

FIELD_KINDS = ["Paddock", "Field", "Pivot", "Block", "Lot", "Cell", "Pasture", "Tract", "Orchard block", "Quarter"]
FIELD_NICKNAMES = [
    "Gum Tree", "Windmill", "O'Hara's", "Creek Flat", "Top Hill", "Bull Run", "Sandpit",
    "Schoolhouse", "Old Dairy", "Railway", "Cemetery", "Big Swamp", "Rocky Point", "Mailbox",
    "Lone Oak", "Sheep Dip", "Hall's", "D'Arcy's", "Pump House", "Long Acre",
]
SOILS = ["silt loam", "clay loam", "sandy loam", "heavy clay", "gravelly loam", "Drummer SiCL", "peat", "red earth"]
OWNERS = ["the Hansens", "D'Angelo Bros.", "M. O'Neill", "Smith & Daughters", "Ruiz family trust", "K. Nakamura", "the Van der Berg estate"]
CROPS = ["corn", "soybeans", "winter wheat", "canola", "barley", "oats", "alfalfa", "sugar beets", "potatoes", "sorghum"]
DIRS = ["N", "NE", "E", "SE", "S", "SW", "W", "NW", "NNW", "WSW"]
PRODUCTS = [
    ("glyphosate 540", "L/ha", (1.5, 3.0)),
    ("2,4-D amine", "L/ha", (0.7, 1.4)),
    ("Prosaro", "fl oz/ac", (6.0, 8.2)),
    ("clethodim (Select Max)", "fl oz/ac", (6.0, 12.0)),
    ("MCPA", "L/ha", (0.8, 1.5)),
    ("urea 46-0-0", "kg/ha", (80.0, 220.0)),
    ("UAN 28%", "gal/ac", (20.0, 45.0)),
    ("copper hydroxide", "kg/ha", (1.0, 2.5)),
    ("lambda-cyhalothrin", "mL/ha", (20.0, 40.0)),
    ("MAP 11-52-0", "lb/ac", (80.0, 150.0)),
]
OPERATORS = ["J. Miller", "D. Okafor", "S. O'Reilly", "M. García", "T. Nguyen", "A. Kowalski", "R. Singh"]
VARIETIES = ["P1185AM", "DKC62-08RIB", "AG36X6", "'SY Wolverine'", "'AAC Brandon'", "InVigor L233P", "'Chevignon'", "84G62", "'CDC Maxim CL'"]
BREEDS = ["Angus", "Hereford", "Holstein", "Jersey", "Charolais", "Simmental", "Merino ewe", "Dorper ram", "Boer doe", "Berkshire gilt"]
SIRES = ["Connealy Confidence", "SAV Resource 1441", "Big Red", "Union Jack", "Hoover Dam", "Peak Altaiotto", "Rito 707"]
TAG_COLOURS = ["yellow", "white", "orange", "green", "blue", "pink"]
VET_PRODUCTS = [
    ("oxytetracycline LA", "1 ml/10 kg SC", 28, 96),
    ("tulathromycin", "1.1 ml/100 lb SC", 18, 0),
    ("meloxicam", "2.5 ml/100 kg SC", 15, 120),
    ("penicillin G procaine", "1 ml/100 lb IM", 14, 72),
    ("ceftiofur", "1 mg/kg IM", 4, 0),
    ("florfenicol", "6 ml/100 lb SC", 38, 0),
    ("ivermectin pour-on", "1 ml/10 kg topical", 42, 0),
]
AILMENTS = ["BRD", "foot rot", "pinkeye", "mastitis RH quarter", "scours", "navel ill", "lameness", "fever 40.2 °C"]
COOP_ITEMS = [
    ("Roundup PowerMax 2.5 gal", 89.00), ("AMS 17 lb bag", 14.50), ("mineral tub 125 lb", 62.00),
    ("net wrap 64\"×7,000'", 185.00), ("ear tags (25 pk)", 41.75), ("calf starter 50 lb", 22.40),
    ("T-post 6.5'", 5.10), ("urea 46-0-0 (t)", 540.00), ("seed unit P1185AM", 310.00), ("fence charger 12 V", 249.99),
]
ORDER_NOTES = [
    "deliver to the north yard", "pickup Friday", "charge to acct 10442", "split 50/50 with landlord",
    "call before delivery", "use the side gate (code in profile)", "hold until the invoice is corrected",
]
AUDITS = ["GLOBALG.A.P.", "Organic inspection", "Red Tractor", "FSMA PSR", "Internal audit", "County inspection", "Dairy inspection"]
FINDINGS = [
    "spray log missing wind direction", "PPE cupboard not locked", "treatment record missing batch #",
    "first-aid kit expired items", "no signage at the fuel store", "water test overdue",
    "hand-wash station out of soap", "training record unsigned",
]
ACTIONS = [
    "log updated & signed", "padlock fitted", "batch # added from invoice", "kit restocked",
    "sign ordered & posted", "sample sent to the lab", "refill log started", "trainee re-signed",
]
FORUM_OPENERS = ["Quick question:", "Morning all —", "Hi folks,", "G'day,", "Evening all,", "Hey,", "Newbie here —", "Long-time lurker:"]
FORUM_QUESTIONS = [
    "anyone running {v} on {soil}? How did it yield?",
    "what's everyone paying for {item} this season?",
    "seen {pest} in {crop} yet? Scouted {n} ac today.",
    "is {rate} too hot for {crop} at this stage?",
    "how long do you leave {crop} stubble before drilling?",
]
FORUM_CLOSERS = ["Thanks in advance!", "Cheers.", "Any tips appreciated.", "TIA", "Ta.", "Much obliged.", ":)", "Appreciate it, y'all."]
PEST_CROPS = [
    ("aphids", "soybeans"), ("armyworm", "corn"), ("tar spot", "corn"), ("stripe rust", "winter wheat"),
    ("flea beetles", "canola"), ("slugs", "canola"), ("blackleg", "canola"), ("Septoria", "winter wheat"),
    ("net blotch", "barley"), ("crown rust", "oats"), ("alfalfa weevil", "alfalfa"), ("Colorado potato beetle", "potatoes"),
]
GRAIN_CROPS = ["corn", "soybeans", "winter wheat", "canola", "barley", "oats", "sorghum"]


def _date(rng):
    return f"2024-{rng.randint(3, 10):02d}-{rng.randint(1, 28):02d}"


# ---------------------------------------------------------------------------
# Small template functions (one per category)
# ---------------------------------------------------------------------------

def tpl_field_names(rng):
    kind = rng.choice(FIELD_KINDS)
    num = f"{rng.randint(1, 60)}{rng.choice(['', '', 'a', 'b'])}"
    form = rng.randrange(4)
    if form == 0:
        return f"{kind} {num} '{rng.choice(FIELD_NICKNAMES)}' — {rng.randint(8, 160)} ac, {rng.choice(SOILS)}"
    if form == 1:
        return f"{kind} {num} (rented from {rng.choice(OWNERS)}) — {rng.choice(CROPS)} {rng.randint(2022, 2025)}"
    if form == 2:
        return f"{rng.choice(FIELD_NICKNAMES)} / {kind} {num} <{rng.choice(SOILS)}; pH {rng.uniform(5.2, 7.8):.1f}>"
    return f"{kind} {num} & {kind} {rng.randint(61, 99)} — one mgmt zone, {rng.choice(CROPS)}"


def tpl_spray_fert_logs(rng):
    prod, unit, (lo, hi) = rng.choice(PRODUCTS)
    rate = rng.uniform(lo, hi)
    field = f"{rng.choice(FIELD_KINDS)} {rng.randint(1, 40)}"
    wind = rng.randint(2, 18)
    form = rng.randrange(3)
    if form == 0:
        return (f"{_date(rng)} {field}: {prod} {rate:.1f} {unit}; wind {wind} km/h {rng.choice(DIRS)}; "
                f"{rng.randint(8, 29)} °C; REI {rng.choice([4, 12, 24, 48])} h")
    if form == 1:
        return (f"Spray log #{rng.randint(100, 999):04d} | {field} | {prod} @ {rate:.2f} {unit} | "
                f"wind {wind} km/h | operator {rng.choice(OPERATORS)}")
    return f"{field} — {prod} {rate:.1f} {unit} (PHI {rng.choice([7, 14, 21, 30])} d) -- {rng.choice(['done', 'half done, rain', 'edges only', 're-sprayed'])}"


def tpl_seed_yield(rng):
    crop = rng.choice(GRAIN_CROPS)
    form = rng.randrange(3)
    if form == 0:
        net = rng.randint(28000, 52000)
        return f"Ticket #{rng.randint(100000, 199999)} — {crop}; net {net:,} lb; MC {rng.uniform(12.5, 24.0):.1f}%; TW {rng.uniform(52, 62):.1f} lb/bu"
    if form == 1:
        return (f"{rng.choice(FIELD_KINDS)} {rng.randint(1, 40)}: {rng.choice(VARIETIES)} → "
                f"{rng.uniform(40, 240):.1f} bu/ac @ {rng.uniform(13, 22):.1f}% moisture")
    return f"Moisture check {_date(rng)}: {crop} {rng.uniform(12, 30):.1f}% (bin {rng.randint(1, 9)}) — {rng.choice(['dry it', 'OK to store', 'run fans', 'sell wet'])}"


def tpl_livestock_registry(rng):
    form = rng.randrange(3)
    if form == 0:
        return (f"EID 982 000{rng.randint(100000000, 999999999)}; {rng.choice(BREEDS)}; dam #{rng.choice('ABCDH')}-{rng.randint(1, 99)}; "
                f"sire '{rng.choice(SIRES)}'")
    if form == 1:
        return (f"Tag {rng.randint(1000, 9999)} ({rng.choice(TAG_COLOURS)}, {rng.choice(['L', 'R'])} ear) — born "
                f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2024, {rng.randint(25, 48)} kg")
    return f"#{rng.randint(100, 999)} → Paddock {rng.randint(1, 30)} ({rng.choice(BREEDS)}, BCS {rng.choice(['2.5', '3', '3.5', '4'])}/5)"


def tpl_vet_treatments(rng):
    prod, dose, meat, milk = rng.choice(VET_PRODUCTS)
    tag = f"#{rng.randint(100, 9999)}"
    form = rng.randrange(2)
    milk_txt = f"{milk} h" if milk else "N/A"
    if form == 0:
        return f"{tag}: {rng.choice(AILMENTS)} — {prod} {dose}; meat WD {meat} d; milk WD {milk_txt}"
    return f"{_date(rng)} {tag} {prod} ({dose}) by {rng.choice(OPERATORS)}; withdrawal ends +{meat} d"


def tpl_weather_irrigation(rng):
    form = rng.randrange(3)
    if form == 0:
        return (f"Station WS-{rng.randint(1, 12):02d}: {_date(rng)}T{rng.randint(0, 23):02d}:00Z "
                f"T={rng.uniform(-4, 38):.1f}°C RH={rng.randint(18, 99)}% Wind {rng.uniform(0, 12):.1f} m/s @ {rng.randrange(0, 360, 5)}° "
                f"Rain {rng.uniform(0, 25):.1f} mm")
    if form == 1:
        days = rng.choice(["Mon/Wed/Fri", "Tue/Thu/Sat", "daily", "every 3rd day"])
        return f"Zone {rng.randint(1, 16)}: {days} {rng.randint(4, 22):02d}:{rng.choice(['00', '15', '30', '45'])}, {rng.randint(10, 90)} min ({rng.uniform(2, 15):.1f} mm)"
    return f"Probe SM-{rng.randint(1, 30)}: VWC {rng.randint(12, 40)}% @ 30 cm; refill point {rng.randint(15, 25)}% → {rng.choice(['irrigate tonight', 'hold', 'skip, rain forecast'])}"


def tpl_equipment_telemetry(rng):
    form = rng.randrange(3)
    unit = f"{rng.choice(['TRK', 'CMB', 'SPR', 'PLT'])}-{rng.randint(1, 20):02d}"
    if form == 0:
        return f"{unit}: SPN {rng.randint(90, 5999)} FMI {rng.randint(0, 31)} — {rng.choice(['cleared', 'intermittent', 'dealer notified', 'sensor replaced'])}"
    if form == 1:
        return ("{" + f"\"unit\":\"{unit}\",\"rpm\":{rng.randint(800, 2200)},\"speed_kmh\":{rng.uniform(0, 25):.1f},"
                f"\"fuel_pct\":{rng.randint(5, 100)},\"ts\":\"{_date(rng)}T{rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:00Z\"" + "}")
    return f"{unit} engine hours {rng.randint(200, 9000):,}.{rng.randint(0, 9)}; next service @ {rng.choice([250, 500, 750, 1000])} h interval"


def tpl_coop_orders(rng):
    item, price = rng.choice(COOP_ITEMS)
    qty = rng.randint(1, 40) if price < 200 else rng.randint(1, 3)
    total = qty * price
    return f"PO #{rng.randint(80000, 99999)} — {qty} × {item} @ ${price:,.2f} = ${total:,.2f}; {rng.choice(ORDER_NOTES)}"


def tpl_compliance_notes(rng):
    i = rng.randrange(len(FINDINGS))
    return (f"{rng.choice(AUDITS)} {_date(rng)}: finding '{FINDINGS[i]}' — corrective action: {ACTIONS[i]} "
            f"(owner {rng.choice(OPERATORS)}, due +{rng.choice([7, 14, 30])} d)")


def tpl_forum_posts(rng):
    pest, pest_crop = rng.choice(PEST_CROPS)
    q = rng.choice(FORUM_QUESTIONS).format(
        v=rng.choice(VARIETIES), soil=rng.choice(SOILS), item=rng.choice(COOP_ITEMS)[0],
        pest=pest, crop=pest_crop, n=rng.randint(20, 600),
        rate=f"{rng.randint(80, 220)} kg N/ha",
    )
    return f"{rng.choice(FORUM_OPENERS)} {q} {rng.choice(FORUM_CLOSERS)}"


TEMPLATES = {
    "field_names": tpl_field_names,
    "spray_fert_logs": tpl_spray_fert_logs,
    "seed_yield": tpl_seed_yield,
    "livestock_registry": tpl_livestock_registry,
    "vet_treatments": tpl_vet_treatments,
    "weather_irrigation": tpl_weather_irrigation,
    "equipment_telemetry": tpl_equipment_telemetry,
    "coop_orders": tpl_coop_orders,
    "compliance_notes": tpl_compliance_notes,
    "forum_posts": tpl_forum_posts,
}


def build():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    stats = []
    for cat in CATEGORIES:
        lits = LITERALS[cat]
        if len(lits) > PER_CATEGORY:
            raise SystemExit(f"{cat}: {len(lits)} literals > {PER_CATEGORY}")
        if len(lits) < MIN_LITERAL_SHARE * PER_CATEGORY:
            raise SystemExit(f"{cat}: only {len(lits)} literals")
        values = []
        for v in lits:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            values.append(v)
        tries = 0
        while len(values) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"{cat}: template cannot produce enough unique values")
            v = TEMPLATES[cat](rng)
            if v in seen:
                continue
            seen.add(v)
            values.append(v)
        for v in values:
            if not isinstance(v, str) or not v or len(v) > 1800:
                raise SystemExit(f"bad value in {cat}: {v!r}")
            rows.append({"category": cat, "value": v})
        stats.append((cat, len(values), len(lits)))
    out = []
    for i, r in enumerate(rows, 1):
        out.append({"id": f"{ID_PREFIX}-{i:05d}", "category": r["category"], "label": "benign", "value": r["value"]})
    return out, stats


def main():
    rows, stats = build()
    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, n, lit in stats:
        total_lit += lit
        print(f"{cat:22s} {n:4d}  literals {lit:3d}")
    print(f"{'TOTAL':22s} {len(rows):4d}  literals {total_lit:3d}")


if __name__ == "__main__":
    main()
