"""Benign half of the held-out `insurance` WAF corpus.

Text that real users of a policy-admin system, a claims portal and an
underwriting workbench type into ordinary fields: policy and claim references,
first-notice-of-loss narratives (many languages), adjuster and SIU notes,
coverage wording, underwriting rules written by analysts, rating arithmetic,
repair estimates, medical billing lines, subrogation / broker correspondence
and document upload names.

Every value is either a hand-written literal below or comes from a small
template over hand-written pools (seeded, deterministic).  Nothing is taken
from a dataset, vendor documentation or a public payload list.

Run:  python3 make_benign.py   -> writes benign.jsonl next to this file.
"""

import json
import random
from pathlib import Path

SEED = 4401
PREFIX = "hb44"
PER_CATEGORY = 80

# ---------------------------------------------------------------------------
# 1. policy_refs: policy / claim / endorsement / CAT references
# ---------------------------------------------------------------------------
POLICY_REFS = [
    "POL-2024/00871-B; endt #3",
    "HO3-7781204 / endt 2 & 4 (wind/hail buyback)",
    "Policy AU-55-019334-02; renewal of AU-55-019334-01",
    "CLM#2023-ON-004418 | sub-claim 02",
    "CAT 24-017 (Hurricane Milton) — Lee County, FL",
    "PCS cat #2341; our event code 24-HEL (Helene)",
    "Endorsement E-114 (Additional Insured – Owners, Lessees or Contractors) added eff. 01/03/2025",
    "BOP-CA-0098812 rev. 3 -- do not use rev. 2",
    "Ref: your ref 88/AB/221; our ref CLM-77120/JW",
    "policy no. 4411-98-003 (old system) => 2024-PA-0044198 (new)",
    "Certificate #COI-5521 & #COI-5522 for 123 Main St.",
    "Binder B-2024-0412 valid until 05/15/2024 12:01 a.m. standard time",
    "Named storm deductible: 2% of Cov A; CAT code NS-2024-09",
    "WC policy WC 12-345678-00 / NCCI class 8810",
    "Umbrella UMB-00912 sits over AUTO-3321 & GL-8812",
    "Claim 2024-0098-AU; related: 2024-0099-AU (same loss, other vehicle)",
    "Police report #24-118832; fire dept incident 2024-05-0332",
    "Versicherungsschein-Nr. 401/2288-17; Schaden-Nr. S-2024-0815",
    "N° de police 7 301 442 88 – avenant n°2 du 01/04/2024",
    "Número de póliza: AUT-MX-0029911 / siniestro 55-2024",
    "保单号 PA20240088123；报案号 BA-0815",
    "証券番号 1234-567890-01（更新後）",
    "Polisnummer 70.33.812.4 / schadenummer 24-0119",
    "Numer polisy: OC/AC 9012-3344-55",
    "Endt #5 deletes veh. 3 (VIN 1HGCM82633A004352) eff. 07/01",
    "Lloyd's UMR B0750RWPA2400123; Section 2 line 12.5%",
    "Treaty ref XL-2025/Cat/Layer 3 (50m xs 50m)",
    "Old claim # was 0001234 (leading zeros!) - new # CL-0001234",
    "FEMA DR-4834-FL; internal CAT code 24-HEL",
    "Event: 2023 Maui wildfire (CAT 23-031) — all Lahaina claims route to team 7",
    "dwelling policy DP3-220019 <renewal pending>",
    "Policy = PL-88120, term = 2024-03-01 → 2025-03-01",
    "claim ref: 2024/07/CL-3391 (tow only)",
    "MVR order #A77-20931; CLUE report ref C-0042817",
    "Quote Q-558812 -> bound as POL-558812; premium unchanged",
    "Endorsements: CG 20 10 04 13; CG 20 37 04 13; CG 24 04 05 09",
    "Form HO 00 03 05 11 + HO 04 90 (replacement cost on contents)",
    "Group policy GRP-001/2024, cert 000452 (dependent: spouse)",
    "Claim number? I only have the letter dated 3/14 — ref 'KX-4471'",
    "Policy #s: 88120, 88121 & 88127 (all same insured)",
    "Subro file SB-2024-1177 vs. Acme Plumbing Inc's carrier",
    "Reinsurance cession #R-7781; facultative cert FAC-19-0331",
    "MGA binding authority: BA/2024/117 — limit $2,500,000 per risk",
    "VIN: WVWZZZ1JZXW000001; plate: KA-AB 1234",
    "Flood policy NFIP 87-1234567-89 / zone AE / elev. cert on file",
    "CAT code 'WS-TX-0524' (Wind/Hail, Texas, May '24)",
    "PIP claim 2024-PIP-00031 (NY No-Fault; form NF-2 received)",
    "Rif. sinistro 2024/RCA/00912 – constatazione amichevole allegata",
    "Policen-Nr.: KH-0019-228 (Hausrat) & GB-0019-229 (Gebäude)",
    "Endt 1: add'l interest – First National Bank, ISAOA/ATIMA",
    "Loss payee: Ally Financial, its successors and/or assigns",
    "Apólice n.º 0045-778-21 / sinistro 2024-0007 (danos por água)",
    "Claim #: 24-00419 (was opened under wrong policy -> moved to HO5-110022)",
    "Cert. of insurance req'd for job #4471 at 500 W. Madison; holder = \"City of Chicago\"",
    "Sigorta poliçe no: 7700-1223-45; hasar dosya no: H-2024/118",
]


def tmpl_policy_ref(rng):
    lob = rng.choice(["HO3", "HO5", "DP3", "AU", "PA", "BOP", "GL", "WC", "UMB", "CPP", "IM"])
    year = rng.choice(["2022", "2023", "2024", "2025"])
    num = rng.randint(100, 99999)
    shape = rng.randint(0, 4)
    if shape == 0:
        return f"{lob}-{year}/{num:05d}-{rng.choice('ABCD')}; endt #{rng.randint(1, 9)}"
    if shape == 1:
        return f"Claim {year}-{num:04d}-{rng.choice(['AU', 'PR', 'GL', 'WC'])} under policy {lob}-{rng.randint(100000, 999999)}"
    if shape == 2:
        ev = rng.choice(["WS", "HU", "WF", "FL", "HL", "WT"])
        st = rng.choice(["TX", "FL", "CO", "CA", "LA", "OK", "NC"])
        return f"CAT code {ev}-{st}-{rng.randint(1, 12):02d}{year[2:]} / PCS #{rng.randint(2200, 2499)}"
    if shape == 3:
        return f"Ref: {lob} {num} / endt {rng.randint(1, 6)} & {rng.randint(7, 12)} eff. {rng.randint(1, 12):02d}/{rng.randint(1, 28):02d}/{year}"
    return f"our ref CLM-{num}/{rng.choice(['JW', 'MK', 'AS', 'TR', 'LP'])}; your ref {rng.randint(10, 99)}/{rng.choice(['AB', 'XY', 'QF'])}/{rng.randint(100, 999)}"


# ---------------------------------------------------------------------------
# 2. fnol_narrative: claimants describing what happened
# ---------------------------------------------------------------------------
FNOL_NARRATIVES = [
    "I was stopped at the red light on Elm & 5th when the car behind me didn't stop and hit my rear bumper. The other driver said 'sorry, I was looking at my phone'.",
    "Water came through the kitchen ceiling — the upstairs neighbour's washing machine hose burst. Part of the drywall dropped onto the table; the floor is soaked.",
    "Someone broke the rear window and took my laptop bag (Dell XPS 13, ~$1,400) & a gym bag. Police case # 24-55120.",
    "Hail storm 5/23 ~4pm, dents all over the hood/roof, windshield cracked. Car was parked outside at work.",
    "Date: 12/02/2024\nTime: approx. 7:45 AM\nWhat happened: backed out of my driveway and hit the neighbour's mailbox. No injuries.\nOther party: none",
    "Beim Ausparken habe ich das Fahrzeug neben mir touchiert. Kratzer an der Stoßstange, der Halter war nicht vor Ort – ich habe einen Zettel hinterlassen.",
    "Dégât des eaux : fuite sous l'évier de la salle de bain, le parquet du couloir a gonflé. Le plombier est passé le 14/03.",
    "Me robaron la bicicleta del garaje comunitario; la cerradura estaba forzada. Ya puse la denuncia en la comisaría.",
    "Tamponamento in autostrada A1 all'altezza di Firenze Sud; l'altro conducente ha firmato il CID e ammette la colpa.",
    "Houve um curto-circuito na cozinha e o fogo queimou os armários. Os bombeiros vieram às 22h.",
    "Grad uszkodził dach i rynny; woda dostała się na strych i zalała sufit w sypialni.",
    "Mijn fiets is gestolen bij het station, het slot was doorgeknipt. Aangifte gedaan bij de politie.",
    "駐車場で隣の車にドアをぶつけられました。相手の方の連絡先は控えてあります。",
    "暴雨导致地下车库进水，车辆被淹至座椅高度，无法启动。",
    "주차 중 후진하다가 기둥에 부딪혀 뒷범퍼가 파손되었습니다.",
    "تسربت المياه من السقف بعد الأمطار الغزيرة وتلف السجاد والأثاث في غرفة الجلوس.",
    "Во дворе на машину упало дерево во время урагана, разбито лобовое стекло и помята крыша.",
    "Otoparkta aracıma çarpıp kaçmışlar; sağ ön çamurluk ezik, far kırık.",
    "बाढ़ के पानी से घर की निचली मंजिल का सारा सामान खराब हो गया।",
    "Κλοπή κινητού τηλεφώνου στο μετρό, έγινε καταγγελία στο αστυνομικό τμήμα.",
    "Frysen gick sönder medan vi var bortresta och allt kött blev förstört.",
    "The contractor said the union rules mean they can't start until Monday; meanwhile the tarp on the roof keeps blowing off.",
    "I had to select 'other' in the drop-down because my loss (a sinkhole?) wasn't listed.",
    "My son's script for his medication was in the stolen bag too — do I claim the pharmacy cost here or under health?",
    "The dog chewed through the sofa & the rug <sigh>. Is pet damage covered??",
    "Lightning hit the tree -> tree fell on the garage -> garage door motor dead; also the TV & router fried (surge).",
    "Kitchen fire: grease pan caught fire, I used the extinguisher. Smoke damage in kitchen/living room; cabinets above the stove charred.",
    "Rear-ended at ~25 mph on I-95 N near exit 7. Passenger (my wife) has neck pain; went to the ER at St. Mary's.",
    "Basement flooded 2\" deep after the sump pump failed during the power outage. Do I have sewer/water backup coverage?",
    "Car was stolen from the driveway overnight between 11pm and 6am; both sets of keys are still in the house. Police report #: 2024-009812.",
    "Ice dam -> water dripping down the inside of the bedroom wall; paint bubbling; musty smell.",
    "On 3/2 my tenant reported a leak; by the time the plumber came (3/4) the subfloor was soft. Tenant's name: J. O'Neil.",
    "Deer ran out on County Rd 12 — I braked but hit it. Headlight, grille, hood; airbags didn't deploy.",
    "A rock from a gravel truck cracked the windshield (line ~30 cm across the driver's side).",
    "Someone keyed my car in the office garage — long scratch from the front door to the rear quarter panel.",
    "Burglary: back door kicked in; missing: jewellery box, 2 watches, a PS5, cash (~$300). Alarm was off :(",
    "My phone fell out of my pocket on the rollercoaster; screen shattered, won't turn on.",
    "Tree branch fell on the fence; 3 panels broken (shared fence w/ neighbour at #42 — who pays?)",
    "Timeline:\n- 08:10 left home\n- 08:25 collision at the roundabout (other car entered without yielding)\n- 08:40 police arrived\n- 09:30 tow to Joe's Auto Body",
    "The water heater in the utility closet leaked for days while we were away. Drywall, baseboards & the laminate in the hall need replacing.",
    "Hit-and-run in the Walmart parking lot; a witness got a partial plate '7XK 4..'",
    "Parked car rolled into the lake (parking brake failed?). Tow company: Lakeside Towing; car is at their yard.",
    "Grandma slipped on the icy front steps and broke her wrist; she's visiting from Ohio. Med bills so far: $2,310.",
    "Cyclist hit my passenger-side mirror & rode off; mirror hanging by the wire.",
    "Windstorm ripped off ~20 shingles & the gutter on the north side; attic has water stains.",
    "I'm filing on behalf of my mother (policyholder, 84). Her car was hit while parked on Rue St-Denis.",
    "Unser Keller stand nach dem Starkregen 30 cm unter Wasser; Heizung & Waschmaschine sind defekt.",
    "Estaba estacionado frente a mi casa y un camión de reparto me golpeó el espejo y la puerta del conductor.\nEl chofer dejó sus datos: Transportes López, placa 7-ABC-12.",
    "Our sprinkler line froze and burst in the warehouse over the weekend (temps -18°C); racks & 40 pallets of stock wet.",
    "While I was on vacation someone used my credit card info to buy stuff online; the bank says it's not their problem?",
    "The moving company dropped my grandmother's antique mirror; frame cracked, glass broken. They say their liability is $0.60/lb.",
    "Neighbour's kid hit a baseball through our bay window (he admitted it, parents are nice about it).",
    "Bin auf der A7 bei Kassel in einen Wildunfall geraten (Reh). Polizei hat eine Wildunfallbescheinigung ausgestellt.",
    "Un arbre est tombé sur la voiture pendant la tempête Ciarán ; pare-brise et toit enfoncés.",
    "Smoke alarm went off at 3am — the dryer vent caught fire. Fire dept came; laundry room gutted, rest of house smells of smoke.",
    "I rented a car on vacation and it got a dent in the hotel parking lot; the rental co. is charging me $1,150 + 'loss of use'.",
]

FNOL_AUTO_EVENTS = [
    "a pickup truck ran the stop sign and hit my driver's side",
    "someone stole the catalytic converter off my car",
    "I slid on black ice and hit the guardrail",
    "a delivery van clipped my mirror while I was parked",
    "a shopping cart rolled into my passenger door",
]
FNOL_AUTO_PLACES = [
    "on Route 9 near the Shell station", "in the Costco parking lot", "on Maple Ave & 3rd St",
    "outside my office on King St W", "in the underground garage", "on the I-35 on-ramp",
]
FNOL_AUTO_AFTER = [
    "No one was hurt.", "Police came and gave me a report number.", "I took photos, will upload them.",
    "The other driver's insurance is State Farm (I think).", "The car isn't drivable, it's at the tow yard.",
    "Can someone call me back after 5pm?",
]
FNOL_HOME_EVENTS = [
    "a pipe burst under the bathroom sink",
    "hail cracked the skylight and water got onto the hardwood floor",
    "the neighbour's tree fell on our carport",
    "the dishwasher leaked under the kitchen cabinets",
    "lightning struck the chimney and bricks fell onto the roof",
    "my bike was taken from the locked shed",
]
FNOL_HOME_PLACES = ["at home", "at our cabin at the lake", "at the rental unit (upstairs apt)", "at my mom's house (she's the policyholder)"]
FNOL_HOME_AFTER = [
    "No one was hurt.", "A contractor is coming tomorrow to look at it.", "We put buckets & towels down for now.",
    "I took photos, will upload them.", "Can someone call me back after 5pm?", "Police report filed online.",
]


def tmpl_fnol(rng):
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    hh, mm = rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 30, 40, 45, 50])
    if rng.random() < 0.5:
        ev, pl, af = rng.choice(FNOL_AUTO_EVENTS), rng.choice(FNOL_AUTO_PLACES), rng.choice(FNOL_AUTO_AFTER)
    else:
        ev, pl, af = rng.choice(FNOL_HOME_EVENTS), rng.choice(FNOL_HOME_PLACES), rng.choice(FNOL_HOME_AFTER)
    if rng.random() < 0.5:
        return f"On {m}/{d} around {hh:02d}:{mm:02d} {ev} {pl}. {af}"
    return f"Date of loss: {m:02d}/{d:02d}/2024\nWhat happened: {ev} {pl}.\n{af}"


# ---------------------------------------------------------------------------
# 3. adjuster_notes: claim diary, SIU / fraud-flag comments
# ---------------------------------------------------------------------------
ADJUSTER_NOTES = [
    "TL; ACV $8,450 < ded?",
    "Insd states veh parked @ time of loss; clmt disputes. R/S pending.",
    "PD only, no BI. Liab 100% on OV (rear-end). Subro vs. Geico.",
    "Recd est from DRP shop: $4,312.18 (incl. tax); supp likely > $1k after teardown",
    "Cov confirmed; ded $500; ACV - ded = $7,950 -> issue pmt to LH first",
    "TL threshold 75%: est $9,100 / ACV $11,200 = 81% => TL",
    "SIU referral: 3rd claim in 14 mos; prior losses 02/23 (theft) & 11/23 (water). Red flags: late report, no police rpt.",
    "Fraud flag cleared -- receipts verified with Best Buy; serial #s match.",
    "Recorded stmt w/ insd 10/12 @ 14:00; insd says 'I never left the keys in it'. Transcript in file.",
    "Mitigation: dry-out by ServPro, 3 days, $3,840; moisture readings < 15% on day 3.",
    "Res set: BI $25k / PD $6k / exp $1.5k. Diary 30 days.",
    "Photos show pre-existing rust on LR quarter — exclude from est (not related to this loss).",
    "Contents inv: 47 items, total RCV $18,220; depreciation 35% avg -> ACV ≈ $11,843",
    "ROR letter sent (late notice / possible intentional act). Do NOT deny yet.",
    "Insured's atty (Smith & Jones LLP) requests all comms in writing; no direct contact.",
    "Left VM x2; sent email; no resp. Close w/o pmt if no contact by 6/30?",
    "Hail: 12 hits/10 sq on front slope, 8/10 sq on rear -> replace roof per test square.",
    "Cause of loss = 'wear & tear' per engineer (rot at sill plate) => denial under exclusion 2.b",
    "Rental auth'd 30 days @ $35/day max (policy limit $1,050)",
    "Supplement #2 approved: hidden damage behind bumper cover (impact bar, absorber).",
    "Salvage: Copart lot #55129881; est. salvage bid $1,900; owner-retained? no",
    "Dup claim? Same VIN under clm 2024-0331 (closed). Check before pmt!",
    "Clmt's story changed: 1st said 'hit from behind', now 'side-swiped'. Need scene photos.",
    "SIU: ISO ClaimSearch hits = 4 (2019-2023); 2 with the same body shop.",
    "Drywall: 4' flood cut in LR/DR; baseboards R&R; paint 2 coats.",
    "Liab split 50/50 per comparative neg. (both ran the yellow).",
    "Med auth: PT 2x/wk x 6 wks; re-eval after.",
    "IA assigned: Crawford, adj. #C-3391; insp sched 7/15 AM.",
    "Insd upset re: delay -> escalated to sup; call back before EOD.",
    "No cov: vehicle not listed & regular use by non-household member (excl. E).",
    "Total: $12,400 - $1,000 ded - $350 prior pmt = $11,050 net",
    "Notes from call (translated from Spanish): insd says the water came 'del piso de arriba'.",
    "Waiting on: police rpt | med recs | lien letter | W-9 from shop",
    "Reopened: clmt found add'l damage (trunk won't latch). Re-insp 9/3.",
    "ALE: hotel 14 nights @ $129 + meals $40/day per diem; approved until repairs done",
    "Sched. personal property: ring appraised $6,500 (2019) — replacement quote $7,200 -> pay per sched amt",
    "Pending coverage counsel opinion on 'sudden & accidental' vs. long-term seepage.",
    "Prop dmg to 3rd party fence: $1,240 estimate, paid direct to owner (check #10442).",
    "Red flag list: (1) new policy < 60 days; (2) high-value contents; (3) no receipts; (4) insd in financial distress.",
    "Photos 1-24 uploaded; #7 & #8 show water line ~14\" up the wall.",
    "Gutachten angefordert; Kostenvoranschlag über 3.870 € liegt vor. Rückruf VN am Mo.",
    "Expert mandaté (cabinet Texa), RDV le 12/06 à 9h ; franchise 380 €.",
    "Inspection done. Roof: 30 yr arch shingles, ~8 yrs old. Storm-created openings? none found.",
    "Clmt's atty demands policy limits ($100k) w/in 30 days -- time-limited demand! Calendar 8/14.",
    "Agreed value: $24,000 (classic car endt); no depreciation.",
    "Rec'd signed POL (proof of loss) 5/2; sworn & notarized.",
    "Subro potential: defective dishwasher supply line (brand TBD); preserve evidence!!",
    "ACV calc: RCV $2,000 × (1 − 6/10 yrs) = $800",
    "Witness #2 (bus driver) confirms OV ran red; stmt in Docs > Witness folder.",
    "UM claim: OV uninsured (per DMV); insd's UM limit 50/100.",
    "Injuries: soft tissue only; chiro 22 visits ($3,960) seems excessive vs. severity -> IME?",
    "Called body shop: car ready Fri; insd to pay ded ($500) at pickup; we pay shop direct.",
    "Insd says \"the adjuster last time told me I'd get new-for-old\" -- explained RC holdback; they're OK.",
    "Exec summary for mgr: reserve ↑ from $40k to $85k (surgery scheduled 9/2); no change to liab.",
    "Claim closed — paid $3,118.40; subro open (file SB-2024-1177).",
]

NOTE_ACTIONS = [
    "called insd", "left VM for clmt", "rec'd photos", "sent ROR", "rec'd est",
    "reviewed police rpt", "spoke w/ shop", "ordered MVR", "sent POL form", "rec'd med recs",
]
NOTE_FOLLOWUPS = [
    "diary 7 days", "f/u Mon", "await supp", "pmt pending sup approval",
    "no cov issues", "liab TBD", "res unchanged", "refer to SIU?",
]


def tmpl_adjuster_note(rng):
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    a, f = rng.choice(NOTE_ACTIONS), rng.choice(NOTE_FOLLOWUPS)
    amt = rng.randint(300, 25000)
    ded = rng.choice([250, 500, 1000, 2500])
    return f"{m}/{d}: {a}; est ${amt:,} - ded ${ded:,} = ${amt - ded:,}; {f}"


# ---------------------------------------------------------------------------
# 4. coverage_wording: insuring agreements, exclusions, definitions
# ---------------------------------------------------------------------------
COVERAGE_WORDING = [
    "We will pay for direct physical loss to property described in Coverage A caused by any peril unless the loss is excluded in Section I – Exclusions.",
    "We do not cover loss caused by: (a) wear and tear, marring, deterioration; (b) mechanical breakdown, latent defect, inherent vice; (c) smog, rust or other corrosion, wet or dry rot;",
    "\"Occurrence\" means an accident, including continuous or repeated exposure to substantially the same general harmful conditions.",
    "This insurance does not apply to \"bodily injury\" or \"property damage\" expected or intended from the standpoint of the insured.",
    "Water Damage means: flood, surface water, waves (including tidal wave and tsunami), tides, tidal water, overflow of any body of water, or spray from any of these, all whether or not driven by wind (including storm surge);",
    "The limit of liability shown in the Declarations for \"each occurrence\" is the most we will pay regardless of the number of insureds, claims made or suits brought.",
    "Deductible: $1,000 per occurrence; Windstorm or Hail: 2% of Coverage A, subject to a minimum of $2,500.",
    "We will not pay for loss arising from any unauthorized access to, use of, or malicious code (including a virus, worm, Trojan horse or similar) introduced into a computer system.",
    "War, including undeclared war, civil war, insurrection, rebellion, revolution, warlike act by a military force, or destruction or seizure for a military purpose.",
    "Nuclear hazard: any nuclear reaction, radiation, or radioactive contamination, all whether controlled or uncontrolled or however caused.",
    "The Insured shall give written notice to the Insurer as soon as practicable; failure to give notice within 60 days shall not invalidate the claim if it was not reasonably possible to do so.",
    "Such loss or damage is excluded regardless of any other cause or event that contributes concurrently or in any sequence to the loss.",
    "The first Named Insured may cancel this policy by mailing or delivering to us advance written notice of cancellation.",
    "§ 4 Nicht versicherte Schäden – Abs. 1: Sturmflut; Abs. 2: Eindringen von Regenwasser durch nicht ordnungsgemäß geschlossene Fenster; Abs. 3: Grundwasser.",
    "Article 3 – Exclusions : sont exclus les dommages résultant d'une faute intentionnelle ou dolosive de l'assuré (art. L.113-1 du Code des assurances).",
    "Cláusula 7ª: Quedan excluidos los daños causados por hechos de guerra civil o internacional, motín o tumulto popular.",
    "Named Perils: Fire or lightning; Windstorm or hail; Explosion; Riot or civil commotion; Aircraft; Vehicles; Smoke; Vandalism or malicious mischief; Theft; Falling objects; Weight of ice, snow or sleet.",
    "Ordinance or Law: you may use up to 10% of the limit of liability that applies to Coverage A for the increased costs you incur due to the enforcement of any ordinance or law.",
    "\"Pollutants\" means any solid, liquid, gaseous or thermal irritant or contaminant, including smoke, vapor, soot, fumes, acids, alkalis, chemicals and waste.",
    "Exclusion j.(5): that particular part of real property on which you or any contractors or subcontractors working on your behalf are performing operations, if the \"property damage\" arises out of those operations.",
    "Coverage for \"certified acts of terrorism\" is subject to the program cap; we will not pay any amount that exceeds $100 billion in the aggregate.",
    "Schedule of Sublimits: Money & Securities $10,000 | Fine Arts $25,000 | Valuable Papers $5,000 | Outdoor Signs $2,500",
    "To the fullest extent permitted by law, Subcontractor shall indemnify, defend & hold harmless Contractor from claims arising out of Subcontractor's work.",
    "Coverage D — Loss Of Use: (1) Additional Living Expense; (2) Fair Rental Value; (3) Civil Authority Prohibits Use (up to 2 weeks).",
    "We will not pay for loss, cost or expense arising out of any actual or alleged transmission of a communicable disease.",
    "Limit: $1,000,000 each \"wrongful act\" / $3,000,000 aggregate; retention $25,000 (defense costs inside limits).",
    "Pair or set: in case of loss to a part of a pair or set we may (a) repair or replace any part to restore the pair or set to its value before the loss; or (b) pay the difference between ACV of the property before and after the loss.",
    "\"Electronic data\" means information, facts or programs stored as or on, created or used on, or transmitted to or from computer software, hard or floppy disks, CD-ROMs, tapes, drives, cells, data processing devices.",
    "A Claim is deemed first made when the Insured first receives written notice of it; retroactive date 01/01/2019.",
    "Schedule A — Scheduled Items: 1. Diamond ring (1.2 ct) $6,500; 2. Steel wristwatch $9,200; 3. Camera body + 2 lenses $11,000",
    "We will pay those sums that the insured becomes legally obligated to pay as damages because of \"bodily injury\" or \"property damage\" to which this insurance applies.",
    "We cover direct physical loss caused by water or waterborne material which backs up through sewers or drains, or overflows or is discharged from a sump, sump pump or related equipment.",
    "We do not cover bodily injury arising out of the operation of a motor vehicle by an insured while under the influence of alcohol (BAC >= 0.08%) or drugs.",
    "The most we will pay for all \"fungi\", wet or dry rot, or bacteria is $10,000, regardless of the number of claims made.",
    "If the building has been vacant for more than 60 consecutive days before the loss, we will not pay for vandalism, sprinkler leakage, building glass breakage, water damage, theft or attempted theft.",
    "Assignment of this policy will not be valid unless we give our written consent.",
    "\"Ransomware event\" means any threat to encrypt, corrupt, destroy or disclose data unless a ransom is paid; cyber extortion sublimit $250,000.",
    "Social engineering fraud: a fraudulent instruction by e-mail to transfer funds; sublimit $100,000; a verification call-back to a known number is a condition precedent.",
    "第5条（保険金を支払わない場合）当会社は、保険契約者または被保険者の故意もしくは重大な過失によって生じた損害に対しては、保険金を支払いません。",
    "Artikel 12 – Uitsluitingen: geen dekking voor schade veroorzaakt door opzet of grove schuld van de verzekerde.",
    "Art. 1900 c.c. – L'assicuratore non è obbligato per i sinistri cagionati da dolo o da colpa grave del contraente, dell'assicurato o del beneficiario.",
    "\"Auto\" means a land motor vehicle, trailer or semitrailer designed for travel on public roads, including any attached machinery or equipment; but \"auto\" does not include \"mobile equipment\".",
    "Coverage B — Other Structures: 10% of Coverage A; structures connected to the dwelling by only a fence, utility line, or similar connection are Other Structures.",
    "Exclusions (a) through (h) apply whether or not the loss event results in widespread damage or affects a substantial area.",
    "Glass breakage: we pay up to $500 for loss to glass that is part of a building; this limit does not apply if caused by a Covered Cause of Loss other than vandalism.",
    "Theft of property from an unattended vehicle is covered only if the vehicle was locked and there are visible signs of forced entry.",
    "保险人对下列原因造成的损失不负责赔偿：（一）战争、军事行动或暴乱；（二）核辐射或放射性污染；（三）被保险人的故意行为。",
    "Wyłączenia: ubezpieczyciel nie odpowiada za szkody wyrządzone umyślnie przez ubezpieczającego ani za szkody powstałe w wyniku rażącego niedbalstwa.",
    "Loss payable clause: loss, if any, under this policy shall be adjusted with the Insured and payable to the Insured and the Loss Payee \"as interests may appear\".",
    "Trees, shrubs and plants: we cover up to 5% of Coverage A, but not more than $500 for any one tree, caused by Fire or Lightning, Explosion, Riot, Aircraft, Vehicles not owned by a resident, Vandalism or Theft.",
]

COV_SUBJECTS = ["loss to \"your work\"", "damage to the roof surface", "theft from an unlocked vehicle",
                "loss caused by settling, cracking, shrinking or bulging", "damage caused by birds, vermin or rodents",
                "loss to property in transit", "damage to jewelry, watches and furs",
                "loss resulting from freezing of a plumbing system"]
COV_CONDITIONS = ["unless the building was heated", "if the damage results from a covered peril",
                  "when the dwelling has been vacant more than 60 days",
                  "except as provided under Additional Coverages", "subject to the sublimit shown in the Declarations"]


def tmpl_coverage(rng):
    subj, cond = rng.choice(COV_SUBJECTS), rng.choice(COV_CONDITIONS)
    sec = f"{rng.choice(['Section I', 'Section II', 'Part A', 'Part D'])}, {rng.randint(1, 9)}.{rng.choice('abcdefg')}."
    if rng.random() < 0.5:
        return f"{sec} We do not cover {subj}, {cond}."
    return f"{sec} We will pay up to ${rng.choice([500, 1000, 1500, 2500, 5000, 10000]):,} for {subj} {cond}."


# ---------------------------------------------------------------------------
# 5. uw_rules: underwriting rules typed by analysts into the rule editor
# ---------------------------------------------------------------------------
UW_RULES = [
    "if age >= 25 and prior_claims = 0 then tier A",
    "if age < 21 or (violations >= 2 in 36 mo) then refer to UW",
    "IF roof_age > 20 AND roof_type IN ('3-tab','wood shake') THEN decline (HO3); offer ACV roof endt",
    "Coastal: distance_to_coast < 1 mi => wind excluded; 1-5 mi => 5% wind ded; > 5 mi => std",
    "Refer if TIV > $10M OR any single location > $2.5M",
    "Decline: prior_cancellation_for_nonpay = true && months_since < 12",
    "Auto: drivers_under_25 > 0 && vehicle_hp > 300 -> surcharge 15% (sports pkg)",
    "Max. 3 losses / 5 yrs; water losses count double; CAT losses excluded from count",
    "Rule UW-117 (v3): protection_class in [9, 10] and no hydrant within 1000 ft -> refer",
    "WC: class 5645 (carpentry – residential) => min. premium $1,500; EMR > 1.25 = decline",
    "if (dog_breed in restricted_list) and not bite_exclusion_signed then hold quote",
    "GL contractors: subs_cost / total_payroll > 0.4 --> require COIs from all subs",
    "Rule 42: occupancy == 'vacant' → ineligible for HO; route to DP1 (named perils)",
    "Wood-burning stove: allowed if UL-listed & professionally installed; else decline",
    "if year_built < 1950 and !(electrical_updated && plumbing_updated) then inspection required",
    "Property: ITV < 80% -> coinsurance warning to broker; ITV < 60% -> decline",
    "score >= 700 ? 'preferred' : score >= 620 ? 'standard' : 'non-standard'",
    "BOP eligibility: sales <= $5,000,000; sq ft <= 35,000; no cooking w/ open flame (unless UL-300 hood)",
    "Exclude driver if license_status != 'valid' OR dui_count > 0 within 60 months",
    "Rule change 2024-06: remove 'pool without fence' decline; now surcharge $75 + diving board excl.",
    "Home-based business: revenue < $10k -> add HO 04 42; >= $10k -> needs BOP",
    "Cyber: no MFA on email/VPN OR backups not offline => decline; EDR missing => ransomware sublimit 50%",
    "Trampoline = yes AND netting = no → refer; yes AND netting = yes → accept w/ med pay limited to $1k",
    "Fleet: > 10 power units → commercial auto; <= 10 → personal lines only if all private passenger",
    "Life: BMI 18.5–29.9 std; 30–34.9 table 2; >= 35 table 4 (refer to med director if >= 40)",
    "Smoker = Y if any nicotine use (incl. vaping/patch) in last 12 mos; cigars <= 12/yr OK",
    "if flood_zone starts with 'V' then require elevation cert; zone 'A*' → EC if bldg > 1 story",
    "Prior carrier non-renewed? → ask reason; if reason = 'losses' and count >= 2 → refer",
    "if (home_age > 40) && (roof_age > 15) => 4-point inspection before bind",
    "Wenn Baujahr < 1970 und Leitungswasserschäden ≥ 2 in 5 Jahren, dann Selbstbehalt 1.000 € vereinbaren.",
    "Si conducteur novice (permis < 3 ans) alors surprime 100 % la 1ère année, 50 % la 2e année.",
    "when state in ('FL','LA','TX') and construction = 'frame' and dist_coast < 2500 ft -> no wind",
    "mobile homes: year < 1976 (pre-HUD) -> decline; 1976–1994 -> tie-downs required",
    "loss_ratio_3yr > 70% → renew w/ +12% rate & $2,500 ded; > 100% → non-renew",
    "Step 3: select the highest applicable tier (A > B > C); do not average tiers",
    "Exceptions: UW manager may override rules 12–19 w/ documented reason; never rule 20 (sanctions screening).",
    "if 'knob & tube' appears in wiring_notes -> decline (no exceptions)",
    "Vehicle symbol >= 25 and driver age < 30: refer; symbol >= 30 always refer",
    "Min. deductible = max($1,000, 1% × Cov A)",
    "Pet liability: bite_history == true → exclude animal liability (endt HO 24 01)",
    "Rule priority: decline rules > refer rules > surcharge rules > credits",
    "Let's drop rule UW-88 (duplicate of UW-41) — keeping UW-41 since it covers both HO3 & HO5.",
    "Builder's risk: project duration > 24 months -> refer; wood-frame > 4 stories -> refer to cat UW",
    "IF claims_5yr = 0 AND years_with_us >= 3 THEN loyalty credit -5% (cap: -10% total credits)",
    "Accept only if: sprinklered = 'Y' || (construction = 'fire resistive' && alarm = 'central')",
    "Rule UW-203: employees_remote > 50% → cyber questionnaire v2 mandatory",
    "EPLI: > 50 employees & prior EEOC charge in 3 yrs => retention >= $50k",
    "Hard stop: insured name matches a sanctions list entry (fuzzy score >= 0.92) -> compliance review",
    "Marine cargo: strikes, riots & civil commotion excluded unless bought back; transit > 60 days -> refer",
    "若驾驶人年龄 < 25 且近三年出险次数 ≥ 2，则转人工核保。",
    "築年数が30年を超え、かつ給排水管の更新履歴がない場合は、水濡れ特約の引受不可。",
    "tier := case when credit_band = 'A' and no_losses then 'P1' when credit_band in ('B','C') then 'P2' else 'P3' end",
    "Rule 7b (restaurants): deep fryers present && no Ansul system -> decline; Ansul serviced < 6 mo ago -> OK",
    "if (annual_mileage > 20000) { usage = 'business'; } else { usage = 'pleasure/commute'; }",
    "Condo HO6: Cov A min = $25k or 10% of Cov C, whichever is greater; loss assessment $1k default",
]

UW_VARS = [("driver_age", ["< 21", ">= 25", "> 75"]), ("prior_claims", ["= 0", ">= 2", "> 3"]),
           ("roof_age", ["> 15", "<= 10", "> 25"]), ("credit_band", ["= 'A'", "in ('D','E')"]),
           ("tiv", ["> 5000000", "< 250000"]), ("protection_class", [">= 9", "<= 3"]),
           ("years_licensed", ["< 3", ">= 10"]), ("sq_ft", ["> 6000", "< 600"])]
UW_ACTIONS = ["then tier A", "then tier C", "then refer to UW", "then decline", "then surcharge 10%",
              "then credit -5%", "then require inspection", "then $2,500 min ded"]


def tmpl_uw_rule(rng):
    v1, ops1 = rng.choice(UW_VARS)
    v2, ops2 = rng.choice(UW_VARS)
    act = rng.choice(UW_ACTIONS)
    if v1 == v2:
        return f"if {v1} {rng.choice(ops1)} {act}"
    return f"if {v1} {rng.choice(ops1)} {rng.choice(['and', 'or', 'AND', '&&'])} {v2} {rng.choice(ops2)} {act}"


# ---------------------------------------------------------------------------
# 6. rating_calc: premium arithmetic and rating factors
# ---------------------------------------------------------------------------
RATING_CALC = [
    "Base $812 × territory 1.18 × age/gender 1.42 × vehicle 0.97 = $1,319.79",
    "Premium = Cov A ($350,000) / 1000 × rate 3.12 = $1,092; + wind surcharge 8% = $1,179.36",
    "RCV 18,220 - depr (35%) 6,377 = ACV 11,843",
    "Credits: multi-policy -12%; protective devices -5%; claims-free -8% => total -25% (cap -30%)",
    "Experience mod (EMR) 0.87 → WC premium $42,310 × 0.87 = $36,809.70",
    "Short-rate cancellation: 90 of 365 days used → earned = 90/365 × $1,200 × 1.10 = $325.48",
    "Pro-rata refund: (365-122)/365 × $980 = $652.44",
    "Deductible factor: $500 → 1.00; $1,000 → 0.91; $2,500 → 0.82; $5,000 → 0.75",
    "ILF table: 100/300 = 1.00, 250/500 = 1.27, 500/500 = 1.41",
    "Loss ratio = incurred / earned = 612k / 940k = 65.1%",
    "Combined ratio 98.7% (LR 64.2% + ER 34.5%)",
    "rate change: +6.5% overall; +9.8% for territories 11–14; -2.0% territory 3",
    "Min premium $250 applies (calc'd premium $187.40 < min)",
    "Tax & fees: premium tax 2.5% + stamping fee 0.18% + policy fee $25",
    "Insurance score 812 → factor 0.78; no-hit → 1.00; thin file → 1.05",
    "BI 100/300: $412; PD 100: $287; UM/UIM 100/300: $96; Comp ($500 ded): $188; Coll ($1,000 ded): $361 → total $1,344 / 6 mo",
    "Versicherungssumme 1914 = 22.000 Mark × Baupreisindex 22,13 → 486.860 €",
    "Prime annuelle TTC : 624,80 € (dont taxes 9 %) ; fractionnement mensuel +3 %",
    "Rate per $100 of payroll: class 8810 = $0.21; class 5403 = $9.87",
    "Cat load = AAL × (1 + risk margin 35%) = $1,240 × 1.35 = $1,674",
    "trend factor = (1.045)^(2.5) = 1.1163",
    "credibility Z = sqrt(n / 1082) = sqrt(683/1082) ≈ 0.794",
    "Indicated rate change = (L + LAE) / (1 - V - Q) = 0.682 / (1 - 0.27 - 0.05) = 1.003 → +0.3%",
    "Tier A factor 0.85; tier B 1.00; tier C 1.25; tier D = decline",
    "Driver age 17 male: 2.65; 17 female: 2.10; 25+ married: 0.90",
    "Installments: Q1 $310.25 | Q2 $310.25 | Q3 $310.25 | Q4 $310.25 (+ $3 installment fee each)",
    "Earned premium as of 6/30 = $1,200 × 181/365 = $595.07",
    "Reserves: case $1.2M + IBNR $0.8M (chain-ladder, LDF 12-24 = 1.342)",
    "Expected losses = exposure × freq × sev = 12,400 car-years × 0.052 × $4,880 = $3,146,598",
    "BMI = 86 kg / (1.78 m)^2 = 27.1 → standard",
    "$500k 20-yr term, male 40 non-smoker: $38.50/mo; smoker: $112.20/mo",
    "Roof age factor: 0-5 yrs 0.90 | 6-10 1.00 | 11-15 1.15 | 16-20 1.35 | >20 → decline",
    "Coinsurance: insured $300k / (80% × $500k = $400k) × loss $100k = $75k, less ded",
    "Mod = (Ap + W×Ae + (1−W)×Ee + B) / (E + B)",
    "Quote comparison: ours $1,840 vs. incumbent $1,615 — delta +13.9%; broker asks if we can match?",
    "10% off for paying in full → $1,319.79 × 0.90 = $1,187.81",
    "Rate 0.0032 × TIV; TIV = bldg 2.4M + BPP 650k + BI 1.1M = 4.15M → $13,280",
    "Saldo premio: 1.250,00 € – acconto 400,00 € = 850,00 € da versare entro il 31/01",
    "保険料 = 基本保険料 48,000円 × ノンフリート等級係数 0.63 = 30,240円",
    "Hausrat: 650 €/m² × 92 m² = 59.800 € Versicherungssumme (Unterversicherungsverzicht)",
    "Expense ratio target <= 28%; commission 15% + premium tax 2.3% + other acquisition 4.1% + G&A 6.2% = 27.6%",
    "Schedule rating: +5% (management), -10% (premises), +3% (employees) = net -2% (max ±25%)",
    "Flood: zone AE, BFE 11 ft, lowest floor 13 ft (+2) → rate $0.41/$100 bldg; ICC $75",
    "Avg. severity $4,880 (2023) vs. $4,410 (2022): +10.7% YoY; frequency -3.1%",
    "Renewal premium $2,118 (+8.4%): base rate +5.2%, ITV +3.0% (Cov A 412k→424k), credit tier no change",
    "Premium adj. after endt #3: (218 days remaining / 365) × ($1,604 - $1,412) = +$114.68 AP",
    "Return premium (RP) on deleted vehicle: $96.20 — refund to insured's card ending 4411",
    "Profit & contingency 5%; investment income offset -2.1%; target combined <= 97%",
    "Workers comp: payroll $1,250,000 / 100 × rate 2.84 = $35,500 × EMR 1.12 = $39,760; + terrorism $0.01/100",
    "Surcharge table (at-fault accidents, 3 yrs): 1 → +30%, 2 → +75%, 3+ → refer",
    "Average premium per policy: $1,643 (HO) / $1,318 (auto) / $742 (renters incl. fees)",
    "GWP 2024 $182.4M; NWP $131.7M (cession 27.8%); NEP $126.0M",
    "Formula in the sheet: =ROUND(B4*B5*B6*(1-B9),2) → $1,187.81",
    "Monatsbeitrag: 1.320,00 € / 12 = 110,00 € (+ 5 % Ratenzuschlag = 115,50 €)",
]


def tmpl_rating(rng):
    base = rng.randint(400, 2500)
    f1 = rng.choice([0.85, 0.92, 1.00, 1.07, 1.18, 1.25, 1.42])
    f2 = rng.choice([0.78, 0.91, 0.97, 1.00, 1.05, 1.12])
    credit = rng.choice([0, 5, 8, 10, 12])
    total = round(base * f1 * f2 * (1 - credit / 100), 2)
    if credit:
        return f"Base ${base:,} × terr {f1:.2f} × veh {f2:.2f} × (1 - {credit}% credit) = ${total:,.2f}"
    return f"Base ${base:,} × terr {f1:.2f} × veh {f2:.2f} = ${total:,.2f}"


# ---------------------------------------------------------------------------
# 7. repair_estimates: auto body and property repair lines with part codes
# ---------------------------------------------------------------------------
REPAIR_ESTIMATES = [
    "R&I bumper cover (front) 1.8 hr; repl. bumper absorber P/N 71170-TBA-A00 $86.40",
    "Line 12: Repl LT headlamp assy, OEM 33150-TBA-A01, $612.00 + 0.6 hr labor",
    "Refinish hood 2.8 hrs + clear coat 40%; blend LF fender 1.1 hr",
    "Paint mat'l: 6.4 hrs × $42/hr = $268.80",
    "Frame: pull & measure 3.0 hrs; unibody set-up $150",
    "Sublet: ADAS recal (front camera & radar) $385 — required after windshield R&R",
    "Aftermarket (CAPA) vs. OEM: CAPA grille $142 / OEM $318 — insd requests OEM (policy allows LKQ)",
    "Roof: tear off 28 sq, 30-yr arch shingles, drip edge, ice & water shield (2 courses at eaves)",
    "DRY: dehumidifier (per 24h) 3 units × 4 days = 12 EA @ $72.50",
    "WTR: tear out wet drywall, cleanup, bag for disposal — 128 SF @ $0.86/SF",
    "Line 22: R&R baseboard – 3 1/4\" — 46 LF @ $3.92",
    "Supplement: found bent inner fender apron (LF) after teardown; 2.5 hr structural",
    "Windshield: OEM w/ rain sensor & HUD (P/N 73111-TVA-A11), urethane kit, moulding",
    "Labor rates: body $58/hr, frame $75/hr, mech $110/hr, paint $58/hr",
    "Qty 2 — wheel 18x8 alloy (LKQ recycled) $240 ea; TPMS sensor reuse",
    "Est. total $6,812.44 — parts $3,102.10 | labor $2,410.00 | paint $580.34 | tax $420.00 | sublet $300",
    "Kostenvoranschlag: Stoßfänger hinten erneuern (Teile-Nr. 5G6 807 421 GRU) 412,30 €; Lackierung 380,00 €",
    "Devis carrosserie : remplacement aile AVG + peinture ; main-d'œuvre 6 h à 72 €/h",
    "Plumbing: replace 3/4\" PEX supply line & shut-off valve; open/close wall 2' × 3'",
    "HVAC: condenser replaced (lightning) — 3 ton, 16 SEER, model 24ACC636, $4,120 installed",
    "Electrical: replace GFCI receptacles (x4) & 20A breaker; permit $85",
    "Flooring: 420 SF LVP @ $5.95 + underlayment @ $0.45 + transition strips (3) + toilet R&R",
    "Cabinet: R&R sink base 36\" (match existing maple, shaker), countertop detach & reset",
    "Note: << not included: mold remediation >> — separate vendor",
    "Op codes: 0101 R&I, 0102 R&R, 0103 Repair, 0104 Refinish, 0105 Blend",
    "Glass: chip repair × 2 (no charge under comp w/ $0 glass ded)",
    "Diagnostic scan pre/post: $65 each (DTCs: B0092, U0155, C1234)",
    "Hidden damage allowance: +15% pending teardown (approval required before exceeding)",
    "Tear-off 2 layers! (+$48/sq); decking: replace 6 sheets 7/16 OSB @ $38",
    "Est #E-2024-1182 v2 (rev. for supp 1): delta +$1,204.17",
    "Fence: 6' cedar privacy, 3 panels (8' ea) + 2 posts set in concrete",
    "Contents: 32 boxes pack-out @ $45/box; storage 2 months @ $180/mo",
    "修理見積：リアバンパー交換 ¥48,000、塗装 ¥32,000、工賃 ¥18,000",
    "Repair LR door 2.0 hr; PDR on roof (14 dents, dime-quarter size) $1,150",
    "Repl. radiator support (upper tie bar) 52202-02200 — weld-on, 4.5 hrs incl. corrosion protection",
    "Airbag module (driver) + clockspring + SRS reset: $1,480.20 parts / 1.5 hrs",
    "R&R & refinish rear bumper cover; add flex additive; add 0.5 hr for 3-stage pearl (white)",
    "Towing $185 + storage 6 days × $45 = $455; release fee $75",
    "Interior: replace carpet (flood, water to seat level) + seat motor LF; clean/dry & odor treatment",
    "Scope: 1) demo wet insulation attic (220 SF); 2) replace 4 rafters 2x6; 3) sheathing 5 sheets; 4) reshingle 12 sq",
    "Presupuesto: cambio de paragolpes delantero + faro izq.; mano de obra 4,5 h × 38 €/h",
    "Preventivo carrozzeria: sostituzione portiera ant. dx, verniciatura, smontaggio/montaggio accessori – 1.240 € + IVA",
    "Windows: replace 2 double-hung vinyl 36\" × 60\" (Low-E, argon) + trim & caulk",
    "Xactimate line: DRY>DEHU — Dehumidifier (per 24 hour period) - XLarge, 3 × 5 days",
    "Paint: walls & ceiling LR/DR 1,180 SF — seal/prime stain (KILZ) then 2 coats",
    "Parts list: 52119-0R901 bumper cover; 52611-0R010 absorber; 81150-0R170 headlamp LH; 53301-0R020 hood",
    "Mechanical: A/C condenser & receiver-drier R&R, evacuate & recharge R-1234yf (1.1 lb)",
    "Estimate differs from shop by $812: we allow 1.0 hr less for blend & OEM vs. A/M bracket",
    "Deck: replace 14 boards 5/4\" × 6\" PT & 1 joist (tree impact); stain to match (will not match exactly)",
    "Chimney: rebuild 6 courses above roofline, new crown & cap; crane rental $650/day",
    "Total loss eval: repairs $9,104 > 75% of ACV ($11,200 × 0.75 = $8,400)",
]

REPAIR_OPS = ["R&I", "R&R", "Repl.", "Repair", "Refinish", "Blend", "O/H"]
REPAIR_PARTS = ["front bumper cover", "LF fender", "RR door shell", "hood", "trunk lid",
                "RT mirror glass", "LT tail lamp", "grille", "rocker moulding", "quarter panel LR"]


def tmpl_repair(rng):
    pn = f"{rng.randint(10000, 99999)}-{rng.choice(['TBA', 'T2A', '0R0', 'SNA', '3TA'])}-{rng.choice(['A0', 'A1', 'X0'])}{rng.randint(0, 9)}"
    hrs = rng.choice([0.3, 0.5, 0.8, 1.2, 1.6, 2.0, 2.4, 3.1])
    price = rng.randint(25, 900) + rng.choice([0, 0.5, 0.99, 0.4])
    return f"Line {rng.randint(1, 60)}: {rng.choice(REPAIR_OPS)} {rng.choice(REPAIR_PARTS)} P/N {pn} ${price:,.2f}; {hrs} hr"


# ---------------------------------------------------------------------------
# 8. medical_billing: CPT / ICD-10 / HCPCS lines from injury claims
# ---------------------------------------------------------------------------
MEDICAL_BILLING = [
    "CPT 99284 (ED visit, high severity) $1,240; CPT 72125 CT c-spine w/o contrast $1,880",
    "ICD-10 S13.4XXA (sprain of ligaments of cervical spine, initial); V43.52XA",
    "Dx: M54.2 cervicalgia; S16.1XXA strain of muscle at neck level",
    "PT: 97110 × 4 units, 97140 × 2, 97014 (e-stim) × 1 — DOS 03/04–04/19",
    "Chiro: 98941 (3-4 regions) 22 visits × $85 = $1,870",
    "Modifier -25 on 99213; -59 on 97140 (distinct procedural service)",
    "Ambulance: A0427 ALS1 emergency $1,150 + A0425 mileage 12 mi × $14.50",
    "UB-04 rev code 0450 (ER) / 0320 (x-ray); bill type 131",
    "EOB: billed $4,310.00; allowed $2,118.40; paid $1,694.72 (80%); pt resp $423.68",
    "Fee schedule: NY No-Fault Region IV; conversion factor applied to 99204",
    "MRI lumbar w/o contrast (72148) — prior auth #PA-771203 approved",
    "NDC 00093-0058-01 (ibuprofen 800mg) #60 — $12.40",
    "Lien: St. Joseph's Hospital asserts lien $18,442.12 under state hospital lien law",
    "ICD-10 S82.201A fx of shaft of right tibia, initial; S42.001A fx of clavicle, initial",
    "Causation: pre-existing DJD (M47.812) at C5-C6 per 2021 MRI — apportionment?",
    "Bill review reduced 97750 (FCE) from 8 to 4 units (> guideline)",
    "W/C: DWC-1 filed; PR-2 progress report; MMI reached 7/12; WPI 5%",
    "HCPCS E0114 crutches, L1830 knee immobilizer — DME vendor invoice #D-4471",
    "Dr. O'Brien's narrative: 'pt reports 7/10 pain, worse w/ flexion; ROM ↓ 30%'",
    "Diagnosen: S13.4 Distorsion der Halswirbelsäule; Arztbericht vom 14.03. liegt vor.",
    "CIM-10 S93.4 (entorse de la cheville) ; arrêt de travail 10 jours (ITT 8 jours)",
    "Ortho f/u 99214 + x-ray 73590 (tib/fib 2 views) — $398",
    "Denied: 97039 (unlisted modality) — documentation insufficient; resubmit w/ notes",
    "Pharmacy: Rx #1182334 cyclobenzaprine 10mg TID × 14d; copay $10",
    "Surgery: 29881 knee arthroscopy w/ meniscectomy; anesthesia 01400 (base 4 + time 6)",
    "Dental (accident): D7140 extraction; D2740 crown porcelain/ceramic — $1,620",
    "Total med specials to date: $23,918.54 (ER 3,120 + imaging 2,970 + PT 6,210 + ortho 11,618.54)",
    "CMS-1500 box 21: A. S13.4XXA B. M54.2 C. V43.52XA; box 24E pointer 'AB'",
    "Medicare: MSP query sent; Section 111 reporting ORM = Y",
    "Psych: 90837 (60 min) × 10 sessions for F43.10 PTSD post-MVA",
    "Hosp. stay 3 days DRG 481 (hip & femur procedures except major joint w/ CC)",
    "CPT 20610 (arthrocentesis, major joint) + J1030 methylprednisolone 40 mg",
    "Script for PT: 'eval & treat, 2-3x/wk × 6 wks'",
    "Bill from 'Advanced Spine & Pain': $12,600 for 2 ESIs (62321) — review vs. UCR (~$3,200?)",
    "IME scheduled w/ Dr. Patel (ortho) 9/18 10:00; claimant to bring imaging CDs",
    "门诊发票：挂号费 ¥20；CT 检查 ¥480；药费 ¥136.5；合计 ¥636.5",
    "ICD-10 V49.40XA driver injured in collision w/ unspecified motor vehicle (traffic), initial",
    "Y93.C2 (activity: hand held interactive electronic device) — texting while driving? check cell records",
    "ER visit 2024-03-14 22:41 → discharged 02:10; Rx: naproxen 500 mg BID; f/u PCP in 3-5 days",
    "Reduced per fee schedule: 99285 billed $2,480 → allowed $612.33",
    "Demand packet: specials $41,208 + future care (life care plan) $118,000 + wage loss $22,400",
    "CPT 64483 (TFESI L5-S1) × 2 DOS; 77003 fluoroscopy bundled — deny separate charge",
    "Wage loss: 6 wks × $1,180/wk = $7,080 (employer verification form rec'd)",
    "Mileage to medical appts: 38 trips × 22 mi × $0.67 = $560.12",
    "PIP ledger: paid $9,870 of $10,000 limit; remaining $130 → exhaust letter pending",
    "S06.0X0A concussion w/o LOC, initial; R51.9 headache; H53.8 blurred vision",
    "Orthopädie: 5 x Krankengymnastik (KG) à 28,50 € + Erstuntersuchung GOÄ Nr. 1, 5, 7",
    "Codes check: 97530 & 97150 both billed same session — verify CCI edits",
    "Physio: 12 sessions billed, 9 attended per sign-in sheet → recover 3 × $95",
    "ICU 2 days (rev 0200) $11,430; OR time (rev 0360) $8,990; implants (rev 0278) $4,210",
    "Dx changed from S39.012A to M51.26 on 2nd visit — causation question for IME",
]

MED_CPT = [("99213", "office visit est."), ("99283", "ED visit mod."), ("97110", "therapeutic exercise"),
           ("97140", "manual therapy"), ("72141", "MRI c-spine"), ("73030", "x-ray shoulder"),
           ("98940", "CMT 1-2 regions"), ("20552", "trigger pt inj.")]
MED_ICD = ["S13.4XXA", "M54.50", "S33.5XXA", "S46.011A", "S80.01XA", "M79.1", "S20.211A", "G44.309"]


def tmpl_medical(rng):
    code, desc = rng.choice(MED_CPT)
    units = rng.randint(1, 4)
    fee = rng.randint(45, 2200)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    return f"DOS {m:02d}/{d:02d}/24 CPT {code} ({desc}) × {units} — ${fee * units:,}; Dx {rng.choice(MED_ICD)}"


# ---------------------------------------------------------------------------
# 9. correspondence: subrogation letters, broker e-mails, customer messages
# ---------------------------------------------------------------------------
CORRESPONDENCE = [
    "Re: Our Insured: Maria Gonzalez / Your Insured: Acme Plumbing Inc. / D/L: 03/14/2024\n\nDear Claims Professional,\n\nPlease accept this letter as notice of our subrogation interest in the amount of $18,442.17, which includes our insured's $1,000 deductible.\n\nSincerely,\nRecovery Unit",
    "Hi Dana,\n\nCould you quote the attached SOV (14 locations, TIV $38.2M)? Incumbent is at a $0.21 rate; client wants > $1M BI & a $5M flood sublimit (they're in zone X except loc #7 which is AE).\n\nThanks!\nRob | Northside Brokers",
    "Per our call: please drop the 2012 Ford F-150 (veh #2) from the policy effective 6/1 and add the 2024 RAV4 — VIN to follow.",
    "Please cancel policy HO-88213 eff. 7/31 — insured sold the home (closing docs attached).",
    "Arbitration filing # 2024-ARB-3381; amount in dispute $7,210.55; responding carrier has 30 days to answer.",
    "We hereby tender the defense and indemnity of this matter to you pursuant to the additional insured endorsement (CG 20 10) on your policy.",
    "Demand: $1,240 deductible reimbursement to our insured — please remit to Claims Dept., P.O. Box 4410, Columbus, OH 43216",
    "Please upload the documents via our portal: https://claims.example.com/upload?claim=2024-0098-AU&lang=en",
    "FYI — the insured's new email is j.o'neil@example.com (the apostrophe is correct!)",
    "Sehr geehrte Damen und Herren,\n\nbezugnehmend auf Ihr Schreiben vom 12.03. übersenden wir anbei die Reparaturrechnung sowie die Fotos.\n\nMit freundlichen Grüßen\nAutohaus Becker GmbH",
    "Madame, Monsieur,\nSuite au sinistre du 04/02, nous vous prions de trouver ci-joint le rapport d'expertise et la facture du garage.\nCordialement,",
    "Estimados señores: adjuntamos el parte amistoso firmado por ambas partes y las fotos del vehículo. Quedamos a la espera de su respuesta.",
    "Client asked \"what happens if a hacker deletes our whole database?\" — pointed them to the cyber quote (data restoration $250k).",
    "Subject: RE: RE: FW: Renewal 2025 — loss runs needed by Friday!!",
    "--- Reply above this line ---\nThanks, got the estimate. Will review & revert by EOD.",
    "Please note our updated remittance address; checks payable to \"Mutual Fire & Casualty Co.\" only.",
    "Cc: underwriting@example.com; claims-intake@example.com",
    "Kindly confirm whether the exclusion for 'faulty workmanship' applies — the contractor's carrier is denying on the basis of exclusion j(6).",
    "<p>Hi team,</p><p>Loss runs attached &amp; SOV updated (tab \"Locations\").</p><p>Best,<br>Rob</p>",
    "Our file is closed; any further correspondence should be directed to our counsel: Baker & O'Connell LLP, 55 Wall St., New York, NY 10005.",
    "> On Tue, Mar 5, 2024 at 9:12 AM Dana wrote:\n> can you send the 5-yr loss runs?\n\nAttached — valued as of 2/29. No open claims.",
    "Dear Mr. Nguyen,\n\nWe have completed our review of your claim. Unfortunately, the damage to the foundation is caused by settling, which is excluded under Section I, 2.d. You may request an appraisal within 60 days.",
    "Good morning! Could you send me a certificate of insurance naming \"Greenfield Property Mgmt, LLC & its affiliates\" as additional insured? Job starts Monday.",
    "Hi, this is my 3rd email... I still haven't gotten the check. Who do I talk to?? Claim 2024-0098-AU.",
    "Gentile Cliente, La informiamo che il perito incaricato la contatterà entro 5 giorni lavorativi per fissare il sopralluogo.",
    "Geachte heer/mevrouw, hierbij ontvangt u de schaderegeling: € 2.340,00 onder aftrek van het eigen risico van € 250,00.",
    "拝啓　先日の事故につきまして、修理見積書と写真を添付いたします。ご確認のほどよろしくお願いいたします。",
    "Notice of intent to subrogate: our investigation indicates your client's contractor left the torch unattended on the roof on 5/9/24 (fire dept report attached).",
    "Broker: 'Can you bind today & send the binder by 4pm ET? Closing is at 5.' — UW: 'Yes if we get the signed app + inspection waiver.'",
    "Thanks for the call. As discussed: (1) contents list by 4/30; (2) receipts where available; (3) photos of the damaged items. Let me know if you need an extension.",
    "We accept 80% liability; offer $5,768.00 (80% of $7,210) in full settlement of subrogation. Please advise.",
    "Per the attached letter from the mortgage company, please add \"Wells Fargo Bank, N.A. #936 ISAOA ATIMA\" as mortgagee.",
    "Hi! Quick q — does my renters policy cover my roommate's stuff too? She's not on the lease (yet).",
    "This email and any attachments are confidential. If you received this in error, please notify the sender and delete it. Thank you.",
    "Reminder: reservation of rights letter dated 4/2 still applies; nothing in this letter waives any of the Company's rights under the policy.",
    "Dear Sir/Madam — I'm writing to appeal the denial of my claim (ref KX-4471). The leak was sudden, not gradual: the plumber's invoice (attached) says the supply line \"burst\".",
    "Re: Release — please have all three named insureds sign page 2 and return the original; scanned copies OK for now.",
    "Mail from the insured (verbatim): \"my address changed to 12 Rue de l'Église, Apt #4, Montréal (QC) H2X 1Y4\"",
    "Sent via secure link: https://sharefile.example.com/d-s7c1a0b22f (expires in 7 days); password sent separately by SMS.",
    "Dear Broker, your submission is declined: the risk falls outside our appetite (habitational > 4 stories, frame construction). We'd look at it again with sprinklers.",
    "Hola, ¿me pueden confirmar si ya recibieron las fotos? Las mandé el martes por WhatsApp al número que me dieron.",
    "Payment of $3,118.40 issued by EFT on 6/12 (trace #0918273645); allow 2–3 business days.",
    "UW referral memo:\nRisk: 24-unit apartment, 1978, masonry\nIssue: 2 water losses in 2023 ($48k, $31k)\nRecommendation: renew w/ $10k water ded & plumbing inspection",
    "Attn: Subrogation Dept. — please direct all future correspondence on this file to recovery@example.com and reference SB-2024-1177.",
    "Dear Claimant,\n\nEnclosed is a check for $2,610.00 representing the actual cash value of your covered loss, less your deductible. You may be entitled to the recoverable depreciation ($1,120.00) once repairs are completed.",
    "Could you resend the dec page? The one I have shows the old address (123 Main St. instead of 123 Maine St.) :)",
    "Hello, I am the landlord. The tenant's insurance lapsed on 5/1; please confirm whether the policy was reinstated.",
    "Dear all, the meeting with the loss adjuster is moved to Thu 10:30 (Teams link in the invite). Agenda: BI calc, stock valuation, salvage.",
    "Re: Certificate request — the holder wants \"waiver of subrogation & primary/non-contributory\" wording; we need endt CG 24 04 + CG 20 01 before issuing.",
    "Hi Rob, the carrier came back at $1,840 (vs. $1,615 expiring). Flood sublimit only $2.5M. Want me to go to market?",
]

CORR_GREET = ["Hi", "Hello", "Dear", "Good afternoon"]
CORR_NAMES = ["Dana", "Mr. Okafor", "Ms. Lindqvist", "team", "Rob", "Mrs. Álvarez", "Priya"]
CORR_BODY = ["attached are the revised loss runs", "please find the signed proof of loss attached",
             "the inspection report is ready", "can we get a quote by Thursday",
             "the insured accepted the settlement offer", "the mortgagee needs an updated dec page",
             "we are still waiting on the repair invoice"]
CORR_SIGN = ["Thanks", "Regards", "Best", "Cheers", "Kind regards"]


def tmpl_correspondence(rng):
    ref = f"{rng.choice(['CLM', 'POL', 'SB', 'Q'])}-{rng.randint(10000, 99999)}"
    return (f"{rng.choice(CORR_GREET)} {rng.choice(CORR_NAMES)},\n\n"
            f"Re {ref}: {rng.choice(CORR_BODY)}.\n\n{rng.choice(CORR_SIGN)},\n{rng.choice(['Sam', 'Jo', 'Kim', 'Lee', 'Ana'])}")


# ---------------------------------------------------------------------------
# 10. doc_uploads: file names, paths and upload descriptions
# ---------------------------------------------------------------------------
DOC_UPLOADS = [
    "FNOL_photos_2024-03-14 (1).zip",
    r"C:\Users\jsmith\Documents\Claims\2024\CLM-77120\estimate_v2.pdf",
    "/home/adjuster/scans/POL-2024_00871-B_endt3.pdf",
    "IMG_4471.HEIC",
    "police report - 24-118832.pdf",
    "Dec page (2024-25) FINAL final v3.docx",
    "\\\\fs01\\claims$\\2024\\Q1\\CLM-2024-0098\\photos\\",
    "s3://insurer-docs-prod/claims/2024/0098/IMG_0012.jpg",
    "Schadenfoto_Wohnzimmer_März.jpg",
    "déclaration_sinistre_signée.pdf",
    "事故現場写真_01.jpg",
    "Rx receipts; CVS & Walgreens (Jan–Mar).pdf",
    "Proof of Loss - SIGNED & NOTARIZED.pdf",
    "O'Neil_J_recorded_statement_2024-10-12.mp3",
    "estimate #2 (supp) $6,812.pdf",
    "/mnt/share/uw/submissions/Northside Brokers/ACME Corp/SOV_2025.xlsx",
    "~/Downloads/loss_runs_5yr (valued 02-29-2024).pdf",
    "Document type: Photo | Description: water line on wall, ~14 in | File: IMG_0007.JPG",
    "scan0001.tif; scan0002.tif; scan0003.tif (3 pages of medical records)",
    "ACORD 25 - COI - 123 Main St (AI = Landlord LLC).pdf",
    "Video_doorbell_clip_23-44-10.mp4",
    "repair_invoice[1].pdf",
    "W-9 (Joe's Auto Body).pdf",
    "/Volumes/CLAIMS/2024/CLM-77120/IMG_0012.JPG",
    "claim_2024-0098_AU -- photos 1-24 (front, rear, LF, RR).pdf",
    "Moved the old estimates to ../archive (one level up from the claim folder) so the current one is easy to find.",
    "attachments: dec_page.pdf, id_cards.pdf, endt_3.pdf",
    "Screenshot 2024-03-14 at 10.22.31 PM.png",
    "WhatsApp Image 2024-06-02 at 18.04.11.jpeg",
    "Kostenvoranschlag_Autohaus_Becker_12.03.2024.pdf",
    "constat_amiable_recto+verso.jpg",
    "foto's schade dak (3).jpg",
    r"D:\UW\Referrals\2025\Q1\Greenfield Property Mgmt\inspection_report_rev2.pdf",
    "contents inventory - DRAFT - do not send.xlsx",
    "hail_damage_roof_drone_4K.MOV",
    "Medical records (Dr. O'Brien) - 2024-01-03 to 2024-04-19.pdf",
    "ISO_ClaimSearch_report_2024-0331.pdf",
    "engineer's report – foundation (final).pdf",
    "/data/exports/bordereau_2024-Q2.csv",
    "Title & lien release — 2019 Honda CR-V.pdf",
    "receipt #88120 bestbuy.jpg",
    "Photo description: \"kitchen ceiling after removing wet drywall (looking north)\"",
    "ficha_técnica_vehículo_AUT-MX-0029911.pdf",
    "保险理赔申请书_已签字.pdf",
    "Zdjęcia_szkody_dach_grad.zip",
    "ID-card front/back — insured + spouse.pdf",
    "Upload failed for 'IMG_20240314_101500~2.jpg' (file too big?) — trying again as PDF",
    "\\\\nas02\\scans\\intake\\2024-03-14\\batch_07\\",
    "Folder structure on the share: /claims/2024/CLM-77120/{photos,estimates,correspondence}/",
    "tow_invoice_Lakeside_#4471.pdf",
    "policy_jacket_HO3 (05-11 ed.).pdf",
    "My home inventory (from the app) - export.csv",
]

DOC_KINDS = ["photo", "estimate", "invoice", "police_report", "med_records", "receipt", "statement", "dec_page"]
DOC_EXT = ["pdf", "jpg", "JPG", "png", "heic", "docx", "xlsx", "tif"]


def tmpl_doc(rng):
    clm = f"CLM-{rng.randint(10000, 99999)}"
    kind = rng.choice(DOC_KINDS)
    ext = rng.choice(DOC_EXT)
    shape = rng.randint(0, 2)
    if shape == 0:
        return f"{clm}_{kind}_{rng.randint(1, 40):02d}.{ext}"
    if shape == 1:
        return f"/claims/2024/{clm}/{kind}s/{kind}_{rng.randint(1000, 9999)}.{ext}"
    return f"{kind} ({rng.randint(1, 12)}-{rng.randint(1, 28)}-24) v{rng.randint(1, 4)}.{ext}"


CATEGORIES = [
    ("policy_refs", POLICY_REFS, tmpl_policy_ref),
    ("fnol_narrative", FNOL_NARRATIVES, tmpl_fnol),
    ("adjuster_notes", ADJUSTER_NOTES, tmpl_adjuster_note),
    ("coverage_wording", COVERAGE_WORDING, tmpl_coverage),
    ("uw_rules", UW_RULES, tmpl_uw_rule),
    ("rating_calc", RATING_CALC, tmpl_rating),
    ("repair_estimates", REPAIR_ESTIMATES, tmpl_repair),
    ("medical_billing", MEDICAL_BILLING, tmpl_medical),
    ("correspondence", CORRESPONDENCE, tmpl_correspondence),
    ("doc_uploads", DOC_UPLOADS, tmpl_doc),
]


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    stats = []
    for name, literals, tmpl in CATEGORIES:
        values = []
        for v in literals[:PER_CATEGORY]:
            if v in seen:
                raise SystemExit(f"duplicate literal in {name}: {v!r}")
            seen.add(v)
            values.append(v)
        n_lit = len(values)
        tries = 0
        while len(values) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template for {name} cannot produce enough unique values")
            v = tmpl(rng)
            if v in seen:
                continue
            seen.add(v)
            values.append(v)
        if n_lit < 0.55 * PER_CATEGORY:
            raise SystemExit(f"{name}: only {n_lit} literals")
        stats.append((name, len(values), n_lit))
        for v in values:
            rows.append({"category": name, "value": v})

    out = Path(__file__).with_name("benign.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, r in enumerate(rows, 1):
            v = r["value"]
            assert isinstance(v, str) and v and len(v) <= 1800, v
            obj = {"id": f"{PREFIX}-{i:05d}", "category": r["category"], "label": "benign", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for name, n, n_lit in stats:
        total_lit += n_lit
        print(f"{name:18s} {n:4d}  literals {n_lit}")
    print(f"{'TOTAL':18s} {len(rows):4d}  literals {total_lit}")


if __name__ == "__main__":
    main()
