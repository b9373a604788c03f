#!/usr/bin/env python3
"""Benign values for the fanfiction held-out WAF corpus. Standard library only."""
import json
import os
import random

SEED = 10301
PREFIX = "hba3"
PER_CATEGORY = 80
rng = random.Random(SEED)

CATS = []  # (category, literals, template_fn)

# 1. story titles
titles = [
    "The Long Way Home",
    "Ashes & Embers",
    "five times they didn't kiss (and one time they did)",
    "Select Few",
    "Order by Moonlight",
    "Union of Crowns",
    "drop everything (come home)",
    "Sleep, Little Dragon",
    "What the Tide Brings In",
    "Sixty-Two Days Until Graduation",
    "Where the Wild Things Sleep",
    "if/then",
    "A Study in Scarlet Thread",
    "Kudos to the Cook",
    "Ctrl+Z",
    "404: Feelings Not Found",
    "sudo make me a sandwich",
    "rm -rf my heart",
    "The Root of All Things",
    "Null & Void",
    "<3 and other emoticons",
    "Sword/Shield",
    "The Alchemist's Apprentice",
    "O'Brien's Last Stand",
    "Don't Look Back, Orpheus",
    "\u201cStay,\u201d He Said",
    "Hogwarts, A Revision History",
    "Coffee Shop AU Nobody Asked For",
    "Bad Decisions Made at 3 a.m.",
    "Where We Go From Here (Part 2 of the Skyward series)",
    "1 + 1 = 3",
    "Less Than Three",
    "Greater Than the Sum",
    "\u6708\u304c\u7dba\u9e97\u3067\u3059\u306d",
    "\u0421\u043d\u0435\u0433 \u0438 \u043f\u0435\u043f\u0435\u043b",
    "La canci\u00f3n del mar",
    "Das Lied der Stille",
    "\ubcc4\uc774 \ube5b\ub098\ub294 \ubc24",
    "\u0644\u064a\u0644\u0629 \u0628\u0644\u0627 \u0646\u062c\u0648\u0645",
    "Un \u00e9t\u00e9 \u00e0 Paris",
    "\u7ea2\u7ebf",
    "The ${REDACTED} Files",
    "{{Untitled Work in Progress}}",
    "Chapter 1 -- In Which Nothing Goes Right",
    "Echo; Echo; Echo",
    "home is where the | is",
    "The Admin Who Loved Me",
    "Script & Sorcery",
    "Fire Walk With Me (Twin Peaks Remix)",
    "Where Is My Mind?",
    "Exit Code 0",
    "Everything Is Fine (It Is Not Fine)",
    "Hand in Hand, Backwards Through Time",
    "The Prince & The Pauper & The Pirate",
]
title_a = ["The Last", "A Quiet", "Seven", "Another", "The Hollow", "One More", "Borrowed", "The Forgotten"]
title_b = ["Summer", "Letter", "Winter Court", "Promise", "Crown", "Lighthouse", "Song", "Dance", "Heir"]
title_c = ["", " (Remix)", ": A Retelling", " [Podfic]", " (Part 3)", " \u2014 an AU", " (WIP)", " [Translation]"]
def t_titles():
    return f"{rng.choice(title_a)} {rng.choice(title_b)}{rng.choice(title_c)}"
CATS.append(("story-title", titles, t_titles))

# 2. summaries
summaries = [
    "Harry finds a box of letters in the attic at Grimmauld Place. None of them are addressed to him.",
    "Post-canon. Zuko learns to cook. Katara learns to let him.",
    "Modern AU where everyone works at the same terrible call center and nobody can agree on whether to drop the union vote or push it through.",
    "The team has to select one person to stay behind. Nobody volunteers. Everybody volunteers.",
    "Steve wakes up in 2012 and the first thing anyone asks him is what his password is. He doesn't have one. He doesn't know what one is.",
    "Crowley learns what a group chat is. Aziraphale learns what 'left on read' means. Neither of them recovers.",
    "Set between S2 and S3. Spoilers for the finale!! Don't read if you're not caught up.",
    "She said she'd never go back to the Capitol. She lied.",
    "In which Sherlock tries to sleep for the first time in 72 hours & John makes him tea.",
    "Canon divergence from Chapter 48 onward \u2014 what if Levi had said yes?",
    "Alternate universe: the Avengers are a band. Tony is the drummer; nobody is happy about this.",
    "Bakugou and Kirishima go grocery shopping. It goes about as well as you'd expect.",
    "Written for the 2023 Rarepair Exchange. Prompt: \"hurt/comfort, rain, a locked door\".",
    "Two rival bakers, one village fair, and a recipe that says 'add 1/2 cup sugar & DO NOT open the oven until the timer says so'.",
    "Eleven short drabbles, 100 words each, about the years between the war and the wedding.",
    "\u201cYou can\u2019t just select your family,\u201d Dean says. Cas tilts his head. \u201cWhy not?\u201d",
    "A fix-it fic for the ending we were robbed of. No character death. I promise.",
    "Ein Sommer in Berlin, zwei Fremde und ein verlorener Schl\u00fcssel. Deutsch, mit englischer \u00dcbersetzung in den Notizen.",
    "Une histoire d'amour entre deux biblioth\u00e9caires rivaux. Slow burn, tr\u00e8s slow.",
    "\u5f7c\u306f\u6bce\u671d\u540c\u3058\u30b3\u30fc\u30d2\u30fc\u3092\u6ce8\u6587\u3059\u308b\u3002\u5f7c\u5973\u306f\u305d\u308c\u3092\u899a\u3048\u3066\u3044\u308b\u3002",
    "\u041f\u043e\u0441\u043b\u0435 \u0432\u043e\u0439\u043d\u044b \u043e\u043d\u0438 \u0443\u0447\u0430\u0442\u0441\u044f \u0436\u0438\u0442\u044c \u0437\u0430\u043d\u043e\u0432\u043e.",
    "Una historia sobre Mar\u00eda y Luc\u00eda, un caf\u00e9 peque\u00f1o y demasiadas cartas sin enviar.",
    "Hermione writes a spell that turns every <b>bold</b> word in a book into a butterfly. It goes wrong.",
    "Tim Drake has a spreadsheet. The spreadsheet has 14 tabs. One of them is labelled 'DO NOT OPEN (Dick)'.",
    "Jaskier composes a ballad; Geralt grunts. Roach judges them both.",
    "What happens in Vegas stays in Vegas -- unless your teammate livestreams it.",
    "Loki keeps a list of everyone who has ever underestimated him. It is very, very long.",
    "Modern AU. Kaz Brekker runs a pawn shop. Inej is his landlady. Rent is due on the 1st & he's late again.",
    "The crew of the Rocinante gets stuck in a cargo bay with only one bunk. You know where this is going.",
    "5+1 fic: five times Wei Ying called Lan Zhan by his courtesy name, and one time he didn't.",
    "Sequel to 'Order by Moonlight'. You'll want to read that first or nothing will make sense.",
    "Somewhere between Chapter 12 and Chapter 13 of the manga, Nami teaches Luffy to read a map. Sort of.",
    "Wanda rewrites the world one sitcom at a time. This is episode 9, the one they didn't air.",
    "Hux is a terrible roommate. Kylo is worse. The landlord is considering murder.",
    "AU where the Fellowship is a D&D party and Gimli keeps rolling nat 1s.",
    "Spock attempts humour. Kirk laughs. McCoy files a medical report titled 'Incident #4 -> see attached'.",
    "Rated T for language. Bilbo swears more than you'd think.",
    "A retelling of the myth of Eurydice from her point of view, in 3 parts + an epilogue.",
    "Modern AU: Geralt is a bouncer, Yennefer owns the club, and Ciri is 16 and trying to get in with a fake ID.",
    "Thor can't sleep. Loki can't either. They end up on the roof at 4am counting satellites.",
    "Mulder is convinced the new neighbour is an alien. Scully brings a casserole.",
    "Short. Sweet. Fluff. No plot whatsoever. You've been warned.",
    "Merlin's magic gets out and Arthur finds out in the worst possible way: through a union meeting of the castle kitchen staff.",
    "Takes place after 'The Reichenbach Fall'. John isn't coping. Mrs Hudson is having none of it.",
    "An epistolary fic told entirely in text messages, sticky notes & one very angry voicemail.",
    "Buffy/Faith. Sunnydale, 2003. The end of the world, again, except this time they're both tired.",
    "Anne Shirley goes to university & nobody is prepared.",
    "\uc5b4\ub290 \ub0a0 \ub098\ud0c0\ub09c \uc774\uc0c1\ud55c \uc774\uc6c3. \uadf8\ub294 \uc65c \ubc24\ub9c8\ub2e4 \ud53c\uc544\ub178\ub97c \uce60\uae4c?",
    "Sokka invents the newspaper crossword. Toph insists it's unfair for her. He makes a braille version.",
    "The Doctor takes Rose to the end of the universe. The universe is closed for maintenance.",
    "Percy Jackson fails a quiz about his own life. Annabeth grades it.",
    "An unofficial sequel where nobody dies, everybody gets therapy, and the dog lives.",
]
sum_who = ["Hermione", "Kirishima", "Jon Snow", "Aziraphale", "Katara", "Bucky", "Lan Wangji", "Inej", "Frodo", "Sherlock"]
sum_what = ["learns to bake bread", "loses a bet", "gets stuck in a lift", "adopts a cat", "has to give a wedding toast", "forgets a birthday", "finds an old map"]
sum_tail = ["and it goes badly.", "\u2014 pure fluff.", "(angst with a happy ending).", "; chaos ensues.", "and someone cries. It's not who you think.", "."]
def t_summaries():
    return f"{rng.choice(sum_who)} {rng.choice(sum_what)} {rng.choice(sum_tail)}".replace(" .", ".").replace(" ;", ";")
CATS.append(("summary", summaries, t_summaries))

# 3. tags and warnings
tags = [
    "Graphic Depictions Of Violence",
    "Major Character Death",
    "Creator Chose Not To Use Archive Warnings",
    "No Archive Warnings Apply",
    "Hurt/Comfort",
    "Angst with a Happy Ending",
    "Fluff and Angst",
    "Slow Burn",
    "Enemies to Lovers",
    "Friends to Lovers",
    "Found Family",
    "Canon Divergence",
    "Post-Canon",
    "Alternate Universe - Coffee Shops & Caf\u00e9s",
    "Alternate Universe - Modern Setting",
    "Alternate Universe - College/University",
    "Fix-It",
    "Temporary Character Death",
    "Mentions of Self-Harm",
    "Implied/Referenced Child Abuse",
    "Panic Attacks",
    "Insomnia",
    "sleep deprivation",
    "Not Beta Read",
    "we die like men",
    "Unreliable Narrator",
    "Epistolary",
    "Getting Together",
    "Pining",
    "Mutual Pining",
    "Idiots in Love",
    "Crack Treated Seriously",
    "Crack",
    "Tooth-Rotting Fluff",
    "Domestic Fluff",
    "Bad Puns",
    "Author Regrets Nothing",
    "Background Relationships",
    "Minor Original Character(s)",
    "Explicit Language",
    "Rating: T, Warnings: none, Category: F/M",
    "Category: M/M, F/F, Gen, Multi",
    "Rated E for Emotional Damage",
    "Whump",
    "Gen or Pre-Slash",
    "Time Travel Fix-It",
    "Kid Fic",
    "Pre-Relationship",
    "Soulmate-Identifying Marks",
    "Soulmates AU (first words written on your wrist)",
    "Drop the Mic",
    "Union AU",
    "Tags will be updated as I go",
    "idk how to tag this lol",
    "Cross-Posted on Wattpad",
    "\u30cd\u30bf\u30d0\u30ec\u6ce8\u610f",
    "\u60b2\u6068",
]
tag_pre = ["Alternate Universe - ", "Post-", "Pre-", "Implied ", "Minor ", "Background "]
tag_mid = ["Hogwarts", "Canon", "Fantasy", "Royalty", "Space", "Mafia", "Pirates", "Band", "Hospital", "Witchcraft"]
tag_suf = ["", " (kind of)", " - Freeform", " | no spoilers", " & Related Fandoms", ""]
def t_tags():
    return f"{rng.choice(tag_pre)}{rng.choice(tag_mid)}{rng.choice(tag_suf)}"
CATS.append(("tag-warning", tags, t_tags))

# 4. author notes
notes = [
    "Thank you so much for reading!! Kudos & comments feed my muse <3",
    "A/N: sorry this took forever, real life got in the way. Next chapter should be up in ~2 weeks.",
    "Unbeta'd, all mistakes are mine. If you spot a typo, please let me know!",
    "Huge thanks to my beta @inkwell_and_ash for catching my 'their/there/they're' crimes.",
    "Translation available in Russian here: https://archiveofourown.org/works/41234567 \u2014 thank you, tanya_writes!",
    "Note: the timeline is a bit wonky; I moved the tournament to before the wedding. Just roll with it.",
    "Chapter title from \"Fire and Rain\" by James Taylor.",
    "Updated schedule: Mondays && Thursdays (if I'm lucky)",
    "I wrote this at 2am instead of sleeping. Sleep is for the weak. (Please sleep.)",
    "Content warning for this chapter: a panic attack, brief mention of blood. Skip from '***' to the end if you need to.",
    "Drop a comment if you want a sequel! Or don't, I'm not your mom.",
    "Fun fact: I had to look up how many spoons are in a tablespoon for this chapter. It's 3 teaspoons. You're welcome.",
    "Reminder that I do NOT consent to my work being reposted on other sites or fed to AI. Please respect that.",
    "Title from Hozier. As always.",
    "I have no idea how union negotiations work, so please forgive any inaccuracies in chapter 7.",
    "The Elvish in this chapter is from the Sindarin dictionary; translations are in the end notes.",
    "Translations: mo chroi = my heart; a thaisce = my treasure; sl\u00e1inte = cheers",
    "Part of my 'Drabble-a-Day' challenge -- day 14/30!",
    "Gift for my wonderful friend Siobh\u00e1n O'Connell, happy birthday babe!!",
    "Edit 2024-03-11: fixed the formatting that AO3 ate. Should look right now.",
    "Formatting note: italics = thoughts, **bold** = telepathy, and ~tilde~ = singing.",
    "Art by the lovely @moth-lantern on tumblr (link in my profile)!",
    "Beta'd by Zo\u00eb & Andr\u00e9. Cheerleaded by the whole Discord server.",
    "Apparently AO3 doesn't like <center> tags anymore, so the poem isn't centred. Sorry!",
    "For those asking: yes, I'm going to finish this. No, I don't know when. Yes, I've seen your comments. <3",
    "My tumblr is dead but you can find me on Bluesky @quillfeather.bsky.social",
    "Ch 3 & 4 were originally one chapter; I split them because it was 15k words.",
    "Playlist for this fic: https://open.spotify.com/playlist/37i9dQZF1DX0XUsuxWHRQd",
    "The SQL joke in chapter 2 is for my coworkers. You know who you are.",
    "Ugh, AO3 was down for maintenance so this is a day late. Blame the servers, not me.",
    "Inspired by a prompt from the r/WritingPrompts subreddit.",
    "Reminder: the tags WILL change. Check them before each chapter.",
    "Nota de la autora: \u00a1gracias por los comentarios! Intentar\u00e9 actualizar cada viernes.",
    "Note de l'autrice : ce chapitre est un peu plus court, d\u00e9sol\u00e9e !",
    "\u4f5c\u8005\u306e\u30e1\u30e2\uff1a\u7ffb\u8a33\u306f\u6a5f\u68b0\u7ffb\u8a33\u3067\u306f\u3042\u308a\u307e\u305b\u3093\u3002",
    "\u0417\u0430\u043c\u0435\u0442\u043a\u0430 \u0430\u0432\u0442\u043e\u0440\u0430: \u0441\u043f\u0430\u0441\u0438\u0431\u043e \u0437\u0430 \u043a\u0443\u0434\u043e\u0441\u044b!",
    "Anmerkung: Kapitel 5 kommt n\u00e4chste Woche. Danke f\u00fcrs Lesen!",
    "Glossary:\n- Senpai = senior\n- -kun/-chan = honorifics\n- onigiri = rice ball",
    "Sorry for the cliffhanger >:)",
    "I'm begging you, read the tags. I tagged them for a reason.",
    "This fic is 100% self-indulgent and I have zero regrets.",
    "If the HTML looks weird on mobile, try switching to 'Hide Creator's Style'.",
    "Special thanks to the 'Order of the Quill' writing group for the feedback!",
    "Yes, I know the Millennium Falcon doesn't work like that. It's fanfiction.",
    "Chapter count went from 10 -> 12 -> ?? because I can't plan.",
    "My grandmother's recipe for soda bread is in the end notes because Molly would absolutely make it.",
    "Disclaimer: I own nothing. All characters belong to J.K. Rowling / Warner Bros. I just play in the sandbox.",
    "POV switches are marked with ~*~ so you don't get lost.",
    "Ok so I may have gotten a bit carried away with the worldbuilding (see: the 3-page appendix).",
    "Fic rec: go read 'Sleep, Little Dragon' by @nightjar if you haven't already. It wrecked me.",
    "Cross-posted to FFN under the same username. Updates here first though.",
    "PSA: comments are moderated because of spam bots. I'll approve yours, don't worry!",
]
note_a = ["Thanks for reading", "Sorry for the wait", "Hope you enjoyed", "Shoutout to my beta", "This one hurt to write"]
note_b = ["!", "!!", " <3", " :)", " \u2014 see you next chapter", "~"]
note_c = ["", " Next update: Friday.", " Kudos appreciated.", " Comments make my day.", " (Ch 4 is almost done.)"]
def t_notes():
    return f"{rng.choice(note_a)}{rng.choice(note_b)}{rng.choice(note_c)}"
CATS.append(("author-note", notes, t_notes))

# 5. chapter text with dialogue
chapters = [
    "\u201cYou can\u2019t be serious,\u201d Hermione said, setting down her quill. \u201cYou want to break into the Ministry. Again.\u201d",
    "\"Select your weapon,\" the instructor barked. Kira reached for the sword without thinking.",
    "The rain hadn't stopped for three days. Draco stood at the window, counting drops, and pretended he wasn't waiting for anyone.",
    "'Drop it,' Jon growled, and Ghost reluctantly let go of the boot.",
    "\u201cI\u2019m fine.\u201d\n\u201cYou\u2019re bleeding.\u201d\n\u201cI\u2019m fine *and* bleeding. Both things can be true.\u201d",
    "He typed `sudo shutdown now` and watched the screen go black, the way his father had taught him.",
    "\"Order by what?\" Tony squinted at the spreadsheet. \"Alphabetical? Threat level? Cuteness?\"",
    "The union of the two houses was supposed to end the war. Instead, it started a new one.",
    "She whispered the spell \u2014 *lumos* \u2014 and the tunnel filled with pale light.",
    "\"Where are you going?\" Sam asked.\n\"Out.\"\n\"Out where?\"\n\"Out.\" Dean grabbed the keys. \"Don't wait up.\"",
    "Aziraphale sighed. \"My dear, you cannot simply *miracle* away a parking ticket.\"\n\"Watch me,\" said Crowley.",
    "Chapter Three\n\nThe letter arrived on a Tuesday, which was the first sign that something was wrong. Nothing good ever arrived on a Tuesday.",
    "\u201cSleep,\u201d Geralt said. It wasn\u2019t a suggestion.\n\u201cMake me,\u201d Jaskier said. It was, unfortunately, an invitation.",
    "The ship lurched. Somewhere below deck, something heavy \u2014 a barrel? a body? \u2014 rolled from port to starboard with a sickening thud.",
    "\"1, 2, 3 -- jump!\" Percy shouted, and they jumped.",
    "Lan Zhan said nothing. Wei Ying said enough for both of them.",
    "She left the note on his desk: *Gone to the library. Back by 6. Don't burn down the kitchen. \u2014 M*",
    "\"Is that... a cat?\"\n\"It's a cat.\"\n\"In the TARDIS.\"\n\"It's a very good cat, Doctor.\"",
    "Kirishima grinned, all teeth. \"You're so manly, Bakubro!\"\n\"SHUT UP.\"",
    "Tim had seventeen tabs open. Tab 12 was titled 'how long can a human survive on coffee alone'. Tab 13 was a hospital website.",
    "\u00ab Tu ne comprends pas, \u00bb dit-elle doucement. \u00ab Je ne suis jamais partie. \u00bb",
    "\u201eWo warst du?\u201c, fragte er. \u201eDrau\u00dfen\u201c, antwortete sie, und das war alles.",
    "\u2014\u00bfY ahora qu\u00e9? \u2014pregunt\u00f3 Luc\u00eda.\n\u2014Ahora esperamos \u2014dijo Mar\u00eda.",
    "\u300c\u5927\u4e08\u592b\uff1f\u300d\u3068\u5f7c\u306f\u5c0b\u306d\u305f\u3002\u300c\u5927\u4e08\u592b\u3058\u3083\u306a\u3044\u3088\u300d\u3068\u5f7c\u5973\u306f\u7b11\u3063\u305f\u3002",
    "\u2014 \u0422\u044b \u043f\u0440\u0438\u0434\u0451\u0448\u044c? \u2014 \u0441\u043f\u0440\u043e\u0441\u0438\u043b\u0430 \u043e\u043d\u0430.\n\u2014 \u041a\u043e\u043d\u0435\u0447\u043d\u043e, \u2014 \u0441\u043a\u0430\u0437\u0430\u043b \u043e\u043d.",
    "The sign on the door read: STAFF ONLY -- NO ENTRY AFTER 10 PM. Naturally, they went in at 10:15.",
    "\"Where's the key?\"\n\"Under the mat.\"\n\"Which mat?\"\n\"The one that says WELCOME, you absolute walnut.\"",
    "\"Nat, I need you to delete the footage.\" \"Already done.\" \"...All of it?\" \"Even the part where you fell off the roof, Clint.\"",
    "The old spellbook had a recipe scrawled in the margin: *2 parts moonwater & 1 part ash; stir widdershins; do NOT add salt*.",
    "He counted backwards from ten. 10, 9, 8... At three, the door opened.",
    "\"You're late.\" Snape didn't look up from the cauldron. \"Ten points from Gryffindor.\" \"I'm in Slytherin, sir.\" \"Ten points from Slytherin, then.\"",
    "The message on the terminal blinked: ACCESS DENIED. Shuri rolled her eyes. \"Cute,\" she said, and typed faster.",
    "\"Pass the salt.\" \"Say please.\" \"Pass the salt *or else*.\" \"That's not how please works.\"",
    "Midnight. The castle was asleep, except for the portraits, who never really slept, and Luna, who didn't believe in it.",
    "It was, Bilbo decided, entirely too early for adventures.",
    "\"How much is the bounty?\"\n\"Five hundred.\"\n\"Five hundred credits?\"\n\"Five hundred *and* the ship.\" Din didn't answer, which meant yes.",
    "She wrote his name in the sand. The tide took it, which felt about right.",
    "Zuko held out the teacup like it might explode. \"Uncle says I'm supposed to offer this to guests.\"\nKatara took it. \"It's cold.\"\n\"...Uncle also says I'm bad at this.\"",
    "The report said: Subject exhibits signs of sleep deprivation >72h; recommend immediate rest. Bucky crumpled it up.",
    "\"Tell me a story,\" Ciri said, and so he did \u2014 badly, with long pauses and too many monsters.",
    "Eddie looked at the drawing. It was a crayon spider wearing a hat. \"Venom. Did you draw me?\" **We drew US.**",
    "The book fell open to page 394. Someone had underlined a single sentence in red ink: *The door is never where you left it.*",
    "\"You're insufferable.\" \"You love me.\" \"That's beside the point.\"",
    "The knight knelt. The queen did not tell him to rise. For a long moment neither of them breathed.",
    "\"I'll go,\" Sam said. \"No,\" said Frodo. \"I'll go. You'll follow. That's how it's always been.\"",
    "They sat on the roof, knees touching, and watched the city lights go out one by one.",
    "The potion turned green, then purple, then a colour Neville was fairly certain didn't have a name.",
    "\"Give me one good reason.\" \"I'll give you three.\" She held up her fingers. \"One: I'm right. Two: I'm right. Three\u2014\" \"Let me guess.\"",
    "The comms crackled. \"Rogue Two, do you copy?\" Static. \"Rogue Two, respond.\" Nothing.",
    "Mycroft's text simply read: *Stop.* Sherlock replied: *No.* Mycroft's next text: *Please.* That one worked.",
    "He left his boots by the door, the way he always had, and for a moment the house remembered him.",
    "\"Is it poisoned?\" \"Probably.\" \"Cool.\" Loki ate the grape anyway.",
]
ch_open = ["\u201cStay,\u201d she said.", "\"Run,\" he whispered.", "\"Not again,\" Ron groaned.", "\u201cLook at me,\u201d Dean said.", "The door creaked open."]
ch_mid = ["Outside, the wind howled.", "Nobody moved.", "The clock struck twelve.", "Somewhere, a dog barked.", "The candle guttered."]
ch_end = ["Then everything went dark.", "It was going to be a long night.", "And that was that.", "\u201cOkay,\u201d came the reply.", "Nobody said a word."]
def t_chapters():
    return f"{rng.choice(ch_open)} {rng.choice(ch_mid)} {rng.choice(ch_end)}"
CATS.append(("chapter-text", chapters, t_chapters))

# 6. kudos comments / reader comments
comments = [
    "AAAAAAA I'M SCREAMING",
    "this fic ruined me in the best way. 10/10 would cry again",
    "The line 'drop everything and come home' absolutely WRECKED me",
    "I've reread this like 6 times now and it still hits",
    "ok but why did you have to do Remus like that??? :((((",
    "Left kudos, coming back to comment properly after I stop crying",
    "Can we talk about how perfect the pacing is?? Slow burn done RIGHT",
    "\"select your weapon\" -> picks the frying pan. Iconic.",
    "omg the part where he says 'union of fools' I literally spat out my coffee",
    "Update soon pls!!! I need to know what happens <3 <3 <3",
    "Me, at 3am, refreshing the page for chapter 12: :|",
    "Please don't stop writing. Ever.",
    "The way you write Sherlock's voice >>> every other fic I've read",
    "canon could never",
    "I'm a simple person: I see 'Found Family' tag, I click.",
    "Sleep? Never heard of her. Just read all 40 chapters in one sitting.",
    "This is the best fic in the fandom and I will die on this hill.",
    "Thank you for the CW in the notes, I really appreciated it.",
    "Your Hux is so in character it's scary",
    "I didn't expect to cry over a crossover between Pok\u00e9mon & The Witcher but here we are",
    "Wait wait wait is the dog going to be okay?? TELL ME THE DOG IS OKAY",
    "ngl the SQL pun in ch2 ('I'd never drop your table') made me snort",
    "^ this comment is everything",
    "Came here from the rec list on tumblr, was not disappointed!",
    "Hi! I'd love to translate this into Portuguese (pt-BR) \u2014 would that be ok? I'd link back of course.",
    "\u00a1Me encant\u00f3! No puedo esperar al pr\u00f3ximo cap\u00edtulo.",
    "C'\u00e9tait magnifique, merci beaucoup pour cette histoire \u2764",
    "\u6700\u9ad8\u3067\u3057\u305f\uff01\u7d9a\u304d\u3092\u697d\u3057\u307f\u306b\u3057\u3066\u3044\u307e\u3059\uff01",
    "\u042d\u0442\u043e \u0448\u0435\u0434\u0435\u0432\u0440! \u0421\u043f\u0430\u0441\u0438\u0431\u043e \u0430\u0432\u0442\u043e\u0440\u0443!",
    "\ub108\ubb34 \uc88b\uc544\uc694 \u3160\u3160 \ub2e4\uc74c \ud654 \uae30\ub2e4\ub9b4\uac8c\uc694!",
    "\u592a\u597d\u54ed\u4e86\uff0c\u8c22\u8c22\u592a\u592a\uff01",
    "Das war wundersch\u00f6n. Danke!",
    "this is literally me && my best friend, we're sending it to each other",
    "The fact that you made a chess game a metaphor for their relationship... chef's kiss",
    "Minor nitpick: in ch 4 you wrote 'Ron' where I think you meant 'Harry'? Otherwise perfect!",
    "I noticed the italics broke in the middle of chapter 9 - everything after 'she said' is slanted lol",
    "Bookmarked, subscribed, kudos'd, printed out and framed",
    "HOW DARE YOU (compliment)",
    "I'm in pain. Thank you.",
    "Wow. Just... wow.",
    "You had me at 'Bilbo swears more than you'd think'",
    "This is so wholesome I want to wrap it in a blanket",
    "I love how you handled Loki's grief, it felt so real :')",
    "Counterpoint: Steve would absolutely have a password and it would be 'password1'",
    "Is there a Discord for this fic?? I need to scream with other people",
    "The author's note about sleeping is so real. Go to bed, author! (after updating)",
    "Lmao the 'rm -rf my heart' title is sending me, as a sysadmin",
    "Reading this on my lunch break and now my coworkers think I'm unwell",
    "OMG YES THE DOG LIVES",
    "Been following this since 2019. Seeing it marked Complete made me emotional.",
    "I would die for your version of Kaz. No questions asked.",
    "I'm not even in this fandom and I loved it",
    "--reader who has not slept since finding this fic",
]
com_a = ["omg", "AAAA", "ok but", "honestly", "ngl", "wow"]
com_b = ["this chapter", "the ending", "that last line", "the banter", "your Zuko", "the slow burn"]
com_c = ["killed me", "is everything", "made me cry on the bus", "lives rent free in my head", "was SO good <3", ">>> canon"]
def t_comments():
    return f"{rng.choice(com_a)} {rng.choice(com_b)} {rng.choice(com_c)}"
CATS.append(("kudos-comment", comments, t_comments))

# 7. ships, crossovers and fandom names
ships = [
    "Harry Potter/Draco Malfoy",
    "Hermione Granger & Ron Weasley",
    "Sherlock Holmes/John Watson",
    "Steve Rogers/Tony Stark",
    "Steve Rogers & Bucky Barnes",
    "Aziraphale/Crowley (Good Omens)",
    "Lan Zhan | Lan Wangji/Wei Ying | Wei Wuxian",
    "Katara/Zuko (Avatar)",
    "Kirishima Eijirou/Bakugou Katsuki",
    "Jon Snow/Daenerys Targaryen",
    "Geralt z Rivii | Geralt of Rivia/Jaskier | Dandelion",
    "Kaz Brekker/Inej Ghafa",
    "Buffy Summers/Faith Lehane",
    "Castiel/Dean Winchester",
    "Dean Winchester & Sam Winchester",
    "Fox Mulder/Dana Scully",
    "James T. Kirk/Spock",
    "Kirk/Spock/McCoy",
    "Percy Jackson/Annabeth Chase",
    "Tim Drake & Dick Grayson & Jason Todd & Damian Wayne",
    "Original Female Character(s)/Original Male Character(s)",
    "Harry Potter & Percy Jackson crossover",
    "Doctor Who/Sherlock crossover",
    "The Witcher/Pok\u00e9mon",
    "Marvel Cinematic Universe | Star Wars - All Media Types",
    "Drarry",
    "Stucky",
    "Destiel",
    "Wolfstar",
    "Zutara",
    "Kiribaku",
    "Wangxian",
    "Stony",
    "Sterek",
    "Johnlock",
    "Yennefer/Geralt/Jaskier (OT3)",
    "Reader/Loki",
    "Loki/Reader (gender neutral reader)",
    "Y/N & Peter Parker",
    "Hux/Kylo Ren",
    "Finn/Poe Dameron/Rey",
    "Tanjirou & Nezuko (siblings, NOT a ship)",
    "\u9b4f\u5a74/\u84dd\u6e5b",
    "\u4e94\u6761\u609f/\u590f\u6cb9\u5091",
    "\u041c\u0430\u0441\u0442\u0435\u0440 & \u041c\u0430\u0440\u0433\u0430\u0440\u0438\u0442\u0430",
    "Lumine & Aether (Genshin Impact)",
    "Erwin Smith/Levi Ackerman",
    "Eren Yeager & Mikasa Ackerman & Armin Arlert",
    "Frodo Baggins & Samwise Gamgee",
    "Legolas/Gimli",
    "Merlin/Arthur Pendragon (Merlin)",
    "Naruto & Sasuke (platonic) / Sakura",
    "Link/Zelda (Legend of Zelda: Tears of the Kingdom)",
    "Anne Shirley/Diana Barry",
    "Mando & Grogu",
]
ship_a = ["Hermione Granger", "Remus Lupin", "Natasha Romanoff", "Jaime Lannister", "Nami", "Lan Xichen", "Rose Tyler", "Ciri"]
ship_b = ["Sirius Black", "Brienne of Tarth", "Luffy", "Jiang Cheng", "The Doctor", "Wanda Maximoff", "Pansy Parkinson", "Yennefer"]
ship_sep = ["/", " & ", " | ", "/", " x "]
def t_ships():
    a = rng.choice(ship_a)
    b = rng.choice(ship_b)
    return f"{a}{rng.choice(ship_sep)}{b}"
CATS.append(("ship-crossover", ships, t_ships))

# 8. pasted HTML-lite formatting
html = [
    "<p>The door closed behind her.</p>\n<p>She did not look back.</p>",
    "<em>Don't</em>, she thought. <strong>Don't you dare.</strong>",
    "<i>Previously on: everyone made bad decisions.</i>",
    "<b>Chapter 7</b><br /><i>In which the kettle boils over</i>",
    "<hr />\n<p align=\"center\">* * *</p>\n<hr />",
    "<blockquote>\u201cAll we have to decide is what to do with the time that is given us.\u201d</blockquote>",
    "<p><s>He was never going back.</s> He was absolutely going back.</p>",
    "<u>Translator's note:</u> puns do not survive translation, sorry.",
    "<ul><li>Harry</li><li>Ron</li><li>Hermione</li></ul>",
    "<ol><li>Get the sword</li><li>Find the dragon</li><li>???</li><li>Profit</li></ol>",
    "<a href=\"https://archiveofourown.org/works/12345678/chapters/30123456\">Part 1 is here</a>",
    "<a href=\"https://www.tumblr.com/moth-lantern/7281234\" rel=\"nofollow\">art by moth-lantern</a>",
    "<img src=\"https://i.imgur.com/Ab3xYz9.png\" alt=\"fanart of Zuko and Iroh drinking tea\" width=\"400\" />",
    "<p class=\"center\"><em>~ fin ~</em></p>",
    "<div class=\"phone\"><p class=\"text-left\">are u up</p><p class=\"text-right\">no</p></div>",
    "<span style=\"color:#8b0000\">The blood was still wet.</span>",
    "<p>Text message from <b>Tony</b>: <code>u coming to the lab or what</code></p>",
    "<sup>1</sup> This is a footnote. <sup>2</sup> So is this.",
    "<small>(he did not, in fact, sleep)</small>",
    "<center>~*~*~</center>",
    "<h2>Part Two: The Return</h2>",
    "<p dir=\"rtl\">\u0623\u062d\u0628\u0643 \u0623\u0643\u062b\u0631 \u0645\u0646 \u0627\u0644\u0642\u0645\u0631</p>",
    "<table><tr><th>Name</th><th>House</th></tr><tr><td>Luna</td><td>Ravenclaw</td></tr></table>",
    "<abbr title=\"Alternate Universe\">AU</abbr> note: everyone is a barista.",
    "<details><summary>Spoilers for ch 12 (click)</summary>Yes, he lives.</details>",
    "I tried pasting from Google Docs and it turned into <span style=\"font-weight:400\">this</span> everywhere, help",
    "How do I make the text <i>italic</i> on AO3? I tried *this* and _this_ and neither worked.",
    "Rich text editor keeps adding &nbsp; everywhere. Anyone know how to stop it?",
    "the &amp; in my title shows up as &amp;amp; in the preview, is that a bug?",
    "Use &lt;br&gt; for line breaks inside a paragraph, &lt;p&gt; for new paragraphs.",
    "**Bold** and *italic* work in comments but <b>HTML</b> doesn't? Or does it?",
    "Work skin CSS: .phone { border: 1px solid #ccc; border-radius: 12px; padding: 0.5em; }",
    "#workskin .letter { font-family: 'Homemade Apple', cursive; margin: 0 2em; }",
    "<p>She signed it simply: <em>&mdash; H.</em></p>",
    "<p>\u201cGo,\u201d he said.<br />\u201cI can\u2019t.\u201d<br />\u201cGo.\u201d</p>",
    "<i>Lumos.</i> Nothing. <i>Lumos!</i> A flicker. <i>LUMOS.</i> Light.",
    "<p><em>Dear diary,</em></p><p>Today was bad.</p><p>&mdash; Ginny</p>",
    "<p>Chat log:</p><p><b>[11:02] sparkle_dragon:</b> hello??</p><p><b>[11:03] xX_ghost_Xx:</b> go away</p>",
    "<p>Sorry, the table broke. Here it is in plain text:</p><p>Name | Age | Wand<br />Harry | 17 | holly &amp; phoenix</p>",
    "<strike>Chapter 5 coming soon</strike> Chapter 5 is UP!",
    "<p>[Image description: a watercolour of two figures on a bridge at sunset. End ID.]</p>",
    "<em>(Translation: \u201cI missed you, you idiot.\u201d)</em>",
    "<p class=\"text-center\">\u2766</p>",
    "<dl><dt>Kudos</dt><dd>a small click of appreciation</dd></dl>",
    "<p style=\"text-align:right\"><em>to be continued...</em></p>",
    "<pre>   Dear Mr. Potter,\n      We regret to inform you...</pre>",
    "<i>Rated T for language, <b>not</b> for content.</i>",
    "<br><br>~ Part III ~<br><br>",
    "<p>Ch 1 &rarr; Ch 2 &rarr; Ch 3 (you are here)</p>",
    "Why does my <tab> indent disappear when I post? Do I have to use &emsp;?",
    "<p lang=\"ja\">\u3042\u308a\u304c\u3068\u3046</p> (thank you)",
    "<hr>\n<b>End Notes:</b> thank you for reading! <3",
]
html_tag = [("p", ""), ("em", ""), ("i", ""), ("b", ""), ("strong", ""), ("span", " class=\"whisper\""), ("p", " align=\"center\"")]
html_txt = ["He was gone.", "Breathe.", "Not yet.", "* * *", "Later that night...", "The end?", "She laughed."]
def t_html():
    tag, attr = rng.choice(html_tag)
    return f"<{tag}{attr}>{rng.choice(html_txt)}</{tag}>"
CATS.append(("html-formatting", html, t_html))

# 9. search queries
search = [
    "drarry slow burn completed",
    "harry potter -drarry -snarry",
    "\"found family\" AND \"no major character death\"",
    "zutara OR zukka",
    "stucky words>50000",
    "kudos:>1000 fandom:\"Good Omens\"",
    "sort by kudos",
    "order by date updated",
    "select fandom",
    "union au",
    "sleep deprivation hurt/comfort",
    "fics where steve drops the shield",
    "wei ying | wei wuxian fluff",
    "Kirk/Spock",
    "T&T crossover",
    "percy jackson & harry potter crossover",
    "lotr 'fellowship' gen",
    "ao3 how to search excluding tags",
    "\u6b66\u4fa0 \u540c\u4eba",
    "\u9b54\u9053\u7956\u5e08",
    "\u30ad\u30e1\u30c4 \u5b66\u30d1\u30ed",
    "\u0433\u0430\u0440\u0440\u0438 \u043f\u043e\u0442\u0442\u0435\u0440 \u0444\u0430\u043d\u0444\u0438\u043a",
    "fanfic en espa\u00f1ol reylo",
    "geralt/jaskier 'bard'",
    "C++ programmer AU",
    "tony stark < peter parker mentor fic",
    "words:<1000 drabble",
    "hits:>5000 rating:general",
    "complete:true language:fr",
    "the one where they're stuck in an elevator",
    "fic where Sherlock says 'I'm not a psychopath, I'm a high-functioning sociopath'",
    "percy jackson 5+1",
    "Loki's redemption arc",
    "O'Malley oc",
    "D'Artagnan musketeers",
    "bakugou & kirishima",
    "my hero academia / hunter x hunter",
    "reader x character",
    "x reader",
    "*-centric",
    "hogwarts 8th year",
    "time travel fix it -character death",
    "rarepair exchange 2023",
    "what was that fic where dean runs a bakery",
    "looking for a fic: Harry is a librarian, Draco keeps returning books late",
    "Cas calls Dean 'sunshine' fic??",
    "sterek werewolf mates",
    "destiel 15x18 fix-it",
    "mcu post-endgame tony lives",
    "bsd soukoku",
    "genshin impact zhongli/childe",
    "\"rm -rf\" crack fic hacker au",
    "ffxiv g'raha tia",
    "A'dam lyrics au",
]
srch_f = ["drarry", "wolfstar", "dramione", "sterek", "kiribaku", "zutara", "johnlock", "wangxian"]
srch_t = ["slow burn", "fluff", "angst", "hurt/comfort", "enemies to lovers", "coffee shop au", "time travel"]
srch_x = ["", " complete", " -mcd", " words>10000", " sort:kudos", " rated T"]
def t_search():
    return f"{rng.choice(srch_f)} {rng.choice(srch_t)}{rng.choice(srch_x)}"
CATS.append(("search-query", search, t_search))

# 10. profile, settings, imports
profile = [
    "moth_lantern",
    "Siobh\u00e1n O'Connell",
    "D'Arcy-Fitzwilliam",
    "inkwell.and.ash@example.com",
    "quillfeather+ao3@mailbox.example.org",
    "https://moth-lantern.tumblr.com",
    "https://archiveofourown.org/users/moth_lantern/pseuds/moth_lantern",
    "https://www.fanfiction.net/s/13245678/1/Order-by-Moonlight",
    "https://www.wattpad.com/story/312345678-sleep-little-dragon",
    "https://docs.google.com/document/d/1AbCdEfGhIjK/edit?usp=sharing",
    "C:\\Users\\Maya\\Documents\\Fanfic\\Drarry\\ch12_final_FINAL_v3.docx",
    "/home/kenji/writing/wip/kiribaku/chapter-04.md",
    "~/Dropbox/fic/old drafts/../published/sleep-little-dragon.epub",
    "Import from: fanfiction.net (story ID 13245678)",
    "Pronouns: she/they",
    "Pronouns: he/him | any",
    "Bio: 30-something nurse; I write when I should be sleeping. Multi-fandom. Not taking requests rn.",
    "Bio: \u3069\u3046\u305e\u3088\u308d\u3057\u304f\uff01 JP/EN bilingual, mostly MDZS & Haikyuu!!",
    "Bio: \u041f\u0438\u0448\u0443 \u043f\u043e \u0413\u041f \u0438 \u0412\u043b\u0430\u0441\u0442\u0435\u043b\u0438\u043d\u0443 \u041a\u043e\u043b\u0435\u0446. DM open.",
    "Timezone: UTC+09:00 (Tokyo)",
    "Default work language: English (en-GB)",
    "Hide creator's style: on",
    "Show adult content warning: yes",
    "Email me when: someone leaves kudos && someone comments",
    "Skin: Reversi (dark mode)",
    "Preferred fandoms: Harry Potter; Good Omens; The Untamed; MCU",
    "Muted tags: Major Character Death, Non-Con, Reader-Insert",
    "Display name: \u2728 fern & fog \u2728",
    "Pseud: NotTheRealSherlock",
    "Pseud: Robert'); (a joke about Bobby Tables, my real name is Robert)",
    "Username: o_o_o",
    "Username: __drop_bear__",
    "Username: x_Select_x",
    "Website: https://fernandfog.neocities.org/fic/index.html",
    "Ko-fi: https://ko-fi.com/fernandfog",
    "Discord: fernandfog#0421",
    "Bluesky: @quillfeather.bsky.social",
    "Twitter/X: @not_a_sherlock",
    "Birthday: 1994-07-21",
    "Location: M\u00fcnchen, Deutschland",
    "Location: S\u00e3o Paulo, Brasil",
    "Location: \u0141\u00f3d\u017a, Poland",
    "Collection name: Rarepair Exchange 2023",
    "Collection description: A yearly exchange for ships with < 100 works on the archive. Sign-ups open March 1st -> close March 15th.",
    "Challenge rules: 1) min. 1,000 words 2) no AI-generated content 3) be nice",
    "Series name: Skyward (Book 1 of 3)",
    "Export as: EPUB | MOBI | PDF | HTML",
    "Backup file: works_export_2024-01-02.zip",
    "Invite request reason: I've been reading on here for years and finally want to post my own fic. Mostly Stardew Valley & Hades.",
    "Invite request reason: I write in Spanish and want to share my translations (with permission!) of English fics.",
    "Co-creator: @inkwell_and_ash (pending)",
    "Gift recipient: Anonymous",
    "Beta reader wanted: must be OK with 100k+ words & my terrible comma usage",
    "Fandom request: 'Baldur's Gate 3' should be merged with 'Baldur's Gate (Video Games)'",
    "Tag wrangler note: synonym of 'Alternate Universe - Coffee Shops & Caf\u00e9s'",
]
pf_name = ["willow", "nightjar", "teacup", "ravenquill", "starlight", "paper_moon", "foxglove", "emberwing"]
pf_num = ["", "_writes", "42", "_fic", "-and-ink", "_ao3"]
pf_kind = ["Username: {0}", "Pseud: {0}", "{0}@example.net", "https://{0}.tumblr.com", "Beta: @{0}"]
def t_profile():
    nm = rng.choice(pf_name) + rng.choice(pf_num)
    if "https" in (k := rng.choice(pf_kind)):
        nm = nm.replace("_", "-")
    return k.format(nm)
CATS.append(("profile-settings", profile, t_profile))


def build():
    out = []
    n = 0
    for cat, lits, fn in CATS:
        assert len(lits) >= 50, (cat, len(lits))
        vals = list(lits[:PER_CATEGORY])
        seen = set(vals)
        tries = 0
        while len(vals) < PER_CATEGORY:
            v = fn()
            tries += 1
            if v not in seen or tries > 5000:
                seen.add(v)
                vals.append(v)
        for v in vals:
            n += 1
            out.append({"id": f"{PREFIX}-{n:05d}", "category": cat, "label": "benign", "value": v})
    return out


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    rows = build()
    with open(os.path.join(here, "benign.jsonl"), "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
