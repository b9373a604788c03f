#!/usr/bin/env python3
"""Benign values for the candlemaker held-out corpus (hand-written).

One value per line in each block; the character U+23CE is turned into a newline
and U+21E5 into a tab. Remaining values per category come from one template.
"""
import json
import os
import random

SEED = 28401
PER_CAT = 80
NL, TAB = "\u23ce", "\u21e5"

BLOCKS = {}

BLOCKS["wholesale_orders"] = r"""
Please send 24 x 8oz amber jars, lavender & cedar, to our Leeds shop by Friday.
Order #4471 — 12 cases of tealights (unscented), 6 cases of vanilla pillar 3x6.
Can we drop the fig candles from the order and add two more boxes of sea salt soap?
Re-order same as last time: 36 x Orchard Pear 200g, 36 x Black Fig 200g. Thanks!
Minimum order is £150 right? We're at £142.50 so add 3 wax melts to round up.
PO 2024-0193 | 48 tins travel candle | 24 reed diffusers | net 30
Could you select a mix of winter scents for us? Budget about $400, we trust you.
Hi! Union Street Gifts here — we'd like 60 soap bars, half oatmeal half charcoal.
Ship to: 14 O'Connell Road, Galway. Attn: Siobhán O'Brien
Please hold the order until 3 March; our shop is closed for refurbishment.
Bestellung: 30 Stück Duftkerze „Tannenwald“, 20 Stück Seife Rosmarin. Lieferung nach Köln.
Commande pour la boutique : 18 bougies figue, 18 bougies ambre, livraison avant le 12.
Pedido mayorista: 40 velas de soja aroma naranja y canela. ¿Hacéis envío a Valencia?
注文：ラベンダーのキャンドル 24個、ギフト用の箱も一緒にお願いします。
Заказ: 50 свечей «Хвоя», 20 кусков мыла с мёдом. Оплата по счёту.
Qty 12 -> 24 on line 3 please (the Drop of Rain scent sold out in a day!)
Order total should be $312.00 not $321.00, I think the discount wasn't applied.
Can you do custom labels? Our logo file is at https://cdn.harbourgifts.co.uk/brand/logo.svg
Need these by the 20th — weekend market. If not possible, split shipment is fine.
Please invoice to accounts@thewickandwhistle.com and ship to the warehouse address.
Ordering for 3 stores: Bath (20 units), Bristol (20), Wells (10). Same SKUs for each.
Cancel line 2 (Rose & Oud). Customers found it too strong; replace with Fresh Linen.
We'd like to trial your range: 6 of each scent, samples of wax melts if you have them.
Delivery notes: ring bell twice, loading bay round the back; no deliveries before 9am
Any chance of a 10% trade discount for orders over 100 units?
Order ref WH/0087 – 24 × soy container 30cl “Smoked Birch” – paid by BACS today
Please pack the soaps separately from the candles; last time the smell mixed.
12 x sleep well pillow spray, 12 x sleep candle. Thank you xx
We sell out every December; can we pre-book 200 advent tealight sets for November?
Our VAT number is GB 123 4567 89 — please add it to the invoice.
For order 5520 the boxes arrived crushed; photos attached. Can you resend 4 jars?
Bitte die Rechnung auf Firma „Kerzenstube Müller GmbH“ ausstellen.
Ordine: 10 candele al bergamotto e 10 al fico, spedizione in Italia (Torino).
Zamówienie hurtowe: 30 świec sojowych, zapach wanilia. Faktura VAT proszę.
Re: order 6612 — yes, the backorder for Peppermint Bark can ship with the next batch.
Please confirm: is the 'Midnight Oud' still discontinued, or just out of stock?
Add 2x display stands (wooden, 3-tier) if you still have them; happy to pay £25 each.
Pls send pro-forma invoice first, our finance team needs it before payment.
2 pallets → Rotterdam depot, EXW terms, we arrange the freight.
Order: 20 jars @ $9.50 = $190; 20 tins @ $6 = $120; total $310 + shipping
Can you split our order into two deliveries? One now & one after Easter.
We need candles with no added fragrance for a hospital gift shop — 30 pcs.
The last order was perfect. Same again please, but skip the beeswax tapers.
Switch from glass jars to refillable tins for the eco range (order 7734).
Order for the spa: 40 massage candles (<45°C melt point please), 20 bath soaps.
Drop-ship to customer: Mrs A. Nguyen, 2/17 Harbour St, Fremantle WA 6160
Ship partial: whatever's in stock now; rest when the Sandalwood batch is done.
Bulk request: 5kg unscented soy wax flakes for our kids' craft workshop.
大量注文：ソープ 100個（無香料）、3月末までに必要です。
طلب جملة: ٢٤ شمعة برائحة العود، الرجاء التوصيل إلى دبي
Can I order 1 case only? We're a tiny shop in a village (pop. 800).
Thanks for the quick turnaround! Order 9001 arrived today, all good.
Please use the courier you used in May, they didn't leave it in the rain.
""".strip("\n").split("\n")

BLOCKS["scent_recipes"] = r"""
Lavender & Cedar: 6% FO load — 60% lavender 40/42, 30% cedarwood Atlas, 10% vanilla.
Winter Forest: fir needle 45%, juniper 20%, smoked birch 15%, orange 20%. Cure 14 days.
Add fragrance at 85°C, stir 2 min, pour at 60-65°C. Wick: CD 10 for 8cm jar.
Rose & Oud v3 — dropped oud from 20% to 12%, test burn was headache-inducing.
Soap: olive 40%, coconut 25%, shea 10%, castor 5%, palm-free cocoa 20%. Superfat 5%.
Lye calc: 1000g oils -> 139g NaOH, 330g water (33% lye concentration)
Note: vanillin content > 5% will discolour white wax to tan over time.
Union of two bases: 50/50 soy + coconut wax blend gives better hot throw than soy alone.
Order of adding: dye first at 90°C, then FO at 85°C, then stir.
Sleep blend: lavender 50, chamomile 25, sandalwood 15, bergamot 10 (drops per 100g)
If the wax sweats, drop the oil load by 1% and cure longer.
Citrus top notes flash off — don't add above 80 °C or you'll lose them.
Sea Salt & Sage: ozone accord 30%, sage 30%, driftwood 25%, salt 15%. Blue dye 0.02%.
Bergamot replacement (FCF) for skin products — bergapten-free grade only!
Tonka & Tobacco: warm, 8% load max in coconut-apricot; use ECO 12 wick.
Recette : cire de soja 92 %, parfum 8 %, mèche LX 18. Repos 48 h avant allumage.
Rezept Winterapfel: Apfel 40 %, Zimt 20 %, Nelke 10 %, Vanille 30 %. Max. 10 % Duftöl.
Receta jabón de avena: aceite de oliva 60%, coco 30%, ricino 10%, avena molida 2 cucharadas.
レシピ：ソイワックス 200g、ラベンダー精油 12g、芯は #3。
Рецепт: пчелиный воск 70%, кокосовое масло 30%, эфирное масло апельсина 5%.
For the melts: 100% paraffin-free, 10-12% FO, pour at 70°C into clamshells.
Fig & Cassis — 35% fig, 25% blackcurrant, 20% green leaves, 20% musk. Pretty!
TODO: test 'Honeyed Fig' with CD 12 vs CD 14 in the 30cl tumbler.
Ratio = oil_weight * 0.08; for 450g wax that's 36g fragrance.
Cold process: trace at ~4 min with stick blender; pour at light trace for swirls.
Coffee soap: replace 50% of water with cold brew; expect darker bars & a smell of burnt beans in the lye stage.
Peppermint EO max 3% in soap (skin safety) — IFRA cat 9 limit checked.
Spiced Orange: sweet orange 40%, clove bud 5% (!), cinnamon leaf 5%, vanilla 50%.
For <200 ml jars use HTP 73; for >200 ml go HTP 93.
Beeswax needs a bigger wick — about one size up from soy.
Gardenia v2 (2023-11-04): hot throw weak; try 9% and let cure 3 weeks.
Black Pepper & Vetiver — smoky, "for the dads" — 7% load.
Replace sodium lactate 1 tsp/lb of oils for harder bars.
Dye chips: 1 chip per 500g for pastel, 3 chips for deep colour.
Recipe card template: {{scent_name}} — {{fo_percent}}% — wick {{wick_size}}
Use ${FO_LOAD} = 8 in the spreadsheet; wax weight cell B2, fragrance in B3 = B2*FO_LOAD/100
The "Drop Dead Gorgeous" blend: rose 50, pink pepper 20, amber 30.
Ocean Breeze failed — frosting on top; probably poured too hot (>75°C).
Eucalyptus + mint for the shower steamers: 2:1, citric acid 1 part, bicarb 2 parts.
Honey & oat bar: add 1 tbsp honey per kg at trace, it heats up — put in fridge.
Test log: Amber 8% / CD10 / 3 hr burn / melt pool 7.5cm of 8cm — good.
Lemon verbena & basil — fresh, summer. Pour at 55°C in coconut wax.
Sandalwood substitute: Australian sandalwood is cheaper; blend with cedar 1:1.
Goat milk soap: freeze the milk into cubes before adding lye, keeps it from scorching.
Layered candle: pour 1/3, wait until skin forms (~20 min), then next layer at 60°C.
Mix in order: butters → liquid oils → fragrance → colour → pour.
Wax melts "Cinnamon Swirl": 10% FO, mica 1/4 tsp per 500g, pour 65°C.
Reed diffuser base: 80% DPG-free carrier, 20% FO. 8 reeds per 100 ml.
Fragrance load calculator: fo = wax * pct / (100 - pct) if you're measuring by total weight.
In the sheet, `=B2*0.08` gives the FO grams; `=B2-B3` is the wax left. Don't overwrite row 1!
Cranberry Sleigh is 2% cranberry, 98% marketing ;)
""".strip("\n").split("\n")

BLOCKS["batch_records"] = r"""
Batch B-2024-031: 48 jars Lavender & Cedar, poured 10:40, wax temp 62°C, room 19°C.
Batch 0412 — 30 bars oatmeal soap, cut 2024-04-14, cure until 2024-05-12.
Lot LX-118: wet spots on 6 jars; cause: cold glass. Fix: warm jars to 40°C next time.
Poured 24 x 200g, 2 jars discarded (sink holes), 22 good. Relief pour at 09:15.
Burn test batch 77: tunnelling after 2 hrs; wick up from CD8 to CD10.
Batch record|2024-06-02|Fig & Cassis|36|passed
B-205: sleep blend tins, 60 units, FO lot #FX-3321 (supplier: Aromatica Ltd).
Batch 51 rejected — frosting. Re-melted and re-poured as wax melts.
Soap batch S-88: pH 9.5 at day 7, OK. Zap test negative.
Sat 14 Sept: poured 3 batches, cleaned the pouring pitcher, drop test on jars ok.
Wax lot 4471 / FO lot 2210 / wick lot 9913 / jar lot G-552 — traceability complete.
Temperature log: 85°C add FO → 70°C stir → 62°C pour → 21°C set (overnight).
QC: 2 of 40 candles have off-centre wicks (>3 mm). Marked as seconds.
Batch 2024/09/B3 — "Spiced Orange" — note: clove made the wax a bit orange.
Lote 33: 20 jabones de lavanda, curado 4 semanas. Peso medio 112 g.
Charge 2024-17: 40 Kerzen, Gießtemperatur 60 °C, Dochte ECO 10.
Lot 12 : 24 bougies, température de coulée 58 °C, aucun défaut.
ロット 045：キャンドル 30個、注ぎ温度 60℃、不良 1個。
Партия 9: 50 свечей, температура заливки 65 °C, брак 2 шт.
Batch 300 – scale calibrated with 500g weight before weighing (reads 500.1g).
Sleep tins batch: weights 98g, 101g, 99g, 100g, 102g — avg 100g, within ±3%.
Cure rack A, shelf 2: batches 101-108. Shelf 3: 109-112 (do not sell before 30/10).
Operator: Jess. Second check: Tom. Signed off 16:30.
Melt pool after 1 hr: 5.1 cm; after 2 hrs: 7.9 cm (full). Soot: none. Flame height < 2 cm.
Batch note: dropped one pitcher, ~400g wax lost; remaining 28 jars poured.
Wick trim 5mm; pre-tabbed; glued with glue dots; centred with wooden bars.
Record 2024-112 | Soap | Charcoal & Tea Tree | 42 bars | cut 12/11 | ready 10/12
Re-test batch 87 after 3 week cure: hot throw improved from 2/5 to 4/5.
Fragrance lot FX-9920 smells weaker than previous; asked supplier for CoA.
Line clearance done before switching from Fig to Vanilla (no cross-scent).
Batch 118 labels misprinted: "Lavendar" — reprinted & relabelled before dispatch.
select best 12 from batch 120 for the trade show display
Batch 121: union of leftover wax from 119+120 → "mystery melts" (not for sale as scented).
Humidity 68% — soap taking longer to harden; fan on in cure room.
Pour order: small tins first, then 30cl jars, then 3-wick bowls (they need hotter wax).
Batch 140 — 3-wick bowls, 12 units, wicks CD 6 x3, burn test 4 hrs, no mushrooming.
Batch weights (g): 201;199;203;198;200;202
Reject reason: cracked glass (2), surface bubbles (1), label skewed (3).
Drop in sales of batch 55 scent — keep the remaining stock for the sale bin.
Heat gun used on 18 tops to smooth. Took ~10 s each at low setting.
Soap S-102: gelled fully (towel insulated), colour darker as expected.
Soap S-103: partial gel ring — cosmetic only, still sellable as 'rustic'.
2024-10-03 08:00 start; 11:45 finish; 3 batches; 126 units.
Batch file saved to D:\Workshop\Batches\2024\B-2024-140.xlsx
Logged to /home/jess/workshop/batches/2024-10.csv as well.
Tealights batch TL-9: 500 pcs, cups aluminium, wick pre-tabbed 15 mm.
MSDS for FO lot FX-3400 filed under Safety > Fragrances > 2024.
Testing phase: burn 4 hrs on, 2 hrs off, x3 cycles. All passed.
Batch 150 sleeps until Monday (cure) — don't box it yet!
Wax: 4.2 kg; FO: 336 g (8%); dye: none; jars: 20 × 30cl.
Stamped bottom with batch code & date per GPSR requirement.
Checklist: wax melted && FO added && dye stirred → pour. (yes, I write my notes like code)
""".strip("\n").split("\n")

BLOCKS["safety_notes"] = r"""
Never leave a burning candle unattended. Keep away from children, pets and drafts.
Contains linalool, limonene, coumarin. May produce an allergic reaction.
Trim wick to 5 mm before each use. Do not burn for more than 4 hours at a time.
H317: May cause an allergic skin reaction. H412: Harmful to aquatic life with long lasting effects.
P280 Wear protective gloves. P302+P352 IF ON SKIN: wash with plenty of water.
Lye (NaOH) is corrosive — goggles & gloves; always add lye to water, never water to lye.
Flash point of fragrance oil: > 93 °C. Store below 25 °C away from ignition sources.
Do not burn within 10 cm (4") of another candle. Place on a heat-resistant surface.
Stop use if flame becomes > 5 cm, if the candle smokes, or if the glass is cracked.
SDS section 7: store in a cool, dry place; keep container tightly closed.
Drop the fragrance load for cinnamon — it's a known sensitiser (IFRA restricted).
Kids workshop: only pre-melted wax at < 60°C, no open flames, adults do the pouring.
Soap: wait 4-6 weeks cure before use; pH should be < 10.
Ne jamais laisser une bougie allumée sans surveillance.
Brennende Kerzen nie unbeaufsichtigt lassen. Außerhalb der Reichweite von Kindern aufbewahren.
No deje nunca una vela encendida sin vigilancia.
火のついたキャンドルから目を離さないでください。
Никогда не оставляйте горящую свечу без присмотра.
Wax spill on skin: cool under running water for 10+ min, don't peel off. Seek help if blistered.
Wax fire: smother with a lid or fire blanket — NEVER use water.
UFI: 4H20-50D1-A00G-YN2R (for the poison centre notification)
CLP label must show: supplier name, address, phone, nominal quantity, pictograms, H & P statements.
Fire blanket & CO2 extinguisher mounted next to the melter (checked monthly).
The SDS link: https://candleco.example.org/sds/lavender-cedar-v4.pdf
Safety: eye wash station restocked 02/10. Lye stored in locked cabinet, top shelf.
Don't sleep with a candle burning. Seriously.
Wear an apron; wax at 85 °C causes burns in < 1 s.
Essential oils are not automatically "safe" — check allergens per 100g & the IFRA cert.
Reed diffuser: flammable liquid (H226). Keep away from heat. Do not ingest.
Do not move a candle while lit or while the wax is liquid.
Ventilate the pouring room; open window or extractor fan on level 2.
Allergen declaration threshold: > 0.001% in leave-on, > 0.01% in rinse-off products.
Candle safety pictograms: no unattended burning | keep away from flammables | out of reach of children
Ingredients (INCI): Sodium Olivate, Sodium Cocoate, Aqua, Glycerin, Parfum, Linalool
Electrical: melter on its own circuit; no extension leads; PAT tested 2024-05.
Sicherheitsdatenblatt gemäß Verordnung (EG) Nr. 1907/2006, Abschnitt 2: Mögliche Gefahren.
Fiche de données de sécurité — rubrique 4 : premiers secours. En cas de contact avec les yeux : rincer.
If glass gets too hot to touch (> 60 °C) stop burning; the wick may be too big.
Tealights: always burn in a holder, aluminium cups get hot.
Accident log: 2024-08-12 minor burn (finger), first aid given, no lost time.
Drop test: jars filled and dropped from 1 m onto carpet — checks packaging only.
Stock with flash point < 60 °C goes in the metal cabinet, not the shelf.
Re: customer complaint about soot — advised trimming to 5mm & burning out of drafts.
NaOH beads: H314 Causes severe skin burns and eye damage. P305+P351+P338.
Essential oil of clove: max 0.5% in leave-on; risk of sensitisation.
Keep a 1 m clear zone around the melting pot; no rags, no paper towels nearby.
Mains off & melter unplugged at end of day — checklist item 7.
Safety note for stockists: please display candles unlit. Tester candles only under supervision.
Pet warning: some essential oils (tea tree, eucalyptus) are toxic to cats — avoid in pet range.
Storage: below 30 °C, out of direct sunlight; colours may fade.
SDS revision 5 replaces rev 4 — change: updated section 11 (toxicological info).
""".strip("\n").split("\n")

BLOCKS["stockist_messages"] = r"""
Hi there! We're a small gift shop in Whitby and love your candles. Do you do wholesale?
Thanks so much, the candles flew off the shelves this weekend. Reorder coming tomorrow.
Quick q: do you have tester candles or sample jars for our display?
Could you send us your lookbook & price list? Our email is hello@seasidestore.co.uk
Afraid two of the jars arrived cracked — photos attached. Can you replace?
Our customers keep asking for an unscented option; anything in the pipeline?
Hey! Just a heads-up, we'll be closed 24 Dec – 2 Jan, so please don't ship then.
We'd love to drop a few of the heavier scents and go lighter for spring. Suggestions?
Bonjour, nous sommes une boutique à Lyon, est-ce que vous livrez en France ?
Hallo, wir würden gerne Ihre Seifen in unserem Unverpackt-Laden anbieten.
Hola, ¿tenéis catálogo para tiendas? Somos una librería-café en Sevilla.
こんにちは、東京の雑貨店です。卸売りは可能でしょうか？
Здравствуйте! Мы магазин подарков в Риге, интересует опт.
Hi — is the 'Midnight Oud' coming back? People ask about it every day 🙏
The new labels look gorgeous! Can we have shelf talkers too?
Sold out of Sea Salt & Sage again. Please let me know when there's more.
Love the candles but the lids are a bit loose — they slide off in the gift bags.
Can I feature your products on our Instagram? We'll tag @wickandwhistle.
Re: your email of 12/04 — yes, invoice paid; remittance attached.
Our POS needs barcodes (EAN-13). Do your products have them?
Hi, we are opening a 2nd shop in Harrogate in May & want to stock you there too!
The smell of the Fig & Cassis is amazing — customers literally stop at the door.
Sorry, we need to cancel the order; the shop flooded (long story). Will reorder later.
Any chance you'd do an exclusive scent for our shop? We'd take 100 units.
Thank you for the handwritten note in the box, such a lovely touch :)
Hi, courier says 'delivered' but we never got it. Tracking: JD0002123456789
Can you send SDS for all scents? Our insurer asks for them.
We're doing a 'meet the maker' evening on 7 Nov 6-8pm; would you like to come?
Is there a union of UK craft makers you belong to? Our customers like that story.
Hi, quick note: your website's wholesale login isn't working for me (error 500).
We use Faire; are you listed there? Otherwise direct is fine.
Could you ship with less plastic? We're a zero-waste shop.
Hi, 5 of the soap bars sweated in the box (humid week) – is that normal?
OK to display the candles lit in a glass cloche? Or better not?
We'll pay the outstanding invoice on Friday when the owner's back. Sorry for the delay!
The prices went up by 8% — is that permanent? Makes our margin tight.
Hi love, any news on that order? Customer waiting for 3 of the Rose jars for a wedding.
Please remove me from the newsletter but keep me on the wholesale list, thanks.
Hej! Vi har en liten butik i Malmö och vill gärna beställa era ljus.
Ciao, siamo un negozio a Bologna. Avete un listino prezzi all'ingrosso?
Saw your stall at the Spitalfields market — are you open to stockists in Ireland?
Do you offer sale-or-return? We're new and can't risk much stock yet.
We prefer invoices as PDF, not as links; our accountant can't open the portal.
Hiya, Christmas range — when will samples be ready? We plan our windows in Sept.
Could the candles come pre-priced? Stickers at £18 each please.
Customer said the candle "sleeps" after an hour (flame drowns). Wick too small?
Hi, it's Priya from Bloom & Bough. Loving the new tins! Send 24 more of each?
Is your packaging recyclable? We want to put it on a sign.
Can I swap the 6 Oud jars for 6 Vanilla Bean? Unopened, in the original box.
Thank you!!! Best seller this month by far.
Tealight sampler sells at $5 on our market stall; 3 for $12 — could we get 40 more?
السلام عليكم، نحن متجر في عمّان ونرغب في طلب شموعكم.
안녕하세요, 서울에 있는 소품샵입니다. 도매 가능한가요?
""".strip("\n").split("\n")

BLOCKS["price_list_rows"] = r"""
SKU;Name;Size;Wholesale;RRP
LC-200;Lavender & Cedar;200g;9.50;19.00
FC-200;"Fig & Cassis";200g;9.50;19.00
TL-50;Tealights unscented (50 pack);50;6.20;12.00
sku,name,price_gbp,price_eur,moq⏎SS-30,Sea Salt & Sage 30cl,12.00,14.00,6⏎OD-30,Midnight Oud 30cl,13.50,15.80,6
SOAP-OAT,Oatmeal soap bar 110g,3.20,6.50
"RO-20","Rose & Oud, 20cl",11.00,22.00
MELT-6;Wax melts 6 cubes;2.40;5.00;12
DIF-100⇥Reed diffuser 100ml⇥8.00⇥16.00
GIFT-BOX,"Gift box (3 x tins) — Christmas",15.00,30.00
Price list valid from 01/01/2025; prices exclude VAT (20%).
MOQ per SKU: 6 units; order minimum £150; free delivery > £300
TRAVEL-TIN,Travel tin 80g,4.10,8.00,12
BW-TAPER,Beeswax taper pair,5.50,11.00,10
Artikel;Bezeichnung;Inhalt;EK netto;UVP⏎K-TANNE;Duftkerze Tannenwald;180 g;8,90;17,90
Réf;Désignation;Prix HT;PVC⏎B-FIG;Bougie figue 200 g;9,50 €;19,00 €
Código;Producto;Precio mayorista;PVP⏎V-NAR;Vela naranja y canela;8,50;17,00
品番,商品名,卸価格,希望小売価格⏎JP-LAV,ラベンダーキャンドル,1200,2400
CS-3W,3-wick bowl Cinnamon Swirl,18.00,36.00,4
"SAMPLE-SET","Sample set (6 x 20g) — not for resale",0.00,0.00
"Drop ship fee",per order,3.50,
"Pallet rate (UK mainland)",flat,85.00,
DISC-10,Trade discount 10% on orders > 100 units,-10%,
Name,Price⏎"O'Connor's Blend",10.00
SLEEP-T,Sleep well tin,4.80,9.50,12,"lavender, chamomile"
PEPPER-V,Black Pepper & Vetiver 30cl,13.00,26.00,6,"new for AW25"
"Union Jack jar (limited)",12.50,25.00,6
"Select range: Amber, Fig, Oud",,,
REFILL-30,Refill wax pouch 30cl,7.00,14.00,6,eco
| SKU | Name | Trade | RRP |⏎|-----|------|-------|-----|⏎| LC-200 | Lavender & Cedar | 9.50 | 19.00 |
price_eur = price_gbp * 1.17 (rounded to .x0)
=SUM(D2:D40) total value of stock at trade
Shipping bands: 0-2kg £6.50; 2-10kg £9.95; >10kg £14.00
"Soap, charcoal & tea tree",3.40,6.80,10
"Soap, goat milk & honey",3.60,7.20,10
SOAP-SAMPLER,"Soap sampler (5 x 30g)",5.00,10.00,6
MATCH-BOX,Luxury matches (long),1.20,3.00,24
SNUFFER,Brass wick snuffer,4.50,9.00,4
TRIMMER,Wick trimmer (black),6.00,12.00,4
STAND-3T,Display stand 3-tier (wood),25.00,,1
# comment: prices below revised 2025-02 after wax cost increase (+12%)
LC-200;Lavender & Cedar;200g;10.20;19.50  (was 9.50/19.00)
id	sku	name	trade	rrp
US list: LC-8OZ,Lavender & Cedar 8oz,$11.00,$22.00
AU list: LC-200,Lavender & Cedar 200g,A$18.00,A$36.00
CH list: LC-200;Lavendel & Zeder;CHF 12.50;CHF 25.–
"Advent tealight set (24)",14.00,28.00,4,"pre-order by 30/09"
"Pillar 3x6 ""Vanilla"" white",7.50,15.00,6
HOLDER-GLS,Glass tealight holder,1.50,3.50,24
CLEARANCE,"Seconds — cosmetic flaws only",50% off,
total rows: 48; last updated by Jess 2025-01-03
""".strip("\n").split("\n")

BLOCKS["product_search"] = r"""
lavender candle
fig and cassis
soy wax tealights unscented
vegan soap
candle for sleep
oud
christmas candle set
gift box under £30
3 wick candle
beeswax tapers
wax melts
candle < 20 pounds
unscented candle for hospital
refill pouch
drop earrings
union jack
select scent
order status
how to trim wick
why does my candle tunnel
best seller
sea salt & sage
rose & oud
black pepper vetiver
soap without palm oil
goat milk soap
charcoal soap for acne
reed diffuser refill
kerze lavendel
bougie parfumée figue
vela de soja
ラベンダー キャンドル
свеча ваниль
travel tin
pet friendly candle
candle 8oz amber jar
"fig & cassis" 30cl
lavender -oud
candle OR diffuser
scent: citrus
cinnamon swirl melts
sleep well
sample set
wholesale price list
sds lavender
allergens coumarin
candle wick trimmer
brass snuffer
matches
eco refill
advent tealight
wedding favours mini candles
personalised label candle
candle 200g
soap 110g
""".strip("\n").split("\n")

BLOCKS["customer_profiles"] = r"""
Siobhán O'Brien
Zoë D'Arcy-Smith
Jean-Luc Müller
Dr. Amara Okafor-Jones
Tomás Ó Briain
Ahmed Al-Farsi
María José García-López
李小龙
山田 花子
Ольга Смирнова
Kaʻiulani Kealoha
Björn Ångström
The Wick & Whistle Ltd.
Bloom & Bough (Priya)
O'Neill's Gifts & Homeware
Notes: prefers Tuesday deliveries; dog in yard (friendly).
Allergic to cinnamon — never send samples with cinnamon/clove.
Bio: Candle lover since 2012. Scents I like: fig, cedar, anything "woodsy" <3
Address line 2: Unit 4, Old Mill Yard
Apt #12B, 45 Rue de la Paix
c/o Post Office, Main St.
14 O'Connell Road; Galway; H91 XK2T
PO Box 77, Fremantle WA 6959
priya+wholesale@bloomandbough.co.uk
jess.t@mail.example.com
+44 (0)7700 900123
+1 (555) 010-2233 ext. 4
Preferred contact: email > phone > SMS
Company: Kerzenstube Müller GmbH, USt-IdNr. DE123456789
Instagram: @fig.and.flame
Website: https://www.harbourgifts.co.uk/shop?ref=wickandwhistle
Customer since 2019 · 14 orders · avg £210
Tags: wholesale; north-east; eco-focus; sale-or-return
Delivery instructions: leave at side gate if no answer — NOT in the bin!
Language: Deutsch / English ok
Birthday: 03/07 (send a 10% voucher)
"Call me Bex" — Rebecca Lloyd-Hughes
I'm a nurse & night-shift worker, so please email rather than call.
Shop hours: Mon–Sat 10:00–17:30; closed Sun & bank holidays
Favourite scents: Fig & Cassis; Sea Salt & Sage; Drop of Rain
Do not contact about marketing (GDPR opt-out 2024-05-01)
Account manager: Tom. Credit limit: £1,000. Terms: 30 days.
Secondary email: accounts@kerzenstube-mueller.de
Username: candle_queen_88
Display name: ✨ Waxy Wendy ✨
Pronouns: they/them
Bio: Soap maker & ceramicist. Sells at Stroud farmers' market every 2nd Sat.
Referral: heard about you from Union Street Gifts
Old address (moved 2023): 9 Station Rd — don't ship here
Notes: slept through the doorbell twice — use the safe-place option
Tax exempt: no
Nickname: Mr. "Select" Selby (he picks the best scents, lol)
About me: I run a tiny B&B and put your tealights in every room 🕯️
""".strip("\n").split("\n")

BLOCKS["workshop_bookings"] = r"""
Booking for 2 — Saturday candle-making class, 10am. Names: Anna & Mark.
Hen party of 8 on 15 June, is the soap workshop suitable? One guest is pregnant.
Can I book the kids' wax-melt session for my daughter's 9th birthday (6 kids)?
Wheelchair access needed — is the workshop on the ground floor?
Gift voucher code XMAS-2024-7781, redeeming for the 12 Oct class.
Please cancel my booking for Sunday; I've got flu. Can I move to next month?
We're a team of 12 from the office — private session for team-building, any date in May?
Allergies: I'm sensitive to lavender; can I use a different oil?
Dietary: vegetarian (for the afternoon tea add-on).
Arriving by train; is there a taxi rank nearby or should we walk (~15 min)?
Hi, can I bring my own jar? It was my grandmother's tea cup.
Buchung für 3 Personen, Kerzenkurs am 5. Oktober, bitte auf Englisch.
Réservation pour 2 personnes, atelier savon le samedi 14 à 14 h.
Reserva para 4 personas, taller de velas, el domingo por la tarde.
キャンドル作り体験を2名で予約したいです。6月10日の午後は空いていますか？
Запись на мастер-класс по мыловарению на 2 человека, суббота.
Is there parking? We'll come by car (2 adults, 1 teen of 15).
Time: 14:00–16:30; I might arrive 10 min late — start without me.
Group: "Mums who Make" — 10 people, Thursday evenings, 4-week course?
Is 11 too young for the soap class (lye)? She's very careful!
Booking ref #WK-2207 — can I add a third person?
Payment: I'll pay the remaining £45 on the day by card.
Please note: I'm deaf; I lip-read, so please face me when explaining steps.
Can we drop the afternoon tea and just do the class? Is it cheaper?
Sleepover party kit: do you do take-home kits for 6? (no heat needed)
Date options: 1) 3 Aug 2) 10 Aug 3) 17 Aug — whichever has space.
I attended in March & loved it! Want to book the advanced 3-wick class now.
Need invoice addressed to our company (Northgate Dental) for staff social.
Special request: birthday candle with the name "Zoë" on the label.
Can we play music during the private session? We'll bring a speaker 😄
Workshop for a care home group (8 residents, 3 carers); shorter session, seated.
Is the class in English? My friend speaks mostly Portuguese.
Book: Soap Swirls 101 | 2 seats | Sat 9 Nov | 10:00
Hi! Following up on my booking request from last week, still keen!
The union of two friends: we're booking for a 'friendship candle' — two scents blended.
Message for instructor: I'm left-handed, if that matters for the pouring.
Can 2 people share one candle kit (budget)?
Reschedule from 12/10 to 19/10 please. Same time.
We want to select our own scents beforehand — can you email the list?
Maximum group size? We're 14 + 2 toddlers (toddlers stay with dad outside).
Birthday theme: Harry Potter. Could we make "potion" candles? 🪄
My booking confirmation says 'undefined' for the time — what time is it?
Do I need to wear old clothes? Wax drips, I assume.
Bank holiday Monday class — is it running?
Booking comment: celebrating 25 years married! Surprise for my wife.
We'll be 6 — 4 adults + 2 kids (8 & 10). Kids do melts, adults do jars?
Can I bring my assistance dog (Labrador, very calm)?
Time zone: I'm in Dublin, booking the online class — is 7pm GMT or BST?
Online class: do I need a thermometer? What's the shopping list?
Shopping list for online class: 500g soy wax, 30 ml FO, 2 wicks, a jug, a pan
Class full? Put me on the waiting list please, any Saturday.
""".strip("\n").split("\n")

BLOCKS["newsletter_drafts"] = r"""
Hi {{first_name}}, our autumn range is here! 🍂 Fig, Cedar & Smoked Birch.
Subject: The candles you asked for are back ✨
Dear ${customer.name}, thank you for stocking us this year.
**New:** Black Pepper & Vetiver — smoky, warm, and *very* good.
Use code AUTUMN10 for 10% off until Sunday. (Not valid on gift cards.)
Shop the sale → https://wickandwhistle.example.com/sale?utm_source=newsletter&utm_medium=email
# Winter workshop dates⏎- 9 Nov: Soap Swirls⏎- 16 Nov: 3-wick candles⏎- 7 Dec: Christmas wreath candles
We've had to drop Midnight Oud from the range — the oil was discontinued. 😢
Behind the scenes: how we select and test each scent (it takes ~6 weeks!)
Sleep better: 5 tips + our Sleep Well tin (lavender, chamomile, sandalwood).
Order by 18 December for UK delivery before Christmas. Overseas: order by 10 Dec.
Our prices rise 8% on 1 Feb — stock up before then.
P.S. Reply to this email and tell us your favourite scent — we read every one.
You're receiving this because you signed up at {{signup_source}}. Unsubscribe: {{unsubscribe_url}}
Liebe Kundinnen und Kunden, unser Herbstsortiment ist da! 🍁
Chers clients, découvrez notre nouvelle bougie « Figue & Cassis ».
Queridos clientes: ¡llegó la colección de invierno!
秋の新作キャンドルが入荷しました。
Новая осенняя коллекция уже в продаже!
Candle care 101: trim to 5mm; first burn until the melt pool reaches the edge; never > 4 hrs.
A union of two favourites: Fig & Cassis meets Lavender & Cedar in our new duo box.
Meet the maker: Jess started pouring candles in her kitchen in 2016 — now we're a team of 4.
<p>Hello {{first_name}},</p> — (draft in the email builder, not yet sent)
Stockists near you: Leeds, Whitby, Harrogate, Bath, Bristol & Galway.
Why soy? It burns cooler & cleaner, and it's renewable. But it's not magic; trim your wicks!
We're closed 24 Dec – 2 Jan. Orders placed then will ship on 3 Jan.
Drum roll... 🥁 the Advent tealight set is back for pre-order.
Greetings from the workshop! It smells like cinnamon & orange in here all week.
Survey: which scent should we bring back? A) Drop of Rain B) Midnight Oud C) Sea Fig
Re-send to non-openers with subject: "Did you miss this?" 
Footer: Wick & Whistle Ltd · Unit 4, Old Mill Yard · Registered in England 01234567
Template vars: {{first_name|default:"friend"}} / {{last_order_date}} / {{points_balance}}
Hey {{ first_name }}! You've got {{ points_balance }} points — that's a free tin!
Select your favourites from the new range and get free shipping over £40.
Warning: candles love attention — never leave one burning unattended. 🔥
This month's charity: 5% of sales go to the local hospice.
Free wax melt with every order over £25 (while stocks last).
Happy #NationalCandleDay! Share a pic with #wickandwhistle for a chance to win.
Draft 3 — shorter intro, moved the workshop dates to the top.
Email A/B test: subject A "New scents" vs B "Smells like autumn"; send 10%/10% then winner.
Our wholesale catalogue for 2025 is ready; reply "CATALOGUE" and we'll send the PDF.
The story of "Drop of Rain": petrichor, wet stone and a hint of green moss.
New soap: Goat Milk & Honey. Gentle, creamy, and the bees say hi 🐝
Soap tip: keep bars on a draining dish — they last 2x longer.
Last call: only 12 Advent sets left!
Thank you for 10,000 candles poured this year — we couldn't do it without you.
Save the date: Christmas open studio, Sat 30 Nov, 11-4. Mulled wine & mince pies.
Recipe corner: make your own wax sachets — melt 100g wax, add 10g dried lavender, pour into moulds.
Delivery update: Royal Mail strikes 1-4 Dec may delay orders.
Pricing in ${currency} is shown at checkout; EU customers pay no import VAT under €150.
Sign-off: Warmly, Jess & the W&W team
Builder tip: type `{{first_name}}` exactly — `{first_name}` with single braces shows up as text.
""".strip("\n").split("\n")

# ---- one template per category, filled from hand-written pools ----
SCENTS = ["Lavender & Cedar", "Fig & Cassis", "Sea Salt & Sage", "Smoked Birch",
          "Spiced Orange", "Drop of Rain", "Tonka & Tobacco", "Sleep Well",
          "Black Pepper & Vetiver", "Vanilla Bean", "Honeyed Fig", "Winter Forest"]
SIZES = ["80g tin", "200g jar", "30cl tumbler", "3-wick bowl", "20cl amber jar"]
SHOPS = ["Bloom & Bough", "Harbour Gifts", "Union Street Gifts", "Kerzenstube Müller",
         "The Wick & Whistle", "O'Neill's Homeware", "Seaside Store", "Fig & Flame"]
DAYS = ["Monday", "Tuesday", "Thursday", "Friday", "next week", "the 14th", "end of month"]
WICKS = ["CD 8", "CD 10", "CD 12", "ECO 10", "HTP 73", "LX 18"]
NAMES = ["Anna", "Mark", "Siobhán", "Priya", "Tomás", "Zoë", "Ahmed", "Olga", "Jess", "Bex", "Hanako"]
SURN = ["O'Brien", "Smith", "Müller", "García", "Nguyen", "Okafor", "Lloyd-Hughes", "Ó Briain", "Kim"]
CLASSES = ["Soap Swirls", "3-wick candles", "Wax melts for kids", "Container candles", "Wreath candles"]
QUERIES = ["candle", "soap", "melts", "diffuser", "tin", "gift set", "tealights"]
ADJ = ["unscented", "vegan", "large", "small", "refill", "christmas", "woody", "floral", "citrus"]
TOPICS = ["new scent", "workshop dates", "price update", "holiday hours", "stockist spotlight",
          "candle care tip", "soap of the month"]


def fill(cat, r):
    if cat == "wholesale_orders":
        return "Please add %d x %s %s for %s, delivery %s." % (
            r.choice([6, 12, 18, 24, 36, 48]), r.choice(SCENTS), r.choice(SIZES),
            r.choice(SHOPS), r.choice(DAYS))
    if cat == "scent_recipes":
        a, b = r.sample(SCENTS, 2)
        return "%s base %d%% + %s %d%%, wick %s, pour at %d°C" % (
            a, r.choice([50, 60, 70]), b, r.choice([20, 30, 40]), r.choice(WICKS),
            r.choice([55, 58, 60, 62, 65]))
    if cat == "batch_records":
        return "Batch B-2025-%03d | %s | %d units | %s | rejects: %d" % (
            r.randint(1, 300), r.choice(SCENTS), r.choice([12, 24, 36, 48]),
            r.choice(SIZES), r.randint(0, 3))
    if cat == "safety_notes":
        return "%s: contains %s; %s" % (
            r.choice(SCENTS), r.choice(["linalool", "limonene", "coumarin", "eugenol", "citral", "geraniol"]),
            r.choice(["may cause an allergic skin reaction.", "keep away from children.",
                      "do not burn more than 4 hours.", "trim wick to 5 mm.",
                      "store below 25 °C."]))
    if cat == "stockist_messages":
        return "Hi, %s here — could we get more %s before %s? Thanks!" % (
            r.choice(NAMES), r.choice(SCENTS), r.choice(DAYS))
    if cat == "price_list_rows":
        s = r.choice(SCENTS)
        code = "".join(w[0] for w in s.replace("&", "").split()).upper()
        trade = r.choice([8.5, 9.5, 10.2, 11.0, 12.0, 13.5])
        return '%s-%d,"%s %s",%.2f,%.2f' % (code, r.choice([80, 200, 300]), s,
                                            r.choice(SIZES), trade, trade * 2)
    if cat == "product_search":
        return "%s %s %s" % (r.choice(ADJ), r.choice(SCENTS).lower(), r.choice(QUERIES))
    if cat == "customer_profiles":
        return "%s %s, %s" % (r.choice(NAMES), r.choice(SURN), r.choice(SHOPS))
    if cat == "workshop_bookings":
        n = r.randint(1, 6)
        return "Book %d place%s on %s, %s please — %s" % (
            n, "" if n == 1 else "s", r.choice(CLASSES), r.choice(DAYS),
            r.choice(NAMES) + " " + r.choice(SURN))
    if cat == "newsletter_drafts":
        return "Hi {{first_name}}, this week: %s — %s" % (
            r.choice(TOPICS), r.choice(SCENTS))
    raise KeyError(cat)


def decode(v):
    return v.replace(NL, "\n").replace(TAB, "\t")


def main():
    r = random.Random(SEED)
    here = os.path.dirname(os.path.abspath(__file__))
    seen = set()
    rows = []
    for cat, lits in BLOCKS.items():
        vals = []
        for v in lits:
            v = decode(v)
            assert 1 <= len(v) <= 2000, v
            assert v not in seen, ("dup", v)
            seen.add(v)
            vals.append(v)
        assert len(vals) >= 50, (cat, len(vals))
        vals = vals[:PER_CAT]
        tries = 0
        while len(vals) < PER_CAT:
            tries += 1
            assert tries < 10000, cat
            v = fill(cat, r)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            rows.append((cat, v))
    with open(os.path.join(here, "benign.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "hbjo-%05d" % i, "category": cat,
                                "label": "benign", "value": v}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
