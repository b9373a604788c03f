#!/usr/bin/env python3
"""Benign corpus for puppetry (puppet workshop + touring company). Seed 27701."""
import json, os, random

SEED = 27701
rng = random.Random(SEED)
HERE = os.path.dirname(os.path.abspath(__file__))
CATS = []  # (name, literals, template_fn)

commissions = [
    "Hi, we'd like a 60cm hand-and-rod fox puppet for a school assembly, budget around £450.",
    "Could you make a marionette of our grandad? He's 5'8\", bald, always wore a flat cap.",
    "Commission: 3 shadow puppets (crow, wolf, moon) in laser-cut acetate, deadline 14 March.",
    "Bunraku-style lead figure, ~1.2m, needs eyebrow mechanism + separate right hand.",
    "Nous aimerions commander une marionnette à gaine pour un spectacle de Guignol, taille < 50 cm.",
    "Wir brauchen eine Klappmaulpuppe (Muppet-Stil) mit grünem Fell, Mundweite ca. 18 cm.",
    "人形劇用の手遣い人形を2体お願いします。納期は5月末です。",
    "Мы хотим заказать тростевую куклу лисы для детского театра, рост около 70 см.",
    "Rush order? Our dragon's jaw snapped during the matinee -- can you repair by Friday?",
    "Quote request: walkabout giraffe head, backpack frame, total height > 3m, must fit through 2.1m door.",
    "Please drop the tail length from 90cm to 60cm; the union rep says the stage is too tight.",
    "Client O'Connor asked for glass eyes instead of painted ones — add £35 to invoice #2231.",
    "Puppet brief: old fisherman, weathered face, detachable pipe, strings for head/hands/knees (9 strings total).",
    "Can the mouth open AND the eyes blink? Or is that two operators?",
    "We want to select between foam latex and carved lime wood; which lasts longer on tour?",
    "Deposit of 30% paid via bank transfer, ref PUP-2024-017. Balance on delivery.",
    "Hola, ¿pueden hacer un títere de calcetín gigante para un festival en Sevilla?",
    "Commission for the wedding: two small marionettes of the bride & groom dancing, ~35cm each.",
    "The museum wants a replica of an 1890s Punch, but with a softer nose so kids can touch it.",
    "Size spec: head circumference 42cm; hand opening ≥ 9cm for adult hand with glove.",
    "Could you ship to Dublin? Address: 14 Ormond Quay Upper, D07 — delivery before the 3rd please.",
    "Revised sketch attached (fox_v3_final_FINAL.pdf). Ears more upright, less 'sad dog'.",
    "We'd drop the sound module entirely if it's over budget; the actor can do the voice.",
    "Invoice query: line 4 says 'foam x 2' but we ordered 3 sheets of 50mm reticulated.",
    "Is lead paint a risk with antique restoration? We have a 1920s Italian pupo to refurbish.",
    "Commission status? It's been 6 weeks & the rehearsal starts on 1 June.",
    "Please make the knight's sword detachable (magnet, not velcro) and the armour in worbla.",
    "Large-scale parade puppet: 4 operators, bamboo frame, silk skin, needs to survive light rain.",
    "Can we pay in 3 instalments of £400? Charity budget is tight this year.",
    "Tiny finger puppets x 40 for the library's storytime — animals from 'The Gruffalo' style, no logos.",
    "The director wants the witch to 'age' during the show — swap heads or latex overlay?",
    "Hand puppet for a speech therapist: mouth must open wide, tongue visible, washable fabric.",
    "Replacement strings for 6 marionettes, 20lb braided fishing line, black, pre-cut 1.8m.",
    "Ordre: 2 x marionnettes à fils; paiement: virement; livraison: Lyon 69003.",
    "我们想定制一个皮影戏人物，孙悟空，约40厘米高。",
    "Would a 1:1 scale puppet of a Shetland pony be feasible? Operators inside, like War Horse but smaller.",
    "Ref #C-118: client approved colour swatch #4 (ochre), reject swatch #2.",
    "Can you carve the head from tupelo? Our old puppeteer swears by it.",
    "Order by 30 Sept for Christmas panto delivery, otherwise it's January.",
    "Puppet must be <2kg total so the performer can hold it overhead for 4 minutes.",
    "Rod puppet for a deaf theatre company: hands need 5 independently moving fingers for BSL.",
    "Requesting a rebuild of 'Mr. Bramble' — the foam has gone crumbly after 11 years in a loft.",
    "Alternative quote please: same design but with a felt finish instead of fleece.",
    "Can you add a hidden pocket for a radio mic transmitter (approx 6 x 4 x 1.5 cm)?",
    "Commission for a hospital clown team: soft, no hard edges, all fabric washable at 60°C.",
    "Our budget is $1,200 USD; shipping to Toronto, M5V 2T6. Is that realistic?",
    "Please confirm: eyes 'googly' or 'felt'? Client says either, director says NOT googly.",
    "Wooden marionette control: airplane style or upright? Puppeteer is left-handed.",
    "نريد دمية قفازية على شكل جمل لعرض مدرسي، الطول حوالي ٤٠ سم.",
    "Can we see progress photos? Even WIP is fine, the kids are very excited.",
    "Change request: the dog's tail should wag via a cable from the main rod, not a separate rod.",
    "Client wants 'the same one as in the video' — link: https://video.example.org/watch?v=puppet123",
]

def t_commissions(r):
    kind = r.choice(["hand puppet", "marionette", "rod puppet", "shadow puppet", "mouth puppet", "walkabout head", "finger puppet set"])
    animal = r.choice(["badger", "heron", "grandmother", "pirate", "moth", "king", "robot", "hare", "sea otter", "tailor"])
    size = r.choice(["30cm", "45cm", "60cm", "80cm", "1.1m", "1.5m"])
    week = r.randint(2, 16)
    return f"Enquiry: {kind} of a {animal}, about {size}, needed in {week} weeks. Can you quote?"

CATS.append(("commissions", commissions, t_commissions))

rehearsal_notes = [
    "Act 1 sc 2: fox enters SL too early, wait for the sleep cue on the drum.",
    "Notes from tonight: drop the union jack flag gag, it isn't landing with kids.",
    "Sam -- your puppet's eyeline is drifting to the floor on 'I'm lost'. Keep focus on the audience.",
    "Blocking change: witch exits through the trap, NOT the flat. Check the trap is locked after.",
    "Run time 52:30; target is < 50 min. Cut the second song verse?",
    "Remember: select the blue gloves for black-box scenes, grey for the white cyc.",
    "Breath! Puppet breath before every line. Chest rises, then speak.",
    "Cue 14 -> 15 too slow; LX op wants a standby call 3 lines earlier.",
    "Jo & Priya: the lift on the giraffe neck needs both of you on 'three', not 'go'.",
    "The crow's wing hinge squeaks — graphite, not WD-40 (it stains the fabric).",
    "Scene 5 order by entrance: Baker, Mouse, Cat, Mouse again. Don't mix them up again :)",
    "Director's note: less 'waving', more 'intention'. Every move should want something.",
    "Mic check at 18:00 sharp; half-hour call 18:55.",
    "Fight choreo: puppet punch lands at 0:04 of track 7; stage slap on the table edge.",
    "Notes: 1) hand too high in sc3 2) lost the rod at 'goodbye' 3) great energy overall!",
    "Répétition: la scène du loup est trop longue, on coupe 30 secondes.",
    "Probe Dienstag: Marionette 'Kasper' bleibt hängen am Drahtseil, bitte prüfen.",
    "稽古メモ：二幕の影絵、光源が近すぎてぼやける。50cm下げること。",
    "Пометка: куклу кота держим выше ширмы на 5 см, иначе не видно из зала.",
    "The sleeping scene: the puppet should 'sleep(5)' — I mean hold still for a count of five.",
    "We lost 2 mins on the changeover between scene 3 and 4 -- preset the puppets on the rail.",
    "Reminder: no eating near the puppets. Crumbs in the fur = moths.",
    "Audience of 120 today; the back row couldn't hear the mouse. Project more or add a mic.",
    "Sc 7: when Grandma says 'drop it!' the dog drops the bone — timing was late twice.",
    "Fix: puppeteer shadows visible on the cyc during the storm; move the side light 1m DS.",
    "Practise the quick-change behind the ;screen; — the semicolons were the director's joke.",
    "Today's warm-up: 10 min focus exercise, puppet looks at 5 objects, then 'breathes'.",
    "Don't forget the 'select a volunteer' bit only works if house lights are at 30%.",
    "Stagger: the rabbits enter one at a time, 2 counts apart, not all together.",
    "Voice note for Ana: the old man's voice cracks on high notes — go lower, it's fine.",
    "Props table SR: spoon, letter, tiny lantern (battery AAA x2), bone.",
    "Tech run notes: LX 22 misses the puppet's face; refocus the special 30cm to SR.",
    "Rehearsal moved to Studio B (the one with the sprung floor) from 10:00 until 16:30.",
    "Scene 9 cut entirely. We'll revisit if the run time goes under 45 min.",
    "The marionette's left knee string keeps tangling with the head string — re-route via the back bar.",
    "Good show! Small things: door slam early, thunder cue late, the moon wobbled.",
    "Try: puppet turns its head BEFORE the body. Always lead with the eyes.",
    "Ensemble note: when you're not operating, you're still visible. Neutral faces, please.",
    "If the rod breaks mid-show, freeze, the narrator covers with 'And then... silence.'",
    "Pre-set check: all 14 puppets hung in order on the back rail, tags facing out.",
    "Gina's notes: 'union of the two villages' scene needs a bigger group hug moment.",
    "Bunraku trio: main op (head/R hand), left hand op, feet op. Swap feet op with Lee on Thursday.",
    "Learn lines for Act 2 by Monday, no scripts on stage from then on!",
    "Scene 4, page 23: cut from 'Where's the key?' to 'There it is!' — about 40 seconds.",
    "Shadow scene: the projector is 3200K, the LEDs 5600K; gel the LEDs with 1/2 CTO.",
    "Pyro is NOT approved at the school venues — use the ribbon fire instead.",
    "Check the string lengths >= 1.6m for the tall venues; the Corn Exchange grid is higher.",
    "Hot glue burns today: 2 (minor). Use the low-temp gun for fabric please.",
    "Why does the bird fly backwards in sc 6? Let's make it go DS -> US.",
    "The 'drop table' gag in sc 2: the table collapses on cue, reset the hinge pins each show.",
    "Ensayo: el títere del abuelo necesita más peso en los pies, se levanta solo.",
    "Next rehearsal: Wed 19:00 – 21:30 at the church hall. Bring knee pads.",
]

def t_rehearsal(r):
    sc = r.randint(1, 12)
    who = r.choice(["Sam", "Priya", "Jo", "Ana", "Lee", "Marek", "Tomás", "Yuki", "Bea"])
    fix = r.choice(["enter on the cue, not before", "keep the puppet's eyeline up", "slow the walk cycle",
                    "hold the pause longer", "project the voice to the back row", "check the rod grip",
                    "don't block the lantern", "lead with the head turn"])
    return f"Sc {sc}, {who}: {fix}."

CATS.append(("rehearsal_notes", rehearsal_notes, t_rehearsal))

tour_bookings = [
    "Hi, we'd like to book 'The Paper Moon' for our arts centre, 2 shows on Sat 12 Oct (11:00 & 14:00).",
    "Is the fee £950 + VAT per day, or per show? Our budget is fixed at £1,800.",
    "Booking confirmed: Kendal Brewery Arts, 22-23 Nov, get-in 09:00, 2 shows/day.",
    "Could the company do a relaxed performance? House lights at 50%, no sudden loud sounds.",
    "Festival slot offer: 45 min, outdoor stage, 15:30, Sunday. Covered stage but open sides.",
    "We need to cancel the 4 March date due to the school closure — can we reschedule to 18 March?",
    "Accommodation: 4 rooms, 2 nights (Thu & Fri), walking distance to the venue please.",
    "Réservation pour le festival de Charleville: 3 représentations, 19-21 septembre.",
    "Anfrage Gastspiel: Puppentheater Halle, 2 Vorstellungen am 5.12., Gage nach Absprache.",
    "Can you drop the Q&A after the show? Our buses leave at 15:15.",
    "Library tour — 8 branches over 2 weeks; each space approx 6m x 5m, no blackout.",
    "Split: 70/30 box office in favour of the company, guarantee of £300 vs.",
    "Contract v2 attached. Clause 7 (cancellation) changed from 28 to 42 days.",
    "Is there parking for a Luton van (3.5t)? Height 3.2m — the car park barrier is 2.1m.",
    "Travel day Tue; shows Wed–Sat; rest day Sun; pack-down after Sat 16:00 show.",
    "Booking enquiry from Orkney: we'd cover ferry costs from Aberdeen for the van and 3 crew.",
    "Our venue seats 86; we'd like 'Grandad's Boat' for the half-term week, 10 shows.",
    "Please send the marketing pack: hi-res images, 50/100/200 word copy, trailer link.",
    "Tour booking hold: Thu 9 May – pencil only until the council confirms the grant.",
    "ツアー公演のご依頼：6月に横浜の小学校で2回公演をお願いしたいです。",
    "Can you perform in Welsh? The school is Welsh-medium (Ysgol Gymraeg).",
    "The venue contact is Siobhan O'Neill, 07700 900123, she's there from 08:30.",
    "Rural touring scheme: village hall, no stage, 60 chairs, kettle & urn available :)",
    "Hospitality rider: vegetarian x2, vegan x1, coeliac x1. Tea, not coffee, for the puppets' sake.",
    "Union rates for the stage manager? We follow the ITC/Equity agreement.",
    "Can we move the get-in from 08:00 to 10:00? The caretaker starts at 9.",
    "Fee breakdown: performance £780, travel £140 (mileage 0.45/mi), accommodation covered by venue.",
    "Do you tour internationally? We're a festival in Ljubljana, dates 2–6 July.",
    "Booking ref TB-0412: 2 x school shows + 1 x family show; invoice to finance@venue.example.org.",
    "We'd like to select the earlier slot (10:00) for the nursery groups, and 13:30 for KS1.",
    "Schedule conflict: the van is in Truro on the 14th and Norwich on the 15th — 400+ miles. Not possible.",
    "Zapytanie: spektakl lalkowy dla dzieci, Kraków, październik, ok. 150 widzów.",
    "Re: tour — the theatre has a show in the evening so we must be out by 17:30 latest.",
    "Is the show suitable for ages 3+? Some of our audience are 2-year-olds with parents.",
    "Pencil booking for a care home: afternoon show, 40 mins, residents with dementia.",
    "Hi! Do you do birthday parties? 8 kids, living room, Saturday afternoon.",
    "Outdoor booking: if wind > 25mph the large puppets can't go out; we'll do the indoor version.",
    "Can we book a workshop after the show? 'Make a sock puppet', 25 kids, 1 hour.",
    "Second show added: Sun 14:00. Total 3 shows, fee adjusted to £1,350.",
    "Booking form: Venue=Lantern Hall; Capacity=200; Dates=3-4 Feb; Contact=Raj P.",
    "Please confirm the get-out time; the next company loads in at 22:00 the same night.",
    "Do you need a DBS-checked chaperone for the school tour? We have one available.",
    "Visa check for the Toronto leg: all 4 cast have passports valid > 6 months.",
    "Reservamos dos funciones para el 8 de noviembre en el Teatro Municipal, ¿les va bien?",
    "The church hall has a 13A socket ring only — max 3kW total. Is that enough for your rig?",
    "Drive times: Leeds→York 45 min, York→Hull 1h10, Hull→Lincoln 1h30.",
    "Dear company, we'd love to book you again! Last year's show was the kids' favourite.",
    "Are travel costs for the 2nd van included? The giraffe doesn't fit in the first one.",
    "Could you bring the smaller version of the set? The stage is only 4m deep.",
    "Tour booking cancelled by venue (roof leak). 50% fee payable per contract clause 9.2.",
    "Matinee + evening on the same day is fine, but we need 90 min between for a reset.",
    "Tickets on sale from 1 Sept, prices £8/£6 concessions/£25 family of 4.",
]

def t_bookings(r):
    town = r.choice(["Hexham", "Bideford", "Ludlow", "Oban", "Whitby", "Stroud", "Penrith", "Bangor", "Ely", "Frome", "Buxton"])
    day = r.randint(1, 28)
    month = r.choice(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Sep", "Oct", "Nov"])
    shows = r.choice(["1 show", "2 shows", "3 shows", "a show + workshop"])
    return f"Booking request: {town}, {day} {month}, {shows}. Is the date free?"

CATS.append(("tour_bookings", tour_bookings, t_bookings))

stock = [
    "Reticulated foam 25mm, grey, 10 sheets (2m x 1m) — reorder when < 3 sheets left.",
    "Fleece, antipill, 'fox orange', 4.5m remaining on the roll.",
    "Worbla Finest Art, 2 sheets, 100 x 75 cm. Reserved for the knight commission.",
    "Contact adhesive (Thixofix) x 6 tins, 1 tin opened — use in ventilated room ONLY.",
    "Hot glue sticks 11mm, low temp, 1kg bag; high temp, 2kg bag.",
    "Lime wood blocks 150x150x300mm: 4 in stock, 2 earmarked for heads.",
    "Braided fishing line 20lb black: 3 spools (300m each).",
    "Eyes: glass 18mm brown x 6 pairs, 22mm blue x 2 pairs; safety eyes 12mm x 50.",
    "Costume rail: fox waistcoat (needs button), witch cloak (moth damage on hem), baker's apron x3.",
    "Stock take 31/03: 14 items below minimum, list attached (stock_2024-03-31.csv).",
    "Dowel 6mm x 1m beech: 40; 9mm: 22; 12mm: 15. Aluminium tube 10mm: 8 lengths.",
    "Paint: acrylic, Titanium White 500ml x2, Burnt Umber x1 (low), Payne's Grey x1.",
    "Faux fur 'silver wolf', long pile: 1.2m left. DO NOT cut without asking Marta.",
    "Velcro, sew-on, 20mm black: 25m; adhesive back: 10m (drops off foam, avoid).",
    "Magnets N52 neodymium 10x3mm: 200; 6x2mm: 150. Keep away from the laptop!",
    "Drop the ordering of 'craft foam A4 assorted' — we never use the yellow ones.",
    "Paper clay (La Doll) 3 packs, Milliput superfine 2 packs.",
    "Wire: 1.6mm galvanised, 2 rolls; 0.8mm florist wire, 1 roll; armature wire 3mm aluminium x3.",
    "Materiallager: Schaumstoff 30mm, 5 Platten; Filz grau, 3m; Heißkleber 2 Packungen.",
    "在庫：和紙（楮）20枚、竹ひご 100本、墨汁 2本。",
    "Spandex black (for the puppeteers' hoods): 6m. Lycra gloves: 12 pairs, sizes M/L.",
    "Liquid latex, 1L — check expiry (02/2025). Talc for demoulding: 1 tub.",
    "Sewing machine needles 90/14 jeans x 2 packs, 100/16 leather x 1.",
    "Safety: dust masks FFP3 x 20, nitrile gloves M x 1 box, L x 1 box.",
    "Tour flight case #3 contents: 6 hand puppets, spare rods x4, repair kit, gaffer x2.",
    "Repair kit: needle & thread (black/brown/white), superglue, spare eyes, zip ties, pliers, 5-min epoxy.",
    "Gaffer tape 50mm: black x4, white x1; spike tape: red, blue, yellow, green.",
    "Sold: 3 ex-tour marionettes to the puppet museum, remove from the inventory.",
    "Donation received: 2 boxes of vintage buttons & a bag of wool offcuts.",
    "Reorder threshold for foam changed from 3 to 5 sheets (the giraffe eats foam).",
    "Item 'Fox head v2' moved from Shelf B3 to the touring kit (case #1).",
    "Wood glue (Titebond III) 1L x1, ~20% left. Order 2.",
    "Stock location codes: A=fabric, B=foam & wood, C=paint, D=hardware, E=finished puppets.",
    "Missing: the big scissors (Fiskars 25cm). Last seen in the costume room. Who has them??",
    "Fabric dye: Dylon 'Jazz Red' x 3 sachets, 'Ocean Blue' x1; Procion black 250g.",
    "SKU P-0078 'control bar, airplane, beech' qty 5 @ £12.50 each.",
    "Used 2.5 sheets foam on the dragon jaw rebuild (commission C-118).",
    "Costume stock: 4 x black blacks (sizes 10, 12, 14, 16); 2 need new elastic.",
    "Stock count discrepancy: system says 12 eyes pairs, shelf has 9. Recount Monday.",
    "Nous avons 3 rouleaux de feutrine rouge et 1 de tissu velours noir.",
    "Склад: поролон 20мм — 6 листов, клей 'Момент' — 3 тюбика.",
    "Parts bin: screw eyes 10mm x 300, swivels x 40, split rings x 60, lead shot 1kg.",
    "Shadow puppet stock: 8 sheets rawhide substitute (polypropylene 0.5mm), brass split pins x 200.",
    "PVA 5L: 1 tub. Bondaweb 5m. Interfacing, heavyweight: 3m.",
    "Write-off: moth-damaged mohair, 1.5m, binned 12/11.",
    "Airbrush: Iwata HP-CS, compressor, 3 bottles of Createx. Needle cap missing.",
    "Batteries: AA x 24, AAA x 16, 9V x 4 (for the LED eyes + radio mics).",
    "Ordered from supplier: 10m 'moss green' velboa, ETA 5 working days, order #88213.",
    "Leftover from the panto: 2 donkey heads, 1 beanstalk (3 parts), 40m green ribbon.",
    "Make sure every item has a barcode sticker before it goes into the van.",
    "Spare parts for the giraffe neck: 3 x ratchet straps, 2 x bungee 60cm, 1 x spare vertebra segment.",
    "Wool roving for felting: grey 500g, brown 300g, white 200g, black 100g.",
]

def t_stock(r):
    item = r.choice(["foam 25mm sheet", "fleece (orange)", "dowel 9mm", "glass eyes 18mm", "hot glue sticks", "lycra gloves",
                     "spandex (black)", "lime wood block", "magnets 10x3mm", "split pins", "velboa (moss)", "gaffer tape 50mm"])
    qty = r.randint(0, 40)
    shelf = r.choice(["A1", "A2", "B3", "B4", "C1", "D2", "D5", "E1"])
    return f"{item}: qty {qty}, shelf {shelf}"

CATS.append(("stock", stock, t_stock))

tech_riders = [
    "Stage minimum: 6m wide x 5m deep x 3.5m high. Blackout essential for the shadow section.",
    "Power: 2 x 16A single-phase within 10m of the stage; we bring our own dimmers.",
    "LX: we tour 8 LED pars + 2 profiles + the overhead projector; house rig not required.",
    "Sound: venue PA with 2 inputs (stereo minijack from laptop, QLab). 1 radio mic (our own).",
    "Get-in 3 hrs, get-out 1.5 hrs. 2 crew from the venue to help unload — heavy cases (40kg).",
    "Dressing room for 4 with mirror, sink, and a table for puppet repairs.",
    "Temperature: the stage must be < 26°C — the latex puppets sag in heat.",
    "Haze: we use a low-fog machine in scene 6 (water-based). Please isolate the smoke detectors if allowed.",
    "Masking: black tabs SL & SR, black cyc or back wall painted black. Floor: black dance floor preferred.",
    "Access: no steps between the van and the stage, or a ramp/lift. Max case width 90cm.",
    "Rider v4.2 — 'Grandad's Boat' (revised 2024-02-10). Supersedes all earlier versions.",
    "Fly bar needed: 1 x bar at 4m to hang the moon (12kg) — rated SWL of at least 50kg.",
    "Sightlines: audience rake preferred; if flat floor, first row seated on cushions.",
    "Technicien: prévoir 1 régisseur lumière pendant le montage (3h).",
    "Technik: Bühne mind. 5 x 4 m, Verdunkelung, 1 x Schuko 230V.",
    "Stage plan (PDF): https://files.example.net/riders/grandads-boat-stageplan.pdf",
    "Comms: 2 x headsets (SM desk + FOH). If none, we'll use walkie-talkies.",
    "Laptop runs QLab 5 on macOS; output via USB audio interface to 2 x XLR.",
    "Fire safety: all fabrics treated with flame retardant; certificates available on request.",
    "Load: van parks at the stage door for 30 mins minimum; we can't carry the giraffe 200m.",
    "The overhead projector lamp is 400W, runs hot; keep 1m clear above.",
    "Our DMX: 1 universe, 3-pin XLR, we'll plug in at the stage box if there's one.",
    "Minimum ceiling height 3.2m for the marionette bridge (the bridge is 1.1m high).",
    "Please provide 12 x stage weights (or sandbags) for the bridge legs.",
    "Cable runs: we bring 4 x 20m 16A extensions; 2 x 10m XLR; gaffer for cable ramps.",
    "Audience capacity: max 150 for visibility; for schools, children on the floor at the front.",
    "No open flame; the candle in scene 3 is a flicker LED (battery).",
    "If the venue is in-the-round, contact us — only 'Paper Moon' can be adapted.",
    "Sound levels: peak 85 dB(A) at FOH; the storm track is the loudest moment.",
    "Projector spec (shadow scene): 5000 lumens, HDMI, throw 1.2:1, rear projection on our screen.",
    "Stage floor: no screwing into the floor; we'll use weights & gaffer.",
    "Tech contact: Marek, marek@puppetco.example.org, +44 7700 900456.",
    "Rider summary: 6x5m | blackout | 2x16A | 3h get-in | 1 crew | dressing room.",
    "Lighting plot (v3): channels 1-8 LEDs, 9-10 profiles, 11 OHP dimmer, 12 worklights.",
    "Schedule: 09:00 get-in; 12:00 focus; 13:00 lunch; 14:00 tech; 17:00 show; 18:30 get-out.",
    "Water: 6 bottles on stage; the puppeteers lose a lot of sweat under the hoods.",
    "If the stage is raked > 5%, please tell us; the marionette bridge needs levelling.",
    "Outdoor rider: flat ground 8x8m, no gravel, access for van; we bring a gazebo.",
    "The stage manager will 'call' the show from the wings SL; needs a cue light or headset.",
    "Follow-spot: not needed.",
    "Dimmer channel 11 = OHP; keep at 'full' for sc 6, otherwise 0%.",
    "We need the venue's WiFi password only for the box office sync, not the show itself.",
    "Set dims: boat 3.2m x 1.5m x 2.4m high; it comes apart in 4 pieces (< 30kg each).",
    "Please do not move any puppets hung on the rail — they are set in running order.",
    "Snow machine sc 9 (paper snow, not foam). We sweep it up during the get-out.",
    "Fog + shadow = beautiful, but the fire alarm may react. Check with the duty manager.",
    "技術：照明は持ち込み、電源 100V 15A × 2系統 必要。",
    "Riders for school halls: 2 tables, 4 chairs, and the hall free 90 mins before.",
    "Radio mic frequencies: Channel 38 (606–614 MHz), licensed.",
    "Venue-supplied: 1 x 13A extension at the SR wing for the hot glue gun (repairs).",
    "Backstage path from SL to SR must be clear — crossovers happen in the dark.",
    "Hearing loop: we can plug in a feed from our desk if the venue has one.",
]

def t_riders(r):
    w = r.choice([4, 5, 6, 7, 8])
    d = r.choice([3, 4, 5, 6])
    h = r.choice(["3m", "3.2m", "3.5m", "4m"])
    p = r.choice(["1 x 13A", "2 x 13A", "1 x 16A", "2 x 16A", "1 x 32A 3-phase"])
    gi = r.choice(["2h", "2.5h", "3h", "4h"])
    return f"Min stage {w}m x {d}m, height {h}; power {p}; get-in {gi}."

CATS.append(("tech_riders", tech_riders, t_riders))

ticket_enquiries = [
    "Hi, are there still tickets for Saturday's 11am show? We're 2 adults & 3 kids.",
    "Is the show OK for a 2-year-old? She loves puppets but gets scared in the dark.",
    "Do under-2s need a ticket? Our baby would sit on my lap.",
    "I bought 4 tickets but only got 3 in the email — order #TK-55821.",
    "Can I swap my Saturday tickets for Sunday? Same show, same number of seats.",
    "Wheelchair space needed for 1 + 1 companion, Thursday 14:00 please.",
    "Is there a relaxed performance this run? My son is autistic and loud noises are hard.",
    "Family ticket = 2 adults + 2 kids; we're 1 adult + 3 kids. Does that still count?",
    "Refund request: kid has chickenpox :( Friday 10:30, 3 tickets.",
    "How long is the show? We need to be back at the school by 12:15.",
    "Is there a discount for groups > 20? We're a home-ed group of 26.",
    "Bonjour, le spectacle est-il en anglais ou sans paroles ? Mes enfants ne parlent que français.",
    "Gibt es Ermäßigung für Studierende? Ich habe einen Studentenausweis.",
    "チケットは当日券もありますか？",
    "Можно ли купить билеты на месте, или только онлайн?",
    "What time do the doors open? The page says 'doors 30 min before' — is that 10:30?",
    "My card was charged twice (£24 x 2). Please refund one.",
    "Do you have BSL-interpreted shows? Two of our group are Deaf.",
    "Is there parking near the venue or should we get the bus? #57 stops outside I think.",
    "Where do we sit? It says 'unreserved' — first come, first served?",
    "Can I pay with cash at the door? I don't have a card.",
    "I lost the e-ticket email. Name: Aoife Ní Bhriain, show on 8/11.",
    "Can I bring a pushchair into the auditorium or is there a buggy park?",
    "Will the puppets come out after the show? My daughter wants to say hello to the fox.",
    "Is it scary? The trailer has a wolf... My 4 y/o is sensitive.",
    "Booked the wrong date!! Need 15th not 5th. Same time (14:00). Help?",
    "Are the seats on the floor cushions? Grandma can't sit on the floor.",
    "Can we select seats? We need to be on the aisle.",
    "Is there a 'pay what you can' option? It's been a tough month.",
    "Ticket price says £8 — is there a booking fee on top?",
    "We're a nursery, 18 children + 6 staff. Do staff go free?",
    "Does the show have flashing lights? Epilepsy concern.",
    "Can I buy a gift voucher for the season? For my niece's birthday.",
    "The 'order by' date for school group tickets was 1 Oct — can we still book?",
    "Is the show in Welsh or English? 'Dwyieithog' means both, right?",
    "Hola, ¿hay función el domingo por la tarde? Somos 5.",
    "Will the show be captioned? My dad is hard of hearing.",
    "Is there a café? We'll arrive early from Glasgow.",
    "Why does the checkout say 'sold out' but the calendar shows seats available?",
    "Changing my email: old j.smith@mail.example.com -> new jsmith77@mail.example.com",
    "Can 10-year-olds go in without an adult? They're cousins, very sensible.",
    "Please add 1 more to booking TK-60112 (total 5).",
    "Do the tickets include the workshop after, or is that separate (£3)?",
    "Is the venue step-free? Lift to the studio?",
    "Any shows in half-term week? 26–30 Oct.",
    "The website crashed when I pressed 'pay' — was I charged? Order not in my account.",
    "Do you do school concessions, e.g. pupil premium?",
    "Can we bring snacks? My kid has a nut allergy so we carry our own.",
    "Hi!! Loved last year's show. Is 'The Paper Moon' coming back this winter?",
    "Tickets for 3 please: me, my partner, and our 6 y/o. Sat 11:00. Thanks!",
    "Is the 14:00 show sold out? The page just spins.",
    "How early can we arrive for the relaxed show? We need time to settle in.",
]

def t_tickets(r):
    n = r.randint(1, 7)
    day = r.choice(["Fri", "Sat", "Sun", "Wed", "Thu"])
    t = r.choice(["10:30", "11:00", "13:30", "14:00", "16:00"])
    who = r.choice(["adults", "kids", "people", "tickets", "seats"])
    return f"{n} {who} for {day} {t} please — any left?"

CATS.append(("ticket_enquiries", ticket_enquiries, t_tickets))

tour_csv = [
    "date,venue,town,shows,get_in\n2024-10-12,Brewery Arts,Kendal,2,09:00\n2024-10-13,Rosehill,Whitehaven,1,10:00",
    "date;venue;town;capacity\n12/10/2024;Théâtre du Marché;Lyon;120\n14/10/2024;Salle Pleyel;Dijon;200",
    "Date,Show,Venue,Fee (£)\n\"Sat 2 Nov\",\"Paper Moon\",\"St Mary's Hall\",\"950\"",
    "venue_id,venue_name,contact,phone\nV014,Lantern Hall,Raj P.,07700 900321\nV015,The Old Chapel,\"O'Brien, M.\",07700 900654",
    "2024-11-03,Corn Exchange,Newbury,2,\"Matinee + evening\"",
    "tour_day,location,drive_hrs,notes\n1,Leeds,0,start\n2,York,0.75,\n3,Hull,1.2,\"ferry? no\"",
    "\"date\",\"venue\",\"note\"\n\"2024-12-01\",\"Village Hall\",\"bring extension -- only one socket\"",
    "date\tvenue\ttown\tshows\n2025-02-03\tArts Centre\tStroud\t2\n2025-02-04\tThe Subscription Rooms\tStroud\t1",
    "week,mon,tue,wed,thu,fri\n42,travel,Ludlow x2,Ludlow x2,rest,Hereford x1",
    "id,show,total_shows,fee_total\nT24,Grandad's Boat,38,\"£31,200\"",
    "date,venue,status\n2024-10-20,Brewery Arts,confirmed\n2024-10-21,Civic Hall,pencil\n2024-10-22,School tour,cancelled",
    "Datum;Ort;Spielstätte;Vorstellungen\n05.12.2024;Halle;Puppentheater;2\n06.12.2024;Leipzig;Theater der Jungen Welt;1",
    "venue,town,distance_mi,sel\nCorn Exchange,Newbury,62,select\nArc,Stockton,210,drop",
    "date,time,audience,notes\n2024-10-12,11:00,86,sold out\n2024-10-12,14:00,71,\"2 wheelchair spaces used\"",
    "date,venue,union_rep_present\n2024-11-10,The Albany,yes\n2024-11-11,Jacksons Lane,no",
    "日付,会場,都市,公演数\n2025-06-10,市民ホール,横浜,2\n2025-06-11,小学校体育館,川崎,1",
    "дата;площадка;город\n15.03.2025;Театр кукол;Казань\n17.03.2025;ДК;Самара",
    "date,venue,get_in,get_out\n2024-10-12,Brewery Arts,09:00,18:30",
    "date,venue,show,price_adult,price_child\n2024-12-14,Regal,Paper Moon,10.00,7.50",
    "# tour schedule export v2 (generated by the booking spreadsheet)\ndate,venue,town",
    "date,venue,town,comment\n2025-01-18,Town Hall,Ely,\"upstairs room; lift is small (1.4m)\"",
    "2025-03-02;Ysgol Gymraeg Aberystwyth;Aberystwyth;1;Welsh",
    "van,driver,start,end\nLuton 1,Marek,Leeds,York\nLuton 2,Bea,Leeds,York",
    "date,venue,town,shows,rider_sent\n2025-04-05,Maltings,Berwick,2,Y\n2025-04-06,Alnwick Playhouse,Alnwick,1,N",
    "date,venue,capacity,expected\n2025-05-10,Library,60,>50\n2025-05-11,Library,60,<30",
    "show,duration_min,age\nPaper Moon,50,3+\nGrandad's Boat,55,5+\nThe Fox and the Crow,40,2-6",
    "date,venue,notes\n2025-02-14,Old Fire Station,\"no haze -- sensitive alarm\"",
    "Fecha;Lugar;Ciudad;Funciones\n08/11/2024;Teatro Municipal;Sevilla;2",
    "date,venue,fee,deposit,balance\n2024-10-12,Brewery Arts,1800,540,1260",
    "crew,role,days\nMarek,tech/driver,38\nBea,SM,38\nSam,performer,38\nPriya,performer,38",
    "2024-10-12,\"Brewery Arts, Kendal\",2",
    "date,venue,town\n2024-10-31,The Lowry,Salford\n2024-11-01,The Lowry,Salford",
    "date,venue,accom\n2024-11-05,Eden Court,\"Premier Inn, 4 rooms, 2 nights\"",
    "date,venue,contact_email\n2024-11-08,Howden Park Centre,box@howdenpark.example.org",
    "date,venue,status,reason\n2025-03-04,Primary School,moved,\"closure; new date 18/03\"",
    "date,venue,shows\n2025-07-02,Festival Lutke,3\n2025-07-04,Festival Lutke,2",
    "Week 12 | Mon: rest | Tue: Truro x2 | Wed: Truro x2 | Thu: travel | Fri: Exeter x1",
    "date,venue,town,lat,lon\n2024-10-12,Brewery Arts,Kendal,54.3268,-2.7456",
    "export_date=2024-09-30; rows=38; columns=date,venue,town,shows",
    "date,venue,town,shows,notes\n2024-11-22,Brewery Arts,Kendal,2,\"select seating = unreserved\"",
    "date,venue,town\n2025-01-25,Arts Centre,Washington\n2025-01-26,Arts Centre,Washington",
    "Date,Venue,Travel from previous (mi)\n10 Oct,Kendal,0\n12 Oct,Carlisle,45\n14 Oct,Dumfries,34",
    "date,venue,music_licence\n2024-10-12,Brewery Arts,PRS covered by venue",
    "date,venue,town,shows,get_in\n2025-02-03,Norden Farm,Maidenhead,2,08:30",
    "date,venue,workshops\n2024-10-13,Library,\"sock puppets (25 kids)\"",
    "date,venue,town,\"fee (£)\",vat\n2024-12-06,Roses Theatre,Tewkesbury,780,156",
    "date,venue\n2025-05-05,Theatr Clwyd\n2025-05-06,Theatr Clwyd\n2025-05-07,Pontio",
    "date,venue,town,status\n2025-06-01,The Maltings,Farnham,\"pencil -- grant pending\"",
    "date,venue,town,shows\n2025-09-13,Village Hall,Much Wenlock,1",
    "date,venue,show,cast\n2024-10-12,Brewery Arts,Paper Moon,\"Sam; Priya; Jo\"",
    "date,start,end,activity\n2024-10-12,09:00,12:00,get-in\n2024-10-12,12:00,13:00,focus",
    "date,venue,town,audience_total\n2024-10-12,Brewery Arts,Kendal,157",
]

def t_csv(r):
    y = r.choice([2024, 2025])
    m = r.randint(1, 12)
    d = r.randint(1, 28)
    venue = r.choice(["Village Hall", "Arts Centre", "Library", "Town Hall", "Playhouse", "Corn Exchange", "Old Chapel", "Maltings"])
    town = r.choice(["Kendal", "Ely", "Frome", "Ludlow", "Hexham", "Oban", "Buxton", "Stroud", "Whitby"])
    shows = r.randint(1, 3)
    return f"{y}-{m:02d}-{d:02d},{venue},{town},{shows}"

CATS.append(("tour_csv", tour_csv, t_csv))

cast_chat = [
    "anyone seen my knee pads?? left them in studio B i think",
    "running 10 mins late, train stuck outside Crewe 🙃",
    "lol the fox's nose fell off mid-scene and a kid shouted 'HE'S DEAD'",
    "who's driving tmrw? I can do Leeds -> York if someone does York -> Hull",
    "reminder: van leaves at 07:30 SHARP. not 07:45. not 'ish'.",
    "Can someone grab milk on the way? we're out && the urn's on",
    "ok who put the giraffe head in the loo 😂",
    "Sleep well all, big day tomorrow 💤",
    "drop me a msg if you need a lift from the station",
    "I'll bring the hot glue gun + spare sticks; someone bring the needle kit",
    "anyone know a good place for chips near the venue? 🍟",
    "the union says we get a 30 min break after 5 hrs, FYI",
    "Quick q: is it 'stage left' from our side or the audience's? I always forget 😅",
    "Priya's birthday on Thursday!! cake after the 14:00 show 🎂",
    "found the big scissors. they were in the props box. obviously.",
    "grr the wifi here is awful, can't upload the rehearsal video",
    "omg the rake on this stage is wild, my marionette keeps sliding DS",
    "Just checking: tomorrow's call is 09:00 or 09:30?",
    "thanks everyone for today <3 that was the best show of the run",
    "Je suis en retard, désolé ! Le bus n'est pas venu.",
    "Hat jemand ein Ladekabel (USB-C)? Mein Handy ist bei 2%.",
    "今日はお疲れさまでした！明日もよろしくお願いします。",
    "Всем привет! Кто-нибудь видел мои перчатки?",
    "if the kids chant 'select me! select me!' one more time at the volunteer bit I'll cry (happy tears)",
    "can we not play the same playlist in the van for the 4th day in a row pls",
    "Sam's snoring in the back of the van is now part of the sound design",
    "petrol receipt: £78.40, I'll put it in the expenses folder",
    "who has the van keys??? I'm standing in the car park",
    "Lee: 'I'll just rest my eyes'. Lee: *sleeps for 2 hrs*",
    "is it `;` or `,` in the tour spreadsheet? mine breaks when I open it in Excel",
    "note to self: never again put a puppet near the radiator. RIP witch nose v3",
    "Tonight's audience: 12 people and one very enthusiastic dog",
    "Ana, can you cover my track in sc 4 on Sat? I've a dentist appt at 10",
    "does anyone have $5 for the car park machine, it doesn't take cards 🙄",
    "the hotel says breakfast is 7–9:30. don't be late, it's the good kind with waffles",
    "oh no, I left the moon at the last venue",
    "Moon found!! the caretaker is posting it. crisis averted 🌙",
    "Bea says: 'tidy the green room or the fox gets it' 🦊",
    "who ordered 40 sock puppets?? they're all in the hallway",
    "random thought: what if the crow had a tiny hat",
    "rehearsal tonight cancelled — Marek's ill. rest up everyone",
    "quick vote: pizza or curry after the show? 🍕 / 🍛",
    "the kid in row 1 who said 'the puppet is real but the man is fake' made my day",
    "I'm sooo tired. 4 shows, 2 get-outs, 1 long drive. love you all tho",
    "can someone send me the updated rider pdf? the one with the fly bar",
    "Jo: 'where's the gaffer' Marek: 'I AM the gaffer' 💀",
    "ok but who put the 'DROP TABLE' sign on the collapsing table, it's perfect",
    "who's got the float for the merch table? need change for a £20",
    "Heads up: the venue's loading door is round the back on Mill Lane, not the front",
    "Bus home: 23:10 from stop C, or we share a taxi ~£12 each",
    "¡Qué función tan bonita hoy! Los niños se rieron muchísimo.",
    "brb, re-stringing the old man's left hand... again",
]

def t_chat(r):
    who = r.choice(["Sam", "Priya", "Jo", "Ana", "Lee", "Marek", "Bea", "Yuki"])
    thing = r.choice(["the van keys", "my phone charger", "the fox head", "the gaffer tape", "the spare rods",
                      "the set list", "my water bottle", "the crow", "the moon", "the torch"])
    where = r.choice(["green room", "van", "wings SR", "wings SL", "hotel lobby", "café", "dressing room"])
    return f"has anyone seen {thing}? {who} thinks it's in the {where}"

CATS.append(("cast_chat", cast_chat, t_chat))

searches = [
    "fox puppet",
    "marionette strings replacement",
    "how to carve a puppet head lime wood",
    "select foam density for mouth puppets",
    "shadow puppet acetate vs card",
    "Paper Moon tour dates",
    "tickets kendal october",
    "puppet workshop kids half term",
    "bunraku",
    "Grandad's Boat",
    "O'Connor commission",
    "union street venue",
    "drop-in workshop",
    "order by date",
    "sleep scene music",
    "glass eyes 18mm",
    "worbla vs eva foam",
    "giraffe walkabout hire",
    "marionnette à fils",
    "Handpuppe Kasper kaufen",
    "人形劇 ワークショップ",
    "кукольный театр гастроли",
    "títeres de guante",
    "puppet repair near me",
    "relaxed performance",
    "BSL interpreted show",
    "\"paper moon\" reviews",
    "puppet -sock",
    "rod puppet OR hand puppet",
    "C-118",
    "TK-55821",
    "size < 50cm",
    "weight <= 2kg",
    "fleece & fur",
    "3+ age",
    "how long is the show",
    "wheelchair access",
    "family ticket price",
    "fire retardant fabric",
    "QLab shadow cue",
    "how to make a puppet breathe",
    "witch nose repair latex",
    "venue tech rider template",
    "tour schedule csv",
    "where is the stage door",
    "Ysgol Gymraeg show",
    "gift voucher",
    "puppet museum donation",
    "moth damage faux fur fix",
    "parade puppet bamboo frame",
    "*puppet*",
    "café near venue",
]

def t_search(r):
    a = r.choice(["fox", "crow", "wolf", "witch", "giraffe", "moon", "boat", "dragon", "old man", "mouse", "knight"])
    b = r.choice(["puppet", "marionette", "repair", "costume", "shadow", "head", "strings", "photos", "video"])
    return f"{a} {b}"

CATS.append(("searches", searches, t_search))

newsletters = [
    "Hello friends! Our autumn tour of 'The Paper Moon' starts on 12 October in Kendal. Book now!",
    "Dear {{first_name}}, thank you for supporting the workshop this year.",
    "Hi ${name}, your tickets for {{show_title}} on {{date}} are attached.",
    "**New show alert!** 'Grandad's Boat' sets sail in spring. *Tickets from £8.*",
    "## Behind the scenes\n\nThis month we rebuilt the dragon's jaw (again). Here's how:\n\n1. Cut new foam\n2. Glue\n3. Pray",
    "P.S. If you no longer want these emails, click 'unsubscribe' at the bottom — no hard feelings!",
    "We're hiring: a freelance puppet maker, 3 days/week, Jan–Mar. Apply by 30 Nov.",
    "Bonjour à tous ! Notre tournée en France passe par Lyon et Dijon en octobre.",
    "Liebe Freundinnen und Freunde des Figurentheaters, wir kommen im Dezember nach Halle!",
    "Our 'Make a Marionette' weekend course: Sat & Sun 10:00–16:00, £140 incl. materials.",
    "Thanks to Arts Council funding we can now tour to 12 rural venues — union of art & community!",
    "From the workshop: 'Why does the fox have a waistcoat?' — a short history of our costume choices.",
    "Subject: {{show_title}} — {{days_left}} days to go!",
    "Preview text: Sleep tight, little puppets... our winter show is nearly here.",
    "Photo caption: Priya & Sam rehearsing the crow scene (photo: J. Ellis).",
    "Order by 1 December for Christmas delivery of our puppet kits!",
    "Kit contents: 1 x fox head (foam, pre-cut), 1 x body sleeve, eyes, glue dots, instructions (PDF).",
    "Read the full blog post: https://puppetco.example.org/blog/rebuilding-the-dragon",
    "Join our Patreon for £3/month & get monthly WIP videos. First 50 get a sticker!",
    "A huge thank you to the 1,274 children who saw our shows this term ❤️",
    "Accessibility: all our spring shows have a relaxed performance and a BSL performance.",
    "Survey: which show should we revive? Reply with 1, 2 or 3.\n1) The Fox and the Crow\n2) Paper Moon\n3) Wolf Winter",
    "Quote of the month: 'A puppet is a broom that dreams.' — one of our Year 3 workshop kids.",
    "Tour diary, day 14: the van broke down in Lincoln; we did the show with borrowed lights.",
    "Merch: tote bags (£10), enamel pins (£5), the shadow-puppet colouring book (£6).",
    "Workshop opening hours: Tue–Fri 10:00–17:00; Sat by appointment.",
    "Meet the maker: Marta has been carving puppet heads for 22 years. Here's her toolkit.",
    "Tip: store foam puppets out of direct sunlight & away from radiators (> 25°C softens latex).",
    "Wir suchen Gastfamilien für unsere Puppenspieler während des Festivals.",
    "人形劇団からのお知らせ：夏の公演スケジュールが決まりました！",
    "Новости театра: новый спектакль для малышей — премьера в марте!",
    "Noticias: ¡nuestro taller de títeres llega a Sevilla en noviembre!",
    "Save the date: open studio day, Sat 7 June, 11:00–15:00. Free entry, kids welcome.",
    "Our new puppet 'Old Tom' needed 9 strings, 2 control bars and 140 hours of carving.",
    "Volunteers wanted for the lantern parade — 6pm, meet at the market cross.",
    "Template note (internal): replace {{venue}} and {{date}} before sending, and check the {{ticket_url}} link.",
    "Hi {{first_name | default: 'friend'}}, here's what's new at the workshop.",
    "If you see a puppet in a skip, call us. We rescue them. Seriously.",
    "Shadow puppet tutorial: cut card, fix split pins at joints, tape rods at the hands — done!",
    "Last chance: 20% off workshop places with code AUTUMN20 until Sunday.",
    "Our rider is now public: see /downloads/riders/paper-moon-rider-v4.pdf",
    "Winter tour: Dec 1–22. 18 venues, 31 shows, 1 very tired giraffe.",
    "Patreon update: next month we'll show the full build of the knight (worbla armour!).",
    "Did you know? The word 'marionette' comes from 'little Mary' in French.",
    "Festival news: we're headed to Charleville-Mézières, the world's biggest puppet festival.",
    "Thank you to the venue crews who lifted 40kg cases up 3 flights of stairs. Heroes.",
    "Recipe from the van: 'tour soup' — whatever's left + stock cube + kettle. 10/10.",
    "We hit 500 workshop participants this year — select photos in the gallery below.",
    "The 'drop everything' sale: ex-tour puppets from £40. Viewings Saturday only.",
    "Mailing preferences: [x] shows  [ ] workshops  [x] puppet kits",
    "Share this with a teacher who'd love a puppet show in their school! 🏫",
    "News in brief: new van (finally), new website, same old fox.",
]

def t_news(r):
    show = r.choice(["The Paper Moon", "Grandad's Boat", "The Fox and the Crow", "Wolf Winter", "Little Lantern"])
    town = r.choice(["Kendal", "Ely", "Frome", "Ludlow", "Hexham", "Oban", "Buxton", "Stroud", "Whitby", "Lyon"])
    mon = r.choice(["January", "February", "March", "April", "May", "June", "September", "October", "November", "December"])
    return f"Coming soon: {show} in {town} this {mon}. Tickets on sale now."

CATS.append(("newsletters", newsletters, t_news))


def main():
    rows = []
    seen = set()
    n = 0
    for name, lits, tmpl in CATS:
        assert len(lits) >= 50, (name, len(lits))
        assert len(set(lits)) == len(lits), name
        vals = []
        for v in lits[:80]:
            assert v not in seen, v
            seen.add(v)
            vals.append(v)
        tries = 0
        while len(vals) < 80:
            tries += 1
            assert tries < 10000
            v = tmpl(rng)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            assert 1 <= len(v) <= 2000
            n += 1
            rows.append({"id": f"hbjh-{n:05d}", "category": name, "label": "benign", "value": v})
    with open(os.path.join(HERE, "benign.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    for name, lits, _ in CATS:
        print(name, "literals", min(len(lits), 80))


if __name__ == "__main__":
    main()
