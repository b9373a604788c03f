#!/usr/bin/env python3
"""Benign corpus for ropewalk (traditional rope & cordage maker's shop). Stdlib only."""
import json, os, random

SEED = 26501
HERE = os.path.dirname(os.path.abspath(__file__))


def lines(block):
    out = []
    for ln in block.strip("\n").split("\n"):
        if ln.strip():
            out.append(ln.replace("␊", "\n").replace("⇥", "\t"))
    return out


LIT = {}

LIT["rope_specs"] = lines(r'''
12 mm 3-strand manila, hawser laid, right hand (Z) lay
3-strand polyester, 10mm, buff colour, MBL approx 2,100 kg
8-plait polypropylene 14 mm — floating, UV stabilised
Hemp (Cannabis sativa fibre), tarred, 16mm, 3 strand, for traditional rigs
Diameter: 6 mm | Core: Dyneema SK78 | Cover: polyester 24-plait
Spec sheet: 18mm cable laid (3 x 3-strand hawsers laid left hand)
Elongation at 20% MBL: < 3% (pre-stretched)
Working load limit = MBL / 5 for lifting; MBL / 10 for people
Linen flax whipping twine, waxed, 0.8mm — sold by the 50 g spool
Cotton sash cord no. 8 (6.4mm) braided, unwaxed
Coir 20mm, 3-strand, for fenders and garden edging
Sisal 8mm 3-strand, natural, approx 220 m per coil
Double braid polyester 12mm, red/white fleck, core-dependent
Tarred marline, 2-ply, left hand laid, ~500 ft per ball
Hawser-laid vs shroud-laid: 3 strands vs 4 strands round a heart
Water absorption: manila > 30%, polyester < 1%
Melting point nylon 6 ≈ 220 °C; polyester ≈ 255 °C; polypropylene ≈ 165 °C
Fibre: UHMWPE; Density: 0.97 g/cm³ (floats); Creep: yes, at sustained load > 30%
Rope weight 12mm manila: ~10.5 kg / 100 m
Splice strength retention: eye splice 90-95%, bowline ~60-65%
Colour code: blue tracer = 10 mm, green tracer = 12 mm, red tracer = 14 mm
Lay length 40 mm ±3 mm on 12 mm 3-strand (check every batch)
Polysteel (PP/PE blend) 3-strand 24 mm, black, mooring grade
Leine 10 mm, 3-schäftig, Hanf geteert, Schlag rechtsgängig
Cordage de chanvre 14 mm, commis en aussière, 3 torons
Cabo de manila 3 cabos 18 mm, torcido a la derecha
三つ打ちロープ ポリエステル 12mm 200m巻
麻绳 三股 直径10毫米 天然色
Пеньковый канат 20 мм, трёхпрядный, смолёный
Lina konopna 12 mm, 3-splotowa, do stylizowanych wnętrz
Tauwerk: Polyester 16 mm Doppelgeflecht, MBL 6.100 daN
Spec: "Yacht braid" 8 mm, cover 16 carrier, core 12 strand
Note: select a rope whose MBL >= 5x the expected peak load
For bell ropes we use 24mm natural hemp with a wool "sally" (red/white/blue)
Sizing rule of thumb: circumference (in) ≈ diameter (mm) / 8
1" circumference = approx 8 mm diameter
Tolerance on diameter: +/- 5% (EN ISO 1969 style fibre ropes)
Leaded core 10mm for lobster pots — sinks, do not use for mooring
Kernmantle 11mm static, EN 1891 type A, white w/ black fleck
Cable-laid 36 mm for tug fender strops — order by the metre
3-strand nylon 16 mm, high stretch ~ 25% at break, good for anchor rodes
Whipping: 4x diameter from the end, sailmaker's whipping preferred
Polyester 3-strand "Hempex" look-alike, 18 mm, for heritage boats
Hardness: soft lay / medium lay / hard lay — ask which you want
Rope-walk length: 330 yards (~300 m) -> finished coils of 220 m after laying up
Twist per metre yarn: 120 tpm S; strand: 70 tpm Z; rope: 40 tpm S
Spec ID RW-3S-MAN-12 / RW-3S-MAN-14 / RW-3S-MAN-16
Cores: parallel Dyneema; covers: polyester; combined weight 4.1 kg/100m
UV: polypropylene loses ~50% strength after 1 year in direct sun (unstabilised)
Fibre blend 70/30 (hemp/flax), left-hand lay, order min. 50 m
''')

LIT["splice_instructions"] = lines(r'''
Eye splice in 3-strand: unlay 5 tucks' worth, tuck against the lay, over one under one.
Short splice: marry the ends, tuck each strand over one and under one, 3 tucks each side, then taper.
Back splice (crown knot first) – pull the crown tight, then tuck down the rope 3 times.
Long splice keeps the diameter the same so it runs through a block -- takes ~ 1 m of each end.
Step 1: tape the strands. Step 2: mark 12x diameter. Step 3: unlay to the mark.
For double braid: measure 1 fid length (21 x diameter) from the end, mark "R"; then 1 short fid section and mark "T".
Brummel lock first, then bury the tail; milk the cover back over the core.
Don't cut the core < 2/3 of the way -- taper it so there's no hard spot.
Dyneema soft shackle: diamond knot + button, loop length ~ 20 x diameter.
Use a Swedish fid for 3-strand; a wire fid & pusher for braid.
If the strands "hockle", you over-twisted -- relax them and retuck.
Sailmaker's whipping: palm & needle, waxed twine, 8-10 turns, frap across the lay twice.
Tuck 1: middle strand under any strand. Tuck 2: left strand under the next one left. Tuck 3: turn splice over & tuck the last.
Taper: after 3 full tucks, cut 1/3 of the yarns from each strand & tuck twice more.
Roll the splice under your foot on the floor to even it out (works every time).
Eye splice in 8-plait: pairs of strands, S and Z, tuck alternately.
Cut splice (cut-in splice): two eye splices overlapping — makes a loop in the middle of a rope.
Chain splice: unlay one strand back further, pass two through the link, lay the third into the groove.
Rope-to-wire splice on halyards: ask for our printed sheet RW-SPL-07 (pdf).
Splicing tutorial: https://www.ropewalk-shop.example/splicing/eye-splice-3-strand
Video part 2 shows the tapering — skip to 03:45 if you only need that.
Spleiß: Augspleiß in 3-schäftigem Tauwerk, mindestens 4 Steeks gegen den Schlag.
Épissure en œil : détorsader 15 cm, passer chaque toron dessus-dessous, 4 passes.
Ayuste de ojo: destorcer los cordones, pasar contra la colcha 4 veces.
Oogsplits: 4 keer insteken tegen de slag in, daarna aftaperen.
アイスプライス:ストランドを3本ほどいて、撚りに逆らって4回通します。
Spleis: 4 innstikk mot slagretningen, deretter taper.
Огон: расплести 3 пряди, 4 пробивки против спуска.
Tip: a dab of PVA on the ends of natural fibre stops fraying — not on Dyneema!
Whip each strand end with tape; hot-knife synthetics, never hot-knife hemp.
Mark with a sharpie: A = 1 fid, B = 1/2 fid, C = tail exit.
Splice length rule: eye splice ≥ 5 tucks for synthetics, 3-4 for natural fibres.
A crown + back splice is neater than a wall-and-crown for a bell rope tail.
Grommet (strop) from one strand: lay it up 3 times round itself, tuck the ends like a long splice.
Why does my splice slip? Usually too few tucks in slippery polyester — do 5 & taper.
Eye size: 2.5x the diameter of the thimble pin; fit the thimble BEFORE the last tuck.
Ordered steps (copy to your phone): unlay > tuck > tuck > tuck > taper > roll > trim
For the "Liverpool" splice in wire, tucks go WITH the lay — different from rope.
Insert thimble; seize throat with 3 turns & 2 frapping turns; then splice.
Soft eye in 12 mm: fid 252 mm long, mark short section at 84 mm.
Remember: "over one, under one, against the lay" — that's the whole secret.
Never splice near a chafe point; move it to where the rope runs free.
Replace the seizing every season on traditional rigs (tarred marline).
Old riggers tallow the fid; beeswax does the same job.
Count your tucks out loud: one... two... three... four.
Splice chart: 6mm/12 cm, 8mm/16 cm, 10mm/20 cm, 12mm/24 cm, 14mm/28 cm
For a finished look: serve over the throat with marline, against the lay.
Cow hitch then splice for a lanyard; works fine for fenders too.
Brummel for hollow braid only — for cored braid use a standard core-to-core.
Short splice adds ~ 50% diameter; don't use it on sheaves.
''')

LIT["chandlery_orders"] = lines(r'''
2 x 50m 10mm polyester braid (navy), 1 x splicing fid set, 4 x stainless thimbles 10mm
Order #RW-20931: 6 bronze belaying pins, 12 lignum vitae deadeyes (3-hole)
Please add 1kg tarred marline & a sailmaker's palm (right hand, size M)
qty 3; SKU HMP-16-3S; 25 m each; cut to length please
Deliver to: Slipway 4, Boatyard Lane, Falmouth TR11 — leave with the harbour office
PO 4471 — 12 x cleats 150mm, 24 x M6 bolts A4, 6 x backing plates
Can you send the order in two parcels? First half Monday & the rest when the hemp arrives.
Bestellung: 100 m Hanfseil 14 mm, geteert, Lieferung nach Kiel
Commande : 2 bobines de 200 m de bitord, livraison à Brest
Pedido: 3 defensas de cabo + 20 m de cabo de 12 mm
注文:麻ロープ 12mm × 30m を2本、請求書は会社宛で
Заказ: 2 бухты по 220 м, манила 16 мм, доставка в Санкт-Петербург
Gift wrap the monkey's fist keyring please, it's for my dad's 70th :)
Order note: customer will collect Sat 9-12; ring bell at the side door
Promo code SPLICE10 — didn't apply at checkout?
Quantity: 1 | Item: Traditional bell rope w/ sally (red, white & blue) | Length: 5.4 m
Invoice to: O'Sullivan Marine Ltd, VAT GB 123 4567 89
Sheets & halyards for a Drascombe Lugger — full set, see attached list
Replacement block sheaves: 2 x 38mm, 1 x 50mm — are they bronze or SRBP?
Shackles 8mm (x10), snap shackles (x2), swivel (x1)
Delivery: FAO Mrs D'Arcy, Unit 7 "The Old Sail Loft", Harbour St
Please combine with order #RW-20874 to save postage
100 m 6mm braid in 5 colours (20 m each) — red/green/yellow/blue/black
1 x rope-making kit (kids) + 1 x knot board blank (oak)
Order 5512: cancel the coir doormat, keep everything else
Can I pay by BACS? Reference = your invoice number?
Shipping to Åland (Finland) — VAT? Customs?
Bitte Rechnung auf "Segelverein Möwe e.V." ausstellen
Ship via pallet; total ~ 180 kg; forklift on site
Line 1: 4x 3-strand nylon 14mm 30m mooring lines w/ eye splice one end
Line 2: 2x chafe guard 40cm
Line 3: 1x bag of 20 assorted whipping twines
Add a 12" (300mm) fid to the order, the wooden one
Returns: 1 x wrong colour (ordered "buff", got "white") — swap please
Rush order!! Boat goes in the water Friday; any chance of next-day?
Order total showed £0.00 shipping then £12.50 at the last step?
Two 8-plait anchor warps, 14mm x 60m each, with thimble & shackle
Dock lines x4 (12mm, 8m) + spring lines x2 (12mm, 12m)
Cork fender 'traditional' size L x2, natural finish
Lanyards for the rowing club, 40 pcs, 4mm, with whipped ends
Please don't send plastic packaging — paper/cardboard only
Cust ref: BOAT/ELSIE-MAY/2024-03
Add monkey's fist 60mm, 10m heaving line, weighted? (no lead if poss.)
Order from the museum: 400 m tarred hemp for HMS rigging restoration
We need 3 coils of 24 mm manila for the tug-of-war club (AAA-rated?)
Ordering 1 x "Rope Splicing for Beginners" book and 1 x fid set (5 pcs)
Please deliver between 08:00-10:00; gate code is at the office
Bulk: 20 x 220m coils 8mm polyprop for fishing co-op, Grimsby
Hi, I'd like 2 m of 32mm manila for a cat scratching post, can you cut that small?
Order: 50 x rope handles for sea chests ("beckets"), tarred
Sample request: 30cm off-cuts of each hemp size (for a client mood board)
''')

LIT["rigging_quotes"] = lines(r'''
Quote request: full standing & running rigging for a 28ft gaff cutter (1934), traditional look.
Running rigging only: main halyard, peak halyard, jib sheets, staysail sheets, topping lift, reefing lines.
Boat: Cornish Shrimper 19; mast height 6.2 m; want Dyneema shrouds if possible.
Please quote for replacing 4 shrouds with 6mm Dyneema SK99 & deadeyes + lanyards.
Budget < £1,500; can do the fitting ourselves if that saves money.
Quote #Q-2024-118: 6 x halyards @ £42.00; 4 x sheets @ £36.50; labour 6h @ £55/h; total £604.00 + VAT
Rig: bermudan sloop, 9/10 fractional, swept spreaders, backstay w/ 6:1 purchase
Mast foot to masthead sheave: 11.40 m; boom length 3.80 m
Can you match the old halyard? It's "marked 10mm" but measures 9.6 mm.
Angebot bitte: Wanten aus Dyneema für eine Folkeboot, Länge je 7,2 m
Devis pour gréement courant d'un vieux gréement (cotre aurique, 10 m)
Presupuesto: drizas y escotas para un velero de 8 m
Offerte aanvragen: want en stag voor een Lemsteraak
帆船の索具見積り希望(全長9m、ガフリグ)
Смета на бегучий такелаж для шхуны 14 м
Wycena: olinowanie ruchome dla jachtu 9 m
Deadeyes: 12 pairs, 100mm, lignum vitae or elm? What's the price difference?
Price for 30 m of 12mm 'Hempex' with whipped ends, 4 lengths?
Quote accepted — please go ahead; deposit sent (50%)
Could you quote both options: (a) polyester 3-strand, (b) real hemp, tarred?
Reduce to 8mm for sheets if the blocks only take 8; otherwise 10.
Does the quote include the splices or are they extra (£ per splice)?
Measurements attached as CSV: line,length_m,diameter_mm
We'd like the lanyards tarred; shrouds served in the traditional way (worm, parcel & serve).
Gaff jaws need a new parrel line with wooden beads (approx 30 beads).
Backstay: 1x19 wire 6mm replaced by Dynice 7mm? Quote with & without labour.
Harbour: Conwy; can you do on-site rigging days in May?
Dyfynbris os gwelwch yn dda: rhaffau ar gyfer cwch hwylio pren
Total length of all lines ~ 210 m; diameters 8, 10 & 12 mm
Need a quote by Friday — committee meets Mon 7pm.
How long is the lead time on a full tarred hemp rig? 6 weeks? 10?
Topping lift 2:1 -> 3:1 conversion; add 1 block & 8 m of line
Halyards should be "low stretch" — pre-stretched polyester OK, no need for Dyneema core.
Quote for museum ship: 36 mm cable laid, 4 x 40 m, serve the ends
Also quote: 6 baggywrinkles (chafe gear) for the topping lifts :)
Boat name: "Lady Ann" — not to be confused with "Lady Anne" (different owner!)
We need a new bolt rope sewn in (sail loft?) — or just supply 14 mm 3-strand?
Previous quote Q-2023-077 was £1,230 — anything changed?
Discount for sailing school? We have 6 identical Wayfarers.
Dimensions (cm): shroud 640 / 640 / 610 / 610; forestay 690
Main sheet: 7:1 purchase, 10mm, 28 m -> is 28 m enough?
Replace all lanyards -> 3mm Dyneema lashings on shroud deadeyes? Pros/cons?
Lead time OK? Our launch date is 2024-05-18.
Please quote in EUR; we're in Brittany.
Quote ref: Q-2024-131; payment terms 30 days net
Mast hoops: 18 x 200 mm ash hoops + seizings
Brails & vangs for a Thames barge — yes, you read that right.
Jib sheet lead: block on deck at 12° from centreline — suggest diameter?
I'd rather pay a bit more for natural fibre — it's a classic boat after all
Survey report p.4 says "replace running rigging"; could you price that?
''')

LIT["batch_qa_logs"] = lines(r'''
Batch 24-117 | 12mm manila 3S | lay length 41mm | diameter 12.3 | PASS
Batch 24-118: break test 1 of 3 = 10.4 kN (spec min 9.8) OK
QA: yarn twist drifting high on frame 3, adjusted tension -5%
Sample failed at the splice, not in the rope -> re-test with 5 tucks
2024-03-14 07:45 rope-walk humidity 72% — hemp yarns slightly damp, delay laying by 1 h
Tar bath temp 85 °C (target 80-90) OK
Coil weight 22.6 kg (spec 22.0 ± 1.0) OK
Visual: 2 hockles at 140 m & 162 m -> cut & re-splice, coil downgraded to "B"
Diameter readings (mm): 11.9, 12.1, 12.2, 12.0, 11.8 -> mean 12.0
Sleep mode on tensioner triggered twice overnight; check the timer (not a fault)
Lot #H-0447 from supplier: 3 bales hemp, 1 bale rejected (mould)
Elongation @ 20% MBL: 2.7% (< 3% spec) PASS
Break load test rig calibrated 2024-02-01; next due 2025-02-01
Operator JM; shift early; frames 1-4; no incidents
Colour fleck uneven on batch 24-121 (navy) — cosmetic, sell as seconds
Drop test on lanyard sample: no slip at 5 kg x 1 m
Sel. sample #4 union of strands looks loose — re-laid, OK after
Lay direction check: Z ✓, S ✗ -> reversed frame 2 gear, retest ✓
Moisture content manila: 12% (target 10-14%) OK
Spool change at 14:20; joining knot removed, 0.5 m scrap
Order by batch number, not by date, when pulling for the museum job
Test ID | Load kN | Result␊T1 | 10.4 | pass␊T2 | 10.1 | pass␊T3 | 9.6 | FAIL
Charge 24-119: Bruchlast 10,2 kN, Durchmesser 12,1 mm — i.O.
Lot 24-120 : charge de rupture 9,9 kN — conforme
Lote 24-122: carga de rotura 10,0 kN — aprobado
ロット24-123 破断荷重 10.3kN 合格
Партия 24-124: разрывная нагрузка 10,1 кН — годно
Batch 24-125 break tests: 3/3 > spec; released to stock
NCR-031: coil labelled 14mm contains 12mm -> relabelled; root cause: wrong label roll
Rope-walk floor temp < 5 °C overnight; tar stiff, warmed 30 min before start
Retest after adjustment: lay length 40mm (target 40 ± 3) PASS
Dye lot 7 vs dye lot 8 slight shade difference; keep separate
Cut lengths check: 10 x 25 m, all within +0.2 / -0.0 m
Hawser 36mm break test not possible in-house (> 100 kN) -> sent to lab
Lab cert received: 36mm cable laid MBL 118 kN
Alarm on frame 4 at 11:02 — strand broke, rejoined with short splice, section marked
Humidity > 80% -> no laying up of natural fibre today
QA note: 'drop' the old spec sheet v2, v3 supersedes it
Inspected by: A. Ní Bhriain; approved by: K. O'Neill
Batch 24-126 held: customer asked for hard lay; standard was medium
Twist count yarn: 118 tpm (target 120 ± 5) OK
Customer return RMA-22: rope "too stiff" — natural for tarred hemp, explained, no fault
Cal. check scale: 20.00 kg ref weight reads 20.02 kg OK
Batch 24-127: polyester 10mm 8-plait, picks per inch 9.5 (spec 9-10) PASS
Batch 24-128 -> scrap (2 strands crossed for 8 m) — cost £64
Shift log: 06:00 start, 06:15 tar heated, 07:00 first rope laid, 15:30 stop
Spot check at random: coil 5 of 12 -> OK
Max temp on hot knife: 450 °C — replace tip if > 500 h use
QA summary week 11: 14 batches, 13 pass, 1 downgrade
Tensioner set-point 180 N; readback 178-183 N
''')

LIT["wholesale_prices"] = lines(r'''
sku,description,diameter_mm,price_per_m_gbp␊HMP-12-3S,Hemp 3-strand tarred,12,2.95␊HMP-14-3S,Hemp 3-strand tarred,14,3.80
SKU;Beschreibung;Preis/m EUR␊MAN-16;Manila 3-schäftig 16mm;3,40␊MAN-18;Manila 3-schäftig 18mm;4,10
Trade price list 2024 — all prices ex VAT, carriage extra under £250
Polyester 3S 10mm: £0.95/m (100m coil £85; 220m coil £175)
Dyneema SK78 6mm: £2.40/m; 8mm £3.60/m; 10mm £5.20/m
Discount bands: 5% > £500 | 10% > £1,000 | 15% > £2,500
Price change from 1 April: manila +8% (supplier increase)
"HMP-16-3S","Hemp 3-strand tarred 16mm","4.95","220m coil £980"
Cotton sash cord no. 8: £36 per 100 m hank
Sisal 6/8/10/12 mm: £0.35/£0.48/£0.62/£0.85 per m
Coir 20mm: £1.10/m — min order 50 m
Preisliste Großhandel: Hanf 10 mm 2,30 €/m; 12 mm 3,10 €/m
Tarif revendeur : chanvre 12 mm 3,20 €/m ; 14 mm 4,05 €/m
Precio mayorista: manila 12 mm 1,95 €/m
卸価格:麻ロープ12mm 1mあたり480円
Оптовая цена: пенька 12 мм — 210 ₽/м
Whipping twine, waxed, 50 g: £3.20 (10+ £2.80)
Thimbles stainless 8/10/12 mm: £1.10/£1.40/£1.80
Note: price per m includes cutting; splices priced separately (£8 / eye)
Trade terms: 30 days net; first order pro-forma
code|desc|uom|price␊FID-SW-8|Swedish fid 8in|ea|14.50␊FID-SW-12|Swedish fid 12in|ea|19.00
Bell rope with sally: £145 (trade £110); custom colours +£15
Import file: sku, qty_break, price ; e.g. PP-8-8P, 1000, 0.21
Price on application (POA): 36mm cable laid; 48mm hawser
Monkey's fist keyring: £6.50 RRP; trade £3.25 (min 20)
Wholesale sheet v7 (supersedes v6 — which had the wrong 14mm manila price)
Manila 24mm tug-of-war rope (33m, whipped): £189
Sale: end-of-line colours 6mm braid 50% off while stocks last
Buy 10 coils, 11th free (polypropylene 3S only)
Export prices (EXW): contact sales@ropewalk-shop.example
Price/m = base £1.20 + £0.15 per mm over 8 mm (hemp) — rough guide
Linen flax 3-ply 1.5mm: £12 per 100 m
SKU POL-10-DB -> £1.35/m; SKU POL-12-DB -> £1.75/m; SKU POL-14-DB -> £2.30/m
Sheets & halyards pack (Drascombe): £295 (RRP £360)
Marline tarred 2-ply 500 ft ball: £22.00
Coir doormat 60x40: £29 retail; £17 trade
Rope fenders (hand-made): S £45, M £70, L £110, XL £160
Carriage: UK mainland £9.50; Highlands & Islands £18; EU from £25
Minimum order trade: £150
Price match? Only against UK trade lists dated < 3 months old
Note: "select" grade hemp costs ~ 20% more than "standard"
Hemp 3S tarred: 10mm £2.30 | 12mm £2.95 | 14mm £3.80 | 16mm £4.95 | 18mm £6.10
nylon 3S 12 mm: £1.05/m ; 14 mm: £1.40/m ; 16 mm: £1.80/m
Price list columns: SKU / Item / Ø mm / €/m / €/coil / stock
Shipping weights: 220 m 12 mm manila ≈ 23 kg
Retail to trade ratio ~ 1.6x
Polysteel 24mm mooring: £3.70/m; 220m coil £720
Cork fenders: price per 10 units on request
Wholesale prices are valid until 31/12 or while stocks last
Jute 3-ply 6mm garden twine: £1.90 per 100 m ball; 12 balls per case
Hanf 16 mm: 4,95 €/m | 18 mm: 6,10 €/m | Rabatt ab 500 m: 7 %
Price for 'drop' lengths (off-cuts < 5 m): 50% of list
''')

LIT["forum_posts"] = lines(r'''
Has anyone tried splicing Dyneema with a wire fid? Mine keeps snagging the cover.
Re: best rope for a tree swing — 24mm polysteel, spliced round the branch with a sleeve, not knotted.
Old-timer here: we used to tar hemp in an iron bath over a coke fire. Smell stays with you for life.
Is "union" still a thing in the rope trade? My grandad was in the Ropemakers' union in Bridport.
PSA: don't drop your fid over the side — tie a lanyard on it. Learned the hard way.
Question: why do 3-strand ropes have a right hand lay mostly? Tradition or physics?
I select my rope by feel as much as by spec sheet, is that daft?
Photos of my first long splice! It runs through the block, just about :) [img]
Sleeping on deck last night, the halyards slapping the mast all night... tie them off, people.
The order by which you tuck doesn't matter as long as each strand goes against the lay.
Heaving line knot vs monkey's fist — which throws further? Discuss.
Hemp vs manila for a classic boat: hemp is softer on the hands but stretches more.
Working on a macramé plant hanger with 5mm cotton — any tips for even tension?
Re: re: re: bell ropes. The sally is wool tufts tucked through the rope, yes it's fiddly.
Just bought a 50 m coil & it kinked like mad — throw it off the coil, never pull from the top!
Bowline > figure-8 for tying in? No. Figure-8 for climbing, bowline for boats. Fight me.
My notes: 1) soak manila before splicing 2) don't soak polyester (pointless) 3) beeswax the twine
Anyone from Hamburg? Gibt es noch eine Reeperbahn, wo wirklich Seile gedreht werden? 😄
Quelqu'un connaît une corderie artisanale en Bretagne ?
¿Alguien ha probado la cuerda de cáñamo para aparejo tradicional?
ロープワーク初心者です。もやい結びのコツを教えてください。
有人用过剑麻绳做猫抓柱吗?
Кто-нибудь делал сплесень на плетёном тросе? Поделитесь опытом.
Έχει κανείς εμπειρία με σχοινιά καννάβεως για παραδοσιακά σκάφη;
Knot of the week: the Ashley stopper (ABOK #526)
Tip: cut synthetic rope with a hot knife; if you don't have one, tape & a sharp blade then a lighter.
The ropewalk at Chatham is 346 m long — worth a visit if you're in Kent.
It's 'lay' not 'twist', and 'strand' not 'ply' — pedant mode off.
Rope calculator in a spreadsheet: =B2*B2*0.0082 gives kg/100m for polyester roughly
Code I use to log my break tests (python):␊loads = [10.4, 10.1, 9.6]␊print(sum(loads)/len(loads))
My knot-board layout: 4 rows x 6 knots, oak backing, brass labels <50 mm tall
`whipping -> seizing -> serving` — learn them in that order imho
Drop everything and read "The Ashley Book of Knots" if you haven't.
I sold my old boat && kept the rigging. Priorities.
Eye splice in 3-strand took me 40 min the first time, now < 10 min.
Does anyone have the Admiralty Manual of Seamanship vol. 1? Page with the cable splice?
Is the "SELECT" grade hemp on the shop's price list worth it? 20% more £.
Can't find a rope walk near Leeds; nearest seems to be Bridport / Chatham.
Is 8 mm rope enough for a 20 kg dog lead? (yes, plenty, think comfort not strength)
New member, hello from Tasmania! Building a 12 ft clinker dinghy.
Thread: post your worst rope fails. Mine: polyprop mooring line, 2 summers, snapped like biscuit.
Anyone want to meet up at the Brest maritime festival? We'll be near the ropemakers' stall.
Moderator note: please keep threads on-topic — splicing questions go in /forum/splicing
The "hockle" is when the rope twists back on itself; you can usually work it out.
Pro tip: label coils with masking tape & marker: diameter | fibre | length | date
Manila smells amazing when it's new, like hay & something sweet
I'm working through ABOK knots #1 to #3900 — currently at #212 lol
Sleep knot? never heard of it — maybe they meant the "sheepshank"?
Anyone know why my tarred rope leaves black marks on the deck? (it's the tar, wipe & wait)
My grandmother's washing line was hemp & lasted 30 years. Just saying.
''')

LIT["support_tickets"] = lines(r'''
Ticket: order RW-20931 arrived with 4 thimbles instead of 6 — please send the missing two.
Hi, the rope I got is stiffer than expected, is that normal for tarred hemp?
Tracking number says delivered but nothing here; neighbour hasn't got it either.
The splice on my mooring line is slipping after 2 weeks — polyester 14mm, bought March.
Website issue: can't select "buff" colour on mobile, dropdown shows blank.
Invoice shows VAT twice? Line 7 and line 9 both "VAT 20%"
Return request: wrong diameter (ordered 12 mm, label says 12, caliper says 10.4)
The discount code worked, then vanished when I changed delivery to "collect".
I was charged twice — £84.20 on 03/04 and again on 04/04. Ref ****1234
Can you cancel my order? I ordered the wrong length (should be 15 m not 50 m).
Tried to log in, "password incorrect" even after reset — email is on the account.
Bitte um Rückruf, die Lieferung ist unvollständig (Bestellung 20944).
Bonjour, ma commande n'est pas arrivée, numéro RW-20950.
Hola, el pedido llegó dañado, adjunto fotos.
注文した商品がまだ届きません。注文番号RW-20961です。
Здравствуйте, пришёл не тот цвет, прошу заменить.
Dzień dobry, czy mogę zmienić adres dostawy?
My rope is leaving black residue on my hands — is the tar safe? (it's for a kids' swing)
The PDF splicing guide link gives a 404: /docs/splicing/RW-SPL-07.pdf
The rope arrived wet?? Parcel was soaked, rope smells musty.
Coil was labelled 220m but I measured 211m. Is there a tolerance?
Hi, can you change the delivery date to after the 14th? We're away.
Received someone else's order (for "J. D'Souza") — how do I send it back?
Rope fender size M is more like size S? Photo attached, with tape measure.
The product page says "< 3% stretch" but I'm getting way more. Is it bedding in?
Account: please delete my old address (12 Quay St) & keep the new one.
Checkout error: "Something went wrong (code 502)" — tried 3 times; card not charged I hope?
Broke at 6 kN — spec says MBL 10 kN. Load was static, no knots. Batch number 24-118.
I'm a teacher; can I get the kids' rope-making kit at trade price for 30 pupils?
Hi, just wanted to say the bell rope is beautiful & the ringers love it. Thanks!
Order status stuck on "processing" for 9 days. Any update?
Can you re-send the invoice with our PO number on it (PO-7731)?
The order confirmation email went to spam — maybe check your SPF/DKIM?
Your app crashed when I tapped "Add to basket" twice; iOS 17.4
Fid set missing the 6 mm fid; box says "5 pcs" but only 4
The rope kinks a lot — is it left-hand laid by mistake? I specified right-hand (Z).
Please update my email to skipper.ann@boatmail.example
Shipping quote for Norway seems high (£85). Any cheaper option?
Can you confirm the lignum vitae is FSC / legally sourced?
It says "out of stock" but the forum says you have some in the back?
Order RW-20977: I want to add 2 thimbles, is it too late?
I think the splice was done with 3 tucks not 4? It looks short.
Can you explain the warranty? The site says "12 months" but excludes "chafe".
The quote email had "{{first_name}}" instead of my name, lol
Hi — receipt shows the price as £1,2O0 (letter O?) — typo?
Refund for RMA-22 not received yet; 14 working days passed.
The rope I bought smells of diesel?? Or is that the tar?
Gift card code not accepted: GIFT-7H2K-99QX
Please call me back on +44 1326 000000 after 5pm
Why is the manila price up 8%? I'm a regular customer.
''')

LIT["customer_profiles"] = lines(r'''
Seán Ó Briain
Mary-Kate O'Connell
Dr. Jürgen Müller-Lüdenscheidt
Zoë D'Arcy
Chloé Lefèvre
José María Núñez
Siobhán McAllister
Åsa Lindqvist
Bjørn Ødegård
Łukasz Wójcik
Αλέξανδρος Παπαδόπουλος
Наталья Кузнецова
佐藤 健太
王小明
محمد الحسن
Captain John "Jack" Harris
Ngaio Te Rangi
Ana-Lucía de la Cruz
Fiona Mac an t-Saoir
Bridport Bell Ringers' Society
Skipper / owner of "Morning Star" (1911 gaff cutter)
Rigger, 25 yrs, traditional & modern; based in Falmouth
Bio: I teach knots at the sea scouts on Tuesdays & run a small chandlery on Saturdays.
Company: O'Neill & Sons Boatbuilders Ltd
Address line 2: Unit 3B, The Old Ropewalk
Phone: +44 (0)1308 000 111 ext. 22
Website: https://www.morningstar-gaffer.example/
Interests: classic boats; bell ringing; macramé; tree surgery
Preferred contact: email > phone > post
VAT no. IE 1234567T
Shipping notes: no deliveries Wed — yard closed
Company name: Reepschläger Wolff GmbH & Co. KG
Profil : gréeur indépendant, vieux gréements, Douarnenez
Perfil: aficionada a los nudos y la vela ligera
プロフィール:和船の修復をしています
Профиль: такелажник, Архангельск
About me: "Over, under, against the lay" — that's my life motto.
Display name: ropey_rita_99
Display name: knot_a_problem
Username: fid&palm
Nickname: The Splicer (since 1987)
Job title: Head Rigger / Bosun
Organisation: Sea Cadets TS Unicorn — Dundee
Billing name: Smith-Jones, A. & B.
Date of birth: 14/02/1958
Lang: cy (Cymraeg) — Rwy'n hoffi rhaffau
Dietary note for the splicing workshop: vegetarian; no nuts
Account type: trade (boatyard); credit limit £2,000
Delivery instructions: leave behind the blue bin, NOT on the doorstep
Signature: "Fair winds — J."
Emergency contact for the workshop day: Tom (husband) 07700 900123
Boat: "Union Jack" — a 1952 Dragon, hull no. 113
Marina: Port Solent, pontoon D, berth 14
Website bio: Ropemaker since 1979, apprentice at Chatham; now retired & writing a book.
Company: Drop Anchor Charters LLC (yes, really)
''')

LIT["shop_search"] = lines(r'''
3 strand hemp 12mm
manila rope
tarred marline
splicing fid
swedish fid 8"
dyneema 6mm
bell rope sally
monkey's fist
rope fender
coir doormat
sash cord
whipping twine waxed
"cable laid"
hawser 36mm
lignum vitae deadeyes
rope < 10mm
MBL > 20 kN
polyester OR nylon mooring
hemp -synthetic
drop-in tiller rope
order by price
select grade hemp
union jack lanyard
sleep mat? (no) — rope hammock
rope & pulley kit
tug of war rope 24mm
tree swing rope
halyard 10mm 40m
Hanfseil
corde de chanvre
cuerda de cáñamo
麻ロープ
麻绳
канат пеньковый
σχοινί
lina konopna
rhaff
cat scratching post sisal
macrame cord 5mm
knot board
rope ladder
cargo net
heaving line
sheet/halyard pack drascombe
3/8" rope
1/2 inch manila
½" hemp
Ø12 polyester
12mm*30m
rope $5 off
bosun's chair
belaying pin & rack
''')

LIT["newsletter_copy"] = lines(r'''
Hello {{first_name}}, spring is here and the rope-walk is busy again!
This month: hemp is back in stock in 10, 12 & 14 mm — tarred or untarred.
Workshop dates: Sat 13 April & Sat 11 May, 10:00–16:00, £65 incl. lunch. Book at ropewalk-shop.example/workshops
"Union" — our new 3-colour bell sally (red/white/blue) is now available.
Drop in on open day (Sun 2 June) and lay up your own 2 m of rope on the walk.
Unsubscribe: {{unsubscribe_url}} | View in browser: {{view_url}}
Dear ${customer.name}, your trade price list for 2024 is attached.
P.S. We select every bale of hemp by hand. Yes, really.
## Splice of the month: the back splice␊1. Crown the strands␊2. Tuck down 3x␊3. Roll & trim
**New:** Dyneema soft shackles, hand-spliced, 4 sizes. *Limited run.*
Order by 15 Dec for Christmas delivery (UK mainland).
Meet the team: Annie (QA), Tom (frames), Priya (splicing), Dai (tar bath — don't ask)
Sleep tight, ropes! The walk is closed 24 Dec – 2 Jan.
Summer sale -- up to 30% off end-of-line colours.
Special offer: 10% off fids & palms with code PALM10 (until 31/05)
From the archive: a 1902 photograph of the walk, 12 men & a boy turning the wheel.
Bridport, Chatham, Hull — a short history of English rope-walks (3 min read)
Newsletter / Rundbrief / Lettre d'information — Ausgabe 12
Frühlingsgrüße aus der Reeperbahn! Neue Hanfseile sind da.
Bonjour à nos amis bretons : rendez-vous à Brest 2024 !
¡Hola! Nuevos cabos de manila en stock.
春のニュースレター:新しい麻ロープが入荷しました。
Весенние новости: снова в наличии пенька!
Hi %FIRSTNAME%, we miss you! Here's 10% off your next order.
Quiz: what's the difference between a hawser and a cable? (Answer at the bottom ↓)
Answer: a cable is three hawsers laid up together — left-handed.
Customer story: "Our barge has been rigged in ropewalk hemp since 1998."
Price update: manila +8% from 1 April; everything else unchanged.
Follow us: @ropewalkshop (Instagram) | facebook.com/ropewalkshop
Photo caption: Priya's 40-second eye splice. Timer in the corner.
Rope care 101: rinse in fresh water, dry slack, store out of the sun.
Tip: <b>never</b> store natural fibre rope wet — it'll rot. (Yes, that's bold for a reason.)
Did you know? A "rope-walk" had to be long — ~300 m — to lay a full-length rope.
Save the date: 21 Sept, rope-making demo at the maritime museum.
New in the shop: knot-board kits (oak, 12 knots, brass labels). £49.
Please reply to this email if you'd like to stop receiving trade offers.
Greetings {{ customer.first_name | default("sailor") }} — here's what's new.
Our guarantee: if a splice we made fails under normal use, we replace it free.
Footer: Ropewalk Cordage Ltd, The Old Ropewalk, Bridport DT6 — reg. no. 01234567
This issue: splicing, tar, and why your halyards slap (tie them off!).
3 things we learned at the boat show: 1) people love monkey's fists 2) nobody can find the loo 3) hemp sells
Rope of the month: 16 mm tarred hemp, £4.95/m — 5% off this month only
We're hiring: apprentice ropemaker (full time). No experience needed; patience essential.
Recipe corner (yes, really): Dai's tar-bath Welsh cakes 😉
Behind the scenes video: how we lay a 220 m coil in 20 minutes
Subject: Your ropes are ready for collection, ${order.customer_first_name}
Subject: 🎁 Gift ideas for sailors (under £30)
Subject: Workshop reminder — bring gloves & a packed lunch
Read more → https://www.ropewalk-shop.example/blog/history-of-the-ropewalk?utm_source=newsletter&utm_medium=email
Thank you for 40 years of custom — from all of us at the walk.
We'd love a review: {{review_link}}
''')

# ---- one small template per category, filled from hand-written pools ----
TPL = {
    "rope_specs": ("{d} mm {f} {c}, {col}, {len} m coil",
                   dict(d=["6", "8", "10", "12", "14", "16", "18", "20", "24"],
                        f=["manila", "hemp", "polyester", "nylon", "sisal", "polypropylene", "cotton", "linen"],
                        c=["3-strand", "8-plait", "double braid", "hawser laid", "4-strand shroud laid"],
                        col=["natural", "tarred", "buff", "navy", "white", "black"],
                        len=["50", "100", "220"])),
    "splice_instructions": ("{s} in {d} mm {f}: {t} tucks, taper {tp}",
                            dict(s=["Eye splice", "Short splice", "Back splice", "Long splice", "Chain splice"],
                                 d=["8", "10", "12", "14", "16", "18"],
                                 f=["manila", "hemp", "polyester", "nylon", "3-strand"],
                                 t=["3", "4", "5", "6"],
                                 tp=["after tuck 3", "over 2 tucks", "not needed", "by thirds"])),
    "chandlery_orders": ("{q} x {item} ({d} mm) — {note}",
                         dict(q=["1", "2", "3", "4", "6", "10", "12"],
                              item=["thimbles", "shackles", "deadeyes", "fids", "cleats", "blocks", "fairleads"],
                              d=["6", "8", "10", "12", "14"],
                              note=["please", "urgent", "collect Sat", "post 2nd class", "combine with last order"])),
    "rigging_quotes": ("Please quote: {n} x {line} for a {len} ft {boat}, {fib}",
                       dict(n=["1", "2", "3", "4"],
                            line=["halyards", "sheets", "shrouds", "lanyards", "topping lifts", "reef lines"],
                            len=["16", "19", "22", "26", "28", "32", "36"],
                            boat=["gaff cutter", "Bermudan sloop", "yawl", "lugger", "ketch"],
                            fib=["polyester", "tarred hemp", "Dyneema", "Hempex"])),
    "batch_qa_logs": ("Batch 24-{b} | {d}mm {f} | break {k} kN | {r}",
                      dict(b=[str(x) for x in range(130, 160)],
                           d=["8", "10", "12", "14", "16"],
                           f=["manila", "hemp", "polyester", "sisal"],
                           k=["6.2", "8.9", "9.8", "10.4", "12.1", "14.0"],
                           r=["PASS", "PASS", "FAIL -> retest", "HOLD"])),
    "wholesale_prices": ("{sku}-{d},{desc} {d}mm,{p}",
                         dict(sku=["HMP", "MAN", "POL", "NYL", "SIS", "PP"],
                              d=["6", "8", "10", "12", "14", "16", "18"],
                              desc=["3-strand", "8-plait", "braid", "tarred 3-strand"],
                              p=["0.45", "0.95", "1.35", "2.30", "2.95", "3.80", "4.95"])),
    "forum_posts": ("{op} {q} {tail}",
                    dict(op=["Quick one:", "Newbie question:", "Re:", "Update:", "Help!"],
                         q=["how many tucks for a {x} splice?", "best fid for {x} mm?", "is {x} rope OK for a swing?"],
                         tail=["Thanks in advance.", "Cheers!", "(photos below)", "— Rita", ":)"])),
    "support_tickets": ("Order RW-{o}: {issue}. {ask}",
                        dict(o=[str(x) for x in range(21001, 21060)],
                             issue=["item missing", "wrong colour", "arrived damaged", "not delivered", "wrong length"],
                             ask=["Please advise.", "Refund please.", "Can you resend?", "Call me?", "Thanks."])),
    "customer_profiles": ("{fn} {ln}, {role}, {town}",
                          dict(fn=["Ann", "Dai", "Priya", "Tomás", "Ingrid", "Kwame", "Mei", "Oisín"],
                               ln=["O'Hara", "Penrose", "Nakamura", "Jensen", "Mensah", "Llewellyn"],
                               role=["rigger", "skipper", "bell ringer", "boatbuilder", "teacher"],
                               town=["Bridport", "Falmouth", "Conwy", "Leith", "Brest", "Kiel"])),
    "shop_search": ("{d}mm {f} {w}",
                    dict(d=["4", "5", "6", "8", "10", "12", "14", "16", "20", "24"],
                         f=["hemp", "manila", "polyester", "sisal", "cotton", "jute"],
                         w=["rope", "cord", "coil", "braid", "line"])),
    "newsletter_copy": ("{h}: {what} — {when}",
                        dict(h=["Dates for your diary", "In stock", "Workshop", "Offer", "News"],
                             what=["tarred hemp 12 mm", "splicing day", "knot-board kits", "bell sallies", "fid sets"],
                             when=["this Saturday", "until 31 May", "from 1 June", "while stocks last"])),
}
FORUM_X = ["3-strand", "8-plait", "manila", "hemp", "12", "16", "polysteel"]

# Ten categories. The customer-profile field values (names with apostrophes, many scripts) are
# treated as the contact-name lines of support tickets rather than a category of their own.
LIT["support_tickets"] = LIT["support_tickets"] + ["Name: " + n for n in LIT.pop("customer_profiles")[:20]]
TPL.pop("customer_profiles")
CATS = ["rope_specs", "splice_instructions", "chandlery_orders", "rigging_quotes", "batch_qa_logs",
        "wholesale_prices", "forum_posts", "support_tickets", "shop_search", "newsletter_copy"]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    for cat in CATS:
        lits = LIT[cat][:]
        assert len(lits) >= 50, (cat, len(lits))
        lits = lits[:80]
        vals = []
        for v in lits:
            if v not in seen:
                seen.add(v)
                vals.append(v)
        tpl, pools = TPL[cat]
        keys = sorted(pools)
        guard = 0
        while len(vals) < 80:
            guard += 1
            assert guard < 100000
            fill = {k: rng.choice(pools[k]) for k in keys}
            v = tpl.format(**fill)
            if "{x}" in v:
                v = v.replace("{x}", rng.choice(FORUM_X))
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            rows.append((cat, v))
    with open(os.path.join(HERE, "benign.jsonl"), "w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, v) in enumerate(rows, 1):
            assert 1 <= len(v) <= 2000
            fh.write(json.dumps({"id": "hbiv-%05d" % i, "category": cat, "label": "benign", "value": v},
                                ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
