"""Held-out benign corpus: text typed into the ordinary fields of a veterinary
practice management system (patient/owner records, SOAP notes, dosage lines,
lab results, vaccination records, client messages, invoices and estimates,
pharmacy/inventory notes, referral letters, imaging paths and DICOM ids).

Every value is a hand-written literal or comes from a small template over
hand-written pools below.  Nothing is taken from a dataset or a public list.
The values are hard negatives on purpose: quotes, apostrophes, ; | & < > =
-- {} $ backslashes, ../ and absolute paths, URLs, and SQL/shell/code words in
innocent clinical context, in several languages.

Run:  python3 make_benign.py   (writes benign.jsonl next to this file)
"""

import json
import random
from pathlib import Path

SEED = 5301
PER_CATEGORY = 80
ID_PREFIX = "hb53"

# ---------------------------------------------------------------------------
# Hand-written literals, one list per category
# ---------------------------------------------------------------------------

PATIENT_OWNER = [
    "Bella",
    "Mr. Biscuits O'Malley",
    "Sir Reginald \"Reggie\" Pawsworth III",
    "Señor Bigotes",
    "Zoë & Chloé (bonded pair, rabbits)",
    "Müller, Hans-Jürgen – Katze \"Mieze\"",
    "D'Artagnan",
    "Owner: Siobhán Ní Bhriain; alt. contact: her son Cian 087 555 0142",
    "Nala / Simba — littermates, DSH, same owner",
    "Union Jack (British Bulldog, answers to 'Jack')",
    "Alert: BITES — muzzle before handling; owner says 'he's fine' (he isn't)",
    "⚠ Fractious at the vet — towel wrap; gabapentin 100 mg 2h pre-visit",
    "佐藤 花子 / Hanako Sato — 猫「モモ」",
    "Ødegaard, Ingrid — hund: Bamse (norsk elghund grå)",
    "Kowalski, Zbigniew & Małgorzata — pies Burek",
    "Address: 12 O'Connell St., Apt #4B, Limerick V94 X2Y3",
    "Flat 3/2, 45 Byres Rd, Glasgow G11 5RG",
    "c/o Dr. J. Smith <jsmith@example.org>",
    "email: anna.kovacs+vet@example.com; phone (0043) 1 555-0199",
    "Pref. contact = SMS only, no calls after 8pm",
    "Microchip: 985 141 000 123 456 (ISO FDX-B) — still registered to previous owner!",
    "Insured: PetPlan policy #PP-2024-00871 / excess £99",
    "Breed: Cavalier King Charles Spaniel x Poodle (\"Cavapoo\")",
    "Species=canine; sex=FN; DOB≈2016 (rescue, age estimated)",
    "Colour: tabby & white / tortie-ish",
    "Weight history: 4.2 → 3.9 → 3.6 kg (losing!)",
    "Do NOT send reminders — pet deceased 03/2024 <3",
    "Deceased — individual cremation, ashes to be collected by daughter",
    "Owner is hard of hearing; please email rather than phone",
    "Bill to: Smith & Daughters Farm Ltd., VAT GB 123 4567 89",
    "Second owner: Jamal Al-Sayed (جمال السيد) — may drop off/collect",
    "Kunde möchte Rechnung per E-Mail; Hund \"Fritz\" knurrt beim Krallenschneiden",
    "Propriétaire : Mme Lefèvre — chat « Pistache », stérilisé",
    "Nombre: Lucía Fernández; mascota: \"Churro\" (perro mestizo)",
    "Horse: \"Midnight Express\" — passport no. 826 002 00012345X",
    "Herd ID UK 123456 700123 — 14 ewes, 1 tup",
    "Backup contact: neighbour at #27 (key holder)",
    "Name on account: O'Neill-Ramírez, Dónal",
    "Rescue org: Paws & Claws Rescue C.I.C. (ref PC/2023/117)",
    "Feral colony caretaker — 6 cats TNR'd; ear-tipped left",
    "Owner requests female vet only; prefers morning slots <10:00",
    "Diet: raw (BARF) — advised re: Salmonella risk, owner declined change",
    "Allergies: penicillin?? (owner unsure) — use caution w/ amoxi-clav",
    "Behaviour: fear-free plan; treats = cheese only; NO dogs in waiting room",
    "Client notes: pays cash; prefers 'Dr. Patel' — do not book w/ locum",
    "Exotic: bearded dragon \"Spike\" — UVB T5 12% / basking 40–42 °C",
    "African grey \"Einstein\" — says 'hello' & 'shut up'",
    "Ferret – \"Bandit\" – jill, spayed? (check adrenal)",
    "Goldfish x3 — pond 2,000 L; owner asked about white spot",
    "Account on hold — outstanding balance €312.40 (> 90 days)",
    "Phone: +49 (0)30 5550 1234 | Mobil: +49 170 5550 987",
    "Home: 555-0134 ext. 2 / work: (617) 555-0188",
    "Preferred name: Sam (they/them)",
    "Trần Thị Mai — mèo \"Bông\"",
    "Owner's daughter (12) often brings the dog — need adult consent for procedures",
    "Tabitha 'Tabby' Smith-Jones",
    "Chip & Dale (guinea pigs) — both boars",
    "Previous vet: Oak Hill Animal Hospital — records requested 14/02",
    "Max #2 (the other Max is the Labrador — same household!)",
]

SOAP_NOTE = [
    "S: owner reports v+ x3 since last night, D-; eating grass. O: T 39.4 °C, HR 120, RR 28, MM pink/moist, CRT <2s. A: acute gastritis? r/o FB. P: maropitant 1 mg/kg SC, bland diet, recheck 48h.",
    "S: limping RHL ~1 wk, worse after rest\nO: drawer sign +/-, sit test +, mild effusion R stifle\nA: CCL rupture (partial?)\nP: rads under sedation; carprofen 4 mg/kg PO q24h; strict rest; TPLO vs lateral suture discussed — owner to think about $$",
    "O: BCS 7/9; dental grade 3/4 — calculus ++, gingivitis; 108/208 mobile",
    "Pt. BAR, ~5% dehydrated; skin tent slow",
    "Owner says cat has been 'peeing everywhere' & drinking > usual. Urine SG 1.012; glucose ++++; ketones neg.",
    "Heart murmur II/VI L apex — new since last yr; advise echo",
    "QAR; abd palp: cranial abd pain +; no masses palpated",
    "Euthanasia discussed; owner wants to wait until son is home Sat. Comfort meds dispensed.",
    "P: E-collar 10/7, rest, suture removal 10-14 days; if any discharge -> call",
    "A: otitis externa AU (yeasts ++ on cytology, cocci +)\nP: clean w/ Epi-Otic; Surolan 5 drops BID x 14d",
    "Hx: ate 1/2 bar of 85% dark chocolate ~1h ago; 8 kg; est. theobromine ~70 mg/kg → induce emesis (apomorphine)",
    "T: 38.6; P: 96; R: panting. Weight 32.4 kg (↑ 1.1 kg). Ears: clean. Eyes: NSF.",
    "Rx refill req — last exam > 12 mo, need recheck before more Vetmedin",
    "Seizure log from owner: 2x grand mal (~1 min) on 3/5 & 5/5; post-ictal 20 min",
    "Nurse note: select the larger kennel (K4) for him — panics in small spaces",
    "Under GA: isoflurane 2% / O2 1 L/min; ETT 7.5; SpO2 98–99%; EtCO2 38–42",
    "Drop in PCV from 32% → 24% overnight; re-check in 6h; cross-match if < 20%",
    "Owner declined bloods ($$) — advised risks; signed waiver",
    "Vomiting: yellow foam, AM only → likely bilious vomiting syndrome; try late-night snack",
    "O: mass L flank 3x2 cm, soft, mobile, non-painful; FNA → lipoma (fat droplets, no atypia)",
    "CRT < 2 s, pulses strong/synchronous; no arrhythmia on auscultation",
    "S/ Hund frisst seit 2 Tagen nicht, erbricht 1–2x/Tag. O/ T 39,1 °C, Abdomen gespannt. A/ Gastritis? DD Pankreatitis. P/ cPLI-Test, Infusion.",
    "S : propriétaire signale toux sèche depuis 5 j ; O : T 38,9 °C, crépitants à l'auscultation ; A : toux de chenil ? P : doxycycline 5 mg/kg PO BID 10 j",
    "Dx: FLUTD — blocked tom; unblocked under sedation, urinary cath sutured; U/O monitoring q4h (target > 1–2 ml/kg/h)",
    "Pain score (CMPS-SF): 6/24 → give methadone 0.2 mg/kg IV",
    "Hydration: 7–8% → LRS 2x maint. (~120 ml/h) for 4h then reassess",
    "Pt. got into the owner's sleeping pills (zolpidem 10 mg x ?2) — ataxic, hyperexcitable",
    "Echo: LA:Ao 1.9 (↑), FS 28% → stage B2 MMVD; start pimobendan",
    "ddx: 1) IMHA 2) toxin (onion/garlic?) 3) neoplasia — slide: spherocytes +++, autoagglutination +",
    "Recheck: incision healing well; 1 suture loose — removed; no sign of infection :)",
    "Owner phoned 16:40 — 'he's drinking loads & weeing on the floor' — booked 9:10 tmrw",
    "Plan:\n- CBC/chem/T4\n- UA (cysto)\n- BP (Doppler) x5, avg\n- f/u 1 wk",
    "Note: client aggressive on phone re: bill; manager (K.) informed; keep all comms in writing",
    "Exam: R eye — corneal ulcer (fluorescein +) ~2 mm; L eye: NAD",
    "dog ate a sock (again!!) — rads: gas-distended loops, ?linear FB; to surgery @ 14:00",
    "BP 185/110 mmHg (avg of 5) → hypertensive; start amlodipine 0.625 mg/cat PO SID",
    "'Wobbly' since this morning — head tilt L, horizontal nystagmus (fast phase R) → vestibular; geriatric idiopathic vs. central?",
    "Anal glands expressed (L>R full); no abscess",
    "Owner wants 2nd opinion @ referral — copy of records + rads sent via email",
    "Temp 101.5°F (38.6 °C); HR 140 bpm; RR 30 rpm; wt 11 lb 4 oz",
    "A: Pyometra (closed) — US: fluid-filled uterus; WBC 32 ×10^9/L\nP: emergency OVH tonight; owner consent signed; est. £1,200–1,600",
    "Lethargy x 2 wk — owner says she 'sleeps all day'; weight ↓ 2 kg since March.",
    "Exec summary for owner: surgery went well, he's waking up now, call at 5",
    "Kennel cough vaccine given IN today — mild sneezing possible for 3–5 d",
    "S: 主诉：呕吐两次，精神沉郁。O: 体温 39.2 °C。P: 3 天后复诊",
    "Call w/ lab: sample haemolysed, please re-submit (EDTA + SST)",
    "Triage: RED — dyspnoea, cyanotic MM; O2 flow-by, minimal handling",
    "Post-op day 2: eating, urinating; drain output 15 ml/24h → remove tmrw?",
    "Tx given: dexamethasone SP 0.1 mg/kg IV; chlorphenamine 0.5 mg/kg IM (wasp sting, facial swelling)",
    "Recheck ok -- continue meds as before, next check in 4/52",
    "Behaviour eval: resource guarding (food bowl) — score 3/5; referred to behaviourist",
    "TPR:\n  T 38.2 °C\n  P 88 /min\n  R 24 /min\nMM pink | CRT < 2 s | Hydration OK",
]

DOSAGE_RX = [
    "meloxicam 0.1 mg/kg PO q24h with food",
    "Metacam 1.5 mg/ml oral susp. — 0.8 ml (≈1.2 mg) PO SID x 5d, then stop",
    "amoxicillin/clavulanate 12.5 mg/kg PO q12h x 7 days",
    "Gabapentin 100 mg caps: 1 cap PO 2h before visit (cat 4.1 kg)",
    "Apoquel 16 mg: 1/2 tab PO BID x 14d, then 1/2 tab SID",
    "Vetmedin 5 mg chewable: 1 tab PO q12h, 1 h before food",
    "prednisolone 1 mg/kg PO SID x 5d → 0.5 mg/kg SID x 5d → 0.5 mg/kg EOD; do NOT stop abruptly",
    "Caninsulin 40 IU/ml — 4 IU SC q12h after meals; use U-40 syringes only!",
    "Methimazole 2.5 mg PO BID — recheck T4 in 3 wk",
    "Buprenorphine 0.02 mg/kg OTM q8h — CD Sch. 3, record in register",
    "Cerenia 1 mg/kg SC (= 0.1 ml/kg of 10 mg/ml) SID max 5 days",
    "Fluids: Hartmann's @ 4 ml/kg/h = 80 ml/h (20 kg)",
    "Furosemide 2 mg/kg IV q2-4h until RR < 40, then PO",
    "Rx: Marbofloxacin 20 mg — 1 tab PO q24h x 10d; Sig: give w/ or w/o food",
    "Dose = 0.2 mg/kg × 12.5 kg = 2.5 mg → 0.25 ml of 10 mg/ml",
    "Tramadol 50 mg: ½ tab PO q8–12h prn pain (not with SSRIs!)",
    "Doxycycline 10 mg/kg PO SID x 28 d — follow with water/food (oesophagitis risk in cats)",
    "Ketamine 5 mg/kg + midazolam 0.2 mg/kg IV, titrate to effect",
    "Propofol 2–4 mg/kg IV to effect; top-up 0.5–1 mg/kg",
    "Chlorhexidine 0.12% oral rinse — wipe gums BID | avoid if ulcerated",
    "Phenobarbital 2.5 mg/kg PO q12h; trough level in 2–3 wk; target 15–45 µg/ml",
    "Bravecto 500 mg (10–20 kg) — 1 chew PO every 12 weeks; next due 14/08",
    "Milbemax cat: ½ tab (0.5–2 kg) — kitten 1.4 kg",
    "CRI: fentanyl 2–5 µg/kg/h; lidocaine 30–50 µg/kg/min (dogs only!)",
    "Levothyroxine 0.02 mg/kg PO q12h → 400 µg tab x1 BID (20 kg)",
    "Omeprazole 1 mg/kg PO q12h, 30 min before food",
    "Sucralfate 1 g/25 kg: 0.5 g PO q8h — separate from other meds by 2h",
    "Trilostane 60 mg caps: 1 cap PO SID w/ breakfast; ACTH stim 4–6 h post-pill in 10–14 d",
    "Pimobendan 0.25–0.3 mg/kg PO BID",
    "Enrofloxacin: max 5 mg/kg/day in cats (retinal toxicity)",
    "Cephalexin 22 mg/kg PO q8-12h x 3 wk (deep pyoderma) — continue 1 wk past clinical cure",
    "Label: 'Give ONE tablet by mouth TWICE daily. Finish the course.'",
    "Directions: 1 drop OU q6h; shake well; discard 28 d after opening",
    "Drug: Onsior (robenacoxib) 6 mg | Dose: 1 tab PO SID | Qty: 6 | Refills: 0",
    "Dexmedetomidine 5 µg/kg IM + butorphanol 0.2 mg/kg IM (premed) — reverse w/ atipamezole, same volume as dexmed",
    "Clavaseptin 250 mg ×14 (7 days BID) — dispensed; owner counselled re: GI upset",
    "Cytopoint 2 mg/kg SC q4–8 wk; 28 kg → 2 × 30 mg vials",
    "Hydromorphone 0.1 mg/kg IV q4-6h prn; watch for panting/vomiting",
    "KCl: add 20 mEq / 1 L LRS; max rate 0.5 mEq/kg/h",
    "Oral: 0.5 ml/10 kg; don't exceed 2 ml total per dose",
    "Diazepam 0.5 mg/kg per rectum if seizure > 5 min — max 3 doses/24h",
    "Bupivacaine 0.25% — ≤ 2 mg/kg total (local block)",
    "Ivermectin — NOT in collies/MDR1 (Bella tested MDR1 mut/mut)",
    "Synulox RTU 1 ml/20 kg SC SID x 3–5 d (cattle)",
    "Cat: paracetamol is toxic — never give; use meloxicam 0.05 mg/kg instead",
    "Atopica (ciclosporin) 5 mg/kg PO SID on empty stomach; ↓ to EOD after 4 wk if controlled",
    "Gentamicin 6 mg/kg IV q24h — monitor urine casts; stop if > 3/hpf",
    "Metronidazole 15 mg/kg PO q12h x 5d – tastes bitter, hide in food",
    "Stronghold (selamectin) 45 mg for 2.6–5 kg | apply to skin at base of neck",
    "Ursodiol 10–15 mg/kg PO SID w/ food",
    "Dose calc: (0.05 mg/kg × 3.2 kg) / 0.5 mg/ml = 0.32 ml",
    "Rx#44821 — carprofen 75 mg, #30, 1 PO q24h; refills: 2",
    "Maropitant 2 mg/kg PO SID x 2 d (motion sickness) — give 2 h before the car trip",
]

LAB_RESULT = [
    "ALT 142 U/L (H) [10-100]",
    "Creatinine 212 µmol/L (H) [44–159]; SDMA 22 µg/dL (H) [0–14]",
    "BUN 45 mg/dL (H) [7-27] | CREA 2.8 mg/dL (H) [0.5-1.8] | PHOS 6.9 (H) [2.5-6.8]",
    "Glucose >600 mg/dL (HI — above analyser range)",
    "T4 < 6.4 nmol/L (L) [13–51] — re-test with fT4 by ED",
    "WBC 24.6 ×10^9/L (H) [5.05-16.76]; NEU 21.1 (H); LYM 1.0 (L)",
    "HCT 18.2 % (LL) [37.3–61.7] — CRITICAL, called to Dr. R. @ 14:22",
    "Urine SG 1.008; pH 7.0; protein ++; blood +++; sediment: RBC >50/hpf, WBC 5-10/hpf, rods ++",
    "UPC 2.4 (H) [<0.5 dog]; repeat in 2–4 wk",
    "FeLV Ag: NEG | FIV Ab: POS (!) — confirm by PCR",
    "Snap cPL: ABNORMAL → Spec cPL 612 µg/L (>400 = consistent w/ pancreatitis)",
    "Fecal float: Toxocara spp. ova ++; Giardia Ag: NEG",
    "Cytology (FNA L popliteal LN): monomorphic population of large lymphocytes > 50% → c/w lymphoma",
    "Culture: E. coli >10^5 CFU/ml — S: amoxi-clav, marbo; R: ampicillin, TMS",
    "Bile acids pre 8 / post 112 µmol/L (H) [post <25]",
    "Na 132 / K 7.1 mmol/L → Na:K 18.6 (<27 → r/o hypoadrenocorticism!)",
    "Cortisol post-ACTH < 27 nmol/L → Addison's confirmed",
    "Phenobarb level: 38 µg/ml (therapeutic 15–45)",
    "ALKP >2000 U/L (H) — diluted 1:10 → 4,830",
    "PLT 48 K/µL (L) [148–484] — clumps on smear? yes → likely pseudothrombocytopenia",
    "Lipaemic ++ — results may be affected (TG 9.8 mmol/L)",
    "Sample haemolysed (++) → K, AST, LDH may be falsely ↑",
    "iCa 1.62 mmol/L (H) [1.16–1.40]; PTHrP pending (send-out)",
    "Fructosamine 512 µmol/L (H) [190–365] → poor glycaemic control",
    "Lepto MAT: Copenhageni 1:800, Bratislava 1:200 (single sample — paired titres advised)",
    "Venous gas: pH 7.21 | pCO2 48 | HCO3- 14 | BE -9 | Lac 5.8 → metabolic acidosis",
    "Reticulocytes 152 ×10^3/µL → regenerative",
    "Heartworm Ag: negative; Knott's: no microfilariae",
    "Coombs: POS (1:64) at 37 °C",
    "Histopath: MCT, Patnaik grade II / Kiupel low-grade; margins: lateral 2 mm (incomplete?), deep clean",
    "TSH 0.91 ng/ml (H) [0.05–0.42] & TT4 9 nmol/L (L) → hypothyroid",
    "Lab ID: IDX-24-118877 | accession 2024/05/17-0031 | status=FINAL",
    "Flag legend: H = high, L = low, HH/LL = critical, * = see comment",
    "Glucose curve: 08:00 18.2 | 10:00 14.1 | 12:00 8.9 (nadir) | 14:00 11.6 | 16:00 16.8 mmol/L",
    "UA: pH 6.5, SG 1.045, protein trace, glucose NEG, ketones NEG, bili 1+ (normal in male dogs)",
    "Crystals: struvite ++ (coffin-lid) — sample > 4h old, interpret w/ caution",
    "Babesia PCR: POSITIVE (B. canis) — travel hx: Hungary",
    "SDMA 14 µg/dL (borderline) — IRIS stage 1? repeat with UPC",
    "Comment: 'Smear reviewed by pathologist — toxic change 2+, left shift (bands 1.8)'",
    "CK 4,210 U/L (HH) — likely post-IM injection / recumbency",
    "Amylase 1,850; lipase 1,200 (both ↑, non-specific)",
    "Chem 10: GLU 5.6 | BUN 6.1 | CREA 98 | TP 72 | ALB 31 | GLOB 41 | ALT 58 | ALKP 102 | TBIL 3 | CHOL 6.2",
    "Cholesterol 12.4 mmol/L (H) [3.8–7.0] — fasted? owner says yes (12 h)",
    "PT 9 s / aPTT 14 s (both WNL) — ok for surgery",
    "Skin scrape: Demodex canis +++ (all life stages) — deep scrape x4 sites",
    "Wood's lamp +ve (apple-green fluorescence) L pinna; DTM culture set up 12/06",
    "Respiratory PCR panel — all targets <LOD",
    "Urine culture: no growth after 48 h (cysto sample)",
    "Haematology (ProCyte Dx); smear: anisocytosis +, polychromasia +, Howell-Jolly bodies present",
    "Progesterone 18.4 nmol/L (≈ 5.8 ng/ml) → ovulation ~2 d ago; breed Wed/Fri",
    "25-OH vit D 42 nmol/L (L) [60–215] — check diet",
    "Albumin 14 g/L (LL) — PLE vs PLN? → UPC & bile acids",
    "Blutbild: Leukozyten 18,2 G/l (↑) [6–12]; Hämatokrit 0,32 l/l (↓)",
]

VACCINATION = [
    "DHPPi + L4 (Nobivac) — batch A123B04, exp 11/2025, SC L scapula; next due 12/05/2025",
    "Rabies (Nobivac Rabies) 1 ml SC R hind — cert #EU-PP-GB-2024-118833 — valid from 21 days post-vacc",
    "FeLV primary 1 of 2 — booster in 3–4 wk (due ≥ 02/07)",
    "Kennel cough IN — Nobivac KC 0.4 ml intranasal, batch 0992AX; next 12 mo",
    "Tricat Trio (RCP) booster; lot 1F3K8 / exp 08-2025; site: R flank",
    "Leptospirosis (L4) — 2nd dose overdue > 6 wk → restart primary course",
    "Pet passport: rabies entered p.7; microchip 941000024681357 checked ✔",
    "Reaction Hx: facial swelling after Lepto 2022 → pre-treat with chlorphenamine; monitor 30 min",
    "Owner declines Lepto — 'read online it's dangerous'; risks explained; noted.",
    "Titre test: CDV ≥ 3 / CPV ≥ 4 / CAV ≥ 3 → protected; skip core this yr",
    "Myxo-RHD Plus (rabbit) — 0.5 ml SC; annual; due 03/2025",
    "Equine flu + tet (ProteqFlu-Te) — passport signed; competition rules: flu ≤ 6 mo + 21 d",
    "Reminder: Bella's booster is due on 14/05 — book at reception or online 🐾",
    "Given: DA2PP, Rabies 3yr, Bordetella (oral) | lot stickers in paper file",
    "Rabies cert. signed by Dr. M. O'Brien (lic. #VET-20331)",
    "Kitten course: 9 wk (RCP #1) → 12 wk (RCP #2 + FeLV #1) → 16 wk (FeLV #2)",
    "Sheep: Heptavac-P Plus 2 ml SC — ewes 4–6 wk pre-lambing, 14 head",
    "Cattle: BVD single dose 2 ml IM — herd health plan 2024/25",
    "Overdue: 'Rex' — last vacc 04/2022 (> 2 yrs) → restart course",
    "Record transferred from previous vet — Eurican DAPPi-L 09/2023 (copy on file)",
    "Do not vaccinate today — pyrexic (T 39.8 °C); re-book 1 wk",
    "Nobivac L4 — site L lat. thorax; no reaction observed (15 min)",
    "2nd dose given at day 18 instead of 21+ — repeat? SPC says min. 2 wk interval, so OK",
    "Rage (vaccin antirabique) — Rabisin, lot L0417, 26/03/2024 ; rappel 26/03/2025",
    "Tollwut-Impfung: Versican Plus Pi L4R, Charge 3B2209, nächste Impfung 05/2025",
    "狂犬病予防注射済票 No. 2024-0458 — 次回 2025年4月",
    "Rabia: Nobivac Rabia — lote A0971; próxima dosis: 10/2025",
    "Ferret: distemper (off-label canine vacc.) — consent form signed",
    "Puppies < 12 wk — no park walks until 1 wk after 2nd dose!",
    "Core = DHP; non-core = L4, KC, rabies (travel) — see practice protocol v3.2",
    "FeLV vacc. only if FeLV Ag test NEG (tested 01/03: neg)",
    "Batch recall: lot 'NV-2231' — contacted 7 owners; no reactions reported",
    "Exempt from rabies vaccine (medical) — letter from Dr. Wu; valid 12 mo",
    "Vaccine stock: Nobivac DHP 10 × 1 ds | L4 25 × 1 ds | expiry check monthly",
    "Purevax RCP FeLV; 1 ml SC L hind below stifle ('legs & tail' protocol)",
    "Titre pending — hold core vaccine until results (send-out, 5–7 days)",
    "Boosters given: DHP+L4+KC; 3 stickers on card; next due: 2025-06-02",
    "Reminder sent 01/05 (SMS) & 15/05 (email) — no response; 3rd reminder by post?",
    "Rabbit RVHD2 — separate from Myxo-RHD Plus by ≥ 2 wk",
    "Pre-travel: rabies + tapeworm treatment (praziquantel) 24–120 h before entry to GB / IE / FI / MT / NO",
    "Dog a bit quiet after jabs — normal; call if swelling > 2 days",
    "Owner asked re: 'vaccinosis'; discussed evidence, gave leaflet",
    "Lepto 4 booster due 14/09; reminder 2 wk before via SMS & email",
    "Certificate requested for boarding kennel (Happy Tails) — email PDF to info@happytails.example",
    "Kitten 'Mochi' — RCP #1 today; weight 1.1 kg; dewormed (Milbemax ½ tab)",
    "Rabies vaccine given 2024-03-12 09:41 by RVN A. Kowalczyk (under direction of Dr. S.)",
    "Injection-site sarcoma hx (2019) → avoid interscapular; distal limbs only",
    "Annual health check & booster — all good! Weight 22.3 kg (stable)",
    "Reminder template v4: 'Hi {{client.first_name}}, {{patient.name}} is due for {{reminder.type}} on {{reminder.due_date}}. Reply YES to book.'",
    "SMS text (max 160): \"{pet_name}'s vaccination is due {due_date}. Call {practice_phone} or book online.\"",
    "Vaccin DHP + L4 gegeven; volgende enting over 1 jaar (batch 22K015)",
]

CLIENT_MESSAGE = [
    "Hi, can I book Bella in for her jabs next week? Any time after 3:30pm works. Thanks!",
    "My cat hasn't eaten since yesterday & keeps hiding under the bed — is that urgent??",
    "Hallo, mein Hund hat sich die Pfote verletzt (blutet leicht). Haben Sie heute noch einen Termin frei?",
    "Bonjour, est-ce que je peux passer récupérer les croquettes rénales demain matin ? Merci d'avance",
    "Hola, ¿tienen cita para castrar a mi perro el jueves? Pesa unos 18 kg.",
    "Ciao, il mio gatto ha vomitato 3 volte oggi... devo portarlo subito?",
    "Dzień dobry, czy mogę przełożyć wizytę Burka z wtorku na środę? Pozdrawiam",
    "Olá! Preciso de uma receita para o remédio do coração da Lola (pimobendan). Obrigada",
    "Goedemiddag, onze kat moet gechipt worden — wat kost dat?",
    "こんにちは。猫のワクチンの予約をお願いしたいです。土曜日の午前中は空いていますか？",
    "您好，我的狗今天早上吐了两次，可以今天下午带过来看吗？",
    "مرحبا، هل يمكنني حجز موعد لقطتي يوم الأحد؟ شكراً",
    "Здравствуйте! Можно записать кошку на стерилизацию на следующей неделе?",
    "Merhaba, köpeğim kulağını çok kaşıyor, randevu alabilir miyim?",
    "Hej! Kan jag boka en tid för tandrengöring för vår hund Bamse?",
    "Can you please cancel Max's appt on Tue 10:30 & rebook for Fri? Sorry!!",
    "Re: invoice #10233 — I think I was charged twice for the x-ray? Can someone check pls",
    "Is it OK to give him half a paracetamol for the pain until we can come in?",
    "She ate some grapes (like 5-6?) about 20 min ago. She's 7kg. What do I do???",
    "Thanks so much to Dr. Ahmed & the nurses <3 Luna is back to her old self :)",
    "How much is a dental? Vet said grade 2-3 & maybe 1–2 extractions. Rough estimate is fine.",
    "I just want emails, not texts — how do I switch that off? Thanks",
    "Hey, the link in your reminder email (https://portal.example-vets.co.uk/booking?pet=4471&ref=sms) says 'session expired' :(",
    "Can I pay the rest (£150) on Friday when I get paid? I'll pay £50 today.",
    "Please send a copy of Rocky's vaccine record to rocky.owner@example.com — need it for the groomer",
    "Which food is better for kidney cats: Renal Select or Hill's k/d? She's fussy.",
    "My dog's name is 'Sleepy' but he's really not sleeping at night — pacing & panting. He's 14.",
    "Question re: dosage — label says '1 tab q12h' — does that mean every 12 hours?",
    "The tablets are too big; can I crush them & mix with food? (carprofen 100 mg)",
    "Need to drop off a urine sample — do I keep it in the fridge? Collected at 7am.",
    "Appointment request: rabbit (Thumper), nails + teeth check, Saturday AM if poss.",
    "Hi, we're moving to Spain in June — what do we need for the pet passport & rabies?",
    "I can't find the script you mentioned for the Apoquel — do I pick it up or is it emailed to the pharmacy?",
    "Wer macht am Samstag Notdienst? Unser Kater hat Atemnot!!",
    "Nous partons en vacances du 12 au 26/08 ; pouvez-vous garder Félix en pension ?",
    "Please note our new address: 7 rue de l'Église, 75011 Paris — and update the chip registration too",
    "Sorry we missed the appointment — car broke down. Is there a fee? :/",
    "He's been licking his paws non-stop & they're red between the toes — allergy?",
    "Do you do home euthanasia? She's very old & hates the car. 😢",
    "FYI she's on day 5 of the antibiotics; the diarrhoea is better but not gone",
    "We got a new puppy!! 🐶 8 weeks, cockapoo. When can she have her first vaccinations?",
    "Is the clinic open on bank holiday Monday (26/08)?",
    "Hi - I uploaded the photo of the lump via the app, file name IMG_2041.HEIC. Can Dr. Lee have a look?",
    "Could you text me when he's ready to collect? 07700 900123",
    "Please DON'T call my work number (ext. 204) — use mobile only.",
    "Re: Luna's bloods — you said 'kidney values slightly up' — what does that mean exactly? Should I change her food?",
    "Ok to bring both cats in one carrier? They're bonded & get stressed apart.",
    "Reminder: Bella is due for her annual booster. Reply YES to book or call 01632 960 123.",
    "Appointment confirmed: Mon 14 Oct, 09:40 with Dr. Okafor (consult room 2). Please arrive 10 min early.",
    "Forgot my password for the pet portal & the reset email never arrived (checked spam) — help?",
    "Our dog swallowed a sock at ~11pm, he's trying to be sick but nothing comes up. Coming in now!",
    "Can you email me the invoice as PDF? My insurer (Agria) wants an itemised one w/ the diagnosis",
]

INVOICE_ESTIMATE = [
    "Consultation — standard (15 min) | 1 | £48.50 | VAT 20%",
    "Estimate: dental (GA, scale & polish, rads) £420–£680 + extractions @ £35–£95 each",
    "Discount 10% (senior citizen) applied — ref: mgr approval K.D.",
    "Line 4: 'Meloxicam 1.5 mg/ml 32 ml' × 1 = €21.90",
    "Total: $1,284.60 (incl. tax $96.10) — paid $500 deposit; balance due $784.60",
    "Insurance claim form completed — excess £99 payable by client; claim # PP/778812",
    "Write-off approved: £12.40 (goodwill) — reason: double-booked appt",
    "Payment plan: 3 × £200 (01/06, 01/07, 01/08) — card on file ending •••• 4821",
    "Refund: -£36.00 (unused Bravecto returned sealed, batch checked)",
    "Estimate accepted (signed) — upper limit £2,500; call owner if likely to exceed",
    "Hospitalisation (per day) × 3 @ £85.00 = £255.00",
    "Out-of-hours surcharge (after 19:00) £150",
    "Cremation – individual w/ casket (ashes returned) £235; communal £95",
    "Invoice #INV-2024-10233 | Client: O'Brien, Patrick | Patient: Rufus",
    "Lab fees (external): IDEXX panel — $189.00; shipping $12.50",
    "Item code: SURG-CAST-M | Castration (male dog 10–25 kg) | qty 1 | 265.00",
    "Rechnung Nr. 2024-0815 — Kastration Kater: 95,00 € + MwSt. 19 % = 113,05 €",
    "Devis : détartrage + 2 extractions = 285 € TTC (anesthésie incluse)",
    "Presupuesto: cirugía (TPLO) 1.800–2.200 € — incluye radiografías pre/post",
    "Credit note CN-0042 against INV-10233 (double-charged x-ray)",
    "Qty 2 × 'Hill's c/d 1.5 kg' @ 18.99 = 37.98; promo -5%",
    "Amount due: 0.00 — PAID IN FULL (card, 12/05/2024 15:42)",
    "Estimate line: 'Exploratory laparotomy ± enterotomy/resection & anastomosis' £1,800–£3,200",
    "Client is a registered charity (no. 1123456) — invoice the charity, not the individual",
    "Prices subject to change; estimate valid 30 days; excludes unforeseen complications",
    "Unpaid > 60 days → 2nd reminder letter sent; next step: debt collection agency",
    "Split bill: 50/50 between Mr. Reyes & Ms. Tan (separated) — two invoices please",
    "Fee schedule 2024 v2: consult £52 | recheck (< 14 d) free | nurse clinic £25",
    "Dispensing fee £8.50 per item (× 3 items)",
    "Pet health plan (£14.99/mo): 2 consults/yr, annual vacc, flea/worm — 10% off other services",
    "Chq no. 000451 returned unpaid — re-present? contact client",
    "Bank transfer ref: 'RUFUS-OBRIEN-10233' — received £420.00",
    "Euthanasia (small dog) £120 + communal cremation £95 = £215 (no charge for today's consult)",
    "合計 ¥18,700（税込）— 診察料 ¥1,500 / 検査 ¥8,800 / 薬 ¥8,400",
    "Pro-forma for insurer: diagnosis 'cruciate ligament rupture R' — first signs 05/2024",
    "Late cancellation fee (< 24 h) £25 — waived (1st time)",
    "Sedation — dexmedetomidine/butorphanol (per 10 kg) × 2.5 = £62.50",
    "GST 10% included; ABN 12 345 678 901",
    "Total (excl. VAT) 840.00 | VAT 168.00 | Total 1,008.00 GBP",
    "Paid with 2 cards: Visa ****1234 £300 / Amex ****5678 £208.40",
    "Estimate revision #2: + CT scan (£950) — owner informed by phone 11:05, verbal OK",
    "Microchip implant £19.99 (incl. registration on database)",
    "No charge: 'stray — found on the A38, no chip' (Good Samaritan policy)",
    "Price match request: online pharmacy has Apoquel 16 mg ×100 at £98 vs our £142 — written Rx fee £15?",
    "Itemised: 1) Consult 48.50 2) Cytology in-house 35.00 3) Ear cleaner 12.99 4) Surolan 15 ml 22.40 = 118.89",
    "Deposit required for procedures > £500 (50%)",
    "Estimate footer text: Prices valid 30 days. Questions? Call {practice_phone} or reply to this email.",
    "Invoice note: \"Thank you for choosing Oak Hill Vets — get well soon, Rufus!\"",
    "Factura 2024/0331 — vacuna + desparasitación: 62,50 € (IVA 21 % incl.)",
    "Zahlungserinnerung: Betrag 184,20 € bitte bis 30.06. überweisen (IBAN DE00 0000 0000 0000 0000 00)",
]

PHARMACY_INVENTORY = [
    "Stock take 31/05: Metacam 1.5 mg/ml 100 ml ×6 (2 exp. 07/24 → use first)",
    "CD register: methadone 10 mg/ml — opened 20 ml vial #MTH-0933; running balance 14.2 ml",
    "Reorder Cerenia 10 mg/ml inj when < 2 vials; supplier lead time 48h",
    "Fridge temp log: 4.1 °C (min 2.8 / max 7.6) — OK; reset @ 08:10",
    "Fridge alarm overnight — max 11.2 °C for ~3h! Quarantine vaccines, contact manufacturer",
    "Returned to wholesaler: Bravecto L (20–40 kg) ×3 — damaged packaging; credit pending",
    "Expired CD disposal: denaturing kit used for ketamine 10 ml (witness: J. Ruiz)",
    "Discrepancy: buprenorphine 0.3 mg/ml — 1.0 ml unaccounted for; incident report #IR-2024-07",
    "Backorder: Vetmedin 5 mg — ETA 3–4 wk; alternatives: Pimocard / Cardisure",
    "Compounded: methimazole transdermal gel 5 mg/0.1 ml — 30-day supply; label 'wear gloves'",
    "Shelf B3 → moved to B5 (antibiotics) | B3 now = NSAIDs & GI",
    "Owner picking up Apoquel at 5 — bag in 'collect' drawer, paid",
    "Lot tracking: Nobivac Rabies lot A291C — 12 doses remaining; exp 2025-01-31",
    "CD cabinet key with duty vet only — sign the key log",
    "Order #PO-7731: 10 × IV cath 22G, 10 × 20G, 5 × extension sets, 2 × Hartmann's 1L ×12",
    "Supplier price update (+4.5%) effective 01/07 — update sell prices?",
    "Dispensed: 'Clavaseptin 500 mg ×20' — label printed, 2nd check by RVN",
    "Low stock alert: isoflurane 250 ml (2 left) — urgent order placed 09:12",
    "Wastage log: propofol 20 ml opened 08:00, discarded 14:00 (6h rule) — 12 ml wasted",
    "CD audit — all balances correct ✔ (signed: Dr. K. / RVN T.)",
    "Recall: 'Synulox RTU 100 ml' batch 4021K — none in stock (checked)",
    "Repack: tramadol 50 mg ×100 → 10 bags of ×10; labelled & logged",
    "Sched. 2 CD: fentanyl patches 25 µg/h ×5 received — invoice matched, entered in register p.42",
    "Stock location code: RX/SHELF-A/BIN-07",
    "FIFO reminder: always pull from the front; new stock at the back!!",
    "Discontinued: Rimadyl chewables 20 mg → switch to Carprieve / Canidryl",
    "Special import certificate needed for: epoetin — applied 02/06",
    "Shelf label: 'KEEP OUT OF REACH OF CHILDREN & ANIMALS'",
    "Inventory adjustment: +3 (found in theatre drawer) / -1 (broken vial)",
    "Min/max set: Metacam 10 ml — min 4 / max 12",
    "Wholesaler acct #C-889211 — order cut-off 15:00 for next-day delivery",
    "Car kit (large animal): oxytocin, calcium borogluconate 40% ×4, flunixin, penicillin — check weekly",
    "Fridge #2 (vaccines only) — NO FOOD, NO SAMPLES in here please!!!",
    "Interaction flag: trilostane + ACE-i → monitor K+",
    "Euthatal 200 mg/ml 100 ml — kept in CD cabinet (practice policy)",
    "Generic substitution OK → yes if same active & strength; note on label",
    "Batch split: ketamine 100 mg/ml 10 ml — #KET-0112 (theatre) / #KET-0113 (ambulatory)",
    "Temperature excursion report attached — data logger file fridge1_2024-06-03.csv",
    "Inventory sync failed at 02:00 — 14 SKUs with negative stock (e.g. 'Syringe 1ml' = -37)",
    "SKU 100-4471 'Renal Select 2 kg' — reorder point 3",
    "Stocktake variance: total -£312.44 (0.8%) — within tolerance (< 1%)",
    "Counted 58 × Milbemax Cat (2–8 kg) / system says 60 → adjust -2, reason 'shrinkage'",
    "Oxygen cylinders: 2 full, 1 in use (~40%), 1 empty — collection Tue",
    "Methadone: 10 ml received; 0.8 ml used (Pt #55213, Dr. Kim); bal. 9.2 ml",
    "Liquid meds: 'shake well'; store < 25 °C; discard 6 mo after opening",
    "Apotheke: Bestellung Rimadyl 50 mg × 3 Packungen — Lieferung Mittwoch",
    "Stock Metacam chien 32 ml épuisé — commande passée le 04/06",
    "Barcode mismatch: GTIN 05012345678900 vs. 05012345678917 — check product",
    "Drug cupboard reorganised A→Z; antibiotics & CDs unchanged",
    "Expiry check June: 7 items < 3 mo → red sticker, use first; 2 expired → disposal bin (yellow)",
]

REFERRAL_LETTER = [
    "Dear Dr. Hughes,\n\nThank you for seeing Bella (8y FN Labrador) re: suspected L CCL rupture. Rads attached (stifle ML/CrCd). Currently on meloxicam 0.1 mg/kg PO SID. Owner aware of TPLO costs.\n\nKind regards,\nDr. A. Patel MRCVS",
    "Referral reason: persistent ↑ ALT (142 → 310 U/L over 6 wk) despite SAMe/silybin; please assess for biopsy",
    "Hx summary:\n• 2022 — pancreatitis (hospitalised 3 d)\n• 2023 — dental (4 extr.)\n• 05/2024 — PU/PD, glucosuria → DM? fructosamine pending",
    "Attachments: bloods_2024-05-12.pdf, thorax_LL_RL_VD.dcm (3 files), echo_report.docx",
    "Please note: owner has a limited budget (~£2,000) — prioritise diagnostics accordingly",
    "To: Ophthalmology Service, Northfield Referrals <ophtho@northfield-referrals.example>\nRe: 'Oscar' — R corneal ulcer, non-healing > 3 wk (SCCED?)",
    "Lieber Kollege, wir überweisen Ihnen \"Fritz\" (DSH, 9 J., mk) zur weiteren Abklärung einer Milzmasse (Sono 4,2 × 3,8 cm). Mit freundlichen Grüßen",
    "Chère consœur, je vous adresse « Pistache », chatte de 12 ans, pour échocardiographie (souffle III/VI). Bien confraternellement.",
    "Urgent referral — GDV suspected; owner en route (ETA 20:15); decompressed via trocar here",
    "Meds on referral: carprofen 75 mg BID (stopped 24 h ago), gabapentin 300 mg TID, omeprazole 20 mg SID",
    "Discharge summary (copy to rDVM): 'TPLO R stifle 14/05; 8-wk rest; rads 6 wk post-op'",
    "Our ref: 55213/AP | Your ref: NR-2024-0913",
    "Case transferred to oncology (Dr. Sato); CHOP protocol (19 wk) — first dose 03/06",
    "Neurology referral: progressive paraparesis T3–L3, deep pain + (bilat.), IVDD Hansen I? MRI please",
    "Please send the report to referrals@oakhill-vets.example & cc owner (j.oneill@example.net)",
    "Referral form:\nPatient: Luna | Species: feline | Breed: Maine Coon | Age: 6 | Wt: 7.1 kg\nReason: HCM? (gallop rhythm, NT-proBNP 1,120 pmol/L)\nUrgency: soon (< 2 wk)",
    "PS: she bites when her left ear is touched — please go slowly :)",
    "Histopath report enclosed (MCT grade II) — referral for wider excision vs. radiotherapy discussion",
    "Dermatology: chronic otitis AU > 1 yr, culture Pseudomonas (R: enro/marbo, S: gentamicin, polymyxin B); CT bullae?",
    "Thanks for the referral. Summary: exploratory lap → linear FB (string) in jejunum; 2 enterotomies; recovered well; discharge Thu.",
    "Re: Max (DOB 03/03/2015) – echo images are on our share under /shared/echo/2024-06-11/ and the report is attached.",
    "Dental referral — complicated crown fracture 204 (pulp exposed) — RCT vs. extraction; owner prefers to keep the tooth",
    "Exotics: bearded dragon w/ suspected MBD (soft jaw, tremors); Ca 1.8 mmol/L (L) — please see",
    "Behaviour referral: severe separation anxiety — destructive when alone > 2h; fluoxetine 1 mg/kg started 3 wk ago",
    "Second opinion requested by the owner (not by us) — please copy all findings to us too",
    "Refer-back letter: 'Continue meds as below; recheck w/ rDVM in 2 wk; we'll re-image at 3 mo'",
    "Insurance pre-authorisation for referral attached (PetPlan; limit £4,000/condition)",
    "Specialist estimate (Northfield): consult £250 + MRI £1,800–£2,400",
    "Estimado colega: le remitimos a \"Churro\" (perro mestizo, 5 años) por cojera crónica MAI. Adjuntamos RX.",
    "Sent via teleradiology — study UID 1.2.826.0.1.3680043.8.498.1234 uploaded 16:02",
    "Previous tx that failed: cefalexin ×3 wk, Apoquel, Cytopoint ×2 — minimal response",
    "History (owner's words): \"he's just not right — sleeping more, won't jump on the sofa\"",
    "Allergies/ADRs: anaphylaxis to IV cefuroxime (2021) — please flag",
    "Cover note: records 2018–2024 (122 pages) sent as zip, password by phone",
    "Letter to owner: 'Your pet has been referred to Northfield — please bring all current medications & the food he eats'",
    "Thank you — referral accepted; appointment Tue 18/06 at 10:00; fasting from midnight please",
    "Dear Colleague,\n\nRe: \"Pippin\" (4y MN DSH) — chronic small-bowel diarrhoea > 3 mo, weight 4.8 → 4.1 kg.\nDone so far: faecal PCR (neg), B12 152 pmol/L (L), folate normal, cPLI normal.\nQ: endoscopy + biopsies?\n\nBest wishes,\nDr. K. Nowak",
    "Summary for the specialist:\n1) Hypercalcaemia (iCa 1.62) — persistent\n2) Enlarged L anal sac (3 cm) on rectal exam\n3) No azotaemia (yet)\n→ AGASACA suspected; staging please",
    "Referral letter to Dr. Müller (Tierklinik Süd) — Kopie der Röntgenbilder per WeTransfer",
    "Please do not discuss costs with the son; the account holder is Mrs. Ahmed (signed consent on file)",
    "Urgent: 'Luna' DSH 2y — suspected ethylene glycol (antifreeze) ingestion ~3h ago; fomepizole not in stock here",
    "RE: your letter of 12/06 — agree with plan; we'll handle the suture removal here on day 12-14",
    "Koi (x4) — ulcers & fin rot; water parameters attached (NH3 0.5 mg/l!!, NO2 0.3, pH 8.2); referral to fish vet",
    "Cc: owner, insurer (claim ref AG-99812), Northfield Referrals (Dr. Hughes)",
    "Please return the original rads (CD) after review — our only copy of the 2019 study",
    "Equine referral: colic, HR 64, no gut sounds R side, reflux 4 L on NG intubation — en route in trailer",
    "Echo/ECG referral for pre-breeding screening (Cavalier, 2y) — owner needs BVA heart scheme certificate",
    "Kind regards from all of us at Oak Hill — and good luck to Bella on Thursday!",
    "Discharge instructions (translated for owner):\n- 4 weeks lead walks only\n- No stairs / jumping\n- Recheck at 2 wk\n- Call us if the wound is red, swollen or leaking",
    "Reason for referral: \"select cases for radioiodine\" — owner wants I-131 for hyperthyroid cat (T4 88 nmol/L on methimazole)",
]

IMAGING = [
    "/mnt/pacs/2024/05/17/1.2.840.113619.2.55.3.604688119.971.1715938472.123/IM-0001-0003.dcm",
    "\\\\pacs01\\studies\\2024\\Bella_Smith\\thorax_RL.dcm",
    "D:\\XRay\\Export\\2024-05-17\\RUFUS_OBRIEN_STIFLE_ML.jpg",
    "StudyInstanceUID=1.2.826.0.1.3680043.2.1125.1.34918616334750294149839565628111",
    "SeriesDescription: 'Thorax VD + R lat + L lat (3 views)'",
    "Accession: RAD-24-00931 | Modality: CR | BodyPart: CHEST | Species: canine",
    "Findings: mild broncho-interstitial pattern, caudodorsal; VHS 11.2 (↑ > 10.7 for breed); no effusion",
    "Ultrasound: spleen — hypoechoic nodule 1.2 cm (head); liver homogeneous; L kidney 4.1 cm, R 4.3 cm",
    "Rad report: 'Lateral view shows a radiopaque FB (~2 × 3 cm) in the stomach — likely a stone'",
    "Echo M-mode: IVSd 5.8 mm, LVIDd 14.2 mm, LVPWd 6.1 mm → HCM (≥ 6 mm)",
    "File renamed: IMG_2041.HEIC → lump_L_flank_2024-06-02.jpg",
    "Old images are on the X-ray PC in the Archive folder one level up (..\\Archive\\2019-2021)",
    "Dental rads: 7 views; 304 & 404 — periapical lucency; 108 — tooth resorption type 1",
    "CT: 1.25 mm slices pre/post contrast (iohexol 600 mg I/kg) — DICOM folder /data/ct/2024/CT-0412/",
    "(0010,2297) ResponsiblePerson = Smith^John; (0010,2201) PatientSpeciesDescription = Canine",
    "WADO link: https://pacs.example-vets.co.uk/wado?requestType=WADO&studyUID=1.2.840.113619.2.55.3.2831164355&seriesUID=1.2.840.113619.2.55.3.2831164355.1&objectUID=1.2.840.113619.2.55.3.2831164355.1.1&contentType=image/jpeg",
    "Orthanc ID: 6a6f3f64-2c0b8b1f-9b5c5a71-1f2d3e4c-5b6a7980",
    "MRI brain: T2W/FLAIR hyperintensity R piriform lobe; contrast enhancement — ? neoplasia vs. inflammatory",
    "Image quality: motion blur on VD; repeat under sedation if needed",
    "Positioning: DV (not VD) due to dyspnoea; 70 kV / 8 mAs; grid",
    "Exposure chart update: cat thorax 60 kV / 4 mAs | dog abdomen (20 kg) 75 kV / 12 mAs",
    "Endoscopy captures saved → C:\\Endo\\Captures\\2024\\06\\pt55213\\*.bmp",
    "Teleradiology upload failed (HTTP 413 – file > 500 MB); split series & retry",
    "CR plate #3 has a scratch (artefact, R lower corner) — don't mistake it for pathology!",
    "Series 3: 'Abdomen L lat' — 2 images; Series 4: 'Abdomen VD' — 1 image",
    "R distal radius — lytic/proliferative lesion ('sunburst') → OSA? → chest rads for mets",
    "Hip score (BVA/KC): 6 / 8 (total 14) — submitted 03/06",
    "Elbow grading: 0 / 1 (IEWG) — L elbow mild osteophytes",
    "Patient ID on images wrong (shows 'Max' #55212 — should be #55213) — corrected in PACS",
    "Worklist: AE title VETRAD01 @ 10.0.4.21:104 → modality CR; scheduled 09:30",
    "Ultraschallbefund: Milz — hypoechogene Raumforderung 4,2 × 3,8 cm, V. a. Hämangiosarkom",
    "Compte rendu radiographique : opacification alvéolaire lobe moyen droit → bronchopneumonie ?",
    "Radiografía de tórax (LL/VD): patrón bronquial leve; silueta cardiaca normal",
    "レントゲン所見：胃内に異物あり（約2cm）",
    "Images > 7 yrs moved to cold storage (s3://vet-archive-eu/2017/) — request 24h in advance",
    "JPEG export quality=85, max width=2048 px, strip EXIF = yes (GDPR)",
    "Barium study (10 ml/kg PO): 0, 15, 30, 60, 120 min — delayed gastric emptying",
    "SOP Class UID 1.2.840.10008.5.1.4.1.1.1 (Computed Radiography Image Storage)",
    "Measurements: VLAS 2.6 v; VHS 10.9 v — borderline",
    "Fluoroscopy: tracheal collapse grade III at thoracic inlet on cough",
    "File: Thumper_dental_skull_(rabbit)_lat.png — 4.2 MB",
    "Profile photo: /uploads/patients/55213/profile.jpg (crop square please)",
    "Study date 2024-05-17 10:42:13; institution \"Oak Hill Vets – Main\"; station CR-ROOM-2",
    "Rads sent to owner via link (expires 7 d) — https://share.example-vets.co.uk/s/Xk3p9Q?dl=1",
    "ECG strip: sinus arrhythmia, HR 90–140; VPCs × 3/min (uniform)",
    "Batch re-import of May studies: /mnt/pacs/2024/05/*/*.dcm (≈ 1,900 files) — run after 19:00",
    "Export for referral zipped to ..\\Referrals\\Northfield\\RAD-24-00931.zip (password by phone)",
    "Thorax 3-view: no pulmonary nodules seen (≥ 3 mm would be visible); clear for surgery",
    "Dicom-Tag (0008,1030) StudyDescription = \"Abdomen ap + lat\" — Pferd? Nein, Hund!",
    "Pelvis VD (hip-extended) — OFA submission, sedation: dexmedetomidine 5 µg/kg IV",
]

# ---------------------------------------------------------------------------
# Small pools for templates (hand-written)
# ---------------------------------------------------------------------------

PETS = ["Bella", "Max", "Luna", "Rufus", "Milo", "Coco", "Oscar", "Poppy", "Teddy",
        "Nala", "Rocky", "Lola", "Simba", "Mochi", "Pistache", "Fritz", "Burek",
        "Churro", "Bamse", "Momo", "Ziggy", "Biscuit", "Pepper", "Hazel", "Kiwi",
        "Ruby", "Thor", "Maple", "Bonnie", "Zeus"]
SPECIES_BREED = ["canine, Labrador retriever", "feline, DSH", "canine, German shepherd",
                 "feline, Maine Coon", "canine, Cockapoo", "lapin, Lop (rabbit)",
                 "canine, Staffordshire bull terrier", "feline, British shorthair",
                 "canine, Border collie", "equine, Connemara pony", "canine, Dachshund (mini)",
                 "feline, Ragdoll", "canine, Cavalier KCS", "guinea pig, Abyssinian",
                 "canine, Jack Russell x", "feline, Siamese"]
SEXES = ["MN", "FN", "M", "F", "MN", "FN"]
OWNERS = ["O'Brien, Patrick", "Smith-Jones, Tabitha", "Müller, Hans-Jürgen", "Lefèvre, Claire",
          "Fernández, Lucía", "Kowalski, Zbigniew", "Sato, Hanako", "Ødegaard, Ingrid",
          "Al-Sayed, Jamal", "Nowak, Katarzyna", "Okafor, Chidi", "D'Souza, Priya",
          "Ní Bhriain, Siobhán", "Nguyen, Thị Mai", "Rossi, Giulia", "Van der Berg, Joost",
          "MacLeod, Ewan", "Haddad, Rania", "Park, Ji-woo", "García López, Ana"]
PHONES = ["07700 900{0:03d}", "+44 20 7946 0{0:03d}", "(555) 555-01{0:02d}",
          "+49 30 5550 {0:04d}", "+33 1 55 50 {0:02d} 12", "087 555 0{0:03d}"]

# coherent (S, O, A, P) cases; vitals are filled in by the template
SOAP_CASES = [
    ("owner reports v+ x2 overnight, still drinking", "abd soft, mild cranial discomfort",
     "gastroenteritis (dietary?)", "bland diet 3 d; maropitant 1 mg/kg SC; recheck if not better"),
    ("coughing at night ~1 wk, 'honking'", "tracheal pinch +, lungs clear",
     "kennel cough", "rest, no collar; recheck 1 wk — sooner if worse"),
    ("PU/PD ↑ past month, weight ↓", "BCS 4/9, kidneys small & irregular",
     "r/o CKD vs DM vs hyperT4", "bloods + UA + T4; call with results"),
    ("limping LF since walk yesterday", "pain on palpation L carpus, no crepitus",
     "soft-tissue injury", "rest 1 wk; meloxicam 0.1 mg/kg SID"),
    ("scratching ears & head shaking", "otic discharge AD (brown, waxy), TM not visualised",
     "otitis externa AD", "cytology; clean + topical drops BID x 10d"),
    ("straining to urinate, small amounts, licking", "bladder small, non-painful",
     "FIC?", "UA (cysto); wet food, more water; meloxicam 0.05 mg/kg"),
    ("lump noticed on chest ~2 wk", "3 cm SC mass, soft, mobile",
     "lipoma?", "FNA today; cytology in-house"),
    ("tires on walks, coughs when lying down", "murmur IV/VI L apex, HR ↑",
     "MMVD?", "thoracic rads + echo referral"),
    ("itchy, chewing at rump", "flea dirt ++, papules dorsal lumbosacral",
     "flea allergy dermatitis", "flea tx all pets in house; Cytopoint today"),
    ("collapsed briefly on walk, recovered in <1 min", "HR irregular, pulse deficits",
     "r/o syncope vs seizure", "ECG + Holter; BP"),
]

# (drug, mg/kg, routes, frequencies, course lengths in days)
DRUGS = [("meloxicam", "0.1", ["PO", "SC"], ["q24h", "SID"], [3, 5, 7, 14]),
         ("carprofen", "4", ["PO"], ["q24h", "SID"], [5, 7, 14]),
         ("carprofen", "2", ["PO"], ["q12h", "BID"], [5, 7, 14]),
         ("maropitant", "1", ["SC", "PO"], ["q24h", "SID"], [2, 3, 5]),
         ("gabapentin", "10", ["PO"], ["q8h", "q12h", "TID"], [7, 14, 28]),
         ("amoxicillin/clav", "12.5", ["PO"], ["q12h", "BID"], [5, 7, 10, 14]),
         ("cefalexin", "22", ["PO"], ["q12h", "BID", "q8h"], [7, 14, 21]),
         ("prednisolone", "0.5", ["PO"], ["SID", "q24h", "EOD"], [5, 7, 14]),
         ("metronidazole", "15", ["PO"], ["q12h", "BID"], [5, 7]),
         ("furosemide", "2", ["PO", "IV"], ["q12h", "q8h"], [3, 5, 7]),
         ("pimobendan", "0.25", ["PO"], ["q12h", "BID"], [28]),
         ("buprenorphine", "0.02", ["OTM", "IV", "IM"], ["q8h", "q6h", "TID"], [3, 5]),
         ("methadone", "0.2", ["IV", "IM"], ["q4h", "q6h", "prn"], [1, 2]),
         ("doxycycline", "10", ["PO"], ["q24h", "SID"], [10, 14, 28]),
         ("omeprazole", "1", ["PO"], ["q12h", "BID"], [7, 14]),
         ("trazodone", "5", ["PO"], ["prn", "q12h"], [7, 14])]
RX_NOTES = ["", " with food", "; recheck before refill", " — owner counselled",
            " (max 5 d)", "; stop if v+/D+", " — label 'finish the course'"]

# (analyte, unit, low, high, decimals)
ANALYTES = [("ALT", "U/L", 10, 100, 0), ("ALKP", "U/L", 23, 212, 0), ("CREA", "µmol/L", 44, 159, 0),
            ("BUN", "mmol/L", 2.5, 9.6, 1), ("GLU", "mmol/L", 4.1, 7.9, 1), ("TP", "g/L", 52, 82, 0),
            ("ALB", "g/L", 23, 39, 0), ("PHOS", "mmol/L", 0.81, 2.20, 2), ("K", "mmol/L", 3.5, 5.8, 1),
            ("Na", "mmol/L", 144, 160, 0), ("HCT", "%", 37.3, 61.7, 1), ("WBC", "×10^9/L", 5.05, 16.76, 2),
            ("PLT", "K/µL", 148, 484, 0), ("T4", "nmol/L", 13, 51, 0), ("SDMA", "µg/dL", 0, 14, 0),
            ("CHOL", "mmol/L", 3.8, 7.0, 1), ("TBIL", "µmol/L", 0, 15, 0), ("Ca", "mmol/L", 1.98, 3.00, 2)]

VACCINES = ["Nobivac DHP", "Nobivac L4", "Nobivac KC", "Nobivac Rabies", "Purevax RCP",
            "Purevax FeLV", "Versican Plus DHPPi/L4", "Tricat Trio", "Myxo-RHD Plus",
            "Eurican DAPPi", "ProteqFlu-Te", "Canigen DHPPi"]
SITES = ["SC L scapula", "SC R scapula", "SC L hind", "SC R hind", "IN", "IM L neck", "SC R flank"]

MSG_TEMPLATES = [
    ("Hi, could we book {pet} in for {reason_en} {day_en} around {time}? Thanks!", "en"),
    ("Hello — is there a slot for {pet} ({reason_en}) {day_en} after {time}? I can't do mornings.", "en"),
    ("Hallo, können wir für {pet} am {day_de} gegen {time} einen Termin ({reason_de}) bekommen?", "de"),
    ("Bonjour, serait-il possible d'avoir un rendez-vous pour {pet} ({reason_fr}) {day_fr} vers {time} ?", "fr"),
    ("Hola, ¿hay hueco para {pet} el {day_es} a las {time}? Es para {reason_es}.", "es"),
    ("Ciao, vorrei prenotare una visita per {pet} ({reason_it}) {day_it} verso le {time}.", "it"),
]
REASONS = {
    "en": ["his booster", "a nail clip", "a weight check", "her stitches out", "a dental check",
           "the itchy ears again", "a repeat blood test"],
    "de": ["Impfung", "Krallen schneiden", "Kontrolle", "Fäden ziehen", "Zahnkontrolle"],
    "fr": ["vaccin", "coupe des griffes", "contrôle", "retrait des points", "détartrage"],
    "es": ["la vacuna", "cortar las uñas", "una revisión", "quitar los puntos"],
    "it": ["vaccino", "taglio unghie", "controllo", "togliere i punti"],
}
DAYS = {
    "en": ["on Monday", "on Tue", "this Wednesday", "next Thursday", "on Friday", "Saturday"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag"],
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado"],
    "it": ["lunedì", "martedì", "mercoledì", "giovedì", "venerdì", "sabato"],
}
TIMES = ["9:00", "9:30", "10:15", "11:00", "14:00", "15:30", "16:45", "17:20", "18:00"]

INVOICE_ITEMS = [("Consultation", 48.50), ("Recheck consult", 32.00), ("Vaccination — annual booster", 62.00),
                 ("Nail clip", 12.50), ("Anal gland expression", 18.00), ("Blood test (in-house chem 10)", 89.00),
                 ("Urinalysis", 38.50), ("Radiographs (first view)", 120.00), ("Radiographs (add. view)", 45.00),
                 ("Cytology (in-house)", 35.00), ("Microchip implant", 19.99), ("Hospitalisation / day", 85.00),
                 ("Apoquel 16 mg × 30", 74.20), ("Metacam 1.5 mg/ml 32 ml", 21.90), ("Bravecto 500 mg", 24.60),
                 ("Hill's i/d 1.5 kg", 18.99), ("E-collar (25 cm)", 9.80), ("Dental scale & polish", 295.00)]
CURRENCIES = [("£", "VAT 20%"), ("€", "MwSt. 19 %"), ("$", "tax 8.25%"), ("€", "TVA 20 %")]

STOCK_ITEMS = ["Metacam 1.5 mg/ml 100 ml", "Cerenia 10 mg/ml 20 ml", "Apoquel 16 mg ×100",
               "Nobivac DHP 10 ds", "Clavaseptin 250 mg ×100", "Hartmann's 1 L", "Vetmedin 5 mg ×100",
               "Bravecto M 10–20 kg", "Isoflurane 250 ml", "Propofol 20 ml", "Synulox RTU 100 ml",
               "Gabapentin 100 mg ×50", "IV cath 22G", "Syringe 1 ml (×100)", "Milbemax Cat 2–8 kg"]
STOCK_NOTES = ["reorder placed", "ok", "check expiry (< 3 mo)", "on backorder — ETA 2 wk",
               "1 damaged → returned", "moved to shelf B5", "price ↑ 4% from 01/07", "use oldest lot first"]

REF_REASONS = ["suspected CCL rupture R stifle", "persistent ↑ ALT/ALKP despite tx",
               "grade IV/VI murmur — echo please", "non-healing corneal ulcer L eye",
               "chronic otitis — CT bullae?", "MCT grade II — wider excision?",
               "progressive hind-limb ataxia", "hypercalcaemia, cause unknown",
               "splenic mass on US (4 cm)", "recurrent seizures despite phenobarbital"]
VETS = ["Hughes", "Müller", "Sato", "O'Connor", "Nowak", "Lefèvre", "Okafor", "García"]
SENDERS = ["Dr. A. Patel MRCVS", "Dr. K. Nowak", "Dr. S. O'Brien BVSc", "Dr. M. Rossi DVM",
           "Dr. J. Lee (locum)"]
REF_EXTRAS = ["Bloods & rads attached.", "Currently on meloxicam 0.1 mg/kg SID.",
              "Owner is happy to come at short notice.", "Insured (PetPlan) — pre-auth pending.",
              "Please copy your report to us & to the owner.", "Fasted from midnight if sedation likely."]

VIEWS = ["THORAX_RL", "THORAX_VD", "ABDO_LL", "ABDO_VD", "STIFLE_ML", "STIFLE_CRCD",
         "ELBOW_FLEX", "SKULL_DV", "DENTAL_404", "PELVIS_VD"]
MODALITIES = [("CR", "CHEST"), ("CR", "ABDOMEN"), ("DX", "KNEE"), ("US", "ABDOMEN"),
              ("CT", "HEAD"), ("MR", "SPINE"), ("IO", "JAW")]


# ---------------------------------------------------------------------------
# Template functions (one per category); each returns one candidate string
# ---------------------------------------------------------------------------

def t_patient_owner(rng):
    phone = rng.choice(PHONES).format(rng.randint(1, 99))
    return "{} ({}, {}, {} y) — owner: {} — {}".format(
        rng.choice(PETS), rng.choice(SPECIES_BREED), rng.choice(SEXES),
        rng.randint(1, 16), rng.choice(OWNERS), phone)


def t_soap_note(rng):
    s, o, a, p = rng.choice(SOAP_CASES)
    return "S: {}\nO: T {:.1f} °C, HR {}, RR {}; {}\nA: {}\nP: {}".format(
        s, rng.randint(376, 396) / 10, rng.randint(80, 160), rng.randint(16, 40), o, a, p)


def t_dosage_rx(rng):
    drug, dose, routes, freqs, days = rng.choice(DRUGS)
    return "{} {} mg/kg {} {} x {} d{}".format(
        drug, dose, rng.choice(routes), rng.choice(freqs), rng.choice(days), rng.choice(RX_NOTES))


def _fmt(x, decimals):
    return "{:.{}f}".format(x, decimals)


def t_lab_result(rng):
    name, unit, lo, hi, dec = rng.choice(ANALYTES)
    kind = rng.choice(["H", "L", "", ""])
    span = hi - lo
    if kind == "H":
        val = hi + span * rng.uniform(0.05, 1.5)
    elif kind == "L":
        val = max(0.0, lo - span * rng.uniform(0.05, 0.4))
    else:
        val = lo + span * rng.uniform(0.1, 0.9)
    flag = " ({})".format(kind) if kind else ""
    return "{} {} {}{} [{}-{}]".format(name, _fmt(val, dec), unit, flag, _fmt(lo, dec), _fmt(hi, dec))


def t_vaccination(rng):
    batch = "{}{}{}{}".format(rng.choice("ABCKLNX"), rng.randint(100, 999),
                              rng.choice("ABCDKX"), rng.randint(10, 99))
    return "{} — batch {}, exp {:02d}/{}; site: {}; next due {:02d}/{:02d}/{}".format(
        rng.choice(VACCINES), batch, rng.randint(1, 12), rng.choice([2025, 2026]),
        rng.choice(SITES), rng.randint(1, 28), rng.randint(1, 12), rng.choice([2025, 2026]))


def t_client_message(rng):
    tpl, lang = rng.choice(MSG_TEMPLATES)
    return tpl.format(pet=rng.choice(PETS), time=rng.choice(TIMES),
                      **{"reason_" + lang: rng.choice(REASONS[lang]),
                         "day_" + lang: rng.choice(DAYS[lang])})


def t_invoice_estimate(rng):
    item, price = rng.choice(INVOICE_ITEMS)
    cur, tax = rng.choice(CURRENCIES)
    qty = rng.choice([1, 1, 1, 2, 3])
    return "{} | qty {} × {}{:.2f} = {}{:.2f} | {}".format(item, qty, cur, price, cur, qty * price, tax)


def t_pharmacy_inventory(rng):
    mn = rng.randint(1, 6)
    return "Stock check {:02d}/{:02d}: {} — {} on hand (min {} / max {}); {}".format(
        rng.randint(1, 28), rng.randint(1, 12), rng.choice(STOCK_ITEMS), rng.randint(0, 40),
        mn, mn + rng.randint(4, 20), rng.choice(STOCK_NOTES))


def t_referral_letter(rng):
    return "Dear Dr. {},\n\nRe: {} ({}y {} {}) — {}.\n{}\n\nKind regards,\n{}".format(
        rng.choice(VETS), rng.choice(PETS), rng.randint(1, 15), rng.choice(SEXES),
        rng.choice(SPECIES_BREED).split(", ")[1], rng.choice(REF_REASONS),
        rng.choice(REF_EXTRAS), rng.choice(SENDERS))


def t_imaging(rng):
    kind = rng.randint(0, 3)
    if kind == 0:
        return "/mnt/pacs/{}/{:02d}/{:02d}/1.2.826.0.1.3680043.2.{}.{}/IM-{:04d}-{:04d}.dcm".format(
            rng.choice([2023, 2024]), rng.randint(1, 12), rng.randint(1, 28), rng.randint(100, 9999),
            rng.randint(10 ** 8, 10 ** 9), rng.randint(1, 12), rng.randint(1, 40))
    if kind == 1:
        return "D:\\XRay\\Export\\{}-{:02d}-{:02d}\\{}_{}_{}.jpg".format(
            rng.choice([2023, 2024]), rng.randint(1, 12), rng.randint(1, 28),
            rng.choice(PETS).upper(), rng.choice(OWNERS).split(",")[0].upper().replace(" ", ""),
            rng.choice(VIEWS))
    if kind == 2:
        mod, part = rng.choice(MODALITIES)
        return "Accession: RAD-{}-{:05d} | Modality: {} | BodyPart: {} | Patient: {}".format(
            rng.choice([23, 24]), rng.randint(1, 99999), mod, part, rng.choice(PETS))
    return "SeriesInstanceUID=1.2.840.113619.2.55.3.{}.{}.{}".format(
        rng.randint(10 ** 8, 10 ** 9), rng.randint(100, 999), rng.randint(10 ** 9, 2 * 10 ** 9))


CATEGORIES = [
    ("patient_owner", PATIENT_OWNER, t_patient_owner),
    ("soap_note", SOAP_NOTE, t_soap_note),
    ("dosage_rx", DOSAGE_RX, t_dosage_rx),
    ("lab_result", LAB_RESULT, t_lab_result),
    ("vaccination", VACCINATION, t_vaccination),
    ("client_message", CLIENT_MESSAGE, t_client_message),
    ("invoice_estimate", INVOICE_ESTIMATE, t_invoice_estimate),
    ("pharmacy_inventory", PHARMACY_INVENTORY, t_pharmacy_inventory),
    ("referral_letter", REFERRAL_LETTER, t_referral_letter),
    ("imaging", IMAGING, t_imaging),
]


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    stats = []
    for name, literals, template in CATEGORIES:
        values = []
        for v in literals:
            assert isinstance(v, str) and v, (name, v)
            assert v not in seen, ("duplicate literal", name, v)
            seen.add(v)
            values.append(v)
        n_lit = len(values)
        assert n_lit >= 0.55 * PER_CATEGORY, (name, n_lit)
        attempts = 0
        while len(values) < PER_CATEGORY:
            attempts += 1
            assert attempts < 10000, name
            v = template(rng)
            if v in seen:
                continue
            seen.add(v)
            values.append(v)
        values = values[:PER_CATEGORY]
        assert n_lit <= PER_CATEGORY, (name, n_lit)
        stats.append((name, len(values), n_lit))
        for v in values:
            assert len(v) <= 1800, (name, v[:60])
            rows.append({"category": name, "label": "benign", "value": v})

    out = Path(__file__).with_name("benign.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, row in enumerate(rows, 1):
            obj = {"id": "{}-{:05d}".format(ID_PREFIX, i), "category": row["category"],
                   "label": row["label"], "value": row["value"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for name, n, n_lit in stats:
        total_lit += n_lit
        print("{:<20} {:>4}  (literals {:>3}, {:.0%})".format(name, n, n_lit, n_lit / n))
    print("{:<20} {:>4}  (literals {:>3}, {:.0%})".format("TOTAL", len(rows), total_lit, total_lit / len(rows)))
    print("wrote", out)


if __name__ == "__main__":
    main()
