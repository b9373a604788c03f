"""Held-out BENIGN corpus for the WAF evaluation: public-health surveillance.

Every value is text a real user of a surveillance / epidemiology system types
into an ordinary field: case report notes, case definitions, lab result
comments, ICD-10/LOINC/SNOMED look-ups, analyst snippets (R, Stata, SQL,
Python) pasted into notes, dashboard filter strings, contact-tracing logs,
outbreak / situation-report text, export paths and data-source URLs, and
data-quality flags.  They are hard negatives: full of quotes, ';', '|', '&',
'<', '>', '=', '--', '{}', '$', backslashes, '../', paths, URLs and SQL/shell
words used innocently, in several languages.

All values were hand-written for this corpus (literals below) or come from the
small templates at the end of each section, which only recombine hand-written
pools.  No dataset, vendor example or public payload list was used.

Run:  python3 make_benign.py   ->  benign.jsonl next to this file.
"""

import json
import random
import sys
from pathlib import Path

SEED = 6001
PREFIX = "hb60"
TARGET_PER_CATEGORY = 80
MAX_LEN = 1800

CATEGORY_ORDER = [
    "case_report_notes",
    "case_definitions",
    "lab_result_comments",
    "code_lookups",
    "analyst_snippets",
    "dashboard_filters",
    "contact_tracing_logs",
    "outbreak_sitrep",
    "export_paths",
    "data_quality_flags",
]

# ---------------------------------------------------------------------------
# 1. Case report notes (free text from investigators, many languages)
# ---------------------------------------------------------------------------
CASE_REPORT_NOTES = [
    "Pt 34F, onset 2024-02-11, fever 38.7 °C, cough & myalgia. Rapid Ag neg; PCR pending. Works at a daycare -> notified the centre director.",
    "Called the mother at 14:20; she says the child's rash started on the face and moved down to the trunk (classic). MMR status: 1 dose only, 2nd dose 'missed due to move'.",
    "Case lives with 3 HH contacts; 2 symptomatic (sore throat/fever). Advised isolation until 5 days after onset AND 24h afebrile w/o meds.",
    "Travel hx: returned from Kinshasa 02/03 via Brussels; no known contact w/ sick animals; drinks bottled water only.",
    "Patient refused interview — husband answered on her behalf; info may be unreliable. Flag for follow-up call on Mon.",
    "Hosp. admission 2024-03-04 → ICU 03-06 → discharged 03-15. Ventilated < 48h. Final dx: influenza A(H3N2) + secondary bacterial pneumonia.",
    "Notifiable? YES — Salmonella Enteritidis, serotype confirmed by ref lab. Ate at 'Mama Rosa's Kitchen' on 14/05 (chicken & rice). 4 others from same party ill.",
    "Paciente masculino de 52 años, inicio de síntomas el 3 de marzo: fiebre, cefalea y dolor retroocular. Sospecha de dengue; se tomó muestra para NS1 e IgM.",
    "Patiente de 27 ans, enceinte (T2). Éruption maculopapuleuse + conjonctivite. Pas de voyage. Sérologie rubéole/rougeole demandée au labo régional.",
    "Pasien perempuan 8 th, demam 4 hari, ruam, trombosit 85.000/µL. Tinggal dekat pasar; banyak genangan air di sekitar rumah.",
    "Mgonjwa ana homa na kuhara kwa siku 3. Familia inatumia maji ya kisima; sampuli ya maji imechukuliwa kwa uchunguzi.",
    "Patient (61 J.) mit Fieber > 39 °C, Husten und Durchfall seit 5 Tagen. Legionellen-Antigen im Urin positiv. Hotelaufenthalt in Mallorca 10.–17.06.",
    "Exposure: 'I drank the raw milk from the farm stand — everyone did, it's a tradition at the fair.' Campylobacter jejuni isolated from stool.",
    "Prior notes said 'no vaccination', but the ImmReg shows DTaP x4 + Tdap (2019). Corrected the field; old value kept in the audit trail.",
    "Died 2024-01-19. Cause of death per certificate: 1a) sepsis; 1b) invasive GAS infection; 2) T2DM. Death linked to case #GAS-2024-0117.",
    "Occupation: poultry worker (culling team, 12–14 Feb). PPE: N95 + goggles 'most of the time'. Conjunctivitis OD since 16/02 — H5 PCR requested.",
    "Q: did the case attend any mass gathering? A: yes, wedding on Sat (~200 guests) & church Sun morning. Cluster investigation opened.",
    "Interpreter used (Dari). Case says he 'coughed blood once' in Jan; CXR shows cavitation RUL. Sputum x3 sent for AFB smear + GeneXpert.",
    "Child < 5 y with AFP, onset 2024-04-02. 2 stool specimens collected 24 h apart (04-04 & 04-05), cold chain OK. OPV doses: 3.",
    "Patient states: \"I didn't eat anything unusual\" — but the food diary lists sushi on Fri and a kebab on Sat night.",
    "Follow-up: symptoms resolved by day 9. Still shedding? Repeat stool culture on 28/03 → negative; cleared to return to work (food handler).",
    "मरीज़ को 5 दिन से तेज़ बुखार और जोड़ों में दर्द है। चिकनगुनिया की आशंका; IgM जांच के लिए नमूना भेजा गया।",
    "患者男，45岁，3月2日发热（38.9℃），伴咳嗽、乏力。发病前14天内有禽类市场暴露史。已采集咽拭子送检。",
    "المريض يعاني من حمى وإسهال مائي منذ يومين. يشرب من مياه غير معالجة. تم أخذ عينة براز لفحص الكوليرا.",
    "Gestante, 31 anos, com exantema e febre baixa. Mora em área com casos de Zika confirmados em jan/2024. Encaminhada p/ pré-natal de alto risco.",
    "Пациентка 19 лет, лихорадка 38,5 °C, сыпь. Контакт с больным корью в общежитии 02.03. Вакцинация: нет данных.",
    "Bệnh nhi 3 tuổi, sốt, loét miệng, phát ban tay chân. Nghi tay chân miệng; lớp mẫu giáo có thêm 2 trẻ bị.",
    "Case is a nurse on ward 4B; last shift 03/07 (night). IPC team informed. Staff list for that shift requested from HR (12 names).",
    "Address geocoded to wrong district (Nord vs. Nord-Est) — fixed manually; lat/long now 14.7167, -17.4677.",
    "Patient couldn't recall exact onset: 'sometime between the 2nd and 5th'. Used 2024-03-03 as best estimate; flagged onset_date_estimated = TRUE.",
    "No fever reported, only diarrhoea (>3 loose stools/24h) & cramps. Does NOT meet case def for suspected shigellosis yet; keep as 'under investigation'.",
    "Second interview w/ daughter: mom had a tick bite ~2 wks before onset while hiking near the lake; erythema migrans photographed (see attachment).",
    "Mr. O'Brien's GP faxed the discharge summary; scanned & attached. Note: his surname is O'Brien not OBrien — merge the duplicate record.",
    "Dog bite on left hand, 2024-05-09, stray dog (not found). PEP started day 0, 3, 7 schedule; RIG given at ER.",
    "Ref lab comment pasted: \"Isolate is resistant to ciprofloxacin; susceptible to azithromycin & ceftriaxone.\"",
    "Household: 2 adults + 3 kids; the youngest (18 mo) also had bloody diarrhoea → tested & positive for STEC O157. HUS? Creatinine normal so far.",
    "Case says the symptoms began 'right after the school trip to the zoo' — petting area with goats & lambs. Linked to cluster CL-2024-014.",
    "Patient is homeless; contact via shelter staff (ask for Dana, day shift). Last seen at St. Anne's shelter 11/04.",
    "Interview 1 (phone, 10:05):\n- onset 12/03, fever + chills\n- no travel\n- pets: 2 cats, 1 parrot (bought 01/03!)\nInterview 2 (home visit, 14/03):\n- bird is sick (lethargic, ruffled feathers) → psittacosis suspected",
    "Diagnosis changed from 'probable' to 'confirmed' after paired sera showed ≥4-fold rise in titre (1:32 → 1:256).",
    "Patient's name in source system appears as \"JOSÉ  GARCÍA-LÓPEZ\" (double space). Kept as-is; de-dup key uses normalised name.",
    "Symptoms: fever; headache; stiff neck; photophobia. LP done, CSF turbid, Gram-neg diplococci. Chemoprophylaxis for close contacts started <24h.",
    "Works night shifts at the meat-packing plant (line 3, 'kill floor'). Employer contact: safety officer, ext. 4412.",
    "Vaccinated for COVID-19 (3 doses, last 10/2022) & influenza 2023/24 season. Still symptomatic on day 12 — long COVID clinic referral?",
    "Ate oysters at a restaurant on the harbour (Sat 6 pm). Onset of vomiting + watery diarrhoea Sun 2 am → incubation ~8h; norovirus likely.",
    "Reporter is Dr. Nguyễn (ED, Central Hospital). Prefers email; don't call during rounds 8–10 am.",
    "Jaundice, dark urine, fatigue x 1 wk. Anti-HAV IgM +. Ate frozen berries (brand 'Nordic Harvest', lot 2311-B) in smoothie; product trace started.",
    "Patient (Japanese speaker) — notes from interpreter: 発熱と咳が3日間続いている。職場で同じ症状の人がいる。",
    "Onset date in the lab form (2024-13-02) is invalid — probably 13 Feb. Confirmed with the clinician by phone; fixed to 2024-02-13.",
    "Age recorded as 0 in the ELR feed; mother says baby is 5 weeks old. Updated age_months = 1.",
    "Case doesn't want the employer to know. Consent for workplace notification = NO. Discussed with supervisor; proceeding under §6 (public health necessity).",
    "Malaria RDT + (Pf). Returned from Lagos on 20/01, no prophylaxis taken 'because it made me dizzy last time'.",
    "Scabies outbreak suspicion in care home — 'itching at night' in 6 residents + 2 staff. Dermatology consult booked; ivermectin stock checked.",
    "Patient reports 10+ episodes of rice-water stool/day; severe dehydration on admission. ORS + IV Ringer's lactate. Stool RDT cholera +.",
    "Lives in Unit 4/12 Harbour Rd (the back entrance, blue door). Drop the test kit at reception if nobody answers.",
    "Tested positive on a home test 'two lines, the second one faint'. PCR confirmation not done; counted as probable per current case def.",
    "Pacjent 70 l., gorączka, kaszel, duszność. Pobyt w sanatorium 1–14.03; w tym samym turnusie 3 osoby z zapaleniem płuc.",
    "Hasta 23 yaşında, ateş ve ishal şikayeti. Düğünde tavuk pilav yemiş; aynı düğünden 12 kişi daha hastalanmış.",
]

_CN_AGES = ["3 mo", "2", "6", "9", "17", "24", "38", "47", "59", "66", "73", "88"]
_CN_SEX = ["M", "F"]
_CN_SYMPTOMS = [
    "fever, cough & sore throat",
    "watery diarrhoea + vomiting",
    "bloody diarrhoea, cramps; no fever",
    "fever, rash (maculopapular), conjunctivitis",
    "high fever, headache, retro-orbital pain",
    "jaundice, dark urine, fatigue",
    "fever > 39 °C, stiff neck, photophobia",
    "paroxysmal cough x 3 wks, post-tussive vomiting",
    "vesicular rash on trunk, mild fever",
    "fever, myalgia (calves), red eyes",
]
_CN_TESTS = [
    ("Influenza A/B PCR", ["A detected", "B detected", "not detected"]),
    ("Stool culture", ["Salmonella spp.", "Campylobacter", "no growth", "Shigella sonnei"]),
    ("Measles IgM", ["positive", "negative", "equivocal"]),
    ("Dengue NS1", ["positive", "negative"]),
    ("Anti-HAV IgM", ["reactive", "non-reactive"]),
    ("CSF PCR", ["N. meningitidis", "S. pneumoniae", "negative"]),
    ("B. pertussis PCR", ["detected", "not detected"]),
    ("Leptospira PCR", ["detected", "pending"]),
]
_CN_ACTIONS = [
    "Advised to stay home until 24h afebrile; HH contacts listed.",
    "Excluded from work (food handler) until 2 negative stools.",
    "School informed; letters to parents of class 2A.",
    "Referred to ED — dehydration.",
    "Contacts offered prophylaxis (<24h).",
    "Follow-up call booked for Mon 09:00.",
    "Sample forwarded to the reference lab for typing.",
    "Case closed; no further action.",
    "Flag: possible link to cluster CL-2024-0{n}.",
]


def tpl_case_report_notes(rng):
    test, results = rng.choice(_CN_TESTS)
    action = rng.choice(_CN_ACTIONS).replace("{n}", str(rng.randint(10, 29)))
    return "{age}{sex}, onset {date}: {sym}. {test} → {res}. {action}".format(
        age=rng.choice(_CN_AGES),
        sex=rng.choice(_CN_SEX),
        date="2024-%02d-%02d" % (rng.randint(1, 6), rng.randint(1, 28)),
        sym=rng.choice(_CN_SYMPTOMS),
        test=test,
        res=rng.choice(results),
        action=action,
    )


# ---------------------------------------------------------------------------
# 2. Case definitions (clinical / lab / epi criteria, logic strings)
# ---------------------------------------------------------------------------
CASE_DEFINITIONS = [
    "fever >= 38.0 C AND (cough OR dyspnoea)",
    "Suspected measles: fever AND maculopapular rash AND (cough OR coryza OR conjunctivitis)",
    "Confirmed = lab-confirmed (PCR+ OR IgM+ w/o recent vaccination) OR epi-linked to a confirmed case",
    "ILI: measured fever of ≥ 38 °C; and cough; with onset within the last 10 days",
    "SARI: ILI criteria + requires hospitalization (≥ 24 h)",
    "Probable cholera: acute watery diarrhoea (≥3 loose stools in 24h) in a person aged >= 2 years in an area where an outbreak is declared",
    "AFP: any child <15 y with acute flaccid paralysis, OR any person of any age with paralytic illness if polio is suspected",
    "Dengue w/ warning signs = dengue AND (abdominal pain OR persistent vomiting OR mucosal bleed OR lethargy OR liver > 2 cm OR HCT↑ with platelets↓)",
    "exclude if: alternative diagnosis confirmed || symptoms started > 14 days after last exposure",
    "Close contact := within 2 m for >= 15 min cumulative in 24 h, from 2 days before onset until isolation",
    "Meningococcal disease, confirmed: N. meningitidis isolated from a normally sterile site (CSF, blood) — or detected by PCR",
    "onset_date BETWEEN exposure_date + 1 AND exposure_date + 21",
    "Lab criteria (any of): 1) isolation of Salmonella spp.; 2) detection of Salmonella nucleic acid; — serotyping not required for case classification",
    "Case status = 'suspected' if clinical criteria only; 'probable' if clinical + epi link; 'confirmed' if lab criteria met (regardless of clinical)",
    "Pertussis (clinical): cough ≥ 2 weeks AND at least one of: paroxysms, inspiratory 'whoop', post-tussive vomiting, apnoea (infants < 1 y)",
    "temp >= 37.5 (axillary) OR >= 38.0 (rectal/tympanic) — depends on site; record site in temp_site",
    "HUS: acute renal failure + microangiopathic haemolytic anaemia + thrombocytopenia (< 150 × 10^9/L)",
    "Cas suspect de mpox : éruption cutanée aiguë inexpliquée ET (fièvre > 38,5 °C OU adénopathies OU myalgies) ; exclure varicelle, herpès.",
    "Caso sospechoso de dengue: fiebre de 2 a 7 días y dos o más de: náuseas/vómitos, exantema, cefalea/dolor retroorbitario, mialgias, artralgias, petequias o prueba del torniquete +, leucopenia.",
    "Outbreak := >= 2 epidemiologically linked cases with onset within one max incubation period (e.g. 72h for norovirus)",
    "Legionnaires' (confirmed): pneumonia + (urine Ag + OR culture + OR ≥4x rise in Ab to L. pneumophila sg1)",
    "Rule: if age_years < 1 then use age_months; if age_months < 1 then use age_days",
    "Hepatitis A acute: discrete onset AND (jaundice OR ALT > 200 IU/L) AND anti-HAV IgM positive",
    "Severe = SpO2 < 94% on room air OR RR > 30/min OR PaO2/FiO2 < 300 mmHg OR lung infiltrates > 50%",
    "EXCLUDE: cases with symptom onset < 2024-01-01; re-infection = positive test > 90 days after previous episode",
    "Mpox contact category: high = sexual/household; medium = shared room/bedding; low = brief face-to-face <3 h",
    "criteria_v3 (2024-03): removed 'loss of smell/taste' from clinical criteria; kept: fever | cough | sore throat | SOB",
    "Imported case: exposure outside the country during incubation (max 21 d) — or — unknown exposure but travel in last 21 d to area w/ transmission",
    "Rabies exposure cat. III: single or multiple transdermal bites/scratches, licks on broken skin, mucosal contamination w/ saliva",
    "Botulism (foodborne) suspect: descending symmetric flaccid paralysis + cranial nerve palsies (diplopia, dysarthria, dysphagia) w/o fever",
    "Probable influenza death: death within 30 days of lab-confirmed influenza, with no period of complete recovery in between",
    "MERS suspect = fever & pneumonia AND (travel to Arabian Peninsula ≤14 d OR contact w/ camels OR contact w/ confirmed case)",
    "Neonatal tetanus: normal ability to suck & cry in first 2 days of life AND between 3–28 days cannot suck normally AND becomes stiff/spasms",
    "Lab-confirmed TB: MTB complex identified by culture OR (smear + AND NAAT +) — NTM excluded",
    "Cluster definition (Legionella): ≥ 2 cases, same building/cooling tower, onsets within 6 months",
    "Klinisches Bild: Fieber ≥ 38,5 °C UND mindestens eines der folgenden: Husten, Atemnot, Pneumonie (radiologisch).",
    "Heat-related illness (syndromic): chief complaint contains ('heat' & ('stroke' | 'exhaustion' | 'cramp')) OR ICD T67.*",
    "Opioid overdose (ED syndromic): CC ~ 'overdose|OD|narcan|naloxone' AND NOT 'denies'",
    "Resolution: case closed when 2 consecutive negative cultures ≥ 24 h apart, off antibiotics ≥ 48 h",
    "GI illness (syndromic): vomiting OR diarrhoea (≥ 3/24h); exclude if IBD/chronic diarrhoea known",
    "Vaccine-derived: VDPV type 2 if > 0.6% nt divergence from Sabin 2 in VP1 (≥ 6 nt changes)",
    "AMR alert: CRE = Enterobacterales resistant to ≥ 1 carbapenem (MIC meropenem > 8 mg/L) OR carbapenemase producer",
    "Yellow fever probable: fever + jaundice within 14 d of onset AND IgM + without YF vaccination in the last 30 days",
    "ARI = sudden onset AND (cough | sore throat | shortness of breath | coryza) AND clinician judgment of infection",
    "Caso confirmado de sarampo: caso suspeito com IgM reagente OU RT-PCR detectável, OU vínculo epidemiológico com caso confirmado laboratorialmente.",
    "Leptospirosis suspect: fever + myalgia (calves!) + conjunctival suffusion, with exposure to flood water/rodents in 30 d",
    "Ebola contact follow-up: 21 days from last exposure; twice-daily temp; alert if T ≥ 38.0 or any bleeding",
    "Varicella breakthrough: case ≥ 42 days after vaccination with wild-type VZV; typically < 50 lesions, mostly maculopapular",
    "CJD (probable sporadic): rapidly progressive dementia AND ≥ 2 of {myoclonus, visual/cerebellar, pyramidal/extrapyr., akinetic mutism} AND (typical EEG OR MRI OR 14-3-3 +)",
    "Post-exposure window: [last_exposure - 2d, last_exposure + 14d]",
    "Anthrax (cutaneous) suspect: painless papule → vesicle → black eschar, with contact w/ animals or animal products",
    "Scarlet fever: sore throat + sandpaper rash + strawberry tongue; confirm GAS by rapid Ag or culture",
]

_CD_DISEASES = [
    ("Influenza-like illness", ["fever", "cough", "sore throat", "myalgia"]),
    ("Suspected dengue", ["fever", "headache", "retro-orbital pain", "rash", "arthralgia"]),
    ("Suspected cholera", ["watery diarrhoea", "vomiting", "dehydration"]),
    ("Suspected measles", ["fever", "rash", "cough", "coryza", "conjunctivitis"]),
    ("Suspected mpox", ["rash", "lymphadenopathy", "fever", "myalgia"]),
    ("Suspected meningitis", ["fever", "stiff neck", "altered consciousness", "petechiae"]),
    ("Suspected leptospirosis", ["fever", "calf pain", "jaundice", "conjunctival suffusion"]),
]
_CD_STATUS = ["suspected", "probable", "confirmed"]
_CD_LAB = ["PCR +", "IgM +", "culture +", "NS1 +", "RDT +", "paired sera ≥4x rise"]
_CD_TEMPS = ["37.5", "38.0", "38.5", "39.0"]


def tpl_case_definitions(rng):
    disease, syms = rng.choice(_CD_DISEASES)
    a, b, c = rng.sample(syms, 3)
    shape = rng.randint(0, 2)
    if shape == 0:
        return "{d}: {a} AND ({b} OR {c})".format(d=disease, a=a, b=b, c=c)
    if shape == 1:
        return "{d} ({s}): temp >= {t} C AND ({b} | {c}){lab}".format(
            d=disease, s=rng.choice(_CD_STATUS), t=rng.choice(_CD_TEMPS), b=b, c=c,
            lab=" AND " + rng.choice(_CD_LAB) if rng.random() < 0.6 else "")
    return "{d} — {a} for >= {n} days AND ({b} OR {c}); lookback window = onset - {w}d".format(
        d=disease, a=a, n=rng.randint(2, 7), b=b, c=c, w=rng.choice([7, 10, 14, 21]))


# ---------------------------------------------------------------------------
# 3. Lab result comments (LOINC codes, units, <, >, ranges)
# ---------------------------------------------------------------------------
LAB_RESULT_COMMENTS = [
    "LOINC 94500-6 (SARS-CoV-2 RNA, resp, NAA+probe): DETECTED, Ct (N2) = 24.3",
    "Result < LOD (10 copies/mL). Reported as 'not detected'. Specimen slightly haemolysed.",
    "Ct value > 35 → weak positive; recommend recollection if clinically indicated.",
    "Specimen rejected: leaking container / unlabelled. Please recollect & resend with 2 identifiers.",
    "Culture: >10^5 CFU/mL E. coli; ESBL producer (cefotaxime R, ceftazidime R, meropenem S).",
    "Measles IgM: POSITIVE (index 3.2; cut-off ≥ 1.1). IgG: equivocal. Avidity testing sent to NRL.",
    "Serotype: Salmonella enterica ser. Typhimurium (4,[5],12:i:1,2) — monophasic variant excluded.",
    "WGS: ST11, cluster 2024-ENT-07 (≤ 5 allele diff. in cgMLST). Uploaded to national platform.",
    "HIV-1/2 Ag/Ab combo reactive; confirmatory differentiation assay: HIV-1 positive; viral load to follow.",
    "Sample received at 14:32, temp on arrival 9 °C (> 8 °C!). Processed anyway; result may be affected.",
    "Influenza A: DETECTED; subtype H1pdm09: NOT detected; H3: NOT detected → unsubtypable, forwarded to WHO CC.",
    "Comment from lab: \"Duplicate of accession 24-MB-01873; please disregard this report.\"",
    "GeneXpert MTB/RIF Ultra: MTB DETECTED LOW; RIF resistance NOT DETECTED.",
    "Dengue NS1 Ag: positive; IgM: negative; IgG: negative (primary infection, day 2).",
    "Plasmodium falciparum seen on thin film, parasitaemia 2.4 % (> 2% → severe criteria check).",
    "Stool O&P: Giardia lamblia cysts seen (+). Cryptosporidium Ag: negative.",
    "Lead (blood): 7.2 µg/dL — above reference value (≥ 3.5 µg/dL). Repeat venous sample in 1–3 months.",
    "LOINC 600-7 Bacteria identified in Blood by Culture: Streptococcus pneumoniae; serotype 19A pending.",
    "Result corrected 2024-03-12: previously reported 'Negative' in error (specimen swap). Correct result = POSITIVE.",
    "HBsAg reactive, anti-HBc IgM non-reactive, anti-HBc total reactive → chronic HBV likely; HBV DNA requested.",
    "Norovirus GII detected by RT-PCR (Ct 19). GI not detected. Genotyping: GII.4 Sydney[P16].",
    "Pertussis PCR (IS481): detected, Ct 31; IS1001 not detected → B. pertussis (not parapertussis).",
    "Water sample (tap, kitchen): E. coli 12 MPN/100 mL; total coliforms > 200.5 MPN/100 mL. Not compliant.",
    "Legionella pneumophila sg 1 from cooling tower (CT-2): 1.2 × 10^4 CFU/L; matches patient isolate by SBT (ST47).",
    "Gram stain: Gram-negative intracellular diplococci; culture pending. Called to Dr. Haddad 09:47 (read-back done).",
    "MIC (mg/L): AMP >32 R | CIP 0.5 I | CRO ≤0.25 S | AZM 8 S | SXT >4/76 R",
    "Interpretation per EUCAST v14.0 breakpoints; ciprofloxacin 'I' now reported as 'S, increased exposure'.",
    "Specimen type mismatch: request says 'NP swab' but tube is labelled 'throat'. Tested as received.",
    "Zika RNA (urine): not detected; serum: detected, Ct 36.8 — low viral load; consider PRNT for confirmation.",
    "CSF: WBC 1,250/µL (90% PMN), protein 2.1 g/L, glucose 1.1 mmol/L (CSF/serum ratio 0.2).",
    "STEC: stx2 +, eae +, O157 by latex agglutination; stx1 −. Reported to enteric surveillance <24h.",
    "Test performed at reference lab (Institut Pasteur). Report in French attached: « Présence d'ADN de Bordetella pertussis ».",
    "Mumps IgM equivocal (0.9–1.1). Recommend buccal swab PCR within 5 days of parotitis onset.",
    "Rabies DFA on brain tissue (bat, found in bedroom): NEGATIVE. PEP may be discontinued per clinician.",
    "SARS-CoV-2 lineage (Pango): JN.1.11.1 (via Nextclade 3.3); mutations: S:F456L, S:R346T.",
    "Chlamydia/Gonorrhoea NAAT: CT detected, NG not detected. Test-of-cure not routinely needed.",
    "Sample volume insufficient (< 0.5 mL) for full panel; prioritised HIV VL per clinician's request.",
    "QC failure on run #2024-0311-B; all results from that run re-tested on 12/03 — no changes.",
    "Carbapenemase PCR: blaKPC −, blaNDM +, blaOXA-48 −, blaVIM −, blaIMP −. Isolate sent to NRL for WGS.",
    "C. difficile: GDH +, toxin A/B EIA −, tcdB PCR + → colonisation vs infection, clinical correlation required.",
    "Mycoplasma pneumoniae PCR: detected; macrolide-resistance mutation (A2063G) detected.",
    "Hantavirus IgM positive (Puumala). Patient reports cleaning a cabin/shed in March.",
    "Result: Positive for Candida auris (MALDI-TOF, score 2.13). Notify IPC immediately — alert organism.",
    "Muestra recibida sin cadena de frío (22 °C). Resultado: RT-PCR para sarampión NO DETECTABLE. Se recomienda nueva muestra.",
    "Antigen test lot 2403A recalled by manufacturer (false positives). Results between 01–15 Mar flagged for review.",
    "pH 6.8; turbidity 4.2 NTU (> 1 NTU limit); free chlorine < 0.1 mg/L — boil water notice recommended.",
    "LOINC 5198-7 HBsAg: reactive (S/CO 245.6). LOINC 16935-9 HBsAb: < 10 mIU/mL.",
    "Pooled sample (5 swabs) positive → individual testing in progress, results ETA 18:00.",
    "HPAI H5N1: influenza A M gene Ct 28.7; H5 Ct 30.1; N1 Ct 31.4. Clade 2.3.4.4b confirmed by sequencing.",
    "TPPA reactive, RPR 1:32 → active syphilis likely; previous RPR (2023-08) 1:2.",
    "Wastewater (site WWTP-N, 2024-W07): SARS-CoV-2 N1 = 4.3e5 copies/L, normalised by PMMoV: 0.0021.",
    "Bottle #2 (anaerobic) positive at 18 h; #1 no growth at 5 d. Likely contaminant (CoNS) — single bottle.",
]

_LAB_TESTS = [
    ("94500-6", "SARS-CoV-2 RNA", ["DETECTED", "NOT DETECTED", "INCONCLUSIVE"], "Ct", "", "< 40"),
    ("92142-9", "Influenza A RNA", ["DETECTED", "NOT DETECTED"], "Ct", "", "< 38"),
    ("5198-7", "HBsAg", ["REACTIVE", "NON-REACTIVE"], "S/CO", "", "< 1.0"),
    ("22496-1", "Measles IgM", ["POSITIVE", "NEGATIVE", "EQUIVOCAL"], "index", "", "< 0.9"),
    ("5671-3", "Lead [Mass/volume] in Blood", ["ELEVATED", "within range"], "", "µg/dL", "< 3.5"),
    ("625-4", "Bacteria identified in Stool by Culture", ["Salmonella spp.", "no enteric pathogens"], "", "", "n/a"),
    ("40681-6", "Legionella Ag [Presence] in Urine", ["POSITIVE", "NEGATIVE"], "", "", "negative"),
    ("75377-5", "Dengue virus NS1 Ag", ["POSITIVE", "NEGATIVE"], "", "", "negative"),
]
_LAB_COMMENTS = [
    "Verified by senior scientist.",
    "Repeat testing recommended in 7–10 days.",
    "Sample received > 72 h after collection.",
    "Result phoned to ward at 11:05.",
    "Sent to reference lab for confirmation.",
    "Interpret with clinical findings.",
    "Specimen: NP swab in VTM.",
    "Amended report — replaces version 1.",
]


def tpl_lab_result_comments(rng):
    code, name, results, metric, unit, ref = rng.choice(_LAB_TESTS)
    res = rng.choice(results)
    detail = ""
    if metric:
        detail = " ({m} {v:.1f})".format(m=metric, v=rng.uniform(12, 39))
    elif unit:
        detail = " ({v:.1f} {u}; ref {r})".format(v=rng.uniform(0.5, 25), u=unit, r=ref)
    return "LOINC {c} {n}: {r}{d}. {k}".format(c=code, n=name, r=res, d=detail,
                                             k=rng.choice(_LAB_COMMENTS))


# ---------------------------------------------------------------------------
# 4. Code look-ups typed into search boxes (ICD-10, ICD-11, LOINC, SNOMED)
# ---------------------------------------------------------------------------
CODE_LOOKUPS = [
    "A09 infectious gastroenteritis",
    "J10.1 influenza w/ other resp manifestations",
    "U07.1",
    "B05.9 measles without complication",
    "A15.0 tuberculosis of lung, confirmed",
    "A00.* cholera",
    "J09-J18",
    "R50.9 fever, unspecified",
    "loinc 94500-6",
    "94309-2 OR 94500-6 OR 95406-5",
    "snomed 840539006 | COVID-19 |",
    "A90 dengue fever [classical dengue]",
    "A91 dengue haemorrhagic fever",
    "T67.0 heatstroke and sunstroke",
    "W54.0XXA bitten by dog, initial encounter",
    "Z20.822 contact with and (suspected) exposure to COVID-19",
    "A37.01 whooping cough due to Bordetella pertussis with pneumonia",
    "salmonella -typhi",
    "\"acute flaccid paralysis\"",
    "code:A02.0 OR code:A02.1",
    "B01 varicella (chickenpox)",
    "A39.0 meningococcal meningitis",
    "hep B chronic (B18.1) vs acute (B16.9)?",
    "what's the ICD-10 for mpox? B04",
    "LP6373-4 bacteria identified",
    "26464-8 leukocytes",
    "A08.11 acute gastroenteropathy due to Norwalk agent",
    "A48.1 Legionnaires' disease",
    "X31 exposure to excessive natural cold",
    "T40.1X1A poisoning by heroin, accidental",
    "T40.4* synthetic narcotics (fentanyl)",
    "ICD-11 1D64 dengue without warning signs",
    "grippe saisonnière J11",
    "sarampión B05",
    "туберкулёз A15-A19",
    "流行性感冒 J11.1",
    "O98.4 viral hepatitis complicating pregnancy",
    "A05.1 botulism food poisoning",
    "B50-B54 malaria (all)",
    "Z11.52 encounter for screening for COVID-19",
    "J12.82 pneumonia due to coronavirus disease 2019",
    "R21 rash & other nonspecific skin eruption",
    "A82.9 rabies, unspecified",
    "B20 HIV disease",
    "A54 gonococcal infection NOT A54.0",
    "icd10 starts with \"A0\"",
    "ICD10:A01.0 typhoid fever",
    "Y95 nosocomial condition",
    "U07.2 COVID-19, virus not identified (clinical/epi dx)",
    "A27.0 leptospirosis icterohaemorrhagica (Weil's disease)",
    "J06.9 URTI; J20.9 acute bronchitis; J22 unspec. acute LRTI",
    "LOINC 'Influenza virus A RNA'",
    "A41.9 sepsis, unspecified organism",
    "B37.9 candidiasis / C. auris?",
]

_CODES = [
    ("A01.0", "typhoid fever"), ("A02.0", "Salmonella enteritis"), ("A03.9", "shigellosis, unspecified"),
    ("A04.7", "enterocolitis due to C. difficile"), ("A06.0", "acute amoebic dysentery"),
    ("A08.0", "rotaviral enteritis"), ("A20.9", "plague, unspecified"), ("A22.9", "anthrax, unspecified"),
    ("A33", "tetanus neonatorum"), ("A36.9", "diphtheria, unspecified"), ("A75.0", "epidemic louse-borne typhus"),
    ("A92.0", "chikungunya virus disease"), ("A95.9", "yellow fever, unspecified"),
    ("A98.4", "Ebola virus disease"), ("B15.9", "hepatitis A without hepatic coma"),
    ("B26.9", "mumps without complication"), ("B06.9", "rubella without complication"),
    ("J11.1", "influenza, virus not identified, other resp."), ("A87.9", "viral meningitis, unspecified"),
    ("A92.5", "Zika virus disease"), ("B55.0", "visceral leishmaniasis"), ("B65.9", "schistosomiasis, unspecified"),
]


def tpl_code_lookups(rng):
    (c1, d1), (c2, d2) = rng.sample(_CODES, 2)
    shape = rng.randint(0, 4)
    if shape == 0:
        return "{c} {d}".format(c=c1, d=d1)
    if shape == 1:
        return "{d} ({c})".format(c=c1, d=d1)
    if shape == 2:
        return "{a} OR {b}".format(a=c1, b=c2)
    if shape == 3:
        return "icd10:{c}*".format(c=c1.split(".")[0])
    return "\"{d}\" -{c}".format(d=d1, c=c2)


# ---------------------------------------------------------------------------
# 5. Analyst snippets pasted into notes (R, Stata, SQL, Python, shell)
# ---------------------------------------------------------------------------
ANALYST_SNIPPETS = [
    "SELECT district, COUNT(*) AS n FROM line_list WHERE onset_date >= '2024-01-01' GROUP BY district ORDER BY n DESC;",
    "df %>% filter(case_status == \"confirmed\", age >= 65) %>% count(epi_week)",
    "tab district case_status if onset_date >= td(01jan2024), row",
    "ll <- read.csv(\"exports/linelist_2024-W07.csv\", stringsAsFactors = FALSE)",
    "cases[cases$age < 5 & !is.na(cases$age), ]",
    "drop if missing(onset_date) | onset_date > td(31dec2024)",
    "SELECT * FROM lab_results WHERE loinc IN ('94500-6','94309-2') AND result = 'DETECTED';",
    "incidence(ll$onset, interval = \"1 week\") |> plot(border = \"white\")",
    "UPDATE cases SET district = 'Nord-Est' WHERE case_id = 'SUR-2024-00412'; -- fixed geocoding, see ticket 318",
    "gen age_grp = cond(age < 5, 1, cond(age < 15, 2, cond(age < 65, 3, 4)))",
    "# R: epicurve\nggplot(ll, aes(x = onset_week, fill = outcome)) +\n  geom_bar() +\n  labs(title = \"Cases by week of onset\")",
    "pd.read_csv('linelist.csv', parse_dates=['onset_date']).query('age >= 65 and status == \"confirmed\"')",
    "WITH wk AS (SELECT date_trunc('week', onset_date) AS w, count(*) c FROM cases GROUP BY 1) SELECT w, c, avg(c) OVER (ORDER BY w ROWS 3 PRECEDING) FROM wk;",
    "collapse (count) n=case_id, by(epiweek region)\nreshape wide n, i(epiweek) j(region) string",
    "ll$cfr <- round(100 * ll$deaths / ll$cases, 1) # CFR %",
    "DELETE FROM staging_elr WHERE received_at < now() - interval '30 days'; -- retention job, approved by DPO",
    "library(EpiEstim); res <- estimate_R(incid, method = \"parametric_si\", config = make_config(list(mean_si = 4.7, std_si = 2.9)))",
    "Rt > 1 since W05 (estimate_R, 7-day windows); see attached plot",
    "merge 1:1 case_id using \"lab_2024.dta\", keep(master match) nogen",
    "SELECT c.case_id, l.result FROM cases c LEFT JOIN lab l ON l.case_id = c.case_id WHERE l.case_id IS NULL; -- cases w/o lab",
    "summary(glm(ill ~ ate_chicken + ate_rice + ate_salad, family = binomial, data = cohort))",
    "cs ill ate_potato_salad, exact  // RR = 4.2 (95% CI 2.1–8.4)",
    "cc case exposure_pool, woolf",
    "ll <- ll[!duplicated(ll[, c(\"name_norm\", \"dob\")]), ]  # dedupe on name + DOB",
    "grepl(\"^A0[0-9]\", icd10)",
    "SELECT epi_week, SUM(CASE WHEN outcome = 'died' THEN 1 ELSE 0 END) * 100.0 / COUNT(*) AS cfr FROM cases GROUP BY epi_week;",
    "Sys.setlocale(\"LC_TIME\", \"fr_FR.UTF-8\"); format(as.Date(\"2024-02-13\"), \"%A %d %B %Y\")",
    "egen wk = group(epiweek)\nxtset district wk\nxtpoisson cases i.wk, fe exposure(pop)",
    "sqlite3 surveillance.db \".mode csv\" \"select * from cases where week='2024-W07'\" > w07.csv",
    "awk -F',' '$5 == \"confirmed\" {n++} END {print n}' linelist.csv",
    "df['age_grp'] = pd.cut(df.age, bins=[0, 5, 15, 65, 120], right=False, labels=['<5','5-14','15-64','65+'])",
    "mutate(onset_week = aweek::date2week(onset_date, week_start = \"Monday\", floor_day = TRUE))",
    "SELECT region, percentile_cont(0.5) WITHIN GROUP (ORDER BY delay_days) FROM notif_delay GROUP BY region;",
    "x <- c(12, 15, 9, 22, 31); sum(x[x > 10]) / length(x)",
    "replace outcome = \"recovered\" if outcome == \"recoverd\" // typo fix from field forms",
    "proc freq data=ll; tables district*case_status / nocol nopercent; where year(onset) = 2024; run;",
    "=COUNTIFS(B:B,\">=2024-01-01\",D:D,\"confirmed\")",
    "=IFERROR(VLOOKUP(A2,lab!A:F,6,FALSE),\"no lab\")",
    "python -m surveil.export --week 2024-W07 --format csv --out exports/",
    "Rscript -e \"rmarkdown::render('sitrep.Rmd', params = list(week = '2024-W07'))\"",
    "SELECT COUNT(DISTINCT patient_id) FROM cases WHERE icd10 LIKE 'A0%' AND onset_date BETWEEN '2024-02-01' AND '2024-02-29';",
    "poisson_model <- glm(cases ~ offset(log(pop)) + factor(week), family = poisson)",
    "# exclude test records\nll <- subset(ll, !grepl(\"TEST|DUMMY\", toupper(name)))",
    "local vars age sex district\nforeach v of local vars {\n  tab `v', missing\n}",
    "surveillance::farringtonFlexible(sts, control = list(b = 5, w = 3))  # aberration detection",
    "PRAGMA table_info(cases);  -- checking column types in the offline SQLite copy",
    "dplyr::anti_join(elr, cases, by = c(\"accession\" = \"lab_accession\"))",
    "jq '.entry[].resource | select(.resourceType == \"Observation\") | .code.coding[0].code' bundle.json",
    "SELECT * FROM cases WHERE name ILIKE '%o''brien%';  -- note the doubled quote",
    "time.sleep(2)  # be nice to the FHIR server between pages",
    "for f in exports/*.csv; do wc -l \"$f\"; done",
    "cat(sprintf(\"%s: %d cases (%.1f%%)\\n\", names(tab), tab, 100 * prop.table(tab)))",
    "import pandas as pd\nll = pd.read_excel('LL_cholera_W07.xlsx', sheet_name='Line list', skiprows=2)\nll.groupby('commune').size().sort_values(ascending=False).head(10)",
    "system(\"Rscript make_maps.R\")  # runs after the nightly export",
]

_SN_COLS = ["district", "epi_week", "age_grp", "sex", "case_status", "outcome", "region", "lab_result"]
_SN_TABLES = ["cases", "line_list", "lab_results", "contacts", "elr_inbox"]
_SN_DISEASES = ["measles", "cholera", "dengue", "influenza", "pertussis", "mpox", "salmonellosis"]


def tpl_analyst_snippets(rng):
    col = rng.choice(_SN_COLS)
    wk = "2024-W%02d" % rng.randint(1, 30)
    dis = rng.choice(_SN_DISEASES)
    shape = rng.randint(0, 3)
    if shape == 0:
        return "SELECT {c}, COUNT(*) AS n FROM {t} WHERE disease = '{d}' AND epi_week >= '{w}' GROUP BY {c};".format(
            c=col, t=rng.choice(_SN_TABLES), d=dis, w=wk)
    if shape == 1:
        return "ll %>% filter(disease == \"{d}\", epi_week >= \"{w}\") %>% count({c}, sort = TRUE)".format(
            d=dis, w=wk, c=col)
    if shape == 2:
        return "tab {c} if disease == \"{d}\" & age >= {a}, missing".format(c=col, d=dis, a=rng.choice([5, 15, 18, 65]))
    return "df[(df.disease == '{d}') & (df.epi_week >= '{w}')].groupby('{c}').size()".format(d=dis, w=wk, c=col)


# ---------------------------------------------------------------------------
# 6. Dashboard filter strings
# ---------------------------------------------------------------------------
DASHBOARD_FILTERS = [
    "week >= 2024-W01 AND week <= 2024-W10",
    "region=Nord&disease=measles&status=confirmed,probable",
    "age:[0 TO 4] AND sex:F",
    "disease in (cholera, AWD) | district = 'Kasai-Oriental'",
    "onset_date:2024-02-01..2024-02-29",
    "status != discarded && lab_result = positive",
    "?from=2024-W05&to=2024-W09&agg=week&metric=incidence_per_100k",
    "hospitalized=yes;icu=yes;vaccinated=no",
    "district:\"Côte-d'Or\" disease:salmonellosis",
    "age_group = '65+' OR comorbidity = 'diabetes'",
    "sort=-cases&limit=25&page=2",
    "filter[disease]=dengue&filter[serotype]=DENV-2&filter[week][gte]=2024-W03",
    "{\"disease\":\"influenza\",\"subtype\":[\"H1pdm09\",\"H3\"],\"weeks\":[\"2024-W01\",\"2024-W08\"]}",
    "cases > 10 and trend = 'increasing'",
    "show: incidence | stratify: age_group × sex | period: last 12 weeks",
    "province=Ituri;zone_de_sante=Bunia|Nyankunde|Rwampara",
    "rate per 100 000 >= 5.0",
    "region=Île-de-France&dep=75|92|93|94",
    "lab=NRL-*&specimen=CSF",
    "$filter=disease eq 'mpox' and onset ge 2024-01-01",
    "q=cluster_id:CL-2024-0*",
    "outcome=died&cause=\"Legionnaires' disease\"",
    "map: choropleth; breaks: 0, 1, 5, 10, 50, >50; palette: YlOrRd",
    "week between 2023-W52 and 2024-W04 (year boundary!)",
    "country in ('CD','UG','RW','BI') & source = IDSR",
    "notif_delay_days > 7 & reporting_unit != 'private'",
    "age >= 18 && age < 65 && pregnant == true",
    "district=Mbeya&ward=Iyunga&facility=Mbeya%20Zonal%20Referral",
    "disease=\"E. coli (STEC)\" AND serogroup<>O157",
    "ct < 30 AND variant = 'JN.1*'",
    "metric=positivity; denominator=tests; threshold=10%",
    "sentinel_site = \"Hôpital Saint-Joseph\" / ILI / W06",
    "pathogen ~ /^(RSV|hMPV)/",
    "geo: 0.3476,32.5825 radius: 25km",
    "ward = 4B OR ward = 4C; admission >= 2024-03-01",
    "disease = 'Hepatitis A' and product_lot = '2311-B'",
    "comparison: 2024 vs avg(2019, 2022, 2023) — 2020/2021 excluded (COVID)",
    "tag:\"outbreak\" -tag:\"closed\"",
    "省份=广东 AND 病种=登革热 AND 周次>=2024-W20",
    "région = 'Hauts-de-France' ET maladie = 'rougeole'",
    "interval=day&smooth=7&log=true",
    "vaccine_doses < 2 || vaccine_status == \"unknown\"",
    "lab_result IN ('POS','DETECTED','REACTIVE')",
    "facility_type=hospital,clinic&exclude=military",
    "group by: commune; top: 10; min cases: 3",
    "x=epi_week&y=cases&color=age_group&facet=region",
    "year=2024&week=7&layer=wastewater&site=WWTP-N,WWTP-S",
    "threshold_alert: cases_this_week > 2 * mean(last 5y same week ± 2)",
    "status:(confirmed OR probable) AND NOT imported:true",
    "district ∈ {Nord, Nord-Est, Centre}",
    "departamento=Antioquia&evento=dengue&semana=1-12",
]

_DF_DISEASES = ["measles", "cholera", "dengue", "mpox", "pertussis", "influenza", "hepatitis-a", "meningitis"]
_DF_REGIONS = ["Nord", "Sud-Ouest", "Centre", "Littoral", "Kasai", "Ituri", "Mbeya", "Antioquia", "Hauts-de-France"]
_DF_STATUS = ["confirmed", "probable", "suspected", "confirmed,probable", "all"]
_DF_METRICS = ["cases", "incidence_per_100k", "deaths", "cfr", "positivity"]


def tpl_dashboard_filters(rng):
    w1 = rng.randint(1, 40)
    w2 = w1 + rng.randint(1, 10)
    if rng.random() < 0.5:
        return "disease={d}&region={r}&from=2024-W{a:02d}&to=2024-W{b:02d}&status={s}&metric={m}".format(
            d=rng.choice(_DF_DISEASES), r=rng.choice(_DF_REGIONS), a=w1, b=w2,
            s=rng.choice(_DF_STATUS), m=rng.choice(_DF_METRICS))
    return "disease = '{d}' AND region = '{r}' AND week >= 2024-W{a:02d} AND {m} > {n}".format(
        d=rng.choice(_DF_DISEASES), r=rng.choice(_DF_REGIONS), a=w1,
        m=rng.choice(_DF_METRICS), n=rng.choice([0, 1, 5, 10, 25]))


# ---------------------------------------------------------------------------
# 7. Contact-tracing logs
# ---------------------------------------------------------------------------
CONTACT_TRACING_LOGS = [
    "Contact #3 (sister, 14 y) — last exposure 2024-02-10 (shared bedroom). Day 5 of 21 follow-up; no symptoms today, T 36.8.",
    "Called 3x (09:10, 13:45, 17:20), no answer. SMS sent. Will try home visit tomorrow.",
    "Contact says she 'never got close, maybe 1 m for 5 min' — classified as low-risk, not close contact.",
    "Day 14: afebrile, no rash → released from monitoring. Letter sent via post & email.",
    "Workplace: 18 colleagues in open-plan office; 6 sat within 2 m → listed as close contacts (C-0412 to C-0417).",
    "Flight TK1836 IST→BRU 12/03, row 23; passengers in rows 21–25 to be traced via airline manifest (requested 14/03).",
    "Contact refused quarantine: 'I have to work, I can't lose my job.' Discussed support (food parcel, sick pay letter).",
    "Secondary case identified! Contact C-0415 developed fever on day 6; tested & positive → converted to case SUR-2024-00588.",
    "Household contact (grandmother, 78 y, COPD) — offered PEP; accepted. 1st dose given 15:30 at home.",
    "Lost to follow-up after day 9 — phone disconnected; neighbour says family travelled to the village.",
    "Temp log: D1 36.6 | D2 36.9 | D3 37.1 | D4 37.8 (!) | D5 38.2 → referred for testing.",
    "School class 3B: 24 pupils + 2 teachers. Letters sent home; parents asked to report any rash/fever until 02/04.",
    "Contact n°7 : collègue de bureau, dernier contact le 08/03. Asymptomatique à J10. Suivi téléphonique quotidien.",
    "Contacto intradomiciliario (esposo). Sin síntomas al día 7. Se le indicó uso de mascarilla y no compartir utensilios.",
    "Mtu wa karibu nambari 4: mtoto wa miaka 6, hana dalili leo. Ufuatiliaji wa siku 21 unaendelea.",
    "Index case lists 'about 10 people' at the party but only knows 4 names; host shared a WhatsApp group list (31 members).",
    "Contact is a healthcare worker (ED nurse) — excluded from work for 10 days per HCW policy; occupational health informed.",
    "No symptoms reported today. Note: contact asked whether she can attend her brother's wedding on Sat — advised against.",
    "Visited household 11:00. 5 people present; thermometer readings: 36.5 / 36.7 / 37.0 / 36.4 / 36.6. All well.",
    "Contact traced via QR check-in data (venue: 'Blue Lagoon Bar', 21:00–23:30). 47 check-ins; SMS sent to all.",
    "Contact tracing closed for cluster CL-2024-009: 62 contacts, 58 completed follow-up, 3 LTFU, 1 became case.",
    "Language barrier (Tigrinya). Used phone interpreter (ID #4471). Contact understood instructions & has a thermometer.",
    "Contact doesn't have a phone; neighbour's number given (ask for 'Mama Grace').",
    "Contact declined testing — 'I had it last year, I'm immune'. Explained reinfection risk; still declined. Documented.",
    "Ring vaccination: 34 contacts + 61 contacts-of-contacts vaccinated (rVSV-ZEBOV) 20–22 Feb.",
    "Contact works as a taxi driver — drove index to hospital on 04/03 (~25 min, windows closed). Close contact: YES.",
    "Exposure: shared needle/syringe with index (per index). Contact referred to harm reduction service + HCV/HIV testing.",
    "Partner notification: 2 of 3 named partners reached; 3rd partner (only first name 'Alex' + Instagram handle) — cannot trace.",
    "D21 follow-up complete. Contact 'feels fine, just tired from work'. Closed.",
    "Contact on day 3 reports sore throat & mild cough, no fever. Rapid test neg; PCR ordered; stay home until result.",
    "Same household as cases 0412 & 0413 → contact is exposed to 2 cases; follow-up extended to 21 d after last case's isolation.",
    "Bus route 42, 08:15 departure, 06/03 — public appeal posted on website & radio (FR/EN/Lingala).",
    "Prison contact list (block C, cell 12–18) received from facility nurse; 26 inmates + 4 guards.",
    "Monitored via app (daily check-in). Missed check-in D8 & D9 → call placed; contact forgot, symptom-free.",
    "संपर्क व्यक्ति (पड़ोसी) – 12 मार्च को अंतिम संपर्क। आज कोई लक्षण नहीं। तापमान 36.7°C।",
    "Contact aged 4 months — too young for MMR; IG given within 6 days of exposure (03/03).",
    "Index attended gym 3x during infectious period (Mon/Wed/Fri evenings). Gym manager shared class attendance sheets.",
    "Contact in another jurisdiction (Province B). Transferred via interjurisdictional form; ack received 12:40.",
    "Contact self-reports 'feverish' but T = 37.2 °C (oral). Asked to re-measure in 4 h and call back.",
    "Household: 8 people in 2 rooms; isolation not feasible → offered isolation facility, family accepted for index only.",
    "Traveller from affected area; 21-day monitoring started at PoE (arrival 2024-02-27). Next check: D7 = 05/03.",
    "Contact list from index: 1) Maria (mother) 2) Jonas (roommate) 3) 'the guy from the climbing gym' 4) colleague Priya.",
    "Contact asked 'Can my kids still go to school?' — yes, as long as they have no symptoms; not contacts themselves.",
    "Contact is pregnant (28 wks). Informed obstetrician; varicella IgG checked → immune (positive). No VZIG needed.",
    "Follow-up on day 10 done via video call (WhatsApp) — mild rash on arms? Asked to come for swab tomorrow 09:00.",
    "Contato domiciliar (avó, 66 anos). Assintomática no D12. Orientada sobre sinais de alarme; telefone atualizado.",
    "All 12 daycare contacts screened (stool culture) — 2 asymptomatic shedders (Shigella sonnei) excluded until 2 neg cultures.",
    "Contact is deaf; communication by text/SMS only. Prefers messages before 20:00.",
]

_CT_REL = [("mother", 22, 55), ("father", 24, 60), ("son", 1, 30), ("daughter", 1, 30),
           ("roommate", 18, 35), ("colleague", 20, 64), ("classmate", 6, 17), ("partner", 19, 70),
           ("neighbour", 5, 80), ("grandfather", 58, 90), ("cousin", 3, 40), ("carer", 25, 60),
           ("teammate", 14, 40), ("bus driver", 30, 62)]
_CT_STATUS = [
    "no symptoms",
    "well, no fever",
    "mild headache, no fever",
    "sore throat since this morning → test booked",
    "not reached (2 calls), SMS sent",
    "asymptomatic; reminded about mask & hand hygiene",
    "rash on arms?? → home visit tomorrow",
    "fever reported → referred for sampling",
    "completed follow-up, released",
]


def tpl_contact_tracing_logs(rng):
    period = rng.choice([10, 14, 21])
    rel, lo, hi = rng.choice(_CT_REL)
    return "Contact C-{n:04d} ({rel}, {age} y) — day {d} of {p}: {st}. T {t:.1f} °C.".format(
        n=rng.randint(100, 999), rel=rel, age=rng.randint(lo, hi),
        d=rng.randint(1, period), p=period, st=rng.choice(_CT_STATUS), t=rng.uniform(36.1, 38.4))


# ---------------------------------------------------------------------------
# 8. Outbreak investigation notes and situation-report text
# ---------------------------------------------------------------------------
OUTBREAK_SITREP = [
    "Situation as of 2024-W07: 143 cases (38 confirmed, 105 suspected), 4 deaths (CFR 2.8%). Weekly incidence ↑ 35% vs W06.",
    "Hypothesis: common-source outbreak linked to the wedding buffet on 10/02; epi curve shows a single peak ~24–36 h after the meal.",
    "Key actions this week: (1) water chlorination in 3 villages; (2) ORPs set up; (3) community sensitisation via radio.",
    "Cohort study results: potato salad RR 6.3 (95% CI 3.1–12.8); chicken RR 1.1 (0.6–2.0); rice RR 0.9. → potato salad most likely vehicle.",
    "The outbreak is NOT over — 2 new cases with onset in W08; declaration of end requires 2 × max incubation (42 days for Ebola) without new cases.",
    "Environmental samples: kitchen drain swab & leftover mayonnaise positive for S. Enteritidis; same WGS cluster as patient isolates.",
    "Risk assessment: overall national risk MODERATE; regional risk HIGH (low vaccination coverage < 80% in 4 districts).",
    "Media: local newspaper article ('Mystery illness at school') caused calls; hotline received 212 calls on 14/03 alone.",
    "Gaps & challenges: delays in sample transport (avg 4.2 days), stock-out of RDTs in Zone B, 2 vaccinators on leave.",
    "Point de situation S07 : 58 cas suspects de rougeole dont 12 confirmés ; 70 % des cas âgés de moins de 5 ans ; aucun décès.",
    "Brote de hepatitis A en guardería: 7 casos (5 niños, 2 cuidadoras). Se vacunó a 48 contactos. Se reforzó el lavado de manos.",
    "Site visit to restaurant 'Golden Dragon' 15/05 10:00 — cold holding at 12 °C (should be ≤ 5 °C); no hand-wash soap; closed voluntarily.",
    "Attack rate among guests: 46/112 = 41%. Among staff: 3/9 = 33%. Median incubation 31 h (range 12–70).",
    "Recommendation: reinforce IPC in ward 4B (contact precautions + dedicated equipment), cohort C. auris patients, screen admissions.",
    "The signal came from syndromic surveillance (ED visits for GI illness ↑ 3 SD above baseline in ZIP 30312, 28–29 Feb).",
    "Lessons learned: line list versions kept by email were a nightmare → next time use a shared DB w/ access control & audit log.",
    "Vaccination campaign (OCV, 1 dose): target 120 000; achieved 108 450 (90.4%). Lowest coverage in Commune 3 (71%).",
    "Epi curve description: propagated pattern with successive peaks ~ 12 days apart, consistent w/ person-to-person spread (measles).",
    "Outbreak control team meeting #4 — attendees: EH, lab, comms, IPC, local council. Next meeting Thu 14:00 (Teams).",
    "Trace-back: all 9 cases bought cucumbers at 3 different supermarkets; common supplier = 'GreenFields Ltd' (farm in region X).",
    "Declared over on 2024-04-30 (42 days after last case's 2nd negative test). Final tally: 31 cases, 2 deaths.",
    "Vector surveillance: Aedes aegypti house index 23% (> 5% threshold), Breteau index 41; larviciding started in hotspot blocks.",
    "Mortality: 3 deaths among cases ≥ 75 y with comorbidities (COPD, CHF, CKD); none in children.",
    "Press release draft: 'There is no ongoing risk to the public from the swimming pool, which reopened on 18 July after hyperchlorination.'",
    "Animal health: 14 dead crows & 2 horses with neuro signs in the area → WNV suspected; One Health call scheduled.",
    "Sitrep #12 — key figures:\n• Cases: 1 204 (+87)\n• Deaths: 19 (+1)\n• Contacts under follow-up: 3 410\n• Follow-up rate: 94 %",
    "Epi link: cases 7 & 11 both attended the same hookah lounge on 02/03; no other link found. Investigated as a possible cluster.",
    "Preliminary finding: likely waterborne; the 4 affected streets share one water main that was repaired on 06/06 (pressure drop).",
    "OCT decision: close the school Mon–Wed for deep cleaning; reopen Thu if no new cases (vote 6–1).",
    "Case–control: 24 cases, 48 controls matched by age & neighbourhood. Eating at kebab shop X: OR 8.7 (2.4–31.5), p < 0.001.",
    "Alert threshold exceeded in district Y (W06: 12 cases vs threshold 8). Field team dispatched 15/02; verification ongoing.",
    "Ausbruch in Pflegeheim: 23 Bewohner und 7 Mitarbeitende mit Gastroenteritis; Norovirus GII bestätigt. Besuchsverbot bis auf Weiteres.",
    "Funding: emergency response fund request #ERF-24-03 ($ 45,000) approved for logistics & RDTs.",
    "Surge staff: 6 epidemiologists deployed (2 from region A, 4 from national pool) for 3 weeks; accommodation booked.",
    "Regional ECDC/WHO notification sent via EWRS/IHR channel on 2024-03-08 (Art. 6).",
    "Laporan KLB diare di Desa Sukamaju: 47 kasus, 2 meninggal. Sumber air sumur diduga tercemar; kaporitisasi dilakukan.",
    "Clinical picture: predominantly mild (85%), 12 hospitalisations, 0 ICU. Common symptoms: diarrhoea (94%), cramps (81%), fever (46%).",
    "Timeline: 01/03 first case notified → 03/03 cluster recognised → 05/03 OCT convened → 08/03 source identified → 10/03 product recall.",
    "Hypothesis-generating questionnaire (trawling) done with 8 cases; items eaten by ≥ 50%: bagged salad, chicken, hummus.",
    "Next steps: (a) finalise analytic study; (b) share WGS with neighbouring countries; (c) draft the final report by 30/06.",
    "Difficulty: 30% of cases gave a PO box or 'no fixed address' → geocoding incomplete; used facility location as proxy.",
    "Current Rt estimate: 1.3 (95% CrI 1.1–1.6) using 7-day sliding window; doubling time ~ 9 days.",
    "Community feedback (rumour log): 'The vaccine makes men infertile' heard in 3 markets — addressed via imams & radio Q&A.",
    "Cross-border meeting with counterparts from the other side of the river (Mon) — agreed on weekly data exchange every Friday.",
    "Cases by setting: household 41%, school 22%, healthcare 9%, workplace 8%, unknown 20%.",
    "We can't exclude a second source — 2 cases (Oct 2 & Oct 5) have no exposure to the festival; interviewing them again.",
    "تقرير الوضع الأسبوعي: ٢٣ حالة اشتباه بالحصبة، ٦ حالات مؤكدة مخبرياً، ولا وفيات. بدأت حملة التطعيم يوم الأحد.",
    "Final report: outbreak of Cryptosporidium hominis associated with a splash pad; 74 cases; filtration upgraded & UV installed.",
]

_OS_DISEASES = ["cholera", "measles", "dengue", "mpox", "diphtheria", "meningitis", "norovirus", "hepatitis E"]
_OS_PLACES = ["Kasai", "Commune 3", "Ituri", "Zone B", "Mbeya", "district Y", "Nord-Est", "camp Kakuma-4"]
_OS_TRENDS = ["↑ 12%", "↑ 40%", "stable", "↓ 18%", "↓ 5%", "↑ 3%"]
_OS_ACTIONS = [
    "Reactive vaccination planned for W+2.",
    "2 CTCs operational; bed occupancy 78%.",
    "Lab confirmation pending for 14 samples.",
    "Risk communication in FR/EN & local languages.",
    "Stock of RDTs sufficient for 3 weeks.",
    "Field team rotates on Monday.",
    "WASH partners distributing aquatabs & soap.",
    "Next OCT meeting: Thursday 10:00.",
]


def tpl_outbreak_sitrep(rng):
    wk = rng.randint(2, 40)
    n = rng.randint(12, 2400)
    c = rng.randint(1, max(2, n // 3))
    d = rng.randint(0, max(1, n // 40))
    return "Sitrep 2024-W{w:02d} — {dis}, {pl}: {n} cases ({c} confirmed), {d} deaths; {t} vs W{p:02d}. {a}".format(
        w=wk, dis=rng.choice(_OS_DISEASES), pl=rng.choice(_OS_PLACES), n=n, c=c, d=d,
        t=rng.choice(_OS_TRENDS), p=wk - 1, a=rng.choice(_OS_ACTIONS))


# ---------------------------------------------------------------------------
# 9. Export paths and data-source URLs
# ---------------------------------------------------------------------------
EXPORT_PATHS = [
    "/data/exports/linelist/2024/linelist_2024-W07.csv",
    r"\\fileserver01\Epi\Outbreaks\2024\CL-2024-014\LL_v3_final_FINAL.xlsx",
    r"C:\Users\mkamau\Documents\IDSR\weekly\2024-W07_report.docx",
    "s3://surveillance-exports/elr/2024/02/13/batch_0417.hl7",
    "https://data.health.example.org/api/v2/indicators?code=MALARIA_CONF&period=2024W07",
    "exports/sitrep/Sitrep_12_2024-03-15.pdf",
    "Shapefile moved to ../shared/shapefiles/districts_2023.shp (relative to the project folder)",
    "/mnt/nas/epi/wastewater/WWTP-N/2024-W07/results.parquet",
    "~/projects/cholera-2024/data/raw/LL_commune3_2024-03-02.xlsx",
    r"D:\Backup\DHIS2\export_2024-02-29.json.gz",
    "https://fhir.lab-network.example.net/R4/DiagnosticReport?_lastUpdated=ge2024-03-01&_count=100",
    "sftp://elr.partnerlab.example.com/outgoing/ORU_R01_20240313.hl7",
    "/var/lib/surveillance/exports/contacts_CL-2024-009_2024-03-20.csv",
    "file name: 'Line list – Mpox (NEW) 2024.xlsx'",
    "exports/2024/W07/maps/choropleth_incidence_100k.png",
    "https://gitlab.health.example.org/epi/sitrep-templates/-/blob/main/sitrep.Rmd",
    "/home/analyst/R/x86_64-pc-linux-gnu-library/4.3/",
    r"G:\Shared drives\Surveillance\Measles 2024\Lab results (NRL)\batch 7.pdf",
    "Config lives in /etc/surveillance/export.conf (ask IT before editing)",
    "reports/annual/2023/Annual_Report_2023_v2 (draft) — comments JB.docx",
    "/srv/dhis2/files/apps/line-listing/",
    r"Q:\EPI\Zoonoses\Rabies\PEP register 2024.xlsx",
    "/data/raw/ncbi/sra/SRR27654321_1.fastq.gz",
    "wgs/results/cgMLST/2024-ENT-07/tree.nwk",
    "https://nextstrain.example.org/community/epi-team/measles/N450?d=tree&f_region=Africa",
    "/tmp/rstudio-export/epicurve_W07.svg",
    "~/Downloads/ELR_errors (3).csv",
    "exports/linelist_2024-W07_dédupliqué.csv",
    "/Volumes/EPI_USB/field_data/Kasaï/fiches_enquête_S07/",
    "\\\\nas02\\surveillance$\\archive\\2019-2023\\",
    "file:///C:/Users/ana/Desktop/mapa_casos_dengue.html",
    "exports/contact_tracing/daily/2024-03-14T18-00-00Z.csv",
    "/opt/surveillance/scripts/nightly_export.sh (cron 02:15)",
    "https://dhis2.moh.example.gov/api/analytics.csv?dimension=dx:Ab12CdEf345;pe:LAST_12_WEEKS&dimension=ou:LEVEL-3",
    "Sitrep drafts are in /shared/sitreps/2024/drafts/ — final PDFs go to /shared/sitreps/2024/final/",
    "exports/报告/2024年第7周_登革热.xlsx",
    "./out/fig_epicurve_by_district.pdf",
    "sharepoint: Surveillance > Outbreaks > 2024 > Legionella Hotel X > 04 Environmental",
    "/data/exports/linelist/archive/linelist_2023-W52.csv.bak",
    "https://ww-dashboard.example.org/sites/WWTP-N?from=2024-01-01&to=2024-03-01&target=N1",
    r"C:\Program Files\Epi Info 7\Projects\Cholera2024\Cholera2024.prj",
    "exports/GIS/health_areas_2024.geojson",
    "/mnt/c/Users/pedro/OneDrive - MoH/dengue/2024/casos_semana_07.csv",
    "exports/elr/rejects/2024-03-13/msg_000182.hl7.err",
    "Archive naming: <disease>_<yyyy>-W<ww>_<version>.csv, e.g. cholera_2024-W07_v2.csv",
    "https://data.health.example.org/datasets/notifiable-diseases-weekly/resource/4f3c9a1e/download/nd_weekly_2024.csv",
    "/data/exports/sitrep/fr/Rapport_de_situation_S07_2024.pdf",
    r"..\templates\sitrep_header.docx (relative to the Reports folder on the G: drive)",
]

_EP_ROOTS = ["/data/exports", "/var/lib/surveillance/exports", "exports", "/mnt/nas/epi",
             "s3://surveillance-exports", r"\\fileserver01\Epi\Exports"]
_EP_KINDS = ["linelist", "contacts", "lab", "sitrep", "maps", "elr", "wastewater", "idsr"]
_EP_NAMES = ["linelist", "contacts", "lab_results", "weekly_counts", "epicurve", "cases_by_district", "dq_report"]
_EP_DIS = ["cholera", "measles", "dengue", "mpox", "influenza", "ALL"]
_EP_EXT = ["csv", "xlsx", "parquet", "pdf", "png", "json", "csv.gz"]


def tpl_export_paths(rng):
    root = rng.choice(_EP_ROOTS)
    sep = "\\" if root.startswith("\\\\") else "/"
    parts = [root, rng.choice(_EP_KINDS), "2024",
             "{n}_{d}_2024-W{w:02d}{v}.{e}".format(
                 n=rng.choice(_EP_NAMES), d=rng.choice(_EP_DIS), w=rng.randint(1, 52),
                 v=rng.choice(["", "", "_v2", "_final", "_provisional"]), e=rng.choice(_EP_EXT))]
    return sep.join(parts)


# ---------------------------------------------------------------------------
# 10. Data-quality flags (incl. surveillance-week labels)
# ---------------------------------------------------------------------------
DATA_QUALITY_FLAGS = [
    "DQ-017: onset_date > report_date (n=12) — probably day/month swapped (dd/mm vs mm/dd).",
    "Missing age in 8.3% of records (W07); target < 5%.",
    "Duplicate suspected: same name + DOB + district, different case_id (SUR-2024-00412 & SUR-2024-00419).",
    "Implausible value: age = 199 → set to NULL, flagged for follow-up.",
    "Completeness W07: 87/95 sites reported (91.6%); timeliness (by Tue 12:00): 72/95 (75.8%).",
    "Lab result 'POS' / 'Pos.' / 'positive' / '+' normalised to 'POSITIVE' (mapping table v4).",
    "Warning: 23 records with district = 'Unknown' OR NULL; geocoding queue length 140.",
    "Week label mismatch: 2024-W01 starts Mon 2024-01-01 (ISO), but the CDC MMWR week 1 starts Sun 2023-12-31.",
    "Flag: sex = 'M' but pregnant = 'Y' (record 2024-00873) — data entry error or sex field wrong?",
    "Encoding issue: 'Ã©' instead of 'é' in 340 names from the ELR feed (UTF-8 read as Latin-1).",
    "date_of_death < onset_date in 2 records → check, probably onset copied from wrong field.",
    "Outlier: 412 cases reported from facility HF-0093 in W07 vs median 3/week → probable cumulative count entered as weekly.",
    "Check rule R12: IF case_status = 'confirmed' THEN lab_result IS NOT NULL — 17 violations.",
    "ICD-10 code 'A0.9' invalid (missing digit) → probably A09; 6 occurrences.",
    "Free-text 'N/A', 'na', '-', '?', '999' found in numeric field temp_c; converted to missing.",
    "Report delay (onset → notification) median 6 d (IQR 3–11); 15% > 14 days.",
    "Zero-reporting: 4 sites sent '0 cases' for every disease for 8 consecutive weeks — verify they're actually reporting.",
    "Postcode 'SW1A 1AA' used as default by one clinic (123 records!) — not the patient's address.",
    "Week 53 present in 2020 data (2020-W53) but not in 2021 → adjust denominators when comparing.",
    "Negative age (-1) in 3 records; DOB after onset date → probably the date of the report typed in DOB.",
    "Lat/long swapped for 27 points (lat = 32.58, long = 0.35 → lands in the Indian Ocean).",
    "Trailing whitespace in 'Nord ' vs 'Nord' broke the join; trim() added to import script.",
    "Record 2024-01177: name field contains phone number '+256 7xx xxx 212'. Moved to phone field.",
    "Vaccination date before DOB (2 records). Likely DOB wrong (year 2021 vs 2012).",
    "Status changed 'confirmed' → 'discarded' after lab correction; downstream dashboards refreshed at 03:00.",
    "More cases than population in village X (incidence > 100%) → denominator from 2010 census outdated.",
    "Flag FLG_LATE: lab report received > 7 days after collection (n=54, mostly from Lab B).",
    "Sex coded as 1/2 in site A and M/F in site B; harmonised to M/F/U.",
    "Weekly counts W05–W07 provisional (reporting lag); expect upward revision of ~15–20%.",
    "Case_id pattern check: regex ^SUR-\\d{4}-\\d{5}$ — 9 ids don't match (e.g. 'SUR2024-412').",
    "Temperature 98.6 in temp_c column → Fahrenheit entered; converted to 37.0 °C.",
    "Duplicate lab messages (same accession, same result) — 1 203 dropped during dedup; different results kept both + flagged.",
    "NULL in onset_date for 14% of asymptomatic cases — expected, don't impute for those.",
    "Epi week computed from specimen date when onset is missing (rule DQ-005); label suffix '*' on dashboard.",
    "Column 'comments' contains semicolons & line breaks → breaks the CSV export; switched to quoting all fields.",
    "Contrôle qualité S07 : 14 fiches sans date de début des signes ; 3 doublons supprimés ; complétude 93 %.",
    "Alerta de calidad: 27 registros con municipio de residencia vacío; se solicitó corrección a la UPGD.",
    "Date format mix: '13/02/2024', '2024-02-13', 'Feb 13 2024', '13.02.24' in the same column (import from 4 sites).",
    "Facility code HF-0093 closed in 2023 but still receiving reports → remap to HF-0101 (successor).",
    "Unexpected value in outcome: 'alive?' — set to 'unknown', original retained in outcome_raw.",
    "Age in months entered in years column for infants (age = 6 for a 6-month-old). Rule: if dob available, recompute.",
    "Warning: 2024-W07 count dropped 40% → check if the interface engine stopped (it did, 11–12 Feb; backfill done).",
    "Flag: case linked to contact list of another disease (measles contact → mumps case). Verify.",
    "Sum of age groups (1 187) ≠ total (1 204) → 17 with missing age; footnote added to table 2.",
    "Decimal comma vs decimal point: '38,5' parsed as 385 → fixed by locale-aware parsing.",
    "Mismatched week label: file says 2024-W7, system expects 2024-W07 (zero-padded).",
    "Unmatched district names after boundary change: 'Kampala Central' → 'Central Division'. Lookup table updated.",
    "Test records ('TEST, TEST', 'Mickey Mouse', DOB 1900-01-01) found in prod — 7 removed after confirmation.",
]

_DQ_ISSUES = [
    "missing onset_date",
    "onset_date > notification_date",
    "age > 110 or < 0",
    "district not in gazetteer",
    "duplicate case_id",
    "lab_result without specimen_date",
    "sex = 'U' (unknown)",
    "phone number in name field",
    "week label not ISO (e.g. '2024-7')",
    "outcome 'died' but date_of_death empty",
]
_DQ_ACTIONS = [
    "sent back to site for correction",
    "auto-fixed, original kept in *_raw",
    "excluded from weekly counts",
    "flagged on dashboard with '*'",
    "ticket opened for IT",
    "no action — expected for this source",
]


def tpl_data_quality_flags(rng):
    return "DQ-{c:03d}: {i} (n={n}, 2024-W{w:02d}) — {a}.".format(
        c=rng.randint(1, 60), i=rng.choice(_DQ_ISSUES), n=rng.randint(1, 450),
        w=rng.randint(1, 52), a=rng.choice(_DQ_ACTIONS))


# ---------------------------------------------------------------------------
LITERALS = {
    "case_report_notes": CASE_REPORT_NOTES,
    "case_definitions": CASE_DEFINITIONS,
    "lab_result_comments": LAB_RESULT_COMMENTS,
    "code_lookups": CODE_LOOKUPS,
    "analyst_snippets": ANALYST_SNIPPETS,
    "dashboard_filters": DASHBOARD_FILTERS,
    "contact_tracing_logs": CONTACT_TRACING_LOGS,
    "outbreak_sitrep": OUTBREAK_SITREP,
    "export_paths": EXPORT_PATHS,
    "data_quality_flags": DATA_QUALITY_FLAGS,
}

TEMPLATES = {
    "case_report_notes": tpl_case_report_notes,
    "case_definitions": tpl_case_definitions,
    "lab_result_comments": tpl_lab_result_comments,
    "code_lookups": tpl_code_lookups,
    "analyst_snippets": tpl_analyst_snippets,
    "dashboard_filters": tpl_dashboard_filters,
    "contact_tracing_logs": tpl_contact_tracing_logs,
    "outbreak_sitrep": tpl_outbreak_sitrep,
    "export_paths": tpl_export_paths,
    "data_quality_flags": tpl_data_quality_flags,
}


def build():
    rng = random.Random(SEED)
    all_literals = [v for cat in CATEGORY_ORDER for v in LITERALS[cat]]
    seen = set()
    for v in all_literals:
        if v in seen:
            raise SystemExit("duplicate literal: %r" % v)
        seen.add(v)
    rows = []
    stats = []
    for cat in CATEGORY_ORDER:
        lits = LITERALS[cat]
        if len(lits) > TARGET_PER_CATEGORY:
            raise SystemExit("too many literals in %s" % cat)
        values = list(lits)
        generated = 0
        tries = 0
        while len(values) < TARGET_PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit("template for %s cannot produce enough unique values" % cat)
            v = TEMPLATES[cat](rng)
            if v in seen:
                continue
            seen.add(v)
            values.append(v)
            generated += 1
        stats.append((cat, len(values), len(lits)))
        for v in values:
            rows.append({"category": cat, "label": "benign", "value": v})
    return rows, stats


def check(rows):
    values = [r["value"] for r in rows]
    if len(values) != len(set(values)):
        raise SystemExit("duplicate values in output")
    for r in rows:
        v = r["value"]
        if not isinstance(v, str) or not v.strip():
            raise SystemExit("empty value in %s" % r["category"])
        if len(v) > MAX_LEN:
            raise SystemExit("value too long (%d) in %s" % (len(v), r["category"]))


def main():
    rows, stats = build()
    check(rows)
    out = []
    for i, r in enumerate(rows, 1):
        obj = {"id": "%s-%05d" % (PREFIX, i), "category": r["category"],
               "label": r["label"], "value": r["value"]}
        out.append(json.dumps(obj, ensure_ascii=False) + "\n")
    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        fh.writelines(out)
    total_lit = 0
    for cat, n, lit in stats:
        total_lit += lit
        print("%-22s %3d  literals %3d (%.0f%%)" % (cat, n, lit, 100.0 * lit / n))
    print("%-22s %3d  literals %3d (%.0f%%)" % ("TOTAL", len(rows), total_lit, 100.0 * total_lit / len(rows)))
    print("wrote", path)
    return 0


if __name__ == "__main__":
    sys.exit(main())
