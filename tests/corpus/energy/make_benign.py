"""Benign hard-negative corpus for the energy/utilities theme (held out).

Values are the ordinary text that customers, field crews, grid operators and billing
staff type into a utility's customer portal, field-service app, grid operations log and
billing system: meter readings, tariff/rate-plan questions, outage reports, work and
switching orders, SCADA alarm notes, solar/EV interconnection applications, gas-leak and
safety reports, billing disputes, demand-response notices and multilingual customer
messages.

Every value was written for this corpus: hand-written literals per category, plus small
templates over hand-written pools. No dataset or external list was used.

Output: benign.jsonl next to this file. Deterministic (fixed seed, no set ordering).
"""

import json
import random
from pathlib import Path

SEED = 4501
PREFIX = "hb45"
PER_CATEGORY = 80

# --------------------------------------------------------------------------------------
# Hand-written literals, per category
# --------------------------------------------------------------------------------------

METER_READING = [
    "MTR-88121; 04512 kWh (est.) — customer says actual is 04398, photo attached",
    "Read 2024-03-02: 58213 kWh; prior 57640 => usage 573 kWh / 29 days",
    "Meter # 4471-0092-B; dial reading 3|7|0|9|2 (left to right), pointer between 2 & 3 on the last dial so I wrote 2",
    "Gas meter reads 01873 CCF. The little dial marked 1/2 cu ft is spinning even with the furnace off??",
    "AMI read failed x3 -> manual read req'd. Dog in yard (friendly), gate code #4417",
    "Reading: 12,004.7 kWh del / 3,118.2 kWh rec (net meter, channel 1 & 2)",
    "Water meter 5/8\" x 3/4\", serial WM-209-771; reading 0046120 gal; low-flow indicator ▲ moving",
    "Please don't estimate again -- the meter is INSIDE the garage, I'll leave the side door unlocked Tue 8-12",
    "kWh = (end - start) * multiplier => (40122 - 39870) * 40 = 10,080 kWh. CT ratio 200:5",
    "Demand register reset; max kW 48.6 @ 14:15 on 07/19. Prev. max 51.2",
    "Meter display cycles: 88888888 -> 001 -> 24601 -> 002 -> 00000 -> 003 = 118.4 kW?? what's 003",
    "Self-read via app: 33 017 kWh (photo IMG_4471.jpg). Bill shows 33 710 — typo on your end?",
    "Remote disconnect switch state = CLOSED; voltage 241.6V L1-L2; last comm 03:12 UTC",
    "Customer reading <30210> doesn't match AMR <32010>; digits transposed by customer, used AMR",
    "Meter swap: OLD MTR-55102 final 77340 / NEW MTR-90817 initial 00002. Seal # S-448102",
    "Read shows 0.0 kWh since 5/14 but the house is occupied & the AC is running 24/7",
    "Propane tank gauge @ 35% (tank 500 gal), please schedule a fill before it hits 20%",
    "Interval data gaps: 2024-06-03 00:00–06:45 (27 intervals missing), filled w/ linear est.",
    "Reading taken by tenant in unit 3B; the landlord's meter is the one labeled 'HOUSE' not 'APT 3'",
    "Register 1 (on-peak) 4 512; Register 2 (off-peak) 11 027; Register 3 (super off-peak) 2 090",
    "Meter glass cracked, reading still visible: 6-1-0-4-4. Tagged for replacement, WO pending",
    "Hot water sub-meter: 14.33 m³ → 15.02 m³ (Δ 0.69 m³ in one week, seems high?)",
    "C:\\Readings\\2024\\route_17.csv upload failed — handheld says 'sync error 0x80040154'",
    "Reads from route 17 exported to /mnt/handheld/export/route17_0611.txt, 212 of 214 meters read",
    "Skipped: 1142 Oak Ln (locked gate), 1150 Oak Ln (meter under deck, can't access)",
    "MTR-30019 reverse rotation detected — check for backfeed / wiring swap at the service",
    "Pulse output 1 pulse = 10 gal; logger count 8,812 => 88,120 gal for the billing cycle",
    "The reading on my bill (55201) is higher than what's on the meter right now (55094). How is that possible?",
    "Multiplier changed from 1 to 80 after CT install on 4/2 — please rebill Apr & May",
    "Photo read: '0 4 5 1 2' but the last digit wheel is red, do I include it? (it's on 7)",
    "Meter #E-2210-774 blinking 'Err 05' and the display says -- -- -- --",
    "Reading submitted twice by mistake (04512 and 04521). The correct one is 04512.",
    "Est. read flagged: usage +412% vs. same month last year; verify on next cycle",
    "Dual-fuel account: elec 9,331 kWh | gas 212 therms | water 6 kgal",
    "Net export this month: -218 kWh (generation 1,104 kWh, consumption 886 kWh)",
    "Lecture du compteur : 018 734 kWh, relevé le 3 mars (heures creuses 6 012 / pleines 12 722)",
    "Zählerstand 47 311 kWh am 01.04.; Zählernummer 1ESY1160-5521",
    "Lectura del medidor: 25 417 kWh — el medidor está detrás de la reja, llamen antes de venir",
    "メーター指示数 12345 kWh（3月分）。検針票が届いていません。",
    "CT/PT check: phase A 118.9 V, B 119.3 V, C 0.0 V <-- lost potential on C, meter under-registering",
    "Meter reading 7/1 = 15442; 8/1 = 15442. Zero usage because we were away -- thank you for not estimating!",
    "Gas reading 1873 vs 1837 — I think I swapped the 7 and 3 when I typed it in, sorry",
    "\"Meter not found\" when I type MTR-88121 in the app; does it need the dash or not?",
    "High-bill inquiry: daily kWh from smart meter = 62, 58, 71, 66, 140 (!), 59, 60",
    "Read window 08:00-16:00; access via alley; beware: electric fence on the north side",
    "Load profile export: select the 15-min interval option, then the date range, then 'Download CSV'",
    "Meter base burned, reading unknown. Last good read 3/28: 22190 kWh. Estimate from history pls",
    "Check meter 40-17 reads 112 kWh higher than the revenue meter over 30 days (0.8% diff, within tolerance)",
    "Reading was 04512 (est.) but the real number is 04498, so I'm owed credit for 14 kWh",
    "Route 9 reads:\nMTR-40211 03318\nMTR-40212 11902 (dog!)\nMTR-40213 — no access\nMTR-40214 00871",
    "Historian export job picks up /data/ami/incoming/*.csv every 15 min; today's files are 0 bytes",
]

TARIFF_PLAN = [
    "TOU-D-PRIME: 4pm–9pm peak @ $0.52/kWh; off-peak $0.30; super off-peak (8am-3pm weekdays) $0.24",
    "E-TOU-C: peak 4-9pm every day; baseline credit -$0.09/kWh applies to usage <= baseline allowance",
    "Switch me from Tiered (Tier 1 < 350 kWh, Tier 2 > 350 kWh) to EV2-A please — we just got a Bolt",
    "Rate = fixed $12.00/mo + $0.1187/kWh × kWh + fuel adj. ($0.0231/kWh) + taxes 6.35%",
    "Demand charge: $14.25/kW-mo on max 15-min kW between 12:00 and 18:00, Jun–Sep only",
    "Is the 'Select' plan the same as 'Select Fixed 24'? The website lists both & the prices differ",
    "Schedule GS-2: Customer charge $35.00; Energy 0–10,000 kWh @ 9.871¢; >10,000 kWh @ 8.112¢",
    "Super off-peak = 12am–6am & 10am–2pm (Mar–May only). Everything else = mid-peak unless 4-9pm",
    "Green Power add-on: +$0.015/kWh for 100% RECs, or 50% block = +$0.0075/kWh",
    "Net metering 2.0 vs NBT: export credit drops from ~retail (~$0.30) to avoided cost (~$0.05-$0.08)",
    "Rate comparison for 2023 usage: E-1 = $2,114.36; E-TOU-C = $2,018.77; EV2-A = $1,861.02 (-$253.34)",
    "Please explain the line 'PCIA (Vintage 2019) $-0.00321/kWh' — why is it negative?",
    "Winter: Oct 1–May 31; Summer: Jun 1–Sep 30; holidays treated as off-peak all day",
    "Budget billing = 12-month rolling avg. Current installment $184/mo, true-up in August",
    "Our school district wants Schedule A-10 → B-19 with option R; who do we contact?",
    "Do the time-of-use windows shift with DST? i.e. 4–9 pm 'clock time' or standard time?",
    "Critical peak pricing (CPP): up to 15 event days/yr, 2pm–6pm, $0.90/kWh adder; credit on non-event summer days",
    "Gas rate G-1: baseline 0.69 therms/day (Zone X, winter); procurement $0.87/therm + transport $1.41/therm",
    "Docket No. 24-07-012 — Proposed Decision adopting revised TOU periods (4–9 p.m.) effective 3/1/2025",
    "Tariff sheet 51234-E cancels 50987-E; Advice Letter 7002-E, filed 2024-06-14",
    "Rate Schedule R-TOU-3 (closed to new customers as of 01/01/2024; existing customers grandfathered)",
    "Water tiers: 0–6 HCF $4.12; 7–18 HCF $5.40; 19+ HCF $7.85 (1 HCF = 748 gal)",
    "Fixed charge proposal: $24.15/mo for income > $180k; $5 for CARE/FERA; comments due by 5/30",
    "The plan says 'no demand charge' but my bill has 'Max Demand 7.2 kW x $0.00'. Is that the same thing?",
    "For EV-B the EV sub-meter rate applies only to the charger circuit; the house stays on E-1",
    "Formula: Bill = CustomerCharge + Σ(kWh_period × rate_period) + DemandCharge × max(kW)",
    "Off-peak: 9pm–4pm (i.e., all hours except 4pm–9pm). Peak/off-peak ratio ≈ 1.4:1",
    "What's the difference between 'On-Peak' and 'Peak' in the Time-of-Use plan? They are listed separately.",
    "Under 'Rate Options' the drop-down says 'Select a plan' but nothing loads after I choose EV2",
    "Tarif Bleu option Heures Creuses : HC 22h–6h à 0,2068 €/kWh ; HP 0,2700 €/kWh",
    "Tarifa 2.0TD: punta 10–14h y 18–22h; llano 8–10h, 14–18h, 22–24h; valle 0–8h y fines de semana",
    "Dynamischer Stromtarif: Preis = EPEX Day-Ahead + 12,5 ct/kWh Aufschlag; monatlich kündbar",
    "Rate 'EV-TOU-5' ≠ 'TOU-EV-5'? the first is from the 2022 tariff book, the 2nd from the app",
    "Seasonal rate: (June | July | August | September) → summer; all other months → winter",
    "Minimum bill $10/mo applies if (customer charge + energy) < $10 — is that before or after the solar credit?",
    "The calculator says select 'E-ELEC' but my account shows 'E-TOU-D' & I can't change it online",
    "Large power LP-4: primary voltage discount 3.2%; reactive demand $0.45/kVAr above 0.95 PF",
    "Real-time pricing page /rates/rtp/2024-08-14 shows $0.61 at 18:00 — why so high?",
    "Rider DR-2: $8/kW-month capacity credit for ≥100 kW curtailable load; penalty = 1.5 × credit for non-performance",
    "Standby service charge (Schedule S): reservation = $6.81/kW of contracted standby capacity",
    "Tier 1 ends at 100% of baseline, Tier 2 is 101%–400%, and the High Usage Surcharge kicks in > 400%",
    "TOU-D-4-9PM vs TOU-D-5-8PM: with our pool pump on 10am–2pm the 5–8 plan saves ~$11/mo",
    "The rate 'Residential Service - Heat Pump (RS-HP)' -- does it require a separate meter?",
    "Please update the tariff PDF link; /docs/tariffs/ELEC_SCHEDS_E-TOU-C.pdf returns 404",
    "Application A.24-05-xxx requests +8.4% revenue requirement (2025 test year); exec summary p. 3",
    "Rate review comment: 'The proposed 4–9 pm window penalizes night-shift households; consider 5–8 pm'",
    "Can I stay on the legacy 'Off-Peak 11pm–7am' plan after moving? Same address, new account #",
    "Peak $0.52 - off-peak $0.30 = $0.22 spread × 8 kWh shifted/day × 30 ≈ $52.80/mo savings",
    "Plan summary:\n- Peak (4–9pm): $0.49\n- Off-peak: $0.31\n- Super off-peak (12–6am): $0.19\nFixed: $0.33/day",
    "Our credit union said the autopay discount only works with the flat rate — true for TOU plans too?",
]

OUTAGE_REPORT = [
    "Power out since 6:40pm on Elm & 3rd. Transformer on pole #P-20431 made a loud BANG then sparks",
    "Lights flickering every ~10 min; half the house dead (240V stuff won't run) -- lost a leg?",
    "Tree limb on the lines behind 88 Cedar Ct; wires sagging but NOT down. No outage yet.",
    "Outage map says 'restored' but we are still out!! 14 homes on Birch Rd, nobody has power",
    "ETR keeps changing: 9pm -> 11:30pm -> 2am -> 'assessing'. Medical equipment at home (oxygen concentrator)",
    "Line down across the driveway, sparking in the wet grass. Kids inside. Called 911 too.",
    "Partial outage: lights dim, fridge clicks on/off, microwave shows 'E-3'. Neighbors (same side) same issue",
    "Car hit the pole at Route 9 & Mill St, pole is leaning ~30°, crossarm cracked",
    "We lost power at 2:13 am, came back 2:15 am, then out again at 2:16. Still out.",
    "Streetlight #SL-4471 out for 2 weeks (corner of Pine/Oak), cycling on/off at night",
    "Brownout? Voltage at the outlet reads 98V on my multimeter (should be ~120)",
    "Squirrel got in the transformer I think -- heard a pop & saw a flash, now no power @ 401 N Main",
    "Is the outage on Feeder 1204 related to the substation fire on the news?",
    "Our block (500–599 Lakeview Dr) has been out 3 times this week <-- please investigate",
    "Generator backfeed warning: neighbor is running a portable gen plugged into the dryer outlet!!",
    "Power back but the neutral seems bad: some lights super bright, others dim. Shut the main breaker off.",
    "Service drop ripped off the house by the storm; mast bent. Need reconnect after electrician repairs.",
    "Flooded basement, meter & panel under water. Please disconnect at the pole until safe.",
    "Out since yesterday 5pm. The 'Report outage' page keeps giving an error -> using this contact form instead",
    "¡Sin luz desde las 3 de la tarde! Calle Olivo 214, Col. Centro. Tenemos un bebé y hace mucho calor.",
    "Coupure de courant rue des Lilas depuis 7h ; le disjoncteur général est OK, c'est tout le quartier",
    "Stromausfall seit 18:30 in der Bahnhofstraße 12–20; die Ampel an der Kreuzung ist auch aus",
    "停電しています。3丁目全体。復旧見込みを教えてください。",
    "Outage #OUT-2024-118832 — we were told a crew was dispatched @ 4pm, it's 10pm & no truck seen",
    "PSPS notice says de-energize 6/12 8am; we have a well pump & no generator. What are our options?",
    "The outage text alert said 'Cause: equipment failure; ETR 11:45 PM' then 'Cause: under investigation'",
    "Only the east half of our apartment complex (Bldg C & D) is out; A & B have power",
    "Buzzing from the pad-mount transformer by the mailbox; it's louder than normal & smells hot",
    "Power out -- but I think it's just us. Main breaker is ON. Meter display blank.",
    "Wire hanging low over Hwy 12 near mile marker 41; trucks could hit it",
    "Lights went out when it started raining; it's happened the last 3 storms (same spot, Oak/Main)",
    "Please call before restoring -- my husband is on a ventilator & we're on battery backup (4 hrs left)",
    "Reported the outage via text 'OUT' to 70111, got reply 'Account not found'. Acct # 3300-4471-02",
    "Two poles down on County Rd 5 between the creek & the grain elevator; road is blocked",
    "We lost power & water (well). Elderly parents at 17 Ridge Way; phone 555-0142",
    "Is there a planned outage Saturday? Got a door hanger: 'Planned maintenance 8:00 a.m.–2:00 p.m.'",
    "Power restored at 03:40. Thanks crew! (The guy in the bucket truck at 2am in the rain -- you rock)",
    "Outage for 41 hours now & no update. Food spoiled ($300+). How do I file a claim?",
    "Our street & the next one (Maple/Walnut) are out, but the gas station on the corner has power?",
    "Flash & boom from the substation off Industrial Pkwy at 9:52pm, then the whole area went dark",
    "Half of the street lights are 'day-burning' (on during the day) on Harbor Blvd, 1200 block",
    "Outage report: address = 'Lot 14, Sunny Acres MHP'; there's no street #, sorry",
    "Heard the crew say it's a 'blown fuse on the tap' — fixed in 20 min. Great service!",
    "Power keeps going out for ~1 sec (blinks) several times a day; resets all my clocks & the router",
    "A ~6\" branch is resting on the primary (top wire), smoking when the wind blows",
    "My outage ticket was closed as 'customer equipment' but the problem is clearly at the pole",
    "UPS beeping; we're a clinic (Riverside Family Health); any ETR? Vaccine fridge on battery",
    "Stop sending 'your power is restored' texts at 3 am when it isn't :(",
    "Still no power.\nAddress: 221 Willow Ct\nSince: Sunday ~11pm\nNeighbors on both sides have lights, only our side is dark.",
    "My son with autism can't sleep without his white-noise machine; any update on the ETR for Birch Rd?",
]

SWITCHING_ORDER = [
    "open SW-114 -> close TIE-7 -> verify load on FDR-2203 < 400 A",
    "Step 1: Open CB-12 (remote). Step 2: Rack out CB-12. Step 3: Apply grounds @ bus side; hold tag #HT-8812",
    "WO#884127: replace 25 kVA pole xfmr P-20431, 7.2kV-120/240V; crew: line 4 + bucket 12",
    "Clearance: FDR-1204 from SW-88 to SW-91 dead & grounded; issued to J. Ortiz 07:14; released 15:02",
    "Switching order SO-2024-0331 rev B: change step 7 'close SW-203' to 'close SW-203A' (typo in rev A)",
    "Do NOT close TIE-7 while FDR-2203 is paralleled with FDR-2204 — phase angle > 15°",
    "Job notes: dug 24\" trench, 3\" conduit, pulled 1/0 AL URD; customer's dog escaped; we caught it :)",
    "Material: (3) 10' ground rods, (1) 50 kVA pad-mount, (2) elbows 200A; return unused to yard #2",
    "Fuse change: 15T -> 25K on tap off P-4471; coord. checked w/ upstream recloser R-12",
    "Hot-stick work on 12.47 kV, min approach distance 2'-2\" (phase-to-ground); cover-up on adjacent phases",
    "Crew arrived 14:05; found cutout blown; re-fused & restored 14:32. Cause: squirrel (animal contact)",
    "Locate ticket #2406-1187 required before digging; marks: red = electric, yellow = gas",
    "Switching: 1) Verify SW-114 closed. 2) Open SW-114. 3) Verify dead w/ tester. 4) Tag \"DO NOT OPERATE\"",
    "WO closed: 'Completed per plan; note: secondary neutral corroded, replaced 40' of triplex'",
    "Reroute via alt feed: FDR-3101 (SUB NORTHGATE) pick-up up to 180 A on phase B only",
    "Restoration sequence: close R-12 ⇒ wait 30 s ⇒ close SW-221 ⇒ check amps; if > 600 A, open SW-221",
    "Transformer oil sample taken; DGA: H2 = 142 ppm, C2H2 = 3 ppm; trending up since Q2",
    "Reclose attempts: 3 (lockout). Patrolled 2.1 mi, found a broken insulator @ pole 118; replaced",
    "Tree crew needed: vines on the guy wire at P-3390; 'do not climb' until cleared",
    "Manhole MH-17: gas detector read 0% LEL, O2 20.9%, CO 0 ppm; ventilated 10 min before entry",
    "Regulator bank RB-4 set to 122 V ±1 V band, R=3, X=6; time delay 45 s",
    "Crew note: customer asked if we can 'just move the meter 3 feet left'. Referred to new-service dept.",
    "Parts used: 2x 600A load-break elbow, 1x 3-phase junction, 6x fault indicators (FCI)",
    "WO-22918 dependencies: WO-22911 (pole set) & WO-22914 (anchor) must close first",
    "Pre-job brief: hazards = energized lines, traffic, heat; PPE = FR cat 2, gloves class 2, hard hat",
    "Capacitor bank CB-7 switched ON at 06:00 / OFF at 22:00 (time-clock), 1200 kVAr",
    "Step 5 'Open SW-114' executed 10:42 by R. Kim; step 6 'Close TIE-7' executed 10:44 by R. Kim",
    "Padmount PM-4471 door found unlocked & pried; penta-head bolt missing; secured & reported",
    "Underground fault between PM-210 and PM-214 (TDR shows ~340 ft from PM-210)",
    "Crew: please bring 'the long ladder' & the 36\" hot stick; access is through the back yard",
    "Job cancelled: customer's electrician not done; reschedule 'after inspection passes'",
    "Trabajo completado: cambio de medidor en Av. Juárez 1200; se dejó aviso en la puerta",
    "Work order text: \"Replace meter socket; customer to provide new 200A base (per code)\"",
    "Bucket truck #12 out of service (hydraulic leak); use #14 for WO 884127 & 884131",
    "Switching log: 11:02 open SW-88 | 11:05 open SW-91 | 11:09 ground both | 11:11 clearance issued",
    "If load on TIE-7 > 350 A after transfer, shed non-critical via SW-203 (Cranberry Ln tap)",
    "Crew reported 'insulator flashover'; cause = contamination (salt spray); schedule a wash",
    "Backhoe dug into 3-phase primary @ 200 Industrial Way; contractor had no locate (#NONE)",
    "Temporary service: 100A pedestal for construction trailer; remove by 12/31",
    "Vegetation: trimmed 12 spans along FDR-1204 (mile 3.1–4.4); 2 hazard trees flagged for removal",
    "Equipment ID mismatch: map says SW-114, the tag on the pole says SW-141. Which is correct?",
    "Recloser R-12 settings: min trip 280A ph / 140A gnd; 2 fast + 2 slow; reset 30s",
    "Night work: lane closure on Main St 9pm–5am; flagger x2; arrow board",
    "Primary riser on P-889 rebuilt; new arrester & cutout; crossarm 8' fiberglass",
    "Customer asked the crew to shut off 'just for 5 min' to replace a panel — declined, needs a formal request",
    "Before energizing: megger test > 1000 MΩ on all phases; phasing checked at TIE-7 (A-A, B-B, C-C)",
    "Grounds: installed at P-101 (src side) & P-109 (load side); removal verified & logged",
    "Dispatcher: 'Hold step 9 until SCADA confirms CB-12 open' -- confirmed 13:20",
    "SO-2024-0412\n1. Open SW-88 (verify open, visible break)\n2. Open SW-91\n3. Test dead, apply grounds both sides\n4. Issue clearance to crew 7 (foreman: D. Patel)",
    "Photos saved to ..\\WO884127\\photos on the truck laptop; will upload when back in coverage",
]

SCADA_ALARM = [
    "ALM 14:02:11 SUB-NORTHGATE CB-12 TRIP (51N) -> reclosed 14:02:16 -> LOCKOUT 14:02:40",
    "BUS-2 voltage 13.8 kV → 12.9 kV (−6.5%); LTC at max tap 16R; notify planning",
    "Transformer T1 top-oil temp 95°C > alarm 90°C; fans stage 2 running; load 42 MVA / 50 MVA",
    "RTU-17 comm fail 03:11–03:40 (DNP3 link timeout). Points stale; data quality = 'OLD'",
    "False alarm: 'Battery charger fail' at SUB-ELM; tech found loose terminal TB3-7; cleared",
    "Freq. dipped to 59.82 Hz at 17:41:05 (loss of Unit 3, 410 MW); UFLS did not operate (setpoint 59.3 Hz)",
    "SF6 low-pressure alarm on breaker 52-4; 6.2 bar (alarm 6.0 / lockout 5.8); topped off",
    "Tie-line flow ACE = −142 MW; AGC in 'TLB' mode; reserve sharing requested",
    "Ops log: 02:14 relay 87T operated on T2 (diff) => T2 isolated; inspecting for internal fault",
    "Alarm flood: 312 alarms in 60 s after the storm; suppressed the 'comm fail' class per procedure OP-14",
    "Analog point FDR1204_IA = 612 A > limit 600 A (Hi); returned normal after 4 min",
    "SOE: 52a/b disagreement on CB-7 — status 'travel' for 2.3 s then 'closed'",
    "Relay target: 'A-G 67N Z1 fault loc 3.4 mi' — matches the patrol finding at P-118",
    "Point mapping error: DI 0x0014 (CB-12 open) and 0x0015 (CB-12 closed) swapped in the new RTU config",
    "Shift note: 'Do not ack the T1 hot-spot alarm until the fan contactor is replaced' -- day shift",
    "Solar farm SF-3 curtailed to 40 MW per RC directive @ 11:00; released 15:30",
    "Voltage unbalance 3.1% on FDR-3101 (limit 2%); likely single-phase load growth on phase C",
    "HMI screen 'SUB_NORTHGATE_ONELINE' frozen; restarted the display client, alarms re-synced",
    "Historian query for T1 load: SELECT avg(mw) over 15-min, 06/01–06/30 → peak 47.8 MW on 6/21 17:15",
    "Alarm setpoint change request: TEMP_T1_TOP hi = 90 → 95 °C (per OEM letter, ref #TX-2024-11)",
    "Breaker CB-3 operation counter 9,812 (maintenance due at 10,000 ops)",
    "Gas SCADA: station GS-14 outlet pressure 58 psig (MAOP 60); odorant tank at 22%",
    "Pressure drop 310 → 270 psig in 8 min on line L-200; dispatched tech; no leak found (valve cycling)",
    "Water plant: clearwell level 12.4 ft (low alarm 12.0); high-service pump 2 started automatically",
    "Cyber: unexpected login attempts on HMI-04 from 10.20.4.51 — IT notified (ticket #SEC-7712)",
    "Alarm text truncated on HMI: 'SUB-ELM T2 LTC RUNAW...' (should be 'RUNAWAY'); config field too short",
    "EMS state estimator not converging since 09:12 (bad measurement on line 4-7, MW flow = 0)",
    "Capacitor CB-7 failed to close on command (cmd sent 06:00:01, no status change) -> manual",
    "Load forecast miss: forecast 3,410 MW @ 17:00, actual 3,602 MW (+5.6%); heat index 108°F",
    "Lightning strike logged 16:22 near SUB-ELM; arresters operated; no lockout",
    "Inverter fault codes from PV site: F031 (grid overvoltage) ×14, F044 (ground fault) ×1",
    "Ack'd alarm 'DC GROUND POS' @ SUB-RIVER; 48 V battery pos-to-gnd = 11 V; searching circuits",
    "Relay settings file SUB-ELM_T2_87.rdb uploaded; diff vs. prior: slope 1 25% -> 30%",
    "MDM: VEE rule 'zero consumption > 3 days' flagged 1,204 meters; 97% vacant units",
    "Station service transfer A → B auto at 04:30 (A side UV); return to normal 05:10",
    "ALM 'BKR 52-1 TRIP CKT SUPV' — trip coil monitor open; breaker cannot trip! Blocked close, called relay tech",
    "Thermal imaging: hot spot on FDR-2203 riser jumper, ΔT = 45 °C vs. adjacent phase → priority 2",
    "Ops: at 14:00 'reduce voltage 2.5%' (CVR) initiated for DR event; load response ≈ −38 MW",
    "Wind farm WF-2 ramped from 210 MW → 20 MW in 12 min (front passing), ramp alarm",
    "Status point SUB-OAK CB-4 'indeterminate' (00/11); field confirms breaker closed",
    "SCADA poll rate changed 4 s → 2 s for SUB-NORTHGATE per ops request",
    "Gas odor calls spiked in zone 7 after odorant injection pump P-2 restarted (over-odorization?)",
    "Operator note: please leave 'T1 FAN 2 FAIL' in the alarm list -- fan motor on order (ETA 2 wks)",
    "Dispatch log: 'Trouble man on site SUB-ELM 22:40; found the door alarm was caused by wind; reset'",
    "Transformer T1 LTC ops: 38 in 24 h (norm ~12); check voltage regulation settings",
    "ICCP link to RC down 01:02–01:09; data via backup path; no operational impact",
    "Alarm 'FDR-1204 I>>' (instantaneous) at 08:13:59.412; fault current 4.8 kA, phase B-C",
    "Vendor visit done; ran passwd on the RTU-17 maintenance account & updated the vault entry",
    "23:59 handover:\n- T2 OOS (87T trip, internal inspection Tue)\n- FDR-2203 on alt feed via TIE-7\n- CB-7 cap bank in manual\nAll else normal.",
    "Alarm 'UPS ON BATTERY' at the control center 03:05–03:07 during the generator test; expected, no action",
]

INTERCONNECTION = [
    "Solar PV 7.6 kW DC / 7.0 kW AC; 19 × 400 W modules; inverter SE7600H; battery: none",
    "Battery 13.5 kWh, 5 kW cont.; operating mode 'self-consumption' + backup; non-export",
    "Single-line diagram attached (SLD_rev2.pdf). Main panel 200A bus / 200A main -> derated to 175A for the 120% rule",
    "Level 2 EVSE: 48 A continuous on a 60 A breaker, 6 AWG Cu THHN in 3/4\" EMT, 40 ft run",
    "Load calc: existing 148 A + EV 48 A × 1.25 = 208 A > 200 A service => panel upgrade needed?",
    "PTO still pending after 6 weeks; inspection passed 3/12 (permit #B24-01187). Please advise!",
    "The application form rejects my inverter model 'IQ8PLUS-72-2-US' - says 'invalid characters'",
    "Export limit 10 kW per Rule 21; PCS (power control system) certified to UL 1741 SB",
    "Site address differs from billing address (rental property). Owner authorization letter attached.",
    "Interconnection queue #IC-2024-00417; Fast Track screen 'Penetration > 15%' failed → supplemental review",
    "Array: 2 strings × 10 modules; Voc (cold) = 10 × 49.5 V × 1.12 = 554 V < 600 V max",
    "Is a visible lockable AC disconnect required if the meter is within 10' of the inverter?",
    "DC-coupled vs AC-coupled: we're adding a battery to an existing 2019 system (grandfathered NEM 2.0)",
    "Commercial: 250 kW AC PV carport + 2 × DCFC 150 kW; service 480Y/277V, 1600 A switchgear",
    "Bidirectional charger (V2H) - F-150 Lightning + home integration system; does that need an IA?",
    "Please cancel application #IC-2024-00388 -- duplicate of #IC-2024-00417 (submitted twice by mistake)",
    "Installer: SunBright Solar LLC, lic. #C10-1024478; contact: permits@sunbright.example",
    "Utility comments: 'Provide the inverter datasheet & an updated SLD showing the PV breaker at the opposite end of the bus'",
    "Three-line diagram notes: 'N-G bond at main only; remove bond in sub-panel SP-1'",
    "We want to add 4 more panels (1.6 kW). Is that a 'material modification' requiring a new application?",
    "Meter socket adapter (MSA) in lieu of a supply-side tap — does your utility allow that?",
    "Inverter settings: Volt-Var enabled (Q(V) curve 0.92–1.07 pu), freq-watt droop 5%; profile 'CA Rule 21'",
    "PV-Anlage 9,8 kWp, Wechselrichter 8 kVA, Einspeisung max. 70 % (Nulleinspeisung nicht gewünscht)",
    "Instalación fotovoltaica de 5 kWp con autoconsumo con excedentes acogida a compensación",
    "Panneaux 6 kWc en autoconsommation avec vente du surplus — demande de raccordement n° 2024-78812",
    "EV chargers at the workplace: 8 × Level 2 dual-port (16 ports), load-managed to 80 A total",
    "Load management device 'DCC-12' - does the utility accept it to avoid the service upgrade?",
    "Equipment list: modules 'REC Alpha Pure-R 430'; optimizers 'S440'; inverter 'SE10000H-US'",
    "Our HOA requires panels not visible from the street <-- array moved to the rear roof; updated layout attached",
    "Upload error: 'File type not allowed' for SLD.dwg; is it PDF only? (the .dwg is 3.2 MB)",
    "Fees: $145 application fee paid (conf #PAY-88121-X) — the receipt shows $0.00?",
    "Site plan: meter on east wall; inverter & AC disco within 5 ft; battery in garage (NFPA 855 clearances)",
    "Project: community solar garden 'Sunny Meadows CSG' 1 MWac; subscribers 240; interconnect at FDR-3101",
    "Can we energize the battery in backup-only mode before PTO? (no export, islanded via MID)",
    "Hosting capacity map shows 0.12 MW at our node (FDR-2203 segment 14); our request is 0.5 MW",
    "Question: is 'Nameplate rating' the sum of module STC watts or the inverter AC rating?",
    "Inspection failed: 'Rapid shutdown label missing' & 'conduit not supported within 3 ft of box' — fixed, re-inspect please",
    "EV make-ready program: Level 2 × 20, site host = Lakeside Apartments; rebate est. $72,000",
    "We're adding a 2nd EV (Model Y + Ioniq 5). Two chargers 40 A each w/ power sharing = 40 A total",
    "Net meter install scheduled 5/22 8am–12pm; does someone need to be home? The meter is outside...",
    "Interconnection agreement signed via e-signature; please countersign & issue PTO",
    "Battery will charge from the grid during super off-peak only (12am–6am) & discharge 4–9pm",
    "Legal name on application: 'José & María Hernández-López' — the form strips the accent & the ampersand",
    "Micro-inverter system 24 × IQ8M; AC branch circuits 2 × 20 A; combiner 'IQ Combiner 4C'",
    "Does the 200 A main breaker derate (to 175 A) satisfy 705.12(B)(3)(2)? inspector says 'sum rule' instead",
    "System monitoring URL for utility access: https://monitor.sunbright.example/site/88121 (read-only login sent separately)",
    "Off-grid cabin (no utility service) — do I still need to file anything? Just asking",
    "Existing system 3.2 kW (2012) + new 5 kW; combined 8.2 kW < 10 kW so still 'Level 1'?",
    "Application notes:\nSystem: 11.2 kW DC / 9.6 kW AC\nBattery: 2 × 13.5 kWh, backup gateway\nExport: limited to 7.6 kW\nMain panel upgrade: 200 A → 225 A bus",
    "Our EVSE schedule script starts charging at 00:05 so it never overlaps the 4–9pm peak; is that enough for EV2-A?",
]

SAFETY_REPORT = [
    "Strong rotten-egg smell near the gas meter at 14 Birch Ln; we left the house & called from the neighbor's",
    "Hissing sound at the riser where the gas line enters the house; bubbles when I sprayed soapy water",
    "CO alarm went off at 3am (reading 87 ppm). Furnace shut off, windows open, the fire dept came",
    "Contractor hit a gas line while digging for a fence post — 1/2\" plastic service, blowing gas",
    "Dead vegetation in a strip along the sidewalk; smells faintly like gas after rain",
    "Manhole cover rattling & smoking on 5th Ave near the bus stop -- possible underground fire?",
    "Pole is on fire!! at the top near the transformer, 1200 Harbor Blvd",
    "Kids climbing the fence at the substation on Mill Rd; the gate is unlocked (chain cut?)",
    "Gas smell inside near the water heater only; pilot is lit; I turned the valve to OFF (handle perpendicular)",
    "Downed line touching a metal fence; fence may be energized — keep everyone 35' away",
    "Stray voltage? Our dairy cows get a 'tingle' at the water trough (measured 1.8 V cow contact)",
    "Shock from the kitchen faucet!! Only when the dishwasher runs. Electrician says it's a neutral issue at the service",
    "Meter regulator venting every few minutes (loud 'psst'); smell near the side yard",
    "811 ticket #2406-1187 marks faded after rain; re-mark requested before we dig Tue",
    "Odor of gas in the entire neighborhood (Westwood) since ~6pm; multiple calls? maybe from a tanker?",
    "Incident report: lineman minor burn (1st degree) on forearm; glove rolled down; PPE review scheduled",
    "Near miss: energized conductor touched the boom; no injury; site stand-down 30 min; reported per SP-4",
    "Arc flash label missing on switchgear SG-1 at the plant (480 V, 42 cal/cm² per study)",
    "Near a school: exposed wires in the base of streetlight #SL-0915, cover plate missing",
    "Gas odor in the 'Quick Stop' gas station restroom; the employee says it's the sewer, not natural gas",
    "Carbon monoxide detector chirping every 30 sec; is that low battery or CO? (It says 'End of Life')",
    "Leak survey: grade 2 leak @ 300 Oak St, 40% LEL at curb box, 0% in buildings; recheck in 30 days",
    "Please shut off the gas for our kitchen remodel (range being moved 6'); the plumber will cap the line",
    "Transformer leaking oil onto the sidewalk (brown puddle ~3' wide) at Pine & 9th; PCB?",
    "Our Chihuahua got zapped by the pad-mount box?? the door was ajar, he yelped & ran",
    "Huele a gas en la escalera del edificio (Av. Reforma 55); ya salimos todos",
    "Gasgeruch im Keller, Hauptabsperrhahn zugedreht, Fenster offen, Feuerwehr informiert",
    "Odeur de gaz près du compteur dans la cour ; nous avons évacué & appelé le numéro d'urgence",
    "Crew left an open trench w/o barricade overnight on Sycamore Dr; someone could fall in",
    "Mylar balloon tangled on the line & sparking, it's windy; near 44 Poplar",
    "Hazard: meter base pulled off the wall by ice; wires exposed ~4' above ground by the walkway",
    "How far should I keep my pool from the overhead line? It's about 15' over the deck",
    "Drone inspection of tower 88-14: bird nest on crossarm, droppings on the insulator string",
    "Gas meter buried in a snow drift (3' deep); can't clear it safely, the roof is dripping onto it",
    "Ice storm: limbs cracking, lines galloping on County Rd 5 — please de-energize before something drops",
    "Lockout/tagout violation: tag removed by someone other than the person who placed it (WO 22918)",
    "Neighbor's DIY EV charger: extension cord run from the garage, 'melted' outlet — fire risk??",
    "Gas line marked as 'abandoned' still has pressure (gauge shows 0.25 psig)",
    "JSA: 'Confined space (vault V-12)'; atmospheric test: O2 19.2% <-- below 19.5% — do not enter",
    "Water main break flooding Elm St; the road is buckling & there's a gas main under it",
    "A wire is down in my yard; not sure if it's cable TV or power -- treating it as live, kids & dog inside",
    "Curb valve at 12 Beech is buried under the new driveway; need it raised",
    "Hearing 'crackling' from the line at night when it's humid (corona?) — is it dangerous?",
    "After the storm surge the gas meters on Bay St were underwater; is a relight needed?",
    "OSHA recordable: strain injury lifting a cable reel (crew 7); restricted duty 5 days",
    "The gas smell is outside only, strongest near the storm drain on the corner — please send someone!!",
    "Furnace 'red-tagged' by the technician (cracked heat exchanger); need service restored to the water heater only",
    "Vault lid on the sidewalk at 3rd & Main lifted ~1\" & is warm; smoke smell; pedestrians walking over it",
    "Gas leak report\nWhere: 14 Birch Ln, side yard by the meter\nSmell: strong, since ~7am\nPeople: all out of the house, waiting at the curb",
    "Safety stand-down topic: 'drop zone' under aerial work — nobody inside the cones while the bucket is up",
]

BILLING_DISPUTE = [
    "My bill jumped from $142.17 to $611.40 with the same usage?? Please review acct #3300-4471-02",
    "You charged me twice for June (autopay on 6/14 & 6/15, both $188.03). Refund one please.",
    "Payment plan request: $1,240.55 past due; can I do 6 × $206.76 + current charges?",
    "Late fee ($15.00) applied even though I paid on the due date at 11:58 pm — confirmation #PMT-77120",
    "I moved out 3/31 & stopped service, but I'm billed through 4/22 for the new tenant's usage",
    "The bill says 'Estimated' 4 months in a row; the actual reading today is 04498, you billed to 05200",
    "Dispute: 'Misc. charge — meter tampering $250'. I never touched the meter; the seal was broken by your crew on 5/2",
    "Budget billing true-up of $903?! Nobody told me the monthly amount was too low.",
    "Please apply my LIHEAP pledge ($500, agency ref #LI-24-7712) before the disconnect date 7/18",
    "Disconnect notice received — I'm on medical baseline (form on file). Hold collection please.",
    "Why am I paying a 'Wildfire Fund Charge'? I live in a city, nowhere near a forest",
    "Paid $300 at the pay station (receipt #0041-88213) — not showing on my account after 5 days",
    "Solar true-up shows I owe $412 but my monitoring app says I exported more than I used (net -218 kWh)",
    "Credit card fee $2.35 per payment -- that wasn't there before; can I pay by bank draft for free?",
    "Account is in my late father's name; how do I transfer it to my name without a new deposit ($250)?",
    "Your rep said the deposit ($200) would be refunded after 12 on-time payments. It's been 14.",
    "Bill amount: $0.00 but I got a 'Past Due' letter for $87.19 — which one is correct?",
    "Rebill request: multiplier error (1 vs 80) from Apr–May → I was undercharged; what will I owe?",
    "Total due $218.44 = $187.01 current + $31.43 previous balance. But I paid the $31.43 on 5/30!",
    "Paperless billing: please stop mailing paper bills; I've opted in 3 times (ref #EB-55120)",
    "Factura de $2,310 MXN, normalmente pago $450. ¿Pueden revisar el medidor? No hay fugas.",
    "Facture de régularisation de 684,20 € : je demande un échéancier en 6 mensualités",
    "Rechnung: Abschlag von 89 € auf 142 € erhöht?? Verbrauch ist gleich geblieben (2.900 kWh/Jahr)",
    "请帮我查一下这个月的电费，为什么比上个月多了一倍？户号 3300-4471-02",
    "Commercial acct: demand charge billed on 312 kW but our peak is ~180 kW. Was the CT multiplier wrong?",
    "The 'Tax' line: city utility tax 6% + state 4.75% — but we're a 501(c)(3) (exemption cert #EX-1187 attached)",
    "Returned payment fee $25: bank error on their side (letter attached); please reverse",
    "I'm on a fixed income (SSI) -- can the payment date move from the 5th to the 15th?",
    "Autopay took $1,018.77 from checking; the bill was $101.88 (decimal point moved?!)",
    "Final bill for 22 Oak St sent to the old address; I only saw it when collections called",
    "Charge for 'Service Establishment $45' — we didn't establish anything, we've lived here 12 yrs",
    "Gas bill in July ($96) with 0 therms used? Is that all fixed charges?",
    "Disputed amount: $611.40 - $142.17 = $469.23. I'll pay the undisputed $142.17 now.",
    "Why does my bill say 'Rate: E-1' when I switched to EV2-A on 2/1 (confirmation #RC-88121)?",
    "The common area meter ('HOUSE') is billed to my unit (3B). I shouldn't pay for the hallway lights",
    "Credit balance of -$58.20 on my closed account; please mail a check to my new address",
    "Extension request: can I pay $100 now & the remaining $311.40 by 8/15? (pay day)",
    "Bill shows 33 days in the cycle (5/3–6/5); normally 30; are the extra 3 days why it's higher?",
    "Payment arrangement broken because autopay failed (card expired) -- I updated it, please reinstate",
    "Water bill: leak adjustment request; the plumber fixed a toilet leak 6/10 (invoice attached), usage 4x normal",
    "I don't recognize the charge 'Ln 14: Non-Bypassable Chg (NBC) $7.42'. What is it?",
    "CARE discount (-35%) disappeared from my bill in May; I re-certified in March (conf #CARE-77120)",
    "The online 'Pay Bill' page shows a balance of $-0.01 & won't let me pay $0; am I done?",
    "Please split the bill: 50% to me & 50% to my roommate (2 emails) — is that possible?",
    "Charge for 'Field Collection Visit $20' — nobody came; I was home all day (doorbell cam)",
    "Disputing estimated read: you estimated 1,420 kWh; actual was 612 kWh (photo 04498 on 6/30)",
    "Account # 3300-4471-02 & 3300-4471-03 are both me — combine them into one bill please",
    "Minimum payment to avoid disconnect? Notice says $412.07 by 5pm Friday",
    "Hi,\nI was charged $611.40 for June. My usage was the same as May ($142.17).\nCould someone check the meter multiplier?\nThanks, Dana",
    "Payment came from my credit union checking (routing on file); bank shows it cleared 6/14 but the portal says unpaid",
]

DEMAND_RESPONSE = [
    "DR EVENT: Tue 8/13, 4pm–9pm. Pre-cool to 72°F before 4pm; thermostat offset +4°F during the event",
    "Flex Alert: conserve 4–9 p.m. today; set the AC to 78° or higher, avoid using major appliances",
    "Smart Thermostat program: opt-out this event (elderly parent at home); event ID DR-2024-0814-01",
    "Peak Time Rebate: you earned $7.20 for reducing 9.6 kWh below your baseline ($0.75/kWh)",
    "Event baseline = avg of the highest 3 of the last 10 non-event weekdays (4–9pm)",
    "C&I curtailment: reduce load by ≥ 500 kW within 30 min of notice; performance = baseline - actual",
    "Battery dispatch (VPP): discharge at 5 kW from 5:00–8:00 pm; keep SOC ≥ 20% for backup",
    "EV managed charging: pause charging 4–9pm during events; override available in the app (limit 2/month)",
    "Our baseline looks wrong: event day shows 'baseline 0.0 kWh' for 6–7pm; we're always home then",
    "Notice: 'Day-ahead DR event called for 2024-08-14 16:00–21:00 PDT. Reply STOP to opt out'",
    "Heat pump water heater 'load-up' 1pm–4pm, 'shed' 4pm–9pm via CTA-2045 module",
    "Interruptible tariff I-6: penalty $9/kW if load > firm service level (FSL = 1,200 kW) during an event",
    "Please remove my thermostat from the DR program — it set my house to 85°F while my baby was napping!!",
    "Event summary: 12,400 thermostats enrolled; 9,870 participated; 1,106 opt-outs; est. shed 21.3 MW",
    "Aggregator submission: resource ID AGG-771-DR; 3.2 MW registered; telemetry via API (1-min)",
    "Test event Thursday 2–3pm (no penalty) to verify metering & the curtailment scripts",
    "Pool pump on the 'Summer Saver' switch; it shut off 2–6pm on a 98°F day. Water turning green",
    "Emergency DR (EEA 2): all enrolled C&I customers curtail now until further notice",
    "Event ended early at 7:30pm (grid conditions improved); rebates calculated on 4:00–7:30",
    "Customer text reply: 'NO thanks not today' -- does that count as opt out or do I need to type STOP?",
    "Alerta de Ahorro de Energía: reduzca su consumo de 4 a 9 p.m. — ponga el aire a 78°F",
    "Signal EcoWatt rouge : baissez le chauffage de 1 °C entre 8h et 13h, merci !",
    "Netzengpass-Signal nach §14a EnWG: Wärmepumpe wird 2 h auf 4,2 kW gedimmt",
    "節電要請：本日17時〜20時、エアコンの設定温度を28℃にしてください",
    "Event rebate not credited for 7/24 ($4.80 expected). Program ID PTR-RES; acct 3300-4471-02",
    "Baseline adjustment (same-day, ±20% cap) applied: morning adj. factor 1.14",
    "Thermostat event mode: setpoint = current + 3 (max 85°F); fan = auto; duration 3 h",
    "OpenADR 2.0b VEN registered; signal 'SIMPLE' level 1/2/3 mapped to 10%/25%/50% shed",
    "Fleet depot: 40 e-buses; DR means charging shifted to 11pm–5am; min SOC at pull-out 90%",
    "Why did my car stop charging at 4:00pm sharp? I didn't sign up for any program (I think?)",
    "Water utility DR: the wastewater plant shifts aeration blowers (1.1 MW) off-peak on event days",
    "Please enroll our 3 buildings: 100 Main (250 kW), 120 Main (180 kW), 14 Elm (90 kW) — total 520 kW",
    "Event notice format: [EVENT] {date} {start}-{end} {program} — is there an API for this?",
    "Cold-weather DR (winter peak 6–9am): pre-heat to 70°F at 5am, setback to 66°F",
    "Grid emergency: rotating outages possible 5–9pm; your block is #14 (see the block # on your bill)",
    "Performance report: baseline 842 kW − actual 331 kW = 511 kW curtailed (102% of nomination)",
    "Smart plug program: plugs switch 'OFF' for 15 min of every hour during events (cycling 25%)",
    "How many events per summer? Terms say 'up to 15 events, max 4 hrs each, no more than 3 in a row'",
    "I opted out in the app but the thermostat still went to 82°F — screenshot shows 'Opted-out ✓'",
    "DR settlement dispute: meter data for 8/14 shows 15-min gaps 17:00–17:45; baseline calc invalid",
    "Behavioral DR email: 'Help us out 5-8pm tonight!' — a bit vague; what should we actually do?",
    "Ag pumping program: irrigation pumps (3 × 75 HP) interrupted Mon–Fri 1–7pm; $/HP credit",
    "Event cancel msg: 'DR-2024-0814-01 CANCELLED' received 15:58 after pre-cooling already started :/",
    "Industrial: curtail arc furnace #2 (38 MW) on 10-min notice; interruptible credit per contract §4.2",
    "Data center: shifted 2.4 MW to onsite gensets during the event (Tier 4 units, permit allows 50 h/yr)",
    "Please stop calling @ 6am to announce events; text only (& email is fine)",
    "Thermostat firmware update broke DR participation (shows 'No events'); model T-100, fw 4.2.1",
    "EV fleet: 'charging curtailment 16:00–21:00' except vehicles with SOC < 30% (emergency exemption)",
    "Flex Alert tomorrow 4–9pm.\nBefore 4: pre-cool, run the dishwasher & laundry.\nDuring: AC at 78°F+, lights off, no EV charging.\nThank you!",
    "Our night nurse sleeps 9am–4pm, so the 'pre-cool' step at 2pm wakes her; can the event skip our unit?",
]

CUSTOMER_MESSAGE = [
    "Hi! Moving in 9/1 to 2210 Ridge Way Apt #4 — please start electric & gas service in my name (Dana O'Neil)",
    "Stop service at 14 Birch Ln effective 3/31; final bill to: 88 Cedar Ct, Springfield",
    "Bonjour, je souhaite mettre le contrat au nom de ma fille (Élise Dubois-Martin) à partir du 1er mai.",
    "Hola, ¿pueden enviarme las facturas en español? Gracias — Familia Ramírez Ortega",
    "Guten Tag, bitte Umzug melden: alte Adresse Lindenstraße 4, neue Adresse Kastanienweg 17b (ab 15.06.)",
    "您好，我想把账户的联系电话改成 555-0188。谢谢！",
    "안녕하세요. 전기 요금 자동이체를 신청하고 싶습니다. 계좌 정보는 어디서 입력하나요?",
    "Xin chào, tôi muốn hỏi về chương trình hỗ trợ tiền điện cho người có thu nhập thấp.",
    "Olá! O medidor foi trocado ontem & agora a leitura começa do zero. Isso é normal?",
    "مرحبا، انقطعت الكهرباء عن الشارع منذ ساعتين. متى ستعود؟",
    "Ciao, vorrei sapere se posso passare alla bolletta elettronica (e-mail: l.rossi@mail.example)",
    "Witam, proszę o duplikat faktury za marzec — numer klienta 3300-4471-02.",
    "नमस्ते, मेरा बिल इस महीने बहुत ज़्यादा आया है, कृपया जाँच करें।",
    "Здравствуйте! Как подать заявку на подключение зарядки для электромобиля?",
    "Kumusta po, puwede po bang i-extend ang due date ng bill ko? Salamat po.",
    "שלום, אני רוצה לעדכן את כתובת הדוא\"ל בחשבון",
    "Please update my name: from 'Jane Smith' to 'Jane Smith-O'Brien' (marriage cert attached)",
    "Account holder: Mr. & Mrs. D'Angelo; mailing addr: P.O. Box 441, Route 9 — bills keep going to the street addr",
    "Pls add my husband as an authorized user. His name: Tomás Núñez; DOB on file? (don't want to send it here)",
    "Question re: the 'Paperless + Autopay' discount -> is it $1/mo or $2/mo? the website says both",
    "Can I get my usage data as CSV (Green Button)? The 'Download my data' link loops back to login",
    "I'm a landlord w/ 6 units (A–F). Want vacant-unit service to auto-transfer to me between tenants",
    "Still waiting for a reply to my message from 5/12 (ref #CS-118832) :(",
    "Is 'Customer Choice' available in my area? I got a flyer from 'EnergyPlus' offering 10¢/kWh",
    "We're hard of hearing; please contact us by email/text only (no phone calls) — thank you!",
    "Account security: someone tried to log in to my account from another state; I changed my password",
    "Can't log in: 'Your username or password is incorrect' even after a reset; my username is my email",
    "Seasonal cabin: stop service 10/15, restart 5/1 each year — can this be automatic?",
    "Hi there, what does 'Your account is in a Protected status' mean on my portal? 🤔",
    "Our business name changed: 'Joe's Bar & Grill' → 'Joe's Kitchen & Taproom' (same EIN)",
    "New construction at Lot 22, Sunny Acres: need a temp power pole by 6/1; permit # B24-02217",
    "Hello, I'm writing on behalf of my grandmother (92) who doesn't use email; can bills go to me as a 3rd party?",
    "Merci pour l'intervention rapide d'hier soir ! Le technicien était très professionnel 👍",
    "Gracias por restablecer la luz tan rápido. ¡Excelente servicio!",
    "The portal shows my address as '14 Birch Ln <no unit>' — it should be '14 Birch Ln, Unit B'",
    "Does the utility offer free home energy audits? Our house is from 1952 & the attic has ~2\" of insulation",
    "Trying to update my phone # in the app: '+1 (555) 014-2200' gets rejected; without '+1' it works",
    "Please confirm: my email is 'kim.o'hara@mail.example' — the form keeps saying it's invalid (the apostrophe?)",
    "Re: letter dated 5/2 'Your service will be transferred' — transferred to whom? I didn't request this",
    "Comment for the Commission hearing on the rate case (Docket 24-07-012): I oppose the fixed charge.",
    "Public comment: 'Please keep the 4–9pm window; my family has adapted our routines & our bills went down'",
    "Tenant here — the landlord says electricity is 'included' but the bill is in MY name. Who do I talk to?",
    "Quiero reportar que el medidor de mi vecino está conectado a mi casa (creo). Mi consumo subió mucho.",
    "Bitte senden Sie mir die Jahresabrechnung als PDF, der Link in der E-Mail führt zu einem Fehler (404).",
    "Could you please send the bill to 'c/o Ramirez & Sons LLC, Attn: Accounts Payable, Ste 200'?",
    "Feedback: the new portal is great, but the 'Select account' drop-down is hard to use on mobile",
    "Mi dispiace, ho inserito il numero cliente sbagliato nel modulo precedente; quello giusto è 3300-4471-03",
    "Our company name has a slash in it on the account ('A/C Refrigeration Inc') — is that why autopay failed?",
    "Hello,\nWe are moving out on 6/30.\nPlease stop service at 88 Cedar Ct and send the final bill to:\n1200 Harbor Blvd, Apt 5C\nThank you,\nR. & M. O'Connor",
    "Buenas tardes:\nMi mamá no habla inglés. ¿Pueden llamarla en español al 555-0173?\nGracias de antemano.",
]

LITERALS = {
    "meter-reading": METER_READING,
    "tariff-plan": TARIFF_PLAN,
    "outage-report": OUTAGE_REPORT,
    "switching-order": SWITCHING_ORDER,
    "scada-alarm": SCADA_ALARM,
    "interconnection": INTERCONNECTION,
    "safety-report": SAFETY_REPORT,
    "billing-dispute": BILLING_DISPUTE,
    "demand-response": DEMAND_RESPONSE,
    "customer-message": CUSTOMER_MESSAGE,
}

# --------------------------------------------------------------------------------------
# Small hand-written pools for the templates
# --------------------------------------------------------------------------------------

METERS = ["MTR-88121", "MTR-30019", "MTR-55102", "MTR-90817", "E-2210-774", "MTR-40213",
          "G-4471-0092", "WM-209-771"]
READ_FLAGS = ["(est.)", "(actual)", "(cust. read)", "(AMI)", "(photo)", "(re-read)"]
READ_NOTES = ["gate code #4417", "dog in yard — knock first", "meter behind fence, use the alley",
              "read taken 7:45am", "customer says the bill is 'way off'", "register 2 = off-peak",
              "prev. read was estimated", "access via side door; ring the bell",
              "glass fogged, read with flashlight", "tenant & owner both want a copy"]
STREETS = ["Birch Ln", "Cedar Ct", "Oak St", "Harbor Blvd", "Ridge Way", "Elm St", "Mill Rd",
           "Lakeview Dr", "Pine Ave", "Willow Ct", "Calle Olivo", "Maple St"]
PLANS = ["TOU-D-PRIME", "E-TOU-C", "EV2-A", "TOU-D-4-9PM", "TOU-D-5-8PM", "E-1", "R-TOU-3",
         "GS-2", "EV-B", "RS-HP"]
WINDOWS = ["4pm–9pm", "5pm–8pm", "4–9 p.m.", "2pm–6pm", "12am–6am", "6–9am"]
FEEDERS = ["FDR-1204", "FDR-2203", "FDR-2204", "FDR-3101"]
SWITCHES = ["SW-114", "SW-88", "SW-91", "SW-203", "SW-221", "TIE-7", "R-12", "CB-12"]
SUBS = ["SUB-NORTHGATE", "SUB-ELM", "SUB-RIVER", "SUB-OAK"]
ALARMS = [("CB-12", "TRIP (51N)", "reclosed OK"), ("T1", "TOP OIL HI 92°C", "fans stage 2 on"),
          ("RTU-17", "COMM FAIL", "restored after 6 min"), ("BUS-2", "UNDERVOLT 12.9 kV", "LTC raising"),
          ("CB-7", "FAIL TO CLOSE", "switched to manual"), ("T2", "LTC RUNAWAY", "blocked LTC, tech called"),
          ("52-4", "SF6 LOW", "topped off"), ("BATT", "DC GROUND NEG", "searching circuits")]
INVERTERS = ["SE7600H", "IQ8PLUS-72-2-US", "SE10000H-US", "Primo 8.2", "Sunny Boy 6.0"]
PARTIAL_SYMPTOMS = ["half the outlets dead", "lights dim & AC won't start", "240V appliances off",
                    "lights super bright in one room"]
BILL_REASONS = ["same usage.", "we were on vacation half the month.", "is the meter broken?",
                "estimated read again!", "nothing changed at home."]
DR_WINDOWS = ["4pm–9pm", "5pm–8pm", "4–9pm", "2pm–6pm", "6–9am", "5–9pm"]
HAZARDS = ["Gas smell", "Hissing at the meter", "Wire down", "Sparking pole", "Smoking manhole",
           "Leaning pole", "Open pad-mount door", "Tree on the line"]
HAZARD_ACTIONS = ["we left the house & are waiting outside", "kept everyone back 35'",
                  "called 911 as well", "please send someone ASAP!!", "no one hurt, road partly blocked",
                  "kids & pets inside, staying away from the windows"]
GREETINGS = [
    ("en", "Hi, please {verb} service at {addr} starting {date_us}. Thanks!"),
    ("es", "Hola, quiero {verb_es} el servicio en {addr} a partir del {date}. ¡Gracias!"),
    ("fr", "Bonjour, je voudrais {verb_fr} le service au {addr} à partir du {date}. Merci !"),
    ("de", "Hallo, bitte den Anschluss in {addr} ab dem {date} {verb_de}. Danke!"),
    ("pt", "Olá, preciso {verb_pt} o serviço em {addr} a partir de {date}. Obrigado!"),
]
VERBS = [("start", "iniciar", "ouvrir", "anmelden", "ligar"),
         ("stop", "cancelar", "résilier", "abmelden", "desligar"),
         ("transfer", "transferir", "transférer", "ummelden", "transferir")]


def _money(rng, lo, hi):
    return f"${rng.randint(lo * 100, hi * 100) / 100:,.2f}"


def t_meter(rng):
    m = rng.choice(METERS)
    r = rng.randint(120, 99000)
    form = rng.randint(0, 2)
    if form == 0:
        return f"{m}; {r:05d} kWh {rng.choice(READ_FLAGS)} — {rng.choice(READ_NOTES)}"
    if form == 1:
        d = rng.randint(180, 1900)
        return f"Read {rng.randint(1, 12)}/{rng.randint(1, 28)}: {r + d} kWh; prior {r} => usage {d} kWh / {rng.randint(28, 33)} days"
    return f"Meter {m} reads {r:05d}, not {r + rng.randint(100, 900):05d} like the bill says ({rng.choice(READ_NOTES)})"


def t_tariff(rng):
    p, q = rng.sample(PLANS, 2)
    form = rng.randint(0, 2)
    peak = rng.randint(38, 62) / 100
    off = rng.randint(18, 34) / 100
    if form == 0:
        return f"{p}: {rng.choice(WINDOWS)} peak @ ${peak:.2f}/kWh; off-peak ${off:.2f}; fixed ${rng.randint(5, 15)}.00/mo"
    if form == 1:
        return f"Is {p} cheaper than {q} if we charge the EV {rng.choice(['overnight', 'midday', 'after 9pm', 'on weekends'])}? ~{rng.randint(200, 700)} kWh/mo"
    return f"Switch my plan from {p} to {q} effective next cycle — peak is {rng.choice(WINDOWS)} on {q}, right?"


def t_outage(rng):
    addr = f"{rng.randint(10, 2400)} {rng.choice(STREETS)}"
    form = rng.randint(0, 2)
    if form == 0:
        return f"Power out at {addr} since {rng.randint(1, 12)}:{rng.choice(['05', '20', '40', '55'])}{rng.choice(['am', 'pm'])}; {rng.choice(['whole block dark', 'just our side of the street', 'heard a loud pop first', 'lights flickered then died'])}"
    if form == 1:
        return f"Outage #OUT-2024-{rng.randint(100000, 199999)} — still out @ {addr}, ETR said {rng.randint(7, 11)}pm & it's past that"
    symptom = rng.choice(PARTIAL_SYMPTOMS)
    return f"Partial power at {addr}: {symptom} -- possible lost leg/neutral?"


def t_switching(rng):
    a, b = rng.sample(SWITCHES, 2)
    f = rng.choice(FEEDERS)
    form = rng.randint(0, 2)
    if form == 0:
        return f"open {a} -> close {b} -> verify load on {f} < {rng.randint(20, 60) * 10} A"
    if form == 1:
        return f"WO#{rng.randint(880000, 889999)}: replace {rng.choice(['25', '50', '75'])} kVA xfmr P-{rng.randint(1000, 29999)}; crew {rng.randint(1, 12)}; {rng.choice(['bucket 12', 'digger 3', 'bucket 14'])}"
    return f"Clearance on {f} from {a} to {b}: dead & grounded, issued {rng.randint(6, 11):02d}:{rng.randint(0, 59):02d}, released {rng.randint(13, 18):02d}:{rng.randint(0, 59):02d}"


def t_scada(rng):
    dev, alm, act = rng.choice(ALARMS)
    sub = rng.choice(SUBS)
    return f"ALM {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} {sub} {dev} {alm} -> {act}"


def t_interconnection(rng):
    n = rng.randint(10, 40)
    w = rng.choice([370, 400, 410, 430, 445])
    dc = n * w / 1000
    ac = round(dc * rng.choice([0.8, 0.85, 0.9]), 1)
    bat = rng.choice(["none", "13.5 kWh", "10 kWh (AC-coupled)", "2 × 13.5 kWh"])
    return f"Solar PV {dc:.2f} kW DC / {ac} kW AC; {n} × {w} W modules; inverter {rng.choice(INVERTERS)}; battery: {bat}"


def t_safety(rng):
    addr = f"{rng.randint(10, 2400)} {rng.choice(STREETS)}"
    return f"{rng.choice(HAZARDS)} at {addr} — {rng.choice(HAZARD_ACTIONS)}"


def t_billing(rng):
    a = rng.randint(60, 250)
    b = a * rng.randint(2, 5) + rng.randint(0, 99)
    acct = f"3300-{rng.randint(1000, 9999)}-{rng.randint(1, 9):02d}"
    form = rng.randint(0, 1)
    if form == 0:
        return f"Bill went from ${a}.{rng.randint(10, 99)} to ${b}.{rng.randint(10, 99)} — {rng.choice(BILL_REASONS)} Acct #{acct}"
    n = rng.choice([3, 4, 6, 10, 12])
    return f"Payment plan please: {_money(rng, 300, 2500)} past due, {n} monthly installments + current charges (acct {acct})"


def t_dr(rng):
    days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    return (f"DR EVENT: {rng.choice(days)} {rng.randint(6, 9)}/{rng.randint(1, 30)}, {rng.choice(DR_WINDOWS)}. "
            f"{rng.choice(['Pre-cool to 72°F before the start', 'Thermostat offset +3°F', 'EV charging paused', 'Battery discharges at 5 kW', 'Pool pump cycled off'])}; "
            f"{rng.choice(['opt out in the app', 'reply STOP to opt out', 'rebate $0.75/kWh below baseline', 'no penalty for opting out'])}")


def t_customer(rng):
    _, tmpl = rng.choice(GREETINGS)
    v = rng.choice(VERBS)
    addr = f"{rng.randint(2, 980)} {rng.choice(STREETS)}"
    day, month = rng.randint(1, 28), rng.randint(1, 12)
    return tmpl.format(verb=v[0], verb_es=v[1], verb_fr=v[2], verb_de=v[3], verb_pt=v[4], addr=addr,
                       date=f"{day}/{month}", date_us=f"{month}/{day}")


TEMPLATES = {
    "meter-reading": t_meter,
    "tariff-plan": t_tariff,
    "outage-report": t_outage,
    "switching-order": t_switching,
    "scada-alarm": t_scada,
    "interconnection": t_interconnection,
    "safety-report": t_safety,
    "billing-dispute": t_billing,
    "demand-response": t_dr,
    "customer-message": t_customer,
}


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    literal_total = 0
    counts = {}
    for category, literals in LITERALS.items():
        values = []
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {category}: {v!r}")
            seen.add(v)
            values.append(v)
        literal_total += len(values)
        tmpl = TEMPLATES[category]
        tries = 0
        while len(values) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template for {category} cannot fill {PER_CATEGORY}")
            v = tmpl(rng)
            if v in seen:
                continue
            seen.add(v)
            values.append(v)
        counts[category] = (len(values), len(literals))
        for v in values:
            rows.append({"category": category, "label": "benign", "value": v})

    out = []
    for i, row in enumerate(rows, 1):
        v = row["value"]
        assert isinstance(v, str) and v and len(v) <= 1800, v
        out.append({"id": f"{PREFIX}-{i:05d}", "category": row["category"], "label": "benign", "value": v})

    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    for category, (n, lit) in counts.items():
        print(f"{category:18s} {n:4d}  literals {lit:3d} ({100 * lit / n:.0f}%)")
    print(f"total {len(out)}  literals {literal_total}  -> {path.name}")


if __name__ == "__main__":
    main()
