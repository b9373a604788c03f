-- The compiled plan is read-only and the validated config is left as the
-- file says: run by tests/test_05_edge_plan.py in a test-only nginx
-- location, on the config the master read. Answers JSON:
--   tables, frozen, objects  tables reachable from the plan; those that
--                            refuse a new key; those with a metatable of
--                            their own (limiter objects: not walked)
--   open                     paths of tables that accept a new key
--   writes                   each attempted write and its error
--   same_conf                plan.conf encodes as a fresh validation does
--   routes                   the plan's route names, each with its pieces

local cjson = require "cjson.safe"
local config = require "edge.config"

-- the file's text, read by the master (the workers may not reach it)
local TEXT = PLAN_CHECK_TEXT        -- luacheck: globals PLAN_CHECK_TEXT
local PLAN = PLAN_CHECK_PLAN        -- luacheck: globals PLAN_CHECK_PLAN

local out = { tables = 0, frozen = 0, objects = 0, open = {}, writes = {},
              routes = {} }
local seen = {}
local function walk(t, where)
    if seen[t] then
        return
    end
    seen[t] = true
    local mt = getmetatable(t)
    if mt and mt.__newindex == nil then
        out.objects = out.objects + 1
        return
    end
    out.tables = out.tables + 1
    if mt then
        out.frozen = out.frozen + 1
    elseif #out.open < 20 then
        out.open[#out.open + 1] = where
    end
    for k, v in pairs(t) do
        if type(v) == "table" then
            walk(v, where .. "." .. tostring(k))
        end
    end
end
walk(PLAN, "plan")

local function try(what, f)
    local ok, err = pcall(f)
    out.writes[#out.writes + 1] = { what = what, ok = ok,
                                    err = not ok and tostring(err) or nil }
end
try("plan.routes.fibonacci.cache", function()
    PLAN.routes.fibonacci.cache = {}
end)
try("plan.conf.routes.fibonacci.extra", function()
    PLAN.conf.routes.fibonacci.extra = true
end)
try("plan.compiled.waf.extra", function()
    PLAN.compiled.waf.extra = true
end)
try("plan.routes.new", function()
    PLAN.routes.new = {}
end)

-- the validated config, as a fresh validation of the same file gives it
local raw = cjson.decode(TEXT)
local fresh = config.validate(raw)
local function canon(v)
    if type(v) ~= "table" then
        return cjson.encode(v)
    end
    local keys = {}
    for k in pairs(v) do
        keys[#keys + 1] = tostring(k)
    end
    table.sort(keys)
    local parts = {}
    for _, k in ipairs(keys) do
        local val = v[k]
        if val == nil then
            val = v[tonumber(k)]
        end
        parts[#parts + 1] = k .. "=" .. canon(val)
    end
    return "{" .. table.concat(parts, ",") .. "}"
end
out.same_conf = canon(PLAN.conf) == canon(fresh)

for name, r in pairs(PLAN.routes) do
    local pieces = {}
    for k in pairs(r) do
        pieces[#pieces + 1] = k
    end
    table.sort(pieces)
    out.routes[name] = pieces
end

ngx.header["Content-Type"] = "application/json"
ngx.say(cjson.encode(out))
