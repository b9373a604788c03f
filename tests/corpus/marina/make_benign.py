#!/usr/bin/env python3
"""Benign values for the marina held-out WAF corpus.

Standard library only. Writes benign.jsonl next to this file.
10 categories x 80 values. Every category has >= 50 hand-written literals;
the rest come from ONE small template per category over hand-written pools.
"""
import json
import os
import random

SEED = 17201
PREFIX = "hbfg"
PER_CATEGORY = 80

rng = random.Random(SEED)

# ---------------------------------------------------------------------------
# 1. slip-notes: free-text notes on slip assignments
# ---------------------------------------------------------------------------
SLIP_NOTES = [
    "B-14",
    "Moved from C-3 to D-11 because the 42' Hatteras wouldn't fit the finger pier.",
    "Slip A-07 — power pedestal is 30A only, tenant needs 50A. Swap with A-09?",
    "Please select a slip closer to the launch ramp for Mrs. O'Connell, she uses a walker.",
    "Union Yacht Club members get the T-head on Dock E through 31 Oct.",
    "Owner asked to drop the dock box rental from next month's invoice.",
    "Order by LOA when assigning the transient row, longest on the outside.",
    "Liveaboard; sleeps aboard weekdays only. Mail goes to office.",
    "Beam 16'2\" > slip width 15'6\" — cannot assign C-20, try C-22 (17').",
    "D-dock fingers: 1-10 are 30', 11-24 are 35', 25+ are 40'.",
    "Slip swap approved: \"Sea Biscuit\" ↔ \"Knot Working\" effective 1 June.",
    "Tenant on G-4 says the cleat on the port side is loose; bolts rusted through.",
    "Annual holder, renewal sent 2024-11-02, no reply yet — follow up by phone.",
    "Seasonal: May 1 → Oct 15. Pro-rated 5.5 months at $118/ft.",
    "Water depth at MLLW on F-dock end is ~5 ft; warn deep-draft sailboats (keel > 6').",
    "Do NOT assign H-1/H-2 until the pile replacement is signed off.",
    "Transient queue: 1) Ruth Ann 2) Blue Heron 3) Tideline — all arriving Fri.",
    "She'd prefer the north side; wind off the breakwater rocks the south slips.",
    "Note from Jim: slips E-5 & E-6 share one pedestal; split the meter reading 50/50.",
    "assign kayaks to rack K, not the dinghy dock",
    "Catamaran (beam 24') only fits end-tie on A or the fuel-dock face after 18:00.",
    "Customer said 'we'll be back in two weeks' — hold slip, don't release to waitlist.",
    "Wait-list position #17 for a 40-footer; expected wait 2–3 seasons.",
    "Dock C electrical inspection passed; GFCI pedestals per NEC 555 on all 24 slips.",
    "Slip C-12 sublet request denied — sublets are against the rules (section 4.3).",
    "Boat name on slip card: Reel Therapy. Owner: Dr. Ana María Núñez.",
    "Relocate 'Wind Dancer' -- temporary, during E-dock float repair only.",
    "The bow line goes on the outer cleat; stern to the pile. Tell new tenants.",
    "Swapped A-3 and A-4 again; see ticket #4471 for history.",
    "Slip fees paid through 03/31. Balance due $0.00.",
    "Waitlist: select smaller boat owners first when 30' slips open (board policy).",
    "カヤック置き場のK-3は空いています。",
    "Liegeplatz B-7: Eigner wünscht Stromzähler-Ablesung monatlich.",
    "Poste d'amarrage C-9 réservé pour le bateau « L'Étoile du Nord ».",
    "Amarre D-2 libre a partir del lunes; el dueño vendió el velero.",
    "Финger-пирс на доке E погнут, не ставить туда лодки > 35 футов.",
    "Check under slip C-1 — there's a sea lion sleeping on the swim platform again.",
    "Reassigned per harbormaster: F-18 → F-20. Old slip gets the new Boston Whaler.",
    "len(waitlist) = 43 as of today; 12 are for 25' and under.",
    "Need two slips side by side for the Andersen family (sailboat + center console).",
    "dock box key #88 lost, charge $25 replacement",
    "Slip B-22 pedestal breaker trips when both shore cords plugged in; electrician on Tue.",
    "Tenant asked: can we tie the dinghy behind the boat? Answer: only if it doesn't extend past the finger.",
    "Temporary slip for Coast Guard Auxiliary vessel, no charge, 3 nights.",
    "Slip G-9 / G-10 combined into one 60' side-tie after finger removal.",
    "Notes: 'Mary Jo' is the boat; 'Mary-Jo Peters' is the owner. Don't mix them up on the invoice!",
    "Boat on H-7 listing to starboard — bilge pump float stuck? Called owner 07:40.",
    "Assign by arrival time, then by length (desc).",
    "Slip photos uploaded to shared drive: Marina/Slips/2024/E-dock/",
    "She wants a 'quiet' slip — away from the fuel dock & the bar on the pier.",
    "Slip map v3 updated; D-14 through D-20 renumbered after the reconfig.",
    "No pets on A-dock floating walkways (HOA rule), but dogs OK on B–H.",
    "Tenant's insurance lapsed 10/01; slip on hold until new COI received.",
]
SLIP_TPL_DOCK = ["A", "B", "C", "D", "E", "F", "G", "H"]
SLIP_TPL_ACTION = [
    "assigned to {boat} for the {season} season",
    "released; {boat} moved to dry storage for {season}",
    "on hold for {boat} pending insurance for {season}",
    "swapped with neighbour; {boat} keeps it through {season}",
]
SLIP_TPL_BOAT = ["Osprey", "Sea Señorita", "Second Wind", "Liquid Asset", "Happy Hour", "Aquaholic", "Nautilus II", "Salty Dog"]
SLIP_TPL_SEASON = ["summer 2025", "winter 24/25", "2025 annual", "shoulder (Apr–May)"]


def slip_template(r):
    slip = "%s-%02d" % (r.choice(SLIP_TPL_DOCK), r.randint(1, 30))
    return "Slip %s %s." % (slip, r.choice(SLIP_TPL_ACTION).format(
        boat=r.choice(SLIP_TPL_BOAT), season=r.choice(SLIP_TPL_SEASON)))


# ---------------------------------------------------------------------------
# 2. fuel-dock: fuel sales notes, receipts, comments
# ---------------------------------------------------------------------------
FUEL_DOCK = [
    "87 gal diesel @ $5.19 = $451.53",
    "Sold 12.4 gal ethanol-free 90 octane to 'Miss Behavin'.",
    "Pump 2 meter reads 0.3 gal high — calibrate before Friday.",
    "Customer paid cash; drawer over by $2.00. Noted for reconciliation.",
    "Diesel tank level 3,420 gal; reorder at < 2,000 gal.",
    "Rec fuel price: $4.89/gal; commercial fishermen get 10% off w/ card.",
    "Spill kit used at 14:10, small sheen (< 1 cup) from a vent overflow; absorbed, no report needed per SOP.",
    "Oil change waste: 4 qt accepted at the recycling station.",
    "Fuel dock closes at 6pm in October; 7pm May–Sep.",
    "Boater asked if we sell two-stroke oil — yes, TC-W3 quarts in the store.",
    "Pump-out free with any fill > 50 gal.",
    "Ice: 6 bags cubed, 2 blocks. Bait: 1 flat squid.",
    "Please drop the price on the sign to $5.09 at close; new delivery came in cheaper.",
    "Select 'Diesel' on the POS before starting pump 3, it defaults to gas.",
    "Gas | Diesel | Ice — three buttons on the new register screen.",
    "Fueled \"Reel Deal\" 210 gal, paid w/ Visa ending 4412. Receipt emailed.",
    "Customer topped off both tanks (port & stbd): 64.2 + 63.8 gal.",
    "Water in fuel complaint from slip D-9; sample taken, looked clear, logged.",
    "Dockhand: Kenji. Shift 06:00–14:00. Sales total $3,118.40.",
    "Gallons sold YTD: 48,219 (gas) / 71,004 (diesel).",
    "Credit card reader offline 11:20–11:45; took card numbers on paper per backup procedure? NO — we declined and asked for cash.",
    "Fuel delivery from Harbor Petroleum: BOL #77182, 4,000 gal ULSD.",
    "Sales tax exempt: commercial vessel, permit on file (CF-2231-XY).",
    "Boat drifted into the fuel dock face at 2 knots; no damage, just a scuffed rub rail.",
    "Waiting line of 5 boats at 10am Saturday; need a second dockhand weekends.",
    "Price sign says $4.89 but POS charged $4.98 — refunded difference $1.17.",
    "Diesel additive (Biobor) sold: 2 bottles.",
    "Fuel nozzle latch broken on pump 1; use pump 2 until fixed.",
    "Fuel sales export for September attached (fuel_sales_2024-09.csv).",
    "Receipt #F-100233: 40.0 gal @ 5.19, tax 0.00 (diesel road tax n/a)",
    "Combustible vapour alarm tested OK. Fire extinguishers tagged 04/2025.",
    "Customer asked for a 'fill & pump-out' package — we don't bundle, charge separately.",
    "Gasolina: 22 galones para el bote 'La Gaviota'. Pagó con tarjeta.",
    "Diesel: 150 L pour « Marie-Galante », payé en espèces.",
    "Dieselverkauf 320 Liter an Motoryacht \"Seeadler\".",
    "Tank dipped at close: 41 in. = approx 2,870 gal (chart v2).",
    "Stop selling gas at 10% tank; water sits on the bottom.",
    "Jet ski rentals fill up first thing; reserve pump 1 for them 08:00–08:30.",
    "Some people ask for \"high test\" — that's our 90 octane rec fuel.",
    "Gas + oil premix 50:1 for the old Evinrude; customer brought their own can.",
    "Tip jar count: $42. Split between Kenji & Lou.",
    "fuel dock phone forwarded to VHF 9 relay after hours",
    "Refund $15.60 — card double-charged (txn 55190 & 55191).",
    "Fuel price history: Jan $4.29 → Jun $4.89 → Sep $5.19 (diesel).",
    "Pump 3 shut-off valve sticky; sleep mode on the dispenser keeps resetting totals?? Vendor ticket opened.",
    "Boater: 'how much for 300 gallons?' — quoted $1,557 before tax.",
    "We don't sell propane. Nearest is the hardware store on Water St.",
    "Add 'ethanol-free' to the sign; people keep asking whether it's E10.",
    "Fuel quantity discount tiers: 100+ gal -$0.10; 250+ gal -$0.20.",
    "Paid via account #M-3318 (monthly billing).",
    "Coast Guard boat fueled, gov't PO 24-0091, invoice net 30.",
    "Cash drawer start $200, end $1,044.25.",
]
FUEL_TPL = "{gal:.1f} gal {fuel} to {boat}, paid {how}."
FUEL_POOL_FUEL = ["diesel", "ethanol-free 90", "rec 89", "ULSD"]
FUEL_POOL_BOAT = ["Knot Again", "Fin & Tonic", "Serenity", "Blue Moon", "Wet Dream II", "Bay Watcher", "Carpe Diem", "Old Salt"]
FUEL_POOL_HOW = ["cash", "Visa", "Amex", "account", "Apple Pay", "debit"]


def fuel_template(r):
    return FUEL_TPL.format(gal=r.uniform(5, 350), fuel=r.choice(FUEL_POOL_FUEL),
                           boat=r.choice(FUEL_POOL_BOAT), how=r.choice(FUEL_POOL_HOW))


# ---------------------------------------------------------------------------
# 3. vessel-registry: boat names, owners, registration & insurance fields
# ---------------------------------------------------------------------------
VESSEL_REGISTRY = [
    "Sea Biscuit",
    "Knot Working",
    "Reel Therapy",
    "Aye Aye Captain!",
    "O'Sullivan's Folly",
    "Seas the Day",
    "Nauti Buoy",
    "Pier Pressure",
    "Sir Reel",
    "Unsinkable II",
    "Drop Anchor",
    "Select Comfort",
    "The Office",
    "Bow Movement",
    "Yacht Sea",
    "Tax Shelter",
    "Grand Union",
    "Exec Privilege",
    "Patrick O'Neil-Ramírez",
    "Siobhán Ní Bhriain",
    "Zoë D'Arcy",
    "José Luis Fernández",
    "Jürgen Müller-Lüdenscheidt",
    "山田 太郎",
    "Ngozi Okonkwo-Adeyemi",
    "Hull ID: USZ12345K425",
    "CF 1234 AB",
    "USCG Doc # 1234567",
    "FL-7788-KJ (Florida reg. exp. 06/30/2026)",
    "Policy BoatUS #BUS-00921-77, agreed value $185,000, deductible 1%",
    "Insurer: Progressive Marine; named insured: Lee & Sons Charter LLC",
    "Additional insured: Harborview Marina, 1 Water St, Port Jefferson NY",
    "Liability $300,000 / $500,000 min. required for slips > 35'",
    "Make/Model: Grady-White Freedom 275; Year 2019; LOA 27'6\"; Beam 9'3\"; Draft 1'10\"",
    "Engine(s): 2× Yamaha F300 — S/N 6CE-1012345 / 6CE-1012346",
    "Sailboat: Catalina 30 Mk II, fin keel, draft 5'3\", mast ht 43'",
    "Owner email: k.o'brien@harborview-mail.example",
    "captain.ahab+marina@pequod.example",
    "Phone: +1 (631) 555-0142 ext. 3",
    "Emergency contact: Maria \"Mia\" Santos, 555-0199",
    "Hailing port: Sag Harbor, NY",
    "Registered owner differs from slip holder — co-owner agreement uploaded.",
    "Prev. name: \"Crew's Control\" → renamed \"Serenity Now\" (2023).",
    "Color: hull white / boot stripe navy / bottom paint red (ablative)",
    "Dinghy: AB 10' RIB, reg CT 5521 ZZ, outboard 15hp",
    "Insurance cert expires 2025-04-30 < season start; request updated COI.",
    "Owner is a corp: ACME Boats, Inc. — signatory: Ms. Ruth O'Hara, CFO",
    "Vessel type: PWC (Sea-Doo GTX); no slip, rack storage only",
    "Lienholder: First Coastal Bank, loan #LN-4421-0093",
    "Documentation renewal due; reminded owner about the 1-year USCG renewal.",
    "Name on transom: 'SEA-ESTA' (spelled with a hyphen)",
    "Mast-up storage OK — owner signed the wind-damage waiver.",
    "Owner's note: “Please spell it Fjørd, with the slashed o.”",
    "Name: Λευκή Θάλασσα (Greek); translit. Lefki Thalassa",
    "Vessel: Мечта; owner: Иван Петров",
]
VESSEL_TPL = "{name} — {make}, {loa}' LOA, owner {owner}"
VESSEL_POOL_NAME = ["Wind Song", "Sea Gypsy", "Obsession", "Free Spirit", "Priceless", "Mañana", "Island Time", "Hooked"]
VESSEL_POOL_MAKE = ["Boston Whaler 230 Outrage", "Beneteau Oceanis 38", "Sea Ray 280", "Jeanneau SO 349", "Pursuit S 328", "Hinckley Picnic Boat"]
VESSEL_POOL_OWNER = ["D. O'Malley", "Chen Wei", "Amélie Laurent", "R. & K. Johansson", "Pat McAllister", "Fatima Al-Sayed"]


def vessel_template(r):
    return VESSEL_TPL.format(name=r.choice(VESSEL_POOL_NAME), make=r.choice(VESSEL_POOL_MAKE),
                             loa=r.randint(18, 52), owner=r.choice(VESSEL_POOL_OWNER))


# ---------------------------------------------------------------------------
# 4. haulout-storage: haul-out, winter storage, yard work
# ---------------------------------------------------------------------------
HAULOUT_STORAGE = [
    "Haul-out scheduled Oct 14, 09:00 — Travelift 50T. Blocking on stands, row 3.",
    "Short haul for bottom inspection; splash same day if no blisters.",
    "Winterize: antifreeze in engine & heads, fogging oil, stabilizer in tanks.",
    "Shrink-wrap with door + 2 vents; customer wants zipper door on port side.",
    "Storage rate: $4.25/ft/month indoor; $2.75 outdoor; min 20'.",
    "Mast unstepped, stored on rack M-12. Standing rigging tagged.",
    "Please drop the boat back in after the bottom paint has cured 24h.",
    "Union of the two work orders: #WO-1182 (haul) + #WO-1190 (wash) → one invoice.",
    "Pressure wash revealed zinc on the shaft is 80% gone — replace.",
    "Launch order for spring: by slip assignment date, then by who paid the deposit first.",
    "Boat stays on the trailer in the lot; owner supplies the jack stand chocks.",
    "Forklift rack storage: max 28' LOA, max 7,500 lbs dry.",
    "Customer sleeps aboard in the yard? Not allowed — insurance.",
    "Blocked sailboat: keel on 4x4 oak blocks, 6 stands, chained in pairs.",
    "DIY work allowed in yard with signed waiver; no sanding without vacuum system.",
    "Bottom paint: 2 coats Interlux Micron CSC, blue; waterline raised 1\".",
    "Sling marks: forward strap just aft of the bow thruster tube — DON'T lift on the tube!",
    "Estimated haul + wash + block: $18/ft x 32' = $576",
    "Spring launch list posted: Apr 1 → May 15. Call to move your date.",
    "Indoor storage waitlist full; offered outdoor w/ shrink-wrap instead.",
    "Blister repair quote: ~40 blisters < 1\" — grind, fill, barrier coat (2 days).",
    "Engine winterized — oil & filter changed, impeller pulled & stored in the cabin.",
    "Ilse asked whether her batteries can stay aboard over winter. Yes, if disconnected.",
    "Boat #44 in row D has a flat trailer tire; tell owner before spring.",
    "Cradle rental: $150/season, returned by June 1.",
    "Wash-down water goes to the filtration pit, not the harbor (stormwater permit).",
    "Hauled 'Blue Heron' — found fishing line wrapped around the prop shaft, cut free.",
    "Need 2 people to tend lines during haul; wind gusting 20+ kts.",
    "Lift capacity chart: 50T lift, max beam 17'6\"; wider boats → crane service.",
    "Yard hours: Mon–Fri 7–3:30, Sat 8–12. Closed Sun.",
    "Stored on stands 11/02/2024; expected splash 04/20/2025.",
    "Winter storage contract signed — includes 1x haul, 1x launch, pressure wash.",
    "Outdrive removed for service; bellows replaced; gimbal bearing greased.",
    "Eingelagert in Halle 2, Platz 17. Batterie ausgebaut.",
    "Hivernage: bateau sur ber, bâche posée le 5 novembre.",
    "Almacenaje en seco: estante 4, nivel 2.",
    "冬季保管：屋外ヤード 列B-6",
    "Keel bolts — torque check requested by the surveyor before launch.",
    "Customer wants to select their own bottom paint; must be approved copper-free for our lake.",
    "Add storage fee for the dinghy on the rack (+$120).",
    "Prop removed & sent out for reconditioning (3-blade, 17x21).",
    "Stands: 4 @ $0 (ours). Blocking: 3 @ $0. Straps: customer's own.",
    "Haul cancelled due to small-craft advisory; rescheduled to Thursday 08:00.",
    "Trailer parking spot T-18 assigned; tag on the tongue.",
    "Boat too tall for shed door (13'6\" clearance) — radar arch must fold down.",
    "Launch → dock → owner sea trial → invoice closed.",
    "Clean out bilge before storage; found ~2 gal oily water, pads used.",
    "Prep list: [x] haul [x] wash [ ] block [ ] wrap [ ] winterize",
    "Shrink wrap weight: 7 mil, white. Recyclable via the wrap program in April.",
    "Surveyor on site Tue for pre-purchase survey; short haul at 10.",
    "Note: 'Miss Ellie' has a swing keel — lower before blocking.",
    "Cover frame stored inside the boat (customer's own wooden frame).",
]
HAUL_TPL = "{boat}: {task} on {date}, {where}."
HAUL_POOL_BOAT = ["Osprey", "Calypso", "Whisper", "Lady Jane", "Rum Runner", "Halcyon", "Pelican", "Dawn Treader"]
HAUL_POOL_TASK = ["haul & block", "launch", "shrink-wrap", "pressure wash", "winterize", "bottom paint", "zinc change"]
HAUL_POOL_DATE = ["Oct 3", "Oct 17", "Nov 1", "Apr 12", "Apr 29", "May 6", "Sep 30"]
HAUL_POOL_WHERE = ["row A", "row C", "shed 2", "rack M-4", "trailer lot", "wash pad"]


def haul_template(r):
    return HAUL_TPL.format(boat=r.choice(HAUL_POOL_BOAT), task=r.choice(HAUL_POOL_TASK),
                           date=r.choice(HAUL_POOL_DATE), where=r.choice(HAUL_POOL_WHERE))


# ---------------------------------------------------------------------------
# 5. tide-weather: tide and weather notes
# ---------------------------------------------------------------------------
TIDE_WEATHER = [
    "High 10:42 (+6.8 ft), Low 16:55 (-0.4 ft). King tide Sat — watch ramp parking.",
    "Small Craft Advisory in effect until 6 PM; SW 20–25 kt, gusts 30.",
    "Fog bank off the point; visibility < 1/4 nm at 07:00, lifting by 10.",
    "Wind: NE 12 kt backing N by evening. Seas 2–3 ft, 6 sec period.",
    "Minus tide tomorrow (-1.2 ft at 06:14) — deep-draft boats stay put on F-dock.",
    "Barometer 1008 → 998 hPa in 6 h; storm coming. Double up dock lines.",
    "Hurricane prep checklist posted: remove canvas, extra lines, fenders, unplug shore power.",
    "Current in the channel ~2.5 kt on the ebb; approach fuel dock into the current.",
    "Lightning within 10 mi — fuel dock closed 15:20–16:05.",
    "Water temp 54°F. Air 61°F. Drysuit weather for the diver.",
    "Tide table source: NOAA station 8467150 — check before scheduling haul-outs.",
    "Sunset 19:48, civil twilight ends 20:19.",
    "Ice in the basin: bubblers on for A–D docks since Dec 12.",
    "Gale warning: W 35 kt tonight. Close the guest dock at 17:00.",
    "Swell wrapping around the breakwater; E-dock moving a lot — add chafe gear.",
    "Rain total 2.3\" overnight; bilge checks on open boats (whalers, skiffs).",
    "Heat advisory: 97°F. Water & shade at the fuel dock for staff.",
    "Tidal range this week ~7 ft; gangway slope steep at low — use the ramp with care.",
    "Wind > 25 kt → no Travelift moves (yard rule).",
    "Forecast: Sat sunny, light & variable; Sun SW 15, chop 1–2 ft.",
    "Rip current statement for outer beaches; not our harbor but tell charter guests.",
    "Storm surge +2 ft predicted; lower dock power pedestals may get wet. Kill power to H-dock at 20:00.",
    "Tide at 14:00 is +3.1 — enough for the 5' draft to cross the bar? Yes, barely (charted 4' + 3.1).",
    "VHF WX channel 2 had the update: SCA extended through Tuesday.",
    "Wind chill -5°C; slippery docks, salt the gangway.",
    "Ebbe um 13:20, Flut um 19:35. Starker Westwind.",
    "Marée haute 11h05 (coef. 98). Attention au courant dans le chenal.",
    "Marea baja a las 5:40; el canal tiene solo 1,5 m.",
    "潮位：満潮 9:12 / 干潮 15:30",
    "Watch the NOAA buoy 44025 — wave height spiked to 9 ft.",
    "Wind direction vs. slip orientation: N wind = bow-on for D-dock, beam-on for E.",
    "Thunderstorms likely after 3pm; sleep on it before heading out, honestly.",
    "Heavy pollen on the decks again — not a spill, it's yellow pine pollen.",
    "Spring tides: full moon Tue. Expect +0.8 ft above predicted highs.",
    "Waterspout reported ~3 nm offshore at 11:15; Coast Guard broadcast.",
    "Forecast model says <15 kt but the anemometer on the fuel shack reads 22.",
    "Low-water alarm on the ramp: don't launch anything > 20' after 15:00 today.",
    "Tide: 6.1' @ 08:12 | -0.2' @ 14:31 | 5.4' @ 20:40",
    "Hurricane season Jun 1–Nov 30. Haul-out contract option 'H' guarantees lift priority.",
    "UV index 10; remind dockhands: sunscreen & hats.",
    "North wind pushes water out of the bay — actual low ~0.5' below prediction.",
    "Today: calm AM, sea breeze 12–15 kt after 1 PM.",
    "Predicted gusts 40+ mph Wednesday night; secure loose dock boxes & carts.",
    "Set of 3 swells at 8 s — the fuel dock is bouncing, fuel only bow-in.",
    "Wind shift at 1600 from S to NW (front passage). Temp drop 15°F.",
    "Tide station offline; using Sandy Hook predictions +25 min correction.",
    "Seiche in the harbor again; water dropped ~1 ft in 10 min then back.",
    "Snow on docks 4\"; shovel A-dock first (liveaboards).",
    "Dense fog advisory; foghorn test at 0800 OK.",
    "Rainfall radar shows band arriving ~22:00 — sleep early, up at 5 to check lines.",
    "Air quality alert (wildfire smoke), AQI 160; limit outdoor yard work.",
]
TIDE_TPL = "{kind} {time} ({height:+.1f} ft), wind {dir} {kt} kt."
TIDE_POOL_KIND = ["High", "Low", "High tide", "Low tide"]
TIDE_POOL_DIR = ["N", "NE", "E", "SE", "S", "SW", "W", "NW", "variable"]


def tide_template(r):
    return TIDE_TPL.format(kind=r.choice(TIDE_POOL_KIND), time="%02d:%02d" % (r.randint(0, 23), r.randint(0, 59)),
                           height=r.uniform(-1.5, 8.5), dir=r.choice(TIDE_POOL_DIR), kt=r.randint(0, 30))


# ---------------------------------------------------------------------------
# 6. pumpout-log: pump-out station logs
# ---------------------------------------------------------------------------
PUMPOUT_LOG = [
    "Pump-out: 'Sea Biscuit', 32 gal, 09:15, free (slip holder).",
    "Pump-out boat made 14 stops on C & D docks; total 410 gal.",
    "Station pump lost prime; cleared clog at the check valve (wet wipes again).",
    "Sign reminder: no wipes, no paper towels, no 'flushable' anything — ONLY marine TP.",
    "Pump-out cart #2 hose cracked near the nozzle — replaced 15' section.",
    "Grant-funded (CVA) pump-out — rate must stay ≤ $5 per pump-out.",
    "Log: 07/14 | D-9 | 18 gal | by Lou | note: odour complaint from neighbour",
    "Holding tank vent clogged on 'Miss Ellie'; advised owner to flush with water.",
    "Vacuum gauge reads -18 inHg; normal range -15 to -22.",
    "Customer declined pump-out, said they'd use the shore facility; logged refusal.",
    "Pump-out station closed 12:00–13:00 for hose disinfection.",
    "Dump station for porta-potties at end of B-dock. Rinse with the green hose only.",
    "Total pumped (month): 6,820 gal. Compare to last year 5,990 (+14%).",
    "Mobile pump-out scheduled Tue & Fri on H-dock; sign-up sheet in office.",
    "No-discharge zone reminder sent to all tenants via email & text.",
    "Y-valve found open on transient boat 'Bonne Chance' — sealed & tagged per NDZ rule.",
    "Sewage tank at the station is 75% full; septic truck Thursday.",
    "Sleep-aboard guests must pump out every 3 days (policy 7.2).",
    "Pump-out nozzle adapter for the deck fitting lost — ordered 2 spares ($18 ea).",
    "20 gal, slip E-14, 16:40, cash $5",
    "Pumped 'Knot Working': tank approx 40 gal, took ~6 min.",
    "Union local 1199 charter bus group booked pump-out demo for their boating course.",
    "Deck fitting stuck; used penetrating oil, took 10 min. Owner will replace.",
    "Odor at the station — hose flush & enzyme treatment done.",
    "Pump-out meter: 118,402 → 118,790 gal today.",
    "Dropped the nozzle in the water, retrieved with boat hook. Disinfected.",
    "Grey water hose & black water hose labeled now (color coded).",
    "Pumpout log export: pumpouts_2024Q3.csv (3 columns: date, slip, gallons).",
    "Entleerung Fäkalientank: 25 L, Liegeplatz C-4.",
    "Vidange eaux noires: 30 L, ponton B.",
    "Vaciado de aguas negras: 'La Gaviota', 15 gal.",
    "Station pump motor overheating (thermal cutout) after ~20 min of continuous use.",
    "Boater asked: do you pump out holding tanks on catamarans with 2 tanks? Yes, $5 each tank.",
    "Pump-out volunteers (Sat AM): Ray, Dee, Omar.",
    "Signed up for pump-out boat route: A-1 → A-24 → B-1 → B-18 → return.",
    "Pump-out count by dock: A 12 | B 9 | C 22 | D 31 | E 4",
    "Customer wants monthly pump-out subscription; offered $20/mo unlimited.",
    "Hose replaced after 3 seasons (UV damage). Part #PO-1.5-SUCT.",
    "Dock C station's check valve: replaced duckbill.",
    "State inspection of pump-out facility passed; certificate posted in office.",
    "Found a rag in the strainer — AGAIN. Reminder email to tenants.",
    "Pumped at 11:05 — gauge stuck at 0 on the boat's tank monitor, sensor issue on their end.",
    "Porta-potti emptied for kayak camper; no charge.",
    "Weekly total: 1,240 gal; busiest day Sat (380 gal).",
    "Pump ran dry for 2 min, no damage noticed. Reminder: watch sight glass.",
    "Dockhand Kenji: completed pump-out training module 2 (safety & PPE).",
    "Transient 'Wanderlust' — 45 gal; charged $5 to slip invoice.",
    "Gloves, goggles, disinfectant stocked at station (checked 08:00).",
    "Pumpout volume seems low vs. tank size (50 gal tank, 12 gal pumped) — owner says it was recently emptied.",
    "Pump-out ticket #PO-88123 voided: duplicate entry.",
    "Rinse fresh water through the hose for 30 s after each use — please sign the sheet.",
]
PUMP_TPL = "{date} | {slip} | {gal} gal | {who}"
PUMP_POOL_WHO = ["Kenji", "Lou", "Dee", "Omar", "Ray", "self-serve"]


def pump_template(r):
    return PUMP_TPL.format(date="%02d/%02d" % (r.randint(5, 10), r.randint(1, 28)),
                           slip="%s-%d" % (r.choice("ABCDEFGH"), r.randint(1, 24)),
                           gal=r.randint(5, 60), who=r.choice(PUMP_POOL_WHO))


# ---------------------------------------------------------------------------
# 7. maintenance: maintenance requests from tenants and staff
# ---------------------------------------------------------------------------
MAINTENANCE = [
    "Power pedestal at B-11 has no power; breaker reset doesn't help.",
    "The water spigot on D-dock leaks (drips constantly). Please fix before winter.",
    "Dock light out near G-7; it's pitch dark walking back at night.",
    "Broken board on the gangway, 3rd from the top — trip hazard!",
    "Please check the shore power cord on 'Sea Biscuit' — it's melting at the plug (30A twist-lock).",
    "WiFi on E-dock is terrible; can't load anything past the fuel dock.",
    "Request: add a cleat on the outer end of finger C-14.",
    "Bathroom #2 door lock broken — key code 4-2-1 doesn't work.",
    "Shower hot water runs out after ~5 min; heater setting?",
    "Dock cart #7 has a flat tire.",
    "Seagull deterrent spikes on the pilings on F-dock fell off.",
    "Gate code keypad unresponsive after the rain — had to wait for someone to let me in.",
    "Please select a contractor for the pile wrapping; 3 quotes attached (PDF).",
    "Drop-in request: can someone check my bilge pump while I'm away Jun 3–17?",
    "Sleep mode on the gate controller? It locks out after midnight.",
    "Electric meter on A-5 shows negative kWh (−312). Probably wired backwards.",
    "Float on D-dock is sitting lower on the north side; maybe a waterlogged foam block?",
    "Fender board at fuel dock split in two.",
    "Hey, the laundry machine ate my quarters again :( ($2.50)",
    "Ladder on the end of B-dock bent — swimmer couldn't get out easily.",
    "Replace ‘NO WAKE’ sign at the channel entrance, it's faded.",
    "Request: install a second pump-out hose reel on H-dock.",
    "Water pressure on C-dock < 20 psi in the afternoons.",
    "Ice machine making loud grinding noise.",
    "Bird droppings all over the boat from the light pole — can it be moved or spiked?",
    "Ticket #M-2031: replace GFCI on pedestal E-2. Status: done (Lou).",
    "Ticket #M-2032: dock box hinge broken, D-19. Status: parts ordered.",
    "Quote request: repaint parking lot lines, add 2 trailer spots.",
    "Dinghy dock cleats loose; bolts need re-tightening.",
    "The ramp's algae is super slick — power-wash please before someone falls.",
    "Need a new sign: “Pump-out → this way” at the head of C-dock.",
    "Fire extinguisher cabinet at E-dock missing its extinguisher!",
    "Wasp nest under the dock box at A-12.",
    "Security camera 4 (fuel dock) shows black screen since Tue.",
    "Lost & found: grey Helly Hansen jacket left at the showers.",
    "Outlet in the boaters' lounge sparks when plugging in; DON'T USE until checked.",
    "Please fix the drain in the fish-cleaning station; it backs up.",
    "Guest dock water hose missing the nozzle.",
    "Tenant request: can we get a bike rack near the office?",
    "Defibrillator (AED) inspection due 06/2025.",
    "Bubbler on B-dock off since last night — ice forming around the boats!",
    "Dock numbers on E-dock painted over during the stain job; re-stencil.",
    "Wartung: Steg D, Wasseranschluss undicht.",
    "Maintenance : lampe cassée ponton F, poste 8.",
    "Mantenimiento: el enchufe del muelle C no funciona.",
    "桟橋Dの電源ボックスが故障しています。",
    "Gangway hinge squeaks (loudly) at every wave… WD-40 won't cut it.",
    "Vending machine took my $5 bill & didn't give a soda.",
    "Pile cap missing at C-1 & C-2; birds nesting on top.",
    "Request from the Andersens: ramp handrail on the ADA gangway is wobbly.",
    "Priority: HIGH — sinking risk, boat on G-3 taking on water, owner not answering.",
    "Dock box lids on A-dock warped; lids won't close so stuff gets wet.",
]
MAINT_TPL = "{what} at {where} — {status}."
MAINT_POOL_WHAT = ["Broken light", "Loose cleat", "Leaking spigot", "Dead outlet", "Cracked board", "Missing ladder rung", "Tripped GFCI"]
MAINT_POOL_STATUS = ["reported by tenant", "assigned to Lou", "parts ordered", "fixed, please verify", "waiting on electrician"]


def maint_template(r):
    return MAINT_TPL.format(what=r.choice(MAINT_POOL_WHAT),
                            where="%s-%d" % (r.choice("ABCDEFGH"), r.randint(1, 24)),
                            status=r.choice(MAINT_POOL_STATUS))


# ---------------------------------------------------------------------------
# 8. guest-booking: guest berth booking messages / chat
# ---------------------------------------------------------------------------
GUEST_BOOKING = [
    "Hi! Do you have a transient slip for a 38' sailboat, Fri & Sat night?",
    "Arriving ~4pm from Block Island, 42' trawler, 14' beam, 4' draft. Need 50A.",
    "Can we book 3 nights (July 4–7)? Two boats rafting up if possible.",
    "What's the nightly rate for a 26-footer? And is there a pump-out?",
    "We're running late — ETA 21:30 instead of 19:00. Is someone on VHF 9?",
    "Cancel my booking #GB-20419 please, weather's not cooperating :(",
    "Need to extend by one night; can I keep the same slip?",
    "Do you allow dogs? We have a small terrier. She sleeps aboard with us.",
    "Is the restaurant on the pier open on Mondays?",
    "Hello, nous arrivons samedi avec un voilier de 11 m. Une place pour 2 nuits ?",
    "Hallo, haben Sie einen Gastliegeplatz für eine 12 m Yacht am 14.08.?",
    "Hola, ¿tienen amarre para un catamarán de 40 pies? Llegamos el martes.",
    "こんにちは、8月10日に35フィートのヨットで一泊したいです。",
    "Olá! Há vaga para um veleiro de 36 pés neste fim de semana?",
    "Cześć, czy jest wolne miejsce dla jachtu 10 m na 2 noce?",
    "We'll need a slip on the outside — our boat doesn't handle well in tight spaces.",
    "Confirmation: Guest slip T-4, 08/14–08/16, 2 nights @ $3.50/ft × 40' = $280 + tax.",
    "Book via app didn't work, got a spinning wheel; can you book us by email?",
    "my email is sam.o'leary@sailmail.example — please send the gate code there",
    "Is the fuel dock on the way in or do we have to turn around in the basin?",
    "Do you have shore power 30A & 50A both? We have a 30A cord + a 50→30 adapter.",
    "Any discount for BoatUS / SeaTow members?",
    "Group booking: 6 boats from the Sound Cruising Club, Aug 2–4. Rafting OK?",
    "Could we get a slip near the showers? Traveling with my elderly dad.",
    "Hi, I'm at the fuel dock now, where do I go for slip T-7?",
    "Thx! Loved the stay. 5 stars ⭐⭐⭐⭐⭐",
    "Quick q: can I leave my car in the lot for 3 days while we go out?",
    "What's the depth at the guest dock at low tide? We draw 6'2\".",
    "Just docked at T-2; paying now. What's the WiFi password?",
    "Late checkout possible? Tide isn't in our favor until 2pm.",
    "Is the channel marked? Our chartplotter shows a shoal near R \"4\".",
    "We saw your listing on Dockwa & ActiveCaptain; prices there $3.75/ft vs your site $3.50/ft — which is right?",
    "Hi there — we're a 45' Nordhavn, can you fit us? Beam 15'5\".",
    "Do you accept Amex?",
    "Booking for 'Dawn Treader' under name Eleanor O'Hare, phone 555-0155.",
    "Can you hold a slip till 11pm? We're coming from Montauk and the wind is on the nose.",
    "Reservation request → 1 night, 32' power, arriving Sat, leaving Sun AM.",
    "How do I select the guest dock in the booking form? It only shows 'Annual'.",
    "Is there a laundry & how much? Also ice?",
    "We have a kid's birthday party aboard Saturday — 10 people. Any rules on noise after 10pm?",
    "Our boat's name has an apostrophe: \"Captain's Log\". The form rejected it?",
    "Do you have room for a 20' center console + a jet ski on the same booking?",
    "Booking #GB-20455 modified: arrival 7/12 → 7/13.",
    "hi do u have a slip tonite 30ft",
    "Arriving by dinghy from the mooring — where can we tie up for the shops?",
    "Mooring ball available instead of a slip? Cheaper?",
    "Will there be someone to help with lines? Short-handed (just me & my wife).",
    "Any chance of a slip with a view of the fireworks on the 4th? 😄",
    "Payment link expired — can you resend?",
    "We departed early (engine trouble) — refund for the 2nd night possible?",
    "Do you have a courtesy car or a bike to borrow for groceries?",
    "OK to arrive after-hours? Instructions for finding T-9 in the dark would help.",
    "Hi Dana,\n\nThanks again for squeezing us in last weekend. Two things for next time:\n\n1. The gate code you texted (the one ending in 7) didn't work after 10pm — we had to wait for someone on D-dock to let us in.\n2. The 50A pedestal at T-4 trips if you run the A/C & the water heater together; might be worth a look.\n\nOtherwise a great stay; we'll book again for Labor Day weekend (Fri–Mon, same boat, 38' Sabre). — Eleanor & Tom O'Hare",
]
GUEST_TPL = "Hi, {greeting} — need a guest slip for a {loa}' {kind}, {nights} night(s) from {date}. {extra}"
GUEST_POOL_GREETING = ["quick question", "hope you're well", "first time visiting", "we stayed last year"]
GUEST_POOL_KIND = ["sloop", "trawler", "center console", "catamaran", "cruiser", "ketch"]
GUEST_POOL_DATE = ["Jun 14", "Jul 3", "Jul 19", "Aug 8", "Aug 30", "Sep 12"]
GUEST_POOL_EXTRA = ["Need 30A.", "Dog aboard.", "Arriving late.", "Can we raft?", "Thanks!", "50A please."]


def guest_template(r):
    return GUEST_TPL.format(greeting=r.choice(GUEST_POOL_GREETING), loa=r.randint(22, 55),
                            kind=r.choice(GUEST_POOL_KIND), nights=r.randint(1, 5),
                            date=r.choice(GUEST_POOL_DATE), extra=r.choice(GUEST_POOL_EXTRA))


# ---------------------------------------------------------------------------
# 9. harbormaster: harbormaster broadcast messages / notices (hard negatives)
# ---------------------------------------------------------------------------
HARBORMASTER = [
    "NOTICE: Dock E closed 0700–1200 Tue for float replacement. Boats on E-1–E-8 please move to the guest dock.",
    "Reminder: 5 mph / no-wake inside the breakwater. Wake damage is your responsibility.",
    "All tenants: please select your spring launch date in the portal by March 1.",
    "The Union Street parking lot is closed for the boat show — use the overflow lot.",
    "Drop your keys in the night box if you want us to move your boat for the dredge.",
    "Please order by slip number when you line up for the pump-out boat Sat.",
    "No sleeping aboard in the yard (insurance). Sleeping aboard in slips OK with liveaboard permit.",
    "Rules update — section 3: no fueling from jerry cans on the docks; use the fuel dock.",
    "Tenants: the new gate code goes live Monday. It was texted to you; don't post it on the board.",
    "Harbor meeting Thu 7 PM in the clubhouse. Agenda: dredging, rates, <insert your topics here>.",
    "Annual rate increase: 3.5% (< inflation). Details in the attached PDF.",
    "Boats must display the slip tag on the port side; tags at the office.",
    "The 'Boater of the Year' award goes to… Dee & Omar from 'Two Left Feet'! 🎉",
    "Dredging in the channel Nov 4–20; mind the barge & pipeline, stay between the buoys.",
    "Please don't tie to the pilings on the fuel dock; they're for emergencies only.",
    "Fireworks July 4 at 21:15 — no boats in the safety zone east of R \"6\".",
    "Lost: a set of keys on a floating keychain (orange) near B-dock. Call the office.",
    "Garbage & recycling: cans → blue bins, everything else → dumpster by the gate. Oil → recycling shed.",
    "Hurricane plan phase 2 in effect: all boats doubled up by 18:00 or we'll do it & bill $75.",
    "Quiet hours 22:00–07:00. Generators off, music down.",
    "Sweepstakes scam alert: nobody from the marina will ask for your card number by text.",
    "Winter liveaboard heaters: only UL-listed, on a GFCI, never left running unattended.",
    "VHF: we monitor ch 16 & 9. Hail 'Harborview Marina' — don't use the phone while docking.",
    "Aviso: el muelle de combustible cierra a las 18:00 durante octubre.",
    "Avis : la capitainerie sera fermée le 11 novembre.",
    "Hinweis: Tankstelle am Sonntag geschlossen.",
    "お知らせ：給油所は日曜日休業です。",
    "If your boat is in the water after Dec 1, bubbler fees apply ($1/ft).",
    "Please DON'T feed the ducks. They poop on everyone's deck.",
    "Congratulations to the junior sailing class of 2024! 18 kids, 0 capsizes (well, 2).",
    "New: tap your key fob at the shower door; codes no longer work.",
    "Kayak racks → assigned spots only. Unlabeled kayaks will be moved to the lot after 30 days.",
    "Dock boxes: max 1 per slip, no padlocks on shared boxes.",
    "Boat US towing: if you call for a tow, let us know your ETA so we can have a slip ready.",
    "Harbor tour this Saturday 10 AM — meet at the office & bring a hat.",
    "Please wash down with the nozzle; no running hoses. We got a water bill of $4,200 last month!",
    "Fuel dock price drop -> diesel now $4.99 through Sunday.",
    "Annual meeting minutes posted (see board > Documents > 2024 > minutes.pdf).",
    "We are short-staffed Sat; pump-out boat runs C & D only. Sorry!",
    "Speed limit is posted: 5 knots. Violators reported to harbor patrol & may lose slip privileges.",
    "The dumpster is locked after 6 PM to stop outsiders; code = your gate code.",
    "New dock rules: (1) no swimming off docks (2) no grilling on docks (3) shoes required.",
    "Thank you all for helping during last night's storm — we had 0 boats damaged.",
    "Dog waste bags at the head of each dock. Please use them!",
    "Reminder: insurance certificates due by 4/1. No COI → no launch.",
    "Shore power maintenance: power off A–C 09:00–11:00 Wed. Plan your fridges.",
    "Temporary no-anchor zone near the new outfall pipe; see the chart overlay in the portal.",
    "Next harbormaster shift starts at 0600. Night watch: Ray (555-0133).",
    "Derelict vessel on mooring 12 will be removed per state law after the 30-day notice.",
    "Volunteer cleanup day — bring gloves; we provide bags & coffee ☕.",
    "Open house & swap meet: bring your old gear (fenders, lines, charts) to sell.",
    "Please report oil sheens immediately to the office or VHF 9 — we have absorbent booms.",
    "Winter update from the harbor office\n\nHaul-outs are running about a week behind because the Travelift hydraulic pump failed on Oct 9. The part arrived Friday and Lou expects the lift back in service Tuesday.\n\nIf your haul date was between Oct 10 and Oct 20 you will get a new date by email; please don't call the office, we're going in order by the original schedule. Boats staying in past Nov 15 will get bubbler service at no extra charge this year.\n\nThanks for your patience, and fair winds. — Harbormaster Ray",
]
HM_TPL = "{head}: {body} — Harbormaster {name}"
HM_POOL_HEAD = ["NOTICE", "Reminder", "Update", "Heads up", "URGENT"]
HM_POOL_BODY = ["guest dock full tonight", "fuel dock opens late (09:00)", "pump-out boat out of service",
                "gate code changes Monday", "low tide at the ramp this afternoon", "dredge barge in the channel"]
HM_POOL_NAME = ["Ray", "Dana", "Capt. Morales", "Bill O'Shea"]


def hm_template(r):
    return HM_TPL.format(head=r.choice(HM_POOL_HEAD), body=r.choice(HM_POOL_BODY), name=r.choice(HM_POOL_NAME))


# ---------------------------------------------------------------------------
# 10. billing-export: billing exports, imports, settings, paths, tables
# (most hard negatives: SQL-ish prose, shell-ish text, braces, paths)
# ---------------------------------------------------------------------------
BILLING_EXPORT = [
    "slip_id,owner,loa_ft,rate,amount\nB-14,\"O'Connell, Mary\",32,118.00,3776.00",
    "| Slip | Owner | LOA | Due |\n|------|-------|-----|-----|\n| A-7 | Lee | 28' | $3,304 |\n| C-12 | Núñez | 40' | $4,720 |",
    "Export → QuickBooks: Invoices_2024-10.iif (34 invoices, total $48,119.20)",
    "C:\\Users\\office\\Documents\\Marina\\Billing\\2024\\October\\invoices.xlsx",
    "/home/office/exports/billing/2024-10/slip_invoices.csv",
    "Import from old system: ../archive/2019_slip_holders.csv (mapped 'Boat Name' → vessel_name)",
    "Rate formula: LOA × $/ft × months — minimum charge is 20 ft.",
    "Please select the October invoices and union them with the late-fee adjustments before export.",
    "Sort: order by slip, then by due date desc.",
    "Drop the 'Notes' column from the export; the accountant doesn't need it.",
    "Invoice template placeholder {{customer_name}} isn't getting filled — shows literally in the PDF.",
    "Email subject template: Your invoice ${invoice_number} from Harborview Marina — placeholders show raw.",
    "Late fee: 1.5%/month on balances > 30 days. Waived for Mr. D'Amico per Dana.",
    "Credit memo CM-0091: -$118.00 (slip swap proration).",
    "Balance forward $0.00 | Charges $1,204.50 | Payments ($1,204.50) | Due $0.00",
    "Fuel account statement: 3 tickets, 412.6 gal, $2,134.01 — net 30",
    "ACH batch 2024-10-15: 82 debits, 3 returns (R01 insufficient funds).",
    "Tax: 8.625% on storage & services; slip rent exempt? Ask accountant — 'depends on lease > 30 days'.",
    "Billing cycle setting: monthly; proration = daily; due day = 1st; grace = 10 days",
    "Import error row 17: \"Owner email\" invalid (missing @) — fixed manually.",
    "Export path changed to \\\\fileserver\\marina\\billing\\exports (old: D:\\Exports)",
    "Electric metering: kWh × $0.21 + $5 pedestal fee. A-5 meter reading 12,340 → 12,655 = 315 kWh",
    "Deposit applied: $500 (2025 annual slip) — remaining $3,276 due Apr 1.",
    "Report: aged receivables 0–30: $12,400 | 31–60: $3,210 | 61–90: $880 | 90+: $2,118",
    "\"Sea Biscuit\" → invoice #INV-24-1019 → paid 10/14 by check #2210",
    "Please merge duplicate customer records: 'Bob Smith' & 'Robert Smith' (same phone).",
    "QuickBooks sync failed: 'Customer name contains invalid characters' — it's the ø in Fjørd.",
    "Discount code SPRING10 → 10% off haul-out; applies to labor only.",
    "Customers with balance > $0 AND slip type = 'annual' — send reminder letter #2.",
    "CSV delimiter is ';' for the German accountant's Excel; decimal comma (1.204,50).",
    "Set the date format to YYYY-MM-DD in the export settings; MM/DD confuses the bank file.",
    "Billing note: -- 2 months free for the dock repair disruption (approved by board) --",
    "Row count mismatch: export has 212 rows, portal shows 214 (2 voided invoices?).",
    "Payment portal URL for tenants: https://pay.harborview-marina.example/portal?acct=M-3318&ref=email",
    "Invoice PDFs: https://files.harborview-marina.example/invoices/2024/INV-24-1019.pdf",
    "Storage fees: indoor $4.25 × 32 ft × 6 mo = $816.00; shrink-wrap $18/ft × 32 = $576.00",
    "Auto-pay enrolled: 61 of 212 customers (29%).",
    "Refund issued $280 (guest booking #GB-20419 cancelled > 48h ahead).",
    "Can the export include the boat name & hull ID? Insurance audit wants both.",
    "Column mapping: A=slip, B=owner, C=boat, D=amount, E=status (paid|open|void)",
    "Billing run: 1) lock meters 2) generate 3) review > $1,000 4) send",
    "Script for the monthly export runs at 02:00: cd exports && python3 monthly.py --month 2024-10 | tee run.log",
    "In the spreadsheet, use =SUM(D2:D213) for the total — not the hard-coded number.",
    "Excel formula for rate: =B2*C2*12 (LOA × rate × months)",
    "Rate card 2025 (draft): <30' $112/ft; 30–40' $118/ft; >40' $126/ft",
    "Dunning email #3 template: \"Dear {name}, your balance of {amount} is now 60 days past due.\"",
    "Payment memo: 'Slip B-14 & dock box; sorry it's late!'",
    "Accounting note: SELECT statements are in the report builder — ask Priya for the fuel query, I don't have access.",
    "Write-off $42.17 (uncollectible, owner deceased) — approved by Dana 10/20.",
    "Statement run finished: 212 statements, 9 bounced emails (see bounce_list.txt).",
    "Exported 'guest_bookings_2024.xlsx' with 1,204 rows; 'Nights' column sums to 2,871.",
    "Bank file format changed → NACHA; settings > integrations > bank > format = NACHA.",
    "Price per night = $3.50 * LOA; e.g. 40' → $140/night.",
]
BILL_TPL = "INV-{yy}-{num:04d},{slip},\"{owner}\",{amount:.2f},{status}"
BILL_POOL_OWNER = ["O'Connell, Mary", "Núñez, Ana", "Lee & Sons LLC", "Müller, J.", "D'Amico, Tony", "Okafor, Chidi", "Chen, Wei"]
BILL_POOL_STATUS = ["paid", "open", "void", "partial"]


def bill_template(r):
    return BILL_TPL.format(yy=r.choice([24, 25]), num=r.randint(1, 2999),
                           slip="%s-%d" % (r.choice("ABCDEFGH"), r.randint(1, 24)),
                           owner=r.choice(BILL_POOL_OWNER), amount=r.uniform(5, 6000),
                           status=r.choice(BILL_POOL_STATUS))


CATEGORIES = [
    ("slip-notes", SLIP_NOTES, slip_template),
    ("fuel-dock", FUEL_DOCK, fuel_template),
    ("vessel-registry", VESSEL_REGISTRY, vessel_template),
    ("haulout-storage", HAULOUT_STORAGE, haul_template),
    ("tide-weather", TIDE_WEATHER, tide_template),
    ("pumpout-log", PUMPOUT_LOG, pump_template),
    ("maintenance", MAINTENANCE, maint_template),
    ("guest-booking", GUEST_BOOKING, guest_template),
    ("harbormaster", HARBORMASTER, hm_template),
    ("billing-export", BILLING_EXPORT, bill_template),
]


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "benign.jsonl")
    rows = []
    for cat, literals, tpl in CATEGORIES:
        if len(literals) < 50:
            raise SystemExit("%s has only %d literals" % (cat, len(literals)))
        vals = list(literals[:PER_CATEGORY])
        seen = set(vals)
        guard = 0
        while len(vals) < PER_CATEGORY:
            v = tpl(rng)
            guard += 1
            if guard > 10000:
                raise SystemExit("template for %s cannot produce enough unique values" % cat)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            rows.append((cat, v))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "%s-%05d" % (PREFIX, i), "category": cat,
                                "label": "benign", "value": v}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
