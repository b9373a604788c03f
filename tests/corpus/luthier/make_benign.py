#!/usr/bin/env python3
"""Benign corpus generator for the luthier workshop theme. Seed 29701."""
import json, os, random

SEED = 29701
HERE = os.path.dirname(os.path.abspath(__file__))


def lines(block):
    return [l for l in block.strip("\n").split("\n") if l.strip()]


CATS = {}

CATS["build_logs"] = lines("""
Glued the top to the ribs today, 12 clamps, left overnight. Humidity 45%.
Violin #214: carved scroll, eye of the volute still rough — finish tomorrow.
Bent the ribs at 150°C on the iron; C-bout cracked once, redid with a thinner strip.
Guitar OM-37: braces scalloped, tap tone roughly F# before voicing, G after.
Plate thickness top: 2.8 mm at centre, 2.4 mm flanks. Back graduated 4.5 -> 2.6 mm.
Fitted the bass bar, 3 mm spring, checked with the light box. Looks good.
Neck set angle 1.5° too high; reshimmed the dovetail & re-checked with straightedge.
Today: purfling channel cut, inlaid black-white-black, corners mitred by hand.
Fingerboard planed with 42 mm radius; relief 0.3 mm at the 7th fret.
Soundpost fitted 2.5 mm behind the treble foot, drop the E a hair.
Geigenbau Nr. 58: Boden geleimt, Zargen geschliffen, morgen Hals einpassen.
Luthier log 03/11 — mis à l'épaisseur le fond, érable ondé très nerveux.
Cuaderno de taller: tapa de abeto alemán, barras en abanico, 7 varillas.
Day 4 of the cello build. Ribs are at 1.2 mm; union of linings and blocks is solid.
Order of work: plates, then ribs, then the neck. Don't drop the mould again!
Slept on it, then re-cut the f-holes — the lower wings were too wide by <0.5 mm.
Fret slots sawn at 650 mm scale; checked 12th fret = 325.0 mm.
Binding channel routed; the router bit burned the cutaway, sanded out with 220 grit.
Top deflection test: 1 kg load -> 2.1 mm. Slightly stiff, thinned the lower bout.
Tap-tuned the back to mode 5 at ~340 Hz, mode 2 ~160 Hz.
Sleep then glue: left the fingerboard under weights for 8 hours.
Set-up: nut slots 0.5 mm over frets at 1st; saddle compensation +2 mm bass E.
ヴァイオリン製作記録：表板の厚みを2.7mmに調整、f字孔を切り抜いた。
小提琴制作日志：今天上了第一层底漆，等待24小时干燥。
Журнал мастерской: гриф приклеен, струнодержатель поставлен, звук открылся.
Build log #12 -- rosette inlaid, abalone + maple rings, sealed with shellac.
Fitted pegs with the 1:30 reamer; the A peg still slips, chalk & soap applied.
Back arching template #3 used; highest point 15.5 mm above the edge.
Note: the "select" billet from the last batch had a hidden knot near the button.
Tried the new Japanese saw (ryoba) for the heel cut -- cleaner than the gents saw.
Work order: 1) neck 2) fingerboard 3) nut; if time && glue dry then saddle.
Mandolin F5 style: carved top and back, recurve done, tone bar X-braced.
Ukulele tenor #3: koa top, 17" scale, re-entrant tuning, strung up tonight.
Viola 16.5": outline traced from the Brescian pattern, rib height 38 mm.
Measured string height at 12th: 2.2 mm (E) / 2.8 mm (low E). Target < 2.5 / 3.0.
Used the spool clamps (24 of them) for the back; squeeze-out cleaned with hot water.
Hide glue pot at 60 °C, 192 gram strength, 1:2 glue:water by weight.
Bridge blank Aubert 41 mm cut down; feet fitted to the arching with chalk.
Drop the saddle height by 0.5 mm, then recheck action; customer wants it low.
Day's total: 6.5 h on the scroll, 1 h sharpening gouges. #12 and #14 sweeps.
Label inserted: "Made in the workshop, anno 2024, No. 61".
Cleaned the shop; the spirit varnish jar in the cupboard is nearly empty.
Lutherie: colle forte, joint de table raboté sur le rabot n°7, parfait à la lumière.
Intonation check at 12th: harmonic vs fretted, G string +4 cents, moved saddle.
Dressed frets 1-20, crowned with the diamond file, polished to 2000 grit.
Nut made from bone, 43 mm width, string spacing 35 mm E-E.
Side dots 2 mm, at 3,5,7,9,12,15,17. Double at the 12th.
Carved the heel cap from ebony scrap; union with the back is invisible now.
Rib garland off the mould; corners strong, one linings strip to replace.
Tested the bridge at 10 g heavier -- darker, but less projection. Kept original.
Glue joint failed on the centre seam (cold shop?). Warmed to 24 °C and redid it.
Workshop temp 19°C / RH 42%; waited before closing the box.
""")

CATS["wood_stock"] = lines("""
Alpine spruce, 2-piece top wedge, AAA grade, seasoned 12 years, 30 rings/inch
Bosnian flamed maple back, one-piece, slab cut, 380 x 220 x 23 mm
Indian rosewood set (back+sides), air dried, slight sapwood on one side
Honduras mahogany neck blank 1-piece 3" x 4" x 26"
Ebony fingerboard blanks, jet black, qty 14 - some with grey streaks
Adirondack spruce tops, 6 sets; moisture 7.5% measured with pin meter
Quilted maple bookmatched, 'figure' very strong — reserved for commission #77
Cedar (western red) classical tops: 12 sets, stored in rack B, shelf 3
Pernambuco bow blanks x3, CITES certificate on file (see folder 2019/CITES)
Bearclaw Sitka top — customer asked specifically; last one in stock
Willow blocks for corner blocks, 20 pcs; lime/linden linings strips 100 pcs
Figured sycamore (English) for viola ribs, 1.3 mm planed, 4 sets
Rack A: maple < 10% MC; Rack C: spruce; Rack D: exotic hardwoods. Do NOT drop on the floor.
Boxwood pegs, French pattern, 12 sets; rosewood tailpieces 8
African blackwood nut blanks, 10 pcs. Bone saddle blanks 72 x 3.2 x 10 mm
Koa sets (Hawaiian) curly, 3 sets; price up 20% since last year
Walnut (claro) back & sides — 2 sets, one with a small check near the end
Cocobolo offcuts in the bin — oily, wipe with acetone before gluing
Ahorn, geflammt, 2-teilig, Boden für Cello, 20 Jahre gelagert
Épicéa du Jura, qualité maître, fendu, 8 coins, sec à cœur
Abeto alemán para tapas, 10 juegos, calidad AA
Ель карпатская, 5 комплектов, выдержка 15 лет
スプルース（ドイツ産）表板 4 セット、柾目良好
Select & better grade, quartersawn, runout < 2°
Stock count 2024-06-30: spruce 41, maple 27, rosewood 9, mahogany 11, ebony 14
Bin 7: fret wire 18% nickel silver, medium-jumbo, 2 ft lengths x 40
Curly maple neck blanks 'union jack' figure -- 2 left; reorder from supplier #4
Maple - "one-piece" back, hand-split, no flame; cheap student grade
Sinker redwood tops (from old-growth beams), 3 sets, tight grain, reddish
Spruce billets for bass bars, 15 pcs; quarter-sawn, straight grain
Wenge fingerboard for bass guitar: 1 pc 24 x 3 x 1/2"
Purfling strips: b/w/b 1.5 mm x 60 pcs; herringbone 5 mm x 4
Stored: cello ribs 1.2mm (maple) -- 6 sets; violin ribs -- 18 sets
Leftover Brazilian rosewood (pre-convention, paperwork in folder); DO NOT SELL without docs
Yew wood back set, for a "baroque" guitar; rare in the shop
Ziricote back & sides: spider-web figure, 1 set, very nice
Poplar for viola back, 2 pcs, lightweight, plain figure
Holly veneer for head plate, white, 0.6 mm, 10 sheets
Mahogany (Khaya) 40 bd ft, kiln dried, for electric bodies
Swamp ash body blank 2-piece, 1.75", 8.9 lb
Air humidity in wood room: 43-47% this week; humidifier on
Stock note: maple wedge from the auction has insect damage -- isolate!
Spruce wedge no. 118 -- density 0.41 g/cm³, speed of sound ~5800 m/s
Ebony: 1 fingerboard cracked during drying; moved to scrap shelf
Bamboo (lam) for fretboard experiment, 2 pcs
Torrefied spruce top, 1 set, Adirondack, roasted 'medium'
Padauk strips for binding, 10 pcs, bright orange
Basswood bodies (2) for the kids' workshop
Maple veneer for rosette 0.5 mm x 15
Cherry wood offcuts -- use for jigs
Hornbeam for pegbox cheek repair patches
Olivewood ukulele set, 1, figured
""")

CATS["repair_tickets"] = lines("""
Crack on the top, treble side, 8 cm from the lower bout. Customer dropped the case.
Neck reset needed; action is 4 mm at 12th, bridge shaved too low already
Open seam on the lower left rib, buzzing on the G string
Replace pegs + bushings; pegbox cheek cracked from an old repair
Bridge lifting on classical guitar, glue line failed, please reglue
Refret 22 frets, stainless; fingerboard needs planing, a few divots
Soundpost fell down in transit (customer said "something rattles inside")
Dear shop, my violin's E string keeps breaking at the fine tuner, can you look?
Ticket #R-2231: electric pickup output low on the neck pickup; check pots & solder joints
Cello endpin slipping; replace the collar screw; also the wolf tone on the C# is bad
Varnish worn through on the upper bout (chin area); touch-up requested, no full revarnish
Nut slot for the B string too deep -- string buzzes open; shim or new nut
Guitar truss rod nut stripped (5 mm Allen), won't turn; customer says "it's stuck"
Bow rehair, black hair (customer asked for 'stallion'), and a new thumb grip
Fingerboard came loose at the end; customer used super glue -- ugh; will clean
Tuner replacement: Gotoh 510, 3+3, same screw holes if possible
Crack at the soundpost -- needs a post patch; estimate 3-4 weeks
Rattle inside the body; likely a loose brace -- the 2nd tone bar
Intonation off above the 12th; customer uses 0.011 - 0.052 set
Jack socket crackles, replace with Switchcraft; wire colours: hot=red, sleeve=black
Customer's note: "Please don't change the old varnish -- it was my grandfather's."
Guitare : fissure sur le fond, côté aigu, 12 cm. Client pressé (concert le 14).
Geige: Stimmstock umgefallen, Steg schief, bitte prüfen und neu stellen.
Reparación: puente despegado, guitarra clásica de 1970; el cliente paga en efectivo.
Ремонт: трещина на деке, переклеить пружину.
修理依頼：ネック反り、トラスロッド調整希望。
Estimate: crack repair $180 + cleats $40; setup $65; total $285 before tax
Drop-off: Tues. Pick-up: Sat. Contact via phone, not email.
The bridge is leaning toward the fingerboard > 3 mm; straighten & check feet
Removed the old "shellac + sawdust" fill; union of the crack edges now clean
Bass: action high, dead spot at 5th fret G; truss rod adjusted 1/4 turn
Classical: tie-block cracked; replace with new bone insert
Viola: chin rest clamp scratching the rib; replace with cork pads
12-string: needs neck reset; bridge plate worn through by the ball ends
Mandolin: bridge foot not touching at bass side -- refit
Fine tuners 4x, Wittner; remove the old Hill tailpiece
Reglue the label; it says "Antonius Stradiuarius Cremonensis..." (factory copy, ~1900)
Crack in the scroll through the peg hole, A peg; bush & reamer
Electric: fret sprout in winter, file the ends; humidity < 30% in the flat
Case hinge broken; not a lutherie job but we'll order a part
Note to self: customer says the sound is "tinny" -- try a different post position
Top sinking behind the bridge; belly bulge; consider a bridge doctor (customer agrees)
Frets worn at 1-5; partial refret; keep the rest
Re-level fingerboard and dress; 0.2 mm removal, check the nut height afterwards
Cracked bridge (cello), cut a new Despiau; customer wants "a bit brighter"
Replace the saddle with compensated bone; pickup under saddle (piezo) -- keep it
Drop tuning to DADGAD and setup for it; heavier gauge on the low D
Bow: frog screw stripped; eyelet replacement
Tailgut snapped; replaced with Kevlar; and the saddle has a small crack
Guitar fell off the stand; headstock crack along the grain; glue & clamp with caul
Varnish retouch on the back (a scratch ~5 cm); match amber colour
Collected by customer 19/04; paid by card; ticket closed.
""")

CATS["commissions"] = lines("""
I'd like a 4/4 violin modelled on a Guarneri del Gesù, darker varnish, medium arching.
Commission for Mrs O'Brien: classical guitar, cedar top, 640 mm scale, 52 mm nut.
Can you build a left-handed steel-string OM? Budget around $4,500; no rush.
Brief: viola 16", strong C string, for orchestra use. Deposit 30% paid.
Cello for my daughter (7/8) -- she's 15, starting at the conservatoire in September.
I want the initials "J.D." inlaid at the 12th fret, mother of pearl if possible.
Could the rosette use the colours of my grandmother's shawl? I'll send a photo.
Archtop 17", carved, floating pickup; something like the big-band guitars of the '40s
Bass guitar, 5-string, 35" scale, walnut body, no frets (fretless)!
Quote request: baroque violin with gut strings, short neck, no chin rest
Customer (Zoë Müller-Łukasiewicz) wants a viola d'amore -- we need to discuss.
Délai souhaité : 10 mois. Guitare flamenca, cyprès, chevilles en bois.
Ich hätte gern eine Geige nach Stradivari "Messiah" Modell, Lack goldbraun.
Guitarra de encargo: palosanto, cutaway, pastilla interna; entrega en mayo.
Хочу заказать гитару с 7 струнами, русский строй (DGBDGBD).
ギターの注文：ショートスケール、マホガニー、オイル仕上げ。
Hi! Could you tell me if 'order by Christmas' is realistic? It's a gift for my wife.
Name on the label: Seán Ó Súilleabháin. Please spell it with the accents.
Commission note: neck profile "soft V" 21 mm at 1st, 23 mm at 9th
Ukulele for a kid, select koa, the cheapest option that still sounds good
Viol da gamba (bass), 7 strings, for early music group -- can you do it?
Payment plan: $500 now, $500 at the "in the white" stage, rest on delivery
Please keep the union jack sticker off the case, lol, my husband put it there
I play jazz; I'd like a slightly dropped neck and flatwounds -- 13 to 56.
Electric violin, 5 strings, with a passive pickup; weight < 600 g if possible
Guitar built from our family's old oak table? Is that possible for the back?
Commission #C-88: mandolin, A-style, oval hole, sunburst varnish
Deposit received £800 -- thank you! Start date: week 23
Customer's spec: 12 frets to body, slotted headstock, 1 7/8" nut width
For a wedding: matching pair of ukuleles, engraved "A & M, 2025"
Child-size guitar 1/2 for a 6-year-old; nylon strings; sturdy finish
Hardanger fiddle with 4 sympathetic strings; dragon head carving on the scroll
Please use no tropical hardwoods; local woods only (maple, walnut, cherry)
Can I come by and select the wood myself? Saturday 10:00 works for me.
"Sound like my old Martin" -- we'll do our best; see notes in the file
Double bass, 3/4, flat back, gamba corners, adjustable bridge
I'm a left-handed cellist -- reversed bass bar and soundpost, please
Quote: 5,200 EUR incl. case; VAT 19% separately
Ich bin Linkshänder, bitte Sattel und Steg spiegelverkehrt.
Baritone ukulele, DGBE tuning, wound strings on D and G
My budget is tight: under $1,000; maybe a workshop-grade instrument?
Need it by the 1st of March for my audition -- is that too short?
Inlay request: a small mackerel on the headstock. Yes, a fish. It's a long story.
Violin for a folk player -- flatter bridge, easy double stops
Commission status: in varnish stage; ETA 6 weeks (UV cabinet)
Requested: chambered body, weight <= 3 kg; Tele-ish shape but not a copy
Please send progress photos every 2 weeks via email if possible
Guitarra requinto, cuerdas de nylon, afinación A
Note to customer: the spruce you picked has bearclaw -- it's a feature, not a flaw
Brief from the school: 10 student violins, sturdy, set up & ready to play
""")

CATS["varnish_notes"] = lines("""
Ground: potassium silicate 1 coat, then casein-lime; dry 24 h in the UV box.
Oil varnish: linseed + colophony (cooked 3 h), thinned 10% turpentine.
Coat 4 today; rubbed down with 1200 wet & dry, pumice + oil between coats.
Colour: madder lake in the 3rd coat; a touch of alizarin for red-brown.
Spirit varnish recipe: sandarac 40 g, mastic 10 g, Venice turpentine 10 ml, alcohol 250 ml.
French polish: shellac 2 lb cut, pad with a drop of oil; 'body' then 'spirit off'
UV cabinet 8 h per coat; don't leave over 12 h or the spruce goes too dark
Nitro lacquer: 12 coats sprayed, level sand at P800, buff with compound
Antiquing: wear on upper bass bout & under the chin; dirt made from pigment + oil
Propolis tincture for the ground; smells great, takes forever to dry
Avoid sleep-deprived varnishing -- I ruined a coat last time (runs everywhere)
Test on the scrap maple first: amber -> gold -> brown gradient looks good
Varnish too soft after 2 weeks; maybe too much oil ratio (2:1 oil:resin)
Lackrezept: Leinöl, Kolophonium, Terpentin; 3 Schichten, 2 Tage Trocknung je Schicht.
Vernis à l'huile : 4 couches, ponçage à l'eau entre chaque, lustrage à la pierre ponce.
Barniz: goma laca rubia, alcohol 96%, muñequilla; ¡paciencia!
Лак: масляный, 5 слоёв, сушка в УФ-камере.
ニス：オイルニス、5層、UVで乾燥。
Shellac flakes: blonde dewaxed, 'seedlac' for colour coats
Retouch mix: 1 part spirit varnish + pigment (burnt umber), tiny brush #000
Cure time: min 3 weeks before final polish; <50% RH ideal
Colophony cooked till dark: 230°C -> don't go above 260, it smokes & chars
Woad blue? Tried it -- looked green on the yellow ground. Dropped the idea.
Madder root lake made from scratch: alum + soda; filtered twice
Pore filler for mahogany: pumice + shellac; or epoxy (faster)
Sprayed sealer coat then sanded back; sanding sealer is NOT a varnish
"Cremonese" look: golden ground, red-brown colour coats, transparent top coat
Note: linseed from the hardware store has driers -- use cold-pressed only
Tung oil finish on neck; 3 coats; 0000 steel wool between
Polishing compound: Menzerna fine then extra fine; on the buffer at 1200 rpm
Fumed ammonia on the maple -- mask everything; 4 hours; ventilate!
Mixing ratio: 1:1:0.1 (resin:oil:drier). Let it rest a week.
Too glossy; customer wants satin. Rubbed with 0000 & wax.
Bubble in the lacquer near the heel; drop-fill with a toothpick and level
Dye stain: 'tobacco sunburst' on the top, 3 layers: yellow, amber, dark brown
Oil varnish wrinkled -- coat too thick; sand and redo
Stain test: water-based aniline, 2% solution, 10 min
Colour match on the repair: union of old and new varnish not visible under lamp
Wax: beeswax + carnauba 4:1, melted with turpentine
Drying log: coat 1 Mon, coat 2 Wed, coat 3 Fri -- UV 6h each
Varnish pot labelled "DO NOT DROP" -- it's glass, sits on the top shelf
Gilding the f-holes? No. Black edges only (drawn with ink & varnish)
Avoid silicone near the spray booth: fisheyes!
Rosin from the bow is NOT colophony for varnish, despite what the forum says
Varnish #V-14: Venice turpentine 15%, mastic 10%, sandarac 30%, alcohol rest
Second coat of spirit varnish too fast; left it for 1 h before the next
Varnish in UV, 1st coat = 'sleep' coat, just seals the ground
Shellac spot test: drop of alcohol on the old varnish -- softens => spirit varnish
Brushes cleaned in turps, then soap & water; hung bristles-down
Colour coats darken over 2 years; start a bit lighter than the target
Buffed with tripoli; hand-rubbed with rottenstone & oil
""")

CATS["supplier_orders"] = lines("""
PO-2024-031: 2x hide glue 192g 1 kg, 1x fish glue 250 ml, 3x spruce tops AAA
Order from tonewood supplier: 4 maple backs 'select', 6 spruce tops AA; ship by DHL
Please invoice to: The Workshop, 12 Fiddle Lane, attn: accounts
Re-order: 40 ft fret wire medium (2.03 mm crown), 2 ft pieces
Strings: 10 sets Pirastro Evah Pirazzi 4/4 medium; 5 sets D'Addario EJ16
Bridge blanks: Aubert Deluxe 41 mm x 12, Despiau 3-tree x 6
Tools: 1 x Japanese block plane; 1 x #5 Stanley; 2 x card scraper set
Abrasives: P180 x 50, P240 x 50, P400 x 25, micro-mesh kit 1500-12000
Bestellung: 5 Sätze Stimmstöcke, 10 Saitenhalter Ebenholz, Lieferung bis KW 14
Commande : 3 tables épicéa, 2 fonds érable, 1 kg colophane ; paiement à 30 jours
Pedido: 2 juegos palosanto, 10 diapasones ébano; envío urgente por favor
Заказ: 10 колков из самшита, 5 подбородников.
注文：ナット用牛骨10本、フレット線5本。
Supplier reply: backorder on ebony fingerboards; ETA 6-8 weeks
Order total: $1,234.56 (incl. shipping $45). Paid by bank transfer.
Delivery note: 1 box missing ("tailpieces x 8"); claim filed
Ordered: hygrometers x 3; humidifier packs x 20 (Boveda 49%)
Qty 2 -- spool clamps set of 24; qty 1 -- go-bar deck rods 50 pcs
Brass frets for baroque guitar? Ask the supplier if they sell <1 mm gauge
Pickup order: 2 x humbucker set (neck+bridge), 1 x P-90; gold covers
Follow-up: we ordered 'union-made' cases -- which model ships with a hygrometer?
Alcohol 96% denatured, 5 L; shellac flakes blonde 1 kg; sandarac 500 g
Pigments: burnt umber 100 g, madder lake 25 g, Van Dyck brown 100 g
Drop-ship to the customer directly? Address in commission file #C-91
Order cancelled: the rosewood shipment needs CITES paperwork we don't have
Sharpening: 1000/6000 combo waterstone, strop + green compound
Purfling cutter blades x 5; 'violin maker's knife' 1 pcs (right-handed)
Please confirm pricing: is the 10% trade discount applied?
Shipping via UPS ground; tracking 1Z999AA10123456784 (placeholder)
Supplier #4 (tonewood) minimum order 250 EUR; we're at 212 -- add a neck blank
Case order: 2 x violin oblong cases, 1 x cello case (hard, wheels)
Invoice #INV-8812 paid on 2024-05-03; reference "workshop PO-031"
Ordered 1 gal. nitro lacquer (gloss), 1 qt retarder
Return: wrong gauge strings (11-52 instead of 12-53); RMA requested
Tuning machines: 6 sets Schaller, 3L+3R, chrome; 2 sets Rubner for classical
Glue: Titebond Original x 4, Titebond III x 2; CA thin & medium
Brass fine tuners 1/4 size x 10 for the school order
Reminder: order more 0000 steel wool & tack cloths
The supplier's portal was down -- emailed the order at 21:40 instead
Ordered 3 bags of cork for the chin rests; 'select' quality
Supplier asked for our VAT ID: GB000000000 (placeholder)
Payment terms: net 30; early payment 2% discount
Back-order alert: bone nut blanks sold out; will switch to Tusq for now
Sandpaper rolls 120 / 180 / 240; 50 m each
Fret end dressing file; 1 pcs; 'fret crowning file' medium
PO-2024-045: endpins x 4, end buttons x 10 boxwood
Rush order -- the school needs 10 sets of 1/2 size strings by Monday
Parts list sent by fax (yes, fax) -- supplier still uses it
Bridge-fitting knife sharpened by supplier; return shipping paid
Ordered LED light box for plate thickness check; 220V
""")

CATS["price_list_rows"] = lines("""
sku,item,price_eur,stock
VN-44-STD,Violin 4/4 student outfit,1250.00,3
GT-OM-CED,"OM guitar, cedar top, mahogany B&S",3900.00,1
SVC-REHAIR,"Bow rehair, white hair",75.00,
SVC-SETUP-GTR;Guitar setup (strings not incl.);65,00;–
Item;Price;Notes
"Refret, stainless";390,00;"depends on binding"
STR-EVAH-44,Evah Pirazzi set,92.50,10
SVC-CRACK,"Crack repair, per cm",18.00,
SVC-NECKRESET,"Neck reset (steel string)",450.00,
VLA-165,"Viola 16.5"" workshop",2850.00,2
CEL-78,Cello 7/8 (student),3400.00,1
UKE-TEN-KOA,"Tenor uke, koa, gloss",1450.00,2
"Bridge fitting (violin, incl. blank)",85.00
PEG-BOX-SET,Boxwood pegs (set of 4),48.00,12
"Soundpost adjust (5 min, free for customers)",0.00
Prix : réglage violon 40 € ; chevilles 60 € ; âme 35 €
Preis: Neubehaarung 75 €, Steg 85 €, Stimmstock 45 €
Precio: ajuste guitarra 60 €; trastes 300 €
Цена: настройка скрипки 3000 руб.
価格：弦交換 2000円、調整 8000円
Fret dress (level/crown/polish),120.00
Bone nut (custom),55.00
"Strap button install, ""endpin jack"" extra",25.00
CASE-VN-OBL,"Violin oblong case, w/ hygrometer",210.00,4
"Humidity service: drop in, 1 week storage",30.00
Item,Price,Qty,Subtotal
Strings D'Addario EJ16,8.99,10,89.90
"Pickup install (passive, under-saddle)",120.00
"Pickup install (active, preamp + battery box)",220.00
Total,,,1342.40
Cleaning & polishing,35.00
"Varnish touch-up (small, < 5 cm)",60.00
"Varnish touch-up (large, > 5 cm)",from 120.00
SVC-BRIDGE-CEL,"Cello bridge, Despiau, fitted",195.00,
Labour rate,65.00/h
"Order by phone -- prices valid until 31/12",,
Discount (students),-10%
Shipping (UK),15.00
Shipping (EU),35.00
"Rental: violin 1/4 - 4/4, per month",22.00
Rental 'rent-to-own' credit,50%
"Repair estimate, free",0.00
"Rosewood fingerboard, planed",45.00,6
FRET-SS-MJ,"Stainless fret wire, medium jumbo, 2ft",6.50,40
"Glue, hide, 192 g, 500 g",24.00,3
"Gut strings set (baroque violin)",110.00,2
"Mandolin setup",70.00
"Tailpiece, ebony, Hill model",38.00,8
"Chinrest, Guarneri, rosewood",32.00,6
"Electric guitar setup (incl. intonation)",60.00
"Custom inlay, per letter (MOP)",40.00
"Expedited service (48h)",+50%
""")

CATS["customer_messages"] = lines("""
Hi, is my violin ready yet? It's been 3 weeks. Thanks! -- Anna
Thanks so much for the repair, it sounds better than ever!! 🎻
Can I drop off the guitar after 6pm? I work until 5:30.
The crack came back :( can you take another look? No charge I hope?
Sorry I missed your call; I'm free Thursday morning & Friday after 2.
Would you be able to select a bow for me in the $500-$800 range?
Is it normal that the bridge leans forward after changing strings? I didn't touch it...
My son dropped the cello. The neck is fine but there's a long crack on the top. Help!
Do you do setups for 7-string guitars? The low B is floppy.
Quick question: what humidity should I keep the case at? 40-50%?
I found your shop on the map -- do you sell strings or only repair?
Bonjour, ma guitare a une frette qui dépasse. Vous pouvez regarder ?
Hallo, meine Geige hat einen Riss am Boden. Wann hätten Sie Zeit?
Hola, ¿cuánto cuesta cambiar las cuerdas de un violonchelo?
Здравствуйте! Можно ли заменить лады на моей гитаре?
こんにちは、ギターのフレットすり合わせはいくらですか？
مرحبا، هل يمكنكم إصلاح الكمان الخاص بي؟ الجسر مكسور.
שלום, האם אפשר להחליף מיתרים בכינור שלי?
नमस्ते, मेरी गिटार की गर्दन टेढ़ी हो गई है, क्या आप ठीक कर सकते हैं?
안녕하세요, 바이올린 줄 교체 가능한가요?
Please don't drop the price list in my letterbox again, I'm not interested. Thanks.
The sleep mode on the tuner you sold me doesn't work -- is that a known thing?
I left my shoulder rest in your shop, the blue one. Can I pick it up tomorrow?
Do you accept PayPal? Or only card/cash?
It's for my dad's 70th -- could you write "Happy 70th, Da!" on the card?
Got it, thanks; I'll pick it up Sat. P.S. the case smells of varnish lol
Is there an order by which I should tighten the strings? I always do E-A-D-G.
What's the difference between "select" and "master" grade spruce?
I can't come on Monday; union meeting. Tuesday?
The fine tuner screw is stuck; I tried WD-40 -- was that a mistake??
Hi! Love the new mandolin. One tiny thing: the A string pings in the nut slot.
Can you ship to Canada? Postal code H2X 1Y4.
The new strings sound harsh -- maybe they need a week to settle?
I'd rather not use super glue; my teacher says it's bad for instruments :)
Guitar is buzzing on fret 3 only when I play hard; is that the truss rod?
Could I get a receipt for my insurance? Invoice # is on the ticket: R-2231
Thank you!!! My daughter cried when she saw the violin.
Is the shop open on bank holidays? I'm around 10-12 on Monday.
My bow hair is coming out on one side; half the hair is gone. Rehair?
I read online that you can "sleep" a violin in its case with a damp sponge -- true?
Re: estimate -- ok, go ahead with the crack repair, skip the varnish touch-up.
Is the 3/4 rental still available? My kid grew out of the 1/2 size!
Can you tell me the wood of my guitar from a photo? (attached)
Sorry for the long message... basically the pegs slip when it's cold, is that normal?
Looking forward to seeing the progress photos :-) no rush at all
Do you have a waiting list for commissions? How long is it now?
My e-mail is anna.k@example.com if WhatsApp is easier let me know
Good morning; I'd like to book a time to try violas, 15.5" - 16.5"
Could you check if the 'wolf note' on my cello can be reduced? It's around F.
I'll leave the guitar with my neighbour, Mr. D'Souza at no. 14, if that's OK.
Message for the maker: the varnish colour is PERFECT. Absolutely love it.
""")

CATS["workshop_search"] = lines("""
spruce top AAA
maple back one-piece
select grade rosewood
order by price
drop D tuning setup
sleep mode tuner
union jack inlay
cello 7/8
violin 4/4 < 1500
fret wire 2.03mm
"hide glue" 192
ebony fingerboard -cracked
bridge blank 41 mm
neck reset OR refret
Geige Boden Ahorn
épicéa table
palosanto juego
скрипка 4/4
ギター 修理
violin*
guitar & mandolin strings
commission C-88
R-2231
varnish madder
$ price list
50% deposit
f-hole template
Stradivari 1715 pattern
Guarneri del Gesu
O'Brien
D'Addario EJ16
pickup: humbucker
viola 16.5"
1/2 size violin rental
insert new soundpost
delete old bridge photo
update strings list
crack repair cost
where is my order
truss rod 5mm
c:\\shop\\labels
bow rehair black
shellac 2 lb cut
tap tone
"mode 5" back plate
uke tenor koa
baroque guitar gut
12-string setup
tuners 3+3 gotoh
CITES rosewood
""")

CATS["settings_imports"] = lines("""
shop_name=The Fiddle & Fret Workshop
timezone=Europe/London; currency=GBP; vat=20%
label_template: "{{maker_name}}, anno {{year}}, No. {{serial}}"
invoice_footer=Thank you for your order, ${customer_first_name}!
export_path=/srv/workshop/exports/price_list.csv
backup_dir=D:\\Workshop\\Backups\\2024
csv_delimiter=;
decimal_separator=,
date_format=%d/%m/%Y
humidity_alert: rh < 35 or rh > 60
email_subject: "Your instrument #{ticket_id} is ready"
sms_template=Hi {name}, your {instrument} is ready for pickup.
working_hours: Mon-Fri 09:00-17:30 | Sat 10:00-14:00
# comment: keep the UV cabinet schedule in sync with varnish log
uv_cabinet.max_hours=12
import: sku;item;price;stock\nVN-44;Violin;1250;3
website_url=https://www.example.com/luthier
photo_folder=~/Pictures/builds/2024
sort_order=date desc, ticket asc
reminder_cron=0 9 * * 1
default_strings=Evah Pirazzi (medium)
{"theme": "dark", "font": "Garamond", "show_prices": true}
markdown_footer: **Open** Mon–Fri · _closed_ Sundays
language=fr-FR
langue=français ; devise=EUR ; TVA=20 %
Sprache=Deutsch; Währung=EUR
idioma=español; moneda=EUR
язык=русский
言語=日本語
tax_rule: if country == 'UK' then 20% else 0%
printer=Label-Printer-2 (USB)
low_stock_threshold=5
search.fuzzy=true; search.min_length=2
notify_email=workshop@example.com
calendar_feed=https://calendar.example.com/feeds/workshop.ics
log_level=info
rounding=0.05
label_font_size=9pt
import_mapping: A->sku, B->item, C->price, D->stock
commission_deposit_pct=30
"select_all_on_focus"=false
order_by_field=created_at
ticket_prefix=R-
commission_prefix=C-
repair_estimate_valid_days=30
ui.show_wood_density=true
wood_room_target_rh=45
units=metric (mm, g, °C)
keyboard_shortcut: Ctrl+Shift+N = new ticket
watermark_text=© Workshop 2024 -- do not copy
""")

# small template pools, one template per category, for the remaining values
POOLS = {
    "build_logs": ("{inst} #{n}: {step}; {note}.",
                   dict(inst=["Violin", "Viola", "Cello", "OM guitar", "Classical", "Mandolin", "Uke"],
                        n=[str(i) for i in range(30, 90)],
                        step=["glued the linings", "fitted the neck", "carved the f-holes", "cut the purfling channel",
                              "thicknessed the back", "bent the ribs", "shaped the heel", "fitted the nut"],
                        note=["back tomorrow", "clamps off at 8", "RH 44%", "took 3 h", "need sharper gouge", "all good"])),
    "wood_stock": ("{wood}, {cut}, {grade} -- qty {q}",
                   dict(wood=["Alpine spruce", "Sitka spruce", "flamed maple", "walnut", "mahogany", "cedar", "koa"],
                        cut=["quartersawn", "split", "slab cut", "bookmatched"],
                        grade=["AAA", "AA", "A", "master", "student"],
                        q=[str(i) for i in range(1, 25)])),
    "repair_tickets": ("{inst}: {issue}. Customer: {who}.",
                       dict(inst=["violin", "viola", "cello", "guitar", "bass", "mandolin"],
                            issue=["open seam", "bridge lifting", "buzz at 5th fret", "peg slipping", "crack near the f-hole",
                                   "high action", "loose brace", "worn frets"],
                            who=["Ms Novak", "Mr O'Neill", "Dr. Hakimi", "Ana Ruiz", "Kenji S.", "the school"])),
    "commissions": ("{who} would like a {inst} in {wood}, {extra}.",
                    dict(who=["Ms Park", "Mr Evans", "Lena", "Jean-Luc", "the quartet", "Priya"],
                         inst=["violin", "viola", "cello", "parlour guitar", "OM guitar", "mandolin"],
                         wood=["maple", "walnut", "cedar", "spruce & maple", "cherry"],
                         extra=["darker varnish", "low action", "no inlays", "by spring", "budget ~3k"])),
    "varnish_notes": ("Coat {n}: {kind}, {dry}, {obs}",
                      dict(n=[str(i) for i in range(1, 9)],
                           kind=["oil varnish", "spirit varnish", "shellac", "nitro", "ground coat"],
                           dry=["UV 6 h", "UV 8 h", "air dry 2 days", "24 h"],
                           obs=["even", "slight runs", "colour ok", "too dark", "sand P1200"])),
    "supplier_orders": ("PO-{n}: {q} x {item} from {sup}",
                        dict(n=[str(i) for i in range(100, 160)],
                             q=["1", "2", "3", "5", "10"],
                             item=["spruce tops", "maple backs", "fret wire", "bridge blanks", "hide glue", "pegs"],
                             sup=["supplier #2", "supplier #4", "the tonewood dealer", "the string wholesaler"])),
    "price_list_rows": ("{sku},{item},{p}.00,{s}",
                        dict(sku=["SVC-%02d" % i for i in range(10, 40)],
                             item=["Setup", "Rehair", "Nut", "Saddle", "Cleaning", "Peg fitting", "Seam reglue"],
                             p=["25", "35", "45", "60", "75", "90"],
                             s=["", "1", "2", "5"])),
    "customer_messages": ("Hi, it's {who} -- {q}",
                          dict(who=["Tom", "Mira", "Sofía", "Jörg", "Aoife", "Ravi", "Li Wei"],
                               q=["is the violin ready?", "can I come Thursday?", "thanks again!", "how much for strings?",
                                  "can you call me back?", "the bridge moved again :("])),
    "workshop_search": ("{a} {b}",
                        dict(a=["violin", "viola", "cello", "guitar", "mandolin", "uke", "bow"],
                             b=["strings", "bridge", "case", "pegs", "repair", "setup", "rental", "varnish"])),
    "settings_imports": ("{k}={v}",
                         dict(k=["label.%s" % x for x in ["font", "size", "colour", "margin", "logo", "border"]],
                              v=["auto", "none", "small", "large", "black", "10mm", "true", "false"])),
}


def main():
    rng = random.Random(SEED)
    out = []
    seen = set()
    for cat in CATS:
        lits = CATS[cat]
        assert len(lits) >= 50, (cat, len(lits))
        vals = []
        for v in lits:
            if v not in seen:
                seen.add(v)
                vals.append(v)
        tpl, pools = POOLS[cat]
        keys = sorted(pools)
        while len(vals) < 80:
            v = tpl.format(**{k: rng.choice(pools[k]) for k in keys})
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        vals = vals[:80]
        for v in vals:
            out.append((cat, v))
    with open(os.path.join(HERE, "benign.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, v) in enumerate(out, 1):
            obj = {"id": "hbkb-%05d" % i, "category": cat, "label": "benign", "value": v}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
