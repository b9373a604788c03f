-- What a request cost its upstream, measured in the log phase (once per
-- request, shared by the cost rules and the adaptive concurrency limits).
--
--   local measure = require "edge.limit.measure"
--   local cost, wait, own = measure.upstream(ctx)
--
-- cost: seconds of the service's time: its own figure when it sends
--   `Server-Timing: app;dur=<ms>` (the time its handler ran), else
--   $upstream_response_time summed over every try (and over the upstreams
--   of an internal redirect: "0.1, 0.2 : 0.3"). nil when the request never
--   reached an upstream.
-- wait: seconds the request spent at the upstream without being worked
--   on, the latency signal of the adaptive limits: the upstream response
--   time minus the service's own figure (the time queued in the service's
--   backlog plus the hop), or the whole upstream response time when the
--   service sends no figure. Using the wait and not the whole time keeps a
--   mix of cheap and costly requests from reading as congestion: a costly
--   request is slow, but a queue makes every request wait.
-- own: the service's own figure (seconds), 0 without one.
-- cpu: the service's CPU figure (`Server-Timing: ..., cpu;dur=<ms>`, the
--   CPU its handler used, seconds), nil without one: how many requests
--   the service really works on at once (edge.limit.adaptive's
--   parallelism) when its workers outnumber its cores.

local re = require "edge.waf.re"

local ngx_var = ngx.var
-- (kept compiled: ngx.re's "o" cache builds and hashes a key per call)
local re_match = re.match_soft
local gmatch = string.gmatch
local byte = string.byte
local tonumber = tonumber


local _M = { _VERSION = "0.1" }

-- a Server-Timing entry's duration: the service's own time (app) and the
-- CPU its handler used (cpu)
local DUR = [[(?:^|,)\s*app;(?:[^,]*;)?\s*dur=([0-9]+(?:\.[0-9]+)?)]]
local CPU = [[(?:^|,)\s*cpu;(?:[^,]*;)?\s*dur=([0-9]+(?:\.[0-9]+)?)]]


-- One number, digits with at most one ".": what total() would find as its
-- only match (one try at one upstream, the common case), told without
-- gmatch (whose iterator LuaJIT does not compile).
local function plain_number(v)
    local n = #v
    local b = byte(v, 1)
    if n == 0 or b < 48 or b > 57 then
        return false
    end
    local dot = false
    for i = 2, n do
        b = byte(v, i)
        if b == 46 and not dot then
            dot = true
        elseif b < 48 or b > 57 then
            return false
        end
    end
    return true
end


local function total(v)
    if plain_number(v) then
        return tonumber(v)
    end
    local sum, seen = 0, false
    for x in gmatch(v, "[0-9]+%.?[0-9]*") do
        sum = sum + tonumber(x)
        seen = true
    end
    return seen and sum or nil
end
_M.total = total


-- The duration (seconds) of the Server-Timing entry `pattern` matches, nil
-- without one.
local function figure(header, pattern)
    if not header then
        return nil
    end
    local m = re_match(header, pattern, "jo")
    if m then
        return tonumber(m[1]) / 1000
    end
    return nil
end


function _M.service_time(header)
    return figure(header, DUR)
end
local service_time = _M.service_time


function _M.cpu_time(header)
    return figure(header, CPU)
end
local cpu_time = _M.cpu_time


function _M.upstream(ctx)
    if ctx.measured then
        return ctx.cost, ctx.wait, ctx.own, ctx.cpu
    end
    ctx.measured = true
    local v = ngx_var.upstream_response_time
    local rtt = v and total(v)
    if not rtt then
        return nil
    end
    local header = ngx_var.upstream_http_server_timing
    local own = service_time(header)
    local cost, wait
    ctx.own = own or 0
    if own then
        ctx.cpu = cpu_time(header)
        cost = own
        wait = rtt - own
        if wait < 0 then
            wait = 0
        end
    else
        cost, wait = rtt, rtt
    end
    ctx.cost, ctx.wait = cost, wait
    return cost, wait, ctx.own, ctx.cpu
end


return _M
