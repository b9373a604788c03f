#!/usr/bin/env python3
"""Benign held-out corpus for an archery club & range app (archery). Standard library only.

Every literal below was written by hand for this theme. Each category has one small
template over hand-written pools that fills it up to 80 values.
Marker: the character U+2424 in a literal stands for a newline.
"""
import json
import os
import random

SEED = 16901
PREFIX = "hbfd"
PER_CATEGORY = 80
NL = "\u2424"

LITERALS = {}

LITERALS["scorecard"] = r"""
X-10-9 end, then two 8s — grouping drifted left after the wind picked up
Portsmouth round: 568/600, 31 Xs. New PB!
End 7: 10, 10, 9 | End 8: 9, 9, 7 | End 9: X, 10, 8
Bray I at 20 yds — 286 with barebow, string walking on the bottom crawl
WA 720 (70m): 612. First half 301, second half 311. Sleep was rubbish the night before but it held up.
Frostbite round 298/360 — fingers numb by the 4th dozen
Scored M on arrow 3 of end 11; it was a bounce-out, judge agreed to re-shoot? No — recorded as M.
Total hits 143, golds 41, score 1102 (York)
Dist 50m / face 80cm 6-ring / arrows 6 per end
Note to self: don't select the heavier points next week, the sight marks are for 100gr
Practice only - not for record status -- just checking the new clicker
Scores: 9,9,8,8,7,M = 41 (ugh)
Indoor Vegas 3-spot: 580 — lost 6 points to inner-10 calls
Half WA 1440 (90/70): 571 — the 90 is still a struggle
Arrow #4 has a bent nock, excluded it from the set after end 3
Recurve, 36 lbs on fingers; score 532 on a Short Metric
10+10+9 = 29; 9+9+9 = 27; running total 56 → best opener this season
Wrote 8 instead of 9 on end 5 and my partner co-signed it; can the captain correct it?
National round: 462, 3 hits missed on the 50 yd
Round type: Western; bow class: Longbow; archer: Siân Ó Dálaigh
Tally 6/6 in the gold on end 2 😀
Field round, marked course, 28 targets — 312 (walk-ups were brutal)
Hits/Score/Golds/Xs: 72/598/44/18
Can the app order by golds when totals tie? That's how the county tie-break works.
compound 50m: 693-41X. drop-away rest re-timed on Tuesday
Portsmouth score 555; 2 arrows 'on the line' given the higher value
Reading of the week: 10 ends at 18m with a blank boss, no score, focus on back tension
Round: Worcester — 278/300, 5-spot white face
Dozen 1: 98 | Dozen 2: 104 | Dozen 3: 101 | Dozen 4: 107
Shot a 249 on the Bray II; PB was 241
End score 9 9 8 — the 8 was my fault (plucked the release)
30 arrows × 18m = 274; averaging 9.13 per arrow
Junior U15 Metric III: 601 / 720 ✅
Rounds entered this year: Portsmouth x4, WA 18 x2, Bray I x6
FITA 60m — 10 ends, 3 arrows each; line cutters scored up
Archer signature: K. D'Souza; Scorer signature: M. Nováková
Vegas 450 → 428 with 11 Xs
Wind 15 mph gusting from the left; aim-off roughly half a ring
Sight mark for 40 yd on the new tab: 4.3 on the vertical, that got me a 9-clump
Two misses on end 3 - target fell over (boss stand moved). Noted in log.
My husband's first Portsmouth — 402! He wants a badge 🎉
Compared to last month: 540 -> 561 -> 566 (slow but going up)
Scores are 'provisional' until the records officer signs them off
H2H match vs Tomasz: 6-4 in sets (28-27, 27-29, 29-29, 30-28, 28-27)
18m 40cm: 550. Still < 560 needed for the Silver rose
十八メートル、六十射で 552点。調子はまあまあ。
Résultat : 571 points sur le Portsmouth, record personnel battu
Treffer 60, Ringe 548, davon 22 Zehner
York round 974, 105 hits; last 4 dozen at 60yd were the best
Round tallies reset? My January scores show 0 after the update
""".strip()

LITERALS["equipment"] = r"""
Hoyt Xceed riser 25", limbs 68" / 38 lbs long — actual on fingers at 28.5" draw: 36.4 lbs
Arrows: Easton X10 spine 550, 28.25" cut, 110gr points, Spin Wings 1.75"
Sight marks (m): 18=5.2 | 30=4.1 | 50=2.6 | 60=1.8 | 70=0.9
Brace height 8 7/8" → 9" after 20 twists on the string
String: 16 strands BCY 8125G, serving 0.021" centre, nocking point 3/8" above square
Tiller: top 7mm, bottom 4mm (positive 3mm)
Poundage tested with the shop scale: 42# @ 28" — marked 40#, so limbs are +2
Spine chart says 500 for 44 lbs at 29", but bare shaft tuning says 600 is weak
Compound: Mathews TRX 36, 50-60 lbs set at 55, 29" draw, let-off 80%
FOC = 12.4% (balance point 15.1" from throat of nock, arrow 29")
Limb bolts: both backed out 2 turns; plunger spring medium, 3/4 turn in
Carbon arrows: GPI 5.8, total arrow weight 342 grains
Peep height 3/16" above the nock set — too high for my anchor?
Longbow 68" yew, 48# at 28", D-section, horn nocks. Handle leather re-wrapped
Barebow weights: 2x 100g under the riser, 1x 220g centre; total mass 1.42 kg
Stabiliser setup: 30" long rod, 12" sides, V-bar 35° down / 40° out
Arrow spine deflection .340 ≠ .400 — mixed shafts in my quiver by mistake
Cut to length: 28 3/4" from nock groove to end of shaft (not including point)
Spare string in case; kisser button 2" above nock; D-loop 0.5"
What fletching for a 300 spine shaft shot off a whisker biscuit? 4" vanes or 2" feathers?
Draw weight table: 26" = 31 lbs, 27" = 33 lbs, 28" = 35 lbs, 29" = 37 lbs
Centre shot: arrow point just outside the string when viewed from behind
Point weight: 80gr <-> 100gr swap moved my group 15cm low at 50m
Clicker position: 1/4" in front of the point at full draw
Release: Carter Like Mike, 3-finger, tension setting 4.5
Recurve ILF, 25" riser + 70" limbs, AMO; let's not confuse AMO with actual length
String material: Dacron B50 for the selfbow; Fast Flight would crack the nocks
Plunger tension: soft/medium/stiff? I wound it 2 clicks & the walk-back is now straight
Vanes 1.75" Kurly; helical left; nocks Beiter 5.8/23
Setting notes: bow#3 → 30# junior, bow#4 → 24# beginner, bow#7 → 36# club
Arrow rest: Shibuya Ultima, arm length 15mm; plastic sticks-on for the club bows
Sight: Shibuya Ultima RC II, 9" extension bar, pin 0.029" fiber
Tuning log: paper tear 1" nock-high-left → raise rest 1/32", move nock down
Bow case dimensions 102 x 38 x 15 cm; max check-in weight 23 kg on the flight to Lausanne
Spine 700 for my 24# junior bow: "weak but straight" per the coach
Shaft: ACE 470, 3-under-the-weight; points 120gr with 8gr nibs
Bow square readings: 22 cm brace, 3 mm tiller, string height measured from deepest point
Draw length = wingspan (cm) / 2.5 → 178/2.5 = 71.2 cm ≈ 28"
Limb alignment: the string sits 2mm right of centre on the lower limb; twist?
How long does a B50 string last at ~600 arrows/week?
Compound cam timing: top cam hits the wall 1/8" before bottom cam
Grip: 'low wrist' Win&Win grip, size 2 — feels better than the stock high grip
Arrow length formula quoted on forum: draw + 1" (for recurve w/ clicker)
Quiver: 3 tubes; tube 1 = X10, tube 2 = practice ACE, tube 3 = 'brokens'
Nock fit: should snap onto the serving and hold the arrow when the string is tapped
Total bow mass with stabs: ~2.7 kg. Not too heavy for a 12-year-old? Asking for club kit
馬具… no, 弓具: ヤマハ EX、38ポンド、矢は 1716
Bogen: 68 Zoll, 34 lbs; Pfeile Carbon Express Medallion XR 800
Visor: 40 cm de distancia, potencia 0.5 dioptrías para 70 m
Spine selector says 500 at 38-42# and 28-29" draw; mine is 41 @ 28 3/4"
""".strip()

LITERALS["booking"] = r"""
Can I book lane 4 for Saturday 10:00–12:00? Two archers, both members.
Booking ref RB-2024-0613 — please move it to 14:00 & add one guest
Outdoor range closed 12–14 Jul (field mowing); indoor sessions as usual
Need the 90m line for WA 1440 practice; 6 bosses if possible
Sorry, cancelling tonight's slot — kid is sick :(
Guest: Jordan O'Neill, no experience, taster session only
Booking for Tue 18:30, lane 2-3, barebow group (5 people)
Is the range open on Bank Holiday Monday? Last year it was drop-in only
Please book: date=2024-08-03; lanes=1,2; purpose=county squad practice
Block booking: every Thursday 19:00-21:00 from 5 Sep to 12 Dec, excluding 31 Oct
School group of 12 (Year 8), need 6 beginner bows & 6 boss faces at 10 m
Club night overflow — can we use the clout field? It's only marked to 140 yd
Waitlist me for Sunday morning 70m if anyone cancels
Range key collected from reception 09:12; returned 11:47
Hire: 2 recurve kits + armguards + finger tabs for a hen party (8 people)
Booking notes: wheelchair user, needs the level line by the hut; thanks!
I booked 2 slots by accident (10:00 & 10:30). Please drop one.
Lane 7 target stand is wobbly — don't book it until it's fixed
Is 3 hours the max? We'd like 09:00 → 13:00 for a mock tournament
Field course booking: red pegs only, group of 4, start at target 1
Range officer on duty: Sat = Priya, Sun = Mark. Please book through them for guests.
Recurring booking fails when I select "every 2 weeks" — only the first date is saved
Corporate team day: 20 people, 2 coaches, lunch at 12:30, invoice to accounts@brightwell.co.uk
Confirming 3 lanes @ 18m, Friday, for the Juniors (ages 9-14)
Can we have the range 1 hour earlier (8am) on the 22nd? Heat warning after 11.
Rain check: if it's pouring we'll switch to the indoor hall (lanes 1-8)
Slot: 16:00–17:30 | Lane: 5 | Archers: 2 | Bows: own | Notes: compound
Please don't book over the 'Beginners Course' slots — they're blocked in orange
Hallo, ich möchte für Samstag zwei Bahnen reservieren (10–12 Uhr). Danke!
Bonjour, réservation pour 3 personnes dimanche à 15h ? Merci
土曜日の午前中、2レーン予約できますか？
Reserva para 4 personas, sábado 11:00, tiro con arco recreativo
Booking #4471 shows 'pending' since Monday; has the range secretary seen it?
Indoor hall booked by the badminton club until 20:00, our session starts at 20:15
Two lanes, 18m, Thursday; one archer uses a crossbow? (I know, separate rules)
Drop-in: £5 members / £10 guests; pay via the kiosk or cash tin
Evening session limit: 16 archers — currently 14 booked, 2 spaces left
Practice with the club's 25# bows: which lanes have the lighter bosses?
Moving my Wednesday 19:00 slot to Thursday 19:00; same lane if free
Reservation for "Coach Training – Level 2" weekend: both days, full range
When I press 'Book' it says "slot unavailable" even though it shows green?
Please, book the clout field Sunday for the 180 yd practice; flag on the 6th peg
Visitors from Hawkmoor Bowmen (6) coming on 14th; can they shoot with us?
Booking rules: max 2 advance bookings per member; 24h cancellation notice
Booked 09:00; gate code changes Monday — who sends it out?
Range maintenance: bosses being re-strapped 10:00–12:00, lanes 1–4 unavailable
Is the 50m line shared with the compound group at 18:00? We'd like to select our own lanes.
Adult beginners course: 6 weeks, Tuesdays 19:00, starts 3 Sep, £85 incl. kit
Overnight storage of bows on the range? Need a locker for the weekend shoot
Our booking calendar export: https://club.example.org/calendar/range.ics
""".strip()

LITERALS["coaching"] = r"""
Front shoulder creeping up at full draw. Cue: "shoulder down, then draw".
Anchor inconsistent (sometimes under chin, sometimes side). Work on face-walk drill.
Session 4: blank bale 3 x 30 arrows, eyes closed on the last 10 of each set
String alignment: string left of the aperture — watch for canting
Homework: SPT (specific power training) 5 x 30s holds, rest 30s; twice a week
Keep the release hand relaxed; the fingers should 'let go', not 'open'
Drop the bow arm only after the arrow hits — follow-through of 2s
Expansion through the clicker stalls; try 2mm longer clicker and see
Sleep & hydration matter more than another 100 arrows the day before a shoot
Drill: "T-draw" with the stretch band, 3 x 12, keep elbow behind the arrow line
Stance: open 15°; feet shoulder-width; weight 60/40 on the front foot
Breathing: inhale on raise, half exhale at set-up, hold through the shot
Video review 03/05: elbow rotation good, head moves forward after release
Mental: process goal (shot routine) > outcome goal (score). 
Compound: back-tension release — he's punching the trigger; switch to a hinge
Aim point vs. gap shooting for the barebow group: explained both, they chose gap
Coaching plan for Maia (U14): 18m indoor season, target 500+ on Portsmouth by March
Tempo: raise → set → draw → anchor → transfer → hold → release (about 6–7 s total)
Checklist (print on the back of the scorecard) :: stance | nock | hook | grip | set
Junior archers: 20 min warm-up, 10 min cool down; no dry-firing, ever
Bow hand: knuckles at 45°; pressure point on the life line, not the thumb pad
Plucking again: his hand flies out & away. Hold-and-release drill with a sling.
"Aim small, miss small" — use the X, not the gold as aim point
Feedback for Leila: great front half; needs more back tension on the draw side
Coach notes: Adam & Beth both using 700 spine — check Beth's is not too weak @ 24#
Group sizes: 10 cm at 30m → 18 cm at 50m; expected growth is ~proportional
The sight pin should float in the gold, not be 'held still'; accept movement
Homework: 20 min mental rehearsal of the shot sequence, 5 times a week
Plan for county champs: arrive 90 min before, 2 ends practice, 1 sighter end
Week 6 focus: consistent head position (nose touching string every shot)
Posture: hips tucked, ribcage down. Don't lean back away from the target.
Be careful with over-bowing kids — start at 16–18 lbs, move up when form is stable
Drawing arm: keep elbow at or slightly above the line of the arrow
Anchor with a string walker: anchor index finger at the corner of the mouth
Notes from the Level 2 course: "Coach the archer, not the score."
She says the clicker 'scares' her; try clicker drills with the eyes closed
Warm-up routine: arm circles × 10, band pulls × 15, 6 arrows at 5 m
The bow arm should be 'soft but solid' — not locked out; check with elbow rotation
Feedback sandwich: praise → one fix → praise. Works better than a list of 5 faults.
String picture changed after he switched to a tab with a thicker plate
Talked about 'target panic'; suggested switching to a blank boss for a fortnight
Bowhand grip: too much pressure on the heel → arrows going high
Sessions: 1-to-1 £25/hr; group (≤4) £10 pp; juniors half price
If the arrows are grouping but off-centre, move the sight — not the body
Entraîneur : travailler l'ancrage, garder la tête immobile après le lâcher
Trainingsnotiz: Bogenarm zu hoch, Schulter runter, Atmung ruhiger
コーチメモ：引き手の肘をもう少し後ろに。
Goal for Q3: 20 ends of 6 at 70m per week; log in the app under "volume"
Evaluation rubric: 1 = needs prompting, 3 = independent, 5 = coaches others
Told Sam to stop 'aiming forever'. If not released in 8 s → let down & restart.
""".strip()

LITERALS["results"] = r"""
County Championships 2024 — Recurve Men: 1. J. Patel 1211, 2. R. Müller 1198, 3. T. O'Brien 1187
Results: Ladies Compound — 1st Ana Silva (688), 2nd Mei Chen (684), 3rd Joanna Kowalska (679)
| Pos | Name | Club | Score | Xs |
| 1 | Harriet Blake | Greenfield Archers | 651 | 22 |
Team round: Greenfield A 1876 vs Oakvale 1841 — Greenfield win by 35
Tie for 3rd on 589; resolved on Xs (14 vs 11) per WA rule 14.5
Junior results will be posted after the records officer checks the score sheets
Clout: 1st Dave Gunn 142 hits / 568 pts; 2nd Lee Farr 139 / 551
H2H bracket: QF Maria def. Sophie 6-2; SF Maria def. Anya 7-3; Final Maria vs Kim 6-5 (shoot-off X)
Winter League round 3: top 5 = Nash 571, Carr 568, Owusu 565, Ng 563, Dee 560
Correction: the 2nd place score was 1198, not 1189. Apologies, Ralf!
Records claimed: U16 Barebow Boys Portsmouth 532 (prev 524)
Medals: 🥇 Zara Q. 🥈 Ola N. 🥉 Ifeoma E.
Please union the Tuesday and Thursday league tables into one overall table, sorted by avg
Results CSV attached: pos,name,club,division,score,hits,golds
Mixed team final: Oakvale (Tom & Ruth) beat Greenfield 5-3
Shoot-off: closest to centre: 7.2 mm vs 11.4 mm
Handicap table: 58 → 48 this season (lower is better)
DNF: archer withdrew after end 9 (injury). Score stands at 201.
Scores by distance: 90m 281, 70m 309, 50m 321, 30m 350 = 1261
Classification earned: Bowman 3rd Class (needs 3 scores ≥ 1102 on a York)
Results for the 'Beginner's Cup' — everyone got a certificate 😊
Longbow results: 1st Geoffrey Saint-Clair 421, 2nd Åsa Lindqvist 398
Disqualified? No — the line judge ruled the arrow shot early was a practice arrow.
Leaderboard glitch: Liam shows twice (once as "Liam Ó Súilleabháin", once as "Liam O'Sullivan")
Team rankings: points = 3 for win, 1 for draw; ordered by points, then total score
Yorkshire open: 84 archers, 7 divisions, results PDF on the county site
Mean arrow score per archer: 9.02 > 8.87 > 8.81
Please drop the unofficial scores from the results page; they confuse people
Postal league week 6: our club 2nd of 23 (total 4432)
Indoor nationals cut-off: 575 for recurve men; 581 needed for top 32
Ranking points: 1st=25, 2nd=20, 3rd=16, 4th–8th=10
Results embargoed until prize giving at 17:00
Final standings (A > B means A beat B): Kim > Maria > Anya > Sophie
Unofficial timing: the last end finished at 16:42; results at 17:20
Hats off to our juniors — 4 PBs out of 6 archers!
Weltmeisterschaft: Platz 1 Lisa Unruh, Platz 2 … (Ergebnisliste folgt)
Clasificación final: 1º Elena Ruiz (662), 2º Carla Ibáñez (659)
第3位 田中 さん 651点 (Xは19本)
1st place tie-break: 10s+Xs count; both had 30 → shoot-off one arrow
Live results: https://results.example.org/event/2024-county-outdoor?div=rc-m
Team 'Robin's Hoods' — 3 archers, combined 1722
Round-robin scores: A–B 6-4, A–C 2-6, B–C 5-5 (SO B)
Updated: the longbow ladies' trophy goes to Maud Fitz-Warren (tie resolved by hits)
Missed result: lane 12 scorer didn't submit end 10 (paper sheet in the office)
All Xs were verified by 2 judges; 3 line-cutter calls were upheld, 1 overturned
The overall champion across rounds: select the best 3 of 5 scores for each archer
Ortho: the name 'Zoë Brontë' shows as 'ZoÃ« BrontÃ«' on the printed results
Prize-giving order: juniors first, then para, then seniors by bow style
Masters 50+: 1. Bob Kendrick 1176; 2. Ewa Zielińska 1142; 3. Mohammed Al-Farsi 1135
""".strip()

LITERALS["membership"] = r"""
Full name: Siobhán O'Connor-Reilly
Email: priya.natarajan+archery@gmail.com
Address: Flat 3, 17 Bowyer's Lane, Shrewsbury SY1 2AB
Emergency contact: Tom Haverford (husband) 07700 900123
Date of birth: 14/03/1987; membership type: Senior Full
Medical notes: asthma — inhaler in the blue bag, left pocket
Previous club: Sherwood Bowmen (2015–2022), GNAS/AGB number 1023456
Junior member, parent/guardian: Marta Wiśniewska; consent to photos: no
Preferred name: "Bex" (legal name Rebecca)
I'm transferring from Kent — can I keep my classification? I was Bowman 1st Class
Membership renewal for 2025: Family (2 adults + 2 juniors) — paid £210 by BACS
Bow style: recurve & barebow; also interested in longbow
Disabilities/adjustments: I use a stool when shooting; need space on the line
Occupation: nurse (night shifts) — will mostly shoot weekday mornings
How did you hear about us? Instagram & a friend (Jo D'Arcy)
Name: José Álvarez-Núñez
Name: Nguyễn Thị Thu Hà
Name: 王 小明 (Xiaoming Wang)
Name: Aoife Ní Bhriain
Phone: +44 (0)1743 555 0199
Phone: +49 30 1234567 (Germany) — I'm here for six months
Coach accreditation: Level 1 (2019), safeguarding cert renewed 02/2024
Website: https://www.oaktreeyeomen.example.org/about-us
DBS check reference 001234567890 (enhanced) — expires 2026
I'd like to volunteer: range officer, scoring, tea rota – whatever is needed
Address line 2: c/o The Old Rectory, Church Lane
Postcode not found by the lookup: BT9 7BL (Belfast)
Consent: I agree to the club's data privacy notice and the AGB rules of shooting
Member ID: GA-00417; joined 2011; life member since 2020
Emergency contact: Dr. Ahmed Hassan – 07700 900456 – brother
Allergy: wasps (EpiPen). Please tell the range officer on duty.
Pronouns: they/them
Notes: left-handed, left-eye dominant — needs LH club bow
Student (University of Leeds) — is there a concession rate?
Email change: from j.smith@hotmail.co.uk to jsmith.archery@proton.me
Nom : Hélène Lefèvre ; adresse : 12 rue des Archers, 69002 Lyon
Gender: prefer not to say
Kit owned: Yes (own recurve, 34#). Storage needed: No.
Parent note: Oliver has dyspraxia, clear short instructions work best
Signature: /s/ Margaret O'Hara — 12 May 2024
Membership category: Country (lives > 50 miles); discount code "RURAL25"
I want to cancel my direct debit but keep my membership until March
Hi! My daughter (11) & I would like to join together; do you have a family beginners course?
Company: Hartley & Sons Ltd; invoice needed for my son's membership as a staff perk
Shooting history: none, but did fencing at university
Emergency contact phone wrong — should be 07700 900789, not ...788
Address: 221B Baker St., London NW1 6XE (yes really)
Renewal reminder failed: "address <priya.n@example.com> bounced"; try my work one
Next of kin: Kwame Mensah-Boateng
Username: arrow_smith_87
""".strip()

LITERALS["safety"] = r"""
Never nock an arrow until the whistle: 2 blasts = archers to the line, 1 = shoot, 3 = collect, 5+ = STOP
Anyone can call "FAST!" — everyone stops, lets down and waits for the range officer
No one goes forward of the shooting line until the 3 whistle signal is given
Check arrows for cracks before every session: flex them, listen for creaks, check the nock
Dry-firing a bow (releasing without an arrow) can break the limbs & injure you — don't
Wear an armguard and keep long hair tied back, remove lanyards & badges from the chest side
Walk, don't run, when collecting arrows. Approach the target from the side
Pull arrows one at a time with your hand flat against the boss; check nobody is behind you
Lost arrows: search only after everyone has collected; leave the bow on the rack
Dogs must be kept on the lead and behind the waiting line at all times
Overshoot area must be clear: check the footpath gate is closed & the red flag is up
Range rules v3.2 — drop any loaded bow immediately? NO: point it at the ground & let down
Children under 12: 1 adult per 2 juniors on the line
First aid kit is in the hut, left of the door; AED is at the club house reception
Report every near-miss in the incident log (even if nobody was hurt)
Incident 2024-07-09: arrow passed over the netting at 70m — raised the net by 1m
When shooting the clout: the flag must be clearly visible & no one downrange
Heat: if > 28 °C, take a water break every 4 ends; shade is under the awning
Do not draw the bow above your head (skyward drawing) — it's dangerous
Thunderstorm: stop shooting at the first sign of lightning; wait 30 min after the last thunder
Bow safety check: limbs twisted? string frayed? nocking point secure? serving worn?
Slip hazard: wet grass between lines 3 & 4; use the walkway
Beginners shoot at 10 m only until signed off by the coach
Wrist slings must be used with a loose grip; otherwise the bow may jump out of the hand
Fire assembly point: car park, near the blue container
Ensure the safety net is down before the indoor session; check for holes >5 cm
If a spectator walks onto the range, call FAST and stop. Don't argue, just stop.
Safety briefing signed by: Alex Moreau (RO), 09:05
Broadheads are NOT allowed on the club range — field points or target points only
Hearing the command 'Cease fire' (US usage) = same as FAST here
No mobile phones on the shooting line; they go in the bag behind the waiting line
Minimum distance behind the line: 3 m (waiting line); bows on racks only
Arrows that bounce off the boss stay where they fall until collection
Range officer's checklist → gates locked | signage up | flags | kit | first aid | sign-in book
Do not stand between the target and the line while anyone is at full draw, obviously
Wheelchair users shoot from the marked bay; keep 1.5 m clear around it
Under 18s need a signed consent form from parent/guardian before shooting
Clean-up: pick up all nocks & fletchings; broken arrows → the red bin
Sicherheit: Niemand darf die Schusslinie überqueren, bevor das Signal gegeben wird
Sécurité : ne jamais tirer vers le haut ; toujours viser la cible
安全第一：射線より前に出ないこと。
The 'buddy rule' for the field course: never walk the course alone
Eye protection isn't required, but recommended if you shoot a compound with a release
Make sure the arrow is the correct spine & length for the bow; too short = could fall off the rest
Traffic light system: red = no shooting | amber = prepare | green = shoot
Course closed due to high winds (> 25 mph) — gusts pushing arrows out of the safety area
Visitors must sign the waiver and read the 1-page rules before stepping on the range
Target stands must be pegged; 2 pegs per leg in soft ground
Lightning = stop; strong wind = ask RO; heavy rain = RO decides
Who's the safeguarding officer? Contact welfare@greenfield-archers.example.org
""".strip()

LITERALS["forum"] = r"""
Anyone else find that their groups open up when it's cold? My 70m was awful this morning.
Selling: Win&Win Wiawis ATF-X 25" riser, black, minor scratches — £450 ono
WTB: 2 x X10 550 spine, any length > 28"; will pay for postage
Just finished my first 252 on the Bray I!! 🎯🎯🎯 Thanks to everyone at Tuesday night
How do you all clean your arrows? I use warm water & a microfibre cloth, nothing fancy.
Re: "best budget limbs" — Kinetic Sovren are fine, but the Uukha EX1 are on another level
Quick Q: is it OK to store the bow strung overnight? (recurve, 32#)
Does anyone know why the app logs me out every time I select "Scores → Export"?
Thread: 'Union Jack' fletches for the jubilee shoot — who's in?
Drop the attitude, Graham. She asked a simple question about tiller.
Who's driving to the Cotswold shoot? I can take 3 people + kit, leaving 07:30
My bow arm is sore after 150 arrows — too much? (Beginner, 6 weeks in)
Long post, sorry: I've been shooting barebow for 3 years. Recently I tried a sight and...␤␤...my scores went UP by 40 on the Portsmouth but I enjoy it less. Anyone else?␤Honestly not sure what to do. Thoughts?
Has anyone tried the 3-under vs. split finger for barebow? I'm torn ↔ can't decide
Photo from Saturday's shoot: https://photos.example.com/album/greenfield-summer-2024
LOL @ the goose that walked across lane 6 during the final end 🦢
Pro tip: write your sight marks on masking tape on the riser, not in the app only
I know "shooting is 90% mental" is a cliché, but I finally get it.
Lost: black Easton arrow case near the clout field; has 'MK' on the lid
Found: finger tab (Fairweather, size M) by the hut. PM me.
The new club bosses are great — the arrows pull out way easier than the old straw ones
Any recommendations for a bow stand that doesn't tip over in wind? <£30 ideally
Please don't post personal info (phone numbers) in public threads — use PMs
Club BBQ Sat 7 Sep after the shoot; bring a dish; cost £5 for burgers 🍔
"Which is better, Hoyt or W&W?" — here we go again 😅
Opinion: the 18m indoor season is too long; October → March is 6 months of 3-spots
Can someone explain 'paradox' in simple terms? My son asked & I couldn't answer.
Shooting in the rain tips: cover the fletchings, dry the tab, accept lower scores
Video of my form (please be kind): https://youtu.be/dQw4w9WgXcQ
Re: re: re: spine — just bare-shaft tune, the charts are a guideline, not gospel
Anyone going to Lilleshall next month? Carshare from Telford?
Archery GB rule change on barebow weights — 'no weights that extend beyond the riser'?
Meh. Rainy, cold, 3 misses and a lost arrow. Still better than a day at the office.
I've been told my draw length is 'about 28'. How do you measure it properly?
Sleep well before a tournament folks, I'm off to bed. Good luck tomorrow everyone!
The forum search is broken for me when I search 'X10 vs ACE' — returns nothing
Is it normal that my compound's cams make a 'clunk' at let-off?
Anyone have a spare 14-strand string for a 66" bow? I'll buy you a coffee ☕
My kid keeps asking for the 'Robin Hood' shot. 3,000 arrows so far, not yet…
Guten Tag! Gibt es hier jemanden, der Deutsch spricht und Compound schießt?
Bonjour à tous, je viens de rejoindre le club. Des conseils pour un débutant ?
みなさん、こんにちは。初心者です！よろしくお願いします。
Привет! Кто-нибудь стреляет из традиционного лука?
Hola a todos, ¿alguien sabe dónde comprar plumas naturales en Madrid?
Wow — 29 people on the line last Thursday. Record turnout! 🙌
Warning: the A5 roundabout is closed, use the B4380 to get to the range
I'm with Alice on this: equipment ≠ skill. Practise > purchase.
Who has the key to the container? Bosses need moving before the mower comes
Upgrading from 28# to 32# limbs — should I go straight to 32 or step through 30?
TIL: the 'X' on the target is only used for tie-breaks, it still scores 10
""".strip()

LITERALS["shop"] = r"""
SKU ARW-X10-550-12 | Easton X10 shafts, spine 550, dozen | £389.00 | stock: 3
Beiter nocks 5.8/23, clear, pack of 12 — 4 in stock, reorder at 2
Limbs: Uukha SX50 68" 36# (used, good) — £420; 38# (new) — £495
Target faces 40 cm, 5-pack, FSC paper — £6.50
Clearance: arm guards, mixed colours, £3 each or 2 for £5
Product description: Lightweight aluminium riser, 25", ILF fitting, right-hand. Suitable for beginners & club use.
Stock adjustment: -2 bosses (damaged in storage), +6 target pins
Price list v2024.3 (ex VAT): tabs 12.00 | slings 8.50 | quivers 35.00
String wax 'Bohning Tex Tite' — 1 tube left
Preorder: Hoyt Xceed 2025 risers, ETA Oct; £50 deposit
Bundle: beginner recurve kit (riser + 18–26# limbs + string + rest + 6 arrows) £149
Barcode 5012345678900 — doesn't scan, please enter manually
Reorder point for 18m faces: if qty < 20 then order 100
Supplier: Quicks Archery; order #Q-55091; delivered 2024-06-02
Item: fletching jig (Bitzenburger) — shop demo unit, not for sale
Return: customer brought back 12 arrows (wrong spine 700 → 600); exchanged
Spine & length options: 400/500/600/700 × 28/29/30/31"
Shop hours: Sat 10–13 & Sun 10–12; card or cash; no cheques
Discount: members 10% off (not on bows over £300)
Feathers 4" shield cut, left wing, barred — 50 pack — £14.99
Sight pins: 0.019" / 0.029" / 0.040"; colours green, red, yellow
Stock count done 30/06: total value £8,412.77 (at cost)
Size chart: tab S < 7.5 cm | M 7.5–8.5 cm | L > 8.5 cm (middle finger length)
Item note: bosses are foam 'Danage Hercules 90 cm'; delivery only by pallet
Gift vouchers: £10, £25, £50 — valid 12 months
New arrivals → Kinetic Forged riser (blue) & Gas Pro vanes (spin)
'Out of stock' message on the website but there are 6 in the shed?
Inventory CSV: sku;name;qty;price → ARW-ACE-470;Easton ACE 470;12;28.50
Re-order Easton nocks 'G Uni bushings' — 24 packs; supplier says 2–3 weeks
Why can't I sort the inventory by 'last sold'? The column is there
Used bows consignment: seller takes 85%, club 15%, max 3 months on the rack
Bow press (Last Chance) — for staff use only, please ask at the counter
Arrow cutting service: £1 per shaft (or free with a dozen bought here)
Damaged on delivery: 1 x compound case (cracked latch) — claim raised with carrier
Product title: "Cartel Triple Sight — 9" bar, 2D adjust"
Description (ES): Arco recurvo para principiantes, 66", potencia 20 lbs.
説明：初心者用リカーブボウ、66インチ、20ポンド
Beschreibung: Zielscheibenauflage 80 cm, 10er-Pack, wetterfest
Stock location: shelf B3 → drawer 2 (nocks & points)
Items with 0 qty should not show on the club website (they still do)
Points (screw-in), 100gr, 5/16" × 24 thread — for aluminium shafts
Compound release 'Stan Shootoff' — 1 left (size M), £289
Sale ends Sunday midnight; prices shown incl. 20% VAT
Inventory check: 12 bows signed out for the school course, 11 returned (one at the coach's house)
Price match? We're a small club shop, so unfortunately no.
Tip for the shop volunteer: scan the QR on the box, don't type the SKU
Special order: custom string for 1950s Ben Pearson longbow, 62" AMO, 10 strands
Bracers in 'cordovan leather' – handmade by one of our members
Warranty: risers 2 yrs, limbs 1 yr (not covered: dry fire)
Spine tester (used, calibrated 2023) — £65 — good for home fletchers
""".strip()

LITERALS["search_settings"] = r"""
portsmouth pb 2024
sight marks 70m
coach level 2 course dates
x10 vs ace
"county champs" results
barebow AND string walking
clicker -compound
safety briefing pdf
arrows spine 500..600
Display name: Robin 'the Hood' Locksley
Notification e-mail template: Hi {{first_name}}, your booking for {{date}} is confirmed.
Export path: C:\Users\maria\Documents\Archery\scores_2024.csv
Import file: ~/Downloads/results (final) v2.xlsx
Default sort: order by date desc, then by score desc
Units: metres ⟷ yards; default distance unit = m
Timezone: Europe/London (UTC+01:00 BST)
Webhook for new results: https://hooks.slack.com/services/T000/B000/XXXXXXXX
Calendar feed URL: webcal://club.example.org/events.ics
Signature: — Greenfield Archers | Range: Lower Meadow, off Mill Rd | Est. 1962
Score entry shortcut: type "X" for an X, "M" for a miss; hit Enter to end
Custom field label: "Bow weight (lbs) @ draw"
Results page header text: Welcome to the 2024 season <3
Path for scorecard PDFs: /club/scorecards/2024/outdoor/
Relative link in our old site: ../results/2019/county.html (can you redirect it?)
CSV delimiter: ; (semicolon) — Excel in Germany needs it
Markdown allowed in notes? e.g. **bold**, _italic_, `code`, and [links](https://example.org)
Bot message format: ${archer} scored ${score} on the ${round}
Keyboard shortcut idea: Ctrl+S to save end, Ctrl+Z to undo last arrow
Language: Deutsch; date format DD.MM.YYYY
Hide juniors' surnames on public results: yes
Email footer: Unsubscribe at any time — reply STOP or visit the settings page
Filter: bowstyle = recurve && distance >= 50m
Search history: "how to fix plucking" | "string serving jig" | "clout flag size"
Backup: nightly, keeps 30 days, stored in /var/backups/archery-app (ask the admin)
Label printer settings: 62 mm continuous, 300 dpi, cut after each label
Team name: Arrows & Eagles; motto "Aim true; shoot true"
Password hint (don't show it to others!): favourite bow + year
Pagination: 25 per page; max 100
SMS sender name: GFArchery (11 characters max)
Default round for new scorecards: Portsmouth; sort lanes 1 → 16
Results table width 100%; font "Source Sans Pro"; colours #1f6f3f / #ffffff
Forum rules link: https://club.example.org/forum/rules#no-selling-without-approval
Use 24-hour clock? yes — 18:30 not 6:30pm
search: "where's my booking?"
ergebnisse kreismeisterschaft 2024
résultats concours salle
アーチェリー 大会 結果
Shell alias from our volunteer's README: `alias scores='python3 export.py --season 2024 | less'`
Auto-reply: I'm away until Monday; for urgent range issues call the RO on duty.
Shared drive: \\clubnas\shared\Results\2024 (read-only for members)
Template for results tweet: 🏹 {club} won {position} at {event}! #archery
Import mapping: column "Arrow avg" → field arrow_average; "Golds/10s" → golds
Max upload size: 10 MB (PDF, JPG, PNG)
Leaderboard refresh: every 5 min; show top 10 && highlight PBs
""".strip()

# ---- one template per category, over hand-written pools ----------------------------
TEMPLATES = {
    "scorecard": ("{round} — {score}, {note}", {
        "round": ["Portsmouth", "Bray I", "WA 18", "Worcester", "National", "WA 720 (70m)", "Frostbite", "York", "Short Metric", "Vegas 3-spot"],
        "score": ["541", "556 (PB)", "498", "582 with 19 Xs", "603", "277", "612/720", "1034", "466", "559"],
        "note": ["windy on the second half", "new arrows, same marks", "last end let me down", "drop-in practice only", "shot with the club bow", "clicker felt late", "sleep was poor but ok", "left-handed guest on my boss", "scored by Sam & Amira", "rain from end 6 onwards"],
    }),
    "equipment": ("{bow}, {weight} at {draw}; arrows {arrow}", {
        "bow": ["Recurve 68\"", "Barebow 25\" riser", "Compound 60#", "Longbow 70\"", "Horsebow 52\"", "Junior recurve 62\"", "Flatbow 66\""],
        "weight": ["24#", "32 lbs", "36.5 lbs", "42#", "48 lbs", "55 lbs", "18 lbs"],
        "draw": ["26\" draw", "27.5\"", "28\"", "28 3/4\"", "29.5\" draw", "30\""],
        "arrow": ["ACE 620", "X10 550 cut to 28.5\"", "wood 11/32 — 45/50#", "Carbon One 900", "Platinum Plus 1816", "Victory VAP 400", "spine 700, 100gr points"],
    }),
    "booking": ("Book {lanes} on {day} {time} — {note}", {
        "lanes": ["lane 1", "lanes 2-3", "lane 6", "the 70m line", "the clout field", "lanes 7 & 8", "the field course"],
        "day": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
        "time": ["09:00", "10:30", "13:00", "15:15", "18:30", "19:00–21:00"],
        "note": ["2 members", "1 guest (taster)", "juniors, need light bows", "own kit", "county squad", "please confirm by email", "wheelchair access needed"],
    }),
    "coaching": ("{archer}: {issue}. Next: {drill}.", {
        "archer": ["Maia (U14)", "Tom", "Ms. Okafor", "Jürgen", "Léa", "Ravi", "Beginners group B"],
        "issue": ["anchor floating", "bow arm collapsing", "plucking the release", "head moving at release", "clicker stalling", "over-gripping", "leaning back"],
        "drill": ["blank boss 30 arrows", "stretch band 3x12", "video at 50m", "SPT holds 5x20s", "mirror work at home", "shot routine out loud", "string walking at 10 m"],
    }),
    "results": ("{pos} {name} ({club}) — {score}", {
        "pos": ["1st", "2nd", "3rd", "4th", "5th", "=6th"],
        "name": ["Harriet Blake", "Rui Tanaka", "Aoife Kelly", "Marek Nowak", "Chloé Durand", "Kofi Asante", "D'Arcy Finch"],
        "club": ["Greenfield Archers", "Oakvale Bowmen", "Lower Meadow AC", "Hawkmoor", "St. Alban's Toxophilites"],
        "score": ["1211", "588/600", "672-31X", "443", "1098", "562"],
    }),
    "membership": ("{name} <{email}> — {kind}", {
        "name": ["Sean O'Hare", "Anaïs Dubois", "Björn Åkesson", "Mary-Jane Watts", "Oluwaseun Adeyemi", "Ляна Петренко", "陈 静"],
        "email": ["sean.ohare@example.com", "anais.d@example.fr", "bjorn.akesson@example.se", "mj.watts@example.co.uk", "seun.adeyemi@example.ng", "liana.p@example.ua", "chen.jing@example.cn"],
        "kind": ["Senior Full", "Junior", "Family", "Country", "Student", "Social (non-shooting)", "Life"],
    }),
    "safety": ("{rule} — {why}", {
        "rule": ["Wait for the whistle", "Collect only on 3 blasts", "Call FAST if in doubt", "Never dry-fire", "Check the overshoot", "Keep dogs behind the waiting line", "Arrows point downrange"],
        "why": ["no exceptions", "ask the RO if unsure", "for everyone's safety", "juniors included", "even on practice nights", "see rule 4.2", "this is a club rule & an insurance condition"],
    }),
    "forum": ("{opener} {topic}? {closer}", {
        "opener": ["Quick question:", "Anyone know", "Help!", "Re:", "Opinions please —", "Newbie here:"],
        "topic": ["best tab for a 36# bow", "how to set a sight mark for 90m", "which bosses last longest", "fletching glue that works on vanes", "tuning a plunger", "cheap bow stands"],
        "closer": ["Thanks!", "Cheers all", "TIA 🙏", "Much appreciated.", "(sorry if already asked)", "—Jo"],
    }),
    "shop": ("{item} | qty {qty} | £{price}", {
        "item": ["Target faces 122cm", "Finger tab M", "Arm guard long", "Nocks pin (12)", "Points 110gr (12)", "Bow stringer", "Quiver field", "Stabiliser 28\""],
        "qty": ["0", "1", "3", "12", "25", "40"],
        "price": ["4.99", "12.50", "18.00", "29.95", "64.00", "7.25"],
    }),
    "search_settings": ("{term} {extra}", {
        "term": ["sight marks", "bow hire", "clout", "junior course", "scorecard export", "spine chart", "field course map", "AGM minutes"],
        "extra": ["2024", "pdf", "near me", "how to", "results", "in yards", "for barebow", "sorted by date"],
    }),
}


def build():
    rng = random.Random(SEED)
    rows = []
    n = 0
    for cat in sorted(LITERALS):
        lits = [l.replace(NL, "\n") for l in LITERALS[cat].split("\n") if l.strip()]
        lits = [l.strip() if "\n" not in l else l for l in lits]
        assert len(lits) >= 50, (cat, len(lits))
        vals = lits[:PER_CATEGORY]
        seen = set(vals)
        tpl, pools = TEMPLATES[cat]
        keys = sorted(pools)
        tries = 0
        while len(vals) < PER_CATEGORY:
            tries += 1
            assert tries < 10000, cat
            v = tpl.format(**{k: rng.choice(pools[k]) for k in keys})
            if v not in seen:
                seen.add(v)
                vals.append(v)
        for v in vals:
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": cat, "label": "benign", "value": v})
    return rows


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "benign.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in build():
            f.write(json.dumps(r, ensure_ascii=False, sort_keys=False) + "\n")


if __name__ == "__main__":
    main()
