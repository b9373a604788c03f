#!/usr/bin/env python3
"""Generate benign.jsonl -- held-out benign corpus ("notes", issue 11, fourteenth round).

What a consumer-facing JSON API (a check-in / notes app with search)
receives from ordinary people, not from developers.

Standard library only, deterministic (random.Random(1414)).  Every value is
a hand-written literal or a template filled from hand-written pools below;
nothing is read from a dataset or a public list.
"""
import json
import os
import random

R = random.Random(1414)
HERE = os.path.dirname(os.path.abspath(__file__))
TARGET = 76          # per category (long-posts: every hand-written post)
MAX_LEN = 1800


def pick(seq):
    return R.choice(seq)


def maybe(s, p=0.5):
    return s if R.random() < p else ""


def tidy(s):
    while "  " in s:
        s = s.replace("  ", " ")
    return s.strip()


def fill(hand, gens, n=TARGET):
    """hand-written values first, then templates until n distinct values."""
    out, seen = [], set()
    for v in hand:
        if v not in seen:
            seen.add(v)
            out.append(v)
    tries = 0
    while len(out) < n:
        tries += 1
        if tries > 20000:
            raise RuntimeError("template pool too small")
        v = tidy(pick(gens)())
        if v and v not in seen:
            seen.add(v)
            out.append(v)
    return out[:n]


# ---------------------------------------------------------------------------
# 1. checkin-notes
# ---------------------------------------------------------------------------
CHECKIN_HAND = [
    "Finally tried the flat white at Kettle & Crumb ☕ $4.50 but worth it!!",
    "Gym 6:30am, leg day... never again 😩 #legday",
    "Concert @ the Roundhouse — doors 19:00, support act was meh, headliner AMAZING 🎸🎶",
    "Lunch w/ Sam & Priya at \"Noodle Bar\" (the one on 5th & Main), $12.95 for the laksa",
    "Train delayed again... 45 min. Thanks, Southern 🙄",
    "Brunch: 2x pancakes, 1 avocado toast, 3 coffees = 38,60 € + tip",
    "Open 9-5 Mon–Fri, Sat 10-2 (closed Sun!)",
    "Checked in at Terminal 2, Gate B14 ✈️ boarding 18:30",
    "Hike to the falls: 7.2 mi round trip, ~3h, bring water!!! 💧",
    "Farmers market haul 🍓🥕 - strawberries $5/lb (pricey...) but sooo good",
    "Yoga @ 7 w/ Mira. \"Child's pose\" is my favourite pose lol",
    "Dentist at 14:15 – don't forget the insurance card",
    "Best tacos in town?? Maybe. Al pastor 3 for $9 & free chips",
    "Rainy day at the museum (free entry on 1st Sunday!) #museumday #rainyday",
    "Cinema: Dune pt. 2 — seats H7 & H8, 21:10 showing 🍿",
    "Pub quiz night: came 3rd out of 14 teams 🎉 'Quiz Khalifa' strikes again",
    "Car wash + vacuum $18... the machine ate my $5 bill >:(",
    "Run: 5k in 27:41 (PB!!) 🏃‍♀️",
    "Hotel check-in 3pm, checkout 11am. Room 412 — view of the parking lot 😅",
    "Picnic at Riverside Park (near the 79th St entrance) - bring blanket & bug spray",
    "Swim: 40 lengths = 1 km. Lane 3 was chaos...",
    "Bookshop crawl: Foyles → Waterstones → the little one on Cecil Ct. Spent £42 oops",
    "Closed for renovation until 03/15 :(",
    "Happy hour 4-7pm: $3 drafts, $5 wells 🍺",
    "Laundromat, 2 loads, $7.25, 58 min. Riveting stuff.",
    "Bday dinner @ Luigi's 🎂 table for 8 at 7:45, ask for the back room",
    "Climbing gym - finally sent the V4 in the cave!! 🧗",
    "Ferry to the island, 10:05 departure, return 16:40. Tickets $8.50 each (kids free)",
    "Walked 18,342 steps today 👟 my feet hate me",
    "Vet appt for Biscuit 🐶 - shots + nail trim, $96.40 (ouch)",
    "\"Best bagel in Brooklyn\" they said... it was fine. 6/10",
    "Zoo w/ the kids: penguins 🐧 > lions apparently",
    "Parking: Level P3, spot 112, blue zone. DON'T FORGET",
    "Sunset at the pier 🌅 19:52 tonight, worth the wait...",
    "Library study session 10-4, 3rd floor quiet room. Wi-Fi pw is on the whiteboard lol",
    "Wine tasting: the 2019 Malbec (#7 on the list) was the winner 🍷",
    "Spin class @ 18:00 — instructor played only ABBA. 10/10 would spin again",
    "Ice cream: 1 scoop pistachio + 1 scoop stracciatella = 4,20 €",
    "Airport lounge, free snacks & terrible coffee. Flight delayed to 22:15...",
    "Coffee with mom at Café de Flore, 2 cafés crème = 13,00 €. Paris prices!",
    "Tried the \"secret menu\" milkshake (it's just Oreo + PB) 🤤",
    "Road trip day 3: Flagstaff → Page, 2h10m, gas $3.89/gal",
]

CI_PLACES = ["Blue Door Café", "Kettle & Crumb", "Iron Temple Gym", "The Crooked Spoon",
             "Maple & Pine Bakery", "Harbour Lights", "Sunnyside Diner", "Bean There",
             "Joe's Pizza", "Little Saigon Pho", "The Rusty Anchor", "Café Olé",
             "Green Leaf Salads", "Smith & Daughters", "Mamma Mia Trattoria",
             "O'Malley's Pub", "The Book Nook", "Skyline Rooftop", "Nana's Kitchen",
             "Fit Factory (Downtown)", "Pho 24/7", "Taco 'Bout It", "Roast & Co."]
CI_ITEMS = [("oat latte", "$5.25"), ("flat white", "£3.40"), ("croissant", "2,10 €"),
            ("burger + fries", "$14.99"), ("pad thai", "$11.50"), ("slice + soda", "$4"),
            ("day pass", "$15"), ("pint of IPA", "£6.20"), ("green smoothie", "$8.75"),
            ("2 scoops", "4,50 €"), ("brunch for 2", "$46.80"), ("espresso", "1,20 €"),
            ("matcha latte", "$6.10"), ("fish & chips", "£12.95"), ("bánh mì", "$7.50"),
            ("cinnamon roll", "$3.75"), ("large pho", "$13"), ("mac 'n' cheese", "$9.25")]
CI_VERDICTS = ["Worth it!", "Meh...", "10/10 would come back", "A bit pricey but ok",
               "sooo good!!!", "Never again lol", "Better than last time :)",
               "Not bad, not great.", "Staff were lovely <3", "Long wait (25 min) but worth it",
               "Cash only!! bring $$$", "Ask for the corner table", "Wi-Fi was down :(",
               "Dog friendly 🐶", "Music too loud...", "Portions are HUGE",
               "Go before 9 or it's packed", "the \"small\" is not small"]
CI_EMOJI = ["☕", "🍕", "💪", "🎉", "😋", "🙄", "😅", "🍺", "🥐", "🌮", "✨", "👍", "🔥", "😍", ""]
CI_TAGS = ["#coffee", "#foodie", "#gymlife", "#weekendvibes", "#travel", "#nofilter",
           "#sundayfunday", "#latergram", "#brunch", "#localeats", "#treatyoself", ""]
CI_ACTS = ["Gym", "Yoga", "Spin class", "Swim", "Run", "Pilates", "Boxing", "Climbing",
           "HIIT", "Tennis", "Zumba", "Rowing"]
CI_TIMES = ["6:30am", "7am", "12:15", "18:30", "19:00", "5:45 pm", "noon", "9-10am",
            "20h", "after work (~6)", "7:15", "8.30pm"]
CI_FRIENDS = ["Sam", "Priya", "Tom", "Lena", "Marco", "Aisha", "Jo", "Dave", "Kim",
              "Rosa", "the team", "mom", "Jean-Paul", "Siobhán"]
CI_STREETS = ["12 Elm St", "5th & Main", "221 King St W", "42 rue Oberkampf", "Market Sq.",
              "Pier 39", "3rd Ave (between 14th & 15th)", "Station Rd, Unit 4",
              "corner of Bay & Queen", "Kastanienallee 7", "next to the Tesco"]


def ci_t1():
    item, price = pick(CI_ITEMS)
    return f"{pick(CI_PLACES)}: {item} {price}. {pick(CI_VERDICTS)} {pick(CI_EMOJI)}"


def ci_t2():
    f2 = maybe(" & " + pick(CI_FRIENDS))
    return f"{pick(CI_ACTS)} @ {pick(CI_TIMES)} w/ {pick(CI_FRIENDS)}{f2} {pick(CI_EMOJI)} {pick(CI_TAGS)}"


def ci_t3():
    return f"Checked in at {pick(CI_PLACES)} ({pick(CI_STREETS)}) – {pick(CI_VERDICTS)}"


def ci_t4():
    item, price = pick(CI_ITEMS)
    return f"{item} for {price}?! {pick(CI_VERDICTS)} {pick(CI_TAGS)}"


def ci_t5():
    return f"Meeting {pick(CI_FRIENDS)} at {pick(CI_PLACES)}, {pick(CI_TIMES)}. Don't be late!!"


def ci_t6():
    return f"\"{pick(CI_PLACES)}\" - {pick(CI_STREETS)}... {pick(CI_VERDICTS)} {pick(CI_EMOJI)}{pick(CI_EMOJI)}"


# ---------------------------------------------------------------------------
# 2. multilingual
# ---------------------------------------------------------------------------
MULTI_HAND = [
    # French
    "« Meilleur croissant du quartier ! » – 1,80 € seulement. On reviendra 🥐",
    "Salle de sport à 7h, cours de RPM avec Julie… j'ai mal partout 😅",
    "Dîner chez Marcel & Co : l'entrecôte était parfaite, l'addition un peu moins (64,50 €).",
    "Concert à l'Olympia ce soir — ouverture des portes à 19h30. Qui vient ?",
    "Fermé le lundi ; ouvert du mardi au samedi de 9h à 18h.",
    # German
    "„Bester Kaffee der Stadt“ – stimmt! 3,20 € für einen Cappuccino ☕",
    "Fitnessstudio um 18:30, danach Döner (Stammlokal, Ecke Hauptstr./Bahnhofstr.)",
    "Konzert in der Columbiahalle: Einlass 19 Uhr, Beginn 20 Uhr… Vorband war super!",
    "Zug nach München fällt aus. Schon wieder. Danke, DB 🙃",
    "Wanderung zum Feldberg: 14 km, ca. 4 Std., Brotzeit nicht vergessen!",
    # Spanish
    "¡Las mejores tapas de Sevilla! Croquetas, patatas bravas y una caña por 9,50 €.",
    "¿Alguien sabe si el gimnasio abre el domingo? Yo voy a las 10:00 😊",
    "Concierto en el WiZink: dos horas de cola, pero valió la pena 💃",
    "Desayuno en \"La Esquina\": café con leche + tostada = 3,20 €",
    "Paseo por el Retiro 🌳 y barca en el estanque (6 € por 45 min)",
    # Portuguese
    "Pastel de nata ainda quentinho em Belém 😍 1,40 € cada, comi três…",
    "Academia às 6h da manhã? Nunca mais. Só amanhã 😂",
    "Show no Circo Voador, começou às 22h30 – atrasou \"só\" uma hora.",
    "Almoço executivo: arroz, feijão, bife e salada por R$ 29,90. Vale muito!",
    # Italian
    "Cappuccino e cornetto al bar sotto casa, 2,50 € – la vera colazione italiana ☕🥐",
    "Palestra alle 19:00, poi pizza da \"Gino\" (la margherita più buona di Napoli!)",
    "Gita al lago di Como: battello delle 10:15, ritorno alle 17:40.",
    "Chiuso per ferie dal 10 al 25 agosto… ci vediamo a settembre!",
    # Polish
    "Najlepsze pierogi w Krakowie! Ruskie + z mięsem, 32 zł za dwie porcje.",
    "Siłownia o 7:00, potem kawa „na wynos” i do pracy 💪",
    "Koncert w Spodku – wejście od 18:00, bilety sprawdzają przy bramie nr 3.",
    "Pociąg do Gdańska opóźniony o 40 min… klasyka.",
    # Turkish
    "Karaköy'de harika bir kahvaltı! Menemen + çay = 180 TL 🍳",
    "Spor salonu 19:00'da, sonra İstiklal'de yürüyüş.",
    "Konser harikaydı ama çıkışta taksi bulmak imkânsızdı 😤",
    "\"Dünyanın en iyi baklavası\" diyorlar, bence de öyle 😋",
    # Russian
    "Лучший кофе на Арбате ☕ 250 ₽ за капучино — недёшево, но вкусно.",
    "Спортзал в 7:30, потом работа… «Понедельник начинается в субботу» 😅",
    "Концерт в «Крокусе»: вход с 18:00, начало в 19:30. Было громко!",
    "Поезд Москва — Санкт-Петербург, вагон 5, место 23. Отправление 13:30.",
    # Ukrainian
    "Найкраща кава у Львові ☕ 60 грн — раджу!",
    # Greek
    "Ο καλύτερος φρέντο στην Πλάκα! 3,50 € με θέα την Ακρόπολη 😍",
    "Γυμναστήριο στις 8 το πρωί· μετά πρωινό με τη Μαρία.",
    "Συναυλία στο Ηρώδειο απόψε — «αξέχαστη βραδιά»!",
    "Πλοίο για Νάξο στις 07:30 από τον Πειραιά. Ποιος έρχεται;",
    # Arabic
    "أفضل قهوة في المدينة! ☕ الكابتشينو بـ ١٥ درهم فقط.",
    "النادي الرياضي الساعة ٦ مساءً، ثم عشاء مع العائلة.",
    "حفلة رائعة الليلة… «لن أنساها أبداً»",
    "مغلق يوم الجمعة، ومفتوح من السبت إلى الخميس ٩ص - ١٠م.",
    # Hebrew
    "הקפה הכי טוב בתל אביב! ☕ 14 ₪ לקפוצ'ינו",
    "חדר כושר ב-7:00, אחר כך ארוחת בוקר עם נועה.",
    "ההופעה בפארק הירקון הייתה מדהימה!!! \"שיר אחד אחרון\" – ועוד שלושה 😂",
    "סגור בשבת, פתוח א'-ה' 8:00-20:00",
    # Hindi
    "कनॉट प्लेस में सबसे अच्छी चाय! ☕ सिर्फ़ ₹20 में।",
    "जिम सुबह 6 बजे, फिर ऑफिस… थक गया हूँ 😓",
    "कल रात का कॉन्सर्ट शानदार था — \"फिर मिलेंगे\"!",
    "दिल्ली से जयपुर की ट्रेन 06:05 पर, कोच B2, सीट 34।",
    # Chinese
    "这家咖啡店的拿铁真不错☕，32元一杯，环境也很安静。",
    "今天健身一个半小时💪，明天继续！",
    "演唱会！！！排队两个小时，值了～",
    "营业时间：周一至周五 9:00-21:00，周末休息。",
    "「这是我吃过最好吃的小笼包」——真的没夸张",
    # Japanese
    "渋谷のカフェでカフェラテ☕ 650円。ちょっと高いけど美味しい！",
    "ジム18時〜、筋トレ後のプロテインが最高💪",
    "ライブ最高だった…！「また来るね」って言ってくれた😭",
    "新幹線のぞみ23号、7号車12番A席。東京駅 9:30発。",
    # Korean
    "성수동 카페 분위기 최고 ☕ 아메리카노 5,500원!",
    "헬스장 저녁 7시, 오늘은 하체 데이… 😵",
    "콘서트 진짜 대박이었어요!!! \"다음에 또 만나요~\"",
    "영업시간: 평일 10:00~22:00 (매주 월요일 휴무)",
    # Vietnamese
    "Cà phê sữa đá ngon nhất Sài Gòn! Chỉ 25.000đ ☕",
    "Tập gym lúc 6 giờ sáng, sau đó ăn phở bò 🍜",
    "Buổi hòa nhạc tối nay tuyệt vời quá — \"hẹn gặp lại\"!",
    "Đóng cửa Chủ nhật; mở cửa thứ 2 – thứ 7, 8h–20h.",
    # Dutch, Swedish, Czech, Thai, Indonesian
    "Lekkerste appeltaart van Amsterdam 🍰 €4,75 – wel even in de rij staan.",
    "Fika på Vete-Katten: kanelbulle + kaffe 85 kr. Mysigt!",
    "Nejlepší svíčková v Praze! 289 Kč, ale stojí to za to.",
    "ร้านกาแฟนี้บรรยากาศดีมาก ☕ ลาเต้แก้วละ 75 บาท",
    "Nasi goreng enak banget di warung dekat kantor, cuma Rp25.000!",
    "Salle d'escalade avec les collègues : « plus jamais de dévers » 😂",
    "Kino um 20:15 – „Oppenheimer“ in OV, Reihe 9, Plätze 12 & 13.",
    "Ramen 一蘭 で一人飯🍜 980円、替え玉+150円",
]
MULTI_EXTRA = [
    ("Café {x} : {y}, {p}. Pas mal du tout !", ["du Coin", "Pierre", "des Arts"], ["crème + croissant", "noisette", "chocolat chaud"], ["3,90 €", "2,60 €", "4,10 €"]),
    ("Im „{x}“ gewesen – {y} für {p}. Empfehlenswert!", ["Café Einstein", "Zur Linde", "Brauhaus Süd"], ["Schnitzel", "Apfelstrudel", "Weißwurstfrühstück"], ["14,90 €", "5,50 €", "11,80 €"]),
    ("¡{x}! {y} por {p} 😋", ["Qué rico", "Increíble", "Volveremos"], ["Paella para dos", "Churros con chocolate", "Menú del día"], ["28 €", "4,50 €", "12,90 €"]),
]


def multi_t():
    tpl, xs, ys, ps = pick(MULTI_EXTRA)
    return tpl.format(x=pick(xs), y=pick(ys), p=pick(ps))


# ---------------------------------------------------------------------------
# 3. search-terms
# ---------------------------------------------------------------------------
SEARCH_HAND = [
    "best pizza near me",
    "\"the night we met\" lyrics",
    "C++ vs C#",
    "what does 'rm' mean",
    "how to select all in word",
    "jaguar -car -cars",
    "site:reddit.com best budget headphones",
    "hotels paris OR lyon \"free cancellation\"",
    "iphone 13 case (clear OR transparent) -pink",
    "what's the difference between affect and effect",
    "why doesn't my cat's tail stay still?",
    "banana bread recipe * walnuts",
    "colo?r vs colour",
    "Samsung UE55CU7100 wall mount",
    "HP LaserJet M110we toner",
    "\"let it be\" AND beatles AND chords",
    "who's playing at the o2 arena tonight",
    "is it \"who\" or \"whom\"?",
    "5'11\" in cm",
    "350°F to °C",
    "1/2 cup butter in grams",
    "what does <3 mean in texting",
    "how do i delete my account?",
    "cheap flights nyc -> lisbon july",
    "can dogs eat grapes???",
    "2+2",
    "weather tomorrow 10001",
    "restaurants open now & delivery",
    "\"you & me\" song 2023",
    "what is 15% of 80",
    "how to say \"thank you\" in japanese",
    "ps5 vs xbox series x",
    "tax return deadline 2024 (uk)",
    "what does sudo mean",
    "how to type ° on keyboard",
    "\"select all\" shortcut mac",
    "windows 11 open cmd as admin",
    "cat & dog friendly hotels",
    "how do I find my C:\\ drive",
    "nearest pharmacy open 24/7",
    "\"it's not a bug it's a feature\" t-shirt",
    "little bobby tables comic",
    "what does ;) mean from a guy",
    "AT&T outage today?",
    "o'reilly auto parts hours",
    "mcdonald's breakfast until what time",
    "1+1=3 meme",
    "\"where are you\" <- how to reply",
    "Levi's 501 32x34 black",
    "nike air max 90 size 10.5 -kids",
    "*NSYNC tour dates",
    "recipes with chicken AND rice -mushroom",
    "what's 1/3 as a percentage",
    "translate \"¿dónde está el baño?\"",
    "kids movies 2024 rated G OR PG",
]
SE_FOODS = ["pizza", "sushi", "ramen", "tacos", "thai food", "brunch", "bagels", "pho",
            "vegan burger", "gelato", "dim sum", "fish and chips"]
SE_MODS = ["", "open now", "cheap", "delivery", "open late", "with parking", "kid friendly",
           "4.5 stars+", "under $20"]
SE_VS = [("iPhone 15", "Pixel 8"), ("Netflix", "Disney+"), ("Zoom", "Teams"),
         ("Kindle", "Kobo"), ("AirPods Pro", "Galaxy Buds2"), ("Uber", "Lyft"),
         ("Spotify", "Apple Music"), ("oat milk", "almond milk"), ("Costco", "Sam's Club")]
SE_HOWTO = ["how to unclog a drain", "how to screenshot on windows", "how to boil an egg",
            "how to tie a tie", "how to get rid of fruit flies", "how to reset my router",
            "how to cancel amazon prime", "how to block a number on iphone",
            "how to remove a stripped screw", "how to change the time on my car clock",
            "how to freeze bananas", "how to make an \"é\" on a keyboard"]
SE_SITES = ["reddit.com", "nytimes.com", "bbc.co.uk", "youtube.com", "wikipedia.org",
            "allrecipes.com", "tripadvisor.com"]
SE_TOPICS = ["sourdough starter", "best hiking boots", "how to train a puppy",
             "lisbon itinerary", "standing desk review", "lasagna", "rome in 3 days"]
SE_PHRASES = ["home alone", "blue moon", "apple", "python", "mercury", "java", "amazon",
              "the office"]
SE_EXCL = ["-movie", "-snake", "-planet", "-coffee", "-fruit", "-river", "-us", "-band"]


def se_t():
    k = R.randrange(6)
    if k == 0:
        return f"best {pick(SE_FOODS)} near me {pick(SE_MODS)}"
    if k == 1:
        a, b = pick(SE_VS)
        return f"{a} vs {b}" + maybe(" which is better?", 0.4)
    if k == 2:
        return pick(SE_HOWTO) + maybe(pick([" ?", "??", " without tools", " fast"]), 0.4)
    if k == 3:
        return f"site:{pick(SE_SITES)} {pick(SE_TOPICS)}"
    if k == 4:
        return f"\"{pick(SE_PHRASES)}\" {pick(SE_EXCL)}" + maybe(" " + pick(SE_EXCL), 0.3)
    return f"{pick(SE_FOODS)} OR {pick(SE_FOODS)} {pick(SE_MODS)}"


# ---------------------------------------------------------------------------
# 4. names-orgs-addresses
# ---------------------------------------------------------------------------
NAMES_HAND = [
    "Seán O'Brien",
    "Maria D'Angelo",
    "Jean-Luc Picard-Moreau",
    "Mary-Kate O'Neill",
    "Hans-Jürgen Müller",
    "Anne-Sophie L'Espérance",
    "Dr. Aisha al-Hassan, PhD",
    "José Núñez-García",
    "Ruairí Ó Súilleabháin",
    "Chloë van der Berg",
    "O'Connor, Patrick J. (Jr.)",
    "D'Arcy & Sons Plumbing",
    "AT&T",
    "Barnes & Noble",
    "Yahoo!",
    "Toys\"R\"Us",
    "C&A",
    "H&M Store #1042",
    "Marks & Spencer (Oxford St)",
    "Ben & Jerry's",
    "Procter & Gamble Co.",
    "7-Eleven #33921",
    "E*TRADE",
    "Yum! Brands, Inc.",
    "Guns N' Roses tribute night",
    "Lowe's Home Improvement",
    "c/o Mary O'Connor, 12 Elm St., Apt #4, Springfield, IL 62704",
    "221B Baker St, London NW1 6XE",
    "P.O. Box 1234, Anchorage, AK 99501",
    "Unit 5/23 George St, Sydney NSW 2000",
    "123 1/2 Main St, Boulder, CO 80302",
    "Flat 3/2, 45 Byres Rd, Glasgow G11 5RD",
    "Musterstraße 12a, 10115 Berlin",
    "1-2-3 Shibuya, Shibuya-ku, Tokyo 150-0002",
    "Calle de Alcalá, 23, 3º Izq., 28014 Madrid",
    "Apt. 4B (buzz #402, door code 1984*)",
    "Rm 12-B, 5/F, Wing On Bldg, 71 Des Voeux Rd, Hong Kong",
    "ATTN: Accounts Payable - Smith & Wesson-Jones LLP, Suite 400",
    "Dept. of Motor Vehicles, 2570 24th St, Sacramento, CA 95818",
    "St. Mary's Hospital - Ward 7 / Bed 12",
    "Kaʻahumanu Ave, Kahului, HI 96732",
    "Björk Guðmundsdóttir",
    "Zoë Saldaña-Perego",
    "Mr. & Mrs. J. O'Reilly-Smith",
    "The Children's Place",
    "Dunkin' (formerly Dunkin' Donuts)",
    "Macy's Herald Square, 151 W 34th St",
    "Wendy's (I-95 exit 12)",
    "Abercrombie & Fitch Co.",
    "P&O Ferries, Dover",
]
NM_FIRST = ["Seán", "Siobhán", "Jean-Luc", "Mary-Kate", "Anne-Marie", "Hans-Peter",
            "Zoë", "José", "Chloé", "D'Andre", "Li Na", "Ngozi", "Kai-Uwe", "Ana Lucía",
            "Fatima-Zahra", "Björn", "JoAnn", "Mike", "Patricia", "DeShawn"]
NM_LAST = ["O'Brien", "D'Angelo", "O'Neill", "McDonald", "van der Berg", "Smith-Jones",
           "al-Rashid", "Núñez", "Müller", "d'Artagnan", "MacLeod", "Dell'Acqua",
           "St. John", "Ó Briain", "Nguyễn", "Okonkwo-Bello", "De la Cruz", "L'Heureux"]
NM_COMPANIES = ["AT&T", "Barnes & Noble", "Yahoo!", "C&A", "H&M", "M&S", "Ben & Jerry's",
                "Johnson & Johnson", "Dolce & Gabbana", "Sainsbury's", "Lowe's", "7-Eleven",
                "Toys\"R\"Us", "Bed Bath & Beyond", "A&W", "Trader Joe's", "Crate&Barrel",
                "Kohl's", "Land O'Lakes", "Dr. Martens", "L'Oréal", "Moët & Chandon"]
NM_STREETS = ["Elm St", "Oak Ave", "Main St", "Rue de la Paix", "King's Rd", "Bridge St",
              "O'Connell St", "Church Ln", "Hauptstraße", "Via Roma", "Maple Dr"]
NM_CITIES = ["Springfield, IL 62704", "Dublin 1", "Cork T12 X8F2", "Toronto, ON M5V 2T6",
             "Austin, TX 78701", "London SW1A 1AA", "Paris 75002", "Portland, OR 97205",
             "Brooklyn, NY 11211", "Leeds LS1 4DY"]


def nm_person():
    return f"{pick(NM_FIRST)} {pick(NM_LAST)}"


def nm_t():
    k = R.randrange(6)
    n = R.randrange(1, 999)
    if k == 0:
        return nm_person() + maybe(pick([" (Jr.)", ", MD", " Sr.", " III", ", CPA"]), 0.3)
    if k == 1:
        return f"{nm_person()}, {pick(NM_COMPANIES)}"
    if k == 2:
        return f"c/o {nm_person()}, {n} {pick(NM_STREETS)}, Apt #{R.randrange(1, 30)}, {pick(NM_CITIES)}"
    if k == 3:
        return f"{n} 1/2 {pick(NM_STREETS)}, {pick(NM_CITIES)}"
    if k == 4:
        return f"P.O. Box {R.randrange(100, 99999)}, {pick(NM_CITIES)}"
    return f"Unit {R.randrange(1, 40)}/{n} {pick(NM_STREETS)} ({pick(NM_COMPANIES)} building)"


# ---------------------------------------------------------------------------
# 5. reviews-social
# ---------------------------------------------------------------------------
REVIEWS_HAND = [
    "★★★★☆ Great pasta, slow service. Would still go back <3",
    "4/5 – the fries were cold but the burger was 🔥 @burgerjoint #burgers",
    "1/5 NEVER AGAIN. Waited 50 min for a salad -_-",
    "Table flip moment when they lost my reservation (╯°□°)╯︵ ┻━┻",
    "idk what people see in this place ¯\\_(ツ)_/¯ 3/5",
    "Loved it :-) will bring @jenny_k next time ;)",
    "Best ramen ever xD #ramen #nyc https://instagram.com/p/Cx8Yz2LtQ9a/",
    "Bought this on sale: https://www.amazon.com/dp/B08N5WRWNW?ref_=cm_sw_r_cp_ud&utm_source=share&utm_medium=ios_app",
    "Check out our spring menu!! https://bluedoorcafe.com/menu?utm_source=instagram&utm_medium=social&utm_campaign=spring24",
    "★★★★★ 10/10 the staff remembered my name!! (^_^)",
    "★☆☆☆☆ hair in the soup. enough said.",
    "2.5/5 - average. Parking is a nightmare :/",
    "So cute!!! ʕ•ᴥ•ʔ the bear-shaped pancakes are a must",
    "thx @DeltaAssist for finally finding my bag 🙏 #lostluggage",
    "Shoutout to @maria.bakes for the cake 🎂 <3 <3 <3",
    "Ugh. Third time the app crashed at checkout >:( @ShopSupport",
    "Posted my review here: https://www.yelp.com/biz/the-crooked-spoon-austin?osq=brunch&hrid=abc123",
    "🌟🌟🌟🌟 Good value, small portions. Ask for extra sauce!",
    "Honest review: 7/10. The \"famous\" cheesecake is... fine? :|",
    "Would give 0 stars if I could!!!",
    "They upgraded us to a suite!!! (ﾉ◕ヮ◕)ﾉ*:･ﾟ✧ #blessed",
    "meh. 3/5. music was great tho \\m/",
    "New blog post 👉 https://myfoodblog.net/2024/03/best-brunch-spots/?utm_source=twitter&utm_medium=social",
    "omg this song >>> everything else #nowplaying",
    "5 stars for the view, 2 for the food = 3.5/5",
    "Anyone else think the new logo looks like a 🍩? lol",
    "Customer service 👎 product 👍 overall 3/5",
    "RT @citybikes: Docks at Union Sq. closed this weekend (construction)",
    "Watch my unboxing: https://youtu.be/dQw4w9WgXcQ?si=x7fGqP2kL0aB&t=42",
    "Grr. Overcharged by $12 :-( emailed them, let's see...",
    "5/5 ☆ the chef came out to say hi (o^^)o",
    "Tip: book via https://www.opentable.com/r/mamma-mia-trattoria?corrid=4b1e&p=2&sd=2024-05-11T19%3A00%3A00 it's cheaper",
    "Hidden gem 💎 don't tell anyone ;-)",
    "Not worth the hype... 6/10 T_T",
    "Following @NatGeo for the pics, staying for the captions 📸",
    "Just hit 1000 followers!!! thank u all ♥",
    "Pros: cheap, fast. Cons: everything else :P",
    "'Artisanal' toast for $14... ok then ¬_¬",
    "Shared via https://www.facebook.com/share/p/1AbCdEfGh/?mibextid=WC7FNe",
    "4.8/5 on Google but I'd say 4/5 honestly",
]
RV_PLACES = ["the Crooked Spoon", "Bella Napoli", "Sunnyside Diner", "this hotel", "the new Thai place",
             "Joe's", "the airport Starbucks", "this Airbnb", "Harbour Lights", "the food truck on 5th"]
RV_GOOD = ["amazing service", "best coffee in town", "huge portions", "super clean rooms",
           "friendly staff", "great cocktails", "fast delivery", "cozy vibes"]
RV_BAD = ["slow service", "way too loud", "overpriced", "tiny portions", "rude waiter",
          "dirty bathroom", "no AC", "long lines"]
RV_STARS = ["★★★★★", "★★★★☆", "★★★☆☆", "★★☆☆☆", "★☆☆☆☆", "5/5", "4/5", "3/5", "2/5",
            "1/5", "4.5/5", "9/10", "7/10"]
RV_EMO = [":)", ":-)", ";)", "xD", "<3", ":(", "-_-", ":D", "^_^", ":P", "T_T", "(•‿•)", "😂", "🙃", ":/"]
RV_HANDLES = ["@foodie_jen", "@mike.eats", "@TravelWithTom", "@cafe_ole", "@city_guide",
              "@the.real.sam", "@grumpy_critic"]
RV_TAGS = ["#foodie", "#yum", "#travel", "#review", "#fail", "#tbt", "#instafood", "#staycation"]
RV_DOMAINS = ["https://www.bellanapoli.com/order", "https://shop.example-store.com/products/blue-mug",
              "https://www.etsy.com/listing/1234567890/handmade-ceramic-mug",
              "https://linktr.ee/cafe_ole", "https://www.tiktok.com/@mike.eats/video/7312345678901234567"]
RV_UTM_SRC = ["instagram", "facebook", "newsletter", "tiktok", "twitter"]


def rv_url():
    base = pick(RV_DOMAINS)
    q = f"utm_source={pick(RV_UTM_SRC)}&utm_medium={pick(['social', 'email', 'paid'])}&utm_campaign={pick(['spring_sale', 'bf2024', 'launch', 'summer-menu'])}"
    if R.random() < 0.3:
        q += f"&utm_content={pick(['story', 'post_1', 'bio'])}"
    return base + "?" + q


def rv_t():
    k = R.randrange(5)
    if k == 0:
        return f"{pick(RV_STARS)} {pick(RV_GOOD)} but {pick(RV_BAD)} {pick(RV_EMO)}"
    if k == 1:
        return f"{pick(RV_PLACES).capitalize()}: {pick(RV_GOOD)}!! {pick(RV_STARS)} {pick(RV_HANDLES)} {pick(RV_TAGS)}"
    if k == 2:
        return f"{pick(RV_BAD).capitalize()}... {pick(RV_STARS)} {pick(RV_EMO)} {pick(RV_TAGS)}"
    if k == 3:
        return f"{pick(['Order here', 'Link', 'Get yours', 'More pics'])} 👉 {rv_url()}"
    return f"{pick(RV_HANDLES)} thanks for the rec, {pick(RV_PLACES)} was {pick(['great', 'ok', 'awful', 'so good'])} {pick(RV_EMO)}"


# ---------------------------------------------------------------------------
# 6. homework-math
# ---------------------------------------------------------------------------
MATH_HAND = [
    "x < 5 and y > 3, find all integer pairs where x + y = 9",
    "2^10 = 1024 so 2^20 is about a million",
    "|x| <= 1 means -1 <= x <= 1",
    "f(x) = 3x + 1, find f(2) and f^-1(x)",
    "p && q is true only when both are true; !p || q is the same as p -> q",
    "Truth table: p | q | p AND q | p OR q | NOT p",
    "H2O + CO2 -> H2CO3 (carbonic acid)",
    "Na+ and Cl- ions form NaCl",
    "50% off and then another 20% off is NOT 70% off!! it's 60%",
    "a/b + c/d = (ad + bc)/bd",
    "if x != 0 then x/x = 1",
    "speed = distance / time → 120 km / 1.5 h = 80 km/h",
    "area of a circle = πr² ; r = 3 cm → 28.27 cm²",
    "sqrt(16) = 4 and sqrt(-1) = i",
    "3 * (4 + 5) - 2 = 25",
    "y = mx + b where m = (y2 - y1)/(x2 - x1)",
    "sum of i from 1 to n = n(n+1)/2",
    "e^(iπ) + 1 = 0 (Euler!!)",
    "PV = nRT, R = 8.314 J/(mol·K)",
    "1 mol = 6.022 × 10^23 particles",
    "Ca(OH)2 + 2HCl -> CaCl2 + 2H2O",
    "SO4^2- is sulfate, NO3- is nitrate, NH4+ is ammonium",
    "A ∪ B = {1,2,3,4}, A ∩ B = {2}",
    "log2(8) = 3; ln(e) = 1",
    "Is 0.999... = 1? yes!!",
    "x >= 2 OR x <= -2",
    "(a + b)^2 = a^2 + 2ab + b^2",
    "d/dx [x^3] = 3x^2",
    "∫ 2x dx = x² + C",
    "P(A|B) = P(A and B) / P(B)",
    "mean = (4 + 8 + 15 + 16 + 23 + 42) / 6 = 18",
    "1 ft = 12 in = 30.48 cm",
    "Convert 72°F to °C: (72 - 32) × 5/9 = 22.2°C",
    "NOT (A OR B) = (NOT A) AND (NOT B) -- De Morgan",
    "if (age >= 18 && hasID) then can vote, else cannot",
    "17 mod 5 = 2 (17 % 5 in calculator)",
    "2 + 2 * 2 = 6 not 8!!!",
    "x = (-b ± √(b² - 4ac)) / 2a",
    "binary 1010 = 10, 1111 = 15",
    "7! = 5040",
    "pH < 7 is acidic, pH > 7 is basic, pH = 7 neutral",
    "F = ma → 10 N = 2 kg × 5 m/s²",
    "1/3 + 1/6 = 1/2",
    "Essay due Fri!! 1500 words +/- 10%",
    "2x - 7 > 3 → x > 5",
    "-3 < 2x + 1 <= 9 so -2 < x <= 4",
    "C6H12O6 + 6O2 → 6CO2 + 6H2O + energy",
    "Fe3+ + 3OH- -> Fe(OH)3 (brown precipitate)",
    "p q | p XOR q: 1 1 -> 0, 1 0 -> 1, 0 1 -> 1, 0 0 -> 0",
    "0.1 + 0.2 = 0.30000000000000004 on my calculator app?? why",
    "v = 5 m/s, t = 4 s, a = 2 m/s^2 → s = vt + ½at² = 36 m",
    "8 ÷ 2(2+2) = ? (16 or 1, my class is fighting about it)",
    "tan(x) = sin(x)/cos(x), cos(90°) = 0 so tan(90°) undefined",
    "GCD(48, 18) = 6; LCM = 144",
    "ratio 3:2 → 60 students means 36 girls & 24 boys",
]
M_UNITS = [("km", "mi", 0.621371), ("kg", "lb", 2.20462), ("L", "gal", 0.264172),
           ("cm", "in", 0.393701), ("m", "ft", 3.28084)]


def math_t():
    k = R.randrange(7)
    a, b, c = R.randrange(2, 12), R.randrange(1, 20), R.randrange(20, 90)
    if k == 0:
        return f"Solve for x: {a}x + {b} = {c}" + maybe(pick(["  (show work!)", " ← help??", " ... x = ?"]), 0.5)
    if k == 1:
        n = R.randrange(50, 400)
        prime = n > 1 and all(n % d for d in range(2, int(n ** 0.5) + 1))
        return f"is {n} prime? " + ("yes" if prime else "no, divisible by " + str(next(d for d in range(2, n) if n % d == 0)))
    if k == 2:
        p = pick([10, 15, 20, 25, 30, 40, 75])
        return f"{p}% of {c} = {p * c / 100:g}"
    if k == 3:
        return f"If x < {a} and y > {b}, can x = y? {'yes' if b + 1 < a else 'no'}"
    if k == 4:
        u1, u2, f = pick(M_UNITS)
        v = R.randrange(2, 200)
        return f"{v} {u1} = {v * f:.2f} {u2}"
    if k == 5:
        return f"{a}/{a * b} = 1/{b}" + maybe(" (simplify!)")
    return f"|x - {a}| < {b} → {a - b} < x < {a + b}"


# ---------------------------------------------------------------------------
# 7. everyday-files-links
# ---------------------------------------------------------------------------
FILES_HAND = [
    "Documents/Taxes 2023/receipt.pdf",
    "C:\\Users\\Anna\\Desktop\\photo 1.jpg",
    "~/Downloads/boarding-pass.pdf",
    "see attached invoice_2024-03.xlsx",
    "the file is in /Photos/2019/Greece",
    "https://drive.google.com/file/d/1aB2cD3eF4gH5iJ6kL7mN8oP9qR/view?usp=sharing",
    "https://www.dropbox.com/scl/fi/abc123xyz/Wedding%20Photos.zip?rlkey=k9x8w7v6&dl=0",
    "https://www.youtube.com/watch?v=9bZkp7q19f0&t=73s",
    "https://youtu.be/3JZ_D3ELwOQ?t=1m20s",
    "My resume (final) (2).docx",
    "Copy of Budget - Q3 & Q4.xlsx",
    "IMG_20240311_183422.HEIC",
    "Screenshot 2024-03-11 at 18.34.22.png",
    "D:\\Music\\Queen\\Greatest Hits\\01 - Bohemian Rhapsody.mp3",
    "it's saved under My Documents\\School\\Science Fair\\poster v3.pptx",
    "E:\\Backup\\Phone\\DCIM\\Camera",
    "Downloads/WhatsApp Image 2024-02-14 at 20.15.33.jpeg",
    "iCloud Drive > Pages > Recipes > Grandma's lasagna.pages",
    "OneDrive/Pictures/Camera Roll/2023/07/beach (edited).jpg",
    "G:\\My Drive\\Kids\\School forms\\permission_slip_signed.pdf",
    "sent you the link: https://photos.app.goo.gl/Xy7Zq9Rt2Uv4Wb6n8",
    "https://docs.google.com/spreadsheets/d/1Qw-Er_Ty12345AbCdEf/edit#gid=0",
    "https://1drv.ms/u/s!AqWeRtYuIoP1234567?e=aBcDeF",
    "https://we.tl/t-AbC123dEf4",
    "the pdf is called \"Lease Agreement – 12 Elm St (signed).pdf\"",
    "Photos > Albums > Trip to Japan 🇯🇵 > Day 3",
    "Insurance/Car/2024/claim #4471 photos.zip",
    "/storage/emulated/0/Download/ticket.pdf",
    "Desktop/NEW FOLDER (3)/new folder/stuff",
    "C:\\Program Files (x86)\\Steam\\steamapps\\common",
    "my notes are in Notes.app -> \"Packing list\" folder",
    "file:///C:/Users/Tom/Documents/Recipe%20book.pdf",
    "\\\\NAS\\Family\\Videos\\Christmas 2022.mp4",
    "https://www.instagram.com/reel/C4aB1cD2eF3/?igsh=MWx0b2Z1c2Y=",
    "https://maps.app.goo.gl/A1b2C3d4E5f6G7h8",
    "https://www.google.com/maps/place/Blue+Door+Caf%C3%A9/@40.7128,-74.0060,17z",
    "https://zoom.us/j/93845671234?pwd=aBcDeFgHiJkL.1",
    "https://calendar.app.google/aBcD1234",
    "Ticket_Confirmation_#88213.pdf",
    "Mom's 60th - slideshow FINAL final.mp4",
    "report_card_term2 (1).pdf",
    "https://open.spotify.com/playlist/37i9dQZF1DXcBWIGoYBM5M?si=1a2b3c4d5e6f",
    "https://x.com/nasa/status/1764012345678901234?s=20",
    "see attached: IMG_0042.JPG, IMG_0043.JPG & IMG_0044.JPG",
    "pics in Google Photos, album \"Lisbon '23\"",
]
F_USERS = ["Anna", "Tom", "maria", "J.Smith", "Owner", "Dad", "kevin", "Sofía"]
F_FOLDERS = ["Taxes 2023", "School", "Work stuff", "Wedding", "Holiday 2022", "Recipes",
             "Kids", "Medical", "House/Mortgage", "Car", "Pets/Biscuit"]
F_FILES = ["receipt.pdf", "scan0001.pdf", "IMG_4521.jpg", "budget.xlsx", "CV_2024.docx",
           "passport scan.png", "vet bill (March).pdf", "holiday plan v2.docx",
           "lease_signed.pdf", "W-2 2023.pdf", "photo (3).jpeg", "playlist.m3u",
           "certificate - final.pdf", "notes.txt", "floorplan_unit#12.png"]
F_EXTS = ["pdf", "xlsx", "jpg", "docx", "zip", "png", "mp4"]


def files_t():
    k = R.randrange(7)
    if k == 0:
        return f"Documents/{pick(F_FOLDERS)}/{pick(F_FILES)}"
    if k == 1:
        return f"C:\\Users\\{pick(F_USERS)}\\{pick(['Desktop', 'Documents', 'Downloads', 'Pictures'])}\\{pick(F_FILES)}"
    if k == 2:
        return f"~/Downloads/{pick(F_FILES)}"
    if k == 3:
        return f"{pick(['see attached', 'attached is', 'I uploaded', 'please find attached', 'sending'])} {pick(F_FILES)}"
    if k == 4:
        return f"the file is in /{pick(['Photos', 'Documents', 'Shared', 'Family'])}/{R.randrange(2015, 2025)}/{pick(['Greece', 'Xmas', 'Birthday', 'Misc', 'Scans'])}"
    if k == 5:
        v = "".join(pick("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-") for _ in range(11))
        return f"https://www.youtube.com/watch?v={v}&t={R.randrange(5, 900)}s" + maybe("&list=PL" + v[:8], 0.2)
    sid = "".join(pick("abcdefghijklmnopqrstuvwxyz0123456789") for _ in range(15))
    return f"https://www.dropbox.com/s/{sid}/{pick(F_FILES).replace(' ', '%20')}?dl={pick(['0', '1'])}"


# ---------------------------------------------------------------------------
# 8. messages-chat
# ---------------------------------------------------------------------------
CHAT_HAND = [
    "brb",
    "lol ok",
    "omw!! 5 min",
    "WHERE ARE YOU???",
    "sudo make me a sandwich 🥪",
    "haha the drop table joke in the group chat killed me",
    "little bobby tables strikes again lmao",
    "3-1 FT!!! what a game ⚽",
    "2:0 at half time, come on!!",
    "\"I'll be back\" 😎",
    "ok -- I'll call you later",
    "<-- this guy never replies",
    "dinner => 8pm, mine",
    ">>> IMPORTANT <<< bring your passport!!!",
    "hahaha xD",
    "lmk 👍",
    ":) :) :)",
    "k",
    "nvm found it",
    "wanna grab lunch? 12:30?",
    "It's over 9000!!!",
    "May the 4th be with you",
    "the cat is sitting on my keyboard again jjjjjjjjjjjkkkkkk",
    "can u pick up milk & eggs pls",
    "ttyl, gtg",
    "idk... maybe?? ¯\\_(ツ)_/¯",
    "Happy birthday!!!!! 🎂🎉🥳 love u",
    "\"Winter is coming\" - me every October",
    "ctrl+z my entire week please",
    "have u tried turning it off and on again",
    "I'm 5 min away -> park at the back",
    "lol the wifi password is literally 'password'",
    "OMG NO WAY",
    "did u see the score?? 112-108 OT!!!",
    "meeting moved to 3:15 (not 3:30!!)",
    "thx!!",
    "np :)",
    "😂😂😂😂",
    "who ate my leftovers??? >:(",
    "on the train, signal is bad... call u at 6",
    "'To be or not to be' – that's literally my question about going out tonight",
    "\"Here's looking at you, kid.\"",
    "lmaooo 💀",
    "wait what?!?!",
    "yes/no/maybe?",
    "brb, pizza's here 🍕",
    "ETA 20 mins, traffic on I-95 is insane",
    "Score: us 21, them 14. GO TEAM",
    "I said what I said.",
    "pls don't tell mom ;)",
    "<<< scroll up, I already sent it",
    "1) milk 2) bread 3) that cheese u like",
    "the answer is 42, obviously",
    "hey, r u coming tmrw or nah",
    "haha 'select * from fridge where not expired' = empty",
    "this is fine 🔥🐶🔥",
]
CH_OPEN = ["hey", "yo", "hiii", "omg", "ok so", "lol", "ugh", "btw", "sooo", "hey hey"]
CH_BODY = ["running late", "can't make it tonight", "what time r we meeting", "just landed",
           "did u feed the cat", "movie at 9:40?", "the game starts at 7", "i'm outside",
           "call me when u can", "forgot my keys AGAIN", "score is 2-2", "it's raining cats & dogs"]
CH_END = ["!!!", "???", "...", " :)", " xD", " 😅", " 🙏", " <3", " lol", " -_-", "?!", " brb", " ->"]


def chat_t():
    k = R.randrange(3)
    if k == 0:
        return f"{pick(CH_OPEN)} {pick(CH_BODY)}{pick(CH_END)}"
    if k == 1:
        return f"{pick(CH_BODY).upper()}{pick(CH_END)}"
    return f"{pick(CH_BODY)} -- {pick(CH_BODY)}{pick(CH_END)}"


# ---------------------------------------------------------------------------
# 9. forms-misc
# ---------------------------------------------------------------------------
FORMS_HAND = [
    "+1 (555) 123-4567",
    "555.867.5309",
    "+44 20 7946 0958",
    "07700 900123",
    "+49 30 123456-78",
    "+33 6 12 34 56 78",
    "(02) 9876 5432",
    "+81-3-1234-5678",
    "555-0143 ext. 204",
    "#A-1234/5",
    "Order #113-4829384-2938471",
    "ORD-2024-000812",
    "SAVE20",
    "WELCOME-10%",
    "FREESHIP!",
    "BF2024*VIP",
    "03/04/2024",
    "2024-03-04",
    "4 Mar 2024",
    "04.03.24",
    "March 4th, 2024 @ 3pm",
    "P@ssw0rd!2024",
    "correct horse battery staple",
    "Summer2023!",
    "iloveyou<3",
    "Tr0ub4dor&3",
    "qwerty123$%",
    "MyDog'sName99",
    "p4$$w0rd",
    "!!Fluffy#2019!!",
    "10\" x 12\"",
    "5'11\"",
    "6' 2\" / 190 lbs",
    "32x34",
    "EU 42 / US 9.5 / UK 8",
    "350°F",
    "180 °C (fan 160 °C)",
    "1/2 cup",
    "¾ tsp",
    "2 1/4 cups flour",
    "Size: M/L",
    "Qty: 2 @ $19.99 ea.",
    "Gift message: \"Happy 30th!! Love, J & K xoxo\"",
    "Delivery note: leave @ back door, NOT front (dog!!)",
    "N/A",
    "-",
    "none :)",
    "Ref# 20240304-0017",
    "VAT ID: GB123 4567 89",
    "SSN last 4: 6789",
    "Policy no. HX-77/3021-B",
    "Room 12B, Bed 2",
    "DOB 12/31/1990",
    "Allergies: nuts & shellfish (EpiPen in bag)",
    "Emergency contact: Mum – 0412 345 678",
    "Pick-up time: 5:30-6pm",
]
F_PHONE_FMT = ["+1 ({a}) {b}-{c}", "{a}-{b}-{c}", "({a}) {b} {c}", "{a}.{b}.{c}", "+1{a}{b}{c}",
               "1-{a}-{b}-{c} (cell)", "{a} {b} {c} ext. {e}"]
F_COUPONS = ["SPRING", "WELCOME", "SAVE", "FREESHIP", "VIP", "THANKYOU", "BDAY", "STUDENT"]
F_PW_WORDS = ["Sunshine", "Monkey", "Dragon", "Liverpool", "Princess", "Football", "Charlie",
              "Buster", "Ilovemycat", "Tigger", "Hannah"]
F_PW_SUFFIX = ["!", "123", "2024!", "#1", "$$", "@home", "_99", "!?", "&co", "*"]


def iban(cc, bban):
    s = bban + cc + "00"
    num = "".join(str(int(ch, 36)) for ch in s)
    chk = 98 - int(num) % 97
    raw = f"{cc}{chk:02d}{bban}"
    return " ".join(raw[i:i + 4] for i in range(0, len(raw), 4))


def digits(n):
    return "".join(str(R.randrange(10)) for _ in range(n))


def letters(n):
    return "".join(pick("ABCDEFGHIJKLMNOPQRSTUVWXYZ") for _ in range(n))


def forms_t():
    k = R.randrange(8)
    if k == 0:
        return pick(F_PHONE_FMT).format(a=R.randrange(201, 989), b=digits(3), c=digits(4), e=R.randrange(10, 999))
    if k == 1:
        cc = pick(["DE", "GB", "NL", "ES", "FR"])
        bban = {"DE": lambda: digits(18), "GB": lambda: letters(4) + digits(14),
                "NL": lambda: letters(4) + digits(10), "ES": lambda: digits(20),
                "FR": lambda: digits(23)}[cc]()
        return maybe("IBAN: ", 0.4) + iban(cc, bban)
    if k == 2:
        return f"#{letters(1)}-{R.randrange(1000, 9999)}/{R.randrange(1, 9)}"
    if k == 3:
        return pick(F_COUPONS) + pick(["", "-", "_"]) + str(pick([10, 15, 20, 25, 50])) + maybe(pick(["%", "OFF", "!"]), 0.5)
    if k == 4:
        return pick(F_PW_WORDS) + pick(F_PW_SUFFIX)
    if k == 5:
        w, h = R.randrange(4, 40), R.randrange(4, 40)
        return pick([f"{w}\" x {h}\"", f"{w} x {h} in", f"{w}cm × {h}cm", f"{w}'{R.randrange(0, 12)}\""])
    if k == 6:
        t = R.randrange(250, 475, 25)
        return pick([f"{t}°F", f"{t} F", f"bake @ {t}°F", f"{round((t - 32) * 5 / 9)}°C"])
    return f"{R.randrange(1, 3)} {pick(['1/2', '1/3', '3/4', '¼', '½', '⅔'])} {pick(['cup', 'cups', 'tsp', 'tbsp', 'oz', 'lb'])}"


# ---------------------------------------------------------------------------
# 10. recipes-health-legal
# ---------------------------------------------------------------------------
RHL_HAND = [
    "Preheat oven to 180°C (350°F). Grease a 9\" x 13\" pan.",
    "Mix 2 1/4 cups flour, 1 tsp baking soda & ½ tsp salt; set aside.",
    "Cream butter + sugar 3-4 min until fluffy, then add eggs one at a time.",
    "Simmer 20-25 min, stirring every 5 min (don't let it burn!!)",
    "Step 3) Fold in the berries -- gently!",
    "Rest the dough 30 min @ room temp, or overnight in the fridge.",
    "Salt \"to taste\" = a LOT for pasta water, like the sea 🌊",
    "take 1-2 tabs q4h prn for pain, max 8/day",
    "Amoxicillin 500 mg, 1 cap TID x 7 days – finish the whole course!",
    "BP this morning: 128/82, pulse 71",
    "Blood sugar before lunch 5.8 mmol/L (104 mg/dL)",
    "Ibuprofen 400mg w/ food, not on empty stomach",
    "Allergic to penicillin (rash) & latex",
    "Dr. Patel appt 10/14 @ 9:20 – bring list of meds",
    "Vitamin D 1000 IU daily; B12 every other day",
    "Physio: 3 x 10 reps, 2x/day, ice 15 min after",
    "See § 3(a)(1)(ii) of the lease re: pets",
    "Pursuant to Section 12.4(b), the Tenant shall give 30 days' written notice.",
    "Art. 6(1)(f) GDPR – \"legitimate interests\"",
    "17 U.S.C. § 107 (fair use)",
    "The parties agree that clause 7(c) does not apply to Schedule \"B\".",
    "Ref: INV-2024/03; paid via IBAN, thx!",
    "Rent March + April (2 x $1,250.00)",
    "Memo: Splitwise settle-up – dinner @ Luigi's & Uber",
    "Invoice #0047 / PO 88-123 – 50% deposit",
    "Claim #CLM-2024-117733: rear bumper damage, other driver at fault (police report no. 24/5567)",
    "Water leak from unit above (Apt 5B) on 02/11 ~ 3am; ceiling + carpet damaged. Photos attached.",
    "Deductible $500; adjuster visit scheduled Tue 9-12",
    "Policy holder: O'Brien, Seán – DOB 07/03/1985",
    "Tip: sub Greek yogurt for sour cream 1:1",
    "Marinade: soy sauce, honey, garlic, ginger (2:1:1:½)",
    "For high altitude (> 5,000 ft): reduce baking powder by 1/8 tsp",
    "Makes ~24 cookies (or 12 if you're me lol)",
    "Sourdough: 100% hydration starter, 500g flour/350g water/10g salt",
    "Children 6-12 yrs: 5 mL every 6 hrs, not more than 4 doses in 24 hrs",
    "Do NOT take with grapefruit juice!",
    "Fasting 8-12 hrs before blood test (water ok)",
    "§ 2-207 UCC \"battle of the forms\" – we discussed in class",
    "Section 4(a) \"Term\" – 12 months, auto-renew unless cancelled",
    "Notice under s. 21 Housing Act 1988",
    "Transfer ref: \"Holiday fund - Portugal 🇵🇹\"",
    "Venmo: for pizza & beer 🍕🍺",
    "Paid $42.17 (cash) – receipt lost, sorry!",
    "Cover tightly & refrigerate up to 3 days; freezes well (up to 3 mo.)",
    "Temp check: chicken 165°F / 74°C internal",
    "1 cup = 240 mL = 16 tbsp",
    "Whisk egg whites to stiff peaks (≈ 4 min on high)",
    "Chest pain? call 911 / 112 / 999 – don't wait!",
    "Clause 9.2(a)–(c) survive termination.",
    "Exhibit A-1 (the \"Premises\") attached hereto",
]
RH_STEPS = ["Chop the onions", "Brown the beef", "Toast the spices", "Whisk the eggs",
            "Knead the dough", "Blanch the beans", "Sear the salmon", "Roast the peppers"]
RH_TIMES = ["2-3 min", "5 min", "10-12 min", "until golden", "~30 sec", "for 1 hr", "till soft"]
RH_MEDS = ["Paracetamol 500mg", "Ibuprofen 200mg", "Cetirizine 10mg", "Omeprazole 20mg",
           "Metformin 850mg", "Lisinopril 10mg", "Sertraline 50mg"]
RH_SIG = ["1 tab PO qd", "1-2 tabs q6h prn", "1 cap BID w/ food", "1 tab qhs", "½ tab daily x 5 days",
          "2 tabs stat, then 1 q8h"]


def rhl_t():
    k = R.randrange(5)
    if k == 0:
        return f"Step {R.randrange(1, 9)}: {pick(RH_STEPS)} {pick(RH_TIMES)}" + maybe(pick([", stirring often", " (med-high heat)", "!", "; don't crowd the pan"]), 0.6)
    if k == 1:
        return f"{pick(RH_MEDS)} – {pick(RH_SIG)}" + maybe(pick([" (refill 03/28)", ", avoid alcohol", " – per Dr. Kim"]), 0.5)
    if k == 2:
        return f"See § {R.randrange(1, 30)}({pick('abcde')})({R.randrange(1, 6)}){maybe('(' + pick(['i', 'ii', 'iii', 'iv']) + ')', 0.6)} re: {pick(['late fees', 'termination', 'deposits', 'subletting', 'noise'])}"
    if k == 3:
        return f"Ref: INV-{R.randrange(2021, 2025)}/{R.randrange(1, 13):02d}-{R.randrange(1, 999):03d}; {pick(['paid via IBAN', 'bank transfer', 'paid by card', 'cheque #' + str(R.randrange(100, 999))])}"
    return f"Claim #{letters(3)}-{R.randrange(100000, 999999)}: {pick(['hail damage to roof', 'cracked windshield', 'stolen bike (police ref. ' + str(R.randrange(1000, 9999)) + '/24)', 'water damage in kitchen', 'lost luggage on flight BA117'])}"


# ---------------------------------------------------------------------------
# 11. long-posts
# ---------------------------------------------------------------------------
LONG_POSTS = [
    "Day 4 in Lisbon 🇵🇹\n\nWoke up at 7 (jet lag is real...) and walked up to the Miradouro da Graça before the crowds. Totally worth it! Then:\n1) pastéis de nata at Manteigaria – 1,30 € each, I had three, no regrets\n2) tram 28 – skip it, 45 min queue & packed like sardines\n3) LX Factory in the afternoon – great bookshop (Ler Devagar) & cheap-ish lunch\n\nDinner was at a tiny tasca in Alfama, no menu, the owner just brings you stuff. Bill for 2 = 38,50 € incl. wine. Fado started around 21:30 and we stayed till midnight.\n\nTips so far:\n- wear proper shoes, the hills + cobblestones are no joke\n- get a Viva Viagem card, 10 € load lasts ages\n- \"obrigado\" (if you're a guy) / \"obrigada\" (if you're a girl)\n\nTomorrow: Sintra!! 🏰",
    "To whom it may concern,\n\nI am writing to complain about order #A-4471/2 placed on 03/02/2024. The order confirmation said \"delivery in 2-3 business days\". It is now 12 days later and the tracking page still says \"label created\".\n\nI have contacted your support 3 (three!) times:\n- 03/06 via chat – told to wait 48 hrs\n- 03/09 via email – no reply\n- 03/12 via phone – on hold for 40 min, then disconnected\n\nI would like either (a) the item delivered by Friday, or (b) a full refund of $129.99 to my original payment method. If I don't hear back by 03/18 I'll dispute the charge with my bank.\n\nRegards,\nMaria D'Angelo\n12 Elm St., Apt #4\nSpringfield, IL 62704\nPhone: (555) 123-4567",
    "Ok so story time 😂\n\nWe get to the campsite at like 9pm, pitch dark, and Dave says \"don't worry I've done this a hundred times\". Forty-five minutes later the tent is upside down, the poles are in the lake (??) and Priya is holding the flashlight with her teeth.\n\nThen it starts raining. Obviously.\n\nWe end up sleeping in the car – 4 adults + 1 golden retriever in a Honda Civic. 0/10, would not recommend. BUT the sunrise the next morning over the lake... honestly one of the best things I've ever seen 🌅\n\nMoral of the story: never trust a man who says \"I've done this a hundred times\".",
    "Kitchen reno update (week 6)\n\nGood news first: cabinets are in!! The 'sage green' is darker than the sample but we kinda love it.\n\nBad news:\n1) the countertop guy measured wrong, so the sink cutout is 1/2\" off → new slab, 2-3 more weeks\n2) the electrician found old knob & tube wiring behind the fridge wall ($$$)\n3) we've been eating takeout for 40 days & my wallet is crying\n\nBudget so far: $18,450 of $22,000 (84%). Fingers crossed the last 16% covers the countertop + backsplash + paint. Spoiler: it won't lol.\n\nIf anyone in the Austin area knows a good tile person, pls DM me!",
    "Review: Harbour Lights B&B – ★★★★☆\n\nStayed 3 nights (Fri-Mon) in the \"Sea View\" room. Pros:\n- the view. just wow. wake up to boats & seagulls\n- breakfast: homemade scones, local eggs, real coffee (not pods!)\n- hosts Jean-Luc & Anne-Marie were super friendly, gave us a hand-drawn map of the coast path\n\nCons:\n- walls are thin, we could hear the couple next door (snoring, not the other thing lol)\n- parking is 5 min walk uphill with luggage\n- Wi-Fi only works in the lounge\n\nPrice: £145/night incl. breakfast. Would I go back? Yes, but I'd ask for room 3 (quieter, same view).",
    "Grandma's Sunday sauce (as told to me over the phone, so measurements are... approximate)\n\n- 2 big cans crushed tomatoes (28 oz each)\n- \"a good glug\" of olive oil (~¼ cup)\n- 1 onion, 4-5 cloves garlic\n- basil, salt, pinch of sugar if the tomatoes are sour\n- meatballs & sausage (optional but she'll judge you)\n\n1) Soften the onion in the oil, low heat, 10 min. Don't brown it!!\n2) Garlic in for 1 min.\n3) Tomatoes + 1 can of water. Bring to a simmer.\n4) Add the meat, lid half on, 3 hrs minimum, stir every 20-30 min.\n5) Basil at the end.\n\nHer exact words: \"if you use the jar stuff I'll know\". Love you Nonna ❤️",
    "Marathon recap!!! 🏃‍♀️🏅\n\nFinished in 4:12:37. My goal was sub-4:15 so I'm SO happy.\n\nSplits (roughly):\n- 0-10k: 57:40 (too fast, I know, I know)\n- 10-21k: 1:02:10\n- 21-32k: 1:04:55 → this is where it started to hurt\n- 32-42.2k: 1:07:52 → pure survival mode\n\nFuel: 5 gels (every 40 min) + water at every station. Only cramped once at km 35.\n\nThank you to everyone who cheered at the 30k mark with the \"TOUCH HERE FOR POWER\" sign, I touched it and it worked 😂\n\nNext goal: sub-4. Next year. Maybe. After my legs forgive me.",
    "PSA for anyone flying out of Terminal 3 this week:\n\nSecurity lines are 60-90 min in the morning (6-10am). The \"fast track\" is also slow because half the lanes are closed for construction.\n\nWhat worked for me:\n1) check in online + download the boarding pass (don't rely on the app, it crashed twice)\n2) liquids in a clear bag, ≤ 100 ml each, 1 L total\n3) laptop & tablet OUT of the bag\n4) no belt, slip-on shoes\n\nAlso the Pret near Gate 14 is closed, so if you want coffee get it before security.\n\nSafe travels everyone ✈️",
    "Dear Mr. O'Neill,\n\nThank you for your letter of 14 March regarding the noise from the building works at No. 27.\n\nWe have spoken to the contractor (Smith & Sons Ltd) and they have agreed to:\n(a) restrict noisy work to 08:00–17:00 Mon–Fri and 09:00–13:00 Sat;\n(b) no work on Sundays or bank holidays;\n(c) keep the skip covered & the pavement clear.\n\nIf the problem continues, please contact our office on 020 7946 0123 (ref. ENV/24/0318) and we will arrange a visit.\n\nYours sincerely,\nJ. MacLeod\nEnvironmental Health Team",
    "Bought the \"XL\" dog bed for Biscuit (golden retriever, 32 kg). Thoughts after 2 weeks:\n\n+ very soft, he loves it\n+ cover comes off & goes in the washer at 40°C\n+ didn't smell weird out of the box\n\n- \"XL\" is more like L. he hangs off the side lol\n- the zipper broke on day 10 😒\n- $89.99 is a lot for what it is\n\n3/5. Customer service did send a new cover for free (order #113-4829384-2938471) so +1 for that.",
    "Semester goals ✏️📚\n\n1. Get at least a B+ in Calc II (last sem was a C... oops)\n2. Go to office hours EVERY week, Tue 2-4pm, room 3.115\n3. Stop pulling all-nighters, in bed by 00:30 latest\n4. Gym 3x/week – Mon, Wed, Fri @ 7am w/ Aisha\n5. Read 1 book/month that isn't for class\n\nCurrent GPA: 3.2 → target 3.5\n\nIf I'm posting memes at 3am, someone pls remind me of #3 😅",
    "Japan trip budget (2 people, 12 nights) – for anyone who asked!\n\nFlights: $1,840 (both, economy, JFK ⇄ HND)\nHotels: ¥186,000 (~$1,250)\nJR Pass 7-day: ¥50,000 x 2\nFood: ~¥6,000/day each, we ate A LOT of konbini & ramen 🍜\nActivities: teamLab, Ghibli Museum (book 1 month ahead!!), sumo tickets\n\nTotal ≈ $5,900.\n\nThings I'd do differently:\n- skip the JR Pass, it only paid off because we went to Hiroshima\n- more time in Kyoto, less in Tokyo\n- pack less, there's a laundromat everywhere\n\n「また行きたい」 – definitely going back!",
    "Book club notes – \"The Midnight Library\" (Matt Haig)\n\nWho came: Sam, Rosa, Mike, Jo & me (Kim had the flu 🤒)\n\nRatings: 4/5, 3/5, 5/5, 2/5, 4/5 → avg 3.6\n\nDiscussion points:\n- Is Nora's \"root life\" actually worse than the others, or does she just think so?\n- The Mrs. Elm / library thing – comforting or kind of creepy?\n- Mike: \"it's basically It's a Wonderful Life with more steps\" lol\n\nNext month: \"Klara and the Sun\". Hosting at Rosa's, 7pm, bring snacks & wine 🍷",
    "Lost & found: blue backpack (JanSport) left on the 5:40pm bus, route 12, towards Downtown on Tue 03/12.\n\nInside:\n- black laptop in a grey sleeve (sticker: \"I paused my game to be here\")\n- math textbook w/ name \"D. Okonkwo-Bello\" on the inside cover\n- water bottle, 2 pens, headphones\n\nReward $50, no questions asked. Please call or text 555-0143 or email dee.ob@example.com. Thanks!! 🙏",
    "Neighborhood garage sale – Sat 6/8, 8am-2pm, Maple Dr & Oak Ave (rain date Sun 6/9)\n\nWhat we've got:\n• kids' bikes (16\" & 20\")\n• 2 sofas, a recliner, IKEA shelves\n• tons of books (50¢ each or 3 for $1)\n• baby clothes 0-24 months\n• a drum kit (please someone take it, my ears 😭)\n\nCash or Venmo. No early birds please!!! Coffee & lemonade by the Girl Scouts at #14.",
    "Meu primeiro mês em Berlim 🇩🇪\n\nA cidade é incrível, mas a burocracia... meu Deus. Para fazer a \"Anmeldung\" (registro de endereço) esperei 3 semanas por um horário no Bürgeramt.\n\nDicas rápidas:\n- abra uma conta no banco antes de tudo (N26 ou similar)\n- o bilhete mensal de transporte custa 49 € e vale a pena\n- aos domingos quase tudo fica fechado, inclusive mercados!\n\nAinda não entendo a diferença entre \"der\", \"die\" e \"das\", mas já peço café em alemão: „Einen Kaffee, bitte!“ ☕😄",
    "Update on the lost wallet saga:\n\nSo I called the restaurant (Luigi's) on Mon – nothing. Called the taxi company – \"we'll check\". Filed a police report online (ref. 24/5567-B) for the insurance.\n\nCancelled: 2 credit cards, debit card, library card lol. Driver's licence replacement is $35 + 2-4 weeks.\n\nTHEN today a lady knocks on my door with the wallet!!! She found it in a bush on 5th & Main, cash gone but everything else there (incl. my kid's school photo 🥹). Her name is Mrs. Nguyễn and she refused the reward, so I'm baking her a cake instead.\n\nPeople are good. Sometimes. 💛",
    "Workout plan I'm trying for the next 8 weeks – feedback welcome!\n\nMon: upper (bench 4x8, rows 4x10, OHP 3x8)\nTue: run 5k easy (~30 min)\nWed: lower (squat 4x6, RDL 3x10, lunges 3x12/leg)\nThu: rest / yoga\nFri: full body + core (planks 3 x 60 sec)\nSat: long run 8-12k\nSun: REST!!!\n\nProtein goal: 1.6 g/kg → ~110 g/day for me (68 kg).\n\nQuestion: is it dumb to run the day after leg day? My knees say yes, my coach (=YouTube) says no ¯\\_(ツ)_/¯",
]


# ---------------------------------------------------------------------------
CATEGORIES = [
    ("checkin-notes", CHECKIN_HAND, [ci_t1, ci_t2, ci_t3, ci_t4, ci_t5, ci_t6]),
    ("multilingual", MULTI_HAND, [multi_t], 80),
    ("search-terms", SEARCH_HAND, [se_t]),
    ("names-orgs-addresses", NAMES_HAND, [nm_t]),
    ("reviews-social", REVIEWS_HAND, [rv_t]),
    ("homework-math", MATH_HAND, [math_t]),
    ("everyday-files-links", FILES_HAND, [files_t]),
    ("messages-chat", CHAT_HAND, [chat_t]),
    ("forms-misc", FORMS_HAND, [forms_t]),
    ("recipes-health-legal", RHL_HAND, [rhl_t]),
]


def main():
    records, seen = [], set()

    def add(cat, values):
        for v in values:
            assert isinstance(v, str) and 0 < len(v) < MAX_LEN, (cat, v[:60])
            if v in seen:
                continue
            seen.add(v)
            records.append((cat, v))

    for cat, hand, gens, *n in CATEGORIES:
        add(cat, fill(hand, gens, *n))
    for p in LONG_POSTS:
        assert 300 <= len(p) <= 1500, (len(p), p[:40])
    add("long-posts", LONG_POSTS)

    path = os.path.join(HERE, "benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, v) in enumerate(records, 1):
            rec = {"id": f"hb14-{i:05d}", "category": cat, "label": "benign", "value": v}
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(f"wrote {len(records)} records to {path}")


if __name__ == "__main__":
    main()
