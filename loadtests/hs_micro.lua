-- The plain-value gate's question, asked by edge.waf.match and by
-- Hyperscan (loadtests/hs.lua), in one process (loadtests/bench_hs.py runs it
-- in init_by_lua of a throwaway nginx, under callgrind or not). Settings
-- in the environment variable HS_MICRO (JSON):
--   {"mode": "list"}  the value sets and ways, on stderr (HS_LIST {...})
--   {"mode": "time"}  ns per value for every way and set (os.clock)
--   {"mode": "run", "set": s, "way": w, "reps": n}  run one way n times
--                     over one set between two getppid() calls (callgrind
--                     --dump-before=getppid dumps the loop's count alone)
-- Ways (each asked of the lower-cased value, as the gate asks it):
--   noop        the harness alone (subtract it from the others)
--   match_any   match.any over the gate's needles (the gate's pass today)
--   hs_any_c    one hs_scan of a literal database of the same needles,
--               SINGLEMATCH, libc abs() as the handler (stops at once)
--   hs_any_lua  the same with a Lua callback (interpreted caller)
--   plain_gate  the whole gate (inspect.plain_clean: byte classes, lower,
--               the pass, the detectors' checks), for scale
--   hs_prefilter  one hs_scan of a PREFILTER database of every detector
--               regex (edge.waf.detect.*.PATTERNS), every id recorded
--               through a Lua callback: which regexes could match
--   hs_prefilter_scan  the same scan with no handler (nothing reported:
--               the scan's own cost)
--   pcre_all    every detector regex run by edge.waf.re.find (what the
--               prefilter would stand in front of, all of them)

local ffi = require "ffi"
local cjson = require "cjson"
local spec = cjson.decode(os.getenv("HS_MICRO") or "{}")

-- mode "calls": every regex call the detectors make is recorded (the
-- wrappers go in before any detector takes its local copy of re.find)
local recorded = {}
if spec.mode == "calls" then
    local re_mod = require "edge.waf.re"
    for _, f in ipairs({ "find", "match" }) do
        local orig = re_mod[f]
        re_mod[f] = function(s, pattern, opts, ctx)
            local pos = ctx and ctx.pos or 1
            local a, b = orig(s, pattern, opts, ctx)
            recorded[#recorded + 1] = { f = f, s = s, pattern = pattern,
                                        opts = opts, pos = pos, hit = a ~= nil }
            return a, b
        end
    end
end
local match = require "edge.waf.match"
local hs = require "hs"  -- loadtests/hs.lua
local inspect = require "edge.waf.inspect"
local registry = require "edge.waf.registry"
local re = require "edge.waf.re"

local root = os.getenv("PROJECT_DIR")
local out = io.stderr

local have, why = hs.available()
if not have then
    out:write("HS_MICRO_SKIPPED ", why, "\nHS_MICRO_DONE\n")
    out:flush()
    os.exit(0)
end

-- the edge's config compiled as the edge does (path's extensions are
-- needles only after it)
local conf = require("edge.config").load(root .. "/openresty/edge.json")
assert(conf)

local lists = {}
for _, det in ipairs(registry.DETECTORS) do
    for _, list in pairs(det.PLAIN_NEEDLES) do
        lists[#lists + 1] = list
    end
end
local words, seen = {}, {}
for _, list in ipairs(lists) do
    for _, w in ipairs(list) do
        if not seen[w] then
            seen[w] = true
            words[#words + 1] = w
        end
    end
end
local m = match.any_of(lists)
local db_needles = assert(hs.compile_literals(words, false))

-- the PREFILTER database (slow to build: only when a way needs it)
local patterns, failed = {}, {}
local all = {}
for _, det in ipairs(registry.DETECTORS) do
    for _, p in ipairs(det.PATTERNS) do
        all[#all + 1] = p
    end
end
local db_pre, hits
local PRE_FLAGS = hs.PREFILTER + hs.SINGLEMATCH + hs.ALLOWEMPTY
local the_way = spec.way or ""
if spec.mode ~= "run" or the_way:find("prefilter") or the_way == "pcre_all" then
    -- what Hyperscan cannot take even as a prefilter (\G: a match at the
    -- position a caller gives) is left out; the rest in one database
    for _, p in ipairs(all) do
        if p:find("\\G", 1, true) then
            failed[#failed + 1] = p
        else
            patterns[#patterns + 1] = p
        end
    end
    if the_way ~= "pcre_all" then
        local err, index
        db_pre, err, index = hs.compile(patterns, PRE_FLAGS)
        assert(db_pre, tostring(err) .. " " .. tostring(patterns[index or 0]))
    end
    hits = ffi.new("uint8_t[?]", #patterns + 2)
end
hs.init_worker()

-- value sets -----------------------------------------------------------------
local function strings_of(t, acc)
    for k, v in pairs(t) do
        if type(k) == "string" then
            acc[#acc + 1] = k
        end
        if type(v) == "table" then
            strings_of(v, acc)
        elseif type(v) ~= "boolean" then
            acc[#acc + 1] = tostring(v)
        end
    end
    return acc
end

local function read(path)
    local f = assert(io.open(path))
    local s = f:read("*a")
    f:close()
    return s
end

local sets = {}
local extra = cjson.decode(read(spec.values))
sets.api = strings_of(cjson.decode(extra.api), {})
sets.prose = strings_of(cjson.decode(extra.prose), {})
sets.benign = extra.benign
local SETS = { "api", "prose", "benign" }
local count = {}
for _, s in ipairs(SETS) do
    local low = {}
    for i, v in ipairs(sets[s]) do
        low[i] = v:lower()
    end
    sets[s] = low
    count[s] = #low
end

-- spec.lengths: plain values of a few lengths (the prose note squeezed
-- to the gate's alphabet, repeated; 8 rotations each) to find where
-- Hyperscan's fixed cost per scan is paid back
if spec.lengths then
    local note = cjson.decode(extra.prose).note:lower()
    note = note:gsub("[^a-z0-9 ,._:+@-]", " "):gsub("  +", " ")
    SETS = {}
    for _, len in ipairs({ 16, 64, 256, 1024, 4096 }) do
        local long = note:rep(math.ceil((len + 64) / #note))
        local vals = {}
        for k = 1, 8 do
            vals[k] = long:sub(k * 7, k * 7 + len - 1)
        end
        local name = "len" .. len
        SETS[#SETS + 1] = name
        sets[name] = vals
        count[name] = #vals
    end
end

-- spec.insitu: the values the gate's pass is asked about when the WAF
-- inspects the bench's two JSON bodies value by value (match.any wrapped
-- while they are inspected: edge.waf.inspect looks it up at each call)
if spec.insitu then
    local waf = require "edge.waf"
    local w = conf.routes.checkins.waf
    local orig_any = match.any
    SETS = {}
    for _, body in ipairs({ "api", "prose" }) do
        local name = "gate_" .. body
        local asked = {}
        match.any = function(mm, text)
            asked[#asked + 1] = text
            return orig_any(mm, text)
        end
        local function walk(t)
            for k, v in pairs(t) do
                if type(k) == "string" then
                    waf.value_verdict(w, k, "key", "body", "field", true)
                end
                if type(v) == "table" then
                    walk(v)
                elseif type(v) == "string" then
                    waf.value_verdict(w, v, "value", "body", "field", true)
                end
            end
        end
        walk(cjson.decode(extra[body]))
        match.any = orig_any
        out:write(("insitu %s: the gate's pass asked about %d values\n")
                  :format(body, #asked))
        if #asked > 0 then
            SETS[#SETS + 1] = name
            sets[name] = asked
            count[name] = #asked
        end
    end
end

local n_any = 0
local WAYS = {
    noop = function(v) if v == nil then n_any = n_any + 1 end end,
    match_any = function(v) if match.any(m, v) then n_any = n_any + 1 end end,
    hs_any_c = function(v) if hs.any(db_needles, v) then n_any = n_any + 1 end end,
    hs_any_lua = function(v) if hs.any_lua(db_needles, v) then n_any = n_any + 1 end end,
    plain_gate = function(v) if inspect.plain_clean(v) then n_any = n_any + 1 end end,
    hs_prefilter = function(v)
        ffi.fill(hits, #patterns + 2)
        n_any = n_any + hs.matches(db_pre, v, hits)
    end,
    hs_prefilter_scan = function(v) hs.scan_only(db_pre, v) end,
    pcre_all = function(v)
        for i = 1, #patterns do
            if re.find(v, patterns[i], "jo") then
                n_any = n_any + 1
            end
        end
    end,
}
local WAY_NAMES = { "noop", "match_any", "hs_any_c", "hs_any_lua", "plain_gate",
                    "hs_prefilter", "hs_prefilter_scan", "pcre_all" }

-- the Hyperscan answers must be match.any's
for _, s in ipairs(spec.mode == "run" and {} or SETS) do
    for _, v in ipairs(sets[s]) do
        local a, b, c = match.any(m, v), hs.any(db_needles, v),
            hs.any_lua(db_needles, v)
        if a ~= b or a ~= c then
            error(("disagree on %q: match %s, hs %s, hs_lua %s"):format(
                v, tostring(a), tostring(b), tostring(c)))
        end
    end
end

local function run(way, s, reps)
    local f, vals = WAYS[way], sets[s]
    for _ = 1, reps do
        for i = 1, #vals do
            f(vals[i])
        end
    end
end

local function ns(f, reps)
    for _ = 1, reps / 10 do f() end
    local t0 = os.clock()
    for _ = 1, reps do f() end
    return (os.clock() - t0) / reps * 1e9
end

if spec.mode == "calls" then
    -- the bench's bodies as the WAF inspects them (keys: "key", strings:
    -- "value"), with the gate on; then, for each regex call made: could a
    -- PREFILTER scan of the same subject have said "cannot match"?
    local waf = require "edge.waf"
    local w = conf.routes.checkins.waf
    local pre_id = {}
    for i, p in ipairs(patterns) do
        pre_id[p] = i
    end
    for _, body in ipairs({ "api", "prose" }) do
        local doc = cjson.decode(extra[body])
        local items = {}
        local function walk(t)
            for k, v in pairs(t) do
                if type(k) == "string" then
                    items[#items + 1] = { k, "key" }
                end
                if type(v) == "table" then
                    walk(v)
                elseif type(v) == "string" then
                    items[#items + 1] = { v, "value" }
                end
            end
        end
        walk(doc)
        for i = #recorded, 1, -1 do
            recorded[i] = nil
        end
        for _, it in ipairs(items) do
            waf.value_verdict(w, it[1], it[2], "body", "field", true)
        end
        local calls = {}
        for i, c in ipairs(recorded) do
            calls[i] = c
        end
        local subjects, nsub, sub_bytes = {}, 0, 0
        local t_all, t_skip, n_skip, n_hit, n_unknown = 0, 0, 0, 0, 0
        for _, c in ipairs(calls) do
            if not subjects[c.s] then
                subjects[c.s] = true
                nsub = nsub + 1
                sub_bytes = sub_bytes + #c.s
            end
            local f = re[c.f]
            local t = ns(function()
                f(c.s, c.pattern, c.opts, c.pos > 1 and { pos = c.pos } or nil)
            end, 2000)
            t_all = t_all + t
            local id = pre_id[c.pattern]
            if c.hit then
                n_hit = n_hit + 1
            elseif not id then
                n_unknown = n_unknown + 1
            else
                ffi.fill(hits, #patterns + 2)
                hs.matches(db_pre, c.s, hits)
                if hits[id] == 0 then
                    n_skip = n_skip + 1
                    t_skip = t_skip + t
                end
            end
        end
        -- the prefilter's own cost: one scan of each distinct subject
        local t_pre, t_scan = 0, 0
        for subj in pairs(subjects) do
            t_scan = t_scan + ns(function() hs.scan_only(db_pre, subj) end, 2000)
            t_pre = t_pre + ns(function()
                ffi.fill(hits, #patterns + 2)
                hs.matches(db_pre, subj, hits)
            end, 2000)
        end
        out:write(("calls %s: %d values inspected; %d regex calls (%d matched, "
                   .. "%d not in the PREFILTER database) on %d distinct "
                   .. "subjects (%d bytes), %.0f ns in all; a prefilter "
                   .. "would rule out %d calls (%.0f ns) and cost %.0f ns "
                   .. "(one scan per subject; %.0f ns of it the scan without "
                   .. "reporting)\n"):format(
            body, #items, #calls, n_hit, n_unknown, nsub, sub_bytes, t_all,
            n_skip, t_skip, t_pre, t_scan))
    end
elseif spec.mode == "list" then
    out:write("HS_LIST ", cjson.encode({ sets = SETS, ways = WAY_NAMES,
                                        count = count }), "\n")
elseif spec.mode == "run" then
    -- callgrind --dump-before=getppid: the counts between the two calls
    -- are the loop's alone (a dump of their own)
    ffi.cdef("int getppid(void);")
    run(spec.way, spec.set, 5)        -- warm-up (traces)
    ffi.C.getppid()
    run(spec.way, spec.set, spec.reps)
    ffi.C.getppid()
else
    out:write(("hyperscan %s; %d needles; %d detector regexes, %d compile "
               .. "in PREFILTER mode (%d do not)\n"):format(
        hs.version(), #words, #all, #patterns, #failed))
    for _, p in ipairs(failed) do
        out:write("  not compiled: ", p:sub(1, 100), "\n")
    end
    for _, s in ipairs(SETS) do
        local bytes = 0
        for _, v in ipairs(sets[s]) do
            bytes = bytes + #v
        end
        out:write(("set %s: %d values, %d bytes\n"):format(s, #sets[s], bytes))
        -- 3 rounds, the ways alternating; the median round
        local ns_of, hits_of = {}, {}
        for _ = 1, 3 do
            for _, way in ipairs(WAY_NAMES) do
                local reps = math.max(1, math.floor(200000 / (#sets[s] + bytes / 50)))
                if way == "pcre_all" or way:find("prefilter") then
                    reps = math.max(1, math.floor(reps / 20))
                end
                run(way, s, math.max(1, math.floor(reps / 10)))
                n_any = 0
                local t0 = os.clock()
                run(way, s, reps)
                local dt = os.clock() - t0
                ns_of[way] = ns_of[way] or {}
                table.insert(ns_of[way], dt / (reps * #sets[s]) * 1e9)
                hits_of[way] = n_any / reps
            end
        end
        for _, way in ipairs(WAY_NAMES) do
            table.sort(ns_of[way])
            out:write(("  %-18s %9.0f ns per value (%d hits a pass)\n"):format(
                way, ns_of[way][2], hits_of[way]))
        end
    end
end
out:write("HS_MICRO_DONE\n")
out:flush()
os.exit(0)
