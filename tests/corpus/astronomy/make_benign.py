"""Held-out BENIGN corpus for the astronomy theme (ids hb66-NNNNN).

Text that observers, astronomers, students and amateur-club members type into
the ordinary fields of an observatory's web tools: observing logs, target
search boxes, FITS header cards, telescope-control notes, proposal abstracts,
data-reduction notes, ADQL archive queries, frame paths, alert circulars and
club newsletters.

Every value is either a hand-written literal below or comes from a small
template over hand-written pools (dates, targets, filters, numbers). Nothing is
taken from a dataset or a payload list. Output is deterministic: a fixed
random.Random(SEED), lists only (no set iteration), byte-identical on every run.

Usage: python3 make_benign.py   (writes benign.jsonl next to this file)
"""

import json
import random
from pathlib import Path

SEED = 6601
PREFIX = "hb66"
PER_CATEGORY = 80

# ---------------------------------------------------------------------------
# Shared hand-written pools
# ---------------------------------------------------------------------------

TARGETS = [
    "M42", "M31", "M51", "M81", "M101", "M13", "M57", "M27", "M33", "M45",
    "NGC 7000", "NGC 891", "NGC 253", "NGC 2264", "NGC 6960", "NGC 4565",
    "IC 1396", "IC 434", "IC 5070", "Sh2-155", "HD 209458", "HD 189733",
    "WASP-12", "TOI-700", "TRAPPIST-1", "SS Cyg", "T CrB", "R Leo",
    "Abell 2151", "Arp 273", "B33", "vdB 142", "LDN 1622", "Jupiter",
    "Saturn", "Mars", "C/2023 A3",
]
FILTERS = ["L", "R", "G", "B", "Ha", "OIII", "SII", "g'", "r'", "i'", "z'",
           "V", "B", "Ic", "clear"]
OBSERVERS = ["A. Kowalski", "J. O'Neill", "M. Dubois", "S. Yamamoto",
             "R. García", "K. Müller", "L. Rossi", "P. Nowak", "D. Ivanova",
             "T. Okafor", "E. Lindqvist", "H. Çelik"]
REMARKS = [
    "Guiding OK.", "Some cirrus after 01:00.", "Moon up, sky bright.",
    "Dew heater on 60%.", "Two frames lost to satellite trails.",
    "Autofocus every 40 min.", "Wind gusts -> a few elongated stars.",
    "Transparency dropped near the end.", "Meridian flip at 00:32, re-centred.",
    "Drop frames with FWHM > 3.5\".", "Dome closed early (humidity).",
    "All good, nothing to report.",
]


def two(rng, lo, hi):
    return "%02d" % rng.randint(lo, hi)


def rand_date(rng):
    return "2024-%s-%s" % (two(rng, 1, 12), two(rng, 1, 28))


def rand_ra(rng):
    return "%02dh%02dm%04.1fs" % (rng.randint(0, 23), rng.randint(0, 59),
                                   rng.uniform(0, 59.9))


def rand_dec(rng):
    sign = rng.choice(["+", "-"])
    return "%s%02d°%02d'%02d\"" % (sign, rng.randint(0, 85), rng.randint(0, 59),
                                    rng.randint(0, 59))


# ---------------------------------------------------------------------------
# 1. observing_log: free-text night log entries, equipment and weather notes
# ---------------------------------------------------------------------------

OBSERVING_LOG = [
    "Seeing ~1.8\" at start, improved to 1.2\" after 23:40 UT. Dome closed 02:15 for humidity > 85%.",
    "M42 — 30x60s L, 20x120s Ha. Guiding RMS 0.6\"; lost the guide star twice when clouds rolled through, frames 14-17 should be dropped.",
    "Tried to slew to NGC 7000 but the mount hit the meridian limit; did a flip & re-synced on Deneb. ~10 min lost.",
    "Note to self: don't trust the 'park' button in the dome GUI — it says PARKED before the shutter's actually shut. Check the webcam!",
    "Transit of HAT-P-7 b: ingress at 01:12 UT (pred. 01:09), egress cut by twilight. Comparison stars: TYC 3547-1250-1 & TYC 3547-1563-1.",
    "Thought it was clouds — no, dew on the corrector. Heater strip was unplugged (again). Plugged back in at 22:05; frames after #031 are fine.",
    "Polar alignment error: 2'14\" az / 0'48\" alt via the PHD2 drift tool. Good enough for 300 s subs at 1.1\"/px.",
    "SQM read 21.35 mag/arcsec² at zenith, 20.1 toward the town (SW). Milky Way visible down to ~25° alt.",
    "Jupiter: GRS near CM at 21:48 UT; Io shadow transit in progress. Seeing Pickering 6/10, transparency 3/5.",
    "Occultation of ZC 1182 by the Moon — disappearance at 20:31:07.4 UT (video, GPS time-stamped), reappearance not observed (clouds).",
    "SN 2023ixf follow-up: B=12.41±0.03, V=11.98±0.02 at JD 2460093.41. Reference stars from APASS DR10.",
    "Flats taken at dusk, 15 per filter (g', r', i'), ~25k ADU. The z' flats are too faint; retake tomorrow morning.",
    "Had to kill the acquisition script twice (ctrl-C) because the filter wheel got stuck between positions 3 & 4.",
    "Observer: A. Kowalski / Assistant: J. O'Neill. Conditions: clear, wind 12 km/h NW, T = -3.4 °C, RH 61%.",
    "Dropped frames 0045, 0046, 0051 (satellite trails — Starlink train ~22:10 UT). Kept everything else.",
    "Meteor count 22:00–23:00 UT: 47 (Perseids 39, sporadic 8). LM ~6.2. Brightest: -4 fireball toward Cassiopeia.",
    "Variable star estimates: R Leo 7.8 (comps 7.4/8.1), chi Cyg 6.9, RS Oph <11.2 (fainter than).",
    "Focus drift ~40 steps/°C tonight; autofocus every 45 min or every 1.5 °C, whichever comes first.",
    "UT 03:22 — 'Error: camera not responding' — power-cycled the USB hub; back after 4 min. Sequence resumed at frame 112.",
    "Epsilon Lyrae split easily at 150x; both pairs clean. Measured PA/sep of the wide pair as 173°/208\".",
    "Clouds from the west; aborted the run at 00:50. Total useful integration: 2h 35m (31 × 300 s).",
    "Beobachtungsnacht 12./13. März: Seeing mäßig, Transparenz gut. M 81/M 82 mit dem 200/1000-Newton, 45 × 120 s.",
    "Nuit du 4 au 5 août : ciel très transparent, mais turbulence forte après minuit. Saturne : anneaux bien visibles, division de Cassini nette.",
    "Noche despejada en el Teide; seeing 0,9\" según el DIMM. Se observaron 6 campos TESS; el campo 3 falló por la cúpula.",
    "木星の大赤斑を撮影。シーイング 3/5、透明度良好。23:10 JST に雲が出て中断。",
    "Dropped the first 5 subs (tracking still settling). Selected the best 60% by FWHM < 2.8\" for stacking.",
    "Moon 78% illuminated, 35° from the target — background up by ~1.5 mag in g. Switched to the narrowband program.",
    "Gain=139, offset=21, -10 °C, bin 1x1. Darks library reused from 2024-01-14 (same settings).",
    "Power cut at 01:40 — the UPS held the mount & PC for 9 min, parked manually. See /var/log/obs/ for the shutdown trace.",
    "Comet C/2023 A3 (Tsuchinshan–ATLAS): tail ~3° in 10x50 binoculars, coma DC 6, m1 ≈ 2.8.",
    "Sky flats ruined by a bird (!) sitting on the dome slit for 5 minutes. Frames flat_r_07..flat_r_11 -> trash.",
    "Weather: fog bank in the valley at 21:00, cleared by 22:30. All-sky cam shows cirrus until ~23:15.",
    "Pointing model: 42 stars, RMS 18\". Residuals worst near the pole (> 45\"). TODO: redo with 60+ stars.",
    "Spectra of Vega (A0V) & Arcturus (K1.5 III) for flux/telluric calibration. Slit 1.5\", grating 600 l/mm, centred on 6563 Å.",
    "Sat in the dome for an hour waiting for the wind to drop below 50 km/h — it didn't. Closed & went home.",
    "Dark site, Bortle 2. Zodiacal light obvious in the E before dawn; gegenschein suspected (averted vision).",
    "Bright flash near Vega at 00:13:42 UT — probably a satellite glint, no trail on frame 88.",
    "Checked collimation with a star test: slight coma at 250x; tweaked the secondary 1/8 turn.",
    "Eclipsing binary V1143 Cyg primary minimum: 23:51 UT ± 2 min (O-C = +3 min).",
    "Limiting magnitude: stars to V = 19.4 detected at S/N 5 in 10 × 180 s (r band, 0.6 m).",
    "Humidity 92% → dome closed automatically at 04:02 by the weather station (rule: RH > 90% for 5 min).",
    "CCD set point -25 °C not reachable (ambient +18 °C), settled at -21.7 °C. Darks matched to that.",
    "Guided on an off-axis star (mag 9.8), 2 s exposures. PHD2 RA RMS 0.42\", Dec 0.38\".",
    "Serata al gruppo astrofili: Luna al primo quarto, crateri Copernico ed Eratostene al terminatore. Cielo velato dopo le 23.",
    "Observação do eclipse lunar: totalidade às 21h12 (hora local), cor avermelhada, Danjon L=2.",
    "Наблюдения переменных: SS Cyg во вспышке, 8,6m. Условия хорошие, Луна не мешала.",
    "Noc pogodna, seeing średni. Fotometria WASP-12 b — tranzyt widoczny, głębokość ~1,4%.",
    "Heldere nacht maar veel dauw; om 01:00 de dauwkap vergeten — corrector beslagen.",
    "Spent 20 min hunting for the Horsehead (B33) visually with an H-beta filter — glimpsed at 60x, averted vision only.",
    "Shutter sticks at ~70% open. Maintenance ticket #4471 filed. Don't force it more than 2 times.",
    "Target order: TOI-700 → K2-18 → GJ 1214 → WASP-39. Switch to backup list 'B' if cloud > 30%.",
    "Horizontal banding in the bias frames — likely the new USB3 cable. Swapped back to the old one & it's gone.",
    "Alert for GRB 240315A came in at 02:44 UT; slewed in 95 s; first r' frame at T0+3m12s. Faint source at the XRT position?",
    "Mount error 'Axis 2 stall' at HA=+2h15m. Cable snagged on the counterweight bar; freed it, no damage.",
    "Autoguider: 'Star lost - low SNR' x3 between 01:10 and 01:25 (passing cirrus).",
    "Sky: 4/8 cumulus at sunset, 0/8 after 21h. Gusts to 35 km/h rocked the scope; FWHM 3.5\" on those → discarded.",
    "14\" SCT + 2x Barlow (f/20): Mars 13.9\" disk, Syrtis Major near the CM, north polar hood bright.",
    "Snow on the dome rail again; spent 30 min with a broom before opening. Remember: shovel is behind the door of room 2.",
    "Test of the new <10 € red LED torch: too bright even on the lowest setting, killed my dark adaptation. Tape over it.",
    "Remote session from home; VPN dropped at 23:58 but the scheduler kept going. Checked the log in the morning, all 48 frames there.",
]

LOG_EVENTS = ["Slewed to", "Started sequence on", "Resumed", "Re-centred on",
              "Finished", "Plate-solved"]


def tpl_observing_log(rng):
    t = rng.choice(TARGETS)
    ut = "%02d:%02d" % (rng.choice([20, 21, 22, 23, 0, 1, 2, 3, 4]),
                        rng.randint(0, 59))
    form = rng.randint(0, 2)
    if form == 0:
        return "%s %s UT — %s: %d×%ds %s, FWHM %.1f\", airmass %.2f. %s" % (
            rand_date(rng), ut, t, rng.randint(5, 60), rng.choice([30, 60, 120, 180, 300, 600]),
            rng.choice(FILTERS), rng.uniform(1.0, 4.0), rng.uniform(1.0, 2.4),
            rng.choice(REMARKS))
    if form == 1:
        return "%s UT %s %s (alt %d°). %s" % (ut, rng.choice(LOG_EVENTS), t,
                                             rng.randint(20, 85), rng.choice(REMARKS))
    return "Observer: %s. Sky %d/8, T=%.1f °C, RH %d%%, wind %d km/h. %s" % (
        rng.choice(OBSERVERS), rng.randint(0, 8), rng.uniform(-12, 22),
        rng.randint(20, 98), rng.randint(0, 45), rng.choice(REMARKS))


# ---------------------------------------------------------------------------
# 2. target_lookup: what people type into the target / catalog search box
# ---------------------------------------------------------------------------

TARGET_LOOKUP = [
    "M31", "NGC 7000", "HD 209458", "TOI-700", "Barnard's Star", "Kapteyn's Star",
    "α Cen A", "eta Car", "η Carinae", "Sgr A*", "3C 273", "PSR B1919+21",
    "PSR J0437-4715", "SN 1987A", "Cas A", "ω Cen", "47 Tuc", "Hubble's Variable Nebula",
    "Hind's Crimson Star", "Stephan's Quintet", "Hoag's Object", "M51 & NGC 5195",
    "RA 05h35m17.3s Dec -05°23'28\"", "05 35 17.3 -05 23 28", "83.8221 -5.3911",
    "10:45:03.6 -59:41:04", "l=0.0 b=0.0", "Gaia DR3 4472832130942575872",
    "TIC 150428135", "KIC 8462852 (Boyajian's Star)", "WISE J085510.83-071442.5",
    "2MASS J05351746-0523284", "SDSS J1004+4112", "GRB 221009A", "AT 2017gfo",
    "GW170817", "FRB 20121102A", "1I/'Oumuamua", "2I/Borisov", "C/2020 F3 (NEOWISE)",
    "(101955) Bennu", "Abell 1689", "NGC 6543 | Cat's Eye", "IC 434 / B33",
    "Sh2-155 (Cave Nebula)", "LDN 1622", "Messier 104 Sombrero",
    "Andromeda galaxy -- M31", "HR 8799", "TRAPPIST-1 e", "Proxima Cen b",
    "GJ 1214 b", "K2-18 b", "τ Ceti", "61 Cyg A/B", "Algol (β Per)", "Mira = ο Ceti",
    "Bételgeuse", "Плеяды", "织女星", "アンドロメダ銀河", "Große Magellansche Wolke",
    "NGC 253 'Silver Coin'", "Crab pulsar (PSR B0531+21)", "Double Cluster h & χ Per",
    "NGC 2264 Christmas Tree / Cone", "Cen A / NGC 5128",
    "J2000 12h30m49.42s +12d23m28.0s", "RA=187.7059, Dec=12.3911, r=5'",
    "0h42m44s +41°16'9\"", "RA 5h 55m 10s, Dec +7° 24′ 25″",
    "20 58 47 / +44 19 48 (NGC 7000)", "ra 201.365 dec -43.019 radius 0.5 deg",
]


def tpl_target_lookup(rng):
    form = rng.randint(0, 6)
    if form == 0:
        return "NGC %d" % rng.randint(1, 7840)
    if form == 1:
        return "HD %d" % rng.randint(1000, 359083)
    if form == 2:
        return "TOI-%d.%02d" % (rng.randint(100, 6000), rng.randint(1, 3))
    if form == 3:
        return "%s %s" % (rand_ra(rng), rand_dec(rng))
    if form == 4:
        return "IC %d" % rng.randint(1, 5386)
    if form == 5:
        return "%.4f %+.4f" % (rng.uniform(0, 360), rng.uniform(-89, 89))
    return "2MASS J%02d%02d%04d%s%02d%02d%03d" % (
        rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 5999),
        rng.choice("+-"), rng.randint(0, 89), rng.randint(0, 59), rng.randint(0, 599))


# ---------------------------------------------------------------------------
# 3. fits_header: header cards pasted into metadata fields / header editors
# ---------------------------------------------------------------------------

FITS_HEADER = [
    "OBJECT  = 'M42     '           / name of target",
    "TELESCOP= 'OHP 1.20m'          / telescope",
    "DATE-OBS= '2024-03-14T21:07:33.512' / UTC start of exposure",
    "EXPTIME =                300.0 / [s] exposure time",
    "FILTER  = 'Halpha 7nm'         / filter name",
    "OBSERVER= 'J. O''Neill'        / observer (quote doubled per FITS rules)",
    "COMMENT  Flat-fielded with master_flat_r_20240314.fits; bias subtracted.",
    "HISTORY  ccdproc.subtract_bias(ccd, master_bias) -- 2024-03-15 09:12",
    "CRVAL1  =       83.82208333333 / [deg] RA at reference pixel",
    "CTYPE1  = 'RA---TAN-SIP'       / TAN projection + SIP distortion",
    "IMAGETYP= 'Light Frame'        / type of image",
    "XBINNING=                    2 / binning factor used on X axis",
    "CCD-TEMP=               -20.03 / [C] sensor temperature at start",
    "INSTRUME= 'ZWO ASI2600MM Pro'  / camera",
    "SIMPLE  =                    T / file does conform to FITS standard",
    "HIERARCH ESO DET CHIP NAME = 'CCD-44  ' / detector chip name",
    "HIERARCH ESO TPL ID = 'FORS2_img_obs_crsplit' / template signature",
    "PROGRAM = 'Long-term monitoring of cataclysmic variables in the Galact&'\nCONTINUE  'ic bulge with small telescopes&'\nCONTINUE  '' / long string",
    "GAIN    =                 1.21 / [e-/ADU] from photon transfer curve",
    "SWCREATE= 'N.I.N.A. 3.0.0.2017' / software that created this file",
    "PIERSIDE= 'WEST    '           / side of pier",
    "OBJCTRA = '05 35 17.300'       / [hms J2000] target right ascension\nOBJCTDEC= '-05 23 28.00'       / [dms J2000] target declination",
    "AIRMASS =     1.34207846531431 / airmass at mid-exposure",
    "MJD-OBS =       60383.88024898 / [d] MJD at start of exposure",
    "COMMENT  *** values below copied by hand from the night log; check before use ***",
    "HISTORY  imcombine: median of 15 images, sigclip low=3 high=3 (IRAF v2.17)",
    "FILENAME= 'raw/2024-03-14/M42_Ha_300s_0017.fits' / original file name",
    "DATASEC = '[1:2048,1:2048]'    / useful data\nBIASSEC = '[2049:2080,1:2048]' / overscan region",
    "TRIMSEC = '[5:2044,3:2046]'    / section kept after trimming",
    "BSCALE  =                    1\nBZERO   =                32768 / offset for unsigned 16-bit data",
    "NAXIS   =                    2 / number of array dimensions\nNAXIS1  =                 6248\nNAXIS2  =                 4176",
    "DATE    = '2024-03-15T09:12:44' / file creation date (YYYY-MM-DDThh:mm:ss UT)",
    "ORIGIN  = 'Observatoire de Haute-Provence' / institution",
    "SITENAME= 'Observatorio del Roque de los Muchachos' / site",
    "OBJECT  = 'NGC 2264 / Cone'    / slash inside quotes is part of the value",
    "EXPOSURE=                  120 / TODO: EXPTIME vs EXPOSURE -- MaxIm writes both",
    "RADESYS = 'ICRS    '           / reference frame\nEQUINOX =               2000.0 / [yr] equinox of coordinates",
    "CD1_1   = -2.7777777777778E-04 / [deg/pix] WCS matrix\nCD1_2   =                  0.0\nCD2_1   =                  0.0\nCD2_2   =  2.7777777777778E-04",
    "HISTORY  sextractor -c default.sex -CATALOG_NAME m42.cat (run by pipeline v2.3)",
    "COMMENT  Dark scaled by exposure time (300/600); no hot-pixel map applied.",
    "BUNIT   = 'adu     '           / physical units of the array",
    "EGAIN   =     0.25 / electrons per ADU (from driver, not measured!)",
    "FOCPOS  =                12450 / [step] focuser position\nFOCTEMP =                 3.75 / [C] focuser temperature",
    "SITELAT = '+43 55 51.0'        / site latitude\nSITELONG= '+05 42 48.0'        / site longitude (east positive)",
    "HISTORY  WCS solved by astrometry.net: index-5203-04, match with 57 stars, RMS 0.31\"",
    "OBSERVER= 'Équipe Soirée Publique' / non-ASCII typed into the capture software",
    "END",
    "OBJECT  = 'HD 209458'          / = V376 Peg\nIMAGETYP= 'LIGHT   '\nEXPTIME =                 30.0\nFILTER  = 'V       '",
    "QCFLAG  =                    F / quality control: failed (trails > 3)",
    "COMMENT  frames with FWHM > 4\" rejected; see obs log 2024-03-14 for the reason",
    "HIERARCH ESO OBS PI-COI NAME = 'Dubois' / PI-COI name",
    "CHECKSUM= 'hcHDjZHChcHChZHC'   / HDU checksum updated 2024-03-15T09:12:44",
    "MOONANGL=                 47.3 / [deg] angular distance to the Moon",
    "XTENSION= 'BINTABLE'           / binary table extension\nTFORM1  = '1D      '\nTTYPE1  = 'MAG_AUTO'",
    "TTYPE2  = 'FLUX_APER'          / aperture flux\nTUNIT2  = 'count   '\nTDIM2   = '(3)     '",
]

FITS_KEYS = [
    ("EXPTIME", lambda r: "%.1f" % r.choice([1, 5, 30, 60, 120, 180, 300, 600]), "[s] exposure time"),
    ("CCD-TEMP", lambda r: "%.2f" % r.uniform(-30, 5), "[C] sensor temperature"),
    ("AIRMASS", lambda r: "%.6f" % r.uniform(1.0, 2.5), "airmass"),
    ("FWHM", lambda r: "%.2f" % r.uniform(1.0, 5.0), "[arcsec] median FWHM"),
    ("OBJECT", lambda r: "'%s'" % r.choice(TARGETS).ljust(8), "name of target"),
    ("FILTER", lambda r: "'%s'" % r.choice(FILTERS).replace("'", "''").ljust(8), "filter"),
    ("FOCPOS", lambda r: "%d" % r.randint(8000, 16000), "[step] focuser position"),
    ("SET-TEMP", lambda r: "%.1f" % r.choice([-25, -20, -15, -10, -5, 0]), "[C] CCD set point"),
    ("DATE-OBS", lambda r: "'%sT%02d:%02d:%06.3f'" % (rand_date(r), r.randint(0, 23), r.randint(0, 59), r.uniform(0, 59.999)), "UTC start of exposure"),
    ("CRVAL2", lambda r: "%.10f" % r.uniform(-89, 89), "[deg] Dec at reference pixel"),
]


def fits_card(key, value, comment):
    if value.startswith("'"):
        head = "%-8s= %-20s" % (key, value)
    else:
        head = "%-8s= %20s" % (key, value)
    return (head + " / " + comment)[:80]


def tpl_fits_header(rng):
    n = rng.randint(1, 3)
    picks = rng.sample(range(len(FITS_KEYS)), n)
    cards = []
    for i in picks:
        key, fn, comment = FITS_KEYS[i]
        cards.append(fits_card(key, fn(rng), comment))
    return "\n".join(cards)


# ---------------------------------------------------------------------------
# 4. telescope_script: control commands and scripting notes from the control room
# ---------------------------------------------------------------------------

TELESCOPE_SCRIPT = [
    ":Sr05:35:17#:Sd-05*23:28#:MS#  (LX200 goto M42 — reply '0' means OK)",
    "indi_setprop \"Telescope Simulator.TELESCOPE_PARK.PARK=On\"",
    "indi_getprop -h dome-pc.local \"CCD Simulator.CCD_TEMPERATURE.*\"",
    "indiserver -v indi_eqmod_telescope indi_asi_ccd indi_asi_wheel &",
    "If the drivers hang: ssh observer@dome-pc 'sudo systemctl restart indiserver' and reconnect Ekos.",
    "tail -f /var/log/indi/indiserver.log | grep -i error",
    "python3 acquire.py --target 'M 42' --exp 300 --n 20 --filter Ha && python3 park.py",
    "Sequence: FOCUS (every 45 min) > SLEW M42 > CENTER (plate solve, 1' tol) > GUIDE > EXPOSE 30x300s Ha > FLIP @ HA+0h10m",
    "pointing_model.add_star(ra='05:35:17.3', dec='-05:23:28', ha_offset=-12.4)",
    "for f in L R G B; do ./expose.sh --filter $f --exp 120 --count 10; done",
    "SLEW RA=10:45:03.6 DEC=-59:41:04 EPOCH=J2000; WAIT SETTLE 15s; EXPOSE 60",
    "dome.slave = True  # keep the slit aligned with the OTA during the run",
    "crontab: 0 18 * * * /home/obs/bin/cool_ccd.sh >> /home/obs/logs/cool.log 2>&1",
    "Moonlite focuser over serial: ':FN3090#' then ':FM#' to start the move; ':GP#' returns the position in hex.",
    "Alpaca: PUT http://192.168.1.50:11111/api/v1/telescope/0/slewtocoordinatesasync with RightAscension=5.588&Declination=-5.391",
    "solve-field --scale-units arcsecperpix --scale-low 1.0 --scale-high 1.3 --ra 83.8 --dec -5.4 --radius 2 M42_0017.fits",
    "Ekos scheduler: 'Repeat until terminated' on job 'NGC 7000 HOO', min alt 30°, Moon separation > 40°.",
    "Please do NOT run `sudo reboot` on the control PC while the CCD is cold — warm it to 0 °C first.",
    "SEL FILTER 3; EXP 120; READ; SAVE /data/raw/tonight/   (old Apogee macro syntax, still works)",
    "GOTO HA=-01:30 DEC=+20 -> flat-screen position; lamps at 40%",
    "PWI4 from the shell: curl 'http://localhost:8220/mount/goto_ra_dec_j2000?ra_hours=5.588&dec_degs=-5.39'",
    "efw --position 4 && ccd expose --time 0.001 --type bias --count 50",
    "Horizon: alt < 15° OR (az > 200° AND az < 240° AND alt < 28°) → tree! Don't schedule there.",
    "Macro 'EndOfNight': park; close dome; warm CCD (+2 °C/min); disconnect; mail the log to the night team.",
    "sky_flat.py --start-sun-alt -4 --stop-sun-alt -10 --target-adu 25000 --filters g,r,i",
    "ACP plan:\n#count 10\n#interval 300\n#filter Ha\nM42\t05:35:17\t-05:23:28",
    "from alpaca.telescope import Telescope\nt = Telescope('192.168.1.50:11111', 0)\nt.SlewToCoordinatesAsync(5.588, -5.391)",
    "GoTo failed: 'below horizon limit (alt=-2.3)'. Target rises at 23:40 local — reschedule.",
    "LX200 ':GR#' returned '05:35:17#' but ':GD#' returned garbage 'ß12*34#' — serial baud mismatch?",
    "rotator: ROT PA=90.0; WAIT; then re-solve. Field rotation limit at +/-170 deg (cable wrap!).",
    "./dome.sh open && ./mount.sh unpark && ./camera.sh cool -15 || ./alert.sh 'startup failed'",
    "TCS> TRACK SIDEREAL\nTCS> OFFSET RA +12.0 DEC -3.5 ARCSEC\nTCS> GUIDE ON",
    "Nach dem Neustart: indi_eqmod_telescope braucht /dev/ttyUSB0 — Benutzer 'astro' muss in der Gruppe dialout sein.",
    "Script de nuit : si l'humidité > 85 % alors fermer la coupole ; sinon continuer la séquence (vérifier toutes les 60 s).",
    "Telescopio: comando ':Q#' para detener cualquier movimiento; luego ':hP#' para aparcar.",
    "望遠鏡の自動導入: SLEW M42 → 導入後にプレートソルブ → 誤差 > 30\" なら再導入。",
    "while true; do indi_getprop \"WeatherWatcher.WEATHER_STATUS.*\"; sleep 60; done",
    "SET AUTOGUIDER EXPTIME=2.0 AGGRESSIVENESS=70% MINMOVE=0.15 px",
    "focus_run(start=11800, stop=13000, step=100, exp=3, filter='L')  # V-curve, pick the minimum HFR",
    "Safety: the dome controller ignores OPEN if rain_sensor == 1 || wind > 50; don't bypass with the override key.",
    "ASCOM: Telescope.Tracking = true; Telescope.SlewToTarget(); while (Telescope.Slewing) Thread.Sleep(500);",
    "MaxIm DL script: Cam.Expose(300, 1, 2) ' 300 s, light frame, filter slot 2",
    "python -m observatory.tools.home_all --axes ra,dec,focus,rotator --timeout 300",
    "Don't use 'kill -9' on the camera server — it leaves the USB device locked; use 'systemctl stop camsrv' instead.",
    "RTS2: rts2-mon → select C0 → 'exposure' = 60 → F8 to start. Devices: T0 (mount), C0 (cam), W0 (wheel).",
    "cmd: $DEC = \"-05:23:28\"; $RA = \"05:35:17\"; goto $RA $DEC; if ($ERR) echo \"slew failed\";",
    "FLAT PANEL ON 120 (brightness 0-255) / OFF after the sequence; exposure ~2 s in L, ~25 s in Ha.",
    "watchdog.py: if no heartbeat from the mount for 120 s -> close dome & park (runs as systemd unit obs-watchdog.service)",
    "Exécuter le script « retour_maison.py » en fin de nuit ; il ferme la trappe et met la caméra à 0 °C.",
    "Reset of the Paramount: power off 30 s, then 'Find Home' in TheSkyX before any slews (otherwise the limits are wrong).",
    "NTP check before timing runs: chronyc tracking | grep 'System time'  (must be < 5 ms for occultations)",
    "Filter offsets (steps): L=0, R=+35, G=+28, B=+52, Ha=-110, OIII=-95, SII=-120",
    "Sequence file saved as C:\\Users\\obs\\Documents\\N.I.N.A\\Sequences\\M42_HaRGB.json",
]

TS_ACTIONS = ["EXPOSE", "EXP", "TAKE"]


def tpl_telescope_script(rng):
    form = rng.randint(0, 2)
    t = rng.choice(TARGETS)
    if form == 0:
        return "SLEW %s; CENTER; %s %dx%ds FILTER=%s BIN=%d" % (
            t, rng.choice(TS_ACTIONS), rng.randint(1, 40), rng.choice([10, 30, 60, 120, 300]),
            rng.choice(FILTERS), rng.choice([1, 2]))
    if form == 1:
        return "goto RA=%s DEC=%s; wait settle %ds; expose %d" % (
            rand_ra(rng), rand_dec(rng), rng.randint(5, 30), rng.choice([30, 60, 120, 300]))
    return "focus_move(%d)  # %s, T=%.1f °C" % (rng.randint(9000, 15000),
                                              rng.choice(FILTERS), rng.uniform(-10, 20))


# ---------------------------------------------------------------------------
# 5. proposal_abstract: titles and abstracts in the time-allocation form
# ---------------------------------------------------------------------------

PROPOSAL_ABSTRACT = [
    "A search for transit-timing variations in WASP-12 b & WASP-4 b",
    "We request 12 nights on the 1.2 m to monitor the Be/X-ray binary SXP 1323 through its predicted periastron passage. Simultaneous B, V and Hα photometry will test whether the decretion disc is truncated (as models predict) or grows until the X-ray outburst; the Swift ToO is already approved.",
    "Selection of targets: we will select the 40 brightest (G < 13) white dwarfs within 50 pc that have no published spectra, drop those with known companions, and observe the remainder with the low-resolution spectrograph.",
    "Multi-colour photometry of the recurrent nova T CrB before its next eruption",
    "The union of the two Gaia-based samples gives 318 candidate members of the Hyades tidal tails; we propose radial-velocity follow-up of the 60 brightest to confirm membership and measure the velocity gradient along the tails.",
    "Time-resolved spectroscopy of the intermediate polar V1223 Sgr: we aim to map the accretion curtain using the spin-modulated Hβ & He II 4686 Å emission (\"spin\" P = 745 s).",
    "Our previous run (2023B-017) was lost to weather (0/6 nights); we re-submit the same programme with an improved target list and a lower seeing requirement (< 1.5\").",
    "Executive summary: the proposed observations will determine whether the dip in KIC 8462852's light curve at ~1570 days recurs; a null result would rule out a 4.3-yr orbiting dust clump.",
    "Justification of requested time: 3 × 2 h per target, 14 targets → 84 h incl. overheads (slew 3 min, acquisition 5 min, readout 30 s per frame).",
    "Why not use archive data? The ZTF cadence (~3 d) is too sparse to resolve the 6-hour superhumps we're looking for.",
    "Exoplanet atmospheres on a budget: low-resolution transmission spectroscopy of hot Saturns with a 2-m class telescope",
    "We will observe the field <RA 18h, Dec -30°> around the Galactic bulge in the i' band, which is where the microlensing event rate is highest.",
    "Technical feasibility: S/N > 100 per resolution element at V = 14 in 1 h (ETC v4.2, seeing 1.0\", airmass 1.3, grey time).",
    "Student project: measuring the Hubble constant (H0 ≈ 70 km/s/Mpc) from Type Ia supernovae discovered by amateurs in 2022–2024.",
    "Project für die Volkssternwarte: Langzeitüberwachung von Mira-Sternen (o Ceti, χ Cyg, R Leo) mit einer DSLR – Auswertung mit Python & astropy.",
    "Proposition : suivi photométrique des astéroïdes géocroiseurs (NEA) récemment découverts, afin d'affiner leurs orbites et leurs périodes de rotation.",
    "Propuesta: espectroscopía de baja resolución de estrellas Be del cúmulo NGC 663; buscamos variaciones en el perfil de Hα a lo largo de 3 meses.",
    "Proposta: fotometria di transiti di esopianeti (TESS TOI) con telescopi amatoriali da 20–40 cm; coordinamento tramite il forum del gruppo.",
    "本提案では、近傍の赤色矮星まわりの地球型惑星候補 (TOI-700 d など) の追観測を行い、トランジット時刻の変動を調べる。",
    "Наблюдательная заявка: мониторинг блазара 3C 454.3 в полосах B, V, R, I в течение 20 ночей для поиска внутрисуточной переменности.",
    "The proposed survey will execute automatically through the robotic scheduler; no observer needs to be present except for the first night (system check).",
    "Key risks: (1) the target might be too faint at quiescence (V > 19); (2) Moon < 30° during 4 of the 12 nights — those nights will be used for the bright comparison stars only.",
    "Previous results from this programme: Kowalski & O'Neill (2023, MNRAS 520, 1234); Dubois et al. (2024, A&A 681, A12).",
    "Reliability of the pipeline: the same scripts reduced > 10 000 frames in 2023 with < 0.5% failures, all due to missing flats.",
    "Impact: these data will be released publicly after a 12-month proprietary period via the observatory archive (ADQL/TAP access).",
    "Polarimetry of the comet C/2023 A3 near perihelion: dust grain properties from the phase-angle dependence of the linear polarisation.",
    "Dropping the UV arm reduces the overheads by 40%, so we request 30 h instead of the 50 h requested last semester.",
    "Hα imaging of 25 nearby dwarf galaxies to measure the current star-formation rate (SFR) and test whether it's 'bursty' (Hα/UV ratio).",
    "Occultation timing campaign for (52) Europa on 2024-09-14: chords from 8 stations across Spain & Portugal; we request the 0.8 m at Calar Alto for the central chord.",
    "Scientific justification (short): brown dwarfs near the L/T transition vary by up to 5% in J; simultaneous J & K light curves constrain cloud patchiness models.",
    "Continuation request: third and final season of the 'Cepheids in M33' programme; the period–luminosity relation needs 6 more epochs for the long-period stars (P > 30 d).",
    "We'll use a pipeline built on astropy, photutils & SExtractor; all code is open source (BSD-3) and will be tagged for reproducibility.",
    "Spectroscopic classification of bright transients (m < 18.5) reported on the Transient Name Server within 48 h of discovery — classification ATels within 24 h of observation.",
    "Requested instrument: imaging camera + filter set g' r' i' z'; no special calibrations besides twilight flats (we'll take our own dome flats as backup).",
    "Target of Opportunity: trigger on any Galactic nova brighter than V = 10 within 3 days of discovery; max 3 triggers per semester, 1 h each.",
    "The eclipse timing method (O–C diagrams) can reveal circumbinary planets; our sample: 12 post-common-envelope binaries with 10+ years of archival timings.",
    "Public outreach component: live-streaming of the observations to 4 schools; the students will select the targets from a short list (\"vote for your galaxy\").",
    "Resubmission: the TAC comment 'the sample selection is unclear' is addressed in Sect. 3 — targets are selected from Gaia DR3 where parallax_over_error > 10 and ruwe < 1.4.",
    "Long-slit spectroscopy along the jet of M87: [O III]/Hβ & [N II]/Hα line ratios to test shock vs photo-ionisation of the knots.",
    "We request director's discretionary time (DDT) because the outburst of the symbiotic star RS Oph started 2 days ago and peaks within a week.",
    "Calibration plan: bias, dark (matching exposure times 60/300/600 s), twilight flats in each filter, standard stars from Landolt fields SA 98 & SA 104.",
    "Project: amateur spectroscopy network (ARAS-like) for Wolf–Rayet binaries; data in BeSS format, 1D FITS, heliocentric correction applied.",
    "Note to the TAC: observations are not time-critical; any dark/grey night between 2024-10-01 and 2025-01-31 works.",
    "Lunar occultations of Aldebaran in 2024–2025 with high-speed cameras (> 500 fps) to resolve stellar diameters at the milliarcsecond level.",
    "Measuring the rotation curve of NGC 891 out to 25 kpc with Hα + [N II] long-slit spectra at PA = 22°.",
    "Title: \"Who's eating whom?\" — mass transfer in Algol-type binaries from high-cadence photometry",
    "Small grant request: a 0.4 m robotic telescope for the university; budget 38 000 € incl. dome, camera & mount; maintenance by students.",
    "Abstract: We propose to execute a 3-month survey of near-Earth asteroid light curves; the data will be shared with the Minor Planet Center within 24 h.",
    "Projekt dla szkoły: pomiar okresu zmienności cefeidy δ Cep aparatem DSLR; uczniowie wykonają redukcję w programie Siril.",
    "Projeto de extensão: observação pública mensal com telescópio de 30 cm; registro de meteoros com câmeras all-sky.",
    "Aims: detect the secondary eclipse of WASP-103 b in the z' band (depth ≈ 0.1%); requires 2 full transits & precise systematics modelling (GP + airmass).",
    "Science case (DE/EN): Die Untersuchung der Staubhülle von R CrB-Sternen während ihrer Minima / study of dust formation in R CrB stars during declines.",
]

PA_AIMS = ["monitor", "characterise", "search for variability in", "obtain spectra of",
           "measure the rotation period of", "refine the ephemeris of", "map the dust in"]
PA_SAMPLES = ["12 nearby M dwarfs", "the open cluster NGC 663", "TESS planet candidates",
              "bright Be stars", "near-Earth asteroids", "the blazar 3C 454.3",
              "cataclysmic variables", "young stellar objects in IC 5070",
              "Type Ia supernova hosts", "Cepheids in M33"]
PA_INSTR = ["the 1.2 m imager", "the low-resolution spectrograph", "the 0.6 m robotic telescope",
            "the polarimeter", "the high-speed camera"]


def tpl_proposal_abstract(rng):
    return "We propose to %s %s with %s over %d nights (%s time), requiring seeing < %.1f\" and airmass < %.1f." % (
        rng.choice(PA_AIMS), rng.choice(PA_SAMPLES), rng.choice(PA_INSTR),
        rng.randint(2, 20), rng.choice(["dark", "grey", "bright", "any"]),
        rng.choice([1.0, 1.2, 1.5, 2.0, 2.5]), rng.choice([1.5, 1.8, 2.0, 2.5]))


# ---------------------------------------------------------------------------
# 6. reduction_notes: data-reduction pipeline notes (astropy, IRAF, SExtractor)
# ---------------------------------------------------------------------------

REDUCTION_NOTES = [
    "from astropy.io import fits\nhdul = fits.open('M42_0017.fits')\nprint(hdul[0].header['EXPTIME'])",
    "master = ccdproc.combine(files, method='median', sigma_clip=True, sigma_clip_low_thresh=3, sigma_clip_high_thresh=3)",
    "imcombine @flats.lis masterflat combine=median reject=avsigclip scale=mode",
    "epar apall  → lower=-5 upper=5 b_sample='-25:-15,15:25' (background both sides of the trace)",
    "DETECT_THRESH    1.5\nANALYSIS_THRESH  1.5\nFILTER_NAME      gauss_2.5_5x5.conv\nPHOT_APERTURES   5,10,15",
    "SATUR_LEVEL      50000.0        # level (in ADUs) at which arises saturation",
    "sex image.fits -c m42.sex -CATALOG_NAME m42.cat -WEIGHT_TYPE MAP_RMS -WEIGHT_IMAGE m42.rms.fits",
    "scamp m42.cat -c scamp.conf && swarp @list.txt -c swarp.conf",
    "data = np.where(data > 0.9 * satur, np.nan, data)  # mask near-saturated pixels before PSF fitting",
    "good = (cat['FLAGS'] == 0) & (cat['MAG_AUTO'] < 19) | (cat['CLASS_STAR'] > 0.9)  # careful with precedence: & binds before |",
    "python -c \"import astropy; print(astropy.__version__)\"  → 6.0.1 on the reduction box",
    "hselect *.fits $I,OBJECT,EXPTIME,FILTER yes",
    "imarith @in.lis / masterflat @out.lis  (divide all science frames by the normalised flat)",
    "The old pipeline config used eval() on the aperture list; v2.3 switched to ast.literal_eval, so write '[5, 10, 15]' not '5,10,15'.",
    "BACK_SIZE 64 / BACK_FILTERSIZE 3 works for M42; with 128 the nebula gets subtracted as 'background' (!)",
    "Cosmic rays: astroscrappy.detect_cosmics(data, sigclip=4.5, objlim=5, gain=1.21, readnoise=3.1)",
    "wcs = WCS(hdr); sky = wcs.pixel_to_world(1024, 1024); print(sky.to_string('hmsdms'))",
    "Drop the first frame of each sequence — shutter timing is off by ~40 ms on the Apogee (see bug #88).",
    "IRAF noao.imred.ccdred: setinstrument direct; ccdproc *.fits overscan+ trim+ zerocor+ darkcor+ flatcor+",
    "photutils: aperture = CircularAperture(positions, r=6.0); annulus = CircularAnnulus(positions, r_in=10, r_out=15)",
    "Bias level drifts by ~2 ADU over the night → use the overscan, not just the master bias.",
    "Select only stars with 0.5 < B-V < 1.2 for the colour term fit; union of nights 1-3 gives 412 stars.",
    "zp = np.median(ref_mag - (-2.5 * np.log10(flux / exptime)))  # zero point, ~22.3 in r",
    "# Ha continuum subtraction\nha_cont = ha - 0.087 * r   # scale from the ratio of filter widths & throughputs",
    "Don't run the pipeline as root; output ownership becomes root:root and the web archive can't read /data/reduced/.",
    "astropy.table: t = Table.read('m42.cat', format='ascii.sextractor'); t[t['MAG_AUTO'] < 18].write('bright.csv')",
    "Fringe correction for z': scale the fringe frame per image by least squares over the 50 brightest fringe peaks.",
    "The 'system' magnitude column = instrumental + zero point + colour term (k'' ignored, it's < 0.01).",
    "Stacking: Siril → 'Winsorized sigma clipping' 3.0/3.0, normalisation 'additive with scaling', drizzle 2x off.",
    "astropy.units: (300 * u.s).to(u.min) → 5.0 min; (1 * u.arcsec).to(u.rad)",
    "ccdproc.cosmicray_lacosmic(ccd, sigclip=5) replaced the IRAF 'cosmicrays' task in 2022.",
    "SExtractor DETECT_MINAREA 5 picks up hot pixels; bumped to 9 and added a bad-pixel mask (FLAG_IMAGE badpix.fits).",
    "PSF: PSFEx → 'PSF_SIZE 35,35', 'PSFVAR_DEGREES 2'; residuals < 2% in the centre, worse in the corners (coma).",
    "Reduced spectra: wavelength solution RMS 0.04 Å with 28 ThAr lines; heliocentric correction applied (barycorrpy).",
    "pip install --upgrade astropy photutils ccdproc astroquery  (the old venv broke after the OS upgrade)",
    "Join the Gaia cross-match on source_id, then select rows where phot_bp_rp is not null — otherwise colour terms blow up.",
    "TODO: the dark frames from 2024-02 were taken with the wrong gain (GAIN=0 instead of 139) → exclude, rebuild the master.",
    "Normalise flats: flat /= np.median(flat[500:1500, 500:1500])  # central region only, edges vignetted",
    "Sky background in ADU/s: median of the 'BACKGROUND' column; > 8 ADU/s means Moon or clouds → flag the frame.",
    "Run order: bias → dark → flat → science → WCS → photometry → QC. Never skip the QC step even if 'it looked fine'.",
    "IRAF cl> imstat *.fits[1:100,1:100] fields='image,mean,stddev' → all bias frames ≈ 1012 ± 4 ADU",
    "scale_mode = 'median' if n_frames < 10 else 'sigma_clip'  # small stacks: the median is more robust",
    "rm /data/tmp/reduce_*.fits after each run; the temp dir filled the disk twice last month.",
    "Python 3.11 + numpy 1.26: the old code that did np.float(x) breaks — replace with float(x).",
    "Le pipeline de réduction lit les flats dans /data/calib/<date>/ ; si le dossier est vide il prend ceux de la veille.",
    "Bei der Photometrie die Apertur auf 2×FWHM setzen; Ringe für den Himmel: 3–4×FWHM.",
    "处理流程：本底 → 暗场 → 平场 → 天体测量 (astrometry.net) → 孔径测光 (photutils)。",
    "SExtractor param file: NUMBER, X_IMAGE, Y_IMAGE, ALPHA_J2000, DELTA_J2000, MAG_AUTO, MAGERR_AUTO, FLAGS, FWHM_IMAGE",
    "Barycentric JD: t.tdb + t.light_travel_time(target, 'barycentric', location=site)  # BJD_TDB for transit timing",
    "Reject frames where header['QCFLAG'] is False or header.get('CLOUD', 0) > 0.3",
    "Overscan: fit a 3rd-order Legendre polynomial along columns 2049–2080; subtract row by row.",
    "Memory: combining 200 full-frame images as float64 needs ~40 GB → use ccdproc.combine(..., mem_limit=8e9).",
    "sed -n '/^HISTORY/p' header.txt | sort | uniq -c   # quick check which steps ran on each frame",
    "Aperture correction: -0.043 ± 0.006 mag from r=6 to r=20 px (curve of growth on 15 isolated stars).",
    "Why does the WCS fail on frames 40–55? → the OBJCTRA keyword is in degrees there, not 'hh mm ss'. Fixed in the header-fixing script.",
]


def tpl_reduction_notes(rng):
    form = rng.randint(0, 2)
    if form == 0:
        return "%s: zero point %.2f ± %.2f mag, %d stars, colour term %+.3f (%s)" % (
            rand_date(rng), rng.uniform(20.5, 24.0), rng.uniform(0.005, 0.06),
            rng.randint(12, 400), rng.uniform(-0.1, 0.1), rng.choice(FILTERS))
    if form == 1:
        return "DETECT_THRESH %.1f, DETECT_MINAREA %d, BACK_SIZE %d, PHOT_APERTURES %d,%d,%d" % (
            rng.choice([1.2, 1.5, 2.0, 3.0, 5.0]), rng.choice([3, 5, 9, 12]),
            rng.choice([32, 64, 128, 256]), rng.randint(3, 6), rng.randint(7, 12), rng.randint(13, 20))
    return "imcombine %s_*.fits master_%s combine=%s reject=%s" % (
        rng.choice(["flat", "dark", "bias", "sky"]), rng.choice(["r", "g", "ha", "300s", "bin2"]),
        rng.choice(["median", "average"]), rng.choice(["avsigclip", "minmax", "ccdclip", "none"]))


# ---------------------------------------------------------------------------
# 7. adql_query: archive query strings typed into the TAP/ADQL form
# ---------------------------------------------------------------------------

ADQL_QUERY = [
    "SELECT TOP 10 * FROM gaiadr3.gaia_source WHERE parallax > 100 ORDER BY parallax DESC",
    "SELECT source_id, ra, dec, phot_g_mean_mag FROM gaiadr3.gaia_source WHERE 1=CONTAINS(POINT('ICRS', ra, dec), CIRCLE('ICRS', 83.8221, -5.3911, 0.1))",
    "SELECT main_id, ra, dec, otype FROM basic WHERE main_id = 'M  42'",
    "SELECT b.main_id, f.V FROM basic AS b JOIN allfluxes AS f ON b.oid = f.oidref WHERE f.V < 5 AND b.otype = 'Be*'",
    "SELECT pl_name, pl_orbper, pl_rade, sy_dist FROM ps WHERE default_flag = 1 AND pl_rade < 1.6 AND sy_dist < 20",
    "SELECT COUNT(*) FROM gaiadr3.gaia_source WHERE phot_g_mean_mag < 12 -- how many bright stars?",
    "SELECT TOP 100 source_id, pmra, pmdec FROM gaiadr3.gaia_source\nWHERE parallax_over_error > 10\n  AND ruwe < 1.4\nORDER BY phot_g_mean_mag",
    "SELECT obs_id, target_name, t_min, t_exptime FROM ivoa.obscore WHERE target_name LIKE 'NGC 7%' AND dataproduct_type = 'image'",
    "SELECT g.source_id, g.ra, g.dec, t.tmass_oid FROM gaiadr3.gaia_source AS g JOIN gaiadr3.tmass_psc_xsc_best_neighbour AS t USING (source_id) WHERE g.source_id = 4472832130942575872",
    "/* Hyades candidates */ SELECT source_id FROM gaiadr3.gaia_source WHERE parallax BETWEEN 18 AND 25 AND pmra BETWEEN 80 AND 140",
    "SELECT ra, dec FROM gaiadr3.gaia_source WHERE DISTANCE(POINT('ICRS', ra, dec), POINT('ICRS', 266.4168, -29.0078)) < 0.05",
    "SELECT TOP 5 * FROM TAP_SCHEMA.tables WHERE schema_name = 'gaiadr3'",
    "SELECT column_name, datatype, unit, description FROM TAP_SCHEMA.columns WHERE table_name = 'gaiadr3.gaia_source'",
    "SELECT hostname, COUNT(*) AS n FROM ps GROUP BY hostname HAVING COUNT(*) > 4 ORDER BY n DESC",
    "SELECT TOP 10 p.objid, p.ra, p.dec, p.r FROM PhotoObj AS p JOIN dbo.fGetNearbyObjEq(185.0, 0.0, 1.0) AS n ON n.objid = p.objid",
    "SELECT specobjid, z, zErr, class FROM SpecObj WHERE class = 'QSO' AND z > 6 ORDER BY z DESC",
    "SELECT * FROM \"J/A+A/649/A1/table1\" WHERE \"Vmag\" < 8",
    "SELECT ident.id, basic.otype FROM ident JOIN basic ON ident.oidref = basic.oid WHERE id = 'HD 209458'",
    "SELECT source_id, ra, dec FROM gaiadr3.gaia_source WHERE source_id IN (4472832130942575872, 5853498713190525696)",
    "SELECT AVG(phot_g_mean_mag), STDDEV(phot_g_mean_mag) FROM gaiadr3.gaia_source WHERE 1 = CONTAINS(POINT(ra, dec), CIRCLE(56.75, 24.12, 1.0))",
    "SELECT s.obs_collection, s.s_ra, s.s_dec FROM ivoa.obscore AS s WHERE s.obs_collection = 'TESS' AND s.target_name = '150428135'",
    "SELECT TOP 20 pl_name, disc_year FROM ps WHERE disc_facility = 'Transiting Exoplanet Survey Satellite (TESS)' ORDER BY disc_year",
    "SELECT source_id, phot_bp_mean_mag - phot_rp_mean_mag AS bp_rp, phot_g_mean_mag + 5 * LOG10(parallax) - 10 AS mg FROM gaiadr3.gaia_source WHERE parallax > 20 AND parallax_over_error > 20",
    "SELECT * FROM gaiadr3.vari_summary WHERE in_vari_rrlyrae = 'true' -- 'true' is a string in this table!",
    "SELECT main_id FROM basic WHERE otype = 'SNR' AND dec < -30",
    "SELECT oid, main_id FROM basic WHERE main_id LIKE 'NAME %Nebula%'",
    "SELECT TOP 50 source_id, ra, dec FROM gaiadr3.gaia_source WHERE ra BETWEEN 83.5 AND 84.1 AND dec BETWEEN -5.7 AND -5.1 AND phot_g_mean_mag < 17",
    "SELECT source_id, classprob_dsc_combmod_quasar FROM gaiadr3.qso_candidates WHERE classprob_dsc_combmod_quasar > 0.99",
    "SELECT DISTINCT instrument_name FROM ivoa.obscore WHERE facility_name = 'HST'",
    "SELECT x.source_id FROM gaiadr3.gaia_source AS x WHERE x.phot_variable_flag = 'VARIABLE' AND x.phot_g_mean_mag < 10",
    "SELECT TOP 1000 * FROM gaiadr3.gaia_source ORDER BY random_index",
    "-- bright nearby M dwarfs\nSELECT source_id, ra, dec, parallax\nFROM gaiadr3.gaia_source\nWHERE bp_rp > 2.5 AND parallax > 50",
    "SELECT ra, dec, 'north' AS region FROM gaiadr3.gaia_source WHERE dec > 85 AND phot_g_mean_mag < 9\nUNION ALL\nSELECT ra, dec, 'south' AS region FROM gaiadr3.gaia_source WHERE dec < -85 AND phot_g_mean_mag < 9",
    "SELECT name, ra, dec, time FROM fermigbrst WHERE time > 60300 AND t90 < 2.0",
    "SELECT t.* FROM TAP_UPLOAD.my_targets AS t JOIN gaiadr3.gaia_source AS g ON 1 = CONTAINS(POINT(g.ra, g.dec), CIRCLE(t.ra, t.dec, 2.0/3600))",
    "SELECT obs_id, access_url FROM ivoa.obscore WHERE s_region IS NOT NULL AND calib_level >= 2 AND em_min < 6.6e-7 AND em_max > 6.5e-7",
    "SELECT TOP 10 ra, dec, phot_g_mean_mag FROM gaiadr3.gaia_source WHERE phot_g_mean_mag IS NOT NULL ORDER BY phot_g_mean_mag ASC",
    "SELECT * FROM ps WHERE pl_name = 'TOI-700 d'",
    "SELECT pl_name FROM ps WHERE hostname = 'Kepler-186' AND pl_letter = 'f'",
    "SELECT main_id, sp_type FROM basic WHERE sp_type LIKE 'M%V' AND plx_value > 200",
    "SELECT count(*) AS n, round(phot_g_mean_mag) AS gmag FROM gaiadr3.gaia_source WHERE healpix_index = 1024 GROUP BY round(phot_g_mean_mag)",
    "SELECT ra, dec FROM gaiadr3.gaia_source WHERE 1 = INTERSECTS(CIRCLE('ICRS', ra, dec, 0.001), POLYGON('ICRS', 10.0, 41.0, 11.5, 41.0, 11.5, 42.0, 10.0, 42.0))",
    "SELECT tic_id FROM tic WHERE tmag < 8 AND teff BETWEEN 3000 AND 4000 -- TESS bright M dwarfs",
    "SELECT designation, ra, dec, w1mpro, w2mpro FROM allwise_p3as_psd WHERE w1mpro - w2mpro > 0.8",
    "SELECT /* test of the new server */ 1 AS ok FROM TAP_SCHEMA.schemas",
    "select top 10 * from gaiadr3.gaia_source where source_id = 2135550755683407232",
    "SELECT s.source_id, r.radial_velocity FROM gaiadr3.gaia_source AS s INNER JOIN gaiadr3.astrophysical_parameters AS r ON s.source_id = r.source_id WHERE r.teff_gspphot > 9000",
    "SELECT id, flux_1_4ghz FROM nvss WHERE flux_1_4ghz > 1000 AND ABS(glat) > 10",
    "SELECT * FROM ivoa.obscore WHERE obs_publisher_did = 'ivo://eso.org/ID?ADP.2024-03-15T09:12:44.123'",
    "SELECT TOP 3 main_id, COALESCE(rvz_radvel, 0) AS rv FROM basic WHERE main_id IN ('* alf Lyr', '* alf Boo', '* alf Cen A')",
    "SELECT ra, dec, phot_g_mean_mag FROM gaiadr3.gaia_source WHERE ra > 359.9 OR ra < 0.1  -- wraps around RA=0",
    "SELECT CAST(source_id AS VARCHAR(20)) || '_' || 'gaia' AS label FROM gaiadr3.gaia_source WHERE parallax > 300",
    "SELECT mjd, mag, magerr FROM lightcurves WHERE oid = 'ZTF19abvizsw' AND filter = 'r' ORDER BY mjd",
    "SELECT TOP 10 \"_RAJ2000\", \"_DEJ2000\", \"Vmag\" FROM \"I/239/hip_main\" WHERE \"HIP\" = 32349",
    "SELECT name FROM exoplanet.epn_core WHERE target_class = 'asteroid' AND target_name ILIKE '%bennu%'",
    "SELECT * FROM gaiadr3.gaia_source WHERE random_index < 1000000 AND parallax IS NULL",
]

ADQL_COLS = ["source_id, ra, dec", "source_id, phot_g_mean_mag", "ra, dec, parallax, pmra, pmdec",
             "source_id, bp_rp, phot_g_mean_mag", "*"]


def tpl_adql_query(rng):
    form = rng.randint(0, 1)
    if form == 0:
        return "SELECT TOP %d %s FROM gaiadr3.gaia_source WHERE 1=CONTAINS(POINT('ICRS', ra, dec), CIRCLE('ICRS', %.4f, %.4f, %s)) AND phot_g_mean_mag < %d" % (
            rng.choice([10, 50, 100, 500, 2000]), rng.choice(ADQL_COLS), rng.uniform(0, 360),
            rng.uniform(-89, 89), rng.choice(["0.01", "0.05", "0.1", "0.5", "1.0", "2.0/60"]),
            rng.randint(8, 20))
    return "SELECT %s FROM gaiadr3.gaia_source WHERE parallax > %d AND parallax_over_error > %d ORDER BY %s" % (
        rng.choice(ADQL_COLS), rng.randint(5, 200), rng.choice([5, 10, 20]),
        rng.choice(["parallax DESC", "phot_g_mean_mag", "ra", "source_id"]))


# ---------------------------------------------------------------------------
# 8. frame_path: paths of raw, calibration and reduced frames (and configs)
# ---------------------------------------------------------------------------

FRAME_PATH = [
    "/data/raw/2024-03-14/M42_Ha_300s_0017.fits",
    "D:\\Astro\\2024\\NGC7000\\Light\\NGC7000_OIII_600s_-10C_0032.fit",
    "~/astro/reduced/m31/stack_LRGB_drizzle2x.xisf",
    "../calib/bias/master_bias_bin2.fits",
    "/mnt/nas/archive/2023/ZTF/ztf_20230519_00456123_zr_c03_o_q2_sciimg.fits",
    "s3://obs-archive/raw/2024/03/14/",
    "C:\\Users\\Łukasz\\Pictures\\Astrofoto\\Księżyc 2024-02-19.tif",
    "/home/obs/.indi/ASI Camera (1)_config.xml",
    "file:///Volumes/Astro/Jupiter_2023-11-03_0012.ser",
    "raw/*.fits → reduced/%(object)s_%(filter)s_%(n)04d.fits",
    "/data/lco/coj1m003-fa19-20240314-0112-e91.fits.fz",
    "\\\\nas01\\astro\\flats\\2024-03\\",
    "/data/reduced/2024-03-14/M42/M42_Ha_stack_30x300s.fits",
    "./output/catalogs/m42_r.cat",
    "/var/lib/pipeline/queue/2024-03-14T21-07-33_M42.json",
    "/Users/marie/Astro/Saturne 2023-08-27/Saturne_214502_lapl5_ap81.tif",
    "E:\\SharpCap Captures\\2024-02-10\\Moon\\22_14_31.ser",
    "/data/raw/2024-03-14/flat_r_007.fits",
    "/data/raw/2024-03-14/dark_300s_-10C_012.fits",
    "/srv/archive/public/2019/HD209458/HD209458_V_30s_0001.fits.gz",
    "/home/obs/scripts/../calib/bad_pixel_map_2024.fits",
    "/etc/systemd/system/indiserver.service",
    "/opt/astrometry/data/index-4107.fits",
    "~/Documents/N.I.N.A/Sequences/NGC 7000 HOO.json",
    "/data/raw/2024-03-15/GRB240315A_rp_60s_0001.fits",
    "/tmp/sextractor_run_4471/check_segmentation.fits",
    "Z:\\Obs\\Raw\\2024\\03\\14\\M42_L_60s_0001.fits",
    "/data/spectra/2024-03-14/vega_a0v_600lmm_slit1.5_0003.fits",
    "/data/spectra/2024-03-14/thar_arc_0001.fits",
    "reduced/M 42/Final/M42 HaRGB – PixInsight.xisf",
    "/home/astro/Bilder/Astrofotografie/2024/Orionnebel – 12×300 s.fits",
    "/data/raw/2024-03-14/M42_Ha_300s_0017.fits[0][100:200,100:200]",
    "M42_0017.fits[SCI,1]",
    "/data/reduced/night_2024-03-14/log/pipeline_2024-03-15T09-12-44.log",
    "/archive/tess/sector_58/tess2022357055054-s0058-0000000150428135-0257-s_lc.fits",
    "C:\\ProgramData\\ASCOM\\Profile\\Telescope Drivers\\ASCOM.Simulator.Telescope\\",
    "/data/calib/2024-03/master_flat_Ha_bin1.fits",
    "/data/calib/2024-03/master_dark_600s_-10C.fits",
    "/home/obs/.config/ekos/scheduler/NGC7000.esl",
    "/data/raw/allsky/2024-03-14/allsky_20240314_231500.jpg",
    "/data/raw/2024-03-14/occultation_ZC1182_20-30-45.ser",
    "https://archive.example.org/data/raw/2024-03-14/M42_Ha_300s_0017.fits",
    "/data/reduced/exoplanets/WASP-12/2024-01-09/WASP-12_lightcurve_detrended.csv",
    "/Volumes/Untitled/DCIM/100CANON/IMG_4471.CR2",
    "~/siril/work/r_pp_light_00012.fit",
    "/data/raw/2024-03-14/M42_Ha_300s_0017.fits.fz (fpack -q 4)",
    "/net/storage02/obs/raw/2024/0314/ccd2/obj0112.fits",
    "/data/raw/2024-03-14/*_Ha_*.fits",
    "/data/raw/2024-03-1[4-6]/flat_*.fits",
    "/data/tmp/wcs/M42_0017.wcs, M42_0017.corr, M42_0017.axy",
    "/home/obs/Desktop/NEW FOLDER (2)/stack final FINAL v3.tif",
    "/data/pub/2024/Dubois_et_al/figure3_lightcurve.pdf",
    "/data/raw/2024-03-14/TOI-700_rp_120s_0043.fits",
    "/data/raw/2024-03-14/C_2023_A3_comet_L_30s_0009.fits",
    "/data/raw/2024-03-14/focus_run/focus_12450_L_3s.fits",
]

FP_ROOTS = ["/data/raw", "/data/reduced", "/mnt/nas/archive", "/srv/archive/public",
            "D:\\Astro\\Raw", "/home/obs/astro"]


def tpl_frame_path(rng):
    root = rng.choice(FP_ROOTS)
    t = rng.choice(TARGETS).replace(" ", "").replace("/", "_")
    f = rng.choice(FILTERS).replace("'", "p")
    name = "%s_%s_%ds_%04d.fits" % (t, f, rng.choice([30, 60, 120, 300, 600]), rng.randint(1, 400))
    d = rand_date(rng)
    if "\\" in root:
        return root + "\\" + d + "\\" + name
    return root + "/" + d + "/" + name


# ---------------------------------------------------------------------------
# 9. alert_circular: GCN-circular / ATel-like notices submitted through the form
# ---------------------------------------------------------------------------

ALERT_CIRCULAR = [
    "TITLE:   GCN CIRCULAR\nSUBJECT: GRB 240315A: optical afterglow candidate from the OHP 1.2m\nFROM:    A. Kowalski (Obs. Example) <a.kowalski@example.org>\n\nWe observed the field of GRB 240315A starting at T0+3m12s in the r' band. A new source is detected at RA = 12:34:56.78, Dec = +23:45:01.2 (J2000, ± 0.3\") with r' = 18.9 ± 0.1 (AB).",
    "ATel #16543: Spectroscopic classification of AT 2024abc as a Type Ia supernova near maximum light",
    "We report optical photometry of the recurrent nova T CrB obtained on 2024-03-14.87 UT: B = 10.62 ± 0.03, V = 10.01 ± 0.02. The star is brighter by ~0.3 mag than in February; no eruption yet.",
    "GRB 240315A: no optical counterpart in early imaging; 3σ upper limits r' > 21.3 (T0+15 min, 10 × 60 s), i' > 20.8. Conditions: seeing 1.4\", Moon 60% illuminated.",
    "Follow-up of the LIGO/Virgo/KAGRA candidate S240314ab: we imaged 34 galaxies from the GLADE+ catalog within the 90% localisation region; no new sources brighter than r = 19.5.",
    "Subject: Outburst of the dwarf nova SS Cyg\nSS Cyg was detected in outburst at V = 8.9 on 2024 Mar 14.12 UT (visual estimate, confirmed by CCD V = 8.87 ± 0.02). Observations are encouraged.",
    "Classification: spectrum (3800–9200 Å, R ~ 600) shows broad Si II 6355 Å absorption at v ≈ -11 000 km/s; best SNID match: SN 2011fe at +2 d → normal SN Ia at z = 0.023.",
    "We note that the source is also listed in Gaia DR3 (source_id 4472832130942575872, G = 19.7); the brightening is > 1.2 mag relative to the Gaia mean magnitude.",
    "ERRATUM to GCN 35931: the coordinates quoted were in B1950, not J2000. Correct position: RA = 12:37:31.05, Dec = +23:28:47.3 (J2000).",
    "Swift/XRT refined position of GRB 240315A: RA, Dec = 188.7366, +23.4796 (J2000) with an uncertainty of 2.1\" (radius, 90% containment).",
    "Detection of a superoutburst of the WZ Sge-type candidate TCP J0512+4411: early superhumps with P = 0.0544(2) d and amplitude 0.03 mag.",
    "Radio observations of AT 2024xyz with the VLA at 10 GHz on 2024-03-12: flux density 84 ± 9 μJy — consistent with an off-axis jet or a dense CSM.",
    "Bright fireball over central Europe on 2024-03-14 at 21:47:05 UT (mag ≈ -12, duration 4.2 s); 9 all-sky stations recorded it; possible meteorite fall near 49.2°N 16.6°E — search area being computed.",
    "Nova Sagittarii 2024 No. 2 = PNV J18102830-2800001: our spectrum from 2024-03-14.35 shows Balmer, Fe II & O I 7773 lines with P Cyg profiles (FWHM Hα ≈ 1 800 km/s) → classical Fe II nova near maximum.",
    "Pre-discovery detections: the transient is visible in our images of 2024-03-10 (r = 20.1 ± 0.2) and 2024-03-11 (r = 19.6 ± 0.1), but not on 2024-03-08 (r > 21.0).",
    "GCN Circular 35940 — Subject: GRB 240315A: Liverpool Telescope photometry; The afterglow is fading with a power-law index α = 1.12 ± 0.08 between T0+1h and T0+6h.",
    "Comment to ATel #16540: the 'new' variable is the known Mira V0452 Oph at maximum (P = 312 d); please check VSX before reporting.",
    "Circular from the Minor Planet Center: 2024 EK12 — close approach on 2024-03-22 at 0.0031 au (1.2 LD), H = 25.6 (est. 20–40 m). No impact risk.",
    "Alerte : explosion d'une nova dans la constellation du Scorpion, mag. 7,8 le 14 mars 2024 ; visible aux jumelles avant l'aube. Coordonnées : 17h 56m 10s, −32° 18′ 05″.",
    "Aviso: descubrimiento de una supernova en NGC 3621 (mag. 14,2) por un aficionado de Chile; espectro pendiente. Se solicitan observaciones.",
    "速報: おおぐま座の銀河 M101 に超新星 SN 2023ixf の再増光の可能性。観測報告をお願いします (V ≈ 15.1)。",
    "We obtained 2 × 900 s spectra with the 2.0 m telescope on 2024-03-14.9; the object is a cataclysmic variable, NOT a supernova: strong Balmer & He II 4686 emission at z = 0.",
    "Upper limits (3σ, AB) at the position of FRB 20240209A: g > 23.1, r > 22.8, i > 22.4 (Gemini/GMOS, T0+2 d).",
    "Correction: the magnitudes in ATel #16552 should read V = 15.32 (not 13.52); typo in the table, apologies for the confusion.",
    "The optical counterpart of the X-ray transient MAXI J1820+070 has re-brightened by 2 mag in g within 24 h; we encourage multiwavelength follow-up & spectroscopy.",
    "Occultation result: (52) Europa occulted TYC 1234-00567-1 on 2024-09-14; 6 positive chords, 2 misses; preliminary ellipse fit 350 × 296 km.",
    "GRB 240316B: MASTER network automatic detection; the error box was observed at T0+41 s, the OT is seen at 15.1 mag (unfiltered) and fading.",
    "SUBJECT: SN 2024abc: Type II-P classification\nDATE: 24/03/16 04:12:09 GMT\nFROM: R. García <r.garcia@example.org>\n\nThe spectrum shows Hα with a P Cygni profile (v ~ 8 500 km/s) on a blue continuum.",
    "IceCube-240314A: follow-up with the 1 m telescope: 12 galaxies in the 90% error region imaged, nothing new to r < 20; 2 known variable AGN listed.",
    "Re: GCN 35941 — our independent reduction confirms the photometry (difference < 0.05 mag); the earlier discrepancy was due to the colour term.",
    "ATel #16560: Renewed activity of the magnetar SGR 1935+2154 — 3 bursts detected by our monitoring at 2024-03-14T02:11:09 UTC, 02:13:50 and 02:40:01.",
    "Observed at airmass 2.6 (!) right after twilight, photometry uncertain (±0.15 mag). Will re-observe tomorrow at better altitude.",
    "Alert received via the VOEvent broker: ivo://nasa.gsfc.gcn/SWIFT#BAT_GRB_Pos_1234567-890 — automatic follow-up queued (priority 1).",
    "Nowa w Łabędziu: jasność 9,2 mag (14.03.2024, 20:55 UT); obserwacje fotometryczne mile widziane.",
    "Warnung: Die GCN-Meldung 35945 enthält eine falsche Zeitangabe (T0 = 02:44:11, nicht 02:41:44). Bitte korrigierte Werte verwenden.",
    "Follow-up photometry of TOI-700 d transit on 2024-03-14: mid-transit at BJD_TDB 2460384.6421 ± 0.0021, 4 min earlier than predicted — within 2σ.",
    "Neutrino alert: no counterpart; 'gold' track with 54% signalness, 90% area 3.2 deg². Our tiling covered 80% of it.",
    "GRB 240317A: detection of the afterglow in the K band (UKIRT): K = 17.2 ± 0.1 (Vega) at T0+4.2 h; r-K > 3 suggests a dusty host or high redshift.",
    "Candidate kilonova rejected: our spectrum of AT 2024ghi at T0+1.5 d is featureless and blue — consistent with a young CV outburst (the host association was chance alignment).",
    "Please reference this circular as \"GCN Circ. 35950\"; data available on request (FITS, reduced, WCS solved).",
    "Discovery report to TNS: AT 2024klm, host NGC 4414, offset 12.3\" E, 8.1\" N, discovery mag 17.9 (clear), last non-detection 2024-03-10 (> 19.5).",
    "Neutron-star merger candidate S240318x: the skymap has two lobes; our team observed only the northern lobe (50% probability) due to the declination limit (> -30°).",
    "Solar flare alert: X1.1 class flare at 14:23 UT from AR 13615 — radio blackout R3 on the dayside; possible CME, aurora watch for 16–17 March.",
    "Photometric update of the Tsuchinshan–ATLAS comet: m1 = 4.9 (visual, 25×100 binoculars), coma 6', DC 5; tail 1.5° in PA 60°.",
    "Our 0.5 m telescope detected the optical flash of GRB 240318C at 12.8 mag (unfiltered) only 28 s after the trigger — one of the brightest in the robotic era.",
    "Retraction: the candidate reported in ATel #16570 is an artefact (ghost from a bright star reflected in the corrector). We apologise.",
    "Gaia alert Gaia24abc: 1.5 mag brightening of a previously quiescent source; spectrum shows Hα emission with EW = -40 Å → likely an FU Ori-type outburst.",
    "Type IIn classification of SN 2024def: narrow Hα (FWHM ≈ 700 km/s) on a broad base; host galaxy at z = 0.031 from [N II] & [S II].",
]

AC_SUBJ = ["optical afterglow candidate", "upper limits", "photometric follow-up",
           "spectroscopic redshift", "NIR detection", "fading confirmed", "radio non-detection"]


def tpl_alert_circular(rng):
    grb = "GRB %02d%02d%02d%s" % (rng.choice([23, 24]), rng.randint(1, 12), rng.randint(1, 28),
                                  rng.choice("ABC"))
    return "%s: %s. Observations at T0+%.1f h, %s = %.1f ± %.2f (AB), seeing %.1f\"." % (
        grb, rng.choice(AC_SUBJ), rng.uniform(0.1, 48), rng.choice(["r'", "g'", "i'", "z'", "R", "J"]),
        rng.uniform(16, 23), rng.uniform(0.03, 0.3), rng.uniform(0.8, 3.0))


# ---------------------------------------------------------------------------
# 10. club_newsletter: multilingual amateur-club newsletter snippets
# ---------------------------------------------------------------------------

CLUB_NEWSLETTER = [
    "Members' night on Friday 15 March: bring your 'scopes & red torches (no white lights please!). Cake & coffee from 19:30, observing from 20:00 if clear.",
    "Nächster Vereinsabend: Donnerstag, 21. März, 19:30 Uhr in der Sternwarte. Thema: „Planetenfotografie mit Webcams – was geht, was nicht?“",
    "Prochaine soirée d'observation : samedi 23 mars au plateau de Calern. Covoiturage depuis Nice à 18 h ; pensez aux vêtements chauds !",
    "Reunión mensual de la agrupación: jueves 4 de abril, 20:00 h. Charla: «Astrofotografía de cielo profundo con presupuesto reducido».",
    "Serata pubblica al planetario: \"La Luna e i suoi crateri\" – ingresso libero, prenotazione obbligatoria (posti limitati a 80).",
    "Encontro do clube: sábado, 16h, na escola municipal. Vamos montar o telescópio de 30 cm e observar o Sol com filtro (nunca sem filtro!).",
    "Clubavond 12 april: lezing over exoplaneten + waarnemen met de 20 cm Dobson als het helder is. Koffie & thee staan klaar.",
    "Spotkanie koła miłośników astronomii: piątek, 19:00, sala 104. Prelekcja: „Komety 2024 – czego się spodziewać?”",
    "Schůzka astronomického kroužku ve středu v 18:00; pozorování Měsíce a Jupiteru dalekohledem 150/1200 (pokud bude jasno).",
    "Заседание клуба любителей астрономии: пятница, 19:00. Доклад «Переменные звёзды для начинающих». Вход свободный.",
    "Засідання астроклубу: субота, 18:00, обсерваторія університету. Спостереження Місяця та Сатурна.",
    "Συνάντηση του ομίλου την Τετάρτη στις 20:00 — παρατήρηση της Σελήνης και του Δία με το τηλεσκόπιο 25 cm.",
    "Kulüp toplantısı: Cumartesi 20:00'de gözlemevinde. Konu: \"Meteor yağmurları ve nasıl gözlenir?\"",
    "لقاء نادي الفلك: الخميس الساعة 8 مساءً. رصد القمر والمشتري بالتلسكوب إذا كانت السماء صافية.",
    "מפגש המועדון ביום שלישי ב-20:00: הרצאה על שביטים ותצפית בטלסקופ 8 אינץ'.",
    "खगोल क्लब की बैठक: शनिवार शाम 7 बजे, विषय – \"चंद्र ग्रहण कैसे देखें\"। सभी का स्वागत है।",
    "天文同好会のお知らせ: 3月23日(土) 19時より観望会を開催します。雨天・曇天の場合は室内で星座講座 (参加費無料)。",
    "天文爱好者协会通知：3月30日晚7点在学校天台举行观星活动，主要目标：木星、猎户座大星云 (M42)。",
    "천문 동호회 공지: 4월 6일 토요일 밤 8시, 학교 운동장에서 관측회를 합니다. 망원경 있으신 분은 가져오세요!",
    "Klubbkväll på torsdag kl. 19: föredrag om norrsken & hur man fotograferar det med mobilen.",
    "Kerhoilta keskiviikkona klo 18 tähtitornilla: Kuun ja Jupiterin havainnointia, jos sää sallii.",
    "Klubest: péntek 19 órakor a csillagvizsgálóban. Előadás: „A Tejútrendszer szerkezete” – utána távcsöves bemutató.",
    "Buổi sinh hoạt CLB thiên văn: tối thứ Bảy lúc 19h, quan sát Mặt Trăng và Sao Mộc. Mọi người đều được chào đón!",
    "Pertemuan klub astronomi: Sabtu pukul 19.00 di halaman sekolah. Pengamatan Bulan & Jupiter, gratis untuk umum.",
    "Trobada del club: divendres a les 20 h a l'observatori. Xerrada sobre «Com començar en l'astrofotografia».",
    "Klubkunveno: vendrede je la 19-a en la observatorio; prelego pri la Luno kaj ĝiaj krateroj.",
    "From the editor: thanks to everyone who wrote in — yes, we'll keep the 'Object of the Month' column; no, we won't drop the crossword.",
    "Object of the Month: M81 & M82 in Ursa Major — both fit in a 1° field; look for the dark dust lane across M82 at > 100x.",
    "Treasurer's note: subscriptions are £25/year (£10 for students & under-18s). Pay by bank transfer ref. 'SUBS-2024-<your surname>'.",
    "Equipment for loan: 8\" Dobsonian (#3), 10x50 binoculars (#1–#4), solar filter for the 4\" refractor. Ask Peter — max 2 weeks.",
    "Reminder: the dark-site gate code changed on 1 March; it's in the members' area of the website, NOT in this email.",
    "Q&A: \"Why do my stars look like little crosses?\" → diffraction from the spider vanes of a Newtonian; perfectly normal!",
    "Astro-quiz answer from last month: the brightest star in Orion is usually Rigel (β Ori), not Betelgeuse (α Ori) — unless Betelgeuse is at maximum.",
    "Public star party at the village green, Sat 6 April 8pm – dusk. 5+ telescopes, kids' planisphere workshop & hot chocolate <3",
    "New members: welcome to Aisha, Tomasz, Siobhán & Kenji! Come along to the beginners' session on the first Tuesday of the month.",
    "Imaging group: this month's challenge is the Leo Triplet (M65, M66, NGC 3628). Post results on the forum with exposure details (n × t, filter, scope).",
    "Safety reminder: NEVER point an unfiltered telescope or binoculars at the Sun. Solar-filter film must cover the FRONT of the aperture.",
    "AGM: Thursday 2 May 7:30pm. Agenda: 1) minutes; 2) accounts; 3) election of committee; 4) AOB (incl. the new roof for the observatory).",
    "Le saviez-vous ? La comète 12P/Pons-Brooks a « des cornes » à cause d'éruptions de gaz et de poussière ; elle revient tous les 71 ans.",
    "Zum Mitmachen: Meteorzählung in der Nacht vom 12. auf den 13. August — Formulare (PDF) gibt's auf der Website unter Downloads > Meteore.",
    "¡Gracias a todos por venir al eclipse! Más de 200 personas en la plaza; fotos en el álbum del club (enlace en el grupo de WhatsApp).",
    "Book review: \"Turn Left at Orion\" — still the best beginner's guide; the new edition adds a chapter on electronically assisted astronomy.",
    "Sky this month (April): Jupiter low in the W after sunset; Lyrids peak 22/23 April (ZHR ~18) but the Moon is nearly full :( ",
    "Club observatory status: mount back from repair (new RA worm gear), dome motor still weak — push the dome by hand if it stalls.",
    "Outreach volunteers wanted for the science festival (18–19 May): 2-hour slots, solar scope & \"planet walk\" stand. Sign up with Maria.",
    "Dear members, a gentle reminder that the observatory key must be returned to the key box after use — it went missing twice this winter.",
    "Photo of the month: \"Rosette in HOO\" by Kenji S. — 14 h total integration from his back garden in Bortle 7 (!). Congratulations!",
    "Recordatorio: la cuota anual (30 €) se puede pagar en la próxima reunión o por transferencia; indicad vuestro nombre en el concepto.",
    "Il gruppo di astrofotografia si trova ogni secondo lunedì del mese; portate i vostri file FITS o RAW su chiavetta USB per l'elaborazione insieme.",
    "Nieuw in de bibliotheek: \"De sterrenhemel 2024\" en een Engelstalige atlas (Interstellarum). Uitlenen via het formulier op de website.",
    "Avis aux membres : l'assemblée générale aura lieu le 25 mai à 14 h ; ordre du jour joint (PDF). Procurations à envoyer avant le 20 mai.",
    "Jupiter opposition night — telescopes on the roof terrace from 21:00; if it's cloudy we'll show the Juno images indoors instead.",
    "Heads-up: our website moved to a new host; if the observing-report form shows an error, email the report to the secretary for now.",
    "Sternführung für Kinder (6–12 Jahre) am Sonntag, 14 Uhr: Sonnenbeobachtung mit H-alpha-Teleskop & Basteln einer drehbaren Sternkarte.",
]

NL_EVENTS = [
    ("en", "Observing evening on %s at %s — target: %s. Meet at the club observatory."),
    ("de", "Beobachtungsabend am %s um %s Uhr — Ziel: %s. Treffpunkt Vereinssternwarte."),
    ("fr", "Soirée d'observation le %s à %s — objectif : %s. Rendez-vous à l'observatoire du club."),
    ("es", "Noche de observación el %s a las %s — objetivo: %s. Quedamos en el observatorio."),
    ("it", "Serata osservativa il %s alle %s — oggetto: %s. Ritrovo all'osservatorio sociale."),
    ("pl", "Wieczór obserwacyjny %s o %s — cel: %s. Zbiórka przy obserwatorium klubu."),
]


def tpl_club_newsletter(rng):
    lang, fmt = rng.choice(NL_EVENTS)
    date = "%d.%d.2024" % (rng.randint(1, 28), rng.randint(1, 12))
    time = "%d:%02d" % (rng.randint(18, 22), rng.choice([0, 15, 30, 45]))
    return fmt % (date, time, rng.choice(TARGETS))


# ---------------------------------------------------------------------------

CATEGORIES = [
    ("observing_log", OBSERVING_LOG, tpl_observing_log),
    ("target_lookup", TARGET_LOOKUP, tpl_target_lookup),
    ("fits_header", FITS_HEADER, tpl_fits_header),
    ("telescope_script", TELESCOPE_SCRIPT, tpl_telescope_script),
    ("proposal_abstract", PROPOSAL_ABSTRACT, tpl_proposal_abstract),
    ("reduction_notes", REDUCTION_NOTES, tpl_reduction_notes),
    ("adql_query", ADQL_QUERY, tpl_adql_query),
    ("frame_path", FRAME_PATH, tpl_frame_path),
    ("alert_circular", ALERT_CIRCULAR, tpl_alert_circular),
    ("club_newsletter", CLUB_NEWSLETTER, tpl_club_newsletter),
]


def main():
    rng = random.Random(SEED)
    seen = set()
    rows = []
    stats = []
    for name, literals, template in CATEGORIES:
        values = []
        for v in literals:
            if v in seen:
                raise SystemExit("duplicate literal in %s: %r" % (name, v))
            seen.add(v)
            values.append(v)
        n_lit = len(values)
        if n_lit > PER_CATEGORY:
            raise SystemExit("too many literals in %s" % name)
        tries = 0
        while len(values) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit("template for %s cannot fill the category" % name)
            v = template(rng)
            if v in seen:
                continue
            seen.add(v)
            values.append(v)
        if n_lit * 100 < 55 * PER_CATEGORY:
            raise SystemExit("%s: only %d literals" % (name, n_lit))
        for v in values:
            if not isinstance(v, str) or not v or len(v) > 1800:
                raise SystemExit("bad value in %s: %r" % (name, v))
            rows.append((name, v))
        stats.append((name, len(values), n_lit))

    out = Path(__file__).with_name("benign.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, v) in enumerate(rows, 1):
            obj = {"id": "%s-%05d" % (PREFIX, i), "category": cat, "label": "benign", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    total_lit = 0
    for name, n, n_lit in stats:
        total_lit += n_lit
        print("%-18s %3d  (literals %d)" % (name, n, n_lit))
    print("total %d values, %d hand-written literals -> %s" % (len(rows), total_lit, out.name))


if __name__ == "__main__":
    main()
