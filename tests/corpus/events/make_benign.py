"""Held-out benign corpus "events" (ids hb40-*).

Hard-negative text from the ordinary fields of an event-registration platform, a
ticketing box office, a volunteer scheduler and a donation/CRM system: event
listings, session abstracts and bios, registration answers, ticket tiers and promo
notes, donation and tribute notes, volunteer shifts, grant answers, newsletter and
invitation copy with merge fields, check-in logs, and venue/AV requirements.

Every value was hand-written for this corpus (literals below) or produced by a small
template over hand-written pools. Standard library only; fixed seed; output is
byte-identical on every run regardless of PYTHONHASHSEED or the working directory.
"""

import json
import random
from pathlib import Path

SEED = 4001
PER_CATEGORY = 80
ID_PREFIX = "hb40"

# ---------------------------------------------------------------------------
# 1. event_listing: titles and descriptions with dates, times and time zones
# ---------------------------------------------------------------------------
EVENT_LISTING = [
    "Spring Gala 2025 — Saturday, April 12, 7:00 PM–11:00 PM EDT (doors 6:30)",
    "Data & Drinks: 'Select * from Your Questions' — an informal SQL meetup for analysts. Bring a laptop; we'll pair on real queries.",
    "Union Hall Community Dinner | Thu 6/19 | 5:30–8pm CT | Free, RSVP required",
    "Drop-in Pottery Night — no experience needed! Wheel & hand-building, $15 materials fee.",
    "Webinar: Year-end giving 101 (Dec 3, 12:00–13:00 UTC / 7am ET / 13:00 CET)",
    "Sleep Science Public Lecture: why teenagers can't fall asleep before 11pm",
    "Exec Breakfast @ The Commons, 7:30am sharp. Parking in lot B; enter via 3rd St.",
    "Kids' Coding Camp (ages 9–12): Scratch first, then a little Python — print(\"hello\") and beyond!",
    "Festival des Lumières — vendredi 14 novembre, 18 h 00 à 22 h 00 (heure de Paris)",
    "Sommerfest des Fördervereins am Sa., 5. Juli, ab 15:00 Uhr – bei Regen im Gemeindesaal",
    "チャリティーコンサート 2025年3月8日(土) 開場17:30 / 開演18:00 (JST)",
    "Charity 5K Fun Run & Family Picnic — start line at 8:00 AM Pacific; strollers welcome (start at the back, please)",
    "Escape Room Fundraiser: crack the code (hint: it's not 1234) — Fri 10/3, slots every 45 min",
    "Annual Members' Meeting\nWhen: Tuesday, 9 September 2025, 18:00–19:30 BST\nWhere: Room 2.14, Level 2 / or join online\nAgenda:\n  1. Minutes of last AGM\n  2. Treasurer's report\n  3. Election of trustees (vote via ballot link)\nQuestions? Reply to this email or call 020 7946 0123.",
    "Hackathon: 'Script Your City' — 48 hours, open data, prizes > $5,000",
    "Noche de Salsa 💃 sábado 22/03, 21:00 hs (hora de Buenos Aires, UTC−3)",
    "Cancelled: Thursday's Board Game Night (room flooded). Rescheduled to Thu 2/27, same time.",
    "Memorial lecture in honour of Dr. Ng Wai-ling — 4:00–5:30 p.m. HKT, Lecture Theatre C",
    "Virtual Town Hall / Ask-Me-Anything with our ED — submit questions in advance at events.example.org/q",
    "Workshop: Shell scripting for archivists (bash, grep, sed) — clean up 10,000 scanned file names without tears",
    "Time zone note: all times are listed in America/New_York (UTC-04:00 during DST).",
    "Rooftop Jazz — 8pm–late. 21+ only; ID checked at door. No outside food/drinks.",
    "Doors @ 6, show @ 7 — all ages (under 18 with a guardian)",
    "Film screening + Q&A: \"The Last Union\" (2023, 94 min, subtitled)",
    "Alert: venue changed! The panel now takes place at Hotel Kastell, Saal 3 (not Saal 1).",
    "Pride Brunch 🌈 — Sunday June 29, 11:00–14:00, bottomless mimosas (or mocktails!)",
    "Yoga in the Park — every Wed 07:00–08:00 through Sept; cancelled if temp < 10°C",
    "Open Studio Day: 10am–4pm; tours on the hour; ASL interpreter at the 1pm tour",
    "Conference Day 2 -- times tentative, confirm with venue by 03/15",
    "Career Fair: 40+ employers; bring résumés; business casual",
    "Grief Support Circle — 2nd & 4th Mondays, 6:30–8:00 pm; confidential, drop-ins welcome",
    "Taller de Cerámica | 3 sesiones | Sáb 10:00–12:00 | Cupo máx. 12 personas",
    "Лекция «История города» — 15 мая, 19:00 (МСК), вход свободный",
    "Diwali Night 🪔 Fri Oct 17 | 6pm–10pm | food, dance, rangoli contest",
    "Drag Bingo for the Food Bank!! $25/card, $5 extra daubers",
    "Panel: 'Is AI going to eat nonprofits?' — Thursday 2:00 PM ET / 11:00 AM PT",
    "Recurring: 1st Thursday monthly, 17:30–19:00 Europe/Berlin (next: 2025-10-02)",
    "Event ID 4471 (copy of 4390) — Members' Preview Night",
    "SOLD OUT — waitlist open. Refunds & transfers: see FAQ §4.",
    "Beach Clean-Up @ Ocean Beach (meet at Lifeguard Station #3) 9am–noon; gloves & bags provided",
    "Silent auction closes at 9:45 PM sharp — bids after that won't count",
    "Back-to-school drive: drop off supplies M–F 9–5 at 1200 Main St. Suite 100",
    "Poetry Slam: 3 min limit, no props; sign-up sheet at the door (first 12 poets)",
    "Trivia Night — teams of ≤6, categories incl. 'Science', 'Sports', 'Who said it?'",
    "Holiday Market — Dec 6–7 — 10:00-17:00 — 60 makers, hot cider, carols at 3",
    "Leadership Retreat (invite-only) — 3 days / 2 nights, Lake Geneva, WI",
    "Seminario online: \"Cómo escribir tu primera propuesta\" — martes 4/11, 18:00 CDMX",
    "Alumni Reunion Class of '95 — 30 years!! Sat Oct 11, cocktails 7, dinner 8",
    "Nachhaltigkeits-Workshop: „Müll vermeiden im Büro“ – Mi. 12.03., 10–12 Uhr, Raum 0.08",
    "Book Launch: 'Drop Dead Gorgeous Gardens' with author Q&A and signing",
    "Safety briefing for all crew at 06:45 — hard hats & hi-vis required beyond the barrier",
    "Event starts 19:00 (7pm) local / 02:00 UTC next day — check your calendar invite",
    "Community Iftar 🌙 — sunset (~7:42 PM), all welcome, please RSVP so we order enough food",
    "Lunar New Year Lantern Walk 🏮 農曆新年 — Sat Feb 1, meet 5pm at the east gate",
]

EV_TITLES = [
    "Volunteer Appreciation Night", "Board Orientation", "Spring Concert", "Donor Breakfast",
    "Family Science Day", "Open Mic", "Grant Writing Clinic", "Neighborhood Clean-Up",
    "Jazz & Justice Benefit", "Community Choir Rehearsal", "Sensory-Friendly Matinee",
    "Harvest Supper", "Newcomers' Coffee", "Women in Tech Meetup", "Storytime in Spanish",
]
EV_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EV_DATES = ["Jan 18", "Feb 7", "Mar 22", "Apr 5", "May 16", "Jun 14", "Jul 26",
            "Aug 9", "Sep 20", "Oct 4", "Nov 15", "Dec 13"]
EV_TIMES = ["9:00–11:00 AM", "10am–noon", "12:30–1:30 PM", "2–4pm", "5:30–7:30 PM",
            "6:00–9:00 PM", "7pm–10pm", "18:00–20:00", "19:30–21:45"]
EV_TZ = ["ET", "CT", "MT", "PT", "UTC", "CET", "BST", "AEST", "IST", "(local time)"]
EV_SUFFIX = ["", " — free, RSVP required", " | $10 suggested donation", " (doors 30 min early)",
             " — wheelchair accessible", " — kids welcome!", " | tickets $15/$10 students",
             " — livestream link in your confirmation email", " (ASL interpreted)"]


def tpl_event_listing(rng):
    return (f"{rng.choice(EV_TITLES)} — {rng.choice(EV_DAYS)}, {rng.choice(EV_DATES)}, "
            f"{rng.choice(EV_TIMES)} {rng.choice(EV_TZ)}{rng.choice(EV_SUFFIX)}")


# ---------------------------------------------------------------------------
# 2. session_abstract: session abstracts and speaker bios
# ---------------------------------------------------------------------------
SESSION_ABSTRACT = [
    "In this session we'll walk through how our food bank moved its volunteer roster from a shared spreadsheet to a small Postgres database. We'll show the actual SELECT queries we use for weekly reports, what went wrong with our first UNION of two lists (duplicates!), and why we now drop nothing without a backup.",
    "Speaker bio: Aisha O'Connor-Mbeki is a data engineer at Green Roots Trust, where she builds dashboards that donors actually read. She's spoken at PyCon UK and DataKind meetups, and bakes sourdough on weekends.",
    "Abstract: Cross-site scripting (XSS) is still one of the most common web bugs. This talk explains, without jargon, why escaping matters when your event page shows attendee-submitted names — and why a <script> tag typed into a comment box is a problem for you, not for the commenter.",
    "Workshop (90 min, laptops required): Automating ticket exports with cron, curl and jq. We'll cover `curl -s https://api.example.org/v2/orders | jq '.data[]'` and how to store API keys safely (hint: not in the crontab).",
    "Bio — Dr. José Núñez-García, profesor de Historia; autor de «Memoria y ciudad» (2019).",
    "Lightning talk: 5 minutes on 'rm -rf' horror stories from our archive digitisation project, and the backup policy we wrote afterwards.",
    "Our panel will discuss equity in arts funding: who gets to apply, who sits on juries, and whether 'excellence' criteria == gatekeeping.",
    "Keynote: \"From Alert Fatigue to Action\" — how small IT teams at nonprofits can triage security alerts without burning out.",
    "Session format: 20' talk + 10' Q&A. Slides will be shared at /shared/slides/2025/ after the event.",
    "Speaker: Mei-Ling Zhāng (she/her). Mei-Ling runs the youth orchestra's ticketing; previously a sysadmin who wrote too many Bash one-liners.",
    "Abstract (DE): Wir zeigen, wie Vereine mit wenig Budget ihre Mitgliederverwaltung DSGVO-konform gestalten – von Einwilligungen bis zur Löschung („Recht auf Vergessenwerden“).",
    "This hands-on lab covers template engines: you'll see how {{ variables }} and {% for %} loops turn a JSON list of speakers into a printable programme.",
    "Talk: 'Exec summaries that funders read' — structure, length (≤ 1 page), and the one chart that matters.",
    "Program evaluation deep dive: pre/post surveys (n = 212), a logic model, and why our 'outcomes' were really outputs.",
    "Bio: Tomasz Wiśniewski — event producer, 15 yrs touring with festivals across PL/DE/CZ; loves gaffer tape & spreadsheets.",
    "Panelists: Dr. Amara Okafor (Chair); Rev. Luis D'Souza; Priya Raman, MPH; Jean-Baptiste Lefèvre",
    "Beginner-friendly: no prior knowledge needed. If you've ever typed =SUM(A1:A10) in a spreadsheet, you're ready.",
    "Deep dive on accessibility: alt text, captions, contrast ratios ≥ 4.5:1, and why 'click here' links fail screen-reader users.",
    "The workshop uses Python 3.11; install with `pip install pandas` beforehand. Windows users: C:\\Users\\<you>\\Documents is fine as a working folder.",
    "Abstract: Passwords, passkeys and the shared 'admin' login at your front desk — a friendly talk about account hygiene for box-office staff.",
    "Bio: Kwame Asante-Boateng directs the Accra Youth Choir and is a Fellow of the Royal School of Church Music.",
    "Session will be recorded; captions by a human CART writer. Please don't share the Zoom link publicly (we had zoom-bombers last year).",
    "Speaker notes: slide 14 has the SQL example `SELECT tier, COUNT(*) FROM tickets GROUP BY tier;` — please make it readable from the back row.",
    "Fireside chat with the founder of Mesa Abierta on scaling community kitchens from 1 to 40 sites",
    "Résumé : Comment financer un festival rural ? Subventions, mécénat, billetterie solidaire — retours d'expérience de trois éditions.",
    "Talk: Regular expressions for data cleaning — matching UK postcodes like ^[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}$ without losing your mind.",
    "Tutorial: Building a check-in kiosk on a Raspberry Pi — reading QR codes, talking to the ticketing API, and failing gracefully when the Wi-Fi drops.",
    "A candid conversation about burnout, boundaries, and the myth of the 'always-on' organizer. Content note: discusses mental health crises.",
    "Bio: Sam Lee (they/them) is a certified interpreter (ASL <-> English) and Deaf-community advocate.",
    "In 2023 we had 3,400 registrants & a 38% no-show rate for free events. This session shows the reminder cadence (T-7d, T-1d, T-2h) that cut it to 19%.",
    "Session: Union organizing in the arts sector — contracts, fair pay, and what 'scale' means for freelancers.",
    "Workshop requirements: a laptop with Chrome or Firefox; admin rights not needed; we'll use the browser console (F12) briefly.",
    "Resumen: Taller práctico sobre voluntariado corporativo: cómo diseñar jornadas que no sean solo 'foto y camiseta'.",
    "Bio — 山田 花子 (Hanako Yamada): 東京のNPO法人でイベント運営を担当。趣味は登山。",
    "Talk description: We migrated from an on-prem server (\\\\fileserver01\\events) to the cloud. Lessons learned: permissions, naming, and the folder called 'FINAL_final_v3'.",
    "Co-presenters: Ana & Beto Souza — \"Grassroots fundraising in favelas: trust > tools\"",
    "What happens when a 500-person conference loses power at 10am? Our ops lead tells the story, minute by minute.",
    "Bio: Former Marine, now runs logistics for disaster-relief volunteer deployments (CERT certified).",
    "Abstract: An intro to APIs for development staff: GET vs POST, what a 401 means, and why your CRM sync job keeps 'timing out'.",
    "Moderator: Fatima Al-Sayed; audience Q&A via Slido (#AGM25)",
    "Session level: Intermediate. Assumes familiarity with mail merge and CSV exports.",
    "Storytelling for impact: turning 'we served 12,000 meals' into one person's story — with consent.",
    "Talk: The <table> is not dead — accessible HTML tables for event schedules, with proper <th scope=\"col\"> headers and a <caption>.",
    "Security 101 for volunteers: don't plug in USB sticks you find in the parking lot; don't click 'Enable Macros'; forward phishing to the IT desk.",
    "Abstract: How our theater reduced ticket scalping with named tickets and a 72-hour transfer window.",
    "Bio: Olúwaseun Adébáyọ̀ is a choreographer and teaching artist based in Lagos and London.",
    "Closing plenary: reflections, thank-yous, and a preview of next year's theme (spoiler: water).",
    "In this session: the commands we run nightly — `pg_dump events > /backups/events_$(date +%F).sql` — and how we actually test restores (quarterly, on a spare laptop).",
    "Abstract: What a 'system' is, in systems change — and why our coalition stopped using the word in grant reports.",
    "Bio: Dr. Hélène Tremblay-Côté, épidémiologiste, Université de Montréal; ex-présidente du conseil de la Banque alimentaire.",
]

SA_FORMATS = ["Workshop", "Panel", "Lightning talk", "Keynote", "Roundtable", "Case study", "Hands-on lab"]
SA_TOPICS = [
    "volunteer retention after the first shift", "ticket pricing for pay-what-you-can nights",
    "year-end appeals that don't sound desperate", "accessible venues on a shoestring",
    "migrating donor data between CRMs", "measuring outcomes, not outputs",
    "bilingual events without doubling the budget", "board fundraising expectations",
    "safeguarding at youth events", "reducing no-shows at free events",
    "the ethics of 'poverty porn' in appeal photos", "running a hybrid AGM",
]
SA_NAMES = ["Rosa Delgado", "Ibrahim Musa", "Chloé Martin", "Ravi Shankar Iyer", "Grace O'Malley",
            "Lars Øvergaard", "Nguyễn Thu Hà", "Beatriz Cunha", "Daniel Kowalczyk", "Aroha Ngata"]
SA_ROLES = ["Executive Director", "Development Manager", "Volunteer Coordinator", "Data Analyst",
            "Program Officer", "Head of Operations", "Box Office Manager"]
SA_ORGS = ["Eastside Food Bank", "Riverside Arts", "Hope Street Youth Club", "Orchestra of the Valley",
           "Westgate Library Friends", "Casa Comunitaria", "Northern Lights Hospice"]


def tpl_session_abstract(rng):
    return (f"{rng.choice(SA_FORMATS)} ({rng.choice([15, 20, 30, 45, 60, 90])} min): "
            f"{rng.choice(SA_TOPICS)}. Speaker: {rng.choice(SA_NAMES)}, "
            f"{rng.choice(SA_ROLES)} at {rng.choice(SA_ORGS)}.")


# ---------------------------------------------------------------------------
# 3. registration_answer: dietary, accessibility, T-shirt sizes, badge names
# ---------------------------------------------------------------------------
REGISTRATION_ANSWER = [
    "Vegetarian, no eggs. Severe nut allergy (carry EpiPen) — please flag with catering!",
    "Gluten-free & dairy-free; cross-contamination matters (coeliac).",
    "Halal please. If not possible, fish/vegetarian is fine.",
    "Kosher (sealed meals) — thank you!",
    "None :)",
    "N/A",
    "T-shirt: Unisex L; if sold out, XL > M",
    "Women's fitted S (or unisex XS)",
    "Badge name: Siobhán Ó Súilleabháin",
    "Badge name: Dr. Jean-Luc D'Amato, Ph.D.",
    "Pronouns on badge: she/her",
    "Please print my name as O'Neil with the apostrophe — systems keep dropping it.",
    "Wheelchair user; need step-free access & an accessible table at dinner (no high-tops).",
    "I'm hard of hearing — front-row seat + captions would help. Lip-reading OK.",
    "Bringing a service dog (golden retriever, 'Mabel').",
    "Low-sodium diet; also no pork. Thanks!!",
    "Allergies: shellfish, sesame; lactose intolerant (OK with lactase pills)",
    "Vegan — and no honey please 🐝",
    "Company: Smith & Sons Ltd. / Job title: Ops & Events Lead",
    "Emergency contact: María José Pérez — +34 612 345 678 (hermana)",
    "How did you hear about us? Friend's Instagram story + your newsletter",
    "Session picks: 1A, 2C, 3B (if 3B is full -> 3A)",
    "I need a quiet room for prayer at ~1pm and ~4:30pm on both days, if possible.",
    "Arriving late (flight lands 10:40) — please keep my badge at the desk.",
    "Dietary: no red meat; pescatarian; OK with cheese but not blue cheese (mould allergy)",
    "Plus-one: yes — Jordan Smith (partner), also vegetarian",
    "Accessibility: I use a screen reader (NVDA); please send the agenda as plain text or an accessible PDF, not images.",
    "Large-print program please (18pt+).",
    "Mobility: can't do stairs; I'll bring my own rollator.",
    "Need childcare for 2 kids (ages 4 & 7) during the Saturday sessions.",
    "T-Shirt-Größe: M (Herren)",
    "Régime : sans gluten. Taille de t-shirt : S. Merci !",
    "アレルギー: 卵、乳製品。Tシャツ: M",
    "食物过敏：花生、虾。T恤尺码：L",
    "Dietary: low-FODMAP if feasible; otherwise I'll pack my own lunch, no worries.",
    "Please DON'T put my photo in the slideshow; I'm opting out of photography (red lanyard?).",
    "Organization: Hôpital Sainte-Justine — Fondation",
    "Address line 2: Apt. #4B, c/o Mrs. K. Dunn",
    "Badge name: just 'Kit' please (no surname)",
    "LinkedIn: https://www.linkedin.com/in/priya-raman-mph/",
    "Twitter/X handle: @sara_codes (not @saracodes!)",
    "Yes, I consent to the code of conduct & photo policy.",
    "Accommodation request: a chair with arms in each session room; chronic back pain.",
    "Attending: Day 1 only (Mon). Can't make the dinner -- sorry!",
    "Dietary: diabetic; please include a low-sugar dessert option (< 10 g)",
    "Interpreter needed: LSF (langue des signes française) for the plenary",
    "Shirt size: 2XL. Hoodie if available?",
    "Special requests: none; just happy to be there 🙌",
    "Previous attendance: 2019, 2022 & 2024 (missed 2023 due to covid)",
    "Emergency contact: Jim & Patricia O'Hara (parents) 555-0142 / 555-0198",
    "Name pronunciation: Nguyễn ≈ 'nwin'; Thị is a middle name",
    "Dietary restrictions:\n- no pork\n- no alcohol in sauces\n- nut allergy (mild, no EpiPen)\nThank you!",
    "Badge org line: Ärzte ohne Grenzen / MSF Deutschland",
]

RA_DIETS = ["none", "vegetarian", "vegan", "pescatarian", "gluten-free", "halal", "kosher",
            "dairy-free", "nut allergy", "no pork", "no shellfish", "low sodium"]
RA_SIZES = ["XS", "S", "M", "L", "XL", "2XL", "3XL", "women's S", "women's M", "youth L"]
RA_ACCESS = ["no access needs", "step-free access please", "captions for sessions",
             "aisle seat (knee)", "reserved seat near exit", "quiet space at lunch",
             "large-print materials", "seat near the interpreter"]
RA_FIRST = ["Ana", "Bea", "Chidi", "Dmitri", "Eun-ji", "Farah", "Gianluca", "Hiroshi", "Ingrid",
            "José", "Kalani", "Léa", "Mohammed", "Niamh", "Óscar", "Priya", "Rūta", "Søren"]
RA_LAST = ["O'Brien", "Müller", "García-López", "Okafor", "Nakamura", "D'Angelo", "Van der Berg",
           "Kowalski", "Al-Hashimi", "Ó Briain", "Lefèvre", "MacLeod", "Żukowska"]


def tpl_registration_answer(rng):
    kind = rng.randrange(2)
    if kind == 0:
        return (f"Dietary: {rng.choice(RA_DIETS)}; T-shirt: {rng.choice(RA_SIZES)}; "
                f"{rng.choice(RA_ACCESS)}")
    return f"Badge name: {rng.choice(RA_FIRST)} {rng.choice(RA_LAST)} ({rng.choice(RA_SIZES)} shirt)"


# ---------------------------------------------------------------------------
# 4. ticket_promo: ticket tiers, promo-code notes, seating
# ---------------------------------------------------------------------------
TICKET_PROMO = [
    "Early Bird — $45 (until 3/31 11:59pm PT), then $60",
    "Promo EARLYBIRD25 = 25% off GA only; not valid w/ group rates",
    "Code: STUDENT-2025 (valid ID at door); max 2 per order",
    "VIP Table for 10 — includes valet, champagne toast & reserved seating (Rows A–C)",
    "Comp tickets for speakers: use code SPK_COMP; qty 1 each; ask Rina before issuing > 1",
    "Section 104, Row J, Seats 7–8 (aisle). Obstructed view? No.",
    "Pay-what-you-can: $0–$100; suggested $25",
    "Tier 'Supporter' (€75) includes a €40 tax-deductible donation",
    "Refund policy: full refund ≥ 14 days before; 50% ≥ 7 days; none after. Transfers always OK.",
    "Group rate: 10+ tickets = 15% off; 20+ = 20% off (call the box office, don't use a code)",
    "Promo code FRIENDS&FAMILY isn't working — it says 'invalid'. Is the ampersand the problem?",
    "Seat map note: Balcony (Rows AA–GG) has no elevator access; accessible seats in Orchestra Row M.",
    "Dynamic pricing disabled for this show per board decision.",
    "Price: ¥3,000 (前売) / ¥3,500 (当日)",
    "Tarifa reducida: jubilados, desempleados y estudiantes (acreditar en taquilla).",
    "Code 'VOLUNTEER' → free admission for shift volunteers (one per shift worked)",
    "Member pre-sale: Tue 10am–Thu 10am; then general on-sale Fri 10:00 sharp",
    "Ticket holder name change: Alex D'Souza -> Alexandra D'Souza (same person, legal name)",
    "Hold 40 seats in Rows P–R for the school group; release unsold holds at 5pm day-of.",
    "Fees: $2.50 service fee + 3% card processing; box office cash = no fees",
    "Bundle: 3-show pass (any 3 of 5) — $99 (save $36)",
    "Order #A-100482 — 2× Adult, 1× Child (under 12), 1× Lap infant (free)",
    "Discount stacking: NOT allowed. One code per order; member price counts as a code.",
    "Are promo codes case-insensitive? e.g. 'gala2025' vs 'GALA2025' — customers keep asking.",
    "Kinder unter 6 Jahren frei; Familienticket (2 Erw. + bis zu 3 Kinder) 39 €",
    "Billet solidaire : 5 € (sur justificatif), tarif plein 18 €, gratuit < 12 ans",
    "Partial view seats (pillar) — discounted 30%; disclose at checkout",
    "Wheelchair space + 1 companion seat, Row M, pos. 3/4",
    "Door price $20; advance $15; 'sliding scale' option for anyone who asks, no questions",
    "Sold 412 / cap 450; 38 left; pause online sales at 440 to keep door tickets",
    "Max 8 tickets per household; orders over the limit will be cancelled & refunded",
    "Tix for the 7:30 show are non-transferable — ID must match the name on the order",
    "Price increase on 1 Sept: GA £35 -> £40; concessions unchanged (£20)",
    "Code SORRY10 for attendees affected by the scanner outage (10% off next event)",
    "Table 12 (seats 1–10) assigned to Hernández family + guests; 'Tía Carmen' needs a chair w/o armrests",
    "Abo: 6 Konzerte, Sa. 19:30, Parkett links Reihe 8, Platz 12–13",
    "Late seating: latecomers admitted at a suitable break (approx. 20 min in)",
    "Pricing tiers: Bronze < Silver < Gold < Platinum; Gold includes meet & greet",
    "Internal note: comp'd 2 for the reviewer from the Gazette; do not charge.",
    "Ticket type 'Livestream only' — link emailed 1h before; no replay.",
    "Promo: BOGO for Thursday previews (buy 1 get 1) — limit 4 free per order",
    "Refund issued $37.50 to card ending 4242 — reason: duplicate order (double click)",
    "Standing room only after 200 sold; 'SRO' flag in the seat map",
    "The 'Early Bird' tier sold out in 6 hours!! Should we open an 'Early-ish Bird' at $50?",
    "Barcode reprint for order 88213 — original email went to spam",
    "Price: ₹499 (incl. GST 18%)",
    "Ingressos: R$ 80,00 inteira / R$ 40,00 meia-entrada",
    "Sponsor allocation: Acme Corp gets 20 GA + 4 VIP; codes ACME-GA-xx / ACME-VIP-xx",
    "Seating chart v3:\nStage\nRow A: 1–14 (reserved: board)\nRow B: 1–14 (sponsors)\nRows C–K: GA\nRow M: 3/4 wheelchair + companion",
    "Who gets the 'Union Members' discount? Any AFM/SAG-AFTRA/IATSE card holder — show card at will-call.",
]

TP_CODES = ["SPRING15", "GALA-VIP", "FRIENDS10", "TEACHER20", "NEIGHBOR5", "MEMBER2025",
            "ALUMNI-25", "LASTCALL", "SCHOOLGROUP", "BOARDCOMP", "FIRSTTIMER", "SENIOR-SUN"]
TP_TIERS = ["GA", "VIP", "Student", "Senior", "Balcony", "Orchestra", "Livestream", "Family pack"]
TP_LIMITS = ["max 2 per order", "one use per email", "not combinable with member pricing",
             "first 50 redemptions", "box office only", "online only", "valid ID required at door"]
TP_UNTIL = ["Mar 31", "4/15", "May 1", "June 30", "the day before the show", "Friday 5pm", "sold out"]


def tpl_ticket_promo(rng):
    return (f"Promo {rng.choice(TP_CODES)}: {rng.choice([5, 10, 15, 20, 25, 50])}% off "
            f"{rng.choice(TP_TIERS)} until {rng.choice(TP_UNTIL)}; {rng.choice(TP_LIMITS)}")


# ---------------------------------------------------------------------------
# 5. donation_tribute: donation notes, tribute messages, CRM notes
# ---------------------------------------------------------------------------
DONATION_TRIBUTE = [
    "In loving memory of Grandma Rose, who never missed a Sunday supper. 💐",
    "In honor of Mr. & Mrs. Delgado's 50th wedding anniversary — 'Love is patient, love is kind.'",
    "Please make this gift anonymous; acknowledgment letter to my home address only.",
    "Donation in memory of Dr. Karim Haddad (1948–2024). Please notify his wife, Leila, at the address below.",
    "Matching gift: my employer (Contoso) matches 1:1 up to $5,000 — form submitted on their portal.",
    "Gift is for the Scholarship Fund, not general operating. Thanks!",
    "Recurring monthly $25; please stop the paper receipts, email is fine.",
    "Stock transfer: 50 shares of VTI via DTC #0226 — broker: Fidelity; please confirm receipt.",
    "En memoria de mi padre, Don Ernesto, que amaba este coro.",
    "Zum Gedenken an unsere liebe Oma Hildegard – statt Blumen eine Spende für das Hospiz.",
    "À la mémoire de Jacques — « la musique était sa vie ».",
    "Tribute card text: \"Dear Aunt Mae — a gift has been made in your honor by the Tanaka family. With love & gratitude.\"",
    "For the kids' art program <3 keep doing what you do",
    "Donor note: she prefers 'Ms.' not 'Mrs.'; salutation = \"Dear Dolores\"",
    "CRM note: Called 3/12 — pledge of $10k over 2 yrs confirmed; first payment Q2. Follow-up in May.",
    "Do not solicit by phone; mail only 2x/year (spring & year-end).",
    "Deceased — per son (call 4/2). Remove from mailings; keep giving history.",
    "Gift Aid declaration: yes ✔ (UK taxpayer)",
    "DAF grant from Schwab Charitable, grant ID 1234-5678; donor advised: 'where most needed'",
    "Cheque #1042 payable to 'Friends of the Library' — received 02/14, deposited 02/15",
    "Split: $100 to Food Pantry; $50 to Youth Soccer",
    "Memorial gift — no amount to be disclosed to the family, please.",
    "Happy birthday, Liz! Instead of presents, we gave to the animal shelter 🐾",
    "Corporate sponsorship (Silver) — logo on banner & program; invoice to accounts@northwind.example",
    "Household: Chen, David & Wong, Amy (married; separate surnames). Joint salutation 'David and Amy'.",
    "Major donor cultivation: tour of the new wing on 6/5; prefers mornings; bring the architect's drawings",
    "In memory of Officer T. Brennan, EOW 11/03/2021. Blue Line Fund.",
    "Honorarium declined; speaker asked it go to the scholarship — record as a gift from the speaker?",
    "In-kind: 12 laptops (refurb, i5/8GB) — FMV $2,400 per donor's estimate; we don't appraise.",
    "Tribute: For Sarah — who taught us that every 'no' is just a 'not yet.'",
    "Thank you for everything you did for my son during his stay. €200 for the parents' room.",
    "Donation via Venmo @Food-Pantry-Eastside — note says 'for turkeys 🦃'",
    "Legacy gift: named in will (codicil dated 2019-08-01); amount TBD; stewardship only, no asks.",
    "Pledge reminder: bal. $1,250 remaining of $5,000; next installment due 07/01",
    "Acknowledgment: 'No goods or services were provided in exchange for this contribution.'",
    "Give in honor of Coach Dee — 25 years, 3 state titles, and a thousand kids who learned to lose gracefully.",
    "祖母の思い出に。毎年この季節に寄付しています。",
    "纪念我的父亲 — 他一生热爱音乐。",
    "Em memória da minha avó Dona Lurdes, que costurava fantasias para o carnaval da escola.",
    "Refund request: donated twice by mistake (same card, 2 min apart) — please reverse one $100.",
    "Address change: moved from 12 Elm St to 400 Oak Ave, Unit 7 (effective 9/1)",
    "Salutation: \"Rev. & Mrs. Okonkwo\"; formal addressee: \"The Reverend and Mrs. Chidi Okonkwo\"",
    "Giving level upgraded: Friend ($100) -> Patron ($1,000). Send welcome packet.",
    "Note from donor: 'Use it where it's needed most — but if you can, the library's roof!'",
    "Text-to-give keyword GIVE + amount to 41444 worked; two donors got an error 'unknown command'",
    "Campaign: #GivingTuesday 2025; source: email_2; utm_medium=email&utm_campaign=gt25",
    "Combined with spouse's gift for recognition (wall listing: 'The Adeyemi Family').",
    "Gift on behalf of the Class of 1972 — 'Go Tigers!'",
    "Please don't sell or share my info. I've had too many calls from other orgs.",
    "Wire from abroad (CHF 1'000) — fees deducted by bank; record gross or net? Finance says gross.",
    "Tribute message:\nMom,\nYou taught me to sing off-key and loud.\nThis one's for you.\n— Danny",
    "Gift note: 'In memory of Bobby \"Boots\" Tablada, our chess club's loudest king.'",
]

DT_PREFIX = ["In memory of", "In honor of", "In loving memory of", "Celebrating", "Thanks to",
             "En memoria de", "Zum Gedenken an", "En l'honneur de"]
DT_PEOPLE = ["Grandpa Joe", "Ms. Alvarez (3rd grade)", "Auntie Bea", "Dr. Patel", "our dog Biscuit",
             "Coach O'Leary", "Mère Thérèse", "Opa Günther", "the night-shift nurses", "Tío Rafa"]
DT_SENTIMENT = ["forever in our hearts", "who loved this place", "with gratitude & love",
                "you made every Saturday brighter", "keep the music playing", "gone too soon",
                "thank you for 30 years of service", "¡siempre contigo!"]
DT_AMOUNTS = ["$25", "$50", "$100", "$250", "€30", "£40", "$18", "$36", "$1,000"]


def tpl_donation_tribute(rng):
    return (f"{rng.choice(DT_PREFIX)} {rng.choice(DT_PEOPLE)} — {rng.choice(DT_SENTIMENT)} "
            f"({rng.choice(DT_AMOUNTS)})")


# ---------------------------------------------------------------------------
# 6. volunteer_shift: shift sign-ups, swaps and notes
# ---------------------------------------------------------------------------
VOLUNTEER_SHIFT = [
    "Sign me up for Sat 8–12 setup AND 4–6 teardown; can't do 12–4.",
    "Shift swap: I'll take Maria's Sunday 2–5pm if she takes my Friday 6–9.",
    "Can drive (own car, 7 seats) — happy to do airport runs before 10am.",
    "Availability: weekdays after 5:30pm; weekends anytime except 2nd Sat.",
    "Skills: first aid (Red Cross, exp. 12/2026), forklift cert, Spanish (fluent)",
    "I'm 16 — parent consent form attached; can I work the registration desk?",
    "Will be ~15 min late to the 7am shift (bus). Sorry!!",
    "Team lead note: Booth #3 short 2 people from 1–3pm; pulling from merch.",
    "Please don't put me on ticket scanning again — the scanner app kept freezing.",
    "Dropping my Thursday shift; sick. Already texted Ahmed.",
    "Shift: Water station @ mile 6 | 07:00–10:30 | 4 volunteers | lead: Kofi",
    "Need ≥ 2 people who can lift 50 lbs for load-in at dock door B",
    "Helfer gesucht: Kuchenbuffet Sonntag 14–17 Uhr, bitte in die Liste eintragen!",
    "Bénévoles : accueil & vestiaire, samedi 18h–23h, 6 personnes",
    "Voluntarios: montaje de carpas 8:00–11:00; traer guantes",
    "ボランティア: 受付 9:00-12:00 / 誘導 12:00-15:00",
    "Court-ordered community service hours — need a supervisor signature each shift.",
    "Student needs 20 service hours for NHS; please email the log to the counselor at school.",
    "Hours logged: 3.5 (setup) + 2 (teardown) = 5.5; approved by Dana",
    "Allergic to latex; please don't assign me to the glove-required first-aid tent.",
    "Team: 'Green Team' (recycling & compost sorting) — bring a reusable water bottle!",
    "Check in at the volunteer tent (behind Stage B) 30 min before your shift; grab your T-shirt & wristband.",
    "Returning volunteer — did the Coat Drive 2022/2023; prefer sorting over distribution.",
    "I can't stand for long (knee surgery) — any seated roles? ticketing, phone bank?",
    "Group signup: 12 from the Wells Fargo Eastside branch; contact Tim (team captain)",
    "Background check status: pending (submitted 9/3); cleared for non-youth roles only until then",
    "Shift reminder template: 'Hi {first}, you're on {role} at {time}. Reply C to confirm or X to cancel.'",
    "C",
    "X — can't make it, family emergency",
    "Can I bring my 10-year-old? She's great at handing out programs.",
    "Overnight shelter shift 10pm–6am: need 2 (one must be 21+), cots provided",
    "Kitchen crew: food handler permit required; hairnets provided; closed-toe shoes!!",
    "Ushers: arrive 6:15 for 7:30 curtain; black top/black pants; flashlight provided",
    "Setup crew: chairs in rows of 12, center aisle 6 ft, 3 ADA spots at the end of rows A & B",
    "Volunteer of the month: Grace Liu — 64 hours in October & trained 5 new scanners!",
    "Notes: prefers outdoor roles; speaks Tagalog & English; vegetarian for crew meal",
    "Please remove me from the SMS list; email only (phone is work-issued).",
    "Waitlisted for 'Green Room Host' — put me anywhere else meanwhile.",
    "Shift conflict: Jamal is double-booked (Info Desk 10–2 & Parking 12–3) -> moved him to Info only.",
    "No-show rate for Sat AM shifts is ~22%; overbook by 2?",
    "Can I split: 9–11 at the info desk, then 11–1 at the raffle table?",
    "Training for new scanners: Wed 6pm on Zoom; bring your phone with the Check-In app installed",
    "Remote volunteers: data entry from home — need a laptop; we'll share a read-only sheet & a form",
    "Volunteer waiver signed? Y (e-sign 2025-05-02 14:33 UTC)",
    "Our Rotary club (8 people) wants the pancake breakfast shift 6:30–10:30 am.",
    "Mentoring volunteers must complete safeguarding training (modules 1–3) before the first session.",
    "Phone bank: Tue/Thu 6–8pm, scripts in the shared folder; headsets available",
    "Parking attendants: hi-vis vests, radios ch. 4; lot closes 30 min after the last show",
    "Thanks so much, everyone — 143 volunteers, 1,012 hours, zero injuries 🎉",
    "I have a food handler's card (exp. 03/2027) so can help in the kitchen if needed",
    "Shift notes (Sat):\n08:00 tables up\n09:30 signage done\n11:15 ran out of wristbands -> used stamps\n14:00 handed over to PM crew",
]

VS_NAMES = ["Aiyana", "Ben", "Catalina", "Dev", "Elif", "Finn", "Gabrielle", "Hamza", "Isla",
            "Jun", "Kemal", "Lucía", "Mateo", "Noor", "Oisín", "Pita"]
VS_ROLES = ["registration desk", "ticket scanning", "ushering", "merch table", "water station",
            "coat check", "setup crew", "teardown", "kids' corner", "info booth", "raffle",
            "parking", "green room"]
VS_DAYS = ["Fri", "Sat", "Sun", "Thu", "Sat 6/14", "Sun 6/15", "Mon (Labor Day)"]
VS_STARTS = ["7:00", "8:30", "10:00", "12:00", "14:00", "16:30", "18:00"]
VS_LENGTH = [2, 3, 4]
VS_NOTES = ["", " — confirmed", " (first shift!)", " — needs parking pass", " — bringing a friend",
            " — may leave 15 min early", " (returning volunteer)", " — wants to pair with Sofía"]


def tpl_volunteer_shift(rng):
    start = rng.choice(VS_STARTS)
    hh, mm = start.split(":")
    end = f"{int(hh) + rng.choice(VS_LENGTH)}:{mm}"
    return (f"{rng.choice(VS_NAMES)}: {rng.choice(VS_ROLES)}, {rng.choice(VS_DAYS)} "
            f"{start}–{end}{rng.choice(VS_NOTES)}")


# ---------------------------------------------------------------------------
# 7. grant_answer: grant-application answers
# ---------------------------------------------------------------------------
GRANT_ANSWER = [
    "Describe your organization's mission (max 250 words):\nWe bring free, professional-quality concerts to neighborhoods where the nearest concert hall is a two-bus trip away. Since 2014 we've presented 310 concerts in libraries, laundromats, and church basements, reaching 41,000 listeners — 63% of whom told us it was their first live classical performance.",
    "Budget justification: Personnel ($48,000) covers a 0.75 FTE program manager; Travel ($3,200) — mileage @ $0.67/mi for rural sites; Indirect at the 10% de minimis rate.",
    "How will you measure success? We'll track (a) attendance per event, (b) % of first-time attendees, and (c) a 3-question exit survey. Target: ≥ 60% of respondents 'agree' or 'strongly agree' that they'd attend again.",
    "We will select participants through an open call; a panel of three (including one past participant) will review applications using a published rubric.",
    "Our data system: a hosted CRM with a nightly export to a Postgres warehouse; reports built in Metabase. Staff can't execute ad-hoc queries against production — read-only replica only.",
    "Sustainability plan: Year 1 grant-funded (80%); Year 2 50/50 with earned revenue; Year 3 < 25% grant dependency.",
    "Risks & mitigation: venue loss -> MOU with 2 backup sites; key staff departure -> documented SOPs; weather -> indoor rain plan.",
    "Equity statement: We compensate community advisors ($50/hr) and hold meetings after 6pm with childcare & dinner provided.",
    "Previous funding from this foundation? Yes — 2021 ($15,000, capacity-building) and 2023 ($25,000, general operating).",
    "Explain any deficit: FY24 ended with a $(12,400) deficit due to a cancelled gala; the board approved use of reserves; FY25 projected surplus $8k.",
    "Logic model: Inputs → Activities → Outputs → Short-term outcomes → Long-term impact (see Attachment C).",
    "Target population: youth 14–18 in ZIP codes 60621, 60636, 60609; ~70% eligible for free/reduced lunch.",
    "Please describe the project timeline:\nQ1: hire coordinator; finalize curriculum\nQ2: pilot with 2 schools (n≈60)\nQ3: revise; expand to 5 schools\nQ4: evaluation report & dissemination event",
    "Board composition: 11 members; 45% BIPOC; 3 with lived experience of homelessness; 100% give personally.",
    "Project title: 'Union Square Stories' — an oral history & public exhibition",
    "Describe collaboration: We'll co-host with the Eastside Library (space, promotion) and the Community College (AV students run the live stream for course credit).",
    "Why now? The 2024 floods destroyed our only rehearsal space; rent for temporary space is $2,100/mo.",
    "Fiscal sponsor: Arts Alliance Inc. (EIN 12-3456789), fee 7%",
    "Amount requested: $35,000 of $142,500 total project budget (24.6%)",
    "Conflict of interest: Our treasurer's spouse serves on your review committee; she will recuse.",
    "Evaluation: external evaluator (Dr. R. Gupta) — mixed methods; IRB exemption expected.",
    "Accessibility: all venues ADA-compliant; ASL on request (2 weeks' notice); sensory-friendly matinee once per run.",
    "Digital security: staff use 2FA; donor data is encrypted at rest; we ran a phishing simulation (click rate dropped 31% -> 6%).",
    "Describe the problem (max 2,000 characters): In our county, 1 in 5 seniors lives alone, and the nearest senior center closed in 2022. Isolation isn't just sad; researchers have compared its health risk to smoking.",
    "Demande de subvention — Objectifs : (1) élargir l'accès ; (2) former 20 médiateurs ; (3) produire un guide bilingue FR/EN.",
    "Antrag: Wir beantragen 18.500 € für die Durchführung von 6 Workshops (je 3 Std.) inkl. Honorare & Material.",
    "Project outputs include a toolkit (PDF + editable DOCX), a 30-min webinar, and open-source scripts on GitHub (MIT license) for importing paper sign-in sheets.",
    "How will grant funds be used if awarded partially? We'd prioritise (1) stipends, (2) transport; drop (3) the printed catalogue.",
    "Letters of support: Mayor's Office of Arts; Hmong American Partnership; Northside Elders' Circle.",
    "Have you ever had a grant revoked? No.",
    "Key personnel: ED — Yolanda Price, MSW (15 yrs); Program Lead — Đặng Văn Minh; Evaluation — contracted.",
    "Indicators: # of sessions held; # unique participants; % retention across 8 weeks; pre/post self-efficacy (scale 1–5).",
    "Narrative: Our choir began in a church basement in 1998 with six singers and a borrowed piano. Today, 84 singers aged 8–81 rehearse weekly, and last May we performed at the state capitol.",
    "In-kind contributions: venue (valued at $6,000), volunteer hours (1,200 hrs @ $33.49 = $40,188).",
    "Please explain any 'other' revenue: $4,300 from bake sales; $1,100 from a trivia night; $650 from T-shirt sales.",
    "We will not use funds for lobbying, political campaigns, or religious instruction.",
    "Dissemination: results will be shared at the state nonprofit conference & on our blog; de-identified data in a public CSV.",
    "Explain staff turnover: 3 of 7 staff left in 2024 (two relocated, one retired).",
    "Attachments: IRS determination letter (501(c)(3)); audited financials FY23; board list; W-9",
    "Ongoing costs after the grant (software licenses ~$1,800/yr) will be covered by our operating budget, line 6120.",
    "Demographic data (optional): staff 57% women, 43% men; 29% LGBTQ+; board 45% people of color.",
    "What's one thing that didn't work last year and what did you learn? Our Sunday 8am sessions — nobody came. We moved to Tuesday evenings and attendance tripled.",
    "Cost per participant: $142,500 / 1,150 = ~$124.",
    "Geographic area served: Tri-county (Alameda, Contra Costa, San Joaquin) + virtual.",
    "Declaración de necesidad: Las familias recién llegadas no tienen acceso a actividades culturales en su idioma; nuestro programa cambia eso.",
    "Capacity-building request: move from spreadsheets to a CRM; data migration; staff training (16 hrs).",
    "Executive Director's salary: $78,000 (benchmarked against the 2024 regional compensation survey).",
    "Reporting: interim report due at 6 months; final report 30 days after the end date (12/31).",
    "Describe how participants' privacy is protected: names are replaced by IDs in our evaluation files; the key lives in a separate, access-controlled folder; raw audio is deleted after transcription.",
    "Tell us about a partner: the Hmong elders' group has met in our hall every Tuesday since 2011 — they now run the Thursday dumpling night that funds our heating bill.",
]

GA_ITEMS = ["Program coordinator (0.5 FTE)", "Artist fees", "Venue rental", "Interpretation (ASL/Spanish)",
            "Transportation stipends", "Printing & signage", "Evaluation consultant", "Childcare during sessions",
            "Software licenses", "Food for participants"]
GA_AMOUNTS = ["$1,200", "$2,500", "$3,750", "$6,000", "$9,800", "$12,000", "$18,500", "$24,000"]
GA_WHY = ["market rate for our region", "3 quotes obtained; lowest selected",
          "based on last year's actuals + 3%", "required for equitable access",
          "12 sessions × 2 hrs", "shared 50/50 with the city grant", "in-kind match from partner"]


def tpl_grant_answer(rng):
    return f"Line item: {rng.choice(GA_ITEMS)} — {rng.choice(GA_AMOUNTS)} ({rng.choice(GA_WHY)})"


# ---------------------------------------------------------------------------
# 8. newsletter_template: newsletter and invitation copy with merge fields
# ---------------------------------------------------------------------------
NEWSLETTER_TEMPLATE = [
    "Hi {{first_name}}, thanks for registering for {{event.name}}! Your ticket is attached.",
    "Dear {{ salutation | default: 'Friend' }},",
    "Hi *|FNAME|*, we saved you a seat 🎟️",
    "Hello %FirstName%, your shift starts at %ShiftStart%.",
    "Bonjour {{prenom}}, merci pour votre don de {{montant}} € !",
    "{% if member %}Members get early access on Tuesday!{% else %}Become a member to get early access.{% endif %}",
    "Subject: {{first_name}}, doors open in 1 hour ⏰",
    "Hi ${firstName}, don't forget: ${eventDate} at ${venueName}.",
    "Dear [First Name], on behalf of the board, thank you.",
    "P.S. Reply STOP to unsubscribe, or manage preferences: {{unsubscribe_url}}",
    "<p>Hi {{first_name}},</p>\n<p>Your order <strong>#{{order.id}}</strong> is confirmed.</p>",
    "Liebe/r {{vorname}}, wir freuen uns auf Sie am {{datum}} um {{uhrzeit}} Uhr!",
    "{{#if plus_one}}You and your guest are{{else}}You are{{/if}} confirmed for {{event}}.",
    "Invite copy: You're invited to an evening of music & memories — black tie optional — RSVP by Oct 1.",
    "Save the date! 📅 Gala 2026 — Saturday, March 14 — details to follow.",
    "Preheader text: Last chance — early bird ends tonight at midnight (PT)",
    "Hi {{ first_name | capitalize }}, we noticed you haven't picked a session yet.",
    "Dear {FIRST_NAME} {LAST_NAME},",
    "Footer: You're receiving this because you attended an event at Riverside Arts. Unsubscribe | Update preferences | 400 River Rd, Suite 2 — Riverside, CA 92501",
    "Subject line A/B: (A) 'Your seat is waiting' vs (B) '{{first_name}}, your seat is waiting'",
    "Reminder: bring your QR code (on your phone is fine) — no printing needed!",
    "Hi {{first_name}}, your donation of {{amount | currency}} on {{date | date: '%b %d, %Y'}} is tax-deductible. EIN 12-3456789.",
    "{{#each sessions}}• {{title}} — {{start_time}}\n{{/each}}",
    "Thank-you copy: Because of you, 312 kids went to camp this summer. ☀️ That's not a number — that's 312 summers.",
    "Hola {{nombre}}, ¡gracias por inscribirte! Te esperamos el {{fecha}}.",
    "こんにちは {{last_name}} 様、ご登録ありがとうございます。",
    "Re-engagement: We miss you, {{first_name|default:\"friend\"}}! Here's 20% off with code COMEBACK20.",
    "Dear Friends,\n\nWhat a year. We lost our building in January; by June we'd opened in a new one — thanks to 1,400 of you.\n\nWith gratitude,\nThe Board",
    "Merge field test: {{contact.FirstName}} / {{contact.Account.Name}} / {{Event__c.Start__c}}",
    "Hi <<First Name>>, please confirm your attendance by Friday.",
    "Dear «Title» «Last_Name»,",
    "Plain-text fallback: View this email in your browser: {{web_version_url}}",
    "[Button] Get tickets → {{event.url}}?utm_source=newsletter&utm_medium=email&utm_campaign={{campaign.slug}}",
    "Subject: ✨ Only 12 seats left for Saturday",
    "Hey {{first_name}} — quick one: can you volunteer 2 hrs on Sat? Reply YES & we'll sign you up.",
    "Invitation: The Board of Trustees requests the pleasure of your company at the Annual Dinner, Thursday the fourth of December, at seven o'clock in the evening.",
    "Dear {{first_name}}, we're sorry — {{event_name}} on {{date}} has been cancelled due to weather. Refunds will post in 5–10 business days.",
    "Segment: attended_2024 = true AND donated_last_12m = false → send the 'welcome back' version",
    "{% assign seats = ticket.quantity | plus: 0 %}{% if seats > 1 %}your {{ seats }} seats{% else %}your seat{% endif %}",
    "Hi {{first_name}}! 👋 Check-in opens at 5:30 — skip the line with your app pass.",
    "Dear Member,\nThe AGM will be held on 9 September at 18:00 BST. Proxy forms must be returned by 5 September.\nKind regards,\nCompany Secretary",
    "Newsletter headline: 'Drop Everything: Our Summer Reading Challenge Starts Today!'",
    "SMS copy (160 chars max): {{org}}: Hi {{first}}, your ticket for {{event}} is here: {{link}}. Reply STOP to opt out.",
    "Email footer disclaimer: This message may contain confidential information. If you received it in error, please delete it & notify the sender.",
    "Subject: Upgrade to our Select membership — 2 free guest passes",
    "<a href=\"{{ticket_url}}\" style=\"background:#0a7;color:#fff;padding:12px 20px;text-decoration:none\">View my ticket</a>",
    "Hi {{first_name}},\n\nYou're on the waitlist for {{event}} (position #{{position}}). We'll email you if a spot opens.\n\n— The Events Team",
    "Olá {{primeiro_nome}}, seu ingresso para {{evento}} está confirmado!",
    "Привет, {{first_name}}! Ждём вас {{date}} в {{time}}.",
    "Dear ${recipient.firstName}, your membership renews on ${membership.renewalDate?string('MMMM d')}.",
]

NT_GREET = ["Hi", "Hello", "Dear", "Hey", "Hola", "Bonjour", "Hallo", "Olá", "Ciao"]
NT_FIELDS = ["{{first_name}}", "{{ first_name }}", "*|FNAME|*", "%FirstName%", "[First Name]",
             "{FIRST_NAME}", "{{contact.first_name}}", "${firstName}", "«First_Name»"]
NT_BODY = [
    "your tickets for {{event}} are attached.", "thank you for your gift of {{amount}}.",
    "doors open at {{doors_time}} — see you soon!", "your volunteer shift is confirmed.",
    "we'd love your feedback (2 minutes, promise).", "early bird pricing ends Friday.",
    "here's your receipt for tax purposes.", "the venue has changed — details below.",
    "your seat is {{seat}} in row {{row}}.", "the livestream link goes live 15 min early.",
]


def tpl_newsletter_template(rng):
    return f"{rng.choice(NT_GREET)} {rng.choice(NT_FIELDS)}, {rng.choice(NT_BODY)}"


# ---------------------------------------------------------------------------
# 9. checkin_log: check-in and scanning logs
# ---------------------------------------------------------------------------
CHECKIN_LOG = [
    "2025-04-12T18:31:07-04:00 | SCAN OK | order=A-100482 | ticket=3/4 | gate=North | device=ipad-02",
    "[18:32:55] DUPLICATE scan — ticket 77821-02 already checked in at 18:20 (Gate B). Supervisor override: yes",
    "scan failed: barcode unreadable (cracked screen) -> manual lookup by email, checked in",
    "Check-in note: guest said the name is spelled 'McAllister' not 'Mcallister' — updated.",
    "19:05 walk-up paid cash $20, wristband #0451",
    "Gate A throughput: 412 scans / 45 min; avg 6.5 s per guest; peak 18:55–19:10",
    "WARN 2025-04-12 19:12:03 scanner ipad-04 offline; queued 37 scans; synced at 19:19",
    "Badge reprint x2 (typo: 'Jonh' -> 'John')",
    "Wristband color: GREEN=21+, BLUE=under 21, RED=VIP/backstage",
    "Ticket voided (refunded 4/10) — presented at door; told guest to contact box office; let in as comp per manager",
    "Manual check-in: Priya R. (no phone); verified ID; order #88213",
    "Child under 2 — not ticketed; noted on parent's order",
    "Capacity count @ 20:00: 438 in / 450 cap — holding line at door",
    "Re-entry: stamp on left hand; no re-entry after 22:00",
    "Lost & found: black umbrella, 1 glove (left), reading glasses in red case — Table 3",
    "2025-06-07 09:02:11 UTC INFO kiosk-3 printed badge for 'Zoë Ångström' (utf-8 ok)",
    "Session 2B room count: 58 (cap 60) — redirect overflow to the 2C livestream",
    "Incident: guest fainted near Stage B 21:14, EMT responded, released 21:40. Report #IR-2025-017 filed.",
    "Door note: 3 tickets under 'Smith' — which Smith? Confirm by last 4 of card.",
    "[ERR] QR code invalid signature — event mismatch (ticket is for Sat show, today is Fri). Sent to box office.",
    "CSV export: checked_in_at,order_id,name,tier\n2025-04-12 18:31,A-100482,\"O'Neil, Pat\",GA\n2025-04-12 18:33,A-100490,\"Núñez, José\",VIP",
    "Volunteer scanner #5 logged out at 20:10; handed device to Ahmed (shift change)",
    "No-show list printed 19:45 — 61 unscanned; release their held seats? -> yes for GA, no for VIP",
    "ID check: 2 fake IDs confiscated; both turned away; police not called (per policy).",
    "Note: guest insisted on seat 'J7' but ticket says 'J17' — usher sorted it",
    "Late arrivals 19:35–19:50 held in lobby until the scene change",
    "Bag check: 1 pocket knife held at coat check; returned at exit",
    "Einlass Saal 2: 19:03 geöffnet; 19:28 ausverkauft; 19:30 Türen zu",
    "Accueil : 214 présents / 250 inscrits (85,6 %)",
    "受付ログ 17:45 開場 / 18:02 来場者 120名",
    "scanner app v3.8.1 crashes on Android 14 when the flashlight is toggled — workaround: keep torch off",
    "Offline mode ON at Gate C (LTE dead zone). Remember to sync before leaving!",
    "Comp list at will-call: 'Gazette +1', 'R. Alvarez +0', 'Band guests (6)'",
    "ticket 55120-01 status=checked_in at=2025-04-12T19:01:44Z by=vol_17 gate=B method=qr",
    "ticket 55120-02 status=not_found (typo in code?) → searched by name: found, checked in manually",
    "Will-call pickup: photo ID required; authorized pickup for order 9981: 'Lena Park' (sister)",
    "Attendance summary: registered 1,204 | checked-in 987 | walk-ups 45 | no-shows 262 (21.8%)",
    "Child separated from parent near exit 2 at 21:50; reunited 21:56 — security notified",
    "Kiosk 2 printer jam x3; swapped label roll (2.25\" x 4\")",
    "Door: 1 guest refused entry (intoxicated). Ticket not refunded per T&Cs.",
    "19:20 — Wi-Fi back; 112 offline scans uploaded; 0 conflicts",
    "ALERT: same ticket scanned at Gate A & Gate C within 30s — possible screenshot sharing; flagged order #A-100777",
    "Check-in by name search: 'de la Cruz' finds nothing; 'Cruz' works — does search ignore particles?",
    "Early entry for accessibility: 6 guests seated 18:40 via side door (ramp)",
    "18:00 doors; 18:00:15 first scan; 18:10 line to the corner of 5th & Pine",
    "Speaker check-in: green room; 3/5 speakers arrived; Dr. Okafor delayed (train) ETA 10:15",
    "Badge pickup by surname A–L desk 1, M–Z desk 2 — swap the signs (they were reversed)",
    "Device battery: ipad-01 12% -> charging at info desk; using the phone app meanwhile",
    "LOG 21:05 headcount by section: Orch 312 / Mezz 97 / Balc 41 = 450",
    "Shift handover:\n- Gate B scanner #2 needs charging\n- 4 will-call envelopes left (Ramírez, Liu, O'Brien, Kaur)\n- cash box: $340 + 12 drink tickets",
]

CL_STATUS = ["SCAN OK", "SCAN OK", "SCAN OK", "DUPLICATE", "NOT FOUND", "MANUAL", "VOIDED", "WRONG EVENT"]
CL_GATES = ["North", "South", "A", "B", "C", "Will-Call", "VIP", "Side (ramp)"]
CL_DEVICES = ["ipad-01", "ipad-02", "ipad-04", "kiosk-3", "phone-vol12", "zebra-tc52-7"]


def tpl_checkin_log(rng):
    ts = f"2025-04-12T{rng.randint(17, 21):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}-04:00"
    return (f"{ts} | {rng.choice(CL_STATUS)} | ticket={rng.randint(10000, 99999)}-{rng.randint(1, 6):02d} | "
            f"gate={rng.choice(CL_GATES)} | device={rng.choice(CL_DEVICES)}")


# ---------------------------------------------------------------------------
# 10. venue_av: venue, AV, catering and logistics requirements
# ---------------------------------------------------------------------------
VENUE_AV = [
    "Stage: 24' x 16', 3' high, ADA ramp stage-left. Need 2 wireless handhelds + 4 lavs.",
    "Projector: 1080p min, HDMI & USB-C adapters at lectern; confidence monitor downstage",
    "Power: 2× 20A circuits stage-right for the band; no daisy-chained power strips (fire marshal).",
    "Wi-Fi: SSID 'Venue-Guest', password on the table tents; dedicated 50/50 Mbps line for the livestream",
    "Room set: classroom style for 80, 3 per 6' table, center aisle; head table for 4 on riser",
    "Catering: coffee service 8:30; refresh at 10:30; lunch buffet 12:15 — vegan/GF labeled",
    "Load-in via dock door 3 (alley off 2nd Ave), 7am; freight elevator max 4,000 lbs; no loading after 5pm",
    "Livestream: OBS on the production laptop → RTMP to YouTube (unlisted); backup record to SSD",
    "Please don't tape anything to the walls — use easels. Blue painter's tape OK on floors only.",
    "Lighting: warm wash for the panel, no strobe (photosensitivity note in program)",
    "Mic check @ 4:30; speakers' slides due by Friday to /Events/2025/Gala/Slides (shared drive)",
    "Hearing loop active in main hall; signage at entry; test with a receiver before doors",
    "Fire code max occupancy: 299 (standing) / 180 (seated w/ tables)",
    "AV contact: Raj (on radio ch. 2); backup: house tech Maria",
    "Green room: 4 chairs, mirror, water, fruit, no nuts (speaker allergy)",
    "Signage: 10 A-frames; directional arrows → Registration, ← Restrooms, ↑ Ballroom",
    "Generator for outdoor stage (diesel, 20kW) — placed > 25 ft from tents",
    "Tent permit #TP-2025-0441; stakes ≤ 18\"; underground utilities marked (call 811 done)",
    "Projector resolution 1920x1080 @ 16:9; slides in 4:3 will letterbox — please convert",
    "Sound: FOH at back center; line array L/R; cardioid subs; max 95 dB(A) at FOH per neighbor agreement",
    "Zoom setup: laptop + Owl camera; room mic feed via USB interface; host = events@; co-host = Dana",
    "Technical rider (band): 4 vocal mics (SM58), 2 DI boxes, drum riser 8x8, 3 wedges + IEM for drummer",
    "Parking: 120 spaces; ADA 6; overflow lot at the church (5-min walk), shuttle every 10 min",
    "Venue contract clause 7.3: F&B minimum $12,000++ (++ = 22% service + 9.5% tax)",
    "Load-out must finish by 01:00; late fee $250/hr after that",
    "Raumbedarf: Beamer, Leinwand, Flipchart & Moderationskoffer; Bestuhlung in U-Form für 20 Personen",
    "Salle : vidéoprojecteur + 2 micros HF ; accès PMR par l'entrée latérale",
    "会場: プロジェクター、マイク2本、同時通訳ブース(英日)",
    "Interpretation booths: 2 (EN<->ES, EN<->FR), 2 interpreters per booth, 30-min rotations; 150 receivers",
    "Coat check: 300 hangers, ticketed; $2 suggested donation",
    "Podium height adjustable? Our keynote speaker is 4'10\" and uses a wheelchair — need a low lectern or table mic.",
    "Backdrop: 8' x 10' step-and-repeat with sponsor logos; delivered by the printer Thursday",
    "Security: 2 guards 6pm–midnight; bag check at main entrance; clear-bag policy",
    "Internet for vendors: hard-wired drops at booths 1–12 (Cat6), $150 each via venue IT",
    "Stage plot attached (PDF); input list: ch1 kick, ch2 snare, ch3 hat, ch4–5 toms, ch6–7 OH L/R, ch8 bass DI",
    "Temperature: keep ballroom at 68–70°F; it gets hot with 400 people",
    "Venue curfew 23:00 (residential area); amplified sound ends 22:30",
    "Rigging: no points on the ceiling; truss must be ground-supported",
    "Quiet room / sensory space: Room 104, dim lights, beanbags, no AV",
    "Restrooms: all-gender restroom on level 1 near the elevator; signage provided",
    "Screens: 2× 98\" LED on stands left/right of stage; feed = program out from the switcher",
    "Cable runs across walkways must be covered with yellow-jacket ramps",
    "Streaming URL for remote speakers: use the backstage link, NOT the public one",
    "Room 3.02 AV: ceiling projector (VGA only!) — bring your own VGA adapter or use the house PC (Windows 10, PowerPoint)",
    "Menu: starters — burrata w/ heirloom tomatoes; mains — hanger steak | wild mushroom risotto (V) | salmon (GF); dessert — tiramisu",
    "Bar: beer & wine only; 2 drink tickets per guest; cash bar after",
    "Power drop for food trucks: 50A, 240V, twist-lock (L14-50); trucks must bring their own cords",
    "Weather contingency: if wind > 25 mph, tents come down; move to the gym",
    "Photography: no flash during performance; press riser at back (4' x 8')",
    "Run of show:\n17:30 doors / walk-in music\n18:00 welcome (ED) — handheld 1\n18:10 video (audio via DI ch. 8)\n18:20 panel — lavs 1–4\n19:15 auction — handheld 2, house lights 50%",
    "Backline request: the venue's piano must be tuned to A=442 on the day; the pianist will bring their own bench cushion.",
]

VA_ROOMS = ["Ballroom A", "Salon 2", "Room 1.14", "Main Hall", "Courtyard tent", "Studio B",
            "Library Annex", "Auditorium", "Gym", "Chapel"]
VA_EQUIP = ["projector + screen", "2 handheld mics", "4 lavalier mics", "lectern w/ mic",
            "confidence monitor", "PA with 2 speakers", "livestream camera", "hearing loop",
            "clicker + laptop", "flipchart & markers"]
VA_SETUP = ["theater style for 120", "rounds of 8 for 200", "classroom for 40", "U-shape for 24",
            "cabaret for 90", "standing reception for 150", "boardroom for 16"]
VA_TIMES = ["set by 7:00", "ready by 12:30", "tech check at 16:00", "strike after 22:00",
            "access from 06:30", "doors at 18:30"]


def tpl_venue_av(rng):
    return (f"{rng.choice(VA_ROOMS)}: {rng.choice(VA_EQUIP)}, {rng.choice(VA_EQUIP)}; "
            f"{rng.choice(VA_SETUP)}; {rng.choice(VA_TIMES)}")


CATEGORIES = [
    ("event_listing", EVENT_LISTING, tpl_event_listing),
    ("session_abstract", SESSION_ABSTRACT, tpl_session_abstract),
    ("registration_answer", REGISTRATION_ANSWER, tpl_registration_answer),
    ("ticket_promo", TICKET_PROMO, tpl_ticket_promo),
    ("donation_tribute", DONATION_TRIBUTE, tpl_donation_tribute),
    ("volunteer_shift", VOLUNTEER_SHIFT, tpl_volunteer_shift),
    ("grant_answer", GRANT_ANSWER, tpl_grant_answer),
    ("newsletter_template", NEWSLETTER_TEMPLATE, tpl_newsletter_template),
    ("checkin_log", CHECKIN_LOG, tpl_checkin_log),
    ("venue_av", VENUE_AV, tpl_venue_av),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = {}
    stats = []
    for category, literals, template in CATEGORIES:
        values = []
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {category}: {v!r}")
            seen[v] = category
            values.append(v)
        n_lit = len(values)
        if n_lit > PER_CATEGORY or n_lit < int(PER_CATEGORY * 0.55 + 0.999):
            raise SystemExit(f"{category}: {n_lit} literals out of range")
        tries = 0
        while len(values) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"{category}: template exhausted")
            v = template(rng)
            if v in seen:
                continue
            seen[v] = category
            values.append(v)
        stats.append((category, len(values), n_lit))
        for v in values:
            rows.append({"category": category, "label": "benign", "value": v})

    out = []
    for i, r in enumerate(rows, 1):
        v = r["value"]
        if not isinstance(v, str) or not v or len(v) > 1800:
            raise SystemExit(f"bad value: {v!r}")
        out.append({"id": f"{ID_PREFIX}-{i:05d}", "category": r["category"], "label": "benign", "value": v})

    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for category, n, n_lit in stats:
        total_lit += n_lit
        print(f"{category:22s} {n:4d}  literals {n_lit:3d} ({100 * n_lit / n:.0f}%)")
    print(f"{'total':22s} {len(out):4d}  literals {total_lit:3d} ({100 * total_lit / len(out):.0f}%)")
    print(f"wrote {path}")


if __name__ == "__main__":
    main()
