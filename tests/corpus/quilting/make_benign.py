#!/usr/bin/env python3
"""Benign corpus for the quilting guild / fabric shop app. Standard library only."""
import json
import os
import random

SEED = 21601
PREFIX = "hbgy"
PER_CAT = 80
rng = random.Random(SEED)

LIT = {}

LIT["pattern_orders"] = [
    "Please send the Storm at Sea pattern as a PDF, not paper.",
    "Order #4471 — 2 copies of 'Lone Star Rising', 1 acrylic template set",
    "Can you ship to my sister's address instead? It's 14 O'Neill Court, Galway.",
    "Pattern arrived with page 3 missing (the cutting chart). Could you email it?",
    "Gift wrap please; it's for my mum's 70th 🎉",
    "I'd like the king size version — 108\" x 108\" — not the throw.",
    "Qty 3 of the Drunkard's Path die, 1 of the 5\" charm pack in 'Moda Bella Solids'",
    "Backorder is fine, I'm not starting until after Christmas.",
    "Does the pattern include the templates at 100% or do I need to enlarge them 200%?",
    "Bitte das Muster auf Deutsch, falls vorhanden. Danke!",
    "Commande pour l'atelier du jeudi : 6 patrons « Étoile du Nord »",
    "Order total shows $0.00 after the coupon — is that right? Code was GUILD25.",
    "Ship-to: María José Fernández, Calle Mayor 12, 3º izq., 28013 Madrid",
    "Rush order please, the retreat starts Friday & I need the kits by Thursday.",
    "Swap the 'Kona White' for 'Kona Snow' if white is out of stock.",
    "PO number for the guild: GLD-2024-0117 (charity quilts committee)",
    "I ordered the wrong size of ruler — 6½\" square instead of 9½\". Can I exchange?",
    "The pattern says \"WOF = width of fabric\" but doesn't say if that's 42\" or 44\" usable.",
    "Two of the 'Flying Geese x4' rulers, 1 Bloc Loc HST 6.5, 1 spool Aurifil 2600",
    "Please don't fold the pattern, the creases ruin the templates.",
    "注文番号 5521 のパターンを2部お願いします。",
    "Add a note to the card: 'For Nan — stitch by stitch, love always'",
    "Order for pickup at the shop, I'll come by after 5; thanks!",
    "Digital download link expired before I could save it — can you resend?",
    "Is the Dresden Plate template set compatible with the 18° wedge ruler?",
    "Cancel line 2 (the batting) and keep everything else.",
    "Buying for the Tuesday group: 8 × 'Select Solids Bundle' — one per person",
    "I'd like to pre-order the fall mystery quilt kit in the 'Drop of Autumn' colourway.",
    "Paid by PayPal — transaction 7HF22934KL — but the order still says pending.",
    "Can the pattern be printed on 11x17 (tabloid)? My printer only does A4/Letter.",
    "Shipping to Canada: is the 'Cathedral Window' kit subject to duty?",
    "Need a replacement sheet for page 7 — the diagram for unit B is smudged.",
    "My order has 'Union Jack Quilt' twice; I only wanted one copy.",
    "Order from Zoë Ó Briain: 1 x Bargello Waves, 1 x Log Cabin Remix",
    "Please invoice the guild, attention: Treasurer (Pat O'Hara), treasurer@riverbendquilters.org",
    "Ordering 3 FQ bundles; if 'Ruby Star' is sold out substitute 'Art Gallery' <- fine by me",
    "Заказ: выкройка «Звезда Огайо», 2 шт.",
    "The 'print at home' version printed tiny — check your 1\" test square before cutting!",
    "Quantity: 1. Size: twin. Colorway: 'Ocean & Sand'.",
    "Could I have the pattern in metric (cm) rather than inches?",
    "For the bee: 12 copies of block 'Sawtooth Star' instructions, black & white is fine",
    "Reorder of last month's kit (order 8812) — same fabrics if possible",
    "I see a 20% off banner but the discount didn't apply at checkout.",
    "Ship via USPS Priority, not UPS — UPS won't leave it at my door.",
    "The pattern PDF opens as 'file damaged' in Preview on my Mac; Acrobat works though.",
    "Sending this order as a gift to @quiltingwithjun — her address is on file.",
    "Pattern #QB-113 'Churn Dash Sampler' — do you have the errata sheet?",
    "Can I combine shipping for orders 9031 and 9034?",
    "Thank you! Last pattern was gorgeous, my granddaughter's quilt came out perfect.",
    "Zamówienie: 2 x wzór 'Gwiazda Betlejemska', proszę o fakturę",
    "订单备注：请用快递寄出，谢谢",
    "Order note: 'drop ship to the church hall on Oak St, door code is on the sign'",
]

LIT["bom_notes"] = [
    "Block 3 (Ohio Star): cut 4 HSTs at 3⅞\" and trim to 3½\". Press seams open!",
    "January's block is the Sawtooth Star; finished size 12\", unfinished 12½\".",
    "Reminder: the BOM fee is $5/month, pay at the door or by e-transfer.",
    "Month 6 note — press toward the dark fabric; otherwise the points get bulky.",
    "Errata for block 4: piece C should be cut 2½\" x 4½\", not 2½\" x 5½\".",
    "Block 7 = 'Bear's Paw'. Corner units: 4 per paw → 16 total.",
    "Bring finished blocks to the June meeting; we'll draw for the set!",
    "I'm behind on months 2-4; can I pick up the kits together?",
    "Sew a scant ¼\" seam — test with three 2\" strips: result should be 5\" wide.",
    "Tip: starch the background fabric before cutting the bias edges.",
    "Month 9's kit was missing the 'Kona Coal' strip. Could I get one at the next meeting?",
    "Block of the month — Feb: Dresden Plate. Use the 18° wedge; 20 wedges per plate.",
    "Hand applique option: needle-turn with ⅛\" seam allowance; machine option: raw edge.",
    "For block 10, order the units: A → B → C, then join rows 1-3.",
    "Does anyone else find block 5 comes out 12¼\" instead of 12½\"?",
    "Our BOM this year is 'Stars over the Valley' — 12 blocks + setting + borders.",
    "Setting triangles: cut 2 squares 18¼\", subcut twice on the diagonal.",
    "Note to self: select the lighter green for the leaves, the darker one for stems.",
    "Block 11 - drop the extra HST on the left, it's a typo in the diagram.",
    "The union of the red and cream in block 8 is lovely, but the navy disappears.",
    "Paper piecing block: reduce stitch length to 1.5 so the paper tears easily.",
    "Monat 3: Block „Wilde Gänse“ — 8 Gänse pro Reihe",
    "Bloc du mois d'avril : « Maison » (house block), 30 × 30 cm",
    "Block 12 has 64 pieces. Chain-piece the HSTs — it saves so much time!",
    "Pressing plan: rows 1 & 3 to the left, rows 2 & 4 to the right → seams nest.",
    "Finished 9\" blocks, 5 across x 6 down = 30 blocks; sashing 1½\" finished.",
    "My block 6 measured 12 3/8 - I squared it down to 12 1/2, hope that's okay??",
    "Kit contents: 1 FQ background, 5 x 10\" squares, instructions (2 pp.)",
    "Color placement: dark -- medium -- light -- medium -- dark (like a gradient)",
    "Order of assembly is crucial for the Y-seams; stop ¼\" from the edge.",
    "BOM sign-up closes 15 Jan; after that kits are first-come, first-served.",
    "Month 2 (Feb) and month 3 (Mar) swap — the Log Cabin kit arrived late.",
    "I used the 'stitch & flip' method for the corners — way easier than templates.",
    "Block 4 = 'Card Trick'. If you squint the cards really do overlap 🙂",
    "Trim dog ears after pressing, not before.",
    "The embroidery on block 9 is optional; use 2 strands of floss, backstitch.",
    "In block 2 the center square is 4½\" unfinished — don't cut it 4\".",
    "For left-handers: mirror the foundation paper piecing templates before printing.",
    "Ahead of schedule! Finished all 12 blocks; now deciding on a setting.",
    "Can we vote on sashing color: grey vs. cream vs. no sashing?",
    "Block 5 ratio: 1 dark : 2 medium : 4 light (roughly by area)",
    "I'll be away for the March meeting — can somebody grab my kit? Name: Ruth K.",
    "第5月のブロックは「ログキャビン」です。",
    "Bloque del mes: 'Estrella de Ohio'. Cortar 4 cuadrados de 3 7/8\".",
    "Bias tape for the stems: ½\" finished, cut strips at 1\" on the 45° angle.",
    "Quilt-as-you-go option for the whole BOM: each block gets its own batting square.",
    "Rather than sashing, I might try 'on point' — settings triangles per the chart above.",
    "Month 8 note: the half-rectangle triangles are DIRECTIONAL. Check the diagram twice!",
    "Yes, the Jewel Box block: 4-patches + HSTs alternating, 12\" finished.",
    "If your points are cut off, your seam is wider than ¼\" — try moving the needle one notch right.",
    "Laying out blocks: 1-2-3 / 4-5-6 / 7-8-9 / 10-11-12 -> then sash",
    "Block 1 made with scraps only — nothing new bought! #stashbusting",
]

LIT["longarm_bookings"] = [
    "Booking the Gammill for Saturday 9am-1pm, pantograph 'Feathers & Swirls'.",
    "Quilt top is 92\" x 104\"; backing is 100\" x 112\" (4\" extra each side).",
    "Can I rent the longarm for a full day? I've got three tops to finish.",
    "Custom quilting please: SID around the blocks, feathers in the borders.",
    "Edge-to-edge, medium density, thread: So Fine #50 in 'Bone'.",
    "I'm certified on the Innova — do I still need the refresher class?",
    "Cancel my Thursday 2pm slot; something came up at work. Sorry!",
    "Batting: Hobbs 80/20, I'll bring my own. Is there a fee if I don't buy yours?",
    "Drop-off Monday, pick-up whenever it's ready — no rush.",
    "Quote for a 60\" x 72\" lap quilt, E2E: $0.018 per sq in? That's ≈ $77.76.",
    "Please load the backing with the seam horizontal, not vertical.",
    "Time slot conflict: it shows both me and Jean at 10:00 on the 14th.",
    "Does the longarm rental include thread or do I bring my own cones?",
    "Please don't quilt over the embroidered labels in the corner 🙏",
    "Binding service: machine-sewn front, hand-finished back, 2¼\" strips.",
    "Booking for the charity quilt (Linus project) — is there a discount?",
    "Panto choices: 'Baptist Fan', 'Meander', 'Orange Peel'. I'll go with Baptist Fan.",
    "Reservierung: Longarm am Samstag, 10–14 Uhr",
    "Réservation de la machine à quilter jeudi 14 h – 18 h, merci !",
    "Can you stitch-in-the-ditch only? It's a vintage top and I want it flat and simple.",
    "My top has a few wavy borders — will that be a problem on the frame?",
    "Sleeve for hanging: 4\" finished, top edge only, for the show entry.",
    "Minimum charge for small pieces (table runner, 16\" x 48\")?",
    "Back to back bookings 1-3pm and 3-5pm — can I keep the quilt loaded in between?",
    "Tension kept looping on the back last time; maybe check the bobbin case?",
    "Rental session ended early at 3:40 — power cut in the studio.",
    "Please mark the center on both top & backing with a safety pin.",
    "Thread change mid-quilt: 'Glide Ivory' for the body, 'Glide Sage' for the borders.",
    "Wait-list me for any Saturday opening in March.",
    "Queen 90\" x 108\": E2E light = $0.015/sq in → ~$146. OK?",
    "Customer wants 'no ruler work' — freehand only — to keep cost down.",
    "Could you quilt a name & date into the border: 'Lily — May 2024'?",
    "Slot booked: Tue 06/11, 9:00-12:00, machine #2 (APQS Millie).",
    "Is the 18\" throat machine big enough for dense custom work on a king?",
    "Pressing request: press top & back, trim threads before loading (+$15).",
    "I'll bring the top on a pool noodle so it doesn't crease.",
    "Need it back by 5/20 for the county fair; rush fee is fine.",
    "Backing is pieced with a ½\" seam; pressed open.",
    "予約：ロングアーム 土曜日 午前",
    "Reserva: máquina de acolchar el sábado 9–13 h. ¡Gracias!",
    "I'd like computerized quilting, 'Continuous Curve' in every block.",
    "The Statler software asks for block size — it's 10\" finished, 10½\" unfinished.",
    "Notes for the quilter: top has minky backing, so lower tension a touch.",
    "Drop off at the back door; side gate code is on the flyer I gave you.",
    "Max size on the frame? Mine is 120\" wide.",
    "Double batting (wool over cotton) for the show quilt — trapunto look.",
    "Cost estimate: 72 × 84 = 6,048 sq in × $0.02 = $120.96",
    "Could we schedule a 30-min orientation before my first solo session?",
    "Rental rate change: $25/hr → $28/hr from April 1st. Noted.",
    "Please return the leftover batting; I'll use it for a mug rug.",
    "Left a voicemail too — I'll be 15 min late for my 1:00 slot.",
    "Border: piano keys (¼\" apart), inner border: SID, body: feathered wreaths.",
]

LIT["fabric_inventory"] = [
    "Kona Cotton — Coal — 14.5 yd on bolt",
    "Moda Grunge 'Basics Paper' 30150-165: 3 ⅓ yd remaining",
    "Riley Blake 'Swiss Dot' red: 0.75 yd (remnant bin)",
    "Art Gallery Pure Solids 'Snow' — bolt 2 of 3, 22 yds",
    "Liberty Tana Lawn 'Betsy' — sold by the ¼ yd",
    "FQ bundle 'Ruby Star Society Crescent' x 28 pcs — 6 bundles in stock",
    "Wideback 108\" Grey Dot — 9 yd; min cut 1 yd",
    "Batting: Warm & Natural Queen (90x108) — 4 pkgs",
    "Aurifil 50wt #2021 'Natural White' — 1300m spools × 12",
    "Kaffe Fassett 'Millefiore' blue: 5.25 yds; 'Millefiore' green: 2 yds",
    "Cut 1 ⅛ yd from Bolt #331, leaving 4 ⅞ yd",
    "SKU FAB-KONA-1019 | Kona Black | 12.0 | yd | Aisle 3",
    "Reorder when < 3 yd: Kona White, Kona Snow, Kona Bone",
    "Shot cotton (Kaffe): 'Persimmon', 'Lipstick', 'Ginger' — 2 yd each",
    "Flannel — 'Buffalo Check' red/black — 7 yd, pre-washed? no",
    "Japanese cotton/linen canvas (Kokka) — 110 cm wide, 4.5 m",
    "Tessuto: cotone stampato 'Limoni' — 3,5 m",
    "Stoff: Baumwolle uni 'Petrol' — 6 m auf Rolle",
    "Tissu : coton imprimé « Fleurs des champs » — 2,75 m",
    "布: 綿ブロード 紺 — 10m",
    "Selvedge says '44/45\" 100% cotton' but usable width measured 41\".",
    "Precut inventory: 10\" Layer Cakes ×9, 5\" Charm packs ×22, 2½\" Jelly Rolls ×15",
    "Fat eighths (9\" × 21\"): 'Tula Pink Linework' — 3 bundles",
    "Adjusted count after stocktake: Bolt 207 was 8 yd in system but 6 ½ on shelf.",
    "Moved 'Christmas 2023' prints to the sale table (-30%)",
    "Minky 'Cuddle 3' Charcoal — 58/60\", 5 yd — cut with rotary only",
    "Batik 'Hoffman 1895' — 30 colors x 1 yd",
    "Notion: Wonder Clips (50 pk) — 11; Clover seam ripper — 18",
    "Thread inventory: Gütermann Sew-all 100m #800 white — 40",
    "Interfacing Pellon SF101 — 20\" wide — 25 yd",
    "Fusible web (HeatnBond Lite) — 17\" x 5 yd rolls × 6",
    "Yardage math: 5 blocks × 9 ½\" = 47 ½\" → buy 1 ⅜ yd to be safe",
    "Decreased by 2.25 yd (order 4471) — new balance 11.75",
    "Dye lot mismatch: Bolt 88A vs 88B visibly different, do not cut across.",
    "Reserved for Janet B.: 3 yd 'Ocean Batik' — hold until Sat.",
    "Location: back room / shelf C / top — solids, warm colours",
    "Fabric drop: 'Heather Ross - Far Far Away' — 12 prints, 15 yd each",
    "Mislabeled: 'Kona Ash' shelf tag actually holds 'Kona Iron'.",
    "Remnants < ½ yd go to the scrap bag bin ($5/lb)",
    "Canvas 10oz natural — 60\" wide — 18 yd — for tote classes",
    "Linen blend (Essex) 'Flax' — 12 yd; 'Black' — 3 yd; 'Natural' — 0 (sold out)",
    "Bias binding 1\" double-fold, navy — 3 rolls of 25 yd",
    "Total cotton yardage on hand ≈ 3,412 yd across 268 bolts",
    "Ткань: хлопок «Горошек» — 4 м",
    "Count correction: FQs in 'Blenders' drawer = 47 (was 52)",
    "Incoming PO#2213: 40 bolts Kona, ETA 3/14",
    "Returned to vendor: 2 bolts with print misregistration",
    "'Select' line from Andover: 8 colorways, 4 yd each",
    "Bolt ends table: everything $6/yd, cash & card",
    "Wool felt 100% — 12\" x 18\" sheets — 36 colours",
    "Drop-ship only: 'Ruby Star Backing 108\"' (not stocked in-store)",
    "Quilter's cotton 'Tiny Dots' — 17 colors — ~5 yd each",
]

LIT["show_entries"] = [
    "Entry title: 'Grandmother's Flower Garden, Reimagined'",
    "Category: Large Pieced (>80\" any side), machine quilted by entrant",
    "Artist statement: This quilt started as a scrap challenge and turned into two years of hand quilting.",
    "Size: 64\" W x 78\" L. Hanging sleeve: yes, 4\".",
    "Made by Aoife O'Sullivan; quilted by Mary-Beth D'Angelo (longarm).",
    "Pattern source: original design, inspired by Amish bars.",
    "Techniques: hand applique, trapunto, big-stitch quilting with perle 8.",
    "Not for sale (NFS). Insurance value: $1,200.",
    "Judge's comment request: please focus on binding & corners.",
    "Category: Modern — 'negative space' emphasis; improv piecing.",
    "Entry withdrawn: I won't finish the binding in time 😞",
    "Title: \"Rain on the Tin Roof\" — 2023, cotton, wool batting.",
    "Statement: My father's shirts, cut into 1½\" strips; 3,000+ pieces.",
    "Is a 'two-person' quilt allowed in the 'Bed Quilt' category?",
    "Photograph release: yes, you may post my quilt on the guild Instagram.",
    "Kategorie: Traditionell; Titel: „Sternenhimmel über Bayern“",
    "Catégorie : Art textile ; titre : « Marée basse »",
    "Entry #73: 'Log Cabin < > Courthouse Steps' (a play on the two layouts)",
    "Title: 'Union Square at Dusk' — pictorial, raw-edge applique",
    "Category: Youth (under 18) — made by my daughter Ella, age 11",
    "Size conflict: the form says max 90\" but my quilt is 91\" after washing.",
    "Statement: Inspired by Gee's Bend; improv strips, no pattern, no rules!",
    "Ribbon won last year: 2nd, Small Wall. Should I list that?",
    "Label reads: 'Made with love by Nana Jo for Sam, 2022'",
    "Hand-quilted, 10 stitches per inch, cotton thread, no hoop.",
    "Title: 'Drop Everything and Sew' (it says it on the back in cross stitch)",
    "Category: Art Quilt — thread painting, dyed silk organza overlay.",
    "Title: 'Order & Chaos' — half traditional nine-patch, half improv.",
    "Pick-up after the show: Sunday 4–6pm only, please bring your claim ticket.",
    "タイトル：「春の庭」 — 手縫いアップリケ",
    "Título: 'Mi abuela y sus hilos' — categoría tradicional",
    "Statement: 'Kintsugi' — gold lamé repairs on a pieced crack motif.",
    "Viewer's choice ballot: I voted #12, #45 and #101 — gorgeous work!",
    "Entry fee $15 per quilt, max 3 quilts per member.",
    "White-glove volunteers needed Saturday 10-2 — sign up at the front desk.",
    "Title: \"Sleep(less) in Seattle\" — a queen bed quilt made during night shifts.",
    "Category: Miniature (≤ 24\" per side), foundation paper pieced",
    "Techniques: English paper piecing (EPP) hexagons ⅝\"; glue-basted.",
    "Is the 'group quilt' category judged? Our bee made it together (9 members).",
    "Description: 4 × 4 grid of 'Kansas Troubles' blocks; blue/cream; 72\" sq",
    "Quilt back has a hidden message in the pieced label; see photo 3.",
    "Statement: quilted on a domestic machine (Juki TL-2010Q) — walking foot + FMQ.",
    "Judges' notes last year: 'binding too full', 'excellent corners' — hope I fixed it!",
    "Entry form asks for 'hours spent' — honestly ~400, maybe more.",
    "Title: 'Select All, Delete' — a digital-glitch inspired modern quilt",
    "Title: \"Tea & Toast\" — 30s repro fabrics, hand-pieced",
    "Category: Small Wall (perimeter < 200\")",
    "Photo: front + back + detail; JPG, max 5MB each.",
    "Drop-off at the civic centre loading dock, Thursday 8 am - noon.",
    "Statement: 'Made from 47 thrifted men's shirts — nothing new but the thread.'",
    "Title: 'Ctrl+Z' (because I unpicked the whole border twice)",
    "Hanging instructions: please hang on point (diamond orientation).",
]

LIT["member_profiles"] = [
    "Siobhán O'Connor",
    "D'Arcy Ní Bhriain",
    "Mary-Kate Nguyễn",
    "Jean-Luc Dupré",
    "Zoë Ålund-Brown",
    "Renée O'Malley-Szymańska",
    "José Ángel Muñoz",
    "Björn Ødegård",
    "李秀英",
    "佐藤 花子",
    "Olga Константинова",
    "Fatima Al-Zahra",
    "Łucja Wójcik",
    "O'Brien, Margaret (Peggy)",
    "Dr. Ruth A. Select",
    "Brenda Union",
    "Patricia Drop",
    "Kim Null",
    "Tom Sleep",
    "quilty.mcquiltface@example.com",
    "nana.jo+guild@example.org",
    "siobhan.oconnor@example.ie",
    "Bio: Quilting since 1987. Hand piecing, EPP, and far too many UFOs.",
    "Bio: Longarm quilter (APQS Lucey), 8 yrs. Custom work & E2E. She/her.",
    "About me: retired teacher; I love Dresden plates & anything with a feather.",
    "Favourite quote: \"Quilts are like friendships — a great joy, and they keep you warm.\"",
    "Instagram: @stitchesbysue · Blog: https://stitchesbysue.example.net",
    "Phone: +1 (555) 014-2277 (text first please)",
    "Pronouns: they/them",
    "Skill level: Intermediate → Advanced (according to my bee 😂)",
    "Specialty: appliqué; 'needle-turn' or die; no fusible if I can help it",
    "I run the charity committee — Project Linus & NICU quilts <3",
    "Über mich: Ich nähe seit 20 Jahren, am liebsten Log Cabin.",
    "À propos : couturière passionnée, patchwork traditionnel & moderne",
    "Sobre mí: me encantan los colores vivos y las estrellas de ocho puntas.",
    "自己紹介：パッチワーク歴10年、ヘキサゴンが好きです。",
    "Emergency contact: Denis O'Reilly (husband) — 555-0141",
    "Member since 2009; past president 2015–2017; newsletter editor.",
    "Address: 7 Sycamore Ln., Apt. #3B, Portland, OR 97201",
    "Display name: Quilting_Granny_42",
    "Display name: ~*scrappy*~",
    "Display name: <3 hexie lover <3",
    "Display name: RedWorkRhonda",
    "Website: https://www.theslowstitch.example.com/about?ref=guild",
    "Mastodon: @patchwork@fiber.example.social",
    "Machines: Bernina 770 QE; Juki 2010Q; Featherweight 221 (1951)",
    "I'm colour blind (red/green) — please label fabrics by name in swaps!",
    "Dietary note for the retreat: gluten-free, no nuts.",
    "Bio: I select fabrics by gut feeling & then regret nothing.",
    "Bio: Engineer by day (SQL reports, ugh), quilter by night.",
    "Notify me by: email & SMS; not WhatsApp.",
    "Guild role: Librarian (books & patterns lending)",
]

LIT["search_queries"] = [
    "flying geese ruler",
    "drunkard's path",
    "half square triangle 8 at a time",
    "kona white vs snow",
    "jelly roll race pattern",
    "log cabin \"courthouse steps\"",
    "bias binding how to",
    "charm pack quilt patterns free",
    "\"storm at sea\" pdf",
    "batting 80/20 vs 100% cotton",
    "select solids",
    "union jack quilt",
    "drop cloth tote",
    "order of operations quilting sandwich",
    "sleep mask pattern",
    "grandmother's flower garden templates 1\"",
    "wideback 108",
    "fat quarter friendly",
    "moda -christmas",
    "aurifil 2021 OR 2024",
    "dresden plate 18°",
    "hexie EPP 3/4\"",
    "best seam ripper?",
    "quilt show 2024 results",
    "longarm rental saturday",
    "kaffe fassett shot cotton",
    "tula pink",
    "Liberty lawn",
    "ohio star 12\"",
    "baby quilt flannel",
    "log cabin*",
    "bargello",
    "mystery quilt 2024 clue 3",
    "stitch in the ditch foot",
    "Sternchen Muster",
    "patchwork étoile",
    "colcha de retazos",
    "ヘキサゴン",
    "拼布",
    "лоскутное шитьё",
    "quilt & bind",
    "binding < 2.5\"",
    "rulers > 12 inch",
    "cat quilt",
    "bee block swap",
    "UFO challenge",
    "how much fabric for a queen quilt?",
    "what is 'WOF'?",
    "1/4\" foot",
    "Cathedral window tutorial",
    "Kona 'Bone'",
    "pattern: 'Lone Star' + template",
]

LIT["forum_chat"] = [
    "Has anyone tried the new Bloc Loc rulers? Worth the $$?",
    "OMG my points finally matched!!! 🎉🎉",
    "I always select the darkest fabric first, then build around it.",
    "Pro tip: drop a dryer sheet in your pincushion, the pins glide through.",
    "Don't forget — potluck this Thursday; sign-up sheet is on the fridge.",
    "Honestly I'd rather rip out a seam than live with it... #seamripperlife",
    "It's 'Drunkard's Path' not 'Drunk Path' lol",
    "Union of two hobbies: I'm making a quilt from my old band tees.",
    "Anyone going to Houston this year? Carpool from Austin?",
    "Sleep? What's sleep? Binding marathon until 2am.",
    "I keep a spreadsheet: columns = fabric, yardage, location, 'use for'.",
    "Can we please stop pre-washing debates 😅 do what works for you!",
    "My machine says 'E7' when I try to wind the bobbin — any idea?",
    "Thread nest under the fabric → rethread the TOP thread, works 9/10 times.",
    "Found it in ~/Documents/Quilting/patterns, never mind!",
    "The file is at ../shared/BOM/2024/block3.pdf on the guild drive, I think",
    "Just use the 'Print → Actual size' option; don't 'fit to page'.",
    "Heads up: the guild Dropbox moved — link in the newsletter.",
    "I bind by machine & hand-finish; 2¼\" strips; 10\" tails; diagonal joins.",
    "Is $12/yd reasonable for Liberty? Seems cheap...",
    "Pressing: open vs to the side? *grabs popcorn*",
    "Fabric math: 1 yd = 36\" → 14 strips of 2½\" (with a bit left).",
    "The 'Tuesday Night Sew' group meets at 7 — bring your own project.",
    "Que bonito te quedó el edredón, ¡felicidades!",
    "Superbe travail, les coins sont parfaits 👏",
    "Wunderschön! Welche Watte hast du benutzt?",
    "すてきなキルトですね！",
    "Красивое одеяло! Какую нить вы использовали?",
    "Order of operations for me: wash → starch → press → cut → sew → cry → unpick → sew",
    "I'm 100% on team 'no pins' -- until the Y-seams.",
    "Did anyone else get the email with subject 'Re: [Guild] Re: Re: retreat rooms'?",
    "Quick poll: grey thread or beige thread for piecing? reply 1 or 2",
    "The pattern says 'WOF' and I cut 44\"... it's only 42\" usable 🤦",
    "Love it <3 the colours are so cozy",
    "Hmm, I'd say >= 3 borders is too many for a crib quilt.",
    "Block swap: send yours by 3/1, I'll mail the set back by 3/15.",
    "Retreat cost: $325 (room & meals) — $100 deposit holds a spot.",
    "Okay who left the blue rotary cutter at the hall? 😂 It's in lost & found.",
    "Tried the 'magic 8' HST method — 8 HSTs from two 2 squares. Game changer!",
    "Sale at the shop: 25% off all batiks thru Sunday (ends 6pm).",
    "Reminder: show intake forms due Friday; late = $5 fee.",
    "Free-motion quilting practice: draw it on paper 10× first, then stitch.",
    "PSA: the Juki needle plate screw is a flathead, not Phillips!",
    "Just finished my first quilt!!! It's wonky but I LOVE it.",
    "@Linda yes, the ruler is 6½\" × 24½\" — it lives by the cutting mat.",
    "We meet every 2nd Tuesday; guests welcome ($5 drop-in).",
    "For the raffle quilt, tickets are $1 or 6 for $5.",
    "A quilt is three layers: top | batting | backing — and love in between.",
    "My cat chose the quilt before I even bound it. Typical.",
    "Yes! Starch + steam = crisp seams. Best Press if you hate flakes.",
    "Who's in for the 'scrap vortex' challenge? Post pics with #vortex24",
    "She said 'Let's just drop the borders' and honestly she was right.",
    "In the guild wiki, put settings in backticks like `Scale: 100%` so people see them.",
    "Prewash && dry on cold, then starch — that's my whole routine lol",
]

LIT["settings_imports"] = [
    "Name,Yardage,Location\nKona White,14.5,A3\nKona Snow,9,A3\nKona Bone,3.25,A4",
    "sku;name;qty;unit\nFQ-001;Crescent Bundle;6;pcs\nWB-108;Grey Dot 108;9;yd",
    "https://guild.example.org/newsletter/2024-03.pdf",
    "https://www.example.com/patterns/storm-at-sea?size=queen&format=pdf",
    "C:\\Users\\Margaret\\Documents\\Quilting\\Inventory 2024.xlsx",
    "/home/ruth/Quilts/BOM-2024/block-03.svg",
    "~/Downloads/LoneStar_Templates_v2.pdf",
    "Dropbox/Guild Shared/Show 2024/entries.csv",
    "Time zone: America/Chicago (UTC−06:00)",
    "Date format: DD/MM/YYYY",
    "Units: inches (in) | centimetres (cm)",
    "Default seam allowance: 0.25 in",
    "Notify me when stock < 2 yd",
    "Low-stock threshold: 3 yd; reorder qty: 15 yd",
    "Currency: EUR (€); VAT 20% included",
    "Email footer: Happy quilting! — The Riverbend Guild · riverbendquilters.org",
    "Signature: --\nSue Baxter\nPresident, Riverbend Quilters\n(555) 010-4821",
    "| Fabric | Yards | Price |\n|---|---|---|\n| Kona Black | 3 | $33 |\n| Liberty 'Betsy' | 0.5 | $14 |",
    "## Retreat packing list\n- machine + foot pedal\n- 1/4\" foot\n- extension cord\n- **snacks**",
    "Fabric,Color,Yds\n\"Kaffe, Millefiore\",Blue,5.25\n\"Moda, Grunge\",Paper,3.33",
    "Calendar feed: https://calendar.example.org/guild/ical?token=PLACEHOLDER_TOKEN_123",
    "Webhook URL: https://hooks.example.com/guild/inventory-updates",
    "Backup folder: \\\\NAS01\\shop\\inventory\\backups",
    "Label printer: Brother QL-800 (USB)",
    "Receipt header: Pins & Needles Quilt Shop — 42 Main St — Tel 555-0199",
    "Store hours: Mon–Fri 10–6, Sat 9–5, Sun closed",
    "Newsletter template: Hello {{first_name}}, your BOM kit for {{month}} is ready!",
    "Reminder text: Hi ${name}, your longarm slot is on ${date} at ${time}.",
    "Greeting: Dear <member name>, thanks for renewing!",
    "Auto-reply: I'm at the quilt show until Monday; replies may be slow :)",
    "Import mapping: 'Bolt #' -> sku, 'Yds' -> qty, 'Loc' -> location",
    "Tags: batik; solids; 108\" wide; precuts; notions",
    "Discount rule: members 10% off; >$100 orders 15% off",
    "Shipping zones: US | CA | EU | UK | AU/NZ",
    "Slot length: 4h; buffer between bookings: 30 min; max 2 per member / week",
    "API key label: 'inventory-sync (shop laptop)'",
    "Export filename: yardage_%Y-%m-%d.csv",
    "Cron-ish reminder schedule: every Monday 08:00 — 'Kits ready for pickup'",
    "Display columns: name, yardage, dye lot, location, last counted",
    "Sort by: yardage (desc), then name (asc)",
    "Order by: date added — newest first",
    "Search defaults: exclude 'sold out'; include 'backorder'",
    "Barcode prefix: RQG-; padding: 6 digits",
    "Printer margins: top 0.5\", bottom 0.5\"; scale 100% (do NOT fit to page)",
    "Language: Deutsch (de-DE)",
    "Sprache: Français (fr-CA)",
    "Dark mode: on",
    "Homepage: /shop/fabric?sort=new&in_stock=1",
    "Redirect after login: /members/dashboard",
    "Logo file: assets/img/logo_guild_2024@2x.png",
    "Instagram handle: @riverbend_quilters",
    "SMTP from: no-reply@riverbendquilters.example.org",
]

LIT["class_signups"] = [
    "Sign me up for 'Beginner Quilting 101' on Saturdays — 4 sessions.",
    "Is the free-motion class OK for a total beginner?",
    "Supply list question: do I need a walking foot for the 'Straight Line Quilting' class?",
    "Can I bring my Featherweight to class, or is it too small?",
    "Waitlist: Curved Piecing w/ Jo (Mar 9) — 2 seats please (me + my sister).",
    "I have arthritis in my hands — will rotary cutting be a problem?",
    "Class fee paid ($65); still need the kit ($28)?",
    "Please pair me with someone for the 'Bee Block' workshop — I'm new!",
    "Kids' class (age 10–14): 'Make a Pillow Cover' — 1 spot for Ava.",
    "Can't make session 3; is there a make-up date?",
    "I'm left-handed, hope that's okay for the cutting demo.",
    "Kurs: Patchwork für Anfänger — Dienstag 18–21 Uhr",
    "Cours : appliqué à l'aiguille, samedi matin",
    "Clase: acolchado libre (FMQ) — nivel intermedio",
    "教室：初心者向けパッチワーク、土曜日",
    "Could the EPP class be moved to the evening? Lots of us work days.",
    "Question for the teacher: precut or cut on the day?",
    "Does 'Intro to Longarm' include certification for rentals?",
    "My machine: Brother CS6000i. Will it handle 8 layers for the binding class?",
    "Request: a class on 'quilt math' — yardage, scaling, borders.",
    "Sign up Frances O'Toole and Bridget O'Toole for the Dresden class",
    "Lunch provided? I'm vegetarian.",
    "Where do I park? The lot behind the shop or on the street?",
    "Refund policy: 7+ days before = full refund, otherwise credit. Fine by me.",
    "Zoom link for the online class? I'm in Auckland (UTC+13) so it's 6am for me!",
    "Hand quilting with big stitch — bring perle 8 & a #5 embroidery needle?",
    "Can beginners select any pattern or is it a fixed project?",
    "Drop me from Saturday's class, please — family emergency.",
    "Tried the online 'HST Basics' module; video 4 won't play in Firefox.",
    "Thank you Anne — best class ever; I'm no longer scared of Y seams!",
    "The supply list says 'ruler 6 x 24'; mine is 6.5 x 24.5 — that's fine, right?",
    "Is there a 'Bring a Friend' discount? She's never sewn before.",
    "Can I audit the class (watch only) for less?",
    "Workshop 'Color Theory for Quilters' — what's the max class size?",
    "Pre-reading for the 'Modern Quilting' class: see the guild library, shelf 2.",
    "Sign-up for 'Sashiko Basics' — please note I'll arrive 15 min late.",
    "Quilting retreat workshop: which room has the big cutting tables?",
    "Level: beginner (finished 1 quilt). Goal: learn to bind by machine.",
    "Class is full? Add me to the waitlist — email is peggy.obrien@example.net",
    "Will the class be recorded? I'd like to rewatch the binding part.",
    "Instructor bio: 'Jo has taught curved piecing for 12 yrs; author of *Curves Ahead*.'",
    "Session plan: 10:00 intro → 10:30 cutting → 12:00 lunch → 1:00 sewing → 3:30 show & tell",
    "Can I use a die cutter (AccuQuilt GO!) instead of rotary cutting?",
    "Private lesson request: 2h on FMQ, weekday afternoon, budget ~$80.",
    "Accessibility: is the classroom step-free? I use a walker.",
    "Hi! I'm signing up as a guest (non-member). Is the price different?",
    "Course 'Scrappy Stars' — 3 × 3h; homework between sessions 😅",
    "I'd prefer the 10am session; the 6pm one clashes with choir.",
    "For the 'Quilt as you go' class — pre-cut batting into 10½\" squares?",
    "Kit option A (batiks) or option B (solids)? I'll take B.",
    "Ask the teacher: how do I stop my thread from shredding with metallics?",
    "Please sign me up for the 'drop-in sew day' on the 3rd; I'll bring cookies.",
]

# ---- one small template per category, over hand-written pools ----
POOL_PATTERNS = ["Ohio Star", "Storm at Sea", "Lone Star", "Log Cabin", "Bear's Paw",
                 "Churn Dash", "Drunkard's Path", "Dresden Plate", "Flying Geese Sampler"]
POOL_SIZES = ["baby", "throw", "twin", "queen", "king", "wall hanging"]
POOL_FORMAT = ["PDF", "paper", "PDF + printed templates"]
POOL_BLOCKS = ["Sawtooth Star", "Card Trick", "Jewel Box", "Friendship Star", "Rail Fence",
               "Pinwheel", "Shoofly", "Hourglass"]
POOL_MONTHS = ["January", "February", "March", "April", "May", "June", "July",
               "August", "September", "October", "November", "December"]
POOL_TIPS = ["press seams open", "press toward the dark", "starch first",
             "trim to size after pressing", "chain-piece the HSTs", "use a scant ¼\" seam"]
POOL_MACHINES = ["Gammill Statler", "APQS Millie", "Innova 22", "Handi Quilter Amara"]
POOL_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
POOL_HOURS = ["9:00-13:00", "13:00-17:00", "10:00-12:00", "14:00-18:00"]
POOL_PANTOS = ["Baptist Fan", "Meander", "Orange Peel", "Loops & Stars", "Feathers"]
POOL_FABRICS = ["Kona Coal", "Kona Snow", "Grunge Paper", "Swiss Dot Red", "Essex Flax",
                "Shot Cotton Persimmon", "Tiny Dots Navy", "Batik Ocean", "Liberty Betsy"]
POOL_YARDS = ["0.5", "1.25", "2", "3 ⅓", "4.75", "7", "12.5", "15"]
POOL_LOC = ["A1", "A3", "B2", "C4", "back room", "sale table"]
POOL_TITLES = ["Morning Frost", "Grandma's Kitchen", "Sea Glass", "Prairie Wind",
               "Little Houses", "Tangled Garden", "Midnight Rail"]
POOL_CATS = ["Large Pieced", "Small Wall", "Modern", "Art Quilt", "Miniature", "Traditional"]
POOL_SIZES_IN = ["40\" x 40\"", "60\" x 72\"", "84\" x 96\"", "20\" x 20\"", "72\" x 90\""]
POOL_FIRST = ["Maeve", "Ingrid", "Priya", "Dolores", "Akiko", "Chiara", "Nkechi", "Hélène", "Gwen"]
POOL_LAST = ["O'Donnell", "Lindqvist", "Raman", "Ortega", "Tanaka", "Bellini", "Okafor",
             "Lefèvre", "Price-Jones"]
POOL_LIKES = ["hexies", "scrappy stars", "hand applique", "big-stitch quilting", "batiks",
              "Dresden plates", "improv"]
POOL_Q1 = ["free", "easy", "modern", "scrappy", "vintage", "baby"]
POOL_Q2 = ["quilt pattern", "table runner", "tote bag", "pillow cover", "wall hanging"]
POOL_Q3 = ["with jelly roll", "using fat quarters", "for beginners", "2024", "pdf"]
POOL_REACT = ["Gorgeous", "Love the colours", "So clever", "Wow", "Beautiful work"]
POOL_QUESTION = ["what batting did you use?", "is that a panto or custom?",
                 "where's the pattern from?", "how long did it take?", "which thread?"]
POOL_SETTING_K = ["Low-stock threshold", "Default seam allowance", "Booking buffer", "Reminder lead time",
                  "Kit pickup window", "Hold fabric for"]
POOL_SETTING_V = ["2 yd", "0.25 in", "30 min", "48 h", "1 week", "3 yd"]
POOL_CLASSES = ["Beginner Quilting 101", "Curved Piecing", "FMQ Basics", "EPP Hexies",
                "Sashiko Basics", "Binding Like a Pro"]
POOL_WHEN = ["Sat 10am", "Tue 6pm", "Thu 1pm", "Sun 2pm"]


def tpl_pattern_orders(r):
    return "Order: {} pattern, {} size, {} — qty {}".format(
        r.choice(POOL_PATTERNS), r.choice(POOL_SIZES), r.choice(POOL_FORMAT), r.randint(1, 4))


def tpl_bom_notes(r):
    return "{} block: {} — {}; finished {}\".".format(
        r.choice(POOL_MONTHS), r.choice(POOL_BLOCKS), r.choice(POOL_TIPS), r.choice([6, 9, 10, 12]))


def tpl_longarm_bookings(r):
    return "Book {} on {} {}, panto '{}'".format(
        r.choice(POOL_MACHINES), r.choice(POOL_DAYS), r.choice(POOL_HOURS), r.choice(POOL_PANTOS))


def tpl_fabric_inventory(r):
    return "{} — {} yd — loc {}".format(r.choice(POOL_FABRICS), r.choice(POOL_YARDS), r.choice(POOL_LOC))


def tpl_show_entries(r):
    return "Title: '{}' — category: {} — size {}".format(
        r.choice(POOL_TITLES), r.choice(POOL_CATS), r.choice(POOL_SIZES_IN))


def tpl_member_profiles(r):
    return "{} {} — loves {}".format(r.choice(POOL_FIRST), r.choice(POOL_LAST), r.choice(POOL_LIKES))


def tpl_search_queries(r):
    return "{} {} {}".format(r.choice(POOL_Q1), r.choice(POOL_Q2), r.choice(POOL_Q3))


def tpl_forum_chat(r):
    return "{}! @{} {}".format(r.choice(POOL_REACT), r.choice(POOL_FIRST), r.choice(POOL_QUESTION))


def tpl_settings_imports(r):
    return "{}: {}".format(r.choice(POOL_SETTING_K), r.choice(POOL_SETTING_V))


def tpl_class_signups(r):
    return "Sign up {} {} for '{}' ({})".format(
        r.choice(POOL_FIRST), r.choice(POOL_LAST), r.choice(POOL_CLASSES), r.choice(POOL_WHEN))


TEMPLATES = {
    "pattern_orders": tpl_pattern_orders,
    "bom_notes": tpl_bom_notes,
    "longarm_bookings": tpl_longarm_bookings,
    "fabric_inventory": tpl_fabric_inventory,
    "show_entries": tpl_show_entries,
    "member_profiles": tpl_member_profiles,
    "search_queries": tpl_search_queries,
    "forum_chat": tpl_forum_chat,
    "settings_imports": tpl_settings_imports,
    "class_signups": tpl_class_signups,
}

CATEGORIES = ["pattern_orders", "bom_notes", "longarm_bookings", "fabric_inventory",
              "show_entries", "member_profiles", "search_queries", "forum_chat",
              "settings_imports", "class_signups"]


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "benign.jsonl")
    rows = []
    for cat in CATEGORIES:
        lits = LIT[cat]
        assert len(lits) >= 50, (cat, len(lits))
        assert len(set(lits)) == len(lits), cat
        vals = list(lits[:PER_CAT])
        seen = set(vals)
        while len(vals) < PER_CAT:
            v = TEMPLATES[cat](rng)
            if v not in seen:
                seen.add(v)
                vals.append(v)
        for v in vals:
            rows.append((cat, v))
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i, (cat, v) in enumerate(rows, 1):
            f.write(json.dumps({"id": "%s-%05d" % (PREFIX, i), "category": cat,
                                "label": "benign", "value": v}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
