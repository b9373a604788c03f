-- A small validator for configuration declared as plain data.
--
-- A schema node is a table with `type` one of "object", "map", "array",
-- "string", "number", "integer", "boolean", and optional:
--   description  what the field means (documentation)
--   default      used when the field is absent
--   required     the field must be present (objects)
--   min, max     bounds (numbers), lengths (strings), item counts (arrays,
--                maps)
--   enum         list of allowed values
--   pattern      PCRE the whole string must match (compiled here to prove
--                it is valid)
--   regex        the string is itself a regex: it must compile
--   fields       object: name -> schema; unknown names are errors
--   items        array: schema of each item
--   keys, values map: schema of keys (strings) and of values
--   check        function(value, path) -> true | nil, "message"; runs after
--                the node validated (cross-field rules)
--
-- validate(value, schema, path) returns the value with defaults filled in,
-- or raises error("<path>: <message>", 0) naming the field.

local ngx_re = ngx.re

local type = type
local pairs = pairs
local next = next
local pcall = pcall
local ipairs = ipairs
local tostring = tostring
local concat = table.concat
local sort = table.sort
local floor = math.floor
local error = error
local fmt = string.format
local gsub = string.gsub


local _M = { _VERSION = "0.1" }


local function fail(path, msg, ...)
    error(fmt("%s: " .. msg, path, ...), 0)
end


local function show(v)
    if type(v) == "string" then
        -- %q writes a newline as backslash + newline: keep messages on
        -- one line
        return (gsub(fmt("%q", v), "\\\n", "\\n"))
    end
    return tostring(v)
end


local function is_array(t)
    local n = 0
    for _ in pairs(t) do
        n = n + 1
    end
    for i = 1, n do
        if t[i] == nil then
            return false
        end
    end
    return true
end


local function copy_default(v)
    if type(v) ~= "table" then
        return v
    end
    local out = {}
    for k, x in pairs(v) do
        out[k] = copy_default(x)
    end
    return out
end


-- Keys in a stable order, so the first error reported does not depend on
-- hash order (config validation runs once, at start-up).
local function sorted_keys(t)
    local keys = {}
    for k in pairs(t) do
        keys[#keys + 1] = k
    end
    sort(keys, function(a, b)
        return tostring(a) < tostring(b)
    end)
    return keys
end
_M.sorted_keys = sorted_keys


local function count(t)
    local n = 0
    for _ in pairs(t) do
        n = n + 1
    end
    return n
end


local function check_bounds(path, s, n, what)
    if s.min and n < s.min then
        fail(path, "%s must be at least %s, got %s", what, s.min, n)
    end
    if s.max and n > s.max then
        fail(path, "%s must be at most %s, got %s", what, s.max, n)
    end
end


local validate

local VALIDATORS = {}


function VALIDATORS.boolean(v, _, path)
    if type(v) ~= "boolean" then
        fail(path, "expected true or false, got %s", show(v))
    end
    return v
end


function VALIDATORS.number(v, s, path)
    if type(v) ~= "number" or v ~= v then
        fail(path, "expected a number, got %s", show(v))
    end
    check_bounds(path, s, v, "value")
    return v
end


function VALIDATORS.integer(v, s, path)
    if type(v) ~= "number" or floor(v) ~= v then
        fail(path, "expected an integer, got %s", show(v))
    end
    check_bounds(path, s, v, "value")
    return v
end


function VALIDATORS.string(v, s, path)
    if type(v) ~= "string" then
        fail(path, "expected a string, got %s", show(v))
    end
    check_bounds(path, s, #v, "length")
    if s.pattern then
        -- PCRE's $ also matches before a final newline: the match must
        -- end at the string's end
        local _, to = ngx_re.find(v, s.pattern, "jo")
        if to ~= #v then
            fail(path, "%s does not match %s", show(v), s.pattern)
        end
    end
    if s.regex then
        -- ngx.re.find returns from, to, err: the error is the third value
        local ok, from, _, err = pcall(ngx_re.find, "", v, "jo")
        if not ok then
            err = from
        end
        if not ok or err then
            fail(path, "invalid regex %s: %s", show(v), err or "error")
        end
    end
    return v
end


function VALIDATORS.array(v, s, path)
    if type(v) ~= "table" or not is_array(v) then
        fail(path, "expected a list, got %s", show(v))
    end
    check_bounds(path, s, #v, "number of items")
    local out = {}
    for i, item in ipairs(v) do
        out[i] = validate(item, s.items, fmt("%s[%d]", path, i))
    end
    return out
end


function VALIDATORS.map(v, s, path)
    if type(v) ~= "table" or (next(v) ~= nil and is_array(v)) then
        fail(path, "expected an object, got %s", show(v))
    end
    check_bounds(path, s, count(v), "number of entries")
    local out = {}
    for _, k in ipairs(sorted_keys(v)) do
        local x = v[k]
        local kp = path .. "." .. tostring(k)
        if s.keys then
            validate(k, s.keys, kp)
        end
        out[k] = validate(x, s.values, kp)
    end
    return out
end


function VALIDATORS.object(v, s, path)
    if type(v) ~= "table" or (next(v) ~= nil and is_array(v)) then
        fail(path, "expected an object, got %s", show(v))
    end
    local fields = s.fields
    for _, k in ipairs(sorted_keys(v)) do
        if not fields[k] then
            local names = {}
            for name in pairs(fields) do
                names[#names + 1] = name
            end
            sort(names)
            fail(path .. "." .. tostring(k), "unknown field (known: %s)",
                 concat(names, ", "))
        end
    end
    local out = {}
    for _, name in ipairs(sorted_keys(fields)) do
        local fs = fields[name]
        local fp = path .. "." .. name
        local x = v[name]
        if x == nil then
            if fs.required then
                fail(fp, "is required")
            end
            x = copy_default(fs.default)
        end
        if x ~= nil then
            out[name] = validate(x, fs, fp)
        end
    end
    return out
end


validate = function(v, s, path)
    local fn = VALIDATORS[s.type]
    if not fn then
        error("schema error at " .. path .. ": unknown type "
              .. tostring(s.type), 2)
    end
    if v == ngx.null then
        fail(path, "must not be null")
    end
    local out = fn(v, s, path)
    if s.enum then
        local ok = false
        for _, e in ipairs(s.enum) do
            if e == out then
                ok = true
                break
            end
        end
        if not ok then
            local names = {}
            for i, e in ipairs(s.enum) do
                names[i] = show(e)
            end
            fail(path, "expected one of %s, got %s", concat(names, ", "),
                 show(out))
        end
    end
    if s.check then
        local ok, msg = s.check(out, path)
        if not ok then
            fail(path, "%s", msg)
        end
    end
    return out
end


function _M.validate(value, schema, path)
    return validate(value, schema, path or "config")
end


return _M
