#!/usr/bin/env python3
"""Benign held-out values for a bicycle courier cooperative app. Seed 32201."""
import json
import os
import random

SEED = 32201
PER_CAT = 80
rng = random.Random(SEED)

CATS = []

# ---------------------------------------------------------------- job_tickets
job_lit = [
    "Pickup 14:10 at Harbour Print, 2 A2 tubes, drop Riverside Studio before 15:00",
    "Urgent: signed contract, deliver to 3rd floor reception — ask for Mrs O'Neill",
    "Same-day, 4 boxes of flyers (approx 9 kg each) — cargo bike only",
    "Blood samples cold box, keep < 8°C, hand to lab desk, do not leave at door",
    "Return trip: collect keys from 12 Mill Lane, bring back to office & sign out",
    "Two drops: Café Lune then Bäckerei Sommer; order by distance please",
    "Client wants a photo of the parcel at the door + name of who signed",
    "Rush job — select fastest rider on shift, budget £18",
    "Deliver architectural plans; tube is 110 cm long so no small bags",
    "Pick up 3 x cake boxes, flat carry, NO tilting!!",
    "Ticket #4471: legal docs, wait-and-return, max wait 20 min",
    "Drop at loading bay B; buzzer code is on the client account, not here",
    "Florist order: 12 bouquets, two runs, first drop by 09:30",
    "Medication for Mr Dubois, needs ID check on handover",
    "Pick up from union office on Grange St, deliver to court annex",
    "Small envelope, economy rate, anytime before 17:00",
    "Multi-drop route: 1) Pine Rd 2) Oak Ave 3) Elm Ct — order as listed",
    "Customer says the gate is stiff; push hard & lift",
    "Laptop repair return, fragile, backpack with padding please",
    "Dropping at the 'Green Door' bakery — yes the door is actually green",
    "Re-delivery of ticket 8812 (nobody home yesterday)",
    "Collect cheque & signed invoice, bring both to the co-op office",
    "Wedding rings!!! insured value 2,400 EUR, rider must hand over in person",
    "Pickup: Studio 5, Unit 3/4 Gasworks Yard; drop: 221 Long St",
    "Deliver to the back door after 18:00 — restaurant is closed front side",
    "Grocery run for the community kitchen, 6 crates, trailer needed",
    "Tender documents — deadline 12:00 sharp, no later",
    "Hospital courier: internal post between Ward 7 and Pathology",
    "Bike part swap: take the old wheel to Spoke & Chain, bring back the new one",
    "Samples from the brewery, 2 x 5 L kegs, tie down on the cargo deck",
    "Drop at Rua das Flores 88, 2º esquerdo — entregar ao porteiro",
    "Abholung Hauptstraße 17, Zustellung an die Apotheke am Markt",
    "Retrait rue Saint-Denis, livraison avant midi s'il vous plaît",
    "配達先：駅前ビル3階、受付に渡してください",
    "Доставка документов в нотариальную контору до 16:00",
    "Recogida en la calle Mayor 5, entrega en la oficina de correos",
    "توصيل طرد صغير إلى المكتب الرئيسي قبل الساعة الثانية",
    "Film reels for the cinema festival — keep dry, rain cover on",
    "Deliver 1 x poster tube; client said 'just leave it with the barista'",
    "Wait & return with the signed copy; client pays waiting time at $0.50/min",
    "Pickup at Dock 2, ask security for a visitor pass first",
    "Parcel is 60x40x40 cm, check the box fits before accepting",
    "Drop-off window 10:00-10:30 only, otherwise back to depot",
    "Job split across two riders: handover at the Bridge St lights",
    "Deliver the order; the union of both tickets is one trip, merge them",
    "Please drop the old ticket and create a new one with the right address",
    "COD: collect £42.50 cash, give receipt from the pad",
    "Art print in frame, glass front; ride gently on cobbles",
    "Pick up lost & found bag from the station office, ref LF-2231",
    "Morning bread round for 5 cafés, start 06:15",
    "Contract run for Hartley & Sons — monthly account, no card payment",
    "Key handover: tenant arrives 16:00, keys in sealed envelope",
]
job_tpl_a = ["Pickup", "Collect", "Grab", "Fetch"]
job_tpl_b = ["2 envelopes", "a shoebox", "3 tubes", "one crate", "a cool bag", "a laptop bag", "4 document wallets"]
job_tpl_c = ["Canal St", "Market Sq", "Hill Rd", "Station Approach", "Old Quay", "Linden Ave", "Brewery Yard"]
job_tpl_d = ["09:15", "10:40", "12:00", "13:30", "15:45", "17:20"]
def job_tpl(r):
    return "%s %s from %d %s, drop by %s" % (r.choice(job_tpl_a), r.choice(job_tpl_b), r.randint(1, 180), r.choice(job_tpl_c), r.choice(job_tpl_d))
CATS.append(("job_tickets", job_lit, job_tpl))

# ------------------------------------------------------- pickup_drop_notes
note_lit = [
    "Left with neighbour at no. 14 (Mrs Patel), she signed",
    "Door code didn't work; called client, came down in 3 min",
    "Dog in yard — friendly but jumpy. Handed parcel over the fence",
    "Reception closed 12-1, waited 8 min, then delivered",
    "Parcel slightly wet at the corner, photo attached",
    "Client asked to leave it in the 'safe place' behind the bins; did so & photographed",
    "Signed by: J. O'Connor",
    "Nobody answered, left card #5512 in letterbox",
    "Lift out of order; carried 3 boxes up to 5th floor",
    "Address on ticket is 12A, building only has 12 & 12B — delivered to 12B after phoning",
    "Security made me sign in; took 10 min extra",
    "Handed to concierge (name: Luis), said he'll call up",
    "Pickup not ready at 14:00, collected at 14:25",
    "Sender gave 2 extra envelopes, added them to the ticket",
    "Back gate padlocked >:( used front door instead",
    "Cold box temp at drop: 5°C (< 8°C ok)",
    "Customer wanted to pay cash, told them account only",
    "Recipient refused delivery — wrong item, returned to sender",
    "Used the loading bay; blocked by a van for a while",
    "Notes from client: 'ring twice, bell is weak'",
    "Left in parcel locker, code sent by SMS",
    "Stairs are steep; next time bring the smaller bag",
    "Got to the office; they'd moved to 4th floor. Signage is bad",
    "Delivered 10:52, within window",
    "Dropped at the café counter as asked; barista signed 'Mo'",
    "Entregado al portero, firmó Antonio",
    "Abgegeben beim Nachbarn, Hausnummer 7",
    "Colis remis à la gardienne, signature illisible",
    "Consegnato in portineria alle 11:05",
    "Zostawione w recepcji, podpisała pani Anna",
    "受付の田中さんに渡しました",
    "Teslim edildi, kapıcı imzaladı",
    "Rider note: pothole outside no. 30 is huge — careful at night",
    "Parking for cargo bikes round the back; front is pedestrian only",
    "Two parcels were mislabelled (A->B, B->A); swapped on site",
    "Client not at home; per instructions left in garden shed (unlocked)",
    "Box dented on pickup, sender aware, signed note",
    "Drop confirmed by phone; signature pad froze so wrote it on paper",
    "Pickup contact was Sam & drop contact was also Sam — different Sams!",
    "Waited 15 min (wait & return) — billable",
    "Waiting time: 00:12:40",
    "Receiver said 'select the blue bag next time', it's insulated",
    "Path flooded, went round via Canal St — +1.2 km",
    "No answer at flat 3; flat 4 says flat 3 is away till Monday",
    "Delivered to the union hall desk, Tom signed",
    "Drop was at the sleep clinic on level 2; quiet please signs everywhere",
    "Note for dispatch: this client always needs a printed receipt",
    "Contact number on ticket wrong (missing a digit) — fixed: +44 20 7946 0321",
    "Pick-up point moved from Gate 3 to Gate 1 today",
    "Package weight 12.4 kg > limit for solo bike; took the trailer",
    "Signed for by 'Dr. Hwang' — emailed the POD to client",
    "Parcel handed over; recipient's cat tried to escape, caught it :)",
]
note_pool_who = ["neighbour", "concierge", "reception", "the shop owner", "a colleague", "the caretaker"]
note_pool_where = ["no. 3", "no. 18", "flat 2B", "unit 7", "the corner shop", "the side entrance"]
def note_tpl(r):
    return "Left with %s at %s, signed %02d:%02d" % (r.choice(note_pool_who), r.choice(note_pool_where), r.randint(7, 19), r.randint(0, 59))
CATS.append(("pickup_drop_notes", note_lit, note_tpl))

# ---------------------------------------------------------- rider_shifts
shift_lit = [
    "Mon 07:00-15:00 — Priya (cargo), Ben (road)",
    "Swap request: I take Thu late if someone takes my Sat early",
    "Out sick today, sorry! Can someone cover 12-6?",
    "Shift notes: rain all afternoon, 14 jobs done",
    "Can't do Fri — dentist. Available Sat & Sun",
    "Max 40 h/week please, I'm on reduced hours",
    "Early shift: keys for the depot are in box #2",
    "I'll do the night run if we get the lights fixed first",
    "Availability: Mon/Wed/Fri mornings only",
    "Week 34 rota posted — check your slots & tell me by Sun",
    "Half shift 10:00-14:00, then uni",
    "Covering for Jonas; his shift 13-19",
    "Holiday 12–26 Aug, back on 27th",
    "Please don't put me on the hill routes this week, knee's sore",
    "Break 12:30-13:00 at the depot",
    "Clock in 06:58, clock out 15:04",
    "Overtime 1.5 h approved by Mia",
    "Sleep was rough after late shift; could I start at 10 tomorrow?",
    "Prefers cargo bike shifts; has trailer licence",
    "New rider onboarding: shadow shift with Kofi on Tue",
    "Dienst getauscht mit Lena: ich Mittwoch, sie Donnerstag",
    "Turno di notte coperto da Marco",
    "Je peux faire le samedi matin, pas l'après-midi",
    "Zmiana: poniedziałek 8–16",
    "シフト交換希望：土曜の午前と日曜の午後",
    "Puedo cubrir el turno del viernes por la tarde",
    "Rota: A-team mornings, B-team afternoons; rotate every 2 weeks",
    "Shift 3 short one rider — drop the west zone to one courier?",
    "Rider meeting Thu 18:00 before the union vote",
    "Hours this month: 112.5 (target 120)",
    "Available for on-call weekend; phone on loud",
    "Please order by seniority when assigning bank holiday shifts",
    "Shift lead today: Amira. Radio channel 3",
    "Rain gear check at start of shift — all ok",
    "Late by 15 min, chain snapped on the way in",
    "I'll swap Tue/Wed with whoever wants them",
    "Split shift: 07-10 & 16-19",
    "No more than 5 consecutive days per co-op rules",
    "Training day: cargo trailer handling, 9:00 in the yard",
    "Can I get the Sunday shift? Need the hours",
    "Team dinner after the Friday shift — who's in?",
    "Shift log: 38 km, 11 drops, 2 pickups, 0 incidents",
    "Zone assignment: N = Ali, S = Grace, E = Tomás, W = Chen",
    "Ramadan hours: prefer early shift ending before 18:00",
    "Covering the 'drop & sprint' lunchtime peak 11:30-14:00",
    "Standby rider: Ode, until 20:00",
    "Heatwave protocol: extra breaks every 90 min",
    "Need to leave at 16:30 for kid pickup, can start 06:30",
    "Sat 8-2, Sun off, Mon 12-8",
    "Ist jemand für Samstag frei? Ich bräuchte Ersatz",
    "Dispatcher shift too: 2 h desk, 4 h on the road",
    "Thanks all for covering last week x",
]
shift_names = ["Ana", "Ben", "Kofi", "Mia", "Tomás", "Chen", "Priya", "Jonas", "Lena", "Ode", "Grace"]
shift_days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
def shift_tpl(r):
    s = r.randint(6, 13)
    return "%s %02d:00-%02d:00 %s, zone %s" % (r.choice(shift_days), s, s + r.choice([4, 6, 8]), r.choice(shift_names), r.choice("NSEW"))
CATS.append(("rider_shifts", shift_lit, shift_tpl))

# ---------------------------------------------------- maintenance_logs
maint_lit = [
    "Front tyre 700x28c replaced, pressure 85 psi",
    "Rear brake pads worn < 1.5 mm — swapped for sintered",
    "Cargo bike #3: hydraulic brake bled, lever feel firm now",
    "Chain stretch 0.75% → replaced chain & checked cassette",
    "Puncture rear, tube patched; thorn found & removed",
    "Tubeless sealant topped up, 60 ml each wheel",
    "Headset loose; torqued to 5 Nm",
    "Brake cable frayed at the lever end, new inner fitted",
    "Gear indexing off on 3-4; adjusted barrel 1/2 turn",
    "Bike 12 — disc rotor warped, trued & bedded in",
    "Tyre pressure: F 2.8 bar / R 3.2 bar (cargo loaded)",
    "Spoke broken (drive side) — replaced, wheel trued to < 0.5 mm",
    "Bottom bracket creak: cleaned, greased, reinstalled",
    "Lights: rear LED dead; battery swapped, works",
    "Dynamo hub wire re-soldered",
    "Schwalbe Marathon 26x2.0 fitted to cargo #1",
    "Brake pads: select resin for the commuter fleet, sintered for cargo",
    "Drop bar tape re-wrapped, old tape binned",
    "Mudguard stay snapped, cable-tied for now — proper fix next week",
    "Cassette 11-34 swapped, needs B-screw adjust",
    "Bike #7 out of service: frame crack near dropout!!",
    "Saddle height set to 74 cm for new rider",
    "Weekly check: tyres, brakes, chain, lights — all OK",
    "Torque: stem bolts 5 Nm, seatpost clamp 6 Nm",
    "Rim wear indicator showing; order new rim",
    "Disc pads contaminated with oil, replaced + cleaned rotor with IPA",
    "Pedals regreased; left pedal thread is reverse (remember!)",
    "Kickstand on cargo #2 loose, Loctite 243 applied",
    "Tyre sidewall cut 8 mm — tyre boot added, replace ASAP",
    "Service interval: every 500 km or 4 weeks, whichever first",
    "Parts used: 2x tube 700c, 1x brake cable, 4x pads",
    "Vorderradbremse nachgestellt, Beläge noch 2 mm",
    "Pneu arrière changé, pression 4 bars",
    "Cambiata la catena, 116 maglie",
    "Pastillas de freno traseras cambiadas",
    "Wymiana dętki w tylnym kole",
    "後輪ブレーキパッド交換",
    "E-assist battery #4 holds 72% — monitor",
    "Brake rub fixed: caliper centred, pads aligned",
    "Chain lube: dry lube in summer, wet lube Oct–Mar",
    "Log: wheel true check -- front ok, rear 1 mm hop",
    "Fleet sheet updated; drop bike #9 from the active list (sold)",
    "Ordered 20 tubes & 6 tyres from wholesaler; ETA Tue",
    "Brake bleed kit: Shimano mineral oil ONLY, not DOT fluid",
    "Spoke tension ~110 kgf drive side",
    "Freehub pawls cleaned; clicking normal again",
    "Tyre pressure table: 25 mm → 90 psi, 28 mm → 80 psi, 32 mm → 70 psi",
    "Replaced derailleur hanger (bent after drop)",
    "Trailer hitch pin replaced, safety clip added",
    "Note: torque wrench recalibrated 2024-03-01",
    "Brakes squeal in wet — toe-in pads slightly",
    "Cargo #5 rear hub bearing rough; replaced cartridge 6902",
]
maint_bikes = ["#1", "#2", "#3", "#4", "#6", "#8", "#10", "#11", "cargo #2", "cargo #5"]
maint_jobs = ["front tyre replaced", "rear pads swapped", "chain lubed", "brake cable adjusted", "tube patched", "rotor cleaned", "gears indexed"]
def maint_tpl(r):
    return "Bike %s: %s, %d km on odometer" % (r.choice(maint_bikes), r.choice(maint_jobs), r.randint(800, 24000))
CATS.append(("maintenance_logs", maint_lit, maint_tpl))

# ------------------------------------------------------- client_accounts
acct_lit = [
    "Hartley & Sons Solicitors",
    "O'Brien's Bakery",
    "Café Lune / Lune Roasters Ltd",
    "Contact: Siobhán Ní Bhriain, accounts@hartley.example",
    "Billing address: 4th Floor, 10-12 Union Street",
    "Account type: monthly invoice, 30-day terms",
    "Preferred drop window: 09:00-11:00",
    "Notes: always call before arriving; reception closes at 17:00",
    "VAT no. GB 123 4567 89",
    "Discount: 10% on > 50 jobs/month",
    "Müller & Söhne GmbH",
    "Société Générale des Plantes SARL",
    "Tienda La Esquina, S.L.",
    "株式会社さくら印刷",
    "ООО «Быстрая почта»",
    "Studio D'Arcy-Smith",
    "Account on hold — overdue since March; contact Mia before accepting jobs",
    "Purchase order required on every invoice (PO format: HS-2024-####)",
    "Loading bay access: call Dave on arrival",
    "Parent account: City Health Trust; sub-accounts: Ward 7, Pathology, Pharmacy",
    "Do not use the Drop St entrance, it's staff only",
    "Client prefers WhatsApp over email",
    "Website: https://www.lune-roasters.example/contact",
    "Contact phone: +33 1 23 45 67 89",
    "Sleep & Co. Mattresses (big items, cargo only)",
    "Union Print Collective",
    "Order Desk Ltd — yes, that's their real name",
    "Select Fruits & Veg",
    "Rate card B: £6 base + £1.20/km",
    "Special: fragile items insured to £500",
    "Green Tea House 綠茶館",
    "Account manager: Kofi A.",
    "Invoice email: invoices+couriers@saltmarsh.example",
    "Address line 2: Unit 3/4, Gasworks Yard",
    "Payment method: BACS; ref must include account no.",
    "Credit limit £1,500",
    "Key holder client — we keep a spare key in safe #2",
    "Contact name: Dr. Ana-Maria Popescu",
    "Fahrradfreundliche Apotheke am Markt",
    "Boulangerie Rue d'Enfer",
    "Clínica Dental Sonrisa",
    "Office hours Mon–Fri 8:30–17:30; closed bank holidays",
    "Tax ID: DE 811 234 567",
    "Client since 2017, one of the founding accounts",
    "Delivery instructions: ring 'Goods In', not the main bell",
    "Account closed at client's request, 2023-11-30",
    "Billing contact changed from Tom to Priya (tom left)",
    "Preferred language: Portuguese",
    "Sub-account naming: <client>-<dept>, e.g. cht-pathology",
    "Agreed SLA: 95% of urgent jobs within 45 min",
    "Nickname in dispatch chat: 'the bakery on the hill'",
    "Contact: Mr D'Souza (ext. 204)",
]
acct_first = ["Greenleaf", "Northgate", "Riverside", "Copper", "Ash & Oak", "Blue Door", "Harbour", "Kestrel"]
acct_kind = ["Dental", "Print Shop", "Architects", "Florist", "Law Office", "Bakery", "Gallery", "Clinic"]
acct_suffix = ["Ltd", "LLP", "& Co", "Cooperative", "GmbH", "SARL"]
def acct_tpl(r):
    return "%s %s %s" % (r.choice(acct_first), r.choice(acct_kind), r.choice(acct_suffix))
CATS.append(("client_accounts", acct_lit, acct_tpl))

# -------------------------------------------------------------- invoices
inv_lit = [
    "INV-2024-0412: 38 jobs, £412.60 + VAT",
    "Late fee waived as a goodwill gesture",
    "Credit note CN-0098 for the damaged print delivery",
    "Payment terms: 30 days. Bank: Co-op Bank, sort 08-92-99",
    "Total due: €1.284,50 (inkl. 19% MwSt.)",
    "Waiting time 24 min @ £0.40/min = £9.60",
    "Discount line: -10% volume (> 50 jobs)",
    "Please reference PO HS-2024-0071 on the remittance",
    "Invoice disputed — client says job 8812 was a re-delivery and shouldn't be charged twice",
    "Paid in full, thank you!",
    "Fuel surcharge: none (we're bikes ;)",
    "Cargo surcharge 2 x £5 = £10",
    "Overdue reminder #2 — balance $310.00",
    "Statement for March: opening 0.00, invoices 842.10, payments 842.10, closing 0.00",
    "Rechnung Nr. 2024/117 — Zahlbar innerhalb von 14 Tagen",
    "Facture n° F-2024-0033, TVA 20 %",
    "Fattura n. 45/2024",
    "Factura 2024-089, IVA incluido",
    "請求書番号 INV-0456、お支払い期限 月末",
    "Счёт № 112 от 03.04.2024",
    "Line: Urgent (<45 min) x 6 @ £12.00",
    "Line: Economy x 14 @ £5.50",
    "Line: Wait & return x 2 @ £15.00",
    "Adjustment: select jobs moved to April invoice at client request",
    "Memo: union rate applied per co-op agreement",
    "Please pay via BACS; cheques to 'Spokes Courier Co-op'",
    "Partial payment received: £200 of £412.60",
    "Write-off approved by the finance circle: £18.40",
    "Invoice sent to accounts@ & cc billing@",
    "Customer asked: can we drop the admin fee? -> yes, once",
    "VAT 20% on £350.00 = £70.00; total £420.00",
    "Net 30 | Due 2024-05-31 | Ref ACC-0217",
    "Rounded total to nearest penny (was £412.595)",
    "Refund for cancelled job #9023 — £7.50 back to card",
    "Monthly retainer £250 covers up to 30 jobs; extra at card rates",
    "Invoice template: {{client_name}}, {{period}}, {{total}}",
    "Subject line: Invoice ${invoice_no} from Spokes Co-op",
    "Reminder: payments after the 15th go on next month's statement",
    "Job count by zone — N: 12 | S: 9 | E: 7 | W: 10",
    "Tip jar split: £64 / 8 riders = £8 each",
    "Order by date ascending on the statement please",
    "Currency: GBP. Exchange rate not applicable",
    "Balance brought forward -£12.00 (credit)",
    "Insurance claim ref INS-55-231, awaiting payout",
    "Itemised: 03/04 Harbour Print -> Riverside Studio, 2.4 km, £8.30",
    "Sleep & Co. invoice on hold pending POD for 3 mattresses",
    "Payment link: https://pay.spokes-coop.example/inv/2024-0412",
    "Dunning stopped — client on payment plan, £50/week",
    "Bank details changed? NO — we never change them by email. Call us.",
    "Payout to riders: 75% of job value, paid fortnightly",
    "Invoice notes: thanks for riding with us — the co-op",
    "Total: $1,020.00 — includes 4 after-hours jobs",
]
def inv_tpl(r):
    n = r.randint(5, 60)
    p = r.choice([5.5, 6.0, 7.25, 8.0, 12.0])
    return "INV-2024-%04d: %d jobs x £%.2f = £%.2f" % (r.randint(100, 999), n, p, n * p)
CATS.append(("invoices", inv_lit, inv_tpl))

# ------------------------------------------------------- incident_reports
inc_lit = [
    "Car door opened into bike lane on Queen St; swerved, no contact, rider ok",
    "Minor crash on wet tram tracks, grazed elbow, bike fine. First aid at depot",
    "Van driver shouted and cut in at the roundabout; reg noted: AB12 CDE",
    "Parcel stolen from cargo box while at drop (< 2 min unattended). Police ref 4471/24",
    "Near miss: bus turned left across the lane at Union Sq",
    "Fell on black ice at 06:40, wrist sprained; off for 1 week",
    "Dog bite (minor) at drop address — client informed, first aid given",
    "Bike lock cut at the station; bike #6 missing",
    "Pothole on Mill Rd > 10 cm deep, reported to council via FixMyStreet",
    "Abusive customer at pickup — rider left, job cancelled",
    "Brake failure on descent — cable snapped; rider used rear brake & foot",
    "Collision with pedestrian stepping off kerb while looking at phone; both ok",
    "Rider hit by car at lights (driver ran red). Ambulance called. Rider stable",
    "Parcel damaged: box crushed after a fall. Contents (books) ok",
    "Chain came off on the hill climb, rider fell sideways, no injury",
    "Lost signature pad somewhere between Pine Rd & depot",
    "Theft attempt: someone tried to grab the bag at the lights, didn't succeed",
    "Heat exhaustion symptoms on shift, rider sent home, 2 L water",
    "Cargo bike tipped over while loading, trailer hitch bent",
    "Unfallbericht: Autotür geöffnet, Fahrer leicht verletzt",
    "Incidente: caduta su pavé bagnato, nessun danno",
    "Accident : chute sans gravité, vélo à réviser",
    "Wypadek: potrącenie przez rowerzystę, bez obrażeń",
    "事故報告：交差点でタクシーと接触、軽傷",
    "Incidente: robo de mochila en la entrega",
    "Severity: low | Injury: none | Damage: £20 (mirror)",
    "Witness: shop owner at no. 22, contact in form",
    "Rider felt unsafe on the canal path after dark — suggest we drop that route at night",
    "Incident #0044 closed — insurer paid the repair",
    "Road rage: driver threw a cup; no injury, dashcam footage requested",
    "Rider fell asleep at the depot after double shift — reminder about max hours",
    "Cold box seal broken on arrival; samples rejected by lab",
    "Wrong recipient signed — name similar; parcel recovered next day",
    "Scooter collided at bike lane junction; helmet cracked -> replaced",
    "Tyre blowout at 30 km/h; rider controlled it, no fall",
    "Tram tracks + rain = 3 falls this month on Bridge St. Suggest route change",
    "Rider reported harassment at drop; client account flagged",
    "Cyclist vs cyclist at the narrow bridge, both apologised",
    "Fire alarm at pickup building; waited outside 25 min",
    "Tree branch fell across the path; cleared by council by 14:00",
    "Broken glass on the cycle path near the stadium — 2 punctures",
    "Helmet cam shows car at ~2 cm passing distance",
    "Rider took a wrong turn into a one-way street; no issue but reminded",
    "Near-miss report form: what / where / when / who / what could be better",
    "Injury log entry: bruised knee, ice pack, continued shift",
    "Vehicle registration: WX 71 KLM (silver estate)",
    "Police attended; crime no. 01/998877/24",
    "Action: add reflective strip to cargo box, order 20 m",
    "Report submitted by dispatcher on rider's behalf (rider in A&E)",
    "Lost package investigation: last scan 11:02 at Dock 2",
    "Follow-up: rider back on shift, cleared by GP",
    "Incident debrief Thursday 18:00, everyone welcome",
]
inc_where = ["Queen St", "Bridge St", "the canal path", "Union Sq", "Station Rd", "the ring road junction", "Market Sq"]
inc_what = ["near miss with a taxi", "slipped on wet leaves", "puncture from glass", "door opened into lane", "van parked in bike lane", "pedestrian stepped out"]
def inc_tpl(r):
    return "%s at %s, %02d:%02d — no injury" % (r.choice(inc_what).capitalize(), r.choice(inc_where), r.randint(6, 21), r.randint(0, 59))
CATS.append(("incident_reports", inc_lit, inc_tpl))

# ------------------------------------------------------- forum_route_tips
forum_lit = [
    "Best way from the station to the hospital at rush hour? I usually take Canal St -> Mill Rd",
    "Avoid Bridge St when it's wet, the tram tracks are lethal",
    "Tip: the underpass by the stadium saves 4 min but watch for glass",
    "Anyone know if the new bike lane on Queen St is open yet?",
    "Hill Rd climb is 8% for 600 m — use the cargo with assist or go round",
    "PSA: road works on Union Sq until Friday; detour via Park Lane",
    "Route I use: `Harbour -> Old Quay -> Linden Ave -> Market Sq` (≈ 3.1 km)",
    "Map link: https://maps.example.org/route?from=harbour&to=riverside",
    "GPX for the north loop attached: north_loop_v2.gpx",
    "The shortcut through the park is closed after dark (gates locked 20:00)",
    "Who else thinks the lights at the ring road junction are too short for bikes?",
    "Canal path is nicer but shared w/ walkers — ring your bell, say thanks",
    "Got doored twice on King St; I ride the centre of the lane there now",
    "Re: best coffee stop? Café Lune does a rider discount if you show the co-op badge",
    "**Winter tip**: lower your tyre pressure by ~10 psi on icy mornings",
    "> quote: 'never take Hill Rd with a full trailer'\nAgreed, learned it the hard way",
    "Cobbles on Church Lane = bad for cake deliveries 🎂",
    "Water refill points: station, library, the fountain on Market Sq",
    "Which is faster: Drop St or Union St? I timed both — Union by 90 s",
    "Anyone selling a 700c wheel? Mine's taco'd",
    "Sleep tip for night shift folks: blackout blinds & no screens after",
    "Select your gear before the lights turn green, not during",
    "Route poll: A) ring road B) canal C) centre — vote below",
    "Where's a safe place to lock up near the court annex?",
    "Le meilleur itinéraire vers la gare? Je passe par les quais",
    "Kennt jemand eine Abkürzung zur Uniklinik?",
    "¿Alguien sabe si el carril bici de la avenida está abierto?",
    "Najlepsza trasa do szpitala o 8 rano?",
    "駅から病院まで一番速いルートは？",
    "Cargo riders: the lift at the shopping centre fits a long-john if you tilt it",
    "Detour around the marathon on Sunday: everything south of the river is closed 08:00-14:00",
    "The 'shortcut' via the industrial estate adds 1 km but no traffic lights",
    "Thread: favourite rain jackets under £100?",
    "My Strava says avg 21.4 km/h on the north loop, anyone faster?",
    "Bridge St vs Ferry Rd after 17:00 — Ferry Rd every time",
    "New rider here, hi all! Any tips for the first week?",
    "Tip #1: always carry a spare tube + levers + mini pump",
    "Old thread but still true: DON'T take the bus lane on Station Rd, it's camera-enforced for bikes too",
    "Headwind on the seafront is brutal in Nov; go inland via Grove Rd",
    "Ranking of climbs: 1) Hill Rd 2) Castle Way 3) Tanner's Row",
    "Watch out for the drain grates on Old Quay — they run parallel to travel direction",
    "Does anyone have the door code for Gasworks Yard? (jk, ask dispatch)",
    "Shortcut: cut through the union building car park, security are fine with it",
    "Be careful when the market is on (Wed/Sat) — order of stalls changes the pedestrian flow",
    "Best spot to wait between jobs: bench outside the library, has wifi",
    "If you're on Harbour Rd and the bridge is up, it's ~7 min wait",
    "Tried the new cycle superhighway: smooth, wide, 10/10",
    "Any route that avoids the 3 steepest hills between N and S zone?",
    "I made a heatmap of our drops — most are within 2 km of Market Sq",
    "Thanks for the tip about Grove Rd, saved me on the windy day",
    "Mods: can we pin the winter routes thread?",
    "Closing this thread — see the updated route tips wiki page",
]
forum_from = ["the station", "the depot", "Market Sq", "the hospital", "Old Quay", "the uni campus"]
forum_to = ["Riverside", "the court annex", "Gasworks Yard", "the north loop", "Harbour Rd", "the stadium"]
forum_via = ["Canal St", "Grove Rd", "Linden Ave", "Ferry Rd", "the park path", "Mill Rd"]
def forum_tpl(r):
    return "From %s to %s I go via %s, about %d min" % (r.choice(forum_from), r.choice(forum_to), r.choice(forum_via), r.randint(6, 25))
CATS.append(("forum_route_tips", forum_lit, forum_tpl))

# ----------------------------------------------------------- csv_exports
csv_lit = [
    "job_id,date,pickup,drop,rider,km,price\n4471,2024-04-03,Harbour Print,Riverside Studio,Ben,2.4,8.30",
    "4472,2024-04-03,Café Lune,Bäckerei Sommer,Priya,1.1,6.00",
    "id;datum;abholung;zustellung;fahrer;km;preis\n118;03.04.2024;Hauptstraße 17;Apotheke am Markt;Lena;2,1;7,50",
    "\"O'Brien's Bakery\",\"12 Mill Lane\",\"2024-04-04\",\"6.50\"",
    "\"Hartley & Sons, Solicitors\",\"10-12 Union Street\",urgent,12.00",
    "rider,shift_start,shift_end,jobs\nAna,07:00,15:00,14\nKofi,10:00,18:00,11",
    "date|zone|jobs|km\n2024-04-05|N|12|38.2\n2024-04-05|S|9|27.5",
    "4480,2024-04-05,Dock 2,Court Annex,Tomás,3.9,12.00,\"wait & return\"",
    "4481,2024-04-05,Gasworks Yard (Unit 3/4),221 Long St,Chen,1.8,6.00,",
    "bike,service_date,km,notes\n#3,2024-03-28,12040,\"brake bleed; pads ok\"",
    "Export generated 2024-04-06 07:00 UTC — 143 rows",
    "job_id\tclient\tstatus\n4490\tLune Roasters\tdelivered\n4491\tSelect Fruits\tcancelled",
    "4502,2024-04-07,\"Sleep & Co.\",\"Warehouse 2\",Grace,5.2,18.00,cargo",
    "4503,2024-04-07,\"Union Print Collective\",\"Town Hall\",Ode,0.9,5.50,",
    "\"Ticket\",\"Note\"\n\"4510\",\"Left with neighbour, no. 14\"",
    "4511,2024-04-08,株式会社さくら印刷,駅前ビル3階,Chen,2.2,8.00",
    "4512,2024-04-08,ООО «Быстрая почта»,Нотариус,Ana,3.0,9.50",
    "client;jobs;total\nHartley & Sons;38;412,60\nCafé Lune;22;151,80",
    "4520,2024-04-09,Rua das Flores 88,Correios,Tomás,1.4,6.00,\"entregar ao porteiro\"",
    "rows: 80 | delivered: 74 | failed: 4 | returned: 2",
    "4530,2024-04-09,Station,Hospital,Mia,4.1,12.00,\"urgent (<45 min)\"",
    "4531,2024-04-09,Hospital,Pathology,Mia,0.3,4.00,\"internal; cold box 5°C\"",
    "4532,2024-04-10,\"The 'Green Door' bakery\",\"Hill Rd 40\",Ben,2.9,7.00,",
    "zone,avg_minutes,p95_minutes\nN,22.1,41\nS,19.8,37\nE,24.0,44\nW,21.3,39",
    "4540,2024-04-10,Old Quay,Linden Ave,Ali,1.7,6.00,\"order by 10:00\"",
    "4541,2024-04-10,\"Drop St 5\",\"Union St 9\",Grace,0.8,5.00,",
    "rider;km_week;jobs_week\nPriya;182,4;61\nBen;156,0;49",
    "4550,2024-04-11,\"Müller & Söhne GmbH\",\"Bahnhof\",Lena,2.6,8.00,\"Rechnung folgt\"",
    "4551,2024-04-11,Société Générale des Plantes,Gare du Nord,Ode,3.3,9.00,",
    "job_id,minus_fee\n4552,-1.50\n4553,-0.75",
    "4560,2024-04-12,\"Clínica Dental Sonrisa\",\"Laboratorio\",Tomás,2.0,7.50,",
    "date,weather,jobs\n2024-04-12,rain,98\n2024-04-13,sun,131",
    "4570,2024-04-12,\"Studio D'Arcy-Smith\",\"Gallery 5\",Chen,1.2,6.00,fragile",
    "4571,2024-04-12,Green Tea House 綠茶館,Market Sq,Ana,0.6,4.50,",
    "# comment row: totals below exclude cancelled jobs",
    "TOTAL,,,,,412.3,1502.75",
    "4580,2024-04-13,Harbour Rd,\"Dock 2, Gate 1\",Kofi,1.5,6.00,\"gate moved from 3 to 1\"",
    "4581,2024-04-13,\"Tienda La Esquina, S.L.\",Correos,Tomás,1.0,5.50,",
    "incident_id,date,severity,summary\n0044,2024-04-02,low,\"door opened into lane; no contact\"",
    "4590,2024-04-14,Pine Rd,Elm Ct,Priya,2.2,7.00,\"multi-drop 1/3\"",
    "4591,2024-04-14,Elm Ct,Oak Ave,Priya,0.9,3.00,\"multi-drop 2/3\"",
    "4592,2024-04-14,Oak Ave,Pine Rd,Priya,1.1,3.00,\"multi-drop 3/3\"",
    "name,email,phone\nSiobhán Ní Bhriain,accounts@hartley.example,+44 20 7946 0321",
    "4600,2024-04-15,\"Lost & Found, Station Office\",\"Flat 3, 9 Grove Rd\",Ali,2.7,8.00,LF-2231",
    "4601,2024-04-15,Library,Uni campus,Ben,1.6,5.50,\"books; select titles only\"",
    "period,revenue,rider_payout,coop_fund\n2024-03,18240.00,13680.00,4560.00",
    "4610,2024-04-16,Brewery Yard,\"The Union Arms\",Grace,1.3,10.00,\"2 x 5 L kegs\"",
    "4611,2024-04-16,Florist,\"St Mary's Church\",Ode,2.0,12.00,\"12 bouquets, 2 runs\"",
    "Spalten: Auftrag;Datum;Fahrer;Strecke (km)",
    "4620,2024-04-17,Ward 7,Pharmacy,Mia,0.2,0.00,\"internal, no charge\"",
    "4621,2024-04-17,\"Hartley & Sons\",\"Court Annex\",Tomás,3.4,15.00,\"wait & return 20 min\"",
    "4630,2024-04-18,Market Sq,\"Sleep Clinic, L2\",Chen,1.9,6.50,\"quiet please\"",
]
csv_from = ["Harbour Print", "Café Lune", "Dock 2", "Library", "Station", "Old Quay", "Brewery Yard"]
csv_to = ["Riverside Studio", "Court Annex", "Market Sq", "Hospital", "Town Hall", "Linden Ave", "Uni campus"]
csv_rider = ["Ana", "Ben", "Kofi", "Mia", "Tomás", "Chen", "Priya", "Grace", "Ode", "Ali"]
def csv_tpl(r):
    km = r.randint(3, 60) / 10.0
    return "%d,2024-04-%02d,%s,%s,%s,%.1f,%.2f," % (r.randint(4700, 9999), r.randint(1, 30), r.choice(csv_from), r.choice(csv_to), r.choice(csv_rider), km, 4.0 + km * 1.2)
CATS.append(("csv_exports", csv_lit, csv_tpl))

# -------------------------------------------------------- client_messages
msg_lit = [
    "Hi, can you pick up 2 parcels from our office at 3pm today? Thanks!",
    "Is it possible to deliver before 9? Our shop opens at 9:30",
    "The rider was lovely, please pass on our thanks :)",
    "We haven't received the invoice for March, could you resend?",
    "Our address has changed to 4th floor — lift is on the left",
    "Can your riders carry a 1.2 m poster tube on a normal bike?",
    "Please cancel today's 14:00 pickup, the client postponed",
    "Bonjour, pouvez-vous livrer un colis à la gare avant midi ?",
    "Hallo, könnten Sie morgen früh drei Kartons abholen?",
    "Hola, ¿pueden recoger un sobre en la calle Mayor a las 10?",
    "Buongiorno, vorrei prenotare un ritiro per domani alle 9",
    "Olá, é possível entregar hoje até às 17h?",
    "Dzień dobry, czy możecie odebrać paczkę jutro rano?",
    "こんにちは、明日の午前中に集荷をお願いできますか？",
    "您好，请问今天下午可以派人取件吗？",
    "Здравствуйте, можно ли доставить документы сегодня до 16:00?",
    "مرحبا، هل يمكنكم استلام طرد من مكتبنا غدا صباحا؟",
    "Merhaba, yarın sabah bir paket teslim alabilir misiniz?",
    "שלום, אפשר לאסוף חבילה מחר בבוקר?",
    "Γεια σας, μπορείτε να παραλάβετε ένα δέμα αύριο;",
    "Thanks — got it. P.S. the side door is quicker than the front",
    "Could you drop by with the paperwork & sign-off sheet?",
    "Can we order a recurring pickup every Tue & Thu at 11?",
    "Our new PO number for Q2 is HS-2024-0200",
    "Quick q: do you deliver to the business park (> 8 km)?",
    "Urgent!!! lab results need to be at the clinic in 30 min",
    "Sorry for the confusion yesterday; the parcel was for 12B, not 12A",
    "How much for a wait & return to the court annex? ~20 min wait",
    "Please don't call the mobile after 18:00, email instead",
    "We'd like to join the union rate scheme for charities — how?",
    "Could you select a rider who knows the hospital layout?",
    "Is there a discount if we book > 50 jobs a month?",
    "Great service as always — 5 stars ⭐⭐⭐⭐⭐",
    "Parcel arrived a bit wet; no damage but maybe a rain cover next time?",
    "The tracking link https://track.spokes-coop.example/j/4471 says 'in transit' but it arrived",
    "We need to drop off 3 boxes at your depot, what are the hours?",
    "Re: invoice INV-2024-0412 — paid today via BACS, ref ACC-0217",
    "Can the courier bring back an empty cool box?",
    "Hello again! Same as last week: 12 bouquets, two runs :)",
    "Is it OK if the package is ~14 kg? It's printing paper",
    "Our reception closes at 12-1 for lunch, please avoid that slot",
    "Who do I talk to about a monthly account?",
    "The rider left the parcel with the neighbour (no. 14) — that's fine, thanks",
    "Can you confirm the drop was signed? Our client says they never got it",
    "Merci beaucoup pour la livraison rapide !",
    "Vielen Dank, alles angekommen 👍",
    "Gracias, todo perfecto",
    "ありがとうございました！",
    "Please use the code on our account for the door — I won't paste it here",
    "Could you send the POD as a PDF? Our system needs a file, not a photo",
    "We're closed 24–26 Dec; no pickups those days",
    "Just checking — does 'economy' mean same day or next day?",
]
msg_ask = ["Could you", "Can you", "Would you be able to", "Is it possible to"]
msg_what = ["pick up a parcel", "collect 2 envelopes", "deliver a tube", "take 3 boxes", "bring back our keys"]
msg_when = ["tomorrow at 9", "today before 5", "on Friday morning", "this afternoon", "on Monday at 11"]
def msg_tpl(r):
    return "%s %s %s? Thanks, %s" % (r.choice(msg_ask), r.choice(msg_what), r.choice(msg_when), r.choice(["Ana", "Tom", "Sofia", "Mehmet", "Yuki", "Jean"]))
CATS.append(("client_messages", msg_lit, msg_tpl))


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = []
    seen = set()
    for cat, lits, tpl in CATS:
        vals = []
        for v in lits:
            if v in seen:
                raise SystemExit("duplicate literal: %r" % v)
            seen.add(v)
            vals.append(v)
        if len(vals) < 50:
            raise SystemExit("%s has only %d literals" % (cat, len(vals)))
        vals = vals[:PER_CAT]
        tries = 0
        while len(vals) < PER_CAT:
            tries += 1
            if tries > 10000:
                raise SystemExit("template exhausted for " + cat)
            v = tpl(rng)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            out.append((cat, v))
    with open(os.path.join(here, "benign.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, v) in enumerate(out, 1):
            f.write(json.dumps({"id": "hbla-%05d" % i, "category": cat, "label": "benign", "value": v}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
