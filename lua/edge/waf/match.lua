-- Cheap matching helpers shared by the detectors.
--
--   present(text, needles) -> boolean
--       does one of the plain substrings in the list occur in text? Lists
--       registered at load (register / register_checks) are looked up, for
--       texts of LONG bytes or more, in one pass of an Aho-Corasick
--       automaton over every registered needle (built once, see build);
--       the needles found are kept for the last few texts scanned, since
--       the detectors ask about many lists of the same texts (v.low,
--       v.cmp). Same answer as string.find(text, needle, 1, true) for each
--       needle; short texts and unregistered lists take that way.
--   run(checks, text, on, report) -> stop
--       checks is a list of { id, pattern, needles } built once at load:
--       the regex only runs when one of the needles (plain substrings of
--       the lower-case text) occurs, so a long benign value pays a few
--       memchr-speed string.find calls instead of a regex scan per rule.
--   calls(text) -> n
--       every "name(" in the text (names may be dotted: a.b.c), in the
--       reused arrays _M.names / _M.opens (position of the "("), so the
--       detectors look function names up in hash sets instead of running
--       long alternations of names.

local re_find = require("edge.waf.re").find

local ffi = require "ffi"
local clear_tab = require "table.clear"

local find = string.find
local byte = string.byte
local sub = string.sub
local ipairs = ipairs
local pairs = pairs
local error = error
local type = type
local ffi_new = ffi.new
local ffi_cast = ffi.cast
local ffi_fill = ffi.fill
local sort = table.sort


local _M = { _VERSION = "0.1" }


-- Texts at least this long are scanned by the automaton.
local LONG = 48
-- Texts whose scan results are kept (round robin).
local SLOTS = 4

local registered = {}     -- needle list -> true
local needle_set = {}     -- needle -> true (every registered needle)
local dirty = false       -- registered since the automaton was built

-- The automaton: byte -> class (0: a byte no needle has), a full
-- transition table (state * nclass + class -> state), for each state the
-- needles that end there (with those of its failure chain), and a per
-- scan mark so a state's needles are recorded once per text.
local nclass, cls, trans, outs, has_out, mark
local scan_gen = 0
local uint8_ptr = ffi.typeof("const uint8_t *")

local slot_text = {}
local slot_hits = {}
for i = 1, SLOTS do
    slot_hits[i] = {}
end
local next_slot = 1


function _M.register(needles)
    for i = 1, #needles do
        local w = needles[i]
        if type(w) ~= "string" or w == "" then
            error("needles must be non-empty strings", 2)
        end
        if not needle_set[w] then
            needle_set[w] = true
            dirty = true
        end
    end
    registered[needles] = true
    return needles
end


-- checks: a list of tables whose field `index` is a needle list (or nil).
-- When every check has needles, a text short enough for plain finds is
-- first scanned once for all of them (checks_gate): with none there, no
-- check's regex can run, and the dozens of finds are skipped.
local gates = {}


function _M.register_checks(checks, index)
    local lists = {}
    for _, c in ipairs(checks) do
        if c[index] then
            _M.register(c[index])
            lists[#lists + 1] = c[index]
        else
            lists = nil
            break
        end
    end
    gates[checks] = lists and _M.any_of(lists) or nil
    return checks
end


-- Can one of the checks' needles occur in text? (true when unknown)
function _M.checks_gate(checks, text)
    local gate = gates[checks]
    return #text >= LONG or not gate or _M.any(gate, text)
end


-- The automaton over words: byte classes, full transition table, the
-- words that end in each state (with those of its failure chain) and a
-- byte per state telling whether any does.
local function construct(words)
    -- byte classes
    local class_of = {}
    local n = 1
    for _, w in ipairs(words) do
        for i = 1, #w do
            local b = byte(w, i)
            if not class_of[b] then
                class_of[b] = n
                n = n + 1
            end
        end
    end
    local c = ffi_new("uint8_t[256]")
    for b, k in pairs(class_of) do
        c[b] = k
    end
    -- the trie (goto[state][class], state 0 is the root)
    local go, ends = { [0] = {} }, { [0] = {} }
    local states = 1
    for _, w in ipairs(words) do
        local st = 0
        for i = 1, #w do
            local k = class_of[byte(w, i)]
            local nx = go[st][k]
            if not nx then
                nx = states
                states = states + 1
                go[nx], ends[nx] = {}, {}
                go[st][k] = nx
            end
            st = nx
        end
        ends[st][#ends[st] + 1] = w
    end
    -- failure links, breadth first; complete the transitions
    local t = ffi_new("int32_t[?]", states * n)
    local fail = { [0] = 0 }
    local queue, head = {}, 1
    for k = 0, n - 1 do
        local nx = go[0][k]
        if nx then
            fail[nx] = 0
            queue[#queue + 1] = nx
            t[k] = nx
        else
            t[k] = 0
        end
    end
    local out_list = { [0] = {} }
    while head <= #queue do
        local st = queue[head]
        head = head + 1
        local o = {}
        for _, w in ipairs(ends[st]) do
            o[#o + 1] = w
        end
        for _, w in ipairs(out_list[fail[st]]) do
            o[#o + 1] = w
        end
        out_list[st] = o
        for k = 0, n - 1 do
            local nx = go[st][k]
            if nx then
                fail[nx] = t[fail[st] * n + k]
                queue[#queue + 1] = nx
                t[st * n + k] = nx
            else
                t[st * n + k] = t[fail[st] * n + k]
            end
        end
    end
    local h = ffi_new("uint8_t[?]", states)
    for st = 0, states - 1 do
        h[st] = #out_list[st] > 0 and 1 or 0
    end
    return n, c, t, out_list, h, states
end


local function sorted_words(set)
    local words = {}
    for w in pairs(set) do
        words[#words + 1] = w
    end
    sort(words)
    return words
end


function _M.build()
    local n, c, t, out_list, h, states = construct(sorted_words(needle_set))
    nclass, cls, trans, outs, has_out = n, c, t, out_list, h
    mark = ffi_new("int32_t[?]", states)
    scan_gen = 0
    for i = 1, SLOTS do
        slot_text[i] = nil
    end
    dirty = false
end


-- A matcher for one fixed set of words (built once, at load or init):
-- any(m, text) tells whether one of them occurs in text, in one pass
-- that stops at the first, whatever the number of words.
function _M.any_of(lists)
    local set = {}
    for _, list in ipairs(lists) do
        for i = 1, #list do
            local w = list[i]
            if type(w) ~= "string" or w == "" then
                error("needles must be non-empty strings", 2)
            end
            set[w] = true
        end
    end
    local n, c, t, _, h, states = construct(sorted_words(set))
    -- one load per byte: entries hold the next state's row offset, or -1
    -- where a word ends (the scan stops there)
    local row = ffi_new("int32_t[?]", states * n)
    for i = 0, states * n - 1 do
        local nx = t[i]
        row[i] = h[nx] ~= 0 and -1 or nx * n
    end
    return { cls = c, row = row }
end


function _M.any(m, text)
    local p = ffi_cast(uint8_ptr, text)
    local row, c = m.row, m.cls
    local st = 0
    for i = 0, #text - 1 do
        st = row[st + c[p[i]]]
        if st < 0 then
            return true
        end
    end
    return false
end


local function record(hits, st)
    local o = outs[st]
    for i = 1, #o do
        hits[o[i]] = true
    end
end


-- The needles found in text (a table needle -> true).
local function scan(text)
    for i = 1, SLOTS do
        if slot_text[i] == text then
            return slot_hits[i]
        end
    end
    if dirty or not trans then
        _M.build()
    end
    local slot = next_slot
    next_slot = slot % SLOTS + 1
    local hits = slot_hits[slot]
    clear_tab(hits)
    slot_text[slot] = text
    scan_gen = scan_gen + 1
    if scan_gen >= 0x40000000 then
        ffi_fill(mark, 4 * #outs + 4)
        scan_gen = 1
    end
    local gen = scan_gen
    local p = ffi_cast(uint8_ptr, text)
    local t, c, h, m, n = trans, cls, has_out, mark, nclass
    local st = 0
    for i = 0, #text - 1 do
        st = t[st * n + c[p[i]]]
        if h[st] ~= 0 and m[st] ~= gen then
            m[st] = gen
            record(hits, st)
        end
    end
    return hits
end


local function present(text, needles)
    if #text >= LONG and registered[needles] then
        local hits = scan(text)
        for i = 1, #needles do
            if hits[needles[i]] then
                return true
            end
        end
        return false
    end
    for i = 1, #needles do
        if find(text, needles[i], 1, true) then
            return true
        end
    end
    return false
end
_M.present = present


function _M.run(checks, text, on, report)
    if not registered[checks] then
        _M.register_checks(checks, 3)
        registered[checks] = true
    end
    if not _M.checks_gate(checks, text) then
        return false
    end
    for i = 1, #checks do
        local c = checks[i]
        local id = c[1]
        if on[id] and (not c[3] or present(text, c[3]))
                and re_find(text, c[2], "jo") then
            if report(id) then
                return true
            end
        end
    end
    return false
end


local names = {}
local opens = {}
local befores = {}
_M.names = names
_M.opens = opens
_M.befores = befores

local MAX_CALLS = 64


local function word_byte(c)
    return (c >= 97 and c <= 122) or (c >= 48 and c <= 57) or c == 95
        or c == 46 or c == 36 or (c >= 65 and c <= 90)
end


-- befores[i]: the byte before the name (0 at the start of the text).
function _M.calls(s)
    local n = 0
    local i = 1
    while n < MAX_CALLS do
        local p = find(s, "(", i, true)
        if not p then
            break
        end
        local j = p - 1
        while j > 0 do
            local c = byte(s, j)
            if c == 32 or c == 9 or c == 10 or c == 13 then
                j = j - 1
            else
                break
            end
        end
        local k = j
        while k > 0 and word_byte(byte(s, k)) do
            k = k - 1
        end
        if k < j then
            n = n + 1
            names[n] = sub(s, k + 1, j)
            opens[n] = p
            befores[n] = k > 0 and byte(s, k) or 0
        end
        i = p + 1
    end
    return n
end


-- Is one of the words in s as a word of its own, followed (after spaces)
-- by one of the bytes in `after` ("top." yes, "stopped" no)?
function _M.word_then(s, words, after)
    for i = 1, #words do
        local w = words[i]
        local from = 1
        while true do
            local b, e = find(s, w, from, true)
            if not b then
                break
            end
            local c = b > 1 and byte(s, b - 1) or 32
            if not word_byte(c) or c == 46 then
                local j = e + 1
                local n = byte(s, j)
                while n == 32 do
                    j = j + 1
                    n = byte(s, j)
                end
                if n and find(after, string.char(n), 1, true) then
                    return true
                end
            end
            from = e + 1
        end
    end
    return false
end


-- The last dotted component of a name ("dbms_lock.sleep" -> "sleep").
function _M.base(name)
    local d = find(name, ".[^.]*$")
    if d and d > 0 and byte(name, d) == 46 then
        return sub(name, d + 1)
    end
    return name
end


function _M.set(list)
    local t = {}
    for _, w in ipairs(list) do
        t[w] = true
    end
    return t
end

return _M
