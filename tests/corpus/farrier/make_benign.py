#!/usr/bin/env python3
"""Benign corpus generator for the farrier held-out WAF corpus (hand-written values)."""
import json
import os
import random

SEED = 25201
rng = random.Random(SEED)
PER_CAT = 80

LIT = {}

LIT["shoeing_records"] = [
    "Full set, steel, 4 nails each side fronts, 3 hinds. No issues.",
    "Fronts only — aluminium rails, clips at toe; hinds trimmed.",
    "Reset all four, same shoes, rasped flares off LF.",
    "Trim only. Barefoot. Heels a touch long, brought back 5mm.",
    "LF: heartbar shoe + pour-in pad (Equi-Pak); RF: standard fullered",
    "Shoe size 2 fronts, 1 hinds; nails E4 slim",
    "Horse: O'Malley's Pride — fronts reset, hinds new, toe clips",
    "Changed to egg-bar on RH after vet advised (see letter 14/03)",
    "Size <3 no longer fits, moved to 3 wide; hoof grew ~8mm since last visit",
    "Toe length LF 3.5\" / RF 3.6\" — evened up",
    "Hinds: side clips & rolled toe; fronts: natural balance",
    "Hot shod, all 4. Pony stood well, no sedation.",
    "Cold shod because the yard has no power, fronts only",
    "Studs holes tapped M10, hinds only, for eventing season",
    "Set of 4 + road nails; client said: \"keep him on these till June\"",
    "Removed shoes — retiring to field, trimmed & mustang roll",
    "Wedge pads 2° on fronts, removed after 2 cycles",
    "Lost RF shoe in field; replaced with spare from van (size 1)",
    "Glue-on shoes fronts (hoof wall too thin for nails)",
    "Fronts 5 nails LF / 4 nails RF due to old nail holes",
    "Trim every 6 weeks; shoe every 8 — agreed with owner",
    "Fitted Imprint shoes on the Shetland, size 00",
    "Reset fronts; drop back to 6wk cycle -- feet growing fast in spring",
    "Shoes: Kerckhaert Triumph 1 (fronts) | 0 (hinds)",
    "Bar shoe LF; frog support pad; packed w/ hoof putty",
    "No shoes this visit — hoofs too short, come back in 2 wks",
    "Hinds reset, fronts new; owner paid cash on the day",
    "Full set aluminium, racing plates not needed",
    "Pferd: Luna — Vorderhufe neu beschlagen, hinten ausgeschnitten",
    "Cheval : Éclair — ferrure complète, crampons à l'arrière",
    "Caballo: Tormenta, herraje delantero, recorte trasero",
    "馬: さくら — 前肢のみ装蹄、後肢は削蹄",
    "Kůň Baron: přední podkovy nové, zadní jen ořez",
    "Drew the toe back on RF; left a little more heel support",
    "Shoe #2 LF had 2 clenches risen — re-clenched, no need to reset",
    "Draft horse: size 8 fronts (Clydesdale), 6 nails per side",
    "Donkey trim only; hooves overgrown, corrected over 2 visits",
    "Lateral extension on LH, 4mm; monitor with x-ray next time",
    "Fronts: 3/4 bar; hinds plain. Horse was a bit foot sore after.",
    "Shoes left on, just tightened & rasped; charge half reset",
    "Trimmed 3 horses at the yard: Bramble, Pip & Mr. Darcy",
    "Select heel-first landing shoe for Dusty (vet request)",
    "Ordered size 4 wide from supplier; temp shoes for now",
    "Steel 22x8 bar stock, handmade pair for the Shire",
    "Toe grabs removed — union rules for the show say no grabs",
    "LF shoe 1/2 size bigger than RF (club foot, grade 2)",
    "Reset 4; wall cracked at 10 o'clock RF, added clip either side",
    "Nails: 4 x City Head 5 + 2 x E-head 4 at heel",
    "Drop the hinds, leave fronts on for road work",
    "Rolling toe + set back 1/4\" on both fronts; angle now ~52°",
    "Sedated (ACP by owner's vet) before shoeing — stood fine",
    "Rehab: removed bar shoes; back to regular rims from today",
]

LIT["hoof_notes"] = [
    "Thrush in central sulcus LF — advised daily cleaning + purple spray",
    "White line separation at toe, <5mm deep, resected and packed",
    "Bruise at seat of corn, RF; owner to keep off stony ground",
    "Sole a bit flat, keep shoes on for now",
    "Hoof-pastern axis broken back on fronts; working on it",
    "Digital pulse strong on LF — rang vet, possible abscess",
    "Abscess burst at coronary band, poultice for 3 days",
    "Hoof wall dry & brittle; suggest biotin + hoof oil 2x/wk",
    "Laminitic rings visible on all 4; check diet w/ owner",
    "Heels underrun >10° difference between toe and heel angle",
    "Frog healthy, good sole depth (approx 15mm)",
    "Quarter crack RF, lateral — stabilised with lacing & glue",
    "Seedy toe LH: cleaned out, iodine; recheck 2 weeks",
    "Mediolateral imbalance — inside wall higher by ~3mm",
    "Horse flinched at hoof testers on toe region; see vet note",
    "Flare on LF medial quarter; rasped & rolled",
    "Canker suspected (smelly, cauliflower-like frog) -> vet ASAP",
    "Sheared heels on RF; consider bar shoe next cycle",
    "Hoof growth: toe +9mm in 7 weeks (fast!)",
    "Note to self: bring the small rasp & hoof knife #2",
    "Stands toe-in on fronts (conformation), don't over-correct",
    "Long toe / low heel syndrome — drop cycle to 5 weeks",
    "Mud fever on both hinds, owner using Sudocrem — fine",
    "Hufe sehr trocken, Hufsohle dünn — Schuhe bleiben drauf",
    "Sabot fendu au quartier interne, surveiller",
    "Casco con grietas en la lumbre, aplicar aceite",
    "蹄壁に小さなひび。次回確認。",
    "Kopyto suché, doporučuji biotin",
    "Old nail holes weakening wall -> try glue-ons if it gets worse",
    "Heels contracted; frog hasn't touched ground in months",
    "Pedal bone rotation 4° (from vet x-ray), shoe set back",
    "Dropped sole — sole depth <10mm, pads fitted",
    "Stone bruise; hoof boot for turnout (size 2 Cavallo)",
    "Owner asked if she can 'drop' the hind shoes in winter: yes",
    "Coronary band swelling after kick from field mate; monitor",
    "Uneven wear: dragging LH toe — ask physio to check",
    "Wall flares 2-3mm each quarter; sole callus good",
    "Keratoma? Irregular white line at 1 o'clock; x-ray advised",
    "Hoof angles: LF 54°, RF 52°, LH 56°, RH 55°",
    "Mild thrush, but frog firm; ok to shoe",
    "The union of the two cracks forms a Y shape on the toe",
    "Gravel tracked up white line; opened and drained",
    "Overreach injury on RF heel bulb — fitted overreach boots",
    "Toe dubbed by previous farrier; let it grow out",
    "Flat-footed TB, 'tender' on gravel. Pads + shoes.",
    "Clenches wearing fast — horse works 5 days/wk on roads",
    "Check digital cushion thickness next time (soft heels)",
    "Good concavity; almost ready for barefoot transition",
    "Hoof balance photo uploaded: /photos/2024/luna_lf_lateral.jpg",
    "Sleep patterns off, owner says he lies down a lot – laminitis? told to call vet",
    "Hoof temp warmer LF vs RF (by hand). Recheck tomorrow",
    "Rings diverge at heel = past laminitis episode",
]

LIT["bookings"] = [
    "Tue 14 May, 8:30am — Oakfield Livery, 4 horses",
    "Reschedule Bramble to Friday please, vet coming Thursday",
    "Yard visit: Hill Farm, gate code 4471# (left by owner)",
    "Can you do 3 on Saturday morning? Happy to pay call-out",
    "Book: Sunny Side Stables, 10:00-12:30, shoe 2 + trim 3",
    "Emergency: lost shoe before show tomorrow!! anytime after 6pm",
    "Cancel next week; horse at the vet's hospital until 22nd",
    "Every 6 weeks on Mondays, first slot if poss",
    "Meet at the lower yard — the top yard is flooded",
    "Please arrive after 9; the farm road is closed for hedge cutting till then",
    "Booking for 2x ponies & 1 donkey (trim only) — Appletree Cottage",
    "Lunch break 12–1, next yard at 13:30 in Little Marsh",
    "Week 23: Mon Oakfield; Tue Hill Farm & Greenacres; Wed off",
    "Route: Oakfield -> Hill Farm -> Ashby (approx 42 miles)",
    "Owner won't be there; horses in stable 3 & 4, head collars on the door",
    "Postcode: GL54 2PQ — sat nav takes you to the wrong lane, use the 2nd gate",
    "Could we do 7am? I start work at 8 :)",
    "Combine with Mrs. D'Souza's visit — same village",
    "Termin: Mittwoch 10 Uhr, Reitstall Sonnenhof, 2 Pferde",
    "Rendez-vous jeudi 14h, écurie des Chênes",
    "Cita: lunes 9:00, finca Los Olivos",
    "予約：土曜 10時 牧場A 2頭",
    "Yard has a dog - friendly but loud. Ring when you arrive",
    "Block out 2 hrs for the Shire, he's slow to pick up feet",
    "Horse box parked by the arena, farrier van can go in front",
    "Recurring: every 5 wks & skip August (owners away)",
    "Clinic day at the vet's: 3 remedial cases 9-1",
    "Is Sunday possible? I know it's your day off -- no worries if not",
    "Can't do 14th, how about 16th or 17th?",
    "Visit order: 1) Pip 2) Mr. Darcy 3) Bramble (he's the worst, last)",
    "Drop-in: trim for foal, 6 months, first time",
    "Slot requested: 'first thing' — set to 07:45",
    "Move all of Greenacres' horses to the 2nd week of the month",
    "Booked 3 horses; fees £95 + £95 + £40 = £230",
    "Please call before coming; phone 07700 900123",
    "Arena shoot on Friday so don't come between 1 and 3",
    "New client — 2 cobs, want a full set each, flexible on dates",
    "Booking confirmed for 2024-06-03 09:00 at Manor Farm",
    "Traffic on A40 — running ~20 min late, sorry",
    "Show season schedule: shoe 10 days before each show",
    "Paddock 7, grey mare with a fly mask, not the bay",
    "Farm gate is the one with the blue barrel & 'NO DOGS' sign",
    "Vet wants to be present -> coordinate with Dr Evans (Tue pm?)",
    "Booking note: bring the stocks, horse doesn't tie up",
    "Avoid mornings; ice on the track until ~10am",
    "Holiday cover: Dan will do my round 5–12 Aug",
    "Wet weather plan: use the barn at No. 14",
    "Same time next cycle? Yes / No",
    "Hi, order of visit doesn't matter, whichever suits your route",
    "Please don't book on 1st Sep (hunt meet)",
    "2 yards on the same lane: Brook Farm & Brook Cottage — don't mix them up",
    "Reminder sent 48h before; owner replied 'Y'",
]

LIT["owner_profiles"] = [
    "Siobhán O'Connor",
    "Mrs. Margaret D'Arcy-Hughes",
    "Dr. Rhys ap Gwilym, MRCVS",
    "Jean-Luc Lefèvre",
    "María José García-Núñez",
    "Zoë Brontë-Smith",
    "Hannah Müller",
    "Ólafur Þórsson",
    "Łukasz Żółkiewski",
    "山田 花子",
    "Анна Петрова",
    "أحمد الحسن",
    "Oakfield Livery & Equestrian Ltd.",
    "Tom & Jess (joint account)",
    "O'Brien, Patrick",
    "Hill Farm, Lower Lane, Little Marsh, GL54 2PQ",
    "Flat 3/2, 12 Union Street, Glasgow G1 3RB",
    "Unit 7, Select Business Park, Drop Lane",
    "phone: +44 7700 900456 (mobile), 01632 960 111 (yard)",
    "email: jess.harper+horses@example.com",
    "Prefers WhatsApp over calls; don't ring after 8pm",
    "Pays by bank transfer, invoice monthly",
    "Owns 3 horses: Luna (TB mare), Pip (Welsh C), Bramble (cob)",
    "Horses insured with NFU; policy # on file",
    "Yard manager for 14 liveries — main contact",
    "Vet: Cotswold Equine, Dr Evans; tel 01632 960 222",
    "Allergic to dogs, keep van dog in the cab please",
    "Speaks French & German; English ok for texts",
    "Nickname: 'Mags'. Very chatty, allow 10 extra min",
    "Account status: good standing; 2 yrs as client",
    "Website: https://www.oakfield-livery.example.org/contact",
    "Instagram: @bramble_the_cob",
    "Notes: husband handles horses on weekdays, she does weekends",
    "Pony club member; kids' ponies need quiet handling",
    "Owner since 2019, referred by the vet",
    "DOB of owner not needed -- remove from form",
    "VAT no. GB123 4567 89 (business client)",
    "Billing name ≠ owner name: invoice to 'Oakfield Livery Ltd'",
    "Horse passport no. 826 002 00 123456 7",
    "Best time to call: 12:30-13:00 or after 6",
    "Address line 2: c/o The Old Forge",
    "Henri de la Tour d'Auvergne",
    "Nguyễn Thị Lan",
    "Søren Kierkegaard-Jensen",
    "Fionnuala Ní Bhriain",
    "Kealoha Kahananui",
    "Bio: retired teacher, rides dressage at prelim level, loves cobs <3",
    "Emergency contact: sister, Kate — 07700 900789",
    "Preferred language: cy (Welsh)",
    "Payment terms: 14 days; late fee waived for long-standing clients",
    "Delivery notes: park behind the hay barn; keys under the mat? no—ask!",
    "O'Neill-Drummond Stud & Stables",
]

LIT["invoices"] = [
    "Full set steel shoes — £95.00",
    "Trim x3 @ £35 = £105",
    "Call-out fee (out of area, >20 miles): £15",
    "Remedial shoeing (heartbar + pads) £160.00",
    "INV-2024-0142: total £230.00, due 31/05/2024",
    "Paid £50 cash, £45 by transfer — balance £0",
    "Discount 10% for 4+ horses at one yard",
    "Refund £20 (lost shoe within 1 week, goodwill)",
    "Line items: reset x2 (£70 each); trim x1 (£35); total £175",
    "Late payment reminder — invoice #0137 is 30 days overdue",
    "Bank: Sort code 00-00-00, Acc 00000000 (placeholder)",
    "Payment ref: OAKFIELD-MAY",
    "Glue-on shoes incl. materials: £220",
    "VAT @ 20%: £46.00; net £230.00; gross £276.00",
    "Rechnung Nr. 2024/57 — 2 Pferde, Beschlag komplett, 190 €",
    "Facture n° 88 — parage 3 chevaux : 105 €",
    "Factura 2024-12: herraje completo 90 €",
    "請求書：装蹄 4肢 12,000円",
    "Credit note CN-004 for duplicate charge",
    "Mileage 42 mi x £0.45 = £18.90",
    "Split bill 50/50 between Tom & Jess",
    "Pay via link: https://pay.example.com/i/AB12CD (test)",
    "Total due: $120 (US client, paid by card)",
    "Invoice marked paid 03/06; thanks!",
    "Unpaid since March — do NOT book until settled",
    "Stud holes tapped: 4 x £5 = £20",
    "Pour-in pads (2 fronts) £30; hoof packing £10",
    "Rounding: £94.99 -> £95",
    "Note on invoice: 'Payment within 14 days please. Cheques to J. Harper.'",
    "Cheque #000123 bounced; re-issued",
    "Monthly statement: 6 visits, £540; paid £400; owing £140",
    "Lost shoe replacement (< 2 weeks) free of charge",
    "Ref: Luna/LF remedial; vet referral fee included",
    "Description: Reset & trim; Qty: 1; Unit: £75; Amount: £75",
    "Bill to: Oakfield Livery Ltd; Attn: Accounts",
    "Thanks for your business! -- JH Farriery",
    "Deposit £25 for new client booking",
    "Price list 2024: trim £35 | front pair £65 | full set £95",
    "Payment received by PayPal (fees £3.29 absorbed)",
    "Invoice currency: EUR; rate 1.17",
    "Total £1,240.50 for Q2 (yard account)",
    "Adjust line 3: change qty from 2 to 1",
    "Apology: invoice sent twice, ignore the 2nd one",
    "Remedial consult with vet (1 hr) £60",
    "Equine dentist shared call-out split: £7.50 each",
    "Order by date; show only unpaid",
    "Write-off £35 — client moved abroad",
    "Shoes + nails cost price: £28.40 (set)",
    "Card payment declined — retry tomorrow",
    "Invoice #0150 — 'Mr. Darcy' (the pony, not the owner!)",
    "Pro-forma for insurance claim: remedial shoeing 8 cycles",
]

LIT["vet_letters"] = [
    "Dear Dr Evans,\nThank you for referring Luna. Radiographs show 4° rotation LF; I've fitted heartbar shoes.\nKind regards,\nJ. Harper AWCF",
    "Re: Bramble (cob, 12yo) — persistent thrush in central sulcus; would appreciate your opinion on canker.",
    "Dear colleague, please find attached lateral & DP views taken 14/03.",
    "Following your x-rays, I have set the shoe back 6mm and raised heels 2°.",
    "Recommend box rest until review; shoes to stay on for support.",
    "The horse was sedated with detomidine (by vet) for shoeing.",
    "Could we arrange a joint visit next Tuesday to reassess the RF quarter crack?",
    "Observed lameness grade 2/5 LF on the lunge on hard ground.",
    "Palmar angle LF ~2°; aiming for 3-5° after trimming",
    "Hoof testers positive over the toe; negative at heels.",
    "Sehr geehrte Frau Dr. Weber,\nanbei die Befunde zu Luna.\nMit freundlichen Grüßen",
    "Chère Docteur Martin, merci pour l'orientation ; ferrure orthopédique posée.",
    "Estimada Dra. López: adjunto informe del herraje terapéutico.",
    "Diagnosis (vet): navicular syndrome. Plan: egg-bar shoes, 5wk cycle.",
    "The owner has consented to sharing records with the practice.",
    "History: laminitis episode in 2022 (grass), managed with diet & pads.",
    "Please note the owner's concerns re: cost; could we consider a cheaper option?",
    "Treatment plan:\n1. Remove shoes\n2. Radiograph\n3. Apply shoe per x-ray\n4. Recheck in 4 weeks",
    "I noticed a draining tract at the coronary band — query abscess vs keratoma.",
    "Yours sincerely,\nJess Harper DipWCF\nRegistered Farrier No. 12345",
    "cc: Mrs. O'Connor (owner)",
    "Enclosed: photos (dorsal, lateral, solar) — see attachments 1-3",
    "Sole depth measured on radiograph: 12mm at toe.",
    "We should probably 'drop' the wedges once the DDFT has settled.",
    "Subject: Referral — Pip (Welsh C) — recurrent seedy toe",
    "Prognosis guarded; owner informed.",
    "If the horse isn't sound after 2 cycles, I'd suggest an MRI.",
    "Medication: bute 1g twice daily for 5 days (prescribed by vet)",
    "Re: your letter of 3 May -- agreed on a graduated approach.",
    "Shoeing plan attached (PDF): remedial_plan_luna_v2.pdf",
    "Foot balance: lateral wall ~4mm longer; corrected by trimming.",
    "Hi Sarah, quick update on Dusty: sounder on the straight, still short on the circle left.",
    "Kind regards — and thanks for the quick response last night.",
    "Please find my invoice for the remedial work below; the owner will settle direct.",
    "Query: is it ok to use a hoof cast over the crack given the infection?",
    "X-ray comparison: before (Jan) vs after (Mar) shows improved alignment.",
    "Referral letter for second opinion at the university hospital, Dept. of Equine Surgery",
    "The horse is a 16.2hh, 9-year-old Irish Sport Horse gelding.",
    "Owner reports horse was 'footy' on stones for ~2 weeks before the visit.",
    "Frog-to-heel ratio appears <50%, suggesting contraction.",
    "Could your nurse send the DICOM files? Email is fine.",
    "Plan: shoes off > 3 days boot rest > re-shoe w/ pads",
    "I'd recommend the union of our two approaches: bar shoe and cushion support.",
    "Kindly disregard my previous message; dates were wrong (it's 12th, not 21st).",
    "Dr Evans, the owner asked whether turnout is OK (small paddock, soft ground).",
    "Good morning, please see below the hoof measurements:\nLF toe 9.2cm, heel 3.1cm\nRF toe 9.0cm, heel 3.3cm",
    "Many thanks, I'll await your call after 5 p.m.",
    "Letter re: insurance — work was remedial and vet-directed.",
    "The horse had a 'select' list of issues: thrush, flares, and a bruise.",
    "Referral: suspected pedal osteitis; please advise.",
    "Note: owner's name on passport is different (previous owner).",
    "Kind regards,\nJH",
]

LIT["searches"] = [
    "luna", "Bramble LF", "O'Connor", "thrush", "heartbar", "quarter crack",
    "invoices unpaid march", "Oakfield", "GL54", "07700 900123", "egg bar shoes",
    "select shoes size 2", "union street", "drop hinds", "order by date",
    "sleep apnea horse", "laminitis AND pads", "Mr. Darcy", "d'arcy", "abscess -poultice",
    "\"quarter crack\"", "size 3 OR size 4", "visits 2024-05", "shoe* steel",
    "club foot grade 2", "Ólafur", "山田", "Müller", "García", "tb mare",
    "£95", "glue-on", "canker?", "toe < 9cm", "angle > 55", "#0142",
    "INV-2024-0150", "vet: evans", "tag:remedial", "owner:jess", "cob & pony",
    "hoof oil / biotin", "x-ray", "pour-in pad 2", "where's the stocks",
    "where is hill farm", "how to treat seedy toe", "draft horse nails size 8",
    "Pferd Luna", "écurie", "caballo", "lateral extension LH", "100%",
    "horses not seen > 8 weeks", "cancelled bookings last month",
]

LIT["chat"] = [
    "Hi Jess! Are you still ok for tomorrow 9ish? 🐴",
    "yep see you then 👍",
    "He's pulled a shoe AGAIN 🙈 RF this time, it's in the field somewhere",
    "No rush, he's in the stable & not lame",
    "Running 15 min late sorry!!",
    "Can you send me the invoice? I lost the last one lol",
    "Done 👌 all 4 on, he was an angel today",
    "how much do I owe you? £95?",
    "Paid 😊",
    "Is it normal that she's a bit footy on the gravel after a trim?",
    "Yes, give her a couple of days; if it's worse on Fri let me know",
    "ok thanks x",
    "Gate code changed -> 5582",
    "Vet says keep shoes on till x-rays; can you pop by Thurs?",
    "Sure, Thurs after 2 works",
    "omg the farm dog just stole a hoof trimming 🤢😂",
    "Hallo! Kannst du am Freitag kommen?",
    "Salut, tu peux passer samedi ?",
    "Hola! ¿puedes venir el martes?",
    "明日は大丈夫ですか？",
    "Privet! Это ок если в 10?",
    "That's a wrap for today, 8 horses & 200 miles 😴",
    "Pip's being a drama queen -- he's fine, just wants attention",
    "Can I pay half now & half next week? Money's tight this month :(",
    "of course, no problem",
    "I'll leave the cash in the tack room, top drawer",
    "Pls bring hoof boots size 2, want to try them",
    "where are u? 👀",
    "5 mins away",
    "bay mare in the end stable is the new one; the grey is Luna",
    "👍👍",
    "Did you see the rain? Track is a river lol. Use the back gate",
    "The union jack flag on the gate = turn left",
    "Just drop the hinds, she's retiring 💔",
    "Thanks for today! Sleep well, you earned it",
    "hey, was the nail a bit close on LF? she's pointing it",
    "Coming back now to check. Don't ride her today",
    "False alarm, she had a stone wedged in the frog 😅",
    "Sending photos of the crack now",
    "📷 [photo] [photo] [photo]",
    "Lmk if 7:30 works — got a clinic at 10",
    "ok 7:30 👌",
    "🎉 Happy birthday Jess!!",
    "Can't find your sort code, can you resend?",
    "Sort code is on the invoice, bottom left 🙂",
    "Btw my friend wants a farrier — ok if I give her your number?",
    "Yes please! thank you 🙏",
    "Is $5 extra for the donkey ok? (joke, it's £ 😂)",
    "he ate the hoof oil... is that dangerous??",
    "Should be fine in a small amount; ring the vet if he goes off food",
    "Are you doing the show on Sunday? Good luck!!",
    "ok cool, see you in 6 weeks 🐎",
]

LIT["settings_imports"] = [
    "name,owner,yard,cycle_weeks\nLuna,Siobhán O'Connor,Oakfield,6\nPip,Tom & Jess,Hill Farm,8",
    "horse;owner;last_visit\nBramble;M. D'Arcy;2024-04-30\nDusty;R. ap Gwilym;2024-05-02",
    "Default cycle: 6 weeks",
    "Reminder template: Hi {{owner_first}}, {{horse}} is due a visit on {{date}}. Reply Y to confirm.",
    "Invoice footer: Thanks, ${farrier_name} — payment due in ${terms} days",
    "Currency: GBP (£)",
    "Time zone: Europe/London",
    "Date format: DD/MM/YYYY",
    "Mileage rate: 0.45",
    "Export folder: Documents/Farrier/Exports/2024",
    "Backup to: /home/jess/backups/farrier-app/",
    "Calendar sync URL: https://calendar.example.com/feeds/jh-farriery.ics",
    "SMS sender name: JHFarrier",
    "Working hours: 07:00-18:00 Mon-Sat",
    "Van stock alert when nails < 200",
    "Language: en-GB",
    "Theme: dark",
    "Import source: old_records.xlsx (sheet 'Clients')",
    "Column mapping: A=name; B=phone; C=yard; D=notes",
    "Skip header row: yes",
    "Price list import:\nservice,price\ntrim,35\nfront pair,65\nfull set,95\nremedial,160",
    "Signature:\n-- \nJess Harper DipWCF\nJH Farriery | 07700 900123",
    "Email subject template: Invoice {{invoice_no}} from JH Farriery",
    "Notify me: 24h & 2h before each booking",
    "Round invoices to nearest £1: off",
    "Tax: VAT 20% (registered)",
    "Route optimisation: avoid tolls & single-track roads",
    "Home base postcode: GL7 1AB",
    "Horse colours list: bay|chestnut|grey|black|skewbald|piebald|dun",
    "Shoe sizes: 00, 0, 1, 2, 3, 4, 5, 6, 7, 8",
    "Notes markdown: **bold** for warnings, _italic_ for vet info",
    "Webhook (Zapier): https://hooks.example.net/catch/12345/abcde",
    "Data retention: delete records older than 7 years",
    "Yard import (tab separated):\nOakfield\tGL54 2PQ\t14 horses\nHill Farm\tGL54 3RT\t4 horses",
    "Custom field: 'stud holes' (yes/no)",
    "Auto-reply: I'm under a horse right now 🐴 — will reply after 6pm",
    "Payment link template: https://pay.example.com/i/{invoice_id}",
    "Label printer: Brother QL-700 (USB)",
    "Reminder: ${horse} due in ${days} days — book now?",
    "CSV delimiter: ; (semicolon)",
    "Encoding: UTF-8",
    "Invoice numbering: INV-{YYYY}-{0000}",
    "Sort clients by: last name (A-Z)",
    "Filter: show only active horses; hide deceased",
    "Cycle alert threshold: > 8 weeks overdue",
    "Backup schedule: daily at 02:00; keep last 30",
    "Photo quality: medium (1280px)",
    "import notes: '--' means no data; 'n/a' means not applicable",
    "Owner import row: \"O'Brien, Patrick\",07700 900321,Brook Farm,\"nervous horse; bring stocks\"",
    "Hoof angle units: degrees (°)",
    "Feature flags: route_planner=on; offline_mode=on; beta_ai_notes=off",
    "Receipt printer width: 58mm",
]

LIT["reminders"] = [
    "Luna due 12/06 — 6 weeks since last reset",
    "Order nails: City Head 5 x 500, E-head 4 x 250",
    "Chase Oakfield for unpaid invoice #0137",
    "Van MOT on 21st!",
    "Renew public liability insurance (expires 30/06)",
    "Ring Dr Evans re: Dusty x-rays after 5pm",
    "Bring spare shoes size 2 & 3 for Hill Farm",
    "Sharpen hoof knives & replace rasp (it's done)",
    "Sleep! Early start tomorrow, 6am at Manor Farm",
    "CPD course: remedial farriery, Sat 9-4 @ the college",
    "Order more pour-in pad material (2 cartridges)",
    "Check Pip's seedy toe in 2 weeks",
    "Follow up: did Bramble's thrush clear up?",
    "Send vet letter for Luna by Friday",
    "Tax return due 31 Jan — gather mileage logs",
    "Gas for the forge: swap bottle (propane 19kg)",
    "New client Mrs. Ní Bhriain: confirm address & gate code",
    "Don't forget the stocks for the Shire on Thursday",
    "Update price list on 1 April (+£5)",
    "Apprentice review with Dan — Wed lunchtime",
    "Replace anvil stand bolt",
    "Re-shoe the pony club ponies before camp (20-24 July)",
    "Erinnerung: Luna am 12.6. fällig",
    "Rappel : Éclair à ferrer le 3 juin",
    "Recordatorio: Tormenta, herraje el 5 de junio",
    "リマインダー：さくら 6月10日 装蹄",
    "Text owners on the Little Marsh round -- roadworks next week",
    "Collect cheque from Mr. O'Brien (#000124)",
    "Book van service; brakes squeaking",
    "Call supplier: size 4 wide backorder?",
    "Horse passport check for the new mare (microchip)",
    "Check x-ray results w/ vet before shoeing Dusty!",
    "Recheck quarter crack lacing on RF (Luna) in 10 days",
    "Union meeting (BFA branch) Tue 7:30pm",
    "Drop the old rasps at the recycling centre",
    "Order by Thursday to get delivery Saturday",
    "Mum's birthday Sunday — don't book anything!",
    "Back up phone photos to laptop",
    "Ask owner: is the horse still on bute?",
    "Clean out the van; forge coke bag split",
    "Pay Dan (apprentice) — Friday",
    "Birthday card for the yard manager (Mags)",
    "Check 'overdue > 8 weeks' list every Monday",
    "Renew DBS check for pony club work",
    "Ring Mrs. D'Arcy-Hughes about moving to a 5wk cycle",
    "Glue-ons need 5 min set time — bring the heat gun",
    "Quote for 14 liveries at Oakfield: send by Mon",
    "Hoof boots on order for Luna (size 2 Cavallo)",
    "Workshop: hand-make a pair of bar shoes for the Shire",
    "Safety: get tetanus booster (last one 2014)",
    "Review accounts: Q2 profit vs Q1",
    "Text Jess re: spare key — hers is in the tack room",
]

# ---- one small template per category, filled from hand-written pools ----
HORSES = ["Luna", "Pip", "Bramble", "Dusty", "Mr. Darcy", "Tormenta", "Éclair", "Biscuit",
          "Hector", "Skye", "Jasper", "Willow", "Nutmeg", "Fern", "Rosie", "Duke"]
OWNERS = ["Siobhán O'Connor", "Tom Harper", "Mags D'Arcy-Hughes", "Rhys ap Gwilym", "Anna Petrova",
          "Hannah Müller", "Patrick O'Brien", "Zoë Brontë", "Kate Ellis", "María García"]
YARDS = ["Oakfield Livery", "Hill Farm", "Greenacres", "Manor Farm", "Brook Cottage",
         "Sunny Side Stables", "Appletree Cottage", "The Old Forge"]
FEET = ["LF", "RF", "LH", "RH", "fronts", "hinds", "all 4"]
WORK = ["reset", "new shoes", "trim", "trim & balance", "remedial shoe", "glue-on", "pads"]
ISSUES = ["thrush", "flare", "bruise", "white line separation", "small crack", "contracted heels",
          "long toe", "dry wall", "seedy toe", "abscess track"]
DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
TIMES = ["07:30", "08:00", "08:45", "09:15", "10:00", "11:30", "13:30", "14:00", "15:15", "16:00"]
PRICES = ["35", "40", "65", "70", "75", "95", "110", "160", "220"]
TERMS = ["hoof", "shoe", "trim", "invoice", "crack", "pad", "vet", "yard", "booking", "reminder"]
CHAT_OPEN = ["hi", "hey", "morning", "evening", "hiya", "ok so"]
CHAT_ASK = ["can you look at {f} on {h}?", "{h} is a bit sore on {f}", "is {d} still ok for {h}?",
            "{h} lost a shoe ({f}) 😩", "thanks for doing {h} today!"]
SETTING_KEYS = ["default_cycle_weeks", "reminder_hours", "mileage_rate", "invoice_terms_days",
                "photo_max_px", "nail_stock_alert", "trim_price", "reset_price"]
SETTING_VALS = ["6", "48", "0.45", "14", "1280", "200", "35", "70", "8", "24"]


def tpl(cat, r):
    if cat == "shoeing_records":
        return f"{r.choice(HORSES)}: {r.choice(WORK)} {r.choice(FEET)}, size {r.randint(0, 5)}, {r.randint(3, 6)} nails/side"
    if cat == "hoof_notes":
        return f"{r.choice(FEET)} — {r.choice(ISSUES)}; recheck in {r.randint(1, 6)} wks ({r.choice(HORSES)})"
    if cat == "bookings":
        return f"{r.choice(DAYS)} {r.choice(TIMES)} at {r.choice(YARDS)}: {r.randint(1, 6)} horses ({r.choice(WORK)})"
    if cat == "owner_profiles":
        return f"{r.choice(OWNERS)} — owns {r.choice(HORSES)} & {r.choice(HORSES)}, kept at {r.choice(YARDS)}"
    if cat == "invoices":
        return f"INV-2024-{r.randint(100, 400):04d}: {r.choice(WORK)} for {r.choice(HORSES)} — £{r.choice(PRICES)}.00"
    if cat == "vet_letters":
        return (f"Dear Dr Evans, re {r.choice(HORSES)} ({r.choice(OWNERS)}): {r.choice(ISSUES)} on "
                f"{r.choice(FEET)}, {r.choice(WORK)} applied. Kind regards, JH")
    if cat == "searches":
        return f"{r.choice(HORSES).lower()} {r.choice(TERMS)} {r.choice(FEET)}"
    if cat == "chat":
        q = r.choice(CHAT_ASK).format(f=r.choice(FEET), h=r.choice(HORSES), d=r.choice(DAYS))
        return f"{r.choice(CHAT_OPEN)} {q}"
    if cat == "settings_imports":
        return f"{r.choice(SETTING_KEYS)}={r.choice(SETTING_VALS)}"
    if cat == "reminders":
        return f"{r.choice(DAYS)}: {r.choice(HORSES)} at {r.choice(YARDS)} due {r.choice(WORK)}"
    raise KeyError(cat)


CATS = ["shoeing_records", "hoof_notes", "bookings", "owner_profiles", "invoices",
        "vet_letters", "searches", "chat", "settings_imports", "reminders"]


def main():
    out = []
    seen = set()
    for cat in CATS:
        lits = LIT[cat]
        assert len(lits) >= 50, (cat, len(lits))
        assert len(set(lits)) == len(lits), cat
        vals = []
        for v in lits[:PER_CAT]:
            assert v not in seen, v
            seen.add(v)
            vals.append(v)
        tries = 0
        while len(vals) < PER_CAT:
            tries += 1
            assert tries < 10000
            v = tpl(cat, rng)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            out.append((cat, v))
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, "benign.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, v) in enumerate(out, 1):
            assert 1 <= len(v) <= 2000
            obj = {"id": f"hbii-{i:05d}", "category": cat, "label": "benign", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
