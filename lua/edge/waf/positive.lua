-- The positive model: what a route's arguments and path parameters may
-- hold (config routes.*.waf.args and .path), checked before detection.
-- Refusals are 400 "invalid-parameter" with the same details the services
-- give, or 404 when the path does not match the route's pattern.
--
--   check_value(rule, value) -> ok
--   args(w, args) -> nil | detail      (w: the route's compiled plan)
--   path(w, uri) -> nil | status, detail

local re = require "edge.waf.re"

-- (patterns kept compiled; ngx.re's failure semantics: nil, no raise)
local re_find = re.find_soft
local re_match = re.match_soft

local type = type
local pairs = pairs
local tonumber = tonumber
local find = string.find
local gsub = string.gsub
local byte = string.byte


local _M = { _VERSION = "0.1" }


-- "^%-?%d+$" by bytes (a pattern with a set leaves the JIT trace)
local function integer(value)
    local n = #value
    local i = byte(value, 1) == 45 and 2 or 1       -- "-"
    if i > n then
        return false
    end
    for j = i, n do
        local c = byte(value, j)
        if c < 48 or c > 57 then
            return false
        end
    end
    return true
end


local function check_value(rule, value)
    if type(value) ~= "string" then
        return false
    end
    local t = rule.type
    if t == "integer" then
        if not integer(value) or #value > 18 then
            return false
        end
        local n = tonumber(value)
        if (rule.min and n < rule.min) or (rule.max and n > rule.max) then
            return false
        end
    elseif t == "number" then
        if not find(value, "^%-?%d+%.?%d*$") and not find(value, "^%-?%.%d+$") then
            return false
        end
        local n = tonumber(value)
        if not n or (rule.min and n < rule.min) or (rule.max and n > rule.max) then
            return false
        end
    elseif t == "boolean" then
        if value ~= "true" and value ~= "false" and value ~= "1" and value ~= "0" then
            return false
        end
    end
    -- lengths count characters (UTF-8), as the services do
    if rule.min_length or rule.max_length then
        local len = #value
        for i = 1, len do
            if byte(value, i) >= 128 then
                local _, cont = gsub(value, "[\128-\191]", "")
                len = len - cont
                break
            end
        end
        if (rule.min_length and len < rule.min_length)
                or (rule.max_length and len > rule.max_length) then
            return false
        end
    end
    if rule.enum and not rule.enum[value] then
        return false
    end
    if rule.pattern and not re_find(value, rule.pattern, "jo") then
        return false
    end
    return true
end
_M.check_value = check_value


function _M.args(w, args)
    local rules = w.args
    for name, value in pairs(args) do
        local rule = rules[name]
        if rule then
            if type(value) == "table" then
                if not rule.repeated then
                    return name .. " must be given at most once"
                end
                for i = 1, #value do
                    if not check_value(rule, value[i]) then
                        return rule.detail
                    end
                end
            elseif not check_value(rule, value) then
                return rule.detail
            end
        elseif w.unknown_args == "reject" then
            return w.unknown_detail
        end
    end
    local req = w.required
    for i = 1, #req do
        if args[req[i]] == nil then
            return req[i] .. " is required"
        end
    end
    return nil
end


function _M.path(w, uri)
    local p = w.path
    if not p then
        return nil
    end
    local m = re_match(uri, p.pattern, "jo")
    if not m then
        return 404, "no route matches this path"
    end
    for name, rule in pairs(p.params) do
        local value = m[name]
        if value and value ~= false then
            if not check_value(rule, value) then
                return 400, rule.detail
            end
        elseif rule.required then
            return 400, name .. " is required"
        end
    end
    return nil
end


return _M
