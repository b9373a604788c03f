-- Run by tests/test_35_waf_gates.py in a test-only nginx: the byte-table
-- readings of two regexes must answer as the regexes do on every string.
--   xss.dom_gate(s)        vs re.find(s, xss.DOM_GATE, "jo") ~= nil
--   rce.next_sep(s, i)     vs re.find(s, rce.SEP, "jo", { pos = i }),
--                          from the start, after each separator found
--                          and from two random bytes
--   protocol.maybe_session(s)  vs "sess" or "sid" in lower(s), or lower(s)
--                          starting with "cf" (the plain finds it replaced)
-- Strings: the request body's list (the corpus's values, sent by the
-- test), and strings generated from a seed out of the pieces that decide
-- (the DOM names, near-names, names then spaces and a byte that may
-- follow, word bytes, PCRE's \s bytes, the bytes that
-- may follow a name, separators, backslash escapes, bytes >= 0x80).
-- Answers JSON: checked, dom_hits (strings the regex matched),
-- sep_hits (starts with a separator found), session_hits (strings the
-- finds took for a session name), disagreements (the first 50).

local cjson = require "cjson.safe"
local xss = require "edge.waf.detect.xss"
local rce = require "edge.waf.detect.rce"
local protocol = require "edge.waf.detect.protocol"
local re_find = require("edge.waf.re").find

local char = string.char
local find = string.find
local lower = string.lower
local byte = string.byte
local random = math.random
local concat = table.concat

local args = ngx.req.get_uri_args()
math.randomseed(tonumber(args.seed) or 1)
local n = tonumber(args.n) or 0
ngx.req.read_body()
local values = cjson.decode(ngx.req.get_body_data() or "[]") or {}

local NAMES = { "document", "window", "self", "top", "parent", "frames",
                "globalthis", "content", "alert", "prompt", "confirm", "eval",
                "settimeout", "setinterval", "execscript", "atob", "btoa",
                "importscripts", "function", "fromcharcode", "location",
                "import", "innerhtml", "outerhtml", "getscript", "unescape" }
local PIECES = {
    function() return NAMES[random(#NAMES)] end,
    function() return NAMES[random(#NAMES)] .. char(random(97, 122)) end,
    function() return char(random(97, 122)) .. NAMES[random(#NAMES)] end,
    function() return "_" .. NAMES[random(#NAMES)] end,
    function() return NAMES[random(#NAMES)] .. random(0, 9) end,
    function() return string.upper(NAMES[random(#NAMES)]) end,
    function() return ({ " ", "\t", "\n", "\v", "\f", "\r", "  ", "\0" })[random(8)] end,
    function() return ({ ".", "[", "(", "=", ")", "`", ";", "," })[random(8)] end,
    function() return ({ ":", "-", "'", "\"", "{", "/", "<", "$" })[random(8)] end,
    function() return ({ "|", "&", "\\n", "\\r", "\\", "\\\\n", "\\t" })[random(7)] end,
    function()
        return NAMES[random(#NAMES)] .. ({ "", " ", "\t", "\v", "  ", "\r\n" })[random(6)]
            .. ({ ".", "[", "(", "=", ")", "`", ";", ",", ":", "-" })[random(10)]
    end,
    function() return char(random(0x80, 0xff)) end,
    function() return char(random(0, 255)) end,
    function() return ({ "the", "a", "stop", "topped", "x1", "_" })[random(6)] end,
    function()
        return ({ "sess", "SeSs", "sid", "SID", "sId", "cf", "CF", "cF", "s", "S",
                  "i", "d", "e", "se", "si", "c", "f", "\83", "\115" })[random(19)]
    end,
}

local function generated()
    local parts = {}
    for i = 1, random(1, 12) do
        parts[i] = PIECES[random(#PIECES)]()
    end
    return concat(parts)
end

local checked, dom_hits, sep_hits, session_hits = 0, 0, 0, 0
local disagreements = {}

local function check(s)
    checked = checked + 1
    local want = re_find(s, xss.DOM_GATE, "jo") ~= nil
    if want then
        dom_hits = dom_hits + 1
    end
    if xss.dom_gate(s) ~= want then
        if #disagreements < 50 then
            disagreements[#disagreements + 1] = { what = "dom_gate", value = s,
                                                  regex = want }
        end
    end
    local l = lower(s)
    local session = (find(l, "sess", 1, true) or find(l, "sid", 1, true)
                     or (byte(l, 1) == 99 and byte(l, 2) == 102)) and true or false
    if session then
        session_hits = session_hits + 1
    end
    if protocol.maybe_session(s) ~= session and #disagreements < 50 then
        disagreements[#disagreements + 1] = { what = "maybe_session", value = s,
                                              finds = session }
    end
    -- from the start, from after each separator found (as rce's loop
    -- reads), and from a few other bytes
    local ctx = {}
    local starts = { 1, #s + 1, random(1, #s + 1), random(1, #s + 1) }
    local k = 1
    while k <= #starts do
        local i = starts[k]
        local chained = k == 1 or k > 4
        k = k + 1
        ctx.pos = i
        local b, e = re_find(s, rce.SEP, "jo", ctx)
        local b2, e2 = rce.next_sep(s, i)
        if b then
            sep_hits = sep_hits + 1
            if chained and #starts < 200 then
                starts[#starts + 1] = e + 1
            end
        end
        if b ~= b2 or e ~= e2 then
            if #disagreements < 50 then
                disagreements[#disagreements + 1] = {
                    what = "next_sep", value = s, pos = i,
                    regex = { b or false, e or false },
                    got = { b2 or false, e2 or false } }
            end
            break
        end
    end
end

for _, s in ipairs(values) do
    check(s)
end
for _ = 1, n do
    check(generated())
end

ngx.say(cjson.encode({ checked = checked, dom_hits = dom_hits,
                       sep_hits = sep_hits, session_hits = session_hits,
                       disagreements = disagreements }))
