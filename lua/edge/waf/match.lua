-- Cheap matching helpers shared by the detectors (edge.waf.rules runs
-- their rule records with them). Module-level data is built at load or
-- init and read-only afterwards; what a scan keeps lives in a table the
-- caller owns (edge.waf.rules hangs it on the request's view).
--
--   register(needles) -> needles
--       a list of plain substrings the automaton must know (at load).
--   present(text, needles, cache, eager) -> boolean
--       does one of the plain substrings in the list occur in text? For
--       registered lists and texts of LONG bytes or more, with a cache
--       (new_cache()), the text is scanned once by an Aho-Corasick
--       automaton over every registered needle (built once, see build)
--       and the lists with a needle found are kept in the cache for the
--       last few texts scanned, since the detectors ask about many lists
--       of the same texts (v.low, v.cmp). Same answer as string.find(text,
--       needle, 1, true) for each needle; short texts, unregistered
--       lists and calls without a cache take that way, and so do lists
--       of a few needles on a text not scanned yet, unless eager.
--   any_of(lists) -> m, any(m, text) -> boolean
--       one fixed set of words (built once) and one pass over a text.
--   runs_as_written(where, name) -> boolean
--       the value reaches a program as it is: a header (no client writes
--       an example for a reader there) or an argument named for a
--       command ("cmd", "exec", "command[0]", "run_cmd"); elsewhere a
--       command line is an example written for a reader.
--   calls(text, buf) -> n, names, opens, befores
--       every "name(" in the text (names may be dotted: a.b.c): names,
--       positions of the "(" and the byte before each name, in the arrays
--       of buf (new_calls(), per request) reused; the detectors look the
--       names up in hash sets instead of running long alternations.
--   delimited_records(s, seps, two_lines) -> separator's byte or false
--       the value is the records of a delimited export (below).

local ffi = require "ffi"
local re_find = require("edge.waf.re").find
local unescape_uri = ngx.unescape_uri
local clear_tab = require "table.clear"
local new_tab = require "table.new"

local find = string.find
local byte = string.byte
local sub = string.sub
local lower = string.lower
local gmatch = string.gmatch
local gsub = string.gsub
local ipairs = ipairs
local pairs = pairs
local error = error
local type = type
local ffi_new = ffi.new
local ffi_cast = ffi.cast
local sort = table.sort


local _M = { _VERSION = "0.1" }


-- Texts at least this long are scanned by the automaton.
local LONG = 48
_M.LONG = LONG
-- Lists this short look a text not scanned yet up with plain finds.
local FEW = 4
-- Texts whose scan results are kept (round robin).
local SLOTS = 4

local list_id = {}        -- registered needle list -> its number
local lists_n = 0
local needle_set = {}     -- needle -> true (every registered needle)
local dirty = false       -- registered since the automaton was built

-- The automaton: byte -> class (0: a byte no needle has), a full
-- transition table whose entries are the next state's row offset (state
-- * number of classes: a state is known by its offset, and a step is one
-- load; multiplying the state by the number of classes at each byte cost
-- three times as much in LuaJIT's compiled loop), and by offset, whether
-- any needle ends in that state (or on its failure chain) and the
-- numbers of the registered lists those needles are in: a scan notes
-- which lists have a needle in the text, and present() asks one number
-- of a list, not each of its needles.
local cls, trans, outs
local uint8_ptr = ffi.typeof("const uint8_t *")


function _M.register(needles)
    for i = 1, #needles do
        local w = needles[i]
        if type(w) ~= "string" or w == "" then
            error("needles must be non-empty strings", 2)
        end
        needle_set[w] = true
    end
    if not list_id[needles] then
        lists_n = lists_n + 1
        list_id[needles] = lists_n
        dirty = true
    end
    return needles
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
    -- needle -> the numbers of the lists it is in
    local lists_of = {}
    for list, id in pairs(list_id) do
        for i = 1, #list do
            local w = list[i]
            local ids = lists_of[w]
            if not ids then
                ids = {}
                lists_of[w] = ids
            end
            ids[#ids + 1] = id
        end
    end
    -- an entry is the next state's row offset, or -1 - that offset when a
    -- needle ends there (one load and one test a byte)
    local row = ffi_new("int32_t[?]", states * n)
    local o_at = {}
    for i = 0, states * n - 1 do
        local nx = t[i]
        row[i] = h[nx] ~= 0 and -1 - nx * n or nx * n
    end
    for st = 0, states - 1 do
        if h[st] ~= 0 then
            local ids, got = {}, {}
            for _, w in ipairs(out_list[st]) do
                for _, id in ipairs(lists_of[w]) do
                    if not got[id] then
                        got[id] = true
                        ids[#ids + 1] = id
                    end
                end
            end
            sort(ids)
            o_at[st * n] = ids
        end
    end
    cls, trans, outs = c, row, o_at
    dirty = false
end


-- Every registered list (a new table: for tests).
function _M.lists()
    local all = {}
    for list in pairs(list_id) do
        all[#all + 1] = list
    end
    return all
end


-- A scan cache: the lists with a needle in each of the last SLOTS texts
-- scanned (and the states each scan went through that end a needle).
-- Per request (edge.waf.rules keeps one on the view), never shared.
function _M.new_cache()
    return { texts = {}, hits = {}, seen = {}, next = 1 }
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


-- The lists with a needle in text (a table list number -> true), when it
-- is one of the cached texts.
local function cached(text, cache)
    local texts = cache.texts
    for i = 1, SLOTS do
        if texts[i] == text then
            return cache.hits[i]
        end
    end
    return nil
end


-- The lists with a needle in text (a table list number -> true). Each
-- state that ends a needle notes its lists the first time the scan is in
-- it.
local function scan(text, cache)
    if dirty or not trans then
        _M.build()
    end
    local slot = cache.next
    cache.next = slot % SLOTS + 1
    local hits, seen = cache.hits[slot], cache.seen[slot]
    if hits then
        clear_tab(hits)
        clear_tab(seen)
    else
        hits, seen = new_tab(0, 16), new_tab(0, 16)
        cache.hits[slot], cache.seen[slot] = hits, seen
    end
    cache.texts[slot] = text
    local p = ffi_cast(uint8_ptr, text)
    local t, c = trans, cls
    local st = 0
    for i = 0, #text - 1 do
        st = t[st + c[p[i]]]
        if st < 0 then
            st = -1 - st
            if not seen[st] then
                seen[st] = true
                local o = outs[st]
                for k = 1, #o do
                    hits[o[k]] = true
                end
            end
        end
    end
    return hits
end


function _M.present(text, needles, cache, eager)
    local id = cache and #text >= LONG and list_id[needles]
    if id then
        -- a text not scanned yet: a few plain finds cost less than a scan,
        -- unless the caller will ask about many more lists (eager)
        local hits = cached(text, cache)
        if not hits and (eager or #needles > FEW) then
            hits = scan(text, cache)
        end
        if hits then
            return hits[id] == true
        end
    end
    for i = 1, #needles do
        if find(text, needles[i], 1, true) then
            return true
        end
    end
    return false
end


local MAX_CALLS = 64


local function word_byte(c)
    return (c >= 97 and c <= 122) or (c >= 48 and c <= 57) or c == 95
        or c == 46 or c == 36 or (c >= 65 and c <= 90)
end


-- The index of the last byte at or before j that is not a space, tab or
-- line break (0 when none).
local function space_back(s, j)
    while j > 0 do
        local c = byte(s, j)
        if c == 32 or c == 9 or c == 10 or c == 13 then
            j = j - 1
        else
            break
        end
    end
    return j
end


-- Arrays for calls(), made once per request (edge.waf.rules keeps them
-- on the view as v.calls).
function _M.new_calls()
    return { names = new_tab(8, 0), opens = new_tab(8, 0), befores = new_tab(8, 0) }
end


-- The arrays are buf's (new_calls(), kept by the caller: edge.waf.rules
-- keeps it on the request's view), reused call to call: befores[i] is
-- the byte before the name (0 at the start).
function _M.calls(s, buf)
    local names, opens, befores = buf.names, buf.opens, buf.befores
    local n = 0
    local i = 1
    while n < MAX_CALLS do
        local p = find(s, "(", i, true)
        if not p then
            break
        end
        local j = space_back(s, p - 1)
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
    return n, names, opens, befores
end


-- The word before a call found by calls() (its "(" at `open`, its
-- name `name`): the letters before the name and its spaces, lower-cased
-- ("the sleep(5) call" -> "the"); nil when punctuation, a digit or the
-- value's start comes first (code: "1;sleep(5)", "(sleep(5))"). A call
-- after a plain word is a name in a sentence: no language puts two names
-- side by side, but after its own keywords ("x' or sleep(5)" -> "or";
-- the caller decides which).
function _M.word_before_call(s, open, name)
    local j = space_back(s, open - 1) - #name
    local c = byte(s, j)
    if not c or (c ~= 32 and c ~= 9 and c ~= 10 and c ~= 13) then
        return nil
    end
    j = space_back(s, j)
    local k = j
    while k > 0 do
        c = byte(s, k)
        if (c >= 97 and c <= 122) or (c >= 65 and c <= 90) then
            k = k - 1
        else
            break
        end
    end
    if k == j or (k > 0 and word_byte(byte(s, k))) then
        return nil
    end
    return lower(sub(s, k + 1, j))
end


-- The last dotted component of a name ("dbms_lock.sleep" -> "sleep").
function _M.base(name)
    local d = find(name, ".[^.]*$")
    if d and d > 0 and byte(name, d) == 46 then
        return sub(name, d + 1)
    end
    return name
end


-- A name that names a secret ("pin_hash", "api_key", "SMTP_PASSWORD",
-- "card.cvv"): its words hold a password's, a secret's, a token's, a
-- hash's or a key's, or one of them is a PIN, a CVV or CVC, an OTP, a
-- salt, a social security number or a password's short name ("pw",
-- "user_pw": a word whole, not "pwm" or "kpw"). (The NoSQL operators that read a
-- field, the templates that read the settings.)
local SECRET_PARTS = { pin = true, cvv = true, cvv2 = true, cvc = true, otp = true,
                       salt = true, ssn = true, pw = true }

-- The words a secret's name holds, as needles and gate alternatives
-- (secret_name decides; "key" stands for api_key and private_key).
_M.SECRET_WORDS = { "pass", "pwd", "secret", "token", "hash", "key", "otp", "salt", "pin",
                    "cvv", "cvc", "ssn", "pw" }

-- The words a file's name holds when it keeps a secret ("secrets.json",
-- "passwords.txt", ".env", "id_rsa", "server.pem", "token.txt"), as a
-- regex alternation: a file: URL's (edge.waf.detect.path) and an
-- option's operand (edge.waf.detect.rce)
_M.SECRET_FILE = [=[secret|passw|credential|\.env\b|id_rsa|\.pem\b|token]=]

function _M.secret_name(name)
    if name == nil then
        return false
    end
    name = lower(name)
    if find(name, "pass", 1, true) or find(name, "pwd", 1, true)
            or find(name, "secret", 1, true) or find(name, "token", 1, true)
            or find(name, "hash", 1, true) or find(name, "api_?key")
            or find(name, "private_?key") then
        return true
    end
    for part in gmatch(name, "[%a%d]+") do
        if SECRET_PARTS[part] then
            return true
        end
    end
    return false
end


function _M.set(list)
    local t = {}
    for _, w in ipairs(list) do
        t[w] = true
    end
    return t
end

-- A spreadsheet formula of numbers alone after its sign ("=3*4", "+2+3",
-- "@1-(2"): what a probe of whether a sheet computes a cell writes; a
-- sheet's own formulas read cells ("=SUM(B2:B9)"). The part after the
-- sign (edge.waf.detect.code's formula records, protocol's rows).
_M.RE_NUMBER_FORMULA = [=[\s*\d+(?:\.\d+)?\s*[-+*/^&]\s*\(?\d]=]

-- An argument named for a command: the application runs what it is
-- given, so a command line there is the attack itself.
local RE_COMMAND_PARAM = [=[(?:^|[_.\[\-])(?:cmd|command|commands|exec|execute|shell|run]=]
    .. [=[|code|system|eval)(?:$|[_.\[\]\-\d])]=]
_M.RE_COMMAND_PARAM = RE_COMMAND_PARAM

function _M.runs_as_written(where, name)
    return where == "header"
        or (where == "value" and name ~= nil and re_find(name, RE_COMMAND_PARAM, "joi") ~= nil)
end


-- The value URL-decoded again, up to `times` times, until it holds no
-- "%" or stops changing: what an application that decodes once more than
-- needed reads ("x%251B" twice is the escape byte).
function _M.url_decoded(s, times)
    for _ = 1, times do
        if not find(s, "%", 1, true) then
            break
        end
        local d = unescape_uri(s)
        if d == s then
            break
        end
        s = d
    end
    return s
end


-- Records of a delimited export, one of `seps` (";", "|") between its
-- fields ("site;n;day\nA7;4;2025-03-01"): every line holds as many of
-- the separator (one or more) with no blank beside one, three lines or
-- more (a header and two rows at least, so a command glued after a
-- word's ";" on a second line is not one); with two_lines, two lines do
-- when each holds two separators or more. Returns the separator's byte,
-- or false. Its separators are cell borders, as a table's bars are, and
-- a word in a cell names a column. (A value's first 8 KB and 200 lines.)
function _M.delimited_records(s, seps, two_lines)
    if #s > 8192 or not find(s, "\n", 1, true) then
        return false
    end
    for _, sep in ipairs(seps) do
        local want, lines, ok = nil, 0, true
        for line in gmatch(s, "[^\r\n]+") do
            -- (";" and "|" are no magic bytes to a Lua pattern)
            local _, k = gsub(line, sep, "")
            lines = lines + 1
            if k < 1 or (want and k ~= want) or lines > 200
                    or find(line, "%s" .. sep) or find(line, sep .. "%s") then
                ok = false
                break
            end
            want = k
        end
        if ok and (lines >= 3 or (two_lines and lines >= 2 and want >= 2)) then
            return byte(sep)
        end
    end
    return false
end


return _M
