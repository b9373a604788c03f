-- Plugin "rate": rate limits (GCRA) and window quotas per client, consumer,
-- route or any combination, and the consumers (API keys) and their plans.
--
-- Config (see README.md, "Limits"): a top-level "limits" section with the
-- named rules, plans and consumers, and a "limits" list in every route naming
-- the rules that apply there.
--
--   "limits": {
--     "rules": {
--       "per_ip":  {"rate": 20, "burst": 40, "key": ["ip"],
--                   "applies_to": "anonymous"},
--       "hourly":  {"algorithm": "sliding_window", "limit": 1000,
--                   "window": 3600, "key": ["consumer"]}
--     },
--     "plans": {"standard": ["hourly"]},
--     "consumers": {"acme": {"key_sha256": "<64 hex>", "plan": "standard"}}
--   },
--   "routes": {"fibonacci": {"limits": ["per_ip"]}}
--
-- Per request (access): the identify stage (edge.limit.identify) has put
-- the client and the consumer in ctx; pick the rules that apply (route
-- rules for anonymous requests or consumers as their applies_to says, plus
-- the consumer's plan), then decide in two phases: take a unit from every
-- rule; if one refuses, give back what the others took (a refused request
-- consumes nothing) and answer 429; otherwise commit them all, then wait if
-- a rule in delay mode asks for it. Then the API key check's 401.
-- Rules with store "local" are decided on this nginx's shared dict
-- (edge.limit.store.shdict), first; those with store "redis" all in one
-- server-side script with the request's other Redis work (its shared ban
-- check and redis leases: edge.limit.trip), two-phase itself; a refusal
-- there gives back what the local rules took. That round trip happens
-- here even when the request has no redis rate rule.
-- A dry-run rule decides and logs but never refuses; a rule whose store
-- fails (a full dict, Redis down) follows its policy (on_store_error):
-- admit (fail_open), answer 503 (fail_closed) or, for a redis rule, decide
-- locally with its limit divided by store.edges (local).

local gcra = require "edge.limit.gcra"
local cost = require "edge.limit.cost"
local measure = require "edge.limit.measure"
local window = require "edge.limit.window"
local common = require "edge.limit.common"
local identify = require "edge.limit.identify"
local shdict = require "edge.limit.store.shdict"
local redis_store = require "edge.limit.store.redis"
local trip = require "edge.limit.trip"
local metrics = require "edge.metrics"
local new_tab = require "table.new"
local buffer = require "string.buffer"

local ngx = ngx
local ngx_var = ngx.var
local ngx_sleep = ngx.sleep
local ngx_now = ngx.now
local ceil = math.ceil
local floor = math.floor
local pairs = pairs
local ipairs = ipairs
local concat = table.concat
local fmt = string.format
local error = error


local _M = { _VERSION = "0.1", name = "rate" }

local NAME = common.NAME
local EPOCH = gcra.EPOCH
local OUTCOMES = { "allowed", "rejected", "delayed", "dry_run", "error" }


local function check_rule(rule)
    local algo = rule.algorithm
    if algo == "gcra" or algo == "cost" then
        if not rule.rate then
            return nil, "rate is required for algorithm " .. algo
        end
        if not rule.burst then
            return nil, "burst is required for algorithm " .. algo
        end
        if rule.limit or rule.window then
            return nil, "limit and window are for window algorithms; " .. algo
                        .. " takes rate and burst"
        end
        if algo == "gcra" and (rule.burst < 1
                               or rule.burst ~= floor(rule.burst)) then
            return nil, "burst of algorithm gcra must be an integer >= 1 "
                        .. "(requests)"
        end
        if algo == "cost" and rule.nodelay == false then
            return nil, "nodelay=false (delay mode) needs algorithm gcra"
        end
    else
        if not rule.limit or not rule.window then
            return nil, "limit and window are required for algorithm " .. algo
        end
        if rule.rate or rule.burst then
            return nil, "rate and burst are for gcra; " .. algo .. " takes "
                        .. "limit and window"
        end
        if rule.nodelay == false then
            return nil, "nodelay=false (delay mode) needs algorithm gcra"
        end
    end
    return true
end


local RULE = {
    type = "object",
    check = check_rule,
    fields = {
        algorithm = {
            type = "string", default = "gcra",
            enum = { "gcra", "fixed_window", "sliding_window", "cost" },
            description = "gcra (leaky bucket: rate + burst), a window "
                          .. "quota (limit per window) or cost (a budget "
                          .. "of upstream time: rate + burst in seconds)",
        },
        rate = {
            type = "number", min = 0.0001, max = 100000,
            description = "gcra: sustained requests per second (fractions "
                          .. "allowed: 0.5 is one every 2 s); cost: "
                          .. "upstream seconds per second (0.1 is a tenth "
                          .. "of one upstream worker)",
        },
        burst = {
            type = "number", min = 0.001, max = 1000000,
            description = "gcra: requests that may arrive at once (bucket "
                          .. "size, an integer); cost: upstream seconds a "
                          .. "client may owe before it is refused",
        },
        nodelay = {
            type = "boolean", default = true,
            description = "gcra: true refuses beyond the burst; false delays "
                          .. "requests to the steady rate (waiting at most "
                          .. "burst/rate s) and refuses beyond",
        },
        limit = {
            type = "integer", min = 1, max = 1000000000,
            description = "windows: requests allowed per window",
        },
        window = {
            type = "integer", min = 1, max = 31 * 86400,
            description = "windows: window length in seconds",
        },
        key = common.KEY_SCHEMA,
        applies_to = common.APPLIES_TO,
        store = common.STORE,
        on_store_error = common.ON_STORE_ERROR,
        dry_run = {
            type = "boolean", default = false,
            description = "decide and log, never refuse",
        },
        fail_open = {
            type = "boolean", default = true,
            description = "when the store fails: true admits, false "
                          .. "answers 503 (see on_store_error)",
        },
        dict = {
            type = "string", default = "edge_limits", pattern = NAME,
            description = "lua_shared_dict holding this rule's state (a "
                          .. "redis rule: its cost estimates and the "
                          .. "state of its local fallback)",
        },
    },
}

_M.schema_name = "limits"
_M.schema = {
    type = "object", default = {},
    description = "rate limits, window quotas, consumers (API keys) and "
                  .. "plans, client address resolution",
    fields = {
        headers = {
            type = "boolean", default = true,
            description = "send RateLimit-Policy / RateLimit headers "
                          .. "(Retry-After is always sent on 429/503)",
        },
        trusted_proxies = {
            type = "array", default = {}, max = 1000,
            items = { type = "string", max = 64 },
            description = "peers (IPs or CIDRs) whose X-Forwarded-For is "
                          .. "believed; from anyone else it is ignored",
        },
        exempt = {
            type = "array", default = {}, max = 1000,
            items = { type = "string", max = 64 },
            description = "client addresses (IPs or CIDRs) to which no "
                          .. "per-client rule (key with ip, consumer or "
                          .. "header) applies; route-wide rules still do",
        },
        ipv6_prefix = {
            type = "integer", default = 64, min = 1, max = 128,
            description = "IPv6 clients are keyed (per-client limits, "
                          .. "bans) by their /N network; 128 keys each "
                          .. "address",
        },
        api_key_header = {
            type = "string", default = "X-API-Key",
            pattern = "^[A-Za-z0-9-]{1,64}$",
            description = "request header carrying a consumer's API key",
        },
        max_key_length = {
            type = "integer", default = 64, min = 16, max = 4096,
            description = "header values longer than this are hashed "
                          .. "(sha256) before use as a key",
        },
        rules = {
            type = "map", default = {},
            keys = { type = "string", pattern = NAME },
            values = RULE,
            description = "named limits, referenced by routes and plans",
        },
        plans = {
            type = "map", default = {},
            keys = { type = "string", pattern = NAME },
            values = { type = "array", items = { type = "string" } },
            description = "plan name -> rules applied to every request of "
                          .. "the plan's consumers, on every route",
        },
        consumers = {
            type = "map", default = {},
            keys = { type = "string", pattern = "^[a-z0-9][a-z0-9._-]{0,63}$" },
            values = {
                type = "object",
                fields = {
                    key_sha256 = {
                        type = "string", required = true,
                        pattern = "^[0-9a-f]{64}$",
                        description = "sha256 of the API key, lowercase hex",
                    },
                    plan = {
                        type = "string", required = true,
                        description = "the consumer's plan",
                    },
                },
            },
            description = "consumer name -> API key hash and plan",
        },
    },
}

_M.route_schema_name = "limits"
_M.route_schema = {
    type = "array", default = {}, max = 16,
    items = { type = "string" },
    description = "names of the limits.rules applied on this route",
}


-- Compile -----------------------------------------------------------------

local log_prefixes = common.log_prefixes
local metric_keys = common.metric_keys
local lookup = common.lookup


-- The limiter of a rule's settings (rate, burst, limit divided by `div`:
-- a redis rule's local fallback shares the limit among the edges).
local function limiter(r, div)
    if r.algorithm == "cost" then
        return cost.new(r.rate / div, r.burst / div)
    elseif r.algorithm == "gcra" then
        local burst = floor(r.burst / div)
        return gcra.new(r.rate / div, burst < 1 and 1 or burst)
    end
    local limit = floor(r.limit / div)
    return window.new(limit < 1 and 1 or limit, r.window,
                      r.algorithm == "sliding_window")
end


local function policy_header(name, r, lim)
    if r.algorithm == "cost" then
        return fmt('"%s";q=%d;w=%d', name, lim.burst * 1000 + 0.5,
                   ceil(lim.burst / lim.rate - 1e-9))
    elseif r.algorithm == "gcra" then
        return fmt('"%s";q=%d;w=%d', name, lim.burst,
                   ceil(lim.burst / lim.rate - 1e-9))
    end
    return fmt('"%s";q=%d;w=%d', name, lim.limit, lim.window)
end


local function compile_rule(name, r, path, div)
    local rule = {
        name = name,
        applies_to = r.applies_to,
        dry_run = r.dry_run,
        policy = common.policy(r, path),
        dict = common.get_dict(r.dict, path .. ".dict"),
        prefix = "req:" .. name .. "|",
        item = '"' .. name .. '";r=',
        m = metric_keys("rate", name, OUTCOMES),
    }
    rule.parts, rule.key_kind, rule.per_client = common.compile_parts(r.key)
    common.memo_keys(rule)
    rule.log = log_prefixes("rate", name, rule.key_kind, OUTCOMES)
    local lim = limiter(r, div or 1)
    rule.lim = lim
    rule.policy_header = policy_header(name, r, lim)
    if r.algorithm == "cost" then
        -- level-based like gcra (retry and reset come from the level);
        -- quota units: milliseconds of upstream time
        rule.gcra = true
        rule.cost = true
        rule.script = { "c", 0, lim.tau }
    elseif r.algorithm == "gcra" then
        rule.gcra = true
        rule.delay = not r.nodelay
        rule.script = { "g", lim.interval, lim.tau }
    else
        rule.script = { lim.sliding and "s" or "f", lim.limit, lim.window }
    end
    -- (div: compiling a redis rule's local fallback)
    if r.store == "redis" and not div then
        if not redis_store.configured() then
            error(path .. '.store: "redis" needs the top-level store.redis '
                  .. "section (the server or sentinels)", 0)
        end
        rule.redis = true
        if rule.policy == "local" then
            local fb = compile_rule(name, r, path, redis_store.edges())
            fb.policy = "fail_open"
            fb.m = rule.m
            rule.fallback = fb
        end
    end
    return rule
end


-- The rules of one (route, plan) pair, with their RateLimit-Policy values
-- (all enforced rules / only those an exempt client is subject to); local
-- rules first, then the redis ones (decided in one call, after).
local function make_set(list)
    if #list == 0 then
        return nil
    end
    local rules = {}
    for _, rule in ipairs(list) do
        if not rule.redis then
            rules[#rules + 1] = rule
        end
    end
    for _, rule in ipairs(list) do
        if rule.redis then
            rules[#rules + 1] = rule
        end
    end
    local all, shared = {}, {}
    for _, rule in ipairs(rules) do
        if not rule.dry_run then
            all[#all + 1] = rule.policy_header
            if not rule.per_client then
                shared[#shared + 1] = rule.policy_header
            end
        end
    end
    return {
        rules = rules,
        policy = #all > 0 and concat(all, ", ") or nil,
        policy_exempt = #shared > 0 and concat(shared, ", ") or nil,
    }
end


function _M.compile(conf, out)
    local c = conf.limits
    local path = "config.limits"

    local rules = {}
    for name, r in pairs(c.rules) do
        rules[name] = compile_rule(name, r, path .. ".rules." .. name)
    end
    out.compiled.rate = rules

    local plans = {}
    for plan, names in pairs(c.plans) do
        local list = {}
        for i, name in ipairs(names) do
            local p = fmt("%s.plans.%s[%d]", path, plan, i)
            local rule = lookup(rules, name, p, "rule")
            if rule.applies_to == "anonymous" then
                error(p .. ': rule "' .. name .. '" applies to anonymous '
                      .. "requests only; a plan's rules apply to consumers", 0)
            end
            list[i] = rule
        end
        plans[plan] = list
    end
    for name, cons in pairs(c.consumers) do
        if not plans[cons.plan] then
            lookup(plans, cons.plan, path .. ".consumers." .. name .. ".plan",
                   "plan")
        end
    end

    for rname, route in pairs(conf.routes) do
        local anon, cons = common.split(rules, route.limits,
                                        "config.routes." .. rname .. ".limits")
        local sets = { [false] = make_set(anon) }
        for plan, list in pairs(plans) do
            local merged, seen = {}, {}
            for _, rule in ipairs(cons) do
                merged[#merged + 1] = rule
                seen[rule] = true
            end
            for _, rule in ipairs(list) do
                if not seen[rule] then
                    merged[#merged + 1] = rule
                end
            end
            sets[plan] = make_set(merged)
        end
        out.routes[rname].rate_sets = sets
    end
end


-- Per request -------------------------------------------------------------

local make_key = common.key
local note = common.note
local store_error = common.store_error
local seconds = common.seconds
local ITEM = shdict.ITEM
local trip_run = trip.run
local local_take = shdict.take


function _M.init_worker()
    metrics.init_worker()
end


-- What a request's shape is known to cost: the largest share of a cost
-- rule's burst, and the largest estimate in seconds; nil while nothing of
-- its shape has finished.
function _M.shape_used(ctx)
    local charges, shape = ctx.cost_charges, ctx.cost_shape
    if not charges or not shape then
        return nil
    end
    local used, secs
    for i = 1, #charges, 3 do
        local rule = charges[i]
        local est = rule.dict:get(shape)
        if est then
            local u = est / rule.lim.burst
            if not used or u > used then
                used = u
            end
            if not secs or est > secs then
                secs = est
            end
        end
    end
    return used, secs
end


-- What a request is expected to cost, seconds, for its shedding class
-- (edge.limit.conn, edge.limit.adaptive): what its shape is known to cost;
-- for a shape nobody has measured yet, the larger of what the same shape
-- one magnitude smaller costs (edge.limit.cost.smaller) and what the
-- client's last request cost (its reservation): a client that just spent
-- 400 ms does not get a fresh start by asking for a new shape. Only to
-- rank: the reservation stays as edge.limit.cost.reserve made it. nil:
-- nothing known.
function _M.estimate(ctx)
    local _, secs = _M.shape_used(ctx)
    if secs then
        return secs
    end
    local charges, shape = ctx.cost_charges, ctx.cost_shape
    if not charges or not shape then
        return nil
    end
    local smaller = cost.smaller(shape)
    for i = 1, #charges, 3 do
        local dict, reserved = charges[i].dict, charges[i + 2]
        if reserved > 0 and (not secs or reserved > secs) then
            secs = reserved
        end
        for j = 1, #smaller do
            local est = dict:get(smaller[j])
            if est and (not secs or est > secs) then
                secs = est
            end
        end
    end
    return secs
end


-- Is the request's shape one nobody has measured, with no measured shape
-- of a longer number (edge.limit.cost.larger) to bound its cost from
-- above? A longer number is taken to cost at least what a shorter one
-- costs, so a measured longer sibling is an upper bound (F(5) costs no
-- more than the F(12,345) measured cheap) and a shorter one only a lower
-- bound (F(999,580) may cost far more than F(20,000)). False without a
-- cost rule or a shape.
function _M.unbounded(ctx)
    local charges, shape = ctx.cost_charges, ctx.cost_shape
    if not charges or not shape or _M.shape_used(ctx) then
        return false
    end
    local larger = cost.larger(shape)
    for i = 1, #charges, 3 do
        local dict = charges[i].dict
        for j = 1, #larger do
            if dict:get(larger[j]) then
                return false
            end
        end
    end
    return true
end


-- A redis cost charge that Redis could not take (in its timer): the
-- rule's policy. local: charged to this edge's dict, where the rule's
-- local fallback (limit / store.edges) decides while Redis is away; the
-- others lose it (logged and counted). A refund (delta < 0) is of a
-- reservation made in Redis: nothing to give back locally.
local function charge_failed(err, rule, key, delta)
    store_error(rule, err, "cost", "redis")
    local fb = rule.fallback
    if fb and delta > 0 then
        local _, lerr = fb.lim:charge(fb.dict, key, delta, ngx_now() - EPOCH)
        if lerr then
            store_error(fb, lerr, "cost")
        end
    end
end


-- Log phase: charge the cost rules what the request cost its upstream
-- (less what was reserved at admission; all of it back when the request
-- never reached the upstream). A redis rule's charge goes through a timer
-- (no cosockets in the log phase); its estimates stay in the local dict.
function _M.log(_, _, ctx)
    local charges = ctx.cost_charges
    if not charges then
        return
    end
    ctx.cost_charges = nil
    local spent = measure.upstream(ctx)
    if spent then
        ctx.edge.cost_ms = floor(spent * 1e6 + 0.5) / 1000
    end
    local now = ngx_now() - EPOCH
    for i = 1, #charges, 3 do
        local rule = charges[i]
        local lim = rule.lim
        if rule.redis then
            lim:remember(rule.dict, charges[i + 1], spent, ctx.cost_shape)
            local delta = (spent or 0) - charges[i + 2]
            if delta ~= 0 then
                redis_store.charge(rule.tag(charges[i + 1]),
                                   delta / lim.rate, EPOCH, charge_failed,
                                   rule, charges[i + 1], delta)
            end
        else
            local ok, err = lim:settle(rule.dict, charges[i + 1], spent,
                                       charges[i + 2], now, ctx.cost_shape)
            if not ok then
                store_error(rule, err, "cost")
            end
        end
    end
end


_M.log_members = common.log_members


function _M.access(conf, route, ctx)
    local status, detail, slug, headers = _M.decide(conf, route, ctx)
    if status then
        return status, detail, slug, headers
    end
    return identify.refusal(ctx)
end


local function charge_entry(ctx, rule, key, reserved)
    local charges = ctx.cost_charges
    if not charges then
        charges = {}
        ctx.cost_charges = charges
    end
    local nc = #charges
    charges[nc + 1], charges[nc + 2], charges[nc + 3] = rule, key, reserved
end


local function cost_shape(ctx, route)
    local shape = ctx.cost_shape
    if not shape then
        shape = cost.shape(route.name, ctx.request_uri
                           or ngx_var.request_uri or "")
        ctx.cost_shape = shape
    end
    return shape
end


local function refuse(c, ctx, items, i, now)
    local rule, used, prev = items[i], items[i + 2], items[i + 3]
    local lim = rule.lim
    metrics.incr(rule.m.rejected)
    note(ctx, rule, "rejected", 0)
    local retry
    if rule.gcra then
        retry = seconds(lim:retry_after(used))
    else
        retry = seconds(lim:retry_after(used, now, prev))
    end
    if c.headers then
        -- through nginx.conf's add_header variables, as for admitted
        -- requests (cheaper than ngx.header)
        ngx_var.edge_ratelimit_policy = rule.policy_header
        ngx_var.edge_ratelimit = rule.item .. "0;t=" .. retry
    end
    return 429, (rule.cost and "upstream time budget "
                 or "too many requests: limit ") .. rule.name
                .. " exceeded, retry in " .. retry .. " s",
           "rate-limited", { ["Retry-After"] = retry }
end


local function unavailable(rule, items, i, ctx, err, store)
    store_error(rule, err or items[i + 2], "rate", store)
    note(ctx, rule, "error")
    return 503, "the limiter is unavailable", "over-capacity",
           { ["Retry-After"] = 1 }
end


-- The RateLimit header's value of the request being admitted, written
-- into one buffer per worker: reset in phase 2, read into the variable
-- before anything can yield (no request's state outlives that span).
local HDR = buffer.new(256)


-- Phase 2 over items[from..to]: keep what was taken (local rules commit;
-- the redis script already wrote), reserve cost estimates, note and count
-- the decisions, append the RateLimit items to hdr (HDR, or false).
-- Returns the longest delay.
local function admit(ctx, route, items, from, to, now, resv, hdr)
    local delay = 0
    for i = from, to, ITEM do
        local rule, key, used, state = items[i], items[i + 1], items[i + 2],
                                       items[i + 4]
        local lim = rule.lim
        if state == "error" then
            store_error(rule, used, "rate")
            note(ctx, rule, "error")
        elseif state == "dry" then
            metrics.incr(rule.m.dry_run)
            note(ctx, rule, "dry_run", 0)
            if rule.cost then
                -- admitted: it is charged as any other
                charge_entry(ctx, rule, key, 0)
            end
        elseif state ~= "skip" then
            if state == "taken" then
                lim:commit(rule.dict, key, used)
            end
            local remaining = lim:remaining(used)
            if rule.cost then
                -- reserved now, settled in the log phase; the share of
                -- the burst owed ranks the client for the adaptive
                -- concurrency limits' shedding
                local reserved
                if rule.redis then
                    reserved = resv[i] or 0
                else
                    local unknown
                    reserved, unknown = lim:reserve(rule.dict, key, now,
                                                    cost_shape(ctx, route))
                    if unknown then
                        ctx.cost_unknown = true
                    end
                end
                charge_entry(ctx, rule, key, reserved)
                local u = lim:used(used + reserved / lim.rate)
                if u > (ctx.cost_used or 0) then
                    ctx.cost_used = u
                end
            end
            if rule.dry_run then
                note(ctx, rule, "allowed", remaining)
                metrics.incr(rule.m.allowed)
            else
                local wait = rule.delay and used - lim.interval or 0
                if wait > 0.001 then
                    if wait > delay then
                        delay = wait
                    end
                    metrics.incr(rule.m.delayed)
                    note(ctx, rule, "delayed", remaining)
                else
                    note(ctx, rule, "allowed", remaining)
                end
                metrics.incr(rule.m.allowed)
                if hdr then
                    local reset = lim:reset(rule.gcra and used or now)
                    if #hdr > 0 then
                        hdr:put(", ")
                    end
                    hdr:put(rule.item, remaining, ";t=", ceil(reset - 1e-9))
                end
            end
        end
    end
    return delay
end


-- A Redis failure: each redis rule (items[from..to]) follows its policy.
-- Returns "closed", i (a fail_closed rule), or nil, nil and the list of
-- local fallback items (policy local) to decide, or nil.
local function on_redis_error(ctx, items, from, to, err)
    local fb
    for i = from, to, ITEM do
        local rule = items[i]
        store_error(rule, err, "rate", "redis")
        local p = rule.policy
        if p == "fail_closed" then
            note(ctx, rule, "error")
            return "closed", i, nil
        elseif p == "local" then
            fb = fb or {}
            local k = #fb
            fb[k + 1], fb[k + 2] = rule.fallback, items[i + 1]
            fb[k + 3], fb[k + 4], fb[k + 5] = false, false, false
        else
            note(ctx, rule, "error")
        end
        items[i + 4] = "skip"
    end
    return nil, nil, fb
end


-- The request's round trip to Redis when it has no rate rules here (its
-- ban check and leases: edge.limit.trip). A refusal or nil.
local function trip_only(conf, route, ctx)
    if ctx.ban_ask or route.redis_leases then
        local st, status, detail, slug, headers = trip_run(conf, route, ctx)
        if st == "deny" then
            return status, detail, slug, headers
        end
    end
end


-- The rate rules of this request, in two phases (see the header comment).
function _M.decide(conf, route, ctx)
    local set = route.rate_sets[ctx.plan or false]
    if not set then
        return trip_only(conf, route, ctx)
    end
    local c = conf.limits
    local exempt = ctx.exempt
    local rules = set.rules
    local now = ngx_now() - EPOCH
    local max_len = c.max_key_length

    -- this request's items (rule, key, used, prev, state): a table of its
    -- own, since a redis call yields to other requests
    local items = new_tab(#rules * ITEM, 0)
    local n, first_redis = 0, nil
    for i = 1, #rules do
        local rule = rules[i]
        if not (exempt and rule.per_client) then
            if rule.redis and not first_redis then
                first_redis = n + 1
            end
            items[n + 1] = rule
            items[n + 2] = make_key(rule, ctx, route, max_len)
            items[n + 3], items[n + 4], items[n + 5] = 0, false, false
            n = n + ITEM
        end
    end
    if n == 0 then
        return trip_only(conf, route, ctx)
    end
    local last_local = (first_redis or n + 1) - 1

    -- phase 1: take a unit from every rule, local ones first, then the
    -- request's Redis work in one round trip (its redis rules, ban check
    -- and leases: edge.limit.trip)
    local status, at, fb, resv, refused_in
    local rnow = now
    if last_local > 0 then
        status, at = local_take(items, 1, last_local, now)
    end
    if not status and (first_redis or ctx.ban_ask or route.redis_leases) then
        if first_redis then
            for i = first_redis, n, ITEM do
                local rule = items[i]
                if rule.cost then
                    -- the estimate is reserved by the same script
                    local est, unknown = rule.lim:estimate(
                        rule.dict, items[i + 1], cost_shape(ctx, route))
                    if unknown then
                        ctx.cost_unknown = true
                    end
                    resv = resv or {}
                    resv[i] = est
                    items[i + 2] = est / rule.lim.rate
                end
            end
        end
        local st, x, y, slug, headers = trip_run(conf, route, ctx, items,
                                                 first_redis, n)
        if st == "deny" then
            if last_local > 0 then
                shdict.undo(items, 1, last_local, now)
            end
            return x, y, slug, headers
        elseif st == "error" then
            if first_redis then
                status, at, fb = on_redis_error(ctx, items, first_redis, n, x)
                if not status and fb then
                    status, at = local_take(fb, 1, #fb, now)
                    if status then
                        refused_in = fb
                    end
                end
            end
        elseif st == "refused" then
            status, at, rnow = st, x, y or now
        else
            rnow = x or now
        end
        if status and last_local > 0 then
            shdict.undo(items, 1, last_local, now)
        end
    end
    if status == "refused" then
        local list = refused_in or items
        return refuse(c, ctx, list, at, list[at].redis and rnow or now)
    elseif status == "closed" then
        local rule = items[at]
        if rule.redis then
            return 503, "the limiter is unavailable", "over-capacity",
                   { ["Retry-After"] = 1 }
        end
        return unavailable(rule, items, at, ctx)
    end

    -- phase 2: keep them all
    local hdr = c.headers and HDR:reset()
    local delay = 0
    if last_local > 0 then
        delay = admit(ctx, route, items, 1, last_local, now, nil, hdr)
    end
    if first_redis then
        local d = admit(ctx, route, items, first_redis, n, rnow, resv, hdr)
        if d > delay then
            delay = d
        end
        if fb then
            d = admit(ctx, route, fb, 1, #fb, now, nil, hdr)
            if d > delay then
                delay = d
            end
        end
    end
    if hdr and #hdr > 0 then
        -- nginx.conf adds the headers from these variables (add_header): far
        -- cheaper than ngx.header (~2 us per header, interpreted)
        ngx_var.edge_ratelimit_policy = exempt and set.policy_exempt
                                        or set.policy
        ngx_var.edge_ratelimit = hdr:tostring()
    end
    if delay > 0 then
        ctx.edge.delay = delay
        -- ngx.sleep truncates to whole milliseconds and ngx.now() has
        -- millisecond steps: 0.037999 s slept as 37 ms woke the request
        -- before its slot, and a client that sent its next request at once
        -- found the bucket full (429). Up to the next whole millisecond,
        -- and one more for the clock's step.
        ngx_sleep((ceil(delay * 1000) + 1) / 1000)
    end
end


return _M
