#!/usr/bin/env python3
"""Benign corpus for the winery / vineyard management app. Standard library only."""
import json
import os
import random

SEED = 14301
PREFIX = "hbe3"
PER_CAT = 80
rng = random.Random(SEED)

CATS = {}

CATS["harvest_log"] = [
    "Block 7 Pinot Noir picked 06:10-11:40, 4.2 t, Brix 23.8",
    "Cab Sauv rows 12–18 — hand-picked, sorted twice, ~3.1 tonnes",
    "Night harvest Chardonnay Block C; temp at crusher 11 °C",
    "Select only clusters with no botrytis; drop the rest on the ground",
    "Rain stopped at 2pm, resumed picking at 3:30 — yield down ~15% vs 2022",
    "Crew of 14 (Miguel's team) + 3 volunteers from the wine club",
    "Merlot block 4 → bins 1-22, tonnage 5.6 t, sent straight to destemmer",
    "Sampled 200 berries from rows 3/5/7/9; avg Brix 24.1, pH 3.42, TA 6.1 g/L",
    "Frost damage on lower rows <5% — not worth a separate pick",
    "Shiraz B2: birds hit the north end hard, netting went up too late",
    "Pickers asked: do we drop the second crop? Answer: yes, drop it",
    "Harvest order: Sauv Blanc > Pinot Gris > Chardonnay > Pinot Noir",
    "Zinfandel at 26.5 Brix, raisining on the shoulders; pick tomorrow at 5am",
    "Lese Riesling Steillage, Parzelle 14: 1,8 t, 92 °Oe",
    "Vendange manuelle parcelle « Les Graves » — 38 hl/ha, belle maturité",
    "Vendemmia Sangiovese vigna alta, 2,4 t, grado zuccherino 22,9 °Bx",
    "Vendimia Tempranillo finca norte: 6.300 kg, pH 3,55",
    "甲州 収穫 区画3 — 糖度 19.2°Bx、天候晴れ",
    "Сбор Рислинга, участок 2: 1,2 т, сахар 21 °Bx",
    "Tractor #3 broke down mid-row; finished the pick with the quad & trailer",
    "Picking bins washed with citric + SO2 solution before use",
    "Pinot rows 1-40 sorted on the table; MOG (material other than grapes) < 2%",
    "Grower contract: Smith Vineyard, 8 t Syrah @ $2,800/t, delivery Tue",
    "Note to self — don't drop fruit on the road again, lost half a bin",
    "Weighbridge ticket #44817, gross 12,440 kg, tare 8,210 kg, net 4,230 kg",
    "Block 9 old vines (planted 1932) – yield tiny but the fruit is gorgeous",
    "Pick window: Sept 14–18 if the heat spike holds off",
    "Machine harvest Block F; shaker speed 420 rpm, 0.9 t/row",
    "Crew lunch at 12:30 under the oak, O'Brien family bringing tamales",
    "Grapes arrived at 32 °C – cooled in the cold room overnight before crush",
    "Bin labels: BLK12-CS-0923-01 through -18",
    "Whole-cluster 30% for the Pinot, rest destemmed; no crushing",
    "Sunburn on west-facing side; sorted out maybe 1 in 20 clusters",
    "Final tally 2023: 142.6 t across 11 blocks (vs 128 t budget)",
    "Veraison ~50% in Block 2, ~80% in Block 5 — expect 5-6 weeks to harvest",
    "Skipped rows 21–24: mildew. Will spray & re-check next week",
    "Petit Verdot — tiny berries, inky juice, Brix 25.0 / pH 3.61",
    "Drop 'the last two rows' from the pick list, owner wants them for ice wine",
    "Cold soak started immediately, dry ice on top of the bins",
    "Yield estimate: clusters/vine × cluster weight × vines/acre ÷ 2000 = 3.4 t/ac",
    "Harvest select started at 6; select pickers from the roster by seniority",
    "Block 3 union crew (Local 54) starts Monday – check timesheets",
    "Picked the rows in order by ripeness, not by row number",
    "Delete the duplicate entry for bin 14, I typed it twice",
    "Grenache from Moreno's plot came in at 27 Brix — way overripe, water back?",
    "Pickers were paid per bin: 18 bins × $42 = $756",
    "Rain 12 mm overnight -> wait 48 h before picking the Sauvignon",
    "Botrytis sorting for the late-harvest Sémillon: only noble rot, no grey rot",
    "Today's pick: Pinot Meunier, Block M, 3.8 t, 20.5 °Bx (sparkling base)",
    "Hand harvest finished. Thanks everyone!!! 🍇🍷",
    "Wind damage on the trellis end posts in row 30; fix before next season",
]

CATS["cellar_records"] = [
    "Barrel #F-2219 topped up with 2 L of 2022 Cab, SO2 added 30 ppm",
    "Tank 4 → Tank 7 racking, 4,200 L, lees left behind ~180 L",
    "Racked off gross lees; nitrogen blanket on the receiving tank",
    "New French oak (Tonnellerie Taransaud), medium+ toast, 225 L × 12",
    "Barrel 114 smells a bit of VA — sample for lab, don't top from it",
    "Batonnage weekly for the Chardonnay barrels (Mon) until Dec",
    "Tank 12 temp set to 14 °C; ferment slowing, 2.1 °Bx left",
    "MLF complete in T3 & T5 (paper chromatography, no malic spot)",
    "Tank 9 cap: punch-downs 3×/day, pump-over 1× at 4pm",
    "Cleaned T2 with caustic, then citric rinse, then hot water — ready",
    "Bung missing on barrel 87!! Topped & replaced, check for oxidation",
    "Barrel inventory: 312 total, 48 new, 96 one-year, rest neutral",
    "Move barrels rack A1-A6 to the new cellar; forklift booked Thursday",
    "Sulphur wick burned in empty barrels 201–215 for storage",
    "Fass 12 (Eiche, 500 L) mit Spätburgunder gefüllt, 18.09.",
    "Barrique n°33 : ouillage fait, SO2 libre 28 mg/L",
    "Botte grande 20 hl, Nebbiolo 2021, travaso fatto il 3/11",
    "Tank 6 is leaking at the valve flange; drained to T8 overnight",
    "Added 25 g/hL tartaric acid to T1 – TA from 5.2 to 5.9 g/L",
    "Inoculated T10 with EC-1118 at 25 g/hL; rehydrated in GoFerm",
    "DAP addition 150 mg/L at 1/3 sugar depletion, T4 and T11",
    "Pressed T3 at 0 Brix: free run 2,950 L, press fraction 420 L (kept separate)",
    "Stuck ferment in T14 — restart with acclimated yeast, 1:1 dilution steps",
    "Cold stabilization: T2 at -2 °C for 3 weeks, conductivity test passed",
    "Filtration 0.45 µm sterile before bottling; integrity test OK at 23 psi",
    "Bottling run: 7,200 btl Rosé 2023, screwcap, 12 bottles/case",
    "Drop the old barrel log sheet; we use the app now",
    "Tank 2 > Tank 5 (blend), then back to Tank 2 after cleaning",
    "Topping schedule: every 3 weeks; last topped 10/02, next 10/23",
    "Barrel weight before/after topping: 274 kg / 276 kg",
    "Dry ice during transfer to keep O2 < 0.5 mg/L",
    "Ullage in barrels 40-60 ~1.5 L each after the heat wave",
    "Barrel cooper's note: \"hoop #3 loose\" — tightened",
    "Label tanks with the lot ID, e.g. 23-PN-BLK7-WC30",
    "Egg (concrete, 1,600 L) filled with Grenache Blanc, no temp control",
    "Amphora #2: skin contact Pinot Gris, 21 days so far, tasting daily",
    "Sample pulled from T7 through the racking valve for the lab",
    "T11 lid open — fruit flies everywhere. Close it!!",
    "Barrel sorted by cooper | forest | toast | fill date",
    "Tank volume calc: π × r² × h → 3.14 × 1.2² × 2.6 = 11.76 m³",
    "Transferred 1,100 L from T5 to barrels 301-305 (220 L each)",
    "Sediment ~2 cm at bottom of T8; rack again in Jan",
    "Tartrate crystals on the inside of T3 — scrape before next fill",
    "Fill level in barrels <95%? Top them. >99%? Leave a little headspace",
    "Drained & pressed T12 — pomace to the compost pile by the creek",
    "Barrel 19 → sell as a planter, it's cracked at the croze",
    "Tank farm walkthrough at 7:30; report any pump/valve issues",
    "Chêne américain vs français : on compare les 2 lots en janvier",
    "酒槽 5号 — 温度 16°C, 发酵正常",
    "Note: Barrel 202 is a 'keeper' — set aside for the reserve blend",
    "Nitrogen cylinder swapped out; 2 left in the cage",
]

CATS["lab_analysis"] = [
    "pH 3.48, TA 6.2 g/L, Brix 24.3",
    "Free SO2 22 mg/L, total SO2 86 mg/L, molecular SO2 0.52 mg/L",
    "VA 0.58 g/L (acetic) — watch it, limit is 1.2 g/L for red",
    "YAN 168 mg N/L → add DAP to reach ~250",
    "Malic acid < 0.1 g/L; MLF done",
    "Residual sugar 1.8 g/L (glucose + fructose), dry",
    "Alcohol 14.2% v/v by ebulliometer, 14.0% by NIR",
    "Turbidity 1.2 NTU after filtration (<2 target ✓)",
    "Heat stability: haze at 80 °C / 6 h → bentonite 40 g/hL trial",
    "Brett scan (qPCR): < 10 cells/mL, ok",
    "4-EP 310 µg/L in barrel 114 — above sensory threshold (~425?) soon",
    "Dissolved O2 0.3 mg/L post bottling, headspace O2 0.8 mg/L",
    "Copper 0.2 mg/L, iron 3.1 mg/L",
    "SO2 add = (target – current) × volume / (% SO2 in KMBS × 1000)",
    "If pH > 3.6 then molecular SO2 needs much higher free SO2 — raise to 40",
    "Lab order: Brix, pH, TA; then YAN only if < 200 expected",
    "Sample ID: 23-CS-T7-1005 | pH 3.71 | TA 5.4 | Brix 6.2",
    "Sugar/acid ratio for the Riesling = 21.4 / 9.2 ≈ 2.3",
    "Titration: 5 mL sample, 0.1 N NaOH, endpoint pH 8.2, 8.3 mL used",
    "Ripper method for free SO2, aeration-oxidation for total (double check)",
    "Protein stability test failed on the Sauv Blanc (ΔNTU = 4.5)",
    "Dichte 1,082 g/mL → ca. 20,6 °Bx",
    "Acidité totale 4,1 g/L H2SO4 (≈ 6,3 g/L tartrique)",
    "Anidride solforosa libera 30 mg/L, totale 95 mg/L",
    "Brix drop rate: 2.3 °Bx/day in T9, 1.1 °Bx/day in T10",
    "Hydrometer reading 1.000 at 20 °C → ferment near dry",
    "Spectro: A420 0.21, A520 0.45, hue 0.47, intensity 0.66",
    "Total phenolics 2,450 mg/L GAE; tannin 980 mg/L (MCP)",
    "Tartaric 2.8, malic 0.9, lactic 1.6 (g/L, HPLC)",
    "Send samples to ETS Labs (Healdsburg) — Panel 'Bottling A'",
    "Lab sheet exported as CSV: sample_id,ph,ta,brix,so2_free",
    "Missing TA on row 14 — re-run tomorrow",
    "Calibrate pH meter with 4.01 and 7.00 buffers before every session",
    "Free SO2 went from 32 → 18 in 10 days, barrel room too warm?",
    "Is 0.8 mg/L molecular SO2 overkill for a white with pH 3.2?",
    "Glucose+fructose <2 g/L ⇒ \"dry\" on the label",
    "Lab: VA jumped 0.4 → 0.7 — sort by barrel and check the top 5",
    "Ethyl acetate detected (~150 mg/L) in T14, stuck ferment",
    "Average pH of all Pinot lots: 3.52 (min 3.38, max 3.67)",
    "Cold stability: conductivity drop 3% (pass if < 5%)",
    "糖度 22.5°Bx、pH 3.35、酸度 6.8 g/L",
    "Malolactic: strips show a faint malic spot — re-test in a week",
    "Mercaptan / H2S suspected in T4: copper trial 0.1, 0.2, 0.3 mg/L",
    "Dosage trial: 6, 8, 10 g/L; panel picked 8",
    "Microscope check: healthy yeast, no bacteria rods visible",
    "Re-test SO2 after the sulphur add; expected +20 mg/L",
    "Results 'pending' for lots 23-SY-02 and 23-SY-03",
    "Lab error: sample 7 labelled as 17 — swapped, values corrected",
    "Alcohol (%) ≈ Brix × 0.59 — rough estimate only",
    "Ratio of free:total SO2 should stay ~1:3 for reds here",
]

CATS["blend_recipe"] = [
    "Reserve Cab 2021: 78% Cab Sauv, 12% Merlot, 6% Petit Verdot, 4% Malbec",
    "GSM blend trial A: Grenache 60 / Syrah 25 / Mourvèdre 15",
    "Trial B = A + 3% Viognier co-ferment (cofermented Syrah lot)",
    "Bench blend: 50 mL T3 + 30 mL T7 + 20 mL barrel 114 → too oaky",
    "Scale-up: 5,000 L total; T3 2,500 L, T7 1,500 L, B-lots 1,000 L",
    "Panel (5 people) preferred blend C over D, 4 to 1",
    "Drop the Malbec from the blend; it makes the finish too hard",
    "Union of the two Pinot lots (BLK7 + BLK9) for the estate bottling",
    "Blend order: base wine first, then press fraction, then oak lots",
    "Rosé: saignée from Syrah (70%) + direct press Grenache (30%)",
    "Sparkling cuvée: 60% Chardonnay, 40% Pinot Noir, 15% reserve wines",
    "Assemblage : 85 % Merlot, 15 % Cabernet Franc, élevage 14 mois",
    "Cuvée Tradition — Grenache 55, Carignan 25, Cinsault 20",
    "Uvaggio: Sangiovese 90%, Canaiolo 7%, Colorino 3%",
    "Coupage: Tempranillo 85 %, Graciano 10 %, Mazuelo 5 %",
    "Cuvée \"Old Vines\" = only barrels from Block 9",
    "Blend math: (0.78 × 14.4) + (0.22 × 13.1) = 14.1% ABV",
    "Target: pH ≤ 3.65, TA ≥ 5.5 g/L, ABV 13.5–14.0%",
    "Select blend #4 for the club release; #2 for the tasting room",
    "Sauv Blanc + 10% Sémillon (barrel-fermented) for texture",
    "Field blend from the heritage block — roughly 60% Zin, rest mixed black grapes",
    "Blend 'Tank 2 + Tank 5' — final, locked 11/18",
    "Add 2% press wine back to T3 to give it some grip",
    "Pinot Noir: 30% new oak, 40% 1-yr, 30% neutral",
    "Blending notes for Sam: keep the Merlot ≤ 20% or it goes flabby",
    "Compare A vs B side-by-side, blind, randomised order",
    "Blend table:\n| lot | % | L |\n|---|---|---|\n| T3 | 50 | 2500 |\n| T7 | 30 | 1500 |\n| B114 | 20 | 1000 |",
    "Proportions as fractions: 3/5 Grenache, 1/5 Syrah, 1/5 Mourvèdre",
    "Stop the blend if VA of combined > 0.7 g/L",
    "Red blend \"Kitchen Sink\" — whatever's left in the barrels in June :)",
    "Blend approved by Dana & José — move to bottling schedule",
    "Split: 2/3 to the 750 mL run, 1/3 to magnums",
    "Port-style: fortify at 9 °Bx with 77% grape spirit to 19.5% ABV",
    "Dessert blend: Sémillon 80 / Sauvignon 20, RS 110 g/L",
    "Old recipe (2019): 65/20/15 — bring it back?",
    "Chardonnay blend: 70% barrel (MLF) + 30% tank (no MLF) for freshness",
    "Blend sheet → export to PDF for the compliance folder",
    "'Cellar Blend' is the name for the house red, not a real lot",
    "Final ratios rounded to nearest 0.5%",
    "Merlot lots ranked: T5 > T8 > B203 > B204",
    "Verschnitt: 70 % Riesling, 30 % Weißburgunder",
    "ブレンド案 A：カベルネ 70%、メルロー 30%",
    "Blend ID BL-23-007 includes lots [23-CS-T3, 23-ME-T7, 23-PV-B114]",
    "If the Syrah is too reductive, drop it to 10% and add Grenache",
    "Co-pigmentation trial: Syrah + 5% Viognier skins",
    "Tasting panel notes: C > A > B > D (D too tannic)",
    "Blend of two vintages? Non-vintage label then, remember the rules",
    "Top-up wine for the blend = 2022 Cab, same appellation",
    "Recipe for the staff party punch: rosé + soda + berries (not for sale lol)",
    "Final: 4,980 L blended; 20 L lost in the hoses",
]

CATS["cellar_door_order"] = [
    "2 × Pinot Noir 2021, 1 × Rosé 2023 — pickup Saturday",
    "Please gift-wrap and add a card: \"Happy 40th, Anna!\"",
    "Ship to: 14 O'Connell St, Apt 3B, Portland, OR 97205",
    "Order for Mr. D'Angelo — 6 bottles mixed, club discount 15%",
    "Can you hold my case until next Friday? I'm out of town",
    "Delivery instructions: leave with neighbour at #12 if not home",
    "Corporate order: 48 bottles, invoice to accounts@northbridge-law.example.com",
    "Tasting for 8 on Sunday 2pm; one guest is pregnant, any non-alc options?",
    "Promo code HARVEST23 didn't work at checkout",
    "I'd like to return one bottle — cork was broken (photo attached)",
    "Gift message: Cheers to you & Mike — let's drink this on the deck!",
    "Could I order 3 magnums of the Reserve? Price > $120 each is fine",
    "Please don't ship when temps > 30 °C, it cooked the last order",
    "Pickup name: Zoë Müller-Łukasik",
    "Rechnungsadresse: Weinhandlung Berger, Hauptstraße 5, 1010 Wien",
    "Commande de 12 bouteilles de Chardonnay pour le mariage de Chloé",
    "Vorrei 6 bottiglie del Rosso, consegna a Milano entro il 20",
    "Pedido: 2 cajas de Tempranillo, envío a Madrid",
    "ワインを3本注文したいです。配送は来週でお願いします。",
    "Please add 1 x corkscrew and 2 x branded glasses",
    "Order #10442 — wrong vintage shipped (got 2020, ordered 2021)",
    "Select the \"ship with ice pack\" option please",
    "Cancel order 10459, I double-clicked by mistake",
    "Delete my old address (12 Elm Rd) from my account please",
    "Phone: +1 (707) 555-0134; call before delivery",
    "Wedding order: 10 cases Rosé, 5 cases Sauv Blanc — 25% off >= 10 cases?",
    "My email changed to jamie.o'neill@mailbox.example.org",
    "Bought 3, paid for 4?? Receipt #CD-88213",
    "Card declined but money left my account — please check",
    "Address line 2: c/o Front Desk, Level 5",
    "Same as last time (2 Cab, 2 Merlot, 2 Chard)",
    "Need a tax invoice with ABN 51 824 753 556 for our restaurant",
    "Could the case be split: 6 to me, 6 to my dad in Sacramento?",
    "Pick up at the cellar door between 10–4, or curbside?",
    "Bought a bottle at the tasting room—can I add it to my club points?",
    "Shipping to Canada: is duty included? Order total CA$ 340",
    "Hi! Gift for my boss; budget < $80; she likes bold reds",
    "Mixed dozen: 4 × Shiraz | 4 × Grenache | 4 × Rosé",
    "Notes for packer: fragile <3 — thank you!",
    "Bottles for the school auction (donation letter attached)",
    "Order by phone: Mrs. Nguyễn Thị Hoa, 6 × Riesling",
    "Please ship FedEx Ground, not air",
    "Order for the 'Union Street Bistro' — 24 btl house red",
    "Table for 6 at the cellar door, order by 5pm for the cheese board",
    "Refund to original card please, not store credit",
    "Can I pay the rest at pickup? Deposit $50 paid",
    "Please write \"Do Not Open Till Xmas\" on the box 🎄",
    "Return label didn't print – URL https://shop.example.com/returns/10442",
    "Club member #4471 — apply the 20% pickup discount",
    "Order total: $214.50 incl. tax; tip $10 for the pourer",
]

CATS["club_message"] = [
    "Hi all! Our autumn club release ships Oct 15 — six bottles, two new wines.",
    "Members: pick-up party Saturday 12–4, bring a friend (+1 free)",
    "Can I swap the Sauvignon for another Pinot this shipment?",
    "Please skip my November shipment, we're moving house",
    "Update my card on file — new expiry 09/27",
    "Love the 2021 Syrah!!! Any chance of a magnum?",
    "Our new members' welcome dinner is on the 3rd — RSVP by replying YES",
    "Reminder: club pricing is 20% off bottles, 25% off cases (12+)",
    "How do I pause my membership for 3 months?",
    "Dear club, sadly the 2022 Reserve sold out; we're substituting the 2021",
    "I got two emails about the same order — ignore one?",
    "Can the shipment go to my office instead? 500 Market St, Floor 9",
    "The tasting notes card in the box is great, keep doing that",
    "Wine club → Settings → Preferences → 'reds only' is what I want",
    "Liebe Clubmitglieder, die Herbstlieferung kommt am 15.10.",
    "Chers membres, dégustation exclusive le samedi 14 à 16 h",
    "Cari soci, la spedizione di autunno partirà a metà ottobre",
    "Queridos socios: ¡nueva añada del Garnacha disponible!",
    "会員の皆さま、秋の頒布会は10月15日発送です。",
    "Dear members — the harvest party is on! Dress code: boots 🥾",
    "My husband & I want to upgrade to the 12-bottle tier",
    "Thanks Jess — your note about the barrel tasting made my week :)",
    "Is the pick-up party kid-friendly? We have a 4 yr old",
    "Select my preference as 'mixed' please, not 'white'",
    "How many points do I have? Last statement said 1,240",
    "Message from the winemaker: \"2023 was a cool year — expect finesse, not power.\"",
    "Our sister in Ohio can't receive wine — can we gift the membership to her?",
    "Allergies: I react to sulfites — any low-SO2 wines?",
    "Club shipment 3/4 arrived broken (1 bottle), photo: https://imgur.example.net/a/9Qf2",
    "Can't log in; reset link goes to my old email (bob@oldisp.example)",
    "Please remove me from the SMS list, email only",
    "P.S. the Rosé was gone within a day 😂",
    "Virtual tasting on Zoom Thursday 7pm PT — link will be emailed",
    "We'll drop the price on the library wines for members only — 30%",
    "Could we order a case of the club-only Cab & have it engraved?",
    "For the event: veggie options? Gluten-free? Reply with ✔ or ✘",
    "Just joined! What's the difference between Cellar and Collector tiers?",
    "Question: does the club shipment include the 'order by' discount?",
    "I'm having a <small> gathering Sat — can I buy 3 extra Rosé at club price?",
    "Our club rules (in plain English): 4 shipments/yr, cancel after 2",
    "Delivery window was 9–5 and no one came... tracking says delivered?",
    "Congrats on the gold medal for the 2020 Cab! 🏅",
    "Note: price = $38 × 6 − 20% = $182.40",
    "Hi Sam, can you hold a bottle of the '19 for me? I'll grab it Sunday",
    "Pickup party menu: paella, chorizo, manchego; wines: Tempranillo & Albariño",
    "Reply STOP to unsubscribe from texts",
    "I shared the release with my book club; can they join the tasting?",
    "The new label design is gorgeous — who's the artist?",
    "Can I choose all whites for summer and all reds for winter?",
    "Ciao! Sono un socio da 5 anni, posso portare due amici?",
]

CATS["tasting_note"] = [
    "Nose of black cherry, violet, cedar; firm tannins; long finish",
    "Bright acidity, lemon curd, wet stone, a touch of struck match",
    "Too much oak — vanilla & coconut overwhelm the fruit",
    "Reductive on opening (rubber, flint), blows off after 20 min",
    "Smells like Grandma's kitchen: stewed plums, clove, brown sugar",
    "Palate: medium-, tannin: medium+, alcohol: high, finish: long",
    "Slight Brett? Band-aid and horse blanket, but in a nice way",
    "Barrel 114 vs 115: 114 is rounder, 115 more acid drive",
    "Score: 92/100 — drink 2025–2035",
    "Tasted blind: guessed Syrah, was actually Mourvèdre. Humbling.",
    "Cork taint (TCA) — musty cardboard, send back",
    "Pairing: lamb shoulder > steak > mushroom risotto",
    "Lovely Rosé: watermelon, strawberry, a salty edge. Summer in a glass!",
    "Riesling — petrol note, lime zest, off-dry (≈ 12 g/L RS)",
    "Nez de cassis, poivron vert, finale un peu courte",
    "Naso di ciliegia, rosa appassita, tannini serrati",
    "Nariz de frutos rojos, regaliz, roble bien integrado",
    "Nase: Aprikose, Pfirsich, etwas Honig; Gaumen: saftig",
    "香り：カシス、杉、ほのかなバニラ。タンニンはしっかり。",
    "Drop-dead gorgeous Pinot. Silky, red fruit, forest floor.",
    "A bit hot on the finish (15.2% alc) — needs food",
    "Sparkling: fine mousse, brioche, green apple, chalky",
    "Orange wine: apricot, black tea, grippy phenolics",
    "Sweet but not cloying — honeyed, saffron, marmalade",
    "Notes for the shelf talker: \"juicy, spicy, made for BBQ\"",
    "Sulphur stink in the glass for the first 5 mins then gone",
    "Compare: 2019 (softer) <> 2020 (tighter) <> 2021 (fruitier)",
    "Aromas → cherry → tobacco → leather as it opened up",
    "Tannin like sandpaper, give it 5 years",
    "Not my style but the group loved it (4 of 6 thumbs up)",
    "Crunchy, low-alc (11.5%), chillable red — perfect for picnics",
    "Over-extracted & jammy; select earlier next year",
    "VA slightly lifted — nail polish remover hint, still fine",
    "Cellar door favourite: Grenache — everyone bought it",
    "Mouthfeel: chalky, fine-grained tannins, saline finish",
    "Honestly? Tastes like 'red wine'. Nothing wrong, nothing exciting.",
    "Oxidised — bruised apple, sherry-like. Barrel 87 again.",
    "Structure 4/5, fruit 3/5, balance 4/5, length 5/5",
    "Tasting order: whites → rosé → light reds → full reds → sweet",
    "Smoky, bacon fat, olive tapenade — classic Northern Rhône-ish Syrah",
    "Delicate, pale salmon colour, dry, grapefruit pith",
    "\"Pencil shavings\" is Luis's favourite descriptor — he used it 6 times",
    "Retaste in a month; right now it's closed",
    "Mineral? Maybe just acid. Whatever, it's delicious.",
    "Aroma wheel: fruity > berry > blackberry; spicy > black pepper",
    "Bottle shock after the move — tasted flat, try again next week",
    "Vintage 2020 (smoke year): faint ashtray on the finish, sadly",
    "Dessert wine with blue cheese = heaven 🧀",
    "Staff tasting: Jo 88, Ravi 90, Mel 91, me 89; avg 89.5",
    "Gewürz: lychee, rose petal, ginger; oily texture",
]

CATS["label_approval"] = [
    "Front label: 'Estate Pinot Noir 2021 — Russian River Valley'",
    "Back label text: Contains sulfites. 750 mL. 13.8% alc/vol.",
    "COLA submitted to TTB, ID pending; expect ~30 days",
    "Government warning must be bold caps: GOVERNMENT WARNING: (1) ACCORDING TO THE SURGEON GENERAL…",
    "Alc. tolerance: ±1.5% for wines ≤ 14%, ±1.0% above 14%",
    "Appellation on label requires ≥ 85% from that AVA",
    "Vintage date requires ≥ 95% from that year (AVA) — we're at 97%, ok",
    "Font size for alcohol statement: min 1 mm (EU) / 2 mm (US > 187 mL)",
    "Replace \"Reserve\" with \"Réserve\"? Check if accent allowed in export markets",
    "EU label needs allergens: contains sulphites / enthält Sulfite / contient des sulfites",
    "Nutrition QR code links to https://label.example-winery.com/e/pn21",
    "Proof #3 approved by Maria; printer Colorpress, run 8,000 labels",
    "Colour of the capsule: burgundy (Pantone 7421 C)",
    "Bleed 3 mm, safe zone 2 mm, dieline attached (label_v3_dieline.pdf)",
    "Artwork file: /shared/labels/2023/rose/front_v4_final_FINAL.ai",
    "Change 'Cabernet Sauvignon' to 'Cabernet Sauvignon – Block 12'",
    "Reject: barcode too close to the edge, scanners fail",
    "EAN-13: 9 312345 678908",
    "Approval chain: designer → winemaker → compliance → owner",
    "Label copy has a typo: 'Chardonay' → 'Chardonnay'",
    "Organic claim needs the cert body code (e.g. FR-BIO-01)",
    "Use the <em>italic</em> style for the vineyard name on the web mockup",
    "Back label blurb: \"Picked by hand at dawn, aged 18 months in French oak.\"",
    "Drop shadow on the logo looks cheap; remove it",
    "Deutsche Rückseite: Enthält Sulfite. Erzeugerabfüllung.",
    "Étiquette : « Mis en bouteille au domaine »",
    "Etichetta: Contiene solfiti — Imbottigliato all'origine",
    "裏ラベル：酸化防止剤（亜硫酸塩）含有",
    "Lot code format: L23-187 (year-julian day)",
    "Pregnancy logo required for France (or the text warning)",
    "Recycling symbols: Triman + Info-tri for FR market",
    "Is 'Old Vine' regulated? No legal definition in the US — ok to use",
    "Neck label: '10th Anniversary' — gold foil, emboss",
    "Please select the matte paper, not the gloss",
    "Final sign-off: ✅ winemaker, ✅ compliance, ⏳ owner",
    "Label dimensions 90 × 120 mm (front), 80 × 100 mm (back)",
    "Net contents must be in the bottom 40% of the label? (check)",
    "The 'drop' cap design for the Pinot looks great",
    "Status: APPROVED (v5). Archive v1–v4.",
    "Tech sheet says 14.1% but label says 13.9% — within tolerance",
    "Change the tagline to: Grown here. Made here. Poured here.",
    "Producer address: Hill Creek Winery, 2200 Valley Rd, Healdsburg, CA",
    "Imported by: Vins & Co. Ltd, London SE1 — for the UK labels",
    "Barcode for magnum differs from 750 mL: 9312345678915",
    "Mockup link: https://www.figma.example.com/file/AbC123/labels?node-id=12-40",
    "Spell the grape 'Mourvèdre' with grave accent everywhere",
    "Label copy for the kids' juice line: \"100% grape juice, no alcohol\"",
    "Contrast ratio for the small text should be ≥ 4.5:1",
    "Who changed the vintage to 2032?? Should be 2023.",
    "Rejected by TTB: 'Estate Bottled' needs winery in the AVA",
]

CATS["export_import"] = [
    "Export harvest_2023.csv (columns: block, variety, date, tonnes, brix)",
    "Import from Vintrace: lots.xlsx — 214 rows, 3 errors",
    "Row 17: date '31/02/2023' is invalid",
    "CSV delimiter ; (semicolon), decimal comma — European format",
    "Export to QuickBooks: invoices from 2023-10-01 to 2023-10-31",
    "Filename: C:\\Users\\maria\\Documents\\Winery\\barrels_2023.xlsx",
    "Upload path: /Users/jo/Desktop/lab results/ETS_Oct.pdf",
    "Export for the distributor: SKU, description, cases, FOB price",
    "Customs: HS code 2204.21 (wine in containers ≤ 2 L)",
    "Excise return Q3 — export summary by tax class (<14%, 14–21%)",
    "Column mapping: 'Brix (°)' → brix, 'pH' → ph, 'SO2 free' → so2_free",
    "Import failed: unexpected header \"Tank #\" (expected \"tank_id\")",
    "Export JSON for the website: {\"sku\": \"PN21\", \"price\": 42}",
    "Export format: UTF-8 with BOM so Excel shows é properly",
    "Date format in export: YYYY-MM-DD (ISO 8601)",
    "Shipping manifest → Dropbox/Exports/2023-11/manifest_1102.csv",
    "EMCS e-AD reference for the German shipment: 23DE000000000012345",
    "Export invoice #EX-2023-044 to Tokyo, 600 cases, CIF",
    "Pallet config: 60 cases/pallet, 5 layers × 12 cases",
    "Importer in Norway needs the Vinmonopolet product sheet",
    "Export timed out — 50k rows too many? Split by year",
    "../exports/2022 moved to the archive folder, ask IT if you need it",
    "Import lab results from the instrument CSV (tab-separated)",
    "Merge the two customer lists, drop duplicates by email",
    "Export club members where tier = 'Collector' and status = 'active'",
    "Please export the tasting room sales by day, ordered by revenue desc",
    "Header row: lot_id|variety|vintage|volume_l (pipe-delimited from old system)",
    "Excel shows 1.2E+12 for barcodes — format column as text before export",
    "Importing vineyard blocks from shapefile (blocks_2023.shp)",
    "Zip of all label proofs: labels_2023_final.zip (48 MB)",
    "Send the export to accounting@hillcreek.example.com",
    "Exportación a México: certificado de origen y análisis",
    "Export nach Deutschland — Analysezertifikat beifügen",
    "Exportation vers le Québec (SAQ) : fiche technique en français",
    "輸出書類：原産地証明書、成分分析書",
    "Import validation: 3 rows have pH > 14 — obviously typos",
    "Scheduled export every Monday 06:00 UTC → s3 bucket 'winery-reports'",
    "Export includes deleted records? Tick 'exclude deleted'",
    "XML for the government portal (wine production return)",
    "Only select columns A–F for the distributor, hide costs",
    "Import notes: old system used 'NULL' for empty cells, convert to blank",
    "The export has ' in names (O'Brien) and it broke the old import — fixed now?",
    "Tonnage report: sum by variety, group by block, order by tonnes",
    "Export lot genealogy (which tanks/barrels fed into which blend)",
    "Bulk wine sale: 5,000 L Merlot to Napa buyer, ISO tank export",
    "Temperature logger data (.csv) from the container: max 24.1 °C",
    "Shared drive path: \\\\fileserver\\winery\\exports\\2023",
    "Export to Google Sheets failed: permission denied for sam@hillcreek.example.com",
    "Reimport corrected file — same IDs, should update not duplicate",
    "Export report title: Harvest & Crush Summary – Vintage 2023",
]

CATS["settings_search"] = [
    "pinot noir 2021",
    "barrel 114",
    "brix > 24",
    "tank 7 racking",
    "so2 free",
    "club members ohio",
    "Units: metric (L, kg, °C)",
    "Time zone: America/Los_Angeles",
    "Default sugar unit: °Brix (not Baumé or Oechsle)",
    "Notify me when free SO2 < 20 mg/L",
    "Alert if tank temp > 28 °C during ferment",
    "Language: Français",
    "Winery name: Hill Creek Cellars",
    "Display name: Jo O'Reilly",
    "Signature: — Jo, Cellar Master | Hill Creek",
    "search: \"old vines\" zinfandel",
    "order by date desc",
    "select all blocks",
    "drop-down shows only active tanks",
    "label approvals pending",
    "who topped barrel 87",
    "Webhook URL: https://hooks.example.com/winery/harvest",
    "Backup folder: /var/backups/winery",
    "Email for reports: cellar-team@hillcreek.example.com",
    "SMS alerts to +61 412 345 678",
    "Currency: EUR (€)",
    "Decimal separator: ,",
    "Date format: DD/MM/YYYY",
    "Theme: dark",
    "Rows per page: 50",
    "Hide archived lots",
    "Rosé",
    "Gewürztraminer",
    "Mourvèdre",
    "Grüner Veltliner",
    "甲州",
    "Ркацители",
    "lab results last 7 days",
    "sauvignon OR semillon",
    "tank -empty",
    "cab sauv & merlot",
    "\"bin 14\"",
    "O'Brien",
    "barrels where toast = M+",
    "Reminder text: Don't forget to top barrels every 3 weeks!",
    "Default new-lot code: {vintage}-{variety}-{block}",
    "Invoice footer: Thanks for visiting — see you at harvest!",
    "Tasting room hours: Mon–Fri 11–5, Sat/Sun 10–6",
    "Low stock threshold: < 24 bottles",
    "Auto-logout after 30 min idle",
]

# ---- hard negatives distributed into categories (still everyday user text) ----
HARD = {
    "harvest_log": [
        "Sleep in tomorrow, pick starts at 10 — dew needs to burn off",
        "Pick list: select rows 1-10; drop row 11 (rot); union of A & B crews",
        "Bin tally 12 + 9 -- recheck; I think it's 22",
        "Harvest done? yes/no -> yes && weighbridge tickets filed",
    ],
    "cellar_records": [
        "Pump $ cost this month: $1,240 | hoses $310 | fittings $95",
        "Clean T4; rinse; sanitise; then fill — in that order",
        "Moved ../old barrels to the back shed (the ones from row ../C)",
        "Tank sign says <DO NOT ENTER – CO2> — keep it up during ferment",
    ],
    "lab_analysis": [
        "SO2 free/total: 28/92 -- ok; VA 0.41 -- ok; pH 3.55 -- borderline",
        "If (pH > 3.7 && TA < 5) then acidify; else leave it",
        "Order by sample date please, not by tank — the lab sheet is confusing",
        "Select samples where pH >= 3.6 for the acid trial",
    ],
    "blend_recipe": [
        "Union of lots: {T3, T7, B114} — no drop of press wine this time",
        "Template for the blend sheet: {{lot}} – {{percent}}% – {{litres}} L",
        "Ratio A:B = 3:1 ; if too tannic => 4:1",
        "Cost/L = ${total_cost} ÷ ${litres} — fill in once invoices arrive",
    ],
    "cellar_door_order": [
        "Order by Friday please — I'm hosting a 'drop-in' tasting Saturday",
        "Pls send 2 Cab & 2 Merlot; my wife says 'no more Rosé' lol",
        "Coupon: 'SAVE10' — or is it `SAVE-10`? the email had backticks around it",
        "Name on card: Sean O'Drop; delivery 1 < 2pm <3",
    ],
    "club_message": [
        "Reply with <YES> or <NO> by Friday — we need numbers for catering",
        "Hi {{first_name}}, your shipment is on its way! (oops, template bug in our last email, sorry)",
        "Union Square pickup point is closed — use the Main St shop",
        "Club T&Cs: cancel anytime after 2 shipments; no fees; that's it",
    ],
    "tasting_note": [
        "Drop table wine expectations — this one's serious!",
        "Sleep on it: the wine was much better on day 2",
        "Tannins <-> acid in balance; fruit > oak; alcohol < 14%",
        "Score: 8/10 — 'would buy again' ; my partner: 9/10",
    ],
    "label_approval": [
        "Web label preview uses <b>bold</b> for GOVERNMENT WARNING",
        "Template var ${vintage} didn't render on proof #2 — printer's mistake",
        "Dieline path: ../labels/2023/dielines/rose_750.pdf",
        "Text 'Select Harvest' on the label — is that a regulated term?",
    ],
    "export_import": [
        "Export: select block, sum(tonnes) grouped by variety — like the old SQL report",
        "Run the script ./export_lots.sh then open the CSV in Excel",
        "Formula in column F: =B2*C2 (litres × price) — keep it in the export",
        "Filename had a pipe in it: harvest|2023.csv — Windows refused to save",
    ],
    "settings_search": [
        "union street",
        "drop shipments",
        "sleep mode",
        "<3 rosé",
    ],
}

# ---- one small template per category over hand-written pools ----
BLOCKS = ["Block 1", "Block 3", "Block 7", "Block 9", "Block C", "Block F", "BLK12", "North slope", "Creek block"]
VARIETIES = ["Pinot Noir", "Chardonnay", "Cab Sauv", "Merlot", "Syrah", "Grenache", "Riesling",
             "Sauvignon Blanc", "Zinfandel", "Tempranillo", "Mourvèdre", "Gewürztraminer"]
TANKS = ["T1", "T2", "T3", "T5", "T7", "T9", "T12", "Barrel 114", "Barrel 202", "Egg 1", "Amphora 2"]
ACTIONS = ["racked to", "topped from", "blended into", "pumped over with", "transferred to"]
NAMES = ["Anna", "José", "Mei", "O'Neill", "Zoë", "Ravi", "Siobhán", "Jürgen", "Aiyana", "Tomás"]
WINES = ["Estate Pinot Noir 2021", "Rosé 2023", "Reserve Cab 2020", "Old Vine Zin 2021",
         "Riesling Kabinett 2022", "Brut NV", "GSM 2021", "Late Harvest Sémillon 2019"]
DESCRIPTORS = ["black cherry", "wet slate", "cedar", "violet", "lemon zest", "brioche", "clove",
               "raspberry", "tobacco", "white pepper", "honeysuckle", "forest floor"]
LABEL_FIELDS = ["front label", "back label", "neck label", "capsule", "case carton"]
EXPORT_FILES = ["harvest_2023.csv", "barrels.xlsx", "club_members.csv", "lab_results_oct.csv",
                "orders_q3.xlsx", "blends_2023.json", "excise_q3.pdf"]
SEARCHES = ["pinot", "barrel", "tank", "brix", "rosé", "club", "label", "o'brien", "so2", "export"]


def t_harvest(r):
    return "%s %s picked, %.1f t, Brix %.1f" % (r.choice(BLOCKS), r.choice(VARIETIES),
                                                r.uniform(0.5, 9.5), r.uniform(19.0, 27.5))


def t_cellar(r):
    a, b = r.sample(TANKS, 2)
    return "%s %s %s, %d L" % (a, r.choice(ACTIONS), b, r.randrange(200, 6000, 10))


def t_lab(r):
    return "%s %s: pH %.2f, TA %.1f g/L, free SO2 %d mg/L" % (
        r.choice(TANKS), r.choice(VARIETIES), r.uniform(3.1, 3.9), r.uniform(4.5, 8.5), r.randint(8, 45))


def t_blend(r):
    a, b = r.sample(VARIETIES, 2)
    p = r.randrange(55, 95, 5)
    return "Blend trial: %d%% %s / %d%% %s" % (p, a, 100 - p, b)


def t_order(r):
    return "%d × %s for %s — pickup %s" % (r.randint(1, 12), r.choice(WINES), r.choice(NAMES),
                                          r.choice(["Saturday", "Sunday", "Friday 4pm", "next week"]))


def t_club(r):
    return "Hi %s, your %s shipment includes the %s. Cheers!" % (
        r.choice(NAMES), r.choice(["spring", "summer", "autumn", "holiday"]), r.choice(WINES))


def t_tasting(r):
    d = r.sample(DESCRIPTORS, 3)
    return "%s: %s, %s & %s — %d/100" % (r.choice(WINES), d[0], d[1], d[2], r.randint(84, 96))


def t_label(r):
    return "%s for %s: proof v%d %s" % (r.choice(LABEL_FIELDS).capitalize(), r.choice(WINES), r.randint(1, 6),
                                        r.choice(["approved", "needs changes", "sent to printer", "on hold"]))


def t_export(r):
    return "Export %s → %s (%d rows)" % (r.choice(EXPORT_FILES), r.choice(["email", "Dropbox", "Google Drive", "USB"]),
                                        r.randint(10, 5000))


def t_search(r):
    return "%s %s" % (r.choice(SEARCHES), r.choice(VARIETIES).lower())


TEMPLATES = {
    "harvest_log": t_harvest, "cellar_records": t_cellar, "lab_analysis": t_lab,
    "blend_recipe": t_blend, "cellar_door_order": t_order, "club_message": t_club,
    "tasting_note": t_tasting, "label_approval": t_label, "export_import": t_export,
    "settings_search": t_search,
}

# Some multi-paragraph values (one per category) to vary length.
LONG = {
    "harvest_log": "Harvest summary, week 2.\n\nWe picked Blocks 3, 7 and 9 (Pinot) on Mon–Wed; fruit was clean apart from some bird damage on the north end of Block 9. Brix ranged 23.1–24.6.\n\nThursday was rained out, so the crew did canopy clean-up in the Chardonnay instead. Friday: Chardonnay Block C, night pick, 6.2 t.",
    "cellar_records": "Cellar week notes:\n- T3, T5: MLF done, SO2'd to 35 free\n- Barrels 201–240 topped\n- T12 still fermenting (4 °Bx), warmed to 22 °C\n\nNext week: rack the Merlot, clean the press, order more nitrogen.",
    "lab_analysis": "Lab round-up for October.\n\nAll reds are through MLF except T14 (stuck ferment, see separate note). Free SO2 is low across the Pinot barrels (12–18 mg/L) — we need to add before the cellar warms up.\n\nVA is fine everywhere except barrel 114 (0.78 g/L).",
    "blend_recipe": "Blending session, 14 Nov.\n\nWe tried four blends of the Cab lots. A (80/20 with Merlot) was the crowd favourite; C had more structure but felt dry on the finish. Decision: go with A, but swap 3% of the Merlot for Petit Verdot to lift the colour.\n\nScale-up on Monday.",
    "cellar_door_order": "Hi there,\n\nI'd like to place an order for our anniversary dinner: 2 bottles of the Reserve Cab, 1 bottle of the Brut, and 1 of the late-harvest Sémillon for dessert. Could you ship it to arrive before the 22nd? If shipping is too tight, I can pick up on the 20th instead.\n\nThanks so much,\nPriya",
    "club_message": "Dear members,\n\nWhat a vintage! 2023 started late and cool, and we were nervous through September — but a warm, dry October saved us. The Pinot is elegant, the Chardonnay is taut and citrusy, and the Syrah is the best we've made.\n\nYour winter shipment will include the first 2023 release. See you at the pickup party!\n\n— The Hill Creek team",
    "tasting_note": "Estate Pinot Noir 2021, tasted over two days.\n\nDay 1: tight, a bit reductive, red cherry and cranberry under a veil of struck match. Fine tannins.\n\nDay 2: opened beautifully — rose petal, forest floor, five-spice. Long, saline finish. Drink 2024–2032.",
    "label_approval": "Feedback on proof v3:\n\n1. Vintage font is too thin — go one weight heavier.\n2. Move the alcohol statement to the front (EU requirement for this market).\n3. The back-label story is great, but cut it to ~60 words.\n\nOnce these are fixed, it's approved from my side.",
    "export_import": "Import notes for the migration:\n\nWe exported everything from the old system as CSV. Dates were MM/DD/YY, so I converted them. 14 lots had no variety; I set them to 'Unknown' and flagged them. Barrel IDs with a leading zero (e.g. 0087) lost the zero in Excel — re-imported as text.",
    "settings_search": "Notification settings: send me a daily digest at 7am with (1) tanks over 26 °C, (2) lab results that came in overnight, and (3) any label approvals waiting on me. Don't send weekend emails unless something is urgent.",
}


def build():
    rows = []
    n = 0
    for cat in CATS:
        literals = list(CATS[cat]) + HARD[cat] + [LONG[cat]]
        seen = set()
        vals = []
        for v in literals:
            if v not in seen:
                seen.add(v)
                vals.append(v)
        vals = vals[:PER_CAT]
        tmpl = TEMPLATES[cat]
        while len(vals) < PER_CAT:
            v = tmpl(rng)
            if v not in seen:
                seen.add(v)
                vals.append(v)
        for v in vals:
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": cat, "label": "benign", "value": v})
    return rows


def main():
    rows = build()
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "benign.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), out))


if __name__ == "__main__":
    main()
