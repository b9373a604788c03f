-- Rule records and the one loop that runs them.
--
-- A detector describes what it looks for as a list of records, compiled
-- once at load by compile() (read-only afterwards), and runs the list over
-- a value's normalized view (edge.waf.normalize) with run(), which goes
-- through the records in order and, for each one:
--   on[id] (one of ids for a scan), where and names_not, the text
--   (v[field]) and max_len, the needles (or also), before, the pattern
--   (on fold(text)) and name_pattern, then the check or scan, then
--   report(id); true from report (or from a scan) ends the run: stop.
-- A record:
--
--   id         the rule it reports (edge.waf.registry); several records
--              may report the same id
--   field      the text of the view it reads: "low" (default), "cmp",
--              "dec", "raw", or a field the detector sets on the view
--              before run; false: none (a check that reads the view)
--   where      { path = false, ... }: not for those kinds of value;
--              { name = true, ... }: only for those
--   names_not  { referer = true, ... }: not for these header names
--   max_len    the text is longer: the record does not run
--   needles    plain substrings of the text (lower case where the text
--              is): the rest runs only when one of them occurs (a long
--              text is scanned once for every needle, edge.waf.match; a
--              short one once per block of records, see compile)
--   also       what lets the record run when no needle occurs: a regex, or
--              function(text) -> truthy (a cheap test needles cannot say)
--   before     a cheap regex that must match before the pattern runs, or
--              function(text) -> truthy that says the same
--   fold       function(text) -> the text the pattern reads
--   pattern    the regex (ngx.re "jo" through edge.waf.re): a hit
--   name_pattern  the name the value belongs to must match it ("joi")
--   check      function(text, v, where, name) -> true, or the id to
--              report instead: a grammar a regex cannot say
--   scan, ids  function(text, v, on, report, where, name) -> stop: a
--              grammar that reports several ids (listed in ids) itself
--   plain      false: a plain value (edge.waf.inspect) cannot match it,
--              or the detector's plain_maybe answers for it (the record
--              says why); its needles are then not plain needles.
--              A list: what a plain value (one space between words, no
--              comment) must hold for the pattern to match, narrower
--              than the needles ("order " for "order\s+by"): the plain
--              needles in their place
--
-- A record without pattern, check or scan is a hit when its needles occur.
--
--   rules.compile(list, RULES) -> list      validates, registers needles,
--       builds the gates and the runner
--   rules.run(list, v, on, report, where, name) -> stop
--   rules.plain_needles(out, list...) -> out   the plain-value needles
--   rules.patterns(out, list...) -> out        every regex, for compile
--   rules.alt(list) -> "(?:a|b|...)"
--   rules.buffer(name, make)   declares a per-request buffer (at load)
--   rules.get(v, name) -> the buffer, made (make()) on first use
--
-- Per-request state: the buffers live on the view (edge.waf.normalize),
-- which belongs to the request's transaction (edge.waf.tx): the needle
-- scan cache (v.ac), one ngx.re ctx table (v.re_ctx), the call arrays
-- (v.calls) and the detectors' own (the SQL tokens). The first run on a
-- view sets every declared name to false, in one order, so that every
-- view has the same fields in the same order; a buffer is made when it
-- is first needed. Nothing is kept in this module but what is built at
-- load.

local match = require "edge.waf.match"
local re_find = require("edge.waf.re").find

local concat = table.concat
local lower = string.lower
local type = type
local pairs = pairs
local ipairs = ipairs
local error = error
local select = select
local load = load
local format = string.format
local sort = table.sort
local present = match.present
local any = match.any
local new_cache = match.new_cache

local LONG = match.LONG
-- The fewest needles a list has for the one-pass gate to pay off.
local GATE_MIN = 8
-- The fewest needles a record has for its own one-pass matcher (r.any):
-- a short text is looked at once for all of them, not by a plain find
-- for each (a find costs about what a pass over a 16-byte text does).
local ANY_MIN = 4


local _M = { _VERSION = "0.1" }


function _M.alt(list)
    return "(?:" .. concat(list, "|") .. ")"
end


local KNOWN = {
    id = true, field = true, where = true, names_not = true, max_len = true,
    needles = true, also = true, before = true, fold = true, pattern = true,
    name_pattern = true, check = true, scan = true, ids = true, plain = true,
    -- set by compile
    only = true, skip = true, block = true, any = true,
}


-- The buffers' names, in the order they were declared at load, and
-- their makers.
local BUFFERS = {}
local MAKE = {}


function _M.buffer(name, make)
    if MAKE[name] then
        error("buffer " .. name .. " declared twice", 2)
    end
    BUFFERS[#BUFFERS + 1] = name
    MAKE[name] = make
end


function _M.get(v, name)
    local b = v[name]
    if not b then
        b = MAKE[name]()
        v[name] = b
    end
    return b
end


local function new_ctx()
    return {}
end

_M.buffer("ac", new_cache)
_M.buffer("re_ctx", new_ctx)
_M.buffer("calls", match.new_calls)


local function fail(i, r, msg)
    error("rule record " .. i .. " (" .. tostring(r.id or r.ids and r.ids[1]) .. "): "
          .. msg, 3)
end


local function prepare(v)
    v.buffers = true
    for i = 1, #BUFFERS do
        v[BUFFERS[i]] = false
    end
end


-- The runner of a list: the loop over its records, unrolled at load into
-- one function (Lua source made from the records and compiled once), so
-- that each record's steps are straight-line code that LuaJIT traces as
-- such: a loop over records of every shape leaves its traces at every
-- record (measured: about a third more CPU than the hand-written ladders
-- it replaces).
-- Each record's code reads the record (K[i]) for its needles, patterns
-- and functions, and has only the steps the record has.
-- Does one of the record's needles occur in text? A short text (no
-- automaton scan for it, see edge.waf.match) in one pass of the record's
-- own matcher; a long one as present() answers. Same answer as a plain
-- find for each needle.
local function has(text, r, ac, eager)
    if #text < LONG then
        return any(r.any, text)
    end
    return present(text, r.needles, ac, eager)
end


local HELPERS = {
    present = present, any = any, re_find = re_find, has = has,
    prepare = prepare, LONG = LONG, type = type, new_cache = new_cache,
}

local HEAD = [[
local K, H = ...
local present, any, re_find, has = H.present, H.any, H.re_find, H.has
local prepare, LONG, type, new_cache = H.prepare, H.LONG, H.type, H.new_cache
local gates = K.gates
return function(v, on, report, where, name)
    if not v.buffers then
        prepare(v)
    end
    local ac = v.ac
]]


local function generate(list)
    local out = { HEAD }
    local function add(fmt, ...)
        out[#out + 1] = format(fmt, ...)
    end
    for b = 1, #list.gates do
        add("    local g%d\n", b)
    end
    for i, r in ipairs(list) do
        add("    do -- %d\n        local r = K[%d]\n", i, i)
        local on = {}
        for _, id in ipairs(r.ids or { r.id }) do
            on[#on + 1] = format("on[%q]", id)
        end
        local cond = { "(" .. concat(on, " or ") .. ")" }
        if r.only then
            local any_of = {}
            for w in pairs(r.only) do
                any_of[#any_of + 1] = format("where == %q", w)
            end
            sort(any_of)
            cond[#cond + 1] = "(" .. concat(any_of, " or ") .. ")"
        end
        if r.skip then
            local none_of = {}
            for w in pairs(r.skip) do
                none_of[#none_of + 1] = format("where ~= %q", w)
            end
            sort(none_of)
            cond[#cond + 1] = concat(none_of, " and ")
        end
        if r.names_not then
            cond[#cond + 1] = "(where ~= \"header\" or not name or not r.names_not[name])"
        end
        local closes = 1
        add("        if %s then\n", concat(cond, " and "))
        if r.field then
            add("        local text = v[%q]\n", r.field)
            add("        if text%s then\n", r.max_len and " and #text <= r.max_len" or "")
            closes = closes + 1
        else
            add("        local text = nil\n")
        end
        if r.needles then
            add("        if not ac and #text >= LONG then\n"
                .. "            ac = new_cache()\n            v.ac = ac\n        end\n")
            -- (a record with its own matcher asks has(), else present())
            local found = r.any and "has(text, r, ac%s)" or "present(text, r.needles, ac%s)"
            local b = r.block
            if b then
                add("        if g%d == nil then\n", b)
                add("            g%d = #text >= LONG or any(gates[%d], text)\n", b, b)
                add("        end\n")
                add("        if g%d and %s then\n", b, format(found, ", true"))
            elseif r.also then
                add("        if %s or %s then\n", format(found, ""),
                    type(r.also) == "function" and "r.also(text)"
                        or "re_find(text, r.also, \"jo\")")
            else
                add("        if %s then\n", format(found, ""))
            end
            closes = closes + 1
        end
        if r.before then
            add("        if %s then\n", type(r.before) == "function" and "r.before(text)"
                or "re_find(text, r.before, \"jo\")")
            closes = closes + 1
        end
        if r.pattern then
            add("        if re_find(%s, r.pattern, \"jo\")%s then\n",
                r.fold and "r.fold(text)" or "text",
                r.name_pattern and " and name and re_find(name, r.name_pattern, \"joi\")"
                    or "")
            closes = closes + 1
        end
        if r.scan then
            add("        if r.scan(text, v, on, report, where, name) then\n"
                .. "            return true\n        end\n")
        elseif r.check then
            add("        local hit = r.check(text, v, where, name)\n")
            add("        if hit and report(type(hit) == \"string\" and hit or %q) then\n"
                .. "            return true\n        end\n", r.id)
        else
            add("        if report(%q) then\n            return true\n        end\n", r.id)
        end
        for _ = 1, closes do
            add("        end\n")
        end
        add("    end\n")
    end
    out[#out + 1] = "    return false\nend\n"
    local src = concat(out)
    local chunk, err = load(src, "=edge.waf.rules(" .. (list[1].id or list[1].ids[1])
                            .. ")", "t")
    if not chunk then
        error("rule list: " .. err, 3)
    end
    return chunk(list, HELPERS)
end


-- v: the value's view (edge.waf.normalize), or a table a list of checks
-- reads (buffers = true when it needs no buffers).
function _M.run(list, v, on, report, where, name)
    return list.run(v, on, report, where, name)
end


local function blockable(r)
    return r.needles and r.pattern and not (r.also or r.check or r.scan or r.before)
end


-- RULES: the detector's rule table (id, severity, pl, desc), to check ids.
function _M.compile(list, RULES)
    local known = {}
    for _, r in ipairs(RULES) do
        known[r.id] = true
    end
    for i, r in ipairs(list) do
        for k in pairs(r) do
            if not KNOWN[k] then
                fail(i, r, "unknown field " .. k)
            end
        end
        if (r.id == nil) == (r.ids == nil) then
            fail(i, r, "an id, or ids with a scan")
        end
        if r.ids and not r.scan then
            fail(i, r, "ids without a scan")
        end
        for _, id in ipairs(r.ids or { r.id }) do
            if not known[id] then
                fail(i, r, "unknown id " .. tostring(id))
            end
        end
        if r.field == nil then
            r.field = "low"
        end
        if r.where then
            local only, skip
            for w, yes in pairs(r.where) do
                if yes then
                    only = only or {}
                    only[w] = true
                else
                    skip = skip or {}
                    skip[w] = true
                end
            end
            if only and skip then
                fail(i, r, "where mixes only and not")
            end
            r.only, r.skip = only, skip
        end
        if type(r.plain) == "table" and (#r.plain == 0 or not r.needles) then
            fail(i, r, "plain must be false or a list of needles standing for the needles")
        end
        if r.needles then
            if not r.field then
                fail(i, r, "needles without a text")
            end
            match.register(r.needles)
            if #r.needles >= ANY_MIN then
                r.any = match.any_of({ r.needles })
            end
        elseif r.plain ~= false then
            fail(i, r, "no needles, so it must say plain = false (and why)")
        end
    end
    -- A run of records that look for patterns behind their needles in the
    -- same text is a block: a short text is first looked at once for all
    -- the block's needles (one automaton pass), and with none there the
    -- block's records are passed over. Blocks with few needles do without:
    -- a few plain finds cost less than the pass.
    local gates = {}
    local i = 1
    while list[i] do
        local r = list[i]
        local j = i + 1
        if blockable(r) then
            local lists, count = { r.needles }, #r.needles
            while list[j] and blockable(list[j]) and list[j].field == r.field do
                lists[#lists + 1] = list[j].needles
                count = count + #list[j].needles
                j = j + 1
            end
            if count >= GATE_MIN then
                gates[#gates + 1] = match.any_of(lists)
                for k = i, j - 1 do
                    list[k].block = #gates
                end
            end
        end
        i = j
    end
    list.gates = gates
    list.run = generate(list)
    return list
end


-- The plain-value needles of the lists (edge.waf.inspect's gate): every
-- record's needles (or its plain list), lower-cased, but those that say
-- plain = false.
function _M.plain_needles(out, ...)
    for k = 1, select("#", ...) do
        local list = select(k, ...)
        for _, r in ipairs(list) do
            if r.needles and r.plain ~= false then
                local low = {}
                for i, w in ipairs(type(r.plain) == "table" and r.plain or r.needles) do
                    low[i] = lower(w)
                end
                out[#out + 1] = low
            end
        end
    end
    return out
end


-- Every regex of the lists (validated at init by edge.waf.compile).
function _M.patterns(out, ...)
    for k = 1, select("#", ...) do
        local list = select(k, ...)
        for _, r in ipairs(list) do
            for _, f in ipairs({ "pattern", "also", "before", "name_pattern" }) do
                if type(r[f]) == "string" then
                    out[#out + 1] = r[f]
                end
            end
        end
    end
    return out
end


return _M
