-- The positive model: what a route's arguments, path parameters and JSON
-- body may hold, checked before detection. Two sources, one set of rules:
-- the route's own waf.args and waf.path, or the service's OpenAPI
-- document (waf.positive = "openapi", compiled by edge.waf.openapi into
-- w.api). Refusals are 400 "invalid-parameter" (or "invalid-body") with
-- the same details the services give, 404 when no path matches, 405 when
-- the path has no operation for the method.
--
--   rule(name, r) -> compiled rule     (at init: r as in waf.args.*)
--   check_value(rule, value) -> ok
--   args(w, args) -> nil | detail      (w: a route's plan, or an operation)
--   path(w, uri) -> nil | status, detail
--   operation(api, uri, method) -> op | nil, status, detail, headers
--   body(node, value) -> nil | detail  (node: an operation's body schema)

local re = require "edge.waf.re"

-- (patterns kept compiled; ngx.re's failure semantics: nil, no raise)
local re_find = re.find_soft
local re_match = re.match_soft

local type = type
local pairs = pairs
local ipairs = ipairs
local next = next
local tonumber = tonumber
local tostring = tostring
local find = string.find
local gsub = string.gsub
local byte = string.byte
local sub = string.sub
local match = string.match
local fmt = string.format
local sort = table.sort
local concat = table.concat


local _M = { _VERSION = "0.1" }


-- Compiling (at init) -----------------------------------------------------------

-- A pattern's final "$" made "\z": PCRE's $ also matches before a final
-- newline, so "^[a-z]+$" would let "abc\n" through a positive rule (and
-- JSON Schema's $, ECMA-262's, does not).
local function end_anchored(p)
    if not p or sub(p, -1) ~= "$" then
        return p
    end
    local slashes = #match(p, "(\\*)%$$")
    if slashes % 2 == 1 then
        return p        -- an escaped dollar: a literal "$"
    end
    return sub(p, 1, -2) .. "\\z"
end
_M.end_anchored = end_anchored


local function describe(name, r)
    if r.type == "integer" or r.type == "number" then
        local kind = r.type == "integer" and "an integer" or "a number"
        if r.min and r.max then
            return fmt("%s must be %s between %s and %s", name, kind,
                       tostring(r.min), tostring(r.max))
        end
        return name .. " must be " .. kind
    elseif r.type == "boolean" then
        return name .. " must be true or false"
    end
    if r.enum then
        return name .. " must be one of the allowed values"
    end
    if r.min_length or r.max_length then
        return fmt("%s must be %d to %s characters", name, r.min_length or 0,
                   tostring(r.max_length or "any"))
    end
    return name .. " has an invalid format"
end


local function set_of(list)
    if not list then
        return nil
    end
    local set = {}
    for _, v in ipairs(list) do
        set[v] = true
    end
    return set
end


-- The read-only rule checked per request, from a validated rule (waf.args
-- fields; edge.waf.openapi makes the same from a parameter's schema, plus
-- `forbidden`, values a `not: {enum}` excludes).
function _M.rule(name, r)
    return {
        type = r.type, min = r.min, max = r.max, min_length = r.min_length,
        max_length = r.max_length, pattern = end_anchored(r.pattern),
        enum = set_of(r.enum), forbidden = set_of(r.forbidden),
        required = r.required, repeated = r.repeated,
        detail = describe(name, r),
    }
end


-- The query-argument part of a plan (a route's, or an operation's): rules
-- by name (waf.args fields), the required ones, the unknown-argument
-- policy and its detail.
function _M.args_plan(plan, rules, unknown)
    local args, required, names = {}, {}, {}
    for name, r in pairs(rules) do
        args[name] = _M.rule(name, r)
        if r.required then
            required[#required + 1] = name
        end
        names[#names + 1] = name
    end
    sort(required)
    sort(names)
    plan.args, plan.required, plan.unknown_args = args, required, unknown
    if unknown == "reject" then
        plan.unknown_detail = #names > 0
            and "only these query parameters are allowed: "
                .. concat(names, ", ")
            or "no query parameters are allowed here"
    end
    -- anything for args() to check (else it is not called)
    plan.positive_args = #names > 0 or unknown == "reject"
    return plan
end


-- Checking (per request) --------------------------------------------------------


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



-- A string's length in characters (UTF-8: continuation bytes not
-- counted), as the services count it; bytes when it is all ASCII.
local function char_length(value)
    local len = #value
    for i = 1, len do
        if byte(value, i) >= 128 then
            local _, cont = gsub(value, "[\128-\191]", "")
            return len - cont
        end
    end
    return len
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
        local len = char_length(value)
        if (rule.min_length and len < rule.min_length)
                or (rule.max_length and len > rule.max_length) then
            return false
        end
    end
    if rule.enum and not rule.enum[value] then
        return false
    end
    if rule.forbidden and rule.forbidden[value] then
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


-- The document's operation for this path and method (w.api: exact paths in
-- a table, templated ones as anchored regexes with numbered captures, in
-- edge.waf.openapi's order); path parameters are checked on the way.
function _M.operation(api, uri, method)
    local t = api.exact[uri]
    if not t then
        local templates = api.templates
        local m
        for i = 1, #templates do
            m = re_match(uri, templates[i].pattern, "jo")
            if m then
                t = templates[i]
                break
            end
        end
        if not t then
            return nil, 404, "no route matches this path"
        end
        local params = t.params
        for i = 1, #params do
            if not check_value(params[i], m[i]) then
                return nil, 400, params[i].detail
            end
        end
    end
    local op = t.ops[method]
    if not op then
        return nil, 405, "method " .. method .. " is not allowed here; "
            .. "allowed: " .. t.allow, t.allow_headers
    end
    return op
end


-- JSON body --------------------------------------------------------------------

-- A decoded JSON value (lua-cjson: objects and arrays are both tables, an
-- empty one is either) against a compiled schema node (edge.waf.openapi):
-- nil when it fits, else a detail naming the place ("body.note: ...").
local function json_kind(v)
    local t = type(v)
    if t == "table" then
        local k = next(v)
        if k == nil then
            return "empty"
        end
        return type(k) == "number" and "array" or "object"
    elseif t == "string" then
        return "string"
    elseif t == "number" then
        return "number"
    elseif t == "boolean" then
        return "boolean"
    end
    return "null"
end


local function check_json(node, v, where)
    local kind = json_kind(v)
    local want = node.type
    if want then
        local ok = want == kind
            or (kind == "empty" and (want == "object" or want == "array"))
            or (want == "number" and kind == "number")
            or (want == "integer" and kind == "number" and v % 1 == 0)
        if not ok then
            return where .. ": must be " .. node.type_detail
        end
    end
    if node.enum and not node.enum[v] then
        return where .. ": must be one of the allowed values"
    end
    if kind == "string" then
        if node.min_length or node.max_length then
            local len = char_length(v)
            if (node.min_length and len < node.min_length)
                    or (node.max_length and len > node.max_length) then
                return where .. ": must be " .. node.length_detail
            end
        end
        if node.pattern and not re_find(v, node.pattern, "jo") then
            return where .. ": has an invalid format"
        end
    elseif kind == "number" then
        if (node.min and v < node.min) or (node.max and v > node.max) then
            return where .. ": must be " .. node.range_detail
        end
    elseif kind == "object" or kind == "empty" then
        local props = node.properties
        if props then
            local n = 0
            for k, value in pairs(v) do
                n = n + 1
                local p = props[k]
                if p then
                    local d = check_json(p, value, where .. "." .. k)
                    if d then
                        return d
                    end
                elseif node.closed then
                    return where .. ": only " .. node.names
                        .. (node.single and " is" or " are") .. " allowed"
                end
            end
            if (node.min_props and n < node.min_props)
                    or (node.max_props and n > node.max_props) then
                return where .. ": must have " .. node.count_detail
                    .. " properties"
            end
        end
        local req = node.required
        if req then
            for i = 1, #req do
                if v[req[i]] == nil then
                    return where .. "." .. req[i] .. ": is required"
                end
            end
        end
    end
    if kind == "array" or kind == "empty" then
        local n = #v
        if (node.min_items and n < node.min_items)
                or (node.max_items and n > node.max_items) then
            return where .. ": must have " .. node.count_detail .. " items"
        end
        local items = node.items
        if items then
            for i = 1, n do
                local d = check_json(items, v[i], where .. "[" .. i .. "]")
                if d then
                    return d
                end
            end
        end
    end
    return nil
end


function _M.body(node, value)
    return check_json(node, value, "body")
end


return _M
