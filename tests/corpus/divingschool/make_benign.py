#!/usr/bin/env python3
"""Benign values for the divingschool held-out corpus. Standard library only."""
import json
import os
import random

SEED = 30201
HERE = os.path.dirname(os.path.abspath(__file__))


def unmark(s):
    return s.replace("<<CRLF>>", "\r\n").replace("<<LF>>", "\n").replace("<<TAB>>", "\t")


def block(text):
    return [unmark(l) for l in text.strip("\n").split("\n") if l.strip()]


CATS = {}

CATS["course_bookings"] = block(r'''
Open Water course, 3 days starting 14 May, 2 people
Please book me on the Advanced Open Water for the weekend of 21-22 June
Rescue Diver course — I already hold EFR from 2022, can I skip that part?
Can my 10-year-old join the Bubblemaker session on Saturday morning?
Nitrox speciality + 2 boat dives, same day if possible
Refresher "scuba review" before our trip to Dahab; last dive was in 2019
Group booking for 6 (stag party) — Discover Scuba only, nobody certified
We'd like the private option, not the group class; budget up to $450
Drysuit speciality in November; I'm 182 cm, 95 kg, shoe size 45
Deep Diver course: I have 24 logged dives, deepest 29 m
Réservation pour le cours Open Water, deux adultes, du 3 au 6 août
Ich möchte den Kurs "Advanced Open Water" im September buchen, bitte auf Deutsch
Quisiera reservar el curso de buceo en pecios para dos personas
オープンウォーター講習を7月に予約したいです。日本語の教材はありますか?
Hoi, wij willen graag een proefduik doen met het hele gezin (4 personen)
Vorrei prenotare il corso Rescue per fine ottobre
Saya ingin ikut kursus Open Water minggu depan, apakah ada instruktur berbahasa Indonesia?
Хочу записаться на курс Advanced, даты гибкие
Bubblemaker & Seal Team for twins aged 8 — same slot please
Booking ref DS-2291: please move the pool session from Tue to Thu
Cancel my slot on the 12th; I'll rebook once my ear heals
Is the union rate for firefighters still 15% off? I'm with the FBU
Can I select the afternoon theory session instead of the 9am one?
I'll drop off my deposit (£100) at the shop on Friday
Order by phone didn't go through, so booking here: Sidemount course, 1 person
Waitlist me for Divemaster if someone drops out
Student discount? I'm at uni till June; card no. on request
Two for the Wreck speciality; my partner's name is Siobhán O'Sullivan
Book O'Connor, Ríona — Open Water eLearning + 4 ocean dives
PADI or SSI? Whichever is available on 5/7 — we don't mind
Our company wants a team day: 12 people, try-dive + BBQ, mid-July
Night diver speciality — do we need our own torch or do you rent them?
Enriched air course, theory only (I'll do the dives abroad)
Please confirm: 2 × Open Water, 1 × Discover Scuba, pickup at Hotel Marina 08:15
Pool session 18:00–20:00 works; weekends are fine too
I'm pregnant so only my husband will dive — can I still come on the boat?
Gift voucher GV-7781 to redeem for the refresher course
Deposit paid via bank transfer, reference "Kowalski OW June"
Advanced + Nitrox package; we fly out on the 28th so it must finish by the 27th
Is there a minimum age for Junior Open Water? My son turns 11 in March
Rebook: weather cancelled our 3 June boat day, any slot the following week
Can I pay the balance ($5 fee for card) at the counter?
Emergency First Response only, no diving — for my lifeguard job
Private lesson for a nervous diver (me!), please go slow
Book the 'Perfect Buoyancy' workshop, 2 places, names to follow
We are 3 — 2 certified (AOW), 1 beginner; can we dive together?
Quiero cancelar la reserva del sábado, mi vuelo se retrasó
課程改到下週二可以嗎?謝謝
Reserva para mergulho noturno, 2 pessoas, sexta-feira
Sidemount & Tec 40 — is the combination possible in 10 days?
Can we bring our own regs? We'd like a discount on the rental package
Full-face mask speciality for 1, dates TBC
''')

CATS["dive_logs"] = block(r'''
Dive #47, Blue Hole, max 28.4 m, 41 min, water 26°C, vis 25 m
Drift along the north wall; current strong at 18 m so we turned early
Saw 2 eagle rays and a turtle; buddy's air < 70 bar at 35 min so we ascended
Max depth 12 m, avg 8.6 m, bottom time 55 min, 200 → 60 bar, 12 L steel
Safety stop 3 min @ 5 m; computer showed no deco
Night dive: Spanish dancer!!! plus loads of shrimp eyes in the torchlight
Wreck of the SS Thistlegorm, hold 2 — motorbikes, trucks, boots
Entry via giant stride, exit on the ladder; surge was > 1 m
Gas: EAN32, MOD 34 m at ppO2 1.4, stayed above 30 m
Visibility poor (3-4 m), thermocline at 14 m, 17°C below
Buddy: Marco R. — signed. Instructor: K. Nakamura (#123456)
Weights 6 kg in pockets + 2 kg trim; slightly overweighted, drop 1 kg next time
Shore dive from the jetty; follow the rope down to the sand at 9 m then east
Tauchgang Nr. 12: Sicht 10 m, Wassertemp. 14 °C, Trockentauchanzug
Plongée 8 — épave du Donator, 42 m, décompression 6 min à 3 m
Immersione in grotta, luce artificiale, profondità massima 22 m
Buceo en Cabo de Palos, muchas barracudas, corriente moderada
潜水ログ #5: 最大深度18m、潜水時間45分、透明度15m、ウミガメ2匹
ดำน้ำที่เกาะเต่า เห็นฉลามวาฬ! ความลึกสูงสุด 20 เมตร
Penyelaman di Nusa Penida, ketemu manta 4 ekor, arus kencang
Погружение на затонувший корабль, глубина 30 м, видимость 12 м
Practised CESA from 6 m with instructor — felt much calmer this time
Skills: mask clearing, reg recovery, hover 1 min; all OK
Air consumption ~ 18 L/min at surface (SAC) — improving!
Dropped a fin strap at 15 m; recovered it. Lesson: check straps before entry
Deco dive: 20 min @ 45 m on 21/35, stops 9/6/3 m, switch to EAN50 at 21 m
Seahorses under the pier (3!), near the tyre pile
Ascent rate alarm went off once — slow down between 10 m and 5 m
Dive site 'Shark & Yolanda' — the toilets on the reef are still there lol
Conditions: swell 1.5 m, wind NW 15 kn, boat rolled a lot, 2 people seasick
Surface interval 1h 20m; second dive shallower (14 m max)
Log copied from my Shearwater: 2024-06-14 10:32, 31.2 m, 48 min, CNS 9%
Fish ID: parrotfish, moorish idols, a grouper "the size of a sofa"
Tried the new 7 mm wetsuit – warm enough at 12 °C, hood is a must
Cold! Regulator free-flowed at 30 m; switched to octo, aborted dive, no issues after
Buddy check done with BWRAF: BCD, Weights, Releases, Air, Final OK
Dive 100!!! Naked dive tradition declined, cake accepted 🎂
Silty bottom; used frog kick to avoid kicking up sediment
Current from N → S, drifted 600 m, DSMB deployed at 6 m
Depth graph attached (dive_103.fit). Temp min 21°C
Logged with instructor Tom O'Hara — signature pending
Swam through the arch at 24 m, exit at 18 m, then reef top 8 m
Max 39.8 m — deeper than planned (35 m). Note to self: watch the gauge!
Manta cleaning station; we knelt in the sand for 25 min, 3 mantas
Canyon dive, Dahab: entry at the lighthouse, exit at the canyon — 52 min
Buddy lost for 1 min (> 60 s search then surfaced as per plan) — reunited on surface
Training dive 3/4, Open Water course: navigation using compass, 30 kick cycles
Mask squeeze at 20 m, exhaled through nose and it stopped
Dive 23 — same as Dive 22 but with 10 more minutes & a moray
Log: 09:05 in, 09:52 out; start 210 bar, end 50 bar, 11.1 L alu
| depth | time |<<LF>>| 18 m | 40 min |<<LF>>| 5 m | 3 min stop |
Wrecks select: Zenobia, Thistlegorm, Giannis D — which one next?
''')

CATS["equipment_servicing"] = block(r'''
Annual service: Apeks XTX50 first stage + 2 second stages + octo
BCD inflator sticks when pressed; please check the K-valve
Tank visual inspection (VIP) due 06/2025 — cylinder serial 78452-AL
Hydro test for 2 × 12 L steel tanks; stamp date 03/2019
O2 clean the cylinder please, I'll be filling EAN36+
Drysuit neck seal torn, latex, size M — replace with silicone if possible
Computer battery change (Suunto Zoop), the display is dim
Reg free-flows at the surface; IP reads 10.5 bar (should be ~9.5)
Mask strap replacement, small; the buckle on the left is cracked
Hire kit return: 1 BCD (L), 1 reg set, 2 × 7 mm suits (M, L), fins 42–43
Wetsuit zip broken - can you fix it or is it a write-off?
Swap the DIN valve for a yoke/INT one; we're going to Egypt
First stage swap-over to left-hand hose routing for sidemount
SPG reads 20 bar when tank is empty — needle stuck?
Replace the o-rings on both tank valves; use 014 & 112 sizes
Tank fill: 232 bar air ×4, 200 bar EAN32 ×2, analysed at 31.8%
Please don't drop the cylinders on the concrete again 😅
Torch O-ring & battery; lamp flickers below 20 m
Order by Thursday: 2 × spare fin straps (spring), 1 × Trilaminate drysuit boots size 44
Service kit used: Scubapro MK25 kit #1 — charge to account DS-114
Regulator left in car at 40°C for a week, please check seats & diaphragm
Compressor log: 4 h run, filter cartridge changed at 48 h total
Fill station note: oil mist smell at 14:20 — stopped, replaced filter, air tested OK
The union between the LP hose and the inflator is leaking slightly
Cylinder failed the eddy current test — condemned, cut and return
Weight belt buckle jammed; replaced with stainless steel one (€12)
Rental wetsuits washed with antibacterial rinse & hung to dry
Dive computer firmware updated to v3.2.1 from the vendor app
Ladung: 2 Flaschen 15 L, Füllung 230 bar, O2-Reinigung fällig
Révision détendeur Aqualung Legend, 1er + 2ème étage
Revisión del chaleco, la válvula de purga pierde aire
レギュレーターのオーバーホールをお願いします
Tester ใหม่ — BCD ตัวนี้มีรอยรั่ว
Ganti o-ring dan cek tekanan regulator, terima kasih
Ремонт сухого гидрокостюма: порван манжет
Q: is it normal for the 2nd stage to hiss slightly when the tank is opened? A: only if it stops after a second
Reg bag left behind on the boat — name tag "J. D'Souza", blue/black
Burst disc replaced on tank #17 (rated 300 bar)
Paid $5 for a spare mouthpiece, receipt in the box
Serial numbers: REG-00421 | REG-00422 | REG-00423 — all serviced 2024-03-01
Intermediate pressure test: 9.3 bar, cracking effort 1.1 inH2O — pass
Inflator hose > 2 years old; replace?
Tank boot cracked; new one fitted (black, 184 mm)
Please quote for a new regulator; budget < £400
Check the SMB for holes — inflated & left overnight, lost pressure
Lube: Christo-Lube MCG 111 on dynamic o-rings only
Anti-fog gel on new masks, burn off the silicone film first with a lighter (carefully)
HP hose swap 60 cm → 80 cm for better routing
Service checklist: clean; inspect; replace kit; reassemble; IP test; log — done
Booked for pickup Saturday; if closed, leave in the dropbox at the back door
Tank valve knob missing; replaced with a blue one temporarily
''')

CATS["medical_forms"] = block(r'''
No, I have never had asthma or wheezing
Yes: hay fever, take cetirizine in spring, no drowsiness
I had ear surgery (grommets) as a child, nothing since
Mild seasickness on boats; I take ginger tablets
Broken collarbone 2021, fully healed, physio signed off
Blood pressure controlled with amlodipine 5 mg, GP letter attached
I wear contact lenses (soft). Can I dive with them?
Type 1 diabetic — I follow the diabetes & diving protocol, HbA1c 52 mmol/mol
Over 45: yes. Smoker: no (quit 2018). Heart condition: no
Pregnant? No.
Allergies: penicillin (rash). Latex: no
Previous decompression sickness: never
Anxiety in enclosed spaces — mild, never had a panic attack underwater
Sinus surgery 2019 (septoplasty), cleared by ENT to dive
Medication: sertraline 50 mg daily for 3 years, stable
I get migraines about once a month, triggered by lack of sleep
Physician signature: Dr. Amara N'Diaye, GMC 7123456, date 2024-04-11
Emergency contact: Liam O'Brien (husband), +44 7700 900123
Emergency contact — Mariëlle van der Berg, mother, +31 6 12345678
Asthma as a kid (< 12 yrs old), no inhaler since age 14
I had COVID twice; lungs checked, no lasting issues
Knee replacement (left, 2020), fine for finning
Epilepsy: no. Fainting: once after giving blood
My BMI is about 31; I walk 10 km a week
Haemophilia: no. Blood thinners: no
Recent surgery? Appendix removed 8 weeks ago, scar healed
Medical statement reviewed by instructor; question 4 answered "yes" — referral required
Ja, ich habe leichten Bluthochdruck, aber gut eingestellt
Non, je n'ai aucun problème cardiaque ni pulmonaire
Sí, tuve una perforación de tímpano en 2015, ya curada
ぜんそくの既往歴はありません
ไม่มีโรคประจำตัว
Tidak ada riwayat penyakit jantung
Нет аллергии на лекарства
لا أعاني من أي أمراض مزمنة
Do I need a doctor's note if I take antihistamines?
Height 1.68 m; weight 62 kg; age 34
I'm colour-blind (red/green) — does that matter for gas analysis labels?
Had a PFO closure in 2017; cardiologist letter attached
Diving within 24 h of flying? No — our flight is 36 h after the last dive
Claustrophobia: drop / select "mild" from the list
Medication list: levothyroxine; vitamin D; ibuprofen as needed
I had a pneumothorax in 2016 (spontaneous). I understand this may disqualify me
Ear equalisation is slow, especially on the left side
Any history of behavioural health problems? Treated for depression 2015–2016, no meds now
I take malaria prophylaxis (doxycycline) for the trip
Form filled by parent for Noah (age 12): no medical conditions
Back pain sometimes after lifting tanks; no disc problems
Heart rate at rest 58 bpm; I run marathons
Last medical exam: 3 months ago, all clear
Signed: Zoë Ramírez-Ó Súilleabháin
Asthma? No || Epilepsy? No || Diabetes? No
''')

CATS["boat_schedules"] = block(r'''
Mon 08:00 dep. Marina pier 3 — 2 tank dives, back ~13:30
Boat "Manta Queen" cancelled Tue due to wind > 25 kn
Afternoon trip 14:00–17:30, max 12 divers, 2 guides
Night dive boat leaves at 17:45 from the main jetty, torch required
Sat: wreck trip (deep, AOW only), departure 07:30 sharp
Schedule change: Thursday boat moved to Friday, same times
Tide: high water 10:42 (4.1 m); slack at 10:15 — dive at the slack
Capacity 14/16 — two seats left for tomorrow's morning run
Crew: skipper Dave; DM Aisha; instructor Pierre
Fuel stop at Harbour West on the way back, +20 min
RIB only today, no toilet on board — plan accordingly!
Dive sites planned: Ras Mohammed (Shark Reef) then Jackfish Alley
Weather window: Wed/Thu look good; Fri swell 2 m+
Boat check-in 30 min before departure; bring ID & cert card
Liveaboard 7 nights, 3-4 dives/day, cabins: 2 twin, 1 double
Vessel: MV Coral Spirit, length 28 m, 20 guests, Nitrox on board
Boat leaves 06:30 | Dive 1 07:15 | breakfast | Dive 2 10:00 | back 12:30
Sunset cruise + shallow dive, family friendly, kids 8+
Pick-up from hotels in zone A at 07:00, zone B at 07:20
Abfahrt 8 Uhr am Hafen, Rückkehr gegen 14 Uhr
Départ du bateau à 9h, retour vers 13h
Salida a las 8:30, dos inmersiones, regreso al mediodía
ボートは8時出港、2ダイブ、13時帰港予定
เรือออกเวลา 7 โมงเช้า กลับบ่ายสองโมง
Kapal berangkat jam 8 pagi dari dermaga utama
Отправление в 8:00, две погружения
Boat #2 engine service on the 14th → all trips on Boat #1
Divers > 12 → second guide mandatory
Skipper's note: anchor line not to be used as ascent line on site 7
Group A (AOW) on the blue boat; group B (OW) on the white one
Surface interval on the boat with lunch (veg options available)
Tomorrow's 08:00 is full; 10:00 run added; 13:00 drop-off at the pier
Cylinder count: 24 × 12 L, 6 × 15 L, 4 × EAN32 labelled
Rough sea forecast – trips may be cut short, no refunds for weather
Boat schedule for July:<<LF>>- Mon/Wed/Fri: 2-tank morning<<LF>>- Tue/Thu: wreck day<<LF>>- Sat: night dive
Meeting point: shop counter, 07:15; shuttle to harbour 07:30
Coast guard notice: area around buoy 14 closed until 18:00
Whale sharks reported near the point — optional 3rd dive (+$40)
Max depth on site: 18 m for OW divers; AOW may go to 30 m
Snorkellers welcome on the boat ($25), mask & fins included
Boat drop/pick-up at the beach only if the swell < 1 m
DM on duty: Kofi Mensah; backup: Lena Fischer
Dive 1: Blue Corner (drift) / Dive 2: German Channel (mantas)
Next week boats: Mon, Tue, Thu, Sat — Wed & Fri off (maintenance)
Trip report: 11 divers, 2 dives, all OK, back 13:10
Fast boat 25 min; slow boat 50 min — same price
Seasickness tablets on board, but take them 1 h before leaving
Departure delayed 45 min: engine warning light, mechanic checking
Charter request: 8 people, private boat, full day, 3 dives
Life jackets 20, O2 kit checked, first aid kit checked, radio ch 16 tested
Tuesday 7:45 am — union of both groups on one boat due to low numbers
''')

CATS["instructor_messages"] = block(r'''
Hi all, pool session moved to 19:00 tonight — same pool, lane 4
Great job today everyone! Your mask clearing has really improved 👏
Reminder: bring your logbook & cert card to the boat tomorrow
Please finish chapters 3-5 of the eLearning before Thursday
Theory quiz answers: 1-B, 2-C, 3-A, 4-D (no cheating next time 😉)
Sorry, I'm sick today — Marta will run the class instead
Can you send me your medical form? Question 2 needs a doctor's signature
Don't drink alcohol the night before the deep dives, please
Students: we'll do the CESA at 6 m in the morning, then navigation
Your certification was processed; eCard should arrive within 48 h
I'll be at the shop from 8 am; text me if you're running late
The weather looks bad; we'll decide at 6 am and message you by 6:30
Drop me a line if you want extra pool time — it's free for my students
Remember: plan the dive, dive the plan. Turn pressure 100 bar
Hallo zusammen, morgen treffen wir uns um 8 Uhr im Laden
Bonjour ! Demain, rendez-vous au port à 7h45
Hola, mañana hacemos la inmersión en el pecio si el mar lo permite
明日は8時にショップ集合です。
พรุ่งนี้เจอกันที่ร้าน 8 โมงนะครับ
Besok kumpul jam 8 di toko ya
Всем привет, завтра встречаемся в 8 утра
Just a heads-up: the boat is leaving from pier 2, not pier 3
Can someone pick up Jana at the Hilton? She has no car
Re: your question about SAC rate — divide L/min by (depth/10 + 1)
Please don't select the "skip" option in the app for the quiz — it won't log
Knowledge review for chapter 2 is due; upload at https://learn.divingschool.example/kr2
For the nav exercise: 30 kick cycles out, turn 180°, 30 back
Your buoyancy is spot on; try to keep your legs horizontal & relaxed
Congrats to Priya on her 50th dive!! 🐢
Rescue scenario tomorrow: unresponsive diver at surface — roles rotate
If your ears hurt, stop, go up a little, try again; never force it
Sorry for the late reply — I was out on the boat all day
Can you confirm your shoe size for fins? 38-39 or 40-41?
We'll meet at "Dive Site 3" — the one with the old pier
I'll sign your logbook on Friday; leave it at the counter
Theory tip: Boyle's law — pressure × volume stays constant (P1V1 = P2V2)
Please fill out the review form for Sam; it helps us a lot
We found a pair of Prescription masks (-3.5) in the classroom
Sleep well, eat breakfast, hydrate. See you at 7:30!
Who wants to join the reef clean-up dive on Sunday? Bags provided
Heads up: the car park barrier is broken, park on the street
I've uploaded the photos from today: Photos > 2024 > June > OW class
The skills circuit: fin pivot → hover → remove & replace BCD → done
Nice one Lucas — you've passed your Open Water! 🎉
Next course dates: 3/6, 17/6, 1/7 — tell your friends 😊
Class chat rules: no spam; be nice; dive stuff only
Quick poll: 18:00 or 19:00 for the pool? Reply 1 or 2
Next week I'm teaching in Gozo; Ana covers the Tuesday group
If you're late > 15 min we may have to leave without you
Your nitrox test score: 9/10 — retake not needed
Theory room code for the whiteboard app: ROOM-7741
Friendly reminder — pay the balance before the final dive, ta!
''')

CATS["cert_exports"] = block(r'''
cert_no,first_name,last_name,level,date,instructor
DS-2024-0113,Hannah,O'Neill,Open Water,2024-05-14,KN-123456
DS-2024-0114;Jörg;Müller;Advanced;2024-05-16;PF-998877
DS-2024-0115,"Smith, Jr.",Robert,Rescue,2024-05-20,KN-123456
DS-2024-0116,Aiko,Tanaka,Open Water,2024-06-01,AM-456123
"DS-2024-0117","María José","García López","Nitrox","2024-06-02","LF-112233"
DS-2024-0118<<TAB>>Kwame<<TAB>>Asante<<TAB>>Deep Diver<<TAB>>2024-06-09<<TAB>>KN-123456
DS-2024-0119,Søren,Kierkegaard-Nielsen,Drysuit,2024-06-10,PF-998877
DS-2024-0120,Émilie,Durand,Open Water,2024-06-11,AM-456123
DS-2024-0121,Ahmed,Al-Farsi,Advanced,2024-06-12,KN-123456
DS-2024-0122,李,明,Open Water,2024-06-13,LF-112233
DS-2024-0123,Siriporn,Wongsa,Rescue,2024-06-14,AM-456123
DS-2024-0124,Ivan,Petrov,Wreck,2024-06-15,PF-998877
"DS-2024-0125","D'Arcy","Fitzgerald-Smythe","Open Water","2024-06-16","KN-123456"
cert_no;vorname;nachname;stufe;datum
DS-2024-0126;Ana;Souza;Night Diver;2024-06-17;LF-112233
DS-2024-0127,Liu,Wei,Sidemount,2024-06-18,KN-123456
DS-2024-0128,Niamh,Ní Bhriain,Open Water,2024-06-19,AM-456123
DS-2024-0129,Tomasz,Wójcik,Advanced,2024-06-20,PF-998877
DS-2024-0130,Hiroshi,Sato,Deep Diver,2024-06-21,KN-123456
DS-2024-0131,Olga,Ivanova,EFR,2024-06-22,LF-112233
DS-2024-0132,Chidi,Okafor,Divemaster,2024-06-23,KN-123456
DS-2024-0133,Lucía,Fernández,Open Water (Junior),2024-06-24,AM-456123
DS-2024-0134,Kai,Müller,Bubblemaker (not a cert),2024-06-25,PF-998877
DS-2024-0135,Sarah,"O'Connell",Rescue,2024-06-26,KN-123456
level,count<<LF>>Open Water,42<<LF>>Advanced,18<<LF>>Rescue,7
"notes: passed all skills; retook CESA once",DS-2024-0136
DS-2024-0137,Pita,Tane,Nitrox,2024-06-27,LF-112233,"EAN32, max ppO2 1.4"
DS-2024-0138,Ben,Cohen,Open Water,2024-06-28,AM-456123,"referral from Dive Centre, Eilat"
DS-2024-0139,Yasmin,Haddad,Advanced,2024-06-29,KN-123456,union member discount
DS-2024-0140,Marek,Nowak,Deep Diver,2024-06-30,PF-998877,max 40 m
DS-2024-0141,Fatima,Zahra,Open Water,2024-07-01,KN-123456,
DS-2024-0142,Jan,de Vries,Drysuit,2024-07-02,AM-456123,dry suit in 12°C
DS-2024-0143,Nguyen,Van An,Open Water,2024-07-03,LF-112233,"score 92%"
DS-2024-0144,Emma,Schmidt,Rescue,2024-07-04,KN-123456,EFR valid to 2026-07
DS-2024-0145,Lars,Andersen,Wreck,2024-07-05,PF-998877,penetration: no
DS-2024-0146,Priya,Sharma,Advanced,2024-07-06,AM-456123,"nav, deep, night, wreck, PPB"
DS-2024-0147,Giulia,Rossi,Open Water,2024-07-07,LF-112233,"""Star student"" per instructor"
DS-2024-0148,Mateo,Silva,Nitrox,2024-07-08,KN-123456,price $5 cert fee waived
DS-2024-0149,Ingrid,Berg,Divemaster,2024-07-09,PF-998877,"candidate; 60 dives"
DS-2024-0150,Tane,Walker,Open Water,2024-07-10,KN-123456,eCard sent
DS-2024-0151,Amélie,Laurent,Deep Diver,2024-07-11,AM-456123,"depth 30–40 m"
DS-2024-0152,Jin,Park,Open Water,2024-07-12,LF-112233,"kr/quiz: 45/50"
DS-2024-0153,Aroha,Ngata,Rescue,2024-07-13,KN-123456,
DS-2024-0154,Omar,Khalil,Sidemount,2024-07-14,PF-998877,"2 x 11.1 L alu"
DS-2024-0155,Beatriz,Costa,Open Water,2024-07-15,AM-456123,"paid | receipt #8812"
DS-2024-0156,Finn,MacLeod,Advanced,2024-07-16,LF-112233,"select: nav+deep"
export generated 2024-07-31 23:59 UTC, 156 rows, delimiter ","
Export file: C:\Users\shop\Exports\certs_2024-07.csv
/home/shop/exports/certs_2024-07.csv
''')

CATS["student_profiles"] = block(r'''
Hi! I'm Siobhán, 29, from Cork — just got my OW and I'm hooked
Underwater photographer (Olympus TG-6 + housing); 140 dives
About me: divemaster candidate, love wrecks & cold water
Nickname: Bubbles. Fav site: Blue Hole. Fav fish: frogfish
Cert level: AOW; Nitrox; Deep (40 m). Logged dives: 86
Languages: English, Español, Português, a bit of 日本語
Preferred buddy: anyone who doesn't hog the reef 😂
Bio: retired teacher, started diving at 61 — never too late!
Home dive centre: Coral Bay Divers, Sharm el-Sheikh
Instagram: @bubbles.and.barnacles
Website: https://www.example.org/~jo/dives
Wetsuit size: M/L, 5 mm; fins: 42-43; BCD: M
Emergency contact on file — ask reception if you need it
Je m'appelle Théo, plongeur niveau 2, 60 plongées
Ich tauche seit 2010, hauptsächlich in Seen
Buceo desde hace 5 años, sobre todo en el Mediterráneo
趣味は水中写真です。よろしくお願いします!
ชอบดำน้ำกลางคืนมากครับ
Saya penyelam dari Bali, suka makro
Фридайвер и дайвер, 200 погружений
أحب الغوص في البحر الأحمر
Profile pic: me with a turtle in Apo Island (2023)
Interests: macro, nudibranchs, wrecks; dislikes: strong current
Motto: "Slow is smooth, smooth is fast"
I'm a software dev — yes I wrote a little script to parse my dive computer's CSV
Fav quote: "The sea, once it casts its spell..." — J. Cousteau
Cert: PADI #2104-ABC-77 (Open Water), SSI 9988771 (Nitrox)
Name: Ngozi Adeyemi-O'Hara
Name: Jean-Luc D'Amboise
Name: Ólafur Þórðarson
Name: Zoë Ağaoğlu
Pronouns: they/them
Diving since 1998 && still loving it
Available on weekends; weekdays only after 5 pm
Looking for a buddy for Saturday's wreck dive — 30 m, AOW, Nitrox
Gear: own reg (Apeks), computer (Perdix), rest hired
Ask me about: cave diving, sidemount, DPVs
Dive buddy pref: relaxed, photography-friendly, no chasers
Member since: 2019-03-12 | Dives with us: 34 | Next course: Rescue
Hobbies: drop-in yoga, cooking, union of everything blue 🌊
Occupation: nurse (ICU) — happy to help with the O2 provider course
Blood type: A+ (optional field, for our trip doctor)
Dietary: vegan; allergies: shellfish (ironic, I know)
Looking to select a liveaboard for next year: Red Sea or Komodo?
Home address withheld; city: Leeds, UK
Favourite dive computer setting: GF 40/85
Tattoo of a hammerhead on my ankle, ask me about it
I teach kids swimming on weekends (lifeguard cert)
Student #1142 — graduated OW 2022, AOW 2023
Marine biology MSc (coral bleaching) — happy to give a talk!
''')

CATS["site_searches"] = block(r'''
open water course price
advanced open water weekend
nitrox course near me
dive sites for beginners
wreck dive Thistlegorm
night dive
rental wetsuit sizes
boat schedule saturday
refresher course
how deep can open water divers go
drysuit course winter
kids scuba age
equalization tips
whale shark season
manta cleaning station
"blue hole" dahab
o'neill wetsuit
shark & ray dive
select dive site
union jack wreck
drop off point
sleep before diving
order by date
cheapest course
buceo precio
plongée épave
tauchkurs anfänger
ダイビング ライセンス
ดำน้ำ ราคา
kursus selam
дайвинг курс
course < $300
depth > 30m
nitrox 32% vs 36%
EAN32 MOD
reg service cost
tank hydro test
sidemount vs backmount
SAC rate calculator
rescue diver prerequisites
dive computer Shearwater Perdix
C-card lost replacement
PADI eCard
gift voucher
deep diver 40m
safety stop why
turtle bay
seahorse pier
divemaster internship
learn to dive pregnant
asthma diving
flying after diving 18 hours
diving && snorkelling combo
''')

CATS["newsletters"] = block(r'''
Hi {{first_name}}, your next course starts on {{course_date}} — see you there!
Dear ${name}, thanks for diving with us this season.
🌊 June newsletter: new boat, new sites, and a 10% Nitrox discount
Summer sale — all courses 15% off until 31 August (code: SUMMER15)
Meet our new instructor, Aisha! She speaks English, Arabic & French
**Reef clean-up day** on 14 Sept — bring gloves, we bring bags & cake
## Course calendar<<LF>>- OW: 3 June<<LF>>- AOW: 10 June<<LF>>- Rescue: 17 June
[Book now](https://divingschool.example/book?utm_source=newsletter&utm_medium=email)
Unsubscribe: click here or reply STOP
Hello {{ first_name | default("diver") }}, we miss you underwater!
Photo of the month: a frogfish by our student Jana — wow
Tip of the month: rinse your reg with the dust cap ON
Dive trip to Komodo: 10 nights, 3 places left — details inside
Our boats now run on biodiesel; select trips are carbon neutral
The Dive Club union with the local sailing club is official!
Please don't drop your weights on the boat deck — it hurts the deck (and toes)
Last chance: Black Friday dive bundle — 5 dives for the price of 4
Bulletin d'automne : nouveaux cours de plongée sur épave
Herbst-Newsletter: neue Kurse und Termine
Boletín de otoño: ¡nuevas inmersiones nocturnas!
秋のニュースレター:新しいコースのお知らせ
จดหมายข่าวประจำเดือน: คอร์สใหม่
Buletin bulan ini: kursus baru dan promo
Осенняя рассылка: новые курсы
Temperature check: sea at 24 °C & vis > 20 m this week
Event: "Shark Week" talk, Thursday 19:00, free entry, drinks $5
Your membership renews on {{renewal_date}}; nothing to do if you're on auto-pay
Survey: how did we do? 3 questions, takes 1 min
Congrats to all 37 divers who certified this month 🎉
Gear sale: ex-rental BCDs from €120, regs from €180
New: private pool lessons on Sunday evenings
Reminder — the shop is closed on 25/26 Dec and 1 Jan
Hi ${first_name}, your eLearning expires in 7 days
Join our WhatsApp group for last-minute boat spots
Safety corner: always do a buddy check — BWRAF saves lives
Story: how Tom overcame his fear of mask removal
Watch: our new intro video https://video.example.com/watch?v=dive101
Nitrox FAQ: Does nitrox make you less tired? Maybe; science says "unclear"
Ocean conservation: we donated $2,000 to the marine park
Coming soon: freediving courses — level 1 & 2
P.S. If you can't see this email, view it in your browser
This month's wreck: the Zenobia — 42 m long ferry, sunk 1980
Customer quote: "Best dive school on the island!" — Maria, Spain
Refer a friend and both of you get a free boat dive
We've updated our privacy policy — summary: we still don't sell data
Photo contest rules: 1 entry per person; JPG ≤ 10 MB
Limited spots on the Christmas Eve night dive 🎄
Bonus: the first 10 bookings get a free logbook
Volunteers needed for the Kids' Ocean Day; sign up at the counter
Fish ID evening — learn 50 reef fish in 2 hours
Tide table for October attached (PDF)
Regards,<<LF>>The Dive Team<<LF>>Pier 3, Harbour Road
''')

# one small template per category, filled from hand-written pools
TEMPLATES = {
    "course_bookings": ("{course} for {n} on {date}, name {name}", {
        "course": ["Open Water", "Advanced Open Water", "Rescue Diver", "Nitrox", "Drysuit", "Deep Diver", "Wreck Diver", "Refresher"],
        "n": ["1 person", "2 people", "3 people", "a family of 4"],
        "date": ["3 June", "17 June", "1 July", "15 July", "5 August", "2 September"],
        "name": ["Ó Briain", "Nakamura", "Schäfer", "D'Souza", "Okafor", "Lindqvist"]}),
    "dive_logs": ("{site}: max {d} m, {t} min, vis {v} m, {note}", {
        "site": ["House Reef", "North Wall", "The Arch", "Old Pier", "Wreck Point", "Coral Garden", "Canyon"],
        "d": ["9.8", "12.4", "18.0", "22.7", "27.3", "31.1"],
        "t": ["38", "45", "52", "60"],
        "v": ["5", "12", "20", "30"],
        "note": ["turtle sighted", "strong current", "cold thermocline", "easy dive", "lots of nudibranchs"]}),
    "equipment_servicing": ("{item} — {job}, ticket {ticket}", {
        "item": ["1st stage", "2nd stage", "octo", "BCD", "12 L tank", "drysuit", "computer", "SPG"],
        "job": ["annual service", "o-ring replaced", "leak test OK", "visual inspection", "battery swap", "hose replaced"],
        "ticket": ["S-101", "S-102", "S-117", "S-140", "S-155"]}),
    "medical_forms": ("{q}: {a}", {
        "q": ["Asthma", "Heart disease", "Ear problems", "Recent surgery", "Medication", "Sinus trouble", "Back problems"],
        "a": ["no", "no, never", "yes, cleared by GP 2023", "not sure — will ask my doctor", "only as a child", "none"]}),
    "boat_schedules": ("{day} {time} — {boat} to {site}, {seats} seats", {
        "day": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        "time": ["07:30", "08:00", "10:00", "14:00", "17:45"],
        "boat": ["Manta Queen", "Blue RIB", "Coral Spirit"],
        "site": ["the Arch", "Shark Reef", "the wreck", "Turtle Bay"],
        "seats": ["2", "4", "6", "10"]}),
    "instructor_messages": ("{greet}, {msg} — {sig}", {
        "greet": ["Hi team", "Morning all", "Hey", "Hello divers"],
        "msg": ["bring your logbooks", "meet at the pier at 8", "pool is at 19:00", "quiz is due Friday", "wear sunscreen on the boat"],
        "sig": ["Kenji", "Marta", "Pierre", "Aisha", "Tom"]}),
    "cert_exports": ("DS-2024-{num},{first},{last},{level},2024-08-{day},KN-123456", {
        "num": ["0201", "0202", "0203", "0204", "0205", "0206", "0207", "0208"],
        "first": ["Ana", "Ole", "Mei", "Yusuf", "Chloé"],
        "last": ["O'Hara", "Ferreira", "Kim", "Öztürk", "Bianchi"],
        "level": ["Open Water", "Advanced", "Rescue", "Nitrox"],
        "day": ["01", "08", "15", "22"]}),
    "student_profiles": ("{who}, {level}, {dives} dives, likes {likes}", {
        "who": ["Aoife from Galway", "Jonas from Bergen", "Ayşe from Izmir", "Rafael from Porto", "Mina from Seoul", "Kofi from Accra"],
        "level": ["OW", "AOW", "Rescue", "DM"],
        "dives": ["12", "35", "80", "150"],
        "likes": ["macro", "wrecks", "drift dives", "night dives", "sharks & rays"]}),
    "site_searches": ("{a} {b}", {
        "a": ["course", "boat", "nitrox", "wreck", "night dive", "refresher", "drysuit", "rescue"],
        "b": ["price", "dates", "june", "weekend", "requirements", "near harbour", "beginners"]}),
    "newsletters": ("{head}: {body}", {
        "head": ["News", "This week", "Reminder", "Offer", "Event"],
        "body": ["new boat schedule online", "pool nights every Tuesday", "10% off drysuit course", "reef clean-up Sunday", "photo contest winners", "free air fills for members"]}),
}

ORDER = ["course_bookings", "dive_logs", "equipment_servicing", "medical_forms",
         "boat_schedules", "instructor_messages", "cert_exports", "student_profiles",
         "site_searches", "newsletters"]

PER_CAT = 80


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    for cat in ORDER:
        lits = []
        for v in CATS[cat]:
            if v in seen:
                raise SystemExit("duplicate literal: %r" % v)
            seen.add(v)
            lits.append(v)
        if len(lits) < 50:
            raise SystemExit("%s has only %d literals" % (cat, len(lits)))
        lits = lits[:PER_CAT]
        tpl, pools = TEMPLATES[cat]
        keys = sorted(pools)
        tries = 0
        while len(lits) < PER_CAT:
            tries += 1
            if tries > 100000:
                raise SystemExit("template exhausted for " + cat)
            fill = {k: rng.choice(pools[k]) for k in keys}
            v = tpl.format(**fill)
            if v in seen:
                continue
            seen.add(v)
            lits.append(v)
        for v in lits:
            assert 1 <= len(v) <= 2000, v
            rows.append((cat, v))
    with open(os.path.join(HERE, "benign.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, v) in enumerate(rows, 1):
            obj = {"id": "hbkg-%05d" % i, "category": cat, "label": "benign", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
