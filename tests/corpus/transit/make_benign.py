"""Held-out BENIGN corpus for the transit theme (ids hb52-NNNNN).

Text that riders, drivers, dispatchers and open-data developers type into the
ordinary fields of a public-transport operator's apps: trip planner searches,
stop/station names, GTFS-like rows, service alerts, timetable notes, rider
feedback (including accessibility requests), lost-and-found reports, fare
disputes, driver defect reports / dispatcher messages and open-data URLs.

Every value is either a hand-written literal below or the output of a small
template over hand-written pools.  Nothing is taken from a dataset or a public
payload list.  Values are deliberately rich in characters and words that naive
filters flag (quotes, ';', '|', '&', '<', '>', '--', '$', '{}', '../', paths,
URLs, "select", "union", "drop", "exec", "alert", "script", "sleep" ...), but
each one is something a real person would send in that field.

Run:  python3 make_benign.py   ->  writes benign.jsonl next to this file.
"""

import json
import random
from pathlib import Path

SEED = 5201
PREFIX = "hb52"
PER_CATEGORY = 80
MIN_LITERAL_SHARE = 0.55

# --------------------------------------------------------------------------
# trip_search: what people type into the trip planner box
# --------------------------------------------------------------------------
TRIP_SEARCH = [
    "Hbf -> Airport T2, dep 07:45, via Central",
    "Hauptbahnhof → Flughafen Terminal 2, ab 07:45, über Zentrum",
    "home -> work tomorrow 8am & back at 17:30",
    "Gare du Nord -> Place d'Italie, arrivée avant 9h",
    "O'Connell St to Heuston, wheelchair accessible only",
    "Union Station to Children's Hospital, leave now",
    "drop-off at Terminal 3 departures, from King's Cross",
    "Airport <-> Downtown, fastest, no buses",
    "Zürich HB → Bern, 1. Klasse, Abfahrt 06:02",
    "Napoli Piazza Garibaldi -> Pompei Scavi; evitare cambi",
    "Plac Wilsona → Dworzec Centralny, 23:50, autobus nocny",
    "新宿 → 渋谷 終電何時？",
    "서울역 -> 강남역 지하철 막차",
    "Курский вокзал → Шереметьево, аэроэкспресс или автобус?",
    "st pancras to gatwick -- cheapest, not fastest",
    "Sleepy Eye to Mankato, Saturday",
    "Alert Bay ferry terminal → Port McNeill, first sailing",
    "Times Sq-42 St to Jamaica Center / JFK AirTrain",
    "Helsinki-Vantaa → Rautatientori klo 23.15",
    "Keleti pu. -> Déli pu., M2 vagy villamos?",
    "Praha hl.n. → Letiště Václava Havla, bus 119",
    "Amsterdam Centraal -> Schiphol; fiets mee?",
    "Earls Court to Wimbledon, avoid District line (engineering works)",
    "100% step-free route to Westminster please",
    "Barcelona Sants → Aeroport T1 (R2 Nord)",
    "İstanbul Havalimanı → Taksim, Havaist otobüsü",
    "Kraków Główny -> Wieliczka Rynek-Kopalnia",
    "where's the nearest stop to 221B Baker St?",
    'from my location to "City Hall" by 10:15',
    "Shibuya->Haneda T3 (intl) 6:30",
    "Ørestad → København H, S-tog eller metro?",
    "Reykjavík BSÍ -> Keflavík airport, flybus",
    "Back Bay to Logan in <30 min?",
    "Penn Station -> Newark Airport; NJ Transit vs. Amtrak",
    "from 51.5074,-0.1278 to 51.4700,-0.4543",
    "Main St & 5th Ave → Elm St & 12th",
    "bus 42 or 42X to the stadium?",
    "Pier 39 -> SFO, leave after 18:00, max 2 transfers",
    "Σταθμός Λαρίσης → Αεροδρόμιο, μετρό γραμμή 3",
    "Lisboa Oriente -> Cais do Sodré, sábado de manhã",
    "Tel Aviv Savidor → ירושלים יצחק נבון",
    "القاهرة محطة رمسيس إلى المطار",
    "school run: Oak Grove Primary 8:15 then on to Riverside by 9",
    "Stockholm C → Arlanda, avgång 05:10",
    "Wien Hbf → Flughafen Wien (CAT oder S7?)",
    "'s-Hertogenbosch -> Eindhoven Airport",
    "arrive by 09:00 at St Mary's (Paddington) — Gate B",
    "Hbf/ZOB -> Messe Süd (Halle 3)",
    "Dublin Airport => Ranelagh, Luas after 23:00?",
    "Paris CDG T2 → Disneyland, RER B puis A ou TGV ?",
    "म्यूज़ियम से नई दिल्ली रेलवे स्टेशन, मेट्रो",
    "Bến Thành → Sân bay Tân Sơn Nhất, xe buýt 109",
    "Cape Town Civic Centre -> Table View, MyCiTi T01",
    "near me -> IKEA, Sunday, with a flat-pack (large item!)",
    "Nørreport → Kastrup 04:30?? first metro",
    "route avoiding stairs & escalators: Bank -> Monument",
]

TRIP_PLACES = [
    "Hbf", "Central", "Airport T1", "Airport T2", "Union Sq", "Harbour",
    "Museum", "Zoo", "Old Town", "Messe Süd", "Uni Campus",
    "Hospital (Main Gate)", "Stadium", "Gare Centrale", "Rathaus",
    "St Mary's", "Elm St & 3rd", "Riverside P&R", "Königsplatz", "Exchange",
    "Bahnhof Zoo", "Plaza Mayor",
]
TRIP_VIA = ["Central", "Exchange", "Museum", "Union Sq", "the ring line", "Line 4", "Hbf"]
TRIP_MODS = [
    "no stairs", "fewest changes", "bike allowed", "cheapest", "walk max 500 m",
    "avoid buses", "step-free", "with pram", "night bus ok", "no trams pls",
]
TRIP_DAYS = ["Mon", "Sat", "Sun", "heute", "demain", "mañana", "tomorrow", "Fri night"]


def _hhmm(rng):
    return "%02d:%02d" % (rng.randrange(5, 24), rng.choice([0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55]))


def tpl_trip_search(rng):
    o, d = rng.sample(TRIP_PLACES, 2)
    form = rng.randrange(6)
    if form == 0:
        return "%s -> %s, dep %s" % (o, d, _hhmm(rng))
    if form == 1:
        return "%s → %s, arrive by %s" % (o, d, _hhmm(rng))
    if form == 2:
        return "%s to %s via %s" % (o, d, rng.choice(TRIP_VIA))
    if form == 3:
        return "%s - %s (%s)" % (o, d, rng.choice(TRIP_MODS))
    if form == 4:
        return "from %s to %s tomorrow %s & back after %s" % (o, d, _hhmm(rng), _hhmm(rng))
    return "%s ⇄ %s %s, %s" % (o, d, rng.choice(TRIP_DAYS), rng.choice(TRIP_MODS))


# --------------------------------------------------------------------------
# station_name: stop / station names as entered or searched (multilingual)
# --------------------------------------------------------------------------
STATION_NAME = [
    "Hauptbahnhof (tief)",
    "St. Mary's Hospital / Main Gate",
    "Königs Wusterhausen",
    "Gare de l'Est",
    "Rue de l'Église (côté pair)",
    "Ålesund rutebilstasjon",
    "Łódź Fabryczna",
    "Ηράκλειο Λιμάνι",
    "京都駅前",
    "東京駅 八重洲口 (Yaesu Exit)",
    "Praça do Comércio",
    "Straße des 17. Juni",
    "Union Square – Market St",
    "Prospect Ave & 7th St (NB)",
    "Oak St @ 3rd Ave [far side]",
    "Stop 4411 — Elm & Vine",
    "Sleepy Hollow",
    "Truth or Consequences",
    "Westward Ho!",
    "Saint-Louis-du-Ha! Ha!",
    "Llanfairpwllgwyngyll",
    "Nørreport",
    "Ñuñoa",
    "Chișinău Gara Centrală",
    "Київ-Пасажирський",
    "Beograd Centar (Прокоп)",
    "中山站 Zhongshan",
    "Dún Laoghaire",
    "Pl. de Catalunya",
    "Hwy 7 / Hwy 50 Park & Ride",
    "Elephant & Castle",
    "'s-Hertogenbosch",
    "'t Harde",
    "L'Aquila",
    "Sant'Antonio Abate",
    "Chalfont & Latimer",
    "Harrow-on-the-Hill",
    "Kadıköy İskele",
    "Bến Thành",
    "Hlemmur",
    "नई दिल्ली",
    "สยาม (Siam)",
    "محطة الرمل",
    "תחנה מרכזית חדשה",
    "Tbilisi Central (სადგურის მოედანი)",
    "Plzeň hl.n.",
    "Škofja Loka",
    "Gdańsk Wrzeszcz",
    "Zürich Flughafen / Aéroport",
    "Biel/Bienne",
    "Bruxelles-Midi / Brussel-Zuid",
    "Frankfurt (Main) Süd",
    "Halle (Saale) Hbf",
    "Washington/Union Station — Gate C",
    "Exchange Place",
    "King's Cross St. Pancras",
    "Grand Central–42 St",
    "Smith–9 Sts",
    "Stand K / Bay 3",
]

ST_STREETS = [
    "Main St", "Oak St", "Elm St", "King St", "Queen St", "Mill Rd", "Bridge St",
    "Market St", "Church Ln", "Station Rd", "Birch Ave", "5th Ave", "3rd Ave",
    "Rue de la Paix", "Hauptstraße", "Calle Mayor", "Via Roma", "ul. Długa",
]
ST_DIRS = ["NB", "SB", "EB", "WB", "far side", "near side", "opp. #12", "stop B", "Richtung Hbf", "dir. Centre"]
ST_PAIRS = [
    ("Hauptbahnhof", "Central Station"), ("Gare Centrale", "Centraal Station"),
    ("Flughafen", "Airport"), ("Aéroport", "Luchthaven"), ("Rathaus", "Town Hall"),
    ("Estación Sur", "South Station"), ("Dworzec Główny", "Main Station"),
    ("駅前", "Station Front"), ("Stazione Centrale", "Central"), ("Messe", "Fairground"),
]


def tpl_station_name(rng):
    form = rng.randrange(4)
    if form == 0:
        a, b = rng.sample(ST_STREETS, 2)
        return "%s & %s (%s)" % (a, b, rng.choice(ST_DIRS))
    if form == 1:
        a, b = rng.choice(ST_PAIRS)
        return "%s / %s" % (a, b)
    if form == 2:
        return "%s, Bay %d" % (rng.choice(ST_PAIRS)[0], rng.randrange(1, 25))
    return "%s @ %s – Platform %d%s" % (
        rng.choice(ST_STREETS), rng.choice(ST_STREETS), rng.randrange(1, 12), rng.choice(["", "a", "b"]))


# --------------------------------------------------------------------------
# gtfs_row: GTFS-like ids and rows pasted into import/correction forms
# --------------------------------------------------------------------------
GTFS_ROW = [
    "stop_id,stop_name,stop_lat,stop_lon,location_type,parent_station",
    'S1042,"Main St & 5th Ave",40.712776,-74.005974,0,STN10',
    "8503000,Zürich HB,47.378177,8.540212,1,",
    '8503000:0:31,"Zürich HB, Gleis 31",47.378010,8.537950,0,8503000',
    'de:08111:6118:1:2,"Stuttgart Hbf (tief), Gleis 2",48.784080,9.181636,0,de:08111:6118',
    "490000077E,Elephant & Castle,51.494536,-0.100606,0,",
    'S2201,"Rue de l\'Église",48.85661,2.35222,0,',
    "route_id,agency_id,route_short_name,route_long_name,route_type,route_color,route_text_color",
    'R42X,MTA,42X,"Airport Express (limited stops)",3,0072CE,FFFFFF',
    'U2,BVG,U2,"Pankow <> Ruhleben",1,DA421E,FFFFFF',
    "trip_id,route_id,service_id,trip_headsign,direction_id,shape_id",
    'T-0415-0745,R42,WKDY,"Downtown via Union Sq",0,SHP42A',
    "service_id,monday,tuesday,wednesday,thursday,friday,saturday,sunday,start_date,end_date",
    "WKDY,1,1,1,1,1,0,0,20240101,20241231",
    "trip_id,arrival_time,departure_time,stop_id,stop_sequence,pickup_type,drop_off_type",
    "T-N5-2310,25:05:00,25:05:00,S0077,14,0,1",
    "fare_id,price,currency_type,payment_method,transfers,transfer_duration",
    "ADULT,2.90,EUR,0,,5400",
    "agency_id,agency_name,agency_url,agency_timezone,agency_lang",
    'MTA,"Metro Transit Authority",https://transit.example/,America/New_York,en',
    "shape_id,shape_pt_lat,shape_pt_lon,shape_pt_sequence,shape_dist_traveled",
    "from_stop_id,to_stop_id,transfer_type,min_transfer_time",
    "S1042,S1043,2,180",
    "feed_publisher_name,feed_publisher_url,feed_lang,feed_version",
    '"Metro Transit",https://transit.example/open-data,en,2024.04.15-r2',
    "S1042\tMain St & 5th Ave\t40.712776\t-74.005974",
    "S1042;Main St & 5th Ave;40,712776;-74,005974",
    '{"stop_id":"S1042","stop_name":"Main St & 5th Ave","wheelchair_boarding":1}',
    '{"route_id":"R42","route_type":3,"route_color":"0072CE"}',
    "calendar_dates.txt: WKDY,20241226,2  # Boxing Day, no weekday service",
    "stops.txt line 1187: stop_lat out of range (-91.2) -> should be -19.12?",
    "T-42-PEAK,07:00:00,09:30:00,360,0",
    'L-1,-1,"Mezzanine (-1)"',
    'PW12,S1042-E1,S1042-P2,2,1,,,,,"Lift to platform 2"',
    'stops,stop_name,fr,"Gare centrale",,,S1000',
    'ATT1,,,,"Données © Métropole, ODbL",,1,,,',
    'R12,MTA,12,"Crosstown / Union Ave",3,,',
    "42|Airport Express|3|0072CE",
    "8000105,Frankfurt (Main) Hbf,50.107145,8.663789,1,",
    '1000,"Gare Saint-Lazare",48.876242,2.324927,1,',
    "NL:S:ut,Utrecht Centraal,52.089444,5.110278,1,",
    "JR-1130208,東京,35.681236,139.767125,1,",
    'PL-5100069,"Kraków Główny",50.067780,19.947780,1,',
    'S3305,"Oak St ""far side""",47.609700,-122.333100,0,',
    'R9,MTA,9,"Hospital – Riverside",3,,,"Runs every 10\' peak; 20\' evenings & Sundays"',
    "S1042 -> S1042A (stop moved 40 m north, same stop_code 1042)",
    "route_short_name='U2', route_type=1 (subway), agency_id=BVG",
    "trip_headsign should read \"Downtown\" not \"Downtown \" (trailing space) on T-0415-*",
    "stop_code 1042 / stop_id S1042 / platform_code 2 / zone_id A",
    "WE,0,0,0,0,0,1,1,20240601,20240901",
    "SHP42A,40.712776,-74.005974,1,0.0",
    "T-0415-0745,07:45:00,07:45:00,S1042,1,,0,0,0.0,1",    "stop_id,stop_name,stop_lat,stop_lon\nS1042,\"Main St & 5th Ave\",40.712776,-74.005974\nS1043,\"Main St & 7th Ave\",40.714100,-74.003200",
    "trip_id,arrival_time,departure_time,stop_id,stop_sequence\nT-N5-2310,23:10:00,23:10:00,S0001,1\nT-N5-2310,24:02:00,24:02:00,S0077,14",
]

G_STOP_NAMES = [
    "Main St & 5th Ave", "Oak St / Birch Ave", "Central Station (Bay 4)", "Harbour Ferry Terminal",
    "Rathaus", "Gare de l'Ouest", "Königsplatz", "Plaza Mayor", "St Mary's Hospital", "Mill Rd & Bridge St",
    "Uni Campus Nord", "Stadium East Gate", "Messe Süd / Halle 3", "Riverside P&R",
]
G_PREFIX = ["S", "STP", "de:09162:", "NL:Q:", "490000", "FR:"]
G_SERVICES = ["WKDY", "SAT", "SUN", "WE", "SCHOOL", "HOL"]


def tpl_gtfs_row(rng):
    form = rng.randrange(4)
    if form == 0:
        return '%s%d,"%s",%.6f,%.6f,%d,' % (
            rng.choice(G_PREFIX), rng.randrange(100, 99999), rng.choice(G_STOP_NAMES),
            rng.uniform(40.0, 60.0), rng.uniform(-10.0, 20.0), rng.choice([0, 0, 0, 1]))
    if form == 1:
        h = rng.randrange(5, 26)
        m = rng.randrange(0, 60)
        return "T-%s-%02d%02d,%02d:%02d:00,%02d:%02d:30,S%04d,%d,0,0" % (
            rng.choice(G_SERVICES), h % 24, m, h, m, h, m, rng.randrange(1, 9999), rng.randrange(1, 40))
    if form == 2:
        return "%s,2024%02d%02d,%d" % (
            rng.choice(G_SERVICES), rng.randrange(1, 13), rng.randrange(1, 29), rng.choice([1, 2]))
    return "SHP%d%s,%.6f,%.6f,%d,%.1f" % (
        rng.randrange(1, 99), rng.choice(["A", "B"]), rng.uniform(40.0, 60.0), rng.uniform(-10.0, 20.0),
        rng.randrange(1, 400), rng.uniform(0, 25000))


# --------------------------------------------------------------------------
# service_alert: alert and detour notices written by control-room staff
# --------------------------------------------------------------------------
SERVICE_ALERT = [
    "Due to a water main break on Union Ave, Route 12 is detoured via Oak St. Stops 1041–1049 are closed; please use the temporary stops on Oak St & 3rd.",
    "⚠️ Elevator at Central (Platform 2 ↔ concourse) out of service until 18:00. Step-free alternative: exit via Gate B and use the street lift on Market St.",
    "Minor delays (<10 min) on the Red Line after an earlier signal problem at Kendall. Trains are running; allow extra time.",
    "Streik: Am Montag, 14.10., verkehren zwischen 03:00 und 23:00 Uhr keine S-Bahnen. Ersatzverkehr nur eingeschränkt möglich.",
    "Travaux : la ligne 7 est interrompue entre Place d'Italie et Villejuif – Louis Aragon du 5 au 9 août. Des bus de remplacement circulent toutes les 6 min.",
    "Kiss & ride / drop-off zone at Airport T2 is closed today; please use Level -1 (short-stay car park, first 10 min free).",
    "Service suspended due to police activity near 42 St. Northbound & southbound trains are bypassing the station.",
    "Weekend closure: Sat 00:01 – Mon 04:30, no trains between Exchange and Harbour. Shuttle buses every 8 min from Stop H (outside the Union Hotel).",
    "Detour: Routes 5/5A/5X use Main St -> Elm St -> 3rd Ave (northbound only) until 22 May.",
    "Heat advisory: free water at all ticket offices. AC on some older Line 2 cars may be reduced to 'eco' mode; please let others sit if they need to.",
    "人身事故の影響で、中央線快速は東京〜立川間で運転を見合わせています。再開見込みは10:30頃です。",
    "Aviso: la estación Sol permanecerá cerrada por obras del 1 al 15 de julio; utilice Gran Vía o Tirso de Molina.",
    "Geen treinen tussen Utrecht Centraal en Amersfoort Centraal door een seinstoring. NS zet bussen in; reistijd +45 min.",
    "因设备故障，地铁2号线列车晚点约10分钟，请乘客合理安排出行。",
    "4호선 열차가 신호 장애로 약 15분 지연 운행 중입니다. 이용에 불편을 드려 죄송합니다.",
    "Linea M1: chiusa la stazione Duomo dalle 20:00 per manifestazione; i treni non fermano.",
    "Utrudnienia: tramwaje linii 8 i 18 kursują objazdem przez ul. Piłsudskiego (awaria sieci trakcyjnej).",
    "Snow plan in effect: Routes 3, 7 & 15 run on main roads only; hillside stops (Crest Dr, Summit Ave) not served.",
    "UPDATE 14:05 — Line 4 restored. Residual delays up to 20'; trains may skip Museum to regain schedule.",
    "Ferry F2 cancelled (swell > 2.5 m). Next sailing 16:40 if conditions allow; tickets valid on Bus 700.",
    "Lift at Platform 9 out of order; step-free access via Platform 10 & footbridge lift. Staff on hand to help.",
    "Route 66 stop 'Drop-In Centre' relocated 50 m north (outside #212) during roadworks.",
    "No service on the Union line tonight after 21:00 for track work. Use replacement bus 40 from Bay 3.",
    "Special event: Stadium Express shuttles run every 3 min from 17:00; last shuttle departs 30 min after the final whistle.",
    "Escalator 3 at Exit A under maintenance 09:00–15:00 ; use the stairs or lift at Exit C.",
    "Bus bay change at the Interchange: Route 14 now departs from Stand K (was Stand F).",
    'Haltestelle "Am Markt" (Richtung Hbf) ist wegen Weihnachtsmarkt bis 23.12. aufgehoben; bitte Ersatzhaltestelle "Rathaus" nutzen.',
    "Rail replacement: coaches replace trains between Sheffield & Doncaster all day Sunday. Bikes can't be carried; assistance dogs welcome.",
    "Expect crowding on the 07:45 & 08:15 to Central — the 08:00 is cancelled (driver shortage). Sorry!",
    "Signal failure at Bank: Northern line (City branch) part-suspended between Kennington <-> Moorgate.",
    "RER B : trafic interrompu entre Gare du Nord et Aéroport CDG 2 en raison d'un colis suspect à Aulnay-sous-Bois.",
    "Alert: Route 42 northbound is running ~15 min late due to a collision (no injuries) on Highway 7 at Exit 21.",
    "Accessible-boarding notice: the ramp on Bus 4417 is being repaired; Route 9 trips at 10:12 & 14:42 may use a high-floor bus. Call 555-0134 to request an accessible vehicle.",
    "Power outage downtown: traffic signals dark on 5th Ave; buses may be delayed 10–20 min.",
    "Chuyến xe buýt số 18 tạm ngừng hoạt động do ngập nước tại đường Nguyễn Hữu Cảnh.",
    "Due to a fire alarm, Central Station was evacuated at 16:42. All exits reopened; service resumed 17:05.",
    "Rutebåten til Askøy går ikke i dag pga. uvær. Buss 300 kjører ekstra avganger.",
    "Τροποποίηση δρομολογίων: η γραμμή Χ95 εκτελεί δρομολόγια κάθε 30' λόγω απεργίας.",
    "Route 3 diverted: Cathedral St closed (marathon). Board at temp. stops on Queen St / King St.",
    "⚡ Overhead line damage between Holm & Wick — trains terminate at Holm. Replacement buses (yellow 'Rail Replacement' signs) from the forecourt.",
    "Platform change: 10:32 to Brighton now departs from platform 13 (not 9).",
    "Tap-on readers on Line 1 buses are offline; board via the front door and show your ticket/pass. You won't be charged a fare today.",
    "App outage: real-time arrivals may show 'Scheduled' instead of live times. Timetables on stop posters are still valid.",
    "Fog: Airport Rail Link running at reduced speed; journey time ~35 min instead of 28.",
    "Reminder: Easter Monday = Sunday timetable on all routes (except 24h lines N1–N9).",
    "Flood warning: underpass at Riverside stop closed. Use the crossing at Mill Rd & Bridge St.",
    "Rulletrapperne på Nørreport står stille pga. strømsvigt — brug elevatoren ved Frederiksborggade.",
    "Demonstration 'Save our Buses' on Saturday 12:00–15:00: Routes 1, 2 & 8 diverted around Parliament Sq.",
    "Smoke reported at Museum; trains are running through without stopping while the fire brigade checks. No danger to passengers.",
    "Kurzfristiger Fahrzeugausfall: Die Fahrt 7:12 ab Schulzentrum entfällt. Nächste Fahrt 7:27.",
    "Ice on the tracks: first trams from the depot run de-icing trips without passengers until 05:30.",
    "A broken-down freight train near Junction 4 means northbound services are diverted via Elm Park; expect +25 min.",
    "From 22:00: Line 6 trains run every 12 min; last train from Airport 00:47 (Fri/Sat 01:32).",    "Route 12 detour\n\nFrom 14:00 today until further notice:\n- stops 1041–1049 closed\n- temporary stops on Oak St & 3rd\n\nSorry for the inconvenience.",
]

AL_LINES = ["Route 4", "Route 12", "Route 42/42X", "Line 2", "Tram 8", "Red Line", "Ferry F1", "Night bus N3", "S5", "U2", "Linie 6"]
AL_ISSUES = [
    "delays of 10–15 min after a broken-down bus at Elm St",
    "detour via Oak St & 3rd Ave (road closed for a street fair)",
    "stop #1042 'Main St & 5th' temporarily closed",
    "reduced frequency (every 20' instead of 10') due to staff shortage",
    "no service between Museum <-> Zoo (track inspection)",
    "lift at the interchange out of order",
    "crowding expected after the concert at the Arena (ends ~22:30)",
    "diverted around Union Sq while the parade passes",
]
AL_ACTIONS = [
    "Allow extra time",
    "Use Route 9 or the tram as an alternative",
    "Replacement buses run from Bay 3",
    "Step-free alternative: Platform 4 lift",
    "Tickets & passes are accepted on the replacement service",
    "Follow staff directions & the yellow signs",
    "Check the app for live times",
]


def tpl_service_alert(rng):
    return "%s: %s. %s." % (rng.choice(AL_LINES), rng.choice(AL_ISSUES), rng.choice(AL_ACTIONS))


# --------------------------------------------------------------------------
# timetable_note: timetable change notes and footnotes
# --------------------------------------------------------------------------
TIMETABLE_NOTE = [
    "From 9 Dec, Route 42's first bus leaves at 05:12 (was 05:20); Saturday frequency improves from every 20 to every 15 min.",
    "Mon–Fri only; not on public holidays (*). Times in bold = low-floor tram.",
    "'R' = request stop: signal the driver. 'x' = sets down only. 'd' = departure time.",
    "Fahrplanwechsel am 15.12.: Linie 6 fährt im 10-Minuten-Takt; letzter Bus ab Hbf 0:45 statt 0:15.",
    "Trips marked § run during school terms only; § trips don't run 22/12 – 06/01.",
    "Footnote a) = via Hospital; b) = terminates at Depot (not in service beyond).",
    "The 23:55 departure shows as 25:55 in the GTFS feed (after-midnight times) — not a typo.",
    "Headways: peak 6', off-peak 10', evenings & Sundays 15'.",
    "NB: times at timing points only; intermediate stops are approx. (±2 min).",
    "Dès le 2 septembre, le bus 38 partira de Gare de l'Est toutes les 8 min en heure de pointe (au lieu de 10).",
    "Route 7 weekday timetable v2024.2 supersedes v2024.1; trips 7-013 & 7-014 removed, 7-021 retimed +3 min.",
    "Saturday service = weekday service minus the 'X' express trips.",
    "Sunday & holiday timetable applies on 25/12, 26/12 and 01/01; no night buses on 24/12 after 20:00.",
    "Connection guaranteed: train arrives 18:04, bus departs 18:10 (waits up to 5 min if the train is late).",
    "Summer timetable (1 Jul – 31 Aug): Route 30 extended to the Beach (stops B1–B4); in winter it terminates at the Pier.",
    "Departure times from Union Square changed: :05, :25, :45 → :08, :28, :48.",
    "平日ダイヤ改正：3月16日より、始発を5:10から5:00に繰り上げます。",
    "Zmiana rozkładu: od 1.09 linia 144 kursuje co 15 min w dni robocze (wcześniej co 20).",
    "Новое расписание с 1 июня: автобус №7 ходит до 0:30, интервал 12–15 минут.",
    "The 06:40 from Depot runs 'not in service' to Hospital, then in service from 06:52.",
    "Times shown are 'leave by' times; please be at the stop 2–3 minutes early.",
    "Route 9A now runs every 30 min Mon–Sat (07:00–19:00); Sundays every 60 min; no evening service.",
    "Last train times: Fri & Sat extended to 01:30; Sun–Thu unchanged (00:30).",
    "'Limited stop' journeys (L) do not stop between Oak St and 12th Ave.",
    "Het nieuwe dienstregelingsjaar begint op 15 december; de sprinter Utrecht–Zwolle rijdt 4x per uur in de spits.",
    "Ab 7.1.: Linie 5 endet abends (ab 20 Uhr) an der Schleife Süd; Anschluss an Bus 55 -> Klinikum.",
    "Horário de verão: barcos de 20 em 20 min entre Cais do Sodré e Cacilhas (07:00–21:00).",
    "Route 21 timings adjusted by -2/+4 min to reflect the new traffic lights at Main & 3rd.",
    "The 17:20 from Central is now a 17:25; the 17:50 is now a 17:47. All other times unchanged.",
    "Holiday service on Labor Day: Saturday schedule; Route 100 express does not run.",
    "Timetable PDF v3 corrects an error in v2: the 08:10 Sat trip runs to Airport, not Zoo.",
    "Trips shown in grey are operated by a partner company; fares & passes are accepted as normal.",
    "Where two times are shown (e.g. 10:14/10:16), the first is arrival & the second is departure.",
    "Dalla prossima settimana la corsa delle 6:45 partirà alle 6:40 per garantire la coincidenza con il regionale.",
    "Horario: los sábados el primer servicio sale a las 6:30; domingos y festivos a las 7:15.",
    "Interval on Line B increased to 4 min (from 3) between 10:00 and 16:00 for maintenance.",
    "Night bus N3 replaces Route 3 from 00:15; N3 runs hourly at :15 until 05:15.",
    "School trip 715 (Mon–Fri, term time) leaves the Academy at 15:25, 10 min after the last bell.",
    "Ferry times depend on the tide; sailings marked ~ may be up to 20 min late at low water (<0.8 m).",
    "Winter weekend engineering: Sat/Sun until 16 Feb, trains every 20 min instead of 10 between 06:00–10:00.",
    "The timetable uses the 24h clock; times after midnight appear as 00:xx at the end of the column.",
    "Revised: Route 88 no longer serves 'Industrial Estate (Unit 5)' after 19:00; last bus there at 18:47.",
    "Service id WKDY covers Mon–Fri; SAT & SUN are separate. Holiday dates are listed in calendar_dates.",
    "From 1 April the 'hail & ride' section on Moor Lane ends; please use the new fixed stops.",
    "Frequency boost on Line 1 (Mo–Fr): 05:30–09:00 every 4 min, 15:00–19:00 every 4 min; otherwise 7-8 min.",
    "Zeiten in Klammern (..) = Halt nur bei Bedarf.",
    "Typo fix: Route 5 Sunday first bus is 07:05 — not 7:50 as printed on the stop poster.",
    "Underlined times: the bus waits for the connecting train (max. 3 min).",
    "Airport buses run 24/7; between 01:00 and 04:00 every 30 min, otherwise every 10-15 min.",
    "Change notes v2024.05: +2 trips (Route 14 at 22:10/22:40), -1 trip (Route 16 06:02), stop S2204 renamed 'Mill Rd'.",
    "Vanaf 3 juni rijdt lijn 22 niet meer via het Stationsplein; halte 'Centraal Station' verplaatst naar perron B.",
    "Operator's note: trip 42-0745 uses a double-decker (capacity 90) from 6 May.",
    "Bus 201: horario reducido en agosto; consulte los avisos en la parada o en la web.",    "Mon–Fri: every 10 min\nSat: every 15 min\nSun & holidays: every 20 min\n* last bus 00:15",
]

TT_DATES = ["2 Jan", "15 Mar", "1 Apr", "6 May", "3 Jun", "1 Sep", "9 Dec", "15.12.", "7.1.", "01/07"]
TT_ROUTES = ["4", "7", "9A", "12", "14", "21", "42", "42X", "66", "88", "N3", "S5"]
TRAM_LINES = ["2", "3", "8", "11", "16", "18"]
TT_CHANGES = [
    "runs every %d min (was every %d)",
    "first departure moves to 05:%02d",
    "last departure moves to 23:%02d",
    "no longer serves stop S%d after 20:00",
    "Saturday trips at :%02d past the hour are withdrawn",
]


def tpl_timetable_note(rng):
    ch = rng.choice(TT_CHANGES)
    n = ch.count("%")
    if n == 2:
        a = rng.choice([6, 7, 8, 10, 12, 15])
        ch = ch % (a, a + rng.choice([2, 3, 5]))
    elif "S%d" in ch:
        ch = ch % rng.randrange(1000, 9999)
    else:
        ch = ch % rng.randrange(0, 60)
    tail = rng.choice(["", " (Mon–Fri only)", " — see footnote *", "; other times unchanged", " except school holidays"])
    return "From %s, Route %s %s%s." % (rng.choice(TT_DATES), rng.choice(TT_ROUTES), ch, tail)


# --------------------------------------------------------------------------
# rider_feedback: comments, complaints, praise, accessibility requests
# --------------------------------------------------------------------------
RIDER_FEEDBACK = [
    "The driver on the 7:45 #42 was brilliant — waited for my mum's wheelchair ramp & didn't rush her. Thank you!",
    "Why does the app say 'Arriving' for 10 minutes?? It's been 'Due' since 8:02 :-(",
    "Please bring back paper timetables at the Union Square stop; not everyone has a smartphone.",
    "Bus was 20 min late AGAIN and I missed my exam. This is the 3rd time this month.",
    'I\'m blind and use VoiceOver; the \'Plan trip\' button is read as "button, button". Could you add a proper label?',
    "Stops <200 m apart on Route 9 — could some be merged so the bus is quicker?",
    "Please don't drop the 11pm service on Route 8, I work late shifts at the hospital and it's my only way home.",
    "Union members at the hospital rely on the 05:50 bus; any cut would hit night-shift nurses hardest.",
    "I'd love to be able to select my seat on the intercity, like on airline apps.",
    "The ticket machine at Platform 1 says 'System error 0x80070005' and swallows my card.",
    "Need a ramp at Oak St (northbound) — the kerb is ~25 cm high, my chair can't make it.",
    "Request assistance: 14/06, 10:15 Leeds → York, I'm a power-chair user (chair + me ≈ 140 kg). Need a ramp at both ends.",
    "Hearing loop at the Gare Centrale ticket office doesn't work; on the T setting it just buzzes.",
    "Der Fahrer der Linie 6 hat heute früh einfach die Haltestelle „Am Markt“ ausgelassen!! Ich stand da & hab gewunken.",
    "Le chauffeur du 38 a été très aimable avec ma fille (poussette + 2 enfants). Merci à lui !",
    "El metro de la línea 3 iba lleno a las 8:10; ¿pueden poner más trenes en hora punta?",
    "駅のエレベーターがまた故障しています。ベビーカーで階段は無理です…",
    "Could you add 'quiet carriage' signage on the 17:30? People keep taking calls on speakerphone.",
    "5/5 ⭐⭐⭐⭐⭐ for the new night bus N3, finally I don't need a taxi after my shift.",
    "Display at stop #4411 shows '--:--' for every bus since Monday.",
    "App crashes when I type an apostrophe in the stop search (e.g. St Mary's). iOS 17.4, app v5.2.1.",
    "The 'Alerts' page on the website takes ages to load on 3G & the map never renders.",
    "Whoever cleans Tram 318 — it was spotless today, thank you :)",
    "There's a dangerous gap between train & platform at Harbour (Platform 2, rear carriage); please add 'mind the gap' markings.",
    "My guide dog was refused boarding on Route 14 at 13:20. Assistance dogs are allowed by law!",
    "Can the next-stop screens show the stop name in larger text? Hard to read with low vision.",
    "Pram space on the newer buses is too small for a double buggy; had to fold it with a sleeping baby :(",
    "Great job on the 'Sleep & Ride' night service, the dimmed lighting is a nice touch.",
    "Bike racks on the front of the 42 are always full by 8am. More racks, or bikes inside off-peak?",
    "The new seats on Line 2 are hard as rock. My back after 40 minutes = 😩",
    "On the 18:05 from Central, the driver was on his phone while driving (bus 2231). Not OK.",
    "Please announce stops in English & Spanish on Route 10 — many riders don't speak English.",
    "Real-time info said the bus was 2 min away, then it jumped to 'Cancelled'. Why not tell us earlier?",
    "I use a mobility scooter (class 2, 110 × 60 cm). Is it allowed on trams? The rules page is unclear.",
    "Request: tactile paving at the new Elm St stop; the platform edge is hard to find with a cane.",
    "My son (autistic) gets very stressed when announcements are loud & sudden. Any chance of a softer chime?",
    "Drivers switch the engines off at the depot in summer & the bus is like an oven when we board.",
    'The card reader beeped twice & the screen said "Card read error — try again", driver waved me on. Was I charged 2x?',
    "Please add a stop near the new school on Birch Ave; kids cross the 4-lane road to get to Stop 88.",
    "Excellent service from the lost property team — got my passport back in 2 days!",
    "كانت الحافلة رقم 5 مزدحمة جداً هذا الصباح، نرجو زيادة عدد الرحلات.",
    "रूट 15 की बस समय पर नहीं आती, कृपया ध्यान दें।",
    "Σας ευχαριστώ για την εξυπηρέτηση στο σταθμό Σύνταγμα.",
    'Wheelchair space was occupied by 3 suitcases and the driver said "not my problem".',
    "Suggestion: show the platform number in the trip planner results (e.g. 'Plat. 4') — saves running up & down stairs.",
    "Lots of people asking why Route 7 no longer goes to the library -- maybe put a sign at the old stop?",
    "Please allow contactless on the ferry too; right now it's cash only ($4.50 exact change!).",
    "I'm deaf; the only announcement about the platform change was audio. Please use the screens too.",
    "The alert pop-up in the app keeps appearing every time I open it, even after I dismiss it.",
    "Thank you to the staff at Harbour who helped me when I fainted on the platform on Tuesday morning.",
    "Temperature in the underground passage at Central > 35 °C in July; please install fans.",
    "Live map puts bus 42 in the middle of the river :) GPS issue?",
    "Please keep the front seats for elderly & disabled riders — maybe bigger stickers?",
    "Kinderwagen + Rollstuhl gleichzeitig im Bus? Der Fahrer meinte, nur einer darf mit. Stimmt das?",
    "Reset-password email never arrives (checked spam). My account uses my work address.",    "Hi,\n\nthe 06:40 from Depot skipped Birch Ave again today (3rd time this week).\nCould someone check?\n\nThanks, Sam",
]

FB_VEHICLES = [("Route", "bus"), ("Tram line", "tram"), ("Bus route", "bus")]
FB_ISSUES = [
    "was %d min late", "didn't stop at %s although I rang the bell", "was packed, couldn't get on at %s",
    "left %d min early", "had no working AC", "had the wrong destination on the display",
]
FB_ASKS = [
    "Please look into it.", "Can you add an extra trip?", "Thanks for checking :)", "Not the first time!",
    "Reference: my app trip log.", "Merci !", "Danke.", "Any news on this?",
]
FB_STOPS = ["Main St & 5th", "Oak St", "Central", "Harbour", "Rathaus", "Uni Campus", "Birch Ave"]


def tpl_rider_feedback(rng):
    issue = rng.choice(FB_ISSUES)
    if "%d" in issue:
        issue = issue % rng.randrange(3, 40)
    elif "%s" in issue:
        issue = issue % rng.choice(FB_STOPS)
    kind, veh = rng.choice(FB_VEHICLES)
    route = rng.choice(TRAM_LINES if veh == "tram" else TT_ROUTES)
    return "%s %s: the %s at %s %s. %s" % (kind, route, veh, _hhmm(rng), issue, rng.choice(FB_ASKS))


# --------------------------------------------------------------------------
# lost_found: lost-and-found reports
# --------------------------------------------------------------------------
LOST_FOUND = [
    "Lost: black Samsonite backpack on Route 42 (~07:50, towards Downtown). Contains a Dell laptop & a blue notebook with 'Calc II' on the cover.",
    "Found? Kid's pink umbrella with unicorns, Tram 3, seat near the rear door. She's heartbroken <3",
    "Verloren: braune Ledergeldbörse in der U2 Richtung Pankow, ca. 18:20. Inhalt: Ausweis, EC-Karte, Foto von meinem Hund.",
    'Left my glasses (Ray-Ban, case says "Optique Duval") on the 23:10 night bus N5.',
    "Wallet with ID in the name of M. O'Neill — if found please contact lost property, ref LP-2024-0415-118.",
    "Keys on a ring with a tiny Eiffel Tower & a car fob, dropped at Platform 3 (Central) around 5:30pm.",
    "iPhone 13 mini, green case with a 'sudo make me a sandwich' sticker, left on bus 2231 (Route 12).",
    "Grey laptop sleeve with a 'Little Bobby Tables' xkcd sticker — left on the 08:15 from Harbour.",
    "USB stick labelled 'thesis_FINAL_v3 (really final)' — lost on Line 4 between Museum & Zoo.",
    "Violin in a hard case (3/4 size), forgot it on the bench at Platform 2 at about 16:40 — please!!",
    "Perdu : un doudou lapin gris (oreille gauche recousue) dans le bus 38, mardi vers 17h.",
    "Perdí mi mochila azul en la línea 6 del metro, con libros de la universidad y un táper.",
    "忘れ物：黒い折りたたみ傘、山手線の内回り、渋谷駅付近で降車。",
    "Found by driver: 1 × child's left shoe (size 24), Route 9 bus 4417, handed in at North Depot.",
    "Lost hearing aid (right ear, beige) — probably on the 7:12 from the Schulzentrum.",
    'Lost: wedding ring (white gold, engraved "A & J 12.06.2010"), may have slipped off on the escalator at Exit A.',
    "Bag of groceries left on the 42X — not expecting it back, but there was insulin in it: 2 pens in a cool pack.",
    "Handed in: Nokia phone, cracked screen, lock screen shows a photo of a cat, found on Tram 318.",
    "Passport (Polish), name Nowak, lost between Kraków Główny & the airport train, 03/05.",
    "Zgubiłem portfel na przystanku Rondo ONZ, czarny, w środku legitymacja studencka.",
    "My son's school blazer (size 11-12, name tape 'T. Ahmed') on the 15:25 school bus.",
    "Lost skateboard ~8:30pm on Route 17; someone wrote 'no skating on the platform lol' on the deck.",
    "Black North Face jacket, M, with bus pass (photocard) in the inside pocket. Route 5 → Uni.",
    "Cello bow in a black tube case. Lost somewhere between the Concert Hall stop & the tram.",
    "Cat carrier (empty, thankfully!) left at the bus shelter on Main St & 5th.",
    "Brown envelope with documents for my 'Union Bank' appointment — left on the seat in carriage 4.",
    "Glasses case w/ prescription sunglasses, Route 66, Thursday ~10:30; the case has a 'Go Bears!' sticker.",
    "Gefunden: Kinderfahrradhelm (blau, mit Dinos) an der Haltestelle Rathaus, beim Fahrer abgegeben.",
    "Lost: Kindle with a cover that says 'Just one more chapter' on the 22:40 train from London.",
    "Insulin pump case (black pouch, zipper) — very important, please call if found! Lost on Line 1.",
    "Smartwatch (orange strap), think it fell off on Platform 1 when I was running for the train.",
    "Doll named 'Lulu' (blue dress, one shoe missing). Tram 8, around 11:00. Our daughter can't sleep without her.",
    "Lost a painting in bubble wrap (60×80 cm) — left it leaning against the luggage rack in coach C.",
    "ضاعت مني حقيبة يد سوداء في المترو، الخط الأول، محطة الشهداء.",
    "Hotel key card + printed boarding pass for flight TP 1351 on the airport shuttle.",
    'Bunch of keys found at Stop 1042, keyring says "Best Dad" — handed in at the Central ticket office.',
    "Lost: my hearing dog's yellow working jacket, Route 14, this afternoon.",
    "Left a box of marked exam scripts (30 of them!) on the 17:05 to Oxford. Teacher in despair.",
    "Ticket wallet with monthly pass #5521-0043 & my library card. Route 21, this morning.",
    "Found a set of dentures in a pink case on the N3... yes really. At the depot if anyone's missing them.",
    "Lost my crutch (silver, adjustable) on the ferry to Cacilhas, 19:40 sailing.",
    "Brieftasche mit 120 € und Fahrausweis verloren, Linie 5, Sitzplatz hinten links.",
    "Red suitcase (~20 kg) left on the platform at Airport station when I switched to the lift.",
    "Lost: black umbrella with a wooden handle. Honestly, there are probably 500 of those in your office 😅",
    "Item: Sony headphones, black, in a grey case / Route: 42 / Date: 2024-04-15 / Time: approx. 07:50",
    "Laptop charger (USB-C, 65W) left plugged into the socket at seat 23 on the intercity.",
    "Bicycle left chained at the station rack for > 2 weeks — please don't remove it, it's mine, I was in hospital!",
    "Notebook with handwritten recipes, brown leather, initials E.K.; it was my grandmother's, please.",
    "Lost a Lego set (still in the box) on the 16:55 from Central — a Christmas present 🎁",
    "Found: a walking frame left at the Harbour bus stop; the owner may be waiting for it.",
    "Gloves, pair, knitted, Norwegian pattern, Line 3, Saturday evening.",
    "Lost my external hard drive (2 TB) — it's labelled 'D:\\Backups\\Photos 2019-2023'.",    "Item: black backpack\nRoute: 42X\nWhen: Mon 15/04 ~07:50\nContents: laptop, notebook ('Calc II'), keys\nContact: reply to this form please",
]

LF_ITEMS = [
    "black umbrella", "blue backpack", "brown leather wallet", "set of keys (3 keys + fob)",
    "child's scooter", "grey scarf", "reading glasses in a red case", "phone (Samsung, black case)",
    "student ID card", "yellow raincoat", "tote bag from the library", "guitar in a soft case",
]
LF_WHERE = [
    "Route %s, back seat", "Tram %s near the doors", "the %s from Central", "Platform %s at Harbour",
    "the bench at stop %s", "the ferry, upper deck (%s sailing)",
]
LF_EXTRA = [
    "Reward offered.", "Please call if found!", "Sentimental value.", "Thanks in advance :)",
    "Name inside.", "Ref: LP-%d", "Merci d'avance.", "Danke!",
]


def tpl_lost_found(rng):
    where = rng.choice(LF_WHERE)
    if "Tram" in where:
        where = where % rng.choice(TRAM_LINES)
    elif "Route" in where:
        where = where % rng.choice(TT_ROUTES)
    elif "stop" in where:
        where = where % ("#%d" % rng.randrange(1000, 9999))
    elif "Platform" in where:
        where = where % rng.randrange(1, 9)
    else:
        where = where % _hhmm(rng)
    extra = rng.choice(LF_EXTRA)
    if "%d" in extra:
        extra = extra % rng.randrange(1000, 9999)
    when = "" if ":" in where else ", around %s" % _hhmm(rng)
    return "%s: %s on %s%s. %s" % (
        rng.choice(["Lost", "Lost", "Found", "Verloren", "Perdu"]), rng.choice(LF_ITEMS), where, when, extra)


# --------------------------------------------------------------------------
# fare_dispute: fare rules questions and fare-card disputes
# --------------------------------------------------------------------------
FARE_DISPUTE = [
    "I was charged €2.90 twice on 14/03 at 08:12 & 08:13; I tapped once at the gate. Card ending 4417. Please refund one.",
    "Daily cap is $5.80 but I paid $8.70 on 3 May (3 × $2.90). Why didn't the cap apply?",
    "Transfers within 90 min are free; > 90 min = new fare. Is 'within 90 min' counted from tap-on to tap-on?",
    "Got a £20 penalty fare because the reader at Exit B didn't beep; the tap-in is in my app history (10:42).",
    "My senior card (65+) was rejected at gate 3 — screen said 'card blocked'. I've had it for 2 years.",
    "Airport is in zone 3* (*surcharge €4 applies) — does the surcharge apply with a monthly zone 1-3 pass?",
    "Is the student discount 50% on all tickets or only on the monthly pass?",
    "Refund request: the 08:00 was cancelled and I had to take a taxi (receipt €34.50 attached). Delay > 60 min.",
    "I topped up €20 online at 23:58 but the balance still shows €0.40 after 3 days.",
    "Charged the maximum fare (£8.10) for an incomplete journey; I couldn't tap out because the gates were open (staff said 'just go').",
    "Fahrkarte für Kurzstrecke gekauft, Kontrolleur sagt, die gilt nur 3 Haltestellen — steht nirgends am Automaten!",
    "Ho pagato due volte lo stesso biglietto con la carta contactless, 1,50 € + 1,50 €, alle 8:05.",
    "Contrôle à Châtelet : amende de 50 € alors que mon pass Navigo était valide (dézonage le week-end !).",
    "家族割引の適用条件を教えてください。子供2人（6歳と11歳）と大人1人です。",
    "Child fare: is it 'under 12' or '12 and under'? The website says one thing, the machine another.",
    "Family ticket = 2 adults + up to 3 kids (<16); does a grandparent count as an adult?",
    "Your fare calculator says Zone A->C = $3.25 but the reader charged $4.00. Screenshot attached.",
    "I bought a 7-day pass on Mon 08:30 — does it expire Sun 23:59 or Mon 08:29?",
    "Card ending 5678 shows 'negative balance -€1.10' and now I can't tap on.",
    "Please merge my two accounts: old card (lost) & new card; the old one had a €15 balance + a 30-day pass.",
    "Why wasn't the off-peak fare applied? I tapped at 09:31 and off-peak starts at 09:30.",
    "Disputing fine ref PF-88231: the inspector wrote 'no valid ticket' but my mobile ticket was activated at 17:02 (proof attached).",
    "Fare rule question: if I go A→B→A within 2h, is the return free or a new fare?",
    "Bike ticket = €1.50 or free after 19:00? The signs at the station say both.",
    "Reduced fare for wheelchair users & one companion — do I need to register the companion?",
    "The machine gave no change from a €10 note for a €2.40 ticket (it said 'exact fare only' AFTER I inserted it).",
    "Contactless charged me £2.80 + £2.80 + £2.80 on one day but the cap is £8.10, so why £8.40?",
    "Student ID expired 31/08, new one issued 05/09; I was charged full fare in between — can I get the difference?",
    "Tarifzone: Ist der Flughafen in Zone B oder C? Die App zeigt B, der Automat C.",
    "Quiero reclamar un cobro doble en mi tarjeta de transporte: 2 × 1,70 € a las 7:45.",
    "Auto top-up took €50 three times in one day (€150 total!). Card ending 4417.",
    "Peak / off-peak boundary: is 16:00–19:00 inclusive of 19:00 exactly?",
    "I was told my concession pass is 'not valid before 09:30' but the leaflet says 'all day for 65+'.",
    "Monthly pass renewed on the 1st, but the gates kept rejecting it until the 3rd — had to pay €2.90 × 4 = €11.60.",
    "Refund for unused days on my annual pass (moving abroad 15/06). How is it calculated, pro rata?",
    "Was charged a transfer fee between bus & tram even though the app said 'free transfer ≤ 60 min'.",
    "Why does a Zones 1–2 ticket cost more on paper (€3.00) than on the card (€2.60)?",
    "Dispute: inspector fined me €60 because my son didn't have a ticket; under-6s travel free and he only turned 6 last week...",
    "Overcharged on the Airport Express: the 'airport supplement' was charged both ways though I only went one way.",
    "I gave my mother a 10-trip ticket — can she use it on Sundays? It says 'Mo-Sa' in small print.",
    "Group ticket for a school class (28 pupils + 3 teachers) on 12/06, Line 5 to the Museum. Price?",
    "Proof of purchase: order #TX-2024-000781, paid €49.00 by card, pass not showing in the app.",
    "Penalty fare appeal: the ticket machine at Oak St was out of order (screen: 'Out of service <E12>') & the app was down.",
    "Can I use the same card for 2 people (tap twice)? The reader let me, but was the 2nd one charged?",
    "Refund % for delays: 25% for 30-59 min, 50% for 60-119 min, 100% for 120+? Where's the official table?",
    "Transfer window says 'within 90 minutes'; my tap-on was 08:14, transfer tap 09:43 — 89 min, but I was charged.",
    "Low-income fare programme: I uploaded my benefits letter (PDF) twice, status is still 'pending'.",
    "Fare capping across operators? I use bus (Operator A) + tram (Operator B) — do both count towards the daily cap?",
    "Ticket says 'valid until 23:59' but I boarded the night bus at 23:55 and got fined at 00:10.",
    "The price list shows 'Adult $2.50 / Youth $1.25 / Senior $1.00' — is 'Youth' 6-17 or 13-18?",
    "Billet jeune -26 ans : le site refuse mon année de naissance (2000), alors que j'ai 24 ans.",
    "Please explain the entries 'FARE ADJ -0.60 / +0.60' on my statement for 2 May.",    "Date: 14/03\nTap 1: 08:12 Central gate 4 – €2.90\nTap 2: 08:13 Central gate 4 – €2.90\nOnly one journey made. Please refund €2.90.",
]

FD_CUR = [("€", "%.2f"), ("$", "%.2f"), ("£", "%.2f"), ("", "%.2f zł"), ("", "%.2f CHF")]
FD_STOPS = ["Central", "Harbour", "Union Sq", "Museum", "Airport", "Oak St", "Rathaus", "Gare Centrale"]
FD_ASK = [
    "Please refund.", "Can you check the tap log?", "I only travelled once.", "Screenshot attached.",
    "This is the second time.", "Bitte um Erstattung.", "Merci de me rembourser.",
]


def tpl_fare_dispute(rng):
    sym, fmt = rng.choice(FD_CUR)
    amount = fmt % rng.choice([1.5, 1.7, 2.4, 2.6, 2.9, 3.25, 4.0, 5.8])
    return "Charged %s%s %d times on %02d/%02d at %s (%s); card ending %04d. %s" % (
        sym, amount, rng.choice([2, 2, 3]), rng.randrange(1, 29), rng.randrange(1, 13),
        rng.choice(FD_STOPS), _hhmm(rng), rng.randrange(0, 10000), rng.choice(FD_ASK))


# --------------------------------------------------------------------------
# ops_message: driver defect reports and dispatcher messages
# --------------------------------------------------------------------------
OPS_MESSAGE = [
    "Bus 4417: kneeling fails on kerb side; ramp deploys but warning beeper silent. Reported at depot 06:10.",
    "Veh 2231 — A/C blowing hot air, cabin temp > 30°C, passengers complaining. Swap at Union Depot?",
    "Tram 318: pantograph arcing near Exchange; running at restricted speed 15 km/h until checked.",
    "Rear door sensor faulty, doors won't close without override; used override x3 (logged).",
    "DISP -> all Rt 12 ops: detour via Oak St effective 14:00 until further notice; skip stops 1041–1049.",
    "42X run 7 is 11 min late, hold the 42 at Central for the connection (max 3 min).",
    "Driver 5521 requests relief at Harbour 17:30, feeling unwell.",
    "Block 3307 / run 12: swap to bus 2240 at Depot B; 2231 off-road (A/C).",
    "Engine warning 'STOP' lit on the dash after Main & 5th; pulled over safely, awaiting tow. 38 pax transferred to 4410.",
    "Ticket machine on bus 4417 shows 'SYSTEM ERROR - reboot'; rebooted x2, no fix; cash & passes only.",
    "Fz 318: Weiche 14 in der Schleife Hbf klemmt, bitte Störungsdienst schicken.",
    "Wipers intermittent on bus 1190 (driver side). Heavy rain forecast — please don't send it out on the 42.",
    "Brake judder at low speed, veh 2255, worse when hot. Odometer 412,877 km.",
    "Dispatcher: Route 9 buses short-turn at Elm St until the crash on Hwy 7 is cleared (ETA 45 min).",
    "Radio channel 3 has static & drops out between Pier and Museum — using ch. 5 as backup.",
    "Passenger fall on board bus 4417 at 08:22 (Oak St), minor injury, first aid given, incident form #IR-0415-03 filed.",
    "Wheelchair ramp on 2240 stuck halfway (manual release used). Needs workshop before next shift.",
    "Low tyre pressure warning, rear axle nearside, veh 3310; looks OK visually but gauge says 5.9 bar (<7.0).",
    "Destination display stuck on 'NOT IN SERVICE' — put the paper '42 Downtown' board in the windscreen.",
    "Fuel card declined at the North Depot pump (error 05). Bus at 1/4 tank, can do 1 more loop max.",
    "CCTV hard drive full on bus 2231 ('REC STOPPED' on the monitor).",
    "Dispatch to Tram 305: hold at Museum 2 min, track crew clearing the Exchange crossover.",
    "All ops: heavy snow, chains on for Crest Dr & Summit Ave; don't attempt the hill on Route 15 without them.",
    "Bus 4402 odometer not recording; trip logs for runs 3-5 may show 0 km.",
    "Vandalism: window 3 (offside) smashed at ~22:40 near Union Sq. No injuries. Police ref 24/118876.",
    "Smell of burning plastic from the rear engine bay on 1187 → stopped, evacuated, fire brigade called 15:03.",
    "DISP: Route 66 — school extras 66S run today (term starts), 2 buses from West Depot at 07:10.",
    "Request: driver training on the new validators; several drivers unsure how to 'close shift' (menu > 4 > 2).",
    "Bus 2210 mirror (nearside) cracked; clipped by a van at the stop on Mill Rd. Photos uploaded to the defect app.",
    "Horn not working on bus 4433; used lights to warn a cyclist. Unsafe — please fix before the PM peak.",
    "Dispatch: drop & go allowed at Stop 88 (school) 08:00–08:30 only; no layovers there.",
    "Heater stuck on MAX in the cab, veh 1905. Driver & pax cooking. ~38 °C.",
    "Tram 321 sanding system empty; don't run it on the Hill route in wet weather until refilled.",
    "Run 14 late leaving depot (bus failed pre-check: brake air pressure low). Sub bus 2278 dispatched 05:48.",
    "Fahrer meldet: Bus 7712 Rampe klemmt, Rollstuhlfahrer konnte an der Haltestelle Rathaus nicht einsteigen; Taxi bestellt.",
    "配車指令：5系統は道路工事のため、次の便から迂回ルートで運行してください。",
    "Kierowca zgłasza: w autobusie 1203 nie działa ogrzewanie, temperatura w kabinie 8°C.",
    "Dispatcher to all: AVL system reboot tonight 02:00-02:30; vehicles won't show on the map, use radio check-ins.",
    "Bus 3390 rear camera image flickers; reversing at depot only with a marshal.",
    "Passenger left a syringe on the back seat of 4417 — bus taken out of service for sharps cleanup.",
    "Seat 14 on tram 318: cushion torn, foam exposed; taped off for now.",
    "Blocked by a parked delivery truck on Elm St (no driver); waited 6 min, reversed & took 3rd Ave. Dispatch informed.",
    "Route 42 bunching: 3 buses within 2 min at Central. Hold 4410 for 4 min, 4417 for 8 min.",
    "Defect: exit door chime continuous even when closed ('DOOR 2 OPEN' alarm on dash). Bus 2244.",
    "Ops msg: radio check at 10:00; acknowledge with your run no. & location.",
    "Please tell maintenance: the destination blind on Tram 302 reads 'Depot' at both ends.",
    "Leaking coolant under 1190, ~1 L puddle in bay 7. Not moving it until checked.",
    "Driver 4082: shift swap agreed with 5521 for Sat (early <-> late), please update the roster.",
    "Dispatch: police asked us to avoid Union Sq 19:00-23:00 (protest). Routes 12 and 42 divert via Elm St & 3rd Ave.",
    "Bus 4417 — validator shows '>> PLEASE WAIT <<' forever after 13:00; cash only after that.",
    "Kneeling suspension not lifting back up after stops (bus leans). Bus 2266, feels unsafe at speed.",
    "Signal 47 stuck at red (Exchange); control authorised passing at danger, 10 km/h, line clear.",
    "Fire extinguisher missing from its bracket on 3312 (found at pre-trip check). Spare taken from stores.",
    "Emergency hammer missing at window 5, bus 2231; replaced from spares, stock now 0.",
    "DISPATCH: the exec shuttle charter for the conference uses buses 5001 & 5002 from 07:30 at Hotel Plaza.",    "Defect report\nVehicle: 4417\nFault: ramp warning beeper silent\nTime: 06:10\nDriver: 5521\nStatus: still in service",
]

OPS_DEFECTS = [
    "wheelchair ramp slow to deploy", "nearside mirror loose", "validator offline", "heater not working",
    "door 2 sticks on closing", "brake warning light flickers", "AVL not reporting position",
    "destination display blank", "wiper blade torn", "PA system crackling",
]
OPS_ACTIONS = [
    "Reported at depot.", "Still in service, please check tonight.", "Swapped at Central.",
    "Workshop booked for tomorrow 06:00.", "Logged in the defect app.", "Off-road until fixed.",
]
OPS_DISPATCH = [
    "hold %d min at Central for connections", "short-turn at Elm St", "detour via Oak St & 3rd Ave",
    "skip stops %d–%d (roadworks)", "run as express to Airport after 17:00", "report position on channel 5",
]


def tpl_ops_message(rng):
    if rng.random() < 0.5:
        return "Bus %d: %s. %s" % (rng.randrange(1000, 8000), rng.choice(OPS_DEFECTS), rng.choice(OPS_ACTIONS))
    instr = rng.choice(OPS_DISPATCH)
    if instr.count("%d") == 2:
        a = rng.randrange(1000, 9000)
        instr = instr % (a, a + rng.randrange(2, 9))
    elif "%d" in instr:
        instr = instr % rng.randrange(2, 6)
    return "DISP -> Rt %s run %d: %s (from %s)." % (rng.choice(TT_ROUTES), rng.randrange(1, 30), instr, _hhmm(rng))


# --------------------------------------------------------------------------
# open_data: open-data API URLs, feed paths and developer questions
# --------------------------------------------------------------------------
OPEN_DATA = [
    "https://api.transit.example/v1/departures?stop_id=S1042&limit=10&lang=de",
    "https://data.transit.example/gtfs/latest/google_transit.zip",
    "/feeds/gtfs-rt/trip-updates.pb?key=YOUR_API_KEY",
    "GET /v2/stops?bbox=-0.51,51.28,0.33,51.69&type=rail",
    "C:\\Users\\jana\\Downloads\\gtfs_2024-04\\stops.txt",
    "/home/opendata/feeds/2024/04/15/gtfs.zip",
    "Unzipped to ./gtfs and ran the validator on ../gtfs/stops.txt — 3 warnings about duplicate stop_code.",
    "https://transit.example/api/realtime/vehicles?route=42&format=json&fields=lat,lon,bearing",
    "curl -H 'Accept: application/json' 'https://api.transit.example/v1/alerts?route_id=R12'",
    "wss://stream.transit.example/vehicles?routes=4,42,42X",
    "https://data.transit.example/dataset/gtfs-static?format=zip&lang=fr",
    "Is there a historical archive? e.g. /archive/gtfs/2019-01-01.zip returns 404.",
    "Feed URL changed from http:// to https:// — the old link http://transit.example/gtfs.zip now redirects (301).",
    "Please add CORS headers (Access-Control-Allow-Origin: *) to the GTFS-RT endpoints so browser apps can use them.",
    "The licence page says CC BY 4.0 but the zip contains a LICENSE file with ODbL — which one applies?",
    "https://api.transit.example/v1/trip-planner?from=51.5074,-0.1278&to=51.4700,-0.4543&arriveBy=true&time=09:00",
    "https://api.transit.example/v1/stops/S1042/departures?date=2024-04-15&time=07:30&window=3600",
    "/opt/otp/graphs/default/gtfs.zip",
    "s3://transit-open-data/gtfs/2024-04-15/",
    "https://data.transit.example/gtfs-rt/vehicle-positions.pb (protobuf; add ?debug=true for text)",
    "curl -s 'https://api.transit.example/v1/vehicles?route=42' | jq '.vehicles[] | {id, lat, lon}'",
    "API returns HTTP 429 after ~60 req/min; is the limit per key or per IP?",
    "What's the difference between /v1/stops?q= and /v1/search?query= ?",
    "stop_times.txt is 1.2 GB; could you also publish a parquet version (e.g. /exports/stop_times.parquet)?",
    "https://transit.example/opendata/netex/NX-PI-01_DE_NAP_LINE_42_20240415.xml",
    "https://api.transit.example/siri/2.0/stop-monitoring.xml?MonitoringRef=S1042&MaximumStopVisits=5",
    "Docs bug: the example `GET /v1/routes/{route_id}` should be `/v1/routes/{routeId}` (camelCase).",
    "I load the feed into Postgres with \\copy stops FROM 'stops.txt' WITH (FORMAT csv, HEADER true) — fine, but stop_times needs 24:00:00+ stored as text.",
    "Developer key request: app 'NextBus Widget', callback https://widget.example.org/oauth/callback, contact dev@widget.example.org",
    "https://api.transit.example/v1/alerts?lang=ja&active=true&sort=-severity",
    "ftp://ftp.transit.example/pub/timetables/pdf/route_42_2024.pdf",
    "Mirror of the feed: https://mirror.transit.example/gtfs/?C=M;O=D",
    "GTFS-RT ServiceAlerts entity 'alert-2231' has header_text in 'de' but description_text is empty.",
    "In the Docker image: /usr/share/transit/feeds/current -> /usr/share/transit/feeds/2024-04-15 (symlink)",
    "Can you publish shapes as GeoJSON? e.g. https://api.transit.example/v1/shapes/SHP42A.geojson",
    "https://api.transit.example/v1/stops?name=St%20Mary%27s&limit=5",
    "https://api.transit.example/v1/stops?name=K%C3%B6nigs%20Wusterhausen",
    "https://api.transit.example/v1/journeys?from=Gare%20de%20l%27Est&to=Ch%C3%A2telet&via=",
    'Response for /v1/stops/S9999 is {"error":"not_found","code":404} but the docs say it returns [].',
    '{"stop_id": "S1042", "radius": 500, "modes": ["bus", "tram"]} — is this the right body for POST /v1/nearby?',
    "/v1/routes?$filter=route_type eq 3&$select=route_id,route_short_name",
    'GraphQL: { stop(id: "S1042") { name departures(limit: 5) { headsign time } } }',
    "Webhook for alerts: https://hooks.widget.example.org/transit-alerts?token=PLACEHOLDER",
    "Paths in the zip are nested (gtfs/gtfs/stops.txt) — the validator expects stops.txt at the root.",
    "https://transit.example/open-data/realtime#/ shows 'Loading…' forever in Firefox 124.",
    "feed_info.txt feed_end_date (20240331) is in the past; apps now show 'schedule expired'.",
    "~/projects/transit-widget/data/gtfs/ is where my script unpacks the feed; cron runs it at 03:15.",
    "https://api.transit.example/v1/vehicles?bbox=13.08,52.33,13.76,52.67&modes=tram|bus",
    "Ampersand in stop names breaks your XML export: 'Elephant & Castle' isn't escaped as &amp; in the NeTEx file.",
    "Timezone: stop_times are in agency_timezone (Europe/Berlin) and the RT timestamps are POSIX seconds in UTC, right?",
    "D:\\OpenData\\transit\\gtfs_20240415.zip → extracted with 7-Zip, stop_times.txt is corrupted (CRC error).",
    "https://data.transit.example/api/3/action/package_show?id=gtfs-static",
    "SELECT count(*) FROM stop_times gives 4.1M rows for the April feed vs 3.8M in March — is that expected?",    "GET /v1/departures?stop_id=S1042 HTTP/1.1\nHost: api.transit.example\nAccept: application/json\n\n-> returns 500 since this morning",
]

OD_ENDPOINTS = [
    ("departures", ["stop_id=S%d", "limit=%L", "lang=%s"]),
    ("vehicles", ["route=%s", "format=%s", "limit=%L"]),
    ("alerts", ["route_id=R%d", "lang=%s", "active=true"]),
    ("stops", ["q=%s", "limit=%L", "wheelchair=1"]),
    ("trips", ["route=%s", "date=2024-%02d-%02d", "direction=%B"]),
]
OD_LANGS = ["de", "fr", "en", "ja", "pl", "es", "nl", "it"]
OD_Q = ["Hbf", "Central", "St%20Mary%27s", "Gare%20de%20l%27Est", "K%C3%B6nigsplatz", "Union%20Sq", "Harbour"]
OD_FMT = ["json", "geojson", "csv", "pb"]


def _od_param(rng, p):
    if "%B" in p:
        return p.replace("%B", str(rng.randrange(2)))
    if "%L" in p:
        return p.replace("%L", str(rng.choice([5, 10, 20, 50, 100])))
    if p.count("%") == 2:
        return p % (rng.randrange(1, 13), rng.randrange(1, 29))
    if "%s" in p:
        if p.startswith("lang"):
            return p % rng.choice(OD_LANGS)
        if p.startswith("format"):
            return p % rng.choice(OD_FMT)
        if p.startswith("q="):
            return p % rng.choice(OD_Q)
        return p % rng.choice(TT_ROUTES)
    if "%d" in p:
        return p % rng.randrange(1, 9999)
    return p


def tpl_open_data(rng):
    ep, params = rng.choice(OD_ENDPOINTS)
    chosen = rng.sample(params, rng.choice([2, 3]))
    query = "&".join(_od_param(rng, p) for p in chosen)
    host = rng.choice(["https://api.transit.example/v1/", "https://api.transit.example/v2/", "/v1/"])
    return "%s%s?%s" % (host, ep, query)


CATEGORIES = [
    ("trip_search", TRIP_SEARCH, tpl_trip_search),
    ("station_name", STATION_NAME, tpl_station_name),
    ("gtfs_row", GTFS_ROW, tpl_gtfs_row),
    ("service_alert", SERVICE_ALERT, tpl_service_alert),
    ("timetable_note", TIMETABLE_NOTE, tpl_timetable_note),
    ("rider_feedback", RIDER_FEEDBACK, tpl_rider_feedback),
    ("lost_found", LOST_FOUND, tpl_lost_found),
    ("fare_dispute", FARE_DISPUTE, tpl_fare_dispute),
    ("ops_message", OPS_MESSAGE, tpl_ops_message),
    ("open_data", OPEN_DATA, tpl_open_data),
]


def build(rng):
    rows = []
    seen = set()
    stats = []
    for name, literals, tpl in CATEGORIES:
        need_lit = int(PER_CATEGORY * MIN_LITERAL_SHARE + 0.999)
        if len(literals) < need_lit:
            raise SystemExit("%s: only %d literals, need %d" % (name, len(literals), need_lit))
        values = []
        for v in literals[:PER_CATEGORY]:
            if v in seen:
                raise SystemExit("duplicate literal in %s: %r" % (name, v))
            seen.add(v)
            values.append(v)
        n_lit = len(values)
        tries = 0
        while len(values) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit("%s: template pool exhausted" % name)
            v = tpl(rng)
            if v in seen:
                continue
            seen.add(v)
            values.append(v)
        for v in values:
            rows.append((name, v))
        stats.append((name, len(values), n_lit))
    return rows, stats


def main():
    rng = random.Random(SEED)
    rows, stats = build(rng)
    out = []
    for i, (cat, value) in enumerate(rows, 1):
        if not isinstance(value, str) or not value or len(value) > 1800:
            raise SystemExit("bad value in %s: %r" % (cat, value))
        out.append({"id": "%s-%05d" % (PREFIX, i), "category": cat, "label": "benign", "value": value})
    ids = [o["id"] for o in out]
    vals = [o["value"] for o in out]
    assert len(set(ids)) == len(ids), "duplicate ids"
    assert len(set(vals)) == len(vals), "duplicate values"
    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    total_lit = 0
    for name, n, n_lit in stats:
        total_lit += n_lit
        print("%-16s %4d  (literals %d)" % (name, n, n_lit))
    print("%-16s %4d  (literals %d)" % ("TOTAL", len(out), total_lit))
    print("wrote %s" % path)


if __name__ == "__main__":
    main()
