#!/usr/bin/env python3
"""Benign corpus for the allotments theme (allotment society app).

Standard library only. Hand-written literals per category (one per line in the
blocks below; the markers U+240A and U+228A stand for a newline) plus ONE small template per
category over hand-written pools, filled with random.Random(SEED).
"""
import json
import os
import random

SEED = 22901
PREFIX = "hbhl"
PER_CAT = 80

NL = "\u240a"  # newline marker inside the literal blocks

LITERALS = {}

LITERALS["inspection_notes"] = r'''
Plot 14B – well kept, onions weeded, shed roof needs new felt before winter.
Plot 7: overgrown. Brambles along the north edge >1 m. First letter sent 12/05.
Half plot 22a looks lovely, courgettes everywhere 🥒
No cultivation visible on plot 31 since March; second notice due.
Glass panes stacked by the path on 9 – safety hazard, please move them.
Plot 3 — bonfire ash pile too close to neighbour's fence (approx. 30cm).
Tenant says she's been ill; agreed extension to 1st July → re-inspect then.
Carpet used as mulch on plot 18 – not allowed under rule 6(c), asked to remove.
Excellent! Best kept plot this round. Nominate for the Summer Shield?
Plot 40: ~60% cultivated, rest under weed-suppressant membrane. Acceptable.
Water butt on 12 has no lid — mosquito larvae + child safety risk.
Mare's tail spreading from 27 into 28; advise both tenants.
Hosepipe left running overnight at trough C (near 19/20). Reminded tenant.
Re-inspection 2024-08-14: plot 7 now cleared, well done. Close the case.
Shed on 16 is bigger than 8'x6' allowed; no permission on file. Ask committee.
"Ornamental" bed on 5 takes up >25% of plot – rule says max 25%, borderline.
Rats seen near compost bays on 33/34. Pest control booked, tenants told to cover food waste.
Plot 11 – fruit cage collapsed after the storm, netting over the path.
Tidy, though the polytunnel frame is rusting. Ok for now.
Plot 2: padlock on gate broken, tenant aware.
Inspection walk: 7 good, 3 fair, 2 poor (7, 31). Photos in the shared folder.
Drop the warning on plot 29 — tenant had a hip operation, we've agreed a buddy.
Plot 21 tenant wants to select a smaller half plot instead; note for waiting list.
Plot 8: asbestos sheet (?) behind shed. Do NOT touch; council informed.
Potatoes showing blight on 13, 14 and 15. Advise burning haulm, not composting.
Paths between 24 & 25 are <45cm, wheelbarrow can't pass. Ask both to trim.
Very weedy but clearly being worked – give a "friendly nudge", not a notice.
Plot 36 → new tenant (Mr Ó Briain) from 01/04; starter pack given.
Bees: hive on 42 registered with BeeBase, swarm plan on file. No issues.
Tyres stacked on 17 (x6). Ask to remove by end of month; council fee otherwise.
Rhubarb bolting on 6, otherwise fine 👍
Plot 19: sunflowers 3m+ – lovely. Nothing to report.
Plot 30 notes: order by priority → 1) clear bindweed 2) repair path 3) sort shed.
Frost damage on 1–4 (early spuds). Nothing tenants could do.
Rubbish bags left by the main gate again; not sure whose. Check CCTV? (we don't have any lol)
Plot 23 chicken run: 4 hens, rules allow max 6, no cockerel. OK.
Neglected for 2 seasons. Recommend termination per clause 9 – committee decision on 3rd.
Dug over, manured, covered for winter. Model plot.
Trees on 44 >2.5m, shading 45. Ask for pruning in Jan.
Plot 10's tenant uses a strimmer at 7am on Sundays, complaints from 11 & 12.
Plot 35: tenant writes "can't afford the water charge this year"; flagged to treasurer confidentially.
Inspected in rain; couldn't see much on 39. Revisit.
Half plot 26b vacant, cleared, ready to let.
Raised beds on 50 (accessible plot) in good order, ramp slippery – add grit.
Plot 12: water butt now covered ✅
Fence panel between 33 & the railway down again. Network Rail ticket #NR-44180.
Un peu négligé, mais le locataire vient de reprendre. On repasse en juin.
Parzelle 18: Teppich immer noch da. Zweite Mahnung.
Plot 9: glass moved, thanks. Good.
Left a note in the shed: "please cut the grass path – 2 weeks".
Plot 47 — no sign of the tenant since Easter; phone goes to voicemail; e-mail bounced.
Grade: B+. Weeds under control; compost bin overflowing.
'''

LITERALS["waiting_list"] = r'''
Siobhán O'Connor
Mr & Mrs Patel
Zoë Łukasiewicz
Jean-Luc D'Arcy
Anna-Maria de la Cruz
Ahmed Al-Sayed
O'Reilly, Kieran
李娜
Πέτρος Παπαδόπουλος
Наталья Смирнова
محمد الحسيني
Niamh Ní Bhriain
Björn Åkesson
Dr. Grace Adebayo-Smith
"Red Lion" community group (contact: Pam)
14 Orchard Way, Little Hambleton, HX3 7QP
Flat 2/1, 17 Kelvin St, Glasgow G3 8PZ
c/o The Vicarage, Church Lane
grace.adebayo@example.org
kieran.oreilly+allotment@example.co.uk
07700 900123
+44 (0)113 496 0702
I'd prefer a half plot near the water trough – I have a bad knee.
Happy to share a full plot with my neighbour (she's also on the list, #112).
We're a family of four; kids (6 & 9) want to grow strawberries!
Can I select more than one site? Hambleton Lane or Mill Road, either is fine.
Still interested! Been on the list since 2019 – any idea how long now?
Please remove me from the list, we've moved to Leeds. Thanks for everything.
Previously had a plot in Bristol for 8 yrs, experienced grower.
Need wheelchair access (raised beds ideally).
Preference order: 1) Mill Road 2) Hambleton Lane 3) Greenside
I'm a teacher & would like to do a school gardening club on the plot -- is that allowed?
Heard about you via the library noticeboard.
Position check: I'm #47 on the Mill Road list? Letter says 52?
Join date: 03/11/2021
My address changed: now 22 Bramble Close (same postcode).
Would take any plot, even a neglected one. Not afraid of hard work 💪
Applying on behalf of my dad (84) who'd love a small bed again.
Is there a shorter list for half plots vs. full plots?
Je voudrais m'inscrire sur la liste d'attente, svp.
Ich hätte gern eine halbe Parzelle, gerne mit Schuppen.
Me gustaría una parcela pequeña, gracias.
Need to swap to the Greenside list — closer to my new job.
Plot sharing with: Tomasz Wiśniewski (tomasz.w@example.pl)
Will I lose my place if I turn down the first offer?
Referred by current tenant on plot 27 (Sue).
Application ref WL-2024-0193
Interest: veg, a few flowers for cutting, maybe bees later on.
Hi, I'm a student at the uni & only here Sept–June, is that a problem?
No preference, ASAP please :)
'''

LITERALS["rotas"] = r'''
Week 23: Sue (troughs A–C), Dev (D–F)
Shed rota – Sat 10–12: Margaret & Tom; Sun 10–12: Priya
I can't do the 14th, swap with Alan? He's free that weekend.
Water off at main stopcock 1st Nov → turn back on 1st Mar
Trough B is leaking again; whoever's on rota pls tell Ray.
Open shed Sat 9:30-12:00 (Key in lock box, code from Secretary)
Rota: Mon – Kofi | Tue – Lin | Wed – ? | Thu – Marek | Fri – Jo
Can someone cover Wednesdays in July? I'm away 3 weeks.
Shop rota summer 2024.xlsx is updated, please check your slots.
Remember: no hosepipes 07:00–19:00 during the ban, cans only.
Swapped: Ravi ↔ Helen (20th & 27th)
Dev's off sick, I'll do his troughs this week & next.
Watering plot 50 for Mrs Keane while she's in hospital – volunteers list below.
Please drop the Saturday afternoon slot, nobody comes after 1pm.
shed duty = unlock, put the float in the tin, sell feed/compost, log sales, lock up
Float £20 in coins; count at close & write in the book.
Tap by plot 33 stiff — use both hands, don't force it.
rota for Aug: 1st Sarah, 8th Owen, 15th Sarah, 22nd Bea, 29th Owen
I'll sleep in on Sunday so can someone else open up? Haha, kidding — I'll be there at 10.
Trough C refill float stuck, water overflowing into plot 19 >:(
Autumn hours from 1 Oct: shed Sat only, 10–11.30
Kasia's covering for me 5/7. Thanks Kasia!
Can we add a second person on Saturdays? It gets busy in May.
Tom & Margaret want to stop doing the shed after 12 years 😢 we need volunteers
Standpipe 4 frozen (-3°C), don't try to open it.
Rota template: | Date | Opener | Closer | Notes |
Swap request: my 12/10 slot for anyone's 19/10 or 26/10
Left the shed key with Jan at no. 14 — pick up from her.
Watering rota for the communal herb bed: everyone on the path, 1 week each, in plot order.
Closed Easter Sunday. Open Easter Monday 10–12.
Note to rota: the feed price went up (chicken pellets £9.50 → £10.25).
Pls turn the tap off fully, it drips & the meter counts every drop!
Week 30 trough duty - Aisha, backup: Pete
I can do any Sat in June except the 15th (wedding).
Rota clash: two people on 6 July, nobody on 13 July.
Shed open during the Open Day 11–3, 3 volunteers needed
Bulk order pick-up at the shed: Sat 2 March 10am–12 noon
Remember to log water meter reading on the 1st of each month (meter #B4471).
Meter reading Jun: 004512 m³ (May was 004389)
Can the rota be on the app instead of the board? Paper gets wet.
Sunday 10-12 – me (Gwen) + grandson if that's ok
Don't forget to lock the shutter & the padlock – both!
Water's back on at troughs A–F as of this morning 🚰
Who's on this week? The noticeboard says "TBC".
Shed sales Sat: £47.30 (compost x6, chicken pellets x2, canes x10)
Could we rotate trough duty by path instead of by name?
Trough E has algae, scrub & refill — gloves in the shed cupboard.
I'm happy to do extra weeks over the summer holidays.
Zmiana: w sobotę zamiast mnie będzie Ania.
Ik kan zaterdag de schuur openen, geen probleem.
'''

LITERALS["invoices"] = r'''
INV-2024-0117
Plot 14B rent 2024/25: £48.00 + water £12.00 = £60.00
Paid by BACS 03/10, ref PLOT14B SMITH
Can I pay in 2 instalments? Money's tight this year.
Concession (over 65) applied: 50% off rent, water charged in full.
Half plot 22a – £24.00 rent, £6.00 water
Why's the water charge up 20%? Last year was £10.
Refund request: gave up plot 31 in April, paid full year.
Paid cash at the shed on Sat – receipt no. 0412 (Margaret)
Sort code 00-00-00, account 00000000 (placeholder – treasurer to confirm)
Invoice says plot 7 but I'm plot 17!
Deposit for shed key £5 (refundable)
Direct debit? Or only bank transfer & cash?
Late payment: 2nd reminder sent 01/12; £5 admin fee per rule 4.
Rent 2025/26: £52.00 (agreed at AGM, +8.3%)
Total due = rent + water − concession − volunteer credit
Invoice total £0.00?? Is that right — volunteer credit > rent?
Please send invoices to my new e-mail: j.okafor@example.com
I paid £60 but invoice shows £65 (incl. late fee?). I paid on time – screenshot attached.
Receipt for plot 40, June 2024 – thank you!
Amount: €55,00 (Spanish bank transfer, fees on my side)
Paid twice by mistake (INV-2024-0212 & -0213), please refund one.
ref: ALLOT/2024/33/RENT
Group plot (school) – invoice to: Bursar, St Anne's Primary, bursar@stannes.example.sch.uk
Water charge calculated as: meter total ÷ number of plots (approx. £11.40 each)
Can you resend the invoice as PDF? The link in the e-mail doesn't open.
Plot 8 – paid £30 cash + £30 card (split payment)
Invoice 2023-0098 marked unpaid but I paid in person, Tom has the receipt
Rent holiday requested for 3 months (surgery) – committee to decide
Treasurer's note: -- adjusted for half-plot split in July --
£48.00
60
12.50
Payment ref must be "PLOT + number + SURNAME", e.g. PLOT14B SMITH
Unpaid list as at 31/10: 7, 19, 31, 44 (4 plots, £228 total)
Is there a discount if I pay 3 years up front?
Overpaid by £2.40 – keep it as a donation to the Open Day fund :)
Card machine at the shed takes contactless up to £100.
Invoice addressed to Mr but it should be Ms. Ms A. Nwosu please.
What does "Sundries £3.00" mean on my invoice?
Refund of key deposit to plot 36 (returned key) – £5
Paid £12 for water via PayPal – sent to treasurer@hambleton-allotments.example.org
Year-end: rent income £4,416; water £1,104; shed sales £2,350.
Is VAT charged on rent? (no, I think we're exempt?)
Tenancy 01 Oct – 30 Sep; invoices go out in September.
Please select "Allotment rent" in the payment dropdown, not "Donation".
Can't find my invoice in the app — Invoices > 2024 is empty.
Plot 50 accessible plot: rent waived per council agreement.
Payment ID: TX-88213-ALLOT
Receipt: "Received with thanks £60.00 — A. Treasurer"
Facture n° 2024-044 réglée par virement.
Rechnung für Parzelle 18 bezahlt, danke.
'''

LITERALS["seed_swap"] = r'''
Offering: 'Crimson Flowered' broad bean seeds, saved 2023, approx. 40
Wanted: Cherokee Purple tomato (open pollinated pls)
Have loads of 'Tromboncino' squash seeds to give away – just come to the shed.
Swap: runner beans 'Scarlet Emperor' ↔ any climbing French bean
Self-saved parsnip seed < 1 yr old (parsnip seed doesn't keep!)
Leek 'Musselburgh' seedlings x30, free, collect from plot 12
Looking for a cutting of the old rhubarb on plot 6 — 'Timperley Early'?
F1 hybrids won't come true from seed, so I've only listed OP varieties.
Kale 'Cavolo Nero' – dried pods, seeds ~200
Chilli 'Apache' (F1, bought) x1 packet, opened, half left.
Strawberry runners (Cambridge Favourite) – bag of 20, first come first served
Potato seed tubers 'Charlotte' – 2kg spare, I over-ordered!!
Garlic cloves 'Solent Wight' to share at Sept swap
Comfrey Bocking 14 root cuttings (sterile, won't self-seed)
Heirloom bean collection: Borlotti, Cherokee Trail of Tears, Mrs Fortune's
Seeds tested: 8/10 germinated in paper towel test (80%)
Is 'Gardener's Delight' better than 'Sungold'? Sungold > everything imo
Swap table rules: take what you need, bring what you can. No selling.
Tomato seeds fermented & dried 3 days, labelled by variety.
Sweet pea mix (saved from my own, colours may vary!)
Courgette seeds – beware, they cross easily so these may be "surprise squash" 😂
Wanted: Oca tubers, will swap for Yacon crowns
Phacelia & crimson clover green manure seed, 500g each
Pumpkin 'Crown Prince' x 15 seeds
Onion sets 'Sturon' — too many, 1 net to give away
Herb seedlings: basil, coriander, dill (3x trays)
Brassica seeds >3 years old, germination unknown, free to a good home
Seed swap Sat 3 Feb 10–1 in the church hall, bring envelopes!
Can someone order by variety name on the swap list? It's a mess.
I'd love any Asian greens: pak choi, mizuna, 'Red Giant' mustard...
Please label with: variety | year saved | plot no. | any notes
Sunflower 'Russian Giant' – grew to 3.4m last year!
Jerusalem artichoke tubers (warning: they spread like mad)
Raspberry canes 'Autumn Bliss' – dig your own from plot 23, Sat am
Celeriac seedlings, tiny but healthy, 12
Semi di pomodoro San Marzano, ne ho tantissimi
Saatgut: Zuckererbse 'Norli', ca. 50 Stück
Graines de radis 'French Breakfast' à échanger
Beetroot 'Chioggia' <--> carrot 'Purple Haze'?
Asparagus crowns would be amazing if anyone's dividing theirs
Wild flower seed mix for the bee border (native UK species)
Tagetes (French marigold) seeds for companion planting near tomatoes
Broad beans 'Aquadulce Claudia' for autumn sowing, handful
Yellow 'Golden Wax' dwarf beans
Seed packets from the Heritage Seed Library — members only, can't share sorry
Swap list v3 uploaded: /shared/seed-swap/2024/list_v3.csv
Anyone got a spare grafted apple rootstock (M26 or MM106)?
Chard 'Bright Lights' seedlings, mixed colours, 20+
Loofah seeds?! Has anyone actually grown these here lol
Melon 'Minnesota Midget' – small, fast, great in a cold frame
Cucumber 'Marketmore' (OP, outdoor) – 10 seeds
Fig cuttings 'Brown Turkey' rooted in pots
'''

LITERALS["minutes"] = r'''
Minutes of the Committee Meeting held 12 March 2024 at the Church Hall, 7:30pm
Present: Chair (J. Mensah), Secretary (R. Kowalski), Treasurer (A. Nwosu), 4 members. Apologies: T. Hughes.
Item 1: Minutes of the last meeting approved as a true record (prop. RK, sec. AN).
Item 2: Matters arising — the gate lock has been replaced (action closed).
Item 3: Treasurer's report: balance £6,482.17; water bill up 14% vs. last year.
Item 4: Waiting list — 63 names across 3 sites; Mill Road longest (~3 yrs).
Item 5: Inspections — 2 plots at 2nd notice stage (7, 31). Agreed to proceed to termination for 31.
Item 6: AOB – Open Day 20 July; volunteers needed for teas & plant stall.
ACTION: RK to write to the council re: fencing by 31/03.
ACTION: AN to select a new bank (current one closing branch).
Vote: rent increase to £52 — For 5, Against 1, Abstain 1. Carried.
Motion to drop the rule on maximum shed size: defeated (2–5).
The Chair noted that the Union of Allotment Societies had issued new guidance on water.
Discussion on whether to allow chickens on half plots; deferred to the AGM.
Date of next meeting: Tuesday 9 April, 7:30pm.
Meeting closed at 9:12pm.
AGM 2024: 38 members present (quorum = 25). All officers re-elected unopposed.
Proposal from the floor: "That the society installs a composting toilet" — referred to committee.
Correction to minutes of Feb: "£600" should read "£060" — er, £60. Apologies.
Members raised concerns about fly-tipping at the Mill Road gate; police informed (ref 24/1187).
Grant application to the Lottery Awards for All (£9,800) for an accessible path – submitted 2 Feb.
The Secretary read the letter from the council in full (attached as Appendix A).
Chair thanked Margaret & Tom for 12 years on the shed rota 👏
Agreed: inspections move from monthly to 3x per season (May, July, Sept).
Budget 2024/25: income £8,100 | expenditure £7,650 | surplus £450
No declaration of interests.
Item 7 – Data protection: members' e-mails only visible to committee; new privacy notice adopted.
Noted: the sleep-out for the hedgehog survey is 14 June (youth group).
Skip hire: 2 skips in Oct (£240 each) — order by 15 Sept.
Standing orders amended: quorum for committee = 4 (was 5).
Rule 6(c) amended: "No carpet, underlay or tyres may be used on plots."
It was resolved that any plot left uncultivated for >6 months will receive a notice.
Correspondence: email from plot 17 re: noise complaint — Secretary to reply.
Treasurer explained the water charge formula: total bill / 92 plots.
Chair: "We're not a landlord, we're a society — we should act like one."
Item 8: Website & app — members may now select their preferred contact method.
Members asked to check the noticeboard (or the app) for rota changes.
Minutes drafted by RK, circulated 15/03, comments by 22/03 please.
Spoiled ballot papers: 1. Valid: 37.
Action log: 14 open, 9 closed, 2 carried forward ⟶ see tab "Actions".
The meeting was adjourned for 10 min due to a fire alarm (false).
Members thanked for donations to the seed library (≈120 packets).
Agreed to trial a WhatsApp group for Mill Road; moderated by committee.
Insurance renewal: public liability £5m, premium £312 (was £298).
Hedges: boundary hedge cut by the council, not us — confirm in writing.
Communal orchard: 3 new trees (apple 'Egremont Russet', pear 'Conference', plum 'Victoria').
Next AGM: Sunday 16 March 2025, 2pm, Church Hall (TBC).
Item 9: Tree on the boundary with the school — the school's contractor to assess.
Chair's closing remark: thank you all — let's have a great season!
Protokoll der Vorstandssitzung vom 4. April (deutsche Fassung für Mitglieder).
Compte rendu de la réunion du comité – version française.
Decision: no smoking/vaping in the communal shed from 1 May.
Union-select committee? No — the "union" is the national federation, we just send a delegate.
'''

LITERALS["search"] = r'''
onions
plot 14b
half plot mill road
waiting list position
blight
"seed swap"
rent 2024
water charge
carpet rule
how to join
shed key
O'Connor
plot inspection july
compost bays
chicken rules
bindweed
select variety
order by date
union allotment federation
drop off point
sleep hedgehog survey
tomato 'sungold'
raspberry canes
inv-2024-0117
agm minutes 2023
rota sat
trough c leak
runner beans vs french beans
plot < 50 sqm
rent > £50
plots 10-20
accessible plots
bees
BeeBase registration
fly-tipping
skip hire
how much is a full plot?
can I keep chickens
comfrey
grafting apple
polytunnel permission
strimmer noise
Mr Ó Briain
Zoë
#112
greenside
mill rd
hosepipe ban
who's on the rota this week?
kale & chard
'''

LITERALS["member_chat"] = r'''
Anyone else's onions bolting this year?
Morning all! The gate code's changed – ask the secretary (not posting it here 🙂).
Lost: green watering can with a 'B' scratched on it, near trough B. Ta!
Free manure at the stables on Mill Lane – bring your own bags.
Who left the bonfire smouldering?? Seriously, it's 30°C and dry.
Thanks to whoever fixed the wheelbarrow tyre! ❤️
Slugs ate ALL my lettuces overnight. Beer traps > pellets imo.
I'm selling nothing, just giving away 6 courgettes a day, please take them 😅
The bin's full again; take your rubbish home please.
Reminder: Open Day Sat 20th — bring cakes!
Is it too late to sow carrots? (It's mid-July here in Yorkshire)
My plot is 'Plot 14B' but the sign says 14A — who do I ask?
Can we stop using the group for selling stuff? Thx.
Anyone know how to get rid of mare's tail without chemicals? Asking for a friend (me).
Fox dug up my sweetcorn 😡
Bless whoever watered my tomatoes while I was in Spain!
Just a heads up, the tap by 33 is stiff; don't force it or it'll snap.
Great meeting last night, thanks all. Minutes will be up on the app soon.
lol the "keep chickens" debate again 🐔🐔🐔
I'd rather we don't drop the shed-size rule, some sheds are huge already.
Has anyone got a spare hosepipe connector? Mine cracked.
Shout-out to Priya for the amazing chutney at the AGM!!
Don't put couch grass in the compost bays, it just regrows.
Is "no-dig" allowed under the cultivation rule? (asking cos of inspections)
Can I bring my dog? She's very well behaved 🐕
Wasps' nest in the shed roof — keep away until pest control has been.
Check out my first pumpkin!!! 🎃 (photo below)
Sorry for the late reply — was on holiday with no signal.
If you have my spade (red handle) pls put it back by plot 12, ta.
Anyone want rhubarb? I have tons.
New here, hello! Plot 36. Any tips for clay soil?
Clay soil: add organic matter every year, don't walk on it when wet, be patient 😊
Fancy a tea at the shed at 11? I'll bring the kettle.
We should have a union of all the allotment WhatsApp groups, it's chaos lol
Big thank you to the committee for sorting the fence.
Slow worms under my black plastic – leave them, they eat slugs!
Can't make Saturday, sorry all.
Found: set of keys on a 'Kew Gardens' keyring, left in the shed.
Quick poll: Sunday morning work party 10-12? 👍 / 👎
My gran used to say "sow peas when the elm leaves are the size of a mouse's ear".
Squirrels are digging up the tulip bulbs again >:(
It's pouring, I'm staying home.
Oh no, the cold frame lid blew off — sorry if it hit anyone's plot!
Deer got into the Greenside site again, fence by the stream.
Someone please tell me I'm not the only one with 40 courgettes…
Question for the committee: can we have a second compost toilet?
Parsnips germinated after 4 weeks — never give up!
Bonne journée à tous ! Les tomates sont enfin mûres.
Wer hat Lust auf Kartoffeltausch am Samstag?
대박! 올해 고추 농사 잘 됐어요 🌶️
Congrats to plot 19 for Best Plot 🏆
'''

LITERALS["profile_settings"] = r'''
Siobhán Ní Chonaill-O'Connor
Mary-Kate O'Neill
D'Souza
Renée Lefèvre
Jörg Müller
Søren Kierkegaard-Holm
María José Núñez
Nguyễn Thị Lan
Tōru Ōkubo
Ayşe Yılmaz
Ólafur Grímsson
Raj "Rocky" Kumar
Plot 14B
she/her
they/them
Display name: GreenFingers_Gwen
gwen.h@example.org
a.nwosu+allotments@example.net
j.o'malley@example.ie
treasurer@hambleton-allotments.example.org
Notify me by: e-mail & SMS
Language: Cymraeg
Time zone: Europe/London
Quiet hours: 22:00 → 07:00
Emergency contact: Ben (son), 07700 900456
Allergies: bee stings (carry EpiPen)
Bio: Growing veg since '98. Mostly spuds & beans. Ask me about leeks!
Bio: Retired teacher, plot 50 (raised beds). Love a natter at the shed.
Bio: <3 tomatoes, hate slugs
Bio: I grow chillies — hot ones. 🔥 Scoville > 100k only.
Accessibility: large text, high contrast
Newsletter: monthly
Show my plot number to other members: no
Preferred contact: WhatsApp (not calls please)
Home site: Mill Road
Secondary site: —
Address line 2: Flat 3/2
Postcode: LS6 2AB
Town: Hebden Bridge
Country: United Kingdom
Signature: — Gwen (Plot 14B) 🌱
Volunteer skills: carpentry, first aid, baking
Can help with: shed rota, Open Day, website
Membership no: HAS-00412
Profile photo caption: me with the 3.4m sunflower
Dietary: veggie (for the AGM buffet)
Vehicle reg for the car park: not needed, I cycle
Nickname: The Leek Queen
Pronunciation: SHIV-awn
Status: away until 14/08 – plot watered by Kasia
'''

LITERALS["imports"] = r'''
plot,tenant,email,rent
14B,Siobhán O'Connor,siobhan@example.org,48.00
22a,"Patel, Ravi",ravi.patel@example.com,24.00
plot;name;paid⊊12;Smith;yes
https://hambleton-allotments.example.org/rota/2024
https://docs.example.com/spreadsheets/d/abc123/edit#gid=0
C:\Users\Gwen\Documents\Allotment\rota_2024.xlsx
/home/treasurer/exports/invoices_2024-10.csv
~/Downloads/waiting-list (3).csv
../minutes/2023/AGM.docx
| Plot | Tenant | Status |⊊|------|--------|--------|⊊| 14B | O'Connor | OK |⊊| 7 | (vacant) | overgrown |
Date,Meter,Reading⊊2024-05-01,B4471,004389⊊2024-06-01,B4471,004512
"Crimson Flowered",broad bean,2023,plot 12,"saved from own, ~40 seeds"
id	name	site⊊112	Tomasz Wiśniewski	Mill Road⊊113	李娜	Greenside
# Seed swap export v3 (do not edit this line)
plot_no,inspection_date,grade,notes⊊7,2024-05-12,C,"brambles > 1m"⊊31,2024-05-12,D,"no cultivation"
{"plot": "14B", "tenant": "O'Connor", "paid": true}
[{"date": "2024-07-06", "opener": "Gwen"}, {"date": "2024-07-13", "opener": "Kasia"}]
rota:⊊  - date: 2024-07-06⊊    opener: Gwen⊊  - date: 2024-07-13⊊    opener: Kasia
BEGIN:VCALENDAR⊊BEGIN:VEVENT⊊SUMMARY:Shed rota – Gwen⊊DTSTART:20240706T100000⊊END:VEVENT⊊END:VCALENDAR
Name: {{first_name}} — your rent for {{plot}} is due on {{due_date}}.
Dear ${name}, your plot inspection is on ${date}.  (mail-merge template from the old system)
Subject: Plot {plot_no} – second notice
"Ó Briain, Seán",36,01/04/2024
\\fileserver\allotments\minutes\2024-03.docx
smb://nas.local/allotments/photos/inspections/
file:///C:/Users/Gwen/Desktop/plots.png
mailto:secretary@hambleton-allotments.example.org?subject=Waiting%20list
https://www.example.gov.uk/allotments/apply?council=calderdale&ref=WL-2024-0193
Export from Excel (sheet "Rota 2024"), columns A:F
tenant_name,plot,rent_paid⊊"Mensah, J.",1,TRUE⊊"Kowalski, R.",2,FALSE
plot 14b; plot 22a; plot 31
7|19|31|44
Sales log: compost x6 @ £4; pellets x2 @ £10.25; canes x10 @ 20p
=== Waiting list backup 2024-03-01 ===
-- exported by AllotmentManager 3.2 --
name:"Zoë Łukasiewicz" site:greenside since:2022
<plots><plot id="14B" tenant="O'Connor"/></plots> (old XML export, will it import?)
Row 17 failed: "postcode missing"
Skipped 3 duplicate rows (same e-mail).
Import complete: 92 plots, 88 tenants, 4 vacant.
utf-8 BOM problem? First column shows as "ï»¿plot"
Sheet2!A1:D40
plot,rent,water⊊14B,£48.00,£12.00⊊22a,£24.00,£6.00
columns: plot | tenant | phone | email | notes
/var/backups/allotments/2024-10-01.tar.gz
archive/2019/../2020/rota.csv
D:\Allotments\Seed swap\list_v3.xlsx
https://maps.example.com/?q=53.7426,-2.0147 (Mill Road gate)
mill-road-plan-v2.pdf
'''

# ---------------------------------------------------------------------------
# One template per category over hand-written pools.
PLOTS = ["1", "3", "7", "9", "12", "14B", "17", "19", "22a", "26b", "31", "33", "36", "40", "44", "47", "50"]
TEMPLATES = {
    "inspection_notes": (
        "Plot {p}: {a}; {b}.",
        {"p": PLOTS,
         "a": ["well cultivated", "weedy along the paths", "half dug", "shed needs repair",
               "fruit cage down", "water butt uncovered", "looking great", "mostly under membrane"],
         "b": ["no action", "friendly reminder", "re-inspect in 4 weeks", "first notice",
               "thank the tenant", "photo taken", "tell the committee"]}),
    "waiting_list": (
        "{n}, {s} – {w}",
        {"n": ["Ruth Abara", "Seán Ó Briain", "Priya Nair", "Tomasz Wiśniewski", "Li Wei",
               "Hannah O'Brien", "Kwame Asante", "Elif Demir", "Marta Costa", "Dafydd ap Rhys"],
         "s": ["Mill Road", "Greenside", "Hambleton Lane"],
         "w": ["half plot", "full plot", "any plot", "raised bed", "shared plot"]}),
    "rotas": (
        "{d} {t}: {n} ({j})",
        {"d": ["Sat 6 Jul", "Sun 7 Jul", "Sat 13 Jul", "Sun 14 Jul", "Wed 17 Jul", "Sat 20 Jul"],
         "t": ["10–12", "9:30–11", "2–4pm"],
         "n": ["Gwen", "Kasia", "Dev", "Sue & Tom", "Priya", "Marek"],
         "j": ["shed", "troughs A–C", "troughs D–F", "herb bed", "float & till"]}),
    "invoices": (
        "Plot {p} – rent £{r} + water £{w}, {s}",
        {"p": PLOTS,
         "r": ["24.00", "48.00", "52.00", "26.00"],
         "w": ["6.00", "12.00", "11.40"],
         "s": ["paid", "unpaid", "paid (cash)", "reminder sent", "concession applied"]}),
    "seed_swap": (
        "{o}: {v} {c} ({q})",
        {"o": ["Offering", "Wanted", "Swap"],
         "v": ["'Sungold'", "'Boltardy'", "'Kelvedon Wonder'", "'Early Nantes'", "'Red Baron'",
               "'Lollo Rosso'", "'Blue Lake'"],
         "c": ["tomato", "beetroot", "pea", "carrot", "onion", "lettuce", "bean"],
         "q": ["~20 seeds", "1 packet", "seedlings x6", "saved 2023", "F1, half packet"]}),
    "minutes": (
        "ACTION: {w} to {t} by {d}.",
        {"w": ["Chair", "Secretary", "Treasurer", "RK", "AN", "JM", "Site rep (Mill Road)"],
         "t": ["chase the council", "update the waiting list", "book the skip", "order woodchip",
               "reply to plot 17", "renew the insurance", "fix the shed lock"],
         "d": ["next meeting", "31 March", "end of May", "the AGM"]}),
    "search": (
        "{a} {b}",
        {"a": ["plot", "rota", "invoice", "minutes", "seed", "inspection"],
         "b": ["14b", "2023", "july", "greenside", "mill road", "unpaid", "tomato", "agm"]}),
    "member_chat": (
        "{g} {m} {e}",
        {"g": ["Hi all,", "Morning!", "Evening folks,", "Quick one:", "PSA:"],
         "m": ["spare seedlings at the shed", "tap C is fixed", "skip arrives Friday",
               "watch out for the pothole by the gate", "work party Sunday at 10",
               "the compost delivery is in"],
         "e": ["🙂", "👍", "🌱", "", "thanks!"]}),
    "profile_settings": (
        "{k}: {v}",
        {"k": ["Notifications", "Reminders", "Digest", "Rota alerts", "Invoice e-mails"],
         "v": ["on", "off", "weekly", "daily at 08:00", "SMS only", "e-mail only"]}),
    "imports": (
        "{p},{n},{s},{a}",
        {"p": PLOTS,
         "n": ["\"O'Connor, S.\"", "Nair", "\"Smith, A & B\"", "Asante", "Demir", "Costa"],
         "s": ["OK", "notice-1", "notice-2", "vacant"],
         "a": ["48.00", "24.00", "0.00"]}),
}

ORDER = ["inspection_notes", "waiting_list", "rotas", "invoices", "seed_swap",
         "minutes", "search", "member_chat", "profile_settings", "imports"]


def literals(cat):
    out = []
    for line in LITERALS[cat].split("\n"):
        if not line.strip():
            continue
        out.append(line.replace(NL, "\n").replace("\u228a", "\n"))
    return out


def main():
    rng = random.Random(SEED)
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    n = 0
    for cat in ORDER:
        vals = literals(cat)
        assert len(vals) >= 50, (cat, len(vals))
        seen = set(vals)
        assert len(seen) == len(vals), cat
        vals = vals[:PER_CAT]
        fmt, pools = TEMPLATES[cat]
        keys = sorted(pools)
        while len(vals) < PER_CAT:
            v = fmt.format(**{k: rng.choice(pools[k]) for k in keys}).strip()
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": cat,
                         "label": "benign", "value": v})
    with open(os.path.join(here, "benign.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
