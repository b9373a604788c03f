#!/usr/bin/env python3
"""Benign half of the lighthouse held-out WAF corpus.

Standard library only. Writes benign.jsonl next to this file.
10 categories x 80 values: hand-written literals first, the rest from one
small template per category over hand-written pools.
"""
import json
import os
import random

SEED = 18401
PREFIX = "hbfs"
PER_CATEGORY = 80

rng = random.Random(SEED)

CATEGORIES = []  # (name, literals, template_fn)


# ---------------------------------------------------------------- logbook
LOGBOOK = [
    "Wind NW fresh, sea moderate. Lit at 16:42, extinguished 07:15.",
    "Lamp lit 5.10 pm. Heavy swell from the SW all night; fog bell rung 2 hrs.",
    "12 Jan 1887 — Keeper Moffat's hand. 'Wind high, rain & sleet. Trimmed wicks thrice.'",
    "Transcriber note: the word after 'oil' is illegible [??], possibly 'drawn' or 'drum'.",
    "Schooner Mary Ellen passed inward bound 3 pm, dipped her ensign to the station.",
    "Keeper's wife delivered of a daughter this morning. Assistant kept the watch alone.",
    "Received 40 gals. colza oil, 2 doz. wicks, 1 box chimneys from the tender Armeria.",
    "Fog from 11 pm to 4 am — signal sounded continuously; used 3 cwt coal for the boiler.",
    "Nothing unusual. Painted the gallery rail. Inspector expected Thursday.",
    "Sept 3rd: strong gale ESE, glass falling fast 29.12 → 28.70. Shutters up at noon.",
    "[margin] 'Lord have mercy on them' — written beside the entry about the brig ashore.",
    "Transcribed p. 114 of Book III (1902–1906). Entries for 14–20 March are missing; page torn.",
    "Select entries only: I skipped the daily weather lines and kept the incidents. Hope that's OK.",
    "Boat went to the mainland for stores; returned 6 pm with mail and 2 sacks flour.",
    "The lantern was lit at sunset & kept burning bright till sunrise — same as every night.",
    "Kept first watch 8–12, relieved by Mr. O'Donnell at midnight.",
    "Tide table copied in the back cover: HW 03:12 / 15:40; LW 09:25 / 21:58.",
    "Wind S'ly light airs, calm sea, visibility > 20 miles. Lamp lit 19:58.",
    "Struck by lightning at 2.30 am; the conductor carried it off, no damage save a cracked pane.",
    "Entry reads: \"Drop of 3 inches in the cistern since Monday — must ration water.\"",
    "Keeper Ó Súilleabháin notes the cormorants have returned to the north ledge.",
    "1941-02-17: Blackout orders in force; light exhibited only on Admiralty request. Signal from HMS ——.",
    "Ship sighted in distress 4 miles NNE; fired rockets; lifeboat launched from the harbour at 5.15.",
    "Nota del guardián: niebla cerrada toda la noche, sirena cada 30 segundos.",
    "Leuchtturmwärter-Tagebuch, 3. Mai 1911: Sturm aus West, Laterne einmal gereinigt.",
    "Journal du gardien — 14 juillet : feu allumé à 21 h 30, mer belle, vent faible d'ouest.",
    "灯台日誌 明治三十五年 十月二日 晴 北風 点灯 午後五時四十分",
    "Transcription checked against the microfilm (reel 7, frames 220–231). Two corrections made.",
    "Keeper Hansen's entries switch to Norwegian from April; I've translated inline in [brackets].",
    "Abbreviations used: W.N.W. = west-north-west, L.L. = light lit, L.E. = light extinguished.",
    "Weather: overcast; Barometer 30.02; Therm. 46°F; Wind N by E force 4.",
    "Sleep was impossible with the foghorn going all night — the assistant's own words, p. 32.",
    "Light extinguished 6.48 am. Cleaned lens & polished brass. Whitewashed tower base.",
    "Inspector Brown visited; found all in order; remarked the log should be kept in ink not pencil.",
    "Entry crossed out and rewritten below — I transcribed only the rewritten version.",
    "10.00 Lamp trimmed; 14.00 signal tested 5 min; 18.12 lit; 23.00 rounds; all well.",
    "Ice on the gallery so thick we chipped it off with the coal shovel.",
    "Vessel 'Star of Hope' ran aground on the bar at low water; refloated on the evening tide.",
    "Log book for the year ending 31 Dec 1899 — 365 entries, no nights dark.",
    "Keeper's son William (aged 12) took the readings today under supervision.",
    "Question for the archivist: is 'drawn off 2 gallons' the oil or the water? Context is ambiguous.",
    "Heavy sea breaking over the rock; spray reaching the lantern glass at 80 ft.",
    "Hurricane lamp used in the oil store as the main light was being repaired.",
    "Union Jack flown at half mast for the late Queen, by order.",
    "Inventory: 4 burners, 2 spare chimneys, 1 clockwork mechanism (weights rewound every 4 hrs).",
    "Rotation clock stopped at 02:20 — restarted by hand, turned the lens manually for 35 min.",
    "Page 57: the ink has bled through from p. 58; I used the reverse-side scan to read it.",
    "Keeper Mackenzie, transferred to Ardnamurchan. New principal keeper arrives by steamer Tuesday.",
    "Midsummer: lit 22:14, out 03:51 — shortest night of the year.",
    "Helped 3 fishermen ashore whose boat was swamped near the landing; gave them dry clothes & tea.",
    "Fog; signal sounded from 7 pm until 1 am; 'like a cow in pain' says the new assistant.",
    "Log 1923 vol. 2 uploaded. OCR was poor so I re-typed everything by hand.",
]
LOG_DATES = ["3 Feb 1874", "17 Oct 1891", "9 Mar 1903", "22 Aug 1912", "1 Dec 1928", "14 Jun 1936", "28 Nov 1947"]
LOG_WIND = ["N fresh", "SW gale", "E light", "NNE strong", "W moderate", "calm", "S'ly squally"]
LOG_EVENTS = ["lamp lit at sunset", "fog signal sounded 4 hrs", "lens cleaned", "stores landed",
              "brig passed outward", "glass falling", "rain all day", "relief boat delayed"]


def logbook_template(r):
    return "%s — Wind %s; %s; %s." % (r.choice(LOG_DATES), r.choice(LOG_WIND),
                                      r.choice(LOG_EVENTS), r.choice(LOG_EVENTS))


CATEGORIES.append(("logbook", LOGBOOK, logbook_template))

# ---------------------------------------------------------- lens_maintenance
LENS = [
    "Polished the 2nd-order Fresnel lens, 8 panels. Two prisms chipped on panel 5 (photos attached).",
    "Replaced mercury bath with new float bearing; rotation period now 10.0 s (was 10.4 s).",
    "LED retrofit: 3 × 40 W modules, 24 V DC, beam range ≈ 18 nmi. Old 1000 W lamp stored.",
    "Gear train lubricated. Clockwork weights rewound — cable shows fraying near the drum, order replacement.",
    "Lamp changer test OK: primary fails → secondary lamp on within 2 s.",
    "Character check: Fl(2) W 15s — two white flashes every 15 seconds, confirmed with stopwatch.",
    "Sector light: red sector 245°–262°, white elsewhere. Screens re-aligned after storm.",
    "Do NOT use ammonia-based cleaners on the brass; use the approved polish only.",
    "Batteries: 12 × 2 V cells, specific gravity 1.240–1.250, top-up with distilled water.",
    "Solar panel output 14.2 A @ noon; charge controller firmware v2.3 → v2.4.",
    "Photocell switch-on threshold set to 200 lux; switch-off at 400 lux.",
    "Lens panels numbered 1–16 clockwise from the north bull's-eye.",
    "Work order #LM-2291: reseat prism 7B, clean pedestal, check plinth bolts (torque 40 Nm).",
    "Found bird droppings inside the lantern vent — mesh replaced.",
    "Bulb type: Osram 1000W 120V P40s; stock level 3 → 2 after today's change.",
    "Drop test of the emergency lamp: ran 6 h 12 min on battery, spec says > 6 h. Pass.",
    "Rotation measured 3 times: 9.98 s, 10.01 s, 10.00 s. Within tolerance (±0.1 s).",
    "Note: sleep mode on the controller must be disabled or the flasher will lag at dusk.",
    "Condensation on the inside of the lantern glazing every morning — improve ventilation?",
    "Brass vent cowl cleaned with 0000 steel wool; lacquer to be reapplied in spring.",
    "Checked the order of the prism rings: top catadioptric rings 1–12, dioptric belt, lower rings 1–6.",
    "Range calc: nominal range = 22 nmi at T = 0.74; luminous intensity 150 000 cd.",
    "Lens cleaning kit: lint-free cloths, isopropyl 70%, soft brush, rouge (only for scratches!).",
    "Pedestal motor 0.25 kW, 230 V; RPM at output 6 → one rev every 10 s.",
    "Replaced cracked storm pane (NE quadrant) with 12 mm toughened glass; silicone cured 24 h.",
    "Manutenzione lente: pulizia completa, nessun danno visibile, rotazione regolare.",
    "Linsenpflege: Prismen 3 und 4 leicht angelaufen, mit weichem Tuch poliert.",
    "Entretien de la lentille : remplacement de la lampe, test du feu de secours OK.",
    "レンズ清掃完了。第3パネルに微細な傷あり。次回点検時に再確認。",
    "Monitoring alarm 'LAMP FAIL' at 03:14 — false alarm, loose connector on terminal X2.",
    "Telemetry: lamp_status=ON, battery_v=25.4, door=closed (last sync 04:00 UTC).",
    "The lens weighs about 3 tonnes so never rotate it by hand without the brake off.",
    "Mercury removed by the hazmat contractor, 2023-05-11; certificate filed under MAINT/2023/05.",
    "Manual: see C:\\Heritage\\Manuals\\Fresnel_2nd_order.pdf (scanned copy, 84 pages).",
    "Shared folder: /srv/archive/maintenance/2024/lens/ has all the before/after photos.",
    "Clockwork: 'Chance Bros.' plate, serial 4471; escapement adjusted ⅛ turn.",
    "Used a torque wrench on the pedestal bolts; 3 of 8 were under spec (< 35 Nm).",
    "Ordered 2 × replacement chimneys, 3\" diameter, from the supplier in Leith.",
    "Light characteristic changed from Fl W 5s to Fl W 10s per Notice to Mariners 14/2019.",
    "Checklist: [x] lens clean [x] lamp OK [ ] vent mesh [x] log updated",
    "Paint spec for the lantern roof: red oxide primer + 2 coats 'Signal Red' RAL 3001.",
    "Cleaning the lens took 3 hrs with 2 people; the bull's-eyes are the worst for streaks.",
    "Backup lamp changed from halogen to LED; draws 18 W instead of 100 W.",
    "Lamp hours counter: 41,208 → reset to 0 after replacement.",
    "Observed lens creep: the table drifts ~2 mm per month. Engineer to inspect bearing race.",
    "Fog detector calibrated — visibility threshold 2 nmi (3.7 km).",
    "Remember: union of the brass pipe and the oil reservoir leaks if overtightened.",
    "Rust on the handrail bolts — wire-brushed and primed; full repaint Q3.",
    "Spare parts cabinet key is with the duty keeper, not in the office.",
    "Gaskets on the lantern door replaced (EPDM, 10 × 20 mm).",
    "Pedestal grease: use NLGI 2 lithium grease, not the old tallow mix.",
]
LENS_PARTS = ["prism ring 3", "bull's-eye panel 2", "pedestal bearing", "lamp changer", "lantern vent",
              "storm pane SE", "clockwork escapement", "rotation motor", "photocell"]
LENS_ACTIONS = ["cleaned", "inspected", "replaced", "re-aligned", "lubricated", "tested", "photographed"]
LENS_RESULT = ["OK", "minor wear", "needs follow-up", "within tolerance", "defect logged", "pass"]


def lens_template(r):
    return "WO-%04d: %s %s — %s (%s)" % (r.randint(100, 9999), r.choice(LENS_PARTS),
                                         r.choice(LENS_ACTIONS), r.choice(LENS_RESULT),
                                         r.choice(["JM", "AK", "RS", "TL", "Ó.D.", "K. Sato"]))


CATEGORIES.append(("lens_maintenance", LENS, lens_template))

# -------------------------------------------------------------- tour_booking
TOURS = [
    "2 adults, 1 child (7). Saturday 10:30 tour please.",
    "Can we bring a pushchair up the tower? If not we'll leave it at the base.",
    "My father uses a wheelchair — is the keeper's cottage step-free?",
    "Booking for the school group: 28 pupils + 3 teachers, Tuesday 14 May.",
    "We'd like the sunset tour on our anniversary (it's the 12th!) — any chance of champagne?",
    "Party of 6. Two of us are scared of heights, we'll stay in the museum while the others climb.",
    "Name: Siobhán O'Reilly-Nguyen, phone +353 87 123 4567",
    "Is the 115-step climb too much for an 80-year-old who walks with a stick?",
    "Please cancel booking #TB-20931, we're ill. Can we get a voucher instead?",
    "Dog-friendly? We have a small terrier, very quiet & well behaved.",
    "Arriving by boat from the harbour — what time is the last ferry back?",
    "Group: Rotary Club of Eastbourne, 15 people, coach drop-off at 11:00.",
    "Email for tickets: anna.kowalska@example.pl",
    "Reservierung für 4 Personen am Sonntag, 14 Uhr. Gibt es eine Führung auf Deutsch?",
    "Réservation pour 3 adultes le 5 août, visite de 11 h si possible.",
    "Reserva para dos personas, visita nocturna del viernes. ¿Se puede pagar en efectivo?",
    "灯台見学ツアー、大人2名・子供1名で予約したいです。英語のガイドで大丈夫です。",
    "Prenotazione: famiglia di 5, sabato mattina. Grazie!",
    "We're a photography club: can we stay on the gallery after the tour for the blue hour?",
    "Child ages 3 & 5 — are under-5s free? Website says 'under 5 go free' but checkout charged me.",
    "Booking ref HLT-7781 — need to change from 10:00 to 14:00, same day.",
    "Will the tour run if it's foggy? We'd actually love to hear the horn!",
    "Do you have a gift voucher for 'tower climb + tea in the cottage' I can give my mum?",
    "Accessibility: my son is autistic and the foghorn demo might be too loud — can we skip it?",
    "Traveling from Boston, MA. Is 9 am too early? Our flight lands the day before.",
    "Hi! Is there parking at the headland or do we walk from the village (how far)?",
    "3 adults + 2 seniors (65+). Does the senior discount apply online?",
    "Group booking; invoice to Acme Walking Tours Ltd, PO 4471-B.",
    "Our guide last time (Tom?) was brilliant. Could we request him again?",
    "We'll be 10 minutes late — stuck behind a tractor. Please hold our spot!",
    "Can I book the 'Keeper for a Day' experience for a 16-year-old, or must they be 18+?",
    "Private tour for a marriage proposal 💍 — can the lantern room be ours for 10 min?",
    "Tuesday or Wednesday, whichever has space. 2 ppl. Thanks",
    "Is the tour suitable for someone with vertigo? Honest answer please :)",
    "Wedding party photos on the lawn — 40 guests, ~1 hour, 3 June. Fee?",
    "Drop-in or must we book? We're camping nearby & plans are flexible.",
    "Payment failed twice: 'card declined' but the bank says it's fine. Tried Visa & Amex.",
    "Need a receipt made out to 'Dunmore Historical Society' for our records.",
    "Booking for a blind visitor and guide dog — are there tactile exhibits?",
    "The order confirmation says 10:30 but the email says 11:30. Which one is right?",
    "Kids' birthday: 8 children aged 6–8, plus 3 parents. Can we eat our own cake in the garden?",
    "Can't select 'Sunday' in the date picker on my phone (Safari, iOS 17).",
    "Please note: one of our party has a severe nut allergy (for the tea).",
    "Night climb — do we need our own torches or do you provide them?",
    "Is there a minimum age for the tower? My daughter is 4 but a good climber!",
    "Visiting with 2 Deaf friends. Is a BSL interpreter available on request?",
    "From Lyon, arriving 21/07 → leaving 24/07. Any slot in between works.",
    "We booked 'family ticket (2+2)' but have 2+3. How much for the extra child?",
    "Member number LH-00412 — does membership include a free tour?",
    "Coach party of 48: two groups of 24 back to back, 10:00 & 10:45?",
    "Cancel my booking and refund to the original card please — thanks for understanding.",
]
TOUR_DAYS = ["Monday", "Tuesday", "Friday", "Saturday", "Sunday", "Bank Holiday Monday"]
TOUR_TIMES = ["10:00", "10:30", "11:15", "13:00", "14:30", "16:00", "sunset"]
TOUR_WHO = ["2 adults", "2 adults + 2 kids", "1 adult", "4 seniors", "3 students", "family (2+3)"]


def tour_template(r):
    return "%s, %s %s tour%s" % (r.choice(TOUR_WHO), r.choice(TOUR_DAYS), r.choice(TOUR_TIMES),
                                 r.choice(["", " please", " — wheelchair user in group",
                                           ", we'll pay on arrival", " (birthday!)"]))


CATEGORIES.append(("tour_booking", TOURS, tour_template))

# ------------------------------------------------------------------ donation
DONATIONS = [
    "In memory of my grandfather, Keeper James Whitlock (1921–1998), who served here 1952–1961.",
    "Gift Aid: yes. I am a UK taxpayer.",
    "£25 — for the new lantern glazing. Keep up the great work!",
    "Please don't publish my name on the donor wall, thank you.",
    "Donation from the crew of the RNLI Shoreham station — £500 raised at our open day.",
    "Monthly €10 via SEPA. IBAN on file; please send annual receipt to finance@example.org.",
    "Receipt should read: 'The Martin & Liu Family' (with ampersand).",
    "Corporate match: Harbour Insurance Co. will match 1:1 up to $1,000. Employee ID 55813.",
    "Legacy pledge: my will leaves 5% of the residue to the Society. Solicitor: Hughes & Co.",
    "Spende im Namen unseres Wandervereins — weiter so!",
    "Don en mémoire de mon père, passionné de phares toute sa vie.",
    "Donación para la restauración de la sirena de niebla. ¡Gracias!",
    "灯台の保存活動に寄付します。少額ですが役立ててください。",
    "Adopt-a-prism: I'd like prism #17 please, dedicated 'To Mum, our guiding light'.",
    "The receipt shows $50.00 but I donated $500.00 — typo on my end or yours?",
    "Cheque #004417 posted today, payable to 'Lighthouse Preservation Society'.",
    "Tax ID for the receipt: EIN 12-3456789 (fake example in their form — I'm entering mine later).",
    "Please send the thank-you letter by post, not email. 14 Harbour Row, St Ives TR26 1LP.",
    "Donating in lieu of wedding favours — 120 guests × £2 = £240.",
    "Can I donate shares instead of cash? Ticker and quantity to follow.",
    "Anonymous.",
    "For the fog signal restoration fund only (not general funds).",
    "Bake sale proceeds from Year 4, St Mary's Primary: £87.43 (mostly 20p coins, sorry!)",
    "I'm unable to select 'monthly' — the dropdown jumps back to 'one-off'.",
    "Recurring donation cancelled by mistake, please restart at same amount (£15/mo).",
    "Gift from the estate of the late Mrs. D'Arcy; executor contact: j.darcy@example.co.uk",
    "Please allocate: 50% education programme, 50% building maintenance.",
    "We raised $1,240 at the 'Climb for the Light' sponsored stair-climb (Dec 2 → Dec 9).",
    "In honour of Captain R. O'Malley's 90th birthday — he still remembers the last keeper.",
    "Employer: Northern Lights Software — they'll match if you send a receipt with your charity number.",
    "Donation via PayPal failed with 'Something went wrong'. Donating again by card.",
    "Amount: 75.00 CAD. Currency selector showed USD at first, then changed.",
    "Receipt name: Zoë Ångström-Łukasiewicz",
    "Happy to be listed as 'A Friend of the Light'.",
    "Can the dedication say: 'For Bill — who loved storms more than sunshine'?",
    "£10 from my pocket money. I want to be a lighthouse keeper when I grow up!!!",
    "Please use this toward the volunteer tea & biscuits fund 🙂",
    "Corporate sponsor: logo file attached (logo.svg, 24 KB). Placement on the tour leaflet?",
    "Your receipt PDF says 'Donor: undefined' — can you reissue with my name?",
    "Second instalment of our pledge (2 of 4).",
    "Gift Aid declaration withdrawn — I'm no longer a taxpayer after retiring.",
    "Matching gift: Benevity transaction ID BNV-22-884120.",
    "Donated $100 & would like the tote bag reward, size doesn't matter.",
    "In memoriam: the crew of the trawler 'Sea Harvest', lost off the point, 1961.",
    "Could you confirm this donation is tax-deductible in Ireland (CHY number)?",
    "Please combine my two receipts (Mar 3 + Mar 17) into one for my accountant.",
    "Sending a bank transfer, reference LH-DON-Hargreaves.",
    "Donation from the Japanese Lighthouse Friends Association — 50,000 JPY.",
    "This is for the roof. Not the gift shop. Thanks!",
    "Left a note in the collection box with my email — did you get it?",
    "My donation receipt went to spam; resend to m.o'connor@example.ie please.",
]
DON_AMOUNTS = ["£5", "£20", "€50", "$25", "$100", "£250", "CA$40", "¥3,000", "£12.50"]
DON_FUNDS = ["lantern glazing", "fog signal restoration", "archive digitisation", "general fund",
             "school visits", "cottage roof", "lens conservation"]
DON_NOTES = ["Gift Aid yes", "anonymous please", "in memory of Dad", "from the book club",
             "monthly", "one-off", "receipt by post"]


def donation_template(r):
    return "%s to %s — %s" % (r.choice(DON_AMOUNTS), r.choice(DON_FUNDS), r.choice(DON_NOTES))


CATEGORIES.append(("donation", DONATIONS, donation_template))

# ------------------------------------------------------------ archive_catalog
ARCHIVE = [
    "Photograph, albumen print, c.1890. Keepers and families outside the cottages. 14 × 19 cm.",
    "Letter from the Board of Trade to Principal Keeper R. Nash re: oil allowance, 4 pp., 1879.",
    "Call no. LH/ARC/3/12/7 — Logbook, Jan 1901–Dec 1903, half-calf binding, spine damaged.",
    "Subjects: Lighthouses -- Maintenance and repair -- History -- 19th century",
    "Provenance: donated by the Whitlock family, 2009; previously held in a private collection.",
    "Condition: foxing throughout; pages 40–52 water-damaged; do not photocopy.",
    "Dimensions: 310 x 220 x 45 mm. Weight 1.2 kg.",
    "Map, hand-coloured, 'Chart of the approaches with bearings of the Light', scale 1:25 000.",
    "Rights: © Lighthouse Preservation Society. Reproduction on request.",
    "Related: see also LH/ARC/3/12/8 (continuation) and the keeper's diary LH/PRV/1/2.",
    "Format: glass plate negative, ½-plate, cracked corner. Digitised 2021 (TIFF, 600 dpi).",
    "Description: Keeper's uniform jacket, navy serge, brass buttons stamped 'T.H.'.",
    "Object: fog bell clapper, cast iron, approx. 9 kg. Found during 1998 excavation.",
    "Catalogue note: title supplied by cataloguer; original has no title page.",
    "Alt text: Black-and-white photo of the tower in a storm, waves breaking over the lower gallery.",
    "Sort order: by date ascending, then by call number — the old catalogue used the reverse.",
    "Tags: keepers; women keepers; WWII; blackout; signals",
    "Lantern room drawing, ink on linen, signed 'D. & T. Stevenson, Edinburgh 1866'.",
    "Oral history transcript: interview with Mrs. Peggy Rowe (b. 1930), 47 min, recorded 2004.",
    "Scan file: LH_ARC_3_12_7_p001-p220.pdf — see \\\\nas01\\archive\\scans\\logbooks\\",
    "Note: 'Drop-in' box of loose papers, unsorted. Needs a volunteer to list the contents.",
    "Language: English, with marginal notes in Welsh (Cymraeg).",
    "Beschreibung: Postkarte, um 1910, Leuchtturm mit Wärterhaus, handkoloriert.",
    "Description : carte postale ancienne, « Le phare et la jetée », oblitérée 1923.",
    "資料名：灯台守の日誌（写し） 年代：昭和初期 状態：良好",
    "Title: 'The Select Committee on Lighthouses, Report and Minutes of Evidence', 1845.",
    "Object type: brass oil can with spout; inscription 'T.H. 1871'. Dents to base.",
    "Accession 2019.44.1–2019.44.12 — set of 12 lens prisms removed during 1960s electrification.",
    "Restricted: contains personal data of living persons (staff records after 1950).",
    "Physical location: Store B, bay 4, shelf 3, box 17.",
    "Copy note: microfilm copy at the National Archives, ref. MT 10/1234.",
    "Extent: 1 vol. (220 leaves); ledger ruled in red & blue.",
    "Digitised: yes. IIIF manifest: https://archive.example.org/iiif/lh-arc-3-12-7/manifest.json",
    "Creator: Trinity House, Corporation of — Engineer-in-Chief's Department",
    "Stamp on verso: 'PASSED BY CENSOR' (WWII). Photographer unknown.",
    "Transcription status: 60% complete (p.1–132). Volunteers: J.M., A.K.",
    "Item withdrawn from display — light-sensitive; max 50 lux, 3 months per year.",
    "Keyword search hint: use keeper* to match keeper, keepers, keeper's.",
    "Cross-ref: Lighthouse Digest article, vol. 12 no. 4 (2003), pp. 22–25.",
    "Bookplate of 'Captain H. O'Sullivan R.N.' inside front cover.",
    "Date: [18--?] — uncertain, possibly 1850s based on the paper watermark.",
    "The union of the two former catalogues (1972 card index + 1995 database) is still being deduplicated.",
    "Descriptive note: ledger of oil consumption; columns: date | gallons issued | gallons burned | balance.",
    "Dimensions of the lens fragment: ⌀ 240 mm, thickness 38 mm.",
    "Rehoused in acid-free folders, March 2022.",
    "Former ref: 'Box 3 <misc. letters>' — replaced with proper series numbering.",
    "Notes: pencil annotation on reverse reads \"Dad & Uncle Fred, summer '38\".",
    "Original negative number: N-1147/B.",
    "File path in the DAMS: /collections/photographs/1900-1919/N-1147-B.tif",
    "Condition report: red rot on spine; consolidated with Cellugel, 2020.",
    "Subject heading: Fog-signals -- England -- Cornwall",
    "Ephemera: ticket stub, 'Admit One — Lighthouse Open Day 1967 — 2/6d'.",
]
ARC_TYPES = ["Photograph", "Letter", "Logbook", "Chart", "Postcard", "Drawing", "Ledger", "Object"]
ARC_DECADES = ["1860s", "1870s", "1890s", "c.1905", "1920s", "1940s", "1950s", "undated"]
ARC_COND = ["good", "fair; foxing", "poor; water damage", "fragile", "conserved 2020", "digitised"]


def archive_template(r):
    return "LH/ARC/%d/%d/%d — %s, %s. Condition: %s." % (r.randint(1, 9), r.randint(1, 30),
                                                         r.randint(1, 60), r.choice(ARC_TYPES),
                                                         r.choice(ARC_DECADES), r.choice(ARC_COND))


CATEGORIES.append(("archive_catalog", ARCHIVE, archive_template))

# ------------------------------------------------------------- storm_report
STORM = [
    "Storm Ciarán, 2 Nov: three lantern panes cracked, gallery rail bent on the SW side.",
    "Wave overtopping reached the cottage doors; ~5 cm water in the museum floor.",
    "Roof slates lost from the oil store (approx. 30). Tarp secured; needs roofer ASAP.",
    "Power cut 22:10–03:40; standby generator started automatically, light unaffected.",
    "Landing stage: handrail missing, 2 steps cracked. CLOSE the landing to visitors until repaired.",
    "Gusts measured 78 kn at 01:20 (anemometer on the gallery). Max sustained 54 kn.",
    "The access road is blocked by a fallen tree 200 m before the car park.",
    "Lightning strike on the tower — surge protector tripped, telemetry offline 6 h.",
    "Rock fall at the north cliff path; path closed, signs up, council notified.",
    "Damage estimate: £4,500 glazing + £1,200 roof + £800 path = £6,500 total (rough).",
    "Photos uploaded to the shared drive: Storm_2024-01-21/IMG_0412.jpg … IMG_0460.jpg",
    "Fog signal housing door ripped off hinges; found 40 m away in the gorse.",
    "Drop in barometric pressure: 1002 → 968 hPa in 9 hours.",
    "Sturmschaden: zwei Fenster im Wärterhaus zerbrochen, Dachrinne abgerissen.",
    "Dégâts de tempête : clôture arrachée, panneau d'information tombé.",
    "Daños por temporal: el muelle tiene grietas, prohibido el paso hasta nueva orden.",
    "台風による被害：外壁の一部剥離、展望デッキの手すり破損。",
    "Insurance claim ref CLM-88412. Adjuster visiting Thursday 10:00.",
    "Sea spray has left salt crust on all the lantern glass — cleaning needed before next inspection.",
    "No structural damage to the tower. Cottage chimney pot down (no injuries).",
    "Volunteers please DON'T come in tomorrow, the causeway will be under water at 11:00.",
    "Erosion: cliff edge has moved ~1.5 m closer to the fog signal building since last survey.",
    "Debris on the helipad: fishing nets, a pallet, lots of kelp.",
    "Storm surge + spring tide → highest water mark since 2014 (marked with chalk on the wall).",
    "Temporary repair: plywood over broken panes (NE, E). Permanent glazing on order, 6–8 weeks.",
    "Heard the tower 'hum' in the gusts around 70 kn — engineer says that's normal for this design.",
    "Severe weather warning: AMBER wind, 06:00 Sat → 18:00 Sun. Site closed both days.",
    "Water ingress through the lantern vent during the storm; puddle on the lens pedestal. Dried.",
    "Report from the coastguard: buoy off the point dragging its mooring — not our asset, FYI.",
    "Fence posts snapped: 12. Sheep got into the garden. Farmer informed.",
    "Damage photo of the door: the lock was ripped out, not forced — wind only, no break-in.",
    "Gallery floor plates lifting on the W side — do not walk there until secured.",
    "Roof of the visitor centre leaked at the junction with the old wall; buckets out.",
    "Sleepless night: wind screaming, the whole cottage shook. But the light never failed.",
    "Sandbags placed at the museum entrance (20 bags). Need 20 more from the council depot.",
    "CCTV camera #3 knocked off its bracket; now pointing at the sky.",
    "Storm Babet summary: gusts 65–80 mph, 4 h power loss, minor glazing damage, no injuries.",
    "The 'SELECT' windows (the ones with the special coating) came through fine, FYI.",
    "Lens not affected. Vibration sensor logged peaks at 0.3 g during the worst gusts.",
    "Please order: 10 × roof slates (Delabole), 1 × ridge tile, 5 kg lead flashing.",
    "Path surface washed out between markers 7 and 9 — a 40 cm deep gully now.",
    "The foghorn compressor room flooded to ~10 cm; motor was off the floor so OK.",
    "Wind direction shifted SW → NW around 03:00; that's when the glazing broke.",
    "Trees down in the car park: 2. One car slightly scratched (a volunteer's, they're fine with it).",
    "Reminder: don't climb the tower during gusts > 45 kn, per the risk assessment.",
    "Picture of the wave hitting the tower at 08:12 is amazing — can we use it on the website?",
    "Weather station data export: storm_2024_01_21.csv (5-min intervals, 3 days).",
    "Gift shop window cracked; stock inside dry.",
    "Sea wall: 3 m section of coping stones displaced. Structural engineer booked.",
    "All staff accounted for at 07:00. Site reopens Monday if the road is clear.",
    "Drainage gully at the cottage back door overflowing — blocked with leaves and gravel.",
]
STORM_NAMES = ["Storm Eunice", "Storm Arwen", "Storm Isha", "the January gale", "the autumn storm",
               "Storm Agnes", "last night's squall"]
STORM_DAMAGE = ["cracked lantern pane", "slates off the oil store", "fence down", "path washed out",
                "door off its hinges", "power cut 4 h", "flooded compressor room", "gutter torn off"]


def storm_template(r):
    return "%s: %s; %s. Gusts %d kn. Est. cost £%d." % (r.choice(STORM_NAMES), r.choice(STORM_DAMAGE),
                                                        r.choice(STORM_DAMAGE), r.randint(40, 95),
                                                        r.randint(2, 90) * 100)


CATEGORIES.append(("storm_report", STORM, storm_template))

# ------------------------------------------------------------- fog_schedule
FOG = [
    "Fog signal: 2 blasts every 60 s (Horn(2) 60s). Demo for visitors at 12:00 and 15:00 only.",
    "Quiet hours for the demo horn: no soundings 20:00–08:00 (neighbours' request).",
    "Diaphone demo cancelled today — compressor pressure too low (< 25 psi).",
    "Schedule: Mon–Fri 12:00; Sat & Sun 11:00, 13:00, 15:00.",
    "Blast 3 s, silence 57 s. Repeat. (That's the historical character, not the current one.)",
    "Horn sounded for real: fog from 04:10 to 09:45, visibility < 0.5 nmi.",
    "Detector auto-start when visibility < 2 nmi for 5 min; auto-stop when > 3 nmi for 10 min.",
    "Summer schedule starts 1 June → ends 30 Sept.",
    "Ear defenders available at the desk for the demo — kids under 10 must wear them.",
    "Siren test at 10:00 on the first Monday of each month (Coastguard informed).",
    "Fog bell (historic) rung by hand on Heritage Open Day, 10:00–16:00, every 30 min.",
    "Pressure log: 30 psi at start, 22 psi after 3 blasts. Compressor recovery 90 s.",
    "Nebelhorn-Vorführung täglich um 12 Uhr, außer bei Sturm.",
    "Démonstration de la corne de brume : tous les jours à 15 h, sauf le mardi.",
    "Demostración de la sirena: sábados a las 12:00.",
    "霧笛の実演は毎日正午に行います。音が大きいのでご注意ください。",
    "Schedule change: 'Sleep-in Sunday' — first demo moved from 11:00 to 13:00 from next week.",
    "Can we do a special sounding at 18:30 for the wedding on 8 June? Couple asked nicely.",
    "Cron-like notation on the planner: 0 12 * * * demo ; 0 10 1 * 1 test (don't ask me why).",
    "Foghorn character per the List of Lights: Horn Mo(N) 90s — dash-dot, every 90 seconds.",
    "Demo horn off for maintenance 3–14 March. Sign on the door.",
    "Noise complaint from the holiday cottages re: 12:00 demo. Lowered to 1 blast instead of 3.",
    "The 15:00 slot clashes with the school visit — swap to 14:30 on Thursdays.",
    "Nautophone test results: freq 300 Hz, 115 dB at 1 m. Within spec.",
    "Record of fog hours this month: 47 h 20 min (vs. 31 h last year).",
    "Blast duration 2 s → 1.5 s? No: keep historical 2 s for accuracy, says the curator.",
    "Timer settings: ON 2.0 s | OFF 3.0 s | ON 2.0 s | OFF 53.0 s  (total 60 s cycle)",
    "If the compressor trips, reset at panel FS-2 (red button) and wait 60 s before restarting.",
    "No demo on Christmas Day & Boxing Day. New Year's Day at 12:00 as usual.",
    "Holiday schedule (Easter): demo at 11, 13, 15, 17.",
    "Visitor asked: 'Why does the horn sound like a sad cow?' — add to FAQ!",
    "Weather cancellation rule: no demo if wind > 40 kn (crowd safety on the platform).",
    "Demo volunteers needed: Sat 10:45–13:15 and Sun 14:45–15:30.",
    "Fog season peak: July–August here, because of warm air over cold sea (advection fog).",
    "Historic note: the 1903 siren was driven by a 12 hp oil engine, two blasts every 2 min.",
    "Neighbour agreement: max 4 demos/day, none before 10:00 or after 17:00.",
    "The horn's audible range is 2–3 nmi in calm air, less in wind.",
    "Please update the website: demo times are now 12:00 & 15:00 (not 11 & 14).",
    "Schedule export: fog_demo_2025.ics — import into Outlook or Google Calendar.",
    "Blasts counted by visitor during the real fog: 300+ — 'best day ever!' says our 7-year-old guest.",
    "Weekday / time / operator: Mon 12:00 Jane | Tue 12:00 Raj | Wed 12:00 (none) | Thu 12:00 Piotr",
    "Siren compressor oil change every 250 h; at 231 h now.",
    "Fog detector lens needs cleaning every 2 weeks or it thinks it's foggy all the time.",
    "Reminder: warn visitors 1 minute before sounding — 'Hands over ears in 3, 2, 1...'",
    "Air receiver inspection due 14/09 (pressure vessel cert).",
    "Character (1930–1975): Dia(3) 30s; (1975–2005): Horn(2) 60s; since 2005: discontinued, demo only.",
    "Demo schedule paused during the bird nesting season near the fog signal building (Apr–Jun).",
    "Do we sound for the Remembrance Sunday silence? Last year we did a single long blast at 11:02.",
    "If fog + demo time coincide, the real signal takes priority (obviously).",
    "The horn schedule PDF has a typo: 'Saturday 12:00 & 12:00' should be '12:00 & 15:00'.",
    "Decibel readings at the car park: 78 dB(A) during the demo.",
]
FOG_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "Mon–Fri", "Sat & Sun"]
FOG_TIMES = ["11:00", "12:00", "13:00", "14:30", "15:00", "16:00"]
FOG_CHAR = ["1 blast", "2 blasts", "3 blasts", "1 long blast", "bell x 5"]


def fog_template(r):
    return "%s %s demo: %s (operator %s)" % (r.choice(FOG_DAYS), r.choice(FOG_TIMES), r.choice(FOG_CHAR),
                                             r.choice(["Jane", "Raj", "Piotr", "Aoife", "Kenji", "Mo"]))


CATEGORIES.append(("fog_schedule", FOG, fog_template))

# ----------------------------------------------------------- volunteer_roster
ROSTER = [
    "Sat 10:00–13:00: front desk — Margaret, Dev. Tower guide — Owen.",
    "I can do every other Sunday from June, but not the 16th (wedding).",
    "Swap request: my Tue 14:00 shift ↔ Priya's Thu 10:00. Priya agreed.",
    "Skills: first aid (valid to 2026), DBS checked, Welsh speaker.",
    "Unavailable 3–17 Aug (holiday). Back on the rota from the 18th.",
    "Name: Seán Ó Briain  |  Role: tower guide  |  Phone: 07700 900123",
    "Need 2 more people for the Heritage Open Day, 10:00–16:00. Lunch provided!",
    "Rota v3 attached — changes marked in yellow. Previous version is obsolete.",
    "Can I bring my teenage son as a shadow volunteer? He's 15 & really keen.",
    "Allergies: none. Emergency contact: partner, Alex, 07700 900456.",
    "Who has the key to the oil store this week? It's not in the key safe.",
    "Training: tower safety briefing Tues 18:00 — compulsory for new guides.",
    "Shift log: 3 tours, 41 visitors, £126 in the donation box, 1 lost glove found.",
    "Ich kann samstags helfen, spreche Deutsch und Englisch.",
    "Je peux faire des visites en français le dimanche.",
    "Puedo ayudar con visitas en español los fines de semana.",
    "週末にボランティアとして参加できます。日本語と英語の案内が可能です。",
    "Dostępny w soboty, mówię po polsku i angielsku.",
    "Rota rule: min. 2 people on site at all times; nobody alone in the tower.",
    "Reminder: sign in/out on the sheet, even for short shifts — insurance requires it.",
    "I'm dropping my Friday shifts until further notice (new job). Sorry all!",
    "Could the rota be sorted by date, not by name? Much easier to read on a phone.",
    "Volunteer hours this year: 142 (Jan–Oct). Does that count for the Duke of Edinburgh award?",
    "Please remove me from the mailing list but keep me on the rota (I check the website).",
    "New volunteer: Kwame Mensah, starts 5 May, shadowing Owen on tower tours.",
    "Coffee machine is broken again — bring a flask if you're on the early shift.",
    "Sun 1 Dec: Christmas fair. Stalls: books (Ann), tombola (Raj), mulled wine (Dev & Sue).",
    "Who can cover the 'Keeper for a Day' session Thursday? Needs someone who knows the lamp room.",
    "Availability grid: Mon ✗ | Tue ✓ | Wed ✓ | Thu ✗ | Fri ✓ (am only) | Sat ✓ | Sun ✗",
    "Risk assessment signed: yes. Manual handling: yes. Working at height: pending.",
    "Lost property found on my shift: blue child's raincoat, size 5–6.",
    "Email: tomasz.wiśniewski@example.com (it has an ś, autocomplete keeps removing it).",
    "Note for next shift: till float is £50 — not £40. Check before opening.",
    "I'll be late Sat (~10:20) — bus times changed. Can someone open up?",
    "Please add my partner Jo to the WhatsApp group: +44 7700 900789",
    "Volunteer of the month nomination: Bernadette — 300+ hours & always cheerful.",
    "Guide notes updated: the 'drop' of the weights is 18 m, not 15 m as I used to say.",
    "Shift handover: visitor felt faint on the stairs at 14:30, sat down, water given, fine after 10 min.",
    "Can't do the 'select few' VIP tour on Friday — any other trained guide available?",
    "Heritage Open Day roles: parking (2), tower (3), cottage (2), shop (1), float (1).",
    "I've done the GDPR training, certificate uploaded.",
    "Sorry, the rota shows me twice on Sunday 10:00 — error?",
    "Saturday crew: Jim & Fiona & Lucy — plus me if my knee is OK.",
    "DBS renewal due 03/2025 — reminder set.",
    "I'm a retired electrician — happy to help with the lamp room if supervised.",
    "Rota for July — 62 shifts, 9 unfilled. Please claim what you can!",
    "Keys: red tag = tower, blue tag = cottage, green tag = fog signal building.",
    "Shift ended early at 15:00 due to lightning warning; visitors refunded.",
    "My name is spelled Dónal, with a fada — please fix on the rota!",
    "Bank holiday cover: double-staff the tower (2 guides) — it's always busy.",
    "Wednesday evening team meeting, 19:00, the Lamp Inn back room. All welcome.",
]
ROSTER_NAMES = ["Margaret", "Dev", "Owen", "Priya", "Kwame", "Aoife", "Tomasz", "Bernadette", "Hiro", "Lucía"]
ROSTER_ROLES = ["front desk", "tower guide", "shop", "cottage host", "parking", "fog demo", "archive"]
ROSTER_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def roster_template(r):
    h = r.choice([9, 10, 11, 13, 14])
    return "%s %02d:00–%02d:00 — %s: %s" % (r.choice(ROSTER_DAYS), h, h + 3, r.choice(ROSTER_ROLES),
                                            r.choice(ROSTER_NAMES))


CATEGORIES.append(("volunteer_roster", ROSTER, roster_template))

# ------------------------------------------------------------ visitor_comments
VISITORS = [
    "Absolutely stunning views from the top! Worth every one of the 115 steps.",
    "Our guide Owen was brilliant — so many stories about the keepers' lives.",
    "Loved it but the stairs were a squeeze... not for the claustrophobic!",
    "Wunderschöner Leuchtturm, sehr nette Führung. Danke!",
    "Magnifique ! La vue depuis la galerie est à couper le souffle.",
    "¡Precioso! Los niños disfrutaron muchísimo con la sirena de niebla.",
    "Bellissimo faro, guida molto preparata. Consigliato!",
    "とても素敵な灯台でした。ガイドさんの説明が分かりやすかったです。",
    "아름다운 등대였어요. 다음에 또 오고 싶어요!",
    "非常漂亮的灯塔，风景很美。",
    "Очень красивый маяк, спасибо за экскурсию!",
    "منارة رائعة والمرشد كان لطيفًا جدًا",
    "מגדלור מדהים, הנוף מלמעלה פשוט יפהפה",
    "Prachtige vuurtoren, leuke rondleiding voor de kinderen.",
    "Fantastisk fyrtårn — vi kommer igen!",
    "Piękna latarnia i świetny przewodnik 👍",
    "The foghorn demo made my 4-year-old cry and then ask to hear it again 😂",
    "5/5 — but the café ran out of scones by 2 pm. Bring more scones!!",
    "Parking was £8 for 2 hours which felt steep, otherwise great day out.",
    "I'd rate it 9/10; -1 because the gift shop didn't take cards.",
    "Is it true a keeper's ghost walks the gallery on stormy nights? Asking for my daughter 👻",
    "My grandfather was keeper here 1952–61. Seeing his name in the logbook made me tear up.",
    "The lens is HUGE. I didn't realise they were that big. Amazing engineering.",
    "Tip for others: go early (before 11) or you'll queue for the tower.",
    "Toilets need attention — one was out of order, long queue for the other.",
    "Would be great to have the exhibit labels in Braille / large print too.",
    "Sign at the junction says 'Lighthouse → 2 mi' but it's more like 3. Wear good shoes!",
    "Saw dolphins from the gallery!!! 🐬🐬",
    "A bit windy up top (understatement of the year).",
    "Not worth £12 in my opinion — tour was only 25 min and rushed.",
    "The video in the museum about the 1887 wreck was heartbreaking and beautifully done.",
    "I'm a lighthouse 'bagger' — this is my 73rd. One of the best-preserved I've seen.",
    "Kids loved the 'be a keeper' dress-up corner. Could do with more hats though, lol.",
    "Can you add a map of all the shipwrecks around the point? I'd buy that print.",
    "We drove 3 hrs for this & the tower was closed for wind. Check the website people!",
    "Staff were so kind when my mum felt dizzy on the stairs. Thank you Margaret.",
    "That moment when the guide switched the lamp on for a second... goosebumps.",
    "Where can I find the keepers' logbooks online? I'm researching my family tree.",
    "Lovely! Only complaint: the Wi-Fi password on the sign ('Keeper1887') didn't work.",
    "Reviewing from Australia: we planned our whole UK trip around visiting 3 lighthouses. This was #1.",
    "Audio guide app crashed twice on Android 14. Otherwise top marks.",
    "The staircase is 'drop-dead gorgeous' as my teenager put it.",
    "Interesting fact from the tour: the keepers had to wind the clockwork every 4 hours, all night!",
    "Had the 'sleep over in the keeper's cottage' experience. Magical. Heard the sea all night.",
    "You should sell postcards of the old photos — the one with the keeper's dog especially.",
    "Would love a union of all the lighthouse societies' passes, one card for all sites :)",
    "We came on a Tuesday & had the place almost to ourselves. Heaven.",
    "Booking system said 'sold out' but there was space when we arrived — fix please?",
    "Hearing loop in the museum worked well with my hearing aids, thank you for that.",
    "10/10 would climb again. My calves disagree.",
    "Cute gift shop, the lighthouse-shaped cookie cutter is now my favourite kitchen tool.",
    "Dear Society — please never let this place become flats. Keep it for everyone.",
]
VIS_OPENERS = ["Lovely visit", "Great tour", "Beautiful spot", "Really enjoyed it", "Good day out",
               "Stunning views", "Bit disappointing"]
VIS_DETAILS = ["the guide was very knowledgeable", "the kids loved the foghorn", "stairs were tough",
               "café was excellent", "parking was full", "museum was fascinating", "wind was wild up top"]
VIS_SIGN = ["— the Patels, Leicester", "— Jo & Sam", "— Familie Müller", "— Kenji (Osaka)",
            "— a regular", "— Amélie", ""]


def visitor_template(r):
    return ("%s, %s. %s" % (r.choice(VIS_OPENERS), r.choice(VIS_DETAILS), r.choice(VIS_SIGN))).strip()


CATEGORIES.append(("visitor_comments", VISITORS, visitor_template))

# ----------------------------------------------------- search_settings_import
# Search boxes, saved filters, settings fields, import rows: where users paste
# jargon, paths, URLs and notation that share punctuation with attacks.
SEARCH = [
    "keeper's log 1887",
    "fresnel lens order 1 vs order 2",
    "\"fog signal\" AND diaphone",
    "select committee on lighthouses 1845",
    "union of lighthouse keepers strike 1920s",
    "drop-in tours weekend",
    "order by date desc",
    "sleep in the keeper's cottage",
    "Fl(3) W 20s",
    "lighthouses in Brittany -Finistère",
    "keeper* AND (wreck OR rescue)",
    "tag:wwii tag:blackout",
    "date:1900..1910 type:photograph",
    "O'Sullivan",
    "D'Arcy family donation",
    "ürün? no — I meant 'Leuchtturm'",
    "https://www.example.org/lighthouses/st-ives?tab=history&lang=en",
    "Import CSV: date,keeper,wind,remarks — 1,204 rows, delimiter ';'",
    "Export path: ~/Documents/lighthouse/exports/2024-logbook.csv",
    "Home folder on the old PC: C:\\Users\\Volunteer\\Desktop\\Rota 2019.xlsx",
    "Relative link in the archive README: ../scans/logbooks/vol3/",
    "Display name: Captain \"Salty\" McGee",
    "Signature: — M. O'Connor, Hon. Sec. | Lighthouse Preservation Society",
    "Newsletter template placeholder {{first_name}} shows literally in the preview, please fix",
    "Mail merge field ${donor_name} was not replaced in the receipt email we got",
    "Price list: adult £12 | child £6 | family (2+2) £30 | under-5 free",
    "Comparison: 2nd order lens (700 mm focal) > 3rd order (500 mm) > 4th order (250 mm)",
    "Notes <draft>: ask the curator about the 1903 siren",
    "Use <Ctrl> + <F> to search the PDF of the logbook.",
    "Bearing 045° → 090° sector is obscured by the headland.",
    "Script for the tour intro: 'Welcome! Mind your heads — and your step.'",
    "Shell history from our archive laptop: cd ~/scans && ls -la | wc -l gives 2203 files",
    "Run the backup with: rsync -av /srv/archive/ nas01:/backup/archive/ (Mondays)",
    "Price filter: 5 < price <= 20",
    "Volunteer spreadsheet formula I use: SUM(C2:C40) for total hours",
    "Timezone setting: Europe/London (UTC+0 / BST +1)",
    "Language preference: cy-GB; fallback en-GB",
    "Dark mode: on; font size: 120%; reduce motion: yes",
    "Notification settings — email me when: new storm report ✓, rota change ✓, newsletter ✗",
    "Username: keeper_1887 (the old one 'lighthouse-lady' is taken apparently)",
    "Bio: Retired marine engineer. Interests: lenses, clockwork & `git` (yes really). Cornwall.",
    "Search: \"storm\" -tag:test -author:admin",
    "Markdown test: **bold** _italic_ `code` [link](https://example.org/faq)",
    "| Date | Keeper | Wind |\n|---|---|---|\n| 1887-01-12 | Moffat | NW 7 |",
    "Callback URL for our newsletter tool: https://lists.example.org/hooks/lighthouse?source=form",
    "# Keeper rota\n- [x] Jan\n- [ ] Feb -- waiting on Dev\n- [ ] Mar",
    "Filename for upload: storm_damage_2024-01-21 (1).jpg",
    "Exchange rate note: $1 ≈ £0.79 ≈ €0.92 (rough, for the donation form copy)",
    "5 & 6 July — open day + 'lights on' evening event",
    "What's the difference between 'occulting' and 'isophase'? Search didn't help.",
    "Query string I bookmarked: /archive/search?q=fog+bell&sort=date&order=asc&page=2",
    "chmod question: the scans folder on the NAS is read-only for volunteers, is that intended?",
    "Import error: row 388 has 5 fields, expected 4 (extra ';' in the remarks column)",
]
SEARCH_TERMS = ["fog bell", "keeper's wife", "lens prism", "shipwreck 1887", "logbook vol 3",
                "oil store", "lantern glazing", "Stevenson drawings", "WWII blackout", "clockwork"]
SEARCH_FILTERS = ["type:photograph", "date:1880..1900", "tag:keepers", "sort:newest",
                  "lang:cy", "has:scan", "order:asc", ""]


def search_template(r):
    return ("%s %s" % (r.choice(SEARCH_TERMS), r.choice(SEARCH_FILTERS))).strip()


CATEGORIES.append(("search_settings", SEARCH, search_template))


def build():
    rows = []
    n = 0
    for name, literals, template in CATEGORIES:
        assert len(literals) >= 50, (name, len(literals))
        values = list(literals[:PER_CATEGORY])
        seen = set(values)
        tries = 0
        while len(values) < PER_CATEGORY:
            v = template(rng)
            tries += 1
            assert tries < 10000, name
            if v in seen:
                continue
            seen.add(v)
            values.append(v)
        for v in values:
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": name,
                         "label": "benign", "value": v})
    return rows


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "benign.jsonl")
    rows = build()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), out))


if __name__ == "__main__":
    main()
