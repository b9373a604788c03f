#!/usr/bin/env python3
"""Benign values for the harbortugs held-out WAF corpus (harbor tug dispatch API).

Standard library only. Writes benign.jsonl next to this file.
Every literal below was written by hand for this theme; each category also has ONE
small template over hand-written pools that fills it up to 80 values.
"""
import json
import os
import random

SEED = 19201
PER_CAT = 80

CATEGORIES = []  # (name, literals, template_fn)


# ---------------------------------------------------------------- job_notes
JOB_NOTES = [
    "Assist MV Nordic Star inbound, 2 tugs, made fast fwd and aft",
    "Svea on centre lead fwd, Bollard King on stern — ship's lines",
    "Job cancelled by agent at 04:10, ship delayed at anchorage",
    "Escort from the breakwater to Berth 12N, ASD tug tethered aft",
    "Pushed up at bridge wing, no lines passed",
    "Order by agent: 3 tugs (1x 70t, 2x 50t) for the VLCC at 0530",
    "Please select the tug with the higher bollard pull for this one; wind forecast 28 kn SW",
    "Master asked us to stand by on the port quarter until the pilot releases us",
    "Stern tug only. Bow thruster U/S per master.",
    "Shift ship from berth 4 → berth 9, dead ship, no engine",
    "Sailing job, let go 22:40, released at the fairway buoy 23:25",
    "Ship's line used fwd (their request). Our line aft.",
    "Union rep asked whether the 0200 job counts as night tariff — yes it does",
    "Customer PO: 4500-7781/B — invoice to the owner, not the agent",
    "Drop the line at the knuckle, pilot wants us clear before the swing",
    "2 x ASD, 1 x conventional. Conventional pushes only.",
    "Heavy swell at entrance, job delayed ~40 min",
    "Ship arrived early; we were 15 min late because Ajax was still on the LNG job",
    "Towage contract: UK Standard Conditions for Towage and Other Services (2008)",
    "Wait at the lock — lock master said 'not before 10:30'",
    "The ship's crew struggled with the heaving line, took 3 attempts",
    "Barge tow from yard to layby, 180 m towline, speed ≤ 5 kn",
    "Hold at turning basin. Ship swung to port, tug on the bow pushing 50%.",
    "Order: 1 tug for the dredger 'Van Dijk IV' — standby only, bill per hour",
    "Job #20814 split into two legs (anchorage → lock, lock → berth 21)",
    "Notes from pilot: \"excellent work on the stern, thanks Ajax\"",
    "Vessel under arrest; harbour master approval needed before shifting",
    "Ship not ready — crew still loading stores; we're standing by at 200 m",
    "Cold ironing cable still connected, do NOT pull until confirmed disconnected",
    "ETA changed 0800 -> 0930 -> 1115. Keep the same crew.",
    "LNG carrier, 4 tugs, fire-fighting on standby per terminal rules",
    "Container ship 366 m, 13,000 TEU; wind limit for this berth is 25 kn",
    "Indirect towing at 8 kn through the channel; line load peaked at 61 t",
    "Tug 'Hercules' replaced 'Titan' (Titan in drydock until Friday)",
    "Please note: the berth is on the starboard side this time, not port",
    "Hi team — job for tomorrow AM, can someone confirm crew for Bollard King?",
    "Job done. No issues. Released 07:12.",
    "Ship had a list of 3° to starboard — master was aware",
    "Emergency call-out from the VTS: drifting barge near the north mole",
    "Rotterdam-style push-pull, pilot on ch 12",
    "Customer asks for a quote for 6 months of standby in the outer anchorage",
    "Cruise ship turn in the basin, bow tug only, ~25 min",
    "Tow of a crane pontoon (no crew on board), 2 tugs, towing bridle from the pontoon",
    "Dead slow ahead in the canal, a lot of small boats around; sound signals used",
    "Ship requested the tug to stay until all lines were tight; extra 30 min billed",
    "Assist no. 3 of the day for this crew — watch their hours",
    "Job drop: agent cancelled < 2 h before ETA, cancellation fee applies",
    "Vessel name spelled 'MSC Ágata' on the order but 'MSC AGATA' in AIS",
    "Bulk carrier (Capesize) with 17.8 m draft — tide window 13:20–14:05 only",
    "Second tug joined at the bridge; first tug made fast on the centre lead",
    "Coordinated with the linesmen: boat 'Linda' on the stern, 'Rita' forward",
    "Towing hawser chafed on the ship's fairlead; replace pennant before next job",
    "Master didn't want the tug on the shoulder — ok'd by pilot",
    "Arrived at job: 05:58 | Made fast: 06:04 | Released: 06:51",
]
JOB_TUGS = ["Svea", "Bollard King", "Ajax", "Hercules", "Titan", "Smit Orca", "Kaapstad", "Brenda"]
JOB_SHIPS = ["MV Nordic Star", "CMA CGM Tage", "Stena Lagan", "MSC Agata", "Maersk Emden", "Britannia Seaways",
             "Ocean Grace", "Frontier Jade", "Hoegh Trigger", "Grande Lagos"]
JOB_ACTS = ["inbound to", "sailing from", "shifting to", "swinging at", "standby at"]
JOB_BERTHS = ["Berth 4", "Berth 9", "Berth 12N", "Berth 21", "the oil jetty", "Ro-Ro 2", "the lay-by berth"]


def job_tpl(r):
    return "%s: %s %s %s, made fast %02d:%02d" % (
        r.choice(JOB_TUGS), r.choice(JOB_SHIPS), r.choice(JOB_ACTS), r.choice(JOB_BERTHS),
        r.randrange(24), r.choice([0, 5, 10, 15, 20, 30, 40, 45, 50]))


CATEGORIES.append(("job_notes", JOB_NOTES, job_tpl))


# ---------------------------------------------------------------- pilot_boarding
PILOT = [
    "POB 0615",
    "Pilot on board 06:15, pilot station Alpha",
    "Pilot boarding delayed — pilot boat 'Lotsen 3' had engine trouble",
    "Pilot ladder on port side, 2 m above the water",
    "Boarding at the outer buoy due to swell; ladder starboard",
    "Pilot disembarked 23:55 at the fairway buoy",
    "PBP moved to inner anchorage by VTS (weather)",
    "Pilot: Capt. O'Neill. Second pilot (trainee): M. D'Souza",
    "Pilot requested tugs at the breakwater, not at the lock",
    "Pilot ladder non-compliant (steps worn), pilot refused to board until fixed",
    "ETA pilot station 0430 LT / 0230 UTC",
    "Boarding time 14:20 ±10 min",
    "Helicopter transfer for the pilot (deep-draft ship)",
    "Pilot boarded from our tug — the pilot boat was on another job",
    "Combination ladder rigged, accommodation ladder 45°",
    "Pilot's estimate: alongside at 07:30, tugs needed 06:45",
    "Pilot card signed; master/pilot exchange done on the bridge",
    "Pilot says 'no tug on the bow until after the bridge'",
    "Pilot booking ref PB-2024-11873",
    "Pilot changed from Lars to Pieter at 05:00 (shift change)",
    "Pilot aboard; speed 6 kn; heading 087°",
    "No pilot required (PEC holder), but master asked for 1 tug",
    "Pilot boarding position: 51°58.3'N 004°02.1'E",
    "Lee made for the pilot boat, ship turned to 250°",
    "Pilot late because of traffic on the A15 — new boarding time 0745",
    "Pilot disembarked onto tug Svea at the bar, 0112",
    "Pilotage exemption expired for this master — compulsory pilot",
    "Pilot wants ch 12 for tug comms, ch 14 for VTS",
    "Boarding via pilot door, freeboard > 9 m",
    "Pilot: 'make it quick, the tide turns at 1340'",
    "Pilot time order: POB → tugs fast → bridge → berth",
    "Lotsenversetzung 05:40 an Lotsenstation Elbe",
    "Embarque del práctico a las 07:20 en la boya de recalada",
    "Loods aan boord 0330, sleepboten vast om 0410",
    "Pilot time & tug time differ by 25 min on the invoice — check VTS log",
    "Pilot on board; pilot ladder secured with shackles (not knots) — noted",
    "PPU used by pilot; he asked us to keep 30 m off the bow",
    "Pilot boarding cancelled, ship went to anchor (awaiting berth)",
    "Pilot > 2h late, master complained; forwarded to the pilot org",
    "Pilot request: 'tugs select your positions after I call on 12'",
    "Pilot: Marta Åkesson, boarding 18:05, off 19:40",
    "Pilot ladder 'rigged both sides' per VTS instruction",
    "Pilot notes: bow thruster 1,500 kW, not working astern",
    "Estimated POB 2200 — could be earlier if the lock is free",
    "Pilot embarked at anchorage position 3, ship heaving up anchor",
    "Pilot asked for 50% push from the stern tug during the turn",
    "Pilot's mobile for today: +31 6 1234 5678",
    "Disembark at berth (short job)",
    "Pilot boarding by launch 'PL-7', weather Bft 6",
    "Pilot said the ship's rudder indicator is 5° off — keep that in mind",
    "Pilot boarding ok, ladder checked by our deckhand before the pilot climbed",
    "Boarding 03:10 / Alongside 04:25 / Tugs released 04:31",
]
PILOT_NAMES = ["Capt. Van der Berg", "Capt. O'Reilly", "Capt. Nakamura", "Capt. Silva", "Lars Øberg", "Pieter de Wit"]
PILOT_PLACES = ["pilot station Alpha", "the fairway buoy", "inner anchorage", "the breakwater", "Lotsenstation Elbe"]


def pilot_tpl(r):
    return "POB %02d%02d at %s, pilot %s, ladder %s side" % (
        r.randrange(24), r.choice([0, 10, 15, 20, 30, 45]), r.choice(PILOT_PLACES),
        r.choice(PILOT_NAMES), r.choice(["port", "starboard"]))


CATEGORIES.append(("pilot_boarding", PILOT, pilot_tpl))


# ---------------------------------------------------------------- towline_winch_log
TOWLINE = [
    "Towline: 64 mm HMPE, 220 m, 14 months in service",
    "Winch brake test OK, holding 120% of BP (84 t)",
    "Line inspected after job: light chafe at 30 m mark",
    "Replaced pennant (Dyneema 72 mm, 11 m) — old one to shore for inspection",
    "Max line load 58.6 t at 03:12 (indirect, 7 kn)",
    "Render/recover test failed at 40 t — report to the superintendent",
    "Winch drum spooling uneven; re-spooled under 2 t tension",
    "Tow hook release tested from wheelhouse & locally: OK",
    "Line rotated end-for-end (working length now the inner part)",
    "Grommet at the eye shows heat damage -> take out of service",
    "Cut 8 m off the working end, new eye spliced by Mike",
    "Load cell calibration due 2024-09-30",
    "Staple and fairlead smooth, no burrs",
    "Line length paid out: 45 m fwd, shortened to 30 m in the lock",
    "Winch log: heave 12:04, pay out 12:09, brake on 12:10",
    "Hydraulic pressure 210 bar during heave — normal",
    "Emergency release of the towline at 14:33 (girting risk) — see incident #118",
    "Towline hours: 1,812 h / max 2,500 h per manufacturer",
    "Messenger line broken (ship's crew pulled too hard)",
    "Chafe sleeve slid down; re-positioned and seized with twine",
    "Spare line on the drum: 40 mm, 150 m",
    "Line cert #HMPE-77-2210 uploaded to docs/certificates/",
    "Winch 'auto-tension' mode used during the barge tow",
    "Towing bridle used (2 x 12 m legs) — shackles 35 t SWL",
    "Brake lining worn ~30%, order new set (P/N WB-400-22)",
    "Line load spikes > 70 t three times -> check for snatch loading",
    "Line fouled in the ship's bulbous bow; freed after 6 min",
    "Used ship's line (polyprop, 56 mm) — not our preferred option",
    "Tow-line length & catenary check before entering the lock",
    "Winch motor temperature 78 °C after 2 h escort",
    "Drum capacity: 300 m x 76 mm",
    "Replaced soft shackle — old one had broken strands",
    "Load log exported to /logs/winch/2024-05/svea_0504.csv",
    "Line wet & dirty, rinsed with fresh water",
    "Quick-release pin greased",
    "Line rating: MBL 180 t; BP 75 t; ratio 2.4",
    "The line is 'fine' per AB but I'd like a second look — bosun",
    "Line snapped at the ship's bitts; no injuries. Spare line rigged in 9 min",
    "Tension peaks: 32 t | 41 t | 55 t | 38 t",
    "Winch remote control sticky (button 'pay out') — cleaned contacts",
    "Hours since last end-for-end: 420",
    "Fleet rule: retire line when strength loss > 25% or at 5 years, whichever first",
    "Sent 1 m sample to the lab (residual strength test)",
    "Eye splice length 1.5 m, tapered",
    "Tow hook brake slipped at 60 t; adjusted to 65 t",
    "Fwd winch: OK | Aft winch: OK | Tow hook: OK",
    "Render set to 80% of MBL",
    "Spool the line neatly; last time it jumped the flange",
    "Schleppleine: 250 m, Kauschen geprüft, keine Schäden",
    "Cabo de remolque revisado: desgaste leve en el ojo",
    "Winch brake test after the overhaul = 92 t (pass)",
    "Line changed at 02:00 while waiting for the next job — 35 min",
    "Remember: never stand in the snap-back zone when the line is loaded",
]
TL_TUGS = ["Svea", "Ajax", "Hercules", "Bollard King", "Brenda"]
TL_EVENTS = ["brake test", "line inspection", "end-for-end", "pennant change", "load cell check", "drum re-spool"]
TL_RESULTS = ["OK", "pass", "minor chafe noted", "needs follow-up", "done, no remarks"]


def towline_tpl(r):
    return "%s %s winch: %s — %s, peak %d t" % (
        r.choice(TL_TUGS), r.choice(["fwd", "aft"]), r.choice(TL_EVENTS), r.choice(TL_RESULTS),
        r.randrange(18, 95))


CATEGORIES.append(("towline_winch_log", TOWLINE, towline_tpl))


# ---------------------------------------------------------------- fuel_records
FUEL = [
    "Bunkered 18.4 m³ MGO at Berth 3, BDN #88123",
    "ROB after bunkering: 41.2 m³",
    "Fuel consumption today: 2.9 m³ (3 jobs, 7.5 h running)",
    "Sample sealed & retained on board (seal no. 004417)",
    "Density 0.846 @15°C, sulphur 0.08% m/m",
    "Sounding tank 3P: 112 cm -> 6.8 m³",
    "Difference between meter and soundings: 0.3 m³ — within tolerance",
    "Truck delivery, driver: Jan Kowalski, start 08:10 end 08:55",
    "Price $842/m³ incl. delivery; PO #FR-2024-0311",
    "Fuel filter changed on ME 2 (diff pressure high)",
    "HVO trial on Ajax from 1 June — 100% HVO, no blend",
    "Fuel record: 2024-04-30 | Svea | 12.0 | MGO | Shell",
    "Lub oil top-up 40 L SAE 40 on ME 1",
    "Tank 2S contaminated with water? Drained 20 L from the bottom — clear now",
    "Monthly fuel report: total 86.3 m³; avg 2.8 m³/day",
    "Supplier's BDN says 18.6, our meter says 18.4 — noted on the BDN",
    "Bunker hose pressure-tested; drip tray empty before start",
    "No bunkering during thunderstorms (terminal rule)",
    "Fuel saving: idle one engine while on standby > 30 min",
    "ME1 running hours 18,221 / ME2 18,199",
    "Spilt ~0.5 L on deck during disconnection, cleaned with absorbent pads; nothing overboard",
    "Fuel: MGO DMA ISO 8217:2017",
    "Meter reading before: 004512.7 after: 004531.1",
    "Who approved the extra 5 m³? Please add the approver's name",
    "ROB (remaining on board) ≥ 20 m³ at all times for emergency response",
    "Fuel invoice disputed: €0.79/L vs €0.74/L quoted",
    "Fuel card for the van: **** 4821",
    "Brændstof påfyldt: 10 m³ MGO",
    "Combustível: 9,5 m³ de gasóleo marítimo",
    "燃料補給 12.0 m³ (MGO) 完了",
    "Fuel log copied from the paper book — pages 44 to 47",
    "Drop in consumption after the propeller polish: ~7%",
    "Tanks: 1P 8.2 | 1S 8.0 | 2P 11.3 | 2S 10.9 | day tank 1.6",
    "Oil record book (Part I) entries done by the CE",
    "Fuel pump on the barge failed, finished with our transfer pump",
    "Sludge delivered ashore: 0.8 m³, receipt attached",
    "Bunker window 14:00-16:00; be alongside the barge by 13:45",
    "MGO vs HVO comparison: HVO +4% volume consumption, -85% CO2 (well-to-wake)",
    "Shore connection used overnight, gen sets off — saved ~0.4 m³",
    "Fuel temp 18 °C at delivery",
    "Flash point > 60 °C confirmed on cert",
    "Sample from the manifold, continuous drip method",
    "2 x 200 L drums of hydraulic oil ISO VG 46 received",
    "Low fuel alarm on day tank — transfer pump auto start failed, started manually",
    "Fuel meter serial AB-99231 calibration certificate expires 2025-01",
    "Select * fuel records for Svea in Q1? The export only gave me Jan & Feb",
    "Total fuel cost April: $61,204.55",
    "Fuel reconciliation: delivered − consumed − ROB change = 0.2 m³",
    "Fuel oil bunker checklist signed by master & CE",
    "Changed fuel supplier from March: NordBunker AS",
    "MARPOL Annex VI: BDN kept for 3 years, sample for 12 months",
    "Consumption per job ≈ 0.9 m³ (escort jobs more)",
]
FUEL_TUGS = ["Svea", "Ajax", "Hercules", "Bollard King", "Brenda", "Titan"]
FUEL_TYPES = ["MGO", "HVO", "MGO/HVO B30", "ULSD"]
FUEL_SUPP = ["Shell", "NordBunker AS", "TotalEnergies", "GulfOil", "the barge 'Petra'"]


def fuel_tpl(r):
    return "%s bunkered %.1f m³ %s from %s, BDN #%d" % (
        r.choice(FUEL_TUGS), r.randrange(40, 260) / 10.0, r.choice(FUEL_TYPES), r.choice(FUEL_SUPP),
        r.randrange(10000, 99999))


CATEGORIES.append(("fuel_records", FUEL, fuel_tpl))


# ---------------------------------------------------------------- crew_rotation
CREW = [
    "Crew change Thursday 08:00 on Svea",
    "Rotation: 2 weeks on / 2 weeks off",
    "Master: Henrik Ødegaard; Mate: Siobhan O'Connor; CE: Raj Patel; Deckhand: Tomás Ruiz",
    "Swap request: I'll take Anders' 12th–19th if he takes my 26th–2nd",
    "Rest hours violation risk: 3 night jobs in a row for Ajax crew",
    "Medical certificate for João Sousa expires 2024-07-14",
    "STCW refresher (basic safety) booked for 2 deckhands — 10/11 June",
    "Sick leave: engineer on Hercules, relief from the pool",
    "New deckhand starts Monday, needs familiarization & induction",
    "Rotas are out — please check before Friday and shout if something's wrong",
    "Can't do the 0200 call-out on the 5th — kid's school thing at 8",
    "Crew list for today: Svea (4), Ajax (3+1 trainee), Hercules (4)",
    "Overtime: 6.5 h on 04/05 (extended job + standby)",
    "Rest: min 10 h in any 24 h & 77 h in any 7 days (MLC)",
    "Ben & Jerry (yes really) both on Bollard King this week",
    "Relief master needed 20-27 July; anyone with local knowledge?",
    "Crew transfer by van from the office at 05:30 sharp",
    "Annual leave approved: 1–21 August",
    "Union meeting Tuesday 18:00 about the new rota — all welcome",
    "Trainee 'Sam' — cadet from the maritime academy, 3 months",
    "Please sign the drug & alcohol policy form (annual)",
    "The crew mess fridge is broken on Titan; ordered a new one",
    "Crew: Ana María González (AB), Björn Lindqvist (CE), Ngozi Okafor (mate)",
    "Call-out list order by seniority then by hours worked this month",
    "Sleep in the crew room before early jobs? Yes, bunks available",
    "Mate to cover as master on Brenda while the master is on the course",
    "Handover notes: winch brake adjusted, sea valve 3 sticky, stores ok",
    "Night standby crew: 1 master + 1 engineer + 1 deckhand",
    "I'm on shift — text me if the 0430 job moves",
    "Rotation A: Mon–Sun; Rotation B: Mon–Sun (following week)",
    "Bunk 2 mattress needs replacing (Ajax)",
    "Crew change delayed due to the strike at the ferry terminal",
    "Cert check: GMDSS ROC valid until 2026",
    "Training: towline snap-back awareness, 45 min video + quiz",
    "Schichtwechsel Montag 06:00, Ablösung kommt mit dem Taxi",
    "Cambio de tripulación: el lunes a las 07:00",
    "Wymiana załogi w środę, proszę potwierdzić",
    "交代は月曜日の朝7時です",
    "Pagpapalit ng crew sa Biyernes, 8 ng umaga",
    "Crew hours this month: Svea 412 h, Ajax 398 h, Hercules 421 h",
    "Don't forget: PPE check — lifejackets, helmets, gloves, boots",
    "Zoë can't do nights until her knee heals (doctor's note attached)",
    "Mustafa Al-Hashimi joins as relief engineer next week",
    "Rota swap approved by ops (Kim <-> Lee)",
    "Who's on call tonight? -> Piet (master), Sven (CE), Mo (AB)",
    "Min crew for harbour tug per flag: 3 — we sail with 4 when escorting",
    "Family day at the base — crews and kids welcome, 14 Sept",
    "Crew change & victualling list sent to the chandler",
    "Master's hand-over: the tug pulls slightly to port at full astern",
    "Bosun retiring in December after 31 years. Cake on Friday!",
    "Shift pattern 12h/12h while the other crew is on training",
    "Rota v3 (final-final) uploaded — ignore v2",
]
CREW_NAMES = ["Henrik", "Siobhan", "Raj", "Tomás", "João", "Ngozi", "Björn", "Ana María", "D'Arcy", "Kim"]
CREW_ROLES = ["master", "mate", "chief engineer", "deckhand", "AB", "trainee"]


def crew_tpl(r):
    return "%s (%s) joins %s on %d %s, %d weeks on" % (
        r.choice(CREW_NAMES), r.choice(CREW_ROLES), r.choice(TL_TUGS), r.randrange(1, 29),
        r.choice(["May", "June", "July", "Aug", "Sept", "Oct"]), r.choice([1, 2, 3, 4]))


CATEGORIES.append(("crew_rotation", CREW, crew_tpl))


# ---------------------------------------------------------------- berth_assignment
BERTH = [
    "Berth 12N",
    "Berth 7 (east side), port side alongside",
    "Berth changed: 4 -> 9 (crane maintenance at 4)",
    "Ro-Ro ramp 2, stern-to",
    "Oil jetty 1, starboard side to; max LOA 250 m",
    "Lay-by berth until cargo ready, then shift to Berth 21",
    "Berth window 06:00–18:00 Tue",
    "Berth allocation from terminal: Quay 3 (bollards 34–52)",
    "Bollard 41 to bollard 55, bow towards the river mouth",
    "Draft restriction at berth 5: 11.5 m at LAT",
    "Anchorage B, position 3 — waiting for berth",
    "Double-banked alongside MV Coral Sea (she's on the quay)",
    "Berth 15 closed for dredging until 30 June",
    "Cruise terminal North, portside to, gangway at deck 4",
    "Terminal asks: ship must be alongside by 14:00 or loses the window",
    "Berth: Europahaven / Amazonehaven, Maasvlakte",
    "Mooring: 4-2-2 fwd, 4-2-2 aft (head, breast, spring)",
    "Swing in the turning basin then stern-first into the dock",
    "Berth 9 fender panel damaged — avoid the middle section",
    "Shift from Berth 3 to dry dock 2 — dead ship, 3 tugs",
    "Berth plan for Saturday: 3 arrivals, 2 departures, 1 shift",
    "Quay wall has a 0.3 m step at bollard 12, keep the tug clear",
    "Berth assignment: 'Kai 5' (Hamburg: Burchardkai)",
    "Atracadero 3, lado de babor",
    "Ligplaats 8, stuurboord langszij",
    "Liegeplatz 14, Backbord längsseits",
    "泊位 6号，左舷靠泊",
    "Berth 11 → 11A renamed after the extension (same place)",
    "LNG berth: exclusion zone 200 m when loading",
    "Berth is on the other side of the bridge — bridge opening booked 05:40",
    "Min UKC at berth 0.5 m; tide 1.4 m at ETA — OK",
    "Berth 6 and 7 combined for the 400 m ship",
    "Ship to be moored with the bow at bollard 60 (crane 4 outreach)",
    "Berth: ZZZ-PLACEHOLDER until the terminal confirms",
    "Berth list export: berths.csv (columns: berth | length_m | depth_m | fenders)",
    "Berth 2 | 180 m | 10.2 m | cone fenders",
    "Berth 3 | 240 m | 12.5 m | cell fenders",
    "Mooring boat at berth 20 booked by agent",
    "Berths < 200 m: 1, 2, 5, 8",
    "Please don't assign berth 17 to ships > 12 m draft — silting",
    "Berth occupied by a naval vessel; security zone 50 m",
    "Berth confirmed by harbour master at 11:52",
    "Inner harbour berths only accessible at HW ± 2 h",
    "Alongside on arrival: starboard side; departure: swing to port",
    "Lock chamber: south chamber, east wall",
    "Layby ➜ Berth 21 ➜ Anchorage (for bunkering) ➜ sea",
    "Berth allocation follows the terminal's order by ETA, not by job number",
    "Berth 4/5 boundary at bollard 33 — check the crane positions",
    "Assign tugs to Berth 12 ~ 30 min before ETA",
    "Berth: 'Pier C — East', mooring gang from Lines & Co.",
    "Ship will moor at berth 18 (shared with the barge 'Henk' at the north end)",
    "Berth depth shown in the app is CD; the pilot uses LAT — same here",
]
BERTHS = ["Berth 4", "Berth 9", "Berth 12N", "Berth 21", "Quay 3", "Oil jetty 1", "Ro-Ro 2", "Pier C — East"]
SIDES = ["port side to", "starboard side to", "stern-to", "double-banked"]


def berth_tpl(r):
    return "%s, %s, bollards %d–%d, ETA %02d:%02d" % (
        r.choice(BERTHS), r.choice(SIDES), r.randrange(1, 40), r.randrange(40, 90), r.randrange(24),
        r.choice([0, 15, 30, 45]))


CATEGORIES.append(("berth_assignment", BERTH, berth_tpl))


# ---------------------------------------------------------------- vhf_notes
VHF = [
    "Working channel today: ch 12 (port ops), tugs on ch 72",
    "VTS sector 2 on ch 14; pilot/tug on ch 09",
    "Ch 16 for distress only — keep chatter off it please",
    "Tug-to-tug on ch 77, low power (1 W)",
    "Pilot couldn't hear us on 12, switched to 71",
    "Radio check 06:00: all tugs loud & clear",
    "Handheld #3 battery dead — swapped with spare",
    "VHF call sign for Svea: PD4567, MMSI 244123456",
    "Channel plan: 12 (pilot) | 14 (VTS) | 72 (tugs) | 16 (watch)",
    "Pilot said \"Svea, Svea — push 50% on the bow\" on ch 12",
    "Please use 'Harbour Tugs' not 'Tug base' on the radio",
    "DSC test call to base OK",
    "Interference on ch 72 near the container terminal — try 77",
    "VTS asked all tugs to stay on 14 while the cruise ship passes",
    "Log: 04:12 VTS → Ajax: proceed to anchorage B, ship heaving up",
    "Ch 12 busy, pilot used the phone instead",
    "Standard phrases: 'Make fast', 'Let go', 'Stop pushing', 'Ease out'",
    "Tug master to pilot: \"line is fast, ready\" — confirm on ch 12",
    "Kanal 12 für Lotsen, Kanal 14 für die Revierzentrale",
    "Canal 12 para práctico, canal 16 escucha",
    "Kanaal 60 voor de sleepdienst",
    "Ship's crew speaks little English; used hand signals + ch 12",
    "AIS shows Svea as 'underway using engine' while alongside — fix the nav status",
    "Radio phrase check: 'Ahead slow' vs 'Ahead dead slow' — don't mix them up",
    "VHF: the master answers as 'Captain' not the ship's name; confusing",
    "Loud hum on the fixed VHF when the winch runs — earth strap?",
    "Ch 13 bridge-to-bridge at the lock",
    "Working channel change at 18:00: 12 -> 68",
    "VHF log 10:31 Pilot: 'tugs, select positions: Ajax bow, Svea stern'",
    "Don't use ch 70 for voice — DSC only",
    "Spare VHF antenna fitted on the mast",
    "Pilot requested: 'stand by on 09 and 12'",
    "Radio silence during the LNG transfer? No — normal ops on 12",
    "New handhelds (ATEX) for LNG jobs in the locker",
    "VTS instructions recorded; keep the audio for 30 days",
    "Messages from VTS: 'all traffic, dredger working at buoy 7'",
    "Kanał 12 – pilot, kanał 14 – VTS",
    "Rádio: canal 12 para o piloto",
    "無線: 12チャンネル (水先人)、14チャンネル (VTS)",
    "VHF check -> OK / GMDSS battery -> OK / EPIRB -> OK",
    "Tug name on radio is 'Bollard King' (two words), not 'BollardKing'",
    "Ch 12 & ch 14 dual watch on the bridge set",
    "Channel numbers in the app should be strings (\"09\" not 9)",
    "Master heard \"let go aft\" but pilot said \"let go after the bridge\" — clarify!",
    "VTS called: fog, visibility < 500 m — radar watch",
    "Radio procedure card replaced (laminated) in the wheelhouse",
    "Pilot on 12: 'Ajax, you're released, thank you'",
    "Use the phonetic alphabet for berth letters (12 November, not 12N)",
    "Port ops: 'tugs, confirm on 72 when fast'",
    "Ch 16 Pan-Pan heard at 02:14 — fishing vessel engine failure, not our area",
    "VHF working channel for the wind farm project: 69",
    "VHF range test at the outer buoy: 18 nm to base, clear",
]
VHF_CHS = ["09", "12", "13", "14", "16", "68", "71", "72", "77"]
VHF_WHO = ["pilot", "VTS", "port ops", "tug-to-tug", "terminal", "lock master"]


def vhf_tpl(r):
    return "ch %s for %s, ch %s for %s (%s)" % (
        r.choice(VHF_CHS), r.choice(VHF_WHO), r.choice(VHF_CHS), r.choice(VHF_WHO),
        r.choice(["today", "this job", "until 18:00", "night shift", "fog plan"]))


CATEGORIES.append(("vhf_notes", VHF, vhf_tpl))


# ---------------------------------------------------------------- incident_reports
INCIDENT = [
    "Near miss: heaving line with a monkey's fist thrown without warning; hit the wheelhouse window",
    "Minor contact with the ship's hull at the bow — no damage seen, photos attached",
    "Towline parted during the turn at 14:33. No injuries. Line recovered.",
    "Deckhand slipped on the wet aft deck, bruised knee, back to work next day",
    "Girting risk: ship made sternway while we were on the centre lead; released the hook",
    "Fender damaged (tyre fender torn off), lost overboard at berth 9",
    "Engine alarm ME2 'low lub oil pressure' — stopped, job finished with one engine",
    "Fire drill at 10:00; muster time 2 min 40 s",
    "Man overboard drill: dummy recovered in 6 min",
    "Oil sheen near berth 3 — not from us; reported to the harbour master",
    "Incident #118: emergency release of towline — see winch log",
    "Root cause: communication — pilot said \"stop\" but meant \"stop pushing\"",
    "Corrective action: repeat back all orders on ch 12",
    "Finger caught between the line and the staple — first aid given, no lost time",
    "Report to flag & P&I club filed 2024-05-05",
    "CCTV footage saved (aft deck cam, 14:30–14:40)",
    "Hit a submerged object near buoy 14; divers found no hull damage",
    "Steering failure: switched to backup pump, completed job",
    "Lost power for 20 s — blackout on switchboard; cause: fuel filter clog",
    "Snap-back zone breached by deckhand; toolbox talk held after",
    "Crewman felt unwell (heat), rested in the mess, fine after 1 h",
    "Line-handling boat collided lightly with our fender, no damage",
    "Drug & alcohol test after the incident: negative",
    "Witness statement (AB): 'I heard a bang and saw the line go slack'",
    "Classification: LTI = no; RWC = no; FAC = yes",
    "Ship's crew dropped the eye on our deck from 15 m — dangerous, told the pilot",
    "Pollution: 2 L hydraulic oil leaked from the winch, contained on deck",
    "Security: unknown person tried to board at the tug base at 02:00; police called",
    "Damage to the ship's paint only; master signed the damage report",
    "Fishing net caught in the propeller — divers cleared it, 3 h delay",
    "Small fire in the galley (toaster) — extinguished with blanket",
    "Near collision with a RIB crossing the channel at speed",
    "Lessons learned: don't connect on the shoulder above 6 kn",
    "Investigation report draft v2 — comments by Friday, please",
    "Timeline: 14:28 pilot asks for 100% | 14:31 ship speed 7 kn | 14:33 line parts",
    "Injury: cut to hand (glove torn) — 3 stitches at hospital",
    "Incidente: caída en cubierta, sin lesiones graves",
    "Unfall: Decksmann ausgerutscht, Knie geprellt",
    "事故報告：曳航索破断、負傷者なし",
    "사고 보고: 예인줄 파단, 부상자 없음",
    "Incidente: cabo partido durante a manobra, sem feridos",
    "حادث: انقطاع حبل القطر، لا إصابات",
    "Инцидент: обрыв буксирного троса, пострадавших нет",
    "Olay: yedek halatı koptu, yaralı yok",
    "Anchor of the ship dropped unexpectedly 20 m from our bow",
    "Tug heeled ~15° during indirect towing — within stability limits",
    "Reported to the DPA by phone at 15:10",
    "Near miss category: mooring ops > line handling",
    "Photos in incidents/2024/118/*.jpg",
    "Master statement: ship's speed was > 6 kn when the pilot asked us to connect",
    "Incident closed after corrective actions verified (SMS ref 7.3)",
    "Radar failure in fog — proceeded with the spare radar, informed VTS",
]
INC_TYPES = ["Near miss", "Minor injury", "Equipment failure", "Contact", "Pollution (minor)", "Security"]
INC_PLACES = ["berth 9", "the lock", "the turning basin", "the outer anchorage", "the tug base"]


def incident_tpl(r):
    return "%s at %s, %s, reported by %s — ref INC-%d" % (
        r.choice(INC_TYPES), r.choice(INC_PLACES), r.choice(["no injuries", "first aid only", "no damage", "photos attached"]),
        r.choice(CREW_NAMES), r.randrange(100, 999))


CATEGORIES.append(("incident_reports", INCIDENT, incident_tpl))


# ---------------------------------------------------------------- customer_messages
CUSTOMER = [
    "Hi, can you confirm 2 tugs for MV Ocean Grace ETA 0600 tomorrow? Thanks, Maria (agent)",
    "Dear Sirs, please quote towage for a 200 m bulk carrier, berth 5, inward and outward.",
    "Thank you for the quick help last night — our master was very happy with the tug crew!",
    "We need the invoice split: 60% owner / 40% charterer. Is that possible?",
    "Sorry for the late cancellation; the ship's ETA slipped due to weather.",
    "Can we get the tug on the bow BEFORE the bridge this time? Last time it was too late.",
    "Please send the timesheet (start / finish / waiting) to ops@shipping-agency.example.com",
    "Invoice 2024/1187 — why 4 hours? The job was 2.5 h in my notes.",
    "Guten Tag, bitte zwei Schlepper für die „Elbe Trader“ morgen um 07:00. Danke!",
    "Buenos días, ¿pueden confirmar los remolcadores para el buque 'Mar Azul'? Saludos",
    "Goedemorgen, graag 3 sleepboten voor de 'Stolt Kite' om 14:00.",
    "Bonjour, nous avons besoin d’un remorqueur pour le déhalage au quai 4 — merci !",
    "Olá! Precisamos de 2 rebocadores amanhã às 06h. Obrigado.",
    "Καλημέρα, χρειαζόμαστε ρυμουλκό για το πλοίο μας στις 08:00.",
    "您好，请确认明天早上6点两艘拖轮协助“海洋之星”轮靠泊。谢谢！",
    "お世話になっております。明日10時、タグボート2隻の手配をお願いします。",
    "안녕하세요, 내일 오전 7시에 예인선 2척 부탁드립니다.",
    "Здравствуйте! Просим подтвердить два буксира на завтра 06:00.",
    "مرحباً، نحتاج قاطرتين للسفينة غداً الساعة السابعة صباحاً.",
    "Merhaba, yarın 07:00 için iki römorkör rica ediyoruz.",
    "Dzień dobry, prosimy o 2 holowniki na jutro godz. 6:00.",
    "नमस्ते, कल सुबह 6 बजे दो टग चाहिए।",
    "Hej! Kan ni bekräfta bogserbåtar till 'Nordic Star' kl 05:30?",
    "Our master's comment: \"tug crew professional, communication excellent\" — 5/5",
    "Complaint: the tug arrived 25 min late and we missed the tide window.",
    "Please use our PO number 4500012345 on all invoices from now on.",
    "The ship is a 'dead ship' (no propulsion) — does that change the tug requirement?",
    "We'll drop the second tug if the wind is < 15 kn, decide at 05:00",
    "Can you send me a list of your tugs with bollard pull & year built?",
    "Is there a discount for > 20 jobs per month? Our volume will go up in Q3.",
    "Re: re: re: tug order — OK, confirmed 3 tugs, thanks",
    "What's your emergency number outside office hours?",
    "The vessel's name is \"Sea Dragon\" (not 'Sea Dragoon' as in your confirmation)",
    "Hi! I'm the 2nd officer of MV Frontier Jade; our ship's line will be used fwd",
    "Please confirm receipt :)",
    "Agent change: from 1 July please contact Inchcape instead of us",
    "Could you assist with a tow from the yard to the anchorage on Saturday? ~3 nm",
    "Looking forward to working with you again! Best regards, Capt. D'Amico",
    "We can't find your bank details on the invoice — please resend",
    "Is the 'waiting time' billed per started hour or per 30 min?",
    "Quick question: do you have a tug with fire-fighting FiFi 1 class?",
    "The terminal says berth 12 not 14 — sorry for the mix-up!",
    "Hello, this is the master of 'Ocean Grace'. Pilot will board at 0500. See you then.",
    "Reference our phone call: 2 tugs, 1 standby, rates as per the 2024 tariff",
    "Attached: ship particulars (LOA 229 m, beam 32.3 m, draft 12.1 m)",
    "Are weekend rates +50% or +100%? Your tariff PDF says both on p. 3 & p. 7",
    "Thank you & have a nice weekend",
    "Wir bitten um Angebot für Schleppassistenz bei Sturmwarnung (Bft 8+)",
    "We would like to 'order by phone' in the future — is that OK for your system?",
    "Ship is delayed again... new ETA 1500 (hopefully final)",
    "Our customer portal login doesn't work — user: j.smith@marineagency.example.com",
    "The tug master was great — please pass on our thanks to Capt. Ødegaard and crew",
    "Can the tug drop off the pilot at the breakwater after the job?",
]
CUST_GREET = ["Hi", "Hello", "Dear Ops", "Good morning", "Hej", "Guten Tag", "Buenos días"]
CUST_ASKS = ["please confirm 2 tugs for", "can you quote towage for", "we cancel the tugs for",
             "please move the job to 1100 for", "thanks for the assist of"]


def customer_tpl(r):
    return "%s, %s %s at %s. Regards, %s" % (
        r.choice(CUST_GREET), r.choice(CUST_ASKS), r.choice(JOB_SHIPS), r.choice(BERTHS),
        r.choice(["Maria", "Capt. O'Brien", "Jürgen", "Li Wei", "Fatima", "the agency team"]))


CATEGORIES.append(("customer_messages", CUSTOMER, customer_tpl))


# ---------------------------------------------------------------- search_settings_imports
SEARCH = [
    "nordic star",
    "svea OR ajax",
    "tow line parted",
    "berth 12",
    "\"MSC Agata\"",
    "fuel > 20 m3",
    "jobs where pilot late",
    "order by eta desc",
    "select all jobs from last week",
    "drop-off pilot",
    "union rates 2024",
    "sleep hours crew",
    "incident -draft",
    "eta:2024-05-04..2024-05-06",
    "tug:\"Bollard King\" status:done",
    "customer = 'Inchcape' and tugs >= 2",
    "job #20814",
    "O'Neill",
    "D'Souza, M.",
    "Ødegaard",
    "Å",
    "ch 12 | ch 14",
    "Email template: Dear {{agent_name}}, your tugs for {{vessel}} are confirmed for {{eta}}.",
    "SMS template: Job ${JOB_ID} moved to ${ETA} — reply OK",
    "Default units: m³ / t / kn",
    "Timezone: Europe/Amsterdam",
    "Date format: YYYY-MM-DD HH:mm",
    "Export folder: ../exports/2024/Q2",
    "C:\\Users\\dispatch\\Documents\\Tug rotas\\rota_v3.xlsx",
    "/home/ops/reports/fuel_2024-04.csv",
    "Webhook URL: https://hooks.shipping-agency.example.com/tug-orders",
    "Import CSV: date;tug;job;hours\n2024-05-01;Svea;20811;2.5\n2024-05-01;Ajax;20812;3.0",
    "| Tug | BP (t) | Year |\n|---|---|---|\n| Svea | 75 | 2019 |\n| Ajax | 65 | 2015 |",
    "## Handover\n- winch brake adjusted\n- **sea valve 3 sticky**\n- `ch 72` for tugs",
    "Notify me when: ETA changes && pilot time changes",
    "Signature: -- \nCapt. H. Ødegaard | Master, Svea | +47 900 00 000",
    "Rate < 5 kn for barge tows",
    "Use `ROB` not `remaining` in the reports",
    "Filter: status != cancelled",
    "AIS source: https://ais.example.org/api/v2/vessels?mmsi=244123456",
    "Dashboard refresh every 30 s",
    "Language: Nederlands",
    "Show jobs with <no pilot> tag",
    "pilot ladder; rigging",
    "$ per hour vs € per hour",
    "Alert if line load >= 80% MBL",
    "tug & crew report",
    "weather: wind > 25 kn -> add tug",
    "find berth 4/5",
    "dispatch@harbortugs.example.com",
    "Backup path: /mnt/nas/dispatch/backup-2024-05-06.tar.gz",
    "Ignore case (Tug vs tug) in search",
    "SELECT a berth from the list, then drag the tug onto the timeline",
]
SEARCH_TERMS = ["svea", "ajax", "berth 9", "pilot late", "line parted", "fuel", "crew change", "ch 12", "nordic star"]
SEARCH_FILTERS = ["status:done", "status:open", "tug:Hercules", "month:2024-05", "customer:Inchcape", "type:escort"]


def search_tpl(r):
    return "%s %s sort:%s" % (r.choice(SEARCH_TERMS), r.choice(SEARCH_FILTERS),
                              r.choice(["eta", "-eta", "tug", "berth", "created"]))


CATEGORIES.append(("search_settings_imports", SEARCH, search_tpl))


def build():
    rng = random.Random(SEED)
    rows = []
    n = 0
    for name, lits, tpl in CATEGORIES:
        assert len(lits) >= 50, (name, len(lits))
        assert len(set(lits)) == len(lits), name
        vals = list(lits)[:PER_CAT]
        seen = set(vals)
        guard = 0
        while len(vals) < PER_CAT:
            v = tpl(rng)
            guard += 1
            assert guard < 10000
            if v not in seen:
                seen.add(v)
                vals.append(v)
        for v in vals:
            n += 1
            rows.append({"id": "hbga-%05d" % n, "category": name, "label": "benign", "value": v})
    return rows


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "benign.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for row in build():
            f.write(json.dumps(row, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
