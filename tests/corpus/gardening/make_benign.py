"""Benign held-out corpus for the gardening / allotment community app.

Hard negatives: realistic text typed into ordinary fields of a gardening and
allotment app (plant names, sowing calendars, soil tests, irrigation settings,
pest questions, companion tables, seed swaps, plot maps, weather notes and
multilingual posts). Hand-written literals plus small templates over
hand-written pools. Standard library only, deterministic.
"""
import json
import random
from pathlib import Path

SEED = 9501
PREFIX = "hb95"
PER_CATEGORY = 80

LITERALS = {
    "plant_name": [
        "Solanum lycopersicum 'San Marzano'",
        "Solanum lycopersicum 'Gardener's Delight'",
        "Cucurbita pepo 'Defender' F1",
        "Allium cepa 'Sturon' (sets, 250 g)",
        "Phaseolus coccineus 'Scarlet Emperor' – runner bean",
        "Daucus carota subsp. sativus 'Autumn King 2'",
        "Rosa 'Gertrude Jekyll' (Ausbord)",
        "Brassica oleracea var. italica 'Calabrese Green Sprouting'",
        "Pisum sativum 'Kelvedon Wonder' / 'Hurst Green Shaft'",
        "Lavandula angustifolia 'Hidcote' x3",
        "Capsicum annuum 'Jalapeño M'",
        "Rubus idaeus 'Autumn Bliss' <primocane>",
        "Fragaria × ananassa 'Cambridge Favourite'",
        "Malus domestica 'Egremont Russet' on M26",
        "Cynara cardunculus (Scolymus Group) 'Gros Vert de Laon'",
        "Beta vulgaris 'Bull's Blood'",
        "Lactuca sativa 'Little Gem' & 'Lollo Rosso'",
        "Tropaeolum majus 'Empress of India'",
        "Ribes nigrum 'Ben Lomond' -- 2yr bare root",
        "Dahlia 'Café au Lait'",
        "Helianthus annuus 'Russian Giant' (3.5 m!)",
        "Solanum tuberosum 'Charlotte' / 'Pink Fir Apple'",
        "Prunus domestica 'Victoria' — self fertile",
        "Cucumis sativus 'Marketmore 76'",
        "Zea mays 'Swift' F1 (supersweet, isolate from 'Incredible')",
        "Salvia rosmarinus (syn. Rosmarinus officinalis) 'Miss Jessopp's Upright'",
        "Ocimum basilicum 'Genovese' vs. 'Thai Sweet'",
        "Clematis 'Nelly Moser' (group 2 pruning)",
        "Vicia faba 'Aquadulce Claudia'",
        "Allium sativum 'Solent Wight' — softneck",
        "Tagetes patula 'Durango Red'",
        "Cosmos bipinnatus 'Purity'",
        "Hosta 'Sum & Substance'",
        "Brassica rapa subsp. chinensis 'Joi Choi'",
        "Physalis peruviana \"Cape gooseberry\"",
        "Tomate 'Cœur de Bœuf'",
        "Kürbis 'Hokkaido' (Uchiki Kuri)",
        "トマト 'Momotaro' 桃太郎",
        "Digitalis purpurea 'Dalmatian Peach' — toxic, keep away from kids' bed",
        "Phlox paniculata 'David' ×5 (mildew-resistant?)",
        "Ficus carica 'Brown Turkey' in 45 L pot",
        "Armoracia rusticana (horseradish) – DO NOT plant in open ground!",
        "Mentha spicata 'Moroccan' (keep in a sunk pot)",
        "Borago officinalis / borage",
        "Calendula officinalis 'Indian Prince'",
        "Solanum melongena 'Black Beauty' ~ aubergine",
        "Vitis vinifera 'Boskoop Glory'",
        "Echinacea purpurea 'White Swan'",
        "Allium porrum 'Musselburgh' & 'Bleu de Solaise'",
        "Rheum × hybridum 'Timperley Early'",
    ],
    "sowing_calendar": [
        "Sow under glass: Feb–Mar; plant out after last frost (~mid-May)",
        "Week 12: sow tomatoes @ 18–21 °C, pot on at 2 true leaves",
        "Succession sow lettuce every 3 weeks (Apr -> Aug)",
        "Broad beans: sow Nov OR Feb/Mar; pinch out tops when 1st pods set",
        "Don't sow carrots before the soil is > 7°C — they just sit there",
        "Parsnips: sow Mar–May, germination 21–28 days, be patient!!",
        "Harvest window: Jul 15 – Sep 30 (main crop)",
        "Sowing plan 2025:\n- Jan: onions from seed\n- Feb: chillies, peppers\n- Mar: tomatoes, celeriac\n- Apr: squash (indoors)",
        "Chit potatoes from late Jan; 1st earlies in ground ~ Good Friday",
        "sow 2 seeds/module, thin to 1 strongest",
        "Garlic: plant cloves Oct–Dec, lift when 1/3 of leaves yellow (Jun/Jul)",
        "Autumn sowing: green manure (Phacelia / field beans) after 'Charlotte' comes out",
        "Peas — sow in guttering in the greenhouse, slide into trench ~3 wks later",
        "Direct sow beetroot Apr–Jul; soak seed clusters 1 hr first",
        "Squash: sow mid-Apr indoors, plant out 1st week of June (after hardening off 7-10 days)",
        "Leeks: sow Mar in seedbed, transplant Jun when pencil-thick, 'dib & drop'",
        "Sweet peas: sow Oct in root trainers, overwinter in cold frame; pinch at 3 pairs of leaves",
        "Spring onions every 4 weeks from March until August, then 'White Lisbon Winter Hardy' in Sept",
        "Brassicas: sow Apr, plant out May/June; net immediately (pigeons!)",
        "Last frost date for our site ≈ 10 May; first frost ≈ 20 Oct",
        "Harvest log 12/08: 3.2 kg tomatoes, 1.1 kg beans, 6 courgettes (again...)",
        "Sowing depth = 2× seed diameter; fine seed on surface & don't cover",
        "Chillies need a long season — sow Jan/Feb with heat mat at 25°C",
        "Spinach bolts in heat; sow Mar–Apr and again Aug–Sep",
        "Tomato timeline: sow 1 Mar > prick out 15 Mar > pot on 10 Apr > greenhouse 10 May",
        "Calendar note: moon sowing is nonsense IMO, but the old boys on plot 14 swear by it",
        "Sow radish between the parsnip rows as a marker crop; harvest in 4 wks",
        "Overwintering onions ('Radar') go in mid-Sept to Oct",
        "Q: when to sow kale for winter picking? A: May/June, plant out by mid-July",
        "Don't forget: order seed potatoes by end of Jan (shop sells out)",
        "Cut-and-come-again salad: sow a pinch every 2 weeks, Apr–Sept",
        "Cornflowers sown in Sept flower earlier & taller than spring sowings",
        "Sow celeriac Feb–Mar on the surface, needs light to germinate, 15°C+",
        "First earlies ~10 wks, second earlies ~13 wks, maincrop 15-20 wks",
        "Asparagus: no harvest yr 1 & 2, light picking yr 3, then 6-8 wks/yr until mid-June",
        "Rhubarb: stop pulling after end of July so the crown can recover",
        "Sow dwarf French beans Late May -> July; 2nd sowing 'Purple Teepee'",
        "Semis de tomates: fin février sous abri, repiquage début avril",
        "Aussaat Radieschen: März bis September, alle 2 Wochen",
        "Siembra de habas: octubre–noviembre, cosecha en abril",
        "January: prune apples & pears; sow nothing outside (soil is a swamp)",
        "Plan: after the garlic comes out (Jul) -> sow Florence fennel & turnips",
        "Beans germinated in 6 days at 20°C, 14/16 came up",
        "Cucumbers: sow on their edge, 1 per 9cm pot, never let them get cold < 15°C",
        "Harvest sweetcorn when the silks go brown & the juice is milky (thumbnail test)",
        "Sow wildflower meadow mix Sept on cleared, NOT fed, ground — 3 g/m²",
        "Spring cabbage: sow Jul/Aug, plant out Sep/Oct, cut Apr–May",
        "Sowing note: 'Tozer' seed packet says sow by 12/2026 – still ok",
    ],
    "soil_test": [
        "pH 6.5, N-P-K 10-10-10 applied at 70 g/m²",
        "Soil test bed B3: pH 5.8 -> add lime (ground limestone 200 g/m²)",
        "Results: P = 38 mg/l (index 3), K = 181 mg/l (index 2-), Mg = 65 mg/l (index 2)",
        "Organic matter 6.2% | texture: clay loam | drainage poor",
        "EC 1.8 mS/cm in the raised bed — too salty? used mushroom compost",
        "Jar test: sand 45% / silt 35% / clay 20% => loam",
        "pH <6 in the blueberry bed is good, target 4.5–5.5",
        "Added 2 barrows of well-rotted manure + 1 bag of grit per m² on the heavy clay",
        "Kit says pH 7.0-7.5 (colour between green & dark green)",
        "Nitrate test strip: 25 ppm NO3- in spring, 5 ppm after the brassicas",
        "Lab report #4471 — pH(CaCl2) 6.1; CEC 14 meq/100g; C:N 11:1",
        "Feed ratio for tomatoes: high K, e.g. 4-2-8 (N-P-K) once trusses set",
        "Growmore is 7-7-7; chicken manure pellets ~4-2-1; fish, blood & bone ~5-5-5",
        "Worm count: 12 worms per spadeful >= healthy (count in spring)",
        "Soil temperature @ 10 cm: 8.5 °C (08:00), 11 °C (14:00)",
        "Is pH 8.2 too alkaline for potatoes? chalk subsoil at ~40cm",
        "Liming rule of thumb: sandy soil 1/2 the rate for clay",
        "Bed A1..A4 pH = 6.4, 6.6, 6.3, 7.1 (A4 had wood ash last year)",
        "Compost heap temp 62 °C on day 4 -> turned, back to 55 °C on day 7",
        "Biochar trial: half bed with 1 kg/m² charged biochar, half without (control)",
        "Sulphur chips to lower pH by ~1 unit: 100–150 g/m² on loam, repeat after 1 yr",
        "Comfrey tea NPK roughly 1.8-0.5-5.3 (per some source, not sure)",
        "C:N 30:1 target for the compost — 2 parts browns : 1 part greens by volume",
        "Soil is 'hydrophobic' on top after the drought; water runs straight off",
        "Mg deficiency (interveinal yellowing) -> Epsom salts 20 g/L foliar spray",
        "Heavy metals test (old allotment site): Pb 85 mg/kg < guideline, ok for veg",
        "Texture feel test: ribbon 4 cm, gritty -> sandy clay loam",
        "Bulk density 1.45 g/cm³ — compaction near the path edge",
        "pH meter (probe type) reads 6.8 but the chemical kit says 6.0 ... which one?",
        "Leaf mould after 2 yrs = crumbly, pH ~ 6.7; used as seed compost 50/50 with sand",
        "Green manure dug in 3 weeks before sowing: crimson clover + grazing rye",
        "Soil test kit says 'N: trace, P: low, K: medium' — so add blood, fish & bone?",
        "Infiltration test: 25 mm water drained in 40 min (ring method)",
        "Added 10 l of sieved compost to each 1 m × 1 m square",
        "Raised bed fill: 60% topsoil, 30% compost, 10% grit/perlite",
        "pH-Wert 6,2; Humusgehalt 4 %; Boden: sandiger Lehm",
        "Analyse de sol : pH 7,4 ; calcaire actif 2 % ; MO 3,1 %",
        "Sodium high (ESP 9%) near the road where salt gets splashed",
        "Trace elements fine; boron low-ish -> beetroot 'heart rot' risk",
        "2024 vs 2025: P index 4 -> 4 (stop adding manure to bed C!)",
        "Wormery liquid diluted 1:10 before use",
        "Topsoil depth only ~15cm then yellow clay 'pan'; double-dug bed 2",
        "Sample method: 10 cores in a W pattern, 0–15 cm, mixed in a clean bucket",
        "Soil moisture sensor reads 32% VWC; field capacity ~ 38%",
        "Ericaceous compost pH 4.5–5.0 for the camellia pot",
        "No-dig beds: 5 cm compost mulch every autumn, never turned",
        "NPK 20-20-20 soluble at 1 tsp / 4.5 L (1 gal) weekly for containers",
        "Redox smell (rotten eggs) in the waterlogged corner — anaerobic",
    ],
    "irrigation": [
        "Zone 1 (greenhouse): 06:00 & 18:00, 8 min each",
        "Controller: Mon/Wed/Fri, start 05:30, run 15 min, rain delay 48h",
        "Drip line 16 mm, emitters 2 L/h @ 30 cm spacing, 1.0 bar",
        "Timer program B: every 2 days | 20:00 | 12 min | skip if rain > 5 mm",
        "Water butt overflow -> diverter -> 2nd butt (210 L + 210 L)",
        "Seasonal adjust = 120% for July, 60% for Sept",
        "Soil moisture threshold: start < 25% VWC, stop > 35% VWC",
        "Schedule:\nZ1 greenhouse 06:00 10min\nZ2 raised beds 06:15 20min\nZ3 fruit cage 06:40 15min",
        "Pressure regulator set to 1.5 bar; filter cleaned 01/06",
        "Hose timer battery (2x AA) replaced — it stopped on 12/07 & the tomatoes wilted",
        "Ollas buried in bed 4: refill every 3-4 days in heatwave",
        "Capillary matting on the bench, reservoir topped up Mon & Thu",
        "Rain sensor 'dry' threshold = 3mm; bypass switch ON for testing",
        "Watering rota: Tue = Sam, Thu = Priya, Sat/Sun = whoever's on site",
        "Flow rate test: 9 L bucket filled in 45 s → 12 L/min at the trough tap",
        "ET0 yesterday 4.6 mm; deficit irrigation 70% for the onions",
        "Soaker hose 15 m ×2 in series = uneven, far end dry; split into 2 zones",
        "Auto-vent opener at 17 °C + misting 30 s every 20 min when > 28 °C",
        "Irrigation rule: IF forecast_rain >= 10mm THEN skip next cycle",
        "Don't water the foliage of tomatoes — blight loves wet leaves",
        "Tap 3 (by the shed) is OFF for repairs until Friday; use tap 2 & fill cans",
        "Program: Start1=05:00, Start2=off, Duration Z1..Z4 = 10/15/15/5 min",
        "Watering at midday doesn't 'burn' leaves, that's a myth (the heat stress does)",
        "Pots dry out quickly: 10 L pot on a 30 °C day needs ~2 L, sometimes twice",
        "Rainwater harvest this month: 640 L from the shed roof (12 m², 53 mm rain)",
        "Hozelock connector leaking again -> new O-ring, 15 mm",
        "Micro-sprinkler 360° r=1.5 m, 40 L/h; overlap 50%",
        "Bluetooth valve name: 'BedA_valve'; pairing PIN is on the sticker",
        "Greenhouse schedule summer: 07:00 (12 min), 13:00 (5 min, mist only), 19:00 (10 min)",
        "Winter: drain the lines & leave valves open so nothing freezes/cracks",
        "1 inch of water per week ≈ 25 L per m²",
        "Cistern float valve stuck; water level < 20 cm — check before weekend",
        "Bewässerung: täglich 6:00 Uhr, 10 Minuten, Zone 2 aus",
        "Arrosage goutte-à-goutte : 2 L/h, 20 h00, tous les 2 jours",
        "Check: the 'cycle & soak' setting = 3 × 5 min with 20 min pauses for clay",
        "Dripper clogged by algae; black pipe only, no clear tubing from now on",
        "Manual run: Z2 for 30 min after planting out the leeks (puddling in)",
        "Zone names: GH | BEDS_N | BEDS_S | ORCHARD | POTS",
        "Humidity 85% at night in the greenhouse: cut evening watering to 5 min",
        "Tank level sensor: 0–5 V => 0–1000 L; reading 2.3 V (~460 L)",
        "Valve 4 solenoid 24VAC clicks but no water -> diaphragm torn",
        "Irrigation cost: ~£0.004/L from mains vs free from butts",
        "Set 'skip days' = 1 in spring, 0 in July/Aug",
        "Water-when-dry test: finger in soil to 2nd knuckle; dry? water.",
        "Outflow from butt via 1/2\" tap to 13 mm hose",
        "Zone 3 uses a 4/7 mm micro-tube; max 30 drippers per branch",
        "Cucumbers: 1–1.5 L/plant/day in July; less when overcast",
        "Irrigation log: 2025-07-14 Z1 12m Z2 18m (manual override by Tom)",
    ],
    "pest_question": [
        "What's eating my hostas?? Holes everywhere & slime trails :(",
        "White powder on courgette leaves — powdery mildew or something else?",
        "Blackfly on the broad beans; is it OK to pinch out the tops & squash them?",
        "Potato blight in Jul — cut haulms down & wait 3 wks before lifting?",
        "Is neem oil allowed on the site? Rule 7 says 'no chemical sprays'",
        "Cabbage white caterpillars: net 7 mm mesh or BT spray?",
        "Tiny white flies in the greenhouse when I brush the tomatoes. Trap cards? Encarsia?",
        "Carrot root fly: barrier 60 cm high all round, does it really work??",
        "Red spider mite + heat wave = disaster. Misting twice a day now.",
        "Leaf curl on the peach — it's 'Peregrine'; cover from rain Jan–May?",
        "Slug pellets (ferric phosphate) vs beer traps vs nematodes — experiences?",
        "Why are my tomato bottoms black? (blossom end rot, calcium/watering?)",
        "Vine weevil grubs in the strawberry pots — C-shaped, cream, brown head",
        "Rats under the compost bins again >:( who do I report to, committee or council?",
        "Clubroot on plot 22 — please DON'T share brassica plants from that plot",
        "Aphids on roses: soapy water 1 tsp washing-up liquid / 1 L or just leave for ladybirds?",
        "Is it honey fungus? white fan under the bark, 'bootlaces' in the soil",
        "Pigeons stripped the purple sprouting overnight... netting tips?",
        "Apple scab — 'Cox' is covered, 'Discovery' next to it is clean. Why?",
        "Onion white rot: how long should I avoid alliums in that bed? 8+ yrs?",
        "Leatherjackets in the lawn path; crows digging it up",
        "Sawfly larvae stripped the gooseberry in 2 days!! Check under leaves from April",
        "Lily beetle (bright red) on the lilies. Hand pick & squish, drop-off trick",
        "Box tree moth — caterpillars + webbing; pheromone trap in May?",
        "Is this a 'good' bug? Black & orange larva on the beans (ladybird larva?)",
        "Leaf miner trails in chard; just pick off affected leaves?",
        "Mice ate all the pea seeds in the trench — sow in guttering instead",
        "Rust on the leeks: orange pustules; will they still be OK to eat?",
        "Mealybug on the citrus — cotton wool blobs, wipe with alcohol (isopropyl) on a cotton bud?",
        "Flea beetle holes in rocket & radish; fleece + keep soil moist",
        "Badger dug up the sweetcorn; electric fence allowed on allotments?",
        "Grey mould (Botrytis) on strawberries after all the rain; remove & bin, not compost?",
        "Ants farming aphids on the plum — grease band around the trunk?",
        "Mystery disease: yellow mosaic on courgette leaves, fruit distorted -> CMV?",
        "Is 'Sarpo Mira' really blight-resistant? Plot 9 had none at all in 2024",
        "Squirrels dig up every tulip bulb: chicken wire over the pots works",
        "Codling moth traps up in May; 3 males caught in week 1",
        "Asparagus beetle: black/yellow, eggs like tiny black hairs on the spears",
        "Question for the group: how do you deal with bindweed without glyphosate?",
        "Mildew on peas every Aug — sow earlier, or 'Ambassador' (resistant)?",
        "Scale insects on the bay tree + sticky leaves + black sooty mould",
        "Cats using the seedbed as a litter tray... holly cuttings laid on top help",
        "Schnecken überall! Kupferband oder Schneckenkragen?",
        "Pucerons sur les fèves : purin d'ortie ou savon noir ?",
        "¿Alguien sabe qué es este hongo blanco en las calabazas?",
        "Canker on the apple 'Bramley' — cut back to clean wood & paint? or not paint?",
        "Wasps in the shed roof: council pest control or the committee's contractor?",
        "Moles: 17 hills on the path this morning. Solar sonic sticks = waste of money?",
    ],
    "companion_table": [
        "Tomato | Basil, Marigold, Carrot | Fennel, Potato",
        "Carrot + Onion = confuses carrot fly (and onion fly)",
        "Three Sisters: corn > beans > squash (plant corn first, beans at 15 cm)",
        "Plant | Good with | Bad with\nBeans | Carrots, Cabbage | Onions, Garlic\nPeas | Turnips, Radish | Onions",
        "Nasturtiums = sacrificial crop for blackfly & cabbage whites",
        "Fennel dislikes almost everything — give it its own corner",
        "Marigolds (Tagetes) near tomatoes for whitefly, 1 per 2 plants",
        "Brassicas & strawberries: not great together (opinions differ)",
        "Potatoes -> next year brassicas -> roots -> legumes (4-yr rotation)",
        "Rotation key: L = legumes, B = brassicas, R = roots, P = potatoes, O = onions",
        "Chives under the apple tree (scab? maybe)",
        "Borage + strawberries: bees, bees, bees",
        "Lettuce between the slow brassicas = intercropping, harvest before they close over",
        "Garlic near roses for aphids?? evidence weak but smells nice",
        "Don't plant beans with onions/leeks/garlic — inhibits growth (?)",
        "Sweetcorn & pumpkins: squash leaves shade weeds, corn gives height",
        "Companions (bed 5):\n  NW: tomato 'Sungold'\n  NE: basil\n  SW: French marigold\n  SE: parsley",
        "Mint -> repels? mostly just takes over. pot it!",
        "Calendula with everything — hoverflies eat aphids (larvae)",
        "Radish & carrot sown together: radish marks the row + breaks the crust",
        "Dill attracts beneficials but cross-pollinates with fennel — keep apart",
        "Leeks & carrots: mutual protection vs leek moth & carrot fly (some say)",
        "Phacelia in gaps = lacewings & bees; cut before it seeds everywhere",
        "Tabelle: Tomate ✓ Basilikum, ✓ Knoblauch, ✗ Kartoffel, ✗ Fenchel",
        "Association : carotte / poireau ✔ ; haricot / ail ✘",
        "Asociación: lechuga + rábano + zanahoria en la misma fila",
        "Beans (N fixers) before brassicas (heavy feeders) = classic",
        "Sunflowers inhibit some neighbours (allelopathy) — keep away from potatoes",
        "Cucumber + dill + nasturtium in the greenhouse border",
        "Raspberries & potatoes share diseases; keep 3 m+ apart",
        "Comfrey 'Bocking 14' next to the compost bins for easy cuttings",
        "Apple guild: comfrey, chives, daffodils, clover, yarrow",
        "Crop | Family | Year\nPotato | Solanaceae | 1\nCabbage | Brassicaceae | 2\nCarrot | Apiaceae | 3\nBean | Fabaceae | 4",
        "Tomatoes & potatoes both get blight — don't put them next to each other",
        "Tansy by the fruit cage; it's invasive though, watch it",
        "Summer savory with broad beans ('bean herb') against blackfly",
        "Catch crops: rocket/radish/spinach in the 6 weeks before squash goes in",
        "Onion row every 4th row in the carrot bed (ratio 1:3)",
        "Basil doesn't love being next to rue or sage (both dry-loving)",
        "Hyssop & brassicas: white butterflies avoid? not convinced",
        "Clover living mulch under sweetcorn, mowed once in July",
        "Yarrow + fennel + dill = a beneficial insect strip along the east path",
        "Rotation 2025 = bed1:P, bed2:B, bed3:R, bed4:L (shifted by 1 from 2024)",
        "Marigolds vs. nematodes: needs to be French marigold grown as a cover crop, not a few plants",
        "Poached egg plant (Limnanthes) under the gooseberries — hoverflies",
        "Peas + spinach in the same trench: spinach harvested before peas need the room",
        "Sage & rosemary & thyme in the hot dry corner (Mediterranean 'guild')",
        "Celery near brassicas? 'confuses' whitefly. Celery is fussy anyway",
    ],
    "seed_swap": [
        "OFFER: 'Cherokee Purple' tomato seeds, home-saved 2024, ~30 seeds. WANT: any climbing French bean",
        "Swap: 10 x 'Crimson Flowered' broad beans <-> 10 x 'Blue Lake' climbing beans",
        "Free to a good home: rhubarb crown (split), collect from plot 31 Sat a.m.",
        "Have: Calendula, Nigella, Cosmos (all mixed, open-pollinated). Need: parsnip (fresh only!)",
        "Heritage seed library 'Grandpa Ott's' morning glory — note: seeds are toxic, keep from kids",
        "Seed swap day: Sat 8 Mar, 10:00–13:00 @ the community hut; bring envelopes & labels",
        "Listing #118: squash 'Crown Prince' (F1 so may not come true) — free",
        "Looking for: 'Pink Fir Apple' seed potatoes, 5 tubers. Can pay £2 or swap",
        "WANTED — Jerusalem artichoke tubers (yes, I know they spread...)",
        "Isolation note: my 'Golden Ball' turnip seed may be crossed with Chinese cabbage (both B. rapa)",
        "Packets are 'approx 50 seeds'; germination tested 9/10 on kitchen roll",
        "OFFER: sunflower 'Valentine' + 'Velvet Queen' — self-saved, can post (SAE please)",
        "Swap: chilli 'Aji Lemon' & 'Hungarian Hot Wax' for any heirloom lettuce",
        "Seeds from the 2019 'Kelvedon Wonder' pack — probably dead but free if anyone wants to try",
        "Trading 2 packets of 'Purple Sprouting Early' for 'Red Russian' kale",
        "Gift: runner bean 'Czar' (white seeded, good for drying) – 20 beans",
        "Offering dahlia tubers: 'Bishop of Llandaff' ×3, 'Karma Choc' ×2 (divided this spring)",
        "Need: 'Boltardy' beetroot. Have: too many 'Chioggia' (candy stripe) — ~200 seeds",
        "Seed saving tip: tomatoes → ferment 3 days, rinse, dry on a plate (not paper!)",
        "Label format: NAME / variety / year / source / notes e.g. 'Bean / Borlotto Lingua di Fuoco / 2024 / plot 7 / dry beans'",
        "Swap box rules: take 3, leave 3. Please label everything with year!!",
        "Tomato 'Black Krim' + 'Sungold' (F1 — won't come true, grown for fun)",
        "Offer: 'Lazy Housewife' climbing French beans — 1960s family heirloom",
        "Want: Oca / Yacon tubers for a 'weird crops' bed; can swap mashua",
        "Cuttings available: fig 'Brown Turkey', blackcurrant 'Ben Sarek', gooseberry 'Invicta'",
        "Strawberry runners 'Marshmello' free, pot yourself, by the gate Sun 2pm",
        "Spare seedlings: 12 x leeks, 6 x celeriac, 4 x 'Tromboncino' squash",
        "Offering garlic: 'Elephant' (really a leek) 10 cloves & 'Lautrec Wight' 10 cloves",
        "Seed library returns: please return 2x what you borrowed (if your crop went to seed)",
        "ISO (in search of) Cape gooseberry & tomatillo seed",
        "Tausche Bohnen 'Neckarkönigin' gegen Tomatensamen 'Ochsenherz'",
        "Échange graines de courge 'Musquée de Provence' contre des radis 'Flamboyant'",
        "Cambio semillas de pimiento de Padrón por tomate 'Corazón de Buey'",
        "Wanted: wild garlic bulbs for a shady bed (NOT picked from the wild, nursery only)",
        "Free: 3 bags of sweet pea seeds (mixed colours) & a box of root trainers",
        "OFFER / WANT / FREE / LOAN — use the tag in the title so it sorts properly",
        "Potato 'Arran Victory' — purple skin, floury; 8 small tubers to swap",
        "Basil 'Mrs Burns' Lemon' & 'Cinnamon' seeds, 2025 harvest, 100% OP",
        "Seed potatoes from the shop can't be resold; swap is fine ('gift')",
        "Spare: 1 kg 'Aquadulce' broad beans (home saved, NOT treated)",
        "Swap: walnut seedlings (3) <-> anything perennial veg (sea kale? skirret?)",
        "Looking for 'Bull's Blood' beetroot & 'Rainbow' chard, have 'Crapaudine' beet",
        "Please no GMO (lol there are none here); F1 fine, just tell us",
        "Sweetcorn seed saving needs 100+ plants for genetic diversity — not for a 5x5 bed",
        "OFFER: Aloe & spider plant babies (houseplants, sorry not veg)",
        "Saved 'Trail of Tears' beans — Cherokee heirloom, black seeded, 25 each",
        "Swap: 'Musselburgh' leek seedlings ×20 for a couple of courgette plants",
        "Will post UK only; 2nd class stamp + envelope = 5 packets",
    ],
    "plot_map": [
        "Plot 14B: beds A1–A4 (north), B1–B4 (south), path 60 cm",
        "Bed C3 @ (x=4.5 m, y=2.0 m), size 1.2 × 3.0 m",
        "Grid: rows 1-10 (N->S), cols A-F (W->E); compost bins at F10",
        "Plot 7 = 250 m² (10 rods), half plot 7a to Jo from April",
        "Map:\n+----+----+----+\n| A1 | A2 | A3 |\n+----+----+----+\n| B1 | B2 | B3 |\n+----+----+----+",
        "Shed at NE corner; water trough between plots 12 & 13",
        "Raised beds 1.2 m wide so I can reach the middle from both sides",
        "Greenhouse 8'x6' (2.4 x 1.8 m) on the south edge, ridge E–W",
        "Fruit cage: cols D–F, rows 7–9; netting 19mm",
        "GPS of gate: 51.4532, -2.5879 (for deliveries; the postcode goes to the wrong gate)",
        "Beds renumbered: old 'Bed 5' -> 'C2', old 'Bed 6' -> 'C3'",
        "Bed layout (square ft): 4x4 = 16 squares; tomato 1/sq, lettuce 4/sq, carrot 16/sq",
        "Paths: woodchip 50 cm, main path 1.2 m (wheelbarrow + wheelchair access)",
        "Plot boundaries: N = hedge, S = path 3, E = plot 15, W = plot 13",
        "Pond (1.5 m dia) at B6; keep 1 m buffer for frogs",
        "Bed dims: A1 1.2x2.4, A2 1.2x2.4, A3 1.2x3.6 (longer one)",
        "Row spacing: potatoes 60 cm, within row 30 cm; 4 rows × 10 = 40 plants",
        "Coordinates are (col,row) from the SW corner, 1 square = 50 cm",
        "Sunlight map: A-row full sun; F-row shade after 3pm (the big ash tree)",
        "Plot 31/32 merged => 31; 32 no longer exists on the map",
        "Hugelkultur mound along west fence (5 m × 1 m × 0.8 m high)",
        "Bed D2: half leeks (D2a) / half celeriac (D2b)",
        "Waiting list position: 23 (site 'Meadow Lane', half plot)",
        "Site plan v3 — plots 1–60, 4 water troughs (T1..T4), 2 compost bays",
        "Bed 'Herb spiral' centre at (3,7), r = 1 m",
        "Orchard row: 5 trees @ 3 m spacing (M106 rootstock) along north boundary",
        "Plot map legend: ■ bed  □ path  ▲ tree  ● water  ◆ compost",
        "Bed A1 → A2 → A3 → A4 rotates crops clockwise each year",
        "Polytunnel 3 m x 6 m at cols E–F rows 2–5; door faces east",
        "North arrow points UP on the map, not like last year's version (sorry!)",
        "Keyhole bed at C5-C6, keyhole opening on the path side",
        "Distance from gate to plot 44 ≈ 120 m; trolley available in the hut",
        "Plan for 2026: convert B-row to no-dig, 4 beds 0.75 m × 5 m",
        "Bed heights: A-row 30 cm (sleepers), B-row 45 cm (for Dad's back)",
        "Measurements in feet & inches — 10' x 4' beds with 18\" paths",
        "Plot 9 lost bed E2 to bindweed; mulch with cardboard + 10cm chip until 2026",
        "Parzelle 12, Beet 3: 1,2 m × 4 m, Weg 40 cm",
        "Parcelle 5 : planche n°2 = 0,8 × 10 m",
        "Bed 'Z' (the weird triangle by the hedge) — flowers only",
        "Hedge strip 1 m wide (native: hawthorn, blackthorn, hazel) along path 3",
        "Bed B4: 3 rows carrots, 1 row onions (row 2), spacing 20 cm",
        "Coordinates A1 (0,0) to F10 (5,9) — spreadsheet cell = bed",
        "Tool store: padlock code is changed monthly; ask the secretary",
        "Cold frames ×2 along greenhouse south wall (1.2 × 0.6 m each)",
        "Map update request: plot 27 now has a pond + a bench, please add",
        "Our plot: 5 rods = ~125 m²; 40% veg, 20% fruit, 20% flowers, 20% 'wild'",
        "Strawberry bed D8–D9 renewed every 3 yrs: new bed at E8 from runners",
        "Bee hives at the far end (behind plot 60) — keep out between 11:00-15:00",
    ],
    "weather_note": [
        "Frost last night: -3 °C in the hollow by plot 40, -1 °C by the gate",
        "Rain gauge: 23 mm since Sunday; ground finally soft enough to dig",
        "Heatwave warning Thu–Sat (34 °C+). Shade netting on greenhouse, water early & late",
        "Hail at 16:20 for 10 min — shredded the chard & courgette leaves :(",
        "Wind gusts 60 mph tonight; tie in the bean poles & weigh down the fleece!",
        "Min/max thermometer greenhouse: 4.2 / 38.5 °C (need more ventilation)",
        "Dry May: only 9 mm all month vs 55 mm average",
        "Forecast: 'sunny spells, chance of showers 40%' — so, maybe",
        "Snow 5 cm, brassicas under it are fine (insulates)",
        "First frost of autumn 18/10: dahlias blackened -> lift & store",
        "Humid & warm (>10 °C, >90% RH for 2 days) = Hutton criteria met => blight risk",
        "Fog until 11 a.m., then 19 °C and bright",
        "Temp log 06:00 / 12:00 / 18:00: 7 / 16 / 12 °C",
        "Weather station at the hut: wind N 12 km/h, pressure 1021 hPa & rising",
        "Met Office yellow warning for rain; paths flooded at the bottom gate again",
        "Soil too wet to work — left footprints 5cm deep, stopped digging",
        "Late frost 12 May (!) — covered the potatoes with earth & fleece, 1 row got nipped",
        "Drought: hosepipe ban from Friday — cans & butts only",
        "Indian summer — 24 °C in early Oct, tomatoes still ripening outside",
        "Thunderstorm at 3 am; corn flattened on the west side",
        "Ground frost but no air frost; courgettes in the tunnel OK",
        "Rainfall 2025 (mm): Jan 80 | Feb 61 | Mar 22 | Apr 38 | May 9 | Jun 41",
        "Wind chill is brutal on the exposed top plots (row 1–5)",
        "Record low: -9.5 °C on 12 Dec; lost the rosemary & the lemon verbena",
        "'Red sky at night...' — it rained the whole next day anyway",
        "Sunrise 05:02, sunset 21:25 — longest day; ate strawberries at the plot at 9pm",
        "UV index 8; hats on, working in the shade from 12–3",
        "Overnight minimum 12 °C — tomatoes finally setting fruit",
        "Waterlogged: standing water in beds B1/B2 for 3 days after 45 mm",
        "Breezy & cold (NE wind) — fleece stays on the carrots",
        "Temperaturen heute: 28 °C, Gewitter am Abend",
        "Gelée blanche ce matin, −2 °C ; les fèves ont tenu",
        "Helada esta noche: -2 ºC, tapar las lechugas",
        "Frost pocket confirmed: cold air pools at the bottom hedge",
        "Greenhouse hit 45°C with the door shut by mistake... leaves scorched",
        "Forecast: Mon 14°, Tue 16°, Wed 11° + rain; plant out Thursday?",
        "Sleet turning to rain; cancelled Sat work party",
        "Spring equinox; soil 6 °C at 10 cm (not yet)",
        "Mild winter — no frost at all in Jan, aphids overwintered everywhere",
        "Muggy, 26 °C, no wind — the midges are out at the pond",
        "Hot/dry spell ended: 32 mm in 24 h; rain runoff carried mulch into the path",
        "Dew point 17 °C; grey mould risk in the tunnel, open both doors",
        "Weekly summary: dry, 4 sunny days, max 23 °C, min 9 °C, 2 mm",
        "Gale tore the polythene on the tunnel (again); repair tape ordered",
        "Rain radar shows the band arriving ~14:00; sow before then",
        "Average last frost here is 1 May but '25 had one on the 19th",
        "Cloudy, 11 °C, ideal for transplanting brassicas (less wilting)",
        "Heat stress: tomato flowers dropping when > 32 °C day / > 24 °C night",
    ],
    "community_post": [
        "Thanks everyone who came to Saturday's work party — 12 of us, 3 skips filled!",
        "Can't believe it's nearly June & my beans still haven't come up... anyone else?",
        "Lost: green-handled hand fork, probably near plot 22. It was my Nan's :'(",
        "Reminder: the AGM is on 14 Nov @ 19:30 in the church hall; agenda in the hut",
        "Who's got the key to the tool store? I'm locked out (again...)",
        "Jam-making session Sun: bring jars & lids; we've got 10 kg of plums!!",
        "Huge thanks to Bob for fixing trough #3 — we owe you a pint 🍺",
        "Committee note: bonfires are NOT allowed May–Sept (council rule §4.2)",
        "Recipe: courgette & feta fritters — 2 grated courgettes, 100 g feta, 1 egg, 3 tbsp flour; fry 3 min each side",
        "Anyone fancy sharing a delivery of manure? £40/trailer, split 4 ways = £10",
        "Our plot's 1st year: mistakes made, lessons learnt, zero regrets 😊",
        "PSA: the 'free' wood chip from the tree surgeons is ready by the gate — help yourselves",
        "Photos from the open day are on the noticeboard (and in the shared album)",
        "Please close the gate behind you — the deer got in on Tuesday & ate everything in rows 8–10",
        "Welcome to our new plot holders on 5, 17 & 41! Say hi at the hut on Sunday",
        "Bug hotel build with the kids' club — collected pine cones, bamboo & bricks",
        "Quick question: does anyone mind if I put a small bench on the path end?",
        "Best-kept-plot competition judges are coming Aug 3 — tidy those paths, folks :)",
        "My first ever pumpkin: 14.2 kg!! 'Atlantic Giant' — too heavy to carry home",
        "Can someone water my greenhouse Wed & Fri while I'm away? will return the favour",
        "Thread: what's your most productive crop per m²? mine = runner beans, easily",
        "Grandad's tip: plant potatoes when you can sit on the soil with bare … ahem, comfortably",
        "Lovely morning — robin followed me round the whole time I was digging",
        "Annual rent due 1 Oct: £45 full plot, £25 half; concessions 50% off",
        "Do we have a policy on keeping chickens? Rule book just says 'livestock by permission'",
        "Ideas for the harvest festival stall? Chutney, seedlings, cut flowers, 'guess the marrow weight'?",
        "Kürbissuppe-Rezept von Oma: 1 Hokkaido, 1 Zwiebel, Ingwer, Kokosmilch — lecker!",
        "Merci à tous pour la fête du jardin, c'était génial ! 🌻",
        "¡Hola a todos! Soy nueva en la parcela 19, encantada de conoceros",
        "Ciao! Qualcuno ha dei semi di 'cime di rapa' da scambiare?",
        "Witam! Mam za dużo cukinii, kto chce? Działka 33",
        "Olá! Alguém sabe onde comprar batata-doce para plantar?",
        "Merhaba! Domates fidelerim fazla, isteyen var mı?",
        "Γεια σας! Έχω πολλές ντομάτες, ποιος θέλει;",
        "सबको नमस्ते! मेरे पास बहुत सारी भिंडी है, किसी को चाहिए?",
        "大家好！我有很多韭菜，谁要？",
        "안녕하세요, 고추 모종이 남았어요. 필요하신 분?",
        "مرحبا! عندي بذور ملوخية زيادة لمن يريد",
        "שלום! יש לי הרבה זרעי עגבניות למסירה",
        "Привет! У кого есть рассада огурцов на обмен?",
        "Hei! Onko kenelläkään ylimääräisiä raparperin juurakoita?",
        "Who's the 'mystery' person leaving courgettes on everyone's bench at night? 😂",
        "Volunteer rota for the community bed: sign up on the sheet in the hut (or reply here)",
        "Thanks for the advice re: blossom end rot — watering every day fixed it!",
        "Apologies for the bonfire smoke last week — didn't know the rule. Won't happen again.",
        "It's 'Sarah's' not 'Sara's' plot lol, the sign's wrong",
        "Sad news: Margaret from plot 2 passed away last week. She was here 40 years. Card in the hut.",
        "Does anyone know a good way to get rid of couch grass that isn't 'dig it out forever'?",
        "Kids' sunflower competition results: Amir 2.9 m, Lily 2.7 m, Josh 2.6 m 🌻🌻🌻",
    ],
}

# ---------------------------------------------------------------- templates
CROPS = ["tomato", "courgette", "runner bean", "leek", "parsnip", "beetroot", "kale",
         "squash", "pea", "chard", "garlic", "onion", "carrot", "chilli", "cucumber"]
CULTIVARS = ["'Sungold'", "'Moneymaker'", "'Blue Lake'", "'Tender & True'", "'Nero di Toscana'",
             "'Bright Lights'", "'Boltardy'", "'Crown Prince'", "'Early Onward'", "'Carentan'",
             "'Red Baron'", "'Nantes 2'", "'Cayenne'", "'Tromboncino'"]
GENERA = [("Solanum lycopersicum", "tomato"), ("Cucurbita maxima", "winter squash"),
          ("Brassica oleracea", "kale"), ("Allium cepa", "onion"), ("Beta vulgaris", "chard"),
          ("Phaseolus vulgaris", "French bean"), ("Capsicum annuum", "pepper"),
          ("Lactuca sativa", "lettuce"), ("Spinacia oleracea", "spinach")]
MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
NAMES = ["Priya", "Tom", "Sam", "Aoife", "Kwame", "Jo", "Marek", "Fatima", "Hannah", "Dev", "Ines"]
BEDS = ["A1", "A2", "B3", "C1", "C4", "D2", "E5", "F7"]
PESTS = ["slugs", "aphids", "blackfly", "whitefly", "caterpillars", "vine weevil", "thrips",
         "red spider mite", "earwigs", "flea beetle"]
COMPANIONS = ["basil", "marigold", "nasturtium", "chives", "borage", "dill", "calendula", "parsley"]
SKY = ["sunny", "overcast", "drizzle", "showers", "clear", "misty", "breezy"]


def t_plant(r):
    g, common = r.choice(GENERA)
    return f"{g} {r.choice(CULTIVARS)} ({common}) x{r.randint(2, 12)}"


def t_sowing(r):
    a, b = sorted(r.sample(range(12), 2))
    return (f"{r.choice(CROPS).capitalize()}: sow {MONTHS[a]}–{MONTHS[b]}, "
            f"germination {r.randint(5, 21)} days @ {r.randint(12, 25)} °C")


def t_soil(r):
    return (f"Bed {r.choice(BEDS)}: pH {r.randint(55, 78) / 10:.1f}, "
            f"N-P-K {r.randint(2, 20)}-{r.randint(2, 20)}-{r.randint(2, 20)} at {r.randint(3, 15) * 10} g/m²")


def t_irrig(r):
    return (f"Zone {r.randint(1, 6)}: start {r.randint(4, 21):02d}:{r.choice(['00', '15', '30', '45'])}, "
            f"{r.randint(3, 30)} min, every {r.randint(1, 4)} day(s); skip if rain > {r.randint(2, 10)} mm")


def t_pest(r):
    return (f"{r.choice(PESTS).capitalize()} on my {r.choice(CROPS)} {r.choice(CULTIVARS)} again — "
            f"anyone tried {r.choice(['nematodes', 'fleece', 'garlic spray', 'hand picking', 'mesh netting'])}?")


def t_companion(r):
    a, b = r.sample(COMPANIONS, 2)
    return f"{r.choice(CROPS).capitalize()} | good: {a}, {b} | avoid: {r.choice(CROPS)}"


def t_swap(r):
    a, b = r.sample(CROPS, 2)
    return (f"OFFER: {a} {r.choice(CULTIVARS)} seeds ({r.randint(2019, 2025)}, ~{r.randint(10, 60)}) "
            f"<-> WANT: {b} — message {r.choice(NAMES)}")


def t_plot(r):
    return (f"Plot {r.randint(1, 60)}{r.choice(['', 'a', 'b'])}, bed {r.choice(BEDS)} @ "
            f"(x={r.randint(0, 12)}.{r.randint(0, 9)} m, y={r.randint(0, 8)}.{r.randint(0, 9)} m), "
            f"{r.choice(['1.2', '0.9', '1.5'])} × {r.randint(2, 6)} m")


def t_weather(r):
    lo = r.randint(-4, 12)
    return (f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}: {r.choice(SKY)}, min {lo} °C / max "
            f"{lo + r.randint(4, 16)} °C, rain {r.randint(0, 30)} mm")


def t_post(r):
    return (f"Thanks {r.choice(NAMES)} for the {r.choice(CROPS)} seedlings! "
            f"Mine are in bed {r.choice(BEDS)} now & doing great")


TEMPLATES = {
    "plant_name": t_plant, "sowing_calendar": t_sowing, "soil_test": t_soil,
    "irrigation": t_irrig, "pest_question": t_pest, "companion_table": t_companion,
    "seed_swap": t_swap, "plot_map": t_plot, "weather_note": t_weather,
    "community_post": t_post,
}


def main():
    r = random.Random(SEED)
    rows, seen, lit_count = [], set(), 0
    for cat, lits in LITERALS.items():
        vals = []
        for v in lits:
            assert v not in seen, v
            seen.add(v)
            vals.append(v)
        lit_count += len(lits)
        while len(vals) < PER_CATEGORY:
            v = TEMPLATES[cat](r)
            if v not in seen:
                seen.add(v)
                vals.append(v)
        assert len(lits) / len(vals) >= 0.55, cat
        for v in vals:
            assert isinstance(v, str) and v and len(v) <= 1800
            rows.append({"category": cat, "label": "benign", "value": v})
    out = Path(__file__).with_name("benign.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as f:
        for i, row in enumerate(rows, 1):
            obj = {"id": f"{PREFIX}-{i:05d}", **row}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    counts = {}
    for row in rows:
        counts[row["category"]] = counts.get(row["category"], 0) + 1
    for cat, n in counts.items():
        print(f"{cat:16s} {n:4d} (literals {len(LITERALS[cat])})")
    print(f"total {len(rows)}, literals {lit_count}")


if __name__ == "__main__":
    main()
