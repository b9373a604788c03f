-- The pieces the limiter plugins (edge.limit.rate, edge.limit.conn) and the
-- reputation share: config fragments, key building, rule selection,
-- decision logging and store errors. Read-only after init; nothing here
-- keeps per-request state (that lives in ngx.ctx).
--
-- Synopsis:
--   local common = require "edge.limit.common"
--   rule.parts, rule.key_kind, rule.per_client = common.compile_parts(r.key)
--   common.memo_keys(rule)                    -- rule.ip_key for ["ip"]
--   local key = common.key(rule, ctx, route, max_len)
--   common.note(ctx, rule, "allowed", remaining)   -- the access log
--   common.store_error(rule, err, "rate", mode)    -- log + count
--   local sets = common.split(list)           -- by applies_to

local identity = require "edge.limit.identity"
local memo = require "edge.limit.memo"
local metrics = require "edge.metrics"
local new_tab = require "table.new"

local ngx = ngx
local ngx_var = ngx.var
local ngx_shared = ngx.shared
local ngx_log = ngx.log
local ngx_now = ngx.now
local ERR = ngx.ERR
local ceil = math.ceil
local pairs = pairs
local ipairs = ipairs
local concat = table.concat
local sort = table.sort
local lower = string.lower
local gsub = string.gsub
local fmt = string.format
local error = error


local _M = { _VERSION = "0.1" }

_M.NAME = "^[a-z][a-z0-9_]{0,31}$"
local KEY_PART = "^(ip|consumer|route|header:[A-Za-z0-9-]{1,64})$"

metrics.describe("edge_limit_decisions_total", "counter",
                 "Limiter decisions by limit and outcome (allowed, rejected, "
                 .. "delayed, dry_run: would have refused, error: store "
                 .. "failed).")
metrics.describe("edge_limit_store_errors_total", "counter",
                 "Store errors of a limit, by the policy applied (open: "
                 .. "admitted, closed: refused with 503, local: decided by "
                 .. "the edge's own shared dict).")


_M.KEY_SCHEMA = {
    type = "array", max = 4, default = { "ip" },
    description = "what the limit counts per: any of ip, consumer, route, "
                  .. "header:<Name>; [] is one count for everything",
    items = { type = "string", pattern = KEY_PART },
}

_M.APPLIES_TO = {
    type = "string", enum = { "all", "anonymous", "consumers" },
    default = "all",
    description = "which requests a route's rule applies to: all, anonymous "
                  .. "ones (no API key) or consumers' ones",
}

_M.STORE = {
    type = "string", enum = { "local", "redis" },
    description = "where the rule's state lives: local (this nginx's "
                  .. "shared dict) or redis (shared by every edge; needs "
                  .. "the top-level store.redis section); default: "
                  .. "store.rules (local unless said otherwise)",
}

_M.ON_STORE_ERROR = {
    type = "string", enum = { "fail_open", "fail_closed", "local" },
    description = "when the store fails (Redis down or slow, a full dict): "
                  .. "fail_open admits, fail_closed answers 503, local "
                  .. "decides on this edge's shared dict with the limit "
                  .. "divided by store.edges (redis rules only); default: "
                  .. "from fail_open",
}


-- The policy of a rule: on_store_error, else its fail_open boolean.
function _M.policy(r, path)
    local p = r.on_store_error
    if not p then
        return r.fail_open and "fail_open" or "fail_closed"
    end
    if p == "local" and r.store ~= "redis" then
        error(path .. ".on_store_error: local is the fallback of a redis "
              .. "rule (this rule's store is local)", 0)
    end
    return p
end


-- Per outcome: the start of the decision's JSON object in the access log
-- (kind "rate" or "concurrency": a rate rule and a concurrency rule may
-- share a name, as per_client does in the shipped config).
function _M.log_prefixes(kind, name, key_kind, outcomes)
    local out = {}
    for _, o in ipairs(outcomes) do
        out[o] = '{"limit":"' .. name .. '","kind":"' .. kind .. '","key":"'
                 .. key_kind .. '","outcome":"' .. o .. '"'
    end
    return out
end


function _M.metric_keys(kind, name, outcomes)
    local keys = {}
    for _, o in ipairs(outcomes) do
        keys[o] = metrics.key("edge_limit_decisions_total",
                              { limit = name, kind = kind, outcome = o })
    end
    for _, mode in ipairs({ "open", "closed", "local" }) do
        keys["store_" .. mode] = metrics.key("edge_limit_store_errors_total",
                                             { limit = name, mode = mode })
    end
    return keys
end


-- Key parts: an array of { code, arg }; per_client when one identifies a
-- client (they are skipped for exempt addresses).
function _M.compile_parts(list)
    local parts, kinds, per_client = {}, {}, false
    for i, p in ipairs(list) do
        local header = p:match("^header:(.+)$")
        if header then
            parts[i] = { "header", "http_" .. gsub(lower(header), "-", "_") }
            per_client = true
        else
            parts[i] = { p }
            per_client = per_client or p == "ip" or p == "consumer"
        end
        kinds[i] = p
    end
    return parts, (#kinds > 0 and concat(kinds, "+") or "global"), per_client
end


-- A rule keyed by the client address alone (the common case) gets its keys
-- from a memo (see edge.limit.memo): rule.prefix .. address, built once.
-- A redis rule's keys are wrapped in a hash tag, "{" .. key .. "}", so all
-- of one rule's keys (a window's counters too) live in one slot.
function _M.memo_keys(rule)
    local parts = rule.parts
    if #parts == 1 and parts[1][1] == "ip" then
        rule.ip_key = memo.prefixer(rule.prefix)
    end
    rule.tag = memo.wrapper("{", "}")
end


function _M.get_dict(name, path)
    local d = ngx_shared[name]
    if not d then
        error(path .. ': no lua_shared_dict named "' .. name .. '" (nginx.conf '
              .. "declares edge_limits, edge_conn and edge_metrics)", 0)
    end
    return d
end


function _M.lookup(rules, name, path, what)
    local rule = rules[name]
    if not rule then
        local names = {}
        for n in pairs(rules) do
            names[#names + 1] = n
        end
        sort(names)
        error(fmt('%s: unknown %s "%s" (known: %s)', path, what, name,
                  #names > 0 and concat(names, ", ") or "none"), 0)
    end
    return rule
end
local lookup = _M.lookup


-- Rule selection: a route's named rules split by applies_to into those of
-- anonymous requests and those of consumers' requests.
function _M.split(rules, names, path)
    local anon, cons = {}, {}
    for i, name in ipairs(names) do
        local rule = lookup(rules, name, fmt("%s[%d]", path, i), "rule")
        if rule.applies_to ~= "consumers" then
            anon[#anon + 1] = rule
        end
        if rule.applies_to ~= "anonymous" then
            cons[#cons + 1] = rule
        end
    end
    return anon, cons
end


local header_part = identity.header_part
local PLACEHOLDER = identity.PLACEHOLDER

-- The rule's key for this request (from the identity edge.limit.identify
-- put in ctx).
function _M.key(rule, ctx, route, max_len)
    local by_ip = rule.ip_key
    if by_ip then
        return by_ip(ctx.client_key)
    end
    local parts = rule.parts
    local key = rule.prefix
    for i = 1, #parts do
        local p = parts[i]
        local code = p[1]
        local v
        if code == "ip" then
            v = ctx.client_key
        elseif code == "consumer" then
            v = ctx.consumer or PLACEHOLDER
        elseif code == "route" then
            v = route.name
        else
            v = header_part(ngx_var[p[2]], max_len)
        end
        if i == 1 then
            key = key .. v
        else
            key = key .. "|" .. v
        end
    end
    return key
end


-- Store errors are logged at most once per second per rule and worker
-- (a rate limit on the log, not request state).
local last_logged = {}

local POLICY_TEXT = {
    fail_open = "; failing open",
    fail_closed = "; failing closed (503)",
    ["local"] = "; deciding locally (limit / store.edges)",
}
local POLICY_MODE = { fail_open = "open", fail_closed = "closed",
                      ["local"] = "local" }

function _M.store_error(rule, err, kind, store)
    local now = ngx_now()
    local policy = rule.policy
    if (last_logged[rule] or 0) + 1 <= now then
        last_logged[rule] = now
        ngx_log(ERR, "edge: ", kind, " limit ", rule.name, ": ",
                store or "shared dict", " error: ", err, POLICY_TEXT[policy])
    end
    local m = rule.m
    metrics.incr(m.error)
    metrics.incr(m["store_" .. POLICY_MODE[policy]])
end


-- The decision of one limit, for the access log: recorded as the start of
-- its JSON object (made at init) and the remaining count (or false); the
-- log phase writes them out (log_members) into the line's one buffer, so
-- no string is built per decision.
function _M.note(ctx, rule, outcome, remaining)
    local list = ctx.limit_log
    local n
    if list then
        n = list.n
    else
        list = new_tab(8, 1)
        ctx.limit_log = list
        n = 0
    end
    list[n + 1] = rule.log[outcome]
    list[n + 2] = remaining or false
    list.n = n + 2
end


-- Log phase: the decisions of both limiter plugins, as the member
-- "limits" of the access log's "edge" object (see edge.plugins).
function _M.log_members(ctx, buf, sep)
    local list = ctx.limit_log
    if not list then
        return false
    end
    buf:put(sep, '"limits":[')
    for i = 1, list.n, 2 do
        if i > 1 then
            buf:put(",")
        end
        local remaining = list[i + 1]
        if remaining then
            buf:put(list[i], ',"remaining":', remaining, "}")
        else
            buf:put(list[i], "}")
        end
    end
    buf:put("]")
    return true
end


-- A concurrency rule's refusal (edge.limit.conn, and edge.limit.trip for
-- the redis leases).
function _M.over_capacity(rule)
    return 503, "over capacity: too many requests in flight (limit "
                .. rule.name .. "), retry later", "over-capacity",
           { ["Retry-After"] = rule.retry_after }
end


-- Whole seconds for Retry-After and the like (at least 1).
function _M.seconds(x)
    local s = ceil(x - 1e-9)
    if s < 1 then
        return 1
    end
    return s
end


return _M
