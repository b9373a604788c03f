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
local hygiene = require "edge.hygiene"
local conn = require "edge.limit.conn"
local metrics = require "edge.metrics"
local services = require "edge.services"
local re = require "edge.waf.re"
local request_id = require "edge.request_id"

local ffi = require "ffi"
local new_tab = require "table.new"
local base = require "resty.core.base"
require "resty.core.ctx"     -- ngx.ctx's registry of tables (below)
local get_request = base.get_request
local C = ffi.C

local ngx = ngx
local ngx_var = ngx.var
local get_method = ngx.req.get_method
local get_uri_args = ngx.req.get_uri_args
local ngx_header = ngx.header
local re_match = ngx.re.match
local re_find = ngx.re.find
local re_gsub = ngx.re.gsub
local byte = string.byte
local fmt = string.format
local sub = string.sub
local tonumber = tonumber
local tostring = tostring
local os_getenv = os.getenv
local io_stderr = io.stderr
local encode = cjson.encode
local ipairs = ipairs
local concat = table.concat
local load = load
local pairs = pairs
local str_match = string.match
local error = error
local type = type
local huge = math.huge


local _M = { _VERSION = "0.1" }

-- Set once in init (master process), inherited read-only by workers: the
-- compiled plan (edge.config), and the plugins in pipeline order.
local conf
local plugins = config.plugins()
local access_plugins = {}
local log_plugins = {}
local member_plugins = {}
-- the access and log handlers called in turn (see unrolled)
local run_access, run_log

-- ngx.ctx does not survive an internal redirect (error_page after an
-- upstream failure, say: nginx gives the request fresh module contexts),
-- but the request must still reach the plugins' log handlers (a
-- concurrency lease to release) and log its decisions. The table itself
-- lives on until the request ends (lua-nginx-module frees it with the
-- request's pool): access() writes its reference in the request's
-- variable $edge_ctx_ref (set empty by each route's location, which the
-- error location is not: variables survive the redirect), and log() finds
-- the table again by it. The request's state stays with the request.
local ctx_tables = debug.getregistry().ngx_lua_ctx_tables
local in_ssl_phase = ffi.new("int[1]")
local ssl_ctx_ref = ffi.new("int[1]")

-- The reference as the variable's text: the registry's slots are reused,
-- so the numbers stay small; their strings are made once, at load
-- (tostring per request made and interned a new string each time).
local REF_TEXT = {}
for i = 1, 4096 do
    REF_TEXT[i] = tostring(i)
end

local function ctx_ref()
    local ref = C.ngx_http_lua_ffi_get_ctx_ref(get_request(), in_ssl_phase,
                                               ssl_ctx_ref)
    if ref > 0 then
        return REF_TEXT[ref] or tostring(ref)
    end
    return nil
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
    [501] = "this transfer coding is not implemented",
    [502] = "the service is unavailable",
    [503] = "the service is unavailable",
    [504] = "the service did not answer in time",
    [505] = "only HTTP/1.0 and HTTP/1.1 are supported",
}


-- Counters of the WAF's and the reputation's decisions (the WAF sets
-- ctx.edge.waf.action, the reputation ctx.edge.reputation); keys built once.
metrics.describe("edge_waf_decisions_total", "counter",
                 "Requests the WAF scored, by action (block; flag: detect "
                 .. "mode; pass: scored below the threshold). Requests "
                 .. "nothing matched are not counted here.")
metrics.describe("edge_reputation_decisions_total", "counter",
                 "Requests decided by the client lists and bans, by outcome "
                 .. "(allow, deny, banned).")
metrics.describe("edge_hygiene_refusals_total", "counter",
                 "Requests refused by the edge's request hygiene checks, by "
                 .. "status.")
metrics.describe("edge_upstream_errors_replaced_total", "counter",
                 "Service error answers that were not JSON, replaced by the "
                 .. "envelope, by status.")
local M_WAF, M_REP = {}, {}
for _, a in ipairs({ "block", "flag", "pass" }) do
    M_WAF[a] = metrics.key("edge_waf_decisions_total", { action = a })
end
for _, o in ipairs({ "allow", "deny", "banned" }) do
    M_REP[o] = metrics.key("edge_reputation_decisions_total", { outcome = o })
end
local M_HYGIENE, M_REPLACED = {}, {}
for status = 400, 599 do
    M_HYGIENE[status] = metrics.key("edge_hygiene_refusals_total",
                                    { status = status })
    M_REPLACED[status] = metrics.key("edge_upstream_errors_replaced_total",
                                     { status = status })
end


-- The plugins' handlers `method`, called in turn by one function written
-- at init: one call site per plugin, each always calling the same function,
-- which LuaJIT compiles into the caller's trace. (A loop over the list
-- meets another callee at each turn: a side trace per plugin, entered
-- through a failed guard.) With `refuse`, the first handler that returns a
-- status stops the run, which returns its position and what it returned.
local function unrolled(mods, method, refuse)
    local src = { "local f = ...\n" }
    for i = 1, #mods do
        src[#src + 1] = fmt("local f%d = f[%d]\n", i, i)
    end
    src[#src + 1] = "return function(conf, route, ctx)\n"
    if refuse then
        src[#src + 1] = "    local s, d, g, h\n"
    end
    for i = 1, #mods do
        if refuse then
            src[#src + 1] = fmt("    s, d, g, h = f%d(conf, route, ctx)\n"
                                .. "    if s then return %d, s, d, g, h end\n",
                                i, i)
        else
            src[#src + 1] = fmt("    f%d(conf, route, ctx)\n", i)
        end
    end
    src[#src + 1] = "end\n"
    local fns = {}
    for i = 1, #mods do
        fns[i] = mods[i][method]
    end
    local chunk = assert(load(concat(src), "=edge.plugins." .. method))
    return chunk(fns)
end
run_access = unrolled(access_plugins, "access", true)
run_log = unrolled(log_plugins, "log", false)


function _M.init()
    local path = os_getenv("EDGE_CONFIG")
    if not path or path == "" then
        error("EDGE_CONFIG is not set", 0)
    end
    conf = config.load(path, plugins)
    -- the generated upstreams/locations must be this config's (a plain
    -- HUP does not regenerate them); edge.sh sets the directory
    local generated = os_getenv("EDGE_GENERATED")
    if generated and generated ~= "" then
        services.check_generated(conf.services, conf.conf.routes,
                                 generated)
    end
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
    run_access = unrolled(access_plugins, "access", true)
    run_log = unrolled(log_plugins, "log", false)
    if os_getenv("EDGE_CHECK_ONLY") then
        io_stderr:write("edge: config ok: ", path, "\n")
        os.exit(0)
    end
end


function _M.init_worker()
    request_id.init_worker()
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
            -- the decoded value, as the positive model and the service see
            -- it: $arg_x is raw (count=%310000 is "%310000") and matches
            -- only an undecoded name
            local args = ngx_var.args
            if args and re_find(args, "[%+]", "jo") then
                value = get_uri_args(100)[rule.arg]
                if type(value) == "table" then
                    value = value[1]
                end
                if type(value) ~= "string" then
                    value = nil
                end
            else
                value = ngx_var[rule.var]
            end
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
    -- the request's table (nothing set one before this phase), made with
    -- room for what the stages put in it: ngx.ctx's own starts with 4
    -- slots and is rehashed as it grows, and so is an empty ctx.edge
    local ctx = new_tab(0, 16)
    ngx.ctx = ctx
    local route = conf.routes[ngx_var.edge_route] or conf.routes.unknown
    if route.escalate then
        route = escalate(route)
    end
    ctx.route = route
    ctx.edge = new_tab(0, 4)
    ngx_var.edge_ctx_ref = ctx_ref()
    ctx.request_id = request_id.set()
    -- read once for the stages (hygiene, the WAF's shape, the log line)
    local target = ngx_var.request_uri or ""
    ctx.request_uri = target
    local bad, why, kind = hygiene.check(target)
    if bad then
        ctx.edge.refused_by = "hygiene"
        metrics.incr(M_HYGIENE[bad])
        return problem.send(bad, why, kind)
    end
    ctx.plain_headers = why
    local method = get_method()
    if not route.method_set[method] then
        return problem.send(405, "method " .. method .. " is not allowed "
                            .. "here; allowed: " .. route.allow,
                            nil, { Allow = route.allow })
    end
    local i, status, detail, slug, headers = run_access(conf, route, ctx)
    if i then
        ctx.edge.refused_by = access_plugins[i].name
        return problem.send(status, detail, slug, headers)
    end
end


-- The access log line: nginx's log_format (edge_lua) writes the fields it
-- knows itself; Lua adds only the URI (JSON-escaped when needed: the format
-- is escape=none) and what it alone knows: the route and the decisions,
-- built in one buffer (one string made per request, not one per piece).
local LINE = buffer.new(512)

-- The line must be valid UTF-8 (JSON text is): nginx's format copies its
-- variables as they are, and cjson does not check strings. A line with a
-- byte >= 0x80 is checked with PCRE's UTF-8 validation ("u"), and only an
-- invalid one is rewritten: valid sequences kept, each stray byte written
-- as the escape \u00XX (its Latin-1 reading).
local UTF8_SEQ = [=[[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]]=]
    .. [=[|[\xe1-\xec\xee\xef][\x80-\xbf]{2}|\xed[\x80-\x9f][\x80-\xbf]]=]
    .. [=[|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}]=]
    .. [=[|\xf4[\x80-\x8f][\x80-\xbf]{2}|([\x80-\xff])]=]

local function escape_byte(m)
    local b = m[1]
    if b then
        return fmt("\\u%04x", byte(b))
    end
    return m[0]
end

-- (the two checks run patterns kept compiled by edge.waf.re: ngx.re's
-- "o" cache lookup builds and hashes a key per call, ~800 instructions)
local find_soft = re.find_soft
local utf8_valid = re.utf8_valid
-- a control byte (Lua's %c), '"' or '\\': the URI needs cjson's escaping
local NEEDS_ESCAPE = [=[[\x00-\x1f\x7f"\\]]=]
-- one of those or a byte >= 0x80: the URI is neither written as it is
-- nor known to be ASCII (one scan answers both for the common URI)
local NOT_PLAIN = [=[[\x00-\x1f\x7f"\\\x80-\xff]]=]
local HIGH = "[\\x80-\\xff]"

local function valid_utf8(line)
    if not find_soft(line, HIGH, "jo") then
        return line
    end
    if utf8_valid(line) then
        return line
    end
    return (re_gsub(line, UTF8_SEQ, escape_byte, "jo"))
end

-- The members of the request's `edge` table into the line, written one by
-- one: numbers by LuaJIT's own formatting (cjson prints every number with
-- snprintf("%.14g"), ~2,100 instructions each; LuaJIT's tostring gives
-- the same text), plain strings as they are, flat tables (the WAF's) by
-- put_flat, anything else by cjson; a number that is not finite as null. Keys are the
-- plugins' own ASCII names. Returns the separator for the next member and
-- whether a byte >= 0x80 was written.
local function finite(v)
    return v == v and v ~= huge and v ~= -huge
end

local function plain(v)
    return type(v) == "string" and not find_soft(v, NOT_PLAIN, "jo")
end

-- A table of numbers, plain strings and non-empty lists of plain strings
-- (the WAF's {action, score, rules}) written as cjson would; false (and
-- nothing written) for any other table.
local function put_flat(line, t)
    for _, v in pairs(t) do
        local tv = type(v)
        if tv == "table" then
            local n = #v
            if n == 0 then
                return false
            end
            for key, item in pairs(v) do
                if type(key) ~= "number" or key > n or not plain(item) then
                    return false
                end
            end
        elseif not (tv == "number" and finite(v) or plain(v)) then
            return false
        end
    end
    local sep = "{"
    for k, v in pairs(t) do
        if type(v) == "table" then
            line:put(sep, '"', k, '":["', concat(v, '","'), '"]')
        elseif type(v) == "number" then
            line:put(sep, '"', k, '":', v)
        else
            line:put(sep, '"', k, '":"', v, '"')
        end
        sep = ","
    end
    line:put(sep == "{" and "{}" or "}")
    return true
end

local function put_members(line, edge, check)
    local sep = ""
    for k, v in pairs(edge) do
        local t = type(v)
        if t == "number" then
            if finite(v) then
                line:put(sep, '"', k, '":', v)
            else
                line:put(sep, '"', k, '":null')
            end
        elseif plain(v) then
            line:put(sep, '"', k, '":"', v, '"')
        else
            line:put(sep, '"', k, '":')
            if not (t == "table" and put_flat(line, v)) then
                local text = encode(v)
                line:put(text)
                check = check or find_soft(text, HIGH, "jo") ~= nil
            end
        end
        sep = ","
    end
    return sep, check
end

function _M.log()
    local ctx = ngx.ctx
    if not ctx.route then
        -- after an internal redirect: the table access() filled
        local ref = tonumber(ngx_var.edge_ctx_ref or "")
        local before = ref and ctx_tables[ref]
        if before and before.route then
            ctx = before
        end
    end
    local route = ctx.route
    if route then
        run_log(conf, route, ctx)
        local edge = ctx.edge
        local waf = edge.waf
        if waf and M_WAF[waf.action] then
            metrics.incr(M_WAF[waf.action])
        end
        if edge.reputation then
            metrics.incr(M_REP[edge.reputation])
        end
    end
    local line = LINE:reset()
    -- Only the URI and the encoded edge object may hold a byte >= 0x80:
    -- route names and what log_members write are ASCII (config patterns),
    -- so the line's UTF-8 check runs when one of those two has such a byte
    -- (a scan of the whole line cost ~7 instructions a byte).
    local check = false
    local uri = ctx.request_uri or ngx_var.request_uri or ""
    if find_soft(uri, NOT_PLAIN, "jo") then
        if find_soft(uri, NEEDS_ESCAPE, "jo") then
            line:put('"uri":', encode(uri))
        else
            line:put('"uri":"', uri, '"')
        end
        check = find_soft(uri, HIGH, "jo") ~= nil
    else
        line:put('"uri":"', uri, '"')
    end
    line:put(',"route":"', route and route.name or ngx_var.edge_route,
             '","edge":{')
    local sep = ""
    local edge = ctx.edge
    if edge then
        sep, check = put_members(line, edge, check)
    end
    for i = 1, #member_plugins do
        if member_plugins[i].log_members(ctx, line, sep) then
            sep = ","
        end
    end
    line:put("}")
    local text = line:tostring()
    if check then
        text = valid_utf8(text)
    end
    -- one variable (each ngx.var write costs ~0.4 us interpreted)
    ngx_var.edge_access_log = text
end


-- The header filter gives the concurrency leases back as soon as the
-- service has answered: a lease protects the upstream, and a slow reader
-- must not keep it while nginx trickles a buffered answer to it. (The body
-- filter's last buffer would come too late: body_filter_by_lua makes nginx
-- copy the buffered answer through its output buffers at the client's
-- pace, so the last buffer reaches Lua only when the client has nearly
-- read everything.) The services answer once the work is done (Flask
-- builds the whole body before its headers), so their headers mark the
-- end of the costly part; a streaming service would be released early.
-- The log phase releases what is still held (a request refused or ended
-- in error_page).
--
-- A service's error answer that is not JSON (gunicorn's HTML 400/431, a
-- crash page) is replaced by the envelope with the same status (a 5xx is
-- the service failing: 502): decided here, the body swapped by the body
-- filter.
local JSON_TYPE = [[^application/(?:problem\+)?json\s*(?:;|$)]]

function _M.header_filter()
    -- leases are taken last in access(): a request holding them here is
    -- being answered by its service
    local ctx = ngx.ctx
    if ctx.leases or ctx.redis_leases then
        conn.release(ctx)
    end
    local status = ngx.status
    if status < 400 or not ngx_var.upstream_status then
        return
    end
    local ct = ngx_header["Content-Type"]
    if ct and re_find(ct, JSON_TYPE, "joi") then
        return
    end
    if status >= 500 then
        status = 502
        ngx.status = 502
    end
    metrics.incr(M_REPLACED[status])
    local body = problem.body(status, status == 502
                              and "the service failed to answer"
                              or "the service refused the request")
    ctx.replace_body = body
    ngx_header["Content-Type"] = "application/problem+json"
    ngx_header["Content-Length"] = #body
    ngx_header["Cache-Control"] = "no-store"
    ngx_header["Content-Encoding"] = nil
end


-- Swaps the body of a replaced error answer (see header_filter).
function _M.body_filter()
    if ngx.status < 400 then
        return  -- the common case: no ngx.ctx lookup per buffer
    end
    local ctx = ngx.ctx
    local body = ctx.replace_body
    if body then
        if body ~= "" then
            ngx.arg[1] = body
            ctx.replace_body = ""
        else
            ngx.arg[1] = ""
        end
        ngx.arg[2] = true
    end
end


function _M.not_found()
    return problem.send(404, ERROR_DETAILS[404])
end


-- Content for nginx's own errors (error_page): keep the status nginx chose.
-- The route nginx would pick for `uri` (exact match, else the longest
-- prefix, else unknown): for answers nginx gives before any location runs.
local function route_of(uri)
    local best, best_len = conf.routes.unknown, 0
    for _, route in pairs(conf.routes) do
        for _, m in ipairs(route.match or {}) do
            if m.exact == uri then
                return route
            end
            if m.prefix and #m.prefix > best_len
                    and sub(uri, 1, #m.prefix) == m.prefix then
                best, best_len = route, #m.prefix
            end
        end
    end
    return best
end


function _M.error_page()
    local status = ngx.status
    if not status or status < 400 then
        status = 500
    end
    -- nginx's own 405 (TRACE, refused while reading the header) still
    -- says what is allowed (RFC 9110)
    local headers
    if status == 405 and conf then
        -- (the URI is the error page's now: the path the client sent)
        local path = str_match(ngx_var.request_uri or "/", "^[^?]*")
        headers = { Allow = route_of(path).allow }
    end
    return problem.send(status, ERROR_DETAILS[status] or "error", nil,
                        headers)
end


return _M
