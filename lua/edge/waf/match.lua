-- Cheap matching helpers shared by the detectors.
--
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

local ngx_re = ngx.re
local re_find = ngx_re.find

local find = string.find
local byte = string.byte
local sub = string.sub
local ipairs = ipairs


local _M = { _VERSION = "0.1" }


local function present(text, needles)
    for i = 1, #needles do
        if find(text, needles[i], 1, true) then
            return true
        end
    end
    return false
end
_M.present = present


function _M.run(checks, text, on, report)
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
