"""Held-out benign corpus "civic" (ids hb34-NNNNN).

Government and civic-services text as it arrives in the ordinary fields of a
city's 311 portal, a permit and licensing system, a public-comment docket, a
court e-filing front end, a library catalogue, a benefits application, an
open-data query box and multilingual notices / polling-place notes.

Every value is either a hand-written literal below or comes from a small
template over hand-written pools.  Literal blocks are split on lines that hold
only "%%"; a value may span several lines.  Standard library only; output is
byte-identical on every run and for any PYTHONHASHSEED.

    python3 make_benign.py   ->   benign.jsonl (next to this file)
"""

import json
import random
from pathlib import Path

SEED = 3401
PER_CATEGORY = 80
PREFIX = "hb34"


def block(text):
    """Split a hand-written block into values (separator: a line with only %%)."""
    out = []
    for part in text.split("\n%%\n"):
        part = part.strip("\n")
        if part:
            out.append(part)
    return out


# ---------------------------------------------------------------------------
# 1. 311 service requests (description field)
# ---------------------------------------------------------------------------
SERVICE_REQUEST = block(r"""
Pothole at 5th & Main, ~30cm deep, right lane eastbound. Two cars already blew tires this morning.
%%
Streetlight out on the corner of Elm St / Oak Ave — pole #ST-4471. Been dark since 3/14.
%%
Graffiti on the underpass at I-90 & Jefferson: says "DROP DEAD" in red, about 2m wide. It's right by the school bus stop so please prioritize.
%%
Missed recycling pickup; bin was at the curb by 6:30am. Address: 1207 W. Union Blvd, Apt. B. Third time this month!!
%%
Fire hydrant leaking at 44 Cedar Ln. — water running down to the storm drain <-- constant flow, not a drip.
%%
Abandoned vehicle: silver Honda Civic, plate partly covered ("7AB-***"), parked > 72 hrs in front of 310 Maple. Expired tags.
%%
Noise complaint: construction starting at 5:45 a.m. at the lot on Pine & 3rd; I thought the ordinance says 7am (Sec. 9.36.030?).
%%
Sidewalk heaved by tree roots, ~4" lip, in front of 1550 Harbor Dr. My mom uses a walker & tripped on it last week.
%%
Dead raccoon on the shoulder of County Rd 12 near mile marker 7 / by the "Welcome to Fairview" sign.
%%
Traffic signal at Union St & 2nd Ave stuck on flashing red in all directions since about 8pm. People are just guessing who goes.
%%
Illegal dumping behind 88 Industrial Pkwy: mattresses, a fridge, ~20 tires. Photo attached (IMG_2041.jpg).
%%
Overflowing trash can at Riverside Park, north entrance; raccoons have been dragging the bags everywhere.
%%
The crosswalk button at Kent & 9th doesn't work -- you press it and nothing happens; the "walk" signal never comes on.
%%
Water main break? Water bubbling up through the asphalt at Ridge Rd/Hill St, about 1m x 2m puddle & growing.
%%
Tree limb (maybe 8-10" diameter) hanging over the sidewalk at 402 Birch; it's cracked & could fall on someone.
%%
Bache de unos 30 cm en la Calle 5 y Main, frente a la panadería. Ya se ponchó una llanta. ¡Por favor arréglenlo pronto!
%%
路灯坏了 — 第三街和橡树路交叉口，已经一个星期了。晚上很黑，不安全。
%%
Nid-de-poule énorme rue Saint-Denis / boul. René-Lévesque ; les cyclistes doivent l'éviter en roulant dans la voie des autos.
%%
Stray dog (brown, medium, no collar) keeps hanging around the playground at Lincoln Elem. Kids are scared; not aggressive so far.
%%
Street sign knocked down at Oak & 14th - the STOP sign is lying in the grass. Dangerous intersection!
%%
Request bulk item pickup: 1 couch, 2 chairs, 1 box spring. Address 77 Laurel Ct #3. Can it be on Tues/Thurs? I work weekends.
%%
Blocked storm drain at the SE corner of Grant & Lee; water pools ~15cm deep after every rain >:(
%%
Smell of gas near the manhole in the 500 block of Commerce St. (I already called the utility's emergency line, this is just FYI.)
%%
Sewer backing up into basement at 19 Wren Way; city-side cleanout is at the curb. Urgent please — we have a baby at home.
%%
Bus shelter glass smashed at stop #10452 (Route 7, Main & Center). Glass all over the bench and the sidewalk.
%%
Can you re-paint the bike lane on 22nd Ave between Division & Hawthorne? Lines totally worn off; cars drift right into it.
%%
Parking enforcement: car blocking my driveway at 2215 Elm since 6am, plate 8XYZ123. I can't get out to go to work.
%%
Pothole report #2 — same one as SR-2024-118830 — it was marked "closed" but nobody came; it's still there & bigger.
%%
Trash accumulating along the creek trail behind 1400 Mill St; needles seen right next to the path where kids walk.
%%
Leaf pickup missed on Ash St (odd side, 101-199). The piles are blocking the gutter now.
%%
Request: add a "Children at play" sign on Quail Run Ct; cars go 40+ mph on a 25 mph dead-end street.
%%
Playground swing chain broken at Hilltop Park (the toddler swing on the left). Sharp edge sticking out.
%%
Broken water meter lid at 3021 Sycamore; it's an open hole ~20cm wide in the grass strip. Someone will break an ankle.
%%
Loud party every Friday/Saturday at 1440 Vine, music until 2-3am. Neighbors have asked them nicely. Nobody on the block can sleep.
%%
Abandoned shopping carts (5 of them) in the ditch on Route 9 by the Kwik-Mart.
%%
Sidewalk not shoveled at 600 Main St (commercial building) -- 48 hrs since the snowfall; people are walking in the street.
%%
Requesting a new recycling cart; ours was cracked by the truck's arm (lid hanging off). Acct # 0049-2231.
%%
Trip hazard: utility plate on Fairmount Ave shifted, there's a 5cm gap & bike tires catch in it.
%%
Dead tree on city strip at 18 Poplar Pl — no leaves for 2 seasons, bark peeling off. Please inspect before it falls on the power line.
%%
Schlagloch in der Hauptstraße 12, ca. 40 cm breit — bitte dringend ausbessern, Radfahrer stürzen dort ständig.
%%
Flooded underpass at Rail Ave; the pump doesn't seem to run. Water ~0.5m deep, cars stalling in it.
%%
The "No parking 7am-9am" sign on Cherry St is missing; people got tickets anyway. Please replace before more tickets get written.
%%
Someone spray painted "<3 ANA + JOSE <3" on the new mural at Plaza Mayor. Please remove gently, the mural is an artwork.
%%
Rats seen in the alley between 4th & 5th behind the restaurants; dumpsters left open overnight.
%%
Roadway striping: the left-turn arrow at Airport Blvd/Terminal Rd is faded → people turn from the wrong lane.
%%
Manhole cover rattles loudly every time a car passes (outside 212 Bay St) — wakes us up all night.
%%
Tall weeds/grass > 12" at vacant lot 0 Hickory (parcel 14-22-301-009). Fire hazard in summer.
%%
Cống thoát nước bị nghẹt ở góc đường Lê Lợi & đường số 8, nước ngập tới mắt cá chân mỗi khi mưa.
%%
Ice on the sidewalk at the bus stop (Park & 3rd); the salt bin is empty. Elderly folks slipping.
%%
Requesting a speed hump study for Willow Dr. I'd bet the 85th percentile speed is over 35; we measured w/ a radar gun app.
%%
Fallen wires? Cable (not power, I think) hanging low across Orchard Rd at ~2m. Trucks are catching it.
%%
Park restroom at Lakeview locked all weekend even though the sign says open 6am-10pm.
%%
Broken glass on the bike path under the Hwy 12 bridge — shards over a ~10 m stretch.
%%
Water discolored (brown/orange) from all taps since the hydrant flushing yesterday at 14 Linden. Is it safe to drink?
%%
Follow-up to my request from last week:
- pothole is now ~50cm wide
- the orange cone someone put there got run over
- a cyclist fell this morning (she's OK)
Please send a crew.
""")

SR_ISSUES = ["Pothole", "Streetlight out", "Graffiti", "Illegal dumping", "Blocked storm drain",
             "Missed trash pickup", "Cracked sidewalk", "Downed tree branch", "Faded crosswalk",
             "Abandoned bike locked to the rack", "Broken parking meter", "Leaning utility pole"]
SR_PLACES = ["5th & Main", "Elm St / Oak Ave", "Union St & 2nd Ave", "Harbor Dr near the ferry lot",
             "Calle Ortega & Mission", "the 1400 block of Mill St", "Ridge Rd/Hill St",
             "the back gate of Lincoln Elem.", "Kent & 9th", "Airport Blvd (eastbound, past the Shell)",
             "1207 W. Union Blvd", "Plaza Mayor, by the fountain"]
SR_DETAILS = ["~{n}cm deep", "been like this for {n}+ days", "dangerous for cyclists at night",
              "kids walk past here to school", "reported before as SR-2024-{n:06d}, still not fixed",
              "about {n}m long", "photo attached", "right next to bus stop #{n}"]
SR_EXTRA = ["Thanks!", "Please call me at (555) 010-{n:04d} if you need details.",
            "I run the shop on the corner — happy to show the crew where it is.", "¡Gracias!",
            "— a concerned neighbor", "Can someone let me know when it's scheduled?",
            "This is the 2nd time I'm reporting this.", ""]


def gen_service_request(rng):
    detail = rng.choice(SR_DETAILS)
    if "SR-2024" in detail:
        detail = detail.format(n=rng.randint(100000, 199999))
    else:
        detail = detail.format(n=rng.randint(3, 90))
    extra = rng.choice(SR_EXTRA).format(n=rng.randint(0, 9999))
    text = "{} at {}, {}.".format(rng.choice(SR_ISSUES), rng.choice(SR_PLACES), detail)
    return (text + " " + extra).strip()


# ---------------------------------------------------------------------------
# 2. Permit and licence descriptions
# ---------------------------------------------------------------------------
PERMIT_DESCRIPTION = block(r"""
Replace existing 6' wood fence w/ 6' vinyl along rear lot line; no change to height. Zoning R-2, setback per § 17.20.040(C).
%%
Install 7.6 kW roof-mounted PV system (19 panels, microinverters), 200A main panel upgrade; NEC 690.12 rapid shutdown compliant.
%%
Interior remodel of kitchen: remove non-bearing wall between kitchen & dining, relocate sink; no structural changes. Plumbing & electrical permits to follow.
%%
Convert detached garage to ADU (480 sq ft), 1 bed/1 bath. Per Gov. Code § 66314 et seq., no replacement parking required.
%%
Demolish existing shed (10'x12') — no utilities connected.
%%
Sidewalk café permit: 4 tables, 8 chairs, 6' clear path maintained per § 12-3(b)(iv). Hours 11am–10pm.
%%
Variance request: reduce side yard from 5' to 3'-6" to allow a wheelchair ramp; hardship = resident uses a power chair.
%%
Sign permit: wall sign 24" x 96", internally illuminated channel letters "DROP-IN CLINIC & PHARMACY", on façade facing Main St.
%%
Temporary event permit — "Union Square Night Market", 6/7–6/9, 40 vendor tents (10'x10'), street closure of Union St between 1st & 3rd.
%%
Tree removal: 1 coast live oak, 28" DBH, diseased (sudden oak death confirmed by arborist report dated 03/02). Replacement 3:1 w/ 24" box trees.
%%
Re-roof: tear off 2 layers comp shingle, install new 30-yr architectural shingles + ice & water shield at eaves. 22 squares.
%%
Food truck permit renewal — "Tacos El Güero", commissary at 1800 Industrial Way; LPG 2x 20 lb tanks.
%%
Change of use from retail (M) to personal service (B) — nail salon; ventilation per IMC 502.20, no new plumbing fixtures beyond 2 pedicure sinks.
%%
Encroachment permit for a dumpster in the public right-of-way (parking lane) for 14 days; traffic control plan attached (cones & "NO PARKING" signs posted 72 hrs prior).
%%
Home occupation permit: piano lessons, max 2 students at a time, no signage, hours 3–7 pm M–F.
%%
Short-term rental registration — primary residence, 2 bedrooms, max occupancy 4; TOT account # pending.
%%
Deck addition 14'x20', 30" above grade, pressure-treated joists @ 16" o.c., guardrail 36" min per IRC R312.
%%
Electrical: add 240V/50A circuit for Level 2 EV charger in garage; load calc attached (existing 100A service → OK w/ load management device).
%%
Grading permit: cut 120 cy / fill 80 cy, export 40 cy; erosion control BMPs (silt fence, fiber rolls) Oct 15–Apr 15.
%%
Water heater replacement: 50 gal gas → 50 gal heat pump (HPWH), new 240V circuit & condensate drain to exterior.
%%
Liquor license (Type 41, beer & wine, on-sale) for restaurant at 415 Main St. No live entertainment; hours 11:00–23:00.
%%
Conditional use permit: day care for 14 children in existing single-family home (zoning R-1-6). Drop-off plan: 2 on-site spaces + curb.
%%
Block party street closure: Walnut St from Ash to Birch, Sat 8/17 2pm–9pm; barricades requested (qty 2). Petition signed by 24/30 households.
%%
Retaining wall 4'-0" max height, CMU w/ #4 rebar @ 16" o.c., engineered per calc sheet S-1; surcharge from driveway considered.
%%
Replace 3 windows in kind (same size, same opening), U-factor ≤ 0.30; historic district — Certificate of Appropriateness #HD-24-031 attached.
%%
Pool: in-ground 16'x32' gunite, barrier fence 60" w/ self-closing & self-latching gate; pool alarm per H&S Code § 115922.
%%
Mechanical: replace furnace (80k BTU, 96% AFUE) and add 3-ton A/C condenser on pad, 5' from property line (noise ≤ 55 dBA at PL).
%%
Cannabis retail license — storefront, Zone C-2; 600 ft buffer from schools verified (nearest: 1,140 ft). Security plan under separate cover (confidential).
%%
Parade permit: Día de los Muertos procession, ~300 participants, route: Plaza → 5th → Calle Ortega → cemetery gate. Floats pulled by hand (no motor).
%%
Plumbing: re-pipe house with PEX, replace main shutoff; no change to water service size (3/4").
%%
Remplacement de la toiture en ardoise, secteur patrimonial ; matériaux identiques, aucune modification de la volumétrie ni des lucarnes.
%%
Lot line adjustment between APN 012-345-067 and 012-345-068; transfer ~1,200 sq ft to parcel B. No new lots created.
%%
Tenant improvement: 2,400 sf office, new demising wall (1-hr rated), 2 accessible restrooms, T-bar ceiling; occupant load 24.
%%
Film permit: exterior shoot at City Hall steps 5am–11am, 25 crew, 3 trucks on Center St (no-parking signs posted 48 hrs ahead).
%%
Backyard chicken permit: 4 hens, no roosters, coop 20' from neighbor's dwelling per § 6.04.110.
%%
Fence over height (8') on rear property line adjoining the rail right-of-way; letter of support from the neighbor at 1342 attached.
%%
Generator: permanent standby 22 kW natural gas, on concrete pad, 200A automatic transfer switch; sound rating 67 dB(A) @ 23'.
%%
Solar + battery: 2x 13.5 kWh ESS in garage, separation ≥ 3' from doors/windows per NFPA 855 / IRC R328.
%%
Stormwater: install 1,500 gal cistern for roof runoff, overflow to rain garden (infiltration test: 1.2 in/hr).
%%
Sidewalk repair under the 50/50 cost-share program: replace 3 panels (5'x5') lifted by a city tree.
%%
Mural permit: 40' x 12' mural on east wall of 220 Broad St, artist: M. Okafor; theme "Rivers & Roots". Anti-graffiti coating to be applied.
%%
Street vendor license (push cart) — elotes & aguas frescas, Zone 3 (Central Park perimeter), no amplified sound.
%%
Dog kennel license, 5+ dogs (I have 6 retired greyhounds 🐕). All spayed/neutered and licensed individually.
%%
Wireless facility: small cell on existing streetlight pole #SL-2209; equipment shroud ≤ 28 cu ft; RF report attached (< 5% MPE at ground level).
%%
Excavation in ROW to repair sewer lateral; open-cut 4'x8', backfill & repave per Std. Plan 5-10 (T-patch).
%%
Accessory structure ("she-shed") 10'x12', under 120 sf → exempt from building permit? Asking for a zoning setback check only (3' side/rear).
%%
Revised plan set: sheet A-2.1 rev 3 — moved egress window from bedroom 2 to north wall; clear opening 5.7 sf, sill 44" AFF max.
%%
Oversize load permit: 14'-6" wide modular home section, route SR-20 → Mill Rd → Quarry Ln; escort vehicles front/rear; travel 9am–3pm only.
%%
Hazardous materials business plan: < 55 gal of paints/solvents, flammable storage cabinet, SDS binder kept on site.
%%
旧建筑外墙翻新：更换窗户及外墙涂料，颜色按历史街区指南（色卡 HC-12）执行，不改变结构。
%%
Garage sale permit — 2 days (Fri/Sat), max 2 per year; signs removed by Sunday 6pm.
%%
Demolition of single-family dwelling built 1948; asbestos survey negative except floor tile (9"x9" VAT) — abatement by a licensed contractor before demo.
%%
Scope of work:
1) remove & replace 40 LF of damaged curb & gutter
2) new ADA curb ramp w/ truncated domes at NW corner
3) restripe crosswalk (continental style)
All work per City Std. Plans 2-series; traffic control per the MUTCD.
""")

PM_WORKS = ["Replace water heater (gas → heat pump)", "Re-roof, {n} squares, comp shingle",
            "Install 6' cedar fence on rear & side lot lines", "Add 240V/50A EV charger circuit",
            "Kitchen remodel, no structural changes", "New {n}'x12' deck, < 30\" above grade",
            "Replace {n} windows in kind", "Solar PV {n}.4 kW roof-mount w/ microinverters",
            "Bathroom remodel — move toilet 18\", new exhaust fan", "Replace {n} LF of side sewer"]
PM_STREETS = ["Maple Ave", "Calle Ortega", "Harbor Dr", "W. Union Blvd", "Quail Run Ct", "Birch St",
              "Linden Pl", "Rue Saint-Denis", "Center St", "Mill Rd"]
PM_ZONES = ["R-1", "R-2", "RM-3", "C-2", "MU-3", "R-1-6", "R-1-8", "NC"]
PM_SECTIONS = ["§ 17.20.040(C)", "§ 12-3(b)(iv)", "§ 6.04.110", "§§ 17.60.010–17.60.090",
               "Sec. 9.36.030", "IRC R312.1", "NEC 690.12", "Title 24 Part 6", "§ 17.12.050(A)(2)"]


def gen_permit_description(rng):
    work = rng.choice(PM_WORKS).format(n=rng.randint(2, 24))
    return "{} at {} {}; zoning {}, complies w/ {}. Valuation ${:,}.".format(
        work, rng.randint(10, 4999), rng.choice(PM_STREETS), rng.choice(PM_ZONES),
        rng.choice(PM_SECTIONS), rng.randint(2, 95) * 500)


# ---------------------------------------------------------------------------
# 3. Public comments on a docket (long, opinionated, quoting rules)
# ---------------------------------------------------------------------------
PUBLIC_COMMENT = block(r"""
I strongly OPPOSE the proposed rezoning of 1200-1400 Harbor Rd from M-1 to MU-3. The staff report says traffic impacts are "less than significant" — really?? Anyone who drives Harbor at 5pm knows it's already at a standstill. Please drop this item from the agenda until a real traffic study is done.
%%
Re: Docket No. 2024-PC-117. I support the protected bike lane on Union St. My kids ride to school & the current "sharrows" do nothing; cars park in the lane and drivers honk at children. Please vote YES.
%%
Comment on proposed Ordinance 24-031 (short-term rentals): Section 5.12.070(a) says "no more than one (1) rental per owner" but subsection (c) allows "exceptions approved by the Director" — which swallows the rule entirely. Either delete (c) or write actual criteria into it. Also, the $500/day fine in § 5.12.090 is far too low to deter anyone clearing $400+/night.
%%
As a 30-year resident of Ward 4 I am frankly disgusted that the Council scheduled a vote on a $14M parking garage at 11pm on a Tuesday, after most of us had gone home to put kids to sleep. That is not "public participation", that is a script written to avoid the public. Continue the item & hold an evening town hall.
%%
The draft Housing Element (p. 47, Table H-12) counts the Mill St site as 120 units of "realistic capacity" even though the property owner told the Planning Commission on the record he has no plans to sell. Counting it anyway is exactly what HCD warned against. Please select sites that can actually be built.
%%
I'm in favor of the library extending hours to 9pm M-Th. I work 8-5 & can never get there. The teens who hang out there after school are not "a problem", they're the point of a library!
%%
Para el Concejo Municipal: Estoy en contra del aumento de la tarifa de agua del 18%. Muchas familias en el Distrito 2 ya pagamos más de $120 al mes. ¿Por qué no se publicó el estudio de tarifas en español? Pedimos una audiencia con traducción.
%%
Comment re: Item 9 (Surveillance Technology Policy, per Ord. § 2.99.030). The proposed ALPR contract lets the vendor keep plate reads for 365 days and share them "with other law enforcement agencies". Which agencies? Under what agreement? The policy must specify retention ≤ 30 days and prohibit sharing outside the state. Otherwise I urge a NO vote.
%%
Please, please fix the timing on the light at Kent & 9th before you spend money on "placemaking". People are crossing against the signal because the walk phase is 7 seconds. My neighbor is 81.
%%
To the Planning Commission:

I live directly behind the proposed 5-story building at 415 Main. The shadow study (Appendix D) only shows 12pm on the equinox. It does not show 3pm in December, which is when my entire yard and my solar panels will be in shade. I am asking the Commission to require a full-year shadow analysis before certifying the EIR.

Sincerely,
Margaret O'Donnell
418 Elm St
%%
The union representing the bus drivers (ATU Local 1555) has said for two years that the new schedules don't include time for bathroom breaks. Nobody at the agency listened. Now there's a driver shortage & you want to cut Route 7? Fix the working conditions first.
%%
Support with amendments. Sec. 3(b) of the draft ordinance should read "shall" not "may" — "the City may provide notice to affected tenants" means the City can simply not do it. Also please add Vietnamese & Tagalog to the list of notice languages in Sec. 3(d).
%%
Against. The "community benefits" in this development agreement are a 400 sq ft "pocket park" that's really the building's dog run. Read Exhibit B, ¶ 4: the public can use it "during hours established by Owner in its sole discretion". That's not a park.
%%
I'd like to thank Public Works for fixing the drainage on Quail Run so fast. 10/10. Now can we talk about speed humps??
%%
我反对在公园里建停车场。孩子们需要绿地，不需要更多的车。请议员们三思。
%%
Regarding the proposed sidewalk vending rules: requiring a $1,200 permit plus $2M liability insurance effectively bans the elotero on my corner who has been there for 15 years. SB 946 says cities can only regulate for "objective health, safety, or welfare concerns". Cost isn't one of them.
%%
Dear Councilmembers — the proposed "Quiet Zone" for the rail crossings is long overdue. Trains blow their horns at 2am, 3am, 4:30am. Nobody on the east side has slept through a night since the freight schedule changed. Whatever it costs, do it.
%%
Neutral, with a question: the staff report says the new trash contract will "reduce costs by 6%" but the rate table in Attachment 3 shows residential 64-gal carts going from $38.20 to $41.75. That's +9.3%. Which is it? Please correct the record before the vote.
%%
Public comment, Item 14, Fairview Police Dept. budget. I support the crisis response pilot (unarmed responders for mental health calls). In 2023, 22% of calls were "welfare checks". Sending a patrol car to someone having a panic attack helps no one. Move $1.2M from overtime to the pilot.
%%
Please DO NOT remove the trees on Sycamore for the road widening. They're 80 years old. The arborist report literally says "healthy, no structural defects" for 11 of the 12 trees. Redesign the lane widths instead — 10' lanes are fine on a 25 mph street.
%%
I've read the draft Climate Action Plan (v2, March). Measure T-3 ("encourage mode shift") has no target, no budget line, and no owner. Compare Measure E-1 which says "reduce municipal building energy use 40% by 2030 (baseline 2019)". Make every measure look like E-1.
%%
Comment for the record: the notice for tonight's hearing was posted on the website at 4:58pm Friday for a Monday meeting. The Brown Act requires 72 hours for regular meetings (Gov. Code § 54954.2). Hearing the item tonight invites a legal challenge. Please re-notice it.
%%
Thank you for extending the comment period. My comment: the proposed dog park fence at Hilltop should be 5', not 4'. My husky jumps 4' without trying.
%%
I'm a small landlord (2 units). The rent registry in Ord. 24-018 asks for tenants' names, phone numbers AND income. Why does the City need my tenants' income? That's a privacy issue for them, and I'm not comfortable collecting it. Drop that field.
%%
Long-time reader of these agendas, first time commenting. The "Consent Calendar" keeps carrying $500k+ contracts (see 4.F tonight: $742,000 for "IT system modernization"). Anything over $250k should be pulled for discussion automatically. Put that in the rules of procedure.
%%
Ich wohne seit 12 Jahren in der Altstadt. Die geplante Schließung der Filiale der Stadtbibliothek ist ein Fehler — gerade ältere Menschen ohne Internet sind darauf angewiesen.
%%
In support of the Safe Routes to School application. Data from our parent survey (n=212): 61% would let their kids walk/bike if there were a crossing guard at Lincoln & 9th; 18% already do; 21% said "never". Survey results attached as PDF.
%%
The EIR's response to my earlier comment (Response O-14-3) says noise from the loading dock will be "mitigated by MM-NOI-2". MM-NOI-2 is just "deliveries shall occur during daytime hours". Define daytime. 5am is daytime in summer.
%%
Opposed to item 6. The council keeps talking about "transparency" and then goes into closed session for everything. If the settlement is public money, the terms should be public. Full stop.
%%
Tôi là cư dân Quận 3. Xin Hội đồng Thành phố giữ lại tuyến xe buýt số 12 — nhiều người lớn tuổi trong khu phố tôi không lái xe được.
%%
On the proposed library fine elimination: YES. Fines bring in ~$38k/yr (per the staff report) but cost more than that in staff time to collect, and they keep the families who need the library most away from it. Other systems dropped fines years ago and got books back at the same rate.
%%
Comment on Ordinance 24-044 (leaf blowers). Gas blowers at 7am every single day on my block. 90+ dB at the property line — I measured with a phone app, I know that's not exact. Please phase them out by 2026 with a rebate for small landscaping businesses, not just a ban.
%%
The proposed redistricting Map C splits the Eastside neighborhood across three council districts. It's a community of interest — same schools, same parish, same flood zone. Map A keeps it whole. Please choose Map A.
%%
Regarding the "Main St Road Diet": I own the hardware store at 601 Main. I was skeptical. Sales are up 11% since the pilot started, and customers say they can actually cross the street now. Make it permanent.
%%
I object to the proposed cell tower at 2209 Sycamore. I know the FCC says you can't deny it based on RF health effects (47 U.S.C. § 332(c)(7)(B)(iv)), so my objection is aesthetic: it's 60' tall in a residential historic district. Ask the carrier to look at the water tower site instead.
%%
Why is the public comment form limited to 3,000 characters when the staff report is 412 pages? I had to cut my comment in half. Please raise the limit or allow attachments.
%%
Comment: "Reasonable accommodation" requests under the zoning code (§ 17.98) currently take 90 days. My father needed a ramp in the front setback. 90 days is not reasonable. The code should require a decision in 30.
%%
Supporting the proposal to rename Columbus Park. Whatever name is chosen, please put an interpretive sign explaining the history, don't just swap the sign overnight.
%%
To the Board: I'm a nurse at County General and I ride Route 22 home at 11:40pm. If you cut the last two trips "due to low ridership", I will have no way home. Low ridership at midnight still means real people.
%%
Agree with the previous commenters re: the bike lane, but I'd add: the design at the Union St / Pine St intersection puts the bike lane on the right of a right-turn-only lane. That's the classic "right hook" setup. Please use a protected intersection design there.
%%
I support the "missing middle" zoning change, but the 0.6 FAR cap in Table 17.20-B kills fourplexes on standard 5,000 sf lots: 4 units x 750 sf = 3,000 sf = 0.6 exactly, with nothing left for stairs. Raise it to 0.8 or exempt common areas.
%%
Est-ce que la Ville pourrait publier l'avis d'audience publique en français aussi ? Beaucoup de familles du quartier ne lisent pas l'anglais.
%%
The proposed fee schedule raises the Building Permit Plan Check fee from 65% to 80% of the permit fee. Combined with the new $150 "technology surcharge", a simple water heater permit goes from $212 to $389. That's why people skip permits. Please reconsider.
%%
Re: the public safety camera program at parks. I walk my dog at Riverside at 6am; I'd rather have the restroom open and the lights working than a camera. Spend it on lights.
%%
I'm writing as a member of the Fairview Tenants Union. We oppose the amendment to § 8.22.040 that would let landlords pass through "capital improvement" costs for 20 years instead of 10. A new roof should not cost a tenant $85/month for two decades.
%%
Short comment: thank you to the Elections Office staff who helped my grandmother register in Korean. 감사합니다!
%%
Written comment — Docket 2024-PC-117 (Union St Complete Streets Project), submitted on behalf of the Eastside Neighbors Association.

1. Process. The Notice of Availability says comments are due "no later than 5:00 p.m. on the tenth (10th) day following publication", but the notice was published on a Friday before a holiday weekend, and the project page still links to the 30% design set (rev. B), not the 65% set (rev. D) that staff presented on 3/4. Residents cannot comment on drawings they can't see. Please extend the period by 14 days and post rev. D.

2. Parking. Table 4-2 of the parking study counts 212 "available" spaces within 500' of the corridor. Roughly 60 of those are in the church lot on Pine St, which is private and gated after 6pm. The real number is closer to 150. We don't oppose removing parking — we oppose pretending the impact is zero.

3. Loading. Section 5.3 says deliveries "may" use the new loading zones between 6 a.m. and 11 a.m. The corner market at Union & 3rd gets its produce at 5:15 a.m. Either start the window at 5:00 or allow a permit exception.

4. Safety. We strongly support the protected lane and the raised crossings at 2nd and 4th. Two of our members were hit by drivers turning right on red at Union & 2nd in the last 18 months. Please add No Turn On Red there.

In short: support the project, fix the record, extend the comment period.

— Board of the Eastside Neighbors Association (vote 9-0-1, 3/6/2024)
%%
Mayor and Council,

I'm going to be blunt because I've said this politely at four meetings now. The proposed "Fairview Forward" ordinance (Draft v3, § 4.2) lets the Director waive the affordable-unit requirement when the developer shows "economic infeasibility", and the only evidence required is a pro forma prepared by the developer's own consultant. There is no third-party review, no public posting, and no appeal. That isn't a standard, it's an honor system.

Compare what the County did in its 2022 ordinance: independent peer review paid for by the applicant, the pro forma posted with the staff report, and any waiver decided by the Planning Commission at a noticed hearing. If it works for the County, it can work here.

Also, § 4.2(c) says waivers "shall not exceed 50% of the required units". Read with § 4.2(e) ("waivers may be combined with the in-lieu fee option"), a project can waive half the units and pay a fee for the other half — i.e. build zero affordable units on site. I'd like staff to say on the record whether that reading is correct. If it is, please fix it before second reading.

Thank you for your time,
Dolores Ibarra-Quinn
Ward 2, renter, 19 years on Calle Ortega
%%
Public comment on the proposed Surplus Land Act disposition of the old fire station at 4th & Grant. The notice of availability went to housing sponsors on 2/3 with responses due 2/10. Seven days is not a "good faith" opportunity to respond. Re-issue with 60 days.
""")

PC_STANCE = ["I support", "I oppose", "Please reconsider", "I have concerns about", "I'm strongly in favor of",
             "I'm against", "Please table"]
PC_ITEMS = ["the proposed parking meter hours on Union St", "Ordinance 24-031 (short-term rentals)",
            "the Harbor Rd rezoning (M-1 → MU-3)", "Item {n} on tonight's consent calendar",
            "the new trash contract & rate table", "the plan to cut Sunday hours at the Eastside branch",
            "the bike lane on 22nd Ave", "the proposed 18% water rate increase"]
PC_REASONS = ["The staff report doesn't answer the basic question: who pays?",
              "Section {n}(b) says \"shall\" in one place & \"may\" in another — which is it?",
              "My family has lived on this block since 1987 and nobody asked us.",
              "The notice was only posted in English; half my street reads Spanish or Vietnamese.",
              "It will make the intersection at Kent & 9th even worse at rush hour.",
              "The numbers in Attachment {n} don't add up (see Table 3 vs. Table 5).",
              "Seniors on fixed incomes can't absorb another increase."]
PC_CLOSERS = ["Thank you.", "Please vote NO.", "Please vote YES.", "— resident, Ward {n}",
              "Gracias.", "Respectfully submitted.", "I will be at the meeting if anyone has questions."]


def gen_public_comment(rng):
    n = rng.randint(2, 14)
    return "{} {}. {} {}".format(rng.choice(PC_STANCE), rng.choice(PC_ITEMS).format(n=n),
                                 rng.choice(PC_REASONS).format(n=rng.randint(2, 9)),
                                 rng.choice(PC_CLOSERS).format(n=rng.randint(1, 7)))


# ---------------------------------------------------------------------------
# 4. Council agenda items and minutes
# ---------------------------------------------------------------------------
COUNCIL_MINUTES = block(r"""
Item 7.B — Resolution 2024-118 approving Amendment No. 3 to the Professional Services Agreement with Harbor Engineering, Inc. (not to exceed $248,500); CEQA: exempt per Guidelines § 15301.
%%
MOTION: Councilmember Ruiz moved, seconded by Councilmember Park, to continue Item 9 to the 6/18 meeting. AYES: 5; NOES: 1 (Chen); ABSENT: 1 (Dubois). Motion carried 5-1-1.
%%
Closed session — Gov. Code § 54956.9(d)(1): Conference with legal counsel – existing litigation: Smith v. City of Fairview, Case No. 23CV01234.
%%
Public comment: 14 speakers; 9 in favor, 4 opposed, 1 neutral. Written comments (32) attached as Exhibit C.
%%
The Mayor called the meeting to order at 6:02 p.m.; Pledge of Allegiance led by Girl Scout Troop 4412.
%%
Adjourned at 11:47 p.m. in memory of former Councilmember Eleanor "Ellie" Watts.
%%
Consent Calendar items 4.A–4.H approved on a single motion (7-0), except 4.D, pulled by Cm. Okoye for separate discussion.
%%
Staff to return w/ options: (a) drop the fee entirely; (b) reduce it to $25; (c) sliding scale for households <= 80% AMI.
%%
City Manager's report: labor negotiations with AFSCME Local 101 ongoing; next session 5/3. No action taken.
%%
Item 12: Second reading & adoption of Ordinance No. 1187, amending Title 10 (Vehicles & Traffic), Chapter 10.44 ("Parking Meters") — waive full reading, read by title only.
%%
Roll call: Present — Mayor Alvarez, Vice Mayor Kim, Cms. Chen, Dubois, Okoye, Park, Ruiz. Absent — none. Quorum established.
%%
Cm. Chen asked whether the $1.2M in Item 6 is one-time or ongoing; Finance Director: one-time (ARPA), must be obligated by 12/31/2024.
%%
Report out of closed session: Council voted 4-3 to authorize settlement in Doe v. City (payment of $325,000, no admission of liability). City Attorney will release the agreement upon execution.
%%
Agenda — Regular Meeting, Tuesday, March 12, 2024, 6:00 PM
1. Call to order / roll call
2. Pledge of Allegiance
3. Public comment (non-agenda items, 3 min. each)
4. Consent calendar
5. Public hearing: Harbor Rd rezoning (continued from 2/27)
6. Adjournment
%%
Item 5 — PUBLIC HEARING: Appeal of Planning Commission denial of CUP-23-0091 (415 Main St, 5-story mixed use). Appellant: Main Street Partners LLC. Staff recommendation: deny appeal; uphold PC decision.
%%
Motion by Vice Mayor Kim to amend the main motion to strike "may" and insert "shall" in Sec. 3(b); accepted as friendly by maker & seconder.
%%
Cm. Dubois recused herself from Item 8 (owns property within 500 ft of the project) and left the dais at 8:14 p.m.; returned at 8:52 p.m.
%%
The Clerk read into the record the title of Ordinance 24-031: "An Ordinance of the City Council of the City of Fairview Amending Chapter 5.12 of the Municipal Code Relating to Short-Term Rentals".
%%
Recess 9:05–9:15 p.m.
%%
Item 10 was pulled from the agenda by staff and will be re-noticed for a future date.
%%
Correction to the minutes of 2/27: p. 4, Item 6, vote should read "AYES: Alvarez, Chen, Kim, Park; NOES: Dubois, Okoye; ABSTAIN: Ruiz" (not 5-2).
%%
Direction to staff (by consensus, no formal vote): bring back a draft ordinance banning gas leaf blowers with an effective date of 1/1/2026 and a rebate program for landscapers.
%%
Item 3.C — Proclamation: April as "Fair Housing Month". Accepted by Ms. Lupe Hernández, Fairview Tenants Union.
%%
Council discussion: Cm. Okoye said the union contract drives 70% of the deficit; Cm. Park disagreed, citing the pension UAL (see p. 12 of the budget book).
%%
Informational item (no action): quarterly investment report, Q3 FY23-24. Portfolio $412.6M, yield 4.31%, weighted avg. maturity 1.8 yrs.
%%
Item 8: Award construction contract to Granite Paving Co. for the 2024 Pavement Rehabilitation Project (CIP #ST-24-02), lowest responsive bidder at $3,118,440; authorize 10% contingency.
%%
Public hearing opened at 7:31 p.m.; 22 speakers; hearing closed at 8:40 p.m.
%%
Motion FAILED 3-4 (AYES: Chen, Dubois, Okoye; NOES: Alvarez, Kim, Park, Ruiz).
%%
Cm. Ruiz requested a future agenda item on the crosswalk timing at Kent & 9th; Mayor concurred. Staff to report within 60 days.
%%
Adopt Resolution 2024-131 declaring the City's intent to exit the select committee on regional transit and rejoin in FY 2026 "if funding allows".
%%
Item 11 — Ordinance introduction: Chapter 9.36 (Noise), amending § 9.36.030 to move construction start from 7:00 a.m. to 8:00 a.m. on Saturdays. First reading; title only.
%%
Comisión de Asuntos Latinos — Acta de la sesión del 4 de abril: se aprobó por unanimidad (5-0) recomendar la traducción simultánea de todas las sesiones del Concejo.
%%
ACTION: Received and filed the Annual Housing Element Progress Report (CY 2023). Permits issued: 412 units (VLI 31, LI 58, Mod 44, Above Mod 279).
%%
Mayor Alvarez noted the "DROP zone" term in the staff report refers to the Deferred Retirement Option Plan, not a drop-off zone; staff will clarify the wording.
%%
Study session: Parks Master Plan. Consultant presented 3 scenarios (A: maintain; B: expand trails; C: new aquatic center). Council leaned toward B; no vote taken.
%%
Minutes — Planning Commission, 2/15/2024
Commissioners present: Ito (Chair), Brandt, Mensah, Sørensen. Absent: Vasquez.
Item 1 (DR-23-114, 88 Industrial Pkwy): approved 4-0 with conditions 1–17 as amended (condition 9: hours 7am–6pm).
Item 2 (TPM-24-002): continued to 3/7 at applicant's request.
%%
Consent item 4.G: Approve purchase of 3 Ford F-150 Lightning trucks ($171,774 incl. tax) via Sourcewell cooperative contract #091521-FMC.
%%
Executive session (personnel): performance evaluation of the City Manager, Gov. Code § 54957. No reportable action.
%%
Item 9 — Discussion & possible action: ALPR contract with Flock Safety (3 yrs, $198,000). Surveillance Use Policy per Ord. § 2.99.030 attached as Exhibit A.
%%
Cm. Park: "If we can't tell residents where the data goes, we shouldn't sign." Cm. Kim: "We can amend the policy to 30 days' retention." Motion to amend carried 6-1.
%%
Vote on Map A (redistricting): AYES 4, NOES 2, ABSTAIN 1. Map A adopted; effective for the Nov. 2026 election.
%%
Item 2.A — Presentation by the Library Director: circulation up 14% YoY after fines were eliminated; 2,310 previously blocked cards reactivated.
%%
Special meeting — budget workshop. Note: public comment cards must be submitted to the Clerk before the item is called; late cards will not be accepted.
%%
Cm. Okoye moved to waive the Council's rules of procedure (Rule 5.3, 10:30 p.m. cutoff) to finish Item 14; seconded by Ruiz; carried 5-2.
%%
Item 6: Accept grant of $750,000 from the State Active Transportation Program (Cycle 6) for the Union St protected bike lane; appropriate funds to CIP #BK-24-01.
%%
Acta de la Junta Directiva de la Biblioteca, 12 de marzo — Punto 3: se eliminó el cobro de multas por retraso a partir del 1.º de julio.
%%
Staff report errata: Attachment 3, line 14 — the FY25 rate for 96-gal carts should read $52.10 (not $5.21). Corrected version posted 3/11 at 2:15 p.m.
""")

CM_ACTIONS = ["Approve", "Adopt Resolution 2024-{n} approving", "Authorize the City Manager to execute",
              "Consider"]
CM_SUBJECTS = ["Amendment No. {k} to the agreement with Harbor Engineering, Inc.",
               "the FY24-25 Capital Improvement Program", "a lease with Fairview Little League for Field 3",
               "the Union St bike lane design (35%)", "the purchase of 2 street sweepers via cooperative contract",
               "the 2024 sidewalk repair (50/50 cost share) list", "a 3-year agreement with the 311 app vendor"]
CM_VOTES = ["Carried 7-0.", "Carried 5-2 (NOES: Chen, Dubois).", "Carried 6-0-1 (ABSENT: Park).",
            "Failed 3-4.", "Continued to {d}/{e} by consensus.", "Pulled by staff."]


def gen_council_minutes(rng):
    n = rng.randint(100, 1300)
    return "Item {}.{} — {} {}. {}".format(
        rng.randint(3, 15), "ABCDEFGH"[rng.randint(0, 7)], rng.choice(CM_ACTIONS).format(n=n),
        rng.choice(CM_SUBJECTS).format(k=rng.randint(1, 6)),
        rng.choice(CM_VOTES).format(d=rng.randint(1, 12), e=rng.randint(1, 28)))


# ---------------------------------------------------------------------------
# 5. Public records / FOIA requests
# ---------------------------------------------------------------------------
RECORDS_REQUEST = block(r"""
Under the Public Records Act (Gov. Code § 7920.000 et seq.) I request all emails between the Planning Director and any @harborholdings.com address from 01/01/2023 to 06/30/2023 containing "Harbor Rd" OR "rezoning" OR "MU-3".
%%
Please provide the table schema (column names & data types only) for the parking citation database, plus an export of all citations issued on Elm St in 2023 as CSV.
%%
Requesting body-worn camera footage, CAD log, and incident report for Incident #24-003518 (3/9/24 approx. 22:15, 400 blk Pine). I am the person who was stopped.
%%
FOIA request: all records re: contract #RFP-2023-044 "Citywide LED Streetlight Conversion", incl. bids, scoring sheets, & the executed agreement.
%%
Please send records in native format (.xlsx/.csv), not PDF scans. If any portion is withheld, cite the specific exemption (e.g. § 7927.705) for each redaction.
%%
Request under 5 U.S.C. § 552: records sufficient to show the number of FOIA requests received by the agency in FY2023, broken down by disposition (granted / partially granted / denied / withdrawn).
%%
I'm requesting the "select committee" binder for the 2022 redistricting process — the one referenced in the minutes of 9/14/22, Item 3.
%%
All text messages (SMS/iMessage/Signal/WhatsApp) on city-issued or personal devices used for city business, sent or received by Councilmembers Kim & Park between 2/1 and 2/28/2024, regarding "Flock", "ALPR" or "cameras".
%%
Copies of the inspection reports and any notices of violation for 1440 Vine St, 2019–present. Address is a 12-unit apartment building.
%%
Pursuant to the Freedom of Information Law, I request the sewer and water as-built drawings (plan & profile) for Wren Way, Sta. 10+00 to 14+50.
%%
Request: the complete call log (date, time, call type, disposition — no personal info needed) for 311 requests tagged "Noise" in Ward 4 for Jan–Mar 2024.
%%
Please provide any policies, directives, or training materials regarding the use of "exigent circumstances" requests to wireless carriers by the Police Department.
%%
Solicitud de registros públicos: copia de todos los contratos de traducción/interpretación firmados por la Ciudad desde 2020, con los montos pagados por año.
%%
I'm asking for the salary & overtime data for all employees of the Public Works Department for calendar year 2023 (name, title, base pay, OT, total). These are public under Gov. Code § 7927.700.
%%
Records showing every time the emergency alert system (WEA/EAS or Nixle) was used in 2023, with the exact message text sent.
%%
I request the audit logs for the city's permitting system (who accessed permit #B23-04417 and when), 10/1/23–12/31/23. If logs aren't kept, please say so in writing.
%%
All records of complaints against Towing Co. "A-1 Rapid Tow" under the City's rotation tow agreement, 2021–2024, including any suspension letters.
%%
Request for the data dictionary / codebook of the open-data 311 dataset (data.fairview.gov id abcd-1234), especially the meaning of status codes C, CX and CD.
%%
Please confirm receipt of this request and provide an estimated date of completion. Per § 7922.535 you have 10 days to determine whether records exist.
%%
Requesting copies of the City's contract with the body camera vendor, and any amendments, together with the data retention schedule for video.
%%
Electronic copies (not paper) of the winning proposal for the 2024 Solid Waste Franchise, including pricing forms. I understand trade secrets may be redacted — please identify what was redacted and why.
%%
Records concerning the removal of the 12 street trees on Sycamore Ave in Oct. 2023: work orders, arborist reports, photos, and any resident complaints received before removal.
%%
This is a follow-up to request #PRR-24-0311. The response said "no responsive records" but the 3/12 minutes reference a memo from the City Attorney dated 3/8 on this exact topic. Please search again or explain.
%%
Under FOIA, I request the "use of force" reports for 2023 with officer names redacted, plus the department's annual use-of-force summary table.
%%
Demande d'accès à l'information : le rapport d'inspection de l'immeuble au 2250, rue Saint-Denis, ainsi que tout avis d'infraction émis depuis 2022.
%%
Any records showing how the city calculated the 18% water rate increase (the cost-of-service study & the consultant's Excel model, incl. formulas).
%%
All calendars (Outlook or otherwise) for the City Manager, 1/1/24–3/31/24. Personal appointments can be redacted.
%%
Records request: list of all city-owned vacant parcels (APN, address, acreage, zoning) considered "surplus" or "exempt surplus" under the Surplus Land Act since 2020.
%%
Please treat this as a request under the state open records statute, not a "customer service" inquiry. I want the documents, not a summary.
%%
Requesting any records related to the towing of my vehicle (plate 7ABC123) on 4/2/2024 from the 2200 block of Elm — tow slip, photos, and the officer's notes.
%%
Records of the number of library cards blocked for unpaid fines, by branch and ZIP code, as of 6/30/2023 (aggregate numbers only — no patron info).
%%
FOIA: communications between the Elections Office and the Secretary of State about the voter-roll maintenance mailing sent in August 2023 ("NVRA 8(d)(2) notices").
%%
Records sufficient to show how many 311 "Pothole" requests were closed with status "Duplicate" or "No Action Required" in 2023, by council district.
%%
I'd like a copy of the dash-cam & body-cam video from the traffic collision at Kent & 9th on 5/16/2024 ~17:40 (report #TC-24-1187). I was the cyclist involved.
%%
Please include metadata for emails (To, From, CC, BCC, Date, Subject) — not just the body text. Exports from Outlook as .msg or .eml are fine.
%%
Request for the City's contract with the vendor of the 311 app, including SLAs, uptime reports for 2023, and any penalties assessed.
%%
I request the GIS shapefiles (or GeoJSON) for the adopted council district boundaries (Map A), plus the population table by district & race/ethnicity from the 2020 census P.L. 94-171 data.
%%
Requests for records concerning "Project Sunrise" — I believe this is the internal name for the Harbor Rd redevelopment. Date range: 6/1/2022 to present.
%%
情報公開請求：2023年度の市議会議員の政務活動費の領収書の写し一式。
%%
Records regarding the decision to close the Eastside branch library on Sundays: staff memos, circulation data used, and any equity analysis performed.
%%
Any grievances filed by the bus drivers' union (ATU Local 1555) concerning restroom access on routes, 2022–2024, with personal info redacted.
%%
Please send the record of all fee waivers granted for park facility rentals in 2023, with the name of the organization and the amount waived.
%%
Copies of the building permits, final inspection sign-offs and Certificate of Occupancy for 415 Main Street (all permits since 2015).
%%
I'm a journalist with the Fairview Ledger. Requesting the City's responses to the state HCD's letter dated 11/20/2023 re: the draft Housing Element (incl. any drafts that were sent to HCD).
%%
Records of contracts with "data brokers" or vendors supplying license plate, phone location or social media monitoring data to the Police Department, 2020–2024.
%%
Request for the 911 audio (not just the CAD) for the call at 03:12 on 1/14/2024 from 19 Wren Way. I am the caller.
%%
Copy of the spreadsheet used to score applicants for the 2023 small business grant program, with business names (owners' personal data can be redacted).
%%
Public records request:
1. All drafts of the "Quiet Zone" feasibility study
2. Emails with the railroad re: the study (1/1/23–present)
3. Any cost estimates for the crossing upgrades
Date range for items 2-3: 1/1/2023–present. Electronic delivery preferred.
""")

RR_RECORDS = ["all emails containing \"{kw}\"", "inspection reports for {addr}", "the contract & amendments for {kw}",
              "311 requests tagged \"{kw}\" (date, type, status only)", "meeting calendars of the Planning Director re: {kw}",
              "invoices paid to the consultant for {kw}", "police incident reports for {addr}"]
RR_KWS = ["Harbor Rd", "Quiet Zone", "Union St bike lane", "ALPR", "leaf blowers", "Project Sunrise",
          "water rate study", "Sycamore trees", "Eastside library"]
RR_ADDRS = ["1440 Vine St", "415 Main St", "88 Industrial Pkwy", "2250 Rue Saint-Denis", "19 Wren Way",
            "600 Main St", "3021 Sycamore Ave"]
RR_FORMATS = ["Electronic copies (PDF or native) preferred.", "CSV/XLSX if the data is in a database, please.",
              "Please email them, no need for paper.", "I can pick up a USB drive at City Hall.",
              "If fees exceed $25, please contact me first."]


def gen_records_request(rng):
    rec = rng.choice(RR_RECORDS).format(kw=rng.choice(RR_KWS), addr=rng.choice(RR_ADDRS))
    y1 = rng.randint(2018, 2023)
    return "Public records request: {}, {}/{}/{} to present. {}".format(
        rec, rng.randint(1, 12), rng.randint(1, 28), y1, rng.choice(RR_FORMATS))


# ---------------------------------------------------------------------------
# 6. Court e-filing: captions, docket numbers, document descriptions
# ---------------------------------------------------------------------------
COURT_FILING = block(r"""
JOHN Q. DOE, Plaintiff, v. CITY OF FAIRVIEW, a municipal corporation; and DOES 1 through 20, inclusive, Defendants.
%%
Case No. 2:24-cv-01187-JLR
%%
In re the Marriage of García & O'Brien, No. FL-2023-004417
%%
People v. Martinez (2019) 8 Cal.5th 1, 12; see also id. at 15 ("a search incident to arrest must be contemporaneous").
%%
Docket entry #47: ORDER granting in part and denying in part Defendant's Motion to Dismiss (ECF No. 32).
%%
State ex rel. O'Neil v. Board of Supervisors, 2022-Ohio-1234, ¶ 18.
%%
Notice of Motion and Motion to Compel Further Responses to Special Interrogatories, Set One; Memorandum of Points & Authorities; Declaration of A. Nguyen
%%
Hearing: Dept. 14, 08/22/2024 @ 8:30 a.m.; Hon. R. Castillo presiding.
%%
Exhibit "A" — text messages (screenshots) dated 3/1–3/4; Exhibit "B" — lease agreement.
%%
Respondent's Reply to Petitioner's Opposition re: Request for Order (RFO) – child custody & visitation; hearing 9/3.
%%
Plaintiff's Ex Parte Application for Temporary Restraining Order and Order to Show Cause re: Preliminary Injunction
%%
SMITH, et al. v. FAIRVIEW UNIFIED SCHOOL DIST., et al., No. 23CV01234 (Super. Ct. Fairview Cnty.)
%%
Proof of Service by Mail — I served the document(s) on 4/5/2024 by placing a true copy in a sealed envelope addressed to: Defendant's counsel, 100 Main St., Ste. 400, Fairview.
%%
Request for Dismissal (CIV-110): with prejudice, entire action of all parties and all causes of action.
%%
Landlord v. Tenant: unlawful detainer, 3-day notice to pay rent or quit served 2/2/24; amount demanded $2,300.00.
%%
Small claims: Plaintiff claims $1,850 for security deposit not returned within 21 days (Civ. Code § 1950.5(g)); requests 2x statutory penalty.
%%
Declaration of Maria López in Support of Motion to Set Aside Default (CCP § 473(b)): "I did not receive the summons because I had moved on 1/15 and the process server left it at my old address."
%%
Brief of Amicus Curiae Fairview Tenants Union in Support of Appellants, No. A165432 (Cal. Ct. App., 1st Dist., Div. 3)
%%
Docket: 24-CR-000871 | State v. Jordan Ellis | Arraignment 5/14 9:00 | Dept. 3 | Public Defender appointed.
%%
Stipulation and [Proposed] Order to Extend Time to Respond to Complaint by 30 days (L.R. 6-1(a)).
%%
Case caption (Spanish-language filer):
María Guadalupe Reyes Ortiz, Demandante
contra
Inmobiliaria Los Pinos, S.A. de C.V., Demandada
Expediente 1123/2023
%%
Motion in Limine No. 3 to exclude testimony re: prior "drop-off" incidents under Evid. Code § 352.
%%
Appellant's Opening Brief — Issues presented: (1) Did the trial court err in denying the anti-SLAPP motion (CCP § 425.16)? (2) Was the fee award under § 425.16(c) an abuse of discretion?
%%
Civil cover sheet: Nature of suit 440 (Other Civil Rights); Cause: 42 U.S.C. § 1983; Jury demand: Yes; Amount: > $75,000.
%%
Notice of Appeal from the Judgment entered 3/28/2024 (Dkt. 112) to the U.S. Court of Appeals for the Ninth Circuit.
%%
Objection to Proposed Order: ¶ 4 omits the Court's oral ruling that "the parties shall meet and confer before filing any discovery motion".
%%
Name change petition: Petitioner Alexandra "Sasha" Kowalczyk requests name change to Sasha Kowalczyk-Reed. Hearing 7/9, Dept. 21.
%%
Case no. CV-24-0042 — Motion to Quash Subpoena Duces Tecum served on non-party Fairview Public Library (patron records; Gov. Code § 7927.105).
%%
Traffic citation #TR-8841022 — request for trial by written declaration (VC § 40902). Defendant's statement attached (2 pages + 3 photos of the obstructed stop sign).
%%
Case: 2024-DR-001523 / In the Matter of the Estate of Harold B. Winslow, Deceased. Petition for Letters of Administration.
%%
Defendant's Answer: generally denies each and every allegation of the Complaint (CCP § 431.30(d)); Affirmative defenses 1–14.
%%
Plaintiffs' Motion for Class Certification under Fed. R. Civ. P. 23(b)(3); Declaration of Expert Dr. L. Whitfield (Exh. 12, filed under seal per Dkt. 88).
%%
Order to Show Cause re: Contempt (FL-410) — Respondent failed to pay child support of $612/mo for Dec. 2023 through Feb. 2024.
%%
Request to Waive Court Fees (FW-001): household of 4, monthly income $2,140; receiving CalFresh & Medi-Cal.
%%
Re: Docket No. 24-0117-EV — Tenant's answer: landlord's "notice" was taped to the door, never mailed; rent was tendered 2/5 & refused.
%%
Doe v. Roe, 2023 WL 4417120, at *3 (N.D. Cal. July 7, 2023) (unpublished).
%%
Joint Case Management Statement (Fed. R. Civ. P. 26(f); Civ. L.R. 16-9) — discovery plan: fact discovery cutoff 1/31/2025; expert disclosures 3/3/2025.
%%
Filing description: Exhibits 1–9 to Decl. of J. Ahmed ISO Opp'n to MSJ (Vol. 2 of 3)
%%
Tribunal judiciaire de Lyon — RG n° 23/04417 — Assignation en référé du 12 mars 2024.
%%
Supplemental brief per the Court's minute order of 6/3: whether § 1983 claims survive after Plaintiff's death (42 U.S.C. § 1988(a); Robertson v. Wegmann, 436 U.S. 584 (1978)).
%%
Emergency motion — the hearing is scheduled for 9:00 a.m. tomorrow (5/22) and the Respondent was not served until 4:45 p.m. today; requesting a continuance of ≥ 10 days.
%%
Request for Judicial Notice of: (A) Ordinance No. 1187 (adopted 3/12/2024); (B) minutes of the 3/12/2024 City Council meeting, Item 12 (Evid. Code §§ 452(b), 452(c)).
%%
Ex. C: email from defendant, 11/2/23 — "we'll drop the claim if you sign by Friday; otherwise it goes to the union." (produced at DEF-000417)
%%
Declaration of Service: Summons, Complaint, and Civil Case Cover Sheet served personally on Defendant at 2:17 p.m., 1440 Vine St, Apt. 6, by registered process server #PS-2291.
%%
Answer to Petition for Dissolution: I agree with the date of separation (8/1/2023) but NOT with item 6 (property division) — the car was bought with my own money before we married.
%%
Ninth Cir. No. 24-1187 | D.C. No. 3:22-cv-05512-WHA | Appellee's Answering Brief due 10/15/2024.
%%
Petition for Writ of Mandate (CCP § 1085) to compel Respondent City to produce records responsive to PRR-24-0311.
""")

CF_PARTIES = ["CITY OF FAIRVIEW", "FAIRVIEW TENANTS UNION", "HARBOR HOLDINGS, LLC", "MARÍA REYES", "JAMES O'CONNOR",
              "NGUYEN VAN AN", "COUNTY OF LAKE", "STATE OF OREGON", "A-1 RAPID TOW, INC.", "DOE 1"]
CF_DOCS = ["Notice of Motion and Motion to Dismiss", "Opposition to Motion for Summary Judgment",
           "Declaration of {p} ISO Reply", "Proof of Service", "Case Management Statement",
           "Request for Order re: custody & visitation", "[Proposed] Order granting stipulation",
           "Memorandum of Points & Authorities"]


def gen_court_filing(rng):
    a, b = rng.sample(CF_PARTIES, 2)
    kind = rng.randint(0, 2)
    if kind == 0:
        return "{} v. {}, Case No. {}CV{:05d}".format(a, b, rng.randint(19, 24), rng.randint(1, 99999))
    if kind == 1:
        return "{}:{}-cv-{:05d}-{} | {} v. {}".format(rng.randint(1, 5), rng.randint(19, 24), rng.randint(1, 9999),
                                                   "".join(rng.choice("ABCDEGHJKLMRSTW") for _ in range(3)), a, b)
    doc = rng.choice(CF_DOCS).format(p=b.title())
    return "{} (ECF No. {}); hearing {}/{}/2024 at {}:30 a.m., Dept. {}".format(
        doc, rng.randint(2, 140), rng.randint(1, 12), rng.randint(1, 28), rng.randint(8, 10), rng.randint(1, 30))


# ---------------------------------------------------------------------------
# 7. Library catalogue searches and call numbers
# ---------------------------------------------------------------------------
LIBRARY_SEARCH = block(r"""
QA76.73.P98 L868 2013
%%
005.133 PYT
%%
author:Tolkien AND title:"two towers"
%%
Harry Potter and the Philosopher's Stone (Bloomsbury, 1997)
%%
Selected poems / Emily Dickinson
%%
SQL in 10 minutes, Sams teach yourself
%%
"The C programming language" Kernighan
%%
subject:cooking -- vegetarian
%%
Union list of serials in libraries of the United States and Canada
%%
Sleep : a very short introduction
%%
bash cookbook o'reilly
%%
JavaScript: the definitive guide / David Flanagan
%%
Les Misérables, t. 1 : Fantine
%%
Один день Ивана Денисовича
%%
三体 刘慈欣
%%
Don Quijote de la Mancha -- Cervantes (ed. Rico)
%%
641.5 ROM? or is it 641.59
%%
DVD: Ocean's Eleven (2001)
%%
Kubernetes up & running 3rd ed
%%
isbn:978-0-13-110362-7
%%
PS3545.I345 Z46 1998
%%
J FIC SNI v.1
%%
363.7 & environmental policy
%%
the Magic School Bus books in Spanish
%%
C# 12 in a nutshell
%%
1984 / George Orwell ; introduction by Thomas Pynchon
%%
"Cat's cradle" vonnegut large print
%%
Gödel, Escher, Bach: an eternal golden braid
%%
The Linux command line : a complete introduction (2nd ed.)
%%
Windows PowerShell in action
%%
Drop city / T.C. Boyle
%%
ti:"Pride & prejudice" au:austen format:audiobook
%%
940.5318 WIE
%%
B OBAMA
%%
R 031 WOR 2024
%%
E 398.2 GRI
%%
KF4550 .A2 1987
%%
kw:"civil war" NOT gettysburg
%%
¿Tienen novelas gráficas para adolescentes en español? (Sección YA)
%%
The drop : a novel / Dennis Lehane
%%
Select bibliography of Texas history
%%
The system of the world / Neal Stephenson
%%
Where the crawdads sing [large print] -- hold?
%%
Structure & interpretation of computer programs 2nd ed (SICP)
%%
Python crash course, 3rd edition — is the e-book on Libby?
%%
HV6773 .S66 2021 <-- found this in a bibliography, do you have it?
%%
Eval: "Program evaluation : alternative approaches and practical guidelines"
%%
ハリー・ポッターと賢者の石
%%
Der Prozess / Franz Kafka
%%
Hacking: the art of exploitation
%%
The Unix programming environment / Kernighan & Pike (1984)
%%
Alert! : a novel of the Lindsay Boxer series?? (James Patterson)
%%
Dewey 004.678 for internet history, 364.163 for cybercrime?
%%
Command & control : nuclear weapons, the Damascus accident, and the illusion of safety
%%
Local history: Fairview County plat maps 1890-1920 (map drawer 3?)
%%
"Cien años de soledad" García Márquez
%%
Zen and the art of motorcycle maintenance : an inquiry into values
%%
title:"Where's Waldo?" OR title:"Where's Wally?"
%%
PZ7.R79835 Har 1998
%%
The Chicago manual of style, 17th ed. (ref desk only?)
""")

LB_DEWEY = ["005.133", "005.74", "364.163", "641.5945", "917.94", "973.7", "813.54", "155.4", "332.024", "428.24"]
LB_CUTTER = ["PYT", "SQL", "BAS", "MAR", "SMI", "GAR", "NGU", "OBR", "LEE", "KIM"]
LB_LC = ["QA76.73.P98", "QA76.9.D3", "HV6773", "PS3545.I345", "KF4550", "F869.S3", "HD7288.78", "JK1978", "Z678.9"]
LB_TERMS = ["civil rights", "zoning law", "public libraries", "union history", "sleep disorders", "bread baking",
            "Python (computer program language)", "local government", "Vietnamese cooking", "drop shipping"]
LB_FIELDS = ["subject", "kw", "ti", "au", "su"]


def gen_library_search(rng):
    kind = rng.randint(0, 2)
    if kind == 0:
        return "{} {} {}".format(rng.choice(LB_DEWEY), rng.choice(LB_CUTTER), rng.randint(1995, 2024))
    if kind == 1:
        return "{} .{}{} {}".format(rng.choice(LB_LC), "ABCDEFGHKLMNPRSTW"[rng.randint(0, 16)],
                                    rng.randint(2, 99), rng.randint(1980, 2024))
    return '{}:"{}" AND format:{}'.format(rng.choice(LB_FIELDS), rng.choice(LB_TERMS),
                                         rng.choice(["book", "ebook", "audiobook", "dvd", "large-print"]))


# ---------------------------------------------------------------------------
# 8. Benefits application answers
# ---------------------------------------------------------------------------
BENEFITS_ANSWER = block(r"""
Household: me (34), my husband (36), 2 kids (7 & 4), and my mother-in-law (68) who lives with us 5 nights/week.
%%
Income: $1,420/mo from my job at Kwik-Mart (about 28 hrs/wk at $12.65/hr); husband unemployed since 2/15; UI claim pending.
%%
Rent $1,150 + utilities (gas ~$60, electric ~$95); we share w/ my sister who pays 1/3.
%%
Child support received: $250/month — but he only paid 3 of the last 6 months.
%%
I do gig work (DoorDash/Uber Eats) — varies $200-$600 a week before gas. Mileage log attached.
%%
SSI $943 + SSP $217 = $1,160/mo
%%
No, I do not have a bank account. I use a prepaid card.
%%
My daughter turns 18 on 9/12 but is still in high school (graduating in June) — does she count?
%%
Medical expenses > $35/mo: insulin co-pay $45, test strips $30, transportation to dialysis 3x/week.
%%
Vehicle: 2009 Toyota Corolla, ~190k miles, paid off. I need it to get to work.
%%
Assets: checking $312.44; savings $0; 401(k) from old job ~$2,800 (can't access w/o penalty).
%%
Lost my job 3/1 — employer closed. Last paycheck 3/8 ($640 net). Severance: none.
%%
Yo (42), mis hijos Ana (12) y Luis (9). Trabajo limpiando casas, me pagan en efectivo, más o menos $300 por semana.
%%
We are a household of 5; my brother (22) buys & cooks separately so I don't think he's in our SNAP household??
%%
Pregnant, due date 11/20 — do I count the baby as a household member now?
%%
Dependent care: $480/mo for after-school program (YMCA) so I can work until 6pm.
%%
Self-employed: hair braiding from home. Gross $1,900 last month; expenses (hair, supplies) $420; net $1,480.
%%
Roommate pays rent directly to the landlord, not to me: $700. I pay $700. Lease is in both names.
%%
Income from disability (SSDI): $1,318.00 before the Medicare Part B ($174.70) deduction.
%%
Homeless since 4/2 — staying at Harbor Shelter (mail: c/o 200 Pier St, Rm 5) & sometimes in my car.
%%
Name / Relationship / Age / Income
Maria L. / self / 38 / $1,850 (wages)
Jorge L. / spouse / 40 / $0
Sofia L. / daughter / 15 / $0
Mateo L. / son / 11 / $0
%%
Employer: Fairview Unified School District (cafeteria). 6.5 hrs/day, school year only (Aug–May). Summer = no income.
%%
Tôi sống với chồng và 3 con (10, 7, 2 tuổi). Chồng tôi làm thợ hàn, lương khoảng $2.900/tháng trước thuế.
%%
家庭成员：本人（67岁）、老伴（70岁）。收入：社会安全金每月 $1,092 和 $864。房租 $950。
%%
My hours got cut from 40 to 24/week in January. Pay stubs for the last 30 days attached (4 stubs: $391.20, $402.75, $388.00, $410.15).
%%
Unemployment benefits: $450/week, started 2/20, ends after 26 weeks unless extended.
%%
I receive a VA disability pension of $1,716.14/mo (70% rating). No other income.
%%
Does my 401(k) hardship withdrawal ($3,000, taken in Jan to pay rent) count as income? It's a one-time thing.
%%
Utilities: heating is electric (baseboard), bill is higher Nov–Mar, around $180–$240. Phone $45.
%%
Other household income: my son (19, full-time student at Fairview CC) works 12 hrs/week at Target — ~$620/mo.
%%
I am the grandparent caring for my 2 grandchildren (ages 6 & 8); their parents are not in the home. I have legal guardianship (court order attached).
%%
Shelter costs: mortgage $1,340 (incl. property tax & insurance escrow); HOA $85/mo.
%%
No income this month. I had surgery on 3/3 & can't work until cleared by the doctor (note attached). Living off credit cards right now.
%%
Alimony paid: $400/month per court order (Case FL-2019-002231).
%%
نحن أسرة من ٤ أشخاص. زوجي يعمل سائق تاكسي ودخله حوالي ٢٠٠٠ دولار شهريًا.
%%
My wife is undocumented & is not applying for herself; only for our 2 children who are US citizens. Her income: she does not work.
%%
Rental income: I rent a room in my house for $600/mo (cash). Utilities included.
%%
Student financial aid: Pell Grant $3,200/semester — I was told the part used for tuition & books doesn't count?
%%
The landlord won't give me a lease or a rent receipt. I pay $800 cash on the 1st. Can I use a statement from my neighbor instead?
%%
Workers' comp: temporary disability $612/week since 1/9, claim #WC-24-00871.
%%
Income changed: new job started 4/15 at Amazon warehouse, $19.25/hr, 40 hrs/wk. First paycheck 5/3.
%%
I take care of my disabled adult son (27) at home. He gets SSI ($943). I am his IHSS provider & get paid $18.50/hr for 120 hrs/mo.
%%
Additional info: my ex-husband claims the kids on his taxes but they live with me 100% of the time. Custody order attached (sole physical custody).
%%
Savings: $1,200 — this is money from my tax refund (EITC) that I'm saving for a car repair. I read that tax refunds don't count for 12 months?
%%
Child care: my neighbor watches the baby while I work, I pay her $100/week cash. She can sign a statement.
%%
Gross wages (last 4 weeks):
wk 1 — $512.00
wk 2 — $498.40
wk 3 — $0 (sick, unpaid)
wk 4 — $530.25
avg ≈ $385/wk
%%
Household members who are NOT applying: my partner (not the kids' dad) — we don't share food or money, he pays his part of rent ($500) to me.
""")

BN_MEMBERS = [("me", 19, 70), ("my husband", 20, 72), ("my wife", 20, 72), ("my partner", 20, 65),
              ("my son", 16, 30), ("my daughter", 16, 30), ("my mother", 55, 90), ("mi esposo", 20, 70),
              ("mi hija", 16, 25)]
BN_SOURCES = ["wages (part-time)", "SSI", "SSDI", "unemployment", "child support", "self-employment (net)",
              "VA pension", "cash from cleaning houses", "IHSS provider pay", "no income"]
BN_PERIODS = ["mo", "week", "every 2 weeks"]


def gen_benefits_answer(rng):
    parts = []
    for _ in range(rng.randint(2, 3)):
        src = rng.choice(BN_SOURCES)
        period = rng.choice(BN_PERIODS)
        top = {"mo": 2400, "week": 600, "every 2 weeks": 1200}[period]
        amt = "" if src == "no income" else " ${:,}/{}".format(rng.randint(40, top), period)
        who, lo, hi = rng.choice(BN_MEMBERS)
        parts.append("{} ({}) — {}{}".format(who, rng.randint(lo, hi), src, amt))
    return "; ".join(parts)


# ---------------------------------------------------------------------------
# 9. Open-data queries as analysts paste them
# ---------------------------------------------------------------------------
OPENDATA_QUERY = block(r"""
$where=created_date > '2024-01-01T00:00:00' AND complaint_type = 'Pothole'&$limit=5000
%%
SELECT ward, count(*) AS n WHERE status = 'Open' GROUP BY ward ORDER BY n DESC
%%
https://data.fairview.gov/resource/abcd-1234.json?$select=permit_type,sum(valuation)&$group=permit_type
%%
ward,requests,median_days
1,1204,3.5
2,988,4.0
3,1510,6.5
4,2210,9.0
%%
SELECT * FROM permits WHERE issue_date BETWEEN '2023-01-01' AND '2023-12-31' AND zoning LIKE 'R-%';
%%
curl 'https://data.fairview.gov/api/views/xyz9-8765/rows.csv?accessType=DOWNLOAD' -o 311.csv
%%
df[df['complaint_type'].str.contains('Noise')].groupby('ward').size()
%%
jq '.[] | select(.status == "Closed") | .sr_number' requests.json | wc -l
%%
$q="water main"&$order=:updated_at DESC
%%
$where=within_circle(location, 47.6062, -122.3321, 500)
%%
GET /api/v2/permits?status=issued&issued_after=2024-03-01&page=2&per_page=100
%%
SELECT date_trunc_ym(created_date) AS month, count(*) GROUP BY month ORDER BY month
%%
-- note: closed_date is null for ~8% of rows; drop those before computing the median
%%
$where=starts_with(address, '14') AND ward in ('3', '4')
%%
SELECT complaint_type, avg(date_diff_d(closed_date, created_date)) AS avg_days WHERE closed_date IS NOT NULL GROUP BY complaint_type HAVING count(*) > 100
%%
sr_number,created,type,status,address
SR-2024-118830,2024-03-02 07:41,Pothole,Closed,"5th & Main"
SR-2024-118902,2024-03-02 09:15,Graffiti,Open,"I-90 & Jefferson, underpass"
%%
Why does $where=valuation > 1000000 return permits with valuation "950000"? Is the column stored as text? Casting with valuation::number works.
%%
SELECT ward FROM wards UNION SELECT district FROM districts — is there a crosswalk table between wards & council districts?
%%
https://data.fairview.gov/resource/elec-2024.csv?precinct=0714&$select=candidate,votes
%%
$select=date_extract_y(issue_date) AS yr, count(*) AS permits&$group=yr&$order=yr
%%
The API returns 1000 rows max by default — you need &$limit=50000&$offset=0 and page through.
%%
=AVERAGE(C2:C366) gives 4.2 days median?? no wait that's mean. =MEDIAN(C2:C366) = 3
%%
SELECT count(DISTINCT address) FROM service_requests WHERE type = 'Streetlight' AND created >= '2024-01-01'
%%
SELECT p.permit_no, p.address, i.result FROM permits p LEFT JOIN inspections i ON i.permit_no = p.permit_no WHERE i.result = 'FAIL'
%%
{"dataset": "abcd-1234", "filters": {"ward": [3, 4], "status": "Open"}, "format": "geojson"}
%%
ogr2ogr -f GeoJSON wards.geojson "https://data.fairview.gov/api/geospatial/w4rd-s2024?method=export&format=Shapefile"
%%
$where=complaint_type in ('Noise - Residential', 'Noise - Commercial') AND created_date between '2024-06-01' and '2024-08-31'
%%
precinct,registered,ballots_cast,turnout
0714,2841,1502,52.9%
0715,3012,1288,42.8%
0716,1977,1133,57.3%
%%
python: pd.read_csv("https://data.fairview.gov/resource/abcd-1234.csv?$limit=200000", parse_dates=["created_date"])
%%
SELECT * WHERE upper(description) LIKE '%SINKHOLE%' OR upper(description) LIKE '%CAVE-IN%'
%%
Note for the data team: the "ward" column switched from 1-7 to "W1".."W7" in Jan 2024 — queries with ward = 4 return nothing after that.
%%
GET https://data.fairview.gov/resource/lib-circ.json?branch=Eastside&$where=month>='2023-07'
%%
SELECT zoning, sum(units_proposed) AS units FROM housing_pipeline WHERE status <> 'Withdrawn' GROUP BY zoning;
%%
&$where=date > '2024-01-01' -- don't forget the T00:00:00 or it errors on floating timestamps
%%
api_key stays in the header, not the URL: -H "X-App-Token: YOUR_APP_TOKEN"
%%
$select=location, count(*) AS n&$where=complaint_type='Graffiti'&$group=location&$having=n>5
%%
permit_no;address;valuation;issued
B23-04417;"415 Main St";1250000;2023-11-02
B24-00102;"88 Industrial Pkwy";48000;2024-01-09
%%
SELECT t.route, avg(t.ridership) FROM transit_daily t WHERE t.route IN ('7', '12', '22') AND t.service_date >= date '2024-01-01' GROUP BY 1 ORDER BY 2 DESC;
%%
Is there a dataset of polling place locations by precinct (lat/lon)? I only found the PDF list.
%%
awk -F, 'NR>1 && $4=="Open" {c[$2]++} END {for (w in c) print w, c[w]}' sr_2024.csv
%%
$where=NOT (status='Closed' OR status='Duplicate')&$order=created_date ASC&$limit=100
%%
https://data.fairview.gov/api/v3/views/abcd-1234/query.json?query=SELECT%20ward%2C%20count(*)%20GROUP%20BY%20ward
%%
SELECT geom FROM parcels WHERE ST_Intersects(geom, ST_Buffer(ST_SetSRID(ST_MakePoint(-122.27, 37.80), 4326)::geography, 500)::geometry)
%%
Got 0 rows: $where=address='1207 W. Union Blvd' — addresses have double spaces in the source, try $where=address like '%UNION BLVD%'
%%
Field "days_open" = closed_date - created_date; for open requests it's computed vs. now(), so it changes every day (not a bug).
%%
SELECT category, percentile_cont(0.5) WITHIN GROUP (ORDER BY days_open) FROM sr GROUP BY category;
%%
Dataset request: could you publish the tree inventory with species & DBH? The map viewer has it but there's no export / API endpoint.
""")

OD_COLS = ["complaint_type", "status", "ward", "permit_type", "zoning", "branch", "precinct", "route"]
OD_VALS = {"complaint_type": ["'Pothole'", "'Noise - Residential'", "'Graffiti'"], "status": ["'Open'", "'Closed'"],
           "ward": ["'4'", "'W3'"], "permit_type": ["'ADU'", "'Solar'"], "zoning": ["'R-2'", "'MU-3'"],
           "branch": ["'Eastside'", "'Central'"], "precinct": ["'0714'", "'0022'"], "route": ["'22'", "'7'"]}
OD_DATASETS = ["abcd-1234", "xyz9-8765", "lib-circ", "elec-2024", "prmt-2023", "trees-01"]


def gen_opendata_query(rng):
    kind = rng.randint(0, 2)
    col = rng.choice(OD_COLS)
    if kind == 0:
        return "$where={} = {} AND created_date >= '{}-{:02d}-01T00:00:00'&$limit={}".format(
            col, rng.choice(OD_VALS[col]), rng.randint(2019, 2024), rng.randint(1, 12), rng.choice([100, 1000, 5000, 50000]))
    if kind == 1:
        return "https://data.fairview.gov/resource/{}.json?$select={},count(*)&$group={}&$order=count(*) DESC".format(
            rng.choice(OD_DATASETS), col, col)
    return "SELECT {}, count(*) AS n WHERE {} IS NOT NULL GROUP BY {} ORDER BY n DESC LIMIT {}".format(
        col, col, col, rng.randint(5, 50))


# ---------------------------------------------------------------------------
# 10. Multilingual notices and election / polling-place notes
# ---------------------------------------------------------------------------
NOTICE_MULTILINGUAL = block(r"""
AVISO: El lugar de votación del Precinto 14 se trasladó a la Biblioteca Central (Sala B), 300 Calle Mayor. Horario: 7:00–20:00.
%%
通知：第14选区投票站已迁至中央图书馆B室。投票时间：上午7点至晚上8点。
%%
Thông báo: Điểm bỏ phiếu Khu vực 14 đã chuyển đến Thư viện Trung tâm (Phòng B), 300 Main St. Giờ mở cửa: 7 giờ sáng – 8 giờ tối.
%%
안내: 14 선거구 투표소가 중앙도서관 B실로 이전되었습니다. 투표 시간: 오전 7시 ~ 오후 8시.
%%
إشعار: تم نقل مركز الاقتراع للدائرة 14 إلى المكتبة المركزية (القاعة ب). ساعات التصويت: 7 صباحًا – 8 مساءً.
%%
Polling place note: ramp at the east door is the accessible entrance; curbside voting available — call (555) 010-4477 when you arrive.
%%
Boil-water advisory lifted for zones 3 & 4 as of 06/12 14:00. Flush taps 5 min before use.
%%
Ballot drop box at City Hall closes 8:00 p.m. SHARP on Election Day — ballots placed in the box after 8:00 are late.
%%
Street sweeping: no parking 2nd & 4th Tuesday 8am–10am (odd side) / Wednesday (even side). Vehicles will be towed.
%%
Уведомление: с 1 июля вывоз мусора в вашем районе переносится на вторник.
%%
Avis : collecte des encombrants le 3e jeudi du mois ; déposez vos objets la veille après 18 h.
%%
Hinweis: Das Bürgeramt bleibt am 3. Oktober (Tag der Deutschen Einheit) geschlossen.
%%
Paunawa: Ang lugar ng botohan ng Presinto 14 ay inilipat sa Central Library (Silid B). Bukas mula 7:00 n.u. hanggang 8:00 n.g.
%%
Poll worker note: voter at 10:42 had a name mismatch (maiden/married); issued provisional ballot per § 3-116, envelope #P-0042.
%%
Precinct 7 — machine #3 jammed at 2:15pm; ballots placed in the emergency bin (aux. slot), sealed w/ seal #004471.
%%
お知らせ：7月1日から、ごみの収集日が火曜日に変わります。
%%
Aviso: A Prefeitura informa que a vacinação contra a gripe acontece no posto de saúde da Rua 5, de segunda a sexta, das 8h às 17h.
%%
Avi: Biwo vòt Distri 14 la deplase nan Bibliyotèk Santral la (Sal B). Lè: 7è nan maten rive 8è nan aswè.
%%
Ogeysiis: Goobta codbixinta ee Degmada 14 waxay u guurtay Maktabadda Dhexe (Qolka B).
%%
सूचना: मतदान केंद्र (प्रीसिंक्ट 14) अब सेंट्रल लाइब्रेरी के कमरा B में है। मतदान का समय: सुबह 7 बजे से रात 8 बजे तक।
%%
Ogłoszenie: od 1 lipca odbiór śmieci w Twojej okolicy odbywa się we wtorki.
%%
Оголошення: виборча дільниця № 14 переїхала до Центральної бібліотеки (зала B).
%%
הודעה: קלפי מס' 14 הועברה לספרייה המרכזית (חדר B). שעות ההצבעה: 7:00–20:00.
%%
اطلاعیه: محل رأی‌گیری حوزه ۱۴ به کتابخانه مرکزی (سالن B) منتقل شد.
%%
Ծանուցում՝ 14-րդ տեղամասի ընտրատեղամասը տեղափոխվել է Կենտրոնական գրադարան (B սրահ)։
%%
ប្រកាស៖ កន្លែងបោះឆ្នោតមណ្ឌល ១៤ បានផ្លាស់ទៅបណ្ណាល័យកណ្តាល (បន្ទប់ B)។
%%
ਸੂਚਨਾ: ਪ੍ਰੀਸਿੰਕਟ 14 ਦਾ ਵੋਟਿੰਗ ਸਥਾਨ ਹੁਣ ਸੈਂਟਰਲ ਲਾਇਬ੍ਰੇਰੀ (ਕਮਰਾ B) ਵਿੱਚ ਹੈ।
%%
اطلاع: پولنگ اسٹیشن (حلقہ 14) اب سینٹرل لائبریری کے کمرہ B میں ہے۔
%%
ማስታወቂያ፦ የ14ኛ ምርጫ ጣቢያ ወደ ማዕከላዊ ቤተ መጻሕፍት (ክፍል B) ተዛውሯል።
%%
Poll worker log, Precinct 22:
06:45 opened, seals #A-1187/#A-1188 intact
09:10 printer paper jam, cleared
13:30 voter requested Spanish ballot — provided
20:00 closed; 611 ballots in box, 14 provisional
%%
Election Day reminder: if you're in line by 8:00 p.m., you can vote. Don't leave the line!
%%
Notice of Public Hearing: The Planning Commission will consider CUP-24-0091 (415 Main St) on 6/20 at 6:00 p.m. in Council Chambers, 1 City Hall Plaza. Written comments due by 5:00 p.m. on 6/19.
%%
Aviso de audiencia pública: La Comisión de Planificación considerará el permiso CUP-24-0091 (415 Main St) el 20 de junio a las 6:00 p.m. Los comentarios escritos deben recibirse antes de las 5:00 p.m. del 19 de junio.
%%
Road closure: Union St between 1st & 3rd closed Sat 6am – Sun 11pm for the Night Market. Detour via Pine → 4th → Center.
%%
Cierre de calle: La calle Union entre la 1ra y la 3ra estará cerrada el sábado de 6 a.m. al domingo 11 p.m. Desvío por Pine → 4ta → Center.
%%
Heat advisory: cooling centers open 10am–8pm at the Central Library, Eastside Community Center & Senior Center (pets allowed on leash at Eastside only).
%%
Alerta de calor: Centros de enfriamiento abiertos de 10 a.m. a 8 p.m. — Biblioteca Central, Centro Comunitario Eastside y Centro para Personas Mayores.
%%
Voter notice: the sample ballot mailed on 10/3 had a misprint in Measure T's title ("shall" printed as "shall not"). The official ballot is correct. See the corrected text at the Elections Office.
%%
Poll worker note: the ADA ballot marking device at Precinct 9 wouldn't boot (error "E-07"); tech arrived 11:20, swapped unit #BMD-0331. Down ~2 hrs; 3 voters offered paper.
%%
Hydrant flushing in Zone 5 the week of 4/8 — water may look cloudy or rusty; run cold water for a few minutes until clear. Do NOT do laundry until it runs clear.
%%
Trash/recycling pickup delayed 1 day the week of July 4th (Thu → Fri, Fri → Sat).
%%
Thông báo: Thu gom rác trễ 1 ngày trong tuần lễ 4 tháng 7 (thứ Năm → thứ Sáu).
%%
投票提醒：如果您在晚上8点前已在排队，您仍然可以投票，请不要离开队伍！
%%
Avis aux électeurs : les bureaux de vote sont ouverts de 7 h à 20 h. Apportez une pièce d'identité avec photo.
%%
Tenants' rights notice (posted per § 8.22.100): Your rent cannot be increased more than 5% + CPI (max 10%) in any 12-month period. Questions? Call the Rent Program at (555) 010-7368 — interpreters available.
%%
Aviso de derechos de inquilinos: Su renta no puede aumentar más del 5% + IPC (máximo 10%) en un período de 12 meses.
%%
Library closure: all branches closed Mon 5/27 (Memorial Day). Book drops stay open; no fines accrue.
%%
Warning — Lake Fairview beach: high bacteria levels (E. coli > 235 CFU/100 mL). Swimming not advised until further notice.
%%
Precinct 14 note to supervisor: 2 voters said their registration showed the old polling place (Lincoln Elem.). Directed them to the Library; posted a sign on the school door.
""")

NT_TEMPLATES = [
    ("en", "Notice: Precinct {p} polling place has moved to {place}. Hours: 7 a.m.–8 p.m."),
    ("es", "Aviso: El lugar de votación del Precinto {p} se trasladó a {place}. Horario: 7:00–20:00."),
    ("vi", "Thông báo: Điểm bỏ phiếu Khu vực {p} đã chuyển đến {place}."),
    ("zh", "通知：第{p}选区投票站已迁至{place}。"),
    ("ko", "안내: {p} 선거구 투표소가 {place}(으)로 이전되었습니다."),
    ("tl", "Paunawa: Ang lugar ng botohan ng Presinto {p} ay inilipat sa {place}."),
    ("fr", "Avis : le bureau de vote de la section {p} a déménagé à {place}."),
]
NT_PLACES = ["Central Library (Room B)", "Eastside Community Center", "Lincoln Elementary (gym)",
             "Fire Station 3", "St. Mark's Parish Hall", "Senior Center, 22 Oak Ave", "Fairview High (cafeteria)"]


def gen_notice_multilingual(rng):
    _, tmpl = rng.choice(NT_TEMPLATES)
    return tmpl.format(p=rng.randint(1, 60), place=rng.choice(NT_PLACES))


# ---------------------------------------------------------------------------
CATEGORIES = [
    ("service_request", SERVICE_REQUEST, gen_service_request),
    ("permit_description", PERMIT_DESCRIPTION, gen_permit_description),
    ("public_comment", PUBLIC_COMMENT, gen_public_comment),
    ("council_minutes", COUNCIL_MINUTES, gen_council_minutes),
    ("records_request", RECORDS_REQUEST, gen_records_request),
    ("court_filing", COURT_FILING, gen_court_filing),
    ("library_search", LIBRARY_SEARCH, gen_library_search),
    ("benefits_answer", BENEFITS_ANSWER, gen_benefits_answer),
    ("opendata_query", OPENDATA_QUERY, gen_opendata_query),
    ("notice_multilingual", NOTICE_MULTILINGUAL, gen_notice_multilingual),
]


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    stats = []
    for name, literals, gen in CATEGORIES:
        values = []
        for v in literals:
            if v in seen:
                raise SystemExit("duplicate literal in {}: {!r}".format(name, v))
            seen.add(v)
            values.append(v)
        n_lit = len(values)
        if n_lit > PER_CATEGORY:
            raise SystemExit("too many literals in {}: {}".format(name, n_lit))
        tries = 0
        while len(values) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit("template pool too small for " + name)
            v = gen(rng)
            if v in seen:
                continue
            seen.add(v)
            values.append(v)
        if n_lit < 0.55 * PER_CATEGORY:
            raise SystemExit("{}: only {} literals".format(name, n_lit))
        stats.append((name, len(values), n_lit))
        for v in values:
            rows.append({"category": name, "label": "benign", "value": v})

    out = []
    for i, r in enumerate(rows, 1):
        v = r["value"]
        assert isinstance(v, str) and v and len(v) <= 1800, v[:60]
        out.append({"id": "{}-{:05d}".format(PREFIX, i), "category": r["category"], "label": "benign", "value": v})
    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    total_lit = 0
    for name, n, n_lit in stats:
        total_lit += n_lit
        print("{:22s} {:4d}  (literals {:3d})".format(name, n, n_lit))
    print("{:22s} {:4d}  (literals {:3d})".format("TOTAL", len(out), total_lit))


if __name__ == "__main__":
    main()
