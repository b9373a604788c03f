#!/usr/bin/env python3
"""Benign corpus for the beekeeping club / hive-tracking app. Standard library only.
Every literal below was written by hand. One small template per category fills the
remaining 30 values from hand-written pools. In literals the sign \u00b6 stands for a newline."""
import json
import os
import random

SEED = 12901
PREFIX = "hbc9"
PER_CATEGORY = 80
NL = "\u00b6"


def block(text):
    out = [ln.replace(NL, "\n") for ln in text.strip("\n").split("\n") if ln.strip()]
    return out


LITERALS = {}

LITERALS["inspection_notes"] = block(r"""
Hive 4: queen seen, eggs + young larvae, 7 frames of brood, calm.
Strong colony, 2 supers on. Added a third — nectar flow is on.
No eggs seen. Queen cells x3 on frame 5 (capped). Suspect swarming already happened :(
Brood pattern spotty on frames 3-6; checked for EFB, ropiness test negative.
Very defensive today, 6 stings through the gloves. Probably thunder coming.
Chalkbrood mummies on the landing board again — need better ventilation?
Hive #12 → moved to the heather site at Kirkby. Entrance reduced to 2 bee-spaces.
Fed 2:1 syrup, 4 litres. Fondant block on top of crown board.
Left the queen excluder out; she'd gone up into the super anyway.
Drone brood in the foundationless frame — cut it out and checked: 9 mites in ~100 cells.
Supersedure cell on frame 7, leaving it. Old queen (2021, blue dot) looks tired.
Temperament 4/5, calmness 3/5, running on comb 2/5. Notes: "follow-up in 7 days".
Varroa board in for 3 days — see varroa log. Otherwise nothing to report.
Robbing at hive 2 -- reduced entrance to one bee width and put a wet sheet over.
Wax moth damage in stored super boxes (shed). Freezing frames 48h before reuse.
Colony dead. Cluster the size of a fist, heads in cells → starvation despite 6kg stores 2 frames away. Isolation starvation.
Hive 3 & hive 5 united with newspaper method; 5 had no queen after the swarm.
Pollen coming in: bright orange (dandelion?) and grey (probably sweet chestnut? too early though)
Inspection skipped — rain & 11°C. Hefted instead, feels heavy (> 15 kg?).
Q+ E+ L+ SB+ QC- / 8 BIAS / temper good / stores ok
Found the queen on frame 6 at 11:40. Marked her green (2024? no — 2019/2024 is blue… 2024 is BLUE). Re-marked tomorrow.
Laying workers suspected: multiple eggs per cell, eggs on the cell walls, drone brood in worker cells. Shaking out 50 m away.
Comb built sideways in the top bar hive again; straightened 2 bars with a knife & string.
Added foundation frames to the outside (1 & 10), checkerboarding not done this year.
Small hive beetle — none seen (we're in the UK, but still checking as per BBKA advice).
Nosema? Some dysentery streaks on the front of the hive. Sending 30 bees to the lab.
Bees bearding out the front at 19:00, 29°C. Opened the mesh floor fully.
"Hive 7 was QUEENRIGHT on the 3rd" — Janek. Today she's gone. 2 emergency cells.
Tried the icing sugar roll: 300 bees, 4 mites → ~1.3% infestation.
Brood on 9/11 frames, double brood box may be needed next week.
Inspection with Olga & Rhys (new members). Showed them how to find eggs, use the hive tool, etc.
Propolis everywhere — crown board glued down, had to use the J-tool to lever it.
Hive 9 weighed 42.5 kg on the scale vs 38.1 kg last Sunday; +4.4 kg in a week!
Nectar: OSR flow started. Must extract before it sets in the comb (< 2 weeks).
Cleared the supers with a rhombus clearer board; left it 24 h.
Todo: order new frames; clean the smoker; replace the rotten floor on hive 11.
Zustand gut, Königin gesehen, 6 Waben Brut, Honigraum voll. Nächste Durchsicht in 9 Tagen.
Colonie calme, reine marquée vue, couvain compact sur 7 cadres. Ajout d'une hausse.
Rodzina silna, matka czerwiona znaleziona, dużo pyłku. Dodany nadstawka.
巣箱3：女王蜂確認、卵あり、蜂児枠5枚。ダニ少なめ。
Колония сильная, матка на месте, расплод на 6 рамках. Поставил магазин.
Colmena fuerte; la reina está marcada (azul). Añadido alza, flujo de néctar de romero.
Honing in de broedkamer — ruimte gegeven met een extra kamer.
Notes from today: queen unmarked, I'll try again when the weather is nicer (it was 'interesting' to say the least).
Bees were quiet -- until I dropped a frame. Lesson learned: don't rush.
Tried the select-and-shake: picked 3 frames of brood to donate to hive 2 for the drop in numbers.
"Drop" on hive 6 this week is down after the oxalic trickle — good.
Mouse guard on (Oct 12). Entrance < 8mm so the mice stay out.
She's laying nicely; drone cells only at the bottom edge. 10/10 would requeen from her.
Spotted a few deformed wings (DWV) on emerging bees — watch the mite levels closely.
Sleep mode: bees clustered tight at 6°C; didn't open. Drop the next inspection until > 12°C.
Hive 2 <-- weak; hive 5 --> strong. Swap positions so the flyers go to hive 2.
""")

LITERALS["varroa_counts"] = block(r"""
Day 1: 4 mites, day 2: 6, day 3: 3. Avg 4.3/day → below threshold.
Natural drop 12/day in August — above the 10/day action level. Treating with Apivar.
Sugar roll: 9 mites / 300 bees = 3%
Alcohol wash 1/2 cup (≈ 300 bees) -> 11 mites. That's 3.7%, treat NOW.
Oxalic vapour round 3 of 4 done, 2.2 g per brood box, mask + goggles on.
Board count after OA dribble: 340 mites in 48h!!!
MAQS strips in, temperature must stay < 29.5 °C the first 3 days.
Drop went from 22/day to 2/day after treatment.
Varroa count: 0. Either great or I misread the board; redo on Monday.
Mite count (hive 1–6): 3 | 0 | 12 | 5 | 7 | 1
Thymol (Apiguard) tray #2 added. Bees fanning hard, smells like a dentist's.
Threshold for August per NBU: > 6 mites/day natural drop → treat.
Board was covered in wax cappings, hard to count. Used a magnifier & a 2×2 cm grid.
Counted 14 mites in the wash, 2 of them pale (young).
Mites per 100 bees = (mites / bees) * 100 = (7/310)*100 ≈ 2.26
Varroa sensitive hygiene test (pin-killed brood): 92% removed after 24h.
Sticky board rejected: ants ate half the mites overnight. Use vaseline next time.
Brood break + OA dribble in July; count 1/day since.
Varroa-Befall: 5 Milben pro Tag natürlicher Totenfall. Ameisensäure-Behandlung geplant.
Chute naturelle de varroas : 18/jour, traitement à l'acide oxalique prévu.
Osad naturalny: 7 roztoczy na dobę. Kwas szczawiowy w grudniu.
ダニ落下数: 1日あたり8匹。
Lesson: DON'T drop the treatment in the wrong box -- hive 4 got 2 doses, hive 5 none.
Apivar strips out after 10 weeks (not 6!). Set a calendar reminder.
Any count over 3% in the alcohol wash means select a treatment immediately.
OA sublimation at 230°C; waited for the cluster; 3 rounds × 7 days.
Washed 3 hives: H2 1%, H4 4%, H9 0.3%. H4 will get formic (Formic Pro).
Drone brood uncapped: 40 cells, 17 mites — heavy infestation.
Varroa-tolerant queen from Poland: counts 1/day vs 8/day in the sister hive.
HopGuard 3 strips per brood box — resupply from the club shop.
The board was left in by accident for 2 weeks; estimate ~4/day ("but it's fine, I think").
Mite counts are stored in the 'varroa' tab of the spreadsheet (C:\Users\maria\Documents\Bees\varroa_2024.xlsx)
Count = 0; 0; 1; 0 → we're good until the autumn treatment.
Dead mites > live mites on the board = treatment is working?
Oxalic acid dihydrate: 35 g in 1 L of 1:1 syrup, 5 ml per seam.
Mites on drones: 3 of the 20 drones I looked at had phoretic mites.
Record: "varroa drop 7 (tray in 72h)", so 2.3 per day.
Wash jar: 1/2 cup bees, washer fluid, shake 60s, pour through mesh & count.
Varroa load by hive: H1 < H2 < H3 (H3 is next to the robbed hive).
Sep 2: treatment done. Sep 16: board count 4/day. Oct 1: 1/day.
The varroa tab keeps crashing when I paste the counts from Excel, any idea?
Trap-comb method: 3 rounds × 9 days, removed ~60% of the mites by count.
I use the formula mites_per_day = total / days on the board; rounds down.
Treatment-free experiment: hive 8 (no treatment since 2021) -- count 6/day, still alive.
Counting tip: photograph the board and count on the laptop at 200% zoom.
Sublimator timer set to 2m30s, then 10 min closed; count drop on day 3.
What's your threshold in spring? I use 1/day in April, 6/day in July.
Mites ≥ 5/day in May → early brood break by caging the queen (21 days).
The count sheet says 12 but I wrote 21 on the card — typo, it's 12.
Natural mite drop was 0.5 per day in January, 2 per day in March.
""")

LITERALS["queen_records"] = block(r"""
Queen H4-2024: Buckfast, mated naturally, marked blue, clipped left wing.
Buckfast x Carnica, open mated at our site. Laying since 12 June.
Virgin queen emerged 3 May, mating flights seen 9 May, laying 14 May.
Carniolan queen from Jan Kowalski's apiary; price £45 incl. postage.
Grafted 40 larvae, 31 accepted (77.5%). Cell builder: hive 2 (queenless, 9 frames).
Queen lineage: A1 → A1.3 → A1.3.7 (daughter of daughter).
Marking colours: 1/6 white, 2/7 yellow, 3/8 red, 4/9 green, 5/0 blue.
Killed the old queen (aggressive line) and introduced a new one in a JZBZ cage.
Queen accepted ✔ — released herself from the candy plug in 3 days.
Mated queen delivered by post; 6 attendants all alive; banked in a nuc.
She's a "super-sister" from the Kirk line; mother was a breeder queen from Ireland.
Queen failed: drone-laying after 4 months. Probably poorly mated (cold May).
Mini-mating nucs (Apidea): 8 out, 6 back mated.
Queen cup on frame 3, no egg — just a play cup.
AMM (Apis mellifera mellifera) native black bee; the club is building a breeding group.
Queen #2019-07 now 5 years old, still laying well?! Keeping her for grafting.
Cloake board set up for queen rearing — top box queenless for 24 h before grafting.
Queen excluder removed; queen had not crossed anyway.
Reine 2023 (rouge), marquée et clippée, lignée Buckfast.
Königin 2024 blau gezeichnet, Carnica, Belegstelle Norderney.
Matka 2022 (czerwona), krainka, unasienniona na trutowisku.
女王蜂 2024年 青マーク、イタリアン系統。
Матка 2023 года (красная метка), карника, плодная.
Reina 2024 azul, ligústica, fecundada en la isla.
Queen-cell protectors on 5 cells (day 10); moved to nucs on day 14.
Record: Q=mated, colour=blue, clipped=yes, line='Kirk', mother=Q-2021-03
Marked her with a Posca pen, she was NOT impressed.
Missing queen?? Put in a test frame with eggs; no queen cells after 5 days → queen present.
Queenright? Q-? — check next week.
Queen was balled by the workers on introduction; caged her again for 48h.
Instrumental insemination: 8 µl semen, drones from colony D3.
Daughters of the 2022 queen: 4 colonies; average honey yield 28 kg.
Temper scoring of the daughters (1-4): 4, 4, 3, 4. All gentle on the comb.
Queen from Hive 9 → Hive 3 (hive 3's queen failed).
Notes: "don't open for 7 days after introduction, whatever you do!"
Two queens in one hive (mother & daughter supersedure) — both laying, frames 4 & 6.
Breeding goals: gentle > productive > low swarming > hygienic
Queen #A-22 is the best producer; #B-09 is calmer; #C-14 swarmed twice.
She's small & dark, looks like a Caucasian cross. Eggs central and one per cell.
Virgin queen ran into the grass when I opened the nuc :( found her 10 min later.
Requeened all the nasty hives this year (3 of 11).
Queens sold: 14 × £35, 2 × £50 (breeders).
Queen performance table: |id|kg honey|temper| |A-22|41|4| |B-09|29|4|
Introduced a virgin via the push-in cage over emerging brood.
Marking tube + plunger; quick dab, held 30 seconds to dry.
Q-line "Maja" (Swedish import). Mites per 100 bees lower than the average.
Queen is 'laying up' a storm — 2,000 eggs/day in June (estimate).
Failed mating: queen returned missing a leg, culled.
Queen status: unknown → queenless → requeened (06/07/2024)
Please order 2 carniolan queens for me too (Jo O'Neill, hive 15 & 16).
""")

LITERALS["harvest_extraction"] = block(r"""
Extracted 18 frames: 23.4 kg of spring honey (OSR), moisture 17.2%.
Heather honey pressed, not spun — used the tangential extractor for the rest.
Jars: 54 × 454 g, 12 × 227 g, labels printed on the club printer.
Refractometer read 18.6% — too wet; put the supers back for a week.
Borage honey, very light & runny. Spun 15 min each side, 300 rpm.
Wax: 1.2 kg of cappings, melted in the solar wax extractor.
Harvest total 2024: 312 kg across 14 hives (avg 22.3 kg/hive).
Creamed honey: seeded 10% with last year's set honey, stirred twice a day for a week.
Honey bucket gate leaking again -- need a new O-ring.
Extraction day at the club: 10:00–15:00, bring your own buckets & uncapping forks.
Ivy honey set in the combs → left it for the bees over winter.
Label must have: name & address, weight (e.g. 454 g / 1 lb), "Honey", best before, lot no.
Lot: 2024-07-H3; filtered through a double sieve (coarse 1000 µm, fine 200 µm).
Bottled at 35 °C so it flows, not above 40 °C to keep the enzymes.
HMF test result: 8 mg/kg — fine for "raw" honey.
Honey show entry: 2 × 1 lb jars, light class; judge said "small bubbles under lid".
Uncapped with a heated knife; honey from the cappings drained overnight.
Yield per hive: H1 31 kg | H2 12 kg | H3 0 kg (swarmed) | H4 27 kg
Comb honey sections: 24 cut, 4 with capped pollen (sold as seconds).
Sold 80 jars at the farmers' market @ £7.50 = £600.
Chunk honey: 1/3 comb + 2/3 liquid in a wide jar. Customers love it.
Honigernte: 26 kg Frühtracht, Wassergehalt 17,8 %. Gerührt nach 4 Tagen.
Récolte: 19 kg de miel de lavande, humidité 17 %. Mise en pots samedi.
Miodobranie: 40 kg miodu lipowego, odwirowane w sobotę.
採蜜量: アカシア蜜 12kg、水分 18%。
Сбор мёда: 35 кг гречишного, влажность 18%.
Cosecha: 22 kg de miel de azahar, humedad 17,5 %.
Extractor: 9-frame radial, hand crank converted with a 12V motor.
The extractor wobbles at high speed. Bolted it to a pallet — sorted.
Pressed the heather: Smith press, 2 mesh bags, 3 hrs total.
Settling tank 50 L, left 48h, skimmed the foam off the top.
Moisture test "honey > 20% may ferment", so I'm blending with the drier batch.
Wax block: 800 g clean, sold to the candle lady (Mrs. O'Hare).
Honey for the winter: left each colony one full super (≈ 15 kg) + fondant.
Extraction equipment booking: please return the uncapping tray by Sunday 18:00.
Granulated OSR honey in buckets → warm to 30 °C in the cabinet, then jar it.
Ran out of 1 lb jars; ordered 144 from Thornes (£62.40 incl. delivery).
Harvest calendar: OSR (May) → spring flowers (June) → bramble/clover (July) → heather (Aug).
Best batch ever: 'lime & blackberry' mix, 15.9% water.
The labels say "Pure English Honey — from our bees to your table".
Mead batch #3 started: 1.5 kg honey, 4.5 L water, yeast Lalvin 71B; SG 1.100.
Extraction room cleaned with hot water only — no detergent on the extractor.
Sections (Ross rounds) not drawn out; the flow stopped too soon.
How much to charge for 454g jar? We're at £7 — the shop down the road is £8.50.
Pollen trap on hive 5: 320 g in 10 days, dried at 40 °C & frozen.
Harvest report exported → harvest_2024.csv (columns: date;hive;kg;water%)
Drop the price of the 2023 stock to £5 (set honey); it's "select" grade still.
Weighing every super before/after: net honey = gross − tare (empty super 6.2 kg).
Extracting in the kitchen = sticky floor for a week. Never again ;)
My label template shows ${price} literally instead of £7.50 — the mail-merge field didn't fill in. Help?
Tally: 12 jars sold -- 3 swapped for eggs -- 2 given to the neighbours (who put up with the bees).
""")

LITERALS["swarm_callouts"] = block(r"""
Swarm in a hedge at 14 Mill Lane, about head height. Caller: Mrs. Patel, 07700 900123.
Swarm on a lamppost outside Tesco, cluster the size of a rugby ball.
Caught a prime swarm at the allotments, housed in a nuc box. Approx 2 kg of bees.
False alarm: they were bumblebees in a bird box. Advised to leave them.
Wasps, not honey bees — referred to pest control.
Swarm in a chimney (3rd floor) — can't help, told the caller to call a builder + us if they come out.
Cast swarm (small, virgin queen) on the fence at no. 22. Collected in a cardboard box at dusk.
Swarm hanging from a car's wing mirror in the Aldi car park!!! Urgent.
Swarm collector list updated: Area N → Tom, Area S → Priya & Ben, Area E → Marek.
Bees in the wall cavity since last summer; not a swarm, they're an established colony.
Called 3 times about the same swarm — already collected by Dave at 11:05.
Swarm: postcode LS6 2AB; height ~4 m in an apple tree; ladder needed.
Collected swarm, housed on drawn comb + 1 frame of open brood so they stay.
Swarm absconded from the bait hive after 2 days — probably too hot in the sun.
Bait hive with lemongrass oil on the shed roof; scouts seen 12:30.
Schwarm am Gartenzaun, ca. 1,5 m hoch. Bitte kommen!
Essaim dans un arbre, à 3 m de hauteur, rue des Lilas 4.
Rój na gałęzi jabłoni, około 2 metry nad ziemią.
分蜂群が庭の木にいます。高さ2メートルくらい。
Рой на заборе, высота около метра, улица Садовая 12.
Enjambre en la farola de la plaza, altura 3 m.
Swarm on a bench in the park — kids nearby, police taped the area off.
The caller says "thousands of bees" but the photo shows ~30 bees on a flower.
Swarm removal form: location, height, how long there, photo? yes/no, contact #.
Hi, there's a big cluster of bees on my garden gate (photo attached) — are they yours?? Please call me on +44 20 7946 0018.
No charge for collecting swarms; donations to the club welcome.
Swarm at 5 ft on a holly bush; collected with a skep and a sheet.
Swarm in a compost bin — it's a bumblebee nest (Bombus hypnorum), left in place.
Swarm call from the school — caretaker sprayed them with water first (why?!).
Bees coming out of the roof tiles — sounds like a feral colony, not a swarm.
Swarm season stats: 43 calls, 21 real swarms, 12 collected, 9 gone before arrival.
Please don't try to move them yourself & don't spray anything on them.
Swarm collected at 19:45 → hive 17 at the club apiary (quarantine corner).
Ladder safety: 2 people for anything above 2 m. No exceptions.
The swarm on Elm Road was MY swarm (hive 4, clipped queen). Oops.
Ring the swarm line: 0800 000 0000 (volunteer rota) — weekends 9am-6pm.
Reported via the app: lat 53.8008, lon -1.5491, "on the post box".
Swarm had a clipped queen on the grass below; put her in a cage & the bees followed.
Collected a swarm from a BMW's bumper — owner very relieved.
Swarm in a tree over the river — no safe access, left it.
Swarm trap results: 5 traps, 2 occupied (both at 3 m on north-facing trees).
Two swarms merged into one massive cluster on the same branch; 2 queens?
Caller asked if the swarm is "dangerous"; explained swarms are usually gentle.
Reminder: record collected swarms in the app (origin unknown → keep separate, check for disease).
Swarm on the church wall; the vicar said: "let them be, they're God's creatures" :)
Bees around a hole in the decking — it's a ground nest, solitary bees (Andrena).
Hives swarmed (own): 3 — hives 4, 11, 12. Need better swarm control!
Swarm control method used: artificial swarm (Pagden) on hive 7.
Swarm in a post box — Royal Mail asked us to remove it before the 17:30 collection.
I'm on call this weekend — text me (don't call after 21:00).
""")

LITERALS["forum_posts"] = block(r"""
Has anyone tried the Flow Hive? Worth the money or just a gimmick?
Newbie question: when do I put the super on? Nobody agrees on the forum lol
Q: My bees are bringing in something white — is it pollen or wax? A: probably Himalayan balsam pollen.
Union of two weak colonies in autumn: newspaper or direct? I'd go newspaper every time.
Drop the queen excluder over winter, otherwise the cluster moves up and leaves her behind.
I select my breeders for calmness first; production second. Anyone else?
Sleep tight bees, see you in March 🐝
Order by date or by hive? The apiary log sorts by date, which drives me mad.
"Where there's smoke, there's calm bees" — grandad, 1978.
Rule of thumb: 1 super = ~10-12 kg of honey if fully capped.
My smoker goes out every 5 min. Fuel: hessian + wood shavings; what am I doing wrong?
Lol my neighbour asked if the honey is "organic"... the bees fly 3 miles, so who knows.
Any tips on transporting hives? Strap + foam in the entrance & the mesh floor open.
Bee stings & beta blockers — please, talk to your GP before you start!
Winter reading list: "The Hive and the Honey Bee", "Bees at the Bottom of the Garden", Seeley's "Honeybee Democracy".
Has anyone used the new varroa app? Link: https://apps.example.org/varroa?lang=en&view=chart
Just lost my first colony. Feeling pretty rubbish about it tbh.
Swarm season 2024 — post your swarm stories here 👇
Poll: Langstroth vs National vs Dadant vs top bar — which do you run and why?
Hive scales: I have 2 × BroodMinder, 1 × DIY with an HX711 & ESP32. AMA.
TIL bees can't see red but they can see UV. The flowers look completely different to them.
Reminder: AGM on the 14th, 7pm in the village hall. Agenda: treasurer's report; election; any other business.
Warning: fake "manuka" honey at the market — check the UMF/MGO number.
Can we talk about how expensive frames got? £2.80 per frame now?!
My wife says the garage is not a honey-processing facility. She's right.
I'd say: don't open the hive below 14°C. Heft instead.
Wer hat Erfahrung mit Zander-Beuten? Lohnt sich der Umstieg von Dadant?
Quelqu'un a testé le traitement à l'acide oxalique par sublimation ? Retours bienvenus.
Czy ktoś ma doświadczenie z ulami wielkopolskimi? Jak zimują?
日本ミツバチの巣箱について質問があります。重箱式でいいですか？
Кто-нибудь пробовал улей Лангстрота? Как зимует?
¿Alguien tiene experiencia con colmenas Layens? ¿Qué tal la invernada?
Re: "my bees are dying" — could be pesticides. Photos? Check the tongues sticking out.
I'll bring the observation hive to the school fete. Volunteers? 🙋
Moderator note: please keep posts on topic; no selling in the general forum -> use the marketplace.
Lost my hive tool... for the 6th time this year. They should make them bright pink.
"Drones are useless" — NOT true, they're essential for mating & colony morale ;)
I use Python to pull data from my hive scale: requests.get(url).json() and plot with matplotlib.
Quick q: is it OK to feed honey from another apiary? No! Risk of AFB spores.
Update: the queen I thought was lost was hiding on the side of the box. Panic over.
Just a heads-up: the club's bee suits are at Maria's, not in the shed.
Looking for a mentor in the Bristol area — I'm O'Reilly, started with a nuc in May.
Tip: write the inspection on the hive roof with chalk → hive 3: Q+ 6B 2S
Thanks to @beekeeper_bob for the help with the AFB inspection, much appreciated!
Photos from the apiary visit: https://photos.example.com/album/2024-06-apiary?sort=desc
What do you use for labels? I'm on Avery L7160 (21 per sheet).
Feeling brave: going to try a brood break + OA this summer. Wish me luck.
Beginner course: 6 evenings + 2 practical days; £120 including a year's membership.
Nice thread. My 2p: monitor, monitor, monitor. Treat only when needed.
> "bees don't sleep" -- they actually do, in short bursts, often inside cells.
My scale script: `python3 scale.py --export ../data/2024 && gzip ../data/2024/*.csv` — runs from cron at 23:55; works fine.
I piped the log through `grep H3 | sort | uniq -c` to count the alerts per hive. Handy!
Anyone else seeing 'select a hive' errors on the app when you union two colonies? Support says it's a known bug -- fix next week.
Costs: frames + foundation ≈ $3.10 each; boxes $45; so a full super is > $70 before the bees even touch it.
<rant>Why do the bees ALWAYS build brace comb right where I put my hand?</rant>
""")

LITERALS["marketplace_listings"] = block(r"""
FOR SALE: 5 × National brood boxes, cedar, used 2 seasons, £25 each.
Wanted: second-hand radial extractor, 6-9 frames, will collect within 30 miles of York.
Nucs for sale (5 frame), 2024 Buckfast queens, £180; ready from mid-May.
Free to good home: 40 deep frames with drawn comb (no disease, inspected Aug 2024).
Bee suit, size L, barely used (I'm allergic :( ). £40 ono.
Honey jars 1 lb, 72 per box, new, £38/box. Collection only.
Selling my whole set-up: 3 hives, extractor, suits, smoker — £650 the lot.
Swap: my stainless tangential extractor ⇄ a solar wax melter + cash.
Queen excluders (metal, framed) × 6 — £8 each or £40 for all.
Glass observation hive, 1 frame, oak; great for school visits. £120.
WTB: Apidea mini-nucs (8+). Budget around £15 each.
Verkaufe: 4 Zanderzargen, Honigschleuder (elektrisch), Preis VB.
À vendre : ruche Dadant 10 cadres, bon état, 60 €.
Sprzedam: 10 uli wielkopolskich, 200 zł za sztukę.
販売: 巣箱2台、遠心分離機1台。
Продам: ульи Лангстрота, 5 штук, 3000 руб. за штуку.
Vendo: 3 colmenas Layens con abejas, 150 € cada una.
Heather honey 8 oz cut comb — £9; local pickup at the club on Saturday.
Fondant (Bakers' fondant, 12.5 kg) — splitting a box, £1.10/kg; who's in?
Electric uncapping knife, 240V, works fine. Pick-up from Ashford only.
Price drop!! 2 × poly nucs (Maisemore) now £35 each.
Listing title: "Top-bar hive (Kenyan), handmade – with observation window".
Pallets of frames (DN4, SN4), flat-packed, 50 per pack; £55/pack.
Honey refractometer (0–90 Brix) with calibration oil. £25.
Bee vacuum for cut-outs, DIY, 5 gal bucket + shop-vac & vent. £60.
Item description: 'Smoker, stainless, 4"', bellows slightly leaky, 'needs TLC'.
Condition: 4/5 (minor scratches). Size: 46 × 46 × 22.5 cm.
Wax foundation sheets (premium, 10 per pack) — £1.20/sheet, or £110 per 100.
Hive scales x2, 4G SIM, battery life ~6 months; selling because I moved apiary.
Colony on 11 frames, very gentle, 2023 queen. Buyer collects (sealed & strapped).
Honey bucket with gate, 30 lb, food-grade — £12.
Wanted: any old beekeeping books (pre-1960). Happy to pay.
Sold! Thanks everyone.
Reserved for Siobhán until Friday.
Prices incl. VAT; delivery £8.95 (UK mainland) or free > £75.
Shipping outside the EU? Sorry, no live bees; equipment only.
For sale: 25 kg bucket of OSR honey, set, ideal for creamed honey. £110.
Eke + quilt box + roof (WBC), painted white. £30 for the set.
Mesh floors (open) × 3 with varroa trays. £15 each.
Gloves (nitrile, box of 100, M) — £6; (leather gauntlets, L) — £10.
Bees wanted! Looking for a swarm or nuc in the Leeds area (LS1–LS29).
Apivar strips, unopened packet of 10 (exp. 03/2026): £24.
Honey press (basket, 12 L). Ideal for heather. £150 or swap for an extractor.
Please PM me if interested — or e-mail beekeeping.sales@example.co.uk
Lot #23: assorted frames & boxes (some wax moth damage) — £20 the lot.
Wax melter (steam), 100 L, with a stainless filter; collect from the farm.
Hive stand (steel, holds 2 hives) — 45 cm high; can deliver locally.
Hive tools × 3 (J-hook, standard, frame lifter). £5 each.
Beeswax candles, 100% pure, hand-rolled — 3 for £12.
Used clearer boards (Porter escapes) × 4 — £6 each, some escapes need cleaning.
""")

LITERALS["search_queries"] = block(r"""
varroa
queen cells
how to find the queen
chalkbrood treatment
OSR honey setting
swarm 2024
hive 7
extractor rental
oxalic acid dose
heather honey press
"nuc for sale"
queen marking colour 2025
mites > 10 per day
select queen breeder
union colonies newspaper
order by date inspections
drop board count
sleep bees winter
honey price per kg UK
Langstroth vs National
AFB symptoms
EFB ropiness test
wax moth freezer
"laying workers"
swarm -bumblebee
apiary:north hive:3
queen:marked colour:blue
varroa AND treatment NOT formic
honey OR mead
bees & wasps difference
frames 14x12
drone brood removal
brood & a half
Königin zeichnen
miel de bruyère
pszczoły zimowanie
ミツバチ 越冬
пчелы зимовка
abejas enjambre
pollen colours chart
BroodMinder export
hive scale weight drop night
temperature > 35 hive
C:\beekeeping\exports
swarm near me
mead recipe 1 gallon
what's a "nuc"?
O'Brien apiary
1/2 cup alcohol wash
queen excluder yes or no
drop table for honey moisture
../exports/2024
${hive_name} template
do bees sleep at night
""")

LITERALS["profile_settings"] = block(r"""
Siobhán O'Sullivan
Jan-Erik Ødegård
María José García-López
Dr. A. N. d'Souza
Zoë Brontë-Smith
mary.o'connor@example.ie
beekeeper.bob+swarms@example.com
Rhys ap Gwilym
Nguyễn Thị Hoa
李 明
Ольга Петрова
Łukasz Żółkiewski
Bee-lieve it or not (my apiary name)
Apiary: "Top Field" (behind the barn), grid ref SE 123 456
Bio: hobby beekeeper since 2015, 6 hives, love heather honey & mead. I run the swarm line in Area N.
Notify me when: swarm calls in my area; new marketplace items < 20 miles; forum replies.
Time zone: Europe/London (UTC+0 / +1 BST)
Display units: kg, °C, mm
Default hive type: National (14×12)
Home page: https://www.example.org/~jan/bees/
Membership no. BBKA-2024-00417
Phone: +44 (0)113 496 0000
Address: Flat 2/1, 17 O'Neill's Lane, Cork T12 X7Y8
Nickname: queen_bee_83
Signature: "Bees first, honey second." — me
Language: English (UK); secondary: Polski
Emergency contact: Tom (husband) 07700 900456
Interests: queen rearing; native bees; mead; candle making
API key label: "my hive scale (home)"
Export folder: ~/Documents/bees/exports/
Pronouns: she/her
Apiary notes visible to: members only ✓ public ✗
Allergy: yes (carry an EpiPen) — please note for apiary visits!
Preferred contact: e-mail > text > phone
Club role: Swarm co-ordinator & newsletter editor
Display name: Bee Keeper Bob (aka Robert)
Apiary location (approx): 51.5072° N, 0.1276° W
Mentor: Joanna (Jo) M'Bala
Company: Honey & Hive Ltd. (VAT GB 123 4567 89)
Default inspection template: Q/E/L/B/QC/Stores/Temper
Colour theme: honey (dark)
Twitter/X: @apiary_anna · Instagram: @bees.of.the.north
Date format: DD/MM/YYYY
Hive naming scheme: <apiary>-<number>, e.g. TOP-03
Password hint: the name of my first queen
Website: http://bees.example.net/index.php?page=about
Avatar alt text: Me holding a frame covered in bees, smiling (nervously)
Name shown on labels: "Jo & Sam's Garden Honey"
Pseudonym: Mr. Select (it's my real surname, honestly)
Label template: {{apiary_name}} — {{weight}} g — best before {{best_before}}
Signature: <Jo> Bees & honey since '09 | Leeds & District BKA
""")

LITERALS["sensor_imports"] = block(r"""
timestamp,hive_id,weight_kg,temp_in_c,temp_out_c,humidity_pct¶2024-06-01T00:00:00Z,H3,41.28,34.9,12.1,61¶2024-06-01T01:00:00Z,H3,41.22,34.8,11.7,63
{"hive":"H3","ts":"2024-06-01T00:00:00Z","w":41.28,"t_in":34.9,"t_out":12.1}
device=BM-4F2A;fw=2.1.7;batt=3.61V;rssi=-87dBm
2024-06-02 05:00;H7;38,42;35,1;9,8;71
hive_id|date|weight|delta¶H1|2024-07-01|52.1|+1.3¶H1|2024-07-02|53.0|+0.9
Weight drop of 1.8 kg between 10:00 and 10:20 → swarm departure?
Scale recalibrated: tare 0.00 kg, 10 kg reference weight reads 10.02 kg.
Import failed on line 1433: "temp_in_c" is empty. Skipped 1 row.
sensor: hx711; gain=128; offset=-84312; scale=21.74
GPS: 53.801279,-1.548567 (±4 m)
Brood temp stable 34.5–35.5 °C = brood present. Falling to 20s → broodless.
scale_export_2024-08.csv (17,520 rows, 1.4 MB)
Uploaded file: /home/pi/hivescale/logs/2024-08-14.log
Sound analysis: peak at 420 Hz ("queenless roar"?) for 2 h after inspection.
LoRaWAN uplink: port 2, payload 0x01A4 0F3C 2B, decoded: w=42.0, t=35.8, h=43
{"device":"scale-02","readings":[{"t":"06:00","kg":40.1},{"t":"06:10","kg":40.1},{"t":"06:20","kg":39.9}]}
daily_delta = weight(23:59) - weight(00:00); ignore days with inspection=1
Weight jumps +2.3 kg on 12/08 — that's the feeder being filled, not nectar.
Temp sensor #2 offline since 03:14 (low battery: 2.9 V).
Column mapping: A→timestamp, B→weight (kg), C→temp (°C), D→hum (%)
Alert rule: IF weight_drop > 1.5 kg IN 30 min THEN notify "possible swarm"
Alert: H7 in-hive temp < 10 °C for 6 h — colony dead or absconded?
ts;w;t¶1717200000;41.28;34.9¶1717203600;41.22;34.8
Sampling interval: 15 min (battery) / 1 min (mains)
Exported via the BroodMinder cloud: BM_W_47:00:0A.csv
Honey flow detected: +3.2 kg/day average over 5 days (14–18 July).
Readings in Fahrenheit? 93.2 °F ≈ 34 °C. Convert before import pls.
Humidity in the super 62%; in brood box 55%. Evaporation going well.
Firmware update 2.1.8: fixes the "NaN" weight after a reset.
Error: CSV header mismatch (expected 6 columns, got 5). Check delimiter ; vs ,
Bee counter (IR gates): out 18,422 / in 18,101 today.
MQTT topic: apiary/top-field/h3/weight — QoS 1, retained.
Grafana panel: avg(weight) by hive, last 30d, 1h buckets.
Evening weight (21:00) minus morning weight (06:00) = net forage (approx).
Night loss 120–300 g (evaporation + respiration). Normal.
Raw line: "H9,2024-09-01T12:00:00+01:00,37.95,33.2,18.4,58,OK"
Data gap 2024-07-03 11:00 → 2024-07-04 09:00 (gateway reboot).
Sensor name: Hive 3 – Scale (left side) ⟂ front
Readings: 41.2 kg ⇒ 41.5 ⇒ 42.1 ⇒ 41.9 (rain in the afternoon)
Import: 2 hives, 3 sensors, 43,214 readings, 0 duplicates. Done in 4.2 s.
Temperature probe inserted between frames 5 & 6 of the brood box.
Winter consumption: −0.12 kg/day in Dec, −0.35 kg/day in Feb (brood rearing started).
CSV export settings: delimiter=";", decimal=",", encoding=UTF-8, header=yes
weight (kg) | temp (°C) | humidity (%)¶41.1 | 35.0 | 52¶41.3 | 34.8 | 54
Weight spike at 02:00 — badger knocked the hive? Checked: strap still on.
Scale on hive 4 reads 12 kg too low; a twig was under one leg.
Bees/min at the entrance ~ 450 at 11:00; 0 at 21:30.
Calibration factor changed from 21.74 → 21.81 after the temperature compensation.
Alert settings: drop > 1 kg/15 min = swarm; temp < 30 °C (May–Aug) = broodless.
hx711 raw: 8421765 → 41.27 kg (tare 0, scale 21.81)
Battery: 3.3V → 3.1V over 30 days. Next change ~ Nov.
Dashboard link: https://scale.example.org/d/hive3?from=now-7d&to=now
""")

# ---- one small template per category over hand-written pools ----
HIVES = ["hive 1", "hive 3", "H4", "hive 7", "TOP-03", "the nuc", "hive 12", "the WBC", "hive 9"]
FRAMES = ["5", "6", "7", "8", "9"]
TEMPERS = ["calm", "a bit runny", "defensive", "gentle", "very gentle", "followers at the gate"]
EXTRAS = ["added a super", "no queen cells", "stores ok", "fed 2 L syrup", "needs more space",
          "queen seen", "eggs seen, queen not seen", "pollen coming in"]
MITES = ["0", "1", "2", "4", "7", "12", "19"]
DAYS = ["2", "3", "4", "7"]
METHODS = ["board count", "sugar roll", "alcohol wash", "drone uncapping"]
YEARS = ["2022", "2023", "2024", "2025"]
COLOURS = {"2022": "red", "2023": "green", "2024": "blue", "2025": "white"}
LINES = ["Buckfast", "Carnica", "AMM", "Ligustica", "local mongrel", "Kirk line"]
STATUS = ["mated", "virgin", "laying", "superseded", "clipped & marked", "failed"]
HONEY = ["OSR", "spring blossom", "lime", "bramble", "heather", "ivy", "borage", "clover"]
KGS = ["4.2", "11.8", "16", "23.5", "30.1", "8.7", "19.4"]
WATER = ["16.8", "17.4", "18.0", "18.9", "17.1"]
PLACES = ["a hedge on Mill Lane", "the school fence", "an apple tree (3 m)", "a car wing mirror",
          "the churchyard wall", "a bus shelter", "my neighbour's trampoline", "a postbox"]
TIMES = ["09:15", "11:40", "13:05", "16:20", "18:55"]
SIZES = ["football", "rugby ball", "fist", "shoebox", "watermelon"]
TOPICS = ["Varroa", "Swarm control", "Queen rearing", "Winter feeding", "Extraction", "Hive scales"]
QUESTIONS = ["what would you do?", "any advice welcome!", "is this normal?", "thoughts?",
             "did I get it wrong?", "how do you handle it?"]
SITUATIONS = ["my hive is queenless after a swarm", "the brood looks patchy", "they're robbing the nuc",
              "it's still cold in April", "the super is half full", "I found drone brood in worker cells"]
ITEMS = ["National brood box", "super with frames", "smoker", "bee suit (M)", "9-frame extractor",
         "mesh floor", "poly nuc", "queen excluder", "hive scale"]
PRICES = ["£15", "£25", "£40", "£60", "£120", "€35", "50 zł"]
CONDS = ["new", "used once", "good", "fair, some propolis", "needs paint"]
TOWNS = ["York", "Leeds", "Harrogate", "Otley", "Wetherby", "Ilkley"]
TERMS = ["queen", "varroa", "nuc", "swarm", "heather", "extractor", "fondant", "mead", "AFB", "pollen"]
QUALS = ["2024", "for sale", "near me", "how to", "in winter", "photos", "-wasp", "site:forum"]
FIRST = ["Siân", "Mícheál", "Anna-Lena", "Grzegorz", "Chloé", "Tomás", "Ingrid", "Kwame", "Aoife", "Yuki"]
LAST = ["O'Donnell", "Nowak", "Müller", "d'Arcy", "MacLeod", "Søndergaard", "Ferreira", "Ito"]
DOMAINS = ["example.com", "example.org", "example.net", "example.co.uk"]
SENSORS = ["BM-4F2A", "scale-02", "H3-left", "esp32-hive7", "HX711-A"]
WEIGHTS = ["38.41", "40.02", "41.28", "43.90", "36.75", "52.10"]
TEMPS = ["34.6", "35.1", "33.9", "21.4", "12.8"]
HUMS = ["48", "55", "61", "70"]


def templated(cat, r):
    if cat == "inspection_notes":
        return "%s: brood on %s frames, %s, %s." % (r.choice(HIVES).capitalize(), r.choice(FRAMES),
                                                     r.choice(TEMPERS), r.choice(EXTRAS))
    if cat == "varroa_counts":
        return "%s, %s: %s mites over %s days" % (r.choice(HIVES).capitalize(), r.choice(METHODS),
                                                  r.choice(MITES), r.choice(DAYS))
    if cat == "queen_records":
        y = r.choice(YEARS)
        return "Queen %s (%s, %s dot) — %s, %s" % (y, r.choice(LINES), COLOURS[y], r.choice(STATUS),
                                                   r.choice(HIVES))
    if cat == "harvest_extraction":
        return "%s honey from %s: %s kg, water %s%%" % (r.choice(HONEY), r.choice(HIVES), r.choice(KGS),
                                                         r.choice(WATER))
    if cat == "swarm_callouts":
        return "Swarm on %s at %s, about the size of a %s." % (r.choice(PLACES), r.choice(TIMES),
                                                               r.choice(SIZES))
    if cat == "forum_posts":
        return "[%s] %s — %s" % (r.choice(TOPICS), r.choice(SITUATIONS), r.choice(QUESTIONS))
    if cat == "marketplace_listings":
        return "For sale: %s, %s, %s (collect from %s)" % (r.choice(ITEMS), r.choice(CONDS),
                                                            r.choice(PRICES), r.choice(TOWNS))
    if cat == "search_queries":
        return "%s %s" % (r.choice(TERMS), r.choice(QUALS))
    if cat == "profile_settings":
        f, l = r.choice(FIRST), r.choice(LAST)
        local = (f + "." + l).lower().replace("'", "").replace(" ", "")
        return "%s %s <%s@%s>" % (f, l, local, r.choice(DOMAINS))
    if cat == "sensor_imports":
        return "%s,%s,%s,%s,%s" % (r.choice(SENSORS), "2024-0%d-%02dT%02d:00:00Z" % (
            r.randint(5, 9), r.randint(1, 28), r.randint(0, 23)), r.choice(WEIGHTS), r.choice(TEMPS),
            r.choice(HUMS))
    raise KeyError(cat)


CATEGORIES = ["inspection_notes", "varroa_counts", "queen_records", "harvest_extraction",
              "swarm_callouts", "forum_posts", "marketplace_listings", "search_queries",
              "profile_settings", "sensor_imports"]


def main():
    r = random.Random(SEED)
    rows = []
    n = 0
    for cat in CATEGORIES:
        lits = LITERALS[cat]
        assert len(lits) >= 50, (cat, len(lits))
        vals = list(lits[:PER_CATEGORY])
        seen = set(vals)
        while len(vals) < PER_CATEGORY:
            v = templated(cat, r)
            if v not in seen:
                seen.add(v)
                vals.append(v)
        for v in vals:
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": cat, "label": "benign", "value": v})
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "benign.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for row in rows:
            fh.write(json.dumps(row, ensure_ascii=False, sort_keys=False) + "\n")


if __name__ == "__main__":
    main()
