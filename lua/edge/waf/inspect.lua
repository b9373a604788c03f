-- One value through the detectors: inspect(tx, value, where, loc, name).
--
--   where  what the value is: path, name (argument name), value, key
--          (JSON key), header, filename
--   loc    where in the request it came from (audit and exclusions):
--          path, query, body, cookie, header, filename
--   name   the argument, key, cookie or header name it belongs to
-- Returns true when the transaction has seen enough (blocking score).
--
-- Cheapest way first:
--   1. one short word or a number: only a lone command or catalog name
--      (or a metadata service's address) can be a hit, and base64 that
--      has to be decoded (a word that spells "." or "/" in hex, 0x2e
--      0x2f, goes the long way)
--   2. a plain value (plain_clean, below), or digits with spaces and
--      + ( ) - . only (a phone number, an amount), or an argument name
--      of brackets whose words read as a plain value: no rule can report
--   3. a plain path: only OS directories
--   4. words and spaces: SQL, commands, then (with a dot) the rest
--   5. everything else: normalized once (edge.waf.normalize) and given to
--      every detector, then its base64 text if it has one; a value that
--      is a JSON document, its keys and strings each as a value too

local registry = require "edge.waf.registry"
local normalize = require "edge.waf.normalize"
local match_mod = require "edge.waf.match"
local parse = require "edge.waf.parse"

local ffi = require "ffi"
local new_tab = require "table.new"
local band = bit.band
local bor = bit.bor

local type = type
local ipairs = ipairs
local pairs = pairs
local error = error
local find = string.find
local lower = string.lower
local byte = string.byte
local gsub = string.gsub
local re_find = require("edge.waf.re").find

local DETECTORS = registry.DETECTORS
local view = normalize.view
local sqli, xss, rce, code, path = DETECTORS[2], DETECTORS[3],
    DETECTORS[4], DETECTORS[5], DETECTORS[6]


local _M = { _VERSION = "0.1" }


-- Plain values --------------------------------------------------------------
--
-- Most values are words, numbers, dates, e-mail addresses and the like.
-- A value of letters, digits, spaces and , . _ : + @ - only, with no
-- double space, is left as it is by every normalization step (no %, &,
-- \, control, NUL or non-ASCII byte; compact has nothing to fold), and
-- each detector's rule records say what such a value (lower case) must
-- contain for one of them to report: PLAIN_NEEDLES (derived from the
-- records' needles by edge.waf.rules; all looked for in one pass of one
-- automaton) and plain_maybe(low) for what is not a substring (a word
-- token, the first word, a URL at the start). A value with none of them is clean: no
-- normalization, no detector runs. Values that could be base64 (16 bytes
-- or more of letters, digits and +) are decoded and inspected the long
-- way. tests/test_35_waf_fastpath.py runs both ways over generated and
-- corpus values and requires the same verdicts.
--
-- What alphabet a value is written in decides its way (below); one pass
-- over its bytes (classes()) answers for every alphabet at once, where a
-- regex per alphabet cost an FFI call and a PCRE run each (~500
-- instructions before the first byte).
local C_WORD = 1      -- [A-Za-z0-9-]: one word (FAST)
local C_NUM = 2       -- [0-9.+-]: a number, with a digit (FAST)
local C_PLAIN = 4     -- [A-Za-z0-9 ,._:+@-]: the plain gate
local C_B64 = 8       -- [A-Za-z0-9+]: could be base64
local C_PPATH = 16    -- [A-Za-z0-9/_-]: a plain path
local C_WORDY = 32    -- [A-Za-z0-9 ,.'-]: words and spaces
local C_DIGIT = 64
local C_X = 128       -- it has an x or X (seen, like C_DIGIT)
local C_FIGURES = 256 -- [0-9 +().-]: a phone number, an amount (the gate)
local C_ALL = 127 + C_FIGURES
local C_ARG_WORD = 512 -- [A-Za-z0-9_.-]: a word of a bracketed name (not in
                       -- C_ALL: such a name's brackets are in no alphabet)
local CLASS = ffi.new("uint16_t[256]")
do
    local function add(chars, bits)
        for i = 1, #chars do
            local b = byte(chars, i)
            CLASS[b] = bor(CLASS[b], bits)
        end
    end
    local letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
    add(letters, C_WORD + C_PLAIN + C_B64 + C_PPATH + C_WORDY)
    add("0123456789", C_WORD + C_NUM + C_PLAIN + C_B64 + C_PPATH + C_WORDY + C_DIGIT)
    add("-", C_WORD + C_NUM + C_PLAIN + C_PPATH + C_WORDY)
    add(".", C_NUM + C_PLAIN + C_WORDY)
    add("+", C_NUM + C_PLAIN + C_B64)
    add(" ,", C_PLAIN + C_WORDY)
    add("_", C_PLAIN + C_PPATH)
    add(":@", C_PLAIN)
    add("/", C_PPATH)
    add("'", C_WORDY)
    add("xX", C_X)
    add("0123456789 +().-", C_FIGURES)
    add(letters .. "0123456789_.-", C_ARG_WORD)
end
local uint8_ptr = ffi.typeof("const uint8_t *")


-- The alphabets every byte of the value is in (C_* bits; C_DIGIT: it has
-- a digit; C_X: an x or X). Stops at the first byte outside all of them
-- (0: nothing said about digits and x).
local function classes(value)
    local p = ffi.cast(uint8_ptr, value)
    local all, seen = C_ALL, 0
    for i = 0, #value - 1 do
        local c = CLASS[p[i]]
        all = band(all, c)
        if all == 0 then
            return 0
        end
        seen = bor(seen, c)
    end
    return bor(band(all, C_ALL - C_DIGIT), band(seen, C_DIGIT + C_X))
end
_M.classes = classes
local PLAIN_WHERE = { value = true, key = true, name = true }

-- Built once by build_plain() at init (master), read-only afterwards.
local plain = { needles = nil, checks = {} }


-- After the config is known (path's restricted extensions are needles).
function _M.build_plain()
    local lists, checks = {}, {}
    for _, det in ipairs(DETECTORS) do
        for _, list in pairs(det.PLAIN_NEEDLES) do
            lists[#lists + 1] = list
        end
        if det.plain_maybe then
            checks[#checks + 1] = det.plain_maybe
        end
    end
    plain.needles = match_mod.any_of(lists)
    plain.checks = checks
end


-- cls: classes(value), when the caller has it
local function plain_clean(value, cls)
    if not plain.needles then
        error("waf: compile() has not run", 2)
    end
    cls = cls or classes(value)
    if value == "" or band(cls, C_PLAIN) == 0 or find(value, "  ", 1, true)
            or (#value >= 16 and band(cls, C_B64) ~= 0) then
        return false
    end
    local low = lower(value)
    if match_mod.any(plain.needles, low) then
        return false
    end
    local checks = plain.checks
    for i = 1, #checks do
        if checks[i](low) then
            return false
        end
    end
    return true
end
_M.plain_clean = plain_clean


-- Digits with spaces, signs, parentheses and dots only, no "--" (a SQL
-- comment), no ".." and no "(" after a ")" (an LDAP filter's ")(").
local function figures(value, cls)
    if band(cls, C_FIGURES) == 0 or band(cls, C_DIGIT) == 0
            or find(value, "--", 1, true) or find(value, "..", 1, true) then
        return false
    end
    local close = find(value, ")", 1, true)
    return not (close and find(value, "(", close, true))
end


-- An argument name as Rails, PHP and Node's qs write arrays and objects
-- ("checkout[client_details][browser_height]", "tags[]"): words of
-- letters, digits and _ . - in brackets after the first. Its words, one
-- space apart, as one text: what the plain gate reads ("constructor
-- prototype x" still holds a needle; "q[$ne]" is no such name).
local BRACKETS = { ["["] = " ", ["]"] = "" }


local function bracket_words(value)
    local p = ffi.cast(uint8_ptr, value)
    local n = #value
    local i = 0
    while i < n and band(CLASS[p[i]], C_ARG_WORD) ~= 0 do
        i = i + 1
    end
    if i == 0 or i == n then
        return nil
    end
    while i < n do
        if p[i] ~= 91 then                  -- "["
            return nil
        end
        i = i + 1
        while i < n and band(CLASS[p[i]], C_ARG_WORD) ~= 0 do
            i = i + 1
        end
        if i == n or p[i] ~= 93 then        -- "]"
            return nil
        end
        i = i + 1
    end
    return (gsub(value, "[%[%]]", BRACKETS))
end


-- Inspection ------------------------------------------------------------------

-- (a number has a digit: ".." alone is not one; "0x2e0x2f" spells dots
-- and slashes in hex, which the path detector reads: not this way)
-- (FAST: every byte in C_WORD, or every byte in C_NUM with a digit)

-- "0x2e", "0X2F"...: plain finds (a Lua pattern with sets costs ~80
-- instructions a byte, and every value goes through here)
local HEX_END = { [101] = true, [69] = true, [102] = true, [70] = true }  -- e E f F


local function hex_after(value, lead)
    local i = find(value, lead, 1, true)
    while i do
        if HEX_END[byte(value, i + 3)] then
            return true
        end
        i = find(value, lead, i + 1, true)
    end
    return false
end


local function hex_dot_slash(value)
    return hex_after(value, "0x2") or hex_after(value, "0X2")
end




local function detectors(tx, v, first, where, name)
    local on, report = tx.on, tx.report
    for i = first, #DETECTORS do
        if DETECTORS[i].detect(v, on, report, where, name) then
            return true
        end
    end
    return false
end


-- A view holds ~20 fields (edge.waf.normalize's and the detectors'
-- buffers, edge.waf.rules): made at that size, not grown field by field
-- (five rehashes, a fifth of a short value's inspection).
local VIEW_FIELDS = 32


local function normalized(tx, value)
    local into = tx.view
    if not into then
        into = new_tab(0, VIEW_FIELDS)
        tx.view = into
    end
    local v = view(value, into)
    v.single_byte = tx.single_byte
    v.loc = tx.loc
    return v
end


-- A quote and a SQL word glued to "+" signs ("x'+or+'a'='a"): a form's
-- encoded spaces, read as blanks by an application that decodes the
-- value as a form once more; no text glues a quote and OR with them.
local RE_PLUS_SPACED = [=[['"`]\+(?:or|and|xor|union|having|order|group|select)\+]=]


-- Every detector on the normalized value, then on its base64 text, then
-- (RE_PLUS_SPACED) the SQL detector on the text with each "+" a blank;
-- false and the decoded value when none reports.
local function long_way(tx, value, where, name)
    local v = normalized(tx, value)
    local dec = v.dec
    if detectors(tx, v, 1, where, name) then
        return true
    end
    local b64 = v.b64
    if b64 and detectors(tx, normalized(tx, b64), 2, where, name) then
        return true
    end
    local text = dec or value
    if find(text, "+", 1, true) and re_find(text, RE_PLUS_SPACED, "joi")
            and sqli.detect(normalized(tx, (gsub(text, "%+", " "))), tx.on, tx.report,
                            where, name) then
        return true
    end
    return false, dec
end


-- A value that is itself a JSON document ('{"id": "7", "q": "..."}' in a
-- query argument, a filter parameter, a JSON string that holds JSON): the
-- application decodes it and uses its members, so each string is a
-- value of its own, as in a JSON body (edge.waf.collect; its keys, a
-- query language's operators among them, were read with the whole). At most
-- JSON_MAX items, JSON_DEPTH deep, JSON_MAX_BYTES long; a document inside
-- one of its strings is not opened again.
local JSON_MAX, JSON_DEPTH, JSON_MAX_BYTES = 16, 8, 4096
local inspect

local function json_inside(tx, value, loc, name)
    if tx.in_json or #value > JSON_MAX_BYTES or not find(value, "^%s*[%[{]")
            or not find(value, "[%]}]%s*$") then
        return false
    end
    local items = {}
    local n = parse.json(value, parse.json_decoder(JSON_DEPTH), JSON_MAX,
                         function(kind, _, s)
                             if kind == "value" then
                                 items[#items + 1] = s
                             end
                         end)
    if not n then
        return false
    end
    tx.in_json = true
    for i = 1, #items do
        if inspect(tx, items[i], "value", loc, name) then
            tx.in_json = nil
            return true
        end
    end
    tx.in_json = nil
    return false
end


inspect = function(tx, value, where, loc, name)
    if tx.off or type(value) ~= "string" or value == "" then
        return false
    end
    tx.loc = loc
    tx.name = name
    local on, report = tx.on, tx.report
    -- dots and slashes spelled in hex (0x2e0x2e0x2f) look like a word:
    -- only the path detector's view reads them, so straight the long way
    -- (looked for only when the value has an x, or a byte classes() does
    -- not read to the end)
    local cls = classes(value)
    if (cls == 0 or band(cls, C_X) ~= 0) and hex_dot_slash(value) then
        return long_way(tx, value, where, name)
    end
    -- 1. one short word of letters, digits and dashes, or a number
    if band(cls, C_WORD) ~= 0
            or (band(cls, C_NUM) ~= 0 and band(cls, C_DIGIT) ~= 0) then
        if #value <= 32 and (where == "value" or where == "header") then
            local low = lower(value)
            if rce.lone(low, on, report) or sqli.lone(low, on, report)
                    or (where == "value" and path.lone(low, on, report)) then
                return true
            end
        end
        if #value >= 16 and code.lone(value, on, report) then
            return true
        end
        if #value >= 14 and byte(value, 1) == 48 and (where == "value" or where == "header")
                and sqli.hex_word(lower(value), on, report) then
            return true
        end
        local b64 = #value >= 16 and normalize.base64_text(value)
        if b64 then
            return detectors(tx, normalized(tx, b64), 2, where, name)
        end
        return false
    end
    -- 2. plain, or figures: digits with spaces, signs, parentheses and
    -- dots ("+1 (555) 123-4567", "(0)30 1234.56"); no rule reports one
    -- (tests/test_35_waf_fastpath.py: the long way agrees) but a SQL
    -- comment ("1) --") and ".." go the long way
    if tx.gate and PLAIN_WHERE[where] and (figures(value, cls) or plain_clean(value, cls)) then
        return false
    end
    if tx.gate and where == "name" and cls == 0 then
        local words = bracket_words(value)
        if words and plain_clean(words) then
            return false
        end
    end
    -- 3. a plain path (no dot, no special character): only OS directories
    if where == "path" and band(cls, C_PPATH) ~= 0 then
        return path.plain_path(value, on, report)
    end
    -- 4. words, spaces and . , ' - only (names, short prose): no markup,
    -- no separator, no URL, no control byte can be there; SQL, commands
    -- at the start, dotted class names and hidden files still can
    if #value <= 128 and band(cls, C_WORDY) ~= 0 then
        local v = normalized(tx, value)
        if sqli.detect(v, on, report, where, name)
                or rce.detect(v, on, report, where, name) then
            return true
        end
        return find(value, ".", 1, true)
            and (code.detect(v, on, report, where, name)
                 or xss.detect(v, on, report, where, name)
                 or path.detect(v, on, report, where, name)) or false
    end
    -- 5. the long way (then a JSON document's strings, once decoded)
    local hit, dec = long_way(tx, value, where, name)
    return hit or json_inside(tx, dec or value, loc, name)
end
_M.inspect = inspect


return _M
