-- A request's one round trip to the shared store: its shared ban check
-- (edge.reputation), its redis rate rules (edge.limit.rate) and its redis
-- concurrency leases (edge.limit.conn) in one script call
-- (edge.limit.store.redis run(), scripts.REQUEST), two-phase on the
-- server: a request refused by any of them (banned, over a rate, over a
-- cap) takes nothing from the others.
--
-- When: at the rate stage of the pipeline (edge.plugins), the first point
-- where Redis is needed; the reputation stage registers the ban check in
-- ctx (ctx.ban_ask) after its own lists and the bans this edge started
-- (its dict), and the leases come from the route (route.redis_leases,
-- compiled by edge.limit.conn). So a request refused by Redis is refused
-- before its body is read, and its redis leases are held from there on
-- (through the body and the WAF; a request refused later gives them back
-- like any other). The local store is untouched: a request with no redis
-- work never comes here.
--
-- Over a cap with `wait`: the whole call is repeated (growing steps, 5-50
-- ms) until the rule's wait is over; nothing was taken meanwhile.
-- Redis failing: the rate rules follow their policy (edge.limit.rate),
-- the leases theirs at the concurrency stage (ctx.lease_store_error, see
-- edge.limit.conn), the ban check falls back to this edge's own bans
-- (already asked).
--
-- Synopsis (edge.limit.rate):
--   local st, a, b, c, d = trip.run(conf, route, ctx, items, from, to)
--   -- nil, now: admitted (items filled, leases held: ctx.redis_leases)
--   -- "refused", i, now: rate item i refused
--   -- "deny", status, detail, slug, headers: banned or over a cap
--   -- "error", err: Redis failed (nothing taken)

local redis_store = require "edge.limit.store.redis"
local common = require "edge.limit.common"
local lease = require "edge.limit.lease"
local gcra = require "edge.limit.gcra"
local reputation = require "edge.reputation"
local metrics = require "edge.metrics"
local new_tab = require "table.new"

local ngx = ngx
local ngx_var = ngx.var
local ngx_sleep = ngx.sleep
local ngx_now = ngx.now
local ngx_update_time = ngx.update_time


local _M = { _VERSION = "0.1" }

local EPOCH = gcra.EPOCH
local store_run = redis_store.run
local make_key = common.key
local note = common.note


-- The request's redis lease rules and their keys: rules, { keys, maxes,
-- dries, id, ttl_ms }, or nil.
local function leases_of(conf, route, ctx)
    local sets = route.redis_leases
    local rules = sets and sets[ctx.consumer ~= nil]
    if not rules then
        return nil
    end
    if ctx.exempt then
        local kept = {}
        for i = 1, #rules do
            if not rules[i].per_client then
                kept[#kept + 1] = rules[i]
            end
        end
        if #kept == 0 then
            return nil
        end
        rules = kept
    end
    local n = #rules
    local keys, maxes, dries = new_tab(n, 0), new_tab(n, 0), new_tab(n, 0)
    local ttl = 0
    local max_len = conf.limits.max_key_length
    for i = 1, n do
        local rule = rules[i]
        keys[i] = rule.tag(make_key(rule, ctx, route, max_len))
        maxes[i] = rule.max
        dries[i] = rule.dry_run
        if rule.ttl_ms > ttl then
            ttl = rule.ttl_ms
        end
    end
    -- the lease's member in Redis: this request's id (edge.request_id:
    -- unique across workers and edges), the one its log line and its
    -- X-Request-ID carry unless the client chose its own
    return rules, { keys, maxes, dries,
                    ctx.request_id or ngx_var.request_id, ttl }
end


-- Leases taken: note the decisions, keep what the release needs, renew
-- them while the request runs, count them in this edge's gauge.
local function held(ctx, rules, spec, counts)
    for i = 1, #rules do
        local rule = rules[i]
        local count = counts[i]
        if rule.dry_run and count > rule.max then
            metrics.incr(rule.m.dry_run)
            note(ctx, rule, "dry_run", 0)
        else
            metrics.incr(rule.m.allowed)
            note(ctx, rule, "allowed", rule.max - count)
        end
        if rule.per_client then
            ctx.client_in_flight = count
        end
        lease.hold(rule.gauge_dict, rule.gauge_key)
    end
    ctx.redis_leases = spec[1]
    ctx.redis_lease_rules = rules
    ctx.lease_id = spec[4]
    redis_store.hold(spec[1], spec[4], spec[5])
end


-- Give back what held() recorded (conn's release: header filter or log).
function _M.release(ctx)
    local keys = ctx.redis_leases
    if not keys then
        return
    end
    ctx.redis_leases = nil
    local rules = ctx.redis_lease_rules
    for i = 1, #rules do
        local rule = rules[i]
        lease.release(rule.gauge_dict, rule.gauge_key)
    end
    -- no cosockets in the header filter and log phases: a timer
    redis_store.release(keys, ctx.lease_id)
end


function _M.run(conf, route, ctx, items, from, to)
    local ban = ctx.ban_ask
    local rules, spec = leases_of(conf, route, ctx)
    if not (ban or from or rules) then
        return nil
    end
    local st, a, b = store_run(EPOCH, ban, items, from, to, spec)
    if st == "over" and rules[a].wait > 0 then
        local rule = rules[a]
        metrics.incr(rule.m.waited)
        ngx_update_time()
        local deadline = ngx_now() + rule.wait
        local step = 0.005
        while st == "over" do
            local left = deadline - ngx_now()
            if left < 0.001 then
                break
            end
            ngx_sleep(step < left and step or left)
            st, a, b = store_run(EPOCH, ban, items, from, to, spec)
            if step < 0.05 then
                step = step * 2
            end
            ngx_update_time()
        end
    end
    if not st then
        if rules then
            held(ctx, rules, spec, b)
        end
        return nil, a
    elseif st == "error" then
        if rules then
            -- their policies apply at the concurrency stage
            ctx.lease_store_error = a
        end
        return "error", a
    elseif st == "banned" then
        return "deny", reputation.banned(ctx)
    elseif st == "over" then
        local rule = rules[a]
        metrics.incr(rule.m.rejected)
        note(ctx, rule, "rejected", 0)
        return "deny", common.over_capacity(rule)
    end
    return st, a, b
end


return _M
