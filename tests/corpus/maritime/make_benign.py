"""Held-out benign corpus for the maritime theme (shipping line and port systems).

Every value is text that crews, agents, planners, pilots, port staff and PSC
officers really type into ordinary fields: vessel search boxes, noon reports,
port-call records, bills of lading, stowage notes, pilot/tug requests, crew
notes, deck log entries, PSC deficiencies and EDI/AIS message fields.

The values are hard negatives: they are full of quotes (minutes and feet marks,
EDIFACT segment terminators), ';', '|', '&', '<', '>', '=', '--', '/*', '{}',
'$', backslashes, paths and URLs, and of words such as select, union, drop,
exec, sleep, script, alert, system or passwd used in their ordinary sense.

Hand-written literals make up most of every category; the rest comes from
small templates over hand-written pools. Check digits (IMO numbers, ISO 6346
container numbers, NMEA sentences) are computed, never copied.

Writes benign.jsonl next to this file; output is byte-identical on every run.
"""

import json
import random
from pathlib import Path

SEED = 5601
PREFIX = "hb56"
PER_CATEGORY = 80

# ---------------------------------------------------------------------------
# computed identifiers
# ---------------------------------------------------------------------------

_ISO6346 = {}
_v = 10
for _c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ":
    if _v % 11 == 0:
        _v += 1
    _ISO6346[_c] = _v
    _v += 1
for _d in "0123456789":
    _ISO6346[_d] = int(_d)


def container_check(owner_serial):
    """ISO 6346 check digit for 'ABCU123456'."""
    total = sum(_ISO6346[ch] * (2 ** i) for i, ch in enumerate(owner_serial))
    return total % 11 % 10


def make_container(rng, spaced=False):
    owner = rng.choice(OWNER_CODES)
    serial = "%06d" % rng.randrange(0, 1000000)
    cd = container_check(owner + serial)
    if spaced:
        return "%s %s-%d" % (owner, serial, cd)
    return "%s%s%d" % (owner, serial, cd)


def make_imo(rng):
    six = "9" + "".join(str(rng.randrange(10)) for _ in range(5))
    check = sum(int(six[i]) * (7 - i) for i in range(6)) % 10
    return six + str(check)


def nmea_checksum(body):
    x = 0
    for ch in body:
        x ^= ord(ch)
    return "%02X" % x


def make_mmsi(rng):
    mid, flag = rng.choice(MIDS)
    return "%s%06d" % (mid, rng.randrange(0, 1000000)), flag


def make_callsign(rng, flag):
    letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    prefix = CALLSIGN_PREFIX[flag]
    tail = "".join(rng.choice(letters) for _ in range(2)) + str(rng.randrange(2, 10))
    return prefix + tail


# ---------------------------------------------------------------------------
# hand-written pools for the templates
# ---------------------------------------------------------------------------

OWNER_CODES = ["MSCU", "TGHU", "HLXU", "CMAU", "TCNU", "MSKU", "OOLU", "SEGU",
               "TRHU", "FCIU", "CAIU", "BMOU", "TEMU", "GESU", "ONEU", "EMCU",
               "APZU", "CSNU", "YMLU", "HDMU", "ZIMU", "KKFU", "SUDU", "TLLU"]

MIDS = [("636", "Liberia"), ("538", "Marshall Islands"), ("352", "Panama"),
        ("373", "Panama"), ("477", "Hong Kong"), ("563", "Singapore"),
        ("256", "Malta"), ("248", "Malta"), ("209", "Cyprus"), ("241", "Greece"),
        ("219", "Denmark"), ("257", "Norway"), ("244", "Netherlands"),
        ("211", "Germany"), ("413", "China"), ("431", "Japan"), ("440", "Korea")]

CALLSIGN_PREFIX = {"Liberia": "D5", "Marshall Islands": "V7", "Panama": "3E",
                   "Hong Kong": "VR", "Singapore": "9V", "Malta": "9H",
                   "Cyprus": "5B", "Greece": "SV", "Denmark": "OX",
                   "Norway": "LA", "Netherlands": "PC", "Germany": "DH",
                   "China": "BO", "Japan": "7J", "Korea": "D7"}

VESSEL_NAMES = ["NORDIC BREEZE", "SEA LION", "ORIENT PEARL", "HAFNIA LEO",
                "BALTIC SELECT", "QUEEN'S HAVEN", "ST. JOHN'S BAY", "MARE NOSTRUM",
                "CAP D'ANTIFER", "L'ÉTOILE DU NORD", "NORDSTJÄRNAN", "ΑΓΙΑ ΕΙΡΗΝΗ",
                "İSTANBUL EXPRESS", "SÃO JOÃO DA BARRA", "UNION PIONEER",
                "PACIFIC DAWN", "GRANDE NAPOLI", "WISŁA STAR", "FJORDBRIS",
                "MSC ARINA", "EVER ALOT", "KAPITAN SOKOLOV", "远洋之星",
                "第八光栄丸", "ATLANTIC O'HARA", "SMITH & CO. No.3"]

FLAGS = ["Liberia", "Marshall Islands", "Panama", "Malta", "Singapore",
         "Hong Kong", "Cyprus", "Greece", "Norway (NIS)", "Denmark (DIS)",
         "Portugal (MAR)", "Bahamas"]

PORTS = [("NLRTM", "Rotterdam"), ("BEANR", "Antwerp"), ("DEHAM", "Hamburg"),
         ("SGSIN", "Singapore"), ("CNSHA", "Shanghai"), ("CNNGB", "Ningbo"),
         ("KRPUS", "Busan"), ("USLAX", "Los Angeles"), ("ESVLC", "Valencia"),
         ("FRLEH", "Le Havre"), ("GRPIR", "Piraeus"), ("AEJEA", "Jebel Ali"),
         ("JPTYO", "Tokyo"), ("BRSSZ", "Santos"), ("TRAMR", "Ambarli"),
         ("ITGOA", "Genova"), ("MAPTM", "Tanger Med"), ("LKCMB", "Colombo"),
         ("PLGDN", "Gdańsk"), ("NOOSL", "Oslo")]

BERTHS = ["ECT Delta 3", "Euromax 2", "Burchardkai 7", "Predöhlkai 1",
          "Pasir Panjang P24", "Yangshan Ph.IV 12", "Muelle de Levante",
          "Quai de l'Europe", "Pier II (Cosco)", "Marport 3", "PSA Pra' 2",
          "Deurganckdok 1742", "Berth 12 (tanker jetty)", "Ōi Pier 5"]

GOODS = ["ladies' cotton dresses", "frozen shrimps (-18°C)", "ceramic tiles 60x60 cm",
         "used tyres (baled)", "white refined sugar 50 kg bags", "furniture (flat-packed)",
         "auto spare parts & accessories", "green coffee beans, 60 kg jute bags",
         "PET resin, 1,000 kg big bags", "olive oil 'extra vergine' 12 x 1 L",
         "paper rolls (kraft)", "machinery parts — shipper's own packing",
         "men's leather shoes", "canned tuna in brine", "LED lamps & fittings",
         "steel wire rod in coils", "children's toys (non-battery)", "wine — 'Rioja Crianza'"]

SHIPPERS = ["Smith & Sons (Pty) Ltd.", "O'Neill & Daughters Trading Co. LLC",
            "Société Générale d'Affrètement", "Müller & Söhne GmbH",
            "Hà Nội Trading JSC", "Toyo Shoji Co., Ltd.", "Al-Noor Trading Est.",
            "Pacific Rim Imports, Inc.", "Orion Commodities FZE",
            "Ceylon Tea & Spice (Pvt) Ltd", "Türk Tekstil A.Ş.", "Guangzhou Bright Lamp Co."]

BL_PREFIXES = ["MEDUQ", "HLCUHAM", "ONEYNGBB", "COSU", "MAEU", "CMDUSHZ", "EGLV", "ZIMUHFA"]

STOW_INSTR = ["reefer +4°C, plug in immediately", "reefer -18°C, check set point vs booking",
              "DG class 3 — away from heat", "OOG over-height +32 cm, top stow",
              "heavy 20' (> 28 t), under deck only", "empty, may go to tier 92",
              "restow for NLRTM", "'do not overstow' — POD BEANR",
              "fumigated — stow on deck, away from accommodation",
              "IMO 9 lithium batteries — fire-fighting access both sides",
              "SOC tank — food grade, away from class 6.1",
              "flat rack with yacht — chain & webbing lashing"]

PILOT_STATIONS = ["P/S 'Bravo'", "Steenbank", "Elbe 1", "buoy 'Echo'",
                  "Pilot Station North", "Ushant boarding area", "fairway buoy",
                  "anchorage 'C'", "Outer Port Limits"]

RANKS = ["Master", "C/O", "2/O", "3/O", "C/E", "2/E", "3/E", "ETO", "Bosun",
         "AB", "OS", "Oiler", "Fitter", "Cook", "Messman", "Deck Cadet"]

CREW_NAMES = [("D'Souza", "Francis", "Indian"), ("O'Sullivan", "Patrick", "Irish"),
              ("Nguyễn", "Văn Hùng", "Vietnamese"), ("Pérez-Gómez", "José María", "Spanish"),
              ("Ljubičić", "Ante", "Croatian"), ("Bjørnstad", "Øyvind", "Norwegian"),
              ("Reyes", "Jonathan", "Filipino"), ("Dela Cruz", "Mark Anthony", "Filipino"),
              ("Kowalczyk", "Zbigniew", "Polish"), ("Shevchenko", "Ihor", "Ukrainian"),
              ("Mwangi", "Peter", "Kenyan"), ("Al-Hashimi", "Omar", "Jordanian"),
              ("Schäfer", "Jürgen", "German"), ("Tavita", "Sione", "Tongan"),
              ("Wang", "Jianguo", "Chinese"), ("Ivanova", "Oksana", "Ukrainian"),
              ("Şahin", "Emre", "Turkish"), ("D'Angelo", "Marco", "Italian"),
              ("Santos", "Rhea", "Filipino"), ("Abdul-Rahman", "Yusuf", "Indonesian")]

CREW_ACTIONS = ["sign-on", "sign-off", "relief delayed", "medical check",
                "contract extension +1 month", "visa pending", "repatriation",
                "shore leave", "promotion recommended", "familiarisation done"]

LOG_EVENTS = ["Pilot on board", "Pilot away", "Let go stbd anchor", "Anchor aweigh",
              "Fire & boat drill", "First line ashore", "All fast", "Let go all lines",
              "SBE", "FWE", "EOSP", "COSP", "Clocks retarded 1h", "Clocks advanced 1h",
              "Commenced cargo ops", "Completed cargo ops", "Bunker barge alongside",
              "Bunker barge cast off", "Enclosed space drill", "Steering gear test OK"]
UNDERWAY_EVENTS = ["Pilot away", "COSP", "EOSP", "Clocks retarded 1h", "Clocks advanced 1h",
                   "Fire & boat drill", "Altered course for traffic", "Entered TSS",
                   "Cleared TSS", "Reduced speed, restricted visibility", "Resumed sea speed",
                   "BNWAS tested OK", "Gyro error checked 1° L"]

PSC_ITEMS = [("07113", "Fire doors", "self-closing device inoperative"),
             ("10111", "Charts", "ENC permit expired"),
             ("14104", "Oil record book", "entries incomplete"),
             ("11101", "Lifeboats", "engine failed to start on first attempt"),
             ("04114", "Emergency fire pump", "insufficient pressure at hydrant"),
             ("13101", "Propulsion main engine", "fuel oil leakage on HP pipe"),
             ("15150", "ISM", "maintenance records not up to date"),
             ("18203", "MLC — hours of rest", "records show violations"),
             ("10127", "Voyage data recorder", "APT certificate expired"),
             ("07106", "Fire detection", "detector covered / disabled"),
             ("02101", "Closing devices", "ventilator flap seized"),
             ("14603", "MARPOL VI", "BDN sample not retained")]

PSC_ACTIONS = ["10 (rectified)", "16 (within 14 days)", "17 (before departure)",
               "15 (at next port)", "30 (ground for detention)"]


# ---------------------------------------------------------------------------
# 1. vessel_search: vessel names, IMO / MMSI / call signs, particulars, search box
# ---------------------------------------------------------------------------

VESSEL_SEARCH = [
    "NORDIC BREEZE",
    "Queen's Haven",
    "ST. JOHN'S BAY",
    "O'HIGGINS TRADER",
    "L'ÉTOILE DU NORD",
    "CAP D'ANTIFER",
    "SEA SELECT",
    "UNION PIONEER",
    "union star",
    "imo 9481219",
    "IMO9734563",
    "mmsi:538003712",
    "9HA4567",
    "call sign V7TE2 or D5QR8?",
    "vessels named \"Star\" & flag = Malta",
    "tanker < 10 yrs old, DWT > 100000",
    "bulk carriers 'Handymax' 45-60k dwt",
    "ÅLANDSFÄRJAN",
    "NORDSTJÄRNAN",
    "ΑΓΙΑ ΕΙΡΗΝΗ",
    "ΚΑΠΕΤΑΝ ΓΙΩΡΓΗΣ",
    "远洋之星",
    "第八光栄丸",
    "КАПИТАН СОКОЛОВ",
    "İSTANBUL EXPRESS",
    "SÃO JOÃO DA BARRA",
    "ex \"PACIFIC DAWN\" renamed \"DAWN OF TIDES\" 2021",
    "Sleeping Beauty (yacht, 42 m)",
    "Exec Decision — 38 m motor yacht, Valletta",
    "System Trader",
    "MSC ARINA / MSC ARINA II — which one calls Antwerp?",
    "\"Berlin Express\" voy 012E",
    "CMA CGM T. JEFFERSON",
    "name: PRIDE OF D'ENTRECASTEAUX; flag: FR (RIF)",
    "9321483; 9412347; 9215505",
    "MMSI 636019825 | 636019826",
    "tug \"Smit Sentosa\" -- still in drydock?",
    "Vessel: ALEXANDRA / Flag: Cyprus / Class: BV / P&I: UK Club",
    "vessel photos are in \\\\fileserver\\fleet\\photos\\NORDIC BREEZE",
    "Who's the DPA for \"Baltic Select\"?",
    "MV 'Scorpio' — not the tanker, the reefer one",
    "Nordic*",
    "gross tonnage >= 50,000 AND built after 2015",
    "call sign 3FXY7 (Panama) – MMSI 352001234",
    "Drop Zone II — RIB tender, no IMO",
    "WISŁA STAR ex-ODRA STAR",
    "ships managed by \"Union Maritime\" only",
    "'Seven Seas' OR 'Seven Oceans' – can't remember which",
    "IMO 9550125 shows wrong flag (Panama, should be Liberia since 01/2024)",
    "sister vessels of HAFNIA LEO (same yard & hull no. series 2301-2306)",
    "Kōyō Maru Nº 8",
    "ATLANTIC O'HARA — MMSI 538009991 — C/S V7XQ4 — built 2019 @ Hyundai Mipo",
]


def t_vessel_search(rng):
    name = rng.choice(VESSEL_NAMES)
    imo = make_imo(rng)
    mmsi, flag = make_mmsi(rng)
    cs = make_callsign(rng, flag)
    form = rng.randrange(5)
    if form == 0:
        return "%s — IMO %s, MMSI %s, C/S %s, flag %s" % (name, imo, mmsi, cs, flag)
    if form == 1:
        return "IMO %s / %s" % (imo, name)
    if form == 2:
        gt = rng.randrange(4000, 120000)
        dwt = int(gt * rng.uniform(1.3, 1.9))
        return "%s (%s) GT %s / DWT %s, built %d" % (
            name, flag, format(gt, ","), format(dwt, ","), rng.randrange(1998, 2025))
    if form == 3:
        return "mmsi:%s imo:%s" % (mmsi, imo)
    return "%s | %s | %s" % (cs, name.title(), flag)


# ---------------------------------------------------------------------------
# 2. noon_report
# ---------------------------------------------------------------------------

NOON_REPORT = [
    "Noon 14/03 UTC: Pos 12°34'N 045°12'E, SOG 13.2 kn, COG 218°, ROB HFO 812.4 t / VLSFO 210.0 t / MGO 96.3 t",
    "Pos 23°45.2'N 061°10.8'E; Dist run 312 nm; Avg spd 13.0 kn; DTG 1,184 nm; ETA Jebel Ali 17/0600 LT",
    "ROB: HFO=812.4; VLSFO=210.0; MGO=96.3; CYL OIL=14.2 m3; SYS OIL=38.0 m3",
    "Wind NE 5 / Sea 4 / Swell SW 2.5m > forecast; speed loss ~0.8 kn due adverse current",
    "NOON REPORT 02/11\nLat 35°12'S Long 018°40'E\nCourse 092° / Speed 11.8 kn\nME RPM 74 / Slip 6.1%\nFO cons 31.2 t (ME 28.9 + AE 2.3)\nRemarks: rounding Cape Agulhas, heavy swell, speed reduced",
    "Slow steaming as per charterers' instructions — RPM <= 70, eco speed 11 kn",
    "HFO cons 38.5 t/day vs C/P 'about 37 t' — within 5% allowance",
    "Steaming time 24h00m; stoppages 0h00m; clocks adv. +1h at 2200",
    "ME stopped 1h12m (0930-1042 LT) for fuel valve change cyl #3; resumed full sea speed",
    "BROB: HFO 1,204.6 mt; MGO 88.1 mt — bunkering at Fujairah 23/04 (800 mt VLSFO ordered)",
    "Position at noon: 01°16.4'N 103°50.2'E, drifting off Singapore awaiting orders",
    "No. 2 D/G under maintenance (fuel pump overhaul), D/G 1 & 3 running in parallel",
    "Vessel in ECA since 0415 UTC — c/o to MGO 0.1% S completed 0330 UTC, log entry made",
    "SOG 14.6 / STW 13.9 → +0.7 kn favourable current (Agulhas)",
    "Weather: BF 8, rough seas, heavy pitching & slamming, course altered to 250° for safety",
    "Fresh water ROB 212 t; produced 18 t; consumed 21 t",
    "Noon pos 48°21'N 005°04'W (Ushant TSS). Avg speed since COSP: 15.1 kn",
    "Sludge tank at 62% — will discharge to shore reception in Rotterdam",
    "ETA Suez PS 0200 LT 09/06 subject to weather & convoy; canal transit booked S/B",
    "Draft F 9.8 / A 10.4 m; Displ 58,200 t",
    "Report corrected: previous ROB VLSFO read 210.0, should be 201.0 — typo, pls amend",
    "Mittagsposition 54°10'N 007°30'E, Fahrt 12,4 kn, Wind SW 6, Seegang 4; Restbestand MGO 96 t",
    "Posición al mediodía 36°05'N 005°21'W; velocidad media 12,6 nudos; ROB fuel 540 t; sin novedad",
    "正午报告：船位 22°18'N 114°10'E，航速 12.5 节，剩余重油 812 吨，预计 15日 0800 抵港",
    "Полуденный отчёт: координаты 59°53'N 029°46'E, скорость 10,2 уз, остаток топлива 410 т",
    "Average RPM 78.3 | ME load 62% | TC rpm 14,200 | Exh temp 345°C",
    "Bad weather clause: 0600-1800 wind > BF 6 → excluded from performance calc",
    "Cons (24h): HFO 0 / VLSFO 34.2 / MGO 1.1 — ULSFO n/a",
    "Distance to go < 200 nm; NOR to be tendered on arrival at pilot station",
    "AE#2 tripped 1412 LT (low LO press), blackout 4 min, restored; cause: clogged filter",
    "Passage plan via Cape of Good Hope (not Red Sea) — per owners' instruction dd 12/01",
    "HRA transit: BMP5 measures in place, citadel ready, razor wire rigged",
    "Lat/Lon 10-12.5N / 055-40.2E  Co 045  Sp 13.5",
    "CII rating YTD: C (attained 5.42 vs required 5.61) — keep speed ≤ 12.5 kn",
    "EEXI limit: ME power capped at 68% MCR via ShaPoLi; no override used",
    "ROB LSMGO 42.7t; DMA; sulphur 0.08% m/m; BDN no. FJR-2304-118",
    "Noon: anchored Fujairah 'A' anchorage since 0530; waiting berth; ME on 2h notice",
    "SOG fluctuating 9-13 kn — following sea, yawing ±10°",
    "Day's run 287'; avg 11.96 kn",
    "Air temp 31°C, sea temp 29°C, baro 1008 hPa falling ↓ — watching possible TRS development",
    "Remarks: all well on board / nil cargo issues",
    "ETA changed: 18/0600 → 18/1400 LT due to berth congestion (per agent)",
    "Emissions: CO2 108.4 t; SOx per scrubber log; NOx Tier II",
    "Scrubber in open loop; wash water pH 6.8; PAH 22 µg/l",
    "Cylinder oil feed rate 0.9 g/kWh (ACC); BN40 in use",
    "1200 LT: Pos 40°38'N 014°05'E / Gulf of Naples / drifting, ETB tomorrow 0800",
    "Performance speed 'about 13 knots' in good weather (BF ≤ 4, DSS ≤ 3) — today BF 5, not a good weather day",
    "Freeboard 5.62 m; trim 0.6 m by stern; GM 2.14 m",
    "Hull cleaning & prop polishing done Singapore → expect ~4% cons. improvement",
    "Vsl: NORDIC BREEZE\nVoy: 231W\nDate/Time: 05/09 1200 UTC\nPos: 14°51'N 051°22'E\nSOG: 12.9\nROB HFO 645.0 / MGO 77.5\nNext port: Djibouti",
    "Noon report sent late — sat-C terminal 'system busy', resent via VSAT e-mail at 1240",
    "Lube oil system: LO sump 21.4 m3, purifier running; 'system oil' top-up 600 L from drum",
    "Master's remark: crew sleep disturbed by heavy rolling, watch schedule kept",
]

WIND_DIRS = ["N", "NNE", "NE", "E", "SE", "S", "SW", "W", "NW", "Var."]
NOON_REMARKS = ["nil", "all well", "heavy swell, speed reduced", "following sea",
                "ME slowdown 30 min (scavenge fire alarm test)", "rain squalls",
                "fishing fleet, course alterations", "ECA entry 0200", "awaiting orders",
                "eco speed per charterers' instructions"]


def t_noon_report(rng):
    lat = rng.randrange(0, 60)
    latm = rng.uniform(0, 59.9)
    lon = rng.randrange(0, 180)
    lonm = rng.uniform(0, 59.9)
    ns = rng.choice("NS")
    ew = rng.choice("EW")
    sog = rng.uniform(8.5, 16.5)
    hfo = rng.uniform(150, 1900)
    mgo = rng.uniform(30, 180)
    day = rng.randrange(1, 29)
    mon = rng.randrange(1, 13)
    form = rng.randrange(3)
    pos = "%02d°%04.1f'%s %03d°%04.1f'%s" % (lat, latm, ns, lon, lonm, ew)
    if form == 0:
        return "Noon %02d/%02d UTC: Pos %s, SOG %.1f kn, COG %03d°, ROB HFO %.1f t / MGO %.1f t" % (
            day, mon, pos, sog, rng.randrange(0, 360), hfo, mgo)
    if form == 1:
        return "Pos %s; wind %s %d; sea %d; SOG %.1f; ROB VLSFO %.1f mt, MGO %.1f mt; remarks: %s" % (
            pos, rng.choice(WIND_DIRS), rng.randrange(1, 9), rng.randrange(1, 7), sog, hfo, mgo,
            rng.choice(NOON_REMARKS))
    return "NOON %02d/%02d\nPos: %s\nSOG/COG: %.1f kn / %03d°\nROB: HFO=%.1f; MGO=%.1f\nRemarks: %s" % (
        day, mon, pos, sog, rng.randrange(0, 360), hfo, mgo, rng.choice(NOON_REMARKS))


# ---------------------------------------------------------------------------
# 3. port_call: voyages, port calls, ETA/ETB/ETD, berth schedules, agents
# ---------------------------------------------------------------------------

PORT_CALL = [
    "Voy 045W/046E — ETA Rotterdam (NLRTM) 21/05 0600 LT, ETB 1400 @ ECT Delta, ETD 23/05 0200",
    "Berth window Tue 08:00–Wed 20:00, 4 QCs; FCL cut-off 19/05 12:00; VGM cut-off 18/05 23:59",
    "Port call cancelled — omit NLRTM; cargo to be discharged at BEANR and relayed by feeder",
    "ETA Singapore (SGSIN) 12/08 AM; bunkers + crew change + spares, no cargo ops",
    "Rotation: CNSHA > CNNGB > KRPUS > USLAX > USOAK > JPTYO > CNSHA",
    "Berth 7/8 (Euromax) — fenders checked, bollards 34-39",
    "Anchorage: Outer Port Limits, wait ~36h; 'first come, first served'",
    "Delay due to fog; pilot boarding suspended > 2h; revised ETB 1630",
    "Shifting from anchorage to berth 12 at 0500 LT — 2 tugs ordered, linesmen on standby",
    "Atraque previsto el 12/06 a las 07:00 h en el muelle de Levante (Valencia); estiba/desestiba ~1.200 movimientos",
    "Liegeplatzwechsel vom Predöhlkai zum Burchardkai um 14:30 Uhr; Festmacher bestellt",
    "船舶预计6月3日08:00抵达洋山港，靠泊四期码头，预计作业24小时",
    "東京港 大井ふ頭 5号バース：入港予定 10/14 06:00、出港予定 10/15 18:00",
    "Escale au Havre : arrivée prévue le 04/07 à 05h00, quai de l'Europe, départ le 05/07",
    "Aankomst Antwerpen (Deurganckdok) verwacht 22/03 om 03:00; loods besteld",
    "Arrivo a Genova previsto per le 06:00 del 18/04; ormeggio al terminal PSA Pra'",
    "Atracação no Terminal de Santos prevista p/ 09/10 às 10h; janela de 36 h",
    "ETA/ETB/ETD: 02/03 2200 / 03/03 0600 / 04/03 1800 (all LT = UTC+8)",
    "Port dues paid — receipt # PD-2023/0881; light dues exempt (< 30 days since last call)",
    "Agent: Oceanic Port Services (Pvt) Ltd., att. Mr. D'Costa, +91 22 5555 0142",
    "Next port USNYC; ETA 30/11 — subject to Panama Canal slot (booking 'Neopanamax')",
    "Double banking with 'SEA LION' for STS; fenders 4 x Yokohama 3.3 x 6.5 m",
    "Call #3 of 5 in this rotation; last port JPYOK; next BRSSZ — long haul ~28 days",
    "Berth schedule wk 23: Mon OOCL HAMBURG | Tue MSC ARINA | Wed <TBC> | Thu EVER ALOT",
    "Window missed by 14h — terminal offers 'ad hoc' slot Fri 02:00–Sat 10:00, accept?",
    "Free pratique granted by radio 0810; Maritime Declaration of Health submitted",
    "ISPS level 1; ship/port interface: gangway watch + ID check @ gangway",
    "Departure draft max 14.5 m (tidal window HW ±2h); UKC policy 10% of draft",
    "Omit Felixstowe (strike) -> discharge UK cargo at Rotterdam, transship via feeder",
    "Booking cut-off moved from Thu 12:00 to Wed 18:00 — pls inform shippers!",
    "Customs clearance (inward) done 1130; outward on 17th @ 1600",
    "Port-call ID NLRTM-2024-001842; ATA 21/05 0548; ATB 1352; ATD 23/05 0211",
    "Expected moves: DIS 1,140 / LOAD 980 / RESTOW 36; gross crane rate target >= 28 mph",
    "Harbour master: vessels > 300 m LOA daylight only (sunrise/sunset table attached)",
    "Anchored at Kutubdia (Chattogram outer anchorage), lighterage ops from 0800",
    "Waiting time since NOR: 3d 4h 20m — demurrage running as per C/P clause 22",
    "Bunkers at berth via barge 'PETRO STAR 3' 0200-0800; no cargo ops starboard side",
    "Shore power (OPS) available at berth 4 — 6.6 kV / 60 Hz, vessel is 60 Hz so OK",
    "Port of refuge call Las Palmas — ME crankcase alarm; GA declaration under consideration",
    "Sailing list: 1) NORDIC BREEZE 0200 2) HAFNIA LEO 0330 3) KAPITAN SOKOLOV 0600",
    "ETB slipped again (3rd time!) — terminal says 'crane breakdown', can we claim?",
    "Voyage 231W closed; 232E opened — first port KRPUS; ETA 02/10",
    "Kiel Canal Brunsbüttel → Holtenau, ~8h, pilot + canal helmsman required",
    "Channel restriction: beam > 48.3 m one-way traffic only between buoys 12/14",
    "부산 신항 3부두 접안 예정 09:00, 하역 작업 약 18시간",
    "الباخرة ستصل إلى ميناء جدة الإسلامي يوم 15 الساعة 06:00 بالتوقيت المحلي",
    "Ambarlı limanına varış 11/02 saat 04:00; rıhtım: Marport 3",
    "Άφιξη στον Πειραιά 09/05 στις 07:00, προβλήτα ΙΙ, αναχώρηση 10/05 22:00",
    "Schedule reliability Q3: 61% (on time ±1 day) — target ≥ 70%",
    "Gangway / accommodation ladder on PORT side; shore power cable on STBD",
    "Drop BRSSZ from the rotation this voyage (draft restriction), cargo via Paranaguá",
    "Union dock workers' meeting Thu 10:00–12:00 — no ops during that window (ILWU notice)",
    "Berth 'select' list for the tender: Pier 3 or 4 only, max LOA 366 m",
]


def t_port_call(rng):
    code, name = rng.choice(PORTS)
    vessel = rng.choice(VESSEL_NAMES)
    voy = "%03d%s" % (rng.randrange(1, 400), rng.choice("EWNS"))
    day = rng.randrange(1, 29)
    mon = rng.randrange(1, 13)
    h1 = rng.randrange(0, 24)
    stay = rng.randrange(14, 60)
    form = rng.randrange(3)
    if form == 0:
        return "Voy %s %s — ETA %s (%s) %02d/%02d %02d00 LT, berth %s, stay ~%dh" % (
            voy, vessel, name, code, day, mon, h1, rng.choice(BERTHS), stay)
    if form == 1:
        return "%s | %s | ETB %02d/%02d %02d:00 | ETD +%dh | %s" % (
            code, vessel, day, mon, h1, stay, rng.choice(BERTHS))
    return "%s voy %s: ETA %s %02d/%02d, %d moves expected; cut-off %02d/%02d 12:00" % (
        vessel, voy, code, day, mon, rng.randrange(200, 2600), max(1, day - 2), mon)


# ---------------------------------------------------------------------------
# 4. bill_of_lading: B/L numbers, parties, cargo descriptions, containers
# ---------------------------------------------------------------------------

BILL_OF_LADING = [
    "MEDUQ1234567 — 1 x 40'HC STC 1,200 CTNS ladies' cotton dresses",
    "SHIPPER'S LOAD, STOW, WEIGHT AND COUNT",
    "Shipper: Smith & Sons (Pty) Ltd., 14 Dock Rd, Durban 4001, South Africa",
    "Consignee: TO ORDER OF BANK OF CEYLON",
    "Notify: SAME AS CONSIGNEE",
    "L'Oréal Produits de Luxe International — 12 pallets cosmetics (non-haz)",
    "O'Neill & Daughters Trading Co. LLC, Jebel Ali Free Zone, Dubai, UAE",
    "Société Générale d'Affrètement Maritime, 3 rue de l'Amiral, 13002 Marseille",
    "FREIGHT PREPAID — CY/CY — FCL/FCL",
    "HS 8471.30 — notebooks < 14\" screen, 2,400 pcs in 200 ctns",
    "Marks & Nos: N/M",
    "Cntr TGHU 873214-0 / Seal ML-CN 4418291",
    "UN 1263 PAINT, 3, PG III, (D/E), flashpoint 23°C c.c., 80 drums x 200 L",
    "UN 3480 LITHIUM ION BATTERIES, 9 — standalone (not packed with equipment)",
    "Incoterms: FOB Shanghai / CIF Felixstowe; L/C no. 0045/LC/2023",
    "CLEAN ON BOARD, 3/3 ORIGINALS ISSUED AT HONG KONG 15-JUN-2023",
    "Telex release requested — original B/Ls surrendered at POL",
    "Sea waybill, non-negotiable; consignee: Müller & Söhne GmbH, Bremerhaven",
    "Description 'used auto parts' — pls amend to 'used automotive engines, drained of fluids'",
    "Gross wt 24,350.000 KGS / Meas. 67.500 CBM / 22 PLTS",
    "Said to contain: 1,000 bags x 50 kg white refined sugar (ICUMSA 45)",
    "Temp setting +4°C / vent 25 CBM/H / humidity off — fresh apples (Gala)",
    "Shipped on board 12/03/2024 — MV NORDIC BREEZE voy 231W — POL CNNGB",
    "Place of delivery: Kansas City, MO (door) — via USLAX rail ramp",
    "Consignee: Hà Nội Trading JSC, số 12 Lý Thường Kiệt, Hoàn Kiếm, Hà Nội",
    "Shipper: 株式会社 東洋商事 / Toyo Shoji Co., Ltd. — Osaka",
    "Consignee: ООО «Балтийский Терминал», Санкт-Петербург",
    "B/L dated 31/12 but cargo loaded 02/01 — bank will reject (no back-dating)",
    "Clause: 'Cargo loaded on deck at shipper's risk; carrier not responsible for loss or damage howsoever caused'",
    "OOG 1 x 40'FR: L 1,210 x W 260 x H 310 cm, 28,400 kg — transformer",
    "Freight USD 1,850/40'HC + BAF 320 + THC (origin) CNY 1,250 — collect at destination",
    "Amendment #2: correct consignee VAT no. from DE123456789 to DE123456798",
    "Letter of indemnity for delivery without original B/L — P&I club wording only",
    "Switch B/L requested: new shipper 'Orion Commodities FZE' / new notify 'TBA'",
    "House B/L HBL-NGB-23-00917 under Master B/L ONEYNGBB12345600",
    "No. of packages: 2 (TWO) WOODEN CASES ONLY",
    "Marks: 'FRAGILE — THIS SIDE UP — KEEP DRY' / Made in Italy",
    "Dangerous goods: NO; Reefer: NO; OOG: NO; Shipper-owned container: YES (SOC)",
    "Consignee: Pacific Rim Imports, Inc., 123 Harbor Blvd #400, Long Beach, CA 90802",
    "Glass bottles 750 ml 'Bordeaux' type, 24 pcs/ctn, 1,680 ctns on 40 plts",
    "VGM 28,760 kg (method 2) — signed by J. O'Connor, shipper's authorised person",
    "Demurrage/detention free time 14 days combined @ POD; after that USD 95/day",
    "Description in L/C: 'STEEL PIPES API 5L GR.B' — B/L must match exactly",
    "Consignee: Al-Noor Trading Est., P.O. Box 1234, Dammam 31421, KSA",
    "Export ref EXP/23/0417; ENS (ICS2) filed by carrier",
    "Number of originals: THREE (3); place & date of issue: Busan, 2023-09-14",
    "提单号 COSU6312345670，收货人：凭指示，通知方：上海东港贸易有限公司",
    "Said to weigh 19,800 kgs — VGM says 20,450; difference > 3%, pls check",
    "Please add 'ON BOARD' notation with vessel name & date; L/C 46A requires it",
    "Shipper's declared value EUR 84,000.00 (ad valorem freight applies)",
    "2 x 20'GP MSKU 907032-3 / TCNU 555012-9 — 'said to contain' 40 drums lubricating oil (non-DG)",
    "Union Select Foods Ltd. — consignee address changed, see amendment #1",
    "Cargo: 'Drop-in' replacement filters for HVAC units, 300 ctns",
]


def t_bill_of_lading(rng):
    prefix = rng.choice(BL_PREFIXES)
    bl = prefix + "".join(str(rng.randrange(10)) for _ in range(14 - len(prefix)))
    size = rng.choice(["20'GP", "40'GP", "40'HC", "45'HC", "40'RH", "20'RF"])
    count = rng.randrange(1, 6)
    cntr = make_container(rng, spaced=rng.random() < 0.5)
    form = rng.randrange(3)
    goods = rng.choice(GOODS)
    if form == 0:
        return "%s — %d x %s STC %s %s" % (bl, count, size, format(rng.randrange(20, 4000), ","), goods)
    if form == 1:
        return "Cntr %s / Seal %s%07d / %s / %s kg" % (
            cntr, rng.choice(["ML-CN ", "SL", "H", "EU"]), rng.randrange(0, 10 ** 7), size,
            format(rng.randrange(4000, 30000), ","))
    return "B/L %s — shipper: %s — %s" % (bl, rng.choice(SHIPPERS), goods)


# ---------------------------------------------------------------------------
# 5. stowage_note
# ---------------------------------------------------------------------------

STOWAGE_NOTE = [
    "Bay 14 row 02 tier 82 — reefer +4°C, plug in immediately after loading",
    "Do not stow IMO 1.4S on hatch covers; keep away from heat sources",
    "40'HC in tier 88 → 4 twistlocks + 2 lashing rods (X-lashing) per end",
    "OOG: over-height +35 cm, stow on deck, top tier only (no overstow)",
    "Segregation: 'away from' class 8; 'separated from' class 5.1 (IMDG 7.2.4)",
    "Bay plan rev.3: 0120882 <-> 0121082 swapped to fix weight distribution",
    "Heavy 20' (> 28 t) only in tiers 02–06, under deck",
    "GM 1.82 m after departure; trim 0.4 m by stern; list 0°",
    "Stack weight bay 30 row 04 = 92 t (max 100 t) — OK",
    "Reefer plugs available: 450; booked: 462 → 12 to go on gensets or be rolled",
    "Empty 40'DV may go to tier 92 if wind < 35 kn forecast",
    "Hatch cover 17 stuck — bays 33/35 under deck not accessible, stow on deck",
    "Class 1 explosives: max 1 unit per bay, hold 4 only",
    "Loading sequence: D/S first, then U/D aft → fwd; keep heel < 2°",
    "Lashing software shows rod force 112% at bay 58 row 09 tier 86 — restow",
    "Fumigated container (phosphine) — on deck, away from accommodation, 'FUMIGATED' placard",
    "Tank cleaning: previous cargo UAN — wall wash chloride < 2 ppm before loading MEG",
    "Hold 3 & 5 — iron ore fines, TML 10.2%, MC 8.9% → OK to load",
    "Grain: secured with bagged cargo on top (saucer), heeling moment < allowable",
    "Do NOT overstow POD BEANR with NLRTM — rotation is RTM first!",
    "IMO 9 lithium batteries in bay 52: fire-fighting access needed on both sides",
    "Bay 06 = 'hot' bay (next to E/R bulkhead) → no heat-sensitive cargo",
    "Lashing gang left twistlocks on tier 84 unlocked — checked & corrected 0315",
    "Reefer monitoring every 4h; alarm if |set - supply| > 2°C",
    "40'FR with yacht: lash with chains + webbing, check for chafing",
    "Stow the 3 x 45' in bay 74 only (45' cell guides) — nowhere else fits",
    "Tier 96 not allowed due visibility (SOLAS V/22: 2 x LOA or 500 m)",
    "POL/POD CNSHA/USLAX — 1,240 TEU; CNSHA/USOAK — 380 TEU",
    "DG manifest & stowage plan sent to Master 2h before loading — please sign off",
    "Hold bilges dry, hatch covers tested with ultrasonic (leak < 10% OHV)",
    "Vertical separation 'one container space' from the UN 1830 unit — OK in slot 420284?",
    "Container 0420486 wrong VGM: 32.5 t declared vs 26.1 t weighed — update stack calc",
    "Deck cargo heights: keep line of sight from wheelhouse > 500 m ahead",
    "Car deck 5: 218 units, 4-point lashing each; EVs near the drencher zone",
    "Steel coils 'eye fore & aft', dunnage 2 layers, chocks wedged",
    "Hatch 2 only: heavy lift 2 x 145 t (tandem lift, ship's cranes 1 & 2)",
    "Restow request: 12 units bay 18 for NLRTM — obstructed by KRPUS cargo",
    "Ballast: WBT 1 P/S filled to 95% for stability after discharge of 2,100 t",
    "Timber deck cargo: uprights every 3 m, lashings tight, height <= 1/3 of beam",
    "Stowage factor ~1.4 m3/t (coffee in bags), ventilation by dew point method",
    "Ladungssicherung: Coils in Luke 2 mit Keilen und Stahlbändern gesichert",
    "冷箱位置 320682，设定温度 -18°C，装船后立即通电",
    "No estibar carga IMO clase 3 junto a la clase 5.1 — separar por una bodega",
    "危険物コンテナは甲板積みのみ、居住区から離すこと",
    "Hatch 9: max 7 tiers of 40'HC — 8th tier for empties only",
    "Stack 04 exceeds max. stack weight by 3.2 t → move 1 unit to stack 06",
    "ISO tanks (SOC) with 'food grade only' stickers — away from DG class 6.1",
    "Bay 34 ODD rows for 20' only; EVEN rows for 40' only (cell guides)",
    "After loading GM(corr) = 1.45 m > required 0.15 m — IMO criteria met",
    "Pls confirm stow of the 'hot' reefer (deviation 6°C) — inspect before shipment",
    "Bay plan saved as /data/edi/outbound/BAPLIE_231W_rev3.edi (previous: ../archive/BAPLIE_231W_rev2.edi)",
    "Twistlocks: semi-automatic on deck, fully-automatic NOT approved by class for tier 90+",
    "Drop the 2 empties from bay 70 if DG units need the slots — planner's call",
]


def t_stowage_note(rng):
    bay = rng.randrange(1, 80)
    row = rng.randrange(0, 19)
    under = rng.random() < 0.4
    tier = rng.choice([2, 4, 6, 8, 10, 12]) if under else rng.choice([82, 84, 86, 88, 90, 92])
    slot = "%03d%02d%02d" % (bay, row, tier)
    form = rng.randrange(3)
    if form == 0:
        return "%s — %s" % (slot, rng.choice(STOW_INSTR))
    if form == 1:
        return "Bay %02d row %02d tier %02d: %s; stack wt %d t (max %d t)" % (
            bay, row, tier, rng.choice(STOW_INSTR), rng.randrange(40, 100), rng.choice([90, 100, 120]))
    return "%s in %s → %s" % (make_container(rng), slot, rng.choice(STOW_INSTR))


# ---------------------------------------------------------------------------
# 6. pilot_tug_request
# ---------------------------------------------------------------------------

PILOT_TUG = [
    "Pilot request: NORDIC BREEZE, LOA 299.9 m, draft fwd 12.4 / aft 12.9 m; boarding at P/S 'Bravo' 0430 LT",
    "2 tugs (>= 60 t BP) — 1 fwd, 1 aft; make fast on arrival at buoy 'Delta'",
    "Tug order cancelled; shifting postponed to next tide (HW 1412)",
    "Please confirm pilot ladder on STBD side, 1.5 m above the water, combination rig",
    "Demande de pilote pour le navire « Ville d'Orléans » à 06h00 ; 2 remorqueurs",
    "Loodsbestelling: inkomend, ETA Steenbank 03:30, diepgang 13,2 m",
    "Losbestilling for 'Fjordbris' fra Fedje til Mongstad kl. 2200",
    "Pilot boarding delayed — swell > 3 m at pilot station, helicopter transfer considered",
    "Tugs 'SVITZER ODIN' & 'SVITZER FREJA' confirmed for 0500 unberthing",
    "Need tug assistance: bow thruster u/s (breaker trips) — pls add 1 extra tug",
    "Mooring: 4-2-2 fwd / 4-2-2 aft; linesmen 6 + mooring boat",
    "Pilot disembarked 1130 UTC at 'Alpha' boarding ground — full away",
    "VHF ch 12 with VTS; pilot boat on ch 9; keep flag 'H' hoisted while pilot on board",
    "Pilotage exemption certificate (PEC) held by Master — no pilot needed inside harbour limits?",
    "Tug request: 'push-pull' mode; bollard pull 2 x 70 t; escort towing in fairway",
    "Draft check FWD 11.70 / MID 11.85 / AFT 12.10 — air draft 48.6 m (bridge clearance 55 m)",
    "Pilot card & wheelhouse poster updated; ROT 30°/min at 12 kn",
    "Request 3 tugs incl. 1 escort tug for LNG carrier (Q-Flex) — ETA fairway 0200",
    "Pls order launch for crew transfer at anchorage 'C' — 4 pax + luggage, 1500 LT",
    "Pilot on board 0612 — Master/Pilot exchange done, no defects reported",
    "Unberthing 2100 — starboard side to; wind NW 25 kn gusting 35 → need 3rd tug?",
    "Lotsenanforderung Elbe 1: Ankunft 04:00, Tiefgang 14,1 m, zwei Schlepper bestellt",
    "Solicitud de práctico para las 0300, embarque en boya 'Echo'; remolcadores: 2",
    "Richiesta pilota per l'ormeggio al molo 'Ronco-Canepa' alle 07:30",
    "Luotsitilaus: Hanko → Helsinki, jääolosuhteet, jäänmurtaja avustaa",
    "Lotsbeställning för M/S 'Älvsnabben', ankomst Göteborg 05:45",
    "申请引航：船名 远洋之星，吃水 12.3 米，预计 05:30 抵达引航锚地，需拖轮两艘",
    "Pilot ladder: steps 31-35 cm apart, spreader every 9 steps; man ropes ready on request",
    "Tug 'ATLAS 2' & 'ATLAS 3' made fast 0540/0545; released 0630",
    "Harbour pilot required for shift berth 5 → berth 9 (dead ship, 2 tugs, no ME)",
    "Pilot's remark: 'vessel slow to respond to helm at < 5 kn'",
    "Tugs invoiced 3 but only 2 attended — pls check the log & dispute",
    "Escort tug mandatory for laden tankers > 150,000 dwt in the channel",
    "Helicopter pilot transfer: landing area (H) ready, deck lights on, fire party standing by",
    "ETA pilot station 0400 LT ±30 min — will update 2h before",
    "Mooring boat assisted; 1 line parted (aft spring) — replaced",
    "Pilotage dues bracket: GT 43,718 → bracket F (not E as invoiced)",
    "Pilot requested dead slow passing berth 4 (tanker loading) — wash/surge concern",
    "Tug on fwd centre lead; aft tug on stbd quarter — 'push' only (no line)",
    "Request cancelled by Master 2215: fog, visibility < 0.5 nm; new ETA TBA",
    "Pls supply pilot with: crew list, NOR, ETA, draft, defects (engine/steering/anchors) if any",
    "Pilot embarked 0045 at Pilot Station North; 2 trainees with him",
    "Tugs 'Tiger' & 'Lion' ordered 1800/1815 for departure via lock 'North'",
    "VTS: 'hold at anchorage, channel closed, dredger working' — pilot rescheduled",
    "Remorqueur « Abeille Normandie » en renfort — houle d'ouest 4 m",
    "水先人乗船 04:30 浦賀水道、タグボート 2 隻手配済み",
    "Αίτημα πλοηγού για τις 06:00, δύο ρυμουλκά για την πρόσδεση",
    "Pedido de prático p/ 2300; calado 11,8 m; rebocadores: 2",
    "Zamówienie pilota: Gdańsk, statek 'Wisła Star', zanurzenie 10,4 m, 2 holowniki",
    "Bow to seaward on departure? — yes, swing at turning basin with 2 tugs",
    "Pilot exchange card: 'ME can go astern from full ahead in < 90 s'; steering system: 2 pumps",
    "Drop pilot at 'Bravo' instead of 'Alpha' — sea too rough for the launch",
    "Alert the tug master: our bitts aft are SWL 64 t, use the centre lead only",
]


def t_pilot_tug(rng):
    vessel = rng.choice(VESSEL_NAMES)
    loa = rng.uniform(120, 399)
    d_f = rng.uniform(6.0, 15.5)
    d_a = d_f + rng.uniform(0.0, 1.2)
    hh = rng.randrange(0, 24)
    mm = rng.choice([0, 15, 30, 45])
    tugs = rng.randrange(1, 5)
    direction = rng.choice(["inbound", "outbound", "shifting"])
    form = rng.randrange(3)
    if form == 0:
        return "Pilot %s: %s, LOA %.1f m, draft %.1f / %.1f m, ETA %s %02d%02d LT; tugs: %d" % (
            direction, vessel, loa, d_f, d_a, rng.choice(PILOT_STATIONS), hh, mm, tugs)
    if form == 1:
        return "%d tug(s) for %s %s at %02d:%02d — BP >= %d t, line from %s" % (
            tugs, vessel, direction, hh, mm, rng.choice([40, 50, 60, 70, 80]),
            rng.choice(["fwd", "aft", "ship", "tug"]))
    return "%s / %s / %02d%02d / draft %.1f m / %s" % (
        vessel, direction.upper(), hh, mm, d_a, rng.choice(PILOT_STATIONS))


# ---------------------------------------------------------------------------
# 7. crew_note: crew lists, crew changes, rest hours, welfare
# ---------------------------------------------------------------------------

CREW_NOTE = [
    "D'Souza, Francis — 2/O — Indian — CDC MUM 123456 — sign-off Singapore 12/09",
    "O'Sullivan, Patrick — C/E — Irish — joined Rotterdam 03/04",
    "Nguyễn Văn Hùng — AB — Vietnamese — passport C1234567 exp 2027-08",
    "José María Pérez-Gómez — 3/E — Spanish",
    "Ljubičić, Ante — Master — Croatian",
    "Øyvind Bjørnstad — C/O — Norwegian — medical exp < 3 months, renew!",
    "Crew change Singapore 12/09: 4 off / 4 on — docs (CoC, STCW, yellow fever) OK; flight SQ 421 ETA 0545",
    "Rest hours: C/E 10h/24h OK; 3/E < 77h/7d → non-conformity raised",
    "Passport exp. < 6 months: AB Reyes (exp 03/2025) — renewal via Manila office",
    "Bosun — sleep apnoea, cleared fit by company doctor",
    "Cook's Schengen visa refused — swap with the cook from 'SEA SELECT'?",
    "Crew list (IMO FAL 5): 22 persons incl. Master; 1 supernumerary (cadet)",
    "Sign-on: Fitter Kowalczyk, Zbigniew — Polish — seaman's book PL-0012345",
    "Wages: 2/E O'Brien — overtime 64h @ USD 9.50 = USD 608.00; allotment 80% to wife",
    "Repatriation: OS Mwangi — family emergency — flight DXB→NBO 14/07 23:55",
    "Shore leave 1300–2200; no crew ashore after 2200 (ISPS)",
    "3/O cut left hand in galley, 4 stitches at port clinic, light duties 3 days",
    "Contract extended +1 month (Master's consent) — MLC max 11 months OK",
    "No visa on arrival for Pakistani nationals here → OK-to-board letter needed",
    "New joiners' familiarisation done within 24h — signed by C/O",
    "Crew nationality mix: 🇵🇭 12 / 🇮🇳 6 / 🇺🇦 3 / 🇭🇷 1",
    "Relief for 2/O delayed (flight cancelled) — 2/O Ivanova agrees to stay until Busan",
    "Ігор Шевченко — моторист — зміна екіпажу в Гданську 15/03",
    "Смирнов Алексей Петрович — старпом — паспорт моряка МК 1234567",
    "Si AB Santos ay bababa sa Maynila; kapalit si OS Dela Cruz",
    "船员换班：二副 王建国 下船，三副 李明 上船（上海）",
    "मुख्य अभियंता श्री शर्मा 20 तारीख को जहाज़ पर आएंगे",
    "Kru baru (Oiler) naik kapal di Tanjung Priok tgl 05/06",
    "Crew Wi-Fi 2 GB/person/week; please don't stream videos during ECDIS updates",
    "OS found asleep on watch 0200–0300 — verbal warning, logged",
    "Random alcohol test 10/10 — all < 0.05% BAC (company D&A policy)",
    "Next of kin: Mrs. Maria D'Angelo, Naples, +39 081 555 0199",
    "Sign-off reason: end of contract (9 months) — wages USD 3,210 cash + bank transfer",
    "Cadet's training record book pages 34–40 missing signatures",
    "STCW II/1 CoC of 3/O expires 01/2025 — revalidation course booked",
    "Crew change via Manila is cheaper: flights < USD 600 vs Singapore ~USD 1,100",
    "Electrician Schäfer, Jürgen — German — joins at Hamburg 22:00",
    "Cook Abdul-Rahman: halal provisions ordered; Ramadan meal times adjusted (suhoor 0330)",
    "Crew member's birthday Sat — cake & BBQ on poop deck if weather OK 🎂",
    "Supernumerary 'Mrs. O'Hara' (Master's wife) on crew list — insured",
    "Replace AB Tavita, Sione — Tongan — seaman's book valid",
    "Seafarers' Mission bus 1800 — names: Reyes, Santos, Bautista",
    "C/O Müller → hospital Bremerhaven (appendicitis); acting C/O = 2/O",
    "No doctor on board → radio medical advice (CIRM) 0320 UTC",
    "Joining instructions: report to agent 08:00 with CoC + GMDSS + passport + seaman's book",
    "Hours of rest violation 3/E 14-15/05 (UMS alarm calls) — C/E to review",
    "Crew change Fujairah cancelled — 'no crew movements' advisory due to port restrictions",
    "Gift parcels from the seafarers' mission received with thanks — 22 pcs",
    "Master's eval.: 'excellent performance, recommend promotion to 2/O'",
    "OS Ahmed's passport held by agent for immigration (returned on departure)",
    "Crew Wi-Fi passwd changed for this week — ask the 2/O, it's on the mess room board",
    "Union rep (ITF inspector) visit Wed 10:00 — CBA copies & wage accounts ready",
    "Sign-off list: 1) Reyes AB 2) Santos OS 3) Şahin 3/E — all flights via IST",
]


def t_crew_note(rng):
    surname, given, nat = rng.choice(CREW_NAMES)
    rank = rng.choice(RANKS)
    code, port = rng.choice(PORTS)
    action = rng.choice(CREW_ACTIONS)
    day = rng.randrange(1, 29)
    mon = rng.randrange(1, 13)
    form = rng.randrange(3)
    if form == 0:
        return "%s, %s — %s — %s — %s %s %02d/%02d" % (surname, given, rank, nat, action, port, day, mon)
    if form == 1:
        return "%s %s (%s): %s at %s; docs checked (CoC exp %02d/%d)" % (
            rank, surname, nat, action, code, mon, rng.randrange(2025, 2030))
    return "%d off / %d on at %s %02d/%02d — incl. %s %s" % (
        rng.randrange(1, 9), rng.randrange(1, 9), port, day, mon, rank, surname)


# ---------------------------------------------------------------------------
# 8. deck_log
# ---------------------------------------------------------------------------

DECK_LOG = [
    "0400 — Pilot disembarked; full away on passage. Clocks retarded 1h (UTC+3 → UTC+2)",
    "1200 Pos 23°45.2'N 061°10.8'E; Co 225°T; Vis > 5 nm; wind NE 4",
    "2130 Fire drill & abandon ship drill; all crew mustered; scenario 'fire in E/R purifier room'",
    "Anchored Fujairah anchorage 'A' — 8 shackles in water, stbd anchor; 045° / 2.3' from breakwater light",
    "ECDIS alarm 'Cross track distance exceeded' — acknowledged, back on track 0342",
    "0715 Let go stbd anchor in 42 m depth, 7 shackles in water",
    "Garbage cat. C (food waste) comminuted, discharged > 3 nm from nearest land, en route",
    "1530 MOB drill (dummy 'Oscar') — rescue boat launched, recovered in 11 min",
    "0000-0400: 2/O + AB lookout; heavy traffic Dover TSS; nil unusual",
    "Fishing fleet ~30 boats fine on port bow; altered co 10° to stbd",
    "Steering gear test before departure: OK (port/stbd 35°, time 28 s)",
    "Heavy rolling (±22°) — course & speed adjusted to ease motion; lashings checked",
    "Hot work permit #17: welding on poop deck 0900–1100, fire watch assigned",
    "Enclosed space entry hold 3: O2 20.9%, H2S 0 ppm, LEL 0% — permit #44",
    "Ballast exchange (D-1) sequential: WBT 3 P/S completed at 14°02'N 058°33'E",
    "Clocks advanced 1h at 2300 → ship's time = UTC+4",
    "FWE 1642; gangway down 1650",
    "All fast port side to berth 12, 6 headlines / 4 springs / 6 sternlines",
    "1106 Sécurité received: N cardinal buoy off-station",
    "Stowaway search before departure — nil found (ISPS)",
    "Vis < 1 nm, sound signals started, lookout doubled, radar plotting",
    "0210 Mayday relay heard on VHF 16 — vessel 25 nm away, MRCC in control, our assistance not required",
    "Bunker barge alongside 0800; safety checklist completed; scuppers plugged",
    "Gyro error 1° high; magnetic compass deviation 2°W (azimuth of Sun)",
    "Weather routing: alter to 270° to avoid low 'L 978 hPa'",
    "Anchor watch: dragging suspected 0315, heaved up & re-anchored 0410",
    "UKMTO alert: skiff approaching — alarm raised, crew to citadel, skiff retreated",
    "PSC officer on board 0930–1420, see separate report",
    "Hatch covers closed & secured 1930; cargo ops completed; draft F 9.60 / A 10.20",
    "1720 abandon ship drill: lifeboat No.1 lowered to water & manoeuvred",
    "Logbook entry corrected — was '0430', should be '0340'. Signed 2/O",
    "Tidal stream 090° / 2.5 kn across TSS — CPA with 'EVER ALOT' 1.2 nm",
    "EOSP 0500; NOR tendered 0505; pilot on board 0612",
    "0800 Ankerwache beendet, Anker auf, Maschine klar",
    "1300 — Simulacro de incendio en cocina; todo correcto",
    "0600 抛锚完毕，右锚 6 节入水",
    "Lifeboat engine run 5 min (weekly); both OK; fuel topped up",
    "Rain squall 1400–1430 — vis < 500 m, speed reduced to 8 kn",
    "Stern tube checked — no visible sheen (EAL in use)",
    "BNWAS tested, alarm OK at 3 min",
    "Crossed equator 0212 at 045°20'E — Neptune ceremony in the afternoon",
    "Radar #2 (S-band) magnetron failed — spare fitted by ETO, OK 1630",
    "Holds ventilated 0800–1600 (dew point rule); closed due rain",
    "Oil spill drill — SOPEP locker, absorbent pads, scuppers plugged, all OK",
    "AIS nav status set to 'at anchor' 0721",
    "Drifting 12 nm off Lomé awaiting berth — ME on 1h notice",
    "Draft survey: displacement 63,410 t, constant 312 t, cargo 52,840 t",
    "Swell damaged 2 containers bay 90 tier 92 — photos taken, owners informed",
    "CPA 0.4 nm with target without AIS — called on VHF 16, no reply, altered to stbd",
    "Anchor lights on 1820; deck lights on; 'restricted in ability' NOT displayed",
    "SSAS test message sent 1000 UTC, confirmed by CSO (test only, no alert)",
    "Passage plan saved to C:\\Users\\2ndOfficer\\Documents\\Passage Plans\\231W_NLRTM-SGSIN.rtz",
    "Fire detection system fault loop 3 (cabin deck B) — detector replaced, system OK",
    "0930 ECDIS chart update script (weekly AVCS) ran OK, 14 cells updated",
]


def t_deck_log(rng):
    hh = rng.randrange(0, 24)
    mm = rng.randrange(0, 60)
    event = rng.choice(LOG_EVENTS)
    form = rng.randrange(3)
    if form == 0:
        return "%02d%02d %s" % (hh, mm, event)
    if form == 1:
        return "%02d%02d %s; co %03d°T, sp %.1f kn, wind %s %d" % (
            hh, mm, rng.choice(UNDERWAY_EVENTS), rng.randrange(0, 360), rng.uniform(6, 16), rng.choice(WIND_DIRS),
            rng.randrange(0, 9))
    code, port = rng.choice(PORTS)
    return "%02d:%02d — %s (%s, %s)" % (hh, mm, event, port, code)


# ---------------------------------------------------------------------------
# 9. psc_deficiency
# ---------------------------------------------------------------------------

PSC_DEFICIENCY = [
    "07113 Fire doors — self-closing device of door to E/R stairway inoperative; action 17",
    "10111 Charts — ENC permit expired for cell GB50123A; action 16 (14 days)",
    "14104 Oil record book — entries for sludge incineration incomplete; action 17",
    "Emergency generator failed to start within 45 s — 'auto start' switch found in MANUAL",
    "Rat guards not fitted on mooring lines (port quarantine requirement)",
    "Lifeboat on-load release gear: hook not resetting properly — action 30 (ground for detention)",
    "Insulation resistance of 440 V switchboard < 1 MΩ (earth fault indicator)",
    "Fire main: isolating valve on deck leaking; hose No.7 nozzle missing",
    "15150 ISM — several deficiencies indicate lack of maintenance (SMS element 10)",
    "MLC: seafarers' employment agreement not signed by 2 crew members",
    "Pilot ladder not properly secured (shackles used instead of strong points)",
    "Sewage treatment plant out of order since 03/2023, no repair record",
    "Oily water separator: 15 ppm alarm bypassed with jumper — ground for detention",
    "Rest hours record shows > 14h work in 24h for the 3/E on 5 occasions",
    "VDR annual performance test certificate expired 2 weeks ago",
    "Smoke detector in cabin 312 covered with plastic bag",
    "Galley ventilation duct grease filter heavily clogged — fire risk",
    "04114 Emergency fire pump — insufficient pressure at hydrant on main deck",
    "Paris MOU detention: 3 grounds (fire safety, OWS, ISM) — released after 4 days",
    "SOLAS II-2/10 — fixed CO2 release station instructions not posted",
    "Garbage record book part I: incineration entries without position",
    "Navigation lights: stbd sidelight secondary lamp u/s",
    "BWM: ballast water record book not completed for last 2 exchanges",
    "Closing device of ventilator for hold 3 seized (cannot be closed) — weathertight integrity",
    "Escape trunk (E/R) obstructed by spare parts — remove immediately",
    "Crew unable to demonstrate operation of the fixed CO2 system — drill required before sailing",
    "Class certificate endorsement overdue (annual survey window closed 12/06)",
    "GMDSS: MF/HF DSC test not recorded in the radio log for > 1 week",
    "Provision store temperatures not recorded; meat room +2°C (should be <= -18°C)",
    "Corrosion & wastage on main deck near hatch coaming 4 — refer to class",
    "Emergency lighting at lifeboat embarkation area inoperative (port side)",
    "EPIRB hydrostatic release unit expired (HRU date 09/2023)",
    "Watertight door in shaft tunnel cannot be closed from the bridge — local only",
    "Action codes: 10 = rectified; 16 = within 14 days; 17 = before departure; 30 = detention",
    "MARPOL Annex VI: bunker delivery note sample not retained (12 months)",
    "Immersion suits: 3 of 24 with stiff/corroded zips — replaced on board",
    "Cabin 208 shower no hot water — MLC 'sanitary facilities'",
    "Deficiencia 07105 — puertas contraincendios: el cierre automático no funciona",
    "Déficience 11101 — embarcation de sauvetage : le moteur ne démarre pas",
    "缺陷 13101 推进主机 — 主机燃油管漏油，要求开航前纠正",
    "DOC copy on board not endorsed — annual verification missing",
    "SSAS test not carried out as per ship security plan",
    "Fuel oil leakage on D/G 2 high-pressure pipe (no double-wall jacket)",
    "PSC inspection: 0 deficiencies — clean inspection 🎉 well done all!",
    "SCBA cylinder pressure < 200 bar (found 150 bar)",
    "Nautical publications outdated — List of Lights vol. A 2021 edition",
    "Gangway safety net not rigged; lifebuoy with line not at gangway",
    "Deficiency closed out — evidence: photos + class surveyor report # BV/SIN/2023/0412",
    "Crew not familiar with SOPEP — training conducted, records attached",
    "Emergency towing procedure not ship-specific (generic copy)",
    "Photos of rectified items uploaded to /deficiencies/2024-03/NORDIC_BREEZE/*.jpg",
    "Fire detection system: panel shows 'loop 2 disabled' since last drydock — re-enabled, tested",
    "Master could not produce the ECDIS type-specific training cert for 3/O — 'system familiarisation' only",
]


def t_psc(rng):
    code, area, finding = rng.choice(PSC_ITEMS)
    action = rng.choice(PSC_ACTIONS)
    form = rng.randrange(3)
    if form == 0:
        return "%s %s — %s; action %s" % (code, area, finding, action)
    if form == 1:
        return "Def. %d/%d: %s (%s) — %s" % (
            rng.randrange(1, 6), rng.randrange(6, 12), area, code, finding)
    mou = rng.choice(["Paris MOU", "Tokyo MOU", "USCG", "Indian Ocean MOU", "Black Sea MOU", "AMSA"])
    return "%s inspection %02d/%02d/%d: %s — %s, code %s" % (
        mou, rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(2021, 2025), area, finding, code)


# ---------------------------------------------------------------------------
# 10. edi_ais: EDIFACT segments (BAPLIE/COPRAR/CODECO/VERMAS...) and AIS fields
# ---------------------------------------------------------------------------

EDI_AIS = [
    "UNB+UNOA:2+MSCU+NLRTMECT+240312:0915+000123'",
    "UNH+1+BAPLIE:D:95B:UN:SMDG22'",
    "LOC+147+0120282::5'",
    "EQD+CN+MSCU1234566+45G1:6:5+++5'",
    "MEA+VGM++KGM:24350'",
    "TMP+2+004.0:CEL'",
    "DGS+IMD+3+1263+023:CEL'",
    "FTX+AAA+++SAID TO CONTAIN 1200 CTNS'",
    "RFF+BM:MEDUQ1234567'",
    "FTX+AAI+++SHIPPER?'S LOAD AND COUNT'",
    "LOC+147+0340482::5'\nMEA+WT++KGM:22180'\nLOC+9+CNSHA'\nLOC+11+USLAX'\nRFF+BM:1'\nEQD+CN+TGHU8732140+42G1+++5'\nNAD+CA+MSC:172:20'",
    "TDT+20+231W+1++MSC:172:20+++D5QR8:103::NORDIC BREEZE'",
    "DTM+137:202403120915:203'",
    "UNT+342+1'\nUNZ+1+000123'",
    "UNH+4711+COPRAR:D:00B:UN:SMDG21'\nBGM+45+LOADLIST-231W+9'",
    "CNT+16:348'",
    "UNH+88+CODECO:D:95B:UN:ITG13'\nBGM+34+GATEOUT 0442+9'\nEQD+CN+HLXU3456784+22G1:102:5+2+2+4'",
    "NAD+CZ+++O?'BRIEN & SONS LTD+12 DOCK ROAD+DURBAN++4001+ZA'",
    "FTX+AAA+++USED AUTOMOTIVE PARTS ?+ ENGINES'",
    "UNA:+.? '",
    "UNB+UNOC:3+ONEY:ZZZ+DEHAMCTB:ZZZ+230914:1130+0000471++COPRAR'",
    "MMSI 538003712 | NavStatus 0 (under way using engine) | ROT +2.8°/min | SOG 13.2 | COG 218.4 | HDG 217",
    "Msg 5: IMO 9481219 / C/S V7TE2 / Name NORDIC BREEZE@@@@@@ / Type 70 / Dest NLRTM / ETA 05-21 06:00 / Draught 12.9",
    "AIS dest 'NL RTM>BE ANR' — crew typed the arrow, please normalise to NLRTM",
    "DEST: >SGSIN<  ETA 08-12 04:00",
    "Nav status 'restricted manoeuvrability' set by mistake — corrected to 'under way'",
    "Static data: Dim A=250 B=50 C=24 D=24 (ref. point = GPS antenna)",
    "UNH+1+IFTMIN:D:99B:UN'\nBGM+340+BKG-NGB-0917+9'\nCTA+IC+:J. O?'CONNOR'\nCOM+ops@nordicline.example:EM'",
    "LOC+5+CNSHA:139:6+YANGSHAN:TER:ZZZ'",
    "EQD+CN+CMAU4561236+45R1+++4'\nTMP+2+-018.0:CEL'\nRNG+5+CEL:-20.0:-16.0'",
    "FTX+AAA+++KEEP AWAY FROM HEAT?: TOP STOW'",
    "DIM+9+CMT:::35'",
    "NAD+CA+HLC:172:20'",
    "GID+1+1200:CT'",
    "RFF+VON:231W'",
    "CNI+1+ONEYNGBB12345600'",
    "SGP+TGHU8732140'",
    "ERC+AB12:6:ZZZ'\nFTX+AAO+++INVALID CONTAINER CHECK DIGIT'",
    "Validation failed: segment 'EQD+CN+MSKU123456+45G1' — container no. has 10 chars, expected 11",
    "UNB+UNOC:3+SENDER01:ZZZ+RECEIV02:ZZZ+240101:0000+1++++1'",
    "Type 24 part A: name 'SEA SELECT' / part B: call sign 9V1234, ship type 37 (pleasure craft)",
    "AIS-SART MMSI 970123456 — 'SART TEST' received 1102, no distress",
    "Class B 'CS' — MMSI 244123456 — 'Mijn Vrijheid' — SOG 5.1 kn",
    "Tracking: NORDIC BREEZE | IMO 9481219 | 13.2 kn / 218° | ETA NLRTM May 21, 06:00",
    "UNH+1+VERMAS:D:16A:UN:1.0'\nBGM+XXX+VGM-231W-0042+9'\nEQD+CN+TCNU5550129+45G1'\nMEA+AAE+VGM+KGM:27310'",
    "{\"mmsi\":538003712,\"sog\":13.2,\"cog\":218.4,\"nav_status\":\"under way using engine\",\"dest\":\"NLRTM\"}",
    "AIS dest field 'FOR ORDERS' — charterers haven't nominated a discharge port yet",
    "LOC+147+0721286::5'\nFTX+HAN++RFR'\nTMP+2+-025.0:CEL'",
    "BAPLIE rejected: 'UNT segment count 341 <> actual 342' — resend with corrected UNT",
    "Received AIS msg 21 (AtoN) 'N CARDINAL 12' — virtual AtoN, not a physical buoy",
    "EDI mailbox path: \\\\edi-gw\\inbound\\BAPLIE\\2024\\03\\ — files older than 30 days are purged",
    "COPRAR discharge list 231W: 1,140 units — 'select all' then export to CSV for the terminal",
]

SIXBIT = "0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVW`abcdefghijklmnopqrstuvw"
ISO_TYPES = ["22G1", "42G1", "45G1", "45R1", "22R1", "L5G1", "22U1", "45U6", "22T6", "42P3"]


def t_edi_ais(rng):
    form = rng.randrange(5)
    if form == 0:
        payload = rng.choice("13B") + "".join(rng.choice(SIXBIT) for _ in range(27))
        body = "AIVDM,1,1,,%s,%s,0" % (rng.choice("AB"), payload)
        return "!%s*%s" % (body, nmea_checksum(body))
    if form == 1:
        lat = rng.randrange(0, 90)
        lon = rng.randrange(0, 180)
        body = "GPRMC,%02d%02d%02d.00,A,%02d%07.4f,%s,%03d%07.4f,%s,%.1f,%.1f,%02d%02d%02d,,,A" % (
            rng.randrange(24), rng.randrange(60), rng.randrange(60),
            lat, rng.uniform(0, 59.99), rng.choice("NS"), lon, rng.uniform(0, 59.99), rng.choice("EW"),
            rng.uniform(0, 17), rng.uniform(0, 359.9),
            rng.randrange(1, 29), rng.randrange(1, 13), rng.randrange(21, 25))
        return "$%s*%s" % (body, nmea_checksum(body))
    if form == 2:
        return "EQD+CN+%s+%s+++%d'" % (make_container(rng), rng.choice(ISO_TYPES), rng.choice([4, 5]))
    if form == 3:
        bay = rng.randrange(1, 80)
        tier = rng.choice([2, 4, 6, 8, 82, 84, 86, 88, 90])
        return "LOC+147+%03d%02d%02d::5'\nMEA+VGM++KGM:%d'\nEQD+CN+%s+%s+++5'" % (
            bay, rng.randrange(0, 19), tier, rng.randrange(2200, 32000), make_container(rng),
            rng.choice(ISO_TYPES))
    code, _ = rng.choice(PORTS)
    return "LOC+11+%s'\nRFF+BM:%s%08d'" % (code, rng.choice(BL_PREFIXES)[:5], rng.randrange(10 ** 8))


# ---------------------------------------------------------------------------

CATEGORIES = [
    ("vessel_search", VESSEL_SEARCH, t_vessel_search),
    ("noon_report", NOON_REPORT, t_noon_report),
    ("port_call", PORT_CALL, t_port_call),
    ("bill_of_lading", BILL_OF_LADING, t_bill_of_lading),
    ("stowage_note", STOWAGE_NOTE, t_stowage_note),
    ("pilot_tug_request", PILOT_TUG, t_pilot_tug),
    ("crew_note", CREW_NOTE, t_crew_note),
    ("deck_log", DECK_LOG, t_deck_log),
    ("psc_deficiency", PSC_DEFICIENCY, t_psc),
    ("edi_ais", EDI_AIS, t_edi_ais),
]


def build():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for category, literals, template in CATEGORIES:
        values = []
        for v in literals:
            if v in seen:
                raise SystemExit("duplicate literal in %s: %r" % (category, v))
            seen.add(v)
            values.append(v)
        n_lit = len(values)
        if n_lit > PER_CATEGORY:
            raise SystemExit("%s: too many literals (%d)" % (category, n_lit))
        attempts = 0
        while len(values) < PER_CATEGORY:
            attempts += 1
            if attempts > 10000:
                raise SystemExit("%s: template cannot produce enough unique values" % category)
            v = template(rng)
            if v in seen:
                continue
            seen.add(v)
            values.append(v)
        stats.append((category, len(values), n_lit))
        for v in values:
            rows.append({"category": category, "label": "benign", "value": v})
    return rows, stats


def main():
    rows, stats = build()
    out = []
    for i, row in enumerate(rows, 1):
        v = row["value"]
        assert isinstance(v, str) and v.strip() and len(v) <= 1800, (i, v)
        out.append({"id": "%s-%05d" % (PREFIX, i), "category": row["category"],
                    "label": "benign", "value": v})
    assert len({o["value"] for o in out}) == len(out)
    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    total_lit = 0
    for category, n, n_lit in stats:
        total_lit += n_lit
        print("%-18s %3d  literals %3d (%.0f%%)" % (category, n, n_lit, 100.0 * n_lit / n))
    print("total %d values, %d literals (%.1f%%) -> %s" % (
        len(out), total_lit, 100.0 * total_lit / len(out), path.name))


if __name__ == "__main__":
    main()
