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


local _M = { _VERSION = "0.1" }


function _M.alt(list)
    return "(?:" .. concat(list, "|") .. ")"
end


local KNOWN = {
    id = true, field = true, where = true, names_not = true, max_len = true,
    needles = true, also = true, before = true, fold = true, pattern = true,
    name_pattern = true, check = true, scan = true, ids = true, plain = true,
    -- set by compile
    only = true, skip = true, fi = true,
}


function _M.scratch(v, key)
    local t = v[key]
    if not t then
        t = {}
        v[key] = t
    end
    return t
end


-- RULES: the detector's rule table (id, severity, pl, desc), to check ids.
function _M.compile(list, RULES)
    local known = {}
    for _, r in ipairs(RULES) do
        known[r.id] = true
    end
    local field_index, gate_lists = {}, {}
    for i, r in ipairs(list) do
        for k in pairs(r) do
            if not KNOWN[k] then
                error("rule record " .. i .. ": unknown field " .. k, 2)
            end
        end
        local ids = r.ids or { r.id }
        if #ids == 0 then
            error("rule record " .. i .. ": no id", 2)
        end
        for _, id in ipairs(ids) do
            if not known[id] then
                error("rule record " .. i .. ": unknown id " .. tostring(id), 2)
            end
        end
        if r.scan and not r.ids then
            error("rule record " .. i .. ": a scan lists its ids", 2)
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
                error("rule record " .. i .. ": where mixes only and not", 2)
            end
            r.only, r.skip = only, skip
        end
        if r.needles then
            if not r.field then
                error("rule record " .. i .. ": needles without a text", 2)
            end
            match.register(r.needles)
            local fi = field_index[r.field]
            if not fi then
                fi = #gate_lists + 1
                if fi > 4 then
                    error("rule list: needles on more than 4 fields", 2)
                end
                field_index[r.field] = fi
                gate_lists[fi] = {}
            end
            r.fi = fi
            local g = gate_lists[fi]
            g[#g + 1] = r.needles
        elseif r.plain ~= false then
            error("rule record " .. i .. " (" .. ids[1] .. "): no needles, "
                  .. "so it must say plain = false (and why)", 2)
        end
    end
    -- one pass over a short text for all needles of a field: with none
    -- there, no needle record on that field can run
    local gates = {}
    for fi, lists in ipairs(gate_lists) do
        gates[fi] = match.any_of(lists)
    end
    list.gates = gates
    return list
end


-- Can one of the list's needles for field fi occur in text?
local function gate(list, fi, text)
    return #text >= LONG or any(list.gates[fi], text)
end


local function live(r, on)
    local ids = r.ids
    if not ids then
        return on[r.id]
    end
    for i = 1, #ids do
        if on[ids[i]] then
            return true
        end
    end
    return false
end


function _M.run(list, v, on, report, where, name)
    -- the field gates, computed when first needed (nil: not yet)
    local g1, g2, g3, g4
    local ac = v.ac
    for i = 1, #list do
        local r = list[i]
        local only, skip = r.only, r.skip
        local field = r.field
        local text = field and v[field]
        if live(r, on) and (not only or only[where]) and (not skip or not skip[where])
                and (not r.names_not or where ~= "header" or not name
                     or not r.names_not[name])
                and (text or not field)
                and (not r.max_len or #text <= r.max_len) then
            local ok = true
            local needles = r.needles
            if needles then
                local fi = r.fi
                local g
                if fi == 1 then
                    if g1 == nil then
                        g1 = gate(list, 1, text)
                    end
                    g = g1
                elseif fi == 2 then
                    if g2 == nil then
                        g2 = gate(list, 2, text)
                    end
                    g = g2
                elseif fi == 3 then
                    if g3 == nil then
                        g3 = gate(list, 3, text)
                    end
                    g = g3
                else
                    if g4 == nil then
                        g4 = gate(list, 4, text)
                    end
                    g = g4
                end
                if g and not ac and #text >= LONG then
                    ac = new_cache()
                    v.ac = ac
                end
                ok = (g and present(text, needles, ac))
                    or (r.also and re_find(text, r.also, "jo")) or false
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
                    local id = r.id
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
