-- The edge's Lua pipeline: one-line entry points for nginx.conf.
--
--   init_by_lua_block        { require("edge").init() }
--   init_worker_by_lua_block { require("edge").init_worker() }
--   access_by_lua_block      { require("edge").access() }
--   log_by_lua_block         { require("edge").log() }
--   content_by_lua_block     { require("edge").not_found() }
--   content_by_lua_block     { require("edge").error_page() }  (error_page)
--
-- access() checks the route's methods, then runs the plugins listed in
-- lua/edge/plugins.lua; the first that refuses sends the problem. log()
-- runs the plugins' log handlers and writes the JSON access log line.

local cjson = require "cjson.safe"
local buffer = require "string.buffer"
local config = require "edge.config"
local problem = require "edge.problem"

local ffi = require "ffi"
local get_request = require("resty.core.base").get_request

local ngx = ngx
local ngx_var = ngx.var
local get_method = ngx.req.get_method
local re_match = ngx.re.match
local re_find = ngx.re.find
local find = string.find
local sub = string.sub
local next = next
local ffi_cast = ffi.cast
local tonumber = tonumber
local os_getenv = os.getenv
local io_stderr = io.stderr
local encode = cjson.encode
local ipairs = ipairs
local error = error


local _M = { _VERSION = "0.1" }

-- Set once in init (master process), inherited read-only by workers.
local conf
local plugins = config.PLUGINS
local access_plugins = {}
local log_plugins = {}
local member_plugins = {}

-- ngx.ctx does not survive an internal redirect (error_page after an
-- upstream failure, say), but the request must still reach the plugins' log
-- handlers (a concurrency lease to release) and log its decisions: keep each
-- request's ctx here, keyed by the request, from access() to log().
local ctx_of = {}


-- The request's address as a number (get_request() returns a new cdata
-- each time, useless as a table key).
local function request_key()
    return tonumber(ffi_cast("uintptr_t", get_request()))
end

local ERROR_DETAILS = {
    [400] = "the request could not be parsed",
    [403] = "the request is forbidden",
    [404] = "no route matches this path",
    [405] = "this method is not allowed here",
    [408] = "the request was not received in time",
    [413] = "the request body is too large",
    [414] = "the request URI is too long",
    [429] = "too many requests",
    [431] = "the request headers are too large",
    [500] = "the edge failed to handle the request",
    [502] = "the service is unavailable",
    [503] = "the service is unavailable",
    [504] = "the service did not answer in time",
}


function _M.init()
    local path = os_getenv("EDGE_CONFIG")
    if not path or path == "" then
        error("EDGE_CONFIG is not set", 0)
    end
    conf = config.load(path)
    for _, mod in ipairs(plugins) do
        if mod.access then
            access_plugins[#access_plugins + 1] = mod
        end
        if mod.log then
            log_plugins[#log_plugins + 1] = mod
        end
        if mod.log_members then
            member_plugins[#member_plugins + 1] = mod
        end
    end
    if os_getenv("EDGE_CHECK_ONLY") then
        io_stderr:write("edge: config ok: ", path, "\n")
        os.exit(0)
    end
end


function _M.init_worker()
    for _, mod in ipairs(plugins) do
        if mod.init_worker then
            mod.init_worker(conf)
        end
    end
end


function _M.config()
    return conf
end


-- The route a costly request is handled as (config routes.*.escalate),
-- or the route itself.
local function escalate(route)
    local rules = route.escalate
    for i = 1, #rules do
        local rule = rules[i]
        local value
        if rule.var then
            value = ngx_var[rule.var]
        else
            local m = re_match(ngx_var.uri, rule.path, "jo")
            value = m and m[1]
        end
        local n = value and re_find(value, "^[0-9]+$", "jo")
                  and tonumber(value)
        if n and n > rule.above then
            ngx_var.edge_route = rule.to
            return rule.route
        end
    end
    return route
end


function _M.access()
    local ctx = ngx.ctx
    local route = conf.routes[ngx_var.edge_route] or conf.routes.unknown
    if route.escalate then
        route = escalate(route)
    end
    ctx.route = route
    ctx.edge = {}
    ctx_of[request_key()] = ctx
    local method = get_method()
    if not route.method_set[method] then
        return problem.send(405, "method " .. method .. " is not allowed "
                            .. "here; allowed: " .. route.allow,
                            nil, { Allow = route.allow })
    end
    for i = 1, #access_plugins do
        local status, detail, slug, headers =
            access_plugins[i].access(conf, route, ctx)
        if status then
            ctx.edge.refused_by = access_plugins[i].name
            return problem.send(status, detail, slug, headers)
        end
    end
end


-- The access log line: nginx's log_format (edge_lua) writes the fields it
-- knows itself; Lua adds only the URI (JSON-escaped when needed: the format
-- is escape=none) and what it alone knows: the route and the decisions,
-- built in one buffer (one string made per request, not one per piece).
local LINE = buffer.new(512)

function _M.log()
    local r = request_key()
    local ctx = ctx_of[r]
    if ctx then
        ctx_of[r] = nil
    else
        ctx = ngx.ctx
    end
    local route = ctx.route
    if route then
        for i = 1, #log_plugins do
            log_plugins[i].log(conf, route, ctx)
        end
    end
    local line = LINE:reset()
    local uri = ngx_var.request_uri or ""
    if find(uri, '[%c"\\]') then
        line:put('"uri":', encode(uri))
    else
        line:put('"uri":"', uri, '"')
    end
    line:put(',"route":"', route and route.name or ngx_var.edge_route,
             '","edge":')
    local edge = ctx.edge
    local body = edge and next(edge) and encode(edge)
    if body then
        line:put(sub(body, 1, -2))
    else
        line:put("{")
    end
    local sep = body and "," or ""
    for i = 1, #member_plugins do
        if member_plugins[i].log_members(ctx, line, sep) then
            sep = ","
        end
    end
    line:put("}")
    -- one variable (each ngx.var write costs ~0.4 us interpreted)
    ngx_var.edge_access_log = line:tostring()
end


function _M.not_found()
    return problem.send(404, ERROR_DETAILS[404])
end


-- Content for nginx's own errors (error_page): keep the status nginx chose.
function _M.error_page()
    local status = ngx.status
    if not status or status < 400 then
        status = 500
    end
    return problem.send(status, ERROR_DETAILS[status] or "error")
end


return _M
