-- The "redis" store: limiter state shared by every edge through one Redis
-- (a plain server, or the master a Sentinel setup names). The limiters
-- call it the way they call the local store (edge.limit.store.shdict):
-- a request's ban check, rate rules and leases all by run() (one
-- server-side script, edge.limit.store.scripts, in one round trip: see
-- edge.limit.trip), leases given back by release() and renewed while
-- held (hold()), cost charges by charge(), blocks by block().
--
-- Connections: lua-resty-redis (Debian's lua-nginx-redis: nginx.redis;
-- OpenResty's resty.redis) over cosockets (TCP, or the server's Unix
-- socket: store.redis.socket), kept in nginx's keepalive pool
-- (store.redis.pool_size per worker, keepalive_ms idle); connect, send and
-- read timeouts in milliseconds. With store.redis.sentinels the master's
-- address is asked of the sentinels (lua-resty-redis-connector's sentinel
-- module) when a connection is made, and kept in the edge_state dict for a
-- second; a master that turned replica (READONLY) or stopped answering is
-- forgotten, so the next connection asks again.
--
-- Failures: any error (refused, timeout, READONLY, a script error) is
-- returned as nil, err to the caller, which applies each rule's policy
-- (on_store_error). A circuit breaker per target (host:port or the
-- sentinel master name), its state in the edge_state shared dict (so all
-- workers agree): `failures` errors in a row open it for `open_ms`, during
-- which no request asks Redis (the policy applies at once: an outage adds
-- no timeout to every request); then one request at a time probes it
-- (half-open); the first success closes it. Opening and closing are logged
-- and counted in /metrics, with every error and the latency of each call.
-- Recovery needs no restart.
--
-- Cosockets are not available in the log and header filter phases: what
-- those phases write (a lease released, a cost charged, a block counted)
-- goes through a 0-delay timer (after(fn, ...)).

local scripts = require "edge.limit.store.scripts"
local metrics = require "edge.metrics"
local validate = require("edge.schema").validate
local cjson = require "cjson.safe"
local buffer = require "string.buffer"
local new_tab = require "table.new"
local memo = require "edge.limit.memo"

local ngx = ngx
local ngx_shared = ngx.shared
local ngx_log = ngx.log
local ngx_now = ngx.now
local ngx_update_time = ngx.update_time
local ngx_timer_at = ngx.timer.at
local ngx_timer_every = ngx.timer.every
local ngx_null = ngx.null
local sha1_bin = ngx.sha1_bin
local ERR = ngx.ERR
local WARN = ngx.WARN
local os_getenv = os.getenv
local io_open = io.open
local pcall = pcall
local require = require
local tonumber = tonumber
local tostring = tostring
local type = type
local error = error
local ipairs = ipairs
local rawget = rawget
local pairs = pairs
local find = string.find
local match = string.match
local byte = string.byte
local sub = string.sub
local fmt = string.format
local floor = math.floor


local _M = { _VERSION = "0.1" }

local need = require("edge.pkg").need

-- lua-resty-redis and the connector's sentinel module: loaded at init
-- when a store.redis section asks for them (a local-only edge needs
-- neither package).
local redis, get_master

local function hex(s)
    return (s:gsub(".", function(c)
        return fmt("%02x", byte(c))
    end))
end

local SHA = {}
for name, text in pairs(scripts) do
    if type(text) == "string" and name ~= "_VERSION" then
        SHA[name] = hex(sha1_bin(text))
    end
end


-- The top-level "store" section of the edge config.
_M.name = "store"
_M.schema_name = "store"
_M.schema = {
    type = "object", default = {},
    description = "where limits, leases and bans live when a rule says "
                  .. "store: redis, and how many edges share them",
    fields = {
        edges = {
            type = "integer", default = 1, min = 1, max = 1000,
            description = "edges sharing the store: a redis rule whose "
                          .. "policy is local divides its limit by this "
                          .. "while Redis is unreachable",
        },
        rules = {
            type = "string", enum = { "local", "redis" }, default = "local",
            description = "the store of every rate and concurrency rule "
                          .. "that names none (adaptive limits stay local)",
        },
        on_store_error = {
            type = "string", enum = { "fail_open", "fail_closed", "local" },
            description = "the policy of the redis rules that name none "
                          .. "(default: from each rule's fail_open)",
        },
        bans = {
            type = "string", enum = { "local", "redis" }, default = "local",
            description = "where the WAF's bans live (redis: one edge's ban "
                          .. "refuses the client on every edge)",
        },
        redis = {
            type = "object",
            description = "the Redis server (host, port) or Sentinel setup "
                          .. "(sentinels, master_name); EDGE_REDIS "
                          .. "(host:port) in the environment overrides "
                          .. "host and port",
            fields = {
                host = { type = "string", default = "127.0.0.1", max = 255 },
                port = { type = "integer", default = 6379, min = 1,
                         max = 65535 },
                socket = {
                    type = "string", min = 2, max = 107,
                    pattern = "^/[!-~]+$",
                    description = "the server's Unix domain socket (its "
                                  .. "unixsocket; Redis on this machine: "
                                  .. "no TCP stack on either side); when "
                                  .. "set, host and port are not used",
                },
                sentinels = {
                    type = "array", default = {}, max = 16,
                    items = { type = "string",
                              pattern = "^[A-Za-z0-9.:-]+:[0-9]{1,5}$" },
                    description = "host:port of the sentinels (asked in "
                                  .. "order); when set, host and port "
                                  .. "are not used",
                },
                master_name = {
                    type = "string", default = "mymaster",
                    pattern = "^[A-Za-z0-9._-]{1,64}$",
                },
                db = { type = "integer", default = 0, min = 0, max = 15 },
                username = {
                    type = "string", max = 128,
                    pattern = "^[!-~]+$",
                    description = "ACL user (Redis >= 6) sent with the "
                                  .. "password (AUTH username password)",
                },
                password = {
                    type = "string", min = 1, max = 512,
                    description = "sent by AUTH on every new connection to "
                                  .. "the server (not to sentinels); "
                                  .. "EDGE_REDIS_PASSWORD in the "
                                  .. "environment overrides it",
                },
                ssl = {
                    type = "boolean", default = false,
                    description = "TLS to the server (not to sentinels)",
                },
                ssl_verify = {
                    type = "boolean", default = true,
                    description = "verify the server's certificate (needs "
                                  .. "lua_ssl_trusted_certificate in "
                                  .. "nginx.conf)",
                },
                server_name = {
                    type = "string", max = 255,
                    pattern = "^[A-Za-z0-9.-]+$",
                    description = "TLS: the name sent (SNI) and verified "
                                  .. "(default: host)",
                },
                connect_timeout_ms = { type = "integer", default = 50,
                                       min = 1, max = 60000 },
                send_timeout_ms = { type = "integer", default = 50,
                                    min = 1, max = 60000 },
                read_timeout_ms = { type = "integer", default = 100,
                                    min = 1, max = 60000 },
                pool_size = {
                    type = "integer", default = 64, min = 1, max = 10000,
                    description = "idle connections kept per worker",
                },
                keepalive_ms = { type = "integer", default = 60000,
                                 min = 1000, max = 3600000 },
                breaker_failures = {
                    type = "integer", default = 3, min = 1, max = 1000,
                    description = "errors in a row that open the circuit",
                },
                breaker_open_ms = {
                    type = "integer", default = 2000, min = 10,
                    max = 3600000,
                    description = "how long an open circuit stops asking",
                },
            },
        },
    },
}

metrics.describe("edge_store_latency_seconds", "histogram",
                 "Round trips to the Redis store (successful or not), by "
                 .. "target.")
metrics.describe("edge_store_errors_total", "counter",
                 "Failed calls to the Redis store, by target and what "
                 .. "failed (connect, call).")
metrics.describe("edge_store_skipped_total", "counter",
                 "Calls not made because the target's circuit was open.")
metrics.describe("edge_store_circuit_opens_total", "counter",
                 "Times a target's circuit breaker opened.")
metrics.describe("edge_store_circuit_open", "gauge",
                 "1 while a target's circuit breaker is open.")

local BUCKETS = { 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1,
                  0.25, 0.5, 1 }

-- Compiled at init (master), read-only afterwards.
local cfg, target, state, edges
local M = {}


-- EDGE_STORE_CONFIG names a JSON file holding a whole "store" section,
-- which replaces the config's: the same edge config serves one edge and a
-- cluster (make run-cluster: openresty/edge-cluster.json, with
-- "rules": "redis"). Applied to the raw config before validation
-- (prepare), so the validated config is what the two files say.
local function overlay_where()
    local path = os_getenv("EDGE_STORE_CONFIG")
    if not path or path == "" then
        return nil
    end
    return "EDGE_STORE_CONFIG " .. path .. ": ", path
end

local function overlay(raw)
    local where, path = overlay_where()
    if not where then
        return
    end
    local f, err = io_open(path, "rb")
    if not f then
        error(where .. "cannot open: " .. err, 0)
    end
    local text = f:read("*a")
    f:close()
    local doc, derr = cjson.decode(text)
    if type(doc) ~= "table" then
        error(where .. "not a JSON object (the store section): "
              .. tostring(derr), 0)
    end
    local ok, v = pcall(validate, doc, _M.schema, "config.store")
    if not ok then
        error(where .. tostring(v), 0)
    end
    raw.store = v
end


-- store.rules and store.on_store_error: the rules' own store and policy
-- when they name none, written into the raw rules before validation.
local function rule_defaults(raw)
    local ok, s = pcall(validate, type(raw.store) == "table" and raw.store
                        or {}, _M.schema, "config.store")
    if not ok then
        return  -- the validation proper names the field
    end
    for _, section in ipairs({ "limits", "concurrency" }) do
        local rules = type(raw[section]) == "table" and raw[section].rules
        if type(rules) == "table" then
            for _, r in pairs(rules) do
                if type(r) == "table" then
                    if r.store == nil and r.adaptive == nil then
                        r.store = s.rules
                    end
                    if r.store == "redis" and r.on_store_error == nil then
                        r.on_store_error = s.on_store_error
                    end
                end
            end
        end
    end
end


-- Before validation (edge.config): the store overlay and the rules'
-- defaults, on the raw config.
function _M.prepare(raw)
    overlay(raw)
    rule_defaults(raw)
end


function _M.compile(conf)
    local from = overlay_where() or ""
    local s = conf.store
    if s.rules == "redis" and not s.redis then
        error(from .. 'config.store.rules: "redis" needs the store.redis '
              .. "section (the server or sentinels)", 0)
    end
    edges = s.edges
    local r = s.redis
    if not r then
        cfg = nil
        return
    end
    redis = need("redis")
    get_master = need("redis.sentinel").get_master
    -- a copy: the validated config stays as the file says
    local copy = {}
    for k, v in pairs(r) do
        copy[k] = v
    end
    r = copy
    local env = os_getenv("EDGE_REDIS")
    if env and env ~= "" then
        local h, p = match(env, "^(.+):(%d+)$")
        if not h then
            error("EDGE_REDIS: expected host:port, got " .. env, 0)
        end
        r.host, r.port = h, tonumber(p)
    end
    local pw = os_getenv("EDGE_REDIS_PASSWORD")
    if pw and pw ~= "" then
        r.password = pw
    end
    if r.username and not r.password then
        error(from .. "config.store.redis.username: needs a password (or "
              .. "EDGE_REDIS_PASSWORD)", 0)
    end
    if not r.ssl and r.server_name then
        error(from .. "config.store.redis.server_name: is for TLS (ssl: "
              .. "true)", 0)
    end
    if r.socket and #r.sentinels > 0 then
        error(from .. "config.store.redis.socket: not with sentinels (they "
              .. "name the master by host and port)", 0)
    end
    if r.socket and r.ssl then
        error(from .. "config.store.redis.socket: Redis serves its Unix "
              .. "socket without TLS (ssl: false)", 0)
    end
    if r.socket and env and env ~= "" then
        r.socket = nil  -- EDGE_REDIS names the server
    end
    local sentinels = {}
    for i, hp in ipairs(r.sentinels) do
        local h, p = match(hp, "^(.+):(%d+)$")
        sentinels[i] = { host = h, port = tonumber(p) }
    end
    r.sentinel_list = sentinels
    cfg = r
    target = #sentinels > 0 and ("sentinel:" .. r.master_name)
             or r.socket and ("unix:" .. r.socket)
             or (r.host .. ":" .. r.port)
    r.unix = r.socket and ("unix:" .. r.socket)
    state = ngx_shared.edge_state
    if not state then
        error("config.store.redis: needs lua_shared_dict edge_state", 0)
    end
    local labels = { target = target }
    M.errors = {
        connect = metrics.key("edge_store_errors_total",
                              { target = target, what = "connect" }),
        call = metrics.key("edge_store_errors_total",
                           { target = target, what = "call" }),
    }
    M.skipped = metrics.key("edge_store_skipped_total", labels)
    M.opens = metrics.key("edge_store_circuit_opens_total", labels)
    M.buckets = {}
    for i, le in ipairs(BUCKETS) do
        M.buckets[i] = metrics.key("edge_store_latency_seconds_bucket",
                                   { target = target, le = le })
    end
    M.inf = metrics.key("edge_store_latency_seconds_bucket",
                        { target = target, le = "+Inf" })
    M.sum = metrics.key("edge_store_latency_seconds_sum", labels)
    M.count = metrics.key("edge_store_latency_seconds_count", labels)
    M.k_open = "brk:open:" .. target
    M.k_fail = "brk:fail:" .. target
    M.k_probe = "brk:probe:" .. target
    M.k_master = "redis:master:" .. target
    M.gauge = 'edge_store_circuit_open{target="' .. metrics.label(target)
              .. '"} '
    metrics.add_gauges(function(out)
        out[#out + 1] = M.gauge .. (state:get(M.k_open) and 1 or 0)
    end)
end


function _M.configured()
    return cfg ~= nil
end


function _M.edges()
    return edges or 1
end


function _M.target()
    return target
end


local function observe(dt)
    local b = M.buckets
    for i = 1, #BUCKETS do
        if dt <= BUCKETS[i] then
            metrics.incr(b[i])
        end
    end
    metrics.incr(M.inf)
    metrics.incr(M.sum, dt)
    metrics.incr(M.count)
end


-- The breaker ------------------------------------------------------------

-- May this call ask Redis? Closed: yes. Open: no. Half-open (the open
-- time passed, but the last calls failed): one probe at a time.
local function allowed()
    if state:get(M.k_open) then
        return false
    end
    local fails = state:get(M.k_fail)
    if not fails or fails < cfg.breaker_failures then
        return true
    end
    return (state:add(M.k_probe, true, cfg.read_timeout_ms / 1000
                      + cfg.connect_timeout_ms / 1000 + 1))
end


local function failed(what, err)
    metrics.incr(M.errors[what])
    local n = state:incr(M.k_fail, 1, 0)
    state:delete(M.k_probe)
    if n and n >= cfg.breaker_failures then
        local ok = state:add(M.k_open, true, cfg.breaker_open_ms / 1000)
        if ok then
            metrics.incr(M.opens)
            ngx_log(ERR, "edge: store redis ", target, ": circuit open for ",
                    cfg.breaker_open_ms, " ms after ", n, " failure(s) in a ",
                    "row; last: ", what, ": ", err)
        end
    end
end


local function succeeded()
    local fails = state:get(M.k_fail)
    if fails and fails > 0 then
        state:set(M.k_fail, 0)
        state:delete(M.k_probe)
        if fails >= cfg.breaker_failures then
            ngx_log(WARN, "edge: store redis ", target, ": circuit closed, ",
                    "Redis answers again")
        end
    end
end


-- Connections -----------------------------------------------------------

-- lua-resty-redis before 0.28 has only set_timeout (one value for all
-- three): then the timeouts are set on its cosocket. (rawget: the module
-- makes any unknown name a Redis command.)
local function set_timeouts(red, c, s, r)
    if rawget(redis, "set_timeouts") then
        return red:set_timeouts(c, s, r)
    end
    local sock = rawget(red, "_sock")
    if sock and sock.settimeouts then
        return sock:settimeouts(c, s, r)
    end
    return red:set_timeout(r)
end


-- A connection to host:port; `server` (the Redis server, not a sentinel):
-- TLS and AUTH when configured, on a new connection only (a pooled one
-- was set up when it was made).
local function open_socket(host, port, server)
    local red = redis:new()
    set_timeouts(red, cfg.connect_timeout_ms, cfg.send_timeout_ms,
                 cfg.read_timeout_ms)
    local ok, err
    if port then
        ok, err = red:connect(host, port)
    else
        ok, err = red:connect(host)  -- "unix:/path"
    end
    if not ok then
        return nil, err
    end
    if red:get_reused_times() ~= 0 then
        return red
    end
    if server and cfg.ssl then
        -- (false: no session kept; Debian's lua-resty-core asserts on a
        -- failed verification when asked for the session)
        ok, err = rawget(red, "_sock"):sslhandshake(false, cfg.server_name
                                                           or host,
                                                     cfg.ssl_verify)
        if not ok then
            red:close()
            return nil, "tls: " .. tostring(err)
        end
    end
    if server and cfg.password then
        if cfg.username then
            ok, err = red:auth(cfg.username, cfg.password)
        else
            ok, err = red:auth(cfg.password)
        end
        if not ok then
            red:close()
            return nil, "auth: " .. tostring(err)
        end
    end
    if server and cfg.db ~= 0 then
        ok, err = red:select(cfg.db)
        if not ok then
            red:close()
            return nil, err
        end
    end
    return red
end


-- The master's address, from the sentinels (cached for a second).
local function master_address()
    local cached = state:get(M.k_master)
    if cached then
        local h, p = match(cached, "^(.+):(%d+)$")
        return h, tonumber(p)
    end
    local last = "no sentinel answered"
    for _, s in ipairs(cfg.sentinel_list) do
        local sen, err = open_socket(s.host, s.port)
        if sen then
            local m, merr = get_master(sen, cfg.master_name)
            if m then
                sen:set_keepalive(cfg.keepalive_ms, cfg.pool_size)
                state:set(M.k_master, m.host .. ":" .. m.port, 1)
                return m.host, tonumber(m.port)
            end
            sen:close()
            last = "sentinel " .. s.host .. ":" .. s.port .. ": "
                   .. tostring(merr or "no master")
        else
            last = "sentinel " .. s.host .. ":" .. s.port .. ": " .. err
        end
    end
    return nil, last
end


local function connect()
    if #cfg.sentinel_list > 0 then
        local host, port = master_address()
        if not host then
            return nil, port
        end
        return open_socket(host, port, true)
    end
    if cfg.unix then
        return open_socket(cfg.unix, nil, true)
    end
    return open_socket(cfg.host, cfg.port, true)
end


-- Run fn(red, ...) on a pooled connection; fn returns res or nil, err.
-- Returns res, or nil, err ("circuit open" when the breaker said no).
local function with_redis(fn, ...)
    if not allowed() then
        metrics.incr(M.skipped)
        return nil, "circuit open"
    end
    ngx_update_time()
    local t0 = ngx_now()
    local red, err = connect()
    if not red then
        ngx_update_time()
        observe(ngx_now() - t0)
        failed("connect", err)
        state:delete(M.k_master)
        return nil, err
    end
    local res
    res, err = fn(red, ...)
    ngx_update_time()
    observe(ngx_now() - t0)
    if not res then
        err = err or "no reply"
        red:close()
        failed("call", err)
        state:delete(M.k_master)
        return nil, err
    end
    red:set_keepalive(cfg.keepalive_ms, cfg.pool_size)
    succeeded()
    return res
end
_M.with_redis = with_redis


-- EVALSHA, loading the script on NOSCRIPT (a restarted or new server).
-- The command is built here as one string (build_evalsha from a list of
-- arguments; run() straight from the request's items) and its reply read
-- here: lua-resty-redis builds a table of four pieces per argument, which
-- nginx then walks through the Lua C API (for the REQUEST script's ~30
-- arguments ~80k instructions a request, callgrind). Returns the reply,
-- or nil, err (an error reply, a broken connection, a null). CMD is
-- scratch: filled and turned into a string with no yield between.
local CMD = buffer.new(1024)

local function build_evalsha(sha, nkeys, args, n)
    local b = CMD:reset()
    b:put("*", n + 3, "\r\n$7\r\nEVALSHA\r\n$", #sha, "\r\n", sha, "\r\n")
    local s = tostring(nkeys)
    b:put("$", #s, "\r\n", s, "\r\n")
    for i = 1, n do
        local a = args[i]
        if type(a) ~= "string" then
            a = tostring(a)
        end
        b:put("$", #a, "\r\n", a, "\r\n")
    end
    return b:tostring()
end

-- Replies are read as they arrive (receiveany: one socket call for a
-- whole small reply, where reading line by line took one per value) and
-- parsed here. parse_value(data, pos): a value starting at pos and the
-- position after it: a bulk string (ngx.null for a nil one), an integer,
-- a status, or false, message for an error; nil when data ends first;
-- nil, nil, err when it is no value.
local function parse_value(data, pos)
    local e = find(data, "\r\n", pos, true)
    if not e then
        return nil
    end
    local p = byte(data, pos)
    if p == 58 then            -- ":"
        return tonumber(sub(data, pos + 1, e - 1)), e + 2
    elseif p == 36 then        -- "$"
        local size = tonumber(sub(data, pos + 1, e - 1))
        if not size then
            return nil, nil, "bad bulk length from redis"
        elseif size < 0 then
            return ngx_null, e + 2
        end
        local stop = e + 2 + size
        if #data < stop + 1 then
            return nil
        end
        return sub(data, e + 2, stop - 1), stop + 2
    elseif p == 43 then        -- "+"
        return sub(data, pos + 1, e - 1), e + 2
    elseif p == 45 then        -- "-"
        return false, e + 2, sub(data, pos + 1, e - 1)
    end
    return nil, nil, "unexpected reply from redis: " .. sub(data, pos, pos + 40)
end

-- A reply in data: a value, or a flat array of values (every script here
-- answers one of those); an error reply is false, message; nil when data
-- ends first; nil, err when it is no reply.
local function parse_reply(data)
    if byte(data) ~= 42 then   -- not "*"
        local v, _, err = parse_value(data, 1)
        return v, err
    end
    local e = find(data, "\r\n", 2, true)
    if not e then
        return nil
    end
    local count = tonumber(sub(data, 2, e - 1))
    if not count then
        return nil, "bad array length from redis"
    end
    local out = new_tab(count > 0 and count or 0, 0)
    local pos = e + 2
    for i = 1, count do
        local v, nxt, err = parse_value(data, pos)
        if v == nil then
            return nil, err
        elseif v == false then
            return nil, err  -- an error inside an array: none of ours
        end
        out[i] = v
        pos = nxt
    end
    return out
end

local READ_MAX = 65536

local function read_reply(sock)
    local data, err = sock:receiveany(READ_MAX)
    if not data then
        return nil, err
    end
    while true do
        local res
        res, err = parse_reply(data)
        if res ~= nil or err then
            return res, err
        end
        local more
        more, err = sock:receiveany(READ_MAX)
        if not more then
            return nil, err
        end
        data = data .. more
    end
end

-- Send a built EVALSHA of script `name` and read its reply; on NOSCRIPT
-- (a restarted or new server) load the script and send it once more.
local function call(red, name, cmd)
    local sock = rawget(red, "_sock")
    local ok, err = sock:send(cmd)
    if not ok then
        return nil, err
    end
    local res
    res, err = read_reply(sock)
    if res == false and find(err, "NOSCRIPT", 1, true) then
        local sha
        sha, err = red:script("load", scripts[name])
        if not sha then
            return nil, err
        end
        ok, err = sock:send(cmd)
        if not ok then
            return nil, err
        end
        res, err = read_reply(sock)
    end
    if not res then
        return nil, err or "no reply"
    end
    if res == ngx_null then
        return nil, "null reply"
    end
    return res
end


local function evalsha(red, name, nkeys, args)
    return call(red, name, build_evalsha(SHA[name], nkeys, args, #args))
end


-- Runs fn(premature, ...) in a 0-delay timer (the log and header filter
-- phases have no cosockets). Logged when nginx refuses the timer.
function _M.after(fn, ...)
    local ok, err = ngx_timer_at(0, fn, ...)
    if not ok then
        ngx_log(ERR, "edge: store redis: cannot start a timer: ", err)
    end
    return ok
end


-- A request's work ---------------------------------------------------------

local function request_call(red, cmd)
    return call(red, "REQUEST", cmd)
end


-- One argument into the command being built.
local function bulk(b, s)
    b:put("$", #s, "\r\n", s, "\r\n")
end

-- A rate rule's two fixed script arguments (scripts.REQUEST) as they go
-- into the command, derived once per worker from its script table
-- (rule.script: kind, a, b, compiled by edge.limit.rate); a cost rule's
-- second one is its reserve, per request.
local FIXED = setmetatable({}, { __mode = "k" })

local function fixed(sc)
    local f = FIXED[sc]
    if not f then
        local a = fmt("%.17g", sc[2])
        local b = fmt("%.17g", sc[3])
        if sc[1] == "c" then
            f = "$" .. #b .. "\r\n" .. b .. "\r\n"
        else
            f = "$" .. #a .. "\r\n" .. a .. "\r\n$" .. #b .. "\r\n" .. b
                .. "\r\n"
        end
        FIXED[sc] = f
    end
    return f
end

local DRY = { g = "G", c = "C", f = "F", s = "S" }
local ban_key = memo.wrapper("rep:{", "}|ban")
local MILLION = 1e6


-- All of a request's Redis work in one round trip (scripts.REQUEST):
--   ban        the client key whose shared ban is checked, or nil
--   items      rate items as in edge.limit.store.shdict (rule, key, used,
--              prev, state), items[from..to] (from nil: none); the rule
--              carries its script arguments (rule.script: kind, a, b) and
--              items[i + 2] its reserve (cost rules: wall seconds) on the
--              way in
--   lease      nil, or { keys, maxes, dries, id, ttl_ms }: the lease sets
-- Returns nil, now, counts (all admitted: the items' states "ok"/"dry",
-- used, prev filled; counts: in flight per lease set, this request
-- included) | "banned" | "refused", i, now (rate item i) | "over", i, n
-- (lease set i full with n) | "error", err. Nothing is taken unless all
-- is admitted. now: the server's, minus epoch; now, used and prev come
-- back in millionths (the script formats no numbers).
-- The command is built straight into CMD (no argument table), and is a
-- string before anything yields.
function _M.run(epoch, ban, items, from, to, lease)
    local nrate = from and floor((to - from) / 5) + 1 or 0
    local keys = lease and lease[1]
    local nlease = keys and #keys or 0
    local nk = (ban and 1 or 0) + nrate + nlease
    local b = CMD:reset()
    b:put("*", 5 + nk + 2 * nrate + (nlease > 0 and 2 + nlease or 0),
          "\r\n$7\r\nEVALSHA\r\n$40\r\n", SHA.REQUEST, "\r\n")
    bulk(b, tostring(nk))
    if ban then
        bulk(b, ban_key(ban))
    end
    local nslide = 0
    if from then
        for i = from, to, 5 do
            bulk(b, items[i].tag(items[i + 1]))
        end
    end
    for i = 1, nlease do
        bulk(b, keys[i])
    end
    bulk(b, tostring(epoch))
    b:put("$", nrate + 1, "\r\n", ban and "b" or "-")
    if from then
        for i = from, to, 5 do
            local rule = items[i]
            local k = rule.script[1]
            if k == "s" then
                nslide = nslide + 1
            end
            b:put(rule.dry_run and DRY[k] or k)
        end
    end
    b:put("\r\n")
    if from then
        for i = from, to, 5 do
            local sc = items[i].script
            b:put(fixed(sc))
            if sc[1] == "c" then
                bulk(b, fmt("%.17g", items[i + 2] or 0))
            end
        end
    end
    if nlease > 0 then
        local maxes, dries = lease[2], lease[3]
        bulk(b, lease[4])
        bulk(b, tostring(lease[5]))
        for i = 1, nlease do
            bulk(b, tostring(dries[i] and -maxes[i] or maxes[i]))
        end
    end
    local res, err = with_redis(request_call, b:tostring())
    if not res then
        return "error", err
    end
    local code = type(res) == "table" and res[1]
    if code == 0 and #res == 3 + nrate + nslide + nlease then
        local dry, bit = res[3], 1
        local j, p = 4, 4 + nrate
        if from then
            for i = from, to, 5 do
                local prev = 0
                if items[i].script[1] == "s" then
                    prev = res[p] / MILLION
                    p = p + 1
                end
                items[i + 2] = res[j] / MILLION
                items[i + 3] = prev
                items[i + 4] = dry % (2 * bit) >= bit and "dry" or "ok"
                bit = bit * 2
                j = j + 1
            end
        end
        local counts
        if nlease > 0 then
            counts = new_tab(nlease, 0)
            for i = 1, nlease do
                counts[i] = res[p + i - 1]
            end
        end
        return nil, res[2] / MILLION, counts
    elseif code == 1 and #res == 5 then
        local i = from + (res[2] - 1) * 5
        items[i + 2], items[i + 3] = res[4] / MILLION, res[5] / MILLION
        items[i + 4] = "refused"
        return "refused", i, res[3] / MILLION
    elseif code == 2 then
        return "banned"
    elseif code == 3 and #res == 3 then
        return "over", res[2], res[3]
    end
    return "error", "unexpected reply from redis"
end


local function charge_call(red, key, t, epoch)
    return evalsha(red, "CHARGE", 1, { key, epoch, fmt("%.17g", t) })
end

local function charge_timer(premature, key, t, epoch, on_error, a, b, c)
    if premature then
        return
    end
    local _, err = with_redis(charge_call, key, t, epoch)
    if err then
        on_error(err, a, b, c)
    end
end


-- Log phase: add t wall seconds (negative: a refund) to a cost key; when
-- Redis cannot take it, on_error(err, a, b, c) in the timer (the rule's
-- policy: see edge.limit.rate).
function _M.charge(key, t, epoch, on_error, a, b, c)
    return _M.after(charge_timer, key, t, epoch, on_error, a, b, c)
end


-- Leases -----------------------------------------------------------------
-- (renewal: see below)

local MAX_LIVE = 10000
local RENEW_BATCH = 256
local renew_every
local live = {}
local nlive = 0
local full_logged = 0

-- One ZREM per lease set, pipelined, built and read here (as EVALSHA's)
-- rather than through lua-resty-redis's pipeline; each reply is one line
-- (an integer, or an error).
local function release_call(red, keys, id)
    local sock = rawget(red, "_sock")
    local b = CMD:reset()
    for i = 1, #keys do
        local key = keys[i]
        b:put("*3\r\n$4\r\nZREM\r\n$", #key, "\r\n", key, "\r\n$", #id,
              "\r\n", id, "\r\n")
    end
    local ok, err = sock:send(b:tostring())
    if not ok then
        return nil, err
    end
    for _ = 1, #keys do
        local line
        line, err = sock:receive()
        if not line then
            return nil, err
        elseif byte(line) ~= 58 then  -- not ":"
            return nil, sub(line, 1, 80)
        end
    end
    return true
end

local function release_timer(premature, keys, id)
    if premature then
        return
    end
    local _, err = with_redis(release_call, keys, id)
    if err then
        ngx_log(WARN, "edge: store redis: leases not released (they ",
                "expire with their TTL): ", err)
    end
end


-- Give leases back (from any phase: in a timer).
function _M.release(keys, id)
    if live[id] then
        live[id] = nil
        nlive = nlive - 1
    end
    return _M.after(release_timer, keys, id)
end


-- Renewal ----------------------------------------------------------------
-- A request may outlive its leases' TTL (a long upload, a slow service):
-- every `renew_every` seconds (a third of the shortest lease_ttl) a timer
-- of each worker pushes the deadlines of this worker's leases still held
-- to now + TTL, in calls of RENEW_BATCH leases (scripts.RENEW). The
-- registry `live` (request id -> keys, ttl_ms) belongs to the worker: it
-- dies with it, so the leases of an edge SIGKILLed are renewed no more
-- and expire within their TTL. Each request writes only its own entry
-- (under its unique id, when its leases are taken; cleared when they are
-- given back); its state proper stays in its ctx. Bounded: beyond
-- MAX_LIVE entries a worker's further leases are not renewed (logged).



-- At init (conn's compile): leases of this TTL (s) exist.
function _M.lease_ttl(ttl)
    local every = ttl / 3
    if not renew_every or every < renew_every then
        renew_every = every
    end
end


-- A request's leases were taken: renew them while it runs.
function _M.hold(keys, id, ttl_ms)
    if live[id] then
        return true
    end
    if nlive >= MAX_LIVE then
        local now = ngx_now()
        if full_logged + 1 <= now then
            full_logged = now
            ngx_log(WARN, "edge: store redis: ", MAX_LIVE, " leases held ",
                    "by this worker: further ones are not renewed")
        end
        return false
    end
    live[id] = { keys, ttl_ms }
    nlive = nlive + 1
    return true
end


local function renew_call(red, args, nkeys)
    return evalsha(red, "RENEW", nkeys, args)
end


-- One batch: keys then (id, ttl) per key.
local function renew_batch(keys, argv, n)
    for i = 1, #argv do
        keys[n + i] = argv[i]
    end
    local res, err = with_redis(renew_call, keys, n)
    if not res then
        ngx_log(WARN, "edge: store redis: leases not renewed (they expire ",
                "with their TTL unless renewed next time): ", err)
    end
end


local function renew(premature)
    if premature or nlive == 0 then
        return
    end
    -- a snapshot first: the calls yield, and requests come and go
    local keys, argv, n = {}, {}, 0
    local batches = {}
    for id, entry in pairs(live) do
        local ks, ttl = entry[1], entry[2]
        for i = 1, #ks do
            n = n + 1
            keys[n] = ks[i]
            argv[2 * n - 1] = id
            argv[2 * n] = ttl
        end
        if n >= RENEW_BATCH then
            batches[#batches + 1] = { keys, argv, n }
            keys, argv, n = {}, {}, 0
        end
    end
    if n > 0 then
        batches[#batches + 1] = { keys, argv, n }
    end
    for i = 1, #batches do
        local b = batches[i]
        renew_batch(b[1], b[2], b[3])
    end
end
_M.renew = renew


function _M.init_worker()
    if cfg and renew_every then
        local ok, err = ngx_timer_every(renew_every, renew)
        if not ok then
            ngx_log(ERR, "edge: store redis: no lease renewal timer: ", err)
        end
    end
end


-- Bans -------------------------------------------------------------------

local function block_call(red, client_key, window, blocks, duration)
    return evalsha(red, "BLOCK", 2, { "rep:{" .. client_key .. "}|blk",
                   "rep:{" .. client_key .. "}|ban", window, blocks,
                   duration })
end

local function block_timer(premature, client_key, ban, on_ban)
    if premature then
        return
    end
    local res, err = with_redis(block_call, client_key, ban.window,
                                ban.blocks, ban.duration)
    if not res then
        ngx_log(WARN, "edge: store redis: a block was not counted: ", err)
        return
    end
    if tonumber(res[2]) == 1 then
        on_ban(client_key, tonumber(res[1]))
    end
end


-- Log phase: count a blocked request; on_ban(client_key, n) when this
-- block started a ban.
function _M.block(client_key, ban, on_ban)
    return _M.after(block_timer, client_key, ban, on_ban)
end


return _M
