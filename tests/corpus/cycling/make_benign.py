"""Benign held-out corpus for the cycling / training platform (hb96).

Every value is hand-written for this corpus or produced by a small template over
hand-written pools. Nothing is taken from a dataset or a payload list. Values are
hard negatives: real text riders, coaches and club admins type into ordinary fields.
"""
import json
import random
from pathlib import Path

SEED = 9601
PER_CAT = 80

RIDE_TITLES = [
    "Morning Ride", "Lunch loop -- legs felt like cement", "Recovery spin; nothing fancy",
    "Zwift: Watopia 'Volcano Circuit' x3", "Tempo w/ Jess & Marco", "Sweet spot 3x15 @ 90%",
    "Rain, rain & more rain", "Col du Galibier (finally!)", "Commute home <45 min",
    "FTP test -- 265 W -> 272 W", "Club ride: Saturday 'Drop' ride (no drop, promise)",
    "Gravel: Flint Hills 100 recon", "Night ride w/ lights | 2x Lezyne", "Easy Z2 140-150 bpm",
    "Select efforts only / rest of ride easy", "Über den Feldberg – Nebel & 6 °C",
    "Sortie du dimanche avec l'équipe", "Salida con la peña: 'subida al Angliru'",
    "Giro del lago di Como — 142 km", "朝練 二子玉川〜多摩川 40km", "Zondagrit met de club; wind 5 Bft",
    "Crit #4 -- dropped on lap 12 :(", "Trainer session: union of VO2 + threshold",
    "Shakeout before Sunday's race", "Hill repeats @ Box Hill x6", "DNF -- rear mech snapped",
    "Bikepacking day 3/7: Dolomites", "TT practice 40k 54:12", "Cafe ride ☕ + cake",
    "Coffee > watts", "Sleepy legs; skipped the 2nd interval", "Alpe d'Huez 21 bends, 58:40",
    "Tour of Flanders sportive (Oude Kwaremont & Paterberg)", "Prologue sim: 8 min all out",
    "Easy spin -- drop the ego", "Kids' bike bus to school 🚲", "Mont Ventoux from Bédoin",
    "Velodrome: 4 x 500 m standing starts", "Cyclocross practice: barriers & run-ups",
    "Zone 2 = boring but it works", "Indoor: 'The Wall' 6x(2' @ 120%)", "Post-illness test ride",
    "Rouleur's delight -- 38 km/h avg", "Pre-race openers 3x1' @ 110%", "'Why is it always headwind?'",
    "Last ride before surgery, see y'all in 6 weeks", "Śniadaniowa pętla przez Kampinos",
    "Утренняя тренировка — 60 км", "Etape 5 / 6 : Col de la Croix de Fer",
]

RIDE_DESCRIPTIONS = [
    "Legs were toast after yesterday's intervals; kept it in Z2 (140-150 bpm) and rolled home.\nNP 182 W, IF 0.69, TSS 48.",
    "Started at 7:05 from the café. Wind from the NW at ~25 km/h, so the return leg along the coast was brutal -- sat on Marco's wheel most of it.",
    "Plan: 5x(4min @ 105% / 3min @ 55%). Reality: nailed 1-4, blew up halfway through #5. Still counts, right?",
    "Note to self: don't select the 11-28 cassette for the Ardennes trip again; 34x28 wasn't enough on the 17% ramp.",
    "Power meter dropped out twice (left crank). Avg power is therefore a bit low; HR says it was a solid tempo ride.",
    "Rode with the Tuesday group. Route: town hall -> reservoir -> Hangman's Lane -> back via the canal path. 63 km / 780 m.",
    "First time under the hour on Alpe d'Huez!!! 58:40 @ 4.1 W/kg. Thanks @coach_ellie for the pacing plan.",
    "Flat on the descent (pinch flat, 80 psi was too low for 25c on those roads). Swapped to a tubeless setup after this.",
    "Indoor because it was -4 °C and icy. 90' sweet spot: 3x20' @ 88-92% FTP w/ 5' easy. Cadence 90-95 rpm.",
    "Recovery only. If HRV is still < 50 tomorrow I'll drop the threshold session & do a walk instead.",
    "Took the old Roman road (gravel, very loose). Tyre pressure 2.1 bar front / 2.3 bar rear worked well.",
    "Great group today: 14 riders, avg 31 km/h, regroup at the top of every climb. Coffee at 'Le Vélo Rouge' afterwards.",
    "Wheel sucker award goes to me -- didn't pull once. Sorry team :)",
    "Test protocol: 20' all out, FTP = 0.95 x avg. 279 W x 0.95 = 265 W. Up 7 W since March.",
    "Brake rub on the rear rim the whole time; turns out the QR wasn't seated. Rookie mistake.",
    "Descended the Stelvio in the fog; visibility < 20 m in places. Lights on, slow & careful.",
    "Rode to work & back; total 2x 18 km. Panniers + laptop = heavy. No Strava heroics here.",
    "Ich bin heute zum ersten Mal die 'Schwarzwald-Runde' gefahren -- 112 km, 1.850 Hm. Wahnsinn!",
    "Sortie tranquille, j'ai suivi le plan de l'entraîneur : 2h en Z2, cadence > 85 tr/min.",
    "Hoy tocaba series: 6x3' al 110% con 3' de recuperación. Las piernas dicen basta.",
    "今日は向かい風がきつかった。平均心拍 148bpm、ケイデンス 88rpm。",
    "HR strap was drifting (started at 190 bpm while sitting on the sofa, lol). Ignore HR data for this one.",
    "Power data from the trainer (Kickr), not the pedals -- the two differ by ~4%.",
    "Ran out of water at km 85; the only fountain in the village was dry. Bring 2 bottles + a 3rd in the jersey pocket next time.",
    "Training block week 3/4. Load: CTL 72 -> 75, ATL 88, TSB -13. Feeling it.",
    "The segment 'Drop Dead Hill' is mislabeled; it's a 6% climb, not a descent. Reported it.",
    "Did the 'Union Street sprint' 3 times, best 1,012 W peak. Need to work on the jump.",
    "Left at sunrise; the valley was full of mist & the sun came through at exactly 06:42. Worth the early alarm.",
    "Rode the new bike path between Elm St. and 5th Ave -- smooth tarmac, separated from traffic, 10/10.",
    "Sick kid at home so only 45' on the rollers. Something > nothing.",
    "Cadence drills: 1' @ 110 rpm / 1' @ 80 rpm x 10. Felt bouncy on the saddle at 110+.",
    "Used the 'Execute workout' button on the head unit for the first time -- ERG mode on the road doesn't exist, obviously, so it just beeps at you.",
    "Bonked hard at 3h. Ate 40 g carbs/h, should've been 80-90 g/h. Lesson learned.",
    "Route file: /rides/2024/sportive_final_v3.gpx (the one with the detour around the closed bridge).",
    "Group split at the bottom of the climb; A-group went ahead, B-group regrouped at the church.",
    "Short one -- puncture at km 4, no spare tube (yes, I know).",
    "Paced the 40 km TT at 255-260 W; finished in 1:02:14. Position felt OK but neck hurt after 30'.",
    "Dropped my chain 3x shifting under load on the 39 -> 53. Front mech limit screw needs adjusting.",
    "Took a wrong turn at the roundabout & ended up on the motorway slip road. Don't follow my GPX blindly!",
    "Beautiful ride through the tulip fields; Keukenhof traffic was crazy though.",
    "I don't usually post these but: 200 km, 8h12, avg 24.4 km/h. Longest ride ever :')",
    "Wind: 35 km/h gusting 60. Crosswind on the dyke = echelon practice whether you like it or not.",
    "HR zones reset after the lab test: Z1 < 125, Z2 125-150, Z3 151-163, Z4 164-176, Z5 > 176.",
    "Strength day + 30' spin. Squats 3x8 @ 70 kg; legs dead for the ride, as expected.",
    "Mudguards on, overshoes on, still soaked. The 'waterproof' jacket is anything but.",
    "Temperature 36 °C; drank 4 bottles + electrolytes. Cut the last climb for safety.",
    "Recon of Sunday's race course. Corner at km 3.2 is sketchy -- gravel on the apex.",
    "Pacing notes for 'Hell of the North' sportive: sectors 1-5 steady, drink before each sector; sector 11 is the big one.",
    "Zrobiłem dziś 90 km z klubem, średnio 29 km/h. Pogoda idealna!",
    "Сегодня ехали вдоль реки — ветер в спину, 35 км/ч без усилий.",
    "Wanted to see if I could hold 300 W for 5'. Answer: yes, but only just (302 W).",
    "Splits:\n- Climb 1: 18'40\" @ 281 W\n- Climb 2: 19'02\" @ 276 W\n- Climb 3: gave up at 12', cramp :(",
    "Stats (from the head unit):\nDistance 104.3 km\nMoving time 3:41:12\nNP 214 W / IF 0.81 / TSS 242\nKcal 2,950",
]

SEGMENTS = [
    "Box Hill (Zig Zag Road)", "Hangman's Lane climb", "Union St. sprint (lights to lights)",
    "Col de la Madeleine -- La Chambre side", "Drop Dead Hill", "Old Rd. KOM (full)",
    "Mur de Huy / Chemin des Chapelles", "Koppenberg (cobbles)", "Canal path: Lock 7 -> Lock 12",
    "The 'Wall' @ Rosslyn", "Reservoir dam drag", "Hospital Hill <-> School Rd.",
    "Bike path: Elm St. to 5th Ave", "Route 9 - northbound false flat", "Passo dello Stelvio (Prato)",
    "St. Mary's churchyard dash", "Ridge Rd. -- top 500 m", "Rue de la République sprint",
    "Kapelmuur / Muur van Geraardsbergen", "Angliru final 6 km", "Alto de l'Angliru (Riosa)",
    "Cat's Back (Hay Bluff)", "Bealach na Bà", "Dunkery Beacon from Wheddon Cross",
    "O'Connell Bridge to Phoenix Park", "Pier -> Lighthouse (flat, windy)", "Hell's Gate switchbacks",
    "Ski station road (closed Nov-Apr)", "Gorge descent -- CAUTION", "Airport perimeter loop",
    "Parc de Sceaux tour complet", "Ölberg-Anstieg (Siebengebirge)", "Kopje 't Rijk",
    "Cuesta de los Ángeles", "明神峠", "Ясная Поляна — подъём", "Tuesday TT course 10 mi (V718)",
    "Zwift: Alpe du Zwift", "Zwift: Epic KOM reverse", "Rouvy: Passo Giau",
    "Sprint: Select St. to Main St.", "Quarry Lane & back", "Smith & Sons bakery dash",
    "River bend -> Bridge #2", "Velodrome flying 200", "Brewery hill (½ mile)",
    "'Little Alpe' -- Coombe Rd.", "Exec Park business loop",
]
SEGMENT_PLACES = ["Mill", "Church", "Station", "Castle", "Quarry", "Beacon", "Ferry", "Abbey", "Harbour", "Windmill"]
SEGMENT_FORMS = ["{p} Rd. climb", "{p} Lane -> {q} Hill", "{p} Hill (north side) -- {n} m", "Sprint: {p} St. to {q} St.",
                 "{p} & {q} loop", "'{p}' drag #{k}"]

WORKOUT_LITERALS = [
    "5x(4min @ 105% / 3min @ 55%)", "3x15' @ 88-92% FTP, 5' rest", "2x20 @ 95% w/ 10' between",
    "Warm-up 15' Z1-Z2; 3x(1' @ 120% / 1' @ 50%); main set: 4x8' @ 100-105%; cool-down 10'",
    "Over-unders: 3 sets x 4x(2' @ 95% / 1' @ 105%), 5' easy between sets",
    "30/30s: 2x10x(30\" @ 130% / 30\" @ 50%)", "Tabata: 8x(20s max / 10s rest) -- only if fresh!",
    "Z2 endurance 3h, HR < 150, cadence 85-95", "Sweet spot 90' -- 2x(20' @ 90%), then 30' Z2",
    "Openers: 10' easy, 3x(1' @ 110%), 3x(10\" sprint), 10' easy", "Micro-bursts: 3x(10x 15\"/15\" @ 150%/50%)",
    "Long climb sim: 45' @ 85% FTP, cadence 65-70 rpm (low cadence torque)",
    "Pyramid: 1-2-3-4-3-2-1 min @ 110%, equal rest", "VO2max: 5x5' @ 115-120%; rest = 5'",
    "Threshold: 4x10' @ 100% FTP (265 W) | rest 4' @ 55%", "Sprints: 6x(12s all-out) from 25 km/h, 5' recovery",
    "FTP test: 5' all-out blow-out, 10' easy, 20' test; FTP = 0.95 * avg20", "Ramp test -- +20 W/min from 100 W until failure",
    "Recovery: 45' @ < 55% FTP (i.e. < 145 W). Seriously, EASY.", "Tempo: 2x30' @ 76-85% FTP; fuel 60 g/h",
    "If HRV < 7-day baseline -> swap to Z1 spin; else do the VO2 set",
    "Week 3: Mon rest; Tue 2x20 SST; Wed Z2 90'; Thu 5x5 VO2; Fri rest; Sat long 4h; Sun Z2 2h",
    "Big-gear starts: 8x(15 pedal strokes from standstill in 53x15)", "Single-leg drills 4x(1' L / 1' R) @ 70 rpm",
    "Zwift workout 'The Gorby' -- but cap at 100% where it says 120%",
    "Crit prep: 10x(30\" @ 150% / 90\" @ 75%), then 5x sprint out of a corner",
    "Hour record sim: 60' @ 98% (split 4x15' if indoors)", "Endurance w/ efforts: 3h Z2 + 6x(1' hard on each climb)",
    "SST 3x(12' @ 90%) -- if HR > 170 drop to 85%", "Fasted Z1 60' (water only, black coffee OK)",
    "Torque intervals: 6x(5' @ 80% FTP, 55-60 rpm, seated)", "Cool-down: 10' spin; stretch hips & hamstrings",
    "Block: 3 weeks build (+5% load/wk), 1 week recovery (-40%)", "Race-pace 40k TT: 255-265 W, aero, no surges > 300 W",
    "Anaerobic capacity: 8x(45\" @ 140% / 4'15\" easy)", "'Spin-ups': 6x(30\" increasing cadence to max without bouncing)",
    "Double day: AM 60' Z2 commute / PM 5x(3' @ 115%)", "Cadence pyramid 80/90/100/110/100/90/80 x 2' each",
    "Sweet spot w/ surges: 3x15' @ 88% with a 10\" surge to 150% every 2'",
    "Easy week: no intervals > Z3; total <= 6h", "Kilo practice (track): 2x1 km standing start, 20' between",
    "Gravel race sim: 4h w/ 8x(3' @ 110%) on the climbs + 60-90 g carbs/h",
    "Pre-fatigue: 60' Z2 then 3x(8' @ 105%) -- the 'dirty' threshold set",
    "Ramp warm-up: 5' @ 50%, 5' @ 60%, 5' @ 70%, 3x(30\" @ 100%)", "Rest day. Yes, really. 0 min.",
    "Self-eval after the block: RPE 7/10, sleep 6h avg -- not enough. Next block: 3 weeks max.",
    "Coach note: {skip openers if HRV < baseline} -- otherwise as planned /* ask me if unsure */",
    "Ausdauer 2h GA1, Trittfrequenz 90, Puls < 145", "Séance: 6 x (3' à 110% / 2' à 60%)",
    "Series: 4 x (8' al 95% / 4' suave)", "インターバル 5本 × 4分 @ 105% / 休息 3分",
    "WU 15'\nMS 4x(6' @ 105% / 3' @ 55%)\nCD 10'\n-- if legs are bad, stop after #2",
]

GPX_LITERALS = [
    '<trkpt lat="45.0921" lon="6.0707"><ele>1860.4</ele><time>2024-07-14T09:12:03Z</time></trkpt>',
    '<?xml version="1.0" encoding="UTF-8"?>\n<gpx version="1.1" creator="Garmin Connect"><trk><name>Alpe d\'Huez</name></trk></gpx>',
    "<Trackpoint><Time>2024-03-02T07:15:00Z</Time><HeartRateBpm><Value>142</Value></HeartRateBpm><Cadence>88</Cadence></Trackpoint>",
    "sportive_final_v3.gpx", "C:\\Users\\marta\\Documents\\Routes\\Flanders_2024 (short).gpx",
    "/home/jon/routes/2024-05-11_gravel-100.tcx", "~/Downloads/Mallorca day 2 - Sa Calobra.gpx",
    "route (1) (1) (2).gpx", "Cape_Epic_stage3 [official].gpx", "Tour_de_l'Ain_étape_2.gpx",
    "<extensions><gpxtpx:TrackPointExtension><gpxtpx:hr>151</gpxtpx:hr><gpxtpx:cad>91</gpxtpx:cad></gpxtpx:TrackPointExtension></extensions>",
    "<wpt lat=\"46.5287\" lon=\"10.4532\"><name>Stelvio summit - water fountain</name></wpt>",
    "<rtept lat=\"50.7822\" lon=\"3.6091\"><name>Muur & Bosberg</name></rtept>",
    '<Lap StartTime="2024-06-01T06:00:00Z"><TotalTimeSeconds>3600</TotalTimeSeconds><DistanceMeters>31250.0</DistanceMeters></Lap>',
    "<Watts>265</Watts>", '<ns3:TPX><ns3:Speed>9.72</ns3:Speed><ns3:Watts>312</ns3:Watts></ns3:TPX>',
    "Exported with: ride.export --format=gpx --include-hr --include-power",
    "gpsbabel -i gpx -f ride.gpx -x simplify,count=500 -o gpx -F ride_small.gpx",
    "The file is 14 MB -- upload keeps failing. Is there a limit? (ride_2024-08-03_double-century.fit)",
    "When I import 'Etape du Tour 2024.gpx' the elevation shows 0 m everywhere; the <ele> tags are there though.",
    "GPX from Komoot has <time> missing so it's imported as a route, not an activity.",
    "<name>Lunch loop &amp; café stop</name>", "<desc><![CDATA[Gravel sectors 3 & 4 are closed -> detour via farm track]]></desc>",
    "\\\\nas\\shared\\club\\routes\\Saturday_A_group.gpx", "D:\\Rides\\2023\\*.fit (about 240 files, bulk import please)",
    "/Volumes/GARMIN/Garmin/Activities/2024-09-14-07-02-11.fit", "Route: ../shared/club_routes/winter_loop.gpx (relative to the club folder)",
    "Garmin/NewFiles/Course_Etape5.fit", "https://example.org/routes/download?id=4711&format=gpx",
    "<trkseg>\n  <trkpt lat=\"51.5074\" lon=\"-0.1278\"><ele>11</ele></trkpt>\n  <trkpt lat=\"51.5080\" lon=\"-0.1270\"><ele>12</ele></trkpt>\n</trkseg>",
    "Lat/lon: 45°05'31.6\"N 6°04'14.5\"E", "Start point 52.3702, 4.8952 -- Centraal station, east exit",
    "Elevation correction: DEM lookup on; original barometric ele removed.", "<Creator xsi:type=\"Device_t\"><Name>Edge 840</Name></Creator>",
    "GPX 1.0 vs 1.1: the old one uses <course> and <speed> in trkpt, that's why the parser complains.",
    "Fichier : Tour_du_Mont_Blanc_v2.gpx (version corrigée, sans l'autoroute)", "Ruta_Pirineos_día-3.gpx",
    "ルート_琵琶湖一周.gpx", "Маршрут_Карелия_2024.gpx", "Strecke: 'Rund um den Bodensee' (210 km).gpx",
    "<author><name>Club Cycliste d'Annecy</name><email id=\"routes\" domain=\"example.org\"/></author>",
    "<bounds minlat=\"45.01\" minlon=\"5.98\" maxlat=\"45.12\" maxlon=\"6.11\"/>",
    "tcx -> gpx conversion dropped my power data; <Watts> isn't in the GPX schema.",
    "<link href=\"https://example.org/club/events/spring-100\"><text>Spring 100 info</text></link>",
    "Activity_12345678 (copy).tcx", "export_2024-01-01--2024-12-31.zip (all rides, 1.2 GB)",
]
GPX_PLACES = ["Gavia", "Mortirolo", "Tourmalet", "Ventoux", "Galibier", "Izoard", "Aubisque", "Grossglockner", "Teide", "Sa_Calobra"]
GPX_FORMS = ["{d}_{p}_{k}km.gpx", "{p} loop v{v}.tcx", "Route_{p}_{d}.fit",
             '<trkpt lat="{lat}" lon="{lon}"><ele>{ele}</ele></trkpt>', "/rides/{y}/{p}_final_v{v}.gpx",
             "C:\\Routes\\{p}\\{d}.gpx"]

GEAR_LITERALS = [
    "172.5 mm cranks, 53/39 x 11-28", "Saddle height 74.2 cm (BB centre to top of saddle); setback 6.5 cm",
    "Stack 565 / reach 385 (size 54)", "Tyres: 28c tubeless @ 4.8 bar F / 5.0 bar R (rider 72 kg)",
    "Chain: 11-speed, waxed every 400 km", "Stem 100 mm x -6°, 20 mm spacers under",
    "Cleats: 6° float, slightly toe-in on the right (knee tracks outward)", "Cassette 10-33, chainring 42T (1x)",
    "Bars 40 cm c-c; hoods rotated up ~2 mm", "Power meter: dual-sided pedals; left/right balance 49/51",
    "Helmet MIPS, size M (55-59 cm)", "Lights: 1,200 lm front / 150 lm rear, daytime flash mode",
    "Bottle cages x3 (third under the down tube)", "Bibs: size L; jersey M (the Italian sizing is weird)",
    "Frame: steel, 2.5 kg; fork: carbon; total bike 9.4 kg w/ pedals & cages",
    "Crank length 170 -> 165 mm (hip impingement, recommended by fitter)",
    "Groupset: Shimano 105 R7100 (12s), 50/34 x 11-34", "SRAM Force AXS 46/33 x 10-33",
    "Campagnolo Super Record 53/39 & 11-29 -- yes, still on rim brakes", "Wheels: 45 mm deep, 21 mm internal",
    "Rotors 160 mm F / 140 mm R, centerlock", "Knee over pedal spindle: plumb line drops ~1 cm behind",
    "Saddle tilt -1.5° (nose down), numbness gone", "Shoes EU 43, insoles w/ varus wedge (2 x 1 mm)",
    "Q-factor 147 mm; pedal spacers +4 mm on the left", "Gear ratios: 53/11 = 4.82, 39/28 = 1.39",
    "Gear inches 34x34 ~ 26.3\" (granny gear for loaded touring)", "Tubeless sealant top-up every 3 months (~40 ml)",
    "Hydration vest 1.5 l + 2 bottles = ~3 l total", "Bag setup: saddle bag 14 l, frame bag 4 l, bar roll 9 l",
    "Tire inserts front & rear; run 1.6 / 1.8 bar on rocky gravel", "Brake pads: resin -> sintered for winter",
    "Trainer: direct drive, 11-speed cassette 11-28, calibrated (spindown) weekly",
    "HR strap + optical backup; HRmax 188 (lab), LTHR 171", "Aero bars: pads 8 cm apart, extensions 35 cm",
    "Spare kit: 2 tubes, CO2 x2, levers, mini-tool, quick link, 5 € bill (tyre boot)",
    "Fit notes: hips rocking at 74.5 cm -> lowered to 74.2; reach OK; handlebar drop 8 cm",
    "Ich fahre 50/34 mit 11-32; Kurbellänge 170 mm.", "Pédalier 52/36, cassette 11-30, manivelles 172,5 mm",
    "Bielas 172,5 mm; platos 50/34; piñones 11-32", "クランク長 170mm、サドル高 71.5cm",
    "Шатуны 175 мм, кассета 11-32, вес велосипеда 8,1 кг", "Chain length: 108 links (big-big + 2)",
    "Derailleur hanger bent -> replaced (hanger #279 for that frame)", "Bottom bracket: BSA threaded 68 mm (the sensible choice)",
    "Brake system: hydraulic, mineral oil (NOT DOT fluid!) -- bleed every 12 months",
    "Headset: 1-1/8\" to 1.5\" tapered", "Seatpost 27.2 mm, 0 mm offset", "Pedal: SPD-SL, yellow cleats (6°)",
    "Bike fit summary:\nSaddle height 74.2 cm\nSetback 6.5 cm\nReach (saddle->hoods) 52 cm\nDrop 8 cm\nCranks 170 mm",
]
GEAR_FORMS = ["{c} mm cranks, {big}/{small} x 11-{cog}", "Saddle height {sh} cm; setback {sb} cm",
              "Tyres {w}c @ {pf} bar F / {pr} bar R", "Stem {st} mm x -{ang}°; bars {bw} cm",
              "Stack {stack} / reach {reach}", "Chainring {ring}T (1x), cassette 10-{cog}"]

CLUB_LITERALS = [
    "Saturday club ride: meet 8:30 @ the town hall; A-group 32+ km/h, B-group 27-30 km/h. No-drop for B!",
    "REMINDER: lights are mandatory on the Thursday night ride. No lights = no ride. Sorry, rules are rules.",
    "Winter series: 6 rides, Nov -> Apr. Sign up below & select your group (A/B/C).",
    "Annual General Meeting -- Tue 19:00 at 'The Crown & Anchor'. Agenda: 1) accounts; 2) kit order; 3) AOB.",
    "Kit order closes Friday! Sizes XS-3XL, jersey €65 / bibs €95. Payment via the club account only.",
    "Who's up for a 200 km audax on the 14th? Controls at km 55, 110, 160. Brevet card needed.",
    "Lost: black Garmin mount near the reservoir car park. If found please DM me :)",
    "Congrats to Sam & Priya on their first 100-miler!!! 🎉",
    "Ride cancelled due to storm warning (gusts 90 km/h). Stay safe & ride the trainer instead.",
    "Club TT results (10 mi): 1. K. O'Brien 21:34; 2. A. Müller 22:02; 3. J. Silva 22:15.",
    "Please DON'T half-wheel the ride leader; it's a social ride, not a race.",
    "Hand signals reminder: point = pothole; palm down = slowing; 'car back' / 'car up' shouted.",
    "Coffee stop has changed -- 'Le Vélo Rouge' is closed Mondays, we'll go to Bean & Gone instead.",
    "New members' ride: 40 km, flat, 25 km/h, with a mechanical clinic at the end (how to fix a flat).",
    "Chaingang Wednesday: through-and-off, 2 lines, rotate clockwise. Not for beginners.",
    "Sportive volunteers needed: feed station 2 (km 68) 08:00-13:00. Reply here or email events@example.org.",
    "Route for Sunday: https://example.org/routes/4711 -- 98 km / 1,240 m. Bring 2 bottles, it's hot.",
    "Junior session moved to the velodrome; parents please sign the consent form (PDF attached).",
    "The committee voted 7-2 to switch from paper sign-in to the app. Thanks for the feedback everyone.",
    "Riders < 18 must ride with a parent/guardian or registered coach.",
    "Track league tonight: scratch, points, elimination & keirin. Gates open 18:00.",
    "Photos from the Ardennes trip are up! (album: 'Ardennes 2024 -- Liège, Huy & La Redoute')",
    "Ice on the lanes this morning -- the 9am is OFF. Zwift group ride instead: 'Club Social 2.0 W/kg'.",
    "FYI the 'Drop Dead Hill' road is closed for resurfacing until 30 June; detour via Mill Lane.",
    "Echelon practice on the dyke road -- wind forecast 40 km/h from the SW; perfect (or terrible).",
    "Gravel Grinder 2024: 60 km / 100 km / 160 km options, 60% unpaved. Entries open 1 March.",
    "Training camp Mallorca, 12-19 April. Flights are on you; hotel + bike hire = €780 p.p.",
    "Mechanic's corner: bring your bike Thursday 18:30, we'll look at gears/brakes for free (donations welcome).",
    "Cyclocross season starts Sunday! U12, U14, U16, juniors, seniors, vets 40+/50+/60+.",
    "Sondage : on garde le départ à 8h30 ou on passe à 9h00 l'hiver ?",
    "Sonntag 9:00 Treffpunkt Marktplatz, 85 km, Schnitt ca. 27 km/h. Bei Regen fällt's aus!",
    "Salida del domingo: 90 km, 1.100 m desnivel, ritmo medio 27-28 km/h. ¡Casco obligatorio!",
    "日曜の朝練：7時 駅前集合、60km、平均27km/h。雨天中止。",
    "Zaterdag clubrit: vertrek 8u30 aan 't kerkplein, 80 km, waaiertraining op de dijk.",
    "Wyjazd w sobotę o 8:00 spod ratusza. Tempo 28-30 km/h, 100 km.",
    "Воскресная групповая: сбор в 9:00 у фонтана, 70 км, темп ~28 км/ч.",
    "Please update your emergency contact in your profile -> Settings -> Safety.",
    "Drop policy: A ride WILL drop; B & C won't. Choose honestly :)",
    "Bike bus to Elm St. primary school every Friday 08:05. Kids of all ages welcome, parents too.",
    "Results & photos from the hill climb: 'Box Hill' 1st place 10:42 (new club record!)",
    "Membership renewal: £30 adult / £10 junior / £45 family. Insurance included.",
    "Zwift race Wednesday 19:30 -- category A (4.0+ W/kg), B (3.2-4.0), C (2.5-3.2), D (< 2.5).",
    "Safety officer note: please stop running the red light at Union St. It's being noticed by locals.",
    "The café owner asked us to park bikes along the fence & not against the windows. Cheers!",
    "Reminder: the Sunday ride is a 'no music, no headphones' ride.",
    "Grupetto ride tonight: strictly social, < 25 km/h, beer afterwards (0.0 available).",
    "Sunday plan:\n08:30 meet @ town hall\n09:00 roll out (A & B together until the reservoir)\n11:00 café stop\n13:00 home\nBring: 2 bottles, lights, a spare tube.",
    "Winter kit checklist:\n* overshoes\n* thermal gloves (<5 °C)\n* buff\n* rear light -- mandatory!",
]
CLUB_DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
CLUB_SPOTS = ["the town hall", "the station clock", "'The Crown & Anchor'", "Elm St. bike shop", "the church car park", "Lock 7"]
CLUB_FORMS = ["{day} ride: meet {t} @ {spot}; {km} km, {spd} km/h avg, {drop}.",
              "{day} {t}: {km} km / {elev} m -- route link in the comments. Lights & a spare tube please!",
              "Change of plan for {day}: start from {spot} at {t} (road works on Mill Lane)."]

SYNC_LITERALS = [
    "Sync failed: device not found (Edge 530). Tried re-pairing 3x.",
    "Error 401 when connecting my account -- 'token expired'. Re-authorising did nothing.",
    "Upload error: file 'ride_2024-05-11.fit' is corrupt (CRC mismatch at byte 0x1F3A).",
    "Activities from the watch show up twice; one with HR & one without.",
    "My FTP keeps resetting to 200 W after each sync from the head unit.",
    "'Unable to parse TCX: unexpected <Extensions> element'", "Timeout after 30 s while syncing; log says: SocketTimeoutException",
    "Bluetooth drops every ~10 min; ANT+ works fine. Android 14, app v5.3.2.",
    "Power shows 0 W on the trainer but the pedals read 210 W; ERG mode doesn't kick in.",
    "Date shows as 01/01/1970 -- probably the GPS hadn't locked before I pressed start?",
    "Ride imported with distance = 0.0 km and elapsed time 4h12. GPS was off (indoor).",
    "HR spikes to 220+ in the first 10 min every ride -- strap needs wetting? or is it the sync smoothing?",
    "The 'Select device' dialog is empty on Windows 11 (USB ANT+ stick plugged in).",
    "Getting \"Error: duplicate activity (id 8841203)\" but I deleted the original...",
    "App crashes when I open a ride > 6h. iPhone 13, iOS 17.4.",
    "Elevation gain 4,200 m on a flat ride?! Barometer must have gone nuts (rain).",
    "Sync stuck at 'Processing... 99%' for two days.", "Firmware 27.12 -> 28.04 broke the auto-upload.",
    "Cadence sensor shows 255 rpm constantly (battery low?)", "Connected apps: the toggle flips back to 'off' after saving.",
    "Strava-style error: 'Rate limit exceeded, try again in 15 minutes'", "My 2x20 workout didn't transfer to the head unit; only 'Free Ride' shows.",
    "Laps are missing after import -- 12 laps on device, 1 lap on the site.",
    "Timezone wrong: ride at 07:00 shows 15:00. Profile TZ = Europe/Berlin, device = UTC+8 from my trip.",
    "Data field 'NP' shows --- until 30 s in. Is that normal?", "Log excerpt: [WARN] ant_channel 3 closed; reopening (attempt 2/5)",
    "Trainer calibration fails: 'Spin down time out of range (expected 10-16 s, got 21.4 s)'",
    "Zwift shows my power 10% higher than the pedals. Which one should I trust for FTP?",
    "Error code E-1042 when exporting to GPX.", "Mobile app says 'No internet connection' while on Wi-Fi & LTE both working.",
    "Left/right balance shows 0/100 -- left pedal battery dead.", "The sync deletes my manual edits to the ride title; reverts to 'Morning Ride'.",
    "Heart rate from the watch (optical) is being used instead of the chest strap even though the strap is selected.",
    "Sync fails with message: Value too long for field 'description' (max 2000).",
    "After the update, the 'Drop Dead Hill' segment no longer matches my rides.",
    "Speed sensor reads 2x real speed; wheel size set to 2096 mm (700x23c) but I'm on 700x32c.",
    "Device time drifted 40 s -- laps misaligned with the power file.", "USB mass storage mode missing on macOS Sonoma; use the Garmin Express app instead?",
    "Import from C:\\Users\\pieter\\AppData\\Local\\Garmin\\... fails with 'access denied'.",
    "Sync error: 'Gerät nicht gefunden'. Bitte helft mir!", "Erreur de synchronisation : « appareil non reconnu » depuis la mise à jour.",
    "Error al sincronizar: 'archivo FIT dañado'.", "同期エラー：デバイスが見つかりません（Edge 1040）",
    "Ошибка синхронизации: «устройство не найдено».", "Autopause kicks in at 5 km/h on climbs > 15%; can I set it to 3?",
    "Wahoo -> platform sync: 'Unauthorized (403)'. Disconnect/reconnect fixed it for a day.",
    "Power meter offset drifting after temperature change (zero offset 512 -> 538).",
    "Chest strap reports HRV (R-R) but the platform doesn't import it. Feature request?",
    "Changed my passwd on the website yesterday; now the phone app asks me to log in again on every sync.",
    "Head unit shows 'Alert: Di2 battery 5%' but the sync says battery = {unknown}.",
    "System clock on the trainer PC was 1 h off -> all rides from last week are in the wrong day.",
]
SYNC_DEVICES = ["Edge 530", "Edge 840", "Bolt v2", "Roam", "Karoo 3", "Forerunner 965", "Fenix 7", "Kickr Core"]
SYNC_FORMS = ["Sync failed ({dev}): error {code} after {s} s", "'{dev}' keeps dropping ANT+ every {m} min",
              "Upload of ride_{d}.fit failed -- HTTP {http}", "{dev} firmware {a}.{b}: laps missing after sync"]

SEARCH_LITERALS = [
    "box hill", "Hangman's Lane", "alpe d'huez", "col du", "union st sprint", "select st",
    "drop dead hill", "KOM women 40-49", "'Little Alpe'", "o'connell bridge", "smith & sons",
    "leaderboard this year", "top 10 -- age 50-54", "stelvio prato", "angliru", "Mur de Huy",
    "*hill*", "sprint < 1 km", "climb > 8%", "bridge #2", "lock 7 -> lock 12", "Ölberg",
    "São Paulo", "明神峠 ヒルクライム", "Ясная Поляна", "zig zag rd", "river bend", "exec park loop",
    "brewery hill (½ mile)", "cat's back", "bealach", "'the wall'", "hill climb 2024",
    "A. Müller", "K. O'Brien", "j silva", "club: Velo & Coffee", "e-bike excluded",
    "time < 10:00", "-- reverse direction", "Rue de l'Église", "Koppenberg / kopje",
    "5th ave", "route 9", "hospital hill <-> school rd", "ride on 2024-06-01", "passo giau",
    "Dunkery beacon", "hells gate",
]
SEARCH_WORDS = ["hill", "lane", "sprint", "climb", "loop", "bridge", "drag", "KOM", "descent", "road"]
SEARCH_FORMS = ["{p} {w}", "{w} near {p}", "{p} {w} women", "{p} {w} 2023", "'{p}' {w}", "{p} & {q}"]

COMMENTS_LITERALS = [
    "Chapeau! That's a massive effort 💪", "Nice one -- see you Saturday?", "Kudos! How's the knee?",
    "Wow, 58' up Alpe d'Huez?! Beast.", "Rest day tomorrow, right? ;)", "Ha, 'drop dead hill' indeed...",
    "Where's the café? Looks amazing.", "You forgot to stop your Garmin again lol (avg 3 km/h)",
    "Great photo of the switchbacks!", "That headwind was no joke. Chapeau for pulling the whole way.",
    "I'm stealing this workout. 5x(4/3) is brutal but works.", "What tyres are you on? 28s or 32s?",
    "Looks like you and I were on the same climb at 9:30 -- I was the one in the orange jacket :D",
    "Mega Leistung! Respekt 👏", "Bravo, belle sortie ! Le col était sec ?", "¡Qué máquina! ¿A qué hora salisteis?",
    "Grande! Che salita 🔥", "すごい！お疲れ様でした。", "Молодец! Отличный результат!",
    "Goed gereden! Die wind was echt verschrikkelijk.", "Brawo! Następnym razem jadę z wami.",
    "Parabéns! Que pedalada linda.", "Bra kört! 👍", "Hyvä lenkki!", "Συγχαρητήρια!",
    "مبروك! رحلة رائعة", "מזל טוב על השיא!", "अद्भुत सवारी!", "태양 아래 멋진 라이드네요!",
    "Hope the crash wasn't too bad <3", "Wait, you did that on a fixie?!", "\"Easy spin\" -- sure, at 32 km/h.",
    "Thanks for the tow!!! Owe you a coffee ☕", "Which route file did you use? The one in the club folder?",
    "FTP 265 -> 272, nice jump. What block did you do?", "Looks like your HR strap lost it around km 30 (the 220 bpm spike).",
    "The 2nd half split was faster than the 1st -- negative split, textbook!", "Careful on that descent, there's gravel at the hairpin.",
    "Dude. 200 km. Respect. (Also: sleep.)", "Bummer about the mech, hope the LBS has a hanger in stock.",
    "Was the road closed at the dam? Thinking of going tomorrow.", "ahaha the 'wheel sucker award' 😂",
    "Congrats & welcome to the club!", "Next time wait for me at the top >:(", "Tempo? That's my threshold, mate.",
    "Is that the 'Union St.' segment? I thought it ended at the lights.", "Love the title 😆",
    "You're a machine. Also, eat something next time!", "Cheers for organising, great day out.",
]
COMMENT_NAMES = ["Marta", "Jon", "Priya", "Sam", "Kenji", "Lucía", "Olga", "Pieter", "Aoife", "Mehmet"]
COMMENT_FORMS = ["Nice ride {n}! {emoji}", "{n}, what was your avg power on the climb?", "@{n} see you {day} at {t}?",
                 "Chapeau {n} -- {km} km in that weather!", "Thanks {n} for the pull on the dyke ;)"]
EMOJIS = ["💪", "🚴", "🔥", "👏", "☕", "😅", "🙌", ":)", ":D", "<3"]

CATEGORIES = [
    "ride_title", "ride_description", "segment_name", "interval_workout", "route_file_gpx",
    "gear_bike_fit", "club_event_post", "device_sync_error", "leaderboard_search", "comment_multilingual",
]


def gen_title(rng):
    place = rng.choice(SEGMENT_PLACES)
    forms = ["{p} loop -- {km} km", "{p} repeats x{k}", "Z2 to the {p} & back", "{p}: {w} W avg for {m}'", "Easy {km}k via {p}"]
    return rng.choice(forms).format(p=place, km=rng.randint(20, 180), k=rng.randint(3, 10),
                                    w=rng.randint(180, 320), m=rng.randint(5, 60))


def gen_description(rng):
    place = rng.choice(SEGMENT_PLACES)
    return ("{km} km / {elev} m. NP {np} W, avg HR {hr} bpm; {note}").format(
        km=rng.randint(25, 160), elev=rng.randint(100, 2800), np=rng.randint(150, 290),
        hr=rng.randint(120, 165), note=rng.choice([
            f"headwind back from the {place}.", f"stopped at the {place} café.", f"rode the {place} climb twice.",
            f"legs gone after the {place} -- cut it short.", f"group split at the {place}; regrouped later."]))


def gen_segment(rng):
    p, q = rng.sample(SEGMENT_PLACES, 2)
    return rng.choice(SEGMENT_FORMS).format(p=p, q=q, n=rng.randint(200, 4000), k=rng.randint(1, 9))


def gen_workout(rng):
    n = rng.randint(3, 8)
    on = rng.choice([1, 2, 3, 4, 5, 8])
    off = rng.choice([1, 2, 3, 4])
    hi = rng.choice([95, 100, 105, 110, 115, 120])
    lo = rng.choice([45, 50, 55, 60])
    style = rng.randint(0, 2)
    if style == 0:
        return f"{n}x({on}min @ {hi}% / {off}min @ {lo}%)"
    if style == 1:
        return f"{n}x{on}' @ {hi}% FTP, {off}' easy -- cadence {rng.randint(80, 100)} rpm"
    return f"Warm-up 10'; {n}x({on}' @ {hi}% / {off}' @ {lo}%); cool-down {rng.choice([5, 10, 15])}'"


def gen_gpx(rng):
    p = rng.choice(GPX_PLACES)
    return rng.choice(GPX_FORMS).format(
        p=p, d=f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", k=rng.randint(40, 220),
        v=rng.randint(2, 9), y=rng.choice([2022, 2023, 2024]), lat=f"{rng.uniform(43, 48):.5f}",
        lon=f"{rng.uniform(5, 12):.5f}", ele=f"{rng.uniform(200, 2700):.1f}")


def gen_gear(rng):
    return rng.choice(GEAR_FORMS).format(
        c=rng.choice(["165", "167.5", "170", "172.5", "175"]), big=rng.choice([50, 52, 53]),
        small=rng.choice([34, 36, 39]), cog=rng.choice([28, 30, 32, 33, 34, 36]),
        sh=f"{rng.uniform(68, 80):.1f}", sb=f"{rng.uniform(4, 9):.1f}", w=rng.choice([25, 28, 30, 32, 35, 40]),
        pf=f"{rng.uniform(2.0, 6.0):.1f}", pr=f"{rng.uniform(2.2, 6.5):.1f}", st=rng.choice([80, 90, 100, 110, 120]),
        ang=rng.choice([6, 10, 17]), bw=rng.choice([38, 40, 42, 44]), stack=rng.randint(520, 620),
        reach=rng.randint(360, 410), ring=rng.choice([38, 40, 42, 44, 46]))


def gen_club(rng):
    return rng.choice(CLUB_FORMS).format(
        day=rng.choice(CLUB_DAYS), t=f"{rng.randint(6, 10)}:{rng.choice(['00', '15', '30', '45'])}",
        spot=rng.choice(CLUB_SPOTS), km=rng.randint(30, 160), spd=rng.randint(24, 33),
        drop=rng.choice(["no-drop", "will drop", "regroup at the top"]), elev=rng.randint(100, 2000))


def gen_sync(rng):
    return rng.choice(SYNC_FORMS).format(
        dev=rng.choice(SYNC_DEVICES), code=rng.randint(1000, 9999), s=rng.choice([10, 30, 60, 120]),
        m=rng.randint(2, 25), d=f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        http=rng.choice([400, 408, 413, 500, 502, 503]), a=rng.randint(10, 30), b=rng.randint(0, 99))


def gen_search(rng):
    p, q = rng.sample(SEGMENT_PLACES, 2)
    return rng.choice(SEARCH_FORMS).format(p=p.lower() if rng.random() < 0.5 else p, q=q, w=rng.choice(SEARCH_WORDS))


def gen_comment(rng):
    return rng.choice(COMMENT_FORMS).format(
        n=rng.choice(COMMENT_NAMES), emoji=rng.choice(EMOJIS), day=rng.choice(CLUB_DAYS),
        t=f"{rng.randint(6, 10)}:{rng.choice(['00', '30'])}", km=rng.randint(40, 200))


TABLE = {
    "ride_title": (RIDE_TITLES, gen_title),
    "ride_description": (RIDE_DESCRIPTIONS, gen_description),
    "segment_name": (SEGMENTS, gen_segment),
    "interval_workout": (WORKOUT_LITERALS, gen_workout),
    "route_file_gpx": (GPX_LITERALS, gen_gpx),
    "gear_bike_fit": (GEAR_LITERALS, gen_gear),
    "club_event_post": (CLUB_LITERALS, gen_club),
    "device_sync_error": (SYNC_LITERALS, gen_sync),
    "leaderboard_search": (SEARCH_LITERALS, gen_search),
    "comment_multilingual": (COMMENTS_LITERALS, gen_comment),
}


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = {}
    for cat in CATEGORIES:
        literals, gen = TABLE[cat]
        vals = []
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            vals.append(v)
        n_lit = len(vals)
        if n_lit > PER_CAT:
            raise SystemExit(f"too many literals in {cat}")
        tries = 0
        while len(vals) < PER_CAT:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"cannot fill {cat}")
            v = gen(rng)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        if n_lit < 0.55 * PER_CAT:
            raise SystemExit(f"{cat}: only {n_lit} literals")
        stats[cat] = (len(vals), n_lit)
        rows.extend((cat, v) for v in vals)
    out = Path(__file__).with_name("benign.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, v) in enumerate(rows, 1):
            assert isinstance(v, str) and v and len(v) <= 1800, (cat, v)
            fh.write(json.dumps({"id": f"hb96-{i:05d}", "category": cat, "label": "benign", "value": v},
                                ensure_ascii=False) + "\n")
    for cat in CATEGORIES:
        n, lit = stats[cat]
        print(f"{cat:22s} {n:4d}  literals {lit}")
    print(f"total {len(rows)}  literals {sum(s[1] for s in stats.values())}")


if __name__ == "__main__":
    main()
