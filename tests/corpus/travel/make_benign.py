"""Benign hard-negative corpus for the travel / hospitality theme (ids hb30-NNNNN).

Values are what real users and agents type into the ordinary fields of an airline and
hotel booking API, a travel agency back office, a car-rental desk and a review site:
passenger names, itineraries, special service requests, GDS entries and queue remarks,
fare rules, hotel and car notes, reviews, refund requests, visa/passport form answers
and concierge chat.  Every literal below was written by hand for this corpus; the
template functions only combine small hand-written pools.

Run: python3 make_benign.py   (writes benign.jsonl next to this file)
"""
import json
import random
from pathlib import Path

SEED = 3001
PER_CATEGORY = 80
PREFIX = "hb30"

# ---------------------------------------------------------------------------
# Hand-written literals, per category
# ---------------------------------------------------------------------------

LITERALS = {}

LITERALS["passenger-name"] = [
    "O'NEIL/MARY MS",
    "DE LA CRUZ/JUAN CARLOS MR",
    "D'ANGELO/LUCA MR",
    "Müller-Lüdenscheidt, Hans-Peter Dr.",
    "MUELLER LUEDENSCHEIDT/HANSPETER DR",
    "Nguyễn Thị Thu Hà",
    "NGUYEN/THI THU HA MS",
    "王小明",
    "WANG/XIAOMING MR",
    "Σοφία Παπαδοπούλου",
    "PAPADOPOULOU/SOFIA MRS",
    "فاطمة الزهراء بنعلي",
    "Иванова Анна Сергеевна",
    "IVANOVA/ANNA SERGEEVNA MS",
    "山田 太郎",
    "YAMADA/TARO MR",
    "김민준 (KIM/MINJUN MR)",
    "O'BRIEN-SMYTHE/SIOBHAN MRS",
    "VAN DER BERG/JOHANNES MR",
    "St. John-Mildmay, Peregrine",
    "STJOHNMILDMAY/PEREGRINE MR",
    "SMITH/JOHN JR MR",
    "DOS SANTOS/MARIA DA CONCEICAO MRS",
    "María José García-Núñez",
    "GARCIANUNEZ/MARIAJOSE MS",
    "Åsa Ångström",
    "Łukasz Żółkiewski",
    "Çağla Öztürk",
    "N'DIAYE/AMINATA MS",
    "Wanjirũ Kamau",
    "SMITH/EMMA MISS(CHD/05MAY17)",
    "JONES/OLIVIA MRS(INFJONES/NOAH/12JAN24)",
    "L'HEUREUX/JEAN-FRANÇOIS M.",
    "Ó Súilleabháin, Pádraig",
    "ABU-SAMRA/YUSUF MR",
    "Ben-David, Noa — בן-דוד נועה",
    "NULL/CHRISTOPHER MR",
    "COHEN/OR MR",
    "CASE/WILLIAM MR",
    "Mary-Kate O'Neil & Sean O'Neil",
    "KOVAČEVIĆ/MILICA MS",
    "Dr. med. Friederike von Bülow-Schönberg",
    "Renée d'Arcy-Whitfield",
    "अनन्या शर्मा / SHARMA/ANANYA MS",
    "ศรีประเสริฐ สมชาย",
    "LEE/JI-HOON MR",
    "Mohammed Al-Farsi (on passport: MOHAMMED ALI ALFARSI)",
    "José 'Pepe' Ramírez",
    "Chris \"CJ\" Johnson",
    "Anne-Marie D'Souza <anne.dsouza@mail.example>",
    "DSOUZA/ANNEMARIE MS -- apostrophe dropped as per GDS",
    "Zoë Fairweather-Ng",
]

LITERALS["itinerary"] = [
    "LHR-JFK BA117 12MAR 0835/1120",
    "JFK-LHR BA178 19MAR 0930/2125",
    "connection < 45 min at CDG, is that ok?",
    "FRA-SIN LH778 Y 02APR 2155/1640+1",
    "1. AF1381 Y 14JUN CDGBCN HK1 0710 0855",
    "MAD > LIM > CUZ, back LIM > MAD",
    "ZRH–HKG–SYD | SYD–AKL (own ticket)",
    "DXB-MLE EK652 J 23DEC 0245/0810 *booked via agent*",
    "LAX-HNL UA1175 | HNL-OGG HA 208 (separate PNR 4XQ8LM)",
    "BOS→DUB→SNN, return SNN→BOS direct",
    "Tokyo 成田 no wait — 羽田 (HND) → Osaka ITM, JL 111",
    "Paris Gare de Lyon 07:56 → Milano Centrale 15:01, TGV 9241, voiture 12, places 45/46",
    "Ferry P&O Dover-Calais 06:30, car + 2 adults",
    "ICE 1005 Hamburg Hbf 06:01 – München Hbf 11:54, Wagen 27, Platz 71",
    "OSL-TOS SK4406 10JAN 0700/0855 / TOS-LYR SK4424 1130/1305",
    "MCT-ZNZ via DOH; layover 14h -- need hotel?",
    "Layover > 24h in IST so it's a stopover, not a connection",
    "CPH-KEF FI205 / KEF-YVR FI697 — min connect time at KEF is 0:40",
    "Outbound 12/03 LHR 08:35 → JFK 11:20; inbound 19/03 JFK 18:30 → LHR 06:35(+1)",
    "GRU-EZE-SCL open jaw, SCL-GRU LA8072",
    "BA117/12MAR LHR JFK; BA1511 12MAR JFK BOS — MCT 1h30",
    "CAI–LXR by sleeper train, LXR–ASW felucca 3 nights",
    "AMS-NBO KQ117 seat 34K; NBO-JRO KQ2014 seat 5A",
    "YYZ-YVR AC101 Y 0900/1058 + AC8341 YVR-YYJ",
    "ICN-NRT KE705 | NRT-HNL JL72 | HNL-LAX HA2",
    "BKK DMK? or BKK (Suvarnabhumi)? Ticket only says BKK",
    "From: Union Station (WAS) To: New York Penn (NYP), Acela 2151",
    "depart 23:55 arrive 05:40 (+1) — red-eye",
    "1 SCL 14OCT PUQ LA281 Y HK1 0815 1155 E",
    "2 PUQ 20OCT SCL LA286 Y HK1 1300 1615",
    "MXP-JFK on EK205 (5th freedom), JFK-MXP EK206",
    "ATH→JTR (A3 356), JTR→ATH Blue Star ferry, ATH→FCO (AZ 715)",
    "Wien Hbf → Budapest-Keleti, Railjet 61, 2. Klasse",
    "ref 8DJK2P | tkt 125-2345678901 | e-ticket 057-2345123456",
    "SIN-DPS SQ946 (14:45) → DPS-SIN SQ949 (06:15) — check day change",
    "Day 1: Reykjavík → Vík (186 km); Day 2: Vík → Höfn; Day 3: Höfn → Akureyri",
    "PEK or PKX? Daxing vs Capital — which one is CA1515 from?",
    "HKG-TPE CX402 12:10/14:00; TPE-HKG BR871 19:00/20:55",
    "CDG 2E → 2F transfer: allow ≥ 60 min",
    "Total travel time ≈ 19h 35m incl. 2 stops",
    "LIS/OPO/FAO multi-city, TAP, 3 pax + 1 infant on lap",
    "DEL-BOM AI865 07:00 → BOM-GOI 6E5311 11:20 (different airlines, bags NOT through-checked!)",
    "Sea-Tac → Anchorage → Fairbanks; AS83 / AS145",
    "JNB-CPT SA303 and CPT-JNB SA360, economy, seats together please",
    "MEX-CUN Y4 6:05 a.m. — does it leave from T1 or T2?",
    "Roma Termini 09:10 Frecciarossa 9513 → Napoli C.le 10:20; then Circumvesuviana to Sorrento",
    "LHR T5 → LGW by coach, allow min. 3h",
    "Flight number changed from EW9463 to 4U9463 — is it the same flight?",
    "Route A: FRA-IST-TBS (TK) vs Route B: FRA-MUC-TBS (LH) — B is 40 min shorter",
    "Segment 3 shows 'UN' status & the flight time moved to 14:05/16:50",
]

LITERALS["ssr-remark"] = [
    "WCHR",
    "WCHC - pax cannot walk, needs aisle chair to seat",
    "VGML for P1, KSML for P2",
    "PETC 8kg cat in soft carrier 40x30x20",
    "AVIH dog 32kg, crate 100x67x76 – check the hold is heated",
    "SSR DOCS BA HK1 P/GBR/PX9923411/GBR/12JUL85/M/14JAN30/SMITH/JOHN/P1",
    "SSR FOID YY HK1 NI98765432E/P2",
    "SSR CTCE BA HK1 MARY.ONEIL//MAIL.EXAMPLE/P1",
    "SSR CTCM BA HK1 447700900123/EN/P1",
    "OSI YY CTCP LON 44 20 7946 0000 HOME",
    "OSI BA VIP - CEO of corporate client, pls advise station",
    "SSR BSCT AA NN1 infant 7mo 8kg",
    "SSR MAAS - meet & assist at LHR T5, first-time flyer, 79 years old",
    "SSR UMNR UNACCOMPANIED MINOR AGE 09 PICKUP BY FATHER J MARTIN TEL +1 415 555 0142",
    "SSR BLND with guide dog (SVAN)",
    "ESAN removed – airline no longer accepts emotional support animals",
    "POXY oxygen concentrator, FAA approved, battery 8h",
    "EXST extra seat for cello: CBBG/CELLO MR",
    "SPML - no nuts, anaphylaxis; pls inform crew & don't serve nuts in the cabin",
    "GFML & LFML? Pax says 'gluten-free AND lactose-free' – only one code possible",
    "MOML (halal) for all 4 pax",
    "HNML; no beef",
    "CHML x2, BBML x1 for infant 9 months",
    "RQST seat 12A/12B together; aisle > window for P2",
    "FQTV BA 12345678 P1 / FQTV AA 7X9Y2Z1 P2",
    "FQTV LH 992004123456789 – Miles & More Senator",
    "SSR WCHS needs help with steps only; can walk to the gate",
    "DPNA - autism, needs a quiet area to wait, will arrive 3h early",
    "SSR LANG P1 speaks only Portuguese / só fala português",
    "SPEQ: SKI 1 pair + boots; BIKE boxed 23kg",
    "Surfboard 2.4m < max 2.77m ok — confirm fee EUR 60 per way",
    "Violin in cabin (≤ 55x40x23 incl. case?)",
    "Bassinet row please — baby 7.5 kg, 68 cm",
    "Pregnant 31 weeks; fit-to-fly letter attached (MEDIF not needed < 36 wks?)",
    "RM PAX REQUESTS NO SEAT NEAR TOILETS; REQ EXIT ROW IF >18Y",
    "RM GROUP 'ALPINE CHOIR' 22 PAX, NAMES DUE 30 DAYS BEFORE DEP",
    "RM *CORP DEAL APPLIED - ACME-UK-2024*",
    "RM ADD COLLECT EUR 45.00 PAID BY CC XXXX-1234",
    "RMZ CONF*BA*4XQ8LM",
    "OSI YY TCP3 WITH 8DJK2P",
    "OSI YY 1CHD 05YRS",
    "SSR INFT BA HK1 JONES/NOAH 12JAN24/P1",
    "SSR TKNE BA HK1 LHRJFK 0117Y12MAR 1252345678901C1/P1",
    "SSR ADTK 1B TO BA BY 14MAR 2359 LON OTHERWISE WILL BE XLD",
    "SSR OTHS 1B AUTO XX IF SSR TKNA/E/M/C NOT RCVD BY 1200/15MAR",
    "Allergic to latex – please avoid latex gloves when assisting",
    "Insulin pump + CGM – can't go through the body scanner, needs hand search",
    "CPAP machine in cabin (medical device — does it count towards the allowance?)",
    "Service dog (psychiatric) – DOT form submitted 3 Mar",
    "Own electric wheelchair, lithium battery 300Wh, removable; dims 110x65x90 cm",
    "WCHR at both ends + WCHS at connection in AMS (long walk D → B pier)",
]

LITERALS["gds-entry"] = [
    "AN12MARLHRJFK/ABA",
    "SS1Y1",
    "NM1ONEIL/MARY MS",
    "How do I enter O'NEIL in NM? The apostrophe gets rejected",
    "NM2SMITH/JOHN MR/JANE MRS",
    "AP LON 44 20 7946 0000-H",
    "APE-MARY.ONEIL@MAIL.EXAMPLE",
    "TKTL15MAR/1200",
    "RFMARY",
    "ER",
    "RT8DJK2P",
    "RT/SMITH",
    "FXP/R,UP",
    "FQDLHRJFK/ABA/C",
    "FQN1*PE",
    "TTP/ET/ITR-EML",
    "XE3",
    "XI",
    "SRDOCS YY HK1-P-GBR-PX9923411-GBR-12JUL85-M-14JAN30-SMITH-JOHN/P1",
    "SRWCHR/P1/S3",
    "QP/PARAF2100/1C3",
    "QS8C1",
    "OS YY VIP",
    "DCUSD100/EUR",
    "1512MARLHRJFK‡BA",
    "0Y1",
    "-SMITH/JOHN MR",
    "9‡44 20 7946 0000-H",
    "7TAW/",
    "6MARY",
    "WPRQ",
    "5H-PAX PREFERS AISLE",
    "4G1/14C",
    "3OSI YY VIP",
    "A12MARLHRJFK",
    "N.1SMITH/JOHN MR",
    "T.TAU/15MAR",
    "NP.PAX WANTS REFUND, PLS CALL BACK",
    "Q8 - pax called, wants to change ret to 21MAR, fare diff quoted EUR 112 + 70 chg; awaiting OK",
    "pls re-issue: old tkt 125-2345678901 -> new; ADC USD 84.60 + penalty 200",
    "sked chg: BA117 dep now 0905 (was 0835) — MCT at JFK still ok >1h",
    "TK XX'd by airline?? seg shows UN/HX — rebook & advise pax",
    "HX seg 2, reinstate from waitlist; HL1 -> KL1 -> HK1",
    "ATC reissue failed: 'NO VALID FARE FOR INPUT CRITERIA' — do manually",
    "Void window closes 23:59 local; do NOT void after, must refund w/ fee",
    "queue 50 c 3 = schedule changes; queue 12 = ticketing; don't touch q 7",
    "'TAX XT NOT FOUND' when pricing, used FXP/R,VC-LH instead",
    "client wants to SELECT seats only on the A380 upper deck — 'select' = paid seats",
    "DROP-OFF at Union Station not possible, moved to 30th St Station",
    "'union' group rate for the trade union conference, 45 pax, deposit pending",
    "Exec Club no. missing; pax says BA Executive Club Gold 12345678",
    "PNR history: >RF-MARY >ER >QUEUED 08/C1 >XE3 >SS BA117 Y12MAR",
    "pls reset my passwd for the Sabre sign-in, locked out after 3 tries",
]

LITERALS["fare-rule"] = [
    "non-ref; chg fee EUR 70 + diff",
    "CHANGES ANY TIME CHARGE EUR 70.00 FOR REISSUE/REVALIDATION. NOTE - CHILD/INFANT DISCOUNTS APPLY.",
    "CANCELLATIONS BEFORE DEPARTURE TICKET IS NON-REFUNDABLE. NOTE - YQ/YR NON REFUNDABLE. TAXES REFUNDABLE.",
    "MIN STAY: SAT NIGHT OR 3 DAYS. MAX STAY: 12 MONTHS.",
    "Fare basis: YLOWGB / booking class Y / 1PC 23KG",
    "Saver: 0 checked bags, 1 personal item ≤ 40x30x15 cm; seat selection from €9",
    "Flex: free changes up to 2h before dep; refund minus EUR 30 svc fee",
    "STOPOVERS: 1 FREE IN EACH DIRECTION AT LON. ADDL STOPOVERS USD 150 EACH.",
    "COMBINABILITY: END-ON-END PERMITTED. SIDE TRIPS PERMITTED. OPEN JAWS PERMITTED.",
    "No-show: ticket loses all value; subsequent segments cancelled automatically",
    "Tax breakdown: GB 84.00 / UB 51.80 / US 22.90 / YC 7.50 / XY 7.00 / XA 3.96 / AY 5.60 / YQ 250.00",
    "Total = base 312.00 + taxes 432.76 = GBP 744.76",
    "Fuel surcharge (YQ) > base fare?! that's 250 vs 312",
    "Child 2-11: 75% of adult fare; infant < 2: 10% + taxes, no seat",
    "€189/night incl. breakfast; city tax €5/person/night not included",
    "Non-refundable rate — pay now, no changes; 'Pay at hotel' rate is 14% more",
    "Free cancellation until 14:00 (hotel local time) 2 days before arrival; after that 1 night is charged",
    "Deposit: 30% at booking, balance 60 days before; <60 days = 100%",
    "Group fare: deposit USD 50/pax; name changes free until T-30; 10% attrition allowed",
    "Upgrade with Avios: 15,000 + £50 each way; not on 'Basic' fares",
    "PENALTIES: REFUND PERMITTED WITHIN 24 HRS OF TICKETING IF PURCHASED 7 DAYS OR MORE BEFORE DEP",
    "ADVANCE PURCHASE: RESERVATIONS/TICKETING AT LEAST 14 DAYS BEFORE DEPARTURE",
    "Season: H = 15JUN-31AUG / L = rest; blackout 20DEC-05JAN",
    "Day of week: W (Mon-Thu) / X (Fri-Sun) — +EUR 25 per direction",
    "Car: unlimited km; excess EUR 1,200 → EUR 0 with SCDW (EUR 18.90/day)",
    "Young driver < 25: surcharge €12/day (max €120); under 21 not allowed",
    "One-way drop fee: Lisbon → Porto EUR 95; international drop not permitted",
    "Fuel policy: full/full; returned < full = refuel charge + €25 service",
    "Late checkout until 14:00 = 50% of nightly rate; after 18:00 = full night",
    "Resort fee USD 45/night + 13.5% tax — mandatory, not included in the rate shown",
    "Baggage: 2PC x 23KG (50LB) / 158CM (62IN); excess USD 100/pc; 23-32kg overweight USD 100",
    "VOLUNTARY CHANGES: IN CASE OF REROUTING NEW FARE MUST BE EQUAL OR HIGHER; REISSUE FEE 150",
    "Fare diff: new fare 540 - old fare 410 = 130 + chg 70 = 200 to collect; tax diff 4.20",
    "ROE 0.867 — NUC 1234.56 × ROE = EUR 1,070.36",
    "LON BA NYC312.00NUC312.00END ROE1.000000",
    "LON BA X/NYC AA LAX M1234.56 AA X/NYC BA LON1234.56NUC2469.12END ROE0.789012",
    "Kids stay free (≤12) in parents' room using existing bedding; extra bed €35",
    "Pets: €25/night, max 1 dog ≤ 10 kg, not to be left alone in the room",
    "Package = hotel + half board; ski pass NOT incl. (CHF 79/day)",
    "'Economy Light' – no bag; adding 1 bag online = £35, at the airport = £65",
    "Miles earn: 25% on class O/Q; 0% on G (group)",
    "Price match: cheaper within 24h → we refund the diff (excl. 'secret' deals)",
    "Card surcharge 1.5% for Amex; no surcharge for debit/EU consumer cards",
    "Rail pass: 7 days within 1 month; seat reservations (TGV/Frecciarossa) extra €10–€35",
    "Tarifa promo: sin cambios ni reembolso; equipaje de mano 10 kg incluido",
    "Tarif non remboursable ; modification avec frais de 50 € + différence tarifaire",
    "Storno: bis 30 Tage vor Anreise kostenfrei; 29–7 Tage: 50 %; < 7 Tage: 90 %",
    "キャンセル料：前日 50%、当日 80%、無連絡不泊 100%",
    "取消政策：入住前48小时免费取消；之后收取首晚房费",
    "Tariffa non rimborsabile; cambio nome € 50 + differenza",
    "Exec lounge access incl. on Flex/Business; 'Select' fares: buy at the desk, £35",
]

LITERALS["hotel-car-note"] = [
    "Late arrival ~23:30, please hold the room (guaranteed with card)",
    "Quiet room away from the lift please; high floor > 5 if possible",
    "Twin beds not double!! 2 colleagues sharing",
    "Anniversary — could you put a bottle of cava in the room? we'll pay",
    "Early check-in 08:00 after a red-eye; happy to pay 50% if needed",
    "Cot for baby (10 months) + bath tub, not just a shower",
    "Wheelchair-accessible room: roll-in shower, grab bars, bed height ≤ 50cm",
    "Allergic to feathers → hypoallergenic pillows & duvet",
    "Parking: car is 5.2m long (Ford Ranger) — does it fit the garage? height 1.85m",
    "Arriving by bike, 2 e-bikes, need locked storage with a socket",
    "Address for taxi: Rua das Flores 23, 4050-265 Porto",
    "3-7-1 Nishi-Shinjuku, Shinjuku-ku, Tokyo 163-1055 (東京都新宿区西新宿3-7-1)",
    "Parcel for guest 'O'Neil, Mary' arriving before 12 Mar, please keep at reception",
    "Invoice to: ACME Travel GmbH, Friedrichstr. 123, 10117 Berlin, USt-IdNr. DE123456789",
    "Please don't put us near the bar — last time we couldn't sleep until 2am",
    "Pickup from AGP, flight FR8231 lands 21:40, 4 adults + 3 large cases",
    "Breakfast: vegan x1, gluten-free x1, kids (6 & 9) normal",
    "Key for 'Mr & Mrs Smith' — surprise, do NOT call the mobile on file",
    "Connecting rooms please (family of 5: 2 adults + 3 kids < 12)",
    "12, rue de l'Église, 67000 Strasbourg — entrée par la cour, code porte 4B27",
    "Bitte Zimmer mit Balkon zur Seeseite; Anreise ca. 18 Uhr, Abreise 10 Uhr",
    "Necesitamos cuna y una cama supletoria; llegamos en coche, ¿hay parking?",
    "Pickup LHR T5 12MAR 11:30, return LHR 19MAR 16:00; Group C (VW Golf or similar)",
    "Add 2nd driver: Sean O'Neil, licence no. ONEIL753115SM9IJ",
    "Child seat 9–18 kg + booster 15–36 kg; kids aged 2 and 6",
    "Returned with fuel < 1/4 — sorry, the station at the airport was closed",
    "Damage at pickup: scratch rear bumper (left), dent driver's door ~3cm; photos at 11:42",
    "Toll transponder yes/no? Portugal Via Verde — we'll drive the A22 to Lagos",
    "Cross-border: driving into Switzerland & Italy → vignette? green card?",
    "Automatic only — I can't drive manual. Will pay an upgrade if needed (<= €20/day)",
    "EV: return with ≥ 70% charge or fee applies; is a type 2 cable included?",
    "Drop-off after hours: keys in the box at the Union Station garage, level P2",
    "Reg AB12 CDE; odometer at return 45 612 km; fuel 8/8",
    "Rental agreement RA# 774-21930 — charged twice (2 × €412.80), please check",
    "Guest requests iron + ironing board; also a kettle (no coffee machine in the room?)",
    "Restaurant 'Le Petit Zinc' Fri 20:00 for 4 → confirmed by phone",
    "Room 512: TV remote not working; AC stuck at 26°C; please send maintenance",
    "Lost & found: black suitcase 55cm left in room 1204 on 3/12, tag # LHR-0093",
    "Billing: room + tax to company card on file; incidentals → guest's own card",
    "Split folio: 3 nights on Acme PO #4500123987; 4th night private",
    "Shuttle from Union Station? or do we need a taxi? ($25–$30?)",
    "Honeymoon — any chance of an upgrade?? 😊",
    "Gold member 9876543210; arrival amenity as per standard",
    "No housekeeping please — DND whole stay except fresh towels on Wed",
    "Overbooked 12/3 → walked guest to sister property, 1 night comp + taxi",
    "Smoking room? if none, a balcony where smoking is allowed? (e-cig only)",
    "Flat 3B, 22 O'Connell St., Dublin 1, D01 X2Y3",
    "2 boxes of conference material (~15 kg) to arrive by Mon — 'ATTN: Alpine Choir / Böhm'",
    "Villa gate code #4417*; key in the lockbox under the left olive pot",
    "Please remove alcohol from the minibar (guest under 18, school group)",
    "Bed: king if possible; if only twin, push them together please :)",
    "Car seat for a 4-year-old (15-25kg), forward-facing; and we'd like the GPS in Spanish",
]

LITERALS["review"] = [
    "Great location, tiny room. Staff were lovely <3",
    "Breakfast 10/10 — the croissants!!! Room 6/10 (noisy AC).",
    "Flight was delayed 3h; no food vouchers, no info. Do better :(",
    "Seat 14A had no window (!!). Check the seat map before you select a seat.",
    "Quiet, clean, 5 min walk to Union Station. Would stay again.",
    "Zimmer sauber, Frühstück okay, aber WLAN < 1 Mbit/s — für Geschäftsreisende ungeeignet.",
    "Hôtel charmant, personnel adorable ; seul bémol : la rue est bruyante le week-end.",
    "Muy buena ubicación, pero el aire acondicionado no funcionaba y nadie vino a revisarlo.",
    "Ottimo rapporto qualità/prezzo, colazione abbondante. Consigliato!",
    "部屋は狭いけど清潔で、駅から徒歩3分。また泊まりたい。",
    "服务很好，早餐种类多，但是隔音一般，晚上有点吵。",
    "Отличный отель, вежливый персонал, но завтрак однообразный.",
    "Çok temiz ve merkezi, resepsiyondaki Ayşe Hanım'a teşekkürler!",
    "Ótima estadia — piscina limpa, café da manhã incrível & equipe atenciosa.",
    "الفندق رائع والموظفون متعاونون جداً، لكن الإفطار كان بارداً.",
    "방이 넓고 깨끗했어요. 직원분들도 친절했습니다 👍",
    "Uitstekend hotel, fietsen te huur bij de receptie; ontbijt €19 is wel prijzig.",
    "Hotel OK. Nothing special. 3/5",
    "Pros:\n- location\n- friendly staff\n- rooftop bar\n\nCons:\n- tiny bathroom\n- 'free' wifi needs a paid upgrade for > 2 devices",
    "Title: Don't book the 'Superior' room\n\nSame as Standard but facing the car park. Asked to change → 'fully booked'. Meh.",
    "Car rental: hidden fees!! Quote said €23/day; at the desk they added SCDW, airport fee & 'admin' = €61/day. 1/5",
    "Check-in took 45 min -- only 1 person at the desk on a Friday night.",
    "The 'sea view' was the car park with a slice of sea if you lean out >_<",
    "Loved the cooking class; chef's tip: add salt *after* the garlic. 5 stars",
    "Ferry was 2 hours late; the café on board ran out of food. Never again!",
    "Great for families: kids club 9:00–17:00, pool shallow end < 1m.",
    "Bed bugs in room 317. Reported → got moved, but no refund. Beware.",
    "The driver was waiting with a sign 'O'NEIL' — smooth transfer, water & wifi in the car.",
    "Crew were fantastic, meal was meh; the 'Select' menu was sold out by row 30.",
    "Executive lounge worth it? Yes: drinks 17–19h, decent snacks, quiet work area.",
    "Nice hostel, but the 'silent' dorm wasn't — someone's alarm went off at 4am, 3 times. LOL",
    "WiFi password on the card was wrong; reception gave us a new one and it worked.",
    "Water pressure = 0 on the 12th floor after 8am. Complained twice.",
    "Would give 4.5/5 — lost half a point for the $18 breakfast.",
    "Tip: ask for rooms ending in -05 or -07, they're corner rooms with 2 windows.",
    "Nous avons adoré ! Le petit-déjeuner « fait maison » et la vue sur le Mont-Blanc 🏔️",
    "Das Personal hat uns sogar einen Geburtstagskuchen aufs Zimmer gebracht – danke!!",
    "Πολύ καθαρό δωμάτιο, υπέροχη θέα στη θάλασσα!",
    "Bardzo dobry hotel, blisko dworca; parking 80 zł/doba to jednak przesada.",
    "Tour guide was amazing -- explained the history of the Union Jack & why the flag is lowered. Recommended!",
    "Their booking system was down at check-in ('the system crashed') so we waited 1h",
    "Sleep quality: 10/10. Blackout curtains + quiet AC. Best sleep of the trip.",
    "Terrible: rats in the kitchen, mould in the shower. Reported to the city.",
    "Reception insisted our booking 'doesn't exist' until I showed the email.",
    "First class on the Glacier Express — huge windows, food ok, worth the CHF 50 supplement.",
    "Staff spoke English, Spanish & a bit of Japanese — perfect for our mixed group.",
    "Booked the 'shared shuttle', got a private car because we were the only ones :)",
    "5/5 — 'C'est magnifique!' as my mum said every 5 minutes.",
    "Pillows: too many. Towels: too few. Coffee: excellent.",
    "Dear management,\nthe fire alarm test at 7:00 on a Sunday was not announced anywhere.\nOtherwise a lovely stay.\n— Room 405",
    "Price/quality ratio = bad. €240 for a room with a view of a wall & a drain pipe.",
]

LITERALS["refund-request"] = [
    "Booking 8DJK2P: flight cancelled by the airline, I want a full refund not a voucher (EU261).",
    "Please refund EUR 412.80 — charged twice for RA# 774-21930",
    "Ticket 125-2345678901 unused; pls refund the taxes (GB/UB/US) at least",
    "Hi,\nWe cancelled within 24h of booking (booked 11 Mar 21:14, cancelled 12 Mar 08:02).\nPlease refund the full amount of $1,284.40.\nThanks, Mary O'Neil",
    "Refund status? Case #REF-2024-00931 — it's been 6 weeks.",
    "Hotel charged a no-show but we were there! The key card log will show room 512 opened 12/3 23:48.",
    "Demande de remboursement : vol annulé AF1381 du 14/06, réf. 4XQ8LM. Merci de rembourser sur la carte d'origine.",
    "Erstattung bitte auf Konto DE12 5001 0517 0648 4898 90 (Kontoinhaber: H.-P. Müller)",
    "Reembolso: cancelamos por enfermedad (certificado médico adjunto). ¿Lo cubre el seguro?",
    "EU261: arrival delay 4h12m, distance > 3500 km → €600 per pax × 3 = €1,800",
    "UK261 claim: BA117 12MAR arrived 15:58 vs 11:20 scheduled.",
    "Please cancel & refund, my passport won't arrive in time (renewal delayed)",
    "Refund for the upgrade? Seat 2A's power outlet didn't work & the IFE was broken.",
    "Car returned 1 day early (18 Mar not 19 Mar); refund for 1 day pls: €54.99",
    "We were charged €350 'damage' for a scratch that is in the pickup photos (11:42). Disputing.",
    "Refund to a different card? Old card (ending 4417) expired. New one ends 0932.",
    "Can you split the refund: 50% voucher, 50% card?",
    "Why was my refund only 12.40? Base fare non-ref, I get it, but YQ 250 should be refundable!?",
    "Deceased passenger — requesting full refund; death certificate attached. Tkt 125-2345678902",
    "Cancel segment 2 only (JFK-BOS), keep LHR-JFK & the return; refund the diff if any",
    "Cancelling the boat tour on 14/06 — storm forecast; your policy says full refund if weather-cancelled?",
    "Hotel Alpenrose, 3 nights (12–15 Mar): spa & pool closed without notice. Asking for 30% back.",
    "If not refunded by 30/04 I will dispute the charge with my bank.",
    "Res 4021 993 874 — hotel says 'non-refundable' but I booked the 'free cancellation' rate! Screenshot attached.",
    "退款申请：航班取消，订单号 8DJK2P，请原路退回。",
    "払い戻しをお願いします。予約番号：4XQ8LM、理由：体調不良のため。",
    "Запрос на возврат: рейс SU2580 отменён, бронь 7QW3RT.",
    "İade talebi: rezervasyon iptal edildi, ödeme 2 kez çekildi (2 × 1.250 TL).",
    "Rimborso per volo cancellato AZ715 — preferisco il rimborso, non il voucher.",
    "Terugbetaling aangevraagd voor treinticket Amsterdam–Parijs, trein uitgevallen.",
    "Please refund the 'resort fee' ($45×3) — pool and gym were closed.",
    "Dear team,\n\nThe airline moved our flight by 9 hours, so the pre-paid transfer & first night are lost.\nI request:\n  1) refund of transfer (€65)\n  2) refund of night 1 (€189)\nRegards,\nÅsa Ångström",
    "Visa refused → need to cancel everything. Embassy letter attached. Refund per the 'visa denial' clause?",
    "Refund minus the €30 fee is fine; just please don't send vouchers",
    "Duplicate booking: 4XQ8LM and 4XQ8LN are the same trip — cancel LN & refund",
    "Paid $98.00 for seats on both legs, but the aircraft swap put us in 42E/42F (middle!). Refund seat fees pls.",
    "Refund of the unused return (JFK-LHR, 19 Mar) — we stayed in the US; I know it's partial.",
    "Status 'REFUND PENDING' since 02 Feb — ref RF#55102; please escalate.",
    "My daughter (UMNR) was not escorted at JFK → I want the UMNR fee ($150) back and an explanation",
    "Voided? or refunded? Bank shows -$844.20, then +$844.20, then -$844.20 again...",
    "Your calculation: 744.76 - 312.00 (non-ref base) - 70 (fee) = 362.76? You sent 104.20.",
    "Booked the wrong date (12 Apr instead of 12 Mar), tried to fix it 2 minutes later. Please waive the fee.",
    "Sold to me as '4★' but it's a 2★ hostel (see photos). I want the difference back.",
    "please cancel & refund, family emergency. PNR ABC123 / O'NEIL/MARY MS, O'NEIL/SEAN MR",
    "Cancellation due to illness; doctor's note & invoice #INV-2024-0312 attached",
    "Refund the checked bag fee (£35) please — the bag wasn't loaded and arrived 3 days late.",
    "Never received the e-ticket; booking shows 'ticketing failed' but the card was charged €1,070.36",
    "Refund to PayPal please (original payment method)",
    "Refund 2 of 5 pax (ROSSI/LUCA & ROSSI/GIULIA) — the others still travel",
    "Cancel the hotel for 14–15 Mar only; keep 12–14. Refund the difference",
]

LITERALS["travel-doc"] = [
    "Passport number: PX9923411",
    "Place of birth: Cork, Ireland",
    "Nationality: Irish / British (dual)",
    "Previous names: née O'Connor",
    "Have you ever been refused a visa? No",
    "Refused a visa before? Yes — UK visitor visa, 2019, reason: insufficient funds; granted in 2020",
    "Purpose of visit: tourism (Golden Triangle tour, 12 days)",
    "Address in destination: Hotel Alpenrose, Dorfstrasse 7, 3920 Zermatt",
    "Occupation: software engineer (backend systems, databases — SQL & Python)",
    "Employer: ACME Logistics Ltd., 1 Canal St, Manchester M1 3HE",
    "Criminal convictions: None",
    "Ever arrested or convicted for an offense or crime, even if pardoned? No",
    "Countries visited in last 10 years: FR, DE, ES, IT, TR, AE, TH, JP, US (2x), CA",
    "Date of issue: 14/01/2020 — Date of expiry: 14/01/2030",
    "Issuing authority: HM Passport Office",
    "Surname (as in passport): O'NEIL — the machine-readable zone shows ONEIL",
    "P<GBRONEIL<<MARY<<<<<<<<<<<<<<<<<<<<<<<<<<<<<",
    "PX99234114GBR8507122F3001147<<<<<<<<<<<<<<06",
    "Given names: María José; Surname: García Núñez (two surnames, no hyphen)",
    "Father's name: Ahmed Hassan; Mother's maiden name: Fatima Zahra",
    "Marital status: married / casado",
    "Source of funds: savings + sponsor letter from my brother (attached, 6 months of bank statements)",
    "Arriving 12 Mar 2024 (LHR→JFK BA117), departing 19 Mar 2024",
    "Have you traveled to Cuba, Iran, Iraq, Libya, North Korea, Somalia, Sudan, Syria or Yemen on or after 1 March 2011? No",
    "Other passport held: Irish (expired), no. ending ...5521",
    "Intended stay: 90 days (Schengen 90/180 — 34 days already used)",
    "Who pays? Me (self-funded) & my employer reimburses a per diem of $75/day",
    "Emergency contact: Sean O'Neil (husband) +353 87 123 4567",
    "Social media (optional): @mary_travels",
    "Invitation letter from: Dr. Hans-Peter Müller, Klinikum Nord, Hamburg",
    "Home address: 22 O'Connell St., Flat 3B, Dublin 1, D01 X2Y3, Ireland",
    "Name in native script: 山田 太郎 (ヤマダ タロウ)",
    "ФИО латиницей: IVANOVA ANNA (как в загранпаспорте)",
    "Religion (optional): prefer not to say",
    "Height: 5'8\" (173 cm); eye colour: brown",
    "Distinguishing marks: scar above left eye ~2cm",
    "Hotel booking ref for the visa: 8DJK2P (free cancellation — is that accepted?)",
    "Bank balance: € 4,250.00 (≥ €100/day × 30 days required)",
    "Previous visits to Japan: 2018 (14 days), 2022 (7 days) — visa-exempt",
    "Visa type: C (short stay), multiple entry, validity requested 12 MAR – 11 SEP",
    "Purpose (e-visa): e-Tourist Visa — yoga retreat in Rishikesh",
    "Infectious disease? No. Yellow fever certificate: yes (09/2019, valid for life)",
    "Diplomatic/official passport? No — ordinary (type P)",
    "Passport lost? Yes, stolen in Barcelona 2022; police report no. 08019/22/004512",
    "Name change: married 2015 → O'Neil (previously Murphy)",
    "Kinder im Pass eingetragen? Nein, die Kinder haben eigene Reisepässe",
    "Profession : enseignante (lycée), adresse pro : 5 rue de l'École, 33000 Bordeaux",
    "Dirección en España: C/ de Sant Joan 12, 3º 2ª, 08001 Barcelona",
    "Citizenship: Canada; formerly Hong Kong (BN(O) passport — does that count as a nationality?)",
    "Occupation: executive assistant; employer: The Union Club, London SW1",
    "Military service: yes, 2004-2006, conscript (Finland) — no combat role",
]

LITERALS["concierge-chat"] = [
    "Hi! Could you book a table for 4 at 8pm tonight? Somewhere with a terrace & vegetarian options",
    "Best way from the hotel to the Louvre — metro or taxi? We have a stroller.",
    "Can you print our boarding passes? Sending the PDF now",
    "Here's the map link: https://maps.google.com/?q=48.8584,2.2945",
    "Confirmation: https://www.booking.example/confirmation?ref=8DJK2P&lang=en-gb&pin=4417",
    "Is the rooftop bar open on Sundays? & is there a dress code?",
    "Could you arrange a taxi to CDG at 05:15? Flight AF1381 at 07:10, T2F",
    "Do you have a USB-C charger we could borrow? Ours died :(",
    "Where can I get a SIM card? Need > 10 GB of data for a week",
    "The safe in room 1204 is locked with our passports inside & we forgot the code!!",
    "Can I send some laundry? 3 shirts + 1 suit, need it back by 7am tomorrow",
    "Kann ich ein Fahrrad mieten? Für 2 Personen, morgen 9 Uhr",
    "¿Nos recomienda un sitio para cenar paella cerca del puerto? Nada turístico por favor 😅",
    "Bonjour, est-ce possible d'avoir un deuxième oreiller ? Merci !",
    "Are the 10:15 tickets still available? https://tickets.museum.example/book?date=2024-06-14&time=10:15&adults=2",
    "We'd like the 'Sunset Cruise' — 2 adults, 1 kid (7y); pick-up at the hotel?",
    "Our flight is delayed → new arrival 01:30. Please don't cancel the room!",
    "What time does breakfast end? 10:30 or 11?",
    "Please book 2 seats at the opera on Sat — budget < €150 each",
    "Hey, the wifi keeps dropping in 512. Router reboot? 🙏",
    "Pharmacy open 24/7 nearby? I need ibuprofen and something to help me sleep (jet lag)",
    "Is there a shuttle to Union Station? What time is the first one?",
    "Thanks for the tip about the 'secret' beach — amazing!!",
    "Could you email the invoice as PDF to mary.oneil@mail.example? Company: ACME; VAT: IE1234567T",
    "Need towels & an extra blanket for 2 kids please",
    "Directions: https://www.google.com/maps/dir/Hotel+Alpenrose,+Zermatt/Gornergrat/@45.99,7.75,13z",
    "Is the cable car open if the wind is > 60 km/h?",
    "Birthday cake for Sat please — 'Happy 40th Sean!' on it, chocolate, no nuts",
    "Is it safe to walk back from the old town after midnight?",
    "Can the driver wait 15 min at the winery? We'll pay extra",
    "I left my glasses in the taxi (plate CDE-4471). Could you call the company?",
    "Do you have adapters for UK plugs? Type G → Type C",
    "Please confirm: dinner tomorrow 19:30, 'Trattoria da Enzo', 6 people (2 high chairs)",
    "Is the tap water ok to drink?",
    "Our apartment: https://stay.example/rooms/48213377?check_in=2024-03-12&check_out=2024-03-19&adults=2 — can we leave luggage with you before check-in?",
    "Ferry tickets: https://tickets.ferry.example/b/4XQ8LM?pax=2&car=1#details",
    "Could you call the restaurant and ask if they can do a gluten-free pizza? My Italian is terrible 😂",
    "Spa: 2 massages 60 min, Thu 17:00 & 18:00 — or both at 17:00 side by side?",
    "The GPS takes us to the 'Union Square' garage to drop the rental car, is that right?",
    "The alarm clock went off at 5 am — someone set it before us. How do I turn it off?",
    "ok thx! <3",
    "Quiet place to work with good wifi for 2-3h — co-working nearby? budget ~20€",
    "Kid's temperature is 39°C — is there an English-speaking doctor who can come to the hotel?",
    "Could you write 'please take me to the hotel' in Japanese for the taxi driver?",
    "ホテルまでお願いします — is that right?",
    "Can you check me in online? Seat preference: aisle, front (rows 1–10)",
    "Please cancel the 7am wake-up call; flight moved to 11:40",
    "Sagrada Família says 'no availability' online — any chance via the concierge?",
    "How much is a taxi to the airport, roughly? $40? $60?",
    "We check out at 11 but the train is at 16:05 — can we leave bags & use a shower?",
    "Where's the nearest ATM that doesn't charge > €5 per withdrawal?",
]

# ---------------------------------------------------------------------------
# Small hand-written pools for the template functions
# ---------------------------------------------------------------------------

SURNAMES = ["O'NEIL", "O'CONNOR", "D'SOUZA", "MACLEOD", "DE LA CRUZ", "VAN DER BERG",
            "AL-FARSI", "NGUYEN", "GARCIA LOPEZ", "MUELLER", "KOWALSKA", "ROSSI",
            "TANAKA", "PAPADOPOULOS", "SILVA", "BEN-DAVID", "ABDULLAH", "OKAFOR",
            "LEFEBVRE", "ANDERSSON", "CHEN", "PATEL", "IVANOV", "DUBOIS", "FITZGERALD"]
GIVEN = ["MARY", "SEAN", "AOIFE", "JUAN CARLOS", "MARIA JOSE", "HANS PETER", "YUKI",
         "OLUWASEUN", "JEAN-LUC", "ANNA", "WEI", "PRIYA", "NOA", "FATIMA", "LUCA",
         "SIOBHAN", "KWAME", "INGRID"]
TITLES = ["MR", "MRS", "MS", "MISS", "MSTR", "DR", "PROF"]
AIRPORTS = ["LHR", "JFK", "CDG", "FRA", "AMS", "MAD", "BCN", "FCO", "IST", "DXB", "DOH",
            "SIN", "HKG", "NRT", "HND", "ICN", "SYD", "LAX", "SFO", "ORD", "YYZ", "GRU",
            "JNB", "NBO", "DEL", "BKK", "ZRH", "VIE", "CPH", "DUB", "LIS", "ATH", "MEX"]
AIRLINES = ["BA", "AF", "LH", "KL", "IB", "AZ", "TK", "EK", "QR", "SQ", "CX", "JL",
            "KE", "QF", "AA", "UA", "DL", "AC", "LA", "SA", "KQ", "AI", "TG", "LX",
            "OS", "SK", "EI", "TP", "A3", "AM"]
MONTHS = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
MONTHS_TC = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
CURRENCIES = ["EUR", "USD", "GBP", "CHF", "JPY", "AUD", "CAD", "SEK", "TRY", "INR"]
PNR_CHARS = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"


def pnr(rng):
    return "".join(rng.choice(PNR_CHARS) for _ in range(6))


def hhmm(rng):
    return "%02d%02d" % (rng.randrange(0, 24), rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]))


def hh_colon_mm(rng):
    t = hhmm(rng)
    return t[:2] + ":" + t[2:]


def two_airports(rng):
    a = rng.choice(AIRPORTS)
    b = rng.choice([x for x in AIRPORTS if x != a])
    return a, b


# ---------------------------------------------------------------------------
# Template functions (one value per call)
# ---------------------------------------------------------------------------

def t_passenger_name(rng):
    s, g = rng.choice(SURNAMES), rng.choice(GIVEN)
    form = rng.randrange(4)
    if form == 0:
        return "%s/%s %s" % (s, g, rng.choice(TITLES))
    if form == 1:
        return "%s/%s%s" % (s.replace("'", "").replace(" ", ""), g.replace(" ", ""), rng.choice(TITLES))
    if form == 2:
        return "%s %s" % (g.title(), s.title())
    return "%s, %s (%s)" % (s.title(), g.title(), rng.choice(["adult", "child 7", "infant", "senior", "student"]))


def t_itinerary(rng):
    a, b = two_airports(rng)
    al = rng.choice(AIRLINES)
    num = rng.randrange(1, 2000)
    day = "%02d%s" % (rng.randrange(1, 29), rng.choice(MONTHS))
    form = rng.randrange(3)
    if form == 0:
        return "%s-%s %s%d %s %s/%s" % (a, b, al, num, day, hhmm(rng), hhmm(rng))
    if form == 1:
        return "%d. %s%d %s %s %s%s HK%d %s %s" % (rng.randrange(1, 5), al, num, rng.choice("YBMHKLQJCF"),
                                                day, a, b, rng.randrange(1, 5), hhmm(rng), hhmm(rng))
    return "%s → %s (%s %d), dep %s, connection < %d min" % (a, b, al, num, hh_colon_mm(rng), rng.choice([40, 45, 50, 60, 75, 90]))


SSR_CODES = ["VGML", "AVML", "KSML", "MOML", "HNML", "DBML", "GFML", "CHML", "BBML",
             "WCHR", "WCHS", "WCHC", "BLND", "DEAF", "BSCT", "PETC", "MAAS", "LANG", "UMNR"]


def t_ssr_remark(rng):
    form = rng.randrange(3)
    al = rng.choice(AIRLINES)
    if form == 0:
        return "SSR %s %s HK1/P%d" % (rng.choice(SSR_CODES), al, rng.randrange(1, 6))
    if form == 1:
        return "FQTV %s %d/P%d" % (al, rng.randrange(10**7, 10**9), rng.randrange(1, 5))
    return "RQST seat %d%s/P%d; %s" % (rng.randrange(1, 45), rng.choice("ABCDEFHJK"), rng.randrange(1, 5),
                                       rng.choice(["aisle pls", "window > aisle", "not an exit row",
                                                   "next to P1 (child)", "front cabin if poss."]))


OFFICES = ["PARAF2100", "LONBA08AA", "MUC1A0980", "NYC1S2111", "SYDQF0400"]


def t_gds_entry(rng):
    a, b = two_airports(rng)
    form = rng.randrange(5)
    if form == 0:
        return "AN%02d%s%s%s/A%s" % (rng.randrange(1, 29), rng.choice(MONTHS), a, b, rng.choice(AIRLINES))
    if form == 1:
        return "QP/%s/%dC%d" % (rng.choice(OFFICES), rng.randrange(0, 99), rng.randrange(0, 9))
    if form == 2:
        return "RT%s" % pnr(rng)
    if form == 3:
        return "SS%d%s%d" % (rng.randrange(1, 5), rng.choice("YBMHKLQ"), rng.randrange(1, 9))
    return "NM1%s/%s %s" % (rng.choice(SURNAMES).replace("'", "").replace(" ", ""),
                           rng.choice(GIVEN).replace(" ", ""), rng.choice(TITLES))


FARE_TYPES = ["Saver", "Basic", "Classic", "Flex", "Economy Light", "Premium Flex", "Business Saver"]
REFUNDABILITY = ["non-ref", "refundable minus fee", "taxes refundable only", "refund to voucher only",
                 "no-show = total loss"]
BAGS = ["1PC 23KG", "0PC, cabin bag only", "2PC 23KG", "1PC 32KG", "hand luggage 8 kg"]


def t_fare_rule(rng):
    cur = rng.choice(CURRENCIES)
    return "%s: chg fee %s %d + diff; %s; %s" % (rng.choice(FARE_TYPES), cur, rng.choice([0, 25, 30, 50, 70, 100, 150, 200]),
                                                  rng.choice(REFUNDABILITY), rng.choice(BAGS))


HOTEL_REQS = ["high floor", "quiet room", "twin beds", "extra pillows", "late checkout 13:00",
              "baby cot", "room near the lift", "non-smoking", "feather-free bedding",
              "fridge for medication", "parking space", "ground floor (can't do stairs)"]
CAR_GROUPS = ["Group A (Fiat 500 or similar)", "Group C (VW Golf or similar)", "Group F estate",
              "SUV 7 seats", "automatic, compact", "EV (Renault Zoe or similar)"]
CAR_LOCS = ["LHR T5", "CDG T2", "FAO airport", "Lisbon Oriente", "Union Station", "MUC airport", "Porto Campanhã"]


def t_hotel_car_note(rng):
    if rng.randrange(2) == 0:
        r1 = rng.choice(HOTEL_REQS)
        r2 = rng.choice([x for x in HOTEL_REQS if x != r1])
        return "%s & %s please; arriving around %s" % (r1.capitalize(), r2, hh_colon_mm(rng))
    m = rng.randrange(12)
    d = rng.randrange(1, 22)
    return "Pickup %s %d %s %s, return %s %d %s %s; %s" % (
        rng.choice(CAR_LOCS), d, MONTHS_TC[m], hh_colon_mm(rng), rng.choice(CAR_LOCS),
        d + rng.randrange(1, 8), MONTHS_TC[m], hh_colon_mm(rng), rng.choice(CAR_GROUPS))


REVIEW_A = ["Room was spotless", "The bed was way too soft", "Staff went out of their way for us",
            "Breakfast buffet was huge", "Check-in was quick", "Pool was freezing",
            "Location can't be beaten", "Walls are paper-thin", "Shower pressure was great",
            "Parking cost €30/night (!)", "The lift was out of order for 2 days"]
REVIEW_B = ["would come back", "wouldn't recommend for families", "good value for the money",
            "overpriced for what it is", "ask for a room facing the courtyard",
            "the bar closes at 11 which is early", "bring earplugs", "kids loved it"]


def t_review(rng):
    return "%s; %s. %d/5" % (rng.choice(REVIEW_A), rng.choice(REVIEW_B), rng.randrange(1, 6))


REFUND_REASONS = ["flight cancelled by airline", "schedule change > 3h", "illness (doctor's note attached)",
                  "double charge", "hotel closed the pool without notice", "visa not issued in time",
                  "car not available at pickup", "tour cancelled due to weather"]


def t_refund_request(rng):
    return "Refund request %s: %s — amount %s %d.%02d" % (pnr(rng), rng.choice(REFUND_REASONS),
                                                          rng.choice(CURRENCIES), rng.randrange(20, 3000), rng.randrange(100))


NATIONALITIES = ["Irish", "British", "German", "French", "Spanish", "Japanese", "Brazilian",
                 "Nigerian", "Indian", "Canadian", "Polish", "Turkish", "Vietnamese"]


def t_travel_doc(rng):
    if rng.randrange(2) == 0:
        y = rng.randrange(2016, 2024)
        return "Passport no.: %s%07d; issued %02d/%02d/%d; expires %02d/%02d/%d; nationality: %s" % (
            rng.choice(["PX", "C0", "LK", "AB", "XN"]), rng.randrange(10**7), rng.randrange(1, 29),
            rng.randrange(1, 13), y, rng.randrange(1, 29), rng.randrange(1, 13), y + 10, rng.choice(NATIONALITIES))
    return "Previous visit to %s: %d (%d days), purpose: %s" % (
        rng.choice(["the USA", "Japan", "the UK", "the Schengen area", "India", "Australia", "China"]),
        rng.randrange(2010, 2024), rng.randrange(3, 40), rng.choice(["tourism", "business", "family visit", "conference", "transit"]))


CONCIERGE_ACTIONS = ["book a table", "reserve a taxi", "get theatre tickets", "book a guided tour",
                     "arrange a boat trip", "book a cooking class", "reserve bikes"]
HOTEL_SLUGS = ["alpenrose", "grand-lisboa", "harbourview", "hotel-du-parc", "sakura-inn"]
LANGS = ["en-gb", "de-de", "fr-fr", "es-es", "ja-jp", "it-it"]


def t_concierge_chat(rng):
    form = rng.randrange(3)
    if form == 0:
        return "Could you %s for %d at %s? Thanks!" % (rng.choice(CONCIERGE_ACTIONS), rng.randrange(1, 9), hh_colon_mm(rng))
    if form == 1:
        return "https://www.%s.example/reservations/%s?lang=%s&guests=%d&nights=%d" % (
            rng.choice(HOTEL_SLUGS), pnr(rng), rng.choice(LANGS), rng.randrange(1, 6), rng.randrange(1, 15))
    return "Map: https://www.google.com/maps/search/?api=1&query=%.4f,%.4f — how long is the walk?" % (
        rng.uniform(35.0, 60.0), rng.uniform(-9.0, 25.0))


TEMPLATES = {
    "passenger-name": t_passenger_name,
    "itinerary": t_itinerary,
    "ssr-remark": t_ssr_remark,
    "gds-entry": t_gds_entry,
    "fare-rule": t_fare_rule,
    "hotel-car-note": t_hotel_car_note,
    "review": t_review,
    "refund-request": t_refund_request,
    "travel-doc": t_travel_doc,
    "concierge-chat": t_concierge_chat,
}


def main():
    rng = random.Random(SEED)
    rows = []
    seen = {}
    stats = []
    for cat, lits in LITERALS.items():
        vals = []
        for v in lits:
            if v in seen:
                raise SystemExit("duplicate literal in %s: %r" % (cat, v))
            seen[v] = cat
            vals.append(v)
        n_lit = len(vals)
        tries = 0
        while len(vals) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit("template exhausted for " + cat)
            v = TEMPLATES[cat](rng)
            if v in seen:
                continue
            seen[v] = cat
            vals.append(v)
        if n_lit < 0.55 * PER_CATEGORY:
            raise SystemExit("too few literals in " + cat)
        stats.append((cat, len(vals), n_lit))
        for v in vals:
            rows.append((cat, v))
    out = Path(__file__).with_name("benign.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, v) in enumerate(rows, 1):
            assert isinstance(v, str) and v and len(v) <= 1800
            obj = {"id": "%s-%05d" % (PREFIX, i), "category": cat, "label": "benign", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, n, n_lit in stats:
        total_lit += n_lit
        print("%-16s %3d  (literals %d)" % (cat, n, n_lit))
    print("total %d benign values, %d hand-written literals -> %s" % (len(rows), total_lit, out.name))


if __name__ == "__main__":
    main()
