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
--      can be a hit, and base64 that has to be decoded (a word that
--      spells "." or "/" in hex, 0x2e 0x2f, goes the long way)
--   2. a plain value (plain_clean, below): no rule can report
--   3. a plain path: only OS directories
--   4. words and spaces: SQL, commands, then (with a dot) the rest
--   5. everything else: normalized once (edge.waf.normalize) and given to
--      every detector, then its base64 text if it has one

local registry = require "edge.waf.registry"
local normalize = require "edge.waf.normalize"
local match_mod = require "edge.waf.match"
local re_find = require("edge.waf.re").find

local type = type
local ipairs = ipairs
local pairs = pairs
local error = error
local find = string.find
local lower = string.lower

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
local PLAIN = [=[^[A-Za-z0-9 ,._:+@-]+\z]=]     -- \z: "$" allows a final \n
local BASE64ISH = [=[^[A-Za-z0-9+]+\z]=]
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


local function plain_clean(value)
    if not plain.needles then
        error("waf: compile() has not run", 2)
    end
    if not re_find(value, PLAIN, "jo") or find(value, "  ", 1, true)
            or (#value >= 16 and re_find(value, BASE64ISH, "jo")) then
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


-- Inspection ------------------------------------------------------------------

-- (a number has a digit: ".." alone is not one; "0x2e0x2f" spells dots
-- and slashes in hex, which the path detector reads: not this way)
local FAST = [=[^(?:[A-Za-z0-9-]+|[.+-]*[0-9][0-9.+-]*)\z]=]
local HEX_DOT_SLASH = "0[xX]2[eEfF]"
local PLAIN_PATH = [=[^[A-Za-z0-9/_-]*\z]=]
local WORDY = [=[^[A-Za-z0-9 ,.'-]+\z]=]


local function detectors(tx, v, first, where, name)
    local on, report = tx.on, tx.report
    for i = first, #DETECTORS do
        if DETECTORS[i].detect(v, on, report, where, name) then
            return true
        end
    end
    return false
end


local function normalized(tx, value)
    local v = view(value, tx.view)
    v.single_byte = tx.single_byte
    v.loc = tx.loc
    return v
end


-- Every detector on the normalized value, then on its base64 text.
local function long_way(tx, value, where, name)
    local v = normalized(tx, value)
    if detectors(tx, v, 1, where, name) then
        return true
    end
    local b64 = v.b64
    if b64 then
        return detectors(tx, normalized(tx, b64), 2, where, name)
    end
    return false
end


local function inspect(tx, value, where, loc, name)
    if tx.off or type(value) ~= "string" or value == "" then
        return false
    end
    tx.loc = loc
    tx.name = name
    local on, report = tx.on, tx.report
    -- dots and slashes spelled in hex (0x2e0x2e0x2f) look like a word:
    -- only the path detector's view reads them, so straight the long way
    if find(value, HEX_DOT_SLASH) then
        return long_way(tx, value, where, name)
    end
    -- 1. one short word of letters, digits and dashes, or a number
    if re_find(value, FAST, "jo") then
        if #value <= 32 and (where == "value" or where == "header") then
            local low = lower(value)
            if rce.lone(low, on, report) or sqli.lone(low, on, report) then
                return true
            end
        end
        local b64 = #value >= 16 and normalize.base64_text(value)
        if b64 then
            return detectors(tx, normalized(tx, b64), 2, where, name)
        end
        return false
    end
    -- 2. plain
    if tx.gate and PLAIN_WHERE[where] and plain_clean(value) then
        return false
    end
    -- 3. a plain path (no dot, no special character): only OS directories
    if where == "path" and re_find(value, PLAIN_PATH, "jo") then
        return path.plain_path(value, on, report)
    end
    -- 4. words, spaces and . , ' - only (names, short prose): no markup,
    -- no separator, no URL, no control byte can be there; SQL, commands
    -- at the start, dotted class names and hidden files still can
    if #value <= 128 and re_find(value, WORDY, "jo") then
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
    -- 5. the long way
    return long_way(tx, value, where, name)
end
_M.inspect = inspect


return _M
