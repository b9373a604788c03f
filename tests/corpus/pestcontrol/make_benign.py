#!/usr/bin/env python3
"""Benign values for the pestcontrol held-out WAF corpus (hand-written, stdlib only)."""
import json
import os
import random

SEED = 17301
PREFIX = "hbfh"
PER_CAT = 80
rng = random.Random(SEED)

# ---------------------------------------------------------------- inspection_report
INSPECTION = [
    "Crawlspace inspected. Active subterranean termite tubes on the north pier, approx. 40 cm long.",
    "No evidence of WDI found at time of inspection.",
    "Mud tubes along sill plate -- previously treated? Customer unsure.",
    "Attic: rodent droppings near the HVAC plenum, insulation tunneled in 3 spots. Recommend exclusion + snap traps.",
    "Kitchen: German cockroach activity under the dishwasher & behind the fridge. Sanitation level: poor (3/5).",
    "Garage door seal gap > 6 mm on left side; mice can fit through anything the size of a pencil.",
    "Drywood termite frass (pellets) below window frame in bedroom #2. Select areas for spot treatment.",
    "Moisture reading at rim joist: 22% (threshold is 19%). Conducive condition noted.",
    "Wood-to-soil contact at rear deck posts; grade should be lowered at least 15 cm.",
    "Bed bug inspection, unit 4B: live adults in mattress seam, cast skins on headboard. Tenant's couch also positive.",
    "Inspected per NPMA-33. Report # WDI-2024-0193. See attached diagram.",
    "Carpenter ants trailing from the tree limb touching the roof -> entering at the soffit vent.",
    "Found 2 dead roaches in the drop ceiling; no live activity. Monitors placed (see map).",
    "Subfloor access was blocked by stored boxes; areas not inspected: NE corner, under bathroom.",
    "Wasps nest in the eave above the front door, about the size of a softball.",
    "Fleas on pet bedding only. Owner treats dog monthly, but the cat isn't on anything.",
    "Stored product pests: Indian meal moth larvae in pantry (birdseed and a bag of oats). Discard, then vacuum shelves.",
    "Old termite damage in the sill, appears inactive -- no live insects, tubes dry and brittle.",
    "Ants: odorous house ants (smell like rotten coconut when crushed) along the kitchen backsplash.",
    "Raccoon latrine on the flat roof. Referred to wildlife partner, we don't handle raccoons.",
    "Inspection notes for 14 Rue des Lilas: traces de rongeurs dans le cellier, pas de blattes.",
    "Inspección: hormigas en el baño, nido probablemente bajo las baldosas.",
    "Dachboden: Mäusekot entlang der Dämmung, Einflug­loch am Ortgang vermutlich.",
    "床下点検：シロアリの蟻道を2か所確認。東側の束石付近。",
    "Wall void behind shower: used borescope, saw ~12 live termites & damaged studs.",
    "Condition rating: Moderate. Drain line drips onto joist; fix leak before re-treat.",
    "Rodent rub marks (grease) on the joist where the pipe goes up to the kitchen.",
    "Client says 'they only come out at night' -- consistent with roaches, not silverfish.",
    "Exterior perimeter OK. Mulch is 10\" deep against the foundation, that's a big termite attraction.",
    "Slab home, monolithic pour. Plumbing penetrations under the tub are the likely entry.",
    "Spider activity (mostly cellar spiders) in the basement; webs but no brown recluse seen.",
    "Found a union of two ant colonies? Two trails that merge at the patio door.",
    "Ladder needed for 2nd floor eaves; couldn't inspect the gable vent on the west side.",
    "Termite swarmers on the windowsill (wings all the same size = termites, not ants).",
    "Crawlspace vapor barrier torn in 4 spots; standing water near the sump.",
    "Silverfish in the basement bathroom; humidity 68%.",
    "Bees (not wasps) in the wall cavity behind the siding. Called a beekeeper for live removal -- do NOT spray.",
    "No access to attic: hatch painted shut. Will note as 'not inspected' on the report.",
    "Cluster flies in the upstairs windows every fall, south-facing side.",
    "Re-inspection after 14 days: bed bug activity reduced, 1 nymph found on box spring.",
    "Pantry: cigarette beetles in the paprika. Owner's words: \"I thought it was just pepper\".",
    "Dog run area has ticks; yard borders woods. Recommend perimeter tick treatment.",
    "Infestation level (1-5): kitchen 4, bath 2, bedrooms 1.",
    "Gnawed wiring in the attic junction box -- advised the homeowner to call an electrician.",
    "Photos: IMG_2041.jpg to IMG_2057.jpg uploaded to the job folder.",
    "Foundation vents screened, but two screens rusted through (<1 cm holes).",
    "Wood decay fungi on the porch skirt boards; not insect damage.",
    "Overall: structure is in decent shape; main concern is the leaking AC condensate line.",
    "Stink bugs overwintering behind the shutters. Exclusion only, no interior spraying.",
    "Rats in the compost bin, burrows under the shed (3 active holes, fresh soil).",
    "Commercial kitchen: drain flies breeding in floor drain #3; the drain cover hasn't been pulled in months.",
    "Warehouse dock doors left open overnight; pigeons nesting in the rafters above aisle 7.",
    "Moth damage on the wool rug in the hallway; clothes moths, not pantry moths.",
]
INSP_AREAS = ["attic", "crawlspace", "garage", "kitchen", "basement", "bathroom", "exterior perimeter", "sill plate", "laundry room", "porch"]
INSP_FINDS = ["rodent droppings", "mud tubes", "roach activity", "ant trails", "no activity", "frass", "moisture damage", "spider webs", "gnaw marks"]
INSP_ACTIONS = ["monitor on next visit", "seal entry points", "treat and follow up in 2 weeks", "recommend exclusion", "no action needed", "advise customer on sanitation"]


def t_inspection(r):
    return "%s: %s found, %s." % (r.choice(INSP_AREAS).capitalize(), r.choice(INSP_FINDS), r.choice(INSP_ACTIONS))


# ---------------------------------------------------------------- treatment_log
TREATMENT = [
    "Applied Termidor SC 0.06% finished dilution, 4 gal per 10 linear ft, trench & rod method.",
    "Gel bait placed in 32 spots (pea-sized dabs) in kitchen cabinets and hinges.",
    "Perimeter spray: bifenthrin 0.06%, 1 gal/1000 sq ft, foundation band 3 ft up & 3 ft out.",
    "Dusted wall voids with DeltaDust through outlet plates (power off first!).",
    "Insect growth regulator mixed with the residual; carpet & baseboards only.",
    "Used 1.5 oz of product in 1 gal water. Tank #2 rinsed after use.",
    "Wind 5-8 mph from W, temp 74°F, no rain forecast for 24 h. OK to apply.",
    "Drill & treat slab at 12\" intervals along the bath trap; patched holes with mortar.",
    "Foam application into the wall void behind the kitchen sink -- approx. 2 cans.",
    "Treated the ant mound in the front bed with granules, watered in with 1/2 inch.",
    "EPA Reg. No. 7969-210; lot #A1B2C3; target pest: subterranean termites.",
    "Heat treatment, unit 4B: room reached 135°F for 4 hours; sensors logged every 5 min.",
    "No pesticide used -- mechanical only (glue boards + snap traps, 12 total).",
    "Rodenticide blocks NOT placed inside per customer request (kids & pets).",
    "Sprayed crack-and-crevice only; no broadcast application inside.",
    "Chemical: fipronil; amount: 0.5 gal; area: back patio expansion joint; method: low-pressure.",
    "Fogger not used. Customer asked about 'bug bombs' -- explained why they spread roaches.",
    "Bed bug: steam on mattress seams, then residual on the frame. Encasement installed.",
    "Mosquito barrier spray on shrubs/under leaves; skipped the vegetable garden and the flowering plants.",
    "Wasp nest knocked down after aerosol at dusk; bagged and removed.",
    "Applied diatomaceous earth in the attic along the top plates.",
    "Re-treat of bait stations only; nothing sprayed today.",
    "Mixing ratio (1:100) -> 38 ml concentrate into 3.8 L water.",
    "Application log: 09:14 start, 09:52 end; total area ~2,200 sq ft.",
    "Granular bait broadcast in lawn at 1 lb / 1000 sq ft for fire ants.",
    "Traitement anti-termites: injection dans le sol, 5 L par mètre linéaire.",
    "Behandlung: Gelköder in Küche und Bad, Nachkontrolle in 14 Tagen.",
    "Tratamiento con gel en la cocina; no se usó aerosol.",
    "ゴキブリ用ベイト剤をキッチンに20か所設置。",
    "Sleep mode on the sprayer was on, had to reset before starting -- not a product issue.",
    "Dropped the concentration to 0.03% because of the koi pond near the patio.",
    "Treated: kitchen | bathrooms | garage. Not treated: bedrooms (infant sleeping).",
    "Cockroach flush with pyrethrin aerosol, then monitored for 10 min; 40+ came out of the motor housing.",
    "Fumigation prep checklist signed by owner; tarp date moved to Mon.",
    "Borate foam injected into drywood galleries at 3 points; holes sealed with wood putty.",
    "Liquid termiticide around the new addition only (the rest is still under the 2021 bond).",
    "Used backpack sprayer; flushed with clean water, 3 rinses, rinsate applied to the treated site.",
    "Quantity used: 0.25 lb dust. Bulb duster refilled from the drum in the truck.",
    "Client's dog kept inside for 2 hrs until dry, as per label.",
    "Applied Advion roach gel + Gentrol point sources under each appliance.",
    "Product: Demand CS; rate: 0.8 fl oz/gal; target: spiders & ants; site: eaves & window frames.",
    "Drain gel foamed down floor drains #1-#4 at close of business.",
    "Re-entry interval: until dry. Signage posted at both entrances.",
    "Treatment order by priority: 1) kitchen 2) pantry 3) utility room.",
    "Bait matrix used instead of spray because the tenant has asthma.",
    "Didn't treat the mulch bed near the pond -- label says keep out of water.",
    "Hand-sprayed the fence line for ticks, about 300 ft.",
    "Total spray time 45 min; ~6 gal finished solution.",
    "Customer wanted green products only: used botanical (rosemary oil) for the ants.",
    "Follow-up treatment at 2 weeks per bed bug protocol, second of three visits.",
    "Weather hold: rain started 20 min after application; will re-check effectiveness next week.",
    "Treated window sills & door frames; did not treat inside the kids' closet.",
    "Glue boards placed behind the stove (3), under the sink (2), in the laundry (1).",
]
TR_PRODUCTS = ["bifenthrin 0.06%", "fipronil 0.06%", "gel bait", "IGR", "boric acid dust", "pyrethrin aerosol", "granular bait", "deltamethrin dust"]
TR_SITES = ["kitchen", "perimeter", "crawlspace", "garage", "attic", "bathrooms", "patio", "wall voids"]
TR_QTY = ["0.5 gal", "1 gal", "2 gal", "4 oz", "30 g", "12 placements", "1 lb"]


def t_treatment(r):
    return "Applied %s to %s, qty %s." % (r.choice(TR_PRODUCTS), r.choice(TR_SITES), r.choice(TR_QTY))


# ---------------------------------------------------------------- bait_station
BAIT = [
    "Station 14: bait 50% consumed, replaced. Droppings nearby.",
    "BS-07 missing, lid found in the hedge. Replaced with new tamper-resistant box.",
    "Stations 1-12 checked; 3, 7 & 9 had activity.",
    "Station map updated: moved #5 from the fence line to the dumpster pad.",
    "Termite monitor T-22: wood cellulose hit, termites present. Swapped to active bait cartridge.",
    "Monitor T-08 flooded, standing water in the sleeve.",
    "No feeding at any exterior rodent station (0/18).",
    "Station #3 -> #3A (relocated 2 m to the left because of new landscaping).",
    "Lat 33.7481, Lon -84.3879 -- station R-15 at NE corner of the loading dock.",
    "Snap trap in station 6 triggered, 1 Norway rat removed.",
    "Bait blocks moldy in station 11 (rainy week), replaced all 4 blocks.",
    "Station key #2 doesn't fit the new lids; ordered replacements.",
    "Map legend: ● = rodent station, ▲ = termite monitor, ■ = insect light trap.",
    "ILT-02 glue board changed; ~80 flies, mostly house flies.",
    "Placement: every 15-30 m along the perimeter, per the audit standard.",
    "Station 4 label faded; re-labeled & photo taken.",
    "Bait consumption trend (Jan->Mar): 10% -> 35% -> 60%. Rising.",
    "Termite stations: 22 installed around the slab, ~3 m apart; T-01 starts at the front door going clockwise.",
    "Station cluster near the bins (S-20, S-21, S-22) always the hottest.",
    "Interior multi-catch trap #9 had 2 mice and a cricket.",
    "Grid ref C4 on the site plan = station 18.",
    "Stations 25-30 inaccessible: contractor fence around the new building.",
    "Replaced 6 monitoring blocks (non-toxic) with toxic bait per audit approval.",
    "All stations secured and anchored to the pavers.",
    "Station R-03 chewed open at the corner -- maybe squirrels?",
    "Bait station count: 42 exterior / 16 interior / 8 ILT.",
    "Station 10 status: OK | Station 11 status: activity | Station 12 status: damaged",
    "Please add station 'S-31' at the new gate; customer's facilities manager approved.",
    "Hit rate this quarter: 7 of 22 termite monitors (32%).",
    "Exterior station 2 has slug damage on the bait; no rodent feeding.",
    "Map v3 (2024-05) supersedes v2; old station numbers in brackets [ ].",
    "Estación 5: consumo 25%, sin excrementos.",
    "Köderstation 8 leer, nachgefüllt.",
    "ベイトステーション3番：喫食なし。",
    "Poste d'appâtage n°12 déplacé près du quai.",
    "Barcode scan failed on station 19, entered the number by hand.",
    "Station checks every 30 days; next round 06/14.",
    "Bait rotated from bromadiolone to a non-anticoagulant for resistance management.",
    "Union Street site: stations U-1 through U-9; U-4 drop (removed by landscaper).",
    "Activity heat map: west wall > north wall > east wall.",
    "Rodent station inside the electrical room is a tin cat (no bait), 1 mouse.",
    "Termite monitor T-14 cap stuck; used the key tool to pop it.",
    "Station 7 has been 'activity' 4 months straight -- find the source.",
    "Cartridge in T-03 fully consumed; colony elimination likely in progress.",
    "Path: /sites/warehouse-7/maps/bait_map_v3.pdf",
    "Station spacing for the food plant audit: ≤ 50 ft exterior, ≤ 25 ft interior at doors.",
    "Lid screws stripped on 2 stations (16, 17).",
    "Relabeled all exterior stations with QR stickers.",
    "Station 1 was under a parked trailer, couldn't check.",
    "Station locations: 'front left', 'behind AC unit', 'by the hose bib'.",
    "Trap #22 caught a shrew, not a mouse.",
    "Monitored stations (no bait): 1, 4, 8, 12 -- all zero activity.",
    "Bait station with 2 empty block rods; refilled to 4 blocks.",
]
BS_IDS = ["S-%02d", "R-%02d", "T-%02d", "ILT-%02d", "Station %d", "BS-%02d"]
BS_STATUS = ["no activity", "light feeding", "50% consumed", "fully consumed, refilled", "damaged, replaced", "inaccessible", "1 mouse caught"]


def t_bait(r):
    return "%s: %s." % (r.choice(BS_IDS) % r.randint(1, 45), r.choice(BS_STATUS))


# ---------------------------------------------------------------- termite_bond
BOND = [
    "Termite bond renewal: $325/yr, due 07/01. Covers re-treatment but not repairs.",
    "Is the bond transferable if I sell the house?",
    "Bond # TB-100482 transferred to new owners (Jessica & Tom O'Neil) on 3/15.",
    "Repair & retreat bond, $1,000,000 coverage cap -- wait, that's a typo, it's $100,000.",
    "Retreat-only bond; annual inspection required to keep it active.",
    "Bond lapsed in 2021, customer wants to reinstate. Needs full inspection + possible re-treat.",
    "Please confirm whether my bond covers the garage addition built in 2019.",
    "Exclusions: Formosan termites, drywood termites, damage existing before the start date.",
    "Bond start date: 2018-04-12; renewal anniversary each April.",
    "Warranty terms section 4(b): 'Company will re-treat at no charge if live subterranean termites are found.'",
    "Customer asked to drop the bond -- cancellation form sent by e-mail.",
    "Ms. D'Amico wants a letter for the lender stating the bond is in force.",
    "Bond transfer fee: $75. Pay online or by check.",
    "Can you email the bond certificate to closing@titleco.example.com?",
    "Annual re-inspection done, no activity, bond renewed through 2025.",
    "Bond covers: main house only. Detached shed: not covered.",
    "Renewal price went from $295 to $325 -- customer questioned increase; explained 10% rate adjustment.",
    "Termite warranty (garantie termites) : 5 ans, renouvelable.",
    "Garantía de termitas: renovación anual, incluye una inspección.",
    "Termitengarantie verlängert bis 31.12.2025.",
    "Re-treatment under bond: 40 LF along the rear patio, no charge to customer.",
    "The bond is only valid if the homeowner doesn't do soil disturbance within 1 m of the foundation without notice.",
    "Bond status: ACTIVE | Type: Repair | Limit: $250,000 | Deductible: none",
    "Mr. Nguyen says the previous company's bond ended when they went out of business; wants a new one.",
    "Contract # 2019-TB-0331 (baiting system), monitoring 4x/yr.",
    "Bond inspection missed twice -- letter #2 mailed. Bond voids after 60 days.",
    "My realtor says I need a 'clear letter' AND a bond; are these the same thing?",
    "WDI report and bond are separate products; the WDI is a snapshot, the bond is ongoing coverage.",
    "Customer selected the \"Gold\" plan (repair + retreat + annual moisture check).",
    "Proof of prior treatment: 2016 invoice (scan attached).",
    "Bond canceled by the company due to unresolved moisture problem (conducive conditions clause).",
    "Old bond number format: TB-XXXXXX; new: BND-2024-XXXXX.",
    "Drop-off of the bond paperwork at the office is fine; we're open until 5.",
    "Does the bond cover damage behind drywall that we can't see?",
    "New construction pretreat certificate, lot 23, Oak Ridge subdivision, for the builder's file.",
    "Bond holder changed from 'Estate of R. Miller' to 'Anne Miller'.",
    "Bond anniversary reminder should go to the property manager, not the tenant.",
    "Two bonds on one account (main house + rental), bill them separately.",
    "Bond rider for the sunroom added; +$45/yr.",
    "Claims history: 1 claim in 2020 (retreat, kitchen wall); no repair claims.",
    "For the bond transfer I'll need the buyer's full name and the closing date.",
    "Bond covers subterranean termites only -- not carpenter ants, not powderpost beetles.",
    "Please select 'auto-renew' so I don't get a lapse again.",
    "If live termites are found, is there a deductible?",
    "Retreat under warranty scheduled for Friday; no charge.",
    "Bond price for a 2,400 sq ft home with crawlspace: $375/yr.",
    "Bond was written for 'liquid treatment'; customer converted to bait system in 2022.",
    "Certificate of coverage re-issued with the corrected address (123 Elm St, not 132).",
    "Wood destroying insect report needed by Thursday for the closing.",
    "Customer's lender wants the NPMA-33 form, not our internal report.",
    "This account has had the bond since 1998 -- longest customer on file.",
    "保証書の再発行をお願いします。",
    "Bond renewal notice bounced; email on file is outdated.",
]
BD_TYPES = ["repair bond", "retreat bond", "baiting contract", "pretreat warranty"]
BD_MONTHS = ["January", "March", "April", "June", "August", "October", "December"]


def t_bond(r):
    return "%s renewal due in %s, $%d/yr." % (r.choice(BD_TYPES).capitalize(), r.choice(BD_MONTHS), r.choice([225, 275, 295, 325, 350, 395]))


# ---------------------------------------------------------------- route_schedule
ROUTE = [
    "Route 4 Tuesday: 8 stops, start at the office 7:30, last stop Maple Ave.",
    "Swap Kevin's 2 pm with Luis's 3 pm, Kevin has a callback in Eastside.",
    "Reschedule Smith quarterly to next Thu; they'll be out of town.",
    "Drive time between stops >40 min -- reorder so Elm St is before Hwy 9.",
    "Route optimization: sort by zip then by time window.",
    "Time window 8-10 am only; customer works afternoons.",
    "Block off Friday afternoon for truck maintenance.",
    "Commercial accounts first (before opening hours), residential after 9.",
    "Route sheet for 06/12: 1) Bakery on Main 2) Dr. Patel's office 3) Ridgeview Apts (units 101-112).",
    "Tech on PTO next week; split his route between route 2 and route 5.",
    "Can we move my appointment from 10:00 to 13:00?",
    "Monthly service: every 2nd Monday. Quarterly: Jan/Apr/Jul/Oct.",
    "Callback added -- same-day, no charge, ants came back after 3 days.",
    "Stop #6 gate code is 4821#, dog in the yard is friendly.",
    "Order by ETA asc please; dispatch board is a mess.",
    "Route 7 over capacity (14 stops); max is 11.",
    "Customer requests the same tech every time (Maria).",
    "Rain day: push all exterior-only services by 1 day.",
    "Tour de mardi : 9 arrêts, départ 7 h 30.",
    "Ruta del jueves: empezar por el restaurante a las 6:00 antes de que abran.",
    "Tour Mittwoch: 10 Kunden, Start 8 Uhr.",
    "Schedule: Mon -> Zone A, Tue -> Zone B, Wed -> Zone C, Thu -> callbacks, Fri -> commercial.",
    "Appointment confirmed for Wed 9/18 between 8 and 11.",
    "Please text me 30 min before arriving -- 555-0142.",
    "Skip 45 Birch Ln -- sold, new owners haven't signed up.",
    "Route miles today: 86.4; fuel card used at 14:12.",
    "Recurring: bi-monthly; first service 02/03, then every 60 days.",
    "Move the fumigation crew to the Oakwood job; the tarp company can't do Tuesday.",
    "Service window for the school: only during spring break (3/25-3/29).",
    "Job #58213 moved to unassigned.",
    "Drop the Jones stop from tomorrow's route; they canceled.",
    "Overnight job at the food plant: 11 pm - 3 am, two techs.",
    "Route 3 & route 6 overlap on Pine Ridge Rd; merge them Wednesdays?",
    "Priority: bed bug follow-ups > new estimates > routine quarterlies.",
    "Earliest available: Tuesday the 14th, 1-3 pm window.",
    "Schedule a termite inspection before 6/30 (closing is 7/2).",
    "Please don't come before 9, baby naps until then.",
    "Can the tech come after 5? I'm at work until 4:30.",
    "The calendar shows 'unconfirmed' for half of route 2 -- call them today.",
    "Recurring series updated: every 3 months starting 2024-08-05.",
    "Stop order: warehouse -> cafe -> clinic -> apartments (back entrance).",
    "Both vans at the shop Friday; route 8 runs with the pickup.",
    "日曜日は休業です。月曜日の午前中でお願いします。",
    "Weekly route summary: 52 stops, 4 callbacks, 2 no-shows.",
    "No-show at 2 pm; left door hanger, will reschedule.",
    "Route 1 (north) union with route 9 on holidays.",
    "Estimate visit 20 min only, then the regular quarterly at the next door neighbor.",
    "Set reminder: call Mrs. O'Brien the day before; she forgets.",
    "Dispatch note: Alex starts at 6 for the restaurant, ends early at 2:30.",
    "Seasonal: mosquito route runs May-Sept, every 21 days.",
    "Route plan for 'Lakeside HOA' -- 38 homes, 2 days, exterior only.",
    "ETA 10:15; running ~20 min late due to traffic on I-85.",
]
RT_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
RT_SLOTS = ["8-10 am", "10-12", "12-2 pm", "2-4 pm", "4-6 pm"]
RT_KIND = ["quarterly service", "termite inspection", "callback", "bed bug follow-up", "new estimate", "mosquito treatment"]


def t_route(r):
    return "Route %d %s: %s, window %s." % (r.randint(1, 9), r.choice(RT_DAYS), r.choice(RT_KIND), r.choice(RT_SLOTS))


# ---------------------------------------------------------------- sds_notes
SDS = [
    "SDS section 8: wear nitrile gloves & safety glasses when mixing.",
    "Signal word: CAUTION. Keep out of reach of children.",
    "First aid (eyes): hold eye open and rinse slowly with water for 15-20 minutes.",
    "Flash point > 93°C; not flammable under normal conditions.",
    "Storage: cool, dry place; do not store below 0°C -- product may separate.",
    "PPE: long-sleeved shirt, long pants, chemical-resistant gloves, shoes plus socks.",
    "Hazard statement H410: very toxic to aquatic life with long lasting effects.",
    "Do not apply directly to water, or to areas where surface water is present.",
    "Spill: absorb with cat litter/sand, shovel into a drum, label for disposal.",
    "Active ingredient: bifenthrin 7.9%; other ingredients 92.1%.",
    "LD50 (oral, rat) > 5000 mg/kg -- practically non-toxic by this route.",
    "Poison control: 1-800-222-1222 (US).",
    "UN 3082, environmentally hazardous substance, liquid, n.o.s. -- only for bulk shipping.",
    "pH 6.5-7.5 (1% solution).",
    "Incompatible with strong oxidizers & alkaline materials (lime).",
    "Section 11: may cause skin sensitization in some individuals.",
    "Rev. date 2023-11-02 supersedes 2019 version -- update the binder in truck 4.",
    "Container disposal: triple rinse, then offer for recycling; do not reuse.",
    "Restricted use pesticide (RUP): for retail sale to certified applicators only.",
    "Fiche de données de sécurité : porter des gants en nitrile.",
    "Hoja de seguridad: no comer, beber ni fumar durante la aplicación.",
    "Sicherheitsdatenblatt: Bei Verschlucken sofort Arzt hinzuziehen.",
    "安全データシート：保護手袋を着用すること。",
    "Vapor pressure: 1.8 x 10^-7 mmHg @ 25°C.",
    "Solubility in water: < 0.1 mg/L.",
    "Label says 'Do not allow children or pets to contact treated surfaces until dry.'",
    "Section 14 transport: not regulated for ground transport in non-bulk packages.",
    "Respirator required only for enclosed-space fogging (NIOSH-approved, OV cartridge).",
    "Store in original container; keep the lid closed when not in use.",
    "If swallowed: call a poison control center; do not induce vomiting unless told to.",
    "Note to physician: product contains a pyrethroid; treat symptomatically.",
    "Ecotoxicity: LC50 (fish, 96 h) = 0.00015 mg/L. Seriously toxic -- keep away from the pond!",
    "SDS for the new drain gel is missing from the shared drive -- please upload to /docs/sds/drain_gel_2024.pdf",
    "Is the SDS on the truck required to be paper, or is the tablet ok?",
    "Where's the SDS binder for the warehouse? OSHA asked.",
    "Eye protection: goggles, not just glasses, when pouring concentrates > 1 gal.",
    "Fire fighting: use dry chemical, CO2, or foam; water spray to cool containers.",
    "Decomposition products: CO, CO2, HCl, HF (fluorinated AI).",
    "Skin: take off contaminated clothing, rinse skin immediately with plenty of water for 15-20 min.",
    "Exposure limits: none established (OSHA PEL / ACGIH TLV).",
    "Appearance: off-white gel; odor: slight, sweet.",
    "Boiling point: N/A (decomposes).",
    "Section 2 GHS pictograms: exclamation mark, environment.",
    "REI (re-entry interval) = 12 h for ag use; for structural use 'until dry'.",
    "Mixing order: fill tank 1/2 with water -> add concentrate -> fill to volume -> agitate.",
    "Training record: all techs reviewed the updated SDS for fipronil on 5/4.",
    "Keep the SDS for zinc phosphide separate; it releases phosphine gas with moisture/acids.",
    "Sulfuryl fluoride SDS: odorless; chloropicrin used as warning agent.",
    "Percent by weight: 0.05% (w/w) brodifacoum; bittering agent included.",
    "Label vs SDS: the label is the law, the SDS is supplemental hazard info.",
    "Reactivity: stable under normal conditions; avoid temps > 50°C.",
    "Cross-reference: product code PC-1042 <-> SDS #SDS-0877.",
]
SDS_SECTIONS = ["Section 4 (first aid)", "Section 7 (handling and storage)", "Section 8 (exposure controls/PPE)", "Section 12 (ecological)", "Section 13 (disposal)"]
SDS_PRODUCTS = ["bifenthrin concentrate", "fipronil SC", "roach gel", "boric acid dust", "drain foam", "rodent bait blocks", "mosquito adulticide"]


def t_sds(r):
    return "Reviewed %s of the %s SDS with the crew." % (r.choice(SDS_SECTIONS), r.choice(SDS_PRODUCTS))


# ---------------------------------------------------------------- customer_message
CUSTOMER = [
    "Hi, I saw a mouse run under the stove last night :( can someone come this week?",
    "The ants are back!! Only 5 days after the spray.",
    "Is the treatment safe for my cats? One of them licks everything.",
    "We have a baby (8 months). How long until she can crawl on the floor again?",
    "Thank you Marco, you were super thorough & explained everything.",
    "Please don't park in the driveway, we're getting the roof done.",
    "Can I pay with Venmo? Or do you need a card on file?",
    "Question: do I need to empty the kitchen cabinets before you come?",
    "I found little wings on the windowsill -- are these termites?? Photo attached.",
    "My neighbor says drop the contract and just buy stuff at the hardware store. Is that a bad idea?",
    "Please select the eco-friendly option for our house, thanks!",
    "I'm allergic to pyrethrins, please note that on my account.",
    "Bonjour, j'ai des fourmis dans la salle de bain depuis une semaine.",
    "Hola, tengo cucarachas en la cocina, ¿cuánto cuesta el servicio?",
    "Guten Tag, wir haben Wespen unter dem Dach. Wann können Sie kommen?",
    "こんにちは。台所に小さなアリがたくさんいます。",
    "您好，我家厨房有蟑螂，请问什么时候能上门？",
    "Здравствуйте, у нас мыши в подвале. Можно записаться на осмотр?",
    "مرحبا، لدينا نمل في المطبخ. هل يمكنكم الحضور يوم الأحد؟",
    "שלום, יש לנו ג'וקים במטבח.",
    "The tech said 'don't mop for 2 weeks' -- is that for the whole house or just the kitchen?",
    "Hey -- I'll leave the side gate unlocked; the key is under the flowerpot.",
    "We're moving on the 30th; please cancel after the June service.",
    "I'm the property manager for 12 units at 400 Cedar; tenant in #3 has bed bugs. Quote for the whole building?",
    "Saw 3 roaches today vs like 20 last week, so it's working I think?",
    "Can you do the outside only? I'd rather nobody comes in while I'm gone.",
    "Our dog ate some of the ant bait from the patio... what's in it? Vet wants to know.",
    "Why does my bill say $189 when the quote was $149?",
    "I want to update my email to jane.o'connor@mail.example.org",
    "Great service as usual 👍 see you in 3 months",
    "It smells like something died in the wall... is that from the rat bait?",
    "Do you guys handle bats? There's one in the attic.",
    "My landlord says it's my responsibility to pay for the bed bug treatment -- is that right?",
    "Please use the back door; front door sticks.",
    "Can you send me the report as a PDF? My insurance wants it.",
    "Honestly the spiders are worse than ever, not happy :/",
    "Left a 5-star review on Google! Ask for Sam next time, he's great.",
    "Is there anything I should do before the heat treatment? Candles, meds, plants?",
    "I saw the \"do not disturb\" sticker on the station in my yard, my kid moved it, sorry!",
    "Hi! Just confirming tomorrow 9-11 -- also my gate code changed to 7733.",
    "I work nights, so please call after 2 pm. Thanks so much!",
    "Wasps are building a nest in the grill. Again. <3 this house",
    "How do I tell if it's a carpenter ant or a termite? Both are in the garage.",
    "We found droppings in the pantry & behind the fridge, they look like black rice grains.",
    "Please stop sending texts at 7 am.",
    "Can you quote: (a) one-time ant treatment and (b) quarterly plan? Thanks, Priya",
    "I have a crawlspace that floods -- would that void my termite bond?",
    "Yes, the SELECT plan is fine. Go ahead and book me.",
    "The mice are eating the wires in my car! Do you do vehicles?",
    "OK, I'll be home. Dog will be in the crate.",
    "Do you service 30305? Looking for someone reliable.",
    "Our HOA requires proof of pest service -- can I get a letter?",
    "It's been 10 days and we still see bugs at night... normal?",
]
CM_GREET = ["Hi", "Hello", "Hey there", "Good morning", "Hi team"]
CM_PEST = ["ants", "roaches", "mice", "spiders", "wasps", "fleas", "silverfish", "bed bugs"]
CM_PLACE = ["in the kitchen", "in the garage", "in the bathroom", "on the porch", "in the basement", "in the kids' room"]


def t_customer(r):
    return "%s, we're seeing %s %s again. Can someone come out %s?" % (
        r.choice(CM_GREET), r.choice(CM_PEST), r.choice(CM_PLACE), r.choice(["this week", "tomorrow", "Monday", "before the weekend"]))


# ---------------------------------------------------------------- tech_chat
CHAT = [
    "anyone got extra glue boards? I'm out",
    "heading to the shop, need to grab the drill for the slab job",
    "lol that crawlspace was 18 inches max, never again",
    "who has the key to station box at the Kroger site?",
    "running late, 20 min, traffic on 400 :/",
    "customer at stop 4 is asking about rats in the attic, can somebody quote tmrw?",
    "dont use the old sprayer in truck 3, the wand leaks",
    "FYI: new gel bait is in the cage, sign it out on the sheet",
    "Can someone cover my 3pm? kid is sick",
    "the Elm St dog bit my boot, all good but watch out",
    "ok who left the fogger out in the rain",
    "termite swarm at the church on 5th, pastor called in a panic -- I'll swing by",
    "@dispatch please drop the Miller job, they cancelled",
    "did we ever get the SDS for the new dust?",
    "ugh the bed bug job was bad. couch, box spring, nightstand. 3 rooms",
    "pro tip: put a thin line of gel in the hinge, not a blob",
    "just saw the biggest rat of my life behind the pizza place 🐀",
    "is the sleep setting on the tablet messing with the GPS for anyone else?",
    "who's got route 6 today? the lady at stop 2 wants the same tech as last time",
    "need a 2nd person for the fumigation tarp at 7am sat",
    "Yo, drop the pin for the new station 31 in the group",
    "restaurant on main failed their audit, they want us there at 5 am",
    "is the truck 2 inverter fixed? need to charge the thermal camera",
    "Warehouse manager says they'll union-ize if we keep coming during lunch lol jk",
    "guys read the label before you mix. 1 oz/gal not 1 oz/qt",
    "got 40 roaches in the flush at the laundromat, wild",
    "reminder: CEU class Thursday at 6 in the break room",
    "does anybody know the gate code for Lakeside? 1234# isn't working",
    "Marco -> Jen: can u swap Wed? I'll take your Fri",
    "customer wants to know if we do bird spikes, do we?",
    "the clinic on 3rd wants everything documented, pics of each station",
    "bees in wall again at the Patel house, calling the bee guy",
    "parking is a nightmare downtown, budget 15 min",
    "found a brown recluse in the garage at stop 7. first one this year",
    "Sí, ya terminé con el restaurante, voy para el siguiente",
    "Je suis en retard de 10 min, désolé",
    "already did the exterior, waiting for the customer to open the door",
    "who ordered 12 cases of bait blocks?? we have space for like 4",
    "LMK if anyone needs help w/ the crawlspace vapor barrier tomorrow",
    "mosquito route is done for today, 14 yards",
    "note to self: bring the long duster for the soffits",
    "careful at the school, the principal wants us checked in at the front desk",
    "ladder rack on truck 5 is loose",
    "weird one: carpet beetles in a guitar case",
    "is anyone else getting the 'sync failed' error on the app?",
    "the ant trails at the Jones house go straight into the outlet, gonna dust it",
    "trainee shadowing me today, go easy on him",
    "heat treatment sensors are reading 120, need 10 more degrees",
    "everyone ok? that storm came out of nowhere",
    "3 callbacks today all ants. it's that time of year",
    "I'll take the 8am at the bakery, I'm close by",
    "can we get the new guy his own duster? he keeps borrowing mine",
    "photos of the termite damage are in the shared folder, job 58213",
]
CH_NAMES = ["Marco", "Jen", "Luis", "Sam", "Priya", "Alex", "Dana", "Kevin"]
CH_MSGS = ["on my way to stop %d", "done with stop %d, moving on", "stop %d no answer, left door hanger", "stop %d needs a callback next week", "stuck at stop %d, customer has questions"]


def t_chat(r):
    return "%s: %s" % (r.choice(CH_NAMES), r.choice(CH_MSGS) % r.randint(1, 12))


# ---------------------------------------------------------------- invoice
INVOICE = [
    "Invoice #INV-20431: Quarterly pest service $129.00, tax $8.06, total $137.06.",
    "Termite inspection (WDI) -- $95. Paid by card ending 4242.",
    "Line items: 1x initial service $199 | 1x exclusion (labor 2 h) $180 | materials $42.50",
    "Discount: 10% senior discount applied.",
    "Past due 30 days, late fee $15 added per terms.",
    "Memo: paid in cash to tech (receipt #8812).",
    "Please re-send the invoice with my company name: O'Reilly & Sons Bakery, LLC.",
    "Bed bug heat treatment, 2BR apt, $1,450 (includes 1 follow-up).",
    "Credit memo CM-0042: -$65.00 for the missed appointment.",
    "Payment terms: Net 30. Make checks payable to the company, not the tech.",
    "Commercial contract monthly: $285.00 x 12 = $3,420.00/yr.",
    "Why is there a \"fuel surcharge\" of $4.99?",
    "Sales tax exempt -- church, cert on file.",
    "Invoice total < quote because the garage wasn't treated.",
    "Autopay failed: card expired 05/24. Update at the portal.",
    "Refund request: the ants came back and nobody showed for the callback.",
    "Facture n° 2024-118 : traitement anti-cafards, 180,00 €.",
    "Factura 0913: control de roedores, 95,00 €.",
    "Rechnung Nr. 4471: Wespennest-Entfernung 89,00 €.",
    "請求書：シロアリ点検 8,800円（税込）",
    "Rodent exclusion: 14 entry points sealed @ $18/ea = $252.",
    "Please split the invoice 50/50 between me and my roommate.",
    "PO # 4500123987 must appear on every invoice or AP will reject it.",
    "Deposit 50% ($600) due before fumigation; balance on completion.",
    "Invoice sent to accounts-payable@ridgeview-apartments.example.com",
    "Adjusted: removed the trip charge (customer wasn't notified).",
    "Subtotal $310.00; -$31.00 (10%); +tax 7% = $298.53",
    "Paid -- check #1047, deposited 6/3.",
    "Annual prepay option: pay $449 now instead of 4 x $129.",
    "Customer disputes charge for 'mosquito add-on' -- says they never ordered it.",
    "Receipt please, for my HSA? (just kidding, I know it doesn't count lol)",
    "Job 58213: labor 3.5 h; materials: 6 bait stations, 2 lb dust.",
    "Statement balance: $0.00. Thanks for your payment!",
    "Invoice #INV-19977 voided & re-issued as #INV-20012.",
    "Could I get an itemized invoice? The HOA will reimburse part of it.",
    "Card declined twice; customer will call the bank and pay tomorrow.",
    "Termite bond renewal invoice: $325 due 07/01.",
    "Net amount after the $25 referral credit: $104.",
    "Billing address: 77 Union Ave, Suite 200 -- service address differs.",
    "Service fee waived (warranty callback).",
    "Invoice shows 'Unit 4B & 4C' but only 4B was treated.",
    "Small business: would like one invoice per month covering all 3 locations.",
    "Quote Q-3391: $2,100 for the tent fumigation (3,000 sq ft), valid 30 days.",
    "Paid via ACH; confirmation #ACH-77120.",
    "Amount due by 8/15 to avoid suspension of the service contract.",
    "Can I drop the mosquito service from the invoice going forward?",
    "Tax rate for Fulton County updated to 8.9%.",
    "Price increase notice: quarterly service $129 -> $139 effective Jan 1.",
    "Invoice emailed, also mailed a paper copy per customer request.",
    "Collections: 3rd notice sent; account on hold.",
    "Total for today: $0 -- covered by the annual plan.",
    "Send the W-9 to vendor.setup@grocer.example.net please.",
]
IV_SERV = ["Quarterly service", "Initial service", "Termite inspection", "Rodent exclusion", "Mosquito treatment", "Wasp nest removal", "Bed bug follow-up"]


def t_invoice(r):
    n = r.randint(10000, 29999)
    amt = r.choice([89, 95, 129, 139, 149, 199, 249, 325])
    return "Invoice #INV-%d: %s, $%d.00, due in %d days." % (n, r.choice(IV_SERV), amt, r.choice([15, 30, 45]))


# ---------------------------------------------------------------- search_and_settings
SEARCH = [
    "termite bond renewal",
    "roach gel",
    "O'Neil",
    "d'Amico 123 Elm",
    "ants kitchen",
    "unit 4B bed bugs",
    "route 7",
    "bifenthrin SDS",
    "stations 'activity' last 90 days",
    "invoice > $500",
    "past due AND commercial",
    "\"mud tubes\" crawlspace",
    "rats OR mice attic",
    "zip:30305",
    "tech:Maria status:open",
    "customers without email",
    "jobs where chemical = fipronil",
    "Sort by: date (newest first)",
    "order by last service date",
    "group by route",
    "select all stations",
    "drop-off location",
    "union street",
    "sleep apnea? no -- 'sleep' mode on sprayer",
    "reports/2024/Q2/*.pdf",
    "C:\\Users\\office\\Documents\\Bait Maps\\warehouse7.xlsx",
    "../maps/site-12.png (relative link in the report template)",
    "https://www.epa.gov/pesticide-labels",
    "https://maps.example.com/?q=33.7481,-84.3879",
    "cucarachas",
    "シロアリ",
    "fourmis charpentières",
    "Ratten Keller",
    "Display name: Dr. Sam O'Hara (He/Him)",
    "Notification time: 07:30",
    "Timezone: America/New_York",
    "Language: Español",
    "Signature: -- Marco | Senior Technician | Lic. #12-3456",
    "Default dilution: 0.06%",
    "Email template greeting: Hi {{first_name}}, your service is on {{date}}.",
    "SMS template: ${customer} -- your tech is on the way!",
    "Report footer: <Company Name> | Licensed & Insured",
    "CSV import: name;phone;address;zip",
    "Import column mapping: Customer Name -> name, Svc Addr -> address",
    "Filter: rodent && commercial",
    "Tags: termite | crawlspace | bond",
    "Export to: /exports/invoices_2024-06.csv",
    "Webhook URL: https://hooks.example.com/pest/jobs",
    "Notes shortcut: `ctrl+k` opens the station picker",
    "Markdown in report: **Findings:** 3 active stations; _see map_",
    "Max results = 50",
    "5 < activity < 20",
    "where's the ant bait",
    "cron: every 1st Monday",
    "Company: Smith & Wesson Pest Control (not the gun co.)",
]
SR_TERMS = ["termite", "roach", "rodent", "bed bug", "ant", "mosquito", "wasp", "flea"]
SR_FIELDS = ["report", "invoice", "station", "customer", "route", "bond"]


def t_search(r):
    return "%s %s %d" % (r.choice(SR_TERMS), r.choice(SR_FIELDS), r.choice([2022, 2023, 2024]))


CATEGORIES = [
    ("inspection_report", INSPECTION, t_inspection),
    ("treatment_log", TREATMENT, t_treatment),
    ("bait_station", BAIT, t_bait),
    ("termite_bond", BOND, t_bond),
    ("route_schedule", ROUTE, t_route),
    ("sds_notes", SDS, t_sds),
    ("customer_message", CUSTOMER, t_customer),
    ("tech_chat", CHAT, t_chat),
    ("invoice", INVOICE, t_invoice),
    ("search_settings", SEARCH, t_search),
]

# a few long multi-paragraph values, appended to their categories' literals
INSPECTION.append(
    "Summary of findings\n\nThe home is a 1970s ranch on a vented crawlspace. We found active subterranean "
    "termite tubes on two interior piers and old damage on the sill under the kitchen window.\n\n"
    "Conducive conditions: wood-to-soil contact at the porch steps, a leaking hose bib, and gutters that "
    "drain right next to the foundation.\n\nRecommendation: liquid treatment of the perimeter (~180 LF), "
    "drill & treat the front porch slab, fix the hose bib, and extend downspouts at least 1 m.")
CUSTOMER.append(
    "Hi there,\n\nWe moved in last month and noticed droppings in the kitchen drawers & some chewed paper "
    "towels under the sink. Last night my husband heard scratching in the ceiling above the bedroom.\n\n"
    "We have two cats and a toddler, so we'd prefer traps over poison if possible. Could someone come "
    "Thursday or Friday morning? The side gate will be open.\n\nThanks!\n-- Laura")
SDS.append(
    "| Section | Item | Value |\n|---|---|---|\n| 8 | Gloves | nitrile, >= 14 mil |\n"
    "| 8 | Eyes | goggles |\n| 9 | Flash point | > 93 °C |\n| 12 | Aquatic | very toxic |")


def build():
    rows = []
    n = 0
    for name, lits, tmpl in CATEGORIES:
        assert len(lits) >= 50, (name, len(lits))
        vals = list(lits[:PER_CAT])
        seen = set(vals)
        guard = 0
        while len(vals) < PER_CAT:
            v = tmpl(rng)
            guard += 1
            if v in seen and guard < 10000:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": name, "label": "benign", "value": v})
    return rows


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "benign.jsonl")
    rows = build()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), out))


if __name__ == "__main__":
    main()
