#!/usr/bin/env python3
"""Held-out WAF benign corpus for the theater / stage-production app.

Standard library only. Each category has hand-written literal values (one per
line in the blocks below; a written "\\n" becomes a real line break) and ONE
small template over hand-written pools that fills the category to 80 values.
Writes benign.jsonl next to this file.
"""
import json
import os
import random

SEED = 10801
PREFIX = "hba8"
PER_CATEGORY = 80

SCRIPT_EXCERPT = r"""
HAMLET. To be, or not to be — that is the question.
[Enter MACBETH, alone. Thunder.]
(She crosses to the window, pauses, and does not look back.)
LADY M. Out, damned spot! out, I say! — One; two: why, then 'tis time to do't.
[Lights fade. A single chair remains DSC.]
ROMEO. But soft, what light through yonder window breaks?\n[JULIET appears above, at a window.]
NORA. (putting on her shawl) I'm leaving you, Torvald. Tonight.
[Pause.] [Longer pause.] [He picks up the phone — it's dead.]
VLADIMIR. Well? Shall we go?\nESTRAGON. Yes, let's go.\n[They do not move.]
(beat) "Union" is the wrong word for what we had, Marcus.
GRACE. Select whichever one you like — they're all poison anyway.
[Sound of a door slamming off SR. Everyone freezes.]
MRS. O'BRIEN. Don't you "darling" me, Patrick O'Shea!
(Aside, to audience) He thinks I don't know about the letters. I know about the letters.
ACT II, SCENE 3 — A drawing room in Bath. Late afternoon.
[The stage is bare except for a ladder. Sound: rain on a tin roof.]
JOE. Drop it. Just drop it, okay? We're not doing this tonight.
ANNA. I slept for twelve hours and I'm still tired. Sleep doesn't help anymore.
[Enter the CHORUS, masked. They speak as one.]
CHORUS. O for a Muse of fire, that would ascend / The brightest heaven of invention!
(reading the note aloud) "Meet me at the pier — 9 o'clock — come alone."
THE DOCTOR. Order, order! By order of the court, this hearing is adjourned.
PROSPERO. Our revels now are ended. These our actors, / As I foretold you, were all spirits and are melted into air, into thin air.
[She takes out a knife — no, a letter opener — and cuts the string.]
EMILIA. Where's the remote? — No, the *other* one.
[Blackout. In the dark, a phone rings three times, then stops.]
MARTHA. I swear, if you say "it's fine" one more time...
(whispering) Is he gone? — He's gone.
[Door bell. Nobody moves. Door bell again.]
PUCK. If we shadows have offended, / Think but this, and all is mended.
IVAN. Nobody drops the tray; you *place* it. Like this. Gently.
[Music: distant brass band, getting closer. Crowd noise builds.]
HEDDA. (at the stove) I'm burning your child, Thea! — your child and his.
STANLEY. Hey, Stella!! [He bellows it twice more.]
[A sign is lowered: "CLOSED UNTIL FURTHER NOTICE".]
GEORGE. Who's afraid of Virginia Woolf, Virginia Woolf...\nMARTHA. I... am, George... I... am...
(He counts the coins: one, two, three — then sweeps them off the table.)
LENA. The select committee meets at four. Bring the minutes and your nerve.
ELLA. Table for two — no, three — no... two. It's always two.
[Scene change — lights stay at 30%, crew in blacks, no music.]
INSPECTOR. We don't live alone. We are members of one body.
[Snow falls from the flies. It should not look pretty.]
(to the dog) Sit. SIT. ...Fine, don't sit.
OTHELLO. Put out the light, and then put out the light.
[Beat. She laughs — too loud, too long.]
SONYA. We shall rest, Uncle Vanya, we shall rest!
[Enter FOOL, with a coxcomb & a lute.]
JACK. I've now realised for the first time in my life the vital Importance of Being Earnest.
[Projection: a map of Europe, 1914. Arrows sweep east → west.]
KATE. Two shows a day, and the matinee crowd < the evening crowd, always.
CYRANO. (drawing) I'll strike home at the end of the envoi!
[The actors playing the BAND enter through the house, stage L.]
EDMUND. (reading) "If our father would sleep till I waked him, you should enjoy half his revenue for ever."
""".strip("\n")

CUE_SHEET = r"""
LX 14 GO — house to half
SQ 3 — storm bed, fade in over 5s
LX 14.5 | follow on Hamlet | 3s up
Cue 22: standby LX 22, SQ 8, Fly 4 — GO on the slam
SQ 12 → SQ 12.1 auto-follow after 2s
LX 101 (preset for Act II) — do NOT go until house clear
Fly Q 7: fly out the gauze, 8s, watch for the chandelier
Standby LX 30 & SQ 15... LX 30 & SQ 15 GO
LX 45 / 12s / "sunset" — ends at 40% on the cyc
SQ 9 — doorbell (x2), vol -6 dB
LX 50-55: chase on the windows, stop at 55
Q 60 is cut per director 14/03 — renumber? No, leave gap.
LX 67 | B/O | 0s
Sound cue 4A: the phone rings until Nora picks up (manual stop)
SQ 21 — Union Jack anthem snippet, 0:12, fade out 3s
Cue list "MAIN" — select cue 1, go from top
LX 88 GO on Stanley's exit line "...and drop the act"
Rail Q 3: drop the backdrop in on count of 3
SQ 30 = pre-show music; SQ 31 = "switch off your phones" VO
LX 12 — sleep scene, blue wash 20%, 10s
Standby SQ 5 (gunshot). SQ 5 GO. Actor fires blank at ~15:42.
LX 200-210 are curtain-call cues
Cue 33 moved to *before* the line "Where's the letter?"
LX 9: DS special -> 70% over 4s; all else out
Q 17 | LX + SQ + Video | GO together
SQ 40 loop: rain --> stop on SQ 41
LX 3.3 (part cue) — add 2s delay, wait on SQ 2
FS1 pick up Juliet DSL; FS2 hold on balcony
SQ 7: thunder #2 — LOUDER than #1
LX 120 "Dawn" — 90s fade, 0 → 60%
House to half, house out, GO pre-show LX 1
SQ 14: traffic FX, stereo, from SL speakers only
LX 77 — strobes. Warning sign in foyer!
Cue 8 → Cue 9 auto: 0.5s wait, then fade
Act I ends on LX 99 / SQ 44 / Tabs in
SQ 16 & SQ 17 swap order — drop SQ 18 completely
Video Q 5: projection of the letter, 4s crossfade
LX 25 | 3/5 split | bump on "Now!"
Cue 11 GO... Cue 12 GO... Cue 13 standby
SQ 2.5 — added 03/04, crow caw, vol -10
LX 61 cancelled; LX 62 renumbered as LX 61
Pyro Q 1 — ONLY after ASM confirms clear — GO
SQ 50 (interval music) runs 15:00, fade at 14:30
LX 31 cross-fade to LX 32: up 5 / down 8
Go LX 70 on the door handle, not on the line
SQ 19 "music box" — play from 0:04, not 0:00
Haze: on at 30% before LX 40, off at interval
LX 1000 = worklight preset; never in show
Auto-follows: LX 5 → 5.1 → 5.2 (each 1s)
SQ 22 volume: master at -3, subs off
LX 150 GO — tabs out on "Ladies and gentlemen…"
Cue sheet columns: Q# | Type | Time | Page | Line -- e.g. 14 | LX | 3 | p.22 | "Who's there?"
LX 14 & SQ 3 go together; if SQ 3 fails -> skip to SQ 4 (don't wait)
""".strip("\n")

BLOCKING = r"""
Hamlet enters DSL, crosses to C on "To be", sits on the trunk.
Macbeth X to DSR; Banquo follows 2 paces behind — keep sightlines clear for row A.
Nora: cross behind sofa, pick up shawl from chair SL, exit via UC door.
Blocking change 14/03: Juliet stays on the balcony until "parting is such sweet sorrow" -- then exit UL.
Stanley enters from SR, slams the door, crosses DS of the table (not US!).
Everyone freeze on the slam; count 3; resume.
Chorus in a V shape, point at DC, 1m spacing.
Ophelia: drop the flowers one by one on the cross to DSR.
Group scene: order by height, tallest at the back, US platform.
Kate sits on the edge of the stage (legs over the pit rail — check with SM!).
The duel: Tybalt L, Mercutio R; fight director's notes in the binder p.12.
Lear X DSC -> kneels -> Cordelia kneels facing him; hold 5 counts.
Don't upstage yourself on the sofa: open out to the house, ¾ profile.
Marcus: your mark is the blue glow tape, not the white one.
Cross on the line, not after it. "Select your weapon" → move on "weapon".
Union scene (Act 2): both families meet DSC, handshake, then split L and R.
Jess and Tom: swap positions on p.34 so Tom is SR of Jess.
Vanya exits through the house (aisle 2), back in through the pass door for Act III.
Ensemble: spread across the thrust; nobody stands in the vom entrances.
Puck appears on the truck at UC; truck tracks DS during "Lord, what fools".
Lady M. sleepwalks: enter UR, candle in L hand, cross diag. to DL.
Inspector stays seated for the whole scene (except the stand on "one body").
Dinner table: Birling at head (SR end), Sheila DS side, Gerald US side.
Fight call 18:45; go through the drop/roll sequence twice at half speed.
Hedda at the stove US; Thea & Tesman DS L; Brack enters via french windows.
"Get down!" — everyone drops to the floor, heads DS. Safe landing please.
Stella: on the stairs at "Hey Stella!!" — do not run down them, walk.
Blocking for the curtain call: lines of 3 | bow | leads bow | all bow | exit L & R.
Estragon sits on the mound; Vladimir circles it clockwise (never counter-clockwise).
Kids' chorus: enter 2 by 2 from SL wing, exit SR. Chaperone in the wings at all times.
Ghost appears on the battlements (rostra 1.8m); keep 50cm from the edge.
Cross to the piano — touch the keys but do not play (SQ 18 plays it).
Page 41: cut the cross to the window; stay at the desk.
Duel ends DSC, Tybalt falls with head US; Romeo steps over him to SL.
On "Order, order!" the judge bangs the gavel twice; jury rises.
Tom lies down on the bench at "I need to sleep"; stays there through the blackout.
Ensemble freeze in tableau; hold until LX 88 completes (about 6s).
Emilia X behind Desdemona's bed, picks up the handkerchief from the floor DS.
Nobody crosses in front of the ghost light during the scene change!
Actors return to "places" at the top of Act 2: Nora at the tree, Torvald in the study.
Wheelchair blocking for Mr. Hall — ramp SL only, leave 1.2m clear path.
Act 1 sc 4 re-block: Sam → DSR, Ali → C, Jo stays on the chair.
Pause on the threshold 2 counts, then enter. Don't rush it.
Banquet scene: Macbeth sees ghost in his chair (US C); he backs DS to the rail.
Moves for the song: step-touch x4, turn on 5, arms up on "home".
Prospero breaks his staff over his knee (breakaway prop, 3 spares in SR wing).
"Drop the sword" — sword goes down on the rug, not on the bare floor (noise).
Sightlines from the dress circle: anything US of the 3rd flat is blocked, move DS.
Scene 7: Cyrano on the bench, Roxane enters SL with the letter.
Ensure Viola & Sebastian never appear in the same sightline until Act V.
Run the blocking for 2.3 again && then the top of 2.4.
Stage L = actor's left (house right!). Reminder for new crew: SL ≠ house left.
""".strip("\n")

REHEARSAL = r"""
Rehearsal Report #14 — Mon 3 March\nCalled: 10:00–18:00. Absent: none. Late: J. Okafor (10:12, train).\nNotes: Scenes 1–4 run. Fight call added tomorrow 17:30.
Props: please source a second teacup — the first one broke during 2.3 (no injuries).
Lighting: can we get a special on the trunk DSL? Director would like it for the "sleep" speech.
Costume: Lady M.'s nightgown needs to be 5cm shorter — she tripped on the stairs twice.
Set: the SR door sticks. Please plane / adjust before tech.
Sound: director wants the thunder in SQ 7 louder & longer (>4s).
General: Great work today everyone! Union rates for the overtime have been confirmed by the GM.
Stage management: please drop your availability for the photo call in the shared sheet by Friday.
Health & Safety: the wet floor in the green room was reported to the venue; cones in place.
Schedule: Tues 10–1 music; 2–6 Act II scenes 3–5; 6:30 costume fittings (Sam, Ali, Jo).
Run time Act I: 1:04:22 (was 1:07:40 on Friday). Act II: 52:10.
Director's note: "Stop playing the end of the scene at the beginning."
Props: can we replace the prop knife with a rubber one? Actor is concerned about the edge.
Rehearsal Report #21 — tech day 2\nWe got to LX 88 / SQ 40. Notes:\n1) Haze too thick for the balcony scene\n2) Fly 4 bounced on the out-dead\n3) Actors need more light on the DSR entrance
Lighting: no notes today, thank you!
Wardrobe: quick change in 2.1 is 45s — we need a dresser SL & a changing booth.
Sound: the radio mics dropped out on the select committee scene; check RF scan.
Set: please add glow tape to the edge of the rostra (US). Actors can't see it in B/O.
Health: Maria is off sick today (cold). Understudy covered — she was great.
Props: the letter in Act 3 needs to be pre-torn; please make 8 for the run.
Fight call notes: slap in 1.5 is knapped by the receiver — keep the hand flat.
Break: 15 min at 11:30; lunch 13:00–14:00; 10 min at 16:00. Equity breaks observed.
Music: vocal warm-up moved to 9:45 on show days.
Today was a bit slow — we re-blocked 2.2 three times. Director decided on version B.
Admin: please note the "order by" date for programme bios is this Thursday 12:00.
Production meeting @ 17:00 in Rehearsal Room 2 — all HODs.
Costume: Hamlet's boots arrived; sizes 43 & 44 — please try both.
Set: the revolve is OFF-LIMITS until the engineer signs it off (expected Weds).
Sound: can we drop the pre-show volume by 3dB? Front rows said it was too loud.
Lighting: director loves LX 45 ("sunset") — no change.
Props: chairs #3 & #4 squeak. WD-40 please (not during rehearsal).
Stage management: please DO NOT leave water bottles on the set. Ever.
No rehearsal Sunday. Monday 11:00 start (not 10:00) — company warm-up at 10:45.
Notes from the first preview: some laughs lost in 1.3 — pacing. Sleep scene was 👌.
Director: "I want to see the stakes. Why does this matter TODAY?"
Understudy rehearsal Thurs 14:00–17:00 — Act I only; full cast not called.
Photo call: Fri 18:30 — full costume, no make-up changes between setups.
Accessibility: audio-described performance on 12/04 — AD team needs a script by 05/04.
Safety: the pit rail must be in place for all runs; see Risk Assessment v3.
Report: 2 accidents logged (minor grazes, first-aid applied, both continued).
Please could everyone check their contracts are signed & returned to the CM by Friday.
SM: the sign-in sheet is by the stage door; sign in AND out, please.
Set: the "table" is 1m shorter than the rehearsal one — adjust blocking in 3.1.
Lighting: LX 12 blue is too cold; try L201 instead of L200?
Sound: SQ 22 plays twice when GO is double-tapped — can we add a lockout?
Company: warm congratulations to Dev on the engagement! 🎉
Costume: please don't eat in costume. Thank you!!!
Rehearsal ran 15 min over — apologies. We'll finish on time tomorrow.
Director: drop the pause before "I know" — it's telegraphing.
Notes: table work on Act II; discussion of the union strike subplot & its history (1926).
Please read ../Notes/Act2_director.md on the shared drive before Thursday (Rehearsals > Notes > Act 2).
Admin: the rehearsal calendar export is at https://calendar.theatre.example/ical?team=lear&from=2026-03-01 — subscribe, don't download.
""".strip("\n")

PROPS = r"""
Teacup (x3, 1 breakaway), saucer (x3), teapot — Act 1 sc 2
Prop knife (rubber, painted) — Lady M.; stored SR prop table, slot 4
Letters: 8 pre-torn, 8 sealed — consumable, reset each show
Hamlet's skull ("Yorick") — resin; do NOT drop on stone floor
Cyrano's nose x2 (prosthetic) — Wardrobe to glue, Props to store
Period telephone (1930s, working bell via SQ 9)
Costume: Nora — Act 1 blue day dress; Act 3 black travelling coat + shawl
Costume list: Stanley | T-shirt (x4, sweat) | jeans | bowling jacket
Wig: Lady Bracknell — grey, pinned up; wig room by the half
Walking stick (Lear), breakaway staff (Prospero) x3
Bottle: sugar glass (x6) — stored in foam crate, SL
Crown (paper, gold) — Fool; crown (metal) — Lear
Union flag (small, 60x30cm) — for the garden party scene
Chairs: 6 dining (bentwood), 2 armchairs (green velvet)
Sleeping bag, torch, tin mug — Vladimir's bag
Fake blood: 2 capsules + 50ml pump — wash-out formula ONLY
Pocket watch on chain — works but set to 11:55 for the scene
Quill & ink pot (ink = water + food colouring)
Costume change 2.1: jacket off → apron on → hair down (45s)
Shoes: Ella sz 38 (character heels, 5cm) — rubber soles added
Bouquet (silk), rose (real, replaced daily) — Act 2
Newspaper: "The Times", 12 May 1937 — replica front page, 10 copies
Sword (rapier, blunt, fight-approved) x2 + 1 spare
Bicycle (vintage, brakes checked) — enters SL
Tray, 4 glasses (plastic), decanter with cold tea ("whisky")
Drop cloth (canvas) for the painting scene — 3m x 2m
Hat box with ribbon — contains the letter (pre-set)
Candle (LED, flicker) — Lady M. sleepwalking
Props budget: £1,250 (spent £940 — see receipts in folder)
Hire: 3 x period lamps from Smith & Sons, return by 20/05
Ring (brass) — Portia; spare in SM kit
Plates (melamine) — so they won't break if dropped
Costume: Hedda's gown — "select" the darker green from the two options
Cigarette (herbal, unlit) + lighter (no flint) — Stanley
Dog lead + toy dog (Act 1 only; real dog replaced after week 1)
Masks (half, white) for CHORUS x8 — elastic replaced
Picnic hamper: sandwiches (real, cucumber), flask, 4 plates
Wardrobe: dresser needed SR for 2.4 & 3.1 quick changes
Shirt (white, 5 per run — blood scene), collar studs
Suitcase (light, empty) + suitcase (heavy, weighted 8kg) — keep them labelled!
Gavel & block — courtroom scene
Map of Europe (printed, 1914) — pinned on the easel
Typewriter — working (Olivetti), ribbon changed
Letters: "Dear Torvald —" handwritten by props dept (x30)
Lanterns (battery), x4 — procession
Costume: Puck — leaf jacket, leggings, bare feet (floor mopped before each show)
Puppet (rod, Hansel) — needs repair: rod snapped at wrist joint
Umbrella that opens on cue (modified, spring-loaded)
Prop list v7 (latest) — supersedes v6. Changes marked with ->
Cutlery: forks (x6), knives (blunt, x6)
Costume hire returns: deadline 01/06 — all items to be dry-cleaned
Dress shirt collar: size 15½ (Tom) / 16 (Sam)
Prop tracking sheet: C:\Users\props\Documents\Lear\props_v7.xlsx (also on the shared drive)
""".strip("\n")

TICKETING = r"""
Customer called: wants to swap Sat 8pm → Sun 3pm, same seats if possible.
Wheelchair space requested (row A, seat 1-2), plus companion seat.
Refund processed for order #48213 — show cancelled (snow).
Group booking: 24 students + 3 teachers, Thurs matinee, 15% discount.
Complimentary tickets x2 for press (The Stage) — held at box office under "Patel".
Patron has hearing aid — offered infrared headset & loop seats, row F.
Customer says "I selected row C but got row G" — checked, they chose G. Explained politely.
Please drop the booking fee for this customer (GM approved, see email).
Seats F12 & F13 — duplicate sale! Move second pair to F14/F15 and apologise.
Ms. O'Connor — gift voucher £50, expires 31/12; code given by phone.
Customer asked whether the show is suitable for 10-year-olds. Advised: 12+ (language).
Late-comers will be admitted at a suitable break (approx. 20 min in).
Accessibility: captioned performance Tue 14/05, audio described Sat 18/05 2:30pm.
Customer email: anna.lopez@example.com — wants e-tickets re-sent.
Order #51190: 4 x £35 + 4 x £2.50 booking fee = £150.00
Union members discount: 10% with valid card — check at collection.
Patron asked to be seated near the aisle (knee surgery). Moved to C1.
House seats released for Fri (6 x stalls). Sold within 10 min!
Customer complained about the queue for the bar at interval. Passed to FOH manager.
Ticket price bands: A £45 | B £35 | C £25 | Restricted view £15
Seat map note: rows A–C are in the pit cover — not available for the musical.
Waitlist: Mr. & Mrs. Zhang (2), Dr. Kowalski (1), Jo Smith (4)
Refund policy: no refunds < 48h before the performance, exchanges only.
Pre-show talk Thu 6:15pm — free for ticket holders, book via the "Events" tab.
The customer couldn't find the "order by date" filter on the booking page.
Patron asked if they can bring a guide dog — yes, of course. Noted on booking.
E-ticket scanned twice at door 2 — legit (phone + printout). Admitted once only.
Member presale: opens 09:00 Mon; general sale 09:00 Weds.
Customer: "Do you have anything cheaper than £25?" → Offered standing, £10.
Box office hours: Mon–Sat 10:00–20:00; closed Sundays unless there's a show.
Booking ref: THR-2026-009384 — 2 adults, 1 child; child seat booster requested.
Can we sell seat K1? It's behind the pillar — yes, as restricted view only.
Gift: customer wants tickets sent to her mum — mrs.m.davies@example.co.uk.
Phone booking; card declined twice; customer will come in person.
Patron left an umbrella in row D — lost property shelf, tag #112.
Customer asked about parking: nearest car park on Queen St (24h), £6 evening.
Cancelled the hold on seats H5–H10 (school didn't confirm).
Customer feedback: "Best Lear I've seen in 30 years — thank you!"
Ticket upgrade: stalls → dress circle, price diff £10 paid at box office.
Groups > 10: invoice via finance@theatre.example; pay within 14 days.
Relaxed performance Sat 11am — house lights at 30%, no loud sound FX.
Please re-send confirmation to jose.garcia+tickets@example.org (typo in original).
The customer said the site froze after clicking "Select seats". Advised to retry in a new browser.
Press night: hold 40 seats row E–G; list in the shared folder /FOH/press/opening.xlsx
Customer: "Are the seats in row A too close?" — row A is fine; stage height 80cm.
Gave 2 comps for the cast member's grandparents (approved by CM).
Vouchers can't be combined with other offers — explained; customer accepted.
Box office float: £200 in, £1,436.50 out — count matches Z-report.
Patron sleeping during Act 2 — snoring reported; usher gently woke him up.
Show runs approx. 2h 40m incl. 20 min interval.
Customer is a student — 50% off with ID, Mon–Thu only.
Email template: Dear {{patron_first_name}}, your seats for {{show_title}} on {{date}} are confirmed. See you soon!
| Band | Price | Concession |\n|---|---|---|\n| A | £45 | £40 |\n| B | £35 | £30 |\n| C | £25 | £20 |
Concession rule: age >= 65 OR student -> 20% off; under-16s <= £12.
""".strip("\n")

CAST_BIO = r"""
Siobhán Ní Bhriain trained at the Gaiety School of Acting. Theatre includes "Dancing at Lughnasa" (Abbey) and "The Seagull" (Gate).
Kwame Mensah (Macbeth) — RADA graduate; last seen here as Othello. TV: "Line of Duty", "Casualty".
Marie-Claire Dubois joue Nora. Formée au Conservatoire de Paris, elle a joué dans « La Mouette » et « Phèdre ».
José Ángel Fernández is making his professional debut. He'd like to thank his mum, his dog and the union.
Anna O'Reilly — theatre: Our Town (Royal Exchange); Blood Brothers (UK tour). She's also a trained stage combat instructor (BADC).
Yuki Tanaka (田中 由紀) trained in Tokyo and London. She plays Puck & the Fool.
Dev Sharma is a writer & actor from Leicester. His play "Union Street" ran at the Curve in 2024.
Olga Petrova (Ольга Петрова) — Moscow Art Theatre School; dance: Mariinsky ballet class.
Tom Brown-Williams: "I've wanted to play Stanley since I was sixteen. Thanks Mum & Dad!"
Lena Müller spielt Hedda. Ausbildung: Ernst Busch, Berlin. Zuletzt: „Woyzeck" am Schauspielhaus.
Ahmed Al-Farsi (أحمد الفارسي) — actor and oud player; composes the live music for this production.
Chiara Rossi è nata a Bologna. Teatro: "Sei personaggi in cerca d'autore", "La locandiera".
Sam O'Neill — credits: The Select Few (Bush Theatre), Drop Dead Gorgeous (fringe, 2023).
Priya Patel is our Assistant Stage Manager. Previously: DSM on "Sleep No More" (London), ASM "Hamilton" (tour).
Ji-woo Park (박지우) trained at Korea National University of Arts. First UK role.
Dr. Harriet Cole is our dramaturg. She teaches at the University of Bristol & writes for @TheStage.
Mateusz Kowalski — lighting designer; recent: "Woyzeck" (Teatr Nowy), "Medea" (Almeida). www.mkowalski-lighting.example.com
Fatima Zahra Benali — costume designer, Casablanca/London. "Costume is character you can touch."
Liam McAllister: Glasgow-born, Edinburgh-trained. Has played Hamlet, Horatio, and (once) the Ghost.
Ingrid Sørensen (sound designer) — Copenhagen; works in QLab & Ableton; loves field recordings.
Rosa García (Nurse) has been acting for 40 years. She's "thrilled to be back where it started".
Nikolai Ivanov is a stage manager with 15 years in opera and drama. Motto: "Standby means standby."
Emily Chen — understudy for Juliet & Lady Capulet; graduate of LAMDA (2025).
Mohammed Hussain (Inspector Goole) — National Theatre, RSC; films: "The Drop", "Sleep Well".
Zoë D'Souza — actor, musician, activist. Co-founder of the Stage Union Youth Network.
Álvaro Núñez: "¡Gracias a todos por venir! Disfruten la función."
Hannah Schmidt plays Sonya. She also speaks fluent Russian & sings in a folk trio.
Gareth Jones (Director) — Artistic Director since 2019. Productions here: "Lear", "Our Country's Good", "Hedda Gabler".
Aoife Byrne — voice & dialect coach (Irish, RP, General American, Scots).
Benjamin "Ben" Okafor trained at Guildhall. He plays Laertes and fights (a lot).
Sofía Martínez — choreographer. Previously: "West Side Story" (Madrid), "Chicago" (Buenos Aires).
Thabo Nkosi (Vladimir) trained at the Market Theatre Lab, Johannesburg.
Claire Lefèvre — scenographe. Expositions : Prague Quadrennial 2023.
Marco D'Angelo is our production electrician. If it lights up, it's probably his fault.
Aisha Bello — writer of the new adaptation. "I wanted Nora to walk out into 2026."
Daniel Levi (דניאל לוי) — composer & sound designer, Tel Aviv / London.
Eleanor Whitfield — Lady Bracknell. 60+ years on stage; OBE for services to drama.
Kenji Watanabe (渡辺健二) — fight director, Equity registered. Teaches at Rose Bruford.
Maja Nowak: Polish-British actor; credits include "The Crucible" (Old Vic) and "Select Committee" (Radio 4).
Pedro Silva — Portuguese actor & puppeteer; built the Hansel puppet himself.
Grace Adeyemi (Desdemona) — trained at Mountview; debut album out in June.
Oscar Lindqvist — assistant director; he's also running the "Young Company" this summer.
Bridget O'Malley, company manager, says: "My door is always open — usually literally."
Rahul Menon (राहुल मेनन) — sound No.1. Mixes every show live on the DiGiCo.
Nina Haddad — costume supervisor; 20 years at the Lyric; loves a good hem.
Carlos Mendes — Orsino; bilingual (PT/EN). Credits: "Twelfth Night" (Globe), "Blood Wedding".
Tamsin Kerr — Stage Manager. Loves cue lights, spreadsheets & a well-sharpened pencil.
Alex Rivera (they/them) — actor & deviser; co-artistic director of Drop Theatre Co.
Svetlana Kuznetsova — vocal coach; previously at the Bolshoi's young artists programme.
Jamie Li (李杰明) plays Ariel. Trained in circus arts & aerial silk (Circomedia).
Wren O'Hara ("Wren") — improviser; her one-woman show `SELECT * FROM feelings` toured the fringe in 2025.
""".strip("\n")

LIGHTING = r"""
Chan 1 Thru 24 @ Full Enter
Cue 14 Time 3 Enter
Group 5 @ 70 Enter
Chan 101 + 105 + 109 @ 40 Enter
Record Cue 22 Label "Storm" Enter
Sub 3 @ 50
Chan 1 Thru 50 - 25 @ 0 Enter
Cue 45 Time 12 Delay 2 Enter
Update Cue 67 Enter
Patch Chan 201 Address 2/101 Enter
Cue 3.3 Follow 2 Enter
Go To Cue 101 Enter
Chan 12 Color Palette 7 Enter
Chan 40 Thru 48 Intensity Palette 3 Enter
Part 2 Time 5 / 8 Enter
Record Cue List 2 Cue 1 Enter
Macro 801: Chan 1 Thru 999 @ 0; Go To Cue 0 — "clear all"
Blocking cue (B) on Q 30 — don't track through
Chan 301 > 312 @ 80 (MA syntax: Fixture 301 Thru 312 At 80)
Store Cue 14.5 /merge
Fixture 1 Thru 10 At Preset 2.3
Sequence "Act II" — go from cue 1; Exec 1.1
Cue 120 "Dawn": up 90 / down 60
Chan 55 @ 100 Sneak 5 Enter
Chan 7 Pan 50 Tilt 30 Enter
Effect 902 on Group 4 — "candle flicker" 0.3Hz
Highlight; Next; Next; Next — check all movers
Chan 1 Thru 100 Rem Dim Enter
Cue 200 Thru 210 Label "Calls"
Park Address 1/512 @ Full (worklight)
Unpark Chan 999
Copy To Cue 33 Enter — then delete Cue 32
Chan 60 Focus Palette 12 "DSR special" Enter
Cue 9 Discrete Time 0 Enter
LX 88 | Chan 20 > 30 @ 60 | Time 4
Chan 1 & 3 & 5 @ 45 Enter
Cue 50 Thru 55 Time 1 Enter
Select Group 8; Set Color to L201
Sub 10 Bump (haze on)
Record Cue 1000 "Worklights" Enter — never run in show
Chan 150 @ + 10 Enter
Chan 150 @ - 10 Enter
Query Chan 21 — shows last cue 45 at 70%
About Chan 121 — DMX 3/217, ETC Source Four LED
Cue 77 "Strobes" — Effect 910, rate 12Hz
Link Cue 99 to Cue 101 (Act II start)
Preset 4 "Window gobo" — rotate 5rpm
Fixture 401 Thru 408 Zoom 25
Clear; Clear; Clear — then Chan 1 @ Full
Live Chan 222 Gobo Select 3 Enter
Cue 31 Time 5/8 Delay 0/2 Enter
Sneak Time 10 Enter
Export filename: ${show}_${date}_cues.csv — e.g. Lear_2026-03-14_cues.csv
Console note: Chan 12 <-> Chan 14 swapped in patch (fixtures were hung the wrong way round)
""".strip("\n")

SOUND = r"""
SQ 3: Play "storm_bed.wav" fade in 5s, loop
SQ 12 → auto-continue 2s → SQ 12.1
Macro "Preshow": Stop all; Load "preshow.mp3"; Fade master to -3 dB; GO
QLab: Group cue "Thunder" — Fire all children simultaneously
SQ 9 doorbell.wav | vol -6 | out: SL speakers only
Stop all cues && fade master to -inf over 3s
SQ 30 → 31: preshow music → "switch off your phones" VO
Script cue (AppleScript): tell front workspace to go
OSC: /cue/14/start — sent from the LX desk to QLab
MIDI show control: GO, cue list 1, cue 22
SQ 40 loop rain; SQ 41 = stop SQ 40 (fade 4s)
Mic 4 (Hamlet) — mute on exit, unmute DSL entrance
Scene 12 on the DiGiCo: snapshot "Act 2 top"
Fade cue: target SQ 22, level -10 dB, 6s, stop when done
SQ 5 gunshot — play from 0.00, no fade; check level in each venue
Sound check: 18:30; band line-check 18:45; radio mics 19:00
Playback route: Out 1/2 = mains L/R; Out 3 = sub; Out 4 = SR foldback
Macro "Interval": fade all playing; play "interval_music.mp3"; wait 14:30; fade out
SQ 19 music box — start at 0:04 (trim in the audio cue)
Devamp cue: SQ 44 stops loop at end of current bar
Mic check: 1 2, 1 2 — "sibilance, sizzle, sausage"
SQ 50 → cue target: "Interval music" | loop off
Check: $HOME/Shows/Lear/Audio is the active folder on the main Mac
Backup Mac mirrors main via LTC & OSC; keep both in sync
QLab network cue: udp 192.168.1.50:53000 "/go"
Audio file naming: SQ_###_description.wav, e.g. SQ_012_traffic.wav
SQ 14 — traffic FX; pan hard L → C over 8s
Fade master to -inf; wait 2; stop all — "hard panic" macro (only for emergencies)
SQ 7: thunder #2 — vol +3 vs thunder #1; add low shelf +4dB @ 80Hz
Ableton scene 3 "Ballroom" — trigger from QLab via MIDI note C3
Reverb: hall 2.1s on vocals, plate on the band
SQ 16 & SQ 17 — swap order in the cue list (director's note)
Mic 12 (Stanley) — sweat issue; switch to ear-worn boom from Act 2
Delay speakers: +18 ms for the circle, +32 ms for the upper circle
SQ 2.5 crow.wav — vol -10, from flies L
Show file: Lear_v14_FINAL_final.qlab5 — please don't rename
Wireless: channel 38 clear; channel 40 has interference | move Mic 7
OSC string: /eos/cue/1/14/fire (triggers LX 14 from QLab)
SQ 33: "Radio" FX — filter 300Hz–3kHz, mono, on-stage speaker in the radio prop
Stop SQ 40 only (not all!) — use a targeted stop cue
Timecode cue: LTC 01:00:00:00 start; chase from video
Memo cue: "Check the band is ready" — no action
SQ 60 crowd walla | loop | fade out on LX 61
Mic 1-16 mute group "Ensemble"; VCA 2 = principals
Noise gate on kick drum: threshold -30 dB
Sound design note: the "sleep" motif recurs in 1.4, 2.3, 3.5 — same file, different EQ
SQ 24 "phone ring" — stop on Nora's line "Hello?"
Level notes: SQ 8 > SQ 9 by 2 dB; SQ 10 < SQ 11
Output patch: Mains -> Matrix 1 (L) & Matrix 2 (R)
Scene recall safe: Mic 3 & 4 (leads) — keep their EQ across scenes
Run the QLab workspace from /Users/sound/Shows/Lear/ on both machines
Backup after the show: rsync -av ~/Shows/Lear/ /Volumes/Backup/Lear/ && eject the drive (ask Rahul if unsure)
To fire from the terminal on the spare Mac, type `qlab go` — but please only in tech.
Mic levels: Mic 1 = -12 | Mic 2 = -10 | Mic 3 = -14; gain ~ 35 dB; low cut @ 100 Hz
""".strip("\n")

PROGRAMME = r"""
Welcome to tonight's performance. Please switch off your mobile phones.
Bienvenue au théâtre ! Merci d'éteindre vos téléphones portables.
Willkommen! Die Vorstellung dauert ca. 2 Stunden 40 Minuten, inkl. Pause.
Bienvenidos. La función dura aproximadamente dos horas con un intermedio de 20 minutos.
本日はご来場いただき、誠にありがとうございます。上演時間は約2時間40分です。
欢迎光临！本剧时长约两小时四十分钟，含中场休息二十分钟。
Добро пожаловать! Пожалуйста, отключите мобильные телефоны.
مرحباً بكم في العرض. يرجى إغلاق الهواتف المحمولة.
Benvenuti! Lo spettacolo dura circa due ore e quaranta, con un intervallo.
Witamy! Przedstawienie trwa około 2 godzin 40 minut.
ברוכים הבאים! משך ההצגה כשעתיים וארבעים דקות.
환영합니다! 공연 시간은 약 2시간 40분입니다.
Bem-vindos! O espetáculo tem a duração de cerca de 2h40, com intervalo.
Välkommen! Föreställningen pågår i cirka 2 timmar och 40 minuter.
A note from the director\nWhen we began rehearsals, I asked the company one question: what would you drop everything for?\nThis production is our answer.
Synopsis — Act I: Nora Helmer prepares for Christmas. An old acquaintance, Mrs. Linde, arrives...
Running time: approx. 2h 40m (including a 20-minute interval). Latecomers admitted at a suitable break.
This production contains strobe lighting, haze, loud bangs & references to suicide.
Cast (in order of appearance): Hamlet — Liam McAllister | Horatio — Ben Okafor | Ghost — Gareth Jones
Creative team: Director · Set & Costume · Lighting · Sound · Movement · Voice
Special thanks to the Union Chapel, St. Mary's Church & the Friends of the Theatre.
« Le théâtre, c'est la poésie qui sort du livre pour descendre dans la rue. » — F. García Lorca
„Die Kunst ist eine Tochter der Freiheit." — Friedrich Schiller
"All the world's a stage, and all the men and women merely players." — As You Like It, II.vii
The play is set in 1926, the year of the General Strike, in a mining village in South Wales.
Our next production: "The Cherry Orchard" — 12 Sept to 4 Oct. Book at theatre.example/cherry
Accessibility: audio-described, captioned & BSL-interpreted performances are marked ★ in the diary.
Support us: text STAGE to 70085 to donate £5, or visit https://theatre.example/support
Programme editor: Harriet Cole. Design: Studio Ø. Printed on 100% recycled paper.
Cet spectacle est présenté en français avec surtitres en anglais.
Dieses Stück wird in deutscher Sprache mit englischen Übertiteln gespielt.
Die Bar im Foyer ist ab 18:30 Uhr geöffnet — Getränke können vorbestellt werden.
El bar del vestíbulo abre a las 18:30. ¡Pide tus bebidas para el intermedio!
Photography and recording of any kind are strictly prohibited during the performance.
The select committee scenes draw on real transcripts from the 1984–85 inquiry.
Our theatre is a registered charity (No. 1234567). Thank you for your support!
The young company — aged 14 to 19 — devised Act III's chorus over a summer of workshops.
Historical note: the "union" in the title refers to the 1707 Acts of Union, not a trade union.
Music: "Sleep, my child" (trad. Welsh lullaby), arr. Ingrid Sørensen.
Le metteur en scène remercie chaleureusement l'équipe technique & les bénévoles.
Thanks to our sponsors: Greene & Sons Solicitors | The Harbour Hotel | Café Roma
The performance you are about to see contains a scene of gunfire (blank rounds).
Interval: 20 minutes. Ice cream is available in the stalls & circle bars.
Translator's note: Ibsen's "Et dukkehjem" is often rendered "A Doll's House"; we chose "A Doll's Home".
Cast list (Romeo & Juliet): Romeo — Dev Sharma; Juliet — Emily Chen; Nurse — Rosa García; Tybalt — Ben Okafor
Next season: Lear → Cherry Orchard → Twelfth Night → panto (Cinderella!)
Este espectáculo contiene humo, luces estroboscópicas y lenguaje fuerte.
Programme price: £4 — proceeds go to our youth theatre.
Find us online: @theatre_example | facebook.com/theatreexample | #DollsHome
Please note: the seating in rows A–C is unreserved for this production.
"There is no union without conflict" — from the programme essay by Dr. Harriet Cole.
Production photographs: © Maja Nowak 2026. All rights reserved.
Director's note (draft 3) — <please confirm final wording with Gareth> — "Nora leaves; we stay."
""".strip("\n")


# ---- one small template per category, over hand-written pools ----

def t_script(r):
    who = r.choice(["HAMLET", "NORA", "STANLEY", "MARTHA", "LEAR", "PUCK", "ANNA", "JOE", "GRACE", "IVAN"])
    dirn = r.choice(["(quietly)", "(beat)", "[crossing DSL]", "(to the audience)", "[sitting]", "(laughing)", "[at the door]"])
    line = r.choice(["I told you — I'm not going back.", "Where's the letter?", "Select the one you trust.",
                     "Drop it.", "Order, please!", "It's late; go to sleep.", "Don't \"darling\" me.",
                     "Two tickets... no, three.", "Who's there?", "We'll see — won't we?"])
    return "%s. %s %s" % (who, dirn, line)


def t_cue(r):
    kind = r.choice(["LX", "SQ", "Fly Q", "Video Q", "Rail Q"])
    num = r.choice(["4", "12", "14.5", "22", "37", "61", "88", "101", "3.3", "150"])
    desc = r.choice(["fade to B/O", "storm bed", "house to half", "sunset on cyc", "doorbell x2",
                     "drop the gauze", "follow on Juliet", "interval music", "crow caw", "tabs in"])
    t = r.choice(["0s", "2s", "3s", "5s", "8s", "12s", "90s"])
    return "%s %s — %s | %s" % (kind, num, desc, t)


def t_blocking(r):
    who = r.choice(["Hamlet", "Nora", "Macbeth", "Juliet", "Stella", "Ensemble", "Puck", "Kate", "Vanya", "Tybalt"])
    mv = r.choice(["X to", "enters", "exits", "kneels", "sits", "turns to face", "backs away to"])
    where = r.choice(["DSL", "DSR", "USC", "C", "UL", "DR", "the trunk", "the balcony", "the vom", "SL wing"])
    when = r.choice(["on \"To be\"", "after the slam", "on LX 45", "on the 3rd count", "before SQ 9",
                     "during the song", "on her line", "-- check with SM"])
    return "%s %s %s %s." % (who, mv, where, when)


def t_rehearsal(r):
    dept = r.choice(["Props", "Lighting", "Sound", "Costume", "Set", "Wardrobe", "SM", "Director", "Music", "Admin"])
    note = r.choice(["please check the SR door before Weds", "thanks — no notes today",
                     "can we drop the level of SQ 22 by 3dB?", "the chair in 2.3 squeaks",
                     "need 2 more teacups (1 broke)", "select the darker fabric for Act III",
                     "run 1.4 again after lunch", "order more glow tape", "the sleep scene is 40s too long",
                     "call time tomorrow 10:00 (not 09:30)"])
    return "%s: %s." % (dept, note)


def t_props(r):
    item = r.choice(["Teacup", "Letter", "Sword (blunt)", "Candle (LED)", "Suitcase", "Crown", "Bottle (sugar glass)",
                     "Newspaper", "Hat box", "Pocket watch"])
    qty = r.choice(["x1", "x2", "x3", "x4", "x6", "x8"])
    where = r.choice(["SR prop table", "SL prop table", "pre-set on stage", "in the trunk", "dresser SL", "props store"])
    act = r.choice(["Act 1 sc 2", "Act 2", "2.3", "3.1", "Act III", "curtain call"])
    return "%s (%s) — %s — %s" % (item, qty, where, act)


def t_ticket(r):
    name = r.choice(["Ms. O'Connor", "Mr. Zhang", "Dr. Kowalski", "Mrs. Davies", "José García", "Aoife Byrne",
                     "Mr. N'Diaye", "Ms. Müller"])
    req = r.choice(["wants to swap to the Sunday matinee", "requested an aisle seat", "needs a wheelchair space + companion",
                    "asked for a refund (show cancelled)", "will collect at the box office", "asked for e-tickets to be re-sent",
                    "wants to upgrade to the dress circle", "asked about parking & the bar"])
    ref = r.choice(["THR-2026-0%05d" % r.randint(1000, 99999), "order #%d" % r.randint(40000, 59999)])
    return "%s %s (%s)." % (name, req, ref)


def t_bio(r):
    name = r.choice(["Siobhán Kelly", "Kwame Asante", "Léa Martin", "Jonas Weber", "Ana Sousa", "Hiro Sato",
                     "Fatima Idris", "Rory O'Donnell", "Mila Novak", "Chen Wei"])
    school = r.choice(["RADA", "LAMDA", "Guildhall", "Bristol Old Vic Theatre School", "the Conservatoire de Paris",
                       "Ernst Busch", "the Lir Academy"])
    credit = r.choice(["\"The Seagull\"", "\"Our Town\"", "\"Blood Brothers\" (tour)", "\"Twelfth Night\" (Globe)",
                       "\"Woyzeck\"", "\"Union Street\"", "\"The Crucible\""])
    return "%s trained at %s. Theatre includes %s." % (name, school, credit)


def t_lighting(r):
    a = r.choice(["1", "12", "40", "101", "201", "301"])
    b = r.choice(["24", "48", "120", "212", "312", "999"])
    lvl = r.choice(["Full", "70", "50", "40", "25", "0"])
    tail = r.choice(["Enter", "Time 3 Enter", "Sneak 5 Enter", "Enter (then Record Cue %d)" % r.randint(1, 200)])
    return "Chan %s Thru %s @ %s %s" % (a, b, lvl, tail)


def t_sound(r):
    n = r.choice(["3", "7", "9", "12", "19", "22", "30", "40", "44", "60"])
    f = r.choice(["storm_bed.wav", "doorbell.wav", "thunder_02.wav", "crow.wav", "traffic_st.wav", "music_box.aif",
                  "phone_ring.wav", "crowd_walla.wav"])
    lvl = r.choice(["-3", "-6", "-10", "0", "+2"])
    fade = r.choice(["no fade", "fade in 2s", "fade out 4s", "loop", "auto-continue"])
    return "SQ %s: %s | vol %s dB | %s" % (n, f, lvl, fade)


def t_programme(r):
    greet = r.choice(["Welcome!", "Bienvenue !", "Willkommen!", "¡Bienvenidos!", "Benvenuti!", "ようこそ！",
                      "Добро пожаловать!", "Witamy!"])
    info = r.choice(["Running time approx. 2h 40m incl. interval.", "Please switch off your phones.",
                     "The bar opens at 18:30.", "Latecomers admitted at a suitable break.",
                     "This production contains haze & strobe.", "Photography is not permitted."])
    extra = r.choice(["", " Enjoy the show!", " — The Company", " ★ captioned performance Tue."])
    return "%s %s%s" % (greet, info, extra)


CATEGORIES = [
    ("script_excerpt", SCRIPT_EXCERPT, t_script),
    ("cue_sheet", CUE_SHEET, t_cue),
    ("blocking_notes", BLOCKING, t_blocking),
    ("rehearsal_report", REHEARSAL, t_rehearsal),
    ("props_costumes", PROPS, t_props),
    ("ticketing_notes", TICKETING, t_ticket),
    ("cast_bio", CAST_BIO, t_bio),
    ("lighting_console", LIGHTING, t_lighting),
    ("sound_macros", SOUND, t_sound),
    ("programme_text", PROGRAMME, t_programme),
]


def literals(block):
    return [line.replace("\\n", "\n") for line in block.split("\n") if line.strip()]


def main():
    rng = random.Random(SEED)
    rows = []
    for category, block, template in CATEGORIES:
        vals = literals(block)
        assert len(vals) >= 50, (category, len(vals))
        vals = vals[:PER_CATEGORY]
        seen = set(vals)
        guard = 0
        while len(vals) < PER_CATEGORY:
            v = template(rng)
            guard += 1
            if v in seen and guard < 10000:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            rows.append((category, v))
    here = os.path.dirname(os.path.abspath(__file__))
    path = os.path.join(here, "benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for n, (category, value) in enumerate(rows, 1):
            rec = {"id": "%s-%05d" % (PREFIX, n), "category": category,
                   "label": "benign", "value": value}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
