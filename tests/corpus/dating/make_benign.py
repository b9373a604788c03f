"""Held-out benign corpus for the dating / social-matching app theme.

Every value is hand-written for this corpus (literals below) or produced by a
small template over hand-written pools.  Values imitate what real users type
into ordinary fields of a dating app: bios, prompt answers, basics (height,
age), interest tags, chat lines, location/distance filters, search filters,
safety reports, photo captions / file names, and multilingual profiles.

Output: benign.jsonl next to this file.  Deterministic: random.Random(SEED).
"""
import json
import random
from pathlib import Path

SEED = 8401
PREFIX = "hb84"
PER_CATEGORY = 80

# ---------------------------------------------------------------- bio
BIO = [
    "Part-time barista, full-time dog dad 🐶 | Looking for someone who'll fight me for the last slice of pizza 🍕",
    "5'9\" if you round up (please round up). Nurse on night shifts so I reply at 3am, sorry in advance 😅",
    "I'm the friend who brings snacks to the hike & forgets water. Let's balance each other out?",
    "Software dev by day; amateur chef by night. Yes, I will judge your coffee order ☕",
    "Recovering perfectionist. Currently learning Portuguese -- mostly swear words so far 🇧🇷",
    "Not here for hookups. Looking for something real <3",
    "Dad joke enthusiast. Why did the SQL query break up with the table? It had too many issues with commitment 😂",
    "My mom says I'm a catch. My therapist says \"let's unpack that.\"",
    "Climber 🧗 | runner | will drop everything for a good taco truck",
    "If you can't handle me at my worst you definitely can't handle me before coffee ☕☕☕",
    "Teacher (3rd grade) => professional glitter remover ✨",
    "Swipe left if you hate cats. Swipe right if you're ok w/ being outnumbered by them 🐈🐈🐈",
    "Just moved here from Chicago; show me where the good pizza is (and no, deep dish isn't pizza, fight me)",
    "Introvert w/ extrovert tendencies after 2 drinks 🍷",
    "Single mom of 2 amazing kids. They come first, always. If that's cool with you, say hi!",
    "I work in cybersecurity so yes, I'll ask why your password is your dog's name 🙃",
    "Bookworm 📚 Currently reading: \"The Name of the Wind\" (for the 3rd time)",
    "Gym 5x/week, but also pizza 5x/week. Balance.",
    "Lawyer. I promise I'm more fun than that sounds. Objection: sustained? 😏",
    "Looking for my player 2 🎮 | Switch, PS5 & the occasional board game night",
    "Vegan 🌱 but won't judge your burger... much.",
    "ENFP | Scorpio ☀️ Leo 🌙 | I know, I know",
    "Musician 🎸 — I play bass in a band you've never heard of (yet)",
    "Half Irish, half Korean, 100% bad at parallel parking",
    "Divorced, not bitter. Ready for chapter 2 📖",
    "Pilot ✈️ gone a lot, but when I'm home I'm HOME.",
    "Medical student. My schedule is chaos but my heart is in the right place (left of center, technically) 🫀",
    "Sarcasm is my love language. Also acts of service. Mostly sarcasm.",
    "DM me your best \"drop the mic\" moment 🎤",
    "Ex-military. Now I make furniture out of old pallets & drink too much coffee",
    "I'll be the one laughing at my own jokes 🤭",
    "Sober 2 years 💪 Coffee dates > bar dates",
    "Nature > nightlife. Tent > hotel. You > your phone (hopefully)",
    "Trying to find someone to split a Costco membership with... and maybe a life?",
    "Trans woman 🏳️‍⚧️ she/her. Please read before messaging, thanks!",
    "Recently got into pottery. Everything I make is a bowl, whether I planned it or not 🥣",
    "Hot take: pineapple on pizza is fine & cilantro is soap.",
    "Data analyst who uses Excel for everything, including planning dates. =IF(you_swipe_right,\"date\",\"sad\")",
    "Photographer 📷 I'll make sure you're never the one with the bad pic in the group chat",
    "I own more plants than forks 🌿🌿🌿 Send help (or a plant)",
    "Just a guy with a truck & a golden retriever. Yes, that's both of them in pic #3",
    "No drama. Life's too short & I'm too tired. 😴",
    "Psychology grad, so I'm analyzing your bio right now ;)",
    "Marathon runner (slow) 🏃‍♀️ PR: 4:12:30. Goal: under 4 hrs before I'm 35",
    "Poly & partnered — my nesting partner knows I'm here. Honesty > everything.",
    "Night owl 🦉 Early mornings are a myth invented by people with dogs",
    "Kind of a nerd: Linux at home, vinyl on the turntable, sourdough in the oven.",
    "Ask me about my 2019 road trip. Or don't. I'll tell you anyway 🚗",
    "Grew up on a farm in Iowa -> moved to NYC -> still say \"ope\"",
    "Husband material? Debatable. Excellent at assembling IKEA furniture? Proven.",
    "Chef 👨‍🍳 I cook, you do the dishes. Deal?",
    "Deaf 🤟 I use ASL & text. Happy to teach you some signs!",
    "Wheelchair user ♿ — my wheels are faster than your legs, just saying",
    "About me:\n- 32, Leo\n- works in IT (no, I won't fix your wifi)\n- cooks a mean risotto\n\nAbout you:\n- kind\n- funny\n- tolerates puns",
    "Things I'm into:\n1. climbing 🧗\n2. bad sci-fi\n3. you? 😏",
]
BIO_JOBS = ["nurse", "electrician", "UX designer", "teacher", "paramedic", "accountant", "barber",
            "vet tech", "line cook", "PhD student", "firefighter", "architect", "DJ", "baker"]
BIO_LIKES = ["hiking 🥾", "bad karaoke 🎤", "farmers markets", "true crime podcasts", "road trips",
             "thrift stores", "board games 🎲", "live music", "brunch", "Sunday football 🏈",
             "museums", "camping ⛺", "ramen 🍜", "salsa dancing 💃"]
BIO_WANTS = ["someone who texts back", "a partner in crime (legal crime only)", "my +1 for weddings",
             "something long-term", "a hiking buddy -> maybe more", "someone kind & curious",
             "a person who won't steal my hoodies (ok, you can steal one)"]


def bio_template(rng):
    return (f"{rng.choice(BIO_JOBS).capitalize()} | {rng.randint(23, 48)} | loves "
            f"{rng.choice(BIO_LIKES)} & {rng.choice(BIO_LIKES)}. Looking for {rng.choice(BIO_WANTS)}.")


# ---------------------------------------------------------------- prompt
PROMPT = [
    "Two truths and a lie: I've been to 14 countries; I can juggle; I've never seen Star Wars.",
    "Two truths and a lie: I was on TV once; I'm allergic to cats; I once ate 40 dumplings in one sitting 🥟",
    "My most irrational fear: geese. They know what they did. 🪿",
    "The way to win me over is... remembering my coffee order (oat latte, extra shot) ☕",
    "I'm looking for: someone who's \"down to earth\" but also down to fly to Lisbon on a whim ✈️",
    "Typical Sunday: farmers market -> nap -> \"one episode\" that turns into 6",
    "I geek out on: SQL joins, honestly. Left join me on a date? 🤓",
    "My simple pleasures: fresh sheets, the first sip of coffee, and when the bus arrives *exactly* on time",
    "Don't hate me if I... quote The Office in every single conversation. \"That's what she said.\"",
    "Unusual skills: I can name every country's capital & I can parallel park on the 1st try (sometimes)",
    "Dating me is like: a rollercoaster, but with snacks & a seatbelt 🎢",
    "Green flags I look for: says \"thank you\" to the bus driver; is nice to waiters; owns a plant that's still alive",
    "Red flag: \"I don't read.\" Dealbreaker 🚩",
    "A shower thought I recently had: if you drop soap on the floor, is the floor clean or is the soap dirty?",
    "Biggest risk I've taken: quitting my job in finance to open a bakery 🥐 (no regrets... mostly)",
    "Let's debate this topic: is a hot dog a sandwich? (Correct answer: no.)",
    "I'll fall for you if... you can make me laugh until I snort. It's not cute. You've been warned 🐷",
    "My love language is: sending memes at 2am > saying \"I love you\"",
    "I go crazy for: spicy food 🌶️🌶️🌶️ the hotter the better",
    "Best travel story: missed the last train in Kyoto, ended up singing karaoke with a bunch of salarymen until 5am 🎤",
    "Give me travel tips for: Japan in November 🇯🇵 (going solo, first time!)",
    "Together, we could: finally finish a 1000-piece puzzle 🧩",
    "Never have I ever: eaten a whole pizza by myself. Lie. I have. Twice.",
    "I want someone who: doesn't say \"I'm not like other girls/guys\"",
    "The key to my heart is: tacos. Specifically al pastor 🌮",
    "I recently discovered that: octopuses have 3 hearts <3<3<3",
    "Believe it or not, I: hold a black belt in taekwondo 🥋",
    "My golden rule: leave the campsite cleaner than you found it ⛺",
    "I'm convinced that: the best conversations happen after midnight 🌙",
    "This year, I really want to: run a half marathon & learn to make pasta from scratch",
    "My happy place: a quiet café w/ a good book & rain outside ☔",
    "Change my mind: \"Die Hard\" is a Christmas movie 🎄",
    "We'll get along if: you think \"let's drop by\" means bring snacks",
    "Worst idea I've ever had: \"how hard can it be to cut my own bangs?\" ✂️",
    "I bet you can't: beat me at Mario Kart. Rainbow Road, winner picks the restaurant.",
    "Favorite line from a movie: \"Here's looking at you, kid.\"",
    "The hallmark of a good relationship: you can sit in silence & it's not weird",
    "I'm weirdly attracted to: people who use semicolons correctly; it's a problem",
    "First round is on me if: you tell me your most embarrassing moment 🍻",
    "Some trivia about me: I was born on a leap year so technically I'm 7 🎂",
    "I take pride in: my spreadsheet of every restaurant I've ever been to (rated 1-10)",
    "Two truths and a lie: I speak 3 languages; I've met the Pope; I hate chocolate 🍫",
    "I won't shut up about: the fact that \"select\" is my favorite Pokémon card shop in town",
    "My cry-in-the-car song: \"Fix You\" — Coldplay. Don't @ me 😭",
    "Hottest take: cereal is a soup 🥣",
    "Let's make sure we're on the same page about: kids (want 'em someday), pets (yes), smoking (no)",
    "I'm overly competitive about: Scrabble. I once played \"QUIXOTIC\" on a triple word. 🏆",
    "What I order for the table: everything w/ truffle & a round of tequila shots 🥃",
    "Dating me will look like: spontaneous day trips, terrible puns, & ~too much~ Thai food",
    "You should *not* go out with me if: you think 8am on a Saturday is a reasonable time for brunch",
    "Two truths and a lie: I've skydived twice; I was born in Alaska; I cried at Toy Story 4",
]
PROMPT_Q = ["Two truths and a lie:", "My most irrational fear:", "I'm weirdly attracted to:",
            "Typical Sunday:", "My simple pleasures:", "A life goal of mine:", "I geek out on:",
            "Green flag I look for:"]
PROMPT_A = ["people who say \"please\" & \"thank you\"", "dogs in sweaters 🐕", "late-night diners",
            "learning to surf (badly) 🏄", "a 10/10 playlist", "spiders (all of them)", "rainy days & tea",
            "making pasta from scratch 🍝", "someone who reads the menu before we arrive",
            "sunrise hikes -> pancakes", "my grandma's recipes", "The Great British Bake Off"]


def prompt_template(rng):
    q = rng.choice(PROMPT_Q)
    if q.startswith("Two truths"):
        return f"{q} {rng.choice(PROMPT_A)}; {rng.choice(PROMPT_A)}; {rng.choice(PROMPT_A)}"
    return f"{q} {rng.choice(PROMPT_A)}"


# ---------------------------------------------------------------- basics (height, age, etc.)
BASICS = [
    "5'10\"",
    "178 cm",
    "29 y/o",
    "6'2\" (188cm) — yes I'm actually that tall",
    "5' 4\"",
    "5'11\" on a good day, 5'10.5\" realistically",
    "163cm / 5'4\"",
    "Age: 34 | Height: 6'0\" | Kids: none, wants someday",
    "31, 5'7\", Sagittarius",
    "Drinks: socially 🍷 | Smokes: never | Weed: no | Drugs: no",
    "Exercise: active | Education: Master's | Religion: agnostic",
    "Height: 172 cm; Weight: prefer not to say",
    "I'm 5'6\" & I'll wear heels, so if that's a problem, swipe left 👠",
    "Age range 27-38",
    "Looking for: long-term, open to short",
    "Pronouns: they/them",
    "Relationship type: monogamy",
    "Relationship type: ethical non-monogamy (ENM)",
    "Politics: moderate | Star sign: ♊ Gemini",
    "Family plans: don't want kids, but love my nieces & nephews",
    "Hometown: São Paulo 🇧🇷 -> now Berlin",
    "Job title: Sr. Backend Engineer @ a fintech (no, I can't fix your printer)",
    "School: Univ. of Michigan '15",
    "Languages: English (native), Español (B2), 日本語 (beginner)",
    "Zodiac: Capricorn ♑ | MBTI: INTJ-A",
    "Pets: 1 dog (Biscuit), 2 cats (Salt & Pepper)",
    "Height 6'4\" — yes, I can reach the top shelf for you",
    "Born 1991 -> 33 yrs old",
    "Age: 42 (but feel 29)",
    "193cm",
    "5ft 3in",
    "1.82 m",
    "I'm 26, she/her, 5'5\"",
    "Education: high school + trade school (licensed plumber 🔧)",
    "Religion: Muslim, practicing ☪️",
    "Religion: Jewish (reform) ✡️",
    "Ethnicity: Black / Caribbean",
    "Vaccinated: yes 💉",
    "Diet: pescatarian 🐟",
    "Smoking: trying to quit (3 weeks so far!)",
    "Cannabis: sometimes 🌿",
    "Kids: have 1 (50/50 custody)",
    "Sleep schedule: early bird 🐦 (in bed by 10pm)",
    "Social media: >5 hrs/day, I'm not proud of it",
    "Love style: Quality time > Words > Touch > Acts > Gifts",
    "Height: 5'8\" / 173 cm | Age: 30 | Location: Austin, TX",
    "Weight: 75 kg (165 lbs)",
    "Body type: athletic-ish",
    "Age 38, divorced, 2 kids (7 & 10)",
    "Age: 25 | Height: 158cm | Uni: TU München",
]
HEIGHTS_FT = [(5, 2), (5, 3), (5, 5), (5, 7), (5, 8), (5, 9), (5, 10), (5, 11), (6, 0), (6, 1), (6, 3)]
SIGNS = ["Aries ♈", "Taurus ♉", "Cancer ♋", "Leo ♌", "Virgo ♍", "Libra ♎", "Scorpio ♏", "Pisces ♓"]


def basics_template(rng):
    ft, inch = rng.choice(HEIGHTS_FT)
    cm = round((ft * 12 + inch) * 2.54)
    form = rng.randint(0, 2)
    if form == 0:
        return f"{ft}'{inch}\" ({cm} cm), {rng.randint(21, 55)} y/o"
    if form == 1:
        return f"Age: {rng.randint(21, 55)} | Height: {cm}cm | {rng.choice(SIGNS)}"
    return f"{rng.randint(21, 55)}, {ft}'{inch}\", {rng.choice(SIGNS)}"


# ---------------------------------------------------------------- interests / tags
INTERESTS = [
    "#hiking #coffee #dogs",
    "Hiking, Coffee, Dogs, Travel",
    "yoga; meditation; vegan cooking",
    "rock climbing | bouldering | via ferrata",
    "Board games (Catan, Wingspan, Codenames)",
    "#foodie #wine #travel #photography 📷",
    "sci-fi & fantasy, D&D (I'm the DM 🐉)",
    "anime, manga, J-pop 🎌",
    "Formula 1 🏎️ (Team Ferrari, unfortunately)",
    "K-dramas, Korean BBQ, 노래방",
    "tag: \"outdoorsy\"",
    "tags=hiking,camping,kayaking",
    "Salsa, bachata, kizomba 💃🕺",
    "C++, Rust, mechanical keyboards ⌨️",
    "craft beer 🍺 / home brewing",
    "True crime; murder mysteries; escape rooms 🔐",
    "Jazz 🎷, blues, vinyl collecting",
    "#gymlife #mealprep #powerlifting",
    "Politics, philosophy & long debates (respectfully)",
    "cooking > takeout",
    "Drag Race 👑, brunch, karaoke",
    "Skiing ⛷️ & snowboarding (mostly falling)",
    "Astrology ✨ tarot 🔮 crystals",
    "Pottery, knitting, sewing — basically a grandma at heart 🧶",
    "surfing / skateboarding / longboarding",
    "Reading: Murakami, Le Guin, Pratchett",
    "#plantparent #thrifting #vintage",
    "Marvel > DC (don't @ me)",
    "Running 🏃 — 5K, 10K, half, full",
    "Chess ♟️ (1450 on lichess, come at me)",
    "volunteering @ animal shelter 🐾",
    "Stand-up comedy, improv, open mics 🎤",
    "Theatre & musicals: Hamilton, Les Mis, Wicked",
    "Gardening 🌻; beekeeping 🐝",
    "Cycling 🚴 (road + gravel)",
    "Football ⚽ (the real one) & NFL 🏈 (the other one)",
    "Baking: sourdough, croissants, macarons",
    "Camping | Fishing | Hunting",
    "Languages: learning Italian 🇮🇹 on Duolingo (Day 412 🔥)",
    "Coffee snob ☕ — V60 > French press > espresso",
    "Scuba diving 🤿 (PADI Advanced)",
    "Gaming: Elden Ring, Zelda, Stardew Valley",
    "Interests: N/A — ask me!",
    "museums; art galleries; 'weird' indie films",
    "#sober #coffee #hiking #books",
    "Wine tasting 🍷 (Napa, Sonoma, Rioja)",
    "Podcasts: Radiolab, 99% Invisible, Serial",
    "Fitness -> CrossFit (yes, I'll tell you about it)",
    "Horror movies 🎃 & haunted houses",
    "Photography: film cameras (35mm & 120)",
]
TAGS = ["hiking", "coffee", "dogs", "cats", "travel", "yoga", "gaming", "books", "cooking", "wine",
        "running", "music", "art", "climbing", "anime", "foodie", "sushi", "cycling", "netflix", "beach"]


def interests_template(rng):
    picks = rng.sample(TAGS, rng.randint(3, 5))
    form = rng.randint(0, 2)
    if form == 0:
        return " ".join("#" + t for t in picks)
    if form == 1:
        return ", ".join(t.capitalize() for t in picks)
    return "tags=" + ",".join(picks)


# ---------------------------------------------------------------- messages (first messages & chat)
MESSAGE = [
    "Hey! Your dog is adorable 😍 what's his name?",
    "Ok I have to ask... is that you at Machu Picchu in pic 3? I'm going in June!",
    "Hi :) I'm also a huge fan of \"The Office\" — Jim or Dwight?",
    "lol I can't believe you said pineapple on pizza is fine. We can't be friends. Jk 😂",
    "Two truths & a lie, my guess: you've never seen Star Wars is the lie?",
    "Haha that's hilarious. Wanna grab a drink Thursday? 7pm @ The Rusty Anchor?",
    "I'm free Sat after 2 -- coffee?",
    "Sorry for the late reply!! Work was insane this week 😩",
    "You had me at \"tacos\" 🌮",
    "What's your go-to karaoke song? Mine's \"Don't Stop Believin'\" and I'm NOT sorry",
    "I'm running ~10 min late, sorry!! Traffic on I-95 is a nightmare 🚗",
    "Is it weird that I already know what I'd order at that place you mentioned? 😅",
    "Okay so the drop-off at the airport went fine, I'm home now. Had a great time tonight ❤️",
    "Where are you from originally? Your accent in the voice note is cute",
    "hahaha \"select all squares with traffic lights\" is my villain origin story",
    "I'm not much of a texter, would you rather just meet? 🙂",
    "Hope your exam went well!! 🍀",
    "That's so cool you're a nurse, thank you for everything you do 🙏",
    "Wait, you're a Scorpio too?? Uh oh 😂",
    "Just got home, thanks for dinner! Next one's on me ;)",
    "Not gonna lie, I looked up \"what is a Hinge prompt\" before writing this",
    "I'm 5'11\" btw since your bio says 6ft+ only 😬 hope that's ok haha",
    "So... what's the story behind the hat in your 2nd pic?",
    "Cheers 🍻 to the first person who's ever matched me on a Tuesday at 2am",
    "lol my friends dared me to message you with \"hey\" so: hey",
    "Omg I love that book!! Who's your favorite character?",
    "Ok real question: cats or dogs? There's a wrong answer.",
    "My phone died, sorry 😭 Still on for tomorrow?",
    "Here's my number: 555-0142 — text me 😊",
    "Can we reschedule? Something came up w/ my sister & I need to drive to Boston tonight",
    "😂😂😂 I'm dead",
    "So happy we matched <3",
    "I'd love to!! What time works for you?",
    "Not sure we're a match tbh, but I wish you all the best 🙂",
    "Morning ☀️ Did you end up going to that concert?",
    "Hey, I'm really sorry but I don't think I'm feeling a romantic connection. You're great though!",
    "Me: *tries to act cool* Also me: *sends 4 messages in a row*",
    "You said \"drop the best brunch spot\" so: Café Lumière on 5th, get the French toast 🥞",
    "Your prompt about SQL joins got me. I'm a data engineer too 😂 INNER or OUTER?",
    "I can't do Fri but Sun works! Park & then lunch?",
    "Ha! I also say \"ope.\" Midwest solidarity 🌽",
    "Honest answer: I'm on here because my friends made me. But I'm glad I am now 😊",
    "Are you a dev? Your pic with 3 monitors & the Linux sticker gave it away 🐧",
    "I just burned my toast & thought of you. Not sure what that says about us lol",
    "Good luck with the move! Do you need help carrying boxes? I have a car 🚗",
    "Yes!! Let's do it. Just send me the address & I'll be there @ 8",
    "I hope it's not too forward but... dinner? 🍝",
    "It was so nice meeting you. Let me know when you're home safe 💕",
    "I'm bad at small talk so: what's the weirdest thing you've eaten?",
    "Well that escalated quickly 😂",
    "Aw, thank you. That means a lot ❤️",
    "Ok so my friend asked how the date went and I said \"10/10 would do again\" 😊\nSo... would you?",
    "Sorry I was quiet today!\nLong shift at the hospital 😴\nHow was your day?",
]
MSG_OPEN = ["Hey", "Hi", "Heyyy", "Hello", "Hiya", "Hey there", "Yo"]
MSG_HOOK = ["your dog", "that hiking pic", "your taco opinion", "pic #2", "your bio",
            "the Lisbon photo", "your playlist", "your sourdough"]
MSG_Q = ["what's the story?", "where was that?", "is that a real thing?", "tell me more!",
         "coffee this week?", "can I ask something random?"]


def message_template(rng):
    return f"{rng.choice(MSG_OPEN)} {rng.choice(['😊', ':)', '!', '👋', ''])} Loved {rng.choice(MSG_HOOK)} — {rng.choice(MSG_Q)}".replace("  ", " ")


# ---------------------------------------------------------------- location & distance
LOCATION = [
    "Brooklyn, NY",
    "Within 10 km",
    "within 25 miles",
    "San Francisco, CA (Mission)",
    "Paris 11e, France",
    "Lives in Toronto, ON — from Vancouver",
    "40.7128, -74.0060",
    "lat=52.5200&lon=13.4050",
    "Distance: < 5 mi",
    "Max distance: 50 km",
    "Near Shibuya, 東京",
    "São Paulo, SP",
    "Québec City, QC",
    "Zürich (Kreis 4)",
    "1.3 miles away",
    "~2 km away",
    "\"Nearby\" only please",
    "Travel mode: Barcelona, 12–19 Aug 🏖️",
    "Passport: London → New York (next week)",
    "Relocating to Denver in Oct -> open to matches there",
    "Currently in Bali 🌴 (back in Sydney 03/15)",
    "Lower East Side / East Village",
    "Seattle-ish (Capitol Hill)",
    "Ciudad de México, CDMX",
    "Kraków, PL",
    "Melbourne, VIC 3000",
    "Stockholm (Södermalm)",
    "Zip: 94110",
    "Postcode: SW1A 1AA",
    "Lives in NYC | Works in NJ",
    "Hometown: Cork, Ireland ☘️",
    "Location: Austin, TX & sometimes Houston",
    "Long distance ok? Yes (within same time zone)",
    "Show me people within 5 km of me",
    "Anywhere in Bay Area (SF/Oakland/Berkeley)",
    "Radius 15km; show people outside if I run out",
    "Berlin-Kreuzberg / Neukölln",
    "Tel Aviv-Yafo",
    "Mumbai (Bandra W)",
    "Rome, Trastevere 🇮🇹",
    "Near me: Union Square, Manhattan",
    "52°31'N 13°24'E",
    "Cape Town / Kaapstad",
    "Wellington, NZ 🥝",
    "Seoul — 강남구",
    "Chicago, IL (Logan Square) -> willing to travel to the burbs",
    "Within 1 hr drive",
    "Same city only, no long distance sorry 🙏",
]
CITIES = ["Portland, OR", "Lyon, France", "Madrid", "Osaka", "Boston, MA", "Dublin", "Lisbon",
          "Austin, TX", "Vienna", "Montréal, QC", "Oslo", "Athens", "Nairobi", "Lagos"]


def location_template(rng):
    form = rng.randint(0, 2)
    if form == 0:
        return f"{rng.choice(CITIES)} · {rng.randint(1, 40)} km away"
    if form == 1:
        return f"Within {rng.choice([5, 10, 15, 20, 25, 30, 50, 80, 100])} {rng.choice(['km', 'miles', 'mi'])} of {rng.choice(CITIES)}"
    return f"{rng.uniform(-40, 60):.4f}, {rng.uniform(-120, 140):.4f}"


# ---------------------------------------------------------------- search filters
SEARCH = [
    "age 25-35, within 10 km",
    "age:28..40 distance<=15km",
    "women 30-40 who like hiking",
    "men, 25 to 32, non-smoker, wants kids",
    "height >= 5'8\"",
    "height > 175 cm",
    "\"dog lover\" near me",
    "vegan OR vegetarian",
    "hiking AND camping NOT hunting",
    "Looking for: long-term & monogamous",
    "age=26-34&dist=20&smoker=no",
    "religion: any; politics: not conservative",
    "verified profiles only ✔️",
    "online now",
    "active in last 24h",
    "has bio = yes",
    "gamer girl",
    "tall guys who cook",
    "nurse OR doctor OR paramedic",
    "languages: Spanish | Portuguese",
    "sort by: newest",
    "sort: distance asc",
    "education >= bachelor's",
    "drinks: never/rarely",
    "kids: doesn't have, wants",
    "\"select\" gym members",
    "people who like \"The Office\"",
    "climbers -- bouldering only",
    "show me: everyone",
    "age 40+ within 50 mi",
    "ENFJ / INFJ",
    "\"Star Wars\" -\"Star Trek\"",
    "photo verified + video chat enabled",
    "Catholic, practicing, 28–36",
    "Jewish singles NYC",
    "single dads",
    "traveling in Tokyo 3/10–3/17",
    "Ages 45 to 60, Greater Boston",
    "who's free tonight?",
    "coffee date this weekend",
    "non-binary, queer, 24-30",
    "height: 160-170cm; age: 27-33",
    "height<6'0\" is fine lol",
    "writers; poets; journalists",
    "drop filters & show me everyone nearby",
    "dist<=3mi age>=30",
    "musician (bass OR drums)",
    "premium: \"Standouts\"",
    "likes: sushi & anime",
    "no smokers, no 420",
]
FILTER_INTERESTS = ["hiking", "yoga", "jazz", "cooking", "travel", "dogs", "books", "running", "tennis"]


def search_template(rng):
    lo = rng.randint(21, 45)
    hi = lo + rng.randint(3, 12)
    form = rng.randint(0, 2)
    if form == 0:
        return f"age {lo}-{hi}, within {rng.choice([5, 10, 20, 30, 50])} km"
    if form == 1:
        return f"age={lo}-{hi}&dist={rng.choice([3, 8, 15, 25])}&interest={rng.choice(FILTER_INTERESTS)}"
    return f"{rng.choice(FILTER_INTERESTS)} lovers, {lo} to {hi}, {rng.choice(['verified only', 'online now', 'any distance', 'new here'])}"


# ---------------------------------------------------------------- reports & safety
REPORT = [
    "This profile is fake. The photos are of a model — reverse image search shows them on Instagram.",
    "He asked me to send $500 in gift cards because his \"wallet was stolen\" in Lagos. Scam.",
    "User kept messaging after I said no & unmatched. Then made a new account (same pics).",
    "Sent unsolicited explicit pics. Please ban.",
    "She said she's 25 but she looks 16. Please check, I'm worried.",
    "Asked me to move to WhatsApp immediately & then to invest in crypto. Classic scam 🚩",
    "Profile says \"no drama\" but the guy literally threatened me when I unmatched.",
    "Harassment: called me a slur after I said I wasn't interested. Screenshot attached.",
    "Link in bio goes to a sketchy site (something like hot-singles-xyz dot com). Spam bot?",
    "Bot. Replies instantly with the same message every time: \"Hi dear, how are you today?\"",
    "Met in person, he was 15 years older than his profile & 6 inches shorter. Misleading.",
    "I feel unsafe. He showed up at my work after our first date & I never told him where I work.",
    "Person is married — his wife messaged me. Not sure if that's against rules but FYI.",
    "Hate speech in bio: \"no ____ people\" — racist.",
    "Asking for my address before we've even met. Refused, he got aggressive.",
    "Underage? Bio says \"16 but mature\" — please remove asap.",
    "Account impersonating me!! Using my photos & name. My real profile: @jess_m",
    "Selling stuff in bio (\"DM for OnlyFans promo codes\"). Spam.",
    "He told me to \"drop dead\" after I cancelled. Threat? Not sure, but uncomfortable.",
    "Scammer — claims to be a US soldier in Syria, needs money for \"leave papers\".",
    "Made sexual comments about my kids in my photos. Disgusting. Please ban permanently.",
    "Reporting myself by accident lol, ignore 🙈",
    "Catfish: the voice on the call didn't match the videos at all.",
    "Violent content in photos (holding a gun in 4/6 pics). Is this allowed?",
    "Keeps sending links: bit.ly/xxxx — didn't click. Phishing?",
    "Other: he asked for my password \"to verify\" my account. That's not a thing right?",
    "I'd like to appeal my ban. I think my report was a mistake; I never sent anything offensive.",
    "Why was my profile flagged?? I only wrote \"DROP ME A LINE\" in my bio 😭",
    "Asked me to download an app called \"SafeDate\" to verify. Sounds like malware.",
    "Guy sent me a message saying he'd \"find me\" if I didn't reply. I'm scared.",
    "Safety check-in: met at Blue Bottle, all good 👍",
    "Share my date: Sat 7pm @ Luigi's, 123 Main St w/ Alex (match). Check on me at 9.",
    "Emergency contact: Mom (555-0199)",
    "Please delete my account & all data (GDPR request).",
    "I was charged twice for Gold this month (2 × $29.99). Refund pls.",
    "Subscription renewed even though I cancelled on 03/02. Receipt #A-88231.",
    "Bug: app crashes when I open my matches on Android 14 (Pixel 7)",
    "Can't upload photos — says \"file too large\" but it's only 2MB?",
    "Block & report didn't work; I still see him in my likes",
    "The person posted my screenshot on Reddit r/Tinder with my face not blurred.",
    "Under 18: my nephew made an account, he's 15. Please remove.",
    "He said \"I know where you live\" — with a photo of my street. Contacted police, case #24-00713.",
    "She asked for my SSN \"for a background check\". Nope.",
    "Profile claims to be a doctor at \"Mass General\" but the photos are stock images.",
    "Bio contains a phone # and \"cashapp $xyz\" — promoting paid services.",
    "Unmatch & block, please make sure they can't see my profile anymore.",
    "Love-bombing then asking for money for flights. 🚩🚩🚩",
    "Reported for \"spam\" but really it's a bot farm — 5 profiles w/ identical bios.",
    "Man was drunk & rude on date, wouldn't let me leave, grabbed my arm.",
    "Inappropriate: username is offensive (contains slurs).",
]
REPORT_REASON = ["Fake profile", "Scam", "Harassment", "Inappropriate photos", "Spam", "Underage",
                 "Offensive messages", "Met in person & felt unsafe"]
REPORT_DETAIL = ["asked for money", "used someone else's photos", "kept messaging after unmatch",
                 "sent a suspicious link", "was rude & threatening", "wanted to move to Telegram right away",
                 "profile info doesn't match reality"]


def report_template(rng):
    return (f"{rng.choice(REPORT_REASON)}: user {rng.choice(REPORT_DETAIL)} "
            f"({rng.choice(['today', 'yesterday', 'last week', 'on Sat', 'twice now'])}).")


# ---------------------------------------------------------------- photos (captions & file names)
PHOTO = [
    "IMG_4821.JPG",
    "me_at_the_beach (2).jpg",
    "Photo 12-03-2023, 18 32 07.heic",
    "PXL_20230714_183045123.jpg",
    "dog & me.png",
    "DSC_0042.NEF",
    "selfie_final_FINAL_v2.jpg",
    "C:\\Users\\maria\\Pictures\\Profile\\best_one.jpg",
    "/storage/emulated/0/DCIM/Camera/IMG_20240101_000512.jpg",
    "/Users/tom/Desktop/hinge pics/hike.jpeg",
    "Screenshot 2024-02-14 at 21.07.33.png",
    "WhatsApp Image 2024-05-01 at 10.15.22.jpeg",
    "Me & my sister @ her wedding 💍",
    "Yes that's a real fish 🐟 (I released it)",
    "Halloween '23 — I was a \"404 costume not found\"",
    "Summit of Mt. Whitney, 14,505 ft 🏔️",
    "Not my kid! My nephew 😄",
    "Cooking for friends; the lasagna was gone in 5 min",
    "Pic from my cousin's wedding (I'm on the left)",
    "No filter 🌅 #nofilter",
    "Graduation day 🎓 MSc Comp Sci",
    "My band playing @ The Bowery, 2022",
    "Costume party: Mario & Luigi 🍄",
    "Tokyo -> Kyoto -> Osaka trip 🇯🇵",
    "Snowboarding in Whistler (before I face-planted)",
    "Please ignore the messy room lol",
    "my_cat_judging_me.gif",
    "profile-photo-1080x1350.webp",
    "IMG_0001 (1).HEIC",
    "2024/06/Paris/eiffel.jpg",
    "Me, 3 yrs ago vs. now 👉👈",
    "That's my bf... JK it's my brother 😂",
    "Proof I can cook (sometimes) 🍳",
    "Prom 2009... don't judge 💀",
    "Mirror selfie bc my friends are bad photographers",
    "Group pic: I'm the one in the blue hat 🧢",
    "Verification selfie — thumbs up 👍",
    "family_bbq_july4.jpg",
    "Running the Berlin marathon 🏃 (km 38, dying)",
    "Painting I made — \"Sunset over Lake Como\" (acrylic on canvas)",
    "..\\old photos\\2015\\grad.jpg",
    "Caption: \"When you realize it's Monday\" 😩",
    "New haircut, who dis? 💇",
    "Sunset in Santorini 🌅 (photo by my friend @ana.k)",
    "Our dog Mochi (RIP 2010–2023) 🐾❤️",
    "Wearing the sweater my grandma knitted. Yes it itches.",
    "pic_3_of_6.jpg",
    "Video prompt: \"My reaction when someone says they don't like dogs\" 🎥",
    "edited w/ Lightroom, preset \"Moody Blues\"",
    "beach.jpg.jpg",
]
PHOTO_PLACES = ["Lisbon", "Yosemite", "the Alps", "Cancún", "Iceland", "my backyard", "Central Park", "Bali"]
PHOTO_WHAT = ["hiking", "sunset", "with my dog", "brunch", "at a concert", "kayaking", "on a boat"]


def photo_template(rng):
    form = rng.randint(0, 2)
    if form == 0:
        return f"IMG_{rng.randint(1000, 9999)}.{rng.choice(['jpg', 'JPG', 'HEIC', 'png'])}"
    if form == 1:
        return f"{rng.choice(PHOTO_WHAT).capitalize()} in {rng.choice(PHOTO_PLACES)} {rng.choice(['🌄', '📸', '✨', '', '😎'])}".strip()
    return f"PXL_2024{rng.randint(1, 12):02d}{rng.randint(1, 28):02d}_{rng.randint(100000000, 999999999)}.jpg"


# ---------------------------------------------------------------- multilingual profiles
MULTI = [
    "Hola! Soy de Sevilla, me encanta bailar flamenco y comer tapas 💃 ¿Tomamos algo?",
    "Je cherche quelqu'un qui aime les randonnées, le bon vin & les longues discussions 🍷",
    "Ich bin 1,85 m groß, liebe Bergsteigen & Kaffee. Kein ONS, bitte!",
    "Sono un ragazzo semplice: pizza, calcio e famiglia 🇮🇹",
    "Olá! Sou brasileira, moro em Lisboa há 3 anos. Adoro praia & açaí 🏖️",
    "東京在住、28歳です。週末はカフェ巡りが好きです☕",
    "서울 사는 30살 개발자입니다. 주말엔 등산하고 맛집 다녀요 🏔️",
    "我喜欢旅行、摄影和做饭。希望找到一个真诚的人 😊",
    "Привет! Люблю кино, путешествия и собак 🐶. Ищу серьёзные отношения.",
    "مرحبا! أحب القراءة والسفر والقهوة ☕",
    "שלום! אני אוהבת ים, יוגה ובישול 🌊",
    "Merhaba! İstanbul'da yaşıyorum, kedileri ve çayı severim 🐱",
    "Cześć! Jestem z Krakowa, lubię góry i dobre książki 📚",
    "Hej! Jag gillar fika, skidåkning och hundar 🐕",
    "Γεια! Μου αρέσει η θάλασσα και το καλό φαγητό 🇬🇷",
    "नमस्ते! मुझे संगीत और यात्रा पसंद है 🎶",
    "Xin chào! Mình thích nấu ăn và đi du lịch ✈️",
    "สวัสดีค่ะ ชอบกินอาหารไทยและดูหนัง 🍜",
    "Hallo! Ik hou van fietsen, kaas & slechte woordgrappen 🧀",
    "Ahoj, jsem Tomáš, 31 let, mám rád pivo a hory 🍺",
    "Bonjour ! J'ai 29 ans, 1m68, et je cherche \"le bon\" (ou la bonne 😉)",
    "Soy médica, trabajo mucho pero cuando descanso, ¡descanso de verdad! 😴",
    "Suche jemanden für Spieleabende, Wandern & \"Tatort\" am Sonntag 📺",
    "Parlo italiano, English & un po' de español. Let's mix it up 🌍",
    "Mi piace la cucina, il vino e... le persone che rispondono ai messaggi 😅",
    "Je suis végétarienne 🌱 mais je ne juge pas ton steak... enfin, un peu.",
    "EN: Teacher from Dublin 🇮🇪 / ES: Profesora de Dublín / FR: Prof de Dublin",
    "Bilingüe (español/inglés). Mi abuela dice que soy \"un buen partido\" 😂",
    "Ich wohne in München seit 2019, komme ursprünglich aus Graz 🇦🇹",
    "Sou de Recife, 1,72m, amo forró e praia 🌴",
    "「二つの真実と一つの嘘」：猫を3匹飼ってる、寿司が嫌い、富士山に登った🗻",
    "Dwie prawdy i kłamstwo: byłam w Japonii; nie lubię kawy; mam psa 🐕",
    "Looking for someone to practice my Español with — también me gusta el café ☕",
    "Je parle français, anglais et un peu d'arabe (مرحبا!)",
    "Я из Киева, сейчас живу в Варшаве. Люблю рисовать 🎨",
    "Kiitos että luit! Pidän saunasta ja järvistä 🧖",
    "Dia duit! I'm learning Irish (Gaeilge) — go mall, ach tá mé ag iarraidh 🍀",
    "Kia ora! Born in Rotorua, now in Auckland 🇳🇿",
    "Salut ! Pas de \"ça va ?\" comme premier message svp 😂",
    "Tengo 35 años, 2 hijos y muchas ganas de conocer a alguien especial ❤️",
    "Busco algo serio. No me interesan los juegos 🙅‍♀️",
    "Moin! Norddeutsch, wortkarg, aber herzlich ⚓",
    "Oi! Procuro alguém para dividir a pizza e as séries 🍕📺",
    "Ciao! Altezza 1,78; età 33; segno: Bilancia ♎",
    "日本語と英語OK。身長165cm、30歳、猫派です🐈",
    "Ninapenda muziki na kusafiri 🎵 — Nairobi",
    "Hallo! Auf der Suche nach dem \"Deckel zum Topf\" 🍲",
    "Je déteste les gens qui disent \"on verra\" 😤",
    "Mahal ko ang pagkain at pamilya 🇵🇭 Taga-Cebu ako",
    "Bună! Îmi plac munții și cafeaua bună ☕ — Cluj",
]
MULTI_GREET = ["Hola", "Salut", "Hallo", "Ciao", "Olá", "Hej", "Cześć", "Merhaba", "Привет", "こんにちは"]
MULTI_LIKE = ["me gusta el senderismo", "j'adore les chats", "ich liebe Kaffee", "amo il mare",
              "adoro viajar", "jag älskar fika", "lubię góry", "kahve severim", "люблю кино", "猫が好き"]


def multi_template(rng):
    return f"{rng.choice(MULTI_GREET)}! {rng.randint(22, 50)} — {rng.choice(MULTI_LIKE)} {rng.choice(['🙂', '❤️', '✨', '🌍', '☕'])}"


CATEGORIES = [
    ("bio", BIO, bio_template),
    ("prompt-answer", PROMPT, prompt_template),
    ("basics", BASICS, basics_template),
    ("interests", INTERESTS, interests_template),
    ("message", MESSAGE, message_template),
    ("location", LOCATION, location_template),
    ("search-filter", SEARCH, search_template),
    ("report", REPORT, report_template),
    ("photo", PHOTO, photo_template),
    ("multilingual", MULTI, multi_template),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for cat, literals, tmpl in CATEGORIES:
        vals = []
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            vals.append(v)
        n_lit = len(vals)
        tries = 0
        while len(vals) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template exhausted for {cat}")
            v = tmpl(rng)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        vals = vals[:PER_CATEGORY]
        if n_lit > PER_CATEGORY:
            n_lit = PER_CATEGORY
        if n_lit < 0.55 * PER_CATEGORY:
            raise SystemExit(f"too few literals in {cat}: {n_lit}")
        stats.append((cat, len(vals), n_lit))
        for v in vals:
            assert isinstance(v, str) and v and len(v) <= 1800
            rows.append({"category": cat, "label": "benign", "value": v})
    out = Path(__file__).with_name("benign.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, r in enumerate(rows, 1):
            obj = {"id": f"{PREFIX}-{i:05d}", "category": r["category"], "label": r["label"], "value": r["value"]}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, n, lit in stats:
        total_lit += lit
        print(f"{cat:15s} {n:4d}  literals {lit}")
    print(f"total {len(rows)}  literals {total_lit}")


if __name__ == "__main__":
    main()
