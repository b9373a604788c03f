-- Services and where routes send requests: the `services` section of the
-- edge config and each route's `match`, `service` and `upstream_path`.
--
-- Used twice, from one definition:
--   * by lua/edge/gen.lua, run by openresty/edge.sh under plain Lua (luajit
--     or lua5.1 + cjson) before nginx starts: it validates these parts and
--     writes the nginx `upstream` and `location` blocks (generated/*.conf);
--   * by edge.config in init_by_lua, which validates the whole file.
-- So this module must not need ngx: its checks use Lua patterns, not
-- ngx.re (edge.schema only calls ngx.re for `pattern` and `regex` nodes,
-- which nothing here uses).

local pairs = pairs
local ipairs = ipairs
local sort = table.sort
local concat = table.concat
local fmt = string.format
local find = string.find
local gsub = string.gsub
local error = error
local tonumber = tonumber
local floor = math.floor
local getenv = os.getenv
local io_open = io.open

local _M = { _VERSION = "0.1" }

local NAME = "^[a-z][a-z0-9_]*$"
-- what a path in a location may hold: nothing nginx's parser reads as
-- syntax (no spaces, quotes, braces, semicolons, `$`)
local PATH = "^/[A-Za-z0-9._~/-]*$"
-- host:port, [v6]:port, each part possibly a $VAR / ${VAR} reference
local ADDRESS_CHARS = "^[A-Za-z0-9._:%[%]${}/-]+$"


local function check_name(v)
    if #v > 32 or not find(v, NAME) then
        return nil, fmt("%q is not a name (a-z, 0-9, _; at most 32)", v)
    end
    return true
end


local function check_path(v)
    if not find(v, PATH) or find(v, "//", 1, true) or #v > 256 then
        return nil, fmt("%q is not a plain path (/ then A-Z a-z 0-9 . _ ~ "
                        .. "- /, at most 256)", v)
    end
    return true
end


local function check_address(v)
    if not find(v, ADDRESS_CHARS) or #v > 256 then
        return nil, fmt("%q is not host:port, unix:/path (or a $VAR "
                        .. "reference)", v)
    end
    return true
end


local function seconds(description)
    return { type = "number", min = 0.001, max = 3600,
             description = description }
end


local SERVER = {
    type = "object",
    fields = {
        address = {
            type = "string", required = true, check = check_address,
            description = "host:port or unix:/path (a Unix socket); $NAME "
                          .. "or ${NAME} is replaced by that environment "
                          .. "variable when the edge starts",
        },
        weight = {
            type = "integer", min = 1, max = 1000, default = 1,
            description = "share of requests (weighted round robin)",
        },
        max_fails = {
            type = "integer", min = 0, max = 1000, default = 1,
            description = "failed attempts within fail_timeout that take "
                          .. "the server out for fail_timeout (0: never)",
        },
        fail_timeout = {
            type = "integer", min = 1, max = 3600, default = 10,
            description = "passive health window and pause, whole seconds",
        },
        backup = {
            type = "boolean", default = false,
            description = "used only when the other servers are down",
        },
    },
}

local SERVICE = {
    type = "object",
    fields = {
        servers = {
            type = "array", required = true, min = 1, max = 64,
            items = SERVER,
            description = "the upstream servers (a local Circus socket, "
                          .. "other machines)",
        },
        keepalive = {
            type = "integer", min = 0, max = 4096, default = 32,
            description = "idle upstream connections each nginx worker "
                          .. "keeps (0: none)",
        },
        keepalive_timeout = seconds("how long an idle upstream connection "
                                    .. "is kept, seconds (keep it below "
                                    .. "the service's own keep-alive)"),
        connect_timeout = seconds("proxy_connect_timeout, seconds"),
        read_timeout = seconds("proxy_read_timeout, seconds (default: "
                               .. "EDGE_UPSTREAM_TIMEOUT)"),
        send_timeout = seconds("proxy_send_timeout, seconds"),
        openapi = {
            type = "string", min = 6, max = 4096,
            check = function(v)
                if not find(v, "%.json$") then
                    return nil, fmt("%q is not a .json file", v)
                end
                return true
            end,
            description = "the service's OpenAPI 3.1 document, a JSON file "
                          .. "(relative: to the config file's directory), "
                          .. "read at start-up by routes whose "
                          .. "waf.positive is openapi (edge.waf.openapi)",
        },
        health = {
            type = "string", check = check_path,
            description = "the service's health path (for operators and "
                          .. "checks; nginx's own health is passive)",
        },
    },
}

_M.SERVICES = {
    type = "map", default = {}, max = 64,
    description = "the upstream services, keyed by name",
    values = SERVICE,
}

_M.SERVICE_NAME = {
    type = "string", check = check_name,
    description = "the service a route sends requests to",
}

local MATCH = {
    type = "object",
    check = function(m)
        if (m.prefix == nil) == (m.exact == nil) then
            return nil, "exactly one of prefix and exact is needed"
        end
        return true
    end,
    fields = {
        prefix = {
            type = "string", check = check_path,
            description = "paths starting with this (nginx prefix location)",
        },
        exact = {
            type = "string", check = check_path,
            description = "this path only (nginx exact location)",
        },
        service = {
            type = "string", check = check_name,
            description = "the service for this match (default: the route's)",
        },
        upstream_path = {
            type = "string", check = check_path,
            description = "replaces the matched part of the path on the "
                          .. "way to the service",
        },
    },
}

_M.MATCH = {
    type = "array", min = 1, max = 32, items = MATCH,
    description = "the paths this route serves",
}

-- The route fields this module owns (added to every route's schema).
_M.ROUTE_FIELDS = { match = _M.MATCH, service = _M.SERVICE_NAME }


local function sorted_keys(t)
    local keys = {}
    for k in pairs(t) do
        keys[#keys + 1] = k
    end
    sort(keys)
    return keys
end


-- Cross-field rules on validated `services` and `routes` (routes already
-- resolved for `extends`): every match has a known service, no path is
-- matched twice, the fixed frame's locations are left alone. Raises
-- "<field>: <message>".
function _M.check(services, routes)
    local seen = {}
    for _, name in ipairs(sorted_keys(routes)) do
        local route = routes[name]
        local base = "config.routes." .. name
        if route.service and not services[route.service] then
            error(fmt("%s.service: unknown service %q", base, route.service),
                  0)
        end
        for i, m in ipairs(route.match or {}) do
            local path = fmt("%s.match[%d]", base, i)
            local svc = m.service or route.service
            if not svc then
                error(path .. ".service: is required (or the route's "
                      .. "service)", 0)
            end
            if not services[svc] then
                error(fmt("%s.service: unknown service %q", path, svc), 0)
            end
            local p = m.prefix or m.exact
            if p == "/" and m.prefix then
                error(path .. ".prefix: \"/\" is the fixed catch-all (the "
                      .. "route named unknown)", 0)
            end
            if find(p, "^/_edge") then
                error(fmt("%s: %q is reserved for the edge", path, p), 0)
            end
            local key = (m.prefix and "prefix " or "exact ") .. p
            if seen[key] then
                error(fmt("%s: %s is already matched by %s", path, key,
                          seen[key]), 0)
            end
            seen[key] = path
        end
    end
end


-- "$NAME" / "${NAME}" replaced from the environment; raises naming the
-- field when a variable is unset, or the result is not host:port or
-- unix:/path.
function _M.expand(address, path, env)
    env = env or getenv
    local missing
    local out = gsub(address, "%$(%b{})", function(b)
        return "$" .. b:sub(2, -2)
    end)
    out = gsub(out, "%$([A-Za-z_][A-Za-z0-9_]*)", function(var)
        local v = env(var)
        if v == nil or v == "" then
            missing = missing or var
            return ""
        end
        return v
    end)
    if missing then
        error(fmt("%s: environment variable %s is not set", path, missing),
              0)
    end
    -- a Unix socket: an absolute path of plain characters (nginx's
    -- "unix:" server syntax)
    if find(out, "^unix:/[A-Za-z0-9._/-]+$") and not find(out, "/%.%.?/")
            and #out <= 112 then
        return out
    end
    if not (find(out, "^[A-Za-z0-9._-]+:%d+$")
            or find(out, "^%[[0-9A-Fa-f:.]+%]:%d+$")) then
        error(fmt("%s: %q is not host:port or unix:/path", path, out), 0)
    end
    local port = tonumber(out:match(":(%d+)$"))
    if port < 1 or port > 65535 then
        error(fmt("%s: port %d is out of range", path, port), 0)
    end
    return out
end


local function secs(v)
    -- nginx time: milliseconds, no decimals
    return fmt("%dms", floor(v * 1000 + 0.5))
end


-- The nginx text: upstream blocks (http level) and location blocks
-- (server level), from validated and checked services and routes. `env`
-- looks up the $NAME references in addresses (default os.getenv); false
-- leaves them as written (the SOURCE text, below).
function _M.render(services, routes, env)
    local up = { "# generated by lua/edge/gen.lua from the edge config's "
                 .. "services" }
    for _, name in ipairs(sorted_keys(services)) do
        local s = services[name]
        up[#up + 1] = "upstream " .. name .. " {"
        for i, srv in ipairs(s.servers) do
            local addr = env == false and srv.address
                         or _M.expand(srv.address, fmt(
                             "config.services.%s.servers[%d].address",
                             name, i), env)
            up[#up + 1] = fmt("    server %s weight=%d max_fails=%d "
                              .. "fail_timeout=%ds%s;", addr, srv.weight,
                              srv.max_fails, srv.fail_timeout,
                              srv.backup and " backup" or "")
        end
        if s.keepalive > 0 then
            up[#up + 1] = fmt("    keepalive %d;", s.keepalive)
            if s.keepalive_timeout then
                up[#up + 1] = "    keepalive_timeout "
                              .. secs(s.keepalive_timeout) .. ";"
            end
        end
        up[#up + 1] = "}"
    end

    local loc = { "# generated by lua/edge/gen.lua from the edge config's "
                  .. "routes" }
    for _, name in ipairs(sorted_keys(routes)) do
        local route = routes[name]
        for _, m in ipairs(route.match or {}) do
            local svc_name = m.service or route.service
            local svc = services[svc_name]
            loc[#loc + 1] = m.prefix and ("location " .. m.prefix .. " {")
                            or ("location = " .. m.exact .. " {")
            loc[#loc + 1] = "    set $edge_route " .. name .. ";"
            loc[#loc + 1] = "    include generated/pipeline.conf;"
            local t = {
                { "connect_timeout", "proxy_connect_timeout" },
                { "read_timeout", "proxy_read_timeout" },
                { "send_timeout", "proxy_send_timeout" },
            }
            for _, pair in ipairs(t) do
                if svc[pair[1]] then
                    loc[#loc + 1] = fmt("    %s %s;", pair[2],
                                        secs(svc[pair[1]]))
                end
            end
            loc[#loc + 1] = "    proxy_pass http://" .. svc_name
                            .. (m.upstream_path or "") .. ";"
            loc[#loc + 1] = "}"
        end
    end
    return concat(up, "\n") .. "\n", concat(loc, "\n") .. "\n"
end


-- What the generated upstreams and locations were written from: render's
-- text with the $NAME references unexpanded (the environment of a
-- reloading nginx holds only the variables nginx.conf declares). gen.lua
-- writes it next to them; the edge's init compares it with its own config.
_M.SOURCE = "services.source"

function _M.source(services, routes)
    local up, loc = _M.render(services, routes, false)
    return up .. loc
end


-- Raises unless the generated files in `dir` were written from these
-- services and routes: a HUP with no regeneration (`circusctl reload
-- edge`, kill -HUP) after a change to either would run locations of
-- routes the config no longer has, or miss its new ones. nginx answers
-- the error by keeping its old workers.
function _M.check_generated(services, routes, dir)
    local path = dir .. "/" .. _M.SOURCE
    local f = io_open(path, "rb")
    local text = f and f:read("*a")
    if f then
        f:close()
    end
    if text ~= _M.source(services, routes) then
        error("config.services, config.routes: not what the running nginx "
              .. "config was generated from (" .. path .. "): a changed "
              .. "services or routes section is applied by make reload or "
              .. "circusctl signal edge hup, which regenerate it; a plain "
              .. "HUP does not", 0)
    end
end


return _M
