"""Benign held-out values for the podcast hosting / publishing corpus.

Every value is text a real podcaster, producer, guest or listener would type into
an ordinary field of a podcast hosting platform: episode titles, show notes with
timestamps, guest bios, chapter markers, RSS/feed snippets pasted into the
"custom feed tags" box, transcript excerpts, sponsor reads, audio file names,
listener questions and search queries.  All literals were hand-written for this
corpus; the templates only recombine small hand-written pools.

Output: benign.jsonl next to this file.  Deterministic (fixed SEED, no set order).
"""
import json
import random
from pathlib import Path

SEED = 9301
PREFIX = "hb93"
PER_CATEGORY = 80

# ---------------------------------------------------------------- episode titles
EPISODE_TITLES = [
    "Ep. 112 – \"Drop Everything\": Why Our Producer Quit (And Came Back)",
    "#47 | SELECT * FROM feelings — a data engineer on burnout",
    "Bonus: Q&A with the cast of 'The Long Night' (spoilers!)",
    "S03E09 — Sleep, Caffeine & the 3 a.m. Deploy",
    "The Union Strike of 1912 <Part 2 of 3>",
    "Why \"exec\" summaries fail — w/ Dana O'Connell",
    "Trailer: Season 4 is coming 04/15 🎙️",
    "Épisode 58 : « L'économie du sommeil » avec Élodie Marchand",
    "Folge 23: Warum wir \"Nein\" sagen sollten – mit Jörg Häußler",
    "Episodio 14 – ¿Qué pasa cuando el algoritmo se equivoca?",
    "第12回「ポッドキャストの始め方」ゲスト：佐藤さん",
    "Эпизод 31: «Как мы переписали бэкенд за выходные»",
    "Ep 200!!! We made it <3 (thank you all)",
    "Alert: our RSS feed moved — please re-subscribe",
    "Script Doctors #9: rewriting the pilot's cold open",
    "Drop Tables, Not Beats: a DBA's guide to DJing",
    "Rock & Roll || Country: the great 1950s crossover",
    "Cats vs. Dogs -- the final debate (we're sorry)",
    "1/3 – The system is down: inside the 2003 blackout",
    "Eval Week: how teachers grade 200 essays in 48h",
    "$0 → $10k/month: the honest numbers of our show",
    "Ask Us Anything (AUA) #6 — \"Where do you find guests?\"",
    "Ep. 88: Passwords, Passkeys & Your Parents' iPad",
    "The Sleep Episode (yes, you can listen in bed)",
    "Mini-ep: 5 min on C++'s `std::move`",
    "Ep. 19 — 'Ain't No Mountain': Motown's secret studio",
    "Live from SXSW: panel on AI voices & consent",
    "Part 1/2: The O'Brien–Nakamura letters",
    "Behind the Mic: recording in a closet (literally)",
    "Ep.61 [EXPLICIT] Kitchen nightmares, restaurant edition",
    "Ep. 7 – \"Where's the /home directory?\" Linux for musicians",
    "Critical Role-ish: our D&D one-shot, session 1",
    "Ep 33: 100% pure <insert genre> — listeners pick the theme",
    "Shell Shock: a history of the sea turtle trade",
    "Season finale: \"Who killed Lorna?\" {the answer}",
    "Quick Take: Apple's new podcast rules; what changes for us",
    "Ep. 145 – Échecs & maths : le jeu d'Anaïs",
    "Odcinek 9: Jak nagrywać „na żywo” bez stresu",
    "Aflevering 22 — Wat als je 'nee' zegt tegen je baas?",
    "एपिसोड 5: चाय, किताबें और बातें",
    "Ep. 76: The 'Null' Hypothesis — statistics for normal people",
    "Ep 12 - Insert Coin: arcade culture in 1980s Tokyo",
    "Dear Listener, #22: letters we couldn't answer on-air",
    "Ep. 301 = Ep. 300 + 1 (a maths joke, sorry)",
    "Ep. 50 — \"Union\" means different things in Belfast",
    "The Sleepover Show: Ep. 3 ~ Ghost Stories",
    "True Crime Tuesday: The case of the missing 'tapes'",
    "Ep. 9: Grep, Sed & Awk for Producers",
    "Ep. 64: Whisky & Whiskey — Ireland v. Scotland",
    "Ep 18 / Home Studio on a $200 budget",
]
TITLE_TOPICS = ["Coffee Farming", "Urban Beekeeping", "Indie Game Dev", "Remote Work",
                "Jazz Piano", "Kombucha", "Trail Running", "Startup Law", "Vinyl Records",
                "Tiny Houses", "Public Radio", "Audio Drama", "Open Source", "Chess Openings"]
TITLE_GUESTS = ["Priya Raman", "Tomás Ibáñez", "Mei-Ling Chou", "Seán Ó Briain",
                "Aisha Bello", "Kai Müller", "Olúwadámilọ́lá Ade", "Noor Haddad",
                "Lars Øvergaard", "Chloé d'Arcy"]


def title_template(rng):
    n = rng.randint(2, 340)
    topic = rng.choice(TITLE_TOPICS)
    guest = rng.choice(TITLE_GUESTS)
    form = rng.randint(0, 3)
    if form == 0:
        return f"Ep. {n} – {topic} with {guest}"
    if form == 1:
        return f"#{n}: \"{topic}\" & what nobody tells you (ft. {guest})"
    if form == 2:
        return f"S{rng.randint(1, 9):02d}E{rng.randint(1, 24):02d} | {topic} — {guest}'s story"
    return f"Ep {n} - {topic}: Q&A w/ {guest}"


# ---------------------------------------------------------------- show notes
SHOW_NOTES = [
    "00:00 - intro\n02:15 - news roundup\n14:40 - interview w/ Sam\n58:10 - outro & thanks",
    "Timestamps:\n(00:12:30) intro\n(00:25:05) the \"union all\" story\n(01:02:44) listener mail",
    "In this episode we talk about sleep; caffeine; and why 3am deploys are a bad idea. Links below ↓",
    "Links mentioned:\n- https://example.org/blog/select-your-mic\n- https://github.com/example/podcast-tools\n- Sam's book: \"Drop the Act\" (2021)",
    "Show notes: we forgot to mention that the <b>bold</b> tags in our last feed broke Spotify's preview. Fixed now!",
    "CW: discussion of self-harm at 00:41:00 – 00:47:30. If you need support, please reach out to a local helpline.",
    "Corrections: at 23:10 I said the 1912 strike lasted 2 weeks -- it was actually 9. Thanks @labor_history!",
    "Music: \"Night Drive\" by Lo & Behold (CC BY 4.0). Cover art © 2024 Jana Petrović.",
    "We recorded this one on-site at the Union Hall in Dayton — apologies for the echo 😅",
    "Guest: Dr. Ana Ruiz (she/her) | Host: Mike O'Neil | Producer: Kenji Sato | Editor: @ella_edits",
    "Chapters:\n0:00 Cold open\n3:40 Why 'exec' is a dirty word\n19:22 Org charts > vibes?\n44:01 Outro",
    "Notes: the script we read at 12:00 is from the 1953 radio drama \"The Alert Signal\". Public domain.",
    "Timestamps\n00:00:00 Intro\n00:04:10 What is a shell company?\n00:33:45 The Panama papers\n01:10:00 Q&A",
    "We discuss C:\\Program Files\\Audacity vs. /Applications/Reaper.app — which one's easier for beginners?",
    "Patreon supporters get the ad-free version + bonus ep at patreon.com/example (tiers $3/$5/$10).",
    "🇫🇷 Notes de l'épisode : on parle d'écologie, d'agriculture & de l'avenir des « petits » producteurs.\n00:00 – intro\n05:30 – l'invitée",
    "Shownotes (DE): Heute geht's um Datenbanken — \"DROP\", \"DELETE\" und warum Backups wichtig sind. 00:00 Intro / 07:12 Thema",
    "Apologies — episode 41 was uploaded with the wrong audio (ep 40's!). The file at /episodes/41.mp3 is now correct.",
    "Referenced: Smith et al. (2019) \"Sleep & memory consolidation\", J. Neurosci. 39(4):712–725; doi:10.1523/example",
    "Submit questions: ask@example.com or leave a voicemail at +1 (555) 010-0199 ext. 4",
    "00:00 intro\n01:30 correction re: ep 88 (the \"passwd\" file joke was wrong on macOS)\n06:00 main topic",
    "Fun fact mentioned: `rm -rf` was almost in the title of this ep. Our editor said no. 🙃",
    "Transcript available at https://example.org/t/ep-112?lang=en&format=txt",
    "Shoutout to everyone at the Portland meetup; y'all were *amazing*!!!",
    "This ep is sponsored by Hearth & Co. (use code HEARTH20 for 20% off). Sponsors don't affect editorial.",
    "Questions we answer: 1) Is 128 kbps enough? 2) Mono vs stereo? 3) Why -16 LUFS and not -14?",
    "Recorded 2024-03-14 @ 19:00 CET; edited by Léa; mixed in Reaper; mastered w/ Auphonic.",
    "⚠️ Explicit language from ~38:00 onward (sorry mum).",
    "We reference the famous \"Bobby Tables\" comic at 17:45 — if you know, you know.",
    "Notas del episodio: hablamos de la \"Ley Mordaza\", del periodismo y de cómo grabar entrevistas en la calle.",
    "本日のトピック：\n00:00 オープニング\n05:20 リスナーからのお便り\n22:10 エンディング",
    "Tools mentioned: ffmpeg, sox, Audacity, Hindenburg; settings at 44.1 kHz / 24-bit.",
    "Correction: the quote at 31:02 (\"Power corrupts; absolute power...\") is Lord Acton, not Churchill.",
    "Tonight's guest wrote \"<Title TBD>\" — yes, that's actually the name of the novel.",
    "Full episode list: https://example.org/shows/deep-dive/episodes?sort=desc&page=2",
    "Next week: part 2 of our series on the 1970s union movement in Wales; bring tissues.",
    "If you're hearing this in 2025+, the promo code has expired — sorry!",
    "Intro music ♫ by @beatsbyrae — licensed; outro: 'Fade/Out' by Kōji Ito.",
    "Note: audio dips around 27:40 because Zoom decided to \"optimize\" it. We tried our best.",
    "We talk about 'Ctrl+Alt+Del' culture, the history of the Windows key, and %APPDATA% folders.",
    "Sources:\n[1] BBC, 2022\n[2] Le Monde, « Crise de l'énergie », 2023\n[3] our own FOI request #4471",
    "Show notes are also on Mastodon: @deepdive@podcasts.example",
    "Time-coded highlights:\n* 00:03:11 — \"I never said that\"\n* 00:19:45 — the coin toss\n* 00:51:02 — final verdict",
    "Thanks to our 1,000+ members! Monthly Q&A is on the 1st; submit via the form (max 500 chars).",
    "Hosts' picks: 'Severance' (TV), \"Piranesi\" (book), & the album 'Blue Rev'.",
    "Ep. transcript + glossary: SSR = server-side rendering; CDN = content delivery network; TTL = time to live.",
    "Listener tip: if the RSS won't refresh in Overcast, pull down & wait ~30s.",
    "00:00 – Intro | 04:00 – \"Is 'alert fatigue' real?\" | 29:00 – Tools | 52:00 – Bye!",
    "Nota bene: nel prossimo episodio parleremo di \"caffè sospeso\" e dell'economia del dono.",
    "Guest's website: https://ana-ruiz.example/research/#sleep (opens in new tab)",
]
NOTE_SEGMENTS = ["intro", "news", "main topic", "listener mail", "sponsor break", "the debate",
                 "rapid-fire questions", "outro", "bloopers", "recommendations", "corrections"]


def notes_template(rng):
    t = 0
    lines = []
    segs = rng.sample(NOTE_SEGMENTS, rng.randint(3, 5))
    for s in segs:
        h, m, sec = t // 3600, (t // 60) % 60, t % 60
        sep = rng.choice([" - ", " – ", " | ", " "])
        lines.append(f"{h:02d}:{m:02d}:{sec:02d}{sep}{s}")
        t += rng.randint(90, 1500)
    return "Timestamps:\n" + "\n".join(lines)


# ---------------------------------------------------------------- guest bios
GUEST_BIOS = [
    "Dr. Ana Ruiz is a sleep researcher at the University of Example; her book \"Wide Awake\" (2022) was a NYT bestseller.",
    "Mike O'Neil has hosted 'The Deep Dive' since 2016. Before that he was a sysadmin who typed `sudo` far too often.",
    "Kenji Sato (佐藤健二) is a sound engineer & producer based in Osaka; he's worked on 300+ episodes.",
    "Élodie Marchand est journaliste indépendante. Elle a couvert l'Afrique de l'Ouest pour « Le Quotidien » pendant 8 ans.",
    "Jörg Häußler ist Datenbankberater und hat mehr \"DROP TABLE\"-Unfälle gesehen, als ihm lieb ist.",
    "Aisha Bello — poet, teacher, and co-founder of Lagos Spoken Word. Find her at aishabello.example.",
    "Priya Raman is a DBA turned DJ; she still thinks in JOINs & UNIONs when she mixes.",
    "Tomás Ibáñez es músico y productor. Su disco \"Sal & Limón\" salió en 2020.",
    "Former union organizer; current beekeeper; forever a fan of The Smiths. (He/him)",
    "Seán Ó Briain teaches Irish at a Gaelscoil in Galway and runs the podcast 'Cúpla Focal'.",
    "Noor Haddad is a security researcher who (thankfully) only breaks things with permission.",
    "Lars Øvergaard — Norwegian chef, author of \"Salt; Smoke; Time\", and a reluctant TikTok star.",
    "Chloé d'Arcy is a screenwriter (\"Night Shift\", \"Les Autres\") & script doctor for audio dramas.",
    "Mei-Ling Chou builds accessibility tools; her screen-reader plugin has 50k+ users.",
    "Kai Müller, 34, is a paramedic in Hamburg who podcasts about night shifts <3",
    "Olúwadámilọ́lá Ade is a Nigerian-British historian specialising in 19th-century trade routes.",
    "Bio: Grew up in Cork; moved to Toronto; now splits time between both. Loves rugby & bad puns.",
    "Dana O'Connell is a former exec at a Fortune 500 company who now coaches first-time managers.",
    "Rachel \"Rae\" Kim composes music for podcasts — including ours! Her studio: /r/ae-sounds on Reddit.",
    "An economist, a dad of 3, and the only person who has read the whole tax code (allegedly).",
    "Dr. Samuel Okafor, MD, PhD — cardiologist, marathoner & author of 'Heart/Work'.",
    "Lucía Fernández-Vega lleva 15 años en la radio pública; ahora dirige su propio estudio.",
    "Ivan Petrov (Иван Петров) — backend developer, chess coach, and part-time stand-up comic.",
    "Bio (short): writer; editor; walker of dogs. Bio (long): see website.",
    "Hana Nováková is a Czech translator who specialises in sci-fi; she translated \"The Null Set\".",
    "Marco Rossi, sommelier: \"Il vino è poesia in bottiglia\" — and he'll tell you why.",
    "A retired NASA engineer who worked on the shuttle's alert & caution system in the '80s.",
    "Zainab Yusuf runs a community radio station in Kano; 10 years on-air, 2 transmitters, 1 very old laptop.",
    "Leo Park is a 19-year-old speedrunner who holds the world record for \"Shell Quest\" (any%).",
    "Ellen McAllister — farmer, 4-H leader & host of 'Dirt Roads' (Ep. 1–120).",
    "Prof. Yuki Tanaka studies linguistics at Kyoto University; her focus: 敬語 (honorifics) in media.",
    "Fatima Zahra El Amrani est doctorante en sociologie à Rabat et animatrice de « Bla Bla Bled ».",
    "Bio: Director of Ops @ Example Corp. Previously: Acme, Initech. Opinions = my own.",
    "Our recurring guest \"Uncle Bob\" (not that one) returns for his 12th appearance.",
    "Dev by day, drag queen by night 💅 — Miss Segfault performs every Thursday in Leeds.",
    "Grandmother of 7, quilter, and the voice behind the late-night show \"Stitches & Sleep\".",
    "Amir Rahimi is a filmmaker whose short 'Exit Code 0' premiered at Tribeca in 2023.",
    "Nicole Ng — UX researcher, amateur ornithologist, will not stop talking about crows.",
    "Björn Lindqvist is a Swedish audio engineer; he mixed \"Fjällen\" & \"Ljus/Mörker\".",
    "Pedro Alves é professor de história em Lisboa e fala sobre a Revolução dos Cravos.",
    "Former Army linguist; current translator (AR<>EN); future retiree in Portugal, hopefully.",
    "Sophie Turner-Hale hosts 'Kill Your Darlings', a podcast about editing fiction.",
    "Yusuf Demir, İstanbul'da yaşayan bir ses tasarımcısı; 'Şehrin Sesleri' projesinin kurucusu.",
    "Grace Liu: CPA, crossword constructor, and the woman who once beat a chatbot at Scrabble.",
    "Ravi Shankar Iyer (no, not that one) teaches Carnatic music online to 200+ students.",
    "Tyler \"T-Bone\" Jackson — ex-NFL, current sports-radio host, future hall-of-famer (his words).",
    "Ingrid Solberg is the founder of a Norwegian indie label; she's released 40+ vinyl records.",
    "Keith & Laura Moss have been married 40 years and have argued on-mic for 6 of them.",
    "Dr. Mariam Saleh — pediatric nurse, mom, and author of the blog \"Night Feeds & Notes\".",
    "Alejandro \"Alex\" Torres is the voice of Captain Vega in our audio drama 'Drift'.",
]
BIO_ROLES = ["historian", "software engineer", "nurse", "chef", "novelist", "teacher",
             "producer", "journalist", "farmer", "comedian", "climate scientist", "lawyer"]
BIO_CITIES = ["Montréal", "São Paulo", "Kraków", "Nairobi", "Melbourne", "Reykjavík",
              "Düsseldorf", "Seoul", "Austin", "Zürich", "Dublin", "Oaxaca"]


def bio_template(rng):
    name = rng.choice(TITLE_GUESTS)
    role = rng.choice(BIO_ROLES)
    city = rng.choice(BIO_CITIES)
    yrs = rng.randint(2, 30)
    form = rng.randint(0, 2)
    if form == 0:
        return f"{name} is a {role} based in {city} with {yrs} years of experience; they've appeared on {rng.randint(3, 90)} podcasts."
    if form == 1:
        return f"{name} — {role}, {city}. \"I've been doing this for {yrs} years & still learn every day.\""
    return f"Bio: {role} ({city}) | {yrs}+ yrs | she/her | links in show notes"


# ---------------------------------------------------------------- chapter markers
CHAPTERS = [
    "00:00:00 Intro",
    "00:12:30 - Why we switched from Libsyn",
    "01:02:44 Listener mail: \"Is -14 LUFS too loud?\"",
    "[00:05:10] Cold open — 'the phone call'",
    "0:00 Start\n2:45 Guest intro\n17:30 Deep dive\n48:12 Lightning round",
    "00:33:15 | Sponsor: Hearth & Co.",
    "CHAPTER 3 — The Exec Who Said No",
    "{\"version\":\"1.2.0\",\"chapters\":[{\"startTime\":0,\"title\":\"Intro\"},{\"startTime\":754,\"title\":\"Interview\"}]}",
    "{\"startTime\": 1830.5, \"title\": \"Q&A\", \"url\": \"https://example.org/qa\"}",
    "00:41:00 Content warning ⚠️",
    "12:00 'Drop' the beat (literally)",
    "00:00 Vorspann\n03:20 Thema: Schlaf & Koffein\n41:55 Abspann",
    "00:00 Introducción\n06:45 La entrevista\n55:00 Despedida",
    "00:00 オープニング",
    "00:00:00.000 Prologue",
    "00:19:22.500 Org charts > vibes?",
    "1:23:45 — Bloopers (stay till the end!)",
    "WEBVTT\n\n00:00:00.000 --> 00:04:59.999\nIntro\n\n00:05:00.000 --> 00:20:00.000\nPart one",
    "00:07:07 Union vs. union-free workplaces",
    "00:25:00 Script review: scene 4 <rewrite>",
    "00:14:02 'Alert' fatigue in hospitals",
    "00:44:44 The system that ran on a fax machine",
    "0:00:00 Intro / 0:09:12 News / 0:31:40 Main / 1:05:00 Outro",
    "00:03:00 \"Where were you on 9/11?\" (sensitive)",
    "Chapter 2: Sleep (and why you're not getting any)",
    "00:58:10 Outro & thank-yous",
    "00:22:30 Rapid-fire: cats || dogs?",
    "00:10:00 Ad break -- skip ahead to 00:12:30",
    "00:16:40 The $1,000,000 question",
    "00:37:20 Poem: \"Select Few\" by Aisha Bello",
    "00:29:00 Les réponses à vos questions",
    "00:48:30 La vraie histoire de « l'affaire des poisons »",
    "00:09:09 Why C:\\Windows\\System32 scares people",
    "00:52:00 Reading your 1-star reviews ★☆☆☆☆",
    "00:13:13 Friday the 13th special",
    "Ch. 4 – 00:27:15 – Exit interview",
    "00:06:30 Guest's setup: SM7B → Cloudlifter → Scarlett 2i2",
    "00:40:00 Mailbag (#ask-the-hosts)",
    "00:18:00 %$#@! — the swearing segment",
    "00:01:15 Previously on...",
    "00:23:45 Eval of last season's predictions",
    "00:31:31 The 'sleep(8)' myth — do you really need 8 hours?",
    "00:15:00 Глава 2: Переезд",
    "00:12:12 第二章：仕事と家族",
    "00:45:00 Patreon-only bonus starts here (cut in public feed)",
    "00:02:02 Housekeeping; tour dates; merch",
    "00:34:56 Trivia: what year did RSS 2.0 launch?",
    "00:20:20 20/20 hindsight",
    "<chapter start=\"00:11:00\" title=\"Interview\" />",
    "00:56:00 Bye! (& see you in 2 weeks)",
]
CHAPTER_NAMES = ["Intro", "Guest intro", "The story", "Listener Q&A", "Sponsor", "Deep dive",
                 "Lightning round", "Outro", "Bloopers", "Corrections", "Hot takes", "Recap"]


def chapter_template(rng):
    secs = rng.randint(0, 7200)
    name = rng.choice(CHAPTER_NAMES)
    form = rng.randint(0, 2)
    if form == 0:
        return f"{secs // 3600:02d}:{(secs // 60) % 60:02d}:{secs % 60:02d} {name}"
    if form == 1:
        return json.dumps({"startTime": secs, "title": name}, ensure_ascii=False)
    return f"[{(secs // 60):d}:{secs % 60:02d}] — {name} (part {rng.randint(1, 4)})"


# ---------------------------------------------------------------- RSS / feed snippets
RSS = [
    "<itunes:explicit>false</itunes:explicit>",
    "<itunes:explicit>true</itunes:explicit>",
    "<enclosure url=\"https://media.example.org/shows/deep-dive/ep112.mp3\" length=\"48213311\" type=\"audio/mpeg\"/>",
    "<itunes:author>Mike O'Neil &amp; Dana O'Connell</itunes:author>",
    "<itunes:category text=\"Technology\"><itunes:category text=\"Tech News\"/></itunes:category>",
    "<itunes:category text=\"Society &amp; Culture\"/>",
    "<itunes:image href=\"https://media.example.org/art/deep-dive-3000.jpg\"/>",
    "<podcast:transcript url=\"https://example.org/t/ep112.vtt\" type=\"text/vtt\" language=\"en\"/>",
    "<podcast:chapters url=\"https://example.org/c/ep112.json\" type=\"application/json+chapters\"/>",
    "<podcast:person role=\"guest\" href=\"https://ana-ruiz.example\">Dr. Ana Ruiz</podcast:person>",
    "<podcast:locked owner=\"hosts@example.org\">yes</podcast:locked>",
    "<podcast:funding url=\"https://patreon.com/example\">Support the show!</podcast:funding>",
    "<podcast:guid>917393e3-1b1e-5cef-ace4-edaa54e1f810</podcast:guid>",
    "<guid isPermaLink=\"false\">deep-dive-ep-112</guid>",
    "<pubDate>Tue, 14 May 2024 05:00:00 GMT</pubDate>",
    "<itunes:duration>01:02:44</itunes:duration>",
    "<itunes:episodeType>bonus</itunes:episodeType>",
    "<itunes:season>3</itunes:season>\n<itunes:episode>9</itunes:episode>",
    "<description><![CDATA[<p>We talk <b>sleep</b> &amp; caffeine. Links: <a href=\"https://example.org\">here</a></p>]]></description>",
    "<content:encoded><![CDATA[<ul><li>00:00 Intro</li><li>12:30 Interview</li></ul>]]></content:encoded>",
    "<itunes:summary>Ep. 47: \"SELECT * FROM feelings\" — a data engineer on burnout.</itunes:summary>",
    "<itunes:owner><itunes:name>Deep Dive Media</itunes:name><itunes:email>feeds@example.org</itunes:email></itunes:owner>",
    "<language>fr-ca</language>",
    "<copyright>© 2024 Deep Dive Media. All rights reserved.</copyright>",
    "<itunes:keywords>sleep, caffeine, health, science</itunes:keywords>",
    "<itunes:type>serial</itunes:type>",
    "<itunes:block>Yes</itunes:block>",
    "<itunes:new-feed-url>https://feeds.example.org/deep-dive.xml</itunes:new-feed-url>",
    "<atom:link href=\"https://feeds.example.org/deep-dive.xml\" rel=\"self\" type=\"application/rss+xml\"/>",
    "<podcast:location geo=\"geo:53.3498,-6.2603\">Dublin, Ireland</podcast:location>",
    "<podcast:season name=\"The Union Years\">2</podcast:season>",
    "<podcast:value type=\"lightning\" method=\"keysend\" suggested=\"0.00000005000\"/>",
    "<podcast:soundbite startTime=\"754.5\" duration=\"42.0\">The \"exec\" who said no</podcast:soundbite>",
    "<podcast:alternateEnclosure type=\"audio/opus\" length=\"21000000\" bitrate=\"64000\"><podcast:source uri=\"https://media.example.org/ep112.opus\"/></podcast:alternateEnclosure>",
    "<podcast:txt purpose=\"verify\">S6lpp-7ZCn8-dZfGc-OoyVG</podcast:txt>",
    "<podcast:medium>music</podcast:medium>",
    "<title>Épisode 58 : « L'économie du sommeil »</title>",
    "<title>Ep. 12 – Rock &amp; Roll || Country</title>",
    "<link>https://example.org/shows/deep-dive/ep-112?utm_source=rss&amp;utm_medium=feed</link>",
    "<googleplay:explicit>no</googleplay:explicit>",
    "<media:content url=\"https://media.example.org/ep112.mp4\" type=\"video/mp4\" medium=\"video\"/>",
    "<itunes:title>Drop Everything</itunes:title>",
    "<itunes:subtitle>Why our producer quit (and came back)</itunes:subtitle>",
    "<podcast:license url=\"https://creativecommons.org/licenses/by/4.0/\">cc-by-4.0</podcast:license>",
    "<podcast:trailer pubdate=\"Thu, 01 Apr 2024 08:00:00 GMT\" url=\"https://media.example.org/trailer.mp3\" length=\"2490000\" type=\"audio/mpeg\" season=\"4\">Season 4 Trailer</podcast:trailer>",
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<rss version=\"2.0\" xmlns:itunes=\"http://www.itunes.com/dtds/podcast-1.0.dtd\">",
    "<podcast:podroll><podcast:remoteItem feedGuid=\"bd3d2c5a-6b2a-5e5c-9d4b-0d6a8d9b6a11\"/></podcast:podroll>",
    "<itunes:complete>Yes</itunes:complete>",
    "<ttl>60</ttl>",
    "<podcast:person role=\"host\" img=\"https://media.example.org/p/mike.jpg\">Mike O'Neil</podcast:person>",
]
RSS_TAGS = ["itunes:episode", "itunes:season", "itunes:duration", "ttl", "itunes:explicit",
            "podcast:medium", "language"]


def rss_template(rng):
    form = rng.randint(0, 2)
    if form == 0:
        ep = rng.randint(1, 400)
        size = rng.randint(8_000_000, 140_000_000)
        ext, mime = rng.choice([("mp3", "audio/mpeg"), ("m4a", "audio/x-m4a"), ("opus", "audio/opus")])
        return f"<enclosure url=\"https://media.example.org/shows/{rng.choice(['deep-dive', 'night-shift', 'cupla-focal', 'dirt-roads'])}/ep{ep}.{ext}\" length=\"{size}\" type=\"{mime}\"/>"
    if form == 1:
        m, s = rng.randint(5, 119), rng.randint(0, 59)
        return f"<itunes:duration>{m // 60:02d}:{m % 60:02d}:{s:02d}</itunes:duration>"
    ep = rng.randint(1, 400)
    return f"<itunes:episode>{ep}</itunes:episode>\n<itunes:episodeType>{rng.choice(['full', 'trailer', 'bonus'])}</itunes:episodeType>"


# ---------------------------------------------------------------- transcripts
TRANSCRIPTS = [
    "MIKE: So you just... dropped the whole table?\nPRIYA: The whole table. Production. On a Friday.",
    "[00:12:30] ANA: Sleep isn't optional; it's maintenance.\n[00:12:34] MIKE: Tell that to my toddler.",
    "Speaker 1: Can you hear me now?\nSpeaker 2: Yeah — wait, you're echoing. Are you in a closet?\nSpeaker 1: ...maybe.",
    "DANA: The exec said, and I quote, \"we don't do 'feelings' here.\"\nMIKE: Oof.",
    "[inaudible] — sorry, my cat walked across the keyboard. Where was I?",
    "HOST: Let's take a listener question. This one's from @night_owl: \"how do you stay awake for 12-hour shifts?\"",
    "KAI: Wir haben um 3 Uhr nachts einen Einsatz — und dann heißt es: \"Alarm!\"\nHOST: Und du bist sofort wach?",
    "ÉLODIE : Ce qu'on oublie, c'est que l'économie, c'est d'abord des gens.\nANIMATEUR : Tout à fait.",
    "PRIYA: I literally wrote SELECT name FROM guests WHERE funny = 1 — and it returned nobody. [laughter]",
    "NOOR: Most \"hacks\" are just someone typing the password on a sticky note. Honestly.",
    "MIKE: Okay, okay — union or non-union?\nGUEST: Union. Always union. My grandfather would haunt me otherwise.",
    "00:44:01 --> 00:44:05\nANA: So the takeaway is: no screens after 10 p.m.",
    "TOMÁS: Y entonces le dije: «¡no es un error, es una característica!»\nHOST: [risas]",
    "GUEST: I was running `sudo rm` on the wrong server. That's the whole story. That's why I'm here.",
    "SEÁN: Dia duit! That's \"hello\" — literally \"God to you\".\nMIKE: I'm going to butcher that.",
    "[MUSIC FADES]\nNARRATOR: It was 3:14 a.m. when the system went down...",
    "ZAINAB: We've got one transmitter, one laptop & about 10,000 listeners. It works — somehow.",
    "HOST 1: Is a hot dog a sandwich?\nHOST 2: I will not dignify that with a response.\nHOST 1: ...so yes?",
    "MEI-LING: A screen reader reads \"<button>\" out loud if you label it badly. It's painful.",
    "DR. OKAFOR: Your heart rate — at rest — should be somewhere between 60 and 100. Mine's 48; I run a lot.",
    "LEO: Any% means you can skip whatever you want. Glitches, clips, out-of-bounds — all fair game.",
    "ИВАН: Мы переписали всё на выходных — и, конечно, в понедельник всё упало.\nВЕДУЩИЙ: Классика.",
    "佐藤：今日はよろしくお願いします。\n司会：こちらこそ！",
    "MISS SEGFAULT: Darling, my drag name is a core dump joke — and the crowd *loves* it.",
    "GRACE: In crosswords, \"EXEC\" is clued as \"C-suite type\" maybe 40 times a year.",
    "HOST: We'll be right back after this — oh wait, no sponsor today. Just us. Hi.",
    "ELLEN: You can't rush a harvest; you can't rush a podcast edit. Same thing really.",
    "AMIR: The title 'Exit Code 0' means... everything ended fine. Which, for the character, it doesn't.",
    "ANA (00:31:31): The \"8 hours\" rule is a population average — not a law.",
    "Q: What's your setup?\nA: SM7B, a Cloudlifter, a Scarlett 2i2, and a duvet over my head.",
    "MARCO: Questo vino? È del '97. Annata incredibile.\nHOST: I'll take your word for it.",
    "LAURA: He said \"it's fine\" — which in Keith-speak means it's absolutely not fine.\nKEITH: That's slander.",
    "RACHEL: I wrote the theme in 5/4 — nobody noticed for two seasons!",
    "NARRATOR (V.O.): The letter was signed only with an initial: \"O.\" And a date — 12/03/1947.",
    "GUEST: I typed 'password123' on live TV once. Changed it that night. Lesson learned.",
    "MIKE: And if you're listening on 1.5x — hi, you're a menace, we love you.",
    "HOST: Okay, reading a review — \"5 stars; would be 6 if Dana stopped saying 'literally'.\"",
    "PEDRO: O 25 de Abril foi uma revolução quase sem tiros — com cravos nas espingardas.",
    "YUSUF: İstanbul'un sesi? Martılar, vapurlar ve simitçiler.\nHOST: Beautiful.",
    "DANA: Drop the jargon. Seriously. Nobody knows what \"synergize\" means.",
    "[CROSSTALK]\nMIKE: —no, you go.\nANA: No, you!\n[LAUGHTER]",
    "HOST: Our producer is waving at me — apparently my mic was muted for 4 minutes. Great.",
    "NICOLE: Crows can recognise faces & hold a grudge for years. Be nice to crows.",
    "KAI: Die Schicht ging von 19 bis 7 Uhr; danach nur noch Bett.",
    "HANA: Překládat sci-fi je těžké — jak přeložíš \"null\"? Nijak. Necháš to.",
    "TYLER: That was the play of the year; I don't care what anyone says — 4th & 1, you GO for it.",
    "BJÖRN: I mix at -16 LUFS integrated, -1 dBTP. Spotify'll normalise it anyway.",
    "OLÚWADÁMILỌ́LÁ: The records say \"cargo: 200 bales\" — but the ledger says 150. Somebody lied.",
    "HOST: Shoutout to our Patreon 'Exec Producers' tier — you know who you are <3",
    "SOPHIE: Kill your darlings — but keep a folder called /darlings so you can visit them.",
]
SPEAKERS = ["MIKE", "ANA", "DANA", "PRIYA", "HOST", "GUEST", "KAI", "NOOR", "ELLEN", "LEO"]
LINES = ["That's a great question.", "I don't know — honestly, nobody does.", "Can we cut that?",
         "[laughs] Okay, fair.", "Wait, say that again?", "It's 50/50, really.",
         "We'll put the link in the show notes.", "That's not what I said!", "Mm-hmm.",
         "So... where do we go from here?", "Right — and that's the whole point."]


def transcript_template(rng):
    a, b = rng.sample(SPEAKERS, 2)
    t = rng.randint(0, 3500)
    l1, l2 = rng.sample(LINES, 2)
    return f"[{t // 3600:02d}:{(t // 60) % 60:02d}:{t % 60:02d}] {a}: {l1}\n[{(t + 4) // 3600:02d}:{((t + 4) // 60) % 60:02d}:{(t + 4) % 60:02d}] {b}: {l2}"


# ---------------------------------------------------------------- sponsor reads
SPONSORS = [
    "This episode is brought to you by Hearth & Co. — cozy blankets for cold nights. Use code DEEPDIVE20 for 20% off at hearth.example/deepdive.",
    "Sponsor read (host-read, 60s): \"Sleep better with Lumo — the sunrise alarm clock. Go to lumo.example and enter SLEEP15 at checkout.\"",
    "Try BrewBox free for 30 days: brewbox.example/podcast — promo code: BREW-30. Terms apply; cancel anytime.",
    "Ad copy v2 (approved 03/14): mention the \"no-drop\" guarantee; don't say \"best\"; end with URL twice.",
    "Mid-roll @ 00:33:15 — Quill (quill.example) — code QUILL10 — \"The notebook that never runs out of ideas\"",
    "Today's sponsor: Nordvik Coffee ☕ — ethically sourced; roasted in Bergen. 15% off w/ code DIVE15.",
    "Pre-roll (15s): \"Deep Dive is supported by Stackwise — cloud hosting that doesn't wake you at 3 a.m.\"",
    "Post-roll: Thanks to our sponsors & to our 2,341 Patreon members. Want to advertise? ads@example.org",
    "Promo swap w/ 'Night Shift' podcast: \"If you like true stories from the ER, search 'Night Shift' wherever you listen.\"",
    "Use code CUPLA at checkout for 10% off Irish-language flashcards (cupla.example/shop).",
    "Ce programme vous est offert par Boulangerie Martin — code PAIN5 pour 5 € de réduction.",
    "Dieses Folge wird präsentiert von Kaffeerösterei Häußler – mit dem Code HAEUSSLER gibt's 10 % Rabatt.",
    "Patrocinado por Café Ibáñez: usa el código SALYLIMON para un 15% de descuento.",
    "Read verbatim: \"Get 3 months for the price of 1 at meditate.example/dive — that's meditate dot example slash dive.\"",
    "Host note: don't read the URL as 'h-t-t-p-s colon slash slash' — just say 'lumo dot example'.",
    "DAI slot 2 (mid-roll): campaign #4471, geo=US,CA; flight 2024-05-01 → 2024-05-31; cap 3/listener.",
    "Sponsor: PodMic Pro — \"studio sound; no studio required.\" Code: MIC$25 (yes, with the dollar sign).",
    "Affiliate link: https://shop.example/ref?id=deepdive&src=ep112 — we earn a small commission.",
    "Ad-read script:\nOpen: personal story about insomnia\nMiddle: 3 features\nClose: code SLEEP15 + URL",
    "Sponsored by Exec Coaching Co. — \"Because 'exec' shouldn't mean 'exhausted'.\" exec-coach.example",
    "This week's ads are pre-recorded; if you hear my voice at -3 dB that's why. 🎧",
    "Reminder: sponsor forbids claims like \"cures\" or \"100% safe\". Keep it to \"helps\" / \"may\".",
    "Shelter & Co. supports our show: 20% off with code UNION20 — their workers are unionised, by the way.",
    "Thanks to Drop Audio for sponsoring — their app lets you 'drop' clips straight into your feed.",
    "Sponsor line for the Japanese feed: 本エピソードはカフェ佐藤の提供でお送りします。クーポン: SATO10",
    "Code valid until 31/12/2024; one per household; not combinable with other offers.",
    "Spotify ad insert marker: {{AD_SLOT_MIDROLL_1}} — please don't delete the braces.",
    "Ad break template: [SFX: chime] + host read + [SFX: chime] — max 90s.",
    "Baseline CPM: $18–$25 for host-read; $12 for programmatic. Min 5k downloads/ep.",
    "Promo code is case-insensitive: sleep15, Sleep15 & SLEEP15 all work.",
    "Код на скидку: ГЛУБИНА10 — 10 % на всё в магазине (только до конца месяца).",
    "Sponsor read for ep 200: \"200 episodes! To celebrate, Lumo is giving 200 listeners a free lamp — lumo.example/200.\"",
    "Sponsored segment disclosure: \"#ad — paid partnership with Quill\" (required in UK/EU feeds).",
    "Insert after chapter 'Listener mail' (~00:45:00); do NOT insert during the content warning section.",
    "Code: HALLOWEEN-🎃 doesn't work on iOS keyboards — switching to HALLOWEEN24.",
    "Sponsor's URL has a trailing slash — say \"brewbox dot example slash podcast\" without it.",
    "Our friends at Script & Scroll (scriptscroll.example) — audio drama scripts, formatted for you.",
    "Ad: 'System76'-style Linux laptops? No — this is Penguin Computing Co-op; code TUX15.",
    "We only take sponsors we use; this is not a \"select few\" thing — we just say no a lot.",
    "Outro ad: thanks to Alert Pet Tags — because lost cats deserve a ride home. Code MEOW.",
    "Dynamic insertion failed on ep 40 (silent gap at 12:30) — re-stitched 05/02.",
    "Creative brief: tone = warm; words to avoid = 'cheap', 'guaranteed', 'hack'.",
    "Campaign note: advertiser wants \"Sleep Better\" not \"Sleep better\" — capital B.",
    "Promo: 2-for-1 tickets to our live show (May 18, The Union Chapel) with code LIVE2.",
    "Listener discount: 15% (code DIVE15) | Patreon discount: 25% (code DIVEPAT) — don't mix them up!",
    "Host-read, 45s, warm tone: \"I've used Quill for a year — it's where all our episode ideas live.\"",
    "Disclaimer read: \"Not financial advice. We're podcasters, not accountants.\"",
    "Sponsor update: BrewBox URL changed from /podcast to /pod — please update show notes for eps 90–104.",
    "Ad sales contact: Léa Dubois <lea@example.org> — rate card attached (PDF).",
    "Midroll copy (FR/EN bilingual): « Économisez 10 % » / \"Save 10%\" — code BONJOUR10.",
]
SPONSOR_BRANDS = ["Lumo", "BrewBox", "Quill", "Hearth & Co.", "Nordvik Coffee", "Stackwise",
                  "PodMic Pro", "Script & Scroll", "Alert Pet Tags"]
SPONSOR_CODES = ["DIVE", "SLEEP", "NIGHT", "CUPLA", "DIRT", "BREW", "QUILL", "MIC"]


def sponsor_template(rng):
    brand = rng.choice(SPONSOR_BRANDS)
    code = rng.choice(SPONSOR_CODES) + str(rng.choice([5, 10, 15, 20, 25, 30]))
    slug = brand.lower().replace(" & co.", "").replace(" ", "")
    form = rng.randint(0, 2)
    if form == 0:
        return f"This episode is sponsored by {brand}. Go to {slug}.example/deepdive & use code {code} at checkout."
    if form == 1:
        return f"Mid-roll @ {rng.randint(10, 59):02d}:{rng.randint(0, 59):02d} — {brand} — code {code} — {rng.randint(30, 90)}s host-read"
    return f"Promo: \"{brand}\" | code: {code} | valid till {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2025"


# ---------------------------------------------------------------- audio files
AUDIO = [
    "ep112_final_FINAL_v3.mp3",
    "deep-dive-ep-047 (master) 128kbps.mp3",
    "S03E09_rough-mix_2024-03-14.wav",
    "interview_ana_ruiz_raw [48kHz 24bit].wav",
    "Épisode_58_L'économie_du_sommeil.m4a",
    "Folge-23_Häußler_master.flac",
    "trailer_s4 - 96 kbps mono.mp3",
    "ep 200 — we made it!!.mp3",
    "C:\\Users\\kenji\\Music\\Podcast\\ep112_master.wav",
    "/Users/mike/Podcasts/DeepDive/ep112/ep112_master.wav",
    "~/Recordings/2024-05-14 zoom_0.m4a",
    "D:\\Audio\\Raw\\Interviews\\Okafor, Samuel (2024).wav",
    "Bitrate: 128 kbps CBR, 44.1 kHz, joint stereo",
    "64 kbps mono / 22.05 kHz (spoken word only)",
    "Opus 48 kbps VBR @ 48 kHz",
    "AAC-LC 96 kbps, 44.1kHz, stereo, -16 LUFS, -1.0 dBTP",
    "ffmpeg -i ep112_master.wav -codec:a libmp3lame -b:a 128k -ar 44100 ep112.mp3",
    "ffmpeg -i in.wav -af loudnorm=I=-16:TP=-1.5:LRA=11 out.wav",
    "sox ep112_raw.wav ep112_trim.wav trim 0 =01:02:44",
    "ID3: TIT2=\"Drop Everything\"; TPE1=\"Deep Dive\"; TALB=\"Season 3\"; TRCK=9",
    "ID3v2.4 | APIC: cover.jpg (3000x3000) | COMM: \"Mastered by Léa\"",
    "ep112.mp3 — 48,213,311 bytes — 01:02:44 — 102 kbps avg (VBR V2)",
    "deep_dive_ep112_ad-free_patreon.mp3",
    "intro-music_loop (Rae Kim) [licensed].wav",
    "SFX/door_slam_02.wav; SFX/rain_loop_long.wav; SFX/phone_ring_old.wav",
    "/media/shows/deep-dive/2024/05/ep112.mp3",
    "https://media.example.org/shows/deep-dive/ep112.mp3?source=rss",
    "ep112.mp3.sha256: 9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08",
    "ep41 (wrong audio!! replace w/ ep41_correct.mp3).mp3",
    "第12回_ポッドキャストの始め方.mp3",
    "Эпизод_31_бэкенд.mp3",
    "select_few_poem_reading_aisha.wav",
    "drop_the_beat_outtakes.aiff",
    "exec_interview_dana_take2.wav",
    "cold-open; phone call (v2).wav",
    "Audio spec: WAV PCM 24-bit/48 kHz for uploads; we transcode to MP3 128k + Opus 64k.",
    "Upload failed: file too large (612 MB > 500 MB). Try exporting at 16-bit?",
    "Sample rate mismatch: mic @ 48000 Hz, Zoom @ 32000 Hz — resample before mixing.",
    "Loudness report: Integrated -16.2 LUFS | True peak -1.1 dBTP | LRA 6.4 LU",
    "Riverside export: ana_ruiz_track_2.wav + mike_oneil_track_1.wav (separate tracks)",
    "podcast_art_3000x3000_RGB.jpg (must be < 512 KB)",
    "Episode audio: 01:02:44 / 128 kbps / 57.4 MB / MPEG-1 Layer III",
    "Chapter file: ep112.chapters.json; transcript: ep112.vtt & ep112.srt",
    "Kenji's notes: noise gate -45 dB; de-esser @ 6.5 kHz; compressor 3:1",
    "ep112_stems.zip (dialogue | music | fx)",
    "bloopers__DO_NOT_PUBLISH.wav",
    "ep_112_master_v3_*final*.wav",
    "music bed 'Fade/Out' - Kōji Ito - 120bpm.wav",
    "Stereo → mono fold-down: check phase on the SFX, the rain loop cancels out!",
    "Re-encode: lame -V 2 --tt \"Drop Everything\" --ta \"Deep Dive\" ep112.wav",
]
AUDIO_SHOWS = ["deep-dive", "night_shift", "CuplaFocal", "dirt-roads", "kill-your-darlings",
               "drift_audio_drama", "stitches-and-sleep"]
AUDIO_ROOTS = [("/Users/kenji", "/"), ("/home/lea", "/"), ("C:\\Users\\mike", "\\")]


def audio_template(rng):
    show = rng.choice(AUDIO_SHOWS)
    ep = rng.randint(1, 320)
    form = rng.randint(0, 2)
    if form == 0:
        br = rng.choice([64, 96, 128, 160, 192])
        return f"{show}_ep{ep:03d}_{rng.choice(['master', 'final', 'rough', 'adfree'])}_{br}kbps.{rng.choice(['mp3', 'm4a'])}"
    if form == 1:
        root, sep = rng.choice(AUDIO_ROOTS)
        return f"{root}{sep}Podcasts{sep}{show}{sep}ep{ep}{sep}raw_{rng.randint(1, 4)}.wav"
    return f"{show} ep{ep}: {rng.choice(['44.1', '48'])} kHz / {rng.choice([16, 24])}-bit / {rng.choice(['mono', 'stereo'])} / {rng.choice([-14, -16, -19])} LUFS"


# ---------------------------------------------------------------- listener questions
QUESTIONS = [
    "Hi! Long-time listener, first-time writer. How do you pick which guests to say \"no\" to?",
    "Quick q: what's the song at 00:12:30? It's been stuck in my head for a week 😩",
    "Is it just me or does ep 41 play ep 40's audio?? (Overcast, iOS 17)",
    "You said \"DROP TABLE\" in ep 47 & my DBA husband laughed for ten minutes. Thank you.",
    "Question for Ana: is it bad to sleep 5h on weekdays and 10h on weekends? Asking for a friend (me).",
    "Can you do an episode on unions in the tech industry? My company's trying to organise & I'm nervous.",
    "Why does your RSS feed say <itunes:explicit>true</itunes:explicit> on a kids' episode? Just flagging!",
    "Bonjour ! Est-ce que vous allez faire une version française de l'épisode sur le sommeil ?",
    "Hallo aus Wien! Könnt ihr mal über \"Work-Life-Balance\" in Österreich reden?",
    "¡Hola! ¿Dónde puedo encontrar la transcripción del episodio 14?",
    "はじめまして！第12回のゲストの佐藤さんのSNSを教えてください。",
    "Where do I find the /transcripts page? The link in the notes 404s for me.",
    "Love the show <3 but the intro is 2 min long... any chance of trimming it?",
    "What mic do you use? Mine sounds like I'm inside a tin can; budget is ~$100.",
    "Is 64 kbps mono really OK for a talk show? My co-host insists on 192 kbps stereo.",
    "Dear Mike & Dana; my 8-year-old wants to know if you'll ever do a dinosaur episode. Please say yes.",
    "Ep 88 made me finally set up a password manager for my mum — she calls it 'the vault' lol",
    "How do you handle guests who go off-topic for 20+ minutes? Cut? Keep? Asking as a new host.",
    "I'm a nurse on night shifts — any tips for sleeping during the day that Ana didn't mention?",
    "Could you add chapters to older episodes? Ep 1–50 have none & I keep losing my place.",
    "Did the exec in ep 112 ever apologise?? I NEED to know.",
    "My podcast app shows your show as 'E' (explicit) — is that intentional?",
    "The promo code SLEEP15 says \"invalid\" at checkout — did it expire?",
    "Hi, I run a small community radio in Kano too! Could Zainab & I connect? (only if she's OK with it)",
    "Can you explain what \"-16 LUFS\" means like I'm five?",
    "Who does your cover art? It's gorgeous 😍",
    "Ep 31 was 🔥 but the Russian quotes weren't translated in the notes — could you add them?",
    "Is there a way to download all episodes at once? I'm going on a 14-hour flight ✈️",
    "Any recommendations for podcasts like yours but in Spanish? Estoy aprendiendo español.",
    "What happened to the 'Dear Listener' segment? It was my favourite part; bring it back!",
    "How do you deal with negative reviews? Someone left us 1★ because \"too many ads\" & we have 1 ad.",
    "Ep idea: the history of 'Ctrl+Z' and undo buttons — I'd listen to 3 hours of that.",
    "I'm deaf & rely on transcripts; thank you for always publishing them. Could you add speaker names?",
    "Can my class use clip 00:05:10–00:07:00 in a school presentation? It's non-commercial.",
    "Do you accept pitches from listeners? I have a story about my grandfather & the 1958 strike.",
    "Hey — the feed at feeds.example.org/deep-dive.xml returns a 500 error since this morning.",
    "Why did you switch hosting from Libsyn? Was it cost, stats, or something else?",
    "Big fan from Lagos 🇳🇬 — please have Aisha back, her poem \"Select Few\" made me cry.",
    "Does 'Script Doctors' take submissions? I have a pilot script (30 pages, audio drama).",
    "Where can I buy the \"It's fine 🔥\" mug Keith mentioned?",
    "Will there be a live show in Europe? Berlin/Amsterdam/Paris would be amazing!",
    "Hi from São Paulo! Vocês poderiam falar sobre podcasts independentes no Brasil?",
    "How do I cite your episode in my thesis? APA 7th: Host, A. (Year). Title [Audio podcast episode]...?",
    "Are the ads in the Patreon feed removed too, or only the pre-rolls?",
    "Is the 'Null Hypothesis' ep suitable for a high-school stats class? (some swearing?)",
    "Can you sort the episode list oldest → newest? I'm starting from ep 1.",
    "Why does the episode say 1:02:44 in Apple but 1:01:50 in Spotify?",
    "Request: a bonus ep where you just read your 1-star reviews. I'd pay for that 😂",
    "Dana, you said \"exec summaries fail\" — what do you recommend instead? Bullet points? Memos?",
    "Hi!! Just wanted to say your episode on grief helped me through a really hard week. Thank you. x",
]
Q_STARTS = ["Hi from", "Greetings from", "Hello from", "Big fan in", "Listening from"]
Q_ASKS = ["could you do an episode on {t}?", "any book recommendations about {t}?",
          "what's your take on {t}?", "is {t} worth getting into as a beginner?"]


def question_template(rng):
    city = rng.choice(BIO_CITIES)
    ask = rng.choice(Q_ASKS).format(t=rng.choice(TITLE_TOPICS).lower())
    return f"{rng.choice(Q_STARTS)} {city}! Quick question — {ask} Thanks, {rng.choice(['J.', 'Sam', 'Mo', 'Ana B.', 'a fan', 'Tomasz'])}"


# ---------------------------------------------------------------- search queries
SEARCHES = [
    "sleep caffeine episode",
    "\"drop everything\"",
    "union strike 1912",
    "ana ruiz sleep",
    "exec summaries",
    "ep 112",
    "S03E09",
    "rock & roll country",
    "cats vs dogs",
    "l'économie du sommeil",
    "warum wir nein sagen",
    "¿qué pasa cuando el algoritmo se equivoca?",
    "ポッドキャスト 始め方",
    "бэкенд за выходные",
    "true crime \"missing tapes\"",
    "podcasts like serial -sponsored",
    "select * from feelings",
    "script doctors pilot",
    "passwords passkeys parents",
    "c++ std::move",
    "o'brien nakamura letters",
    "ain't no mountain motown",
    "home studio $200",
    "whisky OR whiskey",
    "grep sed awk producers",
    "alert fatigue hospital",
    "shell shock sea turtle",
    "1/3 system is down blackout",
    "eval week teachers",
    "-16 LUFS vs -14 LUFS",
    "128kbps mono enough?",
    "\"null hypothesis\" statistics",
    "insert coin arcade tokyo",
    "guest:\"dana o'connell\"",
    "category:technology explicit:false",
    "duration:>60min language:fr",
    "best episodes 2023",
    "d&d one-shot",
    "critical role",
    "<3 ep 200",
    "kids episodes (no explicit)",
    "how to start a podcast",
    "podcast hosting libsyn vs anchor",
    "Exit Code 0 Amir Rahimi",
    "Miss Segfault drag",
    "crows hold grudges",
    "25 de abril cravos",
    "şehrin sesleri",
    "cúpla focal irish",
    "night shift paramedic",
    "C:\\Windows\\System32",
    "rm -rf episode",
]
SEARCH_WORDS = ["sleep", "union", "jazz", "history", "interview", "bonus", "trailer",
                "coffee", "crime", "chess", "audio drama", "linux", "parenting", "grief"]


def search_template(rng):
    a, b = rng.sample(SEARCH_WORDS, 2)
    form = rng.randint(0, 3)
    if form == 0:
        return f"{a} {b}"
    if form == 1:
        return f"\"{a}\" {b} ep {rng.randint(1, 300)}"
    if form == 2:
        return f"{a} -{b}"
    return f"{a} & {b} {rng.randint(2015, 2025)}"


CATEGORIES = [
    ("episode_title", EPISODE_TITLES, title_template, "episode titles incl. numbering, quotes, emoji, 10+ languages"),
    ("show_notes", SHOW_NOTES, notes_template, "show notes with timestamps, links, credits, corrections"),
    ("guest_bio", GUEST_BIOS, bio_template, "guest bios, multilingual names and apostrophes"),
    ("chapter_marker", CHAPTERS, chapter_template, "chapter markers: timestamps, JSON chapters, WebVTT cues"),
    ("rss_snippet", RSS, rss_template, "RSS/iTunes/podcast-namespace tags pasted into custom feed fields"),
    ("transcript", TRANSCRIPTS, transcript_template, "transcript excerpts with speaker labels and stage directions"),
    ("sponsor_read", SPONSORS, sponsor_template, "sponsor reads, promo codes, ad-ops notes"),
    ("audio_file", AUDIO, audio_template, "audio file names, paths, bitrates, ffmpeg/sox lines, ID3 tags"),
    ("listener_question", QUESTIONS, question_template, "listener questions from the contact form"),
    ("search_query", SEARCHES, search_template, "search-box queries, operators and quoted phrases"),
]


def build():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for name, literals, template, _ in CATEGORIES:
        vals = []
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {name}: {v!r}")
            seen.add(v)
            vals.append(v)
        n_lit = len(vals)
        tries = 0
        while len(vals) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template for {name} cannot produce enough unique values")
            v = template(rng)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        vals = vals[:PER_CATEGORY]
        stats.append((name, len(vals), min(n_lit, PER_CATEGORY)))
        for v in vals:
            rows.append({"category": name, "label": "benign", "value": v})
    return rows, stats


def main():
    rows, stats = build()
    out = []
    for i, r in enumerate(rows, 1):
        assert isinstance(r["value"], str) and r["value"] and len(r["value"]) <= 1800
        out.append({"id": f"{PREFIX}-{i:05d}", "category": r["category"], "label": "benign", "value": r["value"]})
    values = [r["value"] for r in out]
    assert len(values) == len(set(values)), "duplicate values"
    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for obj in out:
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    total_lit = 0
    for name, n, lit in stats:
        total_lit += lit
        print(f"{name:18s} {n:4d}  literals={lit}")
    print(f"total {len(out)}  literals={total_lit} ({100 * total_lit / len(out):.1f}%)  -> {path}")


if __name__ == "__main__":
    main()
