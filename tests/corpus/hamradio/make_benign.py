"""Benign held-out corpus for the amateur-radio logbook / QSL portal theme.

Every value is text a real operator would type or paste into an ordinary field of a
club logbook and QSL portal: contact-log notes, pasted ADIF records, log search boxes,
antenna and rig notes, CAT / logging-software notes, QSL-card messages, contest
exchanges, satellite pass notes, net and repeater schedules, and multilingual notes.

Most values are hand-written literals.  The rest come from small templates over
hand-written pools (callsigns, bands, grids, remarks).  ADIF records are hand-written
field lists; only the ``<FIELD:len>`` length prefixes are computed by ``adif()``.

Standard library only, fixed seed, byte-identical output for any cwd / PYTHONHASHSEED.
"""

import json
import random
from pathlib import Path

SEED = 7301
PER_CATEGORY = 80
PREFIX = "hb73"

# ---------------------------------------------------------------------------
# shared hand-written pools for templates
# ---------------------------------------------------------------------------
CALLS = [
    "DL1ABC", "DL1ABC/P", "W1AW", "G4XYZ", "EA4GHI", "JA1QRZ", "VK2DEF", "ZS6KLM",
    "PY2XYZ", "OH2TJK", "F4KLM", "I2RST", "SP9XYZ", "OK1DEF", "LU1AAB", "K1ABC/M",
    "VE3XYZ", "HB9CVQ", "ON4XYZ", "SM5ABC", "9A2XYZ", "YO3ABC", "UR5ABC", "JH1XYZ/1",
    "ZL1ABC", "KH6XYZ", "EI5ABC", "PA3XYZ", "LA9ABC", "S57ABC", "M0ABC", "2E0XYZ",
    "VU2ABC", "HL1XYZ", "CT1ABC", "OE1XYZ", "VP8/G3ABC", "EA8/DL1ABC", "N2QQ", "KD2XYZ",
]
BANDS = [
    ("20m", "14.074", "FT8"), ("40m", "7.074", "FT8"), ("20m", "14.025", "CW"),
    ("40m", "7.030", "CW"), ("20m", "14.250", "SSB"), ("80m", "3.573", "FT8"),
    ("15m", "21.074", "FT8"), ("10m", "28.480", "SSB"), ("17m", "18.100", "FT8"),
    ("30m", "10.136", "FT8"), ("6m", "50.313", "FT8"), ("2m", "144.300", "SSB"),
    ("160m", "1.840", "FT8"), ("12m", "24.915", "FT8"), ("20m", "14.080", "FT4"),
    ("40m", "7.047", "RTTY"), ("80m", "3.560", "CW"), ("70cm", "432.200", "SSB"),
]
GRIDS = [
    "JO62qm", "FN42", "IO91wm", "JN58td", "EM13", "PM95", "QF56", "KP20le", "IN80",
    "FN31pr", "JO31", "DM79", "GG66", "JO40", "IM58", "KN34", "OL72", "RE78",
]
NAMES = ["Hans", "Joe", "María", "Yuki", "Pekka", "Jan", "Siobhán", "André", "Zoltán",
         "Ole", "Chiara", "Bob", "Kasia", "Ahmet", "Dave", "Émile"]
UTC = ["0412", "0730", "1105", "1432", "1658", "1823", "2015", "2247", "2359", "0001"]


def adif(fields, eor=True):
    """Render a hand-written list of (FIELD, value) pairs as an ADI record."""
    out = " ".join(f"<{k}:{len(v)}>{v}" for k, v in fields)
    return out + (" <EOR>" if eor else "")


# ---------------------------------------------------------------------------
# 1. qso_note -- free-text note on a contact log entry
# ---------------------------------------------------------------------------
QSO_NOTE = [
    "Worked DL1ABC/P on 14.074 FT8, RST -12/-08, 1432z. He's on a SOTA summit DM/BW-012 — nice signal for 5 W.",
    "QSO #1234 w/ W1AW; 599 both ways; op was 'Joe' — said to say hi to the club.",
    "Pileup was nuts; called for 20 min before he came back. Split up 2 (listening 14.027-14.030).",
    "Band dropped out at 18:40 UTC; partial QSO, no confirm. Don't upload to LoTW until he confirms by email.",
    "CW @ 22 wpm; he sent 'TU 5NN' so I logged 599 — actual signal more like 449 w/ QSB.",
    "Ran 100 W into the EFHW; SWR 1.3:1 on 40m, 1.8:1 on 15m. Short path <-> VK2 at sunrise!",
    "Got 'R-15' then nothing — probably QRM from the FT4 crowd at 14.080.",
    "Op's name is O'Brien (EI5ABC), lives in Co. Cork; wants a paper card via bureau.",
    "Select the 'Portable' checkbox next time — I forgot /P on this one and eQSL rejected it.",
    "QRM from a contest station at +2 kHz; moved to 7.012 and finished the QSO there.",
    "Note to self: drop the 6m entries from the 2019 import — duplicates from the old logger.",
    "Exchanged 73 & 88 (XYL was on the mic too). 14.250 SSB, 57/59.",
    "He said \"QRZ? de DL1ABC\" after my call so I repeated: W1XYZ W1XYZ K",
    "Mobile in car, IC-7100 + hamstick; S7 noise from the alternator >:(",
    "Time in log is wrong by 1 hour (DST) — real time 13:05Z, not 14:05Z. Please fix!",
    "Sked with JA1QRZ at 0600z on 7.026; backup 3.525 if 40 is dead.",
    "POTA K-1234 activation, 10+ QSOs; hunter said \"great sig into OH\".",
    "CQ DX; only EU answering. Aurora 'flutter' on signals — K-index = 6.",
    "His QSL info: via M0OXO OQRS, NOT direct; do not send $ in envelopes.",
    "Heard 'sleep well, 73' at the end — it's 02:00 local for him in VK6.",
    "Meteor scatter ping 'JO62 R26' at 05:12:30; MSK144 on 50.280 — completed after 3 periods.",
    "Echo? I heard my own signal ~0.14 s later (round the world!) during this QSO.",
    "QSO cut short, thunderstorm coming — disconnected the antennas; will call again tmrw.",
    "Log says 'RST 599' but the S-meter read S5; whatever, everyone sends 599 ;-)",
    "F/G3ABC (UK op on holiday in France), asked for QSL via home call.",
    "Exec committee mentioned this station at the meeting — he's the new repeater trustee.",
    "Asked him to QSY from 145.500 → 145.575 simplex; done.",
    "Worked 4 bands in 1 hour: 20/17/15/10. Band-slot counter now = 212.",
    "He kept saying 'drop' — his rig kept dropping out; deep fading, 3-5 sec.",
    "Digital voice (DMR TG 262) — not HF and doesn't count for DXCC; leave 'DMR' in the mode field.",
    "Path: me → ISS digipeater (RS0ISS) → EA4GHI. APRS packet heard at 12:01:33.",
    "Grid JO62qm ↔ IO91wm, ~930 km on 2m tropo! Best ever on 144.174 FT8.",
    "Signal report from him: 5/9+20dB; mine to him: 5/7. I'm using a 1/2-wave vertical.",
    "Called 'CQ POTA' for 45 min, 0 replies; propagation < expected (SFI 68).",
    "Station was a DXpedition; confirm via Club Log OQRS, $5 donation suggested.",
    "ATNO!!! Bouvet finally in the log, 10m FT8 F/H mode @ 28.091.",
    "QSO in German: 'Danke für das QSO, vy 73 es gd DX'.",
    "/MM station — maritime mobile on a cargo ship near the Azores (ITU region 1).",
    "He's collecting all 50 states on 160m; I was #47, he needed Vermont.",
    "Partial: got call, no report. Delete? No – keep it as 'NIL' for the contest dupe check.",
    "Tried LSB first by mistake on 20m (should be USB above 10 MHz) — he corrected me :)",
    "Heard on the 80m ragchew net; talked for 1h15m about tube amps & the 3-500Z.",
    "QSO with a school station (GB4SCH); kids asked \"what's your favourite colour?\"",
    "His rig: K3 + KPA500 @ 500 W; antenna 3-el Yagi @ 18 m. Mine: 100 W & wire.",
    "FT8 auto-seq stuck on RR73 → he repeated 3x. Logged anyway; will check LoTW.",
    "Copied him at 12 wpm; key was a bug (Vibroplex) — lovely swing in his fist.",
    "Rare one: his county is 'Union' in NJ, needed for the USA-CA award.",
    "Long QSO — he told me about his shack in a shipping container; uses 12 V from solar.",
    "Contact made on the 2nd try; first attempt the script in JTDX crashed at 1431z.",
    "Signal went from S9 to nothing in 10 s — classic sporadic-E fade on 6m.",
]

NOTE_REMARKS = [
    "nice sig", "QSB deep", "pse QSL via buro", "1st QSO on this band!", "QRM from nearby ragchew",
    "he's QRP 5 W", "new DXCC", "confirmed on LoTW already", "asked for eQSL",
    "conditions poor, K=5", "op very patient with my slow CW", "spotted on the cluster",
    "sked kept", "band opened suddenly", "SOTA chaser point", "he was /P in a park",
]


def tmpl_qso_note(r):
    call = r.choice(CALLS)
    band, freq, mode = r.choice(BANDS)
    rst = "599" if mode in ("CW", "RTTY") else ("59" if mode == "SSB" else f"-{r.randint(1, 20):02d}")
    return f"Worked {call} on {freq} {mode} ({band}), RST {rst}, {r.choice(UTC)}z — {r.choice(NOTE_REMARKS)}"


# ---------------------------------------------------------------------------
# 2. adif_paste -- ADIF records pasted whole into the import box
# ---------------------------------------------------------------------------
ADIF_FIELD_LISTS = [
    [("CALL", "DL1ABC"), ("QSO_DATE", "20240312"), ("TIME_ON", "1432"), ("BAND", "20m"), ("MODE", "FT8"),
     ("RST_SENT", "-12"), ("RST_RCVD", "-08"), ("GRIDSQUARE", "JO62")],
    [("CALL", "W1AW"), ("BAND", "40m"), ("FREQ", "7.030"), ("MODE", "CW"), ("RST_SENT", "599"),
     ("RST_RCVD", "579"), ("COMMENT", "ARRL HQ station, op 'Joe'")],
    [("CALL", "EA4GHI"), ("QSO_DATE", "20231105"), ("TIME_ON", "093015"), ("BAND", "15m"),
     ("MODE", "SSB"), ("SUBMODE", "USB"), ("NAME", "José María"), ("QTH", "Alcalá de Henares")],
    [("CALL", "OH2TJK"), ("BAND", "6m"), ("MODE", "MSK144"), ("FREQ", "50.280"),
     ("PROP_MODE", "MS"), ("COMMENT", "meteor scatter; pings 05:12 & 05:14")],
    [("CALL", "K1ABC/M"), ("MODE", "SSB"), ("BAND", "20m"), ("MY_SIG", "POTA"), ("MY_SIG_INFO", "K-1234"),
     ("NOTES", "Mobile in a Walmart parking lot -> still counts, he said ;-)")],
    [("CALL", "VK2DEF"), ("BAND", "40m"), ("MODE", "FT8"), ("QSL_RCVD", "Y"), ("LOTW_QSL_RCVD", "Y"),
     ("COMMENT", "long path @ 0705z, -19 dB")],
    [("CALL", "JA1QRZ"), ("BAND", "10m"), ("MODE", "CW"), ("QSL_VIA", "JARL bureau"),
     ("COMMENT", "QSL pse via buro & thx fer QSO <3")],
    [("CALL", "RS0ISS"), ("BAND", "2m"), ("MODE", "PKT"), ("PROP_MODE", "SAT"), ("SAT_NAME", "ISS"),
     ("COMMENT", "APRS digi: RS0ISS*,ARISS")],
    [("CALL", "SP9XYZ"), ("CONTEST_ID", "CQ-WW-CW"), ("SRX", "15"), ("STX", "05"),
     ("RST_SENT", "599"), ("RST_RCVD", "599")],
    [("CALL", "G4XYZ"), ("BAND", "80m"), ("MODE", "SSB"), ("TX_PWR", "100"), ("RX_PWR", "400"),
     ("ANT_AZ", "045"), ("COMMENT", "He's using a G5RV @ 10 m; my dipole \\ inverted-V")],
    [("CALL", "PY2XYZ"), ("BAND", "17m"), ("MODE", "FT4"), ("DXCC", "108"), ("CQZ", "11"),
     ("ITUZ", "15"), ("CONT", "SA")],
    [("CALL", "F4KLM"), ("BAND", "2m"), ("MODE", "FM"), ("FREQ", "145.500"), ("NOTES",
     "Simplex test\nSWR ok\nRelais F5ZAX hors service")],
    [("CALL", "ZL1ABC"), ("BAND", "20m"), ("MODE", "SSB"), ("SUBMODE", "USB"), ("NAME", "Aroha"),
     ("COMMENT", "Kia ora! 5/5 both ways; 17,500 km")],
    [("CALL", "N2QQ"), ("BAND", "160m"), ("MODE", "CW"), ("FREQ", "1.822"),
     ("COMMENT", "Top band; needed 3 tries (QSB); 'TU 73 EE'")],
    [("CALL", "HB9CVQ"), ("BAND", "70cm"), ("MODE", "SSB"), ("FREQ", "432.200"),
     ("GRIDSQUARE", "JN47"), ("MY_GRIDSQUARE", "JN58td"), ("DISTANCE", "238")],
    [("CALL", "UR5ABC"), ("BAND", "30m"), ("MODE", "FT8"), ("QSLMSG", "Дякую за QSO! 73"),
     ("COUNTRY", "Ukraine")],
    [("CALL", "ON4XYZ"), ("BAND", "40m"), ("MODE", "RTTY"), ("COMMENT", "RTTY 45.45 bd / 170 Hz shift")],
    [("CALL", "KH6XYZ"), ("BAND", "15m"), ("MODE", "CW"), ("STATE", "HI"),
     ("COMMENT", "WAS #50 -- Hawaii finally!")],
]

ADIF_LITERALS = [
    "<CALL:6>DL1ABC <BAND:3>20m <MODE:3>FT8 <EOR>",
    "<call:4>W1AW <qso_date:8>20240101 <time_on:4>0000 <band:3>40m <mode:2>CW <eor>",
    "ADIF export from WSJT-X\n<adif_ver:5>3.1.0 <programid:6>WSJT-X <EOH>\n<call:5>M0ABC <gridsquare:4>IO91 <mode:3>FT8 <rst_sent:3>-10 <rst_rcvd:3>-14 <qso_date:8>20240512 <time_on:6>183015 <band:3>20m <freq:9>14.075621 <station_callsign:6>DL1ABC <my_gridsquare:6>JO62qm <eor>",
    "<CALL:5>S57AB <BAND:2>6m <MODE:3>FT8 <COMMENT:12>Es 1st of yr <EOR>\n<CALL:5>9A2XY <BAND:2>6m <MODE:3>FT8 <EOR>",
    "<EOH>\n<CALL:6>VE3XYZ <BAND:3>20m <MODE:3>SSB <QSL_SENT:1>Y <QSL_SENT_VIA:1>B <EOR>",
    "Generated on 2024-03-12 by N1MM Logger+ <ADIF_VER:5>3.1.4 <PROGRAMID:10>N1MMLogger <EOH>",
    "<CALL:6>LU1AAB <FREQ:6>14.025 <MODE:2>CW <RST_SENT:3>599 <RST_RCVD:3>599 <NAME:5>Pablo <EOR>",
    "<CALL:7>JH1XYZ/1 <BAND:3>15m <MODE:3>FT8 <EOR>",
    "<call:5>OK1DF <band:3>80m <mode:3>SSB <comment:20>Zdravím, 73 de Petr <eor>",
    "<CALL:6>EI5ABC <BAND:3>40m <MODE:3>SSB <NAME:8>Siobhán <QTH:6>Skerry <EOR>",
    "I'm pasting the last 2 QSOs because the import choked on the file:\n<CALL:5>G4XYZ <BAND:3>40m <MODE:2>CW <EOR>\n<CALL:5>M0ABC <BAND:3>40m <MODE:2>CW <EOR>",
    "<CALL:6>PA3XYZ <BAND:3>12m <MODE:3>FT8 <TIME_ON:4>1212 <TIME_OFF:4>1213 <EOR>",
    "<CALL:8>EA8/DL1A <BAND:3>10m <MODE:3>SSB <EOR>",
    "<CALL:6>YO3ABC <BAND:3>20m <MODE:4>PSK <SUBMODE:5>PSK31 <EOR>",
    "<CALL:6>SM5ABC <BAND:4>160m <MODE:3>FT8 <APP_N1MM_EXCHANGE1:2>14 <EOR>",
    "<CALL:6>ZS6KLM <BAND:3>20m <MODE:3>FT8 <SIG:4>SOTA <SIG_INFO:10>ZS/GP-001 <EOR>",
    "<CALL:6>VU2ABC <BAND:3>17m <MODE:3>SSB <QSL_RCVD:1>N <QSL_SENT:1>R <EOR>",
    "<CALL:5>N2QQ  <BAND:3>40m <MODE:3>FT8 <EOR>   (there's an extra space after the call, is that why it fails?)",
    "<CALL:6>CT1ABC <BAND:3>20m <MODE:2>CW <QSLMSG:30>Obrigado pelo QSO! 73 & bom DX <EOR>",
    "<CALL:6>OE1XYZ <BAND:3>40m <MODE:3>SSB <TX_PWR:3>100 <ANT_PATH:1>G <EOR>",
    "<CALL:5>M0ABC <BAND:2>2m <MODE:3>FM <FREQ:7>145.500 <RST_SENT:2>59 <RST_RCVD:2>57 <EOR>",
    "<CALL:6>HL1XYZ <BAND:3>20m <MODE:3>FT8 <COUNTRY:14>Republic of Korea <EOR>",
    "<CALL:7>2E0XYZ  <BAND:3>40m <MODE:3>SSB <NOTES:22>Foundation licence op. <EOR>",
    "<CALL:5>W1AW/4 <BAND:3>20m <MODE:2>CW <EOR>  <- length says 5 but the call is 6 chars, my bad",
    "<CALL:6>KD2XYZ <BAND:3>2m <MODE:2>FM <MY_RIG:10>FT-8900R  <MY_ANTENNA:9>5/8 wave <EOR>",
    "<CALL:6>9A2XYZ <BAND:3>20m <MODE:4>RTTY <RST_SENT:3>599 <SRX_STRING:2>15 <EOR>",
    "Header first:\n<ADIF_VER:5>3.1.4\n<CREATED_TIMESTAMP:15>20240312 143200\n<EOH>",
    "<CALL:6>LA9ABC <BAND:3>10m <MODE:3>FT8 <QSL_RCVD:1>Y <QSLRDATE:8>20240420 <EOR>",
]


def tmpl_adif(r):
    band, freq, mode = r.choice(BANDS)
    fields = [("CALL", r.choice(CALLS)), ("QSO_DATE", f"2024{r.randint(1, 12):02d}{r.randint(1, 28):02d}"),
              ("TIME_ON", r.choice(UTC)), ("BAND", band), ("FREQ", freq), ("MODE", mode)]
    if r.random() < 0.5:
        fields.append(("GRIDSQUARE", r.choice(GRIDS)))
    if r.random() < 0.4:
        fields.append(("COMMENT", r.choice(NOTE_REMARKS)))
    return adif(fields)


# ---------------------------------------------------------------------------
# 3. log_search -- the search box of the logbook
# ---------------------------------------------------------------------------
LOG_SEARCH = [
    "DL1ABC", "DL1ABC/P", "W1AW*", "JO62", "band:20m mode:FT8", "O'Brien",
    "\"O'Brien\" EI5", "qsl:unconfirmed 40m", "14.074", "VP8/G3ABC",
    "ft8 -12 dB", "EA8/DL1ABC or DL1ABC/P", "where is my card from 3Y0J?",
    "grid=FN31 & band=6m", "calls starting with 9A", "JA* 2023", "SOTA DM/BW-012",
    "POTA K-1234", "CW 160m | 80m", "599 not confirmed", "select all unconfirmed 2m FM contacts",
    "mode: SSB; band: 10m; year: 2024", "RR73", "CQ WW DX 2023 CW log",
    "QSLs received since 01/03/2024", "rst < 559", "QTH München", "José María EA4GHI",
    "Größe 4 Karte", "lotw=Y eqsl=N", "/MM", "K1ABC/M",
    "distance > 5000 km", "JN58td -> JN47", "ISS SSTV", "SO-50 & AO-91",
    "drop outs 2m repeater", "union county NJ", "'Bouvet'", "3Y0J",
    "ZL1* VK* long path", "delete duplicate QSOs", "QSO_DATE 20240312",
    "Ω 50 ohm coax", "λ/4 vertical", "<CALL:6>DL1ABC", "sleep mode rig IC-7300",
    "how to export log as .adi", "net control schedule Tuesday",
]

SEARCH_TOKENS = ["band:20m", "band:40m", "mode:CW", "mode:FT8", "qsl:Y", "qsl:N", "year:2023",
                 "year:2024", "lotw:N", "dxcc:230", "cont:OC", "prop:SAT"]


def tmpl_log_search(r):
    kind = r.randint(0, 3)
    if kind == 0:
        return f"{r.choice(CALLS)} {r.choice(SEARCH_TOKENS)}"
    if kind == 1:
        return f"{r.choice(GRIDS)} {r.choice(SEARCH_TOKENS)} {r.choice(SEARCH_TOKENS)}"
    if kind == 2:
        band, freq, mode = r.choice(BANDS)
        return f"{freq} {mode}"
    return f"{r.choice(CALLS)[:3]}* {r.choice(SEARCH_TOKENS)}"


# ---------------------------------------------------------------------------
# 4. antenna_note -- antenna / feedline notes with measurements
# ---------------------------------------------------------------------------
ANTENNA_NOTE = [
    "Inverted-V @ 12 m apex, legs 10.1 m each (λ/4 @ 7.1 MHz ≈ 10.56 m × 0.95).",
    "SWR 1.3:1 at 14.200, 2.1:1 at the band edges; 25 m of RG-213 (50 Ω) → ~1 dB loss @ 14 MHz.",
    "EFHW 20.4 m wire + 49:1 unun (3 × FT240-43, 2:14 turns); counterpoise 0.05λ.",
    "Ideal λ/4 vertical over perfect ground: Z ≈ 36 + j0 Ω. Mine measures 42 - j12 Ω.",
    "Radials: 16 × λ/4 on the ground beats 4 elevated ones? My results say no — < 0.5 dB difference.",
    "G5RV: 2 × 15.5 m flat top + 10.36 m of 450 Ω ladder line, then coax to the tuner.",
    "Coax choke: 8 turns RG-58 on FT240-31 — ~1.5 kΩ common-mode impedance on 20m.",
    "Moxon for 6m: A = 2.14 m, B = 0.30 m, C = 0.03 m, D = 0.41 m (per MoxGen).",
    "Feedpoint height 8 m; takeoff angle ~35° on 40m. Not great for DX but fine for NVIS-ish EU.",
    "Yagi boom 4.2 m, 3 elements; F/B ratio 18 dB measured with the beacon on 28.200.",
    "The antenna analyzer (RigExpert) shows R=48, X=-3 at 14.150 — basically perfect.",
    "Magnetic loop 1 m diameter, Cu tube 22 mm; Q ~ 600 so bandwidth is ~25 kHz on 40m /!\\ retune often.",
    "Wire length formula: L(m) = 142.5 / f(MHz) for a half-wave dipole (includes end effect ~5%).",
    "Trap dipole traps: 8.2 µH + 60 pF → resonant at 7.05 MHz; measured 7.02.",
    "Vertical: 'hamstick' on mag mount; ground plane = car roof; SWR < 1.5 over 60 kHz.",
    "Ladder line 600 Ω, spacing 10 cm, wire 2 mm — loss negligible (< 0.1 dB/100 m at 7 MHz).",
    "Guying: 3 × Dyneema 3 mm at 120°, 2/3 up the mast; breaking strain 800 kg.",
    "Lightning: ground rod 2.4 m + bonding to main panel; coax through surge arrestor (PolyPhaser).",
    "Beam heading 045° = JA short path from DL; 315° = W6 long path? No, 315° is NA short path.",
    "Loaded vertical: base coil 25 turns / 63 mm former, tap at turn 17 for 80m.",
    "Deltaloop for 20m: 3 × 7.2 m; fed at bottom corner gives vertical pol; Z ≈ 100 Ω → 1:2 unun.",
    "Hexbeam: spreaders 3.5 m fibreglass; ~1.8:1 on 10m, fine on the rest.",
    "Coax: LMR-400 0.7 dB/100 ft @ 30 MHz vs RG-8X 2.0 dB/100 ft — worth the $$$ for the long run.",
    "Tuner settings for 80m: L = 18 µH, C1 = 220 pF, C2 = 410 pF (T-network). Note it down!",
    "Balun 1:1 current (Guanella) — 12 bifilar turns on T200-2.",
    "VSWR = (1 + |Γ|) / (1 - |Γ|); |Γ| = 0.13 → 1.3:1. Return loss ≈ 17.7 dB.",
    "Antenna is 'drop-in' replacement for the old GP; same SO-239; length 5/8 λ for 2m = 1.29 m.",
    "Discone 25–1300 MHz for the scanner; TX only on 2m/70cm, SWR < 2 there.",
    "Noise floor S3 with the loop vs S7 with the vertical — the loop wins for RX on 80m.",
    "Moved the feedpoint 1.5 m away from the gutter; noise dropped 2 S-units.",
    "Rotator: Yaesu G-450; stop at 0°/360° (north), 'overlap' disabled.",
    "Stacked 2 × 9-el on 2m, 2.4 m vertical spacing; phasing lines λ/2 × VF 0.66 × odd multiples.",
    "Counterpoise 6.1 m on the ground for the QRP end-fed — SWR dropped from 2.5 to 1.4.",
    "NEC model: GW 1 21 0 0 10 0 0 20.4 0.001 — then GE, EX 0 1 1 0 1 0, FR 0 1 0 0 14.1.",
    "Beverage 150 m long, 2 m high, terminated 470 Ω to ground; RX only.",
    "Measured velocity factor of the coax: 0.66 (λ/4 stub resonant at 9.9 MHz for 5.0 m).",
    "Attic dipole, bent ends; works but RFI into the doorbell >.< — added ferrites.",
    "Feed impedance 200 Ω → 4:1 balun; with 50 Ω coax the match is ~1.1:1.",
    "Gain 9 dBi @ 144 MHz claimed; I'd say 7-ish. Pattern -3 dB beamwidth ~52°.",
    "Hairpin match on the driven element: 2 × 12 cm, spacing 3 cm.",
    "Height above ground /λ = 0.5 gives the classic 27° lobe; at 0.25λ it's mostly straight up.",
    "Spiderbeam 5-band, 10 kg; mast 10 m telescopic; guys @ 5 m and 9 m.",
    "SWR jumps to 3:1 in rain — water in the PL-259 again; sealed with self-amalgamating tape.",
    "Power rating: 1 kW PEP SSB, 400 W CW/digital (duty cycle!). Don't exceed on FT8.",
    "Ground: 32 radials × 10 m, copper 1.5 mm² — 'union' of two older radial fields.",
    "Folded dipole 300 Ω → feed via 4:1; measured bandwidth (SWR < 2) = 450 kHz on 20m.",
    "J-pole for 2m from 300 Ω twin-lead: 147 cm / 49 cm, feed 3.5 cm from bottom.",
    "Horizontal loop 84 m (80m full-wave), fed via 450 Ω line & remote tuner.",
]

ANT_TYPES = ["dipole", "inverted-V", "EFHW", "vertical", "delta loop", "Yagi", "hexbeam", "J-pole",
             "magnetic loop", "Moxon", "random wire", "OCF dipole"]


def tmpl_antenna(r):
    band, freq, _ = r.choice(BANDS)
    swr = f"{r.randint(10, 29) / 10:.1f}"
    return (f"{r.choice(ANT_TYPES)} for {band}: SWR {swr}:1 @ {freq} MHz, height {r.randint(4, 22)} m, "
            f"{r.choice(['50 Ω', '450 Ω ladder', 'RG-213', 'LMR-400', 'RG-58'])} feed.")


# ---------------------------------------------------------------------------
# 5. rig_software -- CAT, logging software and station-setup notes
# ---------------------------------------------------------------------------
RIG_SOFTWARE = [
    "rigctld -m 3073 -r /dev/ttyUSB0 -s 19200 -t 4532 &   (IC-7300 via hamlib, then point WSJT-X at localhost:4532)",
    "WSJT-X → Settings → Radio: Rig = 'Icom IC-7300', Serial Port = COM4, Baud 115200; PTT = CAT.",
    "My log lives in C:\\Users\\Ham\\AppData\\Local\\WSJT-X\\wsjtx_log.adi — upload that one, not ALL.TXT.",
    "~/.local/share/WSJT-X/ALL.TXT is 2 GB now; I just do `tail -n 200 ALL.TXT | grep CQ` to check decodes.",
    "udev rule so the port name stays put: SUBSYSTEM==\"tty\", ATTRS{idVendor}==\"10c4\", SYMLINK+=\"ic7300\"",
    "On the Pi: sudo usermod -aG dialout $USER, then log out/in, otherwise 'permission denied' on /dev/ttyUSB0.",
    "Fldigi macro: <MYCALL> de <CALL> <CALL> pse k — and <TX>/<RX> around it.",
    "N1MM+ F2 macro: {EXCH} ; F4: {MYCALL} ; F3: TU {MYCALL}",
    "JS8Call: @ALLCALL heartbeat every 30 min; offset 1500 Hz; speed Normal.",
    "Python snippet from the club night: from serial import Serial; s = Serial('/dev/ttyUSB0', 19200); s.write(b'\\xfe\\xfe\\x94\\xe0\\x03\\xfd')",
    "Audio levels: Windows 'USB Audio CODEC' output -10 dB, ALC zero on the IC-7300 — no splatter.",
    "Time sync: chrony with pool.ntp.org; dt < 0.2 s in WSJT-X. If dt > 1 s decodes drop off.",
    "CAT command for FT-991A: 'FA014074000;' sets VFO-A to 14.074 MHz (11 digits + semicolon).",
    "Kenwood TS-590: 'MD2;' = USB, 'MD3;' = CW. The semicolon is part of the command!",
    "Log4OM: export to ADIF → File → Export → select 'All QSOs' → choose path D:\\Logs\\2024\\full.adi",
    "Backup cron on the shack PC: 0 3 * * * cp ~/logs/*.adi /mnt/nas/backup/ham/ — works fine.",
    "GridTracker shows 'UDP port 2237 in use' — close JTAlert or set WSJT-X to multicast 224.0.0.1.",
    "SDR# → frequency manager import from C:\\SDR\\Frequencies.xml; sorted by 'Group'.",
    "Direwolf config: MYCALL DL1ABC-10 / ADEVICE plughw:1,0 / PBEACON delay=1 every=30 overlay=S symbol=\"digi\"",
    "For the remote station I use ssh -L 4532:localhost:4532 pi@shack.local and run rigctl locally.",
    "CAT timeout: raise 'poll interval' to 1000 ms, otherwise the TS-480 drops the connection every ~5 min.",
    "CW keyer in WinKeyer mode: speed pot 15–35 wpm, weighting 50%, ratio 3:1.",
    "VARA HF license key goes in Settings → Registration; Winlink Express → Open session: 'VARA HF Winlink'.",
    "The macro text is \"CQ CQ DE %s %s K\" where %s is my call — fine in fldigi 4.1.",
    "Linux: arecord -l lists card 1 as the 7300's codec; use 'plughw:CARD=CODEC,DEV=0' in JS8Call.",
    "Hamlib rig list: rigctl --list | grep -i yaesu  → FT-991 is model 1035.",
    "WSJT-X config file: ~/.config/WSJT-X.ini — delete it if the waterfall freezes after the update.",
    "Exe from the vendor site (setup_v2.14.exe) wants admin; the portable zip works without.",
    "Echolink: forward UDP 5198-5199 & TCP 5200 on the router; node 123456.",
    "Rig control via flrig: xmlrpc port 12345; WSJT-X 'FLRig' option; much more stable than direct CAT.",
    "TQSL: station location 'Home JO62qm'; sign & upload: tqsl -d -u -a all -x -l 'Home' wsjtx_log.adi",
    "CHIRP: download from radio → edit memories → channel 12 = 145.600 / -0.6 MHz / 88.5 Hz → upload.",
    "Windows path with spaces breaks the batch file — quote it: \"C:\\Program Files\\WSJT-X\\bin\\wsjtx.exe\"",
    "Script on the Pi that spots me on the cluster every hour… removed it, too spammy.",
    "Logger32 DDE settings: 'Accept UDP from JTDX' = on, port 2333.",
    "If the ADIF import fails with 'unexpected <EOH>', open the file in Notepad++ and remove the BOM.",
    "DX cluster telnet: dxc.example.org 7300, login with call; filter: set/filter dxbm/pass 20m,40m",
    "SmartSDR: 'panadapter' + 'slice A' on 14.074; DAX channel 1 → WSJT-X input.",
    "UFW on the shack server: ufw allow 4532/tcp from 192.168.1.0/24 — don't open hamlib to the world.",
    "Java update broke JNLP for the remote tuner; using the Chrome extension now.",
    "Backup of the radio's settings: File → Save as 'IC7300_2024-03.dat' on the SD card /IC-7300/Setting/",
    "Rotator control: pstrotator + ERC; COM7 @ 9600 8N1; 'Stop at 360'.",
    "Arduino keyer sketch: #define WPM 20 / digitalWrite(KEY_PIN, HIGH); delay(dit * 3);",
    "The 'system' sound device must not be the radio's codec, or Windows beeps go out on air!",
    "Timer in N1MM: ESM mode on; Alt+K keyboard CW; Ctrl+Shift+F for band map.",
    "Raspberry Pi + GPS hat: gpsd -n /dev/ttyAMA0 and chrony refclock SHM 0 — accurate to ~1 ms.",
    "PowerShell to rename the exports: Get-ChildItem *.adi | Rename-Item -NewName { $_.Name -replace ' ','_' }",
    "Logging program crashed when the comment had an emoji 📻 — fixed in v3.2.",
    "Cloudlog API key goes in Settings → API; endpoint https://log.example.org/index.php/api/qso",
]

SW_NAMES = ["WSJT-X", "JTDX", "fldigi", "N1MM+", "Log4OM", "JS8Call", "GridTracker", "flrig", "Cloudlog"]
RIGS = ["IC-7300", "IC-705", "FT-991A", "FT-710", "TS-590SG", "K3", "FTDX10", "IC-9700"]


def tmpl_rig_software(r):
    port = r.choice(["COM3", "COM4", "COM7", "/dev/ttyUSB0", "/dev/ttyACM0", "/dev/ic7300"])
    baud = r.choice(["4800", "9600", "19200", "38400", "115200"])
    return f"{r.choice(SW_NAMES)} + {r.choice(RIGS)}: CAT on {port} @ {baud} baud, PTT = {r.choice(['CAT', 'RTS', 'DTR', 'VOX'])}."


# ---------------------------------------------------------------------------
# 6. qsl_message -- message printed on / sent with a QSL card
# ---------------------------------------------------------------------------
QSL_MESSAGE = [
    "Tnx fer nice QSO on 20m CW! Hope to cu agn. 73 & GL — Hans, DL1ABC",
    "PSE QSL TNX",
    "Dear OM, please find enclosed my card & 2 IRCs; pse QSL direct. Vy 73!",
    "<3 from the whole family — YL Anna & the kids",
    "Card #0042 of 500 printed; you're my 1st QSO from the new QTH!",
    "Merci pour le QSO ! 73 de F4KLM — à bientôt sur 40 m.",
    "¡Gracias por el comunicado! 73 de EA4GHI, desde Alcalá.",
    "Thanks for the SOTA chase; summit DM/BW-012 (1,015 m a.s.l.), -5 °C and windy!",
    "TNX QSO 73's es GL DX. QSL via buro OK, no need for direct.",
    "Sorry for the late reply — 3 years of cards in the 'to do' box :-)",
    "Your signal was the loudest into JA that night: 599+ \"like a local\".",
    "Hope the new antenna works FB. Best 73 & 88 to the XYL.",
    "Our club station (W1XYZ) thanks you: 1st QSO of the Field Day, 2A EMA.",
    "QSL 100% via LoTW & eQSL; paper on request (SASE + $2 for postage outside the US).",
    "This card confirms a 2-way QSO on 144.300 SSB via tropo — 930 km!",
    "Thanks for being patient with my 10 wpm CW. I'm a new ham (licensed 01/2024)!",
    "Greetings from the Azores! Op: João; rig: IC-7300, 100 W, vertical on the beach.",
    "Vielen Dank für das nette QSO! Vy 73 es awdh — Klaus",
    "Grazie per il QSO — ci sentiamo presto! 73 de I2RST",
    "Dziękuję za QSO, 73! SP9XYZ (Kraków)",
    "QSO からありがとうございました。73！ JA1QRZ",
    "Спасибо за связь! 73! — Олег",
    "Hi Joe, nice to finally work you after 20 yrs of club meetings lol. 73 Bob",
    "Your QSL is my #300 DXCC confirmed — honour roll here I come!",
    "Please don't send green stamps; customs here opens envelopes with $ inside.",
    "Pse QSL via M0OXO — I'm not the QSL manager for this call.",
    "Image on the card: the antenna farm in winter (photo © 2023 N2QQ).",
    "73 de Siobhán EI5ABC — go raibh maith agat!",
    "Special event GB75RAF: QSL only via bureau; certificate via download.",
    "This QSO was my 1st on a satellite (SO-50, 17:45Z) — thanks for hearing my weak sig!",
    "QSL for 3 QSOs: 20m CW, 15m SSB & 10m FT8 — all on one card.",
    "Card for the 'Worked All Europe' award check; 1st on 160m from YO.",
    "Nice to meet you at Ham Radio Friedrichshafen! Here's the card as promised.",
    "Keep the key warm; see you in the CQ WW! 5NN 14 TU",
    "P.S. The kit amplifier you asked about is an 'ALS-600', not 500 :)",
    "Hope the storm didn't get your tower. 73 — stay safe.",
    "Thx 4 the QSO /P from the beach (IOTA EU-005). Sea water ground = magic.",
    "Tack för QSO! 73 från Stockholm — SM5ABC",
    "Kiitos yhteydestä! 73 – OH2TJK",
    "Obrigado pelo contato! 73, bom DX — PY2XYZ",
    "Dank je wel voor de QSO! 73 de PA3XYZ",
    "Thank you for the contact & for your patience during the pileup — sri no QSL direct.",
    "Card designed by my daughter (she's 9) — hope you like the 'drawing' of our dog!",
    "TU for the Echolink QSO. (Yes, it counts for me, don't @ me)",
    "Tnx QSO es info. Ur 'select' filter on the cluster helped me find you :)",
    "My 1st QSL card ever — printed at home, sorry for the <300 dpi quality.",
    "Confirming our QSO 2024-03-12 @ 14:32 UTC, 14.074 MHz FT8, -12 dB.",
    "Cheers from Down Under! G'day & 73 — Bruce VK2DEF",
    "QSL via ClubLog OQRS only. Direct requests w/o SAE will go via bureau.",
]

QSL_OPENERS = ["Tnx fer QSO", "Thanks for the contact", "TNX QSO", "Many thanks for the QSO", "Tnx fer the nice chat"]
QSL_CLOSERS = ["73!", "73 & GL", "vy 73", "73 es gd DX", "73 & 88", "best 73"]


def tmpl_qsl(r):
    band, freq, mode = r.choice(BANDS)
    return f"{r.choice(QSL_OPENERS)} on {band} {mode}, {r.choice(NAMES)}! {r.choice(QSL_CLOSERS)} de {r.choice(CALLS)}"


# ---------------------------------------------------------------------------
# 7. contest_exchange -- contest exchanges, Cabrillo lines, soapbox
# ---------------------------------------------------------------------------
CONTEST = [
    "QSO: 14025 CW 2024-11-23 1203 W1XYZ         599 05     DL1ABC        599 14     0",
    "QSO:  7012 CW 2024-11-23 2301 DL1ABC        599 14     JA1QRZ        599 25",
    "CQ WW exchange: 599 14 (CW) / 59 05 (SSB). Zone 14 = DL.",
    "ARRL Field Day: 2A EMA — 2 transmitters, class A, Eastern Mass.",
    "Sweepstakes: 123 A W1XYZ 74 CT (serial, prec, call, check, section)",
    "NAQP: JOHN MA",
    "CATEGORY-OPERATOR: SINGLE-OP\nCATEGORY-POWER: LOW\nCATEGORY-BAND: ALL\nCLAIMED-SCORE: 562704",
    "SOAPBOX: Great conditions; 40m was a zoo; 1,234 QSOs x 456 mults = 562,704 pts (claimed).",
    "Serial numbers jumped from 0123 to 0125 — I skipped one by mistake; no QSO for #124.",
    "IARU HF: 599 DARC (HQ station) — they send the society name, not the zone.",
    "WAE: QTC 12/5 — 1432 DL1ABC 234 (time, call, serial).",
    "RSGB RoLo: 59 001 IO91wm / 59 002 JO01",
    "Dupe: W1AW on 20m CW at 1203 and 1455 — keep the first, second scores 0.",
    "Mults: zones 14, 15, 16, 20; countries DL, OK, OM, HA — 'new one' flag on each.",
    "Exchange was 'TU 5NN 14' — he dropped the 'TU' after 0200z, fine.",
    "CQWPX: 599 0456 — prefix mults: DL1, DL0, W1, K1 …",
    "Contest log via web form: CALL W1XYZ, CONTEST CQ-WW-CW, CATEGORY SO(A)LP, CLUB 'Yankee Clipper'.",
    "Rate: 142/hr peak at 0700z on 20m; 2nd radio (SO2R) for S&P on 15m.",
    "My exchange in the Stew Perry: 4-char grid (FN42). He sent FN42 back — haha, same grid.",
    "QSO:  3525 CW 2024-10-26 0032 DL1ABC        599 14     W1AW          599 05",
    "UBN report: 3 busted calls, 1 NIL. Score reduced by 2.3%.",
    "Field Day bonus points: 100 % emergency power (+100), public location (+100), W1AW bulletin (+100).",
    "HA DX: 599 001 vs 599 BP (HA stations send county abbreviation).",
    "Exchange for the county hunters: 59 NJ/UNIO — county 'Union', state NJ.",
    "Cabrillo CREATED-BY: N1MM Logger+ 1.0.10134.0\nEND-OF-LOG:",
    "CQ-WW-RTTY: 599 05 MA (zone + state for W/VE).",
    "Score summary: Band | QSOs | Zones | Countries\n20 | 812 | 34 | 102\n40 | 422 | 29 | 88",
    "SOAPBOX: Off time 4h12m; antenna: 3-el on 20, dipoles elsewhere; 100 W. \"Thanks all for the QSOs!\"",
    "Log check flagged 'ZL1ABC' as busted (should be ZL1ACB) — my ears were tired at 0400z.",
    "ARRL DX: 599 MA (W sends state; DX sends power: 599 100, 599 KW).",
    "EU Sprint: DL1ABC W1XYZ 23 HANS  — 'so' rule: the station who calls CQ must QSY.",
    "Team entry: 'Contest Club Ontario #2' (VE3XYZ, VE3ABC, VA3DEF).",
    "Exchange: 5NN TU; he sent 'ENN' which is 5NN with a bad keyer — logged 599.",
    "Sprint serials: 001 … 239; Names: Hans, Joe, Yuki; QTH: DL, MA, JA.",
    "All-Asian: 599 + age (!) — sent 599 47.",
    "Contest rules: 'select only one category'; my log listed SOAB and SOSB → fixed.",
    "QSO:  21025 CW 2024-11-24 1111 W1XYZ 599 05 OH2TJK 599 15 1",
    "RTTY Roundup: 599 CT / 599 0001 for DX.",
    "WRTC-style: 59 05 (zone) + ITU zone 08 in the 2nd half.",
    "Check: 'total QSOs - dupes = 1,234 - 12 = 1,222 valid'.",
    "Low power ≤ 100 W, QRP ≤ 5 W; assisted = spotting network used (DX cluster).",
    "Exchange error: I sent 'MA' but I'm in 'EMA' for Field Day — ARRL section, not state.",
    "Contest QSO party: 59 Hampden County / HAMP. Mobile in 3 counties (county-line = 3 QSOs).",
    "QSO:  144300 PH 2024-06-08 1402 DL1ABC 59 001 JO62QM OK1DEF 59 045 JO70FD",
    "Multi-op: 4 ops, 2 radios; off-times don't apply; claimed 2.3M points.",
    "Soapbox auf Deutsch: Super Bedingungen auf 15m, 40m war voll; 73 an alle!",
    "IOTA contest: 59 001 EU-005 (island stations send ref).",
    "WPX RTTY — prefix of 'VP8/G3ABC' is VP8 (portable overrides home call).",
]

CONTEST_NAMES = ["CQ WW CW", "CQ WPX SSB", "ARRL DX CW", "IARU HF", "WAE CW", "NAQP SSB", "Sweepstakes", "EU Sprint"]


def tmpl_contest(r):
    band, freq, mode = r.choice(BANDS)
    serial = f"{r.randint(1, 999):03d}"
    return f"{r.choice(CONTEST_NAMES)}: {r.choice(CALLS)} {'599' if mode != 'SSB' else '59'} {serial} on {band} @ {r.choice(UTC)}z"


# ---------------------------------------------------------------------------
# 8. satellite_pass -- satellite pass notes
# ---------------------------------------------------------------------------
SATELLITE = [
    "SO-50 pass AOS 17:42Z, LOS 17:55Z, max el 62° at az 135°. Uplink 145.850 FM (67.0 Hz tone), downlink 436.795 ± Doppler.",
    "AO-91: heard 5 stations, worked 3 (W5XYZ EM13, K1ABC FN42, VE3XYZ FN03).",
    "ISS SSTV event: decoded 8/12 images, PD120 mode; best one at 11:23:40 UTC.",
    "RS-44 linear: uplink 145.935–145.995 LSB, downlink 435.610–435.670 USB — inverting transponder.",
    "QO-100 NB: uplink 2400.050, downlink 10489.550 MHz; LNB drift ~ +15 kHz, corrected with the beacon.",
    "Pass too low (max el 8°) — trees to the west kill everything < 15°.",
    "Arrow antenna: 2m 3-el + 70cm 4-el, handheld; duplexer on the HT; full-duplex with 2 radios.",
    "Doppler on 70cm: ±10 kHz; I tune in 5 kHz steps: 436.805 → 436.800 → 436.795 → 436.790 → 436.785.",
    "TLE from the tracking site, updated 2024-03-12; Gpredict shows next ISS pass at 19:03 local.",
    "FM birds are crowded on weekends; everyone says 'QRZ?' at once.",
    "CAS-4B: CW beacon 435.715 heard at AOS; weak but clear.",
    "Worked EA4GHI IN80 on AO-7 (mode B) — 50-year-old satellite, still alive in sunlight!",
    "Grid rove to DM79 (rare-ish); 14 QSOs on 3 passes; logged with 'PROP_MODE=SAT'.",
    "APRS via ISS: 'DL1ABC>APRS,ARISS:hello from JO62 73' — digipeated by RS0ISS at 12:01z.",
    "Pass report: SO-50 17:42–17:55Z, 7 QSOs, max el 62°, no Doppler correction needed on 2m.",
    "Uplink power 5 W into arrow = plenty for FM birds; don't run 50 W — it's 'alligator' behaviour.",
    "Polarisation: RHCP helix for 13cm uplink to QO-100; dish 80 cm offset w/ POTY feed.",
    "Satellite log: AO-27 is only on at certain times (sked on the web); today 14:10–14:25 UTC.",
    "Eclipse exit at 17:48 — signal came up suddenly when the panels saw the sun.",
    "Heard the 'ARISS school contact' with a school in Italy; downlink 145.800 FM.",
    "Tracking via the phone app; compass declination +3° here (JO62).",
    "TEVEL-2 FM transponder on for 1 pass; 436.400 down. Worked 2.",
    "Max elevation 88° — almost overhead! Had to flip the arrow (az 180° swap).",
    "Note: SO-50 needs 74.4 Hz tone for 2 s to arm the timer, then 67.0 Hz.",
    "Recorded the pass with SDR (IQ file ~1.2 GB) to re-listen later: C:\\SDR\\rec\\so50_1742.wav",
    "Weather sat NOAA-19: APT at 137.100, decoded the image; clouds over the Alps.",
    "METEOR-M2 LRPT 137.9 MHz 72 kbps — 'SatDump' worked fine.",
    "Satellite 'drop' at LOS -2 min because of the hill; set LOS elevation limit = 5°.",
    "Pass prediction for FN42 & JO62 mutual window: 3 min 12 s (ISS). Sked with K1ABC!",
    "FT4 via QO-100 WB? No — NB transponder only for narrowband; WB is DATV (DVB-S2).",
    "Downlink 435.350 FM with CTCSS off; uplink 145.920 with 67.0 Hz.",
    "Gpredict: Edit → Preferences → Ground stations → 'Home' lat 52.52 N lon 13.40 E alt 40 m.",
    "Cubesat CW telemetry: 'HI HI DE ...' then battery 7.9 V, temp 12 °C.",
    "2 QSOs lost due to 'alligator' with 50 W; asked him nicely via email.",
    "Shadow passes are best at dawn/dusk for the optical flare (iridium-like) — nice bonus.",
    "Tried the 'union' of 2 passes (FO-29 then RS-44) — 8 grids in 30 min.",
    "Satellite name in the log should be 'ISS', sat mode 'V/U' (2m up, 70cm down).",
    "Range rate −6.8 km/s at AOS → Doppler +3.3 kHz on 436 MHz (f·v/c).",
    "QO-100 beacon lock: GPSDO 10 MHz → LNB; stable to ±50 Hz.",
    "First successful QSO via FO-29 (linear, CW) — 599 from HL1XYZ, 9000 km path.",
    "Antenna az/el rotor: 'SPID RAS'; hamlib rotctld -m 901 -r /dev/ttyUSB1 for Gpredict.",
    "Too much 'QRM' from Doppler-unaware stations sweeping the passband on RS-44.",
    "Pass at 03:12 local — set two alarms, it was worth it: 5 DX grids.",
    "Satellite mode 'U/V' (70cm up, 2m down) on the old AO-7 mode B — remember LSB up, USB down.",
    "ISS crossband repeater: up 145.990 (67 Hz), down 437.800 — active this week.",
    "Note for newbies: listen > talk on FM sats; a pass is only ~10 min and shared by everyone.",
    "SatNOGS observation #1234567 shows good packets at 12:03:21z — my station ID 4321.",
    "Log: 2024-04-02 SO-50 AOS 0014z LOS 0026z max el 41°, QSOs: VE3XYZ, W1XYZ, KD2XYZ.",
]

SATS = ["SO-50", "AO-91", "ISS", "RS-44", "AO-7", "FO-29", "QO-100", "CAS-4B", "AO-27"]


def tmpl_satellite(r):
    aos_h = r.randint(0, 23)
    aos_m = r.randint(0, 49)
    return (f"{r.choice(SATS)} pass AOS {aos_h:02d}:{aos_m:02d}Z, LOS {aos_h:02d}:{aos_m + r.randint(5, 10):02d}Z, "
            f"max el {r.randint(10, 89)}°, worked {r.randint(1, 9)} stations incl. {r.choice(CALLS)} {r.choice(GRIDS)[:4]}.")


# ---------------------------------------------------------------------------
# 9. net_repeater -- net schedules, repeater offsets and tones
# ---------------------------------------------------------------------------
NET_REPEATER = [
    "Tuesday 20:00 local (01:00 UTC Wed) on the W1XYZ repeater 146.940 −600 kHz, PL 88.5 Hz.",
    "Net control: KD2XYZ; backup: N2QQ. Check-ins: call + name + QTH & traffic y/n.",
    "ARES drill — Winlink check-in via VARA FM on 145.030 simplex; deadline 21:00.",
    "Repeater down for maintenance; use 443.350 +5 MHz CTCSS 100.0 until further notice.",
    "EchoLink node 123456 linked 19:00–21:00; AllStar 45678 permanently.",
    "D-STAR: link to REF030C for the Thursday net; callsign routing via 'CQCQCQ'.",
    "Net script: \"This is W1XYZ, net control for the Tuesday night net. Stations with emergency or priority traffic please call now.\"",
    "2m repeater DB0ABC: 145.600 / -0.6 MHz, CTCSS 67.0; 70cm DB0ABC: 438.950 / -7.6 MHz, 1750 Hz burst.",
    "SKYWARN net activates when NWS issues a warning; 147.090 + PL 100.0; NCS: KD2XYZ.",
    "Traffic net (NTS) 3.573 LSB nightly 7 pm; QNI / QNC / QTC — use proper precedence.",
    "Repeater time-out timer = 3 min; wait for the courtesy beep before keying!",
    "Club net moved from Wednesdays to Thursdays (room clash w/ the exec meeting).",
    "Hurricane watch net on 14.325 USB when activated; keep the frequency clear.",
    "Offset is +600 kHz above 147.000, −600 kHz below — the 'standard' band plan here.",
    "New tone on 146.520? No! That's the national simplex calling freq — no tone, no net.",
    "DMR: TG 3100 (USA) / TG 262 (DL) / TG 91 worldwide — keep it short; TS1 vs TS2 matters.",
    "YSF room 'US-Yankee' bridged to Wires-X #12345 on Sundays 9–10 am.",
    "The 10m net meets on 28.380 USB Sundays 18:00 UTC; all licence classes welcome.",
    "Net log 2024-03-12: 14 check-ins, 2 with traffic, 0 emergency; closed 20:42.",
    "Linked system: 146.94 − / 442.100 + (PL 88.5) / 224.760 − (PL 100.0).",
    "Repeater ID: 'W1XYZ/R' every 10 min in CW at 20 wpm — do not use the same tone on simplex.",
    "Linking via IRLP node 4321; reflector 9050 for the regional net.",
    "Newcomers net: ask anything! \"How do I program the offset?\" is a perfectly good question.",
    "Please don't 'kerchunk' the repeater; ID when you key up.",
    "Fusion repeater in AMS mode: analog users hear everyone; digital users only digital.",
    "CTCSS vs DCS: this machine uses DCS 023N on input, no tone on output.",
    "Simplex frequencies for the public-service event: 146.550, 146.580 & 147.555; NCS on 146.550.",
    "Marathon comms: 26 checkpoints, 3 nets (logistics / medical / command), shifts of 4h.",
    "Sunday morning 40m net: 7.188 LSB, 08:00 local. NCS rotates weekly.",
    "Emergency power test — repeater on battery (100 Ah LiFePO4) for 12 h; still 12.9 V.",
    "Net topic next week: 'coax connectors — PL-259 vs N vs BNC & how not to ruin them'.",
    "Echolink conference *KEY-CLUB* 23:00 UTC Fridays; drop-ins welcome.",
    "The repeater's new input is 144.750 (split -600) because of interference from a pager on 145.3xx.",
    "Crossband repeat on the mobile rig (FT-8900) is NOT allowed unattended here.",
    "Please keep transmissions < 2 min and leave a pause between overs for break-in traffic.",
    "Remote base: DTMF *42# to connect, #73 to disconnect; access code in the members' area.",
    "Net check-in format: 'W1XYZ, Joe, Springfield, no traffic' — short & sweet.",
    "Tone squelch on the receive side too (T-SQL) so you don't hear the intermod.",
    "UHF repeater 444.000 +5 MHz, PL 131.8; coverage map: https://club.example.org/maps/uhf.png",
    "Winter schedule: net starts at 19:30 local from Nov 3 (DST ends).",
    "Rag-chew net on 3.860 LSB after the traffic net — 'all welcome, no politics'.",
    "DTMF codes: 0# = weather, 1# = time, *99 = parrot echo test.",
    "Sonntags 10:00 Rundspruch auf DB0ABC (145.600, -600 kHz, 67 Hz).",
    "The 'Union County ARES' net is on 147.255+ PL 141.3 — separate from ours.",
    "Backup NCS list: 1) KD2XYZ 2) N2QQ 3) W1XYZ; if none, first station to check in runs it.",
    "Net preamble edited: replaced 'stations with priority or emergency traffic' with 'stations with emergency or priority traffic'.",
    "Repeater link drops every ~30 s → check the duplexer, probably desense from the new 70cm machine.",
    "Satellite net (AMSAT-ish) on EchoLink *AMSAT* node 101377 — Tuesdays 01:00 UTC.",
]

REPEATERS = [("146.940", "-600 kHz", "88.5"), ("147.090", "+600 kHz", "100.0"), ("145.600", "-600 kHz", "67.0"),
             ("438.950", "-7.6 MHz", "71.9"), ("443.350", "+5 MHz", "100.0"), ("442.100", "+5 MHz", "123.0"),
             ("146.760", "-600 kHz", "146.2"), ("147.255", "+600 kHz", "141.3")]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def tmpl_net(r):
    f, off, tone = r.choice(REPEATERS)
    return (f"{r.choice(WEEKDAYS)} net {r.randint(18, 21)}:{r.choice(['00', '30'])} local on {f} ({off}, "
            f"CTCSS {tone} Hz); NCS {r.choice(CALLS)}.")


# ---------------------------------------------------------------------------
# 10. multilingual -- notes in many languages and scripts
# ---------------------------------------------------------------------------
MULTILINGUAL = [
    "Sehr gutes Signal aus JO62qm; Antenne: Dipol in 12 m Höhe. Nächster Sked: Sonntag 0800 UTC auf 7.030.",
    "QSO très agréable avec F4KLM, il utilise une verticale 5/8 λ — « 73 et à bientôt ».",
    "Contacto con EA4GHI en 40 m, señal 59; me pidió la QSL vía bureau. ¡Qué bien!",
    "Collegamento con I2RST via meteor scatter: ping da 2 s alle 05:12 — fantastico!",
    "Połączenie z SP9XYZ na 80 m, raport 59; antena: dipol zasilany drabinką.",
    "Spojení s OK1DEF na 2 m přes tropo, 480 km; děkuji za trpělivost.",
    "JA1QRZ と 20m FT8 で交信。信号 -12 dB、ありがとう！次は CW で。",
    "与 BY1AA 在 15 米波段 SSB 通联，信号 59，天线是三单元八木。",
    "HL1XYZ 와 20m FT8 교신, 신호 -08 dB. 감사합니다!",
    "Связь с UA3ABC на 40 м телеграфом, RST 599; QSL через бюро.",
    "Зв'язок з UR5ABC на 30 м FT8, -15 дБ. Дякую, 73!",
    "Conexão com PY2XYZ em 17 m, sinal fortíssimo; ele usa 100 W e uma dipolo.",
    "Verbinding met PA3XYZ op 6 m, sporadic-E; 'super signaal'!",
    "Yhteys OH2TJK:n kanssa 160 m CW:llä, kiitos ja 73!",
    "QSO med LA9ABC på 10 m; kondisjonene var gode i dag.",
    "Bağlantı TA1ABC ile 20 m SSB, 59 rapor; teşekkürler!",
    "Επαφή με SV1ABC στα 40 m, σήμα 59. Ευχαριστώ πολύ!",
    "קשר עם 4X1ABC ב-20 מטר, אות 59. תודה רבה!",
    "اتصال مع A71ABC على 20 متر، الإشارة 59. شكراً!",
    "VU2ABC के साथ 20 मीटर पर संपर्क, सिग्नल 59 — धन्यवाद!",
    "Kapcsolat HA5ABC-vel 80 m-en, 599; köszönöm az összeköttetést!",
    "Legătură cu YO3ABC pe 40 m, semnal 59; mulțumesc pentru QSO!",
    "Veza s 9A2XYZ na 2 m, 59+; hvala i 73!",
    "Zveza s S57ABC na 20 m, »lep signal« — hvala!",
    "Ühendus ES1ABC-ga 40 m, 599 — aitäh!",
    "Sakari med SM5ABC på 15 m; han använder en 'beam' på 15 m höjd.",
    "QSO fatto in portatile /P dal rifugio (2.300 m s.l.m.), antenna EFHW, 5 W. Freddo!",
    "Antenne: Groundplane λ/4, Radials 4 × 5,2 m; SWV 1,3:1 auf 14,200 MHz.",
    "Répéteur F5ZAX : 145,725 MHz, décalage −600 kHz, CTCSS 123,0 Hz.",
    "Repetidor de Madrid: 145.725, desplazamiento -0,6 MHz, tono 123 Hz. ¡No funciona los domingos!",
    "Rundspruch des DARC-Ortsverbands jeden Sonntag 10:00 auf DB0ABC — „Bitte QSL über das Büro“.",
    "Pile-up énorme sur 20 m ; j'ai dû appeler pendant 30 min — « QRZ ? » « F4KLM » « 5NN ».",
    "衛星 SO-50 のパス、最大仰角 62°。ドップラー補正なしでも 2m はOK。",
    "Прохождение ISS в 12:01 UTC, принят пакет APRS: «73 из KO85».",
    "Satellitpass AO-91 kl. 17:42–17:55 UTC; 3 QSO:er.",
    "Log in het Nederlands: 'verbinding verbroken door QSB' — later opnieuw proberen.",
    "Contest-Austausch: 599 014 — Seriennummer zählt ab 001; Multiplikator = DOK.",
    "Tempo UTC sbagliato nel log (ora legale!) — correggere 14:05 → 13:05.",
    "Bom contato na rede de domingo (7.088 LSB) — 'tudo ótimo por aqui'.",
    "Nota: el indicativo correcto es EA8/DL1ABC, no DL1ABC/EA8 (según CEPT).",
    "Wir haben die Union-Antenne (Typ 'UA-4') für 70 cm getestet: Gewinn ≈ 11 dBi.",
    "ローカル局と 430 MHz FM で交信、レピーター 439.xx -5 MHz、トーン 88.5 Hz。",
    "Удалите, пожалуйста, дубликаты QSO из импорта 2019 года.",
    "Hvala za QSL kartu! Stigla je nakon 2 godine preko biroa 😀",
    "Grüße aus dem Shack — Kaffee ☕, Taste 🔑 und 20 m offen bis nach VK.",
    "¿Alguien sabe por qué el import ADIF falla con 'Ñ' en el nombre? Ej.: <NAME:5>Ñandú",
    "Beacon IY4M 28.195 MHz hörbar 549 — Band 10 m offen!",
    "Notiz: ‚select‘-Taste am Funkgerät (IC-705) wechselt zwischen VFO und Speicher.",
]

ML_TEMPLATES = [
    "Verbindung mit {call} auf {band} {mode}, Rapport {rst}. Vielen Dank!",
    "QSO avec {call} sur {band} en {mode}, report {rst}. Merci !",
    "Contacto con {call} en {band} {mode}, reporte {rst}. ¡Gracias!",
    "Collegamento con {call} in {band} {mode}, rapporto {rst}. Grazie!",
    "{call} と {band} {mode} で交信、レポート {rst}。ありがとう！",
    "Связь с {call} на {band} {mode}, рапорт {rst}. Спасибо!",
    "Połączenie z {call} na {band} {mode}, raport {rst}. Dzięki!",
]


def tmpl_multilingual(r):
    band, freq, mode = r.choice(BANDS)
    rst = "599" if mode in ("CW", "RTTY") else ("59" if mode == "SSB" else f"-{r.randint(1, 20)} dB")
    return r.choice(ML_TEMPLATES).format(call=r.choice(CALLS), band=band, mode=mode, rst=rst)


CATEGORIES = [
    ("qso_note", QSO_NOTE, tmpl_qso_note),
    ("adif_paste", [adif(f) for f in ADIF_FIELD_LISTS] + ADIF_LITERALS, tmpl_adif),
    ("log_search", LOG_SEARCH, tmpl_log_search),
    ("antenna_note", ANTENNA_NOTE, tmpl_antenna),
    ("rig_software", RIG_SOFTWARE, tmpl_rig_software),
    ("qsl_message", QSL_MESSAGE, tmpl_qsl),
    ("contest_exchange", CONTEST, tmpl_contest),
    ("satellite_pass", SATELLITE, tmpl_satellite),
    ("net_repeater", NET_REPEATER, tmpl_net),
    ("multilingual", MULTILINGUAL, tmpl_multilingual),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for name, literals, tmpl in CATEGORIES:
        vals = []
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {name}: {v!r}")
            seen.add(v)
            vals.append(v)
        n_lit = len(vals)
        if n_lit < 0.55 * PER_CATEGORY or n_lit > PER_CATEGORY:
            raise SystemExit(f"{name}: {n_lit} literals out of range")
        tries = 0
        while len(vals) < PER_CATEGORY:
            tries += 1
            if tries > 100000:
                raise SystemExit(f"{name}: template pool exhausted")
            v = tmpl(rng)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            if not isinstance(v, str) or not v or len(v) > 1800:
                raise SystemExit(f"bad value in {name}: {v!r}")
            rows.append((name, v))
        stats.append((name, len(vals), n_lit))
    out = Path(__file__).with_name("benign.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, v) in enumerate(rows, 1):
            obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "label": "benign", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    total_lit = 0
    for name, n, n_lit in stats:
        total_lit += n_lit
        print(f"{name:18s} {n:4d}  literals {n_lit:3d}")
    print(f"{'total':18s} {len(rows):4d}  literals {total_lit:3d}  -> {out.name}")


if __name__ == "__main__":
    main()
