#!/usr/bin/env python3
"""Benign half of the pharmacyops held-out WAF corpus.

Standard library only. Writes benign.jsonl next to this file.
Every category = hand-written literals (one per line in a block, "¶" marks a
line break inside a value) + ONE small template over hand-written pools,
filled up to 80 values with random.Random(12601).
"""
import json
import os
import random

SEED = 12601
PREFIX = "hbc6"
PER_CATEGORY = 80
MIN_LITERALS = 50


def block(text):
    out = []
    for line in text.strip("\n").split("\n"):
        if not line.strip():
            continue
        out.append(line.replace("¶", "\n"))
    return out


CATS = []  # (category, literals, template_fn)

# ---------------------------------------------------------------- order_entry
ORDER_LIT = block(r'''
amoxicillin 500 mg PO q8h x 10 days
Vancomycin 1250 mg IV q12h — trough before 4th dose
metoprolol tartrate 25 mg PO BID, hold if HR < 55 or SBP < 90
heparin 5000 units subcut q8h
Enoxaparin 40 mg SC daily; if CrCl < 30 → 30 mg daily
acetaminophen 650 mg PO q6h PRN pain/fever, max 3 g/day from all sources
ondansetron 4 mg IV q6h prn N/V
insulin lispro per sliding scale AC & HS
Pip-tazo 4.5 g IV q6h extended infusion over 4 h
KCl 20 mEq PO x1 now, recheck K+ in AM
discontinue ceftriaxone; start cefazolin 2 g IV q8h per ID
Order by 14:00 for same-day delivery to 5 West
Please select the 10 mL vial, not the 30 mL multi-dose — waste issue
morphine 2 mg IV q3h PRN severe pain (7-10/10)
Lasix 40 mg IV BID -- verify w/ nephro before 2nd dose
Drop rate of norepinephrine to 0.05 mcg/kg/min per MD at 03:10
prednisone taper: 40 mg x3d → 30 mg x3d → 20 mg x3d → 10 mg x3d → stop
levothyroxine 75 mcg PO daily on empty stomach, 30–60 min before breakfast
warfarin 5 mg PO qPM; INR goal 2–3; next INR Thurs
Dr. O'Connor wants the zolpidem d/c'd — pt is a fall risk
melatonin 3 mg PO qHS PRN sleep (non-formulary, pt's own supply)
sleep aid request: trazodone 25 mg qHS prn insomnia, may repeat x1
metformin 500 mg PO BID with meals; hold 48 h after IV contrast
Ceftriaxone 1 g IV q24h ; azithromycin 500 mg IV q24h (CAP)
NS 1000 mL @ 125 mL/h
D5W 250 mL + dopamine 400 mg (1600 mcg/mL), titrate 5–20 mcg/kg/min
amiodarone 150 mg IV over 10 min, then 1 mg/min x 6 h, then 0.5 mg/min x 18 h
gentamicin 7 mg/kg IV q24h (Hartford nomogram) — random level 6–14 h post
Zosyn and vanc — can we union both orders into one IV set so nursing sees them together?
Ibuprofen 400 mg PO q6h PRN; avoid if plt < 100k or on anticoagulant
ASA 81 mg PO daily & clopidogrel 75 mg PO daily (DAPT x 12 mo)
hydromorphone PCA: demand 0.2 mg, lockout 10 min, 4-h limit 3 mg, no basal
Med rec: pt takes "lisinopril 10" – confirm 10 mg daily or 10 mg BID?
STAT: naloxone 0.4 mg IV push, may repeat q2–3 min
Give 1 h before or 2 h after meals (not w/ dairy)
ciprofloxacin 500 mg PO q12h ×7 d | separate from Ca/Mg/Fe by 2 h
pantoprazole 40 mg IV daily → switch to PO when tolerating diet
dexamethasone 6 mg PO/IV daily for up to 10 days
NPO after midnight — give metoprolol with a sip of water
Renal dosing: CrCl 25 mL/min → cefepime 1 g q24h instead of 2 g q8h
tobramycin inh 300 mg BID, 28 days on / 28 days off
Hold 0600 dose; patient to OR. Resume post-op per surgeon.
piperacillin/tazobactam 3.375 g IV q8h (4-h infusion) #EI
Fentanyl 25 mcg/h patch q72h – remove old patch!
pt weight 82.4 kg, height 178 cm, BSA 2.01 m²
Vitamin K 10 mg IV x1 over 20 min (INR 9.8)
Kcentra 25 units/kg → 2050 units IV; call pharmacy when ready
albuterol 2.5 mg/3 mL neb q4h & q2h prn wheeze
'as directed' is not an acceptable sig — please clarify frequency
cancel duplicate order #448210; keep #448211 (correct route)
NOTE: Select "Patient's own med" in the source dropdown, then scan.
Order set updated: sepsis bundle now defaults to cefepime + vanco; both show in the drop-down.
Magnesium sulfate 2 g IV over 2 h if Mg < 1.8
Insulin glargine 18 units SC qHS; hold if BG < 100 & NPO
tacrolimus 2 mg PO q12h (0800/2000), trough goal 8–10 ng/mL
Verbal order read back: "hydralazine 10 mg IV q6h prn SBP > 170" ✔
Clarification: the sig says 1 tab PO TID but the bottle is 1/2 tab — which one?
''')

ORDER_DRUGS = ["cefazolin", "levetiracetam", "famotidine", "atorvastatin", "apixaban", "furosemide",
               "lorazepam", "oxycodone", "sertraline", "amlodipine", "allopurinol", "linezolid"]
ORDER_DOSES = ["2 mg", "5 mg", "10 mg", "20 mg", "40 mg", "500 mg", "1 g", "2 g", "600 mg", "0.5 mg"]
ORDER_ROUTES = ["PO", "IV", "IVPB", "SL", "per NG tube", "IM", "SC"]
ORDER_FREQ = ["daily", "BID", "TID", "q6h PRN", "q8h", "q12h", "qHS", "x1 now", "q4h PRN anxiety", "weekly"]


def order_tpl(r):
    return "%s %s %s %s" % (r.choice(ORDER_DRUGS), r.choice(ORDER_DOSES), r.choice(ORDER_ROUTES), r.choice(ORDER_FREQ))


CATS.append(("order_entry", ORDER_LIT, order_tpl))

# ---------------------------------------------------------- formulary_search
SEARCH_LIT = block(r'''
amoxicillin
amox clav 875
"insulin glargine" biosimilar
ceftriaxone 1 g vial
Is dabigatran on formulary?
apixaban vs rivaroxaban renal dosing
select formulary alternatives for esomeprazole
ondansetron ODT 4mg
metoprolol succinate ER 25
NDC 0409-4888-02
heparin 5,000 units/mL
drugs like "Eliquis"
pediatric amoxicillin suspension 400 mg/5 mL
non-formulary request: semaglutide
抗生素 头孢曲松
アムロジピン 5mg
paracetamol 1 g IV
ibuprofeno 400 mg
Paracétamol sirop enfant
метформин 850 мг
kháng sinh amoxicillin
아목시실린 캡슐
vanco OR vancomycin
tPA -alteplase tenecteplase
sodium bicarbonate 8.4% 50 mL
KCl premix 20 mEq/100 mL
union of Lexicomp + Micromedex results
order by price ascending
sleep aids on formulary
drop-in replacement for ranitidine
LASA list hydroxyzine hydralazine
tall man: hydrOXYzine / hydrALAZINE
Tylenol w/ codeine #3
Dr. Reddy's omeprazole
K+ replacement protocol
<5 mg tablets
morphine >10 mg/mL
ABX for UTI in pregnancy
cephalexin 250 mg/5 mL & 500 mg caps
mg/kg/day gentamicin
what's on the crash cart?
succinylcholine storage (fridge?)
levetiracetam IV to PO conversion 1:1
biosimilar pegfilgrastim $ comparison
$4 generic list
Norco 5/325
methylPREDNISolone 125 mg
insulin U-500 KwikPen
dex 4 mg/mL MDV
N-acetylcysteine 20% inhal
ceftriaxone NOT ceFAZolin
hep flush 10 units/mL
Pfizer | Hospira | Fresenius
cisplatin *hazardous* handling
thiamine 100 mg IV (Wernicke)
Ibuprofen-Saft 2 % Kinder
عقار الأموكسيسيلين
''')

SEARCH_DRUGS = ["amoxicillin", "azithromycin", "clindamycin", "doxycycline", "fluconazole", "gabapentin",
                "hydrocortisone", "ketorolac", "labetalol", "nitroglycerin", "propofol", "rocuronium"]
SEARCH_FORMS = ["inj", "tab", "oral susp", "ER cap", "premix bag", "PF syringe", "10 mL vial", "topical 2%",
                "ODT", "chewable", "IV", "unit dose"]


def search_tpl(r):
    return "%s %s" % (r.choice(SEARCH_DRUGS), r.choice(SEARCH_FORMS))


CATS.append(("formulary_search", SEARCH_LIT, search_tpl))

# --------------------------------------------------------------- compounding
COMP_LIT = block(r'''
Magic mouthwash: equal parts viscous lidocaine 2%, diphenhydramine 12.5 mg/5 mL and Maalox. Shake well, QS to 240 mL.
Omeprazole 2 mg/mL suspension: 20 mg caps x 10 in 8.4% sodium bicarb, QS 100 mL. BUD 30 days refrigerated.
Per USP <797>: category 1 CSP, BUD 12 h at room temp or 24 h refrigerated.
USP <800> applies — use the C-SEC and double chemo gloves for the methotrexate.
Step 1: triturate tablets to fine powder¶Step 2: levigate with glycerin¶Step 3: add Ora-Plus to 50 mL¶Step 4: QS with Ora-Sweet to 100 mL
Vanco oral 50 mg/mL from 1 g vial + 20 mL sterile water — label "for oral use only"
Don't use the 0.22 µm filter for the propofol — it's an emulsion!
Ketamine 50 mg/5 mL syringe for ICU, label with lot + BUD, store in C-II safe
Hydrocortisone 1 mg/mL oral susp; tabs → powder → Ora-Blend; shake well
Baclofen 10 mg/mL: 10 mg tabs x 30 (crush) in 30 mL Ora-Plus/Ora-Sweet 1:1
TPN base: dextrose 20%, AA 5%, lipids 20% separately — add MVI last
Note: the "order by" time for TPNs is 13:00; anything later goes in tomorrow's batch
Bag 1 of 3 — do NOT spike until pharmacist double-check ✔
Remember to drop the needle in the sharps, not the regular bin :)
Wipe with sIPA → let dry 10 s → enter ISO 5 zone
Pediatric dilution: morphine 1 mg/mL → 0.1 mg/mL (1 mL + 9 mL NS)
Insulin drip: 100 units regular in 100 mL NS (1 unit/mL), prime tubing with 20 mL
Norepi 4 mg/250 mL (16 mcg/mL) — double concentration 8 mg/250 mL for fluid-restricted pts
"Pharmacist's note: grind finely; gritty tablets clog the NG tube."
Label: CHEMOTHERAPY — handle with gloves — dispose of properly
Sterile water vs NS: amphotericin B → D5W only!
Capsules: fill #0 caps with 250 mg each, tare the balance first
Ratio table:¶| Ingredient | Amount |¶|---|---|¶| Lidocaine 2% | 80 mL |¶| Diphenhydramine | 80 mL |¶| Maalox | 80 mL |
BUD = min(14 d, earliest component expiry) -- per SOP C-14
Spironolactone 5 mg/mL: 25 mg tabs x 20, Ora-Plus 50 mL, Ora-Sweet QS 100 mL
Captopril 1 mg/mL in water — BUD only 14 d, keep in fridge
Cefazolin 2 g in 20 mL SWFI → 100 mg/mL; pull 10 mL for 1 g dose
Make 3 syringes; label each "1 of 3", "2 of 3", "3 of 3"
Warning: acetylcysteine smells like rotten eggs — that's normal ;)
Remove the air bubble before capping — flick & push
Epinephrine 10 mcg/mL push-dose pressor: 1 mL of 0.1 mg/mL + 9 mL NS
Chemo spill kit in hood B is expired → replaced 06/02
Hazardous waste goes in the black bin; trace chemo in yellow
Gowning order: shoe covers → hair cover → mask → hand wash → gown → gloves
Tobramycin eye drops fortified 14 mg/mL (from IV vial + Tears Naturale)
Clindamycin 1% in Cetaphil lotion, 60 g jar, apply BID
Use only 1 vial per patient — no pooling of single-dose vials
Lipids must hang separate (3-in-1 not compatible with this AA brand)
Flush with D5W before and after — incompatible with NS
Trituration 1:10 for low dose — weigh 100 mg, dilute with 900 mg lactose
Batch record #C-2025-0611: 12 bags, all passed visual inspection
Compounding log 06/11 (hood B):¶We made 12 omeprazole 2 mg/mL suspensions and 6 vanco oral 50 mg/mL bottles. The balance drifted during the first weigh (0.3 mg off), so I re-tared and re-weighed everything; second check by Tom matched. Labels printed in English and Spanish, BUD 30 days refrigerated for the omeprazole and 14 days for the vanco.¶Issue: we're down to the last case of Ora-Plus. Buyer notified, ETA Monday. If it doesn't show up, SyrSpend is the backup (see SOP C-14, section 4 → alternate vehicles).
pH adjust to 6.5–7.0 with NaOH 1N dropwise
Magistrale Rezeptur: Salicylsäure 5 % in Vaseline, 50 g
Préparation magistrale : gélules de 5 mg, excipient lactose
Fórmula magistral: omeprazol 2 mg/mL suspensión, conservar en nevera
调配说明：摇匀后使用，冷藏保存
Label says "shake well" — the Ora-Plus settles fast
When the air sampler alarms, stop compounding and call Maria (x4471)
Sucrose 24% for neonates, 0.5 mL per dose, oral syringe only
Glycopyrrolate oral 0.5 mg/mL made from tablets; BUD 90 d room temp
Don't forget: "NOT FOR IV USE" sticker on all oral syringes!!
Morphine 1 mg/mL PCA syringe, 30 mL — witness required for waste
IV admixture checklist: drug → diluent → volume → BUD → label → verify
Add 2 mL of KCl 2 mEq/mL → 4 mEq total, mix by inversion x10
''')

COMP_DRUGS = ["ursodiol", "lisinopril", "sildenafil", "metronidazole", "phenobarbital", "tacrolimus", "amlodipine"]
COMP_CONC = ["1 mg/mL", "2 mg/mL", "5 mg/mL", "10 mg/mL", "20 mg/mL", "0.5 mg/mL"]
COMP_VEH = ["Ora-Plus/Ora-Sweet 1:1", "SyrSpend SF", "simple syrup", "sterile water", "Ora-Blend SF"]
COMP_VOL = ["30", "50", "60", "100", "120", "150"]
COMP_BUD = ["14 d fridge", "30 d fridge", "60 d RT", "90 d RT", "7 d fridge"]


def comp_tpl(r):
    return "%s %s in %s, QS %s mL, BUD %s" % (r.choice(COMP_DRUGS), r.choice(COMP_CONC), r.choice(COMP_VEH),
                                              r.choice(COMP_VOL), r.choice(COMP_BUD))


CATS.append(("compounding", COMP_LIT, comp_tpl))

# -------------------------------------------------------------------- alerts
ALERT_LIT = block(r'''
PCN allergy (rash 1998) — tolerated cefazolin in 2019, OK to proceed
Override reason: benefit > risk; discussed with Dr. Nguyen
QTc 512 ms — ondansetron + haloperidol + azithro, consider alternatives
Sulfa → hives; avoid SMX-TMP
"Anaphylaxis" to shellfish is NOT a contraindication to iodinated contrast
Severe interaction: linezolid + sertraline → serotonin syndrome risk. Monitor!
warfarin + fluconazole: expect INR ↑, reduce warfarin ~25%
Allergy: codeine (nausea) — intolerance, not true allergy
Patient's daughter says "she's allergic to everything" — verified list with PCP
Duplicate therapy alert: two PPIs (pantoprazole & omeprazole) — d/c one
Alert fatigue: 14 overrides this shift, mostly "duplicate" on PRN orders
Drug-disease: NSAID with CrCl < 30 → avoid
Latex allergy — use latex-free syringes & stoppers
Egg allergy ≠ contraindication for propofol (per current guidance)
K+ 6.1 + spironolactone + lisinopril → hold both, notify MD
Max dose exceeded: acetaminophen 4.2 g/24 h — drop the PRN
Beers list: diphenhydramine in 84 y/o → suggest melatonin for sleep instead
Pregnancy category concern: lisinopril — pt is 12 wks, switch to labetalol
Pt reports "red man" with vanco last year — extend infusion to 2 h, not an allergy
Interaction level: MAJOR | clarithromycin + simvastatin | hold statin during course
Allergy: amoxicillin ('throat swelling', 2015) → anaphylaxis — no beta-lactams without ID consult
Allergie: Penicillin (Exanthem 2012)
Alergia a la penicilina – urticaria (2010)
Allergie à l'aspirine : bronchospasme
ペニシリンアレルギー（発疹）
青霉素过敏（皮疹）
Аллергия на пенициллин — крапивница
حساسية من البنسلين
Dị ứng penicillin (phát ban)
페니실린 알레르기 (두드러기)
Contrast allergy: premedicate — prednisone 50 mg PO at 13, 7 and 1 h before + diphenhydramine 50 mg 1 h before
Heparin: HIT antibody positive 03/2024 → NO heparin flushes, use NS
Renal alert: SCr 2.4 (baseline 1.0) — hold metformin & adjust cefepime
Boxed warning acknowledged: fluoroquinolone tendon rupture
Alert fired for "union" — it's Union Memorial's discharge list, not a drug. False positive, ignore.
Interaction "select serotonin reuptake inhibitor + triptan" — low risk, OK per neuro
Hypoglycemia risk: glipizide + fluconazole → monitor BG q4h
Lithium 0.9 → 1.6 after starting HCTZ — hold lithium, recheck level in AM
Do not crush! (ER) — nifedipine XL via NG tube → switch to IR q8h
Alert override: "MD aware, will monitor" -- 02:14 MK
Allergy reaction severity: mild | moderate | severe | unknown → selected "unknown"
Cross-sensitivity < 2% between PCN and 3rd-gen cephalosporins
Sedation stacking: oxycodone + gabapentin + lorazepam → RASS checks q2h
Tramadol + ondansetron: possible ↓ analgesic effect & serotonin risk
Digoxin 0.125 mg + amiodarone started → reduce digoxin by 50%
Pt on MAOI (selegiline) — avoid meperidine, dextromethorphan
G6PD deficiency — avoid rasburicase, primaquine, dapsone
Peanut allergy; check excipients (arachis oil) in the progesterone injection
Allergy clarification call with the patient's son (06/02, 14:10):¶He says the "penicillin allergy" was a rash as a child, maybe 60 years ago, and that she took cephalexin twice in the past five years without any problem. No hives, no swelling, no breathing issues. I updated the entry to 'rash, low risk, tolerated cephalosporins' and told the team that cefazolin is fine for surgical prophylaxis. Flagged for a penicillin allergy de-labeling consult if she stays more than 48 h.
Grapefruit juice & tacrolimus: counsel pt to avoid
NOTE -- allergy list last reviewed 2025-05-30 by R. D'Souza, PharmD
"Tolerated" is not the same as "no allergy" — please don't delete the entry
Weight-based dose check failed: weight not documented. Enter weight before verify.
Statin + gemfibrozil: contraindicated → change to fenofibrate
SSRI + NSAID + apixaban: GI bleed risk ↑↑, consider PPI
Age ≥ 65 && eGFR < 45 → flag for renal dose review (rule R-12 in the alert config)
''')

ALERT_A = ["clarithromycin", "amiodarone", "ciprofloxacin", "fluoxetine", "rifampin", "phenytoin", "methotrexate"]
ALERT_B = ["warfarin", "simvastatin", "tizanidine", "tramadol", "oral contraceptives", "trimethoprim", "digoxin"]
ALERT_EFFECT = ["↑ levels", "↓ efficacy", "QT prolongation", "bleeding risk", "myopathy risk", "toxicity"]
ALERT_ACTION = ["monitor", "reduce dose", "avoid combination", "check level in 3 d", "override w/ MD approval"]


def alert_tpl(r):
    return "%s + %s: %s — %s" % (r.choice(ALERT_A), r.choice(ALERT_B), r.choice(ALERT_EFFECT), r.choice(ALERT_ACTION))


CATS.append(("alerts", ALERT_LIT, alert_tpl))

# ----------------------------------------------------------------- inventory
INV_LIT = block(r'''
NDC 0409-1966-02 lot 12345AB exp 2026-03 qty 25
Recall: lot #K7Q2211 — pull from ADC 4N and 5W; quarantine bin Q-3
par level 40 | on hand 12 | reorder 30
Short: cefazolin 2 g bags backordered until 7/15; use 1 g x2
Received 6 cases heparin 5000 u/mL, PO# 77821, invoice matches
Cycle count ADC 3E: morphine 2 mg/mL count 18 (expected 19) → discrepancy report filed
NDC 00071-0155-23 (11-digit: 00071-0155-23) — Lipitor 10 mg
Expiring < 90 days: 14 items, see attached list
Lot: 2F4471A | Exp: 31/12/2025 | Qty: 3 boxes
Transfer 10 vials of alteplase from main to ED satellite
Wholesaler: Cardinal; acct 88-1023; cut-off 17:00
Temperature-sensitive tote — deliver to fridge on arrival
Dropped & broke 1 vial of insulin aspart — wasted, witness: JT
Return to vendor: 4 x ceftriaxone 2 g (dented carton)
Shelf A3 → A5 (moved the cephalosporins next to the carbapenems)
Par change request: increase ondansetron 4 mg ODT from 20 → 35
DEA 222 form #141872 for oxycodone 5 mg x 10 bottles
CII vault count matches perpetual inventory ✔
Barcode won't scan — GTIN 00303090511201, entered manually
Bin label says "HYDROmorphone 2 mg/mL" — tall man lettering fixed
Backorder ETA unknown; alternative: pip-tazo 3.375 g (same NDC family)
Inventory value 06/2025: $1,284,550.17
Select the 'Consignment' checkbox for vendor-owned stock
Lot 24B91 & 24B92 are from the same batch — either is fine
Discontinued by manufacturer → remove from ADC profile by Friday
Outdated stock to reverse distributor (box #3, sealed)
Expiry: 2025-09 (MM/YYYY on label is 09/2025)
PAR | MIN | MAX¶40 | 20 | 60¶10 | 5 | 15
ADC 5W drawer 3 pocket 12: famotidine 20 mg → swap with pocket 13
Counted by: A. Müller / witnessed: S. Ó Briain
NDC 55150-0154-10 short — use 55150-0155-10 (different vial size, same conc)
Order by Tuesday noon for Thursday delivery, otherwise next week
Union Drug Co. invoice #UD-55231 is short 2 items
Qty on hand < 0?? Looks like a double-dispense from ADC 2N
Controlled substance discrepancy resolved: count error by nurse (recounted 02:40)
Wasting fentanyl 50 mcg — witness required --> signed by RN Kowalski
Inventar Station 3: Paracetamol 500 mg – 120 Stück
Inventaire : 12 flacons d'amoxicilline 1 g
Inventario: 8 cajas de enoxaparina 40 mg
库存盘点：头孢曲松 1g × 30 支
在庫：アモキシシリン 250mg 100カプセル
Pharmacy storeroom: keep the door closed & temp < 25 °C
Printer label: ALTEPLASE 100 mg — HIGH ALERT
ADC override report → 23 overrides last week (down from 41)
Waste log entry #8812: 0.5 mL morphine 10 mg/mL
Auto-replenishment is off for hazardous drugs (manual only)
Vendor portal: https://orders.example-wholesaler.com/account/88-1023/invoices
Lot numbers can contain letters & dashes, e.g. A12-3B/45
Missing: 1 box of naloxone 0.4 mg/mL — check the crash cart refill station
Carton has 10 × 10 mL MDVs; price per vial $3.42
GTIN → NDC conversion: strip indicator digit & check digit
Case pack 24 / inner pack 6 / each 1
''')

INV_LOC = ["ADC 3E", "ADC 5W", "main shelf B2", "fridge 2", "vault", "ED satellite", "OR pharmacy", "NICU"]


def inv_tpl(r):
    ndc = "%05d-%04d-%02d" % (r.randint(100, 76000), r.randint(1, 9999), r.randint(1, 99))
    lot = "%s%d%s" % (r.choice(["K", "A", "B", "F", "HX", "7T"]), r.randint(1000, 99999), r.choice(["", "A", "B", "C"]))
    exp = "%d-%02d" % (r.choice([2025, 2026, 2027]), r.randint(1, 12))
    return "NDC %s lot %s exp %s qty %d loc %s" % (ndc, lot, exp, r.randint(1, 60), r.choice(INV_LOC))


CATS.append(("inventory", INV_LIT, inv_tpl))

# ---------------------------------------------------------------- fridge_log
FRIDGE_LIT = block(r'''
Fridge 3B 04:00 temp 4.2 °C (min 2.1 / max 7.9) OK
Excursion: 9.4°C for ~35 min after door was left ajar; insulin moved to fridge 2; stable per mfr
Freezer F1: -22 °C ✓
Kühlschrank 2: 5,1 °C – in Ordnung
Réfrigérateur pharmacie : 3,8 °C à 07h00, RAS
Nevera 1: 6 °C — dentro de rango (2–8 °C)
冷蔵庫 A：4℃（正常）
冰箱温度：5°C，正常
Холодильник №3: +4 °C, норма
Fridge 1 AM 3.9 / PM 4.4 — initials: KP
Data logger downloaded: /shared/templogs/fridge3B_2025-06.csv
Alarm at 02:13: 8.6 °C, reset after 6 min (defrost cycle)
Thermometer battery low — replaced, recalibrated vs reference (Δ 0.2 °C)
Min/max reset at 08:00 by J. O'Neill
Temp out of range (<2 °C) — vaccines possibly frozen. Quarantine & call manufacturer
Door alarm went off 3x tonight, the seal is torn on the bottom left
Power outage 21:40–22:05; generator kicked in; max 7.1 °C
Fridge 4 (vaccines): 4.6 °C | humidity 41% | OK
Range for insulin unopened: 2–8 °C; in-use up to 28 d at room temp (< 30 °C)
Log missing for Sunday night — sleep-deprived tech forgot, sorry! Filled in from logger data.
Ice packs in freezer: -18 °C → ready for the transport cooler
Fridge 2 reading 12 °C?! Probe fell out of the glycol bottle, actual air temp 4.8 °C
Weekly check: drain clean, coils dusted, temp map done
Temp at 06:00 → 3.3; 12:00 → 4.0; 18:00 → 4.7; 00:00 → 4.1
Cold chain broken during delivery (tote at 11 °C) – refused the shipment
Move all biologics to Fridge 1 while Fridge 3 is serviced
Fridge 3B:¶| time | °C |¶|---|---|¶| 04:00 | 4.2 |¶| 08:00 | 4.5 |
OK
4.1
4,3 °C
38.5 °F (3.6 °C)
Temp 2.0 °C — at the bottom limit, adjusted dial from 5 → 4
Excursion report #EX-0412 filed; stability data from Novo says 14 d at ≤ 30 °C
Fridge 2 excursion summary:¶On 06/04 between 01:50 and 02:35 the logger recorded a maximum of 10.2 °C. Cause: the night tech propped the door open while restocking the insulin pens. Contents: 46 insulin pens, 12 vials of succinylcholine, 8 bags of premixed cefazolin, 3 boxes of vaccines. We checked every manufacturer's stability data — insulin and cefazolin are fine, the succinylcholine is OK for 14 days at room temp (relabeled with the new BUD), and the vaccines were quarantined until the manufacturer replies. Door-alarm delay reduced from 5 min → 2 min.
Don't store food in the med fridge!! Somebody's yogurt is in there again 😑
The "min" reading resets when you press and hold the button for 3 s
Lot K7Q2211 was in the fridge during the excursion → keep, within stability
Fridge alarm test passed (simulated 9 °C → alarm in 2 min)
Room temp 24 °C, humidity 55% — within USP range
Vaccine fridge: 5 °C; do not put anything in the door shelves
Checked by: Ana-María López Núñez (PharmD)
Thermometer cert expires 2025-12-31; order new one
TPN fridge at 4 °C, 18 bags, all labeled
Temperatura frigorifero: 4 °C — OK
Temperatura lodówki: 4,5 °C
Buzdolabı sıcaklığı: 5 °C, normal
Excursion 8.1 °C < 15 min → no action per policy 7.3.2
Auto-log export failed; manual entries only from 06/03 → 06/05
Fridge 5 decommissioned — stickers removed, cord unplugged
Set point 5 °C; compressor cycles 4–6 °C, normal behavior
Reading at 03:00 skipped (code blue on 6N) – resumed 03:45
Heat wave: pharmacy ambient 27 °C; fridges holding 4–5 °C
''')

FRIDGE_UNITS = ["Fridge 1", "Fridge 2", "Fridge 3B", "Vaccine fridge", "ED fridge", "OR fridge", "Freezer F1"]
FRIDGE_STATUS = ["OK", "in range", "✓", "checked", "normal", "within 2–8 °C"]
FRIDGE_INIT = ["KP", "JT", "AM", "RD", "SL", "MO", "HN"]


def fridge_tpl(r):
    unit = r.choice(FRIDGE_UNITS)
    t = "%02d:%02d" % (r.randint(0, 23), r.choice([0, 15, 30, 45]))
    temp = ("-%d" % r.randint(18, 25)) if unit.startswith("Freezer") else ("%.1f" % (r.randint(25, 75) / 10.0))
    return "%s %s %s °C %s — %s" % (unit, t, temp, r.choice(FRIDGE_STATUS), r.choice(FRIDGE_INIT))


CATS.append(("fridge_log", FRIDGE_LIT, fridge_tpl))

# ---------------------------------------------------------------- chat
CHAT_LIT = block(r'''
can someone verify the vanc in 5W? I'm stuck on a TPN
lol the tube system ate another bag again 🙃
@maria the heparin drip for bed 12 — is it the 25,000/250 or 25,000/500?
who took the last box of 22g angiocaths?? 😤
I'll drop the DEA form in your box; sleep well after night shift!
Dr. Patel's on the phone, wants to know if we can select a cheaper alternative to Xarelto
BRB, code blue 4N
Thx!! 🙏
IT says to run `refresh-adc.sh` on the Pyxis console — is that something we're allowed to do?? I'd rather wait for them
Just FYI: ceftriaxone & calcium — neonate in NICU, please double-check the line
Anyone know the order by which the ADC refills happen tonight? 3E first or 5W?
"Union Hospital" pharmacy called — they want to borrow 2 vials of CroFab
The printer in the IV room is jammed again; use printer IVR-2 (\\pharm-print02\ivroom)
Hey, what's the password for the new fridge logger portal? (jk, I'll reset mine)
ok ok ok I'll take the 03:00 batch 😅
Can you check the order for Mrs. D'Angelo — she says she's allergic to "the pink pills"
Pls stop putting post-its on the hood 🙏🙏
New hire starts Monday → shadowing Maria & Tom
Ugh, drop shipment came in at 16:59 again
Stat med for ED bay 4 – sending runner now
Does anyone have Spanish-speaking counseling today? Pt in 6S prefers español
Bonjour, quelqu'un peut vérifier la préparation de la chimio pour le lit 8 ?
Kann jemand die Vancomycin-Spiegel für Zimmer 12 prüfen?
我来核对一下这个TPN
すみません、このオーダーの確認をお願いします
@tom re: "why is the heparin bag 1000 units/500 mL?" → it's the neonatal conc, correct
Shortage update ↓¶- cefazolin 2 g: backordered¶- NS 100 mL: allocation¶- lidocaine 1%: OK
yes; no; maybe… depends on the renal function lol
it's $12.40/vial vs $3.10 for the generic — big difference
pt asked if she can take her Tylenol && Advil together — counseled: yes, alternate q3h, max doses apply
heads up: the formulary committee meeting moved to Thu 14:00 — agenda in /shared/P&T/2025-06/agenda.docx
Sorry, I was on the phone with the wholesaler for 40 min 😩
Where's the key for the C-II vault? Night shift left it in the drawer again
can u cover my shift Sat? I'll take your Sunday
Great catch on the 10x error, Priya! 👏 That was 10 mg vs 1 mg
Handoff for night shift:¶1) Vanc levels pending for 5W-12 and 4N-03 — if trough > 20, hold the next dose and page the team.¶2) TPN for NICU bed 8 is compounded but NOT verified yet; lipids are in fridge 2.¶3) The ADC in 3E keeps throwing a "drawer jam" error; biomed ticket #INC0048813 is open.¶4) Dr. O'Brien asked us to select an alternative to the back-ordered cefazolin 2 g — I suggested 1 g × 2 until Thursday.¶Thanks & sleep well, everyone!
Order verified, sent to IV room. Q: pharmacy tech or RN to pick up?
The vanc level came back 28 → hold next dose & recheck in 12 h
"Select all → verify" button is disabled for high-alert meds; that's intentional
kk
thanks!!
on my way
Is it ok to dissolve the tab in water & give via G-tube? (not ER) → yes
For the pedi dose: 15 mg/kg × 12.3 kg ≈ 185 mg → round to 180 mg (7.5 mL of 120/5)
The IV pump library still says max 10 mL/h for insulin — ask biomed to update
Tried to sleep for 2 h between shifts, didn't work. Coffee #4 ☕
Who ordered 40 boxes of pediatric lollipop thermometers?? Probably a typo (4 → 40)
Question from nursing: can they crush the Eliquis? → yes, can be crushed and given via NG
@all heads up: lot A12-3B of cefepime is recalled, check your satellites
good morning team ☀️ quick huddle at 07:30 by the C-II vault
Pharmacist on call tonight: Kenji Watanabe (x4412)
FYI Dr. Smith uses "QD" — please clarify every time, it's on the do-not-use list
Nurse asked: "why did pharmacy drop the PRN morphine?" → duplicate with hydromorphone PRN
Sounds good — I'll update the order & note it in the chart
Anyone else seeing the "select a reason" popup twice when overriding?
''')

CHAT_OPEN = ["hey", "quick q:", "FYI", "@tom", "@priya", "heads up,", "sorry,", "morning!"]
CHAT_REQ = ["can you verify bed 12's vanc", "is the TPN for 6N done", "the tube station is down again",
            "who has the C-II vault key", "need a second check on the insulin drip", "ADC 3E needs a refill",
            "pt in 4S wants counseling in Spanish", "the IV room printer is jammed"]
CHAT_CLOSE = ["thx", "🙏", "asap pls", "no rush", "😅", "— call x4471", "ty!"]


def chat_tpl(r):
    return "%s %s %s" % (r.choice(CHAT_OPEN), r.choice(CHAT_REQ), r.choice(CHAT_CLOSE))


CATS.append(("chat", CHAT_LIT, chat_tpl))

# ---------------------------------------------------------------- label_text
LABEL_LIT = block(r'''
Take 1 tablet by mouth every 8 hours until finished.
Tomar 1 tableta por vía oral cada 8 horas hasta terminar.
Prendre 1 comprimé par la bouche toutes les 8 heures jusqu'à la fin du traitement.
Nehmen Sie alle 8 Stunden 1 Tablette ein, bis die Packung aufgebraucht ist.
每8小时口服1片，直至服完。
8時間ごとに1錠を服用し、飲み切ってください。
تناول قرصًا واحدًا عن طريق الفم كل 8 ساعات حتى نفاد الدواء.
Принимать по 1 таблетке внутрь каждые 8 часов до окончания курса.
Uống 1 viên mỗi 8 giờ cho đến khi hết thuốc.
8시간마다 1정씩 복용하고 끝까지 드세요.
हर 8 घंटे में 1 गोली मुँह से लें, दवा खत्म होने तक।
Tomar 1 comprimido por via oral a cada 8 horas até terminar.
Przyjmować 1 tabletkę doustnie co 8 godzin do wyczerpania opakowania.
Shake well before use / Agitar bien antes de usar
Keep refrigerated 2–8 °C. Do not freeze.
May cause drowsiness. Alcohol may intensify this effect.
Do not take with dairy products, antacids, or iron supplements.
For external use only — do not swallow
Take on an empty stomach (1 hour before or 2 hours after meals).
FOR ORAL USE ONLY — NOT FOR IV
Rx: {{patient_name}} — {{drug_name}} {{strength}} — {{sig}}
Finish all of this medication unless otherwise directed by your prescriber.
Avoid prolonged exposure to sunlight ☀️
Puede causar somnolencia. No maneje ni opere maquinaria.
Peut provoquer une somnolence. Ne pas conduire.
Kann die Reaktionsfähigkeit beeinträchtigen.
Conservar en el refrigerador. No congelar.
À conserver au réfrigérateur (entre 2 °C et 8 °C).
Im Kühlschrank lagern (2–8 °C).
Não tome com álcool.
Non assumere con alcolici.
Swallow whole; do not crush or chew.
Place under the tongue and let dissolve.
Instill 1 drop in each eye 4 times a day (OU QID)
Apply a thin layer to affected area twice daily
Inhale 2 puffs every 4 hours as needed for shortness of breath
Inject 18 units under the skin at bedtime
Discard 28 days after opening. Date opened: ____
Warning: contains sulfites
Label (ES/EN): "Tome 1 cápsula dos veces al día" / "Take 1 capsule twice a day"
Qty: 30 | Refills: 2 | Rx# 7712049 | Dr. A. O'Malley
Patient: José Martínez-García — DOB 1948-03-02
High Alert Medication – Independent Double Check Required
Do not use if solution is cloudy or contains particles
Aux label: "TAKE WITH FOOD" + "AVOID GRAPEFRUIT"
Mettre 2 gouttes dans chaque narine, 3 fois par jour.
Dos gotas en cada oído, dos veces al día, por 7 días.
Ein Sprühstoß in jedes Nasenloch, einmal täglich.
空腹時に服用してください。
饭后服用，每日三次。
Ставить по 1 свече на ночь.
Label footer: Questions? Call pharmacy at (555) 012-3456
Expiry: 2025-12-31 | Lot K7Q2211 | Mfr: Hikma
Dose: 7.5 mL (= 1½ teaspoons) by mouth twice daily — use the oral syringe provided
Pediatric: 5 mL ≈ 1 tsp; never use a kitchen spoon
Label line 2 gets cut off at 40 chars → "...every 8 hours until finishe"
''')

LABEL_DRUG = ["Amoxicillin 250 mg/5 mL", "Cephalexin 500 mg", "Prednisone 10 mg", "Lisinopril 10 mg",
              "Metformin 500 mg", "Ibuprofen 400 mg", "Azithromycin 250 mg"]
LABEL_DIR = ["Take 1 by mouth twice daily", "Tomar 1 cada 12 horas", "Prendre 1 comprimé le matin",
             "1 Tablette täglich einnehmen", "每日一次，每次一片", "1日2回 朝夕食後", "Uống 1 viên mỗi ngày",
             "Принимать 1 раз в день", "Tomar 5 mL cada 8 horas"]


def label_tpl(r):
    return "%s — %s" % (r.choice(LABEL_DRUG), r.choice(LABEL_DIR))


CATS.append(("label_text", LABEL_LIT, label_tpl))

# --------------------------------------------------------------- dosing_calc
DOSE_LIT = block(r'''
Vanc 15 mg/kg × 82 kg = 1230 mg → round to 1250 mg
amox 90 mg/kg/day ÷ q12h; wt 14 kg → 630 mg/dose → 7.9 mL of 400 mg/5 mL
CrCl = (140 − age) × wt / (72 × SCr) × 0.85 if female
IBW (M) = 50 + 2.3 × (inches over 60)
AUC/MIC > 400 target for MRSA
dose = (target − current) × Vd × wt
mL/h = (mcg/kg/min × kg × 60) / (mcg/mL)
Cockcroft-Gault with AdjBW when TBW > 120% IBW
AdjBW = IBW + 0.4 × (TBW − IBW)
BSA (Mosteller) = √(ht cm × wt kg / 3600)
Carboplatin dose (Calvert) = target AUC × (GFR + 25)
Worked example for the students:¶Pt: 68 y/o F, 62 kg, SCr 0.9.¶CrCl = (140 − 68) × 62 / (72 × 0.9) × 0.85 = 58.6 mL/min¶Carboplatin AUC 5 → dose = 5 × (58.6 + 25) = 418 mg → round to 420 mg.¶Note: cap GFR at 125 mL/min, so the max dose at AUC 5 is 750 mg. Always double-check the SCr isn't a rounded-up value (some labs report < 0.7 as 0.7).
If SCr > 1.5 && age > 65 then reduce dose by 50%
Loading dose 25 mg/kg (max 3 g), maintenance 15 mg/kg q12h
Heparin: 80 units/kg bolus, then 18 units/kg/h; adjust per aPTT nomogram
Phenytoin corrected = measured / (0.2 × albumin + 0.1)
Ke = ln(Cpeak/Ctrough) / Δt; t½ = 0.693 / Ke
Na deficit = 0.6 × wt × (140 − Na)
Enoxaparin 1 mg/kg q12h → 82 kg → 80 mg q12h (round down to syringe size)
mg → mL: 250 mg ÷ (125 mg/5 mL) = 10 mL
Gent 7 mg/kg × 70 kg = 490 mg ≈ 500 mg q24h
Weight 176 lb ÷ 2.2 = 80 kg
Pedi acetaminophen 15 mg/kg q6h, max 75 mg/kg/day (≤ 4 g)
Insulin correction: (BG − 150) / 50 = units; BG 300 → 3 units
K+ replacement: each 10 mEq ↑ serum K by ~0.1
Infusion: 2 g in 100 mL over 30 min = 200 mL/h
Conversion: morphine PO : IV = 3 : 1
Oxycodone 30 mg/day PO ≈ morphine 45 mg/day PO (MME 1.5)
Dilution: C1V1 = C2V2 → (10 mg/mL)(V1) = (1 mg/mL)(10 mL) → V1 = 1 mL
Drip: 0.1 mcg/kg/min × 70 kg = 7 mcg/min → at 16 mcg/mL = 26.25 mL/h
Formula in the spreadsheet: ROUND(B2*15/250,0)*250 — rounds to the nearest 250 mg vial
Vanco trough 8.2 (goal 10–15) → ↑ dose to 1500 mg q12h
Dose banding: 45–55 kg → 1 g; 55–75 kg → 1.25 g; > 75 kg → 1.5 g
Steady state after ~5 half-lives (t½ 8 h → ~40 h)
Q: mg/kg/day or mg/kg/dose? Order says 20 mg/kg — clarified: per DOSE q8h
Vd = 0.7 L/kg × 82 kg = 57.4 L
Cmax ≈ dose / Vd = 1250 / 57.4 ≈ 21.8 mg/L
eGFR (CKD-EPI 2021) = 47 mL/min/1.73 m²
Dosing weight: use TBW if < IBW, otherwise IBW (aminoglycosides use AdjBW if > 120%)
Time to therapeutic: 3–5 days for warfarin; bridge w/ enoxaparin
Ratio 1:1000 = 1 mg/mL; 1:10,000 = 0.1 mg/mL
% w/v → 2% lidocaine = 20 mg/mL
mEq = mg × valence / MW → KCl 1 g = 13.4 mEq
Drops: 20 gtt/mL set, 100 mL/h → 33 gtt/min
Renal adjust table:¶| CrCl | dose |¶|---|---|¶| > 50 | 1 g q8h |¶| 26–50 | 1 g q12h |¶| 10–25 | 500 mg q12h |
If weight unknown → use 70 kg default? NO — get actual weight first
Tacrolimus C0 4.2 → dose × (target/current) = 2 × (8/4.2) ≈ 3.8 → 4 mg q12h
Vanc AUC by Bayesian estimate: 512 mg·h/L (goal 400–600)
Pedi max: never exceed adult dose even if mg/kg gives more
T = 1/k × ln(Cmax/Cmin) — use the 2-level method
Fluid maintenance (Holliday-Segar): 100/50/20 mL/kg/day
''')

DOSE_DRUGS = [("cefazolin", 25), ("ampicillin", 50), ("acyclovir", 10), ("vancomycin", 15), ("gentamicin", 5),
              ("acetaminophen", 15), ("ibuprofen", 10), ("ceftriaxone", 50)]


def dose_tpl(r):
    drug, mgkg = r.choice(DOSE_DRUGS)
    wt = r.randint(30, 1100) / 10.0
    return "%s %d mg/kg × %.1f kg = %.0f mg" % (drug, mgkg, wt, mgkg * wt)


CATS.append(("dosing_calc", DOSE_LIT, dose_tpl))

# ---------------------------------------------------------- settings_import
SET_LIT = block(r'''
C:\Users\pharm\Documents\formulary_2025.xlsx
/home/rxadmin/exports/inventory-2025-06-01.csv
Moved the old label templates to ../archive/2024 per IT's cleanup request
https://dailymed.nlm.nih.gov/dailymed/search.cfm?labeltype=all&query=amoxicillin
https://www.ismp.org/recommendations/tall-man-letters-list
ndc,lot,exp,qty,location
0409-4888-02,K7Q2211,2026-03,25,ADC 3E
rx-buyer@stlukes-hospital.example.org
Notify: pharmacy.night@example-hospital.org; cc: nurse.manager@example-hospital.org
Nightly export at 02:00 | retain 30 days | gzip on
| Drug | Strength | Par |¶|---|---|---|¶| Heparin | 5000 u/mL | 40 |¶| Enoxaparin | 40 mg | 60 |
Label template: "Rx for ${PATIENT_NAME} — ${DRUG} ${STRENGTH}" (the ${...} fields are filled by the label printer)
Default language for labels: es-MX, fallback en-US
Timezone: America/Chicago
Date format: YYYY-MM-DD (ISO 8601) — not MM/DD/YY please
Printer: \\pharm-print01\labels_zebra
Import file must be UTF-8 with BOM; semicolon (;) as separator for the EU wholesaler
Alert threshold: QTc > 500 ms → hard stop; 470–500 → soft stop
Session timeout: 15 min (was 30) — per security policy
Report filter: status = "verified" AND unit IN (4N, 5W) — saved as "My units"
Sort: order by priority desc, then due time
Column mapping: "Lot No." → lot, "Exp. Date" → exp, "Qty" → qty
Display name: Dr. Siobhán O'Sullivan, PharmD, BCPS
Signature: -- ¶Ana López, RPh¶Inpatient Pharmacy | ext. 4471
SFTP drop folder: /incoming/wholesaler/cardinal/ (files named INV_YYYYMMDD.txt)
Feature flag "bulk-verify" = off
Theme: dark 🌙
Email digest: weekly (Mon 07:00)
Backup path: D:\PharmacyBackups\2025\06\
Link to SOP: https://intranet.example-hospital.org/pharmacy/sop/C-14.pdf#page=3
Webhook for fridge alarms (set by biomed): https://alerts.example-hospital.org/hooks/fridge
Allowed file types: .csv, .xlsx, .txt (max 10 MB)
Barcode prefix: ]d2 (GS1 DataMatrix)
Low-stock rule: on_hand <= par * 0.25 → notify buyer
Label size: 2" × 1" (Zebra ZD420), 203 dpi
Regex for lot field (from vendor spec): ^[A-Z0-9\-]{4,12}$
Import log: 412 rows read, 409 imported, 3 skipped (missing NDC)
Use ISO units: mcg not µg? → keep "mcg" (ISMP recommends it)
Config note: "drop" means the wholesaler drop-ship flag, not deleting anything
Shortcut: Ctrl + Shift + V = verify & next
Pharmacy hours: Mon–Fri 07:00–23:00; Sat/Sun 08:00–20:00; 24/7 on-call
Favourites: vanc, pip-tazo, cefepime, heparin, insulin
CSV preview:¶ndc;lot;exp;qty¶00409-4888-02;K7Q2211;2026-03;25¶55150-0154-10;A12-3B;2025-11;8
User's home dir is ~/rx-reports (symlinked to /mnt/share/rx-reports)
Script used by IT for the nightly job (FYI only): export_inventory.sh --site main --format csv
Language list: English, Español, Français, Deutsch, 中文, 日本語, العربية, Русский, Tiếng Việt, 한국어
Auto-logout warning text: "You'll be signed out in 60 s — click 'Stay' to continue."
Out-of-office: I'm away 6/10–6/14; for urgent matters contact pharmacy-lead@example-hospital.org
Show "<high alert>" badge next to insulin, heparin, opioids, chemo
Tooltip: use {{drug}} and {{dose}} placeholders in custom label text
JSON export sample: {"ndc": "0409-4888-02", "lot": "K7Q2211", "qty": 25}
Ticket #INC0048821: label printer prints ??? instead of é/ñ — fixed by switching to UTF-8
Path on the Pyxis server is C:\Program Files\Pyxis\Logs (read-only for us)
Threshold for "sleep" mode on the ADC screen: 5 min
''')

SET_PAIRS = [("label.language", ["es-MX", "en-US", "fr-CA", "zh-CN", "vi-VN", "ar"]),
             ("export.format", ["csv", "xlsx", "pdf"]),
             ("alerts.qtc_threshold_ms", ["470", "480", "500"]),
             ("report.default_unit", ["5 West", "4 North", "ICU", "NICU", "ED"]),
             ("ui.theme", ["light", "dark", "high contrast"]),
             ("session.timeout_min", ["10", "15", "30"]),
             ("import.delimiter", ["comma", "semicolon", "tab"]),
             ("printer.dpi", ["203", "300"])]


def set_tpl(r):
    key, vals = r.choice(SET_PAIRS)
    return "%s = %s" % (key, r.choice(vals))


CATS.append(("settings_import", SET_LIT, set_tpl))


def main():
    r = random.Random(SEED)
    rows = []
    seen = set()
    n = 0
    for cat, lits, tpl in CATS:
        assert len(lits) >= MIN_LITERALS, (cat, len(lits))
        assert len(lits) <= PER_CATEGORY, (cat, len(lits))
        vals = []
        for v in lits:
            assert v.strip() and v not in seen, (cat, v)
            seen.add(v)
            vals.append(v)
        tries = 0
        while len(vals) < PER_CATEGORY:
            tries += 1
            assert tries < 10000, cat
            v = tpl(r)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": cat, "label": "benign", "value": v})
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "benign.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    for cat, lits, _ in CATS:
        print("%-18s literals=%d total=%d" % (cat, len(lits), PER_CATEGORY))
    print("wrote %d rows to %s" % (len(rows), out))


if __name__ == "__main__":
    main()
