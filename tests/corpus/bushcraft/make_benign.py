#!/usr/bin/env python3
"""Benign corpus for the bushcraft school site. Seed 35201. Stdlib only."""
import json, os, random

SEED = 35201
HERE = os.path.dirname(os.path.abspath(__file__))

def lines(block):
    return [l for l in (x.strip() for x in block.strip("\n").split("\n")) if l]

LIT = {}

LIT["course_bookings"] = lines("""
Booking for 2 adults on the Weekend Shelter Building course, 14-15 June please
Hi, can I move my place from the March fire course to the April one? Ref BK-20931
Dietary: vegetarian, no mushrooms (ironic I know)
Name: Siobhán O'Riordan, emergency contact: Pádraig O'Riordan 087 555 0142
Please book me & my son (aged 12) onto the family day -- he's keen on knots
Group of 6 from the scouts; we'll arrive by minibus around 9:30
Deposit paid £50, balance of £145 to follow by bank transfer
Can you do a private 1:1 session on bow drill? Any weekday works except Wed
Allergic to wasp stings -- I carry an EpiPen in my left hip pocket
Is there parking? Our car is a Land Rover, 2.1 m tall with the roof tent
Booking ref 44817; switching from tent to hammock option
We'd like the 3-day Wilderness Skills course, dates: 2024-08-02 to 2024-08-04
Voucher code WOODSMOKE25 from the Christmas gift card
My wife's name is spelled D'Arcy, not Darcy, on the booking
I need to drop the course; select a refund or a credit, whichever is simpler for you
Student discount? I'm at Bangor uni, ID attached
Réservation pour deux personnes, stage feu et abri, le 12 juillet
Buchung für den Wildniskurs am 3. August, 2 Personen, Zelt mitgebracht
Reserva para el curso de supervivencia, somos 3 personas
Ik wil graag boeken voor de cursus vuur maken op zaterdag
Хотел бы записаться на курс выживания в лесу на выходные
週末のブッシュクラフト講座を2名で予約したいです
我们想预订两人的野外生存课程，八月中旬
Arriving late Friday (after 8pm) -- is the gate code still 1-2-3-4?
Need wheelchair-accessible toilet nearby; mobility is limited but I can walk ~500 m
Can I bring my dog? She's a calm lurcher, 22 kg
Course: Foraging Walk (Autumn) | Qty: 3 | Total: £135
Please invoice Oakfield Academy, PO number 7781/OUT
Booking under the company name "Smith & Sons Ltd."
Union of Students outdoor club wants 10 spaces -- group rate?
Order by date: which course is first after Easter?
Transfer place to my friend Zoë Ng -- same email chain
Can I pay $120 in USD or only GBP?
Booked twice by mistake (refs 5501 & 5502), please cancel one
Any space left on the knife skills day? Happy to go on the waitlist
I'm 17 -- parental consent form attached, signed by my mum
I'll drop off at 8:45 and pick up at 17:00 sharp
Tent pitch required: yes; campfire cooking: yes; hammock: no
Our team-building day: 14 people, 1/2 day, lunch included?
Can I book for my partner as a surprise? Please don't email her
We've done the beginner course; is the intermediate one "too much" for a 10-year-old?
Booking ID: 2024-BC-0113 -- please confirm by email
Change of surname after marriage: now Mrs. Amélie Fontaine-Brooks
Please note: I have Type 1 diabetes, insulin kept in a cool pouch
Sleep 2 nights on site? We'd like to bring our own bivvy bags
Cancelled due to illness -- doctor's note attached (sick note.pdf)
Hi! Is the "Sleep Under the Stars" night suitable for beginners?
Two places, 1 x adult, 1 x child (age 9), course code FAM-01
We are a group of 4 from Kraków, English is fine
Can we choose the later start (10:00) instead of 9:00?
Booking for Dr. Ngozi Adeyemi-Okafor, 1 place, Navigation Basics
Payment reference: BUSHCRAFT-APR/Jones
What's the min age? My twins are 7 and super into Ray Mears
Gift voucher for £75 please, to "Grandad Bill", from all of us
Course full? Put us on the waitlist -- 2 spaces, any date in May
""")

LIT["kit_lists"] = lines("""
Sleeping bag rated to -5°C (comfort), plus a liner
Knife: fixed blade, < 10 cm, full tang; Mora Companion is fine
Ferro rod, 8 mm; cotton wool & Vaseline in a film canister
Tarp 3 x 3 m, 6 pegs, 4 guylines of 3 m paracord
Head torch + spare AAA batteries (x3)
Waterproof jacket & overtrousers -- no ponchos please
Boots: worn-in, ankle support; NOT brand new
Billy can (1.2 L) or a Crusader mug
Water: 2 L minimum; filter like Sawyer Squeeze optional
Folding saw (Bahco Laplander) - optional, we lend them
First aid: plasters, blister kit, ibuprofen, personal meds
Wool jumper > fleece when near the fire (sparks melt fleece)
Gloves: leather work gloves for fire and axe work
Sit mat / foam pad, ~30 x 40 cm
Midge net for the Scottish courses (June-Sept)
Snacks: flapjack, nuts, chocolate; lunch day 1 provided
Cordage: 20 m of 550 paracord; 1 roll of jute twine
Notebook & pencil (pens freeze/leak)
Compass: baseplate type, e.g. Silva Expedition 4
Map: OS Explorer OL17 (1:25 000)
Bag packed ≤ 12 kg including water
Spare socks x 3 (merino), 1 pair camp shoes
Char cloth tin (old tobacco tin with a nail hole)
Hand axe -- only if you've done the axe safety session
Sun cream SPF 30+ and a hat (yes, even in Wales)
Whistle on a lanyard; survival bag (orange, 90 x 180 cm)
Duct tape wrapped round a pencil / walking pole
Ear plugs -- the owls are loud at 3am
Cutlery: spork + small enamel plate
Pot grab, or just use a forked stick like we teach
Optional: binoculars 8x42 for birding
Thermos with hot drink for the night walk
Kit list: bag | knife | ferro | tarp | torch | water
Sleeping mat R-value ≥ 3 for spring/autumn
Do NOT bring: glass bottles, aerosols, speakers, drones
Leave at home: fireworks, firearms, large machetes (> 30 cm)
Schlafsack bis -5 °C, Isomatte, Stirnlampe, Messer (feststehend)
Sac de couchage, bâche 3x3, lampe frontale, couteau fixe
Saco de dormir, linterna frontal, navaja, capa impermeable
寝袋（-5℃対応）、ナイフ、ヘッドランプ、雨具
Спальник, нож, налобный фонарь, тент, котелок
Bring cash (£) for the tuck shop -- card machine is hit & miss
Tick tweezers / tick card (ticks are bad in the bracken)
Kids' kit: same as adults, plus a spare warm layer and wellies
Large bin bag as pack liner; dry bags for sleeping bag
Kit check at 09:15 -- we'll go through everything
Items marked * are essential; items marked (o) optional
Hammock + underquilt if you're booked on the hammock option
Candle lantern (UCO) ok in the shelter, not inside tents
Cooking kit: stove NOT needed -- we cook over fire
Trangia 27 if you want to brew up at lunch
Small sharpening stone (1000/6000 grit) or a ceramic rod
Hip flask: not during knife/axe sessions, thanks
Reading glasses for the tiny print on the plant ID cards
Pack list v3.2 (updated 03/2024): added tick kit, removed hatchet
""")

LIT["fire_logs"] = lines("""
Bow drill: ember after 45 s, sycamore spindle on hazel hearth
Ferro + cramp ball fungus: lit first strike, then birch bark
Flint & steel, char cloth caught on 3rd strike; blew into flame in hay bundle
Rain all day; feather sticks from split ash, took 20 min to get going
Hand drill with mullein stalk -- no ember, blisters after 4 attempts
Fire lay: teepee; wind SW 15 mph; ground damp
Used King Alfred's cakes as tinder -- great ember extender
Temp 4°C, humidity 90%; fire lit at 18:40, out at 22:15
Day 2: tried fire plough on dry elder; smoke but no coal
Fire steel sparks < 3000°C (I think?) -- lit Vaseline cotton instantly
Birch bark shavings + clematis (old man's beard) fluff worked well
Group 3 -- 6/8 students got an ember on bow drill
Log: 09:10 kit check; 10:00 fire theory; 11:30 practical; 13:00 lunch
Spindle: lime; hearth: lime; bow: hazel with paracord; bearing block: antler
Note to self: the notch was too narrow, dust wouldn't collect
Ember -> tinder bundle -> flame in ~90 s; nice
Fire put out with 2 x 10 L water, stirred, checked with back of hand
Leave no trace: turf replaced over fire pit, ash scattered
Slow burn: oak logs overnight; Dakota pit kept smoke low
Wet wood test: split & take the inside 1/3 -- it's dry-ish
Tried a magnifying glass on char cloth -- too cloudy, nothing
Cedar bark from Canada -- seems cheating but smelt amazing
Seasoned ash > green ash; green ash still burns though (old rhyme)
Fire lit: yes | method: ferro | tinder: birch | time: 2m30s
Sparks drifted toward tents; moved fire 10 m downwind of camp
Pine resin (fatwood) from a stump: lit in pouring rain, black smoke
Fire triangle: heat + fuel + oxygen -- remove one and it dies
Attempt #7 with the bow drill... finally! Spindle & hearth both hazel
Flame height < 50 cm per site rules; watched by 1 adult at all times
Drizzle; used the tarp as windbreak at 45°
Cooked bannock on a stick, 8 min, slightly burnt lol
Kelly kettle boiled 1.5 L in 4 min using twigs & pine cones
Bow drill failed: spindle glazed; fixed with a bit of sand in the socket
Tinder fungus (Fomes) -- dried for 2 weeks -- takes a spark nicely
Log entry 14/10: fire by friction, 2-person bow drill (teamwork!)
Dry grasses collected from under the bramble, kept in shirt to dry
Fuel sizes: pencil lead, pencil, thumb, wrist -- gather 2 big armfuls of each
Hearth board: willow, 15 mm thick; notch 1/8 of the circle
Ember went out in transfer; use a leaf/bark tray next time
Lit with 1 match (the challenge!) -- Darren did it first time
Feuer mit Feuerstahl und Birkenrinde, nach 2 Minuten
Feu allumé avec un briquet suédois et de l'écorce de bouleau
Encendimos el fuego con pedernal y yesca, 3 intentos
火起こし：弓ぎり式、5分で火種ができた
Развели огонь огнивом, береста горела отлично
Cotton pad with vaseline ~ 3 min burn time, measured
Rain 12 mm overnight; kept embers alive under a cover of bark
Fire pit dimensions: 60 cm x 60 cm, 15 cm deep; lined with stones (not river stones!)
River stones can explode -- trapped water turns to steam -- keep them away
Smoke direction changed at 19:00; moved seating to the N side
Wind > 25 mph => no fires; course moved to theory in the barn
Birch polypore strop + fire demo, 11:00-12:00
Fire went out when the log pile collapsed; restart took 4 min
Sweet chestnut spits a lot -- not for sitting close; note for next group
""")

LIT["foraging_notes"] = lines("""
Wild garlic (ramsons) in the beech wood -- check for lords-and-ladies leaves mixed in!
Hawthorn berries (haws): fine raw in small qty; seeds contain cyanogenic compounds, spit them out
Elderflower cordial: 20 heads, 1 kg sugar, 2 lemons, 1.5 L water
Nettle soup -- pick the top 4 leaves only, before flowering
Chanterelles near the oaks; beware false chanterelle (more orange, true gills)
NEVER eat anything you can't ID with 100% certainty -- and then get it checked again
Sweet chestnut vs horse chestnut: spiky vs knobbly husk; conkers are toxic
Blackberries after Michaelmas (29 Sept)? Folklore says the devil spits on them
Sloe gin: prick each sloe, 450 g sloes, 225 g sugar, 1 L gin; leave 3 months
Hogweed vs giant hogweed: the giant one burns skin in sunlight -- DO NOT TOUCH
Dandelion root coffee: roast at 180°C for 30 min then grind
Rosehip syrup -- strain through muslin twice, those hairs are itchy
Cleavers: good in a cold infusion; sticky-willy for kids lol
Pignut: follow the thin stem down carefully, about 10 cm deep -- landowner permission needed
Hedgehog mushroom (Hydnum repandum) -- spines not gills, safe-ish beginner species
Death cap (Amanita phalloides) found near the birches -- photographed, NOT picked
Yew: everything except the red aril flesh is deadly; seed is toxic. We don't eat it.
Spruce tips in May: lemony; tea or syrup
Wood sorrel: small amounts only (oxalic acid)
Foraging code: take < 1/3, leave the rest for wildlife
Chicken of the woods on an oak -- avoid ones growing on yew!
Birch sap tapping: March, 2-3 weeks; plug the hole with a wooden dowel after
Beech nuts: roast then eat; raw in quantity can upset stomach
Jack-by-the-hedge (garlic mustard): leaves taste like mild garlic
Wild cherry: flesh OK, don't crush the stones
Mallow: leaves are mucilaginous, good thickener for stew
Plantain leaf on a nettle sting works better than dock IMO
Sea beet & samphire on the estuary trip (Aug); tide times needed
Acorns: leach tannins -- 5-6 changes of water until not bitter
Common puffball: cut in half; pure white inside = ok, any gill outline = discard
Bärlauch im Buchenwald, Verwechslung mit Maiglöckchen beachten!
Ail des ours: attention au muguet et au colchique, très toxiques
Ajo de oso: cuidado con el lirio de los valles
ノビル（野蒜）と水仙の葉を間違えないこと
Черемша: не путать с ландышем -- ландыш ядовит
野蒜和水仙容易混淆，水仙有毒
Jelly ear on elder -- rubbery, great in a noodle soup
Sorrel + wild garlic pesto: 2 handfuls each, 50 g hazelnuts, oil
Lime leaves (Tilia) in spring: very tender, salad-y
Heather tips for a tea; bees love the flowers so take a few
Meadowsweet: aspirin-like compounds -- avoid if allergic to aspirin
Sweet cicely vs hemlock: crush the leaf, aniseed smell = cicely; hemlock has purple blotched stem
Water dropwort is the #1 plant killer in the UK -- near streams, looks like parsley
Fungi ID: cap, gills, stem, ring, volva, spore print (white/brown/black)
Spore print: leave cap on paper overnight, glass bowl over it
Oyster mushrooms on a dead beech, Oct 14, 200 g picked
Note: the site's SSSI area is a no-foraging zone (see map)
Bilberries on the moor: blue hands for a week
Crab apples + blackberries = jelly that sets without pectin
Hazelnuts: beat the squirrels; pick in early Sept when green
Pine needle tea: NOT from yew, NOT from Norfolk pine; Scots pine is fine
Burdock root: dig in autumn of first year, peel, slice, stir-fry
Wild strawberries by the car park, tiny but incredible
Reishi on hemlock stump -- for tea, not eating (woody)
Lesson plan: 10:00 ID walk, 11:30 tasting (only 3 species), 12:00 recap
""")

LIT["instructor_reports"] = lines("""
Course ran to plan. 11/12 students completed all modules. One left early (family emergency).
Knife safety: 2 minor cuts (plasters only). Recorded in accident book p. 14.
Weather: heavy rain Sat AM, moved shelter session to the afternoon
Student J. (age 14) struggled with the bow drill; paired with an adult, got ember day 2
Recommend we buy 4 more Laplander saws -- 2 broke this term
Group dynamic excellent; lots of mutual support
Fire circle log seating needs replacing (rot in 3 of 8 logs)
Incident: wasp sting, student had antihistamine; monitored 30 min, no reaction
Assistant instructor (Kai) led the foraging walk -- very well received
The "drop" zone for kit near the gate is flooding; need gravel
Note: order by Friday: 50 m paracord, 2 ferro rods, 20 plasters
Total attendance Q2: 214 students; cancellations 9 (4%)
Recap for next time: start the shelter build earlier (sunset 20:15)
Water filter not working -- replaced the cartridge, tested OK
Group 2 built a debris hut; slept in it; reported 'warm enough' at 3°C
Lost property: 1 blue Buff, 1 Mora knife (orange), 1 head torch
Radio check every 2 h during the solo overnight; all OK
Knot session: bowline, taut-line hitch, clove hitch, prusik
Behaviour: 2 teenagers were throwing sticks; talked to them, resolved
Medical: student reports mild asthma; inhaler in bag; no issues
Fire lit by 100% of the group with ferro; 75% with flint & steel
DofE group: assessor visit Sunday 11:00
Lesson went over by 20 min, sorry to the 3pm group
Sharpening workshop: angle ~20°, used a 1000/6000 whetstone
Student feedback forms collected (n=18), avg 4.7/5
Tarp pitching: A-frame, lean-to, diamond -- each group did 2
Kit damage: 1 tarp torn (hole ~5 cm), sent for repair
Evening talk: "Why we never sleep in a hollow" -- cold air sinks
Bird ID: heard tawny owl, saw buzzard & 2 red kites
Concern: path to latrine is slippery; put down wood chips
Note re: waiver forms -- 2 missing signatures, chased by email
Student A. said the axe session was "the best bit"; will consider a longer module
Next course: replace the union jack knot demo rope (frayed)
Food: 1 nut allergy -- separate pot, clearly labelled
Stayed within ratio 1:6 all day; 1:4 for knife work with under-16s
Late arrival at 10:40 due to M5 traffic, caught up during lunch
Rapport excellent with the home-ed group; request them again
Instructor rota: Mon/Wed -- Sam; Tue/Thu -- Priya; weekends -- rotating
Woodland owner visit: happy with the site; asked us to avoid the badger sett (grid ref SU 123 456)
Risk: fallen branch over path, taped off; reported to owner
Kursbericht: 8 Teilnehmer, alle haben ein Feuer entzündet
Rapport: groupe de 10, très motivé, météo difficile
Informe: grupo de 7, buen ambiente, lluvia el domingo
受講者10名、全員が火起こしに成功
Отчёт: 9 участников, все построили укрытие
Tea breaks: 10:30 & 15:00 -- don't skip them, energy dips
Student from Norway showed us a lavvu pitch -- great addition
Used the new first-aid kit; restock: burns gel, triangular bandage
Navigation: pacing test -- 63 double-paces per 100 m avg
Select students for the assistant-instructor pathway: Maya, Tom, Hiroshi
Reminder to all staff: sleep > 6 h before leading a knife session
The 'sleep out' went ahead despite forecast; wind dropped by 21:00
Camp stove used for the vegan group; wood fire for the rest
Overall: 9/10 course. Minor tweak: less talking, more doing.
""")

LIT["risk_assessments"] = lines("""
Hazard: knife cuts | Risk: medium | Control: blood circle demo, seated use, first aid kit on hand
Hazard: burns from fire | Likelihood 3 x Severity 3 = 9 | Controls: fire gloves, 1 m safe zone
Hazard: falling deadwood (widowmakers) | Check canopy before pitching; no camp under dead limbs
Hazard: hypothermia | Monitor students, hot drinks, spare layers in kit store
Hazard: Lyme disease (ticks) | Long trousers tucked in, tick checks each evening
Hazard: axe use | Risk rating before controls: 12; after: 4
Hazard: drowning near river | No swimming; throw line at the crossing point
Hazard: allergic reaction | Pre-course medical form; EpiPen locations noted
Hazard: lost student on night walk | Buddy system, whistles, headcount every 15 min
Hazard: carbon monoxide in enclosed shelter | No fires or stoves inside any enclosed shelter
Hazard: toxic plants | Only instructor-verified species tasted; never > 3 species per session
Hazard: smoke inhalation | Sit upwind; asthma sufferers briefed
Severity scale: 1 = minor, 5 = fatal; Likelihood 1 = rare, 5 = almost certain
RA review date: 01/03/2025; reviewer: Lead Instructor
Hazard: lightning | Thunder within 30 s of flash -> leave open ground, drop poles
Hazard: saw cuts | Saw guards on when not in use; carry blade down
Hazard: heat exhaustion (>25°C) | Shade, water every 30 min, adjust activity
Hazard: wasps / bees | Check for nests before clearing brush
Hazard: vehicle movement in car park | Marshal at 9:00-9:30 & 16:30-17:00
Hazard: slips on wet ground | Appropriate footwear, path maintenance
Hazard: dog on site | Dogs on lead, owner responsible, no dogs at the fire circle
Hazard: weil's disease (leptospirosis) | Cover cuts, no drinking untreated water
Hazard: manual handling of logs | Lift with knees; logs > 25 kg two-person lift
Hazard: fire spreading | Clear 3 m of leaf litter; water bucket (10 L) + fire blanket at each fire
Residual risk: LOW (2). Activity may proceed.
Emergency: nearest A&E is 18 miles -- Royal Hospital; what3words ///ember.hazel.tarp
Phone signal: EE ok at the gate; none in the valley -- radio backup
Ratio: 1 instructor : 6 students (1:4 under 16)
Hazard: sharp tools left out | Tool count in & out; 'drop' nothing on the ground
If a student drops a knife, step back -- never try to catch it
Fire: never use petrol, paraffin or accelerants
Hazard: hammock falls | Max height 50 cm; check tree straps
Hazard: falls from height when collecting deadwood | No climbing trees > 2 m
Hazard: eye injury from ferro sparks | Strike away from body; glasses recommended
Hazard: stress / homesickness for under-18s | Pastoral lead available 24/7
COVID-era note (archived): hand-wash station at the latrine
Likelihood (L) | Severity (S) | Rating (L x S) | Controls | Owner
3 | 4 | 12 | blood circle, first-aid, seated | Sam
2 | 5 | 10 | fire watch, extinguisher, water | Priya
Gefährdung: Schnittverletzung; Maßnahme: Sicherheitskreis, Erste-Hilfe-Set
Risque: brûlure; mesures: gants, zone de sécurité d'1 m
Riesgo: cortes; control: zona de seguridad, botiquín
危険：ナイフによる切り傷／対策：安全円、座って作業
Риск: переохлаждение; меры: тёплая одежда, горячий чай
Hazard: adder bites (rare) | Don't handle snakes; immobilise, call 999
Hazard: poisoned by mushroom misID | Strict no-eat rule on fungi for under-18s
Stop rule: if wind > 25 mph OR amber weather warning -> no fires, no sleep-out
Night navigation: headtorches red mode only; 2 staff (front & back)
Hazard: ground wasp nest found near shelter area; marked & cordoned 5 m
Hazard: union of two groups at lunch -- crowding near fire; stagger times
Hazard: rope burns from tarp lines | gloves, no running with lines
Hazard: debris shelter collapse | Frame checked by instructor; no heavy logs on roof
First aider on site: yes (FAW, expires 11/2026)
Dynamic RA: rain heavier than forecast -> shorten session to 2 h
Hazard: river crossing | Only at the ford, depth < knee, poles used
""")

LIT["student_reviews"] = lines("""
Absolutely brilliant weekend. Learnt more in 2 days than 2 years of YouTube!
5/5 -- instructors were patient & funny. Bow drill ember on day 2, still buzzing
Food was great (bannock!), but the toilets... well, it's the woods ;-)
I'd drop a star because the car park was a mud bath, otherwise perfect
Best birthday present ever -- thanks to my kids for booking it
Rain all Saturday, still loved it. Get proper waterproofs people!
My son (11) hasn't stopped talking about it. "Dad, can we sleep in a debris hut?"
A bit pricey at £195 but worth every penny
Sam's knife session was the highlight -- safety first but never boring
The foraging walk was eye-opening; never knew about pignuts
10/10 would get smoke in my eyes again
Felt safe the whole time, even as a solo female traveller
Loved the 'no phones at the fire' rule
Union Jack of courses -- proper British woodland magic
Too much talking on day 1 -- we wanted more hands-on
Great value; kit list was spot on. Bring wool, not fleece!
Slept better in a hammock than at home. Who knew?
Instructors know their stuff -- Priya's plant ID is next level
The axe session terrified me at first but I ended up splitting logs like a pro
Excellent for team-building -- our office is still talking about it
Didn't get a fire by friction but got so close; next time!
Review: ★★★★★ -- worth the 4 h drive from Leeds
Great course but please add a veggie option that isn't just beans
Took my dad (72) -- they adapted everything for his knees
Kids course = screen-free day = happy parents
Brilliant. Just brilliant. Going back for the advanced course in Sept
Super weekend! Wir kommen wieder -- danke an das ganze Team
Week-end génial, formateurs très pédagogues, je recommande !!
¡Increíble! Aprendí a hacer fuego con arco y taladro
最高の週末でした。また参加したいです！
Отличный курс, инструкторы -- профи. Вернусь зимой
非常棒的课程，教练很专业，孩子们玩得很开心
Ótimo curso, aprendi muito sobre abrigos e fogo
Got a tick but they handled it calmly & gave me a leaflet -- pro
Felt a little rushed at the end -- maybe add 30 min
Tip: the campsite shower is £1 coins only
Honestly the night walk without torches was something else
The bushcraft knife I bought from the shop is amazing (Mora 2000)
I'm 55 and unfit; never once felt left behind
Sleeping out at -2°C was hardcore but they checked on us at 2am
Please select more dates in winter -- it's magic in the frost
Order of the day was logical: shelter -> water -> fire -> food
I recommend the 3-day over the 2-day; day 3 is where it clicks
Meh. Nice people, but I expected more survival and less crafts
Worth it just for the spoon carving!
Our scout troop loved it, 24 kids and not one tantrum
My partner's a vegan and they were super accommodating
Smoke got everywhere, my car still smells like a campfire, 5 stars
The 'drop everything and look up' moment under the canopy -- wow
Didn't think I'd like foraging; now I have a nettle soup habit
Thanks Kai & Sam -- the bannock bread recipe is on our fridge
Minor: emails before the course could be clearer re: parking
A* would recommend. My 14-year-old did the DofE prep here
Feedback: a dedicated kit-sharing box for people who forget stuff?
""")

LIT["forum_posts"] = lines("""
Anyone tried making char cloth from old jeans? Mine just turns to ash.
Re: best budget knife -- Mora Companion, end of thread :)
Bow drill tip: put a pinch of fine sand in the bearing block to increase friction? Or is that the hearth?
Q: is it legal to carry a fixed blade to the course in the UK? A: yes with good reason (you're going to a course)
Sleep systems: underquilt vs mat in a hammock below 0°C -- thoughts?
Can someone ID this fungus? Brown cap, white gills, ring on stem. Found under birch. pic below
Bannock recipe: 2 cups flour, 1 tsp baking powder, pinch of salt, water till doughy
I keep snapping spindles -- too much downward pressure?
Meetup: Peak District, 21 Sept, anyone? Bring a brew kit
Has anyone used the Fiskars X7? vs Gränsfors mini hatchet
Re: Re: Re: wet weather fire -- fatwood fatwood fatwood
PSA: river stones in fire pits can explode. Use dry ones from high ground.
Just did the 3-day course. Ask me anything!
Getting into carving -- sloyd knife or hook knife first?
Tarp setups thread: post your favourite pitch (mine's the Holden tent)
How do I drop a tree safely for a shelter? A: you don't, use deadfall.
What's the best SELECT bushcraft kit for under £100?
Union pacific of threads, lol -- merging the knife & axe threads
Does anyone know if the Order of Woodcraft Chivalry still exists?
Anyone else get the 'sleep paralysis' feeling first night in a bivvy?
Water: boiling 1 minute at sea level is enough; 3 minutes above 2000 m
Ferro rods: scrape the rod, not the striker; pull the rod back
I wrote a little Python script to log my fire attempts: `attempts = [45, 60, 38]` then `sum(attempts)/len(attempts)`
My spreadsheet: =AVERAGE(B2:B20) gives the mean ember time -- 52 s
File is at C:\\Users\\me\\Documents\\bushcraft\\firelog.xlsx if anyone wants it
Photos at https://photos.example.com/album/woodland-weekend
Tip: ~/bushcraft/notes.md is where I keep my knots list (markdown)
Knots I use: **bowline**, *taut-line*, `prusik` -- see [this guide](https://www.example.org/knots)
Ember time < 60 s && spindle intact = good day
Spindle 2 cm dia; hearth 1.5 cm; bow ~ arm length -- that ratio > everything else
Kit cost: £45 + £30 + £12 = £87 so far
Wir haben am Wochenende eine Laubhütte gebaut -- hält dicht!
On a fait du feu par friction, premier essai réussi !!
¿Alguien sabe dónde comprar pedernal en Madrid?
フェザースティックのコツを教えてください
Кто-нибудь пробовал лук-сверло из орешника?
有人在英国参加过丛林技能课程吗？
Fire lays compared: teepee vs log cabin vs star -- the log cabin wins for cooking
Drop me a PM if you want spare char cloth tins
Warning: the 'survival' bracelets on Amazon are junk; cord is 2 strands not 7
Mods: can we pin the foraging safety thread please?
Not a question, just a photo of my first spoon :D
Is sleep in a debris hut actually warm? Report: 4°C out, toasty in
Best time to harvest birch bark without killing the tree? Only dead/fallen trees
re: knife steel -- 1095 vs 80CrV2 vs stainless 12C27; meh, sharpen it and go
Ray Mears vs Mors Kochanski -- both legends; Mors's "Bushcraft" is my bible
How long do you soak your billy can after a porridge disaster? lol
My rule: 'if in doubt, leave it out' (applies to fungi AND pub quizzes)
Knife sheath dangler or belt loop? Dangler for sitting, belt for walking
What do I do about midges? Smidge > everything; also a head net
Spent 3 h on a hand drill today. 0 embers. 2 blisters. 1 new respect.
Posting my kit list as CSV: item;weight_g;essential -> knife;120;yes / tarp;600;yes
Anyone doing the wild camping thing on Dartmoor? Rules changed again
Does union canvas make good tarp? Heavy but bombproof
Drop-in workshop next week: free, just bring a knife & a log
""")

LIT["site_search"] = lines("""
bow drill
fire by friction course
kit list pdf
foraging walk september
knife sharpening
family day
gift voucher
sleep out
hammock option
how to book
refund policy
char cloth
shelter building
spoon carving course
axe safety
DofE prep
wild garlic
mushroom id
dates 2025
courses near bristol
under 12s
accessibility
select course date
order by price
drop in sessions
union canal walk
sleep under the stars
bannock recipe
hazel bow
tarp setup
"fire steel"
knife -laws
foraging OR wildcrafting
cost < £100
3-day course
weekend course + camping
Wildniskurs
stage survie
curso supervivencia
ブッシュクラフト
курсы выживания
野外生存
bushcraft & survival
ember & tinder
what3words location
instructor training
first aid course
women only course
winter course
navigation basics
o'neill
d'arcy
tick removal
birch bark
""")

LIT["settings_imports"] = lines("""
name,date,course,qty\\nAisling Ní Bhriain,2024-05-11,Fire Craft,2
email_notifications=weekly; sms=off; language=en-GB
theme: dark | font_size: 16 | units: metric
Display name: WoodsmokeWill
Bio: Weekend woodsman. Spoon carver. Tea drinker.
Signature: -- Tom, Yorkshire (wet & windy)
Timezone: Europe/London (UTC+0, BST +1)
Reminder template: Hi {{first_name}}, your course {{course_name}} starts on {{start_date}}.
Email subject: Your booking #{{booking_id}} is confirmed
SMS template: ${name}, see you at ${time} at the gate. Bring boots!
Export columns: id;name;course;paid;notes
Import row: 1042;Maria Ortiz;Foraging Walk;yes;"vegan, no nuts"
Import row: 1043;Jean-Luc Dubois;Bow Drill 1:1;no;"will pay cash on the day"
Calendar feed URL: https://calendar.example.com/feeds/bushcraft-courses.ics
Newsletter: subscribe=true, frequency=monthly, topics=[fire, foraging, knives]
Unsubscribe from marketing emails, keep booking emails
Profile photo alt text: me with my first bow drill ember
Notification sound: owl hoot (obviously)
Default course filter: region=South West & level=beginner
Sort: date ascending; show full courses: no
Kit checklist CSV: item,qty\\nTarp,1\\nPegs,6\\nParacord (m),20
Phone: +44 7700 900123 (UK, fictional range)
Address line 2: Flat 3, 12 O'Connell Street
Postcode: SA62 6NW
Preferred pronouns: they/them
Dietary preferences: coeliac (gluten-free), lactose ok
Emergency contact: Mum -- 01632 960 555
Units: temperature °C, distance km, weight g
Language: Cymraeg (cy-GB)
Sprache: Deutsch; Benachrichtigungen: E-Mail
Langue : français ; notifications : désactivées
Idioma: español; zona horaria: Europe/Madrid
言語：日本語、通知：メールのみ
Язык: русский; уведомления: включены
Markdown enabled in forum posts: yes
Forum signature: *Leave no trace* -- **except good memories**
Auto-reply: I'm in the woods until Monday (no signal). Back 08:00.
Booking export filename: bookings_2024-Q3.csv
Two-factor authentication: enabled (app)
Allow instructors to see my medical info: yes
Kit list sharing: public link
Waiver accepted: true (v2.1, 12/02/2024)
Course interests: fire; shelter; water; foraging; tracking
Template for review request: Hi {first}, how was {course}? Leave a review at {link}
Log level for the booking widget: info
Data retention: delete my account data after 24 months of inactivity
Reminder offset: 48 h before course start
Weather alerts: amber & red only
Map default layer: OS 1:25k; fallback: OpenStreetMap
Newsletter footer: You're receiving this because you booked a course with us. Unsubscribe anytime.
Gift voucher message: "Happy 40th Dave -- go get lost in the woods (safely)!"
CSV delimiter: semicolon (;) -- Excel in German locale needs it
Imported 48 rows, 2 skipped (duplicate email)
Column mapping: First Name -> first_name; Surname -> last_name; Course -> course_code
""")

# ---- templates (one per category) filled from hand-written pools ----
POOLS = {
  "course_bookings": ("{n} places on the {c} course, {d} -- {x}",
      dict(n=["1", "2", "3", "4", "two", "three"],
           c=["Fire Craft", "Shelter Building", "Foraging Walk", "Knife Skills", "Family Day", "Wilderness Weekend", "Spoon Carving", "Navigation Basics"],
           d=["3 May", "17 May", "7 June", "21 June", "12 July", "9 Aug", "6 Sept", "18 Oct"],
           x=["thanks!", "vegetarian x1", "we'll camp", "can pay on arrival?", "first time for us", "gift for my dad"])),
  "kit_lists": ("{i} x{q} -- {note}",
      dict(i=["Tarp", "Ferro rod", "Head torch", "Wool socks", "Billy can", "Paracord 10 m", "Folding saw", "Sit mat", "Dry bag", "Tick card"],
           q=["1", "2", "3", "4"],
           note=["essential", "optional", "we can lend", "bring your own", "kids too", "check before leaving"])),
  "fire_logs": ("{m} with {t}; {r} after {s}",
      dict(m=["Bow drill", "Ferro rod", "Flint & steel", "Hand drill", "Fire piston", "Fire plough"],
           t=["birch bark", "cramp balls", "char cloth", "clematis fluff", "dry grass", "fatwood shavings", "cotton & vaseline"],
           r=["flame", "ember", "no luck", "smoke only", "lit"],
           s=["30 s", "2 min", "5 min", "3 attempts", "10 min", "1 strike"])),
  "foraging_notes": ("{p} at {w}, {mo}: {a}",
      dict(p=["Wild garlic", "Nettles", "Elderflower", "Blackberries", "Hazelnuts", "Sloes", "Rosehips", "Chanterelles", "Sorrel"],
           w=["the beech wood", "the stream edge", "the north hedge", "the car park bank", "the old quarry"],
           mo=["April", "May", "June", "Aug", "Sept", "Oct"],
           a=["plenty", "sparse", "ID checked", "past best", "left for wildlife"])),
  "instructor_reports": ("{g}: {n} students, {o}; weather {w}",
      dict(g=["Group A", "Group B", "Family group", "DofE team", "Corporate group", "Home-ed group"],
           n=["5", "6", "8", "10", "12"],
           o=["all completed", "1 left early", "2 minor cuts", "great energy", "slow start"],
           w=["dry", "drizzle", "heavy rain", "windy", "frosty", "hot"])),
  "risk_assessments": ("Hazard: {h} | L{l} x S{s} | Control: {c}",
      dict(h=["knife cuts", "burns", "falling branches", "ticks", "slips", "cold", "smoke", "axe strikes"],
           l=["1", "2", "3", "4"], s=["2", "3", "4", "5"],
           c=["briefing", "PPE", "supervision", "first aid kit", "site check", "buddy system"])),
  "student_reviews": ("{st} {adj} {thing}, {end}",
      dict(st=["★★★★★", "★★★★", "5/5", "4/5", "10/10"],
           adj=["Fantastic", "Really good", "Lovely", "Brilliant", "Solid"],
           thing=["fire course", "foraging walk", "weekend", "family day", "knife session", "sleep out"],
           end=["would book again", "thanks team", "bring waterproofs", "kids loved it", "great instructors"])),
  "forum_posts": ("Re: {t} -- {r}",
      dict(t=["bow drill woes", "best tarp", "knife steels", "hammock camping", "char cloth", "wet wood", "spoon carving", "foraging books"],
           r=["same problem here", "try hazel", "+1 for this", "practice, practice", "photos please!", "worked for me", "depends on budget"])),
  "site_search": ("{a} {b}",
      dict(a=["beginner", "advanced", "kids", "weekend", "summer", "autumn", "one day", "family"],
           b=["fire course", "foraging", "shelter", "knife skills", "bushcraft", "camping", "carving"])),
  "settings_imports": ("{k}={v}",
      dict(k=["reminder_days", "newsletter", "units", "lang", "sms_alerts", "kit_share", "map_layer"],
           v=["on", "off", "2", "7", "metric", "en-GB", "de", "public", "private", "os25k"])),
}

ORDER = ["course_bookings", "kit_lists", "fire_logs", "foraging_notes", "instructor_reports",
         "risk_assessments", "student_reviews", "forum_posts", "site_search", "settings_imports"]
N = 80

def fill(rng, cat, seen):
    tmpl, pools = POOLS[cat]
    for _ in range(10000):
        vals = {k: rng.choice(v) for k, v in sorted(pools.items())}
        s = tmpl.format(**vals)
        if s not in seen:
            return s
    raise RuntimeError("pool exhausted " + cat)

def main():
    rng = random.Random(SEED)
    rows = []
    allseen = set()
    for cat in ORDER:
        lits = [v.replace("\\n", "\n") for v in LIT[cat]]
        assert len(lits) >= 50, (cat, len(lits))
        assert len(set(lits)) == len(lits), cat
        vals = lits[:N]
        seen = set(vals) | allseen
        while len(vals) < N:
            s = fill(rng, cat, seen)
            seen.add(s); vals.append(s)
        for v in vals:
            assert v not in allseen, v
            allseen.add(v)
            rows.append((cat, v))
    with open(os.path.join(HERE, "benign.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "hbme-%05d" % i, "category": cat, "label": "benign", "value": v}, ensure_ascii=False) + "\n")

if __name__ == "__main__":
    main()
