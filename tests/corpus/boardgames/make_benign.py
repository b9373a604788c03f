"""Benign held-out values for a board-game community and play-logging app.

Every value is hand-written for this corpus (literals) or produced by small
templates over hand-written pools. Values are hard negatives: real text people
type into titles, rules questions, score sheets, house rules, session logs,
trade listings, expansion lists, links, strategy posts and multilingual posts.

Output: benign.jsonl next to this file. Deterministic (fixed seed, no set order).
"""
import json
import random
from pathlib import Path

SEED = 9801
PREFIX = "hb98"
PER_CATEGORY = 80

# ---------------------------------------------------------------- pools
GAMES = [
    "Catan", "Wingspan", "Terraforming Mars", "Gloomhaven", "Twilight Imperium 4",
    "Agricola", "Brass: Birmingham", "7 Wonders Duel", "Carcassonne", "Ticket to Ride: Europe",
    "Pandemic Legacy S1", "Spirit Island", "Root", "Scythe", "Azul", "Dominion",
    "Dune: Imperium", "Everdell", "Great Western Trail", "Ark Nova", "Concordia",
    "Puerto Rico", "Power Grid", "Race for the Galaxy", "Le Havre", "Orléans",
    "Cascadia", "Heat: Pedal to the Metal", "Lost Ruins of Arnak", "The Crew",
]
PLAYERS = ["Anna", "Bjørn", "Chloé", "Dev", "Emeka", "Fatima", "Gus", "Hiro", "Iñaki",
           "Jo", "Kasia", "Liam", "Maëlle", "Nils", "O'Brien", "Priya", "Quinn", "Renée",
           "Sandeep", "Tomás", "Ute", "Vlad", "Wen", "Yusuf", "Zoë"]
CONDITIONS = ["NIB (shrink intact)", "LN, cards sleeved", "VG - box corner dinged",
              "played 3x, punched & bagged", "G+ — minor wear on tiles", "unpunched",
              "like new, no sleeves", "box crushed, contents fine"]
CITIES = ["Leeds", "Köln", "Lyon", "Porto", "Austin, TX", "Melbourne", "Kraków", "Osaka"]
PLAYTIMES = ["30-45 min", "60-90 min", "90-120 min", "2-3 h", "45 min", "120+ min"]
COUNTS = ["1-4", "2-4", "2-5", "3-6", "1-5", "2 only", "3-4 (best at 4)", "2-6"]
NPLAYERS = ["2", "3", "4", "5", "2-3", "3-4", "4-5"]
EDITIONS = ["2nd", "3rd", "Revised", "Anniversary", "Collector's", "Retail"]
LOCS = ["FLGS", "kitchen table", "club night", "Discord/TTS", "con in Essen", "BGA", "the pub"]


# ---------------------------------------------------------------- literals
TITLES = [
    "Brass: Birmingham (Deluxe Edition, 2018)",
    "Twilight Imperium: Fourth Edition — Prophecy of Kings",
    "Catan 5–6 Player Extension (2015 printing)",
    "Ticket to Ride: Europe – 15th Anniversary",
    "Agricola (Revised Edition) / Agricola: Family Edition",
    "Pandemic Legacy: Season 1 (Red box) <- not the blue one!",
    "Terraforming Mars: Big Box",
    "7 Wonders (2nd edition) & 7 Wonders Duel",
    "Die Macher (3rd ed., Valley Games)",
    "Orléans: Invasion",
    "Through the Ages: A New Story of Civilization",
    "Dune: Imperium – Uprising",
    "Root: The Underworld Expansion",
    "Spirit Island: Jagged Earth",
    "Gloomhaven: Jaws of the Lion",
    "Heat: Pedal to the Metal (Days of Thunder)",
    "Marvel Champions: The Card Game",
    "Lord of the Rings: The Card Game – Revised Core Set",
    "Arkham Horror: The Card Game (Revised Core)",
    "The Crew: Mission Deep Sea",
    "Sky Team",
    "Cascadia + Landmarks",
    "Everdell: Complete Collection",
    "Carcassonne — Hunters & Gatherers",
    "Puerto Rico 1897",
    "Power Grid: Recharged (2nd edition)",
    "Star Wars: Rebellion",
    "Kingdom Death: Monster 1.6",
    "Exploding Kittens (NSFW Deck)",
    "Love Letter (2019) — not the Batman one",
    "Coup: Rebellion G54",
    "Codenames: Pictures",
    "Unmatched: Battle of Legends, Vol. 1",
    "War of the Ring (2nd Ed.)",
    "Eclipse: Second Dawn for the Galaxy",
    "Mage Knight Ultimate Edition",
    "Les Aventuriers du Rail : Europe",
    "Die Siedler von Catan (1995, Kosmos)",
    "El Grande – Jubiläumsausgabe",
    "アグリコラ (日本語版)",
    "カタン スタンダード版",
    "卡坦岛 (简体中文版)",
    "Каркассон. Королевский подарок",
    "Blood on the Clocktower: Trouble Brewing",
    "Sleeping Gods: Distant Skies",
    "Oath: Chronicles of Empire & Exile",
    "Hanabi (Deluxe tiles)",
    "Res Arcana + Lux et Tenebrae",
    "Twilight Struggle: Deluxe Edition",
    "Paths of Glory (GMT, 5th printing)",
]

RULES = [
    "Rulebook p.12: \"A player may not place a worker on an occupied space unless they have the 'Lodging' card.\" Does that include the market?",
    "In Wingspan, if a bird says \"when played, draw 2 cards\" and I use the 'lay egg' action, does the brown power still trigger?",
    "Q: Can you trade resources with the bank at 4:1 during someone else's turn? The rules only say \"on your turn\".",
    "Spirit Island: does Defend 3 apply before or after the Blight check? Rulebook says damage; FAQ says something else.",
    "If the deck runs out and the discard pile is empty — does the game end immediately or at the end of the round?",
    "Terraforming Mars: is the +2 steel from \"Mining Rights\" a production increase or a one-time gain? Card text is ambiguous.",
    "Root: when the Vagabond is 'Hostile', does the Marquise still score for removing him? p.9 vs p.14 seem to contradict.",
    "\"Select one card from your hand and place it face-down\" — can I select zero if my hand is empty?",
    "Do you execute the drop order from the top or bottom of the stack? (Rulebook p.7, 'Resolve Orders')",
    "Brass: can I build a canal through a town with no industries? Rules say \"adjacent to your network\" — what if I have no network yet?",
    "Gloomhaven: does Poison (+1 dmg) stack with Wound? And does Shield 1 reduce the poison damage too?",
    "Carcassonne — if a road ends at a city gate, is that one segment or two? Our group disagrees (again).",
    "Agricola: the \"Clay Oven\" says bake bread = exchange 1 grain for 5 food. Is that once per harvest or once per action?",
    "Is the 'Union' card in Twilight Struggle playable for ops if the event is prevented? Asking for the third time in 2 weeks lol",
    "Ticket to Ride: when you draw a locomotive face-up, your turn ends. But if the 3rd face-up is a loco after the first draw?",
    "Pandemic: Quarantine Specialist prevents outbreaks in adjacent cities — does that include cubes placed by Epidemic step 2?",
    "Everdell: the Ruins card — you \"discard a Construction from your city\". Does the occupied critter come back to hand?",
    "7 Wonders Duel: \"Military tokens are discarded once triggered.\" So if the conflict pawn moves back and forward again, nothing?",
    "Dune: Imperium — if I'm at 0 troops in garrison, can I still deploy via the Intrigue card 'Ambush'?",
    "Does \"exec. cost\" in Twilight Imperium mean the execution cost of the strategy card's secondary? Asking re: Warfare.",
    "Scythe: can mechs carry workers across a lake with Riverwalk? Errata v2.1 says yes, base rules say no?",
    "If two players tie on VP, tiebreaker is \"most coins > fewest cards in hand > youngest player\". Is it coins left or coins earned?",
    "Race for the Galaxy: when playing a 'Develop' with cost reduction (-1), can it go below 0 and give me a card back?",
    "Power Grid: in step 3, do you remove the lowest plant AND the highest, or just the lowest? p.8 says \"the smallest\".",
    "Does the dragon in Tiny Epic Kingdoms count as a unit for the 'sleep' action? Card: \"put 1 unit to sleep until end of round\".",
    "Ark Nova: can I use a Sponsor card's \"Immediately\" effect if I play it with the X-token strength boost?",
    "Arnak: if you \"exile\" a card, can you exile the Fear card from your play area or only from hand?",
    "Dominion — Throne Room + Feast: do I gain two $5 cards? The Feast is trashed after the first play.",
    "Hanabi: is it legal to say 'you have no 5s'? Rules say you must point at at least one card.",
    "Rule 4.3.2 (\"Drop Phase\"): units with less than 2 HP drop their cargo. Less than or <=?",
    "Quote from the rulebook: \"Players may not /discard/ Event cards\" — is that a formatting typo? The PDF has slashes around it.",
    "Mage Knight: when blocking a Swift enemy, is it Block x2 before or after the cold fire element check?",
    "Great Western Trail: does the 'certificate' count as -1 strength or +1? Rules: \"strength = sum of cards - 1 per certificate used\".",
    "In Concordia, Prefect on a province that's already been used: \"the bonus may only be collected once\" — by anyone, or by me?",
    "Codenames: can the spymaster say 'zero' as the number? Rules p.6: \"0 means none of our words relate to this clue\".",
    "Frosthaven: the rule 'attackers with advantage draw 2 and choose' — does that apply to monsters with 'Disadvantage' from Muddle?",
    "Question about the errata: card #047 \"Sleep\" now reads \"Target gains Stun; then *exec* the top card of their deck\". What's exec?",
    "Heat: can I use \"Cooldown 2\" to discard Heat from my hand if I'm already at 0 speed in the pit? p.11 unclear.",
    "Lost Ruins of Arnak: Can the \"Idol\" slot be used when you drop a guardian? English vs German rules say different things.",
    "Cascadia: the Nature Token lets you \"wipe any number of wildlife tokens\". Can I wipe 0 and just keep the token?",
    "Blood on the Clocktower: can the Poisoner poison themselves? Almanac says \"choose a player\" which technically includes you.",
    "War of the Ring: does 'Elven Rings' trade count as using an action die or is it free? Rulebook p.22 / FAQ v3.",
    "Twilight Imperium: Is a 'Sabotage' action card legal against an action card played during the status phase?",
    "Is \"draw until you have 5\" the same as \"draw 5\" if you already have cards? My kid says yes (of course).",
    "Azul: when the floor line is full, extra broken tiles go back in the box or the lid? (Lid, I think, but p.5 says 'discard')",
    "Sky Team: if the coffee token is used to modify a die from 6 to 1 — is that allowed (wrap-around) or capped?",
]

SCORING = [
    "VP: 12 + 3x4 - 2 = 22",
    "Final: Anna 87 / Bjørn 79 / Chloé 64 (tiebreak n/a)",
    "Round 3: cities 2x2 + roads 5 + monastery 9 = 18",
    "Birds 41, bonus 7, end-of-round 12, eggs 9, cached 4, tucked 6 => 79",
    "TR 38 + awards 10 + milestones 15 + greenery 11 + cities 8 + cards 22 = 104",
    "Score sheet: farm (5+3+4) * 2 - begging cards (3 x -3) = 15",
    "Fields: 4 / pastures: 2 / grain: 3 / veg: 1 / sheep: 2 / boar: 0 (-1) / cattle: 1 / unused: -2",
    "score = coins/3 + wonders*5 + blue + green^2 (science sets)",
    "Military: +1 +3 +5 -1 -1 = 7; Treasury 9/3=3; Wonders 15; Civic 18; Science 4+9+1+7=21; Commerce 5; Guilds 6",
    "Game 2: 142 - 138 (Tomás won by 4, lost 3 pts on unused trains)",
    "Blue: 53 | Red: 61 | Yellow: 47 | Green: 61 (Green wins on money, 23 vs 12)",
    "Ark Nova: appeal 44 / conservation 9 -> (9*2 + 44 ... 113?) I always forget the track, final +8",
    "Spirit Island: Victory, Terror 2, 4 cards left in Invader deck, 3 dahan, 1 blight on card => 5*2+4+3-1 = 16",
    "Total: 47 (-5 for the unfinished contract)",
    "Tally: ||||| ||||| ||| = 13",
    "Brass: canal era 48, rail era 91, total 139 (>Liam's 131)",
    "Scythe: popularity 13 (top tier): stars 6x5=30, territories 9x4=36, resources 14/2=7x3=21, coins 34 => 121",
    "Score < 50 on a solo run means you lose, 50-79 'decent', >= 80 'master' per the rulebook table",
    "VP = (cards in tableau) + 2*(6-dev) + goods/2 — rounded down",
    "Points: 3 + 3 + 3 + 0 + 2 = 11; bonus card 'Union of cities' +4 = 15",
    "P1 = 56; P2 = 56; P3 = 49 — tie broken by remaining resources (P2)",
    "Dune: 10 VP at end of round 7 — Emeka & Priya both at 10, spice tiebreak 3 vs 5",
    "Hanabi score: 25/25!! first perfect game",
    "Everdell: base 37 + prosperity 14 + journeys 5 + events 6 = 62",
    "Azul: 24 row bonus (2x2... no 3 rows x 2) +7 color +10 column, floor -4",
    "Cascadia habitat bonuses: mountain 2 / forest 0 / prairie 2 / wetland 0 / river 2 -> +6",
    "Great Western Trail: $ 31/5=6 + buildings 14 + cities 22 + stations 9 + objectives 11 + cattle 12 + workers 8 = 82",
    "Concordia: Jupiter 3x4=12, Saturnus 8x2=16, Mercurius 5x2=10, Minerva 9, Vesta 142/10=14 => 61 + Concordia card 7 = 68",
    "Winner: Nils (28). DNF: Gus (left at round 4) — excluded from ranking",
    "Reckoning 1: 3 + 1 + (2*4) = 12; Reckoning 2: 5 + 6 = 11; 23 total",
    "Root: Cats 30 (win) | Eyrie 27 | Alliance 18 | Vagabond 22 (dominance attempt failed)",
    "Heat: P1 1st (9 pts), P2 2nd (6), P3 DNF -> season standings 24 / 19 / 11",
    "Gloomhaven scenario 14: XP Brute 12, Spellweaver 9; gold 3x2 = 6 coins each",
    "Power Grid final: 17 cities powered — Ute, 17 w/ $45 vs Vlad 17 w/ $32",
    "Twilight Imperium: 10/10 VP: 2 stage I + 1 stage II + Mecatol 1 + 3 secrets + Imperial x2",
    "Sum: 8+12+7+(-3) = 24 ... wait, Renée's -3 was actually -5 so 22",
    "Bonus: if score >= 100 && nobody passed, +5 to everyone (our family rule)",
    "The Crew: mission 31 in 4 attempts; 41 in 12 (ugh); 50 done = campaign 50/50",
    "Splendor: 15 pts at turn 22 → Dev 15 (2 nobles), Jo 14, Hiro 13",
    "Round scores: [12, 9, 14, 11, 15] avg 12.2",
    "Dominion: Provinces 4x6=24, Duchy 2x3=6, Estates 3, Curses -2 => 31",
    "Pandemic Legacy Feb: WIN (1st try), funding level now 2 → 4 events",
    "Kingdomino: 2*3 + 4*2 + 6*1 + 3*3 + 10 (middle kingdom) + 5 (harmony) = 44",
    "Set-collection: {red:3, blue:2, gold:1} = 3^2 + 2^2 + 1 = 14",
    "Wingspan 2p — 97 vs 86; round goals 5/4/3/2 vs 2/1/1/4",
    "ソロスコア: 87点 (目標 80点 クリア！)",
    "Puntuación: 64 pts (Ana) – 58 (Iñaki) – 51 (Tomás)",
    "Punkte: 3 Städte à 4 = 12, Straßen 7, Klöster 2 × 9 = 18 → 37",
    "Round 1: 12\nRound 2: 18 (+6)\nRound 3: 31 (+13)\nFinal: 31 + 4 bonus = 35",
    "Anna | 41 | 7 | 12\nBjørn | 38 | 9 | 10\nChloé | 29 | 4 | 15\n(birds | bonus | eggs)",
]

HOUSE = [
    "House rule: if you roll a 7 on your first turn, re-roll. The robber doesn't move until round 2.",
    "We play with \"open hands\" for the first game with newbies — everyone can see everyone's cards.",
    "No take-backs once your hand leaves the piece. (Yes, Gus, that means you.)",
    "Friendly robber: can't place it on a player with < 3 VP.",
    "House rule for 2p: use 3 dummy trains; dummy always draws from the deck, never face-up.",
    "Drafting variant: deal 10, keep 2, pass left; repeat until 8 cards; then discard down to 7.",
    "Free Parking pot — I know, I know, it's not in the rules. Our table, our rules 😅",
    "We drop the lowest of 4d6 for starting stats in our dungeon crawler night.",
    "Timer house rule: 90 sec per turn, sand timer. Go over = lose your next action.",
    "Spirit Island: we allow 1 mulligan of the starting power cards per game. No more.",
    "If someone's phone rings during the game they have to skip their turn (c) Kasia 2023",
    "Catan: trades must be announced out loud — no \"secret\" table whispers.",
    "Wingspan house rule: feeder is rerolled whenever all dice show the same face OR there are <= 1 dice left.",
    "Start player = whoever most recently ate something green 🥦 (official rule is youngest, we changed it)",
    "Our variant: 'Mercy rule' — if one player is > 40 points behind at the halfway marker, they get +1 action.",
    "No table talk about hidden info in Hanabi. Period. Not even sighs.",
    "Munchkin: kicking down the door is mandatory; 'looking for trouble' only if hand < 5.",
    "We remove the \"Union\" card from the deck in 3p games; it's too swingy.",
    "Pandemic house rule: Epidemic cards are split 4/4/4/3 instead of even piles so the end is nastier.",
    "Alt setup for Terraforming Mars: draft the corporations (deal 3, pick 1, pass).",
    "Ticket to Ride: if the face-up row has 3+ locomotives, reshuffle (standard) — but we also reshuffle at 2 for 2-player.",
    "Root house rule: the Vagabond may not choose the 'Thief' for the first game of a new player.",
    "Agricola: we play with the 'Family' occupations deck banned — too many combo cards in it.",
    "Hidden scoring: everyone keeps their VP chits face-down & we reveal at the end. More tension!",
    "Sleeved cards only at the table. Drinks on the side table. Crisps only with chopsticks.",
    "Carcassonne: farmers only score completed cities adjacent to the field (old 1st-ed rule).",
    "Catch-up rule for kids: anyone under 10 gets an extra card each round.",
    "Codenames: spymasters can say \"0\" or \"unlimited\" (as in rules), but no 'rhymes with' clues.",
    "Dominion: we always include at least one +Buy card; kingdom is re-drawn if none.",
    "Our \"--no-assassin\" variant: the Assassin role is removed in 5-6p Citadels.",
    "Blood on the Clocktower: storyteller may *not* reveal the demon's bluffs before night 2.",
    "Monopoly: auctions are mandatory (as in the real rules!) and no loans between players.",
    "Scythe: Airships module always on, resolutions drawn randomly — re-draw 'Spoils of War'.",
    "2p Azul house rule: remove 20 tiles (4 of each color) from the bag at setup.",
    "Gloomhaven: we let items refresh on long rest if the party is below half HP. Makes it forgiving.",
    "Dune: Imperium 2p: the rival bot doesn't take 'Mentat' ever. It's broken otherwise.",
    "\"Lose 1 VP per 3 cards left in hand\" — we use this to punish card hoarding in deck-builders.",
    "If the dice fall off the table, they're re-rolled. If they land on the cat, they count.",
    "Cheat-sheet rule: player aids allowed for everyone always, no exceptions.",
    "We replaced the 'drop weapon' rule with 'stash weapon'; you keep it in your backpack slot.",
    "Regeln bei uns: Wer den Räuber zieht, darf eine Karte zurückgeben. (Ja, weicher als das Original.)",
    "Règle maison : on peut échanger 3:1 avec n'importe qui, pas seulement au port.",
    "Regla de la casa: si nadie puede pagar, se subasta la propiedad a partir de 10 €.",
    "ハウスルール：最初のラウンドは盗賊なし。",
    "Our Catan house rules:\n1. No robber before round 2\n2. Max 2 trades per turn\n3. Dev cards can't be played the turn you buy them (official, but people forget!)",
    "Zasada domowa: gracz, który ostatni był w górach, zaczyna grę.",
]

SESSIONS = [
    "Played Brass: Birmingham 4p at the club. 3h10m incl. teaching. Anna won with 152; I misplanned the rail era badly.",
    "Game night 14/03: Azul (x2), Codenames, then 7 Wonders Duel as a nightcap. Chips & salsa casualties: 1 Codenames card.",
    "First play of Ark Nova — teach took 40 min, game 2h45. Loved it, but AP was real.",
    "Solo Spirit Island: Lightning's Swift Strike vs Brandenburg-Prussia lvl 2. Won on turn 6 with terror 3. Close one!",
    "Pandemic Legacy — March: lost both attempts 😭. Paris fell. We blame Liam's 'genius' plan.",
    "Session log:\n- Wingspan (Oceania) 3p, 75 min\n- The Crew mission 12-15\n- Just One, 20 min",
    "TTS session with Hiro (Osaka) & Quinn (Denver) — timezone pain: 21:00 CET / 05:00 JST / 14:00 MDT.",
    "Gloomhaven scenario #8 (Crypt of the Damned) — failed, exhausted round 9. Brute drew two null modifiers in a row.",
    "Twilight Imperium marathon: 9h30. Setup started 10:00, final VP at 19:45. Never again (until next month).",
    "Taught Catan to my parents. Dad built the longest road & refused every trade. Mum won.",
    "Heat: 4p race on USA map, 3 laps. Emeka spun out twice on the hairpin (heat overflow). Sandeep won by a nose.",
    "Played Root 4p: Cats, Eyrie, Alliance, Vagabond. Eyrie turmoiled 3x; Alliance sneaked to 30 on round 7.",
    "Played 'Cascadia' twice back-to-back; 2nd time with landmarks. Scores 98/91 then 104/102.",
    "Kids' game afternoon: Ticket to Ride First Journey, Dragomino, Rhino Hero. 2 tantrums, 1 ripped card.",
    "Essen Spiel day 2 haul: Sky Team, Harmonies, Ticket to Ride Legacy (demo). Feet hurt.",
    "Convention demo of Dune: Imperium Uprising — 6p team mode, 2h. Chaotic in a good way.",
    "Logged via app: Agricola, 2p, 110 min, me 43 vs Kasia 38. Occupations deck E + I.",
    "Played on BGA: Race for the Galaxy, 3 games async over 2 days. 1 win, 2 losses (military strategy needs work).",
    "Blood on the Clocktower, 11 players + storyteller. Evil won on the final day, the Imp bluffed Virgin successfully.",
    "First game of Frosthaven with the new group. Scenario 0 took 3 hours because of setup & rules lookup.",
    "Replayed Scythe with the Wind Gambit module. Airship 'Bombard' + 'Spoils of War' made everyone hide in their home base.",
    "Tried the 'Sleep' expansion for Everdell? (It's called 'Spirecrest', my bad.) Weather cards are fun.",
    "Power Grid, Germany map, 5p. Ran out of coal in step 2 → nuclear rush. Final: 17 cities.",
    "Hanabi: 2nd game of the night got 25/25. We're never playing again, can't beat that.",
    "Date night: 7 Wonders Duel (x3), Patchwork, Jaipur. I won 1/5 😐",
    "Marvel Champions solo: Spider-Man vs Rhino (expert). Beat him with 2 HP left.",
    "Lost Ruins of Arnak, 3p, 2h: research track race. Nobody found the 3rd temple.",
    "Logged 112 plays this year — up from 87. Top games: Cascadia (14), Heat (11), Sky Team (9).",
    "Teaching note: explain the end-game trigger first, then the actions. Went much smoother this time.",
    "Played Terraforming Mars w/ Prelude + Colonies, 3p, 2h50m. Ecoline + Ecological Zone = 31 plant VP.",
    "Carcassonne with the kids: we stopped counting farms. Everyone happy.",
    "Azul Summer Pavilion at lunch break — 35 min, 2p. Stars: 5 full, 2 partial.",
    "Sunday session cancelled (illness). Rescheduled to Wed 19:30 @ Jo's place.",
    "Dominion Intrigue 2nd: 4p, kingdom: Courtyard, Pawn, Masquerade, Shanty Town, Steward, Swindler, Wishing Well, Baron, Bridge, Harem.",
    "Playtest of my own design (\"Drop Zone\") — v0.3. Needs fewer dice and a shorter round structure.",
    "Note to self: bring the 5-6 extension next time, Gus & Renée are coming.",
    "Spielabend: Flügelschlag 4er, 1h40. Liam hat gewonnen (97 Punkte).",
    "Soirée jeux : 3 parties de Skull, puis Les Aventuriers du Rail – Europe. Victoire de Maëlle !",
    "Партия в Каркассон: 2 игрока, 50 минут, счёт 112:97.",
    "今日のゲーム会：カスカディア 4人、90分。1位はヒロさん。",
    "Partida de Terraforming Mars 5 jugadores: 3 h 20 min. Ganó Tomás con 98 PV.",
    "Rozegrane: Brass (Birmingham) 4 os., 3 h. Pierwsza wygrana Kasi!",
    "Wieczór gier zakończony o 2:00 w nocy, ups.",
    "Tuesday night recap:\n> Heat (4p) — Sandeep won\n> Sky Team — landed in Montréal on 2nd try\n> Just One — 11/13, our best ever",
    "Campaign log — Gloomhaven\nScenario 3: success (Brute lvl 2 → perk: remove two -1 cards)\nScenario 4: failed, retry next week\nGold: 47 / 32 / 15",
    "Ran a 1-day tournament: 16 players, swiss, 4 rounds of Carcassonne. Winner: Wen (4-0).",
    "Played the campaign finale of Pandemic Legacy S2. 20+ hrs total, worth every minute.",
]

TRADE = [
    "FS: Brass Birmingham (Deluxe) — NIB, €120 + shipping within EU. Pickup Köln possible.",
    "FT/FS: Gloomhaven 1st print, punched & bagged, all boxes unopened. $90 or trade for Frosthaven.",
    "Selling: Terraforming Mars + Prelude + Venus Next. LN, sleeved (Mayday Premium). £55 the lot.",
    "Wanted: Twilight Struggle Deluxe, English. Budget ~$40. Will pay shipping.",
    "Trade: my Root (base + Riverfolk) for your Oath? Condition VG; box corners slightly soft.",
    "Math trade entry #312: Everdell (base) — 'would trade for' list: Cascadia | Azul | Wingspan",
    "Price check please: Kingdom Death Monster 1.5 sealed — is $350 too much or too little?",
    "Bundle: 7 Wonders + Cities + Leaders (2nd ed) — 45€, meet at club night Thursday.",
    "For sale, local only (Lyon): Scythe Legendary Box, 80€ ferme.",
    "FS — Arkham Horror LCG core + Dunwich + Carcosa (all investigator decks) — $110 shipped CONUS",
    "Will trade 2x Dominion base (one is a dupe from a gift) for anything by Uwe Rosenberg <3",
    "Listing: Catan 5–6 extension, complete (checked against inventory list), $12.",
    "Selling my entire Star Wars: X-Wing 2.0 collection — 20+ ships, DM for price list (too long to post here).",
    "Shipping: US only, Media Mail. International = buyer pays actual cost (~$35-60).",
    "Payment: PayPal G&S (buyer covers fees) or cash on pickup. No F&F, sorry.",
    "Condition notes: 1 card has a small crease (pic #3), box lid has a coffee ring. Priced accordingly: $25.",
    "WTB: Carcassonne tiles replacement — missing 2x 'road/city' tiles (pic of the back in the thread).",
    "Auction (ends Sun 20:00 UTC): Through the Ages, start $20, bid increments $2, no sniping wars plz.",
    "Price drop! Mage Knight Ultimate: $75 → $60. Bundled with a Broken Token insert.",
    "Giving away: Monopoly (missing the iron), Trivial Pursuit '86 edition, Cluedo. Free to a good home.",
    "Trade list updated — haves: Spirit Island, Clank!, Splendor | wants: Ark Nova, Lost Ruins of Arnak",
    "FS: Heat + Heavy Rain expansion, played 2x, $60. Also: Sky Team $18 (played once, not my kind of game).",
    "Preorder slot for sale (Kickstarter pledge manager): Sleeping Gods: Distant Skies all-in. $130 (what I paid).",
    "Insert-only sale: Folded Space inserts for Everdell & Wingspan, $15 each, unassembled.",
    "Verkaufe: Die Siedler von Catan (Kosmos, 1995), vollständig, Schachtel leicht beschädigt. VB 15 €.",
    "Vends : Les Aventuriers du Rail – Europe, très bon état, 25 € (remise en main propre à Lyon).",
    "Vendo: Carcassonne + Posadas y Catedrales, buen estado, 30 € con envío incluido.",
    "Sprzedam: Osadnicy z Catanu + rozszerzenie Żeglarze, stan bardzo dobry, 120 zł.",
    "売ります：アグリコラ 日本語版、美品、4,000円（送料込み）",
    "Trade offer: your 'Orléans + Invasion' for my 'Le Havre + Le Grand Hameau'? Both VG+.",
    "FS: Twilight Imperium 4 + PoK, sleeved (1,400+ sleeves! FFG standard), plastic upgrades. $220 / local only.",
    "Shipping weight estimate: 4.2 kg boxed -> ~€18 DHL within DE.",
    "Note: selling as-is. Not checked for completeness (300+ cards). Assume 1-2 missing → $10 off.",
    "Wanted: replacement for the 'Exec' token from Dune: Imperium (lost the Executive token for the Mentat).",
    "Looking for someone who can print & cut a proxy for the Catan dev card 'Monopoly' (lost under the couch).",
    "PSA: sold out. Thanks all — will ship Mon. Tracking numbers in DMs.",
    "Sold! Pending payment: Root (Marauder exp). If it falls through, next in line is @quinn_plays.",
    "Buying Gloomhaven removable stickers — anyone still have a spare set? $5 + postage.",
    "Math trade results are up; I'm sending to Leeds and receiving from Porto. ≈ 2 weeks transit.",
    "Flea-market finds: Hero Quest (1989, Milton Bradley) — 95% complete, £40 — and a sealed Space Crusade!",
    "Counteroffer: $70 + your spare Dice Tower promos? Meet halfway at the FLGS.",
    "Condition grading we use: NIB > LN > VG > G > F (P = parts only).",
    "Refund issued for the damaged copy — buyer keeps the box, ships me the cards back (tracked).",
    "Box sizes (cm): 30x30x7 (TM), 29x29x12 (Gloomhaven core lid won't close w/ inserts).",
    "SELLING (local pickup, Leeds):\n- Azul — £20\n- Cascadia — £25\n- Root + Riverfolk — £45\nAll complete, smoke-free home. Bundle all 3 for £80.",
]

EXPANSIONS = [
    "Terraforming Mars: Prelude, Venus Next, Colonies, Turmoil, Hellas & Elysium, Big Box",
    "Catan: Seafarers | Cities & Knights | Traders & Barbarians | Explorers & Pirates | 5-6 ext.",
    "Wingspan: European exp. + Oceania + Asia; Swift-Start promo packs (all 3 sets)",
    "Carcassonne #1 Inns & Cathedrals, #2 Traders & Builders, #3 Princess & Dragon, #4 Tower, #5 Abbey & Mayor",
    "Spirit Island — Branch & Claw, Jagged Earth, Feather & Flame, Nature Incarnate (+ 2 promo packs)",
    "Root: Riverfolk, Underworld, Marauder, Homeland + Clockwork 1/2 + Vagabond Pack + Landmarks",
    "7 Wonders Duel: Pantheon & Agora (English, both). The 'Senate' tokens are a bit fiddly.",
    "Dominion 2nd ed.: base / Intrigue / Seaside / Prosperity / Hinterlands / Dark Ages / Adventures / Empires",
    "Gloomhaven → Forgotten Circles (campaign continuation). Not worth it IMO, but the Diviner is cool.",
    "Everdell: Pearlbrook, Spirecrest, Bellfaire, Mistwood, Newleaf — which one first?",
    "Ticket to Ride map collection: vol. 1 (Asia), vol. 2 (India & Switzerland), vol. 6 (France & Old West)",
    "Arkham Horror LCG: Dunwich Legacy → Path to Carcosa → Forgotten Age → Circle Undone → Dream-Eaters",
    "Azul: Crystal Mosaic (player boards) and Stained Glass of Sintra (standalone, not an exp.)",
    "Twilight Imperium 4: Prophecy of Kings + Codex I-IV (free PDFs, print & play)",
    "Scythe: Invaders from Afar, Wind Gambit, Rise of Fenris, Encounters + Modular Board",
    "Ark Nova: Marine Worlds (new animal cards + 'reef' conservation projects)",
    "Agricola: Farmers of the Moor (ok), Artifex deck (good), Bubulcus deck (great)",
    "Heat: Heavy Rain (weather & garage upgrades), Tunnel Vision (new tracks: Japan & France)",
    "Dune: Imperium → Rise of Ix / Immortality. Uprising is standalone but can be mixed in.",
    "Great Western Trail 2e: Rails to the North; Argentina & New Zealand are standalone.",
    "The Crew: Mission Deep Sea is standalone; can't mix with the Quest for Planet Nine deck.",
    "Cascadia: Landmarks (5 new habitat tokens) + Kickstarter promo 'Rolling Hills' (different game).",
    "Pandemic: On the Brink / In the Lab / State of Emergency. Roles from OtB are a must.",
    "Marvel Champions: Rise of Red Skull, Galaxy's Most Wanted, Mad Titan's Shadow, Sinister Motives",
    "Lost Ruins of Arnak: Expedition Leaders; Missing Expedition (campaign)",
    "Power Grid map packs: France/Italy, Benelux/Central Europe, China/Korea, Brazil/Spain & Portugal",
    "Race for the Galaxy: Gathering Storm → Rebel vs Imperium → Brink of War (the first arc)",
    "Concordia: Britannia/Germania, Gallia/Corsica, Aegyptus/Creta, Venus (team game)",
    "Expansion order question: Seafarers before or after Cities & Knights? (New to Catan expansions.)",
    "Does Pearlbrook work with the Collector's Edition insert? Pearls + ambassadors won't fit in my box.",
    "Tried combining all 5 Everdell expansions. Table length: 2.4 m. Not recommended.",
    "Erweiterungen: Die Seefahrer, Städte & Ritter, Händler & Barbaren. Alle vollständig.",
    "Extensions : Inns & Cathédrales, Marchands & Bâtisseurs — en français, complètes.",
    "拡張：イナーシャ、サムライ、ニンジャ（日本語版）",
    "Which one: 'Rise of Fenris' (campaign, 8 episodes) vs 'Wind Gambit' (airships)?",
    "Essential: 'Prelude' (faster game). Skip: 'Venus' (lengthens the game). Must: 'Colonies' at 3-4p.",
    "Promo list: Wingspan Swift-Start packs, 'Fan-Art' cards, the Kickstarter 'Bird Feeder' promo (none are expansions per se).",
    "Expansions in the 'Big Box': Core set v2 + Promo cards #01-#45 + resource trays",
    "Frosthaven add-ons: Removable Stickers, Solo Scenarios, Buildings Pack (3D) — all optional.",
    "Kingdom Death expansions (Gorm, Dragon King, Sunstalker, Flower Knight...) — 20+ boxes, $$$",
    "Mix & match: Dominion 'Base + Seaside + Prosperity' is the classic mega-set for new groups.",
    "Is 'Traders & Barbarians' compatible with '5-6 player extension'? You need the T&B 5-6 ext. too.",
    "Blood on the Clocktower: Trouble Brewing / Sects & Violets / Bad Moon Rising (+ Experimental)",
    "Eclipse: Second Dawn — Ship Pack One (not an expansion per se, just more mini variety)",
]

LINKS = [
    "https://boardgamegeek.com/boardgame/224517/brass-birmingham",
    "BGG id 174430 (Gloomhaven)",
    "https://boardgamegeek.com/boardgame/167791/terraforming-mars/files",
    "See thread: https://boardgamegeek.com/thread/2041386/rules-clarification-drop-phase",
    "https://boardgamegeek.com/boardgame/266192/wingspan/ratings?rating=10",
    "Rulebook PDF: https://example.com/files/rules/Brass_Birmingham_Rules_EN_v1.3.pdf",
    "Geeklist: https://boardgamegeek.com/geeklist/321456/top-50-two-player-games-of-2023",
    "BGA table link: https://boardgamearena.com/table?table=412345678",
    "My collection export: https://boardgamegeek.com/collection/user/meeple_maelle?own=1&subtype=boardgame",
    "Errata PDF (v2.1): https://publisher.example/downloads/scythe/errata-2.1.pdf",
    "TTS mod: https://steamcommunity.com/sharedfiles/filedetails/?id=2451203417",
    "Video tutorial (timestamp 12:40 for the scoring): https://www.youtube.com/watch?v=AbCdEf12345&t=760s",
    "https://boardgamegeek.com/boardgame/342942/ark-nova — currently #3 overall",
    "Player aid I made: https://boardgamegeek.com/filepage/245678/one-page-player-aid-v2",
    "https://boardgamegeek.com/boardgameexpansion/294484/wingspan-european-expansion",
    "[BGG link](https://boardgamegeek.com/boardgame/233078/twilight-imperium-fourth-edition)",
    "https://www.bgg.cc/boardgame/9209/ticket-to-ride (mirror)",
    "Discord invite for the league: https://discord.gg/example-bg-league",
    "Link to the house-rules doc: https://docs.example.org/d/1x2y3z/edit?usp=sharing",
    "https://boardgamegeek.com/boardgame/13/catan?objecttype=thing&objectid=13",
    "bgg.com/boardgame/822 — Carcassonne (old short link)",
    "https://boardgamegeek.com/xmlapi2/thing?id=174430,167791,224517&stats=1",
    "Files section: /boardgame/162886/spirit-island/files → \"Spirit Island Reference Sheets v3 (EN/DE)\"",
    "Printer-friendly scoresheet: https://example.net/scoresheets/agricola.pdf?v=3&lang=en",
    "Our club calendar: https://calendar.example.org/club/boardgames?view=month&tz=Europe%2FBerlin",
    "Sleeve sizes: https://example.com/sleeve-db?game=Dominion&size=63.5x88",
    "https://boardgamegeek.com/thread/3100011/page/2#post-43211234",
    "Kickstarter: https://www.kickstarter.com/projects/example/sleeping-gods-distant-skies",
    "Tabletopia: https://tabletopia.com/games/root-dps5",
    "Yucata username: 'meeple_maelle' — https://www.yucata.de/en/Ranking/Game/Carcassonne",
    "https://boardgamegeek.com/boardgame/284083/the-crew-quest-for-planet-nine/forums/66",
    "Photo album: https://imgur.com/a/Xy9Zq1 (my painted Gloomhaven minis)",
    "https://boardgamegeek.com/user/meeple_maelle — plays logged since 2016",
    "Local FLGS page: https://shop.example.co.uk/collections/board-games?sort_by=price-ascending",
    "Review (in German): https://spielkritik.example.de/rezension/fluegelschlag/",
    "Fiche du jeu : https://www.trictrac.net/jeu-de-societe/les-aventuriers-du-rail-europe",
    "Lien BGG : https://boardgamegeek.com/boardgame/14996/ticket-ride-europe",
    "BGG: https://boardgamegeek.com/boardgame/110327/lords-waterdeep — \"Lords of Waterdeep\"",
    "Rules reference (unofficial, searchable): https://rules.example.io/spirit-island/?q=defend",
    "Score app export: file:///storage/emulated/0/Download/bg_stats_export.json (can't share, it's on my phone)",
    "Backup path on my NAS: \\\\nas\\games\\scoresheets\\2023\\ — mentioning so I don't forget",
    "Play log saved to C:\\Users\\Jo\\Documents\\BoardGames\\plays_2024.csv",
    "Exported from BG Stats to ~/Downloads/bgstats/export_2024-06-01.bgsplay",
    "Spreadsheet with all our scores: https://sheets.example.com/d/abc123/edit#gid=0",
]

STRATEGY = [
    "Brass tip: don't overbuild coal early; let others pay you for it. Rail era = beer + cards management.",
    "TM: engine > TR in gen 1-4, then pivot. If you're Tharsis, 'city + greenery' is your bread & butter.",
    "Agricola: family growth ASAP (but not before you have food engine). 2 rooms + FG on R3-4 is a classic.",
    "Spirit Island: on Vital Strength, prioritize defend in the Invader explore land early — blight cascades are the killer.",
    "Catan opening: 6/8 on ore & wheat > wood/brick for cities strat. Avoid 2/12 unless it's a port.",
    "Root (Cats): spread sawmills, keep recruiters central, and don't overextend vs Eyrie in the first 3 turns.",
    "Wingspan: 'egg engine' = lay eggs + birds with brown 'lay egg' powers. Bonus cards select your direction.",
    "Dominion: Big Money + X (X = Smithy/Courtyard) beats most naive engines. Buy gold at $6-7, province at 8.",
    "Dune: Imperium — Spice Must Flow (9 VP) > everything else in the early market if you have the spice.",
    "7 Wonders Duel: deny science sets once your opponent has 4 different symbols; military rush is real at <4 distance.",
    "Great Western Trail: cow-centric deck-building; buy 4-5 value cows & ditch 1s. Engineers for stations > buildings.",
    "Race for the Galaxy: 'produce-consume' (x2 VP) with Galactic Trendsetters = 40+ VP. Don't ignore 6-devs.",
    "Ticket to Ride Europe: long routes (6-8) + tunnels early; stations are -4 each, only use as last resort.",
    "Pandemic: Medic + Researcher = card flow & cube removal. Cure before you eradicate unless < 3 cubes remain.",
    "Heat: manage heat like money. Boost only when cooldown is available next turn; corner speeds are not suggestions!",
    "Ark Nova: Sponsor engine (Science Lab + Zoo School) > big animals in 2p. Break at 50-ish appeal.",
    "Twilight Imperium: take Mecatol by round 3, but don't stall there if custodians cost you the tempo.",
    "Azul: drop points deliberately onto the floor line to deny your opponent the 5th tile. -1 < -10 for them.",
    "Cascadia: focus 2 animals (e.g. hawk + bear), fill the rest opportunistically. Habitat majority = +2/+3.",
    "Arnak: research track > artifacts late game. Guardians are worth 5 VP, don't be afraid to 'drop' a fear card.",
    "Scythe: Crimea/Patriotic is fast; 'rush to 6 stars' by turn 20-22. Popularity needs to stay >= 7.",
    "Everdell: Bard + Jester combos; don't save the King for the end, the point cards are better earlier.",
    "Concordia: specialists over Mercurius late game; house in salt cities for Saturnus scoring.",
    "Power Grid: stay in last place in city count until step 2. Turn order = cheaper resources.",
    "The Crew: say less, signal more. Communicate high cards when you're the only one with that suit.",
    "Codenames spymaster: avoid 'union'-style abstract clues — they connect to too many words (like 'table', 'key', 'state').",
    "Gloomhaven (Spellweaver): use 'Fire Orbs' (loss) in large rooms; time long rests with Reviving Ether.",
    "Abbreviations cheat-sheet: AP = analysis paralysis, FP = first player, VP = victory points, DBG = deck builder, LCG = living card game, WPG = worker placement game.",
    "GWT abbr.: CB = cattle buyer, RR = railroad, HQ = hazard, NPC building = neutral building (A-G).",
    "Root abbreviations: MdC (Marquise de Cat), ED (Eyrie Dynasties), WA (Woodland Alliance), VB (Vagabond), LC (Lizard Cult), RC (Riverfolk Company).",
    "TM abbrev: TR = terraform rating, MC/M€ = megacredits, gen = generation, SP = standard project.",
    "Hot take: most 'select two and drop one' drafting games are 90% about hate-drafting at 2p.",
    "Bear with me: in a 'union' of two strategies (cards + tiles), you get neither and lose. Pick one by round 3.",
    "When to exec the 'all-in' in Twilight Struggle? DEFCON 2 + Soviet lead in Europe scoring = play Brush War.",
    "Stop 'sleeping' on the Bard in Everdell! 5 VP for dumping bad cards you'd discard anyway.",
    "Agricola 2p: the 'Major Improvement' fireplace then cooking hearth upgrade is basically mandatory.",
    "Catan 'wheat/ore/sheep' (city strategy) vs 'wood/brick' (road/settlement strategy): pick by the number tokens.",
    "Spirit Island difficulty ladder: England 1 → Sweden 2 → BP 3 → Habsburg 4 → Scotland 5 → Russia 6 → France 6",
    "Ark Nova: association action (level 5) for 2x donations; 'x-token' strength boost = delay the break.",
    "Wingspan: always consider the 'drawing birds' row; tucking (brown 'tuck' powers) scales better than caching.",
    "Strategiehinweis: Im Eisenbahnzeitalter (Brass) zuerst Bier sichern, dann erst Züge bauen.",
    "Conseil : à Azul, il vaut mieux 'sacrifier' 1-2 tuiles au plancher que bloquer sa ligne pour 3 tours.",
    "Consejo: en Catan, no ignoréis los puertos 2:1; con un monopolio de trigo se gana fácil.",
    "戦略メモ：テラフォーミング・マーズでは序盤はエンジン構築優先、TRは後半で。",
    "Rada: w 'Wsiąść do pociągu' długie trasy > bilety na start.",
]

MULTI = [
    "C'est le meilleur jeu d'enchères que j'aie jamais joué — « Pour une poignée de gemmes » !",
    "J'ai perdu 3 parties d'affilée à Splendor… mais j'aime toujours ce jeu :)",
    "Qu'est-ce qu'on entend par « défausser » dans la règle p. 7 ? Défausser dans la pile ou hors jeu ?",
    "L'extension « Marchands & Bâtisseurs » : le cochon compte pour les prés, c'est bien ça ?",
    "Wer hat Lust auf eine Runde „Die Burgen von Burgund“ am Freitag? Bring' Snacks mit!",
    "Frage zur Regel S. 12: „Ein Spieler darf nie mehr als 10 Karten auf der Hand haben“ — gilt das auch im Zug?",
    "Ich find's schade, dass die deutsche Ausgabe von 'Arche Nova' andere Kartennamen hat.",
    "„Spiel des Jahres 2023“: Dorfromantik. Verdient? Meinungen?",
    "¿Alguien sabe si «Terraforming Mars» en español incluye las cartas promocionales?",
    "Nos faltó una ficha de 'ladrón' y usamos una moneda de 50 céntimos. ¡Funcionó perfectamente!",
    "¡Qué partidazo de Brass! 4 jugadores y terminamos empatados 150–150 (desempate por dinero).",
    "Alguém joga 'Ticket to Ride' em português? Qual a diferença entre as edições BR e PT?",
    "Jogamos 'Catan' ontem: o ladrão ficou no deserto o jogo inteiro, que tédio kkk",
    "Qualcuno ha la versione italiana di 'Gloomhaven: Le Fauci del Leone'? Le carte sono tradotte bene?",
    "L'espansione \"Città e Cavalieri\" è obbligatoria per me, non gioco più Catan senza.",
    "Kto gra w 'Wsiąść do pociągu: Europa'? Szukam graczy w Krakowie, czwartki wieczorem.",
    "Zagraliśmy w 'Osadników z Catanu' — Zoë wygrała, a ja zostałem z 9 kartami przy siódemce ;)",
    "Кто-нибудь играл в «Покорение Марса» с дополнением «Венера»? Стоит ли брать?",
    "Правило на стр. 9: «Игрок не может строить на занятой клетке» — а если клетка соседняя?",
    "アークノヴァのルール質問：「スポンサーカードは即時効果を持つ」― 強化トークン使用時も有効ですか？",
    "ウイングスパン日本語版の鳥カード、英語版と効果が違うものがありますか？",
    "昨日は『カタン』で負けました…資源が全然来なかった😢",
    "「テラフォーミング・マーズ」の拡張はどれから買うべき？プレリュード一択？",
    "《卡坦岛》新手问题：海港2:1交易是只能交易一种资源吗？",
    "我们用自己的规则：第一轮不能放强盗。你们呢？",
    "보드게임 모임: 토요일 오후 2시, '스플렌더' & '카르카손' 예정입니다.",
    "'윙스팬' 한국어판 규칙서 12쪽: \"알을 낳는 행동\" 질문 있어요.",
    "Hebben jullie de Nederlandse editie van 'Kolonisten van Catan'? De kaarten zijn anders genummerd.",
    "Vi spelade 'Ticket to Ride: Nordic Countries' igår — bästa 2/3-spelarkartan!",
    "Tror I 'Agricola' er for svært for nye spillere? Min søster sagde \"aldrig igen\" 😂",
    "Onko kellään suomenkielistä 'Carcassonnea'? Laatikko on hukassa.",
    "Μπορεί κάποιος να εξηγήσει τον κανόνα του «ληστή» στο Catan;",
    "Ποιος έρχεται στο board game night την Παρασκευή; Φέρνω το 'Azul'!",
    "מישהו משחק 'קטאן' בעברית? חסר לי קלף 'מונופול'.",
    "هل يوجد أحد يلعب «كاتان» في الرياض؟ نبحث عن لاعب رابع.",
    "Türkçe 'Catan' kuralları: \"Haydut 7 atıldığında hareket eder\" — başka bir istisna var mı?",
    "Có ai chơi 'Ma Sói' (Werewolf) ở Hà Nội không? Cuối tuần này nhé!",
    "क्या किसी के पास 'Catan' का हिंदी नियम-पुस्तिका है? 'डाकू' वाला नियम समझ नहीं आया।",
    "Mixed-language table: \"On joue en français ou in English?\" — \"Both, s'il te plaît!\"",
    "Ü, ö, ä in player names break my score app export (\"Jürgen\" shows as \"JÃ¼rgen\"). Anyone else?",
    "Bjørn's kids call Carcassonne \"the castle game\" — «le jeu des châteaux» 🏰",
    "Vår grupp: Liam, Maëlle, Iñaki, Zoë & Bjørn — 5 språk vid bordet!",
    "O'Brien's rule: \"Whoever loses buys the next round of coffee ☕\"",
    "Spiel: 'Zug um Zug' / Game: 'Ticket to Ride' / Jeu : 'Les Aventuriers du Rail' — same thing!",
]

LITERALS = {
    "game-titles": TITLES,
    "rules-questions": RULES,
    "score-sheets": SCORING,
    "house-rules": HOUSE,
    "session-logs": SESSIONS,
    "trade-listings": TRADE,
    "expansion-lists": EXPANSIONS,
    "links-ids": LINKS,
    "strategy-posts": STRATEGY,
    "multilingual-posts": MULTI,
}


# ---------------------------------------------------------------- templates
def t_title(r):
    g = r.choice(GAMES)
    return r.choice([
        f"{g} (players: {r.choice(COUNTS)}, {r.choice(PLAYTIMES)})",
        f"{g} — {r.choice(EDITIONS)} edition, {r.randint(2005, 2024)}",
        f"{g} [{r.choice(['EN', 'DE', 'FR', 'ES', 'JP', 'PL'])}] / weight {r.randint(15, 45) / 10:.1f}/5",
    ])


def t_rules(r):
    g = r.choice(GAMES)
    p = r.randint(3, 28)
    return r.choice([
        f"{g}: rulebook p.{p} says \"{r.choice(['at the end of your turn', 'immediately', 'once per round', 'during setup'])}\" — does that override the card text?",
        f"Quick Q on {g} (p.{p}): can you {r.choice(['drop', 'discard', 'trade', 'exchange', 'pass'])} during someone else's turn?",
        f"In {g}, what happens if the supply runs out of {r.choice(['wood', 'coins', 'cubes', 'VP chits', 'cards', 'meeples'])}? Unlimited or hard cap (p.{p})?",
    ])


def t_score(r):
    a, b, c, d = (r.randint(1, 40) for _ in range(4))
    n = r.sample(PLAYERS, 3)
    return r.choice([
        f"{r.choice(GAMES)}: {n[0]} {a + b}, {n[1]} {b + c}, {n[2]} {c + d}",
        f"VP: {a} + {b}x{r.randint(2, 5)} - {r.randint(1, 9)} ({n[0]})",
        f"{n[0]} / {n[1]}: {a}:{b} & {c}:{d} (best of 3 => {n[0] if a + c > b + d else n[1]})",
    ])


def t_house(r):
    g = r.choice(GAMES)
    return r.choice([
        f"House rule ({g}): {r.choice(PLAYERS)} always starts; we skip the {r.choice(['first harvest', 'robber', 'setup draft', 'market refresh', 'final round'])}.",
        f"Our {g} variant: start with {r.randint(2, 6)} extra {r.choice(['coins', 'cards', 'workers', 'food'])} if you're new to the game.",
        f"{g} house rule — hand limit {r.randint(5, 12)}, discard down at end of round (not end of turn).",
    ])


def t_session(r):
    g = r.choice(GAMES)
    n = r.sample(PLAYERS, 2)
    return r.choice([
        f"Played {g} {r.randint(2, 5)}p at {r.choice(LOCS)}, {r.choice(PLAYTIMES)}. {n[0]} won, {n[1]} 2nd.",
        f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}: {g} with {n[0]} & {n[1]} — {r.choice(['great', 'meh', 'close game', 'blowout', 'rules mistake found afterwards'])}.",
        f"Logged: {g} | {r.randint(25, 240)} min | winner {n[0]} | location: {r.choice(LOCS)}",
    ])


def t_trade(r):
    g = r.choice(GAMES)
    return r.choice([
        f"FS: {g}, {r.choice(CONDITIONS)}, ${r.randint(10, 140)} + shipping ({r.choice(CITIES)})",
        f"FT: {g} ({r.choice(CONDITIONS)}) for {r.choice(GAMES)} — local pickup {r.choice(CITIES)}",
        f"Verkaufe {g}, {r.choice(CONDITIONS)}, {r.randint(10, 99)} € VB — Abholung {r.choice(CITIES)}",
    ])


def t_exp(r):
    g = r.choice(GAMES)
    return r.choice([
        f"{g} + {r.randint(1, 5)} expansions + promos (all in the base box)",
        f"Is the {g} expansion worth it at {r.choice(NPLAYERS)} players? Base is fine at {r.randint(2, 4)}.",
        f"{g}: base | exp. #{r.randint(1, 6)} | mini-exp. '{r.choice(['Promo', 'Goodies', 'Fan pack', 'Organizer'])}'",
    ])


def t_link(r):
    i = r.randint(1000, 400000)
    return r.choice([
        f"https://boardgamegeek.com/boardgame/{i}/{r.choice(GAMES).lower().replace(' ', '-').replace(':', '')}",
        f"BGG id {i} — https://boardgamegeek.com/thing/{i}/plays?userid={r.randint(100, 99999)}",
        f"https://boardgamegeek.com/thread/{i * 7}/page/{r.randint(1, 9)}",
    ])


def t_strategy(r):
    g = r.choice(GAMES)
    return r.choice([
        f"{g}: focus on {r.choice(['engine', 'tempo', 'economy', 'denial', 'set collection'])} first, VP after round {r.randint(2, 5)}.",
        f"{g} tip — at {r.choice(NPLAYERS)} players, {r.choice(['hate-draft', 'take first player', 'rush the end', 'save resources'])} is usually right.",
        f"Opening for {g}: AP kills, so plan turns {r.randint(1, 3)}-{r.randint(4, 7)} in advance.",
    ])


def t_multi(r):
    g = r.choice(GAMES)
    return r.choice([
        f"Qui veut jouer à « {g} » samedi à {r.choice(CITIES)} ? On est {r.randint(2, 4)}.",
        f"Wer spielt „{g}“ am {r.choice(['Freitag', 'Samstag', 'Sonntag'])}? Wir sind {r.randint(2, 4)}.",
        f"¿Alguien para «{g}» el {r.choice(['viernes', 'sábado', 'domingo'])}? Somos {r.randint(2, 4)}.",
        f"『{g}』やりませんか？{r.choice(['土曜', '日曜', '金曜'])}の{r.randint(13, 20)}時から。",
    ])


TEMPLATES = {
    "game-titles": t_title,
    "rules-questions": t_rules,
    "score-sheets": t_score,
    "house-rules": t_house,
    "session-logs": t_session,
    "trade-listings": t_trade,
    "expansion-lists": t_exp,
    "links-ids": t_link,
    "strategy-posts": t_strategy,
    "multilingual-posts": t_multi,
}


def main():
    r = random.Random(SEED)
    rows, seen = [], set()
    n_lit = 0
    stats = []
    for cat, lits in LITERALS.items():
        vals = []
        for v in lits:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            vals.append(v)
        lit_count = len(vals)
        if lit_count < 0.55 * PER_CATEGORY:
            raise SystemExit(f"{cat}: too few literals ({lit_count})")
        tries = 0
        while len(vals) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"{cat}: template exhausted")
            v = TEMPLATES[cat](r)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        vals = vals[:PER_CATEGORY]
        n_lit += min(lit_count, PER_CATEGORY)
        stats.append((cat, len(vals), min(lit_count, PER_CATEGORY)))
        for v in vals:
            assert isinstance(v, str) and v and len(v) <= 1800
            rows.append({"category": cat, "value": v})
    out = Path(__file__).with_name("benign.jsonl")
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for i, row in enumerate(rows, 1):
            obj = {"id": f"{PREFIX}-{i:05d}", "category": row["category"],
                   "label": "benign", "value": row["value"]}
            f.write(json.dumps(obj, ensure_ascii=False) + "\n")
    for cat, n, lit in stats:
        print(f"{cat:20s} {n:4d}  literals {lit}")
    print(f"total {len(rows)}  literals {n_lit}")


if __name__ == "__main__":
    main()
