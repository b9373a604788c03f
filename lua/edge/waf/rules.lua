-- Rule records and the one loop that runs them.
--
-- A detector describes what it looks for as a list of records, built once
-- at load by compile() (read-only afterwards), and runs the list over a
-- value's normalized view (edge.waf.normalize) with run(). A record:
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
--              is): the rest runs only when one of them occurs, looked
--              up for the whole list at once (edge.waf.match)
--   also       a regex that lets the record run when no needle occurs
--   before     a cheap regex that must match before the pattern runs
--   fold       function(text) -> the text the pattern reads
--   pattern    the regex (ngx.re "jo" through edge.waf.re): a hit
--   name_pattern  the name the value belongs to must match it ("joi")
--   check      function(text, v, where, name) -> true, or the id to
--              report instead: a grammar a regex cannot say
--   scan, ids  function(text, v, on, report, where, name) -> stop: a
--              grammar that reports several ids (listed in ids) itself
--   plain      false: a plain value (edge.waf.inspect) cannot match it,
--              or the detector's plain_maybe answers for it (the record
--              says why); its needles are then not plain needles
--
-- A record without pattern, check or scan is a hit when its needles occur.
--
--   rules.compile(list, RULES) -> list      validates, registers needles
--   rules.run(list, v, on, report, where, name) -> stop
--   rules.plain_needles(out, list...) -> out   the plain-value needles
--   rules.patterns(out, list...) -> out        every regex, for compile
--   rules.alt(list) -> "(?:a|b|...)"
--   rules.scratch(v, key) -> a table kept on the view (per-call buffers,
--       ngx.re ctx tables) for the grammars
--
-- Per-call state: the needle scan cache lives on the view (v.ac), which
-- belongs to the request's transaction; nothing is kept in this module.

local match = require "edge.waf.match"
local re_find = require("edge.waf.re").find

local concat = table.concat
local lower = string.lower
local type = type
local pairs = pairs
local ipairs = ipairs
local error = error
local select = select
local present = match.present
local any = match.any
local new_cache = match.new_cache

local LONG = match.LONG
-- The fewest needles a list has for the one-pass gate to pay off.
local GATE_MIN = 8


local _M = { _VERSION = "0.1" }


function _M.alt(list)
    return "(?:" .. concat(list, "|") .. ")"
end


local KNOWN = {
    id = true, field = true, where = true, names_not = true, max_len = true,
    needles = true, also = true, before = true, fold = true, pattern = true,
    name_pattern = true, check = true, scan = true, ids = true, plain = true,
    -- set by compile
    only = true, skip = true, block = true, skip_to = true, places = true,
}


function _M.scratch(v, key)
    local t = v[key]
    if not t then
        t = {}
        v[key] = t
    end
    return t
end


local function fail(i, r, msg)
    error("rule record " .. i .. " (" .. tostring(r.id or r.ids and r.ids[1]) .. "): "
          .. msg, 3)
end


local function blockable(r)
    return r.needles and r.pattern and not (r.also or r.check or r.scan or r.before
                                             or r.fold or r.name_pattern)
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
        r.places = (r.only or r.skip or r.names_not) and true or nil
        if r.needles then
            if not r.field then
                fail(i, r, "needles without a text")
            end
            match.register(r.needles)
        elseif r.plain ~= false then
            fail(i, r, "no needles, so it must say plain = false (and why)")
        end
    end
    -- A run of records that only look for a pattern behind their needles
    -- in the same text is a block: a short text is first looked at once
    -- for all the block's needles (one automaton pass), and with none
    -- there run() jumps over the block (skip_to). Blocks with few needles
    -- do without: a few plain finds cost less than the pass.
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
                    list[k].skip_to = j
                end
            end
        end
        i = j
    end
    list.gates = gates
    return list
end


local function live(r, on)
    local ids = r.ids
    for i = 1, #ids do
        if on[ids[i]] then
            return true
        end
    end
    return false
end


-- Does the record apply to this kind of value (and name)?
local function placed(r, where, name)
    local only, skip, names_not = r.only, r.skip, r.names_not
    return (not only or only[where] == true) and (not skip or not skip[where])
        and (not names_not or where ~= "header" or not name or not names_not[name])
end


function _M.run(list, v, on, report, where, name)
    local gates = list.gates
    local passed = nil      -- the block whose gate the text passed
    local ac = v.ac
    local i, n = 1, #list
    while i <= n do
        local r = list[i]
        i = i + 1
        local id = r.id
        local field = r.field
        local text = field and v[field]
        if (id and on[id] or (not id and live(r, on)))
                and (not r.places or placed(r, where, name))
                and (text or not field)
                and (not r.max_len or #text <= r.max_len) then
            local ok = true
            local needles = r.needles
            if needles then
                local b = r.block
                if b and b ~= passed and #text < LONG then
                    if any(gates[b], text) then
                        passed = b
                    else
                        ok = false
                        i = r.skip_to
                    end
                end
                if ok then
                    if not ac and #text >= LONG then
                        ac = new_cache()
                        v.ac = ac
                    end
                    ok = present(text, needles, ac)
                        or (r.also and re_find(text, r.also, "jo")) or false
                end
            end
            if ok and r.before then
                ok = re_find(text, r.before, "jo")
            end
            if ok and r.pattern then
                local t = r.fold and r.fold(text) or text
                ok = re_find(t, r.pattern, "jo")
                    and (not r.name_pattern
                         or (name and re_find(name, r.name_pattern, "joi")))
            end
            if ok then
                if r.scan then
                    if r.scan(text, v, on, report, where, name) then
                        return true
                    end
                else
                    if r.check then
                        local hit = r.check(text, v, where, name)
                        if type(hit) == "string" then
                            id = hit
                        elseif not hit then
                            id = nil
                        end
                    end
                    if id and report(id) then
                        return true
                    end
                end
            end
        end
    end
    return false
end


-- The plain-value needles of the lists (edge.waf.inspect's gate): every
-- record's needles, lower-cased, but those that say plain = false.
function _M.plain_needles(out, ...)
    for k = 1, select("#", ...) do
        local list = select(k, ...)
        for _, r in ipairs(list) do
            if r.needles and r.plain ~= false then
                local low = {}
                for i, w in ipairs(r.needles) do
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
                if r[f] then
                    out[#out + 1] = r[f]
                end
            end
        end
    end
    return out
end


return _M
