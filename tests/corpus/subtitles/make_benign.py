"""Benign (hard-negative) corpus for the subtitle/caption editing service.

Every value is text a real user of a subtitle editor would type or upload into an
ordinary field: SRT/WebVTT cues, styled lines, sound descriptions, translator notes,
ASS style names, timing/offset settings, file names, line searches and multilingual
dialogue. All literals below were hand-written for this corpus; the template functions
only recombine small hand-written pools.

Output: benign.jsonl next to this file. Deterministic (fixed SEED, lists only).
"""

import json
import random
from pathlib import Path

SEED = 8501
PREFIX = "hb85"
PER_CATEGORY = 80

# --------------------------------------------------------------------------------------
# 1. srt_cue: whole SRT cue blocks pasted into the cue editor
# --------------------------------------------------------------------------------------
SRT_CUE = [
    "1\n00:00:01,000 --> 00:00:03,200\nWhere were you last night?",
    "2\n00:00:03,400 --> 00:00:05,900\n- I was at Dan's.\n- Don't lie to me.",
    "14\n00:01:02,500 --> 00:01:04,000\n<i>Previously on \"Harbour Lights\"...</i>",
    "27\n00:02:11,080 --> 00:02:13,950\nSelect the blue wire -- no, the <b>other</b> one!",
    "33\n00:02:40,000 --> 00:02:42,100\n[door slams]",
    "41\n00:03:15,210 --> 00:03:18,760\nIt's 5 o'clock & the shop's closed; we'll go tomorrow.",
    "58\n00:04:59,999 --> 00:05:02,300\n♪ Drop it like it's hot ♪",
    "102\n00:08:20,417 --> 00:08:23,086\nMOM: Can't sleep?\nBEN: Not really.",
    "7\n00:00:31,531 --> 00:00:34,367\n{\\an8}CHAPTER ONE: THE UNION",
    "88\n00:06:12,000 --> 00:06:14,500\nHe said \"trust me\" -- and I did.",
    "215\n00:17:03,022 --> 00:17:05,190\n50% off? That's < what I paid yesterday!",
    "3\n00:00:07,007 --> 00:00:09,843\n(sighs)\nFine. Whatever you say.",
    "301\n00:24:44,400 --> 00:24:46,200\n<font color=\"#ffff00\">Red alert! All hands to the bridge!</font>",
    "12\n00:00:55,100 --> 00:00:57,000\nWho's there?!",
    "19\n00:01:30,230 --> 00:01:33,400\nThe exec producer wants the cut by Friday.",
    "44\n00:03:33,000 --> 00:03:35,750\nJe t'aime, mais c'est compliqué.",
    "45\n00:03:36,000 --> 00:03:38,120\nI love you, but it's complicated.",
    "66\n00:05:05,505 --> 00:05:07,007\n- Table for two?\n- Make it three.",
    "1\n00:00:00,500 --> 00:00:04,000\nSubtitles by the Night Owl team\nwww.nightowl-subs.example",
    "120\n00:09:58,000 --> 00:10:00,000\n¿Dónde está la biblioteca?",
    "9\n00:00:45,000 --> 00:00:47,300\nNARRATOR: In 1969, man walked on the moon.",
    "76\n00:05:48,300 --> 00:05:50,300\nOK, so A > B and B > C... therefore A > C.",
    "150\n00:12:01,880 --> 00:12:04,220\n[phone buzzing]\n(whispers) Not now...",
    "4\n00:00:10,010 --> 00:00:12,345\n<i>Dear diary:</i>\n<i>today was... weird.</i>",
    "230\n00:18:18,181 --> 00:18:20,020\nThe password is \"swordfish\". Everyone knows that.",
    "511\n00:41:00,000 --> 00:41:03,000\n[ON SCREEN: \"3 DAYS LATER\"]",
    "17\n00:01:20,000 --> 00:01:22,900\nWe drop anchor at dawn.",
    "18\n00:01:23,000 --> 00:01:25,400\nあの船はどこへ行くの？",
    "92\n00:07:07,070 --> 00:07:09,990\nWhat's 2 + 2? -- Four. Obviously.",
    "333\n00:26:40,120 --> 00:26:43,000\n\"Rock & Roll\" isn't dead, it's just sleeping.",
    "5\n00:00:15,000 --> 00:00:17,500\n{\\i1}Meanwhile, in Berlin...{\\i0}",
    "61\n00:04:40,000 --> 00:04:42,000\nDa steht's: \"Zutritt verboten\".",
    "200\n00:15:15,150 --> 00:15:17,450\nSo we union up and strike. Tonight.",
    "71\n00:05:20,700 --> 00:05:22,900\n- Who's on first?\n- Yes.",
    "401\n00:31:10,300 --> 00:31:13,100\nThe system's down again. Call IT.",
    "8\n00:00:40,400 --> 00:00:43,000\n[crowd cheering]\nANNOUNCER: ...and it's IN!",
    "99\n00:07:59,000 --> 00:08:01,500\n¡No me digas! ¿En serio?",
    "143\n00:11:11,111 --> 00:11:13,333\nYou've got 1/3 of the money; where's the other 2/3?",
    "22\n00:01:44,600 --> 00:01:46,100\nWAIT--!",
    "256\n00:20:00,000 --> 00:20:03,500\nThis script is terrible. Who wrote this?",
    "37\n00:02:50,050 --> 00:02:52,520\nМы опоздаем на поезд!",
    "38\n00:02:52,600 --> 00:02:54,800\nWe'll miss the train!",
    "612\n00:49:49,490 --> 00:49:52,000\n<i>To be continued...</i>",
    "80\n00:06:30,000 --> 00:06:33,000\nC:\\Users\\Tom\\Desktop -- that's where I saved it.",
    "11\n00:00:50,000 --> 00:00:52,800\nI'd rather die than eval... evaluate that guy's work.",
    "170\n00:13:30,300 --> 00:13:32,900\n'Cause I said so, that's why!",
    "1\n00:00:02,002 --> 00:00:04,004\n♪ ♪",
    "55\n00:04:20,420 --> 00:04:23,000\n£20 for a sandwich? Are you mad?",
    "303\n00:25:05,000 --> 00:25:07,700\nDROP the gun! Now!",
]

# --------------------------------------------------------------------------------------
# 2. vtt_cue: WebVTT fragments (header, cue settings, NOTE, STYLE, voice spans)
# --------------------------------------------------------------------------------------
VTT_CUE = [
    "WEBVTT\n\n00:00:01.000 --> 00:00:03.500\nHello, and welcome back.",
    "WEBVTT - English (US) CC\nKind: captions\nLanguage: en-US",
    "00:01:02.500 --> 00:01:04.000 align:start position:10%\n<v Anna>Are you coming or not?",
    "00:00:12.000 --> 00:00:14.000 line:0 position:50% align:center\n[THUNDER RUMBLES]",
    "NOTE This file was converted from SRT; check the italics in cues 40-52.",
    "STYLE\n::cue {\n  color: #ffffff;\n  background-color: rgba(0,0,0,0.8);\n}",
    "STYLE\n::cue(.yellow) { color: yellow; }\n::cue(v[voice=\"Narrator\"]) { font-style: italic; }",
    "intro-1\n00:00:00.000 --> 00:00:02.000\n<c.yellow>Previously...</c>",
    "00:05:10.250 --> 00:05:12.750 size:80% line:85%\n<v.loud Mike>GET DOWN!</v>",
    "00:10:00.000 --> 00:10:03.000\n<ruby>漢字<rt>かんじ</rt></ruby>を読める？",
    "REGION\nid:bill\nwidth:40%\nlines:3\nregionanchor:0%,100%\nviewportanchor:10%,90%\nscroll:up",
    "00:00:05.000 --> 00:00:07.000 region:bill align:left\n<v Fred>Hi, my name is Fred",
    "00:02:00.000 --> 00:02:02.500\n<i>Where's the remote?</i> <b>Under the couch.</b>",
    "00:03:03.300 --> 00:03:05.000\n<lang fr>Bonjour</lang>, as they say in Paris.",
    "NOTE\nTranslator: kept \"y'all\" as \"ustedes\" -- see style guide §4.2",
    "00:00:30.000 --> 00:00:31.500\n(gasps)",
    "00:00:45.123 --> 00:00:47.890\n<v Dr. O'Brien>The results are < 5% -- not significant.",
    "00:12:34.567 --> 00:12:36.000 vertical:rl\n縦書きのテスト",
    "00:07:00.000 --> 00:07:02.000\n<00:07:00.500>Karaoke <00:07:01.000>style <00:07:01.500>timing",
    "chapter-3\n00:20:00.000 --> 00:25:00.000\nChapter 3: Union Square",
    "WEBVTT\n\nNOTE Auto-generated captions, corrected by hand.\n\n00:00:00.000 --> 00:00:02.000\nUm, okay. So.",
    "00:01:00.000 --> 00:01:02.000 position:90%,line-right\n♪ La la la ♪",
    "00:04:44.000 --> 00:04:46.500\n<v Narrator><i>And so the system collapsed.</i></v>",
    "00:09:09.000 --> 00:09:11.000\n&lt;&lt; Back | Next &gt;&gt;",
    "00:15:00.000 --> 00:15:02.000\nTom &amp; Jerry &amp; friends",
    "00:00:08.000 --> 00:00:10.000 align:end\n- Wait! You forgot this.\n- Keep it.",
    "X-TIMESTAMP-MAP=MPEGTS:900000,LOCAL:00:00:00.000",
    "WEBVTT\nX-TIMESTAMP-MAP=LOCAL:00:00:00.000,MPEGTS:126000",
    "00:33:33.333 --> 00:33:35.000\n<v Ärztin>Atmen Sie bitte tief ein.",
    "NOTE cue 118 overlaps 119 by 40ms; the player will show both lines.",
    "00:02:22.000 --> 00:02:24.400\n<c.magenta.bg_black>[ALARM BLARING]</c>",
    "00:00:14.000 --> 00:00:16.000 line:-1\n<u>Important:</u> read the fine print.",
    "STYLE\n::cue(b) { color: peachpuff; }\n::cue(c.small) { font-size: 80%; }",
    "00:06:06.060 --> 00:06:08.800\nSo... select one, any one.",
    "00:11:00.000 --> 00:11:03.000\n<v Sam>If x = 3 and y = 4, then x² + y² = 25.",
    "00:19:19.190 --> 00:19:21.000\n(distant siren wails)",
    "WEBVTT\n\n1\n00:00:00.000 --> 00:00:01.500\n¿Qué pasa?",
    "00:08:08.000 --> 00:08:10.000 position:15% align:start\n<v.whisper Lena>Don't wake him.</v>",
    "NOTE Speaker IDs: A = Anna, M = Mike, N = Narrator. Keep them consistent!",
    "00:27:00.000 --> 00:27:02.000\n\"Alert the others,\" she said.",
    "00:00:20.000 --> 00:00:22.000\n<b>BREAKING NEWS</b> -- markets drop 3%",
    "00:44:10.000 --> 00:44:12.500\n<v Kid>Mum, what's a \"semicolon\"?</v>",
    "00:50:00.000 --> 00:50:05.000 line:10% size:60%\n[END CREDITS MUSIC]",
    "00:03:33.000 --> 00:03:35.000\n<c.green>✓ Saved</c>",
    "00:01:11.000 --> 00:01:12.000\n<v Bot>BEEP. BOOP. SYSTEM READY.",
    "NOTE For the Arabic track, set align:end and direction in the player, not here.",
    "00:02:02.000 --> 00:02:04.000\nمرحباً، كيف حالك؟",
    "00:13:13.000 --> 00:13:15.500\n<v Grandpa>Back in '62, we had nothing.",
    "00:17:17.000 --> 00:17:19.000\nFile > Save As... then pick \"UTF-8\".",
    "00:00:03.000 --> 00:00:05.000\n<v Sarah><i>(on phone)</i> Yeah, I'm on my way.",
]

# --------------------------------------------------------------------------------------
# 3. styled_line: single lines with the markup subtitle formats allow
# --------------------------------------------------------------------------------------
STYLED_LINE = [
    "<i>I never said that.</i>",
    "<b>WARNING:</b> flashing lights",
    "<font color=\"#00ff00\">Sarah:</font> Where is he?",
    "<font color=#ffff00 size=28>LOUD NOISES</font>",
    "{\\an8}Tokyo, 1998",
    "{\\pos(320,50)}SIGN: NO ENTRY",
    "{\\an8}{\\fad(200,200)}Three weeks earlier",
    "{\\i1}Voice on radio:{\\i0} Copy that, over.",
    "{\\b1}Stop!{\\b0} Don't move.",
    "{\\c&H00FFFF&}Yellow text here",
    "{\\fs36\\bord2\\shad1}TITLE CARD",
    "{\\move(100,400,540,400)}Scrolling sign text",
    "{\\k25}Sha{\\k30}la{\\k40}la{\\k60}la",
    "{\\fnArial\\fs24}Mr. & Mrs. Smith's residence",
    "<i>\"Don't go into the woods,\" she wrote.</i>",
    "<u>Underlined</u> for the street sign",
    "<i>Ich weiß nicht, was soll es bedeuten...</i>",
    "{\\an7}Top-left: 12:45 PM",
    "{\\an9}CAM 04 -- LOBBY",
    "{\\frz15}Tilted graffiti: \"EAT THE RICH\"",
    "{\\blur3}out-of-focus sign",
    "<b><i>Both bold and italic</i></b>",
    "<font face=\"Comic Sans MS\">The kid's handwriting</font>",
    "{\\clip(0,0,640,360)}Masked text",
    "{\\alpha&H80&}Half transparent",
    "{\\an8}<i>(in Spanish)</i> ¡Vámonos!",
    "- <i>Hello?</i>\n- Who is this?",
    "{\\pos(960,1000)\\an2}Bottom centre, 1080p",
    "<i>Select * from memories where love = true</i> -- the T-shirt says",
    "{\\1c&HFFFFFF&\\3c&H000000&}White on black",
    "{\\q2}Long line that must not wrap, it's a sign",
    "<font color=\"red\">[SCREAMS]</font>",
    "{\\fscx120\\fscy120}Bigger",
    "{\\t(0,500,\\fs60)}GROWING TEXT",
    "{\\org(320,240)\\frz45}Rotated around center",
    "<i>♪ Somewhere over the rainbow ♪</i>",
    "{\\an8}Le Monde -- « La grève continue »",
    "<b>10 > 9</b>, trust me",
    "{\\i1}¿Y ahora qué?{\\i0}",
    "{\\an5}<< INTERMISSION >>",
    "<font color=\"#ff8800\">ORANGE TEAM</font> vs <font color=\"#0088ff\">BLUE TEAM</font>",
    "{\\be1}soft edges",
    "<i>Then he said, 'Sleep tight.'</i>",
    "{\\fad(0,300)}Fade out line",
    "{\\c&H0000FF&}Red (BGR order, remember!)",
    "{\\an8}Scene: Alert Level 3 -- Evacuate",
    "<i>Dear John;</i> <i>I'm leaving.</i>",
    "{\\pos(100,100)}A {\\c&H00FF00&}B{\\c} C",
    "<font size=\"18\">small print: terms & conditions apply</font>",
    "{\\an8}Bahnhof Zoo -- Gleis 3",
]

# --------------------------------------------------------------------------------------
# 4. sound_desc: speaker labels, sound descriptions, lyrics (SDH)
# --------------------------------------------------------------------------------------
SOUND_DESC = [
    "[door slams]",
    "(sighs)",
    "♪ Oh, Danny boy, the pipes, the pipes are calling ♪",
    "[glass shatters]",
    "(laughs nervously)",
    "MAN: Who goes there?",
    "[dog barking in distance]",
    "[PHONE RINGS]",
    "(coughs) Excuse me.",
    "[tense music playing]",
    "[gunshot] [screaming]",
    "NARRATOR (V.O.): It was the best of times...",
    "[speaking French]",
    "(in Japanese) ありがとう",
    "[engine sputters, dies]",
    "[alarm beeping]",
    "♪ ♪ ♪",
    "[SYSTEM ALERT CHIMES]",
    "[keyboard clacking]",
    "[crowd chanting \"Union! Union!\"]",
    "WOMAN (over PA): Flight 22 is now boarding.",
    "(snoring) -- he's asleep, let him sleep",
    "[thunder crashes]",
    "[TV playing indistinctly]",
    "[whispering] Don't tell Mom.",
    "(groans)",
    "[music stops abruptly]",
    "♪ We will, we will rock you ♪",
    "[clock ticking]",
    "KID #2: Me too!",
    "[bell tolls]",
    "[water dripping]",
    "(muffled) Let me out!",
    "[applause]",
    "[footsteps approaching]",
    "♪ (humming) ♪",
    "[radio static] -- Mayday, mayday --",
    "[sirens wailing]",
    "[upbeat pop music]",
    "[indistinct chatter]",
    "(exhales sharply)",
    "[Bell rings] Class dismissed!",
    "GUARD 1: Halt!",
    "[printer whirring]",
    "[cell door clanks shut]",
    "[explosion] [car alarm wailing]",
    "[speaking Russian] Давай, быстрее!",
    "♪ Frère Jacques, dormez-vous? ♪",
    "(Spanish accent) Hola, amigo.",
    "[bottle drops, rolls]",
]

# --------------------------------------------------------------------------------------
# 5. translator_note: notes/comments attached to cues
# --------------------------------------------------------------------------------------
TRANSLATOR_NOTE = [
    "TN: \"break a leg\" = good luck, don't translate literally.",
    "Kept the pun on \"union\" (labour union / marriage) -- no good equivalent in German.",
    "Line is 47 chars; max is 42. Split after the comma?",
    "Reading speed 21 cps > 17 cps limit, please shorten.",
    "T/N: senpai = upperclassman",
    "Honorifics kept (-san, -kun, -chan) per client's style guide.",
    "Is it \"who's\" or \"whose\" here? Original audio is unclear @ 00:14:22.",
    "Song lyrics are licensed -- keep them in italics & between ♪.",
    "Cue 312 and 313 overlap by 80ms; merged them.",
    "Sign at 00:03:10 says \"DROP ZONE\" -- translate as \"Zone de largage\".",
    "The character says \"select\" but means \"elect\"? Checked script: it's \"select\".",
    "Changed 'gonna' -> 'going to' for the formal register.",
    "Client wants -- (double hyphen) for interruptions, not the em dash.",
    "Spanish (LatAm) not Castilian: use \"ustedes\", never \"vosotros\".",
    "Note for QC: swearing toned down for the broadcast version; see v2 for streaming.",
    "\"Exec\" here = executive, not execution. Context: board meeting.",
    "He's reading the code on screen: \"rm -rf\" -- leave on-screen text untranslated.",
    "Forced narrative only: signs, songs, and the letter at 00:40:12.",
    "Ce n'est pas « tu » mais « vous » : ils ne se connaissent pas encore.",
    "Joke relies on 'sleep' / 'slip' -- replaced with a different pun.",
    "Original: 「もういいよ」 -- \"Never mind\" fits better than \"It's fine now\".",
    "Timing is off by ~1s after the ad break; the broadcaster's cut differs.",
    "Please check: 'alert' or 'a lert'? The accent makes it hard to hear.",
    "Used <i> for the phone voice & off-screen speakers, per Netflix-like style.",
    "Line breaks: keep the article with its noun (\"the / house\" is wrong).",
    "Removed the speaker dash; only one person speaks in this cue.",
    "Translator's note: \"Pass the salt\" is an idiom here meaning \"calm down\".",
    "Ich habe „Sie“ statt „du“ verwendet – er spricht mit seinem Chef.",
    "Numbers: spell out one to ten, digits for 11+ (except at the start of a line).",
    "The word \"eval\" in the lecture is short for evaluation; translated as \"Bewertung\".",
    "Bible verse quoted at 01:02:03 -- used the KJV wording.",
    "Song title stays in English; it's a real song (\"Sweet Child o' Mine\").",
    "Cue 88: 'I'm on it' -> 'Je m'en occupe' (not 'Je suis dessus').",
    "On-screen address: 221B Baker St -- no translation needed.",
    "TODO: confirm spelling of Siobhán (character list says Siobhan without fada).",
    "Use \"OK\" not \"Okay\" or \"O.K.\" -- house style.",
    "Removed 3 filler words (um/uh/like) to hit 17 cps.",
    "Sound effects in [brackets], manner of speaking in (parentheses).",
    "The sign reads \"SYSTEM FAILURE\" -- add {\\an8} so it doesn't cover the face.",
    "Two speakers: start each line with '- '; no space after the dash in French.",
    "Question: is the script name \"Dr. Who\" or \"The Doctor\"? Both appear.",
    "Nota: 'coger' evitar para Latinoamérica; usar 'tomar'.",
    "Shot change at 00:12:10:05 -- end cue 2 frames before.",
    "Check minimum gap: 2 frames @ 23.976 = 83ms.",
    "The passwd joke (\"pass wd\") doesn't work in Polish; used \"hasło\" pun instead.",
    "Kept 'y'all' as 'vocês' in pt-BR.",
    "Caption 201 says \"1/2 price\" -- display as \"½ price\"? Client said no special chars.",
    "Overlapping dialogue at 00:33:00; prioritised the main character.",
    "Song in the bar is background; not subtitled per brief (no lyrics rights).",
    "Question for the director: does \"the drop\" mean the bass drop or the money drop?",
]

# --------------------------------------------------------------------------------------
# 6. style_name: ASS/SSA style names and style lines, styling presets
# --------------------------------------------------------------------------------------
STYLE_NAME = [
    "Default",
    "Default - Italics",
    "Signs (top)",
    "Song_Romaji",
    "Song_English",
    "Narrator/Flashback",
    "Style: Default,Arial,48,&H00FFFFFF,&H000000FF,&H00000000,&H80000000,0,0,0,0,100,100,0,0,1,2,1,2,20,20,30,1",
    "Style: Signs,Trebuchet MS,36,&H00FFFFFF,&H000000FF,&H00202020,&H00000000,-1,0,0,0,100,100,0,0,1,2,0,8,10,10,10,1",
    "Format: Name, Fontname, Fontsize, PrimaryColour, SecondaryColour, OutlineColour, BackColour, Bold, Italic",
    "[V4+ Styles]",
    "Dialogue: 0,0:00:01.50,0:00:04.00,Default,,0,0,0,,Hello there!",
    "Dialogue: 1,0:02:10.00,0:02:12.00,Signs,,0,0,0,,{\\pos(640,80)}CLOSED",
    "Comment: 0,0:00:00.00,0:00:05.00,Default,,0,0,0,,TL check needed",
    "Thoughts <i>",
    "Phone & Radio",
    "OP / ED",
    "Top - Yellow",
    "Forced (Signs & Songs)",
    "Karaoke 2.0",
    "TV Screen -- small",
    "Kid's voice",
    "Flashback (desaturated)",
    "Überschrift",
    "Comentario del traductor",
    "日本語 - 本文",
    "Default_1080p",
    "Letterbox 2.39:1",
    "SDH [effects]",
    "Main; alt",
    "Style 'Whisper'",
    "Lyrics: ♪ italic ♪",
    "Netflix-ish (42 cpl)",
    "ScaledBorderAndShadow: yes",
    "PlayResX: 1920\nPlayResY: 1080",
    "WrapStyle: 0",
    "ScriptType: v4.00+",
    "Title: Episode 12 -- \"The Drop\"",
    "Original Script: fansub crew; Editing: K. O'Hara",
    "YCbCr Matrix: TV.709",
    "[Script Info]\n; Script generated by Aegisub 3.2.2\n; http://www.aegisub.org/",
    "Collisions: Normal",
    "Timer: 100.0000",
    "Style: Narrator,Georgia,40,&H00E0E0E0,&H000000FF,&H00000000,&H64000000,0,-1,0,0,100,100,0,0,1,1.5,0.5,2,60,60,40,1",
    "Alt-Top_Italic",
    "Sign: Shop <name>",
    "{Comments}",
    "bold/italic off",
    "Chyron - Lower Third",
    "Voice (Off-screen)",
    "Caption: <Speaker> style",
]

# --------------------------------------------------------------------------------------
# 7. timing: frame rates, offsets, sync/shift settings
# --------------------------------------------------------------------------------------
TIMING = [
    "+1.5s",
    "-0.250",
    "23.976 fps",
    "25 -> 23.976 (PAL to film)",
    "Shift all cues by +00:00:02,500",
    "offset=-1200ms",
    "29.97 drop-frame",
    "30000/1001",
    "24000/1001",
    "Min gap: 2 frames; min duration: 5/6 s",
    "Sync point 1: 00:01:02,500 -> 00:01:04,000; sync point 2: 01:20:00,000 -> 01:20:03,400",
    "delay: 350 ms (audio ahead)",
    "Shift from cue #120 onwards only",
    "Stretch factor 1.04271 (25/23.976)",
    "Max CPS = 17; max CPL = 42; max lines = 2",
    "00:00:00;00 start TC (drop frame, uses ;)",
    "01:00:00:00 -> 00:00:00:00 (remove 1h offset)",
    "Snap to shot changes within 7 frames",
    "Frame rate: 59.94 (interlaced source)",
    "-2,5 s",
    "+ 3 Sekunden",
    "Décalage : +0,8 s",
    "lead-in 120ms, lead-out 300ms",
    "Apply offset to selection only? [x] yes",
    "Chain gap <= 12 frames -> close to 2 frames",
    "fps 50 | interlaced | 1080i",
    "Offset: 00:00:01.500 (WebVTT) / 00:00:01,500 (SRT)",
    "Duration >= 833ms && <= 7000ms",
    "timecode base: 1/90000 (MPEG-TS)",
    "Speed up by 4% (PAL speed-up)",
    "Convert 23.976 -> 25 and shift -0.2s",
    "Start at frame 1440 (= 00:01:00 @ 24fps)",
    "Move cues 15-30 earlier by 400 ms",
    "Shift = +12.5%? no, +12.5 seconds",
    "Audio is 1 frame late -- shift +42ms",
    "cue in = TCR 10:00:00:00 ; cue out = 10:00:02:12",
    "Reading speed: 160 wpm / 20 cps (kids: 13 cps)",
    "00:59:59,999",
    "1h 02m 03s 500ms",
    "-00:00:00,040",
    "ratio 1001/1000 (NTSC slowdown)",
    "frames=2997 at 29.97 => 100.0s",
    "offset < 0 means subtitles appear earlier",
    "tolerance ±2 frames",
    "Set FPS = 24 (was 23.976 by mistake)",
    "Time shift: forward ▶ 1.2s",
    "Sync to audio waveform: threshold -30 dB",
    "Delay subtitle track by 750ms in mkvmerge (--sync 0:750)",
    "Shift: -1.5s & stretch: 0.999",
    "TC offset 00:59:50:00 (bars & tone)",
]

# --------------------------------------------------------------------------------------
# 8. filename: video/subtitle file names and paths users type or upload
# --------------------------------------------------------------------------------------
FILENAME = [
    "Harbour.Lights.S02E07.1080p.WEB-DL.en.srt",
    "harbour_lights_s02e07_fr-FR.vtt",
    "The Union (2024) [1080p].mkv",
    "movie.en.forced.srt",
    "movie.en.sdh.srt",
    "episode 3 - final (v2) FIXED.ass",
    "Le Fabuleux Destin d'Amélie Poulain.srt",
    "千と千尋の神隠し.ja.ass",
    "C:\\Users\\maria\\Videos\\Subs\\ep01.srt",
    "/home/jonas/subs/ep01_de.srt",
    "~/Movies/Drop Dead Fred (1991).mp4",
    "D:\\Work\\Client & Partner\\promo_30s.mov",
    "trailer_FINAL_final_use-this-one.mp4",
    "Sleepless.in.Seattle.1993.720p.BluRay.x264.srt",
    "Doctor Who - 1x01 - Rose.en.vtt",
    "ep12_[ScriptRev3].ass",
    "../subs/ep02.srt",
    "./ep02_sync_fixed.srt",
    "interview_raw_2024-05-03_14-22.mp4",
    "subs.zip",
    "captions.scc",
    "captions.dfxp",
    "movie.ttml",
    "Los Años Dorados - Capítulo 5.mkv",
    "what's_up_doc.srt",
    "BBC_News_18.00_2023-11-11.mxf",
    "lecture-07-system-design.webm",
    "eval_session_recording.mp4",
    "Alert! Alert! (2019) S01E01.mkv",
    "Ep 5 \"The Return\".srt",
    "show.s01e01.en-US.cc.vtt",
    "Русский_перевод_серия_1.srt",
    "The.Script.Live.at.Wembley.2016.mkv",
    "smb://nas/media/tv/show/S01/",
    "/Volumes/RAID/Projects/DOC_2024/Exports/doc_v3_subs.stl",
    "file (1).srt",
    "file (copy 2).srt",
    "Tom & Jerry - 087.avi",
    "100% Wolf (2020).srt",
    "a;b;c.srt",
    "O'Brien_interview.wav",
    "select_takes_day2.mov",
    "union_rally_footage.mp4",
    "$RECYCLE.BIN is where my old subs went",
    "shared/Drop Box/clients/ACME/eng.srt",
    "Backup_2024.07.01_23-59-59.tar.gz",
    "subtitles_ar-SA_rtl.srt",
    "ep3.en.hi.srt",
    "Mr.Robot.S01E01.eps1.0_hellofriend.mov.srt",
    "%USERPROFILE%\\Downloads\\subs.srt",
]

# --------------------------------------------------------------------------------------
# 9. search_query: what people type in "find line" / library search
# --------------------------------------------------------------------------------------
SEARCH_QUERY = [
    "don't",
    "\"I'll be back\"",
    "where's the",
    "-->",
    "00:01:02",
    "<i>",
    "{\\an8}",
    "[door slams] ep 4",
    "(sighs) OR (groans)",
    "♪",
    "select",
    "union station",
    "drop the gun",
    "sleep",
    "alert",
    "system",
    "exec producer",
    "it's 5 o'clock",
    "rock & roll",
    "Tom & Jerry",
    "he said \"no\"",
    "&amp;",
    "&nbsp;",
    "speaker:ANNA",
    "lang:fr \"c'est\"",
    "cps > 20",
    "duration < 1s",
    "lines=3",
    "*.srt",
    "ep0?.vtt",
    "\"--\" at line start",
    "...",
    "?!",
    "l'amour",
    "¿por qué?",
    "お願いします",
    "Grüß Gott",
    "O'Brien",
    "script",
    "password",
    "1/2",
    "C:\\",
    "~/subs",
    "color=\"#ffff00\"",
    "TN:",
    "font color",
    "%",
    "$100",
    "(laughs",
    "overlap",
]

# --------------------------------------------------------------------------------------
# 10. dialogue_ml: multilingual dialogue lines typed into the text field
# --------------------------------------------------------------------------------------
DIALOGUE_ML = [
    "I can't believe it's already Friday.",
    "- You're late.\n- I know, I know.",
    "Il m'a dit : « Ne t'inquiète pas. »",
    "¿Y tú qué sabes de eso?",
    "Das ist mir wurscht, ehrlich gesagt.",
    "Non è colpa mia!",
    "Você não vai acreditar no que aconteceu.",
    "Не говори глупостей.",
    "ちょっと待って！",
    "你在干什么？",
    "뭐라고?",
    "لا أعرف.",
    "אני לא מבין.",
    "Bugün çok yorgunum.",
    "Czy możesz mi pomóc?",
    "Dat is toch niet normaal?",
    "Jag älskar dig.",
    "Tack så mycket, det var snällt.",
    "Ελπίζω να έρθεις.",
    "मुझे नहीं पता।",
    "Don't \"darling\" me!",
    "It's not a bug; it's a feature.",
    "Mom said: 'No dessert until you finish.'",
    "We'll need 3 rooms & a car.",
    "Union rules: 15 minutes, then back to work.",
    "Who drops a cake on a Tuesday?",
    "That's 10 < 12, so we're fine.",
    "Go to sleep -- it's 2 a.m.!",
    "Alert the neighbours; the river's rising.",
    "The solar system has eight planets. Sorry, Pluto.",
    "He's the exec. He signs the cheques.",
    "Pick one -- select, don't think.",
    "You wrote the script? It's brilliant.",
    "Is that a \"yes\" or a \"no\"?",
    "L'été dernier, on est allés à Nice.",
    "Ça va? -- Ouais, ça va.",
    "¡Qué rollo! ¿Nos vamos ya?",
    "Wir sehen uns um 8 -- pünktlich!",
    "„Warum?“, fragte sie.",
    "「また明日ね」と彼女は言った。",
    "Y'all ain't seen nothin' yet.",
    "Ma'am, step away from the vehicle.",
    "He's got a 9-to-5; she's freelance.",
    "Peter's, Paul's, and Mary's -- all closed.",
    "Who's there? It's me. Me who? Just open the door!",
    "½ cup sugar, ¼ cup butter.",
    "Ты где был? Я волновалась!",
    "Es que... no sé, ¿vale?",
    "Je n'en sais rien, moi !",
    "I said \"maybe\" -- not \"yes\".",
]

# --------------------------------------------------------------------------------------
# Small hand-written pools for templates
# --------------------------------------------------------------------------------------
LINES = [
    "Where did you put the keys?", "It's over, Anakin.", "Don't look back.",
    "We'll drop by later.", "Select a card, any card.", "I can't sleep.",
    "That's the union rep.", "Red alert!", "Qu'est-ce que tu fais ?",
    "¿Dónde estabas?", "Ich komme gleich.", "行ってきます！", "Hold on -- wait.",
    "5 > 3, obviously.", "Tom & Jerry are here.", "He said \"never\".",
]
SPEAKERS = ["ANNA", "MIKE", "NARRATOR", "DR. O'BRIEN", "GUARD", "MOM", "KID", "LENA"]
SOUNDS = ["door creaks", "phone vibrates", "car horn honks", "birds chirping",
          "wind howling", "footsteps", "kettle whistles", "soft piano music"]
SHOWS = ["Harbour.Lights", "The.Night.Shift", "Drop.Point", "Union.Square",
         "Sleepers", "Los.Olvidados", "Nuit.Blanche", "Kaze.no.Uta"]
LANGS = ["en", "fr", "de", "es-419", "pt-BR", "ja", "ar", "ru", "it", "nl"]
EXTS = ["srt", "vtt", "ass", "ssa", "ttml", "scc"]
COLORS = ["#ffffff", "#ffff00", "#00ffff", "yellow", "cyan", "#ff8800"]
ASS_TAGS = ["{\\an8}", "{\\i1}", "{\\b1}", "{\\pos(640,60)}", "{\\fad(150,150)}", "{\\blur1}"]
STYLE_BASES = ["Default", "Signs", "Songs", "Narrator", "Flashback", "Thoughts", "Phone"]
STYLE_MODS = ["Top", "Italic", "Alt", "720p", "1080p", "Yellow", "Small", "(JP)", "- v2"]
FONTS = ["Arial", "Trebuchet MS", "Open Sans Semibold", "Noto Sans CJK JP", "Georgia"]
NOTE_TOPICS = ["the pun", "the honorific", "the song title", "the sign", "the idiom",
               "the line break", "the reading speed", "the speaker label"]
NOTE_ACTIONS = ["kept as is", "adapted", "shortened to fit 42 cpl", "moved to {\\an8}",
                "checked with the client", "left untranslated"]
QUERY_WORDS = ["don't", "where's", "union", "select", "drop", "♪", "[music]", "it's",
               "c'est", "¿qué", "sleep", "alert", "<i>", "--"]
PHRASE_A = ["Honestly,", "Look,", "Well,", "Écoute,", "Mira,", "Hör mal,", "So --"]
PHRASE_B = ["I don't care what they say.", "we're not done yet.", "it's not my fault.",
            "c'est pas grave.", "no es para tanto.", "das wird schon.", "who's paying?"]


def ts(rng, sep=","):
    h = rng.randint(0, 1)
    m = rng.randint(0, 59)
    s = rng.randint(0, 59)
    ms = rng.randint(0, 999)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}", (h, m, s, ms)


def later(parts, rng, sep=","):
    h, m, s, ms = parts
    total = ((h * 60 + m) * 60 + s) * 1000 + ms + rng.randint(900, 5500)
    h, rem = divmod(total, 3600000)
    m, rem = divmod(rem, 60000)
    s, ms = divmod(rem, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{sep}{ms:03d}"


def t_srt_cue(rng):
    start, parts = ts(rng)
    end = later(parts, rng)
    text = rng.choice(LINES)
    if rng.random() < 0.3:
        text = f"{rng.choice(SPEAKERS)}: {text}"
    return f"{rng.randint(1, 900)}\n{start} --> {end}\n{text}"


def t_vtt_cue(rng):
    start, parts = ts(rng, ".")
    end = later(parts, rng, ".")
    setting = rng.choice(["", " align:start", " line:0", " position:20%", " size:75%"])
    spk = rng.choice(SPEAKERS).title()
    return f"{start} --> {end}{setting}\n<v {spk}>{rng.choice(LINES)}"


def t_styled(rng):
    kind = rng.randint(0, 2)
    line = rng.choice(LINES)
    if kind == 0:
        return f"<font color=\"{rng.choice(COLORS)}\">{line}</font>"
    if kind == 1:
        return f"{rng.choice(ASS_TAGS)}{line}"
    return f"<i>{line}</i>"


def t_sound(rng):
    if rng.random() < 0.5:
        return f"[{rng.choice(SOUNDS)}]"
    return f"{rng.choice(SPEAKERS)}: [{rng.choice(SOUNDS)}] {rng.choice(LINES)}"


def t_note(rng):
    return (f"Cue {rng.randint(1, 700)}: {rng.choice(NOTE_TOPICS)} -- "
            f"{rng.choice(NOTE_ACTIONS)}.")


def t_style(rng):
    if rng.random() < 0.5:
        return f"{rng.choice(STYLE_BASES)} - {rng.choice(STYLE_MODS)}"
    return (f"Style: {rng.choice(STYLE_BASES)},{rng.choice(FONTS)},{rng.randint(20, 72)},"
            f"&H00FFFFFF,&H000000FF,&H00000000,&H00000000,0,0,0,0,100,100,0,0,1,2,1,"
            f"{rng.choice([2, 8])},20,20,{rng.randint(10, 60)},1")


def t_timing(rng):
    kind = rng.randint(0, 2)
    if kind == 0:
        sign = rng.choice(["+", "-"])
        return f"{sign}{rng.randint(0, 9)}.{rng.randint(0, 9)}s"
    if kind == 1:
        a, b = rng.sample(["23.976", "24", "25", "29.97", "30", "50", "59.94"], 2)
        return f"Convert {a} fps -> {b} fps"
    return f"Shift cues {rng.randint(1, 200)}-{rng.randint(201, 900)} by {rng.choice(['+', '-'])}{rng.randint(40, 3000)} ms"


def t_filename(rng):
    return (f"{rng.choice(SHOWS)}.S{rng.randint(1, 9):02d}E{rng.randint(1, 24):02d}."
            f"{rng.choice(['720p', '1080p', '2160p', 'WEB', 'HDTV'])}.{rng.choice(LANGS)}."
            f"{rng.choice(EXTS)}")


def t_search(rng):
    kind = rng.randint(0, 2)
    if kind == 0:
        return f"{rng.choice(QUERY_WORDS)} {rng.choice(QUERY_WORDS)}"
    if kind == 1:
        return f"\"{rng.choice(LINES)}\""
    return f"speaker:{rng.choice(SPEAKERS)} {rng.choice(QUERY_WORDS)}"


def t_dialogue(rng):
    return f"{rng.choice(PHRASE_A)} {rng.choice(PHRASE_B)}"


CATEGORIES = [
    ("srt_cue", SRT_CUE, t_srt_cue, "SRT cue blocks: index, timestamp arrow, text"),
    ("vtt_cue", VTT_CUE, t_vtt_cue, "WebVTT cues, settings, NOTE/STYLE/REGION blocks"),
    ("styled_line", STYLED_LINE, t_styled, "lines with <i>/<b>/<font>, {\\an8}, ASS override tags"),
    ("sound_desc", SOUND_DESC, t_sound, "SDH sound descriptions, speaker labels, ♪ lyrics ♪"),
    ("translator_note", TRANSLATOR_NOTE, t_note, "translator / QC notes on cues"),
    ("style_name", STYLE_NAME, t_style, "ASS style names, Style:/Dialogue: lines, script info"),
    ("timing", TIMING, t_timing, "frame rates, offsets, shift/stretch settings"),
    ("filename", FILENAME, t_filename, "video and subtitle file names and paths"),
    ("search_query", SEARCH_QUERY, t_search, "find-line and library search queries"),
    ("dialogue_ml", DIALOGUE_ML, t_dialogue, "multilingual dialogue with quotes/apostrophes"),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = {}
    literal_total = 0
    counts = []
    for cat, literals, template, _what in CATEGORIES:
        values = []
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen[v] = cat
            values.append(v)
        n_lit = len(values)
        attempts = 0
        while len(values) < PER_CATEGORY:
            attempts += 1
            if attempts > 10000:
                raise SystemExit(f"template for {cat} cannot reach {PER_CATEGORY}")
            v = template(rng)
            if v in seen:
                continue
            seen[v] = cat
            values.append(v)
        literal_total += n_lit
        counts.append((cat, len(values), n_lit))
        for v in values:
            rows.append({"category": cat, "label": "benign", "value": v})

    out = Path(__file__).with_name("benign.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, row in enumerate(rows, 1):
            v = row["value"]
            assert isinstance(v, str) and v and len(v) <= 1800
            obj = {"id": f"{PREFIX}-{i:05d}", "category": row["category"],
                   "label": "benign", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")

    for cat, n, n_lit in counts:
        print(f"{cat:16s} {n:4d}  literals={n_lit} ({100 * n_lit / n:.0f}%)")
    print(f"total {len(rows)}  literals={literal_total}")


if __name__ == "__main__":
    main()
