#!/usr/bin/env python3
"""Benign values for the auctions held-out WAF corpus (auction house / collectibles).

Standard library only. Deterministic: random.Random(10501). Writes benign.jsonl next to
this file. 10 categories x 80 values; each category has >= 52 hand-written literals and
the rest come from one small template over hand-written pools.
"""
import json
import os
import random

SEED = 10501
PREFIX = "hba5"
PER_CATEGORY = 80

LOT_TITLE = [
    "Lot 214: Victorian mahogany writing slope, c.1860",
    "1909-S VDB Lincoln cent PCGS VF30 BN",
    "Pair of Meissen figures \u2014 \u201cThe Gardeners\u201d \u2014 19th c.",
    "Penny Black, plate 1a, 4 margins, red MX cancel",
    "Rolex Submariner 5513 (1972) \u2014 box & papers",
    "Signed Babe Ruth baseball, JSA LOA",
    "Art Deco diamond & platinum bracelet, approx. 4.2ct",
    "Union Pacific railroad lantern, Adams & Westlake",
    "Early Chinese celadon bowl, Song dynasty style",
    "Hot Wheels Redline lot (3) \u2014 Custom Camaro, Beatnik Bandit, Python",
    "Drop-leaf Pembroke table, George III, satinwood",
    "Select group of Roman denarii (x12), ex-Hirsch",
    "Order of the British Empire (OBE) medal, cased",
    "Sleep-Eze advertising tin, 1930s, rare variant",
    "M\u00e4rklin gauge 1 live steam locomotive",
    "Tiffany & Co. sterling tea set, 5 pcs",
    "Pok\u00e9mon Base Set Charizard #4/102 PSA 9",
    "Ming-style blue & white 'dragon' vase",
    "O'Keeffe exhibition poster, 1987, signed in plate",
    "Union Jack flag from HMS Belfast \u2014 provenance attached",
    "Leica M3 double stroke + Summicron 50/2",
    "Inverted Jenny REPLICA (not original!)",
    "Edo period katana, signed (mei), with NBTHK papers",
    "19th c. French bronze, \u201cL'Amour\u201d, after Falconet",
    "Gibson Les Paul Standard '59 reissue, 2003",
    "Canada 1851\u20131950 collection on Lighthouse pages",
    "Herm\u00e8s Birkin 35 Togo \u2014 Gold/GHW",
    "Banksy \u201cGirl with Balloon\u201d print \u2014 COA from Pest Control",
    "Georgian silver cruet set, London 1792",
    "Lot 88 | Tribal mask | Dan people, C\u00f4te d'Ivoire",
    "1oz Britannia 2021 BU (tube of 25)",
    "Star Wars Kenner Boba Fett 1979 AFA 85",
    "Steiff teddy bear, button-in-ear, ca. 1908",
    "WWII US Navy deck watch, Hamilton Model 22",
    "Antique Persian Heriz rug 9'8\" x 12'4\"",
    "Carved jade 'cabbage' pendant w/ GIA report",
    "Eames lounge chair & ottoman (Herman Miller, 1970s)",
    "Set of 6 Louis XV-style fauteuils -- needs reupholstery",
    "Action Comics #1 facsimile (NOT the real one)",
    "Roman oil lamp, 1st\u20132nd c. AD, intact",
    "Cartier Tank Louis, 18k, manual wind",
    "Vintage Coca-Cola chest cooler, 1950s",
    "Scarce 1893-CC Morgan dollar NGC MS62",
    "Hiroshige woodblock \u2014 T\u014dkaid\u014d series, station 12",
    "Macallan 18 Sherry Oak, 1995 bottling",
    "Lalique 'Bacchantes' vase, post-war",
    "Lionel 700E Hudson <boxed>",
    "Taxidermy (pre-1947) \u2014 CITES paperwork in lot notes",
    "Dinky Toys Supertoys gift set #990",
    "Moon rock display (replica) + NASA patch",
    "Shell Oil porcelain sign, double-sided, 48\"",
    "Group of 5 WWI medals to Pte. J. O'Brien",
    "Script & signature: Einstein letter (secretarial), 1949",
]
LOT_TITLE_POOLS = {
    "adj": ["Fine", "Rare", "Early", "Large", "Small", "Important", "Charming", "Unusual"],
    "obj": ["walnut bureau", "silver snuff box", "bronze inkwell", "cameo brooch",
            "pocket watch", "tin toy robot", "cigar humidor", "brass telescope",
            "sampler", "carriage clock"],
    "period": ["c.1790", "c.1850", "early 20th c.", "1920s", "mid-century", "Regency",
               "Edwardian", "Meiji period"],
}


def tpl_lot_title(r, i):
    p = LOT_TITLE_POOLS
    return "Lot %d: %s %s, %s" % (r.randint(1, 999), r.choice(p["adj"]), r.choice(p["obj"]),
                                 r.choice(p["period"]))


DESCRIPTION = [
    "A fine George III mahogany bureau, the fall front enclosing a fitted interior of pigeonholes and small drawers, above four graduated long drawers on bracket feet.",
    "Oil on canvas, signed lower right \u201cJ. Whitcombe\u201d. Framed. Image 24 x 36 in.",
    "Hand-painted tin clockwork robot, Japan, c. 1958. Key-wound; walks and sparks. Original box with some wear.",
    "**Highlights**\n- Original dial\n- Service papers 2019\n- Bracelet stretched (see photos)",
    "| Item | Qty | Notes |\n|---|---|---|\n| Spoons | 12 | Old English pattern |\n| Forks | 12 | two bent |",
    "Union of two traditions: the body is Meissen porcelain, while the gilt-bronze mounts are Parisian, added c. 1880.",
    "Please select the lot images carefully \u2014 photo 7 shows the small chip; everything else is original.",
    "The drop-front desk opens to reveal a secret compartment (see video).",
    "Consigned by the family; we have not tested the movement and sell it as-is.",
    "Includes: pen, inkwell & blotter; leather is dry but intact.",
    "Large collection of British stamps in 3 albums; QV to QEII; many mint; some duplicates. Worth a careful look!",
    "Printed on heavy cardstock; 1/250 from the artist\u2019s proof series. Numbered in pencil.",
    "Set of 24 Wedgwood plates. Order of the images: front, back, backstamp, detail.",
    "This listing is for the record player ONLY -- speakers are in lot 215.",
    "Measurements: H 42 cm \u00d7 W 31 cm \u00d7 D 18 cm (16\u00bd \u00d7 12\u00bc \u00d7 7 in).",
    "Featuring the scarce 'wide date' variety. Struck from worn dies, as usual for this issue.",
    "A rare first edition of \u201cThe Hobbit\u201d (1937), with the dust jacket in facsimile.",
    "Comes with the original invoice from 1974 ($1,850) and a hand-written note from the jeweller.",
    "Made for the export market: marks on base read \u201cMADE IN OCCUPIED JAPAN\u201d.",
    "Condition is described in the report; buyers should inspect or request additional photos before bidding.",
    "Featuring <b>bold</b> colours \u2014 sorry, I meant vivid cobalt and iron red.",
    "Model number: 5513; serial 3.4M range; dial: meters-first. Bezel insert replaced.",
    "The case is 18ct gold (hallmarked), movement jewelled 15 rubies, keyless wind.",
    "A Chinese export famille rose punch bowl, Qianlong period, painted with hunting scenes.",
    "Limited to 500 copies. This is #17/500. Signed by the whole cast.",
    "Runs well; last serviced 06/2022 in Geneva. Timegrapher: +4 s/d, amplitude 280\u00b0.",
    "Cards are sleeved & toploaded. Grades shown in each photo. No returns on raw cards.",
    "A set of six Windsor chairs (two with arms), ash and elm, early 19th century.",
    "Glass: Murano, attributed to Venini. No signature found, so attribution only.",
    "Sold with the original shipping crate marked \u201cTHIS SIDE UP \u2191\u201d.",
    "Weight: 31.1 g (1 troy oz) .999 fine silver; diameter 38.6 mm.",
    "Comic is CGC 8.0 (white pages). Slab has light scuffs; not cracked.",
    "Beautiful grain! Oak, quarter-sawn; tiger stripes visible in photo 3 & 4.",
    "Two chairs have later upholstery; the other four retain the original horsehair.",
    "The vase is decorated in underglaze blue with a five-clawed dragon chasing a flaming pearl.",
    "Cast from the original mold by the foundry (Rudier stamp). Patina: brown/green.",
    "Whole lot: 1 x guitar, 1 x hard case, 1 x strap, 2 x spare strings. Plays great.",
    "Title reads \u201cSelect Poems\u201d \u2014 a 1926 printing by the Hogarth Press.",
    "\u2014 Estate of the late Mrs. D'Arcy \u2014\nAll items from a single-owner collection.",
    "A medieval-style dagger (reproduction, 20th c.). Buyer must be 18+.",
    "The barometer reads 29\u201331 inHg; mercury removed for shipping.",
    "Bound in half calf with marbled boards; spine label reads \u201cVol. II\u201d.",
    "Vintage Levi's 501 XX, big E, selvedge; waist 32 / inseam 30.",
    "One of the earliest known examples of the \u2018Drop\u2019 model (1911) with the patent date stamped.",
    "Chess set: Jaques of London, Staunton pattern, king 3.75\". Box included.",
    "See PDF condition report: auctions.example.org/lot/1142/report.pdf",
    "Tested with a 9V battery \u2014 lights work, sound doesn't.",
    "Cut glass decanter with stopper (stopper may be a later marriage).",
    "Typewriter \u2014 Olivetti Lettera 22; ribbon dry; keys all work; case zip broken.",
    "Fireplace fender, brass & iron; length 4' 6\". Heavy \u2014 collection only.",
    "A ship's bell engraved \u201cSS KILDONAN 1912\u201d.\n\nMounted on a later oak bracket.\n\nDiameter 28 cm.",
    "Sampler worked by \u201cMary Ann Hodges aged 11 years 1834\u201d, alphabet and verse, in a maple frame.",
    "This bundle is cash-on-collection only; we cannot ship glass > 1 m.",
    "Rendered in the catalogue as: Estimate {{low}}\u2013{{high}} \u2014 the placeholders did not fill in.",
    "Drawer 1 -> drawer 2 -> drawer 3: all dovetailed && all original; the top one sticks a little.",
    "Select your currency | GBP | EUR | USD \u2014 conversions are approximate.",
    "Sold as a pair; the union of the two halves was done in 1950 (see letter, \u2018--\u2019 marks are pencil).",

]
DESC_POOLS = {
    "material": ["walnut", "sterling silver", "porcelain", "bronze", "pewter", "rosewood",
                 "cast iron", "ivory-coloured resin"],
    "feature": ["original key", "maker's label", "later handles", "replaced glass",
                "stamped mark to base", "period fittings", "signed in the plate"],
    "flaw": ["light wear consistent with age", "a small repair to one foot",
             "minor scratches", "faint surface rubbing", "no visible damage"],
}


def tpl_description(r, i):
    p = DESC_POOLS
    return "Made of %s, with %s. Condition: %s." % (r.choice(p["material"]),
                                                 r.choice(p["feature"]), r.choice(p["flaw"]))


PROVENANCE = [
    "Ex-collection of Dr. R. O'Neill; acquired Sotheby's London, 12 May 1987, lot 143; by descent.",
    "Private collection, Zurich (acquired before 1970); thence by inheritance.",
    "Purchased from the artist's studio in 1962 by the present owner's father.",
    "With Spink & Son, London, 1954; Christie's New York, 3 Oct 2001, lot 77.",
    "Provenance: Estate of Jean-Luc D\u00e9sir\u00e9 (1921\u20132003), Lyon.",
    "Found in a barn in Ohio in 2015 \u2014 no earlier history known.",
    "Ex Eliasberg (1982), ex Norweb (1988), ex Pittman (1997).",
    "The seller's grandfather bought it in Shanghai, 1936; receipt in Chinese included.",
    "Acquired at Bonhams Edinburgh -> private collection -> present consignor.",
    "Export licence: UK ACE 2019/0457 (copy on file).",
    "Exhibited: Royal Academy Summer Exhibition, 1911, no. 512.",
    "Literature: Smith & Jones, 'English Clocks', 1994, p. 132, fig. 88.",
    "Accompanied by a letter from the Hergé Foundation confirming authenticity.",
    "Previously sold: Heritage Auctions 2014 FUN sale, lot 5123 (PCGS cert 12345678).",
    "From the collection of the late Sir Harold O\u2019Donnell, Bt.",
    "Bought off eBay in 2009 \u2014 honestly no idea before that.",
    "Gifted by the sitter to her housekeeper, Mrs. McAllister; by descent to the vendor.",
    "Union Bank of Switzerland safe-deposit box, sealed since 1968 (per family).",
    "Ex-museum deaccession (Museum of Fine Arts, inv. 1923.447), with board minutes.",
    "Chain of custody: seller -> Art Loss Register search (clear, ref ALR-S00423) -> us.",
    "ALR certificate attached; no matches found on the register as of 03/2024.",
    "Acquired via the Dorotheum, Vienna, Nov. 1999, lot 1402.",
    "Formerly in the 'Drop Forge' collection of tools (Sheffield), dispersed 2008.",
    "Collected in situ by a colonial officer c. 1905; documented in his diary (copy).",
    "Possibly the example sold at Phillips in 1978 \u2014 we could not confirm.",
    "The stamps were mounted by the consignor's uncle, a postal clerk in Valletta.",
    "Original owner: Capt. A. Fitz-Herbert, RN (see engraved name on case back).",
    "Old collection label on reverse: \u201cColl. M. & E. Hartmann, No. 77\u201d.",
    "Order of owners: maker -> first buyer (1931) -> dealer -> us. Papers for each step.",
    "Offered with the provenance file (47 pp.) as a PDF: /lots/2231/provenance.pdf",
    "Per the seller: \u201cit has been in the family since 'forever' \u2014 at least 1890.\u201d",
    "Sold by order of the executors of the late Mr. K. Ng.",
    "Gallery label: Galerie Maeght, Paris \u2014 stock no. 7712.",
    "Documented in the catalogue raisonn\u00e9, vol. 3, no. 1047 (as \u2018whereabouts unknown\u2019).",
    "Imported into the US in 1972 under a valid permit (copy included).",
    "Repatriation checked: not on the Interpol stolen works database.",
    "Private collection, Kyoto; acquired from Yamanaka & Co. in the 1920s.",
    "Consignor's note: bought at a church fete in Devon for \u00a35 in 1983!",
    "Deaccessioned under Section 4 of the museum's collections policy (vote 2017-03).",
    "Pedigree: Garrett collection -> Bass collection -> private.",
    "The union of the two halves of the diptych happened in 1950, see the letter.",
    "Provenance gap 1933\u20131945 researched by an independent specialist; report available.",
    "Ex Richard II Collection (not the king, a dealer in Leeds).",
    "Inherited; our family tree: great-grandmother -> grandmother -> mother -> me.",
    "Old dealer code in pencil under the drawer: 'xzq/48' (meaning unknown).",
    "Acquired directly from the maker, Lalique, Paris, 1932 (invoice).",
    "Sold with a 1998 valuation for insurance purposes of \u00a312,000.",
    "The painting hung in the Savoy Hotel's private dining room until 1974.",
    "As listed in the 1911 house inventory, \u2018Drawing Room, item 23\u2019.",
    "Consigned from a deceased estate in Melbourne, VIC.",
    "Purchased from Stack's, New York (1955), original 2x2 envelope included.",
    "Owned by a touring musician; tour stickers under the case, see pics.",
]
PROV_POOLS = {
    "house": ["Christie's London", "Sotheby's New York", "Bonhams Knightsbridge",
              "Phillips Geneva", "Dorotheum Vienna", "Heritage Dallas", "Lempertz Cologne"],
    "month": ["Jan", "Mar", "May", "Jun", "Sep", "Oct", "Nov", "Dec"],
    "after": ["by descent", "private collection, Paris", "private collection, Boston",
              "thence to the present owner", "with a dealer in Brussels"],
}


def tpl_provenance(r, i):
    p = PROV_POOLS
    return "%s, %d %s %d, lot %d; %s." % (r.choice(p["house"]), r.randint(1, 28),
                                          r.choice(p["month"]), r.randint(1960, 2021),
                                          r.randint(1, 600), r.choice(p["after"]))


CONDITION = [
    "Minor foxing to margins; small 2mm chip to rim at 3 o'clock.",
    "Hairline crack <1cm on base, stable. No restoration visible under UV.",
    "Excellent \u2014 as new, never used.",
    "Good overall; light rubbing to gilding; one handle re-glued.",
    "Dial: refinished? Hard to say. Hands: original lume, patinated.",
    "Some wear to edges (see pics 3-6); no tears; spine intact.",
    "Crazing to glaze throughout, as usual for this type.",
    "Veneer lifting at one corner (approx. 3 x 1 cm).",
    "Movement running at time of cataloguing; not serviced.",
    "Slight warp to the top; drawers slide freely.",
    "Faded -- but colours still OK. Sun exposure on left side.",
    "Mint in box; box has a 1\" tear on the lid (taped).",
    "Condition 7/10. Would rate 8 if the clasp weren't replaced.",
    "Small loss to the tip of the left ear; otherwise good.",
    "Frame: chips to gesso; canvas: craquelure, no flaking.",
    "A few pinholes at corners (from old display); not affecting image.",
    "Stain to lower margin approx. 4 cm; does not reach the plate mark.",
    "UV shows retouching in sky area, upper right quadrant.",
    "Drop test? Ha, no \u2014 but it's clearly been dropped once; dent on bezel.",
    "Scratches to crystal; bracelet stretch approx. 2mm per link.",
    "Pages toned; binding tight; first gathering loose.",
    "Bulb tested & working; wiring is old \u2014 have it checked before use.",
    "Grade estimate: VG+ (vinyl) / G+ (sleeve). Plays through with light surface noise.",
    "Ears & paws re-padded (old restoration); squeaker not working.",
    "The enamel has 2 small chips: at 12 and at 7 o'clock.",
    "Dent on the lid approx. 5mm; hinge firm; lid closes well.",
    "Wear commensurate with age and use.",
    "Colour: slight fading; fibres: moth damage in 3 small areas (<2 cm each).",
    "Glass replaced (modern). Frame is original.",
    "Corners bumped; price-clipped dust jacket; previous owner's name on ffep.",
    "Rust spots on chrome bumpers; paint 90% original; decals complete.",
    "Minor nicks to handle \u2014 blade clean & sharp, polish old.",
    "Slight lean; tightening the screws fixes it.",
    "Some surface dirt; would benefit from a gentle clean.",
    "Cracked -- glued -- cracked again. Sold for parts/repair.",
    "Retains original paper label to underside (partially torn).",
    "Very good. Corners sharp, centering 60/40 L/R, 55/45 T/B.",
    "Surface scuffs to slab, coin itself unaffected.",
    "Edge knock at 9 o'clock; light cleaning in fields (hairlines).",
    "Toning: attractive rainbow on obverse, reverse brilliant.",
    "Missing: one drawer pull and the key. Everything else present.",
    "Split in the panel (approx. 20 cm) running with the grain, old & stable.",
    "Smells of tobacco \u2014 from a smoking household.",
    "Condition report request: please email condition@auctions.example.org.",
    "Overall: \u2605\u2605\u2605\u2605\u2606 \u2014 one star off for the repainted base.",
    "Hinge remnant on reverse; gum disturbed; no thins.",
    "Perfs: 2 short at top; centring slightly to the left.",
    "Damp staining to last 20 leaves; text not affected.",
    "Needs a new mainspring; all other parts present.",
    "Upholstery stained; frame solid, no worm.",
    "Old worm holes (inactive) to back legs.",
    "Missing the original stand; sits on a later perspex base.",
]
COND_POOLS = {
    "where": ["to the rim", "to the base", "on the reverse", "at the lower edge",
              "to the left foot", "on the lid", "near the hinge"],
    "defect": ["small chip", "light scratch", "hairline crack", "rubbing", "minor dent",
               "faint stain", "old repair"],
    "grade": ["good", "very good", "fair", "excellent", "good for age"],
}


def tpl_condition(r, i):
    p = COND_POOLS
    return "%s %s (approx. %d mm); overall %s." % (r.choice(p["defect"]).capitalize(),
                                                   r.choice(p["where"]), r.randint(1, 40),
                                                   r.choice(p["grade"]))


BIDDING = [
    "Max bid $1,250 \u2014 increments of $50 above $1,000.",
    "Reserve: \u00a3800 | Estimate: \u00a31,200\u2013\u00a31,800",
    "Auto-bid up to 3,400 EUR, please.",
    "Is bid > reserve yet? The page just says 'Reserve not met'.",
    "I bid 450 then got outbid at 475 within 1 second -- sniping bot?",
    "Increment table: $0\u201399: $5; $100\u2013499: $10; $500\u2013999: $25; $1,000+: $50",
    "Estimate 2,000 - 3,000 CHF (plus premium)",
    "Please drop my absentee bid on lot 37 \u2014 I changed my mind.",
    "Can I place a phone bid for lots 101-105?",
    "Starting bid: \u00a51,000; no reserve!",
    "Opening bid $1 NR (no reserve).",
    "Hammer price + 25% BP + VAT on premium = total due.",
    "My ceiling is 5k. If it goes over, let it go.",
    "bid 1200",
    "Sniping at 00:00:03 left \u2014 is that allowed?",
    "The estimate seems low; last one sold for $4,800 hammer.",
    "Proxy bid set at $725. Current high bid $610 (you are the highest bidder).",
    "Please cancel bid #88421 on lot 312 \u2014 typo, I meant 120 not 1200!",
    "Lot 45 passed (unsold) at \u00a3650; reserve was \u00a3700.",
    "Reserve lowered to $500 after the sale; post-auction offers welcome.",
    "Bids: 100 -> 110 -> 120 -> 130 -> 150 (jump bid) -> 160",
    "Bidding opens 10:00 CET; lots close staggered, 1 per minute.",
    "Soft close: any bid in the last 2 minutes extends by 2 minutes.",
    "Paddle #214 \u2014 I'm registered for the live room.",
    "Absentee bid: lot 77 up to \u20ac2,100; lot 78 up to \u20ac900 (either/or, not both).",
    "Bid = 3 \u00d7 increment above current? Why does the button say $1,575?",
    "Min. bid 250; buy-now 1,000; reserve hidden.",
    "Order by closing time, then by lot number, please \u2014 the grid is confusing.",
    "Sort: estimate (high \u2192 low)",
    "Bid history shows 14 bids from 5 bidders.",
    "Lot withdrawn before sale \u2014 bids cancelled automatically.",
    "Select all lots in my watchlist and raise max bids by 10%?",
    "Can two people from the same household bid on the same lot?",
    "Winning bid: 2,350; premium 22.5% = 528.75; total 2,878.75",
    "Table bid left by the auctioneer: 'on the book at 900'.",
    "I'd bid up to $300 if the clasp is original; otherwise $150 max.",
    "Reserve met \u2714",
    "The live feed lags ~5 s behind; I nearly missed lot 9.",
    "Bid increments: \u00a320 under \u00a3500 | \u00a350 to \u00a31k | \u00a3100 above",
    "When does the timed sale end? Thursday 21:00 BST or 21:00 UTC?",
    "Estimate: $200\u2013$300 (USD)",
    "Estimate on request.",
    "I'll sleep on it and bid in the morning.",
    "My bid didn't register & the page froze; charged twice?",
    "Two bidders tied at $800 \u2014 earliest bid wins, right?",
    "Is there a max of 10 absentee bids per user?",
    "Pre-bid 75 on lot 1140, 80 on 1141, 60 on 1142.",
    "Bid retracted \u2014 lot description changed after I bid (dimensions were wrong).",
    "How do I set a bid 'if not sold, then 10% above'?",
    "Estimate revised: \u20ac10k\u201315k (was \u20ac8k\u201312k).",
    "5,000 < hammer < 7,500 is my guess for this one.",
    "Outbid! Someone placed $2,025 at 21:59:58.",
]
BID_POOLS = {
    "cur": ["$", "\u00a3", "\u20ac", "CHF ", "A$", "\u00a5"],
    "verb": ["Max bid", "Absentee bid", "Proxy bid", "Phone bid request", "Opening bid"],
}


def tpl_bidding(r, i):
    p = BID_POOLS
    cur = r.choice(p["cur"])
    lo = r.randint(2, 90) * 50
    return "%s on lot %d: %s%s (estimate %s%s\u2013%s%s)" % (
        r.choice(p["verb"]), r.randint(1, 900), cur, format(lo + 50, ","), cur,
        format(lo, ","), cur, format(lo * 2, ","))


GRADING = [
    "PCGS MS65+ CAC",
    "NGC AU58, cert #4321987-004",
    "Scott #C3a (Inverted Jenny)",
    "SG 1 \u2014 1d black, plate 6, lettered A-B",
    "Michel 123 I ** (postfrisch)",
    "Sheldon 70 = perfect; this one's a 64, 'choice uncirculated'",
    "VF-20 / XF-40 \u2014 split grade between obverse and reverse",
    "MNH ** / MH * / used (o)",
    "ANACS EF45 details \u2014 cleaned",
    "KM# 110, Y# 29a, Fr. 1155",
    "Breen-5432, DDO FS-101",
    "PSA 10 GEM MT; pop 112, none higher",
    "BGS 9.5 (subgrades 9.5/9.5/10/9)",
    "CGC 9.8 NM/M White Pages",
    "Yvert & Tellier n\u00b0 33, oblit\u00e9r\u00e9",
    "Unitrade #158, VF NH, cert Greene Foundation",
    "Spink S.3954 \u2014 Victoria, young head, sovereign 1871 shield reverse",
    "Grade: Fine-12 (F-12); rims complete; date clear",
    "SG 239-251 set of 13, fine used",
    "Proof-like (PL) vs Deep Mirror Proof-like (DMPL) \u2014 what's the difference?",
    "Grading scale: P-1 < FR-2 < AG-3 < G-4 < VG-8 < F-12 < VF-20 < EF-40 < AU-50 < MS-60",
    "Cat. no. A/2024/0117-03",
    "Lot ref: HK-88-CH-11 (Hong Kong sale)",
    "Rosen 7 / Swann 1 \u2014 please explain the notation.",
    "Catalogue number 1042 (see printed catalogue p. 56).",
    "PMG 66 EPQ, Fr. 2221-G, star note (*)",
    "Sear 2312 var.; RIC II 207; BMC 45",
    "Sc. 11A, 4 margins, blue town cancel \u2014 'PAID 3'",
    "Facit F12, Norway, stpl. \u2014 *very* fine",
    "SACC 233; Gibbons 'Commonwealth' p. 412",
    "Stanley Gibbons 2025 edition: \u00a3325 cat. value (SG 25).",
    "PCGS # 7183 (MS) / 7184 (PL)",
    "MS63 RB (red-brown), attractive eye appeal",
    "NGC 'Ancients': Ch VF, Strike 5/5, Surface 3/5, fine style",
    "Grade pending \u2014 submitted to PCGS on 2024-02-10, tier: Economy",
    "PSA/DNA auto grade 10; card grade 8",
    "ISBN 978-0-14-044913-6 (catalogue reference book)",
    "Coin weight 7.98 g, Au .917, \u00d8 22 mm",
    "Krause: KM# 767 \u2192 now listed as KM# 767a",
    "Ref. 'SOLD' stamp: D-2/13",
    "Michel-Nr. 1-3, gepr\u00fcft BPP, Attest Schlegel",
    "Yvert PA 14 (poste a\u00e9rienne)",
    "Scott 1-2 on cover; PF cert #512344",
    "Grade: G-4, full rims, slight porosity",
    "Sakura catalogue C31 (Japan, 1st Showa definitive)",
    "Chinese PRC W1 set \u2014 Mao stamps; CTO?",
    "1/4 margins (cut into at bottom); 3 margins clear.",
    "NGC MS 70 DCAM \u2014 ultra cameo, first strike label",
    "Certified by GIA: report #2215489900, D/IF, 1.02ct",
    "Watch ref. 16610LV, serial Z-series (2006)",
    "Grading ladder question: is XF45 > AU50? (No.)",
    "Condition codes: M, NM, VF, F, VG, G, P \u2014 use these in the CSV import.",
]
GRADE_POOLS = {
    "svc": ["PCGS", "NGC", "ANACS", "ICG", "CGC", "PSA"],
    "grade": ["MS62", "MS63", "MS64", "MS65", "AU55", "AU58", "XF45", "VF35", "PR69 DCAM"],
    "extra": ["", " CAC", " +", " BN", " RB", " RD", " FB", " PL"],
}


def tpl_grading(r, i):
    p = GRADE_POOLS
    return "%s %s%s, cert %08d" % (r.choice(p["svc"]), r.choice(p["grade"]),
                                   r.choice(p["extra"]), r.randint(0, 99999999))


TERMS = [
    "Buyer's premium: 25% of hammer up to \u00a3500,000; 20% above; plus VAT.",
    "A 3% surcharge applies to card payments (Visa/Mastercard); bank transfer is free.",
    "Payment due within 7 days; storage charges apply after 14 days ($10/lot/day).",
    "Artist's Resale Right (ARR) may apply \u2014 lots marked \u2020.",
    "Lots marked with * are subject to import VAT at 5% on the hammer price.",
    "Premium: 22.5% (inclusive of VAT for UK buyers).",
    "Live-bidding surcharge: +3% via the-saleroom.com; +0% via our own app.",
    "All lots sold 'as is' \u2014 no warranties expressed or implied.",
    "Our terms & conditions (section 4.2) say: 'The auctioneer's decision is final.'",
    "Withdrawn lots: a 10% fee on the low estimate is charged to the consignor.",
    "Consignor commission: 15% + \u00a310 lot fee + photography \u00a35/image.",
    "If you're outside the EU, VAT on premium can be refunded with export proof.",
    "Terms: 20% deposit on winning; balance before collection.",
    "Tax ID / VAT no. for invoices: GB 123 4567 89",
    "Premium on lots > $1M drops to 15% \u2014 see the schedule in our FAQ.",
    "Interest of 1.5%/month on late payments, per clause 9.",
    "The sale is conducted in GBP; currency converter is for guidance only.",
    "Cooling-off period does not apply to auction purchases (Consumer Contracts Regs).",
    "Returns only if the lot is materially misdescribed, within 14 days.",
    "Authenticity guarantee: 5 years for items described in UPPER CASE headings.",
    "Bidder registration requires ID + proof of address (< 3 months).",
    "Payment methods: wire | card | PayPal (up to $2,500) | cheque (UK banks only)",
    "Please don't send cash by post.",
    "Unpaid invoices after 28 days => account suspended && lot may be re-offered.",
    "Premium tiers: 0\u2013100k: 28%; 100k\u20131M: 24%; >1M: 18%.",
    "Invoices are emailed from invoices@auctions.example.org \u2014 check spam.",
    "Terms v3.1 (effective 1 Jan 2024) replace v3.0 in full.",
    "We reserve the right to refuse bids without giving a reason.",
    "What does 'hammer + premium + tax' mean for me as a buyer in Canada?",
    "The house acts as agent for the seller, not as principal (unless stated).",
    "Guaranteed lots are marked \u00a4 \u2014 the house has a financial interest.",
    "Irrevocable bids are marked \u2666 in the catalogue.",
    "Order of priority: Terms of Sale > Catalogue notes > Website copy.",
    "Credit card payments capped at \u20ac5,000 per invoice.",
    "Fees for cancelled wire transfers ($35) are charged back to the buyer.",
    "In case of dispute, the laws of England & Wales apply; courts of London.",
    "Lots sold under temporary admission (\u03a9) attract 5% import VAT on hammer.",
    "We charge $2 per lot for packing; insurance 1.5% of invoice total.",
    "Premium calculation: hammer \u00d7 1.25 \u00d7 1.20 (VAT on premium only) \u2014 not quite, see clause 6.",
    "Delete my saved card, please \u2014 I'll pay by transfer next time.",
    "Can a friend collect on my behalf? Letter of authority required.",
    "Terms mention 'select lots may be offered without reserve' \u2014 which ones?",
    "No buyer's premium on charity lots (marked \u2665).",
    "Online platform fee 5% applies in addition to the premium (!).",
    "Currency: all prices in USD; invoice in USD; wire to our Chase account.",
    "Payment reference format: INV-2024-00123 / paddle number",
    "Storage after 30 days is charged at cost plus 10%.",
    "Consignment agreement signed 2024-03-02; reserve agreed at 80% of low estimate.",
    "Condition reports are opinions, not statements of fact (clause 12.3).",
    "An administration fee of \u00a325 applies to each export licence application.",
    "The word 'attributed to' means: in our opinion probably a work by the artist.",
    "Terms in German available on request (AGB).",
]
TERM_POOLS = {
    "pct": ["20%", "22%", "22.5%", "24%", "25%", "26%", "27.5%", "30%"],
    "cap": ["\u00a3100,000", "$250,000", "\u20ac500,000", "$1,000,000", "CHF 400,000"],
    "tail": ["plus VAT", "inclusive of VAT", "plus applicable sales tax",
             "plus GST", "VAT on premium only"],
}


def tpl_terms(r, i):
    p = TERM_POOLS
    return "Buyer's premium %s of the hammer price up to %s; %s above, %s." % (
        r.choice(p["pct"]), r.choice(p["cap"]), r.choice(p["pct"]), r.choice(p["tail"]))


SHIPPING = [
    "Ship via DHL Express to 12 Rue de Rivoli, 75001 Paris, France.",
    "HS code 9705.00 (collectors' pieces of numismatic interest).",
    "CN22: 'Gift'? No \u2014 mark as 'Merchandise', value USD 450.",
    "Customs: CITES certificate needed for rosewood (Dalbergia) over 10 kg.",
    "Please combine lots 12, 14 & 19 into one parcel.",
    "Collection from our warehouse: Unit 4, Drop Lane Industrial Est., Leeds LS10 1AB.",
    "We use Fedex Priority; tracking will be emailed within 48 h.",
    "Oversized: crate required (approx. 180 \u00d7 90 \u00d7 60 cm, 70 kg).",
    "UK -> US: import duty 0% for antiques >100 years old (HTS 9706).",
    "EORI: GB123456789000 \u2014 please include on the commercial invoice.",
    "Ship to: Kenji Watanabe, 3-14-1 Shibuya, Shibuya-ku, Tokyo 150-0002",
    "Do you ship to PO boxes? (PO Box 117, Halifax NS B3J 2L1)",
    "Insured value must match hammer + premium, not the estimate.",
    "Glass items shipped double-boxed; 5 cm foam on all sides.",
    "Export paperwork path on my PC: C:\\Users\\ana\\Documents\\Auctions\\export_2024.pdf",
    "Shipping quote: \u00a345 (UK), \u00a385 (EU), \u00a3120 (RoW).",
    "Lithium batteries removed from the watch before shipping (IATA rules).",
    "Please mark the parcel 'fragile' & 'this way up'.",
    "Customs held it 9 days; invoice showed hammer only, not premium.",
    "Delivery to Northern Ireland: postcode BT1 \u2014 any extra forms?",
    "My address: 221B Baker St, London NW1 6XE (flat 2, buzz twice).",
    "Swiss customs: declare under 9701.10; VAT 8.1% on import.",
    "Can you ship via USPS Priority Mail International Flat Rate?",
    "Waybill #: 1Z 999 AA1 01 2345 6784",
    "Delivered \u2714 \u2014 box slightly crushed, contents fine.",
    "Ship with EMS, please; Australia Post handles the last mile.",
    "Address line 2: c/o O'Reilly & Sons Ltd.",
    "Return shipping is at the buyer's cost unless misdescribed.",
    "Export licence required: value > \u20ac150,000 & age > 50 years (EU 116/2009).",
    "Shipping to Canary Islands: outside EU VAT area \u2014 IGIC applies.",
    "Pick-up window: Mon\u2013Fri 9:00\u201317:00; Sat by appointment.",
    "Ivory content < 10% and pre-1947: de minimis exemption form attached.",
    "Please send to my office: Floor 3, 100 Union Street, Seattle WA 98101.",
    "Pallet delivery requires tail-lift; driver won't carry upstairs.",
    "Tracking link: https://www.dhl.com/en/express/tracking.html?AWB=1234567890",
    "Weight 2.3 kg, dims 40x30x20 cm; volumetric 4.8 kg \u2014 which one counts?",
    "Is duty paid (DDP) or unpaid (DAP)? I'd prefer DDP.",
    "Parcel to Germany: Musterstra\u00dfe 5, 10115 Berlin; Zollinhaltserkl\u00e4rung attached.",
    "My customs broker is: brokerage@shipping.example.com, ref B-7781.",
    "Stamp lots ship in glassine + stockcard, letter post, signed for.",
    "Coins: flat rate $8 for up to 5 slabs, registered mail.",
    "Paintings shipped in T-frame crates only; no rolling canvases!",
    "Please ship everything together -- I don't want 6 customs fees.",
    "Postcode lookup failed for 'SW1A 1AA' \u2014 it's a valid address.",
    "Shipping to a freight forwarder in Miami (Suite 1234-XYZ) is fine?",
    "Import duty to Brazil is ~60% \u2014 seller, please DON'T undervalue.",
    "Hold for collection at our Hong Kong office (Queen's Road Central).",
    "Art handlers: Momart / Gander & White / Crown; quotes vary 2\u00d7.",
    "Need a certificate of origin for the rug (Iran) \u2014 OFAC?",
    "Shipped 14/03 via Royal Mail Special Delivery; ref XY123456789GB.",
    "Can I pay shipping separately via PayPal?",
    "The label says 'Saint-\u00c9tienne' but the courier spelled it 'Saint-Etienne' \u2014 OK?",
]
SHIP_POOLS = {
    "carrier": ["DHL Express", "FedEx International Priority", "UPS Worldwide Saver",
                "Royal Mail Special Delivery", "USPS Priority Mail", "Parcelforce"],
    "dest": ["Madrid", "Toronto", "Melbourne", "Osaka", "Oslo", "Cape Town", "Dublin",
             "Singapore"],
    "note": ["insured", "signature required", "double-boxed", "crated",
             "with customs forms", "duties unpaid"],
}


def tpl_shipping(r, i):
    p = SHIP_POOLS
    return "Ship lot %d via %s to %s, %s (%.1f kg)." % (
        r.randint(1, 900), r.choice(p["carrier"]), r.choice(p["dest"]), r.choice(p["note"]),
        r.randint(3, 400) / 10.0)


SELLER_QA = [
    "Hi! Is the clasp original or a replacement?",
    "Q: Does the clock keep time? A: Yes, loses about 1 min/day.",
    "Could you send a photo of the underside? Thanks :)",
    "Is the 'union' mark on the base the maker's or a retailer's?",
    "Hello, what's the diameter in mm? Listing says 38 but photo shows ~40.",
    "Can you select the best 3 from the lot and sell those separately?",
    "Is this the same vase that was in last month's sale (lot 512)? It didn't sell?",
    "Thanks for the quick reply \U0001F44D",
    "Is there any damage you didn't mention? I'm bidding from abroad & can't view.",
    "Why is the estimate so much lower than the recent sale at Christie's?",
    "Could you check the serial # on the movement (under the balance)?",
    "The description says 'drop front' but photo 4 shows a roll top \u2014 which one?",
    "Do you accept returns if the grading service calls it 'altered'?",
    "What's your shipping to Canada? I'm in Montr\u00e9al (H2X).",
    "Is it OK if I pay in two installments?",
    "Hi there -- is the box included? It's in photo 2 but not in the text.",
    "Is the signature hand-signed or printed? Can't tell from the picture.",
    "Does the drawer lock work & is there a key?",
    "@seller the link in the description (https://example.com/lot?id=55&img=2) is broken.",
    "Q: Is the stamp regummed? A: Not to our knowledge; no certificate.",
    "Love this piece \u2764 \u2014 any chance of a reserve reduction?",
    "Has it ever been restored? Under UV I mean.",
    "Can I come and view it in person on Saturday morning?",
    "Which grading company would you recommend for this one: PCGS or NGC?",
    "What does 'ex-Smith' mean in the provenance?",
    "Is the sleep mechanism in the doll's eyes working? (eyes close when laid down)",
    "The item description mentions 'order of the bath' \u2014 is that the medal's name?",
    "Hi, I'm the under-bidder from last week. If the winner doesn't pay, I'm interested.",
    "Are these the original screws? One looks like a later Phillips head.",
    "Sorry if this is a dumb question, but what's a 'marriage' in furniture?",
    "What is the weight including the stand?",
    "Is the movement stamped \u201cSwiss Made\u201d or \u201cSwiss\u201d only?",
    "Could you measure the width across the shoulders of the jacket? (pit-to-pit)",
    "Ok, so if I bid $500 I pay $500 + 25% = $625 + shipping?",
    "Does it come with the COA mentioned in the title or is that sold separately?",
    "Re: lot 44 \u2014 the link to the video gives a 404.",
    "Is the rug hand-knotted or machine-made? What's the KPSI?",
    "Hi, is there a mark like \u2018W & Co\u2019 on the back?",
    "Is 'Sterling' stamped anywhere? The listing says 'silver-plated?' with a question mark.",
    "Can you ship it without the frame to save cost?",
    "Can you remove the price sticker without damaging the box? (please don't if not)",
    "Question about lot 7: the title says 1923 but the photo shows 1932 \u2014 typo?",
    "What happens if the item is stopped at customs?",
    "Dear seller, my grandmother had the exact same one! Where was it found?",
    "Is the guitar's neck straight? Any fret wear? Truss rod works?",
    "Could you take a photo next to a ruler, please?",
    "Thanks! Bid placed. Fingers crossed \U0001F91E",
    "Are the pages in English or Latin?",
    "Does 'NR' mean no reserve or not restored?",
    "Is the cert number verifiable on the PCGS website? I get 'not found'.",
    "Would you accept $1,100 as a buy-it-now?",
    "Do you know the name of the ship the bell came from? Anything in the records?",
    "The outbid email shows {{lot_title}} instead of the real title \u2014 template bug on your side?",
    "Invoice PDF says ${total} where the amount should be. Can you resend it?",
    "For the CSV import I used `lot_no`, `estimate_low` and `estimate_high` as headers \u2014 correct?",
    "Photos are in ../lots/2024/214/ relative to the catalogue folder; should I zip them first?",
    "Price: $1,200 hammer; shipping $45; total $1,245 \u2014 right?",
    "Ping me when lot 9 is listed; I'll cat-sit for the seller if it helps, haha.",

]
QA_POOLS = {
    "q": ["Is the %s original?", "Can you photograph the %s?", "Any damage to the %s?",
          "Does the %s come with the lot?", "How old is the %s?"],
    "part": ["dial", "key", "stand", "frame", "lid", "box", "case", "strap", "label", "base"],
    "greet": ["Hi,", "Hello,", "Good morning,", "Quick question:", "Hey there,"],
}


def tpl_seller_qa(r, i):
    p = QA_POOLS
    return "%s %s Lot %d." % (r.choice(p["greet"]), r.choice(p["q"]) % r.choice(p["part"]),
                              r.randint(1, 900))


MULTILINGUAL = [
    "Seltene Taschenuhr, 14 Karat Gold, um 1900 \u2014 l\u00e4uft einwandfrei.",
    "Gem\u00e4lde \u201eAbendstimmung am See\u201c, \u00d6l auf Leinwand, signiert.",
    "Montre de poche en argent, \u00e9mail l\u00e9g\u00e8rement \u00e9br\u00e9ch\u00e9 \u00e0 6 h.",
    "Commode Louis XV en marqueterie, dessus de marbre d'origine.",
    "Frais acheteur : 25 % TTC ; paiement sous 8 jours.",
    "\u6c5f\u6238\u6642\u4ee3\u306e\u4f0a\u4e07\u91cc\u713c\u306e\u5927\u76bf\u3001\u76f4\u5f84\u7d0445\u30bb\u30f3\u30c1\u3002",
    "\u843d\u672d\u5f8c\u3001\u4e09\u65e5\u4ee5\u5185\u306b\u304a\u632f\u8fbc\u307f\u304f\u3060\u3055\u3044\u3002",
    "\u6e05\u4e7e\u9686 \u7c89\u5f69\u82b1\u5349\u7eb9\u76d8\uff0c\u53e3\u5f8428\u5398\u7c73\uff0c\u5e95\u6709\u6b3e\u3002",
    "\u62cd\u54c1\u4f30\u4ef7\uff1a\u4eba\u6c11\u5e01 80,000\u2013120,000 \u5143",
    "\u0410\u043d\u0442\u0438\u043a\u0432\u0430\u0440\u043d\u0430\u044f \u0438\u043a\u043e\u043d\u0430 \u00ab\u0421\u0432\u044f\u0442\u043e\u0439 \u041d\u0438\u043a\u043e\u043b\u0430\u0439\u00bb, XIX \u0432\u0435\u043a, \u0434\u0435\u0440\u0435\u0432\u043e, \u0442\u0435\u043c\u043f\u0435\u0440\u0430.",
    "\u041c\u043e\u043d\u0435\u0442\u0430 1 \u0440\u0443\u0431\u043b\u044c 1898 \u0433., \u0441\u043e\u0441\u0442\u043e\u044f\u043d\u0438\u0435 XF, \u0441\u0435\u0440\u0435\u0431\u0440\u043e.",
    "\u0633\u062c\u0627\u062f\u0629 \u0641\u0627\u0631\u0633\u064a\u0629 \u0645\u0646 \u0627\u0644\u062d\u0631\u064a\u0631\u060c \u0645\u0639\u0642\u0648\u062f\u0629 \u064a\u062f\u0648\u064a\u064b\u0627\u060c \u062d\u0648\u0627\u0644\u064a 1920.",
    "\u0645\u0632\u0627\u062f \u0628\u062f\u0648\u0646 \u062d\u062f \u0623\u062f\u0646\u0649 \u2014 \u0627\u0644\u0634\u062d\u0646 \u0625\u0644\u0649 \u062f\u0628\u064a \u0645\u062a\u0627\u062d.",
    "Reloj de bolsillo de plata, marca Longines, funcionando. Env\u00edo a toda Espa\u00f1a.",
    "Subasta sin precio de reserva \u2014 \u00a1pujen con confianza!",
    "Moneda de 8 reales 1808, Carlos IV, ceca de M\u00e9xico, MBC+.",
    "Vaso in vetro di Murano, firmato Venini, anni '50. Piccola sbeccatura al bordo.",
    "Diritti d'asta: 24% + IVA sui diritti. Ritiro entro 15 giorni.",
    "Zilveren theepot, Amsterdam 1765, meesterteken onleesbaar.",
    "Veiling sluit om 20:00 \u2014 kavels sluiten \u00e9\u00e9n per minuut.",
    "\u05e4\u05e8\u05d9\u05d8 \u05e0\u05d3\u05d9\u05e8: \u05d7\u05e0\u05d5\u05db\u05d9\u05d9\u05d4 \u05de\u05db\u05e1\u05e3, \u05d9\u05e8\u05d5\u05e9\u05dc\u05d9\u05dd, \u05e9\u05e0\u05d5\u05ea \u05d4-30.",
    "\uc870\uc120\uc2dc\ub300 \ubc31\uc790 \ub2ec\ud56d\uc544\ub9ac, \ub192\uc774 41cm. \ubcf4\uc874 \uc0c1\ud0dc \uc591\ud638.",
    "\u0391\u03c1\u03c7\u03b1\u03af\u03bf \u03bd\u03cc\u03bc\u03b9\u03c3\u03bc\u03b1 (\u03b1\u03bd\u03c4\u03af\u03b3\u03c1\u03b1\u03c6\u03bf) \u2014 \u03b4\u03b5\u03bd \u03b5\u03af\u03bd\u03b1\u03b9 \u03b3\u03bd\u03ae\u03c3\u03b9\u03bf.",
    "Zegar kominkowy, mosi\u0105dz, Francja ok. 1880, sprawny.",
    "Osma\u0144l\u0131 d\u00f6nemi g\u00fcm\u00fc\u015f tu\u011fral\u0131 tepsi \u2014 \u00e7ap\u0131 38 cm.",
    "Rel\u00f3gio de bolso em ouro 18k, Patek Philippe, c. 1910 \u2014 com caixa original.",
    "Frete gr\u00e1tis para todo o Brasil acima de R$ 500.",
    "\u092a\u0941\u0930\u093e\u0928\u093e \u091a\u093e\u0901\u0926\u0940 \u0915\u093e \u0938\u093f\u0915\u094d\u0915\u093e, 1 \u0930\u0941\u092a\u092f\u093e 1862, \u0935\u093f\u0915\u094d\u091f\u094b\u0930\u093f\u092f\u093e.",
    "B\u00e1n \u0111\u1ea5u gi\u00e1: b\u00ecnh g\u1ed1m B\u00e1t Tr\u00e0ng, th\u1ebf k\u1ef7 19.",
    "Frimerke: Norge nr. 1, 4 skilling bl\u00e5, stemplet \u2014 pent eksemplar.",
    "Auktionsavgift 25 % inkl. moms. Betalning inom 5 dagar.",
    "Antiikkinen k\u00e4kikello, toimii, Suomi 1800-luku.",
    "\u00c1rver\u00e9s: ez\u00fcst cukortart\u00f3, Budapest 1890 k\u00f6r\u00fcl.",
    "Aukce: sklenice, \u010desk\u00e9 sklo, Moser, kolem 1920.",
    "\u0e1e\u0e23\u0e30\u0e40\u0e04\u0e23\u0e37\u0e48\u0e2d\u0e07 \u0e2a\u0e21\u0e40\u0e14\u0e47\u0e08\u0e27\u0e31\u0e14\u0e23\u0e30\u0e06\u0e31\u0e07 \u0e1e\u0e34\u0e21\u0e1e\u0e4c\u0e43\u0e2b\u0e0d\u0e48",
    "Lelang: keris pusaka Jawa, pamor beras wutah, warangka kayu timoho.",
    "\u10d0\u10e3\u10e5\u10ea\u10d8\u10dd\u10dc\u10d8: \u10d5\u10d4\u10e0\u10ea\u10ee\u10da\u10d8\u10e1 \u10e1\u10d0\u10d8\u10d0\u10e3\u10e5\u10e2\u10dd, XIX \u10e1.",
    "Lote 17 \u2014 \u201cVirgen del Carmen\u201d, \u00f3leo sobre tabla, escuela cusque\u00f1a.",
    "Stan zachowania: bardzo dobry (+), drobne zarysowania na szkle.",
    "Provenienz: Sammlung Dr. M\u00fcller, M\u00fcnchen; seitdem in Familienbesitz.",
    "Zustand: 2\u2013 (kleine Bestossungen), Sch\u00e4tzpreis \u20ac 800 \u2013 1.200.",
    "\u00c9tat : TTB (tr\u00e8s tr\u00e8s beau), l\u00e9g\u00e8re patine. Estimation 300/500 \u20ac.",
    "\u300c\u7f8e\u54c1\u300d\u4fdd\u5b58\u72b6\u614b\u826f\u597d\u3001\u5171\u7bb1\u4ed8\u304d\u3002",
    "\u5356\u5bb6\u95ee\u7b54\uff1a\u8bf7\u95ee\u662f\u5426\u6709\u6536\u85cf\u8bc1\u4e66\uff1f\u2014\u2014\u6709\u7684\uff0c\u89c1\u56fe\u4e03\u3002",
    "\u041b\u043e\u0442 \u0441\u043d\u044f\u0442 \u0441 \u0442\u043e\u0440\u0433\u043e\u0432 \u043f\u043e \u043f\u0440\u043e\u0441\u044c\u0431\u0435 \u0432\u043b\u0430\u0434\u0435\u043b\u044c\u0446\u0430.",
    "\u0623\u0642\u0644 \u0632\u064a\u0627\u062f\u0629: 50 \u062f\u0631\u0647\u0645\u064b\u0627",
    "Cuadro firmado \u201cSorolla\u201d \u2014 atribuido, sin certificado.",
    "D\u00e9p\u00f4t-vente : commission vendeur 15 % HT.",
    "Vendido! \u2014 Obrigado a todos os licitantes.",
    "Kunstauktion: Los 245 zur\u00fcckgezogen.",
    "Hallo, ist der Rahmen original? Danke im Voraus!",
    "Bonjour, pouvez-vous envoyer en Belgique ? Merci.",
    "\u79c1\u306f\u30aa\u30fc\u30b9\u30c8\u30e9\u30ea\u30a2\u304b\u3089\u5165\u672d\u3057\u307e\u3059\u3002\u9001\u6599\u306f\u3044\u304f\u3089\u3067\u3059\u304b\uff1f",
    "\uc785\ucc30 \ub2e8\uc704: 10\ub9cc\uc6d0 (100\ub9cc\uc6d0 \uc774\uc0c1)",
]
ML_POOLS = {
    "pair": [
        ("Los", "Sch\u00e4tzpreis"), ("Lot", "Estimation"), ("Lotto", "Stima"),
        ("Lote", "Estimaci\u00f3n"), ("Kavel", "Schatting"), ("\u30ed\u30c3\u30c8", "\u898b\u7a4d\u984d"),
        ("\u62cd\u54c1", "\u4f30\u4ef7"), ("\u041b\u043e\u0442", "\u041e\u0446\u0435\u043d\u043a\u0430"),
    ],
    "cur": ["\u20ac", "\u00a5", "CHF", "\u20bd", "SEK"],
}


def tpl_multilingual(r, i):
    a, b = r.choice(ML_POOLS["pair"])
    lo = r.randint(1, 60) * 100
    return "%s %d \u2014 %s: %s %d\u2013%d" % (a, r.randint(1, 700), b, r.choice(ML_POOLS["cur"]),
                                         lo, lo * 2)


CATEGORIES = [
    ("lot_title", LOT_TITLE, tpl_lot_title),
    ("lot_description", DESCRIPTION, tpl_description),
    ("provenance", PROVENANCE, tpl_provenance),
    ("condition_report", CONDITION, tpl_condition),
    ("bidding", BIDDING, tpl_bidding),
    ("grading_catalogue", GRADING, tpl_grading),
    ("premium_terms", TERMS, tpl_terms),
    ("shipping_customs", SHIPPING, tpl_shipping),
    ("seller_qa", SELLER_QA, tpl_seller_qa),
    ("multilingual", MULTILINGUAL, tpl_multilingual),
]


def build():
    r = random.Random(SEED)
    rows = []
    for name, literals, tpl in CATEGORIES:
        assert len(literals) >= 50, (name, len(literals))
        assert len(set(literals)) == len(literals), name
        vals = list(literals[:PER_CATEGORY])
        seen = set(vals)
        while len(vals) < PER_CATEGORY:
            v = tpl(r, len(vals))
            if v not in seen:
                seen.add(v)
                vals.append(v)
        for v in vals:
            rows.append((name, v))
    return rows


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    out = os.path.join(here, "benign.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for n, (cat, val) in enumerate(build(), 1):
            rec = {"id": "%s-%05d" % (PREFIX, n), "category": cat, "label": "benign",
                   "value": val}
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
