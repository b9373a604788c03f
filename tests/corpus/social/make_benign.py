"""Held-out benign corpus for the `social` theme (hb47).

Social-network and dating-app text as real users type it into ordinary fields:
profile bios, status posts, comments, direct messages, dating-prompt answers,
event invites, group rules, moderation notes, shared links / quoted posts and
poems, lyrics and code-switched slang.

Every value is hand-written for this corpus or produced by the small templates
below from hand-written pools. Nothing is taken from a dataset or payload list.
Output: benign.jsonl next to this file (deterministic, standard library only).
"""
import json
import random
from pathlib import Path

SEED = 4701
PER_CATEGORY = 80
PREFIX = "hb47"

# --------------------------------------------------------------------------
# bio: profile "about me" lines
# --------------------------------------------------------------------------
BIO = [
    "he/him | 6'1\" | dog dad to a 40kg idiot named Biscuit 🐕 | Leeds → Lisbon",
    "they/them ✿ INFP ✿ 'chronically online' but make it cottagecore (◕‿◕)",
    "Nurse by day, DJ by night 🎧 | if you can't handle me at my 3am shift you don't deserve me at brunch",
    "¯\\_(ツ)_/¯ professional overthinker; amateur baker; playlists available on request",
    "Software dev. Yes I'll fix your printer. No, I won't drop everything to do it 😤",
    "ISTJ • 5'4\" • Sagittarius ☀️ Leo 🌙 Capricorn ↑ • don't @ me about astrology",
    "Mom of 3 <3 | coffee > sleep | Jesus & Jane Austen",
    "☕ + 📚 = me. 'Not all who wander are lost' — but I usually am",
    "Teacher 🍎 | K-pop stan (OT7 or nothing) | 🇰🇷🇺🇸 | 한국어 배우는 중",
    "Ingeniera 👩‍🔧 | madrileña en Berlín | 'la vida es corta, cómete el postre primero'",
    "Papa de deux filles, fan de l'OM ⚽ et des gâteaux au chocolat. Pas de DM chelou svp.",
    "🏳️‍🌈 queer & here | 28 | sober since 03/2021 | ask me about my cat's Instagram",
    "Climber 🧗 V5 on a good day, V2 on a bad one. Pescatarian-ish. Ex-Mormon, current chaos.",
    "Data analyst. My love life is basically SELECT * FROM matches WHERE replies > 0; — 0 rows returned 😂",
    "Бегаю марафоны, пеку хлеб, ищу того, кто выдержит мои шутки 🏃‍♀️🍞",
    "東京在住 / 猫2匹 / 写真とラーメン / 日本語・English OK",
    "Vegan 🌱 but I will eat your fries. 5'10\" if that matters (it does, apparently)",
    "INTJ-A // gym rat // anime (AoT > everything) // 'tatakae' energy only",
    "Recovering lawyer 👩‍⚖️ now running a bakery in Porto. Pastéis de nata > lawsuits.",
    "Army vet 🇺🇸 | Harley | country music & cold beer | no drama, no games",
    "Looking for my Player 2 🎮 | Switch friend code on request | ≈ 5'6\"",
    "Pronouns: she/they. Autistic & ADHD (AuDHD 🧠✨). Special interest: trains 🚂",
    "PhD student (marine bio 🐙) - if I'm not replying I'm probably underwater, literally",
    "Geboren in Köln, wohne in Hamburg. Ich mag Fahrradtouren, Currywurst & ehrliche Menschen.",
    "🇧🇷 Brasileira morando em Lisboa • saudade é meu sobrenome • forró às quintas",
    "Night owl 🦉 | sysadmin | my love language is 99.99% uptime",
    "d'Artagnan energy: all for one & one for all ⚔️ (also one for brunch)",
    "x_<3_y was taken so here I am — x_luvs_y 💕",
    "Retired at 62 👴 | grandkids, golf & genealogy | ask me about the family tree back to 1740",
    "Artist 🎨 | commissions OPEN | price sheet -> linktr.ee/mira.paints",
    "Chef 🔪 | 'mise en place' is a lifestyle | will cook for you on date 3 (maybe 2)",
    "Muslim 🌙 | halal foodie | looking for something serious, inshAllah",
    "5'2\" of pure sarcasm & caffeine ☕ <- you've been warned",
    "I put the 'pro' in procrastination & the 'fun' in dysfunctional :P",
    "Hiker 🥾 | 48/48 NH 4000-footers | Leave No Trace > leave a trace",
    "वाराणसी से ❤️ | चाय, किताबें और लंबी बातें | Hindi/English/Bhojpuri",
    "Insta: @sunny.side.up_ | TikTok same | Snap? ask nicely 🙃",
    "Engineer @ a startup you've never heard of. Opinions mine; bugs probably also mine.",
    "🎓 Class of '26 | bio major | pre-med struggles | future Dr. O'Connor 🩺",
    "Left-handed 🤚, right-brained, center-left. Tea, not coffee. Fight me.",
    "Tattoos: 7. Regrets: 1 (the dolphin 🐬). Piercings: ask me in person.",
    "Single dad 👨‍👧 every other weekend — the other weekends I'm free for hikes & wine",
    "Bilingual 🇲🇽🇺🇸 | 'ni de aquí, ni de allá' | tacos al pastor are my religion",
    "(ง'̀-'́)ง gym | (っ˘ڡ˘ς) food | (－_－) zzZ sleep — that's my whole week",
    "ʕ•ᴥ•ʔ bear hug enthusiast • 6'3\" • gentle giant • fully vaccinated 💉",
    "I'm the guy who reads the terms & conditions. All of them. Yes, really.",
    "Astrophotographer 🔭 | Bortle 4 skies | /r/astrophotography regular",
    "Nonbinary 🌈 • xe/xem • poet • barista • 'I contain multitudes' (and oat milk)",
    "Expat in Seoul 🇰🇷 ← from Cork 🇮🇪 | teaching English, eating kimchi, missing Tayto",
    "Polyamorous & partnered ❤️ (my nesting partner knows & approves) — ethical only pls",
    "Sobriety: 412 days 💪 | AA & gym & God | one day at a time",
    "Fluent in Python 🐍, sarcasm & Portuguese. Currently learning: patience.",
    "C:\\Users\\me\\Desktop\\personality.exe has stopped working 🙃",
    "Boulder 🧗 → Denver → back to Boulder | 30 | 'wanderlust' is my middle name (it's actually Susan)",
    "Bio:\nbookworm 📖\nplant mom 🪴 (17 and counting)\n\"no, I don't need another pothos\" — me, lying",
]

BIO_PRONOUNS = ["she/her", "he/him", "they/them", "she/they", "he/they", "any pronouns"]
BIO_MBTI = ["ENFJ", "INFP", "ISTP", "ENTP", "ISFJ", "ESTJ", "INTJ", "ENFP"]
BIO_HEIGHTS = ["5'3\"", "5'5\"", "5'8\"", "5'11\"", "6'0\"", "6'2\"", "160 cm", "183 cm"]
BIO_HOBBIES = [
    "sourdough & sad indie songs", "rock climbing 🧗", "thrift flips & vintage denim",
    "D&D on Thursdays 🎲", "trail running 🏃", "pottery class dropout 🏺",
    "Formula 1 & strong opinions 🏎️", "crosswords (pen, not pencil ✍️)",
    "salsa dancing 💃", "birdwatching 🐦 (yes, really)", "film photography 📷",
    "cat content creator 🐈", "pho & bánh mì hunting 🍜", "Sunday farmers' markets 🥕",
]
BIO_SEPS = ["•", "|", "✿", "//", "~", "⋆"]
BIO_TAILS = [
    "", " | swipe left if you hate dogs", " | not here for pen pals",
    " | 🚭 🍷 socially", " | ask me about my 5-year plan (I don't have one)",
    " | IG @ on request", " | 🇵🇹/🇬🇧", " | 'main character' in training",
]


def bio_template(rng):
    s = rng.choice(BIO_SEPS)
    parts = [rng.choice(BIO_PRONOUNS), rng.choice(BIO_MBTI), rng.choice(BIO_HEIGHTS),
             rng.choice(BIO_HOBBIES)]
    return f" {s} ".join(parts) + rng.choice(BIO_TAILS)


# --------------------------------------------------------------------------
# status: posts / status updates with hashtags and @mentions
# --------------------------------------------------------------------------
STATUS = [
    "Finally ran my first 10k!! 58:42 🏃‍♀️ thanks @coach_dana & the 6am crew #running #10k #PR",
    "Hot take: pineapple on pizza is fine; pineapple in guacamole is a crime 🍍🚫 #foodwars",
    "Moving day 📦📦📦 If anyone needs boxes, I have ~40 & zero desire to keep them. Pickup only, Bushwick.",
    "Who else's phone autocorrected 'drop' to 'drip' all week? Anyway the merch drop is Friday 8pm EST 🔥",
    "new blog post: how I cut our AWS bill 40% by deleting stuff nobody used -> https://blog.priyaops.dev/aws-cleanup",
    "3 years ago today I said 'yes' 💍 — 1,095 days later we still argue about the thermostat ❤️ @jamie.r",
    "PSA: the 'union' in our neighbourhood group is the tenants' union, not the bar. Meeting Thurs 7pm, St. Mark's hall.",
    "Ok who else stayed up til 3am for the eclipse livestream?? 🌘 #eclipse2024",
    "Grandma turned 90 today 🎂🎉 She said, and I quote, 'don't put my age on the Facebook' — sorry Nana",
    "Gym update: bench 80kg x 5 ✅ squat 120kg x 3 ✅ my ego ❌ #gymtok",
    "If you're reading this, drink some water 💧 & text the friend you've been meaning to text.",
    "Currently: on a train from Milano to Napoli 🇮🇹 with a cat in a backpack. Don't ask.",
    "Just found out my roommate's been using my Netflix profile & ruining my 'because you watched' 😭",
    "Update on the lost dog 🐕: FOUND! Thanks to everyone who shared <3 <3 <3",
    "Tried to explain 'select all squares with traffic lights' to my grandpa. He failed the CAPTCHA 4 times & now thinks he's a robot 🤖",
    "Rant incoming 🧵 1/7",
    "Anyone know a good plumber in Brixton? Kitchen sink is doing its own thing 🚰 #London",
    "Day 100 of #100DaysOfCode ✅ shipped my first PR to an open source project!! (it was a typo fix but still)",
    "Es ist offiziell: ich habe die Prüfung bestanden!!! 🎓🎉 Danke an alle, die mir die Daumen gedrückt haben.",
    "Hoy cumplo 30 y me siento de 60 😂 gracias por los mensajes, los quiero mil",
    "今日は初めての一人旅！京都の紅葉が最高でした 🍁 #京都 #一人旅",
    "Stop scrolling & go outside. The sky is doing something weird & orange rn 🌅",
    "Protip: if your cat knocks over a glass at 3am, it's not an accident, it's a threat 🐈‍⬛",
    "Our band's first gig is this Sat @ The Crow's Nest 🎸 — $5 cover, free if you yell 'FREEBIRD'",
    "Feeling cute, might delete later 📸 (I won't)",
    "Last day at the company after 7 years. Handed in my badge, cried in the parking lot, ate a whole pizza. Onto the next chapter ✨",
    "My kid asked if 'the cloud' is where dead computers go. I said yes. 🌥️",
    "Reminder: comment sections are not the place to debate someone's grief. Be kind or scroll.",
    "A thread 🧵 of the worst dating-app openers I've received this month, ranked (1/?)",
    "Tax season 😩 if anyone needs me I'll be crying into form 1040 & a tub of ice cream",
    "Hit 10K followers!!! 🎉 Giveaway: like + follow + tag 2 friends. Winner picked Friday via random draw",
    "Unpopular opinion: sleeping is a personality trait & mine is 'excellent at it'",
    "Just passed my driving test on the 4th try 🚗💨 — examiner said 'well... that was a drive'",
    "Ramadan Mubarak to everyone observing 🌙✨ may your fasts be easy & your iftars delicious",
    "Happy Diwali 🪔✨ from our chaotic household to yours! The rangoli survived the dog this year.",
    "Anyone else's feed just... broken today? All I see are posts from 2019 & ads for socks 🧦",
    "Finished 'Dune' (book 1) & I need to talk to someone about the spice immediately 🏜️",
    "If one more person tells me to 'just relax' about my wedding I will elope & invite nobody 💒",
    "Guys I think I just deleted System32 on my mom's laptop, it was taking up space 🙃 (jk it's a Mac)",
    "Wordle 1,032 4/6\n\n⬛🟨⬛⬛🟩\n🟩🟩⬛⬛🟩\n🟩🟩🟩⬛🟩\n🟩🟩🟩🟩🟩",
    "🚨 spoiler alert for last night's finale 🚨 ... I'm not ok",
    "Sunday reset: laundry ✅ meal prep ✅ emotional damage from the group chat ✅",
    "Re-reading my old MySpace 'About Me' from 2007 and... 'rawr means I love you in dinosaur' 🦖 I'm so sorry",
    "Just realized I've been pronouncing 'GIF' wrong for 15 years, or everyone else has. Jury's out.",
    "Cheers to 5 years cancer-free 🎗️🥂 thank you to every nurse on the 4th floor at St. Jude's",
    "Looking for recs: best podcast for a 9hr drive? No true crime pls, I'll be alone at night 😬",
    "We're expecting!!! 👶 Baby B arriving Oct 2025 — our dog has no idea what's coming",
    "Cooked my mom's adobo recipe for the first time & it tasted like home 🇵🇭🥹",
    "The audacity of my Roomba to get stuck under the couch AGAIN while I'm at work 🤖",
    "Reached inbox zero. Going to frame this screenshot. 📥 0",
    "Found a $20 bill in my winter coat 💵 best day of 2025 so far",
    "Things I learned this week:\n1) never trust a 'quick' IKEA build\n2) the allen key is always under the couch\n3) 'some assembly required' = divorce speedrun",
]

STATUS_OPENERS = ["Not gonna lie,", "Update:", "Okay so", "Life update 📣", "Quick one:",
                  "Today's win:", "Small thing but", "Can we talk about how"]
STATUS_EVENTS = [
    "I finally fixed the squeaky door & now the house is too quiet",
    "the new bakery on 4th sells croissants the size of my head 🥐",
    "my plants survived the heatwave, all 23 of them 🪴",
    "I ran into my 3rd-grade teacher at the grocery store & she still remembers my name",
    "the bus driver waited for me today & I almost cried",
    "I signed up for pottery class on a whim 🏺",
    "my sister's dog learned to open the fridge 🐕",
    "we booked the flights to Lisbon ✈️ no turning back now",
    "I made it through a whole week without ordering takeout 🍳",
    "our little league team won 12–3 ⚾ & the coach did the worm",
]
STATUS_TAGS = ["#smallwins", "#lifeupdate", "#grateful", "#mondaymood", "#weekendvibes",
               "#adulting", "#nofilter", "#dogsofinstagram", "#foodie", "#blessed"]
STATUS_MENTIONS = ["", " cc @kat_m", " @jamie.r you were right", " (thanks @dev.rahul!)",
                   " h/t @mira.paints", ""]


def status_template(rng):
    tags = " ".join(sorted(rng.sample(STATUS_TAGS, 2)))
    return (f"{rng.choice(STATUS_OPENERS)} {rng.choice(STATUS_EVENTS)}"
            f"{rng.choice(STATUS_MENTIONS)} {tags}")


# --------------------------------------------------------------------------
# comment: replies under posts
# --------------------------------------------------------------------------
COMMENT = [
    "This is so wholesome 😭❤️",
    "@marco_polo lol this is literally you every Monday",
    "Not me reading this at 2am instead of sleeping 💀",
    "> 'just be yourself'\nwhen myself is the problem 🙃",
    "Came here to say this ^^^",
    "The way she said 'and I oop' 😂😂",
    "Source? I've seen this claim 3 times & nobody links the actual study",
    "10/10 would swipe right on this dog 🐶",
    "Can confirm, I was there. The cake did in fact fall on the DJ.",
    "Why is nobody talking about the guy in the background doing the worm??",
    "Edit: thanks for all the likes, didn't expect this to blow up lol",
    "Honestly? Valid.",
    "Recipe please!!! 🙏 & what temp do you bake it at, 180°C or 350°F?",
    "OP you can't just post this & leave, we need part 2",
    "As a nurse, please don't try this at home 😬",
    "Mood: 📉📉📉",
    "Is it just me or does the thumbnail look like a cat wearing a hat?",
    "lmaooo the caption >>> the video",
    "<3 this so much",
    "Her 'ok...' at 0:42 😂 I'm deceased",
    "Me @ my bank account: 'we need to talk'",
    "Respectfully disagree — remote work isn't for everyone, but for me it's been life-changing",
    "We did this at my school in '09 & the principal made us clean it up with toothbrushes",
    "Who's here after the remix went viral? 🙋‍♀️",
    "Grammar police 🚓: it's 'you're' not 'your' (sorry, I had to)",
    "Y'all are wild for this 😂😂",
    "This comment section is the real content",
    "POV: you're the dog & your owner just said the w-word",
    "Imagine 'select all that apply' but it's your life choices",
    "Me, a programmer, seeing 'while(true)' on the poster: 😰",
    "'Drop by anytime' — the biggest lie ever told by a Midwesterner",
    "Jajajaja no puedo con este video 😂 mi perro hace exactamente lo mismo",
    "C'est trop mignon !!! 🥺 il s'appelle comment ton chat ?",
    "Das ist so wahr 😂 meine Oma sagt das auch immer",
    "ㅋㅋㅋㅋㅋ 진짜 웃기다 😂",
    "草 www これ好き",
    "Kkkkkkk morri 😂",
    "Looks like a fun trip! How much did the ferry from Split → Hvar cost?",
    "@admin this post is a repost from 2021, fyi",
    "That's not a 'hack', that's just using the dishwasher correctly 🙄",
    "My cousin's roommate typed rm -rf on the wrong server at work & got walked out the same day. Brutal.",
    "'Sleep when you're dead' — ok but I'm tired NOW",
    "Saved this to my 'recipes I will never make' folder 📁",
    "Congrats!!! 🎉🎉 so proud of u <3",
    "Tag someone who needs to see this 👇",
    "Oof, that's a $1,200 mistake. Hope insurance covers it 😬",
    "Anyone else see the 'SYSTEM UPDATE' popup & immediately panic?",
    "This is why I don't trust 'free' Wi-Fi at airports lol",
    "the way my jaw dropped 😳",
    "It's giving main character energy ✨",
    "Plot twist: the dog was the photographer all along 📸",
    "\"Union Square at 6\" — which one, NYC or SF? 😅 asking for a confused tourist",
]

COMMENT_MENTIONS = ["@kat_m", "@dev.rahul", "@sunny.side.up_", "@TheRealMo", "@lena_k",
                    "@jules_f", "@x_luvs_y", "@nana.bakes"]
COMMENT_REACTIONS = [
    "this is so us 😂", "remember when we tried this & the smoke alarm went off?",
    "we need to go here!!", "your dog would LOVE this 🐕", "stop it, I'm crying 😭",
    "ok but the outfit >>>", "sending this to the group chat immediately",
    "this is your sign to finally book the trip ✈️", "me vs. you at 7am",
    "told you so 😌", "can we make this on Saturday?", "why is this literally me",
]
COMMENT_ENDS = ["", " 😂", " ❤️", " 👀", " !!", " lol", " <3", " 🙌"]


def comment_template(rng):
    return f"{rng.choice(COMMENT_MENTIONS)} {rng.choice(COMMENT_REACTIONS)}{rng.choice(COMMENT_ENDS)}"


# --------------------------------------------------------------------------
# dm: direct messages between matches / friends
# --------------------------------------------------------------------------
DM = [
    "hey!! saw you're into bouldering too 🧗 where do you usually climb?",
    "Hi :) your dog is adorable, what's his name?",
    "lol I can't believe you matched with my cousin too 😂 small world",
    "Are we still on for Friday? 7:30 @ Luigi's? I booked a table for 2 (under 'Sam')",
    "ok so don't be mad but I told my mom about you 🙈",
    "omw! 5 min, parking is a nightmare 🚗",
    "Here's my number if you'd rather text: (555) 014-2231 📱",
    "Sorry for the late reply, work has been insane this week 😩 how was your weekend?",
    "Can you send me the pic from last night? The one where Priya's doing the 'drop it low' dance 😂",
    "Did you get home safe? ❤️",
    "Wait you've been to Patagonia?? I've wanted to go for YEARS. Tell me everything",
    "Not gonna lie, your 'two truths & a lie' stumped me. Is the lie that you've met Beyoncé?",
    "btw the wifi password is on the fridge if you need it when you come over — the one with the cat magnet 🐱",
    "I'm not ready for a relationship rn, but I really enjoyed talking to you. Hope that's ok 💛",
    "Quick q: is it 'your welcome' or 'you're welcome'? asking for a dating profile 😅",
    "Shared a post: 'Top 10 brunch spots in Austin' — we should try #3!!",
    "Happy birthday!!! 🎂🎈 hope it's as awesome as you are",
    "Hola! Vi que hablas español 😊 ¿de dónde eres?",
    "Coucou ! On se voit toujours samedi ? J'apporte le vin 🍷",
    "Ciao! Ti va un caffè domani? Conosco un bar ottimo vicino al Duomo ☕",
    "Привет! Как прошёл концерт? 🎶",
    "안녕하세요! 프로필 보고 연락드려요 😊 혹시 서울 사세요?",
    "こんにちは！猫の写真かわいいですね 🐱",
    "I'm running 10 min late, the 6 train is doing that thing again 🙄",
    "Is this the same Alex from Ms. Kowalski's 5th grade class?? 😳",
    "Lmk when you're free this week, I'm good Tue/Thu after 6 or Sat all day",
    "Sending you the playlist 🎶 — don't judge the ABBA section",
    "okay but why did you 'heart' my message from 2 weeks ago at 4am lol",
    "That's so sweet 🥺 thank you for saying that",
    "My ex just liked my story from 2022. Should I block or ignore? 🙃",
    "Ugh my phone died, I'm using my sister's. It's me, Jess! Don't reply to this number after tonight",
    "If you ever want to talk, I'm here. No pressure, no judgment 💙",
    "Sooo… coffee or drinks? (or both, I'm not picky ☕🍸)",
    "The address is 221B Baker St, buzz #3, the buzzer says 'HOLMES' lol it's an airbnb",
    "I'll bring snacks: hummus, chips & those weird lemon cookies you like",
    "Honestly I deleted the app for a week, needed a break from all the 'hey' messages 😴",
    "haha ok your username x_<3_y is cute, what does it mean?",
    "Do you want to split an Uber to the airport on the 14th? I fly at 6:40am 😩",
    "Congrats on the new job!!! 🎉 When do you start?",
    "Haha no worries, take your time 😊",
    "Just so you know I'm allergic to cats 🤧 so maybe we meet at mine instead?",
    "Can I be honest? Your opener 'hey' made me laugh because mine was the same 😂",
    "Sent you $24.50 on Venmo for the tickets 🎟️ thx!!",
    "My therapist says I should 'communicate my needs clearly' so: I need tacos 🌮",
    "Umm I think you sent me a screenshot of your grocery list 😂 (eggs x12, milk, 'the good cheese')",
    "call me when u can, it's about mom. nothing bad, just need to talk",
    "Good morning ☀️ hope your presentation goes well today, you've got this!",
    "Wanna see a pic of my new tattoo? It's a semicolon ; — long story, mental health thing 💚",
    "lol the 'sudo make me a sandwich' line in your bio got me. Do you actually cook though? 🥪",
    "ok real talk:\n- I snore\n- I hate cilantro\n- I will steal your hoodie\nstill want to meet? 😇",
    "My flatmate says hi 👋 (she read over my shoulder, sorry) — she says you have 'good texting energy'",
    "Just landed 🛬 the wifi here is called \"FreeAirportWiFi_DONT_TRUST\" lmao, I'm using data",
]

DM_GREETS = ["hey", "hiii", "heyyy 👋", "good morning ☀️", "yo", "hola", "ok so", "hey you"]
DM_BODIES = [
    "are you free Thursday? there's a jazz thing at the park 🎷",
    "did you ever finish that book you were telling me about?",
    "I found the taco place you mentioned, it's 10/10 🌮",
    "my cat just knocked my phone into the sink, if I go quiet that's why 😅",
    "how did the interview go?? fingers crossed 🤞",
    "what's your go-to coffee order? I need to know for... reasons ☕",
    "sorry I fell asleep mid-convo last night 🙈",
    "do you want to come to my friend's BBQ on Sat? low-key, 6ish",
    "the weather app says 30% rain, so picnic is still on? 🧺",
    "I saw a dog that looks exactly like yours at the market lol",
]
DM_ENDS = ["", " 😊", " :)", " lmk!", " ❤️", " 🙃", " xx", " no pressure"]


def dm_template(rng):
    return f"{rng.choice(DM_GREETS)} {rng.choice(DM_BODIES)}{rng.choice(DM_ENDS)}"


# --------------------------------------------------------------------------
# dating_prompt: prompt + answer pairs on dating profiles
# --------------------------------------------------------------------------
DATING_PROMPT = [
    "Two truths & a lie: I've been to 23 countries; I can juggle 5 balls; I've never seen Star Wars.",
    "My simple pleasures: first sip of coffee, clean sheets, & when the bus comes right as I get to the stop 🚌",
    "The way to win me over is… remembering how I take my coffee (oat flat white, extra hot)",
    "I'm looking for: someone who'll debate whether a hot dog is a sandwich (it isn't) & still hold my hand after",
    "Green flags I look for: says 'thank you' to the bus driver; has a library card; owns a plant that's alive 🪴",
    "Dealbreakers: rude to waiters; 'just here for fun' (you're 42, Kevin); doesn't like dogs",
    "My most irrational fear: that the fridge light stays on when the door's closed 💡",
    "I'll fall for you if… you send me memes at 2am & don't expect a reply until 10",
    "Typical Sunday: farmers market → nap → ruining a recipe → ordering pizza 🍕",
    "We'll get along if… you think 'Die Hard' is a Christmas movie 🎄",
    "A shower thought I recently had: if you drop soap on the floor, is the floor clean or the soap dirty?",
    "My love language is: acts of service, e.g. killing spiders 🕷️ & fixing my bike chain",
    "Unusual skills: reciting pi to 50 digits, parallel parking on the 1st try, & whistling with 2 fingers",
    "Together, we could: finally finish a 1000-piece puzzle 🧩 or start 3 & finish none",
    "I geek out on: Linux distros (Arch btw), sourdough hydration %, & 1970s sci-fi book covers",
    "The key to my heart is: not asking 'so what do you do?' in the first 5 min",
    "I go crazy for: spicy ramen 🌶️🍜, thunderstorms, & people who use the Oxford comma",
    "Best travel story: missed my flight in Bangkok, ended up at a wedding in Chiang Mai 🇹🇭",
    "My go-to karaoke song: 'Bohemian Rhapsody' — all 6 minutes, all parts, no shame 🎤",
    "Biggest risk I've taken: quitting law school after year 2 to become a chef",
    "I'm weirdly attracted to: people who read the manual before assembling IKEA furniture 📖",
    "Let's debate this topic: is cereal soup? 🥣 (answer: yes & I'll die on this hill)",
    "Don't hate me if I… correct your grammar in my head (never out loud, promise)",
    "My friends ask me for advice about: spreadsheets, relationships & where to eat in Lisbon",
    "Change my mind about: 'The Office' UK > US",
    "I want someone who: gets my dad jokes <3 & laughs even when they're bad. Especially when they're bad.",
    "Something I'll never do again: go camping without checking the forecast ⛺🌧️",
    "This year, I really want to: run a half marathon & learn enough Japanese to order without pointing",
    "The hallmark of a good relationship is: being able to sit in silence & it not being weird",
    "First round is on me if… you can name 3 Fleetwood Mac songs 🎶",
    "My cry-in-the-car song is: 'Fast Car' by Tracy Chapman 🚗😭",
    "I bet you can't: beat me at Mario Kart. Rainbow Road, 150cc, no items.",
    "Believe it or not, I: have never had a cavity. 32 years. Zero. 🦷",
    "Dating me is like: a 'choose your own adventure' book, but every path leads to tacos",
    "Two truths & a lie:\n1) I've been struck by lightning\n2) I was on a game show\n3) I hate cheese",
    "My ideal first date: a walk through the botanical garden, then tacos from the truck on 5th & Main",
    "I'm convinced that: pigeons are government drones 🐦 (jk… unless?)",
    "I know the best spot in town for: dumplings. Hole-in-the-wall on Grant Ave, cash only 💵",
    "Mi cita ideal: un café, una librería y perdernos por el centro sin mapa 📚",
    "Mon premier rendez-vous idéal : un pique-nique au bord de la Seine avec du fromage qui pue 🧀",
    "Perfektes erstes Date: Spaziergang, Eis, und danach ehrlich sagen, ob's gepasst hat 🍦",
    "Looking for: ❌ hookups ❌ pen pals ✅ someone to grow old & grumpy with",
    "Height: 5'11\" (yes, really; no, I'm not rounding up)",
    "Ask me about: the time I accidentally joined a flash mob at Union Station 🕺",
    "Most spontaneous thing I've done: booked a one-way ticket to Reykjavík on a Tuesday ✈️",
    "Swipe right if: you'll share your fries 🍟; swipe left if: you put ketchup on steak",
    "A review by a friend: '10/10 would trust with my cat, 3/10 would trust with directions' — Mia",
    "I'm overly competitive about: Scrabble. 'QI' on a triple word is my whole personality.",
    "What I'd order for the table: everything with 'crispy' or 'truffle' in the name, & one salad for guilt 🥗",
    "Never have I ever: finished a whole bottle of sunscreen",
    "Religion: spiritual-ish 🙏 | Politics: moderate | Kids: want someday | Drinks: socially | Smokes: never",
    "My Sunday script: sleep in, call my mom, burn the toast, blame the toaster 🍞",
    "Green flag: you text 'home safe?' after every date. Red flag: you text 'u up?' at 3am 🚩",
]

DP_ANSWERS = {
    "My simple pleasures:": [
        "a good book & a rainy window 🌧️📖", "warm socks straight out of the dryer",
        "the first bite of a cold watermelon 🍉", "long walks that end at a bakery 🥐",
        "a playlist that fits the mood perfectly", "finding money in an old jacket 💵",
    ],
    "Green flags I look for:": [
        "calls their grandma every week", "laughs at their own jokes",
        "is nice to waiters", "texts back (eventually)", "says sorry first 🙏",
        "knows the name of their neighbor's dog 🐕",
    ],
    "Typical Sunday:": [
        "pancakes 🥞", "a long run along the river 🏃", "calling my mom",
        "the farmers market 🥕", "a 3-hour nap", "board games with friends 🎲",
    ],
    "Dealbreakers:": [
        "rude to service staff", "doesn't like dogs", "'just here for fun' at 45",
        "chews with their mouth open", "never asks a single question back",
        "thinks astrology is a personality 🙄 (jk... mostly)",
    ],
}
DP_JOINERS = {"My simple pleasures:": ", ", "Green flags I look for:": "; ",
              "Typical Sunday:": " → ", "Dealbreakers:": "; "}


def dating_prompt_template(rng):
    prompt = rng.choice(sorted(DP_ANSWERS))
    picks = rng.sample(DP_ANSWERS[prompt], 2)
    return f"{prompt} {DP_JOINERS[prompt].join(picks)}"


# --------------------------------------------------------------------------
# event: invites and meetup announcements
# --------------------------------------------------------------------------
EVENT = [
    "🎉 You're invited! Maya's 30th 🎂 Sat, Jun 14 @ 8pm — Rooftop at The Standard. Dress code: 'summer chic' (no Crocs, Derek)",
    "Monthly board game night 🎲 | Thu 7–11pm | bring snacks & your A-game | RSVP by Wed so we know how many tables to set up",
    "Beach cleanup 🌊♻️ Sunday 9am, meet at lifeguard tower #4. Gloves & bags provided. Kids welcome!",
    "Book club 📚 — this month: 'Tomorrow, and Tomorrow, and Tomorrow'. Meeting @ Jen's place, 12 Elm St. Potluck, BYOB.",
    "Potluck sign-up 🍲: mains ✅ (Raj, Ana) | sides (need 3 more!) | desserts ✅ | drinks — anyone??",
    "Open mic night 🎤 Fri 8pm @ Café Lumière — sign-up sheet at the door, 5 min max per act, no 'Wonderwall' pls",
    "Join us for Pride brunch 🏳️‍🌈🥞 Sat 11am! $25 bottomless mimosas, 50% of proceeds → our local LGBTQ+ youth shelter",
    "Speed dating 💘 ages 25–35 | Wed Feb 12 | 7pm | $20 includes 1 drink | 8 min per date — bring your best opener!",
    "Hike: Mt. Tam loop 🥾 ~11 mi, 2,500 ft gain. Meet 8am @ Pantoll parking. Carpool from SF 7am. Pace: moderate.",
    "Wedding reminder 💒 RSVP deadline is April 1 (not a joke!). Reply with # of guests & meal choice: 🥩 / 🐟 / 🌱",
    "Karaoke & tacos 🌮🎤 Tuesday @ El Farolito — first 20 people get a free margarita!",
    "Hackathon 💻 48h | Mar 8–10 | teams of 2–4 | theme: 'tools for community' | prizes: $2k/$1k/$500 | bring laptop & ID",
    "Iftar gathering 🌙 at the community center — everyone welcome, regardless of faith. Dates & water at sunset, dinner after.",
    "Kids' birthday party 🦖 dinosaur theme! Sun 2–4pm @ Riverside Park pavilion B. Parents: stay or drop-off, both ok.",
    "Networking mixer for women in tech 👩‍💻 | Thu 6pm | WeWork 5th floor | free, register via the link below",
    "Running club 🏃 — Tue & Thu 6:15am, Sat 8am long run. All paces. We never leave anyone behind (except Tom, he's fast).",
    "Funeral service for Harold J. O'Brien will be held Saturday 10am at St. Patrick's. Reception to follow in the parish hall.",
    "Queer movie night 🍿🏳️‍⚧️ 'But I'm a Cheerleader' | Fri 9pm | BYO blanket | rooftop of the community center",
    "Fiesta de cumpleaños 🎂 de Lucía — sábado 20:00, calle Mayor 14, 3º izq. ¡Trae tu mejor disfraz!",
    "Soirée jeux de société 🎲 vendredi 19h chez Camille — apportez à boire & à grignoter !",
    "Grillabend am Samstag 🔥 ab 18 Uhr bei uns im Garten. Bringt Salate & gute Laune mit!",
    "花見 🌸 4/6(土) 11時〜 上野公園 西郷像前集合！レジャーシート持参でお願いします",
    "Virtual watch party 📺 for the finale — Sun 9pm ET on Discord, link in the group chat. No spoilers in #general!",
    "Garage sale 🏷️ Sat 7am–1pm, 42 Oak Ln — furniture, baby stuff, 300+ books, one very cursed lamp",
    "Memorial ride 🏍️ for our brother Big Mike — kickstands up 10am sharp from the dealership on Route 9",
    "Q&A w/ the author 📖 Thurs 7pm at the Riverside bookstore — first come, first served; signed copies $28",
    "⚠️ LOCATION CHANGE ⚠️ Tonight's meetup moved from Bar 21 → The Drop Inn (same street, 2 doors down)",
    "Sunrise yoga 🧘 on the pier, Saturdays 6:30am. Donation-based ($5–$15). Mats available if you forget.",
    "Couples' cooking class 👩‍🍳👨‍🍳 'Date Night in Tuscany' — fresh pasta & tiramisù — Feb 14, $120/couple",
    "Union meeting 🪧 re: the new shift schedule. Tues 5:30pm, break room. Bring your questions & your pay stubs.",
    "Reunion: Class of 2005 🎓 20 years!! Aug 16 @ the Elks Lodge. $45/person, includes dinner & DJ. Spouses welcome.",
    "Chess in the park ♟️ every Sunday 1pm near the fountain — boards provided, all levels, no hustling 😉",
    "Silent disco 🎧 Sat 10pm — 3 channels (80s / house / K-pop). Headphones require an ID deposit.",
    "Volunteers needed 🙋 for the food bank's holiday drive — shifts 8–12 or 12–4, sign up below ⬇️",
    "LAN party 🖥️ at Kev's basement — Fri 6pm till whenever. Bring your rig, an ethernet cable & a power strip. Pizza fund: $10.",
    "Meditation circle every Wed 7pm — 'sit, breathe, be' — no experience needed 🕯️",
    "Baby shower 🍼 for Aisha! Sun 3pm. Registry link below. Theme: 'oh boy!' 💙",
    "Founders & hackers drinks 🍻 — Tue 6:30pm, the usual bar. No pitches after the 3rd beer, that's the rule.",
    "Protest march ✊ Sat 12pm from City Hall to the courthouse. Bring water, wear comfy shoes, stay peaceful.",
    "Dog playdate 🐕🐕 Sun 10am at the fenced dog park on 3rd Ave. Small dogs: east side; big dogs: west side.",
    "Tech talk: 'Why your SELECT * is slow & what to do about it' — Thu 6pm, pizza & 🍺 provided",
    "Workshop: Linux for absolute beginners 🐧 — bring a laptop; we'll cover ls, cd, cat & sudo (carefully)",
    "Trivia night 🧠 teams of 4–6, Wed 8pm @ The Fox & Hound. Winning team gets a $50 bar tab.",
    "Diwali potluck 🪔 Sat 6pm — bring a dish from home! Rangoli contest for kids, the grandmas are judging.",
    "Pickup soccer ⚽ Tues 7pm @ Lincoln Field — need 4 more to make 7v7. Cleats optional, vibes mandatory.",
    "Stitch 'n' chat 🧶 every 2nd Thursday — knitting, crochet, embroidery, gossip. Wine optional, snark required.",
    "Save the date 💌\nAlex & Sam\n09.20.2025\nSonoma, CA\nformal invite to follow (yes, there will be tacos)",
    "Secret Santa 🎅 $25 limit! Draw happens Dec 1 in the group chat; wish lists go in the pinned doc. No gift cards unless asked.",
    "Ugly sweater party 🎄 Fri 12/19 @ 8pm — prizes for 'ugliest', 'most LEDs' & 'worst pun'. BYO mug for mulled wine.",
]

EV_KINDS = ["Board game night 🎲", "Picnic 🧺", "Movie night 🍿", "Bike ride 🚲", "Brunch 🥞",
            "Study group 📚", "Pottery night 🏺", "Trivia 🧠", "Salsa class 💃", "Park cleanup ♻️"]
EV_DAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
EV_TIMES = ["10am", "11:30am", "2pm", "5:30pm", "7pm", "7:30pm", "8pm"]
EV_VENUES = ["Jen's place", "Riverside Park", "the library (room 2B)", "Café Lumière",
             "The Fox & Hound", "Pier 39 entrance", "Kev's backyard", "the community center"]
EV_NOTES = ["BYOB", "RSVP in comments", "kids & dogs welcome", "bring a friend!",
            "free, donations welcome", "$10 at the door", "rain date: next week", "wheelchair accessible ♿"]


def event_template(rng):
    return (f"{rng.choice(EV_KINDS)} — {rng.choice(EV_DAYS)} @ {rng.choice(EV_TIMES)}, "
            f"{rng.choice(EV_VENUES)}. {rng.choice(EV_NOTES)}")


# --------------------------------------------------------------------------
# group_rules: group descriptions, pinned rules
# --------------------------------------------------------------------------
GROUP_RULES = [
    "Welcome to Brooklyn Plant Swap 🪴! Rules: 1) Be kind 2) No selling, only swapping 3) Pics or it didn't happen 4) Pests = disclose!",
    "Rule #1: No spam. Rule #2: No self-promo except on Fridays. Rule #3: Read rule #1 again.",
    "📌 PINNED: Group rules\n1. Be respectful — disagree with ideas, not people\n2. No hate speech, racism, sexism, homophobia, transphobia\n3. No MLM / crypto / 'DM me for a business opportunity'\n4. Use post flair: [Question] [Discussion] [Meme]\n5. Mods' decisions are final; appeals via modmail",
    "This is a SAFE SPACE for survivors 💜. Posts are anonymous if you choose 'post as anonymous'. Do NOT share screenshots outside the group.",
    "Single parents of Denver 👨‍👧‍👦 — playdates, advice, venting. Dads welcome too! No dating requests.",
    "Programmer humor 🤓: memes about code only. No 'rm -rf /' jokes, we've seen them all. No recruiting.",
    "Language exchange 🇪🇸⇄🇬🇧 — post in the language you're learning; corrections welcome if asked. Use ~~strike~~ & **bold** for fixes.",
    "NO politics. NO religion. NO selling. This group is for photos of cats in boxes. That's it. 📦🐈",
    "Posts must include: location, price range ($/$$/$$$) & whether it's wheelchair accessible ♿",
    "Spoilers must be tagged with >!spoiler!< or the post gets removed. The finale airs Sun; no spoilers in titles until Wed.",
    "Moderators: @lena_k, @dev.rahul, @TheRealMo. Report posts via the '...' menu → Report. Don't argue in comments.",
    "Buy/Sell/Trade — local only (Eastside). Format: [WTS] item — $price — neighborhood. No holds without a deposit.",
    "Rules for memes: OC preferred, credit the creator, no reposts within 30 days, no low-effort me_irl spam",
    "Welcome, newbies! 👋 Please introduce yourself in the weekly thread: name (or nickname), pronouns, where you're from & 1 fun fact",
    "Zero tolerance for doxxing. Posting someone's address, phone # or workplace = instant ban, no warnings.",
    "Gruppo per italiani a Londra 🇮🇹🇬🇧 — info su casa, lavoro, burocrazia. Niente spam, niente annunci di affitto senza foto.",
    "Groupe d'entraide pour les étudiants de Lyon 🎓 — logement, cours, bons plans. Pas de pub, merci !",
    "Gruppe für Hundebesitzer in München 🐕 — Gassi-Treffen, Tierarzt-Tipps, verlorene & gefundene Tiere.",
    "Grupo de mães de Curitiba 👶 — dúvidas, desabafos & indicações. Respeito acima de tudo!",
    "Sysadmins anonymous 🖥️ — vent about users, share war stories. Redact hostnames & IPs. 'How do I get into my ex's account' posts = instant ban.",
    "Hiking group etiquette 🥾: carpool when possible; pack it in, pack it out; the slowest hiker sets the pace; no drones near wildlife.",
    "Recovery circle 💙 (12-step friendly). What's shared here stays here. No advice unless someone asks for it.",
    "Local news & alerts 🚨 for Oakridge — road closures, lost pets, power outages. Verified info only; cite your source.",
    "Please don't post 'DROP YOUR CASHAPP' or 'drop your @' threads, they attract scammers",
    "Be excellent to each other. (Yes, that's the whole rule. Mods will interpret generously but firmly.)",
    "Dating advice 💌 — ages 18+ only. No screenshots with visible names/faces. Blur or crop before posting.",
    "Weekly threads: Monday 'Motivation', Wednesday 'Wins', Friday 'Free Talk'. Anything off-topic goes there.",
    "Title format: [City] [Age range] Topic — e.g. '[Austin] [30s] Anyone want to start a D&D group?'",
    "Crafters' corner ✂️🧵 — pattern sharing allowed ONLY if free/public domain. Paid patterns → link to the designer's shop.",
    "For parents of kids with type 1 diabetes 💙 — share CGM tips, school plans & the 3am-low struggles. We are not doctors.",
    "Vintage car enthusiasts 🚗 — pre-1985 only. Year/make/model in the title. 'Is this worth $$$?' posts go in the pinned thread.",
    "Photography critique 📷 — include EXIF (camera, lens, f/, ISO, shutter). Honest but kind feedback; no 'nice pic' one-liners.",
    "Gamers over 30 🎮 — no kids, no toxicity, no 'git gud'. Post your Discord tag if you're looking for a squad.",
    "Minimalists 🪴 — 'buy nothing' mindset. Giveaways are fine; asking for money = removal.",
    "Neighbors on Maple & 5th 🏘️ — package thefts, snow shoveling schedule & 'whose dog is this' posts all welcome.",
    "Anxiety support 🌿 — content warnings (TW/CW) required for: self-harm, ED, substance use. In crisis? Call/text 988 (US).",
    "Language: English or Tagalog please 🇵🇭 — Taglish is totally fine haha",
    "Posts asking 'how to unblock someone who blocked me' will be removed. Respect boundaries.",
    "Admins may remove any post that violates the code of conduct (see About → /groups/4412/about#coc)",
    "Muslim sisters network 🌸 — women only, verified by admin DM. Please keep discussions halal & respectful.",
    "K-pop multi-fandom 💜 — no fanwars, no solo-stan hate, no 'who's the visual' fights. Streaming goals go in #streaming.",
    "Post your homegrown tomatoes 🍅 — heirloom, cherry, whatever. Blight questions: include a photo of the leaves (both sides).",
    "Foodies of Lagos 🇳🇬 — jollof debates must remain civil. Ghana jollof fans are welcome (but wrong 😂).",
    "Tiny house community 🏡 — builds, zoning laws, off-grid power. Share floorplans (PDF/PNG) in the Files tab.",
    "A place for 'weird' people to be weird together 🌀 — no judgment, just vibes.",
    "Posting hours: 6am–10pm. Anything posted overnight is held for review (our mods need sleep too 😴).",
    "Linux newbies 🐧 — no question is too dumb. Paste errors in ``` code blocks ```, and NEVER run a command with sudo just because a stranger said so.",
    "Rules (short version): don't be a jerk; tag NSFW; no selling; English/Español OK; have fun <3",
    "Admins: please don't approve member requests with empty answers to the 3 questions. Bots love us.",
    "Welcome to r/SeattleFoodies-style group for Tacoma 🌮 — reviews need: dish, price, rating /10. Photos encouraged.",
]

GR_RULES = {
    "Buy/Sell posts": ["need a photo & a price in the title 💸", "go in the weekly megathread only",
                       "must say pickup or delivery"],
    "Event announcements": ["need date, time & neighborhood (not a full address)",
                            "need mod approval before going live", "are allowed once per event, no bumping"],
    "Memes": ["are for Fridays only 📅", "must credit the creator", "must be tagged with the [Meme] flair"],
    "Lost & found pets": ["always get pinned for 48h 🐾", "should include a photo & the cross streets"],
    "Job posts": ["must include the pay range", "must be tagged [Hiring] or [For Hire]"],
    "Self-promo": ["is allowed in the Friday thread only", "needs mod approval first"],
}


def group_rules_template(rng):
    topic = rng.choice(sorted(GR_RULES))
    return f"Rule #{rng.randint(2, 12)}: {topic} {rng.choice(GR_RULES[topic])}."


# --------------------------------------------------------------------------
# moderation: moderator notes, report reasons, appeals
# --------------------------------------------------------------------------
MODERATION = [
    "Reported: spam — user posted the same crypto link in 14 groups within 10 min",
    "Report reason: harassment. User keeps commenting insults under all my posts. Screenshots attached.",
    "Mod note: warned for name-calling (2nd warning). Next = 7-day mute.",
    "Removed: off-topic (selling a car in a plant swap group 🚗🪴)",
    "Appeal: I wasn't spamming, I posted my bakery's menu once on 'Promo Friday' like the rules say?",
    "Fake profile — photos are of a model (reverse image search finds her Instagram). Asks for gift cards in DMs.",
    "User impersonating @real_chef_tony — same photo, name with a zero instead of O: 'T0ny'",
    "Shadowban lifted after review; false positive from the link filter (they linked to a library catalogue).",
    "Escalated to T&S: possible minor on the platform (says 'I'm 14' in bio). Account locked pending age verification.",
    "Note to other mods: these posts aren't hate speech, they're quoting the article to criticize it. Leave up.",
    "Report: scam — 'send $50 on CashApp & I'll send you the concert tickets'. Never received tickets.",
    "Auto-mod flagged 'drop' + 'table' — it's a woodworking post about a drop-leaf table. Approved ✅",
    "Auto-filter caught 'exec' in an 'exec chef wanted' job post. Approved manually.",
    "Removed comment: doxxing (posted home address). User banned permanently. Ticket #58213.",
    "Report reason: Other — 'this person keeps posting pictures of my dog without permission??'",
    "Self-harm content: reached out w/ resources (988 & crisis text line), post hidden not deleted. Check in 24h.",
    "Mod log 2025-03-02 14:11 UTC — @kat_m: locked thread 'vaccines?!' (went off the rails after 300 comments)",
    "Reinstated account: user proved ID; previous ban was mistaken identity with a spammer (same display name).",
    "Please review: user posts 🚨 alert emojis on every single post — annoying, but against the rules?",
    "Warning issued: misinformation about the boil-water notice. Linked the city's official page in reply.",
    "Ban evasion — same IP range & writing style as banned user 'grumpy_gus'. New acct 'grumpy.gus2'. Banned.",
    "Hate speech: slur in comment (removed). User has 3 prior strikes → permanent ban per policy 4.2",
    "Copyright claim: photographer says the header image is theirs. Asked the group owner to replace it.",
    "Dispute: two sellers arguing over a 'sold' couch. Locked comments, told them to DM. Not a mod matter.",
    "Mass report wave (40+ in 5 min) against @sunflower_ann — likely brigading from another group. No violations found.",
    "Removed: nudity in profile pic. User notified; can re-upload a compliant image.",
    "Pinned a correction: the event is at 7pm, not 7am (typo in the organizer's original post).",
    "Report: 'this account sent me a link to a fake login page' — hxxp://faceb00k-login[.]example/verify (defanged). Domain blocked.",
    "Note: @tomas.r's 'DROP everything & come to the rally' post isn't spam, it's a community event. Leave.",
    "User says their account was hacked & they didn't post the slurs. Reset password, enabled 2FA, restored.",
    "Context for reviewers: 'I'm going to kill it at my presentation tomorrow' — not a threat. Dismissed.",
    "Flagged DMs: user sends unsolicited 'hey beautiful 😍' to 200+ accounts/day. Rate-limited & warned.",
    "Appeal denied. Reason: repeated targeted harassment (5 reports from different users over 2 weeks).",
    "Report reason: underage drinking photos. Checked — they're 23, it's a wedding. Dismissed.",
    "Keyword filter update: added 'dm me for $$$' & 'investment opportunity' to the spam list.",
    "Modmail: 'why was my post about Linux commands removed?' — auto-removed for a code block; restored.",
    "Bot account: posts every 60 seconds exactly, always the same 'check my bio' text. Removed.",
    "Verified badge request: @melanie.sings — 120k followers, ID matches, press links check out. Approved.",
    "Temporary mute (24h) for spamming 'FIRST!!!' on every new post.",
    "Reported as 'false information': post says the mall closes at 9. It closes at 10. Minor — left a comment.",
    "Sensitive content label applied: graphic injury photo in the cycling accident thread.",
    "Meldung: Beleidigung in den Kommentaren. Nutzer verwarnt, Kommentar gelöscht.",
    "Signalement : faux compte qui se fait passer pour la mairie. Compte suspendu.",
    "Reporte: acoso por mensajes privados. Usuario bloqueado y suspendido 30 días.",
    "Escalation: legal request re: account @anon_4412 — forwarded to legal@, do NOT reply to the requester.",
    "Comment held for review: contains a link shortener. Most are legit but some redirect to phishing.",
    "Removed as 'union busting'? — No! It's about a union meeting. Restored & apologized to OP.",
    "User report: 'he posted my screenshots with my name'. Confirmed; removed; 7-day suspension.",
    "Dupe report — already handled in ticket #58190. Closing.",
    "Filter false positive: the post was a recipe that said 'select ripe tomatoes, drop them in boiling water for 30 sec'. Approved 🍅",
    "Mod handover notes:\n- @grumpy.gus2 is on final warning\n- the 'Free couch!!' post is legit\n- ignore reports on the pinned rules, it's the same person every week",
    "Reporter says the account's bio reads 'DM for promo <3 <3' & every follower is a bot. Checked: 98% of followers created the same day. Suspended.",
]

MOD_ACTIONS = ["Removed", "Approved", "Warned", "Muted 24h", "Dismissed", "Escalated", "Locked thread", "Labelled"]
MOD_REASONS = [
    "off-topic post in the buy/sell group", "duplicate post (3rd time today)",
    "spoiler without a tag", "personal info visible in screenshot",
    "link to a giveaway scam", "misgendering after warning", "reported by 6 users, no violation found",
    "self-promo outside Friday thread", "graphic image without a content warning",
    "heated but civil debate, leaving it up",
]


def moderation_template(rng):
    return f"{rng.choice(MOD_ACTIONS)}: {rng.choice(MOD_REASONS)} — ticket #{rng.randint(50000, 69999)}"


# --------------------------------------------------------------------------
# link_share: shared links, quote posts, reposts
# --------------------------------------------------------------------------
LINK_SHARE = [
    "omg read this 😭 https://www.theguardian.com/lifeandstyle/2024/feb/10/the-joy-of-being-a-late-bloomer",
    "This recipe changed my life: https://cooking.example.org/recipes/1024-crispy-gnocchi?servings=4&units=metric",
    "RT @astro_nina: The Moon drifts away from Earth by ~3.8cm every year 🌕 enjoy it while it lasts",
    "Quote post: > 'Normalize leaving the party at 10pm' — yes. Yes. A thousand times yes.",
    "Sharing for visibility 🔁 Missing: Luna, 3yo tabby, last seen near Oak & 9th. Info → https://pets.example.net/lost/88213",
    "Playlist for your Sunday 🎧 https://open.spotify.com/playlist/4kQv9mXb2Tf1Lh8RzNwY0e?si=a1b2c3d4",
    "Watch from 12:34, trust me → https://www.youtube.com/watch?v=k3Jq7-vPz0A&t=754s",
    "The thread that explains it better than I can: https://social.example/@devon/112233445566778899",
    "Fundraiser for Mrs. Alvarez's classroom 🍎 every $ counts: https://www.gofundme.com/f/help-ms-alvarez-classroom",
    "Source (pdf): https://www.who.int/docs/default-source/nutrition/healthy-diet-factsheet.pdf",
    "Wiki rabbit hole of the day 🐦 https://en.wikipedia.org/wiki/Emu_War",
    "Map of the hike 🗺️ https://www.google.com/maps/dir/Pantoll+Campground/Stinson+Beach/@37.90,-122.60,13z",
    "My Etsy shop is finally live!! 🎉 https://www.etsy.com/shop/MossAndMoth — use code FRIENDS10 for 10% off",
    "Sign the petition for bike lanes on Main St 🚲 https://petitions.example.gov/bike-lanes-main?ref=share&lang=en",
    "If anyone wants to join the Discord: discord.gg/plantpals 🌿",
    "> 'The best time to plant a tree was 20 years ago. The second best time is now.'\nthis + my balcony tomatoes 🍅",
    "Paper I mentioned: https://arxiv.org/abs/2401.01234 (skip to section 4 if you're short on time)",
    "Full EP is up → https://bandcamp.example.com/album/night-drive-ep ($7 or pay-what-you-want)",
    "lol this headline: 'Local man discovers he's been holding his spoon wrong for 40 years' https://news.example.com/2025/01/spoon",
    "Booking link for the cabin 🏕️ https://www.airbnb.com/rooms/52841190?check_in=2025-07-11&check_out=2025-07-14&guests=6",
    "Livestream starts at 8 → twitch.tv/ctrlaltdefeat 🎮",
    "Screenshot of the tweet (since it got deleted): [image] 'I am not a cat' — the lawyer, zoom hearing, 2021",
    "Reposting @mira.paints' new piece 🎨 (with permission!) — full res at https://mirapaints.art/gallery/2025/fox.png",
    "File from the group drive: /Shared/Events/2025/Potluck signup.xlsx — add your name in column C",
    "Meeting notes here: https://docs.google.com/document/d/1aBcD3fGhIjK_lMnOpQ/edit?usp=sharing",
    "Our wedding website 💒 https://www.theknot.com/us/sam-and-alex-2025 — RSVP page is under 'Details'",
    "For anyone with the C:\\Program Files (x86)\\OldGame\\save error: the fix is in this forum post https://forum.example.com/t/fix-savegame-path/4471",
    "Found this in my notes app from 2019: 'things to do: 1. be happy 2. get milk' — only did #2",
    "This bot posts a new cat every hour 🐈 https://bots.example.social/@hourlycats",
    "Quoting @linguist_lou: \"'Literally' has meant 'figuratively' since at least 1769. Cope.\" 📚",
    "Carpool spreadsheet 🚗 https://sheets.example.com/d/e/2PACX-1vT/pubhtml?gid=0&single=true",
    "Shared from Reddit: 'AITA for refusing to drop my plans for my sister's gender reveal?' — the comments are unhinged",
    "Link in bio 👆 (the one that says 'shop', not 'old shop')",
    "Podcast ep 47 is live 🎙️ 'Why we ghost' with Dr. Reyes → https://pod.example.fm/ep/47?utm_source=ig&utm_medium=social",
    "Go vote for my dog in the cutest pup contest 🐶 https://contest.example.com/vote?entry=1183&category=small+dogs",
    "The original post (in Spanish): https://www.instagram.com/p/C1xYzAbCdEf/ — traducción abajo 👇",
    "Fact check on that viral 'microwave your phone to charge it' post 🙄 https://www.snopes.com/fact-check/microwave-charging/",
    "The 'select all buses' CAPTCHA meme I promised 🚌 https://i.imgur.com/Xy7Kq2p.jpeg",
    "Recipe card (scan): file:///Users/nana/Documents/Recipes/apple%20pie.jpg — oops that's on my laptop, I'll re-upload",
    "Here's the repo for the bot we built at the hackathon: https://github.com/ctrl-alt-defeat/potluck-bot",
    "my Letterboxd review: ★★★★½ 'cried 3 times, once at the dog' https://letterboxd.com/jules_f/film/past-lives/",
    "Slides from my talk 'SQL for Humans' 📊 https://speakerdeck.example.com/rina/sql-for-humans (slide 12: the infamous JOIN diagram)",
    "The petition got 10,000 signatures!!! 🎉 next step: city council on the 18th https://council.example.gov/agenda?id=2025-03-18",
    "Sharing this thread about burnout 🧵 https://threads.example/@dr.amara/post/C4z9 — part 3 hit hard",
    "Zoom link for tonight's book club 📚 https://us02web.zoom.us/j/81234567890?pwd=Qm9va0NsdWI (passcode: books)",
    "Form for the reunion RSVP: https://forms.gle/Ab12Cd34Ef56Gh78 🎓",
    "Look at this 1998 GeoCities page I found 😂 'Welcome to my homepage!!! <blink>under construction</blink>' with a dancing baby gif",
    "Tickets 🎟️ https://tix.example.com/e/summer-fest-2025?promo=EARLYBIRD&qty=2",
    "Maps link for the BBQ: https://maps.app.goo.gl/Q7wZk3pLx9 — park on the street, not the neighbor's lawn 😅",
    "RT @city_alerts: 🚧 Main St closed between 3rd & 5th until Fri (water main). Detour via Elm. Updates: https://city.example.gov/alerts",
    "My Spotify Wrapped 🎶 top artist: Mitski (again). Top genre: 'sad girl autumn'. Minutes: 61,204. I'm fine.",
    "Reading list from the thread, compiled 📚 https://pad.example.org/p/reading-list-2025 — add yours, just don't delete anyone else's",
]

LS_CAPTIONS = ["this 👇", "saw this & thought of you", "mandatory reading 📚", "lol", "🔁 sharing for reach",
               "worth it, trust me", "ok this made my day ☀️", "thoughts?", "bookmarking for later 🔖"]
LS_HOSTS = ["https://news.example.com", "https://blog.example.org", "https://www.example.net",
            "https://recipes.example.com", "https://social.example", "https://video.example.tv"]
LS_PATHS = ["/2025/03/why-we-ghost", "/recipes/lemon-bars", "/@kat_m/post/88412",
            "/watch", "/t/best-hiking-boots/2291", "/gallery/sunsets", "/p/C7wQ1x", "/article/dogs-at-work"]
LS_QUERIES = ["", "?utm_source=share&utm_medium=app", "?ref=feed", "?t=93", "?lang=es&ref=dm",
              "?v=3fK9pQ&list=WL", "#comments"]


def link_share_template(rng):
    url = rng.choice(LS_HOSTS) + rng.choice(LS_PATHS) + rng.choice(LS_QUERIES)
    if rng.random() < 0.5:
        return f"{rng.choice(LS_CAPTIONS)} {url}"
    return f"{url} {rng.choice(LS_CAPTIONS)}"


# --------------------------------------------------------------------------
# poetry_slang: poems, lyrics, multilingual slang and code-switching
# --------------------------------------------------------------------------
POETRY_SLANG = [
    "roses are red / my screen is blue / I spilled my coffee / thinking of you ☕💙",
    "morning train, late again —\nthe stranger's umbrella\nshares its rain with me",
    "i wrote your name in the fog on the window\n& watched it disappear\nlike you did",
    "Sana all 😭 may jowa na sila, ako may ulam lang",
    "Bro said 'no cap' then capped 💀 fr fr",
    "Wallah I'm tired habibi, yalla let's go home 😴",
    "Ayer fui al mall y estaba full packed, like no parking anywhere 😩 so I just went home",
    "Mi amor, you're the 'sí' to my 'no sé' 💕",
    "Je suis tellement tired aujourd'hui, genre j'ai dormi 3h 😵",
    "Yaar ye weather bilkul bakwaas hai, chai peeni padegi ☕🌧️",
    "Ich hab so keinen Bock mehr auf Montage, ehrlich. Like, why does Monday even exist?",
    "오늘 너무 피곤해 ㅠㅠ but still went to the gym 💪 칭찬해줘",
    "Omo this jollof no get competition 🔥🇳🇬 abeg who cook am?",
    "Wah lau eh, the queue at the hawker centre damn long sia 😤",
    "Ní dhéanfaidh mé dearmad ort 🍀 (I won't forget you)",
    "and if the sky falls down tonight / I'll hold the pieces up for you / one star, two stars, all the light / there's nothing that we can't get through",
    "My heart's a browser with too many tabs open / and you're the one playing music / I can't find which one",
    "Ode to my sourdough starter (Doughlene): / you rise, you fall, you smell of beer, / you've outlived 3 houseplants & a relationship, dear",
    "Shall I compare thee to a summer's day? Nah, you're more like a rainy Tuesday — cozy & underrated 🌧️",
    "if (you && me) { return forever; } 💻❤️ — I know, I know, I'm a nerd",
    "Limerick time:\nThere once was a cat named McGee\nwho sat on my laptop with glee\nhe pressed shift & delete\nwith his soft little feet\nand my thesis is gone, woe is me 😿",
    "Mañana será otro día, y si no, pues pasado mañana 🤷‍♀️",
    "Tudo bem? Tô de boa, só cansada da vida adulta kkkk",
    "Ça va, ça vient. Like the tide, like my motivation 🌊",
    "Тоска зелёная… but the sun is out, so I guess we move 🌞",
    "Lagi gabut nih, ada yang mau main ML? 🎮 wkwkwk",
    "Ngl the vibes at this café are immaculate ✨ 10/10 no notes",
    "It's giving... 'I paid $14 for toast' energy 🥑🍞",
    "Slay queen 💅 period. Ate & left no crumbs.",
    "Ok boomer 🙄 — says my 12yo nephew to me, a 29yo millennial",
    "Grandma's poem, typed up from her notebook (1962):\n'The wheat is tall, the sky is wide,\nand you, my love, are by my side.'",
    "Rhymes I wrote at 3am: / sleep, sleep, where did you go / counting sheep & they all said no 🐑",
    "Ya no sé si es amor o es ansiedad 😵‍💫 the same symptoms honestly",
    "كل عام وأنتم بخير 🌙 Eid Mubarak everyone!",
    "שבת שלום 🕯️ from our crazy loud dinner table",
    "नमस्ते दोस्तों 🙏 आज का मूड: chai + बारिश + पुराने गाने",
    "我今天好累啊 😩 but bubble tea fixed everything 🧋",
    "Tanka for the night shift:\nfluorescent hum,\nthe vending machine sighs out\none last orange soda —\nsomewhere the sun is rising\n& someone else is waking",
    "Not me writing poetry in my Notes app at 2am like it's 2014 Tumblr again 🖤",
    "The fog said 'hush' / the kettle said 'ready' / & for a moment / everything was steady 🫖",
    "Lyric I can't get out of my head (our band's new one): 'we built a fire from the letters you never sent'",
    "Free verse for the group chat:\nwho ate the last samosa\nI am not angry\nI am just\ndisappointed\n(I am angry)",
    "Đi đâu đó cho khuây khỏa đi, ở nhà buồn quá 😔 anyone down for phở?",
    "Mabuhay! 🇵🇭 Salamat sa lahat ng bumati sa birthday ko, love you all mwa mwa 😘",
    "Jo bhi ho, ho jaayega. 🙏 (whatever happens, happens)",
    "Ubuntu — 'I am because we are' 🤝 (the philosophy, not the OS, put down the terminal Kevin)",
    "Sawubona 👋 we see you. Ngiyabonga for all the love on my last post 💚",
    "Kia ora e te whānau 🌿 thanks for the birthday wishes",
    "Hakuna matata isn't just a song, it's my financial strategy 🦁💸",
    "Quiero dormir hasta que mis problemas se arreglen solos 😴 #mood",
    "Tô morrendo de saudade de vocês 😭💚 volta logo, Lisboa",
    "Ti amo più di ieri e meno di domani 💕",
    "<3 you to the moon & back\n(& then some, because the moon is drifting away 3.8cm a year 🌕)",
]

HAIKU_5 = ["autumn bus window", "cold coffee again", "a text left on read", "the cat on my chest",
           "first snow on the car", "your hoodie still smells", "three dots, then nothing", "late train, empty seat"]
HAIKU_7 = ["the city hums a slow song", "I pretend I didn't see", "your name lights up my phone screen",
           "somewhere a kettle whistles", "the moon is also awake", "we split the last slice of pie",
           "my playlist knows how I feel", "rain taps out a quiet yes"]
HAIKU_END = [" — #haiku", " 🍂", " 🌙", "\n#poetry #3am", " ☕", " (a haiku, sorry)"]


def poetry_slang_template(rng):
    a, c = rng.sample(HAIKU_5, 2)
    return f"{a}\n{rng.choice(HAIKU_7)}\n{c}{rng.choice(HAIKU_END)}"


# --------------------------------------------------------------------------
CATEGORIES = [
    ("bio", BIO, bio_template),
    ("status", STATUS, status_template),
    ("comment", COMMENT, comment_template),
    ("dm", DM, dm_template),
    ("dating_prompt", DATING_PROMPT, dating_prompt_template),
    ("event", EVENT, event_template),
    ("group_rules", GROUP_RULES, group_rules_template),
    ("moderation", MODERATION, moderation_template),
    ("link_share", LINK_SHARE, link_share_template),
    ("poetry_slang", POETRY_SLANG, poetry_slang_template),
]


def build():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for name, literals, template in CATEGORIES:
        vals = []
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {name}: {v!r}")
            seen.add(v)
            vals.append(v)
        n_lit = len(vals)
        if n_lit < 0.55 * PER_CATEGORY:
            raise SystemExit(f"{name}: only {n_lit} literals")
        tries = 0
        while len(vals) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"{name}: template space exhausted")
            v = template(rng)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        vals = vals[:PER_CATEGORY]
        stats.append((name, len(vals), min(n_lit, PER_CATEGORY)))
        for v in vals:
            rows.append({"category": name, "value": v})
    return rows, stats


def main():
    rows, stats = build()
    out = Path(__file__).with_name("benign.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, r in enumerate(rows, 1):
            v = r["value"]
            assert isinstance(v, str) and v and len(v) <= 1800, v
            obj = {"id": f"{PREFIX}-{i:05d}", "category": r["category"], "label": "benign", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    total_lit = 0
    for name, n, lit in stats:
        total_lit += lit
        print(f"{name:15s} {n:4d}  literals {lit}")
    print(f"{'total':15s} {len(rows):4d}  literals {total_lit}")


if __name__ == "__main__":
    main()
