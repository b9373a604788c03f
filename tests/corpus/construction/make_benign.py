"""Held-out benign corpus: construction & architecture text (tender portal,
project-management app, BIM/document-control system, site-diary tool).

Every value is a hard negative: ordinary text that site managers, quantity
surveyors, engineers, document controllers and crews really type into notes,
descriptions, search boxes, comments, titles and metadata fields. Values are
hand-written literals plus small templates over hand-written pools.

Writes benign.jsonl next to this file. Deterministic (fixed seed, no set
iteration order), standard library only.
"""
import json
import random
from pathlib import Path

SEED = 4801
PREFIX = "hb48"
PER_CATEGORY = 80

# ---------------------------------------------------------------------------
# 1. Bill-of-quantities lines and supplier quote lines
# ---------------------------------------------------------------------------
BOQ_LINE = [
    "12.5 m³ C30/37 @ €142/m³",
    "03.30.010 | Ready-mix concrete C32/40, XC4, Dmax 20, S3 | 86.4 m³ | €151.20 | €13,063.68",
    "Rebar B500B Ø12 & Ø16 — 14.2 t @ £1,085/t (incl. cutting & bending, excl. tying wire)",
    "Item 4.17: Excavate to reduced level; disposal off site to licensed tip — 1,240 m³ @ $18.50 = $22,940.00",
    "Formwork to soffits of suspended slabs, height to soffit > 3.5 m but <= 5.0 m: 412 m²",
    "Blockwork 140 mm dense (7.3 N/mm²) in 1:1:6 mortar; 'hollow' blocks NOT accepted — 318 m²",
    "Provisional sum for 'unforeseen ground conditions' = €25,000.00 (to be expended only on CA's instruction)",
    "Drop-in anchors M10 x 40, zinc plated — 600 nr @ 0.38 ea",
    "2\" x 4\" SPF #2 studs @ 16\" o.c. — 1,150 LF; 5/8\" Type X gypsum both sides",
    "Railway sleepers (reclaimed hardwood) for garden edging: 24 nr @ £32.50",
    "Select granular fill Type 1, compacted in 150 mm layers to 95% MDD — 640 m³",
    "Union connectors 22 mm compression, brass — 48 nr; isolation valves 15 mm — 36 nr",
    "Dayworks: labourer 16 h @ €38.00/h; JCB 3CX 8 h @ €55.00/h; total = €1,048.00",
    "Pos. 02.03.0040  Stahlbeton C25/30 für Bodenplatte, d = 25 cm — 48,60 m³ à 168,00 € = 8.164,80 €",
    "Lot 05 – Menuiseries extérieures alu : 38 u × 1 245,00 € HT = 47 310,00 € HT",
    "Partida 07.02: Impermeabilización con lámina EPDM 1,2 mm sobre cubierta plana — 560 m² a 24,80 €/m²",
    "Poz. 12 – Tynk gipsowy maszynowy gr. 15 mm na ścianach i sufitach: 1 480 m² × 21,50 zł",
    "鋼製型枠 (system formwork) 賃料: 3ヶ月 × ¥1,250,000 = ¥3,750,000（税抜）",
    "钢筋 HRB400 Φ25，共 36.8 t，单价 ¥4,380/t，合计 ¥161,184",
    "Exec summary line: Substructure subtotal €1.42m; superstructure €3.86m; contingency 5% — see tab 'Summary'",
    "Qty check: 4 no. piles × 18.0 m = 72.0 m; rate $210/m → $15,120 (was $14,700 in rev B)",
    "Remove existing drop ceiling tiles & grid (600x600), dispose — 215 m²; make good to services",
    "Steel: UB 457x191x67 S355 — 11.8 t; fabrication + erection @ £2,450/t; galv. extra over £380/t",
    "Waterstop PVC 240 mm in construction joints — 184 lm; note: 'hydrophilic strip' NOT an approved alternative",
    "Item 9.3 <not priced> — tenderer to confirm inclusion",
    "Scaffold hire (independent tied, 2.0 m lifts) — 14 wks @ €2,100/wk; adaption & re-tie = 'Rate only'",
    "Sum of items 1–42 carried to collection: £486,212.40",
    "Cementitious screed 65 mm, SR1, on 50 mm PIR (λ = 0.022 W/mK) — 940 m²",
    "Tarmac 40 mm AC 10 close surf + 60 mm AC 20 dense bin — 2,320 m² (traffic signs & lines by others)",
    "Pipe uPVC 110 mm SN8, bedding class S (14/5 gravel) — 318 m; manholes 1200 Ø — 7 nr",
    "Rate build-up: labour 0.42 h/m² × €36 = €15.12; materials €9.80; plant €1.10; O&H 12% → €29.14/m²",
    "Quote from Baltic Timber (ref Q-22817): glulam GL24h 140x600, 9 pcs, L=12.6 m; ex-works; validity 30 days",
    "Supplier quote: 2 × 25 kVA generator hire, £95/day each + fuel; delivery/collection £180 — 'subject to availability'",
    "Glazing: triple IGU 4/16/4/16/4, Ug = 0.6, Argon 90% — 186 m² @ €212.00",
    "Alternative price: precast hollowcore 200 mm in lieu of in-situ slab = −€41,800 (saving)",
    "Fire stopping to service penetrations (EI 120) — 340 nr; allow for 'union' joints on copper risers",
    "Mobilisation & demob. (preliminaries) — item; Site security 24/7 — 52 wks @ £1,650",
    "Note: rates exclude VAT @ 20%; 'drop' in steel price since 03/2024 reflected in items 6.1–6.9",
    "Kerb HB2 125x255 on C20/25 bed & haunch — 412 m; dropped kerbs at crossings — 16 nr",
    "Insulation mineral wool 100 mm (λ 0.035) between studs — 1 260 m²; vapour control layer sd ≥ 100 m",
    "Excavation in rock (hard) — provisional 80 m³ @ €96.00 — 'measured net, no allowance for overbreak'",
    "Ceramic tiles 300x600 R10, adhesive C2TE S1 — 420 m²; trims 'Schlüter' or equal",
    "Kaldırım taşı 8 cm, kum yatak üzerine — 1.150 m² × 185,00 ₺",
    "Item 14.2 = Item 14.1 × 1.15 (15% wastage on tiles)",
    "CLT panels 5-ply 200 mm, visual quality one side — 310 m² @ CHF 148.–",
    "Electrical: SWA cable 4c 16mm² — 680 m; glands & terminations — 42 sets; testing & cert. — item",
    "Lift: MRL 8 person, 1.0 m/s, 5 stops — supply, install, commission — £68,500",
    "Sheet piles AZ 18-700, L = 12 m, S355GP — 96 t; extraction & credit on recovery −35%",
    "Rate revised: €142/m³ → €149/m³ (cement surcharge, supplier letter 14/02)",
    "Grand total (excl. provisional sums & contingency): $3,947,618.00",
    "Brick: facing, 'Leicester Red Stock' or equal approved; 1:1:6 mortar; flush joint — 210 m²",
    "Pos. 3.4 Dachabdichtung Bitumen 2-lagig inkl. Anschlüsse > 30 cm — 480 m²",
]

BOQ_CODES = ["01.02.{:03d}", "03.30.{:03d}", "05.12.{:03d}", "07.92.{:03d}", "09.29.{:03d}",
             "31.23.{:03d}", "E{:03d}", "Pos. 4.{}", "Item 2.{}"]
BOQ_ITEMS = [
    ("Ready-mix concrete C30/37 to ground beams", "m³", 138.0, 162.0),
    ("Formwork to sides of foundations (plain)", "m²", 28.0, 41.0),
    ("Rebar B500B, Ø10–Ø16, cut & bent", "t", 980.0, 1210.0),
    ("Blockwork 100 mm aircrete (3.6 N/mm²)", "m²", 31.0, 39.5),
    ("Gypsum board partition, 2 × 12.5 mm each side, 'Rw 45 dB'", "m²", 54.0, 71.0),
    ("Membrane roof EPDM 1.52 mm, fully adhered", "m²", 22.5, 33.0),
    ("Excavate trench ≤ 1.5 m deep & backfill with select material", "m³", 16.0, 27.5),
    ("Paint: mist coat + 2 × emulsion to walls", "m²", 4.2, 7.9),
    ("Skirting MDF 18x119 torus, primed", "m", 6.8, 11.4),
    ("Drop ceiling, mineral fibre tiles 600x600 on exposed grid", "m²", 24.0, 36.0),
    ("Kerb PCC 125x255 HB2 laid on C20/25 bed", "m", 21.0, 34.0),
    ("Steel S355 beams, fabricated & erected", "t", 2150.0, 2780.0),
    ("Floor tiles porcelain 600x600, adhesive & grout", "m²", 48.0, 66.0),
    ("Timber sleepers 200x100x2400 treated, for retaining edge", "nr", 21.0, 34.0),
    ("uPVC drainage pipe 150 mm SN8, incl. bedding", "m", 38.0, 57.0),
]
BOQ_CUR = ["€", "£", "$", "CHF "]


def gen_boq(rng):
    code = rng.choice(BOQ_CODES).format(rng.randint(1, 240))
    desc, unit, lo, hi = rng.choice(BOQ_ITEMS)
    qty = round(rng.uniform(4, 900), 1)
    rate = round(rng.uniform(lo, hi), 2)
    cur = rng.choice(BOQ_CUR)
    total = round(qty * rate, 2)
    form = rng.randint(0, 2)
    if form == 0:
        return f"{code} {desc} — {qty} {unit} @ {cur}{rate:,.2f}/{unit} = {cur}{total:,.2f}"
    if form == 1:
        return f"{code} | {desc} | {qty} {unit} | {cur}{rate:,.2f} | {cur}{total:,.2f}"
    return f"{desc}: qty {qty} {unit} × {cur}{rate:,.2f} → {cur}{total:,.2f} (ref {code})"


# ---------------------------------------------------------------------------
# 2. Drawing / document register entries and transmittal notes
# ---------------------------------------------------------------------------
DRAWING_REGISTER = [
    "A-101 rev C; S-204/B",
    "PRJ-2231-ARC-ZZ-01-DR-A-1101 P03 'For Coordination'",
    "M-301 rev D supersedes rev C (issued 12/03) – please destroy old prints",
    "S-204/B & S-205/A issued for construction; S-206 still 'Preliminary'",
    "Transmittal TX-0419: A-101 C, A-102 B, A-201 A, A-501 E — 4 dwgs, 1 schedule",
    "Drawing no. 22-118-E-DB-003 rev 02 | Distribution board schedule | Status: IFC",
    "Superseded: C-110 rev A→B (drainage invert levels changed @ MH3 & MH4)",
    "Rev cloud on A-301 grid C/4-5 shows new opening 1200x2100; check S-301 rev F",
    "Doc ref: HSE-PLN-0007 v1.3 — Construction Phase Plan (CPP)",
    "Please upload the *.pdf and *.dwg for L-001 to L-014 before Friday's issue",
    "STR-GA-L02 ‹P2› → ‹C1› once engineer signs off",
    "ISO 19650 status code S4 (suitable for stage approval) – A-1101 to A-1140",
    "Revision letters skip 'I' and 'O' — next after H is J",
    "Document 'Union Street elevation' (A-212) — title block shows wrong client name",
    "Title: Level 03 – Drop panel reinforcement (bottom) | Dwg: S-3130 | Scale 1:50 @ A1",
    "Plan d'exécution PLB-RDC-004 indice C – réseau EU/EV modifié",
    "Plano E-02 rev. 3 — esquema unifilar CGBT; sustituye al E-02 rev. 2",
    "Zeichnung Nr. 4711-TWP-OG2-012, Index d: Aussparungen lt. TGA ergänzt",
    "Rysunek K-05 rew. B — zbrojenie stropu nad parterem",
    "図面番号 A-105 改訂C：建具表の変更（SD-12 → SD-12a）",
    "图纸 结施-07 版本 B，梁配筋修改",
    "RFI-045 response requires revising S-204 to rev C; target issue 20/05",
    "Drawings A-101..A-120 were printed at wrong scale (1:100 instead of 1:50) — reissue",
    "Register export: 1,284 documents; 37 'Awaiting review'; 12 overdue > 14 days",
    "Model file: PRJ-STR-ZZ-ZZ-M3-S-0001.ifc rev P05 (IFC4, 148 MB)",
    "FP-L1-001 (fire strategy plan) - rev 'T2' tender issue; rev 'C1' construction issue pending",
    "A-101 rev C vs. rev B diff: door D1.04 swing reversed; partition type P3 → P4",
    "Status = 'Approved with comments' (Code B) — resubmit within 10 working days",
    "Shop drawing SD-STL-017 (connections at grid 7/E–F) returned code C: rejected, see comments",
    "Doc no. format: {Project}-{Originator}-{Volume}-{Level}-{Type}-{Role}-{Number}",
    "SK-014 sketch (not a contract drawing) attached to SI-022",
    "A-401/A-402 sections through stair core: handrail height 1100 mm ≥ Part K min.",
    "Who issued E-501 rev B without a revision note? Nothing in the table.",
    "Hold-point on S-1001: 'Do not construct until geotech report rev 2 received'",
    "Received from architect: 14 dwgs (ZIP, 62 MB) via link; filenames don't match register",
    "Rev. C (2024-04-18) – Fire door schedule updated – JK/MT",
    "Drawing list attached – union of arch. & struct. registers, duplicates removed",
    "Drop the old 'Preliminary' stamp from S-2xx series please; they're IFC now.",
    "MEP coordination drawing CD-L04-02 — clashes flagged in red; 23 open",
    "Sheet A-600 (door & window schedules) → split into A-601 doors / A-602 windows",
    "Ref: 0312-ENG-S-SK-0088 — temporary works propping sketch",
    "Doc control: please re-stamp A-1xx with 'Construction' and QR code before upload",
    "Rev P01 → P02: coordinated with M&E; rev P02 → P03: client comments incorporated",
    "Select all drawings with status S2 and export register to Excel",
    "V-100 as-built survey (point cloud decimated to 5 mm) — rev 0",
    "CAD standard: layer names A-WALL-FULL, A-DOOR, S-GRID; no spaces, no '#'",
    "Bauteil-Liste Rev. 7 <-> Plan TWP-UG-003 Rev. f stimmen nicht überein",
    "Desenho ARQ-PE-03 rev. 04 — planta de forro rebaixado (drop ceiling) 2º pav.",
    "Drawing S-204/B marked 'superseded' but still on the site board — please remove",
    "Planning drawings PL-001 to PL-009 ('P' prefix); do not use for construction",
]

DWG_DISC = ["A", "S", "M", "E", "P", "C", "L", "FP"]
DWG_TITLES = ["General arrangement – Level {lvl}", "Sections A–A & B–B", "Door schedule (sheet 2 of 3)",
              "Reflected ceiling plan L{lvl} (drop ceiling zones)", "Foundation plan & pile layout",
              "Stair 2 details", "Drainage layout – external", "Roof plan & falls", "Façade bay study – grid {g}",
              "Riser R{r} schematic", "Slab reinforcement L{lvl} – top", "External works – kerbs & paving"]
DWG_STATUS = ["IFC", "For Comment", "S2 – For information", "S4 – Stage approval", "Preliminary",
              "Superseded", "A – Authorised", "Tender"]
DWG_NOTES = ["", " – reissued after RFI-{n:03d}", " – see TX-{n:04d}", " – rev cloud at grid {g}",
             "; supersedes rev {prev}", " – 'as built' to follow"]


def gen_drawing(rng):
    disc = rng.choice(DWG_DISC)
    num = rng.choice([rng.randint(100, 699), rng.randint(1000, 3999)])
    rev = rng.choice(["A", "B", "C", "D", "E", "F", "P01", "P02", "P03", "C01", "C02", "T1"])
    prev = {"A": "-", "B": "A", "C": "B", "D": "C", "E": "D", "F": "E"}.get(rev, "P00")
    lvl = rng.choice(["00", "01", "02", "03", "04", "B1", "RF"])
    title = rng.choice(DWG_TITLES).format(lvl=lvl, g=rng.choice(["C/4", "E/7", "A–B/1", "F/9"]), r=rng.randint(1, 6))
    note = rng.choice(DWG_NOTES).format(n=rng.randint(1, 999), g=rng.choice(["D/3", "B/5", "7/E"]), prev=prev)
    if rng.random() < 0.5:
        return f"{disc}-{num} rev {rev} – {title} ({rng.choice(DWG_STATUS)}){note}"
    return f"{disc}-{num}/{rev} | {title} | {rng.choice(DWG_STATUS)}{note}"


# ---------------------------------------------------------------------------
# 3. RFIs and answers
# ---------------------------------------------------------------------------
RFI = [
    "RFI-045: Detail 5/A-501 shows 150 mm slab edge but S-204 says 200 mm — which governs?",
    "RFI #112 – Confirm concrete class for pile caps: spec says C32/40, dwg S-101 notes C28/35.",
    "Answer: Use C32/40 per spec clause 03 30 00 §2.3; drawing note to be revised in rev D.",
    "Q: Can we substitute Hilti HIT-RE 500 V4 for the specified epoxy? A: Yes, provided embedment ≥ 125 mm & ETA submitted.",
    "RFI 078 — Drainage invert at MH3: drawing C-110 says 23.450 but survey shows existing pipe @ 23.310; please advise.",
    "Architect response: 'Match existing' is not a specification. Select colour from RAL 7016 / 9006 and confirm by 30/04.",
    "Clarification requested: is the 'drop' at grid line 4 (−150 mm) structural or finishes only?",
    "RFI-201 (M&E): Sprinkler main clashes with beam B3-12; can we core the web Ø150 at mid-span?",
    "Engineer's reply to RFI-201: No coring permitted within L/4 of supports; reroute below beam (soffit > 2.40 m).",
    "RFI #19: Spec calls for 'union' fittings on all pump connections — does this include the booster set?",
    "Response overdue (issued 03/05, required 10/05). Works at L2 on hold pending reply — delay notice to follow.",
    "Please clarify: window W07 size on elevation 1200x1500 vs schedule 1200x1350 — which is correct?",
    "Question re: fire rating of riser doors — FD30S or FD60S? Fire strategy says 60 min for shafts > 3 storeys.",
    "RFI 033 – Re-bar lap lengths: 40Ø or 50Ø for H20 in tension zone? Eurocode vs project spec conflict.",
    "Answer to RFI-033: Use 50Ø (spec clause 03 21 00 §3.4 governs). No cost implication.",
    "RFI-090: Existing basement wall is 'sound' per survey but we found cracks > 2 mm — photos attached; please instruct.",
    "Can the sleeper wall DPC be omitted where the suspended timber floor is replaced by slab-on-grade? (RFI-094)",
    "RFI: Tile setting-out — centre on room or start from doorway? Drawing A-530 silent.",
    "Réponse MOE : la trémie 80x80 est décalée de 20 cm vers l'axe B ; voir plan indice D.",
    "Frage (RFI 17): Ist die Brüstungshöhe 90 cm oder 100 cm? LBO verlangt ≥ 90 cm; Baubeschreibung sagt 1,00 m.",
    "Consulta RFI-22: ¿el mortero de reparación debe ser R4 o R3? El pliego dice R4 pero el presupuesto R3.",
    "Pytanie RFI 08: czy izolacja przeciwwodna ma być wywinięta na ścianę min. 30 cm?",
    "RFI-120 — Elevator pit depth 1,450 mm on A-110 vs 1,600 mm required by the lift supplier.",
    "RFI to structural: allowable load on roof slab for AHU (4.2 t on 4 feet)? Need answer before crane booking on 14th.",
    "Answer: Provide 200x200x20 spreader plates under each foot; slab OK for 5 kN/m² + 4 × 10.5 kN point loads.",
    "RFI 151: Are we to remove & dispose of the asbestos-cement sheets, or is that under the client's separate contract?",
    "RFI-064 closed — superseded by SI-019 (instruction to omit the canopy).",
    "Request: confirm whether 'SELECT' grade oak (as spec) or 'Character' grade is acceptable for stair treads.",
    "RFI #44 — Bolt grade for moment connections at E/7: 8.8 or 10.9? Calc package says 10.9; drawing note says 8.8.",
    "Q: Is the system formwork approved for the 4.2 m walls, or is a TW design check needed? A: TW design check required.",
    "RFI-077 – Paint spec: 'eggshell' or 'matt' on corridor walls? Sample panel rejected 3 times.",
    "Architect: 'See spec' is not an answer to RFI-102. Please respond to the actual question (ceiling void depth).",
    "Q. Level of FFL at threshold: +0.000 or +0.015? Detail 12/A-520 shows 15 mm upstand; Part M says ≤ 15 mm.",
    "RFI 056: Ducting route through fire compartment wall — dampers to be motorised (FSD) or fusible link?",
    "Response: FSD (motorised) with BMS interface; see M-402 rev C. Cost to be assessed as a variation.",
    "RFI-013 (Ground): Trial pit TP4 hit water at −1.8 m; dewatering not in BoQ — how do we price?",
    "RFI: Script for the fire alarm cause & effect matrix not provided — who writes it, us or the FA contractor?",
    "Clarify 'exec. of works to BS 8000' — which parts? Part 3 (masonry) and Part 16 (sealants) only?",
    "RFI-099: Handrail end detail — return to wall or terminate with 'ball' end? Accessibility consultant to advise.",
    "Re: RFI-099 — returned to wall per BS 8300; 'ball' ends not acceptable.",
    "RFI 140 — slab penetration list (Rev 3) missing sleeves for CW/HW at risers R2 & R5.",
    "回复 RFI-031：外墙保温采用 岩棉板 100mm，A级防火，不得使用 EPS。",
    "RFI-031への回答：耐火被覆は 1時間 耐火、吹付けロックウール 25mm とする。",
    "RFI #87: The 'alert' light on the smoke vent panel — does it need to be repeated at the FF lobby?",
    "Question: Does 'or equal' in clause 08 71 00 allow an alternative closer manufacturer? Need answer by Thursday.",
    "RFI-160: Are weep holes required at every 900 mm c/c or 450 mm above the cavity tray? Detail vague.",
    "Design team reply: Weep holes @ 450 c/c max, min. 2 per opening; see amended detail 9/A-540 rev B.",
    "RFI-171 — Can we use 'drop-in' anchors in hollowcore? Manufacturer says NO — need alternative fixing.",
    "RFI-180: Pipe sleeves through basement wall — puddle flange or hydrophilic seal? Grade 3 waterproofing required.",
    "RFI-188: Client asks whether the topping-out ceremony on L12 needs a separate lift plan for the crane.",
]

RFI_QUESTIONS = [
    "Dimension conflict: {a} shows {x} mm, {b} shows {y} mm — which is correct?",
    "Please confirm finish to {room}: spec says 'paint', {a} says 'tiles to 1.2 m'.",
    "Is the {elem} at grid {g} load-bearing? We need to cut a {x}x{y} opening.",
    "Sleeve size for {svc} through wall at grid {g} not shown on {a}; assume Ø{x}?",
    "Fire rating of {elem} at grid {g}: EI 60 or EI 120? {a} & fire strategy disagree.",
    "Can we use {alt} in lieu of the specified product? Data sheet attached.",
    "Level of top of {elem} at grid {g}: +{lvl} on {a} vs +{lvl2} on {b}?",
]
RFI_ANSWERS = [
    "Answer: {b} governs; {a} to be revised at next issue.",
    "Response: proceed with {x} mm; no cost or time implication.",
    "Reply: not acceptable — keep the specified product; 'or equal' requires full submittal.",
    "Answer: confirmed; see sketch SK-{n:03d} attached.",
    "Response: hold — engineer to review by {d}/05.",
]
RFI_ELEM = ["wall", "beam", "upstand", "parapet", "slab edge", "column", "bulkhead", "lintel"]
RFI_SVC = ["CW main", "sprinkler", "SVP", "cable tray", "LTHW flow & return", "gas"]
RFI_ALT = ["a 2-part PU sealant", "Type 3 sub-base", "a PE-X pipe", "a mineral wool slab", "an alternative closer"]
RFI_ROOMS = ["WC 1.05", "kitchen Apt 3B", "plant room B1", "corridor C3", "lobby G.02"]


def gen_rfi(rng):
    dwgs = ["A-101", "A-205", "S-204", "S-310", "M-402", "E-501", "C-110", "A-530"]
    a, b = rng.sample(dwgs, 2)
    x = rng.choice([100, 150, 200, 225, 250, 300, 450, 600])
    y = rng.choice([120, 175, 210, 275, 325, 500, 750])
    lvl = f"{rng.randint(20, 30)}.{rng.randint(0, 999):03d}"
    lvl2 = f"{rng.randint(20, 30)}.{rng.randint(0, 999):03d}"
    q = rng.choice(RFI_QUESTIONS).format(a=a, b=b, x=x, y=y, room=rng.choice(RFI_ROOMS),
                                         elem=rng.choice(RFI_ELEM), g=rng.choice(["C/4", "D/6", "E/7", "B/2", "F/9"]),
                                         svc=rng.choice(RFI_SVC), alt=rng.choice(RFI_ALT), lvl=lvl, lvl2=lvl2)
    head = f"RFI-{rng.randint(200, 420):03d}: {q}"
    if rng.random() < 0.4:
        ans = rng.choice(RFI_ANSWERS).format(a=a, b=b, x=x, n=rng.randint(1, 99), d=rng.randint(10, 28))
        return head + "\n" + ans
    return head


# ---------------------------------------------------------------------------
# 4. Site diary entries and weather delays
# ---------------------------------------------------------------------------
SITE_DIARY = [
    "06:45 crew on site (14 no.); 07:10 toolbox talk re: working at height; 07:30 start pour prep L2",
    "Rain from 10:20 — 18 mm by 13:00; pour postponed; 6 h delay logged (weather > 10 mm threshold)",
    "Wind gusting 62 km/h @ 11:00 — tower crane stood down per lift plan (limit 20 m/s). Resumed 14:30.",
    "Concrete delivered: 7 trucks × 8 m³ C30/37; slump 110–130 mm; cubes taken (3 sets); pour complete 15:40",
    "Temp −4 °C at 07:00; frost protection blankets on slab L1; no concreting today.",
    "Visitor log: J. Moreno (client PM) 10:00–11:30; building control inspection of foundations — 'passed'",
    "Delay: scaffold not adapted at gridline C — bricklayers idle 3 h (2 men). Notified scaffolder @ 08:15.",
    "Drainage crew laid 42 m of 150 mm pipe MH4→MH5; CCTV booked Tue.",
    "Power cut on site 13:05–14:20 (network fault); welders & hoist down; 1.25 h lost",
    "Hot: 34 °C by noon, extra water breaks; curing compound applied to slab within 30 min of finishing.",
    "Steel erector short of 4 × M20 HSFG bolts; ordered, arriving tomorrow a.m. — grid E/7 connection left temp.",
    "Ground conditions: soft spot at TP4 area, excavated 600 mm deeper & backfilled with Type 1 (select fill).",
    "Noise complaint from no. 14 Union Street at 07:35 — breaker started before 08:00; foreman reminded.",
    "Police on site 16:00 re: stolen diesel (approx. 300 L from bowser). Crime ref 44/1876/24.",
    "Tagesbericht 14.05.: Regen ab 09:30, Arbeiten am Dach eingestellt; 8 Mann auf Innenausbau umgesetzt.",
    "Journal de chantier : livraison des prédalles retardée (camion bloqué A6) — grue en attente 2 h.",
    "Parte diario: viento fuerte (> 50 km/h), se suspenden trabajos en cubierta; 4 operarios a tabiquería.",
    "Dziennik budowy: betonowanie stropu nad 1p. zakończone o 18:20; pielęgnacja — polewanie wodą 3× dziennie.",
    "Diário de obra: chuva forte à tarde, escavação alagada; bomba submersível ligada às 15h.",
    "作業日報：午前 雨天のため外部足場作業中止、午後 内装ボード張り 2F 完了。",
    "施工日志：今天浇筑 3 层楼板 C30 共 126 m³，从 8:00 到 17:30，无异常。",
    "Snow 5 cm overnight; gritting access road 06:30; deliveries delayed 1 h; no lost time for crew.",
    "Night security: guard reported gate left unlocked at 22:10 — padlock replaced.",
    "Toolbox talk (15 min): 'Drop zones' under MEWP work — exclusion barriers & banksman. 22 attendees signed.",
    "Late delivery of plasterboard (due 08:00, arrived 12:40) → drylining gang standby 4.5 h; claim ref DC-031.",
    "Crane inspection (weekly) OK; LMI test passed; anemometer battery replaced.",
    "Setting out: gridlines A–F re-checked by engineer; error 12 mm on grid D — corrected before pour.",
    "No work 14:00–16:00 due to site-wide fire alarm test & evacuation drill (muster time 6 min 40 s).",
    "Weather: overcast, 12 °C, wind SW 15 km/h; ground dry. Productive day — 3 bays of blockwork complete.",
    "Rain & hail 11:15–11:40; roofers came down; resumed 12:30 after inspection of harness anchors.",
    "Client's rep walked L3 with us; wants sample of 'dropped' bulkhead finish by Fri.",
    "Hoist breakdown (door interlock) 09:20; engineer arrived 13:00; 3.5 h lost for 6 trades on upper floors.",
    "Excavator struck unmarked 63 mm PE water main @ ch. 0+145 — isolated by utility 11:50; no injuries.",
    "Archaeologist watching brief: pottery sherds found in trench T3 — work paused 40 min, then 'continue'.",
    "Labour: 4 carpenters, 6 steel fixers, 2 concreters, 1 banksman, 1 engineer; plant: 25 t mobile crane, 2 dumpers",
    "Heat stress protocol triggered @ 32 °C (WBGT 28) — work/rest 45/15 from 12:00.",
    "Warranty inspection: DPC & cavity trays on plots 7–12 accepted; plot 13 cavity tray lap < 100 mm — redo.",
    "Pump truck (42 m boom) arrived late — 2 trucks of concrete waited 55 min; one rejected (> 90 min since batching).",
    "Night works 22:00–05:00 under possession; rail sleepers replaced (36 no.) — handback 04:52 on time.",
    "Gün raporu: sabah sis, vinç çalışması 09:30'a kadar durduruldu; kalıp işleri devam.",
    "Progress: L4 slab 60% fixed; L5 columns poured; façade brackets L2 done — 2 days behind programme.",
    "Weather delay claimed: days lost this month = 4 (rain > 10 mm/day on 3rd, 7th, 8th, 21st).",
    "Diary note: engineer verbally instructed 'drop the upstand by 50 mm' — confirm in writing (CVI-014).",
    "Dust suppression: water bowser on haul road every 2 h; complaint from school at 10:10 resolved.",
    "Asbestos survey team on L-1 plant room, area sealed off; our trades relocated to L2.",
    "Dewatering pump failed overnight; 300 mm standing water in pit; pumped out by 09:00.",
    "Handover walk of Block B common areas; 46 snags recorded (see punch list PL-B-02).",
    "Щоденник: бетонування плити 2-го поверху перенесено через дощ; арматурники працюють на 3-му.",
    "Jurnal de șantier: livrare armătură 12 t la 10:30, descărcare cu macaraua turn; fără incidente.",
    "Bitácora: visita del director de obra; observó falta de estribos en columna C-3 (eje 4) — corregido.",
    "AM: fog until 09:00, no crane lifts.\nPM: clear; 14 precast planks landed on L3 (grid A–D).\nLost: 2 h crane time.",
]

DIARY_WEATHER = ["Dry, 14 °C, wind NW 10 km/h", "Light rain, 9 °C", "Heavy rain 22 mm", "Sunny, 27 °C",
                 "Frost −2 °C until 09:00", "Wind gusts 55 km/h", "Fog until 10:00", "Drizzle, 11 °C, ground wet"]
DIARY_ACT = ["blockwork L{l} grid {g} ({n} m²)", "rebar fixing slab L{l} ({n}% complete)",
             "formwork to columns L{l} (system formwork, {n} nr)", "drainage MH{m}→MH{m2} ({n} m laid)",
             "drylining L{l} zone {z}", "roof membrane block {z} ({n} m²)", "pour L{l} slab ({n} m³ C30/37)",
             "scaffold adaptation grid {g}", "façade brackets L{l} ({n} nr)"]
DIARY_DELAY = ["no delays", "crane stood down {h} h (wind)", "pour postponed — rain > 10 mm",
               "late delivery, {h} h standby", "hoist breakdown {h} h", "waiting on RFI-{r:03d} answer",
               "lost {h} h — power cut", "no delays; {n} operatives on site"]


def gen_diary(rng):
    t = f"{rng.randint(6, 8):02d}:{rng.choice(['00', '15', '30', '45'])}"
    act = rng.choice(DIARY_ACT).format(l=rng.randint(1, 8), g=rng.choice(["C", "D/4", "E–F", "7"]),
                                       n=rng.randint(6, 140), m=rng.randint(1, 8), m2=rng.randint(9, 14),
                                       z=rng.choice(["A", "B", "C"]))
    delay = rng.choice(DIARY_DELAY).format(h=rng.choice([1, 1.5, 2, 3, 4.5]), r=rng.randint(1, 240),
                                           n=rng.randint(8, 60))
    day = f"{rng.randint(1, 28):02d}/{rng.choice(['03', '04', '05', '06', '10', '11'])}"
    return f"{day} {t} — {rng.choice(DIARY_WEATHER)}; {act}; {delay}"


# ---------------------------------------------------------------------------
# 5. Snag / punch-list items
# ---------------------------------------------------------------------------
PUNCH_LIST = [
    "Snag #214 – Door D2.07 binds on frame; plane & rehang; leave 3 mm gap",
    "Paint touch-up to wall behind radiator, room 1.12 — 'orange peel' finish not acceptable",
    "Missing fire-stopping around 110 mm soil pipe in riser R2 (L3) — photo #5521",
    "Skirting gap > 5 mm at corner, Apt 4B living room; fill & caulk",
    "Tile lippage ≥ 2 mm in en-suite Apt 2A (tolerance 1 mm) — relay 6 tiles",
    "Drop ceiling tile cracked at corridor C3-05 near sprinkler head; replace",
    "Socket outlet not level (approx. 4°) — kitchen, Plot 17",
    "Window W3.02 handle won't lock; adjust keeps",
    "Scratches on stainless steel lift car panel (L-1 → L4) — polish or replace",
    "Handrail bracket loose at stair 2, L1/L2 landing — re-fix with 'M8 resin' anchors",
    "Sealant to bath not continuous; mould already visible <1 week after handover!",
    "Water ponding on balcony Apt 5C (fall is wrong way) — 12 mm deep after rain",
    "Label missing on DB-3F circuits 7–12",
    "Door closer too strong (> 30 N opening force) — accessible WC, ground floor; adjust to EN 1154 size 3",
    "Grout missing between tiles & shower tray; silicone required (not grout!)",
    "Loose floor box lid in office L2 zone B — trip hazard",
    "Alert panel (disabled refuge) not communicating with master station — test failed",
    "Brick staining (efflorescence) on south elevation below window sills — clean with approved product",
    "Kitchen unit door hinge #3 misaligned; soft-close not working",
    "Exposed cable in ceiling void above Apt 3D bathroom – no containment; tidy & clip",
    "Missing intumescent strip on FD30S door, store room 0.14",
    "Balustrade glass panel has chip on edge (> 1 mm) — replace per spec 'no visible defects at 1 m'",
    "Radiator TRV head missing, bedroom 2, Apt 6A",
    "Paving slab rocking at entrance (2 nr) — relay on mortar bed",
    "Lift 2 stops 15 mm below floor level at L3 — re-level",
    "Gaps in mastic joint at window reveal > 6 mm; re-do, colour to match (RAL 9016)",
    "Défaut : plinthe décollée dans le séjour lgt 12 ; recoller + joint acrylique",
    "Mangel: Fliesenfuge im Bad WE 07 gerissen, Silikonfuge fehlt an Wanne",
    "Usterka: drzwi wejściowe do lokalu 15 ocierają o próg — regulacja zawiasów",
    "Defecto: grifo del lavabo gotea, baño 2 vivienda 3ºB",
    "不具合：浴室換気扇 異音あり（302号室）— 交換",
    "Smoke detector in hall Apt 7A 'chirping' — battery backup dead; replace",
    "Paint drips on oak floor in Apt 4C hallway; sand & re-oil local area",
    "External light fitting L-EX-04 not working; check photocell & timer",
    "Cill level wrong: 20 mm step between internal cill & window frame, Plot 9 bedroom 1",
    "Item closed 14/05 — verified by M.S. (photo #6011). Reopen if recurs.",
    "Rejected: contractor says 'as per drawing' but drawing A-530 shows flush threshold — item stays open",
    "Item PL-0412: Signage to plant room door says 'DANGER 415 V' — should be '400 V' per current regs",
    "Snag list export: 128 open / 412 closed / 19 'disputed' — Block A only",
    "Door number plates missing L5 (Apts 5A–5F)",
    "Manhole cover in car park rocks when driven over; bed on resin mortar",
    "Kitchen extract duct not connected to external grille — discharging into ceiling void (!!)",
    "Wardrobe sliding door jumps track — Apt 8B master bedroom",
    "Condensation inside double-glazed unit W2.14 (seal failure) — replace IGU",
    "Floor level difference 8 mm between kitchen LVT & hallway carpet — needs threshold strip",
    "Spec says 'no visible screw heads' on MDF skirting; screws visible in Apts 3A, 3C, 4A",
    "Punch item #77 (fire door gaps 3–4 mm) re-inspected — top gap still 6 mm; FAIL",
    "Toilet cistern running constantly (float valve) — WC 1.05",
    "CCTV camera C-07 image 'offline' on NVR since Tuesday",
    "Clean-up: plaster splashes on window glass (all of L2), remove without scratching low-E coating",
    "Apt 6B:\n- bathroom door lock sticks\n- 2 × sockets loose (bed 1)\n- ceiling crack above window (hairline, < 0.3 mm)",
]

PUNCH_LOC = ["Apt {a}{b} kitchen", "Apt {a}{b} bathroom", "Corridor C{a}-{n:02d}", "Stair {s} L{a} landing",
             "Plot {p} bedroom {s}", "Room {a}.{n:02d}", "Lobby L{a}", "Car park bay {p}", "Riser R{s} L{a}"]
PUNCH_DEFECT = ["paint scuffed at {h} mm height", "door rubs on frame head", "sealant gap at worktop upstand",
                "cracked tile (1 nr)", "socket faceplate not flush", "skirting joint open ~{g} mm",
                "ceiling tile stained (leak above?)", "handle loose", "grille missing on extract valve",
                "fire-stopping incomplete around cable tray", "threshold strip missing", "light flickers"]
PUNCH_ACTION = ["make good & repaint", "adjust & re-test", "replace", "re-seal (colour to match)",
                "re-fix", "investigate & report", "re-inspect after fix", "client to confirm if acceptable"]


def gen_punch(rng):
    loc = rng.choice(PUNCH_LOC).format(a=rng.randint(1, 9), b=rng.choice("ABCDEF"), n=rng.randint(1, 30),
                                      s=rng.randint(1, 4), p=rng.randint(1, 48))
    defect = rng.choice(PUNCH_DEFECT).format(h=rng.choice([300, 900, 1100, 1500]), g=rng.randint(2, 8))
    status = rng.choice(["open", "open", "closed", "in progress", "disputed"])
    return f"Snag #{rng.randint(300, 999)} – {loc}: {defect}; {rng.choice(PUNCH_ACTION)} [{status}]"


# ---------------------------------------------------------------------------
# 6. Specification clauses
# ---------------------------------------------------------------------------
SPEC_CLAUSE = [
    "Section 03 30 00 – Cast-in-place concrete",
    "03 30 00 §2.3 Concrete mixes: C32/40, max w/c = 0.45, min. cement content 340 kg/m³; exposure XC4/XF1.",
    "3.5 Curing: keep surfaces continuously moist for ≥ 7 days or apply curing compound (efficiency ≥ 75%).",
    "Section 05 12 00 – Structural steel framing; bolts to ISO 4014 grade 8.8, nuts grade 8, washers 300 HV.",
    "Tolerances: flatness of floors SR2 — max. deviation 5 mm under 2 m straightedge; 'FM2' for racking zones.",
    "Submittals: product data, shop drawings & samples to be submitted ≥ 21 days before ordering.",
    "Substitutions: 'or equal' products are acceptable only with written approval of the Contract Administrator.",
    "Section 07 92 00 – Joint sealants: silicone (neutral cure) for glazing; polyurethane for movement joints > 10 mm.",
    "Mortar designation (iii) 1:1:6 cement:lime:sand; do NOT use plasticiser in lieu of lime unless approved.",
    "Part 2 – Products: 2.1 Select-grade white oak, rift sawn, moisture content 8–10 %.",
    "Fire-stopping shall achieve the same fire resistance (EI) as the element penetrated; e.g. EI 60 wall → EI 60 seal.",
    "Steel reinforcement: B500B to BS 4449; cover to links 40 mm (external), 25 mm (internal), +/- 5 mm.",
    "Waterproofing to BS 8102 Grade 3 (habitable) — combined Type A + Type C protection.",
    "Concrete shall not be placed when air temperature < 5 °C and falling, or > 30 °C, unless the Engineer approves.",
    "Section 09 29 00 – Gypsum board: 12.5 mm Type A (standard), 15 mm Type F (fire), joints taped & filled to Level 4.",
    "Sleepers for timber ground floor: treated softwood 100x75 on DPC; sleeper walls honeycomb brickwork.",
    "Windows: Uw ≤ 1.2 W/m²K; air permeability class 4; watertightness class E1050; wind load class C4.",
    "Where the drawings and this specification conflict, the more onerous requirement shall apply.",
    "Union connections: provide unions at every item of equipment to permit removal without draining the system.",
    "Drop panels: depth per structural drawings; do not reduce without Engineer's approval (§ 3.12).",
    "Paint system: 1 × primer (alkyd), 2 × finish coats (acrylic eggshell), DFT ≥ 40 µm per coat.",
    "Testing: 3 cubes per 50 m³ or per pour (whichever is more), 28-day strength ≥ fck + 4 N/mm².",
    "Clause 4.2: The Contractor shall execute the works in accordance with the Contract & the Engineer's instructions.",
    "Alert: This clause replaced by Addendum 03 (see section 01 10 00, item 7).",
    "Masonry: lay bricks frog up; joints 10 mm ±3 mm; perpends fully filled; 'bucket handle' pointing.",
    "Section 22 11 16 – Domestic water piping: copper EN 1057 R250 (half hard) or PE-X where concealed.",
    "Electrical: cables LSZH to BS 7211 / BS 6724 in escape routes; no PVC within protected shafts.",
    "Setting out: the Contractor is responsible for accuracy; datum = OSBM 23.456 m AOD (Union Rd. bench mark).",
    "Asphalt: AC 32 dense base 100/150 to EN 13108-1; compaction ≥ 93% refusal density.",
    "DIN 18202 Tabelle 3, Zeile 3: Ebenheitstoleranz 4 mm bei Messpunktabstand 1 m.",
    "CCTP Lot 02 – Gros œuvre : béton C25/30 XC1 pour voiles intérieurs ; enrobage 30 mm.",
    "Pliego de condiciones, art. 3.4: el hormigón HA-30/B/20/IIa se vibrará por capas ≤ 50 cm.",
    "STWiORB B-02.00: roboty betonowe — pielęgnacja betonu min. 7 dni w temp. > 5 °C.",
    "JASS 5：コンクリートの打込み 外気温 25℃ 以上の場合 90分以内。",
    "GB 50204-2015 第7.4.1条：混凝土强度等级必须符合设计要求。",
    "Timber moisture content ≤ 19% at time of fixing; ≤ 12% for internal joinery (measured with pin meter).",
    "Section 01 45 00 – Quality control: hold points H1–H9 as scheduled in Appendix Q; witness points W1–W14.",
    "Damp-proof membrane: 1200 gauge (300 µm) polyethylene, laps 300 mm taped; or equal.",
    "Sealant joint width:depth ratio 2:1 for joints 12–25 mm; backer rod closed-cell PE.",
    "Clause 2.7 – Execution: 'drop' hammer piling not permitted within 30 m of listed building (vibration < 3 mm/s PPV).",
    "Unless noted otherwise (U.N.O.), all dimensions in mm; levels in m above datum.",
    "The Contractor shall not exec. any variation without a signed Architect's Instruction (AI).",
    "Spray-applied fire protection: thickness per manufacturer table for Hp/A ≤ 200 m⁻¹ and 60 min; DFT sampling 1/20 m².",
    "Sect. 31 23 16 – Excavation: remove soft spots; replace with Type 1 select fill compacted to 95% MDD.",
    "Glazing: toughened/laminated (6/0.76/6) where glass < 800 mm above FFL or in doors (BS 6262-4).",
    "Membrane roof: EPDM 1.52 mm fully adhered; upstands ≥ 150 mm above finished roof level.",
    "Warranty: 10 years for roofing system, 25 years for façade panels (materials & workmanship).",
    "Section 08 71 00 – Door hardware: 'Grade 3' ironmongery to EN 1906; lever on rose, return to door.",
    "Expansion joints: max 30 m centres in slabs on grade; sawcut within 24 h, depth = ⅓ slab thickness.",
    "Mechanical: ductwork to DW/144; leakage class B for LP; test 10% of installed length.",
    "3.8 Protection:\n(a) protect finished work from damage;\n(b) cover floors with hardboard;\n(c) remove protection at handover.",
]

SPEC_SECTIONS = [("03 11 00", "Concrete forming"), ("03 20 00", "Concrete reinforcing"),
                 ("04 20 00", "Unit masonry"), ("05 50 00", "Metal fabrications"),
                 ("06 10 00", "Rough carpentry"), ("07 21 00", "Thermal insulation"),
                 ("07 54 00", "Thermoplastic membrane roofing"), ("08 11 13", "Hollow metal doors and frames"),
                 ("09 51 00", "Acoustical ceilings"), ("09 91 00", "Painting"), ("21 13 13", "Wet-pipe sprinkler systems"),
                 ("26 05 19", "Low-voltage electrical power conductors"), ("32 12 16", "Asphalt paving")]
SPEC_REQ = ["Submit product data & {n} samples ≥ {d} days before ordering.",
            "Tolerance: ±{t} mm in any {l} m length.",
            "Manufacturer's installation instructions govern where not in conflict with this section.",
            "Store materials off the ground, covered; reject damaged units.",
            "Do not install when ambient temperature < {c} °C.",
            "Provide {y}-year warranty (materials & workmanship).",
            "Mock-up: {n} m² panel for approval; approved mock-up = quality benchmark."]


def gen_spec(rng):
    code, title = rng.choice(SPEC_SECTIONS)
    req = rng.choice(SPEC_REQ).format(n=rng.choice([2, 3, 4]), d=rng.choice([14, 21, 28]),
                                      t=rng.choice([3, 5, 6, 10]), l=rng.choice([1, 2, 3]),
                                      c=rng.choice([0, 5, 10]), y=rng.choice([2, 5, 10, 15]))
    part = rng.choice(["1.4", "1.6", "2.1", "2.3", "3.2", "3.4", "3.7"])
    return f"Section {code} – {title}, §{part}: {req}"


# ---------------------------------------------------------------------------
# 7. Change orders, variations and claims
# ---------------------------------------------------------------------------
CHANGE_ORDER = [
    "CO-014: Add 2 no. roof access hatches (900x900) incl. trimming — +€6,480.00; time: 0 days",
    "Variation V-031 – Omit canopy over entrance (SI-019) — credit −£18,250",
    "Claim for extension of time: 12 working days due to late RFI-045 response + 4 days exceptional rain (> 10 yr avg)",
    "Change Order #7 — Upgrade doors D1.01–D1.12 from FD30S to FD60S; cost +$14,300; schedule impact: none",
    "Early warning EW-022 (NEC4 cl. 15.1): steel price increase may affect Prices; meeting Tue 10:00",
    "Compensation event CE-041 — Client instructs additional drop kerbs (6 nr) at crossing points; quotation due in 3 wks",
    "Variation quote: excavate & cart away contaminated soil (Hotspot 3) — 145 m³ @ £68/m³ = £9,860; disposal tickets to follow",
    "Counter-proposal: we accept the 'union' of items V-031 & V-033 but not the 10% OH&P reduction",
    "Claim ref. DC-031 (disruption): drylining gang 4.5 h standby × 4 men × £34.00/h = £612.00",
    "Loss & expense: prolongation 3 wks × £11,480/wk (site prelims) = £34,440",
    "CO-022 rejected — 'work included in original scope (spec 09 29 00 §3.1)'",
    "Please price: drop ceiling height in corridors from 2,700 to 2,550 to clear ductwork; provide CO by Friday",
    "Change request CR-118: substitute precast stairs for in-situ; saving €11,200; time −5 days",
    "Nachtrag NT-09: Mehrmengen Bewehrung BSt 500 S (+3,8 t à 1.280 €/t) = 4.864,00 € netto",
    "Avenant n°3 : travaux supplémentaires — reprise de l'étanchéité terrasse, 12 450,00 € HT",
    "Orden de cambio OC-05: sustitución de carpintería de PVC por aluminio RPT (+ 23.600 €)",
    "Roboty dodatkowe nr 4: wymiana gruntu pod posadzką hali — 320 m³ × 95 zł = 30 400 zł netto",
    "変更契約 #2：外壁タイル → 金属パネル変更 増額 ¥8,400,000",
    "签证单 QZ-017：增加地下室排水沟 65 m，单价 ¥320/m",
    "CO summary: Approved 14 (+€212,400); Pending 6 (+€58,900); Rejected 3; Net contract sum €4,312,900",
    "Daywork sheet DW-188 signed by clerk of works 'for record only' — not agreement to pay",
    "EOT granted: 9 of 16 days claimed; LDs of £2,500/day apply from 14/09",
    "Claim narrative: the Employer's late possession of Zone C (access denied 03/04–21/04) delayed the critical path",
    "Instruction AI-044 (oral, confirmed by email 12:31): 'Drop the parapet by 150 mm on the north side'",
    "VO-12 value = labour (42 h × €38) + materials (€1,146.50) + plant (€220) + 15% = €3,406.68",
    "Acceleration: client requests L5–L7 handover 3 weeks early — cost of 2nd shift & extra crane = +£96,000",
    "Note: CO-019 includes contingency draw-down of $40k (from $250k to $210k remaining)",
    "Variation disputed — going to adjudication (notice dated 02/05)",
    "Change in law: new fire regs amendment → sprinklers in flats > 11 m",
    "Price variation clause — Index: steel bars — base Oct-23 (312.4), current Mar-24 (298.1) → −4.6%",
    "Unforeseen: existing 11 kV cable in footprint of Block D; diversion quote £42k; programme +6 wks",
    "Re-measure of blockwork: tender qty 1,240 m², actual 1,318 m² (+78 m² @ £46.20 = £3,603.60)",
    "Claim for idle plant: 25 t excavator standing 3 days @ €620/day while awaiting archaeology release",
    "CO #22 — Add 'select' grade timber cladding to entrance (client preference): +€7,150",
    "Withdrawal of CE-017 — duplicated in CE-015",
    "Contractor's notice of delay (cl. 2.27): late information on M&E coordination drawings",
    "Credit for omitted items: 4 nr external benches (−£3,200), bike shelter (−£5,850)",
    "VO-018: Additional sleepers to retaining wall at garden (timber, 200x100, 2.4 m) — 46 nr",
    "Claim rejected: 'rain' is a neutral event under the contract — time only, no money",
    "Variation order raised as PO 4500123987 — please quote PO on invoice",
    "Change order log: CO-030 'Alarm cause & effect revision' — awaiting FA contractor price",
    "Value engineering option VE-07: polished concrete in lieu of vinyl in corridors (−€18/m² × 640 m²)",
    "Interim payment application #9: gross valuation €2,418,300; less retention 3%; less previous €2,076,500",
    "CO-041: 'Exec' office fit-out upgrade — acoustic partitions Rw 48 dB; +£22,600",
    "Loss of productivity calc (measured mile): baseline 1.8 m²/h → impacted 1.2 m²/h = −33%",
    "Instruction to open up & inspect; if work found compliant, cost & time to Employer's account",
    "Claim for 'drop' in productivity due to stacking of trades on L3 (6 trades in 400 m²)",
    "Zmiana nr 7: dodatkowe przepusty w ścianie fundamentowej (8 szt.) — cena ryczałtowa 4 800 zł",
    "Variação: mudança de piso cerâmico para porcelanato 60x60 — acréscimo R$ 38.400,00",
    "CO-050 time impact analysis: window fragnet inserted after activity A1420; float consumed = 7 d; EOT = 3 d",
    "Breakdown for V-044:\n  Labour   56 h × £36.00 = £2,016.00\n  Plant    £480.00\n  Material £1,212.40\n  OH&P 12% £444.05\n  Total    £4,152.45",
]

CO_DESC = ["Add {n} nr floor boxes in open-plan office L{l}", "Omit external signage (by client)",
           "Upgrade {n} doors to FD60S", "Additional fire-stopping to late M&E penetrations (L{l})",
           "Relocate {n} sockets per tenant layout rev {r}", "Extra over for rock excavation ({n} m³)",
           "Change floor finish in lobby to porcelain 600x1200", "Add drop kerbs at {n} crossings",
           "Temporary protection to existing trees (RPAs) — {n} m heras fencing",
           "Delete 'select' grade oak; use standard grade (client VE)"]


def gen_co(rng):
    n = rng.randint(2, 40)
    desc = rng.choice(CO_DESC).format(n=n, l=rng.randint(1, 7), r=rng.choice("BCDE"))
    cur = rng.choice(["€", "£", "$"])
    amt = round(rng.uniform(400, 48000), 2)
    sign = "−" if desc.startswith(("Omit", "Delete")) else "+"
    days = 0 if rng.random() < 0.6 else rng.randint(1, 15)
    status = rng.choice(["Pending", "Approved", "Under review", "Rejected", "Priced"])
    return f"CO-{rng.randint(51, 199):03d}: {desc} — {sign}{cur}{amt:,.2f}; time: {days} days [{status}]"


# ---------------------------------------------------------------------------
# 8. Safety inspections and permits
# ---------------------------------------------------------------------------
SAFETY_PERMIT = [
    "Hot work permit HW-0412: welding on L3 steel; fire watch 60 min after; extinguishers (CO2 + foam) in place",
    "Permit to work at height PTW-H-118 — MEWP 45 ft articulating boom; harness & lanyard checked; rescue plan attached",
    "Confined space entry CS-07 (manhole MH4): gas test O2 20.9%, LEL 0%, H2S 0 ppm, CO 2 ppm — OK to enter",
    "Excavation permit EX-22: CAT & Genny scan done (ch. 0+100 to 0+160), 2 live services marked — hand dig within 0.5 m",
    "Inspection: scaffold tag 'green' — inspected 13/05 by card holder; next due 20/05",
    "Near miss: drop of spanner (≈ 0.5 kg) from L4 into exclusion zone — no one hurt; tool lanyards mandatory now",
    "Lift plan LP-031: 25 t mobile crane, radius 14 m, load 3.2 t (AHU) + rigging 0.15 t = 3.35 t; 62% SWL",
    "Electrical isolation LOTO: DB-2F circuit 14 locked out (lock #07, tag J. Alvarez); proving unit tested before & after",
    "Safety alert: counterfeit harness clips found on site — check lot nos. starting 'XK-22'; quarantine immediately",
    "Weekly inspection score 86/100 — issues: housekeeping L2 (cables across walkway), missing edge protection at stair void",
    "RAMS review for demolition of slab: sequence, propping, exclusion zone 10 m; approved with comments (rev B)",
    "Incident report IR-014: operative cut hand on sheet metal — first aid only (not reportable); cut level D gloves issued",
    "Permit closed 17:45 — area inspected, no smouldering; fire watch ended 18:45",
    "Asbestos: survey results — chrysotile in AIB panels (riser R1); licensed removal required before strip-out",
    "PPE check: hard hats, hi-vis, S3 boots, glasses; 2 visitors refused entry w/o boots",
    "Noise monitoring: 87 dB(A) at breaker position — ear defenders mandatory > 85 dB(A)",
    "Silica dust: cutting blocks with wet suppression only; RPE FFP3 face-fit tested (cert. on file)",
    "Emergency drill results: alarm 10:02, last person out 10:08, headcount OK 10:09 (112 persons)",
    "Tower crane: wind speed limit 20 m/s in service; out-of-service free slew; anemometer reading logged hourly",
    "Formwork inspection before pour: props plumb, U-heads locked, 'system formwork' ties torqued — signed TWC",
    "Toolbox talk: Manual handling of 25 kg cement bags — 'team lift' anything > 25 kg",
    "Permit to dig: NO mechanical excavation within 500 mm of marked HV cable (11 kV)",
    "Unsafe act: operative standing on handrail of MEWP basket — removed from site, re-induction required",
    "Arbeitserlaubnis Heißarbeiten Nr. 23: Brandwache 2 h nach Abschluss, Feuerlöscher 6 kg PG",
    "Permis de feu n° 118 : soudure charpente R+2 ; surveillance 2 h après la fin des travaux",
    "Permiso de trabajo en altura PTA-044: línea de vida instalada en cubierta, revisada por recurso preventivo",
    "Zezwolenie na prace gorące nr 15: spawanie w hali B, obserwator pożarowy do 16:00",
    "作業許可：高所作業車 使用（12m）安全帯フルハーネス着用、監視人 1名配置",
    "动火作业许可证 DH-009：三层钢梁焊接，配备灭火器 2 具，监护人 王强",
    "First aid: 3 trained first aiders on site (expiry dates 2025); defib located at welfare cabin 2",
    "Traffic management: one-way system; banksman at gate; max 10 mph; reversing only with spotter",
    "Notification of project submitted to the regulator (ref 2024/0311/AB); principal designer = 'Smith & Partners'",
    "Inspection finding: guard-rail height 950 mm ✓, toe-board 150 mm ✓, intermediate rail missing ✗ — fixed 11:20",
    "Hazard: open riser at L2 (900x600) — cover fixed & marked 'HOLE – DO NOT REMOVE'",
    "Permit refused: hot work in roof void with exposed timber & no fire blanket — re-apply after prep",
    "Gas cylinder storage: oxygen ≥ 3 m from acetylene or separated by 30-min fire wall; cage locked",
    "Heat illness prevention: water, shade & rest; buddy system; stop work if WBGT > 32",
    "Thorough examination for passenger hoist due 22/06; certificate #H-5521 attached",
    "Exclusion zone radius = 1.5 × drop height for overhead work (min 5 m) — barriers & signage",
    "Weekly safety stats: LTI 0; reportable 0; near misses 4; observations 23 (17 positive)",
    "Manhole MH5 gas detector alarmed (H2S 12 ppm) — evacuated; ventilation 30 min; retest 0 ppm",
    "Work at height: ladders only for short-duration (< 30 min) light work; 3 points of contact",
    "Sign-in board: 'No permit, no work' | 'Stop if unsure' | 'Report all near misses'",
    "Fall arrest system inspection failed — lanyard shock absorber deployed (red tag) — destroyed",
    "Crane lift with 'blind' slew over public road needs road closure — permit from council (ref TTRO-882)",
    "Site induction quiz pass mark 8/10; 3 operatives scored 6 — re-brief in Polish & Romanian",
    "Rescue plan for suspended worker: MEWP rescue within 10 min; suspension trauma straps on all harnesses",
    "Ispezione cantiere: parapetti provvisori mancanti sul solaio 3° piano — sospensione lavori fino a ripristino",
    "Permit ref. CS-07 extended to 18:00 — gas monitor continuous; attendant outside at all times",
    "İş izni: yüksekte çalışma, emniyet kemeri kontrol edildi; rüzgar > 40 km/s ise iş durdurulacak",
    "Daily checks MEWP #3:\n[x] tyres\n[x] emergency lowering\n[ ] platform gate latch — FAULTY, tagged out",
]

PERMIT_TYPES = [("Hot work permit", "HW", ["fire watch {m} min after", "extinguisher within 10 m", "fire blanket over openings"]),
                ("Permit to work at height", "PTW-H", ["harness + twin lanyard", "exclusion zone {m2} m", "rescue plan briefed"]),
                ("Confined space entry", "CS", ["gas test OK (O2 20.{d}%)", "attendant at hatch", "tripod & winch rigged"]),
                ("Permit to dig", "PD", ["CAT scan done", "hand dig within 0.5 m of services", "utility drawings checked"]),
                ("Electrical isolation permit", "EI", ["isolation lock #{n:02d}", "proved dead before & after", "tag on DB door"]),
                ("Lifting permit", "LP", ["banksman & radios", "exclusion zone {m2} m", "wind < 9 m/s at hook"])]
PERMIT_LOC = ["L{l} grid {g}", "roof block {z}", "riser R{r}", "manhole MH{r}", "plant room B{r}", "basement zone {z}"]

def gen_permit(rng):
    name, pre, ctrls = rng.choice(PERMIT_TYPES)
    loc = rng.choice(PERMIT_LOC).format(l=rng.randint(1, 9), g=rng.choice(["C/4", "E/7", "B/2"]),
                                       z=rng.choice("ABCD"), r=rng.randint(1, 6))
    c1, c2 = rng.sample(ctrls, 2)
    fmt = dict(m=rng.choice([30, 60, 120]), d=rng.randint(6, 9), n=rng.randint(1, 40), m2=rng.choice([5, 10, 15]))
    valid = f"{rng.randint(1, 28):02d}/{rng.choice(['04', '05', '06'])} {rng.randint(7, 9):02d}:00–{rng.randint(15, 18)}:00"
    return f"{name} {pre}-{rng.randint(100, 999)}: {loc}; {c1.format(**fmt)}; {c2.format(**fmt)}; valid {valid}"


# ---------------------------------------------------------------------------
# 9. CAD / IFC export paths, file names and document-control metadata
# ---------------------------------------------------------------------------
CAD_FILE_PATH = [
    r"P:\2231_Harbour_View\03_CAD\Arch\A-101_C.dwg",
    "/projects/2231/exports/ifc/PRJ-STR-ZZ-ZZ-M3-S-0001_P05.ifc",
    r"Xref not found: ..\..\Shared\Grids\A-GRID.dwg (moved to \\fileserver01\cad\shared\grids)",
    r"\\nas-02\BIM\2231\Federated\2231_FED_L03.nwd",
    r"C:\Users\mkowalski\Documents\Revit\2231_ARC_Central_mkowalski.rvt",
    "Export settings: IFC4 Reference View, 'Export base quantities' = ON, file: 2231-ARC-ZZ-ZZ-M3-A-0001.ifc",
    "Folder structure: /WIP/{discipline}/, /SHARED/, /PUBLISHED/, /ARCHIVED/ (ISO 19650 CDE)",
    "~/Desktop/site photos/2024-05-14/IMG_4471.HEIC",
    "Please save to /SHARED/Structural/Calcs/ not your desktop!",
    "Upload failed: 'A-101 rev C (final) (2).pdf' — filename contains illegal characters ( )",
    "Revit link path relative: ../../Structure/2231_STR_Central.rvt",
    r"Navisworks cache: C:\ProgramData\Autodesk\Navisworks Manage 2024\cache\ — delete if clash results stale",
    r"dwg → pdf batch: plot to D:\Plots\2231\IFC\*.pdf (A1, 1:100, monochrome.ctb)",
    "s3://acme-cde-prod/2231/published/S-204_B.pdf",
    "https://cde.example.com/projects/2231/docs/A-101?rev=C&view=markup",
    "Point cloud: /mnt/scans/2231/2024-04-02/Level02_decimated_5mm.e57 (38 GB)",
    r"Template path: C:\ProgramData\Autodesk\RVT 2024\Templates\UK\DefaultUKENU.rte",
    r"Plot style table monochrome.ctb missing from \\fileserver01\cad\standards\plotstyles — copy it locally",
    "file:///P:/2231_Harbour_View/05_Docs/Spec/03%2030%2000%20Cast-in-place%20concrete.pdf",
    "Export log: 2231-ARC-L02.ifc — 14,223 entities; IfcWallStandardCase: 1,204; IfcSlab: 88; warnings: 3",
    "Archive: /ARCHIVED/2023/Q4/2231_ARC_Stage3_Freeze.zip (2.3 GB) — don't unzip on the server",
    "Filename convention: <Project>-<Originator>-<Zone>-<Level>-<Type>-<Role>-<Number>_<Rev>.<ext>",
    "DWG TrueView says 'Drawing file is not valid' for S-204_B.dwg — saved in a newer format?",
    r"Renamed '..\Sheets\A-1xx' folder to 'A-100 series'; links in the sheet set (.dst) need repathing",
    "/home/bim/exports/checks/2231_checks_2024-05-10.bcfzip",
    "Layer filter: A-*,S-GRID,*|A-ANNO (xref layers contain '|')",
    "Move the old IFCs from /tmp/ifc_export/ to /projects/2231/archive/ before the nightly backup",
    r"G:\Shared drives\Tenders\2024\T-0419 Hospital Wing\Returns\Contractor B\Pricing.xlsx",
    r"Dynamo script path: C:\BIM\Dynamo\Renumber_Sheets_v3.dyn — runs on active view only",
    r"Use relative paths for xrefs; absolute paths like C:\Temp\grid.dwg break on other PCs",
    "Attachment: Site_Diary_2024-05-14 (v2) [final].docx",
    "Photo path on tablet: /storage/emulated/0/DCIM/SiteDiary/2024/05/14/",
    "CDE register export: 2231_register_export_20240514.csv; columns: DocNo; Rev; Title; Status",
    "IFC GUID 2O2Fr$t4X7Zf8NOew3FLOH duplicated in two exports — check mapping file",
    r"Mapping file: C:\BIM\IFC\2231_IFC_Export_Mapping.txt (Revit category → IfcEntity)",
    "Backup job copies /projects/2231/ to /backup/2231/ at 02:00 nightly — do not rename folders after 18:00",
    "Share link for subcontractor (expires 30 days): https://files.example.net/s/Zx8Q2aL?path=%2FShop%20Drawings",
    "Wrong folder: S-2xx PDFs were uploaded to /PUBLISHED/Architecture/ — moved to /PUBLISHED/Structural/",
    "The IFC opens in one viewer but not in the checker (error: 'Unexpected token at line 88412')",
    "Rhino/Grasshopper files: /design/facade/panel_gen_v14.gh (do not use v13 — wrong joint gaps)",
    "Schedule export: Door_Schedule_L01-L05.csv (semicolon-delimited; decimal comma) for the French supplier",
    r"Sheet set file moved: D:\CAD\2231\2231.dst → \\fileserver01\cad\2231\2231.dst",
    r"Pfad: Z:\Projekte\2231\04_Ausführung\TWP\Bewehrung\OG2_Decke.dwg",
    r"Chemin : \\serveur\Affaires\2231\DCE\Lot 05 - Menuiseries\CCTP_Lot05.pdf",
    r"Ruta: C:\Obras\2231\Planos\Estructura\E-02_rev3.dwg",
    r"パス：\\fs01\設計\2231\意匠\A-105_改訂C.pdf",
    r"Max path length exceeded (> 260 chars) when unzipping: shorten 'P:\2231_Harbour_View\...\Returned Comments\Round 3'",
    "Exported BCF issues: /SHARED/Coordination/BCF/2024-05-14_L03_clashes.bcf (23 topics)",
    "Model size: 2231_ARC_Central.rvt 412 MB → purge & compact → 287 MB",
    "Asset tag export for FM: COBie_2231_Stage6.xlsx → /PUBLISHED/Handover/COBie/",
    "IFC header:\nFILE_DESCRIPTION(('ViewDefinition [ReferenceView_V1.2]'),'2;1');\nFILE_NAME('2231-STR-L02.ifc','2024-05-14T09:12:44',('mkowalski'),('Contractor'),'','','');",
]

PATH_ROOTS = ["P:\\2231_Harbour_View", "\\\\nas-02\\BIM\\2231", "/projects/2231", "/mnt/cde/2231",
              "D:\\CAD\\2231", "s3://acme-cde-prod/2231"]
PATH_DIRS = [("03_CAD", "Arch"), ("03_CAD", "Struct"), ("04_BIM", "IFC"), ("05_Docs", "Transmittals"),
             ("PUBLISHED", "Structural"), ("SHARED", "MEP"), ("WIP", "Landscape")]
PATH_FILES = ["A-{n}_{r}.dwg", "S-{n}_{r}.pdf", "2231-ARC-L{l:02d}-M3-A-{n:04d}.ifc", "M-{n}_{r}.dwg",
              "2231_FED_L{l:02d}.nwc", "TX-{n:04d}_transmittal.pdf", "E-{n}_{r}.dxf", "2231-STR-L{l:02d}_P0{p}.ifczip"]


def gen_path(rng):
    root = rng.choice(PATH_ROOTS)
    d1, d2 = rng.choice(PATH_DIRS)
    f = rng.choice(PATH_FILES).format(n=rng.randint(100, 999), r=rng.choice("ABCDEF"), l=rng.randint(0, 9),
                                     p=rng.randint(1, 9))
    sep = "\\" if ("\\" in root or root[1:3] == ":\\") else "/"
    path = sep.join([root, d1, d2, f])
    if rng.random() < 0.35:
        size = rng.choice(["1.2 MB", "14 MB", "148 MB", "612 KB", "2.4 GB"])
        return f"{path} ({size})"
    return path


# ---------------------------------------------------------------------------
# 10. Crew and supplier chat messages (multilingual)
# ---------------------------------------------------------------------------
CREW_MESSAGE = [
    "Pour on L2 moved to tomorrow 7am — pump truck booked, 8 trucks C30/37. Be on site 6:30 pls",
    "Mañana no hay grúa hasta las 10, empezamos con el encofrado del muro eje C",
    "Jutro betonowanie o 7:00, proszę być o 6:30. Pompa zamówiona.",
    "Chłopaki, kto zostawił szlifierkę na 3 piętrze? Kabel przez przejście — nie róbcie tak!",
    "Mâine nu lucrăm la cofraje, vine inspecția la 9. Curățenie pe etajul 2 azi!",
    "Morgen 7 Uhr Abnahme Bewehrung Decke über EG — bitte bis heute Abend fertig flechten",
    "Les gars, livraison des prédalles décalée à 14h — on avance sur les réservations en attendant",
    "Amanhã chuva forte prevista → sem betonagem; equipa de cofragem vai para o piso -1",
    "Yarın sabah 7'de döküm var, pompa 06:45'te gelecek. Vibratörleri kontrol edin.",
    "Завтра заливка плити о 7:00, всім бути о 6:30. Вібратори перевірити!",
    "كل العمال: غداً صب الخرسانة للسقف الساعة ٧ صباحاً، الحضور ٦:٣٠",
    "明天早上7点浇筑三层楼板，6:30到场，振动棒检查好",
    "明日 7時から 3F スラブ打設、6時半集合でお願いします。雨天中止の場合は連絡します。",
    "कल सुबह 7 बजे स्लैब की ढलाई है, 6:30 तक साइट पर पहुँचें",
    "Crane's down (wind > 20 m/s) — everyone switch to internal works till further notice",
    "@Marek can you send me the latest S-204? I only have rev A on the tablet",
    "Who's got the key for container #3? Need the laser level & tripod",
    "Reminder: no smoking within 10 m of the gas cage; someone left butts there again 😡",
    "Steel fixers: top mat at drop panels needs 2 extra H16 bars each way — see marked-up S-3130",
    "Sleepers for the temporary access road arrived; unload by gate 2, not on the footpath",
    "Wifi passwd for the site cabin changed — ask Joanna at the front desk, don't post it here",
    "Heads up: building control inspector coming at 2pm to look at the drains before backfill",
    "Supplier just called: plasterboard delayed to Thursday. I'll tell the drylining guys.",
    "Quote from Pete's Plant: 8t excavator £210/day + £90 delivery each way; 1-week min. OK?",
    "Gents — union rep visiting at 12:30 re: welfare facilities, pls be polite 🙏",
    "Can someone check if the 'alert' beacon on the hoist is working? It didn't flash this morning",
    "Rebar delivery 12t at 10:30; need 2 guys + telehandler at the laydown area",
    "Ok boss 👍 will do after lunch",
    "Pls don't drop materials from the scaffold into the skip — use the chute!",
    "Selecting the tile grout colour today with the client — bring samples 'Manhattan' & 'Jasmine'",
    "Our concrete cubes (7-day) came back 28.5 / 29.1 / 27.8 N/mm² — on track for C32/40 at 28 days",
    "Bin lorry at 3pm; skips 1 & 2 to be swapped; mixed waste only in skip 2 (no plasterboard!)",
    "Anyone seen the 'exec' version of the programme? Client wants the 1-page summary by 4pm",
    "Tomorrow: 07:00 toolbox; 07:30 scaffold adaptation (grid C); 09:00 blockwork L3; 13:00 RFI meeting",
    "Hi Ahmed, can you & Ravi start the membrane on roof B tomorrow if dry? forecast says < 2 mm",
    "Prezzi aggiornati: tondino B450C €1,02/kg, consegna entro venerdì. Confermate l'ordine?",
    "Hoi, morgen geen betonstort — de pompwagen is kapot. Verder werken aan de bekisting.",
    "Ahoj, zítra betonáž stropu 2.NP od 7:00, prosím být na stavbě v 6:30.",
    "Hej! Leveransen av gipsskivor är försenad till torsdag — fortsätt med reglarna.",
    "Quick one: what's the w/c ratio on the new mix? supplier says 0.45, spec says ≤ 0.45 so ok?",
    "Bricklayers: mix is 1:1:6 not 1:4 — I saw someone mixing it wrong this morning!!",
    "Sorry lads, payroll delayed 1 day (bank holiday). Pay will land Tuesday.",
    "Site closed Friday for Eid — security only. Eid Mubarak to all 🌙",
    "New starters Mon: 3 x general ops, induction 7:30 in the cabin, bring ID & bank details",
    "Tele-handler keys in the site office drawer (top left), sign them out pls",
    "Hi all — drawing A-101 rev C is IFC now; bin your rev B prints",
    "Vamos a necesitar 40 puntales más para el forjado de la planta 3; ¿alguien llama a alquileres?",
    "Pracujemy w sobotę 7–13, kto chętny niech się wpisze na listę u Tomka",
    "Mâine e ploaie, lucrăm la interior: gips-carton etajul 1 și 2.",
    "FYI: the <50 mm slump load got rejected at the gate, next truck ETA 20 min",
    "Plan for Sat:\n- 2 fixers on L5 edge beams\n- 1 carpenter on stair shutters\n- me & Dan on setting out\nBack Mon 7am",
]

CREW_TEMPLATES = [
    "{who}, {task} on L{l} tomorrow at {t} — {extra}",
    "{who}: {task} moved to {day}, {extra}",
    "Reminder {who} — {task} L{l} grid {g}, start {t}",
    "{greet} {task} — L{l}, {t}. {extra}",
]
CREW_WHO = ["Marek", "Ahmed", "Ravi", "Joanna", "Dan", "Luis", "Ionuț", "Kenji", "Olena", "Tomek", "all"]
CREW_TASK = ["pour", "rebar inspection", "scaffold adaptation", "blockwork", "formwork strike", "drylining",
             "crane lift (AHU)", "membrane on roof", "setting out", "snagging walk"]
CREW_EXTRA = ["bring harnesses", "pump booked", "check the forecast", "client will be there",
              "RFI still open, don't start the upstand", "use the new S-204 rev C", "gate 2 only",
              "if it rains we go inside", "no crane until 10"]
CREW_GREET = ["Morning all!", "Lads,", "Team —", "Hi guys,", "FYI:"]


def gen_crew(rng):
    return rng.choice(CREW_TEMPLATES).format(
        who=rng.choice(CREW_WHO), task=rng.choice(CREW_TASK), l=rng.randint(1, 9),
        t=f"{rng.randint(6, 14)}:{rng.choice(['00', '30'])}", extra=rng.choice(CREW_EXTRA),
        day=rng.choice(["Tue", "Wed", "Thu", "Fri", "Monday"]), g=rng.choice(["C/4", "E/7", "A–B"]),
        greet=rng.choice(CREW_GREET))


CATEGORIES = [
    ("boq_line", BOQ_LINE, gen_boq),
    ("drawing_register", DRAWING_REGISTER, gen_drawing),
    ("rfi", RFI, gen_rfi),
    ("site_diary", SITE_DIARY, gen_diary),
    ("punch_list", PUNCH_LIST, gen_punch),
    ("spec_clause", SPEC_CLAUSE, gen_spec),
    ("change_order", CHANGE_ORDER, gen_co),
    ("safety_permit", SAFETY_PERMIT, gen_permit),
    ("cad_file_path", CAD_FILE_PATH, gen_path),
    ("crew_message", CREW_MESSAGE, gen_crew),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for cat, literals, gen in CATEGORIES:
        n_lit = 0
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            rows.append((cat, v))
            n_lit += 1
        n_gen = 0
        tries = 0
        while n_lit + n_gen < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template for {cat} cannot produce enough unique values")
            v = gen(rng)
            if v in seen:
                continue
            seen.add(v)
            rows.append((cat, v))
            n_gen += 1
        stats.append((cat, n_lit + n_gen, n_lit))

    out = Path(__file__).with_name("benign.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, v) in enumerate(rows, 1):
            assert isinstance(v, str) and v and len(v) <= 1800, (cat, v)
            obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "label": "benign", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for cat, n, lit in stats:
        total_lit += lit
        print(f"{cat:18s} {n:4d}  literals {lit:3d} ({100 * lit / n:.0f}%)")
    print(f"{'total':18s} {len(rows):4d}  literals {total_lit:3d} ({100 * total_lit / len(rows):.0f}%)")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
