#!/usr/bin/env python3
"""Write benign.jsonl: healthcare, public-sector and legal text a public API receives.

A clinic's patient portal, an electronic health record's API, a pharmacy's
order system, a court's e-filing service, a law firm's matter-management app
and a government benefits form all take this kind of text in ordinary
fields: clinical notes and discharge summaries, HL7 v2 segments and FHIR
JSON or search paths, prescriptions and pharmacy instructions, patient
messages in many languages, legal citations, docket entries and filing
metadata, contract clauses, benefits-form answers, imaging and device
metadata, insurance codes and EOB lines.

Every value below was written for this corpus: hand-written literals plus
small templates over hand-written pools.  Nothing was copied from a dataset,
a vendor's documentation examples or a public list.  None of the values is an
injection; they are hard negatives on purpose (`<5%`, `≥ 2x ULN`, `|` and
`^~\\&` in HL7, `{}` and `$everything` in FHIR, `§`, `'`, `"`, `;`, `&`,
`--`, `../`, Windows and UNC paths, URLs, SQL-ish and shell-ish words in
innocent context).  All names, numbers and identifiers are made up.

Standard library only, deterministic (random.Random(2501)); running the
script twice gives the same bytes.
"""
import json
import random
from pathlib import Path

RNG = random.Random(2501)
OUT = Path(__file__).with_name("benign.jsonl")
PER_CATEGORY = 80
MAX_LEN = 1800
SEEN = set()  # values already used by any category
LITERAL_COUNTS = {}


def pick(seq):
    return RNG.choice(seq)


def fill(cat, literals, gen, n=PER_CATEGORY):
    """Literals first, then templated values until n values unique in the file."""
    out = []
    for v in literals:
        if v in SEEN:
            raise SystemExit("duplicate literal in %s: %r" % (cat, v))
        assert isinstance(v, str) and 0 < len(v) <= MAX_LEN, v
        SEEN.add(v)
        out.append(v)
    if len(out) > n:
        raise SystemExit("too many literals in %s (%d > %d)" % (cat, len(out), n))
    LITERAL_COUNTS[cat] = len(out)
    tries = 0
    while len(out) < n:
        tries += 1
        if tries > 20000:
            raise SystemExit("template pool too small for %s" % cat)
        v = gen()
        if v in SEEN or len(v) > MAX_LEN:
            continue
        SEEN.add(v)
        out.append(v)
    RNG.shuffle(out)
    return out


def us_date():
    return "%02d/%02d/%d" % (RNG.randint(1, 12), RNG.randint(1, 28), pick([2023, 2024, 2025]))


def iso_date():
    return "%d-%02d-%02d" % (pick([2023, 2024, 2025]), RNG.randint(1, 12), RNG.randint(1, 28))


# ---------------------------------------------------------------- shared pools
SURNAMES = ["García", "O'Brien", "Nguyen", "Kowalski", "Okafor", "Müller", "Haddad", "Tanaka", "Johansson",
            "D'Angelo", "Patel", "Ivanova", "Fernández", "MacLeod", "Ben-David", "Çelik", "Rossi", "Smith-Jones"]
GIVEN = ["María", "Sean", "Thanh", "Agnieszka", "Chidi", "Jürgen", "Layla", "Yuki", "Astrid", "Rocco",
         "Priya", "Olga", "José", "Fiona", "Noa", "Emre", "Giulia", "Marcus"]
DRUGS = [("metformin", "500 mg"), ("lisinopril", "10 mg"), ("atorvastatin", "40 mg"), ("amlodipine", "5 mg"),
         ("levothyroxine", "50 mcg"), ("sertraline", "50 mg"), ("gabapentin", "300 mg"), ("omeprazole", "20 mg"),
         ("apixaban", "5 mg"), ("furosemide", "40 mg"), ("prednisone", "10 mg"), ("cephalexin", "500 mg"),
         ("hydrochlorothiazide", "25 mg"), ("montelukast", "10 mg"), ("tamsulosin", "0.4 mg")]
FREQS = ["once daily", "twice daily", "every 8 hours", "at bedtime", "every morning", "every 6 hours as needed",
         "three times daily with meals", "once weekly"]
LOINC = [("2345-7", "Glucose", "mg/dL"), ("2160-0", "Creatinine", "mg/dL"), ("718-7", "Hemoglobin", "g/dL"),
         ("2823-3", "Potassium", "mmol/L"), ("2951-2", "Sodium", "mmol/L"), ("4548-4", "Hemoglobin A1c", "%"),
         ("6690-2", "Leukocytes", "10*3/uL"), ("777-3", "Platelets", "10*3/uL"), ("1742-6", "ALT", "U/L"),
         ("3016-3", "TSH", "m[IU]/L"), ("2093-3", "Cholesterol", "mg/dL")]
ICD10 = [("I10", "Essential hypertension"), ("E11.9", "Type 2 diabetes mellitus without complications"),
         ("J45.909", "Unspecified asthma, uncomplicated"), ("M54.50", "Low back pain, unspecified"),
         ("N39.0", "Urinary tract infection, site not specified"), ("F41.1", "Generalized anxiety disorder"),
         ("E78.5", "Hyperlipidemia, unspecified"), ("K21.9", "GERD without esophagitis"),
         ("J06.9", "Acute upper respiratory infection, unspecified"), ("Z00.00", "General adult exam w/o abnormal findings")]
CITIES = [("Springfield", "IL", "62704"), ("Dayton", "OH", "45402"), ("Tucson", "AZ", "85711"),
          ("Hialeah", "FL", "33012"), ("Fresno", "CA", "93721"), ("Worcester", "MA", "01608"),
          ("El Paso", "TX", "79901"), ("Toledo", "OH", "43604"), ("Boise", "ID", "83702")]
STREETS = ["N. Elm St.", "Maple Ave", "W. 63rd St.", "Rue Cartier", "Oak Rd", "Martin Luther King Jr. Blvd",
           "Calle 8 SW", "Birch Ln", "Old Mill Rd", "Avenida de las Américas", "Chestnut St. (rear)"]
JUDGES = ["Ortiz", "Delgado", "Hernández", "Kim", "Whitfield", "O'Connell", "Nakamura", "Abernathy"]
FIRMS = ["Rivera & Kim LLP", "Okafor Law Group, P.C.", "Baker, Stein & Ruiz", "Legal Aid Society of Central Ohio",
         "Hughes O'Malley PLLC", "Patel | Brennan Health Law"]


# ====================================================================== 1
def clinical_notes():
    lit = [
        "Pt is a 67 y/o M w/ hx of HTN, T2DM (E11.9), CKD stage 3a (N18.31) presenting with SOB x3d. BP 152/94, HR 98, SpO2 91% on RA. Plan: furosemide 40 mg IV BID, daily BMP, strict I/O.",
        "Vancomycin 15 mg/kg IV q12h; trough goal 15–20 mcg/mL. Recheck trough before the 4th dose.",
        "ALT 212 U/L (≥ 2x ULN), AST 180, ALP 96, T bili 1.1 — hold atorvastatin, repeat LFTs in 1 wk.",
        "Troponin I <0.01 ng/mL x2, 6h apart; ECG NSR, no ST changes. Chest pain likely MSK; d/c home with ibuprofen 400 mg PO q8h PRN.",
        "A/P:\n1. Community-acquired pneumonia (J18.9) – CURB-65 = 1; ceftriaxone 1 g IV q24h + azithromycin 500 mg PO daily\n2. AKI on CKD (N17.9) – Cr 2.1 from baseline 1.4; hold lisinopril, IVF NS @ 75 mL/h\n3. DVT ppx: heparin 5000 units SC q8h",
        "HbA1c 8.4% → 7.1% over 6 mo on metformin 1000 mg BID + empagliflozin 10 mg daily. eGFR 58 mL/min/1.73m².",
        "CBC: WBC 14.2 (H), Hgb 9.8 (L), Plt 412; diff: neutrophils 82%, bands 6%. Lactate 2.4 mmol/L.",
        "Dx: SNOMED CT 44054006 |Diabetes mellitus type 2 (disorder)|; ICD-10-CM E11.65 (with hyperglycemia)",
        "Patient states she \"can't sleep more than 3-4 hrs\" since starting prednisone; discussed sleep hygiene, no sedatives for now.",
        "Allergies: PCN (hives), sulfa -> rash; NKFA. Latex: none.",
        "GCS 15 (E4 V5 M6); pupils PERRL 3 mm → 2 mm; no focal deficits; NIHSS 0.",
        "Wound: 3 x 2 cm stage 2 pressure injury R heel, no tunneling; dressing: hydrocolloid q3d & PRN.",
        "Echo: LVEF 35-40%, moderate MR, RVSP ~45 mmHg. Start sacubitril/valsartan 24/26 mg BID once ACEi washed out (36 h).",
        "Pain 7/10 → 3/10 after oxycodone 5 mg PO x1; PRN order continued, max 4 doses/24h.",
        "BMP: Na 128 (L) | K 5.6 (H) | Cl 97 | HCO3 19 | BUN 42 | Cr 2.3 | Glu 210",
        "UA: SG 1.025, pH 6.0, leuk esterase +, nitrite +, WBC >50/hpf, bacteria many. Urine cx pending; started nitrofurantoin 100 mg PO BID x5d.",
        "INR 3.8 on warfarin 5 mg daily — hold tonight's dose, resume at 4 mg/d (28 mg/wk), recheck INR Fri.",
        "Peds: amoxicillin 90 mg/kg/day divided q12h x10 days (wt 14.2 kg → 640 mg q12h = 8 mL of 400 mg/5 mL).",
        "POD #2 s/p lap chole. Tolerating clear liquids; JP drain output 30 mL serosanguinous/24h. Ambulating w/ assist.",
        "Neuro checks q1h x 24h, then q4h if stable. Call MD if SBP > 180 or < 100, HR < 50, or GCS drops ≥ 2 points.",
        "Rule out: PE vs. pneumonia vs. CHF exacerbation; D-dimer 1.2 (cutoff 0.5) → CTA chest ordered.",
        "Aufnahmebefund: 78-jährige Patientin mit Dyspnoe seit 3 Tagen, RR 160/95 mmHg, Puls 102/min, SpO₂ 89 % unter Raumluft. Therapie: Furosemid 40 mg i.v., O₂ 2 l/min.",
        "Compte rendu : patiente de 45 ans, douleur abdominale FID depuis 24 h, CRP 85 mg/L, échographie en faveur d'une appendicite. Avis chirurgical demandé.",
        "Evolución: paciente afebril, tolera dieta oral; se suspende la hidratación IV. Alta mañana si Hb > 9 g/dL.",
        "Social hx: 20 pack-years, quit 2019. Alcohol: 2-3 drinks/wk. Drugs: denies. Lives alone, 2nd floor walk-up.",
        "Plan -- reassess volume status in AM -- if Cr rises again (> 2.5), renal US & nephrology consult; hold ACEi/ARB until then.",
        "Meds reconciled: d/c'd omeprazole (no indication), cont. ASA 81 mg, changed metoprolol tartrate 25 mg BID → succinate 50 mg daily.",
        "PHQ-9 = 14 (moderate); GAD-7 = 9. No SI/HI. Referral to behavioral health placed; f/u 4 wks.",
        "Lipid panel: TC 242, LDL 161, HDL 38, TG 215 mg/dL; ASCVD 10-yr risk 14.2% → start rosuvastatin 20 mg.",
        "BMI 31.4 kg/m² (Z68.31); counseled on diet/exercise; pt interested in GLP-1 RA, will check coverage.",
        "CC: \"my chest feels tight when I climb stairs\". Onset 2 wks ago, relieved by rest, no radiation.",
        "Sepsis bundle: lactate drawn 14:05, BCx x2 14:10, cefepime 2 g IV 14:25, 30 mL/kg LR started 14:30 (2.4 L).",
        "Fall risk: Morse score 55 (high) → bed alarm on, non-skid socks, hourly rounding.",
        "Impression: 1) Acute on chronic systolic HF (I50.23); 2) AFib w/ RVR (I48.91) — rate control w/ diltiazem drip 5-15 mg/h, CHA₂DS₂-VASc 4 → apixaban 5 mg BID.",
        "Code status: DNR/DNI confirmed with patient & daughter (HCP) 06/12; MOLST on chart.",
        "Procedure note: US-guided R IJ CVC placed under sterile conditions, 1 pass, no complications; CXR confirms tip at cavoatrial junction.",
        "TSH 0.02 mIU/L (L), free T4 3.1 ng/dL (H) → likely Graves'; TRAb sent, start methimazole 10 mg daily & propranolol 20 mg TID.",
        "Glucose log: fasting 110-140, post-prandial up to 220; increase glargine from 18 → 22 units qHS; hypoglycemia teaching done.",
        "Eval for OSA: STOP-BANG 6/8; sleep study ordered. Pt's wife reports loud snoring & witnessed apneas.",
        "ABG: pH 7.28 / pCO2 58 / pO2 62 / HCO3 27 on 2L NC → acute on chronic resp. acidosis; BiPAP 12/5 started.",
        "Pt declines blood products (Jehovah's Witness); documented in advance directive; discussed iron sucrose + EPO.",
        "Immunizations: Tdap 2021; influenza 10/2024; PCV20 given today (L deltoid, lot #PX-2231, exp 03/2026).",
        "Well-child 18 mo: wt 50th %ile, ht 75th %ile, HC 50th %ile; development on track (walks, 10+ words).",
        "Differential dx: migraine w/o aura vs. tension-type HA; red flags (thunderclap onset, fever, focal deficit) absent.",
        "CrCl (Cockcroft-Gault) = ((140 - 72) × 68 kg) / (72 × 1.4) = 45.9 mL/min → renally dose enoxaparin.",
        "Lab comment: Specimen hemolyzed; K+ result may be falsely elevated. Please redraw.",
        "O2 weaned to RA; ambulatory SpO2 ≥ 92%. Stairs assessed by PT — cleared for home w/o DME.",
        "既往歴：高血圧、脂質異常症。内服：アムロジピン5mg 1日1回。血圧 138/84 mmHg、脈拍 72/分。",
        "Nursing note 0300: pt pulled out PIV #2, restarted 20G L forearm; mitts discussed w/ family – declined.",
        "Hgb trend: 10.2 → 8.9 → 7.6; guaiac + stool; GI consulted for EGD; transfuse 1 u PRBC if Hgb < 7.",
        "Exam: 2+ pitting edema BLE to mid-shin; JVP ~10 cm H2O; crackles at bases bilaterally.",
        "Drug interaction alert fired for clarithromycin + simvastatin — switched to doxycycline 100 mg BID; pharmacy notified.",
        "ED course: 1 L NS bolus, ondansetron 4 mg IV, ketorolac 15 mg IV; CT A/P w/ contrast: 6 mm obstructing stone L UVJ, mild hydro.",
        "Ortho: closed distal radius fx (S52.501A), reduced under hematoma block; sugar-tong splint; NWB; f/u fracture clinic 1 wk.",
        "Oncology: C3D1 FOLFOX — oxaliplatin 85 mg/m², leucovorin 400 mg/m², 5-FU 400 mg/m² bolus then 2400 mg/m² over 46 h. ANC 1.8 → OK to treat.",
        "Hep panel: HBsAg neg, anti-HBs >1000 (immune), anti-HCV neg; HIV Ag/Ab non-reactive.",
        "Plan discussed with attending Dr. O'Neill; pt & family agree. Total time 45 min, >50% counseling.",
        "DISCHARGE SUMMARY\nAdmit: 06/08/2024  Discharge: 06/12/2024  LOS: 4 days\nPrincipal dx: Cellulitis of left lower limb (L03.116)\nHospital course: IV cefazolin 2 g q8h x3d → PO cephalexin 500 mg QID to complete 10 days.\nDisposition: home with VNA for wound checks.\nFollow-up: PCP in 1-2 weeks; return if fever > 38.5 °C, spreading redness or streaking.",
        "Orthostatics: 132/78 supine → 104/66 standing at 3 min; son asked whether the drop in BP explains her fall — likely yes, hold tamsulosin.",
        "Urine drug screen: + THC; – opiates, benzos, cocaine, amphetamines. Pt reports occasional use; counseled.",
        "Shift report (SBAR): S – new O2 need 4L; B – post-op day 1 hip ORIF; A – crackles R base, T 38.1; R – CXR, CBC, consider IS q1h while awake.",
    ]
    units = ["RA", "2L NC", "4L NC", "room air", "HFNC 30L/40%"]

    def gen():
        k = RNG.randint(0, 2)
        if k == 0:
            return "Vitals %s: BP %d/%d, HR %d, RR %d, T %.1f °C, SpO2 %d%% on %s" % (
                pick(["0400", "0800", "1200", "1600", "2000", "on arrival", "at triage"]), RNG.randint(96, 178),
                RNG.randint(52, 104), RNG.randint(54, 128), RNG.randint(12, 28), RNG.randint(360, 394) / 10.0,
                RNG.randint(86, 100), pick(units))
        if k == 1:
            code, name, unit = pick(LOINC)
            return "%s (LOINC %s) %s %s %s — %s" % (name, code, pick(["<", ">", "≥", "≤", "="]),
                                                  RNG.randint(1, 400), unit,
                                                  pick(["repeat in AM", "notify provider", "no action", "trend q6h", "call if worse"]))
        d, s = pick(DRUGS)
        return "MAR %s: %s %s PO %s given by RN; %s" % (
            "%02d:%02d" % (RNG.randint(0, 23), pick([0, 15, 30, 45])), d, s,
            pick(["x1", "scheduled", "PRN"]), pick(["pt tolerated well", "pt refused – educated", "held: SBP < 100", "held per MD (NPO)"]))
    return fill("clinical-notes", lit, gen)


# ====================================================================== 2
def hl7_fhir():
    lit = [
        "MSH|^~\\&|EPIC|UCMC|LABSYS|UCMC|20240611083015||ORU^R01^ORU_R01|MSG00012345|P|2.5.1",
        "PID|1||MRN004512^^^UCMC^MR||GARCÍA^MARÍA^L||19570314|F|||1200 N ELM ST^^SPRINGFIELD^IL^62704||(217)555-0134",
        "OBX|1|NM|2345-7^Glucose^LN||182|mg/dL|70-99|H|||F|||20240611074500",
        "OBX|3|ST|5778-6^Color of Urine^LN||Yellow||||||F",
        "PV1|1|I|4W^412^A^UCMC||||1234^SMITH^JOHN^A^^^MD|||MED||||ADM|A0|||||V00098765",
        "NTE|1|L|Specimen received > 2h after collection; results may be affected.",
        "AL1|1|DA|70618^Penicillin^RXNORM|SV|Hives~Anaphylaxis",
        "OBR|1|ORD448812|LAB99213|24323-8^Comprehensive metabolic panel^LN|||20240611063000",
        "ORC|NW|ORD448812^EPIC|||||^^^20240611080000^^R",
        "DG1|1||I10^Essential (primary) hypertension^I10|||A",
        "MSA|AE|MSG00012345|Field PID-7 is not a valid date: 19571314",
        "OBX|2|FT|11529-5^Surgical pathology study^LN||FINAL DIAGNOSIS:\\.br\\Skin, left forearm, shave biopsy:\\.br\\- Basal cell carcinoma, nodular type\\.br\\- Margins free \\T\\ clear||||||F",
        "MSH|^~\\&|ADT1|MCM|FHIRBRIDGE|MCM|20240612101500||ADT^A08^ADT_A01|ADT77812|P|2.5\rEVN|A08|20240612101500\rPID|1||MRN118822^^^MCM^MR||O'BRIEN^SIOBHAN^M||19840229|F|||44 RUE CARTIER APT 3B^^MONTREAL^QC^H2X 1Y4^CAN\rPV1|1|O|CLINIC2^^^MCM",
        "ZPI|1|PORTAL_OPT_IN^Y|LANG^es-MX|PREF_CONTACT^SMS",
        "IN1|1|BCBS-PPO|00123|BLUE CROSS OF ILLINOIS|PO BOX 805107^^CHICAGO^IL^60680||||||||20240101|20241231",
        "RXE|^^^20240612^^^^Q8H|00409-4888-02^Cefazolin 1 g^NDC|1||g||||",
        "{\"resourceType\":\"Patient\",\"id\":\"pt-8842\",\"name\":[{\"use\":\"official\",\"family\":\"O'Brien\",\"given\":[\"Siobhán\"]}],\"birthDate\":\"1984-02-29\",\"gender\":\"female\"}",
        "{\"resourceType\":\"Observation\",\"status\":\"final\",\"code\":{\"coding\":[{\"system\":\"http://loinc.org\",\"code\":\"8480-6\",\"display\":\"Systolic blood pressure\"}]},\"subject\":{\"reference\":\"Patient/pt-8842\"},\"valueQuantity\":{\"value\":142,\"unit\":\"mm[Hg]\",\"system\":\"http://unitsofmeasure.org\",\"code\":\"mm[Hg]\"}}",
        "GET [base]/Observation?patient=Patient/8842&code=http://loinc.org|2345-7&date=ge2024-01-01&_sort=-date&_count=50",
        "Patient?family:contains=o'neil&birthdate=lt1960-01-01&_include=Patient:general-practitioner",
        "Encounter?status=finished&date=ge2024-06-01&date=lt2024-07-01&_revinclude=Condition:encounter",
        "Observation.value.ofType(Quantity).where(unit = 'mg/dL' and value > 200).exists()",
        "Patient.name.where(use = 'official').given.first() & ' ' & Patient.name.where(use = 'official').family",
        "Bundle.entry.resource.ofType(MedicationRequest).where(status = 'active' or status = 'on-hold').medicationCodeableConcept.coding.where(system = 'http://www.nlm.nih.gov/research/umls/rxnorm').code",
        "launch/patient openid fhirUser patient/Observation.rs patient/MedicationRequest.rs offline_access",
        "https://fhir.example-hospital.org/r4/Patient/8842/$everything?_since=2024-01-01T00:00:00Z&_type=Observation,Condition",
        "$validate failed: Observation.code: minimum required = 1, but only found 0 (profile us-core-vital-signs)",
        "{\"resourceType\":\"OperationOutcome\",\"issue\":[{\"severity\":\"error\",\"code\":\"not-found\",\"diagnostics\":\"Resource Patient/pt-9999 is not known\"}]}",
        "Mapping: PID-5.1 (family) → Patient.name[0].family; PID-5.2 → Patient.name[0].given[0]; PID-8 'F' → gender = 'female'; PID-11 → Patient.address",
        "<observation classCode=\"OBS\" moodCode=\"EVN\"><code code=\"8867-4\" codeSystem=\"2.16.840.1.113883.6.1\" displayName=\"Heart rate\"/><value xsi:type=\"PQ\" value=\"88\" unit=\"/min\"/></observation>",
        "[{\"op\":\"replace\",\"path\":\"/telecom/0/value\",\"value\":\"+1-217-555-0199\"},{\"op\":\"add\",\"path\":\"/communication/-\",\"value\":{\"language\":{\"text\":\"Español\"},\"preferred\":true}}]",
        "{\"resourceType\":\"Bundle\",\"type\":\"transaction\",\"entry\":[{\"request\":{\"method\":\"DELETE\",\"url\":\"Observation?identifier=urn:lab:acc|ACC24061100123\"}},{\"request\":{\"method\":\"POST\",\"url\":\"Observation\"},\"resource\":{\"resourceType\":\"Observation\",\"status\":\"amended\"}}]}",
        "MedicationRequest?intent=order&status=active&authoredon=ge2024-03-01&_include=MedicationRequest:medication&_elements=id,status,dosageInstruction",
        "{\"text\":\"1 tab PO BID\",\"timing\":{\"repeat\":{\"frequency\":2,\"period\":1,\"periodUnit\":\"d\"}},\"route\":{\"text\":\"oral\"},\"doseAndRate\":[{\"doseQuantity\":{\"value\":1,\"unit\":\"tablet\"}}]}",
        "Condition?patient=8842&clinical-status=active&code:below=http://snomed.info/sct|73211009",
        "{\"resourceType\":\"Subscription\",\"status\":\"requested\",\"criteria\":\"Observation?code=http://loinc.org|4548-4\",\"channel\":{\"type\":\"rest-hook\",\"endpoint\":\"https://partner.example-health.net/fhir/notify\",\"payload\":\"application/fhir+json\"}}",
        "Our interface engine drops OBX-5 when it contains a literal '|' — the lab must send it as \\F\\ (HL7 escape), e.g. \"HER2 1+\\F\\2+ borderline\".",
        "ERR|^^^207&Application internal error&HL70357|E|||Duplicate MSH-10 control id ADT77812",
        "SPM|1|SP240611-0042^LAB||BLD^Blood venous^HL70487|||||||||||||20240611061500",
        "{\"resourceType\":\"Coverage\",\"status\":\"active\",\"subscriberId\":\"XYZ123456789\",\"payor\":[{\"display\":\"Valley Health Plan\"}],\"class\":[{\"type\":{\"text\":\"group\"},\"value\":\"0012345-001\"}]}",
        "AllergyIntolerance?patient=Patient/8842&criticality=high&_lastUpdated=gt2024-01-01",
        "The FHIR server returned 412 Precondition Failed because If-Match: W/\"3\" didn't match the current versionId 4.",
        "Questionnaire item linkId '2.1.3' has enableWhen: question = '2.1', operator = '=', answerBoolean = true",
        "OBX|5|CE|80383-3^Influenza A Ag^LN||260373001^Detected^SCT||Not detected||A|||F",
        "DocumentReference?patient=8842&type=http://loinc.org|18842-5&_sort=-date&_count=1  (latest discharge summary)",
        "extension.where(url = 'http://hl7.org/fhir/us/core/StructureDefinition/us-core-race').extension.where(url = 'text').value",
        "MSH-9 must be ORM^O01 for orders; we received OML^O21^OML_O21 → please update your channel's outbound template.",
        "Patient/$match body: {\"resourceType\":\"Parameters\",\"parameter\":[{\"name\":\"resource\",\"resource\":{\"resourceType\":\"Patient\",\"name\":[{\"family\":\"Nguyen\",\"given\":[\"Thanh\"]}],\"birthDate\":\"1990-07-04\"}},{\"name\":\"onlyCertainMatches\",\"valueBoolean\":true}]}",
        "GET /fhir/r4/metadata  →  CapabilityStatement.fhirVersion = 4.0.1; rest.security.service = SMART-on-FHIR",
        "OBX|1|ED|PDF^Report^L||^application^pdf^Base64^JVBERi0xLjQKJcfsj6IKNSAwIG9iago8PC9MZW5ndGggNiAwIFI+PgpzdHJlYW0K||||||F",
        "Immunization?patient=8842&vaccine-code=http://hl7.org/fhir/sid/cvx|208,207,217&status=completed",
        "If PID-3 has more than one repetition (MRN~SSN~MEDICAID), take the one where PID-3.5 = 'MR'.",
        "FHIR bulk export kicked off: Content-Location: https://fhir.example-hospital.org/r4/$export-poll-status?_jobId=7f3c2a; poll every 120 s.",
        "{\"resourceType\":\"Practitioner\",\"identifier\":[{\"system\":\"http://hl7.org/fhir/sid/us-npi\",\"value\":\"1234567893\"}],\"name\":[{\"family\":\"D'Angelo\",\"given\":[\"Rocco\"],\"prefix\":[\"Dr.\"]}]}",
        "ORU routing rule: IF OBR-4.1 IN ('24323-8','57021-8') AND OBX-8 != 'N' THEN notify ordering provider",
        "Channel filter (JavaScript step): if (msg['PID']['PID.8']['PID.8.1'].toString() == 'F' && age >= 12) { return true; } // route to the OB feed",
    ]

    def gen():
        k = RNG.randint(0, 2)
        if k == 0:
            code, name, unit = pick(LOINC)
            return "OBX|%d|NM|%s^%s^LN||%s|%s|%s|%s|||F" % (RNG.randint(1, 9), code, name,
                                                         RNG.randint(1, 300), unit, pick(["70-99", "3.5-5.1", "0.6-1.2", "12.0-16.0", "<5.7"]),
                                                         pick(["N", "H", "L", "HH", "LL", ""]))
        if k == 1:
            code = pick(LOINC)[0]
            return "Observation?patient=%d&code=http://loinc.org|%s&date=%s%s&_count=%d" % (
                RNG.randint(1000, 99999), code, pick(["ge", "gt", "le", "lt"]), iso_date(), pick([10, 20, 50, 100]))
        sn, gv = pick(SURNAMES), pick(GIVEN)
        return "PID|1||MRN%06d^^^UCMC^MR||%s^%s||%d%02d%02d|%s" % (RNG.randint(1, 999999), sn.upper(), gv.upper(),
                                                                 RNG.randint(1935, 2020), RNG.randint(1, 12), RNG.randint(1, 28), pick("MFU"))
    return fill("hl7-fhir", lit, gen)


# ====================================================================== 3
def prescriptions():
    lit = [
        "Take 1 tablet by mouth every 8 hours as needed for pain. Do not exceed 6 tablets/24 h.",
        "Amoxicillin/clavulanate 875/125 mg — 1 tab PO BID x 10 days; take with food; finish all doses.",
        "Sig: i-ii gtt OU qid x 7d; shake well; discard 28 days after opening.",
        "Prednisone taper: 40 mg x3d, 30 mg x3d, 20 mg x3d, 10 mg x3d, then stop.",
        "Levothyroxine 75 mcg: take on an empty stomach, 30-60 min before breakfast; separate from Ca/iron by ≥ 4 h.",
        "Insulin lispro sliding scale: BG 151-200 → 2 u; 201-250 → 4 u; 251-300 → 6 u; >300 → 8 u & call MD.",
        "DAW 1 – brand medically necessary (pt had reaction to generic filler).",
        "Refills: 0. Controlled substance C-II; EPCS signed. Qty #30 (thirty).",
        "Pharmacist note: interaction warning — sertraline + tramadol (serotonin syndrome risk). Prescriber contacted 10:42, OK'd w/ monitoring.",
        "Methotrexate 15 mg PO once WEEKLY on Mondays (not daily!) + folic acid 1 mg daily except Monday.",
        "Claim rejected: NDC 00002-1433-80 — 79 Refill Too Soon; next fill date 07/02.",
        "Compounded: magic mouthwash (diphenhydramine 12.5 mg/5 mL : Maalox : viscous lidocaine 2% = 1:1:1), swish & spit 10 mL q4-6h PRN",
        "Hold metformin 48 h after IV contrast; resume if Cr stable.",
        "Apixaban 5 mg BID → reduce to 2.5 mg BID if ≥ 2 of: age ≥ 80, wt ≤ 60 kg, Cr ≥ 1.5.",
        "Ondansetron ODT 4 mg: dissolve on tongue q8h PRN nausea; may cause constipation/headache.",
        "Tomar 1 cápsula cada 12 horas con alimentos durante 7 días. No tomar alcohol.",
        "1 comprimé matin et soir pendant 5 jours ; ne pas dépasser 3 g de paracétamol par jour.",
        "1-0-1 nach dem Essen, für 10 Tage; bei Hautausschlag sofort absetzen und Arzt kontaktieren.",
        "Warfarin 2.5 mg Mon/Wed/Fri; 5 mg Tue/Thu/Sat/Sun (total 27.5 mg/wk).",
        "Albuterol HFA 90 mcg/actuation, 2 puffs q4-6h prn SOB/wheeze; dispense 2 inhalers (1 school, 1 home).",
        "Order note: pt can't swallow pills — please dispense liquid if available (amoxicillin 400 mg/5 mL, 8 mL BID).",
        "Fentanyl patch 25 mcg/h: apply 1 patch q72h; remove old patch first; fold sticky sides together & dispose per take-back instructions.",
        "Prior auth approved for adalimumab 40 mg/0.4 mL pen SC q2wk through 12/31/2025 (PA# 88213-A).",
        "Delivery instructions: leave with front desk @ 1200 N Elm St, Apt #4; ring bell twice; fridge items!",
        "Substitution: ‘Lipitor’ → atorvastatin calcium 40 mg (generic, AB-rated).",
        "Vancomycin 1250 mg in NS 250 mL IV q12h, infuse over ≥ 2 h (rate ≤ 10 mg/min).",
        "Kit contents: enoxaparin 40 mg/0.4 mL syringe x 14; sharps container; teaching sheet (EN/ES).",
        "Pt asks if they can split the 10 mg tabs → yes, scored; use pill splitter, take ½ tab (5 mg) daily.",
        "NCPDP reject 75 – Prior Authorization Required; 76 – Plan Limitations Exceeded (qty 90 > 30/30d).",
        "Shingrix 0.5 mL IM, dose 2 of 2 (≥ 2 mo after dose 1 on 03/14).",
        "Nitroglycerin 0.4 mg SL q5min x3 PRN chest pain; call 911 if not relieved 5 min after the 1st dose.",
        "Sig code expansion: 1T PO QD → \"Take 1 tablet by mouth once daily\".",
        "Lisinopril 10 mg #90 (ninety), 3 refills; 90-day supply; mail order.",
        "Clonazepam 0.5 mg taper: ½ tab BID x2wk → ½ tab qHS x2wk → stop. Do NOT stop abruptly.",
        "Drop-off: 3 rx, one for oxycodone 5 mg — ID verified (DL ending 4471), PDMP checked, no red flags.",
        "Ceftriaxone 2 g IV q24h x 14 days via PICC; home infusion pharmacy to deliver; first dose in clinic 6/14.",
        "Auxiliary labels: 'Take with plenty of water' + 'Avoid grapefruit juice' (simvastatin 20 mg).",
        "Rx transfer from store #09231 (ph 555-0172) — Rx# 4481223, last filled 05/20/24, 2 refills remaining.",
        "Latanoprost 0.005% 1 gtt OU qHS; timolol 0.5% 1 gtt OU BID — wait 5 min between different drops.",
        "Reconstitution: ceftriaxone 1 g vial + 2.1 mL lidocaine 1% → 350 mg/mL; inject 2.9 mL IM (1 g).",
        "Max acetaminophen: 3 g/day from ALL sources (Tylenol, Percocet, NyQuil, etc.).",
        "1日3回 毎食後 1回1錠 7日分。眠気が出ることがあるので車の運転は避けてください。",
        "Tomar 1 comprimido pela manhã, em jejum. Não interromper sem orientação médica.",
        "Rx comment: script says 'q.d.' – clarified with prescriber = once daily (not q.i.d.).",
        "Med sync: align all 6 maintenance meds to fill on the 3rd of each month; short-fill metoprolol x12 days.",
        "Pump settings: basal 0.8 u/h 00:00-06:00, 1.0 u/h 06:00-22:00, 0.9 u/h 22:00-24:00; I:C 1:10; ISF 1:40; target 100-120 mg/dL.",
        "Semaglutide 0.25 mg SC weekly x4 wk, then 0.5 mg weekly; store pen in fridge (2–8 °C) before first use.",
        "Pt counseled: don't drink alcohol w/ metronidazole during & for 72 h after the course (disulfiram-like reaction).",
        "Dispensed 28 tabs instead of 30 — wholesaler shortage; owe 2, pt will pick up Thu. IOU slip in bag.",
        "Cyclobenzaprine 10 mg qHS PRN spasm; may cause drowsiness — no driving/operating machinery.",
        "Potassium chloride ER 20 mEq PO daily; swallow whole, do not crush/chew; take w/ full glass of water.",
        "Hydrocortisone 1% cream: thin layer to affected area BID x ≤ 7 days; not on face/groin > 5 days.",
        "Ibuprofen 400 mg q6h PRN + acetaminophen 500 mg q6h PRN, staggered every 3 h (e.g. 8:00 IBU / 11:00 APAP / 14:00 IBU).",
        "Benzonatate 100 mg: 1 cap TID PRN cough; swallow whole — do not suck or chew (numbness/choking risk).",
        "Pharmacy order #RX-558812: status 'on hold' – waiting on insurance override for vacation supply (travel to Lagos 7/1–8/15).",
        "EpiPen 0.3 mg auto-injector #2 (1 twin-pack); inject into outer thigh, may inject through clothing; call 911 after use.",
        "Tacrolimus 2 mg q12h (8 AM / 8 PM sharp); trough goal 6–8 ng/mL; no St. John's wort.",
        "Please change the label language to Spanish; pt reads only Spanish – 'Tome 1 tableta 2 veces al día'.",
        "Enoxaparin 1 mg/kg SC q12h (wt 82 kg → 80 mg q12h); check anti-Xa 4 h after 3rd dose.",
        "Label template v3 (pharmacy admin): ${PATIENT_LAST}, ${PATIENT_FIRST} | ${DRUG_NAME} ${STRENGTH} | ${SIG_TEXT} | Qty ${QTY} | Refills ${REFILLS} — please add the Spanish sig line under ${SIG_TEXT}.",
        "Patient instructions (printed):\n• Take 1 tablet by mouth twice a day, morning & evening, with food.\n• Do NOT take with antacids within 2 hours.\n• Finish all tablets even if you feel better.\n• Call us if you get diarrhea > 3x/day or a rash.",
    ]
    routes = ["by mouth", "under the tongue", "into each nostril", "topically", "into the left eye", "by inhalation"]
    foods = ["with food", "on an empty stomach", "with a full glass of water", "", "at the same time each day"]

    def gen():
        d, s = pick(DRUGS)
        k = RNG.randint(0, 1)
        if k == 0:
            return "%s %s: take %s %s %s %s for %d days; qty #%d, refills %d" % (
                d.capitalize(), s, pick(["1 tablet", "2 tablets", "½ tablet", "1 capsule", "5 mL"]), pick(routes),
                pick(FREQS), pick(foods), RNG.randint(3, 90), RNG.randint(6, 180), RNG.randint(0, 5))
        return "Rx #%d – %s %s – filled %s – %s" % (RNG.randint(1000000, 9999999), d, s, us_date(),
                                                    pick(["ready for pickup", "mailed (USPS)", "on hold: PA needed",
                                                          "partial fill", "transferred out", "returned to stock"]))
    return fill("prescriptions", lit, gen)


# ====================================================================== 4
def patient_messages():
    lit = [
        "Hi Dr. Patel, I've been taking the new BP pill for 2 weeks & my readings are still 150/95ish… should I double it? 😟",
        "My daughter's fever is 39.2°C again, she threw up twice. Is it ok to give ibuprofen + tylenol together??",
        "Can u please refill my metformin, I'm down to my last 3 pills. Thx!!",
        "I can't log into the portal — it says 'invalid password' but I just reset it. 🙄",
        "Hola doctora, ¿puedo tomar el antibiótico con leche? Me da mucho dolor de estómago. Gracias 🙏",
        "Bonjour, je voudrais décaler mon rendez-vous du 12/06 à la semaine suivante si c'est possible. Merci d'avance !",
        "Guten Tag, ich habe seit gestern Abend starke Kopfschmerzen und Übelkeit – soll ich in die Notaufnahme?",
        "Xin chào bác sĩ, con tôi bị ho 5 ngày rồi, có cần đưa đi khám không ạ?",
        "السلام عليكم، أحتاج إلى تجديد وصفة الأنسولين قبل السفر يوم الخميس.",
        "Здравствуйте! Результаты анализов пришли? Холестерин у меня 6,8 — это много?",
        "您好，我妈妈的降压药吃完了，可以帮忙续开吗？她今天早上的血压是 160/100。",
        "안녕하세요, 다음 주 화요일 예약을 취소하고 싶습니다. 감사합니다.",
        "Olá, a minha receita de insulina expirou; posso passar na farmácia amanhã?",
        "Dzień dobry, czy wyniki badań krwi są już dostępne? Dziękuję.",
        "नमस्ते डॉक्टर, दवा लेने के बाद मुझे चक्कर आ रहे हैं। क्या मैं खुराक कम कर सकता हूँ?",
        "Merhaba, kan tahlili sonuçlarımı portalda göremiyorum, yardımcı olabilir misiniz?",
        "The pharmacy said my script went to the wrong store (the one on 5th & Main, not Elm St). Can you resend??",
        "I'm allergic to sulfa drugs -- is the new water pill (HCTZ) a sulfa? Pharmacist wasn't sure.",
        "Blood sugar this morning was 48!! I drank some juice and it's 96 now. Do I need to lower my insulin?",
        "pls call me back at 555-0147 after 5pm, I work nights <3",
        "Question about my bill: why was I charged $250 for a 'drug screen' when I never had one??",
        "My mom (DOB 3/14/1957) needs a letter for her disability application saying she can't lift > 10 lbs. Can Dr. Kim write it?",
        "I'd like to drop the 2nd dose of gabapentin, it makes me soooo sleepy. Is that ok or should I taper?",
        "Sorry for the typo earlier – I meant 50 mg not 500 mg lol 😅",
        "Is it normal that my INR is 1.9? Last time you said goal 2-3.",
        "Attached pic of the rash on my arm (it's been spreading since sat). It itches like crazy 😫",
        "How do I select a new primary care doctor in the portal? The drop-down only shows 'None'.",
        "My son has a peanut allergy & his school needs the EpiPen form signed by 9/1. Can you fax it to (555) 010-2234?",
        "thank you so much for everything you did for my dad in the ICU ❤️ the nurses on 4 West are angels",
        "Hi, quick q: can I take Sudafed w/ my BP meds? I have a terrible cold 🤧",
        "I uploaded my insurance card (front/back) but it says 'file too large > 5MB'. 📷",
        "Can I still get the flu shot if I'm on antibiotics? I'm on day 3/7.",
        "Reminder: I prefer texts, not calls. My # changed to +1 (217) 555-0190.",
        "Mam pytanie – czy mogę pić kawę przed badaniem na czczo?",
        "Good morning, my husband's oxygen is 88% on the finger thing and he's breathing fast. Should I call 911 or come in?",
        "Please cancel the 3:30 appt on Thurs — kids are sick 🤒🤒",
        "can i eat before the colonoscopy prep?? the instructions say 'clear liquids only' but is jello ok?",
        "The med list in my chart still says \"Lisinopril 20 mg\" but you changed it to 10 mg in March.",
        "Ich bräuchte eine Arbeitsunfähigkeitsbescheinigung für 12.–14.06., ist das telefonisch möglich?",
        "Je n'arrive pas à télécharger mes résultats (PDF) – le lien affiche « erreur 404 ».",
        "Hi! Is Dr. O'Connor accepting new patients? My insurance is Aetna PPO.",
        "I need my immunization records for school (MMR x2, Tdap, HepB). Can they be sent to nurse@school.example.org?",
        "Feeling much better since the dose change :) BP today 128/82 & 124/80.",
        "my feet have been swelling since i started amlodipine, like size 8 → 9 shoes 😬",
        "Who do I talk to about my records request? Submitted 5/2 and no answer. Ref # RR-2024-0518.",
        "Can I get a copy of my MRI on CD? Need it for a 2nd opinion at the university hospital.",
        "Hola, mi mamá no habla inglés, ¿hay intérprete de español para la cita del lunes?",
        "We're out of town until the 20th – can the lab order be sent to a lab in Denver?",
        "Dear nurse, the wound looks red & warm around the stitches, is that infection or normal healing?",
        "I'm 34 wks pregnant and feel less movement today than usual. Should I come in?",
        "Thanks for the reminder! I'll fast from midnight & bring my pills in the bag 👍",
        "It's been 3 wks and nobody called about the referral to cardiology. What's going on?",
        "Is the portal down? Keep getting 'Something went wrong (code 500)' when I click Messages.",
        "Please update my address: 44 Rue Cartier, Apt 3B, Montréal QC H2X 1Y4.",
        "Bin seit 2 Wochen mit dem Blutdruckmittel dabei, Werte morgens 135/85 – passt das so?",
        "Hi,\n\nI had my labs drawn Tuesday. The portal shows \"Potassium 5.4 H\" with a red flag.\nShould I stop the potassium pills until I hear from you?\n\nThanks,\nMarcus",
        "my kid swallowed one of my vitamin d gummies (1000 IU), is that dangerous?? she is 4, ~16 kg",
        "Could you please send my prescription to the pharmacy at 1st & Union instead? The other one is closed on Sundays.",
        "Buongiorno, posso prendere l'ibuprofene insieme al cortisone? Grazie mille.",
        "I'm not going to take the statin anymore, my legs hurt too much. Sorry doc 😔 can we talk options?",
        "I forgot my password and the reset email never arrives (checked spam too) 😩 my username is m.garcia57",
        "Thanks -- see you Tuesday! I'll bring the glucose log & the old pill bottles.",
        "Dear Dr. Haddad,\n\nMy father (Rocco D'Angelo, DOB 02/11/1941) was discharged yesterday. The discharge papers say \"furosemide 40 mg BID\" but the pharmacy label says once daily.\nWhich one is right? He weighs 2 lbs more today.\n\nThank you,\nGiulia",
        "Olá!\nA consulta de amanhã (10h30) é presencial ou por vídeo?\nSe for por vídeo, o link chega por e-mail ou SMS?\nObrigada 😊",
    ]
    names = ["Dr. Patel", "Dr. Kim", "Nurse Ana", "Dr. O'Connor", "the front desk", "Dr. Haddad"]
    asks = ["can I reschedule to %s?", "is the %s appointment still on?", "did you get my fax from %s?",
            "could I come in earlier than %s?"]
    langs = ["¿Me pueden llamar, por favor? 🙏", "Merci beaucoup !", "Danke im Voraus.", "Спасибо!", "ありがとうございます。",
             "Thanks!!", "thx 😊", "Obrigada!", "Grazie!", "감사합니다"]

    def gen():
        return "Hi %s, %s %s" % (pick(names), pick(asks) % pick(["Tues 6/18", "Friday", us_date(), "next week", "the 3rd",
                                                                  "Monday morning", "after the 15th"]), pick(langs))
    return fill("patient-messages", lit, gen)


# ====================================================================== 5
def legal_citations():
    lit = [
        "42 U.S.C. § 1983; see also Monell v. Dep't of Soc. Servs., 436 U.S. 658, 690–91 (1978).",
        "Id. at 12 (quoting Alvarez v. Brightwater Cmty. Hosp., 123 F.3d 456, 459 (7th Cir. 1997)).",
        "See 45 C.F.R. §§ 164.502(a)(1)(ii), 164.506(c); cf. 42 C.F.R. pt. 2.",
        "Fed. R. Civ. P. 12(b)(6); Ashcroft v. Iqbal, 556 U.S. 662, 678 (2009).",
        "29 U.S.C. § 1001 et seq. (ERISA)",
        "Cal. Civ. Code § 56.10(c)(1) (Confidentiality of Medical Information Act)",
        "Pl.'s Mem. in Opp'n to Def.'s Mot. for Summ. J., ECF No. 47, at 3–5.",
        "Restatement (Second) of Torts § 402A cmt. k (Am. L. Inst. 1965).",
        "5 U.S.C. § 552(b)(6) (exempting \"personnel and medical files and similar files\" whose disclosure \"would constitute a clearly unwarranted invasion of personal privacy\").",
        "Under subsection (a)(1)(B), the term \"covered provider\" shall not include a provider that does not bill electronically.",
        "BGH, Urt. v. 12.03.2019 – VI ZR 278/18, NJW 2019, 1741 Rn. 15",
        "Art. 9 Abs. 2 lit. h DSGVO i.V.m. § 22 Abs. 1 Nr. 1 lit. b BDSG",
        "Cass. 1re civ., 14 oct. 2010, n° 09-69.195, Bull. civ. I, n° 200",
        "[2023] EWCA Civ 412 at [37]–[41]",
        "Supra note 14; but see Doe v. Roe, No. 2:22-cv-01234, 2023 WL 1234567, at *4 (E.D. Pa. Mar. 3, 2023).",
        "§ 2(c)(iii) — \"Confidential Information\" excludes information that (A) is or becomes public through no fault of Recipient; (B) ...",
        "Ibid.; compare 21 U.S.C. § 841(a)(1), with id. § 844(a).",
        "Pub. L. No. 111-148, § 1557, 124 Stat. 119, 260 (2010) (codified at 42 U.S.C. § 18116).",
        "18 U.S.C. §§ 1030(a)(2)(C), (g)",
        "Cf. In re Estate of García-López, 88 P.3d 1021, 1024 (N.M. Ct. App. 2004) (guardian's \"best interest\" standard).",
        "U.S. Const. amend. XIV, § 1; id. art. I, § 8, cl. 3.",
        "Fed. R. Evid. 803(4) (statement made for medical diagnosis or treatment).",
        "N.Y. Pub. Health Law § 2805-d(1) (McKinney 2024) (informed consent)",
        "HIPAA Privacy Rule, 45 C.F.R. pt. 160 & pt. 164, subpts. A, E",
        "L.R. 7.1(d): briefs shall not exceed 25 pages exclusive of tables & exhibits.",
        "§ 13 Abs. 3a S. 6 SGB V (Genehmigungsfiktion)",
        "Regulation (EU) 2016/679, art. 17(3)(c)",
        "Order ¶ 4 (\"Defendants shall produce all responsive ESI within 30 days\"); Hr'g Tr. 45:12–46:3.",
        "Hr'g Tr. 112:4-18 (Dec. 5, 2023) (testimony of Dr. Alvarez)",
        "The hospital \"shall not disclose [the patient's] records\" absent written authorization. Id. § 4(b) (alteration in original).",
        "State v. Whitcomb, 2021-Ohio-3456, ¶ 22.",
        "OAR 410-120-1360(2)(a)–(c)",
        "Art. 1240 C. civ. (anc. art. 1382)",
        "STS (Sala 1.ª) 123/2020, de 27 de febrero, FJ 3.º",
        "Pursuant to 20 C.F.R. § 404.1520(a)(4)(i)–(v), the ALJ applied the five-step sequential evaluation.",
        "Plaintiff's claims under Title II of the ADA, 42 U.S.C. §§ 12131–12134, and § 504 of the Rehabilitation Act, 29 U.S.C. § 794, fail for the same reason.",
        "Accord Johnson v. Metro. Gov't, 512 F. App'x 401, 404 n.3 (6th Cir. 2013).",
        "Compl. ¶¶ 18–27; Answer ¶ 19 (\"Denied.\").",
        "\"Shall\" is mandatory and \"may\" is permissive. See Black's Law Dictionary (11th ed. 2019).",
        "Cal. Gov't Code § 12940(a), (h), (m)",
        "Fla. Stat. § 766.106(2)(a) (2023) (presuit notice of intent)",
        "S.B. 1234, § 5 (amending Health & Safety Code § 1367.01(h)(1))",
        "Fla. R. Gen. Prac. & Jud. Admin. 2.420(d)(1)(B)(iii)",
        "Directive 2011/24/EU, recital 20 and art. 7(1)",
        "Cal. Evid. Code §§ 1010–1027 (psychotherapist-patient privilege); but cf. id. § 1024 (dangerous-patient exception).",
        "Mot. to Seal, ECF No. 12-1 (redacting PHI per Fed. R. Civ. P. 5.2(a)).",
        "42 C.F.R. § 2.31(a)(1)–(9) (consent requirements for SUD records)",
        "See id. at 1027–28 & n.9; see also Restatement (Third) of Agency § 7.03 (2006).",
        "Tex. Health & Safety Code Ann. § 81.046(b) (West 2023)",
        "[Brackets and ellipses in original.] \"The Secretary may . . . waive such requirements [as] necessary.\"",
        "Quoted in Mem. Op. at 7 n.4; cf. Rule 26(b)(1) (\"proportional to the needs of the case\").",
        "Art. 6 Abs. 1 UAbs. 1 lit. c DSGVO; EuGH, Urt. v. 4.5.2023 – C-487/21, Rn. 32",
        "42 U.S.C. § 1395dd(e)(1)(A)(i) (EMTALA emergency medical condition)",
        "Minn. Stat. § 144.293, subd. 2(1)",
        "See Brief of Amici Curiae Am. Med. Ass'n et al. at 14–16, No. 23-1077 (U.S. filed Feb. 2, 2024).",
        "Code de la santé publique, art. L. 1110-4 (secret médical) ; art. R. 4127-4",
        "Model Rules of Pro. Conduct r. 1.6(b)(1)–(2) (Am. Bar Ass'n 2023)",
        "Wash. Rev. Code § 70.02.050(1)(a) & (2)(b)",
        "Table of Authorities\nCases\nAlvarez v. Brightwater Cmty. Hosp., 123 F.3d 456 (7th Cir. 1997) ........ 4, 9\nDoe v. Roe, 2023 WL 1234567 (E.D. Pa. Mar. 3, 2023) ........ passim\nStatutes\n42 U.S.C. § 1983 ........ 2, 11\n45 C.F.R. § 164.512(e) ........ 7",
    ]
    names = ["Alvarez", "Brightwater Health", "Kowalski", "Okafor", "Valley Health Plan", "County of Riverside",
             "Mercy Gen. Hosp.", "Haddad", "Sec'y of Health & Hum. Servs.", "Lindqvist", "St. Jude Med. Ctr."]
    reps = [("F.3d", "Cir."), ("F.4th", "Cir."), ("F. Supp. 3d", "D."), ("N.E.3d", "Ill. App. Ct."), ("P.3d", "Cal. Ct. App.")]

    def gen():
        a, b = RNG.sample(names, 2)
        rep, ct = pick(reps)
        court = {"Cir.": "%s Cir." % pick(["1st", "2d", "3d", "4th", "7th", "9th", "11th", "D.C."]),
                 "D.": pick(["N.D. Ill.", "S.D.N.Y.", "D. Mass.", "E.D. Cal.", "W.D. Tex."])}.get(ct, ct)
        first = RNG.randint(100, 999)
        return "%s v. %s, %d %s %d, %d (%s %d)%s" % (a, b, RNG.randint(10, 99), rep, first, first + RNG.randint(1, 30),
                                                     court, RNG.randint(2001, 2024),
                                                     pick([".", "; see also id. at %d." % (first + 2), " (per curiam).",
                                                           ", cert. denied, 599 U.S. 1123.", " (citation omitted)."]))
    return fill("legal-citations", lit, gen)


# ====================================================================== 6
def docket_entries():
    lit = [
        "06/12/2024 | 47 | MOTION for Summary Judgment by Acme Health Systems, Inc. (Attachments: # 1 Exhibit A – Declaration of J. Rivera, # 2 Proposed Order) (Kim, Sarah) (Entered: 06/12/2024)",
        "ORDER granting 51 Motion to Seal. Signed by Magistrate Judge Ana Ortiz on 6/18/2024. (lm) (Entered: 06/18/2024)",
        "Case No. 1:24-cv-00812-JMF",
        "In re: Riverside Medical Center, Debtor. Ch. 11 Case No. 24-10456 (BLS) (Jointly Administered)",
        "NOTICE of Appearance by Michael O'Brien on behalf of St. Mary's Hospital (O'Brien, Michael) (Entered: 05/02/2024)",
        "Cause: 28:1331 Federal Question; Nature of Suit: 440 Civil Rights: Other; Jury Demand: Plaintiff; Jurisdiction: U.S. Government Defendant",
        "Minute Entry for proceedings held before Judge R. Delgado: Status Conference held on 7/2/2024. Plaintiff's counsel to file amended complaint by 7/23/2024. (Court Reporter: T. Nguyen) (kd)",
        "STIPULATION and [Proposed] ORDER re: Protective Order Governing Confidential Health Information",
        "{\"case\":\"2024-CV-001873\",\"court\":\"Circuit Court of Cook County\",\"filingType\":\"Motion\",\"documents\":[{\"name\":\"Motion_to_Compel.pdf\",\"pages\":14,\"confidential\":false}],\"serviceList\":[\"jdoe@lawfirm.example\",\"records@hospital.example\"]}",
        "Lead document: Ex. B (Medical Records) – FILED UNDER SEAL pursuant to Order [Dkt. 33]",
        "Hearing set for 08/14/2024 09:30 AM in Courtroom 5C before Judge Hernández. Remote access via court video link; passcode provided by the clerk.",
        "Re: Doe v. Valley Health Plan, No. CV-23-04512 — Notice of Errata re Dkt. 62 (corrected p. 7, line 14)",
        "SUMMONS Returned Executed. Valley Health Plan served on 5/29/2024, answer due 6/19/2024. (Attachments: # 1 Proof of Service)",
        "Clerk's note: filer selected event 'Motion to Dismiss' but the document is a 'Reply'; refiling required. (dt)",
        "TEXT ORDER: Deadline for dispositive motions extended to 10/1/2024. No further extensions absent good cause.",
        "Filed by: pro se plaintiff; document title: \"Respuesta a la moción del demandado (traducción adjunta)\"",
        "Case 2:23-cv-07789-ODW Document 88 Filed 09/03/24 Page 3 of 17 PageID #: 1442",
        "UNITED STATES OF AMERICA ex rel. María Gómez, Relator, v. CareFirst Home Health, LLC, et al.",
        "Proof of Service: served by e-mail on counsel of record per CRC 2.251 on 04/22/2024 at 4:51 p.m.",
        "Envelope #18234577 rejected: 'Document is missing a case number in the caption (Rule 2.111)'. Please correct & resubmit.",
        "Sealed document type: Medical Records; Access: Case Participants Only; Reason: HIPAA / PHI",
        "Motion hearing VACATED – matter taken under submission on the papers.",
        "Lodged: [Proposed] Judgment; Declaration of Counsel re Attorney's Fees ($48,215.50 for 96.2 hrs)",
        "RELATED CASE: 2:23-cv-07789 (transferred from N.D. Cal. per 28 U.S.C. § 1404(a))",
        "Exhibit list: PX-1 Discharge Summary (03/12/22); PX-2 Nursing Flowsheets; PX-3 Pharmacy MAR; DX-14 Policy 7.01 \"Fall Prevention\"",
        "JURY VERDICT: Question 1 – Yes (10-2); Question 2 – $1,250,000.00; Question 3 – No.",
        "Az. 3 O 145/23 – LG München I; Termin zur mündlichen Verhandlung am 14.11.2024, 10:30 Uhr, Sitzungssaal B 2.17",
        "RG n° 23/04512 – Tribunal judiciaire de Lyon, 4e ch. ; audience de mise en état du 05/11/2024 à 9h30",
        "filename=Ex_C_Redacted_Records (1).pdf; size=4.2 MB; pages=112; OCR=yes; text-searchable=yes",
        "JOHN DOE, a minor, by and through his guardian ad litem, JANE DOE, Plaintiff, v. COUNTY OF RIVERSIDE; and DOES 1-50, inclusive, Defendants.",
        "REPLY to Response to Motion re 47 MOTION for Summary Judgment filed by Acme Health Systems, Inc. (Attachments: # 1 Supplemental Decl. of Dr. L. Haddad) (Kim, Sarah)",
        "Filing fee: $405.00, receipt number AILNDC-21877345. Paid via Pay.gov.",
        "Docket annotation: Dkt. 19 & 20 are duplicates; clerk terminated Dkt. 20 as filed in error.",
        "Event: \"Notice of Change of Address\" — new address: Legal Aid Society, 1 S. Dearborn St., Suite 1400, Chicago, IL 60603",
        "SCHEDULING ORDER: Fact discovery closes 01/31/2025; expert reports due 03/03/2025; rebuttal 04/01/2025; Daubert motions 05/15/2025.",
        "Transcript of Proceedings held on 05/20/2024 before Judge Whitfield. Redaction Request due 6/17/2024. Release of Transcript Restriction set for 8/26/2024.",
        "Pro se filer note: \"I don't have a printer, can I upload photos of the pages?\" → clerk: yes, as a single PDF < 35 MB.",
        "Matter: 2024-0192 | Client: Mercy General Hospital | Opposing: Estate of R. Kowalski | Venue: Cuyahoga C.P. | Stage: Discovery",
        "Deadline calc: response due 14 days after service (Fed. R. Civ. P. 6(a)(1)); served 6/28 → due 7/12 (Fri).",
        "Appellate docket: No. 24-1187 (9th Cir.) — Opening brief due 09/09/2024; Answering brief due 10/09/2024; optional reply 21 days after.",
        "ORDER TO SHOW CAUSE why this action should not be dismissed for failure to prosecute. Response due within 21 days.",
        "Consent to proceed before a U.S. Magistrate Judge (28 U.S.C. § 636(c)) — all parties consented 03/04/2024.",
        "Billing entry 0.6 h: review Dkt. 58 (Def.'s MIL #3 re \"subsequent remedial measures\"); draft opp'n outline; email client re RFP Nos. 4–9.",
        "Conflict check: no hits for 'St. Mary's Health System' or 'SMHS Holdings'; 1 hit for 'Dr. Alan Pierce' (closed 2019, adverse witness).",
        "Sealed Exhibit 7 – psychiatric records (pp. 1-43) – lodged conditionally under seal; see L.R. 79-5.2.2(b).",
        "Service list updated: removed jmartin@oldfirm.example (withdrew 6/3); added e-service for Hughes O'Malley PLLC.",
        "Case status: CLOSED; Disposition: Settled – Stipulated Dismissal w/ Prejudice (Fed. R. Civ. P. 41(a)(1)(A)(ii)).",
        "Interpreter requested: Vietnamese (tiếng Việt) for hearing on 9/12; Mandarin for witness Dr. Zhang on 9/13.",
        "NOTICE OF FILING OFFICIAL TRANSCRIPT — parties have 7 calendar days to file a Notice of Intent to Request Redaction.",
        "e-Filing rejected (code R-14): PDF contains JavaScript or embedded files; please print to PDF/A and resubmit.",
        "Document 112-3: Exhibit C – Policy & Procedure No. 4.22 \"Restraint & Seclusion\" (rev. 02/2021)",
        "Judge's standing order § III.B: \"Courtesy copies of any filing > 50 pages shall be delivered to chambers within 1 business day.\"",
        "Amtsgericht Köln, Az. 52 F 118/24 – Betreuungssache; Anhörung der Betroffenen am 03.07.2024 in der Klinik.",
        "MOTION in Limine No. 2 to Exclude Evidence of Plaintiff's Prior Drug Use (Attachments: # 1 Text of Proposed Order)",
        "Time entry: 1.2 h — deposition prep w/ Nurse Okafor; review MAR entries 03/11 22:00 – 03/12 06:00; flag missing 02:00 vitals.",
        "Small claims filing: Plaintiff: Ana Silva; Defendant: QuickCare Urgent Clinic LLC; Amount: $2,480.00; Claim: billed for services not rendered.",
        "Juvenile case JV-24-00311 – CONFIDENTIAL – access restricted to parties & counsel (W&I Code § 827).",
        "Notice of Bankruptcy Filing and Suggestion of Stay (11 U.S.C. § 362(a)) as to Defendant Riverside Medical Center only.",
        "DOCKET NO. 24-1187\nIN THE UNITED STATES COURT OF APPEALS FOR THE NINTH CIRCUIT\nMARÍA GÓMEZ, Plaintiff-Appellant,\nv.\nCAREFIRST HOME HEALTH, LLC, Defendant-Appellee.\nOn Appeal from the U.S. District Court for the Central District of California",
    ]
    events = ["MOTION to Compel Production of Documents", "ANSWER to Complaint", "MEMORANDUM in Opposition",
              "NOTICE of Deposition of Dr. %s" % pick(SURNAMES), "Joint STATUS REPORT", "MOTION for Extension of Time to File Response/Reply",
              "DECLARATION of Custodian of Records", "ORDER on Motion to Compel", "STIPULATION of Dismissal", "NOTICE of Withdrawal of Counsel"]

    def gen():
        d = us_date()
        return "%s | %d | %s by %s (%s, %s) (Entered: %s)" % (d, RNG.randint(2, 240), pick(events), pick(FIRMS),
                                                              pick(SURNAMES), pick(GIVEN), d)
    return fill("docket-entries", lit, gen)


# ====================================================================== 7
def contract_clauses():
    lit = [
        "\"Business Associate\" shall have the meaning given in 45 C.F.R. § 160.103 and, for purposes of this Agreement, means Vendor.",
        "Notwithstanding Section 4.2(b), either Party may terminate this Agreement upon thirty (30) days' written notice if the other Party materially breaches Section 7 (Confidentiality) and fails to cure within such period.",
        "IN WITNESS WHEREOF, the Parties have executed this Agreement as of the Effective Date.",
        "The Fees set forth in Exhibit B (the \"Fee Schedule\") are exclusive of taxes; Customer shall pay undisputed invoices within forty-five (45) days.",
        "LIMITATION OF LIABILITY. EXCEPT FOR BREACHES OF SECTION 9 OR A PARTY'S INDEMNIFICATION OBLIGATIONS, IN NO EVENT SHALL EITHER PARTY'S AGGREGATE LIABILITY EXCEED THE FEES PAID IN THE TWELVE (12) MONTHS PRECEDING THE CLAIM.",
        "Business Associate shall report any Breach of Unsecured PHI to Covered Entity without unreasonable delay and in no case later than ten (10) business days after Discovery.",
        "References to \"including\" mean \"including without limitation\"; headings are for convenience only and shall not affect interpretation.",
        "Governing Law. This Agreement is governed by the laws of the State of Delaware, without regard to its conflict-of-laws principles; exclusive venue lies in New Castle County.",
        "§ 5 Vertragslaufzeit\n(1) Der Vertrag beginnt am 01.07.2024 und läuft auf unbestimmte Zeit.\n(2) Er kann von jeder Partei mit einer Frist von drei Monaten zum Quartalsende gekündigt werden.\n(3) Das Recht zur außerordentlichen Kündigung bleibt unberührt.",
        "Article 12 – Confidentialité : les Parties s'engagent à ne pas divulguer les Informations Confidentielles pendant toute la durée du Contrat et cinq (5) ans après son terme.",
        "Force Majeure. Neither Party shall be liable for any delay caused by events beyond its reasonable control, including epidemic, strike, or failure of the public internet, provided it gives prompt notice.",
        "Upon termination, Processor shall delete or return all Personal Data (Art. 28(3)(g) GDPR), unless Union or Member State law requires storage.",
        "Severability. If any provision is held invalid or unenforceable, the remainder of this Agreement shall continue in full force and effect.",
        "Base Fee: $12,500.00/month + $3.25 per Covered Life per month (PMPM) for each Covered Life above 5,000.",
        "Amendment No. 2 deletes Section 3.4 in its entirety and replaces it with the following: \"3.4 Service Levels. Vendor shall meet the SLAs in Schedule 3.\"",
        "Non-Solicitation. During the Term and for twelve (12) months thereafter, neither Party shall solicit for employment any employee of the other Party directly involved in the Services; general advertisements are excepted.",
        "Schedule 1 – Services: (i) claims adjudication; (ii) utilization review; (iii) appeals & grievances; (iv) 24/7 nurse line.",
        "Insurance. Vendor shall maintain (a) CGL ≥ $1M per occurrence / $3M aggregate; (b) cyber liability ≥ $5M; (c) workers' compensation as required by law.",
        "Audit Rights. Upon thirty (30) days' notice and not more than once per calendar year, Client may audit Vendor's records relating to the Services.",
        "Purchase Price: $4,200,000, subject to the working-capital adjustment in § 2.4 (target NWC $350,000 ± $25,000 collar).",
        "Counterparts; Electronic Signatures. This Agreement may be executed in counterparts, and signatures delivered electronically shall be deemed originals.",
        "\"Affiliate\" means any entity that directly or indirectly Controls, is Controlled by, or is under common Control with a Party, where \"Control\" means ownership of more than 50% of the voting securities.",
        "Notices to Licensee: Attn: General Counsel, 500 W. Madison St., Suite 2100, Chicago, IL 60661; with a copy (which shall not constitute notice) to legal@licensee.example.",
        "Order of Precedence: (1) this Amendment; (2) the BAA; (3) the MSA; (4) any SOW; (5) purchase orders.",
        "WAIVER OF JURY TRIAL. EACH PARTY HEREBY IRREVOCABLY WAIVES ANY RIGHT TO TRIAL BY JURY IN ANY ACTION ARISING OUT OF THIS AGREEMENT.",
        "Vendor shall defend, indemnify and hold harmless Client and its officers, directors & employees from Losses arising out of (a) Vendor's gross negligence or willful misconduct; or (b) any third-party claim that the Software infringes a U.S. patent.",
        "Effective upon execution of this Amendment, the Parties agree to drop Exhibit D (Legacy Pricing) and all references to it.",
        "Subcontractors. Vendor may not subcontract any Services involving PHI without Client's prior written consent, not to be unreasonably withheld, conditioned or delayed.",
        "Survival. Sections 5, 7, 9–11 and 14 survive any expiration or termination of this Agreement.",
        "Redline comment: replace \"best efforts\" with \"commercially reasonable efforts\" throughout; see §§ 2.1, 4.6, 12.2.",
        "Cláusula Séptima.- Confidencialidad. Las partes se obligan a guardar estricta reserva sobre la información clínica a la que tengan acceso con motivo del presente contrato.",
        "Assignment. Neither Party may assign this Agreement without the other's consent, except to a successor in a merger, acquisition or sale of all or substantially all of its assets.",
        "Minimum Necessary. Business Associate shall request, use and disclose only the minimum necessary PHI to accomplish the intended purpose (45 C.F.R. § 164.502(b)).",
        "Section 6.1(a)(ii) is amended by inserting \", or any successor regulation,\" after \"42 C.F.R. Part 2\".",
        "Liquidated Damages: for each full hour of Unscheduled Downtime beyond 4 hrs/month, Vendor shall credit 2% of the monthly Base Fee, capped at 20%.",
        "Capitalized terms used but not defined herein have the meanings set forth in the Master Services Agreement dated March 1, 2022 (the \"MSA\").",
        "Entire Agreement. This Agreement (including its Exhibits A–F) constitutes the entire agreement and supersedes all prior proposals, whether oral or written.",
        "Physician shall provide coverage 7:00 a.m.–7:00 p.m., Monday–Friday, and on-call coverage every fourth (4th) weekend, as scheduled by the Medical Director.",
        "Compensation: $285/hour for wRVUs above 4,800/yr; below that threshold, base salary only. Quality bonus ≤ 10% tied to Schedule Q metrics.",
        "Non-compete: within a 15-mile radius of any Practice location for 18 months post-termination (to the extent enforceable under applicable state law).",
        "Data Use Agreement § 3: Recipient shall not attempt to re-identify individuals or contact them, and shall not link the Limited Data Set with other data.",
        "Settlement Amount: Defendant shall pay $175,000.00 (the \"Settlement Payment\") within 30 days of the Effective Date, by wire to the client trust account of Plaintiff's counsel.",
        "Release. Plaintiff releases Defendants from any and all claims, known or unknown, arising out of the care provided between 01/01/2021 and 12/31/2022, including claims under Cal. Civ. Code § 1542.",
        "Retainer: $5,000 advance fee deposit; hourly rates – Partner $450, Associate $295, Paralegal $140; billed in 0.1-hour increments.",
        "Contingency fee: 33⅓% of any recovery before suit is filed; 40% after filing; costs advanced by Firm and reimbursed from recovery.",
        "Art. 4 – Durée : le présent contrat est conclu pour une durée d'un (1) an renouvelable par tacite reconduction, sauf dénonciation par LRAR trois (3) mois avant l'échéance.",
        "Medical Director shall review and co-sign all standing orders & protocols at least annually (see Policy MED-014 § 3(b)).",
        "Termination for Convenience. Client may terminate any SOW upon sixty (60) days' notice; fees accrued through the termination date remain payable.",
        "The term \"Deliverables\" excludes Vendor's Pre-Existing IP and any Open Source Software listed in Exhibit E.",
        "Exhibit C, Table 2, row \"Tier 2 – Standard\": response ≤ 4 business hours; resolution ≤ 3 business days; credit 5%.",
        "§ 7 Haftung: Die Haftung für leichte Fahrlässigkeit ist ausgeschlossen, soweit nicht Leben, Körper oder Gesundheit betroffen sind.",
        "\"Covered Services\" means the services listed in Attachment A, as amended from time to time by written agreement of the Parties; excludes experimental/investigational procedures.",
        "Pharmacy Network Agreement § 4.3: reimbursement = lesser of (a) AWP – 18% + $1.25 dispensing fee, (b) MAC, or (c) U&C.",
        "Tenant shall not use the Premises for any purpose other than a licensed outpatient medical clinic; no overnight stays; no storage of Schedule II substances except in a DEA-compliant safe.",
        "Consent to electronic communications: Patient agrees that notices may be sent to the e-mail address on file & understands that unencrypted e-mail may not be secure.",
        "Informed Consent for Telehealth: I understand that (1) video visits may be interrupted; (2) I may decline telehealth at any time; (3) my records will be kept as with in-person visits.",
        "Any dispute shall be finally resolved by arbitration under the AAA Healthcare Arbitration Rules; seat: Chicago, Illinois; language: English; one (1) arbitrator.",
        "Cross-reference check: § 9.2 refers to \"Section 14.3\" but the notice provision was renumbered to § 15.3 in v4 — please fix before signature.",
        "14.2 Records Retention.\n(a) Provider shall retain Medical Records for the longer of (i) ten (10) years after the last date of service or (ii) the period required by applicable law;\n(b) for minors, until three (3) years after the patient reaches the age of majority; and\n(c) during any pending audit, litigation or investigation, until its final resolution.",
    ]
    parties = ["Provider", "Payer", "Licensor", "Licensee", "Business Associate", "Covered Entity", "Vendor", "Client", "the Practice"]
    topics = ["Confidentiality", "Records Retention", "Indemnification", "Insurance", "Termination", "Audit", "Notices", "Compliance with Laws"]

    def gen():
        a, b = RNG.sample(parties, 2)
        sec = "%d.%d" % (RNG.randint(1, 18), RNG.randint(1, 9))
        k = RNG.randint(0, 1)
        if k == 0:
            return "Section %s (%s). %s shall provide %s with %s within %s (%d) days after %s." % (
                sec, pick(topics), a, b, pick(["written notice", "copies of all records", "a certificate of insurance", "an accounting of disclosures"]),
                *pick([("ten", 10), ("fifteen", 15), ("thirty", 30), ("sixty", 60)]),
                pick(["the Effective Date", "written request", "termination", "Discovery of a Security Incident"]))
        return "%s's obligations under Section %s shall survive for %s after %s, except as provided in Section %d.%d(%s)." % (
            a, sec, pick(["two (2) years", "six (6) years", "the retention period required by law", "twelve (12) months"]),
            pick(["termination", "expiration", "the final payment"]), RNG.randint(1, 18), RNG.randint(1, 9), pick("abcd"))
    return fill("contract-clauses", lit, gen)


# ====================================================================== 8
def benefits_forms():
    lit = [
        "123 Main St., Apt. #4B, Springfield, IL 62704",
        "SSN: XXX-XX-1234 (last 4 only, the rest is on the paper copy)",
        "Household: me (38), my wife (36), son (12) & daughter (7); monthly gross income $3,120.00",
        "Case #: SNAP-2024-0047781; renewal due 08/31/2024",
        "Employer: O'Reilly's Diner – left job 04/15/2024 due to back injury (see doctor's note attached).",
        "Date of birth: 14.03.1957",
        "Reason for appeal: I didn't receive the notice because my mail goes to P.O. Box 17 since the fire; please reconsider my case.",
        "Other income: child support $450/mo (irregular); unemployment ended 05/2024.",
        "Medicaid ID: 9900123456; Medicare MBI: 1EG4-TE5-MK72",
        "Rent $1,150 + utilities (~$180 electric/gas); landlord: Maple Court LLC, (555) 010-8821",
        "I live with my sister at 4821 W. 63rd St. (rear unit) — I pay her $300/month for room & board.",
        "Disability onset date: approx. Nov 2022 (first surgery 01/09/2023)",
        "Preferred language: Español; interpreter needed: Sí / Yes",
        "A-Number: A123-456-789; I-94 #: 123456789A1",
        "Mailing address is different from home address → c/o Hope Shelter, 210 Ash Ave, Room 14, Dayton OH 45402",
        "Explanation: my hours were cut from 40 → 24/wk in March; pay stubs for 3/1–3/31 attached (3 files).",
        "Vehicle: 2009 Toyota Corolla, ~180k miles, value < $2,500; used to get to dialysis 3x/week.",
        "Antragsteller: Müller, Jürgen; geb. 02.09.1961; Anschrift: Hauptstr. 12a, 80331 München; Aktenzeichen: 123-BG-4567/24",
        "N° allocataire CAF : 1234567 ; situation familiale : parent isolé depuis le 01/02/2024",
        "Tax year 2023: AGI $28,450; filed jointly; EITC received $3,995.",
        "Household members (Last, First MI): Nguyen, Thanh V.; Nguyen, Linh T.; Tran, Bao",
        "Did anyone in the household quit a job in the last 60 days? No — my husband was laid off (the plant closed).",
        "Bank accounts: checking ****4471, balance $312.19; savings: none.",
        "I'm the authorized representative for my father (durable power of attorney attached, dated 2/2/2022).",
        "Child care: $95/week at Little Sprouts Daycare, 7:30am–5:30pm M–F",
        "Phone: (555) 010-4477 ext. 12 — best time to call 9–11 a.m.",
        "Reason I missed the interview: I was in the hospital 6/3–6/7 (discharge papers attached).",
        "Shelter costs: mortgage $0 (paid off); property tax $1,842/yr; homeowner's insurance $96/mo",
        "Address history: 2019–2021: 77 Oak Rd, Dayton OH 45402; 2021–present: 12 Birch Ln Unit 3, Kettering OH 45429",
        "Veteran? Yes – U.S. Army 2004–2010, DD-214 attached; VA disability rating 30%.",
        "Resources: none over $2,000 except burial plot (exempt).",
        "Describe your condition: chronic back pain (L4-L5 herniation), can't sit > 20 min or stand > 15 min; I use a cane.",
        "Case number: I typed 'WC-2024/00123' from my letter but the form says invalid format — the letter has the dash and slash.",
        "My name is spelled Zoë Ødegård-López (with the accents) — please don't drop the ø, the bank rejects my checks otherwise.",
        "〒150-0002 東京都渋谷区渋谷2-21-1 8F（勤務先）",
        "Proof of identity: driver's license (IL) #D123-4567-8901, exp. 2027-06-30",
        "Last day worked: June 1, 2024; final paycheck 06/14/2024 ($612.40 gross).",
        "Pregnant household member: yes, due date 10/02/2024",
        "Dependents:\n1. Sofía Ramírez – daughter – DOB 2015-05-11 – SSN on file\n2. Mateo Ramírez – son – DOB 2019-11-30 – applied for SSN\n3. Elena Ramírez – mother – DOB 1951-02-07 – lives with us since 2023",
        "Work history (last 15 yrs): CNA at Rosewood Care Center (2012–2020); home health aide, self-employed (2020–2023); none since.",
        "Medical expenses (60+ / disabled): $85/mo Medicare Part B premium; $40/mo copays; $22/mo OTC supplies (test strips & lancets).",
        "I do not have a fixed address. I sleep at my car or at friends' places. Mail can go to the library: 300 Library Plaza, Fort Wayne, IN 46802.",
        "Citizenship: U.S. citizen by birth (Puerto Rico); birth certificate reissued 2023 (old one destroyed in Hurricane María).",
        "Signature: /s/ Olga Ivanova   Date: 07/01/2024   (signed electronically under penalty of perjury)",
        "Other info: my ex-husband still claims the kids on his taxes — does that matter for this application?",
        "Employer phone doesn't work anymore (company closed). Supervisor: Dave O'Hara, personal cell (555) 010-3391.",
        "Declaración: vivo sola, no recibo pensión, trabajo limpiando casas (aprox. $600 al mes en efectivo, sin recibos).",
        "Dirección: Calle 8 SW #1420, Apto 2, Miami FL 33135 — el buzón dice \"Rodríguez/Pérez\".",
        "Unemployment claim ID: UI-OH-2024-00883412; weeks claimed: 05/05–06/22 (8 wks); weekly benefit $412.",
        "Student? Part-time at Sinclair CC (6 credit hrs), Pell grant $1,850/semester — used for tuition & books only.",
        "Income changed on 06/01/2024: new job at FreshMart, $15.25/hr × ~30 hrs/wk, paid bi-weekly (first check 06/14).",
        "The online form logs me out after 15 min and I lose everything I typed!! I'm on page 7/9, please help.",
        "Ich beziehe seit 01.03.2024 Krankengeld (AOK, 52,13 €/Tag); Bescheid liegt bei.",
        "Renseignements : 12 bis, rue des Lilas – 69003 Lyon ; téléphone : 06 12 34 56 78",
        "Reasonable accommodation requested: large-print notices (18 pt) & phone interviews only — I'm legally blind (20/200).",
        "Living situation: homeless shelter → transitional housing (since 4/1); rent is 30% of income per program rules.",
        "Hours per week caring for my disabled son (age 23): ~50, unpaid. Is there a caregiver stipend?",
    ]

    def gen():
        city, st, z = pick(CITIES)
        k = RNG.randint(0, 2)
        if k == 0:
            return "%d %s%s, %s, %s %s" % (RNG.randint(2, 9999), pick(STREETS),
                                           pick(["", ", Apt %d" % RNG.randint(1, 40), " #%d%s" % (RNG.randint(1, 9), pick("ABCD")),
                                                 ", Unit %d" % RNG.randint(1, 12)]), city, st, z)
        if k == 1:
            return "%s, %s; DOB %s; household size %d; monthly income $%s" % (
                pick(SURNAMES), pick(GIVEN), pick([us_date(), iso_date(), "%d.%d.%d" % (RNG.randint(1, 28), RNG.randint(1, 12), RNG.randint(1940, 2005))]),
                RNG.randint(1, 8), "{:,.2f}".format(RNG.randint(0, 520000) / 100.0))
        return "Case %s-%d-%07d: %s" % (pick(["SNAP", "MA", "TANF", "LIHEAP", "SSI", "WIC"]), pick([2023, 2024, 2025]),
                                        RNG.randint(1, 9999999), pick(["renewal submitted", "verification pending (pay stubs)",
                                                                       "interview scheduled %s" % us_date(), "appeal filed", "approved", "closed – moved out of state"]))
    return fill("benefits-forms", lit, gen)


# ====================================================================== 9
def imaging_devices():
    lit = [
        "(0010,0010) PatientName: GARCIA^MARIA^L",
        "(0008,0060) Modality = CT; (0018,0050) SliceThickness = 1.25; (0020,0013) InstanceNumber = 142",
        "(0028,0030) PixelSpacing: 0.703125\\0.703125",
        "(0008,1030) StudyDescription: CT CHEST W/O CONTRAST - LOW DOSE LUNG SCREENING",
        "StudyInstanceUID 1.2.826.0.1.3680043.8.498.10293847561029384756",
        "/mnt/pacs/archive/2024/06/11/CT/ACC24061100123/SER003/IM-0003-0142.dcm",
        "\\\\pacs-nas01\\dicom$\\incoming\\MR\\2024-06-11\\SER00004\\IMG00012.dcm",
        "https://pacs.example-hospital.org/viewer/?StudyInstanceUIDs=1.2.826.0.1.3680043.8.498.1029&hangingProtocolId=mpr",
        "GET /dicomweb/studies/1.2.826.0.1.3680043.8.498.1029/series/1.2.826.0.1.3680043.8.498.2231/metadata  Accept: application/dicom+json",
        "/dicomweb/studies?PatientID=MRN004512&StudyDate=20240101-20240630&ModalitiesInStudy=MR&includefield=00081030",
        "Device: bedside monitor MX-450, FW 3.01.7, serial DE12345678; alarm: SpO2 < 90% for > 10 s",
        "Infusion pump log: 2024-06-11 03:14:22 | Ch B | Heparin 25,000 units/250 mL | rate 12 mL/h → 14 mL/h | user RN_kpatel",
        "Dose report: CTDIvol 7.8 mGy; DLP 312 mGy·cm; SSDE 9.4 mGy",
        "MRI safety: pt has pacemaker (MR Conditional) — scan at 1.5T only, SAR ≤ 2 W/kg, MRI mode ON; cardiology present.",
        "Window/Level presets: Lung W:1500 L:-600; Mediastinum W:350 L:50; Bone W:2000 L:500; Brain W:80 L:40",
        "Export: dcm2niix -z y -f %p_%s -o /data/nifti/sub-01 /data/dicom/sub-01/",
        "MWL entry: AE title CT_SCANNER_2 @ 10.40.12.31:104; scheduled procedure step: CT ABD/PELVIS W CONTRAST",
        "AE title mismatch: called AE 'PACS_MAIN' vs. configured 'PACSMAIN' → association rejected (reason 0x07)",
        "OB US: GA by LMP 20w3d; EFW 345 g (52nd %ile); AFI 14.2 cm; placenta posterior, no previa.",
        "ECG: sinus rhythm 72 bpm, PR 168 ms, QRS 94 ms, QT/QTc 392/428 ms, axis +45°",
        "Holter file: /export/holter/2024/HLT_00451_20240611.ecg (24h, 112,402 beats, 0.3% PVCs)",
        "CGM 14-day report: avg 154 mg/dL, GMI 7.0%, TIR (70–180) 68%, <70: 2%, >250: 6%",
        "IMPRESSION:\n1. 8 mm solid nodule RUL (series 3, image 87) – Lung-RADS 4A; 3-month LDCT recommended.\n2. No pleural effusion or pneumothorax.\n3. Coronary artery calcifications (moderate).",
        "<Series><Modality>MR</Modality><SeriesDescription>AX T2 FLAIR</SeriesDescription><NumberOfInstances>28</NumberOfInstances></Series>",
        "Measurement report: target lesion 1 long axis 23.4 mm → 15.1 mm (RECIST 1.1: partial response, −35%)",
        "https://portal.example-clinic.org/MyChart/Scheduling/Direct?dept=10401&vt=1004&lang=es-US",
        "Share link expired: https://images.example-radiology.com/share/7Kq9T2?expires=1718136000&sig=FAKEsig0%3D",
        "(0040,0254) PerformedProcedureStepDescription: \"MRI BRAIN W&WO CONTRAST\"",
        "Pump library v12.3: drug 'Insulin Regular' hard max 25 u/h, soft max 15 u/h; concentration 1 u/mL",
        "Anonymization profile: remove (0010,0010), (0010,0030), (0008,0080); shift dates by -37 d; keep (0018,xxxx) acquisition tags",
        "DICOMDIR on patient CD: D:\\DICOM\\PAT00001\\STD00001\\SER00003\\IMG00001",
        "Vent settings: AC/VC, Vt 420 mL (6 mL/kg PBW), RR 18, PEEP 8, FiO2 40% → Pplat 24 cmH2O",
        "Glucometer sync failed: /Users/rn_station4/Downloads/meter_export (3).csv — unrecognized header 'Date;Time;BG [mg/dL]'",
        "(0020,0032) ImagePositionPatient: -175.500\\-179.300\\-62.750; (0020,0037) ImageOrientationPatient: 1\\0\\0\\0\\1\\0",
        "Modality: US; Manufacturer: ExampleSono; Probe: C5-1; Preset: Abd General; Depth 16 cm; Gain 52%; MI 1.1; TIb 0.6",
        "Retrieve failed: C-MOVE to AE 'WORKSTATION7' → status 0xA801 (Move Destination unknown). Add the AE in the PACS node list.",
        "DX CHEST PA/LAT: kVp 120 / mAs 2.5 (PA), 125 / 6.3 (LAT); SID 180 cm; EI 412 (target 400 ± 10%)",
        "Smart pump alert: \"Dose exceeds hard limit (vancomycin > 2.5 g)\" – programming cancelled by RN, re-entered 1.25 g.",
        "C:\\ProgramData\\ExampleViewer\\cache\\studies\\1.2.826.0.1.3680043.8.498.1029\\",
        "Scan protocol note: CTA head/neck – bolus tracking ROI at aortic arch, trigger 150 HU, delay 4 s; 70 mL iohexol 350 @ 5 mL/s + 40 mL saline chaser.",
        "Pacemaker interrogation: DDD 60/130; atrial pacing 12%, V pacing < 1%; battery 9.5 yrs; lead impedances A 512 Ω / V 640 Ω; no AHREs.",
        "Holter diary: \"10:15 palpitations walking up stairs\", \"14:40 dizzy after lunch\", \"23:05 skipped beats in bed\"",
        "(0018,0087) MagneticFieldStrength = 3; (0018,0080) RepetitionTime = 9000; (0018,0081) EchoTime = 81; (0018,0082) InversionTime = 2500",
        "Upload from modality OK: 214 instances, 3 series, 128.6 MB in 00:00:41 (C-STORE, TS 1.2.840.10008.1.2.4.90)",
        "Viewer hotkeys: W/L = right-drag; zoom = Ctrl + wheel; cine = Space; MPR = Shift+M; measurements export → CSV",
        "sftp://dicom-gw.example-hospital.org:2222/outbound/teleradiology/ACC24061100123.zip",
        "Bildgebung: MRT Knie rechts nativ – Innenmeniskushinterhornriss Grad III; Knorpelschaden Grad II (ICRS) retropatellar.",
        "IRM cérébrale : hypersignaux FLAIR de la substance blanche périventriculaire (Fazekas 2) ; pas de prise de contraste.",
        "Ultrasonido: vesícula con litiasis múltiple (la mayor de 12 mm), pared 3 mm, sin líquido perivesicular; Murphy ecográfico negativo.",
        "Telemetry box #17 → bed 4W-412; leads off 02:11–02:19 (pt showering); no arrhythmia events.",
        "PACS storage: /pacs/tier2/2019/ purge policy — keep adults 7 yrs after last encounter, minors until age 25 (min. 7 yrs).",
        "Mammo: BI-RADS 0 – additional imaging needed (focal asymmetry L breast 2 o'clock, 4 cm FN); dx mammo + US ordered.",
        "Wearable upload: steps 6,412; resting HR 61; HRV (RMSSD) 38 ms; sleep 6 h 42 min; SpO2 night avg 95%",
        "Bone density (DXA): L1–L4 T-score −2.6 (osteoporosis); femoral neck −2.1; FRAX 10-yr major 21%, hip 4.2%",
        "Series renamed by tech from 'Ax T1 +C' to 'AX T1 POST GAD' (0008,103E) to match the hanging protocol.",
        "Research export (BIDS): sourcedata/sub-01/ses-01/dicom/ → ../../rawdata/sub-01/ses-01/anat/sub-01_ses-01_T1w.nii.gz; config in code/dcm2bids_config.json",
        "TECHNIQUE: Multiplanar multisequence MRI of the lumbar spine without contrast.\nCOMPARISON: 01/09/2023.\nFINDINGS: L4-L5: broad-based disc bulge with right paracentral protrusion contacting the traversing right L5 nerve root; moderate right lateral recess narrowing.\nL5-S1: mild facet arthropathy; no stenosis.",
    ]
    mods = ["CT", "MR", "US", "CR", "DX", "MG", "NM", "PT", "XA"]
    tags = [("(0008,0020) StudyDate", lambda: "%d%02d%02d" % (pick([2023, 2024]), RNG.randint(1, 12), RNG.randint(1, 28))),
            ("(0008,0050) AccessionNumber", lambda: "ACC%d%05d" % (pick([2406, 2407, 2411]), RNG.randint(1, 99999))),
            ("(0018,0015) BodyPartExamined", lambda: pick(["CHEST", "ABDOMEN", "HEAD", "KNEE", "LSPINE", "BREAST", "PELVIS"])),
            ("(0028,0010) Rows", lambda: str(pick([256, 512, 1024, 2048, 3328]))),
            ("(0010,0040) PatientSex", lambda: pick(["F", "M", "O"])),
            ("(0008,103E) SeriesDescription", lambda: pick(["AX T2 FSE", "SAG T1", "COR STIR", "3D TOF", "DWI b1000", "ADC", "Lung 1.25mm", "Scout"]))]

    def gen():
        k = RNG.randint(0, 1)
        if k == 0:
            t, f = pick(tags)
            return "%s: %s" % (t, f())
        return "/mnt/pacs/archive/%d/%02d/%02d/%s/ACC%05d/SER%03d/IM-%04d-%04d.dcm" % (
            pick([2023, 2024]), RNG.randint(1, 12), RNG.randint(1, 28), pick(mods), RNG.randint(1, 99999),
            RNG.randint(1, 12), RNG.randint(1, 12), RNG.randint(1, 400))
    return fill("imaging-devices", lit, gen)


# ====================================================================== 10
def insurance_claims():
    lit = [
        "CPT 99214-25; 93000; ICD-10 I10, E78.5 — billed $285.00, allowed $142.17, paid $113.74, pt resp $28.43 (coins 20%)",
        "CARC CO-45: charge exceeds fee schedule/maximum allowable; RARC N130",
        "Claim denied – CO-197: precertification/authorization absent. Appeal with auth # and clinicals within 180 days.",
        "HCPCS J1885 x2 units (ketorolac, per 15 mg); modifier JW for the discarded amount",
        "EOB: DOS 06/03/24 | Provider: Lakeside Imaging | Service: MRI knee w/o contrast (73721) | Billed $2,140.00 | Allowed $612.50 | Deductible $500.00 | Plan paid $90.00 | You owe $522.50",
        "Group #: 0012345-001; Member ID: XYZ123456789; Rx BIN 610000, PCN 9999, RxGrp ABC12",
        "Plan year deductible: $1,500 ind / $3,000 fam; OOP max $6,000 / $12,000; met to date: $1,212.40",
        "Rev code 0450 (ER) + 0301 (lab – chemistry); MS-DRG 291 – Heart failure & shock w MCC",
        "Prior auth request: 70553 MRI brain w/ & w/o; dx G43.909, R51.9; failed conservative tx ≥ 6 wks (NSAIDs, triptans).",
        "Coordination of benefits: primary = Medicare Part B; secondary = Medigap Plan G (crossover claim).",
        "Modifier 59 vs. XS: separate structure (L knee vs. R knee) → use XS per payer policy.",
        "CLM*PATACCT123*285***11:B:1*Y*A*Y*Y~",
        "ISA*00*          *00*          *ZZ*SUBMITTERID    *ZZ*RECEIVERID     *240611*0830*^*00501*000000905*0*P*:~",
        "CLP*PATACCT123*1*285*113.74*28.43*12*ICN240611000123*11*1~CAS*CO*45*142.83~",
        "NPI 1234567893; TIN 12-3456789; taxonomy 207Q00000X (Family Medicine)",
        "No Surprises Act notice: you can't be billed more than your in-network cost sharing for emergency services.",
        "Appeal letter: \"We disagree with the denial of claim #A2406110123 (reason: not medically necessary) for the following reasons: ...\"",
        "Formulary: tier 3 (non-preferred brand); step therapy – must try metformin & a sulfonylurea first; QL 30 tabs/30 days",
        "Part D: pt is in the coverage gap — copay 25% until TrOOP reaches the catastrophic threshold.",
        "Place of service 02 (telehealth other than home) vs. 10 (telehealth in patient's home) — payer wants 10 + modifier 95.",
        "Timely filing: 90 days from DOS (commercial), 365 days (Medicare); claim received day 97 → CO-29.",
        "HSA limit 2024: $4,150 self-only / $8,300 family (+$1,000 catch-up if 55+).",
        "GOÄ Nr. 1 (Beratung) 2,3-fach = 10,72 €; Nr. 5 (symptombezogene Untersuchung) 2,3-fach = 10,72 €",
        "EBM 03000 Versichertenpauschale; Diagnose: E11.90 G (ICD-10-GM)",
        "CDT D0120 periodic oral eval; D1110 prophylaxis – adult; D0274 bitewings, four films — frequency limit 2/yr",
        "Adjustments: PR-1 (deductible) $500.00; PR-2 (coinsurance) $22.54; OA-23 (prior payer adjudication) $0.00",
        "277CA: A7:21 – Acknowledgement/Rejected – missing or invalid information (2010BA NM109 subscriber ID)",
        "Quote: Silver 70 HMO — premium $412.58/mo, APTC −$298.00 → net $114.58",
        "Claim #A2406110123 | DOS 05/14/2024 | 99285 | Dx R07.9 | Status: Pended – COB questionnaire not returned",
        "Member says EOB shows \"Service not covered – cosmetic\" for 15823 (blepharoplasty) but visual field test showed > 30% loss → resubmit w/ photos.",
        "Secondary claim: attach primary EOB (835 CAS segments) – loop 2320/2430 for line-level adjustments.",
        "Per diem: inpatient psych $1,150/day × 6 days = $6,900.00; less copay $250 → plan pays $6,650.00",
        "RARC M127: missing patient medical record for this service. Please upload via provider portal → Claims → Attachments.",
        "Explanation of Benefits – Résumé des prestations : montant facturé 180,00 $ ; montant admissible 132,40 $ ; franchise 0,00 $ ; versé 105,92 $",
        "Copay: $30 PCP / $60 specialist / $150 ER (waived if admitted) / $0 preventive (USPSTF A & B)",
        "Out-of-network ambulance (A0427 ALS1 emergency + A0425 × 12 miles) billed $2,875.00; allowed $1,104.00 – balance billing protected.",
        "PA #88213-A approved: 12 PT visits (97110, 97140, 97530) 06/01/2024–08/31/2024; additional visits require progress notes.",
        "Medicaid spend-down: $612/mo; met for June on 06/09 with pharmacy bills (receipts 1–4).",
        "Pharmacy claim: NDC 00169-4060-13 | qty 3 mL | DS 28 | U&C $1,023.40 | ingredient cost $968.90 | disp fee $1.75 | copay $25.00",
        "Self-pay estimate (GFE): colonoscopy 45378 facility $1,240 + anesthesia 00811 $480 + pathology 88305 $95 = $1,815 ± 10%",
        "Claim rejected at front end: \"Subscriber DOB 1957-03-14 does not match payer records (1957-14-03?)\" – verify & resubmit.",
        "Coding query: documentation supports J96.01 (acute resp. failure w/ hypoxia) – please add SpO2/ABG values to the note.",
        "ICD-10-PCS 0SR9019 – Replacement of right hip joint with metal on polyethylene synthetic substitute, cemented, open approach",
        "HEDIS gap: CDC-HbA1c control (< 8.0%) not met – last A1c 8.4% on 03/11; next visit due.",
        "Workers' comp claim WC-2024-00123: DOI 02/14/2024; body part: L shoulder; adjuster: K. Brennan, (555) 010-7712 ext. 340",
        "Subrogation questionnaire: Was the injury caused by another person/party? ☐ Yes ☒ No; Motor vehicle accident? No",
        "Capitation report 2024-06: 1,842 members × $38.50 PMPM = $70,917.00; retro adj −$231.00 (3 terms)",
        "Denial reason (Spanish EOB): \"Servicio no cubierto por su plan\" – código N95.",
        "Explanation: \"Your plan pays 80% after deductible.\" → $410.00 × 80% = $328.00 paid; you owe $82.00",
        "Refund request: overpayment $113.74 on ICN 240611000123 (duplicate payment); offset against future remits OK.",
        "DRG validation: coder changed MS-DRG 872 → 871 (sepsis w/o MV > 96 hrs, w/ MCC) based on AKI (N17.9) documentation.",
        "COBRA election form: elect by 08/15/2024; premium $702.14/mo (102% of full cost); coverage retroactive to 07/01.",
        "Benefit accumulator: ded $1,500.00 met; OOP $4,120.77 of $6,000.00; visits PT 18/30; chiro 4/12",
        "Policy #HMO-IL-0047; effective 01/01/2024; term 12/31/2024; PCP: Dr. Priya Patel (NPI 1234567893)",
        "Hospital bill line: 0250 Pharmacy – \"SODIUM CHLORIDE 0.9% 1000 ML\" × 3 @ $87.00 = $261.00 (really?)",
        "Reprocessing note: original claim denied CO-16 (missing info); corrected claim (freq code 7) submitted w/ ref to original ICN.",
        "Dear Member,\nWe reviewed your appeal of claim #A2406110123 (DOS 05/14/2024).\nDecision: OVERTURNED – the service is covered under your plan's emergency benefit.\nAmount reprocessed: $1,212.40; your new responsibility: $150.00 (ER copay).\nIf you have questions, call the number on the back of your ID card.",
    ]
    cpts = [("99213", "Office visit, est. pt, low MDM"), ("99214", "Office visit, est. pt, moderate MDM"),
            ("80053", "Comprehensive metabolic panel"), ("85025", "CBC w/ auto diff"), ("71046", "X-ray chest, 2 views"),
            ("93000", "ECG w/ interpretation"), ("90686", "Flu vaccine, quadrivalent"), ("36415", "Venipuncture"),
            ("97110", "Therapeutic exercise, each 15 min"), ("G0439", "Annual wellness visit, subsequent")]
    carcs = ["", "CO-45", "PR-1", "PR-2", "PR-3", "CO-97", "OA-23", "CO-50"]

    def gen():
        code, desc = pick(cpts)
        billed = RNG.randint(2000, 90000) / 100.0
        allowed = round(billed * RNG.uniform(0.3, 0.9), 2)
        paid = round(allowed * pick([0.8, 0.9, 1.0, 0.7]), 2)
        return "DOS %s | %s %s | billed $%.2f | allowed $%.2f | paid $%.2f | you owe $%.2f%s" % (
            us_date(), code, desc, billed, allowed, paid, allowed - paid, (" | " + pick(carcs)) if RNG.random() < 0.6 else "")
    return fill("insurance-claims", lit, gen)


CATEGORIES = [
    ("clinical-notes", clinical_notes),
    ("hl7-fhir", hl7_fhir),
    ("prescriptions", prescriptions),
    ("patient-messages", patient_messages),
    ("legal-citations", legal_citations),
    ("docket-entries", docket_entries),
    ("contract-clauses", contract_clauses),
    ("benefits-forms", benefits_forms),
    ("imaging-devices", imaging_devices),
    ("insurance-claims", insurance_claims),
]


def main():
    rows, counts = [], {}
    for cat, fn in CATEGORIES:
        values = fn()
        counts[cat] = len(values)
        rows.extend((cat, v) for v in values)
    assert len(set(v for _, v in rows)) == len(rows), "duplicate value"
    with OUT.open("w", encoding="utf-8", newline="\n") as f:
        for i, (cat, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "hb25-%05d" % i, "category": cat, "label": "benign", "value": v},
                               ensure_ascii=False) + "\n")
    for cat, _ in CATEGORIES:
        print("%-20s %d  (literals %d)" % (cat, counts[cat], LITERAL_COUNTS[cat]))
    print("%-20s %d" % ("total", len(rows)))


if __name__ == "__main__":
    main()
