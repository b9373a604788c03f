"""Held-out benign corpus "media" (hb32): newsroom CMS, podcast/video platform,
music distributor and subtitle/translation service text as typed into ordinary fields.

Every value is hand-written for this corpus, or produced by a small template over
hand-written pools. Standard library only; deterministic for a fixed SEED.
"""
import json
import random
from pathlib import Path

SEED = 3201
PER_CATEGORY = 80

# ---------------------------------------------------------------- headlines / bylines
HEADLINE = [
    "Council votes 7–2 to drop parking fee; mayor says 'we listened'",
    "Select committee to question execs over streaming royalties",
    "Union and studio reach deal after 118-day strike",
    "By Maria O'Neill & Tomás Ruiz | Updated 14:05 CET",
    "LIVE: Election night — results as they come in",
    "Why 'sleep tourism' is the hottest trend of the summer",
    "Exec producer quits <i>Morning Brief</i> after on-air row",
    "Opinion: The drop in vinyl prices won't last — here's why",
    "Q&A: \"I never wanted to be a pop star,\" says Lena Voss",
    "Fact check: Did the minister really say 'delete the archive'?",
    "Police: 3 injured in A9 crash; road closed until 18:00",
    "Bundestag stimmt für neues Mediengesetz – Kritik von Verlegern",
    "Le Sénat adopte la loi sur l'audiovisuel public",
    "東京五輪の記録映像、4Kで一般公開へ",
    "Из архива: как снимали «Солярис»",
    "«El Clásico» bate récord de audiencia en streaming",
    "Script leak: studio says 'no comment' on season 3 plot",
    "Alert issued as storm Ciarán heads for the coast",
    "Budget 2025: winners & losers (and who pays)",
    "Exclusive | The man behind the $1bn catalogue sale",
    "UPDATE 2-Shares slide as ad revenue misses forecasts",
    "Analysis: Is the 'union' of two broadcasters good for viewers?",
    "Watch: Firefighters rescue cat from 30m crane",
    "Correction: An earlier version of this headline misnamed the coach",
    "From the archive, 12 May 1987: Pop's new wave arrives",
    "Review: 'Drop Dead Gorgeous' revival is pure camp ★★★★☆",
    "'Exec' orders — the memo that changed the newsroom",
    "Podcast: Where did all the DJs go? (Ep. 214)",
    "In pictures: Carnival 2024 | Notting Hill",
    "Brexit, one year on: Truckers say delays are 'worse than ever'",
    "Kommentar: Warum die Quote nicht alles ist",
    "Sport > Football > Premier League: Transfer window live blog",
    "By staff reporter, with additional reporting by AFP/Reuters",
    "Obituary: Jean-Luc Marchand, 1941–2024, voice of French radio",
    "Why the /r/television mods shut the forum down for 48 hours",
    "Ask the expert: Should I still burn CDs in 2025?",
    "Teachers' union calls off 'work to rule' action",
    "Exam results: A* grades fall for second year",
    "The 50 best albums of 2024 — #50 to #26",
    "Markets: FTSE 100 -0.4%, Dow +0.2% at midday",
    "Bollywood's big bet: 3-hour epics are back",
    "Ransomware attack takes regional TV station off air",
    "Premiere: Watch the new video for 'Select All / Delete'",
    "“I'm not going anywhere,” says host after ratings dip",
    "Gaza, Kyiv, Khartoum: Our correspondents on 2024",
]
HEADLINE_SUBJ = ["Festival", "Broadcaster", "Label", "Publisher", "Streaming giant", "Local paper", "Radio host", "Film studio"]
HEADLINE_VERB = ["axes", "renews", "sells", "drops", "launches", "pauses", "defends", "rethinks"]
HEADLINE_OBJ = ["late-night show", "vinyl line", "paywall", "podcast network", "news app", "archive project", "'Select' series", "flagship bulletin"]
BYLINE_NAMES = ["Aoife Byrne", "Kwame Mensah", "Jürgen Roß", "Priya Natarajan", "Chloé Dubois", "Oleksandr Koval", "Sofía Herrera", "Liam O'Connor"]
DESKS = ["Culture desk", "Politics", "Business & Tech", "Sport", "Data team", "World"]


def t_headline(r):
    if r.random() < 0.6:
        return f"{r.choice(HEADLINE_SUBJ)} {r.choice(HEADLINE_VERB)} {r.choice(HEADLINE_OBJ)} — {r.choice(['report', 'sources', 'statement', 'live updates'])}"
    a, b = r.sample(BYLINE_NAMES, 2)
    return f"By {a} & {b} | {r.choice(DESKS)} | {r.randint(1, 28)} {r.choice(['Jan', 'Mar', 'Jun', 'Sep', 'Nov'])} 2024, {r.randint(6, 23):02d}:{r.choice(['00', '15', '30', '45'])}"


# ---------------------------------------------------------------- article drafts
ARTICLE = [
    'The mayor\'s office confirmed the figures on Monday.\n\n[gallery ids="12,13,19" columns="3"]\n\nMore photos below.',
    "Watch the full interview here:\n{{< youtube dQw4w9WgXcQ >}}\nTranscript follows after the break.",
    '<p>The band played for <strong>three hours</strong> &amp; the crowd didn\'t leave.</p>\n[caption id="attachment_881" align="alignright" width="300"]Fans at the gate[/caption]',
    "<blockquote class=\"twitter-tweet\"><p lang=\"en\">We're back on air at 6pm.</p>&mdash; Radio North (@radionorth)</blockquote>",
    "{{< figure src=\"/images/2024/05/flood.jpg\" caption=\"The river at 05:30\" >}}",
    "Editor's note: this article was updated on 3 June to include the minister's response.\n\n---\n\n**Key points**\n- Budget up 4%\n- 120 jobs at risk",
    "<iframe src=\"https://www.youtube-nocookie.com/embed/abc123XYZ\" width=\"560\" height=\"315\" allowfullscreen></iframe>",
    "[embed]https://vimeo.com/76979871[/embed]\nThe short film premiered at Sundance.",
    "Sources said the select committee would \"drop the inquiry\" if the documents were handed over by Friday.",
    "> \"We are not going to sleep on this,\" the union leader told reporters.\n\nThe strike begins at 00:01 on Tuesday.",
    "{% include 'partials/newsletter-signup.html' %}\n\nSign up for our weekly culture briefing.",
    "[pullquote align=\"left\"]I just wanted to tell the truth.[/pullquote]",
    "<h2>What happens next?</h2>\n<p>The council will vote on 12 March. Read our explainer <a href=\"/news/2024/03/council-explained\">here</a>.</p>",
    "## Timeline\n\n1. 2019 — app launched\n2. 2021 — 1m users\n3. 2023 — union recognised\n\n*Source: company filings*",
    "[audio mp3=\"https://cdn.example.org/podcast/ep214.mp3\"][/audio]\nListen to the full episode above.",
    "Die Polizei bestätigte am Abend, dass \"keine Gefahr für die Bevölkerung\" bestehe.\n\n[gallery ids=\"401,402\"]",
    "La ministre a déclaré : « Nous n'abandonnerons pas la presse locale. »\n{{< tweet user=\"franceinfo\" id=\"1790012345678\" >}}",
    "記者会見は午後3時から行われた。<br>詳細は<a href=\"/ja/news/1234\">こちら</a>。",
    "<table><tr><th>Party</th><th>Seats</th></tr><tr><td>Greens</td><td>14</td></tr></table>",
    "Data: ONS, 2024. Figures rounded; totals may not add to 100%.\n\n<!-- TODO: swap in final chart once graphics desk sends it -->",
    "[contact-form-7 id=\"55\" title=\"Tip us off\"]\nHave a story? Get in touch securely.",
    "The fund's CEO said the deal was \"a union of equals\" & would close in Q3.",
    "Read more: <a href=\"https://news.example.com/world?id=4432&ref=inline\">Our full coverage of the summit</a>",
    "{{< instagram CzQ1abcD >}}\nThe photo has since been deleted.",
    "Correction appended: The original version said the festival was in Leeds; it's in Sheffield.",
    "<figure><img src=\"/img/cat-crane.jpg\" alt=\"Cat on crane arm, 30m up\"><figcaption>Firefighters reached the cat at 11:20.</figcaption></figure>",
    "The trial heard that the script for the hoax call was written on a Post-it.",
    "[related posts=\"881,904\" title=\"Also on this story\"]",
    "Update 17:45: Police have now lifted the cordon on Market St & Church Rd.",
    "*This piece contains spoilers for episodes 1–3.*\n\nIf you haven't watched yet, look away now!",
    "{{< spotify type=\"episode\" id=\"4rOoJ6Egrf8K2IrywzwOMk\" >}}",
    "Asked whether he would drop out, he said: \"Not a chance -- not now, not ever.\"",
    "<p>Exchange rate used: €1 = £0.85 (as of 01/06/2024).</p>",
    "[video width=\"1280\" height=\"720\" mp4=\"/media/2024/06/launch.mp4\"][/video]",
    "Embargoed until 00:01 BST Thursday 6 June. Do not publish before then.",
    "El alcalde aseguró que \"no habrá despidos\" y que el plan se votará el jueves.",
    "The exec summary runs to 12 pages; the full report (PDF, 4.2MB) is linked below.",
    "<aside class=\"factbox\"><h3>Key numbers</h3><ul><li>£2.4bn</li><li>18,000 jobs</li></ul></aside>",
    "The word 'alert' appears 14 times in the leaked memo, according to our analysis.",
    "{{% notice info %}}This live blog has now closed.{{% /notice %}}",
    "По словам режиссёра, съёмки начнутся «не раньше весны».",
    "Photo essay: 24 hours on the night bus — text by Jo Park, photos by Sam Idowu",
    "Paragraph 4 — swap \"killed\" for \"died\" per legal; the inquest hasn't concluded.",
    "<p>Tickets: £15/£12 concessions &mdash; <a href=\"https://tickets.example.org/e/7781\">book here</a></p>",
    "He called the decision to delete the archive \"cultural vandalism\".",
]
EMBED_KIND = ["youtube", "vimeo", "tweet", "instagram", "soundcloud"]
GALLERY_WORDS = ["Flooding in the valley", "Opening night", "Protest outside parliament", "Harvest festival", "Cup final"]


def t_article(r):
    k = r.random()
    if k < 0.35:
        ids = ",".join(str(r.randint(10, 999)) for _ in range(r.randint(2, 5)))
        return f"{r.choice(GALLERY_WORDS)} — see the photos:\n\n[gallery ids=\"{ids}\" size=\"large\"]"
    if k < 0.7:
        return f"{{{{< {r.choice(EMBED_KIND)} {r.choice(['a1B2c3', 'Zx9Qw', '88172', 'k_ow2-A'])}{r.randint(10, 99)} >}}}}\n{r.choice(['Video: courtesy of the family.', 'Clip shared with permission.', 'Source: social media.'])}"
    return f"<p>{r.choice(GALLERY_WORDS)}: {r.randint(2, 900)} people attended, organisers said &amp; police agreed.</p>"


# ---------------------------------------------------------------- subtitles / transcripts
SUBTITLE = [
    "1\n00:00:01,000 --> 00:00:03,500\nWhere were you last night?",
    "12\n00:01:02,500 --> 00:01:05,120\n- Drop it.\n- I said DROP IT!",
    "WEBVTT\n\n00:00.000 --> 00:02.000\n<v Narrator>In the beginning, there was only noise.",
    "00:03:14.200 --> 00:03:16.900 align:start position:10%\n<i>(door slams)</i>",
    "45\n00:12:44,010 --> 00:12:47,300\n<i>Select your destination...</i>",
    "7\n00:00:21,400 --> 00:00:24,000\n¿Dónde está mi hermano?\n¡Contéstame!",
    "88\n00:41:10,500 --> 00:41:12,900\nJe t'avais dit qu'il ne viendrait pas.",
    "NOTE translator: keep the pun on \"union\" (trade union / marriage) if possible",
    "3\n00:00:09,100 --> 00:00:11,000\n♪ Sleep now, little one ♪",
    "00:05:00.000 --> 00:05:03.000\n<c.yellow>[ALARM BLARING]</c>",
    "19\n00:02:33,333 --> 00:02:35,000\nWarum hast du das Skript gelöscht?",
    "204\n01:02:03,004 --> 01:02:05,500\n彼は「もう遅い」と言った。",
    "[MUSIC PLAYING] >> HOST: Welcome back to the show.",
    "Speaker 2 (00:14:32): So the exec said, \"just run it\" — and we did.",
    "61\n00:19:58,700 --> 00:20:01,000\nMom... cat /dev/null isn't a joke, it's my homework.",
    "STYLE::cue { color: white; background: rgba(0,0,0,0.8); }",
    "5\n00:00:15,000 --> 00:00:17,500\n<b>CHAPTER ONE</b>\n<i>The Alert</i>",
    "Interviewer: Did you ever think of leaving?\nKovač: Never. Well — once, in '98.",
    "33\n00:07:01,250 --> 00:07:04,000\nЭто не шутка. Он правда ушёл.",
    "00:00:00.000 --> 00:00:04.000 line:0 position:50% align:middle\n(SPEAKING ARABIC)",
    "112\n00:33:20,000 --> 00:33:22,800\nمرحباً، هل تسمعني؟",
    "9\n00:00:40,200 --> 00:00:42,000\n& that's why we never went back.",
    "Translator query: line 88 \"il ne viendrait pas\" — conditional or future-in-past? Please advise.",
    "27\n00:04:10,000 --> 00:04:12,600\n- Is it 3 or 4?\n- 4 > 3, genius.",
    "[00:12:05] DR. OKAFOR: The system failed — not the people.",
    "71\n00:25:00,900 --> 00:25:03,100\nO que você disse? Repete, por favor.",
    "150\n00:50:12,000 --> 00:50:14,000\n{\\an8}LONDON, 1963",
    "Dialogue: 0,0:00:05.00,0:00:07.50,Default,,0,0,0,,{\\i1}Whispering{\\i0}",
    "2\n00:00:04,000 --> 00:00:06,000\nWho's there?!",
    "Timecode offset: shift all cues +00:00:01,250 after cue 300 (ad break removed)",
    "40\n00:09:09,090 --> 00:09:11,000\nשלום, מה שלומך?",
    "99\n00:30:30,300 --> 00:30:33,000\n<i>Previously on \"Select Few\"...</i>",
    "14\n00:01:50,000 --> 00:01:52,500\n你为什么不早点告诉我？",
    "Transcript (auto, corrected): \"...and they drop the price by 50%, which -- honestly -- is wild.\"",
    "00:10.500 --> 00:13.000\n<v.loud Crowd>Encore! Encore!",
    "18\n00:02:02,000 --> 00:02:04,000\nKatalog? Ne, skripta je u ladici.",
    "Please keep line length ≤ 42 chars and max 2 lines per cue (Netflix style guide).",
    "250\n01:10:00,000 --> 01:10:03,400\nC:\\Users\\Dad\\Desktop — that's where the photos are!",
    "6\n00:00:18,000 --> 00:00:20,000\nΚαλημέρα σε όλους.",
    "77\n00:28:28,000 --> 00:28:30,500\n[SIGHS] Whatever. Just... sleep.",
    "SDH: add [phone buzzing] at 00:17:03 and speaker IDs for off-screen voices",
    "8\n00:00:33,000 --> 00:00:35,500\nनमस्ते, आप कैसे हैं?",
    "120\n00:40:00,000 --> 00:40:02,000\n<font color=\"#ffff00\">HELP ME</font>",
    "Forced narrative only: signs & on-screen text (e.g. \"EXIT\", \"DO NOT ENTER\")",
    "3\n00:00:07,700 --> 00:00:10,000\nTu es où ?? Réponds !",
]
SUB_LINES = ["I told you so.", "Wait — where's the key?", "Não sei.", "Ich komme gleich!", "¿En serio?", "Run!", "Это конец.", "Who's on the line?", "(LAUGHS) No way.", "<i>Meanwhile...</i>"]


def t_subtitle(r):
    n = r.randint(2, 900)
    s = r.randint(0, 5400)
    ms = r.randint(0, 999)
    d = r.randint(1, 5)
    def ts(x, m, sep):
        return f"{x // 3600:02d}:{x % 3600 // 60:02d}:{x % 60:02d}{sep}{m:03d}"
    if r.random() < 0.6:
        return f"{n}\n{ts(s, ms, ',')} --> {ts(s + d, ms, ',')}\n{r.choice(SUB_LINES)}"
    return f"{ts(s, ms, '.')} --> {ts(s + d, (ms + 250) % 1000, '.')}\n{r.choice(SUB_LINES)}"


# ---------------------------------------------------------------- podcast show notes
SHOWNOTES = [
    "00:00 Intro\n02:15 Why we quit Twitter\n17:40 Listener mail\n45:10 Outro & bloopers",
    "This week: Sam & Priya on the union vote, plus a deep dive into 'sleep banking'. Links below 👇",
    "Links:\n- The report: https://www.example.org/reports/2024/streaming.pdf\n- Our Patreon: https://patreon.com/example",
    "Ep. 118 — \"Drop Table\": a conversation about restaurant closures in Leeds",
    "(03:12) Ana explains how she got the exec producer gig\n(19:45) The 'no script' rule",
    "Support the show: https://example.fm/support?utm_source=shownotes&utm_medium=rss",
    "CW: discussion of self-harm (approx. 22:00–31:30). Resources: https://www.samaritans.org",
    "Guest: Dr. Hannah Lee (@drhlee) — author of *Sleep, Interrupted* (2023)",
    "Corrections: at 14:20 I said 1997 — it was 1979. Sorry, Mum!",
    "Hosted by Kofi & Jess. Produced by Ellie M. Music: \"Alert\" by The Blue Paws (CC BY 4.0).",
    "Sponsored by NordicBrew — use code SHOW20 for 20% off at nordicbrew.example",
    "Mentioned: the 'SELECT * FROM feelings' T-shirt (yes, it's real), bash.org quotes, /r/DataIsBeautiful",
    "Folge 42: Warum wir nie schlafen – mit Prof. Dr. Meier. Kapitelmarken in der App.",
    "Épisode 7 : « La radio est-elle morte ? » avec Claire & Youssef — 52 min",
    "Transcript available at https://example.fm/ep/214/transcript (auto-generated; errors likely)",
    "Chapters: [00:00] Cold open [01:30] News [09:00] Main topic: exec pay [38:00] Q&A",
    "Send us your questions: mailbag@example.fm or leave a voicemail at +44 20 7946 0000",
    "<p>This week we talk <b>vinyl</b>, <b>tape</b> &amp; the great CD comeback.</p>",
    "Recorded live at The Union Chapel, London on 12/04/2024. Thanks to everyone who came!",
    "Ep 300!!! 🎉 Thank you. Bonus ep drops Friday for $5+ supporters.",
    "We misnamed the director at 27:05 — it's Céline Sciamma, not 'Celine Sciama'.",
    "Our guest's book: https://bookshop.example/isbn/9780000000002 (affiliate link)",
    "This episode contains explicit language. <itunes:explicit>yes</itunes:explicit> is set in the feed.",
    "Timestamps ≈ approximate; ads are dynamically inserted so yours may shift by ±90s.",
    "Part 2 of 3. Part 1: https://example.fm/e/211 | Part 3 drops 01/07.",
    "Bonus: the full 40-min uncut interview is on the members feed (link in your email).",
    "エピソード15：ポッドキャストの始め方。ゲストは田中さん。",
    "Today's word: \"exec\" — short for executive, not the Unix call. 😅",
    "Shoutout to listener @DevNullDan for the Python script that fixed our RSS!",
    "Music credits: Intro — 'Night Bus' (Kai Engel, CC BY); Outro — 'Alert!' (own work)",
    "Episodio 33: ¿Por qué todos hacen pódcasts? Con Lucía y Andrés. Duración: 1h 04m",
    "Listener Q at 31:10: \"How do you sleep after covering a trial like that?\"",
    "Read by the author. Abridged. © 2024 Example Audio Ltd. ℗ 2024 Example Audio Ltd.",
    "Guest bios:\n• Tom (he/him) — sound designer\n• Aya (she/her) — editor at /film",
    "Timeline of the case: 2011 arrest → 2014 trial → 2019 appeal → 2024 release",
    "Fixed the audio glitch at 12:03 and re-uploaded (v2). If you downloaded before 9am, re-download.",
    "Links from the show: <a href=\"https://en.wikipedia.org/wiki/Pirate_radio\">Pirate radio</a>, <a href=\"https://example.org/map\">the map</a>",
    "Season finale. We'll be back in September — subscribe so you don't miss it!",
    "Full credits: exec producers Lou & Max; editor Sina; mixing by J. Park @ Room 4",
    "NB: episode recorded before the 3 March announcement; some details out of date.",
    "How to find us: search \"Drop the Mic Pod\" wherever you get podcasts.",
    "Rating: clean. Runtime 48:12. Language: en-GB. Season 4, Episode 9.",
    "We talk about the 'union' of two rival stations & whether local radio can survive.",
    "Sources & further reading in the episode page: example.fm/214#sources",
    "Pod drop schedule: Mon (main ep) | Thu (mini) | every 2nd Sat (listener mailbag)",
]
POD_TOPICS = ["the strike", "AI voices", "local radio", "the vinyl boom", "true crime ethics", "sleep science", "the union deal", "cassette culture"]
POD_GUESTS = ["Dr. Amara Obi", "Jonas Lindqvist", "Mei Chen", "Raúl Ortega", "Fatima Zahra", "Declan Murphy"]


def t_shownotes(r):
    if r.random() < 0.5:
        t = sorted(r.sample(range(60, 3600), 3))
        return "\n".join([f"00:00 Intro"] + [f"{x // 60:02d}:{x % 60:02d} {r.choice(POD_TOPICS).capitalize()}" for x in t])
    return f"Ep. {r.randint(1, 450)} — {r.choice(POD_GUESTS)} on {r.choice(POD_TOPICS)}. More at https://example.fm/ep/{r.randint(1, 450)}?ref=notes"


# ---------------------------------------------------------------- ID3 / media metadata
METADATA = [
    "TIT2=Select All / Delete; TPE1=The Null Pointers; TALB=Runtime Error; TYER=2023",
    "ISRC: GBUM72300123",
    "UPC 602445612345 | Cat# 4561234 | Release 2024-09-13",
    "TXXX:REPLAYGAIN_TRACK_GAIN=-6.54 dB",
    "COMM (eng): Recorded at Abbey Road Studio 2 & mixed at home. ♪",
    "TCON=(17)Rock; TRCK=3/12; TPOS=1/2",
    "artist: Beyoncé feat. Jay-Z | album: Lemonade (Deluxe) | genre: R&B/Soul",
    "title=\"Don't Stop Me Now\"; artist=Queen; year=1978",
    "Composer: J.S. Bach; Performer: Glenn Gould; Label: Sony Classical (P) 1982",
    "filename: 03 - Exec Summary (Live at O2) [Remastered 2024].flac",
    "Duration: 00:03:41.52, bitrate: 320 kb/s, 44.1 kHz stereo",
    "ISWC T-123.456.789-0 / IPI 00012345678",
    "©2024 Example Records Ltd. ℗2024 Example Records Ltd. under exclusive licence to Big Label",
    "Lyrics language: und; Explicit: true; Parental Advisory: yes",
    "ALBUMARTISTSORT=Beatles, The",
    "Genre: Drum & Bass / Jungle; BPM: 174; Key: F#m",
    "exiftool shows: Make=Canon, Model=EOS R5, DateTimeOriginal=2024:05:03 06:12:44",
    "IPTC Byline: Sam Idowu; Credit: Example News/Getty; Source: Pool",
    "XMP dc:rights = \"© 2024 Example News. All rights reserved.\"",
    "TSRC=USRC17607839; TCOP=2017 RCA Records",
    "artist: Sigur Rós | title: Hoppípolla | album: Takk... | year: 2005",
    "title: 夜に駆ける | artist: YOASOBI | album: THE BOOK",
    "Mood tags: chill; late-night; lo-fi; study/sleep",
    "Podcast GUID: 9b024349-ccf0-5f69-a609-6b82873eab3c",
    "<itunes:category text=\"Society &amp; Culture\"><itunes:category text=\"Documentary\"/></itunes:category>",
    "<enclosure url=\"https://cdn.example.fm/ep214.mp3\" length=\"48213445\" type=\"audio/mpeg\"/>",
    "<pubDate>Tue, 04 Jun 2024 05:00:00 +0000</pubDate>",
    "Video: 1920x1080, 23.976 fps, H.264 High@4.1; Audio: AAC-LC 48kHz 2ch",
    "EIDR 10.5240/7791-8534-2C23-9030-8610-5",
    "Keywords: union; strike; picket line; \"Hollywood\"; SAG-AFTRA",
    "Release title: Drop (Deluxe Edition) — Territory: WW excl. JP",
    "P-line: ℗ 2019 Bureau B | C-line: © 2019 Bureau B",
    "Contributor role: Remixer → DJ Kōji; Producer → M. Alvarez",
    "Source file: /Volumes/ARCHIVE/2019/Tape_07_Side_B.wav (24-bit/96k)",
    "Lang: pt-BR; Title: Águas de Março; Artist: Elis Regina & Tom Jobim",
    "UPC: 0 12345 67890 5 (barcode printed on back cover)",
    "Track gain: -8.2 dB | peak: 0.998 | R128: -23 LUFS",
    "title: Алиса в стране чудес (аудиокнига) — часть 2",
    "Explicit=false, ContentAdvisory=\"clean\", AgeRating=0+",
    "Chapter marks: CHAP ch0 0ms 'Intro'; CHAP ch1 135000ms 'Interview'",
    "ARTIST=AC/DC; TITLE=Highway to Hell; ALBUM=Highway to Hell; DATE=1979",
    "Cover art: 3000x3000 JPEG, sRGB, < 10 MB, no URLs or logos",
    "Alt title (sort): \"Select Few, The\" — S02E05 \"Drop\"",
    "Performer: Orquesta Sinfónica de Galicia; Conductor: Dima Slobodeniouk",
    "Tag: #<3 love songs (legacy tag from 2009 import)",
]
M_ARTISTS = ["Nova Lux", "Los Perros Azules", "Kaito & The Tides", "Brígida", "Zero Day Lovers", "Mørk Skog", "The Union Jacks"]
M_TITLES = ["Sleep Mode", "Exec", "Drop It Like It's Cold", "Ctrl+Z", "Midnight (Remix)", "Café Noir", "Select Nothing"]


def t_metadata(r):
    k = r.random()
    if k < 0.4:
        return f"ISRC {r.choice(['GB', 'US', 'DE', 'FR', 'SE'])}{r.choice(['ABC', 'UM7', 'K3X', 'R1T'])}{r.randint(20, 24)}{r.randint(10000, 99999)}"
    if k < 0.7:
        return f"TIT2={r.choice(M_TITLES)}; TPE1={r.choice(M_ARTISTS)}; TRCK={r.randint(1, 14)}/{r.randint(14, 20)}"
    return f"artist: {r.choice(M_ARTISTS)} | title: {r.choice(M_TITLES)} | UPC {r.randint(100000000000, 999999999999)}"


# ---------------------------------------------------------------- track listings
TRACKLIST = [
    "A1 Intro (Skit)\nA2 Night Bus feat. Kojo\nA3 Select All\nB1 Drop (Radio Edit)\nB2 Outro",
    "1. Run the Script (feat. MC Echo) 3:41",
    "Side A: 1-4 / Side B: 5-8 / Bonus 7\": 9 & 10",
    "07. Sleep Tight (Dub) [Bonus Track]",
    "CD2: Live at Union Chapel, 12.04.2024 — 1. Alert 2. Exec 3. Encore (Medley)",
    "Tracklist: 1) Intro 2) Mañana 3) Café con Leche (Remix) 4) Adiós",
    "02 — \"Don't Drop Me\" (Acoustic) / 03 — \"Drop Me\" (Reprise)",
    "12\" single: A. Select / B. Select (Instrumental)",
    "01 Ouverture\n02 L'Été\n03 Où es-tu ?\n04 Ça ira",
    "1. Prelude in C 2. Fugue No. 1 in C major, BWV 846",
    "Disc 1 → tracks 1–12; Disc 2 → 13–24 (previously unreleased)",
    "04. Kill the Lights (feat. Ayo & Dee) [Explicit]",
    "5. Sleep // Wake (Interlude)",
    "B3 ~ Union Street Blues (Take 2)",
    "Bonus: 13. System Failure (Demo, 1998)",
    "1. 春よ、来い 2. 夜明け 3. 彼方へ",
    "Tracks 3 & 7 contain explicit content; clean versions on the radio promo.",
    "06 — Echo > Silence (Live)",
    "10. 1 + 1 = 3 (Extended Mix)",
    "A-side: Cry Me a River | B-side: Fever",
    "08 ¿Quién Eres? (feat. La Reina) [Remix]",
    "Medley: a) Alert b) Exec c) Drop — 9:12",
    "11. Where's My /home? (Lo-Fi Version)",
    "1-03 Danke Schön (Remastered 2009)",
    "3. Песня о тревожной молодости",
    "09 — The Union (w/ Brass Section)",
    "Track 4 → rename from 'Untitled 4' to 'Echo Chamber' please",
    "02. Love & Hate [Prod. by K.O.]",
    "Side D: Untitled Jam (18:40)",
    "14. Hidden track (starts at 6:15 after silence)",
    "01. <3 (Heart)",
    "05 \"Eval\" (Radio Edit) — yes the song is really called that",
    "7. 50/50 (feat. Kai & Nia) (Clean)",
    "1. Dies Irae (Mozart: Requiem, K. 626)",
    "B2 — C:\\Windows\\System32 (Glitch Mix) by Datapunk",
    "03 -- Stop/Start (Alt. Take)",
    "13. Outro; 14. Outro (Reprise); 15. Outro (Reprise) [Reprise]",
    "4. Sans toi (Je n'existe pas) — version longue",
    "Tracks: 1. Ping 2. Pong 3. Ping (Pong Remix)",
    "06. Asleep at the Wheel ($uicideboy$ cover)",
    "EP: 1. Wake 2. Snooze 3. Sleep(5) 4. Alarm",
    "Vinyl: A1–A5, B1–B4; Digital adds 10 & 11",
    "2. Über den Wolken (Live, 1975)",
    "1. ★ Stars ★ 2. ☾ Moon ☾ 3. ☀ Sun ☀",
    "16. Sudo Love (feat. Root) [Explicit]",
]
TL_TITLES = ["Glass House", "Fuego", "Low Battery", "Late Train", "Sirène", "Northern Lights", "Dust", "Echoes"]
TL_FEAT = ["feat. Kojo", "feat. Lía", "w/ The Horns", "ft. DJ Mori", ""]
TL_VER = ["(Remix)", "(Radio Edit)", "(Live)", "[Bonus Track]", "(Acoustic)", "(Dub)", ""]


def t_track(r):
    parts = [f"{r.randint(1, 18):02d}.", r.choice(TL_TITLES), r.choice(TL_FEAT), r.choice(TL_VER)]
    s = " ".join(p for p in parts if p)
    if r.random() < 0.5:
        s += f" {r.randint(2, 7)}:{r.randint(0, 59):02d}"
    return s


# ---------------------------------------------------------------- editorial comments / corrections
EDITORIAL = [
    "@Sam can you drop the second para? Legal flagged it.",
    "Headline too long for mobile (>70 chars) — try \"Council drops parking fee\"",
    "Fact-check: 'union membership fell 3%' → source says 3.2%. Round or quote exactly?",
    "Please don't use \"alert\" in the push notification; it triggers the breaking-news style.",
    "Reverted to v3 — v4 lost the photo credits. Diff: -2 captions, +1 typo.",
    "Swap 'killed' → 'died' per legal until the inquest concludes.",
    "Publish at 06:00 & push to apps at 06:05; social 06:10. Embargo holds till then!",
    "Sub note: 'exec' is fine in the headline but spell out 'executive' in body copy.",
    "Can we get a quote from the union? Their press office # is in the contacts sheet.",
    "Moved sidebar below para 6; the <aside> was breaking the AMP layout.",
    "Style: use 'per cent' not '%' in body; '%' OK in charts & headlines.",
    "Correction: An earlier version said the concert was on 12/04; it was 14/04.",
    "Clarification: The CEO's remark was made in a 2019 podcast, not at the AGM.",
    "This piece is under review by Standards — do NOT republish or syndicate.",
    "@desk pls check: is it \"Tomás\" or \"Tomas\"? He signs both ways.",
    "Spotted a typo in the standfirst: \"there\" → \"their\". Fixed & republished 09:14.",
    "Killed the story — source withdrew. Keep draft; don't delete.",
    "Who's on nights? Need someone to update the live blog after 23:00.",
    "Reader complaint re: photo at top (graphic). Swapped for wide shot; log in corrections.",
    "Legal: 'alleged' must precede 'fraud' in every instance; 4 missing in current draft.",
    "Rewrite intro? Currently 48 words; aim < 30.",
    "SEO: slug should be /culture/2024/jun/union-chapel-review not /culture/untitled-47",
    "I think the select committee chair's name is misspelt throughout — 'Dromey' not 'Droemy'.",
    "Ed's note for the print sub: this runs on p.7, max 450 words incl. pull quote.",
    "Pic desk: need a 16:9 crop for the homepage & 1:1 for Insta.",
    "Rechtlicher Hinweis: Name des Verdächtigen abkürzen (Max M.).",
    "Relecture : « a été tué » → « est mort », en attendant l'enquête.",
    "Sidebar claims \"drop of 40%\"; chart shows 38%. Which one?",
    "Tone check: \"slammed\" is loaded; try \"criticised\".",
    "Updated with police statement (para 3) — timestamp: 14:32 BST.",
    "Don't forget the trigger warning before the embed; the video autoplays.",
    "Duplicate of story #48213 — merge & redirect the old URL.",
    "Nice piece! Minor: \"it's\" → \"its\" in para 9. Otherwise good to go ✅",
    "Can someone with admin rights unpublish /news/draft-test-page? It went live by mistake.",
    "Translation check (ES): 'sindicato' OK for 'union' here — it's the workers', not EU.",
    "Pull quote too similar to headline. Pick the \"I just wanted the truth\" line?",
    "Corrected the score: 2–1, not 1–2. Apologies to Leeds fans.",
    "Numbers in text: spell out one to nine, digits from 10 — fix para 2 (\"3 people\").",
    "Has the family consented to the photo? If not, remove before 18:00.",
    "Note to self: verify the £2.4bn with Treasury; don't rely on the wire copy.",
    "Headline A/B test: B (\"Why the union said no\") won, CTR 4.1% vs 3.2%.",
    "Paywall: set to metered; exception for the public-safety sidebar.",
    "Rewrote the lede; old version kept in revision 12 if you want to compare.",
    "Please stop pasting from Word — it adds <span style=\"mso-...\"> junk to the HTML.",
    "'Exec' in quotes looks odd in the hed; can we drop them?",
]
ED_WHO = ["@Priya", "@night desk", "@Tom (subs)", "@legal", "@pics", "@social"]
ED_ACT = ["please check the byline", "can you trim para 4", "swap the hero image", "add the correction footer", "confirm the spelling of 'Ó Súilleabháin'", "drop the second quote"]


def t_editorial(r):
    if r.random() < 0.6:
        return f"{r.choice(ED_WHO)} {r.choice(ED_ACT)} — story #{r.randint(10000, 99999)}, due {r.randint(7, 23):02d}:{r.choice(['00', '30'])}"
    return f"Correction ({r.randint(1, 28)}/{r.randint(1, 12)}): {r.choice(['the figure', 'the name', 'the date', 'the quote'])} in paragraph {r.randint(1, 12)} has been amended."


# ---------------------------------------------------------------- captions & credits
CAPTION = [
    "Protesters outside parliament on Tuesday. © AP Photo/Jane Doe",
    "The band on stage at Glastonbury, 2023. Photograph: Sam Idowu/The Example",
    "Fans queue for tickets in Seoul. (Photo by Kim Min-jun/Getty Images)",
    "Flooding on the A59 near York, 4 January. Credit: Reuters/Phil Noble",
    "Left to right: Ana, Jo & Tomás at the launch. Courtesy of the artist.",
    "Still from 'Select Few' (2024). © Netflix",
    "Illustration: Guardian Design / Getty Images",
    "Firefighters tackle the blaze at 03:40. Photo: @wmfs via X",
    "Archive photo, 1968. Source: /Volumes/Archive/neg_0412.tif (scanned 2019)",
    "Le président à l'Élysée, lundi. © AFP / Ludovic Marin",
    "Der Kanzler in Berlin, Montag. Foto: dpa/Kay Nietfeld",
    "東京の渋谷交差点。写真：共同",
    "Photo: PA Wire/PA Images. Picture date: Sunday June 2, 2024.",
    "Handout photo issued by the Met Police of the scene. NOTE TO EDITORS: not to be used after 31/12",
    "Screenshot of the deleted post (captured 12:04 GMT).",
    "Alt text: A cat sitting on the arm of a yellow crane, 30 metres up, against a grey sky.",
    "The minister (centre) leaves No 10. Photograph: Leon Neal/Getty",
    "A still from the bodycam footage released by police. Faces blurred by us.",
    "Composite image: Example Design; source photos © Reuters & EPA",
    "Cover art for 'Drop' (2024). Design by Studio Nord.",
    "Credit: NASA/JPL-Caltech",
    "Drone shot of the festival site. Photo: Ole Kristiansen / NTB scanpix",
    "Fotografía: EFE/Juan Carlos Hidalgo",
    "Image © 2024 Sam Idowu — all rights reserved; do not crop",
    "Photo by Unsplash user @jrb (free licence)",
    "Graphic: ONS data; chart by the data team <data@example.com>",
    "Pictured: the 'union' banner hanging from the bridge. © Jo Park",
    "A nurse at St Mary's. Image taken with consent; names withheld.",
    "«Plaza Mayor», Madrid, 1952. Archivo Municipal",
    "Photo illustration; the image has been digitally altered.",
    "Courtesy of Sony Music Entertainment / (P) 2024",
    "Pool photo via AP — uploaded by desk at 09:12",
    "Credit line must read exactly: \"Photo: M. Okafor/Example Agency\"",
    "Фото: Алексей Петров / ТАСС",
    "Illustration by Mira Tan (mira-tan.example) for The Weekend",
    "Contributor upload; EXIF stripped; verified by the visuals desk",
    "Map data © OpenStreetMap contributors",
    "Photo: Supplied. (Family handout)",
    "Left: 1994; right: 2024. Photographs: Example Archive / Ben Ali",
    "The scene at Church Rd & Market St after the crash. Photo: Reader submission",
    "© AP Photo/Evan Vucci, File",
    "Screengrab: YouTube/@ExampleNews",
    "Film still: \"Drop Dead\" (1992) © Warner Bros.",
    "A view from the press box, Wembley. Credit: Example Sport",
    "The author's grandmother's letter, 1944 (private collection)",
]
CAP_SUBJ = ["Residents clear debris", "Supporters celebrate", "Dancers rehearse", "Commuters wait", "Volunteers sort donations", "Musicians warm up"]
CAP_PLACE = ["in Valencia", "in Kraków", "outside Union Station", "in Lagos", "near the town hall", "in Ōsaka"]
CAP_CRED = ["© AP Photo/", "Photograph: ", "Photo: Reuters/", "Credit: AFP/", "Foto: dpa/"]
CAP_NAME = ["Lina Haddad", "Marek Nowak", "Chidi Eze", "Ana Sousa", "Hiro Sato"]


def t_caption(r):
    return f"{r.choice(CAP_SUBJ)} {r.choice(CAP_PLACE)} on {r.choice(['Monday', 'Tuesday', 'Friday', 'Sunday'])}. {r.choice(CAP_CRED)}{r.choice(CAP_NAME)}"


# ---------------------------------------------------------------- rights & licensing
RIGHTS = [
    "Licensed for editorial use only; no commercial use, no merchandising.",
    "Territories: UK & IE only; geo-block everywhere else (incl. Channel Islands?)",
    "Sync licence: 30s clip, web + social, 12 months from 01/06/2024, fee £1,200.",
    "CC BY-SA 4.0 — attribution: \"Photo by J. Smith / Wikimedia Commons\"",
    "Embargo: do not publish before 00:01 BST 5 June; international syndication after 06:00.",
    "Rights expire 31/12/2025 — drop from catalogue automatically on expiry.",
    "Music cleared: master (Label X) ✔ publishing (Pub Y) ✘ — chase Pub Y.",
    "No archive use after 90 days; delete from DAM.",
    "Royalty split: 50% writer / 25% producer / 25% featured artist.",
    "All rights reserved. © 2024 Example Media Group plc.",
    "Footage © BBC; used under fair dealing for criticism/review (s.30 CDPA).",
    "Stock: Getty RM, licence #GI-88213, print + web, max 1/4 page.",
    "Creative Commons CC0 — no attribution required, but nice to give.",
    "Not for use in the USA/Canada until 2026-01-01 (pre-existing exclusive).",
    "Mechanical licence via HFA; cover of \"Sleep Walk\" — 9.1¢ per copy.",
    "Interview cleared for podcast & transcript; NOT for video (guest's request).",
    "Exclusive: do not share with partners (PA, AFP) until 24h after publish.",
    "Syndication: allowed for partners on list B; strip the sidebar & comments.",
    "Photographer retains copyright; one-time use in print & online edition of 6/6.",
    "Usage: ≤ 15s of the clip, with on-screen credit \"Courtesy: Example TV\"",
    "Licence ID LIC-2024-00412 (expires 2025-06-30) — renewal in progress",
    "Lizenz: nur redaktionelle Nutzung, keine Weitergabe an Dritte.",
    "Droits : usage éditorial uniquement, pas de recadrage.",
    "Model release on file (MR-2231); property release n/a.",
    "Takedown received re: ep. 88 clip (music claim). Muted 02:10–02:40 & re-uploaded.",
    "Content ID: claim released after we showed the licence (ticket #55120).",
    "Public domain (published 1923, US). Check EU status before using in DE/FR.",
    "Label holds neighbouring rights; PRS/PPL reporting quarterly.",
    "Rights: worldwide, all media, perpetuity — except for Japan (sub-licensed to Avex).",
    "DO NOT USE: subject has withdrawn consent (see note 14/03).",
    "Pre-clearance needed for any use of the 'Union Jack' artwork on merch.",
    "The artist reserves the right to drop the track from compilations.",
    "Agency terms: no use in political advertising; no AI training.",
    "Royalties: $0.0032/stream (avg), paid net 60 via distributor.",
    "Third-party content: tweets embedded under platform ToS; screenshots not cleared.",
    "Window 1: SVOD 2025-01 → 2025-12; Window 2: FAST from 2026-01.",
    "This track samples \"Funky Drummer\" — clearance ref SMP-0091.",
    "Ownership: 100% master; 60/40 publishing (Writer A / Writer B).",
    "Licence type: RF (royalty-free); unlimited impressions; no resale.",
    "Credit requirement: \"© 2024 Jo Park. Used with permission.\" — must appear adjacent.",
    "Geo: available in 190+ countries; blocked in RU & BY pending review.",
    "版权所有 © 2024 示例传媒。未经许可，不得转载。",
    "Derechos: uso solo editorial; prohibida la reproducción sin permiso.",
    "Distribution agreement clause 7.3: either party may terminate with 30 days' notice.",
    "Clip rights: sports highlights max 2 min, not before final whistle + 30 min.",
]
R_USE = ["editorial", "broadcast", "online & social", "print only", "podcast & transcript"]
R_TERR = ["worldwide", "UK & IE", "EU/EEA", "US only", "DACH", "LATAM excl. BR"]


def t_rights(r):
    y = r.randint(2024, 2027)
    return f"Licence LIC-{y}-{r.randint(100, 9999):05d}: {r.choice(R_USE)}; {r.choice(R_TERR)}; until {y + r.randint(0, 3)}-{r.randint(1, 12):02d}-{r.randint(1, 28):02d}"


# ---------------------------------------------------------------- encoding / ffmpeg notes
ENCODING = [
    "ffmpeg -i master.mov -c:v libx264 -crf 20 -preset slow -c:a aac -b:a 192k out.mp4",
    "ffmpeg -ss 00:01:02.500 -to 00:01:45 -i ep214.wav -c copy clip.wav",
    "Burned-in subs: ffmpeg -i in.mp4 -vf \"subtitles=subs_en.srt:force_style='FontSize=24'\" out.mp4",
    "Loudness: -16 LUFS integrated, -1 dBTP (podcast spec); use loudnorm=I=-16:TP=-1:LRA=11",
    "Exported from Premiere to /Volumes/Media/Exports/2024-06/final_v3.mov — 12.4 GB",
    "HLS ladder: 1080p@6000k, 720p@3000k, 480p@1200k, 360p@700k; 6s segments",
    "ffprobe -v error -show_entries format=duration -of csv=p=0 input.mp3",
    "Audio drifts ~2 frames after 00:40:00 — probably 29.97 vs 30 fps mismatch.",
    "Please re-export with -pix_fmt yuv420p; Safari won't play yuv444.",
    "The upload failed at 98% (\"413 Request Entity Too Large\"). Split into parts?",
    "Proxy files in D:\\Projects\\Doc2024\\Proxies\\ (ProRes Proxy, 1/4 res)",
    "for f in *.wav; do ffmpeg -i \"$f\" -b:a 128k \"${f%.wav}.mp3\"; done",
    "Thumbnails: ffmpeg -i in.mp4 -vf fps=1/10 thumbs/%04d.jpg",
    "Concat: ffmpeg -f concat -safe 0 -i list.txt -c copy full.mp4 (list.txt has file 'part1.mp4' etc.)",
    "Codec note: use Opus 96k for voice; AAC 256k for music-heavy eps.",
    "Audio channel map: 1=Dialog L, 2=Dialog R, 3=M&E L, 4=M&E R",
    "Color: Rec.709, gamma 2.4; graded in Resolve; LUT at ~/LUTs/show_v2.cube",
    "ffmpeg -i in.mkv -map 0:v -map 0:a:1 -map 0:s:0 -c copy out.mkv  # keep 2nd audio track",
    "Transcode queue stuck? Check /var/log/transcoder/worker-3.log around 03:12 UTC.",
    "Deinterlace with yadif=1 before scaling, otherwise combing on the archive tapes.",
    "Sidecar captions: upload .vtt not .srt; the player drops SRT styling.",
    "Bitrate too high for the CDN profile (max 8 Mbps). Re-encode with -maxrate 8M -bufsize 16M.",
    "Aspect: 2.39:1 letterboxed in 16:9; don't crop for social, use blur pad.",
    "Watermark: -vf \"movie=logo.png[wm];[in][wm]overlay=W-w-20:20[out]\"",
    "Trim silence: -af silenceremove=start_periods=1:start_threshold=-50dB",
    "Render on the farm: node 4 & 7 down; jobs > 2h go to node 9.",
    "Renamed files per convention: SHOW_S01E05_EN_v2_20240603.mp4",
    "Audio ducking: music -12 dB under VO; sidechain in the mix template.",
    "Nach dem Export: Datei in \\\\nas01\\Sendung\\Fertig\\ ablegen.",
    "Le fichier final est dans /mnt/montage/2024/juin/ — 4K HDR, 12 Go.",
    "Encoding done. MD5 of master: 9e107d9d372bb6826bd81d3542a419d6 (for the archive log)",
    "ffmpeg -i in.mp4 -af \"volume=1.5\" -c:v copy louder.mp4",
    "The 'drop frame' timecode (;) vs non-drop (:) caused the 3.6s offset in the EDL.",
    "Time base: 1/90000; PTS starts at 0 after -copyts was removed.",
    "VTT cue settings lost after conversion — the converter strips 'line:' & 'position:'.",
    "Upload spec: MP4, H.264, ≤ 4 GB, ≤ 60 min, stereo AAC, captions as .srt (UTF-8, no BOM)",
    "Podcast feed: 44.1kHz mono 64kbps MP3 for talk; ID3v2.3 (not 2.4) for old players.",
    "If ffmpeg says 'Non-monotonous DTS', add -fflags +genpts before -i.",
    "Audio: 5.1 → stereo downmix: -ac 2 -af \"pan=stereo|FL=FC+0.30*FL+0.30*BL|FR=FC+0.30*FR+0.30*BR\"",
    "HDR10 metadata: MaxCLL=1000, MaxFALL=400; mastering display P3-D65.",
    "Vidéo rejetée : « codec non pris en charge » (HEVC 10-bit). Réencoder en H.264.",
    "Batch: find ./raw -name '*.MXF' | xargs -I{} echo {} >> todo.txt",
    "Frame rate conform 25 → 23.976 with pitch correction (asetrate + atempo).",
    "Cache dir filling up: ~/Library/Caches/Adobe/Media Cache Files — 180 GB!",
    "Sample rate mismatch: VO at 48k, music at 44.1k; resample with -ar 48000.",
]
ENC_CODEC = ["libx264", "libx265", "libvpx-vp9", "prores_ks", "libsvtav1"]
ENC_FILE = ["ep{}_master.mov", "trailer_v{}.mp4", "interview_cam{}.mxf", "promo_{}s.mov"]


def t_encoding(r):
    f = r.choice(ENC_FILE).format(r.randint(1, 60))
    if r.random() < 0.6:
        return f"ffmpeg -i {f} -c:v {r.choice(ENC_CODEC)} -crf {r.randint(16, 30)} -vf scale={r.choice(['1920:-2', '1280:-2', '-2:720'])} -c:a aac -b:a {r.choice(['128k', '192k', '256k'])} out_{r.randint(1, 99)}.mp4"
    return f"Re-encode {f}: {r.choice(['audio out of sync', 'wrong aspect ratio', 'captions missing', 'too loud (-9 LUFS)'])} — target {r.choice(['-16', '-23', '-14'])} LUFS, {r.choice(['25', '29.97', '23.976'])} fps"


CATEGORIES = [
    ("headline_byline", HEADLINE, t_headline),
    ("article_draft", ARTICLE, t_article),
    ("subtitle_transcript", SUBTITLE, t_subtitle),
    ("podcast_shownotes", SHOWNOTES, t_shownotes),
    ("media_metadata", METADATA, t_metadata),
    ("track_listing", TRACKLIST, t_track),
    ("editorial_comment", EDITORIAL, t_editorial),
    ("caption_credit", CAPTION, t_caption),
    ("rights_licensing", RIGHTS, t_rights),
    ("encoding_note", ENCODING, t_encoding),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for cat, lits, tmpl in CATEGORIES:
        vals = []
        for v in lits:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            vals.append(v)
        nlit = len(vals)
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
        stats.append((cat, len(vals), nlit))
        for v in vals:
            assert isinstance(v, str) and v and len(v) <= 1800
            rows.append({"category": cat, "label": "benign", "value": v})
    out = Path(__file__).with_name("benign.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as fh:
        for i, row in enumerate(rows, 1):
            obj = {"id": f"hb32-{i:05d}", **row}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, n, nlit in stats:
        total_lit += nlit
        print(f"{cat:22s} {n:4d}  literals {nlit:3d} ({100 * nlit / n:.0f}%)")
    print(f"{'TOTAL':22s} {len(rows):4d}  literals {total_lit:3d}")


if __name__ == "__main__":
    main()
