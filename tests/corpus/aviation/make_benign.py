"""Held-out BENIGN corpus: aviation text (MRO, flight ops, crew scheduling, passenger service).

Every value below was written by hand for this corpus, or is produced by a small template
over hand-written pools. Nothing is taken from a dataset, vendor documentation or a public
payload list. The values are hard negatives: ordinary text that mechanics, dispatchers,
pilots, schedulers and agents type into notes, search boxes, remarks and descriptions,
full of quotes, slashes, dots, dashes, ampersands, comparison signs, paths and words that
look like SQL or shell keywords in perfectly innocent context.

Output: benign.jsonl next to this file. Deterministic (fixed seed, no set ordering).
"""

import json
import random
from pathlib import Path

SEED = 4901
PREFIX = "hb49"
PER_CATEGORY = 80

# --------------------------------------------------------------------------------------
# Shared hand-written pools
# --------------------------------------------------------------------------------------

REGS = [
    "N512UA", "N37263", "N8706Q", "N771AN", "N14120", "N904DL", "C-FKWS", "C-GJZX",
    "G-EUUA", "G-XLEB", "D-AIZB", "D-ABYT", "F-HBXA", "F-GRHQ", "EI-DYL", "VH-OQA",
    "JA614J", "JA8089", "9V-SMF", "HL8001", "PR-GUK", "XA-VOB", "TC-JJU", "A6-EDA",
    "B-30EF", "SP-LRA", "OE-LBN", "HB-JCL", "LN-NGB", "EC-MXV",
]
STATIONS = [
    "KSFO", "KORD", "KDEN", "KEWR", "KIAH", "KLAX", "KSEA", "KBOS", "KJFK", "KATL",
    "CYYZ", "EGLL", "EDDF", "LFPG", "EHAM", "LEMD", "LIRF", "RJTT", "RKSI", "ZBAA",
    "YSSY", "SBGR", "MMMX", "OMDB", "LTFM", "EPWA", "LOWW", "LSZH", "ENGM", "PHNL",
]
IATA = [
    "SFO", "ORD", "DEN", "EWR", "IAH", "LAX", "SEA", "BOS", "JFK", "ATL", "YYZ", "LHR",
    "FRA", "CDG", "AMS", "MAD", "FCO", "HND", "ICN", "PEK", "SYD", "GRU", "MEX", "DXB",
    "IST", "WAW", "VIE", "ZRH", "OSL", "HNL",
]
SURNAMES = [
    "O'NEILL", "D'AGOSTINO", "MUELLER", "NGUYEN", "GARCIA", "KOWALSKI", "TANAKA",
    "O'BRIEN", "SCHÄFER", "NÚÑEZ", "LEFÈVRE", "PATEL", "OKAFOR", "LINDQVIST", "MCALLISTER",
    "DOS SANTOS", "VAN DER BERG", "SMITH-JONES", "KIM", "AL-HASHIMI",
]

# --------------------------------------------------------------------------------------
# 1. mx_log: maintenance log discrepancies and corrective actions
# --------------------------------------------------------------------------------------

MX_LOG = [
    "DISCREPANCY: #2 ENG oil qty indication fluctuates 14-18 qts in cruise.\nCORRECTIVE ACTION: Reseated connector D1042P at oil qty xmtr; ops check good IAW AMM 79-31-00. No leaks noted.",
    "L/H main gear outbd tire worn to limits; replaced tire/wheel assy P/N 3-1594 IAW AMM 32-45-11. Torqued axle nut 150 ft-lb, backed off & retorqued to 50 ft-lb. Ops ck good.",
    "Pilot reports 'AUTO BRAKE' amber caution on landing rollout KDEN rwy 16R. Ran BITE on BSCU -- fault code 32-42-17 (brake temp sensor #3). Replaced sensor; BITE pass.",
    "Bird strike reported on approach. Inspected radome, L/E slats, eng #1 & #2 inlets and fan blades - no damage found. Blood residue cleaned from radome. Ref AMM 05-51-14.",
    "APU won't start on ground, ECAM 'APU AUTO SHUT DOWN'. Troubleshot per TSM 49-00-00-810-801; replaced starter-generator. 3 consecutive starts good, EGT < 650°C.",
    "Cabin reports seat 23C recline inop. Adjusted recline cable at actuator, now ok. 14F tray table latch broken -> replaced latch, tray stows & locks.",
    "Found hydraulic fluid weeping from B-system EDP case drain filter housing. Replaced O-ring MS29513-224, leak check at 3000 psi for 5 min: NIL leaks.",
    "Brake wear pins #1 & #2 < 1/4\" (limit is flush). Replaced both brake assemblies. Bled brakes IAW AMM 32-42-41; pedal firm.",
    "Lav 'D' smoke detector chirping intermittently; cleaned sensing chamber w/ dry N2, self test OK. If repeats, replace detector (P/N in IPC 26-17-01 fig 1).",
    "Windshield #1 (L/H) delam at lower corner approx 1.5\" x 0.75\" -- within limits per SRM 56-11-00 fig 201, no action req'd. Re-inspect next A-check.",
    "Pitot-static leak check after probe replacement: 1000 ft/min rate, lost 45 ft in 1 min (limit 100 ft/min). Test set S/N 7731. SAT.",
    "Crew writeup: \"smell of dirty socks in cabin after pack start\". Pack 1 & 2 recirc filters replaced; ran packs 20 min on ground, odor gone. Ref AMM 21-26-00.",
    "Engine #1 borescope per EO 72-0044 (HPT stage 1 blades): minor TBC loss on 3 blades, all within limits. Next insp 250 cycles. Images saved to \\\\mro-fs01\\borescope\\N512UA\\2024-03\\",
    "ELT battery exp 03/2024 -> replaced battery pack, new exp 03/2029. Registered 406 MHz beacon hex ID unchanged. Tested via 'self test' -- good.",
    "Nose gear steering 'hunts' slightly at taxi speeds > 15 kts. Checked rigging & feedback cable tension - adjusted to 45 lbs. Ops check on taxi, no further issue.",
    "Oxygen crew bottle pressure 1,420 psi @ 21°C (min dispatch per chart 1,550 psi). Serviced to 1,850 psi. Leak check good.",
    "Replaced FMC #2 (P/N 4081630-908) after 'FMC 2 FAIL' on preflight. Loaded nav database cycle 2403 and OPC; cross-load from FMC 1 verified.",
    "Aft cargo door 'DOOR' light remains on after closing. Adjusted proximity sensor gap 0.030\"–0.050\" -> now 0.040\". Light out. Door cycled 5x ok.",
    "Dent found on L/H wing leading edge, slat #3 outbd, 0.8\" dia x 0.04\" deep. Within SRM 57-31-00 allowable dent chart. Recorded on dent & buckle map.",
    "Galley 2 oven #3 trips CB on preheat. Swapped oven w/ #4 position -> fault follows oven. Removed oven, tagged U/S, position placarded INOP.",
    "Cabin PA 'chimes' volume too low in aft section. Adjusted PA amp gain +3 dB at aft attendant panel; checked with FA - acceptable.",
    "Fuel imbalance 800 lb L>R noted in cruise. Checked fuel qty indicating on ground vs dripstick: L tank 8,120 lb (dripstick 8,090); R tank 7,330 lb. Indication normal; likely crossfeed valve slow. Ops check valve -- opens in 2 sec.",
    "Found loose Hi-Lok on aft pressure bulkhead web at STA 1016 -- replaced per SRM 51-40-02; NDT (eddy current) no cracks.",
    "Write-up: 'FO side window fogging, can't see out on descent'. Window heat controller #2 BITE shows 'SENSOR OPEN'. Replaced window heat sensor lead at terminal block TB12.",
    "Wheel well fire detector loop B 'FAULT'. Cleaned & dried connector D3318 (moisture ingress). Fault cleared, detection test pass on both loops.",
    "A-check card 05-100-01: lubricated MLG side brace, torque links, and door hinges (grease BMS 3-33). Zerk at upper torque link clogged -- replaced fitting.",
    "Cabin temp zone 2 runs hot (~29°C) regardless of selector. Replaced zone 2 temp sensor; duct temp now follows selector. Ops check on ground with APU bleed.",
    "IFE server reboot loop; loaded software v4.2.1 from USB, verified checksum. All 180 seat monitors showing menu. Logged in IFE tracker #IFE-2209.",
    "Reported 'thump' on gear retraction at KORD. Inspected MLG uplocks, actuator attach points and wheel well -- found R/H uplock roller flat-spotted. Replaced roller assy.",
    "Static wick missing on R/H aileron trailing edge (1 of 3). MEL allows up to 2 missing per CDL 23-2 but replaced anyway from stock.",
    "Engine #2 oil consumption trend 0.4 qt/hr over last 10 flights (limit 0.5). Reviewed chip detector - clean. Continue monitoring; next check in 20 hrs.",
    "Performed engine wash (hot section water wash) eng #1 & #2 per AMM 72-00-00-100-801. Dry motor 2 min each, ran at idle 5 min. EGT margin improved ~6°C.",
    "\"COMPTR\" msg on EICAS after landing -> EEC channel B fault. Swapped channels, fault stayed with B. Replaced EEC harness connector J9; pass.",
    "Flight deck door keypad not accepting code. Reset keypad power (CB C-32), re-entered access code via maintenance mode. Door ops check normal.",
    "Removed & replaced #1 VHF antenna (cracked at base). Sealed with PR-1422 B2, bonding check 2.1 mΩ (limit < 2.5 mΩ). VHF 1 comm check with ramp good.",
    "Stabilizer trim runaway checks (annual) completed per task 27-41-00-720-801. Cutout switches function normally, times within 1.0–1.4 sec.",
    "FA reports 'water coming out of the ceiling at row 31' on descent. Found drain mast heater inop causing frozen drain -> condensate backflow. Replaced heater; drain flows normally.",
    "Found #3 fan blade with small nick 0.02\" on L/E at 60% span. Blended per AMM 72-21-00 (max blend 0.25\"). FPI done, no cracks. Blade pair weight OK.",
    "Deep cleaned flight deck, replaced cracked glareshield panel light lens. Also found sunvisor spring weak - tightened pivot.",
    "Cargo fire bottle #1 weight 25.6 lb (min 24.5) - OK. Squib test 'good'. Next weight check due 2024-09-01.",
    "Taxi light L/H burned out; replaced lamp (LED type, P/N 2-4520-11). Also landing light R/H lens cleaned -- bugs.",
    "Per EO 2024-017, installed modification 'Wi-Fi antenna doubler' at STA 740–760. Inspected sealant cure. Record updated in AMOS, WO 883421.",
    "Pilot writeup: \"ALT ALERT horn sounds 200 ft early\". Checked ALT ALERT settings in FCC config -- set to 900/300 ft per company option. No fault. Informed crew of config.",
    "RVSM check after #2 ADC replacement: both altimeters within 35 ft at FL330 on post-maintenance flight. RVSM status restored; MEL cleared.",
    "MLG shock strut (R/H) extension 2.6\" at 139,500 lb GW -> low. Serviced with N2 to chart value 3.4\". Will recheck after 10 cycles for slow leak.",
    "Lost the work card for task 32-11-03 on the night shift -- re-created from AMOS and re-signed after re-inspection. Lead: P. O'Reilly.",
    "Wing-to-body fairing panel 193CL fastener missing (1 ea). Installed new fastener; counted all others - ok. Added to FOD report #F-4471.",
    "EGPWS 'TERRAIN' warning spurious on approach to PHNL. Downloaded fault history, found terrain database v.488 stale -> loaded 491. Re-tested via self test.",
    "Engine #2 eval run after EEC change: idle, 70% N1 & T/O power 30 sec each; vibration < 1.2 units, no exceedances. Data in /mnt/qar/N37263/2024-03-14_run.csv",
    "Photos of the corrosion on the lower skin at BS 540 uploaded to https://mro-portal.intranet.example/wo/883421/attachments -- see img_0412 & img_0413.",
    "Wiring diagram pages are in ../WDM/24-22-11/ next to the AMM folder on the share; the relative link in the task card is broken, opens nothing.",
]

MX_FINDINGS = [
    "chafed wire bundle", "cracked clamp", "loose connector", "corroded ground stud",
    "missing cotter pin", "worn bushing", "torn seal", "weeping fitting", "frayed cable",
    "delaminated panel", "stripped nutplate", "broken safety wire",
]
MX_AREAS = [
    ("main wheel well", "32"), ("E/E bay", "24"), ("aft cargo", "25"), ("wing-to-body fairing", "53"),
    ("APU compartment", "49"), ("nose gear bay", "32"), ("L/H engine pylon", "54"),
    ("forward lav", "38"), ("flight deck overhead panel", "31"), ("R/H aileron", "27"),
]
MX_ACTIONS = [
    "replaced", "repaired & secured", "cleaned & treated w/ CIC", "re-safetied",
    "adjusted", "re-torqued", "sleeved & re-clamped",
]


def tpl_mx_log(rng):
    reg = rng.choice(REGS)
    finding = rng.choice(MX_FINDINGS)
    area, ata = rng.choice(MX_AREAS)
    action = rng.choice(MX_ACTIONS)
    sub = rng.randint(10, 60)
    wo = rng.randint(700000, 999999)
    return (f"{reg} WO {wo}: found {finding} in {area}; {action} IAW AMM {ata}-{sub:02d}-00. "
            f"Ops/leak check good & area FOD-free.")


# --------------------------------------------------------------------------------------
# 2. mel_deferral: MEL / CDL / NEF deferrals and extensions
# --------------------------------------------------------------------------------------

MEL = [
    "MEL 34-11-01 CAT C; INOP",
    "MEL 34-11-01 CAT C; #1 ADC INOP. Placard installed on ADC source select. (M) procedure complete; (O) procedure: fly w/ ADC 2 selected. Exp 15MAR 2359Z.",
    "MEL 21-51-01 CAT C - PACK 2 INOP. (O) Max FL310 (M) pack valve secured closed & placarded. Dispatch w/ APU bleed avail for ground only.",
    "CDL 52-3: access panel 192BR missing. Perf penalty: 30 kg on takeoff weight, +0.5% fuel burn. Placard 'PANEL MISSING' on overhead.",
    "NEF item 25-12: lav 'A' mirror cracked. Tape applied, no ops restriction. Repair at next layover with >4 hrs ground time.",
    "MEL 49-11-01 APU INOP CAT C. Ground air/GPU required at outstations -- SEE dispatch release remarks. Ops: no APU bleed for engine start => cross-bleed start procedure.",
    "Extension request for MEL 30-21-01 (wing anti-ice valve #2) -- parts ETA 2 days. DOM approved 1x extension per MEL preamble; FAA CMO notified via email 03/14.",
    "MEL 23-11-01 HF #2 INOP: dispatch OK for domestic; NOT for NAT/oceanic routes requiring two long-range comms. Dispatcher please re-route if going EWR-LHR.",
    "Deferred 33-42-02 -- R/H logo light INOP, CAT D (120 days). Daytime ops unaffected.",
    "Cleared MEL 28-41-03 (fuel qty indication center tank). Replaced densitometer; indication matches dripstick ±50 lb.",
    "MEL 32-42-01 anti-skid #4 deactivated: (O) landing distance factor 1.25, max crosswind 15 kts, no autobrake. Check perf in OPT before each leg!",
    "Deferral 25-21-04 (seat 14F tray table) closed -- replaced latch. Removed INOP placard. Row 14 fully serviceable.",
    "CAT A item 22-11-02 (autopilot #2 disengage warning): restricted to 3 flight days; expires 17MAR 1430Z. Do not extend - no extension allowed for CAT A!",
    "MEL 36-11-05 (bleed air overheat detection eng 2) -- (M) requires bleed valve locked closed; crew: use APU bleed <= FL170 for engine 2 side.",
    "Deferred per MEL 35-21-01: PBE #3 missing seal. Replaced from stock and cleared -> no actual deferral needed, voiding entry #44871.",
    "MEL 31-61-01 CAT C - EFIS DU #5 (lower center) blank. (O) Use MFD on captain side for systems pages. Placard on DU.",
    "Please note: deferral 21-31-02 'cabin pressure controller auto 1' has been open 9 days, max interval 10 days (CAT C) -- needs to be cleared by tomorrow 23:59 local or the a/c is grounded.",
    "Placarded 'INOP' on #4 cabin reading light row 22. No MEL reference needed (cabin convenience item, NEF list 33-3). Fix when able.",
    "MEL 26-15-01: lav smoke detector aft lav INOP -- (O) lav must be locked & placarded 'DO NOT USE'; FA informed. 9 hrs to expiry.",
    "CDL item 27-10: flap track fairing tip cap missing #6 -- weight penalty 20 kg, fuel +0.1%. Make sure LIDO gets the penalty or W&B will be off.",
    "MEL 34-43-01 WX RADAR INOP CAT C: (O) not for dispatch into areas of forecast or reported thunderstorms. Dispatch pls check SIGMET for TS along route before release.",
    "Deferral entered in error (wrong tail). Correct tail is N37263 not N37273. Void & re-enter, sorry.",
    "MEL 29-11-02 B-system EMDP INOP. (M) pump CB pulled & collared; (O) B-system from EDP only; expect slower flap/gear ops. CAT B = 3 days.",
    "Question: does MEL 33-51-01 (emergency exit lights) allow dispatch with 1 of 10 floor proximity strips dark? Per the MEL '(M) Check remaining...' -- yes if < 10% and not adjacent to exit.",
    "MEL 44-21-01 -- IFE partial (rows 30-35). No ops restriction; Customer Service to offer vouchers. Not safety item.",
    "Deferral 30-71-01 drain mast heater fwd INOP: (O) avoid known icing with OAT below 0°C for more than 10 min? -- no, restriction is ground ops only. Read the MEL remark again.",
    "MEL 35-11-03 crew O2 mask FO side flow indicator stuck. CAT C. Swapped mask with the jumpseat mask -> deferral on jumpseat instead; jumpseat not to be occupied.",
    "Closed deferrals this week: 34-11-01, 21-51-01, 49-11-01 (x2), 25-21-04. Open: 23-11-01 (HF2) & 33-42-02 (logo light).",
    "MEL 22-21-01 yaw damper INOP CAT C: (O) max FL250?? -- check: our MEL says max FL250 only with both YD inop; single YD inop no altitude restriction.",
    "MEL 24-22-01 IDG #2 disconnected. (O) APU gen must be operative and running for flight -> dispatch as 'APU required'. ETOPS not permitted.",
    "DDPG ref 32-61-01 & MEL 32-61-01 (landing gear position indicating, alternate) -- our revision 47 of the MEL replaced 'alternate' with 'standby'. Update placard wording.",
    "Airworthiness: aircraft grounded -- MEL 27-51-01 (flap asymmetry protection) has no relief in our MMEL for this config. AOG parts order placed.",
    "Deferral #D-24-0881: 'Aft galley coffee maker #2 leaks'. Secured water supply valve, CB pulled & tagged. NEF 25-30 -> 30 days.",
    "MEL 26-12-01 cargo fire detection loop A fwd hold INOP -> (O) no cargo in fwd hold except crew bags <= 50 kg? No! Check again: MEL requires fwd hold EMPTY. Load control informed.",
    "Rectification interval check: MEL item 21-33-01 CAT C entered 12MAR 0800Z -> expires 22MAR 0759Z (10 calendar days, excluding day of discovery).",
    "MEL 23-31-01 PA INOP -- can't dispatch w/ pax (minimum one). We have the handset-to-handset interphone only. Maint en route, ETA 20 min.",
    "Placed on MEL 30-41-01 'windshield heat #2' CAT C -- (O) avoid icing > 'light', reduce speed to 250 KIAS below 10,000 ft.",
    "MEL 38-31-02 lav 'E' vacuum waste INOP; placard lav closed. Pax count limit per MEL remarks: > 150 pax requires at least 3 lavs -> we have 4 remaining, ok.",
    "Pilots: reminder that (O) procedures for MEL 34-53-01 (ATC transponder #2) include 'select XPDR 1' AND notify ATC if RVSM airspace... read the whole item.",
    "MEL 36-11-01 CAT C: engine bleed #1 INOP. Single bleed ops; max altitude FL350. Pack 1 operates from crossbleed. Fuel penalty ~1%.",
    "Deferral extension #2 rejected by QA -- only one extension allowed; item must be rectified before next departure from KDEN (main base).",
    "Nav database expired (cycle 2402) -> MEL 34-61-02 CAT C permits dispatch if crew verifies waypoints/navaids vs current charts. Load 2403 at next stop!",
    "MEL 31-32-01: FDR 'FAULT' light. Dispatch allowed, CAT A 3 flights max? No, it's CAT A 'within 3 calendar days'. Parts at ORD.",
    "Entering CDL 57-1 (wingtip fence fairing missing L/H). Max allowable per CDL: 1 per wing. Penalty 0.3% drag.",
    "MEL 28-22-01 fuel pump L aft INOP: (M) pump CB open & collared; (O) fuel in L main tank must be >= 2,000 lb at takeoff... verify the actual wording, old rev said 1,000 lb.",
    "Reminder: for any item marked '*' in the MEL (e.g. 34-22-01*), placarding alone isn't enough -- (M) procedure must be signed by a B1/A&P before release.",
    "MEL 21-61-02 zone temp controller fwd cabin INOP; selected to MANUAL and placarded. Cabin may get warm on ground in PHX -- use PCA at gate.",
    "Please re-open deferral 34-11-01; the fix last night didn't hold. Same 'ADC 1 FAIL' on climb through FL180 today.",
]

MEL_ITEMS = [
    ("21-51-01", "PACK 1", "C"), ("34-11-01", "ADC 1", "C"), ("49-11-01", "APU", "C"),
    ("23-11-01", "HF 2", "C"), ("33-42-02", "LOGO LIGHT R/H", "D"), ("30-21-01", "WAI VALVE 2", "B"),
    ("25-21-04", "TRAY TABLE", "D"), ("32-42-01", "ANTISKID 3", "B"), ("31-61-01", "DU 5", "C"),
    ("44-21-01", "IFE ZONE C", "D"), ("26-15-01", "LAV SMOKE DET", "B"), ("36-11-01", "BLEED 2", "C"),
]
MEL_NOTES = [
    "placard installed", "(M) done, (O) briefed", "crew informed", "parts on order",
    "dispatch notified", "awaiting DOM approval", "see tech log p. 44",
]


def tpl_mel(rng):
    item, text, cat = rng.choice(MEL_ITEMS)
    day = rng.randint(1, 28)
    mon = rng.choice(["JAN", "FEB", "MAR", "APR", "MAY", "JUN"])
    hhmm = f"{rng.randint(0, 23):02d}{rng.choice(['00', '15', '30', '59'])}"
    note = rng.choice(MEL_NOTES)
    reg = rng.choice(REGS)
    return f"{reg} MEL {item} CAT {cat} - {text} INOP; {note}. Exp {day:02d}{mon} {hhmm}Z."


# --------------------------------------------------------------------------------------
# 3. parts: part numbers, serials, stores and logistics notes
# --------------------------------------------------------------------------------------

PARTS = [
    "N512UA; P/N 3214552-5 S/N ABC1234",
    "P/N 822-1468-002 alt 822-1468-003 (1-way interchangeable, -002 -> -003 only)",
    "Qty 12 ea MS21042L3 nuts, bin A-14 -- reorder point <= 50, we're at 38",
    "Robbed from N8706Q (in C-check, hangar 3) for AOG on N8711Q: starter valve P/N 3214552-5, S/N 1187. Backfill PO 45-88213.",
    "Core return to vendor, RMA #77812 -- ship to 'Phoenix repair station' bin 4B, include 8130-3 & teardown request.",
    "Shelf-life exp 2025-06; sealant PR-1782 B2 qty 6 cartridges @ $48.20 = $289.20",
    "Quote from vendor: $12,450 exchange + $3,100 core charge if BER (beyond economical repair). Need approval > $10k from stores mgr.",
    "RTS tag: FAA 8130-3 / EASA Form 1 dual release attached. Block 12 remarks: 'overhauled IAW CMM 32-41-87 rev 14'.",
    "Searching S/N 'HJK 0042' -- in the system it shows as 'HJK0042' (no space). Please standardize; we have 2 records for the same unit.",
    "P/N 65B90305-7 not in stock at ORD; nearest: DEN (2 ea), EWR (1 ea, quarantine). Request DEN ship on UA1742 COMAT.",
    "Received wrong dash number: ordered 2-1542-3, got 2-1542-1. Do NOT install -- -1 is pre-SB 32-0112. Return to supplier.",
    "Tool cal due: torque wrench TW-0221 (20–100 ft-lb) cal exp 03/31/2024. Pull from crib & send to cal lab.",
    "Unserviceable tag #US-99281: 'removed for oil leak at drive pad' - P/N 761574B S/N 3302, TSN 18,442 / CSN 12,911, TSO 4,120.",
    "Consumables: Skydrol LD-4 (1 gal) x4, Mobil Jet Oil II (1 qt) x48, MIL-PRF-23699 equivalent ok? - only if approved in AMM 12-13-01!",
    "Kit 'A-check consumables 737' contents: 2x lockwire .032\", 1x .020\", cotter pins MS24665-132 (50), O-rings assorted (box #7).",
    "Part received without trace docs. Quarantined in bond cage Q-2 until paperwork arrives; don't use 'as-is'.",
    "Suspected unapproved part (SUP) -- data plate font differs and S/N format 'XX-0000' doesn't match OEM format. Reported to QA + FAA SUP hotline.",
    "ATA 32 / P/N 2612312-1 (brake assy) -- 4 on order, ETA Tue. Current stock 0. Please expedite; 3 aircraft nearing limits.",
    "Bin location change: all 'MS20995' safety wire moved from A-03 to A-07 (shelf 2, left side).",
    "PO 45-90012 line 3: 'FILTER ELEMENT, HYD' P/N QA06123 qty 10 @ €84,50 → total €845,00 (VAT excl.)",
    "IPC fig. 21-26-00-01 item 40: P/N BACB30LH3-4 bolt — substitute NAS6203-4 per IPC note 'ALT'.",
    "S/N list for PO 45-88102: 33817, 33818, 33820 (33819 was DOA - rejected at receiving insp).",
    "Repair order RO-2024-0441 to vendor 'Aero Accessories Ltd. & Co.': overhaul fuel control unit, TAT 21 days, cost ceiling $18,000.",
    "Warranty claim: P/N 4081630-908 (FMC) failed after 312 hrs; warranty 2 yrs / 5000 hrs. File under claim W-7731.",
    "Stock check: 'O-RING, MS29513-224' -- system says 140, shelf count 112. Adjusted -28; cycle count discrepancy report filed.",
    "Part marking illegible on data plate; used vibro-etch per CMM to re-mark P/N & S/N after verification with shop records.",
    "Life-limited part: LPT disk stage 1 S/N GWN0441, cycle limit 25,000; current CSN 22,180 -> 2,820 remaining. Plan removal at next shop visit.",
    "Ordered from 'Boeing Distribution' (formerly Aviall): 20 ea NAS1149F0363P washers + 20 ea NAS1611-011 O-rings.",
    "Airbus P/N D5327000520000 (door seal) not interchangeable with D5327000520200 -- check SB A320-52-1155 embodiment first.",
    "Item received damaged: box crushed, DO NOT OPEN -- photos in receiving folder /stores/receiving/2024/03/RCV-5510/.",
    "Temporary loan from KLM E&M: P/N 7519230-22, loan fee $250/day, max 30 days, return via KL602 AMS.",
    "Stores search: anything matching 'valve, check' for ATA 29? Got 37 hits, need the one for the PTU line (P/N 5905834?).",
    "Part 'BER' (beyond economic repair) per shop report SR-8814: cost to repair $41k vs new $38k. Scrap & mutilate; certificate of destruction filed.",
    "Kitting for WO 883421: 4x rivets MS20470AD4-6, 1x doubler 'fabricated per SRM', 1 tube PR-1422 A2. Drop-ship to hangar 2 bay 5.",
    "N37263: #2 IDG replaced. OFF: P/N 755508D S/N 1123 (TSO 6,442). ON: P/N 755508D S/N 2080 (new from o/h).",
    "Shipped AOG via counter-to-counter on DL1881 ATL->SEA, AWB 006-12345675, est arrival 18:40 local. Pickup by line station.",
    "Found 2 bolts in the 'serviceable' bin with red paint mark = scrap. Removed and reported; bin audit requested.",
    "Chemical: Alodine 1201 pens (x10). SDS in folder; keep < 25°C. Hazmat shipping restricted (UN3266?). Check with DG team.",
    "Please add alternate P/N '2-1542-3A' to the system. It's listed in SB 32-0112 rev 2 as 'fully interchangeable both ways'.",
    "Rotable pool: 3 spare ADIRU @ MIA, 1 @ SEA; min pool level 4. Request re-balance SEA +1 from MIA.",
    "Tire inventory KORD: MLG 'H44.5x16.5-21' 26PR x 8 new + 4 retreads (R2). NLG 27x7.75R15 x 6.",
    "Batch/lot # for grease BMS 3-33: L2309-4418, exp 09/2025. Not the same as lot L2209 (recall) -- ok to use.",
    "Returned tool 'crimper M22520/1-01' to crib with die set 'M22520/1-02' missing. Tool control report TC-0312 raised.",
    "Stores note: 'DO NOT ISSUE' flag on P/N 3291238-1 -- pending AD 2024-05-12 compliance determination.",
    "Incoming inspection: certificate shows 'New' but part has witness marks at mounting flange -> queried supplier.",
    "Consignment stock from Collins: 2x ACARS MU P/N 822-1206-004; billing on use only. Record usage within 24 hrs!",
    "Serial # query: S/N starting with 'Z' = manufactured after 2019 per OEM letter. Ours is 'Y7781' -> pre-mod.",
    "We received 100 pcs but PO said 10 -- qty on packing slip '100 EA' vs PO '10 EA'. Accept 10, return 90?",
    "Cert copies saved under ..\\RCV-5510\\certs (one folder up from the PO folder), not in the PO folder itself.",
    "Stores search tip: use * as wildcard, e.g. 'NAS1149F*' or '*-224' for all O-rings of size 224. A search for '%-224' returns nothing.",
    "Report request: all removals for ATA 32/* and 29/* on the 737 fleet, last 12 months, sorted by MTBUR (highest first).",
]

PN_POOL = [
    ("3214552", "starter valve"), ("822-1468", "VHF xcvr"), ("65B90305", "bracket"), ("2612312", "brake assy"),
    ("4081630", "FMC"), ("761574", "IDG"), ("MS21042L", "nut"), ("NAS1149F", "washer"), ("BACB30LH", "bolt"),
    ("QA06123", "filter element"),
]
PN_STATUS = ["serviceable", "U/S - to repair", "quarantine", "on loan", "in transit", "BER", "awaiting 8130-3"]


def tpl_parts(rng):
    pn, desc = rng.choice(PN_POOL)
    dash = rng.randint(1, 12)
    sn = f"{rng.choice(['A', 'B', 'HJK', 'SN', 'Y', 'Z'])}{rng.randint(100, 99999)}"
    status = rng.choice(PN_STATUS)
    station = rng.choice(IATA)
    qty = rng.randint(1, 40)
    return f"P/N {pn}-{dash} ({desc}) S/N {sn} | {station} | qty {qty} | {status}"


# --------------------------------------------------------------------------------------
# 4. notam_wx: METAR, TAF, NOTAM, PIREP as pasted by pilots and dispatchers
# --------------------------------------------------------------------------------------

NOTAM_WX = [
    "KSFO 121756Z 28015G25KT 10SM FEW010 SCT200 17/11 A2998 RMK AO2 SLP152 T01720106",
    "TAF KJFK 121720Z 1218/1324 31012KT P6SM BKN050\n  FM130200 33008KT P6SM SCT040\n  FM131400 VRB03KT 3SM -RA BR OVC008\n  TEMPO 1316/1320 1SM +RA BKN004",
    "!SFO 03/021 SFO RWY 10L/28R CLSD 2400-0600 DLY 2403120700-2403200600",
    "A1234/24 NOTAMN\nQ) EGTT/QMRLC/IV/NBO/A/000/999/5129N00028W005\nA) EGLL B) 2403122200 C) 2403130530\nE) RWY 09L/27R CLSD DUE WIP",
    "EGLL 121150Z AUTO 24018KT 9999 -SHRA FEW012/// SCT025 BKN040 11/07 Q1004 TEMPO 4000 SHRA",
    "METAR says CAVOK but it's clearly < 1,000 ft overcast on the field right now -- told ATIS, they'll issue a SPECI.",
    "UA /OV SFO270015/TM 1805/FL080/TP B738/TB MOD/IC NEG/RM SMOOTH ABV 100",
    "KORD 121951Z 35012KT 1 1/2SM -SN BR OVC006 M02/M03 A2971 RMK AO2 SNB22 P0001 $",
    "EDDF 121220Z 23012KT 200V270 CAVOK 14/03 Q1012 NOSIG",
    "!DEN 03/118 DEN NAV ILS RWY 16R LOC U/S 2403141300-2403142100",
    "SPECI KDEN 121814Z 01025G38KT 1/4SM +SN FZFG VV002 M06/M07 A2992 RMK AO2 PK WND 01042/1801",
    "Why does the TAF for KSEA have 'TEMPO 1302/1306 2SM -RA BR'? METAR shows 10SM. Forecaster being conservative again...",
    "RJTT 120030Z 34008KT 9999 FEW025 SCT045 12/01 Q1022 NOSIG RMK 1CU025 3SC045 A3018",
    "LFPG 121400Z 27016G28KT 9999 -RA BKN017 OVC033 12/09 Q0998 TEMPO 27025G38KT 3000 RA BKN010",
    "NOTAM KDEN: OBST CRANE 1,742 FT MSL (240 FT AGL) 1.2 NM N OF RWY 34L THR -- LGT U/S. Careful on the go-around.",
    "SIGMET TANGO 3 VALID 121800/122200 KSFO- SEV TURB BLW FL150 BTN SFO AND SAC DUE STRONG WNW WINDS. CONDS CONTG BYD 22Z.",
    "ATIS 'Kilo': wind 280@15G25, vis 10, ceiling 2,500 bkn, temp 17, dewpoint 11, altimeter 29.98. ILS 28L/28R approaches in use; departing 1L/1R.",
    "YSSY 120600Z 16025KT 9999 -SHRA FEW008 SCT025 BKN040 21/17 Q1011 RMK RF00.2/003.4",
    "FDC 4/7721 ZOA CA..AIRSPACE SAN FRANCISCO CA..TEMPORARY FLIGHT RESTRICTIONS WI AN AREA DEFINED AS 3NM RADIUS OF 374211N1222312W SFC-3000FT",
    "PIREP: UUA /OV ORD180020/TM 2010/FL230/TP A320/TB SEV/RM LOST 1500 FT IN 10 SEC",
    "TAF AMD KLAX 121535Z 1216/1318 25010KT P6SM SCT015\n  FM130300 VRB05KT P6SM OVC012\n  FM131500 24008KT 4SM BR OVC006 -- marine layer back tomorrow.",
    "OMDB 121300Z 32014KT 4000 DU NSC 33/09 Q1008 NOSIG -- dust again, 4 km vis.",
    "NOTAM !EWR 03/044 EWR TWY P BTN TWY PB AND TWY PC CLSD EXC ACFT WINGSPAN LESS THAN 118FT",
    "Please don't paste the whole TAF in the remarks box, it truncates after 500 chars. Just give the relevant FM groups.",
    "KBOS 122054Z 05018G29KT 3/4SM R04R/4500VP6000FT -RA BR OVC004 07/06 A2969 RMK AO2 PK WND 06035/2010 SLP055 P0012 60033",
    "LEMD 121530Z 35005KT CAVOK 22/M01 Q1021 NOSIG",
    "ZBAA 120600Z 31006MPS 1800 HZ NSC 15/M03 Q1017 NOSIG -- MPS not KT! 6 m/s ≈ 12 kt.",
    "NOTAM C1923/24 CYYZ RWY 06L/24R CLSD. TWY D BTN E AND F CLSD. AVBL RWY 05/23, 15L/33R.",
    "KIAH 121853Z 16012KT 10SM SCT030TCU BKN250 29/22 A2989 RMK AO2 TCU DSNT SW-W",
    "Old METAR pasted by mistake: EHAM 110925Z ... is from yesterday. Correct one: EHAM 120925Z 22019G31KT 9999 SCT022 BKN030 10/06 Q0996 BECMG 25025G38KT",
    "TAF EGLL 121100Z 1212/1318 24015G25KT 9999 BKN030\n  PROB30 TEMPO 1214/1218 25025G40KT 6000 +SHRA\n  BECMG 1300/1303 22008KT",
    "Wind 290/27G38 vs rwy 24 -- crosswind component ~21 kt, gust 33 kt: above our 30 kt limit for this type on wet runway. Divert plan: KSMF.",
    "!ORD 03/551 ORD AD AP ALL HOLDING AREAS SNOW BANKS 3FT HIGH ADJ",
    "LTFM 121450Z 03010KT 9999 FEW035 09/02 Q1018 NOSIG RMK RWY 35L 04009KT",
    "NOTAM for GPS testing: '!GPS 03/012 ZLA NAV GPS (WSMRC GPS 24-05) MAY NOT BE AVBL WI A 412NM RADIUS CENTERED AT 334228N1163248W FL400-UNL ... DLY 1700-2100'.",
    "METAR KATL 121952Z 27008KT 10SM FEW050 BKN250 24/11 A3004 RMK AO2 SLP170 T02440111 -- fine, nothing to see.",
    "SAEZ 121500Z 36012KT 9999 BKN020 24/19 Q1009 NOSIG -- lluvia débil esperada después de las 21Z según el TAF.",
    "EPWA 121230Z 28009KT 9999 -SN SCT012 BKN018 M01/M03 Q1009 R29/290195 TEMPO 1500 SN -- runway state group '290195' = wet snow, braking 0.95? no, '95' = good.",
    "TAF VHHH 121100Z 1212/1318 08015KT 9999 FEW015 SCT025\n  TEMPO 1212/1216 4000 SHRA\n  -- NB: typhoon signal #1 (T1) in effect.",
    "GAMET/AIRMET ZULU UPDT 2 FOR ICE AND FRZLVL VALID UNTIL 122100 ... MOD ICE BTN FRZLVL AND FL220. FRZLVL 040-080.",
    "PHNL 122253Z 06014G22KT 10SM FEW025 SCT045 27/19 A3003 RMK AO2 VCSH E",
    "Note to dispatch: the TAF and the METAR disagree by > 3,000 ft ceiling. Using the worse one for alternate planning.",
    "KDEN 121853Z 18005KT 10SM SKC 15/M09 A3021 RMK AO2 SLP187 T01501094 -- density altitude ~7,900 ft, check perf.",
    "NOTAM ENGM: RWY 01L BRAKING ACTION MEDIUM (3/3/3) SNOW 3MM 100% COVERAGE. DEICING PAD 'D' CLOSED.",
    "SBGR 121700Z 14008KT 9999 SCT030 FEW035TCU 28/19 Q1014 -- tem CB ao sul, trovoadas previstas à noite.",
    "RKSI 120800Z 31015KT 6000 HZ FEW030 11/M04 Q1022 NOSIG -- 황사 (yellow dust) warning tonight.",
    "TAF CYVR 121140Z 1212/1312 10008KT P6SM -RA OVC020 BECMG 1215/1217 4SM -RA BR OVC010 RMK NXT FCST BY 18Z",
    "KEWR METAR has 'RVRNO' in remarks -- RVR not available; runway 4R approach minimums need RVR. Use 1/2 SM vis instead?",
    "Wx briefing pack for tonight: https://wx.ops.intranet.example/briefing?dep=KSFO&arr=KORD&alt=KMKE&etd=1830Z -- SIGMETs on page 3.",
]


def tpl_metar(rng):
    st = rng.choice(STATIONS)
    day = rng.randint(1, 28)
    hh = rng.randint(0, 23)
    wdir = rng.randrange(10, 370, 10)
    wspd = rng.randint(3, 28)
    gust = f"G{wspd + rng.randint(8, 15)}" if rng.random() < 0.35 else ""
    vis = rng.choice(["10SM", "6SM", "3SM -RA", "1 1/2SM BR", "9999", "4000 -SHRA", "P6SM", "1/2SM FG"])
    sky = rng.choice(["FEW010", "SCT025 BKN040", "OVC008", "BKN015 OVC030", "SKC", "FEW040CB", "VV003"])
    t = rng.randint(-12, 32)
    d = t - rng.randint(0, 10)

    def fmt(x):
        return f"M{abs(x):02d}" if x < 0 else f"{x:02d}"

    if sky == "SKC" and any(w in vis for w in ("RA", "FG", "BR")):
        sky = "OVC012"
    pres = f"A{rng.randint(2930, 3050)}" if st.startswith("K") else f"Q{rng.randint(985, 1035):04d}"
    return f"{st} {day:02d}{hh:02d}{rng.choice(['51', '53', '56', '00', '20', '50'])}Z {wdir:03d}{wspd:02d}{gust}KT {vis} {sky} {fmt(t)}/{fmt(d)} {pres}"


# --------------------------------------------------------------------------------------
# 5. flight_plan: routes, ICAO FPL items, clearances, OFP remarks
# --------------------------------------------------------------------------------------

FLIGHT_PLAN = [
    "KSFO..OAK.V334.SAC..KRNO",
    "KJFK DCT MERIT J60 DORET J60 PSB ..KORD -- filed, awaiting EDCT",
    "(FPL-UAL123-IS\n-B738/M-SDE2E3FGHIRWYZ/LB1\n-KSFO1830\n-N0454F350 SSTIK4 LOSHN DCT BOILE DCT BAYLY J100 MLF DCT ... \n-KORD0412 KMDW\n-PBN/A1B1C1D1S1S2 NAV/RNVD1E2A1 DOF/240312 REG/N512UA EET/KZLC0045 SEL/ADFH RMK/TCAS)",
    "CLRD TO KLAX VIA OFFSH9 SNS DCT ... CLIMB VIA SID EXCEPT MAINT 5000, EXP FL350 10 MIN AFT DEP, DEP FREQ 135.1, SQ 4521",
    "Added KSMF as 2nd alternate; WX at KRNO forecast < mins after 03Z (TEMPO 1/2SM FZFG).",
    "Fuel: TRIP 8,420 + CONT 5% 421 + ALTN 1,980 + FINRES 1,150 + EXTRA 500 = 12,471 kg block. Taxi 200 kg not incl.",
    "Tankering not economical: price at KSEA $3.12/gal vs KDEN $2.87/gal, burn penalty 3.5%/hr -> net +$41. Skip.",
    "EGLL DVR L9 KONAN UL607 KOK UM150 CMB ... LIMC -- NAT not needed, Europe only.",
    "NAT track 'C': 'C ETIKI 51/50 52/40 52/30 52/20 LIMRI XETBO' -- entry ETIKI FL360 M.84. Oceanic clearance via CPDLC received 1422Z.",
    "RMK/ACAS II EQUIPPED RVR/75 PER/C TALT/KOAK DAT/1FANSP CODE/A4B2F1 ORGN/KSFOUALX",
    "Reroute: ZDV playbook 'ORD via BAE' active. New route: KDEN..LAA.J80.OBH..BAE..KORD. Adds 14 min, 1,100 lb.",
    "Flight level request FL380 not possible -- weight too high (ZFW 61.2t). Max initial cruise FL360 per OFP, step to FL380 after 2h.",
    "DCT from KORD to EGLL? Ha. No: KORD..ECK..YQB..NAT B..LIMRI..XETBO..EGLL. Filed & accepted.",
    "CTOT 1445Z -- slot from Eurocontrol NMOC, reason 'ATC capacity EDYY'. Request improvement via 'READY' message.",
    "ICAO item 10a: S D E2 E3 F G H I R W Y Z / item 10b: LB1. Don't forget 'Z' then NAV/ in item 18.",
    "EDCT 2215Z for UA456 SFO->EWR (ground delay program at EWR, avg delay 92 min). Reply via CDM 'SUB' if swapping slots.",
    "Alternate selection: KOAK (closest, but fog), KSJC (ok), KSMF (ok, +18 min). Chose KSJC. Destination min fuel 3,400 lb.",
    "SID 'PORTE3' then TRUKN transition; RNAV off the ground, fly heading 280 until 520 ft? -- no, that's the TRUKN 2 old version. Check chart date 24MAR.",
    "Route string for the FMC: 'KEWR/22R BIGGY J75 ... KMIA/09' -- the slash-runway format works on our FMS; don't type DCT between airways.",
    "Request: file FL300 instead of FL340 due to moderate turbulence reported FL320-360 over LAA (PIREP 1830Z).",
    "Eastbound 'odd' rule: magnetic track 090 = FL330/350/370 under RVSM. We filed FL340 (even) by mistake -> amended to FL350.",
    "ETOPS 180: adequate airports PHNL, PHTO, KSFO. ETP1 at 1342Z; critical fuel scenario = depressurization + engine out. Extra fuel 1,850 kg.",
    "Great circle KLAX-RJTT: 4,736 nm. Filed route via R220 'NIPPI' adds 112 nm but avoids jet stream headwind (-130 kt) over Aleutians.",
    "'--' in the OFP remark line means 'no value'. Not an error. Example: 'ALTN2 --   FUEL --'.",
    "Clearance readback: 'UNITED 123, CLEARED KORD VIA THE PORTE THREE DEPARTURE, TRUKN TRANSITION, THEN AS FILED. MAINTAIN 7,000, EXPECT FL350 ONE ZERO MINUTES AFTER DEPARTURE. SQUAWK 2761.'",
    "OFP release #4 supersedes #3 -- changed route after NOTAM !ZDV 03/214 (J80 restricted FL310-FL350 1500-1800Z).",
    "ICAO Y flight rules: IFR to LEMD, then VFR to LECU? No -- we are IFR all the way. Item 8: 'IS'.",
    "Ferry flight N37263 KDEN -> KTUL (MRO). Non-rev, no pax, crew 2. Permit to fly not req'd (aircraft airworthy w/ MEL).",
    "Oceanic: SELCAL ADFH checked OK with Gander 1652Z. HF primary 8891, secondary 5616. CPDLC logon 'CZQX'.",
    "Planned STAR: 'ANJLL4' into KSFO. With west flow, expect 28L/R. Crossing restriction at ARCHI 'at or above 11,000'.",
    "CI (cost index) 35 vs 50: saves 8 min at +320 kg. Ops asked for CI 80 due to tight connection bank at ORD.",
    "Route: LFPG DCT PILEK UN859 ... LEBL. 'DCT PILEK' not allowed per RAD restriction LF2041 -> use 'LGL UN859'.",
    "ADS-B out required in airspace class A & B... our aircraft N904DL has 'B1' in item 10b -- correct.",
    "KATL..ATL.J89.SPA..TAFFS..KEWR vs preferred route from the A/FD -- check NFDC PRD (preferred routes database).",
    "Step climb plan: FL340 -> FL360 at 45W -> FL380 at 30W. Request 'WHEN ABLE HIGHER' via CPDLC.",
    "Alternate minima (non-precision): 800 ft / 2 SM per 'standard alternate minimums' -- KSJC RNAV 30L qualifies.",
    "Emergency fuel: if landing fuel < final reserve (30 min @ 1,500 ft), declare MAYDAY FUEL per ICAO; < planned reserve -> 'MINIMUM FUEL'.",
    "VFR flight plan (club): 'N4471G C172/G KPAO -> KHAF -> KPAO, depart 1600Z, ETE 1h10, fuel 4h, 2 POB, white/blue'.",
    "Company route 'SFOORD03' deleted -- replace with 'SFOORD07' (uses Q-routes Q130 & Q136).",
    "OFP 'MEL ITEMS: 34-11-01 (ADC1) / 49-11-01 (APU)' -- dispatcher acknowledged both; fuel +250 kg for no-APU.",
    "Request direct ZZOOO if able -- ATC said 'unable, traffic' then later 'proceed direct ZZOOO' (saves ~6 min).",
    "PBN/A1B1C1D1L1O1S1S2T1 -- 'T1' is RNP AR with RF. Our ops spec doesn't include T1, remove it!",
    "Route: EDDF-KJFK: 'TOBAK ... 5250N 02000W 5240N 03000W ...' random route (not on OTS). Half-degree coordinates in 'H' format.",
    "LEGS page: DIR TO KONAN, then EXEC -- make sure the other pilot verifies the mod before anyone presses EXEC.",
    "Chart for the new RNAV (RNP) Z 28L is at https://efb.ops.intranet.example/charts/KSFO?proc=RNP-Z-28L&rev=2403 -- old one (rev 2401) withdrawn.",
    "Holding fuel calc: 20 min @ FL150 = ~1,100 kg. EAT 1745Z at ROSUN. Diversion fuel to EHRD 1,600 kg. Bingo at 1803Z.",
    "'KSFO ./. KORD' = round-robin? no, that's a scheduling note for the tail. Flight plan route is separate.",
    "Re-filed as 'UAL123A' after the first flight plan was cancelled due to maintenance (> 2 hr delay).",
    "Max landing weight at KASE limited by climb performance (go-around gradient). Dispatch at 58,500 kg max.",
    "Routing around Ukraine/Russia FIRs: LTAA... OIIX... not OK for our airline. Use route via Caucasus (UGGG) per company security guidance.",
]

AIRWAYS = ["J60", "J80", "J100", "V334", "Q130", "UL607", "UN859", "UM150", "J75", "J89"]
FIXES = ["OAK", "SAC", "MERIT", "DORET", "PSB", "LAA", "OBH", "BAE", "ECK", "SNS", "ROSUN", "KONAN", "DVR", "MLF"]


def tpl_route(rng):
    o = rng.choice(STATIONS)
    d = rng.choice([s for s in STATIONS if s != o])
    parts = [o]
    for _ in range(rng.randint(2, 3)):
        parts.append(rng.choice(FIXES))
        parts.append(rng.choice(AIRWAYS))
    parts.append(rng.choice(FIXES))
    parts.append(d)
    fl = rng.choice([310, 330, 340, 350, 360, 370, 380, 390])
    return f"{'..'.join(parts[:2])}.{'.'.join(parts[2:-1])}..{parts[-1]} FL{fl}"


# --------------------------------------------------------------------------------------
# 6. crew_sched: pairings, duty times, trades, multilingual crew messages
# --------------------------------------------------------------------------------------

CREW = [
    "Pairing 4127: D-SFO 0645L, SFO-DEN-ORD, duty 11:35, block 7:02; RON ORD (Hyatt O'Hare).",
    "FAR 117 FDP limit 13:00 for 2 segments w/ 0700 report — we're at 12:48 already, please DON'T add the swap!",
    "Trading trip 3309 (Mar 14-16) for anything Mar 20-25; prefer AM check-ins & no redeyes. DM me.",
    "Sick call: Capt. O'Neill, pairing W221, day 2 of 3. Reserve needed at ORD by 1400L.",
    "Ich kann am 15. nicht fliegen – Arzttermin. Bitte Tausch mit Umlauf 2210? Danke, Jana",
    "Voo atrasado; a tripulação vai exceder a jornada. Precisamos de reserva em GRU até 22h.",
    "明日のフライトはスタンバイです。ホテルのチェックアウトは10時です。",
    "Je suis en repos réglementaire jusqu'à 06h00Z, merci de ne pas m'appeler avant.",
    "Rest period at KEWR hotel only 9:45 behind the door (< 10 hrs min). Filing fatigue report & requesting delay of report time.",
    "Bid line 217 awarded — 16 days off, 82:30 credit. Thanks scheduling!",
    "Can't sleep in the layover hotel (construction noise 0600-1800). Crew hotel committee pls look into 'Marriott DEN Airport'.",
    "Deadhead: DH on UA1431 SFO-LAX 1510L, seat 3A positive space. Then operate UA2208 LAX-HNL 1750L.",
    "Recurrent sim check 03/18 0800-1200 at DEN training center, building 'B' sim bay 4 (737 MAX). Briefing 0700.",
    "Duty time calc: report 05:10, release 18:42 = 13:32 duty. Exceeded FDP by 0:32 -> captain's discretion used. Report filed.",
    "Reserve 'short call' window 0400–1600; callout response time 2 hrs. Long call: 12 hrs notice.",
    "Please remove me from the 'open time' pickup -- I was awarded 4412 by mistake; I'm on vacation 3/22-3/29.",
    "Contract sec. 23.R (union) says min rest 'behind the door' is 10 hrs. Hotel shuttle took 40 min -> rest was 9:20 actual.",
    "Necesito cambiar mi secuencia del 10 de abril; mi hija tiene una operación. ¿Alguien quiere el viaje MAD–BOG–MAD?",
    "Swap request: my 2-day (ORD-LGA-ORD, ORD-DCA-ORD) for your 3-day ending 3/19. Both ~15 credit hrs.",
    "Crew rest on the 787: bunk 'A' for relief pilots, 2nd rest break 4:10–7:50 into flight. Captain takes break 2.",
    "Training records: line check due 04/30; CRM due 06/2024; medical class 1 expires 2024-09-30 (over 40 → 6 months).",
    "Jumpseat request: UA563 DEN-SFO 3/12, Capt. (off-line) Kowalski from Alaska — CASS verified.",
    "FA staffing: A321 (190 seats) requires 4 FAs by FAR 121.391 (1 per 50 seats). We have 3 → delay until reserve arrives.",
    "Hotel: crew of 7 at 'Hilton Garden Inn – Frankfurt Flughafen', rooms 301–307, pickup 0515 local for LH-codeshare ops.",
    "Ca marche pour l'échange du 12/04 : je prends ton CDG–YUL–CDG et tu prends mon CDG–NCE aller-retour.",
    "Pairing report time changed from 0530 to 0445 -> now FDP limit drops to 11:00 (WOCL encroachment). Please re-check legality.",
    "My schedule shows 'DH' for leg 3 but the aircraft is operated by us -- is it an 'extra crew' position or actual deadhead? cockpit jumpseat?",
    "Reminder: 30-in-7 rule — no more than 30 flight hrs in any 7 consecutive days (§117.23). I'm at 27:45 as of today.",
    "Crew meal: 'no pork' for Capt. Al-Hashimi, 'vegan' for FA Lindqvist. Catering code for crew: CMNP / CMVG.",
    "Ulepiony grafik: 3 dni wolne po rotacji WAW–ORD–WAW. Dzięki!",
    "Cuma günkü İstanbul rotasyonu iptal oldu mu? Sistemde hâlâ görünüyor.",
    "Manager note: FO Nguyen has approved 'no fly' on 3/21 (court date). Mark as 'PERS-APPROVED' not sick.",
    "Crew scheduling: why was my 'golden day' removed? Bid showed 3/17 off & now I'm assigned 'RSV'.",
    "Pairing #O8812 is illegal: 3 redeyes in a row -- max 2 consecutive nights per CBA sec 12.G & fatigue policy.",
    "Check-in at EWR hotel says 'no reservation for UNITED crew under Smith-Jones'. Room eventually found under 'SMITHJONES'.",
    "Scheduling: pls add note 'Captain must have KASE special airport qualification' on pairings 2201–2209.",
    "Recurrent emergency training 'Ditching & slide raft' at pool facility 1000–1500; bring swimsuit & towel.",
    "Hi! On vacation 20.–27.5., back on the 28th for the early Vienna turn (OS). Grüße, Magda",
    "Vacation bid round 2 closes 03/31 23:59 CT. Seniority #1421 of 3,022.",
    "FA seniority list shows my DOH as 2016-08-01 but it should be 2016-07-18 -- please correct (HR ticket #HR-55231).",
    "Late arrival: crew van from airport to hotel 50 min late (Hotel driver 'got lost'). Rest clock doesn't start until we're at hotel!",
    "Reserve callout at 0312L for 0530 report -- legal? Short-call window begins 0400 per my line. Calling union rep.",
    "Pilotos: el vuelo de mañana sale a las 07:15 h (no 07:45) por cambio de horario de verano en EE. UU.",
    "机组注意:明天北京航班延误两小时,报到时间改为10:30。",
    "Cabin crew to flight deck via interphone: 'Passenger in 12C unwell, please call MedLink.' -- logging for scheduling as extended duty 0:45.",
    "Ramp 'crew in gate C14' but pairing shows C11. Which one? Gate changed 10 min ago via ACARS.",
    "Training pairing 'IOE' for FO Okafor: 25 hrs required, completed 18:40. Next 2 legs w/ check airman D'Agostino.",
    "Pls confirm the 'select' trips for the April bid — I can't find 'Select Trips' menu in the new crew app (v3.2).",
    "EFB login: passwd expired again, the iPad says 'contact admin'. Ticket #INC0443001. I fly at 0615 tomorrow, need it before that!",
    "Link in the crew bulletin points to ../../bulletins/2024-11.pdf which gives a 404 -- the correct one is https://crewportal.intranet.example/bulletins/2024-11.pdf",
    "Trip drop request for 4412 approved via open time. The 'DROP' button in the app was greyed out so I had to call scheduling.",
]

PAIRINGS = ["W221", "4127", "3309", "O8812", "2210", "4412", "2208", "1742", "5510", "9123"]
CREW_EVENTS = ["sick call", "swap approved", "trip drop", "reserve assigned", "deadhead added", "hotel changed", "duty extended"]
CREW_RANKS = ["Capt.", "FO", "FA", "Purser", "SO"]


def tpl_crew(rng):
    p = rng.choice(PAIRINGS)
    ev = rng.choice(CREW_EVENTS)
    who = f"{rng.choice(CREW_RANKS)} {rng.choice(SURNAMES).title()}"
    a, b = rng.sample(IATA, 2)
    rep = f"{rng.randint(4, 14):02d}{rng.choice(['00', '15', '30', '45'])}L"
    duty = f"{rng.randint(6, 13)}:{rng.randint(0, 59):02d}"
    return f"Pairing {p} day {rng.randint(1, 4)}: {ev} -- {who}; {a}-{b} rpt {rep}, duty {duty}"


# --------------------------------------------------------------------------------------
# 7. weight_balance: load sheets, LMCs, NOTOC, trim
# --------------------------------------------------------------------------------------

WB = [
    "LOADSHEET FINAL 0957 EDNO 2\nUA123/12 KSFO KORD N512UA 2/6\n  ZFW 61200 MAX 62731\n  TOF 12900\n  TOW 74100 MAX 79015\n  TIF 8400\n  LAW 65700 MAX 66360 L\nUNDERLOAD 660\nDOI 45.2 LIZFW 52.1 MACZFW 24.3 MACTOW 25.9\nSTAB TO 4.8 UNITS",
    "LMC: +2 PAX (Y), +30 kg bags cpt 4 -- within LMC limits (±500 kg, ±0.5% MAC). Crew informed via ACARS.",
    "ZFW <= MZFW? Yes: 61,200 < 62,731. TOW 74,100 kg within RTOW 76,800 (rwy 28R, flaps 5, OAT 17°C).",
    "CG out of limits aft -> moved 6 bags (approx 120 kg) from cpt 5 to cpt 1. New MACTOW 27.1%. Re-issue loadsheet.",
    "NOTOC: UN3480 lithium ion batteries, PI965 Sec IA, 12 kg, cpt 1 pos 13L. Captain signed 0941.",
    "AVIH: 1 dog (Labrador, 32 kg incl. crate) in bulk cpt 5. Cargo heat ON, temp min 7°C. Pax 'Ms. O'Brien' notified.",
    "Bags: 143 pcs / 2,288 kg; 3 bags 'HEAVY' (> 32 kg) tagged. Cargo/mail 1,140 kg (mail 210 kg).",
    "Pax by zone: A=12 B=48 C=56 D=38 (total 154 + 2 INF). Standard weights: adult 88 kg summer? -- no, we use 84 kg incl. carry-on.",
    "LIR (loading instruction): cpt 1: 850 kg BY, cpt 2: 600 kg C (cargo), cpt 3: 1,100 kg BY, cpt 4: 900 kg BT (transfer), cpt 5: 240 kg AVI+PEA.",
    "Loadsheet edition 3 reason: catering change (+2 trolleys, +68 kg) & fuel change (+500 kg). DOW now 43,118 kg.",
    "Fuel figures: ramp 13,100 / taxi 200 / TOF 12,900 / trip 8,400 / landing 4,500. Density 0.800 kg/l -> 16,375 l uplift.",
    "Trim sheet (manual, ACARS down): index units DOI 45.2, pax zone A -1.8, B -2.9, C +0.7, D +3.4, cargo cpt1 -6.2, cpt4 +5.1 … LIZFW 44.1 -> %MAC 22.6.",
    "TOW limited by: structural 79,015 / perf (rwy) 76,800 / landing (LAW+TIF) 74,760. Lowest = 74,760 -> 'L' marker on landing limit.",
    "Cargo door 'AFT' unloadable due to broken ULD lock on pos 41R — 2 AKE moved to pos 31L/31R. Re-weight & balance!",
    "DG: 'RRY' Radioactive Yellow-II, TI 0.8, cpt 3 min 1m from pax? -- it's below deck, separation per table ok.",
    "Weight & balance question: kids (2-11) count as 35 kg standard and infants 0? We have 6 CHD & 2 INF; loadsheet shows CHD at adult weight.",
    "Load control message 'LDM': UA123/12.N512UA.12/144.T2288 -ORD.143/9/2.0.T2288.1/850.3/1100.4/338 PAX/12/142 PAD/0/0",
    "Fuel on board after refuel: 13,050 kg (req'd 13,100) — 50 kg short; captain accepted (within 'fuel ± tolerance 100 kg').",
    "Ballast: 200 kg (4 sand bags) in fwd cpt for ferry flight (no pax). Bags secured with net; mark 'BALLAST' on loadsheet SI.",
    "Special load: 'HUM' (human remains) cpt 3 -- escort pax 14A/14B. Handle with respect; no loading next to food (EAT).",
    "Crew count 2/6 + 1 jumpseat (FAA inspector) -> 2/6/1; +80 kg in cockpit index.",
    "Aircraft weighed 2024-02-10: BEW 41,820 kg, CG 21.8% MAC. New DOW/DOI entered in DCS -- check old loadsheets < Feb 10.",
    "Final loadsheet not received by T-10 — ACARS 'LDSHT' uplink failed. Printed at gate & hand-delivered to the flight deck.",
    "Missing bag count: expected 143, loaded 141. Bag 'UA 556 112' and 'UA 556 118' offloaded? Check BRS.",
    "ZFWCG 24.3 / TOCG 25.9 / LDCG 26.4 (% MAC). All within envelope (fwd limit 9%, aft 33%).",
    "Stabilizer trim for takeoff: 4.8 units (from loadsheet) vs FMC 5.0 — crew used 4.8 per SOP (use loadsheet value if Δ < 0.5).",
    "Bulk cpt 5: 'WET' (wet fish, sealed) 180 kg -- keep away from AVI & HEG (eggs) per segregation table.",
    "Weight reduction (WX): trip fuel +1,200 kg due to holding at EWR -> must offload 600 kg cargo (lowest priority 'COMAT').",
    "EZFW from planning: 60.8 t; actual ZFW 61.2 t (Δ +400 kg). Within 'ZFW tolerance' (500 kg), no OFP recalc required.",
    "Gepäck Fach 4: 12 Stück Sperrgepäck (Skier, Golf). Gewicht gesamt 240 kg. Bitte im Loadsheet nachtragen.",
    "Charge en soute 1 : 650 kg de fret + 120 kg de courrier (poste). Index 'CG' recalculé par le centre de contrôle de chargement.",
    "Check: 'Dry Operating Index' on old sheet 44.8 vs new 45.2 after galley mod (+35 kg at STA 1020).",
    "Lithium battery (PED) in checked bag found by x-ray -> bag pulled back, pax called to remove power bank. Delay 12 min.",
    "Max pax by W&B: with 2,288 kg bags and 1,140 kg cargo, and 12.9 t fuel, max payload 17,150 kg -> pax cap 162 (at 84 kg).",
    "CPM: 'CPM UA123/12.N512UA.21L/AKE12345UA/ORD/650/C ... SI NO DG IN POS 41' -- sent to ORD 0952Z.",
    "Trim table changed in rev 12 of the W&B manual: zone C arm from 1,240 in. to 1,246 in. DCS table updated? IT ticket INC0441812.",
    "If ACARS loadsheet shows 'UNDERLOAD BEFORE LMC 660' and we add 5 pax (420 kg) we still have 240 kg. OK to board standbys.",
    "Weight of wheelchairs: 2 manual (15 kg each) in fwd bulk, 1 power chair (112 kg, dry-cell battery, disconnected) cpt 4.",
    "Fuel dipped at 'dipstick 14' for MEL 28-41-03: L 3,220 kg, R 3,190 kg, CTR 6,500 kg → total 12,910 ≈ FQI 12,900. OK.",
    "Load planner note: '>= 2 AKE in fwd hold when pax > 150 for nose-heavy trim' — why? because with 150+ pax aft zone D pushes CG aft.",
    "Passenger weight survey option: using actual weights (scale at gate) for the 19-seat Twin Otter; total pax 1,412 kg incl. bags.",
    "Saudi flight: 'Zamzam water' cartons 10 L each x 48 = 480 kg, loaded in cpt 3 per station instruction.",
    "Fuel freeze point Jet A -40°C vs Jet A-1 -47°C — polar route planned, fuel temp forecast -41°C at 75N: need A-1 or change FL.",
    "Gross error check: loadsheet TOW 74,100 vs FMC 47,100 — typo (digits swapped) caught by crew cross-check. Good catch!",
    "Last minute change: 1 pax offloaded (no-show, bag identified & removed), -84 kg pax & -23 kg bag. New TOW 73,993.",
    "Aircraft on jacks/shore power: can't weigh cargo today (scale U/S) → use declared weights + 5% margin per station policy.",
    "Pallet PMC 'P6P' with 3 m height not allowed in pos 21P (contour limit 'Q6'). Move to main deck pos 'C' on the freighter.",
    "Loadsheet 'SI' line: 'SEAT 1A/1C BLOCKED FOR CREW REST' — 2 pax seats not available, balance pax in zone A reduced to 10.",
    "Station sheet cell formula: =IF(D12>D3,\"OFFLOAD\",\"OK\") -- D3 is RTOW, D12 is TOW. Someone overwrote it with a fixed value again.",
    "Manual trim sheet scan saved to C:\\Users\\ops\\Desktop\\LDS\\UA123_12MAR.pdf because the DCS upload failed.",
]


def tpl_wb(rng):
    zfw = rng.randint(55000, 62500)
    tof = rng.randint(6000, 18000)
    tif = int(tof * rng.uniform(0.55, 0.8))
    tow = zfw + tof
    law = tow - tif
    mac = round(rng.uniform(18.0, 31.0), 1)
    reg = rng.choice(REGS)
    pax = rng.randint(90, 180)
    return (f"{reg} ZFW {zfw} TOF {tof} TOW {tow} TIF {tif} LAW {law} PAX {pax} MACTOW {mac}%"
            f" -- {'OK' if mac < 30 else 'CHECK AFT LIMIT'}")


# --------------------------------------------------------------------------------------
# 8. pax_ssr: passenger special service requests and PNR remarks
# --------------------------------------------------------------------------------------

SSR = [
    "WCHR; VGML",
    "SSR WCHC HK1 UA123 12MAR SFOORD/PAX USES OWN MANUAL CHAIR - COLLAPSIBLE",
    "SSR DOCS HK1 P/USA/123456789/USA/12JUL80/F/12MAR30/OBRIEN/MARY ANN",
    "UMNR age 9 — pickup at ORD by Mrs. Núñez (aunt), ph +1 312 555 0147, ID required. Escort to gate C14.",
    "PETC: cat in soft carrier (< 8 kg incl. bag) under seat 14C. Pax paid $125 pet fee, receipt #PX-4471.",
    "MEDA: pax uses POC (Inogen One G5) — battery for 150% of flight time required; pax has 3 batteries (8 hrs).",
    "Pax asked 'can I bring my insulin pump & CGM through security?' -- yes; advised to carry doctor's letter, no MEDIF needed.",
    "旅客要求靠窗座位,素食餐(VGML)。",
    "Pasajera embarazada de 32 semanas — trae certificado médico (fecha 08/03). Aceptada hasta 36 semanas.",
    "SSR CTCE UA HK1/MARY..OBRIEN//EXAMPLE.COM",
    "SSR CTCM UA HK1/15125550147/EN",
    "SSR BLND HK1 -- travelling with guide dog 'Max' (SVAN). Bulkhead seat 1D assigned, dog relief area info given.",
    "DEAF pax, communicates via text/sign. FA briefed; please use written notes for safety briefing.",
    "SSR EXST: extra seat 23E for comfort (CBBG? no, EXST) — pax size; both seats paid. Seatbelt extender requested.",
    "CBBG: cello in seat 31B — instrument 'Cello + case ~9 kg', name in PNR as 'CBBG/MR OBRIEN'.",
    "SSR FQTV UA HK1 UA12345678 — status 'Premier 1K'. Pax requests upgrade on waitlist for UA123 (RPU).",
    "Special meal changes: KSML (kosher) for 2 pax; AVML (Asian veg) for 14A; GFML (gluten-free) for 22F; BBML for infant.",
    "SSR WCHS: can walk short distance, can't manage stairs. Remote stand at MAD -> ambulift requested.",
    "Pax O'Connor requests 'seat next to my husband' — PNR split; rejoined on UA556 in 33A/33B.",
    "INFT: lap infant DOB 02JAN24; SSR INFT HK1 DOE/BABY 02JAN24. Bassinet (BSCT) requested row 30.",
    "SSR STCR (stretcher) — 9 seats blocked rows 40-42 ABC, medical escort + oxygen. MEDIF approved by medical desk #MD-2231.",
    "Pax asked for 'the select seats, the ones with extra legroom' — sold Economy Plus 12C $89.",
    "Pax 'Dr. José Núñez-Vergara' name too long for boarding pass; truncated to NUNEZVERGARA/JOSE DR. Same as passport? ok.",
    "SSR PETC HK1 UA123 12MAR SFOORD/DOG 6KG IN SOFT BAG - SMALL BREED",
    "Allergy: severe peanut allergy pax 18C. 'Buffer zone' rows 17–19 announced; no nuts served in that zone.",
    "SSR LANG: pax speaks Portuguese only — 'fala apenas português, precisa de ajuda na conexão em Houston'.",
    "Passenger says the name on ticket is wrong: 'SCHAEFER' vs passport 'SCHÄFER'. Both valid (ICAO transliteration Ä=AE). No change needed.",
    "DPNA (intellectual disability): travelling alone, meet & assist at arrival; FA please check on pax during flight.",
    "SSR WCHR; SSR MAAS (meet and assist) — elderly pax 'Mr. & Mrs. Tanaka', connecting HND → SFO → ORD.",
    "ESAN / emotional support animal no longer accepted as SVAN (DOT rule 2021). Pax informed; pet fee applies if under-seat size.",
    "Pax traveling with 'firearm declared' in checked bag (unloaded, locked hard case). Form signed; ok per 49 CFR 1540.111.",
    "Group PNR 'GRP/SMITH-JONES WEDDING' 24 pax -- name change deadline T-7 days; 3 names still 'TBA'.",
    "SSR SPML 'low sodium' — no code for that; used 'LSML'. Note: also 'no shellfish'.",
    "Pax on oxygen asked: can I use my own tank? -- No: only FAA-approved POCs; compressed O2 must be airline-provided (MEDA).",
    "OSI UA PAX IS VIP - CEO OF 'ACME & SONS LTD.' - PLS CHECK IN AT PREMIER DESK",
    "OSI UA CTC PAX MOBILE +49 170 5550123 / HOTEL 'Steigenberger Frankfurt'",
    "Pax requests to sit away from the lav — 'I get migraines from the smell'. Moved from 33D to 21D.",
    "Wheelchair count UA123 SFO: WCHR x4, WCHS x1, WCHC x1. Ground handler 'Prospect' notified at 0930.",
    "Pax requests 'DEPA/INAD handling'? No — SSR DEPU (deportee unaccompanied); escorted by officer to gate. PNR remark added.",
    "乘客需要轮椅服务(WCHR),在北京转机,请安排接机。",
    "Pasajero con movilidad reducida: necesita silla de ruedas hasta la puerta y asistencia en la conexión de Madrid (T4 → T4S).",
    "Pax needs POC, battery life 6 hrs, flight 5h40 + 150% = 8h30 → needs 2.5 extra batteries. Denied until pax brings more.",
    "Lost & found: pax left iPad in seat pocket 22C on UA556 (N37263). Description: 'blue case with \"Hello Kitty\" sticker'.",
    "Seat map: 'can't select seat 1A — shows blocked'. It's blocked for crew rest (SI). Offered 2A instead.",
    "Pax wants vegetarian & gluten-free; only one SPML per segment → chose GFML and noted 'vegetarian' in OSI.",
    "SSR TKNE UA HK1 SFOORD0123Y12MAR/0162345678901C1",
    "Deaf-blind pax with support person (SSR BLND + DEAF). Support person seated next to pax, free of charge per policy.",
    "Customer asked: 'is it true the drinks cart can't be used during turbulence?' — explained seatbelt sign policy.",
    "Kiosk boarding pass prints '{LASTNAME}/{FIRSTNAME}' instead of the pax name — template bug at SFO T3 kiosks 12-15, reported to IT.",
    "Refund form link sent to pax: https://www.airline.example/help/refunds?pnr=QX7T2M&lang=es (Spanish version).",
]

SSR_CODES = ["WCHR", "WCHS", "WCHC", "VGML", "KSML", "MOML", "DBML", "GFML", "CHML", "BLND", "DEAF", "PETC", "UMNR", "MAAS", "BSCT"]


def tpl_ssr(rng):
    code = rng.choice(SSR_CODES)
    flt = rng.randint(100, 2999)
    a, b = rng.sample(IATA, 2)
    day = rng.randint(1, 28)
    mon = rng.choice(["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG"])
    name = rng.choice(SURNAMES).replace("'", "").replace(" ", "")
    seat = f"{rng.randint(1, 45)}{rng.choice('ABCDEF')}"
    return f"SSR {code} HK1 UA{flt} {day:02d}{mon} {a}{b}/{name} SEAT {seat}"


# --------------------------------------------------------------------------------------
# 9. irops_note: irregular operations, delays, diversions
# --------------------------------------------------------------------------------------

IROPS = [
    "WX at ORD — ground stop until 1900Z; 12 flights cxl; rebook pax via DEN & IAH (protect on UA1742/UA2208).",
    "Tail swap N512UA <-> N37263 due MX at gate C14; catering & fuel to follow. New ETD 1525L.",
    "Diverted to KSMF - medical (pax 22B chest pain), MedLink consulted; paramedics met a/c. Continue to KRNO after fuel, crew legal until 0210Z.",
    "Crew timed out; flt 123 cxl & rescheduled as 9123 tomorrow 0800L. Hotel vouchers issued: 142 pax @ Hyatt; meal vouchers $15 ea.",
    "Delay code 'WX' vs 'MX' — please recode 4412 to ATC (EDCT 2215Z), not maintenance. It affects our OTP stats!",
    "Bird strike on takeoff roll, RTO at 90 kts, rwy 28R. Pax deplaned via airstairs; brakes cooling (hot brakes ~ 450°C). Aircraft OOS.",
    "Delay 2h15 — 'de-icing queue'. 38 aircraft ahead at pad 'D'. Holdover time for Type IV at -3°C light snow: 45–80 min.",
    "Gate conflict C14: arrival UA556 parked at C11 instead; inbound connections (27 pax) need to be re-directed — PA done.",
    "Cancelled UA2208 LAX-HNL due to no aircraft (N771AN AOG in SFO for hyd leak). Pax reaccommodated on HA/AS via interline (FIM).",
    "Go-around at EWR due to 'runway incursion' by a tug; landed on 2nd approach. Crew filed ASAP; delay 14 min.",
    "Flight returned to gate — 'smoke in cabin' (turned out to be oven cleaning residue). MX inspection, ok. Departed +1h05.",
    "Hurricane plan Phase 2 for MIA: ferry spare aircraft to ATL by Thursday 12:00 ET; crews at MIA released to 'home' or 'safe city'.",
    "Overbooked UA123 by 4: VDB (voluntary denied boarding) — offered $800 + hotel; 3 volunteers, 1 IDB (involuntary) — paid DBC per 14 CFR 250.",
    "Pax disruptive (refused to wear seatbelt, verbal abuse of FA) — LEO met flight at gate. Incident report IR-24-0221.",
    "Fuel truck broke down at gate B7 -> 35 min delay. Backup truck from FBO. Delay code 'FF' (fueling) not 'AF'!",
    "ATC zero rate at EWR (thunderstorms). Holding at ROBBINSVILLE (RBV) 25 min then diverted to BDL; 1:40 on ground then back to EWR.",
    "Retour au parking suite à une alarme de porte cargo. Technicien sur place, retard estimé 40 minutes.",
    "Vuelo desviado a Sevilla por niebla en Madrid (RVR < 200 m). Pasajeros en autobús a MAD, llegada estimada 23:30 h.",
    "机场因雷暴暂停起降,预计延误2小时。请安排旅客餐食。",
    "Flug LH-Codeshare wegen Streik (Bodenpersonal) annulliert – Passagiere auf Bahn (DB) umgebucht, 'Rail&Fly' Tickets ausgegeben.",
    "MCT (min connect time) ORD domestic-domestic 50 min; with 35 min delay 18 pax will misconnect to UA2210. Holding UA2210 for 10 min approved by hub control.",
    "Ops call 1340Z: NOTAM for GPS jamming in the eastern Med — add extra DME/DME check; no impact on ETD.",
    "Delay UA123: lav service truck late (-> 'GH' ground handling). Also 2 wheelchair pax waited 25 min for agent. Complaint logged.",
    "Lost comms ('NORDO') for 8 min over Kansas — reestablished on guard 121.5 via another aircraft relay. Possible headset fault. MX writeup done.",
    "Diversion KSEA -> KPDX: crosswind 35G48 on rwy 16L/R; 3 pax connecting to ANC rebooked tomorrow 0700.",
    "Aircraft change from B738 (166 seats) to A320 (150 seats) -> 16 pax oversold; reseat by priority rules. Premium cabin unchanged (12 J).",
    "Bomb threat call received by station (KDEN) 0910L; TSA & police — aircraft searched, nothing found. Departed +2h30.",
    "Late inbound UA556 (ETA 1630, sched 1545) — outbound UA557 ETD 1715 (min turn 45). Crew same → pairing OK, FDP ok.",
    "Misconnected bags: 64 bags not transferred in IAH → expedited on UA1801 tonight; delivery tomorrow AM. WorldTracer files opened.",
    "IRROPS rebooking rule: protect on own metal first; if > 8 hrs, then partners (LH/AC/NH). Use waiver code 'WX0312'.",
    "APU INOP + no GPU at gate 4 → cabin temp 31°C, pax deplaned to terminal. Delay 50 min; 'ground air cart' arrived from stand 9.",
    "Crew member injured (burn from hot coffee in galley) — replaced at DEN; first aid given. Workers comp report by supervisor.",
    "Ramp closure (lightning within 5 mi) 1715–1752L: all ground ops stopped. 6 flights delayed ~40 min. Bags left on belt.",
    "Slide deployed inadvertently at door 1L during disarm at gate (not cross-checked). Aircraft OOS 6 hrs; slide replaced. Investigation.",
    "Decision: consolidate UA2204 & UA2206 (load factors 34% & 41%) — 'commercial cancellation'. Approved by NOC duty mgr.",
    "Missing crew member (FA) at report time; phone off. Reserve called 0512, arrives 0615 -> delay 35 min. Crew scheduling following up.",
    "Pax medical: 'passenger in 3A fainted — regained consciousness, vitals ok per doctor on board'. No diversion; EMS meet at arrival.",
    "Snow removal in progress rwy 09R/27L, single runway ops 09L/27R. Arrival rate 24/hr. Expect holding.",
    "ATC 'flow' program: MIT (miles-in-trail) 20 nm over SAWED for ORD arrivals; expect 10–15 min airborne holding.",
    "We cxl'd UA1422 SFO-SEA but the app still shows 'ON TIME'. IT ticket INC0442203, app cache issue.",
    "Hotel shortage in DEN — only 80 rooms available for 142 stranded pax. Priority: UMNR, WCHR, families with INF, elderly.",
    "Pilot: 'we had a TCAS RA on final into SFO, climbed, then got re-sequenced'. +18 min. Report to safety.",
    "Flight UA123 returned due to 'hydraulic system B low pressure' – landed overweight (76.2 t > MLW 66.3 t) → overweight landing inspection required.",
    "Ramp agent reports FOD (bolt) found at gate C14 apron; could be from N512UA — MX checked aircraft, no missing fastener.",
    "Delay code 93 (aircraft rotation) — inbound late from EWR (ATC); cascading to 3 more legs on N37263 today.",
    "Voo cancelado por falta de tripulação (excedeu limite de jornada). Passageiros reacomodados no voo das 06h10 de amanhã.",
    "Fire alarm in terminal 'B' at ORD — evacuation of concourse; boarding stopped 20 min. No aircraft impact.",
    "ACARS free text template 'NEW ETD {time} GATE {gate}' isn't being filled in — crews are receiving the literal '{time}'. Sent manually for now.",
    "PA script for 90+ min delays: 'Ladies & gentlemen, this is your captain... we are waiting for a new slot time from ATC.' Please use it, consistency matters.",
    "IROPS playbook for ORD snow is at \\\\ops-share\\NOC\\Playbooks\\Winter\\ORD_snow.docx (v7). Old v5 on SharePoint is outdated.",
]

IROPS_REASONS = ["WX", "MX", "ATC", "crew legality", "late inbound", "de-icing", "gate conflict", "pax medical", "fueling"]


def tpl_irops(rng):
    flt = rng.randint(100, 2999)
    a, b = rng.sample(IATA, 2)
    reason = rng.choice(IROPS_REASONS)
    mins = rng.choice([15, 20, 25, 35, 45, 55, 70, 95, 120, 180])
    pax = rng.randint(20, 190)
    action = rng.choice(["pax informed via app & PA", "vouchers issued", "connections protected",
                         "crew re-legalized", "tail swap requested", "meal vouchers $15 ea"])
    return f"UA{flt} {a}-{b}: delay {mins} min ({reason}); {pax} pax affected; {action}."


# --------------------------------------------------------------------------------------
# 10. safety_report: ASAP / ASR narratives, hazard reports, multilingual
# --------------------------------------------------------------------------------------

SAFETY = [
    "During taxi to rwy 28L via 'A' we were told to hold short of 28R. FO read back 'hold short', but I continued past the hold line by ~20 ft before stopping.\nContributing: night, new construction signage, high workload (FMC reprogramming after runway change).\nSuggestion: fix the hold-short bar lighting at A/28R.",
    "Unstable approach at 500 ft AGL — speed Vref+15, sink rate 1,200 fpm. Went around per SOP. Second approach stable. Fatigue a factor (3rd redeye).",
    "TCAS RA 'CLIMB, CLIMB' at FL230 descending into DEN — traffic a VFR aircraft at FL225 (?), not talking to ATC. Followed RA, notified ATC 'TCAS RA'.",
    "Hazard: the ramp marking for stand 14 (lead-in line) is faded & overlaps the old stand 14A line. Two near-misses with the wingtip this week.",
    "FA report: galley cart brake failed on descent; cart rolled 3 rows and hit pax 18C's elbow (minor). Cart tagged INOP; photos attached.",
    "Fatigue report: 4 days, 3 of them > 12 h duty, sleep ~4 h/night. I declared myself unfit after arriving at ORD. Please review pairing O8812.",
    "Altitude deviation: cleared FL240, FMC showed 'FL240' but MCP altitude set 24,000? No — I set 25,000 by mistake; ALT ALERT sounded at 24,700, corrected.",
    "Laser strike at 3,000 ft on approach to KLAX rwy 24R — green laser from the north, FO's eye irritated. Reported to tower & police. FO evaluated by doctor.",
    "Wrong runway takeoff prevented: we lined up on 1L instead of 1R; 'RUNWAY 1L' callout from SmartRunway caught it. Tower also queried. No damage.",
    "During pushback, tug driver disconnected before 'set parking brake' call. Aircraft rolled ~2 m forward. Need better headset comms / hand signals training.",
    "Hard landing suspected at EWR (2.1 g on QAR). Writeup for hard landing inspection; pax no injuries. Wind shear reported by preceding aircraft.",
    "Near-collision with a baggage tractor at gate B7 during engine start (beacon on). Driver crossed behind the engine at ~5 m. Ramp safety notified.",
    "Sobre el incidente de ayer: la escalera de pasajeros no estaba asegurada cuando abrimos la puerta 1L. Casi se produce una caída.",
    "Bericht: Während des Steigflugs 'CABIN ALTITUDE' Warnung bei FL180. Masken gesetzt, Notabstieg auf FL100. Ursache: Pack 2 Ventil. Alle Passagiere wohlauf.",
    "Rapport : lors de l'approche à CDG, le contrôleur a donné une clairance de descente '4000 ft' alors que le QNH était 'non transmis'. Confusion, mais pas d'écart.",
    "Fuel leak observed by ramp agent from L/H wing vent during refuel (overfill?). Refuel stopped; MX checked refuel valve — stuck open. Spill 40 l cleaned by fire dept.",
    "Pax smoking e-cigarette in lav 34 (smoke detector alarm). Confronted; device was 'vaping'. Captain notified, LEO met on arrival. Form filed.",
    "Pilot-induced oscillation in flare (gusty winds 25G38) — bounced once, went around from the bounce per SOP. Recommend training emphasis.",
    "Crew reported 'Electrical smell / fumes in the flight deck' at FL350. Masks on, diverted to KDEN. MX found overheated windshield heat connector.",
    "Dangerous goods undeclared: a bag with 'spare lithium batteries (20 pcs)' found in cargo after x-ray alert. Removed. Report to DG authority.",
    "Airspeed disagree event: 'IAS DISAGREE' in cruise (ice crystals?) for ~40 sec. Followed QRH unreliable airspeed; pitch & thrust. Normal after.",
    "Runway excursion risk: landed long on wet rwy 22 at KBOS, stopped with ~1,200 ft remaining. Braking 'medium'. Must improve landing distance calc with contaminant codes.",
    "Loss of separation with preceding A321 on approach (wake turbulence): rolled 15° at 800 ft. Go-around. Request larger spacing in crosswind.",
    "Incorrect loadsheet: pax count 144 vs actual 154 (10 pax missing from DCS). Takeoff trim off by 0.4 units. Found in cruise. Reported.",
    "Drone sighted at 2,500 ft, 2 nm final rwy 09R (LHR). Size ~1 m, within 100 m of aircraft. Reported to ATC; police informed.",
    "Cabin crew injury: overhead bin door fell open & struck FA on the head during turbulence. Bin latch weak -> MX writeup row 27 ABC.",
    "'Sterile cockpit' violation: FA called flight deck during taxi for a non-safety issue (coffee order). Reminder in briefing please.",
    "ASAP #24-0331: misunderstood clearance 'descend via the ANJLL4 except maintain 11,000' — we descended to 10,000 at ARCHI. ATC noticed.",
    "Near miss at taxiway intersection 'B/K' at SEA: another aircraft crossed K without clearance while we were on B. Hard braking, no injuries.",
    "Ground crew worked under the aircraft with the beacon ON and engines running; safety stand-down needed.",
    "Hazard report: the crew van 'seatbelts missing' (driver said 'they were cut out'). 7 crew unbelted on highway. Please switch provider.",
    "Smoke/fumes event at gate: APU bleed with oil smell (engine oil in bleed?). MX replaced APU oil seal. Crew felt headache; medical check.",
    "Safety concern: the new EFB app 'Performance v5.3' gives a different V1 than the old tables (by 6 kts). Which one is right? Please validate.",
    "Report (JP): 着陸後、滑走路上でバードストライクを確認。機体の損傷なし。",
    "Relato: durante a subida, alerta 'GPWS DON'T SINK' após decolagem em SBGR. Razão de subida reduzida por falha no flap? Manutenção informada.",
    "Runway incursion by vehicle ('FOLLOW ME' car) on rwy 27L at 2nd intersection while we were on 1 mile final. Go-around by tower instruction.",
    "Lesson learned: 'Don't rush the before-start checklist'. We missed 'Fuel pumps ON' for center tank → low pressure light after takeoff. Corrected.",
    "Fall from height: mechanic slipped off wing stand (railing missing). Minor injury. Stand tagged 'DO NOT USE' pending repair.",
    "Uncommanded roll at 2,000 ft on autopilot — disconnected, flew manually, landed normally. MX found aileron trim actuator fault.",
    "CRM: captain dismissed FO's concern ('we're fine, don't worry about the tailwind') on approach with 14 kt tailwind; landed long. Please address in recurrent.",
    "Fuel imbalance ~1,200 kg developed in cruise; QRH 'FUEL IMBALANCE' followed, crossfeed open. Possible leak ruled out (fuel used vs FOB consistent).",
    "Ice on wings observed by pax ('I can see frost on the wing!') after de-icing and before takeoff. Returned for 2nd de-ice; holdover had expired.",
    "Door 2R 'not armed' on departure (slide armed/disarm mismatch). Cross-check missed. FA re-briefed on the ARM/DISARM & cross-check procedure.",
    "Report: 'Passenger left the seat during taxi to use the lav' — we stopped on taxiway, told ATC 'holding position', waited until seated.",
    "Hydraulic fluid sprayed into the face of a mechanic (no goggles) during EDP replacement. Eye wash used. PPE compliance audit requested.",
    "Maintenance error: torque stripe missing on B-nut at the brake line (found at walkaround). Re-torqued & stripe applied. Report via MEDA.",
    "Wake turbulence encounter behind a B777 on departure KJFK 31L: bank 25°, altitude loss 150 ft. 2 min separation was given, should be 3?",
    "Pilot report: ATC said 'cleared for takeoff' for UAL1234 — we're UAL123. Caught by readback. Similar callsigns on frequency — please change one.",
    "Filed via https://safety.intranet.example/asap/new?type=FOD&station=KORD but the form timed out; re-submitting here: bolt & washer found on taxiway B near B7.",
]

HAZARDS = ["FOD on ramp", "faded lead-in line", "missing hold-short sign", "broken ground power cable",
           "oil spill at stand", "unsecured ULD", "laser strike", "drone sighting", "wildlife near runway"]
LOCS = ["stand 14", "gate C14", "taxiway B", "rwy 28L", "apron 3", "hangar 2", "de-icing pad D", "remote stand 501"]


def tpl_safety(rng):
    h = rng.choice(HAZARDS)
    loc = rng.choice(LOCS)
    st = rng.choice(STATIONS)
    rpt = f"ASR-{rng.randint(2023, 2024)}-{rng.randint(1000, 9999)}"
    sev = rng.choice(["low", "medium", "high"])
    return f"{rpt}: {h} at {st} {loc}; risk '{sev}'. Reported to station safety & ops control."


CATEGORIES = [
    ("mx_log", MX_LOG, tpl_mx_log),
    ("mel_deferral", MEL, tpl_mel),
    ("parts", PARTS, tpl_parts),
    ("notam_wx", NOTAM_WX, tpl_metar),
    ("flight_plan", FLIGHT_PLAN, tpl_route),
    ("crew_sched", CREW, tpl_crew),
    ("weight_balance", WB, tpl_wb),
    ("pax_ssr", SSR, tpl_ssr),
    ("irops_note", IROPS, tpl_irops),
    ("safety_report", SAFETY, tpl_safety),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for name, literals, tpl in CATEGORIES:
        values = []
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {name}: {v!r}")
            seen.add(v)
            values.append(v)
        n_lit = len(values)
        if n_lit > PER_CATEGORY:
            raise SystemExit(f"{name}: too many literals ({n_lit})")
        tries = 0
        while len(values) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"{name}: template cannot fill category")
            v = tpl(rng)
            if v in seen:
                continue
            seen.add(v)
            values.append(v)
        if n_lit / len(values) < 0.55:
            raise SystemExit(f"{name}: literal share too low ({n_lit}/{len(values)})")
        for v in values:
            if not isinstance(v, str) or not v or len(v) > 1800:
                raise SystemExit(f"{name}: bad value {v!r}")
            rows.append((name, v))
        stats.append((name, len(values), n_lit))

    out = Path(__file__).with_name("benign.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, v) in enumerate(rows, 1):
            obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "label": "benign", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for name, n, n_lit in stats:
        total_lit += n_lit
        print(f"{name:16s} {n:4d}  literals {n_lit}")
    print(f"{'TOTAL':16s} {len(rows):4d}  literals {total_lit}")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
