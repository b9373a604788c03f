#!/usr/bin/env python3
"""Benign held-out corpus for a piano tuning and restoration service.

Standard library only. Hand-written literals (one per line, "¶" = newline inside a
value) plus ONE small template per category over hand-written pools.
Writes benign.jsonl next to this file.
"""
import json
import os
import random

SEED = 20201
PREFIX = "hbgk"
PER_CAT = 80


def lines(block):
    out = []
    for ln in block.strip("\n").split("\n"):
        ln = ln.strip()
        if ln:
            out.append(ln.replace("¶", "\n"))
    return out


CATS = {}

# ---------------------------------------------------------------- tuning_record
CATS["tuning_record"] = lines(r"""
A4 = 440.0 Hz, fine tune only
Pitch was −32¢ overall; pitch raise to 438 first, then fine tune to A440 on the second pass.
Steinway B, stretch +1.5 cents in the top octave, Railsback curve looks normal
Temperament: Vallotti (customer plays mostly Bach). Logged as "historical" in the file.
Unisons C5–F5 drifting again. Pins feel loose, torque < 80 in-lb on a few.
Used 4:2 octaves in the middle, 6:3 in the bass, 2:1 above C6
Treble break at F#5/G5 — false beats on the G5 middle string, couldn't fully clean it
A440 -- confirmed with fork; room 21 °C, RH 45 %
Bass strings dead from A0 to D1; recommend replacement, order by next visit
| note | before | after |¶|------|--------|-------|¶| A0 | -41 | -2 |¶| A4 | -18 | 0 |¶| C8 | -9 | +31 |
調律完了。A=442Hz、湿度50%。次回は半年後。
Stimmung auf 443 Hz (Orchesterstimmung), Stimmwirbel fest, keine Probleme.
Accord à 440 Hz ; la cliente préfère un son brillant, on a laissé l'étirement standard.
Afinación a 440 Hz. El piano llevaba 3 años sin afinar, subimos 25 cents.
Dropped from 442 → 440; the choir sings with the church organ at 440
ETD tablet went into sleep mode mid-tune, re-measured A3–A5 and continued
Drop the pitch 5¢? Customer said "leave it sharp, it sounds brighter" — left at +3
Select temperament: ET vs. Kirnberger III → customer chose ET
Order of work: pitch raise; unisons; octaves; then aural check of 3rds/10ths
Piano was at A=435 (old French pitch!). Did NOT raise — 100+ yr old plate, too risky.
Upper partials on the plain wire in the tenor are noisy; iH ≈ 0.8 on C4
Before: −14 ¢ avg | After: ±1 ¢ | Time: 1 h 40 min
"Flat in the middle, sharp on top" — typical after a dry winter
Cents offsets saved to profile Yamaha_U3_SN4471203.pta
Tuned with Verituner 6.2 (custom 'Medium Bright' style), 2 passes
Note: F3 string broke during the raise. Spliced; charge at next invoice.
Humidity swung from 30% to 65% since last visit, pitch moved ±12 cents across the scale
Stretch was set to 'Chickering' on the app; the previous tuner used 'Concert'. Keep ours.
Middle C (C4) 261.63 Hz, A4 440 Hz, everything within ±0.5 ¢ at the end
Aural tuning only today — phone died. Checked F3–A4 thirds (≈7 bps) and 4ths/5ths
Bechstein A 208, 1912. Tuning stable; hammers worn, mentioned a voicing session.
pitch 441 (the school's band tunes to 441, per the music teacher's request)
1st pass: A4 -22c, C8 -40c, A0 -55c¶2nd pass: all ±2c¶Done 14:35.
Customer asked if we can "tune to 432 Hz for healing"... did it, noted it's a choice not a fix
Kawai K-300: unisons select (sharp) in the 5th octave, fixed
Mute strip left inside? NO — removed, checked twice.
Piano 2 (Rhodes Mk I): tines adjusted, not a tuning-pin piano; tuned with a spring and a tine tool
The A-440 fork is 0.3 Hz flat at 28 °C, remember to correct for it
Digital piano at the same address: no tuning needed (explained politely)
Tenor bridge crack near E3 gives a buzz; tuning holds but needs a look
Temperament sequence F3–F4 by 4ths and 5ths; tempered 3rds increasing 6.9 → 13.8 bps
Chipped pin on D#2 — could not move it more than 3 cents; flagged in the record
Yamaha C3 at the Conservatoire, hall B; tuned to 442 for the Saturday concert
Bösendorfer 225 — the extra bass keys (F0–G#0) tuned too; they're covered by a flap
Piano sitting by the radiator again!! Tuning drifts −10¢ every winter.
"Honky-tonk" detune asked for the bar piano: ±4¢ on unisons, on purpose
Octave type 4:2 & 6:3 blend; checking 17ths in the bass
Steinway M, 1926: pins tight, new strings in 2019, holds tune great
A pitch raise > 20¢ means a second tuning is included in the price
Tuner: L. O'Connor · Duration 95 min · Pitch A4 440 · Method ETD + aural
Старый «Красный Октябрь», строй A=440, колки держат плохо.
Seiler 116: key 52 (B4) sticks; tune is fine; eased the bushing
Mid-section measured with 12 partials, bass with 6 → cleaner 10ths
Left the pitch where it was (−6 ¢) so the tuning holds through the move next week
Roll of a 1909 player piano tuned to A=440; pneumatics out of scope
""")
T_TUNE = dict(
    piano=["Yamaha U1", "Kawai K-500", "Steinway O", "Baldwin Acrosonic", "Petrof P118",
           "Blüthner model 6", "Schimmel 120", "Boston GP-178", "Pleyel upright", "Feurich 122"],
    before=["-4", "-9", "-13", "-21", "-27", "+3", "-35", "-2"],
    pitch=["440", "440", "441", "442", "443", "438"],
    note=["unisons clean", "a pitch raise first", "stretch normal", "2 passes",
          "bass a little wild", "treble stable", "customer present", "dampers checked"],
)


def t_tune(r):
    p = T_TUNE
    return "%s: A4 %s Hz, before %s¢ → after ±1¢, %s" % (
        r.choice(p["piano"]), r.choice(p["pitch"]), r.choice(p["before"]), r.choice(p["note"]))


# ---------------------------------------------------------------- appointment_note
CATS["appointment_note"] = lines(r"""
Gate code 4471#, piano is upstairs on the left
Please ring twice, the bell is broken. Dog is friendly!
Parking behind the church; ask the sexton for the key to the hall
Can you come after 5pm? I work until 4:30 & the kids are home by then.
Rescheduling — my daughter has her exam on the 14th, could we do the 21st?
Tuesday 9:00–11:00 works. Side entrance, not the front door.
Apartment 3B; buzzer says "O'Brien / Nakamura"
Building has a service lift; piano is in the practice room, 2nd floor
Cancel my appointment please, we're moving the piano first. I'll rebook.
Note from office: customer prefers the same tuner as last time (Marta)
Will the tuning be loud? My husband works from home — he'll take calls in the garden.
School: sign in at reception, bring ID. Music room 14. Don't tune during lunch (12–1).
Call 20 min before arrival: +44 20 7946 0958
Concert on Sat 19:30 → tune on Sat 14:00, touch-up at the interval if needed
The piano is in a cold garage (yes, I know...). Please check whether it's worth tuning.
Hi! Our piano hasn't been tuned since ~2015. How long would that take?
Access via the back lane; the front steps are being repaired
Key is in the lockbox, code 0-9-1-2, please return it after
Bitte klingeln bei Müller, 3. OG, kein Aufzug.
Merci de venir entre 10 h et 12 h, le piano est au salon.
Por favor llame antes de venir, el timbre no funciona.
次回の調律は3月中旬でお願いします。
Can we move my 10am to 11? Traffic on the ring road is terrible on Mondays
Recurring appointment: every 6 months (Apr/Oct), same address
Venue contact: stage manager Raj — raj.patel@venue.example, +1 415 555 0132
Please use the tradesman's entrance; floors were just varnished, shoe covers please :)
Appointment window 13:00-15:00; the choir rehearses at 15:30 sharp
Customer note: "Don't move the photos on top, I'll take them off myself"
Elderly customer, hard of hearing — knock loudly and wait
Gig at The Blue Room Fri; tune Thu night after close (after 23:00)
Heads-up: the cat sleeps inside the piano sometimes. Check before closing the lid!!
Tech requested: anyone except the apprentice for this one (concert grand)
Booked via website form; source=newsletter; first-time customer
Could you also look at the pedal squeak? Left pedal, the soft one.
Sunday is fine, but only after mass (after 12:15)
Hall is booked 8am–6pm; loading dock B; ask security for a visitor badge
We'll be out; the cleaner (Ana) will let you in. Leave the invoice on the table.
Reminder SMS sent 24 h before; reply Y to confirm or N to reschedule
Don't park on the drive — neighbours' right of way
Piano moved from the living room to the dining room, near the window now (sorry!)
Please bring the humidity control kit quote with you
Tuning + regulation on the same day? If it's > 3 hours we'll split it.
We have a 2-year-old napping 1–3pm, could you avoid that time?
Appointment confirmed for 2024-05-17 10:30 (Europe/Dublin)
Hotel lobby piano — coordinate with the concierge desk, tune before 7am
She said the E above middle C "clunks". Bring spare felts.
Note to self: bring the long tuning hammer; pins on this one are tight
Wheelchair user; ramp at the side door. Allow extra time for her to show you the piano.
Rain forecast → bring the mat; the old rug there stains
Customer wants a quote only, no tuning today
Studio session at 2, so tuning must be done by 1:30 -- no exceptions please
Venue Wi‑Fi: "GreenRoom-Guest", ask staff for the password if the app needs sync
""")
T_APPT = dict(
    day=["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"],
    time=["9:00", "10:30", "11:15", "13:00", "14:30", "16:00", "17:45"],
    extra=["side door", "ring twice", "park on the street", "piano upstairs",
           "call on arrival", "dog in the garden", "ask for Mrs Kowalski", "lift is small"],
)


def t_appt(r):
    p = T_APPT
    return "Can we do %s at %s? %s, thanks" % (
        r.choice(p["day"]), r.choice(p["time"]), r.choice(p["extra"]).capitalize())


# ---------------------------------------------------------------- part_order
CATS["part_order"] = lines(r"""
Hammer shanks x 88, Renner, for Steinway B (1980s)
Bass strings set, custom wound, scale from the old set — ship to workshop
Tuning pins 2/0, 7.0 mm, nickel, qty 230
Key bushing cloth, medium, 1 m
Damper felts — wedge type, for upright (Yamaha U3), full set
Music wire Röslau #16 (0.950 mm), 1 lb coil
Order #PT-2024-0331: 12× center pins .0505"; 1× bridle straps set
Backordered: Abel hammers (NY style), ETA 6–8 weeks
Replace "key leads" on 14 keys — check weight < 52 g downweight after
Please order: 1 × Verituner license renewal & 2 × tuning mutes (rubber)
Let-off buttons x 10, punchings (paper) 0.1/0.2/0.5 mm assortment
Capstan screws with wooden heads (old style) — 4 pcs if available
Soundboard shims, Sitka spruce, 1 bundle
Bridle straps w/ leather ends for Kemble upright; 88 pcs
Felt mute strip (temperament strip), red, 2 m
Jack springs & repetition springs, assorted — whatever Renner has in stock
Need by Friday!! The grand at St. Mary's has a broken hammer on C#4
Cancel line 3 (hammer felt) — customer declined
Pin block for Broadwood 1885 square — quote first, don't order yet
Ivory key tops: we DON'T use ivory; order Ivorine replacement set
Part no. 12-4471-B (damper lever flange) × 3
Drop line 2 from PO 7731 & add 2 packs of key front pins (select the oval ones)
Order status? It's been 3 weeks — tracking said "in transit" since the 4th
Supplier: Pianotek. Account #88213. Terms net 30.
Ship to: Workshop, Unit 4, 12 Mill Lane, Leeds LS9 7xx
Hammer felt 14 lb, 2 sheets, for rehammering the tenor
Need the bass bridge cap for a Bechstein model 8 — photos attached (bridge_cap_1.jpg, bridge_cap_2.jpg)
Action rail brackets, cast, matching pair; see sketch ../drawings/bracket_v2.pdf
Key leveling paper punchings 0.05 mm, 500 pcs
Hammer rail felt + cloth combo, 1.2 m
Shipping quote to Oslo? We'd pay the difference for express.
Bestellung: 2× Stimmhammer (Sternkopf), 1× Dämpferfilz-Satz
Commande : feutres de marteaux x 12 ; livraison à l'atelier
Pedido: 88 cabezas de martillo, modelo estándar, urgente
Regulating tools: let-off regulator, spoon bender, capstan wrench
Agraffes (brass) ×6, thread M5 — some old ones cracked
Coil lifter & string spacer, 1 each
Backcheck felts (upright), 100 pcs; drop the leather ones from the order
Order total > £500 → free shipping per supplier terms
Please confirm "Wippen assembly, complete" is the grand one, not the upright
Invoice from supplier attached: PO-2024/118.pdf
Piano dampp-chaser humidity system, upright kit, incl. pads & installation manual
Return RMA 5521: wrong hammer bore (should be 15°)
Plate bolts — 3/8" × 4" with washers (qty 8)
Sostenuto rod bushings for Steinway D
Pedal trapwork springs, 2 heavy, 1 medium
Felt bushing cloth for balance rail holes; need both thicknesses
Keyframe glide bolts, 3 pcs; customer's old ones are seized
Key top replacements (plastic), set of 52 naturals, fronts included
Strings for the Rhodes? No — order tines: C3, F#4, A5
""")
T_PART = dict(
    qty=["1", "2", "3", "4", "6", "10", "12", "88"],
    part=["tuning pins 2/0", "damper felts", "hammer shanks", "key bushings",
          "bridle straps", "center pins", "jack springs", "let-off punchings", "bass strings"],
    piano=["Yamaha U1", "Kawai KG-2", "Steinway L", "Petrof 131", "Baldwin Hamilton", "Zimmermann 116"],
)


def t_part(r):
    p = T_PART
    return "Please order %s × %s for the %s (job %d)" % (
        r.choice(p["qty"]), r.choice(p["part"]), r.choice(p["piano"]), r.randint(1000, 9999))


# ---------------------------------------------------------------- invoice
CATS["invoice"] = lines(r"""
Tuning (standard) — £95.00
Pitch raise surcharge: +$45 (piano was >20 cents flat)
INV-2024-0117 · Paid by card · Thank you!
Regulation, 3 h @ €60/h = €180.00
Discount 10% for returning customers; total after discount 171,00 €
Can I pay by bank transfer? IBAN please (the one on the invoice looks cut off)
Invoice says 2 tunings but you only came once??
Please address the invoice to "St. John's Parish Council", not to me personally
Line items:¶1) Tuning — 110.00¶2) String replacement (F3) — 25.00¶3) Travel (> 30 km) — 18.00¶Total: 153.00
VAT 20% included. Company no. 08123456.
Paid in cash — £90, no change needed
Receipt please, for the school's expense system (cost centre MUS-04)
Refund: part returned (wrong hammer bore), −£42.50
Due date: 30 days net. Late payments: 1.5 % per month.
Amount | Qty | Price¶Tuning | 1 | 120.00¶Voicing | 2 h | 70.00
I paid already on the 3rd, reference INV-88213 — please check
Invoice in Japanese yen? We're paying from Tokyo: ¥18,000
Quote vs. invoice: quoted $350, invoiced $395 — what's the extra $45?
Split the invoice 50/50 between me and my sister (same piano, shared house)
Rechnung Nr. 2024-77: Stimmung 120 €, Anfahrt 15 €
Facture n° 341 — accord + réglage, TVA incluse
Factura 2024-019: afinación 80 €, pagada
Payment link https://pay.example.com/i/8ZK41 doesn't open on my phone
Total < £100 for the basic tune, correct?
Memo: "tuning + pedal fix" — please add the pedal felt (£6)
Credit note CN-12 for the cancelled appointment (< 24h notice fee waived)
Send invoices to accounts@harmonyhall.example and CC me
Workshop restoration deposit 30% = £1,350; balance on delivery
We're a charity (reg. 1122334); do you charge VAT?
Annual contract: 4 tunings/yr × £85 = £340, invoiced quarterly
Card declined? I'll try again tonight — sorry!
PO number must appear on the invoice: PO-45-7731 or our system rejects it
Invoice ID mismatch: email says INV-0331, PDF says INV-0313
"Out-of-hours" fee applied (after 20:00) — agreed in advance
Payment via PayPal to billing@pianoworks.example — done, txn 5YH31
Hourly rate 60 $/h; minimum charge 1 h
I'd like a breakdown — parts vs. labour — for my insurance claim
Total: 1 234,56 € (TVA 20 % incluse)
Please don't charge the travel fee, I'm only 2 streets away :)
Deposit for rebuild — drop-off at the workshop counted as paid
Balance remaining: £0.00 — closed
Invoice template: replace "Dear Sir" with "Dear customer" please
Select "Paid" once the transfer clears — not before
Our accounting wants the invoice as CSV: date;item;amount;vat
Bill to: Ms. Zoë D'Souza, 4 Queen's Road, Bristol
Travel 42 km x 0.45 = 18.90
Can you re-issue with my new surname? (was O'Neill, now Ó Néill)
2 invoices for the same job (#4471 and #4472) — void one
Invoice overdue by 14 days; friendly reminder sent 2024-06-01
请开发票给公司：上海音乐学院，税号见附件
Charges for cancellation: 50% if cancelled < 24 h before the visit
""")
T_INV = dict(
    item=["Tuning", "Pitch raise", "Regulation", "Voicing", "String repair", "Travel",
          "Pedal adjustment", "Humidity kit"],
    cur=["£", "$", "€"],
)


def t_inv(r):
    p = T_INV
    return "INV-%d-%04d: %s %s%d.%02d, status %s" % (
        r.choice([2023, 2024, 2025]), r.randint(1, 9999), r.choice(p["item"]), r.choice(p["cur"]),
        r.randint(15, 900), r.choice([0, 50, 95, 0, 25]), r.choice(["paid", "due", "overdue", "draft"]))


# ---------------------------------------------------------------- customer_contact
CATS["customer_contact"] = lines(r"""
Siobhán O'Sullivan
Dr. Jean-Luc D'Arcy
María José Fernández-López
Zoë Ødegård
李伟
山田 花子
Владимир Петров
Ahmed Al-Farsi
O'Brien, Patrick & Niamh
St. Mary's Church (Parish Office)
Harmony Hall Concert Venue Ltd.
The "Old Mill" Arts Centre
renee.dubois@mail.example.fr
j.o'hara+piano@example.co.uk
tuning-bookings@stmarys-parish.example.org
+1 (415) 555-0132 ext. 7
+49 30 1234 5678
07700 900123
Flat 3/2, 14 Drummond St, Glasgow G2
12 Rue de l'Église, 75005 Paris
Calle Mayor 7, 3º izq., Madrid
Apt. #12B — 220 W 57th St, New York, NY 10019
Prefers contact by text, not e-mail
Do not call before 10am (night shift nurse)
Billing contact: Accounts Dept <accounts@harmonyhall.example>
Emergency contact: son, Tom — 07700 900456
Company: Müller & Söhne Klavierbau GmbH
Nickname: "Bunny" (she insists)
Mrs. Van der Berg
Father Dominic (parish priest)
Ms. Ngozi Okonkwo-Adeyemi
Kʻeao Kealoha
Björk Guðmundsdóttir
François L'Écuyer
Music Department — Head of Keyboard: Prof. A. Rossi
Website: https://www.oldmillarts.example/events
Instagram: @keys_and_coffee
Address line 2: c/o Bellweather & Sons
Postcode: SW1A 1AA
Preferred language: Português (Brasil)
Prefers Tuesdays; piano: Yamaha C3 (SN 5512339)
Secondary email: piano.owner@example.net; primary bounced
Jan 'Johnny' Kowalski
Anne-Marie Saint-Éloi
Hrvoje Šimić
Nguyễn Thị Hương
Şükrü Öztürk
Caf\u00e9 Étoile (literal name on the sign is Café Étoile)
D. Smith (DO NOT merge with the other D. Smith — different person!)
Contact via school office only: office@greenfield-school.example.sch.uk
Landlord (piano owner): Mr. Adeyemi; tenant (player): Chloé
Customer since 2011; 14 tunings on record
""")
T_CONT = dict(
    first=["Aoife", "Liam", "Chiara", "Tomasz", "Fatima", "Kenji", "Ingrid", "Diego", "Priya", "Noah"],
    last=["O'Connell", "Rossi", "Nowak", "Haddad", "Tanaka", "Lindqvist", "García", "Sharma", "D'Angelo"],
    dom=["example.com", "mail.example", "example.org", "example.co.uk"],
)


def t_cont(r):
    p = T_CONT
    f, l = r.choice(p["first"]), r.choice(p["last"])
    return "%s %s <%s.%s@%s>" % (f, l, f.lower(), l.lower().replace("'", ""), r.choice(p["dom"]))


# ---------------------------------------------------------------- search_query
CATS["search_query"] = lines(r"""
steinway
pitch raise
A440
a=442 tuning
yamaha u1 serial
hammer shanks renner
"pitch raise" price
tunings in the last 6 months
customers who haven't booked since 2022
order by date
invoices > 500
piano tuner near me
kawai k-300 vs yamaha u3
O'Brien
d'arcy
Müller
調律
sticky keys humidity
how often should a piano be tuned
select temperament
union hall piano
drop-off workshop hours
bösendorfer imperial
broken string F3
concert tuning 442
sleep mode ETD
cents
stretch tuning railsback
-old +steinway
tuning OR voicing
"St. Mary's"
C#4 hammer
pins loose 1900 upright
price < 100
school pianos 2024
"honky tonk"
why is my piano flat every winter
dampp chaser install
player piano restoration
"key top" ivory replacement
ivorine
%
100% tuned
rebuild quote #4471
soundboard crack
how to clean piano keys
is 432 hz better
where is my order PO-7731
unisons
restore 1920s upright cost
notes containing "drop the bass"
appointments next week && not cancelled
""")
T_SEARCH = dict(
    w1=["yamaha", "kawai", "steinway", "bechstein", "petrof", "baldwin", "grand", "upright"],
    w2=["tuning", "invoice", "regulation", "hammers", "strings", "voicing", "pins", "appointment"],
    w3=["2023", "2024", "london", "overdue", "last month", "paid", "flat", "sharp"],
)


def t_search(r):
    p = T_SEARCH
    return "%s %s %s" % (r.choice(p["w1"]), r.choice(p["w2"]), r.choice(p["w3"]))


# ---------------------------------------------------------------- restoration_log
CATS["restoration_log"] = lines(r"""
Day 1: action out, keys numbered 1–88, photos saved to /jobs/4471/photos/
Removed the plate — 14 bolts, all labelled. Pin block is delaminating at the treble end.
Soundboard: 2 cracks (bass side, ~20 cm). Shimmed with Sitka spruce, re-crowned check OK.
Bridge cap re-notched; new bridge pins; side-bearing measured 1.5–2°
Restrung with Röslau; bass strings custom wound from rubbings. 230 new pins, size 2/0.
Hammers: Abel NY style, bored 15°, travel 47 mm; let-off at 2 mm; drop 1.5 mm
Let the piano settle for 2 weeks before the 3rd pitch raise
Keys: re-bushed all (front & balance), leaded to 50 g downweight / 22 g upweight
Finish: stripped the old shellac → French polish, 12 coats; don't use the spray booth for this one
Note: the case had woodworm; treated with permethrin, 2 weeks quarantine in bay 3
Dampers re-felted; underlevers regulated so they lift at mid-stroke
Weighed the action before/after: DW 58 g → 50 g; UW 15 g → 22 g
Cleaned out mouse nest (!) from the bass end — gloves + mask; vacuumed the keybed
Damp in the keybed, lots of rust on the tuning pins; replaced pins & strings in treble
Ratio of key 1 vs key 88 is off — key weigh-off spreadsheet: keys_4471.xlsx
Ran the action on the regulation rack for 3 days; squeaky flanges in the tenor re-pinned
Piano pulled to A440 in three passes over 4 weeks
Customer asked for "original sound" — kept the old hammer felt weight (14 lb)
Found a 1923 newspaper under the keybed 😄 left it with the customer
Case: veneer lifting on lid (18 cm); hot hide glue, clamped overnight
Plate repainted gold — "Steinway & Sons" decal reapplied (ordered from the factory)
Bass bridge apron split; doweled & glued
Re-bushed the pedal rods; sostenuto works for the first time in years
Check: DO NOT drop the plate again, it's cast iron but the struts crack.
Key frame glide bolts adjusted; no more knocking on C5–G5
Voicing: needled the shoulders on C3–C5, steamed a few bass hammers
Waited on the sand-blaster for the plate — 3 days delay
Belly work done; stringing started Mon; expect completion by the 20th
1 hour lost: wrong bushing cloth size; re-ordered 0.9 mm
"Select" grade hammers from the supplier — much better voicing out of the box
Tapered the bridge notches (fore and aft) — side bearing & termination clean now
Pianola (player) stack out; pneumatics re-covered with new bellows cloth; tubing replaced
Photos: before_1.jpg, before_2.jpg … after_12.jpg in the shared folder \\WORKSHOP-NAS\jobs\4471
Measurement: downbearing ~1.2 mm on the treble, near zero in the bass section — raised the bridge
Tuning stability test: −3 ¢ after 1 week, −1 ¢ after 2nd week
Zerlegt, gereinigt, neue Filze; Resonanzboden hat einen Riss.
Mécanique démontée ; feutres changés ; marteaux neufs Renner.
Restauración completa: teclado, mecánica, cuerdas y barniz.
修理記録：ハンマー交換、弦張替え、整調完了。
Glue-up: hide glue at 60 °C; open time < 1 min, so work fast
Workshop temp 19–21 °C, RH held 45% ± 5% for the soundboard
Key slips & lids refinished in satin; legs kept original
String scaling recalculated: inharmonicity B ≈ 0.00043 at C4
Damper underlevers: lift at 1/2 stroke; sustain pedal set with 2 mm lost motion
Repetition springs lightened — repetition check with drop test, all notes pass
Ledger: parts £1,140; labour 62 h; photos & notes at https://workshop.example/jobs/4471
Wipe ivories with a damp cloth only, no solvents (old ivory yellowing is normal)
Plate bolts torqued to spec; 2 new nosebolts on the treble side
Hammer spacing & traveling done; strike point at 1/8 of speaking length
Final check list: tune ✓ regulate ✓ voice ✓ clean ✓ bench ✓
""")
T_REST = dict(
    step=["re-bushed keys", "replaced hammers", "restrung the tenor", "re-felted dampers",
          "shimmed soundboard", "re-pinned flanges", "French polish coat", "regulated let-off"],
    hours=["1.5", "2", "3", "4.5", "6", "8"],
)


def t_rest(r):
    p = T_REST
    return "Job %d, day %d: %s (%s h)" % (
        r.randint(4000, 4999), r.randint(1, 30), r.choice(p["step"]), r.choice(p["hours"]))


# ---------------------------------------------------------------- chat_message
CATS["chat_message"] = lines(r"""
hi, is anyone there?
My piano sounds "out of tune" after we moved it — is that normal?
the middle C key sticks when it's humid :(
thanks so much!! it sounds amazing now 🎹
Can you do 442? My daughter plays violin and they tune higher at the conservatoire
ok
Is it true you shouldn't put the piano against an outside wall?
Ugh, the cat walked on the keys & now one of them clicks
What's a "pitch raise" and why is it extra?
I'll be 10 min late, sorry -- bus
How long does a tuning last? 6 months? a year?
lol my kid asked if you're going to "drop the bass" 😂
Could you send me the invoice again? can't find it
yes that's fine
Is the 432 thing real or a myth?
My piano is 1 cent sharp; do I really need a tuning? (joking)
Hallo, wann haben Sie nächste Woche Zeit?
Bonjour, est-ce que vous accordez aussi les pianos droits ?
Hola, ¿cuánto cuesta afinar un piano de cola?
こんにちは、調律の予約をしたいです
Привет! Сколько стоит настройка?
Can I leave the key under the mat? Or is that a bad idea lol
We have an old upright from 1908 — worth restoring or not?
The tech said my pins are "loose" — what does that mean for me?
will do, thx
are you open on the weekend?
I'm comparing quotes: you said £95, the other guy £80 -- what's the difference?
can you bring the receipt? my accountant needs it
wait, is it A=440 or A=442 you set it to?
is select 1 or 2 better for the student package?
Hi!!! I booked online but didn't get a confirmation e-mail?
Sure, 3pm works — see you then :)
How do I stop the keys from yellowing?
i spilled tea on the keys... help
The sustain pedal squeaks & the soft pedal does nothing
Does humidity really matter that much?
The tuner left the mute strip in? There's a red felt thing between the strings
My son wants to know: why are there 3 strings per note?
Sounds "honky" again after 2 weeks; can someone come back?
ok but why did the tuning take 2 hours this time
you guys are the best <3
My grandma's piano — it's sentimental, money is not the issue
Please, no calls after 8pm; messages are fine
Could you check if my order shipped? #PT-2024-0331
Is there parking near your workshop?
Sounds good → see you Tuesday
The bench wobbles, can you fix that too?
Not urgent, but the E♭ above middle C buzzes a bit
did the deposit go through?
I typed the wrong address: it's 14 Mill Lane, not 41
""")
T_CHAT = dict(
    open=["hi", "hello", "hey", "good morning", "quick question"],
    ask=["can you come next week", "how much is a tuning", "is my order ready",
         "can I change my appointment", "did you get my payment", "do you tune digital pianos"],
    close=["?", "? thanks", "? :)", "?? thx", ", please?"],
)


def t_chat(r):
    p = T_CHAT
    return "%s, %s%s" % (r.choice(p["open"]), r.choice(p["ask"]), r.choice(p["close"]))


# ---------------------------------------------------------------- settings_import
CATS["settings_import"] = lines(r"""
default_pitch=440
stretch_style: medium
temperament = "Equal"
{"pitch": 442, "stretch": "concert", "partials": 12}
C:\Users\Tuner\Documents\Verituner\Styles\Concert.vts
/home/marta/Documents/pianos/export_2024-06.csv
~/Library/Application Support/TuneLab/pianos/yamaha_u3.tlp
..\backup\customers_old.csv
Import file: customers.csv (UTF-8, delimiter ";")
date;customer;piano;pitch;cents_before¶2024-03-12;O'Brien;Yamaha U1;440;-18¶2024-03-14;Müller;Petrof;442;-7
name,email,phone¶"Rossi, Chiara",chiara@example.com,+39 06 1234567
Webhook URL: https://hooks.example.com/services/T000/B000/XXXX
Calendar sync: https://calendar.example.com/ical/tuning-jobs.ics
Reminder template: Hi {{first_name}}, your tuning is on {{date}} at {{time}}.
Invoice footer: Thank you, {customer_name}! Payment due in {days} days.
SMS text: "Reminder: piano tuning tomorrow ${time}. Reply STOP to opt out."
Timezone: Europe/London (UTC+00:00 / +01:00)
Currency: EUR; decimal separator ","; thousands "."
Export format: CSV | JSON | XLSX
Notify me when: invoice paid && appointment confirmed
Sort: order by last_tuned desc
Hide customers where status = 'inactive'
Language: 日本語
Units: cents (¢), Hz
Working hours Mon–Fri 08:00–18:00; Sat 09:00–13:00
Travel radius ≤ 40 km
Auto-archive after 24 months of inactivity
Backup path: \\NAS01\pianos\backups\
A4 reference fork offset: -0.3 Hz
Label printer: Brother QL-800 (USB)
Email signature:¶--¶Marta Kowalczyk, RPT¶Piano Tuning & Restoration¶https://pianoworks.example
Theme: dark; accent #7A3E1D
API key field left blank on purpose (set it in the admin panel)
Default appointment length: 90 min; pitch raise +30 min
Import mapping: "Piano Make" → make, "Serial #" → serial, "Last Tuned" → last_tuned
Skip rows where pitch is empty
Reminder offset: -24h and -2h
Tag rules: if cents_before < -20 then tag "pitch raise"
Invoice numbering: INV-{YYYY}-{####}
Show stretch curve: on | Show partials: off
Export file name: tunings_%Y-%m-%d.csv
Cloud folder: /Apps/PianoWorks/exports/
Customer portal link: https://portal.pianoworks.example/c/{customer_id}
Duplicate detection: match on email OR phone
Notes markdown: **bold**, _italic_, `code`, > quote
Weekday abbreviations: Lu, Ma, Mi, Ju, Vi, Sá, Do
Separator for multi-value tags: | (pipe)
Max file size for photo uploads: 10 MB (.jpg, .png, .heic)
Quiet hours 22:00 → 07:00, no push notifications
ETD device: ios-app://verituner/sync?device=marta-ipad
Price list v3 — tuning 95; pitch raise 45; regulation 60/h
Rounding: cents to 0.1; Hz to 0.01
Pitch presets: 415 (baroque), 430, 435, 440, 442, 443
Path for style sheets: ./styles/print.css
""")
T_SET = dict(
    key=["default_pitch", "reminder_hours", "travel_radius_km", "session_minutes",
         "stretch_style", "export_format", "currency", "partials"],
    val=["440", "442", "24", "40", "90", "medium", "csv", "EUR", "12", "concert"],
)


def t_set(r):
    p = T_SET
    return "%s = %s" % (r.choice(p["key"]), r.choice(p["val"]))


# ---------------------------------------------------------------- review_comment
CATS["review_comment"] = lines(r"""
Five stars. Marta was on time, friendly, and the piano has never sounded better.
Very professional. Explained the pitch raise before doing it — no surprises on the invoice.
The tuning didn't hold past 3 weeks... but to be fair, we had the heating on full.
Restoration of my grandmother's 1912 Bechstein took 4 months — worth every penny. ❤️
Lovely guy, but he left a mute strip in the piano. Called back, he came the same day & apologised.
Fair prices; came out on a Saturday for our church concert. Highly recommend!
Would've been 5★ if the booking site didn't double-book me
Excellent — the "sticky key" problem is gone, and she showed me how to keep humidity steady.
Great service but the parking fee was added to the bill (£8) without asking
Our school has used them for 10+ years; always reliable.
Sehr freundlich und kompetent. Klingt wieder wie neu!
Service impeccable, accordeur très à l'écoute. Je recommande.
Muy buen servicio, puntual y el piano suena perfecto.
とても丁寧な調律でした。また依頼します。
Отличный мастер, рекомендую!
服务很好，调音师很专业。
Tuner was patient with my questions about 440 vs 442 ;)
The regulation made a HUGE difference — I can finally play pianissimo.
Bit pricey, but you get what you pay for.
He said my piano "isn't worth restoring" — honest, which I appreciated.
Quick, clean, polite. 10/10
Dropped by to fix a broken string on short notice. Lifesaver before my recital!
My piano was a half step flat (!!) and now it's at concert pitch. Took 2 visits, as promised.
Not happy: the tuner arrived an hour late and didn't call.
They restored the player mechanism on our pianola — it plays the old rolls again!
Review for the app: the reminder SMS is useful, but the calendar link opened the wrong date
Honestly the best tuners in the city; the other company "tuned" mine in 20 min. Compare & see.
The quote said 3–4 weeks; it took 7. Communication could be better.
Kids loved watching him work — he showed them the hammers & dampers
Union Chapel's Steinway sounds glorious again. Thank you from the whole team!
Took the time to voice the bass; the muddy sound is gone
Polite, tidy, put the photos back on top exactly where they were 😂
4/5 — good tuning, but please bring card payment (cash only was inconvenient)
Best money I've spent this year. The action feels even from note 1 to 88.
Tuner spotted a cracked bridge other techs missed. Saved us a lot of grief.
Recommended by my teacher; will definitely book again in 6 months
"Select" package was good value: tuning + minor repairs in one visit
My only complaint: the follow-up email went to spam
Worked around my baby's naps. Angel.
A real craftsman — explained stretch tuning with drawings on a napkin
Très bon travail sur la restauration du piano de ma mère. Merci !
Ottimo accordatore, puntuale e preciso.
Bardzo polecam! Fortepian brzmi świetnie.
Bra service, kom i tid, pianot låter underbart.
Review edited: the office refunded the parking charge. Now 5 stars.
He mentioned the pin block might fail in a few years. Good to know; no hard sell.
The app's invoice PDF had the wrong VAT number (fixed after I emailed support@pianoworks.example)
Voicing took longer than expected but the result is sweet & even
Didn't expect a tuner to know so much about history — fun chat about Werckmeister & Bach
5 stars -- would book again
Our community hall's old Broadwood is usable again <3
""")
T_REV = dict(
    adj=["Friendly", "Punctual", "Professional", "Patient", "Careful", "Knowledgeable"],
    what=["tuner", "technician", "team", "restorer"],
    end=["Highly recommend.", "Will book again.", "Piano sounds great.", "Fair price.",
         "Thanks!", "5 stars."],
)


def t_rev(r):
    p = T_REV
    return "%s %s. %s" % (r.choice(p["adj"]), r.choice(p["what"]), r.choice(p["end"]))


TEMPLATES = {
    "tuning_record": t_tune,
    "appointment_note": t_appt,
    "part_order": t_part,
    "invoice": t_inv,
    "customer_contact": t_cont,
    "search_query": t_search,
    "restoration_log": t_rest,
    "chat_message": t_chat,
    "settings_import": t_set,
    "review_comment": t_rev,
}


def build():
    rng = random.Random(SEED)
    rows = []
    n = 0
    for cat in sorted(CATS):
        lits = list(dict.fromkeys(CATS[cat]))
        assert len(lits) >= 50, (cat, len(lits))
        vals = lits[:PER_CAT]
        seen = set(vals)
        guard = 0
        while len(vals) < PER_CAT:
            v = TEMPLATES[cat](rng)
            guard += 1
            assert guard < 10000, cat
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": cat,
                         "label": "benign", "value": v})
    return rows


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = build()
    with open(os.path.join(here, "benign.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
