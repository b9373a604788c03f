#!/usr/bin/env python3
"""Benign corpus for the cosmetics theme (beauty & skincare shop + community).
Standard library only. Writes benign.jsonl next to this file."""
import json
import os
import random

SEED = 11101
PREFIX = "hbb1"
PER_CAT = 80

# ---------------------------------------------------------------- review
REVIEW = [
    "Love it!",
    "Broke me out in 3 days :(",
    "Holy grail. Repurchased 4 times.",
    "Pilled under my sunscreen every single morning, so it's a no from me.",
    "Shade 220 \"Natural Beige\" is too pink for me -- I'm more of a 215 Neutral.",
    "5/5 would buy again. Smells like cucumber & green tea, not overpowering.",
    "I'm 34, combo skin, mildly rosacea-prone. Used the 10% niacinamide serum AM for 6 weeks: pores look smaller, redness about the same. The texture is a bit sticky so I wait 2 min before moisturizer.",
    "Don't drop this bottle -- it's glass and mine shattered on the bathroom tiles.",
    "The pump broke after a week. Customer service replaced it, no questions asked. Stars for them.",
    "Not a dupe for the Charlotte Tilbury one IMO, the finish is way more glittery.",
    "Mon avis : texture fondante, ne laisse pas de film blanc. Parfait sous le maquillage.",
    "Sehr gut für trockene Haut, aber der Duft ist mir zu stark. 3 Sterne.",
    "Me encanta, la uso todas las noches después del tónico. ¡Mi piel está más luminosa!",
    "保湿力がすごい。冬でも乾燥しないです。リピ確定！",
    "질감이 가볍고 끈적임이 없어요. 지성 피부에게 추천합니다.",
    "Очень понравился крем, впитывается быстро, не жирнит.",
    "Ótimo custo-benefício, mas a embalagem vazou no transporte.",
    "Honestly? Overhyped. The 'glass skin' effect lasts about 20 minutes on me.",
    "It's O'Reilly here -- my daughter Siobhán recommended it and she was right.",
    "My dermatologist said to drop the retinol to 2x/week and add a ceramide cream; this one fits the bill.",
    "Order by 2pm and it ships same day? Mine arrived next morning, impressed.",
    "I used to select the lightest shade in every brand; with this line I'm actually a 1.5 N.",
    "Tip: mix 1 pump with your moisturizer if the pure serum stings.",
    "Pros: cheap, fragrance-free, big tube. Cons: the cap is flimsy, smells faintly like sunscreen (because it is lol).",
    "Rating: ★★★★☆ — would be 5 if the SPF didn't leave a cast on deeper skin tones.",
    "Tried it for a week — tingling on day 1, fine after that. Patch test first!",
    "This + the Cosrx snail essence = chef's kiss 👌",
    "Stings like crazy on broken skin. Do NOT use after shaving, lesson learned.",
    "Lasted 12+ hrs on my oily T-zone through a wedding with crying & dancing. Setting spray was key.",
    "Colour is gorgeous but it transfers onto everything. Mask-proof? Absolutely not.",
    "Sleep-mask grade hydration without the grease. I put it on at 10pm and woke up dewy.",
    "I'd give it 4/5. Texture < Cerave, results > Cerave. Price about the same.",
    "Union of my two favorite things: gel texture and actual SPF 50 PA++++.",
    "I don't get the hype. My skin went from 'meh' to 'meh, but sticky'.",
    "Bought the mini first (15 ml), then the full 50 ml. Worth the upgrade.",
    "Packaging is a 10, formula a 6. Pretty jar, but jars + vitamin C = oxidation city.",
    "Smells exactly like the Laneige lip mask but half the price. Sweet, berry-ish.",
    "Helped my hormonal chin acne; the purge lasted ~2 weeks. Pairs fine with azelaic acid.",
    "Review after 3 months:\n- fine lines around eyes: slightly softer\n- dark circles: no change\n- irritation: none\nWould I rebuy? Probably, on sale.",
    "The shade range is still tiny. 12 shades in 2024, come on. Deeper folks deserve better.",
    "Mascara doesn't smudge, doesn't flake, removes with warm water. Finally.",
    "This sunscreen + my Fenty Pro Filt'r = zero pilling. Order matters: SPF, wait 3 min, then foundation.",
    "Returned it, sadly. It made my eyes water even though it says 'ophthalmologist tested'.",
    "Very gentle cleanser, pH around 5.5 according to my strips. No tight feeling afterwards.",
    "Great for sensitive skin!!! I have eczema on my eyelids and this didn't flare it.",
    "It's basically the same as the old formula but they removed the alcohol denat. Thank you!",
    "Je l'ai acheté pour ma mère (peau mature, 68 ans). Elle adore l'effet tenseur.",
    "Dopo due settimane la pelle è più uniforme, ma il prezzo è alto per 30 ml.",
    "Działa świetnie na przebarwienia po trądziku. Polecam!",
    "Bu serum cildimi kurutmadı, sabahları C vitamini ile kullanıyorum.",
    "效果不错，就是味道有点重。敏感肌慎用。",
    "Smell: 2/10, Results: 9/10. Trade-offs I'm willing to make.",
    "The tinted version in 'Deep 05' is the first one that doesn't look ashy on me. Cried a little.",
    "Will this burn if I use it with tretinoin 0.025%? Answering myself after 2 weeks: no, but buffer it.",
    "Cute packaging, but half the product is stuck at the bottom. I cut the tube open with scissors & got another week out of it.",
    "A solid drugstore option; not 'life changing' but does what it says. 4 stars.",
]

def tmpl_review(r):
    opener = r.choice(["Used it for", "Been using this for", "Update after", "Day", "Week"])
    span = r.choice(["2 weeks", "a month", "3 months", "10 days", "6 weeks", "half a year"])
    verdict = r.choice([
        "skin feels softer and less tight",
        "no breakouts so far",
        "my redness calmed down a lot",
        "it pills if I layer too much",
        "texture improved, dark spots not yet",
        "honestly no difference",
    ])
    stars = r.choice(["★★★★★", "★★★★☆", "★★★☆☆", "4/5", "3.5/5", "10/10"])
    skin = r.choice(["oily", "dry", "combo", "sensitive", "normal", "acne-prone"])
    return f"{opener} {span} on {skin} skin: {verdict}. {stars}"

# ---------------------------------------------------------------- inci_list
INCI = [
    "Aqua, Glycerin, Niacinamide, Butylene Glycol, Zinc PCA, Phenoxyethanol",
    "Aqua/Water/Eau, Caprylic/Capric Triglyceride, Cetearyl Alcohol, Glyceryl Stearate, Ceramide NP, Ceramide AP, Ceramide EOP, Phytosphingosine, Cholesterol, Sodium Lauroyl Lactylate, Carbomer, Xanthan Gum, Ethylhexylglycerin",
    "Ascorbic Acid 15%, Tocopherol 1%, Ferulic Acid 0.5%",
    "Squalane",
    "Butyrospermum Parkii (Shea) Butter, Cocos Nucifera (Coconut) Oil, Cera Alba (Beeswax), Parfum*, Limonene*, Linalool* -- *allergens",
    "Water, Zinc Oxide (20%), C12-15 Alkyl Benzoate, Polyglyceryl-4 Isostearate, Cetyl PEG/PPG-10/1 Dimethicone",
    "Does this contain 'Alcohol Denat.' or just fatty alcohols like Cetyl Alcohol? Big difference.",
    "Salicylic Acid 2% | Willow Bark Extract | Tea Tree Oil (Melaleuca Alternifolia Leaf Oil)",
    "Aqua, Sodium Hyaluronate (low + high molecular weight), Panthenol, Allantoin, Madecassoside, Centella Asiatica Extract",
    "Retinal 0.1% in Squalane / Caprylic Triglyceride base, + Bisabolol",
    "Glycolic Acid 7%, Aqua, Rosa Damascena Flower Water, Glycerin, Aloe Barbadensis Leaf Water, Sodium Hydroxide (pH adjuster)",
    "Dimethicone, Dimethicone Crosspolymer, Silica, Vinyl Dimethicone/Methicone Silsesquioxane Crosspolymer",
    "CI 77891 (Titanium Dioxide), CI 77491, CI 77492, CI 77499 (Iron Oxides), Mica",
    "[+/- may contain: CI 77891, CI 77491, CI 77492, CI 77499, CI 15850, CI 19140]",
    "Azelaic Acid 10% — Aqua, Isodecyl Neopentanoate, Dimethicone, Dimethyl Isosorbide, Polysilicone-11",
    "Ethylhexyl Methoxycinnamate, Bis-Ethylhexyloxyphenol Methoxyphenyl Triazine (Tinosorb S), Diethylamino Hydroxybenzoyl Hexyl Benzoate",
    "Snail Secretion Filtrate 96%, Betaine, Butylene Glycol, 1,2-Hexanediol, Sodium Polyacrylate",
    "Is Cetearyl Alcohol comedogenic? Rated 2/5 on some lists, 0 on others -- those lists are nonsense anyway.",
    "Allergen check: I react to Methylisothiazolinone (MI) and Cocamidopropyl Betaine. Is either in this?",
    "Aqua, Sodium Laureth Sulfate, Cocamidopropyl Betaine, Sodium Chloride, Citric Acid, Sodium Benzoate, Potassium Sorbate",
    "Bakuchiol 1%, Squalane, Helianthus Annuus (Sunflower) Seed Oil, Rosmarinus Officinalis Leaf Extract",
    "Water (Aqua) > Glycerin > Propanediol > Niacinamide > ... > Fragrance (Parfum)",
    "Tranexamic Acid 3%, Alpha-Arbutin 2%, Kojic Acid Dipalmitate",
    "Copper Tripeptide-1 (GHK-Cu), Palmitoyl Tripeptide-1, Palmitoyl Tetrapeptide-7 (Matrixyl 3000)",
    "Aqua, Urea 10%, Lactic Acid, Glycerin, Sodium Lactate, Ceteareth-20",
    "Hydrogenated Polyisobutene, Polybutene, Octyldodecanol, Tocopheryl Acetate, Ricinus Communis (Castor) Seed Oil",
    "Benzoyl Peroxide 2.5% (active) / Carbomer, Glycerin, Sodium Hydroxide, Docusate Sodium (inactive)",
    "Lanolin, Petrolatum, Paraffinum Liquidum (Mineral Oil), Microcrystalline Wax",
    "INCI in Korean: 정제수, 글리세린, 나이아신아마이드, 부틸렌글라이콜, 병풀추출물",
    "INCI (JP): 水、BG、グリセリン、ヒアルロン酸Na、フェノキシエタノール",
    "Ingredients: Aqua*, Aloe Barbadensis Leaf Juice*, Glycerin, ... *= certified organic (COSMOS)",
    "Polyglyceryl-6 Distearate; Jojoba Esters; Cetyl Alcohol; Polyglyceryl-3 Beeswax",
    "Centella Asiatica Leaf Water (70%), Propanediol, Hydroxyacetophenone",
    "Is Parfum the same as 'Fragrance'? The box says Parfum (Fragrance), the site says fragrance-free. Which is it?",
    "Sodium Hyaluronate Crosspolymer vs Hydrolyzed Hyaluronic Acid -- which penetrates deeper?",
    "Contains: Soybean Oil (Glycine Soja). Anyone with soy allergy tried this?",
    "Oryza Sativa (Rice) Bran Water, Saccharomyces Ferment Filtrate, Galactomyces Ferment Filtrate",
    "Zinc Oxide 12%, Titanium Dioxide 5.5% (non-nano)",
    "Order of ingredients: anything after Phenoxyethanol (~1%) is below 1%, so 'with rose extract' is marketing.",
    "Water, Isohexadecane, Butyloctyl Salicylate, Homosalate 10%, Octisalate 5%, Avobenzone 3%, Octocrylene 2.7%",
    "Dipotassium Glycyrrhizate (licorice) + Allantoin + Panthenol = calming trio",
    "Lactobacillus/Soybean Ferment Extract, Bifida Ferment Lysate",
    "CI 45410 (Red 28 Lake), CI 15985 (Yellow 6 Lake), CI 42090 (Blue 1 Lake)",
    "PEG-40 Hydrogenated Castor Oil, Trideceth-9, PPG-26-Buteth-26 (solubilisers)",
    "Alcohol Denat. is 3rd ingredient?! In a 'sensitive skin' toner? Hard pass.",
    "Glyceryl Caprylate / Caprylhydroxamic Acid (preservative system, paraben-free)",
    "Methylparaben, Propylparaben — yes parabens, no they are not the devil.",
    "Tetrahexyldecyl Ascorbate 5% (oil-soluble vit C) in Squalane",
    "Ethyl Ascorbic Acid (3-O) 10%, Aqua, Glycerin, Pentylene Glycol",
    "Sodium PCA, Trehalose, Beta-Glucan, Ectoin 1%",
    "Sorbitan Olivate, Cetearyl Olivate (Olivem 1000) emulsifier",
    "Polyhydroxy acids: Gluconolactone 8%, Lactobionic Acid 2%",
    "Hydroxypinacolone Retinoate (HPR) 0.2% / Granactive Retinoid 2%",
    "Cyclopentasiloxane & Dimethiconol (the silicone blend in most primers)",
    "INCI list was cut off on the page at 'Sodium Benzoate, Pot...' -- can you post the full one?",
]

def tmpl_inci(r):
    a = r.choice(["Aqua", "Water", "Aloe Barbadensis Leaf Juice", "Rosa Damascena Flower Water", "Camellia Sinensis Leaf Water"])
    b = r.choice(["Glycerin", "Propanediol", "Butylene Glycol", "Pentylene Glycol", "Betaine"])
    c = r.choice(["Niacinamide 5%", "Panthenol", "Allantoin", "Ceramide NP", "Sodium Hyaluronate", "Squalane", "Madecassoside"])
    d = r.choice(["Carbomer", "Xanthan Gum", "Hydroxyethylcellulose", "Sclerotium Gum", "Acrylates/C10-30 Alkyl Acrylate Crosspolymer"])
    e = r.choice(["Phenoxyethanol", "Sodium Benzoate", "Potassium Sorbate", "Ethylhexylglycerin", "1,2-Hexanediol"])
    sep = r.choice([", ", ", ", " / ", " • "])
    return sep.join([a, b, c, d, e])

# ---------------------------------------------------------------- product_name
PRODUCT = [
    "Velvet Matte Lipstick – 112 Rosewood",
    "Pro Filt'r Soft Matte Foundation 240",
    "Hydra-Glow Serum 30 ml",
    "Skin Tint SPF 30 — Shade 4.5 (Medium/Warm)",
    "L'Oréal Paris True Match N3",
    "Dior Addict Lip Glow 001 Pink",
    "Concealer \"Fair 10 C\" (cool)",
    "Cream Blush #07 'Peach Fuzz'",
    "Brow Pencil – Soft Brown / Taupe",
    "Retinol 0.5% in Squalane",
    "Niacinamide 10% + Zinc 1%",
    "Eyeshadow Palette: Desert Dusk (12 pans)",
    "Gentle Foaming Cleanser 236mL / 8 fl oz",
    "Sunscreen Fluid SPF 50+ PA++++ (Invisible)",
    "Lip Sleeping Mask – Berry",
    "Setting Powder 'Translucent' 0.5 oz",
    "Mascara Lash Sensational — Blackest Black",
    "Nail Polish 547 \"Rouge Noir\"",
    "Body Lotion Shea & Cocoa 400 ml",
    "Hair Oil – Argan/Camellia Blend",
    "Contour Stick #3 Deep",
    "Highlighter 'Champagne Pop'",
    "Cicapair Tiger Grass Color Correcting Treatment",
    "Toner No.2 (BHA 1%)",
    "Beauty Balm ™ 03 Light-Medium",
    "Eau de Parfum 50 ml – Rose & Oud",
    "Micellar Water (Sensitive) 400ml",
    "Liquid Lipstick ‘Sunset Boulevard’",
    "Cushion Compact 21 Light Beige + refill",
    "Brightening Eye Cream 15g",
    "Kojie San Soap 65g ×3",
    "Sheet Mask Set (10 pcs): Honey / Rice / Green Tea",
    "Setting Spray — All Nighter Ultra Matte",
    "Gel Liner 'Midnight' (waterproof)",
    "Lip Oil #02 Raspberry",
    "Foundation Brush 170",
    "Beauty Sponge (2-pack) — Pink & Black",
    "Vitamin C 15% Serum (amber bottle)",
    "Clay Mask Kaolin + Bentonite 100 g",
    "Peptide Moisturizer / Peptid-Feuchtigkeitscreme",
    "Crème Hydratante Légère Peau Normale à Mixte",
    "Sérum Antimanchas 30 ml",
    "雪肌精 化粧水 200ml",
    "설화수 윤조에센스 60ml",
    "Shade: 1N Ivory (fair neutral) <-> 2W Sand (light warm)",
    "Quad 'Smoke & Mirrors' (limited edition)",
    "Cuticle Oil Pen – Almond",
    "Tinted Brow Gel 3.5 / Medium Brown",
    "Lash Serum 3ml",
    "SPF 30 Lip Balm – Mint",
    "Deodorant Cream (baking-soda free) – Unscented",
    "Primer 'Blur & Hold' 30ml",
    "Bronzer 02 Sun Kissed | Matte",
    "Exfoliating Pads AHA/BHA (60 ct)",
    "Shampoo Bar – Lavender & Rosemary 80 g",
]

def tmpl_product(r):
    line = r.choice(["Velvet Matte Lipstick", "Skin Tint", "Liquid Concealer", "Cream Blush", "Lip Gloss", "Longwear Foundation", "Eyeshadow Single"])
    num = r.choice(["01", "102", "215", "3.5", "07", "330", "N4", "W2"])
    shade = r.choice(["Nude Rose", "Cocoa", "Porcelain", "Golden Honey", "Brick Red", "Mauve Mood", "Espresso", "Ivory Cool"])
    style = r.choice(["{l} – {n} {s}", "{l} {n} \"{s}\"", "{l} #{n} ({s})", "{l} / {s} {n}"])
    return style.format(l=line, n=num, s=shade)

# ---------------------------------------------------------------- routine
ROUTINE = [
    "AM: cleanser -> vit C -> moisturizer -> SPF 50",
    "PM: oil cleanse > foam cleanse > toner > retinol (Mon/Wed/Fri) > moisturizer",
    "Step 1: double cleanse\nStep 2: BHA (2x/week)\nStep 3: hydrating toner\nStep 4: niacinamide\nStep 5: moisturizer\nStep 6: sunscreen (AM only)",
    "Rule of thumb: thinnest to thickest. Water-based first, oils & balms last.",
    "Don't mix retinol && AHA on the same night unless your skin barrier is tough.",
    "Skin cycling: night 1 exfoliate, night 2 retinoid, nights 3-4 recovery. Repeat.",
    "Morning: water rinse only. Night: CeraVe Hydrating Cleanser + Vanicream. That's it. 3 months clear.",
    "| Step | AM | PM |\n|---|---|---|\n| Cleanse | gel | balm + gel |\n| Treat | vit C | tretinoin |\n| Moisturize | light | rich |\n| Protect | SPF 50 | -- |",
    "My 'lazy girl' routine: micellar water; moisturizer; done.",
    "Add the azelaic acid after toner but before moisturizer, wait ~1 min between layers.",
    "Routine for 15yo son with mild acne: gentle cleanser, BPO 2.5% wash, oil-free moisturizer, SPF. Nothing else.",
    "Weekend: clay mask (Sat) + sheet mask (Sun). Weekdays: basic.",
    "Slugging 2x a week with Vaseline on top of everything -- my dry patches are gone.",
    "Remove the vitamin C step if it stings, swap to azelaic 10% instead.",
    "Sunscreen reapply every 2h outdoors; I use a powder SPF over makeup at lunch.",
    "AM ☀️: rinse → hyaluronic on damp skin → gel cream → SPF\nPM 🌙: balm → cleanser → retinal → ceramide cream",
    "Is 3 actives too many? I'm on niacinamide (AM), vit C (AM), and adapalene (PM).",
    "Pre-wedding plan (8 weeks): start retinoid now, stop exfoliation 1 week before, no new products the last 2 weeks!",
    "Routine order for hair: shampoo > conditioner (mid-lengths only) > leave-in > oil on ends.",
    "Body: KP bumps on arms — AmLactin 12% every night, dry brushing 2x/week.",
    "Winter vs summer: swap the gel moisturizer for a cream once humidity drops below ~40%.",
    "I wait 20 minutes after cleansing before tretinoin (old-school advice, probably unnecessary).",
    "PM (retinol nights): cleanse; moisturizer; retinol; moisturizer again (sandwich method).",
    "Teenage me: toothpaste on pimples. Adult me: hydrocolloid patches. Growth.",
    "Routine de nuit : démaquillant, nettoyant doux, sérum rétinol, crème réparatrice.",
    "Morgens: Reinigung, Vitamin-C-Serum, Feuchtigkeitscreme, LSF 50.",
    "Rutina: limpiador > tónico > sérum de niacinamida > hidratante > protector solar.",
    "朝：洗顔→化粧水→美容液→乳液→日焼け止め",
    "아침: 클렌징 → 토너 → 세럼 → 크림 → 선크림",
    "My shift-worker routine: 'AM' = whenever I wake up, SPF only if it's daylight.",
    "Reduced my 12-step routine to 4 steps and my skin has never been better. Less is more.",
    "Exfoliant schedule: Mon - BHA | Thu - AHA | Sun - enzyme powder",
    "Patch test plan: behind the ear 3 days, then jawline 3 days, then full face.",
    "Eye area: peptide eye cream morning, plain vaseline on lashes at night.",
    "If using benzoyl peroxide, apply it AM and tretinoin PM so they don't cancel out.",
    "Travel routine: 3 decanted 10 ml bottles + SPF stick + cleansing balm in a tin.",
    "Lips: sugar scrub Sunday, lip mask nightly, SPF lip balm in the day.",
    "Tip: set a phone reminder at 1pm to reapply SPF, otherwise I always forget.",
    "After a peel: skip actives 5 days, only cleanser + cica cream + SPF.",
    "Beard area: my husband uses a 2% salicylic toner after shaving -- no more ingrowns.",
    "Nighttime hair: silk pillowcase + loose braid + 2 drops of argan oil on ends.",
    "When do I use the essence? After toner, before serum (Korean order).",
    "Replacing micellar water with a proper cleanser fixed my clogged pores around the nose.",
    "AM: Cetaphil → The Ordinary Niacinamide → Neutrogena Hydro Boost → La Roche-Posay Anthelios",
    "PM: Banila Co balm → Cosrx low pH cleanser → Paula's Choice 2% BHA → Stratia Liquid Gold",
    "Routine for 60+: rich cream, retinol 0.3% 3x/week, facial oil at night, SPF daily no matter what.",
    "Body routine during pregnancy: no retinoids, azelaic acid ok per my OB, mineral SPF.",
    "Exfoliating 7 days/week was a mistake. Red, tight, shiny. Stopped it all and back to basics.",
    "For the hands: hand cream after every wash, cotton gloves over a thick layer at night.",
    "I keep my routine in a note: Sun=mask, Mon=retinol, Tue=rest, Wed=retinol, Thu=acid, Fri=retinol, Sat=rest.",
    "Short-contact therapy: leave the 5% BPO on 2 minutes, then rinse. Works without the dryness.",
    "Should the hyaluronic go on wet or dry skin? Wet, then seal it in with moisturizer.",
    "Makeup order: primer, color corrector, foundation, concealer, powder, blush/bronzer, setting spray.",
    "Taking my makeup off: balm 60 seconds, rinse, gel cleanser, pat dry. No wipes.",
    "Pre-gym: nothing but a bit of moisturizer. Post-gym: cleanse immediately, then the usual PM steps.",
    'I keep my routine in markdown: `AM` = cleanse; tone; SPF and `PM` = cleanse; retinal; cream',
    'Exported my routine notes to ../Documents/skincare/routine_v3.md before switching phones.',
]

def tmpl_routine(r):
    c = r.choice(["gel cleanser", "cream cleanser", "cleansing balm", "micellar water", "water rinse"])
    t = r.choice(["hydrating toner", "BHA toner", "essence", "rose water mist"])
    s = r.choice(["vitamin C", "niacinamide 5%", "azelaic acid", "hyaluronic serum", "tranexamic acid"])
    m = r.choice(["gel cream", "ceramide cream", "barrier balm", "light lotion"])
    arrow = r.choice([" -> ", " → ", " > ", ", "])
    when = r.choice(["AM", "Morning", "PM", "Night", "My AM"])
    steps = [c, t, s, m]
    if when in ("AM", "Morning", "My AM"):
        steps.append("SPF " + r.choice(["30", "50", "50+"]))
    return when + ": " + arrow.join(steps)

# ---------------------------------------------------------------- search
SEARCH = [
    "niacinamide",
    "retinol for beginners",
    "spf 50 no white cast",
    "dupe for charlotte tilbury flawless filter",
    "fragrance free moisturizer sensitive",
    "best concealer dark circles",
    "cerave vs la roche posay",
    "foundation shade 220",
    "\"hyaluronic acid\" serum under 20€",
    "mineral sunscreen -tinted",
    "lip oil OR lip gloss",
    "select shade finder",
    "union square store pickup",
    "drop earrings",
    "order by price low to high",
    "sleep mask",
    "vegan & cruelty free",
    "salicylic acid 2%",
    "k-beauty toner",
    "glass skin",
    "tretinoin alternative otc",
    "L'Oréal",
    "Estée Lauder double wear",
    "mascara waterproof",
    "shampoo for colour treated hair",
    "acne patches",
    "ceramide",
    "eye cream puffiness",
    "body wash for kp",
    "sunscreen <30€",
    "spf>30",
    "matte lipstick red",
    "nail polish 'ballet slippers'",
    "bakuchiol pregnancy safe",
    "azelaic acid 10% vs 15%",
    "écran solaire visage",
    "sérum vitamine c",
    "crema hidratante piel grasa",
    "sonnencreme ohne parfum",
    "日焼け止め 敏感肌",
    "선크림 추천",
    "防晒霜",
    "retinal vs retinol",
    "brow gel clear",
    "makeup remover eyes",
    "gift set under $50",
    "travel size",
    "hair oil frizz",
    "oily skin primer",
    "best selling",
    "new arrivals",
    "pao 12m",
    "tinted moisturizer deep skin",
    "setting spray long lasting",
    "anti-aging peptides",
]

def tmpl_search(r):
    a = r.choice(["best", "cheap", "gentle", "fragrance free", "vegan", "korean", "drugstore"])
    b = r.choice(["moisturizer", "sunscreen", "cleanser", "serum", "toner", "lip balm", "foundation"])
    c = r.choice(["for oily skin", "for dry skin", "for rosacea", "under 15", "for teens", "spf 30", "for men"])
    return f"{a} {b} {c}"

# ---------------------------------------------------------------- quiz_profile
QUIZ = [
    "Combination",
    "Oily T-zone, dry cheeks",
    "Sensitive, reacts to fragrance & essential oils",
    "My main concern is hyperpigmentation (PIH from old acne)",
    "Fitzpatrick IV, olive undertone",
    "Undertone: neutral-warm. Veins look green-ish on my wrist.",
    "Age range: 35-44",
    "I'm allergic to nickel and lanolin -- please filter those out of recommendations.",
    "Goals: fewer breakouts > smaller pores > glow",
    "Budget: < $30 per product",
    "Preferred finish: dewy (not greasy)",
    "Hair type: 3B curls, high porosity, color-treated",
    "Climate: humid, ~80% in summer",
    "Do you wear makeup daily? -> Only on weekends",
    "Skin concerns (pick all): [x] redness [x] dehydration [ ] wrinkles [ ] acne",
    "Pregnant / breastfeeding? Yes, 2nd trimester",
    "Current meds: isotretinoin (month 3 of 6). Skin super dry.",
    "Nickname: Glowy_Gabi",
    "Display name: Zoë O'Connor",
    "Bio: licensed esthetician 🧖‍♀️ | acne & rosacea nerd | opinions are my own",
    "Email: ana.silva+beauty@example.com",
    "Instagram: @skin.by.mira",
    "Website: https://mira-skin.example.org/blog",
    "Preferred language: Deutsch",
    "Notification settings: order updates ON, newsletter OFF, restock alerts ON",
    "Shade profile: foundation 2N1 (Estée), 215 (Fenty), NC20 (MAC)",
    "I tan easily in summer so my shade goes from 110 to 140 in July.",
    "Concerns: melasma on upper lip & forehead; no hydroquinone please (tried, irritated).",
    "Sleep: 6 hrs. Water: 1.5L. Stress: high. (Does this matter for the quiz??)",
    "Fragrance preferences: woody > floral > gourmand. Hate anything 'fresh/aquatic'.",
    "Eye color: hazel; Hair: dark blonde; Skin: light with pink undertone",
    "Describe your skin in your own words: 'tight after washing, shiny by noon'",
    "Prénom : Clémence — Type de peau : mixte à grasse",
    "Hauttyp: trocken, empfindlich, neigt zu Rötungen",
    "Tipo de piel: grasa con tendencia acneica",
    "肌タイプ：混合肌",
    "피부 타입: 건성",
    "Name: 李雨桐 / Yutong Li",
    "Username: kbeauty_junkie_92",
    "Shipping note: leave parcel with neighbour at no. 14 if not home",
    "Address line 2: Apt 5B, c/o Müller",
    "Phone: +44 7700 900123",
    "Birthday (for birthday gift): 03/14",
    "Skin goal in one sentence: I just want to leave the house without foundation.",
    "Reaction history: rash from Methylisothiazolinone in 2019; hives from a henna brow tint.",
    "Are you vegan? Yes -- no beeswax, carmine (CI 75470), lanolin.",
    "Sun exposure: outdoor job (landscaper), 8h/day",
    "Makeup level: 2/5 — tinted moisturizer, mascara, brow gel.",
    "Pores: visible on nose & cheeks. Blackheads: yes, nose only.",
    "Preferred price tier: $$ (mid-range)",
    "Dislikes: sticky textures, heavy scents, pumps that don't work, jars.",
    "Other: I have vitiligo on my hands, need matching body coverage recs.",
    "Skin gets flaky around eyebrows & nose in winter (seb derm?)",
    "Timezone: Europe/Lisbon",
    "Unit preference: ml (not fl oz)",
    "Anything else? -> I use a <3-step> routine max, please don't recommend 10 products.",
    'Skin type (my words): oily | dehydrated | sensitive -- all at once, somehow.',
]

def tmpl_quiz(r):
    t = r.choice(["Dry", "Oily", "Combination", "Normal", "Sensitive"])
    c = r.choice(["acne", "redness", "dark spots", "fine lines", "dehydration", "large pores", "dullness"])
    u = r.choice(["cool", "warm", "neutral", "olive"])
    a = r.choice(["18-24", "25-34", "35-44", "45-54", "55+"])
    return f"Skin type: {t}; main concern: {c}; undertone: {u}; age: {a}"

# ---------------------------------------------------------------- dupe_list
DUPE = [
    "Dupe: e.l.f. Halo Glow = Charlotte Tilbury Hollywood Flawless Filter",
    "Milani Baked Bronzer ≈ Guerlain Terracotta (close but more orange)",
    "The Ordinary Buffet ~ Drunk Elephant Protini (not the same texture!)",
    "Lip: NYX Butter Gloss 'Crème Brûlée' vs Fenty Gloss Bomb 'Fenty Glow' -- 90% match",
    "Dupes list (drugstore -> luxury):\n1. Maybelline Sky High -> Benefit BADgal Bang\n2. L'Oréal Lumi Glotion -> Glossier Futuredew\n3. Revolution Conceal & Define -> Tarte Shape Tape",
    "| Luxury | Dupe | Price diff |\n|---|---|---|\n| La Mer Crème | Nivea Creme | -$190 |\n| SkinCeuticals CE Ferulic | Timeless 20% C+E | -$140 |",
    "Not a dupe, a 'similar vibe': Rhode Peptide Lip Treatment & Summer Fridays Lip Butter Balm.",
    "Dupe for YSL Libre? Zara 'Wonder Rose' smells close on paper, not on skin.",
    "Colourpop 'Lippie Stix - Brink' is basically MAC 'Velvet Teddy'.",
    "Swatches side by side: left = Nars Orgasm, right = Wet n Wild 'Pearlescent Pink'.",
    "Hot take: dupes are fine, stop shaming people for buying them.",
    "Is Inkey List Caffeine Eye Cream a dupe for the Ordinary Caffeine Solution 5% + EGCG? Different base.",
    "Dupe culture makes me sad when the dupe copies packaging 1:1. Formula dupes ok, counterfeits no.",
    "Price per ml: dupe €0.35/ml vs original €2.10/ml -> 6x cheaper.",
    "Sheglam 'Sun Sculpt' -> Fenty Match Stix Amber? More grey, but works on light-medium.",
    "For Dior Lip Glow, try Burt's Bees tinted balm 'Hibiscus' — similar sheer tint, less glossy.",
    "Cetaphil Rich Hydrating Night Cream ≈ Kiehl's Ultra Facial Cream (both slightly occlusive).",
    "Best dupes 2024 (my list, not sponsored):\n- Hailey Bieber glazed donut look: Glow Recipe toner + Laneige lip\n- Clean girl brows: soap brows w/ Glossier Boy Brow alternative",
    "Uh, no. That 'dupe' has fragrance & alcohol; original doesn't. Not equivalent for sensitive skin.",
    "Clinique Black Honey = Maybelline SuperStay Vinyl Ink 'Cheeky'? Closer is Revlon 'Black Cherry'.",
    "Amazon 'dupes' with weird brand names like XQWPLZ -- avoid, no INCI listed.",
    "La Roche-Posay Cicaplast B5 -> Avène Cicalfate+ -> Bepanthen (the OG baby cream).",
    "Rare Beauty Soft Pinch 'Hope' vs Makeup Revolution Superdewy 'Flushing for You'",
    "Chanel Les Beiges → Physicians Formula Butter Bronzer (cheaper, smells of cocoa butter)",
    "Le dupe parfait de la crème Embryolisse ? La Nivea Soft, selon moi.",
    "Der perfekte Dupe: Balea Hyaluron Serum statt The Ordinary.",
    "Dupe de Rare Beauty: e.l.f. Camo Liquid Blush 'Pinkie Promise'.",
    "Sephora Collection cleansing balm vs Banila Co Clean It Zero – identical INCI first 5 ingredients.",
    "If you want the Augustinus Bader vibe for < $30: Vanicream Daily Facial Moisturizer. Fight me.",
    "Shade match: Fenty 185 <=> Estée 2W1 <=> MAC NC25",
    "Huda Beauty Easy Bake powder / dupe: Ruby Kisses Banana Powder",
    "Dupes thread rules: include price, link & a swatch photo, no affiliate codes please.",
    "Original: $42 (30ml). Dupe: $9 (30ml). Difference: I can't tell after 4 weeks.",
    "Glossier You vs Phlur Missing Person vs Kayali Vanilla 28 — not dupes of each other, people!",
    "Revolution Pro Miracle Cream ~ Charlotte's Magic Cream (tube vs jar, same smell lol)",
    "Dupe request: anything like Tatcha Dewy Skin Cream but without the 15 fragrance allergens?",
    "Sisley Black Rose mask → Loreal Revitalift filler mask?? Not even close.",
    "Too Faced Better Than Sex mascara dupe = Essence Lash Princess. Forever.",
    "Dupe spreadsheet link: https://docs.example.com/spreadsheets/d/dupes-2024/edit#gid=0",
    "Jo Malone 'Wood Sage & Sea Salt' ↔ Zara 'Ebony Wood'",
    "Skin1004 Centella Ampoule ≈ Purito Centella Unscented Serum (both ~$15)",
    "Kylie Lip Kit 'Candy K' dupe: NYX Lip Lingerie 'Embellishment'.",
    "Mario Badescu Drying Lotion ≈ DIY: calamine + a dab of salicylic gel (not recommending, just saying).",
    "My dupe test method: 50/50 face split for 14 days, same lighting photos, no other changes.",
    "Urban Decay All Nighter -> NYX Matte Finish Setting Spray (half face test, NYX lost by 2h).",
    "Drunk Elephant Slaai ↔ Farmacy Green Clean — both balms, Farmacy has more fragrance.",
    "Dior Backstage Glow palette dupe: Makeup Revolution 'Glow Splendour' palette",
    "Tom Ford Lost Cherry → Dossier 'Fruity Cherry' (≈ 80% at 1/10 price)",
    "Kosas Revealer ↔ Maybelline Instant Age Rewind (the eraser one) – Kosas is thinner.",
    "Benefit Hoola ↔ Catrice Sun Glow Matt (cooler, great for fair skin).",
    "Armani Luminous Silk 5.5 = Revlon Colorstay 220 Natural Beige for me.",
    "e.l.f. Power Grip Primer vs Milk Hydro Grip -- identical performance in my humid city.",
    "Pat McGrath 'Divine Rose' palette ≈ Huda Rose Quartz? Meh.",
    "Charlotte Tilbury Pillow Talk liner -> Rimmel 'East End Snob' liner. Perfect.",
    "Stop calling The Ordinary a dupe of SkinCeuticals; it's a different % and different base.",
]

def tmpl_dupe(r):
    lux = r.choice(["Charlotte Tilbury Pillow Talk", "Dior Lip Glow", "Fenty Gloss Bomb", "Nars Radiant Creamy Concealer", "Tatcha Water Cream", "Drunk Elephant C-Firma"])
    cheap = r.choice(["e.l.f.", "NYX", "Essence", "Catrice", "Wet n Wild", "Revolution", "Milani"])
    op = r.choice(["≈", "~", "=", "->", "vs", "<=>"])
    pct = r.choice(["80%", "90%", "95%", "70%", "almost identical", "close, but darker"])
    return f"{lux} {op} {cheap} dupe ({pct})"

# ---------------------------------------------------------------- batch_pao
BATCH = [
    "Batch code: 39A401",
    "Lot 2304B17 — is this expired?",
    "PAO 12M symbol on the back, opened it in March.",
    "The little open jar icon says 6M. So toss it by October?",
    "Code on the crimp: 8C2. Checkcosmetic says made in Feb 2022.",
    "EXP 05/2025",
    "Mfg. date 2023-11-08 / best before 2026-11",
    "Batch: LT/45321/X — bought from the 'outlet' store, worried it's fake.",
    "My lipstick says 'Lot: 4067' and PAO 18M. Is it still ok after 2 yrs if it smells fine?",
    "Sunscreen expiry: 08.2024 (printed on the tube end, barely readable)",
    "Batch 22K13 & 22K14 feel different (thinner). Formula change or just batch variation?",
    "Reporting a bad batch: 71N-0923 smelled rancid out of the box.",
    "hourglass symbol = use before date; open jar symbol = months after opening.",
    "PAO: 24M → I rarely use it, so I write the open date on the bottom with a Sharpie.",
    "Lot number is under the barcode: 3127Z9 (photo attached)",
    "Best before end: 12/2026. Period after opening: 12 months.",
    "Batch code check: 1S03 (L'Oréal) → made 2021, week 3?",
    "My mascara: PAO 3M, opened 1 Jan. Tossing on 1 April no matter what.",
    "'Made in Korea' + batch 20230615 + EXP 20260614",
    "Batch #A2231 — seal was broken on arrival.",
    "Is the number 'M2' on the lid the PAO or a mould number? Confused.",
    "Vitamin C turned orange after 2 months even though PAO says 6M. Oxidised?",
    "Production date encoded as YYDDD: 24045 → 14 Feb 2024.",
    "Lot: 2C0407 / 12M / Recyclable ♻ 05 PP",
    "Symbols on box: ♻, 🐰 Leaping Bunny, 'e' estimated sign, 12M, Triman",
    "The 'e' next to 50 ml means average fill (EU estimated sign), not 'expired'.",
    "PAO chart I use: mascara 3M, liquid liner 6M, foundation 12M, powders 24M, lipstick 18M",
    "Mine is batch 4T15F. Has anyone else had the separation issue (oil on top)?",
    "Can I return an item with batch 23-09-A? The recall notice mentions 23-08-* only.",
    "Lot no. 0Q71 ... expiry not printed anywhere?!",
    "Best-by sticker covered the PAO symbol, peeled it: 9M.",
    "Batch code: KA1245-ZZ-3. Date: ? The brand won't tell me.",
    "Bottle bottom: 'L 5 124 PR' — anybody know how to decode Pierre Fabre batch codes?",
    "Opened: 2024-02-10 | PAO: 12M | Toss: 2025-02",
    "The date stamp smeared off in the shower. Any way to look up by barcode 3337875597197?",
    "Lote: 23C09 — caducidad 03/2026",
    "Charge: 2A5210 — haltbar bis 10/2025",
    "Numéro de lot : 3H871, PAO 6M",
    "製造番号：A2Y3 使用期限：2026.03",
    "제조번호: 3AB12 / 사용기한: 2026.05.01",
    "Batch code on the tube crimp is 'B23' then a space then '117' — separate or together?",
    "Does PAO start when you open the box or when you break the seal? Seal, I assume.",
    "Expired powder from 2019 — safe? Powders last longer, but check for a crust or smell.",
    "Unopened shelf life is 30 months per EU rules if no date is printed.",
    "Batch 77G & 77H are both in my drawer: 77G smells fine, 77H like crayons.",
    "Shipping label showed 'LOT 001A / EXP 2027-01' for the whole order.",
    "PAO icon: 🫙 with '6M' inside. (sorry, couldn't find the exact emoji)",
    "Recall search: batch 2205B* (asterisk = any digit), model SPF50-TINT",
    "Why is my sunscreen batch 21/09 still in stores in 2024? Isn't that close to expiry?",
    "Batch scanner app says 'code not recognised' for 4D10X. Fake?",
    "Lot: 4B2-0015-FR; Mfg: 02/24; PAO 12M; Net 50 ml ℮",
    "Perfume batch: 1M01 — 'vintage' from eBay listed as 2011 formula.",
    "Can I still use a 14-month-old eye cream with a 12M PAO? Probably fine, but eyes = be careful.",
    "My record: 'Lip balm | opened 2023-06 | PAO 12M | still good'",
    "Batch 3F14 smells different to 3E02. The new one has a plastic note.",
]

def tmpl_batch(r):
    code = r.choice(["2A5", "39F", "K11", "7C0", "4R2", "L23", "0B9"]) + r.choice(["0413", "172", "88", "2024", "9Q", "31A"])
    pao = r.choice(["3M", "6M", "9M", "12M", "18M", "24M"])
    month = r.choice(["Jan", "Mar", "May", "Jul", "Sep", "Nov"])
    year = r.choice(["2023", "2024", "2025"])
    return f"Batch {code}, PAO {pao}, opened {month} {year}"

# ---------------------------------------------------------------- support_return
SUPPORT = [
    "Hi, I'd like to return order #48213 -- wrong shade (got 320 instead of 230).",
    "The foundation arrived with the pump snapped off. Photos attached. Refund or replacement pls.",
    "Return reason: allergic reaction (swelling around eyes). Used twice.",
    "My parcel says 'delivered' but nothing's at my door. Tracking: 1Z999AA10123456784",
    "Can I exchange an opened lipstick? Only swatched once on my hand.",
    "Package leaked: the toner soaked through the box and ruined the sheet masks.",
    "Discount code SPRING20 isn't working at checkout, says 'invalid'.",
    "Please cancel order #50120, I ordered twice by mistake (same items).",
    "Where's my refund? Returned on 3 March, it's now 28 March.",
    "Address correction: it's 12 Rue de l'Église, not 12 Rue de l Eglise.",
    "I was charged twice -- $34.90 and $34.90 -- for one order.",
    "Items missing: ordered 3 x sheet masks, received 2.",
    "Can you ship to Northern Ireland? The site says UK only but my postcode BT7 fails.",
    "Gift wrap request: no prices on the receipt please, it's for my mum.",
    "The tester you sent is the wrong one (I asked for 'Deep 05', got 'Light 01').",
    "Why is the return window only 14 days? I need more than 2 weeks to know if a serum breaks me out.",
    "Product arrived already open — foil seal missing. That's unhygienic.",
    "Returning: 1 x Retinol 0.5% (unopened) — changed my mind.",
    "Loyalty points didn't apply: I should have 1,240 points, dashboard shows 240.",
    "Live chat: hi, is anyone there? I've been waiting 20 mins :(",
    "Product page says 'cruelty-free' but the brand sells in mainland China (pre-2021 testing). Which is it?",
    "Please delete my account and data (GDPR request). Username: lisa_glow.",
    "I can't log in; the password reset email never arrives (checked spam).",
    "The subscription auto-renewed for another 3 months; I cancelled in the app on the 2nd.",
    "Return label please, the box is already sealed with tape & ready.",
    "I got a 'sample' of a product I'm allergic to (contains lanolin). Can you add notes to my profile?",
    "My order got stuck at customs — do I need to pay the VAT & €12 handling fee?",
    "The jar lid arrived cracked; the cream inside looks OK but I'm worried about contamination.",
    "Bonjour, ma commande n° 77821 est arrivée incomplète, il manque le sérum.",
    "Hallo, ich möchte meine Bestellung stornieren. Bestellnummer 66310.",
    "Hola, mi pedido llegó dañado. ¿Cómo lo devuelvo?",
    "注文番号 55012 の商品が届いていません。",
    "주문번호 44100 환불 요청합니다. 제품이 파손되어 왔어요.",
    "Refund to original payment method please, not store credit.",
    "Can I drop the return at a post office or does it have to be a specific courier?",
    "Expired product received! EXP 01/2024 and it's Feb 2024 now.",
    "Order total was €48.50 but free shipping threshold is €50 -- could you waive the €3.90 this once?",
    "Hi team, quick q: do you price match? Another store has it for £18.",
    "Invoice needed with VAT ID DE123456789 for my salon.",
    "Wholesale inquiry: 50+ units/month for a spa in Lisbon. Who do I contact?",
    "Damaged on arrival: eyeshadow pan #4 shattered, powder everywhere.",
    "I ordered the travel size (15ml) but received full size (50ml) & was charged for travel size. Want to pay the difference honestly.",
    "The website crashed mid-payment; was my card charged? Order confirmation never came.",
    "Could you resend the confirmation to my other email: m.kowalski@example.net?",
    "Subscription box: please skip May, I'm travelling.",
    "Courier left the parcel in the rain — everything's fine except the soggy box, just FYI.",
    "Item counterfeit? The font on the box is different from the one I bought in-store.",
    "Promo said 'buy 2 get 1 free' but the third item is charged at full price.",
    "Change delivery to pickup point: Packstation 112, 10115 Berlin.",
    "My return was rejected because 'product used'. I used it ONCE and it burned. Please escalate.",
    "Please remove me from SMS marketing. Reply STOP didn't work.",
    "Hi!! Order #61022 — I'd like to add a gift note: 'Happy birthday Sis <3 — love, J.'",
    "Can I get a sample of shade 330 and 340 before committing to the full size?",
    "Hello, I'm blind and use a screen reader; the shade picker isn't accessible. Can you help me choose by phone?",
    "Refund received, thank you so much for the fast help, Sarah from support was lovely!",
    "Your order confirmation email literally says 'Hi {{first_name}}, thanks for shopping!' lol, template bug?",
    "On mobile the price shows as '${price}' instead of a number on the Cicaplast page.",
    'Checkout total shows $0.00 && then the real amount at the last step — confusing.',
]

def tmpl_support(r):
    order = r.choice(["#40112", "#41987", "#50233", "#52001", "#60488", "#61377"])
    issue = r.choice(["arrived damaged", "is the wrong shade", "never arrived", "leaked in the box", "was missing an item", "caused a rash"])
    ask = r.choice(["Can I get a refund?", "Please send a replacement.", "What are my options?", "Can I exchange it?", "Return label please."])
    greet = r.choice(["Hi,", "Hello!", "Hey there,", "Good morning,", ""])
    return (greet + " " if greet else "") + f"order {order} {issue}. {ask}"

# ---------------------------------------------------------------- caption
CAPTION = [
    "GRWM for date night 💋 #grwm #makeuptutorial #softglam",
    "glass skin era ✨ routine in comments! #kbeauty #glassskin #skincarecommunity",
    "Swipe ➡️ for the before/after (no filter, same lighting). #acnejourney #tretinoin",
    "PR package unboxing 📦 thank you @brandname! #gifted #ad",
    "New in: the $8 serum everyone's talking about 👀 worth it? #drugstoreskincare",
    "5 products I'd repurchase forever:\n1. cerave cream\n2. anthelios spf\n3. lip mask\n4. snail essence\n5. azelaic acid\n#empties",
    "POV: you finally found your shade 🥹 #shadematch #deeperskintones",
    "Sunday reset 🧖‍♀️🛁 mask on, phone off #selfcaresunday",
    "no-makeup makeup (it's a LOT of makeup) 😂 #nomakeupmakeup",
    "Skincare is self care ♥ but sunscreen is non-negotiable ☀️ #spfeveryday",
    "Link in bio 🔗 code MIRA15 for 15% off (affiliate)",
    "Use my code GLOW10 at checkout → 10% off 💸 #affiliate #sponsored",
    "Día de spa en casa 🧖🏽‍♀️ #rutinadeskincare #pielgrasa",
    "Ma routine du soir en 4 étapes 🌙 #routinebeaute #peausensible",
    "Meine Lieblingsprodukte im Winter ❄️ #hautpflege #trockenehaut",
    "今日のメイク💄 #コスメ好きさんと繋がりたい #メイク",
    "오늘의 데일리 메이크업 💕 #데일리메이크업 #뷰티스타그램",
    "Tutorial: cut crease in 5 mins ✂️ (ok, 15) #eyeshadow #cutcrease",
    "drugstore vs high end — can YOU tell? 👇 comment A or B",
    "The lipstick that survived a 3-course dinner 🍝🍷 #longwear #liquidlipstick",
    "Me: I have enough lip balms. Also me: *buys 4 more* #beautyhaul",
    "Honest review time 🧐 not sponsored, I paid for all of this with my own $$$",
    "Dermatologist-approved? 🤔 Let's read the INCI together #skincarescience",
    "Abracadabra, breakouts gone 🪄 (it was just time + patience + adapalene)",
    "Dry January? Dry SKIN January. 🥶 #winterskincare",
    "Tag someone who needs to wear more SPF 🫵☀️",
    "Summer essentials: SPF stick, lip oil, setting spray, blotting papers 🌊",
    "When the foundation matches on the first try > 🫶",
    "Smell this through the screen 🍑 new body mist just dropped #bodycare",
    "That Friday feeling + a clay mask 🟢 #maskmonday (but on Friday)",
    "Blush placement for round faces ⭕ higher & pulled toward temples #blushhack",
    "Day 30 of tretinoin 0.025% — purge is over, texture finally smoothing 📈",
    "Trying the viral 'skin cycling' for 4 weeks 🔁 results in part 2",
    "It's giving... clean girl ✨ slicked bun, brushed-up brows, glossy lips",
    "My #empties this month 🗑️ what should I repurchase?",
    "Soft glam for a Desi wedding 💛 #bridalmakeup #southasianmakeup",
    "Hooded eyes? This liner trick changed my life 👁️ #hoodedeyes",
    "@skin.by.mira asked for my routine so here it is 👇 (long caption sorry)\nAM: rinse, vit C, gel cream, SPF 50\nPM: balm, gel cleanser, retinal, ceramides\nWeekly: 1 BHA night, 1 mask night",
    "Rainy day, cosy routine ☔ #skincareroutine #selfcare",
    "Shades 110-480 swatched on my arm 💪 all 24 in one photo",
    "Ad | I've partnered with @brand to show you their new SPF. All opinions mine.",
    "Rate this look 1-10 👇",
    "Budget beauty under £10 🛒 #budgetbeauty #ukbeauty",
    "Skincare shelfie 🪞✨ the organising took 3 hours lol",
    "Don't sleep on this lip liner 😴 Pillow-Talk-adjacent for a 1/4 of the price",
    "Reminder: your skin isn't 'bad', it's skin 🤍 #skinpositivity #acnepositivity",
    "Trying every red lipstick in my collection 💄 #redlips",
    "Got my brows laminated 🤩 before ⬅️ | after ➡️",
    "Behind the scenes of today's shoot 📸 MUA: @glam.by.lu",
    "Vegan, cruelty-free, and actually good? 🐰🌱 #veganbeauty",
    "Masking with my mum 💚 she's 72 and her skin is better than mine",
    "Hot girls wear SPF 😎☀️",
    "🫧 Double cleansing 101 🫧 step 1: oil/balm, step 2: gentle foam. That's it!",
    "Testing waterproof mascara in the pool 🏊‍♀️ results ⬇️",
    "Follow for more honest reviews 🙌 #beautyreview #skincaretips",
    'cleanse; tone; moisturise; SPF. repeat. 🔁 #skincareroutine',
]

def tmpl_caption(r):
    lead = r.choice(["GRWM", "Morning routine", "Night routine", "Empties", "Haul", "Get ready with me", "Skincare check-in"])
    emoji = r.choice(["✨", "💄", "🧴", "🌙", "☀️", "💕", "🫧"])
    tags = r.sample(["#skincare", "#makeup", "#beauty", "#kbeauty", "#skincareroutine", "#glowup", "#acne", "#spf", "#beautytips", "#crueltyfree"], 3)
    return f"{lead} {emoji} " + " ".join(tags)

CATEGORIES = [
    ("review", REVIEW, tmpl_review),
    ("inci_list", INCI, tmpl_inci),
    ("product_name", PRODUCT, tmpl_product),
    ("routine", ROUTINE, tmpl_routine),
    ("search_query", SEARCH, tmpl_search),
    ("quiz_profile", QUIZ, tmpl_quiz),
    ("dupe_list", DUPE, tmpl_dupe),
    ("batch_pao", BATCH, tmpl_batch),
    ("support_return", SUPPORT, tmpl_support),
    ("caption", CAPTION, tmpl_caption),
]


def build():
    rng = random.Random(SEED)
    rows = []
    n = 0
    for cat, lits, tmpl in CATEGORIES:
        assert len(lits) >= 50, (cat, len(lits))
        vals = list(lits[:PER_CAT])
        seen = set(vals)
        tries = 0
        while len(vals) < PER_CAT:
            tries += 1
            assert tries < 10000, cat
            v = tmpl(rng)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": cat, "label": "benign", "value": v})
    return rows


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "benign.jsonl")
    rows = build()
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    print("wrote %d rows to %s" % (len(rows), out))


if __name__ == "__main__":
    main()
