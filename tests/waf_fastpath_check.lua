-- Differential check of the WAF's plain-value gate (edge.waf inspect),
-- run by tests/test_35_waf_fastpath.py in a test-only nginx location.
--
-- Every value is inspected twice per place (value, key, name): with the
-- gate (a plain value it clears skips normalization and the detectors)
-- and without it (every value the long way); the rules reported must be
-- the same. Values: the request body's list (the corpus, sent by the
-- test) and `generated` values built here from a fixed seed: words of
-- the detectors' own vocabularies and needles, runs of the gate's
-- alphabet, separators, random case, now and then a byte outside the
-- alphabet or one written in UTF-7, and "soups" of short tokens and
-- keywords that a SQL tokenizer or a shell reads as structure, figures
-- (digits, spaces, + ( ) - .) and bracketed names. Answers
-- JSON: checked (inspections compared), cleared (values the gate lets
-- through), disagreements (the first 50), stale (the tokenizer keeps nothing from
-- the value before).

local cjson = require "cjson.safe"
local waf = require "edge.waf"

local CONF = WAF_FASTPATH_CONF     -- luacheck: globals WAF_FASTPATH_CONF
local w = CONF.routes[ngx.var.arg_route or "unknown"].waf

ngx.req.read_body()
local req = cjson.decode(ngx.req.get_body_data() or "{}") or {}
local values = req.values or {}

-- the vocabulary: every needle and word list the detectors expose
local vocab = {}
for _, name in ipairs({ "protocol", "sqli", "xss", "rce", "code", "path" }) do
    local det = require("edge.waf.detect." .. name)
    for _, list in pairs(det.PLAIN_NEEDLES) do
        for _, word in ipairs(list) do
            vocab[#vocab + 1] = word
        end
    end
    for _, set in ipairs(det.VOCABULARY or {}) do
        for word in pairs(set) do
            vocab[#vocab + 1] = word
        end
    end
end
table.sort(vocab)
-- SQL's own words (statements, logic, comparison, clauses)
local sql = {}
for _, set in ipairs(require("edge.waf.detect.sqli").VOCABULARY) do
    for word in pairs(set) do
        sql[#sql + 1] = word
    end
end
table.sort(sql)

local ALPHABET = "abcdefghijklmnopqrstuvwxyz"
    .. "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,._:+@-"
local SEPARATORS = { " ", ".", ":", "-", "+", "_", ",", "@", "", "  ", "..", "--" }
local OUTSIDE = { "'", "(", ")", "=", ";", "/", "<", ">", "$", "%", "&", "\\",
                  "|", "[", "]", "{", "}", "#", "?", "*", "!", "`", '"', "\n",
                  "\t", "\0", "\195\169", "%2e", "&lt;", "\194\160" }

math.randomseed(tonumber(req.seed) or 1)
local random = math.random

local function run(n)
    local t = {}
    for i = 1, n do
        local k = random(#ALPHABET)
        t[i] = ALPHABET:sub(k, k)
    end
    return table.concat(t)
end

local function flip_case(s)
    return (s:gsub("%a", function(c)
        return random() < 0.5 and c:upper() or c
    end))
end

-- UTF-7 for one ASCII byte: "+" and three base64 digits of its UTF-16
-- unit, "-" ("<" is "+ADw-"): a character outside the alphabet written
-- with characters inside it
local B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

local function utf7(c)
    local u = c:byte()
    local function digit(v)
        return B64:sub(v + 1, v + 1)
    end
    return "+" .. digit(math.floor(u / 1024) % 64) .. digit(math.floor(u / 16) % 64)
        .. digit(u % 16 * 4) .. "-"
end

-- short tokens a tokenizer or a command reader turns into structure
local TOKENS = { "1", "0", "a", "x", "@a", "@@version", "-1", "1.e.1", ".",
                 "..", ":", "::", "--", "+", "2.5" }

local STRUCTURE = { "<", "<", "<", ">", "(", ")", "'", '"', "=", ";", "/", "|",
                    "&", "$", "`" }

local function soup()
    local parts = {}
    local glued = false
    for i = 1, random(2, 7) do
        local r = random()
        local t
        if r < 0.3 then
            t = TOKENS[random(#TOKENS)]
        elseif r < 0.6 then
            t = sql[random(#sql)]
        elseif r < 0.8 then
            t = vocab[random(#vocab)]
        elseif r < 0.9 then
            t = utf7(STRUCTURE[random(#STRUCTURE)])
        else
            t = run(random(1, 4))
        end
        if i > 1 and not glued then
            r = random()
            parts[#parts + 1] = r < 0.6 and " " or r < 0.8 and ""
                or SEPARATORS[random(#SEPARATORS)]
        end
        parts[#parts + 1] = t
        -- an encoded character sticks to the word after it ("+ADw-iframe")
        glued = t:sub(1, 1) == "+" and #t == 5
    end
    return table.concat(parts)
end


-- figures: digits, spaces, signs, parentheses and dots (phone numbers,
-- amounts: the gate's second alphabet), now and then a SQL word, "--",
-- ".." or a byte outside
local FIGURES = { "+", "(", ")", "-", ".", " ", " ", "--", "..", "1", "0", "(0)", "+49",
                  "555", "123-4567", "1)", "((", "))", "-1", "1.5" }

local function figures()
    local parts = {}
    for _ = 1, random(1, 8) do
        local r = random()
        if r < 0.8 then
            parts[#parts + 1] = FIGURES[random(#FIGURES)]
        elseif r < 0.9 then
            parts[#parts + 1] = tostring(random(0, 99999))
        elseif r < 0.95 then
            parts[#parts + 1] = sql[random(#sql)]
        else
            parts[#parts + 1] = OUTSIDE[random(#OUTSIDE)]
        end
    end
    return table.concat(parts)
end


-- an argument name of brackets ("a[b][c]", "tags[]") whose words come
-- from the vocabularies, now and then with a byte outside
local function bracket_name()
    local function word()
        local r = random()
        if r < 0.4 then
            return vocab[random(#vocab)]
        elseif r < 0.6 then
            return sql[random(#sql)]
        elseif r < 0.75 then
            return TOKENS[random(#TOKENS)]
        elseif r < 0.9 then
            return run(random(0, 6))
        end
        return OUTSIDE[random(#OUTSIDE)]
    end
    local parts = { word() }
    for _ = 1, random(1, 4) do
        parts[#parts + 1] = "[" .. word() .. "]"
    end
    return table.concat(parts)
end


local function generated()
    local r0 = random()
    if r0 < 0.15 then
        return figures()
    elseif r0 < 0.25 then
        return bracket_name()
    elseif r0 < 0.5 then
        return soup()
    end
    local parts = {}
    for i = 1, random(1, 6) do
        local r = random()
        local piece
        if r < 0.55 then
            piece = vocab[random(#vocab)]
        elseif r < 0.85 then
            piece = run(random(1, 8))
        elseif r < 0.92 then
            piece = tostring(random(0, 99999))
        elseif r < 0.96 then
            local o = OUTSIDE[random(#OUTSIDE)]
            piece = #o == 1 and utf7(o) or o
        else
            piece = OUTSIDE[random(#OUTSIDE)]
        end
        parts[#parts + 1] = piece
        if i > 1 or random() < 0.2 then
            parts[#parts + 1] = SEPARATORS[random(#SEPARATORS)]
        end
    end
    local s = table.concat(parts)
    if random() < 0.3 then
        s = flip_case(s)
    end
    return s
end

for _ = 1, tonumber(req.generated) or 0 do
    values[#values + 1] = generated()
end

local PLACES = { { "value", "body" }, { "key", "body" }, { "name", "query" } }
local checked, cleared = 0, 0
local bad = {}
for _, value in ipairs(values) do
    if value ~= "" and waf.plain_clean(value) then
        cleared = cleared + 1
    end
    for _, p in ipairs(PLACES) do
        local fast = waf.value_verdict(w, value, p[1], p[2], "field", true)
        local full = waf.value_verdict(w, value, p[1], p[2], "field", false)
        checked = checked + 1
        if fast ~= full and #bad < 50 then
            bad[#bad + 1] = { value = value, where = p[1], fast = fast, full = full }
        end
    end
end

-- the tokenizer's buffers live on the transaction's view: within one
-- transaction, what an earlier value left there must not count
local probe = "@a or 1"
local fresh = waf.value_verdict(w, probe, "value", "body", "field", false)
local wtx = require "edge.waf.tx"
local inspect = require("edge.waf.inspect").inspect
local tx = wtx.new(w, {}, { early = false, gate = false, threshold = 1e9 })
inspect(tx, "a ( b ( c ( d ( e ( f", "value", "body", "field")
local before = tx.hits and #tx.hits or 0
inspect(tx, probe, "value", "body", "field")
local ids = {}
for i = before + 1, tx.hits and #tx.hits or 0 do
    ids[#ids + 1] = tx.hits[i].rule
end
table.sort(ids)
local after = table.concat(ids, ",")

ngx.say(cjson.encode({ checked = checked, cleared = cleared, disagreements = bad,
                       stale = { fresh = fresh, after = after } }))
