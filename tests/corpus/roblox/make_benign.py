"""Benign held-out corpus for the roblox theme (game-creator community, Luau scripting).

Every value is hand-written for this corpus or produced by the small templates below from
hand-written pools. Ten categories x 80 values; at least 55% of each category is literal.
Output: benign.jsonl next to this file. Deterministic (fixed SEED, no set iteration).
"""
import json
import random
from pathlib import Path

SEED = 9001
PER_CATEGORY = 80
PREFIX = "hb90"

# ---------------------------------------------------------------- script snippets
SNIPPETS = [
    "local part = workspace.Part\npart.Touched:Connect(function(hit)\n\tlocal hum = hit.Parent:FindFirstChild(\"Humanoid\")\n\tif hum then hum.Health = 0 end\nend)",
    "local Players = game:GetService(\"Players\")\nPlayers.PlayerAdded:Connect(function(plr)\n\tprint(plr.Name .. \" joined\")\nend)",
    "for i = 1, 10 do\n\tlocal p = Instance.new(\"Part\")\n\tp.Position = Vector3.new(i * 4, 5, 0)\n\tp.Parent = workspace\nend",
    "local ok, err = pcall(function()\n\treturn store:GetAsync(\"Player_\" .. plr.UserId)\nend)\nif not ok then warn(err) end",
    "-- select the closest enemy\nlocal best, dist = nil, math.huge\nfor _, e in ipairs(enemies) do\n\tlocal d = (e.Position - root.Position).Magnitude\n\tif d < dist then best, dist = e, d end\nend",
    "script.Parent.MouseButton1Click:Connect(function()\n\tframe.Visible = not frame.Visible\nend)",
    "local TweenService = game:GetService(\"TweenService\")\nlocal info = TweenInfo.new(0.5, Enum.EasingStyle.Quad, Enum.EasingDirection.Out)\nTweenService:Create(door, info, {CFrame = door.CFrame * CFrame.new(0, 8, 0)}):Play()",
    "if coins >= 100 and not owned[itemId] then\n\tcoins -= 100\n\towned[itemId] = true\nend",
    "local t = {}\nt[#t + 1] = \"sword\"\nprint(table.concat(t, \", \"))",
    "while true do\n\ttask.wait(1)\n\tlabel.Text = string.format(\"%02d:%02d\", math.floor(s / 60), s % 60)\n\ts -= 1\nend",
    "local RS = game:GetService(\"ReplicatedStorage\")\nlocal remote = RS:WaitForChild(\"DropItem\")\nremote:FireServer(slot)",
    "remote.OnServerEvent:Connect(function(player, slot)\n\tif typeof(slot) ~= \"number\" then return end\n\t-- never trust the client\nend)",
    "local str = \"Hello, \" .. player.DisplayName .. \"!\"\ntext.Text = str",
    "local function lerp(a, b, t)\n\treturn a + (b - a) * t\nend",
    "game.Players.LocalPlayer.Character.Humanoid.WalkSpeed = 32 -- sprint",
    "local data = HttpService:JSONDecode(raw)\nprint(data.name, data[\"version\"])",
    "local UIS = game:GetService(\"UserInputService\")\nUIS.InputBegan:Connect(function(input, gp)\n\tif gp then return end\n\tif input.KeyCode == Enum.KeyCode.E then interact() end\nend)",
    "--[[\n\tDoor module v2\n\tauthor: brickbuilder\n]]\nlocal Door = {}\nDoor.__index = Door\nreturn Door",
    "local x = a ~= nil and a or 0 -- poor man's ternary",
    "print(('%s has %d coins'):format(name, coins))",
    "local name = s:gsub(\"%s+\", \"\"):lower()",
    "if #args == 0 then return \"usage: /kick <player> [reason]\" end",
    "local pattern = \"^(%w+)%s*=%s*(.-)$\"\nfor k, v in line:gmatch(pattern) do cfg[k] = v end",
    "local mt = setmetatable({}, {__index = function(t, k) return 0 end})",
    "game:BindToClose(function()\n\tfor _, p in Players:GetPlayers() do save(p) end\nend)",
    "local Debris = game:GetService(\"Debris\")\nDebris:AddItem(bullet, 3)",
    "humanoid.Died:Connect(function() task.delay(5, function() player:LoadCharacter() end) end)",
    "local rayParams = RaycastParams.new()\nrayParams.FilterType = Enum.RaycastFilterType.Exclude\nrayParams.FilterDescendantsInstances = {char}",
    "local result = workspace:Raycast(origin, dir * 500, rayParams)\nif result and result.Instance then hit(result.Instance) end",
    "type Inventory = { [string]: number }\nlocal inv: Inventory = {}",
    "local function exec(cmd: string, ...: any)\n\tlocal f = commands[cmd]\n\tif f then return f(...) end\nend",
    "local s = `Round {round} starts in {seconds}s`",
    "bin.Name = \"Shop & Stuff\"",
    "local a = 5 // 2 -- 2\nlocal b = 5 % 2 -- 1",
    "local union = part1:UnionAsync({part2, part3})\nunion.Parent = workspace",
    "local drop = Instance.new(\"Part\")\ndrop.Name = \"Drop\"\ndrop.Size = Vector3.new(1,1,1)",
    "if player:GetRankInGroup(1234567) >= 200 then\n\tgiveAdmin(player)\nend",
    "local msg = \"it's fine\" -- apostrophes inside double quotes are ok",
    "local path = \"Assets/Models/Trees/Oak\"\nlocal model = RS:FindFirstChild(path) -- doesn't work, FindFirstChild takes one name",
    "sound.SoundId = \"rbxassetid://1843527630\"\nsound:Play()",
    "local cf = CFrame.lookAt(pos, target) * CFrame.Angles(0, math.rad(90), 0)",
    "RunService.Heartbeat:Connect(function(dt)\n\tspin.CFrame *= CFrame.Angles(0, dt * 2, 0)\nend)",
    "local function sleep(n) task.wait(n) end -- old habit from wait()",
    "print(debug.traceback())",
    "local keys = {}\nfor k in pairs(t) do table.insert(keys, k) end\ntable.sort(keys)",
    "local enabled = workspace:GetAttribute(\"EventEnabled\") == true",
    "string.rep(\"=\", 20)",
    "local lines = string.split(text, \"\\n\")",
]
SNIP_VARS = ["part", "door", "coin", "lava", "pad", "button", "trap", "checkpoint", "spawner", "gate"]
SNIP_PARENTS = ["workspace", "workspace.Map", "workspace.Obby", "script.Parent", "workspace.Lobby"]
SNIP_BODIES = [
    "\tlocal hum = hit.Parent:FindFirstChildOfClass(\"Humanoid\")\n\tif hum then hum:TakeDamage({n}) end",
    "\tif debounce then return end\n\tdebounce = true\n\ttask.wait({n} / 10)\n\tdebounce = false",
    "\tlocal plr = Players:GetPlayerFromCharacter(hit.Parent)\n\tif plr then plr.leaderstats.Coins.Value += {n} end",
    "\t{v}.Transparency = 0.5\n\t{v}.CanCollide = false\n\ttask.wait({n})\n\t{v}.Transparency = 0\n\t{v}.CanCollide = true",
    "\tprint(\"touched by\", hit:GetFullName(), {n})",
]


def t_snippet(r):
    v = r.choice(SNIP_VARS)
    parent = r.choice(SNIP_PARENTS)
    name = v[0].upper() + v[1:] + str(r.randint(1, 12))
    body = r.choice(SNIP_BODIES).replace("{n}", str(r.randint(1, 50))).replace("{v}", v)
    return f"local {v} = {parent}.{name}\n{v}.Touched:Connect(function(hit)\n{body}\nend)"


# ---------------------------------------------------------------- output window errors
ERRORS = [
    "ServerScriptService.Main:14: attempt to index nil with 'Humanoid'",
    "Players.builder_kid.PlayerGui.ShopGui.LocalScript:27: attempt to perform arithmetic (add) on nil and number",
    "Workspace.Door.Script:3: Expected ')' (to close '(' at line 2), got 'end'",
    "Infinite yield possible on 'ReplicatedStorage:WaitForChild(\"Remotes\")'",
    "DataStoreService: Request was throttled. Try sending fewer requests. Key = Player_88213004",
    "502: API Services rejected request with error. HTTP 403 (Forbidden)",
    "HTTP 429 (Too Many Requests)",
    "Stack Begin\nScript 'ServerScriptService.Combat', Line 88 - function dealDamage\nScript 'ServerScriptService.Combat', Line 120\nStack End",
    "Http requests are not enabled. Enable via game settings",
    "Unable to cast value to Object",
    "Argument 1 missing or nil",
    "The current identity (2) cannot access 'CoreGui' (lacking permission 1)",
    "Workspace.Model.Script:1: Incomplete statement: expected assignment or a function call",
    "attempt to call a nil value",
    "invalid argument #1 to 'pairs' (table expected, got nil)",
    "ServerScriptService.DataHandler:45: 104: Cannot store Dictionary in data store. Data stores can only accept valid UTF-8 characters.",
    "Players.x_Noob_x.Backpack.Sword.SwordScript:56: attempt to compare number < nil",
    "Exception while signaling: Must be a LuaSourceContainer",
    "Failed to load sound rbxassetid://9120386436: Unable to download sound data",
    "Script timeout: exhausted allowed execution time",
    "Maximum event re-entrancy depth exceeded for Part.Changed",
    "Unable to assign property Text. string expected, got nil",
    "Position is not a valid member of Model \"Workspace.Car\"",
    "ReplicatedStorage.Modules.Utils:12: Requested module experienced an error while loading",
    "Loaded plugin: 'user_SelectionTools.rbxmx' in 0.04s",
    "TeleportService:Teleport failed: Unauthorized (code 773)",
    "Content failed to load: https://assetdelivery.roblox.com/v1/asset?id=4873021 (Not authorized)",
    "Workspace.Lava.Script:4: attempt to index nil with 'FindFirstChild' -- hit.Parent was nil after the part got destroyed",
    "MarketplaceService:PromptProductPurchase() player should be of type Player, but is of type nil",
    "ServerStorage.Maps.Desert is not a valid member of ServerStorage",
    "Warning: Unknown require: ReplicatedStorage.Packages._Index.sleitnick_knit@1.5.1",
    "TypeError: Type 'string' could not be converted into 'number'",
    "W000: (6,12) Unknown global 'plr'",
    "W003: (14,5) Global 'select' is only used in the enclosing function",
    "Players.Rina_07.PlayerScripts.CameraModule:102: invalid argument #2 to 'clamp' (max must be greater than or equal to min)",
    "Disconnected from game, possibly due to poor connection or a server error. (Error Code: 277)",
    "You were kicked from this experience: Exploiting detected (speed > 80)",
    "Error Code: 267 - You were kicked: \"AFK for 20 minutes\"",
    "Callbacks cannot yield",
    "cannot resume dead coroutine",
    "string expected, got table -- from HttpService:PostAsync(url, data)",
    "Can't parse JSON",
    "Sound failed to load Workspace.Music.Sound : rbxassetid://0 because Asset is not approved for the requester",
    "ServerScriptService.Admin:210: attempt to concatenate nil with string",
    "Requested module was required recursively",
    "HumanoidRootPart is not a valid member of Model \"Workspace.NPC_Guard\" -- R6 rig has Torso",
    "Unable to create an Instance of type \"Exec\"",
    "InsertService cannot be used to load assets from the client",
]
ERR_SCRIPTS = ["ServerScriptService.GameLoop", "ServerScriptService.Leaderstats", "Workspace.Obby.KillBrick.Script",
               "StarterPlayer.StarterPlayerScripts.Client", "ReplicatedStorage.Shared.Inventory", "ServerScriptService.Round"]
ERR_MSGS = ["attempt to index nil with '{f}'", "attempt to perform arithmetic (sub) on nil", "{f} is not a valid member of Folder",
            "attempt to call missing method '{f}' of table", "invalid argument #1 to 'ipairs' (table expected, got nil)"]
ERR_FIELDS = ["Character", "leaderstats", "Value", "Parent", "CFrame", "Coins", "Backpack", "PrimaryPart"]


def t_error(r):
    s = r.choice(ERR_SCRIPTS)
    line = r.randint(2, 400)
    msg = r.choice(ERR_MSGS).replace("{f}", r.choice(ERR_FIELDS))
    if r.random() < 0.4:
        return f"{s}:{line}: {msg}\nStack Begin\nScript '{s}', Line {line}\nStack End"
    return f"{s}:{line}: {msg}"


# ---------------------------------------------------------------- devforum questions
QUESTIONS = [
    "Why does `part.Touched` fire like 5 times when I step on it? I only want it once",
    "How do I make a door that only opens for people in my group? I tried `if player:IsInGroup(id)` but it says attempt to index nil",
    "DataStore not saving when I leave in Studio?? works in live game though",
    "What's the difference between `wait()` and `task.wait()`? Is wait deprecated now?",
    "Is it safe to use `loadstring`? My friend says it's a security hole & I should turn it off",
    "How to select a random player from the server without picking the same one twice?",
    "Union operation failed — \"Unable to perform union\" on complex meshes. Any fix?",
    "How do I drop the tool when a player dies instead of it going away?",
    "My `RemoteEvent` fires but `OnServerEvent` never runs... what am I missing?",
    "Should I use ModuleScripts for everything or is that overkill for a small obby?",
    "How can I sleep a script until the round ends without a while loop?",
    "Best way to store 200+ items per player? One key with a table or many keys?",
    "Why is `#tbl` returning 0 when my table clearly has stuff in it? (keys are strings)",
    "Can someone explain metatables like I'm 5? `__index` makes zero sense to me",
    "Getting \"HTTP 403 (Forbidden)\" when calling my own web server from HttpService",
    "How do I script a kill brick that doesn't kill players with a forcefield?",
    "Camera shakes when I set `CameraType` to Scriptable, is this a bug?",
    "How to make a leaderboard that shows top 10 from an OrderedDataStore?",
    "Is `string.format(\"%d\", 3.5)` supposed to error?? It used to round",
    "What does `--!strict` at the top of scripts do?",
    "How do I exec a function stored in a table by its name? like commands[\"fly\"]()",
    "How to detect if a player is on mobile vs PC vs console?",
    "Anyone know why my GUI looks fine in Studio but off-screen on phones? using Offset not Scale lol",
    "My admin panel's /ban command isn't working, the script is below. `if msg:sub(1,5) == \"/ban \" then`",
    "How do I check if a string contains only letters & numbers? `%w` isn't working with spaces",
    "How can I get the player's thumbnail to show on a SurfaceGui?",
    "Is there a way to union parts with a script? `UnionAsync` keeps throwing",
    "Where do I put scripts — ServerScriptService or Workspace? Does it matter?",
    "How do I stop exploiters from firing my remote with `math.huge` as the amount?",
    "How to make an NPC follow the nearest player using PathfindingService?",
    "Why is my game lagging with only 10 players? script activity is 40% in `Heartbeat`",
    "Can I use `<font color=\"#FF0000\">` in a TextLabel? RichText is enabled",
    "How to properly use `pcall` with `:SetAsync`? Do I need to retry?",
    "What's the best way to compare two CFrames with some tolerance?",
    "How to make a day/night cycle that's synced for all players?",
    "Scripting support: `script.Parent.Parent.Parent` chains are ugly, better way?",
    "Is it allowed to use the word \"kill\" in my game title or will it get moderated?",
    "How do I alert all players when a boss spawns? like a big banner on the screen",
    "My sword's damage applies twice if I click fast — how do I add a debounce?",
    "How to sort a table of players by their score descending? `table.sort(t, function(a, b) return a.score > b.score end)`?",
    "How do I get the UserId from a username that's not in the server?",
    "Is `game:GetService(\"Players\")` better than `game.Players`?",
    "Trying to read a file path like C:\\Users\\me\\Documents\\map.rbxl into a plugin, possible?",
    "How to make a shop GUI where buying deducts coins & saves?",
    "Why does `Vector3.new(1,2,3) == Vector3.new(1,2,3)` print true but tables don't?",
    "How do I escape a `%` in `string.gsub`? want to replace \"50%\" with \"half\"",
    "Can I run a script on a timer even when no players are in the server?",
    "How do I make a sprint script with a stamina bar (Shift to run)?",
]
Q_TOPICS = ["a double jump", "a checkpoint system", "an inventory GUI", "a round timer", "a pet follow system",
            "a trading window", "a day/night cycle", "a kill feed", "a vehicle seat", "a global leaderboard"]
Q_ISSUES = ["it works in Studio but not in game", "it errors with `attempt to index nil`", "it only works for the first player",
            "it breaks after I reset", "nothing prints in the output", "the client & server disagree"]


def t_question(r):
    return f"How do I make {r.choice(Q_TOPICS)}? I tried but {r.choice(Q_ISSUES)}. Code is in the reply below, thanks!"


# ---------------------------------------------------------------- devforum answers
ANSWERS = [
    "You need a debounce. Something like:\n```lua\nlocal db = false\npart.Touched:Connect(function(hit)\n\tif db then return end\n\tdb = true\n\t-- stuff\n\ttask.wait(1)\n\tdb = false\nend)\n```",
    "`wait()` is deprecated, use `task.wait()` — it's more accurate & doesn't throttle.",
    "Don't trust the client. Validate on the server: `if typeof(amount) ~= \"number\" or amount ~= amount or amount > 100 then return end` (the `amount ~= amount` check catches NaN).",
    "Use `Players:GetUserIdFromNameAsync(name)` wrapped in a pcall, it yields and can fail.",
    "Studio doesn't save on stop unless you enable API access in Game Settings > Security AND use `game:BindToClose`.",
    "Tables with string keys don't count in `#`. You need to loop with `pairs` and count yourself.",
    "Use `%%` to escape percent in patterns: `s:gsub(\"50%%\", \"half\")`",
    "Put server scripts in ServerScriptService. Anything in Workspace can be seen by exploiters (not the source, but the instance).",
    "Use Scale instead of Offset: `UDim2.new(0.5, 0, 0.1, 0)` and add a UIAspectRatioConstraint.",
    "`loadstring` is off by default for a reason — if you enable it & pass anything the client sends, that's remote code execution. Just don't.",
    "OrderedDataStore: `store:GetSortedAsync(false, 10)` then `:GetCurrentPage()` gives you the top 10.",
    "RichText supports `<b>`, `<i>`, `<font color=\"#FF0000\">` etc. Make sure `RichText = true` on the label and escape `<` as `&lt;` in user text.",
    "Marked as solution. For anyone finding this later: the problem was `FindFirstChild(\"humanoid\")` — it's case sensitive, `Humanoid`.",
    "You can use `CollectionService` tags so one script handles every kill brick instead of 300 copies.",
    "metatables: when you index a key that's not there, Lua looks at `__index`. If it's a table it checks there, if it's a function it calls it. That's it.",
    "`game.Players` works but `GetService` is safer because some services can be renamed and some aren't created until you ask.",
    "Retry with exponential backoff:\n```lua\nfor i = 1, 3 do\n\tlocal ok = pcall(store.SetAsync, store, key, data)\n\tif ok then break end\n\ttask.wait(2 ^ i)\nend\n```",
    "You're firing the remote from a server script. `FireServer` only works from a LocalScript.",
    "The `--!strict` comment turns on strict type checking for that script. You'll get warnings for type mismatches.",
    "Use `UserInputService.TouchEnabled and not UserInputService.KeyboardEnabled` for a rough mobile check. Not perfect.",
    "Try `workspace:GetPartBoundsInBox` instead of Touched for hitboxes; it's way more reliable.",
    "The reason it runs twice is both your LocalScript AND Script are connected. Delete one.",
    "For the day/night cycle, change `Lighting.ClockTime` on the server; it replicates to everyone.",
    "Plugins can't read arbitrary files from C:\\ — only through `StudioService:PromptImportFile()` where the user picks it.",
    "Add `if not hit.Parent:FindFirstChildOfClass(\"ForceField\") then` before you set health to 0.",
    "`table.sort(t, function(a, b) return a.score > b.score end)` is right, but make sure score isn't nil for anyone or it errors.",
    "Sounds like a memory leak — you're connecting `.Touched` inside a loop and never `:Disconnect()`ing.",
    "You can't union from a LocalScript. Do it on the server, and only with parts (no meshes).",
    "Don't use `while true do wait() end` for rounds. Use a state machine & `task.delay`.",
    "Vector3 is a value type (userdata with __eq), tables compare by reference. Two tables with the same contents are still different tables.",
    "That 403 is because Roblox blocks requests to its own domains from HttpService. Use a proxy you control.",
    "PathfindingService: compute the path, then `for _, wp in path:GetWaypoints() do humanoid:MoveTo(wp.Position) humanoid.MoveToFinished:Wait() end`",
    "+1 to what @CodeWizard said. Also, never put your webhook URL in a LocalScript.",
    "Your pattern `^/ban (%w+)` won't match names with underscores. Use `[%w_]+`.",
    "This isn't a bug, it's because you set CFrame every frame AND the camera has its own CameraSubject. Set `CameraSubject = nil` first.",
    "Use attributes instead of ValueObjects: `part:SetAttribute(\"Damage\", 25)` then `part:GetAttribute(\"Damage\")`.",
    "I'd store one table per player: `{coins = 0, items = {}, version = 3}` — the version field makes migrations easy.",
    "For escaping in gsub replacement strings, `%` is also special there, so `\"100%%\"`.",
    "math.clamp errors if min > max. Print both values right before the call — I bet one is negative.",
    "Use `ProximityPrompt` instead of checking distance every frame, it handles mobile too.",
    "Never do `require(assetId)` with an id you don't own — that's how backdoors get into free models.",
    "Check free models for scripts named \"Vaccine\" or \"Spread\"... classic backdoor names. Search with Ctrl+Shift+F for `require(` and `getfenv`.",
    "`string.split(s, \",\")` returns a table; `s:split(\",\")` is the same thing.",
    "`select(\"#\", ...)` gives you the number of varargs including nils.",
    "It's because the character isn't loaded yet. Use `player.CharacterAdded:Wait()` or `player.Character or player.CharacterAdded:Wait()`.",
    "Group ranks go 0-255. `GetRankInGroup` returns 0 if not in group.",
    "You can drop the tool with `tool.Parent = workspace` on the server in the Died event, before the backpack is cleared.",
    "Wrap it all in `task.spawn` so it doesn't block the rest of the script.",
]
A_FIXES = ["use `task.wait()` instead of `wait()`", "move it to a server Script", "wrap it in `pcall`",
           "add a debounce", "use `WaitForChild` instead of the dot", "disconnect the old connection first",
           "check `if hit.Parent:FindFirstChild(\"Humanoid\") then`", "use `GetAttribute` instead of a StringValue"]
A_OPENERS = ["Try this:", "Quick fix:", "Easy —", "I had the same problem,", "In my experience you should",
             "As the docs say,"]


def t_answer(r):
    return f"{r.choice(A_OPENERS)} {r.choice(A_FIXES)}. Then {r.choice(A_FIXES)} and it should work. Let me know if it still errors!"


# ---------------------------------------------------------------- game descriptions
DESCRIPTIONS = [
    "⚔️ Sword Fight Arena ⚔️\nDuel your friends, climb the leaderboard & unlock 40+ swords!\n👍 Like the game for updates!",
    "Welcome to Obby But You're A Pizza 🍕 — 120 stages, 0 mercy. Don't touch the red parts!",
    "Escape the prison before the guards catch you... or join the guards & stop them. Select your team at the start.",
    "A cozy café roleplay. Take orders, make drinks, serve customers. Group members get a free apron <3",
    "Survive the natural disasters! Tornado | Flood | Meteor shower | Volcano | Acid rain",
    "Build your own base, defend it from zombies at night. Co-op up to 6 players.\nUpdate 2.4: new turrets!",
    "NOT affiliated with Roblox. Fan-made tribute to classic 2008 games. Brickbattle rules: no teaming.",
    "Tycoon where you run a cheese factory 🧀. Buy droppers, upgraders & conveyors. Rebirth for x2 cash!",
    "Horror game. Headphones recommended. Not for kids under 13. Contains jumpscares and dark themes.",
    "Find all 150 badges hidden around the map! Hint: some are behind walls... 👀",
    "Tower defense with 30 units. Drop towers on the path, upgrade them, don't let the enemies reach the base!",
    "Racing game with realistic physics. A-chassis based. Press F to flip your car if it's upside down.",
    "Speedrun 4 — beat your best time, 50 levels. Leaderboard resets every Monday at 00:00 UTC.",
    "Join the group \"Sunset Studios\" for 10% off all gamepasses!",
    "A hangout game 🌙 Chill, talk, vibe. Rules: be nice, no bypassing the chat filter, no ODing.",
    "Murder mystery: one murderer, one sheriff, everyone else innocent. Can you figure out who it is?",
    "An educational game about the solar system. Made for a school project (Grade 7).",
    "Play as a cat 🐱 and knock things off tables. That's it. That's the game.",
    "Fishing simulator — 80+ fish, 12 rods, weather system. Legendary fish only spawn during storms!",
    "Welcome to Bloxburg-style town roleplay. Jobs: cashier, police, doctor. Earn $ to buy a house.",
    "🔥 DOUBLE XP WEEKEND 🔥 Fri–Sun only!",
    "Classic capture the flag. Red vs Blue. Each capture = 1 point, first to 3 wins.",
    "A game about drawing. Guess what others draw, score points. Chat is filtered, be nice!",
    "Exploring an abandoned space station. Story mode, 4 chapters, ~45 minutes.",
    "Pet simulator: hatch eggs, merge pets, trade. Huge pets have a 0.01% chance!",
    "Parkour game inspired by Mirror's Edge. Wall-run, slide, vault. Controls: Shift = sprint, Q = slide.",
    "Simple sandbox. Spawn blocks, weld them, blow them up. Rules: don't grief other people's builds.",
    "Tribute to my grandpa who loved trains 🚂 — ride the route from the valley to the mountains.",
    "Zombie survival: scavenge, craft, barricade. Permadeath mode available for the brave.",
    "A calm piano game 🎹. Play songs with your keyboard: A S D F G H J = white keys.",
    "Hide & seek extreme! You're tiny, the seeker is huge. Hide anywhere.",
    "Battle royale — 30 players, shrinking storm, loot chests. Last one standing wins.",
    "Made by a team of 3 in 48h for the game jam (theme: \"out of control\").",
    "Warning: flashing lights in the disco room. Turn on Reduced Motion in settings if needed.",
    "Restaurant tycoon — hire chefs, design your kitchen, serve 1000 customers to unlock the rooftop.",
    "Welcome to the Anime Fighting League. 20 characters, combos, PvP ranked. Discord in group (13+).",
    "Build a boat & sail to the treasure! Blocks cost gold. Don't sink 🌊",
    "Roleplay a medieval kingdom. Kings, knights, peasants. The king can execute (ragdoll) traitors lol",
    "This is a showcase, not a game. Walk around & enjoy the lighting. Future lighting on, shadows max.",
    "Theme park tycoon: build coasters, set prices, keep guests happy. Yes, you can make them dizzy.",
    "Get a \"Noob\" badge just for joining! Collect all 5 for a secret hat.",
    "A rhythm game: hit the arrows ← ↓ ↑ → in time. Custom songs coming soon.",
    "An obby where every 10 stages the gravity changes. Good luck at stage 60 😈",
    "Spooky update 🎃 new map: Haunted Manor. Limited time items until Nov 3!",
    "Hangout + minigames. Every 5 minutes a random minigame starts: sword fight, spleef, tag or trivia.",
    "Mining simulator: dig deeper, find rarer ores, sell at the surface. Drill upgrades in the shop.",
    "Chess in Roblox ♟️ — play vs friends or the bot (3 difficulties). ELO rating saved between sessions.",
    "Disclaimer: this game uses in-experience purchases. Everything can be earned for free, it just takes longer.",
]
D_GENRES = ["obby", "tycoon", "simulator", "roleplay", "tower defense", "horror", "racing", "fighting"]
D_THEMES = ["candy", "space", "ninja", "pirate", "jungle", "city", "underwater", "winter"]
D_EXTRAS = ["Daily rewards!", "Codes in the description of the group!", "VIP server: free", "Join the group for a chat tag",
            "Update every Saturday", "Like + favorite = more updates 💙"]


def t_description(r):
    return (f"The best {r.choice(D_THEMES)} {r.choice(D_GENRES)} on Roblox! {r.randint(10, 200)} levels & "
            f"{r.randint(2, 40)} secret areas. {r.choice(D_EXTRAS)}")


# ---------------------------------------------------------------- patch notes
PATCH_NOTES = [
    "v1.3.2\n- Fixed doors not opening for group members\n- Fixed a bug where coins could go negative\n- Removed the old lobby",
    "Patch notes 11/14:\n+ Added 3 new swords\n+ New map: Desert Ruins\n- Removed double jump (it broke the obby)\n* Fixed datastore not saving on server shutdown",
    "UPDATE 5 🎉\n• Trading is back!\n• Pets now follow you properly\n• Drop rates: Common 60% / Rare 30% / Epic 9% / Legendary 1%",
    "Hotfix: exploiters were able to fire the Purchase remote with negative amounts. Fixed & rolled back affected data.",
    "- Select menu now remembers your last choice\n- Union parts in the lobby replaced with meshes (less lag)\n- Drop table rebalanced",
    "Changelog:\n[Fixed] Kill bricks killing players with forcefields\n[Changed] Sprint speed 24 -> 28\n[Removed] /exec admin command (unused)",
    "v2.0 — complete rewrite of the combat system. Hitboxes now use spatial queries instead of .Touched. Old saves are migrated automatically.",
    "Small update: the shop GUI scales on phones now. Sorry mobile players ;-;",
    "Fixed: \"attempt to index nil with 'Character'\" spam in the console when someone leaves mid-round.",
    "Version 0.9 beta\n- Added settings menu (music volume, FOV, graphics)\n- Shadows can be toggled\n- Known issue: camera clips through walls in the sewer",
    "We've moved all scripts to ServerScriptService & ReplicatedStorage. If you find anything broken, report it in the group wall.",
    "Sleep mode: your character now sits on the bench when AFK > 5 min.",
    "• Fixed leaderboard showing 1e+15 instead of 1Qd\n• Number abbreviations: K, M, B, T, Qd, Qn",
    "Balance changes:\nSniper damage 80 → 65\nShotgun spread 12° → 10°\nKnife lunge cooldown 2s → 3s",
    "Event ended! Thanks to the 2,400 of you who joined. Winners get their badge within 24h.",
    "Removed the script that ran every frame checking for all parts in workspace (that's why servers were laggy). Oops.",
    "🔧 Maintenance: servers will shut down at 18:00 UTC for ~10 minutes. Your data will save.",
    "* Admin commands now require rank 200+ in the group\n* /kick & /ban log to the admin panel",
    "1.0.7 — drop items on death (toggle in server settings). Also fixed the union collisions on the bridge.",
    "New: chat tags! [VIP], [MOD], [DEV]. Colors can be changed in the Tags menu.",
    "Moved from DataStore v1 to v2. Each save now has a version & metadata. No data lost.",
    "Fix: players were falling through the floor at spawn because the map loaded after the character. Added `WaitForChild` + streaming pause.",
    "Patch 4.1\n- Dragon boss: 50k HP → 40k HP\n- Boss now drops 1–3 scales\n- \"Burn\" status no longer stacks infinitely",
    "Removed the \"<3\" emote because the filter kept tagging it as ###. We're looking into it.",
    "v3.5.0\n> new lobby\n> new music (thanks @beatsbyluna)\n> fixed ragdolls flying to the void",
    "We fixed the \"select a team\" screen freezing when 2 people clicked at the same time.",
    "Performance: StreamingEnabled turned on. If a model pops in late, that's why. Let us know if anything is missing.",
    "Season 3 is live! Battle pass: 50 tiers, free & premium tracks. Season ends March 31.",
    "Known issues:\n1. Sometimes the round timer shows -1\n2. Pets can get stuck inside walls\n3. Mobile jump button overlaps the sprint button",
    "Fixed the Halloween pumpkins not despawning. There were 40,000 of them in some servers 💀",
    "- Renamed \"Exec. Suite\" to \"Executive Suite\" in the hotel\n- Elevator no longer launches you into space",
    "🚨 Security update 🚨 We removed an old free model that had a backdoor `require()` in it. If you saw weird GUIs yesterday, that's why. Sorry!",
    "Trading: both players must confirm twice, 5-second countdown before the final accept. Scams should be way harder now.",
    "Added controller support! Xbox: A = jump, X = interact, RT = attack.",
    "Script rewrite: all RemoteEvents now validate types on the server. If anything stopped working, it's probably that — report it.",
    "+ Japanese, Portuguese & Spanish translations (thanks to our community translators!)",
    "Changed spawn protection from 3s to 5s. Camping the spawn is now a kickable offense.",
    "Reworked the tutorial: shorter, skippable, and it no longer drops you into the lava at the end.",
    "2.3.1 | fixed crash when opening the inventory with 0 items | fixed typo \"recieve\" → \"receive\"",
    "Removed the 'sleep' command for bots, it was causing server timeouts.",
    "Music update: replaced all audio > 6s that got privated in the audio update with new tracks.",
    "Beta branch: new building system. Grid snapping 0.5 / 1 / 2 studs, Ctrl+Z undo (max 50).",
    "Fixed an issue where the passwd-style 4-digit door code on the vault could be brute-forced by spamming the keypad. Now there's a 3s lockout.",
    "Lighting: changed from ShadowMap to Future. FPS may drop on low-end devices — toggle in settings.",
    "Hotfix 2: Drop rate for the Golden Egg was 10% instead of 1% for about 2 hours. Pets obtained will be kept. Enjoy 😅",
]
P_VERBS = ["Fixed", "Improved", "Rebalanced", "Removed", "Added", "Reworked"]
P_THINGS = ["the shop GUI", "pet hitboxes", "the round system", "mobile controls", "the kill feed", "spawn points",
            "the trading window", "datastore retries", "boss AI", "the lobby music"]


def t_patch(r):
    n = r.randint(2, 4)
    lines = [f"- {r.choice(P_VERBS)} {r.choice(P_THINGS)}" for _ in range(n)]
    return f"v{r.randint(1, 5)}.{r.randint(0, 12)}.{r.randint(0, 30)}\n" + "\n".join(lines)


# ---------------------------------------------------------------- datastore keys & module names
KEYS = [
    "Player_193847562",
    "PlayerData_v3/193847562",
    "inventory:88213004:slot_12",
    "global/leaderboard/weekly/2024-W19",
    "settings-v2_4410392",
    "ReplicatedStorage.Modules.DataService",
    "ServerScriptService/Services/CombatService",
    "Packages._Index.evaera_promise@4.0.0.promise",
    "sleitnick/knit@1.5.1",
    "roblox/roact@1.4.4",
    "@rbxts/services",
    "src/shared/Util/Signal.lua",
    "default.project.json",
    "bans::user::55021877",
    "Trade|1932|8821|pending",
    "Season3_Rank_Top100",
    "Codes/REDEEMED/FREEPET2024",
    "QuestProgress:201934:main_story:ch4",
    "Shop.Items[\"Sword_of_Light\"]",
    "BackupKey_2024-05-12T18:00:00Z",
    "player_2219384_settings_volume=0.6",
    "MemoryStore:queue:matchmaking:ranked",
    "OrderedDS: TopCoins_AllTime",
    "CONFIG_PROD",
    "CONFIG_TEST (do not use in live)",
    "UserIds_Banned_List",
    "ServerScriptService.Admin.Commands.exec",
    "Modules/Select.lua",
    "Modules/Union.lua",
    "StarterGui.MainMenu.Frame.PlayButton.LocalScript",
    "Workspace.Maps[\"Sky Castle\"].Spawn",
    "game.ServerStorage.Tools[\"Rocket Launcher\"]",
    "HttpService:GenerateGUID(false) -> 8f14e45f-ceea-467f-a8c5-1b6c1a4e3f12",
    "ProfileService: Profiles/Player_55019933",
    "Data/%d/v2",
    "key = \"Player_\" .. player.UserId",
    "DS:SetAsync(\"Stats_\" .. uid, {Kills = 0, Deaths = 0})",
    "lb_monthly_2024_06",
    "Pets.Huge.Cat.Rainbow",
    "guild:7731:members",
    "rbxassetid://6031094678",
    "ReplicatedStorage.Shared.Constants.MAX_PLAYERS",
    "Events/Halloween2023/CandyCount",
    "ServerStorage.Config:GetAttribute(\"DropRate\")",
    "achievements.first_blood.unlocked_at",
    "mod_log_2024-06-01.txt",
    "PlayerScripts/PlayerModule/CameraModule/ZoomController",
    "Lib.Table.deepCopy",
]
K_PREFIXES = ["Player_", "PlayerData_v2_", "Inventory_", "Stats_", "Settings_", "Pets_", "Quests_"]
K_SUFFIXES = ["", "_backup", "_v3", "/main", ":slot1", "_2024"]


def t_key(r):
    return f"{r.choice(K_PREFIXES)}{r.randint(10_000_000, 5_999_999_999)}{r.choice(K_SUFFIXES)}"


# ---------------------------------------------------------------- asset ids / place names / search boxes
ASSETS = [
    "rbxassetid://1837849285",
    "https://www.roblox.com/games/920587237/Adopt-Me",
    "https://create.roblox.com/store/asset/7074836012/Low-Poly-Trees",
    "Sky Castle Obby [BETA]",
    "Café ☕ Roleplay | UPDATE",
    "[🎃] Haunted Manor Escape!",
    "Mom's Spaghetti Tycoon",
    "Tom & Jerry's Chase (fan game)",
    "Don't Press The Button 4",
    "sword fight on the heights IV",
    "Natural Disaster Survival - Classic",
    "\"The Backrooms\" but it's Roblox",
    "Build A Boat For Treasure",
    "mesh id 4902835671 texture id 4902835790",
    "Decal: rbxassetid://6022668898 (smiley)",
    "union tutorial",
    "free models no scripts",
    "drop of water sound",
    "explosion sfx",
    "r15 animation pack",
    "how to select multiple parts",
    "select tool plugin",
    "\"sleep\" animation",
    "alert siren loud",
    "exec suite hotel",
    "Place 1 (Copy)",
    "Untitled Game (2)",
    "Baseplate",
    "Flat Terrain - ProjectX",
    "/games/4924922222 (Brookhaven)",
    "Studio: File > Publish to Roblox As...",
    "C:\\Users\\Rin\\Documents\\ROBLOX\\MyPlace.rbxl",
    "~/Documents/Roblox/places/obby_final_FINAL_v2.rbxlx",
    "/Applications/RobloxStudio.app/Contents/MacOS/RobloxStudio",
    "%LOCALAPPDATA%\\Roblox\\logs",
    "Place ID: 6516141723 | Universe ID: 2317712696",
    "Gamepass 12938471 — VIP ($R 299)",
    "Developer Product: 1184402001 \"+500 Coins\"",
    "Badge 2124639812: Met The Owner",
    "Audio 9045678123 [privated]",
    "animation id 507777826 (run)",
    "Plugin: Moon Animator 2",
    "Plugin: F3X Building Tools",
    "\"Sword\" by ROBLOX (gear 125013769)",
    "Skybox - Purple Nebula",
    "Low poly car pack <free>",
    "UI pack - buttons & frames",
    "Kit: FPS gun system (open source)",
    "Toolbox search: \"drop\" -> 3,900 results",
]
AS_WORDS = ["Obby", "Tycoon", "Simulator", "Roleplay", "Hangout", "Escape", "Survival", "Race"]
AS_ADJ = ["Mega", "Easy", "Impossible", "Tiny", "Neon", "Retro", "Spooky", "Rainbow"]
AS_TAGS = ["", " [UPDATE]", " 🎉", " (BETA)", " 2", " | NEW", " [x2 XP]"]


def t_asset(r):
    if r.random() < 0.5:
        return f"{r.choice(AS_ADJ)} {r.choice(AS_WORDS)}{r.choice(AS_TAGS)}"
    return f"rbxassetid://{r.randint(100_000_000, 19_999_999_999)}"


# ---------------------------------------------------------------- chat filter complaints
CHAT = [
    "Why does the chat filter tag \"I'm 12\" as ####? I was just saying my level lol",
    "the filter blocked \"select\" in my sentence \"select your team\" wtf",
    "Can't say numbers in chat anymore?? \"meet at stage 23\" → \"meet at stage ##\"",
    "Filter tagged my friend's name \"Dick Grayson\" from a comic book quote. Fair, I guess.",
    "Every time I type \"Scunthorpe\" it gets hashtagged. It's a town in England!!",
    "Why is \"discord\" filtered? I wasn't advertising, I was saying \"there's discord between the teams\"",
    "Typing `print(\"hello\")` in chat shows up as `print(\"#####\")`?? 😂",
    "The filter doesn't let me say \"drop\" or \"exec\"?? I'm literally asking how to drop an item.",
    "I said \"your base is on fire lol\" and it got ###'d. Roblox pls",
    "My game's custom chat uses TextService:FilterStringAsync and it tags everything for under-13 players. Is that expected?",
    "Filter keeps removing my apostrophes — \"don't\" becomes \"don t\"? Is that my code or Roblox?",
    "Bug report: typing < and > in chat makes the message disappear entirely. Like \"x < 5\" just vanishes",
    "why can i say \"kill\" but not \"killed\"?? makes no sense",
    "Hashtags everywhere when talking Spanish: \"¿qué hora es?\" → \"¿### #### es?\"",
    "Honestly the filter is worse in Portuguese. \"Vamos jogar juntos\" got tagged.",
    "I tried writing my game's code \"SUMMER2024\" in chat so my friends could use it and it got censored",
    "Is it against the rules to write \"1 0 0\" with spaces to get around the number filter? asking before I get banned",
    "Reported: someone is bypassing with Cyrillic letters (like using \"а\" instead of \"a\")",
    "Chat said \"[Content Deleted]\" on my bio. All I wrote was \"I love building & scripting! 13 y/o\"",
    "The new chat system (TextChatService) still hashtags \"password\" even in \"don't share your password!\" lol",
    "Can devs turn off the filter for private servers with friends? (I know the answer is no but why)",
    "My team name \"The Drop Tables\" got filtered 🙃 it's a joke about databases",
    "\"/e dance\" works but \"/e dance2\" shows ### to others?",
    "Filter thinks \"grape\" is bad. We were making a fruit shop. 🍇",
    "Why do my DevForum posts go through but the same text in my game description gets tagged?",
    "Typed my email for support and it got filtered — good, probably. But where do I send it then??",
    "Chat filter ate my entire message because I used ':)' and '<3' in the same line. what.",
    "My sign says \"Welcome to Dave's Diner\" and it shows \"Welcome to ####'s Diner\" for some players",
    "i just said 'alert the team' and they saw '##### the team'",
    "The filter removed \"eval\" from \"evaluate\"?? → \"####uate\" ... ok that's just funny",
    "Not a complaint, a thank-you: the filter caught someone trying to get my address. Keep it strict.",
    "We need a way to appeal filter false positives. Our pet named \"Sir Fluffington III\" is apparently bad.",
    "Why do I get \"Your message could not be sent\" when typing Korean? 안녕하세요 is just hello",
    "It censors \"sus\" now?? ok among us era is over I guess",
    "Filter complaint megathread: post the dumbest thing that got tagged. Mine: \"potato\"",
    "For some reason \"--\" followed by text gets eaten. I was writing \"-- Luna\" as a signature.",
    "Hashtags on \"666\" in my obby stage counter. stage 666 exists, sorry??",
    "When my friend says \"gg ez\" it's fine but \"gg wp\" is ###?",
    "Custom names in my RPG get filtered via FilterStringAsync when set, but then they're also filtered AGAIN when displayed. double tagging?",
    "Writing a math question in chat: \"what's 3*4+2?\" → \"what's #####?\" cmon",
    "\"Select all that apply\" in my quiz game got tagged. Educational games suffer 😩",
    "Filter tagged \"sleep\" in \"time to sleep, gn everyone\". I'm 15 and going to bed lol",
    "Can't say the name of my own game \"Union Station Simulator\" in chat...",
    "the word \"script\" is fine but \"scripts\" is tagged in spanish mode?",
    "URLs get blocked (fine) but now even \"roblox.com\" is ###? How do I tell people to check the group?",
    "my username has an underscore and the filter tags it when others @ me",
]
C_WORDS = ["\"hello\"", "\"lava\"", "\"noob\"", "\"trade\"", "\"level 10\"", "\"pizza\"", "\"admin\"", "\"bye\""]
C_LANGS = ["English", "French", "German", "Polish", "Turkish", "Thai", "Vietnamese", "Indonesian"]


def t_chat(r):
    return (f"Why does the chat filter tag {r.choice(C_WORDS)} in {r.choice(C_LANGS)}?? "
            f"Happened {r.randint(2, 30)} times today, players think I'm swearing 😭")


# ---------------------------------------------------------------- multilingual posts
MULTI = [
    "¿Alguien sabe por qué mi script dice \"attempt to index nil with 'Humanoid'\"? Ya probé con WaitForChild…",
    "Bonjour ! J'ai un problème avec mon DataStore : les données ne se sauvegardent pas quand je quitte. Quelqu'un a une idée ?",
    "Olá pessoal, como faço pra fazer uma porta que só abre pra VIP? Já tentei `if player.MembershipType == ...`",
    "Hallo zusammen, mein Skript funktioniert im Studio, aber nicht im Spiel. Woran liegt das?",
    "スクリプトでパーツを回転させたいです。CFrame.Angles を使うべきですか？",
    "이 코드가 왜 안 돼요? `part.Touched:Connect(function(hit) ... end)` 한 번만 실행되게 하고 싶어요",
    "Привет! Подскажите, как сделать таймер раунда? task.wait() или RunService?",
    "Ciao a tutti, qualcuno può spiegarmi come funzionano le metatabelle? Grazie mille!",
    "Merhaba, oyunuma nasıl liderlik tablosu eklerim? OrderedDataStore ile mi?",
    "Cześć! Mój skrypt nie działa: \"Infinite yield possible on 'Workspace:WaitForChild(\"Map\")'\". Co robię źle?",
    "Xin chào, làm sao để lưu tiền của người chơi khi họ thoát game ạ?",
    "Halo, bagaimana cara membuat obby yang ada checkpoint-nya? Aku pemula banget hehe",
    "สวัสดีครับ ผมอยากทำระบบร้านค้า ควรเริ่มจากตรงไหนดีครับ",
    "你好！我的游戏在手机上界面跑到屏幕外面了，用 Scale 还是 Offset？",
    "Hej! Hur gör man så att ett verktyg droppas när spelaren dör?",
    "Dag allemaal, weet iemand hoe ik een \"kill brick\" maak die niet werkt als je een forcefield hebt?",
    "مرحبا، كيف أجعل الباب يفتح فقط لأعضاء المجموعة؟",
    "שלום, איך אני עושה שהמשחק ישמור את הנתונים של השחקנים?",
    "Γεια σας! Πώς μπορώ να κάνω NPC να ακολουθεί τον πλησιέστερο παίκτη;",
    "Ahoj, můj skript hází chybu „attempt to compare number < nil“. Víte proč?",
    "Szia! Hogyan lehet animációt lejátszani egy NPC-n?",
    "Hei! Miten saan musiikin soimaan vain yhdessä huoneessa?",
    "L'union de mes pièces échoue à chaque fois : « Unable to perform union ». C'est à cause des meshes ?",
    "No entiendo por qué `#tabla` me da 0 si la tabla tiene cosas 😭 (las claves son strings)",
    "Eu não consigo usar o `loadstring`, diz que está desativado. É seguro ativar?",
    "Ich hab's geschafft!!! Mein erstes Tycoon ist fertig 🎉 Danke an alle, die geholfen haben.",
    "Je cherche des scripteurs pour un jeu d'horreur (paiement en Robux 💰). Envoyez-moi un MP !",
    "Busco equipo para un juego de rol medieval — necesitamos builder, scripter & UI designer.",
    "Qualcuno ha un tutorial in italiano per il PathfindingService? Quelli in inglese vanno troppo veloce per me",
    "Mi juego tiene lag con 20 jugadores… el \"Script Activity\" está al 60% en el Heartbeat 😩",
    "O filtro do chat bloqueia \"você\" às vezes?? Que estranho.",
    "日本語の翻訳を手伝ってくれる人を探しています！ゲームは「空の城オビー」です。",
    "프로필 서비스(ProfileService) 쓰는 게 DataStore2보다 나아요?",
    "Как правильно использовать pcall с :SetAsync? Нужно ли делать повторные попытки?",
    "Kann mir jemand erklären, was `--!strict` macht? Ich sehe das überall.",
    "¡Actualización! Añadimos mascotas 🐶 y arreglamos el bug de la puerta. ¡Gracias por jugar!",
    "Nouvelle mise à jour : le mode « cache-cache » est disponible ! Bon jeu à tous.",
    "Atualização 2.0: novo mapa, novas armas e correção do bug que deixava as moedas negativas.",
    "Moin! Gibt es eine Möglichkeit, den Chatfilter für private Server abzuschalten? Wir sind nur Freunde.",
    "Aiuto! Quando premo \"Play\" il mio personaggio cade attraverso il pavimento 😵",
    "お知らせ：メンテナンスのため 18:00〜18:10（UTC）にサーバーを停止します。",
    "Mi script: `local puerta = workspace.Puerta` — ¿por qué dice que Puerta no es un miembro válido?",
    "Yo quería decir \"¿dónde está el baño?\" en mi juego de rol y el filtro lo censuró 🤣",
    "Salut, comment on fait un système d'échange (trade) sécurisé ? J'ai peur des arnaques.",
    "Alguém pode me ajudar com `UserInputService`? Quero que o E abra a porta.",
    "Türkçe çeviri ekledik! Hata görürseniz lütfen yorumlara yazın 🙏",
    "Dzięki za pomoc! Problem był w tym, że używałem `FindFirstChild(\"humanoid\")` małymi literami.",
    "Tôi đã thử `task.wait()` nhưng vẫn bị lag. Có cách nào khác không?",
]
M_LANGS = [
    ("Hola, ¿cómo hago {t}? Gracias de antemano 🙏", "es"),
    ("Bonjour, comment faire {t} ? Merci d'avance !", "fr"),
    ("Oi, como eu faço {t}? Valeu!", "pt"),
    ("Hallo, wie mache ich {t}? Danke im Voraus!", "de"),
    ("Ciao, come si fa {t}? Grazie!", "it"),
    ("Hej, hur gör man {t}? Tack!", "sv"),
    ("Cześć, jak zrobić {t}? Dzięki!", "pl"),
]
M_TOPICS = ["`ProximityPrompt`", "`RemoteEvent`", "`ModuleScript`", "`TweenService`", "`DataStoreService`",
            "`CollectionService`", "`PathfindingService`", "`MarketplaceService`"]


def t_multi(r):
    tpl, _ = r.choice(M_LANGS)
    return tpl.replace("{t}", r.choice(M_TOPICS))


CATEGORIES = [
    ("script_snippet", SNIPPETS, t_snippet),
    ("output_error", ERRORS, t_error),
    ("devforum_question", QUESTIONS, t_question),
    ("devforum_answer", ANSWERS, t_answer),
    ("game_description", DESCRIPTIONS, t_description),
    ("patch_notes", PATCH_NOTES, t_patch),
    ("datastore_key_module", KEYS, t_key),
    ("asset_place_search", ASSETS, t_asset),
    ("chat_filter_complaint", CHAT, t_chat),
    ("multilingual_post", MULTI, t_multi),
]


def main():
    rng = random.Random(SEED)
    rows = []
    seen = set()
    stats = []
    for cat, literals, template in CATEGORIES:
        vals = []
        for v in literals:
            if v in seen:
                raise SystemExit(f"duplicate literal in {cat}: {v!r}")
            seen.add(v)
            vals.append(v)
        n_lit = len(vals)
        tries = 0
        while len(vals) < PER_CATEGORY:
            tries += 1
            if tries > 10000:
                raise SystemExit(f"template for {cat} cannot produce enough unique values")
            v = template(rng)
            if v in seen:
                continue
            seen.add(v)
            vals.append(v)
        vals = vals[:PER_CATEGORY]
        if n_lit / len(vals) < 0.55:
            raise SystemExit(f"{cat}: literal share too low ({n_lit}/{len(vals)})")
        stats.append((cat, len(vals), min(n_lit, len(vals))))
        rows.extend((cat, v) for v in vals)
    out = Path(__file__).with_name("benign.jsonl")
    with out.open("w", encoding="utf-8", newline="\n") as fh:
        for i, (cat, v) in enumerate(rows, 1):
            assert isinstance(v, str) and v and len(v) <= 1800, (cat, v)
            obj = {"id": f"{PREFIX}-{i:05d}", "category": cat, "label": "benign", "value": v}
            fh.write(json.dumps(obj, ensure_ascii=False) + "\n")
    total_lit = 0
    for cat, n, lit in stats:
        total_lit += lit
        print(f"{cat:24s} {n:4d}  literals {lit}")
    print(f"{'total':24s} {len(rows):4d}  literals {total_lit}")


if __name__ == "__main__":
    main()
