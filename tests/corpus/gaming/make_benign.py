"""Held-out benign corpus "gaming" (ids hb46-NNNNN).

Text that players, modders, server owners and support staff really type into the
ordinary fields of a game studio's player portal, support desk, mod repository and
in-game chat/reporting tools. The values are hard negatives: apostrophes in names,
``<3`` and ``>_<`` emotes, ``;`` and ``|`` in MOTDs, ``--``/``=>`` in patch notes,
Windows and Linux crash paths, config snippets and scripting questions that mention
select/drop/exec/eval/sleep in perfectly innocent ways.

Everything below was hand-written for this corpus. Each category has a pool of
hand-written literal values plus one small template over hand-written word pools that
tops the category up to PER_CATEGORY values. Output is deterministic (fixed seed, list
iteration only) and is written next to this file as benign.jsonl.

Run:  python3 make_benign.py
"""

import json
import random
from pathlib import Path

SEED = 4601
PREFIX = "hb46"
PER_CATEGORY = 80
OUT = Path(__file__).with_name("benign.jsonl")

# ---------------------------------------------------------------------------
# 1. player-names: gamertags, clan tags, display names
# ---------------------------------------------------------------------------
PLAYER_NAMES = [
    "[xX]_N0Sc0pe_<3",
    "O'Brien#0417",
    "<NoScope> Dave",
    "xXx_D4rkL0rd_xXx",
    "~*Sakura*~",
    "김치볶음밥#KR1",
    "ツ Kenji ツ",
    "$tacks&Racks",
    "{TTV}Ninja_Wannabe",
    "=|FuRy|= Reaper",
    "<(^_^)>",
    "Dr. Pepper & Co",
    "-=[VoX]=- Ghost",
    "Señor Pollo",
    "D'Artagnan_99",
    "Müller-Lüdenscheidt",
    "Ω Omega Ω",
    "Chaos;Child",
    "100% Not A Bot",
    "¯\\_(ツ)_/¯",
    "Sudo Make Me A Sandwich",
    "root_beer_float",
    "[RIP] Executioner",
    "--Silent--",
    "/dev/null",
    "C:\\Users\\Guest",
    "Ｆｕｌｌｗｉｄｔｈ",
    "Пельмень_228",
    "Λάμπρος",
    "ليث_الصقر",
    "狙撃手_零",
    "Ⓐⓝⓐⓡⓒⓗⓨ",
    "B0mb&Bake",
    "[SAS]Cpt. O'Neil",
    "ItsMe <Mario>",
    "{ArcticWolf}",
    "#1 Support Main",
    "Sleep Deprived 24/7",
    "UnionJack_1966",
    "SIGKILL_9",
    "Pa$$ive Aggressive",
    "Tom & Jerry's Mom",
    "<3 Lina <3",
    "mommy's lil' tank",
    "🐸Froggo🐸",
    "Ürgüp Kaplanı",
    "José María ★",
    "Hélène_Ø",
    "n00b=true",
    "_-_Shadow_-_",
    "Alert: Noob Inside",
    "Q*bert's Revenge",
    "Drop Bear AU",
    "x^2 + y^2",
    "Admin? No, Adam.",
    "Nguyễn Văn Gà",
    "Ǝpic Fail",
    "#YOLO|Swag",
    "<<Kaiser>>",
    "Mr. 'No Scope' Smith",
    "'Sup Dude",
    "L33t H4x0r (not really)",
    "Zoë \"Zed\" Park",
]

NAME_TAGS = ["[xX]", "[SAS]", "=|FuRy|=", "{TTV}", "<GG>", "-=[VoX]=-", "[Ω]", "|KR|",
             "(ツ)", "[D&D]", "<Nightwatch>", "~KoP~"]
NAME_BASES = ["Reaper", "Kit'sune", "Bärchen", "Sn1per", "Lucía", "Nova", "Tank_Mom",
              "Ghost", "Ромашка", "Hiro", "O'Hara", "Ñandú", "Pixel&Pie", "Zer0"]
NAME_SUFFIXES = ["#2231", "_<3", "#0042", "_99", "", " TTV", "™", "_Jr.", "#EU", " (AFK)",
                 "^^", "_x"]


def gen_player_name(rng):
    tag = rng.choice(NAME_TAGS)
    base = rng.choice(NAME_BASES)
    suf = rng.choice(NAME_SUFFIXES)
    sep = rng.choice(["", " ", "_"])
    return f"{tag}{sep}{base}{suf}"


# ---------------------------------------------------------------------------
# 2. chat-lines: in-game chat, whispers, emotes, party chatter
# ---------------------------------------------------------------------------
CHAT_LINES = [
    "gg wp <3",
    "lol that was a 1v5 :D",
    "anyone selling a +5 sword? pm me",
    "/w O'Brien#0417 meet at the bank in 5",
    "brb dog is eating my headset -_-",
    "that boss is so broken >:(",
    "can we drop the left flank & rush B?",
    "select your class before the timer runs out ffs",
    "ez clap ;)",
    "/me dances on the table",
    "/roll 1d20+3",
    "lag spike 400ms again?? -- EU servers pls",
    "who's got the key for the vault? I'll wait at the door",
    "union of both raid groups at 8pm server time, don't be late",
    "^^ what he said",
    "<-- this guy carried us",
    "she's at 10% hp, burst her NOW!!!",
    "mute voice pls, someone's mic is echoing",
    "WTS [Dragonbone Helm] 25k or best offer, /w me",
    "1 + 1 = 11 in this game's damage calc lmao",
    "i'm gonna sleep, 3am here... gn all",
    "alert the tank, adds are spawning behind us",
    "execute phase at 20%, save your cooldowns",
    "||spoiler: the king dies at the end||",
    "`!rank` doesn't work in this channel?",
    "o7 commander",
    "xD xD xD",
    "¿alguien habla español? necesito ayuda con la misión del faro",
    "bonjour à tous, quelqu'un pour un donjon ?",
    "wer kommt mit in den Raid? brauchen noch 'nen Heiler",
    "ありがとう！またね〜",
    "이 게임 너무 어려워 ㅋㅋㅋ",
    "кто-нибудь знает, где найти ключ от подвала?",
    "obrigado pelo carry, mano!",
    "dzięki za grę, było super",
    "<3 <3 <3 thx for the res",
    "did anyone else get kicked with 'error 0x80070005'?",
    "bro the kid in lobby 3 is 100% aimbotting",
    "my ping is 999 & my fps is 12, what is this, 2005?",
    "LF2M healer + dps for Shadowfen HC, need 'tanky' ppl",
    "pls don't stand in the fire >_<",
    "\"100% drop rate\" my ass",
    "--> vote kick on Bob? he's been afk since round 2",
    "stop spamming 'ping' in global ffs",
    "who wants to duel? winner gets 500g",
    "I'm on the Discord now: #raid-night",
    "hp 1/10, mana 0/200 ... send help",
    "nice shot!! how did you even hit that from 300m?",
    "F in chat for our tank",
    "server restart in 10 min, log out somewhere safe",
    "can someone explain why 'Critical Strike' doesn't stack with 'Sharpened Blade'?",
    "omw, 2 min, don't pull without me!!",
    "(╯°□°)╯︵ ┻━┻ third wipe on the same mechanic",
    "┬─┬ノ( º _ ºノ) ok ok calm down, one more try",
    "left side = stack, right side = spread, got it?",
    "ty for the gold kind stranger :)",
    "tank pls mark skull on the caster >>> then X on the archer",
    "he's behind the rocks @ 2 o'clock",
    "ok who pulled the whole room... Leeroy?",
    "no u",
]

CHAT_OPENERS = ["lol", "omg", "ok", "brb", "guys", "yo", "pls", "wait", "bro", "hey"]
CHAT_BODIES = [
    "who's tanking {place}?",
    "{name} just solo'd {place} :O",
    "meet at {place} in {n} min",
    "need {n} more for {place}",
    "{name} can u res me? I'm at {place}",
    "anyone done {place} on hard yet?",
    "stop pulling aggro {name} >_<",
]
CHAT_PLACES = ["the Sunken Keep", "Frostmaw Pass", "B site", "the bridge", "Ravenholm docks",
               "Shadowfen", "the Ember Forge", "Mirewood", "north tower", "the arena"]
CHAT_NAMES = ["Lina", "O'Brien", "Kenji", "Zoë", "Ghost", "Bärchen", "Ромашка", "Hiro"]
CHAT_EMOTES = ["", " :)", " xD", " <3", " ;)", " -_-", " ^^", " >:(", " :P", " o/"]


def gen_chat_line(rng):
    body = rng.choice(CHAT_BODIES).format(
        place=rng.choice(CHAT_PLACES), name=rng.choice(CHAT_NAMES), n=rng.randint(2, 15))
    return f"{rng.choice(CHAT_OPENERS)} {body}{rng.choice(CHAT_EMOTES)}"


# ---------------------------------------------------------------------------
# 3. player-reports: reports, ban appeals, moderation tickets
# ---------------------------------------------------------------------------
PLAYER_REPORTS = [
    "Player 'Xx_Gank_xX' was teamkilling all match, see replay at 12:34 and 18:02.",
    "He said \"uninstall & go back to mobile\" in all-chat. Not a huge deal but he does it every game.",
    "Suspected speed hack: moved from spawn to B site in ~2s. Match ID 7731-AB-0098.",
    "Ban appeal: I was banned for 'third-party software' but the only things running were OBS & Discord. Please review.",
    "I admit I used a macro for crafting, it was stupid. I've uninstalled it. Can the ban be reduced to 7 days?",
    "my little brother got on my account and typed stuff in chat, sorry. it won't happen again",
    "Reported player uses an exploit under the bridge on Harbor (you can shoot through the wall at 412,88).",
    "Chat log:\n[22:14] <ToxicTim> uninstall noob\n[22:15] <ToxicTim> reported? lol go ahead\n[22:15] <ToxicTim> i have 5 accounts",
    "Gold seller spamming a website in /trade every 30 seconds, name is 'GoldFast88'",
    "Account was hacked on 03/14, someone changed my email & sold all my items. Ticket #558213.",
    "I didn't cheat, my aim is just good after 3000 hours. Check my stats on the tracker.",
    "Why was my name 'Sir Drops-a-Lot' flagged as offensive?? It's a joke about loot drops",
    "Please unban. I was disconnecting because of my ISP, not rage quitting (3 leaves in 1 hr).",
    "Griefer destroyed our base at -1200 / 64 / 3300 on EU-Survival-3 last night, coreprotect shows user 'pyr0'",
    "Lobby host kicked everyone who wasn't in his clan <SWAG> right before the final round.",
    "Abusive voice chat, timestamps 04:10–06:55 in the attached clip.",
    "He keeps sending friend requests & whispers after I blocked him. Alt accounts: Fox1, Fox_2, F0x3",
    "False report? I got a chat restriction for typing 'gg ez'. That's normal banter...",
    "Cheating evidence: the kill cam shows him tracking through smoke; his profile shows a 78% headshot rate.",
    "Ce joueur insulte tout le monde en chat et refuse de jouer l'objectif. Partie du 12/03 vers 21h.",
    "Dieser Spieler benutzt eindeutig einen Wallhack – siehe Killcam ab 03:12.",
    "Este jugador me robó el botín después de la mazmorra, ¿pueden devolvérmelo? Se llama 'ElLadrón'.",
    "このプレイヤーはチートを使っています。リプレイを確認してください。",
    "Игрок постоянно оскорбляет команду и специально проигрывает. Ник: Tёмный_Лорд",
    "Appeal: ban reason says 'Exploit abuse (dup)'. I traded with a guy who had duped items, I didn't know. Fine with losing the items.",
    "I was just AFK because my kid needed help, not botting!! 2 hours max",
    "Report reason: inappropriate name. It's a slur with numbers swapped in for letters.",
    "Reported for 'cheating' by the whole enemy team after I went 32/4. Please check & clear my account.",
    "The admin on server #12 banned me for saying the server was laggy. I have a screenshot of the chat.",
    "Boosting: 'Ace_Carry' and 'Ace_Carry2' queue together, one of them always throws & the other gets +25 RR.",
    "He named his character after my real name & address. Please remove it ASAP!!",
    "Teammate kept blocking the door in spawn so we couldn't leave -> we lost 0:4 because of him.",
    "Someone is impersonating a GM in /general: 'GM_Support' asking people for their password \"for verification\".",
    "I was muted 24h for saying \"kill the healer first\". That's literally the strategy??",
    "Appeal #2 (first one got no answer). Ban ID: BN-2024-0091-XQ. I don't even know what I did.",
    "Report: AFK farming in battlegrounds, same 5 accounts every night from 01:00 to 06:00.",
    "Player sent me a link saying 'free skins, log in with Steam' — it looked like a phishing page.",
    "Hi, my son (12) was banned for bad language. I've talked to him. Could you lift it? – Mrs. Kowalczyk",
    "Hacker in ranked: flying around the map, 0 damage taken, instant kills. Match 2024-03-09 22:41 CET.",
    "Spieler 'Schattenwolf' hat mir nach dem Handel das Item nicht gegeben (Screenshot anbei).",
    "O jogador ficou xingando minha mãe no chat de voz durante toda a partida :(",
    "Giocatore tossico, continua a scrivere insulti in chat anche dopo il mute.",
    "Он использует макрос на отдачу, видно по идеальной стрельбе в каждой катке.",
    "Appeal: \"Offensive guild name\" — our guild is <Sons of Anarchy>, it's a TV show reference, not offensive.",
    "The 'report player' button does nothing when the name has an apostrophe (tried reporting D'Arcy_X).",
    "It's not a bot, it's my brother & me sharing a PC. Same IP doesn't mean multi-accounting.",
    "Please look at round 7: he's standing still and still gets 4 headshots in 0.3s.",
    "Scam report: agreed 40k for the mount, he traded 4k (missing a 0) and logged off.",
    "Appeal for chat ban: yes I said 'drop dead', it was after he teamkilled me 3 times. I'll be calmer.",
    "Smurf account ruining bronze lobbies: level 30 with 2k hours of playtime on his main, he says so himself in chat.",
    "Pedido de desbanimento: fui banido por 'linguagem ofensiva' mas escrevi apenas 'que merda de lag'.",
    "User uploaded an offensive spray (swastika) on map Dust & Bones, spray ID 88123.",
    "Moderator note: warned twice already (02/11, 02/25). Third strike => 7-day suspension per policy §4.2.",
]

REPORT_OFFENSES = ["teamkilling", "griefing", "spamming /trade", "wall hacks", "afk farming",
                   "hate speech in voice", "feeding on purpose", "exploiting a map bug",
                   "scamming in trades", "boosting"]
REPORT_NAMES = ["Xx_Gank_xX", "O'Rourke", "Schattenwolf", "Kai<3", "ToxicTim", "Ромашка",
                "pyr0", "Ace_Carry", "Señor Pollo", "F0x3"]
REPORT_EVIDENCE = ["see replay at {m}:{s:02d}", "clip attached ({m}:{s:02d} - {m2}:{s:02d})",
                   "chat screenshot attached", "happened again in round {m}",
                   "3 other players reported him too", "kill cam shows it clearly"]


def gen_player_report(rng):
    m = rng.randint(1, 40)
    ev = rng.choice(REPORT_EVIDENCE).format(m=m, m2=m + 2, s=rng.randint(0, 59))
    return (f"Report: {rng.choice(REPORT_OFFENSES)} by '{rng.choice(REPORT_NAMES)}' "
            f"in match {rng.randint(1000, 9999)}-{rng.choice('ABCDEFGH')}{rng.choice('KLMNPQRS')}. {ev}.")


# ---------------------------------------------------------------------------
# 4. patch-notes: changelogs, hotfix notes, balance changes
# ---------------------------------------------------------------------------
PATCH_NOTES = [
    "v1.4.2 — Fixed a crash when alt-tabbing during the loading screen.",
    "- Reduced Sleep Dart duration 6s -> 4s\n- Fireball damage 120 => 105\n- Fixed typo in the 'Drop Item' tooltip",
    "Hotfix 2.0.1: Union Station map no longer drops players through the floor near the east stairs.",
    "Changed: /kill now has a 10s cooldown (it was abused to skip the death penalty).",
    "Removed the 'Execute' talent's 25% threshold; it now scales with Crit%.",
    "[BALANCE] Assassin: Backstab dmg x1.5 -> x1.3; Poison ticks every 0.5s instead of 1s",
    "Fixed: players with an apostrophe in their name (e.g. O'Neil) could not join parties.",
    "Fixed: chat messages containing <3 were cut off in the combat log.",
    "Known issue: the Select Server screen may show 0 ping for all regions on Linux/Proton.",
    "Localization: added 日本語 and Português (Brasil) — thanks to our community translators!",
    "Config: new option `max_fps = 240` in settings.ini (default 144).",
    "Save files moved from %APPDATA%\\Ironkettle\\Ashfall\\Saves to %USERPROFILE%\\Documents\\My Games\\Ashfall\\Saves. Old saves are copied automatically on first launch.",
    "macOS: logs now live in ~/Library/Logs/Ashfall/ instead of /tmp/ashfall-*.log.",
    "Season 7 ranked reset: everyone drops 2 tiers (Diamond -> Platinum, etc.).",
    "Nerfed the 'Table Flip' emote's hitbox — it could push players off ledges (╯°□°)╯︵ ┻━┻",
    "Server: tick rate 64 -> 128 on all competitive playlists.",
    "Modding API: `OnPlayerJoin(player)` now fires after the inventory loads; use `OnPlayerSpawn` if you need the old timing.",
    "Anti-cheat: we now detect & flag memory editors that attach to Ashfall.exe at runtime.",
    "Update 3.1 'Frost & Fury' is live! Patch size: ~4.2 GB on PC, 3.8 GB on console.",
    "Fixed a bug where selecting all items in the stash and pressing DEL deleted equipped gear too.",
    "The `script` console command is now disabled on official servers; it still works in single player and on private servers.",
    "Performance: the shader cache is stored in <GameDir>/cache/shaders; delete it if you see artifacts after updating.",
    "Correctif 1.2.3 : les joueurs ne tombent plus à travers la carte « Port-Réal ».",
    "Patch 5.0: Die Abklingzeit von „Sprint“ wurde von 8 s auf 6 s reduziert.",
    "パッチ1.1：ボス戦でクラッシュする問題を修正しました。",
    "Обновление 2.3: исправлен вылет при выходе в главное меню.",
    "Parche 4.1: el jefe 'Rey Ceniza' ya no se queda atascado en la pared; recompensas x2 este fin de semana.",
    "Drop rates: Legendary 0.5% -> 0.8%, Mythic 0.05% -> 0.1%. Pity timer now resets on any Legendary+ drop.",
    "Fixed: 'Alert' sound played twice when a party member whispered you while tabbed out.",
    "Patch 0.9.7 (Early Access)\n\nNEW\n* Co-op for up to 4 players\n* Photo mode (F10)\n\nFIXES\n* Fixed softlock when dying during a cutscene\n* Fixed controller rumble never stopping after an explosion",
    "Crafting: 3x Iron Bar + 1x Coal => 1x Steel Bar (was 4x Iron + 2x Coal).",
    "PvP: damage against players is now 70% of PvE damage (was 100%). Healing unchanged.",
    "Removed the 'Union Jack' spray from the store after feedback; everyone who bought it got a refund of 300 coins.",
    "Fixed the dedicated server ignoring `-port=7778` on the command line.",
    "Linux server: start script renamed from run_server.sh to AshfallServer.sh; old name still works as a symlink.",
    "Dungeon Finder: you can no longer queue as tank && healer && dps at the same time on one character (lol).",
    "Chat: added /dnd, /afk <message>, and /ignore <name>. Ignore list max 100 -> 500 entries.",
    "Fixed an issue where names with characters like ø, ł or ğ were shown as '?' on the scoreboard.",
    "Console: `exec <file>` now searches cfg/ and cfg/user/ (in that order).",
    "Stamina regen: 12/s -> 10/s while sprinting out of combat, 5/s in combat (unchanged).",
    "Hotfix 1.0.3\n- Fixed: game froze for ~5 sec when opening the map with > 300 waypoints\n- Fixed: 'Select All' in the mail window also selected mails with attachments\n- Fixed: typo 'Recieve' -> 'Receive'",
    "Trading post: listing fee 5% -> 3%; sales tax stays at 10%. Max listings per account 25 -> 40.",
    "Weapon 'Whisper & Thunder' damage 48–62 -> 44–58; attack speed 1.1 -> 1.15.",
    "Fixed: custom crosshair codes containing '=' or ';' could not be imported.",
    "Replays: new folder structure Replays/<Season>/<Date>/ — old replays are NOT migrated, sorry!",
    "Speedrun mode: in-game timer now pauses during loads (LRT), matching the community's rules.",
    "Servers will be down Tue 08:00–10:00 UTC for maintenance. Expect a ~2 GB patch afterwards.",
    "Removed the 64-character limit on guild descriptions (now 500). Markdown is not supported (yet).",
    "Fixed a rare crash in the Vulkan renderer (VK_ERROR_DEVICE_LOST) when changing resolution mid-match.",
    "Steam Deck: default preset now targets 40 fps; 'Sleep' from the Steam menu no longer desyncs online sessions.",
    "Auto-kick for inactivity raised 3 min -> 5 min in casual modes; ranked stays at 90s.",
    "Balance 7.2: Paladin 'Divine Shield' 8s -> 6s, cooldown 5 min -> 4 min; 'Hammer of Wrath' now usable below 25% HP (was 20%).",
]

PATCH_VERBS = ["Fixed", "Improved", "Adjusted", "Reworked", "Fixed a rare crash in", "Rebalanced"]
PATCH_THINGS = ["the stash UI", "grappling hook physics", "the 'Drop All' button",
                "matchmaking for parties of 5", "the Frostmaw boss arena", "mouse sensitivity on 4K",
                "controller dead zones", "the select-target hotkey", "voice chat on Linux",
                "the trading post search", "ragdolls on slopes", "the Union Yard map"]
PATCH_DETAILS = ["thanks for the reports!", "PC only", "all platforms", "see known issues",
                 "was broken since 1.3", "requires restart", "EU & NA servers", "console only"]
BAL_ABILITIES = ["Fireball", "Backstab", "Sleep Dart", "Shield Bash", "Execute", "Chain Heal",
                 "Frost Nova", "Arcane Surge", "Drop Kick", "Battle Shout"]
BAL_STATS = ["damage", "cooldown", "range", "mana cost", "cast time", "duration"]


def gen_patch_note(rng):
    if rng.random() < 0.5:
        ver = f"v{rng.randint(1, 4)}.{rng.randint(0, 9)}.{rng.randint(0, 12)}"
        return f"{ver} — {rng.choice(PATCH_VERBS)} {rng.choice(PATCH_THINGS)} ({rng.choice(PATCH_DETAILS)})."
    a = rng.randint(4, 120)
    b = a + rng.choice([-6, -4, -2, 2, 5, 10])
    arrow = rng.choice(["->", "=>", "→"])
    return f"{rng.choice(BAL_ABILITIES)}: {rng.choice(BAL_STATS)} {a} {arrow} {b}"


# ---------------------------------------------------------------------------
# 5. bug-reports: crash reports, console output, log excerpts, repro steps
# ---------------------------------------------------------------------------
BUG_REPORTS = [
    "Game crashes on startup. Log says:\nFATAL: could not open file 'C:\\Program Files (x86)\\Steam\\steamapps\\common\\Ashfall\\data\\pak03.pak' (errno=2)",
    "Segfault when launching with -vulkan on Arch:\n./Ashfall.x86_64 --windowed\nSegmentation fault (core dumped)",
    "Stack trace:\nNullReferenceException: Object reference not set to an instance of an object\n  at InventoryUI.Refresh () [0x0001a] in <8c1f3b2e>:0\n  at StashWindow.OnOpen () [0x00004] in <8c1f3b2e>:0",
    "After the patch I get \"Error: ENOENT: no such file or directory, open '/home/deck/.local/share/Ashfall/config.json'\" on Steam Deck",
    "Traceback (most recent call last):\n  File \"mods/autoloot/main.py\", line 42, in on_tick\n    for item in self.select_items(where='ground'):\nKeyError: 'ground'",
    "Steps: 1) open stash 2) drag an item onto 'Sell' while the selling tab is open 3) item duplicates.\nExpected: one item. Actual: two.",
    "Proton 8.0-4, game hangs at 'Compiling shaders 99%'. Log: ~/.steam/steam/steamapps/compatdata/1234560/pfx/drive_c/users/steamuser/AppData/Local/Ashfall/Saved/Logs/Ashfall.log",
    "Audio desyncs after alt+tab; typing `snd_restart` in the console fixes it until the next alt+tab.",
    "Crash dump: Ashfall_2024-03-02_21-14-55.dmp (attached). Exception code 0xC0000005 ACCESS_VIOLATION at 0x00007FF6A1B3C4D2",
    "The DROP button in the inventory does nothing when the stack count is > 999.",
    "Server log:\n[WARN] Player O'Reilly (id=55821) sent malformed packet, len=0\n[ERR] kick reason: desync\n[INFO] 11/12 players connected",
    "Windows Event Viewer: Faulting application name: Ashfall-Win64-Shipping.exe, Faulting module name: nvwgf2umx.dll, Exception code: 0xc0000409",
    "`exec autoexec.cfg` doesn't run on launch anymore since 1.5; I have to type `exec autoexec` manually every time.",
    "Game says 'Save corrupted' when the save path has a ü in it (C:\\Users\\Jürgen\\Documents\\My Games\\Ashfall).",
    "Lua error in mod 'BetterMaps': attempt to index a nil value (field 'minimap') at scripts/ui/map.lua:118",
    "Build 10432 on Linux: ./Ashfall.sh: line 7: 12345 Killed  \"$GAMEDIR/bin/Ashfall\" \"$@\" — looks like the OOM killer, and I have 16GB.",
    "the 'sleep' emote puts your character under the map if you use it on stairs",
    "When a display name has a < in it, the leaderboard shows nothing after it (e.g. 'Kai<3' shows as 'Kai').",
    "Console spam: \"Shader compile failed: unexpected token ';' at line 88\" every frame in the swamp zone.",
    "dxdiag + msinfo attached. GPU: RX 6700 XT, driver 23.12.1, Win11 23H2, 32 GB RAM.",
    "Reproducible 100%: quit to menu while the 'Union Banner' is equipped -> infinite loading screen.",
    "Game freezes for ~2s every time someone joins. netstat shows 400+ connections to port 27015??",
    "Assertion failed: (index < m_items.size()), function operator[], file Inventory.cpp, line 301.",
    "Das Spiel stürzt ab, sobald ich die Karte öffne. Fehlermeldung: „Zugriffsverletzung bei Adresse 0x00000000“.",
    "El juego se congela en la pantalla de carga después de la actualización 1.5 (PS5, versión física).",
    "游戏在加载界面卡住，日志显示：无法读取 data/pak02.pak",
    "Игра вылетает при смене разрешения на 2560x1440, в логе: D3D11: DXGI_ERROR_DEVICE_REMOVED",
    "Can't connect to my own dedicated server: 'Connection timed out (192.168.1.20:7777)'. Ports 7777-7778 UDP are forwarded.",
    "Crash log excerpt:\n[2024.03.02-21.14.55:123][ 12]LogWindows: Error: === Critical error: ===\n[2024.03.02-21.14.55:123][ 12]LogWindows: Error: Fatal error: [File:D:\\build\\Ashfall\\Source\\Runtime\\Inventory.cpp] [Line: 301]",
    "When I type & in the guild message of the day, everything after it disappears after relog. 'Raids Tue & Thu' -> 'Raids Tue '",
    "Mouse cursor stays visible in fullscreen on a 2-monitor setup (primary 1440p @ 165Hz, secondary 1080p @ 60Hz).",
    "Mac M2: the game won't start, Console.app says: \"Ashfall.app\" is damaged and can't be opened. You should move it to the Trash.",
    "Steps to reproduce:\n1. Join a party of 4\n2. Leader selects 'Heroic' difficulty\n3. Someone leaves during the countdown\nResult: everyone is stuck on 'Waiting for players...' forever",
    "The search box in the auction house crashes the client if you paste a name with an emoji (🐸Froggo🐸).",
    "Tried verifying files, reinstalling, deleting %LOCALAPPDATA%\\Ashfall, and disabling overlays. Still CTD after 5-10 min.",
    "My character's hair is bald on Low textures (r.TextureQuality=0). On Medium+ it's fine.",
    "Server console:\n> whitelist add Lina\nError: player not found\n> whitelist add lina\nAdded lina to the whitelist\nLooks like names are case-sensitive?",
    "Valgrind output from the Linux dedicated server (build 10432):\n==4411== Invalid read of size 8\n==4411==    at 0x5A3F21: Net::Channel::Flush() (Channel.cpp:212)",
    "Texture flickering on the bridge in Ravenholm, only with DLSS on. Video: 00:45–01:10.",
    "I pressed 'Select All' in the mail window and 'Delete' removed 12 mails that still had gold attached!! 4,500g gone.",
    "After 1.6 my controller (DualSense via USB) is detected as a keyboard. Steam Input on/off doesn't matter.",
    "Linux: the game writes its logs to /tmp and they get wiped on reboot. Could they go to $XDG_STATE_HOME instead?",
    "Achievement 'Sleepless' didn't unlock after 24 hrs of playtime in one session (yes, I know...).",
    "Error on login: \"Your session has expired (code 401). Please log in again.\" — happens every ~15 minutes.",
    "ゲームを起動するとすぐにクラッシュします。Windows 11、RTX 3060、ドライバーは最新です。",
    "Disconnect message: 'Kicked: packet size exceeded (65535 > 32768)'. Happens when opening the guild bank with > 500 items.",
    "Input lag ~100ms with V-Sync on, ~15ms with it off. Is this expected? Tested with LDAT.",
    "Water reflections render black on Intel Arc A770 (driver 31.0.101.5186), DX12. DX11 is fine.",
    "Minor: the tooltip for 'Drop Table' (the furniture item) says 'Drop Tabel'.",
    "Core dump: /var/lib/systemd/coredump/core.AshfallServer.1000.4f2a.12345.zst — want me to upload it somewhere?",
    "Quest 'The Eval of Elders' can't be turned in; NPC says \"I have nothing for you\" even with all 3 relics.",
    "Game keeps resetting my keybinds; C:\\Users\\Ana\\AppData\\Local\\Ashfall\\Saved\\Config\\Windows\\Input.ini becomes read-only??",
]

BUG_SYMPTOMS = ["crashes to desktop", "freezes for ~{n}s", "shows a black screen",
                "drops to {n} fps", "disconnects with 'Lost connection to host'",
                "loses my keybinds", "stutters every {n} seconds"]
BUG_TRIGGERS = ["when I open the map", "after alt+tab", "in the Frostmaw boss fight",
                "when someone joins the party", "on the 'Select Character' screen",
                "when dropping items from the stash", "after the 1.6 patch", "in photo mode"]
BUG_SYSTEMS = ["Win11 / RTX 4070 / 32GB", "Steam Deck (SteamOS 3.5)", "Win10 / GTX 1060 / 16GB",
               "Ubuntu 22.04 + Proton 8", "PS5", "Xbox Series S", "macOS 14 / M1"]
BUG_PATHS = ["C:\\Program Files (x86)\\Steam\\steamapps\\common\\Ashfall\\Logs\\Ashfall.log",
             "~/.local/share/Ashfall/Logs/latest.log",
             "%LOCALAPPDATA%\\Ashfall\\Saved\\Crashes\\",
             "/home/deck/.steam/steam/logs/content_log.txt",
             "D:\\Games\\Ashfall\\crash_{n}.dmp"]


def gen_bug_report(rng):
    n = rng.randint(2, 30)
    sym = rng.choice(BUG_SYMPTOMS).format(n=n)
    path = rng.choice(BUG_PATHS).format(n=rng.randint(1000, 9999))
    return (f"Game {sym} {rng.choice(BUG_TRIGGERS)}. System: {rng.choice(BUG_SYSTEMS)}. "
            f"Log: {path}")


# ---------------------------------------------------------------------------
# 6. mod-repository: mod descriptions, install notes, config snippets
# ---------------------------------------------------------------------------
MOD_TEXTS = [
    "Better Loot Tables — rebalances drop rates so rare items aren't 0.01%. Requires ModLoader >= 2.3.",
    "Installation: extract to <GameDir>/Mods/ and add `BetterLoot=true` to mods.ini. Don't overwrite the vanilla loot.json!",
    "[General]\nEnableHUD=1\nFOV=105\nSensitivity=0.85\n; set to 0 to disable motion blur\nMotionBlur=0",
    "{\n  \"name\": \"QuietNights\",\n  \"version\": \"1.0.3\",\n  \"dependencies\": [\"CoreLib>=1.2\"],\n  \"load_order\": 20\n}",
    "Compatible with the 'Union of Crowns' expansion. NOT compatible with 'Overhaul Everything' (both replace select_menu.swf).",
    "Changelog 0.9.1: fixed a script error when dropping items into a container; added Russian & Polish translations.",
    "config.lua:\nlocal settings = {\n  spawn_rate = 0.5, -- halve spawns\n  max_wolves = 12,\n  night_only = true,\n}\nreturn settings",
    "This mod adds an 'Exec cfg' button to the admin panel so server owners can run their .cfg files without opening the console.",
    "Texture pack 4K — 2.3 GB. Put the .pak in Content/Paks/~mods/ (the ~ matters, it makes it load last).",
    "Credits: models by Élodie, scripts by 'Grumpy' O'Connell, tested by the <Nightwatch> guild. ❤",
    "Please don't reupload to other sites. Translations OK, just link back & credit.",
    "Permissions: you may use the assets in your own mods as long as they're free. No paywalls / Patreon-only.",
    "keybinds.cfg:\nbind \"F5\" \"quicksave\"\nbind \"F9\" \"quickload\"\nbind \"mouse4\" \"+voicerecord\"\nalias \"jumpthrow\" \"+jump; -attack; -jump\"",
    "Removes the 3-second delay on the 'Select Character' screen. Tiny QoL mod, 12 KB.",
    "Script hook example:\non('player_death', function(p)\n  if p.level < 10 then p:keepItems() end\nend)",
    "Item override (items/sword_of_dawn.xml):\n<item id=\"sword_of_dawn\">\n  <damage min=\"40\" max=\"55\"/>\n  <rarity>legendary</rarity>\n</item>",
    "mobs.yml:\nmobs:\n  goblin:\n    hp: 45\n    drops: [copper_coin, 'rusty dagger']\n  troll:\n    hp: 900\n    drops: [troll_hide]",
    "Requires the .NET 6 runtime and BepInEx 5.4. Put the DLL in BepInEx/plugins/ — NOT in BepInEx/core/.",
    "Ce mod ajoute 40 nouvelles coiffures & 12 tatouages. Compatible avec la mise à jour 1.6.",
    "Dieser Mod ersetzt die Standard-Musik durch orchestrale Versionen (ca. 800 MB). Lautstärke in den Optionen anpassbar.",
    "このMODはUIを日本語に完全翻訳します。バグ報告はコメント欄へどうぞ。",
    "Мод добавляет реалистичную погоду: туман, грозы и снег зимой. Требуется CoreLib 1.4+.",
    "Load order: 1) CoreLib 2) UI_Tweaks 3) this mod. If the menu looks broken, check that UI_Tweaks isn't loading after us.",
    "Known issue: with >200 mods the game may say 'Too many open files'. Raise the limit in launcher.ini -> max_handles=4096.",
    "server.properties:\nmotd=\\u00a76Welcome to Pinecrest\\u00a7r\nmax-players=40\nwhite-list=true\nspawn-protection=16",
    "Console alternative if you don't like the UI: spawnitem \"Iron Sword\" 1",
    "v2.0 is a full rewrite. Old saves work, but uninstall v1.x first (delete Mods/BetterLoot/ completely).",
    "Adds 'Sleep until morning' to beds in multiplayer once >= 50% of players are in bed.",
    "FAQ\nQ: Does this work on console?\nA: No, PC only.\nQ: Can I add it mid-playthrough?\nA: Yes, but remove it only on a new save.",
    "weapons.json snippet:\n\"longbow\": { \"damage\": 34, \"draw_time\": 1.2, \"range\": 80, \"tags\": [\"ranged\", \"two-handed\"] }",
    "NPC schedule file (schedules/blacksmith.txt):\n06:00 wake\n07:00 walk_to forge\n12:00 eat @ tavern\n20:00 sleep",
    "Map pack 'Frontier' — 6 maps for 8-16 players. Includes .bsp, .nav and overview images. Place in maps/ and restart.",
    "Shader preset (ReShade): Clarity=0.35; Vibrance=0.12; LUT=\"WarmEvenings.png\". Turn OFF in-game sharpening.",
    "If your antivirus flags the .dll: it's a false positive caused by the injector. Source is on my GitHub page, build it yourself if you want.",
    "Recipe tweaks: 2x Wolf Pelt + 1x Thread => Fur Cloak (was 4 pelts). Iron Arrows x20 per craft (was x10).",
    "UI scale fix for ultrawide (21:9 & 32:9). Set `ui_aspect = \"auto\"` in ui.cfg or pick a value from the mod menu.",
    "Mod de tradução PT-BR completo: menus, missões, legendas & itens. Versão 3.2 (jogo 1.6.2).",
    "Traducción al español latino. Si ves textos en inglés, repórtalo con captura y la ruta del archivo (ej. Data/Strings/quests_es.txt).",
    "Polski patch: wszystkie dialogi + interfejs. Wrzuć folder 'pl' do Data/Localization/.",
    "Adds a /home command with a 60s warmup & 5 min cooldown. Permissions: homes.use, homes.bypass.cooldown (admins only).",
    "Patch notes 1.1.0:\n+ added 3 new mounts\n+ added config option `mount_speed_mult` (default 1.0)\n- removed debug spam from the log\n* fixed mounts despawning in caves",
    "Heads up: the Steam Workshop version lags behind the Nexus one by ~2 days because of the review queue.",
    "Requires: Script Extender >= 0.6.21 — download it from the official page, NOT from random mirrors.",
    "Discord for support: #mod-help. Please post your log (Documents/My Games/Ashfall/Logs/ModLoader.log), not just 'it doesn't work'.",
    "The mod reads its settings from mods/quietnights/settings.toml:\n[spawns]\nmax_per_chunk = 3\nnight_multiplier = 0.25\n[sound]\nambient = true",
    "Replaces the boring grey crosshair with 12 styles. Colors are set as RGBA: crosshair_color = 255 80 80 200",
    "Warning: this changes balance a lot. Bosses get +50% HP & new phases. Not for first playthroughs!",
    "Unity Mod Manager users: drop the zip onto the UMM window, then enable it in the Mods tab (Ctrl+F10 in game).",
    "All meshes optimized: 1.2M -> 340k tris on the castle. Big FPS boost on the Steam Deck.",
    "Tested with 1.6.2 (build 10432). Older versions: grab v1.8.4 from the files tab.",
    "Feature request? Open an issue or ping me @ModderMarta. No promises, I do this for free in my evenings <3",
    "Startup parameters I use with this mod: -nointro -dx12 -high -USEALLAVAILABLECORES",
    "DE: Der Mod funktioniert nicht mit 'Realistische Rüstung'; beide ändern armor.xml. Bitte nur einen aktivieren.",
]

MOD_ADJ = ["Better", "Quiet", "Immersive", "Simple", "Extended", "Lore-Friendly", "Unofficial",
           "Realistic", "Tiny", "Ultimate"]
MOD_NOUN = ["Loot", "Nights", "Campfires", "Inventory", "Horses", "Maps", "Crafting", "Weather",
            "Merchants", "Minimap"]
MOD_WHAT = ["adds {n} new {thing}", "rebalances {thing} drop rates by {n}%",
            "removes the {n}s delay on {thing}", "fixes {n} bugs with {thing}",
            "translates {thing} into {n} languages"]
MOD_THING = ["armor sets", "fishing rods", "the stash", "quest items", "NPC dialogues",
             "mount saddles", "potions", "boss arenas"]
MOD_REQ = ["Requires CoreLib >= 1.{m}.", "Needs BepInEx 5.4+.", "No requirements.",
           "Load after UI_Tweaks.", "Save-game safe.", "Not compatible with 'Overhaul Everything'."]


def gen_mod_text(rng):
    n = rng.randint(2, 40)
    what = rng.choice(MOD_WHAT).format(n=n, thing=rng.choice(MOD_THING))
    req = rng.choice(MOD_REQ).format(m=rng.randint(0, 9))
    return f"{rng.choice(MOD_ADJ)} {rng.choice(MOD_NOUN)} — {what}. {req}"


# ---------------------------------------------------------------------------
# 7. server-listings: server browser names, MOTDs, rules, guild recruitment
# ---------------------------------------------------------------------------
SERVER_TEXTS = [
    "[EU] ★ Pinecrest Survival ★ | PvE | No Wipe | Discord in MOTD",
    "Welcome to <Frostbite> RP! Rules: 1) No RDM 2) No metagaming 3) Respect staff & each other",
    "|| 24/7 Dust & Bones || 128 tick || FastDL ||",
    "US-East #3 - Vanilla+ | /home /tpa /spawn enabled | Est. 2019",
    "§6§lMythic Realms §r§7- Skyblock & Factions §c1.20.4",
    "MOTD: Server restarts daily at 04:00 UTC. Type /vote for daily rewards!",
    "Recruiting! <Dawnbreakers> (EU, Alliance) is looking for 2 healers & 1 tank for Mythic raids. Tue/Thu 20:00-23:00 CET.",
    "[FR] Les Loups Gris — serveur RP francophone, whitelist sur Discord, 18+.",
    "[DE] Gemütlicher Survival-Server, keine Griefer, Admins aktiv. Einfach joinen & Spaß haben!",
    "🇧🇷 Servidor BR | Sem lag | Eventos todo sábado | Staff 24h",
    "【JP】まったりサバイバル鯖　初心者歓迎！",
    "[RU] Выживание без доната | Вайп каждый месяц | Адекватная администрация",
    "Hardcore: one life, no /home, no /back. You die = you're out until the next wipe.",
    "Guild recruitment: 'Sleepless Union' — casual, chill, mostly Europeans 25+. Dungeons, PvP on weekends & lots of dumb jokes.",
    "Rules: no hacks/macros, no advertising, English in global chat please (use /l for local).",
    "LAN party tonight: connect 192.168.0.50:27015, password is in the group chat",
    "== Zombie Escape == | Custom maps | !rtv !nominate | Admins: Ghost, O'Hara, Kim",
    "Modded ⚙ All The Mods 9 | 16GB RAM | Backups every 6h | Java 17",
    "Staff applications open! Requirements: 16+, working mic, 10 hrs/week, no bans in the last 6 months.",
    "We are a semi-hardcore clan [KNGT] for PS5/PC crossplay. Must be level 50+ & have Discord.",
    "Clan <Select Few> — top 100 ladder, tryouts Saturday 18:00 CET. Bring your A-game.",
    "Server 'Drop Zone Alpha' | Battle Royale | 100 players | NA-West",
    "Welcome back, Wanderer! Double XP weekend is ON until Monday 23:59 (server time).",
    "NOTE: if you get 'Outdated client!' update to 1.20.4 or use ViaVersion.",
    "☠ Pirate Cove ☠ | Ship battles | Treasure hunts | Rum (in-game only lol)",
    "Looking for a guild? <Echoes of Dawn> accepts all levels, no activity requirement — just say hi in /g",
    "[AU/NZ] Outback Brawlers | 60 Hz | Low ping for Oceania | No AWP on weekends",
    "Rule #7: Don't camp the spawn. Rule #8: See rule #7. Rule #9: Seriously.",
    "MOTD: <color=#ff9900>Event tonight!</color> Boss rush at 21:00, prizes for top 3.",
    "Server rules (short):\n1. Be nice\n2. No cheats/exploits/dupes\n3. No building within 100 blocks of spawn\n4. Admin decisions are final",
    "[PL] Polski serwer survival 1.20 | Bez P2W | Rangi tylko za aktywność",
    "[ES] Comunidad hispana | Rol serio | Whitelist por formulario | +16",
    "Tired of toxic pugs? <Chill & Kill> runs weekly keys +10 to +20, all roles welcome, mic optional.",
    "Guilde <Les Chevaliers d'Émeraude> recrute tous niveaux ! Ambiance détendue, raids le mercredi 21h.",
    "Suche aktive Mitspieler für unsere Gilde „Eisenfaust“ – wir sind ca. 30 Leute, 20–40 Jahre alt.",
    "[TR] Türk Sunucusu | Günlük etkinlikler | Discord: Kuzey Kurtları",
    "Whitelist only. Apply with: IGN, age, timezone, favorite build style & why you want to join.",
    "US-Central | Vanilla 1.21 | Seed: -4530634556500121041 | World border 10k x 10k",
    "No PvP except in the Arena (/warp arena). Killing outside = 3-day ban.",
    "Welcome to Ironkettle Official #12! Report bugs with /bug <description>. Be excellent to each other.",
    "Server messages:\n[Broadcast] Wipe on Thursday 19:00 GMT\n[Broadcast] BP wipe every 2nd month",
    "Hardcore Ironman league — no trading, no groups, no auction house. Respect the grind o7",
    "Clan Wars every Sunday: 5v5, best of 3, signup in #clanwars until Friday 23:59.",
    "✦ Nebula SMP ✦ | 1.20.4 | Small community (≈25 active) | Mature players only",
    "KZ / Surf / Bhop — Tier 1-6 maps, !r to restart, !cp to checkpoint, !tp to teleport",
    "MOTD:\nWelcome, %player%!\nOnline: %online%/%max%\nVote daily at /vote for a key.",
    "Our guild bank is open for members rank 3+: withdraw up to 5 items/day, deposits welcome!",
    "[SEA] Singapore host | PvP-focused | Events & tournaments monthly | English/Bahasa/中文 OK",
    "Rules: no racism, no politics in global, no selling accounts. Speak English or use /lang.",
    "Community server 'Union Square' — friendly, no wipes since 2021, 300+ builds to explore.",
]

SRV_REGIONS = ["[EU]", "[NA]", "[US-West]", "[DE]", "[FR]", "[BR]", "[RU]", "[AU]", "[JP]", "[SEA]"]
SRV_NAMES = ["Pinecrest", "Dust & Bones", "Frostmaw", "Ravenholm", "Mythic Realms", "Nebula",
             "Outback Brawlers", "Pirate Cove", "Drop Zone", "Ironhold"]
SRV_MODES = ["Survival", "PvE", "Hardcore", "RP", "Creative", "Battle Royale", "Zombie Escape",
             "Surf", "Skyblock", "Factions"]
SRV_FEATURES = ["No Wipe", "Weekly Wipe", "x{n} Loot", "{n} slots", "128 tick", "Discord events",
                "Admins 24/7", "Vanilla+", "No P2W", "Whitelist", "Backups every {n}h"]


def gen_server_text(rng):
    feats = [rng.choice(SRV_FEATURES).format(n=rng.choice([2, 3, 5, 6, 10, 32, 64])) for _ in range(2)]
    if feats[0] == feats[1]:
        feats = feats[:1]
    sep = rng.choice([" | ", " || ", " - ", " ★ "])
    return sep.join([f"{rng.choice(SRV_REGIONS)} {rng.choice(SRV_NAMES)}", rng.choice(SRV_MODES)] + feats)


# ---------------------------------------------------------------------------
# 8. marketplace: trade and auction listings, price checks, in-game currency
# ---------------------------------------------------------------------------
MARKET_TEXTS = [
    "WTS [Dragonbone Helm] +7 — 25k gold or best offer, PM O'Brien#0417",
    "WTB 200x Iron Ore @ 3g/ea. Can pick up at the Ironhold hub.",
    "H: 10 keys W: Karambit | Fade (FN) + adds",
    "Trading 3x Legendary Shard for 1 Mythic Core, or 1:1 for Prism Dust > 500",
    "Price check? 'Cloak of Whispers' 18% crit / 12% haste. Offers > 40k only.",
    "LF: Frost Lance w/ 3 sockets. Paying 120 platinum + 2 Forma.",
    "Auction: starting bid 1,000,000 credits — ends Sat 20:00 UTC. Min increment 50k.",
    "Buying all Mithril Bars 45g each, mailing gold immediately <3",
    "Selling carries for raid 'Union of Shadows' 300k/run, all loot goes to you.",
    "Price: 4.5k gems (was 6k) — 25% off until patch day",
    "FS: 2x 'Sleep Potion' (stack of 20) 150g; 'Drop Rate Scroll' (2h) 900g",
    "1 key = 2.35 ref, 1 ref = 3 rec, 1 rec = 3 scrap. Buying hats at 1.33 ref.",
    "Trade offer: my Wolf mount + 5k for your Tiger mount? Tiger > Wolf imo so I'll add 5k",
    "Bulk: 999 x Health Potion (Greater) — 12g/pc, 11g/pc if you take all",
    "Reserved for @Lina_R until 18:00, after that first come first served",
    "Vendo espada +10 por 50k de oro, solo server Hispano.",
    "Verkaufe Flugmount „Sturmfalke“ für 80k Gold. Keine Tauschangebote.",
    "Vends 200 minerai de fer à 2po/pièce, MP moi.",
    "【売】★5武器 交換のみ、ゴールド不可",
    "Продам сет «Тёмный рыцарь» +8, 300к золота, торг уместен.",
    "Prices in gold: Common <50, Uncommon 50-200, Rare 200-1k, Epic 1k-10k, Legendary >10k",
    "Scammer alert: 'TradeKing' opens the trade window & swaps the item at the last second!!",
    "Listing #48211: Sapphire Ring (iLvl 480) — buyout 7,500g / bid 5,000g",
    "Not selling, just flexing 😎 [Crown of the Void]",
    "WTT my 'Ember & Ash' skin bundle for any Season 3 battle pass skin.",
    "Buying: Eye of Newt x40, Bat Wing x40, Toad Venom x20 => paying 8g each, 10g for venom",
    "Selling: Runic Sword (dmg 88-102, +12 STR, +8% crit) — 18k. No lowballs pls, I know what I have.",
    "Price history says 12k–14k over the last 7 days, so 20k is a rip-off m8",
    "Guild bank sale: 50% off all crafting mats this weekend for members (rank 2+).",
    "WTS Gold 1M @ cheap price — NOT. Report these spammers, they steal accounts.",
    "Selling 'Sleepwalker' title unlock code (EU). Trade for 2 event tokens.",
    "[B] 3x Rare Candy [S] 1x Master Ball — only in-game trade, no 3rd-party sites.",
    "Market tip: list on Friday evening, prices go up ~15% when everyone logs in for raids.",
    "Compro escudo épico 'Bastión' hasta 30k. Mandame mensaje in-game, estoy en Refugio Norte.",
    "Kupię zbroję +9, płacę 150k złota albo wymiana na wierzchowca.",
    "Satılık: +7 Ejderha Kılıcı — 45k altın, pazarlık payı var.",
    "【買】闇の水晶 ×10 1個500G で買い取ります",
    "H: 3x Unusual Taunt, 2x Strange Rocket Launcher W: 14 keys or pure (refined only)",
    "Buyout vs bid? If you set buyout < bid, the house rejects it. Learned that the hard way -_-",
    "Trading my 'O'Malley's Lucky Pipe' (limited, 2019 event) for offers. Not cheap.",
    "Selling 5 stacks of Oak Logs (5x200) for 1g each. Mail me, I'll COD it.",
    "Last price: 2,350 credits / 10 units; today's lowest ask 2,199. Buy the dip lol",
    "Pre-order my next craft: Starforged Bow (random stats). 60k + you bring 2 Star Cores.",
    "Free: 20x Wheat Seeds to anyone new on the server. Just /msg me, no payment needed :)",
    "Auction ended: Crown of the Void sold for 2,450,000g (8 bids). GG to the winner.",
    "Vendo conta? NÃO. Vendo só itens in-game: 3 pedras raras por 1k cada.",
    "Trade rules in this channel: price must be in gold or items, no real-money trades, no links.",
    "Selling potion bundle: 10x HP + 10x MP + 5x Antidote = 1.2k (saves you 300g vs vendor).",
    "Looking to swap a 'Sunfire' cape (dyed black) for a 'Moonshadow' cape (any dye).",
    "Crafting service: I'll make any epic recipe if you bring mats + 2k tip. 50+ satisfied customers ★★★★★",
]

MKT_VERBS = ["WTS", "WTB", "WTT", "Selling", "Buying", "LF", "FS"]
MKT_ITEMS = ["Dragonbone Helm", "Frost Lance", "Mithril Bar", "Sleep Potion", "Runic Sword",
             "Cloak of Whispers", "Eye of Newt", "Crown of the Void", "Ember & Ash skin",
             "Sapphire Ring", "Wolf Pelt", "Starforged Bow", "Bärenfell"]
MKT_CURR = ["g", "k gold", " platinum", " gems", " credits", " ref", " coins"]
MKT_TAILS = ["", ", PM me", " obo", " — no lowballs", " (EU)", " /w O'Brien", ", COD ok", " <3",
             " — price firm", " or trade"]


def gen_market_text(rng):
    qty = rng.choice(["", f"x{rng.randint(2, 200)} ", f"+{rng.randint(1, 10)} "])
    price = rng.choice([rng.randint(1, 99), rng.randint(100, 999), rng.randint(1, 60) * 500])
    return (f"{rng.choice(MKT_VERBS)} {qty}[{rng.choice(MKT_ITEMS)}] @ "
            f"{price}{rng.choice(MKT_CURR)}{rng.choice(MKT_TAILS)}")


# ---------------------------------------------------------------------------
# 9. speedrun-esports: run notes, splits, rules, tournament brackets, results
# ---------------------------------------------------------------------------
ESPORTS_TEXTS = [
    "Any% NMS in 1:42:37.520 (RTA), 1:39:55 IGT. New PB by 48s!",
    "Splits: Forest 4:12.3 | Castle 9:55.0 (-3.2) | Boss 14:01.7 (+0.9)",
    "Used the 'door clip' at 0:32 — hold crouch + jump on frame 2 after the door opens.",
    "Glitched% rules: no external tools, no save editing; wrong warp via menu buffer is allowed.",
    "Timing starts on the first input after 'Select File' and ends when the final hit lands.",
    "Seed 0x8F3A21 for the set-seed category; RNG manipulation is not allowed in Random Seed.",
    "Bracket: Quarterfinal 1 — Team <Aurora> vs [VX] Vortex, Bo3, Sat 18:00 CET",
    "Results: Upper final 3-1 Aurora; Lower final 2-3 Vortex (reverse sweep!!); Grand final Sun 20:00",
    "Seeding: 1) Aurora 2) Vortex 3) Nightwatch 4) O'Shea's Heroes 5-8) TBD via qualifiers",
    "Map veto: Aurora bans Harbor, Vortex bans Union Yard, Aurora picks Dust & Bones, Vortex picks Frostmaw, decider Ravenholm.",
    "Player of the match: Kenji 'ツ' Watanabe — 31/8/12, 92% kill participation",
    "Verifier note: video is 30 fps, please resubmit at 60 fps so we can retime (frame 0 -> frame 154,233).",
    "Sum of best: 1:38:12.004 — I'm leaving ~1.5 min on the table in the water level",
    "Rules update: the 'save & quit' skip is banned in 100% but stays legal in Any%.",
    "Prize pool: $5,000 → 1st 50%, 2nd 25%, 3rd–4th 12.5% each",
    "Check-in closes 30 min before the start. No-shows = DQ. Disputes go to #tournament-admins.",
    "Swiss round 3: 2-0 teams play each other; 0-2 teams are eliminated.",
    "Time: 23:59.99 — yes, sub-24 by one hundredth lmao",
    "Mejor tiempo: 12:34.56, récord mundial anterior 12:40.01",
    "Neuer Weltrekord in Any% Glitchless: 47:03! Danke an alle im Chat <3",
    "RTAで自己ベスト更新！1:05:22（IGT 1:03:10）",
    "Финал турнира: Aurora 3:2 Vortex, MVP — Лина.",
    "Frame count: 86,400 frames @ 60 fps = 24:00.000 exactly, funny coincidence",
    "Route change: skip the key, take the sewer -> saves ~12s but riskier (the rats can knock you into the pit).",
    "Categories: 100% / All Achievements / Hardcore — 3 separate leaderboards.",
    "Delay start: 0.63s offset on Xbox because of the splash screen.",
    "Group A: Aurora 3-0 | Vortex 2-1 | Nightwatch 1-2 | Kraken 0-3 → top 2 advance",
    "Double elimination, all matches Bo3 except grand final (Bo5, winners' bracket team starts 1-0 up).",
    "Run is timed with LRT (loads removed). Autosplitter: LiveSplit 1.8 + Ashfall.asl v2.",
    "Banned in all categories: turbo/macro buttons, emulator savestates, slowdown, FPS above 144.",
    "Restream schedule (UTC):\n18:00 Any% race (4 runners)\n19:30 100% showcase\n21:00 Relay: Team Frost vs Team Ember",
    "Sub-1h is finally possible: 59:58.31 with the new clip on the Union Bridge. Huge thanks to @glitchhunter!",
    "Leaderboard note: runs before 2023-06-01 used the old timing (final hit → credits), retimed by mods.",
    "Tiebreakers: 1) head-to-head 2) map difference 3) round difference 4) coin flip on stream",
    "Score: 16-14, 11-16, 19-17 (OT). GG to both teams, what a series!",
    "Split file:\nTutorial 0:58.21\nSunken Keep 6:12.40\nFrostmaw Pass 13:47.09\nFinal Boss 21:03.55",
    "Category extension 'Low%': beat the game with <= 3 hearts and no upgrades. Currently 2 runners lol",
    "Team roster: [VX] Vortex — Kenji (IGL), Zoë, Marta, O'Shea, 'Dropshot' (sub). Coach: Rui.",
    "Qualifier results: 64 teams → 8 spots. Cut-off: 9 points after 5 rounds (3 W, 0 D).",
    "World record progression: 25:14 (2021) → 24:02 (2022) → 23:59.99 (2024).",
    "El equipo 'Los Tercos' pasa a semifinales tras ganar 2-1 a Kraken.",
    "Torneio BR: inscrições até 15/04, máximo 32 times, premiação em dinheiro + skins.",
    "Runner ran 4:32:10.08 on a 4:32:10.07 PB. Pain. 0.01s. I need to lie down.",
    "IGT vs RTA: IGT pauses on menus, RTA doesn't. We rank by IGT, RTA is shown for reference only.",
    "Semifinal 2 delayed by 15 min (server issues). New start 20:15 CET / 14:15 EST.",
    "Strat note: buffer the jump during the 'select weapon' animation — saves 11 frames per room.",
    "Lobby settings: private, EU-West, 128 tick, overtime MR6, spectators 2, no bots.",
    "Rang 1 : Équipe Aube — 24 pts | Rang 2 : Loups Gris — 21 pts | Rang 3 : Kraken — 18 pts",
    "Submission rejected: the timer must be visible for the whole run, and yours disappears at 12:40.",
    "Ladder reset Monday 00:00 UTC. Top 16 at reset time qualify for the monthly cup.",
]

ESP_TEAMS = ["Aurora", "Vortex", "Nightwatch", "Kraken", "O'Shea's Heroes", "Loups Gris",
             "Team Frost", "Los Tercos", "Ember & Ash", "Ярость"]
ESP_ROUNDS = ["Round of 16", "Quarterfinal", "Semifinal", "Lower R2", "Upper final",
              "Grand final", "Group B", "Swiss R4"]
ESP_AREAS = ["Tutorial", "Sunken Keep", "Frostmaw Pass", "Union Bridge", "Water Level",
             "Clocktower", "Final Boss", "Sewers", "Ember Forge"]


def gen_esports_text(rng):
    if rng.random() < 0.5:
        a, b = rng.sample(ESP_TEAMS, 2)
        bo = rng.choice([3, 5])
        win = bo // 2 + 1
        lose = rng.randint(0, win - 1)
        sa, sb = (win, lose) if rng.random() < 0.5 else (lose, win)
        return f"{rng.choice(ESP_ROUNDS)}: {a} {sa}-{sb} {b} (Bo{bo})"
    m, s, cs = rng.randint(0, 59), rng.randint(0, 59), rng.randint(0, 99)
    delta = rng.choice(["-", "+"]) + f"{rng.randint(0, 9)}.{rng.randint(0, 9)}"
    return f"Split {rng.choice(ESP_AREAS)}: {m}:{s:02d}.{cs:02d} ({delta})"


# ---------------------------------------------------------------------------
# 10. scripting-help: modding / scripting / server-plugin help questions
# ---------------------------------------------------------------------------
HELP_TEXTS = [
    "How do I select all entities within 10m of the player in Lua? I tried `for _, e in pairs(world:getEntities()) do` but it's slow with 2000 entities.",
    "Why does my script crash with \"attempt to call a nil value (global 'sleep')\"? I want to wait 2 seconds between waves.",
    "In Papyrus, what's the difference between `Utility.Wait(1.0)` and `Utility.WaitMenuMode(1.0)`?",
    "My JSON won't load: {\"items\": [\"sword\", \"shield\",]} — it's the trailing comma, right?",
    "Is there an event for when a player drops an item? I want to stop them from dropping quest items.",
    "C#: `if (player.Health <= 0 && !player.IsDead) { Kill(player); }` runs twice per frame, why?",
    "How do I run a console command from a mod? Something like `Console.Exec(\"give 1 gold\")`?",
    "Discord bot for our guild: `await ctx.send(f\"{user} rolled {random.randint(1, 20)}\")` — how do I make the reply ephemeral?",
    "What does `$` mean in the trigger editor? e.g. `$player.name` vs `player.name`",
    "Can someone explain `eval` in the game's dev console? Docs say it evaluates an expression, but `eval 2+2` prints nothing.",
    "Regex help: I want to match item IDs like `item_12345` — is `^item_\\d+$` right?",
    "GDScript: `get_node(\"../Player\")` returns null when the scene is instanced, how do I reference the parent?",
    "Unity: I keep getting \"The name 'Input' does not exist in the current context\". Am I missing a using?",
    "How do I read a file from my mod folder? `io.open(\"mods/mymod/data.txt\", \"r\")` returns nil on Linux but works on Windows.",
    "Blueprint question: 'Cast to ThirdPersonCharacter' fails with \"Accessed None trying to read property\".",
    "How do I make a custom alert popup in the UI, like when the player picks up a rare item?",
    "Is `while true do ... end` going to freeze the server? I want a loop that checks something every 5s.",
    "For my server plugin: SELECT name, kills FROM players ORDER BY kills DESC LIMIT 10 — how do I also get rank numbers (1, 2, 3...)?",
    "My mod's custom HTML panel has a <script> block that never runs — does the in-game browser block inline JS?",
    "How do I use `os.execute` in a Lua mod? The loader says it's disabled for security. Is there an allowed alternative?",
    "What's the syntax for variables in dialogue files? `Hello {player_name}, you have {gold} gold` doesn't substitute anything.",
    "Bash question: my server start script `./start.sh > log.txt 2>&1 &` stops when I close SSH. How do I keep it running?",
    "Pergunta: como faço para o NPC seguir o jogador? Usei `npc:follow(player)` e não acontece nada.",
    "¿Cómo puedo cambiar el daño de un arma en weapons.json sin romper el juego?",
    "Wie kann ich in Lua prüfen, ob eine Tabelle leer ist? `#t == 0` funktioniert nicht bei Schlüsseln.",
    "Comment ajouter une commande /heal personnalisée avec le plugin ? Je débute en Java.",
    "Luaで配列の長さを取得するには？ `#items` で合ってますか？",
    "Как сделать, чтобы моб спавнился только ночью? Через `if world.time > 13000 then`?",
    "Python: `for p in players: if p['team'] == 'red': p['score'] += 1` — why does it say 'TypeError: string indices must be integers'?",
    "Is it OK to store player data in a SQLite file in the plugin folder, or should I use MySQL for a 50-player server?",
    "How do I escape quotes in a cfg? I want `say \"GG, well played!\"` bound to F1 but the quotes break it.",
    "Skript help: `on join: send \"Welcome %player%!\" to player` works but colors don't — do I need &6 or §6?",
    "JavaScript for my tournament site: `scores.sort((a, b) => b.points - a.points)` — how do I break ties by name?",
    "What's the difference between `require` and `dofile` in the mod loader? Both seem to load my script.",
    "When I `print(table)` I just get 'table: 0x55d4c0a8' — how do I dump the contents?",
    "Kotlin plugin: `player.inventory.addItem(ItemStack(Material.DIAMOND, 64))` gives nothing if inventory is full. Drop on ground instead?",
    "Can a mod hook the damage calculation? I'd like `dmg = base * (1 + str/100) - armor` but with a floor of 1.",
    "How does the game's `wait(0)` differ from `yield()` in coroutines? My timer drifts by ~16ms each tick.",
    "Is there a way to run a command on the server every hour without a plugin? Like cron + rcon?",
    "Help: `String.format(\"%s has %d gold\", name, gold)` throws IllegalFormatConversionException when gold is a long.",
    "In the quest editor, what does the condition `!hasItem(\"key_red\") && stage >= 3` actually check? The '!' confuses me.",
    "My shader has `#include \"common.hlsl\"` and the mod tools say 'file not found' — relative to what folder?",
    "How do I keep the MOTD colors when editing server.properties? I paste §6 and it becomes \\u00a76.",
    "Why is `0.1 + 0.2 == 0.3` false in my damage script?? Player HP ends up 0.30000000000000004",
    "C++ modding: how do I hook a function by signature? The pattern scan returns nullptr after every game update.",
    "Ren'Py: `$ renpy.pause(2.0, hard=True)` — the player can still skip with ctrl. Any way to block that?",
    "What's the right way to compare player names case-insensitively in Lua? `string.lower(a) == string.lower(b)`?",
    "Trying to parse the combat log: lines look like `12:01:33.120 SPELL_DAMAGE,Player-1234,\"Kenji\",0x511,...` — split on comma breaks when names contain commas.",
    "Can I call a Python function from the game's Lua? The server runs both (Python for the web panel, Lua for gameplay).",
    "Where should I put my `@EventHandler` — in the main plugin class or a separate Listener class? Does it matter?",
    "Mein Skript soll jede Minute speichern: `setInterval(save, 60000)` – ist das zu oft bei 40 Spielern?",
    "Jak zrobić, żeby przedmiot znikał po 5 minutach na ziemi? Szukam eventu typu on_item_drop.",
]

HELP_TASKS = ["spawn an NPC at the player's position", "give every online player 100 gold",
              "check if a player is in water", "save a table to disk", "change the day length",
              "add a custom chat command", "detect when a boss dies", "play a sound for one player only"]
HELP_LANGS = ["Lua", "C#", "GDScript", "Python", "Java (Bukkit)", "Papyrus", "JavaScript", "Skript"]
HELP_PROBLEMS = ["nothing happens", "it throws a nil error", "it runs twice",
                 "the server lags for a second", "it only works in single player",
                 "it works until the player relogs"]


def gen_help_text(rng):
    return (f"How do I {rng.choice(HELP_TASKS)} in {rng.choice(HELP_LANGS)}? "
            f"I tried a few things from the wiki but {rng.choice(HELP_PROBLEMS)}. Thanks!")


CATEGORIES = [
    ("player-names", PLAYER_NAMES, gen_player_name, "gamertags, clan tags, display names"),
    ("chat-lines", CHAT_LINES, gen_chat_line, "in-game chat, whispers, emotes, party chatter"),
    ("player-reports", PLAYER_REPORTS, gen_player_report, "player reports, ban appeals, moderation notes"),
    ("patch-notes", PATCH_NOTES, gen_patch_note, "changelogs, hotfix notes, balance changes"),
    ("bug-reports", BUG_REPORTS, gen_bug_report, "crash reports, console output, log excerpts"),
    ("mod-repository", MOD_TEXTS, gen_mod_text, "mod descriptions, install notes, config snippets"),
    ("server-listings", SERVER_TEXTS, gen_server_text, "server names, MOTDs, rules, guild recruitment"),
    ("marketplace", MARKET_TEXTS, gen_market_text, "trade/auction listings, price checks"),
    ("speedrun-esports", ESPORTS_TEXTS, gen_esports_text, "speedrun notes, splits, brackets, results"),
    ("scripting-help", HELP_TEXTS, gen_help_text, "modding/scripting/server-plugin questions"),
]


def build():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for cat, literals, gen, _desc in CATEGORIES:
        values = []
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            values.append(v)
        n_lit = len(values)
        attempts = 0
        while len(values) < PER_CATEGORY:
            attempts += 1
            if attempts > 10000:
                raise SystemExit(f"template for {cat} cannot produce enough unique values")
            v = gen(rng)
            if v in seen:
                continue
            seen.add(v)
            values.append(v)
        if len(values) > PER_CATEGORY:
            raise SystemExit(f"{cat}: {len(values)} literals > {PER_CATEGORY}")
        stats.append((cat, len(values), n_lit))
        for v in values:
            rows.append({"category": cat, "label": "benign", "value": v})
    return rows, stats


def main():
    rows, stats = build()
    out = []
    for i, r in enumerate(rows, 1):
        v = r["value"]
        if not isinstance(v, str) or not v or len(v) > 1800:
            raise SystemExit(f"bad value: {v!r}")
        out.append({"id": f"{PREFIX}-{i:05d}", "category": r["category"], "label": "benign", "value": v})
    if len({o["value"] for o in out}) != len(out):
        raise SystemExit("duplicate values")
    with OUT.open("w", encoding="utf-8", newline="\n") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, n, lit in stats:
        total_lit += lit
        print(f"{cat:18s} n={n:3d} literals={lit:3d} ({100 * lit / n:.0f}%)")
    print(f"total n={len(out)} literals={total_lit}")
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()
