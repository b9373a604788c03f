-- Run by tests/test_35_waf_gates.py in a test-only nginx: edge.waf.match's
-- present(text, list, cache) must answer as plain finds of the list's
-- needles, for every list the detectors registered, whichever way it
-- takes (a scan of the text by the automaton, the needles found in one of
-- the last texts scanned, or plain finds).
-- Texts: the request body's list (the corpus's values, lower-cased by
-- the test) and texts generated from a seed out of the needles
-- themselves, their neighbours (a needle cut short, two run together)
-- and filler, short and long (a long one is scanned). Texts are asked
-- about in groups of more than the cache's slots, in an order that
-- makes texts leave the cache and come back, with and without eager.
-- Answers JSON: checked (answers compared), found (true answers),
-- scanned_long (texts long enough for the scan), disagreements (the
-- first 50).

local cjson = require "cjson.safe"
local match = require "edge.waf.match"

local find = string.find
local sub = string.sub
local char = string.char
local random = math.random
local concat = table.concat

local args = ngx.req.get_uri_args()
math.randomseed(tonumber(args.seed) or 1)
local n = tonumber(args.n) or 0
ngx.req.read_body()
local values = cjson.decode(ngx.req.get_body_data() or "[]") or {}

local lists = match.lists()
local needles = {}
for _, list in ipairs(lists) do
    for _, w in ipairs(list) do
        needles[#needles + 1] = w
    end
end

local FILLER = { " ", "a", "the ", "x", ".", "(", "'", "\n", "é", "0", "--", "<", "/" }
local function generated()
    local parts = {}
    local len = random(1, 3) == 1 and random(20, 60) or random(1, 12)
    for i = 1, len do
        local k = random(4)
        local w = needles[random(#needles)]
        if k == 1 then
            parts[i] = w
        elseif k == 2 then
            parts[i] = sub(w, 1, random(0, #w - 1))      -- cut short
        elseif k == 3 then
            parts[i] = sub(w, random(2, #w + 1))         -- its end only
        else
            parts[i] = FILLER[random(#FILLER)] .. char(random(32, 126))
        end
    end
    return concat(parts)
end

local texts = {}
for _, v in ipairs(values) do
    texts[#texts + 1] = v
end
for _ = 1, n do
    texts[#texts + 1] = generated()
end

local checked, found, scanned_long = 0, 0, 0
local disagreements = {}
local GROUP = 7      -- more than the cache's slots

local function want(text, list)
    for i = 1, #list do
        if find(text, list[i], 1, true) then
            return true
        end
    end
    return false
end

for g = 1, #texts, GROUP do
    local cache = match.new_cache()
    local last = math.min(g + GROUP - 1, #texts)
    for t = g, last do
        if #texts[t] >= match.LONG then
            scanned_long = scanned_long + 1
        end
    end
    for _ = 1, 3 do
        for t = g, last do
            local text = texts[t]
            for k = 1, #lists do
                if random(3) == 1 then
                    local list = lists[k]
                    local got = match.present(text, list, cache, random(2) == 1)
                    local w = want(text, list)
                    checked = checked + 1
                    if w then
                        found = found + 1
                    end
                    if got ~= w and #disagreements < 50 then
                        disagreements[#disagreements + 1] = {
                            text = text, list = list, got = got, want = w }
                    end
                end
            end
        end
    end
end

ngx.header["Content-Type"] = "application/json"
ngx.say(cjson.encode({ checked = checked, found = found, texts = #texts,
                       scanned_long = scanned_long,
                       disagreements = disagreements }))
