-- Plugin "conn": concurrency limits (requests in flight) per client, per
-- route or for a whole upstream, with leases that a dead worker cannot leak
-- (edge.limit.lease). Must be the LAST plugin: a request refused by anything
-- earlier never holds a local slot (redis leases: see below).
--
-- Config (see README.md, "Limits"): a top-level "concurrency" section with
-- named rules, and a "concurrency" list in every route.
--
--   "concurrency": {
--     "rules": {
--       "compute":    {"key": [], "max_per_upstream_worker": 4, "wait": 2},
--       "per_client": {"key": ["ip"], "max": 8}
--     }
--   },
--   "routes": {"fibonacci": {"concurrency": ["per_client", "compute"]}}
--
-- Access: acquire a lease on every rule in order; over a cap, poll for a
-- slot (ngx.sleep, growing steps) for at most the rule's `wait` seconds,
-- then give back what was acquired and answer 503 + Retry-After. Log phase
-- (every request, aborted ones too): release. A cap given per upstream
-- worker is multiplied by the WORKERS environment variable (the number of
-- compute workers Circus runs; nginx.conf declares `env WORKERS;`).
-- A rule with "adaptive" instead of a cap follows the upstream's latency
-- (edge.limit.adaptive); the log phase feeds it each request's wait.
-- Rules with store "redis" are shared by every edge: taken earlier, at the
-- rate stage, in the request's one round trip to Redis with its ban check
-- and rate rules (edge.limit.trip; a sorted set of lease deadlines per
-- key, lease_ttl, renewed while the request runs), over a cap polled for
-- `wait` s; released by a timer (no cosockets in the header filter and
-- log phases); when Redis failed there, each follows its on_store_error
-- here (local: a lease in this edge's dict against max / store.edges).

local lease = require "edge.limit.lease"
local rate = require "edge.limit.rate"
local common = require "edge.limit.common"
local redis_store = require "edge.limit.store.redis"
local trip = require "edge.limit.trip"
local adaptive = require "edge.limit.adaptive"
local measure = require "edge.limit.measure"
local metrics = require "edge.metrics"

local ngx = ngx
local ngx_worker_count = ngx.worker.count
local semaphore = require "ngx.semaphore"
local ngx_now = ngx.now
local ngx_update_time = ngx.update_time
local ngx_sleep = ngx.sleep
local os_getenv = os.getenv
local io_open = io.open
local ceil = math.ceil
local floor = math.floor
local tonumber = tonumber
local pairs = pairs
local ipairs = ipairs
local fmt = string.format


local _M = { _VERSION = "0.1", name = "conn" }

local NAME = common.NAME
local OUTCOMES = { "allowed", "rejected", "waited", "dry_run", "error" }

metrics.describe("edge_concurrency_in_flight", "gauge",
                 "Requests holding a concurrency lease, by limit and nginx "
                 .. "worker id.")
metrics.describe("edge_concurrency_max", "gauge",
                 "The cap of each concurrency limit.")
metrics.describe("edge_worker_pid", "gauge",
                 "Process id of each nginx worker id (the lease owner).")
metrics.describe("edge_adaptive_limit", "gauge",
                 "The current limit of each adaptive concurrency limit.")
metrics.describe("edge_adaptive_wait_seconds", "gauge",
                 "Wait at the upstream seen by each adaptive limit: floor "
                 .. "(its latency floor) and window (the last window's "
                 .. "mean).")
metrics.describe("edge_adaptive_shed_total", "counter",
                 "Requests an adaptive limit refused, by class (costly: "
                 .. "the client owed a large share of a cost budget with "
                 .. "this request's estimate; unknown: no estimate yet).")
metrics.describe("edge_adaptive_costly_alone", "gauge",
                 "1 while costly requests run only alone, in the quiet: "
                 .. "the limit has learned that costly work makes cheap "
                 .. "work wait, or the service has no worker to spare "
                 .. "beside it (WORKERS x costly_share under one), else 0.")
metrics.describe("edge_adaptive_parallelism", "gauge",
                 "Requests the upstream works on at once, learned from its "
                 .. "Server-Timing figures (0: unknown).")
metrics.describe("edge_adaptive_typical_seconds", "gauge",
                 "The typical request's own time at the upstream (its "
                 .. "Server-Timing figure; 0: unknown): a shape costing "
                 .. "costly_ratio times it is costly.")


local function check_rule(rule)
    local n = (rule.max and 1 or 0) + (rule.max_per_upstream_worker and 1
                                       or 0) + (rule.adaptive and 1 or 0)
    if n ~= 1 then
        return nil, "exactly one of max, max_per_upstream_worker and "
                    .. "adaptive is needed"
    end
    local a = rule.adaptive
    if a then
        if rule.store == "redis" then
            return nil, "an adaptive limit follows this edge's upstream: "
                        .. "store must be local"
        end
        if #rule.key > 0 then
            return nil, "an adaptive limit is per upstream: key must be []"
        end
        if a.min > a.max then
            return nil, "adaptive.min must not exceed adaptive.max"
        end
        if a.initial and (a.initial < a.min or a.initial > a.max) then
            return nil, "adaptive.initial must lie between min and max"
        end
    end
    return true
end


local ADAPTIVE = {
    type = "object",
    description = "a cap that follows the upstream's latency (see "
                  .. "edge.limit.adaptive and README.md)",
    fields = {
        min = {
            type = "integer", default = 2, min = 1, max = 100000,
            description = "floor of the limit",
        },
        max = {
            type = "integer", default = 64, min = 1, max = 100000,
            description = "ceiling of the limit",
        },
        initial = {
            type = "integer", min = 1, max = 100000,
            description = "limit before the first measurement (default: "
                          .. "min)",
        },
        window = {
            type = "number", default = 0.5, min = 0.05, max = 60,
            description = "seconds between two updates of the limit (the "
                          .. "smoothing window of the latency)",
        },
        min_samples = {
            type = "integer", default = 5, min = 1, max = 100000,
            description = "finished requests a window needs to count",
        },
        tolerance = {
            type = "number", default = 2, min = 1, max = 100,
            description = "a window's mean wait up to tolerance x floor "
                          .. "+ slack_ms is 'near the floor' (the limit "
                          .. "may grow); beyond, it shrinks",
        },
        slack_ms = {
            type = "number", default = 5, min = 0, max = 60000,
            description = "absolute margin added to the target wait, in ms "
                          .. "(keeps sub-millisecond noise from counting)",
        },
        smoothing = {
            type = "number", default = 0.5, min = 0.01, max = 1,
            description = "share of a window's decrease applied at once",
        },
        floor_decay = {
            type = "number", default = 0.01, min = 0, max = 1,
            description = "the latency floor rises by this share per window "
                          .. "unless a window measures lower",
        },
        costly_at = {
            type = "number", default = 0.5, min = 0, max = 1000,
            description = "a client owing this share of a cost budget "
                          .. "(cost rules) is costly: shed first",
        },
        costly_share = {
            type = "number", default = 0.5, min = 0, max = 1,
            description = "share of the limit costly clients may use; "
                          .. "they never wait",
        },
        costly_ratio = {
            type = "number", default = 100, min = 1, max = 1000000,
            description = "a request whose shape is known (cost rules) to "
                          .. "take this many times the typical request is "
                          .. "costly: shed first",
        },
    },
}


local RULE = {
    type = "object",
    check = check_rule,
    fields = {
        key = common.KEY_SCHEMA,
        max = {
            type = "integer", min = 1, max = 1000000,
            description = "requests in flight allowed per key",
        },
        max_per_upstream_worker = {
            type = "number", min = 0.01, max = 10000,
            description = "cap per compute worker: max = ceil(this * "
                          .. "WORKERS); protects the core whatever its size",
        },
        adaptive = ADAPTIVE,
        wait = {
            type = "number", default = 0, min = 0, max = 60,
            description = "seconds a request over the cap may wait for a "
                          .. "slot before the 503",
        },
        queue = {
            type = "number", min = 0, max = 1000,
            description = "requests that may wait at once, as a multiple "
                          .. "of the cap; one more is refused at once "
                          .. "(default: unbounded, or for an adaptive rule "
                          .. "as many as the cap serves within `wait`)",
        },
        retry_after = {
            type = "integer", default = 1, min = 1, max = 3600,
            description = "Retry-After of the 503",
        },
        applies_to = common.APPLIES_TO,
        store = common.STORE,
        on_store_error = common.ON_STORE_ERROR,
        lease_ttl = {
            type = "number", default = 60, min = 0.1, max = 86400,
            description = "redis store: seconds a lease lives unless "
                          .. "released (an edge that dies frees its leases "
                          .. "within this); must outlast the slowest "
                          .. "request",
        },
        dry_run = {
            type = "boolean", default = false,
            description = "decide and log, never refuse (the request holds "
                          .. "its lease, so counts stay true)",
        },
        fail_open = {
            type = "boolean", default = true,
            description = "when the store fails: true admits, false "
                          .. "answers 503 (see on_store_error)",
        },
    },
}

_M.schema_name = "concurrency"
_M.schema = {
    type = "object", default = {},
    description = "concurrency limits (requests in flight)",
    fields = {
        dict = {
            type = "string", default = "edge_conn", pattern = NAME,
            description = "lua_shared_dict holding the leases",
        },
        rules = {
            type = "map", default = {},
            keys = { type = "string", pattern = NAME },
            values = RULE,
            description = "named concurrency limits, referenced by routes",
        },
    },
}

_M.route_schema_name = "concurrency"
_M.route_schema = {
    type = "array", default = {}, max = 16,
    items = { type = "string" },
    description = "names of the concurrency.rules applied on this route",
}


-- The number of compute workers: $WORKERS, else the CPU count (what the
-- Makefile defaults WORKERS to), else 1.
local function upstream_workers()
    local n = tonumber(os_getenv("WORKERS") or "")
    if n and n >= 1 then
        return n, "WORKERS"
    end
    local f = io_open("/proc/cpuinfo", "r")
    if f then
        local count = 0
        for line in f:lines() do
            if line:find("^processor%s*:") then
                count = count + 1
            end
        end
        f:close()
        if count > 0 then
            return count, "cpus"
        end
    end
    return 1, "default"
end
_M.upstream_workers = upstream_workers


local dict

function _M.compile(conf, plan)
    local c = conf.concurrency
    local path = "config.concurrency"
    dict = common.get_dict(c.dict, path .. ".dict")
    local workers = upstream_workers()
    local rules = {}
    for name, r in pairs(c.rules) do
        local max = r.max or (r.adaptive and r.adaptive.max)
                    or ceil(r.max_per_upstream_worker * workers - 1e-9)
        local parts, kind, per_client = common.compile_parts(r.key)
        local rpath = path .. ".rules." .. name
        rules[name] = {
            name = name, max = max, wait = r.wait, queue = r.queue,
            retry_after = r.retry_after, applies_to = r.applies_to,
            dry_run = r.dry_run, policy = common.policy(r, rpath),
            parts = parts, key_kind = kind, per_client = per_client,
            prefix = "conn:" .. name .. "|",
            m = common.metric_keys("concurrency", name, OUTCOMES),
            log = common.log_prefixes("concurrency", name, kind, OUTCOMES),
            m_max = metrics.key("edge_concurrency_max", { limit = name }),
        }
        if r.store == "redis" then
            if not redis_store.configured() then
                error(rpath .. '.store: "redis" needs the top-level '
                      .. "store.redis section (the server or sentinels)", 0)
            end
            local rule = rules[name]
            rule.redis = true
            rule.ttl_ms = floor(r.lease_ttl * 1000 + 0.5)
            rule.fallback_max = ceil(max / redis_store.edges() - 1e-9)
            redis_store.lease_ttl(r.lease_ttl)
            -- this edge's redis leases in the in-flight gauge
            rule.gauge_dict = dict
            rule.gauge_key = rule.prefix .. "\0redis"
        end
        if r.adaptive then
            rules[name].adaptive = adaptive.new(name, dict, r.adaptive,
                                                workers)
            local shed = {}
            for _, class in ipairs({ "costly", "unknown", "cheap" }) do
                shed[class] = metrics.key("edge_adaptive_shed_total",
                                          { limit = name, class = class })
            end
            rules[name].m_shed = shed
        end
        common.memo_keys(rules[name])
    end
    plan.compiled.conn = rules
    for rname, route in pairs(conf.routes) do
        local anon, cons = common.split(rules, route.concurrency,
                                        fmt("config.routes.%s.concurrency",
                                            rname))
        local rp = plan.routes[rname]
        rp.conn_sets = { [false] = #anon > 0 and anon or nil,
                         [true] = #cons > 0 and cons or nil }
        -- the redis ones, taken in the request's round trip at the rate
        -- stage (edge.limit.trip)
        local ranon, rcons = {}, {}
        for _, rule in ipairs(anon) do
            if rule.redis then
                ranon[#ranon + 1] = rule
            end
        end
        for _, rule in ipairs(cons) do
            if rule.redis then
                rcons[#rcons + 1] = rule
            end
        end
        if #ranon + #rcons > 0 then
            rp.redis_leases = { [false] = #ranon > 0 and ranon or nil,
                                [true] = #rcons > 0 and rcons or nil }
        end
    end

    metrics.add_gauges(function(out)
        for _, rule in pairs(rules) do
            local a = rule.adaptive
            if a then
                local limit, lo, avg, par = a:state()
                local l = metrics.label(rule.name)
                out[#out + 1] = rule.m_max .. " " .. floor(limit)
                out[#out + 1] = 'edge_adaptive_limit{limit="' .. l .. '"} '
                                .. limit
                out[#out + 1] = 'edge_adaptive_wait_seconds{limit="' .. l
                                .. '",stat="floor"} ' .. (lo or 0)
                out[#out + 1] = 'edge_adaptive_wait_seconds{limit="' .. l
                                .. '",stat="window"} ' .. (avg or 0)
                out[#out + 1] = 'edge_adaptive_parallelism{limit="' .. l
                                .. '"} ' .. (par or 0)
                out[#out + 1] = 'edge_adaptive_costly_alone{limit="' .. l
                                .. '"} ' .. ((a.no_spare
                                             or dict:get(a.k_block))
                                            and 1 or 0)
                out[#out + 1] = 'edge_adaptive_typical_seconds{limit="' .. l
                                .. '"} ' .. (dict:get(a.k_typ) or 0)
            else
                out[#out + 1] = rule.m_max .. " " .. rule.max
            end
        end
        local sums = {}
        lease.each(dict, function(id, key, n)
            local name = key:match("^conn:([^|]+)|")
            if name then
                local k = name .. "\0" .. id
                sums[k] = (sums[k] or 0) + n
            end
        end)
        for k, n in pairs(sums) do
            local name, id = k:match("^(.-)%z(%d+)$")
            out[#out + 1] = 'edge_concurrency_in_flight{limit="'
                            .. metrics.label(name) .. '",worker="' .. id
                            .. '"} ' .. n
        end
        lease.owners(dict, function(id, pid)
            out[#out + 1] = 'edge_worker_pid{worker="' .. id .. '"} '
                            .. (pid or 0)
        end)
    end)
end


-- This worker's waiting rooms: rule name -> semaphore its waiters sleep
-- on, made in init_worker for the rules with a `wait`. A worker-level
-- signal ("a lease was given back here"), like a shared dict handle: it
-- holds no request's data.
local rooms = {}
local room_list = {}


function _M.init_worker(conf)
    lease.init_worker(dict)
    adaptive.init_worker()
    for name, r in pairs(conf.concurrency.rules) do
        if r.wait > 0 and not rooms[name] then
            local room = semaphore.new(0)
            rooms[name] = room
            room_list[#room_list + 1] = room
        end
    end
end


-- A lease was given back: wake the first waiter of each room of this
-- worker (one lease frees one slot; waking them all made every waiter of
-- a long queue try at every release). A room's waiters may wait for
-- different keys: one woken for another key fails and sleeps on, and the
-- right one finds the slot at its next poll.
local function wake()
    for i = 1, #room_list do
        local room = room_list[i]
        if room:count() < 0 then
            room:post(1)
        end
    end
end


local function release_all(held)
    for i = 1, #held do
        lease.release(dict, held[i])
    end
    wake()
end


-- Wait for a slot until `deadline`: woken in turn when this worker gives
-- a lease back (one waiter per lease, first come first woken), else it
-- polls (a lease given back by another worker): first when its turn may
-- have come (the waiters ahead of it, in every worker, x the time a
-- request holds its slot / the cap: an adaptive rule knows that time),
-- then every 5-50 ms. So a long queue costs one poll per waiter or a few,
-- not one every few ms each. The waiting room is bounded: `queue` x the
-- cap when the rule says so, else for an adaptive rule by Little's law, as
-- many as the cap's slots can serve before the deadline (cap x wait / the
-- last window's time a request held its slot); counted per worker, as a
-- share of nginx's workers. A request that could only wait behind them
-- until its deadline is refused at once, without holding a connection and
-- a timer for nothing: the overload is shed where it starts.
local function wait_for_slot(rule, key, max, deadline)
    local room = rooms[rule.name]
    if not room then
        return false
    end
    local bound, hold
    if rule.queue then
        bound = rule.queue * max
    elseif rule.adaptive then
        hold = rule.adaptive:hold()
        if hold and hold > 0 then
            bound = max * rule.wait / hold
        end
    end
    local ahead = -room:count()
    if bound and ahead >= bound / ngx_worker_count() then
        return false
    end
    metrics.incr(rule.m.waited)
    local step = 0.005
    local first = step
    if hold and hold > 0 and ahead > 0 then
        first = ahead * ngx_worker_count() * hold / max
    end
    while true do
        ngx_update_time()
        local left = deadline - ngx_now()
        if left < 0.001 then
            return false
        end
        local s = first or step
        first = nil
        room:wait(s < left and s or left)
        local ok, n = lease.acquire(dict, key, max)
        if ok ~= false then
            return ok, n
        end
        if step < 0.05 then
            step = step * 2
        end
    end
end


-- seconds a probe's mark outlives its wait if its request never logs
local PROBE_TTL = 60


-- The first request of a shape whose cost nobody knows yet finds it out
-- (a probe; it waits, bounded, while heavy work holds the costly share:
-- it may be costly too); others of that shape wait for it (one costly
-- surprise at a time, not one per client). False: another is probing.
local function probe(ctx, rule)
    local shape = ctx.cost_shape
    if not shape then
        return true
    end
    local key = "probe:" .. shape
    if ctx.cost_probe == key then
        return true
    end
    local ok = dict:add(key, 1, rule.wait + PROBE_TTL)
    if ok then
        ctx.cost_probe = key
    end
    return ok
end


-- Wait (up to `wait` s) while the number under `key` is at least `limit`
-- (a probe's mark: 1; heavy requests in flight): true when it fell below.
local function wait_below(key, limit, wait)
    ngx_update_time()
    local deadline = ngx_now() + wait
    local step = 0.005
    while (dict:get(key) or 0) >= limit do
        ngx_update_time()
        local left = deadline - ngx_now()
        if left < 0.001 then
            return false
        end
        ngx_sleep(step < left and step or left)
        if step < 0.04 then
            step = step * 2
        end
    end
    return true
end


local note = common.note
local make_key = common.key
local store_error = common.store_error


local over_capacity = common.over_capacity


-- The request's redis rules (list of { rule, key }) when Redis failed
-- in the request's round trip (edge.limit.trip; err: the message): each
-- rule's policy. Returns nil (admitted, or failing open) or the refusal;
-- `held` are the local leases already taken (given back on a refusal).
local function redis_failed(ctx, list, held, err)
    for i = 1, #list do
        local rule, key = list[i][1], list[i][2]
        store_error(rule, err, "concurrency", "redis")
        local p = rule.policy
        if p == "fail_closed" then
            note(ctx, rule, "error")
            if held then
                release_all(held)
            end
            ctx.leases = nil
            return 503, "the limiter is unavailable", "over-capacity",
                   { ["Retry-After"] = 1 }
        elseif p == "local" then
            local got, count = lease.acquire(dict, key, rule.fallback_max)
            if got then
                held = held or {}
                held[#held + 1] = key
                ctx.leases = held
                metrics.incr(rule.m.allowed)
                note(ctx, rule, "allowed", rule.fallback_max - count)
            elseif got == false then
                if held then
                    release_all(held)
                end
                ctx.leases = nil
                metrics.incr(rule.m.rejected)
                note(ctx, rule, "rejected", 0)
                return over_capacity(rule)
            else
                note(ctx, rule, "error")
            end
        else
            note(ctx, rule, "error")
        end
    end
    return nil
end


function _M.access(conf, route, ctx)
    local rules = route.conn_sets[ctx.consumer ~= nil]
    if not rules then
        return
    end
    local exempt = ctx.exempt
    local failed = ctx.lease_store_error
    local held, shared_list
    for i = 1, #rules do
        local rule = rules[i]
        if rule.redis then
            -- taken at the rate stage (edge.limit.trip); here only when
            -- Redis failed there: the rule's policy
            if failed and not (exempt and rule.per_client) then
                shared_list = shared_list or {}
                shared_list[#shared_list + 1] = {
                    rule, make_key(rule, ctx, route,
                                   conf.limits.max_key_length) }
            end
        elseif not (exempt and rule.per_client) then
            local key = make_key(rule, ctx, route, conf.limits.max_key_length)
            local a = rule.adaptive
            local max, costly, shared, heavy = rule.max, false, false, false
            if a then
                -- of unknown cost: the first request of its shape runs as
                -- cheap (finds out what the shape costs); others of that
                -- shape wait for it (one surprise at a time, not one per
                -- client), then are judged by what it cost; still unknown
                -- after the wait, or from a client with other requests in
                -- flight (a per-client rule before this one counted them):
                -- limited as costly
                local unknown, waited = ctx.cost_unknown, false
                if unknown then
                    if not probe(ctx, rule) then
                        waited = not wait_below("probe:" .. ctx.cost_shape,
                                                1, rule.wait)
                        -- the probe is gone: finished (its shape is known
                        -- now), or refused itself (still unknown)
                        unknown = waited or rate.shape_used(ctx) == nil
                    else
                        -- a probe may be costly: it waits (bounded) while
                        -- heavy work holds the costly share, then runs
                        local share = a:cap(true)
                        if share < 1 then
                            share = 1
                        end
                        wait_below(a.k_heavy, share, rule.wait)
                    end
                end
                local est = rate.estimate(ctx)
                costly = (ctx.cost_used or 0) >= a.costly_at
                         or a:is_costly(est)
                local quiet_est = est
                if not costly and a.no_spare and rate.unbounded(ctx) then
                    -- no worker to spare, and nothing bounds this shape's
                    -- cost from above: at least costly, maybe costly_ratio
                    -- times that; it runs only when not one request is
                    -- expected meanwhile, and is measured then
                    local guess = a:guess()
                    if guess then
                        costly = true
                        if not est or guess > est then
                            est = guess
                        end
                        quiet_est = guess * a.costly_ratio
                    end
                end
                shared = costly or (unknown and (waited
                                    or (ctx.client_in_flight or 2) > 1))
                heavy = shared == true or unknown == true
                max = a:cap(shared, quiet_est, costly)
                local edge = ctx.edge
                edge.concurrency_limit = max
                if est and est > 0 then
                    edge.cost_estimate_ms = floor(est * 1e6 + 0.5) / 1000
                end
                local lo = dict:get(a.k_floor)
                if lo then
                    edge.upstream_wait_floor_ms = floor(lo * 1e6 + 0.5) / 1000
                end
            end
            local ok, n = lease.acquire(dict, key, max)
            if ok == false and rule.wait > 0 and not rule.dry_run
               and not costly then
                ngx_update_time()
                ok, n = wait_for_slot(rule, key, max, ngx_now() + rule.wait)
                if ok == false and shared then
                    -- of unknown cost, it waited its turn behind the
                    -- cheap ones; if its shape has meanwhile proved
                    -- cheap (neither a large share of a cost budget nor
                    -- costly_ratio x the typical request), it may have
                    -- any free slot (deprioritised, not refused); costly
                    -- or still unknown: refused
                    local u, secs = rate.shape_used(ctx)
                    if u and u < a.costly_at and not a:is_costly(secs) then
                        max = a:cap(false)
                        ok, n = lease.acquire(dict, key, max)
                    end
                end
            end
            if ok then
                held = held or {}
                held[#held + 1] = key
                metrics.incr(rule.m.allowed)
                note(ctx, rule, "allowed", max - n)
                if rule.per_client then
                    ctx.client_in_flight = n
                end
                if a then
                    -- fed back in the log phase (busy: the limit was used;
                    -- heavy work in flight beside a cheap one: watched)
                    local list = ctx.adaptive or {}
                    ctx.adaptive = list
                    list[#list + 1] = a
                    list[#list + 1] = n * 2 >= max
                    list[#list + 1] = heavy
                    list[#list + 1] = not heavy and a:watch()
                    if heavy then
                        a:heavy(1)
                    end
                end
            elseif ok == nil then
                store_error(rule, n, "concurrency")
                note(ctx, rule, "error")
                if rule.policy == "fail_closed" then
                    if held then
                        release_all(held)
                    end
                    return 503, "the limiter is unavailable", "over-capacity",
                           { ["Retry-After"] = 1 }
                end
            elseif rule.dry_run then
                -- over the cap, admitted anyway: hold a lease so that the
                -- counts stay true
                local got = lease.acquire(dict, key, 1e15)
                if got then
                    held = held or {}
                    held[#held + 1] = key
                end
                metrics.incr(rule.m.dry_run)
                note(ctx, rule, "dry_run", 0)
            else
                if held then
                    release_all(held)
                end
                metrics.incr(rule.m.rejected)
                if a then
                    metrics.incr(rule.m_shed[costly and "costly"
                                             or shared and "unknown"
                                             or "cheap"])
                end
                note(ctx, rule, "rejected", 0)
                return over_capacity(rule)
            end
        end
    end
    ctx.leases = held
    if shared_list then
        return redis_failed(ctx, shared_list, held, failed)
    end
end


-- Give back the request's leases (once: the body filter calls it at the
-- last buffer, the log phase for whatever is still held).
function _M.release(ctx)
    local held = ctx.leases
    if held then
        ctx.leases = nil
        release_all(held)
    end
    if ctx.redis_leases then
        trip.release(ctx)
    end
end


function _M.log(_, _, ctx)
    _M.release(ctx)
    local list = ctx.adaptive
    if list then
        ctx.adaptive = nil
        local _, wait, own, cpu = measure.upstream(ctx)
        if wait then
            ctx.edge.upstream_wait_ms = floor(wait * 1e6 + 0.5) / 1000
            for i = 1, #list, 4 do
                local a, token = list[i], list[i + 3]
                a:sample(wait, own, list[i + 1], token and a:beside(token),
                         list[i + 2], cpu)
            end
        end
        for i = 1, #list, 4 do
            if list[i + 2] then
                list[i]:heavy(-1)
            end
        end
    end
    local p = ctx.cost_probe
    if p then
        ctx.cost_probe = nil
        dict:delete(p)
    end
end


return _M
