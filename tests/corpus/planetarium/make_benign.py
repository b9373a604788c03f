#!/usr/bin/env python3
"""Benign corpus for the planetarium / science-center API (held out, hand-written).

Standard library only. Writes benign.jsonl next to this file.
10 categories x 80 values; each category has >= 50 hand-written literals and
the rest come from ONE small template over hand-written pools.
"""
import json
import os
import random

SEED = 19301
PREFIX = "hbgb"
PER_CAT = 80

rng = random.Random(SEED)

CATS = []  # (name, literals, template_fn)

# ---------------------------------------------------------------- show_schedule
show_lit = [
    "Cosmic Collisions",
    "Black Holes: Journey into the Unknown — 14:30, Main Dome",
    "Tonight's Sky (live, presenter: Marguerite O'Connell)",
    "Please move the 11:00 “Dynamic Earth” to the small dome, the fulldome server in Dome A is down until Thursday.",
    "Show runs 38 min; doors open 10 min before. No late entry once the lights go down.",
    "Sensory-friendly showing: house lights at 30%, audio −6 dB, no rumble seats.",
    "Sat 09:30 Little Star Explorers (ages 3–6) | 11:00 Planets Up Close | 13:00 Laser Floyd",
    "Drop the order by popularity and sort by start time instead, the kiosks look confusing.",
    "Union Station Astronomy Club private screening — 19:00–20:30",
    "Solar eclipse rehearsal, select seats only (rows A–D reserved for VIP donors)",
    "Sleep under the stars overnight event: show at 21:00, lights out 23:00, breakfast 07:30",
    "“Hubble Vision” subtitles: EN, ES, FR; audio description track on channel 2",
    "Live narration script v3 – replace ‘Andromeda is 2.5 million ly away’ with 2.537 Mly",
    "Matinée — Les aurores boréales (version française)",
    "Show length > 45 min needs an intermission flag",
    "12/24 no shows; 12/25 closed; 12/26 back to the holiday schedule",
    "Planetarium show: Dark Universe. Narrated by Neil deGrasse Tyson. Rating: all ages",
    "Add a 16:15 slot on weekdays when school groups < 3",
    "Tickets: adult $12, child $8, member $0 — show price as “free for members”",
    "Perseids night: outdoor viewing after the 22:00 show, weather permitting ☁️",
    "We’re swapping the 15:00 Mars show for the new JWST one starting 4 March",
    "Projector drift noticed during the last show at 20:00 — see maintenance log",
    "Dome B capacity 78 seats; wheelchair spaces 4; companion seats 4",
    "Q&A after the show with Dr. Aditi Ramaswamy (exoplanets)",
    "星空のしくみ — 日本語ナレーション付き上映 15:00",
    "Noche de estrellas: función en español a las 18:00",
    "Sternenhimmel im Frühling – 16:00 Uhr, Kuppel 1",
    "Звёздное небо над городом — сеанс в 17:30",
    "Live show — \"What's Up Tonight?\" — presenter picks constellations from audience requests",
    "Rooftop telescopes open 20:00–22:30 if seeing ≥ 3/5",
    "Night at the Museum: drop-in, no booking needed; last entry 21:45",
    "Swap trailers: play the 'Totality' trailer first, then the membership promo",
    "Calendar export: shows_2025-Q2.ics",
    "Private hire — Chen & Okafor wedding, dome rented 18:00-22:00, custom starfield with their birth-date sky",
    "Summer camp morning show @ 09:15 — skip pre-show ads",
    "Saturday 2pm show sold out; waitlist open",
    "Cancel the 10:30 on 3/14, it’s Pi Day and we have the math assembly",
    "Can we run Laser Zeppelin & Laser Queen back to back on Fridays?",
    "Show ID SH-2041, runtime 00:42:10, rating G",
    "Late-night ‘Chill under the Dome’ — ambient music, no narration, 21+",
    "Autumn equinox special: sunrise/sunset azimuths explained",
    "Sold-out notice: 'Sorry — this show is full. Try the 16:00!'",
    "Moon phase talk moved from Dome A -> Dome B",
    "Double-check the timing: Jupiter rises ~19:40, so start the telescope session at 20:00",
    "Timetable:\n09:30 Stars & Stories\n11:00 Solar System Tour\n13:30 Dark Universe\n15:00 Tonight's Sky",
    "Kids under 2 sit on a lap, no ticket required",
    "Replace ‘dwarf planet’ wording in Pluto segment per the education team",
    "From Earth to the Universe (ESO) – 4K fulldome, 31 min",
    "Shows → Weekend → Family",
    "Audio: 5.1 surround; subwoofer at -3dB for the rocket launch scene",
    "Reminder that the 'Select a show' dropdown should default to today",
    "Caption file for \"Seasons of Light\" is out of sync by ~2s after minute 18",
]
show_pool_show = ["Cosmic Collisions", "Tonight's Sky", "Dark Universe", "Solar System Odyssey",
                  "Little Star Explorers", "Laser Floyd", "Seasons of Light", "Totality",
                  "Journey to the Edge of Time", "One World, One Sky"]
show_pool_time = ["09:30", "10:45", "11:00", "12:15", "13:30", "14:30", "15:00", "16:15", "19:00", "20:30"]
show_pool_dome = ["Main Dome", "Dome A", "Dome B", "Small Dome", "Digital Theater"]
show_pool_note = ["sold out", "members' preview", "sensory-friendly", "captions on", "presenter live",
                  "school groups only", "Spanish narration", "new print", "waitlist open", "ASL interpreter"]


def show_tpl(r):
    return "%s — %s, %s (%s)" % (r.choice(show_pool_show), r.choice(show_pool_time),
                                 r.choice(show_pool_dome), r.choice(show_pool_note))


CATS.append(("show_schedule", show_lit, show_tpl))

# ---------------------------------------------------------------- school_booking
book_lit = [
    "Grade 4, 28 students + 4 chaperones, arriving by bus around 9:15",
    "St. Mary's Primary — Mrs. O'Brien's class",
    "We have two students in wheelchairs and one with a hearing aid loop requirement.",
    "Please invoice the district, PO #4471-22. Contact: accounts@lakeview-schools.org",
    "Can we drop the lunch option? Kids will bring packed lunches.",
    "Our group is 3rd & 4th grade combined; can the show be suitable for both?",
    "Teacher: Ms. Nguyễn Thị Hoa, phone 555-0142",
    "Lycée Jean-Moulin, classe de seconde, 32 élèves",
    "Colegio San José — 45 alumnos, 5 profesores; llegada 10:00",
    "Grundschule am Park, Klasse 3b, 24 Kinder",
    "We're a homeschool co-op; ages range 5–14 so please select the family show.",
    "Allergy note: one student has a severe nut allergy — no snacks in the gift bag please",
    "Bus drop-off at the north entrance; is there parking for a coach > 12 m?",
    "Need the booking confirmation as PDF; our office can't open .ics files.",
    "Students will be split into groups A/B/C for the workshop rotation",
    "Union Elementary School, Room 12",
    "Order of activities: show first, then the meteorite lab, then lunch",
    "Payment on the day by school cheque; made out to “City Science Center”",
    "Curriculum link: NGSS 5-ESS1-2 (patterns of shadows, day/night, seasons)",
    "Group leader mobile +44 7700 900123 (only on the day)",
    "Could we get the “Moon Phases” workshop instead of “Rockets”? Thanks!",
    "Number of students: 60 (two classes of 30)",
    "Three kids are autistic, a quiet room would help if possible.",
    "Cancel booking SG-2211 — snow day, will rebook in February",
    "We'd like to sleep over (overnight camp-in) on 21 March if any dates are left.",
    "Our school is in a low-income district; do you have the fee waiver program still?",
    "Arrival 9:30 -> show 10:00 -> workshop 11:00 -> depart 12:30",
    "Year 9 physics, topic: the electromagnetic spectrum & telescopes",
    "Teachers: J. D'Souza, K. Müller, P. Ó Súilleabháin",
    "Hi! Last year the kids loved the 'Drop Zone' egg-drop activity — is it still running?",
    "Special ed class of 8 with 8 aides; please seat us near the exit",
    "Kindly send the risk assessment form to head@greenfield.sch.uk",
    "Bringing our own telescopes (2x Dobsonian 8\") for the evening session — ok?",
    "School address: 14 Harbour Rd, Unit 3/2, Fremantle WA 6160",
    "We need a bilingual guide: English/Arabic. شكراً",
    "高校1年生 40名、引率3名。午前中の上映を希望します。",
    "Chaperone ratio is 1:8 per our district policy",
    "Please confirm the total: 28 x $6 + 4 x $0 = $168?",
    "Students should NOT be photographed — no media consent for 3 of them",
    "Field trip form attached: FieldTrip_Apr_Gr5.docx",
    "Is the show OK for kids who get motion sick? Some of ours do.",
    "Preferred date: Tue 14 May; backup: Thu 16 May",
    "Group name: Little Astronauts Nursery",
    "Our bus company is “Sunrise Coaches”, driver will wait in the lot",
    "Scout troop 214 — working on the Astronomy badge, 18 scouts",
    "Pre-visit lesson done: kids built a scale model of the solar system (1 AU = 10 m)",
    "We'll be 15 min late (traffic on the I-90), sorry!",
    "Please don't select the laser show, some parents complained about volume last time",
    "Could the educator explain why Pluto was reclassified? It came up in class.",
    "Quote requested for 120 students across 3 days; budget ≤ $1,500",
    "Wheelchair spaces needed: 2; service dog: 1 (golden retriever, Bella)",
    "Total students – 26; teachers – 2; parent volunteers – 3",
]
book_pool_school = ["Riverside Elementary", "Hillcrest Middle School", "St. Anne's Primary",
                    "Escuela Benito Juárez", "Oakwood Academy", "École Sainte-Marie",
                    "Northgate High", "Maple Grove Montessori"]
book_pool_grade = ["K", "1st grade", "2nd grade", "Year 4", "Grade 6", "Year 8", "Grade 10", "mixed ages"]
book_pool_req = ["needs wheelchair access", "bringing packed lunches", "prefers morning show",
                 "wants the Moon Phases workshop", "arrives by coach", "has 2 ESL learners",
                 "will pay by PO", "asks for a quiet room"]


def book_tpl(r):
    return "%s, %s, %d students — %s" % (r.choice(book_pool_school), r.choice(book_pool_grade),
                                         r.randint(12, 64), r.choice(book_pool_req))


CATS.append(("school_booking", book_lit, book_tpl))

# ---------------------------------------------------------------- projector_log
proj_lit = [
    "Lamp hours 1840/2000 — order replacement xenon bulb",
    "Star ball motor noisy at low speed; lubricated main bearing, recheck next week",
    "Fulldome cluster node 3 rebooted after GPU fan fail (RTX A6000)",
    "Calibration: ran auto-blend, edge overlap 18%, black level raised to 2",
    "Ran `systemctl restart domeplayer` on render-03 — playback resumed after 40 s",
    "Cleaned lens with isopropyl + microfibre; do NOT use compressed air near the fiber optics",
    "Log: 2025-03-02 09:12 startup OK; 09:14 warning: fan2 rpm < 1500; 09:20 OK",
    "Replaced HDMI extender between rack B and projector 4; picture flicker gone",
    "Config file at /opt/domeplayer/conf/blend.ini — backed up as blend.ini.bak before editing",
    "Drive D:\\Shows\\2025\\DarkUniverse_4k\\ is at 92% — archive old shows",
    "Milky Way projector dim — LED board #2 has 3 dead segments",
    "Firmware 4.2.1 -> 4.3.0 on all 6 projectors; release notes say fixes the color shift",
    "Planet projector for Saturn sticking at 0°; drive belt worn, replaced",
    "tail -f /var/log/domeplayer.log | grep ERROR shows nothing since the restart",
    "Night check: all 5 projectors off, dome lights on standby, HVAC set to 19°C",
    "Color temp drift: P1 6500K, P2 6320K, P3 6480K — re-run color match",
    "Noise in audio chain traced to a ground loop; added isolator on the amp input",
    "Ticket for vendor: star-field pinholes clogged with dust, needs deep clean (annual)",
    "Warm-up 15 min before first show; shut down only after fans stop (~5 min)",
    "Rsync of show files finished: 412 GB in 3h12m; checksums OK",
    "Meridian motor limit switch triggered twice — cause: cable snag behind the cove",
    "Power cut 14:02–14:09; UPS held; projectors needed manual restart",
    "Filter cleaned on P2 & P5; next due in 250 h",
    "Kernel update pending on render nodes — schedule for Monday when no shows",
    "Software: Digistar 7 / OpenSpace 0.19 — sync OK with timecode",
    "Backup script ran: `./backup_shows.sh --dest /mnt/nas/shows && echo done`",
    "Warning in log: \"frame drop > 3 in 60 s\" on node 5, probably disk I/O",
    "Changed the union of the two blend masks so the seam near the north horizon is softer",
    "Replaced fuse F3 (5A slow-blow) on the dimmer rack",
    "The old Zeiss star ball (1974) is now display-only in the lobby",
    "Projector #3 shutter stuck closed — manually opened, vendor ticket #ZS-88213",
    "Environment: 22°C, humidity 41%; dome paint still peeling at panel 17",
    "Ran drop test on the new mounting bracket, 3x load, no deformation",
    "Sleep mode timeout set to 30 min between shows to save lamp hours",
    "Access to the booth: code changed, ask the ops manager (don't write it here)",
    "Lasers: class 4 key switch left ON overnight!! Please turn the key & remove it",
    "Keystone off by 2 px on P4 after someone bumped the stand",
    "ERROR 0x80070005 on the show server when copying — fixed folder permissions",
    "Checked path C:\\ProgramData\\Evans & Sutherland\\Digistar\\ for logs, nothing unusual",
    "Cron on media server: 0 3 * * * /usr/local/bin/cleanup_tmp.sh",
    "Lamp replaced at 2003 h (rated 2000 h). New lamp serial LX-47101-B",
    "Dome speaker 7 crackling at > 80 dB; reseated connector",
    "Humidity alarm in projector room — dehumidifier tank full, emptied",
    "Stars twinkle effect too strong after update; set twinkle=0.35 in starfield.cfg",
    "Signed off by: Tomás Ruiz / checked by: Hannah Lee",
    "Sun projector intensity reduced to 60% per visitor complaint (too bright)",
    "Render node clock drift 1.3 s; enabled NTP against ntp.local",
    "ping 10.20.0.15 from control PC timed out — switch port 14 dead, moved to 15",
    "Inspected cove lighting: 4 DMX fixtures unresponsive, address conflict 001/001",
    "Maintenance window: Tue 07:00–09:00; no shows before 09:30",
    "Replaced the dome's IR emitter for the assisted listening system",
    "Vendor says: 'select Factory Reset from the OSD menu, then reload the profile'",
]
proj_pool_unit = ["P1", "P2", "P3", "P4", "P5", "P6", "star ball", "render node 2", "audio rack", "laser rig"]
proj_pool_action = ["cleaned filter", "replaced lamp", "re-aligned", "updated firmware", "reseated cables",
                    "ran color match", "checked fans", "tightened mount"]
proj_pool_state = ["OK", "needs follow-up", "vendor called", "parts ordered", "monitoring"]


def proj_tpl(r):
    return "%s: %s at %d h — %s" % (r.choice(proj_pool_unit), r.choice(proj_pool_action),
                                    r.randint(100, 2400), r.choice(proj_pool_state))


CATS.append(("projector_log", proj_lit, proj_tpl))

# ---------------------------------------------------------------- membership
mem_lit = [
    "Renew my family membership please — same card as last year",
    "Siobhán O'Sullivan-Murphy",
    "Jean-Luc D'Amboise",
    "renewals@example.org",
    "Please update my e-mail to kate.o'neil+planetarium@mail.example.com",
    "Upgrade from Individual to Dual (my partner: Sam Kowalski)",
    "Why was I charged twice?? Order #M-55102 and #M-55103, same amount $85.00",
    "Gift membership for my niece — send the card to her, not me: 12 Elm St, Apt 4B",
    "Auto-renew: OFF",
    "I'm a teacher; does the educator discount apply to the Family+ tier?",
    "Name on card: José Ñúñez García",
    "Address change: 221B Baker Street, London NW1 6XE",
    "Dr. Amara Okonkwo-Bell, PhD",
    "Cancel my membership — moving abroad. Thanks for years of great shows!",
    "Member since 1998; can I get the ‘Founding Friend’ badge?",
    "My card says expires 03/25 but the app says 02/25 — which one is right?",
    "Please select the Stargazer level (the one with free telescope nights)",
    "Family: 2 adults + 3 kids (ages 4, 7, 12)",
    "Member number: 0045-7781-22",
    "Donation added: $50 toward the new projector fund 🌌",
    "Renewal note: paid by cash at the front desk, receipt 00981",
    "Employer match form from Acme Corp — sent to membership@",
    "The guest passes didn't arrive; I'd like 4 passes for the 12/28 visit",
    "My name has an apostrophe (D'Angelo) and the form keeps rejecting it",
    "王小明",
    "Müller-Lüdenscheidt, Hans-Jürgen",
    "Ólafur Þórðarson",
    "Łukasz Wiśniewski",
    "Please use my preferred name: Alex (they/them)",
    "Senior rate (65+) — DOB 1957-08-19",
    "Switch to paperless; no printed magazine please",
    "Reciprocal ASTC passport — does it cover the Science Museum in Oslo?",
    "Renew for 2 years if there's a discount, otherwise 1",
    "Member portal password reset link expired; please resend",
    "Card lost — need replacement, name: Priya Venkataraman",
    "Corporate membership, 25 employees, invoice to finance@northwind.example",
    "Tier: Supernova ($250/yr) → Galaxy ($500/yr)",
    "I DROPPED my card in the parking lot, can you freeze it?",
    "Pay via bank transfer; IBAN on file ends in …4411",
    "Please don't call — email only, I work nights",
    "Emergency contact: Maria (wife) 555-0199",
    "Membership for my dad as a 70th birthday gift; start date = his birthday, 5 June",
    "Can I add my nanny as a named caregiver? Name: Fatima Al-Rashid",
    "Renewal reminder came in Spanish; I'd prefer English please",
    "Préférence de langue : français",
    "会员续费，请寄发票到公司",
    "Is the 10% shop discount applied automatically or do I show my card?",
    "I'm a student at UW — student rate? ID attached (student_id.jpg)",
    "Membership type = “Dual”; duration = 12 months; renewal = automatic",
    "Address line 2: c/o The O'Reilly Family, Flat 3",
    "Hi, last year’s renewal gave me 13 months instead of 12; just flagging, no action needed 🙂",
    "Tax receipt for the 2024 donation portion please",
]
mem_pool_first = ["Anna", "Rahul", "Chloé", "Kwame", "Yuki", "Seán", "Lucía", "Oren", "Mei", "Björn"]
mem_pool_last = ["O'Hara", "Patel", "Lefèvre", "Mensah", "Tanaka", "Ní Bhriain", "Fernández", "Levi",
                 "Zhang", "Åkesson"]
mem_pool_tier = ["Individual", "Dual", "Family", "Family+", "Stargazer", "Supernova", "Educator"]


def mem_tpl(r):
    return "%s %s — renew %s, %d year(s)" % (r.choice(mem_pool_first), r.choice(mem_pool_last),
                                            r.choice(mem_pool_tier), r.choice([1, 2, 3]))


CATS.append(("membership", mem_lit, mem_tpl))

# ---------------------------------------------------------------- giftshop
shop_lit = [
    "Glow-in-the-dark star stickers (pack of 200)",
    "Astronaut ice cream — strawberry, freeze-dried, 21 g",
    "Moon lamp 15 cm, USB rechargeable, 16 colours",
    "T-shirt “I need my space” — sizes XS–3XL",
    "Restock: meteorite fragments (NWA 869), 5–10 g, certificate included",
    "Telescope Celestron FirstScope 76 mm — only 2 left!",
    "SKU GS-0419 | Solar System mug | qty 34 | $14.99",
    "Children's book: \"There's No Place Like Space\" (Dr. Seuss Learning Library)",
    "Drop the price of the old 2023 calendars to $3",
    "Planisphere 40°N — laminated, English & Spanish",
    "Order by Friday for Christmas delivery",
    "Item: Saturn keyring; supplier: Cosmic Trinkets Ltd; lead time 3–4 weeks",
    "Eclipse glasses ISO 12312-2 certified — DO NOT sell uncertified stock",
    "Inventory count: 2025-01-31; shrinkage 1.2%",
    "Plush toy: Laika the space dog 🐕",
    "Customer asked for the 1:48 Saturn V model kit — out of stock, reorder?",
    "Price < $5 items go in the kids' bin by the till",
    "Bundle: poster + mug + stickers = $25 (save $6)",
    "Postcards: Pillars of Creation, Carina Nebula, Pale Blue Dot — 10 of each",
    "Import file: shop_inventory_2025-02.csv",
    "Columns: sku;name;qty;price — separator is semicolon",
    "Returned item — wrong size hoodie (M → L), exchange done",
    "NASA meatball cap — licensing OK until 12/2026",
    "Space pen (writes upside down), boxed",
    "Star projector night light, requires 3x AAA (not included)",
    "Rock & mineral kit: 15 specimens incl. pyrite, obsidian, quartz",
    "Discount code for members: applied at POS automatically",
    "Mars rover LEGO set 42158 — limit 1 per customer",
    "Postcard rack near the exit is broken; moved cards to the counter",
    "Puzzle 1000 pc “Night Sky over Mauna Kea”",
    "Vendor invoice INV-2025-0033 shows 48 units but we received 36",
    "Selling fast: Artemis II mission patches",
    "Sleep mask with constellation print — customers keep asking",
    "Children's kaleidoscope, glass — keep behind counter (fragile)",
    "Book: Cosmos by Carl Sagan, paperback, ISBN 978-0-345-53943-4",
    "Shelf tag typo: ‘Jupitor’ → ‘Jupiter’",
    "Gift cards $10/$25/$50/$100",
    "Margin check: cost $4.20, retail $12.00 → 65%",
    "Clearance: Pluto ‘Never Forget’ shirts, 50% off",
    "Star chart poster A1 (594 × 841 mm)",
    "Magnetic planet set for fridges",
    "Ask supplier if the “galaxy” socks are organic cotton",
    "Weekend sales: Sat $3,412 | Sun $2,980",
    "Puzzle box damaged in shipping; write off 3 units",
    "Solar-powered dancing alien toy (batteries not needed)",
    "Carte du ciel — édition 2025",
    "Sternkarte drehbar, Ø 30 cm",
    "宇宙食 — 日本からの輸入品",
    "Freeze-dried Neapolitan sold out again; order 3 cases",
    "Kids' astronaut costume, ages 4–6 & 7–9",
    "Space blanket (mylar), 210 × 160 cm",
    "Re-order point for mugs = 10; current qty = 8",
]
shop_pool_item = ["moon lamp", "star stickers", "planet mug", "astronaut plush", "meteorite pendant",
                  "planisphere", "Saturn keyring", "galaxy socks", "rocket kit", "eclipse glasses"]
shop_pool_note = ["restock", "on sale", "low stock", "discontinued", "back-ordered", "new arrival"]


def shop_tpl(r):
    return "GS-%04d %s — qty %d, $%d.%02d (%s)" % (r.randint(1, 999), r.choice(shop_pool_item),
                                                   r.randint(0, 120), r.randint(2, 89),
                                                   r.choice([0, 49, 95, 99]), r.choice(shop_pool_note))


CATS.append(("giftshop", shop_lit, shop_tpl))

# ---------------------------------------------------------------- exhibit_ticket
exh_lit = [
    "Foucault pendulum ring stopped — electromagnet coil not firing",
    "Touchscreen at 'Weigh yourself on Mars' is frozen on the boot logo",
    "Kids pulled the button off the 'Make a crater' sandpit again",
    "Gravity well: coin funnel has a crack near the rim (sharp edge!) — cordoned off",
    "Meteorite touch table: sign says 4.5 billion yrs, should be ~4.56 billion",
    "Exhibit \"Light & Color\" prism lamp bulb blown",
    "Spectroscope eyepiece missing; replaced with spare from storage room B",
    "Water leaking under the cloud chamber; dry ice delivery was late",
    "Kiosk shows a Windows update prompt in the middle of the gallery 🙄",
    "Moon rock case alarm triggered at 11:42, no tampering found",
    "Audio guide stop #14 plays stop #15's track",
    "Label text needs fixing: 'it's' → 'its' in the Venus panel",
    "Replace the 'Out of order' sign with a proper laminated one",
    "Interactive 'Build a galaxy' app crashes when > 20 stars are added",
    "Wall map of the Moon: the Apollo 15 landing site pin fell off",
    "Rocket launch demo air compressor is too loud (> 85 dB) — needs muffler",
    "Floor sticker 'Step here to see your shadow' peeling",
    "The 'Pale Blue Dot' panel is faded from sunlight; order UV film",
    "Ticket EX-312 reopened: the crank on the Orrery slips again",
    "Sleeping pod in the ISS mock-up has a torn velcro strap",
    "Drop box for feedback cards is full",
    "Path to the exhibit media: \\\\fileserver\\exhibits\\solar\\video\\loop_v2.mp4",
    "New loop video uploaded to /srv/exhibits/mars/loop_final_FINAL.mp4",
    "Please select a contractor from the approved list for the glass repair",
    "Thermal camera exhibit: image is mirrored, flip horizontally in settings",
    "Hand sanitizer dispenser at the entrance of 'Space Station' empty",
    "Vandalism: someone wrote on the Jupiter sphere with marker",
    "Seismograph plotter paper roll needs replacing (size 216 mm)",
    "Plasma ball flickers; possibly the transformer",
    "Tornado vortex fog machine out of fluid",
    "Union with facilities: they handle electrics, we handle content",
    "Priority: HIGH — safety issue (loose railing at the Mars diorama)",
    "Status: waiting on parts → ETA 2 weeks",
    "Bug: the quiz at the 'Exoplanets' kiosk always says 'Correct!' even for wrong answers",
    "Update the distance: Voyager 1 is now > 24 billion km from Earth",
    "Mirror maze: one panel cracked in the corner, taped for now",
    "Exhibit closed until Monday — sign posted in EN/ES/ZH",
    "The volume on the black-hole theatre loop is too low after 14:00 (auto schedule?)",
    "Kid got finger stuck in the gear demo — no injury, added a cover",
    "Magnet wall: 5 of the iron filings tubes leaking",
    "LED strip on the constellation ceiling partly dead (Orion's belt missing lol)",
    "Photo of the damage attached: IMG_2041.HEIC",
    "Kinetic sculpture 'Orbits' motor overheating; runs 30 min then stops",
    "Ticket duplicates EX-298; closing this one",
    "Estimated cost: parts $240 + labour 3h × $55",
    "Escape room 'Mission to Mars' door lock code resets randomly",
    "Braille labels missing on the new tactile Moon",
    "Visitor says the hologram of the Sun makes them dizzy — add warning sign?",
    "Lost & found: kid's blue jacket left at the weather station exhibit",
    "Reassigned from Tom to the AV team",
    "Exhibit 'Orion's Sword' spotlight points at the wall instead of the model",
    "Humidity in the meteorite case 58% (target 35–45%), silica gel replaced",
]
exh_pool_ex = ["Foucault pendulum", "Orrery", "cloud chamber", "Mars scale", "crater sandpit",
               "ISS mock-up", "tactile Moon", "plasma ball", "gravity well", "spectroscope bench"]
exh_pool_issue = ["not working", "loose part", "screen frozen", "sign faded", "making noise",
                  "needs cleaning", "sticky button", "light out"]
exh_pool_prio = ["low", "medium", "high"]


def exh_tpl(r):
    return "EX-%d %s: %s (priority %s)" % (r.randint(100, 999), r.choice(exh_pool_ex),
                                          r.choice(exh_pool_issue), r.choice(exh_pool_prio))


CATS.append(("exhibit_ticket", exh_lit, exh_tpl))

# ---------------------------------------------------------------- lesson_notes
les_lit = [
    "## Moon phases (Grade 3)\n1. Lamp = Sun, ball = Moon\n2. Students walk the ball around their head\n3. Draw what they see",
    "Learning objective: explain why we have seasons (axial tilt ≈ 23.4°), not distance from the Sun",
    "| Planet | Distance (AU) | Moons |\n|---|---|---|\n| Mars | 1.52 | 2 |\n| Jupiter | 5.20 | 95 |",
    "Remind kids: 1 light-year ≈ 9.46 × 10^12 km",
    "Formula on the board: F = G·m₁·m₂ / r²",
    "Activity: select 5 stars from the chart and rank them by apparent magnitude (lower = brighter!)",
    "Misconception: \"the Moon makes its own light\" — about half the class believed this",
    "Kepler's 3rd law: T² ∝ a³. Try with Earth (1 yr, 1 AU) and Mars (1.88 yr, 1.52 AU)",
    "Extension for fast finishers: why does Venus rotate backwards?",
    "Materials: flashlights, styrofoam balls, pencils, worksheet `moon_phases_v2.pdf`",
    "If time < 10 min, skip the quiz and do the exit ticket",
    "Python demo for Year 11: `for p in planets: print(p.name, p.period)` — keep it simple",
    "Discuss: is it ‘dwarf planet’ or ‘planet’? Let them debate, then reveal IAU 2006 definition",
    "Drop the star-wheel craft; took too long with the 1st graders",
    "Vocabulary: orbit, axis, rotation, revolution, eclipse, umbra, penumbra",
    "Teacher note: students can SLEEP in the dome during the overnight — bring mats",
    "Homework: observe the Moon for 7 nights, sketch the shape & note the time",
    "Use the H-R diagram: temperature on x-axis (hot → cold, left to right!)",
    "Spectroscopy lab: hydrogen lines at 656 nm (Hα), 486 nm (Hβ)",
    "Ask: what would happen if Earth had no Moon? → tides, axial stability",
    "Scale model: Sun = 1 m ball ⇒ Earth = 9 mm at 107 m",
    "Worksheet answer key: 1-b, 2-d, 3-a, 4-c, 5-true",
    "Lesson: “Where do elements come from?” — stellar nucleosynthesis, H → He → C, O … Fe",
    "Code club: `if altitude > 0 and azimuth < 180: print('visible in the east')`",
    "Extra: the order of the planets mnemonic — My Very Educated Mother Just Served Us Noodles",
    "Rubric: 4 = explains with evidence; 3 = correct but no evidence; 2 = partial; 1 = not yet",
    "Differentiation: provide sentence starters for EAL learners (Spanish/Arabic glossary)",
    "Notes for substitute: DO NOT let kids touch the laser pointer (class 3R)",
    "Stellarium setup: Location → Reykjavik, Date → 2024-03-24 22:00, turn on aurora",
    "Parallax demo: thumb at arm's length, close left eye then right eye",
    "Angle estimation: fist at arm's length ≈ 10°, pinky ≈ 1°",
    "Leçon : les phases de la Lune — vocabulaire : croissant, gibbeuse, premier quartier",
    "Unterrichtsnotiz: Klasse 7 — Sonnensystem im Maßstab auf dem Schulhof",
    "授業メモ：月の満ち欠けの実験、懐中電灯とボールを使う",
    "Quiz Q3: Which is bigger: a red giant or a white dwarf? (red giant)",
    "Black hole analogy: the trampoline with a bowling ball — mention its limits",
    "Remember to SELECT ‘Kids mode’ on the Digistar console before the school show",
    "Timing: intro 5' / demo 15' / hands-on 20' / wrap-up 5'",
    "Link for teachers: https://www.example.edu/astro/resources?grade=5&topic=moon",
    "Exit ticket: draw & label the 8 phases in order",
    "Inverse-square: double the distance → 1/4 the brightness",
    "Safety: NEVER look at the Sun through binoculars; use the solar filter or pinhole projector",
    "Class 5C: great questions about wormholes & time travel — follow up next time",
    "Light-speed delay: Earth → Mars radio = 3 to 22 min depending on positions",
    "Python: `mass_kg = 5.97e24  # Earth`",
    "Use `../images/orbit.png` in the slide deck; it's relative to the lessons folder",
    "Standards: NGSS MS-ESS1-1, MS-ESS1-3",
    "Tip: the Big Dipper's pointer stars → Polaris",
    "Why is the sky blue? Rayleigh scattering ∝ 1/λ⁴",
    "Students rated the lesson 4.6/5; most liked the 'human orbit' game",
    "Ask them to estimate: how many Earths fit in the Sun? (~1.3 million)",
    "> \"Somewhere, something incredible is waiting to be known.\" — Carl Sagan",
]
les_pool_topic = ["moon phases", "seasons", "eclipses", "constellations", "the life of stars",
                  "gravity", "the solar system", "light & spectra", "exoplanets", "rockets"]
les_pool_grade = ["K", "Grade 2", "Grade 4", "Year 6", "Grade 8", "Year 10", "AP Physics"]
les_pool_act = ["hands-on model", "dome demo", "worksheet", "group debate", "telescope session",
                "quiz", "craft activity"]


def les_tpl(r):
    return "Lesson: %s (%s) — %s, %d min" % (r.choice(les_pool_topic), r.choice(les_pool_grade),
                                            r.choice(les_pool_act), r.choice([20, 30, 45, 60]))


CATS.append(("lesson_notes", les_lit, les_tpl))

# ---------------------------------------------------------------- event_rsvp
rsvp_lit = [
    "Yes! 2 adults, 1 child",
    "Can't make it, sorry — next time 🌙",
    "Attending the members' eclipse party; bringing my own folding chair",
    "RSVP for Dr. Li's talk \"Finding Earth 2.0\" — 3 seats",
    "Plus-one: Jordan O'Malley",
    "Maybe — depends on the weather; will the event happen if it's cloudy?",
    "Dietary: vegetarian ×2, gluten-free ×1",
    "We'll arrive late (~19:45) because of work",
    "Star party RSVP: bringing an 8\" Dob & a red flashlight",
    "Will there be parking after 6pm? The lot said 'closes at 18:00'",
    "Wheelchair user, need an accessible seat please",
    "Count me in for the overnight 'Sleep Under the Stars' — 1 adult, 2 kids (7 & 10)",
    "Cancel my RSVP for Thursday's lecture",
    "Going! Also can my astronomy club (12 people) join the telescope session afterwards?",
    "Please put me on the waitlist for the SOLD OUT Perseids night",
    "Sí, asistiremos 4 personas",
    "Oui, nous serons deux !",
    "Ja, wir kommen zu dritt.",
    "はい、参加します（大人1名）",
    "Да, буду с сыном",
    "نعم، سأحضر مع عائلتي",
    "Yes — but I have a peanut allergy; is the reception food labelled?",
    "My friend's e-mail is a.kowalczyk@uni.example.pl, she'd like an invite too",
    "Question: is the lecture recorded? I can only watch online.",
    "RSVP: 1 — I'm a reporter from the Daily Courier (press)",
    "Family of 5 (2 adults, 3 kids < 12)",
    "I'll bring cookies for the volunteers' potluck 🍪",
    "Attending both days (Sat & Sun) of the Astronomy Day festival",
    "RSVP'd twice by mistake, please remove the duplicate",
    "Yes; will there be a Q&A? I have a question about the Drake equation",
    "Adults-only night (21+) — yes for 2; IDs ready",
    "I select the 7pm session, not the 9pm",
    "Our book club (8 people) is coming to 'Cosmos & Cocktails'",
    "We're regulars — see you there, Marco & Giulia",
    "Not sure yet, I'll update by Friday",
    "No, conflict with parent-teacher night",
    "Could I volunteer at the event instead of attending as a guest?",
    "Coming with my guide dog, Luna",
    "RSVP yes — also interested in the dome tour before the event if there's space",
    "Yes x4 — please seat us together, thanks!",
    "Please send the calendar invite to work email jane.doe@contoso.example",
    "Will the event be cancelled if there's a thunderstorm warning?",
    "Attending — coming from out of town (3h drive), will stay till the end",
    "Count: adults=2; seniors=1; children=0",
    "See you on the 14th! 🔭✨",
    "RSVP for the 'Women in Astronomy' panel; I'm bringing my daughter (15) who wants to study astrophysics",
    "Is there an after-party? Asking for a friend 😅",
    "Yes, but we might leave at the intermission (babysitter)",
    "2 tickets; names: Ravi Shankar, Ananya Shankar",
    "I'm a member; does the RSVP include the drinks voucher?",
    "Confirmed: 1 seat, aisle please (long legs)",
    "Going — and I'll bring the solar filter for my telescope this time!",
]
rsvp_pool_ans = ["Yes", "No", "Maybe", "Yes!", "Going", "Can't come"]
rsvp_pool_event = ["eclipse party", "star party", "lecture night", "Cosmos & Cocktails",
                   "members' preview", "Astronomy Day", "meteor shower watch", "telescope workshop"]


def rsvp_tpl(r):
    return "%s — %s, party of %d" % (r.choice(rsvp_pool_ans), r.choice(rsvp_pool_event), r.randint(1, 8))


CATS.append(("event_rsvp", rsvp_lit, rsvp_tpl))

# ---------------------------------------------------------------- visitor_feedback
fb_lit = [
    "Amazing show, my kids didn't want to leave!",
    "The seats recline too far back, my neck hurt after 40 min :(",
    "Best planetarium I've been to — and I've been to Griffith & the Hayden.",
    "Espectáculo precioso, pero el audio en español tenía eco.",
    "Spectacle magnifique ! Mais la salle était un peu froide.",
    "Tolle Show, aber die Wartezeit an der Kasse war viel zu lang.",
    "Spettacolo bellissimo, complimenti allo staff!",
    "素晴らしいプラネタリウムでした。また来ます！",
    "天象仪的节目非常精彩，孩子很喜欢。",
    "별자리 해설이 정말 재밌었어요. 감사합니다!",
    "Очень понравилось, особенно про чёрные дыры.",
    "العرض كان رائعاً، شكراً لكم",
    "המופע היה מדהים, הילדים התלהבו",
    "Ótimo passeio em família, voltaremos!",
    "Bardzo ciekawy pokaz, polecam!",
    "Mooie voorstelling, maar de stoelen waren krap.",
    "शो बहुत अच्छा था, बच्चों को बहुत मज़ा आया",
    "Çok güzeldi, teşekkürler!",
    "The narrator said Pluto is 'not a planet' and my 7-year-old cried lol",
    "Please add more showtimes on Sundays — everything sold out by 11am",
    "Cafe prices are too high ($6 for a small coffee??)",
    "Loved the laser show but it was LOUD. Maybe hand out earplugs?",
    "The guy behind us kept talking during the whole show. Ushers should say something.",
    "Staff member Kenji was super helpful with our stroller 👍",
    "Toilets on level 2 were out of soap",
    "5/5 would recommend. The Jupiter flyby was breathtaking.",
    "My daughter has sensory issues & the sensory-friendly show was perfect for her ❤️",
    "Suggestion: a 'select your seat' option when buying online",
    "Website said the show was 30 min, it was 50; we missed our train.",
    "Honestly the gift shop is better than the exhibits, lol",
    "I think the dome show should mention the union of science & indigenous star knowledge more — the Māori Matariki part was great",
    "Why does the app log me out every time? Annoying.",
    "Audio description headset ran out of battery halfway",
    "The 'Drop Zone' exhibit is broken again :/",
    "Too many school groups on weekday mornings — hard to see anything",
    "Wish there were more benches in the lobby for older visitors",
    "Great value with the membership, we come every month",
    "The sky at the end with all the stars made me tear up. Thank you.",
    "Volunteer at the meteorite table knew SO much — ask for her name, she deserves a raise",
    "Parking: $15 is a lot on top of tickets",
    "Can you put the show descriptions in simpler English? My parents are learning",
    "Felt dizzy during the rollercoaster part; maybe warn people beforehand",
    "Exhibits felt dated compared to the dome shows (some screens don't work)",
    "Came for the eclipse event and it was well organised despite the crowd 🌒",
    "Ticket scanner at door 3 didn't read my phone QR; staff let us in anyway",
    "More content for teens please! 14 y/o was bored with the kids' show",
    "I liked that the presenter answered my son's question about 'what's inside a black hole' honestly: we don't know!",
    "Temperature in the dome: freezing. Bring a sweater, folks.",
    "Lost my glasses in Dome B row F — did anyone hand them in?",
    "Would love an adults-only astronomy lecture series",
    "It's 2025 and you still don't take Apple Pay at the shop?",
    "10/10 — “Tonight's Sky” should be mandatory for everyone in this city",
]
fb_pool_open = ["Loved", "Really enjoyed", "Not a fan of", "Kids adored", "Mixed feelings about"]
fb_pool_thing = ["the dome show", "the laser show", "the meteorite exhibit", "the live presenter",
                 "the gift shop", "the telescope night", "the café", "the Mars rover model"]
fb_pool_close = ["— will come back.", "— too crowded though.", "— great for families.",
                 "— please add more sessions.", "— staff were lovely.", "— a bit pricey."]


def fb_tpl(r):
    return "%s %s %s" % (r.choice(fb_pool_open), r.choice(fb_pool_thing), r.choice(fb_pool_close))


CATS.append(("visitor_feedback", fb_lit, fb_tpl))

# ---------------------------------------------------------------- search_settings_import
srch_lit = [
    "black holes",
    "mars show for kids",
    "is the planetarium open on christmas",
    "\"dark universe\" showtimes",
    "eclipse glasses",
    "select * shows this weekend",
    "union station shuttle",
    "sleep under the stars 2025",
    "order by date",
    "drop-in telescope night",
    "jupiter OR saturn",
    "meteorite -museum",
    "show:laser AND date:2025-06-14",
    "C:\\Users\\front-desk\\Downloads\\bookings (3).xlsx",
    "/home/edu/lessons/moon_phases/../shared/worksheet.pdf",
    "https://planetarium.example.org/shows?date=2025-04-12&lang=es",
    "Notification settings: email=on; sms=off; push=on",
    "Theme: dark; font size: large; language: Français",
    "Time zone: America/Chicago (UTC−06:00)",
    "Email signature:\n--\nMaria Santos | Education Coordinator\nCity Planetarium & Science Center",
    "Mail-merge template: Dear {{first_name}}, your booking for {{show_title}} on {{date}} is confirmed.",
    "Receipt footer: Thanks for visiting! Total: ${TOTAL} incl. tax",
    "Import mapping: Name -> member_name, E-mail -> email, Tier -> membership_tier",
    "csv delimiter: |",
    "Export columns: id | name | date | seats",
    "Webhook URL: https://hooks.example.com/planetarium/bookings",
    "Calendar feed: webcal://planetarium.example.org/calendar.ics",
    "Default sort: start time ↑",
    "Filter: price <= 10 && age >= 6",
    "Kiosk idle timeout: 120 s",
    "alpha centauri distance",
    "how far is the moon in km",
    "óvnis",
    "Sternwarte Führung",
    "プラネタリウム 割引",
    "星座 儿童",
    "m31 andromeda",
    "NGC 7000 north america nebula",
    "RA 05h 35m, Dec −05° 23′ (M42)",
    "ISS pass times tonight",
    "Display name: Stargazer_Kate",
    "Bio: amateur astronomer, 12\" Dob, Bortle 4 backyard. I <3 globular clusters",
    "Auto-reply: I'm out of office until 3 June; for urgent bookings contact groups@planetarium.example.org",
    "Footer link text: Privacy & Cookies | Accessibility | Contact",
    "Slack channel: #dome-ops",
    "Backup path: \\\\nas01\\planetarium\\exports\\2025\\",
    "user@example.com; second.user@example.com",
    "Tags: #astronomy #kids #weekend #free",
    "Upload: star_map_final (1).png",
    "Shortcut: Ctrl+Shift+S to save the schedule draft",
    "JSON key for the kiosk: \"show_id\" (string, e.g. \"SH-2041\")",
    "Regex used by the ticket scanner: ^TK-[0-9]{6}$",
    "Price rule: if member then $0 else $12 — applies to dome shows only",
]
srch_pool_q = ["jupiter", "northern lights", "moon", "laser show", "kids show", "telescope",
               "meteor shower", "saturn rings", "galaxy", "comet"]
srch_pool_mod = ["this weekend", "for 5 year olds", "in spanish", "tickets", "tonight",
                 "members", "price", "near me"]


def srch_tpl(r):
    return "%s %s" % (r.choice(srch_pool_q), r.choice(srch_pool_mod))


CATS.append(("search_settings_import", srch_lit, srch_tpl))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "benign.jsonl")
    rows = []
    n = 0
    for name, lits, tpl in CATS:
        assert len(lits) >= 50, (name, len(lits))
        assert len(set(lits)) == len(lits), name
        vals = list(lits[:PER_CAT])
        seen = set(vals)
        guard = 0
        while len(vals) < PER_CAT:
            v = tpl(rng)
            guard += 1
            if v in seen and guard < 10000:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": name,
                         "label": "benign", "value": v})
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), out))


if __name__ == "__main__":
    main()
