#!/usr/bin/env python3
"""Benign held-out values for the caveguides corpus (show caves and caving expeditions)."""
import json
import os
import random

SEED = 32101
HERE = os.path.dirname(os.path.abspath(__file__))


def block(text):
    return [ln for ln in text.strip("\n").split("\n") if ln.strip()]


LIT = {}

LIT["tour_bookings"] = block(r"""
Family of 4, two kids aged 7 and 9 -- can the 10:30 Crystal Gallery tour take a buggy?
Booking for O'Sullivan party, 6 adults, Saturday 14:00 lantern tour
Need to change our slot from 11:00 to 13:30, same date please
Group of 22 students from St. Mary's; teacher + 2 assistants; invoice to school
Wheelchair user in our group - is the lower chamber step-free?
Can we union two bookings into one? Ref CG-4471 and CG-4479
Please drop the second child ticket, he is ill. Ref CG-5102
Order by phone was 3 adults & 1 concession; website shows 4 adults
Is the temperature really < 10 °C inside? What should the kids wear?
Voucher code SPRING25 not accepted at checkout
Birthday group (12 kids) -- is there a room for cake after the tour?
Reserva para 5 personas, visita guiada en español, domingo 11:00
Réservation pour 3 adultes, visite de la grotte à 15h, merci !
Buchung: 2 Erwachsene, 1 Kind (6 J.), Höhlenführung Samstag 10 Uhr
Prenotazione per 4 persone, visita delle 12:00, grazie mille
予約：大人2名、子供1名、午前10時の洞窟ツアー
Бронь на 3 человек, экскурсия в 14:00, суббота
Rezerwacja dla 2 osób, wycieczka z latarkami, piątek 18:00
حجز لشخصين، جولة الكهف الساعة الحادية عشرة
Boeking voor 6 personen, rondleiding om 13:00, alvast bedankt
Adventure caving half-day: 2 people, both have done via ferrata, no SRT yet
Please select the quieter morning slot; my son is sensitive to crowds
Dog allowed? Small terrier, can carry him. If not, no problem.
Paid $54 for 3 tickets but got charged twice -- card ending 4421
Gift voucher for my dad's 70th, the "Deep Time" tour, delivery by email
Arriving by coach, ETA 10:45, 48 pax, driver needs parking
Can we get the 'Dark Zone' experience with lights off for 2 mins? Kids loved it last year
Sleep-over in the cave for scout troop? Saw it on your Facebook
Lunch at café after tour: 8 people, 2 vegetarian, 1 gluten-free
Rebook: rain forecast; happy to move to Sunday 09:30 & keep same guide (Gwen)
Total: 2 x £18.50 + 1 x £9.00 = £46.00, correct?
Accessibility: hearing loop? My mum uses hearing aids
Late arrival ~20 min, traffic on the A38; please hold our spot if possible
Cancel booking CG-6013; refund to original card
Can I bring a tripod? Photography tour 7pm, f/2.8 lens, no flash
Is the "Underground River" boat ride running this week? water level >1.2 m?
Quote request: corporate team day, 30 ppl, caving + BBQ, 12 June
I'll pay the balance on arrival; deposit already sent (ref 88-221)
Kids under 4 go free? We have a 3½-year-old
Any discount for cavers with a BCA membership card?
Please note allergy: bee stings (carries EpiPen)
Two tours same day -- 10:00 Crystal + 14:00 Bat Walk; gap long enough?
Changing name on booking from J. Smith to Jo Smythe
Where do we meet? Ticket says "Hut 2 / lower car park"
Is the 172-step descent OK for someone with a knee replacement?
Seniors group (60+) — slow pace please, some use walking sticks
Bitte Rechnung auf Firma: Müller & Söhne GmbH, USt-ID folgt
Visite scolaire : 2 classes de CM2, 54 élèves + 6 accompagnateurs
Can we sleep in the campervan in your car park the night before?
Tour in Welsh (Cymraeg) possible? Taith yn Gymraeg os gwelwch yn dda
Confirm: private tour, 4 pax, Fri 8 Aug 16:00, lamps & helmets included
My booking email went to spam; resend to the address on file please
""")

LIT["survey_notes"] = block(r"""
Stn 14 -> 15: 8.42 m, az 132.5, inc -12, LRUD 1.2/0.8/3.0/0.4
Leg A7-A8 sketch redrawn; passage width < 0.5 m at squeeze, do not survey alone
Closure error 0.8% on loop B; acceptable (< 1%)
Disto recalibrated at entrance; offset +0.3° on clino
Select stations 20-34 for re-survey; compass was next to the ladder
Side passage off stn 9 drops into union with Main Streamway
Order by station number when exporting to Therion, not by date
Pitch P12: 11.5 m free hang, rebelay at -4 m, Y-hang at head
Note: boulder choke at stn 41 unstable -- flagged with red tape
Survey grade BCRA 5c; instruments calibrated 2024-03-02
Passage continues as crawl ~15 m beyond stn 52; draughting strongly
Water depth at sump 1 approx 2.3 m; divers to check next trip
Export path: C:\Surveys\Ogof\2024\trip_17.th
Files in /home/surveys/ogof/therion/ -- run "therion thconfig" to rebuild
Stn 3 is a nail in the flowstone, not the tape mark; see photo IMG_3312
Inclination readings > 60° on the climb, used plumb instead
Survex: *begin rift_series ... *end rift_series; fixed typo in *equate
Wet suit needed beyond the duck at stn 27; airspace ~20 cm
Survey team: Dai (instruments), Priya (book), Tomás (sketch)
Bearing check: foresight 211 vs backsight 030 -> 1° discrepancy, ok
Dropped the old 1978 leg from the dataset, it disagrees by 6 m
Chamber dims: 34 m x 18 m x 9 m high; largest in the system so far
Sleep deposits? No - just fine silt ~2 cm on ledges
Calcite straws along roof at stn 61; route taped, do not touch
Station 7 renamed 7a after loop closure; 7b is the new leg
Les mesures au-delà du siphon restent à confirmer
Vermessungszug 12: Länge 143 m, Tiefe -38 m
Topografía: galería seca, 2 m de ancho, continúa hacia el norte
Leg length sum 1,204.6 m; vertical range 87 m
Grid: OSGB36, entrance at SN 8123 1567, alt 312 m
Lat/long WGS84 51.8443, -3.6217 (phone GPS, ±8 m)
Clino drift? readings 0.5° higher after stn 30, maybe battery
Aven above stn 19 estimated 25 m+; needs bolting
Survey data backed up to the club drive: \\fileserver\survey\2024
"Mud Hall" renamed "Treacle Chamber" by vote; update the centreline
Tight vertical squeeze at stn 45; anyone > 90 cm chest will not fit
Stream sink at stn 33 resurges at Porth yr Ogof (dye trace 2019)
Used DistoX2 + PocketTopo; import via .top file
Backsights taken every 5th leg only -- time pressure
Drawn in Inkscape; layers: walls | water | detail | labels
Depth gauge said -42 m, survey says -39.7 m; trust the survey
Calibration set: 56 shots, delta 0.42 -- good
Entrance series plan at 1:500; extended elevation at 1:250
Crawl height < 40 cm for ~8 m; helmets off not needed
Cross-section every 10 m or at shape change
Next trip: push the "Drop Zone" lead; bring 30 m rope, 6 hangers
Old survey (1985) uses magnetic north; declination then -6.1°
測量：主洞延長 420 m、高低差 -55 m
Съёмка: ход 12, длина 18 м, азимут 240°
Points 88;89;90 are duplicated in the .svx, remove before merge
Surveyed in 4 h 20 min; book soaked but legible
""")

LIT["air_quality"] = block(r"""
CO2 at Crystal Gallery 2,350 ppm at 14:10 -- above 2,000 limit, paused tours
O2 20.6%, CO2 0.18%, temp 10.8 °C, RH 97%
Radon monthly average 1,820 Bq/m3; guide exposure log updated
CO2 < 1,000 ppm all morning; ventilation door open
Reading after 3 tours back to back: 3,100 ppm in lower chamber; drop group size
Sensor S4 offline since 02:00; battery replaced, back online 09:12
Sleep mode on logger interval 15 min -> changed to 5 min
Temp inside 11.2 °C, outside 26 °C; strong outward draught at entrance
Humidity 99% at river passage; sensor condensation suspected
Gas detector bump test passed: O2, CO, H2S, LEL all OK
H2S 0 ppm, CO 0 ppm, LEL 0% -- normal
CO2 spike to 4,800 ppm in "Dead Air Crawl" -- no entry without monitor
Export: logger_2024-05.csv (timestamp;sensor;co2_ppm;temp_c;rh)
2024-05-03T10:00;S2;1240;10.9;96
2024-05-03T10:05;S2;1295;10.9;96
Threshold set: warn >= 1,500 ppm, evacuate >= 5,000 ppm
Radon detector calibration due 2024-09; contact lab ref RAD-339
Air exchange estimate: ~6 h for lower chamber after closing
Qualité de l'air : CO2 1 450 ppm, température 12 °C
Luftmessung: CO2 2.100 ppm, O2 20,5 %, Führungen pausiert
Calidad del aire: CO2 900 ppm, humedad 95 %
CO2 readings select group: S1, S3, S5 only (S2 under repair)
Union of weekday and weekend averages: 1,410 ppm
Order by max value: S3 (3,900) > S1 (2,700) > S5 (1,800)
Drop in O2 to 19.4% at sump chamber -- close to 19.5% limit, leave area
Low barometric pressure (992 hPa) -- expect higher CO2 tonight
Bat roost area sensor: 12.1 °C, 94% RH, stable
Note: don't breathe on the sensor while reading it, Mike
Lamp flames (carbide) burning low at -60 m -> classic high CO2 sign
CO2 levels in ppm: mean=1320, max=2410, min=640, n=288
Formula used: ppm = raw * 0.92 + 14 (factory cal)
Logger path /data/loggers/s4/2024/06/ copied to laptop
Dashboard threshold colours: green <1000, amber 1000-2000, red >2000
Visitor counter vs CO2 correlation r = 0.81 over 30 days
Guide reported headache after 2 h in lower series; CO2 was 2,900
Radon: 2.1 mSv estimated annual dose for full-time guide
Fan unit F2 running 45 min each hour since Monday
CO2 drops ~300 ppm/h once the gate is opened
二酸化炭素 1,200 ppm、気温 11 ℃
Sensor firmware v2.3.1 -> v2.4.0; no config changes
Calibrate with 400 ppm fresh air outside, then 2,000 ppm span gas
Reading at 17:00 not logged -- guide forgot; estimated 1,700
Wind outside 40 km/h from SW; cave breathing in
RH > 100%? No, logger capped at 99.9
Tours suspended 11:00-12:30 (CO2); resumed after fan run
Alarm test: beeper works; strobe failed -- ticket raised
All readings within limits today :)
Portable meter #2 reads 8% high vs #1; swap for trips
Winter mode: CO2 lower, draught inward, radon lower
Sump pool temp 9.6 °C; air 10.4 °C
Reading 1,050 ppm with 2 tours inside (~40 people)
""")

LIT["gear_inspections"] = block(r"""
Rope R-017, 11 mm semi-static, 50 m: sheath glazing at 12 m mark -- retire
Rope R-022 passed; washed & dried, stored in bag B
Lamp L-31: LiFePO4 cell swelling, remove from service
Helmet H-09: crack in shell near chin strap anchor -- bin it
Harness HN-4 (Petzl Avanti) webbing OK, buckle wear < 10%
Descender D-3 (Stop): cam groove worn to 1.2 mm; limit 1.0 mm
Carabiner C-55 gate sticky -- cleaned & lubed, passes
Ascender A-2 teeth OK; spring weak -> replace
Select ropes for Sat trip: R-011, R-019, R-022 (all < 5 yrs)
Drop test log: rope R-008 took a fall factor 1 on Thursday; retire per policy
Lamp burn time test: 7 h 45 min on medium, spec 8 h -- OK
Hangers: 14 x 8 mm, 2 x 10 mm; maillons 20; one maillon seized
Rope length remeasured: R-030 is 48.6 m, not 50 m (shrinkage)
Helmet strap stitching fray on H-14; repair not allowed -> retire
Battery pack B-12 charge cycles 412; capacity 83%
Inspected by: R. O'Neill, 2024-06-11; next due 2024-09-11
Cowstail dynamic rope re-tied; figure-8 + stopper, tails > 10 cm
Ladder electron 10 m: 2 rungs bent; straightened, load tested 150 kg
Lamp L-07 switch intermittent -> contacts cleaned with IPA
Union of lists: club kit + hired kit = 42 items total
Order by due date: R-014 (Jul), H-02 (Aug), D-5 (Sep)
Drop bag inventory: 2 ropes, 1 tackle bag, 8 krabs, 1 first aid kit
Rope washing: 30 °C, no detergent, dry away from sun
Kit log entry: lamp L-12 returned with mud in the charge port
Seil S-5: Mantel beschädigt bei 22 m, aussondern
Corde C-12 : usure de la gaine, à réformer
Cuerda 9 mm: inspección OK, próxima revisión en marzo
Chest ascender (Croll) frame groove depth 0.4 mm -- fine
Rope protector RP-2 split along seam; replace
SRT kit #6 complete; footloop length adjusted for user (1.62 m)
Inspection form v3: fields id;type;status;notes;inspector
R-041;rope;pass;minor fuzz;RO
L-19;lamp;fail;water ingress;GT
Screwgate on D-ring cross-threaded -- do not use
Lamp L-24 spare cell labelled "2023-11", still 95% capacity
Harness leg loops faded but no cuts; UV exposure? keep an eye
Tackle bag straps frayed; repair with bar-tack stitch
Rope R-003 manufacture date 2014 -> > 10 yrs, retire anyway
Fall arrest lanyard used in rescue drill -> quarantine for inspection
Load cell reading on rebelay test: 2.1 kN peak
Bolt hanger at P12 head: slight rust, torque 20 Nm, OK
Lamp headband elastic worn; order 10 new headbands
Gloves & knee pads: 8 pairs replaced
Petzl Stop vs Rig: guides prefer Rig with handle for lowering
Inspected 23 items, 3 retired, 2 repaired, 18 pass
Note: do NOT store ropes near the battery acid shelf
Helmet H-21 sticker says "Dave's" -- re-label with asset tag
Dynamic rope for climbs kept separate (blue tag)
Webbing slings dated > 5 yrs removed
Rope logbook scanned to /kit/logs/2024/ropes.pdf
""")

LIT["expedition_plans"] = block(r"""
Day 1: fly to Podgorica, drive to base; Day 2: rig entrance series to -150 m
Camp at -400 m: 3 nights, 4 people; hammocks, 2 stoves, 9 kg food each
Call-out time: 22:00; if not back, surface team contacts rescue
Rigging plan: P30 (2 rebelays), P12 (Y-hang), P45 (deviation at -20 m)
Budget: ropes €1,200, bolts €300, food €900 -- total €2,400
Permits: national park letter received; cave entry registered #NP-2024-17
Select team for the sump push: Ana, Kofi, Lars (all CDG trained)
Drop tackle bags down the entrance shaft with a haul line, not freefall
Order by weight: ropes 62 kg, camp 40 kg, food 36 kg, diving 55 kg
Sleep schedule: 30-hour days underground -- watch fatigue
Comms: Nicola phone (HeyPhone) at camp, surface station at hut
Weather window: no rain forecast for 5 days; abort if > 20 mm predicted
Medical: 2 first aiders, 1 doctor (Dr. Hana Ito), SAM splint, Vaseline
Packing list: wetsuit/undersuit/oversuit; spare lamp x2; emergency blanket
Survey kit: DistoX2 + backup compass/clino; waterproof book + pencils
Transport: 2 vans, 9 seats each; ferry booked Holyhead -> Dublin
Night 2: derig P45 and above if flood risk rises
Objective: connect Sistema A to Sistema B via the downstream sump
Expedicion 2024: campamento a -300 m, 5 noches
Expédition : bivouac à -250 m, retour prévu dimanche
Expedition: Biwak bei -180 m, 2 Nächte, 6 Personen
Экспедиция: лагерь на -350 м, 4 ночи
Contingency: if sump 2 is too murky, switch to the aven climb
Carbide? No -- LED only this year, easier to resupply batteries
Food per person/day: 2,800 kcal; dehydrated + nuts + chocolate
Water from the streamway, filtered + tablets
Waste: everything out, including human waste (poo tubes)
Schedule check-in every 12 h via radio at the surface hut
Rope inventory: 2x100 m, 4x50 m, 6x30 m, 4x15 m = 560 m
Bolting: 40 x 8 mm stainless anchors, 1 drill, 3 batteries
Route card: entrance -> P30 -> meander -> P45 -> camp -> sump
Emergency: nearest hospital 78 km; helicopter LZ at the col
Insurance: BCA + expedition cover (policy #EXP-55102)
Leader: Siân; deputy: Mateo; surface controller: Jonas
Briefing at 19:00 in the hut; attendance mandatory
Last year's notes: the meander at -220 m is tight with kit > 2 bags
Day 4 rest day: surface only, data entry & repairs
Photo plan: 3 flashes, slave triggers, 1 camera in Pelican case
Derig order: bottom up; 2 people per pitch; haul every 3rd pitch
Risk: flooding (high), rockfall (medium), hypothermia (medium)
If anything goes wrong, stop & think -- no heroics
Equipment manifest exported as CSV; ; separated for Excel DE
Fuel: 6 gas canisters; 1 per 2 days per stove
Diving: 2 x 7 L cylinders per diver, sidemount
Medical kit list shared at /expedition/2024/med_kit.xlsx
Dates: 12-26 Aug; arrival by 11 Aug evening
Team fitness test: 2 x ladder climbs 20 m + SRT 50 m in < 30 min
Rig for rescue on the P45 -- double anchors everywhere
Hammocks hung between stal? No! Use bolts only
Plan B: explore the upper fossil series if water is high
Timeline in UTC+2; log all times local
Dinner rota: Mon Ana; Tue Kofi; Wed Lars; Thu Siân
""")

LIT["bat_monitoring"] = block(r"""
Hibernation count 2024-01-20: Rhinolophus hipposideros x 47, R. ferrumequinum x 12
Detector night 3: 1,204 passes, mostly Pipistrellus pipistrellus (45 kHz)
Lesser horseshoe cluster at roost R2 -- tours rerouted, lights dimmed
Temp at roost 9.4 °C; RH 96%; no disturbance noted
Ringed bat BH-2231 recaptured (licensed handler only)
White-nose check: no fungal growth seen on 60 bats inspected
Select recordings with > 5 calls for auto-ID in Kaleidoscope
Union of counts from 3 observers: 58 (max), 52, 55 -- use max per protocol
Order by species: Myotis daubentonii, M. nattereri, Plecotus auritus
Droppings tray weighed: 34 g / week at maternity roost
Sleep? Torpor bouts observed in early Nov; avoid chamber till Mar
Emergence count at gate: 212 bats 21:05-21:50, dusk 20:48
Detector SD card full -- formatted after copying to /bats/2024/night_07/
Call frequency peak 110 kHz -> lesser horseshoe
Licence no. 2024-12345-SCI-SCI, valid to Dec 2025
Door to Bat Chamber closed Nov 1 -- Mar 31 (hibernation)
Fledgling found on tour path; left for licensed handler, NOT touched
Count methodology: 2 people, red light < 30 s per cluster
Temperature logger at roost downloaded; mean 10.1 °C
Fledermäuse: 14 Große Hufeisennasen im Winterquartier
Chauves-souris : 23 petits rhinolophes comptés le 12 février
Murciélagos: 8 ejemplares de Myotis en la galería norte
Nietoperze: 31 podkowców małych w zimowisku
コウモリ調査：キクガシラコウモリ 15頭
Летучие мыши: 40 особей в зимовке
Bat gate bar spacing 150 mm horizontal -- OK for horseshoes
Passive detector placed at stn 12 from 18:00 to 06:00
Audio files: 20240612_210433.wav ... 20240613_045901.wav (318 files)
Call ID confidence < 0.7 -> manual check needed
Note: tourist used camera flash near roost; guide spoke to them
Counts by month CSV: month;R_hip;R_fer;Myotis;Pip
2024-01;47;12;6;0
2024-02;51;11;8;0
Bats disturbed by maintenance drilling -> stop, reschedule to summer
Roost R5 empty this year; maybe moved to the old mine adit
Pipistrelle 45 vs 55 kHz split: 62% / 38%
Barbastelle recorded once (32 kHz, hockey-stick) -- exciting!
Survey protocol v2: no handling, no flash, < 3 people in chamber
Hibernating bats should not be woken: each arousal costs days of fat
Kids asked "do bats drink blood?" -- answered: not ours, they eat insects
Swarming survey Sep: harp trap 22:00-02:00, 87 captures, 6 species
Harp trap bag opened every 20 min; bats released on site
Weight of Natterer's: 8.2 g (forearm 39 mm)
Maternity colony estimate 300+ (photo count from thermal camera)
Thermal camera: FLIR, emissivity 0.95, distance 6 m
Light survey: tour lights < 5 lux near roost entrance
Winter count cancelled (flooding); next attempt 3 Feb
Data shared with county bat group via their form
Bat box check outside: 3 boxes occupied, 9 empty
Records to NBN Atlas submitted; ID codes kept
Monitoring budget £850 -- detector repair $120 incl.
""")

LIT["rescue_drills"] = block(r"""
Drill 2024-04: stretcher haul from -45 m, 2 h 10 min; target < 2 h
Casualty role played by Ben (80 kg); SKED stretcher used
Hauling system: 3:1 Z-rig on the P12, counterbalance on P8
Comms: Nicol phone worked to -60 m; radio dead beyond
Select 6 for the sump-rescue scenario; rest on surface support
Order of operations: assess, warm, splint, package, haul
Heat tent (casualty shelter) up in 9 minutes -- good
Hypothermia simulation: casualty in wet undersuit for 40 min
Drop test of anchor before haul: OK (2 x 10 mm bolts, equalised)
Debrief notes: too much shouting at P12 head; use whistle codes
Whistle: 1 = stop, 2 = up, 3 = down -- everyone confirm
Call-out chain tested: controller -> warden -> police -> CRO
Response time surface team: 34 min from call to entrance
Medic kit checklist: pulse ox, BP cuff, pain relief (per protocol)
Stretcher passed through squeeze at stn 45 with 10 cm spare
Rescue drill in Welsh + English; bilingual briefing worked well
Übung: Bergung aus -30 m, 1 h 45 min
Exercice de secours : civière remontée du puits de 20 m en 55 min
Simulacro: rescate desde -50 m, 2 h 30 min
Учения: эвакуация с глубины 40 м, 2 ч
Next drill: night scenario with flood warning; 12 Oct, 19:00
Time log: 10:02 call; 10:36 team at entrance; 11:15 casualty reached
Scenario: ankle fracture at meander, casualty cannot walk
Rope friction at lip -- add rope protector & deviation
Haul team rotation every 15 min to avoid fatigue
Lessons learned: label tackle bags; "RESCUE A/B/C"
Entonox not available; paracetamol + ibuprofen per guidance
Surface control log in /rescue/drills/2024-10-12/log.txt
Casualty temp via tympanic: 35.8 °C -> mild hypothermia
Counterbalance with 2 rescuers on the other end -- smooth
Union of two teams (North + South) went fine, shared radios
Sleep deprivation drill: 24 h shift rota -- 3 teams x 8 h
Radios: ch 3 surface, ch 5 underground relay
Drill cancelled due to rising water; moved to dry cave
Bolt kit: 10 mm anchors x 20, spit driver as backup
The stretcher rope broke? No -- it was the tag line; relabel
Mouth-to-mask CPR refresher done before going in
Casualty packaging: vacuum mattress, collar, head blocks
Guide briefing: "if in doubt, shout out" -- no silent problems
Drill feedback form: 1-5 scale; avg 4.3
Radio check every 10 min; missed check = stop & reassess
Pull-through on P8 worked; fixed rope left for exit
Haul rope 11 mm, 100 m; belay rope 10.5 mm, 100 m
Kids' open day: rescue demo with teddy bear casualty
Triage tags: green / yellow / red / black -- use per MIMMS
Cave rescue callout number posted at the hut (999 -> police -> cave rescue)
Controller notes: entry 09:14, exit 13:52, 11 rescuers, 1 casualty
Stretcher: Petzl Nest, 2 haul points, 4 carry handles
Warmth: chemical heat pads under the armpits, not on skin
Improvement: pre-rig the P12 tyrolean for faster crossing
""")

LIT["forum_reports"] = block(r"""
Trip report: Ogof Ffynnon Ddu to the Traverses & back, 6 h. Water low, great day!
Went down Swildon's to Sump 1 -- freezing, loved it. Who's up for Sump 2 next month?
**Gear tip:** put your phone in a Peli 1010, it survived a swim
Anyone know if the 'Dan yr Ogof' extensions need a leader? Asking for a friend ;)
Pics: https://photos.example.org/album/ddu-2024
Found a glove at the bottom of the 2nd pitch -- black, size L, DM me
We did the round trip in 4 h; Pete was slower than usual (new knee)
Question: Stop or Rig for beginners? I've read both sides & still confused
Rigging topo attached (pdf); note the rebelay at -4 m is on a new bolt
Drop me a line if you want a lift from Bristol, 2 seats free Sat
Select your own poison: the wet route or the dry crawl -- both are grim
The "union" of both streams at the Confluence was roaring -- turned back
Cool find: cave pearls in a rimpool past stn 40 -- pics below
Sleeping bag review: 2-season was fine at 11 °C in the camp
Does anyone still use carbide? my grandad swears by it lol
Advice for first-time SRT? >> practise on a tree first, seriously
Re: broken lamp -- Scurion support fixed mine for £40
Lost a maillon down the P45 -- sorry to whoever rigs next
Weather warning: heavy rain Sun; Swildon's 20 floods quickly, avoid
Is it "Pwll Dwfn" or "Pwll-y-Dwfn"? Club guidebook says both
Grade 4 trip; not for novices. Wetsuit recommended.
I think the new extension is 2 km+ now -- nice work, team!
Beautiful helictites in the Hall of Mirrors; please don't touch!
Reminder: register your trip in the hut logbook & with a callout person
Bericht: Tour durch die Bärenhöhle, 3 Std., toll!
Compte-rendu : traversée du gouffre Berger jusqu'à -640, superbe
Informe: travesía por la Cueva del Agua, 5 h, recomendable
Relacja: Jaskinia Wielka Śnieżna, biwak na -400
トリップ報告：秋芳洞の冒険コース、3時間
Отчёт: прохождение пещеры Снежная до -700
Just a heads up -- the gate padlock code changed; ask the warden
Haha, Mark's "shortcut" added 2 hours :D
Can someone post the Therion file? I'd like to add my sketches
Code for my logger script (python):\n` print(sum(r['co2'] for r in rows)) `
Ladder & lifeline still the best for short pitches IMO
Anyone tried the new Petzl helmet? Feels tight with a buff under
Thanks to the landowner for access -- please park considerately
Photo contest: deadline Oct 1; max 3 entries; JPG < 10 MB
Trip count this year: 23 (vs 17 last year) -- not bad for a dad of 2
Squeezed through the "Letterbox" -- 22 cm high, breathed out & pushed
Keep the forum civil please; no flame wars over knots
Figure-9 vs figure-8 on a bight? both fine; dress it properly
For sale: 2x Petzl Croll (used), £25 each, pickup Cardiff
Wanted: 50 m rope for club use; budget £100
The sump was 'sporting' today -- vis 0.5 m
New members' night Thursday 7:30pm @ the Red Lion
Guide to the Aggy Passage: 'Turn left at the Cairn; right at the Fault'
Please don't leave carbide dumps! bag it & carry it out
Re: bats -- the winter closure is for good reason; respect it
My first proper through-trip today -- absolutely buzzing!! 🦇
#cavinglife #underground -- new video up on my channel
Why does my Disto read 0.5° off? calibrate after battery swap
""")

LIT["visitor_csv"] = block(r"""
date,tour,adults,children,concessions,total
2024-07-14,Crystal Gallery,122,48,17,187
2024-07-14,Lantern Tour,36,4,6,46
date;tour;adults;children;total
2024-08-01;Bat Walk;28;12;40
"2024-08-02","Underground River","88","31","119"
Total visitors July: 12,847 (+8.1% vs 2023)
month,visitors,revenue_gbp\n2024-06,9211,"£118,402.50"
Select=Adults;Children;Seniors (export filter)
Union Jack Tour (British heritage week) -- 340 visitors
Order by date ascending; group by tour; sum(visitors)
Drop-in visitors (no booking): 412
School groups,14,"St. Mary's; Oakfield; Rhyd-y-Groes"
Year,Visitors\n2019,98,221\n2020,31,004\n2021,55,890
tour_id|name|capacity\n1|Crystal Gallery|30\n2|Lantern|12
Average group size = 3.4; median = 3
"Smith, J.",2,0,"paid"
"O'Brien, M.",4,2,"paid -- voucher"
Peak day 2024-08-15: 1,902 visitors; queue ~45 min
Weekday vs weekend ratio 1 : 2.7
Visitors by country: GB 71%, DE 8%, FR 6%, NL 5%, other 10%
=> conversion web bookings 64%, walk-ins 36%
Note: children < 4 not counted in ticketing system
Revenue (EUR): 48.210,00 € (DE format)
Besucher Juli;12.847;Einnahmen;148.210,50
Visiteurs août ; 14 203 ; recette 172 005,00 €
Visitantes agosto: 14.203
Sleep-over nights: 6 events, 138 participants
Exported from BoxOffice v5.2 on 2024-09-01 08:00
Percentage change: ((12847-11884)/11884)*100 = 8.1
Column "total" = adults + children + concessions
Capacity utilisation: 83% (max 30 per tour, 14 tours/day)
Refunds: 23 (-£1,104.00)
Guide hours: Gwen 142; Dai 128; Priya 96
2024-07-20,Crystal Gallery,0,0,0,0 -- closed (CO2)
Cafe covers: 4,210; avg spend £7.80
File: visitor_counts_2024_Q3.csv (UTF-8, comma, CRLF)
"2024-09-03","Adventure Caving (half day)","8","0","8"
Tickets scanned at gate vs sold: 12,801 / 12,847 (46 no-shows)
Gift shop top seller: glow-in-the-dark bat keyring (1,122 units)
Accessibility tour uptake: 64 visitors
Weather correlation: rainy days +22% visitors (people seek indoor stuff)
Q3 total = Jul + Aug + Sep = 12,847 + 14,203 + 9,101 = 36,151
Season pass holders: 312 (visits 1,098)
Tour,Jan,Feb,Mar\nCrystal,1201,1333,2010\nLantern,98,120,210
Daily max CO2 closures: 3 days
Import note: semicolons in names are quoted, e.g. "Jones; party of 3"
Pivot: rows=tour, cols=month, values=sum(total)
Notes column free text: "birthday", "school", "coach"
id,visitor_name,postcode\n1001,"Ní Bhriain",CF10 1AA
2024-10-31,Halloween Lantern,56,60,4,120
Tally by hour: 09-10 88; 10-11 214; 11-12 301; 12-13 277
""")

LIT["visitor_messages"] = block(r"""
Thank you for a wonderful tour! Gwen was brilliant with our kids.
The stalactites were breathtaking -- photos don't do them justice.
We got a bit lost finding the car park; maybe add a sign at the junction?
Merci pour la visite, c'était magnifique !
Danke für die tolle Führung, die Kinder waren begeistert!
¡Gracias! La cueva es impresionante, volveremos seguro.
Grazie per la bellissima visita, guida molto simpatica.
素晴らしいツアーでした。ありがとうございました！
Спасибо за экскурсию, было очень интересно!
Dziękujemy za wspaniałą wycieczkę!
شكرا على الجولة الرائعة
धन्यवाद, गुफा बहुत सुंदर थी!
감사합니다! 동굴이 정말 멋있었어요.
Diolch yn fawr -- taith wych!
Bedankt voor de mooie rondleiding!
Obrigado pela visita, adorámos!
Tack för en fantastisk tur!
Teşekkürler, harika bir turdu!
Lost property: child's blue hat, left near the exit stairs on Sunday
Complaint: the 11:00 tour was overcrowded (40+?) and hard to hear the guide
My daughter asked: "Do stalagmites grow up & stalactites down?" Answered, thanks!
Could you add an audio guide in Polish? Many visitors from Poland here
Loved the "lights out" moment -- so dark you can't see your hand
Café coffee was £3.80 -- a bit steep, but the cake was great
Found an old coin on the path (1967 penny?) -- handed in at the desk
Would love a "cave science" workshop for teenagers; my son is 14
Why was the Crystal Gallery closed today? CO2? Disappointed but understand
Please drop me from your newsletter; I only wanted the one visit
Is it OK to select a review photo from our group for your website? Yes, you may use it
My grandad guided here in the 1960s -- would love to see old photos
Guide said bats sleep here all winter; can we visit in summer to see them?
The steps are slippery near the river; handrail needed on the left side
Great value for money; kids under 4 free is very fair
Tour was 45 min, advertised 60 min -- was it shortened?
Shout-out to the café staff for the gluten-free brownie <3
The union of music and light in the big chamber was magical
Order by phone was smooth; website kept timing out
Dog-friendly picnic area was a bonus :)
Suggestion: sell ponchos at the gift shop, it drips a lot!
Our tour guide Dai mentioned a sleep-over event -- when is the next one?
We came from Japan just for this cave -- worth every yen
Heard "ssshh" from the bat chamber -- kids loved the whisper rule
Rating: 5/5 -- would come back for the lantern tour
The audio in the theatre cut out at the 3-minute mark
Kid's review: "it's like a dragon's mouth!!!" (age 6)
Please forward this to Gwen: thank you for helping my mum on the stairs
Couldn't pay by card at the gate -- cash only?
Wi-Fi password at the café? Not urgent
We saw a tiny frog in the pool at the entrance, is that normal?
Any chance of a night-time "stargazing + cave" combo?
Lovely staff, clean toilets, fair prices. 10/10
Hi! Is the cave open on 25 Dec? & Boxing Day?
""")

# ---- one small template per category, filled from hand-written pools ----
TPL = {
    "tour_bookings": ("Booking for {n} {who}, {tour} at {time}, {day}",
                      dict(n=["2", "3", "4", "5", "6", "8"],
                           who=["adults", "adults + 1 child", "people (family)", "seniors", "students"],
                           tour=["Crystal Gallery tour", "Lantern Tour", "Bat Walk", "Underground River", "Adventure Caving"],
                           time=["09:30", "11:00", "13:30", "15:00", "17:15"],
                           day=["Saturday", "Sunday", "next Tuesday", "Fri 9 Aug", "bank holiday Monday"])),
    "survey_notes": ("Stn {a} -> {b}: {d} m, az {az}, inc {inc}",
                     dict(a=["21", "22", "30", "41", "57", "63", "B4", "C12"],
                          b=["22", "23", "31", "42", "58", "64", "B5", "C13"],
                          d=["3.12", "4.80", "6.05", "9.91", "12.40", "2.77"],
                          az=["012.5", "088", "145.0", "201.5", "278", "333.3"],
                          inc=["+4", "-7", "-15", "+22", "0", "-38"])),
    "air_quality": ("{sensor} at {place}: CO2 {co2} ppm, temp {t} °C, RH {rh}%",
                    dict(sensor=["S1", "S2", "S3", "S4", "S5", "Portable #2"],
                         place=["Crystal Gallery", "lower chamber", "river passage", "entrance", "Bat Chamber"],
                         co2=["640", "980", "1,240", "1,760", "2,050", "2,900"],
                         t=["10.2", "10.9", "11.4", "12.0"],
                         rh=["93", "96", "98", "99"])),
    "gear_inspections": ("{item}: {state}; inspected by {who}",
                         dict(item=["Rope R-0%d" % i for i in (11, 13, 19, 26, 33, 38)] + ["Lamp L-%d" % i for i in (2, 8, 15)] + ["Helmet H-%d" % i for i in (3, 6, 11)],
                              state=["pass", "pass, minor sheath fuzz", "retire (age)", "repair strap", "clean & re-test", "quarantine"],
                              who=["RO", "GT", "Dai", "Priya", "Sam K."])),
    "expedition_plans": ("Day {d}: {task}; team {team}; back by {t}",
                         dict(d=[str(i) for i in range(1, 12)],
                              task=["rig to -150 m", "carry to camp", "survey the upper series", "push the sump", "derig P45", "rest & data entry", "photo trip"],
                              team=["A", "B", "A+B", "divers"],
                              t=["18:00", "20:00", "22:00"])),
    "bat_monitoring": ("{date}: {species} x {n} at roost {roost}",
                       dict(date=["2024-01-%02d" % d for d in (6, 13, 20, 27)] + ["2024-02-%02d" % d for d in (3, 10, 17)],
                            species=["R. hipposideros", "R. ferrumequinum", "Myotis nattereri", "M. daubentonii", "Plecotus auritus"],
                            n=["1", "3", "7", "12", "19", "26", "41"],
                            roost=["R1", "R2", "R3", "R4"])),
    "rescue_drills": ("Drill {d}: {scenario}, {time}",
                      dict(d=["2024-%02d" % m for m in range(1, 13)],
                           scenario=["stretcher haul from -30 m", "sump rescue (dry run)", "night callout", "hypothermic casualty at camp", "leg fracture in meander"],
                           time=["1 h 20 min", "1 h 55 min", "2 h 40 min", "3 h 05 min"])),
    "forum_reports": ("Trip to {cave} -- {dur}, water {water}. {mood}",
                      dict(cave=["Ogof Ffynnon Ddu", "Swildon's Hole", "Dan yr Ogof", "Peak Cavern", "Gaping Gill", "Lancaster Hole"],
                           dur=["3 h", "5 h", "7 h", "9 h"],
                           water=["low", "normal", "high-ish"],
                           mood=["Great day!", "Muddy but fun.", "Pete got stuck (briefly).", "Would do again."])),
    "visitor_csv": ("{date},{tour},{a},{c},{total}",
                    dict(date=["2024-09-%02d" % d for d in range(1, 15)],
                         tour=["Crystal Gallery", "Lantern Tour", "Bat Walk", "Underground River"],
                         a=["12", "40", "77", "103"],
                         c=["0", "9", "21", "35"],
                         total=["-"])),
    "visitor_messages": ("{open} {what}. {close}",
                         dict(open=["Thanks for", "Loved", "Really enjoyed", "Merci pour", "Danke für"],
                              what=["the tour", "the lantern walk", "the bat talk", "the boat ride", "the café"],
                              close=["See you soon!", "5 stars.", "Kids want to come back.", "Highly recommend.", "Bis bald!", "À bientôt !"])),
}

CATS = list(LIT.keys())


def fill(rng, cat, seen):
    tpl, pools = TPL[cat]
    out = []
    tries = 0
    while len(out) < 80 - len(LIT[cat]):
        tries += 1
        if tries > 10000:
            raise SystemExit("template exhausted for " + cat)
        vals = {k: rng.choice(v) for k, v in sorted(pools.items())}
        if cat == "visitor_csv":
            vals["total"] = str(int(vals["a"]) + int(vals["c"]))
        s = tpl.format(**vals)
        if s in seen:
            continue
        seen.add(s)
        out.append(s)
    return out


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    for cat in CATS:
        lits = LIT[cat]
        assert 50 <= len(lits) <= 80, (cat, len(lits))
        vals = []
        for v in lits:
            v = v.replace("\\n", "\n") if cat in ("visitor_csv", "forum_reports") else v
            assert v not in seen, (cat, v)
            seen.add(v)
            vals.append(v)
        vals += fill(rng, cat, seen)
        assert len(vals) == 80
        for v in vals:
            assert 1 <= len(v) <= 2000
            rows.append((cat, v))
    with open(os.path.join(HERE, "benign.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "hbkz-%05d" % i, "category": cat, "label": "benign", "value": v},
                               ensure_ascii=False) + "\n")
    for cat in CATS:
        print(cat, len(LIT[cat]))


if __name__ == "__main__":
    main()
