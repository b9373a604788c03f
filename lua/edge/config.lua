-- The edge's one declarative configuration file (JSON, EDGE_CONFIG):
-- read once in init_by_lua, validated against the schema, then compiled
-- into a separate, read-only plan that requests read. A bad file raises an
-- error naming the field, so nginx refuses to start (or a reload keeps the
-- old workers).
--
-- Plugin modules (lua/edge/plugins.lua) declare their own sections: each
-- may export `schema` (a top-level section) and/or `route_schema` (a field
-- of every route), and `compile(conf, plan)` to precompute what requests
-- need. The schema is built by schema() from that list, explicitly, not
-- as a side effect of loading a module.
--
-- The plan (compile's result):
--   plan.conf              the validated config, as the file says it
--   plan.<section>         the same validated sections (plan.limits ...)
--   plan.routes[name]      a route's plan: name, conf (its validated
--                          section), method_set, allow, escalate (compiled
--                          rules), match, service, and each plugin's piece
--                          (waf, rate_sets, conn_sets)
--   plan.compiled[what]    plugins' global pieces
-- A plugin's compile writes only into the plan, never into the validated
-- config. Then every table of the plan and of the config is frozen: adding
-- a key raises "read-only" (a request's state must live with the request,
-- never in these tables); tables with a metatable of their own (limiter
-- objects) are left as they are.

local cjson = require "cjson.safe"
local schema = require "edge.schema"
local services = require "edge.services"

local io_open = io.open
local ipairs = ipairs
local pairs = pairs
local concat = table.concat
local require = require
local type = type
local error = error
local tostring = tostring
local getmetatable = getmetatable
local setmetatable = setmetatable


local _M = { _VERSION = "0.1" }

local METHODS = {
    "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
}

-- A request on a route may be handled as another route when a number in
-- it is above a bound: costly requests get their own limits.
local ESCALATE = {
    type = "object",
    description = "handle the request as route `to` when the integer in "
                  .. "query argument `arg`, or in the first capture of "
                  .. "`path` (a regex on the decoded path), is above `above`",
    check = function(rule)
        if (rule.arg == nil) == (rule.path == nil) then
            return nil, "exactly one of arg and path is needed"
        end
        return true
    end,
    fields = {
        arg = {
            type = "string", pattern = "^[A-Za-z0-9_.-]{1,64}$",
            description = "query argument holding the number",
        },
        path = {
            type = "string", regex = true, max = 256,
            description = "regex on the decoded path; its first capture "
                          .. "holds the number",
        },
        above = {
            type = "number", required = true,
            description = "escalate when the number is greater than this",
        },
        to = {
            type = "string", required = true,
            pattern = "^[a-z][a-z0-9_]{0,31}$",
            description = "name of the route to handle the request as",
        },
    },
}

local ROUTE_FIELDS = {
    extends = {
        type = "string", pattern = "^[a-z][a-z0-9_]{0,31}$",
        description = "take every field not given here from this route",
    },
    escalate = {
        type = "array", default = {}, max = 8, items = ESCALATE,
        description = "rules that hand costly requests to another route",
    },
    methods = {
        type = "array", min = 1, default = { "GET", "HEAD" },
        description = "HTTP methods the route accepts (others get 405)",
        items = { type = "string", enum = METHODS },
    },
}


-- The plugin modules (edge.plugins), in pipeline order.
function _M.plugins()
    local list = {}
    for i, name in ipairs(require("edge.plugins")) do
        list[i] = require(name)
    end
    return list
end


-- The config's schema: the frame above, where requests go
-- (edge.services; also read by lua/edge/gen.lua, which writes the nginx
-- locations and upstreams from them) and the plugins' sections.
function _M.schema(plugins)
    local route = { type = "object", fields = {} }
    for name, s in pairs(ROUTE_FIELDS) do
        route.fields[name] = s
    end
    for name, s in pairs(services.ROUTE_FIELDS) do
        route.fields[name] = s
    end
    local top = {
        type = "object",
        fields = {
            version = {
                type = "integer", enum = { 1 }, required = true,
                description = "format version of this file",
            },
            services = services.SERVICES,
            routes = {
                type = "map", required = true,
                description = "per-route settings, keyed by the route name "
                              .. "nginx.conf sets in $edge_route",
                keys = { type = "string",
                         pattern = "^[a-z][a-z0-9_]{0,31}$" },
                values = route,
            },
        },
    }
    for _, mod in ipairs(plugins or _M.plugins()) do
        if mod.schema then
            top.fields[mod.schema_name] = mod.schema
        end
        if mod.route_schema then
            route.fields[mod.route_schema_name] = mod.route_schema
        end
    end
    return top
end


-- `extends`: copy the parent's fields the child does not set, before
-- validation (so the result is validated like any route).
local function resolve_extends(raw)
    local routes = type(raw) == "table" and raw.routes
    if type(routes) ~= "table" then
        return
    end
    local function resolve(name, seen)
        local route = routes[name]
        local parent_name = type(route) == "table" and route.extends
        if type(parent_name) ~= "string" then
            return
        end
        local path = "config.routes." .. name .. ".extends"
        if seen[parent_name] then
            error(path .. ": cycle through " .. parent_name, 0)
        end
        if type(routes[parent_name]) ~= "table" then
            error(path .. ": no route named " .. parent_name, 0)
        end
        seen[parent_name] = true
        resolve(parent_name, seen)
        for k, v in pairs(routes[parent_name]) do
            -- a path is served by one route: match is never inherited
            if route[k] == nil and k ~= "escalate" and k ~= "match" then
                route[k] = v
            end
        end
        route.extends = nil
    end
    for name in pairs(routes) do
        resolve(name, { [name] = true })
    end
end


-- The routes' own part of the plan.
local function plan_routes(conf, plan)
    local routes = {}
    for name, route in pairs(conf.routes) do
        local set = {}
        for _, m in ipairs(route.methods) do
            set[m] = true
        end
        routes[name] = {
            name = name, conf = route, match = route.match,
            service = route.service, method_set = set,
            allow = concat(route.methods, ", "),
        }
    end
    for name, route in pairs(conf.routes) do
        local rules = {}
        for i, rule in ipairs(route.escalate) do
            local target = routes[rule.to]
            if not target or rule.to == name then
                error(("config.routes.%s.escalate[%d].to: no other route "
                       .. "named %s"):format(name, i, rule.to), 0)
            end
            rules[i] = {
                arg = rule.arg, var = rule.arg and ("arg_" .. rule.arg),
                path = rule.path, above = rule.above, to = rule.to,
                route = target,
            }
        end
        routes[name].escalate = #rules > 0 and rules or nil
    end
    if not routes.unknown then
        error("config.routes.unknown: is required (settings for paths no "
              .. "route matches)", 0)
    end
    services.check(conf.services, conf.routes)
    plan.routes = routes
end


-- Every table reachable from t, once: adding a key raises. Tables with a
-- metatable of their own (objects) are not walked.
local READ_ONLY = {
    __newindex = function(_, k)
        error("the edge's plan is read-only (tried to add "
              .. tostring(k) .. ")", 2)
    end,
}

local function freeze(t, seen)
    if seen[t] or getmetatable(t) ~= nil then
        return
    end
    seen[t] = true
    for k, v in pairs(t) do
        if type(k) == "table" then
            freeze(k, seen)
        end
        if type(v) == "table" then
            freeze(v, seen)
        end
    end
    setmetatable(t, READ_ONLY)
end
_M.freeze = function(t)
    freeze(t, {})
    return t
end


-- Validate a decoded config table (after `extends` and the plugins'
-- prepare(raw): edge.limit.store.redis's store overlay); returns the
-- validated config or raises.
function _M.validate(raw, plugins)
    plugins = plugins or _M.plugins()
    resolve_extends(raw)
    if type(raw) == "table" then
        for _, mod in ipairs(plugins) do
            if mod.prepare then
                mod.prepare(raw)
            end
        end
    end
    return schema.validate(raw, _M.schema(plugins), "config")
end


-- Validate a decoded config table; returns the compiled plan or raises.
function _M.compile(raw, plugins)
    plugins = plugins or _M.plugins()
    local conf = _M.validate(raw, plugins)
    local plan = { conf = conf, compiled = {} }
    for k, v in pairs(conf) do
        if k ~= "routes" then
            plan[k] = v
        end
    end
    plan_routes(conf, plan)
    for _, mod in ipairs(plugins) do
        if mod.compile then
            mod.compile(conf, plan)
        end
    end
    freeze(plan, {})
    return plan
end


function _M.load(path, plugins)
    local f, err = io_open(path, "rb")
    if not f then
        error("cannot open edge config: " .. err, 0)
    end
    local text = f:read("*a")
    f:close()
    local raw, derr = cjson.decode(text)
    if raw == nil then
        error("edge config " .. path .. " is not valid JSON: " .. derr, 0)
    end
    return _M.compile(raw, plugins)
end


return _M
