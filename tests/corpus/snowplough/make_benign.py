#!/usr/bin/env python3
"""Benign corpus for the snow-clearing depot portal (snowplough). Stdlib only."""
import json, os, random

SEED = 34001
N = 80

def L(block):
    # one value per line; the marker ⏎ stands for a newline inside a value
    return [ln.replace("⏎", "\n") for ln in block.split("\n") if ln.strip()]

CATS = {}

CATS["plough_routes"] = (L("""
Route P3: Main St -> Mill Rd -> Hospital loop, priority 1
Skip Cedar Close until the parked cars are moved (resident asked, 0600)
Route 7 north leg: union St then Chapel Lane, turn at the depot gate
Order by priority: hospital, fire station, schools, then bus routes
Drop the cul-de-sacs from P5 tonight, the blade is too wide for them
Select the B-route if the A-road is closed by police
Route 12 — Oakfield estate, narrow streets, use the small Unimog
P2 loop takes ~45 min at 30 km/h; add 10 if the ramp on Bridge St is icy
Rue des Lilas → rue du Moulin → place de l'Église (secteur nord)
Winterdienst Tour 4: Bahnhofstraße, Schulweg, Am Anger; Räumbreite 3 m
Ruta 9: calle Mayor y avenida del Puerto, primero la cuesta
除雪ルートA：駅前通り→市役所→病院（優先度1）
Маршрут 3: ул. Ленина → Школьная → больница
O'Brien Terrace is back on route 6 from Monday
Bus route 22 & 23 share the same climb, plough once and grit twice
Waypoints: 51.5072,-0.1276; 51.5101,-0.1340; 51.5123,-0.1402
GPX file saved as routes/2024/p4_north.gpx
Do not plough the cycle path on Canal side; it's maintained by the trust
Priority 1 = emergency access, 2 = bus routes, 3 = residential < 10% gradient
Gradient on Steep Hill is > 12% so only the 4x4 with chains goes up
Route 5 and route 8 overlap between the roundabout and the Co-op; coordinate on ch 2
New route: Greenway Park (includes the school drop-off bay) — starts 05:30
Reverse direction on Kings Rd tonight: the blade throws snow onto the pavement otherwise
Rota says Dave takes P1, Amira P2, Tomasz P3 | Spare driver: Kev
Please add Hill Top Farm lane to P9; the farmer will clear the last 200 m himself
Shared map link: https://maps.example.org/depot/routes?layer=priority&zoom=13
Route P4 needs a second pass after 22:00 if snowfall > 2 cm/h
Ploughing 'Lower Green' first then back up through 'Upper Green'
Winter maintenance route W3 (Ringvej → Skolevej → Havnevej), 2 passes
The old route sheet said "turn left at the pub" — the pub's gone, turn left at the pharmacy
route_id,street,side,order⏎P3,Main St,both,1⏎P3,Mill Rd,north,2
Route 14 ends at the county boundary sign; the county does the rest
Check the low bridge on Station Rd: 3.6 m clearance, the gritter is 3.4 m
Avoid the level crossing between 07:00 and 07:20 (school train)
Priority roads list v3 — approved by the highways committee 12/11
Tramline on High St: keep the blade raised 2 cm over the rails
Steep section: Quarry Rd from no. 40 to the top, grit before ploughing
P6 includes the park & ride, both entrances
Plough the bus station apron by 05:00; buses leave from 05:20
Route nord-est : on commence par la caserne des pompiers
Piste 2 non percorribile, deviare su via Roma
Trasa 5: ul. Długa → ul. Krótka → rondo (najpierw szpital)
Route P10 (rural) — 38 km, single pass unless drifting
New estate "The Willows" isn't on the map yet; drive it by eye
Turning circle at the end of Ash Grove is too tight — reverse out carefully
Night route only: industrial estate units 1–40
Route map printed A3, laminated, in cab folders
Add footbridge ramp at Riverside to the hand-gritting list, not the plough route
Roads with 'unadopted' status are not ploughed — refer to landlord
Hospital A&E entrance: plough every 2 hours when snowing
Remove Elm Way from P7 — resurfacing works, road closed until 15 Jan
"""), ("Route {r}: {a} -> {b} -> {c}, pass {n}",
       dict(r=["P1", "P2", "P3", "P4", "P5", "P6", "P7", "P8", "N2", "R11"],
            a=["Main St", "Mill Rd", "Station Rd", "Quarry Rd", "High St", "Bridge St"],
            b=["Chapel Lane", "Kings Rd", "Ash Grove", "Canal Side", "Church Walk"],
            c=["Hospital loop", "depot", "bus station", "school gate", "roundabout"],
            n=["1", "2", "1 of 2", "2 of 2"])))

CATS["gritting_logs"] = (L("""
Gritted P3 at 04:10, spread 20 g/m², road temp -2.5 °C
Salt spread rate 15 g/m2 on bus routes, 10 on residential
Total tonnes from the export: `awk -F, 'NR>1 {s+=$5} END {print s}' grit.csv`
Sum in the sheet: =SUM(E2:E40) gives the night's tonnes
Second run 22:40, rate 40 g/m² because of freezing rain
Dry salt only, brine tank empty — refill before the next run
Pre-wet ratio 70/30 salt/brine; spinner width 6 m
Road surface temp < 0 at Steep Hill sensor, gritting started early
Spread 3.2 t on route 7; hopper had 0.4 t left
Missed section: Chapel Lane between nos. 12–30, cars parked both sides
Log: 03:55 depart; 04:40 route done; 04:55 back at depot; total 1 h
Hand-gritted the steps by the library & the ramp at the clinic
Gritter 2 spinner jammed at 05:10 -- cleared, no damage
Brine sprayed on the bridge deck (anti-icing), 20 l/km
Streusalz 12 g/m², Fahrbahntemperatur -4 °C, Tour 2 fertig
Salage effectué sur RD12, dosage 15 g/m², chaussée -1 °C
Salado ruta 4 a las 5:30, 18 g/m², sin incidencias
散布量 20g/m²、路面温度 -3℃、ルートB完了
Посыпка маршрута 6 завершена в 05:20, 15 г/м²
Gritting cancelled at 19:00 — forecast upgraded to +3 °C
Run #214 — P1, P2 — 5.1 t — driver: J. O'Connor
Sleep gritting? No: we did a precautionary run at 01:00 because of the union road hill
Spread rate dropped to 8 g/m² on the ring road after the rain stopped
Controller override: rate 30 g/m² for the 'black ice' warning
Calibration check on gritter 4: 10 kg dispensed vs 9.6 kg expected (-4%)
Route P5 gritted twice (20:00 and 02:30) & again at 05:00
Salt/sand mix 50:50 on the rural lanes (no salt on the SSSI verge)
Gritting log exported: logs/grit/2024-01-17.csv
Temp at 03:00 was -6; hoar frost on the bridge, grit drift on the bends
Loaded 8 t at 21:15 from barn B; weighbridge ticket #4471
Note: spinner speed set to 'auto' ; do not switch to manual unless told
Didn't grit the cul-de-sac on Rowan Way (gate locked, no key)
Run aborted at 04:20, hydraulic leak; rest of route given to Gritter 5
Rock salt 6 mm grade; wet, clumping — needs to be kept under cover
Bus depot yard hand-spread with 4 bags (25 kg each)
grit_run,route,start,end,tonnes⏎214,P1,03:55,04:55,2.6⏎215,P2,04:00,05:05,2.5
Spreading width 2–8 m, set to 4 m for the narrow lanes
Treated footways: High St (both sides), Market Sq, station forecourt
Ice reported on Bridge St at 06:10, regritted 06:25
Gritting stopped at county boundary sign as agreed
Rate set to 10 g/m² for the "light frost" decision
Run with 2 crew (trainee on board), started 10 min late
Hopper level after run: ~1/4
Residual salt still on the carriageway, skipped P8 second pass
Pavement gritting: 14 bins refilled (list attached)
Brine strength checked: 23% (hydrometer), OK
Temperature dropped below dew point at 02:00; run 2 called
Gritter 3 out of service; P3 split between 1 & 2
Snow on the salt — spread rate up 50%, ploughing ahead of the spreader
Ran with lights/beacons on the whole route; hazard warning at the school
Grit bins at Ash Grove and Elm Way empty again — refill list updated
Wet salt on the steps of the town hall only (not the listed stone)
"""), ("Run {n}: route {r}, {t} t, {g} g/m², road {c} °C",
       dict(n=[str(x) for x in range(300, 330)], r=["P1", "P2", "P3", "P4", "P5", "P6", "P7"],
            t=["1.8", "2.2", "2.6", "3.0", "3.4", "4.1"], g=["10", "15", "20", "30", "40"],
            c=["-0.5", "-1", "-2", "-3.5", "-5", "-7"])))

CATS["salt_stock"] = (L("""
Barn A: 1,240 t; Barn B: 860 t; total 2,100 t
Delivery of 29 t arrived 14:20, ticket 88213, stored in Barn B
Stock < 500 t triggers resilience alert to the council
Ordered 3 x 29 t loads from the supplier for Thursday
Salt usage this week: 412 t (up 38% vs last week)
Brine tank 1: 18,000 l; tank 2: 11,500 l
Stock take 01/12: 1,980 t (measured by drone survey, ±5%)
Mutual aid: lent 100 t to the neighbouring district; to be returned by March
Salt pile covered — tarp torn on the north side, needs repair
Grit bins: 312 total, 47 empty, 12 damaged
Sand stock: 40 t (for rural lanes only)
Current stock / weekly use = ~4.5 weeks
Salzlager: 950 t, Lieferung am Freitag
Stock de sel : 620 t, commande de 200 t passée
Stock de sal: 300 t, pedido urgente
塩の在庫：450トン、次回納入は金曜日
Запас соли: 800 т, поставка в среду
Weighbridge total for December: 1,137.4 t
Salt price £68.50/t delivered; budget line 4420-SALT
Barn B door damaged by the loader — salt exposed to rain, approx 15 t wet
Minimum stock level for January: 1,500 t (agreed with finance)
Transfer 60 t from Barn A to the satellite depot
Select supplier: Northern Salt Ltd (framework lot 2) — PO raised
Order by Friday or the supplier can't guarantee delivery before the cold snap
Rock salt 10 mm: 200 t; 6 mm: 1,050 t
Brine made: 12,000 l from 3 t salt
Drop in stock bigger than logged runs — recount requested
sku;description;qty;unit⏎RS6;Rock salt 6mm;1050;t⏎RS10;Rock salt 10mm;200;t
Bagged salt for schools: 180 bags x 25 kg
Stock in the 'reserve' heap must not be used without the manager's OK
Salt consumption vs. temperature chart attached (stock_vs_temp.png)
Salt dome capacity 3,000 t; currently 71% full
Loader shovel can move ~3 t a scoop
Deliveries only Mon–Fri 07:00–15:00 (gate rule)
Stock check done by M. D'Souza at 16:00
Stock after tonight's runs will be ~1,650 t if all 14 routes go
We are at 62% of the winter allocation
Reserve stock: 250 t (national resilience)
Bags delivered to the parish council: 40 (signed for by Mrs. Kaur)
Salt 12% damp — spreads badly, mix with dry salt from Barn A
Salt barn temperature sensor reading 4 °C
Stock forecast if snow continues 5 days: 900 t
Invoice 55-2231 matched to delivery note; OK to pay
Sample sent to the lab for insoluble content (< 10% required)
Dome door sensor fault — stock not logged automatically since Tuesday
Stock figures corrected: previous entry had 1,420 instead of 1,240
Pallets of bagged salt: 6 (in the workshop corner)
Request: 2 t for the hospital estate (they pay)
Neighbouring council returned 50 t of the loan
Use older salt first (FIFO) — it's in the left-hand bay
"""), ("Stock {d}: barn {b} {q} t, brine {l} l",
       dict(d=["01/12", "08/12", "15/12", "22/12", "29/12", "05/01", "12/01"],
            b=["A", "B", "C"], q=["410", "655", "880", "1,020", "1,240", "1,575"],
            l=["6,000", "9,500", "12,000", "18,000"])))

CATS["vehicle_checks"] = (L("""
Gritter 4 (YX21 ABC): tyres OK, lights OK, beacon #2 not working
Pre-start check: oil OK, coolant low — topped up 1 l
Blade hydraulic hose weeping at the left ram; reported to workshop
Wipers & washers OK; de-icer low
Mileage 48,213 km; next service at 50,000
Tyre tread 5 mm front, 4 mm rear (min 3 mm for winter)
Chains fitted on the 4x4 for the Steep Hill run
Spinner motor noise — check bearing; vehicle still usable
Defect: offside mirror cracked; VOR? No, minor
Fuel 3/4; AdBlue 1/2
Blade wear strip < 10 mm, replace before next shift
Camera (rear) not displaying; reversing with banksman only
Walkaround done 04:30 by T. Nowak — no defects
Fahrzeugprüfung: Reifen OK, Scheinwerfer links defekt
Contrôle véhicule : pneus OK, feux arrière HS
Revisión: frenos OK, luz de gálibo rota
車両点検：タイヤOK、ワイパー交換要
Проверка: масло в норме, щётки заменить
Tachograph card inserted; 9 h driving limit noted
Plough blade angle stuck at 30°; manual override works
Gritter 2 off road (VOR) — gearbox fault, parts ordered
Beacon lights: amber x 4 all working
Hopper conveyor chain tension adjusted
Washed down after run (salt corrosion) — underside done
Battery 12.1 V at start; replaced at 05:10
Check sheet form VC-7 completed & signed
Tyre pressure 8.5 bar (rear), 7.5 bar (front)
Snow chains missing from the Unimog — who took them?
Hydraulic oil temp > 80 °C warning after 2 h, stopped 15 min
Reverse alarm too quiet; turned up
Heater in cab not working; driver has extra layers
Wheel nut indicators all aligned
Blade struck a kerb at Mill Rd — no visible damage, monitor
GPS tracker offline (no signal icon) since 03:00
Fire extinguisher in date (exp. 09/2025)
First aid kit missing plasters; restock
Loader bucket teeth: 2 worn, OK for now
Grease points done: 14/14
Rear spinner guard bent; straightened in workshop
MOT due 14/02; booked
Vehicle 7 — coolant leak at the pump, drip tray under it
'Fault 23' on the spreader controller; reset cleared it
Loader checks: brakes OK, horn OK, seatbelt frayed — replace
Van 3: tyres OK, spare OK, jack missing
Cab door seal torn, draughty
All vehicles fuelled to full before the amber warning
Spare blade for Gritter 5 delivered (part no. BL-2400/R)
Lights: dipped OK, main beam OK, fog rear OK
Exhaust smoke on cold start, normal after 5 min
Vehicle clean, cab tidy, salt spilt on the step cleaned
"""), ("Check {v}: {a} OK, {b} {s}",
       dict(v=["Gritter 1", "Gritter 2", "Gritter 3", "Gritter 6", "Unimog", "Loader", "Van 2", "Tractor 1"],
            a=["tyres", "brakes", "lights", "oil", "wipers", "horn"],
            b=["beacon", "spinner", "blade", "mirror", "heater", "camera"],
            s=["needs attention", "replaced", "loose", "adjusted", "fine"])))

CATS["shift_rosters"] = (L("""
Night shift 20:00–08:00: Dave, Amira, Tomasz, Kev (standby)
Swap request: I'll take Sat night if someone covers my Tue day
Standby week 3: team B; call-out by text then phone
Max 11 h on shift, 9 h driving; breaks every 4.5 h
Holiday: Sian off 23/12 – 02/01 (approved)
On-call manager: R. Patel 07700 900123
Roster v4 — changes in bold; previous version is void
Team A days / Team B nights, switch on Monday
Anyone free for Sunday 04:00? Overtime at x1.5
Christmas Day: skeleton crew of 4 + supervisor
Shift leader tonight: Joanne; radio call sign DEPOT-1
Bereitschaft KW 3: Müller, Schmidt; Ersatz: Öztürk
Astreinte semaine 2 : équipe C
Turno de noche: Carlos, Lucía, Pablo
シフト表：夜勤 田中・佐藤、待機 鈴木
Дежурство: Иванов, Петров (ночь)
Tom's on nights all week & off the weekend
Sick: Ben (back Thursday) — Kev moves to nights
Minimum rest 11 h between shifts; no back-to-backs
Training day 10/01 08:30 — no one on leave that day please
Team,Mon,Tue,Wed⏎A,D,D,N⏎B,N,N,R
Part-timer Gwen: Wed & Fri early only
New starter: Femi shadows Dave for 2 weeks
Bank holiday rates apply 26/12 and 01/01
Call-out list order: Amira, Tomasz, Dave, Kev, then the agency
Roster exported to shared/rosters/2024-w03.xlsx
Shift pattern 4 on / 4 off from December
Standby allowance £25/night; claim on the timesheet
Please don't swap shifts on WhatsApp only — put it in the portal
Relief driver for Gritter 3: Niamh O'Neill
Early 04:00–12:00, late 12:00–20:00, night 20:00–04:00
2 drivers per gritter when the amber alert is on
Timesheets due Monday 10:00
Supervisor cover: Mon–Wed Chris, Thu–Sun Ola
Week 52 is double-staffed; leave frozen
Max 3 consecutive nights, then 2 days off
Overtime list: sign up by Friday noon
Agency drivers need the depot induction first
HGV licence check due for 3 drivers (list in office)
Hours this week: Dave 52, Amira 48, Tomasz 44
Split shift for the gritter trainee: 05–09 and 17–21
Rest day swap approved: Kev ⇄ Ola (Sat 13th)
Shift starts at the depot, not at the satellite yard
Sleep-over room available for the night crew (2 beds)
Standby phones charged & in the rack
Roster note: "drop" shift = cancelled shift, paid at 4 h minimum
Nights from 18:00 when the forecast says snow after midnight
Shift handover at 07:45 in the mess room
Crew of 3 for the loader + 2 lorries on market day
Nobody on leave 20/12–05/01 except approved cases
"""), ("{n}: {s} shift {d}, {t}",
       dict(n=["Dave", "Amira", "Tomasz", "Kev", "Sian", "Joanne", "Femi", "Niamh", "Ola", "Chris"],
            s=["early", "late", "night", "standby"], d=["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
            t=["confirmed", "swap pending", "overtime", "covering"])))

CATS["weather_alerts"] = (L("""
Amber warning: snow 5–10 cm above 200 m, 18:00 Tue – 09:00 Wed
Yellow ice warning until 10:00; road temps below 0 °C
Forecast: min -7 °C, freezing fog after midnight
SMS template: Dear {{resident_name}}, gritting on {{route}} starts at {{time}}.
Email subject template: "${alert_level} weather warning for ${district}"
## Tonight⏎- **Amber** ice⏎- treat all P1/P2 routes⏎- plough on standby
Red alert: heavy snow > 20 cm, drifting on exposed roads
Road sensor Steep Hill: surface -3.1 °C, dew point -4 °C
Freezing rain possible 02:00–06:00 — precautionary gritting at 22:00
Wind gusts 60 mph on the moor road; drifting likely
Snow line dropping to 100 m overnight
Thaw expected Friday; risk of flooding from snowmelt
Unwetterwarnung: Schneefall 15 cm, Glätte
Alerte orange neige-verglas : 10 à 15 cm
Aviso amarillo por nevadas: 5 cm
大雪警報：降雪量20cm以上
Штормовое предупреждение: снег, гололёд
Temp < -10 °C forecast for Sunday night
Forecast feed updated: https://weather.example.net/api/v2/roadsurface?site=14
Alert level changed from yellow -> amber at 15:10
Dew point > road temp: hoar frost likely
Snow rate 2–4 cm/h between 03:00 and 06:00
Ice on untreated surfaces; gritted roads OK
Alert: "black ice" reported on Quarry Rd by police
Night minimum +1 °C but road -1 °C (clear sky)
Decision: full run at 19:00, plough on standby
Met forecaster call 14:00 — confidence medium
Weather station 3 offline; using station 5
Precip type: sleet -> snow after 21:00
Cold snap to last 10 days; salt conservation measures may apply
Decision matrix says: RST < 1 °C & wet = treat
Lake-effect showers on the east side only
Rain on frozen ground; treat at 40 g/m²
No action tonight; RST +3 °C and dry
Drifting snow closed the B6270 at 05:00 (police)
Fog & frost; visibility < 100 m on the bypass
Update 16:45: warning extended to 12:00 Thursday
Accumulations: 2 cm valley, 8 cm hills, 15 cm tops
Sunny spells, thawing by midday; refreeze after dusk
Wind chill -15 °C; crew welfare breaks every 2 h
Snow drifting over the wall at Moss Lane; needs the blower
Temperature inversion — hills warmer than the valley
Alert sent to schools & bus operator at 17:30
Forecast confidence low for the timing of the front
Road surface wet/icy at 6 of 14 sensors
Weather decision log: 15:00 treat all routes (rate 20)
Ice pellets reported in the south
Frozen spray on the coast road; brine only
Heavy snow watch: 30–50% chance of > 10 cm
Snow showers; frequent, heavy at times; lightning possible
Storm named 'Henk' — gusts 70 mph, snow on high ground
Clear after 23:00, frost forming; retreat all priority 1 routes
Rainfall radar shows snow band arriving at 02:00 ± 1 h
"""), ("{lvl} warning: {what}, {from_} to {to}",
       dict(lvl=["Yellow", "Amber", "Red"], what=["snow", "ice", "snow and ice", "freezing rain", "wind"],
            from_=["18:00 Mon", "21:00 Tue", "00:00 Wed", "06:00 Thu", "15:00 Fri"],
            to=["09:00", "12:00", "23:59", "06:00 next day"])))

CATS["resident_complaints"] = (L("""
The plough pushed snow across my driveway again — I'd just cleared it!
Our street (Rowan Way) hasn't been gritted all week; my mum slipped.
Why is the grit bin on Elm Way always empty?
The gritter woke us up at 4am with the beeping, can it be quieter?
Please plough Cedar Close — the ambulance couldn't get in last night.
Snow blocking the bus stop by the school; kids standing in the road
Car damaged by grit thrown from the spreader (reg AB12 CDE), photos attached
I'm 82 and can't get to the shops. Is my road on any list?
The pavement outside no. 14 is sheet ice; someone will break a hip
Thanks to the crew who cleared our lane at 3am — brilliant job!
Complaint ref 22-1187: still no response after 10 days
Can you "drop" a bag of salt off? I'll spread it myself.
You ploughed the road but left a 1 m wall of snow at our gate
Ma rue n'a pas été déneigée depuis trois jours.
Unsere Straße wurde seit Tagen nicht geräumt!
Mi calle sigue con hielo, ¿cuándo pasarán?
家の前の道路が凍結しています。対応をお願いします。
На нашей улице не убирают снег уже неделю.
Why does the rich end of town get ploughed first?? Union St always last
The snow wall is > 1.5 m at the junction; you can't see traffic
Grit on my lawn has killed the grass — who pays?
Please don't select our road for ploughing at 2am, the noise is awful
Snow piled on the disabled bay outside the surgery
Mrs O'Reilly (no. 9) can't get her wheelchair out; urgent
The cycle lane is buried; I had to ride in traffic
Pothole on Mill Rd made worse by the plough blade
Salt spray on my car every day — corrosion! 😡
Kids sledging on Steep Hill are in danger once you grit it
Bin lorry couldn't get up; rubbish not collected for 2 weeks
Gritter drove on the pavement & cracked slabs outside 22–24 High St
Footpath to the station is a skating rink
Can the council put a grit bin at the top of Quarry Rd? It's a 1 in 8 hill
Order of roads makes no sense: main road done twice, side roads never
I pay council tax & my road is never done; this is the 3rd year
Snow ploughed into the river — is that allowed?
Thanks for the quick reply; the road's clear now.
My mailbox was knocked over by the plough; Elm Way no. 3
Residents' association has 40 signatures asking for a grit bin
The school's car park isn't your job? Who do we call then?
Sleeping policeman on Ash Grove is hidden under snow; cars hitting it
Your website map shows my road as "treated" — it isn't.
Vehicle parked across the road blocked the plough: reg ZZ99 ZZZ
Please could you clear the path to the allotments
The plough driver was rude — told me to move my car at 5am
Ice at the bottom of the bridge steps; my son fell
Old man shovelling at no. 28 — could someone check on him?
We need the hill done before 7:30; the bus can't get up
Snow thrown onto the parked cars; one window smashed
Not a complaint: just saying the crew waved at my son and made his day
Grit bin lid broken, salt now a solid lump
"""), ("{street}: {issue} since {when}",
       dict(street=["Rowan Way", "Cedar Close", "Elm Way", "Ash Grove", "Quarry Rd", "Moss Lane", "Church Walk", "Kings Rd"],
            issue=["not gritted", "not ploughed", "grit bin empty", "pavement icy", "snow blocking the drive"],
            when=["Monday", "last night", "3 days", "the weekend", "Christmas"])))

CATS["incident_reports"] = (L("""
04:35 Gritter 2 slid into the kerb on Quarry Rd; no injuries, nearside wheel damaged
Near miss: car overtook the plough on the bend at Moss Lane
Pedestrian slipped outside the library; first aid given; ambulance not needed
Timeline: 04:35 slid; 04:37 stopped; 04:40 called supervisor && police; 05:10 recovered
Plough blade hit a manhole cover on Mill Rd — cover displaced, coned off
Driver reported aggressive motorist (reg AB12 CDE) at 05:10; police informed
Salt barn fire alarm activated 22:15 — false alarm (dust), reset
Gritter stuck on Steep Hill; towed by the loader at 06:00
Cable strike: blade caught an overhead phone line at Hill Top Farm
Collision with parked car, Cedar Close; driver's details exchanged
RIDDOR? No — minor cut to hand while clearing spinner
Hydraulic oil spill ~5 l in the yard; spill kit used
Unfall: Streufahrzeug bei Glätte gerutscht, kein Personenschaden
Incident : chasse-neige bloqué, rue étroite
Incidente: camión quitanieves atascado en la cuesta
事故報告：除雪車がガードレールに接触
Происшествие: снегоуборщик задел ограждение
Employee slipped in the depot yard at 03:40; bruised wrist
Abuse from resident at the end of Rowan Way; driver left the area
Bollard damaged at the school entrance (plough blade)
Tree down on the B6270 — road closed; informed highways on call
Ran out of fuel on P10 (gauge fault); recovered at 07:15
Stolen: 10 bags of salt from the yard (gate left open)
Vandalism: grit bin set on fire at the park
Spreader threw stones — windscreen of bus cracked; bus company notified
Road closed by police 02:20 – 05:00; route P6 diverted via Kings Rd
Injury: crew member hurt back lifting bags; sent home; form IR-3 filed
Loader reversed into the barn door — door jammed half open
Electrical short in the cab (smoke, no fire); vehicle isolated
Animal on road (deer) — swerved, no contact
Gritter lights failed on the bypass; escorted back to depot
Incident IR-2024-017 closed — no further action
Ambulance escort to Hill Top Farm 01:30 at the request of 999 control
Drain blocked by ploughed snow → flooding on Station Rd at thaw
CCTV footage requested for the collision at 04:50
Witness statement from Tomasz attached (witness_TN.pdf)
Driver fatigue: stopped after 9 h 40 min, relief arrived
Radio failure; used mobile as backup
Damage to sign 'Slow — school' on Chapel Lane
Slippery steps at the depot office; salted and signposted
Child's sledge run into the road; stopped the gritter, no injury
Gas smell reported near the depot, gas board attended, nothing found
Cyclist fell on untreated path on Canal Side; path not on our network
Overhead height bar clipped at the retail park (3.2 m)
Brine tank overflow — 200 l into the drain, EA notified
Windscreen crack from ice falling off a lorry
Trailer unhitched on the hill; chocks used, no damage
Worker locked in the salt dome briefly (door latch) — latch fixed
Dog bite while delivering bagged salt (minor, reported)
Snow fell from barn roof onto the van — dent in the roof
Electrical fault: beacon fuse blew twice; root cause pending
"""), ("IR-{y}-{n}: {what} at {where}, {sev}",
       dict(y=["2023", "2024"], n=["031", "032", "045", "051", "060", "071", "088"],
            what=["minor collision", "slip", "near miss", "equipment damage", "spill", "vehicle stuck"],
            where=["Quarry Rd", "Mill Rd", "depot yard", "Steep Hill", "Bridge St", "salt barn"],
            sev=["low", "medium", "no injury", "first aid"])))

CATS["crew_messages"] = (L("""
On my way, 10 min late — the car's frozen
Who's got the keys to Gritter 3??
P3 done ✅ heading back for more salt
Anyone seen my gloves? Left them in the mess room
Bridge St is lethal, go slow lads
Kev can you cover me Sat night? I'll do your Tue
Loader's blocking barn B, can someone move it
Road closed at the roundabout — use Kings Rd
Tea's on in the mess 🍵
Coffee & bacon rolls at 6 -- Ola's treat
Well done all, 14 routes done by 06:30 👏
Ich bin unterwegs, Tour 2 startet gleich
J'arrive dans 5 min, le portail est gelé
Voy tarde, hay hielo en mi calle
今から出発します、10分遅れます
Еду, буду через 15 минут
Going to drop the blade on Mill Rd now; watch out for the cyclist
Select channel 2 on the radio, ch 1 is full of chatter
Gritter 5 hopper empty; loading now
Is the union meeting still on Thursday? 18:00 at the club
Be careful at the school, gate's open & kids about
Who put the diesel receipt in the salt bag? 😂
Sleep well all, nights again tomorrow
Don't forget to log your runs in the portal before you go
Cones are in the back of van 2
Price of the de-icer went up to $5 a can, use the depot stock
Run `sudo systemctl restart tracker` on the cab tablet? No, IT says just reboot it
cd /mnt/routes && ls *.gpx | wc -l  (that's how many routes we have, 14)
Amira: "P2 blocked by a bus, waiting" (04:22)
Heading up Steep Hill with chains; pray for me
Ice on the steps by the office, mind yourselves
Can somebody bring a spare wiper blade to Station Rd?
The blower's on the trailer, where do you want it?
Who's doing the school run tomorrow at 5?
Fuel card PIN changed — ask the office, not in chat pls
Hopper clogged again; the salt's wet
Back at depot; parking in bay 4
Snowball fight in the yard at 3am, very professional 🙄
Tom: I'll grab the bagged salt for the clinic
Tracker says I'm in the river lol, it's wrong
Kev's birthday tomorrow, cake in the fridge 🎂
Just seen the forecast, 20 cm tonight, get some rest
Boss says overtime approved for tonight
Dave -> Amira: swap routes? You take P1, I take P2
Heads up: police checking tachos at the bypass lay-by
Mess room heater's broken again, bring a jumper
Thanks for covering mate, owe you one
Pic of the drift on Moss Lane, 2 m high!! 📷
Plough shoe fell off on Ash Grove, it's in the verge
Need 2 more for the loader at the hospital, anyone?
Barn door won't shut; I've put the chain on
Kids at no. 40 brought us hot choc 🥰
Off now, P7 all clear, road's lovely
"""), ("{who}: {msg} {emoji}",
       dict(who=["Dave", "Amira", "Tomasz", "Kev", "Ola", "Joanne", "Femi"],
            msg=["P1 done", "loading salt", "on my way", "stuck in traffic", "back at depot", "starting P4", "need a hand"],
            emoji=["👍", "🚛", "❄️", "", "!!", "🙏"])))

CATS["portal_search"] = (L("""
gritter 4 defects
salt stock december
route P3 map
who is on call tonight
O'Connor shift
snow & ice policy 2024
grit bin Elm Way
select route by priority
union st gritting
order by date incidents
drop-off bay school
sleep room booking
complaints Rowan Way
"black ice" Quarry Rd
P1 OR P2
weather alert amber
route 7 -north
salt < 500 t alert
temp > 0
tyre tread min
vehicle YX21 ABC
IR-2024-017
streusalz lager
déneigement rue du Moulin
quitanieves ruta 4
除雪 ルート
посыпка соль
timesheet template
how to log a gritting run
brine ratio 70/30
route_P5.gpx
shared/rosters/2024-w03.xlsx
a&e entrance ploughing
Mrs O'Reilly
hill top farm lane
overtime rates bank holiday
barn B door
spinner calibration
chains Unimog
mutual aid salt loan
IR-3 form
Steep Hill sensor
road surface temperature
rota wk 52
drivers hours rules
Moss Lane drifting
grit bins empty
*ash grove*
risk assessment loader
2023-24 winter service plan
"""), ("{a} {b}",
       dict(a=["gritter", "plough", "salt", "route", "roster", "incident", "complaint", "alert", "loader", "brine"],
            b=["report", "log", "P4", "january", "faults", "map", "history", "policy", "checklist", "stats"])))


def build():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    for cat, (lits, (tmpl, pools)) in CATS.items():
        vals = []
        for v in lits:
            if v not in seen:
                seen.add(v)
                vals.append(v)
        assert len(vals) >= 50, (cat, len(vals))
        vals = vals[:N]
        keys = sorted(pools)
        tries = 0
        while len(vals) < N:
            tries += 1
            assert tries < 10000, cat
            v = tmpl.format(**{k: rng.choice(pools[k]) for k in keys})
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            assert 1 <= len(v) <= 2000
            rows.append((cat, v))
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "benign.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "hbls-%05d" % i, "category": cat, "label": "benign", "value": v},
                               ensure_ascii=False) + "\n")
    return rows


if __name__ == "__main__":
    rows = build()
    print(len(rows), "benign values")
