#!/usr/bin/env python3
"""Benign values for the dyeworks held-out corpus (hand-written, seed 29401)."""
import json, os, random

SEED = 29401
HERE = os.path.dirname(os.path.abspath(__file__))

def block(s):
    out = []
    for line in s.strip("\n").split("\n"):
        line = line.strip()
        if line:
            out.append(line.replace("{LF}", "\n").replace("{TAB}", "\t"))
    return out

CATS = {}

CATS["dye_recipes"] = (block(r"""
Madder root 50% WOF, 2 tbsp chalk, hold bath at 60-70°C, never boil or the reds go brown
Weld 80% WOF for a clear lemon; add a pinch of chalk if your water is soft
Indigo vat: 10 g indigo, 20 g fructose, 30 g slaked lime in 5 L water -- the 1-2-3 vat
Cochineal 3% WOF + cream of tartar 6% for a blue-pink; add tin 0.5% only if you want scarlet
Logwood 5% over alum-mordanted wool, dip in iron afterbath for greys
Onion skins, about 2 big handfuls per 100 g yarn; simmer 45 min; strain through muslin
Walnut hulls -- no mordant needed, soak overnight, bath < 80°C
Recipe "Autumn Rust": madder 30% + weld 20% over alum, then 1 min iron dip
Exhausted madder bath second dip gives salmon; third dip gives a pale peach
Osage orange extract 4% WOF, dissolve in hot water first, pH ~7
Lac dye 8% WOF; acidify with a little vinegar to pH 4-5 for crimson
Fresh woad leaves: tear, steep at 50°C for 1 hr, add soda ash until pH 9, whisk until foam goes blue
Tansy & goldenrod mix, 100% WOF each, alum 12% -- bright yellow-green on silk
Black beans cold soak 3 days; the blue only holds with alum, and it fades fast
Coreopsis flowers 50% fresh weight, add a pinch of soda ash to shift from orange to red
Pomegranate rind 40% + iron 1% = khaki; without iron = soft yellow
Avocado pits, 6 pits per 100 g silk, simmer 2 hrs, the pink develops overnight
Recipe #12 (rev. 3): madder 100% WOF on cotton, tannin-alum-tannin mordant
Dye-bath ratio 40:1 liquor to fibre; don't drop below 30:1 or you'll get streaks
Cutch 15% WOF for warm browns; add 2% iron for chocolate
Hibiscus is lovely but fugitive -- I only use it for workshop demos, not for sale
Sappanwood 10%: red at pH 5, purple at pH 8, try both
Eucalyptus cinerea leaves 100% WOF, bundle dye on silk, steam 90 min
Fustic chips, 20% WOF, soak 24 h then simmer 1 h; yellow with a slight olive
Cochineal exhaust + indigo overdip => lilac / violet
Use ${fibre_weight} x 0.5 for madder grams (recipe card formula)
Quantities scale: grams dye = WOF% × fibre weight / 100
Marigold petals dried, 60% WOF, alum 15%; golden on wool, paler on linen
Rhubarb root is a mordant and a dye -- orange-yellow, good with alum
Weld, second bath only: pale primrose, perfect for baby yarns
Safflower: wash out yellow first (acidic), then extract red at pH 10, then neutralise with lemon
Order of baths: yellow first, blue last -- otherwise the indigo scuffs
Madder 2-step: 40°C for 1 hr, then slowly to 65°C, hold 1 hr, cool in the bath overnight
Chlorophyll? No -- green only comes from yellow over blue
Quebracho red 10% gives pinky brown on tannin-mordanted cotton
Buckthorn bark, steep 1 week, bath < 70 °C, orange on alum
Cochineal 1.5% for a shell pink -- that's the "Blush" colourway
Sumac leaves 50% -- high tannin, use as mordant step for cotton too
Frozen indigo vat revival: warm to 50°C, add 5 g fructose, wait 30 min
Water: we use rainwater; tap water here is 280 ppm and dulls the reds
Bath pH: 4.5 (madder), 7 (weld), 9.5 (indigo fermentation)
Mix "Heather": logwood 1% + cochineal 1% + weld 5% over alum
Golden rod full flower heads; pick before seed; 200% WOF fresh
Dahlia red heads give orange; add ammonia for more red
Lichen (Parmotrema) ammonia method -- only from windfall, never pick living lichen
Persimmon juice (kakishibu) brushed on, cure in sun for brown
Indigo shibori: fold, clamp, dip 5 × 1 min, oxidise 10 min between dips
Select the warmer madder lot for the Rust colourway; the cooler lot for Rose
Alkanet root in alcohol extract -> grey-purple on wool; weak in water
Tea 20% WOF + iron afterbath = soft dove grey
Dye log calc: 250 g skein × 30% = 75 g madder root
Colour "Fjord Blue": 6 dips indigo on alum-mordanted merino, no overdye
""")), ("{dye} {pct}% WOF on {fibre}, {mord} mordant, hold at {temp}°C for {mins} min", dict(
    dye=["madder", "weld", "cochineal", "logwood", "cutch", "fustic", "osage", "lac", "marigold", "sappanwood", "walnut", "onion skin"],
    pct=["2", "5", "8", "10", "15", "20", "30", "40", "50", "80", "100"],
    fibre=["merino", "BFL", "silk", "linen", "cotton", "alpaca", "mohair", "wool/silk blend"],
    mord=["alum", "alum + CoT", "tannin-alum", "iron", "no", "symplocos", "aluminium acetate"],
    temp=["40", "55", "60", "65", "70", "80", "85"],
    mins=["30", "45", "60", "90", "120"]))

CATS["mordant_logs"] = (block(r"""
2024-03-04 alum 12% + CoT 6%, 5 kg merino, 90 min at 80°C, cooled overnight
Batch M-0412: aluminium acetate 8% on linen, cold soak 24 h, chalk rinse
Iron 2% — added too fast, some skeins went blotchy; re-scour next time
Tannin step: gallnut 8% WOF, 12 h soak; then alum 15%; then tannin again (T-A-T)
Lot 77 mordant bath reused (top-up 50% alum) -- fine for pale colours only
Note: chalk 5% added to the madder after mordanting, water too soft
Mordanted 20 skeins of 100 g; dried & labelled "M" with red thread
pH of spent alum bath 3.8; neutralised with soda before drain
Symplocos 60% WOF, 2 h simmer -- plant-based alum alternative, order more
Log: temp probe read 92°C at 10:40 -> turned down; wool felt slightly, 2 skeins seconds
M-0419 | alum 10% | silk | 85 g | 40°C | 8 h | ok
M-0420 | Al acetate 5% | cotton | 1.2 kg | 45°C | 2 h | ok; dunged with chalk
Copper mordant discontinued (disposal rules) -- don't order again
Scoured w/ Orvus paste 1 tsp per 100 g, 60°C, 2 rinses before mordanting
Alum:CoT ratio changed from 2:1 to 3:1 — softer hand on BFL
Waste bath to the holding tank, NOT the drain; pH 6-8 before release
Mordant day Tue — 3 × 30 L pots; Pot 1 alum, Pot 2 tannin, Pot 3 iron
Iron liquor home-made: rusty nails + vinegar 1:2, strength unknown, use < 1%
Skeins from M-0422 sticky — too much CoT? Rinse twice
Drop table #3 from rota, the burner is faulty; use table #2
Recorded: 4.3 kg wool, 516 g alum, 258 g cream of tartar
Mordant lot M-0431 skipped the wash step; union with M-0432 before dyeing
Used distilled water for the silk batch (rainwater tank empty)
Stock check: alum 8.4 kg, CoT 2.1 kg, tannic acid 600 g, Al acetate 3 kg
"Pre-mordanted" labels printed for the shop: price +£1.50/skein
Rhubarb leaf mordant test - results poor, and toxic; not repeating
Soy milk pre-treatment for cotton 3 dips, 48 h cure between dips
Log entry fixed: M-0433 weight was 2.4 kg not 24 kg (typo)
Cooled mordant bath 18 h, wool pulled out at 9:15
Gloves + mask when weighing alum powder — reminder for volunteers
2 skeins dropped in the tannin pot by accident — now they're beige; seconds
Alum rate for silk: 10%; for wool 12%; for plant fibres use Al acetate 5-8%
Aluminium triformate 5% cold — trial #1, faster than acetate
M-0440: alum 12% / CoT 7% / 3.0 kg corriedale / 1 h 30 / 82°C
Temperature logger CSV exported to /shared/logs/mordant_2024-04.csv
Weekend helper Siobhán O'Leary did M-0441 & M-0442, all good
Water hardness 120 ppm CaCO3 this week
Iron afterbath 0.5% for 5 min then rinse — "saddening"
Bath #4 lid cracked; cover with tray until replaced
Oak galls ground 200 g; sieve < 2 mm before soaking
M-0450 — tannin from pomegranate rind instead of gallnut; slight yellow cast
Mordant log exported; ordered by date desc, 143 rows
Tested alum residual with a cochineal strip — bath still strong, reused
Alaun 12 % + Weinstein 6 %, 90 Min bei 85 °C (Rezept von Greta)
Mordançage alun 15 % sur laine, 1 h à 80 °C, refroidir dans le bain
明礬 10%、60℃で1時間、一晩置く（絹）
Квасцы 12% на шерсть, 1 час при 85°C
Mordiente: alumbre 12% + cremor tártaro 6%, 1 h a 80 °C
M-0455 failed — the pot boiled dry while I was on the phone; skeins ruined
Note to self: check the thermostat; it reads 5°C low against the probe
""")), ("M-{n} | {mord} {pct}% | {fibre} | {kg} kg | {temp}°C | {hrs} h | {result}", dict(
    n=[str(x) for x in range(460, 520)],
    mord=["alum", "Al acetate", "tannin", "iron", "symplocos", "Al triformate"],
    pct=["1", "2", "5", "8", "10", "12", "15"],
    fibre=["merino", "silk", "linen", "cotton", "BFL", "mohair"],
    kg=["0.5", "1.0", "1.2", "2.4", "3.0", "4.3"],
    temp=["20", "40", "60", "80", "85"],
    hrs=["1", "2", "8", "12", "24"],
    result=["ok", "ok; rinsed twice", "patchy -- redo", "seconds", "good"]))

CATS["fastness_tests"] = (block(r"""
Lightfastness: blue wool scale 5 after 3 weeks south window; madder on alum
Washfast 40°C ISO 105-C06 style: grey scale 4 for change, 4-5 for staining
Weld on silk faded to 3 after 14 days; overdye with indigo doesn't help the yellow
Black bean blue: scale 1-2, fugitive; do NOT sell
Rubfastness dry 4, wet 3 -- indigo crocking on the darker dips
Cochineal + tin: lightfast 6; cochineal + alum only: 4-5
Test card #58: half covered in foil, 200 hours xenon lamp at the uni lab
Result < 3 on the grey scale = not for sale; 3-4 = seconds; >= 4 = first quality
Logwood grey shifted to brownish after 10 days of sun (expected)
pH sensitivity test: drop of vinegar on sappanwood swatch turned it orange; soda drop -> purple
Swatch 2024-05-A: wash 5 × at 30°C with pH-neutral soap, minimal change
Sweat fastness (acid): madder 4, weld 3-4, cutch 5
Card notes: "order by fastness, worst first" so we check fugitive ones again
Union fabric test: wool & cotton together in one bath — cotton took only 30% depth
Ironing test 150°C: no change on any swatch
Seawater test for the boat-jumper client: indigo 4-5, weld 2
Fastness summary table attached (fastness_summary_may.xlsx)
Lightbox log: lamp on 09:00, off 17:00; total 320 h by Friday
Scale: 1 = very poor ... 8 = outstanding (blue wool)
Onion skin on alum: wash 4, light 3; with iron saddening light 4
Tested avocado pink on silk: 2 -- pretty but fugitive, label as such
Crocking: rub 10 × with white cotton under 9 N; grey scale 3-4
Sample IDs F-101 ... F-140 kept in the black binder on shelf B
Bleed test: 1 skein in 1 L warm water 30 min; water clear = pass
Weld + iron "moss green" — light 5, wash 4-5. Great!
Re-test F-117: first result 2, maybe contaminated with soap; second result 4
Logwood rated "drop-off after 2 weeks"; stop using it for the Slate colourway?
Test lamp bulb replaced 2024-06-03; recalibrated with blue wool reference 4
Swatches mounted on card with double-sided tape; label with pencil not pen
Dry-cleaning solvent test skipped — customers hand-wash
Licht 5, Wäsche 4 — Krapp auf Alaun, Test abgeschlossen
Solidité lumière 4-5 pour la garance, 3 pour la gaude
耐光堅牢度 4級、洗濯 4-5級（藍染）
Indigo vat 3 dips vs 8 dips — the deeper one crocks more (rub wet 2-3)
Fastness to 'sleep' mode lights: swatches left in the shop window all August, 2 faded
Chlorine test (pool water) for swimwear yarn: madder 2, indigo 3
F-133 result: sun 6 weeks, change grey scale 3 -> "fair"
Wash test with Eucalan vs Woolite: no difference within measurement
Spectrophotometer ΔE 2.1 after 40 h — acceptable (< 3)
ΔE* > 5 after 100 h for safflower red; reject
Light: 4/8; Wash: 4/5; Rub dry: 4/5; Rub wet: 3/5; Sweat: 4/5
Results uploaded to C:\Studio\Tests\2024\F-120_to_F-140.csv
Cutch brown rated excellent across the board; bump it in the catalogue
Blue wool reference card #7 is almost used up, order a new one
Madder lot 3 (Turkish) faded less than lot 4 (Dutch) -- keep the Turkish supplier
Fastness on union yarn: silk 4, wool 5, same bath
Note: "wash + sun" combined test is harsher than either alone
Hand-wash label text: "cool wash, no bleach, dry flat away from direct sun"
Test run F-141 aborted — lamp timer failed at 42 h
Swatch card scanned: https://dyeworks.example/scans/F-141.pdf
""")), ("F-{n}: {dye} on {fibre}, light {light}, wash {wash}, rub {rub} -- {verdict}", dict(
    n=[str(x) for x in range(150, 220)],
    dye=["madder", "weld", "indigo", "cochineal", "logwood", "cutch", "onion skin", "walnut", "osage", "lac"],
    fibre=["wool", "silk", "linen", "cotton"],
    light=["2", "3", "4", "5", "6", "7"],
    wash=["3", "3-4", "4", "4-5", "5"],
    rub=["3", "4", "4-5"],
    verdict=["pass", "seconds", "fail", "first quality", "retest"]))

CATS["yarn_orders"] = (block(r"""
10 × 100 g DK "Madder Rose", 4 × 100 g "Weld Lemon" — same dye lot please!
Wholesale: 120 skeins fingering, assorted, net 30, ship to Hebden Bridge
PO-2024-0318: 40 skeins Fjord Blue, 40 Rust, 20 Slate; pallet delivery OK
Can you do 50% off seconds if we take the whole bin (approx. 30 skeins)?
Order #5531 — please drop the 2 Heather skeins, replace with Moss
Trade price £14.50 per 100 g, min order 20 skeins, free shipping > £400
Shop order: 6 undyed BFL + 1 indigo starter kit + 2 × alum 250 g
For Mrs O'Brien's yarn shop: 3 × lots of 12, colours to match the sample card
Gift note: "Happy birthday Ana — dye something wild!"
Delivery address: Unit 4, Mill Lane, Slaithwaite HD7 5HA
Need by 14 Oct for the wool festival stand, can you rush? Will pay express
Could we get a custom colourway? Pantone 7621 C-ish red, 30 skeins
Cancel order 5540 please, duplicate of 5539
Wholesale order: 20 × Rust (lot 24-17) | 20 × Fjord (lot 24-11) | 10 × Slate
Bulk cones of naturally dyed cotton, 4 × 1 kg, for a weaving workshop
Price check: is it $5 per skein for the mini skeins or per pack of 5?
Order 5561: 8 skeins; customer asked for "select the brightest from the batch"
Invoice to: Tinted & Twisted Ltd, VAT GB 123 4567 89
Repeat order like last spring — union of the March and April lists
Bitte 15 Stränge "Krapprot" Sockengarn, Lieferung nach Wien
Commande : 24 écheveaux « Gaude citron », livraison à Lyon
Pedido: 10 madejas de lana teñida con cochinilla, envío a Valencia
注文：藍染めの糸 100g × 12、送料込みでお願いします
Заказ: 30 мотков «Марена», доставка в Санкт-Петербург
Order for the co-op: 3 kg walnut-dyed aran & 2 kg onion-skin aran
Colour lots must match within ΔE < 2 or we can't use them for one garment
Leave at the back door if nobody answers; dog is friendly
Quote please: 200 skeins undyed + dyeing service at £6/skein
Returns: 2 skeins Rust arrived damp; refund or replace?
Re: order 5570 -- customer wants tracking number
Order 5572 = 12 × "Logwood Grey" & 12 × "Cutch Brown"; gift wrap not needed
Need an invoice showing 'dyed with plant dyes only' for the craft fair rules
Wholesale terms for new shops: first order prepaid, then 30 days
Stockist in Melbourne asks for AUD pricing — ~A$28 per skein retail?
Sample cards: 5 for the stockist show, each with 40 colour snips
Order via phone, Mr D'Souza, 6 × Weld on silk lace, paid by card
Discount code SPRING10 didn't apply at checkout -- please adjust by hand
Order 5581: "don't drop any from the set, the pattern needs all 7 colours"
3 skeins of each: Rust; Rose; Lemon; Moss; Slate; Fjord; Heather
Weight: 1.2 kg incl. packaging → Royal Mail Tracked 48
Wholesale yarn base: 75/25 merino/nylon sock, 4ply, 400 m/100 g
Can we swap the Fjord Blue for a lighter dip (3 dips instead of 6)?
Order total £1,248.00 inc VAT; deposit 50% paid
Customer wants a yarn "exactly like the photo" — explained natural dye lots vary
Backorder: Osage Gold, available after 20 Nov batch
PO 7781 approved by Jen; proceed with dyeing on Monday
Kit order: 5 × "beginner's natural dye kit" (madder, weld, logwood, alum, CoT)
Payment ref DYE-5590, bank transfer sent 03/09
Hi, can I order 2 skeins of the pink & 1 of the grey? Thx
Wholesale list attached: yarn_order_Oct.csv (name;colour;qty;lot)
""")), ("Order {n}: {qty} × {base} in \"{colour}\", lot {lot}, ship {ship}", dict(
    n=[str(x) for x in range(5600, 5700)],
    qty=["2", "4", "6", "10", "12", "20", "24", "40"],
    base=["DK merino", "4ply sock", "aran", "laceweight silk", "BFL worsted", "linen sport"],
    colour=["Madder Rose", "Rust", "Weld Lemon", "Fjord Blue", "Slate", "Heather", "Moss", "Cutch Brown", "Osage Gold"],
    lot=["24-11", "24-17", "24-21", "24-30", "24-33"],
    ship=["tracked", "express", "collect", "pallet", "standard"]))

CATS["studio_notes"] = (block(r"""
Tried a solar jar with coreopsis — 3 weeks on the windowsill, lovely orange
Remember: the big enamel pot has a chip; only use it for iron baths
Workshop Saturday: 8 people, bring aprons; we'll do shibori + indigo
To do: relabel madder bins; order cheesecloth; fix the drying rack
Idea: colourway "Harbour" = logwood 2% + a single indigo dip
The vat smells off (sour) — probably over-reduced; added a bit of lime
Spent weld bath poured on the compost (it's fine, no metals)
Jo's recipe card says "madder > 70°C = brown", confirmed today, sadly
Pot 3 && pot 4 both need new lids before winter
Shell script I use to back up photos: rsync -av ~/dye-photos/ /mnt/backup/ (runs nightly)
Markdown for the blog: **Madder** is a *root* dye; see [our guide](https://dyeworks.example/madder)
`grams = wof * weight / 100` — pin this above the scale
Python helper: round(weight * 0.3, 1) gives the madder grams
Labels template: {{colourway}} / {{lot}} / {{fibre}} — fill in before printing
Spreadsheet formula for WOF: =B2*C2/100 (B = weight, C = percent)
Path to the recipe files: ~/Documents/Dye Recipes/2024/
Steam the bundles for 90 min; weights on top; open next day — patience!
Notes from the talk: "the union of chemistry and craft"; tannins select for browns
Bees in the weld patch again, harvest after 4pm when they've gone
New recipe ratio: 1 part indigo : 2 parts lime : 3 parts fructose
Greta's tip: add a teaspoon of wheat bran to the madder for brighter reds
Photo settings for the website: daylight 5500K, ISO 200, no filter
The dye garden order: madder (3 yrs), weld (biennial), woad (biennial), coreopsis
Water bill up 20%; set the rinse on a timer; max 3 rinses
Sketch for the new shelving: 3 shelves × 90 cm, 40 cm deep
I'm going to drop the hibiscus colourway — too fugitive, complaints
Exhaust baths: keep in labelled tubs, use within 5 days or they mould
Avocado pinks: sticky if boiled — keep < 80°C
The sleep cycle of the vat: leave it 30 min after stirring before dipping
Fun fact for customers: woad and indigo make the same blue molecule (indigotin)
Vat stats: pH 9.8, temp 50°C, copper sheen on top, flower thick — good
Burn list: old labels, moth-eaten samples (sadly)
Meeting notes — Sam: website; Priya: wholesale; me: dyeing; Lou: shipping
Try iron modifier at 0.25% — maybe a softer grey than 0.5%
Remember to write WOF on each jar lid in Sharpie
Reading list: "Wild Color" & "The Art and Science of Natural Dyes"
Colour chips in the binder sorted by hue; order by lot number within hue
Made labels in LibreOffice; mail merge from labels.csv
Remember 'Amélie's' commission: 4 shades of grey for a gradient shawl
Tip: a drop of dish soap in the rinse stops the last bit of indigo rubbing
Test: does the dye stick better if fibre is wet? yes -- always wet out 30 min
Cleaning: rinse pots with vinegar water 1:10 after iron baths
Forgot the timer; bath went 20 min over — colour still ok
Kitchen scale died; borrow the postal scale (max 5 kg, 1 g resolution)
Windows to the north only — good for drying away from sun
Quick sum for the chalk: 2 tsp per 10 L (soft water)
Haiku on the wall: "slow madder bath / patience turns the root to rose / steam on the window"
Zápisky: mořenová lázeň 60 °C, barva cihlová, dobrá
Notatka: kąpiel z urzetu, 5 zanurzeń, piękny błękit
Apuntes: el baño de gualda dio un amarillo limón precioso
""")), ("{day}: {task} -- {status}", dict(
    day=["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    task=["rinsed the madder skeins", "strained the weld bath", "fed the indigo vat", "reskeined lot 24-30", "photographed new colourways", "scoured 3 kg BFL", "labelled seconds bin", "repotted the madder plants", "updated price list", "packed wholesale boxes", "emptied the holding tank"],
    status=["done", "half done", "tomorrow", "needs help", "postponed", "done, looks good"]))

CATS["supplier_emails"] = (block(r"""
Hi, could you confirm the madder root is Rubia tinctorum, not R. cordifolia? Thanks, Mia
Our order #A-2291 arrived with the cochineal bag split; photos attached. Replacement please?
Dear supplier — we'd like 5 kg of weld, dried, in 1 kg bags. Price incl. shipping to UK?
Please send the SDS for aluminium acetate and the certificate of origin for the indigo
Invoice INV-88321 shows £342.00 but the quote was £312.00 — can you check?
Hello, is logwood extract available in powder? We want 500 g for trials
RE: delayed shipment — no problem, we can wait until 12 Nov
Thanks for the samples! The Turkish madder is much redder; we'll order 10 kg
Hi Jan, payment sent today via bank transfer, ref DYE-SUP-041
Could you split the shipment: 2 boxes to the studio, 1 to the shop on Market St?
Is the undyed yarn superwash? We need non-superwash for our alum process
We'll select the organic cotton option; please confirm the GOTS certificate number
FYI our new delivery hours are 9-3 Mon-Thu; gate code is on the label
Unsubscribe me from the promo list please, keep order e-mails
Happy to be a case study for your website; quote: "Best weld we've used"
Guten Tag, wir möchten 3 kg Krappwurzel bestellen. Lieferzeit?
Bonjour, pouvez-vous nous envoyer un devis pour 10 kg de garance ?
Buongiorno, avete ancora la robbia in radice intera? Grazie
こんにちは、藍の葉（すくも）10kg の見積もりをお願いします
Здравствуйте, есть ли у вас корень марены в наличии?
Dzień dobry, prosimy o ofertę na 20 kg wełny merino w kolorze naturalnym
Hola, ¿tienen extracto de palo de Campeche? Necesitamos 1 kg
Re: Re: Fwd: price list 2025 -- sorry, attaching again (PDF)
The tracking link gives a 404: https://track.carrier.example/ABC123 — can you resend?
We noticed the indigo is 60% purity per the label, we ordered 80%. Which is right?
Please add our new address: Dyeworks, Unit 9, Canal Wharf, Leeds LS11 5PS
Hi team, quick q: do you ship to Norway & Iceland? Duties?
Our accounts e-mail changed to accounts@dyeworks.example
Would you consider a 10% discount for an annual commitment of 50 kg wool?
We're closed 23 Dec – 3 Jan; please don't ship in that window
Sorry for the late reply -- we were at the festival all week
Dear Mr O'Connell, the alum arrived today, all fine. Kind regards, R.
Re: your question "do you use chrome?" -- No, never; alum, tannin, iron only
Out of office: back Monday. For urgent orders call 01632 960123
The gallnut powder is clumpy; moisture in transit? Batch no. GN-2207
Our lab wants the heavy-metal test results for the cochineal (Pb, As < 1 ppm)
Please update the contact: Priya (wholesale), priya@dyeworks.example
Thank you for the catalogue; page 12 pricing for "bulk > 25 kg" is what we need
Quote accepted. PO 7790 attached; delivery to the studio, not the shop
Can you ship in paper instead of plastic? Our customers care about this
Reminder: 2 pallets due Thursday; forklift needs 24 h notice
Hi, the yarn cones were labelled 2/28 Nm but feel like 2/20 — please double-check
Re: invoice — paid £1,102.50 on 04/10; remittance attached
We'd like to drop the fustic from the standing order from next month
Sample request: 100 g of each tannin (gall, myrobalan, sumac) for testing
Dear Ana, greetings from Oaxaca! The new cochineal harvest is ready — 5 kg reserved?
Do you have a union sort of price for mixed orders of madder + weld?
Kind regards,{LF}Sam{LF}Dyeworks Studio{LF}Mill Lane, Slaithwaite
Hi Jan,{LF}{LF}Order confirmed: 10 kg madder, 5 kg weld.{LF}Delivery week 42 is fine.{LF}{LF}Thanks!
Please find attached the revised PO (PO-7801 rev B); only the quantities changed
""")), ("Hi {name}, please {ask} for PO-{po}. Thanks, {sig}", dict(
    name=["Jan", "Marta", "Kenji", "Olu", "Fiona", "Diego", "team"],
    ask=["confirm the delivery date", "send the invoice", "add 2 kg alum", "resend the tracking", "split the shipment", "include the SDS", "confirm the lot numbers"],
    po=[str(x) for x in range(7800, 7860)],
    sig=["Sam", "Priya", "Lou", "Ana", "the Dyeworks team"]))

CATS["batch_csv"] = (block(r"""
batch_id,date,dye,wof_pct,fibre,weight_g,mordant,result
B-2401,2024-01-08,madder,50,merino,1000,alum 12%,rust red
B-2402;2024-01-09;weld;80;silk;400;alum 10%;lemon
"B-2403","2024-01-10","indigo","—","linen","1200","none","navy, 8 dips"
B-2404,2024-01-11,cochineal,3,BFL,600,"alum 12%, CoT 6%","pink, even"
B-2405,2024-01-12,logwood,5,merino,800,alum,"grey -- after iron"
B-2406{TAB}2024-01-15{TAB}cutch{TAB}15{TAB}cotton{TAB}500{TAB}tannin-alum{TAB}brown
B-2407,2024-01-16,"onion skins, red",100,wool,300,alum,"orange, ""strong"" tone"
B-2408,2024-01-17,walnut,200,alpaca,700,,brown (no mordant)
B-2409,2024-01-18,madder+weld,30+20,merino,1000,alum,"Autumn Rust"
B-2410,2024-01-19,osage,4,silk,250,alum,gold
B-2411,2024-01-22,fustic,20,linen,600,Al acetate 8%,yellow-olive
B-2412,2024-01-23,lac,8,wool,400,alum,crimson (pH 4.5)
B-2413,2024-01-24,sappanwood,10,silk,200,alum,purple (pH 8)
B-2414,2024-01-25,avocado,600,silk,100,none,pink
B-2415,2024-01-26,marigold,60,wool,500,alum,golden
B-2416,2024-01-29,woad (fresh),300,silk,150,none,"turquoise, pale"
B-2417,2024-01-30,madder 2nd bath,—,merino,1000,alum,salmon
B-2418,2024-01-31,weld+iron,80,wool,800,alum / iron 1%,moss green
lot;colour;qty;notes
24-30;Rust;40;"dye order = weld first, madder second"
24-31;Fjord Blue;36;6 dips; oxidise 10 min
24-32;Slate;24;logwood 2% + iron 0.5%
24-33;Heather;18;"mixed: logwood 1%, cochineal 1%, weld 5%"
date,temp_c,ph,note
2024-02-02,55,9.6,vat fed 5 g fructose
2024-02-03,52,9.4,"flower good; 3 dips"
2024-02-04,48,9.1,warm to 55 before use
colourway,wholesale_gbp,retail_gbp,stock
Madder Rose,14.50,22.00,37
Weld Lemon,13.50,20.00,12
Fjord Blue,16.00,25.00,8
"Cutch Brown",13.00,19.50,44
B-2419,2024-02-05,"cochineal; exhaust",—,wool,400,alum,"lilac, with indigo overdip"
B-2420,2024-02-06,madder,100,cotton,1500,T-A-T,"red; select best 20 for shop"
B-2421,2024-02-07,indigo,—,cotton,900,none,"=3 dips, mid blue"
B-2422,2024-02-08,logwood,1,silk,100,alum,"lavender, light 3"
B-2423,2024-02-09,madder,50,merino,1000,alum,"drop: colour too brown, re-dye"
B-2424,2024-02-12,eucalyptus,100,silk,200,alum,rust-orange (bundle)
B-2425,2024-02-13,Krapp,50,Wolle,1000,Alaun,Ziegelrot
B-2426,2024-02-14,garance,50,laine,800,alun,rouge brique
B-2427,2024-02-15,藍,—,綿,500,なし,紺
sku,name,lot,weight_g,status{LF}SK-001,Madder Rose DK,24-17,100,in stock{LF}SK-002,Fjord Blue DK,24-11,100,low
B-2428,2024-02-16,tea,20,wool,300,iron 1%,dove grey
B-2429,2024-02-19,black beans,300,wool,200,alum,"blue, fugitive -- not for sale"
B-2430,2024-02-20,madder (Turkish lot 3),40,BFL,1200,alum 12%,brick
B-2431,2024-02-21,coreopsis,50,wool,400,alum + soda pinch,red-orange
B-2432,2024-02-22,goldenrod,200,wool,500,alum,yellow
B-2433,2024-02-23,pomegranate,40,linen,700,iron 1%,khaki
B-2434,2024-02-26,dahlia,100,silk,150,alum,orange
""")), ("B-{n},2024-03-{d},{dye},{pct},{fibre},{w},{mord},{res}", dict(
    n=[str(x) for x in range(2440, 2520)],
    d=["%02d" % x for x in range(1, 29)],
    dye=["madder", "weld", "cochineal", "logwood", "cutch", "indigo", "osage", "walnut"],
    pct=["3", "5", "10", "20", "40", "50", "80", "—"],
    fibre=["merino", "silk", "linen", "BFL", "cotton"],
    w=["200", "400", "600", "1000", "1200"],
    mord=["alum", "alum 12%", "T-A-T", "none", "Al acetate"],
    res=["ok", "even", "patchy", "\"light, redo\"", "for shop"]))

CATS["searches"] = (block(r"""
madder red wool
how to select a mordant for cotton
weld vs marigold yellow
indigo vat smells bad
union of colours lookbook
drop spindle natural dye
order by lightfastness
sleep mode for vat?
"fjord blue" dk
cochineal pink silk lace
alum 12% or 15%
logwood grey iron
rust colourway
dye lot 24-17
walnut hulls no mordant
where is my order 5561
natural dye kit for beginners
ph < 7 madder
100% wool sock yarn
avocado pink fastness
tannin-alum-tannin cotton
shibori workshop tickets
eco print eucalyptus
recipe #12
vat -- fructose
Krapp Wolle
garance laine
藍染め 毛糸
марена пряжа
rubia tinctorum
what's WOF?
dye & mordant bundle
woad seeds
"heather" OR "moss"
seconds bin
gift card £25
a/b test colours
c:\recipes
tencel natural dye
grey scale 4-5
dyeworks.example/shop
onion skin orange
how to dispose of iron bath
price < £15
linen & cotton
5 dips indigo
O'Brien yarn shop
mordanted yarn ready to dye
cutch brown aran
osage gold
""")), ("{colour} {base} {extra}", dict(
    colour=["madder", "weld", "indigo", "cochineal", "logwood", "cutch", "walnut", "rust", "slate", "heather", "moss", "lemon", "rose"],
    base=["dk", "4ply", "aran", "lace", "sock yarn", "silk", "linen", "cones", "kit"],
    extra=["wholesale", "sale", "in stock", "lot 24-30", "undyed", "fastness", "recipe", "100g"]))

CATS["customer_chat"] = (block(r"""
Hi! Is the Madder Rose colourfast enough for baby clothes?
Do you ship to Canada? And how long does it take?
My skein bled a little in the first wash — normal?
Love the Fjord Blue!!! any chance of a restock before Xmas?
can i pick up from the studio on saturday? 10am ok?
Which colour goes with Rust for a two-colour hat?
I'm allergic to wool — any silk or cotton options?
The pattern says 400 m; is one skein of your DK enough?
I ordered 2 but got 3 :) want me to send one back?
Is alum safe? I've read mixed things online
Will the colour fade if I dry it in the sun?
Do you take commissions? I want a gradient of 5 greys
Can I select different lots in one order or are they all the same?
Hello, j'ai commandé la semaine dernière, pas encore reçu
Hallo, ist die Wolle mulesing-frei?
Hola, ¿el tinte es vegano? la cochinilla es un insecto, ¿no?
こんにちは！藍色の糸はまだありますか？
Здравствуйте! Можно ли стирать в машине?
Ciao, quanto costa la spedizione in Italia?
Thanks so much, the yarn is gorgeous 😍
Oops, I typed the wrong address -- it's 14 not 41 Elm Rd
Can I pay with PayPal?
What's the difference between "Rust" and "Autumn Rust"?
Do you run kids' workshops? My daughter (9) would love it
How do I wash it? Cold water & wool wash?
5 skeins of Moss please, plus the pattern if you have it
Is the 50% off for seconds or all stock?
Sorry, I'm confused: is 'WOF' the weight of fibre dry or wet?
Colour on my screen looks more orange than what arrived. Why?
Great talk at the guild last night — where can I buy the madder root?
My indigo vat went green then nothing — help!
It says "out of stock" but your Insta says restocked?
Are your dyes food safe? My kid chewed the skein lol
Can I drop off my own yarn for you to dye?
ok thx! 👍
Is it ok if I order now and pay at the festival?
My order number is 5561 -- any update?
Do you do a discount for guild members? We're 30 people
Can you do the Heather but a bit more purple?
When will the sleep-mask kits be back (the silk ones)?
Hi, lovely stuff — what mordant do you use on the silk?
Sorry to bother you again... the tracking hasn't moved in 4 days
Would you be able to make 3 matching skeins for a jumper? Same lot?
Is "Cutch Brown" warm or cool brown?
I'm a teacher; can you send a few colour cards for the class?
Where's your studio? Near the station?
My cat knocked the skein into coffee, can it be overdyed? 😅
Any tips for dyeing with my own onion skins at home?
yes please <3
Which is more lightfast: weld or marigold?
""")), ("{greet} do you have {colour} in {base}? {tail}", dict(
    greet=["Hi,", "Hello!", "Hey", "Hiya,", "Good morning,"],
    colour=["Madder Rose", "Rust", "Fjord Blue", "Slate", "Heather", "Moss", "Weld Lemon", "Osage Gold"],
    base=["DK", "4ply", "aran", "lace", "sock"],
    tail=["Thanks!", "Need 4 skeins.", "For a cardigan.", "x", "Cheers", "Same lot please."]))

CATS["settings_imports"] = (block(r"""
shop_name=Dyeworks Studio
currency=GBP; vat_rate=20; shipping_free_over=400
{"low_stock_threshold": 5, "notify": "priya@dyeworks.example"}
label_template: "{{colourway}} — lot {{lot}} — {{weight}} g"
email_subject: Your order ${order_id} has shipped
import_path=/srv/dyeworks/imports/batches_2024.csv
backup_dir = ~/backups/dyeworks
timezone: Europe/London
csv_delimiter=;
decimal_separator=,
units=metric; temperature=C
sort_products=order by name asc
search_fields=name,colour,lot,fibre
newsletter_footer: You're receiving this because you ordered from us. Unsubscribe: {{unsubscribe_url}}
invoice_prefix=DYE-
max_upload_mb=20
allowed_extensions=.csv,.xlsx,.jpg,.png,.pdf
webhook_url=https://dyeworks.example/hooks/orders
theme_colour=#8B2E2E
accent_colour=rgb(48, 76, 122)
[shipping]{LF}uk=4.50{LF}eu=12.00{LF}world=18.00
dye_garden_map: beds A-F, madder in C, weld in D & E
reorder_rule: if stock < 10 then notify wholesale
product_slug_pattern: colour-base-weight (e.g. madder-rose-dk-100)
password_policy: min 12 chars, at least 1 digit
session_timeout_min=30
stock_sync_cron=*/15 * * * *
locale=en_GB; alt_locales=de_DE,fr_FR,ja_JP
thumbnail_size=400x400
receipt_note=Thanks for supporting small-batch natural dyeing!
recipe_unit_default=% WOF
label_printer=Brother QL-800 @ USB
order_notes_placeholder=e.g. "same dye lot please"
holiday_banner="Closed 23 Dec – 3 Jan; orders ship from 4 Jan"
import_mapping: batch_id->id; wof_pct->wof; result->notes
api_rate_limit=60/min
discount_codes=SPRING10,GUILD15,SECONDS50
seo_title=Naturally dyed yarn | madder, weld & indigo | Dyeworks
robots: allow /shop, disallow /admin/drafts
mail_signature=--{LF}Dyeworks Studio · Mill Lane · Slaithwaite
date_format=%d/%m/%Y
weight_display=g (oz in US store)
log_level=info
analytics=off
cookie_banner_text=We use only essential cookies. No tracking.
inventory_export_path=C:\Users\Studio\Exports\inventory.csv
colour_swatch_dir=./static/swatches/
hide_sold_out=true
wholesale_min_skeins=20
print_margin_mm=5
label_footer=Hand-dyed in Yorkshire with plants & patience
""")), ("{key}={val}", dict(
    key=["stock_alert_" + c for c in ["rust", "rose", "lemon", "fjord", "slate", "heather", "moss", "cutch", "osage", "walnut"]],
    val=["3", "5", "8", "10", "12", "15", "20", "off"]))


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    for cat, (lits, (tmpl, pools)) in CATS.items():
        vals = []
        for v in lits:
            if v not in seen and len(vals) < 80:
                seen.add(v)
                vals.append(v)
        nlit = len(vals)
        assert nlit >= 50, (cat, nlit)
        keys = sorted(pools)
        guard = 0
        while len(vals) < 80:
            guard += 1
            assert guard < 100000
            v = tmpl.format(**{k: rng.choice(pools[k]) for k in keys})
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            assert 1 <= len(v) <= 2000
            rows.append((cat, v))
    with open(os.path.join(HERE, "benign.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "hbjy-%05d" % i, "category": cat, "label": "benign", "value": v}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
