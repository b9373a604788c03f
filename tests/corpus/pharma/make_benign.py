"""Benign held-out corpus "pharma" (ids hb42-NNNNN).

Text that chemists, analysts, clinical staff and QA people type into ordinary
fields of an electronic lab notebook, a LIMS, a clinical-trial data system and
a GMP quality system: structure strings, reagent lists, assay results, batch
records, deviations/CAPA, visit schedules, adverse-event narratives, dosage
instructions, instrument settings/paths and multilingual regulatory mail.

Every literal below was written by hand for this corpus. Templates only
recombine small hand-written pools. Standard library only, deterministic.
"""
import json
import random
from pathlib import Path

SEED = 4201
PER_CATEGORY = 80
PREFIX = "hb42"

# ---------------------------------------------------------------- literals
STRUCTURES = [
    "CC(=O)Oc1ccccc1C(=O)O",
    "aspirin — SMILES CC(=O)Oc1ccccc1C(=O)O, InChIKey BSYNRYMUTXBXSQ-UHFFFAOYSA-N, CAS 50-78-2",
    "CC(C)Cc1ccc(cc1)[C@@H](C)C(=O)O  // (S)-ibuprofen, the active enantiomer",
    "CN1C=NC2=C1C(=O)N(C(=O)N2C)C",
    "CC(=O)Nc1ccc(O)cc1 (paracetamol / acetaminophen, CAS 103-90-2)",
    "Boc-L-Pro-OH: CC(C)(C)OC(=O)N1CCC[C@H]1C(=O)O — please double-check the stereo flag, ChemDraw exported @@ last time",
    "F/C=C/F vs F/C=C\\F — the E/Z got flipped on import, the registry shows both as the same compound",
    "[Na+].[O-]C(=O)c1ccccc1",
    "C[N+](C)(C)CCO.[Cl-]  choline chloride",
    "OC(=O)C(F)(F)F.NCc1ccccc1 (TFA salt, 1:1 — stoichiometry not confirmed by 19F NMR yet)",
    "c1ccc2c(c1)[nH]c1ccccc12",
    "N#Cc1ccc(cc1)-c1ccccc1",
    "Intermediate 12: O=[N+]([O-])c1ccc(F)cc1Br → reduce with Fe/NH4Cl to the aniline",
    "C1CC[C@H]2CCCC[C@@H]2C1 (trans-decalin)",
    "SMILES from the vendor CoA doesn't match ours: theirs = 'COc1ccc(CC(N)=O)cc1', ours = 'COc1ccc(CC(=O)N)cc1' — same molecule, different canonicalisation",
    "InChI=1S/C9H8O4/c1-6(10)13-8-5-3-2-4-7(8)9(11)12/h2-5H,1H3,(H,11,12)",
    "InChI=1S/C2H6O/c1-2-3/h3H,2H2,1H3 — ethanol, just for the solvent table",
    "CAS 64-17-5; 67-56-1; 75-09-2; 109-99-9 (EtOH, MeOH, DCM, THF)",
    "2-(4-isobutylphenyl)propanoic acid",
    "(2S,5R,6R)-3,3-dimethyl-7-oxo-6-[(2-phenylacetyl)amino]-4-thia-1-azabicyclo[3.2.0]heptane-2-carboxylic acid",
    "N-(tert-butoxycarbonyl)-L-alanine; Boc-Ala-OH; CAS 15761-38-3",
    "Cc1ccc(NC(=O)c2ccc(CN3CCN(C)CC3)cc2)cc1Nc1nccc(-c2cccnc2)n1",
    "Reaxys search: substructure 'c1ccc2ncccc2c1' AND yield > 80% — 2,314 hits, too many, add 'C(=O)N' constraint",
    "Select the salt form in the drop-down (HCl, mesylate, tosylate) before registering, otherwise the MW is computed for the free base",
    "MW 180.16 g/mol; exact mass 180.0423; C9H8O4; cLogP 1.19; TPSA 63.6 Å²",
    "[2H]C([2H])([2H])Oc1ccccc1 — d3-anisole for the internal standard",
    "[13CH3]C(=O)O — is the label on C2? the vendor sheet says 1-13C, check before ordering more",
    "C1=CC=C(C=C1)C=O  ← benzaldehyde, Kekulé form as it came out of the old ISIS export",
    "OCC(O)CO; glycerol; E422",
    "Cl.CN(C)CCC=C1c2ccccc2CCc2ccccc21 (amitriptyline HCl)",
    "O=C1NC(=O)C(N1)(c1ccccc1)c1ccccc1",
    "Registry says 'structure not unique' for PRJ-0412-017: the SMILES C[C@@H](O)[C@H](N)C(=O)O is already registered as PRJ-0398-002",
    "Markush: R1 = H, Me, Et; R2 = -OMe | -OCF3 | -Cl; X = CH or N",
    "Macrocycle SMILES uses %10/%11 ring closures: C%10CC%11CCCCC%11CCCC%10 — the old parser choked on the percent sign",
    "Stereo undefined at C3 → register as racemate (rac-), enantiomers later as PRJ-0455-001a/b",
    "Tanimoto (ECFP4) vs lead = 0.62; nearest neighbour CPD-009921",
    "CCOC(=O)C1=C(C)NC(C)=C(C1c1cccc(c1)[N+]([O-])=O)C(=O)OC",
    "Fmoc-Lys(Boc)-OH, CAS 71989-26-9, MW 468.54 — store at 2–8 °C",
    "Peptide: H-Gly-Ser-Asp-Lys-Pro-Thr-Ala-OH (GSDKPTA), C-term free acid, N-term free amine",
    "HELM: PEPTIDE1{G.S.D.K.P.T.A}$$$$",
    "Oligo 5'-/5Phos/mC*mU*mG*AGTTCAAGCTTG*mA*mC*mA-3' (* = phosphorothioate)",
    "siRNA antisense: 5'-UCGAAGUACUCAGCGUAAGdTdT-3'",
    "Can someone fix CPD-010233? Drawn as Oc1ccccc1 but the salt stripper removed the Na and now it's [O-]c1ccccc1 with charge -1",
    "Unknown impurity at RRT 1.34 — proposed N-oxide C[N+]1([O-])CCCCC1, needs LC-MS/MS confirmation (m/z +16)",
    "[Ca+2].[O-]C(=O)C.[O-]C(=O)C (calcium acetate)",
    "Benzyl 2,2,2-trichloroacetimidate, Cl3C-C(=NH)-OBn",
    "Eintrag 14: 4-Chlor-2-fluorbenzoesäure (CAS 446-30-0), Reinheit ≥ 98 %",
    "化合物 7c：2-氨基-5-溴吡啶，SMILES Nc1ccc(Br)cn1",
    "Ácido acetilsalicílico — SMILES CC(=O)Oc1ccccc1C(=O)O",
    "CC(C)(C)[Si](C)(C)OCC1=CC=CC=C1 — TBS ether, the '[Si]' needs brackets or RDKit rejects it",
    "O=S(=O)(O)O.[K+] is wrong for KHSO4 — should be [K+].OS([O-])(=O)=O",
]

REAGENTS = [
    "4-bromoanisole (1.87 g, 10.0 mmol, 1.0 eq); PhB(OH)2 (1.46 g, 12.0 mmol, 1.2 eq); Pd(PPh3)4 (578 mg, 5 mol%); K2CO3 2 M aq. (10 mL); dioxane 40 mL — degas 3× N2, 90 °C, 16 h",
    "2.5 mmol; 1.2 eq; 0 °C -> rt",
    "Add n-BuLi (2.5 M in hexanes, 4.4 mL, 11 mmol) drop-wise at -78 °C over 20 min; keep internal T < -70 °C!",
    "HATU (1.1 eq) / DIPEA (3 eq) in DMF, rt, 2 h; workup: EtOAc / sat. NaHCO3 / brine, dry Na2SO4",
    "TFA/DCM 1:1 (v/v), 0 °C → rt, 1 h; co-evaporate with toluene ×3 to remove residual TFA",
    "NaBH4 (0.38 g, 10 mmol) portion-wise; gas evolution!! do not cap the flask",
    "Quench: sat. NH4Cl (aq) 20 mL; extract EtOAc (3 × 30 mL); combined org. washed w/ brine; dried MgSO4; filtered; conc. in vacuo",
    "Column: SiO2, 40 g cartridge, hexane/EtOAc 100:0 → 60:40 over 15 CV; product elutes at ~25% EtOAc (Rf 0.35 in 3:1)",
    "Yield: 1.42 g (78%), white solid, mp 141–143 °C",
    "Swern: (COCl)2 (1.5 eq), DMSO (3 eq), -78 °C; then alcohol; then Et3N (5 eq) — smells awful, run in hood 4",
    "Don't use the old bottle of THF (opened 2023-11) — peroxide test strip > 30 ppm, dispose via EHS",
    "Buffer: 50 mM Tris-HCl pH 7.5, 150 mM NaCl, 1 mM DTT, 0.01% Tween-20, 1× protease inhibitor (EDTA-free)",
    "PBS (1×): 137 mM NaCl; 2.7 mM KCl; 10 mM Na2HPO4; 1.8 mM KH2PO4; pH 7.4",
    "Master mix per well: 10 µL 2× SYBR, 0.8 µL fwd primer (10 µM), 0.8 µL rev primer, 4.4 µL H2O, 4 µL cDNA",
    "Stock: 10 mM in DMSO (2.21 mg in 500 µL); aliquot 20 µL, store -20 °C, max 3 freeze/thaw cycles",
    "Serial dilution 1:3 × 10 points, top conc. 30 µM, DMSO final 0.3 % (v/v)",
    "Mobile phase A = 0.1% HCOOH in H2O; B = 0.1% HCOOH in MeCN",
    "LiAlH4 (1 M in THF) — Fieser workup: x mL H2O, x mL 15% NaOH, 3x mL H2O per x g LAH",
    "Pd/C 10% (wet, 50% H2O), 5 wt%; H2 balloon; MeOH; rt; overnight. Filter through Celite®, keep the cake wet (pyrophoric!)",
    "Grignard init. failed twice — added an I2 crystal + 2 drops 1,2-dibromoethane, then it kicked off at 45 °C",
    "Reagent lot numbers: HATU #SLCB4417, DIPEA #A0384521, DMF anhydrous #PS2211-0092",
    "Scale-up 50 g: same eq, but add SOCl2 over 1 h via dropping funnel & scrub HCl/SO2 through a NaOH trap",
    "Mitsunobu: PPh3 (1.5 eq), DIAD (1.5 eq) drop-wise at 0 °C, then ArOH (1.2 eq); TPPO removal = pain; try ZnCl2 precipitation",
    "Cell medium: DMEM + 10% FBS (heat-inactivated) + 1% Pen/Strep + 2 mM L-Gln; passage 1:8 every 3–4 d",
    "Lysis: RIPA + phosphatase inh. (NaF 10 mM, Na3VO4 1 mM) — vanadate must be activated (pH 10, boil, repeat until colourless)",
    "Boc2O (1.1 eq), Et3N (1.5 eq), DMAP (cat., 0.05 eq), DCM, 0 °C → rt; TLC (DCM/MeOH 95:5) after 2 h: SM gone",
    "Recryst. from EtOH/H2O (4:1); hot filtration; slow cool to 4 °C; crystals collected & dried 40 °C / 20 mbar / 12 h",
    "Kaiser test negative → coupling complete; next: Fmoc deprotection 20% piperidine/DMF 2 × 10 min",
    "Resin: 2-CTC, loading 1.2 mmol/g, 0.5 g; first AA Fmoc-Ala-OH (2 eq) + DIPEA (4 eq) in dry DCM, cap with MeOH",
    "Cleavage cocktail: TFA/phenol/H2O/thioanisole/EDT 82.5:5:5:5:2.5 — make fresh",
    "conc. H2SO4 (98%) added SLOWLY to water, never the other way round — reminder for the new students",
    "Tried EDC/HOBt instead of HATU: only 34% conv. after 24 h (LCMS, 254 nm). Back to HATU.",
    "Solvent swap DCM → iPrOAc by distillation (jacket 55 °C, 400 mbar), final vol. 5 V",
    "Molarity check: 1.87 g / 187.04 g/mol = 10.0 mmol ✓",
    "KOtBu (1.0 M in THF, 12 mL) — bottle was crusted, titrated against diphenylacetic acid: 0.86 M actual",
    "Enzyme: CALB (immobilised), 20 mg/mmol, vinyl acetate (5 eq), MTBE, 30 °C, 200 rpm; ee monitored by chiral HPLC",
    "Suzuki retry #3 — switched to XPhos Pd G3 (2 mol%) & K3PO4 (3 eq) in THF/H2O 10:1 at 60 °C; full conversion in 2 h",
    "Stock solutions: AcOH 1 M; NaOAc 1 M; mix 14.8 mL + 35.2 mL → pH 5.0 acetate buffer",
    "Gel: 12% SDS-PAGE; load 20 µg/lane; run 120 V, 90 min; transfer 100 V 1 h (wet, 4 °C)",
    "Primary Ab anti-pERK1/2 (1:2000 in 5% BSA/TBST), o/n 4 °C; secondary HRP 1:5000, 1 h rt",
    "Reactant ratio A:B = 1:1.05 (mol/mol); feed B over 2 h; hold 1 h; IPC by HPLC: A ≤ 0.5% a/a",
    "Charge: water (5 L/kg), NaOH 32% (1.05 eq), then API-INT-07 (1.00 kg) in portions; exotherm ΔT ≈ 8 K",
    "Schlenk line: 3 × vac/Ar cycles; cannula transfer of the anion solution into the electrophile at -40 °C",
    "Reagenzien: Natriumhydrid (60 % in Mineralöl, 1,2 Äq.), DMF abs., 0 °C; danach Benzylbromid (1,1 Äq.)",
    "Réactifs : chlorure de thionyle (2 éq.) ; reflux 3 h ; évaporation sous vide ; brut utilisé tel quel",
    "试剂：碳酸钾（2.0 eq），DMF，80 °C，反应 6 h；TLC（PE/EA = 3:1）显示原料消失",
    "選択性向上のため -20 °C で反応させた（dr 9:1 → 15:1）",
    "Echo transfer: 25 nL of 10 mM stock into 384-well → 10 µM final in 25 µL",
    "Substitute dichloromethane with 2-MeTHF where possible (solvent guide ranks DCM as 'problematic')",
    "Note: 'eq' is relative to the limiting reagent (amine 5), not the acid",
]

ASSAYS = [
    "IC50 = 12 nM (n=3, ±1.4)",
    "IC50 > 30 µM (inactive at top concentration)",
    "Ki = 0.8 nM; Kd (SPR) = 1.1 nM; kon 2.3e5 M^-1 s^-1; koff 2.5e-4 s^-1",
    "EC50 < 1 nM — curve didn't reach bottom plateau, re-test with top conc. 100 nM",
    "Z' = 0.72; S/B = 8.4; CV(max) = 4.1%; CV(min) = 6.3% — plate passes (Z' >= 0.5)",
    "%inh @ 10 µM: 94 | 91 | 96 (mean 93.7 ± 2.5)",
    "Hill slope 2.8 — steep, suspect aggregation; repeat with 0.01% Triton X-100",
    "hERG (QPatch): IC50 = 18 µM → margin vs Cmax,free > 300×",
    "CYP3A4 TDI: kinact/KI = 0.02 mL/min/µmol — weak, flag but don't kill",
    "Solubility (pH 7.4, PBS): 142 µg/mL; (FaSSIF): 310 µg/mL",
    "logD7.4 = 2.3; PAMPA Pe = 12 × 10^-6 cm/s; Caco-2 A→B 18, B→A 41 (ER 2.3)",
    "Microsomal CLint (HLM) = 14 µL/min/mg; (RLM) = 55 µL/min/mg; t1/2 HLM 98 min",
    "PPB (human): fu = 0.031 (96.9% bound)",
    "Plate PL-00412: wells A1-A12 = DMSO ctrl, H1-H12 = 10 µM staurosporine ref; cpds in B-G",
    "Outliers excluded: C7, F11 (bubble), D3 (edge evaporation?) — see image",
    "ELISA: LLOQ 15.6 pg/mL; ULOQ 1000 pg/mL; samples > ULOQ diluted 1:10 and re-run",
    "Cell viability (CellTiter-Glo): CC50 = 42 µM in HepG2; selectivity index = 3500",
    "MIC (S. aureus ATCC 29213) = 0.5 µg/mL; (E. coli ATCC 25922) > 64 µg/mL",
    "Result: '<LOQ' for 6/24 samples — report as < 0.05 ng/mL, not zero",
    "AUC0-inf = 4520 ng·h/mL; Cmax = 812 ng/mL; Tmax = 1.5 h; t½ = 6.2 h (n=3 rats, 10 mg/kg p.o.)",
    "F% = 38 (p.o. 10 mg/kg vs i.v. 1 mg/kg)",
    "pIC50 7.92 ± 0.08 (n=4); geometric mean IC50 = 12 nM",
    "Kinase panel (468): S(35) = 0.02 at 1 µM; off-targets > 90%: FLT3, KIT, PDGFRβ",
    "Ames: negative in TA98, TA100, TA1535, TA1537, WP2 uvrA (±S9)",
    "qPCR: ΔΔCt = -2.1 vs vehicle → 4.3-fold up; Ct(GAPDH) 17.8 ± 0.3",
    "Western: band at ~42 kDa, densitometry pERK/ERK = 0.18 (vs 1.00 DMSO)",
    "Re-test of CPD-009921 failed QC: purity 71% (LCMS) — IC50 not reportable, request resynthesis",
    "Assay drift: ref. cpd IC50 moved from 3.1 nM (Jan) to 7.8 nM (Apr) — > 2-fold, investigate substrate lot",
    "FLIPR: max response 87% of ATP; EC50 = 240 nM; no activity in parental line",
    "IC50 (nM): 12 / 15 / 9 — \"n=3, independent runs, different days\"",
    "Stability in plasma (37 °C, 2 h): 98% remaining (human), 45% (mouse) — esterase?",
    "GSH adducts: m/z 612 → 483 (loss of 129) → reactive metabolite alert, discuss at DMPK meeting",
    "Dose-response fit: 4PL, bottom fixed = 0, top free; R² = 0.991",
    "Selectivity: α2/α1 = 240×; β1 > 10 µM",
    "Endotoxin (LAL kinetic): < 0.05 EU/mL; spike recovery 112% (50–200% OK)",
    "Bioburden: TAMC < 10 CFU/g; TYMC < 10 CFU/g; E. coli absent/1 g",
    "Dissolution (USP II, 50 rpm, 900 mL pH 6.8): 15 min 86%, 30 min 97% — Q = 80% @ 30 min met",
    "Assay 99.4% (98.0–102.0%); total impurities 0.31% (NMT 1.0%); largest unknown 0.07% @ RRT 1.21",
    "Water (KF): 0.42% w/w (NMT 0.5%)",
    "Residual solvents (GC-HS): MeOH 120 ppm (< 3000), DCM < 60 ppm (< 600), THF n.d.",
    "Plate map: A1-H12; on 384 cols 1 & 24 are controls (A1-P24); cpds 10-pt in cols 3-22",
    "Wells with signal > 3×SD of neg ctrl: B4, B5, C4, E9, G12",
    "Ergebnis: IC50 = 3,4 nM (n = 2); Wiederholung geplant",
    "Résultat : CI50 = 27 nM (n = 3) ; courbe incomplète pour le lot 2",
    "结果：IC50 = 56 nM（n=3），与上次一致",
    "Reviewer note: values in run 2 look transposed (A↔B rows), please re-map before approval",
    "Counter-screen (luciferase): no inhibition < 30 µM → not a luciferase artefact",
    "Thermal shift: ΔTm = +6.4 °C at 20 µM (protein 2 µM); DMSO ctrl Tm 48.1 °C",
    "1H NMR (400 MHz, DMSO-d6) δ 10.21 (s, 1H), 8.02 (d, J = 8.4 Hz, 2H), 7.61 (d, J = 8.4 Hz, 2H), 3.85 (s, 3H)",
    "HRMS (ESI+): m/z [M+H]+ calcd for C18H20N3O2 310.1550, found 310.1548",
]

BATCHES = [
    "Lot# 23B-0417 | Exp 2026-03 | Qty 12.5 kg | Status: QUARANTINE",
    "Batch 24A0093 released by QP on 2024-05-14; CoA ref COA-24A0093-01",
    "Yield 87.3% (spec ≥ 85%) — within range, no deviation needed",
    "Manufactured: 2024-02-11; Retest: 2026-02-10; Storage: 15–25 °C, protect from light",
    "Line clearance done by J. Moreau / verified by K. Tanaka @ 07:42; previous product: PRD-0811 (placebo)",
    "Dispensed: API 2.500 kg (target 2.500 ± 0.005); MCC 101 7.250 kg; Mg stearate 0.050 kg",
    "Blend uniformity: mean 99.8%, RSD 1.2% (n=10) — AV < 15 ✓",
    "Tablet press: compression force 12 kN; hardness 85–110 N; friability 0.2%; weight 250 mg ± 5%",
    "Packaging order PO-77120: 24,000 blisters × 14 tabs; line 3; lot 23B-0417-P01",
    "Rejected drums: #7 and #12 (torn liner) — moved to reject cage R-2, see DEV-2024-0211",
    "Label reconciliation: issued 1,200; used 1,184; damaged 9; returned 7; Δ = 0 ✓",
    "Bulk hold time exceeded? granulate made 2024-03-02 08:00, compressed 2024-03-05 16:00 = 80 h (limit 72 h) → raise DEV",
    "Sterile filtration: 0.22 µm PVDF, bubble point pre 3.6 bar / post 3.5 bar (min 3.2) — PASS",
    "Fill volume: 5.15 mL (target 5.0, min 5.0 / max 5.3); 100% CCIT (HVLD) rejects: 3/12,000",
    "Lot genealogy: 23B-0417 ← granulate G-23B-11 ← API lot AP-2309-02 (supplier: Dr. Hoffmann & Söhne GmbH)",
    "Batch size 300,000 units; theoretical yield 75.0 kg; actual 73.1 kg (97.5%)",
    "EBR step 14.3 signed late (entry 2024-04-02 09:15 for activity done 08:40) — comment: 'system slow, logged after'",
    "Material: Lactose monohydrate (Ph. Eur./USP-NF), supplier lot L-99812, internal ID RM-0045-24-013; status RELEASED",
    "Expiry calculation: mfg 2024-06 + 36 months = 2027-05 (end of month)",
    "Visual inspection AQL: critical 0/315, major 1/315 (acc. 7), minor 4/315 (acc. 14)",
    "Reprocessing NOT permitted per MA — batch 23C-0102 to be destroyed, destruction cert. to QA",
    "Temperature log reactor R-201: 68–71 °C during hold (spec 65–75 °C)",
    "Lot 23B-0417 / 23B-0418 / 23B-0419 — campaign of 3, minor clean only between lots",
    "Cleaning verification swab: 1.8 µg/25 cm² (limit 10 µg/25 cm²); TOC rinse 210 ppb (limit 500)",
    "Retain samples: 2 × full pack per lot, stored in RS-01 shelf 4, until expiry + 1 y",
    "Drop test for shipper: 10 drops from 76 cm — no damage; temp. logger TL-4471 attached",
    "Shipping excursion: 26.3 °C for 2 h 10 min (allowed 25 °C; MKT 22.9 °C) — stability data supports, release OK",
    "Certificate of Analysis — Batch: 24A0093; Product: Metformin HCl 500 mg tablets; Result: complies",
    "Charge/Lot: 2404-117; Verfalldatum: 04/2027; Hersteller: Muster Pharma GmbH, Werk 2",
    "Lote: 24-0613-B; Caducidad: 06/2026; Conservar por debajo de 30 °C",
    "Numéro de lot : 24F118 ; date de péremption : 31/05/2027 ; libéré par la PQ",
    "ロット番号：24K0821、使用期限：2026年11月",
    "批号：20240517-02；有效期至：2026-04；贮藏：密封，阴凉处",
    "Serialization: GTIN 04012345678901, SN range 100000–124000, aggregation case → pallet OK",
    "Rework of coating (≤ 1×) allowed; record weight gain 3.1% (target 3.0 ± 0.5%)",
    "QA comment: the 'system' field in the EBR shows 'N/A' for granulator ID — should be GR-02; correct via change record, not by overwriting",
    "Bioreactor BR-2000-01: inoc. 2024-05-01; harvest day 14; titre 3.2 g/L; VCD peak 18.4 × 10^6 cells/mL; viability at harvest 82%",
    "Column packing: Protein A, HETP 0.021 cm, As 1.1 (0.8–1.6) ✓",
    "Viral inactivation: pH 3.6 ± 0.1, 60–90 min hold; actual 3.58, 72 min",
    "Mass balance: in 102.4 kg / out 101.9 kg (99.5%)",
    "Order > 10,000 units needs 2nd approver (site head) — order 88123 = 12,500 → routed",
    "Sampling plan: √N+1 containers (N = 24 → 6 sampled), composite for ID only",
    "Batch documentation complete & reviewed; open items: none; QP certification pending (2024-06-03)",
    "Drums 1–8 of 12 sampled; drum 5 label smudged — re-labelled under supervision (QA: P. Novák)",
    "Weight check: 249.2 / 251.0 / 250.4 / 248.7 / 250.9 mg — mean 250.0, RSD 0.4%",
    "Environmental monitoring Grade B, room 2.114: settle plate 1 CFU (alert 5, action 10)",
    "Hold: QC OOS on dissolution (L2) for batch 24A0101 → status BLOCKED until investigation closes",
    "Lot nr. 24-118/A; vervaldatum 2026-09; vrijgegeven door QP",
]

DEVIATIONS = [
    "DEV-2024-0193: Temperature excursion in cold room CR-2 (8.6 °C > 8.0 °C limit for 37 min) on 2024-04-12 02:10–02:47. Door alarm acknowledged late. Impact: 14 pallets; product stable per stability data. Classification: minor.",
    "Root cause (5-Why): 1) alarm not heard → 2) pager on silent → 3) no escalation after 10 min → 4) SOP-FAC-022 lacks escalation step → 5) SOP not reviewed since 2019.",
    "CAPA-24-077: revise SOP-FAC-022 §6.4 to add auto-escalation (10 min → supervisor; 20 min → QA on-call); effectiveness check: 0 late acks in 3 months.",
    "SOP-QA-014 rev. 7 §5.3 — 'second-person verification' applies to ALL manual entries, incl. corrections",
    "Deviation: analyst used expired reference standard (RS-0021, exp. 2024-03-31) on 2024-04-02; results of runs 1–4 invalidated & repeated with RS-0022.",
    "OOS investigation OOS-24-012 phase I: no lab error found (calc ✓, instrument ✓, standard ✓, system suitability ✓) → phase II (manufacturing)",
    "Ishikawa: Man / Machine / Method / Material / Measurement / Milieu — most likely: Method (sample prep sonication 5 vs 15 min)",
    "Impact assessment: batches 23B-0417 … 23B-0422 potentially affected; none released; hold all until closure.",
    "Data integrity finding: shared login 'lab_user' used on HPLC-07 between 2024-01 and 2024-03 → CAPA: individual accounts, disable generic logins, monthly audit trail review",
    "Audit observation #4 (major): audit trail review not performed for chromatographic data prior to release; 21 CFR 211.68 & Annex 11 §9",
    "Change control CC-2024-031: replace filter housing FH-3 (same model); like-for-like, no validation impact; approved by QA 2024-05-06",
    "Pest control: 1 insect found in sticky trap ST-14 (warehouse, not GMP area) — trend OK, no action",
    "Reason for late closure: supplier 8D report received 2024-06-20 (> 30 d). Extension #1 approved.",
    "Recurrence check: 'label misprint' occurred 3× in 12 months (DEV-23-411, DEV-24-019, DEV-24-088) → systemic, escalate to CAPA board",
    "Planned deviation PD-24-005: run line 2 with 1 operator less during 2024-07-15/16 (staffing); mitigation: reduced speed 80%",
    "Complaint CMP-24-0332: patient reports 'tablets smell like vinegar' (lot 23B-0417) — retain sample checked, no odour, assay & impurities OK; likely storage at home (bathroom).",
    "Effectiveness check failed: 2 further excursions after CAPA → re-open, root cause not adequately addressed",
    "Risk (FMEA): S=8, O=3, D=4 → RPN 96 (> 80 → action required)",
    "QA decision: product impact NONE; deviation closed 2024-05-22 (electronic signature, meaning: 'approval')",
    "The operator stated: 'I didn't see the alarm because the screen was in sleep mode' — timeout was 5 min, changed to never during shifts",
    "Deviation text was edited after approval?! Audit trail shows field 'description' changed 2024-05-23 11:02 by user mkeller — please explain",
    "CAPA owner changed from A. Silva to R. Okafor (A. Silva left the company); due date unchanged 2024-09-30",
    "SOP-LAB-103 (Pipette calibration) rev. 4 → rev. 5: tolerance for 10 µL changed from ±1.0% to ±1.2%",
    "Abweichung AB-24-017: Falsche Etiketten (Charge 2404-117) auf Palette 3; Ursache: Druckvorlage nicht freigegeben. Maßnahme: Vier-Augen-Prinzip bei Druckfreigabe.",
    "Écart EC-24-009 : pesée hors tolérance (+0,8 %) — balance BAL-12 non étalonnée depuis 13 mois ; CAPA : plan d'étalonnage revu",
    "偏差 DEV-CN-24-031：洁净区压差低于限度（< 10 Pa）持续 12 分钟；原因：门未关闭；纠正措施：增加门禁报警。",
    "逸脱 JP-24-006：試験記録の転記ミス（99.4% を 94.9% と記載）。訂正は GDP に従い二重線＋署名で実施。",
    "Desvío DV-24-044: lote 24-0613-B con etiqueta solo en inglés; corrección: reetiquetado bajo supervisión de QA",
    "Training gap: 4 of 17 operators not trained on SOP-PRD-210 rev. 9 before effective date → CAPA-24-102",
    "Root cause could not be determined (RCND). Most probable cause documented; monitoring for 6 months.",
    "Temp. mapping of WH-1 summer 2024: hot spot at rack 14, top level (max 27.1 °C) → move sensitive SKUs below level 3",
    "DEV-24-0230 — LIMS was down 2024-06-01 14:00–16:30; paper back-up forms (FRM-QC-017) used; data transcribed and verified 2024-06-02",
    "Backup restore test of the EBR DB failed (restore time 9 h > RTO 4 h) — CAPA: incremental backups & documented DR runbook",
    "Cross-contamination risk: shared equipment with a highly potent API (OEL < 1 µg/m³) → PDE-based limits, see TOX-RPT-0087",
    "Supplier audit (API maker): 2 majors (water system trending; OOS handling), 5 minors. Status: approved with conditions.",
    "Regulatory impact: variation needed? No — change within approved design space (3.2.P.3.3)",
    "Please attach the chromatograms (before/after) & the 'Run Log' export; the deviation can't be assessed without them",
    "Human error is not a root cause!! Please dig deeper (why did the error happen? workload, interface, training?)",
    "Investigation summary:\n- What: wrong buffer pH (6.8 instead of 7.4)\n- When: 2024-05-03, prep. at 09:30\n- Who: analyst #2 (trained)\n- Why: pH meter calibration skipped (buffer 7.00 expired)\n- Impact: runs 2024-05-03 #1–#3 invalid",
    "CAPA: (1) pH meter lockout if calibration > 24 h; (2) expiry labels on calibration buffers; (3) retrain analysts — due 2024-07-31",
    "SOP ref list: SOP-QA-001 (Deviation mgmt), SOP-QA-002 (CAPA), SOP-QA-014 (Documentation & GDP), SOP-QC-030 (OOS)",
    "Cleaning validation: worst case = 'Compound X' (lowest PDE, 0.5 µg/day); MACO 2.3 mg; swab results all < 10% of MACO",
    "Closed on time: 92% (target ≥ 90%); overdue: 4 (oldest 45 d)",
    "DEV-24-0301 & DEV-24-0302 linked (same root cause); CAPA consolidated under CAPA-24-119",
    "Mistake in batch record: step 7 'add 2.5 kg' – should read '2.50 kg'; GDP correction, initial/date, reason 'transcription'",
    "Trend: drop in yield for lots 24A0090–24A0101 (avg 91% → 86%); not OOS yet, but investigate granulation endpoint",
    "EM excursion: Grade A, filling needle zone, 1 CFU (action limit > 0). ID: Micrococcus luteus (skin flora) → gowning retraining",
    "Quality alert QA-ALERT-24-03: counterfeit packs of product X reported in the EU market — check serialisation status",
]

TRIALS = [
    "Protocol ABC-123-301 (Phase III, randomised, double-blind, placebo-controlled)",
    "Screening: Day -28 to Day -1; Randomisation: Day 1 (Visit 2); Week 4 ± 3 days (V3); Week 12 ± 7 days (V4); EoT; FU 30 d after last dose",
    "C1D1, C1D8, C1D15; C2D1 through C6D1 (q21d); EOT ≤ 7 d after last dose; Safety FU 28 ± 7 d",
    "Inclusion #4: eGFR ≥ 30 mL/min/1.73 m² (CKD-EPI); Exclusion #7: ALT or AST > 3 × ULN",
    "Subject 0412-007 missed V5 (Week 16) window (+9 d, allowed ± 7) → protocol deviation (minor)",
    "Randomisation 2:1 (active:placebo), stratified by region (NA/EU/APAC) & baseline HbA1c (< 8.5% / ≥ 8.5%)",
    "PK sampling: pre-dose, 0.5, 1, 2, 4, 6, 8, 12, 24 h post-dose on Day 1 & Day 14 (± 5 min up to 2 h; ± 15 min after)",
    "Unscheduled visit UV-01 for subject 1102-014 (AE follow-up); labs: CBC, CMP, coagulation",
    "Primary endpoint: change from baseline in HbA1c at Week 26; key secondary: % subjects with HbA1c < 7.0%",
    "Study XYZ-2201-202 / EudraCT 2023-000123-45 / NCT number pending",
    "Visit window calc: target = Day 1 + 84 d; window = target ± 7 d; V4 for subject 2201-003 = 2024-08-19 (2024-08-12 to 2024-08-26)",
    "Dose escalation (3+3): DL1 25 mg → DL2 50 mg → DL3 100 mg → DL4 200 mg; DLT window = C1 (21 d)",
    "Cohort 3 on hold — SRC meeting 2024-06-11: 1/6 DLT (Gr 3 ALT increase) → proceed to DL4 with extra LFT monitoring",
    "Washout: prior SGLT2i must be stopped ≥ 4 weeks before Day -1",
    "ECG: triplicate, 1-2 min apart, after ≥ 10 min supine rest; QTcF > 480 ms → exclusion",
    "Site 0412 is Uniklinik Köln, not Charité — please correct the site name in CTMS",
    "IRB/EC approval: 2024-02-14; first patient in (FPI): 2024-03-01; LPI planned: 2025-06-30",
    "Visit schedule table (SoA): 'X' = required, '(X)' = if clinically indicated, '→' = continues until EoT",
    "Sleep diary (e-diary) daily from Day -7 to Week 4; compliance threshold ≥ 80% of days",
    "Drop-out rate assumption 15% → N = 420 randomised (357 evaluable) for 90% power, α = 0.05 two-sided",
    "Stopping rule: if ≥ 2 subjects meet Hy's law → halt dosing & notify DSMB within 24 h",
    "Blinding: IWRS kit numbers; unblinding only via the IWRS emergency module (reason required)",
    "Telephone visit T1 (Week 2 ± 2 d): AE/conmed review only, no labs",
    "Subject ID format: SSSS-NNN (site-sequence), e.g. 0412-007; screen failures keep their number",
    "Re-screening allowed once, ≥ 14 d after screen failure; new informed consent required",
    "Amendment 3 (v4.0, 2024-05-02): added Week 52 extension; V8 & V9 added; PK at V8 removed",
    "Informed consent version 3.1 (EN) / 3.1 (DE) / 3.0 (FR — translation pending)",
    "Query #2217: 'Visit date V3 (2024-04-31) invalid' — site response: typo, should be 2024-04-30",
    "Estimand: treatment policy for intercurrent event 'rescue medication'; hypothetical for 'discontinuation due to COVID-19'",
    "Randomisation list seed stored by the unblinded statistician only (not in the TMF)",
    "Prüfplan ABC-123-301, Version 4.0 vom 02.05.2024 — Visite 3 (Woche 4 ± 3 Tage)",
    "Protocole ABC-123-301 : visite de sélection J-28 à J-1 ; randomisation J1 ; suivi à S4, S12 et S26",
    "试验方案 ABC-123-301：筛选期 D-28 至 D-1；第1天随机；第4周（±3天）访视",
    "治験実施計画書 ABC-123-301：スクリーニング（Day -28〜-1）、無作為化（Day 1）",
    "Protocolo ABC-123-301: Visita 1 (selección), Visita 2 (aleatorización, Día 1), Visita 3 (Semana 4 ± 3 días)",
    "Lab kit for V2: 2 × SST 5 mL, 1 × EDTA 3 mL, 1 × urine cup; ship ambient same day via courier (not on Fridays)",
    "Fasting ≥ 8 h before V2, V4, V6 (glucose & lipids); water allowed",
    "Concomitant meds: strong CYP3A4 inhibitors (ketoconazole, clarithromycin, grapefruit juice) prohibited from Day -14 to EoT",
    "Pregnancy test: serum at screening; urine at each dosing visit (WOCBP only)",
    "Data cut-off for interim analysis: 2024-09-30 23:59 UTC; DB snapshot 2024-10-07",
    "Subject 0412-011 withdrew consent at V4 — 'no further contact, but existing data may be used' (ICF section 9)",
    "EDC edit check: if 'AE ongoing' = Yes then 'end date' must be empty; fires wrongly when end date = UNK",
    "Visit V6 (Week 26) → primary endpoint; window strictly ± 7 d; out-of-window values excluded from the PP set",
    "Arm A: drug 10 mg QD + SoC; Arm B: placebo QD + SoC; Arm C (open-label): comparator 5 mg BID",
    "Study drug accountability at V3: dispensed 35 tabs, returned 9, expected 7 → compliance 93%",
    "Interim DSMB recommendation: 'continue unchanged' (no safety signal; futility boundary not crossed)",
    "Schedule (28-day cycles): D1 & D15 IV infusion over 60 ± 10 min; pre-med: paracetamol 1 g + cetirizine 10 mg 30 min before",
    "Visit 3 <= Day 35 per protocol; our CTMS shows Day 36 because it counts Day 1 as Day 0 — known issue, ticket raised",
]

ADVERSE = [
    "Subject 0412-007, 64-year-old female, experienced Grade 2 nausea on C1D3 (onset 2024-03-04), treated with ondansetron 8 mg PO q8h prn; resolved 2024-03-07. Not serious. Relationship: possibly related.",
    "Term (verbatim): 'felt dizzy & fell in bathroom' → MedDRA PT: Dizziness; Fall",
    "Grade 3 ALT increase (5.8 × ULN) at Week 8; study drug interrupted; ALT 1.9 × ULN at Week 10 → re-challenged at reduced dose (50 mg)",
    "SAE: hospitalisation for pneumonia (2024-05-11 to 2024-05-18); outcome recovered; causality: not related (investigator) / cannot be excluded (sponsor)",
    "Patient reports sleep disturbance & vivid dreams since dose increase to 20 mg; CTCAE insomnia Gr 1",
    "Injection-site reaction: erythema 3 cm × 4 cm, itching; resolved in 48 h without treatment",
    "Death — sudden cardiac death (unwitnessed, at home) on Day 142; autopsy pending; expectedness per IB v7 §6.3 = unexpected → 7-day SUSAR report",
    "Rash maculopapular, Gr 2, BSA ~15%; topical betamethasone 0.1% BID; no mucosal involvement (SJS excluded by derm)",
    "Hy's law check: ALT 4.2 × ULN AND TBL 2.3 × ULN, ALP < 2 × ULN → potential Hy's law case — expedite",
    "Lab: Hb dropped from 13.1 to 9.4 g/dL (Δ -3.7) in 2 weeks; no obvious bleeding; FOBT ordered",
    "Pregnancy reported in partner of male subject 1102-014; follow-up until outcome (EDD 2025-01-20)",
    "Medication error: subject took 2 tablets (20 mg) instead of 1 on 2024-04-22 — no symptoms; reported as 'overdose without AE'",
    "Narrative:\nA 58-year-old male with a history of hypertension and T2DM was randomised on 2024-02-01.\nOn Day 37 he presented to the ER with chest pain; troponin I 0.8 ng/mL (ref < 0.04).\nDiagnosis: NSTEMI. Study drug was permanently discontinued.\nOutcome: recovering. Investigator assessment: unlikely related.",
    "Verbatim: 'headache -- mild, took 2x paracetamol 500mg, gone after 3h'",
    "Patient: \"I felt like my heart was racing >120, lasted ~10 min, happened 3 times this week\"",
    "AE 'drug ineffective' not to be coded unless the protocol says so (lack of efficacy is captured as an endpoint)",
    "Hypoglycaemia: BG 52 mg/dL (2.9 mmol/L) with symptoms (sweating, tremor); self-treated w/ 15 g glucose; Level 2",
    "Anaphylactic reaction within 10 min of infusion start (C2D1): BP 78/40, urticaria, wheeze → adrenaline 0.5 mg IM, infusion stopped; recovered same day; permanently discontinued",
    "QTcF prolongation: 512 ms at V4 (baseline 431) → Δ +81 ms; K+ 3.1 mmol/L (low); repeat ECG after K+ correction: 468 ms",
    "Follow-up #2 received 2024-06-03: biopsy 'drug-induced liver injury, cholestatic pattern' → causality upgraded to 'probably related'",
    "Nebenwirkung: Übelkeit (Grad 1) und Schwindel nach Einnahme; Patientin setzte das Präparat selbst ab",
    "Effet indésirable : céphalées sévères (grade 3) à J12 ; hospitalisation < 24 h ; évolution favorable",
    "不良事件：第15天出现皮疹（2级），给予氯雷他定 10 mg qd，7天后好转",
    "有害事象：投与後 2 時間で悪寒・発熱（38.9 °C）、アセトアミノフェンで軽快",
    "Evento adverso: diarrea grado 2 desde el día 5; loperamida 2 mg tras cada deposición (máx. 16 mg/día)",
    "Reporter: patient's daughter (consumer); seriousness criteria: none; source: call centre case CC-24-11871",
    "Literature case: hepatotoxicity report in a 2024 clinical pharmacology journal; 1 case, ICSR to be created within 15 d",
    "Duplicate? Case 2024-DE-00412 and 2024-DE-00419 share initials, DOB year & event date — check with site before merging",
    "Dechallenge: positive (symptoms resolved after stopping). Rechallenge: not done.",
    "Tumour lysis lab criteria met on C1D2 (K+ 6.1, PO4 2.1 mmol/L, uric acid 11.2 mg/dL); rasburicase given",
    "Seizure (generalised tonic-clonic, ~2 min) on Day 88; no prior history; MRI normal; EEG: no epileptiform activity",
    "Subject fainted during blood draw at V3 (vasovagal) — not related to IMP, related to procedure",
    "AE of special interest: 'ILD/pneumonitis' — send CT images to the central reader within 5 working days",
    "ePRO free text: 'tired all the time, can't focus at work, stopped running' (fatigue Gr 2?)",
    "Infusion-related reaction Gr 1: chills & flushing at 45 min; rate ↓ 50%, completed; protocol mandates pre-med from C2",
    "Concomitant event: COVID-19 positive (PCR) 2024-01-14, mild; dosing interrupted 10 d per protocol §7.4",
    "Outcome unknown — subject lost to follow-up after 3 phone & 2 letter attempts (last 2024-07-02)",
    "Creatinine 1.9 mg/dL (baseline 1.0) → AKI stage 1 (KDIGO); contrast CT 2 days before; NSAID use also reported",
    "Serious? YES — 'medically important event' (investigator's judgement): severe hypokalaemia K+ 2.4 requiring IV replacement",
    "Patient's own words: \"my eyes went yellow & urine dark like cola\" — bilirubin 4.1 mg/dL",
    "Alopecia Gr 1 ('hair thinning, lost ~30%'), ongoing at EoT",
    "Suicidal ideation on C-SSRS (item 2 = yes) at V5 — referred to psychiatrist same day; study drug continued per investigator",
    "Narrative draft v2 — please check: onset date in CIOMS (2024-05-02) ≠ EDC (2024-05-20). Which one is right?",
    "Neutropenia Gr 4 (ANC 0.3 × 10^9/L) on C2D15, febrile (38.6 °C) → G-CSF; dose reduced to DL-1 from C3",
    "Pt. allergic to penicillin ('rash as a child') — not an AE, record in medical history",
    "Alert from safety DB: 3rd case of pancreatitis in 6 months → signal evaluation (SMT) on 2024-07-09",
]

DOSAGE = [
    "Take 1 tablet by mouth twice daily (q12h) with food; do not exceed 4 g/day of paracetamol from all sources.",
    "5 mg/kg IV over 30 min q24h; if CrCl < 30 mL/min → reduce dose by 50%",
    "Loading dose 600 mg PO once, then 75 mg PO daily",
    "Insulin glargine 10 U s.c. at bedtime; titrate +2 U every 3 days until FPG 80–130 mg/dL",
    "Amoxicillin 500 mg TID × 7 d; shake suspension well; store in fridge (2–8 °C) after reconstitution, discard after 14 d",
    "Children 6–12 y: 10 mg/kg/dose q6–8h prn (max 40 mg/kg/day); < 6 y: consult physician",
    "Warfarin: 5 mg Mon/Wed/Fri, 2.5 mg other days; INR target 2.0–3.0; next INR check in 1 week",
    "Prednisolone taper: 40 mg × 5 d → 30 mg × 5 d → 20 mg × 5 d → 10 mg × 5 d → 5 mg × 5 d → stop",
    "Vancomycin: AUC-guided dosing, target AUC24/MIC 400–600; trough not needed",
    "Heparin infusion: bolus 80 U/kg, then 18 U/kg/h; adjust per aPTT nomogram (q6h)",
    "Swallow whole; do not crush or chew (extended-release). Avoid alcohol.",
    "Take on an empty stomach (≥ 1 h before or ≥ 2 h after meals) with a full glass of water; stay upright 30 min",
    "Inhaler: 2 puffs q4–6h prn; rinse mouth after use; max 8 puffs/24 h",
    "Methotrexate 15 mg ONCE WEEKLY (Mondays) — NOT daily!! + folic acid 5 mg once weekly (Thursday)",
    "Dose = BSA (m²) × 75 mg/m² → 1.82 × 75 = 136.5 mg → round to 135 mg",
    "Morphine 2–4 mg IV q2h prn pain (NRS ≥ 4); hold if RR < 10/min or sedation score ≥ 3",
    "Hepatic impairment: Child-Pugh A — no adjustment; B — 50%; C — not recommended",
    "Reconstitute vial with 10 mL WFI (→ 50 mg/mL); dilute in 250 mL NaCl 0.9%; infuse over ≥ 60 min via 0.2 µm in-line filter",
    "Missed dose: take as soon as remembered unless < 6 h until next dose; never double up",
    "Levothyroxine 75 µg every morning, 30–60 min before breakfast; separate from calcium/iron by ≥ 4 h",
    "Gentamicin 5 mg/kg q24h (if actual BW > 120% IBW use adjusted BW = IBW + 0.4 × (ABW - IBW))",
    "Paediatric syrup 120 mg/5 mL: 15 mg/kg → 20 kg child = 300 mg = 12.5 mL",
    "Einnahme: 1-0-1 (morgens und abends) zu den Mahlzeiten; nicht mit Grapefruitsaft einnehmen",
    "Posologie : 1 comprimé matin et soir pendant 10 jours ; ne pas dépasser 3 g/jour",
    "用法用量：口服，一次1片，一日3次，饭后服用；儿童用量请遵医嘱",
    "用法・用量：1回1錠、1日2回、朝夕食後に経口投与",
    "Posología: 1 comprimido cada 8 horas; máximo 3 comprimidos al día; no conducir si produce somnolencia",
    "Posologia: 1 compressa 2 volte al giorno, lontano dai pasti",
    "Sig: i tab po bid pc × 10/7; disp #20; refills 0",
    "Rx: atorvastatin 20 mg, 1 tab qhs; script for 90 days; generic substitution permitted",
    "Dose banding: 95–105 mg → 100 mg syringe; 105–115 mg → 110 mg syringe",
    "Patient weight 72.4 kg; dose 1.5 mg/kg = 108.6 mg; vial 100 mg/4 mL → 4.34 mL",
    "Titrate: week 1: 25 mg/d; week 2: 50 mg/d; week 3+: 100 mg/d if tolerated (HR > 55, SBP > 100)",
    "Stop metformin 48 h before iodinated contrast if eGFR < 45; restart after 48 h if renal function stable",
    "Apply a thin layer to the affected area 2×/day; wash hands after; not on broken skin; max 2 weeks",
    "Eye drops: 1 drop in each eye at 8 pm; wait 5 min between different drops; discard 28 d after opening",
    "Infusion rate: 1 mL/kg/h for 30 min → if tolerated 2 mL/kg/h → max 4 mL/kg/h",
    "Max single dose 1 g; max daily 4 g (3 g if weight < 50 kg, alcohol use, or hepatic impairment)",
    "Label text: 'Keep out of the sight and reach of children.' / 'Do not use after the expiry date (EXP).'",
    "Potassium chloride: never undiluted IV push! Max 10 mmol/h via peripheral line (20 mmol/h central, with ECG monitoring)",
    "Sleep aid: zolpidem 5 mg at bedtime prn, only if ≥ 7–8 h available for sleep; do not combine with alcohol",
    "Renal dosing (CrCl mL/min): > 50 → 500 mg q12h; 30–50 → 250 mg q12h; < 30 → 250 mg q24h; HD: after dialysis",
    "Drip: 1 g in 100 mL over 15 min → 400 mL/h",
    "Selected dose for Phase II: 100 mg QD (RP2D), based on PK/PD & safety from SAD/MAD",
    "Alert: look-alike/sound-alike — hydroxyzine vs hydralazine; double-check before dispensing",
    "Take with food & swallow with water; if vomiting within 30 min of a dose, repeat the dose once",
    "Dosierung bei Kindern < 12 Jahren: 3 × täglich 5 ml Saft (= 150 mg); Abstand ≥ 6 h",
    "Dawkowanie: 1 tabletka 2 razy na dobę; nie przekraczać 4 g paracetamolu na dobę",
]

INSTRUMENTS = [
    r"C:\Chem32\1\DATA\2024\HPLC-07\SEQ_0412\ASSAY_LOT23B.D",
    "/mnt/lims/export/plates/PL-00412_raw.csv",
    r"\\labnas01\qc\hplc\2024-05\Run_0503_#2\Report.pdf",
    "Gradient: 5% B → 95% B over 10 min; hold 2 min; re-equilibrate 3 min; flow 0.4 mL/min; BEH C18 2.1 × 50 mm, 1.7 µm, 40 °C; inj. 2 µL; UV 254 nm",
    "MS: ESI+, capillary 3.0 kV, cone 30 V, source 120 °C, desolvation 450 °C, scan m/z 100–1000",
    "/data/ms/raw/2024/05/03/run42.mzML",
    "Export to ../processed/run42_peaks.csv (relative to the sequence folder) — the LIMS parser expects that layout",
    r"D:\Empower\Projects\QC_ASSAY_2024\Sample Sets\SS_1187.xml",
    "GC method GC-HS-RS-03: oven 40 °C (5 min) → 10 °C/min → 240 °C (5 min); inlet 200 °C split 10:1; He 1.2 mL/min",
    "Balance BAL-12: last calibration 2024-04-30, next due 2024-05-31; export /var/opt/lims/balance/BAL-12/2024-05-02.txt",
    "Plate reader protocol 'HTRF_665-620_v3'; ex 320 nm; em 615/665 nm; delay 60 µs; window 400 µs",
    "File name convention: {project}_{plate}_{date:yyyyMMdd}_{reader}.csv, e.g. PRJ0412_PL00412_20240503_ENV2.csv",
    "~/notebooks/ELN-2024-0412/figures/dose_response_fit.png",
    "s3://pharma-lims-raw/instruments/LCMS-03/2024/05/run_0412.raw",
    "NMR data: /opt/topspin/data/jdoe/nmr/CPD-009921/10/pdata/1 — 1H, 16 scans, d1 = 2 s",
    "Sequence line 14: 'Blank' | vial 1:A,1 | inj. vol 10 µL | method ASSAY_v4 | Sample Type = Standard",
    "The export failed: 'Access denied: /mnt/lims/export/plates/PL-00412_raw.csv (mode 0644, owner lims:lims)'",
    "Instrument log: 2024-05-03 09:14:22 [WARN] Pump B pressure ripple > 2% (1.8 bar); 09:14:25 [INFO] sequence continued",
    "Column ID COL-C18-0412 — injections 1,284 (limit 2,000); last backpressure 612 bar at 0.4 mL/min",
    "System suitability: RSD (n=6) 0.4% (≤ 2.0); tailing 1.1 (≤ 2.0); plates 12,400 (≥ 2,000); resolution 3.2 (≥ 2.0)",
    "Integration events: threshold 50; peak width 0.05 min; inhibit integration 0.00–0.80 min; no manual integration without reason",
    r"Karl Fischer KF-2: titrant 5 mg/mL; drift < 10 µg/min; sample 0.2 g; result file C:\KF\Results\KF2_20240503.csv",
    "Dissolution bath DIS-04: USP II; 900 mL; 37.0 ± 0.5 °C; 50 rpm; sampling 5/10/15/30/45/60 min; filter 10 µm",
    "LIMS instrument interface: /usr/local/lims/bin/import_results --instrument HPLC-07 --run 0412 --dry-run",
    r"Flow cytometry: FCS files in \\flowcore\exp\FC-2024-118\*.fcs — compensation matrix comp_0412.mtx",
    "Liquid handler script transfer_384_v7; tips 50 µL filtered; aspirate 5 µL, dispense 5 µL, mix 3×",
    "pH meter PH-03 calibration: buffers 4.01 / 7.00 / 10.01; slope 98.7%; offset -3.2 mV — OK (95–105%)",
    "Method transfer: old path /mnt/old_nas/methods/ASSAY_v3.M → new /mnt/lims/methods/ASSAY_v4.M (checksum verified)",
    "Particle counter PC-02: ≥ 0.5 µm 1,920/m³; ≥ 5.0 µm 0/m³ (Grade A limits 3,520 / 20)",
    "ICP-MS elemental impurities (ICH Q3D): Pb < 0.1 µg/g; Cd < 0.05; As < 0.15; Hg < 0.1; Pd 2.1 µg/g (limit 10)",
    "Chromatogram attached: run42_chrom.png (UV 254 nm) & run42_tic.png (TIC ESI+); peaks @ 2.41, 3.07, 5.88 min",
    "Autosampler temp 8 °C; needle wash MeOH/H2O 50:50; seal wash 10% MeOH",
    "HPLC-07 audit trail export (2024-05-01..2024-05-31) → /mnt/lims/audit/HPLC-07/AT_202405.pdf",
    "Sample ID barcode format: S-YYYY-NNNNN (e.g. S-2024-00412); Code128; printed on cryo-labels",
    "Freezer -80 °C FRZ-07: rack 3 / box 12 / position C4 — sample S-2024-00412 (plasma, 0.5 mL)",
    "Reader export header: 'Plate,Well,Signal,Ratio 665/620,Flag' — flag '*' means saturated",
    "Balance printout:\n------------------------\nBAL-12  2024-05-02 10:14\nTare      0.0000 g\nNet       2.2104 g\nUser: mkeller\n------------------------",
    "UV-Vis: λmax 274 nm; A = 0.612; ε = 1.05 × 10^4 L·mol⁻¹·cm⁻¹; c = A / (ε·l)",
    "Raw data retention: /archive/qc/{year}/{instrument}/ — 15 years after batch expiry (policy QA-POL-004)",
    "The file 'run42 (copy) (2).D' can't be imported — spaces & brackets in the name; please rename to run42_copy2.D",
    "Custom field: Amount% = (Area_Sample / Area_Std) * (Wt_Std / Wt_Sample) * Purity_Std * 100",
    "Metadata: instrument=LCMS-03; operator=jdoe; project=PRJ-0412; method=PK_plasma_v2; created=2024-05-03T09:14:22Z",
    "Firmware update for plate reader ENV2 v3.2.1 → v3.4.0 requires re-qualification (OQ) before GMP use",
    "Export settings: delimiter ';' (German locale!), decimal ',', encoding UTF-8 with BOM — LIMS import needs '.' decimals",
    "Backup: rsync -a /data/ms/raw/ backup01:/vol/msraw/ runs nightly at 02:00 — last success 2024-05-02",
    "TGA: 25 → 300 °C at 10 °C/min, N2 50 mL/min; weight loss 0.4% up to 120 °C (surface water)",
    "XRPD: Cu Kα, 2θ 3–40°, step 0.02°, 1 s/step; form I confirmed (peaks 8.1, 12.4, 16.3, 24.7° 2θ)",
    "Plate map upload: columns Well;SampleID;Conc_uM — A1;DMSO;0 … H12;REF-STAU;10",
]

REGULATORY = [
    "Dear Sir or Madam,\nwith reference to our Type II variation for product X, please find enclosed the responses to the Request for Supplementary Information dated 12 April 2024.\nKind regards,\nRegulatory Affairs",
    "Sehr geehrte Damen und Herren,\nanbei erhalten Sie die Antworten auf Ihre Mängelliste vom 12.04.2024 (Zulassungsnummer 12345.00.00). Für Rückfragen stehen wir gern zur Verfügung.\nMit freundlichen Grüßen",
    "Madame, Monsieur,\nsuite à votre courrier du 3 mai 2024, nous vous prions de trouver ci-joint le dossier de réponse (modules 2.3 et 3.2.S). L'étiquetage révisé sera soumis d'ici le 30 juin.\nVeuillez agréer nos salutations distinguées.",
    "拝啓　時下ますますご清栄のこととお慶び申し上げます。照会事項（2024年5月10日付）に対する回答書を別添のとおり提出いたします。敬具",
    "尊敬的审评老师：您好！针对贵中心2024年5月发出的补充资料通知，我司已完成第3.2.P.5节的修订，现提交回复资料，请审阅。",
    "Estimados señores:\nEn respuesta a su requerimiento de información adicional, adjuntamos la ficha técnica revisada y el prospecto en español.\nAtentamente,",
    "Gentili Signori,\ncon riferimento alla Vostra richiesta di integrazione, si trasmette in allegato la documentazione aggiornata del modulo 3.\nCordiali saluti",
    "Prezados Senhores,\nem atendimento à exigência técnica, encaminhamos o relatório de estabilidade atualizado (zona IVb, 30 °C/75% UR).\nAtenciosamente,",
    "Geachte heer/mevrouw,\nhierbij ontvangt u de bijgewerkte SmPC en bijsluiter in het Nederlands (versie 4.0).\nMet vriendelijke groet,",
    "담당자님께,\n보완 요청(2024-05-10)에 대한 회신 자료를 첨부하여 제출합니다. 검토 부탁드립니다.",
    "Szanowni Państwo,\nw załączeniu przesyłamy poprawioną Charakterystykę Produktu Leczniczego oraz ulotkę dla pacjenta.\nZ poważaniem",
    "Hej,\nbifogat finns svar på era frågor gällande ansökan om godkännande för försäljning. Med vänliga hälsningar",
    "Subject: RE: Day 120 List of Questions — Q17 (Module 3) — drop the ≤ 0.10% limit for impurity B?\nWe propose to keep the limit and add justification per ICH Q3A.",
    "The European Union reference date (EURD) for the active substance is 2011-06-15; PSUR cycle 3 years",
    "CTA submission via CTIS: part I (RMS = DE), part II for DE, FR, ES, IT; validation expected in 10 days",
    "Please select 'Union procedure' (not national) in the eSubmission form; procedure number will be assigned by the agency",
    "eCTD sequence 0012: m1/eu/12-cover/cover-letter.pdf; m3/32-body-data/32p-drug-prod/…; validation: 0 errors, 2 warnings (BP1, BP7)",
    "FDA Form 1571 signed; IND 12345 amendment — protocol ABC-123-301 v4.0; response due within 30 days",
    "Response to Information Request (IR) #3: dissolution method discriminatory power — see Attachment 2 (f2 = 42 for +10% binder)",
    "Labelling: 'Do not store above 25 °C' → harmonised to 'Store below 25 °C' in all EU languages (QRD template v10.4)",
    "Clock stop requested until 2024-09-30 (ref. EMA/…/2024) — reason: ongoing 12-month stability",
    "Anfrage BfArM: Bitte erläutern Sie die Spezifikation für Verunreinigung C (≤ 0,15 %) — Begründung nach ICH Q3B",
    "Réponse ANSM : la rubrique 4.8 du RCP a été mise à jour (« fréquence indéterminée »)",
    "PMDA 相談記録：対面助言（2024年6月3日）、議題：第III相試験の主要評価項目",
    "NMPA 受理号 CXHL2400123 —— 请在 80 个工作日内补充完整药学资料",
    "ANVISA: petição nº 25351.123456/2024-11 — cumprimento de exigência protocolado em 14/05/2024",
    "Swissmedic: Gesuch um Zulassung einer neuen Darreichungsform; Gebühr CHF 3'000 – Rechnung folgt",
    "Health Canada: Screening Deficiency Notice received; respond within 45 calendar days (drug submission tracking system)",
    "TGA (AU): s31 request — provide batch analyses for 3 commercial-scale batches & the executed BMR",
    "MHRA: reliance route via ECDP (EU decision 2024-04-18); submit within 2 years, UK-specific PIL",
    "Agency asked: 'Why is the system suitability criterion for resolution ≥ 1.5 and not ≥ 2.0?' — answer drafted by QC, RA to review",
    "Remember: Module 1.3.1 SmPC in Word AND PDF; tracked changes version only in Word",
    "Bitte nicht antworten — automatisch generierte Nachricht des Portals für Arzneimittelzulassung",
    "Mise à jour du DMF (partie ouverte / partie fermée) : lettre d'accès (LoA) envoyée au fabricant du PA",
    "Re: safety variation (PRAC recommendation) — implement new warning in 4.4 & 4.8 within 60 days; translations: 24 EU languages + NO, IS",
    "Orphan designation EU/3/24/1234 — annual report due; please send the updated development plan",
    "PIP compliance check: measures 1–4 completed; deferral for measure 5 until 2027-12",
    "Type IA(IN) notification: change of QP responsible for batch release — effective immediately",
    "Pharmacovigilance System Master File (PSMF) location changed to Dublin, IE — update Art. 57 database",
    "Module 2.5 Clinical Overview — 'benefit/risk remains positive'; cross-reference to 2.7.4 safety summary",
    "Proposed shelf life: 36 months (25 °C/60% RH); extrapolation per ICH Q1E from 24 months real-time data",
    "Ответ на запрос эксперта: исправленная инструкция по медицинскому применению прилагается",
    "Αξιότιμοι κύριοι, σας αποστέλλουμε τα αναθεωρημένα κείμενα της άδειας κυκλοφορίας.",
    "Vážení, v příloze zasíláme aktualizovaný souhrn údajů o přípravku (SPC) ve verzi 3.1.",
    "Tisztelt Hatóság! Mellékelten küldjük a módosított betegtájékoztatót.",
    "Sayın Yetkili, ruhsat başvurusuna ilişkin eksik belgeler ekte sunulmuştur.",
    "עדכון עלון לצרכן בהתאם להנחיות משרד הבריאות — גרסה 2.0",
    "تم تقديم ملف التسجيل إلى الهيئة العامة للغذاء والدواء؛ رقم الطلب 2024-0412",
]

# ---------------------------------------------------------------- small pools for templates
SMILES_POOL = ["CC(=O)Oc1ccccc1C(=O)O", "CC(=O)Nc1ccc(O)cc1", "CN1CCC[C@H]1c1cccnc1",
               "OC(=O)c1ccccc1O", "CC(C)NCC(O)COc1cccc2ccccc12", "COc1ccc2[nH]cc(CCN)c2c1",
               "O=C(O)C[C@H](N)C(=O)O", "Clc1ccc(cc1)C(=O)N", "FC(F)(F)c1ccc(Oc2ccccc2)cc1",
               "N[C@@H](Cc1ccccc1)C(=O)O", "C1CCN(CC1)C(=O)c1ccncc1", "OCC1OC(O)C(O)C(O)C1O"]
REAGENT_POOL = ["K2CO3", "Cs2CO3", "Et3N", "DIPEA", "NaH (60%)", "HATU", "EDC·HCl", "Pd(dppf)Cl2",
                "CuI", "TBAF (1 M THF)", "NBS", "mCPBA (77%)", "DMAP", "PPh3", "LiOH·H2O"]
SOLVENTS = ["DMF", "THF", "DCM", "MeCN", "dioxane/H2O 4:1", "toluene", "MeOH", "EtOAc", "2-MeTHF"]
TEMPS = ["0 °C → rt", "rt", "-78 °C", "60 °C", "reflux", "80 °C (sealed tube)", "40 °C"]
ASSAY_NAMES = ["IC50", "EC50", "Ki", "Kd", "GI50", "CC50"]
STATUSES = ["QUARANTINE", "RELEASED", "REJECTED", "BLOCKED", "IN TESTING"]
ISSUES = ["label misprint on shipper", "balance out of calibration", "late audit-trail review",
          "temperature excursion in WH-2", "missing second-person check", "wrong column lot used",
          "filter integrity test not documented", "pH out of range during buffer prep"]
ACTIONS = ["impact assessment ongoing", "CAPA opened", "closed, no product impact",
           "retraining scheduled", "SOP revision requested", "escalated to QA head"]
VISITS = [("Screening", -21), ("Day 1", 0), ("Week 4", 28), ("Week 12", 84), ("Week 26", 182), ("Follow-up", 210)]
AE_TERMS = ["Nausea", "Headache", "Fatigue", "Rash", "Diarrhoea", "ALT increased", "Dizziness",
            "Insomnia", "Pruritus", "Neutrophil count decreased", "Arthralgia", "Cough"]
AE_ACTIONS = ["dose not changed", "drug interrupted", "dose reduced", "drug withdrawn"]
AE_OUTCOMES = ["recovered", "recovering", "not recovered", "recovered with sequelae"]
DRUGS = [("metformin", "500", "mg", "PO"), ("enoxaparin", "40", "mg", "s.c."), ("ceftriaxone", "2", "g", "IV"),
         ("omeprazole", "20", "mg", "PO"), ("furosemide", "40", "mg", "IV"), ("amlodipine", "5", "mg", "PO"),
         ("ondansetron", "4", "mg", "IV"), ("dexamethasone", "8", "mg", "PO")]
FREQS = ["once daily", "BID", "TID", "q8h", "q12h", "at night", "weekly", "prn, max 3×/day"]
DOSE_NOTES = ["with food", "avoid alcohol", "check renal function weekly", "do not crush",
              "monitor K+ & Na+", "take 30 min before breakfast", "review after 5 days"]
INSTR = ["HPLC-07", "HPLC-11", "LCMS-03", "GC-02", "ENV2", "KF-2", "UV-01"]
EXT = ["csv", "pdf", "D", "raw", "mzML", "txt", "xlsx"]
AGENCIES = ["EMA", "BfArM", "ANSM", "AEMPS", "AIFA", "PMDA", "NMPA", "FDA", "MHRA", "Swissmedic"]
GREETINGS = ["Dear colleagues,", "Sehr geehrte Damen und Herren,", "Madame, Monsieur,", "Estimados señores:",
             "Gentili Signori,", "ご担当者様", "尊敬的老师："]
REG_TOPICS = ["stability commitment", "updated SmPC section 4.8", "GMP certificate of the API site",
              "batch analysis data", "response to question 12", "bioequivalence study report"]


def cas_with_check(rng):
    """CAS numbers with a correct check digit (computed)."""
    first = str(rng.randint(50, 999999))
    mid = f"{rng.randint(0, 99):02d}"
    digits = (first + mid)[::-1]
    check = sum((i + 1) * int(d) for i, d in enumerate(digits)) % 10
    return f"{first}-{mid}-{check}"


def t_structures(rng):
    n = rng.randint(1, 15000)
    smi = rng.choice(SMILES_POOL)
    if rng.random() < 0.5:
        return f"CPD-{n:06d} | {smi} | CAS {cas_with_check(rng)}"
    return f"Registered CPD-{n:06d}: {smi} (purity {rng.randint(90, 99)}.{rng.randint(0, 9)}% by HPLC)"


def t_reagents(rng):
    parts = []
    for r in rng.sample(REAGENT_POOL, 2):
        mmol = rng.choice([0.5, 1.0, 2.5, 5.0, 10.0, 12.5])
        eq = rng.choice([1.0, 1.1, 1.2, 1.5, 2.0, 3.0])
        parts.append(f"{r} ({mmol} mmol, {eq} eq)")
    return "; ".join(parts) + f"; {rng.choice(SOLVENTS)}, {rng.choice(TEMPS)}, {rng.randint(1, 24)} h"


def t_assays(rng):
    kind = rng.choice(ASSAY_NAMES)
    if rng.random() < 0.6:
        return f"{kind} = {rng.randint(1, 999)} nM (n={rng.randint(2, 6)}, ±{rng.randint(1, 40) / 10})"
    row = "ABCDEFGH"[rng.randint(0, 7)]
    col = rng.randint(1, 12)
    return f"Well {row}{col}: {rng.randint(1000, 90000)} RFU ({rng.randint(0, 110)}% of max) — {kind} plate PL-{rng.randint(100, 999):05d}"


def t_batches(rng):
    return (f"Lot {rng.randint(22, 25)}{rng.choice('ABCDEF')}-{rng.randint(1, 9999):04d} | Exp {rng.randint(2025, 2028)}-"
            f"{rng.randint(1, 12):02d} | Qty {rng.randint(1, 400) / 2} kg | Status: {rng.choice(STATUSES)}")


def t_deviations(rng):
    return (f"DEV-{rng.randint(2022, 2025)}-{rng.randint(1, 999):04d}: {rng.choice(ISSUES)} — {rng.choice(ACTIONS)} "
            f"(SOP-QA-{rng.randint(1, 40):03d} §{rng.randint(1, 9)}.{rng.randint(1, 9)})")


def t_trials(rng):
    label, day = rng.choice(VISITS)
    win = rng.choice([3, 7, 14])
    return (f"Subject {rng.randint(100, 2999):04d}-{rng.randint(1, 40):03d}: V{VISITS.index((label, day)) + 1} ({label}) "
            f"target Day {day + 1 if day >= 0 else day}, window ± {win} d")


def t_adverse(rng):
    return (f"{rng.choice(AE_TERMS)} Gr {rng.randint(1, 3)} on Day {rng.randint(2, 180)}; action: "
            f"{rng.choice(AE_ACTIONS)}; outcome: {rng.choice(AE_OUTCOMES)}")


def t_dosage(rng):
    drug, dose, unit, route = rng.choice(DRUGS)
    return f"{drug} {dose} {unit} {route} {rng.choice(FREQS)}; {rng.choice(DOSE_NOTES)}"


def t_instruments(rng):
    ins = rng.choice(INSTR)
    y, m, d = rng.randint(2022, 2025), rng.randint(1, 12), rng.randint(1, 28)
    if rng.random() < 0.5:
        return f"/mnt/lims/export/{ins}/{y}/{m:02d}/run_{rng.randint(1, 9999):04d}.{rng.choice(EXT)}"
    return f"D:\\Data\\{ins}\\{y}{m:02d}{d:02d}\\SEQ_{rng.randint(1, 999):03d}\\result.{rng.choice(EXT)}"


def t_regulatory(rng):
    return (f"{rng.choice(GREETINGS)}\nRe: {rng.choice(AGENCIES)} procedure {rng.randint(2022, 2025)}-"
            f"{rng.randint(100, 9999)} — {rng.choice(REG_TOPICS)} attached.")


CATEGORIES = [
    ("structures", STRUCTURES, t_structures),
    ("reagents", REAGENTS, t_reagents),
    ("assay_results", ASSAYS, t_assays),
    ("batch_records", BATCHES, t_batches),
    ("deviations_capa", DEVIATIONS, t_deviations),
    ("trial_schedule", TRIALS, t_trials),
    ("adverse_events", ADVERSE, t_adverse),
    ("dosage_instructions", DOSAGE, t_dosage),
    ("instrument_files", INSTRUMENTS, t_instruments),
    ("regulatory_mail", REGULATORY, t_regulatory),
]


def main():
    rng = random.Random(SEED)
    rows, seen, lit_counts = [], set(), {}
    for cat, literals, tmpl in CATEGORIES:
        vals = []
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            vals.append(v)
        lit_counts[cat] = len(vals)
        guard = 0
        while len(vals) < PER_CATEGORY:
            guard += 1
            if guard > 10000:
                raise SystemExit(f"template exhausted for {cat}")
            v = tmpl(rng)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        if lit_counts[cat] / len(vals) < 0.55:
            raise SystemExit(f"not enough literals in {cat}")
        rows.extend((cat, v) for v in vals[:PER_CATEGORY])
    out = Path(__file__).with_name("benign.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, v) in enumerate(rows, 1):
            assert isinstance(v, str) and v and len(v) <= 1800
            obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "label": "benign", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    for cat, _, _ in CATEGORIES:
        n = sum(1 for c, _ in rows if c == cat)
        print(f"{cat:22s} {n:4d}  literals {lit_counts[cat]}")
    print(f"total {len(rows)}  literals {sum(lit_counts.values())}")


if __name__ == "__main__":
    main()
