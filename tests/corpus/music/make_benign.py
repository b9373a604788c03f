"""Benign held-out corpus for the music production & distribution platform.

Every value is text a real user of a music production / distribution platform
would type into an ordinary field: track and album titles, lyrics, liner notes,
chord charts and setlists, DAW and plugin notes (including live-coding snippets),
sample and stem paths, mix feedback, release/rights metadata, MIDI/OSC messages,
producer forum posts and multilingual artist bios.

The values are hard negatives on purpose (quotes, apostrophes, ';', '|', '&',
'<', '>', '=', '--', '/*', '{}', '$', backslashes, '../', absolute paths, URLs and
SQL/shell/code words in innocent context), but none of them is attack-shaped.

Most values are hand-written literals; the rest come from small templates over
hand-written pools. Standard library only, fixed seed, byte-identical output.
Run: python3 make_benign.py  (writes benign.jsonl next to this file)
"""

import json
import random
from pathlib import Path

SEED = 5901
PREFIX = "hb59"
PER_CATEGORY = 80

# ---------------------------------------------------------------------------
# 1. track_title: track / album titles with featuring credits, brackets, remix tags
# ---------------------------------------------------------------------------
TRACK_TITLE = [
    "Don't Look Back (feat. Ama Boateng) [Extended Mix]",
    "Midnight in Lagos (Kofi & Jules Remix)",
    "Select Frequencies, Vol. 2",
    "Union Street (Live at the Jazz Café)",
    "Drop the Act (VIP Edit)",
    "Sleep Tight, Sleepwalker (Demo 04)",
    "<3 Letters (Acoustic)",
    "Ça ira mieux demain (feat. Léa Moreau) [Radio Edit]",
    "Nachtfahrt / Rückweg (Zweiter Teil)",
    "夜明けのメロディ (2024 Remaster)",
    "Exec Producer Interlude (Skit)",
    "$ilver Linings (prod. Kid Wavv)",
    "Mind Over Matter -- Original Mix -- 124 BPM",
    "Where Were You? {Reprise}",
    "O'Sullivan's Lament (Trad. arr. Ní Bhriain)",
    "System of a Sound (Dub)",
    "1 + 1 = 3 (Live at Paradiso, Amsterdam)",
    "Me & You & the Afterparty (feat. DJ Bønd & Lil' Tempo)",
    "Ночной город (Slowed + Reverb)",
    "Mañana será otro día (con Lucía Ortega)",
    "يا ليل (Ya Leil) [Oud Version]",
    "Script for a Silent Film",
    "Alert! Alert! (Club Mix)",
    "Root Note (Interlude)",
    "Null & Void (Instrumental)",
    "\"Fade\" – Piano Cover",
    "If Not Now, Then When? (Pt. II)",
    "Half/Full (Side A)",
    "Wait for the Delay (Tape Echo Version)",
    "100% (Clean)",
    "24/7/365 (feat. Marcus \"Junebug\" Hale)",
    "Tú y yo > todo (feat. Nico Ríos)",
    "Sunset <> Sunrise (Ambient Edit)",
    "Pieces; Part One",
    "Hymn No. 7 (Live From St. Luke's)",
    "Run It Back!!! (Bootleg)",
    "Kätzchen (Süße Träume) [Lullaby Mix]",
    "São Paulo 3AM (feat. Bia Lins) [Instrumental]",
    "서울의 밤 (Seoul Nights) (feat. JAY.K)",
    "Whiskey & Rye (Live @ Gruene Hall)",
    "Shell Game (Reprise)",
    "Password Is Love (Radio Edit)",
    "Sleep(less) in Berlin",
    "Kill the Lights (Rework) [Clean]",
    "Out of Order (Extended Mix)",
    "Here = Home (Live)",
    "Pick Up the Pieces (feat. Tiana & the Hollow Men) [Remastered 2011]",
    "Élan vital – III. Allegro ma non troppo",
    "Symphony No. 5 in C minor, Op. 67: I. Allegro con brio",
    "Cello Suite No. 1 in G major, BWV 1007: I. Prélude",
    "A-Side / B-Side (7\" Version)",
    "Into the Void (Drop Mix) [feat. MC Static]",
    "Lights Out; Dance On (Edit)",
    "Sideways \\ Backwards (Demo)",
    "Échos (Ambient Mix) – 88 BPM – D♭",
    "Ballad #9 [Unreleased] (Voice Memo, 2017)",
    "Çay Saati (feat. Deniz) [Istanbul Version]",
    "Wait... What?! (Skit)",
]

TT_BASE = ["Paper Boats", "Night Drive", "Golden Hour", "Low Tide", "Glasshouse",
           "Static Bloom", "Velvet Morning", "Northern Line", "Tin Roof Rain",
           "Slow Burn", "Saudade", "Neon Psalm", "Hollow Tree", "Second Wind"]
TT_FEAT = ["Ama Boateng", "K-Drop", "Léa Moreau", "Nico Ríos", "JAY.K", "Ife & The Tides",
           "Marta Nowak", "Lil' Tempo", "Søren Å.", "Bia Lins"]
TT_TAG = ["Extended Mix", "Radio Edit", "VIP", "Dub", "Instrumental", "A Cappella",
          "Club Mix", "Slowed + Reverb", "Sped Up", "Live", "Acoustic", "Remastered 2024",
          "Clean", "Explicit", "Original Mix"]
TT_REMIXER = ["Kofi & Jules", "DJ Bønd", "Hollow Men", "Nachtfahrt", "Ana Ruiz", "J.Wav"]


def tpl_track_title(rng):
    form = rng.randrange(4)
    base = rng.choice(TT_BASE)
    if form == 0:
        return f"{base} (feat. {rng.choice(TT_FEAT)}) [{rng.choice(TT_TAG)}]"
    if form == 1:
        return f"{base} ({rng.choice(TT_REMIXER)} Remix)"
    if form == 2:
        return f"{base} - {rng.choice(TT_TAG)} - {rng.choice([118, 122, 124, 128, 140, 174])} BPM"
    return f"{base} [{rng.choice(TT_TAG)}] (prod. {rng.choice(TT_REMIXER)})"


# ---------------------------------------------------------------------------
# 2. lyrics: lyrics excerpts, multi-line, many languages
# ---------------------------------------------------------------------------
LYRICS = [
    "[Verse 1]\nI left the keys on the table by the door,\nyou said \"don't wait up\" -- I don't anymore",
    "[Chorus]\nOh-oh, select me, select me from the crowd\nsay my name and say it loud (x2)",
    "We were drop-dead tired & we didn't care,\n'cause the union of our shadows was everywhere",
    "Sleep, sleep, little one, the train's on its way,\nsleep, sleep, there'll be sunlight today",
    "(Ad-lib: yeah, yeah!) {harmony a 3rd above on \"stay\"}",
    "Script me a scene where you stay,\ncut to the part where you say\n\"alert the crew, we're rolling today\"",
    "Y si me voy, no me llores, mi amor;\nque la luna sabe más que yo.",
    "J'ai laissé la porte ouverte, l'été s'en va --\ndis-moi « reste », et je resterai là.",
    "Wir tanzen, bis der Morgen graut,\nüber Dächer, viel zu laut.",
    "Saudade é o nome que eu dei\npro silêncio que você deixou",
    "君の声が聞こえる\n遠くの街の灯り\nもう一度だけ",
    "너의 이름을 부르면\n밤하늘이 대답해",
    "Money on my mind, $$$ in the sky,\n9 to 5 & I still wonder why",
    "Bar for bar / star to star /\nfrom the block to the boulevard",
    "Ooh -- ooh -- (echo: ooh)\nWhere'd you go? Where'd you go?",
    "1, 2, 3, 4!\nEverybody on the floor",
    "I'm a system error in your perfect design,\na semicolon where you wanted a line",
    "Kill the engine, drop the key,\nthere's nowhere left for you & me",
    "Delete my number, wipe the slate,\nexecutive decisions made too late",
    "[Bridge]\nAnd if the lights go out tonight\n(if the lights go out tonight)\nI'll still find you",
    "Ain't no sunshine in this part of town,\ny'all keep lookin' up while I'm lookin' down",
    "'Til the morning comes, 'til the morning comes,\nwe'll be dancing on the drums",
    "Nel blu, dipinto di sera,\nti cerco ancora in ogni canzone",
    "Ты говоришь «прощай», а я слышу «до встречи»,\nи город молчит до утра.",
    "Siku moja tutaonana tena,\nmoyo wangu bado unakupenda",
    "Dil ke kareeb, phir bhi itni door,\nyeh raat bhi guzar jayegi",
    "Bu gece yine sensiz, İstanbul uyumaz;\nmartılar bile susar.",
    "Kocham cię jak nikt, a ty\nznikasz jak dym o świcie",
    "Mwen renmen ou, cheri,\nmenm lè lapli tonbe",
    "[Hook]\nOn the road again <3\nOn the road again, my friend",
    "Pre-chorus:\nHold on -- hold on --\nwe're almost home",
    "She said: \"You're a 10/10, but your timing's off by 1/16.\"",
    "Drive me to the edge of the map,\nwhere the highway turns to ash and sap",
    "[Outro, spoken]\nThat's it. That's the take. Don't touch anything.",
    "Lay your head on my shoulder, love,\nthe sky is wide & the stars above",
    "I got 99 problems & the bassline's one,\nturn it up 'til the night is done",
    "Elle danse seule sur le quai n°9,\nson cœur bat en 6/8.",
    "Yo no sé si es amor o es costumbre;\nsolo sé que sin ti no hay cumbre.",
    "Every little thing's gonna be fine --\nsay it twice, say it one more time",
    "Echo, echo, echo (echo)\nyou're just an echo now",
    "Mama said \"son, keep your head up high\",\nI said \"mama, I'm tryin', but the rent is high\"",
    "Pass the salt, pass the time,\npass me the chorus line",
    "In the quiet of the kitchen at 3 a.m.\nI wrote your name & crossed it out again",
    "Lalala lala (la la)\nlalala lala (hey!)",
    "Raindrops on a tin roof, tap-tap-tap,\nwaiting for the taxi, waiting for the map",
    "ฉันยังรอเธออยู่ตรงนี้\nแม้ฝนจะตกทั้งคืน",
    "Anh vẫn chờ em nơi góc phố cũ,\nmưa rơi nhẹ như lời ru.",
    "Θα σε περιμένω στο λιμάνι,\nόταν ο ήλιος θα δύει",
    "[Verse 2 – Rap]\nBack in '09 I was rappin' on the bus,\nnow they're askin' for a verse & I'm askin' \"what's the rush?\"",
    "Who's gonna catch you when you fall?\n(who's gonna catch you?)\nNo one at all",
    "Salt & vinegar, midnight diner,\nyou were never mine, but you were finer",
    "Ik fiets door de regen naar jou toe,\nen word het nooit moe",
    "Eu quero ver o sol nascer\nno Arpoador com você",
    "דרך השדות הביתה\nהלב שלי עוד זוכר",
]

LY_LINE_A = ["I've been waiting by the radio", "Call me when the city sleeps",
             "We were young & we were reckless", "Turn the lights down low",
             "Meet me where the river bends", "You said \"never\" like a promise"]
LY_LINE_B = ["but the static's all I know", "'cause the silence cuts too deep",
             "and the summer felt like forever", "let the bassline take control",
             "where the old songs never end", "& I believed it, more or less"]
LY_SECTION = ["[Verse 1]", "[Verse 2]", "[Chorus]", "[Pre-Chorus]", "[Bridge]", "[Outro]"]
LY_TAIL = ["(x2)", "(oh-oh)", "{ad-lib}", "-- yeah", "(echo)", "(repeat to fade)"]


def tpl_lyrics(rng):
    return (f"{rng.choice(LY_SECTION)}\n{rng.choice(LY_LINE_A)},\n"
            f"{rng.choice(LY_LINE_B)} {rng.choice(LY_TAIL)}")


# ---------------------------------------------------------------------------
# 3. liner_notes: credits, thanks, recording notes, (P)/(C) lines
# ---------------------------------------------------------------------------
LINER_NOTES = [
    "Recorded at Studio La Cave, Paris (Oct–Nov 2023). Engineered by Théo Marchand; assisted by Inès B. Mixed by Sam O'Rourke @ Hollow Tree, Bristol. Mastered by K. Ishikawa.",
    "All songs written by M. Okafor & J. Lindqvist except \"Paper Boats\" (Okafor/Lindqvist/Ruiz).",
    "℗ & © 2024 Night Owl Records Ltd. under exclusive licence to Union Square Music. Unauthorised copying, hiring, lending, public performance & broadcasting of this record prohibited.",
    "Special thanks: Mum & Dad, the crew at Basement 45, everyone who came to the Tuesday sessions -- you know who you are <3",
    "Drums: Ali 'Boom' Rahman | Bass: Joanna Wu | Keys/Synths: Pete Nakamura | Vox: Ife Adeyemi",
    "Tracked live to 2\" 16-track tape, no overdubs except the tambourine on side B (sorry, purists).",
    "Cover photo © Marta Nowak — art direction & layout by Studio Ø, Copenhagen.",
    "Executive Producers: R. Delgado, L. Chen. A&R: Priya Shah. Project management: Tom \"Tommo\" Akers.",
    "Contains a sample of \"Rainy Day Blues\" (1971), courtesy of Sunflower Archive; used by permission.",
    "Dedicated to the memory of Grandpa Joe (1931–2020), who taught me G, C & D on a $20 guitar.",
    "This album was made on a laptop in a bedroom in Lagos with one microphone & way too much coffee.",
    "Lyrics reprinted by permission. For sync & licensing: sync@nightowl-records.example",
    "Cut at 45 RPM for better low end; side A runs 19:42, side B 21:05. Play it LOUD.",
    "Gravado no Estúdio Mar Azul, Salvador (BA), em março de 2023. Produção: Caio & Nanda. Mixagem: Rafa Lopes.",
    "Enregistré en une seule prise, sans métronome, le 3 mars à 3 h du matin. Merci à tous.",
    "Aufgenommen im Proberaum in Leipzig-Plagwitz; gemischt & gemastert von Jens K. — Danke an alle, die geholfen haben!",
    "Strings arranged & conducted by Yara Haddad. Violins: A. Kim, B. Osei, C. Duarte; Viola: D. Weiss; Cello: E. Lund.",
    "Additional production on tracks 2, 5 & 9 by J.Wav. Programming: Kid Wavv. Scratches: DJ Static.",
    "\"Null & Void\" contains an interpolation of a traditional Irish reel, arr. Ní Bhriain (public domain).",
    "No AI was used in the making of this record. Every wrong note is ours.",
    "Recorded between tours, 2019-2023, in hotel rooms, vans and one very patient church hall in Leeds.",
    "Gear list (for the nerds): Juno-106, SP-404 mkII, a broken Casio SK-1, 1 x SM57, 1 x U87 (borrowed, returned!).",
    "Mixed in Dolby Atmos at Lumen Studios; stereo mix by Sam O'Rourke. Atmos: 7.1.4, binaural render supervised by S. Park.",
    "Thank you to our Patreon supporters -- especially Lina, Mo, \"Captain\" Dave & the 312 people in the Discord.",
    "Side A: 1. Paper Boats 2. Low Tide 3. Glasshouse 4. Hymn No. 7 / Side B: 5. Slow Burn 6. Second Wind 7. Outro",
    "Design: Studio Ø. Printed on 100% recycled board; vinyl pressed on 180g bio-PVC. Please recycle the shrink-wrap.",
    "Horns on track 4: Tomás (tpt), Rhiannon (t.sax), Kenji (tbn). Horn arrangement: Tomás & Kenji, written on a napkin.",
    "録音：2023年11月、東京・スタジオ灯。ミックス：佐藤健。マスタリング：石川香織。",
    "녹음: 서울 망원동 작업실 / 믹싱 & 마스터링: 박서준 / 사진: 김하늘",
    "Записано в Санкт-Петербурге, зима 2022/23. Сведение и мастеринг — Кирилл Волков.",
    "Grabado en directo en la Sala Apolo (Barcelona) el 14/02/2024 -- sin retoques, tal cual sonó.",
    "Registrato a Bologna in tre giorni di pioggia; grazie a Luca per il caffè e il Rhodes.",
    "Recorded direct to stereo through a 1960s Neve console; what you hear is what happened in the room.",
    "Produced by Ana Ruiz for Night Owl. Co-produced by K-Drop on \"Tú y yo > todo\". Vocal production: Léa Moreau.",
    "All rights of the producer and of the owner of the recorded work reserved.",
    "Tape op: \"Little\" Mike Chen. Runner / tea-maker / morale officer: Bella the dog.",
    "Bonus track (digital only): \"Voice Memo #9\" -- recorded on a phone in 2017, left exactly as it was.",
    "Bass recorded DI + amp (Ampeg B-15, 1x15\"); blend is roughly 60/40 in favour of the DI.",
    "For Sam, who said \"finish the record\" -- we did.",
    "Liner photos: backstage at Vega (Copenhagen), the van (somewhere near Lyon), and Joanna's kitchen.",
    "Mastered for vinyl & streaming separately: streaming master -14 LUFS, vinyl master with ~3 dB more dynamic range.",
    "Choir: the Tuesday Night Singers (St. Mary's Community Hall). Conductor: Margaret O'Neill.",
    "Samples cleared via Tracklib. Field recordings: Oaxaca market, Kyoto rain, a Glasgow bus stop at 11 pm.",
    "Published by Night Owl Publishing (PRS) / Sora Music Publishing (JASRAC) for Japan.",
    "Sleeve notes by Dr. Helen Ashby, music historian & long-suffering fan since the first demo tape.",
    "Recorded in one weekend; mixed in one night; argued about for six months.",
    "Talkbox on \"Golden Hour\": Pete Nakamura (through a 1970s Heil unit, no plug-ins).",
    "تم التسجيل في بيروت، ربيع 2023. شكر خاص لعائلتي ولكل من آمن بهذا المشروع.",
    "Nagrano w Krakowie, w starej kamienicy na Kazimierzu; miks: Marta Nowak.",
    "Original 1998 release: NOR-007 (CD only). This reissue restores the full-length versions of tracks 3 & 8.",
    "Guitars: Søren Å. (electric, 12-string), Bia Lins (nylon). Pedal steel on track 6: Earl \"Slide\" Jackson.",
    "Mixed on NS-10s & a pair of cheap earbuds, because that's how you'll hear it anyway.",
]

LN_ROLE = ["Mixed by", "Mastered by", "Recorded by", "Produced by", "Additional vocals:",
           "Artwork:", "Photography:", "String arrangement:"]
LN_PERSON = ["Sam O'Rourke", "K. Ishikawa", "Théo Marchand", "Yara Haddad", "Studio Ø",
             "Marta Nowak", "Ana Ruiz", "Joanna Wu", "Kirill Volkov", "Rafa Lopes"]
LN_PLACE = ["Hollow Tree, Bristol", "La Cave, Paris", "Lumen Studios, London",
            "Mar Azul, Salvador", "Studio Akari, Tokyo", "the band's rehearsal room"]


def tpl_liner_notes(rng):
    a, b = rng.sample(LN_ROLE, 2)
    return (f"{a} {rng.choice(LN_PERSON)} @ {rng.choice(LN_PLACE)}; "
            f"{b} {rng.choice(LN_PERSON)}.")


# ---------------------------------------------------------------------------
# 4. chord_setlist: chord charts, tabs, ABC/LilyPond, Nashville numbers, setlists
# ---------------------------------------------------------------------------
CHORD_SETLIST = [
    "Am7 | D7/F# | Gmaj7 | Cmaj7 |\nF#m7b5 | B7 | Em | Em |",
    "Intro: | C | G/B | Am | F | (x2)\nVerse: C - G - Am - F\nChorus: F - G - Em - Am -- F - G - C",
    "e|-----------------0---|\nB|-------1-----1-------|\nG|-----2---2-----------|\nD|---2-----------------|\nA|-0-------------------|\nE|---------------------|",
    "Capo 3. Key: Bb (play in G shapes). Tempo q=92, swing 8ths.",
    "Nashville: 1 - 5/7 - 6m - 4 | 1 - 5 - 4 - 4 || Bridge: 2m - 4 - 1/3 - 5sus",
    "Bridge: Bbmaj7 > Am7 > Gm7 > C7sus4 (hold) -- back to chorus x2",
    "SET 1 (45 min)\n1. Opener – no click\n2. Paper Boats (capo 2)\n3. Null & Void → segue into 4\n4. Half/Full\n-- 5 min break --",
    "Encore: 'Whiskey & Rye' (acoustic, just me + Jo) / if curfew allows: 'Lights Out'",
    "D.S. al Coda; Coda: | G | D/F# | Em7 | A7sus4 A7 | D ||",
    "Drop D tuning (DADGBE). Main riff: 0-0-3-5 / 0-0-7-5-3, palm-muted.",
    "G|----------------|\nD|-------5---7----|\nA|---5-7---------5|\nE|-5--------------|  (bass, verse groove)",
    "Drum chart: | x-x-x-x- | (HH 8ths) K on 1 & 3, S on 2 & 4; fill bar 8: S S T1 T2 | crash on 1",
    "X:1\nT:Reel for Niamh\nM:4/4\nL:1/8\nK:D\n|:A2FA DAFA|B2GB dBGB|A2FA DAFA|BAGF EFGE:|",
    "\\relative c' { \\time 3/4 \\key g \\major g4 b d | c2 a4 | b2. \\bar \"|.\" }",
    "| Dm7 | % | G7 | % | Cmaj7 | % | % | % |",
    "Amaj7(#11) → Bm7(b5) → E7(b9,#5) → Amaj9 (let ring)",
    "Key change +1 semitone after 2nd chorus (Db → D). Watch out, bass!",
    "Doors 19:30 / support (The Null Set) 20:15 / us 21:15 / curfew 23:00 SHARP",
    "Setlist – Vega, Copenhagen\n1. Golden Hour\n2. Low Tide\n3. Glasshouse (new!)\n4. Slow Burn\n5. Tú y yo > todo\n6. Second Wind\nENC: Paper Boats",
    "Verse riff (gtr 2): e|--12b14--12--10--| then slide \\ down to 7",
    "Chorus: C/E - F - G - Am // F - G - C/E - F (hold, band stops) -- \"and I'm gone\"",
    "Outro vamp: | Ebmaj7 | Dm7 | Cm7 | Bb/D | repeat until cue from Jo (nod)",
    "Turnaround: I - vi - ii - V; in F: F - Dm - Gm - C7",
    "Tuning: DADGAD, capo 2. Intro is open strings + hammer-ons: 0h2 on the D string.",
    "ii–V–I in all 12 keys: Dm7 G7 Cmaj7 | Gm7 C7 Fmaj7 | Cm7 F7 Bbmaj7 ...",
    "Time sig: 7/8 (2+2+3) in the verses, 4/4 in the chorus. Count it in: 1-2, 1-2, 1-2-3.",
    "12-bar blues in A: | A7 | D7 | A7 | A7 | D7 | D7 | A7 | A7 | E7 | D7 | A7 | E7 ||",
    "Set B (acoustic):\n- Hymn No. 7 (Jo on lead)\n- O'Sullivan's Lament (trad.)\n- Sleep(less) in Berlin\n- ??? (crowd request)",
    "Mandolin: G|--0--2--4--| D|--0--2--| (same fingering as fiddle, x2 speed)",
    "Chord shapes: F = 133211, Bm = x24432, C#m7 = x46454, Gsus4 = 330013",
    "Rhythm: D - D U - U D U (swung), accent on the & of 2",
    "Horns (concert pitch): Bb - Ab - Gb - F; tenor reads in C → transposes up a 9th",
    "Piano LH: root-5th-octave; RH: voicings in the middle register, avoid < C3 (mud)",
    "Songs in E today; Jo's voice is tired → drop \"Half/Full\" to D (capo off, tune down?)",
    "Gig 12/04 @ The Ryman (rehearsal 14:00, soundcheck 16:30, stage 21:00) -- bring spare D strings!",
    "Intro: 4 bars drums alone, then | Em | Em | C | D | (band in on bar 5)",
    "Interlude: | F#m | E/G# | A | Bsus4 B | (2x), then key change to B for last chorus",
    "Fingerstyle pattern: p-i-m-a-m-i (thumb alternates 6th & 4th string)",
    "Turn page after bar 32 -- chart continues on back: Bridge / Solo (open, cue on drummer) / Last Ch x3",
    "Modulation: C major → A minor → E major (via B7) -- bridge only",
    "Nashville (capo 2): 1 4 1 5 | 6- 4 1 5 | 4 5 6- 6- | 4 5 1 1 ||",
    "Melody (solfège): do-re-mi-sol | sol-la-sol-mi | re-do-re---",
    "Setlist 18/05 (festival, 40 min HARD stop):\nHalf/Full > Golden Hour > Low Tide > Kill the Lights > Paper Boats > Outro (tape)",
    "Partition : Do – Sol/Si – Lam – Fa | refrain : Fa – Sol – Mi7 – Lam",
    "Akkorde: Am – F – C – G (Strophe), F – G – Am (Refrain), Bridge: Dm – E7",
    "Acordes: Lam - Rem - Mi7 - Lam (x2); estribillo: Fa - Sol - Do - Mi7",
    "コード進行：Fmaj7 - E7 - Am7 - Gm7 C7（丸サ進行）",
    "Lead sheet note: \"/\" = repeat previous chord for a beat; \"N.C.\" = no chord (band stops)",
    "Solo section: open vamp on | Dm7 | G7 | (Dorian), 16 bars each: keys > sax > gtr",
    "Quick cheat sheet: 1 = C, 4 = F, 5 = G, 6m = Am -- everything else, follow the bass",
    "Kick pattern (16ths): x--- --x- x--- ---- | x--x --x- --x- ----",
    "Ukulele (GCEA): C = 0003, Am = 2000, F = 2010, G7 = 0212",
    "Verse 2 = verse 1 but half-time feel; drums only rim clicks until the \"drop\"",
    "Last chorus: a cappella 4 bars (band out), then everyone back in on \"home\"",
]

CS_KEY = ["C", "G", "D", "A", "E", "F", "Bb", "Eb"]
CS_PROG = ["1 - 5 - 6m - 4", "1 - 6m - 4 - 5", "6m - 4 - 1 - 5", "1 - 4 - 1 - 5",
           "2m - 5 - 1 - 1", "4 - 5 - 3m - 6m"]
CS_SONG = ["Paper Boats", "Golden Hour", "Low Tide", "Glasshouse", "Slow Burn",
           "Second Wind", "Night Drive", "Half/Full", "Null & Void", "Hymn No. 7"]


def tpl_chord_setlist(rng):
    if rng.randrange(2) == 0:
        return (f"{rng.choice(CS_SONG)} – key of {rng.choice(CS_KEY)}, "
                f"{rng.choice([72, 84, 92, 104, 118, 124])} bpm: {rng.choice(CS_PROG)} | "
                f"chorus {rng.choice(CS_PROG)}")
    songs = rng.sample(CS_SONG, 4)
    return "Set: " + " > ".join(songs) + f" // encore: {rng.choice(CS_SONG)} (capo {rng.randrange(1, 6)})"


# ---------------------------------------------------------------------------
# 5. daw_plugin: DAW session notes, plugin settings, presets, live-coding snippets
# ---------------------------------------------------------------------------
DAW_PLUGIN = [
    "Comp (drum bus): ratio 4:1, attack 10 ms, release auto, knee 6 dB, ~2-3 dB GR on the peaks. Makeup +2.",
    "EQ vox: HPF @ 90 Hz (24 dB/oct), -3 dB @ 320 Hz Q=1.2, +2 dB shelf @ 10k; de-ess around 6.5k.",
    "Preset: \"Warm Glue <Bus>\" -- copy of factory 'Mix Bus 2' with threshold -18 dBFS",
    "live_loop :beat do\n  sample :bd_haus, amp: 1.5\n  sleep 0.5\nend",
    "d1 $ sound \"bd*2 [~ sn] hh*4\" # gain 1.1 # speed \"<1 2>\"",
    "{ SinOsc.ar([440, 442], 0, 0.1) * EnvGen.kr(Env.perc, doneAction: 2) }.play;",
    "instr 1\n  a1 oscili 0.3, p4\n  outs a1, a1\nendin",
    "on init\n  declare ui_knob $Cutoff (0, 1000000, 1)\n  set_text($Cutoff, \"Cutoff\")\nend on",
    "slider1:0<-24,24,0.1>Gain (dB)\n@sample\nspl0 *= 2^(slider1/6);\nspl1 *= 2^(slider1/6);",
    "Session notes 14/03: comped vox from takes 3, 5 & 7 -- playlist 'VOX_COMP_final'. Don't touch the 'OLD' folder!",
    "Ableton set saved at C:\\Users\\mika\\Music\\Ableton\\Projects\\Night Drive Project\\Night Drive v12.als",
    "Logic project: ~/Music/Logic/Night Drive.logicx -- freeze tracks 12-18 before bouncing or the CPU dies.",
    "Sidechain: kick -> bass comp, ratio 8:1, attack 0.1 ms, release 120 ms; lookahead ON",
    "Serum preset 'LD - Glass Pluck [MK]': Osc A wt 'Basic Shapes' pos 38%, unison 5 voices, detune 0.12",
    "Reverb: plate, pre-delay 25 ms, decay 1.8 s, HP 300 Hz / LP 8 kHz; send -14 dB",
    "Automation: filter cutoff 200 Hz → 8 kHz over bars 33-48 (exp curve); reset @ bar 49",
    "Buffer size 128 @ 48 kHz (2.7 ms); if it crackles -> bump to 256",
    "Plugin chain: Gate > EQ > 1176 (all buttons in, lol) > LA-2A > Saturator (drive 4 dB)",
    "Gain staging: aim for -18 dBFS RMS / peaks <= -6 dBFS before the master bus",
    "Preset export: {\"name\": \"Dusty Keys\", \"cutoff\": 0.42, \"res\": 0.1, \"fx\": [\"chorus\", \"tape\"]}",
    "Max patch: [metro 250] -> [counter 0 15] -> [sel 0 4 8 12] -> [bang]",
    "Bitwig modulator: LFO rate 1/8 D, depth 35% on 'Macro 3' (wet/dry)",
    "Pro Tools: playlist 'Gtr DI.03' is the keeper; Shift+Alt+drag to copy the automation",
    "Key commands: Ctrl+Shift+S = Save As; Cmd+J = join; Alt/Option-click resets a knob",
    "Mastering chain: EQ (tilt +0.5) > MB comp (low band 2:1) > limiter, ceiling -1.0 dBTP, target -14 LUFS integrated",
    "process = os.osc(440) * hslider(\"gain\", 0.1, 0, 1, 0.01) <: _, _;",
    "Vocal tuning: retune speed 25, humanize 40, key = F# minor; bypass on the 'ahh' runs @ 2:31",
    "reaper.Main_OnCommand(40285, 0) -- go to next track\nreaper.UpdateArrange()",
    "Tape sim: 15 ips, bias +1, 'Hiss' OFF; printed on the drum bus only",
    "Delay: 1/4 dotted L, 1/8 R, feedback 35%, HP 500 Hz, ducking -6 dB while the vocal sings",
    "Template 'Mix_2024' = 8 busses (DRM, BSS, GTR, KEYS, VOX, BV, FX, PRINT) + 3 reverbs + 1 slapback",
    "Track colours: drums red, bass orange, guitars yellow, keys green, vox blue, FX purple. Please stick to it!",
    "Vocal chain: Pultec (+2 @ 100, +3 @ 12k) -> 1176 (4:1, fast) -> LA-2A (~3 dB) -> de-esser -> send to plate",
    "Don't forget: Session > Sample rate = 48 kHz; the stems from the label are 44.1, SRC them first.",
    "Exported MIDI for the string arranger: /Bounces/MIDI/strings_sketch_v3.mid (tempo map included)",
    "Kontakt multi 'Orch_Sketch.nkm': ch1 Violins I, ch2 Violins II, ch3 Violas, ch4 Celli, ch5 Basses",
    "SynthDef(\\pluck, { |freq = 220, amp = 0.2| Out.ar(0, Pluck.ar(WhiteNoise.ar(amp), Impulse.kr(2), 0.01, freq.reciprocal, 3) ! 2) }).add;",
    "live_loop :hats do\n  sample :drum_cymbal_closed, rate: rrand(0.9, 1.1) if one_in(3)\n  sleep 0.25\nend",
    "d2 $ every 4 (fast 2) $ n \"0 .. 7\" # s \"superpiano\" # legato 0.5",
    "Glue comp on master: 2:1, attack 30 ms, release 0.1 s (auto), threshold so it barely moves (1 dB max).",
    "Transient shaper on snare: attack +3, sustain -2; 'clip' mode OFF",
    "Multiband: low (<120 Hz) mono, mid 120 Hz-5 kHz untouched, high (>5 kHz) width 120%",
    "Save versions as NightDrive_v13_2024-05-02 (no more 'final_FINAL_reallyfinal.als' please)",
    "CPU at 87% on the 2015 MacBook -- bounce the Omnisphere parts in place & disable the originals.",
    "Noise gate (toms): threshold -32 dB, range -20 dB, hold 60 ms, sidechain HPF 120 Hz so the kick doesn't open it",
    "EQ match from the reference track (ref: 'Golden Hour' master) at 40% strength, then manual tweaks",
    "Macro 1 'Dirt' = drive 0→60% + LP 20k→6k; Macro 2 'Space' = reverb send -inf→-8 dB",
    "Saturation: tube, drive 3.2, mix 30%; output -1.5 dB to keep the gain staging honest",
    "Audio interface routing: in 1-2 = mic pre (Neve clone), in 3-4 = DI, out 3-4 = reamp box / headphone cue mix",
    "Console emulation on every channel, 'drive' at 0 -- it's just for the crosstalk, I swear",
    "Clip gain pass on the vocal first (+/- 3 dB), then the compressor only does 2-4 dB",
    "Sends: A = short room (0.6 s), B = plate (1.8 s), C = 1/8 delay, D = slap (90 ms); all returns HPF 200 Hz",
    "Set chords with 'Scaler': C minor, mode Aeolian; humanize velocity 12, timing 8 ms",
    "Bounced in place: 'Pad Stack (BIP)' -- originals hidden in folder 'Pads src' (disabled, not deleted).",
]

DP_PLUGIN = ["Pro-Q 3", "1176", "LA-2A", "Valhalla Room", "Decapitator", "Pro-L 2",
             "SSL Bus Comp", "Soothe2", "EchoBoy", "RC-20"]
DP_PARAM = ["threshold -18 dB", "ratio 3:1", "attack 30 ms", "release 100 ms",
            "mix 35%", "decay 2.2 s", "pre-delay 20 ms", "drive 4 dB", "ceiling -1.0 dBTP",
            "depth 40%", "feedback 28%", "sensitivity 6"]
DP_TRACK = ["Kick In", "Snare Top", "OH L/R", "Bass DI", "Gtr 1 (amp)", "Lead Vox",
            "BVs", "Pad Stack", "Drum Bus", "Mix Bus"]


def tpl_daw_plugin(rng):
    p = rng.sample(DP_PARAM, 3)
    return f"{rng.choice(DP_TRACK)}: {rng.choice(DP_PLUGIN)} -> {p[0]}, {p[1]}, {p[2]}"


# ---------------------------------------------------------------------------
# 6. sample_stem_path: sample pack paths, stem names, bounce locations
# ---------------------------------------------------------------------------
SAMPLE_STEM_PATH = [
    "Samples/Drums/Kicks/KCK_909_Punchy_01.wav",
    "/Users/jo/Splice/sounds/packs/Lo-Fi Keys Vol. 2/LFK2_Loops/LFK2_85_Em_Rhodes_Chords.wav",
    "D:\\Samples\\Vengeance\\Kicks\\VEC3 Bassdrums 012.wav",
    "File not found: ../Audio Files/Gtr_Take3_comp.wav (searched in project folder)",
    "STEM_04_Vox_Lead (wet) [-6dB].wav",
    "NightDrive_STEMS/01_Kick.wav; 02_Snare.wav; 03_Hats.wav; 04_Bass.wav; 05_Synths.wav; 06_Vox.wav",
    "Hip Hop & Trap/808s/808 (Long) - C#.wav",
    "~/Music/Samples/Field Recordings/Rain on tin roof (Oaxaca, 2019).flac",
    "Packs > Cinematic Hits > Impacts > IMP_Braam_Low_02.wav",
    "C:\\Program Files\\Native Instruments\\Kontakt 7\\Library\\",
    "/Library/Application Support/Steinberg/Content/VST3 Presets/",
    "Stems_v2_FINAL/05 - Pads & Textures (24bit-48k).wav",
    "smb://studio-nas.local/Projects/2024/EP_Nuit/Bounces/",
    "Take 07 — Bridge (double-tracked) L.wav / R.wav",
    "ドラム_ループ_120BPM.wav",
    "Bässe/Sub_Bass_FM_(tief).wav",
    "one-shots/perc/shaker_16th_'swung'.aif",
    "./Bounces/Mixdowns/NightDrive_mix_v7 [ref -14 LUFS].mp3",
    "..\\..\\Shared Samples\\Vocals\\Chops\\VOX_Chop_Am_03.wav",
    "Exported to /Volumes/Studio SSD/Exports/2024-05-02/",
    "/home/lena/Music/ardour/Night Drive/interchange/Night Drive/audiofiles/Audio 1-1.wav",
    "Kits/Acoustic/Ludwig '68/Snare_Rimshot_v127.wav",
    "Vocal stems: LEAD | DBL_L | DBL_R | HARM_3rd | HARM_5th | ADLIBS | FX_throws",
    "R&B Keys/Rhodes & Wurli/RW_Cmaj9_(soft).wav",
    "~/Library/Audio/Presets/Xfer Records/Serum Presets/Presets/User/LD - Glass Pluck [MK].fxp",
    "stems.zip (1.2 GB) – contains /Drums, /Bass, /Keys, /Vox, /FX + README.txt",
    "Loops/120 BPM/Am/Gtr_Loop_Funky_120_Am (dry).wav",
    "Kontakt Instruments/Felt Piano/Samples/FP_C3_vl3_rr2.ncw",
    "Audio Files/Lead Vox#03.wav, Lead Vox#04.wav, Lead Vox#07.wav (comp sources)",
    "Missing plug-in data: /Library/Audio/Plug-Ins/Components/OldSynth.component",
    "Stem naming: <Song>_<StemName>_<BPM>_<Key>.wav e.g. PaperBoats_Bass_92_Dm.wav",
    "MASTER/NOR-045_01_Paper_Boats_24-96.wav",
    "Splice/sounds/packs/Afro House Essentials/AHE_Perc_Loops/AHE_118_shaker_&_conga_loop.wav",
    "G:\\Projects\\Client - Léa Moreau\\Ça ira mieux\\Stems\\Vox (dry).wav",
    "/mnt/media/samples/breaks/Break_Funky_Drummer-ish_98bpm.wav",
    "Bounce/Instrumental + BVs (no lead).wav",
    "Stems delivered: 8 files, 24-bit/48 kHz, all starting at bar 1 (00:00:00:00), no fades",
    "Foley/Steps/Gravel/steps_gravel_slow_#1-#12.wav",
    "Oneshot_Vox_\"hey\"_F#.wav",
    "Multitrack/Session 2024-03-14/Drums/Kick In, Kick Out, Snare Top, Snare Bot, Hat, Tom 1, Tom 2, OH L, OH R, Room Mono",
    "C:\\Users\\kofi\\AppData\\Roaming\\Image-Line\\FL Studio\\Presets\\Plugin presets\\Generators\\Sytrus\\",
    "~/Documents/Reaper Media/Night Drive/Night Drive.RPP-bak",
    "Sample Library > Strings > Spiccato > Violins I > Spic_Vln1_G4_mf.wav",
    "Pads/Ambient/PAD_Glass_Cathedral_(Em)_[long].wav",
    "Stem 12 - Synth Arp (printed w/ delay) - 124bpm.wav",
    "TV mix (lead -3 dB).wav, A cappella.wav, Instrumental.wav, Clean radio edit.wav",
    "Beats/2023/Sept/beat #41 (sad keys, 140) FINAL.flp",
    "/Volumes/Sample Drive/Packs/Vintage Drum Machines/LinnDrum/Clap.wav",
    "Vocals/Chops/VOX_Chop_\"oh\"_Gm_03.wav",
    "S:\\Shared\\Sound Design\\Whooshes & Risers\\Riser_8bars_128.wav",
    "Bounces/Alt Mixes/Paper Boats (vocal up 1dB).wav",
    "Loops/Percussion/Tabla/Tabla_Teental_90bpm_(16 beats).wav",
    "Exports/2024/Q2/Ana Ruiz - Nuit Blanche (Club Mix) [MASTER] 24-44.wav",
    "Field/Kyoto/雨_2023-06-12_(XY stereo).wav",
]

SP_PACK = ["Lo-Fi Keys Vol. 2", "Afro House Essentials", "Cinematic Hits", "Vintage Drum Machines",
           "Trap & 808s", "Nordic Choirs", "Dusty Breaks", "Organic House Toolkit"]
SP_FOLDER = ["Kicks", "Snares", "Claps", "Hats", "Loops", "One-Shots", "FX", "Vocals", "Bass"]
SP_NAME = ["Punchy", "Dusty", "Wide", "Tight", "Gritty", "Airy", "Deep", "Vinyl", "Warm"]
SP_KEY = ["Am", "C#m", "Fmaj7", "Gm", "Dm", "Eb", "F#"]


def tpl_sample_stem_path(rng):
    form = rng.randrange(3)
    if form == 0:
        return (f"Samples/{rng.choice(SP_PACK)}/{rng.choice(SP_FOLDER)}/"
                f"{rng.choice(SP_NAME)}_{rng.randrange(70, 175)}_{rng.choice(SP_KEY)}_{rng.randrange(1, 30):02d}.wav")
    if form == 1:
        return (f"{rng.choice(CS_SONG).replace(' ', '')}_STEMS/{rng.randrange(1, 16):02d}_"
                f"{rng.choice(SP_FOLDER)}_{rng.choice(SP_NAME)} ({rng.choice(['wet', 'dry', 'printed FX'])}).wav")
    return (f"D:\\Samples\\{rng.choice(SP_PACK)}\\{rng.choice(SP_FOLDER)}\\"
            f"{rng.choice(SP_NAME)} {rng.choice(SP_KEY)} {rng.randrange(1, 30):03d}.wav")


# ---------------------------------------------------------------------------
# 7. mix_feedback: comments on mixes and masters
# ---------------------------------------------------------------------------
MIX_FEEDBACK = [
    "Kick's a bit buried around 2:14 -- can you push it +1.5 dB or carve 60 Hz out of the bass?",
    "Vocals sound 'boxy' below 500 Hz; maybe cut 300-400 a touch?",
    "LOVE this mix <3 <3 only note: hats are harsh > 8k on earbuds",
    "The drop at 1:03 is 10/10!! but the 808 & kick are fighting; sidechain or pick one.",
    "Sibilance on 'select' and 'sister' at 0:47 -- de-esser please",
    "Can we drop the 2nd verse entirely? Song feels long (3:58 → ~3:20).",
    "Bridge reverb tail cuts off abruptly @ 2:51; extend or automate the send?",
    "Stereo image: pads are 100% wide, in mono they nearly vanish. Correlation meter dips < 0.",
    "Master is clipping: true peak +0.4 dBTP. Spotify will turn it down anyway (-14 LUFS).",
    "The snare = perfect. The clap on top = not so much :/",
    "v3 vs v4: v4's low end is tighter but we lost the 'air' on the vox; A/B at 1:30",
    "Label says it \"needs more energy\" (whatever that means ¯\\_(ツ)_/¯)",
    "Le refrain manque de punch ; peut-être monter la basse de 1 dB ?",
    "La voz está muy adelante, bájala 2 dB y súbele un poco de reverb (plate).",
    "Die Hi-Hats sind zu laut -- bitte 2 dB runter & etwas mehr Raum auf der Snare.",
    "ボーカルをもう少し前に。サビのベースが濁ってる気がします。",
    "Timestamp notes:\n0:12 - guitar noise before the downbeat, cut it\n1:45 - the word 'union' sounds clipped\n3:02 - fade out is too fast",
    "Exec producer wants the radio edit under 3:30 & the swear at 2:05 muted (not bleeped).",
    "Is the delay on the vox synced? Sounds like 1/4 dotted vs. 1/8 -- pick one",
    "Too much compression on the room mics -- it's pumping like crazy on the crash hits",
    "Sleep on it & listen fresh tomorrow? I think we're both ear-fatigued.",
    "Kill the 3k resonance on the acoustic; it's piercing on laptop speakers",
    "Approved ✅ -- please send WAV 24/48 + instrumental + a cappella + TV mix",
    "Please print stems with FX and without (dry/wet) -- the sync team asked",
    "Lead vs. bed: -3 dB is right for radio, but for the club version go -1",
    "The bass disappears on phone speakers; add some harmonics (saturation) around 200-400 Hz?",
    "Chorus 2 should hit harder than chorus 1 -- maybe open up the BVs & add the tambourine?",
    "Honestly the rough mix from March had more vibe. Can we go back to that balance & just fix the low end?",
    "Drums sound great in the verse, but in the chorus the cymbals wash everything out > 10k",
    "Love the new intro!!! 🔥🔥 The fade-in is a bit long though (8 bars → 4?)",
    "0:00-0:08 = hiss from the tape sim; either lose it or make it a feature",
    "Vocal rides: \"and I'm gone\" at 2:44 is 2 dB too loud vs. the rest of the line",
    "The mastered version is brighter than the mix we approved; can the ME pull back the top shelf by ~1 dB?",
    "Low end check on the club system: sub is boomy at 45 Hz, kick is fine. HPF the bass at 30?",
    "Backing vocals: too much reverb, they sound like they're in another room (another building, even)",
    "Piano & guitar are in the same space (both ~1-3k); pan them apart or EQ one down",
    "Mix is 95% there. Last thing: the snare reverb is a different colour than the vocal reverb; share one?",
    "Why is the lead vox mono-ish on the left? Check the pan law / the double might be louder on L",
    "Great job on the automation. The build into the drop (1:45-2:00) is chef's kiss.",
    "Whoever tuned the vocals: the 'ah' at 3:10 is robotic, please go gentler there.",
    "Mi piace molto! Solo la cassa è un po' troppo avanti nel ritornello.",
    "Podoba mi się, ale wokal w refrenie jest za cichy o jakieś 1-2 dB.",
    "Ref check: ours is 2 LU quieter than 'Golden Hour' but punchier. I'd leave it.",
    "There's a click at 2:33.480 (edit point?) -- audible on headphones",
    "Can we try the alt version where the bass drops out for bar 16? Makes the re-entry bigger.",
    "Mono compatibility: the chorus synth phase-cancels in mono. Maybe the Haas delay is too short (<10 ms)?",
    "I'd swap the order: put the slow-burner third, not opener. The set/EP flows better.",
    "Overall -> 8/10. Fix: (1) kick/bass, (2) harsh hats, (3) de-ess the 'select' line. Then we're done!",
    "베이스가 너무 커요. 그리고 후렴 보컬이 조금 묻혀요.",
    "Сведение отличное, но хай-хэт режет уши на 8–10 кГц.",
    "A última mix ficou ótima! Só o bumbo que tá um pouco alto no refrão.",
    "Pls don't squash the master to -6 LUFS just because everyone else does, we like the dynamics!!",
    "Mix notes from the artist: \"more guitar\" (as always) + \"less everything else\" (as always) :)",
    "Everyone else loves it, I'm just nitpicking: the last chorus could use a lift (+0.5 dB or an extra layer).",
    "Quick sanity check -- is it 44.1 or 48 kHz? The label's delivery spec says 44.1/24.",
]

MF_TIME = ["0:32", "1:05", "1:47", "2:14", "2:58", "3:21"]
MF_ELEM = ["the kick", "the lead vox", "the snare", "the pad", "the 808", "the BVs",
           "the hats", "the piano"]
MF_ISSUE = ["is too loud", "feels buried", "sounds harsh", "is a bit muddy",
            "clashes with the bass", "needs more space", "is too dry", "is pumping"]
MF_FIX = ["-1.5 dB?", "+1 dB maybe", "try a cut around 300 Hz", "more reverb send",
          "a touch of saturation", "sidechain to the kick", "de-ess it", "automate it down"]


def tpl_mix_feedback(rng):
    return (f"@{rng.choice(MF_TIME)} {rng.choice(MF_ELEM)} {rng.choice(MF_ISSUE)} -- "
            f"{rng.choice(MF_FIX)}")


# ---------------------------------------------------------------------------
# 8. release_rights: ISRC/UPC, release metadata, royalty splits
# ---------------------------------------------------------------------------
RELEASE_RIGHTS = [
    "ISRC: GB-XY1-24-00123 (Original Mix); GB-XY1-24-00124 (Extended)",
    "UPC/EAN: 0 123456 789012 — 12 tracks, total 47:31",
    "Split sheet: 50% Ana Ruiz (ASCAP, IPI 00123456789) / 25% J. O'Brien (BMI) / 25% Night Owl Publishing (PRS)",
    "Master owner: Night Owl Records Ltd.; P-line: ℗ 2024 Night Owl Records; C-line: © 2024 Ana Ruiz",
    "Territories: Worldwide excl. JP & KR (licensed to Sora Music); pre-order opens 2024-08-30 00:00 local",
    "Explicit = Yes (tracks 3 & 7 only); clean versions delivered as 3a, 7a",
    "Genre: Electronic > Deep House; sub-genre: Organic House; BPM 118; key: A minor (8A)",
    "Producer points: 3% of PPD on records sold, recoupable from artist royalties only",
    "Featured artist royalty: 20% of the artist share after recoupment; no publishing.",
    "Release title: Nuit Blanche (Deluxe Edition) [Remastered]; version: 'Deluxe'; label: Union Square Music",
    "ISWC T-123.456.789-0 | Work: \"Paper Boats\" | Writers: Okafor (40%), Lindqvist (40%), Ruiz (20%)",
    "Sample clearance pending for track 5 -- DO NOT DELIVER until signed off (ETA 14 June)",
    "Mechanical licence via HFA for the cover of 'Blue Hour' -- statutory rate per unit, paid quarterly",
    "Catalog #: NOR-045 / NOR-045LP (vinyl) / NOR-045D (digital)",
    "Royalty statement Q2: streams 1,204,331 × $0.0038 ≈ $4,576.46 gross; distributor fee 15%",
    "Split: Producer 50 / Topliner 30 / Artist 20 -- agreed in WhatsApp on 3/5, formal sheet TBC",
    "Composer: Кирилл Волков; Lyricist: Анна Петрова; Publisher: Северный Свет",
    "Credits: MainArtist=Ana Ruiz; FeaturedArtist=K-Drop; Producer=J.Wav; Mixer=Sam O'Rourke",
    "Rights end date: 2031-12-31; after that the masters revert to the artist (§ 7.2 of the agreement)",
    "Content ID: YES; claim policy 'Monetize' in all territories except DE.",
    "Preview start: 0:45, duration 30 s; short-form clip: 1:12-1:27",
    "Language of performance: pt-BR; title language: pt; original release date 1998-03-02 (reissue)",
    "Cover art: 3000x3000 px JPG, RGB, < 10 MB, no URLs / social handles / prices on the artwork",
    "Contributor roles: Vocals; Guitar (Acoustic); Drums; Programming; 'Additional production'",
    "Neighbouring rights: PPL (UK) / SoundExchange (US) / GVL (DE) — registrations submitted 02/24",
    "Release date: Friday 13 Sept 2024, 00:00 local time in every territory (not a global 'same moment' drop)",
    "Album artist: Various Artists; compilation = true; track 4 artist: \"Nachtfahrt & Léa Moreau\"",
    "Title formatting: 'Song (feat. X)' not 'Song ft. X' / 'Song [feat X]' -- stores will reject it otherwise",
    "Writer splits for \"Tú y yo > todo\": Nico Ríos 33.33% / Ana Ruiz 33.33% / K-Drop 33.34% (rounding to K-Drop)",
    "Recoupment balance after Q3: -$12,480.00 (advance $20k, recouped $7,520.00)",
    "Sync licence: 'Golden Hour' in a car ad, 12 months, UK & IE, TV + online; fee split 50/50 master/publishing",
    "Distributor notes: 'Explicit' flag must match the lyrics; track 2 says \"damn\" so it's Clean-OK per their policy?",
    "ISRCs for the Deluxe: GB-XY1-24-00130 → GB-XY1-24-00141 (12 codes, sequential)",
    "PRO registration: ASCAP work ID 912345678 / BMI work # 34567890 -- both need the ISWC once it's issued",
    "Label copy — Track 1: Paper Boats (3:42) | Track 2: Low Tide (4:05) | Track 3: Glasshouse (3:58)",
    "P-line year must be the year of first release of the recording (2019), not the reissue year (2024)",
    "Territory carve-out: Sora Music handles JP/KR/TW; we keep the rest (ROW)",
    "Pre-save link goes live Monday; countdown page + Canvas video (9:16, 3-8 s loop) due Friday",
    "Artist ID mapping: make sure 'Ana Ruiz' goes to the existing profile, NOT a new one (there's another Ana Ruiz!)",
    "Publishing admin: 15% of gross receipts, 3-year term + 2-year collection period",
    "Royalty split for remix: flat fee €800, no royalties, remixer credited as 'Remix: Kofi & Jules'",
    "Primary genre: Hip-Hop/Rap; secondary: R&B/Soul; explicit; parental advisory logo on the cover = yes",
    "Metadata fix: remove 'Official Audio' & 'HD' from the title field -- not allowed by the stores",
    "Composer (Japanese): 作曲：佐藤健 / 作詞：石川香織 / 編曲：佐藤健 & J.Wav",
    "Lyrics language: mixed (es/en); set 'es' as primary, 'en' as secondary",
    "Stream count sanity: 48,211 (Spotify) + 9,930 (Apple) + 3,104 (others) = 61,245 for March",
    "Mastering engineer credit: K. Ishikawa (Studio Akari) -- add to all 12 tracks, not just the singles",
    "UPC 0 98765 43210 9 was already used for the single; the EP needs a new one!",
    "Split confirmation: \"I, Joanna Wu, agree to 12.5% of the composition 'Second Wind'.\" -- signed 04/04/2024",
    "Release type: EP (4-6 tracks, < 30 min); if we add the remix it becomes an album on some stores",
    "Copyright notice (DE): ℗ 2024 Nachtfahrt GbR, © 2024 Nachtfahrt GbR; Vertrieb: Night Owl Distribution",
    "Repartição: 60% Caio / 40% Nanda (composição); gravação 100% selo Mar Azul",
    "Release cancelled for KR only (label dispute); all other territories unchanged",
    "Royalty waterfall: gross → less distribution fee (15%) → less recoupable costs → artist 50% / label 50%",
]

RR_CC = ["GB", "US", "DE", "FR", "JP", "BR", "SE", "NG"]
RR_REG = ["XY1", "A7Q", "NOR", "K2D", "M4Z"]
RR_NAMES = ["Ana Ruiz", "J. O'Brien", "Kofi Mensah", "Léa Moreau", "Nico Ríos", "Joanna Wu",
            "Night Owl Publishing", "Søren Å."]
RR_SPLIT = [(50, 50), (60, 40), (70, 30), (40, 60), (75, 25)]


def tpl_release_rights(rng):
    if rng.randrange(2) == 0:
        return (f"ISRC {rng.choice(RR_CC)}-{rng.choice(RR_REG)}-{rng.randrange(18, 25)}-"
                f"{rng.randrange(1, 99999):05d}; UPC {rng.randrange(10**11, 10**12)}; "
                f"P-line: ℗ {rng.randrange(2015, 2025)} Night Owl Records")
    a, b = rng.sample(RR_NAMES, 2)
    x, y = rng.choice(RR_SPLIT)
    return f"Split ({rng.choice(CS_SONG)}): {a} {x}% / {b} {y}% -- writer share only"


# ---------------------------------------------------------------------------
# 9. midi_osc: MIDI/OSC messages, mappings, controller scripts
# ---------------------------------------------------------------------------
MIDI_OSC = [
    "/track/3/volume 0.75",
    "/live/clip/fire 2 0",
    "/mixer/ch/01/mix/fader ,f 0.8",
    "CC#74 -> filter cutoff; CC#71 -> resonance; CC1 = mod wheel (vibrato depth)",
    "90 3C 64 = Note On, C4, vel 100 (ch 1); 80 3C 00 = Note Off",
    "SysEx: F0 43 10 4C 00 00 7E 00 F7 (XG System On)",
    "B0 07 7F (ch1 volume max) / B1 0A 40 (ch2 pan centre)",
    "Program Change 12 on ch 10 = 'Brush Kit' on my module",
    "MIDI clock: 24 ppqn; start = FA, stop = FC, continue = FB",
    "function onValueChanged(key)\n  if key == 'x' then\n    sendOSC('/fx/reverb/mix', self.values.x)\n  end\nend",
    "Pitch bend range: ±2 semitones (RPN 0,0 → data entry 2)",
    "Note map: C1 = kick, D1 = snare, F#1 = closed hat, A#1 = open hat (GM drum map)",
    "/composition/layers/2/clips/3/connect 1",
    "MPE: lower zone, master ch 1, member ch 2-16, pitch bend ±48",
    "Launchpad mapping: pads 11..88 → clip slots; top row CC 91-98 for navigation",
    "Aftertouch (channel pressure) D0 40 → vibrato; poly AT ignored",
    "NRPN 99/98 = 0x01 0x20, data entry 06 = 64 → cutoff on the JV-1080",
    "MIDI Learn: knob 3 ↔ 'Delay Feedback' (0–127 → 0–95%)",
    "QLab cue GO → /cue/12/start; /cue/12/stop at 2:30",
    "Mackie Control: fader 1 = pitch bend ch1 (14-bit); fader touch = note 104 vel 127",
    "/1/fader1 0.42 /1/toggle1 1 /1/xy1 0.3 0.7",
    "X-Touch Mini layer B: encoders CC 11-18, buttons notes 32-47",
    "MIDI.sendControlChange(74, val >> 3, 1); // 10-bit pot → 7-bit",
    "Set Tempo meta event: FF 51 03 07 A1 20 (= 500000 µs per quarter = 120 BPM)",
    "Ableton Link: 3 peers; tempo 124.00; quantum 4",
    "amidi -p hw:1,0 -S 'F0 7E 7F 06 01 F7'   # identity request, reply shows the firmware",
    "aconnect 20:0 128:0   # keyboard -> fluidsynth",
    "Channel 10 is drums in GM; our hardware sampler wants drums on 16 -- remap before export!",
    "OSC from TouchOSC to Reaper: port 8000 in / 9000 out, pattern config 'Default.ReaperOSC'",
    "Velocity curve: in 0-127 → out 20-127 (log), so soft hits still trigger the ghost-note layer",
    "CC 64 (sustain) >= 64 = on, < 64 = off; half-pedal not supported on this synth",
    "/eq/band/2/gain ,f -3.5  /eq/band/2/freq ,f 320.0  /eq/band/2/q ,f 1.2",
    "Bank select: CC 0 = 0, CC 32 = 2, then PC 5 → 'Warm Pad 2' (bank 3, patch 6 in the manual's 1-based numbering)",
    "Foot controller: switch 1 = CC 80 (toggle), switch 2 = CC 81 (momentary), expression = CC 11",
    "MIDI thru is ON on the keyboard -> double notes in the DAW. Turn off 'Local' or thru.",
    "Running status: 90 3C 64 3E 64 40 64 (three notes, one status byte)",
    "sendMIDI({ MIDIMessageType.CONTROL_CHANGE, 0, 7, 100 })",
    "/ch/01/mix/on ,i 0   (mute ch 1 on the X32)",
    "Arpeggiator: rate 1/16, gate 60%, octaves 2, mode up/down; latch via CC 69",
    "DMX/MIDI: note 60-71 on ch 16 triggers lighting scenes 1-12 (show controller)",
    "Note On with velocity 0 = Note Off (some gear sends 9n kk 00 instead of 8n kk vv)",
    "/synth/1/freq ,f 220.0 ; /synth/1/gate ,i 1 ; /synth/1/gate ,i 0",
    "Resolume: /composition/tempocontroller/tempo ,f 0.5 (normalised, = 128 BPM in our range)",
    "Controller script (Python): self._note_map = { 36: 'kick', 38: 'snare', 42: 'hh_closed', 46: 'hh_open' }",
    "MIDI 2.0 / UMP: 0x40903C00 0xFFFF0000 = note on, 16-bit velocity",
    "Scene launch: note 82-86 on ch 1; stop all clips = note 81",
    "OSC address pattern /track/[1-8]/mute 1 mutes tracks 1-8 at once",
    "Polyphonic aftertouch A0 3C 50 (key C4, pressure 80)",
    "MTC quarter frames F1 0x..F1 0x.., full frame via SysEx F0 7F 7F 01 01 hh mm ss ff F7",
    "LED feedback: send 90 0B 05 to light pad 11 red, 90 0B 15 for green",
    "SuperCollider: MIDIdef.cc(\\cutoff, { |val| ~synth.set(\\cutoff, val.linexp(0, 127, 200, 8000)) }, 74);",
    "Max: [ctlin 74 1] → [scale 0 127 200. 8000.] → [line~ 20] → cutoff",
    "/sl/0/hit record   (SooperLooper loop 0, start recording)",
    "Bome rule: if CC 20 value > 64 then send PC 1 else PC 0",
]

MO_ADDR = ["/track/{n}/volume", "/track/{n}/pan", "/track/{n}/mute", "/fx/{n}/wet",
           "/ch/{n:02d}/mix/fader", "/live/clip/fire", "/synth/{n}/cutoff"]
MO_CC = [(1, "mod wheel"), (7, "volume"), (10, "pan"), (11, "expression"), (64, "sustain"),
         (71, "resonance"), (74, "cutoff"), (91, "reverb send"), (93, "chorus send")]


def tpl_midi_osc(rng):
    if rng.randrange(2) == 0:
        addr = rng.choice(MO_ADDR).format(n=rng.randrange(1, 17))
        return f"{addr} ,f {rng.randrange(0, 101) / 100:.2f}"
    cc, name = rng.choice(MO_CC)
    ch = rng.randrange(1, 17)
    val = rng.randrange(0, 128)
    return f"B{ch - 1:X} {cc:02X} {val:02X} = CC {cc} ({name}) on ch {ch}, value {val}"


# ---------------------------------------------------------------------------
# 10. forum_bio: producer forum posts and multilingual artist bios
# ---------------------------------------------------------------------------
FORUM_BIO = [
    "How do I sidechain in FL Studio? I routed the kick to the bass channel (Mixer > right-click > 'Sidechain to this track') but Fruity Limiter does nothing... what am I missing?",
    "PSA: if Ableton says 'The audio engine could not be started', check your ASIO buffer isn't set to 32 samples lol",
    "Linux folks: add yourself to the audio group (sudo usermod -aG audio $USER) and set rtprio 95 in /etc/security/limits.d/audio.conf, then log out & back in. Xruns gone.",
    "Is it 'legal' to sell beats that use Splice samples? Their licence says yes for releases, but not as-is in other sample packs.",
    "Anyone else hear a click when looping at 174 BPM? Happens in both Bitwig & Reaper -- I think it's the sample, not the DAW.",
    "Backups: I rsync ~/Music/Projects to my NAS every night: rsync -avh --delete ~/Music/Projects/ /mnt/nas/backup/projects/",
    "Tip: in Reaper, Actions > 'SWS: Select nearest next item' saves me hours of clicking",
    "Union rates for session musicians went up this year -- budget accordingly when you book strings.",
    "My DAW crashed & 'Recover' gave me a 0 KB file. Is there an .als backup somewhere?? (found it: Project/Backup/ -- phew)",
    "Windows: plug-ins live in C:\\Program Files\\Common Files\\VST3\\ -- if they don't show up, rescan & check 32/64-bit.",
    "Ana Ruiz is a Madrid-born producer & DJ whose sets blend flamenco palmas with deep house; her debut EP 'Nuit Blanche' topped the label's charts.",
    "Nacida en Bogotá, Lucía Ortega mezcla cumbia, jazz y electrónica; «la música es un idioma sin pasaporte», dice.",
    "Kofi Mensah (b. 1994, Accra) — producer, drummer, occasional DJ. Alumnus of the 'Highlife <-> House' residency.",
    "Né à Marseille, Théo grandit entre le rap et les vinyles de jazz de son père ; aujourd'hui il produit pour d'autres artistes.",
    "東京を拠点に活動するシンガーソングライター。2019年にデビュー、代表曲は「夜明けのメロディ」。",
    "서울 출신 프로듀서 JAY.K는 R&B와 힙합을 넘나드는 사운드로 주목받고 있다.",
    "Мультиинструменталист из Санкт-Петербурга; играет на виолончели и синтезаторах, пишет музыку для театра.",
    "Aus Leipzig: Die Band „Nachtfahrt“ spielt seit 2015 zusammen & veröffentlicht alles selbst.",
    "فنانة من بيروت تمزج بين الموسيقى العربية التقليدية والإلكترونية، وصدر ألبومها الأول عام 2022.",
    "मुंबई के संगीतकार, जो शास्त्रीय संगीत और इलेक्ट्रॉनिक बीट्स को मिलाते हैं।",
    "Nascida em Salvador, Bia Lins canta desde os 8 anos; hoje mistura samba-reggae com synths analógicos.",
    "İstanbul doğumlu Deniz, bağlama ile elektronik müziği buluşturan bir prodüktör.",
    "Marta Nowak – fotografka i wokalistka z Krakowa; jej debiutancka płyta ukazała się w 2021 roku.",
    "Mzaliwa wa Nairobi, msanii huyu anachanganya benga na muziki wa kielektroniki.",
    "Η Ελένη είναι τραγουδίστρια από τη Θεσσαλονίκη που συνδυάζει ρεμπέτικο με τζαζ.",
    "זמרת ויוצרת מתל אביב, שכותבת שירים בעברית ובאנגלית.",
    "Ca sĩ kiêm nhạc sĩ đến từ Hà Nội, chuyên dòng nhạc indie-pop.",
    "来自成都的电子音乐制作人，作品融合了川剧元素与低保真节拍。",
    "Question for mixing engineers: do you EQ before or after compression? I've heard both & I'm confused :(",
    "Rule of thumb I use: cut before comp, boost after. But honestly, whatever sounds right > any rule.",
    "What's the deal with 'inter-sample peaks'? My limiter says -1.0 dBTP but the store's QC says +0.3 dBTP...",
    "Selling my old Juno-106 (voice chips replaced 2022). Pickup only, Bristol. DM me, no lowballers pls.",
    "Thread: post your 'happy accident' stories. Mine: I accidentally reversed the whole drum bus & it became the intro.",
    "The best advice I got: finish songs. 100 finished mediocre tracks > 1 perfect unfinished one.",
    "Can someone explain gain staging like I'm 5? Why does -18 dBFS matter if it's all floating point anyway?",
    "macOS Sonoma broke my audio interface driver -- fixed by allowing the kext in System Settings > Privacy & Security.",
    "For those asking about my drum sound: it's literally one SM57 on a cardboard box + a lot of compression. Sorry!",
    "Does anyone know if DistroKid/CD Baby/etc. let you change the release date after submitting? Asking for a friend (me).",
    "Warning: that 'free' plug-in bundle on some random site had malware. Only download from the developer's own page.",
    "Looking for a vocalist (alto/mezzo) for a neo-soul EP; paid, remote OK. Refs: early 2000s D'Angelo/Jill Scott vibe.",
    "Collab request: I have 8 beats (90-140 BPM) & need a rapper who can write hooks. Split 50/50, no upfront fees.",
    "Producer, DJ & sound designer from Glasgow. Releases on Night Owl, Union Square Music & his own label 'Static Bloom'.",
    "Jazz pianist turned electronic producer; she scores short films & runs a monthly live-coding night ('algorave') in Leeds.",
    "Self-taught since 2012, started on a cracked DAW (sorry devs, bought it since!) and a $30 MIDI keyboard.",
    "Bio (short): Berlin-based duo Nachtfahrt make slow, heavy techno for 4 a.m. rooms.",
    "Bio (long): Raised between Lagos & London, Ife Adeyemi grew up on Fela, garage & church choirs -- all three show up in her music.",
    "Re: 'is Auto-Tune cheating?' -- it's an instrument. Nobody asks if a distortion pedal is cheating.",
    "Update: fixed my crackling issue! It was the USB hub. Plugged the interface straight into the laptop & it's fine now.",
    "Don't sleep on the stock plug-ins. I mixed my last EP with only the DAW's EQ & compressor.",
    "Is anyone using Sonic Pi or TidalCycles live? Would love to see how you structure a 45-min set (do you pre-write functions?)",
    "Has anyone had their track taken down for 'artificial streaming'? I never bought streams & I'm panicking.",
    "Mini-review: the new sample pack is 80% great one-shots, 20% filler loops. Worth it on sale (< $20).",
    "Kind reminder to register your works with your PRO *before* release -- retroactive claims are a pain.",
    "Anyone know how to export stems from GarageBand? Only 'Share > Export Song to Disk' shows up :(",
    "Mixing on headphones only -- which reference plug-in do you use? Currently testing crossfeed at 30%.",
]

FB_ORIGIN = ["Lisbon", "Accra", "Montréal", "Osaka", "Glasgow", "Bogotá", "Lagos", "Tbilisi",
             "Kraków", "Manila"]
FB_GENRE = ["deep house", "neo-soul", "drum & bass", "ambient", "afrobeats", "lo-fi hip-hop",
            "indie folk", "techno", "jazz fusion", "city pop"]
FB_ROLE = ["producer", "DJ", "singer-songwriter", "multi-instrumentalist", "sound designer",
           "beatmaker", "composer"]
FB_QUESTION = ["How do you keep your low end consistent across tracks?",
               "Any tips for mixing vocals in a small untreated room?",
               "What's your go-to way to start a new track?",
               "Best budget monitors under $300?",
               "How do you deal with creative block after a release?"]


def tpl_forum_bio(rng):
    if rng.randrange(2) == 0:
        g1, g2 = rng.sample(FB_GENRE, 2)
        role = rng.choice(FB_ROLE)
        return (f"{role[0].upper()}{role[1:]} from {rng.choice(FB_ORIGIN)} mixing "
                f"{g1} & {g2}; releases since {rng.randrange(2008, 2024)}.")
    return (f"{rng.choice(FB_QUESTION)} I make mostly {rng.choice(FB_GENRE)} "
            f"({rng.randrange(70, 175)} BPM-ish) -- thanks in advance!")


CATEGORIES = [
    ("track_title", TRACK_TITLE, tpl_track_title,
     "track/album titles with feat. credits, brackets, remix tags"),
    ("lyrics", LYRICS, tpl_lyrics, "lyrics excerpts, multi-line, many languages"),
    ("liner_notes", LINER_NOTES, tpl_liner_notes, "credits, thanks, recording notes, (P)/(C) lines"),
    ("chord_setlist", CHORD_SETLIST, tpl_chord_setlist,
     "chord charts, tabs, ABC/LilyPond, Nashville numbers, setlists"),
    ("daw_plugin", DAW_PLUGIN, tpl_daw_plugin,
     "DAW session notes, plugin settings, presets, live-coding snippets"),
    ("sample_stem_path", SAMPLE_STEM_PATH, tpl_sample_stem_path,
     "sample pack paths, stem names, bounce locations"),
    ("mix_feedback", MIX_FEEDBACK, tpl_mix_feedback, "comments on mixes and masters"),
    ("release_rights", RELEASE_RIGHTS, tpl_release_rights,
     "ISRC/UPC, release metadata, royalty splits"),
    ("midi_osc", MIDI_OSC, tpl_midi_osc, "MIDI/OSC messages, mappings, controller scripts"),
    ("forum_bio", FORUM_BIO, tpl_forum_bio, "producer forum posts and multilingual artist bios"),
]


def build():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for name, literals, template, _what in CATEGORIES:
        values = []
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {name}: {v!r}")
            seen.add(v)
            values.append(v)
        n_lit = len(values)
        tries = 0
        while len(values) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template for {name} cannot produce enough unique values")
            v = template(rng)
            if v in seen:
                continue
            seen.add(v)
            values.append(v)
        if len(values) != PER_CATEGORY:
            raise SystemExit(f"{name}: {len(values)} values, expected {PER_CATEGORY}")
        stats.append((name, len(values), n_lit))
        for v in values:
            rows.append({"category": name, "value": v})
    return rows, stats


def main():
    rows, stats = build()
    out = []
    for i, row in enumerate(rows, 1):
        v = row["value"]
        if not isinstance(v, str) or not v or len(v) > 1800:
            raise SystemExit(f"bad value: {v!r}")
        out.append({"id": f"{PREFIX}-{i:05d}", "category": row["category"],
                    "label": "benign", "value": v})
    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for obj in out:
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    total_lit = 0
    for name, n, n_lit in stats:
        total_lit += n_lit
        print(f"{name:18s} {n:4d}  literals {n_lit:3d} ({100 * n_lit / n:.0f}%)")
    print(f"{'total':18s} {len(out):4d}  literals {total_lit:3d}")


if __name__ == "__main__":
    main()
