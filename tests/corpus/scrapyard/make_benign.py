#!/usr/bin/env python3
"""Benign corpus for scrapyard (metal scrapyard / recycling depot app). Stdlib only."""
import json
import os
import random

SEED = 21701
PREFIX = "hbgz"
rng = random.Random(SEED)

# One literal per line; the pilcrow sign marks a line break inside a value.
LIT = {}

LIT["ticket_notes"] = r'''
Gross 14,220 kg / tare 9,860 kg / net 4,360 kg. Driver stayed in cab.
Second weigh done after unloading, truck was 40 kg lighter than the morning tare — fuel burn, fine.
Load had ~200 kg of dirt and plastic, deducted 5% for contamination as agreed.
Customer disputed the tare; re-weighed empty at 10:42, same result. Ticket stands.
net wt 2 180 kg, HMS 1&2 mix
Copper #2 (birch/cliff) — 312 kg, some insulated pieces pulled out and put on separate ticket
Drop the trailer on bay 3, weigh it after the crane empties it
Tare from ticket #88213 reused (same truck, same day)
Brass rads w/ iron ends, downgraded to "dirty brass"
Mixed aluminium cans, bales wet from rain -> 3% moisture deduction
Scale reading jumped 20kg when the wind hit, waited & took the stable value
Paid cash < €500 limit, ID seen
Split load: 620 kg cast iron + 1,140 kg light iron (tin)
Cat converters x 7: 4 ceramic, 3 foil type; serials photographed
Ticket voided — wrong customer selected. Re-issued as #90417.
Driver said "it's all clean copper" but we found brass fittings in the bottom of the drum
Battery load: 18 car batteries (lead acid), stored on the acid-proof pallet
order by weight desc when you print the end-of-day ticket list please
Select the 'Stainless 304' grade, not '316' — magnet test was weakly magnetic on two pieces
Weighbridge 2 out of calibration tolerance? Check against 5 t test weights before first load tomorrow
Ins. wire 65% recovery est., sold as #1 insulated
Old boiler cut into 3 pieces on site; steel + copper coil separated
Forklift drop, scale zeroed, then weighed 842 kg; sack count 14
Vehicle reg. AB12 CDE, trailer TR-774
Gross 38 060 kg | Tare 15 440 kg | Net 22 620 kg
Unloading took ages, crane grab broken → hand unloaded
Do NOT pay until the police check comes back on the cable
Refrigerators (3) – gas not removed, refused & sent to WEEE facility
Motor stator x 12, ~45 kg each; electric motors grade
"Clean" aluminium extrusion had thermal break plastic — moved to 6063 w/ breaks
Customer's own scale said 1,020 kg, ours says 998 kg; explained tolerance ±20 kg
Wheels (alloy) 24 pcs, tyres removed; valve stems still in, 1 kg deduction
Re-print ticket for accountant, original was lost
Lead flashing, roofer Tom O'Brien's van, ~90 kg, ID on file
Mixed zorba from the shredder line, sampled 2 buckets for analysis
Truck came in at 07:58, left 08:31; wait time 33 min
Net = gross − tare − deductions (5 kg ice on the bales)
Tin cans & light iron with some wood; 10% deduction; customer agreed on the phone
Weighed twice: 1) 4 480 kg 2) 4 470 kg — used the lower one
ticket 90122 & 90123 are the same load split between two payees (50/50)
Stainless turnings – oily, drip tray used; 8% oil deduct
A couple of "aluminium" pieces were actually magnesium, set aside for the fire-safe bin
Insulated cable: Cu ~38%, will confirm after the chopper run
Brass shell casings (spent, range clean-up), certificate from range attached
No photo of the load because the camera on scale 1 is down again
Customer drove over the platform edge, re-positioned & re-weighed
Catalytic converter came with the car registration doc; ok per policy
Drum of copper nodules, 212.5 kg
Waiting for the dust to settle on the scale reading... literally, it's windy today
Old tare (Jan) 11,230 kg vs today 11,180 kg — new tyres? used today's value
'''

LIT["material_search"] = r'''
copper
bare bright copper price
#2 copper
insulated wire 50%
aluminium cans
alu 6063
stainless 316 vs 304
cast iron
HMS 1&2
brass
lead acid batteries
cat converter
zorba
zurik
twitch
shred
light iron
e-scrap
motherboards low grade
ACSR cable
"red brass"
yellow brass -plumbing
copper OR brass
tickets from last week
ticket 90417
container C-12
select seller by id
union street yard
drop-off hours
sleep mode scale display
order by price
price > 8 €/kg
weight >= 1000 and grade = HMS
Müller Schrott
Ørsted cable
Škoda catalytic
Köln Hafen
Łódź
Mañana pickup
Cu/Al radiators
50/50 ACR
AL/CU reefer
mill scale
dross
tool steel (HSS)
inconel 625
titanium 6Al-4V
1 1/2" copper pipe
O'Neill
C:\exports
'''

LIT["seller_profile"] = r'''
Seán O'Connor
Mary-Jane D'Souza
Ahmed Al-Farsi
José María Ñúñez
Zoë Brontë-Smith
Jürgen Weiß
Brandon "Bran" McKay
李伟
山田 太郎
Олег Петренко
Αλέξανδρος Παπαδόπουλος
אברהם כהן
Nguyễn Văn An
Kowalski & Sons Demolition Ltd
O'Reilly Plumbing & Heating
Smith; Jones (trading as S&J Metals)
A1 Skips Ltd.
Dept. of Public Works — Fleet
Trade account; pays by bank transfer only
ID: driving licence, checked 2024-03-02, expires 2031
Passport photo page scanned; name matches bank account
Address: 14 Mill Lane, Unit 3/B, Leeds LS9 8AB
Wharf Rd. #12-04, Singapore 238843
billing@kowalski-demolition.example.com
mike.oreilly+scrap@mail.example.org
Phone: +44 (0)113 496 0123
Prefers to be called 'Big Dave' on site
Regular — brings copper offcuts every Friday; electrician
Company reg 09876543, VAT GB123456789
Seller flagged once in 2022 (cable) — cleared by police, see note
ID expired, told to bring a new one next time, paid by bank only
Sole trader, no company; site licence not required
Contractor for council; POs required on every ticket
Farm scrap, old machinery; comes with a tractor & trailer
Uses his brother's truck (reg differs), confirmed by phone
Do not accept catalytic converters from this seller without VIN docs
Nickname: "Tin Man"
Contact person: Frau Dr. Schäfer
Prefers WhatsApp: +49 151 23456789
Lives at 3 O'Hara Ct. — deliveries via the back gate
Dir. & Sec.: M. Ødegaard
Bank: IBAN GB33 BUKB 2020 1555 5555 55 (fake for test)
Same person as account #4412? merge?
Name spelled wrong on last ticket — it's "Katarzyna", not "Katarina"
Plumber; "I've got a van full of pipe & rads most Mondays"
Vietnamese speaker, son translates
Uses the yard's drop-off bins only, no weighbridge
Pays the container hire monthly by standing order
Customer since 1998 — the old ledger says "Wm. Harrow & Co."
ID checked by Priya <priya@yard.example>
'''

LIT["grade_descriptions"] = r'''
Bare bright copper: unalloyed, uncoated, unoxidised wire, no smaller than 16 gauge.
#1 copper: clean, unalloyed copper pipe and bus bar; no paint, no solder, no fittings.
#2 copper: may have solder, paint, light oxidation; minimum 94% Cu.
Insulated copper wire, 65% recovery; no cable with lead sheath.
Heavy melting steel 1 & 2 (HMS 1&2), 80:20 — max 1.5 m × 0.5 m pieces.
Shredded steel (shred): density ≥ 50 lb/ft³, free of nonferrous.
Cast iron: engine blocks (drained), manhole covers? NO — council property, refuse.
Light iron / tin: thin gauge, appliances minus compressors and gas.
Stainless 304 (18/8): non-magnetic, no nickel-less grades mixed in.
Stainless 316: contains Mo; confirm with XRF gun — Mo > 2%.
Yellow brass: plumbing fittings, valves, no iron; brass with iron = "dirty brass".
Red brass / gunmetal: bronze valves & water meters (glass removed).
Aluminium 6063 extrusion, clean; no thermal breaks, no paint >5%.
Aluminium cast (wheels separate): no iron inserts, no oil.
UBC (used beverage cans): baled, dry; moisture deduction if wet.
Al/Cu radiators (reefers): ends cut off, no iron frames.
Lead: soft lead / flashing, no wheel weights mixed in.
Wheel weights: lead with steel clips — separate grade, separate price.
Zorba: shredded nonferrous mix from ELV shredders, 90-95% Al.
Twitch: float-sink Al fraction from zorba.
Electric motors: with copper windings; no aluminium-wound motors in the same bin.
E-scrap low grade: TVs, printers — we don't take CRTs.
High grade boards: gold fingers, no batteries, no heatsinks.
Cat converters: price per piece by code, ceramic honeycomb intact.
Titanium: turnings & solids separated; no Ti-Al mixes.
Inconel/Hastelloy: XRF certificate needed; price on request.
Copper turnings: oily turnings get a 10% deduction.
ACSR: aluminium conductor with steel core; price ~= aluminium minus steel %.
Batteries (lead acid): whole, intact casings; no lithium!
Li-ion batteries → separate fire-safe container, NOT mixed scrap.
Brass shells: spent casings only, no live rounds (police if found).
Mixed metal "dirty": anything with attachments; we sort & re-grade.
Steel drums: must be empty & open-ended (lids off) — no residues.
Rebar: cut ≤ 1.5 m; concrete lumps deducted.
Mill scale: iron oxide from rolling mills, bulk only (≥ 20 t).
Magnesium: separated due to fire risk; never in the shredder feed.
Tool steel (HSS, T/M grades): tungsten & molybdenum content, XRF test.
Nickel (Ni 200/201): solids; confirm < 0.1% Cu.
Cupronickel 90/10 & 70/30: marine pipe; condenser tubes.
Pewter: tin alloy — grade as "tin/pewter", 95%+ Sn.
Silver contacts: weigh on the lab scale (0.01 g), price per g.
Hard drives: whole drives, we shred on site (certificate available).
Stainless turnings 18/8 — dry only; 8% deduct if oily.
Copper transformers (sealed): refused unless PCB-free certificate.
Bronze (tin bronze, phosphor bronze) — ~88/12 Cu/Sn.
"Tin" in the UK = light iron, NOT Sn. Confusing, I know.
Grade codes: CU-BB, CU-1, CU-2, AL-EXT, AL-CST, SS-304, SS-316, FE-HMS.
Steel → ferrous; everything else → non-ferrous (NF)
Grade 'HMS 1' means thickness ≥ 6 mm; 'HMS 2' ≥ 3 mm.
Clean UBC vs. "dirty" UBC: paper, plastic < 2%.
'''

LIT["price_comments"] = r'''
Copper is up again today — LME at $9,420/t, we're paying £6.10/kg for bright.
Price drop on aluminium, sorry folks, it's the market.
Can you do €4.80/kg on #2 if I bring 2 t?
brass at 3.90 vs 3.75 across town... match?
Rates: HMS £210/t | Shred £235/t | Cast £190/t | Light iron £120/t
Price for cat converters depends on the code, send a photo of the label.
Why is stainless 304 below £0.90/kg now? Nickel crash?
Weekly price sheet: copper ↑ 3%, alu ↓ 1%, lead → flat
I'd sell the zorba now, prices usually drop in summer.
You pay $0.45/lb for steel cans?? That's low.
Old price (last month) = £5.40; new price = £5.95 (+10%)
Prices are per kg, net weight, after deductions. VAT not included.
If price > £7/kg I'll bring the whole roll of cable.
Best price for 5 tonnes of HMS delivered to the port?
Can we lock in the price for 30 days? Contract customer.
Copper price is $4.25/lb on COMEX, bright pays ~90% of that.
Batteries: £0.55/kg (whole); cracked casings = refused
Price list PDF: https://yard.example/prices/2024-05.pdf
Paid 1,245.60 € for ticket #90417 (copper 204 kg × 6.10)
Is the brass price "per kg" or "per lb"? the sign says both
Aluminium 6063: 1.45 €/kg (clean), 1.10 €/kg (with breaks), 0.80 €/kg (painted)
Lead prices: soft lead 1.35; wheel weights 0.95; cable sheath 1.10
The drop in steel prices is because of the Turkish market, not us.
Price match policy: show us a written quote < 48h old.
¥380/kg for 2号銅 in Osaka, interesting
Preis für Kupfer: 6,80 €/kg (blank), 6,20 €/kg (Kabel)
Le prix du cuivre a baissé de 2 % cette semaine.
Precio del aluminio: 1,30 €/kg
Цена на медь выросла на 5%
Hi, what's the union rate for drivers on container runs? asking for the invoice.
Sleep on it and call me tomorrow, the price holds till Friday.
10% bonus for loads over 10 t — "volume premium"
Price (£/t) = LME − 12% − haulage
We pay 92% of LME for bright & shiny; 85% for #2
£/kg → £/t: multiply by 1000, obviously :)
Silver contact price at £0.55/g
No, we don't pay more for "antique" copper, sorry.
I think the 'market price' on your site is stale — it shows Monday's price.
Steel price: $350/ton (short ton) vs €320/t (metric) — check the units!
Can you pay half cash, half transfer? Cash limit is £500 I think.
Cat price: ~$150–$800 per unit depending on the car
Rate for container hire: £45/week + £90 per swap
Does the price include the forklift unloading?
My neighbour got £120 more for the same boiler... explain?
Titanium solids £3.10, turnings £1.20 — XRF test is free
Copper & brass prices updated at 09:00 every morning.
Price history for bright copper: 2022 ▲ 2023 ▼ 2024 ▲▲
"Sell by" date for this quote: 2024-06-30
price<=0 means "call for price" in the app I guess
Minimum charge: £25 per collection if < 250 kg
'''

LIT["pickup_requests"] = r'''
Please collect the 20 yd container from site at 12 Harbour Way on Friday.
Swap the full skip for an empty one, gate code 4471#
Need a 40' roll-off for demo job, 3 weeks, start Monday
Container C-12 is full, pick up asap pls
Can the driver come before 7am? Street gets blocked by school traffic.
Access via the back alley — truck max 3.5 m height (low bridge!)
Site contact: Dave on 07700 900123 (call, don't text)
Pickup for 2 pallets of batteries — shrink-wrapped & labelled
Container placement: on the driveway, NOT on the lawn (please!!)
Bring a grab lorry, the cast iron is loose on the ground.
Collection address: Unit 7, Industrial Est., Rd 4 → second left after the gate
Only weekday pickups; site closed Sat/Sun
Cancel pickup #P-2291 — customer sold it elsewhere.
Reschedule to Tuesday 14:00–16:00
20 yd for mixed metal + 10 yd for copper only; keep separate pls
GPS: 53.7960, -1.5479 (the yard behind the church)
The container lid is broken, please bring a net/tarp.
We need a weighbridge ticket emailed to accounts@builder.example.com
Driver: please photograph the container before lifting (insurance)
Skip permit required on the road — council ref 2024/SK/0093
Is a Saturday pickup possible? Will pay the surcharge.
Container is at the warehouse loading dock, bay "D", ask for security.
Drop an empty 8 yd at the farm, we'll fill it over the month.
Collect 3 drums of copper turnings, approx 200 kg each.
Heavy load! engine blocks, ~6 t in a 20 yd — check axle limits
No pickup this week — the site is flooded.
Contact: María José (habla español) +34 600 000 000
Access code for the gate: 1984* then press the bell
Pick up at the school — after 4pm only (children on site)
Driver needs PPE: hard hat, hi-vis & steel toes; site induction 15 min
Container left on the public road overnight; is that allowed?
Please bring the hook-lift truck, not the chain one.
Site closes at 15:30, pls arrive before 15:00
Swap #3 of this month; invoice at month end
We have 2 containers (blue & green); collect only the green one
Container delivery to Building 5 — follow the yellow line → loading bay
Pickup window: 08:00–10:00 || 13:00–15:00
Put the container where the old one was, same spot
Driver asked for a signed waste transfer note — please bring the pad
Electric motors & transformers — need a crane truck
Roof access: lead flashing is on the 2nd floor terrace; we'll lower it by rope
Collect old car (ELV): V5C ready, keys in the ignition
Where's my container?? Ordered last Tuesday.
Tracking page says "dispatched" since yesterday – ETA?
Wrong container size delivered (10 instead of 20)
Hi, can u collect 50 kg of copper? too small for a container?
Rubble got mixed in, we'll take it out before you come
Container number on the side: RO-20-0471
For the Hamburg site: Abholung bitte Montag, Tor 3
Pickup at 6 Rue de l'Église — stationnement difficile
'''

LIT["compliance_log"] = r'''
ID check completed: passport, photo matched, copy retained 3 years.
Cable over 10 kg: seller declared source = electrical contractor, invoice seen.
Cat converter purchase: VIN recorded, V5C photographed, police notified per policy.
Cash payment refused — above legal limit; paid by bank transfer.
Daily log: 142 tickets, 3 refused (no ID), 1 referred to police.
Stolen metal alert (ref SMA-2024-118): bronze plaques — none received.
Manhole covers brought in by private seller — refused, reported.
Inspector visit 10:15, licence displayed, records reviewed, no issues.
Camera footage retained 30 days; export for police ref 24/118/XY.
Environmental permit EPR/AB1234CD: quarterly return submitted.
Waste transfer note #WTN-55310 signed by both parties.
Hazardous waste consignment note for batteries: HW-0071
Oil spill on bay 2 — absorbent used, drain cover on, incident logged.
Fire drill 14:00; assembly point at the gate; all staff accounted for.
Radiation detector alarm on load 90333 — isolated, RPA contacted, false alarm (granite).
Lithium battery found in light iron — removed to the fire-safe bin.
Scale calibration certificate issued 2024-04-01, next due 2025-04-01.
Staff training: "recognising stolen metal" — 6/8 attended.
ID scan failed (OCR), entered manually; verified by supervisor.
Under 18 seller — refused, parent asked to come in.
Record kept for 3 years per the Act; deletions after that are automatic.
GDPR request from seller #4412 — delete? No: legal retention applies.
Drop-in checks from local police: logbook signed.
Suspicious: same seller, 4th load of new-looking cable this week → reported
Noise complaint from neighbour (crane at 06:30) — start time moved to 07:00.
Air quality: dust suppression sprayers on; readings < limit.
Drainage interceptor emptied — certificate #INT-448.
Scrap metal dealer licence renewed (site licence), valid to 2027.
Transfer of controlled waste — code 17 04 05 (iron and steel).
EWC 16 01 04* (ELV, hazardous) — depollution checklist completed.
Refrigerant recovery: F-gas technician cert #FG-2231
Audit: 20 random tickets checked; 1 missing photo (camera fault), noted.
Near miss: forklift vs pedestrian at bay 4; new walkway markings.
PPE check: hi-vis missing on 1 visitor, supplied.
ISO 14001 surveillance audit — 2 minor findings, closed.
Cash book reconciled: £0.00 difference.
Police request (ref 2024/0556) — provided ticket copies for 01/03–07/03.
Driver license expired — driver not allowed to operate the loader.
Log entry: "ID copy missing on ticket 90112" → fixed, copy uploaded.
CCTV camera 3 offline 02:00–05:30 (power cut) — noted for insurer.
Sanctions screening of exporter: no match.
Export shipment: Annex VII form completed, container MSCU1234567.
Inbound: 5 cat converters w/o docs → held 72 h pending checks
Weighbridge operator certificate: J. Nowak (exp. 2026).
Spill kit restocked; 2 pads & 1 boom used.
Refused load: asbestos-lagged pipes; seller advised to use licensed contractor.
Daily checks: fire extinguishers ✓, first-aid kit ✓, eye wash ✓
Incident: minor cut (hand), first aid given, RIDDOR not required.
Quarterly: 2,031 t ferrous in / 1,998 t out; stock diff within tolerance.
Anti-money-laundering: risk rating "medium" for account #7781.
'''

LIT["customer_chat"] = r'''
Hi! Are you open on Saturdays?
Do you take old washing machines?
how much for copper today
Thanks, great service as always 👍
I'm outside the gate, nobody is answering the bell.
Can I bring a trailer or do I need an appointment?
My dad's garage is full of old tools & pipes; is it worth bringing it in?
What do I need to bring for ID? I lost my driving licence.
Do you buy car batteries? How much?
You guys paid me less than the quote!!! 😡
Sorry, I'll be 15 min late — traffic on the M62.
Hey, is "clean" copper with a bit of solder still #1?
Bonjour, vous achetez le laiton ?
Hallo, nehmen Sie auch Elektroschrott an?
Hola, ¿cuánto pagan por el aluminio?
Ciao, accettate rame?
Olá, vocês compram sucata de ferro?
Dzień dobry, czy skupujecie akumulatory?
Здравствуйте, вы принимаете медь?
こんにちは、銅の買取価格を教えてください。
你好，请问今天铝的价格是多少？
안녕하세요, 구리 가격이 얼마인가요?
مرحبا، هل تشترون النحاس؟
שלום, אתם קונים אלומיניום?
Merhaba, hurda bakır alıyor musunuz?
Can I drop off a fridge? It's still got gas in it I think.
Where do I park? The queue is long.
The app says "ticket not found" for #90417 — can you check?
ok cool
thx!
I'll be there around 3ish
Is the yard dog friendly? 🐕
lol the crane operator is a legend
Why do you need my ID? I'm just selling cans...
Can my son (16) come with me?
Do you have a magnet I can borrow to sort my stuff?
I brought 3 bags of cans, where do I put them?
The weighbridge screen says "STABLE" but the number keeps changing?
Any chance of a better price if I strip the wire myself?
Can I get the payment by PayPal?
What's the deal with catalytic converters — do I need the car?
Please delete my account, I don't use the app anymore.
Yes that's fine, same time next week.
Ok, I'll drop it; see you tomorrow.
Can I sell scrap on behalf of my company? I'm not the director.
What's the difference between "tin" and "light iron"?
Sent you the photos on WhatsApp.
Just checking: you're closed bank holiday Monday?
Ugh, forgot my ID again. Can I come back in 20 min?
Great, thanks Priya! :)
'''

LIT["settings_imports"] = r'''
C:\Users\yard\Documents\tickets\2024\May\export.csv
/home/scale/exports/tickets_2024-05-31.csv
\\fileserver\scrap\prices\weekly.xlsx
~/Downloads/price_sheet (1).pdf
../shared/templates/ticket.docx
ticket_id,date,seller,grade,gross_kg,tare_kg,net_kg
90417,2024-05-31,"O'Connor, Seán",CU-BB,1120,908,212
90418;2024-05-31;"Müller GmbH";FE-HMS;38060;15440;22620
grade|price_per_kg|currency¶CU-BB|6.10|GBP¶CU-2|5.55|GBP
https://yard.example/tickets?from=2024-05-01&to=2024-05-31&grade=CU-BB
https://maps.example.com/?q=53.7960,-1.5479
http://192.168.1.50/scale/ (local weighbridge display)
Timezone: Europe/London
Date format: DD/MM/YYYY
Decimal separator: "," (comma)
Units: kg (metric) — not lb
Ticket footer: "Thank you for recycling with us!"
Ticket header: {{company_name}} — Weighbridge Ticket #{{ticket_no}}
Email subject template: Your ticket ${ticket_no} from ${yard_name}
Printer: \\PRINTSRV\Zebra-GK420 (label printer)
Backup path: D:\Backups\ScaleDB\ (daily, 02:00)
Scale COM port: COM3, 9600 baud, 8N1
Import mapping: "Gross (kg)" -> gross_kg; "Tare (kg)" -> tare_kg
Rounding: net weight to nearest 10 kg (≥ 1 t) or 1 kg (< 1 t)
Auto-logout after 15 min idle
Allowed file types: .csv, .xlsx, .pdf, .jpg
Camera snapshot URL: rtsp://10.0.0.21:554/stream1
Max cash payment: 500
Notify when price change > 5%
Language: English (UK); fallback: Deutsch
Currency: GBP (£); secondary: EUR (€)
Export filename pattern: tickets_%Y-%m-%d.csv
Cron for report: 0 6 * * 1-5 (weekdays at 06:00)
Default grade when scanning barcode: <none>
Webhook: https://hooks.accounting.example.com/scrap/tickets
Signature placeholder: <sign here>
Column "notes" can contain commas, wrap in "quotes"
SELECT/UNION/DROP are not allowed as grade codes (reserved by the old system) — use FE-, NF-, CU-
Path to ticket photos: /var/lib/scaleapp/photos/{yyyy}/{mm}/
API key: sk_test_FAKE_0000000000000000 (sandbox only)
Import file: "prices – June.csv" (note the en dash)
Font: DejaVu Sans Mono, 10pt
Dark mode: on
Receipt width: 80 mm
Show seller photo on ticket: no (privacy)
Tare memory: keep stored tare for 90 days
Zero tracking: ±0.5 d
Auto-print 2 copies (customer & office)
Sync interval: 5 min; retry 3×
CSV delimiter auto-detect: , ; | \t
Log level: INFO
Ticket numbering: start at 90000, step 1
Allowed IPs for scale terminal: 192.168.1.0/24
'''

LIT["markdown_reports"] = r'''
## Daily summary¶¶| Grade | Tickets | Net (kg) |¶|---|---|---|¶| CU-BB | 12 | 1,842 |¶| FE-HMS | 41 | 212,300 |
**Reminder:** no cash over £500. Use *bank transfer*.
- [x] scale zeroed¶- [x] camera check¶- [ ] sweep bay 3
> "The customer is always right" — except about tare weights.
Weekly report: ferrous ↑ 12% w/w, non-ferrous ↓ 4% w/w. Copper volume is the weakest since Jan.
`net = gross - tare` — the app already does this, no need to calculate by hand.
### Notes for the new weighbridge operator¶1. Always zero the scale before the first truck.¶2. Check ID **before** weighing.¶3. Photograph every load (front + top).¶4. If in doubt, call the supervisor -- don't guess.
Month-end: 3,412 tickets, 5,820 t in, €2.1m paid out.
Q2 vs Q1: copper 104 t → 98 t (−6%), alu 210 t → 232 t (+10%).
Meeting notes 03/06: – new baler arrives in July – Sunday opening? no – price board → digital screen
TODO: fix the "select all" checkbox on the ticket list; it only selects page 1.
Bug: exporting with order by date shows oldest first, expected newest first.
Idea: let customers see their own tickets (read only) — login via SMS code.
| Container | Site | Status |¶|-----------|------|--------|¶| RO-20-0471 | Harbour Way | full |¶| RO-10-0032 | Farm Rd | on site |
Yard layout: gate → weighbridge → bays 1–4 → baler → export stack
**Safety** first: no entering the shear area while it's running!!!
_Draft_: price policy for cats (see [doc](https://wiki.yard.example/cats-policy))
The team did a great job this week — 0 accidents, 0 complaints. 🎉
Shredder downtime: 6 h (hammer change). Output 180 t instead of 260 t.
Process: sort → bale → weigh → store → ship. Repeat.
Sales pipeline: 3 mills, 2 foundries & 1 trader (Rotterdam).
Headcount: 14 FTE + 2 temps; overtime 36 h.
Copper theft in the region is up; police ask us to report any "new" cable > 10 kg.
Stock take: bay 1 (HMS) ≈ 420 t; bay 2 (shred) ≈ 610 t; bay 3 (cast) ≈ 75 t
1) Drop the Sunday hours 2) Union rep to join the safety meeting 3) Update the price board
Export to Turkey: 2 × 25 t containers booked for 14/06.
Maintenance: baler hydraulic hose replaced (leak), 4 h down.
Customer feedback: "Quick & fair" ★★★★★ / "Long queue" ★★☆☆☆
Let's discuss whether to drop the minimum-weight rule for pensioners.
`grade_code` must be 2–8 chars, e.g. `CU-BB`, `AL-EXT`; no spaces.
The old system stored weights in lb; divide by 2.2046 when importing.
New hire induction: 2 h safety, 1 h ID rules, 1 h app training.
# Fire plan¶- extinguishers at each bay¶- hydrant at the gate¶- Li-ion bin → 10 m from everything
Shift handover: scale 2 still reads +20 kg, engineer booked for Thu.
KPIs: avg. ticket time 6 min 40 s (target < 6 min)
Energy use: shredder 1.2 MWh/day; baler 0.3 MWh/day.
Please read the updated SOP (v3.2) & sign the sheet by Friday.
Summary: prices stable, volumes up, one near miss — see log.
2024 target: 60,000 t throughput; YTD 24,800 t (41%)
|Top sellers (May)|t|¶|---|---|¶|Kowalski & Sons|412|¶|A1 Skips|287|¶|O'Reilly Plumbing|12|
The `<grade>` field in the API must be upper case.
Incident summary (#IR-044): loader hit the fence; no injuries; repair £800.
Updated the price board at 9:05 (copper +£0.10).
Container utilisation: 78% (↑ from 71%)
Reminder: scales must be verified every 12 months by a certified engineer.
Lunch & learn: "How XRF guns work" — Wed 12:30, canteen
"Union" Street site: closed for resurfacing 10–12 June.
Rain plan: cover the UBC bales with tarps, otherwise moisture deduct applies.
Note: DROP-OFF area moved next to the gate (sign says "Drop off here →").
Scoreboard: Bay 1 crew 41 tickets vs Bay 2 crew 38 — well done both!
'''

# ---- one small template per category, over hand-written pools ----
GRADES = ["CU-BB", "CU-2", "AL-EXT", "AL-CST", "SS-304", "FE-HMS", "FE-CAST", "PB-SOFT", "BR-YEL", "UBC"]
NAMES = ["Seán O'Connor", "Anna Kowalska", "Jürgen Weiß", "Fatima Begum", "D'Arcy Jones", "Li Wei", "Olu Adeyemi", "Mateo Ruiz"]
SITES = ["12 Harbour Way", "Unit 7, Mill Lane", "Farm Rd (back gate)", "Building 5, Dock St", "Rue de l'Église 6"]
WORDS = ["copper", "brass radiators", "alu wheels", "insulated wire", "cast iron", "stainless sinks", "lead flashing"]
LANGS = [("de", "Kupfer"), ("fr", "cuivre"), ("es", "cobre"), ("pl", "miedź"), ("ja", "銅"), ("ru", "медь")]
CHECKS = ["passport", "driving licence", "national ID card", "residence permit"]
ACTIONS = ["accepted", "refused", "held for checks", "paid by transfer"]
FILES = ["tickets", "prices", "sellers", "containers"]
TOPICS = ["copper volumes", "HMS stock", "shredder uptime", "container swaps"]


def gen(cat, i):
    if cat == "ticket_notes":
        g = rng.randint(3000, 40000)
        t = rng.randint(2000, g - 500)
        return "Ticket #%d: %s, gross %d kg, tare %d kg, net %d kg" % (90000 + i, rng.choice(GRADES), g, t, g - t)
    if cat == "material_search":
        return "%s %s" % (rng.choice(WORDS), rng.choice(["price", "near me", "per kg", "today", "grade", "-painted"]))
    if cat == "seller_profile":
        return "%s — ID: %s checked %d/%02d/2024" % (rng.choice(NAMES), rng.choice(CHECKS), rng.randint(1, 28), rng.randint(1, 12))
    if cat == "grade_descriptions":
        return "%s: max %d%% contamination, deduction %d%% above that" % (rng.choice(GRADES), rng.randint(1, 10), rng.randint(2, 15))
    if cat == "price_comments":
        return "%s today: £%d.%02d/kg (was £%d.%02d)" % (rng.choice(WORDS), rng.randint(0, 7), rng.randint(0, 99), rng.randint(0, 7), rng.randint(0, 99))
    if cat == "pickup_requests":
        return "Please swap the %d yd container at %s on %s" % (rng.choice([8, 10, 20, 40]), rng.choice(SITES), rng.choice(["Mon", "Tue", "Wed", "Thu", "Fri"]))
    if cat == "compliance_log":
        return "Ticket %d: %s seen, load %s" % (90000 + rng.randint(0, 999), rng.choice(CHECKS), rng.choice(ACTIONS))
    if cat == "customer_chat":
        lang, word = rng.choice(LANGS)
        return "[%s] %s? %s" % (lang, word, rng.choice(["ok", "danke", "merci", "gracias", "dziękuję", "спасибо"]))
    if cat == "settings_imports":
        return "/srv/scrap/imports/%s_2024-%02d-%02d.csv" % (rng.choice(FILES), rng.randint(1, 12), rng.randint(1, 28))
    if cat == "markdown_reports":
        return "| %s | %d | %+d%% |" % (rng.choice(TOPICS), rng.randint(1, 999), rng.randint(-20, 20))
    raise KeyError(cat)


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = []
    n = 0
    for cat in LIT:
        lits = [v.replace("\u00b6", "\n") for v in LIT[cat].strip("\n").split("\n")]
        assert len(lits) >= 50, (cat, len(lits))
        vals = lits[:80]
        i = 0
        while len(vals) < 80:
            vals.append(gen(cat, i))
            i += 1
        for v in vals:
            n += 1
            out.append(json.dumps({"id": "%s-%05d" % (PREFIX, n), "category": cat, "label": "benign", "value": v}, ensure_ascii=False))
    with open(os.path.join(here, "benign.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out) + "\n")


if __name__ == "__main__":
    main()
