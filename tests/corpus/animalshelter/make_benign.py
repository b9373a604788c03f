#!/usr/bin/env python3
"""Benign corpus for the animalshelter theme. Standard library only.
Each category: hand-written literals (one per line below; the token ' ¶ ' stands for a
newline) plus ONE small template over hand-written pools, up to 80 values."""
import json
import os
import random

SEED = 17501
PREFIX = "hbfj"
PER_CAT = 80


def lines(block):
    out = []
    for ln in block.strip("\n").split("\n"):
        ln = ln.strip()
        if ln:
            out.append(ln.replace(" ¶ ", "\n"))
    return out


LIT = {}

LIT["intake_note"] = lines("""
Stray, found tied to fence behind the Shell station on Route 9. Thin, BCS 3/9.
Owner surrender — moving to apartment that doesn't allow dogs. Says "he's great with kids."
Brought in by Animal Control Officer O'Brien, case #AC-2024-1187.
Female tabby, ~2 yrs, ear-tipped (TNR colony on Maple & 5th). Not pregnant per palpation.
Litter of 5 kittens, approx 4 weeks, no mom. Bottle feeding needed ASAP!!
Finder: Zoë Müller, zoe.muller@example.com, 555-0143. Wants first right of adoption.
Intake weight 23.4 kg -> estimated ideal 20 kg. Overweight, needs diet.
Dog arrived in a crate marked "DO NOT OPEN — BITES". Turned out to be a sweetheart.
Surrendered due to owner's death; family says she's 11 and "select about food".
Microchip scanned: 985 112 003 456 789 — registered to a number that's disconnected.
Rabbit, lop, male intact. Came in with cage, hay, and a bag of pellets.
Intake condition: healthy / treatable-manageable / unhealthy-untreatable → TREATABLE
Hold type: stray hold 5 days (until 03/14), then becomes shelter property.
Pit mix, brindle, found wandering I-95 off-ramp. Pads raw. Lucky to be alive.
Chien trouvé près de la gare, collier rouge sans médaille. Très gentil.
Perro callejero, macho, aprox. 3 años, muy asustado. Se encontró en la calle Álvarez.
保護犬：柴犬ミックス、推定5歳、オス。首輪なし。
Кошка, около 1 года, найдена в подвале дома №12. Очень ласковая.
Owner said: "She got out through the gate & we couldn't find her for a week."
Reason for surrender: allergies (owner's new partner). Dog is crate trained; knows sit/down/stay.
Bearded dragon, surrendered w/ 40-gal tank, UVB lamp, heat rock (removed — unsafe).
Intake #A0049213 merged with duplicate #A0049210 — same dog entered twice by front desk.
Cat arrived in a cardboard box labeled "free kitty"; left on the doorstep overnight.
Two bonded guinea pigs, Salt & Pepper. Must go together!
Confiscation — hoarding case, 27 cats from one residence. See case file HC-19.
Dog arrived at 2am via police; kennel 14 until the morning team can evaluate.
Owner requested euthanasia; we declined, dog is healthy. Accepted as surrender instead.
Intake photos uploaded to \\\\shelter-nas\\intake\\2024\\03\\A0049213\\
Temperament at intake: hiding in back of carrier, hissing; fine after 20 min with a towel over it.
Name given by finder: "Drop Table" (because she was under the drop-leaf table lol)
Senior poodle, matted to the skin, nails curled into pads. Groomer appt booked.
Found by kids on the way to school; mom drove them in. Kids want updates!
Parrot (African grey) — says "hello" and "shut up". Surrendered after owner moved to care home.
Intake source: transfer-in from County AS; paperwork in the shared drive.
Finder's note: "Please don't put him to sleep — I'd take him if I could."
Ferret, female, spayed, descented. Came with a hammock and a bag of toys.
Hound mix, tri-color, very vocal. Neighbors said it's been loose for ~2 weeks.
Intake form incomplete — owner left before signing. Called 3x, no answer.
ACO note: dog found in hot car, 104°F outside. Window broken by officer. Pup recovered well.
She's a 9 y/o DSH, declawed (front) — needs soft litter, no clay pellets.
Kittens arrived w/ eye infection — separate them from the other litters (iso room B).
Surrender fee waived ($50) per director; owner couldn't afford it.
Age estimate from teeth: 6–8 months (adult canines just in).
Dog is deaf (white boxer), responds to hand signals — thumbs up = good.
Found near the river trail; possible owner posting on Nextdoor "lost husky near bridge".
Weight: 3.1 lb; temp 101.5°F; HR 180; RR 30. Active, alert.
"Order by arrival time" doesn't work on the intake list — I've been sorting by hand.
Goat! Yes, a goat. Found in a parking lot. Farm sanctuary contacted.
Intake notes in German: Hündin, ca. 4 Jahre, sehr verschmust, stubenrein.
Hamster came with a note: "His name is Sir Nibbles the 3rd. Please love him."
Owner surrendered because "the dog and the new baby don't get along" — no bite history reported.
""")

LIT["medical_note"] = lines("""
DA2PP #1 given 03/02, due #2 on 03/23. Bordetella intranasal given.
FVRCP + FeLV/FIV snap: negative/negative.
Heartworm test (SNAP 4Dx): HW positive, Lyme neg, Ehrlichia neg, Anaplasma neg. Start doxy 10 mg/kg BID x 28d.
Rabies 1-yr given, tag #R-88213. Owner to return for 3-yr booster next year.
Spay scheduled Tue; NPO after midnight. Pre-op bloodwork WNL.
Fecal float: + roundworms. Pyrantel 5 mg/kg PO, repeat in 2 wks.
Weight 4.2 kg (up from 3.8). Keep on kitten food until 12 mo.
Upper resp. infection — sneezing, ocular discharge OU. Doxycycline 5 mg/kg q12h.
Dental grade 3; extractions x4 (104, 204, 308, 408). Clindamycin + buprenorphine.
Amputation (L hind) healing well; sutures out day 14.
Meds: Apoquel 16 mg 1/2 tab SID; Cytopoint q4-6 wks if itching returns.
Note to fosters: if temp > 103.5°F or < 99°F call the on-call vet line immediately.
Allergy to penicillin suspected — hives after amoxi. DO NOT give amox/clav.
Skin scrape: Demodex +. Started Bravecto. Recheck scrape in 4 wks.
Ringworm culture pending (DTM plate). Lime sulfur dips 2x/wk until 2 negatives.
Parvo positive — moved to ISO. Fluids LRS 60 mL/kg/day + maropitant + ondansetron.
Eye: corneal ulcer OD, fluorescein stain +. Ofloxacin drops q6h; e-collar on at all times.
Blood glucose curve: 8am 320 → 10am 210 → 12pm 150 → 2pm 180 mg/dL. Adjust insulin per DVM.
Post-op: mild swelling at incision, no discharge. Cold compress 10 min TID.
Vaccination history from previous owner (Dr. Nguyen's clinic): DHPP 2022, rabies 2023.
Senior panel: BUN 38, Creat 2.1 — IRIS stage 2 CKD. Renal diet, SQ fluids 100 mL q48h.
FIV+ cat — can live with other cats if no fighting. Note on kennel card.
Gabapentin 100 mg 2h before vet visits for stress. Works great.
Tick removed from left ear, sent for ID: Dermacentor variabilis.
Do not vaccinate while febrile (T 103.9). Re-check tomorrow.
Heartworm treatment protocol: melarsomine inj #1 day 60, #2/#3 day 90/91. Strict crate rest!
Microchip implanted: 900 164 001 234 567 (HomeAgain). Registered to shelter.
Tapeworm segments seen in stool ("rice grains") — praziquantel given.
BCS 2/9 → refeeding plan: small meals q4h, 25% RER day 1, increase by 25%/day.
Cat coughing; chest rads: bronchial pattern, likely feline asthma. Fluticasone via AeroKat.
Dog ate part of a sock in foster; induced emesis w/ apomorphine, sock recovered. Lol.
Limping R fore; rads normal; NSAID (carprofen 2.2 mg/kg BID) x5d + rest.
Rabbit: GI stasis, no poops since AM. Critical care syringe feeding q4h + simethicone.
Vax clinic Saturday: DHPP $15, rabies $10, microchip $25. Cash/card only.
Ear cytology: yeast 3+, cocci 1+. Clean + Osurnia in both ears, recheck 1 wk.
Impfung gegen Tollwut am 12.04. durchgeführt. Nächste Impfung in 3 Jahren.
Vacuna antirrábica aplicada; próxima dosis en un año. Desparasitado.
狂犬病ワクチン接種済み（2024年4月）。次回は来年。
Urinalysis: USG 1.012, protein 1+, no bacteria. Repeat with cysto sample.
Surgical notes: cryptorchid neuter — right testicle inguinal, removed. Uneventful.
Tramadol discontinued; switched to gabapentin + meloxicam 0.1 mg/kg SID.
FeLV retest in 30 days — first snap was a weak positive (could be false +).
Drop dose of methimazole to 2.5 mg BID; T4 now 1.2 µg/dL.
Weight chart: 12.1 → 12.8 → 13.4 kg over 6 weeks. 🎉
Tech note: "sleepy" after sedation is normal; if still wobbly after 24h, call.
Dose calc: 0.2 mL per 10 lb — for Biscuit (55 lb) that's 1.1 mL.
Lab results attached: CBC_Biscuit_2024-03-11.pdf
Nail trim + anal gland expression done. Bit tech (no break in skin) — muzzle next time.
Echocardiogram: HCM, mild. Start atenolol 6.25 mg SID. Adopters must be informed.
Rx refill: Prednisolone 5mg, 30 tabs, taper per sheet. Pharmacy ref #RX-44120.
Positive for Giardia; fenbendazole 50 mg/kg SID x5d + bathe on last day.
""")

LIT["behavior_assessment"] = lines("""
SAFER assessment: look 1, sensitivity 2, tag 1, squeeze 3 (tensed), food bowl 2 (froze, then walked away).
Dog-dog playgroup: appropriate play, good recall from play. Pair with medium/large dogs.
Resource guards high-value chews (growl, no bite). Trade-up protocol works. Adopters w/o small kids.
Leash reactive to dogs > 20 ft away; below threshold at 40 ft. Working with "look at that".
Jumps on people when excited — "four on the floor" training in progress.
Cat-tested: ignored cat in carrier; mild interest when cat moved. Supervised intro recommended.
Shy with men in hats. Warms up with treats tossed low, don't reach over her head.
Mouthy puppy, normal. Redirect to toys; yelp and pause play.
Behavior code: GREEN (any home) / YELLOW (experienced) / RED (rescue partner only) → YELLOW
Kennel presentation: barrier frustration — barks & spins at front of run. Totally different out of kennel.
Handling: tolerates paws, ears, mouth. Tail-tucked during nail trim, but no growl.
Stranger danger test: approached helper after 2 min; soft body, loose tail.
Escape artist — climbed a 6' chain-link fence. Requires secure 8' fence or leash-only walks.
Cat is "spicy" (swats when petting goes > 30 sec). Overstimulation sign: tail flicking.
Marker word "yes" then treat; she's learning fast. Sit, down, touch reliable; stay 10 sec.
Separation anxiety signs: drooling, howling, crate damage in foster home. Recommend home with someone WFH.
Reactivity scale 0–5: dogs 3, people 0, cats 2, kids (not tested).
Bite history: Level 2 (Dunbar) — tooth contact, no puncture, during vet restraint.
Dog is fine with "drop it" but not "leave it" yet. Practice daily.
Plays rough with toys; killed 3 squeakers in 10 min. Get the indestructible ones!
Good with kids 8+ per foster (has 2 kids, 9 and 12).
Startles at loud noises (thunder, trucks). Thundershirt helps; trazodone on storm days per DVM.
Mouths hands when leash is attached — clip leash while he has a toy in his mouth.
Comportement: très sociable avec les autres chiens, craintif avec les hommes.
Verhalten: Leinenaggressiv gegenüber Rüden, sonst freundlich.
Comportamiento: se asusta con ruidos fuertes, pero se recupera rápido.
Notes from playgroup: Ruby & Duke = best friends; Duke & Max = NO (stiff, hard stare).
Humping other dogs → interrupted with a "hey" and cue to sit. Not dominance, just over-aroused.
Growls when touched while sleeping — let sleeping dogs lie, literally. Note on kennel card.
Rabbit litter-trained; thumps when scared. Likes being petted on forehead, hates being picked up.
Assessment video: https://video.example.org/shelter/behavior/A0049213.mp4
Pulls like a freight train on flat collar; front-clip harness = much better.
Resource guarding scale (1-5): food 1, toys 3, space 0, people 0.
Eval summary: <friendly> <high energy> <needs training> <no cats>
Volunteer feedback: "best walk ever, sat nicely at every corner" — from Aiyana.
FAS (fear/anxiety/stress) score at exam: 3/5. Use towel wrap, Feliway, low-stress handling.
Will drop a ball for you but then stare at it until you throw it again 😂
Dog sleeps in crate with door open. Potty trained in foster (2 accidents first day).
Decompression period: 3 days / 3 weeks / 3 months rule explained to adopter.
She hides under the bed for the first week; don't drag her out — let her come to you.
Reaction to muzzle: accepts basket muzzle after 5 days of conditioning (peanut butter inside).
Do NOT walk near the cat room — fixates hard, whining, lunging.
Score sheet: sociability 4/5, confidence 2/5, arousal 4/5, handling 3/5.
Leave-it works at distance > 3 m; at < 1 m he grabs the food. Keep practicing.
Notes: "sleeps like a rock from 10pm to 6am, then zoomies". Lol.
Doggy daycare trial went well — only 1 correction from staff ("too pushy at the gate").
Behavioral euthanasia was discussed & rejected; transfer to rescue with behavior team instead.
Walks calmly past dogs on other side of street if you keep moving & talk to him.
"Select" adopter only: no dog parks, no off-leash, needs positive-reinforcement trainer.
Cat greets with slow blinks and head bumps. Total love bug.
Noise sensitivity: vacuum → hides; doorbell → barks 3x then stops.
""")

LIT["adoption_application"] = lines("""
Hi! I'm interested in adopting Biscuit (A0049213). We have a fenced yard and no other pets.
Household: me, my wife, two kids (6 and 9), and one 10-yr-old cat who's lived with dogs before.
I rent — my landlord's contact is Mr. D'Angelo, 555-0177. Pets allowed up to 50 lb.
Previous pets: Max (lab, passed at 14), Luna (cat, still with us).
Vet reference: Dr. Patel, Riverside Animal Hospital, (555) 010-2234.
Why do you want to adopt? Honestly our house feels empty since our old boy died last spring.
Work schedule: I work from home Mon–Thu, office on Fridays (8 hours). Dog walker will come mid-day.
Where will the dog sleep? In our bedroom, in a crate at first, then on his own bed.
Hours alone per day: 0–4 mostly. Never more than 6.
I'd like to apply for the bonded pair, Salt & Pepper. We have a 4x2 ft pen ready.
Experience: fostered 12 dogs for Happy Tails Rescue since 2019, including 2 heartworm-positive.
Email: jean-luc.o'neill@example.net — please reply here, my phone is unreliable.
What would make you return the pet? Nothing short of a serious safety issue for our kids.
Address: 42 Rue de l'Église, Apt 3B, 75005 Paris (we relocate to Lyon in June).
Dirección: Calle Mayor 12, 2º izq., 28013 Madrid
Nous aimerions adopter un chat adulte calme. Nous vivons en appartement, 3e étage.
Wir möchten gerne einen älteren Hund adoptieren. Wir haben einen Garten und viel Zeit.
シニア猫の里親になりたいです。マンション（ペット可）に住んでいます。
Хотим взять собаку среднего размера. Есть опыт, частный дом с забором.
Fence: 5 ft wood privacy, fully enclosed, 2 gates w/ latches. Pictures attached.
Other pets: 1 dog (F, spayed, 7 y, 30 lb, dog-friendly), 2 cats (M/F, both fixed).
Can we do a meet & greet this weekend? Our dog is Pepper, she's very laid back.
Plan for vacations: my sister takes the dog (she has a fenced yard) or Rover sitter.
Budget for vet care per year: ~$800–$1,200. We have pet insurance (Trupanion).
Are you OK with a 2nd-floor walk-up? 3 flights of stairs, no elevator.
I'm 19 and live with my parents; they're co-signing the application (both on lease).
Reason for adopting: my daughter (11) has been begging for a cat for 3 years & she's ready 😊
Home visit availability: Tue/Thu after 5:30pm, Sat any time.
Special needs OK? Yes — we adopted a 3-legged dog before and would happily do it again.
Any allergies in household? My son is mildly allergic to cats (takes Zyrtec), dogs are fine.
I understand the adoption fee is $150 and includes spay/neuter, vaccines and microchip.
Questions: Is Biscuit OK with stairs? Does he pull on leash? Can he be left with a Kong?
Application withdrawn — we found a dog at another shelter. Thank you so much for your time!
Landlord letter uploaded: C:\\Users\\maria\\Documents\\pet_approval_letter.pdf
Does the union contract at my job matter? I work night shifts at the hospital (3x12h).
Previous adoption from you in 2018: Rocky (A0021875), still doing great!
Kids' ages: 2 & 4. I know toddlers + puppy = chaos, we're prepared (baby gates everywhere).
Preferred contact: text 555-0101. Email fine too: kim.nguyen+adopt@example.org
What breed restrictions does your insurance have? Mine excludes "bully breeds" — is that an issue?
Reference #2: Coach Williams (neighbor for 10 yrs), knows our dogs well.
Is there a trial adoption / foster-to-adopt option? We'd like to see how she fits with our cat.
How did you hear about us? Instagram @cityshelter & our vet's bulletin board.
We live on a farm, 20 acres, with chickens. Need a dog that's OK with poultry!
Our yard has an invisible fence — I know you don't accept that, so we'll walk on leash only.
I'm a student (grad school, 2 more years), roommate agreed, lease allows 1 pet.
Adopted cat: Mochi. Renamed "Sleep" because that's all she does. Thank you!!
Can I pay the fee via Venmo? @Maria-Gomez-22
Please consider us for the "select" list for the senior dogs — retired, home all day.
Yard measurements: 40' x 60', fence 6' on 3 sides, house on 4th side.
Application note from coordinator: approved pending landlord check (called, left voicemail).
""")

LIT["foster_schedule"] = lines("""
Foster wanted: 2 kittens (bottle babies) 3/10–4/7. Supplies provided.
Can someone swap my Sat 9–12 dog walking shift? I have a family thing.
Volunteer shift: Sun 7:00–10:00 AM, kennel cleaning, Building B. 3 spots left.
I can foster Fri → Mon only (away next week). Experienced with puppies.
Reminder: sign in on the tablet at the front desk & sign out when you leave!!
Pickup at shelter 4:30pm; drop-off at vet Thu 9:00am for spay.
Foster update: Mochi gained 40 g this week 🎉 eating wet food on her own now.
Shift lead this week: Priya (Mon/Wed), Tomás (Tue/Thu), Jo (Fri–Sun).
Hey all, the laundry room dryer is broken again — please don't overload it.
Can't make it tomorrow, sick kid. Sorry!! Can anyone cover 2–5?
Foster return date changed: 05/02 → 05/09 (adopter's meet & greet postponed).
Orientation for new volunteers: 2nd Saturday of each month, 10am, training room.
Calendar link: https://calendar.example.com/shelter/volunteers?view=week&start=2024-03-04
Reminder: dog walkers must use the double-leash rule for yellow-tagged dogs.
Weekend foster for Duke (heartworm tx): needs strict crate rest, leash-only potty.
Shift swap: Alex <-> Sam, Tue 6–8pm & Wed 6–8pm. Approved by coordinator.
Foster schedule (March): | Week | Foster | Pet | ¶ |---|---|---| ¶ | 1 | Lee | Biscuit | ¶ | 2 | Ortiz | Biscuit | ¶ | 3–4 | TBD | Biscuit |
Kitten season prep meeting Tues 7pm — bring ideas for the bottle-baby nursery!
I'll be late ~15 min (bus). Start without me.
Schichtplan: Montag 9–12 Uhr Hundespaziergang, Mittwoch 14–17 Uhr Katzenhaus.
Horario de voluntarios: sábado 8:00–11:00, limpieza de jaulas.
ボランティアシフト：土曜日 10時〜13時 犬の散歩
Foster check-in call every Monday; text me if anything's urgent (555-0199).
Reminder: volunteers under 16 must be accompanied by a parent/guardian.
Foster-to-adopt for Luna ends 4/15 — decision needed by then.
Out of office 3/18–3/22. For foster emergencies call the on-call line, not my cell.
Anyone have a spare X-pen? Mine broke. Will return by Sunday.
Dog walk route: main gate → trail loop (1.2 mi) → back through side gate. NO dog park.
New rule: no more than 2 dogs out in the yard at once & never leave them unattended.
Hours logged this month: 14.5 (goal 16). Almost there!
Transport volunteer needed: shelter → Greenfield Vet (22 mi), Wed 8am, return 2pm.
Need 3 people for the adoption event at PetSmart Sat 11–3, setup at 10:30.
Foster supplies pickup: crate (36"), food (Purina Pro Plan), pee pads, toys. Locker #7.
Training schedule: clicker class (Tue 6pm), loose-leash walking (Thu 6pm), both in the yard.
Who's on cat room cleaning today? The litter boxes in room 3 haven't been done.
Do NOT take dogs from the "hold" row out — they're on stray hold until the date on the card.
Overnight foster for the seizure dog — anyone with vet tech experience? He's on phenobarb.
Holiday schedule: Dec 24 close at 2pm; Dec 25 closed (skeleton crew for feeding/cleaning).
Volunteer appreciation BBQ Sat 6/15, 5pm. Family welcome; RSVP by 6/10!
Fostering 101 class moved to Zoom: https://zoom.example.com/j/123456789?pwd=fosterclass
I'm going to drop off 2 bags of kibble & a box of towels before my shift.
If the fire alarm goes off: leash dogs, crate cats, exit through door C. Drill on Thursday.
My availability: M/W/F mornings, every other weekend. Can't do evenings.
Foster journal day 12: she finally slept on the couch next to me instead of under the bed.
Shift notes: Kennel 12 ate all breakfast; kennel 14 only half; kennel 15 vomited (told Dr. K).
Please rinse the food bowls before putting them in the sanitizer — crusty ones don't come clean.
The sign-up sheet for Easter weekend is in the break room; 6 slots left.
Foster pickup at 7 PM; bring a carrier, the kitten is too little for a leash ;)
Walkers: start at the end of the row (kennels 30 → 1) so the long-stayers get out first.
Quarantine room rules: gown + gloves + boot covers, and go there LAST in your shift.
""")

LIT["kennel_card"] = lines("""
BISCUIT — M/N, 3 yrs, 24 kg. Loves tennis balls. Good w/ dogs; no cats.
Hi, I'm Luna! I'm a shy girl who loves chin scratches & sunny windows. ☀️
Caution: do not reach into kennel — use slip lead through the door.
Feeding: 1 cup Hill's i/d AM + PM. No treats (GI upset). NO rawhide.
Kennel 14B | Intake 03/02 | Stray hold until 03/07 | ID A0049213
Name: Sir Reginald Fluffington III ("Reggie"). He knows he's fancy.
I'm a senior gal looking for a couch to retire on. I'm housetrained and quiet!
Meds: Carprofen 75 mg BID with food (see med board).
Red collar = do not walk without staff. Yellow = experienced volunteers only.
Bonded pair — must be adopted together: Salt (white) & Pepper (black).
Fee: $75 (Senior for Senior: waived for adopters 65+).
Bio: Rocky is a big goofy boy who thinks he's a lapdog. 70 lb of love. Likes: belly rubs, peanut butter. Dislikes: baths, mailmen.
Pumpkin 🎃 | DSH | F/S | 5 mo | Playful, loves feather wands.
Adopt me! I'm already microchipped, vaccinated, and spayed. What are you waiting for?
Kennel card language: EN/ES — "Hola, soy Coco. ¡Busco familia!"
Je m'appelle Filou, j'ai 2 ans et j'adore les câlins.
Ich heiße Bruno und suche ein ruhiges Zuhause ohne Katzen.
こんにちは、ミケです。おとなしい女の子です。
Dog name: "Select" (yes really, named by the kids who found him in the Select Comfort mattress box).
DO NOT FEED CHICKEN — allergic. Salmon-based diet only.
Kennel notes: leash-reactive, walks at quiet times only (before 8am / after 6pm).
"Order" — female, 4 y, lab mix. Named after the order of the litter (she was born last).
Behavior: Green. Medical: Green. Available for adoption NOW!
Status: ON HOLD (pending adoption, app #1187) — do not show to other adopters.
Likes: long walks, squeaky toys, car rides. Dislikes: cats, skateboards & vacuum cleaners.
Volunteer tip: I'm a velcro dog — if you sit down in my kennel I'll lean on you.
Weight: 4.1 lb | Age: 10 wks | Sex: M | Color: orange tabby | Vax: FVRCP #1
Please don't bang on my glass; I get scared! — Whiskers
KITTEN FOSTER ALUMNI: raised by the Garcia family, litter of "spice" kittens (Cinnamon, Nutmeg, Clove).
Lost leg to a car accident. Doesn't slow me down one bit — 3 legs, 100% zoomies.
I can be a little mouthy when excited — I'm working on it with my trainers!
Notes for adopters: needs a home with no kids < 10 and no other male dogs.
Adoption fee: $0 — sponsored by a donor in memory of "Buster".
Houdini: escapes any kennel. Double-clip the door & use the carabiner.
Biscuit's favorite command is "sit" — he'll do it 50 times in a row for a treat.
Age: ~8 y (estimated by dentition) | Spayed | Heartworm neg | FIV/FeLV -/-
Hi! I'm Drop. Not "drop it" — just Drop. Like a raindrop. 💧
Housemates tested: dogs ✓ cats ✗ kids ✓ (8+)
Fun fact: Mango can open the treat drawer. Keep it locked!
Diet: Royal Canin Renal, 1/3 cup x 3/day. Water refill q4h (CKD).
Meet Thor — he's 110 lb, a gentle giant, and afraid of the vacuum.
Long-timer alert: 213 days at the shelter. Let's get her home!
Kennel card QR: https://adopt.example.org/pets/A0049213
I'm a Netflix & chill type of cat. Mostly chill.
Not for first-time owners. Needs experienced handler (see behavior notes).
Staff pick ⭐ — "I'd take her home myself if my landlord allowed it" — Jess
Species: rabbit | Breed: Holland lop | Name: Bun Jovi
Guinea pig pair "Union & Jack" — British-themed names from the staff naming contest.
She likes being brushed, but not her tail — she'll tell you with a little nip.
Cage card printed 03/12; reprint if weight changes by more than 10%.
Mochi is deaf — tap the floor to get her attention, don't startle her.
""")

LIT["donor_message"] = lines("""
Donating $50 in memory of our sweet Bella. Thank you for everything you do.
We collected 40 lbs of food at our school's pet drive — can we drop it off Friday?
Hi, I'd like to set up a monthly donation of $25. Is there a way to do that online?
Tribute gift for my mom's birthday — she loves cats. Please send the card to: 12 Oak St, Springfield.
Our company matches employee donations 1:1. Do you have an EIN I can give HR?
Amazon wishlist items arrived? I sent 3 Kongs and a big bag of Temptations.
Can I donate old towels and blankets? Some have small holes.
In honor of Rufus — 14 years of love. Forever in our hearts ❤️🐾
Anonymous gift: $1,000 for the medical fund. Please use it for heartworm treatment.
I'm 8 and I sold lemonade for the dogs!!! $37.50. (Written by mom, but the idea was hers.)
Donation receipt for tax purposes please — email: r.kowalski@example.com
Will you accept an old crate (42") and an unopened bag of Science Diet?
Je fais un don de 30 € pour les chats du refuge. Bon courage à toute l'équipe !
Ich spende 50 € für die Tierarztkosten. Danke für eure Arbeit!
Donación de $20 para comida. ¡Gracias por cuidar a los animales!
寄付させていただきます。猫ちゃんたちのために使ってください。
Пожертвование 1000 руб. на корм для собак. Спасибо вам!
Does my donation go to a specific animal or the general fund? I'd like it to go to Biscuit's surgery.
Our book club chose you as our charity this year — $420 raised! 📚
Please remove me from the mailing list. I still love you guys but I get too many emails.
Legacy giving question: how do I include the shelter in my will? My lawyer is asking for the legal name.
Our Girl Scout troop (#5512) wants to volunteer & make toys. Who do we contact?
Gift in memory of Officer Daniel O'Connor, who loved every stray he ever met.
Paypal isn't working on your site — "transaction declined". Can I mail a check?
Re: Giving Tuesday — is the matching gift still running? Donated $100 at 11:50pm.
I saw the video of Tank's adoption day & cried. Here's $10 for the next Tank.
Company: Acme Corp. Matching program ID 4421-XY. Employee: Sarah Lee.
Wedding favor donation: instead of favors, we donated $5 per guest (120 guests) = $600!
Can you send a thank-you letter to my grandma? She donated in my name: Margaret Olsen.
We're a small bakery; can we do a "pup cup" fundraiser — 10% of sales on Saturday?
For the "Select a fund" dropdown I wasn't sure — I meant the spay/neuter fund, not general.
Donating a car? Is that a thing you accept? It's a 2008 Honda, runs fine.
Sponsoring Mango's adoption fee — please let the adopter know it's from "a friend of Mango".
My cat just passed & I have leftover insulin pens (unopened, not expired). Can you use them?
Monthly donor since 2016 🐶 just updating my card info — old one expired.
Please use my gift "where it's needed most". No need for a receipt.
Question: are donations tax-deductible in Canada? I'm in Toronto.
Dear shelter team, you saved my dog 6 years ago. Here's a photo of him now & $200. ❤
Employee giving via Benevity — the org ID is? The search shows 3 shelters with similar names.
Our church youth group will hold a car wash Sat 9–1. All proceeds → medical fund.
We knit 30 cat blankets for the kennels; drop-off box at the front desk OK?
Pledge: $5/week for a year. Can I set up auto-pay? Bank: Credit Union of the Valley.
In lieu of flowers, the family asks that donations be made to the shelter in memory of Helen.
Donation: 2 pallets of litter from our store (overstock). Need a truck? We can deliver.
I donated through Facebook — does that go to you directly? 
Grant report due 6/30 for the Petco Love grant; please send intake/outcome stats.
Thanks for the adorable thank-you card with Luna's paw print!!!
Memorial brick: "RUSTY — GOOD BOY — 2009–2023". Font size OK?
Hey, we'd like to sponsor a kennel for a year ($365). Can it say "Kennel of the Johnson Family"?
Birthday fundraiser: "Instead of gifts, help me raise $500 for the shelter" — at $412!
""")

LIT["lost_found"] = lines("""
LOST: orange tabby, male, "Cheeto", last seen near Elm & 3rd on Tuesday night. Very friendly.
FOUND: small white dog, no collar, near the library. Holding at my house. Call 555-0166.
Lost dog — black lab, 8 yrs, red collar w/ tags. Skittish, don't chase! Reward $500.
Found cat with a green collar & bell, hanging around our porch for 3 days. Looks well fed.
Is this my dog? Listing A0049213 looks like Buddy (missing since 3/1). He has a scar on his left ear.
Lost: African grey parrot "Kiwi". Says "pretty bird" and whistles the Andy Griffith theme.
Found a turtle crossing the road on Hwy 12. It's in a bucket in my garage. Who do I call?
Perdí a mi perro, se llama Toby, es un chihuahua café. Por favor llamen al 555-0188.
Chat perdu : Minou, noir et blanc, tache blanche sur le nez. Quartier Saint-Michel.
Hund entlaufen! Rüde, Beagle, hört auf "Fritz". Bitte melden!
迷子の猫を探しています。白黒のハチワレ、名前はチビです。
Пропала кошка, серая, зовут Муся. Район ул. Ленина.
Found: 2 ducks in the parking lot of the Walmart on Route 1. Domestic (white Pekin).
Lost husky — escaped from backyard during fireworks (7/4). Microchipped. Please scan all huskies!
Can you check if a cat with chip 985-112-003-456-789 came in? That's my cat's number.
Sighting: brown pit mix running loose near the school at 8:15am, headed toward the creek.
My cat got out through a window screen 2 days ago. Indoor only. Will she come back?
FOUND — young rabbit, lop ears, clearly someone's pet. In my yard on Birch Ln.
Lost dog poster: https://lost.example.org/flyers/2024/03/toby-chihuahua.pdf
Owner reclaimed — verified by photos + vet records. Reclaim fee $35 + rabies $10 paid.
Saw a post on Facebook: "found dog, german shepherd, 5th St". Matches our intake?
Lost cat tips: put the litter box outside, leave an unwashed shirt on the porch, walk the block at dusk.
Found: tiny kitten in an engine bay (heard crying). ~3 weeks. Brought her in.
Hi, I found a dog with a tag that says "If found call Mom 555-0112". No answer. What now?
LOST: female greyhound, retired racer, tattoo in ear "24B-7731". Very fast, won't come when called.
Possible match: our kennel 6 (tan shepherd mix, F). Caller says her dog "Sasha" has a limp.
Found dog is in my garage; he's not eating. Should I give him chicken & rice?
Lost since Sunday — tortie cat "Pixel", 4 yrs, microchipped, shy. Lives at 88 Cedar Ct.
Cat found in the storm drain on Oak & Pine; fire dept got him out. Scared but OK.
Reunion!!! Buddy is home after 47 days. Thank you for scanning him ❤️
Lost: "Bandit" — raccoon-faced tabby, very vocal. Responds to treat bag shaking.
Is it legal to keep a found dog if no one claims it? I've had her for 2 weeks.
Found: bearded dragon in a shoebox behind the laundromat. Cold, but alive.
Lost dog last seen at the intersection of Main St. & Union Ave. heading north.
Found a collar (no dog) with a tag "Rex". Dropped at front desk; maybe someone's looking.
Lost pet report #LF-2024-0310: dog, M, yellow lab, "Cooper", area: Riverside.
Neighbor says the dog's been loose for a week; he drops it at "the shelter on 5th" each time?!
Found cat: gray with white paws ("socks"), neutered (ear not tipped), very thin.
My dog ran off at the park (off-leash area). Could he have been brought here today?
Lost bird: cockatiel, yellow head, orange cheeks. Flew out the back door around 3pm.
Please post on your lost & found board: LOST CAT, Biscuit, 555-0150, reward!!
Where is the lost & found page? The link on Google goes to a 404.
Found tortoise (big!) walking down Sycamore Rd. We put him in the back yard w/ lettuce.
Lost: two goats ("Salt" & "Pepper"). They escaped through a broken fence. Yes, goats.
Found dog with a harness that says "SERVICE DOG — DO NOT PET". Owner may be in distress!
Lost since the storm: black & white border collie, "Skye", wearing a blue GPS collar (dead battery).
Pet found on Rt 7 near mile marker 42, hit by a car, brought to ER vet — do you know the owner?
Found chihuahua in the dog park, the owner left without him?! Holding at the park office.
Posting for my neighbor (elderly, no internet): lost cat, orange, "Tiger", 555-0199.
Description: "medium-size dog, brown/black, floppy ears" — that's like half your kennels lol
""")

LIT["transfer_manifest"] = lines("""
Transfer manifest 2024-03-12: 8 dogs, 3 cats → Happy Tails Rescue (Denver). Driver: M. Ortiz.
A0049213 | Biscuit | Dog | M/N | 3y | DHPP ✓ Rabies ✓ | HW- | chip 985112003456789
Health certificates (CVI) signed by Dr. Kim 03/11; valid 30 days.
Vehicle: van #2, crates 1–11. Water stops every 2 hrs. ETA 6pm.
Receiving partner: Second Chance SPCA, contact: intake@secondchance.example.org
Transfer-in from County AS: 4 puppies, parvo-exposed — quarantine 14 days upon arrival.
Out-of-state transport requires rabies for all animals > 12 wks. Kittens (< 12 wks) exempt.
Manifest columns: ID, name, species, sex, age, vax, meds, crate#, notes
ID;Name;Species;Sex;Age ¶ A0049213;Biscuit;Dog;M;3 ¶ A0049214;Luna;Cat;F;2
Crate 4: Luna (cat) — on Convenia, no meds needed in transit.
Transport cancelled due to snowstorm; rescheduled for 3/19. Partner notified.
Route: Shelter → I-80 W → Lincoln (stop) → Denver. Total ~8h.
Transfert de 6 chats vers le refuge de Lyon, départ 8h.
Traslado de 10 perros al refugio de Valencia. Documentación en regla.
Transport nach Hamburg: 5 Hunde, alle gechipt und geimpft.
移送：犬3頭、猫2頭を提携団体へ。
Pull request from rescue: they want kennels 3, 7, 11, 14. Kennel 14 is on hold — offer 15?
Export file: transfers_2024-03.csv (saved to /home/shelter/exports/)
Signature of releasing agent: ____________ Date: ___/___/______
Note: dog in crate 7 gets carsick — no food 4h before departure.
Arrival confirmation: all 11 animals received healthy at 17:42. 👍
Transfer type: rescue partner pull / shelter-to-shelter / out of county → rescue partner pull
Chip transfer: ownership of chips updated to receiving org (HomeAgain ref #HA-77812).
Please include medical records in the envelope taped to each crate (Ziploc, not loose).
Transport coordinator: Aisha Bello (aisha.bello@example.org). Backup: Tom (555-0123).
Flight volunteer: carrying 1 kitten under seat, SEA → PDX, flight AS 2280.
Manifest v2 — removed A0049220 (adopted yesterday!), added A0049231.
Intake at receiving facility may re-vaccinate; that's fine, our records attached.
Hold harmless agreement signed by both orgs; copy in the transfer folder.
Truck temp must stay between 60–75°F; check thermometer at every stop.
Cats must ride in separate carriers — no doubling up, even littermates > 8 wks.
Summary: dogs 14 (3 seniors), cats 6, rabbits 2. Total 22. Estimated cost $680 (fuel + tolls).
Transfer agreement ref TA-2024-031 between City Shelter & Paws Across America Inc.
Meds packed: Biscuit (carprofen x10), Luna (none), Duke (doxy x28, Vetmedin x30).
Bring back: 6 empty crates from last run + the blue leash bin.
Partner requests: no dogs > 60 lb, no HW+, no bite history. Filtered list attached.
Reminder: scan every chip at loading and again at unloading; mismatches = stop.
Departure photos: https://photos.example.com/albums/transport-2024-03-12
Kennel 9 → crate 3 → Denver HT kennel B12. Chain of custody logged.
Weather check: -5°F in Wyoming tonight — blankets in every crate, heater on.
Line 12 of the manifest has the wrong sex for "Max" (he's M/N, not F/S). Corrected.
Release form for transfer: "Animal is transferred as-is; receiving org assumes all responsibility."
Transport bill of lading #BOL-2291 for donated supplies riding with the animals.
Can we swap the order of stops? Omaha first, then Lincoln — saves 40 min.
Transfer cancelled for Luna (URI flare-up). Replace with Pumpkin?
The rescue union ("Northwest Rescue Union") is taking 4 of the 6 seniors.
Dogs in crates 1–6, cats in carriers 7–11 on the top shelf, rabbits in the front seat box.
Manifest signed-off by: Dr. L. Kim (DVM), M. Ortiz (driver), A. Bello (coordinator).
Post-transport survey: 21/22 animals ate dinner the first night; 1 cat hiding (normal).
Manifest exported as PDF → emailed to partner + cc: transports@cityshelter.example.org
""")

LIT["search_settings"] = lines("""
black lab female under 5
cats good with dogs
senior dogs near me
"german shepherd" -mix
kittens available now
heartworm positive dogs
biscuit
A0049213
how to foster
hours sunday
adoption fee senior cats
bonded pairs
select all
drop-off hours
union ave shelter
order by age
sleep apnea bulldog
dog & cat friendly
rabbits OR guinea pigs
size:large age:<2
weight > 50 lb
chien à adopter
perro pequeño
子猫 里親
кошки
Settings → Notifications → email me when a new senior dog arrives ✔
Display name: Mary-Kate O'Hara
Bio: Dog mom x3 🐾 | foster fail | she/her
Default location radius: 25 mi
Export path: ~/Documents/shelter/exports/2024/
Import volunteers.csv — columns: first_name,last_name,email,phone,shifts
Report filter: species = dog AND outcome = adoption AND date >= 2024-01-01
Custom field label: "Preferred name (if different)"
Email template subject: Your adoption of {{pet_name}} is complete! 🎉
Signature: — Priya Shah | Foster Coordinator | City Animal Shelter | priya@cityshelter.example.org
Notification text: "Hi ${first_name}, your shift starts in 1 hour."
Webhook URL for adoptions: https://hooks.example.com/shelter/adoptions
Timezone: America/Los_Angeles (UTC−08:00)
Language: Español (México)
CSV delimiter: ; (semicolon) — because our Excel is in German locale
Kennel card footer: Adopt. Don't shop. | www.cityshelter.example.org
Print settings: 4x6 cards, 2 per page, landscape
Search tips: use quotes for exact match, e.g. "pit mix", and -word to exclude.
Saved search: dogs, good with kids, < 40 lb, within 10 miles
Report: avg length of stay by species -- last 90 days
API key label: "website widget (read only)"
Password hint: name of my first dog
Sort: newest first | oldest first | length of stay ↓
Feature request: please add a "sleeps in crate" checkbox to the foster profile.
Bug report: "Drop-off" button on the intake form does nothing in Safari 17.
Run `python3 export_kennels.py --month 03` then upload the CSV to the shared drive.
Fee schedule: $75 adult dogs, $150 puppies, $0 seniors (65+ adopters) — approved by board.
Kennel photos live in ../shared/kennel_photos (one folder up from exports/).
Jo prints the cards with: git pull && make labels — ask her if the printer jams.
Filter: dogs | cats | rabbits ; sort: name (A→Z) ; page size 50
Label style: -- DO NOT WALK -- in red, bold, top of the kennel card.
Template help: use {{animal.name}} and {{animal.age}}; ${ } style doesn't work in our SMS tool.
Weights: 1 lb = 0.4536 kg, so multiply lb × 0.4536 in the intake sheet (round to 1 decimal).
""")

# ---- one template per category over hand-written pools ----
POOL = {
    "intake_note": (
        "{src}: {sp}, {sex}, approx {age}. {cond}",
        {"src": ["Stray", "Owner surrender", "ACO pickup", "Transfer-in", "Return to shelter", "Confiscation"],
         "sp": ["dog (lab mix)", "cat (DSH)", "rabbit", "dog (chihuahua)", "cat (DLH)", "guinea pig", "dog (husky)"],
         "sex": ["M/N", "F/S", "M intact", "F intact", "unknown"],
         "age": ["8 wks", "6 mo", "2 yrs", "5 yrs", "10+ yrs"],
         "cond": ["BCS 4/9, alert.", "Fleas +, otherwise OK.", "Limping R hind.", "Very friendly!", "Hiding, hissing at intake.", "Matted coat, needs groom."]}),
    "medical_note": (
        "{vax} given {date}; next due {due}. Weight {w} kg. {note}",
        {"vax": ["DHPP", "FVRCP", "Rabies 1-yr", "Bordetella", "Rabies 3-yr", "FeLV"],
         "date": ["01/14", "02/03", "03/11", "04/22", "05/30"],
         "due": ["in 3 wks", "in 1 yr", "in 3 yrs", "at next booster"],
         "w": ["2.4", "4.8", "12.5", "23.1", "31.0"],
         "note": ["No reaction.", "Mild lethargy, resolved.", "Dewormed (pyrantel).", "Fecal neg.", "Recheck ears next visit."]}),
    "behavior_assessment": (
        "{name}: {trait}; {trait2}. Recommendation: {rec}.",
        {"name": ["Biscuit", "Luna", "Duke", "Mochi", "Thor", "Pepper", "Cooper"],
         "trait": ["good with dogs", "shy with strangers", "leash reactive", "very food motivated", "high energy"],
         "trait2": ["no cats", "ok with kids 8+", "guards toys", "crate trained", "escape risk"],
         "rec": ["any home", "experienced adopter", "adult-only home", "rescue partner", "foster first"]}),
    "adoption_application": (
        "Applicant {who} — {home}, {pets}. Interested in {pet}. {q}",
        {"who": ["Maria G.", "Jean-Luc O.", "Kim N.", "Sean O'Neil", "Aiyana B.", "Tomás R."],
         "home": ["owns house w/ fenced yard", "rents apt (pets allowed)", "condo, no yard", "farm, 10 acres"],
         "pets": ["no other pets", "1 cat", "2 dogs", "1 dog + 1 cat"],
         "pet": ["Biscuit", "Luna", "the bonded bunnies", "any senior cat", "Thor"],
         "q": ["Can we meet Saturday?", "Is the fee negotiable?", "Does he do OK in the car?", "Please call after 5pm."]}),
    "foster_schedule": (
        "{who} — {role}, {day} {time}.",
        {"who": ["Priya", "Tomás", "Jo", "Alex", "Sam", "Mei", "Olu"],
         "role": ["dog walking", "cat room cleaning", "bottle-baby feeding", "front desk", "laundry", "transport"],
         "day": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
         "time": ["7–10am", "9am–12pm", "2–5pm", "5:30–8pm"]}),
    "kennel_card": (
        "{name} | {sp} | {age} | {like}",
        {"name": ["Biscuit", "Peanut", "Ziggy", "Clover", "Nala", "Rosie", "Bear", "Olive"],
         "sp": ["Dog", "Cat", "Rabbit", "Guinea pig"],
         "age": ["3 mo", "1 yr", "4 yrs", "9 yrs"],
         "like": ["Loves belly rubs!", "Needs a quiet home.", "Great with kids.", "Shy at first, then a cuddle bug.", "Ball-obsessed."]}),
    "donor_message": (
        "{amt} {why}. {sign}",
        {"amt": ["$10", "$25", "$50", "$100", "€20", "£15"],
         "why": ["in memory of our dog Max", "for the medical fund", "for kitten season supplies", "in honor of my sister's birthday", "for wherever it's needed"],
         "sign": ["Thank you!", "Keep up the great work ❤️", "— the Nguyen family", "No receipt needed.", "Give Biscuit a hug from us!"]}),
    "lost_found": (
        "{kind}: {desc}, last seen {place}. Contact {ph}.",
        {"kind": ["LOST", "FOUND", "SIGHTING"],
         "desc": ["black cat w/ white chest", "small tan terrier", "gray pit mix, blue collar", "orange tabby, no collar", "husky w/ blue eyes"],
         "place": ["near Elm & 3rd", "by the river trail", "at the Oak St. bus stop", "behind the library", "on Union Ave"],
         "ph": ["555-0101", "555-0144", "555-0172", "555-0190"]}),
    "transfer_manifest": (
        "Crate {c}: {id} {name} ({sp}) — {st}",
        {"c": ["1", "2", "3", "4", "5", "6", "7", "8"],
         "id": ["A0049213", "A0049214", "A0049220", "A0049231", "A0049240"],
         "name": ["Biscuit", "Luna", "Duke", "Pumpkin", "Skye"],
         "sp": ["dog", "cat", "rabbit"],
         "st": ["vax current, HW-", "on meds (see envelope)", "carsick — no food", "loaded 06:40", "received OK"]}),
    "search_settings": (
        "{sp} {filt} {loc}",
        {"sp": ["dogs", "cats", "puppies", "kittens", "rabbits", "senior dogs"],
         "filt": ["good with kids", "under 30 lb", "house trained", "low energy", "bonded pair"],
         "loc": ["near 98101", "within 20 miles", "in Portland", "downtown", ""]}),
}


def main():
    rng = random.Random(SEED)
    here = os.path.dirname(os.path.abspath(__file__))
    rows = []
    n = 0
    for cat in LIT:
        lits = list(LIT[cat])
        assert len(lits) >= 50, (cat, len(lits))
        assert len(set(lits)) == len(lits), cat
        vals = lits[:PER_CAT]
        tmpl, pools = POOL[cat]
        seen = set(vals)
        guard = 0
        while len(vals) < PER_CAT:
            guard += 1
            assert guard < 10000
            keys = sorted(pools)
            v = tmpl.format(**{k: rng.choice(pools[k]) for k in keys}).strip()
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": cat, "label": "benign", "value": v})
    with open(os.path.join(here, "benign.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
