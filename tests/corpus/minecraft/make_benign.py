"""Benign corpus generator for the "minecraft" held-out WAF corpus.

Text that players, staff and plugin authors type into the ordinary fields of a
Minecraft server community site and plugin panel: in-game commands, target
selectors / NBT / JSON text components, plugin YAML config, permission nodes,
console log lines, chat with colour codes, seeds and coordinates, datapack
paths and resource locations, ban appeals and support tickets.

Every value is hand-written for this corpus (literals) or produced by a small
template over hand-written pools. Standard library only; deterministic output.
"""
import json
import random
from pathlib import Path

SEED = 8701
PREFIX = "hb87"
PER_CATEGORY = 80

# ---------------------------------------------------------------- pools
PLAYERS = ["Steve_2011", "Alex_Builds", "xXCreeperXx", "Lena_K", "Kai", "Mira",
           "AFK_Larry", "Admin_Tom", "redstone_rosa", "Björn_Mines", "Nao_桜",
           "Dmitri_V", "the_real_oak", "Pixel_Pete", "Sunny_Day_07"]
ITEMS = ["diamond", "oak_log", "torch", "golden_apple", "ender_pearl", "cooked_beef",
         "iron_ingot", "elytra", "firework_rocket", "shulker_box", "totem_of_undying",
         "netherite_scrap", "bread", "arrow", "redstone"]
EFFECTS = ["speed", "night_vision", "haste", "regeneration", "jump_boost",
           "fire_resistance", "water_breathing", "slow_falling"]
WORLDS = ["world", "world_nether", "world_the_end", "skyblock", "creative_plots",
          "event_arena", "lobby"]
PLUGINS = ["essentials", "worldedit", "worldguard", "luckperms", "chestshop",
           "multiverse", "coreprotect", "plotsquared", "griefprevention", "mcmmo"]
NODE_TAILS = ["use", "admin", "bypass", "create", "delete", "list", "teleport",
              "others", "reload", "info", "notify", "*"]
NAMESPACES = ["mypack", "arena", "skyblock_core", "lobby_utils", "rpg", "parkour"]
FUNC_NAMES = ["tick", "load", "reset_arena", "give_kit", "spawn_boss", "countdown",
              "clear_lag", "update_scores"]


# ---------------------------------------------------------------- literals
COMMAND = [
    "/tp @a[distance=..5] ~ ~1 ~",
    '/give @s minecraft:netherite_pickaxe{Enchantments:[{id:"minecraft:efficiency",lvl:5s},{id:"minecraft:unbreaking",lvl:3s}]} 1',
    "/execute as @a[tag=lobby] at @s run tp @s 0 64 0",
    "/gamerule keepInventory true",
    "/weather clear 6000",
    "/time set day",
    "/fill ~-5 ~-1 ~-5 ~5 ~-1 ~5 minecraft:stone_bricks replace minecraft:dirt",
    '/setblock 120 70 -340 minecraft:chest[facing=north]{Items:[{Slot:0b,id:"minecraft:bread",Count:16b}]}',
    '/summon minecraft:villager ~ ~ ~ {VillagerData:{profession:"minecraft:librarian",level:5,type:"minecraft:plains"},NoAI:1b}',
    "/effect give @a[team=red] minecraft:speed 30 1 true",
    '/scoreboard objectives add deaths deathCount "Deaths"',
    "/scoreboard players set @p coins 100",
    '/tellraw @a {"text":"Server restart in 5 minutes!","color":"gold","bold":true}',
    '/title @a title {"text":"Welcome to Survival","color":"aqua"}',
    "/kill @e[type=minecraft:item,distance=..50]",
    "/clear @p minecraft:dirt 64",
    "/enchant @p minecraft:mending 1",
    "/xp add @s 30 levels",
    "/spawnpoint @a 0 65 0",
    "/worldborder set 20000",
    "/difficulty hard",
    "/locate structure minecraft:village_plains",
    "/msg Steve_2011 meet me at spawn, bring your elytra",
    "/sethome farm",
    "/warp shop",
    "/tpa xXCreeperXx",
    "/lp user Alex_Builds parent add builder",
    "/lp group vip permission set essentials.fly true",
    "/rg define spawn_protect",
    "/rg flag spawn_protect pvp deny",
    "//wand",
    "//set 50%stone,50%cobblestone",
    "//replace grass_block dirt",
    "//paste -a",
    "/co rollback u:Griefer123 t:2h r:20",
    "/co inspect",
    "/ban Griefer123 griefing at spawn - appeal on the forum",
    "/tempban SpamBot99 7d spamming links in chat",
    "/kick AFK_Larry idle for 30 min",
    "/whitelist add Lena_K",
    "/save-all flush",
    "/function mypack:reset_arena",
    "/data merge entity @e[type=minecraft:armor_stand,limit=1,sort=nearest] {Invisible:1b,CustomNameVisible:1b}",
    '/bossbar add event:raid "Raid in progress"',
    "/particle minecraft:flame ~ ~1 ~ 0.5 0.5 0.5 0.01 100",
    "/playsound minecraft:entity.ender_dragon.growl master @a",
    "/execute if entity @p[scores={kills=10..}] run say someone reached 10 kills!",
    "/execute store result score @s y run data get entity @s Pos[1]",
    "/trigger menu set 3",
    "/pay Kai 250.50",
    "/nick &6Golden&eSteve",
    "/mv create skyblock normal -g VoidGen",
    "/clone 0 60 0 10 70 10 100 60 100 masked",
    "/say Drop party at spawn in 10 min -- bring empty inventory!",
    "/execute unless block ~ ~-1 ~ minecraft:air run tag @s add grounded",
    "/schedule function mypack:countdown 20t replace",
]

SELECTOR_NBT = [
    "@e[type=minecraft:zombie,distance=..20,limit=3,sort=nearest]",
    "@a[gamemode=!creative,level=10..]",
    "@p[x=100,y=64,z=-50,dx=10,dy=5,dz=10]",
    "@e[type=!minecraft:player,tag=!keep]",
    "@a[scores={team_id=1,alive=1..}]",
    '@s[nbt={SelectedItem:{id:"minecraft:stick"}}]',
    '@e[nbt={Tags:["boss"]},limit=1]',
    '@a[advancements={minecraft:story/enter_the_nether=true}]',
    '@e[type=minecraft:item,nbt={Item:{id:"minecraft:diamond"}}]',
    '{"text":"Click to join the Discord","color":"blue","underlined":true,"clickEvent":{"action":"open_url","value":"https://discord.gg/survivalcraft"}}',
    '[{"text":"[Shop] ","color":"green"},{"selector":"@p"},{"text":" bought 16x Oak Log","color":"gray"}]',
    '{"translate":"chat.type.announcement","with":["Server","Backup complete"]}',
    '{"text":"Hover me","hoverEvent":{"action":"show_text","contents":"Tip: use /home"}}',
    '{"text":"Teleport to spawn","clickEvent":{"action":"run_command","value":"/spawn"}}',
    '{"text":"Copy seed","clickEvent":{"action":"copy_to_clipboard","value":"-4172144997902289642"}}',
    '{"score":{"name":"@s","objective":"coins"},"color":"yellow"}',
    '{Count:1b,id:"minecraft:written_book",tag:{title:"Rules",author:"Admin",pages:[\'{"text":"1. No griefing\\n2. No hacks"}\']}}',
    '{display:{Name:\'{"text":"Excalibur","italic":false}\',Lore:[\'{"text":"Pulled from the stone"}\']}}',
    "{CustomName:'\"Shopkeeper\"',Invulnerable:1b,PersistenceRequired:1b,Silent:1b}",
    '{Health:20.0f,Attributes:[{Name:"minecraft:generic.max_health",Base:40.0d}]}',
    "{Pos:[12.5d,64.0d,-7.5d],Motion:[0.0d,0.4d,0.0d]}",
    '{BlockEntityTag:{Items:[{Slot:13b,id:"minecraft:diamond",Count:64b}]}}',
    "{Unbreakable:1b,HideFlags:63}",
    '{"text":"","extra":[{"text":"Green ","color":"green"},{"text":"and bold","bold":true}]}',
    '{"keybind":"key.jump"}',
    '{"nbt":"Inventory[0].id","entity":"@s"}',
    '{"text":"Rank: ","extra":[{"text":"VIP+","color":"#55FFFF"}]}',
    "minecraft:diamond_sword[enchantments={levels:{\"minecraft:sharpness\":5}},custom_name='\"Tooth\"']",
    '{Fireworks:{Flight:2b,Explosions:[{Type:1b,Colors:[I;11743532,14602026],Trail:1b}]}}',
    '{EntityTag:{id:"minecraft:zombie",IsBaby:1b,CanPickUpLoot:0b}}',
    '{SkullOwner:{Name:"Lena_K"}}',
    '{ArmorItems:[{},{},{},{id:"minecraft:carved_pumpkin",Count:1b}],Tags:["halloween"]}',
    '{"text":"Wähle dein Team","color":"dark_aqua"}',
    '{"text":"チームを選んでください","bold":true}',
    '{Passengers:[{id:"minecraft:skeleton",HandItems:[{id:"minecraft:bow",Count:1b},{}]}]}',
    '{"translate":"death.attack.explosion.player","with":[{"selector":"@s"},"Creeper"]}',
    "@e[type=#minecraft:skeletons,distance=5..15]",
    "@a[x_rotation=-90..-45]",
    "@r[team=!spectators]",
    "@e[limit=1,sort=random,type=minecraft:chicken]",
    '{StoredEnchantments:[{id:"minecraft:mending",lvl:1s}]}',
    '{CustomModelData:1042,display:{color:16711680}}',
    '{"text":"<Admin> is watching","color":"red","italic":true}',
    '{"text":"Your balance: $1,250 & counting","color":"green"}',
    "@a[name=!Admin_Tom,gamemode=survival]",
    '{"text":"\\u00a7cThis uses a section sign escape"}',
    '{Brain:{memories:{}},Offers:{Recipes:[{buy:{id:"minecraft:emerald",Count:3b},sell:{id:"minecraft:name_tag",Count:1b}}]}}',
    '{"text":"Vote daily \u2192 /vote","clickEvent":{"action":"suggest_command","value":"/vote "}}',
    "{LodestonePos:{X:120,Y:64,Z:-340},LodestoneDimension:\"minecraft:overworld\",LodestoneTracked:0b}",
    '{"text":"Line one\\nLine two","color":"white"}',
]

YAML = [
    'settings:\n  prefix: "&8[&bSkyWars&8] &r"\n  max-players: 12\n  countdown: 30',
    'storage-method: mysql\ndata:\n  address: localhost:3306\n  database: minecraft\n  username: "lp_user"\n  password: "PLACEHOLDER_PASSWORD"\n  table-prefix: "luckperms_"',
    "join-message: '&e%player_name% &7joined the game'\nquit-message: '&e%player_name% &7left the game'",
    "# Which storage to use? Select one: h2 | mysql | sqlite | mongodb\nstorage: sqlite",
    "kits:\n  starter:\n    delay: 86400\n    items:\n      - stone_sword 1\n      - bread 16\n      - torch 32",
    "spawn-protection: 16\nallow-nether: true\npvp: false",
    'motd: "&a&lSurvivalCraft &7| &fSeason 5 &7| &b1.20.x"',
    "worlds:\n  world:\n    pvp: true\n  world_nether:\n    pvp: true\n  lobby:\n    pvp: false",
    'commands:\n  discord:\n    - "&9Join us: https://discord.gg/survivalcraft"',
    "chat-format: '{DISPLAYNAME} &7> &f{MESSAGE}'",
    "format: '<{prefix}{player}{suffix}> {message}'",
    "economy:\n  currency-symbol: '$'\n  starting-balance: 250.0\n  max-money: 10000000000000",
    "blocked-commands:\n  - /pl\n  - /plugins\n  - /ver\n  - /bukkit:help",
    'messages:\n  no-permission: "&cYou don\'t have permission to do that!"\n  reloaded: "&aConfig reloaded."',
    "anti-xray:\n  enabled: true\n  engine-mode: 2\n  hidden-blocks:\n    - diamond_ore\n    - ancient_debris",
    "view-distance: 8\nsimulation-distance: 6\nentity-activation-range:\n  animals: 16\n  monsters: 24",
    "scoreboard:\n  title: '&6&lSURVIVAL'\n  lines:\n    - '&7Online: &f%server_online%'\n    - '&7Money: &a$%vault_eco_balance_formatted%'\n    - ''\n    - '&eplay.survivalcraft.net'",
    "backup:\n  interval: 3600\n  path: /srv/backups/minecraft\n  exclude:\n    - logs/*\n    - cache/",
    'discord:\n  webhook-url: "https://discord.com/api/webhooks/000000/PLACEHOLDER_TOKEN"\n  send-deaths: true',
    "groups:\n  default:\n    permissions:\n      - essentials.home\n      - essentials.sethome\n  vip:\n    inheritance:\n      - default",
    "mob-spawning:\n  creeper: false  # too many holes at spawn\n  phantom: false",
    "# don't touch this unless you know what you're doing!\nconfig-version: 14",
    "hologram:\n  lines:\n    - '&b&lWELCOME'\n    - '&7Type &f/help &7to get started'\n    - '&7<-- shop    arena -->'",
    "restart:\n  times:\n    - '04:00'\n    - '16:00'\n  warning: '&cRestart in {seconds}s!'",
    "mysql:\n  host: 127.0.0.1\n  port: 3306\n  ssl: false\n  pool-size: 10",
    "regions:\n  spawn:\n    min: [-64, 0, -64]\n    max: [64, 255, 64]\n    flags: {pvp: deny, mob-spawning: deny}",
    'death-messages:\n  fall: "%player% forgot to use a water bucket"\n  lava: "%player% tried to swim in lava"',
    "tab:\n  header: '&bSurvivalCraft\\n&7Have fun!'\n  footer: '&7TPS: %server_tps% &8| &7Ping: %player_ping%ms'",
    "vote:\n  sites:\n    - name: 'TopServers'\n      url: 'https://topservers.example.org/vote/1234'\n  reward-command: 'eco give {player} 100'",
    "language: de_DE\nmessages:\n  welcome: '&aWillkommen auf dem Server, {player}!'",
    "language: fr_FR\nmessages:\n  welcome: \"&aBienvenue sur le serveur, {player} ! N'oublie pas /regles\"",
    "item:\n  material: DIAMOND_SWORD\n  name: '&bFrostbite'\n  lore:\n    - '&7Slows enemies on hit'\n  enchants:\n    SHARPNESS: 5",
    "shop:\n  oak_log: {buy: 5.0, sell: 1.25}\n  diamond: {buy: 250, sell: 60}",
    "auto-broadcast:\n  interval: 300\n  messages:\n    - '&6Tip: &fuse /sethome to save your base'\n    - '&6Tip: &fdon''t dig straight down!'",
    "afk:\n  timeout: 600\n  kick-message: '&cYou were AFK for too long.'",
    "server-ip=\nserver-port=25565\nenable-rcon=false\nlevel-name=world",
    "teleport:\n  cooldown: 5\n  delay: 3\n  cancel-on-move: true",
    "homes:\n  default: 1\n  vip: 3\n  mvp: 10",
    "filter:\n  words:\n    - badword1\n    - badword2\n  replacement: '***'",
    "placeholders:\n  rank: '%luckperms_prefix%'\n  kills: '%statistic_player_kills%'",
    "event:\n  name: 'Build Battle'\n  start: 2024-06-15T18:00:00Z\n  theme-pool: [castle, spaceship, \"treehouse & garden\"]",
    "gui:\n  title: '&8Select a kit'\n  size: 27\n  filler: GRAY_STAINED_GLASS_PANE",
    "database:\n  type: h2\n  file: plugins/MyPlugin/data.db",
    "ignore-worlds: []\ndebug: false\nupdate-check: true",
    "cooldowns:\n  /heal: 300\n  /feed: 120\n  /repair: 900",
    "rewards:\n  daily:\n    - 'give %player% diamond 1'\n    - 'eco give %player% 50'",
    "# ранги сервера\nranks:\n  novice: '&7Новичок'\n  veteran: '&6Ветеран'",
    "pvp-arena:\n  spawn1: {x: 100.5, y: 65, z: 200.5, yaw: 90}\n  spawn2: {x: 140.5, y: 65, z: 200.5, yaw: -90}",
    "loot:\n  common: 70%\n  rare: 25%\n  epic: 5%",
]

PERMISSION = [
    "essentials.home.*", "essentials.sethome.multiple.vip", "worldedit.*",
    "-essentials.gamemode", "luckperms.user.info", "minecraft.command.give",
    "bukkit.command.plugins", "group.admin", "essentials.kits.starter",
    "chestshop.shop.create.diamond", "plots.plot.2", "multiverse.access.world_nether",
    "coreprotect.rollback", "worldguard.region.bypass.spawn", "essentials.fly",
    "essentials.tpa", "essentials.warps.shop", "essentials.chat.color",
    "essentials.chat.format", "essentials.nick.color", "griefprevention.claims",
    "mcmmo.skills.mining", "mcmmo.ability.*", "worldedit.navigation.jumpto.tool",
    "worldedit.selection.*", "luckperms.*", "*", "-*", "minecraft.command.*",
    "essentials.spawner.zombie", "essentials.keepinv", "essentials.keepxp",
    "essentials.balance.others", "essentials.eco.loan", "dynmap.web.chat",
    "shopkeepers.trade", "veinminer.veinmine.*", "plots.admin.command.*",
    "luckperms.group.setdisplayname", "multiverse.teleport.self.*",
    "essentials.signs.use.buy", "coreprotect.lookup.chat",
    "essentials.home.* (true) expires in 30d", "group.vip server=survival world=world",
    "prefix.100.&6[VIP]", "suffix.10.&7✦", "meta.homes.5", "weight.50",
    "essentials.*  -> false on context world=lobby", "worldedit.history.undo.self",
    "skript.admin", "citizens.npc.create", "protocol.admin",
]

CONSOLE = [
    "[12:04:33] [Server thread/INFO]: Steve_2011 joined the game",
    "[12:04:33] [User Authenticator #3/INFO]: UUID of player Steve_2011 is 5a3e1f22-8c1d-4b6f-9a77-1d2e3f4a5b6c",
    "[12:10:02] [Server thread/WARN]: Can't keep up! Is the server overloaded? Running 2041ms or 40 ticks behind",
    "[12:11:45] [Server thread/INFO]: Alex_Builds issued server command: /home base",
    "[12:13:10] [Server thread/ERROR]: Could not pass event PlayerJoinEvent to MyPlugin v1.2.0",
    'java.lang.NullPointerException: Cannot invoke "org.bukkit.entity.Player.getName()" because "p" is null\n\tat com.survivalcraft.myplugin.JoinListener.onJoin(JoinListener.java:42) ~[?:?]\n\tat org.bukkit.plugin.java.JavaPluginLoader$1.execute(JavaPluginLoader.java:306) ~[paper-1.20.4.jar:?]',
    "[08:00:01] [Server thread/INFO]: Preparing spawn area: 84%",
    '[08:00:05] [Server thread/INFO]: Done (12.345s)! For help, type "help"',
    "[14:22:09] [Server thread/WARN]: Steve_2011 moved too quickly! 12.3,-0.1,4.5",
    "[14:23:00] [Async Chat Thread - #4/INFO]: <Kai> anyone selling mending books?",
    "[08:00:02] [Server thread/INFO]: [LuckPerms] Loading storage provider... [MYSQL]",
    "[03:12:44] [HikariPool-1 housekeeper/WARN]: HikariPool-1 - Thread starvation or clock leap detected (housekeeper delta=1m2s).",
    "[09:15:30] [Server thread/ERROR]: Error occurred while enabling ShopPlugin v3.1 (Is it up to date?)\njava.sql.SQLSyntaxErrorException: Table 'minecraft.shop_items' doesn't exist",
    "Loading libraries, please wait...",
    "[04:00:00] [Server thread/INFO]: Saving chunks for level 'ServerLevel[world]'/minecraft:overworld",
    "[16:41:12] [Server thread/INFO]: Starting minecraft server version 1.20.4",
    "[16:41:12] [Server thread/INFO]: Default game type: SURVIVAL",
    "[16:41:15] [Worker-Main-5/ERROR]: Failed to load function mypack:tick\njava.util.concurrent.CompletionException: java.lang.IllegalArgumentException: Unknown or incomplete command, see below for error at position 8: execute<--[HERE]",
    "[10:02:17] [Server thread/INFO]: Lena_K has made the advancement [Diamonds!]",
    "[10:05:55] [Server thread/INFO]: xXCreeperXx was blown up by Creeper",
    "[10:06:01] [Server thread/INFO]: Mira fell from a high place",
    "[10:07:30] [Server thread/INFO]: AFK_Larry lost connection: Timed out",
    "[10:07:44] [Server thread/INFO]: Pixel_Pete[/192.0.2.44:51234] logged in with entity id 2931 at ([world]104.5, 64.0, -22.3)",
    "[11:00:00] [Server thread/INFO]: [Essentials] Created a User for Nao_桜 (uuid 0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b) for non Bukkit type: com.earth2me.essentials.OfflinePlayer",
    "[11:30:12] [Server thread/WARN]: [WorldEdit] Detected a potential memory leak in //regen",
    "[12:00:00] [Server thread/INFO]: [CoreProtect] Rollback completed for \"Griefer123\" (2,341 blocks changed, 12.1s)",
    "[13:45:00] [Server thread/INFO]: CONSOLE issued server command: /say Backup starting -- expect lag",
    "[13:45:02] [pool-12-thread-1/INFO]: [Backup] Zipping world/ -> /srv/backups/world-2024-05-11.zip",
    "[13:50:21] [Server thread/WARN]: Legacy plugin OldPerms v0.9 does not specify an api-version.",
    "[13:50:22] [Server thread/ERROR]: [VoteListener] Votifier: bad packet from /192.0.2.10:40021 (length 256)",
    "[18:00:00] [Server thread/INFO]: Named entity EntityVillager['Shopkeeper'/451, l='ServerLevel[world]', x=12.50, y=64.00, z=-7.50] died: Shopkeeper was slain by Zombie",
    "[18:02:03] [Server thread/WARN]: Ambiguity between arguments [teleport, location] and [teleport, destination] with inputs: [0.1 -0.5 .9, 0 0 0]",
    "[19:11:11] [Craft Scheduler Thread - 7/WARN]: [PlaceholderAPI] Failed to download expansion: Vault (HTTP 503)",
    "[20:20:20] [Server thread/INFO]: Stopping the server\n[20:20:20] [Server thread/INFO]: Stopping server\n[20:20:21] [Server thread/INFO]: Saving players",
    "[21:04:41] [Server thread/INFO]: [Skript] Loaded 14 scripts with a total of 52 structures in 1.20 seconds",
    "[21:05:01] [Server thread/ERROR]: [Skript] Can't understand this condition/effect: send \"hi\" to player's targeted entity (homes.sk, line 12: send \"hi\" to player's targeted entity')",
    "[22:30:15] [Server thread/INFO]: [Multiverse-Core] World 'event_arena' was loaded with seed -827364510293",
    "[22:35:50] [Server thread/INFO]: Kai issued server command: //set 0",
    "> list\n[12:00:01] [Server thread/INFO]: There are 3 of a max of 40 players online: Kai, Mira, Lena_K",
    "[00:00:03] [Timer-0/WARN]: [Dynmap] Exception while handling web request: /up/world/world/1715385600 - Broken pipe",
    "[01:10:10] [Server thread/INFO]: Björn_Mines left the game",
    "[Server thread/INFO]: [GriefPrevention] Steve_2011 placed a claim at world: x-100, z250",
    "[07:07:07] [Server thread/ERROR]: Block at 1200, 64, -300 is minecraft:air but should be minecraft:spawner. Skipping BlockEntity with id",
    "[07:15:15] [Server thread/INFO]: [TAB] Enabled in 134ms",
    "[07:15:16] [Server thread/WARN]: **** SERVER IS RUNNING IN OFFLINE/INSECURE MODE!",
    "[07:15:17] [Server thread/INFO]: Using epoll channel type",
    "[Netty Server IO #1/WARN]: Unknown custom packet identifier: fabric:registry/sync",
    "2024-05-11 14:02:33 [INFO] [BungeeCord] <-> ServerConnector [survival] has connected",
    "[09:09:09] [Server thread/INFO]: redstone_rosa: Set own game mode to Creative Mode",
    "[09:09:40] [Server thread/INFO]: [redstone_rosa: Gave 64 [Redstone Dust] to redstone_rosa]",
    "[Server thread/WARN]: Fetching addPacket for removed entity: EntityItem['Cobblestone'/9812, l='ServerLevel[world_nether]', x=-12.1, y=31.0, z=88.8]",
]

CHAT = [
    "&aHello §r everyone!",
    "&c&lWARNING&r: PvP is enabled in the nether",
    "gg wp <3",
    "lol that creeper just blew up my house >:(",
    "anyone got a spare ender pearl? i'll pay 50$",
    "who wants to trade 3 diamonds for an elytra?? dm me",
    "brb dinner",
    '/home doesn\'t work for me?? it says "no home set"',
    "hey can someone /tpa to me, i'm stuck in a cave at -1240 12 880",
    "the drop rate for wither skulls is like 2.5% right?",
    "selling: 64x oak logs = 5$, 32x glass = 8$ || dm me",
    "ich brauche Hilfe mit meinem Grundstück, kann ein Mod kommen?",
    "¿alguien sabe cómo hacer una granja de hierro?",
    "おはよう！今日もマイクラやろう",
    "кто-нибудь хочет в незер?",
    "§6[VIP] §fLena: &dlove this server ♥",
    "union of the two towns is happening at 8pm, everyone invited!",
    "drop your best redstone tips below ↓",
    "when worldedit messes up i just select the whole area and //undo lol",
    "-- AFK --",
    "<<< welcome back Kai! >>>",
    "2+2=4 but creeper+house=0",
    "this server > the big ones honestly",
    "&#ff5500G&#ffaa00r&#ffff00a&#aaff00d&#55ff00i&#00ff00e&#00ff55n&#00ffaat",
    "<gradient:#ff0000:#0000ff>gradient test, does this work here?</gradient>",
    "<rainbow>Happy birthday Steve!</rainbow>",
    "<click:run_command:/spawn>Click here</click> to go to spawn",
    "who sleeps? need 1 more for the night skip zzz",
    "don't go to 300 -2000, that's the admin's secret base ;)",
    "type /kit starter if you're new :)",
    "can we get /sethome increased to 3 for default rank?",
    "my pc is so laggy, 12 fps at spawn :/",
    "is the server down or is it just me?",
    "F in chat for Mira's netherite gear",
    "whoever stole from my chest at 1200 70 -400: I have coreprotect logs ;)",
    "C'est quoi la commande pour les homes ? /home ou /homes ?",
    "Alguém quer fazer uma fazenda de slime comigo?",
    "Kto chce iść na End? mam 12 oczu kresu",
    "&l&nSHOP OPEN&r at /warp market — cheap redstone & quartz",
    "the new pvp arena is sick, 10/10",
    "how do i delete a home? /delhome name?",
    "rip my house. 3 weeks of building -> gone",
    "i'm gonna exec the farm plan tomorrow, need ~2k cobble",
    "sleep(8 hours) is for the weak, mining all night",
    "x = 120, z = -340 for the villager trading hall",
    "*waves* hi!",
    "~~~ welcome to the server ~~~",
    "@Admin_Tom can you check my claim? someone broke in",
    "\\o/ finally beat the dragon",
    "&ereminder&7: no alts allowed in events!",
    "how's everyone's weekend? 😊",
    "system update tonight? chat said restart at 4am",
    "who's the 'alert' guy spamming chat lol",
    "#1 on the kills leaderboard baby",
    "is it cheaper to buy 1 stack or 4x16?",
]

SEED_COORDS = [
    "-4172144997902289642",
    "seed: 8091867987493326313 — spawn at 0 72 0, village at 240 68 -112",
    "Stronghold: X: -1580 Z: 2344 (nether: -197 / 293)",
    "XYZ: 1234.512 / 64.00000 / -789.301",
    "Block: 1234 64 -790",
    "Chunk: 77 4 -50 in 2 4 -2",
    "slime chunk at -320, -96",
    "Nether portal: overworld 800 70 -1600 -> nether 100 70 -200",
    "seed: Glacier",
    "~ ~10 ~",
    "^ ^ ^5",
    "x=-3000..-2000, z=1500..2500 is claimed by the Eastside town",
    "Facing: north (Towards negative Z) (-179.9 / 12.3)",
    "Ancient city at -1872 -51 640, bring swift sneak!",
    "base: 12 -59 -8  (superflat, don't laugh)",
    "1.20.4 seed 123456789 has a mushroom island right at spawn",
    "End gateway: 96 75 0",
    "woodland mansion ~ 12,400 / -8,200 (far!)",
    "-64 to 320 is the build height now",
    "spawn chunks: -160..160 on both axes",
    "trial chambers 1.21: -512 -20 1024",
    "seed 0 is actually pretty good lol",
    "Seed: -1 | biome: cherry_grove | coords 600 110 -300",
    "world spawn set to (0, 65, 0)",
    "/tp 1024.5 80 -2048.5",
    "Coordinates of the iron farm: 310 / 62 / 455",
    "ocean monument: x 1320 z -3144",
    "Graveyard at -2200 65 900 & witch hut at -2100 70 950",
    "Nether fortress (approx.): 240, 70, -56",
    "Bastion: -400 45 128 — it's a treasure room one",
    "Pos: [104.5d, 64.0d, -22.3d]",
    "Rotation: [90.0f, 0.0f]",
    "Seed: 2151901553968352745 (java), bedrock is different!",
    "Région r.-3.2 — x -1536 à -1025, z 1024 à 1535",
    "座標: 250 64 -1200 (村の近く)",
    "Y=-58 is best for diamonds since 1.18",
    "ravine from 400 30 -80 to 460 12 -40",
    "my elytra run: 0 200 0 -> 10000 200 10000, took 4 minutes",
    "heightmap at 512,512: 78",
    "corners: (-50, -50) (50, -50) (50, 50) (-50, 50)",
    "dx=10 dy=5 dz=10 from 100 64 -50",
    "-9.223.372.036.854.775.808 is the minimum seed",
    "distance to spawn ~ 4,200 blocks (sqrt(3000² + 2940²))",
    "player head at 15 66 15; sign says \"Kai was here\"",
    "overworld 1600 / 8 = nether 200",
    "Seed (Bedrock): 1870155880",
    "x: -1240, y: 12, z: 880 — i'm stuck here send help",
    "Biome: minecraft:deep_dark at -300 -40 200",
    "world border center 0,0 radius 10k",
    "chunk [31, -19] keeps resetting??",
]

DATAPACK = [
    "data/mypack/functions/tick.mcfunction",
    "data/minecraft/tags/functions/load.json",
    "pack.mcmeta",
    "assets/minecraft/textures/item/diamond_sword.png",
    "world/datapacks/arena_v2.zip",
    "/home/mc/server/plugins/Essentials/config.yml",
    "C:\\Users\\Kai\\AppData\\Roaming\\.minecraft\\saves\\New World\\datapacks",
    "minecraft:block/oak_planks",
    "mypack:chests/tower",
    "#minecraft:logs",
    "world/region/r.0.-1.mca",
    "~/.minecraft/logs/latest.log",
    "/opt/minecraft/world_nether/DIM-1/region",
    "world/playerdata/5a3e1f22-8c1d-4b6f-9a77-1d2e3f4a5b6c.dat",
    "plugins/LuckPerms/yaml-storage/users/",
    "data/arena/loot_table/chests/supply_drop.json",
    "data/arena/recipe/compressed_cobblestone.json",
    "data/mypack/advancements/first_join.json",
    "assets/survivalcraft/models/item/ruby.json",
    "assets/minecraft/lang/de_de.json",
    "assets/minecraft/sounds.json",
    "assets/minecraft/shaders/core/rendertype_text.fsh",
    "minecraft:entity.player.levelup",
    "minecraft:worldgen/biome/cherry_grove",
    "rpg:items/weapons/frost_sword",
    "lobby_utils:npc/greeter",
    "%appdata%\\.minecraft\\resourcepacks",
    "/Users/lena/Library/Application Support/minecraft/saves",
    "plugins/WorldEdit/schematics/castle_v3.schem",
    "server/plugins/Skript/scripts/homes.sk",
    "logs/2024-05-11-3.log.gz",
    "crash-reports/crash-2024-05-11_14.22.09-server.txt",
    "world/data/raids.dat",
    "world/stats/5a3e1f22-8c1d-4b6f-9a77-1d2e3f4a5b6c.json",
    "data/minecraft/tags/blocks/mineable/pickaxe.json",
    "./start.sh",
    "java -Xms2G -Xmx6G -jar paper-1.20.4-496.jar --nogui",
    "D:\\MC Server\\plugins\\Dynmap\\web\\tiles",
    "../resourcepacks is where the zip goes, not inside saves",
    "textures/block/grass_block_top.png (tinted, keep it grayscale)",
    "mods/sodium-fabric-0.5.8+mc1.20.4.jar",
    "config/fabric/indigo-renderer.properties",
    "data/mypack/function/util/raycast/step.mcfunction",
    "minecraft:textures/gui/container/inventory.png",
    "mypack:util/raycast/step",
    "assets/minecraft/optifine/cit/sword.properties",
    "world_the_end/DIM1/data/",
    "server.properties",
    "whitelist.json / ops.json / banned-players.json",
    "data/überpack/functions/start.mcfunction (umlaut breaks it?)",
    "plugins/Citizens/saves.yml",
    "/srv/minecraft/world/datapacks/",
    "datapacks\\vanilla_tweaks\\data\\afk\\functions",
]

BAN_APPEAL = [
    "Hi, I was banned for \"x-ray\" but I was just using a texture pack with clear glass. I'm sorry if it looked suspicious, I'd really like to come back.",
    "IGN: Steve_2011\nBanned by: Admin_Tom\nReason: griefing\nWhy should you unban you? I didn't grief, my brother played on my account while I was away. He won't touch it again, I changed my password.",
    "I admit I used a fly hack on 05/11. It was stupid and I won't do it again. Please give me one more chance :(",
    "My ban says 'Spam' but I was just pasting my shop prices (64x oak = 5$, 32x glass = 8$) a few times. Didn't know it counted.",
    "Hey staff, I got auto-banned by the anticheat for 'Reach (A)'. I'm on 200ms ping from Brazil, I think that's why. Can someone check the logs?",
    "I said something rude in chat (\"this server is trash\") when I was angry because I lost my stuff. I apologise to the mods and the players.",
    "Ban reason: \"Exploiting\". I used a duplication glitch without knowing it was a bug, I thought it was a normal trick. I'm happy to give back the items.",
    "I think this is a mistake. I was banned for killing someone at spawn but PvP was on in that zone (x=-50..50). Screenshot attached.",
    "Appeal #2 — last one was denied because I didn't include my IGN. IGN: Pixel_Pete. Reason: alt account. The other account is my sister's, we share the same WiFi/IP.",
    "Bonjour, j'ai été banni pour \"langage inapproprié\". Je ne parle pas bien anglais et je ne savais pas que ce mot était une insulte. Désolé !",
    "Hola, me banearon por usar un cliente \"hackeado\" pero solo uso OptiFine y el minimapa. ¿Pueden revisar?",
    "Hallo, ich wurde wegen \"Griefing\" gebannt, aber das war mein eigenes Grundstück – ich habe nur umgebaut.",
    "I was muted for 7 days for saying \"drop table\" — I was literally asking where the drop table for wither skeletons is.",
    "i'm really sorry. i know i broke rule 3 (no advertising) by posting my youtube link. won't happen again",
    "Staff member who banned me: Mira. Date: 2024-05-11 ~14:30 UTC. I was AFK in a water elevator & got flagged for 'Fly'.",
    "I've been on this server 2 years and never had a warning. I lost my temper once & called someone a name. 30 days seems a bit harsh? I accept a shorter ban.",
    "The ban message said: \"You have been banned. Reason: Hacking | Appeal at forum\" — I don't hack, I just have a good mouse lol",
    "I used /co to look up who stole from me and then went and took my stuff back from their chest... apparently that's 'stealing' too. My bad.",
    "My account got hacked (someone logged in from another country). They griefed spawn. I've secured it with 2FA now. Can you unban?",
    "Please unban me, I will follow all the rules. I promise I won't build l*va casts at spawn again.",
    "I was banned for having 'inappropriate' skin. It was a Halloween skeleton costume?? Not sure what's wrong with it.",
    "Reason given: \"Ban evasion\". I didn't evade anything — my main was never banned, I just changed my username from Alex_B to Alex_Builds.",
    "I understand why I got banned (I used an autoclicker at the AFK fish farm). I'll play normally from now on.",
    "Sorry for the caps in chat, my keyboard's caps lock is broken. I got muted for spamming but it wasn't on purpose.",
    "I'm 12 and I didn't understand the rules. My mom read them with me now. Can I come back please?",
    "Banned on Skyblock for 'island trolling'. I only placed lava to make a cobble generator on my own island (coordinates -1000 / -1000).",
    "In game name - redstone_rosa\nWhat happened - my redstone clock lagged the server, and I got banned for 'lag machine'. It wasn't intentional, I'll remove it.",
    "Hi! I know I was wrong to argue with staff. Their decision was fair. I'd like to ask if the ban can be reduced from permanent to 30 days.",
    "My friend and I were joking and he said I 'killed' him in real life... it was about PvP. Staff thought it was a threat. It was not!",
    "Bonjour l'équipe, j'ai utilisé un mod \"Freecam\" sans savoir qu'il était interdit. Je l'ai supprimé.",
    "Why am I banned? It just says \"The Ban Hammer has spoken!\" and nothing else.",
    "I admit I used /sell on items I got from a dupe. I didn't dupe them myself, someone gave them to me. I can pay back the $12,500.",
    "Hi, IP-banned but I'm at school; lots of people use the same network. I haven't done anything.",
    "Please check the CoreProtect logs for 12:00-12:30 on May 11: I only broke blocks inside my own claim.",
    "The anticheat flagged me for \"Timer\" — I was on a laggy train WiFi. I'm on a stable connection now.",
    "I'm sorry for calling the admin a \"bot\". I was frustrated. It was rude & I regret it.",
    "Ban ID #48213. I'd like to appeal because I believe the evidence (a screenshot) was edited.",
    "Я был забанен за рекламу, но я просто написал название другого сервера, когда меня спросили. Простите.",
    "私は荒らしをしていません。友達の家を手伝っていただけです。確認をお願いします。",
    "Hi staff, I'm appealing a mute: I typed \"kill yourself\" as a joke *in a PvP context* (as in /kill). Still, I see why it's bad & I'm sorry.",
    "I was banned by the auto-mod for 'script kiddie behaviour' (spamming /help?). I was just trying to find the command for homes.",
    "I didn't read the rules before joining; I thought raiding was allowed like on factions servers. I'll return everything I took.",
    "My ban reason is \"[AC] Scaffold\". I built a bridge quickly using the speed-bridging technique, no mods. I can record my screen to prove it.",
    "Sorry that my town's sign said \"<3 free stuff <3\" and people thought it was a scam. It was a real giveaway, I just ran out of items.",
    "I forgot to remove an old mod (\"Inventory Tweaks\") and got kicked 3x, then banned. Mod is gone now.",
    "i got banned for using a swear word in a sign at -200 70 500, i didn't know signs were checked too. sorry",
    "Dear staff,\n\nI'm writing to appeal my ban from the 3rd of May.\n\nI was accused of x-ray because I found 12 diamonds in 10 minutes. That was at y=-58 next to a ravine.\n\nThanks for reading,\nLena",
    "Can you tell me how long my tempban is? /baninfo isn't available to me since I can't join lol",
    "I'm the owner of the account xXCreeperXx. My little brother got it banned for 'toxicity'. I'll keep him off.",
    "Hi, it's been 6 months since my permanent ban for griefing. I've grown up a lot & would like a second chance.",
    "I only typed \"select all\" in chat to ask how to use //pos1 and //pos2 with WorldEdit. Why was I muted?",
]

SUPPORT_TICKET = [
    "My home disappeared after the restart. /home base says \"Home not found\". It was at 1200 70 -400.",
    "I bought VIP on the store 2 hours ago (order #SC-20931) but I still don't have the rank. IGN: Lena_K",
    "The shop sign at /warp market says [Buy] 64 diamond for $1 — I think that's a price mistake?",
    "Can't connect: \"io.netty.channel.AbstractChannel$AnnotatedConnectException: Connection refused: no further information\"",
    "Getting \"Outdated client! Please use 1.20.4\" but I'm on 1.20.6. Is ViaVersion installed?",
    "Someone griefed my house at -300 64 220 & took my shulker boxes. Please roll it back (last ~3 hours).",
    "Bug: /sell hand gives $0 for netherite ingots. Expected $500 per the /prices list.",
    "I'm stuck in the nether roof at 120 128 -40 and /spawn has a 5 min cooldown. Can someone tp me?",
    "The discord link in /discord is expired (\"Invite invalid\"). Can you update it?",
    "My claim shows 0 claim blocks left, but I only claimed a 20x20 area. /claimslist says I have 3 claims I didn't make?",
    "Requesting a name change on the forum: Alex_B -> Alex_Builds (Mojang username changed).",
    "Lag at spawn since the update — TPS goes down to ~12 when 20+ people are there. Maybe the hologram plugin?",
    "The resource pack won't load: \"Failed to download resource pack\". I'm behind a school proxy, maybe that's it?",
    "When I type /nick &6Gold it says \"You do not have permission to use colour codes in nicknames.\" I'm VIP, isn't that included?",
    "Death chest bug: I died at 450 12 -890 in lava and my items didn't appear in a chest. Lost a full netherite set :(",
    "Is there a way to export my build as a .schem? I'd like to keep a copy for my single-player world.",
    "Pets (my dog 'Biscuit') disappeared after crossing the nether portal. Can staff restore entities?",
    "The /vote rewards aren't coming through. I voted on all 4 sites at 18:00 and got nothing.",
    "I get kicked with 'Invalid move packet received' whenever I ride a minecart on the rail line at 0 64 -100 -> 0 64 -900.",
    "The web map (dynmap) hasn't updated since Tuesday. My town doesn't show up.",
    "Mailbox: /mail read shows \"You have 0 messages\" but my friend says they sent me 3.",
    "Bonjour, je n'arrive pas à utiliser /tpa, ça me dit « Vous n'avez pas la permission ». Merci d'avance !",
    "Hola, compré una llave de cofre ('Legendary Key') y no me llegó. Pedido: SC-20977.",
    "Könnt ihr mir sagen, wie ich meinen Claim vergrößere? /claim expand 10 funktioniert nicht.",
    "Feature request: could we get a /trash command? Throwing items into lava at spawn is annoying.",
    "Crash report attached: 'java.lang.OutOfMemoryError: Java heap space' — I have 16 GB RAM, launcher set to -Xmx2G.",
    "Skin not showing on the server (everyone sees me as Steve). Changed it on minecraft.net yesterday.",
    "When I right-click the NPC 'Shopkeeper' nothing happens. Other NPCs work fine.",
    "Accidentally deleted my home with /delhome base instead of /delhome old. Any way to restore it?",
    "Hi, I'm a plugin dev applying for the dev team. My GitHub has a few Spigot plugins (Kotlin + Gradle).",
    "Question about rules: is an auto-smelter with hoppers & a redstone clock allowed, or is it a 'lag machine'?",
    "Voice chat mod: \"Voice chat not connected\" — is UDP port 24454 open on the server?",
    "Error when joining event server: \"Disconnected: Failed to verify username!\" Other servers work fine.",
    "Please remove the player 'SpamBot99' from my town, they're inactive since March. /t kick doesn't work for mayors?",
    "My balance went from $12,000 to -$450 overnight. I didn't buy anything. /baltop shows me at the bottom.",
    "The custom crafting recipe for the 'Ruby Sword' doesn't work in the crafting table, only in /craft GUI.",
    "I'd like to report a player for using a hacked client — he was killing people across walls at /warp arena around 20:15.",
    "The /rtp command teleported me into the ocean at -8800 63 4200 and I drowned. Can I get my items back?",
    "Elevator signs ([Lift Up] / [Lift Down]) stopped working after the update.",
    "Question: does the server keep inventories on death in the End? I died to the void & lost everything.",
    "Hey! I can't type in chat, it says \"You are muted\" but nobody told me why. Account: Sunny_Day_07",
    "The website's \"Forgot password\" link gives \"500 Internal Server Error\".",
    "I can't open my chest shop, it says \"This chest is protected by Mira\". Mira's my friend, she set it up for me.",
    "My town's name contains an apostrophe (\"Kai's Cove\") and now /t spawn \"Kai's Cove\" says 'Town not found'.",
    "Hi — the server's timezone for the restart countdown seems off by 2 hours (UTC vs CEST?).",
    "Need help with datapack: my load.json tag isn't running data/mypack/functions/init.mcfunction.",
    "After /mv tp lobby, my inventory was cleared. Is inventory separated per world? Nobody told me 😭",
    "Could an admin please run /co restore u:Lena_K t:1d r:#global? Lena accidentally rolled back her own farm.",
    "チェストショップが反応しません。座標は 300 64 -120 です。",
    "Проблема: после обновления пропали все мои дома (/home list пустой).",
    "The auction house GUI (/ah) shows items as 'AIR' and I can't collect my expired listings.",
]

CATEGORIES = [
    ("command", COMMAND),
    ("selector-nbt", SELECTOR_NBT),
    ("plugin-yaml", YAML),
    ("permission-node", PERMISSION),
    ("console-log", CONSOLE),
    ("chat", CHAT),
    ("seed-coords", SEED_COORDS),
    ("datapack-path", DATAPACK),
    ("ban-appeal", BAN_APPEAL),
    ("support-ticket", SUPPORT_TICKET),
]


# ---------------------------------------------------------------- templates
def coord(rng, lo=-3000, hi=3000):
    return rng.randint(lo, hi)


def t_command(rng):
    p = rng.choice(PLAYERS)
    k = rng.randrange(5)
    if k == 0:
        return f"/tp {p} {coord(rng)} {rng.randint(-60, 200)} {coord(rng)}"
    if k == 1:
        return f"/give {p} minecraft:{rng.choice(ITEMS)} {rng.choice([1, 8, 16, 32, 64])}"
    if k == 2:
        return f"/effect give {p} minecraft:{rng.choice(EFFECTS)} {rng.choice([30, 60, 120, 600])} {rng.randint(0, 2)}"
    if k == 3:
        return f"/mv tp {p} {rng.choice(WORLDS)}"
    return f"/eco give {p} {rng.choice([50, 100, 250, 1000, 5000])}"


def t_selector(rng):
    k = rng.randrange(3)
    if k == 0:
        return f"@a[distance=..{rng.randint(3, 100)},gamemode=survival,limit={rng.randint(1, 10)}]"
    if k == 1:
        return (f'{{"text":"{rng.choice(PLAYERS)} found {rng.randint(1, 12)} {rng.choice(ITEMS).replace("_", " ")}",'
                f'"color":"{rng.choice(["gold", "aqua", "green", "light_purple"])}"}}')
    return f'{{Item:{{id:"minecraft:{rng.choice(ITEMS)}",Count:{rng.randint(1, 64)}b}},PickupDelay:{rng.randint(0, 40)}s}}'


def t_yaml(rng):
    pl = rng.choice(PLUGINS)
    return (f"{pl}:\n  enabled: {rng.choice(['true', 'false'])}\n  worlds:\n    - {rng.choice(WORLDS)}\n"
            f"  cooldown: {rng.choice([5, 10, 30, 60, 300])}")


def t_perm(rng):
    return f"{rng.choice(PLUGINS)}.{rng.choice(['home', 'warp', 'kit', 'region', 'shop', 'command'])}.{rng.choice(NODE_TAILS)}"


def t_console(rng):
    h, m, s = rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)
    p = rng.choice(PLAYERS)
    ev = rng.choice(["joined the game", "left the game", "was slain by Skeleton",
                     f"issued server command: /home {rng.choice(['base', 'farm', 'mine'])}",
                     f"has made the advancement [{rng.choice(['Hot Stuff', 'Ice Bucket Challenge', 'Monster Hunter'])}]"])
    return f"[{h:02d}:{m:02d}:{s:02d}] [Server thread/INFO]: {p} {ev}"


def t_chat(rng):
    code = rng.choice(["&a", "&b", "&e", "&6", "§d", "&c&l"])
    msg = rng.choice(["anyone wanna go mining?", "selling {n}x {i} for ${p}, msg me",
                      "need {n} {i} for my build, pls help", "thanks for the {i}!"])
    return code + msg.format(n=rng.randint(2, 64), i=rng.choice(ITEMS).replace("_", " "),
                             p=rng.randint(1, 300))


def t_coords(rng):
    what = rng.choice(["my base", "village", "mob farm", "portal", "stronghold", "shop"])
    return f"{what}: {coord(rng, -20000, 20000)} {rng.randint(-60, 250)} {coord(rng, -20000, 20000)}"


def t_datapack(rng):
    ns = rng.choice(NAMESPACES)
    k = rng.randrange(2)
    if k == 0:
        return f"data/{ns}/functions/{rng.choice(FUNC_NAMES)}.mcfunction"
    return f"{ns}:{rng.choice(FUNC_NAMES)}"


def t_appeal(rng):
    p = rng.choice(PLAYERS)
    reason = rng.choice(["griefing", "x-ray", "spam", "toxicity", "fly hacks", "advertising"])
    return (f"IGN: {p}\nReason for ban: {reason}\nAppeal: I'm sorry, I didn't realise that "
            f"{rng.choice(['it was against the rules', 'my friend was on my account', 'the anticheat would flag it'])}. "
            f"Please reconsider{rng.choice(['.', '!', ' :)', ', thanks.'])}")


def t_ticket(rng):
    return (f"{rng.choice(['Bug', 'Question', 'Problem', 'Request'])}: "
            f"{rng.choice(['/home', '/warp', '/tpa', '/sell', '/kit', '/rtp'])} "
            f"{rng.choice(['is not working', 'gives an error', 'has a weird cooldown', 'teleports me wrong'])} "
            f"in {rng.choice(WORLDS)} (IGN {rng.choice(PLAYERS)})")


TEMPLATES = {
    "command": t_command, "selector-nbt": t_selector, "plugin-yaml": t_yaml,
    "permission-node": t_perm, "console-log": t_console, "chat": t_chat,
    "seed-coords": t_coords, "datapack-path": t_datapack, "ban-appeal": t_appeal,
    "support-ticket": t_ticket,
}


def main():
    rng = random.Random(SEED)
    rows, seen = [], set()
    report = []
    for cat, literals in CATEGORIES:
        vals = []
        n_lit = 0
        for v in literals:
            if len(vals) >= PER_CATEGORY:
                break
            if v not in seen:
                seen.add(v)
                vals.append(v)
                n_lit += 1
        tries = 0
        while len(vals) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template exhausted for {cat}")
            v = TEMPLATES[cat](rng)
            if v not in seen:
                seen.add(v)
                vals.append(v)
        if n_lit < 0.55 * PER_CATEGORY:
            raise SystemExit(f"{cat}: only {n_lit} literals")
        report.append((cat, len(vals), n_lit))
        rows.extend((cat, v) for v in vals)
    out = []
    for i, (cat, v) in enumerate(rows, 1):
        assert isinstance(v, str) and v and len(v) <= 1800, (cat, v)
        out.append({"id": f"{PREFIX}-{i:05d}", "category": cat, "label": "benign", "value": v})
    assert len({o["value"] for o in out}) == len(out)
    path = Path(__file__).with_name("benign.jsonl")
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for o in out:
            f.write(json.dumps(o, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, n, lit in report:
        print(f"{cat:16s} {n:4d}  literals {lit}")
        total_lit += lit
    print(f"{'total':16s} {len(out):4d}  literals {total_lit}")


if __name__ == "__main__":
    main()
