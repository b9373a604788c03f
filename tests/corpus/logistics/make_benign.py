"""Held-out benign corpus: logistics and supply-chain text (hb33).

Values are what operators, drivers, customers and customs brokers really type
into the ordinary fields of a freight forwarder's portal, a warehouse
management system (WMS), a carrier's tracking API and a customs filing tool:
delivery instructions, shipment references, pasted EDI segments, customs
descriptions, dangerous-goods declarations, warehouse locations and labels,
incident / proof-of-delivery notes, multilingual addresses, rate quotes and
route plans, and internal ops tickets.

Every value was written for this corpus.  Each category holds hand-written
literals plus a few small templates over hand-written pools (container
numbers, AWB numbers and GS1 check digits are computed).  Output is
byte-identical on every run: one fixed random.Random(SEED), no set iteration.

Run:  python3 make_benign.py   (writes benign.jsonl next to this file)
"""

import json
import random
import sys
from pathlib import Path

SEED = 3301
PREFIX = "hb33"
PER_CATEGORY = 80
MAX_LEN = 1800

# ---------------------------------------------------------------------------
# 1. delivery_instructions
# ---------------------------------------------------------------------------
DELIVERY = [
    "Leave at dock 3; call 10 min before arrival — ask for Jürgen at the gate.",
    "Deliver to rear entrance (Union St side), NOT the shop front. Tail-lift required, no dock.",
    "Drop trailer at bay 14 & pick up the empty from bay 9; seal # must match the BOL.",
    "Booking required: slots 06:00–10:00 only. Ring 0161 496 0000 ext. 22 > if no answer, text the yard marshal.",
    "Don't leave with the concierge — consignee says parcels 'disappeared' last time.",
    "Site closes at 15:30 on Fridays; gate code is in the booking email, not here.",
    "Please select 'signature required' — high value (>€5,000).",
    "Zustellung nur Mo–Fr 7–14 Uhr, Rampe 2; Ware bitte nicht stapeln!",
    "Livraison par l'arrière du bâtiment, sonner chez « Réception marchandises ».",
    "Entregar en el muelle 4; el conductor debe llevar chaleco y botas de seguridad.",
    "请在送货前30分钟致电仓库，卸货平台在B栋。",
    "倉庫の裏口に置いてください。雨の日はシートを掛けてください。",
    "Forklift on site — no hand-ball needed. Max 26 pallets; union rules mean our guys unload, driver stays in cab.",
    "Driver must watch the site induction video first (10 min) — link was sent to your dispatcher.",
    "Customer wants POD photos of all 4 sides + the seal. If shrink-wrap is torn, note it on the CMR *before* signing.",
    "Gate 2 only. Height restriction 4.0 m -> no double-deck trailers.",
    "Residential: narrow lane, use a 7.5t rigid, not an artic. Park at #42 and walk up.",
    "Reefer: keep at +2/+8 °C, don't switch the unit off while waiting in the queue.",
    "Tuesday AM ONLY -- store is closed for stock-take on Wed/Thu.",
    "Hospital delivery: goods-in is Level -1, follow signs for 'Pharmacy Stores'; never drop at A&E!",
    "If nobody at reception: leave in the cage marked \"RETURNS\" & send a photo to goodsin@harbourview-foods.co.uk",
    "Side-loading only (curtain-sider); the dock is under repair until 14/06.",
    "No overnight parking / no sleeping in the cab on site — arrive after 05:30, not before.",
    "Contact: Mrs O'Brien (stores) 07700 900123 / backup: Dave — just ask for \"Dave in goods-in\".",
    "No forklift at consignee: bring a hand pallet truck. 2-man delivery, room of choice (2nd floor, no lift).",
    "Deliver to: Unit 5 | Bay C | Door 12. Our PO must be on the delivery note or goods are refused.",
    "Time-critical: production line stops at 14:00 if parts aren't here. Escalate to the 24/7 desk -> +44 20 7946 0000.",
    "ADR vehicle required; park in the DG bay (yellow lines), not by the main warehouse.",
    "Container to be dropped on chassis; consignee devans & we collect the empty next day. Free time 2 days, then $75/day.",
    "Before 9 a.m. please -> kitchen receives produce; chilled first, ambient after.",
    "Use the lorry lift at the back; the front door has 3 steps & can't take a pallet jack.",
    "Ring the bell twice, the warehouse is loud. Don't knock on the office window :)",
    "Mall delivery: service corridor B, loading window 22:00–06:00, security will escort you. Bring ID!",
    "Call the customer 30 min prior (she works from home — \"ring, don't knock, baby asleep\").",
    "Neutral delivery: no invoices or price tags in the boxes, the customer is a reseller.",
    "El portón se cierra a las 13:00 — después, llamar a Ramón al 611 22 33 44.",
    "Consegna al piano terra, citofono \"Magazzino Rossi\"; niente consegne il sabato.",
    "Dostawa tylko po wcześniejszym awizo — rampa nr 5, wjazd od ul. Kolejowej.",
    "Teslimat için depo sorumlusu Ahmet Bey'i arayın; forklift mevcut.",
    "Доставка только в рабочие дни, въезд через КПП №2, пропуск заказать заранее.",
    "Palletise by SKU; max 1.8 m high incl. pallet; do not double stack (fragile – glass).",
    "Cross-dock: break bulk & re-label to shop codes, then load on trailer T-22 for the 16:00 trunk.",
    "Site has a 'no reversing without banksman' rule — wait for the marshal in hi-vis.",
    "White-glove: unbox, assemble & remove packaging; take the old sofa away (customer paid the $49 fee).",
    "Deliver to locker \"ParcelBox #3\" – the code will be SMS'd. If the locker is full → nearest pick-up point.",
    "Road works on the A34 southbound; use junction 13 & the B4494 instead.",
    "Collect 3 pallets of returns when you drop; paperwork = RMA 55120, 55121 & 55124.",
    "Signature from a named person only: Priya S. or Tom W. — no 'neighbour' or 'porch'.",
    "Keep upright ↑↑ — the load includes a lab fridge. Tilt < 15° max.",
    "Bring the drop & hook paperwork; old trailer 4471 goes back to Felixstowe.",
    "Use Gate \"C\" — sat-nav brings you to Gate A, which is locked after 6pm.",
    "Goods-in is closed 12:00–12:45 for lunch; no unloading during that window.",
    "Instructions:\n1) Report to the gatehouse\n2) Hand in your keys\n3) Wait for the bay number on the screen\n4) Chock wheels before the dock door opens",
    "If it rains, use the covered bay (door 6) -> paper goods, must stay dry!",
    "Please don't block the fire lane between dock 1 & dock 2; the fire brigade inspected last week.",
    "Deliver w/c 17 June, any day EXCEPT Wednesday; customer's warehouse is shut for the union meeting.",
]


def tpl_delivery(rng):
    where = rng.choice(["dock", "bay", "door", "ramp", "gate"])
    first = rng.choice([
        "Leave at {w} {n}", "Unload at {w} {n}", "Deliver to {w} {n}",
        "Use {w} {n} only", "Report to {w} {n}",
    ]).format(w=where, n=rng.randint(1, 24))
    second = rng.choice([
        "call {m} min before", "ring {name} {m} min ahead",
        "ask for {name} in goods-in", "booking ref must be on the CMR",
        "tail-lift needed", "no deliveries after {h}:00",
        "max {p} pallets per drop", "site speed limit 10 km/h",
    ]).format(m=rng.choice([10, 15, 20, 30, 45]),
              name=rng.choice(["Jürgen", "O'Neill", "Mrs Patel", "Zoë", "Kasia", "Mehmet", "Luis"]),
              h=rng.randint(13, 18), p=rng.randint(4, 33))
    sep = rng.choice(["; ", " — ", " & ", ", ", " / "])
    tail = rng.choice(["", "", ".", "!", " (thanks!)", " – cheers"])
    return first + sep + second + tail


# ---------------------------------------------------------------------------
# 2. shipment_refs (search boxes, reference fields)
# ---------------------------------------------------------------------------
REFS = [
    "MEDU4471129",
    "MSCU 481230-7",
    "Container MRKU2219874 -- seal ML-0047712, VGM 27,430 kg",
    "1Z4F17W80398442610",
    "PO#4500012345 / SO 778812",
    "BL: SHA2024-11873; HBL 'FFX-HBL-000912'",
    "AWB 176-12345675",
    "CMR 0045821 / trailer GB-KX19 ABC",
    "Where is my order #A-10293? it's been 'in transit' since Monday!!",
    "O'Neill Fabrications Ltd",
    "\"D'Angelo & Sons\" shipments March",
    "Booking ref: HLCUHAM240512345; vessel 'CAPE ORION' voy. 214W",
    "HAWB LHR-0099812 / MAWB 125-44102233",
    "Ref: ‘PL-2291’ — packing list rev. 3 (supersedes rev. 2)",
    "Sendungsnummer 00340434161234567890",
    "运单号 SF1402937748123",
    "追跡番号 4321-8765-0987",
    "номер накладной 10-2247-3381",
    "ticket #8812 re: shipment UNION-PACK-0045",
    "DROP-SHIP-0771",
    "Order 11872; 11873; 11874 (split delivery)",
    "BOL# 7781-22/A | PRO 0412-998810",
    "C:\\Users\\dispatch\\Downloads\\BOL_7781.pdf",
    "https://track.northbay-freight.example/?tn=NB7781220412&lang=en",
    "status:delayed carrier:\"DB Schenker\" eta<2024-06-12",
    "SH771203, SH771204, SH771207",
    "ref = INV-2024-0042 (credit note CN-0042 issued)",
    "Shipment SH-771203/2 of 3",
    "all orders for Smith & Co. > 500 kg",
    "RMA 55120 — return of 3 pallets",
    "FedEx? no — it's TNT: 123 456 789 (consignment), 1 of 4",
    "L'Oréal pallets wk24",
    "Müller GmbH & Co. KG — Lieferung KW 24",
    "booking 'OOLU2714420180' (CNNGB → NLRTM)",
    "HLXU 876543 2 + HLXU 876544 8",
    "PRO#: 0412998810; BOL#: 7781-22",
    "container no. / seal no. TGHU8721045 / 00471122",
    "customer ref \"Q3-PROMO/ENDCAP\"",
    "select * shipments this week with POD missing",
    "DE-HAM-2024-000871 / DE-BRE-2024-000112",
    "manifest MNF_20240611_0932.csv",
    "sscc 003 5012345 000004471 6",
    "Job no. FF/24/0871 (air export, LHR)",
    "tracking: NB-7781-220412 -- shows \"exception: address incomplete\"",
    "ASN 4471 (DESADV) vs PO 4500012345 — qty mismatch",
    "shipments where consignee = 'Harbourview Foods' and status != delivered",
    "AWB 618-44271163, 3 pcs / 142 kg",
    "Réf. client : CMD-2024-06/118 — « urgent »",
    "#SH771203 #SH771209 #SH771211",
    "/track/SH771203",
    "Invoice 2024/0042 & 2024/0043",
    "eBay order 12-11873-44712 → returned?",
]

OWNER_CODES = ["MRK", "MSC", "TGH", "HLX", "CMA", "OOL", "EGL", "TCN", "FSC", "SEG", "GES", "BMO"]
LETTER_VALUES = {}


def _container_letter_values():
    value = 10
    for ch in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        if value % 11 == 0:
            value += 1
        LETTER_VALUES[ch] = value
        value += 1


_container_letter_values()


def container_number(rng):
    """ISO 6346 container number with a computed check digit."""
    owner = rng.choice(OWNER_CODES) + "U"
    serial = "".join(str(rng.randint(0, 9)) for _ in range(6))
    body = owner + serial
    total = 0
    for i, ch in enumerate(body):
        v = LETTER_VALUES[ch] if ch.isalpha() else int(ch)
        total += v * (2 ** i)
    check = total % 11 % 10
    return body + str(check)


def awb_number(rng):
    prefix = rng.choice(["020", "057", "074", "125", "176", "180", "618", "157"])
    serial = rng.randint(1000000, 9999999)
    return "%s-%07d%d" % (prefix, serial, serial % 7)


def tpl_refs(rng):
    kind = rng.randint(0, 3)
    if kind == 0:
        return rng.choice([
            "Container {c} — ETA?", "{c} / seal {s}", "where is {c}??",
            "{c} still on hold at customs?", "demurrage on {c} since {d}/06",
        ]).format(c=container_number(rng), s=rng.randint(100000, 999999), d=rng.randint(1, 28))
    if kind == 1:
        return rng.choice([
            "AWB {a}", "MAWB {a} ({p} pcs)", "{a} — flight delayed", "awb {a} & {b}",
        ]).format(a=awb_number(rng), b=awb_number(rng), p=rng.randint(1, 40))
    if kind == 2:
        return "SH%06d%s" % (rng.randint(700000, 799999), rng.choice(["", "/2", " (split)", "; PO %d" % rng.randint(4500000000, 4500099999)]))
    return rng.choice([
        "PO#{po} / SO {so}", "PO {po} & SO {so}", "SO {so} -> PO {po}",
    ]).format(po=rng.randint(4500000000, 4500099999), so=rng.randint(700000, 899999))


# ---------------------------------------------------------------------------
# 3. edi_segments (X12 / EDIFACT as operators paste them)
# ---------------------------------------------------------------------------
EDI = [
    "ISA*00*          *00*          *ZZ*NORTHBAYFRT    *ZZ*ACMEWHSE       *240611*0932*U*00401*000004471*0*P*>~",
    "GS*SM*NORTHBAYFRT*ACMEWHSE*20240611*0932*4471*X*004010~",
    "ST*204*0001~B2**NBFT**SH771203**PP~B2A*00~L11*PO778812*PO~",
    "N1*SH*HARBOURVIEW FOODS LTD~N3*UNIT 5, QUAYSIDE RD~N4*HULL**HU1 2AB*GB~",
    "AT7*X6*NS***20240611*1412*LT~MS1*ROTTERDAM**NL~",
    "HL*1**S~TD1*PLT*4****G*1820*KG~TD5**2*NBFT*M~REF*BM*SH771203~",
    "UNB+UNOC:3+NBFREIGHT:ZZZ+ACMEWMS:ZZZ+240611:0932+4471'",
    "UNH+1+IFTMIN:D:96A:UN'BGM+610+SH771203+9'DTM+137:202406110932:203'",
    "FTX+AAA+++FROZEN FISH FILLETS?, KEEP AT -18 C'",
    "FTX+DEL+++LEAVE AT DOCK 3?' CALL 10 MIN BEFORE'",
    "TDT+20+214W+1++MAEU:172:20+++9876543:146::CAPE ORION'",
    "EQD+CN+MRKU2219874+45G1:102:5+++5'MEA+AAE+VGM+KGM:27430'SEL+ML-0047712+CA'",
    "DGS+IMD+3+1993+23:CEL+II+F-E,S-E'",
    "LOC+9+NLRTM:139:6'LOC+11+CNSHA:139:6'",
    "UNT+24+1'UNZ+1+4471'",
    "SE*38*0001~GE*1*4471~IEA*1*000004471~",
    "ISA*00*          *00*          *02*SCAC           *ZZ*NBFT           *240611*1740*U*00401*000000112*0*P*>~\nGS*QM*SCAC*NBFT*20240611*1740*112*X*004010~\nST*214*0001~\nB10*0412998810*SH771203*NBFT~\nAT7*D1*NS***20240611*1732*LT~\nSE*4*0001~",
    "Partner keeps sending B2A*01 (cancel) instead of B2A*04 (change) — please map 04 => update, not delete.",
    "Their 997s arrive with a line break after each segment; our parser chokes on 'ST*997*0001~' followed by \\r\\n.",
    "Why was UNH+1+IFTSTA:D:01B:UN' rejected? The CONTRL says error 12 at segment 7 — I think it's STS+1+21'.",
    "X12 element separator '*' clashes with the consignee name \"A*STAR LOGISTICS\" — ask them to switch to '|'.",
    "UNA:+.? '",
    "NAD+CZ+4012345000009::9++NORTHBAY FREIGHT LTD+QUAYSIDE RD 5+HULL++HU1 2AB+GB'",
    "CNT+7:1820:KGM'CNT+11:4'",
    "GID+1+4:PX'PIA+5+4471-BLK:SA'QTY+12:48:PCE'",
    "STS+1+21+:::DELIVERED IN GOOD ORDER'RFF+CN:SH771203'",
    "N9*BM*7781-22~G62*11*20240611*8*0932~",
    "LX*1~L5*1*FROZEN FISH*0303.89*N~L0*1***18000*G***PLT~",
    "MAN*GM*00340123450000447163~",
    "S5*1*LD*1820*L*4*PL~G62*69*20240611*U*0900~",
    "PRF*4500012345***20240605~",
    "L3*18000*G*1850*FR*185000**2150*PL~",
    "K1*CALL 10 MIN BEFORE ARRIVAL; RAMP 3*NO DOUBLE STACK~",
    "Can someone check the 856? Segment REF*CN*NB7781220412~ is missing on half of the ASNs since the mapping change.",
    "UNB+UNOA:2+5013546000001:14+4012345000009:14+240611:1200+00000000000771++DESADV'",
    "BGM+351+ASN4471+9'DTM+11:20240611:102'RFF+ON:4500012345'",
    "FTX+HAN+++DO NOT DOUBLE STACK?+ KEEP DRY'",
    "CPS+1'PAC+4++201'PCI+33E'GIN+BJ+003401234500000123'",
    "IMD+F++:::BRASS PIPE UNION 1/2 INCH BSP'",
    "TSR+27+2:::2'",
    "Mapping question: in IFTMIN, is the delivery instruction FTX+DEL or FTX+DIN? The partner sends DIN and we lose it.",
    "Error: 'Segment ~GE~ found without matching ~GS~' (file 214_20240611.edi, line 38)",
    "ISA13 control number 000004471 was reused — their system rejects duplicates within 30 days, please bump to 000004472.",
    "X12 5010 vs 4010: the 210 invoice has L7 in 4010 but they want L1 only — sample: L1*1*185*FR*18500~",
    "UNOC char set needed for \"Müller & Söhne\" — UNOA would strip the umlauts.",
    "DTM+132:202406121400:203'DTM+133:202406131600:203'",
    "TOD+6++DAP:::DELIVERED AT PLACE'",
    "MOA+64:1850.00:USD'",
    "QTY+52:26'MEA+WT+G+KGM:18000'MEA+VOL++MTQ:63.5'",
]

X12_STATUS = ["X1", "X3", "X6", "AF", "D1", "AG", "SD", "P1", "X4", "AI"]
X12_REASON = ["NS", "A1", "AJ", "BG", "B1", "AM"]
CITIES = [("ROTTERDAM", "NL"), ("HAMBURG", "DE"), ("FELIXSTOWE", "GB"), ("ANTWERP", "BE"),
          ("GDANSK", "PL"), ("VALENCIA", "ES"), ("GENOVA", "IT"), ("LE HAVRE", "FR")]
UNLOCODES = ["NLRTM", "DEHAM", "GBFXT", "BEANR", "PLGDN", "ESVLC", "ITGOA", "FRLEH", "CNSHA", "SGSIN", "USNYC"]


def tpl_edi(rng):
    kind = rng.randint(0, 2)
    if kind == 0:
        city, cc = rng.choice(CITIES)
        return "AT7*%s*%s***202406%02d*%02d%02d*LT~MS1*%s**%s~" % (
            rng.choice(X12_STATUS), rng.choice(X12_REASON), rng.randint(1, 28),
            rng.randint(0, 23), rng.randint(0, 59), city, cc)
    if kind == 1:
        return "LOC+%d+%s:139:6'DTM+%d:202406%02d%02d%02d:203'" % (
            rng.choice([5, 9, 11, 88]), rng.choice(UNLOCODES), rng.choice([132, 133, 178]),
            rng.randint(1, 28), rng.randint(0, 23), rng.choice([0, 15, 30, 45]))
    return "TD1*%s*%d****G*%d*KG~REF*BM*SH%06d~" % (
        rng.choice(["PLT", "CTN", "PCS", "DRM"]), rng.randint(1, 40),
        rng.randint(40, 24000), rng.randint(700000, 799999))


# ---------------------------------------------------------------------------
# 4. customs_descriptions
# ---------------------------------------------------------------------------
CUSTOMS = [
    "8471.30.0100 — Portable automatic data processing machines, weight ≤ 10 kg (laptops)",
    "HS 6109.10 T-shirts, 100% cotton, knitted; men's & boys'; origin: BD",
    "0303.89 Frozen fish, whole — \"Trachurus spp.\" — net 18,000 kg",
    "Parts for motor vehicles (brake pads) 8708.30; NOT for aircraft use.",
    "Lithium-ion batteries packed WITH equipment (UN3481, PI 966 Section II)",
    "Wine, red, Côtes du Rhône AOC 2021, 75cl x 12; alc. 14% vol. — excise duty suspended, e-AD attached",
    "Sample of no commercial value — declare $15 for insurance purposes, not $0.00.",
    "Used personal effects / household goods; no food, no weapons, no tobacco.",
    "Cosmetics: 'Rose & Oud' eau de parfum 50ml — contains alcohol (UN1266, LQ)",
    "Description too vague: \"parts\" was rejected by HMRC. Use: steel hex bolts M10x40, zinc-plated, DIN 933.",
    "Declared value: EUR 12.400,00 | Incoterm DAP | preferential origin EU (REX statement on invoice)",
    "Tariff 3926.90.97 vs 3923.10.00? They are plastic *storage* boxes with lids, not packing — maybe 3924.90?",
    "Dual-use check: oscilloscope 200 MHz — below the 3A002 thresholds? Compliance says EAR99.",
    "Drop-forged steel flanges, ASTM A105, 6\" 150# RF — 7307.91",
    "Printed matter: children's books (4901.99), no duty; VAT 0%",
    "Fresh cut roses 'Freedom' 60cm — phytosanitary cert. #KE-2024-118832 attached",
    "Tea, black (fermented), in packings > 3 kg — 0902.40; Assam, India",
    "不锈钢餐具 (stainless steel cutlery) 8215.99 — 200 sets",
    "陶磁器製の食器 (porcelain tableware) 6911.10",
    "زيت زيتون بكر ممتاز (extra virgin olive oil) 1509.20 — 1,200 L in 5 L tins",
    "Replacement parts under warranty — no charge; 'value for customs purposes only: USD 340'",
    "Which CPC: 4000 000 or 4000 C07? The goods were previously exported under temporary admission.",
    "Goods returned: RGR claimed, original export MRN 24GB0012345678901A",
    "Marks & numbers: ACME/LDN/1-40 — 40 cartons, all marked \"MADE IN VIETNAM\"",
    "Toys (9503.00) – CE marked; batteries not included; age 3+",
    "Screenplay scripts, printed & bound — 4901.99, 2 copies for a film festival (no commercial value)",
    "Brass pipe union fittings, 1/2\" BSP, 7412.20 — 500 pcs",
    "Drop-in anchors M8, steel, zinc plated (7318.15)",
    "Alert: ceramic tiles from CN (6907) are subject to anti-dumping duty — check the TARIC measure before release.",
    "Sleep apnea devices (CPAP), medical — 9019.20; importer holds the MDR registration",
    "Blank USB flash drives 8523.51, 32GB — not password-protected, not encrypted (no 5A002 issue)",
    "Section 301 tariffs (list 3) apply: +25% on 8504.40 power adapters",
    "Coffee, not roasted, not decaffeinated (0901.11) — 320 bags x 60 kg, Santos",
    "Olive-wood cutting boards 4419.19; FSC? No — but the wood is not CITES-listed.",
    "Spare parts for marine engines, 8409.99 — ship's stores in transit, vessel 'CAPE ORION'",
    "Men's leather shoes, outer sole rubber (6403.99) — 12 pairs, sizes 41–45",
    "Solar panels 8541.43 — 400 W mono, 31 per pallet x 26 pallets; origin MY (not CN!)",
    "Valeur en douane : 4 520,00 € — Incoterm FCA Lyon ; origine : France",
    "Zolltarifnummer 8481.80 (Ventile) – Ursprung: DE; Präferenznachweis liegt vor",
    "HS 2204.21 — vino tinto D.O. Rioja, 6 x 75 cl, 13,5% vol.",
    "Gift — birthday present from grandma: knitted scarf & 2 books (value £35)",
    "Commercial invoice says 'sample', packing list says 'stock' — which one is right before we file?",
    "Medical devices class IIa, 9018.39 (catheters), sterile — keep below 25 °C",
    "Antique clock > 100 years old (9706.90) — certificate of age from the auction house attached",
    "Polyethylene granules (3901.10), 25 kg bags, 22 t per 20'; density < 0.94",
    "Description: 'SERVER RACK 42U + PDU', 8473.30 / 8537.10 split by value 70/30",
    "Plywood (4412.33), birch face, 18 mm — ISPM 15 not needed for processed wood",
    "Spices: cumin seeds whole (0909.31) — 'Jeera', Rajasthan; aflatoxin cert. attached",
    "EORI GB123456789000 / VAT 123 4567 89 — importer of record: Harbourview Foods Ltd",
    "Temporary export for repair (outward processing), 8517.62 router, s/n RTR-4471-A; re-import expected in 6 weeks",
]

HS_POOL = [
    ("8471.30", "laptops, 14\" screen"), ("6109.10", "cotton T-shirts, knitted"),
    ("9403.60", "wooden furniture (flat-pack desks)"), ("8517.13", "smartphones, refurbished"),
    ("3304.99", "skin-care creams, 50 ml jars"), ("6403.99", "leather shoes"),
    ("8708.30", "brake pads for cars"), ("0901.21", "roasted coffee beans"),
    ("2204.21", "red wine in bottles ≤ 2 L"), ("9503.00", "toys (building blocks)"),
    ("7318.15", "steel bolts M10x40"), ("4901.99", "printed books"),
]
ORIGINS = ["CN", "VN", "DE", "IN", "TR", "US", "BD", "IT", "MX", "PL"]


def tpl_customs(rng):
    hs, desc = rng.choice(HS_POOL)
    return rng.choice([
        "{hs} — {d}; origin {o}; {q} {u}",
        "HS {hs}: {d} ({q} {u}), origin: {o}",
        "{d} — tariff {hs}, {q} {u}, value {cur} {v:,}",
        "{hs} {d} | origin {o} | {cur} {v:,}",
    ]).format(hs=hs, d=desc, o=rng.choice(ORIGINS), q=rng.randint(2, 900),
              u=rng.choice(["cartons", "pcs", "pallets", "kg", "sets"]),
              cur=rng.choice(["USD", "EUR", "GBP"]), v=rng.randint(120, 90000))


# ---------------------------------------------------------------------------
# 5. dg_declarations (dangerous goods)
# ---------------------------------------------------------------------------
DG = [
    "UN1993, FLAMMABLE LIQUID, N.O.S. (ethanol, toluene), 3, PG II, flash point < 23 °C",
    "UN1263 Paint, 3, III, (D/E), 20 x 20 L, net 400 L — marine pollutant: no",
    "UN3480 Lithium ion batteries, 9, PI 965 Section IA — CAO (cargo aircraft only)",
    "UN1845 Carbon dioxide, solid (dry ice), 9 — 5.2 kg per box x 12",
    "UN2794 BATTERIES, WET, FILLED WITH ACID, 8, PG III; keep upright ↑",
    "Limited quantity (LQ) — aerosols UN1950, 2.1; ≤ 1 L per inner",
    "Emergency contact: +44 1632 960000 (24h) — contract ref 4471 with the response provider",
    "Tunnel code (D/E) → route avoids the Mont Blanc tunnel; check ADR 1.9.5 before using Fréjus.",
    "Segregation: class 8 'away from' class 4.3 — do NOT load the sodium hydroxide next to the calcium carbide.",
    "EmS F-E, S-D; stowage category A; \"Keep away from heat\"",
    "Flash point 61 °C (c.c.) → not class 3 under ADR if > 60 °C — check SDS section 9.",
    "I declare that the contents are fully described by the proper shipping name, classified, packed, marked and labelled per ADR/IMDG. — J. Okafor, DG officer",
    "Class 7? No — the 'radioactive' label is on an empty, excepted package UN2908.",
    "UN1942 AMMONIUM NITRATE, 5.1, III — 4 x 25 kg bags, kept dry, away from organics",
    "NEM 0.5 kg — UN0336 FIREWORKS 1.4G; do NOT load together with class 1.1",
    "DG note: \"H2SO4 96%\" = sulphuric acid, UN1830, 8, II; IBC 1000 L x 2",
    "Hazard ID 33 / UN 1203 (petrol) — orange plates front & rear",
    "Dangerous when wet (4.3) – sodium ingots under kerosene, UN1428",
    "Marine pollutant mark required? Yes – environmentally hazardous substance, UN3082",
    "Lithium metal batteries contained in equipment (UN3091) — button cells < 1 g Li",
    "Klasse 3, UN 1170 Ethanol, VG II, Tunnelbeschränkungscode (D/E)",
    "クラス3 引火性液体 UN1263 塗料 — 危険物明細書を添付",
    "Clase 8, UN 1789 Ácido clorhídrico, GE II — 4 bidones de 25 L",
    "UN3077 Environmentally hazardous substance, solid, n.o.s. (zinc oxide), 9, III",
    "Excepted quantities (E2) — 30 ml bottles of isopropanol; no labels beyond the EQ mark.",
    "UN2814 INFECTIOUS SUBSTANCE, AFFECTING HUMANS (category A) — triple packaging, P620; courier must be trained",
    "UN3373 BIOLOGICAL SUBSTANCE, CATEGORY B — 12 specimen tubes, P650",
    "UN1005 Ammonia, anhydrous, 2.3 (8) — toxic gas; needs a tanker with ADR 'FL'? No — 'AT' is fine.",
    "Overpack marked \"OVERPACK\" with UN1266 and UN1263 labels visible; total 48 L",
    "DGD missing 'Net quantity per package' — the airline will reject it. Please add: 4 L per package.",
    "Driver needs ADR cert. for tanks (not just packages) — UN1202 diesel, 30,000 L",
    "Placards: 3 on all four sides of the container + the marine pollutant mark; no fumigation sign.",
    "UN1057 Lighters, 2.1 — shipped as LQ? No: lighters cannot go as LQ by air.",
    "Flash point: < -18 °C (acetone, UN1090) — PG II, 3",
    "Packing instruction P001, 4G fibreboard boxes with 1 L glass inners; cushioned with vermiculite",
    "SDS rev. 7 (2024-02) section 14: UN 2920, CORROSIVE LIQUID, FLAMMABLE, N.O.S., 8 (3), II",
    "Quantity per transport unit > 1000 points → full ADR applies (orange plates, fire extinguishers, written instructions)",
    "Consignment note: 'UN1219 ISOPROPANOL, 3, II, (D/E)' — 12 x 5 L = 60 L",
    "Temperature-controlled: organic peroxide type D, 5.2, UN3116 — control temp. +10 °C, emergency +15 °C",
    "Lithium batteries: shipper confirms each cell < 20 Wh and each battery < 100 Wh (Section II)",
    "UN3166 vehicle, flammable liquid powered — fuel tank < 1/4, battery disconnected",
    "Fumigated container — \"DANGER — fumigated with phosphine (UN1993?)\" — no, fumigant sign only, not a UN number.",
    "UN3090 + UN3091 in one box? Allowed with separate marks — ask the airline's DG desk first.",
    "IMDG 3.2: UN1992 (3/6.1) — segregation 'separated from' foodstuffs, stow under deck not allowed",
    "Hazard: 2.2 (non-flammable gas) — UN1066 nitrogen, compressed; 10 cylinders, caps fitted",
    "Classe 9, UN 3171 Veicolo alimentato a batteria — scooter elettrico, batteria 48 V",
    "The SDS says 'not dangerous for transport', but the label shows GHS02 — please double-check before we book as non-DG.",
]

DG_POOL = [
    ("1263", "PAINT", "3", "II"), ("1993", "FLAMMABLE LIQUID, N.O.S.", "3", "III"),
    ("1170", "ETHANOL", "3", "II"), ("1090", "ACETONE", "3", "II"),
    ("1789", "HYDROCHLORIC ACID", "8", "II"), ("1830", "SULPHURIC ACID", "8", "II"),
    ("3082", "ENVIRONMENTALLY HAZARDOUS SUBSTANCE, LIQUID, N.O.S.", "9", "III"),
    ("1950", "AEROSOLS", "2.1", "—"), ("2031", "NITRIC ACID", "8", "II"),
    ("1219", "ISOPROPANOL", "3", "II"), ("3480", "LITHIUM ION BATTERIES", "9", "—"),
]


def tpl_dg(rng):
    un, psn, cls, pg = rng.choice(DG_POOL)
    pack = rng.choice(["x 20 L", "x 5 L", "x 25 kg", "x 1 L (LQ)", "IBC 1000 L"])
    pg_txt = "" if pg == "—" else ", PG %s" % pg
    return rng.choice([
        "UN{un} {psn}, {c}{pg}; {n} {pack}",
        "UN {un}, {psn}, class {c}{pg} — {n} {pack}",
        "{psn} (UN{un}), {c}{pg}; qty {n} {pack}; ERG contact 24h",
    ]).format(un=un, psn=psn, c=cls, pg=pg_txt, n=rng.randint(1, 80), pack=pack)


# ---------------------------------------------------------------------------
# 6. warehouse_locations (bins, pallet labels, SSCC/GS1, label printers)
# ---------------------------------------------------------------------------
WAREHOUSE = [
    "A-12-03/B",
    "ZONE=COLD; AISLE 07; LEVEL 3 -> bin 07-3-14",
    "Move pallet from R04-B2 to QC-HOLD (damaged wrap)",
    "Putaway: overflow → MEZZ/2/C-14; replenish pick face A-01-01 when < 20 cases",
    "Cycle count variance: system 48, counted 46 — 2 ea. 'missing' (check the returns cage)",
    "Bin label reprint: \\\\wms-print01\\zebra-dock3 (ZPL) – the queue is stuck again",
    "Pick path: A01→A40 then B40→B01 (serpentine)",
    "Location format <zone>-<aisle>-<bay>-<level>, e.g. F-03-12-2; level 0 = floor",
    "^XA^FO50,50^BCN,100,Y,N,N^FD00340123450000447163^FS^XZ",
    "Lot 2291 — FEFO: pick lot 2288 first (exp 2024-07-01)",
    "Pallet label: 'DO NOT DOUBLE STACK' | 'THIS WAY UP' | 'FRAGILE' — 120x80 EUR, 1.6 m",
    "Quarantine: bins Q-01 to Q-09; release only with QA sign-off (form QA-17).",
    "Slotting change: SKU 4471-BLK moves C-04-02-1 → A-02-11-1 (fast mover)",
    "Dock door 3 → staging lane S3 → trailer T-22",
    "Temp zones: ambient 15–25 °C, chill 2–8 °C, frozen ≤ -18 °C",
    "Replen trigger: min=12, max=48, UoM=CS (case of 6)",
    "Lagerplatz 03-14-2 gesperrt (Regal beschädigt) – bitte auf 03-15-2 umlagern.",
    "库位 B区-07排-03层 已满，请移至 C区。",
    "(00)003401234500004471(02)05012345678900(37)48",
    "GS1-128: (01)05012345678900(10)LOT2291(17)250630",
    "LPN 9000044712 split into 9000044713 + 9000044714 (24 + 24 cases)",
    "Mixed pallet — SKUs: 4471-BLK x 12, 4471-WHT x 8, 4472-RED x 4",
    "Aisle 9 closed: racking inspection (red tag on beam 09-04-3); use 10 & 11.",
    "Bulk location BULK-07 holds 3 pallets high max; never put a 4th on top!",
    "Cross-dock lane XD-2: no putaway, goods go straight to door 11 for the 16:00 trunk.",
    "Label printer dock 5: ^XA^CF0,40^FO40,40^FDSHIP TO: HULL DC^FS^XZ prints blank — ribbon out?",
    "Tote T-0447 is in the pick-to-light wall slot 3/7; order 11873 waiting on it.",
    "Returns grading: A = resell, B = outlet, C = scrap/recycle; put A-grade back to the original bin.",
    "VNA aisle 14: only the turret truck may enter; pedestrians keep out >>> barrier down.",
    "Location A-12-03/B shows 2 LPNs but physically there's 1 pallet — ghost inventory?",
    "Min/max review: SKU 88-1023 ('Union fitting 3/4\"') is over-slotted; shrink from 4 bins to 2.",
    "Pallet 003401234500004471 scanned at dock 3 at 09:32, then again at dock 7 at 09:40?!",
    "Hazmat cage HZ-01: class 3 only; HZ-02: class 8; keep lithium (9) in HZ-04 behind the fire door.",
    "Kitting station K2: build kit KIT-771 = 1x base, 2x brackets, 4x M8 bolts, 1x manual (EN/DE/FR)",
    "Wave 2024-06-11-03 released: 412 lines, 38 orders, pickers 6 — est. 2h 10m",
    "Empty pallet stack near door 4 > 15 high, please take the excess to the yard.",
    "Stock move reason codes: DMG (damage), QC (quality hold), REL (relocation), CNT (count adjust)",
    "Zone pick: Z1 (A–C) → Z2 (D–F) → pack bench P3; consolidate at sorter chute 12",
    "Picking face B-02-05 is empty but system says 18 — please recount before the 14:00 wave.",
    "EAN 5012345678900 ≠ label EAN 5012345678917 on the outer — supplier relabel required.",
    "Frozen store: -23 °C at the door sensor; PPE (freezer suit) mandatory, max 45 min per shift inside.",
    "Block stacking in yard area Y-3: max 3 high for 1000 L IBCs, 2 high when full.",
    "Mezzanine rack M2-07 weight limit 250 kg per shelf — the 300 kg pallet must go to floor level.",
    "Reslot list (top 20 movers) attached as CSV; columns: sku;from;to;reason",
    "Carton label: \"1 of 4\", \"2 of 4\"... — box 3 missing its label, reprinted at packing bench P2.",
    "Ubicación P-04-02-B bloqueada por inventario; usar P-04-03-B.",
    "Emplacement R12-N3 : palette abîmée, mettre en zone litiges (ZL-01).",
    "SSCC check digit wrong on supplier labels (last digit 3, should be 6) — we relabel on receipt.",
    "Label size 4\" x 6\" (102 x 152 mm) at 203 dpi; use the 'Shipping_4x6.prn' template, not 'Bin_2x1.prn'.",
    "Inventory by location export: C:\\WMS\\exports\\inv_by_loc_20240611.csv",
]

ZONES = ["A", "B", "C", "D", "F", "K", "R", "M2", "Q"]


def gs1_check(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        total += int(ch) * (3 if i % 2 == 0 else 1)
    return str((10 - total % 10) % 10)


def tpl_warehouse(rng):
    kind = rng.randint(0, 2)
    loc1 = "%s-%02d-%02d-%d" % (rng.choice(ZONES), rng.randint(1, 30), rng.randint(1, 40), rng.randint(0, 5))
    loc2 = "%s-%02d-%02d-%d" % (rng.choice(ZONES), rng.randint(1, 30), rng.randint(1, 40), rng.randint(0, 5))
    if kind == 0:
        return "Move %s from %s to %s (%s)" % (
            rng.choice(["SKU 4471-BLK", "LPN 90000%05d" % rng.randint(0, 99999), "pallet", "2 cases of 88-1023"]),
            loc1, loc2, rng.choice(["relocation", "damaged wrap", "fast mover", "QC hold", "count adjust"]))
    if kind == 1:
        body = "003" + "".join(str(rng.randint(0, 9)) for _ in range(14))
        return "SSCC (00)%s%s — %s" % (body, gs1_check(body), rng.choice([
            "staged at door %d" % rng.randint(1, 14), "received short", "relabelled", "put away to %s" % loc1]))
    return "Bin %s: %s" % (loc1, rng.choice([
        "empty, needs replen", "blocked for count", "overfilled — %d extra cases" % rng.randint(1, 9),
        "mixed SKUs, please split", "beam damaged, do not use"]))


# ---------------------------------------------------------------------------
# 7. incident_pod (damage reports, proof-of-delivery notes)
# ---------------------------------------------------------------------------
INCIDENT = [
    "Received 11 of 12 pallets; 1 short. Signed 'subject to count' – Mark O'Leary, 14:22.",
    "Carton #7 crushed at the corner; contents not checked — signed as \"damaged packaging, contents unchecked\".",
    "Water damage on 3 cartons; driver says it was raining at the cross-dock in Duisburg.",
    "Forklift pierced pallet 4 -> 2 cases of olive oil leaked; spill kit used, area cleaned.",
    "Seal # on trailer (ML-0047712) didn't match the BOL (ML-0047721) — typo or tamper? Photos attached.",
    "Reefer alarm: temp rose to +9.4 °C for 40 min at 03:10 (defrost cycle?). Data logger download attached.",
    "Consignee refused: wrong item – ordered 40 x \"M10\" bolts, got \"M12\".",
    "POD signed by 'J. Smith' at reception — but the customer says there is no J. Smith. Please investigate.",
    "Delivered to the neighbour at no. 14 (Mrs Kowalski) per the customer's note.",
    "Near-miss: pallet fell from top racking at A-12-05 when the reach truck clipped the beam. No injuries; beam tagged RED.",
    "Driver delay: 2 h 15 min at the gate; detention applies from the 2nd hour ($65/h).",
    "Shrink-wrap torn & 2 cases missing from the top layer; suspected pilferage en route (Calais).",
    "\"Glass — handle with care\" ignored: 6 of 24 panes cracked; photos IMG_2291–IMG_2297.",
    "Container arrived with a hole in the roof (~5 cm); cargo wet; surveyor booked for 10am tomorrow.",
    "Ausgeliefert, Empfänger: Fr. Müller; 1 Karton eingedrückt – auf dem Lieferschein vermerkt.",
    "Livré, réserves émises : « 2 colis ouverts, contenu à vérifier » — signé M. Dupont.",
    "Temperature excursion -> product quarantined pending QA decision (hold code QH-7).",
    "Rejected: pallets exceeded the 1.8 m height limit; driver returned to depot. Rebooked for tomorrow AM.",
    "Incident report #IR-2024-118\nDate: 11/06/2024 09:40\nLocation: dock 3\nWhat happened: pallet jack wheel broke while unloading, load tipped; 3 cartons damaged.\nAction: cartons set aside, photos taken, supplier informed.",
    "Signed for by \"reception\" (no name) — POD not valid per contract; chasing a named signature.",
    "Left in the safe place agreed (garage, side door); photo on file.",
    "Entregado con incidencias: 1 palé con el film roto, faltan 2 cajas. Firmado por Ana G.",
    "配送完了。箱が1つ破損していましたが、中身は無事とのことです。",
    "货物已签收，外箱有轻微压痕，客户表示可以接受。",
    "Driver reports: consignee's forklift driver dropped pallet 2 while unloading — not our damage, noted on CMR box 24.",
    "Missing: 1 carton (box 3 of 4) — the label shows it was scanned at the hub in Leeds on 10/06 at 22:14.",
    "Overage: received 13 pallets instead of 12; extra pallet is PO 4500012399 — belongs to another consignee?",
    "Customer claims 'late delivery' but the POD shows 09:58 (slot was 09:00–10:00). Not late.",
    "Damage claim: value $1,240.00; packaging photos + invoice + POD attached; carrier liability per CMR (8.33 SDR/kg).",
    "Pest sighting in container TGHU8721045 (moths) — whole load held, fumigation requested.",
    "Hazmat leak: 1 x 20 L can of UN1263 paint dented & leaking; driver used the spill kit, fire brigade not needed.",
    "Broken seal on arrival; photos of seal + door + cargo taken before opening. Police ref. 24/4471.",
    "Delivered 2 of 3 pallets — third pallet still at the depot, will follow tomorrow (split delivery).",
    "Receiver wrote: \"boxes wet, accepted under reserve\" — I'll open a claim with the carrier.",
    "Van broke down on the M62; parcels transferred to van 2; ETA +3 h. Customer informed by SMS.",
    "Wrong address on the label (house no. 41 vs 14); driver phoned the customer & delivered OK.",
    "Consignee closed (holiday); card left; re-delivery booked for Mon 17/06.",
    "Dropped during unloading — the strapping broke; 1 washing machine dented on the side panel.",
    "Shortage confirmed after recount: 46 cases received vs 48 on the ASN; debit note to follow.",
    "Accident at the dock: driver slipped on ice at door 2 (minor wrist injury). First aid given, RIDDOR assessment started.",
    "Reefer unit failed at 02:00 near Lyon; driver switched to the backup genset; temp max +6.1 °C, within spec.",
    "Customer signed with a smiley ':)' instead of a name — OK for B2C per policy?",
    "Goods delivered but the customer refuses to pay COD (€320); goods taken back to the depot.",
    "POD: signature image blank (scanner glitch) — the driver has a paper copy in the cab.",
    "Crate opened by customs at the border (inspection); resealed with customs tape no. 118832.",
    "Pallets delivered; 4 EUR pallets exchanged, 2 owed by the consignee (pallet account updated).",
    "Uszkodzenie: 3 kartony zgniecione, odbiorca przyjął z zastrzeżeniem.",
    "Consignee (Mrs O'Hara) says the driver was rude & dropped the parcel over the fence!! Please follow up.",
    "Theft at the truck stop in Calais: curtain slashed, 6 cartons of phones missing; police report attached.",
    "All good — 26 pallets, no damage, signed by Tom W. at 07:45. Thanks team!",
]

ISSUES = [
    "crushed corner", "torn shrink-wrap", "water damage", "missing label", "broken strapping",
    "forklift puncture", "leaking inner", "wrong SKU", "short shipped", "crushed top layer",
]


def tpl_incident(rng):
    total = rng.randint(2, 33)
    bad = rng.randint(1, max(1, total // 3))
    unit = rng.choice(["pallets", "cartons", "cases", "parcels"])
    return rng.choice([
        "{b} of {t} {u}: {i}; signed \"{note}\" by {who}",
        "POD {who}, {h:02d}:{m:02d} — {b}/{t} {u} with {i}",
        "Received {t} {u}, {b} with {i}; photos attached, claim to follow.",
        "Exception: {i} on {b} {u} (of {t}); {note}.",
    ]).format(b=bad, t=total, u=unit, i=rng.choice(ISSUES),
              note=rng.choice(["received under reserve", "subject to inspection", "damaged, accepted", "contents unchecked"]),
              who=rng.choice(["M. O'Leary", "Priya S.", "Jürgen K.", "A. González", "Tom W.", "Zoë B."]),
              h=rng.randint(6, 20), m=rng.randint(0, 59))


# ---------------------------------------------------------------------------
# 8. addresses (multilingual)
# ---------------------------------------------------------------------------
ADDRESSES = [
    "Unit 5, Quayside Road\nHull HU1 2AB\nUnited Kingdom",
    "c/o O'Connor Logistics, 12 Dock St., Apt. #3B, Brooklyn, NY 11201",
    "Königstraße 14, Hinterhaus, 3. OG\n70173 Stuttgart",
    "123 rue de l'Église, Bât. B – Porte 4, 69002 Lyon",
    "〒530-0001 大阪府大阪市北区梅田1-2-3 梅田倉庫ビル5F",
    "上海市浦东新区外高桥保税区 富特北路288号 3号库",
    "ул. Складская, д. 7, стр. 2, Москва, 109316",
    "Av. Paulista, 1000 – 10º andar – Bela Vista, São Paulo – SP, 01310-100",
    "Calle de Alcalá 45, 2º Izq., 28014 Madrid",
    "شارع الملك فهد، مبنى ٧، الرياض ١٢٣٤٥",
    "PO Box 4471 — DO NOT SHIP LTL TO A PO BOX; use street address: 900 Industrial Pkwy, Dayton, OH 45414",
    "Warehouse 3 / Gate 2 / Door 12 — 400 Terminal Ave & 5th St",
    "Rua do Porto, 77 — 4000-123 Porto, Portugal",
    "Wharf Rd & Union St (NE corner), Kingston upon Hull",
    "Flat 2/1, 15 O'Neill Street, Glasgow G12 8QQ",
    "Industriestraße 7a; 47119 Duisburg (Logport I, Tor 3)",
    "Via dell'Industria, 23 – 20090 Segrate (MI)",
    "ul. Marszałkowska 84/92 lok. 109, 00-514 Warszawa",
    "Hafenstraße 2 — Zufahrt über die Kaistraße!; 28217 Bremen",
    "Ecowarehouse Sp. z o.o., ul. Logistyczna 1, 55-040 Bielany Wrocławskie",
    "Building 7, Jebel Ali Free Zone (South), Dubai, UAE — P.O. Box 17012",
    "서울특별시 강서구 공항대로 247, 물류센터 B동",
    "Plot 12 & 13, Export Processing Zone, Chittagong 4223, Bangladesh",
    "1-2-3 Shibaura, Minato-ku, Tokyo 108-0023 (rear entrance for deliveries)",
    "Attn: Receiving Dept. — 5500 \"Select\" Distribution Park, Suite 100, Reno, NV 89502",
    "Kat: 3, Atatürk Cad. No: 45/7, 34353 Beşiktaş/İstanbul",
    "Herengracht 500-502 (achterom), 1017 CB Amsterdam",
    "Lot 4471, Jalan Perindustrian 3, 81400 Senai, Johor, Malaysia",
    "Quai de la Gare d'Eau, 59000 Lille – quai n° 3",
    "Carrer de la Marina, 16-18, 08005 Barcelona — horari: 8h-14h",
    "Unit 12, Eastgate Business Park\nLittle Island, Co. Cork\nT45 XY12, Ireland",
    "12 Harbour View Drive\nAuckland 1010\nNew Zealand",
    "Calle 93 # 11A-28, Of. 402, Bogotá D.C., Colombia",
    "Av. Insurgentes Sur 1457, Int. 3-B, Col. Insurgentes Mixcoac, 03920 CDMX",
    "Plot No. 27, Sector 8, IMT Manesar, Gurugram, Haryana 122050",
    "2/F, Block B, 88 Kwai Fuk Road, Kwai Chung, N.T., Hong Kong",
    "Náměstí Míru 9, 120 00 Praha 2 — zvonek \"Sklad\"",
    "Strandvägen 7A, 114 56 Stockholm (leverans via gården)",
    "Ταχ. Θυρίδα 1040, Λιμάνι Πειραιά, 185 38 Πειραιάς",
    "רחוב הנמל 12, אשדוד — שער 4",
    "Hauptstrasse 1 | 4051 Basel | Schweiz (Zollfreilager)",
    "10 Drop Forge Lane, Sheffield S9 1XE — use the yard entrance",
    "Receiving: 77 Exec Park Dr., Bldg C, Tempe AZ 85281",
    "Bay 3, 14–16 Sleepers Way, Wagga Wagga NSW 2650",
    "Rue du Marché 5, 1204 Genève — livraison par la cour",
    "Moo 4, 300/12 Bangna-Trad Rd, Bang Phli, Samut Prakan 10540",
    "Jl. Raya Cakung Cilincing Km 3, Jakarta Utara 14130",
    "Tr. Tim Hortons? No: 1 Yonge St, Toronto, ON M5E 1E5 — loading dock on Freeland St",
    "P.za Garibaldi 10 (int. 4), 80142 Napoli — chiedere di Salvatore",
    "Hlavná 12, 040 01 Košice – vykladanie za budovou",
]

ADDR_POOL = [
    ("{n} Quayside Road", "Hull {p}", "HU{a} {b}AB", "UK"),
    ("Hafenstraße {n}", "{p} Hamburg", "20{a}57", "DE"),
    ("{n} rue du Port", "{p} Marseille", "130{a}2", "FR"),
    ("Calle Mayor {n}", "{p} Valencia", "460{a}1", "ES"),
    ("{n} Industrial Pkwy", "Dayton, OH {p}", "454{a}4", "US"),
    ("Via del Porto {n}", "{p} Genova", "161{a}6", "IT"),
    ("ul. Portowa {n}", "{p} Gdańsk", "80-{a}55", "PL"),
]


def tpl_address(rng):
    street, city, post, cc = rng.choice(ADDR_POOL)
    n = rng.randint(1, 420)
    a = rng.randint(1, 9)
    b = rng.randint(1, 9)
    extra = rng.choice(["", "Unit %d, " % rng.randint(1, 30), "Gate %d — " % rng.randint(1, 6), "c/o %s, " % rng.choice(["O'Brien Freight", "Müller & Söhne", "Dock & Co."])])
    sep = rng.choice([", ", "\n"])
    return extra + street.format(n=n) + sep + city.format(p=post.format(a=a, b=b)) + sep + cc


# ---------------------------------------------------------------------------
# 9. rates_routes (rate quotes, incoterms, route plans)
# ---------------------------------------------------------------------------
RATES = [
    "Quote: 40'HC Shanghai → Felixstowe, FOB, USD 1,850 + BAF $320 + THC £250; valid till 30/06",
    "LTL rate: class 70, 1,200 lb, Chicago, IL → Dallas, TX; FSC 32.5%; min charge $145",
    "Incoterms 2020: DAP or DDP? Customer wants 'everything included' → DDP, but we can't act as IOR in CH.",
    "Route: Rotterdam -> Duisburg (barge) -> Basel (rail) | ETA +4 days",
    "FTL Milano–München €1.450,00, Brenner toll incl.; weekend driving ban in AT/DE → departure Mon 05:00",
    "Rate = base × (1 + FSC) + accessorials; e.g. 1000 × 1.325 + 85 (liftgate) = $1,410",
    "Spot quote expired; new spot valid 24h — $2,100 all-in, subject to equipment availability.",
    "Chargeable weight = max(gross 180 kg, 1.2 m³ × 167) = 200.4 kg",
    "CIF Jebel Ali, insurance 110% of invoice value; Institute Cargo Clauses (A)",
    "Detention: 5 free days, then $120/day/unit; demurrage is separate (port)",
    "Can you do an EXW pickup in Ningbo & consolidate with the Yiwu cargo? CFS cut-off Thursday 12:00.",
    "Lane | Mode | Transit | Rate\nHAM-WAW | FTL | 2d | €1,190\nHAM-PRG | FTL | 1d | €980\nHAM-BUD | FTL | 3d | €1,640",
    "Air: LHR → JFK, 142 kg chargeable, GCR £2.85/kg + FSC £1.10/kg + SSC £0.15/kg; min £95",
    "Multi-drop: Leeds → Bradford → Halifax → Huddersfield; 4 drops, £60 per extra drop after the first",
    "Rail option: Xi'an → Duisburg 16–18 days, USD 6,900 / 40' — sea is 38 days but $2,400",
    "Pallet network rate: 1 x full (≤1000 kg, ≤2.2 m) zone A→C £68; half pallet £49; quarter £41",
    "Fuel surcharge changes every Monday based on the diesel index; this week 28.7% (last week 29.4%).",
    "Quote #Q-2024-0871: 2 x 20'DV Valencia → New York, CY/CY, USD 2,250/unit, free time 7 days at destination",
    "Tender: 120 loads/month DE→FR, must have ≥ 98% on-time; rates fixed for 12 months with a diesel clause",
    "FCA seller's warehouse (Incoterms 2020) — the buyer's carrier collects; seller loads & clears export.",
    "Route plan 11/06:\n06:00 depot Hull\n08:15 drop 1 — Leeds (Harbourview Foods)\n10:30 drop 2 — York\n13:00 break (45 min)\n15:30 back at depot",
    "Cheapest ≠ best: carrier A is $90 cheaper but 2 days slower & no tail-lift. Going with carrier B.",
    "Toll estimate A1/A7 Paris → Marseille: ~€180 for 5-axle; plus the Mont Blanc? no, not on this route.",
    "Cabotage limit: 3 ops in 7 days after the international delivery — plan the return leg accordingly.",
    "Ocean rate increase (GRI) $500/FEU from 15/06; PSS $300/TEU — quote below excludes both.",
    "Reefer 40' RF Santos → Rotterdam, set point -18 °C, USD 4,300 + reefer surcharge $250",
    "Cotización: FTL Madrid → Lisboa 820 € (ida), retorno 450 € si hay carga.",
    "Devis : messagerie 3 palettes Lyon → Lille, 285 € HT, enlèvement J, livraison J+2",
    "Angebot: Teilladung 6 LDM Stuttgart → Wien 740 € zzgl. Maut; Gültigkeit 14 Tage",
    "見積: 東京 → 大阪 チャーター便 4t車 58,000円（高速代込み）",
    "报价：深圳 → 洛杉矶 海运整柜 40HQ USD 2,650，含码头费，不含关税",
    "Ex Works vs FCA: with EXW the buyer has to do the export declaration — in the EU that's rarely workable.",
    "Sea-air via Dubai: 14 days door-to-door, ~40% cheaper than direct air for the 2.1 t shipment",
    "Route avoids low bridges: max height 4.1 m; no A-roads through the town centre (weight limit 7.5t).",
    "Dim factor 139 (domestic US) vs 166 (international) — which one did you use on the quote?",
    "Liftgate +$85, inside delivery +$120, residential +$95, appointment +$35 — total accessorials $335",
    "Union Pacific intermodal from LA to Chicago: 5 days ramp-to-ramp, $2,950 per 53' container",
    "Drop trailer program: $45/day trailer rental, first 48 h free at the customer's yard",
    "Milk run: supplier A (07:00) → B (08:30) → C (10:00) → plant (11:30); 1 truck, 13.6 LDM, loads ≤ 24 t",
    "Bunker: fuel index 'LSFO 0.5%' Rotterdam — adjust BAF quarterly (Q3 = $312/TEU)",
    "Quote valid only if cargo is stackable; non-stackable pallets are charged as 2.4 m height (full LDM).",
    "Transit time Hamburg → Shanghai via Suez ~32 days, via Cape of Good Hope ~42 days (+$1,200 ECS).",
    "Free time / D&D: 14 days combined at POD, $150/day thereafter, ends on empty return to the depot.",
    "Rate calc: 2.5 LDM × €420/LDM = €1,050; min charge 1 LDM",
    "INCOTERM DPU — seller unloads at the named place (our warehouse, dock 3); risk passes after unloading.",
    "Express: 1 parcel 2.5 kg DE → US, €62.40 incl. fuel; duties billed to receiver (DAP).",
    "Optimised route saves 38 km/day; the planner moved drop 7 before drop 5 (time window 09:00–10:00).",
    "Backhaul available Fri: Warsaw → Berlin, 33 pallets, €650 — interested?",
    "Carbon estimate for the lane: 0.062 kg CO₂e/t·km (rail) vs 0.105 (truck) — customer asked for both.",
]

LANES = [("Hamburg", "Warsaw"), ("Rotterdam", "Milan"), ("Felixstowe", "Glasgow"), ("Valencia", "Lyon"),
         ("Chicago", "Atlanta"), ("Shenzhen", "Long Beach"), ("Gdańsk", "Prague"), ("Antwerp", "Munich")]


def tpl_rates(rng):
    o, d = rng.choice(LANES)
    return rng.choice([
        "{mode} {o} → {d}: {cur} {amt:,} {inc}; valid until {day:02d}/0{mon}",
        "Quote {mode} {o}–{d}, {cur} {amt:,} all-in ({inc}), transit {t} days",
        "{o} -> {d} | {mode} | {t}d | {cur} {amt:,} + FSC {f}%",
    ]).format(mode=rng.choice(["FTL", "LTL", "20'DV", "40'HC", "air", "rail", "groupage"]),
              o=o, d=d, cur=rng.choice(["EUR", "USD", "GBP"]), amt=rng.randint(180, 9800),
              inc=rng.choice(["EXW", "FCA", "FOB", "CIF", "DAP", "DDP", "CPT"]),
              day=rng.randint(1, 28), mon=rng.randint(6, 9), t=rng.randint(1, 40), f=rng.randint(12, 35))


# ---------------------------------------------------------------------------
# 10. ops_notes (internal tickets, integration notes, support chat)
# ---------------------------------------------------------------------------
OPS = [
    "Report \"Union of all open orders\" is timing out since yesterday — can someone check?",
    "Please drop the old carrier 'FastFreight' from the dropdown; contract ended 31/03.",
    "Import failed: file C:\\EDI\\inbound\\214_20240611.edi — \"unexpected segment GE at line 38\"",
    "SFTP path for the partner is /home/edi/inbound/acme/ (not ../outbound!)",
    "Select 'All warehouses' in the filter, then export to CSV; the report truncates at 65,536 rows.",
    "The label sync cron runs every 15 min (*/15 * * * *); last run failed with exit code 1.",
    "Webhook URL for status updates: https://hooks.partner-tms.example/v2/events?source=wms&key=REDACTED",
    "The 'Execute' button on the wave screen releases the wave; pressing it twice created duplicate tasks!",
    "Set timezone=Europe/Berlin for the Duisburg site; timestamps are off by 2h.",
    "API returns 500 when the consignee name has an ampersand (e.g. 'Smith & Sons') — do we need to send & as %26?",
    "Alert threshold: reefer temp > 8 °C for > 15 min → page on-call.",
    "Sleep mode on the handheld scanners kicks in after 30 s — can IT change it to 5 min?",
    "Label template prints {{consignee.name}} literally for the Spanish site — placeholder not filled?",
    "Bulk-close script for delivered shipments ran at 02:00; 4,471 rows updated. Backup at /var/backups/tms/2024-06-11.sql.gz",
    "Driver app: user 'driver.k.nowak' locked out after 5 wrong password attempts — please reset.",
    "Nightly extract excludes status = 'CANCELLED' — intended? Finance wants those too.",
    "Dock 3 printer prints '^XA^FO…' as plain text → the printer is in PCL mode, not ZPL.",
    "Carrier API changed: tracking endpoint is now /v3/shipments/{id}/events (was /v2/track?id=).",
    "Please add 'Union Pacific' and 'CSX' to the rail carriers list (SCAC UPRR / CSXT).",
    "Dashboard KPI: OTIF = on-time AND in-full; last week 94.2% (target >= 95%).",
    "The customs portal logs me out every 10 min; error: \"session expired (code 440)\".",
    "Grant read-only access to the rates table for the new analyst (Zoë B.)? Not write!",
    "Printer share path: \\\\DC01\\Labels\\Dock3 — mapped as L: on the packing PCs.",
    "Integration test: POST /api/asn with 48 lines → 202 Accepted, but the ASN never shows in the WMS.",
    "Who deleted the saved filter 'Overdue > 3 days'? It's gone from my list :(",
    "Please whitelist noreply@carrier-notify.example — POD emails are going to spam.",
    "Exported report has ';' as separator but Excel (EN) expects ',' — can we make it configurable?",
    "EDI translator memory usage > 90% after the 856 batch; restart scheduled for 22:00.",
    "Feature request: let drivers attach up to 10 photos per POD (currently max 4).",
    "Formula in the rate sheet: =ROUND(B2*(1+C2)+D2;2) — gives #VALUE! when the FSC column is blank.",
    "The tracking page shows '&amp;' instead of '&' in consignee names — double escaping somewhere?",
    "FYI: the old SFTP (sftp-old.northbay.example) will be shut down on 30/06; switch partners to the new host.",
    "Please run the month-end accrual job manually — it failed on 'drop-ship' orders with null cost centre.",
    "Ticket #8812: carrier API returns HTTP 429 (rate limit) after ~100 calls/min; we need a back-off.",
    "Operators keep typing the SSCC with spaces (003 5012 ...); can the scan field strip whitespace?",
    "Migration note: table shipment_events → partitioned by month; old queries with SELECT * will be slower.",
    "Can we get a script to export all PODs for June as one ZIP? Customer audit on Friday.",
    "Alert fired: 'disk 91% full on /var/lib/edi' — archived inbound files older than 90 days to cold storage.",
    "Password policy for the portal: ≥ 12 chars, 1 digit, 1 symbol; customers complain about the 90-day expiry.",
    "Map fields: <ShipTo><Name> → consignee.name; <ShipTo><Addr1> → consignee.street (XML from the 3PL).",
    "Label says 'Sleep well!' on every mattress box — marketing asked for it, ignore in QC.",
    "Wi-Fi dead zone in aisle 12–14 → scanners drop the session; AP request sent to IT.",
    "The 'Drop shipment' button on the order screen cancels the whole order instead of removing 1 line!",
    "Route optimiser run took 14 min for 380 stops (usually 3); maybe the geocoder is down?",
    "Config: max_pallet_height=1.8; max_weight_kg=1000; stackable=false — for customer ACME only.",
    "Please export the audit log (who changed the rate card on 10/06 between 14:00 and 15:00?).",
    "JSON from the carrier: {\"status\": \"OUT_FOR_DELIVERY\", \"eta\": \"2024-06-11T14:00:00+02:00\"} — we display it in UTC by mistake.",
    "Regex for our shipment refs is ^SH\\d{6}(/\\d)?$ — the portal rejects SH771203/2 though.",
    "Backup window 01:00–03:00: don't schedule the EDI batch then, the DB is read-only.",
    "Quick one: how do I undo a wave release? Cancelled 3 tasks by accident (tasks 88120–88122).",
]

SYSTEMS = ["WMS", "TMS", "customs portal", "EDI translator", "tracking API", "label server", "driver app", "rate engine"]
PROBLEMS = [
    "is slow", "returns HTTP 502", "times out on large exports", "shows yesterday's data",
    "rejects refs with a slash", "logs everyone out", "drops the last line of the CSV", "prints duplicate labels",
]


def tpl_ops(rng):
    return rng.choice([
        "{s} {p} since {h:02d}:{m:02d}; ticket #{t}",
        "Ticket #{t}: {s} {p} — affects {site}",
        "{site}: {s} {p} again :( (#{t})",
    ]).format(s=rng.choice(SYSTEMS), p=rng.choice(PROBLEMS), h=rng.randint(0, 23), m=rng.choice([0, 5, 15, 30, 45]),
              t=rng.randint(8000, 9999), site=rng.choice(["Hull DC", "Duisburg", "Reno", "Dock 3", "Hamburg hub"]))


CATEGORIES = [
    ("delivery_instructions", DELIVERY, tpl_delivery),
    ("shipment_refs", REFS, tpl_refs),
    ("edi_segments", EDI, tpl_edi),
    ("customs_descriptions", CUSTOMS, tpl_customs),
    ("dg_declarations", DG, tpl_dg),
    ("warehouse_locations", WAREHOUSE, tpl_warehouse),
    ("incident_pod", INCIDENT, tpl_incident),
    ("addresses", ADDRESSES, tpl_address),
    ("rates_routes", RATES, tpl_rates),
    ("ops_notes", OPS, tpl_ops),
]


def build():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for name, literals, template in CATEGORIES:
        if len(literals) > PER_CATEGORY:
            raise SystemExit("%s: too many literals (%d)" % (name, len(literals)))
        values = []
        for v in literals:
            if v in seen:
                raise SystemExit("duplicate literal in %s: %r" % (name, v))
            seen.add(v)
            values.append(v)
        n_lit = len(values)
        tries = 0
        while len(values) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit("%s: template cannot fill the category" % name)
            v = template(rng)
            if v in seen:
                continue
            seen.add(v)
            values.append(v)
        if n_lit * 100 < 55 * len(values):
            raise SystemExit("%s: literal share below 55%%" % name)
        for v in values:
            if not isinstance(v, str) or not v or len(v) > MAX_LEN:
                raise SystemExit("bad value in %s: %r" % (name, v))
            rows.append({"category": name, "label": "benign", "value": v})
        stats.append((name, len(values), n_lit))
    out = []
    for i, row in enumerate(rows, 1):
        out.append({"id": "%s-%05d" % (PREFIX, i), "category": row["category"],
                    "label": "benign", "value": row["value"]})
    return out, stats


def main():
    rows, stats = build()
    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False) + "\n")
    total_lit = 0
    for name, n, n_lit in stats:
        total_lit += n_lit
        print("%-24s %3d  (literals %d)" % (name, n, n_lit))
    print("total %d values, %d literals -> %s" % (len(rows), total_lit, path.name))
    return 0


if __name__ == "__main__":
    sys.exit(main())
