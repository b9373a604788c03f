"""Generate our own benign corpus: what a public API receives, written here.

    .venv/bin/python tests/corpus/make_benign.py      # rewrites the two files
    .venv/bin/python tests/corpus/make_benign.py --out DIR   # elsewhere

Writes, next to this script:
- benign-values.jsonl: single values (free text, names, e-mail addresses,
  URLs, file paths, markdown, code, shell examples, docstrings, ...), one
  JSON object a line: {"id", "class", "value"}.
- benign-requests.jsonl: whole requests (browser page loads, analytics
  beacons, API calls, forms, uploads, binary and compressed bodies), in the
  shape of ../shared/corpus/crs-regression.jsonl: {"id", "class", "method",
  "uri", "headers", "body"} and, for bodies that are not text,
  "body_base64" instead of "body".

Everything comes from the templates and word lists below (written for this
project, no copied text) and one seeded random generator: the same script
writes the same bytes. Nothing here is taken from the development corpora
in ../shared/corpus/. See README.md beside this file.
"""
import base64
import gzip
import io
import json
import random
import string
import struct
import unicodedata
import sys
import zipfile
import zlib
from pathlib import Path
from urllib.parse import quote, urlencode

SEED = 20261201
HERE = Path(__file__).resolve().parent
VALUES_FILE = HERE / "benign-values.jsonl"
REQUESTS_FILE = HERE / "benign-requests.jsonl"

R = random.Random(SEED)


def pick(seq):
    return R.choice(seq)


def fill(template, slots):
    """Replace each {name} with a random choice from slots[name]."""
    out = template
    for name, options in slots.items():
        while "{" + name + "}" in out:
            out = out.replace("{" + name + "}", pick(options), 1)
    return out


def from_templates(templates, slots, n):
    seen, out, tries = set(), [], 0
    while len(out) < n and tries < n * 50:
        tries += 1
        v = fill(pick(templates), slots)
        if v not in seen:
            seen.add(v)
            out.append(v)
    return out


# -- people, places, things ---------------------------------------------------

FIRST = ["Anna", "Liam", "Sofia", "Noah", "Mia", "Lucas", "Emma", "Mateo",
         "Chloe", "Yusuf", "Aiko", "Chen", "Priya", "Olga", "Sean", "Siobhan",
         "Giulia", "Jean-Luc", "Zoë", "José", "Björn", "Ngozi", "Kwame",
         "Fatima", "Hana", "Ravi", "Ines", "Tomás", "Marie-Claire", "Dmitri"]
LAST = ["O'Brien", "D'Angelo", "O'Neill", "D'Souza", "O'Connor", "McDonald",
        "van der Berg", "de la Cruz", "Müller", "García", "Nguyễn", "Kowalski",
        "Rossi", "Dubois", "Smith", "Okafor", "Tanaka", "Ivanova", "Schmidt",
        "Fernández", "L'Estrange", "D'Arcy", "Al-Farsi", "Ó Súilleabháin",
        "N'Diaye", "Dell'Acqua", "St. John", "Fitzgerald-O'Hara", "Brontë",
        "Øvergaard"]
CITIES = ["Paris", "Berlin", "Madrid", "Lisbon", "Dublin", "Kraków", "São Paulo",
          "Zürich", "Reykjavík", "Tokyo", "Nairobi", "Montréal", "Cork",
          "Thessaloniki", "Istanbul", "New York", "L'Aquila", "Coeur d'Alene"]
PLACES = ["the station", "O'Hare", "gate B12", "the office", "Café de Flore",
          "the gym", "Joe's Diner", "the library", "platform 9", "the park",
          "St. Mary's hospital", "the farmers' market", "terminal 2",
          "the co-working space", "Trader Joe's", "McDonald's"]
DOMAINS = ["example.com", "example.org", "example.net", "mail.example.com",
           "uni-example.de", "example.co.uk", "exemple.fr", "ejemplo.es",
           "example.ie", "example.jp"]
SITES = ["https://www.google.com/", "https://www.bing.com/",
         "https://duckduckgo.com/", "https://en.wikipedia.org/wiki/",
         "https://github.com/", "https://stackoverflow.com/questions/",
         "https://news.ycombinator.com/item?id=", "https://www.reddit.com/r/",
         "https://t.co/", "https://www.youtube.com/watch?v=",
         "https://docs.python.org/3/library/", "https://developer.mozilla.org/en-US/docs/Web/",
         "https://shop.example.com/products/", "https://blog.example.org/2026/11/"]
WORDS = ["caching", "library", "release", "notes", "invoice", "photos",
         "summer", "holiday", "budget", "report", "recipe", "pasta", "garden",
         "backup", "table", "union", "select", "order", "drop", "update",
         "insert", "delete", "script", "alert", "system", "exec", "sleep",
         "where", "from", "like", "join", "group", "having", "shell",
         "python", "node", "java", "kotlin", "rust", "docker", "kubernetes",
         "window", "document", "cookie", "session", "token", "admin", "root"]


# -- prose in several languages -----------------------------------------------

EN_TEMPLATES = [
    "Checked in at {place}, {mood}.",
    "Meeting with {first} & {first2} re: Q{q} budget (final?)",
    "Don't forget: {event} at {time}; bring the sign-up sheet.",
    "Select 'Save as' from the File menu, then choose a folder.",
    "Drop off the keys at {place} or leave them in box #{n}.",
    "Order by Friday to get {n}% off; use code WINTER{n}.",
    "Update: the table is booked for {time} (or later if they're late).",
    "{first}'s flight is delayed {n} min... we'll grab dinner at {place}.",
    "It's {first} {last}'s birthday today! Cake at {time} in the kitchen.",
    "Where do we meet? I'm at {place}, near the exit -- call me.",
    "Union Station -> {place}: {n} stops, about {n2} minutes.",
    "Sleep {n} hours, wake up, coffee, repeat. #mondays",
    "Note to self: select the \"large\" size next time; medium is too small.",
    "I'd rather walk than wait {n} minutes for the bus; it's only {n2} km.",
    "\"{quote}\" -- {first} {last}",
    "Ran {n}.{n2} km along the river; legs are done. 🏃",
    "Who's in for pizza? Vote by {time}: yes / no / maybe",
    "Lunch: {food} and {food2} ({price}).",
    "Reminder -- dentist on the {n}th at {time}; cancel 24h before or pay the fee.",
    "Drop table tennis practice this week? Coach {last} is away.",
    "Found a great {thing} at the flea market for {price}!",
    "{first} said: \"Don't wait for me, I'll catch up at {place}.\"",
    "Sorry, can't make it tonight :( Let's do {day} instead?",
    "Free tickets for the {event} if anyone wants them -- first come, first served.",
    "The Wi-Fi password is on the fridge; ask {first} if it doesn't work.",
    "Please update the shared doc with your hours (Mon-Fri, 9-5).",
    "Insert coin, press start... the old arcade at {place} is back!",
    "Exec summary: revenue up {n}%, costs flat, hiring paused until Q{q}.",
    "Set the thermostat to {n2}°C and close the windows before you leave.",
    "If it rains, we'll move the picnic indoors; otherwise meet at {place} at {time}.",
    "We're 1-0 up at half time, what a goal by {last}!",
    "Grocery list: eggs, milk (2%), {food}, {food2}, rock & roll magazine",
    "Call {first} at +1 (555) 01{n2}-22{n2} after {time}.",
    "Half-price happy hour 5-7pm @ {place}; {first} & co. are already there.",
    "Python3 caching library recommendations? Something like functools but with TTL.",
    "Find the nearest pharmacy that's open on {day} night.",
    "Make sure the kids have their passports -- flight at {time}!",
    "Sort the photos from {city} by date, then share the album with {first}.",
    "Kill the engine and wait; the ferry leaves in {n} minutes.",
    "Cat sitter needed from the {n}th to the {n2}th, two cats, one shy.",
    "Echo & the Bunnymen tribute band tonight at {place}, doors {time}.",
    "Head to gate {n2}; boarding closes {n} minutes before departure.",
    "Less sugar, more sleep, fewer meetings -- {day}'s resolutions.",
    "Top {n} things to do in {city} when it rains (no museums!)",
    "Waiting for {first} at {place}; she's running late, as usual ;-)",
    "Book club: we're reading \"{title}\" -- chapters 1-{n} for {day}.",
    "Who left the 'Do not delete' folder on the desktop? It's empty.",
    "Ping me when you're free; I've got {n} questions about the {thing}.",
    "Time sheet: {n}h on the report, {n2}h in meetings, 1h answering e-mail.",
    "Is it 'affect' or 'effect'? I never remember which one is which.",
    "Note: the union meeting and the board meeting are both at {time} on {day}.",
    "Picked up {thing} from {first} {last}'s place; returning it {day}.",
    "1/2 cup flour + 2 eggs + a pinch of salt = the world's easiest crêpes",
    "Price went from {price} to {price2}, that's almost {n}% more... no thanks.",
]
EN_SLOTS = {
    "place": PLACES, "first": FIRST, "first2": FIRST, "last": LAST,
    "q": ["1", "2", "3", "4"], "n": [str(i) for i in range(2, 60)],
    "n2": [str(i) for i in range(10, 99)],
    "time": ["6pm", "8:30", "7.15pm", "noon", "10:00", "half past nine", "21h"],
    "event": ["the union meeting", "yoga", "the school play", "the concert",
              "the quiz night", "the stand-up", "the open day"],
    "mood": ["finally!", "so tired", "delayed again :(", "all good",
             "coffee first", "let's go!", "raining, of course"],
    "quote": ["Be yourself; everyone else is already taken",
              "Less is more", "Done is better than perfect",
              "Measure twice, cut once", "Simple is better than complex"],
    "food": ["pasta", "sushi", "falafel", "fish & chips", "pad thai",
             "crème brûlée", "pierogi", "tacos al pastor", "pho"],
    "food2": ["salad", "a beer", "green tea", "fries", "ice cream",
              "sparkling water", "espresso"],
    "price": ["$12.50", "€9,90", "£7", "¥1,200", "$3.99", "CHF 18.-"],
    "price2": ["$15.00", "€12,50", "£9.49", "¥1,500", "$4.99"],
    "thing": ["lamp", "bike", "record player", "book", "chair", "guitar",
              "router", "camera"],
    "day": ["Monday", "Tuesday", "Friday", "Saturday", "Sunday", "tomorrow"],
    "city": CITIES,
    "title": ["The Old Man and the Sea", "War and Peace", "Dune",
              "One Hundred Years of Solitude", "Pride and Prejudice"],
}

DE_TEMPLATES = [
    "Treffen mit {first} am {day} um {time} Uhr im Büro.",
    "Nicht vergessen: Müll rausbringen & Blumen gießen!",
    "Wir sind schon am Bahnhof -- wo bleibt ihr? ({n} Min. Verspätung)",
    "Das Essen bei \"{place}\" war großartig; nächstes Mal reservieren wir früher.",
    "Bitte die Rechnung Nr. {n}{n2} bis {day} überweisen.",
    "Heute {n} km gelaufen, morgen ist Ruhetag. 💪",
    "Kann jemand am {day} die Kinder abholen? Ich hänge im Stau.",
    "Grüße aus {city}! Das Wetter ist schön, nur etwas windig.",
    "Die Präsentation ist fertig, aber die Folien {n}-{n2} brauchen noch Bilder.",
    "Wer hat Lust auf Kino? \"{title}\" läuft um {time} Uhr.",
    "Einkaufsliste: Brot, Käse, Äpfel, Milch (1,5 %), Schokolade",
    "Ich bin ab {day} im Urlaub; Vertretung: {first} {last}.",
]
FR_TEMPLATES = [
    "Rendez-vous à {place} à {time}, j'arrive dans {n} minutes !",
    "L'équipe d'{first} a gagné {n} à {n3} ; quelle soirée !",
    "N'oublie pas d'acheter du pain et l'eau pétillante.",
    "Qu'est-ce qu'on mange ce soir ? J'ai envie d'une crêpe.",
    "Réunion reportée à {day} -- l'ordre du jour reste le même.",
    "C'est l'anniversaire de {first} aujourd'hui ; on se retrouve chez {last} ?",
    "Il fait {n2} °C à {city}, parfait pour une balade au bord de l'eau.",
    "Merci pour l'invitation ! Je viendrai avec {first} (et le gâteau).",
    "Aujourd'hui : {n} km à vélo, {n3} crevaison(s), zéro regret.",
    "J'ai réservé une table pour {n3} personnes au restaurant « Chez {first} ».",
    "Attention : la sortie d'autoroute n° {n} est fermée jusqu'à {day}.",
]
ES_TEMPLATES = [
    "¿Quedamos en {place} a las {time}? Llevo el libro de {first}.",
    "¡Qué día! {n} reuniones y ni un café.",
    "La cena en casa de {first} {last} fue increíble; repetimos el {day}.",
    "Recordatorio: pagar la factura nº {n}{n2} antes del viernes.",
    "Estoy en {city}, hace {n2} °C y no para de llover :(",
    "Compra: pan, leche, huevos, aceite de oliva y jamón (100 g).",
    "Mañana salimos a las {time}; el tren tarda unas {n} horas.",
    "Año nuevo, vida nueva: correr {n} km a la semana.",
    "Señor {last}, su pedido nº {n2}{n} ya está en camino.",
    "El concierto empieza a las {time}; ¿alguien tiene una entrada más?",
]
IT_TEMPLATES = [
    "Ci vediamo all'una davanti all'ufficio di {first}.",
    "Com'è andata la riunione? Dell'ordine del giorno non ho capito niente.",
    "Oggi {n} km in bici sull'argine: che fatica, ma che bello!",
    "L'appuntamento dal dentista è spostato a {day} alle {time}.",
    "Un caffè al bar di {place}? Offro io.",
    "Dov'è finito il caricabatterie? Era sull'armadio.",
]
PT_TEMPLATES = [
    "Chegamos a {city}! O voo atrasou {n} minutos, mas está tudo bem.",
    "Não se esqueça: reunião às {time} com a {first}.",
    "O almoço de domingo vai ser na casa da avó; leva a sobremesa?",
    "Comprei pão, queijo e café -- são {price} no total.",
    "Amanhã vou correr {n} km no parque; quem vem comigo?",
]
NL_TEMPLATES = [
    "Zullen we om {time} afspreken bij {place}?",
    "Vergeet niet de fietsen binnen te zetten, er komt storm.",
    "Vandaag {n} km gefietst; morgen rustdag. 🚲",
    "'s Avonds eten we bij {first}; neem jij de wijn mee?",
    "De vergadering van {day} is verplaatst naar volgende week.",
]
PL_TEMPLATES = [
    "Spotkanie z {first} w {day} o {time}, sala nr {n}.",
    "Nie zapomnij kupić chleba i mleka!",
    "Dziś przejechałem {n} km rowerem -- jutro odpoczynek.",
    "Pociąg do Krakowa ma {n} minut opóźnienia, będę później.",
    "Zamówienie nr {n2}{n} zostało wysłane; dziękujemy za zakupy!",
]
RU_TEMPLATES = [
    "Встречаемся у {place_ru} в {time_ru}, не опаздывай!",
    "Купить хлеб, молоко и яйца; вечером приедут гости.",
    "Сегодня пробежал {n} км -- завтра отдых.",
    "Совещание перенесли на {day_ru}; повестка та же.",
    "Спасибо за помощь с переездом! С меня ужин.",
]
JA_TEMPLATES = [
    "{time_ja}に駅の改札で待ち合わせしましょう。",
    "今日は{n}キロ走りました。明日は休みます。",
    "会議は来週の月曜日に変更になりました。資料は共有フォルダにあります。",
    "牛乳とパンを買ってきてください。よろしくお願いします！",
    "東京は雨です。傘を忘れないでね☔",
]
ZH_TEMPLATES = [
    "我们{time_zh}在火车站见面，别迟到！",
    "今天跑了{n}公里，明天休息。",
    "会议改到下周一了，材料在共享文件夹里。",
    "记得买牛奶和面包，谢谢！",
    "北京今天下雪了，路上注意安全。",
]
AR_TEMPLATES = [
    "نلتقي في المحطة الساعة {n3} مساءً.",
    "لا تنسَ شراء الخبز والحليب من فضلك.",
    "تم تأجيل الاجتماع إلى يوم الأحد القادم.",
    "شكراً جزيلاً على المساعدة، أراك غداً!",
]
TR_TEMPLATES = [
    "Saat {time} gibi istasyonda buluşalım mı?",
    "Bugün {n} km koştum, yarın dinlenme günü.",
    "Toplantı pazartesiye ertelendi; sunum paylaşılan klasörde.",
    "Ekmek ve süt almayı unutma, teşekkürler!",
]
EL_TEMPLATES = [
    "Συνάντηση στον σταθμό στις {time}, μην αργήσεις!",
    "Σήμερα έτρεξα {n} χιλιόμετρα· αύριο ξεκούραση.",
    "Ευχαριστώ πολύ για τη βοήθεια με τη μετακόμιση!",
]
OTHER_SLOTS = dict(EN_SLOTS)
OTHER_SLOTS.update({
    "n3": [str(i) for i in range(1, 9)],
    "place_ru": ["вокзала", "метро", "кафе", "театра"],
    "time_ru": ["18:00", "19:30", "полдень"],
    "day_ru": ["понедельник", "пятницу", "субботу"],
    "time_ja": ["午後3時", "10時半", "正午"],
    "time_zh": ["下午三点", "十点半", "中午"],
})


def prose():
    out = []
    for cls, templates, slots, n in [
            ("prose-en", EN_TEMPLATES, EN_SLOTS, 420),
            ("prose-de", DE_TEMPLATES, OTHER_SLOTS, 110),
            ("prose-fr", FR_TEMPLATES, OTHER_SLOTS, 110),
            ("prose-es", ES_TEMPLATES, OTHER_SLOTS, 110),
            ("prose-it", IT_TEMPLATES, OTHER_SLOTS, 50),
            ("prose-pt", PT_TEMPLATES, OTHER_SLOTS, 50),
            ("prose-nl", NL_TEMPLATES, OTHER_SLOTS, 40),
            ("prose-pl", PL_TEMPLATES, OTHER_SLOTS, 40),
            ("prose-ru", RU_TEMPLATES, OTHER_SLOTS, 30),
            ("prose-ja", JA_TEMPLATES, OTHER_SLOTS, 20),
            ("prose-zh", ZH_TEMPLATES, OTHER_SLOTS, 20),
            ("prose-ar", AR_TEMPLATES, OTHER_SLOTS, 12),
            ("prose-tr", TR_TEMPLATES, OTHER_SLOTS, 20),
            ("prose-el", EL_TEMPLATES, OTHER_SLOTS, 12)]:
        out += [(cls, v) for v in from_templates(templates, slots, n)]
    return out


SEARCH_TEMPLATES = [
    "python3 caching library", "{word} {word2}", "how to {verb} a {noun} in {tool}",
    "best {noun} {city}", "{verb} {noun} without {noun2}", "\"{word}\" {word2}",
    "{noun} vs {noun2}", "{first} {last}", "cheap flights {city} to {city2}",
    "union station parking", "select dropdown css", "drop shipping {noun}",
    "order by date {tool}", "table for {n} {city}", "sleep {n} hours enough?",
    "where to buy {noun} near me", "{word} OR {word2}", "{word} -{word2}",
    "site:{domain} {word}", "{noun} 50% off", "{noun} & {noun2}",
    "what's the difference between {noun} and {noun2}?",
    "kill bill vol {n}", "cat {noun} funny", "echo dot setup",
    "find my phone", "make {noun} at home", "time in {city}",
    "{n} + {n2} =", "C++ vs C# for {noun}", "node.js {word} tutorial",
    "{tool} --help", "exit code {n}", "{word}_{word2}", "{word}.{word2}",
    "rock 'n' roll", "o'reilly {tool} book", "l'oréal {noun}",
    "{noun} (used)", "{noun}: {word}", "\"{first} {last}\" {city}",
]
SEARCH_SLOTS = {
    "word": WORDS, "word2": WORDS, "first": FIRST, "last": LAST,
    "city": CITIES, "city2": CITIES, "domain": DOMAINS,
    "n": [str(i) for i in range(1, 12)], "n2": [str(i) for i in range(2, 40)],
    "verb": ["delete", "select", "update", "install", "remove", "merge",
             "sort", "find", "kill", "copy", "format", "reset", "export"],
    "noun": ["table", "file", "branch", "column", "process", "cookie",
             "session", "union", "window", "script", "photo", "sofa",
             "bike", "laptop", "coffee machine", "garden hose"],
    "noun2": ["column", "commit", "row", "screen", "tab", "cache", "index"],
    "tool": ["git", "excel", "sql server", "postgres", "bash", "windows 11",
             "python", "vim", "docker", "google sheets"],
}


def search_terms():
    return [("search", v) for v in
            from_templates(SEARCH_TEMPLATES, SEARCH_SLOTS, 220)]


def names():
    out = {}
    while len(out) < 160:
        style = R.randrange(6)
        f, l = pick(FIRST), pick(LAST)
        if style == 0:
            out.setdefault(f"{f} {l}")
        elif style == 1:
            out.setdefault(f"{l}, {f}")
        elif style == 2:
            out.setdefault(f"{f} {pick(string.ascii_uppercase)}. {l}")
        elif style == 3:
            out.setdefault(f"Dr. {f} {l}-{pick(LAST)}")
        elif style == 4:
            out.setdefault(f"{l}")
        else:
            out.setdefault(f"{f} \"{pick(['Jim', 'Bo', 'Kiki', 'Nino'])}\" {l}")
    return [("name", v) for v in list(out)]


def ascii_local(name):
    s = unicodedata.normalize("NFKD", name).replace("ø", "o").replace("Ø", "O")
    return "".join(c for c in s.lower() if c.isascii() and
                   (c.isalnum() or c in ".'-"))


def emails():
    out = {}
    while len(out) < 160:
        f = ascii_local(pick(FIRST)) or "anna"
        l = ascii_local(pick(LAST).replace(" ", "")) or "smith"
        style = R.randrange(6)
        d = pick(DOMAINS)
        if style == 0:
            out.setdefault(f"{f}.{l}@{d}")
        elif style == 1:
            out.setdefault(f"{f}+{pick(['news', 'shop', 'github', 'test'])}@{d}")
        elif style == 2:
            out.setdefault(f"{l}{R.randrange(100)}@{d}")
        elif style == 3:
            out.setdefault(f"{f[0]}.{l}@{pick(['dept.', 'cs.', 'sales.'])}{d}")
        elif style == 4:
            out.setdefault(f"\"{pick(FIRST)} {pick(LAST)}\" <{f}@{d}>")
        else:
            out.setdefault(f"{f}_{l}@{d}".upper() if R.random() < .3
                    else f"{f}-{l}@{d}")
    return [("email", v) for v in list(out)]


URL_TEMPLATES = [
    "https://{host}/{seg}/{seg2}", "https://{host}/{seg}?page={n}&sort=-created_at",
    "https://{host}/{seg}/{n}?utm_source={src}&utm_medium={med}&utm_campaign={camp}",
    "http://{host}/{seg}.html", "https://{host}/search?q={qword}&hl=en",
    "https://{host}/{seg}/{seg2}#section-{n}", "https://www.youtube.com/watch?v={vid}&t={n}s",
    "https://en.wikipedia.org/wiki/{wiki}", "https://github.com/{user}/{repo}/issues/{n}",
    "https://github.com/{user}/{repo}/blob/main/docs/{seg}.md",
    "https://docs.python.org/3/library/{mod}.html#{mod}.{seg}",
    "{host}/{seg}", "www.{domain}", "https://{host}/{seg}/?ref={src}&sid={hex8}",
    "https://maps.example.com/?q={lat},{lon}&z={n}", "mailto:{seg}@{domain}?subject=Hello%20there",
    "tel:+4930{n}{n}{n}", "https://{host}/api/v2/{seg}?fields=id,name&limit={n}",
    "ftp://ftp.{domain}/pub/{seg}/", "https://{host}/{seg}/{seg2}/",
]
URL_SLOTS = {
    "host": ["shop.example.com", "www.example.org", "blog.example.net",
             "app.example.io", "cdn.example.com", "docs.example.dev",
             "example.co.uk", "news.example.com", "status.example.com"],
    "domain": DOMAINS,
    "seg": ["products", "blog", "about-us", "pricing", "docs", "news",
            "2026", "user-guide", "contact", "release-notes", "faq",
            "getting_started", "select", "union", "order", "table"],
    "seg2": ["winter-sale", "how-we-work", "v2.4.1", "shoes", "index",
             "caching-in-python", "team", "a-b-testing", "drop-shipping"],
    "n": [str(i) for i in range(1, 400, 7)],
    "src": ["newsletter", "twitter", "google", "facebook", "producthunt",
            "hn", "linkedin"],
    "med": ["email", "social", "cpc", "referral", "organic"],
    "camp": ["black_friday_2026", "spring-launch", "retargeting_q4", "welcome"],
    "qword": ["python+caching", "union+station", "select%20box", "o%27brien"],
    "vid": ["dQw4w9WgXcQ", "a1B2c3D4e5F", "Zx_9-yT0kLm"],
    "wiki": ["O'Hare_International_Airport", "Union_(set_theory)",
             "SQL", "Cross-site_scripting", "Bash_(Unix_shell)",
             "D'Alembert's_principle", "Coeur_d'Alene,_Idaho"],
    "user": ["octo-org", "anna-dev", "pallets", "nginx-fan"],
    "repo": ["flask-demo", "dotfiles", "edge-config", "notes"],
    "mod": ["functools", "os.path", "subprocess", "pathlib", "shutil"],
    "hex8": ["3fa85f64", "9c2b1e07", "a0b1c2d3", "deadbeef"],
    "lat": ["48.8566", "-33.8688", "51.5072"],
    "lon": ["2.3522", "151.2093", "-0.1276"],
}


def urls():
    return [("url", v) for v in from_templates(URL_TEMPLATES, URL_SLOTS, 200)]


PATH_TEMPLATES = [
    "docs/readme.md", "docs/{name}.md", "README.md", "src/{pkg}/{name}.py",
    "/usr/share/doc/{pkg}/README", "/usr/local/bin/{pkg}", "/home/{user}/projects/{pkg}",
    "/var/log/{pkg}/access.log", "/opt/{pkg}/config.yaml", "/tmp/{name}.csv",
    "~/Downloads/{name}.pdf", "~/.config/{pkg}/settings.json", "./scripts/{name}.sh",
    "C:\\Users\\{user}\\Documents\\{name}.docx", "C:\\Program Files\\{app}\\{app}.exe",
    "D:\\Photos\\{year}\\{name}.jpg", "\\\\fileserver\\share\\{name}.xlsx",
    "%USERPROFILE%\\Desktop\\{name}.txt", "assets/img/{name}.png",
    "/Users/{user}/Library/Application Support/{app}/", "{name}.tar.gz",
    "static/css/{name}.min.css", "app/templates/{name}.html", "node_modules/{pkg}/package.json",
    "src\\{pkg}\\{name}.cs", "s3://bucket-{year}/{name}.parquet",
    "file name with spaces ({n}).txt", "Résumé – {user} {year}.pdf", "{name}_v{n}_final_FINAL.docx",
]
PATH_SLOTS = {
    "name": ["report", "notes", "index", "setup", "main", "utils", "photo_001",
             "budget-2026", "todo", "deploy", "backup-plan", "meeting-minutes",
             "invoice_0042", "data", "styles", "select", "union", "passwd-reset-guide"],
    "pkg": ["python3", "nginx", "myapp", "git", "postgresql", "redis", "flask",
            "requests", "htop", "node"],
    "user": ["anna", "liam.obrien", "sofia", "jdoe", "Public"],
    "app": ["Mozilla Firefox", "Notepad++", "Spotify", "VLC", "Slack"],
    "year": ["2024", "2025", "2026"], "n": [str(i) for i in range(1, 9)],
}


def paths():
    out = [("path", v) for v in from_templates(PATH_TEMPLATES, PATH_SLOTS, 160)]
    prose_paths = [
        "The config lives in /etc/nginx/sites-available/default; reload after editing.",
        "See docs/readme.md for the setup steps.",
        "Logs are under /var/log/{pkg}/, rotated daily.",
        "I saved it to C:\\Users\\{user}\\Desktop\\{name}.txt -- can you check?",
        "Put the file in ~/Documents/{name}.pdf and share the link.",
        "The binary ends up in /usr/local/bin/{pkg} after make install.",
        "Man pages are in /usr/share/man; try `man {pkg}`.",
        "Copy {name}.csv from the shared drive (\\\\fileserver\\share) first.",
        "My photos are in D:\\Photos\\{year}, sorted by month.",
        "Open /Users/{user}/Library/Preferences to find the plist.",
    ]
    out += [("path-in-text", v)
            for v in from_templates(prose_paths, PATH_SLOTS, 60)]
    return out


MARKDOWN_TEMPLATES = [
    "## {title}\n\n1. Run `{cmd}`\n2. Open `{file}`\n3. Done!",
    "Use `{cmd}` to {goal}, then check `{file}`.",
    "**Note:** the `{fn}()` function returns `None` when the {noun} is missing.",
    "- [x] {task}\n- [ ] {task2}\n- [ ] review `{file}`",
    "See [the docs]({url}) and the [FAQ]({url2}).",
    "```\n{cmd}\n```\nThen restart the service.",
    "```python\n{py}\n```",
    "| name | value |\n|---|---|\n| {noun} | {n} |\n| {noun2} | {n2} |",
    "> {quote}\n\n-- {first}",
    "![screenshot]({url}/screenshot.png \"Settings page\")",
    "_Italic_, **bold**, ~~strike~~ and `code` in one line.",
    "# {title}\n\nSome *intro* text. Install with `{cmd}`.",
    "Set `{key}={n}` in `{file}` and reload.",
    "Changelog:\n* Fixed `{fn}` crash on empty {noun}\n* Added `--{flag}` option",
    "1. `git checkout -b {branch}`\n2. commit\n3. open a PR against `main`",
    "More in [the setup guide](../docs/{fn}.md) and [CONTRIBUTING](../CONTRIBUTING.md).",
]
MD_SLOTS = {
    "title": ["Setup", "Installation", "Getting started", "Release notes",
              "Troubleshooting", "How to contribute"],
    "cmd": ["make deps", "pip install -r requirements.txt", "npm ci",
            "git rebase -i HEAD~3", "docker compose up -d", "cargo build --release",
            "python -m venv .venv", "brew install jq", "go test ./...",
            "ls -la | grep foo", "kubectl get pods -n staging"],
    "file": ["docs/readme.md", "config.yaml", ".env.example", "setup.cfg",
             "package.json", "src/app.py", "CONTRIBUTING.md", "Makefile"],
    "goal": ["update the dependencies", "squash the commits", "start the stack",
             "run the tests", "format the code"],
    "fn": ["get_user", "parse_date", "select_rows", "load_config", "fetchAll"],
    "noun": ["user", "row", "file", "key", "table"],
    "noun2": ["timeout", "retries", "workers", "port"],
    "task": ["write tests", "update README", "bump version", "fix typo"],
    "task2": ["deploy to staging", "ask Anna for review", "tag release"],
    "url": ["https://docs.example.com/guide", "https://github.com/octo-org/notes",
            "https://example.org/help"],
    "url2": ["https://example.org/faq", "https://docs.example.com/faq#install"],
    "py": ["def add(a, b):\n    return a + b", "for i in range(3):\n    print(i)",
           "with open('data.csv') as f:\n    rows = list(csv.reader(f))",
           "import json\nprint(json.dumps({'ok': True}, indent=2))"],
    "n": [str(i) for i in range(1, 100, 3)], "n2": [str(i) for i in range(5, 60, 5)],
    "quote": EN_SLOTS["quote"], "first": FIRST,
    "key": ["WORKERS", "timeout", "log_level", "MAX_ITEMS"],
    "flag": ["dry-run", "verbose", "no-cache", "output"],
    "branch": ["fix/typo", "feature/caching", "docs-update"],
}


def markdown():
    return [("markdown", v)
            for v in from_templates(MARKDOWN_TEMPLATES, MD_SLOTS, 170)]


CODE_SNIPPETS = [
    "def greet(name):\n    return f\"Hello, {name}!\"",
    "const total = items.reduce((sum, x) => sum + x.price, 0);",
    "for (let i = 0; i < n; i++) { console.log(i); }",
    "if err != nil {\n\treturn fmt.Errorf(\"open %s: %w\", path, err)\n}",
    "fn main() {\n    println!(\"{}\", 1 + 2);\n}",
    "public static void main(String[] args) { System.out.println(\"hi\"); }",
    "#include <stdio.h>\nint main(void) { printf(\"%d\\n\", 42); return 0; }",
    "x = [i * i for i in range(10) if i % 2 == 0]",
    "SELECT name, email FROM users WHERE id = 42;",
    "UPDATE orders SET status = 'shipped' WHERE id = 7;",
    "df.groupby('city')['sales'].sum().sort_values(ascending=False)",
    "try:\n    value = int(text)\nexcept ValueError:\n    value = 0",
    "let user = await fetch(`/api/users/${id}`).then(r => r.json());",
    "map.put(\"key\", map.getOrDefault(\"key\", 0) + 1);",
    "{\"name\": \"widget\", \"tags\": [\"a\", \"b\"], \"price\": 9.99}",
    "name: build\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest",
    "<div class=\"card\"><h2>Title</h2><p>Text</p></div>",
    "body { font-family: sans-serif; margin: 0 auto; max-width: 40em; }",
    "a = 5; b = 10; print(a if a > b else b)",
    "assert response.status_code == 200, response.text",
    "import os\nprint(os.path.join('docs', 'readme.md'))",
    "echo \"Hello, $USER\"",
    "val xs = listOf(1, 2, 3).map { it * 2 }",
    "@app.route('/users/<int:user_id>')\ndef show(user_id): ...",
    "SELECT COUNT(*) FROM events GROUP BY day ORDER BY day;",
    "if (a && b || !c) { return null; }",
    "regex: ^[a-z0-9_-]{3,16}$",
    "x <= 10 and y >= 2 or z == 0",
    "// TODO: handle the case where the list is empty",
    "# -*- coding: utf-8 -*-",
    "console.log('it\\'s done');",
    "printf '%s\\n' \"$var\"",
    "matrix[i][j] = matrix[i-1][j] + matrix[i][j-1];",
    "print('O\\'Brien')",
    "return a.length > 0 ? a[0] : undefined;",
]


def code():
    out = list(CODE_SNIPPETS)
    idents = ["count", "user_id", "total", "items", "rows", "cfg", "path"]
    templates = [
        "{a} = {b} + {n}", "if {a} > {n}:\n    {b} -= 1",
        "def {a}({b}=None):\n    \"\"\"Return the {a}.\"\"\"\n    return {b}",
        "const {a} = {b}.filter(x => x > {n});",
        "{a}.append({b}[{n}])", "print(len({a}), {b})",
        "let {a}: Vec<u32> = Vec::with_capacity({n});",
    ]
    out += from_templates(templates, {"a": idents, "b": idents,
                                      "n": [str(i) for i in range(1, 50)]}, 115)
    return [("code", v) for v in out]


SHELL_TEMPLATES = [
    "pip install -r requirements.txt", "pip install {pkg}=={ver}",
    "ls -la | grep {word}", "git log --oneline | head -{n}",
    "tar -xzf {file}.tar.gz", "cd ~/projects/{pkg} && make test",
    "export PATH=$HOME/.local/bin:$PATH", "sudo apt-get install {pkg}",
    "docker run --rm -it python:3.12 bash", "npm install --save-dev {npm}",
    "curl -s https://api.example.com/v1/{word} | jq .", "git commit -am \"{msg}\"",
    "find . -name '*.py' | xargs wc -l", "python -m http.server {port}",
    "ssh {user}@{host} -p 22", "scp {file}.zip {user}@{host}:~/",
    "du -sh * | sort -h", "grep -rn \"TODO\" src/", "chmod +x scripts/{file}.sh",
    "kubectl logs -f deploy/{pkg} -n prod", "brew install {pkg}",
    "git clone https://github.com/{user}/{pkg}.git", "make -j{n}",
    "cargo run --release -- --input {file}.txt", "go get example.com/{pkg}@v{ver}",
    "conda create -n {pkg} python=3.11", "systemctl status {pkg}",
    "rsync -avz ./dist/ {host}:/srv/www/", "ping -c {n} {host}",
    "ps aux | grep {pkg}", "tail -n {n}0 app.log", "history | tail",
    "mkdir -p build && cd build && cmake ..", "echo $SHELL",
    "wget https://example.org/{file}.tar.gz", "sed -i 's/foo/bar/g' {file}.txt",
    "Run `{pip}` and then restart.", "Try: ls -la ~/.ssh (permissions must be 700)",
    "To update, type `git pull --rebase` in the repo folder.",
]
SHELL_SLOTS = {
    "pkg": ["flask", "requests", "nginx", "htop", "jq", "myapp", "redis",
            "postgresql", "ripgrep", "numpy"],
    "ver": ["1.2.3", "2.31.0", "0.9.1", "3.1.3"],
    "word": ["foo", "users", "todo", "config", "status"],
    "n": [str(i) for i in range(2, 20)],
    "file": ["archive", "backup-2026-11", "data", "release", "notes"],
    "npm": ["eslint", "prettier", "typescript", "vite", "jest"],
    "msg": ["fix typo in README", "bump version", "WIP", "add tests"],
    "port": ["8000", "8080", "5000"], "user": ["anna", "deploy", "pi"],
    "host": ["server.example.com", "raspberrypi.local", "10.0.0.5"],
    "pip": ["pip install -U pip", "npm run build", "make deps"],
}


def shell():
    return [("shell", v)
            for v in from_templates(SHELL_TEMPLATES, SHELL_SLOTS, 160)]


DOC_TEMPLATES = [
    '"""Return the {noun} for the given {arg}.\n\n    Args:\n        {arg} (int): the id.\n\n    Returns:\n        dict: the {noun}, or None.\n    """',
    '"""{verb} the {noun} and return the number of rows changed."""',
    '"""\n    {verb} every {noun} in ``{arg}``.\n\n    >>> {fn}([1, 2, 3])\n    6\n    """',
    '"""{verb} the {noun}.\n\n    :param {arg}: the {noun} to use\n    :raises ValueError: if it\'s empty\n    """',
    '/**\n * {verb} the {noun}.\n * @param {string} {arg} - the id\n * @returns {Promise<Object>}\n */',
    '"""Parse ``{arg}`` (e.g. ``"2026-12-01"``) and return a date."""',
    '"""Select the rows where ``{arg}`` matches; order by date (newest first)."""',
    "# {verb} the {noun} -- see docs/readme.md for details",
]
DOC_SLOTS = {
    "noun": ["user", "order", "table", "session", "cache entry", "file",
             "record", "union of the sets"],
    "arg": ["user_id", "order_id", "path", "items", "query", "when"],
    "verb": ["Delete", "Update", "Select", "Insert", "Load", "Drop", "Merge",
             "Execute", "Sum"],
    "fn": ["total", "summed", "add_all"],
}


def docstrings():
    return [("docstring", v)
            for v in from_templates(DOC_TEMPLATES, DOC_SLOTS, 110)]


RICH_TEMPLATES = [
    "<p>Hello <strong>{first}</strong>, thanks for your order!</p>",
    "<p>See <a href=\"{url}\">this page</a> for details.</p>",
    "<ul><li>{food}</li><li>{food2}</li></ul>",
    "<p><em>Note:</em> the shop is closed on {day}.</p><p>Regards,<br>{first}</p>",
    "<img src=\"https://cdn.example.com/img/{n}.jpg\" alt=\"{food} on a plate\" width=\"400\">",
    "<blockquote>{quote}</blockquote>",
    "<h2>{title}</h2><p>Chapter {n}</p>",
    "<span style=\"color: #c00; font-weight: bold\">Sale ends {day}!</span>",
    "<table><tr><th>Item</th><th>Price</th></tr><tr><td>{food}</td><td>{price}</td></tr></table>",
    "<p>Q&amp;A session at {time} &mdash; bring questions.</p>",
]


def rich_text():
    slots = dict(EN_SLOTS)
    slots["url"] = ["https://example.org/help", "https://shop.example.com/cart",
                    "/blog/2026/winter-sale", "mailto:help@example.com"]
    return [("html-rich", v)
            for v in from_templates(RICH_TEMPLATES, slots, 100)]


def hexs(n):
    return "".join(R.choice("0123456789abcdef") for _ in range(n))


def alnum(n, alphabet=string.ascii_letters + string.digits):
    return "".join(R.choice(alphabet) for _ in range(n))


def uuid4():
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:32]}"


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def jwt():
    head = b64url(b'{"alg":"HS256","typ":"JWT"}')
    body = b64url(json.dumps({"sub": str(R.randrange(10**6)),
                              "name": pick(FIRST), "iat": 1764547200 + R.randrange(10**6)},
                             separators=(",", ":")).encode())
    return f"{head}.{body}.{b64url(R.randbytes(32))}"


STREETS = ["Rue d'Alésia", "Main St.", "O'Connell Street", "Calle Mayor",
           "Königstraße", "Via dell'Orso"]


def structured():
    gens = [
        lambda: f"2026-{R.randrange(1, 13):02d}-{R.randrange(1, 29):02d}T{R.randrange(24):02d}:{R.randrange(60):02d}:00Z",
        lambda: f"{R.randrange(1, 29)}/{R.randrange(1, 13)}/2026",
        lambda: f"+{R.choice(['1', '33', '49', '353', '81'])} ({R.randrange(100, 999)}) {R.randrange(100, 999)}-{R.randrange(1000, 9999)}",
        lambda: f"{R.randrange(1, 200)} {pick(STREETS)}, {pick(CITIES)}",
        lambda: uuid4(), lambda: jwt(), lambda: hexs(40), lambda: alnum(24),
        lambda: f"v{R.randrange(5)}.{R.randrange(20)}.{R.randrange(30)}-beta+build.{R.randrange(99)}",
        lambda: f">={R.randrange(1, 4)}.{R.randrange(10)}, <{R.randrange(4, 6)}.0",
        lambda: f"{R.randrange(2, 99)} * ({R.randrange(2, 9)} + {R.randrange(2, 9)}) = ?",
        lambda: f"{R.uniform(-90, 90):.5f},{R.uniform(-180, 180):.5f}",
        lambda: f"{pick(['€', '$', '£'])}{R.randrange(1, 999)}.{R.randrange(100):02d}",
        lambda: f"{R.randrange(1, 99)}% off -- today only!",
        lambda: f"#{alnum(6, '0123456789ABCDEF')}",
        lambda: f"DE{R.randrange(10, 99)} {R.randrange(1000, 9999)} {R.randrange(1000, 9999)} {R.randrange(1000, 9999)} {R.randrange(1000, 9999)} {R.randrange(10, 99)}",
        lambda: json.dumps({"theme": pick(["dark", "light"]), "lang": pick(["en", "fr-FR", "de"]),
                            "notify": R.random() < .5}),
        lambda: ",".join(pick(WORDS) for _ in range(R.randrange(2, 6))),
        lambda: f"{pick(FIRST)};{pick(LAST)};{R.randrange(18, 90)};{pick(CITIES)}",
        lambda: f"SKU-{R.randrange(10**5)}-{pick(['XL', 'M', 'S'])}/{pick(['red', 'blue'])}",
        lambda: f"{R.randrange(1, 12)}:{R.randrange(60):02d} {pick(['am', 'pm'])} - {R.randrange(1, 12)}:{R.randrange(60):02d} {pick(['am', 'pm'])}",
        lambda: base64.b64encode(R.randbytes(R.randrange(12, 48))).decode(),
        lambda: f"{R.randrange(1, 5)}x {pick(EN_SLOTS['food'])} @ {pick(EN_SLOTS['price'])}",
        lambda: f"{pick(['Mozilla', 'Opera', 'curl'])}/{R.randrange(1, 9)}.{R.randrange(10)}",
        lambda: f"ORDER-{R.randrange(10**6):06d}",
        lambda: f"{pick(WORDS)}={pick(WORDS)}&{pick(WORDS)}={R.randrange(100)}",
    ]
    out = {}
    while len(out) < 230:
        out.setdefault(pick(gens)())
    return [("structured", v) for v in list(out)]


def unicode_text():
    items = ["👍", "🎉🎉🎉", "Ça va ? 😊", "naïve café façade", "Ωμέγα & Ἀθῆναι",
             "ﬁne ﬂour (ligatures)", "Ⅻ o'clock", "½ + ¼ = ¾", "“smart quotes” and ‘single’",
             "em — dash, en – dash", "tab\tseparated\tvalues", "line one\nline two",
             "Zürich → München ✈", "€100 ≈ $108", "x² + y² = z²", "℃ / ℉",
             "👩‍👩‍👧 family", "🏳️‍🌈", "ℌ𝔢𝔩𝔩𝔬", "Ｆｕｌｌｗｉｄｔｈ text", "ｓｅｌｅｃｔ ａｌｌ",
             "it’s O’Brien’s", "l’été dernier", "‹guillemets›", "¿Qué? ¡Sí!",
             "עברית בסדר", "हिन्दी में लिखा", "한국어 메모", "ไทย ทดสอบ", "Tiếng Việt có dấu"]
    out = list(items)
    while len(out) < 60:
        out.append(pick(items) + " " + pick(items))
    return [("unicode", v) for v in dict.fromkeys(out)]


# -- whole requests -----------------------------------------------------------

UAS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/130.0.0.0 Safari/537.36",
    "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:133.0) Gecko/20100101 Firefox/133.0",
    "Mozilla/5.0 (X11; Ubuntu; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
    "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
    "Mozilla/5.0 (Linux; Android 13; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/23.0 Chrome/115.0.0.0 Mobile Safari/537.36",
    "Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1",
    "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
    "curl/8.5.0", "python-requests/2.32.3", "okhttp/4.12.0", "PostmanRuntime/7.42.0",
]
HOSTS = ["shop.example.com", "www.example.org", "app.example.io", "api.example.com"]
SITE_PATHS = ["/", "/products/running-shoes", "/blog/2026/11/winter-sale",
              "/search", "/account/orders", "/cart", "/docs/getting-started",
              "/pricing", "/about-us", "/products/{n}", "/category/shoes/page/{n}",
              "/en-gb/help/faq", "/de/produkte/wanderschuhe", "/fr/l-equipe",
              "/articles/o-brien-interview", "/tags/select-boxes", "/union-station-guide"]
ACCEPT_HTML = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7"
LANGS = ["en-US,en;q=0.9", "de-DE,de;q=0.9,en-US;q=0.8,en;q=0.7",
         "fr-FR,fr;q=0.9,en;q=0.8", "es-ES,es;q=0.9", "ja,en-US;q=0.9,en;q=0.8",
         "en-GB,en;q=0.9", "pt-BR,pt;q=0.9,en-US;q=0.8,en;q=0.7"]


def site_path():
    return fill(pick(SITE_PATHS), {"n": [str(i) for i in range(1, 500)]})


def referer():
    kind = R.randrange(9)
    if kind == 0:
        return "https://www.google.com/"
    if kind == 1:
        return "https://www.bing.com/search?" + urlencode(
            {"q": " ".join(R.sample(WORDS, 2)), "form": "QBLH", "sp": "-1"})
    if kind == 2:
        return "https://l.facebook.com/l.php?" + urlencode(
            {"u": f"https://{pick(HOSTS)}{site_path()}?utm_source=facebook",
             "h": "AT" + alnum(40)})
    if kind == 3:
        return f"https://t.co/{alnum(10)}"
    if kind == 4:
        return f"https://news.ycombinator.com/item?id={R.randrange(4 * 10**7)}"
    if kind == 5:
        return (f"https://www.reddit.com/r/{pick(['python', 'webdev', 'running', 'europe'])}"
                f"/comments/{alnum(6).lower()}/{pick(['anyone_tried_this', 'o_brien_s_new_shop', 'select_vs_union_question'])}/")
    if kind == 6:
        return f"https://github.com/{pick(URL_SLOTS['user'])}/{pick(URL_SLOTS['repo'])}/blob/main/docs/readme.md"
    return f"https://{pick(HOSTS)}{site_path()}" + (
        "?" + urlencode({"q": pick(SEARCH_TEMPLATES[:1] + WORDS), "page": R.randrange(1, 9)})
        if R.random() < .5 else "")


def ts():
    return 1764547200 + R.randrange(30 * 86400)


def cookie_header():
    parts = []
    if R.random() < .8:
        parts.append(f"_ga=GA1.1.{R.randrange(10**9, 10**10)}.{ts()}")
        parts.append(f"_ga_{alnum(10, string.ascii_uppercase + string.digits)}="
                     f"GS1.1.{ts()}.{R.randrange(1, 40)}.1.{ts()}.0.0.0")
    if R.random() < .5:
        parts.append(f"_gid=GA1.2.{R.randrange(10**9)}.{ts()}")
    if R.random() < .4:
        parts.append(f"_fbp=fb.1.{ts()}{R.randrange(1000):03d}.{R.randrange(10**9)}")
    if R.random() < .3:
        parts.append(f"_gcl_au=1.1.{R.randrange(10**9)}.{ts()}")
    if R.random() < .5:
        parts.append(pick([f"sessionid={hexs(32)}", f"PHPSESSID={alnum(26, string.ascii_lowercase + string.digits)}",
                           f"JSESSIONID={hexs(32).upper()}", f"connect.sid=s%3A{alnum(32)}.{alnum(43)}",
                           f"session={b64url(R.randbytes(30))}.{alnum(6)}.{b64url(R.randbytes(20))}"]))
    if R.random() < .3:
        parts.append(f"csrftoken={alnum(32)}")
    if R.random() < .3:
        parts.append("OptanonConsent=" + quote(
            f"isGpcEnabled=0&datestamp=Mon Dec 01 2026 10:{R.randrange(60):02d}:00 GMT+0100 "
            f"(Central European Standard Time)&version=202409.1.0&browserGpcFlag=0&isIABGlobal=false"
            f"&hosts=&consentId={uuid4()}&interactionCount=1&landingPath=NotLandingPage"
            f"&groups=C0001:1,C0002:1,C0003:{R.randrange(2)},C0004:0", safe="=&:"))
    if R.random() < .2:
        parts.append("CookieConsent=" + quote(
            f"{{stamp:'{b64url(R.randbytes(30))}',necessary:true,preferences:false,"
            f"statistics:true,marketing:false,method:'explicit',ver:1,utc:{ts()}000,region:'de'}}",
            safe="{}:"))
    if R.random() < .3:
        parts.append(f"theme={pick(['dark', 'light'])}")
    if R.random() < .2:
        parts.append("cart=" + quote(json.dumps({"items": R.randrange(1, 5), "currency": "EUR"})))
    if R.random() < .2:
        parts.append(f"ajs_anonymous_id=%22{uuid4()}%22")
    if R.random() < .2:
        parts.append(f"_hjSessionUser_{R.randrange(10**6)}=" + b64url(json.dumps(
            {"id": uuid4(), "created": ts() * 1000, "existing": True}).encode()))
    if R.random() < .2:
        parts.append(f"__cf_bm={alnum(43)}-{ts()}-1.0.1.1-{alnum(60)}")
    if R.random() < .2:
        parts.append(f"lang={pick(['en', 'fr-FR', 'de-DE', 'pt_BR'])}")
    R.shuffle(parts)
    return "; ".join(parts)


def browser_headers(host, ua=None, accept=ACCEPT_HTML, nav=True):
    ua = ua or pick(UAS[:11])
    h = {"Host": host, "User-Agent": ua, "Accept": accept,
         "Accept-Language": pick(LANGS),
         "Accept-Encoding": "gzip, deflate, br, zstd"}
    if "Chrome" in ua and "Edg" not in ua and "Firefox" not in ua:
        h["sec-ch-ua"] = '"Google Chrome";v="131", "Chromium";v="131", "Not_A Brand";v="24"'
        h["sec-ch-ua-mobile"] = "?1" if "Mobile" in ua else "?0"
        h["sec-ch-ua-platform"] = pick(['"Windows"', '"macOS"', '"Linux"', '"Android"'])
    if R.random() < .85:
        h["Referer"] = referer()
    cookie = cookie_header()
    if cookie and R.random() < .8:
        h["Cookie"] = cookie
    if nav:
        h["Upgrade-Insecure-Requests"] = "1"
        h["Sec-Fetch-Dest"] = "document"
        h["Sec-Fetch-Mode"] = "navigate"
        h["Sec-Fetch-Site"] = pick(["none", "same-origin", "cross-site"])
        h["Sec-Fetch-User"] = "?1"
    h["Connection"] = "keep-alive"
    return h


TRACKING = {
    "utm_source": ["newsletter", "google", "facebook", "twitter", "linkedin", "hn"],
    "utm_medium": ["email", "cpc", "social", "referral", "display"],
    "utm_campaign": ["black_friday_2026", "spring-launch", "Q4 retargeting", "welcome-series"],
    "utm_content": ["hero-button", "footer_link", "banner 728x90"],
    "utm_term": ["running shoes", "o'brien shoes", "union jack flag", "select chair"],
}


def tracking_params():
    p = {}
    for k, v in TRACKING.items():
        if R.random() < .7:
            p[k] = pick(v)
    extra = R.randrange(6)
    if extra == 0:
        p["gclid"] = "Cj0KCQiA" + alnum(60, string.ascii_letters + string.digits + "-_")
    elif extra == 1:
        p["fbclid"] = "IwAR" + alnum(56, string.ascii_letters + string.digits + "-_")
    elif extra == 2:
        p["msclkid"] = hexs(32)
    elif extra == 3:
        p["mc_cid"], p["mc_eid"] = hexs(10), hexs(10)
    elif extra == 4:
        p["_hsenc"] = "p2ANqtz-" + alnum(60, string.ascii_letters + string.digits + "-_")
        p["_hsmi"] = str(R.randrange(10**8))
    else:
        p["sid"] = pick([hexs(16), str(ts()), alnum(20)])
        p["ref"] = pick(["producthunt", "partner_42", "app"])
    if R.random() < .3:
        p["_ga"] = f"2.{R.randrange(10**8)}.{R.randrange(10**9)}.{ts()}-{R.randrange(10**9)}.{ts()}"
    return p


def q(params):
    return urlencode(params, quote_via=quote)


def req(cls, method, uri, headers, body=None):
    item = {"class": cls, "method": method, "uri": uri, "headers": headers}
    if isinstance(body, bytes):
        try:
            text = body.decode("utf-8")
            if "\x00" in text:
                raise UnicodeDecodeError("utf-8", body, 0, 1, "nul")
            item["body"] = text
        except UnicodeDecodeError:
            item["body"] = None
            item["body_base64"] = base64.b64encode(body).decode()
    else:
        item["body"] = body
    if item.get("body") is not None or "body_base64" in item:
        n = len(body if isinstance(body, bytes) else body.encode("utf-8"))
        headers["Content-Length"] = str(n)
    return item


def page_loads(n):
    out = []
    for _ in range(n):
        host = pick(HOSTS[:3])
        path = site_path()
        params = tracking_params() if R.random() < .5 else {}
        if path == "/search" or R.random() < .2:
            params["q"] = pick(search_pool)
        uri = path + ("?" + q(params) if params else "")
        out.append(req("page", "GET", uri, browser_headers(host)))
    return out


def ga4_beacons(n):
    out = []
    for _ in range(n):
        host = pick(HOSTS[:3])
        page = f"https://{host}{site_path()}"
        if R.random() < .5:
            page += "?" + q(tracking_params())
        params = {
            "v": "2", "tid": "G-" + alnum(10, string.ascii_uppercase + string.digits),
            "gtm": "45je4bk0v" + str(R.randrange(10**8)), "_p": str(ts() * 1000),
            "gcd": "13l3l3l3l1", "npa": "0", "dma": "0",
            "cid": f"{R.randrange(10**9)}.{ts()}", "ul": pick(["en-us", "de-de", "fr-fr"]),
            "sr": pick(["1920x1080", "2560x1440", "390x844", "1366x768"]),
            "uaa": "x86", "uab": "64",
            "uafvl": "Google%20Chrome;131.0.6778.86|Chromium;131.0.6778.86|Not_A%20Brand;24.0.0.0",
            "uamb": "0", "uam": "", "uap": pick(["Windows", "macOS", "Linux"]),
            "uapv": "15.0.0", "uaw": "0", "are": "1", "frm": "0", "pscdl": "noapi",
            "_s": str(R.randrange(1, 9)), "sid": str(ts()), "sct": str(R.randrange(1, 30)),
            "seg": "1", "dl": page, "dt": pick(["Shop – Home", "O'Brien's Bakery | Menu",
                                                  "Select the right size", "Union Station Guide"]),
            "en": pick(["page_view", "scroll", "click", "view_item", "user_engagement"]),
            "tfd": str(R.randrange(100, 20000)),
        }
        if R.random() < .7:
            params["dr"] = referer()
        if params["en"] == "scroll":
            params["epn.percent_scrolled"] = "90"
        if params["en"] == "view_item":
            params["pr1"] = f"idSKU_{R.randrange(10**5)}~nm{pick(['Trail Shoe', 'Rock n Roll Tee'])}~pr{R.randrange(10, 200)}.00"
        h = browser_headers(host, accept="*/*", nav=False)
        h["Origin"] = f"https://{host}"
        h["Referer"] = page
        h["Sec-Fetch-Dest"], h["Sec-Fetch-Mode"], h["Sec-Fetch-Site"] = "empty", "no-cors", "cross-site"
        out.append(req("beacon-ga4", "POST" if R.random() < .7 else "GET",
                       "/g/collect?" + q(params), h))
    return out


def matomo_beacons(n):
    out = []
    for _ in range(n):
        host = pick(HOSTS[:3])
        page = f"https://{host}{site_path()}"
        params = {
            "action_name": pick(["Home", "Products / Running shoes", "O'Brien's story",
                                 "Search results for \"union jack\""]),
            "idsite": str(R.randrange(1, 9)), "rec": "1", "r": str(R.randrange(10**6)),
            "h": str(R.randrange(24)), "m": str(R.randrange(60)), "s": str(R.randrange(60)),
            "url": page + ("?" + q(tracking_params()) if R.random() < .5 else ""),
            "urlref": referer(), "_id": hexs(16), "_idn": "0", "_refts": str(ts()),
            "send_image": "0", "cookie": "1", "res": pick(["1920x1080", "1440x900"]),
            "pv_id": alnum(6), "pf_net": str(R.randrange(500)), "pf_srv": str(R.randrange(300)),
            "uadata": json.dumps({"fullVersionList": [{"brand": "Chromium", "version": "131.0.6778.86"}],
                                  "mobile": False, "platform": "Windows"}),
        }
        h = browser_headers(host, accept="*/*", nav=False)
        h["Referer"] = page
        out.append(req("beacon-matomo", "GET", "/matomo.php?" + q(params), h))
    return out


def pixel_beacons(n):
    out = []
    for _ in range(n):
        host = pick(HOSTS[:3])
        params = {"sid": pick([hexs(16), str(ts()), alnum(24)]), "e": pick(["pv", "click", "se"]),
                  "url": f"https://{host}{site_path()}", "ref": referer(),
                  "tz": pick(["Europe/Paris", "America/New_York", "Asia/Tokyo"]),
                  "vp": "1280x720", "ds": "1280x3400", "cs": "UTF-8", "lang": "en-US",
                  "ts": str(ts() * 1000)}
        params.update(tracking_params())
        h = browser_headers(host, accept="image/avif,image/webp,image/apng,image/*,*/*;q=0.8", nav=False)
        out.append(req("beacon-pixel", "GET", "/px.gif?" + q(params), h))
    return out


def api_headers(host, ctype="application/json"):
    h = browser_headers(host, accept="application/json, text/plain, */*", nav=False)
    origin = f"https://{pick(['app.example.io', 'www.example.org', 'shop.example.com'])}"
    h["Origin"] = origin
    h["Referer"] = origin + site_path()
    h["Sec-Fetch-Dest"], h["Sec-Fetch-Mode"], h["Sec-Fetch-Site"] = "empty", "cors", "same-site"
    if R.random() < .5:
        h["Authorization"] = "Bearer " + jwt()
    if R.random() < .3:
        h["X-Requested-With"] = "XMLHttpRequest"
    if R.random() < .2:
        h["X-CSRF-Token"] = alnum(40)
    if ctype:
        h["Content-Type"] = ctype
    return h


def api_json(n):
    out = []
    for _ in range(n):
        host = "api.example.com"
        kind = R.randrange(4)
        if kind == 0:
            body = {"note": pick(value_pool), "visibility": pick(["public", "private"])}
        elif kind == 1:
            body = {"author": {"name": pick(name_pool), "email": pick(email_pool)},
                    "comment": pick(value_pool), "tags": R.sample(WORDS, 3)}
        elif kind == 2:
            body = {"event": pick(["click", "signup", "search"]), "sid": hexs(16),
                    "props": {"path": site_path(), "referrer": referer(),
                              "utm": tracking_params(), "q": pick(search_pool)},
                    "ts": ts() * 1000}
        else:
            body = {"title": pick(value_pool)[:80], "body_md": pick(md_pool),
                    "attachments": [{"name": pick(path_pool).split("/")[-1], "size": R.randrange(10**6)}]}
        uri = pick(["/api/v1/notes", "/api/v1/comments", "/v2/events", "/api/v1/posts"])
        text = json.dumps(body, ensure_ascii=R.random() < .3)
        out.append(req("api-json", "POST" if R.random() < .8 else "PUT", uri,
                       api_headers(host, "application/json" + pick(["", "; charset=utf-8"])),
                       text.encode("utf-8")))
    return out


def api_get(n):
    out = []
    for _ in range(n):
        params = {}
        for k, v in [("q", lambda: pick(search_pool)), ("page", lambda: str(R.randrange(1, 50))),
                     ("per_page", lambda: pick(["20", "50", "100"])),
                     ("sort", lambda: pick(["-created_at", "name", "price,-rating", "updated_at desc"])),
                     ("fields", lambda: "id,name,email,created_at"),
                     ("filter[status]", lambda: pick(["open", "closed", "in-progress"])),
                     ("filter[author]", lambda: pick(name_pool)),
                     ("since", lambda: "2026-11-01T00:00:00Z"),
                     ("include", lambda: "author,comments.author"),
                     ("callback_url", lambda: f"https://{pick(HOSTS)}/hooks/{alnum(8)}"),
                     ("email", lambda: pick(email_pool)),
                     ("path", lambda: pick(path_pool))]:
            if R.random() < .35:
                params[k] = v()
        uri = pick(["/api/v1/notes", "/api/v1/users", "/v2/search", "/api/v1/orders"]) + \
            ("?" + q(params) if params else "")
        out.append(req("api-get", "GET", uri, api_headers("api.example.com", None)))
    return out


def form_posts(n):
    out = []
    for _ in range(n):
        host = pick(HOSTS[:3])
        kind = R.randrange(3)
        if kind == 0:
            fields = {"name": pick(name_pool), "email": pick(email_pool),
                      "subject": pick(["Order question", "Re: your invoice", "Feedback"]),
                      "message": pick(value_pool)}
        elif kind == 1:
            fields = {"username": pick(email_pool), "password": alnum(14, string.ascii_letters + string.digits + "!#%&*?@"),
                      "remember": "on", "next": site_path()}
        else:
            fields = {"q": pick(search_pool), "category": pick(["all", "shoes", "books"]),
                      "sort": pick(["relevance", "price-asc"])}
        fields["csrfmiddlewaretoken"] = alnum(64)
        h = browser_headers(host)
        h["Origin"] = f"https://{host}"
        h["Content-Type"] = "application/x-www-form-urlencoded"
        out.append(req("form", "POST", pick(["/contact", "/login", "/search", "/account/settings"]),
                       h, q(fields).replace("%20", "+").encode()))
    return out


def png_bytes(w, h):
    raw = b"".join(b"\x00" + R.randbytes(w * 3) for _ in range(h))

    def chunk(t, data):
        c = t + data
        return struct.pack(">I", len(data)) + c + struct.pack(">I", zlib.crc32(c))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


def jpeg_bytes(n):
    return (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01\x00\x01\x00\x00"
            + b"\xff\xdb\x00\x43\x00" + R.randbytes(64) + b"\xff\xda\x00\x0c\x03\x01\x00\x02\x11\x03\x11\x00\x3f\x00"
            + R.randbytes(n) + b"\xff\xd9")


def pdf_bytes(n):
    stream = zlib.compress(f"BT /F1 12 Tf 72 712 Td ({pick(value_pool)[:40]}) Tj ET".encode("latin-1", "replace"))
    return (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n"
            + b"4 0 obj\n<< /Length " + str(len(stream)).encode() + b" /Filter /FlateDecode >>\nstream\n"
            + stream + b"\nendstream\nendobj\n" + R.randbytes(n) + b"\n%%EOF\n")


def zip_bytes():
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for i in range(R.randrange(1, 4)):
            info = zipfile.ZipInfo(f"{pick(PATH_SLOTS['name'])}_{i}.txt", (2026, 11, 30, 12, 0, 0))
            z.writestr(info, "\n".join(pick(value_pool) for _ in range(5)))
    return buf.getvalue()


def binary_file():
    kind = R.randrange(4)
    if kind == 0:
        return "image/png", f"{pick(PATH_SLOTS['name'])}.png", png_bytes(R.randrange(8, 24), R.randrange(8, 24))
    if kind == 1:
        return "image/jpeg", f"IMG_{R.randrange(10**4):04d}.jpg", jpeg_bytes(R.randrange(500, 4000))
    if kind == 2:
        return "application/pdf", f"{pick(PATH_SLOTS['name'])}.pdf", pdf_bytes(R.randrange(200, 3000))
    return "application/zip", f"{pick(PATH_SLOTS['name'])}.zip", zip_bytes()


def multipart(n):
    out = []
    for _ in range(n):
        boundary = "----WebKitFormBoundary" + alnum(16)
        parts = []
        fields = {"title": pick(value_pool)[:60], "description": pick(value_pool)}
        for k, v in fields.items():
            parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="{k}"\r\n\r\n'.encode()
                         + v.encode() + b"\r\n")
        if R.random() < .25:
            ctype, fname, data = "text/plain", f"{pick(PATH_SLOTS['name'])}.txt", \
                "\n".join(pick(value_pool) for _ in range(4)).encode()
        else:
            ctype, fname, data = binary_file()
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{fname}"\r\n'
                     f'Content-Type: {ctype}\r\n\r\n'.encode() + data + b"\r\n")
        body = b"".join(parts) + f"--{boundary}--\r\n".encode()
        h = api_headers(pick(HOSTS), f"multipart/form-data; boundary={boundary}")
        out.append(req("multipart", "POST", pick(["/upload", "/api/v1/attachments", "/account/avatar"]), h, body))
    return out


def binary_bodies(n):
    out = []
    for _ in range(n):
        kind = R.randrange(4)
        if kind == 0:
            ctype, _, data = binary_file()
        elif kind == 1:
            ctype, data = "application/octet-stream", R.randbytes(R.randrange(256, 4096))
        elif kind == 2:
            # protobuf-like: tag/length fields around text and varints
            data = b"".join(bytes([0x0a, len(s)]) + s for s in
                            (pick(value_pool)[:100].encode("utf-8")[:100] for _ in range(4))) \
                + b"\x10" + bytes([R.randrange(128)]) + b"\x18\x00"
            ctype = "application/x-protobuf"
        else:
            ctype, data = "application/msgpack", b"\x83\xa4name" + bytes([0xa0 | 5]) + b"Hello" \
                + b"\xa2id\xce" + R.randbytes(4) + b"\xa4blob\xc5" + struct.pack(">H", 300) + R.randbytes(300)
        out.append(req("binary", pick(["POST", "PUT"]), pick(["/upload/raw", "/api/v1/blobs", "/ingest"]),
                       api_headers("api.example.com", ctype), data))
    return out


def compressed_bodies(n):
    out = []
    for _ in range(n):
        body = json.dumps({"events": [{"sid": hexs(16), "name": pick(["pv", "click"]),
                                       "note": pick(value_pool)} for _ in range(R.randrange(2, 8))]})
        h = api_headers("api.example.com", "application/json")
        h["Content-Encoding"] = "gzip"
        out.append(req("compressed", "POST", pick(["/v2/events", "/api/v1/batch"]), h,
                       gzip.compress(body.encode(), mtime=0)))
    return out


def odd_headers(n):
    out = []
    for _ in range(n):
        h = api_headers("api.example.com", None)
        name = pick(["X_Client_Version", "X_Request_Source", "app_version", "X-Device_Id", "client_id"])
        h[name] = pick(["4.2.1", "ios", hexs(16), "web-2026.11"])
        out.append(req("header-underscore", "GET", "/api/v1/notes?" + q({"page": R.randrange(1, 9)}), h))
    return out


# Pools the request generators draw free text from (filled in main()).
value_pool, search_pool, name_pool, email_pool, path_pool, md_pool = [], [], [], [], [], []


def main(argv=None):
    argv = sys.argv[1:] if argv is None else argv
    out_dir = Path(argv[1]) if argv[:1] == ["--out"] else HERE
    values_file = out_dir / VALUES_FILE.name
    requests_file = out_dir / REQUESTS_FILE.name
    R.seed(SEED)
    values = []
    for part in (prose, search_terms, names, emails, urls, paths, markdown,
                 code, shell, docstrings, rich_text, structured, unicode_text):
        values += part()
    seen, rows = set(), []
    counters = {}
    for cls, v in values:
        if v in seen:
            continue
        seen.add(v)
        counters[cls] = counters.get(cls, 0) + 1
        rows.append({"id": f"own-{cls}-{counters[cls]:04d}", "class": cls, "value": v})
    by_class = {}
    for r in rows:
        by_class.setdefault(r["class"], []).append(r["value"])
    value_pool[:] = [v for c, vs in by_class.items() if c.startswith("prose") for v in vs]
    search_pool[:] = by_class["search"]
    name_pool[:] = by_class["name"]
    email_pool[:] = by_class["email"]
    path_pool[:] = by_class["path"]
    md_pool[:] = by_class["markdown"]

    requests = (page_loads(150) + ga4_beacons(90) + matomo_beacons(40)
                + pixel_beacons(40) + api_json(100) + api_get(60) + form_posts(50)
                + multipart(40) + binary_bodies(24) + compressed_bodies(12)
                + odd_headers(12))
    counters = {}
    for r in requests:
        counters[r["class"]] = counters.get(r["class"], 0) + 1
        r["id"] = f"own-{r['class']}-{counters[r['class']]:04d}"
    with open(values_file, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(requests_file, "w", encoding="utf-8", newline="\n") as f:
        for r in requests:
            r = {"id": r.pop("id"), **r}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(f"{values_file}: {len(rows)} values; "
          f"{requests_file}: {len(requests)} requests", file=sys.stderr)


if __name__ == "__main__":
    main()
