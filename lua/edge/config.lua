-- The edge's one declarative configuration file (JSON, EDGE_CONFIG):
-- read once in init_by_lua, validated against the schema below, frozen.
-- A bad file raises an error naming the field, so nginx refuses to start.
--
-- Plugin modules (lua/edge/plugins.lua) declare their own sections: each
-- may export `schema` (a top-level section) and/or `route_schema` (a field
-- of every route) and `compile(conf)` to precompute what requests need.

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


local _M = { _VERSION = "0.1" }

-- Plugin modules (edge.plugins), in pipeline order.
local FEATURES = {}
_M.PLUGINS = FEATURES

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

local ROUTE = {
    type = "object",
    fields = {
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
    },
}

local SCHEMA = {
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
            keys = { type = "string", pattern = "^[a-z][a-z0-9_]{0,31}$" },
            values = ROUTE,
        },
    },
}
_M.SCHEMA = SCHEMA

-- where a route's requests go (edge.services; also read by lua/edge/gen.lua,
-- which writes the nginx locations and upstreams from them)
for name, s in pairs(services.ROUTE_FIELDS) do
    ROUTE.fields[name] = s
end


local function add_feature(name)
    local mod = require(name)
    if mod.schema then
        SCHEMA.fields[mod.schema_name] = mod.schema
    end
    if mod.route_schema then
        ROUTE.fields[mod.route_schema_name] = mod.route_schema
    end
    FEATURES[#FEATURES + 1] = mod
end


for _, name in ipairs(require("edge.plugins")) do
    add_feature(name)
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


local function compile_routes(conf)
    for name, route in pairs(conf.routes) do
        for i, rule in ipairs(route.escalate) do
            local target = conf.routes[rule.to]
            if not target or rule.to == name then
                error(("config.routes.%s.escalate[%d].to: no other route "
                       .. "named %s"):format(name, i, rule.to), 0)
            end
            rule.route = target
            rule.var = rule.arg and ("arg_" .. rule.arg)
        end
        if #route.escalate == 0 then
            route.escalate = nil
        end
        route.name = name
        local set = {}
        for _, m in ipairs(route.methods) do
            set[m] = true
        end
        route.method_set = set
        route.allow = concat(route.methods, ", ")
    end
    if not conf.routes.unknown then
        error("config.routes.unknown: is required (settings for paths no "
              .. "route matches)", 0)
    end
    services.check(conf.services, conf.routes)
end


-- Validate a decoded config table; returns the compiled config or raises.
function _M.compile(raw)
    resolve_extends(raw)
    local conf = schema.validate(raw, SCHEMA, "config")
    compile_routes(conf)
    for _, mod in ipairs(FEATURES) do
        if mod.compile then
            mod.compile(conf)
        end
    end
    return conf
end


function _M.load(path)
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
    return _M.compile(raw)
end


return _M
