"""Held-out BENIGN corpus for the WAF evaluation: weather / meteorology theme.

Values are what forecasters, observers, storm spotters, climate staff and weather
enthusiasts type into the ordinary fields of a meteorological service's systems:
METAR/TAF text, SYNOP groups and observer logs, station metadata, forecast
discussions, multilingual public warnings, model-run notes, spotter reports, climate
summaries, GRIB/NetCDF/radar file paths and API query strings.

Every literal below was hand-written for this corpus. The template functions only
recombine small hand-written pools (station codes, numbers, phrases). Nothing is taken
from a dataset, vendor documentation or a payload list.

Output: benign.jsonl next to this file. Deterministic: fixed SEED, no set iteration,
byte-identical on every run and under any PYTHONHASHSEED.
"""

import json
import random
from pathlib import Path

SEED = 6201
PREFIX = "hb62"
PER_CATEGORY = 80

# ---------------------------------------------------------------------------
# 1. metar_taf -- METAR / SPECI / TAF text and the notes people attach to it
# ---------------------------------------------------------------------------
METAR_TAF = [
    "METAR EGLL 121350Z 24012G22KT 9999 -RA BKN014 OVC025 14/11 Q1008 TEMPO 4000 RA BKN008=",
    "SPECI KORD 031812Z 27025G38KT 1 1/2SM +TSRA BR FEW010 BKN025CB OVC050 22/20 A2976 RMK AO2 PK WND 26045/1806 WSHFT 1755 FRQ LTGICCG OHD TS OHD MOV E P0042 $",
    "TAF EDDF 121100Z 1212/1318 25010KT 9999 SCT040 PROB30 TEMPO 1214/1218 4000 TSRA BKN030CB BECMG 1300/1303 VRB03KT BECMG 1306/1309 26012KT=",
    "METAR LFPG 120830Z AUTO 04005KT 0350 R27L/0600N R26R/0450U FG VV001 09/09 Q1021 NOSIG=",
    "METAR UUEE 150600Z 33007MPS 9999 -SHSN BKN015CB M12/M15 Q1029 R06L/590542 NOSIG",
    "KJFK 121451Z 18010KT 10SM FEW250 28/17 A3002 RMK AO2 SLP166 T02780172 58012",
    "Why does the METAR for LOWI keep showing 'CAVOK' when the webcam clearly shows low stratus in the valley? METAR LOWI 120920Z 26004KT CAVOK 17/09 Q1019 NOSIG",
    "TAF AMD KDEN 122014Z 1220/1324 31015G25KT P6SM VCSH SCT080 BKN120 TEMPO 1220/1223 VRB35G50KT 3SM -TSRA BKN060CB FM130300 18008KT P6SM SKC",
    "METAR NZWN 122300Z 35032G48KT 9999 FEW020 BKN040 16/08 Q0998 TEMPO 36040G60KT=",
    "METAR RJTT 120600Z 34012KT 9999 FEW025 SCT040 BKN/// 31/23 Q1006 NOSIG RMK 1CU025 3SC040 A2973",
    "METAR VIDP 120530Z 27004KT 0800 FU NSC 34/26 Q0998 BECMG 1500 HZ",
    "METAR SBGR 121300Z 13008KT 5000 BR BKN006 OVC010 17/16 Q1022",
    "METAR ENGM 120050Z 00000KT 0200 R01L/P1500N R19R/0350D FZFG VV001 M03/M03 Q1032 R01L/29//95 NOSIG",
    "KSEA 122353Z 00000KT 10SM FEW060 SCT200 19/10 A3011 RMK AO2 SLP199 60000 T01890100 10211 20150 53006 $ -- ASOS has the $ again, maint ticket 4471 still open",
    "METAR CYYZ 061900Z 30018G29KT 1/4SM +SN DRSN VV004 M09/M11 A2969 RMK SN8 SLP063",
    "TAF EGPH 121058Z 1212/1312 22015G27KT 9999 FEW035\n  TEMPO 1212/1220 7000 -SHRA SCT020CB\n  BECMG 1300/1303 27010KT\n  PROB40 TEMPO 1303/1309 2500 RADZ BKN006=",
    "Is the 'NSW' in this TAF meaning the TEMPO showers end? ... BECMG 1218/1220 9999 NSW",
    "METAR EHAM 121325Z 23018KT 200V270 9999 -SHRA FEW012 SCT020CB 15/12 Q1005 RESHRA BECMG 25015KT",
    "METAR KMIA 121553Z 09012KT 10SM VCTS SCT030CB BKN250 31/24 A3000 RMK AO2 LTG DSNT SW-W CB SW-W MOV NE SLP159 T03110239",
    "METAR KLAX 121553Z COR 25006KT 10SM BKN012 18/14 A2992 RMK AO2 SLP130 T01830139 $",
    "METAR LSZH 120820Z 06003KT 0300 R14/0450N R28/0500V0900N FG VV/// 03/03 Q1030 NOSIG",
    "METAR EKCH 121220Z 27022G35KT 9999 SHRA FEW015CB BKN025 11/06 Q0996 TEMPO 4000 +SHRA=",
    "METAR EFHK 280250Z 02004KT 9999 -SN BKN009 M01/M02 Q1011 R04R/590195 R22L/590193 NOSIG",
    "ZBAA 120600Z 18004MPS 3000 HZ NSC 33/19 Q1005 NOSIG",
    "METAR WSSS 120830Z 33008KT 6000 TSRA FEW015CB SCT016 BKN300 27/24 Q1009 TEMPO 2000 +TSRA",
    "METAR KOKC 032150Z 19023G34KT 6SM -TSRA BR +FC SCT025 BKN040CB 24/21 A2962 RMK AO2 TORNADO B45 10 SW MOV NE",
    "TAF KBOS 121130Z 1212/1318 VRB05KT P6SM SCT250 FM121600 15012KT P6SM BKN040 FM130200 17008KT 5SM -RA BR OVC012",
    "Decode please? 'VV///' and 'R24/////' -- the RVR group is all slashes on my feed since Tuesday",
    "METAR LOWW 121250Z 31025G38KT 9999 FEW045 22/08 Q1012 WS R29 NOSIG",
    "METAR EGKK 121150Z 20010KT 9999 FEW025 19/11 Q1016 NOSIG // pasted from the old feed, time is UTC not BST",
    "METAR EIDW 121200Z 25016G28KT 9000 -DZ FEW008 BKN012 14/13 Q1003 TEMPO 3000 DZ BKN006",
    "METAR KDFW 122353Z 17014KT 10SM FEW050 SCT250 34/19 A2988 RMK AO2 SLP106 T03440189 10367 20317 56012",
    "METAR PANC 120153Z 16005KT 7SM FU SCT080 BKN200 19/07 A2990 RMK AO2 SLP125 FU SCT080 T01890072",
    "TAF LFPO 121100Z 1212/1318 21008KT 9999 SCT030 TEMPO 1214/1220 SHRA BKN025TCU PROB30 1215/1219 TSRA BKN020CB BECMG 1303/1305 8000 BR",
    "METAR KDEN 262153Z 33022G41KT 1/2SM +TSGR FEW010 BKN040CB 14/12 A3004 RMK AO2 GR 1 3/4 PK WND 32047/2141",
    "M05/M07 means -5 °C / -7 °C, right? And a bare 'M' in the remarks is 'missing', not minus?",
    "METAR RKSI 121200Z 27005KT 240V300 4000 BR FEW010 BKN025 25/23 Q1004 NOSIG",
    "METAR KIAH 121753Z 18009KT 10SM SCT033 BKN250 33/23 A2994 RMK AO2 SLP134 CB DSNT NW T03280233 10333 20261 58004",
    "METAR OMDB 121100Z 33014KT 2000 DU NSC 41/08 Q1002 BECMG 4000",
    "METAR LEMD 121000Z VRB02KT CAVOK 27/07 Q1017 NOSIG",
    "METAR YSSY 120000Z 19008KT CAVOK 21/12 Q1018 NOSIG",
    "METAR FACT 120700Z 33025KT 9999 FEW020 17/09 Q1012 NOSIG=",
    "METAR SAEZ 121200Z 36015KT 9999 BKN010 OVC025 12/10 Q1009 TEMPO 5000 -RA",
    "Our TAF verification flagged EGNT: forecast BKN005 but obs stayed > 1500 ft all morning -- TEMPO was too pessimistic again.",
    "METAR LKPR 121200Z 28009KT 9999 -SHRA SCT030CB BKN040 19/11 Q1012 NOSIG",
    "METAR KBOS 051654Z 04022G31KT 1/4SM +SN FZFG VV002 M04/M05 A2974 RMK AO2 PK WND 04035/1622 SLP073 SNINCR 2/9 P0012",
    "TAF ESSA 121100Z 1212/1312 18008KT CAVOK BECMG 1216/1218 9999 -RA BKN012 TEMPO 1218/1224 4000 RA BR BKN006",
    "METAR with a trailing '$' = station needs maintenance (ASOS). Not a parsing error, please don't strip it.",
    "METAR LGAV 121050Z 02021KT CAVOK 32/12 Q1010 NOSIG",
    "METAR LPPT 121100Z 34014KT 9999 FEW020 23/16 Q1018 NOSIG",
    "METAR CYVR 121600Z 09006KT 15SM -RA FEW012 BKN030 OVC070 12/10 A2987 RMK SF1SC5NS2 SLP113",
    "METAR VHHH 121230Z 09012KT 9999 FEW015 SCT040 30/25 Q1007 NOSIG",
]

_M_STATIONS = ["EGLL", "EGCC", "EDDM", "LFML", "LEBL", "LIMC", "EBBR", "LSGG", "EKCH",
               "ESSA", "LOWI", "EPKK", "LHBP", "LROP", "RJAA", "YMML", "NZCH", "FAOR"]
_M_US = ["KATL", "KDFW", "KMSP", "KSLC", "KPHX", "KBNA", "CYUL"]
_M_VISWX = [("9999", ""), ("9999", "-RA"), ("6000", "-SHRA"), ("4000", "RA BR"),
            ("2500", "+RA"), ("0800", "FG"), ("3000", "BR"), ("9999", "VCSH"),
            ("5000", "-DZ"), ("1500", "-SN"), ("7000", "TSRA")]
_M_US_VISWX = [("10SM", ""), ("10SM", "-RA"), ("5SM", "BR"), ("3SM", "-RA BR"),
               ("1/2SM", "FG"), ("2SM", "+TSRA"), ("1SM", "-SN BR"), ("7SM", "VCTS")]
_M_CLOUDS = ["FEW020", "SCT030", "BKN014", "OVC008", "FEW035 SCT100", "BKN025 OVC040",
             "SCT018CB BKN030", "NSC", "FEW012 BKN022"]
_M_TREND = ["NOSIG", "BECMG 4000 -RA", "TEMPO 3000 SHRA", "NOSIG", "", "TEMPO 26025G40KT"]


def _tt(v):
    return ("M%02d" % -v) if v < 0 else "%02d" % v


def t_metar_taf(rng):
    us = rng.random() < 0.3
    stn = rng.choice(_M_US if us else _M_STATIONS)
    day, hour = rng.randint(1, 28), rng.randint(0, 23)
    minute = 53 if us else rng.choice([20, 50])
    wdir, wspd = rng.randrange(10, 361, 10), rng.randint(2, 26)
    wind = "%03d%02d" % (wdir, wspd)
    if wspd > 14 and rng.random() < 0.6:
        wind += "G%02d" % (wspd + rng.randint(10, 18))
    wind += "KT"
    vis, wx = rng.choice(_M_US_VISWX if us else _M_VISWX)
    if "SN" in wx:
        temp = rng.randint(-8, 1)
    elif "TS" in wx:
        temp = rng.randint(16, 33)
    elif wx in ("FG", "BR", "-DZ", "RA BR", "-RA BR"):
        temp = rng.randint(-3, 16)
    else:
        temp = rng.randint(-4, 32)
    spread = rng.randint(0, 1) if wx in ("FG", "BR", "-DZ", "RA BR", "-RA BR", "-SN BR") else rng.randint(2, 13)
    dew = temp - spread
    qnh = rng.randint(986, 1034)
    pres = ("A%04d" % round(qnh * 2.953)) if us else "Q%04d" % qnh
    parts = [rng.choice(["METAR", "SPECI", "METAR", ""]), stn,
             "%02d%02d%02dZ" % (day, hour, minute), wind, vis, wx,
             rng.choice(_M_CLOUDS), "%s/%s" % (_tt(temp), _tt(dew)), pres]
    if us:
        parts += ["RMK AO2", "SLP%03d" % ((qnh * 10) % 1000)]
    else:
        parts.append(rng.choice(_M_TREND))
    s = " ".join(p for p in parts if p)
    return s + ("=" if (not us and rng.random() < 0.4) else "")


# ---------------------------------------------------------------------------
# 2. synop_obs_log -- SYNOP messages and observers' log entries
# ---------------------------------------------------------------------------
SYNOP_OBS_LOG = [
    "AAXX 12064 03772 12580 72410 10124 20098 39987 40101 52012 60004 76166 85530 333 10171 20093 55309 8553/ =",
    "AAXX 12061 03772 41/// 82410 10083 20061 39998 40112 57010 6//// 333 55300 21///=",
    "AAXX 01184 06260 11470 81618 10032 20018 30021 40128 58015 60061 78182 887// 333 20012 3/018 55042 70061=",
    "Correction: yesterday's 21Z group '10054' should be '11054' (sign digit) -- it was -5.4 °C, not +5.4.",
    "0600 UTC: snow depth 14 cm at the stake; board cleared & reset. Fresh snow 3 cm (10:1 ratio -> ~3 mm w.e.).",
    "Rain gauge funnel blocked by leaves -- cleared 07:10; reading before clearing 2.4 mm, after 2.6 mm. Used 2.6.",
    "Dry bulb 12.4, wet bulb 10.9 => RH ≈ 82 %. Screen door wouldn't latch; taped it for now.",
    "Max/min reset at 09:00 GMT. Max 23.1 °C, min 11.8 °C, grass min 8.2 °C; dew on grass > 50 %.",
    "Sunshine card burnt through 13:40-14:15; daily total 7.3 h (card #2024-163).",
    "Obs skipped 18Z -- power cut on site; AWS logger ran on battery, data back-filled from the logger dump.",
    "Beobachtung 07 Uhr MEZ: Nebel, Sicht < 100 m, Raureif an Bäumen; Schneehöhe 0 cm.",
    "Relevé de 06h UTC : pluie faible continue, 4,2 mm depuis 18h ; vent de SO 15 km/h ; l'abri est à repeindre.",
    "Observación 12 UTC: cielo cubierto 8/8, lluvia débil; pluviómetro 0,8 mm. ¡Ojo! El anemómetro se ha quedado 'pegado'.",
    "Cloud: 3/8 Cu at ~2500 ft, 2/8 Ac; Ci fibratus > 30 % of sky. ww=02 (clouds generally developing).",
    "Visibility markers: church spire (4.2 km) visible, wind turbines (9 km) not -> vis ~6 km, coded VV=56.",
    "Pressure: station 1001.4 hPa, MSL 1012.8 hPa; tendency a=7 (decreasing, then steady), ppp=012.",
    "06:00 obs\n- T 4.1 / Td 3.8\n- wind calm\n- fog patches on the river, vis 800 m\n- frost on car roofs\n(entered late, sorry -- phone died)",
    "Thunder heard 15:42-16:05 LT, no lightning seen; ww=17 for the 15Z report would have been right; I coded 95 by mistake.",
    "Hail (5 mm) fell for 2 min at 16:20; gauge 6.8 mm total in 20 min. Coding 6-group 068/1 for the hour.",
    "Night observer: 'sky clear & calm, Tmin 1.9 °C at 05:40' -- grass thermometer shows -2.3 °C (ground frost).",
    "Snowfall 00-06Z: 9 cm; total depth 31 cm; SWE core = 27 mm (density ~ 0.09 g/cm³).",
    "AAXX 12004 10384 11965 71208 10035 20020 30072 40198 56004 69901 70500 8272/ 333 10080 20021 4/000=",
    "Observer note: barometer reads 0.6 hPa high vs the AWS since the move; applied -0.6 correction from 1 Jun.",
    "Evaporation pan: 4.6 mm (refilled to the mark, water temp 21.3 °C). Birds drinking from it again -- need the mesh.",
    "Log 12/06: wind vane stuck at 270° from ~02:00 to 08:30 (frozen bearing?) -> dd set to '//' for those hours.",
    "Relevé 18h : orage au NO, coups de tonnerre < 10 s après l'éclair ; averse de grêle (diam. ~1 cm) 18h12-18h19.",
    "Dew point > air temp in the 09Z entry (16.3 vs 15.9) -- typo, Td was 13.6. Fixed & re-sent SYNOP with CCA.",
    "AAXX 12121 16242 32970 50508 10295 20186 30086 40146 58012 70200 82100 333 10312 20178 56/99 82630 =",
    "Present weather at 12Z: drizzle, not freezing, slight, continuous -> ww=51. Past weather W1W2 = 65.",
    "Remark: smoke from the grass fire to the SW reduced vis to 3 km between 14 and 16 LT (ww=04).",
    "Снежный покров 42 см, плотность 0,21 г/см³; метель низовая с 03 до 07 ч; видимость 500-1000 м.",
    "観測メモ 09時: 雨量計 12.5 mm、気温 18.2℃、湿度 94 %。百葉箱の扉が壊れている。",
    "Obserwacja 06 UTC: zamglenie, widzialność 4 km; opad 0,4 mm; szadź na ogrodzeniu.",
    "Snow board reading taken at 07:02 instead of 07:00 -- still valid per our SOP (±15 min).",
    "Thermometer swap today: old Hg max thermometer (serial 4471/B) retired, replaced by PT100 channel 3. Parallel readings for 30 days.",
    "AAXX 12181 02974 21665 60915 11042 21068 30125 40176 57008 80200 333 21101 34002 4/012 =",
    "RH sensor reads 102 % after fog -- clipped to 100 in the form, original value kept in the comment.",
    "Wind: mean 14 kt, gust 31 kt at 11:52 (from the chart); direction veered SW -> NW with the front passage at ~11:45.",
    "Beobachter-Notiz: Niederschlagsmesser (Hellmann) übergelaufen? 48,2 mm seit 07 Uhr, Gewitter 15-17 Uhr.",
    "Lightning: first flash 19:03, last 19:58; CG 'within 5 km' for 20 min; coded TS in METAR, 95 in SYNOP.",
    "Cloud base measured by ceilometer 380 m, observer estimate 300 m -> coded h=4 (300-600 m).",
    "Ice accretion on the 10 m mast: ~8 mm radial at 08:00; wind data flagged 'suspect' until 11:00 thaw.",
    "Soil temps (5/10/20/50/100 cm): 14.1/13.8/13.0/12.2/11.5 °C; soil moist but not saturated.",
    "No obs 00-06Z on 24/12 (station closed for holiday) -- climate day built from the AWS.",
    "AAXX 12061 07149 32/// /2607 10086 20071 39952 40131 53011 =",
    "Precip 09-09: 0.2 mm (trace + dew?). I'll enter 'tr' in the daily sheet and 0.0 in the SYNOP RRR group (990).",
    "Sunshine: Campbell-Stokes 9.1 h, CSD sensor 9.4 h -- difference within the usual ±0.5 h.",
    "Rainbow at 18:40 E; mammatus on the back of the storm. No measurable rain after 18:20.",
    "Observación 18 UTC: calima, visibilidad 5 km, temperatura 31,4 °C; polvo en suspensión (ww=06).",
    "Reminder for new observers: past weather W1 covers the last 6 h at main synoptic hours (3 h at intermediate ones).",
    "Notes from the summit hut: -17.4 °C, wind 60 kt from 320°, rime 'feathers' ~20 cm on the railings.",
    "Tendency group 50000: pressure steady over 3 h (1012.3 -> 1012.3 hPa). Yes, really.",
    "Login failed at 06Z ('passwd: password expired' on the station PC) -- phoned the obs through to the regional office instead.",
]

_S_STATIONS = ["03772", "06260", "10384", "07149", "16242", "11035", "12375", "02974",
               "01384", "08221", "03005", "06447"]
_S_NOTES = ["gauge checked, no blockage", "screen cleaned", "dew heavy on grass",
            "fog lifting to low stratus", "light rain started 05:40",
            "wind gusty from SW, branches moving", "frost on the instrument hut roof",
            "thin Ci veil, halo seen", "ground wet, puddles", "visibility improving after sunrise",
            "cattle grazing near the gauge fence again", "logger battery at 12.1 V"]


def _sgn(v):
    return ("1%03d" % round(-v * 10)) if v < 0 else ("0%03d" % round(v * 10))


def t_synop_obs_log(rng):
    if rng.random() < 0.55:
        day, hour = rng.randint(1, 28), rng.choice([0, 6, 12, 18])
        stn = rng.choice(_S_STATIONS)
        t = rng.randint(-80, 300) / 10.0
        td = t - rng.randint(0, 90) / 10.0
        p0 = rng.randint(9700, 10250)
        pm = p0 + rng.randint(20, 140)
        grp = ["AAXX", "%02d%02d%d" % (day, hour, rng.choice([1, 4])), stn,
               "%d%d%d%02d" % (rng.choice([1, 4]), 1, rng.randint(2, 9), rng.randint(55, 89)),
               "%d%02d%02d" % (rng.randint(0, 8), rng.randint(0, 36), rng.randint(0, 25)),
               "1" + _sgn(t), "2" + _sgn(td), "3%04d" % (p0 % 10000), "4%04d" % (pm % 10000),
               "5%d%03d" % (rng.randint(0, 8), rng.randint(0, 40))]
        if rng.random() < 0.5:
            grp.append("7%02d%d%d" % (rng.choice([2, 10, 21, 51, 61, 80, 95]), rng.randint(0, 9), rng.randint(0, 9)))
        return " ".join(grp) + rng.choice(["=", " =", ""])
    hh = rng.choice(["00", "03", "06", "09", "12", "15", "18", "21"])
    t = rng.randint(-60, 290) / 10.0
    td = t - rng.randint(3, 80) / 10.0
    return "%s UTC: T %.1f °C, Td %.1f °C, wind %03d/%02d kt, QFE %.1f hPa; %s" % (
        hh, t, td, rng.randrange(0, 360, 10), rng.randint(0, 30),
        rng.randint(9650, 10300) / 10.0, rng.choice(_S_NOTES))


# ---------------------------------------------------------------------------
# 3. station_metadata -- names, coordinates, siting notes, instruments
# ---------------------------------------------------------------------------
STATION_METADATA = [
    "Name: St. Mary's Airport (Isles of Scilly); ICAO EGHE; 49°54′N 6°18′W; elev. 31 m AMSL",
    "Hohenpeißenberg -- Meteorologisches Observatorium, Beobachtungen seit 1781; Barometerhöhe 986 m ü. NN",
    "Sonnblick (3106 m): 'highest permanently staffed station in the Eastern Alps' -- is that description too long for the card?",
    "Mauna Loa Observatory, Hawai'i -- elev 3397 m; air intake on the 40 m tower",
    "Station moved 350 m NE on 2019-05-14; overlap period 12 months; homogenisation flag = 'B'",
    "Sensors: PT100 in screen (2 m); HMP155 RH; PTB330 barometer; tipping bucket 0.2 mm; ultrasonic anemometer @ 10 m",
    "Exposure: south-facing slope; hedge 12 m W of the screen, 2 m high (ratio 6:1 -- OK for class 2)",
    "Kraków-Balice | 12566 | 50.078 | 19.785 | 237 m | synop+metar",
    "São Paulo -- Mirante de Santana (INMET A701); área urbanizada, pluviômetro no telhado",
    "東京 (Tokyo) 47662, 北緯35°41.5′ 東経139°45.0′, 標高 25.2 m",
    "Station owner: J. O'Neill & Sons (farm); access via the yard gate -- ask the office for the code, don't write it here",
    "Comments: anemometer mast 10 m; 'sheltered by trees from W/SW' -> wind data reliability < 0.9",
    "Siting classification (WMO-No. 8): temperature class 2, precipitation class 3, wind class 4",
    "Aliases: KOKC / OKC / Will Rogers World Airport; ASOS; time zone America/Chicago",
    "Coordinates updated from 47.3769, 8.5417 to 47.3779, 8.5655 -- the old ones pointed at the main station (Hauptbahnhof)!",
    "Station type = AWS; power: 2x 80 W solar + 100 Ah battery; comms: 4G, backup via satellite SBD",
    "Ny-Ålesund (Svalbard) 78°55′N 11°56′E; polar night late Oct -- mid Feb; heated rain gauge",
    "Säntis 2502 m ü. M. -- Rekord-Schneehöhe 816 cm (April 1999)",
    "Elevation: 1,234 ft (376 m); barometer cistern 378.2 m",
    "Former name 'Ringway' -> Manchester Airport; record merges IDs 03334 + 03335",
    "Lat/Lon (DMS): 40° 46' 45\" N, 73° 52' 48\" W",
    "Data steward: A. Müller <a.mueller@wetter-partner.example> (Mon-Fri, 08-16 Uhr)",
    "id: 06260\nname: De Bilt\nlat: 52.100\nlon: 5.180\nelev_m: 2\ninstruments: [T, RH, P, wind, precip, sunshine]",
    "{\"icao\": \"EGLL\", \"name\": \"London Heathrow\", \"elev_ft\": 83, \"runways\": [\"09L/27R\", \"09R/27L\"]}",
    "محطة الرياض (OERK) -- الارتفاع 612 م",
    "Метеостанция Оймякон, индекс 24688, высота 741 м; абсолютный минимум −67,7 °C",
    "Σταθμός Ελληνικού (LGAT) -- παλαιό αεροδρόμιο, κλειστό από το 2001",
    "सफ़दरजंग, नई दिल्ली (42182) -- ऊंचाई 216 मी",
    "北京南郊观象台 54511，海拔 31.3 米",
    "서울 기상관측소 (108), 해발 85.8 m",
    "Sodankylä Tähtelä, 179 m mpy; luotaus 2 x vrk",
    "Śnieżka (1603 m n.p.m.) -- obserwatorium; porywy > 40 m/s notowane kilka razy w roku",
    "Lysá hora -- nejdeštivější místo v ČR; roční úhrn ~ 1 400 mm",
    "Erzurum Bölge (17096), rakım 1869 m; kış ortalaması −8,6 °C",
    "Note: the 'drop' in the record at 2021-03 is the station relocation, not a sensor fault.",
    "Do not select this station for trend studies: urban heat island + 3 relocations (1951, 1978, 2004).",
    "Screen: Stevenson type, white paint redone 2023-04; door faces north (as it should).",
    "Rain gauge rim height 30 cm above ground; 'Tretjakov' wind shield fitted 2018 -- expect + ~5 % catch in winter.",
    "Owner changed from the county council to the local school (Yr 9 science class reads it at 9 am). Contact: Mrs. Patel",
    "WIGOS ID 0-20000-0-03772; national ID 3772; old ID 'LHR-MET' (pre-2001)",
    "Roof-top station (6th floor) -- NOT suitable for temperature climatology; wind OK-ish, precip under-catch likely",
    "Cape Grim (Tasmania) -- baseline air pollution station, 94 m; sector filter 190°-280° for 'baseline' conditions",
    "Lighthouse station: obs by keepers 1924-1987, automated since; anemometer 37 m above MSL (!)",
    "Instruments replaced after lightning strike on 2022-07-19: logger, surge protector, RH probe. Cost ~ 2 300 €.",
    "Time zone: UTC+1 (CET) / UTC+2 (CEST) -- all records stored in UTC; local daily max uses 06-06 UTC window",
    "Funchal/Madeira (08522), 58 m; vento de NE dominante ('alísios') -- nota: abrigo reposicionado 2015",
    "Reykjavík (04030), 64°07′N 21°54′W, 52 m -- Veðurstofa Íslands, Bústaðavegur",
    "Dome C / Concordia (Antarctica), 3233 m; winter-over crew of 13; Tmin record ~ -80 °C",
    "Station 'Grünberg (Schlesien)' is now Zielona Góra (12400) -- historical name kept in the 'alias' field",
    "Hut Mt. Washington (KMWN), 1917 m -- 231 mph gust (1934) on the wall poster; station coordinates 44.27, -71.30",
    "Siting photos: N, E, S, W + sky-view fisheye taken 2024-05-02; sky view factor 0.86",
    "Close to the A-road (35 m): winter salt spray -> clean the RH filter monthly Nov-Mar",
    "Logger sleeps between 10-min scans to save battery; 1-s gust sampling only wakes up when wind > 10 m/s.",
    "Operating system on the station PC: Windows 10 + WeatherLink; the login is with the duty officer, NOT in this field.",
]

_SM_POOL = [
    ("03772", "London/Heathrow", 51.479, -0.449, 25), ("06260", "De Bilt", 52.100, 5.180, 2),
    ("10384", "Berlin-Tempelhof", 52.468, 13.404, 48), ("07149", "Paris-Orly", 48.717, 2.384, 89),
    ("16242", "Roma/Urbe", 41.952, 12.499, 24), ("11035", "Wien/Hohe Warte", 48.249, 16.356, 198),
    ("12375", "Warszawa-Okęcie", 52.163, 20.961, 106), ("02974", "Helsinki-Vantaa", 60.327, 24.957, 51),
    ("08221", "Madrid/Barajas", 40.467, -3.556, 609), ("06730", "Grand St-Bernard", 45.869, 7.171, 2472),
    ("01492", "Oslo-Blindern", 59.943, 10.720, 94), ("26063", "Санкт-Петербург", 59.967, 30.300, 4),
    ("47662", "Tokyo", 35.692, 139.750, 25), ("72503", "New York/LaGuardia", 40.779, -73.880, 3),
    ("94767", "Sydney Airport", -33.946, 151.173, 6), ("68816", "Cape Town Intl", -33.965, 18.602, 42),
]
_SM_TYPES = ["synop", "AWS", "climate", "synop+metar", "precip only", "AWS (hybrid)"]


def t_station_metadata(rng):
    wmo, name, lat, lon, elev = rng.choice(_SM_POOL)
    kind = rng.choice(_SM_TYPES)
    form = rng.randint(0, 2)
    if form == 0:
        return "%s | %s | %.3f | %.3f | %d m | %s" % (wmo, name, lat, lon, elev, kind)
    if form == 1:
        return "WMO %s -- %s (%s); %.4f°%s %.4f°%s; elevation %d m" % (
            wmo, name, kind, abs(lat), "N" if lat >= 0 else "S", abs(lon), "E" if lon >= 0 else "W", elev)
    since = rng.randint(1870, 2015)
    return "%s, %s: operating since %d, %s; barometer %.1f m" % (
        name, wmo, since, kind, elev + rng.randint(0, 25) / 10.0)


# ---------------------------------------------------------------------------
# 4. forecast_discussion -- area forecast discussions and forecaster notes
# ---------------------------------------------------------------------------
FORECAST_DISCUSSION = [
    ".SHORT TERM /THROUGH TONIGHT/...\nA shortwave trough drops southeast out of the Northern Plains tonight. Best forcing stays north of I-80; PoPs 30-50 % there, < 20 % south.\n\n&&\n\n.AVIATION /18Z TAFS/...\nMVFR cigs likely after 06z at KDSM/KALO; -SHRA possible.\n\n$$",
    "Forecaster's note: the models' QPF spread is huge (GFS 2.5\" vs ECMWF 0.6\"); we went closer to the ensemble mean & NBM, ~1.1\".",
    "Confidence: low. If the cold air drops in faster than the 12z NAM suggests, expect freezing rain < 0.10\" before the changeover.",
    "TL;DR: dry & warm through Thu; cold front Fri with 20-40 mm; gusts > 70 km/h on the coast.",
    "Let's hold off issuing the flood watch until the 18Z HRRR is in -- the 15Z run was an outlier.",
    "Synopsis: Low 985 hPa near 58N 15W drifting NE; associated fronts sweep across tonight. Rain 10-20 mm, locally 40 mm over high ground; SW gale 8, severe gale 9 in exposed areas.",
    "Großwetterlage: Trog über Westeuropa, Südwestströmung; am Donnerstag Durchzug einer Kaltfront mit Gewittern (Hagel ≤ 2 cm, Böen bis 90 km/h).",
    "Discussion : la dégradation orageuse arrive par le sud-ouest ; l'incertitude reste forte sur le timing (±3 h). On maintient la vigilance jaune.",
    "Tendencia: descenso notable de temperaturas el jueves (-6 a -8 °C) con la entrada de aire ártico; nieve por encima de 800 m.",
    "Nota: il modello ICON-2I insiste su accumuli > 150 mm sul Levante ligure; l'ECMWF è più cauto. Allerta arancione confermata.",
    "--- UPDATE 1530 LT ---\nStorms have initiated along the dryline west of I-35; watch #412 issued until 10 PM CDT.",
    "Precip type: sleet/snow mix above ~300 m; 'rain-on-snow' risk for the Black Forest on Sunday -> rises on the smaller streams.",
    "Tricky one. The 500 hPa cut-off low is 'stuck' -- every run moves it 100 km. ECMWF ens mean sits between GFS and UKMO; I'd blend 50/50.",
    "Marine: seas 3-4 m building to 5-6 m; small craft advisory remains through Wed 00Z. Fog < 1 nm possible near the capes.",
    "Fire weather: RH drops to 8-12 % with SW winds 25 G 40 mph; Red Flag Warning continues. Dry thunder possible on the Sierra crest.",
    "Winter storm: 6-10\" of snow for the metro; 12\"+ in the hills. Snow ratios ~12:1; timing 3 AM-noon Tue. Commute impacts likely.",
    "Air mass: theta-e ridge overnight; MUCAPE 1500-2500 J/kg, 0-6 km shear 40-50 kt -> supercells possible; tornado threat conditional on storm mode.",
    "Heat: WBGT > 31 °C Tue-Thu; overnight lows won't drop below 24 °C in the city. Heat advisory -> excessive heat warning likely.",
    "Inversion breaks by ~11L; the fog/stratus deck over the basin keeps highs below MOS (I lowered them 3-4 °F).",
    "前線が停滞し、九州南部では24時間雨量が300ミリを超える恐れがあります。土砂災害に厳重に警戒してください。",
    "预计未来三天，江南、华南有强降雨，局地大暴雨（≥100毫米），需防范城市内涝和山洪。",
    "Discussão: a ZCAS se mantém sobre o Sudeste; acumulados de 50-80 mm em 24 h no litoral paulista.",
    "Vanavond trekt een buienlijn over het land met windstoten tot 90 km/u; code oranje voor Noord-Holland.",
    "Uncertainty: (A) fast front -> dry Sat; (B) wave develops -> 20-30 mm; (C) front stalls -> 50 mm+. Weighting A 30 % | B 50 % | C 20 %.",
    "Dropped PoPs to < 15 % for the coast; kept 30-40 % in the mountains where upslope flow is best.",
    ".LONG TERM /SATURDAY THROUGH WEDNESDAY/...\nRidge builds; highs in the upper 90s, heat index 105-110. Little relief at night.\n\n&&\n\n$$",
    "Why was yesterday's high 3 °C off? Sea breeze kicked in 2 h earlier than we had it -- the local WRF caught it, the globals didn't.",
    "Aviation: LIFR in fog 03-09Z at the coastal airports; vis < 1/4 SM possible. Improving to VFR by 15Z.",
    "Snow level drops from 1500 m to ~700 m behind the front Sat night; 20-40 cm above 1200 m, locally 60 cm in the Stau (north side).",
    "Hydrology: rivers respond quickly after 3 wet weeks -- soils saturated. Even 30 mm could push the Ouse above the 'flood' mark at York.",
    "Note for day shift: the radar composite is missing the SE radar (maintenance until 14Z). Use satellite + lightning there.",
    "Mesoscale discussion: a narrow cold-frontal rainband with embedded line-end vortices; gusts 50-60 kt possible where the line bows.",
    "Quiet weekend. High pressure 1035 hPa settles over Scandinavia; easterly drift, cold nights (-5 to -10 °C in the valleys).",
    "Tropical: TS 'Beryl' expected to become a hurricane within 24 h; NHC track shifted 30 nm west; watches for the islands.",
    "The '+3 K' anomaly in the week-2 outlook is the ensemble mean -- spread is large, so don't sell it as a heatwave yet.",
    "Isolated > scattered > numerous: coverage wording updated for this afternoon; CAMs agree on scattered cells by 20Z.",
    "Prognose: kräftige Schauer und Gewitter mit Starkregen 20-30 l/m² in kurzer Zeit; Unwettergefahr lokal im Bergland.",
    "Prévision : mistral et tramontane se renforcent, rafales 100 à 110 km/h en Languedoc, mer forte à grosse.",
    "Previsión: la DANA se descuelga hacia el golfo de Cádiz; tormentas fuertes en el sureste (> 60 l/m² en 1 h).",
    "Прогноз: циклон смещается на северо-восток; в регионе мокрый снег, налипание, ветер 15-20 м/с.",
    "Good call on the fog last night -- thanks to whoever kept the 'patchy dense' wording despite MOS saying vis > 5 mi.",
    "Key message #1: significant flash flood risk Wed evening (training storms). #2: severe risk low but non-zero. #3: cooler & drier Thu.",
    "Lake-effect: 850 hPa T -14 °C over a 6 °C lake = delta-T 20 K; bands set up from 310°; 2-3\"/hr rates possible in the heaviest band.",
    "Sky cover was overdone today (forecast 80 %, actual ~30 %); NBM has a cloudy bias in these post-frontal cases.",
    "Dust: southerly flow brings Saharan dust Thu-Fri; hazy sun, 'blood rain' on cars possible with any showers.",
    "Convective outlook:\n- SLGT (2/5) east of the river\n- MRGL (1/5) elsewhere\n- main threats: hail ≥ 1\", wind ≥ 58 mph\n- tornado risk < 2 %",
    "Overnight: clearing + light winds = radiational cooling; lows 2-4 °C, frost in sheltered spots. Frost advisory for the valleys.",
    "Bora event: pressure gradient Trieste-Rijeka ~ 10 hPa -> gusts > 150 km/h in Senj; bridge closures likely.",
    "Monsoon: active phase, SW flow with a trough off the west coast; extremely heavy rain (≥ 20 cm) for the Ghats Wed-Thu.",
    "Rain totals 10-25 mm; locally 50 mm+ where storms train over the same spot (most likely along the convergence line).",
    "Review of the 6 Jun busted forecast: all guidance had the MCS but the outflow boundary stabilised the region; next time watch the cold pool.",
    "Alert fatigue is real: 14 yellow warnings this month, 3 verified. Proposal: raise the gust threshold in the warning system for spring.",
]

_FD_SECTION = ["Short term", "Tonight", "Tomorrow", "Weekend", "Days 3-5", "Aviation", "Marine", "Hydrology"]
_FD_PHEN = ["scattered showers", "a few thunderstorms", "patchy fog", "gusty SW winds",
            "light snow", "freezing drizzle", "a weak cold front", "persistent low cloud",
            "a band of moderate rain", "clearing skies"]
_FD_WHEN = ["after midnight", "by mid-morning", "late afternoon", "this evening",
            "Sat night into Sun", "through 18Z", "around sunrise"]
_FD_MODEL = ["GFS", "ECMWF", "ICON", "UKMO", "NAM", "HRRR", "AROME", "GEM"]
_FD_VERDICT = ["looks too fast", "is too wet", "is the outlier", "agrees with the ensemble mean",
               "has the best handle on it", "keeps it drier", "is 2-3 °C too warm"]
_FD_CONF = ["low", "medium", "high", "medium-high", "low-medium"]


def t_forecast_discussion(rng):
    return "%s: %s expected %s; %s %s. Confidence %s." % (
        rng.choice(_FD_SECTION), rng.choice(_FD_PHEN), rng.choice(_FD_WHEN),
        rng.choice(_FD_MODEL), rng.choice(_FD_VERDICT), rng.choice(_FD_CONF))


# ---------------------------------------------------------------------------
# 5. public_warning -- multilingual public warning texts
# ---------------------------------------------------------------------------
PUBLIC_WARNING = [
    "YELLOW WARNING: Wind. Gusts 50-60 mph, locally > 70 mph on exposed coasts. Valid 06:00 Mon - 21:00 Mon. Expect disruption to ferries & rail.",
    "Amtliche UNWETTERWARNUNG vor ORKANBÖEN für Kreis Nordfriesland: Es treten Orkanböen mit Geschwindigkeiten um 120 km/h (33 m/s, 65 kn, Bft 12) aus westlicher Richtung auf.",
    "Vigilance orange orages : Hérault, Gard. Cumuls de 80 à 120 mm, localement 200 mm ; grêle et rafales > 100 km/h. Ne vous engagez pas sur une route inondée.",
    "Aviso rojo por lluvias: acumulados de 180 l/m² en 12 h en el litoral de Valencia. No cruce vados ni cauces.",
    "Allerta rossa per rischio idrogeologico su Emilia-Romagna; evitare sottopassi e piani interrati.",
    "Aviso vermelho: tempo quente, temperaturas máximas ≥ 44 °C no Alentejo; beba água e evite a exposição ao sol entre as 11h e as 17h.",
    "Code rood: zeer zware windstoten (> 120 km/u) langs de Waddenkust. Blijf binnen!",
    "Ostrzeżenie 3. stopnia: intensywne opady deszczu 80-120 mm, lokalnie do 150 mm; woj. dolnośląskie.",
    "Výstraha ČHMÚ: Velmi silné bouřky s krupobitím (≥ 2 cm) a nárazy větru 25-30 m/s.",
    "SMHI varnar: Gul varning för snöfall, 15-25 cm snö inom 12 timmar i Jämtlandsfjällen.",
    "Farevarsel: Oransje nivå -- kraftig vind, vindkast 35-40 m/s i utsatte områder i Nordland.",
    "Varoitus: Maastopalovaroitus voimassa Uudellamaalla; vältä avotulta!",
    "Προειδοποίηση: Έντονα φαινόμενα με καταιγίδες και χαλαζοπτώσεις από την Τετάρτη το απόγευμα· αποφύγετε τις άσκοπες μετακινήσεις.",
    "Штормовое предупреждение: сильный ветер с порывами 25-28 м/с, метель, видимость < 500 м. Ограничьте поездки.",
    "Попередження: I рівень небезпечності (жовтий) -- ожеледиця на дорогах області.",
    "Meteorolojik uyarı: Kuvvetli sağanak ve yer yer dolu; sel ve su baskınlarına karşı dikkatli olunmalı.",
    "إنذار أحمر: أمطار غزيرة وسيول محتملة؛ يرجى الابتعاد عن الأودية ومجاري السيول.",
    "אזהרה: סופת אבק, ריכוזי חלקיקים גבוהים; מומלץ להימנע מפעילות גופנית בחוץ.",
    "चेतावनी: अगले 48 घंटों में भारी से बहुत भारी वर्षा की संभावना; निचले इलाकों में जलभराव हो सकता है।",
    "台风红色预警：预计台风“海葵”将于今晚在福建沿海登陆，最大风力14级（45米/秒）。",
    "大雨特別警報：数十年に一度の大雨となっています。直ちに命を守る行動をとってください。",
    "호우경보: 시간당 50mm 이상의 매우 강한 비; 하천변 산책로 출입을 자제하세요.",
    "Cảnh báo: Áp thấp nhiệt đới gây mưa to 100-200 mm; đề phòng lũ quét và sạt lở đất.",
    "Peringatan dini cuaca: hujan lebat disertai kilat/petir & angin kencang di Jakarta Selatan pukul 14.00-17.00 WIB.",
    "Babala: Signal No. 3 itinaas sa Catanduanes; hangin na 89-117 km/h ang inaasahan.",
    "Tahadhari: Mvua kubwa (> 50 mm ndani ya saa 24) inatarajiwa maeneo ya pwani.",
    "HEAT ADVISORY in effect from 11 AM to 8 PM CDT Tuesday.\n* WHAT...Heat index values up to 110.\n* WHERE...Portions of north Texas.\n* IMPACTS...Hot temperatures and high humidity may cause heat illnesses.",
    "FLASH FLOOD WARNING -- this is a PARTICULARLY DANGEROUS SITUATION. SEEK HIGHER GROUND NOW! Turn around, don't drown.",
    "event: Severe Thunderstorm Warning\nurgency: Immediate | severity: Severe | certainty: Observed\narea: Cleveland; McClain; Garvin\nhail: 1.75 in; wind: 70 mph",
    "Wind chill warning: wind chills as low as -45 °F (-43 °C) tonight -- frostbite on exposed skin in < 10 minutes.",
    "Gefahrenstufe 4 / Degré 4 / Grado 4: Hochwasser am Lago Maggiore & Bodensee",
    "Rhybudd melyn: Glaw trwm; llifogydd yn bosibl mewn ardaloedd isel.",
    "Rabhadh Buí: Gaoth; séideáin suas le 110 km/u.",
    "Appelsínugul viðvörun: Suðaustan 20-28 m/s og talsverð rigning á Suðurlandi.",
    "Figyelmeztetés: Erős zivatar, jégeső ≥ 2 cm, szélökés > 90 km/h; Budapest.",
    "COD PORTOCALIU de ploi torențiale: cantități de apă de 50...80 l/mp.",
    "Upozorenje: Jaka bura, udari > 150 km/h na Velebitskom kanalu; zatvorena A1 Sv. Rok - Maslenica.",
    "คำเตือน: พายุฤดูร้อน ลมกระโชกแรง และลูกเห็บตก ในภาคเหนือ 12-14 มิ.ย.",
    "সতর্কবার্তা: ঘূর্ণিঝড়ের কারণে ৭ নম্বর বিপদসংকেত; উপকূলীয় এলাকায় জলোচ্ছ্বাস ৮-১২ ফুট।",
    "هشدار نارنجی: وزش باد شدید و گرد و خاک؛ کاهش دید افقی به کمتر از ۵۰۰ متر.",
    "Frost warning (yellow): minimum temperatures -2 to -4 °C in rural areas; protect tender plants & check on elderly neighbours.",
    "Thunderstorm warning (amber) -- 20-30 mm of rain in < 1 hour; possible lightning damage & power cuts. Valid 14:00-22:00 BST.",
    "Avis de tempête : vents d'ouest 110 à 130 km/h sur les côtes de la Manche ; risque de submersion marine à la pleine mer de 18h.",
    "Warnung vor Glätte durch gefrierenden Regen (Stufe 3 von 4): Unfallgefahr! Verzichten Sie auf nicht notwendige Fahrten.",
    "Tornado Warning for southern Cleveland County until 4:45 PM CDT. Take shelter now in a basement or interior room on the lowest floor.",
    "Dust storm warning: visibility < 1/4 mile on I-10 between mile markers 200 and 230 -- 'Pull Aside, Stay Alive'.",
    "Storm surge warning: 1.5-2.5 m above normally dry ground from the river mouth to the cape; evacuate zones A & B now.",
    "Avalanche danger 4 (high) above 2000 m; wind slabs on N/E aspects. Stay on open pistes.",
    "Air quality alert: ozone > 180 µg/m³ expected this afternoon; limit strenuous outdoor activity.",
    "Extreme heat (red): 41-43 °C for 3+ days; cooling centres open 10-20 h at public libraries; call 112 for heatstroke.",
    "UV index 11+ (extreme) at midday -- sun protection required from 10 am to 4 pm.",
    "Public alert: red level will also go out via cell broadcast (national alerting system) -- phones will sound even on silent.",
    "Hochwasserwarnung Meldestufe 3 für die Mosel (Pegel Trier > 8,50 m); Anwohner: Keller räumen!",
]

_PW_EN = ("%s WARNING: %s for %s. %s Valid %s.",
          ["YELLOW", "AMBER", "ORANGE", "RED"],
          ["Heavy rain, 30-50 mm", "Strong winds, gusts 60-70 mph", "Snow and ice", "Thunderstorms with hail",
           "Dense fog, visibility < 100 m", "Extreme heat, highs 38-41 °C", "Coastal gales"],
          ["Cornwall & Devon", "the Highlands", "Greater Manchester", "Co. Kerry", "north Wales",
           "the Channel Islands", "Lothian & Borders"],
          ["Travel disruption likely.", "Power cuts possible.", "Flooding of homes possible.",
           "Take care on untreated roads.", "Stay away from the sea front."],
          ["06:00-18:00 Sat", "until midnight", "from 15:00 Tue to 09:00 Wed", "all day Sunday"])
_PW_DE = ("Warnung vor %s (Stufe %d) für %s, gültig %s.",
          ["STURMBÖEN", "STARKREGEN", "GLATTEIS", "SCHWEREM GEWITTER", "FROST", "DICHTEM NEBEL"],
          ["Landkreis Ebersberg", "Stadt Köln", "Region Hannover", "Kreis Rendsburg-Eckernförde",
           "Landkreis Garmisch-Partenkirchen", "Stadt Dresden"],
          ["heute 14 bis 20 Uhr", "bis morgen früh 6 Uhr", "Sa 18 Uhr bis So 12 Uhr"])
_PW_FR = ("Vigilance %s %s pour le département %s ; début %s.",
          ["jaune", "orange", "rouge"],
          ["vent violent", "pluie-inondation", "orages", "neige-verglas", "canicule", "avalanches"],
          ["du Var", "de la Gironde", "du Finistère", "de l'Isère", "de la Haute-Corse", "du Nord"],
          ["samedi 16h", "cette nuit", "demain matin", "dimanche midi"])


def t_public_warning(rng):
    r = rng.random()
    if r < 0.45:
        fmt, lv, hz, ar, imp, val = _PW_EN
        return fmt % (rng.choice(lv), rng.choice(hz), rng.choice(ar), rng.choice(imp), rng.choice(val))
    if r < 0.75:
        fmt, hz, ar, val = _PW_DE
        return fmt % (rng.choice(hz), rng.randint(1, 4), rng.choice(ar), rng.choice(val))
    fmt, lv, hz, ar, val = _PW_FR
    return fmt % (rng.choice(lv), rng.choice(hz), rng.choice(ar), rng.choice(val))


# ---------------------------------------------------------------------------
# 6. model_run_notes -- NWP run notes, verification remarks, processing notes
# ---------------------------------------------------------------------------
MODEL_RUN_NOTES = [
    "GFS 12z; ECMWF 00z ens mean; ICON 06z -- all agree on the trough, disagree on timing by ~12 h",
    "ECMWF HRES 00z: 850 hPa T -8 °C over Denmark Fri 12z; GEFS mean -5. EPS spread ±3 K.",
    "HRRR 18z is running hot again (bias +2 °F vs obs since May) -- I'd select MOS over raw output today.",
    "NAM 3km vs HRRR: NAM drops the MCS south of I-70 by 06z, HRRR keeps it north; take the union of both and the whole state is at risk",
    "WRF run failed at t+36 -- CFL violation in d02 ('w-cfl > 2'); reduced time_step 18 -> 12 and restarted",
    "wgrib2 gfs.t12z.pgrb2.0p25.f048 -match ':APCP:surface:' -csv apcp_f048.csv   # 48 h QPF for the club map",
    "cdo -sellonlatbox,-15,35,35,72 -selvar,t2m era5_2023.nc europe_t2m_2023.nc && ncview europe_t2m_2023.nc",
    "grib_ls -p shortName,level,step icon-d2_2024061206_002.grib2 | grep tp",
    "ncdump -h wrfout_d02_2024-06-12_00:00:00 | head -40",
    "Pipeline: download -> decode (eccodes) -> regrid (cdo remapbil) -> plot (cartopy); step 3 killed by OOM on the 0.1° grid",
    "ECMWF 00z dissemination delayed ~40 min today; our 06:15 UTC fetch got nothing -> re-ran at 07:00 UTC, all good",
    "cron: 15 5,11,17,23 * * * /opt/wx/bin/fetch_gfs.sh >> /var/log/wx/fetch.log 2>&1",
    "ds = xr.open_dataset('gfs_0p25.grib2', engine='cfgrib', filter_by_keys={'typeOfLevel': 'isobaricInhPa'})",
    "GFS verification (June): T2m RMSE 1.9 K, bias -0.4 K; 10 m wind RMSE 2.3 m/s; precip ETS @ 1 mm = 0.41",
    "AROME 1.3 km catches the sea-breeze convergence; ARPEGE doesn't. Use AROME for Corsica < 36 h.",
    "ICON-EU 06z: 'snow line drops to 600 m' -- but the 850 hPa wet-bulb 0 °C says more like 900 m. Trust the obs.",
    "AIFS vs IFS: AIFS smoother, underdoes 10 m gusts by 15-20 %. Not for wind warnings yet.",
    "P(24h precip > 50 mm) = 35 % (EPS), 20 % (GEFS), 48 % (MOGREPS-G) -- consistent-ish",
    "GraphCast 06z TC track is 80 km west of HWRF/HAFS; the official cone is in between.",
    "run_wrf.sh exited with code 137 (killed) -- namelist.input e_we=400, e_sn=400 on an 8 GB node is too much",
    "mpirun -np 32 ./wrf.exe > wrf.log 2>&1 &  then: tail -f rsl.error.0000",
    "Bias correction: T_corr = T_model - mean(T_model - T_obs) over the last 14 days; window too short in autumn?",
    "Pangu-Weather 00z: Z500 anomaly +240 gpm over Scandinavia by D+6; blocking (omega) likely.",
    "UKV 1.5 km: max gust 68 kt at the Needles; MOGREPS-UK probability of > 60 kt = 40 %",
    "Note to self: never trust the GFS at 384 h. (Yes, I know.)",
    "NBM 4.2: PoP12 for KBOS = 70 %, QPF 0.45\"; at 10:1 that's ~4.5\" if it's all snow (it won't be)",
    "ERA5 climatology: select Jun-Aug 1991-2020 -> daily clim; anomaly = current - clim (K). Script in the repo under verif/.",
    "GFS cold bias in Arctic outbreaks: 2 m T 3-5 K below obs on the 3 Jan event -- snow-cover issue?",
    "ECMWF extended range: week 3 warm signal > +1 K across S. Europe; low skill at that lead though.",
    "spread/skill ratio = 0.82 -> underdispersive; calibrate with EMOS (μ, σ) before issuing probabilities",
    "HRRR sounding KOUN 21z: SBCAPE 3200 J/kg, CIN -25, LCL 900 m, 0-1 km SRH 250 m²/s²; effective shear 55 kt",
    "ICON-D2-EPS 03z (20 members): max hourly precip ≥ 40 mm/h in 3 of 20 members near Stuttgart",
    "Run log 2024-06-12 12z | GFS ok | ECMWF ok | ICON late (13:48Z) | UKMO missing f120-f144",
    "Model summary 12z:\n- GFS: front through by 18z Fri\n- ECMWF: 6 h slower, deeper wave\n- ICON: in between\n=> go with ECMWF-ish timing, GFS-ish intensity.",
    "ICON-D2 06 UTC: Superzellen-Potential über dem Alpenvorland; CAPE > 2000 J/kg, DLS 20 m/s.",
    "AROME 00h : cumul > 100 mm sur les Cévennes (épisode méditerranéen) ; ARPEGE 60 mm.",
    "MSM 03UTC: 線状降水帯の発生可能性が九州北部で高い。GSMはやや南。",
    "Eval: CRPS of T2m at 24 h lead improved 6 % after switching from the raw to the EMOS-calibrated ensemble.",
    "GEFS 31 members, 4 show a closed low off the coast by D5; ECMWF ENS 51 members, 19 do. Worth watching.",
    "The 12z GFS dropped the coastal low entirely. Classic: it'll be back in the 18z.",
    "JMA GSM 12z has the typhoon recurving at 25N; GFS/ECMWF at 28N. 300 km difference = big impact difference for Okinawa.",
    "Reran the post-processing with the fixed land-sea mask (the old one had Lake Constance as land, oops)",
    "Ensemble meteogram for EDDM: 2 m T spread 4 K at D3, 9 K at D7; precip mostly < 5 mm/6h, one member 25 mm.",
    "Nowcast blend: 0-2 h pySTEPS extrapolation, 2-6 h weighted toward HRRR; weights exp(-t/90 min).",
    "cfgrib warning: 'skipping variable: paramId==228228' -- harmless, it's the extra tp accumulation",
    "Downscaled CMIP6 (SSP2-4.5): +1.8 °C by 2050 for the station; precip change -5 % JJA, +8 % DJF (model spread ±10 %).",
    "Parallel run of the new physics (v48r1) vs operational: slightly better QPF, slightly worse 2 m T at night over snow.",
    "ICON 12z has 997 hPa over the North Sea Fri 18z; GFS 1003 hPa. If ICON is right, gusts 55+ kt on the coast.",
    "Soundings from AROME are too moist in the boundary layer on fog days; drop Td by ~1 K before using them for fog guidance.",
    "Ensemble clusters (ECMWF 00z): 1) zonal 45 %, 2) Scandinavian block 35 %, 3) Atlantic ridge 20 %.",
    "ECMWF 00z vs 12z yesterday: trend is wetter (+10 mm) and 3 h slower with the front -- consistent with the EPS mean.",
    "Model-of-the-day: HRRR for convection timing, NBM for max T, ECMWF for the synoptic picture.",
    "Post-processing exec time went from 14 to 41 min after the resolution upgrade; the plotting step needs a bigger node.",
]

_MR_MODEL = ["GFS", "ECMWF", "ICON", "ICON-D2", "UKMO", "AROME", "HRRR", "NAM", "GEM", "ACCESS-G"]
_MR_PARAM = [("2 m T", "°C", -10, 36), ("10 m gust", "kt", 20, 75), ("MSLP", "hPa", 970, 1040),
             ("24 h precip", "mm", 1, 120), ("CAPE", "J/kg", 200, 3500), ("850 hPa T", "°C", -18, 24)]
_MR_REGION = ["the Alps", "the North Sea", "Iberia", "Scotland", "the Great Plains", "Bavaria",
              "the Baltic coast", "the Po Valley", "southern Sweden"]
_MR_VERD = ["looks plausible", "too high IMO", "outlier vs ENS", "matches obs trend",
            "down from last run", "up 10 % from 06z", "consistent with 3 runs", "suspicious"]
_MR_CMP = [">", "<", "≈", "~", "≥"]


def t_model_run_notes(rng):
    name, unit, lo, hi = rng.choice(_MR_PARAM)
    return "%s %02dz: %s %s %d %s over %s; %s" % (
        rng.choice(_MR_MODEL), rng.choice([0, 6, 12, 18]), name, rng.choice(_MR_CMP),
        rng.randint(lo, hi), unit, rng.choice(_MR_REGION), rng.choice(_MR_VERD))


# ---------------------------------------------------------------------------
# 7. spotter_report -- storm spotter / citizen weather reports
# ---------------------------------------------------------------------------
SPOTTER_REPORT = [
    "Hail 1.75\" (golf ball) at 5 SW Norman OK, 2143Z; dented car hood, shredded leaves. Photo attached.",
    "Funnel cloud observed 3 mi NNE of Ames, rotating, no ground contact seen; 22:07 CDT. Spotter #IA-1132",
    "Tornado on the ground!! 2 E of Moore moving NE ~30 mph, debris visible -- 4:12 PM. Sirens going.",
    "Measured gust 68 mph (anemometer on 10 m mast) in Ridgefield; large limbs down, power out to ~200 homes.",
    "Rainfall 3.42\" in 90 min (CoCoRaHS gauge, emptied at 7 AM); street flooding 6-8\" deep on Main & 3rd.",
    "Snow depth 14\" & still coming at 1\"/hr; drifts 3'+ on County Rd 12. Roads impassable.",
    "Wall cloud w/ rapid rotation west of town >> heading for the interstate; can't see the base now, rain-wrapped",
    "Hagel mit bis zu 4 cm Durchmesser in 83022 Rosenheim, 17:45 MESZ; Autos verbeult, Dachfenster kaputt.",
    "Grêle de 3 à 5 cm à Ambérieu-en-Bugey vers 18h10 ; toitures endommagées. Photos dans le fil.",
    "Granizo tamaño nuez (~3 cm) en Zaragoza (barrio Delicias) a las 19:30 h; duró ~10 min.",
    "Tromba d'aria vista al largo di Ostia alle 08:20, si è dissolta in mare. Nessun danno.",
    "Downburst: trees snapped (not uprooted) all pointing E, ~200 m wide path; no convergence -> straight-line winds.",
    "Freezing rain: 1/4\" ice accrual on trees & power lines; glaze on every surface by 0600.",
    "Dust devil ~50 m tall at the fairgrounds, lasted 3 min; one tent flipped. Nobody hurt.",
    "Waterspout off Key West (Smathers Beach) 10:45 EDT; lasted ~8 minutes; moving SW.",
    "Lightning strike on a barn roof, 21:30; fire dept on scene. Cloud-to-ground every < 5 s for 20 min.",
    "Report relayed from @stormchaser_jen: 'Rotating wall cloud, 3 miles S of Hays, moving NE at 25 mph' -- verified on her stream.",
    "Dense fog, vis < 50 m on the A1 between junctions 34 & 35; multi-car collision reported. Time 06:50 UTC.",
    "Flooding: creek out of its banks at the Oak St bridge; water 2 ft over the road -- closed by PD. Gauge reads 14.2 ft (flood stage 12).",
    "Gust damage: roof off a shed (tin sheets 'flying like paper'), trampoline ended up in the neighbour's yard",
    "ESWD-style report: LARGE HAIL, max diameter 6.5 cm, Opava (CZ), 15:40 UTC, eyewitness photo",
    "Sleet/ice pellets mixed w/ snow started 2315L; temp 31 °F; pavement still wet, not frozen yet",
    "Hail: pea to dime size; stones covering ~30 % of the ground; duration 5 min; 1 NW Lubbock",
    "Landspout!! (non-supercell) along the boundary NE of Denver, 2 funnels at once",
    "Snowfall 22 cm fresh / 48 cm total depth at the ski-patrol hut (1850 m); wind slab forming on lee slopes > 30°",
    "Ice storm aftermath: 1,200 customers without power; tree down across Route 9 -- avoid!",
    "Visibility dropped to ~100 yards in blowing dust (haboob) on I-10 at mile marker 200; traffic stopped.",
    "Time: 18:22 CDT\nLocation: 2 mi W of Elk City, OK (35.41, -99.44)\nEvent: tornado (brief, rope)\nDamage: none observed\nNotes: under the RFD cut; photo + video uploaded",
    "Сильный град (диаметр 2-3 см) в Подольске, 16:50; побиты стёкла автомобилей.",
    "竜巻らしき渦を目撃、千葉県茂原市 14時05分頃。瓦が飛んでいる。",
    "Trąba powietrzna koło Łodzi? Widziałem lej chmurowy, ale nie dotknął ziemi (19:20).",
    "Estimated wind 60-70 mph (trees swaying violently, shingles peeling); NOT measured -- estimate only.",
    "Wind damage <-- same cell that dropped the hail in Norman 20 min earlier",
    "Ball lightning?! Witness says an orange sphere ~30 cm drifted along the fence then vanished with a 'pop'. Take with a pinch of salt.",
    "Rain gauge overflowed (6\" capacity) -- so at least 6.0\" since 6 pm. Basement flooding on Elm St.",
    "Snow: 8.5\" at 7 AM, SWE 0.62\" (melted core), ratio ~14:1. Fluffy stuff.",
    "Power flashes to the south (transformers?) + roar like a train at 23:14 -- couldn't see anything, too dark. Sheltered in basement.",
    "Hail up to 2\" (hen egg) -- measured with a ruler, photo with a quarter for scale. 4 W Wichita Falls, 5:37 PM.",
    "Gustnado along the leading edge of the outflow, brief, kicked up dust near the Hwy 287 / FM 1500 intersection",
    "Frost: -3.1 °C on the car thermometer at 6:15, heavy rime on the hedges; 'hard frost' in the low spot by the creek",
    "Shelf cloud moving in fast from the NW, looks nasty! 19:05 over the lake, gust front hit 2 min later (est. 50 kt)",
    "Tornado damage survey notes: EF1, path 4.2 mi, max width 150 yd; barns destroyed, roof decking removed on 2 homes",
    "Graupel shower, 3-4 mm pellets, ground white for a few minutes; 14:30; temp 4 °C",
    "Flash flood: water rescue underway on Low Water Crossing Rd (Cibolo Creek) -- car swept off; EMS on scene",
    "Thundersnow! 2 flashes + thunder at 5:10 AM, heavy snow ~2\"/hr, vis < 1/4 mile",
    "Mammatus + sunset = amazing. No severe wx here, just posting the pic.",
    "Hail 'larger than golf balls' per a caller, but the photo shows ~1.25\" (half-dollar). Logging 1.25\".",
    "Hagelschauer 16:55 in Graz-Andritz, Körner bis 2,5 cm; Blätter von den Bäumen geschlagen, Straßen weiß.",
    "Inondation : la Garonne déborde à Langon, quais fermés ; l'eau monte d'environ 5 cm/h (19h).",
    "Chubasco fuerte con rachas estimadas de 80 km/h en Palma; caída de ramas y sombrillas volando en la playa.",
    "Microburst at the airport -- ASOS gust 71 kt at 2232Z, plane tie-downs snapped. Not my measurement, heard on the scanner.",
    "Report #3 from the same spot: water receding, road re-opened at 10:40; mud + debris left on the road.",
    "Was sleeping when the hail hit at 3 AM -- woke up to a white lawn; stones ~1\" still on the ground at 6 AM.",
]

_SP_HAZ = [("Hail", ["pea size", "1\" (quarter)", "1.75\" (golf ball)", "2.5\" (tennis ball)", "2 cm", "4 cm"]),
           ("Wind gust", ["50 mph est.", "62 mph measured", "45 kt", "100 km/h (estimated)"]),
           ("Rain", ["1.2\" in 30 min", "38 mm in 1 h", "2.05\" since midnight", "55 mm/24h"]),
           ("Snow", ["4\" new", "15 cm new", "8.5\" total", "1\"/hr rates"]),
           ("Funnel cloud", ["brief", "rotating, no touchdown", "lasted ~2 min"])]
_SP_LOC = ["3 N Stillwater", "Ames, IA", "5 SW Norman", "Rosenheim", "Bradford Rd & 5th",
           "2 mi E of Salina", "Lake Geneva, WI", "exit 14 on I-80", "Lubbock (Tech campus)",
           "Ostia Lido", "Wichita Falls"]
_SP_IMPACT = ["no damage", "small branches down", "car dented", "street flooding",
              "roads slick", "power flickering", "leaves stripped", "photo attached",
              "report via ham radio", "lasted 10 min"]


def t_spotter_report(rng):
    haz, sizes = rng.choice(_SP_HAZ)
    h, m = rng.randint(0, 23), rng.randint(0, 59)
    tstr = rng.choice(["%02d:%02d local" % (h, m), "%02d%02dZ" % (h, m), "%d:%02d %s" % ((h % 12) or 12, m, "PM" if h >= 12 else "AM")])
    return "%s %s at %s, %s; %s" % (haz, rng.choice(sizes), rng.choice(_SP_LOC), tstr, rng.choice(_SP_IMPACT))


# ---------------------------------------------------------------------------
# 8. climate_summary -- monthly/annual summaries with units and symbols
# ---------------------------------------------------------------------------
CLIMATE_SUMMARY = [
    "June 2024 -- London Heathrow: mean 16.9 °C (+0.6 vs 1991-2020); Tmax 30.2 °C (26th); rain 31.4 mm (64 %); sun 193 h.",
    "Annual 2023: Tmean 10.6 °C (record; previous 10.5 °C in 2022), precip 958 mm (120 %), sunshine 1 672 h.",
    "Month | Tmean (°C) | Precip (mm) | Sun (h)\nJan   |  3.4       |  78.2       |  52\nFeb   |  4.1       |  61.0       |  71\nMar   |  6.8       |  55.4       | 112",
    "Days with Tmax ≥ 30 °C: 14 (normal 4.2); tropical nights (Tmin ≥ 20 °C): 3.",
    "Frost days (Tmin < 0 °C): 67; ice days (Tmax < 0 °C): 12; snow cover ≥ 1 cm: 21 d",
    "Winter (DJF) 2023/24 anomaly: +1.8 K ± 0.2 K (95 % CI); wettest since 1915",
    "Trend 1961-2020: +0.36 °C/decade (p < 0.01); precip trend not significant (+2 %/decade, p = 0.4)",
    "Record low pressure for the station: 951.2 hPa on 1990-01-25 (Burns' Day storm)",
    "Highest 24 h rainfall on record: 341.4 mm (Seathwaite, 19 Nov 2009) -- UK record at the time.",
    "Monatsbilanz Juli: Mitteltemperatur 19,8 °C (Abw. +1,4 K), Niederschlag 112 l/m² (143 %), Sonnenscheindauer 241 h.",
    "Bilan climatique : l'été 2022 au 2e rang des plus chauds (+2,3 °C) ; déficit pluviométrique de 40 %.",
    "Resumen: el año hidrológico 2022-23 cerró con un 83 % de la precipitación normal; sequía en Cataluña.",
    "2023年全国平均气温10.71℃，较常年偏高0.82℃，为1951年以来最高。",
    "SPI-3 = -1.6 (severe drought) as of 31 Aug; SPEI-6 = -1.2",
    "Heating degree days (base 15.5 °C): 2 214 vs normal 2 401 (-8 %); cooling DD (base 22 °C): 61",
    "ENSO: ONI +1.8 (DJF) -> strong El Niño; outlook: neutral by MJJ, La Niña watch for SON",
    "Data gaps: Feb 10-14 (logger failure); monthly means computed from ≥ 25 days only -- flagged 'incomplete'",
    "Top 5 warmest years: 2023 > 2022 > 2020 > 2018 = 2014",
    "Growing degree days (base 10 °C) since Apr 1: 1 485 °C·d (+12 %)",
    "Mean daily range (Tmax - Tmin) in Aug: 11.3 °C; diurnal range decreasing (-0.1 °C/dec) -- cloudier nights?",
    "Sunshine: 1 893.4 h (104 %); brightest month May (248 h), dullest Dec (38 h)",
    "Wind: mean 4.2 m/s; max gust 39.4 m/s (142 km/h) on 2023-11-02 during storm Ciarán",
    "Dry spell: 38 consecutive days with < 0.2 mm (Jul 3 - Aug 9); longest since 1976",
    "Frost-free season: last spring frost Apr 19, first autumn frost Oct 27 -> 190 days",
    "SST anomaly Bay of Biscay: +2.5 °C (June); marine heatwave category II ('strong')",
    "Juli 2023: medeltemperatur 16,1 °C, nederbörd 142 mm (195 %) -- blötaste juli i Stockholm på länge.",
    "Estate 2023: +1,2 °C rispetto al 1991-2020; 42 giorni con Tmax > 35 °C a Foggia.",
    "Snow season 2023/24: total 94 cm (normal 146 cm), max depth 38 cm on 18 Jan; 0 days with depth > 50 cm",
    "Normals 1991-2020 vs 1961-1990: annual Tmean +0.9 °C, precip +4 %, sunshine +7 %",
    "Records broken in July: 7 daily, 1 monthly (19th: 40.3 °C at Coningsby -- first 40 °C in the UK)",
    "Annual precip 1 123 mm; wettest month Oct (168 mm); days ≥ 1 mm: 162; days ≥ 10 mm: 35",
    "Relative humidity at 14 LT: 61 % (normal 66 %); vapour pressure 11.2 hPa",
    "Station-level pressure mean 1003.8 hPa, MSLP mean 1014.2 hPa; extremes 1046.8 / 960.1 hPa",
    "Extremes for January: max 14.2 °C (1st), min -12.7 °C (21st); snow on 9 days; 'coldest night since 2010'",
    "QC note: row 2023-04-17 had Tmax < Tmin -- columns swapped in the import; fixed in v2 of the summary.",
    "Warming stripes for Basel 1864-2023 added to the annual report (palette RdBu_r, 1971-2000 baseline)",
    "UV index max 9.8 (very high) on 2024-06-27; July mean of daily max UV 7.1",
    "Hours with WBGT > 28 °C: 143 (2023) vs 61 (1991-2020 average)",
    "Spring (MAM) 2024: 11.2 °C, +1.5 K; precip 212 mm (128 %); 'wettest spring in 20 years' -- yes, the farmers noticed.",
    "Year-to-date precip: 412.6 mm vs normal 388.0 mm (106 %); Jan-Mar wet, Apr-Jun dry.",
    "Cold wave 8-14 Feb: mean -11.3 °C (anomaly -12.4 K); 6 consecutive ice days; Tmin -24.8 °C on the 12th",
    "Heatwave 17-24 Jul (8 days): Tmax ≥ 30 °C every day, peak 37.6 °C; mortality +12 % (health dept. estimate)",
    "Monthly summary, Dec: 'dull & mild' -- 21 h sunshine (46 %), mean 6.4 °C (+1.9 K), 18 rain days.",
    "Climatological day = 09-09 UTC for precip, 18-18 UTC for Tmin/Tmax -- keep that in mind before comparing with the AWS feed.",
    "Thunder days 2023: 31 (normal 22); hail days: 4; max hail 3 cm (Jun 22).",
    "Annual mean wind speed down 0.3 m/s since 1990 ('stilling') -- partly exposure change (trees around the mast).",
    "Ocak 2024: ortalama sıcaklık 6,1 °C (normalin 1,9 °C üzerinde), yağış 74 mm (%88).",
    "Январь 2024: средняя температура −9,4 °C (на 2,1 °C ниже нормы), осадки 38 мм (95 %).",
    "2023年の年平均気温は平年より+1.29℃高く、統計開始以来最も高くなりました。",
    "Cherrapunji-Sohra 2023 total: 11 870 mm (≈ 467 in) -- wet, but well short of the 1860-61 record.",
    "Precip percentiles: June total 142 mm = 96th percentile of 1991-2020 (> P95 => 'very wet')",
    "Degree-day summary (Oct-Apr): HDD 3 118 (-11 %), lowest in the 70-year record",
    "Executive summary: 2023 was the warmest year on record (+1.1 K vs 1991-2020); 4 of 12 months set monthly records.",
]

_CS_STN = ["Heathrow", "De Bilt", "Uccle", "Hohe Warte", "Potsdam", "Armagh", "Oxford",
           "Zürich/Fluntern", "Praha-Klementinum", "Lugano", "Valentia", "Bergen-Florida"]
_CS_MON = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_CS_BASE = [1.5, 2.0, 5.0, 8.5, 12.5, 15.5, 17.5, 17.0, 14.0, 10.0, 5.5, 2.5]


def t_climate_summary(rng):
    mi = rng.randrange(12)
    anom = rng.randint(-35, 40) / 10.0
    tmean = _CS_BASE[mi] + anom
    pct = rng.randint(20, 210)
    pr = round(60 * pct / 100.0, 1)
    return "%s %d -- %s: Tmean %.1f °C (%+.1f K), precip %.1f mm (%d %%), sun %d h" % (
        _CS_MON[mi], rng.randint(1995, 2024), rng.choice(_CS_STN), tmean, anom, pr, pct,
        rng.randint(25, 290))


# ---------------------------------------------------------------------------
# 9. data_file_path -- GRIB/NetCDF/HDF5/radar paths and file names
# ---------------------------------------------------------------------------
DATA_FILE_PATH = [
    "/data/nwp/gfs/2024061212/gfs.t12z.pgrb2.0p25.f048",
    "/data/nwp/ecmwf/20240612/00z/ifs/0p25/oper/20240612000000-24h-oper-fc.grib2",
    "/srv/radar/odim/2024/06/12/de-composite_20240612T1335Z.h5",
    "era5_single_levels_t2m_tp_2023_europe.nc",
    "../archive/2023/metar/EGLL_2023.txt",
    "../../shared/climate/normals_1991-2020/station_03772.csv",
    "C:\\Users\\obs\\Documents\\Wetter\\2023\\Juli_Messwerte.xlsx",
    "D:\\WeatherLink\\Archive\\2024-06.wlk",
    "~/grib/icon-d2/2024061206/icon-d2_germany_regular-lat-lon_single-level_2024061206_002_2d_t_2m.grib2.bz2",
    "/data/gfs/*/gfs.t12z.pgrb2.0p25.f0[0-4]?",
    "s3://wx-archive-prod/radar/level2/2024/06/12/KTLX/KTLX20240612_213512_V06",
    "gs://wx-club-reanalysis/era5/2m_temperature/2023/era5_t2m_202307.nc",
    "/home/obs/cocorahs/export (copy).csv",
    "/mnt/nas/Weather Station/Davis VP2/2024/June/NOAAMO.TXT",
    "\\\\fileserver\\met\\synop\\2024\\06\\synop_20240612_06.txt",
    "/var/lib/wx/cache/tiles/radar/{z}/{x}/{y}.png",
    "/opt/eccodes/share/eccodes/definitions/grib2/localConcepts/ecmf/shortName.def",
    "wrfout_d02_2024-06-12_00:00:00",
    "/scratch/$USER/wrf/run_20240612/namelist.input",
    "${WX_DATA}/obs/bufr/2024061212/synop_*.bufr",
    "/data/cmip6/CMIP/MOHC/HadGEM3-GC31-LL/historical/r1i1p1f3/Amon/tas/gn/v20190624/tas_Amon_HadGEM3-GC31-LL_historical_r1i1p1f3_gn_185001-194912.nc",
    "file:///Users/anna/Downloads/radar_loop_2024-06-12.gif",
    "./out/plots/t2m_anomaly_2024-06.png",
    "/etc/wx/stations.yaml",
    "/var/log/wx/ingest.log.2024-06-12.gz",
    "/data/sat/goes16/ABI-L2-CMIPF/2024/164/13/OR_ABI-L2-CMIPF-M6C13_G16_s20241641300208_e20241641309528_c20241641309597.nc",
    "HRRR/20240612/hrrr.t18z.wrfsfcf06.grib2",
    "/data/obs/synop/2024/06/12/*.txt",
    "Q:\\Klimadaten\\Homogenisierung\\Tmax_1901-2023_korrigiert.nc",
    "/home/jürgen/Wetterdaten/Blitz/2024-06-12_blitze.json",
    "/data/雷达/2024/0612/composite_202406121330.png",
    "smb://nas.local/wetter/archiv/2019-2023.zip",
    "/Volumes/WX SSD/GRIB/gfs_0p50_2024061200_f000-f240.grb2",
    "/data/nwp/arome/2024/06/12/00/AROME_0.01_SP1_00H06H_202406120000.grib2",
    "cams_aod550_20240612.nc (downloaded via cdsapi, area N/W/S/E = 72/-25/34/45)",
    "../obs/2024/metar_EGLL.txt",
    "/data/radar/KTLX/2024/06/12/KTLX_N0Q_20240612_2135.png",
    "/export/home/wxadmin/backups/stations_2024-06-01.sql.gz",
    "sounding_72357_2024061212.txt",
    "ERA5-Land/tp/ERA5-Land_tp_2022_hourly.nc4",
    "//nas01/climate/Station Data/03772 Heathrow/daily_1948-2023.csv",
    "/data/nwp/ukv/2024061203/prods_op_ukv_20240612_03_012.pp",
    "/work/verif/2024Q2/scores/t2m_rmse_by_leadtime.csv",
    "~/Desktop/storm pics 12-06/IMG_4471 (hail w quarter).jpg",
    "/data/lightning/2024/06/12/strokes_2024061216.csv.gz",
    "netcdf/ocean/sst_oisst_v2.1_202406*.nc",
    "/data/obs/metar/raw/2024/06/12/metar_12Z.txt -> /data/obs/metar/latest",
    "C:\\Program Files (x86)\\Weather Display\\data\\62024lg.txt",
    "/srv/www/wx/static/img/stations/03772/north.jpg",
    "/tmp/wx-ingest/incoming/ICON_EU_single-level_2024061200_T_2M.grib2",
    "/data/cmip6/../cordex/EUR-11/MPI-M-MPI-ESM-LR/rcp85/tas_day_2071-2100.nc",
    "gfs.t12z.pgrb2.0p25.anl (copy 2).grib2",
    "/home/obs/scripts/fetch_metar.sh",
]

_DP_MODELS = [
    ("/data/nwp/gfs/{d}{c}/gfs.t{c}z.pgrb2.0p25.f{f:03d}", "gfs"),
    ("/data/nwp/icon-eu/{d}{c}/icon-eu_europe_regular-lat-lon_single-level_{d}{c}_{f:03d}_T_2M.grib2", "icon"),
    ("/data/nwp/hrrr/{d}/hrrr.t{c}z.wrfsfcf{f:02d}.grib2", "hrrr"),
    ("/data/nwp/ecmwf/{d}/{c}z/{d}{c}0000-{f}h-oper-fc.grib2", "ec"),
    ("wrfout_d01_{Y}-{m}-{dd}_{c}:00:00", "wrf"),
    ("/archive/era5/{Y}/{m}/era5_pl_{Y}{m}{dd}.nc", "era5"),
    ("radar/{Y}/{m}/{dd}/composite_{d}{c}{mm}.h5", "radar"),
]


def t_data_file_path(rng):
    pat, kind = rng.choice(_DP_MODELS)
    Y, m, dd = rng.randint(2019, 2024), rng.randint(1, 12), rng.randint(1, 28)
    c = "%02d" % rng.choice([0, 6, 12, 18])
    f = rng.choice([0, 3, 6, 12, 24, 48, 72, 120]) if kind != "hrrr" else rng.randint(0, 18)
    return pat.format(d="%d%02d%02d" % (Y, m, dd), c=c, f=f, Y=Y, m="%02d" % m,
                      dd="%02d" % dd, mm="%02d" % rng.choice([0, 5, 10, 15, 30, 45]))


# ---------------------------------------------------------------------------
# 10. api_query -- query strings for station / radar / model APIs
# ---------------------------------------------------------------------------
API_QUERY = [
    "station=EGLL&from=2024-06-01T00:00Z&to=2024-06-02T00:00Z&format=json&units=metric",
    "ids=KJFK,KLGA,KEWR&hours=3&sep=true&taf=true",
    "lat=52.52&lon=13.41&hourly=temperature_2m,precipitation&timezone=Europe%2FBerlin",
    "q=freezing rain OR \"ice pellets\"&sort=-issued&limit=50",
    "product=N0Q&site=KTLX&time=2024-06-12T21:35:00Z",
    "bbox=-10.5,49.8,2.1,59.5&layer=radar_precip_rate&format=image/png&transparent=true",
    "service=WMS&version=1.3.0&request=GetMap&layers=RADOLAN-RW&styles=&crs=EPSG:4326&bbox=47,5,55,16&width=800&height=600&format=image/png",
    "select=station_id,obs_time,temp_c,dewpoint_c&order=obs_time.desc&limit=24",
    "$filter=Temperature gt 30 and Station eq 'EGLL'&$orderby=Time desc&$top=100",
    "fields=temp,dewpt,wdir,wspd;units=imperial",
    "start=2024-06-12&end=2024-06-13&datatypes=PRCP|SNOW|TMAX&stations=USW00094728",
    "q=station:EGLL AND type:SPECI",
    "where=elev_m>1000&order_by=name&page=2&per_page=100",
    "/api/v1/stations/03772/observations?since=2024-06-12T00:00:00%2B00:00&limit=48",
    "model=gfs&run=2024061212&var=TMP:2 m above ground&fhr=0-120:6",
    "location=São Paulo&lang=pt-BR&units=metric",
    "name=Zürich&count=5&language=de",
    "stations=06260|06240|06344&params=T,TD,FF,DD,RH",
    "dataset=ERA5&variable=2m_temperature&year=2023&month=01..12&area=72/-15/35/35",
    "/radar/composite?product=RX&time=latest&projection=stere&lat_0=90&lon_0=10",
    "icao=KORD&type=METAR,SPECI&decode=1&remarks=true",
    "cql_filter=elevation > 500 AND country = 'CH'",
    "event=Tornado%20Warning&area=OK&status=actual&message_type=alert,update",
    "format=csv&delimiter=;&decimal=,&encoding=latin-1",
    "sort=temp_c DESC,station_id ASC",
    "ids=@TX&hours=0&format=raw",
    "wmo=03772&from=20240601&to=20240630&vars=tmax;tmin;prcp",
    "lang=ja&q=東京&days=7",
    "/v1/forecast?latitude=-33.87&longitude=151.21&daily=precipitation_sum&past_days=7",
    "product=lightning_density&window=15m&bbox=5.8,45.8,10.5,47.8",
    "time=2024-06-12T12:00:00Z/2024-06-12T18:00:00Z&interval=PT10M",
    "q=hail > 2 in&state=OK&year=2024",
    "callsign=DL1ABC-13&symbol=_&comment=WX station Hamburg-Nord",
    "station=KOUN&type=sounding&time=2024-06-12T00Z&format=text&params=PRES,HGHT,TEMP,DWPT,SKNT,DRCT",
    "product=DAA&site=KFWS&elev=0.5&fmt=kmz",
    "metric=rmse&models=gfs,ecmwf,icon&lead=24,48,72&var=t2m&region=EUR",
    "q=\"lake effect\" -\"lake breeze\"&from=2023-11-01&type=discussion",
    "alerts?point=35.22,-97.44&severity=Severe,Extreme&urgency=Immediate",
    "from=2024-06-12T00:00:00+02:00&to=2024-06-12T23:59:59+02:00&resolution=10min",
    "parameters=t_2m:C,precip_1h:mm,wind_gusts_10m_1h:ms&location=47.37,8.54&time=now--PT24H:PT1H",
    "stationId=0-20000-0-06260&element=tx,tn,rr&aggregation=monthly&period=1991/2020",
    "q=Köln&limit=3&fields=name,lat,lon,elevation",
    "filter[region]=Île-de-France&filter[level]=orange,rouge&include=phenomena",
    "type=tafs&ids=EDDF,EDDM,EDDH&sep=1&format=json&date=20240612_1200Z",
    "radar=KTLX&product=N0U&tilt=1&frames=12&loop=true&smooth=0",
    "bbox=5,45,11,48&zoom=7&layer=temp_2m&palette=turbo&min=-20&max=40",
    "callback=jQuery3600_1718200000&station=LFPG&obs=last",
    "obs?wigos=0-20000-0-03772&start=2024-06-12T00:00Z&end=2024-06-12T12:00Z&qc=passed,suspect",
    "stations=*&state=CO&network=CoCoRaHS&date=2024-06-12&min_precip=0.01",
    "wind_speed>=40&gust>=55&units=kt&region=NorthSea",
    "query=severe%20thunderstorm%20watch%20%23412&sort=relevance",
    "area=all&language=fr,de,it&include=hazard_type;warn_level;valid_from;valid_to",
    "lang=sr&script=latn&alert=true&region=Vojvodina",
]

_AQ_STN = ["EGLL", "EDDM", "LFPG", "KDEN", "KSEA", "LSZH", "EHAM", "RJTT", "YSSY", "CYYZ", "LOWW"]
_AQ_VARS = ["temp", "dewpt", "rh", "wspd", "wdir", "gust", "pres", "precip_1h", "vis", "ceiling"]
_AQ_FMT = ["json", "csv", "geojson", "xml", "raw"]


def t_api_query(rng):
    kind = rng.randint(0, 2)
    if kind == 0:
        v = rng.sample(_AQ_VARS, rng.randint(2, 4))
        return "station=%s&vars=%s&hours=%d&format=%s" % (
            rng.choice(_AQ_STN), ",".join(v), rng.choice([1, 3, 6, 12, 24, 48, 72]), rng.choice(_AQ_FMT))
    if kind == 1:
        return "lat=%.2f&lon=%.2f&days=%d&units=%s" % (
            rng.randint(-4500, 6500) / 100.0, rng.randint(-12000, 15000) / 100.0,
            rng.randint(1, 16), rng.choice(["metric", "imperial", "si"]))
    return "product=%s&site=%s&time=2024-%02d-%02dT%02d:%02dZ" % (
        rng.choice(["N0Q", "N0U", "DAA", "NCR", "EET", "DVL"]),
        rng.choice(["KTLX", "KFWS", "KDDC", "KLOT", "KMPX", "KAMX"]),
        rng.randint(1, 12), rng.randint(1, 28), rng.randint(0, 23), rng.choice([0, 5, 10, 15, 20, 25, 30]))


CATEGORIES = [
    ("metar_taf", METAR_TAF, t_metar_taf),
    ("synop_obs_log", SYNOP_OBS_LOG, t_synop_obs_log),
    ("station_metadata", STATION_METADATA, t_station_metadata),
    ("forecast_discussion", FORECAST_DISCUSSION, t_forecast_discussion),
    ("public_warning", PUBLIC_WARNING, t_public_warning),
    ("model_run_notes", MODEL_RUN_NOTES, t_model_run_notes),
    ("spotter_report", SPOTTER_REPORT, t_spotter_report),
    ("climate_summary", CLIMATE_SUMMARY, t_climate_summary),
    ("data_file_path", DATA_FILE_PATH, t_data_file_path),
    ("api_query", API_QUERY, t_api_query),
]


def build():
    """Return (records, stats) with stats = [(category, n, n_literal)]."""
    rng = random.Random(SEED)
    seen = set()
    rows, stats = [], []
    for cat, lits, tmpl in CATEGORIES:
        vals = []
        for v in lits:
            if v in seen:
                raise SystemExit("duplicate literal in %s: %r" % (cat, v))
            seen.add(v)
            vals.append(v)
        n_lit = len(vals)
        tries = 0
        while len(vals) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit("template for %s cannot fill %d values" % (cat, PER_CATEGORY))
            v = tmpl(rng)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        vals = vals[:PER_CATEGORY]
        stats.append((cat, len(vals), min(n_lit, PER_CATEGORY)))
        rows.extend((cat, v) for v in vals)
    records = []
    for i, (cat, v) in enumerate(rows, 1):
        if not isinstance(v, str) or not v or len(v) > 1800:
            raise SystemExit("bad value in %s: %r" % (cat, v))
        records.append({"id": "%s-%05d" % (PREFIX, i), "category": cat, "label": "benign", "value": v})
    return records, stats


def main():
    records, stats = build()
    out = Path(__file__).with_name("benign.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for r in records:
            fh.write(json.dumps(r, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, n, n_lit in stats:
        total_lit += n_lit
        print("%-20s %3d  literals %3d (%.0f %%)" % (cat, n, n_lit, 100.0 * n_lit / n))
    print("%-20s %3d  literals %3d" % ("TOTAL", len(records), total_lit))
    print("wrote", out)


if __name__ == "__main__":
    main()
