-- Run by tests/test_35_waf_fastpath.py in a test-only nginx: utf8_state
-- (PCRE's strict UTF-8 check first) must give utf8_scan's verdict on every
-- string. Strings are generated from a seed: ASCII, strict multi-byte
-- forms, and the forms the two judge differently or that are broken
-- (surrogates, overlongs, code points above U+10FFFF, truncated sequences,
-- stray continuation bytes, bytes that never start one).
local cjson = require "cjson.safe"
local protocol = require "edge.waf.detect.protocol"

local char = string.char
local random = math.random
local concat = table.concat

local args = ngx.req.get_uri_args()
math.randomseed(tonumber(args.seed) or 1)
local n = tonumber(args.n) or 10000

local PIECES = {
    function() return char(random(0x20, 0x7e)) end,
    function() return char(random(0xc2, 0xdf), random(0x80, 0xbf)) end,
    function() return char(0xe0, random(0xa0, 0xbf), random(0x80, 0xbf)) end,
    function() return char(random(0xe1, 0xef), random(0x80, 0xbf),
                           random(0x80, 0xbf)) end,
    function() return char(0xed, random(0xa0, 0xbf), random(0x80, 0xbf)) end,
    function() return char(random(0xf0, 0xf4), random(0x80, 0xbf),
                           random(0x80, 0xbf), random(0x80, 0xbf)) end,
    function() return char(random(0xc0, 0xc1), random(0x80, 0xbf)) end,
    function() return char(0xe0, random(0x80, 0x9f), random(0x80, 0xbf)) end,
    function() return char(random(0x80, 0xbf)) end,
    function() return char(random(0xf5, 0xff)) end,
    function() return char(random(0xc2, 0xf4)) end,
}

local bad, verdicts = {}, {}
for _ = 1, n do
    local parts = {}
    -- mostly clean strings, so the fast path is taken often
    local kinds = random() < 0.5 and 4 or #PIECES
    for j = 1, random(1, 12) do
        parts[j] = PIECES[random(1, kinds)]()
    end
    local s = concat(parts)
    local fast, walk = protocol.utf8_state(s), protocol.utf8_scan(s)
    local key = tostring(walk)
    verdicts[key] = (verdicts[key] or 0) + 1
    if fast ~= walk and #bad < 20 then
        bad[#bad + 1] = { hex = s:gsub(".", function(c)
            return string.format("%02x", c:byte()) end),
            fast = tostring(fast), walk = key }
    end
end
local strict = 0
for _ = 1, n do
    local s = PIECES[random(2, 4)]() .. PIECES[random(1, 4)]()
    if ngx.re.find(s, "", "jou") then
        strict = strict + 1
    end
end
ngx.say(cjson.encode({ checked = n, verdicts = verdicts, strict = strict,
                       disagreements = bad }))
