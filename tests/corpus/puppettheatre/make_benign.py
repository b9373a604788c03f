#!/usr/bin/env python3
"""Benign corpus for puppettheatre (puppet theatre company app). Stdlib only.
Hand-written literals per category plus ONE small template per category over
hand-written pools. Writes benign.jsonl next to this file."""
import json
import os
import random

SEED = 21801
PREFIX = "hbha"
PER_CAT = 80

# One value per line; "¶" stands for a newline inside a value.
LITERALS = r"""
## show_schedule
The Fox and the Lantern — Sat 14 June, 11:00 & 14:30, Main Stage
Matinée moved to 13:00 because the school bus arrives late
Cancelled: Thursday evening show (puppeteer ill). Refunds via box office.
Pinocchio relaxed performance: house lights at 30%, no sudden bangs, ear defenders at the door
Run: 3–21 July · Tue–Sun · dark Mondays
Sold out
Extra show added Sunday 10:00 due to demand!!
Préstamo del teatro: función en español el sábado a las 12:00
Kasperle-Theater: Vorstellung am 5. Oktober um 15 Uhr, Einlass 14:30
人形劇「つるの恩返し」午後2時開演
Note for FOH: doors 30 min before, latecomers admitted at the scene change (approx. 12 min in)
Drop-in rehearsal 10–12, tech 13–17, dress run 19:00 -- no audience
Union rehearsal rules: max 10h day incl. breaks, so finish by 20:00
Order by date please, the Tuesday shows were listed after Friday
Show length ~55 min, no interval; age 4+
Shadow puppet double bill: "Moon Rabbit" + "The Paper Tiger" (7pm)
Schedule v3 — swapped Wed/Thu at Harbour Hall <- venue request
Friday 19:30 BSL interpreted performance
Sleep scene runs long in preview, trim 2 min before opening
Opening night 12/09 → press night 13/09 → run until 28/09
Family festival slots: 10:30, 12:00, 13:30, 15:00 (each 25 min)
Show at Ravensbrook Library is outdoors; if rain > 60% we move into the hall
Get-in 08:00, show 11:00 & 14:00, get-out by 18:00
School matinée only — not on public sale
Ensemble call 45 min before curtain; puppets preset by ASM
Hamlet for Hand Puppets (16+, contains mild peril and one very dead mouse)
Christmas run: 1 Dec – 4 Jan, two shows daily except 25/26 Dec
Tour week 3: Tue Leeds, Wed–Thu York, Sat Hull
"Little Red" is BACK by popular demand 🐺
Preview 50% off; standard price from 20 Oct
Late show 21:00 adults only (puppet cabaret, strong language)
Can we select a different date for the Year 2 group? The 9th clashes with sports day
Time zone note: streamed show is 19:00 BST = 20:00 CEST = 14:00 EDT
Teatro de títeres «El Gato con Botas», domingo 11:00
Кукольный театр: «Колобок», воскресенье 12:00
Repertoire for spring: Fox & Lantern (x12), Moon Rabbit (x8), The Snow Queen (x10)
Accessible performance: captions on the side screen, touch tour at 10:15
Stage manager's note: show 4 went up 3 mins late, house held for a coach
Tech schedule (draft)¶09:00 focus¶11:00 cue-to-cue act 1¶14:00 cue-to-cue act 2¶17:00 notes¶19:00 dress
Saturday 2pm — 12 seats left
Is the 4pm show the same as the 11am one or a different story?
Workshop then show: 10:00 make-a-sock-puppet, 11:15 performance
Dark day Monday 7th; get-out Tuesday after the evening show
Show starts at 7 & ends about 8.15 — bar open after
Revival cast list goes up Friday; first rehearsal 2 Feb
Morning shows < 60 min; evening shows ≤ 90 min incl. interval
Please don't schedule anything at 12:00–13:00, lunch break for crew
Bunraku-style piece needs three operators per puppet, plan calls accordingly
Summer in the Park: every Wed at 11 & 2, free, bring a blanket
The 3pm slot is the drop-off session for under-5s with a grown-up
Show dates 2025-06-14 / 2025-06-15 / 2025-06-21
Chinese shadow theatre 皮影戏 guest company, one night only
Théâtre de marionnettes : « Le Petit Prince », mercredi 15 h
Final performance — strike immediately after, pizza in the green room
## build_notes
Fox head: carve from basswood, 2mm relief cuts around the eyes so the lids move freely
Use 0.5mm fishing line for the jaw, not the 0.3 — it snapped twice in tech
Marionette control: airplane style, 9 strings, head strings to the bar ends
Drop the crow from the fly bar only after the cue light, otherwise it swings into the flat
Foam latex skin cured at 90°C for 3h; paint with Pros-Aide + acrylic mix 1:1
Eyes: 18mm glass, dark amber; order 4 pairs (spares!)
Rod puppet hands need a wire armature, 14 gauge, wrapped in bandage tape
Hinge on the mouth plate is loose — glue & pin, then let it set overnight
Materials list: | item | qty | cost |¶| plywood 6mm | 2 sheets | £34 |¶| EVA foam 10mm | 3 | £27 |¶| faux fur | 1m | £18 |
Hair: wool roving, needle-felted into the scalp, then trimmed & steamed
Mechanism for blinking: lever → pull cord → spring return
Weight of Grandma puppet 2.4 kg > our 2 kg target; hollow out the torso
Shadow puppets: 0.5mm acetate, cut with a scalpel, joints with brass split pins
Union of the two halves of the head is visible; sand & fill with Milliput
Select a softer foam for the cheeks so the smile squashes
Sleep eyes mechanism from an old doll — weighted lids, works in any position
Paint recipe: 2 parts burnt umber, 1 part ochre, a touch of white -- test on scrap first
The dragon's tail: 7 segments, each 12cm, joined with webbing strap
Rig note: the Moon needs a 3:1 pulley so one operator can raise it
Clean brushes with white spirit; don't pour it down the sink
Patterns saved to Builds/2025/Fox/fox_head_pattern_v4.pdf
Spare parts for tour are in ../Tour Box 3/labelled bags
Template is at C:\Users\mira\Documents\Puppets\owl_wing.svg
The mouth opening is ~40° max — more and the fabric tears at the corners
Mark the ears L/R; last time they were swapped & the fox looked surprised
Stitch the glove with 3mm seam allowance, back-stitch at stress points
Use hot glue for tests only; for the final use contact adhesive (ventilate!)
Drill 4x 3mm holes for the control rods & countersink
Puppet size: Hansel 45cm, Gretel 42cm, Witch 70cm (with hat)
Bird wings flap via a bicycle brake cable; cable run through the body in PTFE tube
Kitsune mask: paulownia wood, gofun paint (shell white) in 10 thin layers
Marionnette à fils : fixer le contrôle à la tête avec un nœud de cabestan
Klappmaulpuppe: Mundplatte aus 3mm Karton, mit Stoff bezogen
Reminder: the <Witch> puppet label on the crate is wrong, it's the Grandmother
Build log 14/03: torso done, arms 50%, head waiting on resin
Don't drop the glass eyes in the sink drain again!!
Tested the jaw 200 times, no wear on the hinge
Rod length for the heron: 110cm from grip to head, carbon fibre
Colour palette: #2E4A62 coat, #D98E04 scarf, #F2E8CF face
Costume for the Mouse King: velvet, gold braid, 7 tiny crowns
Glove puppet fingers: index → head, thumb + middle → arms
Upgrade: swap the nylon strings for braided Dyneema, far less stretch
Shadow screen: 3m x 2m, ripstop nylon, LED backlight at 5600K
Eye direction is everything — angle eyes 5° inward so the gaze meets the audience
Check grain direction before cutting the fingers, or they split
Puppet weighs 800g; operator's wrist OK for a 20 min scene
Moon Rabbit ears: wire inside felt so they can droop on cue
If the head's too heavy, add a counterweight in the chest (fishing weights)
Photo of the finished owl: https://photos.example.org/lanternfold/owl-final.jpg
Pull string 3 has a knot that catches on the control, re-tie
Big-head puppet: backpack frame + foam, operator sees through the mesh in the neck
Dye the muslin with tea for the aged look
Toolkit: scalpel, awl, pliers, hot glue gun, sandpaper 120/240/400
Bunraku doll's head (kashira) has a toggle for the eyebrows
## touring_logistics
Van: Transit LWB, reg on the booking sheet; max load 1,200kg
Get-in at Harbour Hall via the rear dock, ring the stage door bell 3 times
Hotel: 4 twin rooms, 2 singles, check-in after 3pm. Breakfast from 7.
Ferry Holyhead → Dublin 08:10, arrive 11:25, foot passengers + van
Per diems £30/day; receipts to finance@lanternfold.example.org
Customs: ATA carnet for all puppets, list each one with value in €
Venue tech spec says 32A single phase; our dimmers need 63A — ask about a tail
Drive time Bristol → Cardiff 1h10 without traffic
Load-out order: flats, set truck, puppet crates (fragile), lighting, costumes last
Parking permit for the van sent to the box office; display on dashboard
The Gretel crate needs to travel upright -> arrows on all sides
Route: M5 → M50 → A40, fuel stop at Ross
Tour pack: tech rider, stage plot, hospitality rider, risk assessment
Hospitality: water, tea, fruit; one vegan, one gluten-free, no nuts please
Stage size minimum 6m x 5m, 4m clear height for the moon rig
Freight forwarder quote: €2,300 for Rotterdam → Gothenburg incl. insurance
Flight booked: LHR–KEF 12 Nov, 2 checked bags each, puppets as oversized baggage
Who has the key to storage unit 17? & the padlock code?
Keep receipts in the envelope; scan them to /Shared/Tour 2025/Receipts/
Tour dates: 3/4 Leeds | 6/4 York | 8–9/4 Hull | 11/4 Durham
Venue contact: Sam O'Brien, technical manager, 07700 900123
The dock is 1.1m high, so bring the ramp — no lift at this venue
Load-in window 9:00–11:00 then they have a wedding fair
Overnight at the Premier Inn, then 6am start to Glasgow
Insurance cert runs to 31 March; renew before the Irish leg
Mileage log: 412 miles this week, claim at 45p/mile
Transport for the big dragon: roof box won't fit, hire a Luton
Vi ankommer till Malmö kl. 16; scenen är ledig från 17
Ankunft in Wien Mittwoch, Aufbau Donnerstag 8 Uhr
Crew: Mira (SM), Jonah (LX), Priya & Tom (puppeteers), Ade (driver)
Rain plan for outdoor shows: gazebo + ground sheets + the spare tarp
Venue wi-fi SSID "Theatre-Guest", password on the green room board
Petrol card PIN is with the company manager, not in this chat please
Return route via Stranraer if the Cairnryan ferry is cancelled
Is there a lift to the stage or is it stairs? Crates are 60kg each
Flat-pack set pieces fit the van only if we drop the back seats
Tech rider v5: 12 profiles, 8 PARs, DMX 512, haze allowed (water based)
Accommodation sheet (tab 'Hotels') updated with the Galway B&B
Dock height, door width (min 1.2m), parking: confirm by Friday
Bag limits 23kg each — weigh the puppet cases before leaving
Arrive venue 10:00 → set 10:00–12:30 → lunch → show 14:00 → get-out 15:30
Venue asked us to sign the fire sheet; all drapes are IFR-treated, certs attached
Taxi from station to venue ~£12, book via the venue's preferred firm
The Leeds show has a 200-seat house; York is 350
Spare fuses (5A, 13A) & gaffer tape in the LX box
Driver hours: no more than 9h driving, 45 min break after 4.5h
Ferry booking ref HB-44391, cabin not needed
Festival village parking is along the canal, follow signs for "Artists"
Storage: puppets return to the Unit on 2 May; lock with the blue padlock
Need a union-compliant rest day after 6 consecutive show days
Book the sleeper for the Inverness leg? Cheaper than 2 hotel nights
Dublin venue uses 16A Ceeform; we need adaptors
Trip to Kraków: 2 days drive, overnight in Dortmund
Airport: check oversized items at desk 12, 2h before
## workshop_bookings
Hi, I'd like to book the shadow puppet workshop for Year 3 (28 children) on 12 March please
Could we have the sock puppet session for a SEN group? 8 pupils, 4 TAs
Booking for St Mary's Primary: 2 classes, 60 kids, morning slot if possible
We need to know if materials are included in the £6 per child price
Our school's order number is PO-2025-0417; invoice to accounts@stmarys-primary.example.org
Do you do workshops for adults? Our book club wants to try marionettes
Please select the 1h version, the kids can't focus longer than that
Can the workshop run in our hall? It's 12m x 8m with a small stage
Allergy info: one child allergic to latex, so no balloons or latex glue
We'd like to cancel our booking on the 4th — can we move to the 18th instead?
Workshop feedback: the children LOVED making the shadow dragons 🐉
Number of participants: 24 (max 30?)
Teacher contact: Mrs. O'Connell, 01632 960 555, best after 3:15
Home-ed group, ages 5–11, about 15 kids, siblings together
Can parents stay? Some of the little ones get anxious
Lesson link: our topic this term is "Fairy tales from around the world"
Looking for a puppet-making day for our summer camp, 5 days × 2h
Is there wheelchair access to your studio? One pupil uses a powerchair
Booking form says "drop-off session" — does that mean parents leave?
Kindly confirm booking #WS-2231 for Thursday 9:30 at Lindenfield Academy
Do you need a DBS check copy from us or do your leaders have their own?
Our budget is < £300; could you do a half day?
The kids will be making rod puppets — please bring enough rods for 32
Hola, somos una escuela bilingüe; ¿el taller puede ser en español?
Bonjour, nous aimerions réserver l'atelier marionnettes pour 25 enfants (CE2)
Wir möchten einen Workshop für unsere Kita buchen, 12 Kinder, 4–6 Jahre
幼稚園の影絵ワークショップを予約したいです。園児20名です。
Safeguarding: photos OK for all except 3 children (list attached)
Could the workshop link to our science unit on light & shadows?
We'll need the room set up by 9:00; the caretaker opens at 8:30
Please invoice after the session, our finance office is slow ^^
Number of adults attending: 4 (2 teachers, 2 parent helpers)
Can you bring the big fox puppet so the kids can see a "real" one?
Re: workshop on Friday — the hall is double-booked, can we use the library?
Half the class is doing the sleepover trip, so numbers drop to 14
Which age is the marionette workshop suitable for? 8+?
Our school's address: 14 Elm Road, Ashby, AB1 2CD
Year 6 want to write & perform their own puppet play, can you help?
Scout group booking: 18 cubs, Wednesday evening 6.30–8
Do you offer a discount for two sessions on the same day?
We had a drop in numbers; final count 21 not 27
Please bring glue guns only if supervised, our policy forbids them for under-8s
Workshop plan: 10 min story → 30 min make → 15 min rehearse → 5 min show
The teacher asks whether the puppets go home with the kids (yes please!)
Our hall has no blackout — is a shadow workshop still possible?
Booking request: nursery group, 10 toddlers + carers, sensory puppets
Can you send the risk assessment before the trip? Head teacher needs it
Booking for the library's half-term event: 3 sessions of 20 kids
Our pupil with autism may need a quiet corner; is that okay?
Could you do the "make a marionette" workshop online via Zoom?
Preferred dates: 3, 10 or 17 Feb (any is fine)
Sorry for the late reply — yes, we're confirmed for 25 children
We would like the workshop to end with a short show for parents at 3pm
Hi! Is the £120 flat fee for up to 30 kids, or per class?
Thanks, the session was brilliant, Year 2 are still talking about it
## box_office
Hi, I bought 4 tickets for Saturday 11am but my daughter is ill, can I swap to Sunday?
Order #BO-558213 — I never got the confirmation email
Please can I have an aisle seat? My dad uses a walking stick
Do under-2s need a ticket? She'll sit on my lap
Can I pay at the door or is it card only?
I was charged twice (£24 + £24) for the same booking!!
Group booking: 15 children + 3 adults for the Fox & Lantern, 14 June
We're a family of 5 — is there a family ticket?
Is the show suitable for a 3 year old? She's scared of the dark
I've lost my e-ticket, my email is jo.mcallister@example.com
Can the refund go to a different card? The old one's expired
Gift voucher code not working: GIFT-7Q4L-2025
Is there parking near the theatre? And is it free on Sundays?
How long is the show? Need to plan around nap time 😅
Please cancel booking BO-44120, we can't make it. Thanks
Your site says "sold out" but my friend just got tickets?
Is there a relaxed performance of Pinocchio? My son is autistic
Can I bring a pushchair in? Or is there somewhere to leave it?
Do you have booster seats for little ones?
Looking to book the whole front row for a birthday party (10 kids)
Accessibility: companion ticket for a wheelchair user — how do I request?
Tickets are £8 / £6 concessions; is a student card a concession?
Hello, can I order by phone? The site keeps timing out
Is the 2pm show in English or in Welsh?
I'd like to donate to the theatre along with my ticket, is that possible?
We arrived late & were not let in until scene 2, is that normal?
Could you resend the tickets to m.fernandes@correo.example.es please
Bonjour, est-ce que le spectacle convient à un enfant de 4 ans ?
Hallo, gibt es Ermäßigung für Familien mit drei Kindern?
¿Hay descuento para grupos escolares?
予約番号 BO-77102 の時間を変更できますか？
Why was there a £1.50 booking fee? It wasn't mentioned before checkout
My membership number is 00481 but the discount didn't apply
The seat map shows row A as "restricted view" — why?
Can I upgrade my tickets to the puppet meet & greet after the show?
Please add a note: my son has a nut allergy, no snacks near him
Booking for our nursery: 12 kids, 4 staff, Thursday 10:30
Is there a changing table in the toilets?
Refund request — the show was cancelled on 3rd (order BO-61277)
Do you sell programmes? My kids want one signed by the puppeteers
How do I select seats together? It keeps splitting us up
I typed my email wrong: jon.smith@exmaple.com should be jon.smith@example.com
Are tickets for the outdoor show refundable if it rains?
Exchange 2 adult tickets for 1 adult + 2 child please; difference £4?
Ticket says door B — where's that?
Thank you! The show was magical, my twins haven't stopped talking about the fox
Is the theatre hearing-loop equipped?
Family of 4 booked row F seats 7–10; can we move to row C?
The payment page said "error 502" but the money left my account
Can I reserve and pay later? Waiting for payday on the 28th
Are the Christmas shows on sale yet?
Do babies need ear defenders? It was loud last time
Price check: adult £12, child £8, family (2+2) £34 — is that right?
We'd like to buy tickets as a gift — can I print a nice voucher?
Can the school invoice us instead of paying online? PO to follow
Do you have a wheelchair space for the 11am on Saturday?
## search_queries
fox and the lantern
marionette workshop near me
shadow puppets for kids
relaxed performance
puppet show saturday
pinocchio tickets
snow queen 2025
moon rabbit
"the paper tiger" review
bunraku
school workshops year 3
tickets under £10
gift voucher
hand puppet vs glove puppet
how to make a sock puppet
punch and judy history
kasperle
títeres
marionnettes
人形劇
кукольный театр
best puppet shows for 3 year olds
shows in June
christmas show dates
accessible performance captions
puppet theatre jobs
volunteer front of house
how to select a puppet for storytelling
union square puppet festival
drop-in sessions
sleep-over puppet night
shadow theatre light & shadow science
order by phone
fox OR owl
puppets -costume
what time does the show end
company history 1987
rod puppets "big head"
touring schedule 2025
press pack
DBS check workshop leaders
birthday party puppet show price
c++ for puppetry robotics
Muppets vs marionettes
puppeteer salary
The Witch's house set design
gretel puppet
bring your own puppet day
wheelchair access
lost property
parking near harbour hall
are dogs allowed
late show adults
hamlet hand puppets
## people_profiles
Mira Okonkwo-Hale — stage manager & puppet wrangler since 2016
Jonah D'Souza, lighting designer. Likes: gobos, tea, cats.
Priya Raman (she/her), puppeteer. Trained at the Bunraku summer school in Osaka.
Tom O'Reilly
Ade Bankole
Siân ap Rhys — Welsh-language outreach
Łukasz Wiśniewski, builder / carpenter
Zoë Château-Lebrun
Björn Ångström
Niamh Ní Bhriain
José María Núñez
田中 花子
Анна Кузнецова
Fatima Al-Zahra
María-Luisa D'Angelo
François L'Écuyer
Dr. Helen Marsh-Olsen, board chair
Ollie "Two Hands" Grant — comedian, glove puppet specialist
Keisha O'Neal-Brown (director, she/they)
Bio: Rosa started as an usher and now runs the whole education programme.
About me: I build marionettes out of scrap wood & old jumpers. 20 years at it!
Contact: mira.hale@lanternfold.example.org
Portfolio: https://www.example.org/~priya/portfolio
Instagram: @foxandlantern_puppets
Puppeteer, voice artist, part-time beekeeper 🐝
Specialities: shadow puppetry; rod & table-top; object theatre
Languages: English, Welsh, some Polish
Pronouns: he/him
Emergency contact: Sarah (partner) 07700 900456
Role: Company Manager | Joined: 2019 | Team: Touring
Name displayed on programme: "Sam O'Brien-Walsh" (please include the hyphen)
Previously: Little Angel Theatre (assistant), Norwich Puppet Theatre (builder)
Bio (short): Jonah lights tiny stages. Bio (long): see website.
Education: BA Puppetry, Royal Central School of Speech & Drama (2014)
Allergies: penicillin
Dietary: vegetarian, no mushrooms please
Skills: carving, sewing, welding (basic), driving (C1 licence)
T-shirt size: M
Head of Build <- replace "Lead Builder" on the staff page
Mira & Jonah — joint credit for the Moon Rabbit design
Union member (Equity) #123456
Availability: weekends only in term time
Ana-Sofía Gutiérrez — workshop leader (español / English)
Hamid Rezaei, composer
Chloé O'Sullivan — assistant stage manager
Yuki Sato 佐藤由紀 — shadow puppetry guest artist
Olamide "Ola" Adeyemi
Grzegorz Brzęczyszczykiewicz
Aoife McCarthy
Nguyễn Thị Lan
Ingrid Själander
Dave 'the Rigger' Morris
## reviews_feedback
Absolutely magical. My 4 year old cried when the fox said goodbye (in a good way).
The puppets were stunning but the show was a bit long for under-5s.
★★★★★ Best Saturday morning we've had in ages
Brilliant — the shadow dragon scene got a huge "ooooh" from the whole audience
Loved it! Though the seats in row A are really close to the stage.
5/5. The moment the moon rose was breathtaking.
Ok show, but the sound was too loud for my sensory-sensitive son :(
Stunning puppetry; the three operators moving the old woman were invisible after a minute.
The witch was SCARY — my daughter hid behind me, then asked to see it again lol
Would it be possible to have a shorter version for toddlers?
Great value at £8, the workshop afterwards was a lovely bonus
Not as good as last year's Snow Queen, but still charming
Lighting was gorgeous; the blue → amber sunrise gave me goosebumps
Staff were so kind when my son had a meltdown, thank you
"Magical" is an overused word but there's no other one for this
Four stars: wonderful puppets, slightly muddled plot in the middle
The sleep scene dragged, kids got fidgety -- otherwise perfect
I'd drop the interval, the little ones lose the thread
Hands down the best puppet show in the region
Could you put the running time on the website? We had to leave before the end
Wunderschön! Die Figuren waren unglaublich detailliert.
¡Precioso! A mis hijos les encantó el zorro.
Magnifique spectacle, bravo aux marionnettistes !
とても素敵な舞台でした。子どもたちも大喜びです。
Очень понравилось, спасибо!
The union of music & puppetry here is something special
Loved the "select your own ending" bit where the kids voted
Not for us — too dark for a 3yo, maybe label it 5+?
The cafe was overwhelmed after the show, maybe more staff?
As a puppeteer myself: the control work on the heron is <chef's kiss>
Sound cue 14 was early on Sunday; the fox opened its mouth after the line
Rating: 9/10 -> would be 10 with better signage to the toilets
Hamlet for Hand Puppets = the funniest 70 minutes I've had this year
The school trip was a success, thank you from all of Year 2!
Good show but cold auditorium, bring layers
The ending where the lantern goes out... wow.
Our grandchildren (2 & 6) both loved it, which is rare!
I think the sign language interpreter should be lit better
Captions were out of sync for the first 5 min
Booking was easy, show was great, parking was a nightmare
What was the music in the final scene? It's stuck in my head
My kid now wants to be a puppeteer & has turned every sock into a fox
Perfect length, about 50 minutes; right for our 4yo
Did anyone else notice the mouse stealing the cheese in the background? Genius
Review for the local paper: "a gem of a show that treats children as real audience members"
The rain drop sound effect made everyone look at the ceiling haha
I'll be honest, I came for my kids and stayed for me
Would love a behind-the-scenes tour of the puppet workshop!
Tickets sold out fast — add more shows please!
Lovely, but the hard seats aren't great for a 90-min show
Comment on the programme: typo on p.3, "puppeter" should be "puppeteer"
Beautiful, gentle, funny. Go.
## settings_imports
timezone=Europe/London
locale: en-GB
email_template_subject: Your tickets for {{show_title}} on {{show_date}}
Hi {{first_name}}, thanks for booking! Doors open at {{doors_time}}.
reminder_text: See you at ${venue_name} — please arrive 15 min early
date_format=DD/MM/YYYY
currency: GBP (£)
show_id,title,date,time,venue¶101,The Fox and the Lantern,2025-06-14,11:00,Main Stage¶102,Moon Rabbit,2025-06-15,14:30,Studio
name;email;role¶Mira Hale;mira.hale@lanternfold.example.org;SM¶Jonah D'Souza;jonah@lanternfold.example.org;LX
export_path: /home/boxoffice/exports/2025-06/
backup folder: D:\Theatre\Backups\BoxOffice\
import file: ../exports/workshops_spring.csv
seat_map_file=seatmaps/main_stage_v2.json
ticket_footer: "No refunds within 24h of the performance — except cancelled shows"
notifications: email=on, sms=off, push=off
default_sort: order by date ascending
webhook_url: https://hooks.example.org/lanternfold/bookings
calendar feed: https://calendar.example.org/ical/lanternfold-shows.ics
max_group_size = 35
booking_fee_percent = 2.5
accessibility_note: Relaxed performance — lights up, sound down, leave & return freely
workshop_price_tiers: 1-15 => £90, 16-30 => £120, >30 => quote
sms_sender_id: PUPPETS
{"show": "Fox & Lantern", "capacity": 180, "relaxed": true}
footer_html_allowed: false
signature: -- ¶Mira Okonkwo-Hale¶Stage Manager, Lanternfold Puppet Co.
homepage banner: Christmas shows ON SALE NOW → book early!
theme_colour=#2E4A62
label printer: Zebra ZD421 @ boxoffice-pc
refund_policy_url=https://www.example.org/lanternfold/refunds
language_options: en, cy, fr, es
venue import: Harbour Hall | 350 seats | step-free | hearing loop
seat_blocks: A1-A10 (restricted), B1-B12, C1-C14
export columns: booking_ref, name, email, seats, total
cron note (for IT): nightly export runs at 02:00, don't schedule backups then
Sync with Google Sheets: "Tour 2025" tab "Dates"
Email filter: subject contains "booking" AND from *@schools.example.org
password policy: min 12 chars, one number
auto_reply: Thanks for your message! We reply within 2 working days. — Box Office
maintenance_window: Sun 23:00–Mon 01:00 (UTC)
print_layout: A4, 2 tickets per page, QR bottom-right
concession_types: child, student, 65+, carer (free)
uploads_dir=/var/lanternfold/uploads/puppet-photos
merge field reminder: use {{ticket_count}} not {ticket_count}
Greeting (Welsh): Croeso, {{first_name}}!
CSV delimiter: ; (semicolon) because titles contain commas
logo: assets/img/lantern-logo@2x.png
session timeout 30 min
show_codes = FOX25, MOON25, SNOWQ25, HAMLET25
Rows 1-3 are header rows, skip on import
Venue list import: see attached venues.xlsx (sheet 2)
quiet_hours: 21:00-08:00 for SMS
## crew_chat
morning all, van's loaded, leaving 8:15 sharp
who took the gaffer tape?? 😤
Fox's jaw string snapped again, fixing it in the green room
running 10 min late, traffic on the M4
can someone grab the spare lantern from the LX box
drop the house lights on my cue, not before pls
lol the crow just fell off the fly bar in the warm-up
Q: are we doing the relaxed version at 11 or 2?
yes — 11 is relaxed, 2 is standard
ok cool
brb getting coffee ☕
sleep deprivation is real, 3 shows today
Jonah: LX fault on channel 14, swapping the lamp
union break at 13:00 everyone, that's non-negotiable
lunch order: 3x falafel wrap, 1x soup, 2x cheese toastie
Priya's not well; Tom covers Gretel, I'll do the cat
select the green scarf, not the red one, for act 2 — continuity
did anyone see where I left my scalpel? it's in a red sheath
get-out done in 1h40, new record 🎉
the school group is 45 min early... can FOH open the foyer?
FYI the fire exit by the stage door is blocked by the crates, moving them now
note for tomorrow: check the moon pulley, it squeaked
who's driving back? I can do Leeds → Sheffield
van keys on the hook by the door
tonight's house: 182 / 200, nice
merch sold out of fox badges again
sound desk laptop says update needed -- NOT NOW lol
Mira: "places please" in 5
remember to sign out on the sheet
photo from tonight: https://photos.example.org/share/abc123
whoever left a puppet hand in the fridge, why
The kid in row B asked if the fox was real & I said yes
can we do notes at 17:30? then break till 18:45
sorry, mic 3 is dead, battery swap
dressing room 2 has no heating, use room 3
is the warm-up at 10 or 10:30?
10:30
Tom & Priya — swap tracks for scene 5 tomorrow
wooo sold out Saturday!!
forgot my lanyard, can someone let me in at stage door
the owl's left wing is hanging, grab the pliers
good show everyone ❤️
Ade's parked in the dock, need to move before the delivery at 3
ferry delayed 2h, we'll miss the get-in window, calling the venue
Wi-Fi pw is on the board in the green room
Kettle's broken again -_-
tech run in 10, everyone to stage
left my charger in York 🙃
merci pour hier soir, c'était génial
ok see you all at 9 tomorrow
"""

# ONE template per category over hand-written pools.
POOLS = {
    "show_schedule": (
        "{show} — {day} {time}, {venue}",
        {"show": ["The Fox and the Lantern", "Moon Rabbit", "The Snow Queen", "Pinocchio",
                  "Hamlet for Hand Puppets", "The Paper Tiger", "Little Red"],
         "day": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
         "time": ["10:00", "11:00", "13:30", "14:30", "16:00", "19:00"],
         "venue": ["Main Stage", "Studio", "Harbour Hall", "Ravensbrook Library", "the Park bandstand"]}),
    "build_notes": (
        "{puppet}: {task} ({who}, {when})",
        {"puppet": ["Fox", "Owl", "Heron", "Grandma", "Witch", "Moon Rabbit", "Dragon", "Crow"],
         "task": ["re-string the control", "repaint the face", "new eyes", "fix jaw hinge",
                  "replace wig", "sand & varnish rod", "stitch torn glove", "adjust counterweight"],
         "who": ["Łukasz", "Mira", "Priya", "Tom"],
         "when": ["today", "before tech", "by Friday", "after the run"]}),
    "touring_logistics": (
        "{date}: {origin} → {dest}, {mode}, {note}",
        {"date": ["3/4", "6/4", "8/4", "11/4", "14/4", "17/4"],
         "origin": ["Bristol", "Leeds", "York", "Hull", "Cardiff", "Dublin"],
         "dest": ["Durham", "Glasgow", "Galway", "Norwich", "Exeter", "Malmö"],
         "mode": ["van", "van + ferry", "train (crew) + van (set)", "hired Luton"],
         "note": ["get-in 9am", "hotel booked", "dock at rear", "parking permit needed", "no lift, stairs"]}),
    "workshop_bookings": (
        "Booking request: {kind} for {n} pupils ({year}) on {date}, {slot}",
        {"kind": ["shadow puppet workshop", "sock puppet session", "marionette taster", "rod puppet day"],
         "n": ["12", "18", "24", "28", "30", "56"],
         "year": ["Reception", "Year 1", "Year 3", "Year 5", "mixed ages"],
         "date": ["4 March", "12 March", "2 April", "14 May", "9 June"],
         "slot": ["morning", "afternoon", "all day"]}),
    "box_office": (
        "Hi, can I {ask} for {show} on {day}? Order {ref}",
        {"ask": ["swap my tickets", "add 2 child tickets", "get a refund", "change seats",
                 "book a wheelchair space"],
         "show": ["Fox & Lantern", "Moon Rabbit", "the Snow Queen", "Pinocchio"],
         "day": ["Saturday", "Sunday", "the 14th", "Friday evening"],
         "ref": ["BO-55120", "BO-60213", "BO-71002", "BO-48830", "BO-39912"]}),
    "search_queries": (
        "{a} {b}",
        {"a": ["puppet", "shadow", "marionette", "fox", "moon rabbit", "workshop", "tickets"],
         "b": ["show", "times", "june", "for toddlers", "review", "price", "near york", "relaxed"]}),
    "people_profiles": (
        "{first} {last}, {role}",
        {"first": ["Aisling", "Kwame", "Sofía", "Henrik", "Mei", "Rhys", "Olga", "Tariq"],
         "last": ["O'Dowd", "Mensah", "Ibáñez", "Lindqvist", "Chen", "Pritchard", "Volkova", "Hussain"],
         "role": ["puppeteer", "builder", "workshop leader", "FOH manager", "sound designer", "usher"]}),
    "reviews_feedback": (
        "{stars} {opening} {detail}",
        {"stars": ["★★★★★", "★★★★☆", "5/5", "4/5", "10/10"],
         "opening": ["Loved it.", "Wonderful show.", "Great morning out.", "So clever."],
         "detail": ["The fox stole the show.", "Kids were spellbound.", "The music was beautiful.",
                    "Puppetry was flawless.", "A bit long for our 3yo.", "Staff were lovely."]}),
    "settings_imports": (
        "{key}={value}",
        {"key": ["reminder_hours", "max_tickets_per_order", "waitlist_enabled", "default_venue",
                 "receipt_language", "seat_hold_minutes"],
         "value": ["24", "10", "true", "Main Stage", "cy", "15", "false", "en-GB"]}),
    "crew_chat": (
        "{who}: {msg}",
        {"who": ["Mira", "Jonah", "Priya", "Tom", "Ade", "Łukasz"],
         "msg": ["on my way", "5 min", "van's here", "need a hand with the crates",
                 "found it!", "places in 10", "coffee anyone?", "all set on stage"]}),
}


def parse_literals(text):
    cats, cur = {}, None
    for line in text.split("\n"):
        if line.startswith("## "):
            cur = line[3:].strip()
            cats[cur] = []
        elif line.strip() and cur:
            cats[cur].append(line.replace("¶", "\n"))
    return cats


def main():
    rng = random.Random(SEED)
    lits = parse_literals(LITERALS)
    rows = []
    n = 0
    for cat in sorted(POOLS):
        vals = list(dict.fromkeys(lits[cat]))
        assert len(vals) >= 50, (cat, len(vals))
        tmpl, pool = POOLS[cat]
        seen = set(vals)
        tries = 0
        while len(vals) < PER_CAT:
            tries += 1
            assert tries < 10000, cat
            v = tmpl.format(**{k: rng.choice(pool[k]) for k in sorted(pool)})
            if v not in seen:
                seen.add(v)
                vals.append(v)
        vals = vals[:PER_CAT]
        for v in vals:
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": cat,
                         "label": "benign", "value": v})
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "benign.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
