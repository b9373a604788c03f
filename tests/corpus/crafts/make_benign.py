"""Benign held-out corpus for the crafts community (knitting, crochet, sewing).

Hard negatives: text real members type into pattern rows, chart keys, gauge
fields, sizing tables, materials lists, shop listings, project notes, PDF file
names and multilingual patterns. Every value is hand-written here or built by
small templates over hand-written pools. Output: benign.jsonl next to this file.
"""
import json
import random
from pathlib import Path

SEED = 8601
PREFIX = "hb86"
PER_CATEGORY = 80

# ---------------------------------------------------------------- pattern rows
ROWS = [
    "Row 1 (RS): k2, *p2, k2; rep from *\nRow 2 (WS): p2, *k2, p2; rep from *\nRep these 2 rows for 2x2 rib.",
    "Row 3: *k2, p2; rep from * to last 2 sts, k2",
    "Row 1 (RS): k1, *yo, k2tog; rep from * to end.",
    "Row 2 (WS): purl all sts.",
    "Rnd 5: *k3, p1* around -- 96 sts",
    "Row 7: sl1 wyif, k to last st, p1 (selvedge)",
    "Rows 4-12: rep Rows 2 and 3 four more times; 38 sts.",
    "Next row (dec): k1, ssk, k to last 3 sts, k2tog, k1 -- 2 sts decreased",
    "Cast on 120 sts using the long-tail method; join in the rnd, being careful not to twist.",
    "Row 9: k2, [yo, ssk] x 3, k to end",
    "Rnd 14: *k1, m1L, k to 1 st before m, m1R, k1, sm; rep from * 3 more times (+8 sts)",
    "Row 21: p2tog tbl, p to end; turn.",
    "*sl1, k1, psso; rep from * until 4 sts remain, k4",
    "Work even in St st (k on RS, p on WS) until piece measures 14\" / 35.5 cm from CO.",
    "Short row: w&t, then k back to beg of row; pick up wraps on next row.",
    "Row 15 (RS): k3, (k2tog, yo) 4 times, k1, (yo, ssk) 4 times, k3 = 29 sts",
    "Rnd 1: *C4F, p2; rep from * -- see chart A for cable",
    "Row 11: k1 tbl, *p1, k1 tbl; rep from * to end (twisted rib)",
    "BO loosely in pattern; use a needle 2 sizes larger if you're a tight knitter.",
    "Row 6: k to m, sm, kfb, k to 1 st before m, kfb, sm, k to end -> 64 sts",
    "Rep Rows 1-8 until sleeve measures 17 1/2\" (44.5 cm), ending w/ a WS row.",
    "Row 2: *k1, p1; rep from * to last st, k1 -- seed st",
    "Rnd 30: knit to last 2 sts of rnd; move BOR marker 2 sts to the left",
    "Row 5: k4, sl 3 wyib, k4 (slip-stitch pattern; keep floats loose!)",
    "Join yarn B; Row 1: *k1 A, k3 B; rep from * to end (stranded)",
    "Row 18: p1, *p3tog, (k1, yo, k1) in next st; rep from * to last st, p1",
    "Next rnd: remove m, k2tog around -- 48 sts; next rnd: k2tog around -- 24 sts.",
    "Row 25 & all WS rows: k the k sts and p the p sts as they face you.",
    "Setup row (WS): p2, pm, p30, pm, p2",
    "Rows 1-4: garter st (knit every row); row 5: begin pattern",
    "Row 12: *k2tog; rep from * to end; break yarn, draw tail through rem sts & pull tight.",
    "Rnd 8: k1, *yo, k3, sk2p, k3, yo, k1; rep from * to end",
    "Row 3: k2, M1, k to end (if you prefer, use a lifted increase instead)",
    "Row 40 = last row of Chart B; return to row 1 and work 3x total (120 rows).",
    "Pick up and knit 3 sts for every 4 rows along the front edge.",
    "Row 4: *p2, k2* ; rep between * * across, end p2",
    "Rnd 2: [k2, p2] x 24 (ribbing, 96 sts)",
    "Row 10 (RS): k1, LT, k to last 3 sts, RT, k1",
    "Rows 13/14: (k1, p1) rib -- don't change needles yet",
    "Turn heel: Row 1 (RS): sl1, k16, ssk, k1, turn.",
    "Row 2 (WS): sl1, p5, p2tog, p1, turn.",
    "Gusset rnd: k to 3 sts before m, k2tog, k1, sm; k across instep; sm, k1, ssk, k to end.",
    "Row 33: k to end, then CO 6 sts at end of row using backward-loop cast-on",
    "Row 1: *(k1, p1) twice, k1, yo; rep from * -- repeat between the asterisks 8 times",
    "Kitchener st the toe: knit off, purl on; purl off, knit on.",
    "Rnd 22: k around; place 36 sts on waste yarn for the thumb (sts 12-47)",
    "Row 19: p2, k2, p2, C6B, p2, k2, p2 -- 19 sts",
    "Row 8: k to last st, sl1 wyif... I always forget which side the yarn goes on",
    "Rep from * until 2\" short of desired length; then start toe decreases.",
    "Dec rnd: *k6, k2tog; rep from * (63 sts); knit 3 rnds even.",
]
ROW_STITCHES = ["k2, p2", "k1, p1", "k3, p3", "k1 tbl, p1", "k2tog, yo", "yo, ssk",
                "k4, p2", "sl1, k1", "C4B, p2", "p1, k1"]
ROW_ENDS = ["to end", "to last 2 sts, k2", "to last st, k1", "across", "around",
            "to m", "5 more times", "to last 3 sts, p3"]
ROW_NOTES = ["", " (RS)", " (WS)", " -- 84 sts", "; 112 sts rem", " [72 sts]"]


def tpl_rows(rng):
    n = rng.randint(2, 60)
    word = rng.choice(["Row", "Rnd", "Row"])
    return (f"{word} {n}{rng.choice(ROW_NOTES)}: *{rng.choice(ROW_STITCHES)}; "
            f"rep from * {rng.choice(ROW_ENDS)}")


# ---------------------------------------------------------------- crochet
CROCHET = [
    "ch 3, sc in next 5 sts, [2 dc] x 4",
    "Rnd 1: 6 sc in magic ring (6)",
    "Rnd 2: 2 sc in each st around (12)",
    "Rnd 3: *sc, inc* x 6 (18)",
    "Rnd 4: (sc 2, inc) x 6 = 24 sts",
    "Row 1: ch 21, hdc in 3rd ch from hook and in each ch across; turn. (19 hdc)",
    "Granny square rnd 2: sl st to ch-2 sp, (ch 3, 2 dc, ch 2, 3 dc) in same sp; *ch 1, (3 dc, ch 2, 3 dc) in next corner sp; rep from * twice, ch 1, join.",
    "Row 5: ch 1, sc in BLO across -- gives that ribbed look",
    "Rnd 9: *sc 3, sc2tog* around (24); stuff the head firmly now!",
    "FO, leaving a long tail for sewing; weave in ends.",
    "Row 2: ch 3 (counts as dc), dc in next st and each st across (20 dc)",
    "Shell: (2 dc, ch 1, 2 dc) in same st; sk 2 sts, sc in next st",
    "V-st = (dc, ch 1, dc) in same st",
    "Rnd 6: [sc 4, inc] x 6 -> 36",
    "Puff st: (yo, insert hook, yo, pull up a loop) 4 times, yo, pull through all 9 loops on hook.",
    "Row 12: ch 2, *FPdc around next st, BPdc around next st; rep from * to end, hdc in top of tch.",
    "Join with sl st to first sc; ch 1, do NOT turn.",
    "C2C: ch 6, dc in 4th ch from hook & next 2 ch (1 tile)",
    "Rnd 15-20: sc around (42) -- 6 rounds",
    "Bobble = 5-dc cl; keep them on the WS rows so they pop to the RS",
    "Row 3: sk first st, *sc, ch 1, sk 1; rep from * end sc in last st (moss/linen st)",
    "Tr = yo twice, insert hook, yo, pull up loop, (yo, pull through 2) x 3",
    "Rnd 11: in FLO: (sc, ch 3, sl st in 3rd ch from hook) in each st -- picot edge",
    "Row 7: ch 4, tr in same st, *sk 2, 3 tr in next*; rep to last 3, sk 2, 2 tr in last",
    "sc2tog = insert hook in st, yo, pull up lp, insert hook in next st, yo, pull up lp, yo & pull through all 3 lps",
    "Rnd 3: sl st into next ch-sp, ch 3 (=dc), 2 dc in same sp, [ch 1, 3 dc] in each sp around; join to top of beg ch-3",
    "Tunisian simple st (Tss): insert hook behind next vertical bar, yo, pull up lp",
    "Row 14 (RS): ch 1, sc in first 4 sts, change to color B, sc in next 12 sts, change to A...",
    "Amigurumi legs: Rnd 1-4 same as arms; don't fasten off the second leg!",
    "Hook: 3.5 mm (E/4); if your gauge is loose, go down to 3.25 mm (D/3)",
    "Note: ch-3 at beginning of rnd counts as first dc throughout",
    "Rnd 7: sc in each st, inc in every 7th st => 48 sts",
    "Row 30 (border): *(sc, hdc, dc, hdc, sc) in next ch-sp*; rep around",
    "Foundation single crochet (fsc) x 60 -- much stretchier than a ch + sc row",
    "Rows 2-19: ch 1, turn, sc in each st across (18)",
    "Solomon's knot: pull up long lp (about 1/2\"), yo, pull through, sc in back bump of lp",
    "Corner: (2 dc, ch 2, 2 dc) -- sides: 1 dc in every st",
    "Rnd 5 (spike): *sc 3, spike sc in rnd below*; rep around",
    "Crab st (reverse sc) around the whole blanket for a neat edge",
    "Row 4: ch 2 (does not count as st), hdc in 3rd loop of each hdc across",
    "Rnd 13: [sc 5, dec] x 6 (36)",
    "Mandala rnd 8: join yarn C w/ standing dc in any ch-2 sp",
    "Work 2 sc in the same st, then 1 sc in the next 2 -- repeat ** 6 times total",
    "Sl st 2, ch 1, sc in the same st, hdc, 3 dc, hdc, sc -- ear done",
    "Ch 121 (multiple of 8 + 1) for the Alpine stitch throw",
    "Rnd 1: ch 4, join w/ sl st to form ring; ch 1, 8 sc in ring",
]
CR_STITCH = ["sc", "hdc", "dc", "tr", "sl st", "BLO sc", "FLO hdc", "dc2tog"]
CR_COUNTS = [6, 12, 18, 24, 30, 36, 42, 48, 54, 60]


def tpl_crochet(rng):
    n = rng.randint(1, 40)
    a = rng.choice(CR_STITCH)
    k = rng.randint(1, 7)
    total = rng.choice(CR_COUNTS)
    form = rng.randint(0, 2)
    if form == 0:
        return f"Rnd {n}: [{a} {k}, inc] x 6 ({total})"
    if form == 1:
        return f"Row {n}: ch {rng.randint(1, 4)}, turn, {a} in each st across ({total})"
    return f"Rnd {n}: *{a} in next {k} sts, 2 {a} in next st* around = {total}"


# ---------------------------------------------------------------- gauge / yarn / needles
GAUGE = [
    "22 sts = 4\"/10 cm in St st",
    "Gauge: 18 sts & 24 rows = 4\" (10 cm) in stockinette, blocked",
    "US 7 / 4.5 mm circular, 32\" cable",
    "Needles: US 6 (4 mm) 16\" & 24\" circs + DPNs -- or size needed to obtain gauge",
    "Worsted (#4 medium), approx. 200 yds / 183 m per 100 g",
    "Fingering weight, 4 ply, 425 yds/100g; 75% merino, 25% nylon",
    "Aran / 10 ply, WPI 8-9",
    "DK (8 ply); wraps per inch = 11",
    "Hook 5 mm (H-8); gauge 14 sc x 16 rows = 10 x 10 cm",
    "Swatch was 20 sts over 4\" before washing, 21 after... so ~5.25 sts/inch",
    "Lace weight (#0), 800 m / 100 g, held double throughout",
    "Bulky #5, 12-15 sts per 4\" on US 10.5 (6.5 mm)",
    "Gauge isn't critical for this shawl, but yardage WILL change if you're off.",
    "I got 26 sts/10 cm on 3.25 mm; pattern says 24 -- going up half a size",
    "Tension: 28 sts & 36 rows to 10cm over stocking stitch on 3mm needles",
    "Needle sizes: US 1 (2.25 mm) = UK 13; US 4 (3.5 mm) = UK 9/10",
    "Sport weight (#2 fine), 328 yds (300 m) / 100 g skein",
    "Super bulky #6 -- 7 sts = 4\" on US 15 (10 mm)",
    "Recommended: 3.75 mm & 4 mm (US 5 & US 6), 80 cm circular",
    "Row gauge matters here: 32 rows = 4\" after wet blocking & pinning",
    "Stitch gauge in pattern: 16 sts = 4\" (10cm) in brioche, relaxed",
    "Hook US G-6 (4 mm) / UK 8",
    "Gauge swatch: 30 sts x 40 rows, washed & dried flat (don't tumble dry!)",
    "Yarn weight: 'light worsted' (between DK & worsted) -- 220 yds/100g",
    "Cotton yarn: 85 m / 50 g, 100% mercerised cotton; 3.5 mm hook",
    "Mohair lace, 420 m/25 g, held together with fingering = roughly DK",
    "Gauge: 5.5 sts & 7.5 rows per inch",
    "Needle: 2.5 mm DPNs (set of 5) or 2.5mm 9\" circ for magic loop",
    "Metric: 10 cm = 22 sts; Imperial: 4 in = 22 sts; close enough to 5.5 st/in",
    "Weights: 0 lace | 1 super fine | 2 fine | 3 light | 4 medium | 5 bulky | 6 super bulky | 7 jumbo",
    "I'm a loose purler, so my row gauge is always 10% more than the pattern's",
    "Steek gauge check: 27 sts/4\" in colorwork vs 24 in plain St st -- use a bigger needle for the yoke",
    "Tapestry needle, size 18; crewel needle for embroidery",
    "Sewing machine needle 90/14 jeans; 75/11 stretch for knits",
    "Seam allowance 5/8\" (1.5 cm) unless noted; 1/4\" for quilting",
    "Interchangeable tips 4.5 mm + 60 cm cable = my go-to for sweaters",
    "Gauge: 14 dc & 8 rows = 4\" w/ 5.5mm (I-9) hook",
    "3.25 mm (US 3) for rib, 3.75 mm (US 5) for body",
    "Yarn sub: any #3 DK w/ ~240 yds/100 g should work; check drape!",
    "Stitches per 10 cm: 24 > 22 > 20 -- sizes S/M/L use the same count but different needles",
    "Embroidery floss: 6 strands, separate into 2 for backstitch",
    "Quilt block: 12 1/2\" unfinished (12\" finished)",
    "Thread: 40 wt cotton for piecing, 50 wt for binding by hand",
    "Machine tension: 4 top / bobbin untouched; stitch length 2.5 mm",
    "Needle: 4.5mm = US 7 = UK 7",
]
G_STS = [16, 18, 20, 22, 24, 26, 28, 30, 32]
G_NEEDLE = [("US 4", "3.5 mm"), ("US 5", "3.75 mm"), ("US 6", "4 mm"), ("US 7", "4.5 mm"),
            ("US 8", "5 mm"), ("US 9", "5.5 mm"), ("US 2", "2.75 mm"), ("US 10", "6 mm")]
G_STITCH = ["St st", "garter", "seed st", "1x1 rib, unstretched", "pattern", "colorwork"]


def tpl_gauge(rng):
    us, mm = rng.choice(G_NEEDLE)
    s = rng.choice(G_STS)
    if rng.random() < 0.5:
        return f"{s} sts & {s + rng.randint(4, 10)} rows = 4\"/10 cm in {rng.choice(G_STITCH)} on {us} / {mm}"
    return f"Gauge: {s} sts = 10 cm; needles {mm} ({us})"


# ---------------------------------------------------------------- chart keys
CHARTS = [
    "Key: □ = knit on RS, purl on WS; • = purl on RS, knit on WS",
    "○ = yo; / = k2tog; \\ = ssk; Λ = sk2p",
    "Chart symbols: | knit, - purl, O yarn over, / k2tog, \\ ssk",
    "▲ = cdd (slip 2 as if to k2tog, k1, p2sso)",
    "Grey square = no stitch; skip it and go to the next symbol",
    "Read RS rows right to left, WS rows left to right.",
    "Chart A: rows 1-24; only RS rows charted, purl all WS rows",
    "X = knit with contrast color (CC); blank = main color (MC)",
    "// = 2/2 RC: sl 2 to cn, hold in back, k2, k2 from cn",
    "\\\\ = 2/2 LC (cn in front)",
    "⊕ = bobble: (k1, yo, k1, yo, k1) in same st, turn, p5, turn, k5, pass 4 sts over",
    "Legend: ● = bead (place with 0.6 mm hook), ✕ = k1 tbl",
    "Red outline = pattern repeat (12 sts), work 8 times across",
    "Chart is 30 sts wide x 40 rows tall; each square = 1 st",
    "Symbol '>' means M1R and '<' means M1L -- sorry, my chart font doesn't have the arrows",
    "Crochet diagram: ○ ch, • sl st, + sc, T hdc, ‡ dc, and the little arcs = ch-sps",
    "Chart row 5 reads: k2, /, O, k3, O, \\, k2 -- 12 sts",
    "In the key, 'ↄ' is a purl twisted stitch (p1 tbl)",
    "Cable chart: [3/3 RC] over 6 sts; repeat every 8 rows",
    "Where the chart shows {  } you work the sts in brackets into one stitch",
    "Key: ◆ = nupp (7 sts); purl them together on the next row",
    "The colorwork chart uses A = cream, B = rust, C = teal; chart C rows 1-15 are the yoke",
    "Written version of chart: Row 1: k1, *yo, ssk, k1, k2tog, yo, k1*; rep * *",
    "Chart shows RS only; on WS: k the k's, p the p's, purl all yos",
    "Cross-stitch key: DMC 310 = █ (black), DMC 321 = ▓ (red), DMC blanc = ░",
    "Each chart square = 2 sts × 2 rows in the mosaic blanket",
    "Legend:  ▢ knit  ▣ purl  ◯ yo  ◣ k2tog  ◢ ssk",
    "Symbol with a V inside = slip 1 purlwise wyib",
    "Filet crochet chart: filled block = 3 dc; open mesh = dc, ch 2",
    "Charted rows are numbered on the right for RS and on the left for WS",
    "Motif D (chart p. 4): 17 sts × 22 rows; center on the front at st 56",
    "The wavy line symbol ∿ is a 'wrap 3' -- slip 3 to RH, yf, slip back, yb",
    "Chart 2: sts 1-6 = edge, 7-30 = repeat (×3), 31-36 = edge",
    "What does the symbol with 3 dots mean?? it's not in the key on page 2",
    "In my printout the '\\' and '/' look the same -- check the PDF zoomed in",
    "Key: ⋀ = s2kp (central double decrease), ⋁ = make 2 (k1, yo, k1 in same st)",
    "Chart symbol '—' (dash) is a purl on both RS and WS for garter ridges",
    "▶ marks where the sleeve sts go on hold",
    "Cross-stitch: 14 ct Aida, 2 strands over 1; backstitch ▬ in 1 strand DMC 3371",
    "Intarsia chart: each letter = new bobbin (a, b, c...); don't carry yarn > 5 sts",
    "Chart key on p. 3 has 'C = 1/1 LPC (sl1 to cn in front, p1, k1 from cn)'",
    "Every 'X' inside a circle is a purl through the back loop",
    "Read the double-knit chart: square = side A color, dot = side B color",
    "The bold vertical lines in the chart mark the 8-st repeat boundaries",
    "Embroidery key: ~ = stem st, * = French knot, ⋆ = lazy daisy",
]
SYMBOLS = ["□", "•", "○", "/", "\\", "Λ", "●", "✕", "▲", "◆", "⊕", "|", "-", "O", "X"]
MEANINGS = ["knit", "purl", "yo", "k2tog", "ssk", "sk2p", "bead", "k1 tbl", "cdd",
            "nupp", "bobble", "no stitch", "p2tog", "M1L", "sl1 wyif"]


def tpl_chart(rng):
    a, b = rng.sample(range(len(SYMBOLS)), 2)
    return (f"Key: {SYMBOLS[a]} = {rng.choice(MEANINGS)}; {SYMBOLS[b]} = "
            f"{rng.choice(MEANINGS)} (chart {rng.choice('ABCDE')}, row {rng.randint(1, 48)})")


# ---------------------------------------------------------------- sizing
SIZING = [
    "Size\tBust\tLength\n1\t32\"\t22\"\n2\t36\"\t23\"\n3\t40\"\t24\"",
    "Sizes: XS (S, M, L, XL, 2XL, 3XL)",
    "Finished bust: 34 (38, 42, 46, 50) in / 86 (96.5, 106.5, 117, 127) cm",
    "Worn with 4-6\" (10-15 cm) of positive ease",
    "Size | Chest | Length\nS | 36\" | 24\"\nM | 40\" | 25\"\nL | 44\" | 26\"",
    "Hat circumference: 18 (20, 22)\"; fits head 20-22\" with negative ease",
    "Sock foot circumference 8\" (20 cm); knit to 1\" less than foot length before toe",
    "Yardage: 1100 (1250, 1400, 1560, 1720) yds",
    "Choose a size w/ 2\" negative ease at bust -- sample shown in size 3 on a 35\" bust",
    "Baby: 0-3 mo (3-6 mo, 6-12 mo, 12-18 mo, 2T)",
    "Upper arm: 11 (12, 13¼, 14½, 16) in",
    "Sizes 1-10; numbers in () refer to larger sizes; when only one number is given, it applies to all",
    "Waist -> 28\" / 71 cm; hip -> 38\" / 96.5 cm; I'm between a 10 and 12",
    "Yoke depth: 8 (8½, 9, 9½, 10)\" / 20.5 (21.5, 23, 24, 25.5) cm",
    "Size chart (cm):\nTaille\tTour de poitrine\nS\t84-88\nM\t92-96\nL\t100-104",
    "Length from underarm = 14\" for all sizes; adjust here if you're tall",
    "Blanket: crib 30x36\", throw 50x60\", twin 66x90\"",
    "My measurements: B 41 / W 35 / H 44 -- made the 42 w/ 1\" ease",
    "EU 36-38 = US 6-8 = UK 8-10 (roughly!)",
    "Finished dimensions: 72\" wingspan x 18\" deep at center (183 x 46 cm), after blocking",
    "Shoe size 7-8 => cast on 64; 9-10 => cast on 72",
    "Mitten sizes: child (woman's S/M, woman's L/man's S, man's L)",
    "Sleeve length 18 (18, 18½, 19, 19)\"; if you're petite take 1\" off before cuffs",
    "Dog sweater sizes by back length: XS 8\", S 10\", M 14\", L 18\", XL 22\"",
    "Pattern graded for 9 sizes, 30\" to 62\" finished chest",
    "Neck opening: 20 (21, 22)\" -- shown in size 2 (21\") on model",
    "Hem circumference >= hip measurement + 2\"; otherwise it will ride up",
    "Sizing note: 'M' here is between a US 8 and 10; check the schematic, not the letter!",
    "Child sizes 2 (4, 6, 8, 10, 12) years; chest 21 (23, 25, 26½, 28, 30)\"",
    "Small = 19.5\" head, Medium = 21\", Large = 23\" -- I knit M for myself, 22\" head",
    "Schematic: A = 20\", B = 12\", C = 7½\", D = 24\", E = 16\"",
    "Inseam 30\"/76 cm; rise 10\"; 1\" hem allowance included",
    "XL: 52\" bust -> CO 232 sts; 2X: 56\" -> CO 248 sts",
    "Sewing: body measurements table -> size 14 = bust 36, waist 29, hip 39 (inches)",
    "Grade between sizes at the waist: draw a line from size 12 at bust to 16 at hip",
    "Fits: ages 3-5 (6-8, 9-12); I sized up because kids grow so fast...",
    "Sizes XS-5X (see table on p. 2); ease: 0\" to -2\" (close fitting)",
    "Toddler 2T: chest 21\", length 13\"; 3T: chest 22\", length 14\"",
    "Cowl: 24\" circumference x 10\" tall (one size)",
    "Wrap sizes: regular 18x70\", long 18x84\"",
    "Sizing: tops of the range fit best w/ 0\" ease; lower end w/ 2-4\" positive ease",
    "Cup size adjustment (FBA): add 1\" per cup over B",
    "Tam: 10\" diameter flat; band fits 20-21\" head after blocking over a 10.5\" dinner plate",
    "Finished measurements are AFTER blocking (wool grows ~5% lengthwise)",
    "Pet bed small/medium/large = 18\"/24\"/30\" diameter",
    "Size guide: if between sizes, pick the smaller -- this yarn stretches",
]
SZ_NAMES = ["XS", "S", "M", "L", "XL", "2XL", "3XL"]


def tpl_sizing(rng):
    start = rng.randint(30, 40)
    step = rng.choice([2, 4])
    n = rng.randint(4, 6)
    vals = [start + i * step for i in range(n)]
    part = rng.choice(["Finished chest", "Hip", "Bust", "Body circumference"])
    return f"{part}: {vals[0]} ({', '.join(str(v) for v in vals[1:])})\" -- sizes {SZ_NAMES[0]}-{SZ_NAMES[n - 1]}"


# ---------------------------------------------------------------- materials
MATERIALS = [
    "Yarn A: 2 skeins 'Fog'\nYarn B: 1 skein 'Ember'\nNeedles: 4 mm & 4.5 mm\nNotions: 4 markers, darning needle",
    "Materials: 5 skeins Malabrigo Rios (210 yds/100 g) in 'Archangel'; US 7 & 8 needles; 4 stitch markers; tapestry needle",
    "You'll need: 2 balls DK cotton (A), 1 ball (B); 4 mm hook; polyfill; 9 mm safety eyes",
    "Notions: 6 buttons (3/4\" / 19 mm), waste yarn, locking markers",
    "Fabric: 2 1/4 yds 45\" quilting cotton OR 1 3/4 yds 60\" linen",
    "Interfacing: 1/2 yd lightweight fusible (Pellon 911FF or similar)",
    "Zipper: 9\" invisible; thread to match; 1 hook & eye",
    "Yarn: 400 m fingering + 100 m mohair/silk (held together for the body)",
    "2 x 50 g balls 'Drops Baby Merino' -- colour 12 & 19",
    "Stitch markers (8, one in contrasting color for BOR), cable needle, row counter",
    "Supplies: rotary cutter, 24\" ruler, self-healing mat, pins & clips",
    "1 x 100 g hand-dyed sock yarn 'Northern Lights' + 20 g contrast for heels/toes",
    "Bias tape: 3 yds of 1/2\" double-fold",
    "Elastic 1\" wide, cut to waist measurement minus 2\"",
    "Stuffing (~40 g), pipe cleaners for the ears, pink embroidery floss for the nose",
    "Beads: 180 size 6/0 seed beads, pre-strung or placed with a 0.75 mm crochet hook",
    "Blocking wires + T-pins + foam mats; wool wash (no-rinse)",
    "Batting: crib-size 45\" x 60\", 80/20 cotton/poly",
    "Needles: 3.25 mm 40 cm circ, 3.75 mm 80 cm circ, 3.75 mm DPNs; 10 markers; scrap yarn",
    "Leftover yarn -- about 15 g each of 7 colors (a great stash buster!)",
    "Embroidery hoop 6\"; DMC 817, 3865, 310; needle size 24 chenille",
    "Lining: 1/2 m cotton lawn; 2 magnetic snaps 14 mm; 1 m cotton webbing 25 mm",
    "Materials (for all sizes): yarn amounts in table; 2 stitch holders; 1 spare needle for 3-needle BO",
    "Sewing thread, Gütermann Sew-All col. 800 (white)",
    "Snaps size 16 (KAM) x 5 for the onesie placket",
    "You'll also want: a crochet hook for picking up dropped sts & a lifeline thread (dental floss works!)",
    "Bag: 2 fat quarters outer, 2 fat quarters lining, 14\" zip, 1 yd cord",
    "MC: 3 (3, 4, 4, 5) skeins; CC1: 1 skein all sizes; CC2: 1 skein all sizes",
    "Polyester fiberfill, approx. 150 g; bead pellets for weight (optional, not for babies < 3 yrs!)",
    "Bamboo DPNs 2.75 mm; metal ones are too slippery for me with this yarn",
    "4 stitch markers + 1 removable (clip-on) marker to mark RS",
    "Yarn: Cascade 220 (100% Peruvian Highland wool; 220 yds/100 g): #8010 Natural x 4, #9404 Ruby x 1",
    "Fabric requirements: 1.2 m of 150 cm wide jersey (with ≥ 40% stretch)",
    "Hardware: 2 D-rings 1\", 1 swivel clasp, 4 rivets",
    "Plastic canvas 7 ct, 2 sheets; yarn needle; worsted acrylic scraps",
    "Fusible fleece for the bag body (so it stands up on its own)",
    "Quilt kit includes: 40 precut 5\" squares + binding fabric; backing not included",
    "1 skein of each: 'Sea Glass', 'Driftwood', 'Kelp' & 'Foam'",
    "Crochet: 5 mm hook, 4 mm hook, 300 g chunky acrylic, 2 toggles",
    "Notions list: scissors; measuring tape; 'Chibi' needle; ~20 locking sts markers",
    "Yarn over budget? Sub with any worsted; you need ~900 yds total (not per color)",
    "Optional: 1 yd of 1/8\" ribbon to thread through the eyelet round",
    "Doll eyes 12 mm x 2 (or embroider them for under-3s)",
    "Cotton/linen blend 2 m; tailor's chalk; point turner; pressing cloth",
    "Tools: seam ripper (you'll need it, trust me), pinking shears, tracing paper",
    "Felt sheets 9x12\" in red, green, white; fabric glue; 3 jingle bells",
]
M_QTY = [1, 2, 3, 4, 5, 6, 8, 10]
M_YARN = ["skeins worsted wool", "balls DK cotton", "hanks fingering merino",
          "cakes of aran acrylic", "skeins of sport-weight alpaca", "balls of lace mohair"]
M_TOOL = ["US 7 / 4.5 mm needles", "a 4 mm hook", "3.5 mm DPNs", "6 mm circular 80 cm",
          "5.5 mm (I-9) hook", "2.25 mm sock needles"]
M_EXTRA = ["4 markers", "tapestry needle", "cable needle", "6 buttons", "waste yarn",
           "polyfill", "2 stitch holders"]


def tpl_materials(rng):
    return (f"Materials: {rng.choice(M_QTY)} {rng.choice(M_YARN)}; {rng.choice(M_TOOL)}; "
            f"{rng.choice(M_EXTRA)} & {rng.choice(M_EXTRA)}")


# ---------------------------------------------------------------- shop listings
SHOP = [
    "Hand-dyed merino sock yarn -- 100 g / 400 m -- $28.00 (ships in 3-5 days)",
    "PDF pattern: 'Autumn Leaves' shawl -- $7.50 USD; buy 2 get 1 free w/ code FALL3",
    "Kit: yarn + pattern + project bag = €45,90 (incl. VAT)",
    "SALE!! 30% off all bulky yarn -- was £12.99, now £9.09",
    "Vintage knitting needles lot (US 3-10 1/2), 14 pairs, aluminum & bamboo -- $20 OBO",
    "Listing: 'Select your colorway' dropdown -> Peony | Slate | Moss | Ember",
    "Custom order: baby blanket in your colors; 4-6 weeks; from $120",
    "Fat quarter bundle (10 pcs) 18\" x 22\" -- $32 + shipping",
    "Digital download only -- no physical item will be shipped. Instant access after payment.",
    "Ceramic yarn bowl w/ swirl slot, 6\" dia. -- ¥3,800",
    "Shipping: US $4.95 flat / CA & MX $12 / Intl $18; free over $75",
    "Hand-carved wooden crochet hooks, set of 5 (3.5-6 mm) -- $38; made from cherry & walnut",
    "Mini skein set: 5 x 20 g (fingering) -- 'Sunset Over the Bay' -- $24",
    "Refunds: Patterns are non-refundable; if you have a problem w/ the download, email me & I'll fix it.",
    "Stitch marker set (12) -- 'Cats & Yarn' -- $9.00; lobster clasp or ring style",
    "Listing title: Cozy Cable Beanie | Knitting Pattern | Beginner Friendly | PDF",
    "Price per skein: 1-4 = $22; 5+ = $20 (sweater quantity discount)",
    "Dye lot #A-2231; buy all you need from the same lot!",
    "Bundle: 3 patterns for $15 (save $6.50) -- add to cart to see the discount",
    "Yarn colour 'Drop Table Red' is back in stock (named after my grandma's drop-leaf table, lol)",
    "SOLD OUT -- restock 3/15; sign up for notifications",
    "Handmade project bag 10\" x 12\", drawstring, lined, w/ inner pocket -- CAD $34",
    "Pattern price: 6,00 € -- includes English & Deutsch versions",
    "Gift card $25 / $50 / $100 (delivered by email)",
    "Wholesale inquiries: min. 20 units/colorway; net 30 terms for established shops",
    "Coupon code: KNITNIGHT -> 15% off; expires Sunday 11:59 pm EST",
    "Hand-spun art yarn (2-ply) ~80 yds, 'Unicorn Tears' -- $42 -- one of a kind!",
    "Tax: prices exclude sales tax; EU customers pay VAT at checkout",
    "Shawl pin, sterling silver, 3\" -- $65 (made to order, 2 wks)",
    "Quilting ruler 6 1/2\" x 24\" -- $19.99 -- non-slip backing",
    "Listing: Sock blank, double-stranded, 100 g -- 'Select' $26 / 'Premium' $32",
    "Crochet kit for beginners: hook 5 mm, 2 skeins, pattern, video link -- ₹1,499",
    "Pattern + yarn pack (size S-M) $89; (L-XL) $104; (2X-3X) $119",
    "Naturally dyed: indigo, madder & weld -- colors vary; no two skeins alike",
    "Choose qty: [ 1 ] [ 2 ] [ 3 ] -- max 6 per order during the update",
    "Shop update Friday 8 pm GMT!! Sock club spots: 40 only",
    "Pattern is 'pay what you can': $3 / $6 / $9 -- all tiers get the same file",
    "Donation-based listing: 100% of proceeds to the animal shelter <3",
    "Handmade knitted dishcloths, set of 3, 100% cotton -- $15 (machine washable)",
    "Price: $0.00 -- free pattern; Ravelry download link below",
    "Bulk: 1 kg cone of undyed 2/8 wool, $58; great for weaving",
    "Note on colors: screens differ, 'Rust' may look more orange IRL",
    "In-store pickup available @ 123 Main St., Suite #4 (Tue-Sat 10-6)",
    "Lot of 50 vintage buttons, mother-of-pearl & bakelite -- $30",
    "Cotton fabric by the yard -- 'Sewing Notions' print -- $12.50/yd; cut continuously",
]
P_ITEM = ["Sock yarn", "DK merino", "Cotton fat quarter", "Mini skein set",
          "pattern PDF", "project bag", "stitch marker set", "wooden hook"]
P_CUR = ["$", "£", "€", "CAD $", "AUD $"]
P_COLOR = ["Moss", "Ember", "Slate", "Peony", "Harbor", "Saffron", "Fig", "Oat"]


def tpl_shop(rng):
    price = f"{rng.randint(3, 89)}.{rng.choice(['00', '50', '95', '99'])}"
    return (f"{rng.choice(P_ITEM)} -- '{rng.choice(P_COLOR)}' -- "
            f"{rng.choice(P_CUR)}{price} ({rng.randint(1, 12)} in stock)")


# ---------------------------------------------------------------- project notes / comments
NOTES = [
    "Mods:\n- added 2 rows of garter before the BO\n- used 3.5 mm for the cuffs\n- skipped the pocket",
    "Day 1: cast on.\nDay 4: sleeves done!\nDay 9: blocked & drying :)",
    "I can't believe I finally finished it! Frogged twice -- it's my 3rd attempt.",
    "Modified: added 2\" to the body & did 1x1 rib instead of 2x2. Don't skip the swatch!!",
    "Used 'Jeweled Cast-On' for the edge; it's much stretchier than long-tail.",
    "Pattern says \"work even\" -- does that mean just knit every row or keep the rib?",
    "Ugh, dropped a stitch 10 rows down... laddered it back up w/ a crochet hook :)",
    "Note to self: next time use a lifeline before starting chart B!",
    "Blocked aggressively; it grew from 60\" to 72\" across.",
    "For the select few who asked: yes, the buttons are from my grandmother's tin.",
    "Union Jack colorwork on the yoke (red/white/blue) -- charted it myself.",
    "Gift for my sister's wedding -- she'd better not put it in the dryer <3",
    "The designer's errata (v2): row 14 should read 'k3, p2' not 'k2, p3'.",
    "My 'quick weekend project' took 3 months lol",
    "Q: Can I drop the 2nd color & just do stripes? A: yes, see notes on p.5",
    "Rip it, rip it! (frog noises) -- started over with a smaller needle.",
    "Knitting group meets Thu @ 7pm; bring your WIPs & snacks ;)",
    "I'm running out of yarn -- anyone have 'Harbor' dye lot 6614?",
    "Execution of the cables was the hardest part; the rest was mindless TV knitting.",
    "Tip: put a marker every 20 sts when casting on 300+ -- saves recounting.",
    "Drop stitch scarf = intentional ladders; don't panic when they run!",
    "If you're left-handed, mirror the chart (read it left -> right on RS).",
    "Sleep mask crochet pattern -- done in 2 evenings; super soft bamboo yarn.",
    "Delete this comment if it's off-topic, but where did you get that yarn bowl??",
    "Seaming: mattress st on the sides, 3-needle BO on shoulders. Looks seamless.",
    "Alert: the PDF v1.0 has a typo in size 3's stitch count; use v1.1.",
    "\"Measure twice, cut once\" -- I measured once & cut the wrong side. Oops.",
    "I'm 5'2\" so I shortened the body by 2\" (14 rows) and the sleeves by 1.5\".",
    "Wore it to the fiber festival & 4 people asked for the pattern name!",
    "Tension issues on the purl rows -> rowing out. Switched to Norwegian purl; fixed.",
    "Swapped the button band for an i-cord edge; pick up 3 of every 4.",
    "Gauge was off (20 vs 22) so I knit the S for an M fit -- math in my notebook.",
    "Tried magic loop & 2-at-a-time; never going back to DPNs.",
    "Used bead 'Crystal AB' on every 4th nupp -- fiddly but worth it.",
    "LOL my cat stole the ball of yarn mid-row... the 'cat hair' is a design feature now.",
    "My first sweater!!! Top-down raglan, worsted, 10 days. Neckline a bit wide --> will pick up & add 4 rnds.",
    "Steeked it! Reinforced w/ crochet, cut, and nothing unraveled. Hands were shaking.",
    "\"Weave in as you go\" is the best advice I've ever gotten.",
    "The instructions for the heel flap are confusing: 'sl1, *k1, sl1; rep from *' -- is it slip purlwise?",
    "Quilt is for a friend's son; he picked the colors (orange & purple, bless him).",
    "Sewing note: pre-wash the linen! It shrank 6% in the first wash.",
    "Drop shoulder, boxy fit -- size up 1 if you want an oversized look.",
    "Can't find the 'Union' colorway anymore; subbed 'Federal Blue'.",
    "Went off-pattern: did a tubular BO instead of regular & it looks so pro.",
    "I'll post a photo once it's blocked & dry -- it's pinned out on the guest bed.",
    "Added pockets (yes, knit pockets!) using the afterthought method.",
    "Hooked on crochet now -- 3 amigurumi this week, a 4th on the hook ;)",
    "Do NOT machine wash! It felted into a doll-size sweater. RIP.",
    "To whoever wrote 'easy' on this pattern: we need to talk. :D",
]
N_START = ["Finished my", "Frogged my", "Cast on a", "Blocking my", "Halfway through a",
           "Gifted my"]
N_PROJ = ["raglan cardigan", "lace shawl", "granny square blanket", "pair of socks",
          "brioche cowl", "amigurumi fox", "quilted tote", "linen dress"]
N_TAIL = ["-- can't wait to wear it!", "; the yarn's a dream to work with.",
          "... third time's the charm.", "& I'm already planning the next one :)",
          "-- used 'Oat' & 'Fig' for the stripes.", "(notes on the chart are in my blog)"]


def tpl_notes(rng):
    return f"{rng.choice(N_START)} {rng.choice(N_PROJ)} {rng.choice(N_TAIL)}"


# ---------------------------------------------------------------- file names
FILES = [
    "Autumn_Leaves_Shawl_v2.1.pdf",
    "cable-beanie (EN) - final.pdf",
    "Granny Square Blanket -- charts only.pdf",
    "C:\\Users\\Maria\\Documents\\Knitting\\Patterns\\Fair Isle Yoke.pdf",
    "/Users/kate/Downloads/sock-heel-tutorial.pdf",
    "~/Documents/patterns/crochet/amigurumi_fox_US-terms.pdf",
    "pattern_2024-03-15_errata.txt",
    "Strikkeoppskrift_Marius-genser_NO.pdf",
    "Pullover \"Herbst\" – Anleitung.pdf",
    "IMG_4821.JPG",
    "quilt-block-layout (1).png",
    "sewing_pattern_A0_print-at-copyshop.pdf",
    "sewing_pattern_A4_letter_tiled.pdf",
    "It's on the club drive under ../shared/Knit Night handouts/rib-cast-on.pdf",
    "socks & mittens collection (2023).zip",
    "schematic_size-3.svg",
    "chart-A_color.png; chart-A_bw.png",
    "ひざ掛け_編み図.pdf",
    "Шапка_схема_вязания.pdf",
    "Tricot - Bonnet à côtes (FR).pdf",
    "Dress-pattern_sizes-6-24_layers.pdf",
    "D:\\Sewing\\Projects\\2024\\Tote bag\\cutting layout.pdf",
    "\\\\nas\\crafts\\Patterns\\Crochet\\Mandala #3.pdf",
    "Ravelry download: Hitchhiker-shawl.pdf (120 KB)",
    "lace-chart_rows_1-48.xlsx",
    "yarn-inventory.csv",
    "my stash (2019-2024).ods",
    "WIP_photos/2024-05-02 sleeve 1.heic",
    "Pattern_Cardigan_V1.0_FINAL_final2.pdf",
    "baby-bonnet.pdf.pdf",
    "Owl_Hat_Crochet_Pattern_[UK_terms].pdf",
    "Quilt-Pattern_Log-Cabin_(60x72in).pdf",
    "sweater_yoke_colorwork.stc (Stitch Fiddle export)",
    "knit-along week 3 -- body & sleeves.docx",
    "Kingsbury_shawl_errata-2023-11.txt",
    "Zopf-Mütze_Größe_M.pdf",
    "patron_gorro_crochet_ES.pdf",
    "cross-stitch_pattern_fox_DMC.pat",
    "embroidery_hoop-art_template.jpg",
    "/home/pat/knitting/scans/vintage_1950s_twinset.pdf",
    "file:///C:/Users/Jen/Downloads/sock_pattern.pdf",
    "Pattern (1) (2) (3).pdf",
    "Slouchy_Beanie_KIDS+ADULT.pdf",
    "mittens_%20fingerless.pdf",
    "Chart B -- rows 25-48 (repeat x2).png",
    "Sleeves_are_weird_help.jpg",
]
F_BASE = ["shawl", "socks", "beanie", "cardigan", "blanket", "tote", "mittens",
          "cowl", "amigurumi-bear", "skirt"]
F_SUFFIX = ["_EN.pdf", "_v1.2.pdf", "-charts.pdf", "_sizes-XS-3XL.pdf", "_errata.txt",
            " (printable).pdf", "_US-terms.pdf"]
F_DIR = ["", "Patterns/", "Downloads/", "~/Documents/knit/", "C:\\Crafts\\"]


def tpl_files(rng):
    return f"{rng.choice(F_DIR)}{rng.choice(F_BASE)}{rng.choice(F_SUFFIX)}"


# ---------------------------------------------------------------- multilingual
MULTI = [
    "Reihe 3: *2 re, 2 li; ab * wdh bis zu den letzten 2 M, 2 re",
    "Maschenprobe: 22 M x 30 R = 10 x 10 cm glatt rechts mit Nadel Nr. 4",
    "Rang 5 : *2 m. end., 2 m. env.* ; répéter de * à * jusqu'à la fin",
    "Échantillon : 20 m. x 28 rgs = 10 cm en jersey, aig. n° 4,5",
    "Vuelta 2: 2 pb en cada punto (12) -- punto bajo = sc en inglés",
    "Muestra: 18 p. y 24 h. = 10 cm con agujas de 5 mm",
    "Giro 4: *2 m.b., aum.* x 6 (24)",
    "Rij 7: *2 r, 2 av; herh. vanaf * tot einde",
    "Pinne 1 (retten): strikk 1 r, *kast, 2 r sammen*; gjenta fra * til *",
    "Varv 3: *2 rm, 2 am*, upprepa varvet runt",
    "Ряд 3: *2 лиц., 2 изн.*; повторять от * до конца ряда",
    "Плотность вязания: 22 п. x 30 р. = 10 x 10 см",
    "1段目：表目2、裏目2を繰り返す（最後は表目2）",
    "ゲージ：メリヤス編み 22目×30段＝10cm角、4号針",
    "鎖編み3目で立ち上がり、長編みを5目編みます。",
    "第3行：*下针2针，上针2针*，重复至最后2针，下针2针",
    "密度：平针 22针 x 30行 = 10厘米",
    "3단: *겉뜨기 2, 안뜨기 2*를 반복",
    "Fila 6: 1 pb, *saltar 1 p, 5 pa en el sig. p.*; repetir desde *",
    "Giro 10: (1 mb, 1 aum) x 6 = 18 m (amigurumi)",
    "Ferri n. 4 -- campione: 20 m e 28 f = 10 cm a maglia rasata",
    "Carreira 1: *1 m. tricô, 1 m. liga*; repita de * a *",
    "Rząd 4: *2 o prawe, 2 o lewe*; powtarzać od *",
    "Kerros 2: *2 o, 2 n*; toista *-* kerroksen loppuun",
    "Sor 5: *2 sima, 2 fordított*; ismételd a sor végéig",
    "Řada 3: *2 hladce, 2 obrace*; opakovat od *",
    "Sıra 4: *2 düz, 2 ters*; * işaretinden itibaren tekrarla",
    "Σειρά 3: *2 ΚΡ, 2 ΑΡ*· επαναλάβετε από * ως το τέλος",
    "שורה 3: *2 ימין, 2 שמאל*; חזרי מ-* עד הסוף",
    "الصف 3: *2 غرزة سادة، 2 غرزة مقلوبة*؛ كرري من * حتى النهاية",
    "Mützen-Anleitung: Anschlag 96 M, 5 cm Rippen (1 re, 1 li), dann glatt re",
    "Tricoter 'à l'anglaise' : 1 m. end., 1 jeté, 1 m. glissée",
    "Abkürzungen: re = rechts, li = links, U = Umschlag, M = Masche, Rd = Runde",
    "Abréviations : m. = maille, rg = rang, dim. = diminution, aug. = augmentation",
    "Abreviaturas: cad = cadeneta, pb = punto bajo, pa = punto alto, pd = punto deslizado",
    "Hæklet: 3 lm, 2 stm i samme m, *spring 2 m over, fm i næste*",
    "Anleitung (DE) – Größen 36/38 (40/42, 44/46); Garnverbrauch 450 (500, 550) g",
    "Taille 2 (4, 6) ans -- Qté : 3 (4, 4) pelotes",
    "Talla S (M, L): contorno 90 (100, 110) cm",
    "Ravelry tags: 'Pullover', 'Raglan', 'von oben', 'top-down' -- DE/EN",
    "Vouwlijn = fold line; naadtoeslag 1 cm inbegrepen",
    "Nahtzugabe 1,5 cm; Stoffbruch beachten; Schnittteil A 2x zuschneiden",
    "Couper 2x dans le tissu principal, 1x dans la doublure (marge de couture 1 cm incluse)",
    "Patrón de costura -- margen de costura 1 cm incluido; cortar 2 en el doblez",
    "Nähen: Reißverschluss 20 cm, nahtverdeckt; Bügeleinlage H180",
    "Спицы № 3,5 мм; пряжа 100% шерсть, 100 г/250 м",
    "「裏目」と「表目」を交互に編みます（ゴム編み）",
]
ML_FORMS = [
    ("Reihe {n}: *{a} re, {b} li*; ab * wdh", "de"),
    ("Rang {n} : *{a} m. end., {b} m. env.*", "fr"),
    ("Vuelta {n}: *{a} pb, aum* x 6", "es"),
    ("Ряд {n}: *{a} лиц., {b} изн.*", "ru"),
    ("{n}段目：表目{a}、裏目{b}を繰り返す", "ja"),
    ("Giro {n}: *{a} m.b., {b} aum.*", "it"),
    ("Rij {n}: *{a} r, {b} av*", "nl"),
]


def tpl_multi(rng):
    form, _ = rng.choice(ML_FORMS)
    return form.format(n=rng.randint(1, 50), a=rng.randint(1, 4), b=rng.randint(1, 4))


CATEGORIES = [
    ("pattern_rows", ROWS, tpl_rows),
    ("crochet_notation", CROCHET, tpl_crochet),
    ("gauge_yarn_needles", GAUGE, tpl_gauge),
    ("chart_keys", CHARTS, tpl_chart),
    ("sizing_tables", SIZING, tpl_sizing),
    ("materials_lists", MATERIALS, tpl_materials),
    ("shop_listings", SHOP, tpl_shop),
    ("project_notes", NOTES, tpl_notes),
    ("pattern_filenames", FILES, tpl_files),
    ("multilingual_patterns", MULTI, tpl_multi),
]


def main():
    rng = random.Random(SEED)
    records = []
    seen = set()
    counts = {}
    for cat, literals, tpl in CATEGORIES:
        vals = []
        nlit = 0
        for v in literals[:PER_CATEGORY]:
            if v not in seen:
                seen.add(v)
                vals.append(v)
                nlit += 1
        tries = 0
        while len(vals) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template for {cat} cannot reach {PER_CATEGORY}")
            v = tpl(rng)
            if v not in seen:
                seen.add(v)
                vals.append(v)
        counts[cat] = (len(vals), nlit)
        records.extend((cat, v) for v in vals)
    out = []
    for i, (cat, v) in enumerate(records, 1):
        assert isinstance(v, str) and v and len(v) <= 1800, v
        out.append({"id": f"{PREFIX}-{i:05d}", "category": cat, "label": "benign", "value": v})
    assert len({o["value"] for o in out}) == len(out)
    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, (n, nlit) in counts.items():
        total_lit += nlit
        print(f"{cat:24s} n={n:3d} literals={nlit:3d}")
    print(f"total={len(out)} literals={total_lit}")


if __name__ == "__main__":
    main()
