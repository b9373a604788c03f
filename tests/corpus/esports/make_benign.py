#!/usr/bin/env python3
"""Benign corpus for the esports theme. Standard library only. Seed 12301."""
import json
import os
import random

SEED = 12301
PREFIX = "hbc3"
PER_CAT = 80
rng = random.Random(SEED)

CATS = {}

# ---------------------------------------------------------------- team_names
CATS["team_names"] = ([
    "Team Liquid Sky",
    "[NaVi] Natus Vincere Academy",
    "xX_Sn1p3r_Xx Fan Club",
    "Ω Omega Esports",
    "Los Cóndores de Chile",
    "Drop Table Gaming",
    "Union Square Underdogs",
    "Select Few",
    "The Order By Five",
    "Sleep Deprived Squad",
    "¯\\_(ツ)_/¯ Clan",
    "<FaZe> Academy",
    "{{Dynasty}}",
    "$$ Money Makers $$",
    "Rock && Roll Gaming",
    "Pipe | Dream",
    "O'Malley's Outlaws",
    "D'Artagnan & the Musketeers",
    "Les Bleus d’Or",
    "東京ストライカーズ",
    "서울 다이너스티",
    "Команда Медведь",
    "北京雷霆电竞",
    "Ώρα Μηδέν",
    "فريق الصقور",
    "Los Tigres 🐯",
    "☆彡 Starfall 彡☆",
    "n00b $layerz",
    "1337 h4x0rz (no actual hacking)",
    "-=[ Vortex ]=-",
    "~*~ Pink Ward ~*~",
    "Root Access Esports",
    "Null Pointer Exception",
    "Admin Abuse",
    "Script Kiddies United",
    "Cat /dev/null",
    "The Semicolons;",
    "Zürich Zebras",
    "Ñandú Rush",
    "Kraków Kings",
    "Team Æsir",
    "Bob's Burgers Gaming",
    "100 Thieves Academy",
    "G2 Ärzte",
    "Über Alles? Nah, Über Chill",
    "Mind_the_Gap",
    "echo chamber",
    "Wildcard (*) Warriors",
    "Eco Round Enjoyers",
    "Force Buy Fellas",
    "ТОП-1 СНГ",
    "Alt+F4 Esports",
    "Ctrl-Z Undo Squad",
], "team_template")
TEAM_ADJ = ["Crimson", "Silent", "Frozen", "Golden", "Neon", "Rusty", "Iron", "Shadow", "Lucky", "Azure"]
TEAM_NOUN = ["Wolves", "Phoenix", "Vipers", "Ravens", "Titans", "Owls", "Sharks", "Ronin", "Jackals", "Comets"]
TEAM_TAG = ["[{}]", "{}.", "|{}|", "{} ·", "#{}"]

# ---------------------------------------------------------------- player_profiles
CATS["player_profiles"] = ([
    "xX_Sn1p3r_Xx",
    "s1mple fan account, not the real one",
    "Hi! I'm Zoë, 19, support main from Lyon. AWPer when the team lets me 😅",
    "IGL for [ESC] — previously coached at O'Brien's Academy. DMs open.",
    "Contact: coach.mira@esc-team.gg (business only)",
    "Main: Jett / Raze | Alt: Sova | Rank: Immortal 3 → Radiant soon™",
    "twitter.com/dr4g0n_gg • twitch.tv/dr4g0n_gg • youtube.com/@dr4g0n",
    "Ex-pro, now casting. Opinions are my own; bad takes are also my own.",
    "Nick: <Shadow> (the brackets are part of my name, pls don't remove them)",
    "Real name: José María Núñez-O'Connor",
    "田中 太郎 / Tanaka Taro — Tekken 8, Kazuya only",
    "Ким Мин-джун, мид-лейнер, 18 лет",
    "Favourite quote: \"It's not over until the Nexus falls.\"",
    "Sens 400 dpi × 1.8 in-game = 720 eDPI. Don't @ me.",
    "Setup: 240 Hz monitor, 1600 dpi, raw input on, m_rawinput 1",
    "Age 23 | Timezone UTC+2 | Languages: EN/DE/PL",
    "I select my heroes by vibes, not by meta.",
    "Player since 2012; union rep for the players' association.",
    "Dropped out of uni to go pro. Mum still thinks it's a phase.",
    "Streams Tue/Thu/Sat 19:00–23:00 CET",
    "pronouns: she/her",
    "Roles: Entry > Lurk > Support (in that order)",
    "Ex-member of Root & Branch; now free agent, LFT!",
    "Looking for team — EU, 3k+ hours, can IGL, good comms, no toxicity pls",
    "Old handle was $ilentKill3r but I changed it because cringe",
    "the_real_{Kappa}",
    "~nightowl~",
    "λambda",
    "ʕ•ᴥ•ʔ bear main",
    "(╯°□°)╯︵ ┻━┻ tilt queen",
    "DROP_SHOT_Dan",
    "Mr. Sleep(5h)",
    "-- silent --",
    "zero.cool",
    "admin? no, just a player called Admin",
    "<3 my team",
    "Peak: Global Elite → now Gold Nova because I play drunk",
    "Coach: \"Stop peeking mid with a pistol\". Me: peeks mid with a pistol.",
    "Bio: CS since 1.6, Valorant since beta, fighting games since arcades 🕹️",
    "Player card: ★★★★☆ (4/5 by the community)",
    "If you read this, you owe me a clutch.",
    "Steam: steamcommunity.com/id/nightowl_cs",
    "Discord: nightowl#4242 (old tag) / @nightowl (new)",
    "Sponsored by my mom's wifi ✌️",
    "Main hand: left. Mouse: right. Don't ask.",
    "Zweiter Platz bei der Deutschen Meisterschaft 2022",
    "Campeón regional 2023 — Liga Latinoamérica Norte",
    "Vice-campeão da Copa Brasil, mid laner",
    "Twitch affiliate, 1.2k followers, ~40 avg viewers",
    "1v5 ace vs. Dignitas in quarters (rnd 27) — my proudest moment",
    "Jinx/Ezreal/Kai'Sa ADC, Season 14 Master 212 LP",
    "Kha'Zix OTP, do not trade me",
    "email: ahmed.al-farsi@example.com",
], "player_template")
P_FIRST = ["Lena", "Kenji", "Aaliyah", "Mateus", "Søren", "Priya", "Diego", "Olya", "Tomás", "Chloé"]
P_ROLE = ["AWPer", "IGL", "support", "entry fragger", "jungler", "mid laner", "tank main", "flex", "coach", "analyst"]
P_REGION = ["EU West", "NA East", "Brazil", "Korea", "CIS", "OCE", "MENA", "SEA", "Japan", "LATAM"]

# ---------------------------------------------------------------- match_notes
CATS["match_notes"] = ([
    "Map 1 Mirage 13-11, map 2 Inferno 9-13, map 3 Ancient 16-14 (OT).",
    "Bo3, upper bracket semis. Winner plays Sat 18:00 CET.",
    "Team A won pistol, then lost the anti-eco. Classic.",
    "Score: 2–1 (Nuke 13-7, Vertigo 11-13, Anubis 13-10)",
    "Rematch scheduled after server crash in round 14; restore from backup at 8-5.",
    "Note for admins: the scoreboard says 16-14 but it was 13-11 under MR12 rules.",
    "They select Ascent every time, so we should ban it first.",
    "Round 23: they went B through the union of smoke and molly lineups, very clean.",
    "Order by seed: 1) Liquid 2) G2 3) FaZe 4) Vitality",
    "Drop the losers-bracket game to Bo1 if we run late? Need TO approval.",
    "Player 'Kai' disconnected at 3:12 — tech pause called, resumed at 3:19.",
    "Tech pause #2: crashed to desktop; log at C:\\Users\\kai\\Documents\\crash_2024-05-12.txt",
    "Demo uploaded: https://demos.esports-cup.gg/match/8812/map2.dem",
    "GF Bo5: 3-2 reverse sweep!!! 0-2 down then three maps in a row 🔥",
    "Check-in opens 30 min before; late > 15 min = forfeit of map 1.",
    "Seeding: Team <Spectre> is #1, [ESC] #2 — please keep the brackets in the name.",
    "Swiss stage round 3: 2-0 pool vs 2-0 pool, Bo3; 1-1 pool Bo1.",
    "Final standings: 1st Nova ($10,000), 2nd Vortex ($5,000), 3rd-4th ($1,250 each)",
    "Half-time: 7-5 CT side. Economy: they have $4,150 avg, we have $2,900.",
    "Overtime rules: MR3, $10k start money, first to 4 wins.",
    "He said \"gg go next\" before the round was even over lol",
    "Match ID 44721 — result submitted by captain, pending opponent confirm.",
    "Spectator delay set to 90 s; observer slot reserved for the caster.",
    "Forfeit win (W/O) for Ravens — opponents did not show up.",
    "Match postponed: Team O'Neill had a power outage in Dublin.",
    "Replay code: 7F3K-Q9ZP (Overwatch 2), please check round 3 on Ilios.",
    "LoL game 2: 28:44, 18-9 kills, Baron at 24:10, Elder steal by jungler.",
    "Dota: Radiant win 43:12, 1st pick Invoker, they banned Io and Chen.",
    "Rocket League Bo7: 4-3, game 7 went to OT (2-1, goal at +1:47).",
    "Game 3 remake: bug with Kai'Sa passive, both captains agreed.",
    "Ref note: warned player for unplugging keyboard mid-round (accidental).",
    "Winner > Loser bracket round 2 > vs. Team Ñandú",
    "Feedback: stream overlay covered the minimap between 12:00 and 14:30.",
    "We need the match at 19:00 UTC; 21:00 is too late for our AUS player.",
    "Upper bracket → lower bracket drop happens after R2; R1 losers are out (single-elim LB).",
    "Results: Nova 2 : 0 Vortex | Ravens 1 : 2 Owls | Titans 2 : 1 Sharks",
    "ADR 92.4, KAST 78%, Rating 1.31 — MVP of the map.",
    "Economy note: don't force after losing pistol; save to $3,500+.",
    "Pause reason: coach timeout (30 s) — counted as 1 of 4.",
    "Both teams agreed to sleep on it and replay map 3 tomorrow at noon.",
    "Notes: their mid player always drops the AWP for the entry on eco rounds.",
    "Map pool for qualifiers: Mirage, Inferno, Nuke, Overpass, Vertigo, Ancient, Anubis",
    "Comms recording: /recordings/2024/quarterfinal-1/team-a.ogg",
    "Caster mispronounced \"Łukasz\" three times, please fix for the VOD title.",
    "Lower bracket final: 1-2, we're out. GGs all, proud of the run.",
    "Rollback request: the bot reported 2-0 but the series is 1-1.",
    "Round 19 was 4v4 after a double-kill trade; they won the retake with 3s left.",
    "Clutch: 1v3 with 12 HP, defused with 0.3 s on the clock.",
    "Bracket: Single elimination, 16 teams, Bo1 until semis, Bo3 semis, Bo5 final.",
    "Delay 15 min due to anti-cheat client update (v2.14.3 → v2.14.4).",
    "score 13:4, easy. their AWPer was lagging (ping 180+).",
    "Sunday 10:00–22:00: playoffs. Saturday is group stage only.",
], "match_template")
M_TEAMS = ["Nova", "Vortex", "Ravens", "Owls", "Titans", "Sharks", "Comets", "Ronin", "Jackals", "Vipers"]
M_MAPS = ["Mirage", "Inferno", "Nuke", "Ancient", "Anubis", "Vertigo", "Overpass", "Ascent", "Bind", "Haven"]

# ---------------------------------------------------------------- map_vetoes
CATS["map_vetoes"] = ([
    "Veto: A bans Vertigo, B bans Nuke, A picks Mirage, B picks Inferno, A bans Ancient, B bans Overpass, Anubis left over.",
    "ban nuke pls, our CT side there is terrible",
    "We pick Ancient (CT start), they pick Anubis, decider Inferno.",
    "Side choice: we take T on Mirage because their CT is stronger.",
    "1. ban Haven 2. ban Split 3. pick Ascent 4. pick Bind 5. ban Lotus 6. ban Sunset → Icebox decider",
    "Coin toss won by Team B → they start the veto.",
    "Why did you select Vertigo?? We've practiced it twice.",
    "Ban order: Nuke > Vertigo > Overpass (drop Overpass only if they perma-ban Nuke)",
    "Veto log: [A] -Nuke [B] -Vertigo [A] +Mirage [B] +Anubis [A] -Inferno [B] -Ancient => Overpass",
    "Their veto history (last 10): Nuke banned 9/10, Vertigo 7/10, picks Ancient 6/10.",
    "Don't drop Inferno from the pool, it's our comfort pick.",
    "Decider is whatever's left — usually Overpass, so we should union our practice on it.",
    "map pool: mirage | inferno | nuke | ancient | anubis | vertigo | dust2",
    "Veto format for Bo1: ban-ban-ban-ban-ban-ban, last map played, B chooses side.",
    "Bo3 veto: ban, ban, pick, pick, ban, ban, decider.",
    "Map | Our WR | Their WR\n--- | --- | ---\nMirage | 64% | 51%\nNuke | 38% | 70%\nAncient | 55% | 49%",
    "If they pick Bind we take Defender, otherwise Attacker first.",
    "Ban Lotus (3 sites = chaos) and Breeze (too open).",
    "Notes → veto: they never play Ascent; don't waste a ban.",
    "Pick Dust2 > Mirage >> Inferno (the >> means \"much more than\")",
    "Veto: permaban Nuke -- non-negotiable.",
    "LoL draft: blue side first pick → Rell, red bans Maokai and Sejuani.",
    "Dota draft: ban Io, Chen, Enigma; first-phase picks Tiny + Mirana.",
    "Overwatch map order: Control (Ilios) → Hybrid (King's Row) → Push → Escort → Control",
    "Rainbow Six veto: ban Clubhouse, ban Chalet, pick Oregon, pick Bank, decider Kafe.",
    "¿Baneamos Nuke o Vertigo? Yo voto Nuke.",
    "Ich würde Anubis bannen, die spielen das zu gut.",
    "Veto: бан Нюк, пик Мираж.",
    "ヴェトー：ニューク BAN、ミラージュ PICK",
    "We're drop-in replacements for the subs on Mirage only; no Nuke.",
    "Veto timer: 30 s per step, auto-random ban on timeout.",
    "Vetoes are done in the match room: https://play.esports-cup.gg/match/8812/veto",
    "Map 3 decider = Inferno; sides by knife round.",
    "knife round on the decider? or coin flip? rules say knife.",
    "Their coach always picks Ancient first; ban it and they're lost.",
    "Ancient ✓ Anubis ✓ Nuke ✗ Vertigo ✗",
    "Ban 'Nuke' (with the quotes, that's how the bot wants it)",
    "I'd rather play Overpass than sleep through another Vertigo game.",
    "Pick order is A-B-A-B; B picks second, so B chooses side on A's map.",
    "Veto vote in Discord: 👍 Mirage, 👎 Nuke, 🤷 Anubis",
    "veto: ban(nuke), ban(vertigo), pick(mirage)",
    "Current pool (2024 Active Duty): Ancient, Anubis, Dust II, Inferno, Mirage, Nuke, Vertigo.",
    "Order of vetoes in the admin panel is wrong: it shows pick before ban.",
    "If B bans Mirage, we select Inferno; else we select Mirage.",
    "They are 0-6 on Vertigo this year. Leave it open and hope they pick it?",
    "Veto result posted in #match-8812: Mirage (A), Anubis (B), Ancient (decider).",
    "RL has no vetoes, it's all on neutral arenas: DFH Stadium, Mannfield, Champions Field.",
    "The veto app crashed and auto-banned our pick — can an admin undo it?",
    "From now on we permaban Nuke AND Vertigo in Bo1s.",
    "Map ban => Vertigo, Map pick => Ancient, side => CT",
    "🗺️ Veto done. GL HF!",
], "veto_template")
V_ACT = ["bans", "picks", "removes", "locks in"]
V_SIDE = ["CT", "T", "Attack", "Defense", "Blue side", "Red side"]

# ---------------------------------------------------------------- chat_messages
CATS["chat_messages"] = ([
    "gg wp",
    "glhf!",
    "ez",
    "no u",
    "rush B no stop",
    "anyone got a spare key for the drop?",
    "nice shot!! 🔥🔥",
    "@everyone scrim tonight at 20:00, be on time pls",
    "lol he really dropped the AWP for me 😂",
    "can we select a different lobby, this one's lagging",
    "union break? no? ok",
    "I'll sleep when we're Global Elite",
    "drop table? nah just drop the bomb pls",
    "whoever keeps saying 'ez' after losing: stop",
    "ff at 15?",
    "<3 you guys",
    "<-- this guy carried",
    "-> going A",
    "B site >>> A site for retakes",
    "5 < 6 so we're still ahead on rounds",
    "kills: 24 & deaths: 12, not bad for a support",
    "brb 5 min && then ranked?",
    "type /ff or let's actually try",
    "ping 20ms in EU, 140 in NA, rip",
    "Who took my $ for the team fund? lol jk",
    "Price check: knife skin $350 — worth it?",
    "¡Buena partida a todos!",
    "gg, schönes Spiel",
    "гг вп",
    "ナイス！",
    "잘했어요 ㅋㅋㅋ",
    "شكراً على المباراة",
    "bon match les gars, on se refait ça samedi",
    "bem jogado galera",
    "wtf was that peek",
    "that was a 200 IQ play honestly",
    "I just said \"one more game\" three hours ago...",
    "he's 'lagging' again, sure",
    "Report the guy in yellow, he's griefing",
    "can someone send the link? https://discord.gg/esportscup",
    "check #rules before posting, thx",
    "```\nMirage A exec: smoke CT, smoke jungle, flash over\n```",
    "**reminder**: team photos due Friday",
    "~~we lost~~ we learned",
    "> they're so bad at retakes\nthey literally won the major",
    "||spoiler: we won||",
    ":kappa: :pog: :lul:",
    "OMEGALUL",
    "xd",
    "hey @mod can you pin the bracket?",
    "sorry for my english, I'm from Brazil 🇧🇷",
    "Whoever said 'DROP' in all caps, yes I'll drop you a gun",
    "my little brother keeps typing ;;;;; in chat, sorry",
    "C:\\Program Files\\Steam is where it's installed? can't find the cfg",
], "chat_template")
C_OPEN = ["gg", "nice", "wp", "lol", "omg", "ok", "ty", "bruh"]
C_BODY = ["that clutch", "the flank", "the eco round", "my aim today", "that pixel peek", "the retake", "the lag", "the ult combo"]
C_END = ["😂", "🔥", "!!", "...", "xd", "🙏", "?", ""]

# ---------------------------------------------------------------- console_configs
CATS["console_configs"] = ([
    "bind \"mouse4\" \"+voicerecord\"",
    "cl_crosshairsize 2; cl_crosshairgap -2; cl_crosshairthickness 0.5",
    "bind \"f\" \"+lookatweapon\"; bind \"v\" \"use weapon_knife\"",
    "cl_radar_scale 0.4",
    "viewmodel_fov 68; viewmodel_offset_x 2.5; viewmodel_offset_y 0; viewmodel_offset_z -1.5",
    "fps_max 0",
    "net_graph 1",
    "cl_showfps 1",
    "sensitivity 1.8",
    "m_rawinput 1; m_customaccel 0",
    "alias \"+jumpthrow\" \"+jump;-attack\"; alias \"-jumpthrow\" \"-jump\"; bind \"alt\" \"+jumpthrow\"",
    "bind \"n\" \"toggle cl_righthand 0 1\"",
    "rate 786432",
    "exec autoexec.cfg",
    "Put it in Steam/steamapps/common/Counter-Strike Global Offensive/game/csgo/cfg/autoexec.cfg",
    "host_writeconfig at the end of your autoexec, otherwise it won't save",
    "Launch options: -novid -high -freq 240 +exec autoexec",
    "sv_cheats 1; noclip (for practice servers only!)",
    "mp_roundtime_defuse 60; mp_freezetime 0; mp_buy_anywhere 1; mp_restartgame 1",
    "sv_infinite_ammo 1",
    "bot_kick; mp_warmup_end",
    "/tp @s ~ ~10 ~",
    "/give @p minecraft:diamond_sword 1",
    "/gamemode creative",
    "/effect give @a minecraft:night_vision 99999 0 true",
    "/kill @e[type=!player]",
    "/time set day && /weather clear",
    "/summon minecraft:zombie ~ ~ ~",
    "/say GG everyone, next round in 5",
    "/team join red",
    "tp_cursor on a keybind saves so much time on practice servers",
    "say_team \"eco, don't buy\"",
    "voice_scale 0.3",
    "snd_mixahead 0.05",
    "cl_interp 0; cl_interp_ratio 1; cl_updaterate 128; cl_cmdrate 128",
    "r_drawtracers_firstperson 0",
    "bind mwheelup +jump; bind mwheeldown +jump",
    "In Valorant there's no console; use Settings → Controls → Crosshair → Import Profile Code",
    "Crosshair code: 0;P;c;5;h;0;0l;4;0o;2;0a;1;0f;0;1b;0",
    "CS2 share code: CSGO-Y3x9K-pOm2f-7dA4R-Hk6vU-LzDqN",
    "Dota autoexec: dota_camera_distance 1400 (doesn't work in ranked anymore)",
    "Overwatch: Options → Controls → Hero → Reticle type → Circle, size 25",
    "ok so `bind x \"say gg\"` but the quotes get messed up when I copy from Discord",
    "Anyone know why `exec practice` says \"file not found\"? It's in cfg/practice.cfg",
    "my cfg:\n```\ncl_crosshaircolor 5\ncl_crosshaircolor_r 0\ncl_crosshaircolor_g 255\ncl_crosshaircolor_b 255\n```",
    "Linux players: the config is in ~/.steam/steam/steamapps/common/Counter-Strike Global Offensive/game/csgo/cfg/",
    "Mac path: ~/Library/Application Support/Steam/steamapps/common/…",
    "Windows: %ProgramFiles(x86)%\\Steam\\userdata\\<your id>\\730\\local\\cfg\\config.cfg",
    "I use `echo \"config loaded\"` at the end so I know it ran",
    "clear; echo \"--- practice cfg ---\"",
    "bind \"kp_end\" \"buy ak47; buy m4a1\"",
    "buy vesthelm; buy defuser; buy smokegrenade; buy flashbang",
    "Crosshair style 4, dot 0, gap -3 → looks like ${the pros} use",
    "sv_grenade_trajectory_prac_pipreview 1 (the new grenade preview in CS2)",
], "console_template")
K_CMD = ["cl_crosshairsize", "sensitivity", "viewmodel_fov", "volume", "cl_radar_scale", "fps_max", "zoom_sensitivity_ratio", "cl_bob_lower_amt"]
K_VAL = ["0.5", "1", "1.25", "2", "3", "68", "400", "0"]
K_KEY = ["mouse4", "mouse5", "f", "v", "q", "x", "kp_ins", "alt"]

# ---------------------------------------------------------------- stream_titles
CATS["stream_titles"] = ([
    "🔴 LIVE: Grand Final — Nova vs Vortex | Bo5 | !bracket !drops",
    "Road to Radiant day 37 (pls no more 13-11 losses)",
    "CS2 Major Qualifier Day 2 — Watch party w/ @casterkim",
    "[EN] ESC Cup Week 4 | Upper Bracket Semis",
    "[ES] Liga Norte — jornada 7 | ¡vamos!",
    "[DE] Viertelfinale — kommt rein!",
    "[PT-BR] Final da Copa — tá pegando fogo",
    "【LIVE】ストリートファイター6 大会 本戦",
    "🎮 Chill ranked + viewer games | !discord !sens !crosshair",
    "SELECT * FROM my_bad_plays ORDER BY embarrassment DESC (compilation stream)",
    "Sleep? Never heard of her. 24h charity stream for @SpecialEffect",
    "Drop everything: new patch just dropped 🔥",
    "Coaching VOD reviews — send yours via !vod",
    "Patch 14.10 first look — is Kai'Sa still broken?",
    "Nova vs. Ravens | Group A | Map 2 of 3",
    "$5,000 community cup — open sign-ups in chat",
    "Road to 1k followers <3",
    "Jett one-tricking to Immortal >>> any other agent",
    "Subathon!!! every sub = +5 min ⏱️",
    "Pro scrims (delayed 5 min) | !team",
    "Aim training: 1h Kovaak's → ranked → chill",
    "Tournament Day 1 — caster: O'Reilly & Schmidt",
    "!giveaway running — 3 keys at 100/200/300 subs",
    "Music on/off? vote in chat (1 = on, 2 = off)",
    "\"The comeback\" — replaying the greatest 0-12 → 13-12 of the season",
    "First time playing Dota after 5 years | be nice",
    "LEC Spring Split Co-stream — Week 5 Day 2",
    "VCT Masters watch party | EMEA <-> Americas",
    "Minecraft speedrun attempts (Set Seed Glitchless) — PB hunting",
    "Rocket League 2v2 with @sister | road to GC",
    "CS2 — 10 man w/ subs (join the Discord for the password)",
    "Late night Apex | Pred grind | 18+",
    "Reacting to the rules drama 🍿 (spoiler: the ref was right)",
    "Fortnite Cash Cup ($) | Duo w/ @kenji",
    "Tekken 8 ranked → Tekken God? | Kazuya only",
    "Ladies Night Cup Qualifiers 💜 | Team Pink Ward",
    "Smash Bros. Ultimate locals bracket — Top 8",
    "Valorant Premier Playoffs | Ascent → Bind → Lotus",
    "Admin panel tour + Q&A about running your own tournament",
    "How we run brackets with a Google Sheet + a Discord bot (tech talk)",
    "Hearthstone: Arena 12-win attempt #4",
    "StarCraft II — Protoss vs Zerg masterclass",
    "Overwatch 2 Season 11 — tank diff? | !rank",
    "Dota 2 TI Qualifiers — Western Europe — Day 3",
    "Rainbow Six Siege — Six Invitational viewing party",
    "WATCH: Best of week 12 — plays, fails & the 1v5",
    "IRL: bootcamp house tour 🏠",
    "Speedrun: Portal 2 any% (9:xx target)",
    "Day 2 of learning the Raze satchel tech (it's harder than it looks)",
    "Charity stream → 100% of donations go to @CharityWater",
    "Team tryouts LIVE | 5 players, 1 spot",
    "FINAL DAY | Who lifts the trophy? | Nova vs Vortex",
], "stream_template")
S_GAME = ["CS2", "Valorant", "LoL", "Dota 2", "Rocket League", "Overwatch 2", "Apex", "R6 Siege"]
S_EVENT = ["Qualifier", "Playoffs", "Group Stage", "Grand Final", "Scrims", "Ranked grind", "Community Cup", "Showmatch"]
S_TAIL = ["| !bracket", "| !drops", "w/ @caster", "(delayed)", "🔴", "— day 3", "| EU", "| !sens"]

# ---------------------------------------------------------------- sponsor_copy
CATS["sponsor_copy"] = ([
    "Powered by HyperX — use code ESC10 for 10% off at checkout.",
    "This match is brought to you by Zap Energy: fuel for the clutch.",
    "Get 20% off with code NOVA20 at https://shop.example.com/?ref=nova",
    "Our partner VPNShield keeps your ping low & your data private*\n*terms apply",
    "Official peripheral partner: Logitech G. Pro gear for pro players.",
    "Win a 240 Hz monitor! Entries close Friday 23:59 CET. No purchase necessary.",
    "Sponsor slot B (30 s): \"Don't sleep on the new Zap Zero — zero sugar, all energy.\"",
    "Read-out for casters: “Tonight’s MVP award is presented by RedFrog Chairs.”",
    "Banner text: Union Bank — proud partner of the Esports Cup 2024",
    "Ad copy v3 — please select one: (a) \"Drop in. Stand out.\" (b) \"Aim higher.\"",
    "Brand guidelines: logo min. 120 px wide, never on red backgrounds, keep 10 px clearspace",
    "Contact our partnerships team: partners@esports-cup.gg",
    "Deliverables: 2× tweets, 1× Instagram story, logo on jersey (left sleeve), 30-s ad read per match day.",
    "Budget: €12,500 for the season; paid in 2 instalments (50% / 50%).",
    "Price tiers | Gold | Silver | Bronze\n--- | --- | --- | ---\nLogo on stream | ✓ | ✓ | –\nAd read | 3/day | 1/day | –",
    "The sponsor asked us not to say \"crash\" on stream... in a racing game tournament.",
    "Claim your free in-game drop: link your account at drops.example.com before 31/05.",
    "T&Cs: 18+ only. One entry per person. Void where prohibited.",
    "Werbung: Dieses Turnier wird von PixelPizza präsentiert 🍕",
    "Patrocinado por Café Rápido — ¡energía para cada ronda!",
    "Oferta: 2 por 1 en mousepads hasta el domingo.",
    "スポンサー：ゲーミングチェアのアーク社",
    "Спонсор трансляции — магазин «ГеймерПро»",
    "Promo: Buy 1 get 1 50% off — select items only.",
    "Hashtag: #ZapClutch — tag your best plays for a chance to be featured!",
    "Affiliate link: https://amzn.example/d/3xYz9Q (I earn a small commission)",
    "Jersey placement: front chest = title sponsor; back = 2× secondary; sleeves = tech partners.",
    "The $ amount on the cheque is wrong: it says 5,000 but the contract says 7,500.",
    "Renewal: 12 months, auto-renews unless cancelled 30 days before end date.",
    "Sponsor mention after every pistol round -- not every round, that's too much.",
    "Thanks to our community partners: r/esportscup, @LANparty_DE & the Ñandú Discord",
    "Use code <TEAMNAME> at checkout (replace with your team name, no brackets).",
    "Welcome to our newest sponsor, O'Hara's Irish Snacks! ☘️",
    "Giveaway winner will be picked via random draw on stream; must reply within 48 h.",
    "Media kit: https://cdn.esports-cup.gg/press/media-kit-2024.pdf",
    "Overlay asset path: /assets/sponsors/zap/lower-third_1920x1080.png",
    "Video ad length: 15 s or 30 s; formats: MP4 (H.264), max 50 MB.",
    "New partner announcement embargoed until Monday 10:00 CET — do not leak!",
    "Sponsor feedback: \"more logo, less chat spam\"",
    "\"Fast chairs for fast players\" — RedFrog",
    "Our title sponsor is changing from Zap to Bolt starting split 2.",
    "Energy drink copy must include: \"High caffeine content. Not for children.\"",
    "Sponsor logos go in this order: Title > Platinum > Gold > Silver.",
    "Gaming mouse launch: 58 g, 26k DPI sensor, 8 kHz polling — available 01.06.",
    "Reminder: no gambling/skin-betting sponsors per league rules §7.3.",
    "Influencer brief: be authentic, mention the discount code twice, no scripts read verbatim.",
    "Cashback: get 5% back on all purchases with the Esports Cup card.",
    "This stream is supported by viewers like you ❤️ — !sub",
    "Corporate ask: could the team wear the hoodies (not the jerseys) for the photoshoot?",
    "Sponsor quote: “We believe in the next generation of champions.”",
    "Prize pool boosted by 25% thanks to our partners 🎉",
], "sponsor_template")
SP_BRAND = ["Zap Energy", "RedFrog Chairs", "PixelPizza", "Bolt VPN", "Kite Mice", "Aurora Headsets", "Union Bank", "Café Rápido"]
SP_CODE = ["ESC10", "NOVA20", "CLUTCH15", "GGWP", "ACE25", "RUSHB", "ECO5", "DROPS"]
SP_PCT = ["5", "10", "15", "20", "25", "30"]

# ---------------------------------------------------------------- rules_disputes
CATS["rules_disputes"] = ([
    "Dispute: the opposing team used a player not on the registered roster (sub not approved).",
    "Round 17 should be replayed: the bomb was planted through a wall due to a known bug.",
    "Per rule 4.2.1, tech pauses are limited to 10 minutes per map; they took 14.",
    "We request a forfeit: they showed up 25 min late, rules say > 15 min = map loss.",
    "Screenshot of the scoreboard attached: score_round30.png",
    "The ref ruled \"play on\" but the disconnect happened BEFORE first damage — rule 6.3 says restart.",
    "Appeal: the ban on our AWPer was for 'unsportsmanlike chat' but he only wrote \"ez\" once.",
    "Is using the 'jumpthrow' bind allowed? Rules say no scripts, but it's a single bind.",
    "Rule 8.1: \"Any use of third-party software that gives an unfair advantage is prohibited.\"",
    "Using `cl_showpos 1` in an official match — is that allowed? It's not a cheat.",
    "Match fixing allegation: team lost 0-13 on purpose? Evidence: betting odds moved 2 h before.",
    "They drop the connection on purpose whenever they lose a pistol round. Pattern in 3/3 matches.",
    "Our coach spoke during a live round (not a timeout). We accept the 1-round penalty.",
    "Rule 3.4 is ambiguous: \"coaches may communicate during timeouts only\" vs 3.5 \"… and between halves\".",
    "Admin decision: replay from round 12 with economy restored ($2,850 / $4,100).",
    "Our player's name is \"Sleep\" — the moderation bot keeps flagging it. Please whitelist.",
    "The union of rules 5.1 and 5.2 means both teams must agree to a remake.",
    "Please select the correct winner in the admin panel: it's Nova, not Vortex.",
    "Drop this dispute, we talked and both captains agree to the 2-1 result.",
    "The team name 'DROP TABLE' was rejected by the sign-up form. It's a joke name, please allow.",
    "Order by seeding was wrong — we were 3rd seed, placed 6th. Screenshot of the standings attached.",
    "They used a pixel spot on Mirage (boost into bench) — banned per rule 9.7?",
    "The boost on B site is allowed, it's a known spot since 2015, not a map exploit.",
    "Rule 2.1 says age ≥ 16 for online, ≥ 18 for LAN. Our sub is 17 — can he play the LAN?",
    "Evidence: https://clips.twitch.tv/ExampleClipName-abc123 (timestamp 01:12:45)",
    "Anti-cheat flagged player \"xX_Sn1p3r_Xx\" — we request the demo review before any ban.",
    "Complaint: caster said our team was \"gonna get rolled\" — unprofessional.",
    "Overtime dispute: MR3 vs MR6 — rulebook v1.3 says MR3, event page says MR6.",
    "Their manager DM'd our sub during the match. That's tampering.",
    "Please clarify if pausing during a freeze-time counts as tech or tactical.",
    "Decision: no replay. The crash was on the player's side (rule 6.4 'player-side issues').",
    "Dispute ID #5521 — status: under review → resolved (warning issued)",
    "We have a disagreement on whether the score was 13-11 or 13-12; the server log shows 13-11.",
    "The demo file is /demos/2024-05-12/match-8812-map2.dem — around tick 84,200.",
    "Allegation of smurfing: player's account is 2 weeks old but plays like a pro.",
    "Rule 11.2: \"Offensive names, including slurs and hate symbols, will be changed without notice.\"",
    "Our name \"<Null>\" got changed to \"Null\" — the brackets aren't offensive?!",
    "Disqualification notice: Team Ravens — 3 no-shows in the group stage.",
    "The opponent's captain wrote 'gg ez' and then 'uninstall' — is that toxic enough for a warning?",
    "Regla 4.2: las pausas técnicas tienen un máximo de 10 minutos por mapa.",
    "Regel 7: Coaching während der Runde ist verboten.",
    "Правило 5.1: повтор раунда только при согласии обеих команд.",
    "We accept the result but we'd like the rule about disconnects to be clarified for next season.",
    "Ref's note: both teams were warned; next violation = round loss.",
    "Ban appeal: 30 days for 'macro use' — it's just a mouse with a DPI button.",
    "Timeline: 19:02 match start → 19:14 crash → 19:20 back online → 19:21 ref says replay round.",
    "Our roster change (swap Kai → Lena) was submitted before the deadline (Fri 23:59).",
    "Sleep(ing) player? Their AFK guy didn't move for 3 rounds — auto-kick should have applied.",
    "The rulebook PDF link is broken: https://esports-cup.gg/rules/v1.3.pdf → 404",
    "Request: allow custom crosshairs via console (cl_crosshair*) — currently unclear if OK.",
    "Final ruling: Rule 6.3 applies, round 5 is replayed with the same loadouts.",
    "Is a 5-stack of brothers (all named O'Sullivan) allowed to register with the same surname tag?",
], "dispute_template")
D_RULE = ["2.1", "3.4", "4.2.1", "5.1", "6.3", "7.2", "8.1", "9.7", "11.2"]
D_ISSUE = ["late check-in", "unapproved substitute", "tech pause over the limit", "toxic chat", "map exploit", "disconnect before first damage", "wrong score reported", "coach talking mid-round"]
D_ASK = ["replay the round", "issue a warning", "award the map", "review the demo", "clarify the rule", "reverse the decision"]

# ---------------------------------------------------------------- patch_notes
CATS["patch_notes"] = ([
    "Patch 14.10: Kai'Sa Q damage 40-110 → 40-100. About time.",
    "AK-47 price $2,700 → $2,900? That kills the force-buy meta.",
    "They nerfed the Operator again: fire rate 0.75 → 0.6, movement −10%.",
    "Jett dash window: 12 s → 7.5 s. RIP aggressive OPs.",
    "Buff list: Sova recon dart (+1 s reveal), Sage wall HP 800 → 1000",
    "Bugfix: 'players could drop the bomb through the floor on Nuke' — finally.",
    "Removed: the sleep animation on the idle timer (it was bugged).",
    "Matchmaking now selects servers with ping < 60 ms when available.",
    "Patch 7.35d: Invoker Alacrity now gives 12/20/28/36 damage (from 10/18/26/34)",
    "New map: Sunset added to the pool; Breeze removed.",
    "Anti-cheat: Vanguard now blocks drivers with known vulnerabilities (list in the FAQ).",
    "Ranked: RR gains ≥ 25 for wins above your MMR; losses capped at −28.",
    "Economy: loss bonus 1400 → 1900 → 2400 → 2900 → 3400 (reset on win)",
    "Hitreg fix — subtick now properly registers jump-throws.",
    "Console: added `cl_crosshair_recoil`; removed `cl_crosshair_dynamic_splitdist`.",
    "Patch diff: +250 lines in items.txt, −40 in heroes.txt (datamined)",
    "Is it just me or is the new AWP scope delay a nerf disguised as a bugfix?",
    "Hot take: the patch is fine, you're just bad. /s",
    "Known issue: game crashes when alt-tabbing on 1.0.4.2; workaround → borderless windowed.",
    "Dev comment: \"We want to reduce the number of 'one-shot' angles on Lotus.\"",
    "Vertigo changes: ramp widened, A site boxes moved 2 m → CT-side.",
    "The <Kayle> rework is coming in 14.12, not 14.11 (Riot confirmed).",
    "Patch size: 4.2 GB on Steam, 6.1 GB on the Epic launcher (why?)",
    "Smokes now extinguish molotovs in 0.3 s (was 0.5 s) — huge for retakes.",
    "Removed the 'union' cosmetic bundle from the store due to a licensing issue.",
    "Bug: selecting the order-by-rank option in the lobby list crashes the client.",
    "Changelog v2.3.1:\n- fixed: crash on map load\n- fixed: audio desync\n- changed: default FOV 90 → 95",
    "Patch notes in table form:\n| Agent | Change |\n|---|---|\n| Raze | satchel −1 |\n| Chamber | TP range +5 m |",
    "`mp_buy_anywhere` no longer works outside private servers",
    "Overwatch 2 S11: tanks get 10% damage reduction from headshots; support passive heal 1 s → 1.5 s",
    "Rocket League: hitbox normalization finally — Octane/Fennec are identical now.",
    "Dota: Roshan now alternates between the top and bottom pits at day/night change.",
    "LoL: Baron spawns at 20:00 instead of 25:00 → games end faster",
    "Fortnite: shotgun damage −15%, bloom reduced. Meta shift incoming.",
    "Apex: Wraith tactical 25 s → 20 s; heirloom recolors added.",
    "R6: ACOG removed from the Vector; Thermite charge now 2 per round.",
    "Datamine from the patch: new file at /game/maps/de_mills.vpk — new map?",
    "Patch notes say 'optimizations'. My fps went from 300 to 210. Nice optimizations.",
    "Parche 14.10: nerf a Kai'Sa y buff a Ashe. ¿Qué opináis?",
    "Patch 14.10 : nerf de Kai'Sa, buff d'Ashe. Vous en pensez quoi ?",
    "Patch 14.10: Kai'Sa wurde generft, Ashe gebufft.",
    "Патч 14.10: нерф Кайсы, бафф Эш.",
    "パッチ14.10：カイサ弱体化、アッシュ強化",
    "패치 14.10: 카이사 너프, 애쉬 버프",
    "Tier list after patch (S > A > B): S: Raze, Jett | A: Sova, Omen | B: Yoru",
    "Drop rate for the new case: ~0.26% for a knife, 0.64% covert. Gamble responsibly.",
    "\"Improved stability\" — translation: we don't know what we changed either",
    "sv_cheats protected commands list was expanded; some practice binds now need sv_cheats 1.",
    "They finally fixed the bug where typing `--` in chat muted you for 5 min.",
    "1.2.3 → 1.2.4: fixed ${player_name} showing raw in the kill feed (lol)",
    "Reverted: the {{rank_icon}} placeholder bug in the scoreboard is fixed.",
    "Balance team: \"Aim ≠ everything; utility should matter too.\"",
], "patch_template")
PA_UNIT = ["Jett", "Sova", "Raze", "Kai'Sa", "Ashe", "Invoker", "Reinhardt", "Octane", "AWP", "AK-47"]
PA_STAT = ["damage", "cooldown", "price", "range", "move speed", "ult cost", "fire rate", "HP"]
PA_VERB = ["nerfed", "buffed", "reverted", "adjusted", "bugfixed"]


def template(name):
    r = rng
    if name == "team_template":
        tag = r.choice(TEAM_TAG).format("".join(r.choice("ABCDEFGHJKLMNPRSTVWXZ") for _ in range(r.choice([2, 3, 4]))))
        return "%s %s %s" % (tag, r.choice(TEAM_ADJ), r.choice(TEAM_NOUN))
    if name == "player_template":
        return "%s, %s from %s. %d hours played, looking for a team (%s)." % (
            r.choice(P_FIRST), r.choice(P_ROLE), r.choice(P_REGION), r.randint(800, 9000),
            r.choice(["LFT", "free agent", "trial OK", "sub only"]))
    if name == "match_template":
        a, b = r.sample(M_TEAMS, 2)
        w = r.randint(13, 16)
        l = r.randint(0, w - 2)
        return "%s vs %s on %s: %d-%d, MVP %s" % (a, b, r.choice(M_MAPS), w, l, r.choice(P_FIRST))
    if name == "veto_template":
        a, b = r.sample(M_TEAMS, 2)
        m1, m2 = r.sample(M_MAPS, 2)
        return "%s %s %s, %s %s %s; %s starts %s" % (a, r.choice(V_ACT), m1, b, r.choice(V_ACT), m2, a, r.choice(V_SIDE))
    if name == "chat_template":
        return ("%s %s %s" % (r.choice(C_OPEN), r.choice(C_BODY), r.choice(C_END))).strip()
    if name == "console_template":
        if r.random() < 0.5:
            return "%s %s" % (r.choice(K_CMD), r.choice(K_VAL))
        return "bind \"%s\" \"%s %s\"" % (r.choice(K_KEY), r.choice(K_CMD), r.choice(K_VAL))
    if name == "stream_template":
        return "%s %s — %s vs %s %s" % (r.choice(S_GAME), r.choice(S_EVENT), *r.sample(M_TEAMS, 2), r.choice(S_TAIL))
    if name == "sponsor_template":
        return "Brought to you by %s — code %s = %s%% off this week!" % (r.choice(SP_BRAND), r.choice(SP_CODE), r.choice(SP_PCT))
    if name == "dispute_template":
        return "Re: rule %s (%s) — we ask the admins to %s." % (r.choice(D_RULE), r.choice(D_ISSUE), r.choice(D_ASK))
    if name == "patch_template":
        return "%s %s %s in %d.%d — thoughts?" % (r.choice(PA_UNIT), r.choice(PA_STAT), r.choice(PA_VERB), r.randint(7, 14), r.randint(1, 24))
    raise ValueError(name)


def main():
    out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "benign.jsonl")
    rows = []
    n = 0
    for cat, (lits, tname) in CATS.items():
        assert len(lits) >= 50, (cat, len(lits))
        vals = list(lits[:PER_CAT])
        seen = set(vals)
        while len(vals) < PER_CAT:
            v = template(tname)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        for v in vals:
            n += 1
            rows.append({"id": "%s-%05d" % (PREFIX, n), "category": cat, "label": "benign", "value": v})
    with open(out, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
