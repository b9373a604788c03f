"""Benign held-out corpus for the realestate theme (ids hb31-NNNNN).

Hard negatives typed by real users of a listings portal, tenant portal, maintenance
ticket system, construction document control and a mortgage application. Every
literal below was hand-written for this corpus; templates only combine small
hand-written pools. Standard library only, deterministic output.
"""
import json
import random
from pathlib import Path

SEED = 3101
PER_CAT = 80

LISTING_TITLE = [
    "3BR/2BA, 1,450 sq ft, HOA $250/mo",
    "Sunny 2BR w/ balcony – <5 min to subway",
    "Loft 1BR | exposed brick | W/D in unit",
    "Studio @ Union Sq — no fee!!",
    "\"Move-in ready\" colonial on 0.25 ac lot",
    "Penthouse 4BR/3.5BA w/ roof deck & city views",
    "Duplex (up/down) – owner's unit + rental",
    "Townhome 3/2.5, 2-car garage, HOA < $200",
    "Charming 1920's bungalow; needs TLC",
    "NEW PRICE!! $425,000 -> $399,900",
    "2BR condo – pets OK (cats only, < 25 lb)",
    "Select unit: 1BR + den, south-facing",
    "Ranch 3BR/1BA – drop-in ready, sold as-is",
    "Appartement T3 75 m² – Lyon 7e, proche métro",
    "Altbau-Wohnung 3 Zi., 82 m², Balkon, ab 01.05.",
    "Piso 2 hab. con terraza – Malasaña, Madrid",
    "駅徒歩5分 2LDK 58㎡ ペット可",
    "Квартира 2-комн., 54 м², у метро",
    "شقة ٣ غرف نوم – إطلالة على البحر",
    "Casa 4 quartos c/ piscina – Barra da Tijuca",
    "Commercial: 2,400 sf retail @ corner of Main & 5th",
    "Warehouse 12,000 SF | 24' clear | 2 dock doors",
    "Lot 14 – 1/2 acre, utilities at street",
    "Co-op 1BR – board approval req'd, 20% down",
    "Sublet Jun–Aug: room in 3BR, $1,100/mo all-in",
    "Union Square 1BR – doorman, gym, roof",
    "A-frame cabin ~2 hrs from city, sleeps 6",
    "Mid-century 3BR 'as seen on TV' – open house Sun 1-4",
    "Fixer-upper: cash only / no FHA",
    "Garden-level 1BR, separate entrance, $1,650",
    "Tiny home on wheels (RV-titled) – 240 sq ft",
    "Waterfront 5BR/4BA – 100' dock, boat lift",
    "Two units for the price of one?! Duplex w/ ADU",
    "2BR 2BA + office | 9' ceilings | EV charger",
    "Corner unit #12-A, floor-to-ceiling windows",
    "Condo 1/1 – 55+ community, HOA incl. water/trash",
    "Executive rental – fully furnished, min 6 mo",
    "Brownstone floor-thru 2BR w/ backyard",
    "Room for rent – female only, quiet household",
    "Mixed-use bldg: 3 apts over storefront, cap rate 7.1%",
    "Land 40 ac – zoned A-1, well & septic needed",
    "Spacious 2BR – heat & hot water included!",
    "Ocean-view studio 30 m² – Nice, Promenade des Anglais",
    "Nieuwbouw 3-kamer appartement, 78 m², energielabel A",
    "Mieszkanie 2 pok. 48 m² – Kraków, Kazimierz",
    "Price drop -$15k: 4BR on cul-de-sac",
    "Exec 3BR w/ pool & spa; sleep like a king",
    "Unit 4B – shutoff valve replaced, ready 3/1",
]

DESCRIPTION = [
    "Bright 3BR/2BA with 1,450 sq ft. HOA $250/mo covers water, trash & snow removal. <5 min walk to the subway; >20 restaurants nearby.",
    "Renovated kitchen (quartz counters, 36\" range) & new LVP flooring throughout.\nLaundry in basement; storage cage included.",
    "Tenant-occupied until 08/31 – please DO NOT disturb tenants. Showings Sat 10–12 only.",
    "Owner says: \"bring your offers!\" Seller will consider concessions up to 3%.",
    "Roof replaced 2019; HVAC 2021; water heater '17. Sewer scope on file – ask agent.",
    "Pet policy: dogs < 40 lb ok w/ $500 deposit + $35/mo pet rent; no aggressive breeds.",
    "Union Pacific tracks ~0.5 mi away – some train noise at night, fyi.",
    "Select finishes: Carrara marble bath, brushed-brass fixtures; buyer to select paint colors before drywall.",
    "Drop-off loop & 24/7 concierge. Package room w/ smart lockers.",
    "Lot dims 50' x 120'. Survey from 2004 shows fence 2' over east line; title co. aware.",
    "Heat pump + mini-splits (3 zones). Avg electric bill $110/mo; see utility history in docs.",
    "Appartement lumineux au 3e étage sans ascenseur ; cave + parking en sous-sol. Charges : 180 €/mois.",
    "Schöne 3-Zimmer-Wohnung, Einbauküche vorhanden, Kaution 3 Kaltmieten, keine WG.",
    "Piso exterior muy luminoso; comunidad 60 €/mes; a 5 min del metro (L1).",
    "南向きで日当たり良好。管理費・修繕積立金 月額18,000円。",
    "Квартира после ремонта, вся мебель остаётся. Торг уместен!",
    "Agents: 2.5% co-op to buyer's agent. Use lockbox (code via ShowingTime); leave lights ON.",
    "HOA docs: CC&Rs, bylaws, budget & reserve study (2023). Special assessment of $3,200 passed 10/2023.",
    "Sq footage per county records = 1,380; seller measured 1,450 incl. finished attic. Buyer to verify.",
    "This is NOT a short-sale. Cash, conventional & VA welcome; no FHA due to condo cert.",
    "Nearby: Lincoln Elem (0.3 mi), Jefferson MS, Roosevelt HS → see school boundaries map.",
    "Lease terms:\n- 12 mo min\n- 1st + last + security\n- income ≥ 3x rent; credit 650+",
    "Garage fits 2 cars + workbench. 220V outlet for EV/welder.",
    "Open concept living/dining; 9' ceilings; gas fireplace w/ remote.\nBasement partially finished (no permit) — sold as-is.",
    "Close to I-95 & the Metro-North; 45 min to Grand Central.",
    "Utilities: electric (tenant), gas (tenant), water/sewer (owner). Trash pick-up Tue.",
    "Historic district – exterior changes require HPC approval. Windows are original 1890 wavy glass!",
    "Condo fee $412/mo includes heat, hot water, master insurance, and the exec. mgmt company.",
    "Seller disclosure: minor water in basement after heavy rain; sump pump installed 2022.",
    "Drop ceiling in basement hides old knob & tube? – inspector said no active K&T found.",
    "Virtual tour: https://tours.example-realty.com/3d/4821-main-st?unit=4B&start=kitchen",
    "Rent $2,150 | Deposit $2,150 | Avail 6/1 | Parking +$75 | Storage +$30",
    "Sleeps 8: king in master, queen in BR2, bunk beds in BR3 (kids love it).",
    "Showing instructions: call owner 24h ahead; alarm code given at confirmation; shoes off please :)",
    "Zoned R-2; ADU allowed per city ord. 2023-14. Plans for 600 sf backyard cottage available.",
    "Comps: 123 Oak sold $412k (3/2, 1,400 sf); 77 Elm sold $438k (3/2.5, 1,520 sf).",
    "Great for investors – current rents $1,250 + $1,300; market rent ~$1,500 each.",
    "Ceiling height 8'-6\" (main) / 7'-2\" (basement). Not a legal bedroom in basement (no egress).",
    "The union of two lots (#14 & #15) was recorded 2011; one tax ID now.",
    "Unit on 4th floor, no elevator. Views of the park from bedroom & living room.",
    "Water: city. Sewer: septic (1,000 gal, pumped 2022). Well water test results attached.",
    "Located in flood zone AE; flood ins. approx. $1,800/yr. Elevation cert on file.",
    "Included: fridge, stove, DW, W/D, window AC units (x3). Excluded: dining room chandelier.",
    "Bezugsfrei ab sofort; Energieausweis: Verbrauch 112 kWh/(m²·a), Gas, Bj. 1965.",
    "Appartamento al piano terra con giardino privato; spese condominiali € 90/mese.",
    "Fantastic commute – <10 min to downtown, 2 blocks to bus line #42.",
    "NO smoking of any kind (incl. vaping). Sorry, no Section 8 at this time -> we follow fair-housing law, please contact for details.",
    "Backyard w/ fire pit; fenced (6' privacy). Shed 10x12 conveys.",
]

ADDRESS = [
    "Apt #4B, 221 W 57th St, New York, NY 10019",
    "Unit 12-A, 1400 Ocean Dr, Miami Beach, FL 33139",
    "c/o Property Mgmt LLC, PO Box 4410, Austin TX 78765",
    "1600 Main St., Ste. 300 / Attn: Leasing",
    "Flat 3, 12 O'Connell St, Dublin 1, D01 F5P2",
    "Rua Augusta, 1500 – apto 72, São Paulo – SP, 01304-001",
    "Calle de Alcalá, 45, 3º Izq., 28014 Madrid",
    "Bahnhofstraße 12, 2. OG links, 80335 München",
    "12 rue de l'Église, Bât. B, Esc. 2, 75015 Paris",
    "東京都渋谷区神南1-2-3 ○○マンション 405号室",
    "г. Москва, ул. Тверская, д. 7, кв. 15",
    "Bldg 3 / Unit 210 – rear entrance off alley",
    "Lot 14, Block 7, Sunset Ridge Subdivision (Plat Book 32, Pg 18)",
    "RR 2 Box 118, Hwy 9 & County Rd 12",
    "4821 Main St #4B (buzzer says 'Kowalski')",
    "1/23 Smith St, Fitzroy VIC 3065",
    "Suite 1200 – 45 O'Hare Blvd & Union Ave",
    "Unit 5-C; mail goes to 5C (no dash) per USPS",
    "Parcel ID 12-34-567-890-0000",
    "APN 4321-012-034 (Los Angeles County)",
    "123½ Elm St, rear cottage",
    "PH-2, 88 King St W, Toronto ON M5H 1J9",
    "Apt. 3R — 3rd floor, right side of stairs",
    "Via Roma 10, int. 5, 00184 Roma RM",
    "ul. Floriańska 15/4, 31-019 Kraków",
    "Unit 101 & 102 (combined), 77 Harbor Way",
    "N/A - new construction, address TBD by city",
    "Building \"C\", Unit 3-12, Maple Court Apartments",
    "2200 Drop Forge Rd, Unit 6",
    "500 Select Ave, Apt 9F",
    "PO Box 1 — do not use for deliveries",
    "Rm 1105, 11/F, Tower 2, 18 Harbour Rd, Wan Chai, Hong Kong",
    "Shop G/04, Ground Floor, 200 George St, Sydney NSW 2000",
    "c/o J. O'Neil, 17 Cherry Ln, Apt 2 (side door)",
    "1234 Sleepy Hollow Rd; gate code at leasing office",
    "Keizersgracht 123-II, 1015 CJ Amsterdam",
    "Kungsgatan 4 B, lgh 1102, 111 43 Stockholm",
    "Unit 7/12-14 Beach Rd, Bondi",
    "3F, 5-8 Jongno-gu, Seoul 03142",
    "555 Exec Pkwy, Suite #200–210",
    "Unit 0G (garden level), 9 Union St",
    "48 Echo Ln (aka 46-48 Echo Lane)",
    "Apt 4B <- new mailbox label needed",
    "Storage unit S-17, basement level B2",
    "Parking space P2-044 (EV)",
]

MAINTENANCE = [
    "Kitchen sink is leaking under the cabinet – I put a bucket there. Please fix ASAP!",
    "Heat not working since last night; thermostat says 58°F. I have a newborn :(",
    "The dishwasher won't drain; water smells. Tried resetting breaker #14 – no luck.",
    "Smoke detector chirping in hallway (needs 9V battery?). Can't reach, ceiling is 10'.",
    "Toilet runs constantly & the flapper seems broken. Not urgent.",
    "Front door smart lock shows 'low battery' and sometimes won't accept my code.",
    "There's a crack in the bathroom tile near the tub; water may be getting behind it.",
    "Washer in laundry room #2 ate my quarters again... $3.50 lost",
    "Mice in the pantry 🐭 – saw droppings behind the fridge. Please send pest control.",
    "Window in BR2 won't lock; latch is bent. Ground floor so I'm worried about security.",
    "Bonjour, le chauffe-eau ne fonctionne plus depuis ce matin. Merci d'intervenir rapidement.",
    "Hallo, die Heizung im Schlafzimmer bleibt kalt; Ventil klemmt vermutlich. Danke!",
    "Hola, hay una fuga de agua en el techo del baño; viene del piso de arriba.",
    "エアコンから水が漏れています。至急見ていただけますか？",
    "Здравствуйте! Не работает домофон, курьеры не могут попасть в подъезд.",
    "مرحباً، الثلاجة لا تبرد منذ يومين. شكراً",
    "Olá, a fechadura da porta da varanda está emperrada.",
    "Dzień dobry, w łazience cieknie kran – proszę o naprawę.",
    "Garbage disposal hums but doesn't spin. I think a spoon fell in :/",
    "Permission to enter: YES – dog is crated, alarm is off. Key under mat? No -> use lockbox.",
    "Ceiling fan wobbles on high; light kit flickers. Bedroom #1.",
    "Bathroom exhaust fan is loud as a drill; please replace not repair",
    "Outlet by the kitchen counter (GFCI) keeps tripping when I use the kettle + toaster.",
    "Water pressure in shower is very low, hot side only. Started ~3 days ago.",
    "Mold-looking black spots on bedroom wall behind the dresser. Photos attached (IMG_2041.jpg, IMG_2042.jpg).",
    "Elevator B stuck between 3 & 4 again; maintenance co. called @ 7:40am.",
    "Garage door opener remote (#2) doesn't work; the wall button does.",
    "Please select a time: Tue 9-12 or Thu 1-5. Anything else I'm at work.",
    "The drop-down ceiling tile in the hallway fell; there's a stain – maybe a leak above?",
    "Someone left a couch by the dumpster; bulk pickup needed.",
    "Balcony door slider is off the track; can't close it fully. Cold air coming in!!",
    "Fridge ice maker leaking onto floor; I turned off the valve behind the fridge.",
    "Hot water takes 5+ min to arrive in the master bath.",
    "The intercom code 4-7-# doesn't open the lobby door anymore.",
    "Stove burner (front left) won't ignite – clicking only. Gas smell? No.",
    "Bathtub caulk is peeling & black. Can someone re-caulk?",
    "Wasp nest above the patio light; kids are scared.",
    "Noise complaint: unit above (5B) loud music past 11pm Fri/Sat – 3rd time.",
    "Dryer takes 2 cycles to dry; vent may be clogged (lint fire risk?).",
    "Carbon monoxide alarm went off at 2 a.m.; fire dept came, said reading was 0 ppm. Please check the furnace.",
    "Radiator valve hissing & spitting water on the hardwood.",
    "Light in stairwell C (between 2nd-3rd floor) is out; it's pitch dark at night.",
    "Thanks for fixing the sink so fast!!! 👍\nTech was great – very polite, cleaned up after.\n– Ana, 3C",
    "Screen door torn; cat escaped twice. Can I replace it myself & deduct from rent?",
    "Following up on ticket #MT-20931 – still not fixed after 2 weeks.\nPrevious visits: 3/02 (no-show), 3/09 (\"needs part\").\nPlease escalate.",
    "AC unit blowing warm air. Filter was changed 04/01. Setting = cool, 72°F.",
    "Key fob for garage not working; fob # 00451. Can you re-program?",
    "Trash chute on 6th floor jammed; smells terrible.",
]

LEASE = [
    "Tenant shall not sublet the Premises or any part thereof without Landlord's prior written consent, which shall not be unreasonably withheld.",
    "Late fee: if rent is not received by the 5th, a fee of $50 + $10/day (max $150) applies.",
    "Security deposit of $2,150 will be returned within 30 days of move-out, less itemized deductions.",
    "Pets: one (1) cat permitted; additional pet deposit $300 (non-refundable cleaning fee $150).",
    "Smoking (incl. e-cigarettes & cannabis) is prohibited anywhere on the property.",
    "Landlord may enter with 24 hours' notice for repairs, inspections, or to show the unit; no notice needed in an emergency.",
    "Addendum A – Parking: Space P2-044 assigned; vehicle must be registered & operable.",
    "Addendum B – Lead-Based Paint Disclosure (pre-1978 housing).",
    "Tenant is responsible for replacing HVAC filters every 90 days & smoke-detector batteries.",
    "Early termination: Tenant may terminate with 60 days' notice + fee equal to 2 months' rent.",
    "Utilities: Tenant pays electric & gas; Landlord pays water, sewer & trash.",
    "Quiet hours 10:00 p.m. – 7:00 a.m. (Sun–Thu) and 11:00 p.m. – 8:00 a.m. (Fri–Sat).",
    "No alterations, painting, or nail holes > 1/8\" without consent; tenant will restore at move-out.",
    "Renter's insurance with at least $100,000 liability is required; name Landlord as \"additional interested party\".",
    "Holdover: rent shall be 150% of the monthly rent, prorated daily.",
    "Joint & several liability: each Tenant is responsible for the full rent, not just a share.",
    "Le locataire s'engage à payer le loyer le 1er de chaque mois ; charges provisionnelles : 120 €.",
    "Der Mieter hat die Schönheitsreparaturen nicht zu tragen (§ 535 BGB).",
    "El arrendatario no podrá ceder ni subarrendar la vivienda sin consentimiento escrito del arrendador.",
    "Section 8.2 – Drop-box payments are deemed received on the next business day.",
    "Waterbeds, space heaters & halogen lamps are not permitted (fire code).",
    "Any notice shall be in writing & delivered to: Landlord c/o Acme Property Mgmt, 1600 Main St., Ste. 300.",
    "Rent increases: not more than once per 12 months, with 90 days' written notice (see local ord. §7-14).",
    "Tenant acknowledges receipt of keys: 2 x front door, 1 x mailbox, 1 x fob (#00451).",
    "Move-out cleaning: carpets professionally cleaned; receipt required or $175 will be deducted.",
    "Grill use on balconies: electric only; no charcoal/propane (fire code 308.1.4).",
    "Guests staying > 14 days in any 6-month period must be added to the lease.",
    "The parties agree that if any provision is held invalid, the remaining provisions shall remain in full force & effect.",
    "Tenant shall not use the premises for any unlawful purpose or in a way that voids the insurance.",
    "Bed bug addendum: Tenant shall report any sign of bed bugs within 48 hrs; Landlord shall treat at no cost if reported promptly.",
    "Satellite dishes: allowed on balcony only, no drilling into exterior walls (FCC OTARD rule).",
    "Rent due: $2,150.00 on the 1st; pay via portal, ACH, or money order. NO cash.",
    "Lease term: 06/01/2025 – 05/31/2026; auto-converts to month-to-month unless either party gives 60 days' notice.",
    "Mold addendum: Tenant agrees to run exhaust fans during & 30 min after showers.",
    "Key replacement $25; lockout service during business hours $50, after hours $100.",
    "Landlord's liability is limited to the extent permitted by law; tenant waives subrogation.",
    "Tenant will not install any lock or change locks (incl. smart locks) without providing codes/keys.",
    "Storage unit S-17 is provided 'as-is' & Landlord is not responsible for contents.",
    "Condominium rules & regs (attached as Exhibit C) are incorporated by reference.",
    "Concession: 1 month free on a 13-month lease; applied to month #2.",
    "In the event of a dispute, the prevailing party shall recover reasonable attorneys' fees.",
    "Waiver of jury trial: Landlord & Tenant waive trial by jury in any action arising from this lease.",
    "Occupants: max 2 persons per bedroom + 1 (local occupancy code).",
    "Pool hours 8am–10pm; no glass; children under 14 must be accompanied by an adult.",
    "Snow removal: Landlord clears common walks; Tenant clears own driveway & steps within 12 hrs of snowfall.",
    "Tenant shall execute the Move-In Condition Report within 3 days; otherwise unit is deemed in good condition.",
]

INSPECTION = [
    "Item 14: GFCI missing at kitchen counter receptacles (right of sink). Recommend licensed electrician.",
    "Roof: asphalt shingle, est. 15-18 yrs old; granule loss at south slope; 3-5 yrs remaining life.",
    "Attic insulation R-19 (approx. 6\"); recommend upgrade to R-49 per current code.",
    "Double-tapped breaker at panel, slot #7 — safety concern.",
    "Water heater: 50 gal gas, mfg 2014; TPR valve discharge pipe missing. Repair.",
    "Grading slopes toward foundation at NE corner → extend downspout ≥ 4'.",
    "Punch list #3 – Unit 4B: touch-up paint @ hallway; re-hang closet door; replace cracked outlet cover (BR2).",
    "PL-0127: cabinet door misaligned, upper left of range. Status: OPEN.",
    "PL-0128: missing base trim behind toilet. Status: CLOSED 3/14 (JD).",
    "Stair handrail height 30\" – below 34\"-38\" requirement; graspable section not continuous.",
    "Deck ledger not flashed; lag screws only (no through-bolts). Structural engineer eval recommended.",
    "Crawlspace: standing water ~1\"; vapor barrier torn; efflorescence on CMU walls.",
    "Radon test result 5.2 pCi/L (EPA action level 4.0) → mitigation recommended.",
    "HVAC: 3-ton AC, 80k BTU furnace; delta-T 18°F (OK). Filter dirty, replace.",
    "Foundation: hairline vertical cracks < 1/8\" typical of shrinkage; monitor.",
    "Windows: 2 of 14 have failed seals (fogging) – LR & BR3.",
    "Sewer scope: root intrusion @ 42' from cleanout; belly at 60'-65'. Get quote.",
    "Move-out inspection Apt 12-A: carpet stain 2'x3' LR; wall hole ~1\" BR1; oven dirty. Deduct per schedule.",
    "Move-in condition: scuffs on kitchen floor (pre-existing), noted w/ photos 001-014.",
    "Fire-rated door between garage & house missing self-closer.",
    "Dryer vent: foil flex duct (not approved); replace w/ rigid metal.",
    "Plumbing: PEX supply, ABS drains; no leaks observed @ time of inspection.",
    "Electrical: 200A service; aluminum branch wiring NOT observed.",
    "Chimney: cap missing; crown cracked; Level II inspection recommended before use.",
    "Punch – Unit 3-12:\n1. re-caulk tub\n2. replace drop-in sink clip\n3. adjust sliding door rollers\n4. touch-up paint @ BR2 closet",
    "Termite: evidence of past activity at sill plate (treated 2018 per seller); no live activity seen.",
    "Trip hazard at front walk: 1-1/2\" lift between slabs.",
    "Inspecteur : fissures en escalier sur le mur porteur côté nord – avis d'un ingénieur conseillé.",
    "Mängel: Silikonfugen im Bad erneuern; Fensterdichtungen spröde (Zi. 2 & 3).",
    "Defectos: humedad por capilaridad en planta baja; recomendar inyección.",
    "Smoke alarms present in all BRs; CO alarm missing on level 2 → install.",
    "Exterior: wood rot at fascia (rear) & window sill of BR2; paint peeling.",
    "Walk-thru 3/22 w/ super: items 1–12 done; 13 (select flooring transition) pending material.",
    "Final: all items closed except #21 (union fitting drip under sink) – plumber returning Thu.",
    "Pool: no barrier between house & pool; door alarms absent → safety hazard.",
    "Kitchen range not anti-tip bracketed. Install bracket.",
    "Polybutylene supply lines observed in crawl (grey, 'PB2110' markings) → recommend replacement.",
    "Garage slab cracks; no displacement. Cosmetic.",
    "Sump pump operational; discharge within 5' of foundation – extend.",
    "Attic: daylight visible at ridge vent (normal); no signs of leaks; bath fan vents into attic (defect).",
    "Re-inspection 04/02: item 7 (handrail) corrected; item 9 (GFCI) corrected; item 12 still open.",
    "Note: inspector could not access the attic (hatch painted shut) – limitation.",
    "Water heater flue: improper slope < 1/4\" per ft; backdrafting observed w/ mirror test.",
    "Bathroom #2 exhaust fan: no airflow – possibly disconnected duct.",
    "Landscape: tree limbs touching roof at W side; trim back ≥ 6'.",
]

RFI = [
    "RFI-042: Dwg A-201 Rev C shows 5/8\" Type X at corridor wall; spec Section 09 29 00 – Gypsum Board calls 1/2\". Please clarify.",
    "Submittal 08 71 00-003 – Door Hardware, Rev 1: resubmit w/ keying schedule.",
    "RFI-057: Conflict between S-301 beam depth (W18x35) & M-401 duct routing @ grid C/4.",
    "Section 03 30 00 – Cast-in-Place Concrete: f'c = 4,000 psi @ 28 days; slump 4\" ± 1\".",
    "Submittal 07 92 00 Joint Sealants – APPROVED AS NOTED; color to match 'Select Grey'.",
    "RFI response: Use detail 5/A-501 in lieu of 3/A-501; no cost/no schedule impact.",
    "ASI #7: revise door D-114 from 3'-0\" x 7'-0\" to 3'-6\" x 7'-0\" (ADA).",
    "Change Order Request #12: add 2 floor drains in mech room; $4,850 + 3 days.",
    "RFI-061 – Is a drop ceiling acceptable in corridor 1-02 in lieu of GWB soffit? (see RCP A-301)",
    "Spec 26 05 19 – Low-Voltage Electrical Power Conductors: THHN/THWN-2, Cu only; no Al.",
    "Section 09 65 13 – Resilient Base: 4\" cove, color TBD by architect.",
    "Transmittal T-0193: 3 sets shop dwgs, curtain wall (08 44 13), for review & approval.",
    "RFI-066: Finish floor elev. on A-101 is 100'-0\"; civil C-2 shows 312.50. Confirm datum.",
    "Submittal log: 23 81 26 Split-System AC – REVISE & RESUBMIT (missing SEER2 data).",
    "Meeting minutes OAC #14: union labor start 5/6; crane pick scheduled Sat 6am–2pm.",
    "Spec section 05 12 00 Structural Steel: ASTM A992 for W-shapes; A500 Gr. C for HSS.",
    "RFI-071: Detail 8/A-520 shows flashing termination w/ counterflashing; please confirm reglet vs. surface-mount.",
    "Daily report 3/11: 12 workers on site; rain delay 2 hrs; poured slab on grade area B (42 CY).",
    "Submittal 22 40 00 – Plumbing Fixtures: WC-1 'Kohler K-3999' approved; LAV-2 substitution rejected.",
    "RFI-075: Owner requests execution of alt #3 (upgraded lobby finishes). Price & schedule?",
    "Punch walk L3 – unit 3-12: drywall nail pops, paint touch-up, missing escutcheon @ kitchen sink.",
    "Spec 08 11 13 – Hollow Metal Doors & Frames: 16 ga frames, 18 ga doors; fire label req'd @ stairs.",
    "Field directive FD-04: relocate sleeve 6\" east to clear beam flange.",
    "Section 07 21 00 – Thermal Insulation: R-21 batts in 2x6 walls; R-38 ceilings.",
    "RFI-080 — Drawing S-201 note 4 says \"see spec\"; spec says \"see drawings\". Which governs?",
    "Close-out: O&M manuals, as-builts, warranties, attic stock (2% of tile) due at substantial completion.",
    "Submittal 10 28 13 Toilet Accessories: stainless #4 finish; grab bars 36\" & 42\".",
    "Architect's supplemental instruction: delete sconce type L-7 @ corridor; use L-5 (no cost).",
    "RFI-083: Conduit penetration through 2-hr rated wall – provide UL system (e.g., firestop) submittal?",
    "Schedule update: drywall hang L2 100%, tape 60%, paint 0%; MEP rough-in inspection passed 3/8.",
    "Section 32 12 16 Asphalt Paving: 2\" surface course over 4\" base; compaction ≥ 92%.",
    "Submittal 09 30 00 Tiling – sample board attached; grout 'Warm Grey' (#165).",
    "Pay app #6: work in place $1,245,300; retainage 5% = $62,265; less previous $980,000.",
    "RFI-088: Union fitting at water heater not shown on P-501 – add dielectric union per spec 22 11 16?",
    "Backcharge notice: damage to installed drywall corridor L2 by electrical sub; $1,200.",
    "Lookahead (3 wk): framing L4; roofing start 4/15; windows delivered 4/20.",
    "Section 09 91 23 Interior Painting: eggshell walls, semi-gloss trim; 2 coats over primer.",
    "Submittal 26 51 00 Interior Lighting – cut sheets for fixture types A–F; 3000K, CRI ≥ 90.",
    "RFI-092 (urgent): existing footing found 2' higher than shown; see photo; stop work on grid E.",
    "Safety: fall protection req'd > 6'; toolbox talk Mon 7am; hot work permit for torch-down.",
    "Spec 01 33 00 – Submittal Procedures: allow 10 working days for review; PDFs only.",
    "Schedule of values line 09 29 00 Gypsum Board: $312,000; 45% complete.",
    "Bid leveling: Sub A $1.2M (excl. bond); Sub B $1.15M (incl. bond, excl. temp protection).",
    "RFI-095: Hinge side of D-210 conflicts w/ light switch on E-201; swap hand?",
    "Commissioning: AHU-1 functional test passed; AHU-2 failed (damper actuator), retest 5/2.",
]

CAD_PATH = [
    "A-201_RevC_Floor Plans L2.dwg",
    "S:\\Projects\\2024-017 Maple Court\\03 Drawings\\A-201 Rev C.pdf",
    "\\\\fileserver\\projects\\2023-112\\BIM\\MapleCourt_ARCH_R23.rvt",
    "/Volumes/Projects/2024-017/Submittals/09 29 00 - Gypsum Board/09 29 00-001 R1.pdf",
    "../Xrefs/XREF_Grid_Levels.dwg",
    "./sheets/M-401 Mechanical Plan - Level 4.pdf",
    "C:\\Users\\jdoe\\Documents\\Revit\\Families\\Doors\\Single-Flush_3'-0\"x7'-0\".rfa",
    "MapleCourt_MEP_Central.rvt (central model – do NOT open detached!)",
    "IFC export: 2024-017_ARCH_IFC4_Rev07.ifc",
    "/home/shared/cad/blocks/title-block_24x36.dwg",
    "S-301 Framing Plan L3 & L4 (Rev 2).dwg",
    "Navisworks clash: 2024-017_Coord_Week14.nwd",
    "Point cloud: scans/2024-03-11/L1_east.e57",
    "photos/2024/03/Unit 4B/IMG_2041.jpg",
    "Inspections\\Move-out\\12-A\\2025-05-31_report.pdf",
    "Plans_GF_1-100@A1.pdf",
    "Schedule_Baseline_v3 (P6 export).xer",
    "../../Standards/CAD/layer_standards_AIA.pdf",
    "A-501 Details; Wall Types (Rev B) – superseded.pdf",
    "~/Downloads/HOA_Budget_2025 FINAL (2).xlsx",
    "/mnt/nas/listings/4821-main-st/matterport/model.glb",
    "Lease_Unit-4B_2025-06-01_signed.pdf",
    "Ordner: \\\\nas01\\Bauprojekte\\2024_Wohnanlage_Süd\\Pläne\\Grundriss_EG.dwg",
    "Planos/Planta_Baja_Rev-D.dwg",
    "図面/平面図_2F_改訂C.pdf",
    "SketchUp model: kitchen_reno_option2.skp",
    "C:\\ProgramData\\Autodesk\\RVT 2024\\Libraries\\US Imperial\\",
    "/var/www/listings/uploads/2025/04/floorplan-4b.png",
    "RFI-042 Attachment – A-201 markup.pdf",
    "Spec Book 2024-017 (Divisions 00-49).pdf",
    "drop_box/incoming/Submittal 08 71 00-003 Rev1.zip",
    "E-201 Power Plan L2 [Bulletin 3].dwg",
    "C:/Projects/Reno/Elevations/North Elev.dwg",
    "\\\\fs02\\scan$\\plotter\\A-101.plt",
    "2024-017_ARCH_L2_Plan.dwf",
    "site/survey/boundary_2004.dxf",
    "BIM 360 > Project Files > 03 Design > Structural > S-Central_R24.rvt",
    "Drawings (archive)/1998 original set/scan_0043.tif",
    "Revit warning log – 'Highlighted walls overlap' x 212.txt",
    "/Users/maria/Library/Mobile Documents/com~apple~CloudDocs/Listings/Select/4821 Main.pages",
    "Z:\\Property Mgmt\\Leases\\2025\\Unit 12-A\\Addendum B - Lead Paint.pdf",
    "ACC Docs: /Project Files/06 Construction/Punch/PL-0127.pdf",
    "elevation_views/East (Exec Wing).png",
    "Typ. Wall Section 1_20.dwg",
    "archive/2019/inspection/roof/DJI_0042.JPG",
]

MORTGAGE = [
    "N/A",
    "Self-employed; 1099 income from 3 clients (see 2023 & 2024 Schedule C).",
    "Employer: Union Pacific Railroad – Conductor, 7 yrs",
    "Base salary $92,500/yr + bonus (avg $8k) + 401(k) match",
    "Gift funds: $25,000 from my parents (gift letter attached; no repayment expected).",
    "Co-borrower: spouse – part-time RN, 24 hrs/wk @ $48/hr",
    "Other income: rental income from Unit 2 of duplex – $1,300/mo (lease attached)",
    "Explanation of credit inquiry 3/12/2025: auto loan shopping, did not open account.",
    "Large deposit $4,200 on 02/14 = tax refund (IRS TREAS 310).",
    "Reason for gap in employment (06/2022–10/2022): relocated for spouse's job.",
    "Property type: condo (warrantable? unsure) – HOA $412/mo",
    "Occupancy: primary residence",
    "Down payment source: checking + savings + 401(k) loan ($15,000)",
    "Previous address: 17 Cherry Ln, Apt 2 – renting since 2019 @ $1,650/mo",
    "Alimony/child support paid: $0 / $850 per month",
    "Bankruptcy in last 7 yrs? No. Foreclosure? No. Short sale? No.",
    "Employer name: Exec Staffing Solutions LLC (contract-to-hire since 01/2024)",
    "Job title: Sr. Database Admin (Oracle / SQL Server)",
    "Are you a U.S. citizen? Yes. Permanent resident alien? N/A",
    "Dividends/interest: ~$1,200/yr (brokerage stmt attached)",
    "Loan purpose: cash-out refinance – to pay off HELOC & remodel kitchen",
    "Monthly debts: car $389, student loans $212 (IDR), cards ~$60 min",
    "Letter of explanation: the $2,000 deposit on 3/3 was from selling my old couch & drop-leaf table on Marketplace.",
    "Income: seasonal – landscaping Apr–Nov, snow plowing Dec–Mar (2 yrs history).",
    "Military: VA eligible; COE attached (DD-214).",
    "Occupation: Ingénieure civile – CDI depuis 2018",
    "Arbeitgeber: Stadtwerke München GmbH, unbefristet, Bruttogehalt 5.200 €/Monat",
    "Empleador: Constructora del Sur S.A. – jefe de obra, 4 años",
    "勤務先: 株式会社サンプル建設 / 年収 680万円",
    "Rate lock 45 days; float-down requested if rates drop > 0.25%.",
    "Preferred contact: text (555) 010-2034 after 5pm ET",
    "Co-signer: none",
    "Closing costs: seller credit 3% ($11,997) per contract §4.b",
    "Income from Airbnb? Yes – ~$9k/yr (2 yrs of 1099-K); not counting for qualifying.",
    "Assets: checking $18,340.22; savings $41,005.00; Roth IRA $62k (not using)",
    "Explanation: late payment 11/2023 on Capital card – autopay failed after bank switch; paid in 12 days.",
    "Self-employed since 2016 (sole prop → S-corp in 2021); K-1 & 1120-S attached.",
    "Buying with a friend (non-spouse) – 50/50 tenants in common.",
    "Primary borrower on leave (maternity) until 08/15; return-to-work letter attached.",
    "Do you intend to occupy the property? Yes — within 60 days of closing.",
    "Other REO: 4821 Main St #4B – rented $2,150; mortgage $1,420 PITI.",
    "Reserve requirement: 6 mo PITI → ~ $17,400 needed.",
    "Employer phone: ask for HR / 'Employment Verification' dept (ext. 214).",
    "Hourly $31.75; OT avg 6 hrs/wk last 24 months; union contract through 2027.",
    "No HOA (single-family, no association).",
    "Marital status: separated – divorce decree pending (attorney letter attached).",
]

HOA_BUILDING = [
    "HOA minutes 3/14: Motion to select Acme Roofing ($184k) – moved by J. Park, 2nd by L. Diaz; passed 4-1.",
    "Reserve study shows 62% funded; board recommends dues increase 8% ($250 → $270/mo).",
    "Owner comment: \"Why are we paying for the pool if it's closed 5 months a year?\"",
    "Action item: mgr to get 3 bids for parking lot sealcoat & re-stripe (by 5/1).",
    "Executive session held to discuss delinquencies (3 units > 90 days) – no action taken.",
    "Smart lock Front Entry (Yale, Z-Wave): firmware 1.3.2; auto-lock 30 s; audit log retained 90 days.",
    "Lobby door access: fob + PIN; contractor PINs expire at 18:00 daily.",
    "BMS alarm: AHU-1 supply temp > 65°F for 30 min – tech dispatched.",
    "Boiler #2 locked out (flame failure). Reset @ 06:15, running OK.",
    "Elevator annual inspection passed 2/20; certificate posted in car.",
    "Thermostat schedule (common areas): 68°F 6am–10pm; setback 62°F overnight.",
    "Gate code changes on the 1st of every month – new code posted on the portal, NOT by email.",
    "Package room: Amazon Key enabled; other carriers use lockers; unclaimed after 7 days → returned.",
    "Fire alarm panel trouble: 'Ground Fault – Loop 2'; vendor ticket #FA-8812.",
    "Minutes – Treasurer report:\n  Operating: $48,200\n  Reserve:   $312,900\n  A/R:       $9,450 (3 units > 90 days)",
    "Board voted to drop the landscaping contract w/ GreenCo effective 6/30 (vote 3-2).",
    "Rule change: no grills on balconies; satellite dishes allowed per FCC; no signs > 2 sq ft in windows.",
    "Virtual tour: https://my.matterport.example/show/?m=Zq7x2&play=1&qs=1",
    "Tour link (YouTube): https://youtu.be/dQw-tour4B?t=42",
    "Floor plan viewer: https://tours.example-realty.com/plan?id=4821&lvl=2&units=ft",
    "Nest thermostat offline in unit 5C; Wi-Fi SSID changed – tenant to re-join.",
    "Leak sensors (x12) installed under water heaters; alerts go to on-call phone.",
    "EV chargers: 4 ports @ $0.32/kWh; idle fee $0.40/min after 30 min.",
    "Intercom directory: display last name + unit only (e.g., 'KOWALSKI 4B').",
    "Trash room schedule: recycling Tue/Fri; compost Wed; bulk by appointment.",
    "Owner in 12-A asked: 'can we union with the neighboring HOA for snow removal to split costs?' – mgr to research.",
    "Annual meeting quorum: 51% (in person or by proxy); 58% achieved.",
    "Camera footage retention: 30 days; requests via written form only (no exceptions).",
    "Irrigation controller zone 4 stuck ON; water bill spiked $600 — valve replaced.",
    "Parking: visitor spots max 48 hrs; violators towed @ owner's expense (Sign posted per § 22658).",
    "Roof access hatch alarmed; key in mgmt office lockbox (code changes quarterly).",
    "Minutes approved w/ correction: item 6 should read \"$18,400\" not \"$1,840\".",
    "Open forum: resident requests speed bumps on Drop Forge Rd entrance.",
    "Special assessment: $3,200/unit; payable in full by 12/31 or 4 quarterly installments.",
    "Generator test every Mon 10am (15 min) – lights may flicker.",
    "Wi-Fi in gym: SSID 'MapleCourt-Guest', password on the sign by the water fountain.",
    "Réunion de copropriété : vote des travaux de ravalement – 12 voix pour, 3 contre.",
    "Eigentümerversammlung: Beschluss zur Erneuerung der Heizungsanlage (Wärmepumpe).",
    "Junta de vecinos: se aprueba la instalación de ascensor; derrama de 2.400 € por vivienda.",
    "理事会議事録：大規模修繕工事の業者選定について審議。",
    "Access control export: 2025-04-01.csv (fob, door, time, result) – for security committee only.",
    "Water shut-off Thu 9am–1pm for riser work (lines C & D) – plan accordingly!",
    "Smart lock audit: 'code 2 (cleaner) used 3/3 14:02 – 14:47'.",
    "Sensor HVAC-4 reading -40°F → likely disconnected thermistor, not actual temp.",
    "Reminder: dryer lint must be cleaned after each use; fire dept found a 2\" lint buildup in 3-06.",
]

CATEGORIES = [
    ("listing_title", LISTING_TITLE),
    ("listing_description", DESCRIPTION),
    ("address_unit", ADDRESS),
    ("maintenance_request", MAINTENANCE),
    ("lease_clause", LEASE),
    ("inspection_punch", INSPECTION),
    ("construction_rfi", RFI),
    ("cad_bim_path", CAD_PATH),
    ("mortgage_answer", MORTGAGE),
    ("hoa_building_notes", HOA_BUILDING),
]

# ---- small pools for templates -------------------------------------------
BEDS = ["Studio", "1BR", "2BR", "3BR", "4BR"]
BATHS = ["1BA", "1.5BA", "2BA", "2.5BA", "3BA"]
FEATURES = ["w/ balcony", "& garage", "+ den", "| W/D in unit", "– pets OK", "w/ roof deck",
            "(no fee)", "– <10 min to park", "& EV charger", "– heat incl."]
HOODS = ["Union Sq", "Old Town", "Riverside", "Midtown", "Eastgate", "Harbor Pt", "Le Marais",
         "Kreuzberg", "Chamberí", "中目黒"]
STREETS = ["Main St", "Oak Ave", "Select Blvd", "Union St", "Cherry Ln", "Harbor Way",
           "Drop Forge Rd", "King St W", "Elm St", "Bahnhofstraße"]
UNITS = ["Apt #{n}{l}", "Unit {n}-{l}", "Ste. {n}0{l}", "#{n}{l}", "Flat {n}", "PH-{n}"]
ROOMS = ["kitchen", "bathroom", "BR1", "BR2", "hallway", "living room", "laundry room", "balcony"]
ISSUES = ["faucet drips", "outlet doesn't work", "window won't close", "ceiling stain (leak?)",
          "door sticks", "light flickers", "drain is slow", "tile cracked"]
CLAUSE_SUBJ = ["Tenant", "Landlord", "Resident", "Lessee"]
CLAUSE_OBL = ["shall keep the drains clear & free of grease",
              "shall give 30 days' written notice before vacating",
              "may not store flammable liquids (gasoline, propane) on the premises",
              "shall repair damage caused by guests within 10 days",
              "shall maintain the yard & remove leaves by Nov 30"]
SPEC_SECT = [("09 29 00", "Gypsum Board"), ("08 71 00", "Door Hardware"), ("07 92 00", "Joint Sealants"),
             ("03 30 00", "Cast-in-Place Concrete"), ("22 40 00", "Plumbing Fixtures"),
             ("26 51 00", "Interior Lighting"), ("09 91 23", "Interior Painting")]
SHEETS = ["A-101", "A-201", "A-301", "A-501", "S-201", "S-301", "M-401", "E-201", "P-501"]
REVS = ["Rev A", "Rev B", "Rev C", "Rev D", "Rev 2"]
EMPLOYERS = ["Maple Health System", "City of Springfield", "Union Freight Co.", "Select Builders Inc.",
             "Self-employed (consulting)", "Harbor Point School District"]
PAYS = ["W-2", "1099", "W-2 + bonus", "K-1", "hourly W-2"]
HOA_TOPICS = ["roof replacement", "pool resurfacing", "parking lot repaving", "elevator modernization",
              "security cameras", "landscaping contract"]


def t_title(r):
    return f"{r.choice(BEDS)}/{r.choice(BATHS)} {r.choice(FEATURES)} – {r.choice(HOODS)}, ${r.randrange(900, 4800, 25):,}/mo"


def t_desc(r):
    sq = r.randrange(450, 3200, 10)
    return (f"{r.choice(BEDS)} of {sq:,} sq ft {r.choice(FEATURES)}. HOA ${r.randrange(0, 600, 5)}/mo; "
            f"taxes ${r.randrange(1800, 14000, 50):,}/yr. {r.randint(2, 15)} min to {r.choice(HOODS)}.")


def t_addr(r):
    unit = r.choice(UNITS).format(n=r.randint(1, 24), l=r.choice("ABCDEFGH"))
    return f"{r.randint(1, 9999)} {r.choice(STREETS)}, {unit}"


def t_maint(r):
    return (f"{r.choice(ROOMS).capitalize()}: {r.choice(ISSUES)} – unit {r.randint(1, 12)}{r.choice('ABCD')}. "
            f"OK to enter {r.choice(['Mon', 'Tue', 'Wed', 'Thu', 'Fri'])} {r.randint(8, 11)}am–{r.randint(1, 5)}pm.")


def t_lease(r):
    return f"§{r.randint(1, 30)}.{r.randint(1, 9)} {r.choice(CLAUSE_SUBJ)} {r.choice(CLAUSE_OBL)}."


def t_insp(r):
    return (f"PL-{r.randint(100, 999):04d}: {r.choice(ROOMS)} – {r.choice(ISSUES)}; "
            f"Status: {r.choice(['OPEN', 'CLOSED', 'IN PROGRESS', 'N/A'])}")


def t_rfi(r):
    num, name = r.choice(SPEC_SECT)
    return (f"RFI-{r.randint(100, 299):03d}: Dwg {r.choice(SHEETS)} {r.choice(REVS)} vs. Section {num} – {name}; "
            f"please confirm by {r.randint(1, 12)}/{r.randint(1, 28)}.")


def t_cad(r):
    sheet = r.choice(SHEETS)
    style = r.randint(0, 2)
    if style == 0:
        return f"{sheet}_{r.choice(REVS).replace(' ', '')}_L{r.randint(1, 6)}.dwg"
    if style == 1:
        return f"S:\\Projects\\2024-0{r.randint(10, 99)}\\03 Drawings\\{sheet} {r.choice(REVS)}.pdf"
    return f"/projects/2024-0{r.randint(10, 99)}/sheets/{sheet} ({r.choice(REVS)}).pdf"


def t_mort(r):
    return (f"Employer: {r.choice(EMPLOYERS)}; {r.randint(1, 22)} yrs; income ${r.randrange(38000, 240000, 500):,}/yr "
            f"({r.choice(PAYS)})")


def t_hoa(r):
    y, n = r.randint(3, 7), r.randint(0, 3)
    return f"Motion re: {r.choice(HOA_TOPICS)} – bid ${r.randrange(8000, 250000, 100):,}; vote {y}-{n}; {'passed' if y > n else 'failed'}."


TEMPLATES = {
    "listing_title": t_title, "listing_description": t_desc, "address_unit": t_addr,
    "maintenance_request": t_maint, "lease_clause": t_lease, "inspection_punch": t_insp,
    "construction_rfi": t_rfi, "cad_bim_path": t_cad, "mortgage_answer": t_mort,
    "hoa_building_notes": t_hoa,
}


def main():
    r = random.Random(SEED)
    rows, seen, lit_total = [], set(), 0
    counts = {}
    for cat, lits in CATEGORIES:
        vals = []
        for v in lits:
            if v not in seen:
                seen.add(v)
                vals.append(v)
        nlit = len(vals)
        if nlit < 0.55 * PER_CAT:
            raise SystemExit(f"{cat}: too few literals ({nlit})")
        vals = vals[:PER_CAT]
        tries = 0
        while len(vals) < PER_CAT:
            v = TEMPLATES[cat](r)
            tries += 1
            if tries > 10000:
                raise SystemExit(f"{cat}: template exhausted")
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        lit_total += min(nlit, PER_CAT)
        counts[cat] = (len(vals), min(nlit, PER_CAT))
        for v in vals:
            rows.append({"category": cat, "label": "benign", "value": v})
    out = Path(__file__).with_name("benign.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as f:
        for i, row in enumerate(rows, 1):
            obj = {"id": f"hb31-{i:05d}", "category": row["category"], "label": "benign", "value": row["value"]}
            assert isinstance(obj["value"], str) and obj["value"] and len(obj["value"]) <= 1800
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    for cat, (n, nl) in counts.items():
        print(f"{cat:22s} n={n:3d} literals={nl}")
    print(f"total={len(rows)} literals={lit_total}")


if __name__ == "__main__":
    main()
