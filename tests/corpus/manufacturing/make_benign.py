#!/usr/bin/env python3
"""Held-out benign corpus for the WAF: text typed into a factory MES / quality system.

Ten categories x 80 values. Most values are hand-written literals; the rest come from
small templates over hand-written pools (work orders, part numbers, tolerances, tags...).
Every value is something an operator, setter, quality engineer, planner or supplier
would really type into an ordinary field of such an application. They are hard
negatives: apostrophes, quotes, ';', '|', '&', '<', '>', '=', '--', paths, URLs and
SQL/shell-looking words appear in innocent, domain-natural use.

Output: benign.jsonl next to this file. Deterministic (fixed seed, no set iteration).
"""

import json
import random
from pathlib import Path

SEED = 5401
PREFIX = "hb54"
PER_CATEGORY = 80

# ---------------------------------------------------------------------------
# Hand-written literals
# ---------------------------------------------------------------------------

WORK_ORDER = [
    "WO-24-118733: Op 30 turning moved to Lathe #4 (Okuma LB3000) — Lathe #2 down for spindle bearing.",
    "Routing change for PN 4471-203 Rev C: insert Op 25 'Deburr & wash' between Op 20 and Op 30; std time 0.8 min/pc",
    "Please don't release WO 118740 until the Rev D drawing is approved -- ECN-2291 still in review.",
    "Qty 250 pcs; split lot: 200 -> Line A, 50 -> rework cell. Due 2024-06-14.",
    "Op 40 heat treat @ supplier (ThermoCore); return by Fri, then Op 50 grind.",
    "Select the 'Setup' tab, then enter the actual setup time; the system drops the planned value if left blank.",
    "Run rate < 85% of standard on Op 60 => check fixture clamp pressure (6 bar min).",
    "Work order closed short: 480/500 good, 12 scrap (NCR-5521), 8 on hold.",
    "Routing: 10 Saw | 20 CNC Mill | 30 Deburr | 40 Anodize (ext) | 50 Final Insp | 60 Pack",
    "Kitting complete except item 0070 (O-ring 2-014 Viton) — backorder, ETA Tue.",
    "Union labor note: 2nd shift overtime approved for WO-118802 & WO-118803 only.",
    "Execute Op 70 only after first article sign-off (FAI form QF-023).",
    "Changed priority from 3 to 1 per customer call (Jan @ Siemens Mobility). Ship by 06/21!",
    "Material: 6061-T6 bar Ø50 x 3000 mm; cut length 125 +/-0.5; yield 23 pcs/bar.",
    "Drop Op 35 (manual polish) — now done in CNC with ball nose, program O4471C.",
    "Delete duplicate operation 50 on routing R-4471-C; it was copied twice when Rev C was created.",
    "OP20: Schweißen nach WPS-114, Vorwärmen auf 120 °C; Schweißer-Nr. bitte eintragen.",
    "Orden de trabajo 77812: falta material, la barra de 1\" no ha llegado; reprogramar para el martes.",
    "工单 WO-24-119001：第30道工序改到3号线，夹具编号 FX-207。",
    r"Setup sheet attached: \\fileserver01\eng\setup\4471-203C_OP30.pdf",
    "Batch size = 48 (one full tray); do not exceed, oven capacity is 2 trays.",
    "Rework instructions: re-tap M6x1.0 holes (qty 4) -> 100% go/no-go gauge; record on traveler.",
    "Sleep mode on the washer must be disabled before starting Op 25, otherwise the cycle aborts after 10 min.",
    "Op 10 complete 14:32; Op 20 waiting on tool T12 (insert CNMG 120408) — tool crib says 'out of stock'.",
    "Please union the two partial lots (L2405-17 + L2405-19) into one shipment; same heat number.",
    "WO 118955 — customer PO 4500123987 line 20; C of C + material certs (EN 10204 3.1) required.",
    "Labor booking error: I booked 8.5 h instead of 0.85 h on Op 40; please correct.",
    "Priority: HOT!!! Line stop at customer — expedite via air freight.",
    "Routing text Op 30: \"Turn OD to Ø24.98/25.00, face to length 62.0 ±0.1, chamfer 0.5x45°\"",
    "Parent WO 118700 > child WO 118701 (subassembly) > child WO 118702 (machined housing).",
    "Standard cost rollup looks off: Op 20 rate $85/h vs $58/h last year?",
    "Move ticket MT-3391: from WIP rack B3 to QC hold cage; reason = awaiting CMM.",
    "Alternate routing ALT-2 (Mazak instead of DMG) is approved for this part only if Ra ≤ 1.6 is verified.",
    "Zlecenie 45512: operacja 20 przesunięta na nockę, brak operatora na frezarce.",
    "Scrap & rework summary for week 23: 1.8% scrap / 3.2% rework; target < 2% / < 3%.",
    "Op 60 – packaging: 10 pcs per VCI bag; 5 bags per box; label 'FRAGILE – keep dry'.",
    "Can someone explain why WO 119010 shows status 'Released' but the operations are all 'Not started'?",
    "Note for planning: Saturday 06:00-14:00 maintenance window, no jobs on cells 3 & 4.",
    "Time study: load 0:42, cycle 3:15, unload 0:20 => 4:17 per part, 14 parts/h incl. allowance.",
    "作業指示書 No.4471 — 第2工程の段取り替え 45分、治具交換あり。",
    "Inserted Op 45 'Passivate per ASTM A967, Nitric 2' for stainless variant 4471-203-SS.",
    "WO held: raw material cert shows C=0.23% (spec max 0.20%). Waiting on MRB decision.",
    "Operator instructions: wear cut-level gloves; sharp edges after Op 20 <before deburr>.",
    "Op 15 (CMM) can be skipped if Op 10 SPC is in control & Cpk > 1.67 — per QP-8.2.4.",
    "Completed qty entered twice by mistake (96 + 96). Real qty = 96. Pls fix the backflush.",
    "Drop-ship to customer's site in Querétaro; export docs: commercial invoice + packing list.",
    "Lot traceability: heat 7H2291 -> lot L2406-03 -> serials SN100451..SN100498.",
    "Routing for kit 9000-112: 10 Pick, 20 Kit, 30 Verify (scan each barcode), 40 Ship to line.",
    "Job on hold — waiting for customer approval of deviation DEV-0078 (thread length 11.5 vs 12.0).",
    "Operator can't log in to the terminal at cell 3 (wrong password 3x, account locked) — booked Op 30 on paper.",
    "WO 118990 traveler\nOp 10 Saw — done 06:40 (MK)\nOp 20 Mill — done 09:15 (AS)\nOp 30 Deburr — open\nOp 40 Anodize — ext., PO 4500124410",
]

NCR_CAPA = [
    "NCR-5521: 12 pcs PN 4471-203 Rev C, bore Ø12.00 +0.02/-0.00 measured 12.03-12.05 -> oversize. Disposition: scrap.",
    "D4 root cause: the offset on T05 was changed from -0.012 to +0.012 (sign error) during tool change at 02:10.",
    "5-Why: 1) Why oversize? Tool offset wrong. 2) Why? Operator typed '+' not '-'. 3) Why? No verification step. 4) Why? WI-330 doesn't require it. 5) Why? WI written before the probe was installed.",
    "D3 containment: 100% sort of WIP (340 pcs) & FG in warehouse (1,200 pcs); customer stock at Plant 2 quarantined.",
    "Customer complaint CC-2024-017: 'parts rattle in the housing' — suspect OD undersize on Op 30.",
    "CAPA-0193 corrective action: add poka-yoke — sensor checks presence of washer before press; effectiveness check after 3 lots.",
    "Defect: burr on cross-hole edge (> 0.1 mm) causing O-ring cut; found at customer assembly; 3 pcs out of 5,000.",
    "MRB decision: use-as-is for lot L2405-17 (cosmetic scratch < 5 mm on non-functional surface), customer informed via DEV-0081.",
    "Ishikawa: Man (new operator), Machine (spindle runout 0.015), Method (WI unclear), Material (hardness 32 HRC vs 28-30), Measurement (gauge not calibrated), Mother nature (shop temp 31 °C).",
    "8D team: J. O'Neill (QE), M. Dąbrowski (Prod.), S. Kaya (Maint.), L. Nguyễn (Supplier Q).",
    "D7 prevent recurrence: update PFMEA line 34 — severity 8, occurrence 3 -> 2, detection 6 -> 3; RPN 144 -> 48.",
    "Nonconformance: wrong revision used — operator machined to the Rev B drawing (old printout at the machine). Rev C changed the hole pattern.",
    "Removed all uncontrolled printouts from cells 1-6; drawings only via the MES viewer from now on.",
    "Escape point: final inspection sampling AQL 1.0 missed it; sample size 80 from a lot of 1200, 0 defects found.",
    "Supplier-caused: plating thickness 4 µm vs spec 8-12 µm (Zn-Ni). SCAR-0045 issued to supplier.",
    "Why was the 'drop test' skipped? Test rig was down for calibration & nobody escalated.",
    "Problem statement (IS / IS NOT): IS — Line 2, night shift, PN 4471-203; IS NOT — Line 1, day shift, PN 4471-205.",
    "Reklamation R-2024-33: Gewinde M8 nicht lehrenhaltig, Gutlehre geht nicht rein. Sofortmaßnahme: Sperrung Lager.",
    "No conformidad: rebabas en el agujero transversal; se añadió un paso de desbarbado manual como contención.",
    "不合格报告：尺寸 Ø8.00±0.01 实测 8.02，超差，已隔离 35 件。",
    "Root cause was NOT the material — hardness verified on 5 pcs (29, 30, 29, 30, 29 HRC), all within 28-32.",
    "D8: Team recognized at the plant meeting. CAPA closed 2024-07-02 after 3 clean lots (0/1500 defects).",
    "Verification of effectiveness: Cpk on the bore went from 0.87 to 1.52 after the fixture change.",
    "Customer asked 'why weren't these caught by your CMM?' — answer: the CMM program only checked 3 of 4 holes (hole 4 was commented out).",
    "Field failure: seal leaked at 180 bar (rated 250 bar). Returned unit SN100473 — cross-section shows porosity in the casting.",
    "Contained: 1) stop shipment 2) sort stock 3) notify customer < 24 h 4) tag & segregate all suspect parts (red tags).",
    "Escaped defects YTD: 4 (target ≤ 6). Internal NCRs: 57; top 3 causes = setup error, tool wear, handling damage.",
    "Cosmetic only; customer accepted 'use as is' — signed deviation attached (DEV-0081.pdf).",
    "Disposition options: [ ] Scrap [x] Rework [ ] Use as is [ ] Return to vendor",
    "The operator said the alarm 'sounded like it always does' so he ignored it; alarm fatigue — see CAPA-0197.",
    "Containment results: 1,540 checked / 23 NG / 1,517 OK; NG parts scrapped under NCR-5530.",
    "Risk: if the thread is short by > 1 pitch the bolt may strip at 25 Nm -> severity 9 (safety).",
    "Error-proofing idea: make the fixture asymmetric so Rev B blanks physically can't be loaded.",
    "Dear customer, please find attached our 8D report (Rev 2) for complaint CC-2024-017; D5/D6 completed, D7 in progress.",
    "Rework approved: re-machine counterbore to Ø10.5 H11 depth 6.5 — new op added on WO 118955 (Op 35R).",
    "NCR status changed from 'Open' to 'Pending MRB' by user jdoe on 2024-06-12 09:14.",
    "Found chips (swarf) inside the blind holes after washing; washer nozzle 3 clogged -> cleaned, added to daily TPM.",
    "Is this a repeat? Similar NCR-4981 in 2023 (same PN, same defect) — closed without systemic action :(",
    "Measurement system issue, not a part issue: GR&R on the bore gauge = 38% (unacceptable, > 30%).",
    "RCA shows the torque wrench was set to 'in-lb' instead of 'Nm' — 25 in-lb ≈ 2.8 Nm, way under spec.",
    "Nichtkonformität: Rautiefe Ra 1,6 gefordert, gemessen Ra 2,4 – Wendeplatte verschlissen, Standzeit auf 80 Teile reduziert.",
    "8D summary CC-2024-017\nD1 team: QE, Prod, Maint\nD2 problem: OD Ø24.98/25.00 measured 24.95\nD3 containment: sort 1,200 pcs\nD4 root cause: worn collet\nD5/D6: replace collet, add collet-life counter\nD7: PM every 50k cycles\nD8: closed",
    "Non-conformité NC-0412 : trou taraudé M5 décalé de 0,3 mm ; pièces retouchées après accord client.",
    "Przyczyna źródłowa: zły program (O4471B zamiast O4471C) wybrany na panelu — dodano skanowanie kodu programu.",
    "Why-why analysis says 'operator error' again... that's not a root cause, it's where we stopped asking.",
    "Customer scorecard: 2 complaints in Q2 -> supplier rating dropped from A to B; need closure by the 30th.",
    "Interim action until the new fixture arrives: 100% check of the cross hole with pin gauge Ø5.98/6.02, results on the traveler.",
    "不具合報告：バリ残り（クロス穴）、客先組立で Oリング損傷。暫定対策＝全数目視＋ブラシ追加。",
    "Cost of this NCR: scrap 12 x $71.79 + sort 16 h x $48 + freight $320 = $1,949.48",
    "Defect code changed from 'DIM-OS' (oversize) to 'DIM-POS' (position) after the CMM re-check; both holes shifted +0.06 in X.",
]

INSPECTION = [
    "Ø12.00 +0.02/-0.00, measured 12.03 -> NG",
    "Bore A: Ø25.000 H7 (+0.021/0) → 25.012 OK; Bore B: 25.024 NG (+0.003 over)",
    "Flatness 0.05 | measured 0.032 | OK",
    "Position ⌖ Ø0.1 |A|B|C| — hole 1: 0.06, hole 2: 0.08, hole 3: 0.11 (NG), hole 4: 0.07",
    "Surface Ra ≤ 0.8 µm; measured 0.62 / 0.71 / 0.68 µm — OK",
    "Thread M8x1.25-6H: GO gauge passes, NO-GO enters 1.5 turns (max 2) -> OK",
    "Hardness 58-62 HRC; readings 59.5, 60.1, 61.0, 62.4 <- last one out, re-test on new spot = 61.8",
    "Length 62.0 ±0.1 => 62.08 OK; 61.88 NG (short)",
    "FAI result: 47 characteristics, 45 OK, 2 NG (#17 perpendicularity 0.04 > 0.03; #32 chamfer missing).",
    "Visual: no cracks, no burrs > 0.05 mm, marking legible; 'PN 4471-203 C' laser etched on flange.",
    "CMM report 4471-203C_SN100451.pdf uploaded; all dims within tolerance except 'DIST_7' (12.56 vs 12.50 ±0.05).",
    "Coating thickness (Zn-Ni) 8-12 µm: 9.1; 10.4; 8.7; 11.9; 7.8 -> 1 of 5 below min",
    "Leak test: 6 bar air, decay < 2 mbar/30 s; result 0.8 mbar/30 s PASS",
    "Torque check 25 Nm ±10% -> 24.1 / 25.6 / 26.9 / 23.2 Nm; all pass",
    "Sampling per ISO 2859-1, level II, AQL 0.65: lot 500 -> n=50, Ac=0, Re=1. Found 0 defects -> accept.",
    "Incoming insp.: cert says 6061-T6, but hardness 62 HRB (expected ≥ 95 HRB -> maybe T4?) — hold for lab.",
    "Concentricity 0.02 to datum A; measured 0.015 — OK. Note: part was clamped on datum A only.",
    "Dimension \"B\" on the drawing is a reference dim (in parentheses) — not inspected.",
    "Angle 45° ±0°30' -> 44°48' OK",
    "Gauge block check before shift: 25.000 mm block reads 25.001 — within ±0.002, gauge OK.",
    "Height gauge S/N 3341 cal due 2024-05-31 — OVERDUE! Measurements from today need re-check.",
    "Go/No-Go result: 'GO' passes, 'NO GO' also passes -> hole oversize -> NG, tag red.",
    "Inspector note: measured at 24 °C, part still warm from the washer; re-measured after 1 h at 20 °C: 12.018 -> OK.",
    "Checked 5/5 pcs; results: X = 10.02, 10.01, 10.03, 10.00, 10.02 (tol 10.00 ±0.03)",
    "Profile of surface 0.2 |A|B| — max deviation +0.14/-0.09 at points P12/P31 -> OK",
    "Messergebnis: Ø 20 h6 (0/-0,013) → 19,994 i.O.; 19,985 n.i.O.",
    "Resultado: rosca M6 — calibre pasa / no pasa OK; 3 piezas con rebaba -> retrabajo.",
    "检验结果：长度 100±0.2，实测 100.15，合格；表面划伤 1 处，让步接收。",
    "検査結果：穴径 Φ6.0 +0.1/0 → 6.05 OK、バリあり（要手直し）",
    "Roundness 0.005 -> 0.0072 NG (lobing, 3 lobes -> centerless grinding issue?)",
    "Witness mark visible on face A; not a defect per drawing note 7 ('tool marks acceptable').",
    "X-ray weld inspection: porosity < 1 mm, isolated — acceptable per ISO 10675-1 level 2.",
    "Measurement uncertainty U = 0.004 mm (k=2); tolerance zone 0.02 -> ratio 5:1 OK.",
    "Result: PASS* (*with note: 1 char out, deviation DEV-0083 approved)",
    "Weight 1.250 kg ±5 g: 1.247 / 1.252 / 1.255 (borderline — treat as OK per QP rounding rule)",
    "All holes checked with pin gauges Ø5.98 (go) / Ø6.02 (no-go) -> 8/8 OK",
    "Cosmetic inspection under 1000 lux, distance 400 mm, 10 s per surface: class B surface — 2 light scratches, OK",
    "Δ between CMM and hand gauge = 0.006 mm on the Ø12 bore; within correlation limit (0.008).",
    "Parallelism // 0.02 -> 0.025 NG; flatness OK; rework by lapping?",
    "Batch 2406-03: 50 measured, mean 12.011, σ 0.0031, min 12.004, max 12.019 — all within 12.00-12.02",
    "Insp. step skipped because 'sample already measured in Op 15' — not allowed, please re-do per control plan.",
    "Hole depth 15 +0.5/0 (drill point excluded): 15.2, 15.3, 14.9 (NG), 15.1",
    "Chamfer 0.5x45° min — measured 0.3x45° on edge E3 -> NG; re-deburr",
    "Paint adhesion cross-cut ISO 2409: Gt 0 -> OK",
    "Result table:\nChar | Nom | Tol | Meas | OK?\n1 | 12.00 | +0.02/0 | 12.011 | OK\n2 | 62.0 | ±0.1 | 62.12 | NG\n3 | Ra 0.8 | max | 0.64 | OK",
    "Kontrola: średnica Ø30 g6 zmierzona 29,985 — w tolerancji (-0,007/-0,020); OK.",
    "Salt spray 96 h on 3 coupons: no red rust, slight white rust on edge of #2 -> accept.",
    "Rockwell tester verified with test block 61.3 HRC ±1.0 -> reading 61.0, OK to use.",
    "Pin gauge 'Ø6.02' found on the bench is actually Ø6.20 (label worn) — removed from use, all results since 06:00 suspect.",
    "Dimension 24.98/25.00: 24.991 | 24.987 | 24.979 (NG, -0.001) | 24.995 | 24.990",
]

SPC = [
    "Xbar-R chart Op 30 bore: point 23 above UCL (12.0185 > 12.0172). Tool offset -0.004, next 5 pts in control.",
    "Rule 2 violation (Western Electric): 8 consecutive points below the center line — tool wear trend, insert changed at pc 340.",
    "Cpk = 1.12 (< 1.33 target) for Ø25 H7; Cp = 1.71 so the process is capable but off-center -> shift +0.003.",
    "Control limits recalculated after fixture change: UCL 12.0168 / CL 12.0101 / LCL 12.0034 (n=5, 25 subgroups).",
    "Don't recalculate limits every week!! Only after a documented process change.",
    "Run chart shows a 'sawtooth' pattern — every 50 pcs a jump = tool change; consider wear compensation in the macro.",
    "Subgroup 17 removed from calculation (measured with an uncalibrated gauge — see note in NCR-5529).",
    "Pp/Ppk for PPAP: Pp 1.94, Ppk 1.78 (125 pcs, 1 operator, 1 machine) — submit.",
    "p-chart for visual defects: p̄ = 0.018, UCL = 0.046 (n=200); day 14 p = 0.051 -> out, cause: new coil of material with scratches.",
    "Histogram bimodal -> two spindles? Split data by spindle: S1 mean 12.008, S2 mean 12.014.",
    "SPC-Hinweis: 7 Punkte steigend (Trend) — Werkzeugverschleiß, WSP gewechselt, Kompensation +0,002 eingetragen.",
    "SPC：连续 7 点上升，已换刀，补偿 -0.003。",
    "Nota SPC: punto fuera del límite superior (UCL) en el subgrupo 31; causa: cambio de lote de material.",
    "Measurement resolution 0.01 on a 0.02 tolerance — ndc = 1, the chart is useless; we need a 0.001 gauge.",
    "Out-of-control action plan (OCAP): 1) stop 2) check last 5 pcs 3) adjust offset ≤ 0.005 4) if > 0.005 call the setter",
    "EWMA (λ=0.2) picks up the 0.002 shift that Xbar missed — recommend for Op 30.",
    "Sigma estimate: σ̂ = R̄/d2 = 0.0062/2.326 = 0.00267",
    "Cpk by cavity: C1 1.65 | C2 1.48 | C3 0.97 | C4 1.52 -> cavity 3 needs gate rework",
    "Alarm rule set: Nelson 1, 2, 3, 5 enabled; rule 4 (alternating) disabled — too many false alarms with this gauge.",
    "Why is the chart showing 'NaN' for subgroup 9? One value was entered as '12,011' (comma) instead of '12.011'.",
    "Chart frozen at 14:00 because the gauge interface (RS-232) dropped; values 14:00-15:30 keyed in manually.",
    "Please select the correct characteristic: 'Bore Ø12 (CTQ-3)' not 'Bore Ø12 (old)'.",
    "Attribute data: 3 defects / 500 = 0.6%. c-chart UCL = 8.2, so OK.",
    "Moving range > 0.010 between pc 88 and 89 — warm-up after lunch break; consider 5 min spindle warm-up program O9000.",
    "The capability study excludes the first 20 parts after setup (warm-up) — documented in the PPAP folder.",
    "Temperature correlation r = 0.81 between coolant temp and bore size. Chiller setpoint 20 ±1 °C.",
    "Xbar = 12.0103, R̄ = 0.0047, n = 5 -> A2 = 0.577 -> UCL = 12.0130, LCL = 12.0076",
    "Reaction plan when Cpk < 1.0: 100% inspection + notify QE within 1 h.",
    "Zero-defect week on Line 2 (0 OOC points, 0 NCR) 🎉 good job night shift!",
    "Normality test (Anderson-Darling) p = 0.003 -> not normal; use Box-Cox or the percentile method for Ppk.",
    "Operator comment on point 41: 'dropped part on floor, measured again' — exclude? QE: yes.",
    "Gauge R&R: EV 8.2%, AV 3.1%, GRR 8.8%, ndc 16 -> acceptable.",
    "Karta kontrolna: punkt 12 poza granicą, przyczyna — zmiana operatora; dodano szkolenie.",
    "管理図：Xbar が UCL を超過（12.019 > 12.017）、刃物交換後に回復。",
    "Added 'Comment required' when any point is out of limits — operators must type cause & action.",
    "Trend warning suppressed for 2 h during planned tool test (trial insert grade GC4325 vs GC4315).",
    "Cpk report for customer: characteristic 'OD Ø24.98-25.00' — 1.41 (target ≥ 1.33) ✔",
    "Short-run SPC (deviation from nominal) for 4471-203/-205/-207 on the same chart; nominal 12.01/12.01/16.01.",
    "CUSUM h=5, k=0.5: signal at sample 63 -> small upward drift (≈0.4σ).",
    "Process is in control but not capable: all points inside the limits, yet the limits are wider than the spec.",
    "Daily SPC review 08:30 — attendees: QE, shift lead; 2 charts with signals (Op 30 bore, Op 60 torque).",
    "Data export for the audit: SPC_Op30_2024-Q2.csv (3 cols: timestamp; value; operator).",
    "Why do the limits say 'UCL 0.000 / LCL 0.000' for the new characteristic? -> not enough subgroups yet (< 20).",
    "Operator asked if 'Rule 1' is the same as 'beyond 3 sigma' — yes.",
    "Subgroup 52\n12.011\n12.013\n12.009\n12.014\n12.012\nXbar 12.0118 / R 0.005 — in control",
    "Poka-yoke on the gauge: values outside 11.90-12.10 are rejected as typos ('1.2011' or '120.11' won't save anymore).",
    "Kompensation nur in Schritten ≤ 0,003 mm, sonst Einrichter rufen — steht so im OCAP, bitte daran halten.",
    "Limits locked by QE; changes only via MOC. Last MOC-118 (new gauge, 2024-05-20).",
    "Sampling frequency reduced from 5 pcs/h to 5 pcs/2 h after 30 days with Cpk ≥ 1.67 (approved in the control plan rev 6).",
    "Warning: the chart mixes data from gauge G-12 and G-14 (bias 0.003 between them) — filter by gauge ID before judging.",
]

CNC = [
    "G01 X10.5 Y-3.2 F200",
    "O4471 (4471-203 REV C OP30)\nG21 G90 G40 G80\nT0505 (CNMG 120408)\nG96 S220 M03\nG00 X52. Z2. M08\nG01 Z-62. F0.25\nG00 X100. Z100. M09\nM30",
    "Program name: O4471C_OP30_LB3000.nc — replaces O4471B (Rev B). Proven out 2024-06-10.",
    "Changed feed on line N120 from F0.25 to F0.18 (chatter); please update the master copy.",
    "G54 offset changed Z from -312.455 to -312.475 after new vise jaws.",
    "Macro #100 = tool life counter; IF [#100 GE 500] GOTO 900 (alarm: change insert)",
    "#3000=1 (INSERT WORN - CHANGE T05) — that message comes from the macro, not a machine fault.",
    "G83 Z-25. R2. Q3. F120 (peck drill Ø6.8 for M8)",
    "G02 X20. Y0. I10. J0. F300 (full circle CW)",
    "M98 P9000 L1 (warm-up subprogram) — run after any stop > 30 min.",
    "DNC transfer failed at block N3420 — file too big for memory, use drip-feed mode.",
    r"Path on the CAM server: \\cam01\nc\Okuma\4471-203C\OP30.min",
    "/home/cnc/programs/haas_vf2/O4471C.nc",
    "G43 H05 Z50. (tool length comp T05) — H number must match T number!",
    "Tool list: T01 face mill Ø63 | T02 end mill Ø12 | T03 drill Ø6.8 | T04 tap M8x1.25 | T05 chamfer 90°",
    "Spindle S8000 M03 is too high for the Ø63 face mill; use S2500, F1200.",
    "Don't use G28 on this machine without G91 first — crash risk!! (G91 G28 Z0.)",
    "Block skip '/' is active on N200-N240 (optional probe cycle); switch BLOCK DELETE on to skip.",
    "(MSG, CHECK CLAMP PRESSURE)\nM00",
    "Sinumerik: CYCLE83(50,0,1,-25,,5,,3,0,0,1,0) ; deep hole drilling",
    "Heidenhain: TOOL CALL 5 Z S3000 F250 ; L X+10.5 Y-3.2 R0 FMAX",
    "G41 D02 (cutter comp left) ... G40 at N560 — make sure the lead-out is longer than the tool radius.",
    "Program comment '(DO NOT RUN - OLD REV)' added to O4471B; deleted from machine memory.",
    "G-Code Kommentar: (SCHRUPPEN AUSSEN, AUFMASS 0.3) — Zustellung 2 mm, Vorschub 0,3 mm/U",
    "Programa O7781: cambiar velocidad de corte a 180 m/min por vibraciones en la pasada de acabado.",
    "程序 O5520 第 N80 行进给 F150 改为 F120，减少毛刺。",
    "Cycle time dropped 3:15 -> 2:52 after replacing slow G01 moves with G00 between holes.",
    "M codes on this Fanuc: M08 coolant on, M09 off, M19 spindle orient, M29 rigid tap, M30 end & rewind.",
    "Probe cycle G65 P9810 X0 Y0 Z5. F3000 (protected move); then G65 P9814 D25. (bore measure)",
    "Variable #500 stores the part count; reset to 0 at the start of each WO — don't overwrite #501 (shift total).",
    "Sub-program O9001 (PALLET CHANGE) was edited on machine 3 without approval -> restored from backup.",
    "Long program? Use 'G05.1 Q1' (AI contour control) for the 3D finishing path, 12k blocks.",
    "G10 L2 P1 X-350.112 Y-200.045 Z-410.300 (set G54 from program)",
    "Tapping: G84 Z-15. R5. F1.25 with S400 -> feed per rev mode G95 required.",
    "File name convention: <PN>_<REV>_<OP>_<MACHINE>.nc e.g. 4471-203_C_OP30_LB3000.nc",
    "N10 G17 G21 G40 G49 G80 G90\nN20 T2 M6\nN30 G54 G0 X0 Y0 S6000 M3\nN40 G43 H2 Z25. M8\nN50 G1 Z-2. F400\nN60 X40. F1200\nN70 G0 Z25.\nN80 M30",
    "Dry run with Z+50 offset OK; first part cut @ 50% rapid, 100% feed.",
    "Post processor output had 'G0 Z-5.' (rapid into stock!) on line N860 — edited to G1 Z-5. F500.",
    "On the OSP control select the program first, then press CYCLE START; the EXEC key is for single block.",
    "Fanuc alarm PS0010 'improper G-code' — G05.1 not enabled on this machine, removed from the program.",
    "Thread mill: G02 X0 Y0 Z-1.25 I-3.5 J0 F150 (one helix per pitch)",
    "Turning cycle: G71 U2. R0.5 / G71 P100 Q200 U0.4 W0.1 F0.3; finish G70 P100 Q200",
    "Offsets for Haas VF-2: D02 = 0.2480 (inch); check units!! G20 vs G21.",
    "Programm-Pfad: /mnt/nc/DMG/4471-205/OP20_DMU50.H",
    "IF [#5021 LT -300.] THEN #3000=2 (X TOO CLOSE TO CHUCK)",
    "Work offset table: G54 X-350.112 Y-200.045 | G55 X-150.110 Y-200.050 (2nd vise)",
    "プログラム O5520：N80 の送り F150 → F120 に変更、バリ低減のため。",
    "Tool T07 life: 120 parts (was 200) since the switch to 1.4404 — update the tool life table in #520.",
    "G91 G28 Z0.; G28 X0. Y0. — home sequence at the end of every program, per shop standard.",
    "Post-processor script (Python) updated to v3.2 — outputs G187 P1 for roughing, P3 for finishing on the Haas.",
    "Please keep O-numbers below O8000; O8000-O9999 are protected (macros/subs) and edit-locked with parameter 3202.",
]

PLC = [
    "Alarm 1042: Hydraulic pressure low (< 45 bar) — Press P3",
    "Tag: Line2.Press3.Hyd.Pressure_Actual (REAL, bar)",
    "DB10.DBX4.3 = Guard door open — check safety switch S-12",
    "ALM_0517 'Conveyor C4 jam detected' repeats every ~20 min since 03:00; photo eye PE-41 dirty?",
    "Fault: servo axis X overload (E-0x2311) — reset & reference return required.",
    "Tag rename: 'Motor1_Run' -> 'M101_Conveyor_In_Run' per new naming standard (Area_Device_Function).",
    "I:3/5 (prox sensor, part present) stays ON even with no part — sensor misaligned.",
    "Alarm text too long for the HMI (max 40 chars): 'Coolant tank level low, refill with 5% emulsion' — shorten?",
    "Emergency stop pressed at station 4 (ES-04) by the operator — intentional, jammed part removed.",
    "Störung 3011: Kühlmittelpumpe Übertemperatur (> 70 °C) — Pumpe P2 gestoppt.",
    "Alarma 220: presión de aire baja (< 5 bar) en la célula 6; revisar compresor 2.",
    "报警 0815：主轴温度过高 (> 65 °C)，已停机冷却。",
    "アラーム 2031：ワーク未着座（エア着座確認 NG）",
    "Setpoint changed: Oven1.Zone2.Temp_SP from 180.0 to 185.0 °C by user 'shiftlead2' (MOC-114).",
    "OPC UA node: ns=3;s=\"Line2\".\"Press3\".\"Cycle_Count\" — value stuck at 48211.",
    "Alarm history export: 2024-06-12 02:14:07 | ALM_1042 | ACTIVE | P3 hydraulic pressure low | ack by jkowalski",
    "Interlock: robot R1 may enter the cell only if (Door_Closed AND Fixture_Clamped) OR Maintenance_Mode = TRUE.",
    "Modbus register 40021 (scaled x10) reads 452 -> 45.2 bar.",
    "Bit Line1_Status.Running = 1 but the HMI shows 'Stopped' — HMI tag pointed to the old DB (DB5 instead of DB15).",
    "Alarm class 'Warning' -> 'Fault' for ALM_2204 (spindle vibration > 4.5 mm/s) per maintenance request.",
    "Ladder rung 47: XIC Start_PB & XIO Stop_PB & XIO E_Stop -> OTE Motor_Run (seal-in via Motor_Run).",
    "Tag 'Counter_Good' rolls over at 32767 (INT) — change to DINT.",
    "Safety PLC fault F-0003: discrepancy time exceeded on light curtain LC-2 channels A/B.",
    "MQTT topic: plant/line2/press3/alarms — payload {\"code\": 1042, \"text\": \"Hyd pressure low\", \"sev\": 2}",
    "Nuisance alarm: ALM_0833 'Air pressure low' triggers for 200 ms at every cylinder stroke; add 2 s delay (TON).",
    "ST code: IF Pressure_Actual < Pressure_Min THEN Alarm_1042 := TRUE; END_IF;",
    "Alarm 'Drive not ready' after the power outage; 24 V supply to the STO circuit missing (fuse F12 blown).",
    "Tag list export: Line2_Tags.csv — columns Name;DataType;Address;Comment",
    "Alarm acknowledged but not reset; root cause: level switch LS-07 stuck (sludge in tank).",
    "Robot error SRVO-062 BZAL alarm (battery) on R2 — replace encoder batteries, do NOT power off before.",
    "Siemens: %I0.3 = Start button, %Q4.0 = main contactor K1, %M10.0 = auto mode flag",
    "Rockwell tag path: Line2:Local:3:I.Data.5 — this is the new part-present sensor.",
    "Please add an alarm for 'Hopper empty' — currently operators find out when the feeder stops.",
    "Drive parameter P1120 (ramp-up time) changed 2.0 s -> 3.5 s to stop belt slip.",
    "Alarm 1042 & 1043 at the same time = pump P1 tripped, not a sensor fault.",
    "Alarm flood at 22:47: 312 alarms in 60 s after the network switch reboot — ignore, comms recovered 22:49.",
    "Temp sensor TT-203 reads -3276.8 °C => wire break (raw value = 0x8000).",
    "Chybové hlášení 511: Nízký tlak oleje v převodovce — zkontrolovat hladinu.",
    "Alarm text update (EN/DE): 'Door open' / 'Tür offen'; 'Part missing' / 'Teil fehlt'.",
    "Counter reset button on HMI screen 'Production' resets the shift count only, not 'Total_Good' (retentive).",
    "Watchdog timeout between PLC and MES (heartbeat tag MES_HB not toggling > 10 s).",
    "Valve Y12 (clamp close) output ON, but pressure switch PS-12 never reached — leaking hose.",
    "Event log: [03:12] Auto -> Manual; [03:14] Jog X-; [03:20] Manual -> Auto; user=setter1",
    "Tag naming: <Line>_<Station>_<Device>_<Signal>, e.g. L2_ST04_CYL02_Extended",
    "Alarm 4410 \"Light curtain muting lamp defective\" — muting still works, lamp 24 V 2 W ordered.",
    "Energy tag Line2.Meter.kWh_Total jumped from 118204 to 0 at 00:00 — meter reset? Totalizer in MES shows -118204 kWh for the day.",
    "Tag comment in TIA: 'Do not force! Safety-relevant (SIL 2)' — Q12.4 valve YV-22.",
    "Alarm ALM_3105 'Spindle load > 120% for 5 s' on Mazak 2 — dull drill T03, replaced.",
    "Scan time went from 8 ms to 23 ms after adding the data logging FB; move logging to a cyclic OB (100 ms).",
    "Alert: HMI user 'setter' password expired — the shift lead must reset it in User Admin (don't write passwords on the panel!).",
    "HMI-Meldung 'Schutztür offen' obwohl Tür zu: Näherungsschalter B12 Abstand 6 mm statt 2 mm, nachjustiert.",
]

BOM = [
    "0010 | 4471-203 | Housing, machined | Rev C | 1 EA",
    "0020, 2-014-V75, O-ring 2-014 Viton 75A, qty 2, EA",
    "0030;DIN 912 M6x20 - 12.9;Socket head cap screw;4;EA;zinc flake",
    "Item 0040: 9000-112 'Seal kit' (phantom) -> explode to components",
    "BOM 4471-000 Rev C: 14 items, 3 sub-assemblies, 2 purchased kits.",
    "Replace item 0070 (Loctite 243, 50 ml) with Loctite 2400 (REACH) — ECN-2310.",
    "Qty per = 0.125 m (tubing Ø8x1 PA12), scrap factor 5%",
    "Where-used: 2-014-V75 is used in 4471-000, 4471-100 & 5520-000.",
    "Alternate part: 6205-2RS (SKF) = 6205 DDU (NSK) — approved equivalents.",
    "Ref. designators R1-R12, R15 (10k 0603 1%); R13/R14 DNP",
    "Raw material: 6061-T6 bar Ø50 x 3000 mm; 0.131 bar per part.",
    "Unit of measure change: 'EA' -> 'KG' for bulk grease; existing BOMs converted (1 EA = 0.4 kg).",
    "Cable assy 7700-031: 'M12 A-coded 4-pin <-> open end, 5 m, PUR'",
    "BOM compare Rev B vs Rev C: + item 0085 (spacer), - item 0060 (washer), qty change item 0030 4 -> 6",
    "Screw, ISO 7380 M5x10 A2 (button head) — 8 pcs; torque 4 Nm",
    "Label 'Made in Germany / Hergestellt in Deutschland' item 0095, print on demand.",
    "Stückliste 4471-000: Pos. 10 Gehäuse, Pos. 20 Deckel, Pos. 30 O-Ring 2-014 (2 Stk)",
    "Lista de materiales: tornillo M6x20 (4 uds), arandela DIN 125 (4 uds), junta tórica (2 uds)",
    "物料清单：4471-000 C版，共 14 项，其中外购件 9 项。",
    "部品表：ボルト M8×25（8本）、ワッシャー（8枚）",
    "Item 0050 'Spring, compression, 0.8 x 6 x 20 mm' — supplier drawing SD-118 rev 2",
    "Phantom assy 9000-112 has qty 0 in item 0020?? — should be 1, please correct.",
    "Cost roll-up: material $42.17 + labor $18.60 + overhead $11.02 = $71.79 per 4471-000",
    "Make/Buy flag for 4471-203 changed from 'B' to 'M' (insourced to cell 3).",
    "Item 0110: Grease, Klüber Isoflex NBU 15, 2 g per unit (apply to bearing seats only).",
    "Connector 'JST XH 2.54mm 3P' <- confirm pitch, the drawing says 2.50 (typo?)",
    "PCB 7711-040 rev 03: 212 SMD, 6 THT; BOM line 77 'C47 100nF X7R 0402' unavailable -> use 0402 X5R?",
    "Missing in BOM: thread locker on item 0030 screws (drawing note 5 says 'use Loctite 243').",
    "Item numbers step by 10 (0010, 0020...) so we can insert 0015 later — please don't renumber.",
    "Dowel pin ISO 8734 Ø6 m6 x 20 — 2 pcs; press fit into H7 holes",
    "Kit 9000-112 contents: 2x O-ring 2-014, 1x O-ring 2-018, 1x back-up ring, 1x sachet grease 2 g",
    "BOM import error on line 14: quantity '1,5' is not a number (use '1.5').",
    "Effectivity: item 0085 valid from SN100500 (date 2024-07-01) — older units keep item 0060.",
    "Supersession: 4471-203 Rev B -> Rev C, B is interchangeable (2-way), use up remaining stock.",
    "Heat shrink 3:1 Ø12/4 black, 30 mm per harness end -> 60 mm per assy.",
    "Paint: RAL 7035 (light grey) powder coat, 60-80 µm — external process, not a BOM item but an op.",
    "Tooling BOM: holder DCLNR 2525M12 + insert CNMG 120408-PM 4325 (10 pcs/box).",
    "Item 0120 deleted — it was a duplicate of 0030 (same screw, entered twice with a different description).",
    "Packaging BOM: box 400x300x200 (1), foam insert (2), VCI bag (5), label (1)",
    "Chemical: 'Isopropanol 99.9 %' — SDS required, hazardous (H225, H319, H336).",
    "Fastener: 'Nut, hex, M10, DIN 934 - 8, zn' x 4 / 'Washer, DIN 125-A 10.5, zn' x 4",
    "Qty per parent = 1/4 (one casting makes 4 parts after cutting) -> entered as 0.25.",
    "BOM 5520-000 rev 03\n0010  5520-031  Bracket, laser cut t=3   1 EA\n0020  7711-040  PCB assy                1 EA\n0030  ISO 7380 M4x8 A2          4 EA\n0040  7700-031  Cable M12 5 m           1 EA",
    "Seal 'Simmerring BA 25x40x7 NBR' — customer wants FKM (Viton) for 120 °C; change to BAFSL1SF 25x40x7 FKM?",
    "Obsolete: 74HC14 in SOIC-14 (U3) -> last time buy 2,000 pcs; long term: redesign with 74LVC14.",
    "Kupplung 'ROTEX 19 98 Sh-A' — Zahnkranz rot/gelb? Bitte Shore-Härte auf der Zeichnung prüfen.",
    "Item 0090 qty shows 0.0001 m for adhesive bead — should be 0.12 m; rounding in the import truncated it.",
    "Consumable items (gloves, wipes, tape) flagged 'non-BOM / expense' so they don't backflush.",
]

SUPPLIER = [
    "Dear Mr. Schneider, we've received lot L-88213 (PN 2-014-V75, 5,000 pcs) — 37 pcs have flash > 0.1 mm. Please send an 8D within 10 working days.",
    "SCAR-0045: plating thickness below spec (Zn-Ni 8-12 µm). Your D3 containment is due 06/20.",
    "Hi Anna, attached is the PPAP level 3 submission for PN 4471-203 Rev C — PSW, dimensional results, material certs & control plan.",
    "Your shipment arrived without the 3.1 certificate (EN 10204). Material is on hold until received.",
    "Supplier reply: 'We have checked our retained samples & all are OK. Could the damage be from your handling?'",
    "Please confirm the change of sub-supplier for the raw castings (PCN-2024-07) — we require a new PPAP before shipment.",
    "Delivery performance May: 92.3% on time (target 98%), quality 410 ppm (target < 200 ppm).",
    "Estimado proveedor: el lote 2405-88 llegó con óxido en las roscas; solicitamos reemplazo y 8D.",
    "Sehr geehrte Damen und Herren, bitte senden Sie uns den Erstmusterprüfbericht für Teil 5520-031 bis KW 26.",
    "尊敬的供应商：贵司 6 月 10 日交付的批次 L-2406-10 有 12 件螺纹不良，请在 48 小时内回复临时措施。",
    "Supplier audit (VDA 6.3) score 84% -> B rating; findings: P6.4.1 (gauge calibration overdue), P6.5.2 (FIFO not followed).",
    "Deviation request from supplier: use 1.4305 instead of 1.4404 for 1 lot — REJECTED (corrosion requirement).",
    "Sorting at the supplier's cost by a 3rd party (ABC Quality Services) — 2 inspectors, start Monday 06:00.",
    "Your CoC says 'RoHS compliant' but the SDS says the brass contains 3.5% lead (Pb) — please clarify.",
    "Charge-back: 16 h sorting x €48 + 37 pcs scrap x €2.10 = €845.70 — debit note DN-2024-031.",
    "Reminder: your 8D (SCAR-0045) is 5 days overdue; escalation to the purchasing manager on Friday.",
    "Supplier portal link: https://supplierportal.example.com/scar/0045 — upload D4-D8 there please.",
    "RFQ-2291: 2,000 pcs/yr of 4471-203 Rev C, material 6061-T6, anodize type II black; drawing attached.",
    "Please mark boxes with 'PN / Rev / Lot / Qty / Date' — the last shipment had only the PN.",
    "The supplier says the drawing tolerance '±0.01' is 'impossible' on that lathe — propose ±0.02 or move to grinding.",
    "Incoming inspection rejected lot L-88220: hardness 48 HRC (spec 52-56). RTV (return to vendor) RTV-0112.",
    "Dostawca: proszę o przesłanie raportu 8D do 30.06; partia 2406-12 — pęknięcia na odlewach.",
    "Fournisseur : merci de nous envoyer le certificat matière 3.1 pour le lot 24-118, sinon blocage à réception.",
    "Tedarikçi: 2406-05 lotunda 14 adet çapak sorunu var, 8D raporu bekliyoruz.",
    "OK from our side to ship with a 'deviation DEV-S-0019' label on each box — valid for this lot only.",
    "Capacity concern: the supplier can only deliver 1,500/month (we need 2,000) until their new CNC is installed (Q3).",
    "Supplier scorecard Q2: Quality 28/40, Delivery 25/30, Responsiveness 18/20, Cost 8/10 — total 79 (B).",
    "Their root cause 'operator error' is not acceptable — please ask for the systemic cause (why was it possible?).",
    "Notice of change: new plating line at the supplier (Zn-Ni, acid) starting 08/01; samples requested for salt spray 720 h.",
    "Salt spray result (ISO 9227 NSS): 720 h — no red rust; white rust < 5% -> PASS.",
    "Cert review: yield strength 276 MPa (min 240) ✔, tensile 310 MPa (min 290) ✔, elongation 12% (min 8) ✔",
    "Tracking: UPS 1Z999AA10123456784 — 3 boxes, 1 pallet.",
    "Hi team, the supplier's 8D D4 says 'the machine was not calibrated' — which machine? Which parameter? Need evidence.",
    "Email from supplier (translated): 'We apologize for the delay; the raw material arrived late from the mill.'",
    "Please stop shipping from the old tooling (T-114); only parts from the new tool T-114B are approved (PPAP 2024-06-03).",
    "Approved Supplier List update: 'Precision Castings Ltd.' status changed Conditional -> Approved.",
    "Dear supplier, your invoice INV-55120 references PO 4500123987 line 10, but you shipped line 20 parts.",
    "Kontrola vstupní: šarže 2406-07 — rozměr 25,00 h7 mimo toleranci u 6 ks z 50.",
    "Supplier asked if 'AQL 0.65' means 0.65% defects allowed — reply: it's the sampling plan level, the target is still zero defects.",
    "Returned goods: 37 pcs (NG) + 200 pcs (sorted OK, but the customer won't take them back — scrap?)",
    "FYI: supplier contact changed — the new SQE is Mrs. Yuki Tanaka (tanaka.y@supplier.example).",
    "Counterfeit risk: the bearings came in SKF boxes but there's no laser marking on the ring — quarantine & send photos to SKF.",
    "Re: SCAR-0045\n> Please provide D4 with evidence.\nAttached: line audit photos, bath analysis (Zn 9.2 g/l, Ni 1.1 g/l), thickness map.\nBest regards, Kenji",
    "サプライヤー様：ロット L-2406-21 の材料証明書（ミルシート）が未着です。至急ご送付ください。",
    "Our PO terms require 'FIFO & lot separation' — two heats mixed in one box (7H2291/7H2295) is a nonconformance.",
    "Supplier proposes to replace 'passivation per ASTM A967' with electropolishing — engineering to decide, needs customer approval.",
    "Quality agreement section 4.2: 'Any change of process, location or sub-supplier requires written approval BEFORE implementation.'",
    "ppm calculation: 37 NG / 5,000 received = 7,400 ppm for lot L-88213 (YTD 410 ppm overall).",
]

HANDOVER = [
    "Night shift -> early shift: Cell 3 running 4471-203, 214/500 done. Lathe #2 still down (spindle bearing), maintenance ordered parts.",
    "Handover 22:00: Press P3 alarm 1042 came 3x, topped up the hydraulic oil (5 L). Watch it.",
    "Übergabe Spätschicht: Maschine 4 läuft, Werkzeug T05 bei 420/500 Teilen — bitte vor Schichtende wechseln.",
    "Entrega de turno: la línea 2 paró 40 min por falta de material; ya llegó, todo en marcha.",
    "交接班：3号机床正常，5号机床刀具磨损，已换刀，首件合格。",
    "引き継ぎ：2号機 段取り中（残り30分）、治具 FX-207 は棚 B3 に戻しました。",
    "Przekazanie zmiany: frezarka nr 5 — błąd osi X, zresetowano, działa. Zostało 120 szt.",
    "Předání směny: lis P3 — nízký tlak, doplněn olej. Prosím sledovat.",
    "Vardiya devri: Hat 2'de konveyör sıkıştı, temizlendi; 03:00'ten beri sorunsuz.",
    "Bàn giao ca: máy CNC số 4 báo lỗi quá tải trục X, đã reset; cần bảo trì kiểm tra.",
    "Passagem de turno: forno 1 a 185 °C conforme MOC-114; lote 2406-03 no forno até 06:30.",
    "Don't forget: QC needs first-off parts from WO 118955 at the start of shift (Op 30 changed).",
    "Left 3 parts in the red bin — suspect burr on the cross hole, NOT checked yet. Please ask QE before scrapping.",
    "Coolant concentration 6.5% (refractometer) — target 5-7% ok; tank topped up 50 L.",
    "Shift output: Line 1 = 1,420 / 1,500 (94.7%); Line 2 = 980 / 1,200 (81.7%) — 2 h down on Line 2 (changeover + jam).",
    "Safety: oil spill near press P3 cleaned, area marked with cones; floor still slippery!",
    "MES was slow between 01:00 and 01:45 ('loading...' on every scan); IT ticket INC-44821 opened.",
    "Nothing special. All machines running. Coffee machine broken again ;-)",
    "Late shift: WO 118801 complete & booked; WO 118802 started at 20:15 (setup 50 min > planned 30 min — new jaws had to be bored).",
    "5S check done: cell 3 OK, cell 4 missing 2 Allen keys (6 & 8 mm) from the shadow board.",
    "Tool crib closed at 22:00, took 5 inserts CNMG 120408 from emergency stock (signed on the list).",
    "Machine 6 door switch bypassed?? Found a cable tie on the switch — removed, reported to the supervisor. NOT OK.",
    "Hand-over to the weekend crew: run only cells 1 & 2; cells 3-6 cleaned & locked out for PM (LOTO tags #14-#19).",
    "Robot R2 battery alarm again (SRVO-062) — don't switch off the controller until the batteries are replaced!",
    "Temp in hall 2 reached 33 °C at 15:00, parts measured warm -> re-measured after cooling, all OK.",
    "Operator Ahmed trained on Op 30 (signed off by the setter), can run alone from tomorrow.",
    "Übergabe: CMM-Programm für 4471-205 fehlt noch — Teile liegen im Messraum, Regal 2.",
    "Turno noche: se rompió la broca Ø6.8 en la máquina 3, pieza #77 con la broca dentro, apartada con etiqueta roja.",
    "早班注意：4号线气压低（< 5 bar），2号空压机已报修。",
    "Shift notes\n- L1: OK\n- L2: jam at C4 x3 (photo eye dirty, cleaned)\n- L3: tool change T05 @ 02:10\n- QC: 2 parts on hold (NCR-5531)\n- Safety: none",
    "Please refill the label printer (ZT410) — ribbon almost empty; spare rolls in cabinet 'Office A'.",
    "Forklift #2 charger faulty; use #1 or #3. Battery at 20% at end of shift.",
    "I couldn't book Op 40 for WO 118955 — MES says 'previous operation not completed' but Op 30 is done. Booked on paper.",
    "Setup for 5520-031 started at 05:15; first-off sent to QC at 06:05, waiting for release.",
    "Compressor 1 made a strange noise ~04:00 (rattling), running normally since; maintenance informed by phone.",
    "Line 2 ran in 'ECO mode' last night by mistake (speed 80%) — switch back via HMI > Settings > Speed.",
    "All scrap from night shift (14 pcs) is in the scrap bin, logged under NCR-5532 & NCR-5533.",
    "Passage de consignes : ligne 1 arrêtée 20 min, capteur PE-41 encrassé, nettoyé.",
    "Handover: new drum of coolant concentrate opened — write the date on the drum please.",
    "Sleep well! Night shift ran 100% on cells 1-4, no incidents. ☺",
    "Reminder for day shift: customer audit at 10:00 — 5S, clean aprons & safety glasses!",
    "WO 118803: 12 pcs left, but the bar stock ran out; new bars are in rack R-6 (heat 7H2295 — different heat, document it!).",
    "Vorsicht: Hydraulikschlauch an Presse P3 schwitzt (Ölnebel), Instandhaltung informiert, Auftrag IH-2291.",
    "Nachtschicht: 3x Not-Aus an Station 4 wegen verklemmter Teile; Zuführung neu eingestellt, seit 02:30 ruhig.",
    "Turno B: l'operatore ha segnalato vibrazioni sul mandrino della fresa 2 > 4 mm/s — manutenzione avvisata.",
    "Overtime: Sat 06-14 confirmed for Tom & Priya; Sunday cancelled (no material).",
    "Key for the chemical cabinet is with the shift lead, not on the hook — it was missing twice this week.",
    "QC hold cage is full (3 pallets) — please ask QE to disposition NCR-5529/5530 before we can put anything else in.",
    "Cell 5: changed over from 4471-203 to 4471-205 at 03:40, first-off OK (CMM report in the folder), running.",
    "Please alert maintenance if alarm 1042 comes back more than twice per shift.",
    "Light in aisle 4 flickering since Tuesday — facility ticket FAC-2031 still open.",
]

DOCUMENT = [
    r"\\fileserver01\eng\drawings\4471\4471-203_C.pdf",
    "/srv/plm/vault/released/4471-000/Rev_C/4471-000_C_ASSY.step",
    r"S:\Quality\8D\2024\CC-2024-017\8D_Rev2.docx",
    "PN 4471-203 Rev C",
    "Drawing 4471-203 sheet 2 of 3, Rev C, zone B4 — section A-A",
    "See ../Rev_B/4471-203_B.pdf in the same folder for the previous revision (superseded).",
    "https://plm.example.com/items/4471-203?rev=C&view=drawing",
    "Model path: /mnt/cad/NX/4471/4471-203_c.prt (NX 2212); drawing 4471-203_c_dwg1.prt",
    r"P:\CNC\Programs\Mazak\5520-031\OP10\5520-031_A_OP10.EIA",
    "Doc no. QP-8.2.4 'Control of nonconforming product' rev 07 — see section 4.3.",
    "Work instruction WI-330 rev F: /docs/wi/WI-330_F.pdf (Op 30 turning)",
    "Rev history: A (2021-03, initial) -> B (2022-11, ECN-1887 hole pattern) -> C (2024-05, ECN-2291 bore tol)",
    "PN 4471-203-SS Rev A (stainless variant) — drawing not released yet, use 4471-203 C + note 'material 1.4404'.",
    r"C:\Users\mkowalski\Desktop\CMM reports\4471-203C_SN100451.pdf — please move it to the share, not on the desktop!",
    "~/programs/O4471C.nc (local copy on the setter laptop; the master is on CAM01)",
    "Customer drawing: SMO-A2-88213-004 Ver. 3 (their numbering) = our PN 4471-203 Rev C",
    "Link in the email: https://plm.example.com/ecn/ECN-2291#impact — 'Impact analysis' tab.",
    "Spec reference: MIL-A-8625 Type II Class 2 (black), sealed; ASTM B580 Type B is the equivalent callout.",
    "Folder structure: /plm/<PN>/<Rev>/{drawings,models,programs,inspection}",
    r"Fixture drawing FX-207 rev 2: \\fileserver01\tooling\fixtures\FX-207\FX-207_r2.dwg",
    "Document 'PFMEA_4471-203_revC.xlsx', sheet 'Op30', row 34 updated.",
    "Revision letters skip I, O, Q, S, X, Z (per ASME Y14.35) — so after Rev H comes Rev J.",
    "Part number format: NNNN-NNN[-XX] with revision A-Y; e.g. 4471-203-SS Rev A, 5520-031 Rev 03 (numeric for electronics).",
    "Old drawing path /eng/archive/1999/4471/4471-203.dwg no longer exists after the migration — use PLM.",
    "Zeichnung 4471-203 Index C, Blatt 1/3 — Maßstab 2:1, Allgemeintoleranz ISO 2768-mK",
    "Plano 4471-203 rev. C: cota 62,0 ±0,1 (ver detalle B)",
    "图纸 4471-203 C 版，第 2 页，剖视图 A-A",
    "図面番号 4471-203 改訂 C（2024/05 発行）",
    "Please update the BOM link to the PLM item 4471-000/C instead of the old Windows path.",
    "https://contoso.sharepoint.example/sites/Quality/Shared%20Documents/8D/CC-2024-017.pdf",
    r"The CMM program lives at D:\PC-DMIS\Programs\4471-203\4471-203_C_v4.prg",
    "DXF for laser: /srv/laser/jobs/2024/06/7700-031_bracket_t3.dxf (t = 3 mm, S235)",
    "GD&T note on Rev C: '⌖ Ø0.1 Ⓜ |A|B|C|' (was Ø0.2 on Rev B)",
    "Document control stamp: 'UNCONTROLLED WHEN PRINTED — valid 24 h from 2024-06-12 08:00'.",
    "ECN-2291: change bore tolerance Ø12.00 +0.03/0 -> +0.02/0; affected docs: DWG, CP, PFMEA, WI-330, CMM program.",
    "Part marking: 'PN 4471-203 C / SN ###### / DC YYWW' (DC = date code)",
    r"Backup of machine parameters: \\cam01\backup\Fanuc\LB3000_2024-06-01\CNC-PARA.DAT",
    "/var/spool/labels/zebra_ZT410/4471-000_label.zpl",
    "Model file name contains spaces: 'Housing 4471-203 rev C (final).stp' — rename to 4471-203_C.stp please.",
    "PN 5520-031 Rev 03 / PCB 7711-040 rev 03 / firmware FW 2.4.1 (hex file: fw_7711_2.4.1.hex)",
    "Control plan CP-4471-203 rev 5 — /quality/control-plans/CP-4471-203_r5.xlsx",
    "Print says 'SEE NOTE 7' but there is no note 7 on sheet 1 — it's on sheet 3.",
    "Relative links in the work instruction (../images/op30_step4.png) are broken since WI-330 moved to the new folder.",
    "Attachments:\n1) 4471-203_C.pdf (drawing)\n2) 4471-203_C_OP30.pdf (setup sheet)\n3) CP-4471-203_r5.xlsx (control plan)\n4) O4471C.nc (program, read-only)",
    "Drawing title block: 'HOUSING, MACHINED — MATL 6061-T6 — FINISH: ANODIZE TYPE II BLK — DO NOT SCALE'",
    "Which is valid, 4471-203 Rev C dated 2024-05-14 or the copy in /eng/incoming/ dated 2024-05-02? The PLM says the first.",
    "Download the STEP from https://plm.example.com/files/4471-000_C_ASSY.step?token=PLACEHOLDER-TOKEN (valid 7 days).",
    "Label template (ZPL): ^XA^FO50,50^A0N,40,40^FDPN 4471-203 Rev C^FS^FO50,110^BCN,80,Y,N,N^FDSN100451^FS^XZ",
    r"Drawings for the audit copied to E:\Audit_2024\Drawings\ (read-only, 38 files).",
]

# ---------------------------------------------------------------------------
# Small templates over hand-written pools
# ---------------------------------------------------------------------------

MACHINES = ["Lathe #4 (Okuma LB3000)", "Mazak QTN-250", "DMG DMU 50", "Haas VF-2", "Press P3",
            "Washer W1", "Studer grinder G2", "Brother S700", "Index C100"]
OP_NAMES = ["Deburr & wash", "Turn OD/face", "Mill pockets", "Drill & tap M8", "Final inspection",
            "Pack 10/bag", "Heat treat (ext.)", "Laser mark 'PN/Rev/SN'", "Leak test 6 bar"]
REASONS = ["tool breakage", "operator sick", "material late", "fixture rework", "machine PM",
           "customer pull-in", "waiting for FAI", "gauge at calibration"]
PNS = ["4471-203 Rev C", "4471-205 Rev B", "4471-207 Rev A", "5520-031 Rev 03", "7700-031 Rev D",
       "9000-112 Rev F", "4471-203-SS Rev A", "6120-440 Rev K"]
FEATURES = [("Ø12.00", 12.00, 0.02, 0.00), ("Ø25.000 H7", 25.000, 0.021, 0.0),
            ("Ø8.00", 8.00, 0.01, 0.01), ("Length 62.0", 62.0, 0.1, 0.1),
            ("Ø24.98/25.00", 24.99, 0.01, 0.01), ("Width 40.00", 40.00, 0.05, 0.05),
            ("Depth 15.0", 15.0, 0.5, 0.0)]
DEFECTS = ["burr on cross hole", "scratch on face A", "thread not gaugeable", "porosity in casting",
           "oversize bore", "missing chamfer", "wrong marking", "rust on threads", "flash > 0.1 mm"]
DISPOSITIONS = ["scrap", "rework", "use as is (DEV)", "return to vendor", "sort 100%"]
SUPPLIERS = ["Precision Castings Ltd.", "ThermoCore GmbH", "Kaya Metal A.Ş.", "Nordic Seals AB",
             "Zhongshan Fasteners Co.", "Plating Services S.A.", "Müller Drehteile", "Tanaka Seimitsu K.K."]
ALARM_TEXTS = ["Hydraulic pressure low", "Guard door open", "Conveyor jam", "Coolant level low",
               "Spindle overtemp", "Air pressure < 5 bar", "Part not seated", "Light curtain interrupted",
               "Tool life expired", "Drive fault"]
STATIONS = ["Line1.ST02", "Line2.Press3", "Line2.ST04", "Cell5.Robot_R2", "Oven1.Zone2", "Line3.Washer"]
USERS = ["jkowalski", "setter1", "shiftlead2", "mtanaka", "agarcia", "operator07"]
HANDOVER_NOTES = [
    ("en", "all good, nothing to report"),
    ("en", "tool T05 changed at pc {n}"),
    ("en", "waiting for QC release of first-off"),
    ("de", "alles i.O., keine Besonderheiten"),
    ("de", "Werkzeug T05 bei Teil {n} gewechselt"),
    ("es", "sin novedades, todo en marcha"),
    ("pl", "bez uwag, maszyny pracują"),
    ("zh", "一切正常"),
    ("fr", "RAS, tout tourne"),
    ("tr", "sorun yok, hat çalışıyor"),
]
DOC_ROOTS = [("win", "\\\\fileserver01\\eng\\drawings"), ("win", "S:\\Engineering\\Released"),
             ("unix", "/srv/plm/vault/released"), ("unix", "/mnt/cad/NX"), ("win", "P:\\CNC\\Programs")]
DOC_EXTS = ["pdf", "step", "dwg", "dxf", "nc", "xlsx", "prt"]


def _fmt(x, nd):
    return f"{x:.{nd}f}"


def t_work_order(r):
    wo = r.randint(118000, 119999)
    op = r.choice([10, 20, 30, 40, 50, 60, 70])
    q = r.choice([24, 48, 96, 120, 250, 500, 1200])
    form = r.randint(0, 2)
    if form == 0:
        verb = r.choice(["moved to", "rescheduled on", "started on", "split across", "on hold at"])
        return (f"WO-24-{wo}: Op {op} {verb} {r.choice(MACHINES)}; qty {q} pcs, "
                f"due 2024-{r.randint(6, 9):02d}-{r.randint(1, 28):02d}.")
    if form == 1:
        return (f"Op {op} '{r.choice(OP_NAMES)}' — std time {r.randint(3, 95) / 10} min/pc, "
                f"setup {r.choice([15, 30, 45, 60, 90])} min, work center {r.choice(['WC-110', 'WC-120', 'WC-310', 'WC-420'])}.")
    done = r.randint(1, q - 1)
    return f"WO {wo} > Op {op}: {done}/{q} done; rest moved to {r.choice(MACHINES)} (reason: {r.choice(REASONS)})."


def t_ncr(r):
    name, nom, up, lo = r.choice(FEATURES)
    out = r.choice([1, -1]) * r.choice([0.003, 0.005, 0.008, 0.012, 0.03])
    meas = nom + up + out if out > 0 else nom - lo + out
    nd = 3 if nom < 50 else 2
    if r.random() < 0.5:
        return (f"NCR-{r.randint(5500, 5699)}: {r.randint(2, 60)} pcs PN {r.choice(PNS)} — {name} "
                f"measured {_fmt(meas, nd)} -> NG. Disposition: {r.choice(DISPOSITIONS)}.")
    return (f"NCR-{r.randint(5500, 5699)} ({r.choice(PNS)}): {r.choice(DEFECTS)}; {r.randint(2, 400)} pcs on hold, "
            f"containment by {r.choice(['QE', 'production', 'supplier', 'MRB'])}.")


def t_inspection(r):
    name, nom, up, lo = r.choice(FEATURES)
    meas = nom + r.uniform(-lo - 0.01, up + 0.01)
    nd = 3
    ok = (nom - lo) <= round(meas, nd) <= (nom + up)
    tol = f"+{up:g}/-{lo:g}" if up != lo else f"±{up:g}"
    arrow = r.choice(["->", "→", "=>"])
    return f"{name} {tol}, measured {_fmt(meas, nd)} {arrow} {'OK' if ok else 'NG'}"


def t_spc(r):
    op = r.choice([20, 30, 40, 60])
    xbar = 12.0 + r.randint(60, 160) / 10000
    rbar = r.randint(30, 90) / 10000
    cpk = r.randint(85, 210) / 100
    if cpk < 1.0:
        action = "100% inspection, notify QE"
    elif cpk < 1.33:
        action = "below target, center the process"
    else:
        action = "capable, keep sampling 5 pcs/h"
    return f"Op {op} bore: Xbar = {xbar:.4f}, R̄ = {rbar:.4f}, Cpk = {cpk:.2f} -> {action}"


def t_cnc(r):
    form = r.randint(0, 2)
    if form == 0:
        x = r.randint(-2000, 2000) / 10
        y = r.randint(-2000, 2000) / 10
        return f"G01 X{x:g} Y{y:g} F{r.choice([80, 120, 150, 200, 300, 450, 800])}"
    if form == 1:
        pn = r.choice(["4471-203", "4471-205", "5520-031", "7700-031", "6120-440"])
        return (f"{pn}_{r.choice(['A', 'B', 'C', 'D', '03'])}_OP{r.choice([10, 20, 30, 40])}_"
                f"{r.choice(['LB3000', 'QTN250', 'DMU50', 'VF2', 'S700'])}.nc")
    return (f"G83 Z-{r.randint(10, 60)}. R2. Q{r.choice([2, 3, 4, 5])}. F{r.choice([80, 100, 120, 150])} "
            f"(peck drill Ø{r.choice(['5.0', '6.8', '8.5', '10.2'])})")


def t_plc(r):
    code = r.randint(1000, 4999)
    if r.random() < 0.5:
        return (f"ALM_{code} '{r.choice(ALARM_TEXTS)}' on {r.choice(STATIONS)} at "
                f"{r.randint(0, 23):02d}:{r.randint(0, 59):02d}, ack by {r.choice(USERS)}")
    return (f"Tag {r.choice(STATIONS)}.{r.choice(['Pressure_Actual', 'Temp_PV', 'Cycle_Count', 'Fault_Word', 'Speed_SP'])} "
            f"({r.choice(['REAL', 'DINT', 'WORD', 'INT'])}) = {r.randint(0, 9999)}")


def t_bom(r):
    items = [("2-014-V75", "O-ring 2-014 Viton 75A", "EA"), ("DIN 912 M6x20-12.9", "Socket head cap screw", "EA"),
             ("6205-2RS", "Ball bearing 25x52x15", "EA"), ("PA12-8x1", "Tubing Ø8x1 PA12", "M"),
             ("ISO 8734 6m6x20", "Dowel pin", "EA"), ("LOC-2400", "Thread locker 50 ml", "ML"),
             ("4471-203", "Housing, machined", "EA"), ("DIN 125-A 6.4", "Washer, zn", "EA")]
    pn, desc, uom = r.choice(items)
    item = r.choice(range(10, 200, 10))
    qty = r.choice(["1", "2", "4", "6", "0.125", "0.25", "8"])
    sep = r.choice([" | ", "; ", ", "])
    return sep.join([f"{item:04d}", pn, desc, f"Rev {r.choice(['A', 'B', 'C', '-'])}", f"{qty} {uom}"])


def t_supplier(r):
    lot = f"L-{r.randint(88000, 88999)}"
    qty = r.randint(2, 80)
    action = r.choice(["please send 8D within 10 working days", "replacement shipment requested",
                       "sorting at your cost", "D3 containment due Friday", "lot on hold pending your reply"])
    return f"Supplier {r.choice(SUPPLIERS)}: lot {lot} — {qty} pcs {r.choice(DEFECTS)}; {action}."


def t_handover(r):
    lang, note = r.choice(HANDOVER_NOTES)
    note = note.format(n=r.randint(100, 480))
    shifts = {"en": ("Night", "Early"), "de": ("Nacht", "Früh"), "es": ("Noche", "Mañana"),
              "pl": ("Nocna", "Ranna"), "zh": ("夜班", "早班"), "fr": ("Nuit", "Matin"), "tr": ("Gece", "Sabah")}
    a, b = shifts[lang]
    line = r.randint(1, 4)
    p = r.choice([800, 1000, 1200, 1500])
    o = r.randint(p // 2, p)
    return f"{a} → {b}: Line {line} {o}/{p}; {note}"


def t_document(r):
    kind, root = r.choice(DOC_ROOTS)
    pn = r.choice(["4471-203", "4471-205", "5520-031", "7700-031", "9000-112", "6120-440"])
    rev = r.choice(["A", "B", "C", "D", "03"])
    ext = r.choice(DOC_EXTS)
    if r.random() < 0.3:
        return f"PN {pn} Rev {rev} — drawing {pn}_{rev}.pdf, sheet {r.randint(1, 3)}"
    sep = "\\" if kind == "win" else "/"
    return sep.join([root, pn, f"Rev_{rev}", f"{pn}_{rev}.{ext}"])


CATEGORIES = [
    ("work_order", WORK_ORDER, t_work_order),
    ("ncr_capa", NCR_CAPA, t_ncr),
    ("inspection_result", INSPECTION, t_inspection),
    ("spc_note", SPC, t_spc),
    ("cnc_program", CNC, t_cnc),
    ("plc_alarm", PLC, t_plc),
    ("bom_line", BOM, t_bom),
    ("supplier_quality", SUPPLIER, t_supplier),
    ("shift_handover", HANDOVER, t_handover),
    ("document_ref", DOCUMENT, t_document),
]


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    stats = []
    for name, literals, template in CATEGORIES:
        lit = 0
        values = []
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {name}: {v!r}")
            seen.add(v)
            values.append(v)
            lit += 1
        if lit > PER_CATEGORY:
            raise SystemExit(f"{name}: too many literals ({lit})")
        tries = 0
        while len(values) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"{name}: template cannot produce enough unique values")
            v = template(rng)
            if v in seen:
                continue
            seen.add(v)
            values.append(v)
        for v in values:
            if not isinstance(v, str) or not v or len(v) > 1800:
                raise SystemExit(f"bad value in {name}: {v!r}")
            rows.append((name, v))
        stats.append((name, len(values), lit))

    out = Path(__file__).with_name("benign.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, v) in enumerate(rows, 1):
            obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "label": "benign", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for name, n, lit in stats:
        total_lit += lit
        print(f"{name:18s} {n:4d}  literals {lit:3d} ({100 * lit / n:.0f}%)")
    print(f"{'total':18s} {len(rows):4d}  literals {total_lit:3d} ({100 * total_lit / len(rows):.0f}%)")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
