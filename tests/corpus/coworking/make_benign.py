#!/usr/bin/env python3
"""Benign corpus for the coworking theme. Standard library only, deterministic."""
import json
import os
import random

SEED = 15401
PREFIX = "hbee"
PER_CATEGORY = 80
rng = random.Random(SEED)

# ---------------------------------------------------------------- booking_note
BOOKING_LIT = [
    "Desk 14",
    "Need a standing desk near the window if possible",
    "Booking Room Atlas for the quarterly review, 10:00–12:00, 8 people",
    "Please set up the projector & HDMI adapter before 9",
    "Recurring: every Tue/Thu, hot desk, 2nd floor",
    "Client call — need the phone booth, not the open area!",
    "Can we select the bigger room instead? The small one only fits 4 and we're 6.",
    "Drop-in day pass for my colleague Siobhán O'Brien",
    "I'll drop the booking if the team offsite gets confirmed -- will update by Friday",
    "Order by lunch please: 6x vegan wraps, 2x gluten-free",
    "Room 3B > Room 3A for video calls (less echo)",
    "Board meeting; whiteboard markers; flipchart; no catering",
    "Moved from 14:00 to 15:30 because the train is late :(",
    "Need the room 09:00-17:00 on 2024-11-18, interviews back to back",
    "Réunion d'équipe — salle « Jardin », 12 personnes",
    "Besprechungsraum für 5 Personen, bitte mit Kaffee",
    "会議室を午後2時から4時まで予約したいです",
    "Reserva para el viernes, escritorio fijo junto a la ventana",
    "Sala riunioni per 4 persone, giovedì mattina",
    "Ищу переговорку на 6 человек на среду",
    "Quiet zone only — I'm recording a podcast episode",
    "Team of 12 -> split across Room Oak and Room Pine?",
    "Please union the two adjacent desks into one long table for the hackathon",
    "Sleep pod booking 13:00–13:30 (yes, I know it's a luxury)",
    "Accessible room needed: wheelchair user, step-free access",
    "Hold the room 'til 6pm, the workshop usually overruns",
    "Cancel my 2pm; rebook for Thursday same time",
    "Whiteboard wall + 2 monitors + USB-C dock",
    "We need <= 10 chairs, not more, the fire marshal was strict last time",
    "Lunch & learn: \"Intro to Rust\" — 20 min talk + Q&A",
    "Overflow seating for the all-hands; 40+ expected",
    "Booking for guest: Dr. Amara N'Diaye (external, needs visitor badge)",
    "Same as last week",
    "Prefer desk D-07 or D-08 (near the plug sockets)",
    "Can I extend my booking by 1h? Room shows free on the calendar",
    "Focus day — no meetings, just a desk in the silent room",
    "Parent & baby room for 30 mins around 11:30",
    "Room Kyoto: please remove the round table, we need theatre seating",
    "Interview panel (3) + candidate; water & glasses please",
    "Booking note: key for the cabinet is with reception, ask for Jo",
    "Podcast studio — need the mic arms and the acoustic panels up",
    "Hybrid meeting, Zoom link will be in the invite; 4 in room, ~15 remote",
    "Desk for a week (Mon–Fri), visiting from the Lisbon office",
    "Team standup 9:15 sharp, 15 min, any free corner is fine",
    "If room A is taken then room B, else any room with a screen",
    "Catering order: 10 coffees, 4 teas (1 oat milk), pastries",
    "Rooftop terrace for a small farewell drinks, weather permitting ☀️",
    "Please don't auto-release the room at 9:15, I'm coming from the dentist",
    "Meeting \"Budget 2025 – final\" — confidential, blinds down please",
    "Need 2 desks side-by-side for pair programming",
    "Training day: 8 laptops, 1 trainer, projector, extension leads x3",
    "Weekly 1:1 with my manager, small booth is fine",
    "The Monday booking keeps disappearing?? Rebooking for the 3rd time",
]
BOOKING_ROOMS = ["Room Atlas", "Room Kyoto", "Phone booth 2", "Desk D-12", "Studio", "Room Oak", "the event hall", "Booth 5"]
BOOKING_WHY = ["client workshop", "team retro", "interview", "sprint planning", "investor call", "design review", "onboarding session", "1:1"]
BOOKING_EXTRA = ["no catering", "coffee for 4 please", "need the TV", "whiteboard please", "quiet please", "chairs in a U shape", "will bring my own adapter", ""]


def booking_tpl():
    h = rng.choice([8, 9, 10, 11, 13, 14, 15, 16])
    dur = rng.choice([30, 60, 90, 120])
    end_min = h * 60 + dur
    extra = rng.choice(BOOKING_EXTRA)
    s = "%s %02d:00–%02d:%02d for %s" % (rng.choice(BOOKING_ROOMS), h, end_min // 60, end_min % 60, rng.choice(BOOKING_WHY))
    return s + (", " + extra if extra else "")


# ---------------------------------------------------------------- member_profile
PROFILE_LIT = [
    "Conor O'Malley",
    "Zoë D'Souza-Müller",
    "Jean-François L'Heureux",
    "Ngozi Okonkwo-Adeyemi",
    "李小龙",
    "Søren Kierkegaard Ølgaard",
    "María José García-López",
    "O'Neill & Partners Ltd.",
    "Product designer. Previously @ a fintech. Ask me about Figma, typography & good coffee.",
    "Backend dev (Go, Postgres). I write SQL that says SELECT * FROM problems WHERE solved = false 😅",
    "Freelance translator EN ⇄ DE ⇄ FR",
    "Data scientist — I love a good GROUP BY and a bad pun",
    "Founder of a tiny SaaS for dentists. Bootstrapped, 3 people, hiring!",
    "she/her · UX researcher · runner · cat person",
    "He/him. DevOps. Will fix your CI for cookies. `kubectl get pods` is my love language.",
    "Illustrator & comic artist. Portfolio: https://www.behance.net/example-artist",
    "Accountant — yes, I can help with your VAT return (for a fee 😉)",
    "Journalist covering climate & energy. DMs open.",
    "Rust/C++ embedded engineer; drone nerd; sourdough baker",
    "Ex-teacher now building edtech. Interested in <accessible> design and plain language.",
    "Startup lawyer. Contracts, cap tables, GDPR. Not legal advice over coffee though.",
    "Photographer · 📷 Canon R6 · available for headshots on Fridays",
    "Marketing lead @ GreenCart. We're the ones with the plants on desk 22.",
    "Community manager here — ping me for anything!",
    "I build shell scripts that nobody should run on a Friday; cd ~/projects && make coffee",
    "Hi! I'm Aoife (pronounced EE-fa).",
    "アプリ開発者です。よろしくお願いします。",
    "Développeuse front-end, passionnée d'accessibilité",
    "Entwickler bei einem kleinen Start-up aus Köln",
    "Diseñadora gráfica freelance — branding y packaging",
    "مصمم واجهات مستخدم ومطور ويب",
    "מפתח תוכנה, אוהב קפה ואופניים",
    "Программист, люблю Python и горы",
    "Company: Dunn & Bradstreet-ish Consulting (not the real one)",
    "Job title: Head of Growth / Chief Meme Officer",
    "Skills: SQL, Python, Tableau, dbt, Airflow",
    "Skills: React, TypeScript, Node.js, GraphQL, <3 CSS grid",
    "Website: https://anna-kowalska.example.com/portfolio?lang=en",
    "LinkedIn: linkedin.com/in/tomas-navarro-98",
    "GitHub: github.com/kaito-dev",
    "anna.kowalska+cowork@example.com",
    "d.o'connor@example.ie",
    "+44 20 7946 0958",
    "+1 (415) 555-0132 ext. 7",
    "Emergency contact: my partner Sam, 07700 900123",
    "Dietary: vegetarian, no nuts (serious allergy!)",
    "Allergies: penicillin; latex",
    "Preferred name: Bo",
    "Pronouns: they/them",
    "Timezone: Europe/Berlin (UTC+1, UTC+2 in summer)",
    "Open to: mentoring, co-founder chats, coffee ☕",
    "Looking for: a designer who's into data viz; DM me",
    "Bio: I used to drop tables for a living (furniture removal). Now I drop databases... no wait, I just back them up.",
    "Interests: bouldering, board games, 3D printing, Esperanto",
]
PROFILE_FIRST = ["Liam", "Fatima", "Chen", "Olga", "Mateo", "Priya", "Kwame", "Ines", "Hana", "Rory"]
PROFILE_ROLE = ["product manager", "iOS developer", "copywriter", "architect", "data engineer", "UX writer", "illustrator", "recruiter", "sales lead", "QA engineer"]
PROFILE_LIKES = ["climbing", "jazz", "chess", "kombucha", "trail running", "sci-fi novels", "pottery", "open source", "cycling", "film photography"]


def profile_tpl():
    return "Hi, I'm %s — %s. Outside work: %s & %s." % (
        rng.choice(PROFILE_FIRST), rng.choice(PROFILE_ROLE), rng.choice(PROFILE_LIKES), rng.choice(PROFILE_LIKES))


# ---------------------------------------------------------------- chat_message
CHAT_LIT = [
    "anyone got a USB-C charger I can borrow?",
    "lunch at 12:30? thinking the ramen place",
    "who left the oat milk open 🙃",
    "@channel the coffee machine is fixed!!",
    "brb",
    "lol same",
    "Has anyone tried `SELECT ... FOR UPDATE SKIP LOCKED` for job queues? Works great for us",
    "PSA: if your build fails run `rm -rf node_modules && npm ci` — fixed it for me",
    "the wifi password changed again? ugh",
    "Friday drinks on the terrace 🍻 5pm",
    "can someone water the plants by desk 9, I'm away till Monday",
    "Quick poll: pizza 🍕 or tacos 🌮 for the hackathon?",
    "Thanks @maria for the intro, super helpful!",
    "Is the printer on 3F out of toner again -_-",
    "Don't forget: fire drill tomorrow at 10:00",
    "I think union membership is a good topic for the next community talk, who's in?",
    "git pull --rebase && git push, then ping me for review",
    "my script does `cat data.csv | sort | uniq -c | sort -rn | head` and that's the whole pipeline haha",
    "Moved the meeting → Room Oak",
    "brb 5 min, grabbing a coffee ☕",
    "does anyone know a good accountant? asking for a friend (me)",
    "The printer says 'PC LOAD LETTER' what does that even mean",
    "the sign says 'Do not sleep on the sofas' but honestly...",
    "New members this week: Ana, Kofi & Jasper — say hi 👋",
    "Who's up for a 5-a-side on Thursday?",
    "where do I find the invoice for March? the billing page is confusing",
    "FYI the door on the 2nd floor beeps but doesn't open, raised a ticket",
    "👍",
    "ok",
    "Il y a encore du café ?",
    "Hat jemand ein Ladekabel für ein MacBook?",
    "¿Alguien va a la charla de esta tarde?",
    "今日のランチどうする？",
    "누가 회의실 B 쓰고 있나요?",
    "Кто-нибудь видел мои наушники?",
    "Is $20/month for the locker worth it? I only come in twice a week",
    "hot take: tabs > spaces",
    "if x < 10 && y > 3 the discount applies, right? the plan page is unclear",
    "I pasted the wrong link, this one: https://docs.example.com/guide#section-2",
    "Can someone explain why our query with ORDER BY created_at DESC is so slow? index is there",
    "tried `echo $PATH` and it's empty in cron, classic",
    "The 'drop box' for mail is next to reception, not the kitchen",
    "Reminder: label your food in the fridge (name + date)",
    "Heads up -- the lift is out of service until 3pm",
    "congrats on the funding round!!! 🎉🎉",
    "Can we not microwave fish please 🙏",
    "`npm run build` takes 4 min on the guest wifi vs 40s on ethernet, fyi",
    "Thanks all, see you tomorrow",
    "anyone want the leftover sandwiches? kitchen, 2nd shelf",
    "He said \"let's sync\" and then left. Classic.",
    "Meeting notes are in the shared drive under /Team/2024/Q3/notes.md",
    "The ${company} placeholder in the onboarding email didn't get replaced lol, someone tell ops",
]
CHAT_WHO = ["@sam", "@lea", "@kofi", "@yuki", "@marco", "everyone", "@channel", "team"]
CHAT_WHAT = ["the projector remote is in the drawer", "I'm running 10 min late", "cake in the kitchen", "standup moved to 9:30",
             "can you review my PR", "the parcel for you is at reception", "who booked Room Atlas", "lunch?"]


def chat_tpl():
    return "%s %s%s" % (rng.choice(CHAT_WHO), rng.choice(CHAT_WHAT), rng.choice(["", "!", " 🙂", "?", " thx", " :)"]))


# ---------------------------------------------------------------- facility_ticket
TICKET_LIT = [
    "Broken chair at desk 17 — the gas lift sinks",
    "Air con too cold in Room Kyoto (set to 18°C?)",
    "Toilet on 2F keeps running",
    "Kitchen sink blocked again; someone poured coffee grounds in",
    "The badge reader on the back door shows a red light and won't let anyone in",
    "Light flickering above desks 20–24, giving me a headache",
    "Dishwasher not draining. Error E24.",
    "Monitor at D-03 has dead pixels; also the HDMI cable is loose",
    "Please fix: window in Room Oak doesn't close fully, it's freezing",
    "Wi-Fi drops every ~10 min in the east wing (laptop + phone both)",
    "Printer 3F jam in tray 2 — I tried, didn't work, sorry!",
    "Fridge smells. Like, really smells.",
    "Coffee machine: 'descale needed' message, and the milk frother is dead",
    "Socket under desk 31 sparks when you plug in. Please check ASAP, I've stopped using it",
    "Whiteboard markers all dry in the event hall",
    "The lock on locker #42 is jammed, my laptop is inside 😬",
    "Loud drilling from the floor above since 8am — is there construction planned?",
    "Blinds in Room Atlas stuck halfway",
    "Shower on 1F: no hot water",
    "Leak from the ceiling near the stairs, put a bin under it",
    "Please drop the temperature in the silent room; it's 27 °C",
    "Can we get a second microwave? Queue at 12:30 is > 10 people",
    "Select-all on the room screen crashes the booking panel (the tablet outside Room Pine)",
    "Lift button for floor 4 doesn't light up",
    "Bike rack is full; people are locking bikes to the railings",
    "Smoke detector chirping in the phone booth (battery?)",
    "Chair in booth 5 squeaks. Minor, but hey.",
    "Trash not collected on Friday, bins overflowing",
    "Mouse on the hot desk D-11 is missing",
    "The door to the terrace won't latch; security risk overnight?",
    "Mould on the wall behind the kitchen bench",
    "Heater rattles like a drum — ticket #1243 was closed but not fixed",
    "TV in Room Kyoto: no signal from HDMI 2; HDMI 1 works",
    "Please add more hooks for coats near the entrance",
    "Someone parked in the disabled bay again (reg on request)",
    "Paper towels out in the women's restroom 2F",
    "Floor sticky near the coffee area — spilled syrup?",
    "Ethernet port at D-19 dead; tested with two cables",
    "Power strip at desk 8 has a cracked casing",
    "Room booking screen shows 'Available' but room is occupied",
    "Noise complaint: phone calls in the silent zone, again",
    "The plant by the window is dying 🥀 can someone adopt it",
    "The fob reader beeps twice then nothing; my card worked yesterday",
    "Kitchen tap drips; it's wasting water",
    "Sofa in the lounge has a tear in the cushion",
    "Printer prints everything with a grey stripe down the middle",
    "Urgent: water on the floor in the server cupboard!!",
    "Broken glass near the entrance, I put a sign, please sweep",
    "Ceiling tile loose above desk 27 -- looks like it might fall",
    "Speakerphone in Room Pine: people on the call can't hear us",
    "Elevator stuck between 2 and 3 for ~5 minutes this morning; it's fine now but worth checking",
    "Radiator valve at D-40 broken off. Pipe OK, just the knob.",
    "Hand dryer on 3F is loud as a jet engine -- any chance of a quieter one?",
]
TICKET_THING = ["desk lamp", "chair", "monitor arm", "door closer", "tap", "window", "light", "coffee grinder", "blind", "radiator"]
TICKET_WHERE = ["desk 12", "Room Oak", "the kitchen", "2F corridor", "booth 3", "the lounge", "Room Atlas", "reception"]
TICKET_STATE = ["is broken", "makes a weird noise", "doesn't work", "is loose", "keeps switching off", "is stuck"]


def ticket_tpl():
    return "The %s in %s %s%s" % (rng.choice(TICKET_THING), rng.choice(TICKET_WHERE), rng.choice(TICKET_STATE),
                                  rng.choice([".", " — please have a look.", " again.", ", thanks!", " (not urgent)"]))


# ---------------------------------------------------------------- event_description
EVENT_LIT = [
    "Breakfast & Bagels — every first Monday",
    "Founders' Fireside: How we got to €1M ARR without VCs",
    "Intro to SQL for marketers: SELECT, WHERE, GROUP BY and ORDER BY in one hour. Bring a laptop!",
    "Lightning talks! 5 minutes each, any topic. Sign up in #events.",
    "Yoga on the roof 🧘 (mats provided) — 8:00 a.m.",
    "Pub quiz: teams of 4, winners get a free meeting-room day",
    "Workshop: Shell basics — pipes (|), redirects (>), && and ; explained with cats and dogs",
    "Pitch practice night. Get feedback from 3 mentors. Max 8 pitches.",
    "Board game evening — Catan, Codenames, Azul. Snacks & drinks 🎲",
    "Women in Tech breakfast, all welcome",
    "Talk: \"Why your Docker image is 2GB and how to fix it\"",
    "Holiday party 🎄 Dress code: ugly jumpers. Plus-ones welcome, RSVP by Dec 1.",
    "Python meetup: type hints, dataclasses & the walrus := operator",
    "Members' market: sell your crafts, books, plants. Table = free",
    "Career clinic with recruiters from 3 local scale-ups",
    "Coffee cupping with a local roaster ☕ — 6 beans, 1 hour",
    "Book club: 'The Mythical Man-Month'. Discussion: chapters 1–5",
    "Talk: Defending web apps — SQL injection, XSS and CSRF for non-security people (no live hacking, just concepts)",
    "Mental health first aid training (certified, 2 days, limited to 12)",
    "Figma Friends: show & tell of your latest designs",
    "Hackathon 48h. Theme: civic tech. Prizes: €500 / €250 / €100",
    "Sleep science talk: why pulling all-nighters is a bad idea",
    "Spanish conversation table / Mesa de conversación en español",
    "Atelier d'écriture — textes courts, ouvert à tous",
    "Stammtisch für Gründerinnen und Gründer",
    "Tech talk: Event sourcing — commands -> events -> projections",
    "Kids' day (school holidays): bring your children, we'll have a craft corner",
    "AMA with our community team: what should we change in 2025?",
    "Open mic 🎤 — music, poetry, stand-up. 10 min slots.",
    "Photography walk around the old town, meet at reception 17:30",
    "Accessibility workshop: screen readers, contrast, <label> and alt text",
    "Learn Git in 90 mins: init, commit, branch, merge, and what to do when it all goes wrong",
    "Charity run 5k — we're raising money for the food bank",
    "Freelancer tax Q&A with a certified accountant — bring questions, not receipts",
    "Linux for beginners: ls, cd .., cp, mv and why you should never type rm -rf / (seriously)",
    "Mindful Monday: 20 minutes of guided meditation",
    "Movie night: Hidden Figures 🍿",
    "Salary negotiation workshop (anonymous questions via slido)",
    "Demo day: 6 startups from our incubator present",
    "Cooking together: Indian street food, veggie-friendly",
    "Intro to Excel formulas: VLOOKUP, SUMIF and why you should use =XLOOKUP now",
    "JavaScript meetup — template literals like `Hello ${name}`, async/await, and the event loop",
    "Meet your neighbours: floor 3 mixer",
    "Climate Fresk workshop (3h) — understand the science in a fun way",
    "Remote-work policy roundtable: 4 days office vs 1 day?",
    "Design critique: bring 1 screen, get 3 opinions",
    "Bike repair café 🚲 — fix your flat, adjust your brakes",
    "Tea tasting: sencha, oolong, pu-erh 🍵",
    "Wine & cheese, members only, 18+",
    "Open Source Saturday: find your first issue and make a PR",
    "Data viz meetup: D3 vs. Vega-Lite vs. \"just use a bar chart\"",
    "Annual members' meeting: budget, plans, elections of the community board",
    "Handlebars / Mustache templating 101 — {{#each items}} {{name}} {{/each}} and friends",
]
EVENT_KIND = ["Workshop", "Talk", "Meetup", "Breakfast", "Panel", "Social", "Masterclass", "Office hours"]
EVENT_TOPIC = ["pricing your freelance work", "React Server Components", "pitch decks", "home-office ergonomics",
               "personal branding on LinkedIn", "GDPR for small teams", "growth experiments", "public speaking"]
EVENT_WHEN = ["Tue 18:00", "Thu 12:30 (lunch provided)", "Wed 9:00", "Fri 16:00 + drinks", "Mon 17:30", "Sat 10:00"]


def event_tpl():
    return "%s: %s — %s, %s" % (rng.choice(EVENT_KIND), rng.choice(EVENT_TOPIC), rng.choice(EVENT_WHEN),
                                rng.choice(["Room Atlas", "event hall", "the terrace", "online + in person", "lounge"]))


# ---------------------------------------------------------------- search_query
SEARCH_LIT = [
    "room with projector",
    "phone booth",
    "desk near window",
    "quiet room friday",
    "standing desk",
    "printer 3F",
    "invoice march",
    "Room Atlas",
    "anna",
    "O'Brien",
    "d'souza",
    "designer react",
    "yoga",
    "\"board games\"",
    "meeting room -booth",
    "capacity > 8",
    "capacity >= 10 projector",
    "price < 30",
    "rooms 10-12 people",
    "events this week",
    "select plan",
    "order by price",
    "union square office",
    "drop-in day pass",
    "sleep pod",
    "wifi voucher",
    "door access card lost",
    "locker",
    "parking",
    "bike storage",
    "kitchen rules",
    "how to cancel booking",
    "vat invoice",
    "team plan vs flex plan",
    "salle de réunion",
    "Besprechungsraum",
    "会議室",
    "sala de juntas",
    "переговорная",
    "café",
    "c++",
    "c#",
    "node.js",
    "ux/ui",
    "a/b testing",
    "r&d",
    "AT&T",
    "2024-10-01",
    "#events",
    "@kofi",
    "*.pdf",
    "INV-2024-0042",
    "where is the first aid kit",
    "what's the guest policy?",
]
SEARCH_A = ["room", "desk", "event", "member", "invoice", "ticket", "printer", "booth"]
SEARCH_B = ["tomorrow", "near kitchen", "with screen", "2nd floor", "paid", "open", "for 6", "this month"]


def search_tpl():
    return "%s %s" % (rng.choice(SEARCH_A), rng.choice(SEARCH_B))


# ---------------------------------------------------------------- invoice_billing
INVOICE_LIT = [
    "Please put our VAT number on the invoice: DE123456789",
    "Billing address: 12 O'Connell Street, Dublin 1, D01 F5P2, Ireland",
    "Company name on invoice: Müller & Söhne GmbH",
    "PO number: PO-2024-0917",
    "Cost centre: 4410 / Marketing",
    "Can you split the invoice 50/50 between me and my co-founder?",
    "Why was I charged twice for October? Ref INV-10233 and INV-10234",
    "Upgrading from Flex (10 days) -> Dedicated desk from 1 Dec",
    "Downgrade please, I'm only coming in 2 days a week now",
    "Please cancel my plan at the end of the month — moving to Lisbon 🇵🇹",
    "Payment reference: COWORK-JAN-ANNA",
    "Invoice should say \"Consulting services\" not \"Desk rental\" for our accountant? Or is that not possible",
    "The total says €249.00 but the plan is €229 + €20 locker = €249, ok that's right, never mind!",
    "Discount code: STUDENT20",
    "Our finance team needs invoices as PDF to ap@acme-example.com",
    "Send receipts to finance+receipts@example.org please",
    "Is the price incl. or excl. 19% MwSt.?",
    "Bank: IBAN DE89 3704 0044 0532 0130 00 (fake, for testing)",
    "Payment via SEPA direct debit, mandate ref MND-8832",
    "Tax ID: GB 123 4567 89",
    "Plan: Team 5 · 5 seats · €1,150/mo · billed annually",
    "Could you drop the setup fee? We're moving our whole team of 9 here",
    "Expense note: meeting room 3h x €35 = €105, client workshop",
    "Credit note requested for the day the heating was broken",
    "Receipt for day pass 14/11 please, paid with card ending 4242",
    "Overdue? I paid on the 3rd, bank transfer takes 1–2 days",
    "Prix HT / TTC ? Merci de préciser",
    "Rechnung bitte an: Beispiel AG, z. Hd. Frau Özdemir",
    "Factura a nombre de: Estudio Peña S.L., CIF B12345678",
    "請求書の宛名は株式会社サンプルでお願いします",
    "Monthly: 10 x day pass = €200; vs Flex plan €179 -> Flex wins",
    "Charges: desk 1 | locker 1 | mail handling 1 | total 3 items",
    "Please union the invoices for Oct & Nov into one for our bookkeeping (if possible)",
    "Budget line: \"Office -- coworking\" (Q1)",
    "Order #5521 — 20 printing credits",
    "We'd like to pay yearly upfront; is there a discount?",
    "Card declined?? It works everywhere else. Trying another one.",
    "Refund for the cancelled event ticket (Pitch Night, €15)",
    "Add note to invoice: 'Project Hermes — phase 2'",
    "Invoice language: English please, not German",
    "Notes for accounting: select the reverse-charge option, we're a B2B customer in the EU",
    "Billing contact: Priya Raman <priya.raman@example.co.uk>",
    "Attn: Accounts Payable, Suite 400",
    "Our PO expires 31/12 — please invoice before then",
    "Member since 2019, can I keep the old price? 🙏",
    "Meeting room credits left: 4h of 10h — do they roll over?",
    "I was charged for a guest pass but my guest never came",
    "Can invoices include the booking ids? e.g. BK-5512, BK-5513",
    "Net 30 please, that's our company policy",
    "Currency: CHF instead of EUR possible?",
    "Address line 2: c/o WeBuild Studio, 3rd floor",
    "Update the company name to 'Fox & Hound Digital' from January",
    "Where do I download all 2023 invoices as a ZIP?",
]
INVOICE_CO = ["Acme Labs", "Blue Fern Studio", "Nordlicht GmbH", "Kite & Key Ltd", "Pixel Café", "Oakridge Legal", "Studio Ñandú"]
INVOICE_ITEM = ["Dedicated desk", "Flex plan", "Meeting room credits", "Locker", "Mail handling", "Day passes", "Private office"]


def invoice_tpl():
    amount = rng.randint(15, 2400)
    return "%s — %s, %s %d, €%d.%02d" % (rng.choice(INVOICE_CO), rng.choice(INVOICE_ITEM),
                                       rng.choice(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]),
                                       rng.choice([2023, 2024, 2025]), amount, rng.choice([0, 50, 99, 0]))


# ---------------------------------------------------------------- printer_job
PRINTER_LIT = [
    "Contract_final_v3.pdf",
    "Q3 report (draft).docx",
    "boarding-pass.pdf",
    "poster_A2_event.png",
    "C:\\Users\\anna\\Documents\\invoice_oct.pdf",
    "/Users/kwame/Desktop/slides-final-FINAL.pdf",
    "~/Downloads/tickets (1).pdf",
    "../shared/handouts/workshop.pdf",
    "Marketing/2024/brochure - print version.pdf",
    "résumé_Zoë.pdf",
    "Präsentation_Kunde.pptx",
    "見積書_2024.pdf",
    "Double-sided, black & white, 2 copies",
    "Colour, A3, landscape, 1 copy",
    "Pages 1-5, 8, 10-12 only",
    "Staple top-left please",
    "Print on the 3F printer, not the one in the lobby",
    "Job stuck in queue since 10:42 — can someone cancel job #881?",
    "Scan to email: me@example.com",
    "Scan to folder: \\\\fileserver\\scans\\team-b",
    "Booklet mode, A5 folded",
    "Hold job until I badge in at the printer (secure print)",
    "Please print my boarding pass, my laptop battery died",
    "Label: 'Fragile – this side up' x 20",
    "Name badges for the event (Avery L7160)",
    "Recipe for the potluck 🍲 — 15 copies",
    "Thesis chapter 3 — 120 pages, duplex, grayscale",
    "Photos_wedding/IMG_2044.JPG",
    "certificate-of-incorporation.pdf",
    "Tax form W-8BEN.pdf",
    "menu | drinks | prices.pdf",
    "invoice_#2024-11.pdf",
    "Report [Final] {v2}.pdf",
    "notes & todo's.txt",
    "project-plan (copy) (copy).xlsx",
    "NDA – signed.pdf",
    "print_me_please.pdf",
    "Lease agreement 2025; v1.pdf",
    "slides_$revenue_2024.pdf",
    "shopping-list.txt",
    "D:\\Scans\\2024\\receipts\\",
    "Cover page only, thick paper if available (160 gsm)",
    "Fit to page, 2 pages per sheet",
    "Why does my PDF print with black boxes instead of images?",
    "Out of paper in tray 1 again ✉️",
    "Quota: 200 pages/month — how many have I used?",
    "Print credits top-up: +100 pages",
    "Mirror print for iron-on transfer (t-shirts for the team day)",
    "Please print in 'draft' quality to save toner",
    "Printer 'HP-3F-East' keeps going offline",
    "/home/li/Documents/visa application/form.pdf",
    "OneDrive - Acme/Shared Documents/Agenda.docx",
    "Envelope DL, address on front, 40 pcs",
]
PRINTER_DOC = ["agenda", "contract", "handout", "flyer", "invoice", "slides", "timesheet", "poster"]
PRINTER_EXT = ["pdf", "docx", "png", "pptx", "xlsx"]


def printer_tpl():
    return "%s_%s_%02d.%s — %d cop%s, %s" % (
        rng.choice(PRINTER_DOC), rng.choice(["final", "v2", "draft", "signed", "print"]), rng.randint(1, 30),
        rng.choice(PRINTER_EXT), rng.randint(1, 12), "ies" if rng.random() < 0.5 else "y",
        rng.choice(["duplex", "colour", "b/w", "A3", "stapled"]))


# ---------------------------------------------------------------- access_wifi
ACCESS_LIT = [
    "Lost my access card, can you deactivate card #10442 and issue a new one?",
    "Guest Wi-Fi voucher for 3 people, today only",
    "Voucher code didn't work: 7KQ-2MX-P9A",
    "My phone keeps saying 'Incorrect password' for CoWork-Members",
    "Can I get 24/7 access? My plan says business hours only",
    "Visitor: Tomás Ruiz, arriving 10:15, meeting with me in Room Oak",
    "MAC address for the printer whitelist: 3C:22:FB:9A:10:7E",
    "My laptop's MAC: a4:83:e7:1b:2c:9d (for the wired port at D-19)",
    "Device name: Anna's MacBook Pro",
    "Please give building access to our new hire, starts Monday 2 Dec",
    "Door code for the bike room isn't working after 8pm",
    "Need access to floor 4 for a client workshop (one day)",
    "Remove access for Jonas Berg, he left the company on 30/11",
    "Can the Wi-Fi voucher last 8h instead of 2h?",
    "Is there a VPN-friendly network? Our corporate VPN blocks on guest Wi-Fi",
    "SSID: CoWork-5G (not CoWork-Guest)",
    "DNS seems broken: nslookup example.com times out on the member network",
    "My static IP for the office server should be 192.168.10.45 — is that allowed?",
    "Port 22 blocked? I need ssh to my server at work",
    "Speedtest: 12 Mbps down / 3 up on 2F, 300/100 on 1F",
    "Card works at the main door but not the 3F side door",
    "Mobile key in the app shows 'Expired' — I renewed yesterday",
    "NFC badge on my phone: Android 14, Pixel 7",
    "Guest Wi-Fi for the workshop: 25 vouchers, valid 09:00–18:00",
    "Delivery driver needs to get in to the loading bay at 7am",
    "Access log: who opened the storage room on Saturday? Our equipment is missing",
    "Please whitelist my Chromecast for the meeting room TV",
    "Can't connect: 'This network is blocked due to security issues' on iOS",
    "Wi-Fi captive portal loops back to the login page",
    "Eduroam available here? I'm a visiting researcher",
    "New card PIN please — I forgot mine (it's not 1234, promise)",
    "Accès badge perdu, merci de le désactiver",
    "Zugangskarte funktioniert nicht mehr am Haupteingang",
    "La tarjeta no abre la puerta del parking",
    "入館カードを無くしました",
    "Proxy settings: http://proxy.corp.example:8080 — do I need them here?",
    "Our IoT sensor wants to reach mqtt://broker.example.net:1883, is outbound 1883 open?",
    "Temporary access for cleaner: Mon/Wed/Fri 6-8am",
    "Dog-friendly access? My dog Biscuit is very calm 🐶",
    "Can the visitor pass be sent by SMS instead of email?",
    "Door held open alarm on 1F keeps going off",
    "Lock for my private office (Office 7) doesn't accept my card since the update",
    "Wi-Fi name has an apostrophe: \"Ana's iPhone\" hotspot is interfering?",
    "Locker code reset please: locker 33",
    "Access hours Sat/Sun: 10–18?",
    "I get IP 169.254.x.x on ethernet — DHCP not working at desk 12?",
    "Work VPN uses 10.0.0.0/8 and clashes with your LAN, any idea?",
    "Please register my YubiKey for the door, serial 12345678 (fake)",
    "Wi-Fi password for events: the one on the board behind reception is wrong",
    "Lost & found: black Herschel backpack near booth 2",
    "Can guests use the printer with their voucher?",
    "Main door opened at 03:12 per the app — wasn't me, my card is in my drawer",
    "Wi-Fi voucher expires after 2 hours; meetings here often run longer",
]
ACCESS_WHO = ["my guest", "our new intern", "a client", "the photographer", "my co-founder", "a contractor"]
ACCESS_WHAT = ["a day pass", "a Wi-Fi voucher", "door access", "a visitor badge", "printer access", "locker access"]


def access_tpl():
    return "Please set up %s for %s on %d/%d%s" % (rng.choice(ACCESS_WHAT), rng.choice(ACCESS_WHO), rng.randint(1, 28),
                                                  rng.randint(1, 12), rng.choice(["", ", thanks", " (morning only)", " from 9am", "!"]))


# ---------------------------------------------------------------- settings_export
SETTINGS_LIT = [
    "Europe/Lisbon",
    "en-GB",
    "de_DE.UTF-8",
    "dark",
    "Notify me: bookings, invoices; not events",
    "Email digest: weekly (Mondays 8:00)",
    "Calendar sync: https://calendar.example.com/ical/anna-7f3a.ics",
    "Webhook URL: https://hooks.example.com/services/T000/B000/XXXX",
    "Slack channel for booking alerts: #office-bookings",
    "Export format: CSV, delimiter ';', UTF-8 with BOM",
    "Export columns: date | room | member | duration | cost",
    "Date format: DD/MM/YYYY",
    "Date format: YYYY-MM-DD HH:mm",
    "Import file: members_2024-11.csv",
    "name,email,plan\nAna Lima,ana@example.com,Flex\nSean O'Hara,sean@example.com,Team",
    "\"Doe, Jane\",jane.doe@example.com,\"Dedicated desk\"",
    "Auto-release booking after: 15 min",
    "Default room duration: 60",
    "Reminder before booking: 10 minutes; 1 day",
    "Email signature: — Kofi | Community lead | CoWork Central",
    "Out-of-office message: I'm away until 3/1, for urgent matters contact ops@example.com.",
    "Welcome email template: Hi {{first_name}}, welcome to {{space_name}}! Your desk is {{desk}}.",
    "Invoice footer: Thank you for your business. Payment within 14 days.",
    "Booking confirmation text: Your booking for ${room} on ${date} is confirmed.",
    "SMS sender name: CoWorkHub",
    "Home location: Berlin – Kreuzberg",
    "Language: Français",
    "Currency display: € 1.234,56",
    "Week starts on: Monday",
    "Hide my profile from the member directory",
    "Show only: first name + company",
    "2FA: authenticator app",
    "API key label: zapier-integration (read-only)",
    "Allowed redirect: https://app.example.org/oauth/callback",
    "Export path: /exports/2024/Q4/bookings.csv",
    "Filter: status = paid AND date >= 2024-01-01",
    "Sort: price desc, then name asc",
    "Google Sheets link: https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOp/edit#gid=0",
    "Slack display name: kofi 🌍",
    "Notification sound: off",
    "Timezone override for events: America/New_York",
    "Room names: Atlas; Kyoto; Oak; Pine; Studio",
    "Custom field: T-shirt size (XS/S/M/L/XL)",
    "Markdown in messages: **bold**, _italic_, `code`, > quote",
    "| Plan | Price | Days |\n|------|-------|------|\n| Flex | €179 | 10 |\n| Fixed | €329 | ∞ |",
    "Zapier: new booking → Google Calendar event → Slack message",
    "Cron for weekly export: every Monday 06:00 (0 6 * * 1)",
    "Regex for member IDs: ^M-[0-9]{5}$",
    "Tag rules: if company contains \"Ltd\" then tag = uk",
    "Accent colour: #FF6B35",
    "Logo URL: https://cdn.example.com/brand/logo@2x.png",
    "Privacy: don't share my e-mail with other members",
    "Working hours: Mon–Thu 9–17, Fri 9–13",
]
SETTINGS_KEY = ["notify_bookings", "notify_invoices", "digest", "auto_release_min", "default_duration", "theme", "locale"]
SETTINGS_VAL = ["on", "off", "weekly", "15", "60", "light", "system", "fr-FR", "pt-BR", "30"]


def settings_tpl():
    return "%s = %s" % (rng.choice(SETTINGS_KEY), rng.choice(SETTINGS_VAL))


CATEGORIES = [
    ("booking_note", BOOKING_LIT, booking_tpl),
    ("member_profile", PROFILE_LIT, profile_tpl),
    ("chat_message", CHAT_LIT, chat_tpl),
    ("facility_ticket", TICKET_LIT, ticket_tpl),
    ("event_description", EVENT_LIT, event_tpl),
    ("search_query", SEARCH_LIT, search_tpl),
    ("invoice_billing", INVOICE_LIT, invoice_tpl),
    ("printer_job", PRINTER_LIT, printer_tpl),
    ("access_wifi", ACCESS_LIT, access_tpl),
    ("settings_export", SETTINGS_LIT, settings_tpl),
]


def main():
    out = []
    for name, lits, tpl in CATEGORIES:
        assert len(lits) >= 50, (name, len(lits))
        assert len(set(lits)) == len(lits), name
        vals = list(lits)[:PER_CATEGORY]
        seen = set(vals)
        guard = 0
        while len(vals) < PER_CATEGORY:
            v = tpl()
            guard += 1
            assert guard < 10000, name
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            out.append((name, v))
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, v) in enumerate(out, 1):
            f.write(json.dumps({"id": "%s-%05d" % (PREFIX, i), "category": cat, "label": "benign", "value": v},
                               ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
