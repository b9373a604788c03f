"""Held-out benign corpus for the WAF: text typed into a charity's, church's or
volunteer organisation's systems (donor CRM, campaign pages, volunteer sign-up,
event listings, worship planning, grants, prayer requests, rotas and mailing
segments, board minutes, mailing addresses).

Every value is hand-written for this corpus or produced by a small template over
hand-written pools below.  Nothing is copied from a dataset or a payload list.
These are HARD negatives: ordinary text full of quotes, apostrophes, ';', '|',
'&', '<', '>', '=', '--', '{}', '$', paths, URLs and words such as select,
union, drop, exec, sleep, script, alert or system used innocently.

Run:  python3 make_benign.py   ->  writes benign.jsonl next to this file.
Output is byte-identical on every run (fixed seed, lists only, no set order).
"""

import json
import random
from pathlib import Path

SEED = 5801
PREFIX = "hb58"
PER_CATEGORY = 80

# ---------------------------------------------------------------------------
# 1. donor_notes: donor CRM notes and Gift Aid declarations
# ---------------------------------------------------------------------------
DONOR_NOTES = [
    "Mrs O'Brien rang — wants her standing order moved from the 1st to the 15th; no change to amount (£25/month).",
    "Gift Aid declaration received 12/03/2024 — 'I want to Gift Aid my donation and any donations I make in the future or have made in the past 4 years'. Paper copy in the blue file.",
    "Do NOT phone after 6pm -- carer visits then. Letters only, large print (18pt).",
    "Legacy gift: executor is Hargreaves & Co. Solicitors; ref HC/2291/EST; expect c. £12,000 after probate.",
    "Cheque #004512 bounced; spoke with donor, she'll re-send. Waive the £5 fee? -> ask Sandra.",
    "Donor asked us to drop the 'Dr' from her title; she's retired & prefers plain 'Ms'.",
    "Match funding from employer (Barclays 'Give As You Earn') — select 'matched' in the gift type dropdown.",
    "Anonymous gift, £500 in cash in an envelope marked \"for the roof\" — counted by J.P. & R.K., banked 04/06.",
    "Gift Aid NOT eligible: donor pays no UK tax (retired to Spain). Untick GA flag; keep declaration on file just in case.",
    "Wants receipts by email only: r.patel@example.org (NOT the old btinternet address).",
    "In memory of Arthur Lewis (1938–2024). Family asked that gifts go to the hospice fund; total so far £1,342.50.",
    "Union of Catholic Mothers — group gift £120 from their Christmas raffle.",
    "Sponsored the Big Sleep Out; raised £860 incl. Gift Aid. Send the 'thank you' pack with the certificate.",
    "Phoned re: duplicate direct debit. Cancelled DD ref STM-00319; kept DD ref STM-00412. Refund of £10 issued 21/05.",
    "Prefers Welsh-language correspondence (Cymraeg) — use the 'Diolch o galon' template.",
    "Changed address: now at 14b Rue des Écoles, Lyon — overseas; remove from UK door-drop list.",
    "Monthly £15 → £20 from April; her note says \"because prices went up for you too\" :)",
    "Donation via PayPal Giving Fund (ID PGF-88213). No Gift Aid possible through PGF; don't claim twice!",
    "Deceased 02/2024 per letter from daughter. Mark as 'do not contact'; stop all mailings; keep gift history.",
    "Asked whether her gift can be 'restricted' to the youth work. Yes — code to fund YTH/REST.",
    "Scottish taxpayer; Gift Aid still applies at basic rate (20%). No special handling needed.",
    "Gave 3 x £50 cheques dated 01/01, 01/02, 01/03 — post-dated; hold until the dates, then bank.",
    "Aggregated Gift Aid: small cash gifts ≤ £20 from the Sunday plate; total £1,215.00 for March.",
    "Please check: two records for 'John Smith' at SE15 — merge? One has email j.smith@example.net, the other none.",
    "Company gift from Nguyen & Daughters Ltd (reg no. 09876543); corporate, so no Gift Aid; send invoice-style receipt.",
    "Said: 'I'd rather you spend it on food than on posting me letters' — move to e-newsletter only.",
    "GASDS claim — small donations scheme; community building = St Luke's Hall (counts separately).",
    "Standing order mandate signed; sort code 20-**-** (masked); first payment 28/07; £40/mo.",
    "Declaration wording checked against the HMRC model — 'I understand that if I pay less Income Tax and/or Capital Gains Tax than the amount of Gift Aid claimed...'. OK.",
    "Donor is visually impaired; screen reader user; please send plain-text emails, no images/attachments.",
    "Sent £250 \"for whatever is most needed\" → unrestricted, GEN fund.",
    "Wedding gift list donations (Hannah & Tomasz) — 37 gifts, £2,480; list closes 30/09.",
    "Query: donor says she didn't authorise the £100 — it was her husband's card. Refund & apologise; flag 'joint account'.",
    "Do not select for the raffle mailing; donor objects to gambling.",
    "Pledge: £1,000/yr for 5 years to the organ restoration; year 2 of 5 paid (outstanding £3,000).",
    "Gift Aid: declaration was oral (by phone); confirmation letter sent 02/09 giving 30 days to cancel.",
    "Bank transfer reference read 'TITHE JUNE/JULY' — split £150 across two months.",
    "Herr Müller spendet jährlich 200 € über die Partnergemeinde; bitte Spendenquittung auf Deutsch.",
    "Mme Lefèvre — don ponctuel de 75 € ; reçu fiscal demandé (art. 200 du CGI).",
    "Sra. Gómez: donativo de 30 € para la campaña «Abrigo para todos»; prefiere WhatsApp.",
    "Donation in kind: 40 boxes of cereal + 12 tins of formula (dates checked) — not valued for Gift Aid.",
    "Tried to update card; payment page kept saying 'declined' — advised to try Apple Pay or call us.",
    "Eligible for GA? Spouse gave from joint account; declaration in Mr's name only → claim 100% under him.",
    "Moved to 'lapsed' segment: last gift > 18 months ago. Warm reactivation call, not a hard ask.",
    "Friend of Rev. Adeyemi; invited to the patrons' supper on 14 Nov — RSVP yes (+1, vegetarian).",
    "Donor notes his name is spelt 'MacLeod' not 'McLeod' -- fix on all records/labels.",
    "Envelope scheme no. 117 — weekly £10; envelopes for 2025 posted 18/12.",
    "Gives through a donor-advised fund at CAF; cheque from CAF Bank; don't claim GA (already tax-relieved).",
    "Asked for a copy of our privacy notice & what data we hold (SAR) — forward to the data lead, reply within 1 month.",
    "Payroll giving: £8.50/week via Charitable Giving Ltd; agency fee deducted at source.",
    "Collection tin at The Red Lion pub: £63.47 + a €2 coin + 1 button 😂",
    "Wrote: 'Please stop the glossy magazine, it's a waste; email is fine.' → opt out of print.",
    "JustGiving page 'Rachel runs the Great North Run for the night shelter' — £1,930 raised, 64 supporters.",
    "Ms Kowalczyk asked for the receipt to show the 'Fundacja' name too; free-text line added.",
    "Refund requested: donated £1000 instead of £100 (extra zero!). Refunded in full 11/10, GA claim adjusted.",
    "Gift Aid: ‘I confirm I am a UK taxpayer’ ticked on the online form; IP & timestamp logged.",
    "Gift from our twin parish in Ohio: US$500 (= £392.18 after fees); no Gift Aid (non-UK donor).",
]

DN_NAMES = ["Mr A. Okafor", "Mrs J. Pritchard", "Dr S. Raman", "Ms L. Nowak", "Mr & Mrs Evans",
            "Miss H. O'Connell", "Revd T. Barnes", "Mr K. Mensah", "Mrs R. D'Costa", "Ms Y. Chen",
            "Mr P. Llewellyn", "Mrs B. Ó Súilleabháin"]
DN_GIFTS = ["£10", "£12.50", "£20", "£25", "£50", "£75", "£100", "£250", "£1,000", "£5 (cash)"]
DN_METHODS = ["standing order", "cheque", "card (online)", "bank transfer", "the Sunday plate envelope",
              "CAF voucher", "JustGiving", "contactless at the fête"]
DN_GA = ["yes (declaration on file)", "no — not a UK taxpayer", "yes, oral declaration 05/24",
         "pending — form sent", "n/a (company gift)"]
DN_TAIL = ["thank-you card sent", "wants no acknowledgement", "in memory of her husband",
           "restricted to the food bank", "'for the bells'", "receipt by email please",
           "first gift — welcome pack", "upgrade from £5 -> £10/mo", "call back re: legacy leaflet"]


def tpl_donor_notes(rng):
    return "{} from {} via {} on {:02d}/{:02d}/2024; Gift Aid: {}; {}.".format(
        rng.choice(DN_GIFTS), rng.choice(DN_NAMES), rng.choice(DN_METHODS),
        rng.randint(1, 28), rng.randint(1, 12), rng.choice(DN_GA), rng.choice(DN_TAIL))


# ---------------------------------------------------------------------------
# 2. campaign_pages: appeal pages, newsletter copy, CMS rich text
# ---------------------------------------------------------------------------
CAMPAIGN_PAGES = [
    "Winter Night Shelter 2024: 12 beds, 7 churches, 14 weeks — can you give £35 to cover one guest's night?",
    "<p>Thank you to <strong>everyone</strong> who came to the Harvest Supper &amp; auction — we raised <em>£4,210</em>!</p>",
    "Roof Appeal — Phase 2 | Target £85,000 | Raised so far: £61,440 (72%)",
    "Bring a tin, take a tin: our 'Community Pantry' shelf by the back door is open Mon–Sat 9–5.",
    "Why 'Sleep Out'? Because for one night, we choose to feel a little of what 300+ people in our city face every night.",
    "## Our impact in 2023\n- 18,400 meals served\n- 1,120 food parcels\n- 96 volunteers, 11,000 hours",
    "Give £10 → a week of breakfast club for one child; £50 → school shoes & a coat; £250 → a month of rent-arrears support.",
    "<h2>Ukrainian Welcome Café</h2><p>Every Thursday 2–4pm in the Church Hall. Чай, кава та розмова — all welcome.</p>",
    "The bells are 120 years old & the frame is failing. Help us 'Ring in the next century' — every £1 is matched by the Heritage Fund until 31/12.",
    "Select your gift: [ ] £5  [ ] £15  [x] £30  [ ] Other ____",
    "Text GIVE to 70085 to donate £5 (texts cost £5 + one standard network rate message).",
    "Advent Calendar of Kindness 🎄 — Day 1: drop a note to a neighbour; Day 2: donate a warm coat; Day 3: ...",
    "Our 'Union Street' youth project lost its council funding; without £18k by March, Friday nights close.",
    "[Donate now](https://www.stmarys-parish.example/give?campaign=roof&amount=25) — or by cheque payable to \"PCC of St Mary's\".",
    "Goal: 100 runners × £200 = £20,000 for clean-water wells in Turkana. Sign up by 1 June at stmarys-parish.example/run4water",
    "<ul><li>Toiletries</li><li>Sanitary products</li><li>Men's socks (size 7-11)</li></ul><p>Please <b>no</b> opened items.</p>",
    "Exec summary for the website: We feed, we house, we listen. In 2024 we did all three, 42,000 times.",
    "Match-day bucket collection at the stadium -- Saturday 3pm KO; volunteers meet at Gate C at 1:30.",
    "\"I came for the soup and stayed for the people.\" — Dave, guest since 2019",
    "Lent Appeal 2025: 40 days, 40 ways to give. Share with #40Ways and tag @StMarysParish",
    "Every Tuesday we run 'Drop-In & Dine': hot meal, showers, laundry, and an advice desk (housing | benefits | debt).",
    "Let's get to 500 donors before midnight on Giving Tuesday! Current: 463 ↑",
    "Brand notes: font Lato; colours #1B4965 / #FFB703; logo min-width 120px; please don't stretch the dove.",
    "<a href=\"https://www.stmarys-parish.example/legacy\">Leave a gift in your will</a> — free will-writing week 3–7 March.",
    "We're hiring: Volunteer Coordinator (0.6 FTE, £27,500 pro rata). Closing date 14/02, interviews 21/02.",
    "Christmas Hamper Appeal: 250 hampers = 250 families. Drop-off Fri 13th, 10–4, St Peter's Hall (side entrance, <i>not</i> the main door).",
    "Your gift of £30/month + Gift Aid = £37.50 for our counselling service (that's 1.5 sessions).",
    "Shared from our partners in Kenya: \"Asante sana kwa msaada wenu!\" (Thank you so much for your help!)",
    "Mothers' Union 'Away From It All' holidays — giving families under pressure a week by the sea.",
    "Step 1: Choose amount → Step 2: Your details → Step 3: Gift Aid? → Step 4: Confirm & pay",
    "Phone-bank script: 'Hi, is that {first_name}? I'm calling from St Mary's just to say thank you for your gift...'",
    "Dear {{FirstName}}, thank you for your gift of {{Amount}} on {{GiftDate}}. It really does make a difference.",
    "Hi *|FNAME|*, the Harvest appeal closes on Friday — there's still time to help fill the shelves!",
    "Footer: Unsubscribe {unsubscribe_url} | View in browser {web_version} | Registered charity no. 1123456",
    "Title: 'Fill the Font' — baptism font restoration; subtitle: 500 yrs old, 5 cracks, 1 plan.",
    "Campaign URL slug: /appeals/roof-2024-phase-2 (old one: /appeals/roof2024 — please redirect)",
    "Disaster response: Earthquake in Türkiye & Syria — 100% of your gift goes to partners on the ground; we cover admin from reserves.",
    "Collection this Sunday for Christian Aid Week → envelopes are in the pews; please write your postcode for Gift Aid.",
    "&#8220;Bread of heaven&#8221; — our Welsh hymn-singing fundraiser, Saturday 7pm, tickets £8/£5 concessions.",
    "Banner text (max 60 chars): 'Warm Spaces open 10–4 — free soup, Wi-Fi & a welcome'",
    "Tote bags sold out!! Next batch (200) due w/c 16 Sept. Pre-orders >> shop@stmarys-parish.example",
    "Impact counter: beds_filled = 1,204; nights = 98; target = 1,400 — update weekly please.",
    "We don't 'drop' anyone from the programme for missing sessions — we follow up, gently.",
    "<p style=\"text-align:center\">🎵 Come and Sing Messiah 🎵<br>Sat 30 Nov, 2pm rehearsal, 6pm performance</p>",
    "The fundraising thermometer is stuck at 68% on mobile — is the CSS cached? (Safari, iOS 17)",
    "Refugee Week 2024 – theme “Our Home”. Stories, food & music from Eritrea, Afghanistan, Ukraine & Sudan.",
    "Thank-you video script: 0:00 Vicar intro → 0:20 Maria (guest) → 0:45 volunteer montage → 1:10 CTA 'Give monthly'.",
    "P.S. Can't give money? Give time — we need drivers on Wednesdays (own car, mileage paid at 45p/mile).",
    "Headline A/B test: A) 'She slept in a bus stop.' vs B) 'Nobody should sleep in a bus stop.' — B won by 23%.",
    "Appeal closes 23:59 GMT 31/12; gifts after that go to the general fund (unless you tell us otherwise).",
    "Orgelrestaurierung: Jede Pfeife zählt! Patenschaft für eine Pfeife schon ab 50 €.",
    "Campaña de Navidad: «Ningún niño sin regalo». Trae un juguete nuevo, sin envolver, antes del 15/12.",
    "Community fridge rules: label & date everything; no alcohol; no raw meat; fridge checked 2x daily.",
    "Photos for this page are in ../Shared/Photos/Harvest 2024/selects (ask Dev for access).",
    "Dear friends,\n\nThe boiler finally gave up on Sunday (during the sermon, of course). We need £9,980 to replace it before the frost.\n\nWith thanks & blessings,\nRev. Ann",
]

CP_CAMPAIGNS = ["Roof Appeal", "Winter Night Shelter", "Christmas Hamper Appeal", "Big Sleep Out",
                "Bells Restoration", "Food Bank Winter Drive", "Youth Bus Appeal", "Warm Spaces",
                "Organ Fund", "Clean Water for Turkana", "Kitchen Refit", "Lent Appeal"]
CP_CTA = ["give £10 today", "share this page with 3 friends", "could you give monthly?",
          "every £1 is matched until Friday", "Gift Aid adds 25p to every £1",
          "donate by text: GIVE to 70085", "drop a cheque in at the Parish Office",
          "thank you — we're nearly there!"]


def tpl_campaign_pages(rng):
    target = rng.choice([5000, 8000, 12000, 18000, 25000, 40000, 85000])
    pct = rng.randint(11, 97)
    return "{} — {}% of £{:,} raised | {}".format(rng.choice(CP_CAMPAIGNS), pct, target, rng.choice(CP_CTA))


# ---------------------------------------------------------------------------
# 3. volunteer_signup: comments typed on the volunteer sign-up form
# ---------------------------------------------------------------------------
VOLUNTEER_SIGNUP = [
    "Happy to help on Saturdays but not the 1st Sat of the month (I'm at my mum's).",
    "I have an enhanced DBS from my school job — dated 03/2023, on the update service. Certificate no. on request.",
    "Can drive the minibus (D1 on my licence); also first aid trained (St John Ambulance, expires Nov).",
    "Allergies: nuts & sesame -- so probably best not on kitchen duty!",
    "I'm a retired sysadmin — happy to help with the Wi-Fi, the projector, or 'that printer that never works' ;)",
    "Languages: English, Polish (native), some Russian. Could help at the Welcome Café.",
    "Available: Mon/Wed/Fri 9-12 | Tue eve | not Thu",
    "My son (15) wants to volunteer for his Duke of Edinburgh Bronze — 1hr/week for 3 months, is that OK?",
    "I can bake! Victoria sponge, lemon drizzle, gluten-free brownies (separate tins, labelled).",
    "Used to run the choir's spreadsheet; can do Excel formulas, mail merge, pivot tables etc.",
    "T-shirt size: L (or XL if they come up small).",
    "Skills: carpentry, painting & decorating, basic plumbing. Have own tools & a van.",
    "I'm a wheelchair user — is the hall accessible? Happy to do phone calls / admin from home otherwise.",
    "Please don't put me on with Gary again, we don't get on 😅 (only joking… mostly)",
    "Reference: Rev. Sarah Chen, St Aidan's — she knows me from the Alpha course.",
    "Emergency contact: partner, Lee — 07700 900123.",
    "Can do the overnight shelter shift (10pm–7am) once a fortnight; need a camp bed though.",
    "Where do I park? The app says 'select a location' but the dropdown is empty.",
    "I'm a qualified counsellor (BACP reg.) — is there a listening service I could join?",
    "Student at the uni — term time only (Oct–Dec, Jan–Mar, Apr–Jun). Exams in May!!",
    "Je parle français et un peu d'arabe — je peux aider pour l'accueil des familles.",
    "Puedo ayudar con traducciones inglés/español los fines de semana.",
    "Мови: українська, російська, англійська. Можу допомогти з перекладом документів.",
    "Would like to help with the garden — hedge trimming, bulbs, compost. I'm 74 but fit as a fiddle!",
    "Interested in: ☑ food bank ☑ befriending ☐ fundraising ☐ admin ☑ driving",
    "I've never volunteered before & I'm a bit anxious — could I shadow someone first?",
    "Photography — can cover events (Canon R6, 24–70mm). Consent forms: do you have a template?",
    "Company volunteering day for 12 people from Acme Logistics, any Friday in June/July.",
    "Safeguarding training done (Basic + Foundation, C of E online), certificates attached.",
    "Please use my preferred name 'Sam' (legal name on the DBS is Samantha).",
    "I work shifts (4 on / 4 off), so a fixed weekly slot is hard — could I be on a 'call-in' list?",
    "Can do social media: Canva, Instagram reels, and a little bit of HTML/CSS for the website.",
    "Hearing aid user — noisy kitchens are hard; front-of-house or sorting would suit me better.",
    "Re the 'Sleep Out' — I'll sleep out AND help with the tea urn at 5am.",
    "I have a criminal conviction from 2009 (spent). Happy to discuss it honestly with the coordinator.",
    "Background in accounts; could help the treasurer with the Gift Aid schedule or bank recs.",
    "Happy to lead the Tuesday toddler group songs 🎶 (I know all the actions to 'Wind the bobbin up').",
    "Can I bring my dog (very calm, 9yo lab) to the befriending visits? Some residents love dogs.",
    "My availability: weekdays after 17:30; weekends any time except Sunday 10-12 (church!).",
    "Sign me up for the Big Garden Clean-up on 12/04 — and my 2 teenagers (16 & 14) if that's allowed.",
    "IT help: can set up the church's Zoom/YouTube stream; OBS, a mixer, HDMI capture.",
    "Vegetarian; no pork please if lunch is provided.",
    "I can sew — could make bunting, costumes for the nativity, or repair the altar frontals.",
    "Would love to help with the kids' holiday club (5–11s) — 8 yrs experience as a TA.",
    "Urdu & Punjabi speaker; can help with the women's group and interpreting at the advice desk.",
    "Hi! Saw the poster at Tesco. What's involved with 'befriending'? Is it 1hr/week?",
    "Please contact me by text only — I'm deaf. Mobile: 07700 900456.",
    "Not on Facebook/WhatsApp — email please: m.okonkwo@example.com",
    "Asylum seeker without permission to work — am I allowed to volunteer? (My solicitor said yes, if unpaid.)",
    "Experienced with food hygiene (Level 2 cert, 2022). Happy to run the kitchen on a Saturday.",
    "Can I volunteer remotely from Portugal for 6 months? I can do data entry, emails, design.",
    "Availability → mornings ✓ afternoons ✗ evenings ✓ (except Wed, band practice)",
    "Sorry I missed the induction; any chance of a catch-up session? Thurs 7pm works.",
    "Ich kann beim Orgelkonzert an der Kasse helfen (Wechselgeld bitte vorher bereitlegen).",
    "Tech person here: I can sort out the 'Cannot find /Volumes/USB/hymns' error on the projector Mac 😉",
    "Hi,\r\nI'd like to help with the food bank on Tuesdays.\r\nI can lift boxes & drive.\r\nThanks, Piotr",
]

VS_AVAIL = ["Weekday mornings", "Saturdays only", "Tue & Thu evenings", "Alternate Sundays after the 10:30",
            "School holidays", "Any time Mon–Fri after 4pm", "One evening a month", "Fridays 9–1"]
VS_ROLES = ["food bank & driving", "welcome desk / stewarding", "kitchen (Level 2 hygiene)",
            "befriending", "the night shelter", "youth club (DBS'd)", "garden & grounds",
            "admin / data entry", "AV & live-stream", "interpreting (Arabic <-> English)"]
VS_EXTRA = ["can't lift heavy boxes (back op)", "have my own car", "first aid certificate 2023",
            "no weekends in August", "my friend Priya wants to come too", "new to the area 👋",
            "happy to be on the 'reserve' list", "prefer working in a pair", "texts > calls please"]


def tpl_volunteer_signup(rng):
    return "{}; interested in {}; {}.".format(rng.choice(VS_AVAIL), rng.choice(VS_ROLES), rng.choice(VS_EXTRA))


# ---------------------------------------------------------------------------
# 4. event_descriptions: bake sales, services, retreats, fêtes
# ---------------------------------------------------------------------------
EVENT_DESCRIPTIONS = [
    "Bake Sale — Sat 5 Oct, 10am–1pm, Church Hall. All proceeds to the boiler fund. Labels please: contains nuts / GF / vegan!",
    "Harvest Festival Family Service, Sun 29 Sept 10:30 — bring tins & packets (no fresh food) for the Food Bank.",
    "Quiet Day retreat at Launde Abbey: arrive 9:30 for coffee; silence from 10:00–15:30; Eucharist 16:00. £25 incl. lunch.",
    "Carol Service by candlelight — Sun 15 Dec, 6pm. Mulled wine & mince pies afterwards (alcohol-free option).",
    "Quiz Night! Teams of 6 max, £5/person, bring your own drinks & nibbles. Rounds: music | history | 'Name that hymn'.",
    "Messy Church: 'Noah & the Ark' — crafts 4:00, celebration 4:45, tea 5:15. Under-5s with an adult.",
    "Remembrance Sunday — 10:45 gather at the war memorial; two minutes' silence at 11:00; wreaths laid by Scouts & Brownies.",
    "Barn Dance & Hog Roast (veggie option: halloumi) — Sat 14 June 7pm; caller: 'The Stripped Willows'.",
    "Ash Wednesday, 5 March: Holy Communion with imposition of ashes, 7:30am & 7:30pm.",
    "Sponsored Walk: 10k route from St Mary's to St Bede's & back. Check-in 9am; dogs on leads welcome; buggy-friendly.",
    "Jumble sale <- still need tables! Set-up Fri 6-8pm, sale Sat 10-12. Leftovers to the charity shop.",
    "Alpha Course (11 weeks) starts Tue 17 Sept, 7pm: dinner → talk → discussion. Free; donations welcome.",
    "Iftar meal open to all neighbours — hosted with the Masjid on Park Rd; sunset approx. 19:42.",
    "Diwali lights & sweets at the community centre, 1 Nov; Rangoli workshop for kids 3–5pm.",
    "Coffee morning every Wed 10-12: £1 for tea/coffee & cake; 'knit & natter' corner; large-print book swap.",
    "Pancake Race! Shrove Tuesday 4 March, 12:30 on the green. Categories: under-8s | 8-12 | adults | clergy (!)",
    "Summer Fête — tombola, coconut shy, dog show (classes: waggiest tail, best rescue, dog most like owner), BBQ.",
    "Youth Group Sleepover: Fri 7pm – Sat 9am; bring sleeping bag, pillow, torch; permission forms by the 1st.",
    "Funeral of Margaret Ellis, Thurs 14 Nov at 11:00; family flowers only; donations to Dementia UK.",
    "Evensong with the visiting choir from Uppsala — Sat 8pm. Sung in English & Swedish.",
    "Film night: 'The Mission' (PG) — popcorn, fair-trade choc; starts 7:15; runtime 2h5m; donations to CAFOD.",
    "Blessing of the Animals for St Francis' Day — Sun 6 Oct, 3pm; pets on leads / in carriers / in jars (goldfish!).",
    "Gift Day: the Vicar & Wardens will be in church 8am–8pm to receive gifts; prayers on the hour.",
    "Retreat: 'Be still & know' (Ps 46:10) — 3 nights, Iona Abbey; shared rooms; deposit £100 by 31/01.",
    "Easter Vigil, Sat 19 April 8pm: the new fire → Exsultet → readings → baptisms → first Eucharist of Easter.",
    "Craft fair stall fees: £15 (members) / £20 (non-members); table 6ft × 2.5ft; bring your own cloth.",
    "Pantomime rehearsal — 'Jack & the Beanstalk' — Act 2 scenes 1–3; script changes in red, pp.14-19.",
    "Repair Café: bring broken toasters, lamps, clothes, bikes. 1st Sat monthly 10–1. We can't fix phones/tablets.",
    "Christingle 2024 📍 St Mary's, 4pm. We need 300 oranges, red tape, cocktail sticks & sweets (no nuts).",
    "Soup & Sermon (Lent lunch): Weds 12:15 — bread, soup, 15-min talk, finished by 1pm for workers.",
    "Dementia-friendly service: shorter, familiar hymns (large print), Communion 'as we always did it', tea after.",
    "Night Prayer (Compline) 9pm in the Lady Chapel; candlelit; 25 minutes; silence welcome.",
    "Parish AGM & APCM — Sun 27 April after the 10:30; elections: churchwardens, PCC (3 seats), deanery synod.",
    "Refugee Welcome Picnic — Sat 22 June, Victoria Park (by the bandstand) 12–4. Bring a dish from 'home', wherever home is.",
    "Korean congregation joint service: 2pm, bilingual order of service (한국어/English); fellowship meal after.",
    "Charity golf day: shotgun start 12:00; format = Texas Scramble; £320/team of 4 incl. dinner.",
    "Wedding: 14:00, Sat 2 Aug — bells (6), organist, choir; flowers by the couple; confetti (biodegradable) outside only.",
    "Gospel choir workshop with Rev. Dr. Yemi A. — no experience needed; £10; 'Oh Happy Day' & 'Total Praise'.",
    "Tea dance: 2–4.30pm; live band; £4 incl. tea & cake; transport available (call by Mon).",
    "Baptism prep session (for parents & godparents): Sun 3pm, vestry; approx. 1hr; crèche available.",
    "Open Gardens weekend — 9 gardens, £6 wristband; map at the lychgate; teas at No. 14 (Rose Cottage).",
    "Hustings for the local election — questions submitted in advance; each candidate 3 mins; chaired by the Methodist minister.",
    "Bereavement support group 'Walking with grief': fortnightly Thursdays 7–8.30pm. Gentle, confidential, drop in any week.",
    "Scout Gang Show: Fri/Sat 7pm, Sat 2pm matinee; tickets £8 adult / £5 child / £22 family (2+2).",
    "Holy Week: Palm Sunday procession (donkey TBC!) → Maundy Thursday foot-washing → Good Friday 12–3 vigil.",
    "Fiesta latina: música, empanadas y baile. Sábado 20:00 — entrada libre, ¡trae a tu familia!",
    "Święconka — blessing of Easter baskets, Holy Saturday 11:00 & 13:00 (Polish Mass at 18:00).",
    "Wellbeing walk: 45 min, flat, step-free; meet at the café 10:30; ends with a free coffee.",
    "Fundraising ceilidh — Gay Gordons, Strip the Willow, Dashing White Sergeant; no experience needed!",
    "Men's breakfast: full English (or veggie) £6; talk 'Faith at work — drop the mask?' by a local GP.",
    "Posada navideña: 16–24 dic, 19:00, procesión con velas por la calle Mayor.",
    "Gemeindefest am 7. Juli: Gottesdienst 10 Uhr, danach Grillen & Flohmarkt; Kuchenspenden willkommen!",
    "Session ends at 9pm sharp -- the caretaker locks up at 9:15.",
    "HARVEST SUPPER\nSat 12 Oct, 6:30pm\nMenu: leek & potato soup / shepherd's pie (veggie option) / apple crumble\nTickets £12 (children £6) from the Parish Office",
]

EV_NAMES = ["Bake Sale", "Coffee Morning", "Toddler Praise", "Quiz Night", "Carol Singing round the estate",
            "Knit & Natter", "Lent Lunch", "Film Night", "Ceilidh", "Repair Café", "Youth Club",
            "Warm Space", "Bible Study (Acts)", "Bell-ringing practice", "Pop-up Food Bank"]
EV_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EV_TIMES = ["10:00–12:00", "2–4pm", "7:30pm", "9:30am", "6–8pm", "12:15–1:15", "4pm"]
EV_VENUES = ["Church Hall", "St Luke's Hall (side door)", "the vestry", "Community Centre, Park Rd",
             "the Lady Chapel", "Methodist church hall", "online (Zoom link in the newsletter)"]
EV_EXTRA = ["all welcome!", "step-free access", "£2 suggested donation", "bring a friend",
            "free — donations to the Food Bank", "under-12s with an adult", "tea & cake included",
            "please book by Thursday", "parking at the school next door"]


def tpl_event_descriptions(rng):
    return "{} — {} {}, {}. {}".format(rng.choice(EV_NAMES), rng.choice(EV_DAYS), rng.choice(EV_TIMES),
                                         rng.choice(EV_VENUES), rng.choice(EV_EXTRA).capitalize())


# ---------------------------------------------------------------------------
# 5. worship_planning: sermons, hymns, scripture references, orders of service
# ---------------------------------------------------------------------------
WORSHIP_PLANNING = [
    "Ps 23:1-6; Jn 10:11-18 — sermon: 'The Shepherd who knows your name'",
    "Readings: Isa 40:1-11; 2 Pet 3:8-15a; Mk 1:1-8 | Hymns: 'O come, O come, Emmanuel' (StF 170), 'On Jordan's bank' (CH4 274)",
    "Gen 1:1–2:4a (Creation) & Ps 104:24-34 — Season of Creation, week 2.",
    "Sermon series 'Unshakeable' wk 3: Heb 12:18-29; 'a kingdom that cannot be shaken' (v.28)",
    "Hymn 545 'Be Thou My Vision' → tune SLANE; v.3 omitted; organ intro 4 bars.",
    "1 Cor 13:4-7 (wedding) — NRSV please, not the KJV 'charity'.",
    "Offertory: 'Take my life, and let it be' (8 verses -> sing 1, 2, 5, 8).",
    "Gospel acclamation: Alleluia, alleluia. I am the light of the world, says the Lord (Jn 8:12). Alleluia.",
    "Lectionary: RCL Year B, Proper 21 — Num 11:4-6, 10-16, 24-29; Ps 19:7-14; Jas 5:13-20; Mk 9:38-50",
    "Sermon title: \"Select your master\" (Mt 6:24 — no one can serve two masters)",
    "Intercessions led by Jo: world (Gaza, Sudan, Ukraine) | church | community (the school) | sick | departed",
    "Psalm 130 — chant: Walmisley in D minor; choir only; congregation join at the Gloria.",
    "Call to worship: Leader: The Lord be with you. / All: And also with you.",
    "Sermon: 'Drop your nets' (Lk 5:1-11) – what do we need to leave on the shore?",
    "Rom 8:28-39 — 'neither death, nor life, nor angels...' — funeral of G. Hughes; family chose 'Abide with me' & 'Jerusalem'.",
    "Mt 5:1-12 (Beatitudes) | hymn 'Blest are the pure in heart' | closing: 'Lord, for the years'",
    "Order: Gathering → Confession → Gloria → Collect → Readings → Sermon → Creed → Prayers → Peace → Eucharist → Dismissal",
    "Note for the worship team: keep the total service under 70 min; sermon ≤ 15 min.",
    "Ruth 1:16-17 ('Where you go, I will go') — Mothers' Union festival service.",
    "Song list (CCLI licence on file): 'Cornerstone' (key B), 'In Christ Alone' (D), '10,000 Reasons' (G).",
    "Jn 3:16 — \"For God so loved the world...\" — kids' talk with a heart-shaped box.",
    "Mic 6:8: do justice, love kindness, walk humbly — theme for Fairtrade Fortnight.",
    "Ps 46:1-3, 10 ('Be still...') → silence 2 min → Taizé chant 'Ubi caritas' x4",
    "Lk 15:11-32 — the father 'ran' (v.20); sermon notes: shame / honour / welcome",
    "Amos 5:21-24 | 'let justice roll down like waters' | hymn: 'Beauty for brokenness' (Kendrick)",
    "Eucharistic Prayer B; proper preface for Advent; Agnus Dei (Merbecke).",
    "Sermon: 'Sleep, Sabbath & the God who never slumbers' (Ps 121:3-4; Mk 4:35-41).",
    "Thanksgiving for the gift of a child — reading Mk 10:13-16; gift: candle + children's Bible.",
    "Eph 6:10-20 (armour of God) — Scouts' parade; flags in at the start, out after the blessing.",
    "Hymn: 'Guide me, O thou great Redeemer' (Cwm Rhondda) — repeat 'Bread of heaven' on the last line of each verse.",
    "Salmo 23: «El Señor es mi pastor, nada me faltará» — lectura en español por Carmen.",
    "Psalm 139:13-16 — «Бо Ти створив нутро моє…» (Ukrainian reading by Olena).",
    "Choral: Stanford in B♭ (Mag & Nunc); anthem: 'Hymn to the Trinity' (Tchaikovsky).",
    "Col 3:12-17 — 'clothe yourselves with compassion, kindness, humility...' (v.12) — baptism of twins.",
    "Sermon series 'Union with Christ' (Jn 15:1-11; Gal 2:20; Rom 6:1-11) — 4 weeks from 7 Jan.",
    "Isa 9:2-7 & Lk 2:1-20 | 'Silent Night' verse 1 in German: 'Stille Nacht, heilige Nacht'",
    "Nunc dimittis (Lk 2:29-32) at Candlemas; procession with candles around the nave.",
    "Rev 21:1-6a — 'See, I am making all things new' (v.5) — All Saints; names of the departed read.",
    "Worship band: keys (Ana), bass (Tom), drums — NO drums at the 8am please!",
    "Prov 31:10-31 ('a capable wife') -- preacher wants to address how this text has been misused.",
    "Sermon title: 'Alert & awake' (Mk 13:33-37) — Advent 1.",
    "Hebr 11,1 (Luther 2017): „Es ist aber der Glaube eine feste Zuversicht des, was man hofft…“",
    "Jas 1:19-27 — 'quick to listen, slow to speak' — sermon + Q&A (send questions via the form).",
    "Acts 2:1-21 — Pentecost; reading in as many languages as we've got: EN, CY, PL, UK, ES, FR, ZH, TA.",
    "Hymn numbers for the board: 339 / 271 / 465 / 434 — check 465 isn't the long version.",
    "Ps 51:10 'Create in me a clean heart, O God' — Ash Wednesday; penitential rite; no Gloria.",
    "Sermon: 'The union of justice & mercy' – Hos 6:6; Mt 9:9-13.",
    "John 1:1-14 — Ἐν ἀρχῇ ἦν ὁ λόγος (In the beginning was the Word) — Christmas morning.",
    "Gen 28:10-19a (Jacob's ladder) → 'We are climbing Jacob's ladder' (spiritual) — youth lead.",
    "2 Cor 4:7 — 'treasure in clay jars'; object lesson: a cracked pot & a torch.",
    "Dt 6:4-9 (Shema) — interfaith evening with the synagogue: שְׁמַע יִשְׂרָאֵל",
    "Mark 16:1-8 ends with 'they were afraid' — sermon: what do we do with an unfinished ending?",
    "Phil 4:4-7 → 'Rejoice in the Lord always' (round, 3 parts); then silence; then the Peace.",
    "Closing hymn: 'Thine be the glory' — descant on v.3 by the trebles; organ voluntary: Widor Toccata.",
    "Slides: /home/av/liturgies/2025/advent-1.pptx on the AV laptop (use the USB copy if the Wi-Fi drops).",
]

WP_REFS = ["Ps 23:1-6", "Ps 121", "Isa 43:1-7", "Jer 29:11-14", "Mt 11:28-30", "Mk 4:35-41",
           "Lk 10:25-37", "Jn 14:1-6", "Jn 21:15-19", "Rom 12:9-21", "Gal 5:22-23", "Phil 2:5-11",
           "Heb 13:1-2", "1 Jn 4:7-12", "Ps 139:1-12", "Lam 3:22-33"]
WP_TITLES = ["Do not be afraid", "Who is my neighbour?", "Strangers & angels", "Rest for the weary",
             "Love one another", "The storm & the sleeper", "A new commandment", "Known & loved",
             "Fruit that lasts", "Morning by morning"]
WP_HYMNS = ["'Amazing Grace'", "'Abide with me'", "'Be Thou My Vision'", "'Great is thy faithfulness'",
            "'How great thou art'", "'Be still, for the presence'", "'Here I am, Lord'",
            "'Will you come and follow me'", "'Dear Lord and Father'", "'The Servant King'", "'Lord of all hopefulness'"]


def tpl_worship_planning(rng):
    hymns = rng.sample(WP_HYMNS, 3)
    return "{} — sermon: '{}' | hymns: {}, {}, {}".format(rng.choice(WP_REFS), rng.choice(WP_TITLES), *hymns)


# ---------------------------------------------------------------------------
# 6. grant_budget: grant applications and budget lines
# ---------------------------------------------------------------------------
GRANT_BUDGET = [
    "Hall hire: £45/hr × 3 hrs × 40 weeks = £5,400",
    "Project coordinator 0.5 FTE @ £28,000 = £14,000 + on-costs (employer NI & pension ~22%) = £17,080",
    "Q7: 'Describe the need for your project (max 300 words)' — draft v3 attached; Jen to cut 40 words.",
    "Outcome 2: ≥ 60% of participants report reduced isolation (UCLA 3-item scale at wk 1 & wk 12).",
    "Full cost recovery: overheads apportioned at 12% of direct costs (rent, insurance, finance, HR).",
    "Match funding: Lottery £25k (confirmed) + Diocese £5k (pending) + own reserves £3k = £33k of £40k total.",
    "Volunteer expenses (mileage 45p/mile; travel; refreshments) ........ £1,200",
    "Budget line 4.3 'Sundries' -> please itemise; funder won't accept unspecified costs > £250.",
    "Capital: replace boiler (quote A £11,450 / quote B £9,980 / quote C £12,100 — going with B).",
    "Eligibility check: registered charity no. 1123456 ✓; income < £1m ✓; 2 yrs accounts ✓; safeguarding policy ✓",
    "Theory of change: IF families get food + advice THEN crisis visits drop AND debt stabilises (evidence: 2023 pilot).",
    "Why us? We've run the drop-in since 2011; 86% of guests say they 'trust us more than the council'.",
    "Unit cost per food parcel = (£14,200 stock + £6,800 staff) / 3,500 parcels = £6.00",
    "Monitoring: monthly spreadsheet (attendance, referrals, outcomes) → quarterly report to trustees → annual to funder.",
    "Sustainability: after yr 3 we'll fund 50% from a café social enterprise & 50% from regular givers.",
    "Restricted funds b/f £8,230.15; spent £6,004.00; c/f £2,226.15 (must be spent by 31/03 or returned).",
    "Line 12: Interpreters (Arabic, Dari, Tigrinya) — 80 hrs @ £28 = £2,240",
    "Grant ref: NLCF/20245/ABC — Awards for All (up to £20k, 12 months).",
    "Please explain any unrestricted reserves > 6 months' running costs (we hold 4.5 months — OK).",
    "Risk register: R1 volunteer burnout (H/M) → rota + respite; R2 venue loss (L/H) → MoU with the school.",
    "In-kind: donated food valued at £2.50/kg (FareShare guidance) — approx. 9,000 kg = £22,500 (not cash).",
    "VAT: we're not VAT-registered, so all costs include VAT at 20% where applicable.",
    "Project dates: 01/04/2025 – 31/03/2026; first payment on signing; 2nd after the 6-month report.",
    "Equalities data: 34% Black, Asian & minority ethnic, 61% female, 22% disabled, 48% aged 65+ (self-reported, n=412).",
    "Line item 'Exec coaching for the CEO' — removed; funder excludes individual training > £500.",
    "Salary benchmarking: NCVO 2024 survey median for a Volunteer Manager ≈ £29.4k (we're at £28k).",
    "Total request: £49,870 over 3 yrs (yr1 £17,200 | yr2 £16,650 | yr3 £16,020).",
    "Q12 (Yes/No): Does your project involve work with children or adults at risk? → Yes; see safeguarding policy v4.",
    "Depreciation on the minibus: £24,000 / 6 yrs straight line = £4,000 p.a.",
    "Fundraising cost/income ratio = £12,400 / £186,000 = 6.7p per £1 raised.",
    "Assessor's feedback: 'strong need, weak evaluation' — add the Warwick-Edinburgh scale & a comparison group?",
    "Budget variance: catering +£640 (more guests than forecast) vs. heating −£910 (mild winter).",
    "Accounts year-end 31 March; independent examination by M. Dunne FCCA; filed with the Charity Commission 12/12.",
    "Cost of 1 night in the shelter: £18.40 (bedding £2.10 + food £4.30 + staff £9.50 + utilities £2.50).",
    "Letters of support: (1) Head of St Bede's Primary, (2) GP practice manager, (3) Cllr Okafor.",
    "Leverage: every £1 of grant unlocks £3.20 of volunteer time (valued at the National Living Wage, £11.44/hr).",
    "Gift Aid income forecast = 25% × eligible donations (£64,000 × 0.8 eligible) = £12,800",
    "Budget header row: Line | Description | Yr1 | Yr2 | Yr3 | Total | Funder share | Other sources",
    "Word count Q4: 512/500 — trim the 'history of the parish' paragraph.",
    "Digital inclusion: 20 refurbished laptops (£120 ea.) + data SIMs (£10/mo × 12 × 20) = £2,400 + £2,400",
    "Zuwendungsantrag: Eigenanteil 10 % (2.300 €), beantragt 20.700 €; Laufzeit 12 Monate.",
    "Subvención municipal: presupuesto total 15.000 €; solicitado 12.000 € (80 %).",
    "We confirm the organisation is not subject to any open Charity Commission inquiry or 'regulatory action'.",
    "Contingency @ 5% of capital costs = £1,150 (funder allows up to 10%).",
    "KPI table: referrals_in | sessions_delivered | % completed | avg wellbeing Δ | volunteer hrs",
    "Amount unspent at end of grant: £312.60 — request to carry forward to Q1 for the delayed training.",
    "Please drop the 'Exec Director' title in the application; the funder's form says 'Lead contact'.",
    "Reporting portal login expired — password reset link sent to grants@stmarys-parish.example (check spam).",
    "Heating (gas) 2023/24: £7,860 actual vs £5,500 budget = −£2,360 (−43%).",
    "Our beneficiaries' own words: \"They didn't judge me, they just fed me & helped me fill in the forms.\"",
    "Accessible formats: easy read, large print, BSL video summary (quote £450 from a Deaf-led provider).",
    "Eligible costs exclude: alcohol, religious promotion*, political campaigning. (*worship costs funded separately.)",
    "Indirect costs = 15% × (staff + activity) = 0.15 × £38,600 = £5,790",
    "Budget attached as C:\\Users\\Treasurer\\Documents\\Grants\\Lottery_2025_budget_v7_FINAL(2).xlsx",
]

GB_ITEMS = [("Tea, coffee & biscuits", "week", 12), ("Hall hire", "session", 45),
            ("Sessional youth worker", "hour", 18), ("Interpreter", "hour", 28), ("Minibus fuel", "trip", 22),
            ("Printing (A5 leaflets)", "batch of 500", 65), ("DBS checks", "volunteer", 26),
            ("Food parcels top-up", "parcel", 6), ("Counselling session", "session", 40),
            ("Craft materials", "term", 90), ("Safeguarding training", "place", 35)]


def tpl_grant_budget(rng):
    item, unit, cost = rng.choice(GB_ITEMS)
    qty = rng.choice([4, 6, 10, 12, 20, 24, 36, 40, 48, 52, 60, 120])
    line = "{}.{}".format(rng.randint(1, 9), rng.randint(1, 9))
    return "Line {} — {}: {} × £{} per {} = £{:,}".format(line, item, qty, cost, unit, qty * cost)


# ---------------------------------------------------------------------------
# 7. prayer_requests
# ---------------------------------------------------------------------------
PRAYER_REQUESTS = [
    "Please pray for my mum, Joan, who has her hip operation on Tuesday — and for the surgeons' hands.",
    "For peace in Sudan & for our friends there; for food & safety for the children.",
    "Pray for our son (20) — he's struggling with his mental health & won't 'let us in'. We feel helpless.",
    "Thanksgiving! Baby Ava born 3:12am, 7lb 2oz — mum & baby doing well 🙏",
    "For everyone sleeping rough tonight in this cold snap (-4°C forecast).",
    "Please pray for my job interview on Friday at 10am. I've been out of work 9 months.",
    "Not for publication — for the prayer team only: marriage difficulties; please pray for wisdom & honesty.",
    "For the family of Ken, who died suddenly last week; funeral at the crem 14 Feb, 2:30pm.",
    "Pray for the Food Bank volunteers — we're exhausted & demand is up 40% since Sept.",
    "Please remember Jan in hospital (ward 7b) — chemo round 4 of 6. She'd love a card.",
    "For our church's search for a new vicar: that the interview panel would be wise & the right person would apply.",
    "Please don't print my name. Just: 'for a woman facing a hard decision'.",
    "For my exams (A-levels, starting 12 May) — maths & chem especially 😬",
    "Pray for Ukraine — for Olena's brother in Kharkiv & all who are under the drones at night.",
    "Молимося за мир в Україні та за всіх, хто втратив дім.",
    "Por favor oren por mi papá, que está en el hospital con neumonía. Gracias, hermanos.",
    "Prière pour ma sœur qui commence une nouvelle vie à Montréal ; pour qu'elle trouve une communauté.",
    "Proszę o modlitwę za moją babcię (92 lata), która jest w hospicjum.",
    "Please pray for our youth leader, Dan, who feels he has to hide his faith at work to get promoted.",
    "Thank God — test results are CLEAR!!! after 3 years. Keep praying for others still waiting.",
    "For safe travel for the mission team flying to Malawi on the 3rd (via Nairobi).",
    "For those affected by the floods on the Somerset Levels & for the farmers losing livestock.",
    "Please pray for my neighbour who is lonely; I'm trying to invite her to the Wednesday coffee morning.",
    "For wisdom for the PCC as we decide about the bells (repair vs. silence them) on the 18th.",
    "Pray for me — 6 months sober today. One day at a time.",
    "For my dad with dementia — he didn't know my name on Sunday. It broke me a bit.",
    "For reconciliation between my brothers — they haven't spoken since the will was read.",
    "Pray for those in our town on hospital waiting lists; for NHS staff working double shifts.",
    "For the asylum hearing on 9 April (Rahim & family) — that the judge would listen fairly.",
    "Lord, hear our prayer: for the lonely, the grieving, the anxious, the ones who can't pray for themselves.",
    "For the Korean church's new minister, Rev. Kim — 환영합니다! Please pray for his family settling in.",
    "Please pray for me & my wife — IVF round 3 on Monday. We're scared to hope.",
    "For the bereaved families after the accident on the A38 — and the emergency crews who attended.",
    "For Israel & Palestine: for the hostages, for the starving, for the peacemakers on both sides.",
    "Pray the boiler holds out till the new one is fitted 😅 (and for the 90 people who use the hall weekly).",
    "Anonymous: I'm thinking about ending things. (Prayer team note: pastoral lead notified per safeguarding policy.)",
    "For our schools — teachers, TAs, and the kids who come in hungry on Monday mornings.",
    "Pray for my daughter's court case (custody) — hearing Tues 10am, Family Court.",
    "Thanksgiving for 50 years of marriage — Bill & Pat, married here in 1974!",
    "For the church in Nigeria, especially in Plateau State after the attacks on villages.",
    "Please pray for the Muslim family next door; their mosque was vandalised. We want to stand with them.",
    "I don't really know how to pray, but I'd like someone to pray for my cat, Biscuit, who's at the vet. Is that silly?",
    "For Mike, who starts chemo & radiotherapy (throat) on the 2nd — for strength & for his voice.",
    "Pray for our 'Sleep Easy' guests this winter — that we'd be a place of welcome, not just a bed.",
    "Please pray for my Lola (grandma) in Manila after the typhoon — roof damaged, but she's safe. Salamat po 🙏",
    "For the Chinese congregation's Mid-Autumn outreach — 中秋节快乐 — that many families would come.",
    "Pray for my friend who's being pressured into a marriage she doesn't want. (Please keep private.)",
    "For all carers: those who 'never get a day off' — may they find rest.",
    "For my brother in prison (HMP Leeds); for his release date in June & for a place to live after.",
    "For patience — my toddler has decided sleep is optional 😩",
    "Bitte betet für unsere Partnergemeinde in Tansania; die Regenzeit bleibt aus.",
    "For the council vote on the night shelter's planning application (Tues 7pm) — objections: 27; support: 340.",
    "Please pray for Tom & Rosie, who lost their baby at 20 weeks. No visits yet please, just cards.",
    "For Grandma Edith, 94, in Ward 3.\nShe's frightened & confused at night.\nPlease pray for peace — and for the night nurses.",
]

PR_LEAD = ["Please pray for", "Prayers please for", "Could the prayer chain remember", "Pray for",
           "Please hold in your prayers"]
PR_WHO = ["my aunt Sheila", "our neighbour Mr Patel", "my grandson Leo (6)", "a friend from work",
          "the Okafor family", "my sister in Cardiff", "our churchwarden, Gwen", "my colleague's husband",
          "the new family at no. 12", "everyone at Willow Lodge care home"]
PR_WHAT = ["who has surgery on Thursday", "as they grieve their dad", "waiting for scan results",
           "starting a new job on Monday", "after a fall at home", "moving into a flat after 2 years on the streets",
           "facing redundancy", "recovering from covid (again!)", "on their first Christmas without Mum",
           "who has just been diagnosed with MS"]
PR_END = [". Thank you.", " 🙏", " — thank you all.", ". Amen.", " (OK to share in the newsletter).",
          " (first name only please)."]


def tpl_prayer_requests(rng):
    return "{} {}, {}{}".format(rng.choice(PR_LEAD), rng.choice(PR_WHO), rng.choice(PR_WHAT), rng.choice(PR_END))


# ---------------------------------------------------------------------------
# 8. rota_segments: shift rotas and mailing-list segment notes
# ---------------------------------------------------------------------------
ROTA_SEGMENTS = [
    "Sun 10:30 — Welcome: Jan & Pete | Reader: Ola | Intercessions: Mike | Coffee: Rosa + Dev",
    "Food bank Tue: 9:30–12:30 → warehouse (2), front desk (2), driver (1 — Arif); 12:30–15:00 → same minus the driver",
    "Night shelter rota wk 7: Mon St Mary's, Tue St John's, Wed Methodist, Thu URC, Fri Baptist, Sat Quakers, Sun Catholic",
    "Segment rule: last_gift_date < today - 540d AND status != 'deceased' AND email_opt_in = true",
    "Mailing list 'Lapsed 18m+' = donors with no gift since 01/05/2023, excluding 'Do not mail' & deceased",
    "Swap request: can someone take my Sat 14 Dec 8am–12pm (kitchen)? I can do Sun 15th 2–6pm instead.",
    "Coffee rota Jan–Mar: wk1 Smiths | wk2 Patels | wk3 O'Connors | wk4 Nguyens | wk5 (if any) — volunteers please!",
    "Segment 'Volunteers – drivers' → tag=driver & DBS=valid & licence_checked=yes (expiry < 90 days → reminder)",
    "Cleaning rota: brass (1st Fri) / flowers (Sat) / hoovering (Thu pm) / kitchen deep-clean (last Mon)",
    "Exclude from the Christmas appeal: anyone who gave > £500 in Nov (they get a personal letter from the Vicar instead).",
    "Phone-tree order: Vicar → wardens (2) → PCC sec → group leaders (6) → members; text if no answer after 2 rings.",
    "Segment A/B: A = even donor IDs, B = odd donor IDs; send A on Tue 10am, B on Thu 7pm.",
    "Shift: 22:00-07:00 (overnight). Min 2 volunteers awake at all times; 1 may rest 02:00–04:00.",
    "Altar servers: Crucifer — Ellie; Acolytes — Tom & Ben; Thurifer — (none, no incense at the 10:30)",
    "List: Gift Aid 'yes' but no declaration on file (n=37) → send a declaration form with an SAE",
    "Steward rota for the Christmas Eve crib service (expecting 600+!): doors 3:30, 4 at the main door, 2 at each side door.",
    "Segment: region in (North, Yorkshire) & interests contains 'refugee' & email_opt_in = yes → 1,184 contacts",
    "Counting team (Sunday collections): always 2 unrelated people; sign the count sheet; bag & seal; safe by 1pm.",
    "Can't do 12/01 — off sick (covid). Gemma has swapped with me; is the rota updated? 🤒",
    "Welcome desk | Sat | 09:00-11:00 | Priya, Lewis | 11:00-13:00 | Hannah, (vacant)",
    "Email list 'Prayer chain' — 43 members; NOT to be used for fundraising (consent was for prayer only).",
    "Driver rota for the over-80s lunch: pick-ups 11:15–11:45; drop-offs 14:00; routes A (north) | B (south) | C (village)",
    "Segment: major donors (cumulative ≥ £5k) who haven't had a visit in 12+ months → assign to the Director.",
    "Bell ringers: practice Thurs 7:30–9pm; Sunday service ring 9:45–10:25; quarter peal 2nd Sat.",
    "Reminder SMS to everyone on the 'Tue pm' rota: 'Hi {name}, see you 2pm at the hall. Reply STOP to opt out.'",
    "Door-to-door for Christian Aid Week: streets split — Elm Rd (1-99 odd), Elm Rd (2-100 even), Oak Close, Birch Way",
    "Suppression list: hard-bounced emails + unsubscribed + 'DNC' flag → do not import into the new platform.",
    "Rota clash!!! Both Lucy and Amir are down for the sound desk on Sunday 9th. Who's actually doing it?",
    "Crèche rota (2 adults always, both DBS'd, one named lead): Wk A Kate/Ryan, Wk B Mei/Olu",
    "Segment 'Newly arrived families' — Arabic speakers: send the SMS in Arabic (أهلاً وسهلاً) + English.",
    "Flowers rota: Easter (lilies, £££ — collection needed), Pentecost (red), Harvest (sheaves, fruit).",
    "Opt-in source = 'paper form (Harvest 2024)'; consent date = 29/09/2024; channels = email|sms",
    "Kitchen shift notes: urn on by 9:15; milk in the fridge (2 × 4pt); dishwasher cycle = 'P3 eco'.",
    "Tuesday & Thursday evening youth club: 2 leaders + 1 helper; ratio 1:8 for 11–14s; sign in/out sheet.",
    "List cleaning: dedupe on email, then on (surname, postcode); keep the most recent record; log the merges.",
    "Holiday club week rota — Mon: games (Sam), crafts (Jo), Bible story (Rev. Ann) | Tue: swap games & crafts",
    "Segment: Welsh-language preference = Y → use the 'Cylchlythyr' template; English copy underneath.",
    "Early shift 6–9am (shelter breakfast) needs 2 more — porridge, toast, tea; out by 9:15 please.",
    "Segment test send to comms@stmarys-parish.example; preview & spellcheck before 'Send to all (2,903)'.",
    "Rota for readings in other languages at Pentecost: PL — Kasia; UK — Olena; ES — Carmen; TA — Priya; CY — Gwen",
    "Weekly rota export → columns: date, time, role, volunteer, phone, notes (don't include DOB!)",
    "On-call pastoral phone: Mon–Wed Rev. Ann | Thu–Sat Rev. Kofi | Sun churchwarden on duty",
    "Segment: gave in last 12m AND NOT a regular giver → 'one-off to regular' journey, 3 emails over 6 wks.",
    "Please don't put me on back-to-back overnights; I need at least 2 nights' sleep in between.",
    "Collection counters rota Q2: Apr — Bill/Grace; May — Nora/Kwame; Jun — Hugh/Sian",
    "Remove from the 'Events' list: anyone whose email ends '@example.com' (test records from the old site).",
    "Stewarding at the Pride service: 2 per door, 1 roaming, 1 first-aider; briefing 5pm in the vestry.",
    "Dienstplan Kirchencafé: So 11–13 Uhr — Anna & Lukas; So 13–15 Uhr — Mehmet & Jana",
    "Rotación de voluntarios: sábado 9–13 h reparto de alimentos; domingo 12–14 h comida comunitaria.",
    "Monthly segment refresh: last run 01/11 09:00 → +56 new, −12 removed (lapsed), net 1,228",
    "Shift lead checklist: keys ☐ alarm code ☐ cash tin ☐ incident book ☐ lights off ☐ lock up & set alarm ☐",
    "Interests (multi-select): food-bank; youth; music; prayer; admin; garden; IT/AV; languages",
    "Rota for washing up after the Harvest supper: 8–8:30 Team A, 8:30–9 Team B; the Vicar dries.",
    "Rota spreadsheet lives in \\\\PARISH-NAS\\Volunteers\\Rotas\\2025 — read-only for most; edit via the form.",
    "Sound desk: PA system on at 10:00; radio mics (4) in the vestry drawer; spare AA batteries in the tin!",
    "Sun 2 Feb:\n  8:00 — sidesperson: Bill\n  10:30 — welcome: Jan & Pete; reader: Ola\n  18:00 — said Evensong (no rota)",
]

RS_DAYS = ["Mon 3 Mar", "Tue 4 Mar", "Thu 6 Mar", "Sat 8 Mar", "Sun 9 Mar", "Wed 12 Mar", "Fri 14 Mar",
           "Sun 16 Mar", "Sat 22 Mar"]
RS_SLOTS = ["08:00–10:00", "09:30–12:30", "10:15–11:45", "14:00–16:00", "18:30–21:00", "22:00–07:00"]
RS_ROLES = ["Welcome desk", "Kitchen", "Sound desk / stream", "Food bank – warehouse", "Driver",
            "Crèche", "Overnight (shelter)", "Sidesperson", "Tea & coffee", "Counting"]
RS_PEOPLE = ["Aisha", "Bernard", "Ceri", "Dominika", "Ekow", "Fiona", "Gareth", "Hyun-woo",
             "Ifeoma", "José", "Kirsty", "Liam", "Magda", "Nasrin", "Owain", "Parveen"]
RS_SEGS = ["email_opt_in = yes", "gift_aid = 'Y'", "region = 'South Wales'", "tag contains 'choir'",
           "last_gift ≥ 01/04/2024", "status != lapsed", "interests ∋ 'youth'", "language = 'pl'"]


def tpl_rota_segments(rng):
    if rng.random() < 0.6:
        a, b = rng.sample(RS_PEOPLE, 2)
        return "{} {} — {}: {} & {}".format(rng.choice(RS_DAYS), rng.choice(RS_SLOTS), rng.choice(RS_ROLES), a, b)
    s1, s2 = rng.sample(RS_SEGS, 2)
    return "Segment: {} AND {} → {:,} contacts".format(s1, s2, rng.randint(40, 3200))


# ---------------------------------------------------------------------------
# 9. board_minutes: trustees', PCC and committee minutes
# ---------------------------------------------------------------------------
BOARD_MINUTES = [
    "Item 4: Treasurer's report — income £212,400 (+8%), expenditure £219,900; deficit £7,500 funded from designated reserves. Approved (prop. JK, sec. MO).",
    "Apologies: Rev. A. Khan, M. O'Leary. Quorum present (7 of 11).",
    "Conflicts of interest: DW declared an interest in item 6 (her husband's firm quoted for the roof) & left the room.",
    "Action: CS to draft a revised safeguarding policy by 30/06 & circulate to trustees for comment.",
    "Resolved: that the charity join the Living Wage Foundation from April 2025 (for: 9, against: 0, abstain: 1).",
    "Chair noted the 'exec team' has been reduced to 2 after the Ops Manager's resignation; interim cover agreed.",
    "Minutes of the previous meeting (12/03) approved as a true record, with one correction: p.2 '£5,000' should read '£500'.",
    "Risk: cyber — phishing emails impersonating the Vicar asking for gift cards. Action: staff training; DMARC on the domain.",
    "The board discussed whether to drop the annual gala; agreed to replace it with a smaller supper & an online auction.",
    "AOB: new trustee recruitment — skills gap in finance & digital; advert to go out via Reach Volunteering.",
    "Serious incident report filed with the Charity Commission on 04/02 re: theft from a collection tin; police ref 24/0331.",
    "Reserves policy: target 3–6 months of unrestricted expenditure; current 4.1 months (£73,200).",
    "Union rep (Unite) attended for item 7 (pay review) at staff request; 3% cost-of-living uplift agreed.",
    "Investment committee: move 20% from the CCLA fund into the ethical cash deposit; rationale in paper 5b.",
    "Item 9 – Data protection: 1 breach (email sent to the wrong list, 14 recipients); ICO not notified (low risk); lessons logged.",
    "PCC resolved to apply for a faculty for the new accessible toilet & ramp (Diocesan Advisory Committee advice awaited).",
    "Vote by email (between meetings) ratified: approval of the £9,980 boiler quote; 8 yes / 0 no / 3 no reply.",
    "Trustee terms: JK & MO retire by rotation; both eligible & willing to stand again — re-elected nem. con.",
    "Fundraising report: Christmas appeal £18,640 vs target £15,000 (124%); legacy income £41,000 (one large gift).",
    "Governance review: Articles clause 14.3 (quorum) → proposed change from '5' to 'one-third of trustees, min. 4'.",
    "The Vicar reported on pastoral care: 6 funerals, 3 baptisms, 1 wedding since the last meeting.",
    "Examiner's management letter: 2 points — (1) segregation of duties on payments; (2) fixed asset register not updated.",
    "Actions carried forward: #12 (website accessibility audit), #15 (lone working policy), #18 (CCTV signage).",
    "Next meeting: Tues 10 Sept, 7pm, vestry & on Zoom (link in the calendar invite; passcode in the email, not here).",
    "Chair thanked Sheila for 23 years as Treasurer — 'the books have never been in better order'. Applause.",
    "Decision deferred on whether to select a single preferred caterer — more quotes needed (min. 3).",
    "Staff survey headlines: 82% feel valued; 41% say workload is 'too high'; action plan → HR sub-committee.",
    "Minute 23/47: The board noted the report & AGREED the revised budget (Appendix C) — unanimous.",
    "Item 5 — Property: damp in the hall kitchen; surveyor says remove plaster to 1m & tank. Est. £6–8k.",
    "Trustees asked for a breakdown of cost per beneficiary by programme (food | housing | youth | advice).",
    "Complaints log: 3 received (2 about parking at events; 1 about a volunteer's manner) — all resolved within 28 days.",
    "DBS renewals: 14 due before Dec; admin to chase; nobody to work unsupervised with an expired check.",
    "Quorum lost at 8:42pm when 2 trustees left; items 11–13 deferred to the next meeting.",
    "Paper 7 (strategy 2025–28): 3 priorities — 'Feed, House, Belong'. Comments by 15/10 to the Chair.",
    "Treasurer flagged that the 'Sleep Out' income was coded to unrestricted in error; journal to move £4,300 to restricted.",
    "Noted: the diocesan parish share request for 2025 is £48,200 (+4.5%); PCC to pay in full if possible.",
    "Bank mandate: remove M. Hughes (resigned); add S. Ahmed; 2 signatories required for payments > £1,000.",
    "Motion (proposed by Cllr D. Evans): 'That the charity takes no position on the bypass' — carried 7:3.",
    "Comment from the floor: 'Why are we paying for Zoom AND Teams?' → Ops to cancel one by month-end.",
    "Health & safety: fire drill 12/09 — building cleared in 3m40s; fire door at the rear wedged open (again!).",
    "Lay Chair summarised the Mission Action Plan: worship | welcome | witness | wellbeing.",
    "Trustees' annual return filed (AR24); SORP-compliant accounts to be published on the website.",
    "Item 10 — Scheme of delegation: CEO may commit up to £10k; Chair + Treasurer jointly up to £25k; above → full board.",
    "Ordre du jour : 1) approbation du PV ; 2) budget 2025 ; 3) questions diverses.",
    "Protokoll: Der Vorstand beschließt einstimmig, den Mitgliedsbeitrag bei 24 €/Jahr zu belassen.",
    "Acta: se aprueba por mayoría (6 a favor, 1 abstención) la compra de una furgoneta de segunda mano.",
    "Observation (Chair): 'We keep saying we'll review the risk register & then don't' — now a standing item.",
    "Safeguarding lead's report (closed session) — no names minuted; 2 concerns referred to the diocesan team.",
    "Resolved: to write off £1,146.20 of uncollectable hall-hire debts from 2021–22.",
    "A drop-in session for members to meet the board will be held on 5 Oct, 10–12; no agenda, just questions.",
    "Budget 2025/26: income £231k | costs £236k | planned deficit £5k (from general reserves) — APPROVED.",
    "IT: migrate from the old Access database to a cloud CRM; data cleansing first; go-live target 01/04.",
    "Trustee declarations (fit & proper persons, incl. 'not disqualified under s.178 Charities Act 2011') — all returned.",
    "Board pack saved at S:\\Trustees\\2024\\09 Sept\\Board pack v2.pdf — please don't email copies around.",
    "Present: JK (Chair), MO, DW, CS, SA\nIn attendance: Rev. A. Khan (Vicar), R. Lee (minutes)\nApologies: none",
]

BM_WHO = ["JK", "MO", "the Treasurer", "the Chair", "CS", "the Vicar", "Ops", "DW", "the Secretary", "AB & RN"]
BM_WHAT = ["circulate the revised risk register", "obtain 3 quotes for the gutter repairs",
           "update the safeguarding policy (v5)", "contact the bank re: the dual-authorisation mandate",
           "draft the Trustees' Annual Report", "book the hall for the AGM", "review the volunteer expenses policy",
           "chase the 14 outstanding DBS renewals", "publish the accounts on the website",
           "write to the Diocese re: parish share"]


def tpl_board_minutes(rng):
    return "Action {}/{}: {} to {} by {:02d}/{:02d}.".format(
        rng.randint(23, 25), rng.randint(1, 60), rng.choice(BM_WHO), rng.choice(BM_WHAT),
        rng.randint(1, 28), rng.randint(1, 12))


# ---------------------------------------------------------------------------
# 10. mailing_addresses: as typed into the address fields
# ---------------------------------------------------------------------------
MAILING_ADDRESSES = [
    "Flat 3/2, 27 O'Neill Street, Glasgow G12 8QQ",
    "c/o Mrs P. D'Souza, 14a Church Lane, Little Snoring, Norfolk NR21 0AA",
    "The Old Rectory\nChurch Road\nLong Melford\nSudbury\nCO10 9DT",
    "PO Box 1187, Nairobi 00100, Kenya",
    "Apt #4B, 221 W 87th St, New York, NY 10024, USA",
    "St Mary's Church Office, Vicarage Lane, Hale, Cheshire WA15 9XX (please mark 'Private & Confidential')",
    "Unit 7 | Riverside Business Park | Leeds | LS10 1AB",
    "ul. Marszałkowska 84/92 m. 15, 00-514 Warszawa, Polska",
    "Rue de l'Église 12, 1000 Bruxelles, Belgique",
    "Hauptstraße 5a, 80331 München, Deutschland",
    "Calle Mayor, 3 – 2º Izq., 28013 Madrid, España",
    "вул. Хрещатик, 22, кв. 7, Київ, 01001, Україна",
    "〒150-0001 東京都渋谷区神宮前5-10-3 ホープチャペル気付",
    "Room 1203, 12/F, 71 Des Voeux Rd Central, Hong Kong",
    "Tŷ Gwyn, Heol y Capel, Llanfair, Sir Gâr SA19 9ZZ",
    "Flat 12, Block B, \"The Maltings\", 5-7 Brewery Rd, Bristol BS2 0XY",
    "Prison visitors' centre — do NOT use for mailings; use the chaplaincy PO box instead.",
    "Mr & Mrs J. O'Sullivan-Brown, 'Rosebank', 9 The Crescent, Tunbridge Wells TN1 1ZZ",
    "No fixed abode — collect post from the Day Centre, 40 King St (c/o Tom, key worker).",
    "BFPO 123 (Cpl R. Singh) — forces address, no postcode needed.",
    "Apartado de Correos 45, 29600 Marbella (Málaga), España",
    "12 rue Saint-Denis, app. 3, Montréal (QC) H2X 3K8, Canada",
    "Plot 44, Block C, Kira Road, P.O. Box 7062, Kampala, Uganda",
    "Basement flat (entrance down the steps, blue door), 56 Albion Terrace, Brighton BN2 9NB",
    "Attn: Accounts Payable – Ref GA/2024/117, Hargreaves & Co, 3rd Floor, 1 Park Row, Leeds LS1 5AB",
    "Shed 2, Allotment site B — for garden project deliveries only (no letterbox!)",
    "Holy Trinity Church, Market Place, Hull HU1 1RR (NB: use 'The Parish Office' as line 1 for post)",
    "c/o Ms A. Nowak, 1st floor, 18 Victoria Rd, Oxford OX2 7QD",
    "Room 14, Willow Lodge Care Home, 2 Station Approach, Harrogate HG1 1AB — residents' post via reception",
    "Villa 17, Street 12, Al Karama, Dubai, UAE (PO Box 53321)",
    "Casa parroquial, Av. del Libertador 1234, C1001 Buenos Aires, Argentina",
    "Box 12, 987 Main St., Suite #200, Toronto, ON M5V 2T6",
    "Prof. Dr. K. Weiß, Institut für Theologie, Universitätsstr. 1, 04109 Leipzig",
    "42 Wellington Rd,\r\nCheltenham,\r\nGL52 2AA",
    "Rhif 7, Stryd Fawr, Caernarfon LL55 1AB",
    "Flat 5 > Block 2 > Peabody Estate, Lambeth SE1 7ZZ (use the intercom, the letterbox is broken)",
    "P.O. Box 2291, Accra-North, Ghana — attn: Rev. Kwame Mensah",
    "3F, No. 18, Lane 123, Sec. 2, Zhongxiao E. Rd, Da'an Dist., Taipei 106",
    "मकान नं. 12, गली नं. 4, लाजपत नगर, नई दिल्ली 110024",
    "ص.ب. 1234، عمّان 11118، الأردن",
    "The Manse; 3 Kirk Wynd; Crail; Fife KY10 3TN",
    "1/14 Beach Rd, Bondi NSW 2026, Australia",
    "Mill Cottage (off the B1234 — satnav takes you to the farm, keep going 200m)",
    "Freepost RTKZ-ABCD-EFGH, St Mary's Appeal, PO Box 100, York YO1 0AB",
    "Rua das Flores 123, 2.º Dto., 4050-262 Porto, Portugal",
    "Flat 2 (rear), 7 Queen's Gardens — NB the apostrophe in 'Queen's' breaks the old label printer!",
    "Unit 3 & 4, Mill Yard, Bridge St, Hebden Bridge HX7 8EX",
    "Bà Trần Thị Lan, 56 Nguyễn Huệ, Quận 1, TP. Hồ Chí Minh, Việt Nam",
    "Apt. 9C — 1500 N Lake Shore Dr — Chicago, IL 60610",
    "Higher Barton, Nr. St Just, Penzance TR19 7XX (grid ref SW 371 314)",
    "c/o Sister Mary Agnes, Convent of the Holy Cross, 1 Abbey Lane, Norwich NR1 1AA",
    "Postfach 10 20 30, 10117 Berlin",
    "Gemeindehaus St. Jakobi, Kirchplatz 1–3, 20095 Hamburg",
]

MA_NAMES = ["", "Mrs E. Hughes, ", "Mr T. O'Donnell, ", "Revd Dr A. Kaur, ", "Ms N. Adebayo, ",
            "The Parish Office, ", "Mr & Mrs Wiśniewski, ", "c/o Mr D'Arcy, "]
MA_HOUSES = ["7", "12a", "Flat 4, 19", "Rose Cottage, 3", "221", "Apt 2/1, 44", "The Vicarage, 1", "58-60"]
MA_STREETS = ["Church Lane", "Chapel St", "St John's Road", "Vicarage Close", "Mill Hill", "Abbey Walk",
              "Queen's Terrace", "Heol y Llan", "Station Approach", "Bishop's Way"]
MA_TOWNS = [("Leeds", "LS6 2AB"), ("Swansea", "SA1 4QQ"), ("Norwich", "NR2 3EF"), ("Derby", "DE1 1ZZ"),
            ("Exeter", "EX4 6PX"), ("Paisley", "PA1 2BT"), ("Lancaster", "LA1 4YW"), ("Bath", "BA2 3DQ"),
            ("Ely", "CB7 4DL")]


def tpl_mailing_addresses(rng):
    town, pc = rng.choice(MA_TOWNS)
    return "{}{} {}, {} {}".format(rng.choice(MA_NAMES), rng.choice(MA_HOUSES), rng.choice(MA_STREETS), town, pc)


CATEGORIES = [
    ("donor_notes", DONOR_NOTES, tpl_donor_notes),
    ("campaign_pages", CAMPAIGN_PAGES, tpl_campaign_pages),
    ("volunteer_signup", VOLUNTEER_SIGNUP, tpl_volunteer_signup),
    ("event_descriptions", EVENT_DESCRIPTIONS, tpl_event_descriptions),
    ("worship_planning", WORSHIP_PLANNING, tpl_worship_planning),
    ("grant_budget", GRANT_BUDGET, tpl_grant_budget),
    ("prayer_requests", PRAYER_REQUESTS, tpl_prayer_requests),
    ("rota_segments", ROTA_SEGMENTS, tpl_rota_segments),
    ("board_minutes", BOARD_MINUTES, tpl_board_minutes),
    ("mailing_addresses", MAILING_ADDRESSES, tpl_mailing_addresses),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = {}
    stats = []
    for name, literals, tpl in CATEGORIES:
        n_lit = 0
        n_cat = 0
        for v in literals:
            if v in seen:
                raise SystemExit("duplicate literal in {}: {!r}".format(name, v))
            seen[v] = name
            rows.append((name, v))
            n_lit += 1
            n_cat += 1
            if n_cat == PER_CATEGORY:
                break
        tries = 0
        while n_cat < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit("template for {} cannot produce enough unique values".format(name))
            v = tpl(rng)
            if v in seen:
                continue
            seen[v] = name
            rows.append((name, v))
            n_cat += 1
        stats.append((name, n_cat, n_lit))

    out = []
    for i, (cat, v) in enumerate(rows, 1):
        assert isinstance(v, str) and v and len(v) <= 1800, (cat, v)
        out.append({"id": "{}-{:05d}".format(PREFIX, i), "category": cat, "label": "benign", "value": v})
    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for name, n, lit in stats:
        total_lit += lit
        print("{:<20} n={:>3}  literals={:>3} ({:.0%})".format(name, n, lit, lit / n))
    print("total benign: {}  literals: {} ({:.1%})".format(len(out), total_lit, total_lit / len(out)))


if __name__ == "__main__":
    main()
