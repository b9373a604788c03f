"""Benign held-out corpus for the ttrpg theme (tabletop RPG campaign manager).

Every value is text a real game master or player would type into an ordinary
field of a D&D-style campaign manager: dice rolls, stat blocks, spell text,
session recaps, NPC names, homebrew items, initiative trackers, virtual
tabletop macros, loot tables and multilingual notes.  All literals are
hand-written for this corpus; the small templates only combine hand-written
pools.  Output: benign.jsonl next to this file.
"""

import json
import random
from pathlib import Path

SEED = 9901
PER_CATEGORY = 80
PREFIX = "hb99"

# ---------------------------------------------------------------- dice
DICE = [
    "2d6+3",
    "1d20 adv",
    "4d6kh3",
    "1d20+7 vs AC 15",
    "8d6 fire, DC 15 Dex save for half",
    "3d8+4 radiant (crit: 6d8+4)",
    "d100 on the wild magic surge table",
    "1d4-1 (minimum 1)",
    "2d20kl1+7 — disadvantage, she's poisoned",
    "4d6kh3 x6 for stats, no rerolls below 8",
    "1d12 + 1d6 | greataxe + hex",
    "roll 3d6 in order; old-school rules",
    "10d10!>8 (exploding on 9s and 10s)",
    "1d20+5; 1d20+5; 1d20+5 -- three attacks",
    "(2d6 + 4) * 2? No — crits double the dice, not the modifier",
    "1d8+3 piercing / 1d10+3 two-handed",
    "d20 = 1 → nat 1, the rope snaps",
    "Hit dice: 3d10, spent 2 on the short rest",
    "1d6 sneak attack per 2 levels => 5d6 at 9th",
    "4dF+2 (Fate dice for the one-shot)",
    "2d10 >= 15 means the bridge holds",
    "1d20 + 3 (prof) + 2 (DEX) = 1d20+5",
    "Death save: 1d20 → 10+ succeeds, 3 fails = dead",
    "3d6 <= INT to recall the lore",
    "6d6 lightning, bounce: 1d6 each for 3 targets",
    "1d4 + 1 per missile, 3 missiles => 3d4+3",
    "d66 on the rumour table",
    "1d20 with Bless: +1d4",
    "1d100 <= 35 for the percentile skill check",
    "2d4+2 healing potion (greater: 4d4+4)",
    "Guidance stacks? No. 1d20+1d4 once.",
    "8d8 for 'Cone of Cold'? It's 8d8 cold, 60 ft cone",
    "1d20+9 Stealth, passive Perception 14",
    "avg(2d6+3) = 10",
    "Rolled 18, 15, 14, 12, 10, 8 — standard array would've been worse",
    "1d6 per 10 ft fallen, max 20d6",
    "roll 2d12 keep highest for the boss's legendary save",
    "1d20+4 Insight vs 1d20+6 Deception, contested",
    "Init: 1d20+2 (Alert feat gives +5 → 1d20+7)",
    "Savage Attacker: roll weapon dice twice, use either",
    "d8 + d8 + d8 + 4 == 3d8+4, right?",
    "1d3 copper, 2d6 silver, 1d4×10 gold in the purse",
    "reroll 1s and 2s on damage (Great Weapon Fighting)",
    "d20 ≥ 18 crit range with Improved Critical? No, 19-20.",
    "1d20 - 2 for the drunk bard's Performance",
    "2d6 + STR vs the portcullis DC 20",
    "Hunger dice: roll 3d10, each 1 adds a Stain",
    "Roll 5d10, count successes on 6+, 10s count double",
    "1d10/2 rounded down for the goblin's morale",
    "3d4 (1d4 each from 'Magic Missile' ×3)",
]
DICE_NOTE = ["attack", "damage", "save", "check", "initiative", "healing", "morale", "random encounter"]


def t_dice(rng):
    n = rng.randint(1, 12)
    s = rng.choice([4, 6, 8, 10, 12, 20, 100])
    mod = rng.randint(-2, 9)
    sign = "+" if mod >= 0 else "-"
    return f"{n}d{s}{sign}{abs(mod)} {rng.choice(DICE_NOTE)}"


# ---------------------------------------------------------------- statblock
STATBLOCK = [
    "STR 16 (+3) DEX 12 (+1) CON 14 (+2) INT 8 (-1) WIS 10 (+0) CHA 13 (+1)",
    "AC 15 (chain shirt, shield) | HP 27 (5d8+5) | Speed 30 ft.",
    "Armor Class 18 (plate); Hit Points 52 (8d8 + 16); Speed 30 ft.",
    "Saving Throws Dex +5, Wis +3\nSkills Stealth +7, Perception +3\nSenses darkvision 60 ft., passive Perception 13",
    "Challenge 1/4 (50 XP)   Proficiency Bonus +2",
    "Damage Resistances cold; bludgeoning, piercing, and slashing from nonmagical attacks",
    "Condition Immunities charmed, exhausted, frightened, paralyzed, petrified, poisoned",
    "Multiattack. The drake makes two attacks: one with its bite and one with its claws.",
    "Bite. Melee Weapon Attack: +6 to hit, reach 5 ft., one target.\nHit: 11 (2d6 + 4) piercing damage.",
    "Languages Common, Draconic, understands Sylvan but can't speak",
    "Level 5 Half-Orc Barbarian (Path of the Totem Warrior) — Rage 3/day, +2 dmg",
    "Spell Save DC 15 | Spell Attack +7 | Slots: 4/3/2",
    "Str 10, Dex 14, Con 12, Int 18, Wis 13, Cha 8 — wizard, point buy 27",
    "Background: Acolyte; Feature: Shelter of the Faithful",
    "Inventory: backpack, bedroll, mess kit, tinderbox, 10 torches, 50 ft. hemp rope, 15 gp",
    "HP 38/44, temp HP 5, hit dice 3/5 d10, exhaustion 1",
    "AC = 10 + DEX + WIS (Monk Unarmored Defense) = 10 + 3 + 2 = 15",
    "Legendary Actions (3/round): Detect; Tail Attack; Wing Attack (costs 2 actions)",
    "Keen Smell. The wolf has advantage on Wisdom (Perception) checks that rely on smell.",
    "Pack Tactics: advantage on attack rolls vs a creature if an ally is within 5 ft.",
    "Sunlight Sensitivity: disadvantage on attack rolls & Perception (sight) in sunlight",
    "CR 5 | XP 1,800 | Large elemental, neutral",
    "Passive Perception 17 / Insight 12 / Investigation 14",
    "Spellcasting. Innate (Cha, DC 13): at will: mage hand, minor illusion; 1/day each: darkness, faerie fire",
    "Weapon: +1 Longsword — 1d8+4 slashing (1d10+4 versatile), finesse? no",
    "Tool proficiencies: thieves' tools, dice set, navigator's tools",
    "Alignment: Chaotic Good (was Lawful Neutral before 'the incident')",
    "Gold: 127 gp, 43 sp, 9 cp; gems: 2 × moonstone (50 gp each)",
    "Feats: War Caster, Lucky (3/3 luck points left)",
    "Ability checks: Athletics +6 / Acrobatics +2 / Sleight of Hand +2",
    "Attunement (3/3): Cloak of Protection, Ring of Warmth, Wand of Web",
    "Hit Points 112 (15d10 + 30) — bloodied at 56",
    "Resistances: fire; Vulnerabilities: cold; Immunities: poison",
    "Speed 30 ft., climb 30 ft., fly 60 ft. (hover)",
    "Reactions — Parry. The knight adds 2 to its AC against one melee attack that would hit it.",
    "Notes: uses <Relentless Endurance> once per long rest; drops to 1 HP instead of 0",
    "Death saves: ✔✔ / ✘",
    "Level 3 Rogue/2 Warlock (Hexblade) — 'Sly' Mara Quickfoot",
    "Stat line copied from the 2014 MM p. 342 — adjusted HP to 45 for 4 players",
    "STR 8 (−1) but DEX 20 (+5); she's a glass cannon",
    "Proficiency: +3; Expertise in Stealth & Thieves' Tools => +9 / +11",
    "Carrying capacity = STR × 15 = 240 lb.",
    "Spell slots used: 1st ●●○○ 2nd ●○○ 3rd ○○",
    "Ki points: 6/6; Focus DC = 8 + prof + WIS = 14",
    "Channel Divinity (1/rest): Turn Undead; Preserve Life (5 × cleric level HP)",
    "Eldritch Invocations: Agonizing Blast, Devil's Sight, Mask of Many Faces",
    "Temporary stat changes: Belt of Hill Giant Strength sets STR to 21",
    "Familiar (owl) — HP 1, AC 11, Flyby, Keen Hearing and Sight",
    "Regeneration. The troll regains 10 HP at the start of its turn unless it took acid or fire damage.",
    "Hold Person on the ogre → WIS save 9 vs DC 15, failed; paralyzed (repeat save each turn)",
]
SB_CLASS = ["Fighter", "Wizard", "Cleric", "Rogue", "Ranger", "Paladin", "Bard", "Druid", "Sorcerer", "Monk"]
SB_RACE = ["Dwarf", "Half-Elf", "Tiefling", "Halfling", "Dragonborn", "Gnome", "Human", "Goliath"]


def t_statblock(rng):
    lvl = rng.randint(1, 20)
    ac = rng.randint(10, 21)
    hp = rng.randint(8, 180)
    return f"Level {lvl} {rng.choice(SB_RACE)} {rng.choice(SB_CLASS)} | AC {ac} | HP {hp}/{hp} | Init +{rng.randint(0, 5)}"


# ---------------------------------------------------------------- spell
SPELL = [
    "Fireball (3rd-level evocation). A bright streak flashes from your pointing finger to a point you choose within 150 feet and then blossoms with a low roar into an explosion of flame. Each creature in a 20-foot-radius sphere must make a Dexterity saving throw: 8d6 fire on a fail, half on a success.",
    "Sleep: roll 5d8; creatures within 20 ft of the point fall unconscious in ascending order of current HP. Undead and creatures immune to being charmed aren't affected.",
    "Counterspell — reaction when you see a creature within 60 ft casting a spell. If it's 3rd level or lower, it fails. Otherwise make an ability check (DC 10 + spell's level).",
    "Silence: no sound can be created within or pass through a 20-foot-radius sphere. Casting a spell that includes a verbal component is impossible there.",
    "Homebrew cantrip 'Ember Flick': 1d6 fire, range 30 ft; if the target is holding a lit torch, it drops it on a failed DEX save (DC = your spell save DC).",
    "Concentration, up to 1 minute. If you drop concentration, the wall collapses into harmless mist.",
    "Components: V, S, M (a pinch of sulfur and bat guano)",
    "Casting Time: 1 action\nRange: Self (30-foot cone)\nComponents: V, S\nDuration: Instantaneous",
    "At Higher Levels. When you cast this spell using a spell slot of 4th level or higher, the damage increases by 1d6 for each slot level above 3rd.",
    "Ritual: yes — takes 10 minutes longer, doesn't use a slot. Detect Magic & Identify are great for this.",
    "Mage Hand can't attack, activate magic items, or carry more than 10 pounds.",
    "Eldritch Blast: ranged spell attack, 1d10 force; 2 beams at 5th, 3 at 11th, 4 at 17th. Agonizing adds CHA to each beam.",
    "Healing Word (bonus action, 60 ft): 1d4 + mod. Doesn't work on undead or constructs.",
    "Shield: +5 AC until the start of your next turn, including against the triggering attack; immune to Magic Missile.",
    "Misty Step — bonus action, teleport up to 30 ft to an unoccupied space you can see. Only 'V' component, works while grappled.",
    "Alarm (ritual): you choose an audible alarm (a hand bell) or a mental ping. Wards a 20-ft cube for 8 hours.",
    "Command: one-word command — \"Approach\", \"Drop\", \"Flee\", \"Grovel\", or \"Halt\". WIS save negates.",
    "Dispel Magic: any spell of 3rd level or lower on the target ends; for higher, check with DC 10 + level.",
    "Polymorph: target's game statistics, including mental ability scores, are replaced by the beast's. It retains alignment and personality.",
    "Spirit Guardians — 15-ft radius, half speed for enemies, 3d8 radiant (or necrotic if you're evil) on entering or starting turn there.",
    "Darkness: magical darkness spreads from a point, 15-ft sphere. Darkvision can't see through it; Devil's Sight can.",
    "Wish — the basic use is to duplicate any spell of 8th level or lower. Anything else: the DM decides, and you may never cast it again (33% chance).",
    "Bane: up to 3 creatures; each one that fails a CHA save subtracts 1d4 from attack rolls and saving throws for 1 minute.",
    "Hex: bonus action, 90 ft; +1d6 necrotic on each hit; disadvantage on checks with the chosen ability. Move it with a bonus action when the target drops to 0.",
    "Guiding Bolt: 4d6 radiant on a hit; the next attack roll against the target before the end of your next turn has advantage.",
    "Thunderwave: 15-ft cube from you; CON save; 2d8 thunder and pushed 10 ft on fail. Audible up to 300 ft away — so much for stealth.",
    "Spell list (prepared = WIS + level = 8): Bless; Cure Wounds; Guiding Bolt; Sanctuary; Lesser Restoration; Spiritual Weapon; Aid; Prayer of Healing",
    "Ritual tag rules: a spell with the ritual tag can be cast as a ritual if you have a feature that grants it (Wizard: from the spellbook, needn't be prepared).",
    "Homebrew: 'Whisper of the Drowned' — 2nd-level necromancy. Target hears water filling its lungs; WIS save or it can't speak until the end of its next turn.",
    "Feather Fall: reaction when you or a creature within 60 ft falls; up to 5 creatures fall 60 ft per round and take no falling damage.",
    "Identify (1 minute, ritual): learns properties, how to use it, charges remaining, and whether a spell is affecting it.",
    "Banishment: CHA save; native creatures go to a harmless demiplane and come back after 1 minute if you hold concentration. Extraplanar ones don't return.",
    "Wall of Force: invisible, immune to all damage, can't be dispelled by Dispel Magic. Disintegrate destroys it instantly.",
    "Mind Sliver (cantrip) — INT save, 1d6 psychic and the target subtracts 1d4 from its next saving throw.",
    "Upcasting rule reminder: damage scales per slot level above the spell's base level; duration doesn't.",
    "Tasha's Hideous Laughter: target falls prone, incapacitated; new save each time it takes damage (with advantage).",
    "Suggestion: 25 words max. 'Drop your weapons, the duke has pardoned us' worked on the guards.",
    "Goodberry: 10 berries; each restores 1 HP and nourishes for a day. They lose potency after 24 hours.",
    "Power Word Kill: if the creature has 100 HP or fewer, it dies. No save. That's it.",
    "Spell scroll DC = 10 + spell level to cast a spell above what you can normally cast.",
    "Cure Wounds (1d8 + mod) vs Healing Word (1d4 + mod) — action economy > raw numbers.",
    "Magic Missile: 3 darts, 1d4+1 force each, auto-hit. +1 dart per slot level above 1st.",
    "Modify Memory: you can eliminate, allow recall of, or alter a memory of an event within the last 24 hours. Takes up to 1 minute of description.",
    "Glyph of Warding: the glyph is nearly invisible (Investigation vs your spell save DC). Triggers: 'when a creature steps on it' / 'when the book is opened'.",
    "Arcane Lock: you and creatures you designate can open it. A password can suppress it for 1 minute. Knock suppresses it for 10 minutes.",
    "Zone of Truth — CHA save, 15-ft radius; you know whether each creature succeeds; affected creatures can't deliberately lie (but can be evasive).",
    "Sending (25 words): \"Tavern burned. Mira safe. Meet at old mill, dusk. Bring rope + Ilsa's map. Don't trust the reeve.\"",
    "Dimension Door: 500 ft, can bring one willing creature of your size or smaller. If you'd arrive in an occupied space, both take 4d6 force.",
    "Spiritual Weapon: bonus action, 1d8 + mod force; move 20 ft and attack again as a bonus action each turn. No concentration!",
    "Water Breathing: up to 10 creatures, 24 hours. Ritual tag too.",
    "Aid: three creatures gain +5 max HP and current HP for 8 hours (+5 more per slot above 2nd).",
]
SPELL_NAMES = ["Frostbite", "Toll the Dead", "Chromatic Orb", "Web", "Fly", "Haste", "Slow", "Blink", "Stoneskin", "Scrying"]
SPELL_SCHOOL = ["abjuration", "conjuration", "divination", "enchantment", "evocation", "illusion", "necromancy", "transmutation"]


def t_spell(rng):
    lvl = rng.randint(1, 9)
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(lvl, "th")
    return (f"{rng.choice(SPELL_NAMES)} — {lvl}{suffix}-level {rng.choice(SPELL_SCHOOL)}; "
            f"range {rng.choice([30, 60, 90, 120, 150])} ft; duration {rng.choice(['1 round', '1 minute', '10 minutes', '1 hour', '8 hours'])}")


# ---------------------------------------------------------------- session-notes
NOTES = [
    "Session 12 recap: the party finally reached Thornwall. Kael insulted the reeve (again), Mira picked the lock on the archive, and we found the ledger that proves the Duke's been selling grain to the orcs.",
    "Next session: Sat 19:00 CET @ Jonas's place — bring snacks & your character sheets!!",
    "We need to drop the subplot about the cursed well; nobody remembers it and it's been 6 months.",
    "NPC to remember: the innkeeper at The Drowned Rat is secretly a retired assassin. Don't reveal until they ask about the scar.",
    "Loot split: 300 gp / 4 = 75 gp each; Brom gets the +1 shield because he's the only one with shield prof.",
    "Players wanted to select the harder route through the marsh. Rolled for encounters: 2 × bullywug patrol, 1 × will-o'-wisp.",
    "TODO: prep the union of the three guilds scene — merchants, thieves & alchemists all at one table.",
    "Kael died. Player is making a new char (tiefling warlock). RIP Kael, 2023–2024, killed by a mimic disguised as a chest. Of course.",
    "Session 0 notes:\n- lines & veils: no spiders (Alex), no harm to kids\n- X-card on the table\n- tone: heroic, some horror",
    "The party's ranger keeps trying to tame everything. Today: an owlbear cub. We'll see.",
    "I said 'the door is locked' and three people immediately asked if they could kick it down. Nobody checked the key on the table.",
    "Cliffhanger: the lich's phylactery is inside the bell tower — and the bell rings every dawn.",
    "Recap for Sam who missed last week: we escaped the prison via the sewers, lost the horses, and now owe Mother Gretch 500 gp.",
    "Party XP: 2,400 / 4 = 600 each. Everyone is now level 4 — pick an ASI or feat before next time.",
    "I'll run the heist as a 'flashback' system like Blades in the Dark — spend stress to have prepared something.",
    "Reminder: the guards in the upper city are on alert after the explosion at the alchemist's shop.",
    "Ideas for the next arc:\n1) the dragon's egg auction\n2) the missing cartographer\n3) the eclipse festival — all three converge on the 'Night of Long Lanterns'.",
    "Hannah's bard rolled a nat 20 on Persuasion to convince the bandits they were tax collectors. They paid HER.",
    "Combat took 2 hrs — too long. Next time: average damage for minions, and a timer on turns (~1 min).",
    "The cult's motto: 'Ash to ash, dust to the Drowned King'. Players keep chanting it at the table.",
    "Rules dispute: can you ready a spell and still hold concentration on another? No — readying a spell requires concentration.",
    "Campaign calendar: 14 Mirtul 1492 DR, day 37 of the journey. Weather: cold rain (d20 = 4).",
    "Mira's backstory hook: her brother joined the Zhentarim; he'll show up in Chapter 3 as the quartermaster.",
    "We played until 1 am and nobody wanted to stop. Best session so far!",
    "Note to self: the players think the butler did it. The butler did NOT do it. It was the cat (a polymorphed wizard).",
    "House rule added today: potions as a bonus action = roll for healing; as an action = max healing.",
    "Brom's player asked to retcon the fight with the ogre because he forgot his Rage. Allowed it — 1 round only.",
    "The group voted 3–1 to sleep at the abandoned chapel. Random encounter at midnight: ghoul pack (3).",
    "Session length: 3h40m; pizza: 2 × large margherita + 1 pepperoni; damage dealt to the GM's plans: enormous.",
    "Spoiler for GMs only — don't share: the map in the temple is fake. The real one is sewn into the abbot's robe.",
    "The players decided to execute the bandit leader. Moral fallout: the village now fears them, prices +20%.",
    "Kael's player brought homemade 'dwarven ale' (it was ginger beer). 10/10.",
    "Cancelled next week (holiday). Resume 3 Jan. Use the downtime rules if you want to craft or research.",
    "They convinced the dragon to sleep through the raid by reading it a boring tax law. I'm allowing it.",
    "Arc summary: Ch.1 — Lost Mine; Ch.2 — Red Wizards; Ch.3 — The Sunken Abbey (in progress, ~60%).",
    "Morale system used for the goblins: roll 2d6 when half are down; on 7 or less they flee. Worked great.",
    "Q from players: 'Can we sell the cursed sword?' A: Yes, but it comes back. It always comes back.",
    "Map update: added the hidden path from the quarry to the monastery (only Mira knows).",
    "The rogue tried to pickpocket the king. Dex 1d20+9 = 11 vs passive 15. Guards. Everywhere.",
    "Important: the sleeper agent's code phrase is \"The owls are not what they seem\" — the party hasn't heard it yet.",
    "Downtime: Brom works at the smithy (10 days, +1 gp/day), Ilsa researches the sigil (DC 18 Arcana, 3 successes needed).",
    "Recap (DE): Wir haben den Drachen nicht getötet, sondern mit ihm verhandelt. Er will 'nur' das Amulett.",
    "Last fight was too easy; for the boss: +50% HP, add a lair action every round on initiative 20.",
    "The kids' table campaign (ages 9–12): nobody dies, the villain is a grumpy wizard who steals socks.",
    "Continuity: the sword's name is 'Dawnbreaker', not 'Daybreaker' — fix in the wiki.",
    "The bard's song about the party's failures is now canon in-world. NPCs hum it.",
    "Next time start in media res: ship's deck, storm, kraken tentacle. No shopping.",
    "I forgot the assassin had poison on her blade. Retroactively: +2d6 poison to Ilsa. She's at 4 HP.",
    "They found the 'Book of Sleeping Names'. Each name read aloud wakes someone in the crypt below.",
    "Player feedback: more roleplay with the merchants, less dungeon crawling. Adjusting arc 4.",
]
NOTE_WHO = ["Kael", "Mira", "Brom", "Ilsa", "Tamsin", "Oren", "Vex", "Sable"]
NOTE_WHAT = ["found a hidden door", "lost 2d10 gp gambling", "was charmed by the siren", "leveled up to 5",
             "bought a mule named Biscuit", "failed the Athletics check and fell in the river"]


def t_notes(rng):
    return f"Session {rng.randint(1, 60)}: {rng.choice(NOTE_WHO)} {rng.choice(NOTE_WHAT)}; {rng.choice(NOTE_WHO)} {rng.choice(NOTE_WHAT)}."


# ---------------------------------------------------------------- npc-names
NPC = [
    "Gr'thak the Unbroken",
    "D'Arcy Vell",
    "O'Malley of the Three Roads",
    "Zhae'lyn Nightwhisper",
    "Mother Gretch",
    "Sir Aldous \"the Lesser\" Pembrook",
    "Ka'ra'zul, Devourer of Oaths",
    "Brother Ansgar (Cleric of Lathander)",
    "Old Tom — innkeeper, The Drowned Rat",
    "Xy'lith d'Ebonmere",
    "Lady Séverine de Montclair",
    "Björn Ásgeirsson",
    "Grizzlebeard & Sons, Smiths",
    "Ms. N'dora Kaye",
    "Captain 'One-Eye' Jarrow",
    "Vrak'tor Bonegnasher",
    "Father O'Rourke",
    "Élodie l'Aveugle",
    "Mirabelle Thistledown-Hopsworth",
    "T'keth, scribe of the sunken library",
    "Zoë 'Sparks' Ferrante",
    "Durgan Ironfist (dwarf, merchant, untrustworthy)",
    "Queen Ysolde II",
    "The Whispering Man <real name unknown>",
    "Ælfric the Grey",
    "Nessa o' the Hollow",
    "Ixtli Cuauhtli",
    "Hakon Bjørnstad",
    "Shi'ra Sand-Dancer",
    "Grand Vizier Al-Rashid ibn Tariq",
    "Łucja Wróbel, herbalist",
    "Tiny (an 8-ft half-ogre bouncer)",
    "Pip & Pop, gnome twins",
    "Archmage Meliandre of Tower Vaun",
    "Oona 'the Kettle' McGraw",
    "Rhys ap Gwilym",
    "Yevgeny Drozdov — Zhentarim fence",
    "Dame Constance D'Aubigny",
    "K'tharr Venomtongue",
    "Señora Inés Calderón",
    "Brother Silence (he doesn't talk)",
    "Jean-Luc de l'Étang",
    "'Three-Fingers' Moll",
    "Agathe Rüdiger, Stadtwache",
    "Ulfgar Stonehelm / Ulfgar the Younger",
    "Kyo Tanaka (田中 京)",
    "Madame Vasquez-O'Neill",
    "Thaddeus P. Quill, Esq.",
    "Gr'nok & Gr'nak (ogre brothers)",
    "Sister Morwenna of the Grey Veil",
]
NPC_FIRST = ["Alaric", "Bryn", "Cort", "Dalla", "Edda", "Fenn", "Garrick", "Hild", "Isra", "Jory"]
NPC_LAST = ["O'Dell", "D'Vane", "Ashgrove", "Mac'Tavish", "Stormcrow", "Tull", "Brightwater", "Kell'an"]
NPC_ROLE = ["blacksmith", "guard captain", "fence", "priestess", "cartographer", "stable hand", "tax collector"]


def t_npc(rng):
    return f"{rng.choice(NPC_FIRST)} {rng.choice(NPC_LAST)} ({rng.choice(NPC_ROLE)})"


# ---------------------------------------------------------------- homebrew-item
ITEM = [
    "Cloak of the Drowned Sailor (uncommon, requires attunement): you can breathe underwater; while wet, +1 AC.",
    "Dicer's Gauntlet (uncommon)\nOnce per day, after you roll a d20 you may reroll it; you must use the new roll.\n\"Luck is a skill,\" reads the inscription.",
    "Bag of Mostly Holding — like a Bag of Holding, but 1-in-6 chance the item you reach for is a random sock.",
    "Ring of Sleep-Walking: while asleep, you can still take the Dash action (no, this isn't useful).",
    "Dagger of Venom (+1): action → the blade coats in poison for 1 min; next hit DC 15 CON or 2d10 poison & poisoned.",
    "Sword 'Dawnbreaker' +2 longsword; sheds bright light 20 ft; vs undead +1d8 radiant.",
    "Potion of Mild Heroism: 5 temp HP & Bless (no concentration) for 1 minute. Tastes like cinnamon.",
    "Shield of the Union — once per long rest, all allies within 10 ft gain +2 AC until your next turn.",
    "Boots of Quiet Steps: advantage on Stealth checks relying on sound; can't be used while wearing plate.",
    "Bard's Lute of Alerting: when a creature you can't see moves within 30 ft of you while you sleep, it plays a chord.",
    "Flask of Endless Ale — pour 1 pint per round; DC 10 CON save after the 3rd pint or poisoned for 1 hour.",
    "Wand of Sparks (7 charges; regains 1d6+1 at dawn): 1 charge → 1d6 fire on a spell attack (+5).",
    "Hat of Disguise-ish: changes hat colour only. 'It's a start,' said the gnome.",
    "Amulet of the Last Word: when you drop to 0 HP, you may shout one sentence that everyone within 1 mile hears.",
    "Gloves of Thievery (uncommon): +5 to Sleight of Hand and Dex checks to pick locks.",
    "Quiver of Ehlonna: 3 compartments — 60 arrows / 18 javelins / 6 long objects (bows, staves, spears).",
    "Lantern of Revealing: invisible creatures and objects within 30 ft of its light are visible.",
    "Homebrew: Scroll of Stone-Tongue (consumable). Read it aloud to speak with stones for 10 minutes. Stones are boring.",
    "Gauntlets of Ogre Power: your STR becomes 19; no effect if it's already 19+.",
    "The Ledger of Debts — a cursed book; whoever writes a name in it owes that person a favour (DM's discretion).",
    "Compass of the Wanderer → points toward the nearest place you've never been.",
    "Chain mail of the Dwarven Hold: AC 16, no Stealth disadvantage, weight 40 lb.",
    "Mug of Infinite Coffee (common): fills with hot coffee on command; grants no rest, only opinions.",
    "Eyes of the Eagle: advantage on Wisdom (Perception) checks that rely on sight.",
    "Rope of Climbing (60 ft): command it to knot itself every 1 ft; speak the word again to untie.",
    "Staff of the Woodlands — 10 charges: Animal Friendship (1), Speak with Animals (1), Barkskin (2)...",
    "Trinket (d100 #47): a tiny iron key that doesn't fit any lock you've found. Yet.",
    "Ioun Stone (Awareness): you can't be surprised while it orbits your head.",
    "Armor of the Hollow King: +1 plate; disadvantage on CHA checks with the living; the dead find you charming.",
    "Sending Stones (pair): once per day, send a 25-word message to the other stone's holder.",
    "Greataxe 'Gr'thak's Regret' — +1; on a crit, roll an extra weapon die and the axe sighs audibly.",
    "Oil of Slipperiness: as Freedom of Movement for 8 hours, or pour on the floor: Grease, 10-ft square.",
    "Immovable Rod: press the button → it's fixed in place; holds up to 8,000 lb. Press again to release.",
    "Figurine of Wondrous Power (silver raven): becomes a raven for 12 hours; carries 25-word messages.",
    "Deck of Many Things — GM note: NOT giving this to these players. Ever.",
    "Vial of Night Ink: writing made with it is only visible in darkness or under Darkvision.",
    "Holy Water (flask): 2d6 radiant to fiends or undead on a hit (thrown, range 20/60).",
    "Crown of Whispers: you hear the surface thoughts of anyone who says your name within 30 ft, 1/day.",
    "Spiked Buckler (homebrew): +1 AC; when a creature misses you with a melee attack, 1d4 piercing.",
    "Pearl of Power: recover one expended spell slot of 3rd level or lower (1/day).",
    "Necklace of Fireballs — 6 beads, each a 3rd-level Fireball (DC 15). Don't let the barbarian hold it.",
    "Skeleton Key of the Archive: opens any lock in the Sunken Library; crumbles if taken outside.",
    "Helm of Comprehending Languages: understand any spoken language; can't read, can't speak it.",
    "Alchemist's Fire: 1d4 fire per turn until someone uses an action to douse it (DC 10 DEX).",
    "Thieves' Cant primer (book): 30 days of study → learn the cant; -- marked up heavily by a previous owner.",
    "Elven Chain (rare): AC 13 + DEX; counts as light armor; no proficiency needed.",
    "Candle of the Deep: burns underwater, lasts 8 hours, smells of kelp and regret.",
    "Bracers of Archery: +2 damage with ranged weapon attacks using bows; prof with longbow & shortbow.",
    "'Sleeper's Thread' — sew into a pillow; sleeper gets the benefit of a long rest in 4 hours instead of 8.",
    "Sword of Answering (Retort): +3; when you're hit, reaction → one attack against the attacker.",
]
ITEM_PRE = ["Whispering", "Rusty", "Gilded", "Frost-touched", "Cursed", "Ancient", "Gnomish", "Elven"]
ITEM_BASE = ["Lantern", "Spear", "Bracers", "Tankard", "Spyglass", "Buckler", "Flute", "Boots", "Locket"]
ITEM_RAR = ["common", "uncommon", "rare", "very rare", "legendary"]


def t_item(rng):
    return (f"{rng.choice(ITEM_PRE)} {rng.choice(ITEM_BASE)} ({rng.choice(ITEM_RAR)}) — "
            f"{rng.randint(1, 5)} charges, regains 1d{rng.choice([4, 6, 8])} at dawn; {rng.randint(1, 40) * 25} gp")


# ---------------------------------------------------------------- initiative
INIT = [
    "Mira 22, Goblin Boss 19, Brom 15, Goblins (x4) 12, Ilsa 8",
    "Round 3 — Kael's turn; Ogre at 31/59 HP; Ilsa concentrating on Hold Person",
    "Initiative order:\n1) Vex (24)\n2) Wolves (18)\n3) Tamsin (17)\n4) Brom (11)\n5) Shaman (6)",
    "Lair action on init 20 (losing ties): stalactites fall, DC 13 DEX, 3d6 bludgeoning",
    "Ties: players win ties vs monsters; among players, higher DEX first",
    "Brom — Raging (round 2/10), reckless attack used",
    "Goblin #3: 0 HP (dead) | Goblin #4: 4/7 HP, fled",
    "Delay: Ilsa holds her action — 'when the door opens, I cast Web'",
    "Start of round 5 — concentration check for Ilsa: 1d20+2 vs DC 10",
    "Owlbear 59/59 | frightened: Oren (until end of its next turn)",
    "Init: Tamsin 1d20+3 = 18 / Oren 1d20-1 = 4 / Sable 1d20+5 = 25",
    "Enemy: Cult Fanatic A (init 14, HP 33), Cult Fanatic B (init 14, HP 33), Cultists x6 (init 9)",
    "Condition tracker: Kael — prone; Mira — invisible (1 min); Brom — grappled by the mimic (escape DC 13)",
    "Round 1: surprise — bandits don't act. Round 2: everyone acts in order.",
    "HP tracker: Kael 14/38 | Mira 22/27 | Brom 51/51 | Ilsa 3/24 (!!)",
    "Legendary actions left: 2/3 (dragon used Tail Attack after Mira's turn)",
    "Sable readied an attack: 'if the necromancer moves, I shoot'",
    "Wave 2 arrives at the top of round 4: 2 × ghoul, 1 × ghast",
    "Zombie (Undead Fortitude): DC 5 + damage taken CON save to drop to 1 HP instead of 0",
    "Vex 21 > Troll 16 > Tamsin 12 > Oren 9",
    "Turn timer: 60 s per player; skip & delay if AFK",
    "Dragon's Frightful Presence: all within 120 ft, WIS DC 16 — Brom failed, Mira & Ilsa passed",
    "Tracking: Hex on Bandit Captain (Ilsa, concentration), Bless on Brom/Kael/Mira (Tamsin, concentration)",
    "End of combat — 6 rounds, 36 s in-game. XP: 1,100.",
    "Sorting tip: order by init desc, then DEX desc; ties broken by a d20 roll-off.",
    "Mimic 58 → 41 → 23 → 0 (Brom's crit!)",
    "Initiative rolled as a group for the 8 skeletons: 1d20+2 = 13",
    "Round 7 — Brom drops to 0, death save 1: ✔ (rolled 14)",
    "Bandit Captain reaction: Parry (+2 AC) vs Mira's attack (17 → miss)",
    "On init count 10: the ceiling collapses (not a creature, no turn)",
    "Ilsa: Misty Step (bonus) + Fire Bolt (action) → 2d10 fire to the mage",
    "Ready → 'I shoot whoever comes through the door first'; trigger: goblin at init 12",
    "Kobolds (x6) — Pack Tactics, HP 5 each: ● ● ● ○ ○ ○",
    "Initiative reset after the short rest; the chase rules start now (complications d20 each round)",
    "Combat #2 of the night — Wight (init 17, HP 45), Zombies x4 (init 6)",
    "Sable: 2 attacks (Extra Attack) — 1d20+7 => 19 & 1d20+7 => 8",
    "'Whose turn is it?' — Oren's. Always Oren's.",
    "Effect: Slow on 3 cultists (-2 AC, half speed, no reactions), rounds left: 9",
    "Monster HP visible to players: hidden. Show as 'healthy / bloodied / near death' only.",
    "Dex tie: Mira 18 (DEX 18) & Vex 18 (DEX 16) → Mira first",
    "Held initiative until after the boss — Tamsin now 13.5",
    "Next up: Brom → Kobold 4 → Ilsa → Vex → Dragon (lair 20)",
    "Init log: R1 Kael hit 12 dmg; R2 Mira sneak attack 17; R3 Brom missed twice; R4 Ilsa Fireball 28 (half 14)",
    "Banished: Ogre (returns at end of Ilsa's concentration or in 10 rounds)",
    "Mount: Brom's warhorse acts on Brom's initiative (controlled mount)",
    "Stealth round: monsters are surprised if their passive Perception < party's Stealth roll",
    "Round 2, init 15: Troll regenerates +10 (took no fire/acid)",
    "Enemy morale broken at round 4 — remaining 3 bandits surrender",
    "Kael: Action Surge used (1/1), Second Wind used (1/1)",
    "Reinforcements in 1d4 rounds (rolled 3) — arriving round 6",
]
INIT_NAMES = ["Kael", "Mira", "Brom", "Ilsa", "Goblin", "Skeleton", "Bandit", "Wolf", "Cultist", "Ghoul"]


def t_init(rng):
    names = rng.sample(INIT_NAMES, 4)
    rolls = sorted((rng.randint(1, 25) for _ in range(4)), reverse=True)
    return "Round {}: ".format(rng.randint(1, 9)) + ", ".join(f"{n} {r}" for n, r in zip(names, rolls))


# ---------------------------------------------------------------- vtt-macro
MACRO = [
    "/r 1d20+@{dex_mod}",
    "[[1d6]] fire damage",
    "/roll 1d20 + @{selected|strength_mod} + @{selected|pb}",
    "&{template:default} {{name=Longsword}} {{attack=[[1d20+5]]}} {{damage=[[1d8+3]]}}",
    "/em draws her rapier with a flourish",
    "/w gm I'm secretly palming the ruby",
    "[[ {1d20+7, 0d0}kh1 ]] to hit",
    "/gmroll 1d20+@{perception_bonus} — passive check",
    "/r 2d20kh1 + 4 # advantage on Stealth",
    "?{Advantage?|Normal,1d20|Advantage,2d20kh1|Disadvantage,2d20kl1}",
    "/r 8d6 #Fireball — DC @{spell_save_dc} Dex save",
    "&{template:npcaction} {{name=@{selected|token_name}}} {{rname=Bite}} {{r1=[[1d20+4]]}} {{dmg1=[[2d4+2]]}}",
    "/roll {4d6kh3, 4d6kh3, 4d6kh3, 4d6kh3, 4d6kh3, 4d6kh3}",
    "!token-mod --set bar1_value|-[[1d8+3]]",
    "/desc The torches gutter; something large moves in the dark.",
    "/ooc brb 5 min, dog needs to go out",
    "[[ floor(@{level} / 2) + @{wis_mod} ]] healing",
    "/r 1d20cs>19 + 6 — Champion crits on 19-20",
    "%{selected|repeating_attack_$0_attack}",
    "@{target|Target|token_name} takes [[2d6]] from the trap",
    "/r (1d6 + 2) * 3 # three darts",
    "!roll20AM --audio,play|tavern_ambience",
    "/r 1d20 + [[@{wis_mod} + 2]]",
    "{{desc=The ogre swings its club in a wide arc; all within 5 ft make a DEX save}}",
    "/me casts Guidance on Brom (+1d4)",
    "Macro bar: 'Init', 'Stealth', 'Sneak Attack', 'Cunning Action'",
    "/r 1d100 < 35 ? \"wild surge\" : \"nothing\" — sadly Roll20 has no ternary",
    ":skull: [[1d20]] death save",
    "#Sneak-Attack  /r [[@{rogue_level}/2]]d6",
    "/r 5d10>6f1 # successes, 1s subtract",
    "/roll 3d6 # Fate of the world, no pressure",
    "/whisper \"Mira\" you notice the duke's ring is fake",
    "/r 1d20+${bonus} in the Foundry chat — wait, that's the JS syntax, ignore",
    "/r {1d20+5}>15 # count as success vs DC 15",
    "@{Brom|hp} / @{Brom|hp|max}",
    "[[ceil(1d20/2)]] for the half-speed rule",
    "/r 1d4 # Bardic Inspiration (Brom)",
    "/r 2d6+@{str_mod}[STR] + 2[Rage]",
    "/talktomyself on",
    "?{Spell level|1|2|3|4|5} → [[(?{Spell level}+2)d8]] Guiding Bolt",
    "/r 1d20 + @{initiative_bonus} &{tracker}",
    "!setattr --sel --hp|-5",
    "/r 4d4 + 4 # Potion of Greater Healing",
    "/em rolls for initiative\n/r 1d20+3 &{tracker}\n/w gm Mira is hiding behind the crates",
    "/r 1d8! # exploding d8, Savage Worlds style",
    "Foundry: /r 1d20 + @abilities.dex.mod + @attributes.prof",
    "Foundry: /r 2d6[fire] + 1d4[cold]",
    "/r 6d6 # Sneak Attack; if crit: /r 12d6",
    "/gr 1d20+@{insight} (GM-only roll)",
    "Owlbear Rodeo dice tray: 1d20, 1d12, 2d6 — shared with party",
]
MACRO_SKILL = ["stealth", "perception", "athletics", "arcana", "insight", "history", "survival"]


def t_macro(rng):
    return f"/r 1d20 + @{{{rng.choice(MACRO_SKILL)}_bonus}} # {rng.choice(['adv', 'dis', 'normal'])} [[{rng.randint(1, 4)}d{rng.choice([4, 6, 8])}]]"


# ---------------------------------------------------------------- loot-table
LOOT = [
    "d6 | result\n1 | 2d6 cp\n2 | 1d6 sp\n3 | 1d4 gp\n4 | a moonstone (50 gp)\n5 | Potion of Healing\n6 | roll twice",
    "01–30 Copper pieces (5d6); 31–60 Silver (4d6); 61–70 EP (3d6); 71–95 Gold (3d6); 96–00 Platinum (1d6)",
    "Dragon's hoard (CR 11-16): 4d6×1000 gp, 5d6×100 pp, 1d10 art objects worth 2,500 gp",
    "Goblin pockets: rusted dagger, 3 cp, a half-eaten rat, a crude drawing of the party (unflattering)",
    "Bandit chest — 40 gp; silk scarf (10 gp); letter sealed with the Duke's signet",
    "d8 trinkets: 1) glass eye 2) lock of hair 3) tiny music box 4) bent key 5) wooden saint 6) a dice set missing the d4 7) dried flower 8) tooth",
    "Treasure split rule: coins evenly; magic items → need > greed; ties roll d20",
    "Loot from the lich: Staff of Power (attunement: sorcerer/warlock/wizard), Robe of Stars, 2x Spell Scroll (Counterspell)",
    "Random gem (1d12): azurite, banded agate, blue quartz, eye agate, hematite, lapis, malachite, moss agate, obsidian, rhodochrosite, tiger eye, turquoise",
    "Merchant's wagon: 12 bolts of cloth (5 gp each), 3 barrels of salted pork, 1 crate 'DO NOT OPEN' (mimic)",
    "Table 'Sewer Finds' (d10): 1–5 nothing; 6–8 2d10 cp; 9 a ring (brass); 10 a ring (gold, 25 gp)",
    "Encounter loot (XP 450): 150 gp + 1 uncommon item (roll on Table B)",
    "Art objects (250 gp): gold ring with bloodstones; carved ivory statuette; large gold bracelet",
    "Minor item table — roll d100: 01-50 Potion of Healing; 51-60 Spell Scroll (cantrip); 61-70 Potion of Climbing; 71-90 Spell scroll (1st); 91-94 Potion of Greater Healing; 95-98 Bag of Holding; 99-00 Driftglobe",
    "Kobold trap-maker's satchel: 2 caltrops bags, ball bearings, 50 ft twine, a jar of 'angry bees' (empty?)",
    "Cult altar: 3 × obsidian daggers (10 gp), black candles, a ritual scroll in Infernal (DC 15 to read)",
    "Found behind the loose brick: 18 gp, 3 sp, a note: 'Meet at the well — S.'",
    "Hoard table rolls: 62 → 1d4 × 50 gp gems + 1d4 rolls on Magic Item Table C",
    "Shipwreck: waterlogged crates; 1d4 intact casks of brandy (20 gp); a captain's logbook (ruined except last page)",
    "d20 mundane loot: 1 boots, 2 rope, 3 lantern, 4 chalk, 5 mirror, 6 ink & quill, 7 soap, 8 bell, 9 fishing tackle, 10 whetstone, 11 crowbar, 12 pitons...",
    "Reward for clearing the mine: 500 gp from the guild + 10% of next year's ore sales",
    "Owlbear nest: eggshells, a bent +1 shortsword, bones of a previous adventurer, 27 gp",
    "The vault: 8,000 gp in ingots (160 lb!), a Ring of Protection, the deed to the lighthouse",
    "Tavern lost-and-found (1d6): 1 left boot, 2 lute string, 3 empty flask, 4 silver spoon, 5 love letter, 6 a contract with a devil",
    "Per-player loot: Kael — gloves; Mira — 2 daggers; Brom — shield; Ilsa — spellbook pages (Tiny Hut, Shield)",
    "Remaining party fund: 1,240 gp (after paying the temple 300 gp for Raise Dead's diamond)",
    "Treasure 'CR 0–4 individual': 5d6 cp | 4d6 sp | 3d6 ep | 3d6 gp | 1d6 pp — by d100 band",
    "Pirate cache (d4×100 gp), map fragment #2 of 4, a bottle of 'Captain Grog's Finest'",
    "Item to give next: Cloak of Elvenkind → Mira (she's been asking)",
    "Loot NOT taken: a cursed mirror (they smashed it — 7 years bad luck? house rule: -1 to death saves for a month)",
    "Fence prices: 50% of listed for mundane, 25% for 'hot' goods, magic items only through Durgan",
    "Table of Rumours (d6): 1 'the mayor is a doppelgänger' (false) ... 6 'the old mine has a second entrance' (true)",
    "Hag's cottage: 3 potions (unlabeled): d3 → 1 healing, 2 poison, 3 'Potion of Toad' (you become a toad)",
    "Wizard's desk: 12 sheets of parchment, a cracked crystal ball (non-magical now), a spellbook — Alarm; Find Familiar; Unseen Servant",
    "Bounty posted: 'Gr'thak the Unbroken, dead or alive, 250 gp. Alive +100 gp.'",
    "Gems found: 3 × 10 gp (quartz), 1 × 100 gp (pearl), 1 × 500 gp (black pearl — needed for Create Undead...)",
    "Goblin chieftain's throne room: 1d6×10 gp, stolen horse tack, a captive (Sildar)",
    "Crafted from the drake: scales → 1 suit of scale mail (AC 14 + Dex max 2, fire resistance) after 10 days & 400 gp",
    "Hoard summary — coins: 2,300 gp; gems: 6; art: 2; items: 3 (1 rare, 2 uncommon)",
    "Magic item rarity by tier: T1 common/uncommon, T2 uncommon/rare, T3 rare/very rare, T4 very rare/legendary",
    "Salvage from the airship: 2 elemental cores (1,000 gp each), 300 ft of silk rope, a brass figurehead",
    "Random mimic contents (d4): 1 nothing, 2 swallowed coins (3d10 gp), 3 a halfling (alive!), 4 another, smaller mimic",
    "Church tithe box: 14 sp, 22 cp — the paladin insists they leave it. They leave it.",
    "d12 books in the library: 1 'On Owlbears', 2 'Drop-Dead Gorgeous: A Lich's Memoir', ... 12 'The Sleep of Reason'",
    "Treasure hunt clue #3 — 'Where the drowned bells ring / dig beneath the thing that sings.'",
    "Caravan payment: 2 gp/day/guard × 12 days × 4 = 96 gp",
    "Loot log (session 14): +250 gp, +Wand of Magic Missiles (5 charges), -1 Potion of Healing (Brom drank it)",
    "Fungus cave: 1d6 Timmask spores (poison, 2d4), a glowing mushroom (sells to alchemists, 5 gp)",
    "Vampire's coffin lining: silk (50 gp), 6 signet rings of his victims (10 gp each, quest hooks)",
    "Loot weights: coins 50 per lb → 1,240 gp = 24.8 lb",
]
LOOT_WHAT = ["gold pieces", "silver pieces", "gems", "arrows", "potions of healing", "scrolls", "rations"]
LOOT_WHERE = ["the goblin chief", "a locked chest", "the sunken shrine", "the bandit camp", "a collapsed tunnel"]


def t_loot(rng):
    return f"From {rng.choice(LOOT_WHERE)}: {rng.randint(1, 6)}d{rng.choice([4, 6, 10])} × {rng.choice([1, 10, 100])} {rng.choice(LOOT_WHAT)}"


# ---------------------------------------------------------------- multilingual
MULTI = [
    "Le barde a dit « j'ai un plan » — évidemment, ça s'est mal terminé.",
    "Der Zwerg heißt Gr'thak, nicht Grthak! Bitte im Charakterbogen korrigieren.",
    "¿Alguien tiene el mapa de la mazmorra? El pícaro dice que lo dejó en la taberna \"El Dragón Borracho\".",
    "今日のセッション：ドラゴンと交渉した。次回はダンジョンへ。",
    "Сегодня паладин опять провалил бросок на Скрытность (1d20-1 = 2). Классика.",
    "La sessione di sabato è spostata a domenica, ore 18:00 — portate i dadi!",
    "O mago usou 'Bola de Fogo' dentro da taverna. Dano: 8d6. Reputação: −10.",
    "Notatki: elf Łucja zna drogę przez bagna; krasnolud nie ufa nikomu.",
    "Il ladro d'Arnaud a volé l'amulette — mais c'était un faux (DD 15 Investigation).",
    "드래곤의 보물: 금화 2,000개, 마법 검 +1, 그리고 저주받은 반지.",
    "De kobold zei: 'Niet de rode knop indrukken!' Natuurlijk drukte de bard op de rode knop.",
    "Spelledare: Jonas. Spelare: Åsa, Björn, Märta. Nästa gång: kl 19 hos Åsa.",
    "Η μάγισσα ρίχνει Sleep (5d8) — οι γκόμπλιν κοιμούνται όλοι.",
    "Zwischenstand: 340 GM, 2 Heiltränke, 1 verfluchtes Schwert (\"Seelenfresser\").",
    "O'Brien l'ha chiamato 'l'incidente del formaggio'. Nessuno ne parla più.",
    "Notas del DM: el PNJ 'Don Álvaro' miente sobre el asesinato; CD 17 Perspicacia.",
    "地下城里有一个拟态怪（宝箱）。队伍里的游荡者又被咬了。",
    "Yarın akşam oturum var; büyücü 'Ateş Topu' büyüsünü tekrar seçmiş.",
    "השד אמר: \"אני אעזור לכם — תמורת מחיר\". הפלדין סירב.",
    "Päätös: emme tapa lohikäärmettä, neuvottelemme sen kanssa. (3–1 äänin)",
    "Ny regel: kritisk treff = maks skade på første terning + vanlig kast på den andre.",
    "À la prochaine session : on commence in medias res, sur le pont du navire, pendant la tempête.",
    "Drużyna wybrała drogę przez las (d20 = 3 → spotkanie: 2d4 wilki).",
    "Der Kleriker wirkt „Segen“ (+1W4 auf Angriffe und Rettungswürfe).",
    "El bardo escribió una canción: 'La balada del ogro que se comió la puerta'. Terrible pero pegadiza.",
    "Tiếng Việt: nhóm đã tìm thấy kho báu dưới nhà thờ — 3 viên ngọc và một tấm bản đồ cũ.",
    "Персонаж: Д'Арси, полуэльф-бард, 5 уровень. Харизма 18 (+4).",
    "Mots de passe de la guilde des voleurs : « la lune est pâle » / réponse : « et le chat dort ».",
    "プレイヤーの皆さん：次回は3レベルから開始します。呪文リストを確認してください。",
    "A taverneira se chama Dona Conceição; ela sabe tudo sobre o culto, mas só fala por 10 po.",
    "La guardia è in allerta: dopo l'esplosione nella bottega dell'alchimista, coprifuoco alle 22.",
    "Ruimte voor notities: de schurk heeft 'per ongeluk' de sleutel van de kerker ingeslikt.",
    "Kampagne „Die Asche von Valdrin“ — Kapitel 2: Der Turm des Schweigens.",
    "Erinnerung: Konzentration endet, wenn man Schaden nimmt und den KON-RW (SG 10 oder Hälfte) verpatzt.",
    "ملاحظات الجلسة: الفريق وصل إلى المدينة القديمة، والساحر وجد كتاب التعاويذ.",
    "Mañana: sesión cero para la nueva campaña. Traed ideas de trasfondo (y galletas).",
    "Ο Γκρ'θακ είναι ο αρχηγός των ορκ. Μισεί τους ξωτικούς.",
    "Soirée JdR : on a fini à 2 h du matin, le MJ était « ravi » (non).",
    "Rollenspiel-Abend: Würfel 4W6, höchste 3 behalten; niedrigster Wert neu würfeln erlaubt.",
    "Il paladino ha giurato: \"Mai più porte trappola!\" — tre stanze dopo, porta trappola.",
    "Wizard's spellbook is in Elvish script: Ilsa can't read it without Comprehend Languages.",
    "ธีมของแคมเปญ: สยองขวัญเบา ๆ ไม่มีแมงมุม",
    "Rapport (FR/EN): l'ogre « Gros-Louis » — aka 'Big Louie' — garde le pont. CA 11, PV 59.",
    "Hindi: हमारा बार्ड फिर से गाना गा रहा है। ड्रैगन को नींद आ गई।",
    "Compte rendu : Élodie l'Aveugle a « vu » la trahison avant tout le monde. Ironique.",
    "¡Tirada crítica! 20 natural en el ataque: 2d8+4 → 15 de daño al nigromante.",
    "Regel-Frage: Darf der Schurke 'Schleichangriff' zweimal pro Runde? Nur einmal pro Zug — aber Gelegenheitsangriff zählt!",
    "Skriv ned: Trollet regenererer 10 HP per runde med mindre det tar ild- eller syreskade.",
    "Nota: o ladino 'D'Ávila' roubou o anel do duque — ninguém percebeu (Furtividade 23).",
    "Сессия 8: отряд спустился в катакомбы; жрец изгнал 4 скелета. Бард опять пел.",
]
MULTI_TPL = [
    "Sesión {n}: el grupo consiguió {g} po y {x} PX.",
    "Sitzung {n}: Die Gruppe erhielt {g} GM und {x} EP.",
    "Séance {n} : le groupe a gagné {g} po et {x} PX.",
    "Sessione {n}: il gruppo ha ottenuto {g} mo e {x} PE.",
    "Сессия {n}: отряд получил {g} зм и {x} опыта.",
    "第{n}回セッション：金貨{g}枚と経験値{x}を獲得。",
]


def t_multi(rng):
    return rng.choice(MULTI_TPL).format(n=rng.randint(1, 80), g=rng.randint(5, 3000), x=rng.randint(50, 9000))


CATEGORIES = [
    ("dice-roll", DICE, t_dice),
    ("stat-block", STATBLOCK, t_statblock),
    ("spell-text", SPELL, t_spell),
    ("session-notes", NOTES, t_notes),
    ("npc-name", NPC, t_npc),
    ("homebrew-item", ITEM, t_item),
    ("initiative-tracker", INIT, t_init),
    ("vtt-macro", MACRO, t_macro),
    ("loot-table", LOOT, t_loot),
    ("multilingual-note", MULTI, t_multi),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for cat, literals, tpl in CATEGORIES:
        vals = []
        for v in literals[:PER_CATEGORY]:
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
            v = tpl(rng)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        stats.append((cat, len(vals), n_lit))
        for v in vals:
            rows.append({"category": cat, "label": "benign", "value": v})
    out = []
    for i, r in enumerate(rows, 1):
        v = r["value"]
        assert isinstance(v, str) and v and len(v) <= 1800, v
        out.append({"id": f"{PREFIX}-{i:05d}", "category": r["category"], "label": "benign", "value": v})
    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as fh:
        for o in out:
            fh.write(json.dumps(o, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, n, lit in stats:
        total_lit += lit
        print(f"{cat:20s} {n:4d}  literals {lit:3d} ({100 * lit // n}%)")
    print(f"{'TOTAL':20s} {len(out):4d}  literals {total_lit}")


if __name__ == "__main__":
    main()
