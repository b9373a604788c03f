-- Counters in a shared dict, exported in the Prometheus text format on the
-- loopback-only status server (nginx.conf: location = /metrics).
--
-- Synopsis:
--   local metrics = require "edge.metrics"
--   metrics.describe("edge_limit_decisions_total", "counter", "help text")
--   local k = metrics.key("edge_limit_decisions_total",
--                         { limit = "per_ip", outcome = "allowed" })
--   metrics.incr(k)                    -- per request: one dict:incr
--   metrics.add_gauges(function(out) out[#out + 1] = "name 1" end)
--   content_by_lua_block { require("edge.metrics").serve() }
--
-- Keys are built once (at init) as the exposition line's left-hand side
-- (`name{label="value",...}`, labels sorted). A request only adds to a
-- table of this worker (a shared-dict call costs ~0.5 us when the code runs
-- in LuaJIT's interpreter, as the access phase mostly does: three of them
-- per request were measurable in `make bench`); a timer adds each worker's
-- counts to the shared dict every FLUSH seconds with incr(key, n, 0) and
-- at worker exit. So counters are exact across workers, at most FLUSH
-- seconds late, and a worker killed with SIGKILL loses at most that much.
-- Gauges are computed when scraped, by the functions registered with
-- add_gauges (at init).

local ngx_shared = ngx.shared
local ngx_timer_every = ngx.timer.every
local ngx_log = ngx.log
local WARN = ngx.WARN
local ngx_header = ngx.header
local ngx_print = ngx.print
local pairs = pairs
local ipairs = ipairs
local sort = table.sort
local concat = table.concat
local match = string.match
local fmt = string.format
local gsub = string.gsub
local tostring = tostring
local error = error


local _M = { _VERSION = "0.1" }

local DICT_NAME = "edge_metrics"
local dict

local FLUSH = 1
_M.FLUSH = FLUSH

local descriptions = {}
local pending = {}
local started = false
local order = {}
local gauges = {}


local function get_dict()
    if not dict then
        dict = ngx_shared[DICT_NAME]
        if not dict then
            error("lua_shared_dict " .. DICT_NAME .. " is not declared", 2)
        end
    end
    return dict
end


function _M.describe(name, kind, help)
    if not descriptions[name] then
        order[#order + 1] = name
    end
    descriptions[name] = { kind = kind, help = help }
end


local function escape(v)
    return (gsub(tostring(v), '[\\"\n]', { ["\\"] = "\\\\", ['"'] = '\\"',
                                           ["\n"] = "\\n" }))
end


-- The described metric a sample belongs to: its name, or for a
-- histogram's series (name_bucket, name_sum, name_count) the histogram.
local function family(name)
    if descriptions[name] then
        return name
    end
    local base = match(name, "^(.+)_bucket$") or match(name, "^(.+)_sum$")
                 or match(name, "^(.+)_count$")
    local d = base and descriptions[base]
    if d and d.kind == "histogram" then
        return base
    end
    return name
end


-- `name{a="x",b="y"}` with sorted labels: build once, use per request.
-- A histogram (described as such) is counted by its series: keys of
-- name_bucket (with an "le" label, cumulative), name_sum and name_count.
function _M.key(name, labels)
    if not descriptions[family(name)] then
        error("metric " .. name .. " is not described", 2)
    end
    local names = {}
    for k in pairs(labels or {}) do
        names[#names + 1] = k
    end
    if #names == 0 then
        return name
    end
    sort(names)
    local parts = {}
    for i, k in ipairs(names) do
        parts[i] = k .. '="' .. escape(labels[k]) .. '"'
    end
    return name .. "{" .. concat(parts, ",") .. "}"
end
_M.label = escape


function _M.incr(key, n)
    pending[key] = (pending[key] or 0) + (n or 1)
end


-- Add this worker's counts to the shared dict.
function _M.flush()
    local d = get_dict()
    for key, n in pairs(pending) do
        pending[key] = nil
        local ok, err = d:incr(key, n, 0)
        if not ok then
            ngx_log(WARN, "edge: metrics: cannot add to ", key, ": ", err)
        end
    end
end
local flush = _M.flush


-- Once per worker (the timer also fires, premature, at worker exit).
function _M.init_worker()
    if started then
        return
    end
    started = true
    local ok, err = ngx_timer_every(FLUSH, flush)
    if not ok then
        ngx_log(WARN, "edge: metrics: no flush timer: ", err)
    end
end


function _M.add_gauges(fn)
    gauges[#gauges + 1] = fn
end


-- The exposition text: every described metric with its samples.
function _M.render()
    local d = get_dict()
    local samples = {}
    for _, key in ipairs(d:get_keys(0)) do
        local name = family(match(key, "^[^{]+"))
        local list = samples[name]
        if not list then
            list = {}
            samples[name] = list
        end
        list[#list + 1] = key .. " " .. fmt("%.17g", d:get(key) or 0)
    end
    for _, fn in ipairs(gauges) do
        local out = {}
        fn(out)
        for _, line in ipairs(out) do
            local name = match(line, "^[^{ ]+")
            local list = samples[name]
            if not list then
                list = {}
                samples[name] = list
            end
            list[#list + 1] = line
        end
    end
    local out = {}
    for _, name in ipairs(order) do
        local desc = descriptions[name]
        out[#out + 1] = "# HELP " .. name .. " " .. desc.help
        out[#out + 1] = "# TYPE " .. name .. " " .. desc.kind
        local list = samples[name]
        if list then
            sort(list)
            for _, line in ipairs(list) do
                out[#out + 1] = line
            end
        end
    end
    out[#out + 1] = ""
    return concat(out, "\n")
end


function _M.serve()
    ngx_header["Content-Type"] = "text/plain; version=0.0.4; charset=utf-8"
    ngx_header["Cache-Control"] = "no-store"
    ngx_print(_M.render())
end


return _M
