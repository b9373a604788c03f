-- Run by tests/test_35_waf_gates.py in a test-only nginx: scans rewritten
-- to stay linear in a value's length must answer as the Lua patterns they
-- replaced, which were square in it:
--   normalize.js_decode (a run of backslashes before an escape folded by
--   one possessive regex) vs "\\+[uU](%x%x%x%x)", "\\+[uU]{(%x+)}" and
--   "\\+[xX](%x%x)", twice;
--   xss.css_uncomment (comments cut by plain finds) vs gsub("/%*.-%*/", "").
-- Strings: the request body's list, and strings generated from a seed
-- out of backslashes, escape letters, hex digits, braces, comment marks
-- and other bytes.
-- Answers JSON: checked, changed (strings a reading changed),
-- disagreements (the first 50).

local cjson = require "cjson.safe"
local normalize = require "edge.waf.normalize"
local xss = require "edge.waf.detect.xss"

local char = string.char
local gsub = string.gsub
local find = string.find
local random = math.random
local concat = table.concat
local utf8 = normalize.utf8

local function from_hex(h)
    return utf8(tonumber(h, 16))
end

local function byte_from_hex(h)
    return char(tonumber(h, 16))
end

local function reference(s)
    if not find(s, "\\", 1, true) then
        return s
    end
    for _ = 1, 2 do
        local d = gsub(s, "\\+[uU](%x%x%x%x)", from_hex)
        d = gsub(d, "\\+[uU]{(%x+)}", from_hex)
        d = gsub(d, "\\+[xX](%x%x)", byte_from_hex)
        if d == s then
            break
        end
        s = d
    end
    return s
end

local args = ngx.req.get_uri_args()
math.randomseed(tonumber(args.seed) or 1)
local n = tonumber(args.n) or 0
ngx.req.read_body()
local values = cjson.decode(ngx.req.get_body_data() or "[]") or {}

local PIECES = { "\\", "\\", "\\\\", "\\\\\\", "u", "U", "x", "X", "{", "}", "0", "4",
                 "1", "a", "F", "c", "g", "z", " ", "5c", "0041", "005c", "75", "7b",
                 "\\u", "\\x", "\\u{", "%", "'", "/*", "*/", "/", "*", "**/", "/**" }
for _ = 1, n do
    local parts = {}
    for k = 1, random(1, 14) do
        parts[k] = PIECES[random(#PIECES)]
    end
    values[#values + 1] = concat(parts)
end

local checked, changed, bad = 0, 0, {}
local function compare(what, s, want, got)
    if want ~= s then
        changed = changed + 1
    end
    if got ~= want and #bad < 50 then
        bad[#bad + 1] = { what = what, s = s, want = want, got = got }
    end
end

for _, s in ipairs(values) do
    checked = checked + 1
    compare("js_decode", s, reference(s), normalize.js_decode(s))
    compare("css_uncomment", s, (gsub(s, "/%*.-%*/", "")), xss.css_uncomment(s))
end
ngx.say(cjson.encode({ checked = checked, changed = changed, disagreements = bad }))
