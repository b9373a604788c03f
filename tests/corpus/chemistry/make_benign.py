#!/usr/bin/env python3
"""Benign held-out corpus for the chemistry ELN / inventory theme. Stdlib only."""
import json
import os
import random

SEED = 11601
PREFIX = "hbb6"
PER_CAT = 80

CATS = []

# ---------------------------------------------------------------- structure_search
structure_search = [
    "CC(=O)Oc1ccccc1C(=O)O",
    "[Na+].[Cl-]",
    "C#N",
    "C[C@@H](N)C(=O)O",
    "F/C=C/F",
    "F/C=C\\F",
    "InChI=1S/C2H6O/c1-2-3/h3H,2H2,1H3",
    "InChIKey=LFQSCWFLJHTTHZ-UHFFFAOYSA-N",
    "c1ccc2ccccc2c1",
    "O=C(O)c1ccccc1O",
    "CN1C=NC2=C1C(=O)N(C(=O)N2C)C",
    "substructure: c1ccncc1 and MW < 300",
    "similarity >= 0.85 to CC(C)Cc1ccc(cc1)C(C)C(=O)O (ibuprofen)",
    "[O-][N+](=O)c1ccccc1",
    "OC[C@H]1OC(O)[C@H](O)[C@@H](O)[C@@H]1O",
    "C1CC1",
    "ClC(Cl)(Cl)Cl",
    "[2H]C([2H])([2H])Cl",
    "CC(C)(C)OC(=O)N",
    "SMARTS [NX3][CX3](=O)[OX2] for carbamates",
    "[#6]-[#8]-[#1]",
    "Cl.CN",
    "C[Si](C)(C)Cl",
    "Cl[Pd]Cl",
    "c1ccc(cc1)P(c1ccccc1)c1ccccc1",
    "O=S(=O)(O)O",
    "CCO |c:1|",
    "CC(=O)N[C@@H](Cc1ccc(O)cc1)C(=O)O",
    "N#Cc1ccccc1",
    "C=CC(=O)OC",
    "ethanol OR EtOH OR CCO",
    "formula = 'C6H12O6' and not a sugar alcohol",
    "aspirin",
    "2-acetoxybenzoic acid",
    "(R)-(+)-limonene",
    "tert-butyl methyl ether",
    "N,N-dimethylformamide",
    "Grubbs' catalyst 2nd generation",
    "Wilkinson's catalyst",
    "Meldrum's acid",
    "[Cu+2].[O-]S(=O)(=O)[O-]",
    "N#CC#N",
    "*CC(*)c1ccccc1",
    "[Fe+3]",
    "cis-2-butene is C/C=C\\C, trans is C/C=C/C — the search treats them as different",
    "InChI=1S/CH4/h1H4",
    "O=C1CCCCC1",
    "CAS 50-78-2",
    "64-17-5",
    "C1=CC=C(C=C1)O (Kekulé phenol, should match c1ccc(O)cc1)",
    "why does [nH]1cccc1 not match pyrrole drawn as N1C=CC=C1?",
    "C[N+](C)(C)C.[Br-]",
    "CC(C)[C@H](N)C(=O)O -- L-valine, not D",
    "Br/C=C/Br OR Br/C=C\\Br",
]
ss_prefix = ["exact:", "substructure:", "similar to", "scaffold:", "salt-stripped", "tautomer of"]
ss_smiles = ["c1ccccc1", "CC(=O)O", "OCC(O)CO", "C1CCOC1", "CS(C)=O", "c1ccoc1", "CCN(CC)CC",
             "O=C=O", "C[C@H](O)C(=O)O", "Nc1ccccc1", "ClCCl", "CC#N", "[K+].[O-][Mn](=O)(=O)=O",
             "C/C=C/C(=O)O", "CC1=CC(=O)C=CC1=O"]
def t_structure(r):
    return "%s %s" % (r.choice(ss_prefix), r.choice(ss_smiles))
CATS.append(("structure_search", structure_search, t_structure))

# ---------------------------------------------------------------- reaction_scheme
reaction_scheme = [
    "CH3COOH + C2H5OH ⇌ CH3COOC2H5 + H2O",
    "2 H2 + O2 → 2 H2O",
    "Fe2O3 + 3 CO → 2 Fe + 3 CO2",
    "CCO.CC(=O)O>>CC(=O)OCC.O",
    "ArBr + PhB(OH)2 --[Pd(PPh3)4, K2CO3, dioxane/H2O 4:1, 90 °C]--> Ar–Ph",
    "R-OH >> R-Cl (SOCl2, cat. DMF)",
    "Step 3 -> step 4: yield dropped from 82% to 61%, probably wet THF",
    "Diels–Alder: diene + dienophile → cyclohexene, endo favoured",
    "Aldol then dehydration (E1cB, not E2)",
    "Swern: (COCl)2, DMSO, −78 °C; then Et3N → rt",
    "SN2 at C-2 with inversion (R → S)",
    "NaBH4, MeOH, 0 °C, 30 min; TLC hex/EtOAc 3:1, Rf 0.42 → 0.18",
    "Mitsunobu: DIAD, PPh3, THF; ROH + ArOH → R–O–Ar",
    "Boc2O, Et3N, DCM | then TFA/DCM 1:1 to take it off again",
    "ΔH = −285.8 kJ/mol",
    "Kp = p(NH3)^2 / (p(N2) · p(H2)^3)",
    "A → B → C; k1 > k2 so B accumulates",
    "Amide coupling joins fragment A and fragment B (HATU, DIPEA, DMF) – the union of both halves is the final target",
    "retro: target ⇒ disconnect C–N ⇒ amine + acid chloride",
    "CuAAC: R–N3 + R'–C≡CH → 1,4-triazole (CuSO4 / Na ascorbate)",
    "Grignard: PhMgBr + acetone → 2-phenyl-2-propanol; keep it dry!",
    "Wittig with Ph3P=CHCO2Et gives mostly E (E/Z > 20:1)",
    "Friedel–Crafts acylation: C6H6 + CH3COCl --AlCl3--> C6H5COCH3 + HCl",
    "NH4+ + OH− ⇌ NH3 + H2O",
    "Cu(s) + 4 HNO3(aq) → Cu(NO3)2(aq) + 2 NO2(g) + 2 H2O(l)",
    "MnO4− + 8 H+ + 5 e− → Mn2+ + 4 H2O   E° = +1.51 V",
    "Ester hydrolysis: LiOH, THF/H2O 3:1, rt, 4 h -> acid (quant.)",
    "Suzuki worked, Negishi did not — drop Negishi from the route",
    "Ozonolysis: O3, DCM, −78 °C; then Me2S → aldehyde",
    "Step 1: protect; Step 2: oxidise; Step 3: deprotect => 3 steps, 41% overall",
    "Hydroboration–oxidation: 1) BH3·THF 2) H2O2, NaOH → anti-Markovnikov alcohol",
    "[M] + L ⇌ [ML], Kd ≈ 3 µM",
    "CO2 + H2O ⇌ H2CO3 ⇌ H+ + HCO3−",
    "Birch: Na/NH3(l), t-BuOH → 1,4-cyclohexadiene",
    "Sonogashira: ArI + HC≡CR, Pd/Cu, Et3N — remember to degas",
    "Is it SN1 or SN2? tertiary substrate + polar protic solvent → SN1",
    "Claisen rearrangement at 180 °C, sealed tube",
    "2 NaN3 → 2 Na + 3 N2 (airbag reaction, do NOT scale)",
    "Reductive amination: aldehyde + amine, NaBH(OAc)3, DCE, AcOH (1 eq.)",
    "Scheme 2 (revised): 4 → 5 → 6 → 7; 5 → 8 is a dead end",
    "Heck coupling, Pd(OAc)2 / P(o-tol)3, 100 °C, ArBr + styrene → stilbene",
    "Buchwald–Hartwig with XPhos; order of addition: Pd, ligand, base, then ArCl",
    "Horner–Wadsworth–Emmons > Wittig for this substrate",
    "C(s) + O2(g) → CO2(g)   ΔH°f = −393.5 kJ mol⁻¹",
    "Fischer esterification is reversible, so use Dean–Stark to drive it →",
    "CC(=O)Cl.OCC>>CC(=O)OCC.Cl",
    "Michael addition, then intramolecular aldol = Robinson annulation",
    "E2 needs anti-periplanar H and LG; check the chair!",
    "acid + base → salt + water (neutralisation, 1:1)",
    "Scheme: 1 —(a)→ 2 —(b)→ 3   a) TBSCl, imid.  b) DIBAL-H, −78 °C",
    "Rate = k[A]^1[B]^0 so B only appears after the RDS",
    "Pinacol coupling → pinacol rearrangement → ketone",
]
rs_reag = ["NaOH", "HCl (4 M in dioxane)", "LiAlH4", "mCPBA", "DMP", "TBAF", "K2CO3", "Pd/C, H2 (1 atm)", "NBS, AIBN", "SOCl2"]
rs_sub = ["benzyl alcohol", "ester 12", "cyclohexene", "aryl bromide 3b", "TBS ether 7", "nitrile 5", "alkene 9"]
rs_prod = ["alcohol", "acid", "epoxide", "aldehyde", "amine", "bromide", "free phenol"]
rs_cond = ["rt, 2 h", "0 °C → rt, overnight", "reflux, 16 h", "−78 °C, 1 h", "MeOH, 40 °C", "DCM, 0 °C, 30 min"]
def t_reaction(r):
    return "%s + %s → %s (%s)" % (r.choice(rs_sub), r.choice(rs_reag), r.choice(rs_prod), r.choice(rs_cond))
CATS.append(("reaction_scheme", reaction_scheme, t_reaction))

# ---------------------------------------------------------------- procedure_note
procedure_note = [
    "Added 5.00 g (32.1 mmol, 1.0 equiv) of the acid to a 250 mL RBF, then DCM (100 mL). Cooled to 0 °C.",
    "Stirred overnight at rt. TLC (hex/EtOAc 4:1) shows full conversion.",
    "Quenched with sat. NH4Cl (50 mL), extracted 3 × 30 mL EtOAc, dried over Na2SO4, concentrated.",
    "Select the 500 mL flask with the ground-glass joint, drop in the stir bar, and flush with N2 before adding the hydride.",
    "Heat to 80 °C; hold 2 h; cool to rt; filter through Celite; wash cake with cold MeOH.",
    "Let the crude sleep in the freezer over the weekend — crystals came out by Monday.",
    "Ratio DCM:MeOH 95:5 for the column, then 90:10 to flush the polar stuff.",
    "Yield: 3.42 g (78%), white solid, mp 134–136 °C (lit. 135 °C).",
    "Note: the order by which you add reagents matters here — base first, then the acyl chloride, dropwise.",
    "Reaction turned dark brown after ~10 min; that's normal according to O'Connor's thesis.",
    "Recrystallised from hot EtOH/H2O (3:1). Did not use the mother liquor.",
    "pH adjusted to 7–8 with 1 M NaOH; checked with paper, not the meter (meter is broken).",
    "Warning: exotherm on addition! Keep internal temp < 10 °C.",
    "Used 1.2 eq. of NBS instead of 1.05 eq.; got ~15% dibromide, so go back to 1.05 next time.",
    "Rotovap bath 40 °C, 200 mbar → 20 mbar; product is volatile-ish, don't go lower.",
    "Scale-up from 1 g to 25 g: same conditions, but addition over 45 min instead of 5.",
    "Titrated n-BuLi against diphenylacetic acid: 2.31 M (label says 2.5 M).",
    "Degassed by three freeze–pump–thaw cycles.",
    "The product streaks on silica; add 1% Et3N to the eluent.",
    "Day 2: filtered, washed with Et2O (2 × 20 mL) and dried under high vac for 4 h.",
    "Mixed A and B in a 2:1 ratio (w/w), ball-milled 30 min at 25 Hz.",
    "Prepared 0.1 M HCl: 8.3 mL conc. HCl (37%) → 1 L with DI water. Always acid into water!",
    "Failed: no reaction after 24 h. Suspect the Pd was dead (black). Will try fresh Pd2(dba)3.",
    "Procedure follows Org. Synth. 2019, 96, 1–15 with minor changes (see below).",
    "1) dissolve  2) cool  3) add  4) stir  5) quench — same as last time but 2× scale",
    "Used 'anhydrous' DMF from the new bottle; Karl Fischer says 120 ppm water, so not that anhydrous.",
    "Workup: wash with brine && dry — sorry, typing like a programmer, I mean wash with brine and then dry.",
    "Internal temp logged every 5 min: 0 → 3 → 6 → 4 → 2 °C",
    "Sample for NMR taken at t = 1 h, 3 h, 6 h.",
    "Cooled with dry ice/acetone (−78 °C). Don't use the dewar with the crack.",
    "Added the catalyst in one portion; bubbling (H2?) for ~2 min.",
    "Column: 40 g silica, gradient 0 → 30% EtOAc in heptane over 20 CV.",
    "Kept under argon the whole time; balloon changed once.",
    "Filtered off the DCU; the filtrate was concentrated and taken up in EtOAc.",
    "Total volume ≈ 120 mL; concentration ~0.25 M.",
    "Left the stirring overnight at 300 rpm — the bar decoupled at some point, so mixing was poor.",
    "Repeat of JS-114 but with NaOtBu instead of Cs2CO3.",
    "Weighed 152.3 mg (1.00 mmol). Balance #3 recalibrated today.",
    "Mischung 30 min bei 60 °C gerührt, dann auf RT abgekühlt.",
    "Le mélange a été agité pendant 2 h à 0 °C puis filtré.",
    "反応液を氷浴で冷却し、飽和食塩水で洗浄した。",
    "Раствор перемешивали 3 ч при комнатной температуре.",
    "Se añadió el ácido gota a gota durante 15 min.",
    "Don't drop the temperature too fast or it oils out instead of crystallising.",
    "Why is the yield > 100%? Solvent still in there — dry longer.",
    "Ratio of diastereomers by crude NMR: 4:1 (anti:syn).",
    "Quench: add MeOH slowly (H2 evolution!), then water, then 15% NaOH (Fieser workup: 1:1:3).",
    "Waste: halogenated → red can; aqueous → blue can; sharps → yellow bin.",
    "This step is the bottleneck. Need a better way to select for the mono-protected diol.",
    "Used Pasteur pipette column (~2 cm silica) for a quick plug.",
    "Sonicated 5 min to dissolve; solution is slightly cloudy.",
    "Set reminder to check the reaction at 17:30.",
    "Microwave: 150 °C, 20 min, 10 mL vial, high absorption setting.",
]
pn_verb = ["Stirred", "Heated", "Refluxed", "Kept", "Sonicated", "Shaken"]
pn_time = ["30 min", "2 h", "4 h", "overnight", "48 h", "1.5 h"]
pn_temp = ["at rt", "at 0 °C", "at 60 °C", "at −20 °C", "at 110 °C", "in the ice bath"]
pn_after = ["TLC looks clean.", "still starting material left.", "two new spots by TLC.", "colour changed to yellow.",
            "LCMS shows the [M+H]+ peak.", "precipitate formed."]
def t_procedure(r):
    return "%s %s %s; %s" % (r.choice(pn_verb), r.choice(pn_time), r.choice(pn_temp), r.choice(pn_after))
CATS.append(("procedure_note", procedure_note, t_procedure))

# ---------------------------------------------------------------- nmr_spectra
nmr_spectra = [
    "1H NMR (400 MHz, CDCl3) δ 7.26 (s, 1H), 3.71 (t, J = 6.4 Hz, 2H), 1.25 (s, 9H).",
    "13C NMR (101 MHz, DMSO-d6) δ 170.2, 155.8, 128.4, 127.9, 52.1, 28.3.",
    "HRMS (ESI) m/z [M+H]+ calcd for C9H9O4 181.0495; found 181.0497.",
    "IR (ATR) ν 3320 (br, O–H), 1715 (C=O), 1602 cm−1",
    "peak at 2.05 -- probably acetone from the NMR tube",
    "δ 2.17 ppm (s, 3H, COCH3)",
    "1H NMR (500 MHz, D2O) δ 4.79 (HDO), 3.95–3.40 (m, 6H)",
    "19F NMR (376 MHz, CDCl3) δ −63.2 (s, CF3)",
    "31P{1H} NMR (162 MHz) δ 29.4",
    "integration is off: 3H expected, 2.7H measured — relaxation delay too short (d1 = 1 s)",
    "/data/nmr/2024/JS-114/1/fid",
    "D:\\NMR\\Bruker\\JS-114\\10\\pdata\\1",
    "COSY shows H-2/H-3 and H-3/H-4 cross peaks; HMBC from H-1 to C-7",
    "J = 15.8 Hz → trans alkene",
    "multiplet at 7.45–7.30 (m, 5H, Ph)",
    "doublet of doublets, J = 8.2, 1.6 Hz",
    "MS (EI) m/z (%): 180 (M+, 12), 138 (100), 120 (45)",
    "LCMS: tR = 3.42 min, purity > 98% (254 nm)",
    "UV-Vis λmax = 412 nm (ε = 1.2 × 10^4 M−1 cm−1)",
    "Residual CHCl3 at 7.26, water at 1.56",
    "NOESY: H-5 ↔ H-9 so they're cis",
    "[α]D20 = +23.4 (c 1.0, CHCl3)",
    "mp 134–136 °C; Rf = 0.35 (hexane/EtOAc 2:1)",
    "Elemental analysis: calcd C 60.00, H 4.48; found C 59.87, H 4.52",
    "13C DEPT-135: CH/CH3 up, CH2 down — 3 CH2 signals",
    "The broad singlet at ~11 ppm disappears after D2O shake → COOH",
    "1H NMR (CDCl3): δ 9.80 (s, 1H, CHO) — aldehyde survived!",
    "Phase correction is wrong on spectrum 3; reprocess with apk",
    "Ran with ns = 16, d1 = 10 s for qNMR; internal std: 1,3,5-trimethoxybenzene",
    "peak list: 7.81 (d), 7.52 (t), 7.44 (t), 4.37 (q), 1.39 (t)",
    "Rotamers! Two sets of Boc signals at 1.44 and 1.40, coalesce at 80 °C",
    "shift(ppm) | mult | J(Hz) | nH\n7.26 | s | – | 1\n3.71 | t | 6.4 | 2",
    "Raman 1000 cm-1 ring breathing",
    "XRD: 2θ = 12.4°, 18.9°, 24.1° matches form II",
    "m/z 381 [M+Na]+, 359 [M+H]+",
    "Sample JS-114-3 in DMSO-d6, tube #22, queue position 7",
    "Impurity at δ 5.30 is DCM; dry harder.",
    "Sorry, the 600 is down — use the 400 and order by priority in the queue",
    "TGA: 5% mass loss at 210 °C",
    "GC: tR 6.71 min (product), 5.02 min (SM) — ratio 93:7",
    "1H NMR (400 MHz, CD3OD) δ 4.87 (s, OH exchanged), 3.31 (quint, solvent)",
    "EPR g = 2.0036, radical confirmed",
    "¹H NMR (400 MHz, CDCl₃) δ 7.10 (d, J = 8.5 Hz, 2H), 6.83 (d, J = 8.5 Hz, 2H), 3.79 (s, 3H)",
    "Exported peaks to ~/nmr_exports/JS-114_peaks.csv",
    "MNova file: JS-114_all.mnova (shared drive > NMR > 2024)",
    "What's the 0.07 ppm peak? Grease? Silicone? (it's grease)",
    "HSQC edited: blue = CH2, red = CH/CH3",
    "The quartet at 4.12 and triplet at 1.26 = EtOAc; ratio to product ~0.1 eq.",
    "Chemical shift referenced to TMS (0.00 ppm)",
    "NMR-Spektrum: δ 7,26 (s, 1H) — Komma als Dezimaltrennzeichen, bitte beachten",
    "핵자기공명 스펙트럼을 다시 측정했습니다.",
    "11B NMR (128 MHz) δ 30.1 (br)",
]
nm_nuc = ["1H", "13C", "19F", "31P", "1H", "13C"]
nm_mhz = ["400", "500", "101", "126", "376", "600"]
nm_solv = ["CDCl3", "DMSO-d6", "CD3OD", "D2O", "C6D6", "acetone-d6"]
nm_shift = ["7.26 (s, 1H)", "3.85 (s, 3H)", "2.31 (s, 3H)", "5.12 (d, J = 10.4 Hz, 1H)", "1.02 (t, J = 7.2 Hz, 3H)",
            "168.9", "55.4", "−110.3"]
def t_nmr(r):
    return "%s NMR (%s MHz, %s) δ %s, %s" % (r.choice(nm_nuc), r.choice(nm_mhz), r.choice(nm_solv), r.choice(nm_shift), r.choice(nm_shift))
CATS.append(("nmr_spectra", nmr_spectra, t_nmr))

# ---------------------------------------------------------------- inventory_item
inventory_item = [
    "Acetone, ≥99.5%, 2.5 L, Flammables cabinet F-3",
    "Sodium hydride, 60% dispersion in mineral oil, 100 g",
    "CAS 7647-14-5",
    "Room 214 > Fridge B > Shelf 2",
    "owner: D. O'Brien",
    "n-BuLi 2.5 M in hexanes — expires 2025-03",
    "select all solvents in the flammables cabinet",
    "barcode CHEM-004512",
    "Dichloromethane | 4 L | halogenated waste stream",
    "Potassium permanganate (KMnO4), oxidiser, keep away from organics",
    "benzaldehyde",
    "Ethyl acetate (EtOAc) 20 L drum — decanted into 2.5 L bottles",
    "Triphenylphosphine 99% 500 g, Shelf C-4",
    "low stock: < 50 g remaining",
    "Where is the Pd(PPh3)4? Not in glovebox 1.",
    "glovebox 2, left freezer, box \"catalysts #3\"",
    "Lithium aluminium hydride (LAH) pellets – Dr. Müller's group only",
    "acetic anhydride (controlled – logbook!)",
    "2-Propanol / isopropanol / IPA",
    "container ID 00017734; opened 2023-11-02",
    "Hydrochloric acid 37% — Acids cabinet (under hood 3)",
    "Silica gel 60 (40–63 µm), 25 kg",
    "Deuterated chloroform CDCl3 + 0.03% TMS, 10 × 0.75 mL ampoules",
    "Sodium chloride",
    "Magnesium sulfate, anhydrous",
    "NaCl OR KCl",
    "Toluene – drop from inventory (bottle empty)",
    "Union Carbide sample bottle, unknown contents — needs disposal",
    "Tetrahydrofuran, inhibitor-free, Sure/Seal™",
    "Benzophenone",
    "Sodium 2-ethylhexanoate",
    "Tris(dibenzylideneacetone)dipalladium(0)",
    "DMSO (dimethyl sulfoxide)",
    "quantity: 250 mL; unit: mL; container: amber glass",
    "Search: CAS 108-88-3 OR toluene",
    "Trifluoroacetic acid (TFA) — corrosive — acid cabinet",
    "Hexanes, mixture of isomers",
    "L-Proline ≥ 99% (HPLC)",
    "Location changed from 'Room 210' to 'Room 214'",
    "Iodomethane (MeI) — carcinogen, fridge 2, secondary containment",
    "Nitric acid 65% — separate cabinet, NOT with organics",
    "Ammonium chloride, sat. aq. solution (made 2024-05-06)",
    "Celite® 545",
    "4-Dimethylaminopyridine (DMAP)",
    "Copper(I) iodide 98%",
    "Zinc dust < 10 µm",
    "N-Bromosuccinimide (recrystallise before use)",
    "1,4-Dioxane (peroxide test 2024-04-12: < 10 ppm)",
    "Sodium borohydride 98%, 25 g",
    "エタノール 99.5%",
    "Essigsäure 100 %",
    "Molecular sieves 4 Å, beads 8–12 mesh",
    "Ethanol 200 proof (tax-free, log usage!)",
]
inv_name = ["Acetonitrile", "Methanol", "Sodium hydroxide", "Potassium carbonate", "Diethyl ether", "Pyridine",
            "Benzyl bromide", "Imidazole", "Cesium carbonate", "Oxalyl chloride", "Sulfuric acid"]
inv_qty = ["500 mL", "1 L", "2.5 L", "100 g", "250 g", "1 kg", "25 g"]
inv_loc = ["Cabinet F-1", "Cabinet A-2", "Fridge B", "Glovebox 1", "Shelf C-3", "Room 214 / Bay 4", "Freezer −20"]
def t_inventory(r):
    return "%s, %s, %s" % (r.choice(inv_name), r.choice(inv_qty), r.choice(inv_loc))
CATS.append(("inventory_item", inventory_item, t_inventory))

# ---------------------------------------------------------------- safety_sds
safety_sds = [
    "H301: Toxic if swallowed.",
    "P280: Wear protective gloves/protective clothing/eye protection/face protection.",
    "H225 + H319 + H336",
    "P301+P310: IF SWALLOWED: Immediately call a POISON CENTER/doctor.",
    "P305+P351+P338",
    "Signal word: Danger",
    "GHS02, GHS06, GHS08",
    "UN1090, Class 3, PG II",
    "Flash point: −20 °C (closed cup)",
    "LD50 (oral, rat) > 2000 mg/kg",
    "Do not drop the cylinder; secure it with a chain or strap.",
    "Store below 25 °C, away from direct sunlight.",
    "Incompatible with: strong oxidisers & strong acids",
    "Gefahr! Giftig bei Verschlucken.",
    "Danger : Liquide et vapeurs très inflammables.",
    "引火性の高い液体及び蒸気",
    "吞咽有毒。",
    "Section 8: OEL (TWA) 500 ppm; STEL 1000 ppm",
    "PPE: nitrile gloves (≥ 0.11 mm, breakthrough > 480 min), goggles, lab coat",
    "H314: Causes severe skin burns and eye damage.",
    "EUH014: Reacts violently with water.",
    "H260: In contact with water releases flammable gases which may ignite spontaneously.",
    "P231+P232: Handle and store contents under inert gas/... Protect from moisture.",
    "NFPA 704: Health 3 | Flammability 3 | Instability 2 | W",
    "Autoignition temperature: 465 °C",
    "Explosive limits: 2.5–12.8 % (V)",
    "Spill: absorb with inert material (sand, vermiculite); don't use sawdust",
    "First aid — eyes: rinse cautiously with water for several minutes.",
    "Disposal: P501 — dispose of contents/container to an approved waste disposal plant.",
    "Fire fighting: use CO2 or dry powder. Do NOT use water jet.",
    "Hazardous decomposition: HCl, phosgene (COCl2), CO",
    "vapour density 2.0 (air = 1) — it sinks, so check the floor drains",
    "Peroxide former: test every 3 months; discard after 12 months open",
    "H350: May cause cancer <route of exposure>",
    "H361d: Suspected of damaging the unborn child.",
    "Pyrophoric – handle under N2 in the glovebox only",
    "Risk assessment: exposure is 'low' if used in the hood with the sash < 40 cm",
    "SDS rev. 7.2 (2023-06-01) supersedes rev. 7.1",
    "ADR/RID: 8 (C1) — Tunnel restriction code (E)",
    "Skin corr. 1A; Eye dam. 1; STOT SE 3",
    "Reacts with water → H2 + NaOH; keep the Class D extinguisher nearby",
    "Odour threshold: 0.5 ppm (sweet, ether-like)",
    "Why does the SDS say 'not classified' when the label says H302?",
    "Emergency: call 112 / internal 5555",
    "Keep container tightly closed in a dry and well-ventilated place.",
    "Toxic to aquatic life with long lasting effects (H411)",
    "Contains < 0.1% BHT as stabiliser",
    "Avoid contact with aluminium — exothermic reaction",
    "PELIGRO: Provoca quemaduras graves en la piel y lesiones oculares graves.",
    "Осторожно! Легковоспламеняющаяся жидкость.",
    "IF ON SKIN (or hair): Take off immediately all contaminated clothing. Rinse skin with water [or shower].",
    "pH (10 g/L, 20 °C) ≈ 13.5",
]
sd_h = ["H225", "H301", "H302", "H314", "H318", "H335", "H340", "H351", "H372", "H410"]
sd_p = ["P210", "P260", "P264", "P270", "P280", "P301+P330+P331", "P403+P233", "P405", "P501"]
sd_sig = ["Danger", "Warning"]
def t_safety(r):
    return "%s; %s, %s; signal word: %s" % (r.choice(sd_h), r.choice(sd_p), r.choice(sd_p), r.choice(sd_sig))
CATS.append(("safety_sds", safety_sds, t_safety))

# ---------------------------------------------------------------- supplier_order
supplier_order = [
    "PO-2024-0183: 2 × 500 g NaCl (S9888)",
    "https://www.sigmaaldrich.com/US/en/product/sial/s9888",
    "Please ship to Bldg 3, Room 214, attn: Dr. Núñez",
    "Quote Q-55812 — 15% discount on orders > 10 units",
    "Ordered 'anhydrous' THF but received stabilised grade; can we return it?",
    "orders@chem-supplies.example.com",
    "cc: purchasing@university.example.edu, j.o'neill@university.example.edu",
    "Backordered until 2024-07-15; alternative: TCI A0123 (same purity)",
    "Need by Friday — rush shipping ok (budget code 4410-22-CHEM)",
    "1 × Pd/C 10 wt.%, 5 g; 1 × Pd(OAc)2 1 g",
    "Cost: $184.50 + $25 hazmat fee = $209.50",
    "€ 312,40 zzgl. MwSt.",
    "Hazmat: UN3082, ships ground only",
    "Please drop the dry-ice shipment at the loading dock, not reception.",
    "Invoice INV-88213 attached (invoice_88213.pdf)",
    "Catalog # 270997-1L, lot MKCP1234",
    "Vendor: Fisher / Thermo — account 0012345",
    "Order status: shipped → in transit → delivered (signed by K. Lee)",
    "Can you add 4 × CDCl3 ampoules to the next order?",
    "Supplier COA says 99.2% but our HPLC says 96% — complaint filed",
    "Free-text: pls order more gloves (M & L), nitrile, powder-free",
    "Delivery window 08:00–12:00; gate code is with security",
    "https://www.tcichemicals.com/US/en/p/A0123",
    "https://www.fishersci.com/shop/products/acetone-certified-acs/A18500",
    "Price comparison: Sigma $210 vs TCI $145 vs Alfa $162 → TCI",
    "Recurring order: 6 × 4 L acetone every month",
    "Cancel line 3 (wrong CAS — we need 110-86-1, not 109-06-8)",
    "Shipping label says \"Keep frozen\" — arrived at room temp, rejecting",
    "Order 'Grubbs II' (CAS 246047-72-3), 1 g, lot with < 5% Ru impurity",
    "Split PO between grant A (60%) and grant B (40%)",
    "Attn: Mr. D'Angelo, Receiving",
    "Customs hold — need SDS & end-use statement",
    "Budget remaining: $1,240 of $15,000 (8%)",
    "Please order by Thursday so it arrives before the union holiday on Monday.",
    "Item not found under 'select' brand — try 'Acros Organics'",
    "Order #A-2024-0007 | 3 items | $432.10 | approved",
    "注文番号: 2024-0412、試薬 3 点",
    "Pedido: 2 frascos de acetona de 2,5 L",
    "Bestellung bitte an einkauf@uni.example.de schicken",
    "Supplier portal login page moved to https://portal.vendor.example.com/login?next=/orders",
    "Requested by: Priya Raman; approved by: PI",
    "Gas cylinder rental: N2 (size 300), Ar (size 200), H2 (lecture bottle)",
    "Drum deposit refund — $50 per drum × 3",
    "Quote valid 30 days; FOB destination",
    "We're switching from VWR to Fisher for solvents starting Q3.",
    "Recv'd 2/3 boxes; 3rd box (Li wire) missing",
    "ETA: 3–5 business days",
    "Controlled substance precursor — need DEA form signature",
    "Total: 12 lines, 48 items, 3 vendors",
    "Please reorder when stock < 20% (auto-reorder on)",
    "Delivered to the wrong lab (Room 241 instead of 214) — please fix the address",
    "Ref: your email of 3 May re: price increase",
]
so_vendor = ["Sigma-Aldrich", "TCI", "Alfa Aesar", "Fisher", "VWR", "Strem", "Combi-Blocks", "Fluorochem"]
so_item = ["acetone 4 L", "DMSO-d6 10 × 1 mL", "silica gel 25 kg", "K2CO3 1 kg", "Pd(PPh3)4 5 g", "TEMPO 25 g",
           "nitrile gloves (M)", "TLC plates 20 × 20 cm", "syringe filters 0.45 µm"]
def t_order(r):
    return "PO-2024-%04d: %d × %s from %s" % (r.randint(1, 9999), r.randint(1, 12), r.choice(so_item), r.choice(so_vendor))
CATS.append(("supplier_order", supplier_order, t_order))

# ---------------------------------------------------------------- instrument_method
instrument_method = [
    "C:\\Methods\\HPLC\\C18_gradient_5-95.M",
    "/opt/instruments/gcms/methods/VOC_screen.meth",
    "Gradient: 5% B → 95% B over 12 min; A = H2O + 0.1% FA; B = MeCN + 0.1% FA",
    "Column: C18, 4.6 × 100 mm, 3.5 µm; 40 °C; 1.0 mL/min",
    "Oven: 40 °C (2 min) → 10 °C/min → 280 °C (5 min)",
    "Inj. vol. 5 µL; split 20:1; inlet 250 °C",
    "File naming: ${SAMPLE_ID}_${DATE}.d",
    "Export template: {{sample_name}}_{{run_no}}.csv",
    "Data dir: \\\\nas01\\lab\\hplc\\2024\\06",
    "Ran `ls -la /data/gc/2024` and all the .d folders are there, so the export worked.",
    "Detector: DAD 210, 254, 280 nm; bw 4 nm; ref off",
    "MS: ESI+, scan 100–1000 m/z, fragmentor 70 V",
    "Pump pressure limit 400 bar — if > 380 bar, flush column",
    "Sequence: blank → std 1 → std 2 → std 3 → samples 1–24 → blank",
    "Calibration curve: y = 1.234x + 0.012, R² = 0.9994",
    "Integration events: tangent skim off; threshold 0.5; peak width 0.05 min",
    "Method JS_purity_v3 (copied from JS_purity_v2; changed flow 0.8 → 1.0)",
    "TGA: 10 °C/min, N2 50 mL/min, 25 → 600 °C",
    "DSC: heat–cool–heat, −50 → 200 °C at 10 K/min",
    "Karl Fischer: coulometric, drift < 10 µg/min before start",
    "ICP-OES: Pd 340.458 nm, Cu 324.754 nm; 3 replicates",
    "pH meter cal: 4.01 / 7.00 / 10.01; slope 98.7%",
    "UV-Vis baseline with blank cuvette (MeOH), 200–800 nm",
    "Method param: --flow 1.0 --temp 40 --wavelength 254",
    "Instrument offline 12:00–14:00 for PM (preventive maintenance)",
    "Sample tray: positions 1–54; P1-A-01 to P1-F-09",
    "Purge A and B for 5 min @ 5 mL/min before the sequence",
    "Agilent 1260 / OpenLab CDS 2.7",
    "GC column: HP-5ms 30 m × 0.25 mm × 0.25 µm",
    "Mobile phase B = MeOH | A = 10 mM NH4OAc (pH 6.8)",
    "Post-run: flush 50:50 MeOH/H2O 20 min, then store in 100% MeCN",
    "Method file path: ~/methods/lcms/chiral_AD-H_iPrOH-hex_10-90.m",
    "Chiral: Chiralpak AD-H, hexane/iPrOH 90:10, 1 mL/min, 25 °C, 220 nm",
    "Report template uses <SampleName> and <InjectionDate> placeholders",
    "Column oven set to 35 °C (was 30 °C in the old SOP)",
    "Autosampler needle wash: MeOH/H2O 1:1, 3 s",
    "Resolution Rs ≥ 2.0 between peaks 3 and 4; tailing ≤ 1.5",
    "LOD = 3.3σ/S, LOQ = 10σ/S",
    "Run time 15 min + 3 min re-equilibration",
    "Plate reader: 96-well, ex 485 / em 528, gain 80",
    "Rotavap program: 40 °C, 250 → 50 mbar in 5 min, hold 10 min",
    "Sequence name: 2024-06-11_JS_purity (24 injections)",
    "Please select the 'Std_Curve_Caffeine' method before you start, not the default one",
    "ESI source: gas temp 300 °C, drying gas 10 L/min, nebulizer 35 psig",
    "Backup of methods → D:\\Backup\\Methods\\2024-06-01.zip",
    "IR: 32 scans, 4 cm−1 resolution, ATR diamond, background every 30 min",
    "Wavelength 254 nm && 280 nm both recorded",
    "Auto-export: C:\\Chem32\\1\\DATA\\%SEQNAME%\\%SAMPLE%.csv",
    "flow rate 0.3 mL/min ; col temp 45 ; inj 2 µL",
    "Method changed by admin on 2024-05-30 (audit trail entry #5512)",
    "Ionenchromatographie: Eluent 3,2 mM Na2CO3 / 1,0 mM NaHCO3",
    "GPC: THF, 1 mL/min, PS standards 580–2,000,000 g/mol",
]
im_inst = ["HPLC-1", "HPLC-2", "GC-MS", "LC-MS", "UPLC", "GC-FID", "SFC"]
im_meth = ["purity_254", "chiral_OD-H", "residual_solvents", "VOC_screen", "assay_caffeine", "generic_5-95", "fast_gradient_3min"]
im_flow = ["0.3", "0.5", "0.8", "1.0", "1.2", "1.5"]
def t_instrument(r):
    return "%s: method %s, flow %s mL/min, %d °C" % (r.choice(im_inst), r.choice(im_meth), r.choice(im_flow), r.choice([25, 30, 35, 40, 45, 50]))
CATS.append(("instrument_method", instrument_method, t_instrument))

# ---------------------------------------------------------------- lab_chat
lab_chat = [
    "Can someone re-order the DMSO? We're out 😅",
    "@maria the rotovap in 214 is free now",
    "Ich habe die Säule gewechselt, bitte nicht die alte wieder einbauen.",
    "¿Alguien tiene cloruro de sodio? Necesito 50 g.",
    "酢酸エチルの在庫がありません。誰か注文できますか？",
    "Не забудьте выключить тягу после работы.",
    "we should drop the old samples -- they're from 2019",
    "union meeting at 3, so group meeting moves to 4",
    "thanks for the help with the column <3",
    "use 'select all' then 'export' in the inventory app",
    "if yield > 80% and purity > 95%, scale up; otherwise redo step 2",
    "Who left the Schlenk line on all weekend??",
    "Great result on JS-114! 🎉",
    "lol the TLC looks like modern art",
    "Reminder: safety inspection Thursday, clean your hoods",
    "Is the glovebox O2 < 1 ppm again? it was 12 ppm yesterday",
    "ok",
    "👍",
    "Sure, I'll take the 10:00 slot on the 400.",
    "Je pense que le produit est dans la fraction 12–18.",
    "Could you order by price instead of by supplier in the comparison sheet?",
    "Cheers, Siobhán",
    "Sent from my phone — sorry for typos",
    "This is a dumb question but is DCM the same as methylene chloride?",
    "yes DCM = CH2Cl2 = methylene chloride = dichloromethane",
    "Anyone know why my Grignard won't initiate? Mg turnings, Et2O, tried I2 & heat gun.",
    "Try sonication or a drop of 1,2-dibromoethane.",
    "I'll sleep on it and decide tomorrow whether to repeat the step.",
    "Is 'O'Neil' spelt with one L or two in the Merck Index?",
    "Gracias! / Danke! / Merci! / 谢谢！",
    "The password for the NMR PC is on the sticky note — no wait, that's a terrible idea, ask IT.",
    "Meeting notes: 1) safety 2) budget 3) who broke the stir plate",
    "it's C#N not CN, hydrogen cyanide has a triple bond",
    "ha, my SMILES had a typo: c1cccc1 instead of c1ccccc1",
    "Paper accepted in JOC!!! 🥳",
    "PSA: the −80 freezer alarm goes off at −70 °C",
    "I think ratio A:B should be 1:1.2 not 1.2:1",
    "Heading out — the reaction is at 60 °C, please don't touch hood 3",
    "@here who has the key for the solvent store?",
    "ここのスペクトル、ちょっと変じゃない？",
    "Το δείγμα είναι έτοιμο για NMR.",
    "כל הכבוד על התוצאה!",
    "Tem alguém usando o HPLC agora?",
    "mmm coffee ☕ then columns",
    "see you at 9:30 ~ don't be late",
    "my code for the yield calc: yield = n_product / n_limiting * 100",
    "\"It works on my bench\" — famous last words",
    "Can we select a date for the lab cleanup? Doodle: https://doodle.com/meeting/participate/id/aB3dE",
    "rm the old labels from the bottles before you put them in the waste, pls",
    "grep for 'acetone' in the inventory export and you'll see 14 bottles",
    "Tip: ctrl+F then type the CAS; faster than the search box",
    "5 mL < 10 mL, so use the smaller syringe",
]
lc_who = ["@sam", "@priya", "@jonas", "@li.wei", "@o'connor", "@ana"]
lc_what = ["can you check the N2 line?", "your sample is ready", "is the 500 free at 2?", "thanks!!",
           "where did you put the Celite?", "please log the solvent usage", "the balance needs calibration"]
lc_tail = ["", " 🙏", " :)", " — urgent", " (no rush)", "!"]
def t_chat(r):
    return "%s %s%s" % (r.choice(lc_who), r.choice(lc_what), r.choice(lc_tail))
CATS.append(("lab_chat", lab_chat, t_chat))

# ---------------------------------------------------------------- data_import
data_import = [
    "name,cas,qty,unit\nAcetone,67-64-1,2.5,L\nEthanol,64-17-5,1,L",
    "name\tcas\tlocation\nToluene\t108-88-3\tF-3",
    "{\"smiles\": \"CCO\", \"qty\": 5, \"unit\": \"g\"}",
    "| Compound | CAS | Qty |\n|---|---|---|\n| Ethanol | 64-17-5 | 1 L |\n| Acetone | 67-64-1 | 2.5 L |",
    "C:\\Users\\jkim\\Documents\\inventory_2024.xlsx",
    "~/Downloads/sds/acetone_sds.pdf",
    "Moved the old exports from ../old_exports into the archive folder.",
    "date format: YYYY-MM-DD",
    "units: mmol; decimal separator ','",
    "notify me when stock < 10%",
    "https://pubchem.ncbi.nlm.nih.gov/compound/2244",
    "https://www.ebi.ac.uk/chebi/searchId.do?chebiId=CHEBI:15365",
    "https://commonchemistry.cas.org/detail?cas_rn=50-78-2",
    "/home/lab/eln/exports/2024-06/notebook_JS.sdf",
    "Import mapping: column 'Name' → compound_name; 'CAS No.' → cas",
    "default view: order by date desc",
    "Time zone: Europe/Berlin (UTC+2)",
    "Language: Deutsch",
    "compound_id;name;mw\nC-001;Aspirin;180.16\nC-002;Caffeine;194.19",
    "Dear Admin, the SDF import fails at record 37 — the molfile has 'M  END' missing.",
    "$$$$ delimiter between SDF records is fine, it's the header that's broken",
    "> <CAS>\n50-78-2\n\n> <SUPPLIER>\nSigma\n\n$$$$",
    "RXN file from ChemDraw: scheme_3.rxn (v3000)",
    "ChemDraw → File → Save As → .cdxml, then upload here",
    "Label printer: Zebra ZD421, 203 dpi, label size 51 × 25 mm",
    "Barcode format: Code 128, prefix CHEM-",
    "API token: <paste your token here> (placeholder, real one is in the vault)",
    "Auto-logout after 30 min",
    "Export columns: id, name, smiles, inchikey, mw, location, owner",
    "imported 412 rows, 3 skipped (duplicate CAS)",
    "File: inventory_export (1).csv",
    "Webhook URL: https://hooks.slack.com/services/T000/B000/XXXXXXXX",
    "ORCID: 0000-0002-1825-0097",
    "DOI: 10.1021/jacs.3c01234",
    "Sheet name: 'Solvents & Reagents'",
    "Notebook page template: Title / Aim / Scheme / Procedure / Results / Conclusion",
    "Show hazard pictograms: on; Show expired: off",
    "Default unit for mass: mg (not g)",
    "Sync folder: /Volumes/LabShare/ELN",
    "Signature: Dr. Amélie Dubois | Laboratoire de chimie organique | amelie.dubois@univ.example.fr",
    "Backup schedule: daily 02:00, keep 30 days",
    "Molfile:\n  -ISIS-  \n\n  3  2  0  0  0  0  0  0  0  0999 V2000",
    "csv has quotes: \"Sodium chloride, ACS grade\",7647-14-5,500,g",
    "Sorry, the import wizard choked on the semicolon-separated file; I re-saved with commas.",
    "structure column contains SMILES like C1=CC=CC=C1 and [NH4+]",
    "Path on the lab PC: D:\\ELN\\Imports\\2024\\June\\batch_07.csv",
    "Column 'Amount (mL/g)' has mixed units — please split",
    "Project code: PRJ-2024-CHEM-017",
    "User role: technician → can edit inventory, cannot delete",
    "Email digest: weekly on Monday",
    "インポートしたファイルの文字コードはShift_JISです",
    "Regex for the barcode field: ^CHEM-[0-9]{6}$",
]
di_field = ["Default unit", "Display name", "Low-stock threshold", "Theme", "Label size", "Sort order", "Export format"]
di_val = ["mL", "Dr. Hoang", "15%", "dark", "51 × 25 mm", "name (A→Z)", "CSV (UTF-8)", "SDF v3000", "date ↓"]
def t_import(r):
    return "%s: %s" % (r.choice(di_field), r.choice(di_val))
CATS.append(("data_import", data_import, t_import))


def build():
    r = random.Random(SEED)
    rows = []
    n = 0
    for cat, lits, tmpl in CATS:
        assert len(lits) >= 50, (cat, len(lits))
        vals = list(lits[:PER_CAT])
        seen = set(vals)
        guard = 0
        while len(vals) < PER_CAT:
            v = tmpl(r)
            guard += 1
            if v in seen and guard < 10000:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": cat, "label": "benign", "value": v})
    return rows


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "benign.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for row in build():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
