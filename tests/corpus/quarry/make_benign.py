#!/usr/bin/env python3
"""Benign corpus for quarry (quarry and aggregates operation). Standard library only."""
import json
import os
import random

SEED = 16701
PREFIX = "hbfb"
PER_CAT = 80
rng = random.Random(SEED)

LIT = {}

LIT["blast_log"] = [
    "Shot 24-117 fired 10:42, no misfires, clear-all at 10:51",
    "Bench 3 north, 42 holes @ 89 mm, burden 2.8 m x spacing 3.2 m, stemming 2.2 m",
    "Powder factor came in at 0.52 kg/m³ — a bit high, drop to 0.48 next shot",
    "Misfire on hole 17. Area isolated for 30 min per procedure, re-primed & fired 12:15.",
    "Flyrock observed ~40 m past the toe; review stemming length on front row",
    "Delay timing: 25 ms hole-to-hole, 67 ms row-to-row",
    "PPV at Miller's farm: 4.1 mm/s (limit 10 mm/s). Overpressure 112 dB(L)",
    "shot plan",
    "Face profile shows toe burden > 4 m on holes 1–5, reduce to 3.5 m or add a toe hole",
    "Drilled depth vs design: avg +0.3 m overdrill, max 0.9 m on hole 31",
    "Wet holes: 8, 12, 13, 22 — used packaged emulsion instead of ANFO",
    "Blast guard positions: gate A, haul road junction, O'Brien's lane",
    "Select the initiation point at the NE corner so the muckpile throws away from the crusher",
    "Order by hole number please, not by drill time, it's confusing the loading crew",
    "Delay pattern: row 1 = 17 ms, row 2 = 42 ms; echelon to the left",
    "Shotfirer: Siobhán O'Neill. Supervisor: D. Kowalski",
    "Fragmentation looked good — P80 estimated ~350 mm from the photo analysis",
    "Oversize: maybe 6 boulders needing the rock breaker",
    "Notice sent to neighbours 24 h in advance (SMS + letterbox drop)",
    "Weather at firing: wind 12 km/h SW, no inversion, cloud base high",
    "Note: don't fire if wind > 25 km/h towards the village",
    "Hole 9 collapsed at 4.5 m, redrilled alongside (9A)",
    "Sleep-deprived crew on nights — suggest moving next shot to day shift",
    "Stemming material: 10/20 mm clean aggregate, not drill cuttings",
    "Charge weight per delay (MIC) = 48 kg; keep under 55 kg for the school at 800 m",
    "Shot 24-118 postponed -- lightning within 10 km",
    "Pre-split line fired with det cord; half-barrels visible on ~70% of holes",
    "Pattern 3.0 x 3.5, 102 mm, 12 m benches, sub-drill 1.0 m",
    "Booster: 400 g cast primer, bottom-primed, 1 per hole",
    "Drill log import: drill_logs/2024/bench3_N.csv",
    "Seismograph #2 didn't trigger — battery? check before next shot",
    "Blast 24-119: 56 holes, 18,400 kg emulsion, 412 t/kg? no, that's wrong, re-check",
    "All clear sounded 11:03. Re-entry authorised by shotfirer after fumes dispersed.",
    "Post-blast inspection: no visible NOx fumes (orange cloud), no cut-offs seen",
    "Vibration result < limit at all 3 monitors",
    "Monitor 1 (church) 2.2 mm/s; monitor 2 (Rua da Pedreira 14) 3.0 mm/s; monitor 3 no trigger",
    "Sprengung 24-120 um 11:30 Uhr, keine Versager",
    "Tir de mine n° 24-121 : 38 trous, aucun raté",
    "Voladura 24-122 realizada sin incidentes; proyección mínima",
    "発破 24-123 完了、不発なし",
    "Powder truck arrived late (09:50) so firing slipped to 13:00",
    "Remember: drop the sump before the next shot or holes on row 4 will flood again",
    "Union rep asked to be told about Saturday blasts in advance",
    "Burden check with laser profile: min 2.4 m at hole 3 (design 2.8)",
    "Blast design v3 attached: ShotPlan_B3N_v3.pdf",
    "Face height ~14 m, angle 75°",
    "Two decks in holes 20–28 to get past the clay seam at 6–7 m",
    "Total rock blasted ≈ 21 500 t (in-situ 8 100 m³ × 2.65)",
    "Hole 44: loaded 62 kg vs design 58 kg; cavity suspected",
    "Electronic dets programmed & tested, logger shows 0 faults",
    "Drill & blast KPI for May: $0.84/t vs budget $0.80/t",
    "\"Flyrock zone\" signs moved back to 300 m after the last review",
]

LIT["dispatch"] = [
    "Truck 14 to loader 2, then crusher ROM pad",
    "HT-07 down for tyres, swap with HT-11",
    "Queue at the crusher is 4 trucks deep — send the next two to stockpile 5",
    "Cycle time loader 1 → primary: 11.5 min avg today",
    "Driver Jean-Luc back from break at 13:30",
    "Assign: HT-03, HT-05 & HT-09 to bench 2 south",
    "Road 4 wet and slippery, speed limit 25 km/h until graded",
    "Can someone select a truck for the 2 pm delivery to Hendry Construction?",
    "Payload avg 38.2 t vs target 40 t; loaders under-filling",
    "Haul road ramp at 10% grade — no loaded trucks overtaking",
    "HT-12 reported a hot brake on the ramp, parked at bay 3 for cool-down",
    "Fuel truck to the pit at 10:00; all units top up",
    "Change of shift: handover notes in the dispatch log",
    "Radio channel 3 for the pit, channel 5 for the plant",
    "Please drop the 6:00 run to the wash plant; screens are down",
    "Loader 2 -> stockpile 20mm, loader 3 -> ROM",
    "HT-08: operator called in sick, truck parked",
    "Move the water cart ahead of the trucks on road 2 (dust)",
    "Dispatch — all trucks hold at the ready line until the blast clear",
    "Empty trucks yield to loaded on the ramp. Always.",
    "Load count today: 412 (plan 450)",
    "Ore/waste split: 70/30",
    "Truck 9 GPS not reporting since 08:12",
    "Can we get HT-04 onto the 2nd shift? Its operator's licence is sorted now",
    "Pit 2 haul distance ~1.8 km one way",
    "Delay code 14 (waiting on loader) logged 38 min",
    "Stop sending trucks to the tip head on the east side — edge bund needs rebuilding",
    "Assigned João Silva to HT-02 for the week",
    "Loader 4 bucket teeth changed, back in service 11:20",
    "Dispatching by shortest queue works better than fixed routes so far",
    "Re-route: road 3 closed for grading, use road 5",
    "All trucks: convoy at 15:00 for the blast, stand-off at the workshop",
    "HT-15 payload 44.7 t — overloaded, tell loader 1 to take less",
    "Match factor 1.1 for loader 2 fleet",
    "Dump at tip 3 only. Tip 2 full.",
    "Estimated tonnes per hour: 1,250 tph primary",
    "Travel empty 4.2 min, loaded 6.8 min, queue 1.5 min",
    "LKW 5 zur Waage, dann Halde 3",
    "Camión 6 al acopio de arena",
    "Camion 7 en panne à la rampe, dépanneuse demandée",
    "Truck 18 → weighbridge → customer gate (delivery ticket attached)",
    "Order of loading: trucks in order of arrival, not by size",
    "Someone left the fuel bowser keys in HT-10 again",
    "Ready line: HT-01, HT-02, HT-06, HT-13",
    "Mohammed's on the grader on roads 1 & 2 this morning",
    "The new dispatch screen sorts by ETA; can we sort by truck ID?",
    "Night shift target 180 loads",
    "Wait time > 10 min at loader 3, check if it's the operator or the face",
    "Hauling 40mm aggregate to stockpile 7 for the Route 9 job",
    "Loader 5 has a hydraulic leak — tag out, call maintenance",
    "HT-16 reversing alarm faulty; not to operate until fixed",
]

LIT["weighbridge"] = [
    "Ticket 004512: gross 42.36 t, tare 15.10 t, net 27.26 t",
    "Customer: Smith & Sons Civil Pty Ltd",
    "Rego ABC-123, product 20mm blue metal",
    "Overload: GVM 42.5 t, actual 44.1 t. Driver told to tip 1.6 t",
    "Tare re-taken, truck changed trailer",
    "Weighbridge 1 calibration due 15/07 — book the certifier",
    "Ticket void — wrong product selected (should be 10mm not 7mm)",
    "Docket reprint for O'Connell Haulage",
    "Order no. PO-88213 / job: \"Riverside estate stage 2\"",
    "Net weight exceeds order balance by 3.2 t; ok'd by sales (Ana)",
    "Cash sale — paid by card, receipt #5521",
    "Driver says the last docket didn't print; reprint 004498",
    "Product: Road base class 2 (DGB20)",
    "Tare 14 980 kg | Gross 41 220 kg | Net 26 240 kg",
    "Weighbridge out of tolerance (+60 kg on test weights); cones up, use WB2",
    "Ticket 004530 — split load: 12 t sand + 14 t 20mm",
    "Covered load? Yes. Tarp checked.",
    "Vehicle left without ticket — chasing with the carrier",
    "Account on stop: Acme Earthworks; no loads until cleared",
    "Stored tare expired (older than 30 days) — re-tare",
    "Ticket cancelled by supervisor (reason: test weighing)",
    "Kunde: Müller Bau GmbH, Lieferschein 7781",
    "Cliente: Construcciones Peña S.L., albarán 3390",
    "客户：华建集团 — 碎石 20mm 31.5 吨",
    "Docket note: deliver to rear gate, contact Kāne on 021 555 0134",
    "Weighbridge camera shows trailer not fully on the deck; reweigh",
    "Ticket range 004400–004499 exported to accounting",
    "Import file: C:\\Weighbridge\\Exports\\2024-06-03.csv",
    "Load rejected on site: too many fines — credit note requested",
    "Prepaid balance: $1,250.00 remaining",
    "Wheel wash bypassed? Driver said it was broken",
    "Axle weights: steer 6.1 t, drive 16.4 t, trailer 19.8 t",
    "Gross < tare?! Sensors must have glitched; ticket voided",
    "Can you add a field for the delivery address on the docket?",
    "Ticket emailed to accounts@smithsons.example.com",
    "Please select 'Delivered' not 'Ex-bin' for this customer",
    "3 trucks from Drop Bear Logistics waiting at the gate",
    "Site: Quarry North — WB2",
    "Net tonnes today: 3,412.8",
    "Weigh-in 07:02, weigh-out 07:31",
    "Customer asked for weights in short tons; 27.26 t = 30.05 short tons",
    "Prefix tickets with QN- from July (QN-004600 …)",
    "Truck and dog: 2 tickets or 1? Policy is 1 combined ticket",
    "Driver refused to tarp, load not released",
    "Scale indicator showing 'ERR 03' intermittently",
    "Docket #004577 — product code AGG-20-BLU",
    "Ticket 004601 corrected: customer was D'Amico Paving, not D'Amato",
    "Sample taken from this load for gradation (lab ref L-2219)",
    "Delivery note signed by \"R. Tūhoe\"",
    "Order 7719 closed — 400 t delivered of 400 t",
    "Weighbridge UPS beeping, power dip at 10:14",
]

LIT["assay_gradation"] = [
    "Sample L-2219, 20mm aggregate: passing 26.5 mm 100%, 19 mm 92%, 13.2 mm 41%, 9.5 mm 12%, 4.75 mm 3%",
    "Los Angeles abrasion: 24% (spec ≤ 30%)",
    "Flakiness index 18% — within spec (< 25%)",
    "Sand equivalent 72",
    "Moisture content 3.4% (oven dry, 110 °C)",
    "Fines < 75 µm: 1.8%",
    "Particle density 2.71 t/m³, water absorption 0.6%",
    "Plasticity index: non-plastic",
    "Result failed: 4.75 mm sieve 9% (spec max 5%). Re-sample.",
    "| Sieve (mm) | % passing | Spec |\n|---|---|---|\n| 19 | 95 | 85–100 |\n| 9.5 | 42 | 30–60 |\n| 4.75 | 8 | 0–10 |",
    "Alkali-silica reactivity (AMBT): 0.08% expansion at 14 days — non-reactive",
    "Wet/dry strength variation 22%",
    "CBR 80 @ 98% MDD",
    "MDD 2.28 t/m³, OMC 6.5%",
    "Select samples for external verification: every 10th",
    "Assay XRF: SiO2 62.1%, Al2O3 14.8%, Fe2O3 5.2%, CaO 4.1%",
    "Sample bag labels smudged; L-2230 and L-2231 might be swapped",
    "Lab note: sieve 2.36 mm damaged, replaced 04/06",
    "Grading envelope chart attached (grading_20mm_2024Q2.png)",
    "Fineness modulus 2.85 for the washed sand",
    "Shape: sub-angular, cubical",
    "Clay lumps & friable particles: 0.4%",
    "Sulfate content < 0.1% SO3",
    "Chloride 0.01%",
    "Result: PASS. Signed off by Dr. Ngozi Adeyemi",
    "Point load index Is(50) = 6.2 MPa",
    "UCS estimated ~150 MPa from PLI (k = 24)",
    "Compared to last quarter: fines up from 1.2% to 1.8% -> check the wash plant sprays",
    "Kornverteilung 0/32: Durchgang 31,5 mm 97 %",
    "Granulométrie 0/4 : passant à 0,063 mm = 9 %",
    "Granulometría arena 0/4: módulo de finura 2,9",
    "粒度試験：5mmふるい通過率 8%",
    "Sample ID format: L-YYYY-NNNN (e.g. L-2024-0231)",
    "Please order by sample date so the trend chart makes sense",
    "Micro-Deval 11%",
    "Polished stone value PSV 58 — good for surface course",
    "Bulk density loose 1.52 t/m³, compacted 1.68 t/m³",
    "Results pending — sample drying",
    "Union of both data sets shows the crusher 2 product is consistently finer",
    "Retest L-2219: 4.75 mm now 4% → PASS",
    "The 'sleeper' ballast grade failed on the 63 mm sieve (12% retained, max 5%)",
    "Spec ref: AS 2758.1 Table 5",
    "Spec ref: EN 12620 category GC85/20",
    "Average of 3 tests: 24.1, 23.8, 24.6 → 24.2",
    "Tolerance ±2% on the 9.5 mm sieve",
    "Atterberg limits: LL 28, PL 19, PI 9",
    "Lab tech: Priya Raman-Smith",
    "Sample split by riffle box, 2 × 5 kg",
    "Outlier on 13.2 mm? 41% vs typical 55–60%. Suspect sampling from the stockpile toe.",
    "Sieve shaker timer set to 10 min",
    "Exported to LIMS as CSV; columns: sample_id;sieve;passing",
]

LIT["safety"] = [
    "Pre-start check HT-07: OK except left mirror cracked",
    "Near miss: light vehicle entered haul road without a flag or radio call",
    "Toolbox talk: working near edges, windrow height = ½ the wheel height of the largest vehicle",
    "Guard missing on conveyor C4 tail pulley — tagged out",
    "Hazard: loose rock on the face above bench 2, scaling required",
    "Inspection 24/06: 3 findings, 1 high (edge bund), 2 low",
    "PPE audit: 2 workers without hearing protection at the crusher",
    "First aid: laceration to hand, cleaned & dressed, returned to work",
    "Lock-out / tag-out done on screen 2 by M. Nguyen, lock #17",
    "Fire extinguisher at workshop expired (last test 03/2023)",
    "Dust masks P2 restocked",
    "Incident report #IR-0442 — reversing truck contacted a bund, no injuries",
    "Emergency drill at 14:00, assembly point at the office car park",
    "Please drop the old JSA for conveyor maintenance; v4 replaces it",
    "Edge protection < required height along ramp 2 (0.9 m vs 1.5 m)",
    "Isolation points labelled? No — labels faded on MCC-3",
    "Visitor induction done: Ms. Ó Súilleabháin (engineer)",
    "Silica exposure monitoring results: 0.04 mg/m³ (limit 0.05)",
    "Stop work called by the operator — good call. Loader brakes felt spongy.",
    "Hot work permit HW-221 issued for crusher liner welding",
    "Confined space entry into the surge bin: permit CS-88, standby person Ahmed",
    "Ladder on the screen deck has a bent rung",
    "Inspection checklist: handrails ✔ kick plates ✔ emergency stops ✘ (E-stop 4 not working)",
    "Manager's walkaround: good housekeeping at the wash plant; poor at the fuel bay",
    "Slip on wet stairs at the control room — install grip tape",
    "Fatigue: driver reported nodding off at 03:30 — stood down, sleep then review roster",
    "Sicherheitsbegehung: Geländer am Brecher locker",
    "Inspección: falta señalización en la rampa 3",
    "Inspection : extincteur manquant dans la pelle 2",
    "安全点検：ベルトコンベヤの非常停止スイッチ不良",
    "Spill kit used for 20 L hydraulic oil leak at loader 5",
    "Training record updated: Aroha Te Whata — forklift & EWP",
    "Ground awareness: crack on the bench 4 crest ~15 m long; barricade 10 m back",
    "Safety alert: never stand between the loader and the truck",
    "Hearing protection required > 85 dB(A) — sign missing at screen house",
    "Risk rating: likelihood 3 × consequence 4 = 12 (high)",
    "Corrective action CA-119 closed",
    "Dropped object from conveyor walkway — area below barricaded",
    "Health monitoring: audiometry booked for 12 staff",
    "Seat belt interlock bypassed on HT-04?! — investigate, disciplinary if confirmed",
    "Don't park under the conveyor",
    "Dangerous goods register updated (diesel, emulsion precursor, oxy/acetylene)",
    "Reminder: no phones on the haul roads",
    "Evacuation map on the crib-room wall is outdated",
    "Heat stress: 38 °C forecast; water breaks every hour",
    "Crusher operator reports E-stop 4 now works after the contactor swap",
    "Gate 2 left open overnight, cattle wandered onto road 5",
    "Inspection 'pass' — with two comments",
    "LTI-free days: 412",
    "Checked the lifting chains: tag out of date, removed from service",
    "Audit result 92% (target ≥ 90%)",
]

LIT["telemetry"] = [
    "Crusher CSS 32 mm, power draw 185 kW, throughput 420 t/h",
    "HT-11 engine coolant temp 104 °C — warning",
    "Loader 2 idle time 23% this shift",
    "Screen 1 bearing temp 78 °C (alarm at 85 °C)",
    "Conveyor C2 belt speed 2.4 m/s, belt scale 612 t/h",
    "Tyre pressure HT-05 rear left 5.9 bar (target 7.0)",
    "Vibration on cone crusher 7.2 mm/s RMS, trending up",
    "Fault code SPN 110 FMI 0 on HT-03",
    "GPS drop-outs in the pit bottom — RTK base at the workshop?",
    "Fuel burn HT-09: 62 L/h (fleet avg 55 L/h)",
    "Engine hours: 12,483.6",
    "Hydraulic oil temp > 90 °C on excavator EX-1",
    "Sensor offline: dust monitor DM-3 (last seen 03:42)",
    "Payload from on-board scales differs from weighbridge by +1.8 t",
    "Jaw crusher motor current 280 A, tripped at 310 A",
    "select the last 24 h and export, the weekly view is too slow",
    "Can the dashboard show min/max as well as avg?",
    "Overspeed event: HT-14 at 48 km/h in a 40 zone, road 2",
    "Telemetry export: /data/exports/telemetry_2024-06-03.parquet",
    "Alarm flood from PLC-2 after the power dip — 300+ alarms in 2 min",
    "Bin level: surge bin 68%, fines bin 92% (high)",
    "Water tank T1 level 3.2 m",
    "Generator G1 load 74%",
    "Belt tracking sensor C4 triggered twice",
    "DEF level low on HT-01 (12%)",
    "Brake temp front-right HT-12: 310 °C — cooldown",
    "Drill rig DR-2: penetration rate 0.9 m/min, pulldown 80 kN",
    "Pump P3 running 22 h/day — check the float switch",
    "Why does the trend show -40 °C at midnight? Sensor glitch?",
    "MQTT topic quarry/plant/crusher1/power shows null values since the update",
    "Dashboard URL: https://dashboards.quarry-north.example.com/d/crusher?orgId=1&from=now-24h",
    "Modbus register 40012 = crusher CSS in 0.1 mm",
    "OPC tag Plant.Crusher1.CSS_mm",
    "Telemetrie: Brecher 1 Leistung 190 kW",
    "Telemetría: cinta C3 detenida 14 min",
    "Télémétrie : niveau trémie 45 %",
    "稼働率 87%（クラッシャー1）",
    "Availability 91.2%, utilisation 78.5%",
    "Tyre temp alarm threshold = 85 °C; was set to 58 by mistake",
    "Query: avg(power_kw) where crusher = 1 and hour between 6 and 18 — result 182 kW",
    "Stockpile drone survey: SP-3 volume 12 480 m³ (~19 000 t)",
    "Drone flight log: /mnt/survey/2024-06-02/flight_03.log",
    "Rain gauge 14.6 mm in 24 h",
    "Compressor C1 discharge 7.8 bar",
    "Engine derate on HT-07 (exhaust temp)",
    "Tyre HT-05 front right delaminated; telemetry didn't catch it",
    "Cone crusher liner wear 62% (estimated from CSS drift)",
    "Sleep mode on the tablets kicks in after 2 min — too short for the operators",
    "Low battery on seismograph #2 (11.4 V)",
    "Feed rate setpoint 450 t/h -> 430 t/h to reduce overload trips",
    "Power factor 0.92",
]

LIT["environmental"] = [
    "Dust deposition gauge DG-2: 3.1 g/m²/month (criterion 4)",
    "PM10 24-h average 38 µg/m³ at the northern boundary (limit 50)",
    "Noise at receiver R3: 44 dB(A) LAeq,15min — night limit 40, exceedance",
    "Water sample from sediment pond SP1: TSS 28 mg/L, pH 7.8",
    "Turbidity at discharge point: 42 NTU (limit 50)",
    "Complaint from Rose Cottage about dust on washing at 14:00",
    "Water cart on roads 1–3 every 30 min during the dry spell",
    "Sprinklers on stockpiles switched on",
    "Rehabilitation: 2.4 ha hydroseeded on the western batter",
    "Groundwater bore GW3 level 12.4 m bgl",
    "EC 640 µS/cm, oil & grease < 5 mg/L",
    "Blast overpressure 118 dB(L) at R2 — within 120 limit",
    "Neighbour rang about the reversing beepers at 5:50 am; switched to broadband alarms?",
    "Frog survey at the wetland: 3 species recorded",
    "Weed control along the boundary fence (gorse)",
    "Environment licence condition 14(b) — monthly report due 15th",
    "Dust suppression additive trial on road 2",
    "Stormwater: pond SP2 overtopped after 62 mm rainfall; sampled the overflow",
    "Lärmmessung am Immissionsort IO-2: 47 dB(A)",
    "Medición de polvo: PM10 = 41 µg/m³",
    "Bruit : 43 dB(A) au point R1",
    "粉じん濃度 0.12 mg/m³",
    "Complaint logged: noise from the primary crusher at night. Crusher stopped 22:00–06:00 as per condition.",
    "Air quality monitor AQ-1 offline since storm",
    "Visual dust — plume drifting towards the highway; stopped the screen until the wind dropped",
    "Topsoil stockpile seeded to prevent erosion",
    "Truck wheel wash recycling water changed",
    "Spill of ~5 L diesel on gravel, contaminated material removed to the bunded area",
    "Bird nesting season — no clearing on the eastern ridge until 1 Dec",
    "Annual return submitted to the EPA",
    "Water usage 420 kL/day (licence 600)",
    "Sediment pond desilting scheduled for the dry season",
    "Dust complaint #C-88 closed — meeting with resident Mrs. Fitzgerald-Hughes",
    "Noise logger N2 moved to the school boundary",
    "Discharge pH 9.1 after rain — above range (6.5–8.5); dosing checked",
    "Trees planted on the visual bund: 350 native seedlings",
    "Community liaison meeting minutes — \"Blasting times\" and \"truck movements\" raised",
    "Lighting spill at night towards Mill Rd; re-aim the lights downwards",
    "Dust alarm threshold: PM10 > 80 µg/m³ (15-min avg) -> stop dusty activities",
    "Environmental incident EI-07: silty water entered the creek for ~20 min",
    "Koala sighting near the haul road — speed limit 20 in that section",
    "Erosion on the northern batter after the storm; rip-rap needed",
    "Monthly dust results attached: dust_2024-05.xlsx",
    "TSP 92 µg/m³",
    "The drop in turbidity after the flocculant dose was dramatic (120 → 18 NTU)",
    "Rainfall since 1 Jan: 612 mm",
    "Noise reading at 02:00 with the wind from the north: 39 dB(A)",
    "Wind speed > 10 m/s from the W — expect higher dust readings east",
    "Visual amenity: the new face is visible from the lookout; discuss screening",
    "Water monitoring round done by Tamsin & Oluwaseun",
    "Biodiversity offset area fence inspected, OK",
]

LIT["crew_chat"] = [
    "morning all, crusher's back up",
    "who's got the keys to the Hilux?",
    "lol yeah that loader's been weird all week",
    "Can someone grab the smoko order? 3 pies, 2 sausage rolls",
    "running 10 min late, traffic on the highway",
    "👍",
    "Good job on the shot today team 💪",
    "I'll take the Saturday overtime if it's still going",
    "Don't forget the BBQ Friday arvo!",
    "Who left the coffee machine on overnight 😂",
    "Shift swap? I'll do your night if you do my Sunday",
    "ok",
    "on my way to the pit",
    "anyone seen my hi-vis jacket? orange, name on the back",
    "Heads up: boss is doing the walkaround at 10",
    "That rain last night turned road 4 into soup",
    "Happy birthday Tomasz!! 🎂",
    "Is the drop-off for the new starter's boots at the gatehouse?",
    "Loader 3 smells like burning — pulling it over",
    "Can we select a day for the Christmas party? Poll: 13th or 20th",
    "Meeting moved to 2pm",
    "Hey, what's the wifi password for the crib room? (ask Lena)",
    "Thanks mate, owe you one",
    "I'm off sick today, sorry guys",
    "Lunch is in the fridge, help yourselves",
    "night shift was dead quiet, only 120 loads",
    "got a flat on the ute, be there in 20",
    "Guten Morgen zusammen, Brecher läuft wieder",
    "Buenos días, la cinta 3 está parada",
    "Salut l'équipe, réunion à 14 h",
    "おはようございます、今日は雨です",
    "Kia ora koutou, hui at 9",
    "Привет всем, погрузчик 2 снова работает",
    "صباح الخير، الكسارة تعمل",
    "Who ordered 200 sausage rolls?? 😅",
    "RIP the old coffee machine 2015–2024",
    "Mike's been telling everyone about his fishing trip again…",
    "you lot are legends",
    "haha yeah nah",
    "Can someone sleep in the donga tonight? gate guard's away",
    "I'm going to drop by the workshop after lunch",
    "sorry wrong chat",
    "Rain's coming — wrap up the screens by 3",
    "new guy's name is Séamus, say g'day",
    "Is it me or is the radio on channel 3 really crackly",
    "Got it, will do",
    "What time's the blast again? 11:30?",
    "\"If it's not written down it didn't happen\" — wise words from Bev",
    "Thx!! :)",
    "Ping me when the truck's loaded",
    "Just saw a wedge-tailed eagle over the pit 🦅",
]

LIT["sales_order"] = [
    "SO-10442: 600 t 20mm concrete aggregate, deliver Mon–Wed, 8 loads/day",
    "Quote for Riverside Estate: road base $28.50/t ex-bin, $41.00/t delivered",
    "Customer wants 10mm washed, not 7mm; updated order",
    "Order on hold — credit limit exceeded (limit $50,000, balance $52,310)",
    "PO number required on every docket: PO-4471-B",
    "Delivery address: 14 O'Sullivan Road, Brookvale, gate code at site office",
    "Contact: Dana Okafor, 0412 555 019, dana.okafor@hendry-construction.example.com",
    "Product list: 7mm, 10mm, 14mm, 20mm, dust, road base, rip-rap 300–600",
    "Price increase 3.5% from 1 July — letter sent to all account customers",
    "Discount 5% for > 5,000 t/year",
    "Pallet of bagged sand (40 × 20 kg) for the landscaping shop",
    "Customer: Bäckerei & Bau Weiß GmbH (new account)",
    "Pedido: 200 t de grava 20 mm para Obras Martínez",
    "Commande : 150 t de sable lavé 0/4 pour Béton Dupont",
    "注文：砕石 40mm 300トン、納期 6/14",
    "Cancel the Friday loads for Smith & Sons — their pour got moved",
    "Invoice INV-22019 disputed: 3 loads not received",
    "Credit note CN-331 for the rejected load (27.26 t)",
    "Terms: 30 days EOM",
    "Recurring order: every Tuesday 4 loads of 20mm to the batching plant",
    "Minimum order 10 t for delivery",
    "Select 'Tipper + dog' as vehicle type for the big jobs",
    "Freight zones: A ≤ 10 km $6/t, B 10–25 km $9/t, C > 25 km quote",
    "Order 7719 — split delivery between site A and site B (60/40)",
    "Customer asked whether rip-rap can be delivered to the beach access (truck access?)",
    "Customer ref: \"Job #88 — Kelly St\"",
    "Sample of 14mm sent to the architect for colour approval",
    "Payment received via EFT, ref SMITHSONS-JUN",
    "Quote valid 30 days",
    "Tender submitted for the council road reseal: 12,000 t of 10mm & 14mm",
    "Order notes: site foreman is 'Big Dave', call 30 min before arrival",
    "Union Street job needs 40 t of drainage gravel",
    "Drop-ship? No — we deliver ourselves",
    "Customer account ID ACC-00731",
    "Order by Thursday for Monday delivery",
    "Cash customer: trailer load of 20mm, ~1 t",
    "We can't supply 5mm this month, crusher 3 down; offered 7mm",
    "Margin on road base dropped to 12% due to freight costs",
    "Price list 2024 v2 (PDF) attached",
    "SO-10451 amended: qty 400 t -> 450 t",
    "Delivery window 06:00–14:00 only (council condition)",
    "Customer complained about late delivery (2 h) — apologised, 2% discount on that load",
    "Bulk bags (1 t) of 10mm for the garden centre",
    "New customer application: Ngata Civil Ltd, ABN 12 345 678 901",
    "Quantity 1,200 t; unit price $32.10; total $38,520.00 + GST",
    "Send the order confirmation to orders@ngata-civil.example.nz",
    "Please drop the price for the school project — ok'd by GM at $30/t",
    "Customer requested test certificates with every 500 t",
    "The batching plant wants spec sheets for 20mm & 10mm (AS 2758.1)",
    "Stock check: 20mm 8,400 t; 10mm 2,100 t; dust 15,000 t",
    "Order SO-10460 — priority, hospital car park pour",
]

LIT["settings_import"] = [
    "Display name: Kevin O'Hara",
    "Time zone: Australia/Brisbane",
    "Units: metric (t, m, km/h)",
    "Language: Español (México)",
    "Notification e-mail: shift-supervisors+alerts@quarry-north.example.com",
    "Date format: DD/MM/YYYY",
    "Import path: C:\\Users\\ahmed\\Documents\\Exports\\tickets_june.csv",
    "Import from /home/ops/imports/dispatch_2024-06.csv",
    "CSV delimiter ; (semicolon), decimal comma",
    "Template: \"Dear {{customer_name}}, your order {{order_no}} is ready.\"",
    "Docket footer: Thank you for your business — Quarry North Pty Ltd",
    "Report file name pattern: weighbridge_{date}_{site}.pdf",
    "Webhook URL: https://hooks.erp.example.com/quarry/tickets",
    "Shift roster import: roster_2024_wk23.xlsx",
    "Default product: 20mm",
    "Alert when PM10 > 80 µg/m³",
    "Working directory: ../shared/reports (relative to the export folder)",
    "Auto-logout: 15 min",
    "Signature: Cheers,\nPriya\nLab Supervisor | Quarry North\nPh: 07 5555 0100",
    "Theme: dark",
    "Home screen: Dispatch board",
    "Numeric format: 1.234,56",
    "Email subject template: [Quarry North] Ticket ${ticketNo} — ${customer}",
    "Columns to export: ticket_no, date, customer, product, net_t",
    "Sort order: date desc, then ticket_no asc",
    "Filter: product = \"20mm\" AND site = \"North\"",
    "Backup folder: D:\\Backups\\Quarry\\",
    "Logo: https://cdn.quarry-north.example.com/img/logo.png",
    "SMS sender name: QNorth",
    "Shift pattern: 12 h, 4 on / 4 off",
    "Notes field max length 2000 characters",
    "Role: Weighbridge operator (read/write tickets, read orders)",
    "Mobile: +61 400 555 123",
    "Address: 1 Quarry Rd, Ōtaki 5512, New Zealand",
    "Map layer: /tiles/{z}/{x}/{y}.png",
    "Sprache: Deutsch",
    "Idioma: Português (Brasil)",
    "Langue : Français",
    "言語：日本語",
    "Report recipients: gm@quarry-north.example.com; ops@quarry-north.example.com",
    "Fleet list import (hauler IDs HT-01 … HT-16)",
    "Threshold: noise alarm >= 45 dB(A) between 22:00 and 07:00",
    "Rounding: net weight to 0.02 t",
    "Docket printer: \\\\wb-pc01\\Zebra-ZT230",
    "Excel formula in the export looks fine: net_t is column F, total at the bottom",
    "Use tabs (\\t) as separator for the old accounting import",
    "API key: (placeholder) XXXX-XXXX-XXXX",
    "Bio: Geologist, 12 yrs in hard-rock quarries. Likes bluestone & bad puns.",
    "Avatar: kevin_at_the_face.jpg",
    "Shortcut: Ctrl+Shift+T = new ticket",
    "Readme for the import: each line = one ticket; blank lines ignored; lines starting with # are comments",
]

# Hard negatives spread around (still realistic user text).
LIT["crew_chat"] += [
    "ok so the script is ~/bin/backup.sh && then it copies to the NAS, Raj set it up",
    "echo from the pit wall is crazy today, you can hear the loader from the office",
]
LIT["settings_import"] += [
    "Cron for the nightly export: 0 2 * * * (2 am every day) — ask IT if it needs changing",
    "Export query (from IT, read-only): SELECT ticket_no, net_t FROM tickets WHERE site = 'North' ORDER BY ticket_no",
]
LIT["blast_log"] += [
    "Shot file path: ../blast_designs/2024/B3N_v3.shot (same folder as last month)",
]
LIT["telemetry"] += [
    "Rule: if temp > 85 && rpm < 200 then alarm; <b>bold</b> doesn't render in the alarm text, FYI",
    "PLC tag list uses ${area}.${unit}.${signal} naming, e.g. Plant.Crusher1.CSS_mm",
]
LIT["sales_order"] += [
    "Price: $28.50/t -- includes levy; 'delivered' price is separate",
]
LIT["safety"] += [
    "Procedure says: drop guard, isolate, lock, test -- in that order; sign the <permit> box",
]
LIT["environmental"] += [
    "Results table: DG-1 | DG-2 | DG-3 → 2.1 | 3.1 | 1.8 g/m²/month; all < 4",
]

LIT["safety"] += [
    "Incident summary IR-0447\n\nAt approx. 14:20 a light vehicle (LV-3) drove onto haul road 2 without calling on channel 3. "
    "HT-09 (loaded) had to brake hard; no contact, no injuries.\n\nContributing factors: new contractor, radio on the wrong channel, "
    "\"give way\" sign at the junction partly hidden by the windrow.\n\nActions: 1) re-induct contractor; 2) move the sign; "
    "3) add the junction to Monday's toolbox talk. Owner: D. Kowalski, due 14/06.",
]
LIT["crew_chat"] += [
    "Hey all — quick one about the roster for next week.\n\nI've swapped Tomasz and Aroha on Wed/Thu because of the training day. "
    "If that doesn't work for you, tell me by Friday lunch and I'll sort it.\n\nAlso: the new crib-room fridge arrives Tuesday, "
    "so please clear out your stuff from the old one (yes, that includes the mystery curry 😬).\n\nCheers, Bev",
]
LIT["blast_log"] += [
    "Shot 24-125 summary: 61 holes, 102 mm, bench 4 east. Fired 11:34, all clear 11:46.\n\n"
    "Vibration: R1 3.4 mm/s, R2 1.9 mm/s, R3 no trigger. Overpressure max 114 dB(L).\n\n"
    "Comments: front row had a lot of face bulge so burden was < 2.5 m on holes 2–6; we reduced the charge there by ~15%. "
    "No flyrock seen beyond the exclusion zone. Muckpile looks loose & diggable — loader 2 should get good fill factors.",
]

# ---- one small template per category over hand-written pools ----
HOLES = ["3", "7", "12", "17", "22", "31", "44", "9A"]
BENCH = ["bench 1 north", "bench 2 south", "bench 3 north", "bench 4 east", "the west face"]
BLAST_ISSUE = ["collapsed at 4 m", "wet, used packaged emulsion", "short by 0.6 m", "loaded 4 kg over design", "stemmed with cuttings by mistake", "redrilled"]

TRUCKS = ["HT-01", "HT-03", "HT-05", "HT-07", "HT-09", "HT-11", "HT-14", "HT-16"]
DEST = ["crusher ROM pad", "stockpile 5", "tip 3", "the wash plant", "the weighbridge", "stockpile 20mm"]
SRC = ["loader 1", "loader 2", "loader 3", "EX-1", "bench 2 south"]

CUSTOMERS = ["Smith & Sons Civil", "O'Connell Haulage", "Hendry Construction", "Ngata Civil", "D'Amico Paving", "Müller Bau"]
PRODUCTS = ["20mm blue metal", "10mm washed", "road base DGB20", "washed sand 0/4", "rip-rap 300–600", "crusher dust"]

SIEVES = ["26.5", "19", "13.2", "9.5", "4.75", "2.36", "0.075"]
SAMPLES = ["L-2219", "L-2230", "L-2231", "L-2244", "L-2250", "L-2261"]

AREAS = ["conveyor C4", "the screen deck", "ramp 2", "the fuel bay", "the workshop", "crusher walkway"]
FINDINGS = ["handrail loose", "guard missing", "housekeeping poor", "signage faded", "E-stop not tested", "trip hazard (hoses)"]
RATING = ["low", "medium", "high"]

EQUIP = ["Crusher 1", "Screen 2", "HT-05", "Loader 2", "Conveyor C2", "Pump P3"]
SIGNAL = ["bearing temp", "motor current", "vibration", "oil temp", "belt speed", "power draw"]
UNIT = {"bearing temp": "°C", "motor current": "A", "vibration": "mm/s", "oil temp": "°C", "belt speed": "m/s", "power draw": "kW"}

MON = ["DG-1", "DG-2", "AQ-1", "N2", "SP1 outlet", "R3"]
MEAS = [("PM10", "µg/m³"), ("noise", "dB(A)"), ("turbidity", "NTU"), ("TSS", "mg/L"), ("dust deposition", "g/m²/month")]

PEOPLE = ["Lena", "Tomasz", "Aroha", "Jean-Luc", "Siobhán", "Mohammed", "Bev", "Raj"]
CHAT = ["can you cover my shift on {d}?", "I'll be at the {p} after smoko", "thanks for sorting the {p} yesterday", "are you on the {p} today?"]
DAYS = ["Tuesday", "Saturday", "Sunday night", "the 14th"]
PLACES = ["weighbridge", "crusher", "wash plant", "workshop", "pit"]

QTY = ["40", "120", "200", "450", "600", "1,200"]
DATES = ["Mon 3 Jun", "Wed 5 Jun", "Fri 7 Jun", "Tue 11 Jun"]

SETTING = ["Default site", "Report language", "Export format", "Shift start", "Alert e-mail"]
SETVAL = {"Default site": ["North", "South pit", "Depot 2"], "Report language": ["English", "Deutsch", "Español", "日本語"],
          "Export format": ["CSV (;)", "XLSX", "PDF"], "Shift start": ["06:00", "06:30", "18:00"],
          "Alert e-mail": ["ops@quarry-north.example.com", "lab@quarry-north.example.com"]}


def t_blast(r):
    return "Hole %s on %s: %s" % (r.choice(HOLES), r.choice(BENCH), r.choice(BLAST_ISSUE))


def t_dispatch(r):
    return "%s from %s to %s, ETA %d min" % (r.choice(TRUCKS), r.choice(SRC), r.choice(DEST), r.randint(3, 25))


def t_wb(r):
    g = r.randint(3800, 4500) / 100.0
    t = r.randint(1400, 1600) / 100.0
    return "Ticket %06d — %s, %s: gross %.2f t, tare %.2f t, net %.2f t" % (
        r.randint(4600, 4999), r.choice(CUSTOMERS), r.choice(PRODUCTS), g, t, g - t)


def t_assay(r):
    return "%s: %s mm sieve %d%% passing" % (r.choice(SAMPLES), r.choice(SIEVES), r.randint(1, 100))


def t_safety(r):
    return "Inspection at %s: %s (risk %s)" % (r.choice(AREAS), r.choice(FINDINGS), r.choice(RATING))


def t_tele(r):
    s = r.choice(SIGNAL)
    return "%s %s %.1f %s" % (r.choice(EQUIP), s, r.randint(10, 3000) / 10.0, UNIT[s])


def t_env(r):
    m, u = r.choice(MEAS)
    return "%s at %s: %.1f %s" % (m, r.choice(MON), r.randint(5, 1200) / 10.0, u)


def t_chat(r):
    return "@%s %s" % (r.choice(PEOPLE), r.choice(CHAT).format(d=r.choice(DAYS), p=r.choice(PLACES)))


def t_sales(r):
    return "SO-%d: %s t %s for %s, deliver %s" % (r.randint(10470, 10999), r.choice(QTY), r.choice(PRODUCTS), r.choice(CUSTOMERS), r.choice(DATES))


def t_settings(r):
    k = r.choice(SETTING)
    return "%s: %s (applies from shift %d)" % (k, r.choice(SETVAL[k]), r.randint(1, 60))


TEMPLATES = {
    "blast_log": t_blast, "dispatch": t_dispatch, "weighbridge": t_wb, "assay_gradation": t_assay,
    "safety": t_safety, "telemetry": t_tele, "environmental": t_env, "crew_chat": t_chat,
    "sales_order": t_sales, "settings_import": t_settings,
}
ORDER = ["blast_log", "dispatch", "weighbridge", "assay_gradation", "safety", "telemetry",
         "environmental", "crew_chat", "sales_order", "settings_import"]


def main():
    rows = []
    n = 0
    for cat in ORDER:
        lits = LIT[cat]
        assert len(lits) >= 50, (cat, len(lits))
        assert len(set(lits)) == len(lits), cat
        vals = list(lits[:PER_CAT])
        seen = set(vals)
        while len(vals) < PER_CAT:
            v = TEMPLATES[cat](rng)
            if v not in seen:
                seen.add(v)
                vals.append(v)
        for v in vals:
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": cat, "label": "benign", "value": v})
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "benign.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
