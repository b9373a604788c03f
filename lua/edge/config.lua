-- The edge's one declarative configuration file (JSON, EDGE_CONFIG):
-- read once in init_by_lua, validated against the schema below, frozen.
-- A bad file raises an error naming the field, so nginx refuses to start.
--
-- Plugin modules (lua/edge/plugins.lua) declare their own sections: each
-- may export `schema` (a top-level section) and/or `route_schema` (a field
-- of every route) and `compile(conf)` to precompute what requests need.

local cjson = require "cjson.safe"
local schema = require "edge.schema"

local io_open = io.open
local ipairs = ipairs
local pairs = pairs
local concat = table.concat
local require = require
local error = error


local _M = { _VERSION = "0.1" }

-- Plugin modules (edge.plugins), in pipeline order.
local FEATURES = {}
_M.PLUGINS = FEATURES

local METHODS = {
    "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS",
}

local ROUTE = {
    type = "object",
    fields = {
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


local function compile_routes(conf)
    for name, route in pairs(conf.routes) do
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
end


-- Validate a decoded config table; returns the compiled config or raises.
function _M.compile(raw)
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
