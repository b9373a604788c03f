"""Held-out benign corpus "automotive" (ids hb37-NNNNN).

Hard negatives for a WAF: text that technicians, service advisors, fleet
managers, parts sellers, car buyers, tuners and insurance adjusters really type
into the ordinary fields of a dealership DMS, a repair-shop work-order system,
a fleet telematics portal and a parts marketplace.  Every literal below was
written by hand for this corpus; the template functions only recombine small
hand-written pools (plus a VIN check-digit computation).

Run:  python3 make_benign.py   (writes benign.jsonl next to this file)
"""

import json
import random
from pathlib import Path

SEED = 3701
PREFIX = "hb37"
PER_CATEGORY = 80

# ---------------------------------------------------------------------------
# Hand-written literals, one list per category
# ---------------------------------------------------------------------------

RO_NOTES = [
    "P0301 misfire cyl 1; replaced coil pack, cleared codes. Road tested 12 mi, no return.",
    "Cust states CEL on & rough idle at cold start -- verified. Found P0171/P0174 (lean both banks); smoke test => cracked PCV hose behind intake. Replaced, reset fuel trims.",
    "Brake pads F < 3mm, rotors below min thickness (27.4 < 28.0 spec). Recommend replace both front; cust declined rotors today, pads only per cust.",
    "R&R water pump + thermostat; coolant flush w/ G13 (pink). Bled system, no leaks after 20 min idle.",
    "Tire rotation + balance. LF 32 psi / RF 33 / LR 31 / RR 32 -> set all to 35 cold per door placard.",
    "Leak at the brass union fitting on the heater core line; replaced union + 2 O-rings, pressure tested 15 psi for 10 min, held.",
    "Customer says 'it shudders between 40-50 mph'. TCC shudder confirmed; performed ATF drain & fill x2, TCC relearn with scan tool. Recheck in 500 mi.",
    "Had to drop the exhaust & lower subframe ~2\" to get at the rear main seal. Added 3.5 hrs to labor, cust approved by phone @ 14:20.",
    "Exec summary for service mgr: vehicle came in on a hook, no crank; batt 11.2V, starter draw 180A > spec. Replaced starter + battery (H6 AGM).",
    "Sleep mode issue: module not going to sleep, parasitic draw 340 mA after 45 min (should be < 50 mA). Pulled fuses one by one -> #23 (telematics). Dealer to reflash TCU.",
    "Replaced cabin filter (was black, full of leaves) & engine air filter. Cust wants old parts back — bagged in trunk.",
    "Alignment before/after: front toe L +0.35° / R -0.12° -> both 0.05°; camber within spec, caster n/a (non-adjustable).",
    "DTC U0100 lost comm w/ ECM; wiggle test at C101 connector => intermittent. Repinned terminal 17, applied dielectric grease.",
    "Check engine light flashing!! P0300 random misfire. Found injector #4 stuck open, fuel in cyl. Replaced injector & O-rings, oil change due to fuel dilution.",
    "Per cust: \"don't touch the aftermarket stereo\". Noted. Battery disconnect needed for airbag repair, radio code written on RO.",
    "AC blowing warm; static pressures 85/85 psi, running 30/250 -> low charge. UV dye found leak at condenser (rock hit). Quoted condenser + evac/recharge 1.4 lb R-1234yf.",
    "Spark plugs gapped to .028\" and torqued 18 ft-lb; anti-seize NOT used per mfr.",
    "Timing chain rattle on cold start for ~2 sec. Cam/crank correlation P0016 set. Recommend chain, guides, tensioner — est. 9.8 hrs.",
    "Road test notes: clunk over bumps front left; sway bar end link loose (play > 2mm). Replaced both links; clunk gone.",
    "Fluid levels: oil @ full, coolant @ min (topped), brake fluid 3% moisture -> recommend flush; PS n/a (EPS).",
    "Customer's kid put a coin in the CD slot... removed with tweezers, no damage. No charge.",
    "Found mouse nest in airbox & chewed harness at the MAF sensor (wires C2/C3). Spliced & heat-shrunk, wrapped w/ rodent tape. Recommend peppermint deterrent.",
    "Installed hitch + 7-pin wiring; programmed trailer module via scan tool (TRLR = ON).",
    "Diag fee $149.95 waived per SM (Dave) — comeback from RO #48213.",
    "Wheel bearing LR growl > 45 mph, confirmed w/ chassis ears channel 3. Replaced hub assy, torque axle nut 175 ft·lb + new cotter pin.",
    "Cleared codes & drove 2 full drive cycles; all monitors ready except EVAP (needs cold soak overnight).",
    "Brake fluid flush; bled in order RR → LR → RF → LF, ABS module bleed routine run with scan tool.",
    "Updated ECM to latest cal per TSB; customer notified that idle may feel different for first 50 miles while adaptives relearn.",
    "Replaced serpentine belt (6PK1870) — cracks > 3 per inch. Tensioner OK.",
    "Note to next tech: lug nuts are locking type, key in glovebox. DO NOT use impact on the key!",
    "Horn inop; fuse F42 (15A) OK, relay clicks, no voltage at horn pin 1 -> open in clockspring. Replaced clockspring, recalibrated SAS.",
    "CVT judder from stop; fluid dark/burnt smell. Per TSB, flushed & updated TCM. Cust informed if it persists → valve body/trans replace (~$4,200).",
    "Oil change 0W-20 full synth 4.8 qt, filter; reset maint. minder to 100%. Next due @ 87,450 mi or 6 mo.",
    "Vehicle pulls right under braking — RF caliper sticking (slide pin seized). Replaced caliper + bracket, bled brakes.",
    "Customer reported 'burning smell' after highway drive; found valve cover gasket seeping onto exhaust manifold. Quote: VC gasket + spark plug tube seals.",
    "EVAP leak small (P0456): smoke test showed leak @ purge valve. Replaced purge solenoid; ran EVAP self-test = PASS.",
    "Cust asked if we can 'delete' the DPF — told him no, not legal/not something we do. Cleaned DPF via forced regen instead (soot 38 g → 6 g).",
    "Windshield chip repaired (bullseye 8mm) — outside wiper sweep, no ADAS recal needed.",
    "Scan: B1869 (airbag lamp), SRS module crash data stored = NO. Seat belt buckle sensor open circuit, replaced buckle.",
    "Jump-started in lot, batt test: 12.38V / CCA 410 of 650 rated -> 'REPLACE'. Cust approved.",
    "Coolant temp reading -40°F on cluster = open circuit in ECT sensor circuit. Connector corroded, replaced pigtail.",
    "Shop supplies & disposal fees added; hazmat: 6 qt oil, 1 filter.",
    "Hybrid batt cooling fan clogged w/ pet hair — cleaned, HV batt temp delta now < 3°C between blocks.",
    "Rear diff fluid changed (75W-90 + friction modifier 4 oz) for chatter on tight turns.",
    "Head gasket suspected: coolant loss 1 qt/week, no external leak. Block test (combustion gas) = POSITIVE (yellow). Recommend cylinder leak-down before tear-down.",
    "Leak-down: cyl 1 8%, cyl 2 7%, cyl 3 42% (air from intake => intake valve), cyl 4 9%.",
    "Installed customer-supplied parts; no warranty on parts/labor per policy (cust signed waiver).",
    "Tech #207 → #113 handoff: wiring diagram printed, both O2 heaters tested (B1S1 = 3.2 Ω OK, B1S2 = OL!!).",
    "Concern: noise from rear\nCause: exhaust heat shield loose\nCorrection: added stainless band clamp, no rattle on road test",
    "3C\nConcern: cust states no heat from vents\nCause: blend door actuator stripped (clicking behind dash)\nCorrection: replaced actuator, ran HVAC calibration",
    "Key fob not detected; replaced CR2032 & re-synced. If recurs, check antenna under rear seat.",
    "Cust refused MPI recommendations (tie rod ends, wiper blades). Signed decline on tablet.",
    "Nota técnico: cambio de aceite y filtro, revisión de frenos OK; pastillas traseras al 30 %.",
    "Gear oil weeping from pinion seal. Monitor; not dripping yet. Re-check next oil change.",
    "Waiting on parts (ETA Thu). Vehicle stored inside, keys in lockbox #14; cust has loaner #L-07.",
    "Drained 1/2 gal of water-contaminated fuel from tank; replaced fuel filter; cust filled up at a station with a flooded tank last week.",
    "No problem found (NPF). Drove 25 mi mixed, cold & hot, could not duplicate the stall. Asked cust to record video if it happens again.",
]

DIAG_DUMP = [
    "18FEF100#FFFFFF7D00FFFFFF",
    "can0  7E8   [8]  06 41 0C 1A F8 00 00 00",
    "7DF#0201050000000000\n7E8#03410578AAAAAAAA",
    "> 0100\n41 00 BE 3F A8 13\n>",
    "ATZ\nELM327 v1.5\n>ATSP0\nOK\n>010C\nSEARCHING...\n41 0C 0B 20",
    "UDS 22 F1 90 -> 62 F1 90 57 56 57 5A 5A 5A 33 43 5A 45 45 31 32 33 34 35 36",
    "Negative response: 7F 27 35 (invalidKey) on SecurityAccess level 0x01 — waited 10 s delay then retried",
    "Freeze frame P0420: RPM=2210, LOAD=41.2%, ECT=92°C, STFT B1=-3.1%, LTFT B1=+6.3%, VSS=88 km/h",
    "Mode $06 TID $21 CID $01: value 0.712 < min 0.750 -> FAIL (cat eff B1)",
    "(1683212345.123456) can0 0CF00400#F07D7D000000F07D",
    "Readiness: MIL=OFF, DTC cnt=0, CAT=RDY, EVAP=INC, O2=RDY, O2HTR=RDY, EGR=N/A",
    "J1939 SPN 3226 FMI 4 — NOx sensor outlet, voltage below normal (SA=0x3D)",
    "DM1: lamp=0x04 SPN=100 FMI=1 OC=3 (engine oil pressure low, 'most severe')",
    "PID 0x2F fuel level = 0x80 -> 128*100/255 = 50.2 %",
    "Live data @ idle: MAF 2.9 g/s | O2 B1S1 0.1-0.9V switching | IAT 24°C | TPS 14.5%",
    "cansend can0 7E0#0322F19000000000",
    "VCDS: 01-Engine -- Status: Malfunction 0010\n17705 - Throttle Body (J338): Adaptation Problem\nP1297 - 35-00 - -",
    "Address 17: Instruments  Labels: 5K0-920-xxx-17.clb\nPart No SW: 5K0 920 870 C   HW: 5K0 920 870 C",
    "INPA> FS_LESEN\n2A82 VANOS intake: mechanism stuck",
    "Tech2 > Diagnostics > 2008 > Body > BCM > DTC B1000 'ECU Malfunction' current",
    "SID 254 FMI 12 – Vehicle management system (VMS) internal fault",
    "0x7E0 10 03 ; 0x7E8 50 03 00 32 01 F4  (extended session OK, P2=50ms P2*=5000ms)",
    "Battery voltage (PID 0x42) = 0x3A98 / 1000 = 15.000 V -> overcharge? check alternator regulator",
    "OBD> 03\n43 01 33 00 00 00 00\n=> P0133 O2 sensor slow response B1S1",
    "MIL ON distance (PID 21): 1,236 km; since codes cleared (PID 31): 14 km",
    "trace.asc:\n   1.023451 1  18FEEE00x  Rx   d 8 7A FF FF FF FF FF FF FF\n   1.033100 1  18FEF100x  Rx   d 8 F3 00 00 00 FF FF FF FF",
    "ID=0x3B3 DLC=8 DATA=[00 00 40 00 00 00 00 00] -- lock state bits change when fob pressed",
    "DTC status byte 0x2F = testFailed | testFailedThisOperationCycle | pendingDTC | confirmedDTC | testFailedSinceLastClear",
    "ReadDataByIdentifier 0xF18C (ECU serial) -> \"A1B2C3D4E5\"",
    "STFT -25% at idle, goes to +2% at 2500 rpm => vacuum leak (not fuel pump)",
    "KWP2000 fast init OK; 0x81 -> 0xC1 EF 8F; ECU ID: 0261S04567 / 1037395678",
    "P0299 underboost; commanded 1.45 bar vs actual 0.92 bar @ 3000 rpm, WOT",
    "Snapshot 2/3: Engine Speed=0 rpm, Ignition=RUN, Batt=11.9 V, Odometer=084211 km",
    "candump output:\n  can0  244   [8]  00 00 00 01 3F 00 00 00\n  can0  3E9   [8]  00 00 2A 00 00 00 00 00",
    "Error frame counter TEC=128 → bus-off after 255; node 0x18 dropping off HS-CAN",
    "CAN-H 2.6V / CAN-L 2.4V recessive OK; termination 60.2 Ω between pins 6 & 14 at DLC",
    "Pin 16 = +12V, pins 4/5 = GND, pin 6/14 = CAN H/L — DLC good, scanner still says 'no comm'.",
    "Sniffed 0x1A0 byte[2] & 0x7F = vehicle speed (km/h), bit 7 = brake switch",
    "Hex dump from EEPROM (95040):\n0000: 57 44 44 32 30 34 30 30 31 41 33 32 31 30 30 30\n0010: FF FF FF FF FF FF FF FF FF FF FF FF FF FF FF FF",
    "obd> 09 02\n49 02 01 57 44 44\n49 02 02 32 30 34 30 30\n...",
    "Torque app export: Time,RPM,Boost(psi),IAT(°F)\n0.0,812,-10.2,88\n0.5,2470,3.1,89\n1.0,4890,17.8,91",
    "Seed 3F 91 A2 07 -> key sent; ECU replied 67 02 (access granted), coding session open",
    "DID 0x0100 coding string: 0D3F000040080000 (bit 3 byte 4 = fog lights enabled)",
    "SPN 520192 proprietary; FMI 31 'condition exists' — no doc, ask the engine OEM",
    "Fault memory cleared @ 09:41; re-read @ 10:05 => 0 faults",
    "P0AA6-00 Hybrid battery voltage system isolation fault; insulation resist. = 0.4 MΩ (< 1 MΩ)",
    "Scope: CKP 36-1 pattern clean, CMP missing 1 tooth per rev → reluctor damaged?",
    "Fuel trim L = -0.8 %, R = +14.1 % -> right bank lean only",
    "Session log:\n[10:02:11] > 10 02\n[10:02:11] < 50 02\n[10:02:12] > 34 00 44 00 08 00 00 00 01 00 00\n[10:02:12] < 74 20 0F FA",
    "No data on PID 0x5C (oil temp) — not supported per 0x41 0x40 bitmap",
    "Select vehicle: 2017 > Ford > F-150 > 3.5L EcoBoost > PCM > Self Test (KOEO)",
    "KOER self test codes: 1171 / 1172 / 1173 (O2 fixed lean), run again after repair",
    "Injector balance rates: +0.6 / -1.2 / +3.9 / -0.3 mm³/st (cyl 3 high)",
    "Ripple on alternator output 1.8 Vpp > 0.5 V limit → diode failure",
    "$ 19 02 FF\n59 02 FF 01 03 00 2F 04 20 00 2F",
]

PARTS_FITMENT = [
    "Fits 2015-2019 w/ 2.0T, not hybrid",
    "OEM 06H 905 110 G coil pack — fits EA888 gen 2/3; NOT for 1.8T 20v (different connector).",
    "Brake pad set front, ceramic. Fitment: Civic 2016-2021 (exc. Type R & Si w/ 12.3\" rotors)",
    "Replaces 15400-PLM-A02 / 15400-RTA-003 | thread 3/4\"-16 UNF | gasket included",
    "Qty 4 × M14x1.5 lug bolts, 28mm shank, 60° cone seat; compatible with OEM & most aftermarket wheels",
    "Does NOT fit models with adaptive cruise (radar behind grille) — check for the emblem w/ smooth face",
    "Wiper blade set 26\" + 16\" (driver/passenger) J-hook; rear 12\" sold separately",
    "Headlight assy LH (driver side) US-spec only; EU/JDM lens has different beam pattern & won't pass inspection",
    "Condition: used, pulled from 2018 w/ 41k mi. Tested OK. Minor scratches on tab (see pic #3). 30-day return.",
    "Q: does this fit my 2012 Outback 2.5i? A: Yes if your VIN 8th digit = 'B' (FB25); no for 3.6R.",
    "Thermostat 87°C (188°F) vs 82°C low-temp version -> use the 87 for emissions compliance",
    "Mass air flow sensor w/ housing, 5-pin; for 3.0L V6 supercharged < 06/2013 only",
    "Oil filter cartridge + O-ring kit; torque cap to 25 Nm (18 lb·ft) — DO NOT overtighten",
    "Bundle: pads + rotors + hardware + brake grease sachet. Left & right included.",
    "Kit contents: 1x water pump, 1x timing belt (141 teeth), 2x idler, 1x tensioner, bolts",
    "Price: $89.99 ea or $320/set of 4; core charge $25 refundable on return of old unit",
    "Core return: old alternator must be rebuildable (no cracked case, no fire damage).",
    "Part # 68191349AC supersedes 68191349AA & 68191349AB (updated o-ring material)",
    "Dimensions: 420 × 215 × 30 mm; weight 2.3 kg; fits OEM location, no cutting",
    "Fitment notes: 4WD only; 2WD uses different CV shaft length (L=612 vs 598 mm)",
    "Euro-spec (ECE R48) LED DRLs; plug&play on '09-'12 E90 LCI w/ Xenon, coding required for non-LCI",
    "Compatible models: A4 (B8) | A5 (8T) | Q5 (8R) — with 2.0 TFSI CAEB/CDNC engine",
    "Spark plug ILZKAR7B11 (stock heat range); for tuned cars go one step colder → ILZKAR8H8S",
    "Mirror glass heated, blind-spot indicator version; clips onto existing motor (no tools)",
    "Ersatzteil für VW Golf VII 1.6 TDI, passt nicht für GTI/GTD — bitte FIN angeben!",
    "Pièce d'origine Renault 8200 104 472 – compatible Clio III & Modus (moteur K9K).",
    "適合車種: プリウス ZVW30 (2009-2015) ※PHV不可",
    "Tire 225/45R17 94W XL; load index 94 = 670 kg; speed W = 270 km/h",
    "Shipping: oversized (bumper cover) – freight only, no PO boxes; Alaska/Hawaii add $$",
    "Seller note: 'Pulled by me from my own car, don't ask for a discount on shipping lol'",
    "Will this fit a '97 Cherokee XJ 4.0 w/ AW4 auto? Mine has the 231 transfer case",
    "Exhaust gasket (donut) 2.5\" ID — universal? no: specific to ball/socket joint on Y-pipe",
    "Cross-ref: 0 986 AB2 544 | 13.0460-7187.2 | GDB1550 (all same backing plate)",
    "Gasket set 'upper' only (valve cover + intake); lower set (oil pan) = separate SKU",
    "Fits: 2011–2016 F-250/F-350 Super Duty 6.7L Power Stroke; excl. cab & chassis",
    "Condition grade B: works 100%, cosmetic wear < 10% of surface. No cracks on mounting tabs.",
    "Sensor connector is 3-pin (2006+) vs 2-pin (≤2005); adapter harness sold separately (#ADP-3to2)",
    "Union fitting M10x1.0 → -3AN, for braided brake lines; stainless, pair",
    "DROP-IN replacement for OEM air filter; washable, re-oil every 50k mi.",
    "Coolant: G12evo / G13 compatible; do NOT mix with green (IAT) coolant",
    "Fuel pump module incl. sender & strainer; 3.5 bar / 50 psi; E85-safe",
    "Wheel spacer 15mm 5x112 57.1 CB hubcentric — includes extended bolts (M14x1.5, 45mm)",
    "Set of 2 shocks rear. For lifted (2-3\") trucks only; stock height → use SKU ending -STD",
    "For models built after 03/2017 (check door jamb label 'MFD 03/17' or later)",
    "Battery group 48/H6, 760 CCA, AGM; requires BMS registration on start/stop vehicles",
    "Alternator 150A; pulley: 6-groove decoupler (OAD). 12V. Plug: 2-pin + B+ stud.",
    "If your VIN starts with 'J' (Japan-built) the bracket is different — message us first",
    "Exchange only — we ship after receiving your old ECU (we clone immo data & VIN)",
    "Glow plug 5.0V ceramic for 2.2 CRDi (x4). Torque 15 Nm, use deep socket 10 mm.",
    "Fits <2014 (pre-facelift) only; facelift grille has different clips => won't fit",
    "Hose clamp set (42 pcs) 8–38mm, W4 stainless; 'worm drive'",
    "Grease: lithium complex, NLGI 2, -30°C to +160°C; 400g cartridge",
    "Search tip: type the OE number without spaces or dashes (e.g. 5K0615301 not 5K0-615-301)",
    "Brake line kit (stainless braided) DOT-approved, 4 pcs; fits w/o ABS mod — banjo bolts M10x1.0 incl.",
    "Pedido mínimo 2 uds. Válido para Ibiza 6J / Polo 6R (motor CAYC); no vale para 1.2 TSI.",
]

LISTINGS = [
    "2018 Toyota RAV4 XLE AWD — 1 owner, clean Carfax, 62k mi. New tires & brakes (2023). $23,900 OBO.",
    "Selling my '06 Civic Si: K20Z3, LSD, 148k. Rust on rear arches (pics). No lowballers, I know what I have!!",
    "NO trades. NO 'is this available?' messages — if the ad is up, it's available.",
    "Features: heated seats <3, CarPlay, backup cam, remote start; smoker = NO, pets = NO",
    "Price drop!!! was $18,500 -> now $16,995. Must go before Friday.",
    "Cash or cashier's check only; title in hand (clean, not salvage/rebuilt).",
    "Exterior: Magnetic Gray Metallic | Interior: Black SofTex | Drivetrain: 4x4 | MPG: 22/28",
    "Drives like new. Minor door ding on passenger side & a scratch on the rear bumper (see last photo).",
    "Vendo Seat León 1.6 TDI 2015, 120.000 km, ITV pasada hasta 03/2025, libro de revisiones al día.",
    "Verkaufe BMW 320d Touring (F31), Bj. 2016, 178.000 km, TÜV neu, Scheckheft gepflegt, Anhängerkupplung.",
    "À vendre Peugeot 308 SW 1.5 BlueHDi 130ch, 2019, 1ère main, CT OK, distribution faite à 120 000 km.",
    "Mods: cold air intake, cat-back exhaust, 20% tint, lowered 1.5\" on springs. Stock parts included!",
    "Title status: rebuilt (hail damage 2021, repaired @ certified shop, receipts available)",
    "Certified Pre-Owned: 172-point inspection, 7yr/100k powertrain warranty, 2 keys, 2 manuals",
    "Clean title, runs & drives, but has check engine light (P0420) — priced accordingly.",
    "Classic 1967 Mustang coupe 289 V8, C4 auto; numbers-matching? No — engine is a '68 block.",
    "Fleet vehicle, dealer-maintained every 5,000 mi; some interior wear on driver bolster.",
    "Transmission: 6MT (not DCT). Clutch replaced @ 98k; receipts in the binder.",
    "EV: 2020 Model 3 LR — battery health ~91% (est. range 290 mi at 100%), FSD NOT included",
    "Kia Niro PHEV, charge port door sticks a bit in winter; otherwise perfect.",
    "Make an offer! Serious buyers only; test drives w/ valid license & proof of insurance.",
    "Located in Ogden, UT — can deliver within 100 mi for $1/mi.",
    "Window sticker attached; options: Tech pkg ($2,300) + Cold Weather pkg ($750)",
    "Lease takeover: $389/mo, 22 months left, 12k mi/yr allowance, $1,000 incentive from me.",
    "Spare keys: 1 (smart key). Second key can be programmed at dealer for ~$350.",
    "Wheels: 18\" OEM alloys + winter set on steel rims (studless, 6/32\" left).",
    "Condition: 8/10 — a few rock chips on hood, no accidents, never smoked in.",
    "Продаю Lada Vesta 2019 г., пробег 56 000 км, один владелец, не битая, не крашеная.",
    "出售 2017款 大众 帕萨特 330TSI，行驶6万公里，无事故，4S店保养。",
    "Runs on E85 or 91+ octane; flex-fuel sensor installed & tuned (see tuning sheet).",
    "Sold as-is, where-is. Inspection welcome at your expense (Mon–Sat 9-5).",
    "Heads up: the 'Check Gauges' light sometimes comes on when it's below 0°F; oil pressure is fine.",
    "Price is firm ($7,200). Private-party book value is $7,650, so it's below book.",
    "Title is 'Lemon Law buyback' — manufacturer repaired transmission; full docs.",
    "History report: 2 owners, 0 accidents, 14 service records; last service 03/2024.",
    "Towing package w/ brake controller; 7,700 lb max tow rating (per door sticker).",
    "Looking for: manual trans hatchback under $10k in the tri-state area. DM me!",
    "Stage 2 tune, 3\" downpipe, FMIC; ~310 whp on dyno. Can return to stock map.",
    "Interior smells a bit like dog (golden retriever) — detailed once, could use another ozone.",
    "Upgraded infotainment: Android head unit 10.1\" (Wi-Fi, BT). Original radio included.",
    "Trim: Limited (not Platinum). Sunroof & nav; ventilated seats = Platinum only.",
    "Has an aftermarket alarm – remote included; kill switch under dash, I'll show you.",
    "Registration valid until 08/2025; emissions passed 07/2024.",
    "Airbags deployed (front only) — repaired with OEM parts, SRS light off.",
    "Miles are mostly highway (commute 60 mi/day); oil changed every 5k w/ full synthetic.",
    "Diesel, 2.8L Duramax, DEF system replaced under warranty @ 72k.",
    "Motorcycle trailer & bike rack not included (unless you want them — +$200).",
    "Quick sale: moving overseas 6/15. First $12k takes it.",
    "Year/Make/Model: 2014 / Subaru / WRX STI; Engine: EJ257; Color: WR Blue Pearl",
    "Honest description: AC needs recharge, rear wiper doesn't work, small tear on driver seat.",
    "Marketplace listing #A-20931 (reposted) — previous buyer flaked.",
    "Vendesi Fiat Panda 4x4 1.3 Multijet 2013, gancio traino, gomme 4 stagioni nuove.",
    "Driver's seat power adj. works; passenger = manual. 'Heated steering' = yes.",
    "Sprzedam Skodę Octavię III 2.0 TDI 2017, 210 tys. km, serwisowana w ASO, bezwypadkowa.",
    "Please no scammers/shippers — local pickup only, I'll meet at the police station lot.",
    "Description:\n- 2.5L 4cyl, auto\n- 2 sets of keys\n- new battery (05/2024)\n- small crack in windshield (passenger side)",
]

INSPECTION = [
    "[x] Wipers [x] Horn [ ] Hazards (R rear bulb out) [x] Seat belts",
    "Tire tread (32nds): LF 6 | RF 6 | LR 4 | RR 3 <- replace soon",
    "Brake pads: front 7mm = GREEN; rear 3mm = RED (min 2mm)",
    "Battery: 12.6V resting / 10.1V cranking => OK (> 9.6V)",
    "MPI result: 18 green / 4 yellow / 1 red (see attached photos 1-7)",
    "Leaks: none at engine; light seep at rear main (monitor); trans cooler lines dry.",
    "State inspection: FAIL — windshield crack > 6\" in driver's view; retest free within 30 days",
    "Suspension: ball joints OK (< 0.5mm play), tie rods OK, inner tie rod boot torn (L) -> Y",
    "Lights: low/high ✔ turn ✔ brake ✔ 3rd brake ✘ (2 LEDs out) license plate ✔",
    "Undercarriage: surface rust on frame (normal for age), no perforation; brake lines OK",
    "Pre-purchase inspection summary: overall 'good' w/ caveats: a) timing belt due b) rear shocks weak c) AC slow",
    "Emissions: OBD plug-in — readiness 6/7 (EVAP incomplete) -> allowed for MY 2001+ (1 incomplete)",
    "Fluids: engine oil = OK, coolant = OK (−34°C protection), brake = 2% H2O, washer = topped",
    "Exhaust: hole in rear muffler (visible soot) → fail for noise; must repair before re-inspection",
    "Check list:\n- Spare tire & jack present\n- First aid kit (exp. 2026)\n- Warning triangle\n- Reflective vest",
    "DOT tire code: DOT 4B7X 2H3J 2219 -> week 22 / 2019 (5+ years, recommend replace)",
    "Pre-trip (CDL): air brakes build 50→90 psi < 45 sec ✔; governor cut-out 125 psi ✔; low-air warning @ 60 psi ✔",
    "Wheel lug torque verified @ 140 ft-lb (star pattern) after 50 mi retorque",
    "Belts & hoses: serpentine cracks > 3/in → Y; upper rad hose soft → Y; heater hoses ✔",
    "HU/AU: geringe Mängel — Kennzeichenbeleuchtung defekt; Plakette erteilt.",
    "Contrôle technique : défaillance majeure — disque de frein AV usé ; contre-visite sous 2 mois.",
    "Body: dent LR quarter (2\" dia.), paint chips hood; glass ✔; mirrors ✔; doors/hinges lube'd",
    "Steering: free play 15mm (< 30mm OK); PS fluid n/a (EPS); alignment pulls slightly left",
    "Interior: all gauges ✔, A/C 41°F at center vent @ 85°F ambient ✔, dome light ✘",
    "Fail items (must fix): 1) brake light L 2) horn 3) tire RR < 2/32\"",
    "Inspector #A-4471 | Station 12 | Sticker # 009912X | exp. 05/2025",
    "DVIR: defects found = NO. Driver signature: ____ Mechanic signature: ____",
    "Trailer: breakaway battery 12.7V ✔, safety chains crossed ✔, coupler latch pin ✔",
    "Visual only — lift not available today, underbody NOT inspected",
    "Rust check: rocker panels soft (screwdriver test) both sides -> structural? Refer to body shop",
    "Car seat check: LATCH anchors ✔, top tether ✔; rear-facing install at 45° ✔",
    "Brake rotor thickness: F 27.9/28.1 mm (min 26.0) | R 9.2/9.1 mm (min 8.0)",
    "Coolant hydrometer: −20°F; recommend 50/50 top-off before winter",
    "OK = ✔, needs attention soon = ⚠, needs immediate = ✘ — legend for the form",
    "EV inspection: HV cable insulation ✔, 12V aux batt 12.5V ✔, charge port latch ✔, SOH 94%",
    "Door jamb sticker: GVWR 6,800 lb / GAWR F 3,500 R 3,750; tires P265/70R17 @ 35 psi",
    "Air filter: dirty (held to light - no light through) => replace",
    "Wiper blades streaking; washer jets aimed too high -> adjusted w/ pin",
    "Exterior lights; reflectors; mud flaps (required on >10,001 lb) ✔",
    "Seatbelt pretensioner warning: none. SRS lamp bulb-check at key-on ✔",
    "CV boots: LF outer torn, grease slung on control arm → replace boot or axle",
    "Engine mounts: upper torque mount cracked (rubber separation), excessive movement on shift R↔D",
    "Odometer reading 123,456 — matches title/registration ✔",
    "Motor oil level 'between dots', color dark amber, no milkiness, no sludge under cap",
    "Frame VIN stamp legible ✔ / VIN plate at windshield ✔ / door label ✔ — all match",
    "Points deducted: -5 (tires) -2 (wipers) = 93/100 overall score",
    "Fire extinguisher (5 lb ABC) gauge in green, tag current (04/2024) ✔",
    "Parking brake holds on 20% grade ✔; service brake stop from 20 mph < 25 ft ✔",
    "Under-hood: no fluid on block; alternator belt whine at startup only",
    "Reinspection result: PASS (all items corrected per RO #77120)",
    "Tyres: 4mm+ = pass; 1.6–3mm = advisory; <1.6mm = illegal",
    "MOT advisory: Nearside front tyre worn close to legal limit; Oil leak, but not excessive",
    "Inspection checklist item 14 'Exhaust system secure/leak-free' – N/A (BEV)",
    "Trunk: spare = compact 'donut' T135/70R16, 60 psi ✔; jack & lug wrench ✔",
    "Comments: Vehicle was pulling left & vibrating >60 mph; recommend balance & align.",
    "Revisión ITV: desfavorable — holgura en rótula de dirección; volver antes de 2 meses.",
]

WARRANTY = [
    "Recall 23V-456: rearview camera image may not display; software update at dealer (no charge).",
    "Claim #WC-2024-00817: labor op 06-210-01 (replace turbo) 3.2 hrs; causal part 06K145722H",
    "Complaint/cause/correction: C: oil consumption 1 qt/1,000 mi; C: stuck oil control rings; C: replaced pistons & rings per TSB.",
    "Goodwill request: 68k mi (8k over powertrain), 1st owner, all services at dealer — request 50/50 on transmission.",
    "Warranty denied: damage caused by aftermarket tune (ECU flash counter = 3, expected 1)",
    "Submitted w/ photos: 1) VIN plate 2) odometer 3) failed part 4) part tag",
    "Campaign 20SA04 – airbag inflator – parts on backorder; loaner authorized (Y).",
    "Claim returned: missing diagnostic code (use P0741 not P0700) & tech's 3C incomplete",
    "Extended warranty (3rd party): deductible $100/visit; requires pre-auth before teardown > $500.",
    "Stop-sale / do-not-drive: 2021-2022 units w/ fire risk in HV battery; park outside, away from structures.",
    "Safety campaign 24V-012 | Component: POWER TRAIN:AUTOMATIC TRANSMISSION | Units affected: 48,311",
    "Labor time claimed 4.5 vs flat-rate 3.8 — add'l 0.7 for seized bolts (photo evidence)",
    "Parts return tag: RMA-88231 — ship to Warranty Parts Center within 30 days or claim will be debited",
    "Cust notified by mail 03/14 re: recall; did not respond; 2nd notice sent 06/02.",
    "Déclaration de garantie : bruit de boîte à 45 000 km, véhicule sous garantie constructeur (5 ans).",
    "Garantieantrag abgelehnt: Verschleißteil (Kupplungsscheibe) nicht abgedeckt.",
    "Policy adjustment approved 100% parts & labor — 'special coverage' bulletin SC-21-7.",
    "Claim data: Failure date 2024-05-11; Repair date 2024-05-13; Mileage in/out 41,230/41,241",
    "Tech comment: root cause = coolant intrusion into connector C2 (pin 5 corroded) — water from cowl.",
    "Warranty = 3yr/36k bumper-to-bumper; 5yr/60k powertrain; 8yr/100k hybrid components",
    "Battery warranty claim: pro-rated 48 of 84 months used → customer pays 57%",
    "Recall completed ✔ — remedy: reprogram BCM to v3.17; verified w/ completion report",
    "Sublet: windshield replaced by glass vendor, inv. #S-55102, $612.40 (glass + ADAS calib.)",
    "Claim code: 01 (defect) | 02 (damage in transit) | 03 (pre-delivery) -> used 01",
    "Re: claim 77814 — debited due to 'repair not performed as submitted'; appeal attached.",
    "Emissions warranty (8yr/80k federal) covers the cat & ECM — not the O2 sensors after 2 yr.",
    "TSB 19-NA-123 applies only if DTC P1E00 is present AND software < 4.0.1",
    "Exception request: vehicle out of warranty by 912 mi; cust has documentation of prior visits for the same concern (ROs 34501, 35876).",
    "Tire warranty (road hazard): 7/32\" remaining of 11/32\" → credit 7/11 = 64%",
    "Service contract cancelled -> refund pro-rated minus $75 admin fee.",
    "Parts on order: ETA 2-3 wks (national backorder). Customer advised; rental auth 30 days max.",
    "Lemon law: 4th repair attempt for same defect (stalling) — escalate to regional.",
    "Claim type ZRA / causal op 1234567 / tech ID 4471 / PC code G3 (no parts)",
    "PDI found paint defect on hood (sagging clearcoat); transport damage claim filed with carrier.",
    "Recall notice text: 'The fuel pump may fail, causing the engine to stall while driving, increasing the risk of a crash.'",
    "Remedy not yet available; interim: disable auto-start/stop via settings.",
    "Drop-off scheduled for recall 22V-870 Tues 8:00 am; est. 1.5 hr; wait or shuttle.",
    "Claim on hold – awaiting field engineer approval (FE visit Thurs.)",
    "Factory warranty transferred to 2nd owner ✔; powertrain reduced to 5yr/60k for non-original owner",
    "保修申请：发动机异响，里程 2.3 万公里，在保修期内。",
    "Warranty labor rate $165/hr; parts markup 40% (state law) approved",
    "Cust signed acknowledgment that aftermarket lift kit may void suspension warranty (not whole car).",
    "Defective part shipped w/ tag 'DO NOT DISCARD – HOLD FOR ENGINEERING'",
    "Warranty claim #: 2024-0455-Q | Status: PAID ($1,284.55) | Paid date: 07/19/2024",
    "Water leak into footwell: clogged sunroof drains (debris); cleaned & tested w/ hose 10 min — covered.",
    "Diagnosis time: 1.0 hr allowed w/o prior approval; 2nd hr requires TAC case #",
    "TAC case 5512093 opened; engineer suggested swapping TCM from known-good unit.",
    "Recall 21V-102 does not apply to this VIN (built after fix date 05/2021).",
    "Customer requesting reimbursement for out-of-pocket repair done before recall announced (receipt $1,140).",
    "Warranty covers 'defects in materials or workmanship' — not wear, abuse, or environmental damage (hail, flood).",
    "Cust pay portion: $0.00 | Warranty: $2,311.70 | Internal: $45.00 (car wash)",
    "Denied: no evidence of maintenance (oil changes) for 31,000 mi. Customer to provide receipts.",
    "Rear camera recall remedy = replace camera harness (wire chafes at liftgate hinge)",
    "Part replaced under 12mo/12k parts warranty (prior RO 65122) – no charge.",
    "Garanzia: sostituzione pompa acqua, km 38.000, entro i 2 anni.",
    "Claim narrative:\nCustomer states: engine stalls at stop.\nTech found: DTC P0507, throttle body coked.\nRepair: replaced TB, idle relearn.",
]

TELEMATICS = [
    "Geofence 'Yard – North Gate' exit: Unit 114 @ 06:42 (speed 12 mph)",
    "Harsh braking event: -0.52 g @ I-95 NB mile 81; driver: J. Ortiz",
    "Idle > 15 min alert: Truck #27, 37 min at 'Depot (Main)' — engine on, PTO off",
    "Geofence name: Customer site #12 – Acme & Sons (loading dock B)",
    "Speeding: 78 mph in 65 zone for 2m14s; route: Hwy 101 S → Exit 432",
    "Fuel level dropped 38% in 4 min while parked → possible siphoning? Unit 09, Lot C",
    "Low battery (12V) 11.6 V — vehicle parked 9 days; recommend start or tender",
    "DTC alert: P0420 on VAN-203 (odometer 142,880 km) – schedule service",
    "Maintenance due: PM-B service @ 250 engine hrs (current 246.5 h)",
    "Trip summary: 214.6 mi | 4h12m driving | 38m idle | avg 51 mph | max 74 mph | 22.1 mpg",
    "Fuel log: 2024-06-03, 18.422 gal @ $3.899/gal = $71.83, odo 45,210, station #5512, full tank ✔",
    "Fuel card txn flagged: 42 gal into unit w/ 26 gal tank (card ending 2290)",
    "Geofence 'No-Go: School zone 8-9am & 2-4pm' — entry triggers SMS to dispatcher",
    "Dispatcher note: driver says ELD was offline from 13:10–13:55 (no LTE in the canyon).",
    "HOS: 10h50m driving remaining; 30-min break required in 1h05m",
    "Temp alert reefer #R-88: setpoint 34°F, actual 41.2°F > threshold (+5°F) for 12 min",
    "Door open event (rear) outside geofence — Unit 311 @ 23:14, lat 40.7411, lon -73.9897",
    "Unauthorized use: ignition ON at 02:37 Sunday (outside schedule Mon–Fri 6:00–19:00)",
    "Tire pressure alert: axle 2 outer right 82 psi (target 105)",
    "DEF level 9% — derate will occur at 2.5%; refill at next stop",
    "MPG by driver (week 23): Lee 7.1 | Gomez 6.8 | O'Brien 6.4 | Nguyen 7.3 — fleet avg 6.9",
    "EV fleet: charger 'Depot-04' fault (ground fault) — session ended at 34% SOC",
    "Geofence radius 250 m around 'Warehouse 3 / Dock 7'; dwell > 2 h => alert",
    "Accident detected (accel 3.8 g) — call driver; if no answer in 2 min, call 911 per SOP",
    "Route deviation: > 1.5 mi off planned route for 6 min (detour due to road closure, per driver)",
    "Odometer correction: GPS odo 118,402 vs dash 118,950 -> offset +548 mi applied",
    "Fuel receipt missing for 06/11 transaction at truck stop #389 – driver to upload photo",
    "Alert rule: IF speed > 70 AND road_type = 'residential' THEN notify supervisor",
    "Seatbelt unbuckled while moving > 10 mph: 3 events today (Unit 77)",
    "Low fuel < 1/8 tank: nearest in-network station 2.3 mi (Exit 118)",
    "Geofence: Zone 'Client – Müller GmbH, Werk 2' (Lkw-Zufahrt über Tor 3)",
    "Kilometerstand 231.540 km – nächster Ölwechsel bei 240.000 km",
    "Carnet de carburant : 52,4 L à 1,879 €/L = 98,46 € — aire de Beaune (A6)",
    "Unit renamed: 'Old Blue (2009 F-350)' -> 'Spare #2 / do not dispatch'",
    "Driver scorecard: 87/100 (harsh accel -4, harsh brake -6, speeding -3)",
    "Battery SOC 18% @ 17:40 — trip to 'Site 14' needs ~31% → reroute to charger",
    "PTO engaged 2h10m at job site (boom truck) — not counted as idle",
    "Tracker offline > 24 h: last ping 2024-06-14 08:02 UTC, check device power lead",
    "Coolant temp high 108°C on TRK-51 -> driver instructed to pull over & shut down",
    "Weekly fuel: 1,248.6 gal | $4,890.22 | 7.02 mpg | CO₂ ≈ 12.7 t",
    "Geofence 'Home base' polygon edited by admin: 6 vertices → 8 (added back lot)",
    "Curfew: vehicles must be inside 'Yard' between 22:00-05:00; violations: 0",
    "Refuel detected +61 gal at lat 35.1495 lon -90.0490 (Memphis) — matches receipt ✔",
    "Jump in odometer (+2,000 mi in 1 min) → GPS glitch, ignore",
    "Service reminder: Unit 12 brake inspection every 25k mi; last @ 100,340; now 124,980",
    "Driver message: 'stuck at weigh station, will be ~45 min late to the Smith drop'",
    "Idle cost this month: 312 h × 0.8 gal/h × $3.95 = $985.92",
    "Alert: engine oil pressure low (SPN 100 FMI 1) on unit 4402 — STOP ENGINE",
    "Geofence names: 'Site A', 'Site B (north)', 'Site C / Phase 2', 'Customer: O'Reilly Auto #1123'",
    "Excessive RPM: 3,150 > 2,200 governed for 45 s (downhill engine braking?)",
    "Maintenance log: grease 5th wheel; check kingpin; inspect airlines (gladhands) ✔",
    "Telemetry gap 14:02–14:19 (tunnel); data backfilled from device buffer",
    "Fuel economy L/100km: 8.4 (city) / 6.1 (hwy); target < 7.5 combined",
    "Vehicle #62 in deep sleep mode to save battery — wakes on ignition",
    "Posted speed vs actual: 55/61, 45/52, 35/38 — 3 violations on Main St",
    "Daily fuel log\nUnit | Gal | $/gal | Odo\n114 | 31.2 | 3.879 | 88,410\n115 | 28.7 | 3.899 | 102,955",
]

COMPLAINTS = [
    "My car makes a grinding noise when I brake & the steering wheel shakes. It's been like this since my last oil change at your shop!!",
    "I was told it would be ready by 3pm; it's 5:45 and nobody's called me back. Not happy :(",
    "Why was I charged $89 for a 'diagnostic' when you didn't even find the problem?",
    "The 'check engine' light came back on 2 days after I picked it up (same code P0455?)",
    "Mi coche hace un ruido raro al girar el volante a la izquierda; ¿pueden revisarlo mañana?",
    "Bonjour, ma voiture ne démarre plus depuis ce matin, le voyant batterie s'allume. Merci de me rappeler.",
    "Hallo, seit dem Werkstattbesuch quietscht die Bremse vorne links – bitte um Rückruf.",
    "Ho portato l'auto per il tagliando e ora c'è una perdita d'olio sotto il motore.",
    "Meu carro está puxando para a direita depois do alinhamento. Isso é normal?",
    "エンジンをかけるとキュルキュル音がします。ベルトの交換が必要ですか？",
    "车子打火困难，早上冷车时尤其明显，请问需要更换火花塞吗？",
    "В салоне пахнет бензином после заправки. Это опасно?",
    "السيارة تصدر صوت طقطقة عند التسارع، أرجو الفحص.",
    "Samochód szarpie przy ruszaniu na zimnym silniku, co może być przyczyną?",
    "Arabam rölantide titriyor ve motor arıza lambası yanıyor.",
    "There's a smell like maple syrup from the vents — my neighbor says that's coolant??",
    "Someone left grease marks on my beige seats & a greasy handprint on the headliner. Please fix.",
    "Radio presets were all wiped after the battery replacement. Small thing but annoying.",
    "Your tech scratched my rim with the tire machine (pic attached). I expect it repaired at no cost.",
    "I'm a single mom & can't afford $1,800 right now; is there a cheaper option or payment plan?",
    "My wife's car (the silver one, not the SUV) has a clunk in the rear over speed bumps.",
    "The dealer in Fresno said my warranty covers it, but you're saying it doesn't??",
    "Car shuts off randomly at stoplights & restarts fine. Happened 3x this week — scary on the freeway on-ramp.",
    "I asked for synthetic oil & the sticker says 'conventional'... which one did you put in?",
    "Waited 2 hrs for a 'quick' oil change. Coffee machine was broken too. 2/5 stars.",
    "Rating: ★★★★★ — Maria at the front desk was amazing, explained everything.",
    "Left a review: 'honest shop, fixed my A/C for half what the dealer quoted' :)",
    "When it rains, water drips on my left knee from under the dash. Floor mat is soaked.",
    "Transmission slips from 2nd → 3rd; RPMs flare ~500 before it catches.",
    "Noise is like 'wub-wub-wub' that gets faster with speed, not engine rpm.",
    "Key won't turn in the ignition unless I wiggle the steering wheel hard.",
    "Heater only blows cold air on the passenger side; driver side is hot. Dual zone is set to 72/72.",
    "Backup camera shows a black screen with 'no signal' about half the time.",
    "I think the mechanic drove my car home? 47 extra miles on the odometer vs when I dropped it off.",
    "Please don't call, text only: I work nights and sleep during the day.",
    "Can you check if the recall for my airbag is done? VIN ends in ...4471",
    "Car vibrates > 65 mph; you balanced the tires last week & it's no better.",
    "Tried to book online but the site kept saying 'invalid date' for Saturday.",
    "My husband says it's the alternator, I say it's the battery. Who's right? Lol",
    "Smells like rotten eggs when I accelerate hard. Should I be worried?",
    "I'd like a copy of the invoice & the old parts back, as is my right under state law.",
    "The dealer wants $3k for a timing belt / water pump; is that a fair price??",
    "My kid spilled apple juice in the center console; now the shifter is sticky & the USB port doesn't work.",
    "The horn goes off by itself at night (!!) and drains the battery. Neighbors hate me.",
    "Cancelled my appointment: found a shop closer to work, sorry!",
    "Tengo una cita el jueves a las 10 — ¿puedo dejar el coche el miércoles por la noche? Dejo las llaves en el buzón.",
    "Ik hoor een piepend geluid bij het remmen, vooral als het regent.",
    "Bilen drar åt vänster vid inbromsning, och ratten vibrerar.",
    "차가 언덕에서 뒤로 밀려요. 오토홀드가 작동 안 하는 것 같아요.",
    "Xe của tôi bị rò rỉ nước làm mát, đèn báo nhiệt độ sáng.",
    "The A/C smells musty, like old socks. Is there a cleaning service?",
    "I've paid for the same repair twice now!! RO 45120 & RO 46002. Want a refund or I escalate to corporate.",
    "Car drifts on the highway & the steering wheel sits at 10 o'clock when driving straight.",
    "Dear Service Team,\n\nI'm writing about my visit on 4/12. The brake job was fine, but the low tire light has been on since.\n\nThanks,\nPriya",
    "My Prius displays 'Check Hybrid System' and won't go into READY. Towing it to you tomorrow.",
    "Το αυτοκίνητο τρέμει στο ρελαντί και ανάβει η λυχνία ελέγχου κινητήρα.",
]

TUNING = [
    "Stage 1 map: +0.3 bar boost, timing +2° above 4k, LC @ 4,200 rpm. AFR target 11.8 at WOT.",
    "Anyone know the checksum routine for the ME7.5? My editor says 'checksum error' after I edit KFMIRL.",
    "Protip: always save a full read (EEPROM + flash) BEFORE you write anything. Bricked ECU = $800 lesson.",
    "Python snippet I use to log boost:\n```\nimport can\nbus = can.interface.Bus('can0', bustype='socketcan')\nfor msg in bus:\n    if msg.arbitration_id == 0x3E9:\n        print(msg.data.hex())\n```",
    "Arduino + MCP2515:\n```cpp\nif (CAN.readMsgBuf(&rxId, &len, rxBuf) == CAN_OK) {\n  Serial.println(rxId, HEX); // 0x7E8 replies\n}\n```",
    "Use `candump can0 | grep 7E8` to see only ECU replies; `cansniffer -c can0` highlights changing bytes.",
    "VE table rescaled; MAF > 8000 Hz failed → set to 12000 Hz max.",
    "Injector scaling: ID1050x @ 3 bar -> 1064 cc/min; dead times 0.96 ms @ 14 V",
    "Knock retard on cyl 3 & 4 (-3.5°) only in 3rd gear @ 4800 rpm -> too much timing or bad gas?",
    "Map switching via cruise stalk: 1 = stock / 2 = 93 oct / 3 = E50 / 4 = valet (limit 3,000 rpm)",
    "WARNING: do NOT flash with battery < 12.5 V. Put a charger on it or risk a brick.",
    "Logged values: RPM;Boost;IAT;Timing;AFR\n3000;14.2;32;18.5;11.9\n3500;18.7;33;16.0;11.6",
    "```c\n/* convert raw coolant temp byte to °C */\nint16_t ect_c = (int16_t)rx[3] - 40;  // OBD offset\n```",
    "Speed-density vs MAF: SD is fine for big cams w/ lumpy idle; MAF = better part-throttle driveability.",
    "My tune's rev limiter is fuel cut @ 7,200; ignition cut is 'fun' but hard on the cat.",
    "E85 content 72% (summer blend) -> fuel scalar auto via flex sensor; no more manual switching",
    "Shell script I use for nightly log backup:\n```bash\nfor f in ~/logs/*.csv; do gzip -k \"$f\"; done && rsync -a ~/logs/ nas:/backup/car/\n```",
    "ECU read on the bench: 12V to pin 1 & 3, GND pin 5, K-line 43; tool says 'ID not recognized'",
    "Immobilizer off? Not discussing that here — mods will lock the thread (rule #4).",
    "DSG TCU tune: launch rpm 3,500, shift time -30%, clutch torque +15% — stock clutches held to ~450 Nm.",
    "Wideband 0-5V = 8.5–18 AFR; linear: AFR = 2.375 * V + 7.3125",
    "Why does my logger show 'NaN' for IAT2? → sensor not wired; set PID to 'disabled'",
    "Reading DTCs with python-OBD:\n```python\nimport obd\nconn = obd.OBD()\nr = conn.query(obd.commands.GET_DTC)\nprint(r.value)  # [('P0301', 'Cylinder 1 Misfire Detected')]\n```",
    "Revision history: v1.0 base | v1.1 fixed idle hunting | v1.2 +2° timing midrange | v1.3 rollback (knock)",
    "If the map editor shows 'eval' in the title bar, you're in evaluation mode — license needed to write.",
    "I put a sleep(50) between frames in my script, otherwise the cheap ELM327 clone drops bytes (buffer full).",
    "Bus speed: HS-CAN 500 kbps, MS-CAN 125 kbps; ISO-TP frames >8 bytes use 0x10/0x21.. consecutive frames",
    "Dyno day results: stock 228 whp / 258 wtq → stage 2 = 301 whp / 342 wtq (SAE corrected, 4th gear)",
    "Boost target table (psi) vs RPM:\n2500 | 12.0\n3000 | 18.0\n4000 | 21.5\n5500 | 19.0\n6500 | 17.0",
    "DIY: bridging pins 4 & 7 to enter boot mode on the MED17 — at your own risk!",
    "Does anyone have the A2L for 03G906021AB? Willing to trade for the 8P0907115 definition files.",
    "The 'Exec' button in the tool runs the selected routine (e.g. DPF regen) — make sure engine is at temp first.",
    "XDF snippet:\n<XDFTABLE uniqueid=\"0x1A2\">\n  <title>Spark Advance High Octane</title>\n  <XDFAXIS id=\"x\" uniqueid=\"0x0\">",
    "Fuel pump duty cycle 98% at redline = maxed out → upgrade the pump before more boost",
    "Drag strip: 13.2 @ 104 mph stock → 12.4 @ 112 mph after tune + tires; 60' 1.89",
    "Logging over Bluetooth adds ~80 ms latency; use USB for knock logging.",
    "Anyone running 'pops & bangs' (overrun burble)? My local shop refuses — says it kills cats & turbos.",
    "Checksum fixed with `me7sum read.bin fixed.bin` — always compare file size (1,024 KB).",
    "VVT cam targets: intake 35° @ 3k, exhaust -10°; more overlap = more spool but rough idle",
    "Thread title: [HELP] P0234 overboost after tune — wastegate rattle? (2.0T, IS38)",
    "LTFT +12% after MAF housing swap (76 mm → 80 mm). Rescaled MAF curve by ratio (80/76)² = 1.108",
    "Rule of thumb: 10 hp per 1 psi on a 2.0L; not linear after the turbo's efficiency island.",
    "CSV header from my logger: \"Time (s)\",\"Engine RPM\",\"Boost (kPa)\",\"Knock Retard (°)\"",
    "Ich habe die Kennlinie für den Ladedruck angepasst — max. 1,4 bar, ab 5.500 U/min auf 1,2 bar fallend.",
    "Fuel cut on decel = DFCO; disable it & you'll get pops but worse mileage.",
    "Tip for Windows users: the adapter driver is in C:\\Program Files (x86)\\OBDLink\\drivers\\ — reboot after install.",
    "Linux: add yourself to dialout (`sudo usermod -aG dialout $USER`) or the ELM adapter at /dev/ttyUSB0 won't open.",
    "For the 1.8T: N75 duty table, WGDC 65% @ 4k; K03s runs out of breath above 5,800 rpm.",
    "Bench flash log:\n[OK] Connect\n[OK] Read ID: 0261S07745\n[OK] Erase\n[ERR] Write block 3 — timeout\n>>> retry with lower baud",
    "Don't use 'drop in' turbo upgrades without a tune — you'll be running on the stock MAF limit (255 g/s).",
    "Torque limiter table raised to 420 Nm; set the driver's wish map accordingly",
    "Idle target 850 rpm → 950 rpm with the new cams; raised airflow table 10% & bumped timing to 18°",
    "Wideband reads 14.7 at idle, 12.5 cruise?? → something's wrong, cruise should be ~14.7 (closed loop).",
    "Python to decode 0x3E9 wheel speeds:\n```python\nws = [(d[i] << 8 | d[i+1]) * 0.01 for i in range(0, 8, 2)]  # km/h\n```",
    "JS for my dash overlay: `const boost = (raw[2] * 256 + raw[3]) / 100 - 1.013; // bar`",
    "Anyone else's car go into limp mode when the map switches mid-pull? I think the TCU doesn't like the torque jump.",
]

INSURANCE = [
    "Point of impact: rear bumper, LR quarter panel. Est. speed at impact < 10 mph. Airbags not deployed.",
    "Hail damage: 47 dents on hood (dime–quarter size), 62 on roof, 18 on trunk lid; PDR estimate $3,450.",
    "Deer strike, front end: grille, headlamp RH, radiator support, AC condenser (leaking). Drivable? NO.",
    "Claimant states other vehicle ran red light @ Main & 3rd; police report # 24-118903 attached.",
    "Total loss evaluation: ACV $14,200; repair est $11,980 + supplements = 84% > 75% threshold → TL",
    "Glass claim: windshield replacement w/ ADAS camera recalibration (static + dynamic).",
    "Flood: water line at seat bottom (approx. 14\"), mud in carpets; electrical modules under seats submerged.",
    "Photo 1/12: front bumper cover torn at LF fog light bracket; photo 2/12: headlamp tabs broken",
    "Supplement #1: found bent inner fender apron after teardown (+4.5 hrs frame, +$312 parts)",
    "Estimate lines: 1) R&I bumper 1.2 2) Repl LT headlamp $418.00 3) Refinish hood 2.4 4) Blend LT fender 1.1",
    "Vandalism: keyed along driver side (door to quarter), 'X' scratched on hood. Police notified.",
    "Theft recovery: ignition cylinder punched, steering column cover broken, aftermarket wheels missing",
    "Policyholder: 'I was backing out & the other car came out of nowhere' — parking lot, no witnesses.",
    "Liability split 70/30 (insured/claimant) per adjuster review of dashcam video.",
    "Rental coverage: $40/day, max 30 days; repair ETA 18 business days (parts delay).",
    "Diminished value claim submitted by claimant's attorney ($2,800).",
    "Paint code NH-830M; 3-stage pearl → add tri-coat labor (0.5 + 40% of refinish time)",
    "Subrogation: demand sent to at-fault carrier for $6,214.38 + deductible $500.",
    "Damage consistent with a low-speed impact into a fixed object (pole) — prior damage on RF door not related.",
    "Frame measurement: datum points C-D out of spec by 6 mm (right side) → frame pull, 3.0 hrs",
    "Airbag deployment: driver frontal + curtain LH; SRS module, seat belt pretensioners (2) to be replaced",
    "Unrelated prior damage (excluded): rust-through on rocker, cracked tail lamp lens RH",
    "Scheda sinistro: urto posteriore in coda al semaforo, CAI firmata da entrambe le parti.",
    "Constat amiable : choc latéral côté conducteur, véhicule B sortait d'un parking.",
    "Schadenmeldung: Parkrempler, Stoßstange hinten links eingedrückt; Unfallgegner unbekannt (Fahrerflucht).",
    "Parte amistoso: golpe en la puerta trasera derecha; el otro conductor reconoce culpa.",
    "Tow: $185 (12 mi) + storage $45/day × 6 days = $455 total; release authorized 06/20",
    "Adjuster note: vehicle inspected at body shop; owner not present; keys w/ shop",
    "Labor rates: body $58 / paint $58 / frame $75 / mech $120; paint materials $38/hr",
    "Roof crush: B-pillar deformation → structural; OEM repair procedure says sectioning NOT allowed",
    "Tire & wheel claim: pothole on Rt 9 — LF tire sidewall bubble & wheel bent (runout 1.8 mm)",
    "Animal damage (rodent) to engine harness — covered under comprehensive, deductible $250",
    "Insured vehicle was parked & unoccupied; struck by a delivery truck (company: Fast Freight LLC)",
    "Photo notes:\n#1 overall front 45°\n#2 VIN plate\n#3 odometer 56,201\n#4 close-up LF wheel scuff",
    "Claimant refused to sign the release; requests re-inspection by independent appraiser.",
    "Sublet: ADAS calibration (radar, front camera) $395 at dealer; PDR $275; detailing $120",
    "Salvage bid: $3,100; owner-retained salvage value deducted from settlement.",
    "Betterment: tires 40% worn at time of loss → insured pays 40% of tire cost",
    "Fire damage: engine compartment, origin near battery positive cable (per fire marshal report)",
    "Comprehensive claim: tree limb fell on roof during storm 5/3; sunroof glass shattered.",
    "Statement: 'I slammed on the brakes but the road was icy & I slid into the guardrail.'",
    "Coverage question: is the aftermarket lift kit ($4,200) covered? Only if listed as custom equipment (CPE).",
    "Injury: none reported at scene. Both parties exchanged info; driver B's license # on file.",
    "Hidden damage found: cracked radiator support (plastic), broken intercooler pipe clips.",
    "Repair vs replace: LT fender dent 4\" dia. on body line → replace (repair > 3.5 hrs)",
    "Estimate total: parts $2,914.55 | labor $1,860.00 | paint mat'ls $520.00 | tax $245.33 | TOTAL $5,539.88",
    "車両保険：駐車場で当て逃げ、リアバンパー損傷。修理見積り 8万円。",
    "Windshield chip repair (3 chips) — $0 deductible under glass coverage.",
    "Customer uploaded 8 photos via app; 2 are blurry — requested retake of the VIN & the odometer.",
    "OEM vs aftermarket parts: policy allows aftermarket for vehicles > 3 yrs; customer requested OEM, paying difference.",
    "Scene diagram: V1 northbound on Elm, V2 westbound on Oak; V1 failed to yield at 4-way stop.",
    "Rear-end collision; bumper reinforcement bar bent, trunk floor buckled (1\" crease) -> structural",
    "Fraud indicators: none; loss location matches GPS from telematics.",
    "Deductible waived (other party's carrier accepted 100% liability).",
    "Mirror housing & glass LH broken by passing truck; mirror motor OK.",
    "Loss description:\nInsured was rear-ended while stopped at light.\nV2 driver admitted fault at scene.\nNo injuries; V1 towed to shop of choice.",
]

# ---------------------------------------------------------------------------
# Small hand-written pools for the template functions
# ---------------------------------------------------------------------------

VIN_CHARS = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789"
VIN_WMI = ["1HG", "1FT", "2T1", "3VW", "5YJ", "JTD", "KMH", "WBA", "WVW", "YV1", "SAL", "VF1"]
VIN_YEAR = "EFGHJKLMNPR"  # 2014 .. 2024
VIN_MAP = {c: v for c, v in zip("ABCDEFGHJKLMNPRSTUVWXYZ",
                                [1, 2, 3, 4, 5, 6, 7, 8, 1, 2, 3, 4, 5, 7, 9, 2, 3, 4, 5, 6, 7, 8, 9])}
VIN_WEIGHTS = [8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2]

DTC_POOL = [
    ("P0301", "misfire cyl 1"), ("P0302", "misfire cyl 2"), ("P0128", "coolant temp below thermostat temp"),
    ("P0442", "EVAP small leak"), ("P0455", "EVAP large leak"), ("P0506", "idle rpm lower than expected"),
    ("P0011", "cam timing over-advanced B1"), ("P0118", "ECT sensor circuit high"), ("P0401", "EGR flow insufficient"),
    ("P2187", "system too lean at idle B1"), ("C0035", "LF wheel speed sensor"), ("U0140", "lost comm w/ BCM"),
    ("B1318", "battery voltage low"), ("P0700", "TCM requested MIL"), ("P0562", "system voltage low"),
]
RO_ACTIONS = [
    "replaced {part} & cleared codes", "cleaned connector, applied dielectric grease", "R&R {part}, road tested OK",
    "performed relearn w/ scan tool", "smoke tested -> found leak at {part}", "checked TSB; updated software",
    "quoted {part}; cust will call back", "verified concern, no fault found in wiring; replaced {part}",
]
RO_PARTS = ["coil pack", "spark plugs (x4)", "thermostat", "purge valve", "gas cap", "ECT sensor", "MAF sensor",
            "wheel speed sensor", "EGR valve", "battery (H7 AGM)", "PCV valve", "intake gasket"]
RO_FOLLOW = ["Recheck in 500 mi.", "Cust approved by text @ {h}:{m:02d}.", "No return after {n} mi road test.",
             "Monitors: {n}/8 ready.", "Labor {h}.{m1} hrs.", "Parts on order -- ETA {n} days."]

CAN_IDS = ["0CF00400", "18FEF100", "18FEEE00", "18F00503", "7E8", "7E0", "3E9", "244", "1A0", "4F1"]
PID_POOL = [("0C", "RPM"), ("0D", "VSS"), ("05", "ECT"), ("0F", "IAT"), ("10", "MAF"), ("11", "TPS"), ("2F", "fuel lvl")]

PART_BRANDS = ["OEM", "OE-equivalent", "Reman", "Aftermarket", "Genuine", "Premium"]
PART_ITEMS = ["front brake pads", "rear rotors (pair)", "ignition coil", "water pump", "control arm LF",
              "radiator", "O2 sensor upstream", "wheel hub bearing", "thermostat housing", "tie rod end (outer)",
              "fuel injector", "cabin air filter", "headlamp bulb H11 (pair)", "CV axle RH"]
FIT_MODELS = [("Civic", "1.5T"), ("Golf", "2.0 TSI"), ("F-150", "5.0L"), ("Camry", "2.5L"), ("Outback", "2.5i"),
              ("3 Series", "B48"), ("Tucson", "2.4 GDI"), ("Mazda3", "2.0 SkyActiv"), ("Silverado", "5.3L"),
              ("Clio", "0.9 TCe"), ("Octavia", "1.6 TDI"), ("Model 3", "RWD")]
FIT_NOTES = ["not for hybrid", "excl. sport suspension", "w/o adaptive headlights", "2WD & 4WD", "LH & RH same",
             "check VIN before ordering", "needs new mounting bolts", "plug & play", "coding req'd after install",
             "exc. models w/ towing pkg", "fits sedan & hatch (not wagon)"]

MAKES = [("Toyota", "Corolla", "LE", "2T1"), ("Honda", "CR-V", "EX-L", "2HK"), ("Ford", "Escape", "SE", "1FM"),
         ("Subaru", "Forester", "Premium", "JF2"), ("Mazda", "CX-5", "Touring", "JM3"), ("Hyundai", "Elantra", "SEL", "KMH"),
         ("Volkswagen", "Jetta", "S", "3VW"), ("Chevrolet", "Equinox", "LT", "2GN"), ("Nissan", "Rogue", "SV", "5N1"),
         ("Kia", "Sportage", "LX", "KND"), ("BMW", "X3", "xDrive30i", "5UX"), ("Jeep", "Wrangler", "Sport S", "1C4"),
         ("Tesla", "Model Y", "LR", "7SA"), ("Ram", "1500", "Big Horn", "1C6")]
LIST_FEATS = ["heated seats", "new tires", "backup camera", "remote start", "tow hitch", "sunroof", "Apple CarPlay",
              "2 keys", "all service records", "winter tires included", "leather", "third row", "roof rack",
              "no accidents", "garage kept", "new brakes"]
LIST_SUFFIX = [" OBO", " firm", " (negotiable)", "", " — cash only", " — financing avail.", " (below book!)"]

INSP_ITEMS = [("Brake pads F", "mm", 1, 11), ("Brake pads R", "mm", 1, 10), ("Tread LF/RF", "/32\"", 2, 11),
              ("Tread LR/RR", "/32\"", 2, 11), ("Battery CCA", "A", 280, 760), ("Coolant protection", "°F", -45, 10),
              ("Brake fluid H2O", "%", 0, 5), ("Tire pressure LR", "psi", 18, 44), ("Steering free play", "mm", 3, 40)]
INSP_STATUS = ["✔ OK", "⚠ soon", "✘ replace", "GREEN", "YELLOW", "RED", "pass", "advisory"]

WARR_OPS = ["replace turbocharger", "replace water pump", "reflash TCM", "replace HV battery module",
            "reseal oil pan", "replace window regulator LF", "replace A/C compressor", "replace door lock actuator",
            "replace instrument cluster", "replace fuel pump module"]
WARR_STATUS = ["submitted", "PAID", "returned for correction", "pending parts return", "debited", "approved (goodwill 50%)"]

GEOFENCES = ["Yard – North Gate", "Depot (Main)", "Site 14 / Phase 2", "Customer: O'Brien & Sons", "Warehouse 3 / Dock 7",
             "Werk 2 – Tor 3", "Home base", "Quarry (no trucks after 6pm)", "Client site #12", "Fuel island B"]
ALERT_TYPES = ["Geofence exit", "Geofence entry", "Idle > 10 min", "Harsh braking", "Speeding > 70 mph",
               "Low fuel < 15%", "Ignition on outside hours", "Door open", "Harsh cornering"]
FUEL_STATIONS = ["Exit 118", "Depot pump #2", "Main St & 5th", "A6 aire de Beaune", "truck stop #389", "card lock site 7"]

COMPL_OPEN = ["Hi,", "Hello —", "Good morning.", "Hey there,", "To whom it may concern:", "Quick question:"]
COMPL_SYMPT = ["there's a squeal from the front when I brake", "the car pulls left after the alignment",
               "my TPMS light is on again", "I hear a clunk when shifting into reverse",
               "the A/C only blows cold on one side", "it's leaking something green under the engine",
               "the battery light flickers at idle", "there's a rattle from the dash over bumps",
               "the engine hesitates when I floor it", "the wipers stop in the middle of the windshield"]
COMPL_WHEN = ["since I picked it up on {d}/{m}", "only when it's cold outside", "mostly on the highway",
              "after it rains", "every morning for the first 5 min", "since the last service (RO #{ro})"]
COMPL_ASK = ["Can I bring it in {day}?", "Is this covered under your warranty?", "Please call me back at your earliest convenience.",
             "What will it cost to check?", "Do I need an appointment or can I just drop it off?", "Is it safe to drive??"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "tomorrow"]

TUNE_PLATFORMS = ["MQB 2.0T", "FA20DIT", "EJ257", "N55", "B58", "K20C1", "EcoBoost 2.3", "LS3", "1.8T 20v", "2JZ-GTE"]
TUNE_MODS = ["intake + downpipe", "FMIC + catback", "stage 2 map", "E30 blend", "bigger injectors", "IS38 swap",
             "meth injection", "stock turbo, tune only", "port injection kit"]

INS_AREAS = ["front bumper", "LF fender", "RR door", "rear bumper cover", "hood", "roof", "LR quarter panel",
             "tailgate", "RF headlamp", "grille"]
INS_OPS = ["R&I", "Repl", "Rpr", "Refinish", "Blend", "Overhaul", "Sublet"]


# ---------------------------------------------------------------------------
# Template functions
# ---------------------------------------------------------------------------

def vin(rng, wmi=None):
    """A 17-char VIN with a valid North-American check digit."""
    body = (wmi or rng.choice(VIN_WMI)) + "".join(rng.choice(VIN_CHARS) for _ in range(5))
    tail = rng.choice(VIN_YEAR) + rng.choice("ABCDEFGHJKLMN0123456789") + "".join(rng.choice("0123456789") for _ in range(6))
    raw = body + "0" + tail
    total = 0
    for i, ch in enumerate(raw):
        val = int(ch) if ch.isdigit() else VIN_MAP[ch]
        total += val * VIN_WEIGHTS[i]
    check = total % 11
    return body + ("X" if check == 10 else str(check)) + tail


def hexbytes(rng, n):
    return " ".join("%02X" % rng.randrange(256) for _ in range(n))


def t_ro_note(rng):
    code, desc = rng.choice(DTC_POOL)
    action = rng.choice(RO_ACTIONS).format(part=rng.choice(RO_PARTS))
    follow = rng.choice(RO_FOLLOW).format(h=rng.randint(8, 17), m=rng.randrange(60), n=rng.randint(3, 60),
                                          m1=rng.randint(1, 9))
    return f"{code} {desc}; {action}. {follow}"


def t_diag(rng):
    kind = rng.randrange(3)
    if kind == 0:
        lines = []
        for _ in range(rng.randint(2, 4)):
            cid = rng.choice(CAN_IDS)
            lines.append(f"  can0  {cid:>8}   [8]  {hexbytes(rng, 8)}")
        return "\n".join(lines)
    if kind == 1:
        cid = rng.choice(CAN_IDS)
        return f"{cid}#{hexbytes(rng, 8).replace(' ', '')}"
    pid, name = rng.choice(PID_POOL)
    return f"> 01{pid}\n41 {pid} {hexbytes(rng, 2)}\n=> {name} raw, VIN {vin(rng)}"


def t_part(rng):
    item = rng.choice(PART_ITEMS)
    model, engine = rng.choice(FIT_MODELS)
    y1 = rng.randint(2008, 2019)
    y2 = y1 + rng.randint(2, 6)
    pn = "".join(rng.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3)) + "-" + \
        "".join(rng.choice("0123456789") for _ in range(5))
    return f"{rng.choice(PART_BRANDS)} {item} #{pn} — fits {y1}-{y2} {model} w/ {engine}; {rng.choice(FIT_NOTES)}"


def t_listing(rng):
    make, model, trim, wmi = rng.choice(MAKES)
    year = rng.randint(2008, 2023)
    miles = rng.randint(8, 190) * 1000 + rng.randrange(1000)
    f1, f2 = rng.sample(LIST_FEATS, 2)
    price = rng.randint(40, 420) * 100 - 5
    return f"{year} {make} {model} {trim} — {miles:,} mi, {f1} & {f2}. VIN {vin(rng, wmi)}. ${price:,}{rng.choice(LIST_SUFFIX)}"


def t_inspection(rng):
    parts = []
    for name, unit, lo, hi in rng.sample(INSP_ITEMS, 3):
        val = rng.randint(lo, hi)
        parts.append(f"{name}: {val}{unit} {rng.choice(INSP_STATUS)}")
    return " | ".join(parts)


def t_warranty(rng):
    claim = f"WC-{rng.randint(2021, 2024)}-{rng.randrange(100000):05d}"
    op = rng.choice(WARR_OPS)
    hrs = rng.randint(5, 120) / 10
    amount = rng.randint(15000, 480000) / 100
    return (f"Claim #{claim}: {op}, {hrs:.1f} hrs; VIN {vin(rng)}; "
            f"status = {rng.choice(WARR_STATUS)} (${amount:,.2f})")


def t_telematics(rng):
    if rng.random() < 0.5:
        return (f"{rng.choice(ALERT_TYPES)}: Unit {rng.randint(2, 499)} @ {rng.randint(0, 23):02d}:{rng.randrange(60):02d}"
                f" — geofence '{rng.choice(GEOFENCES)}'")
    gal = rng.randint(800, 12000) / 100
    ppg = rng.randint(3299, 4599) / 1000
    odo = rng.randint(12000, 390000)
    return f"Fuel log: {gal:.2f} gal @ ${ppg:.3f}/gal = ${gal * ppg:,.2f}; odo {odo:,}; {rng.choice(FUEL_STATIONS)}"


def t_complaint(rng):
    when = rng.choice(COMPL_WHEN).format(d=rng.randint(1, 12), m=rng.randint(1, 28), ro=rng.randint(40000, 79999))
    ask = rng.choice(COMPL_ASK).format(day=rng.choice(DAYS))
    return f"{rng.choice(COMPL_OPEN)} {rng.choice(COMPL_SYMPT)} {when}. {ask}"


def t_tuning(rng):
    hp = rng.randint(180, 620)
    afr = rng.randint(108, 124) / 10
    boost = rng.randint(8, 32)
    return (f"{rng.choice(TUNE_PLATFORMS)}: {rng.choice(TUNE_MODS)}; {boost} psi peak, "
            f"AFR {afr} @ WOT, {hp} whp on a load-based dyno (was {hp - rng.randint(20, 90)})")


def t_insurance(rng):
    lines = []
    for i in range(1, rng.randint(3, 5)):
        op = rng.choice(INS_OPS)
        area = rng.choice(INS_AREAS)
        if op in ("Repl", "Sublet"):
            lines.append(f"{i}) {op} {area} ${rng.randint(40, 1400)}.{rng.randrange(100):02d}")
        else:
            lines.append(f"{i}) {op} {area} {rng.randint(3, 60) / 10:.1f} hrs")
    return "Estimate lines: " + " ".join(lines)


CATEGORIES = [
    ("repair-order-notes", RO_NOTES, t_ro_note),
    ("diagnostic-output", DIAG_DUMP, t_diag),
    ("parts-fitment", PARTS_FITMENT, t_part),
    ("vehicle-listing", LISTINGS, t_listing),
    ("inspection-checklist", INSPECTION, t_inspection),
    ("warranty-recall", WARRANTY, t_warranty),
    ("telematics-fleet", TELEMATICS, t_telematics),
    ("customer-complaint", COMPLAINTS, t_complaint),
    ("tuning-forum", TUNING, t_tuning),
    ("insurance-damage", INSURANCE, t_insurance),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for cat, literals, template in CATEGORIES:
        n_lit = 0
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            rows.append((cat, v))
            n_lit += 1
        made = 0
        tries = 0
        while n_lit + made < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template for {cat} cannot produce enough unique values")
            v = template(rng)
            if v in seen:
                continue
            seen.add(v)
            rows.append((cat, v))
            made += 1
        if n_lit / PER_CATEGORY < 0.55:
            raise SystemExit(f"{cat}: only {n_lit} literals")
        stats.append((cat, n_lit + made, n_lit))

    out = Path(__file__).with_name("benign.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, v) in enumerate(rows, 1):
            assert isinstance(v, str) and v and len(v) <= 1800, (cat, v)
            obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "label": "benign", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for cat, n, lit in stats:
        total_lit += lit
        print(f"{cat:22s} {n:4d}  literals {lit:3d} ({100 * lit / n:.0f}%)")
    print(f"{'TOTAL':22s} {len(rows):4d}  literals {total_lit:3d} ({100 * total_lit / len(rows):.0f}%)")
    print(f"wrote {out}")


if __name__ == "__main__":
    main()
