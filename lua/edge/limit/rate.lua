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
-- Per request (access): identify the consumer (401 for an unknown key), pick
-- the rules that apply (route rules for anonymous requests or consumers as
-- their applies_to says, plus the consumer's plan), then decide in two
-- phases: take a unit from every rule; if one refuses, give back what the
-- others took (a refused request consumes nothing) and answer 429; otherwise
-- commit them all, then wait if a rule in delay mode asks for it.
-- A dry-run rule decides and logs but never refuses; a rule whose store
-- fails (e.g. "no memory") admits (fail_open) or answers 503.

local gcra = require "edge.limit.gcra"
local cost = require "edge.limit.cost"
local measure = require "edge.limit.measure"
local window = require "edge.limit.window"
local identity = require "edge.limit.identity"
local sha256 = require "edge.limit.sha256"
local metrics = require "edge.metrics"
local memo = require "edge.limit.memo"
local lrucache = require "resty.lrucache"
local new_tab = require "table.new"

local ngx = ngx
local ngx_var = ngx.var
local ngx_shared = ngx.shared
local ngx_sleep = ngx.sleep
local ngx_log = ngx.log
local ngx_now = ngx.now
local ERR = ngx.ERR
local ceil = math.ceil
local floor = math.floor
local pairs = pairs
local ipairs = ipairs
local concat = table.concat
local sort = table.sort
local lower = string.lower
local gsub = string.gsub
local fmt = string.format
local error = error


local _M = { _VERSION = "0.1", name = "rate" }

local NAME = "^[a-z][a-z0-9_]{0,31}$"
local KEY_PART = "^(ip|consumer|route|header:[A-Za-z0-9-]{1,64})$"
local EPOCH = gcra.EPOCH
local OUTCOMES = { "allowed", "rejected", "delayed", "dry_run", "error" }

metrics.describe("edge_limit_decisions_total", "counter",
                 "Limiter decisions by limit and outcome (allowed, rejected, "
                 .. "delayed, dry_run: would have refused, error: store "
                 .. "failed).")
metrics.describe("edge_limit_store_errors_total", "counter",
                 "Shared-dict errors of a limit, by the mode applied "
                 .. "(open: admitted, closed: refused with 503).")

local KEY_SCHEMA = {
    type = "array", max = 4, default = { "ip" },
    description = "what the limit counts per: any of ip, consumer, route, "
                  .. "header:<Name>; [] is one count for everything",
    items = { type = "string", pattern = KEY_PART },
}
_M.KEY_SCHEMA = KEY_SCHEMA

local APPLIES_TO = {
    type = "string", enum = { "all", "anonymous", "consumers" },
    default = "all",
    description = "which requests a route's rule applies to: all, anonymous "
                  .. "ones (no API key) or consumers' ones",
}
_M.APPLIES_TO = APPLIES_TO


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
        key = KEY_SCHEMA,
        applies_to = APPLIES_TO,
        dry_run = {
            type = "boolean", default = false,
            description = "decide and log, never refuse",
        },
        fail_open = {
            type = "boolean", default = true,
            description = "when the shared dict fails: true admits, false "
                          .. "answers 503",
        },
        dict = {
            type = "string", default = "edge_limits", pattern = NAME,
            description = "lua_shared_dict holding this rule's state",
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

-- Per outcome: the start of the decision's JSON object in the access log
-- (kind "rate" or "concurrency": a rate rule and a concurrency rule may
-- share a name, as per_client does in the shipped config).
local function log_prefixes(kind, name, key_kind, outcomes)
    local out = {}
    for _, o in ipairs(outcomes) do
        out[o] = '{"limit":"' .. name .. '","kind":"' .. kind .. '","key":"'
                 .. key_kind .. '","outcome":"' .. o .. '"'
    end
    return out
end
_M.log_prefixes = log_prefixes


local function metric_keys(kind, name, outcomes)
    local keys = {}
    for _, o in ipairs(outcomes) do
        keys[o] = metrics.key("edge_limit_decisions_total",
                              { limit = name, kind = kind, outcome = o })
    end
    for _, mode in ipairs({ "open", "closed" }) do
        keys["store_" .. mode] = metrics.key("edge_limit_store_errors_total",
                                             { limit = name, mode = mode })
    end
    return keys
end
_M.metric_keys = metric_keys


-- Key parts: an array of { code, arg }; per_client when one identifies a
-- client (they are skipped for exempt addresses).
local function compile_parts(list)
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
_M.compile_parts = compile_parts


-- A rule keyed by the client address alone (the common case) gets its keys
-- from a memo (see edge.limit.memo): rule.prefix .. address, built once.
local function memo_keys(rule)
    local parts = rule.parts
    if #parts == 1 and parts[1][1] == "ip" then
        rule.ip_key = memo.prefixer(rule.prefix)
    end
end
_M.memo_keys = memo_keys


local function get_dict(name, path)
    local d = ngx_shared[name]
    if not d then
        error(path .. ': no lua_shared_dict named "' .. name .. '" (nginx.conf '
              .. "declares edge_limits, edge_conn and edge_metrics)", 0)
    end
    return d
end
_M.get_dict = get_dict


local function compile_rule(name, r, path)
    local rule = {
        name = name,
        applies_to = r.applies_to,
        dry_run = r.dry_run,
        fail_open = r.fail_open,
        dict = get_dict(r.dict, path .. ".dict"),
        prefix = "req:" .. name .. "|",
        item = '"' .. name .. '";r=',
        m = metric_keys("rate", name, OUTCOMES),
    }
    rule.parts, rule.key_kind, rule.per_client = compile_parts(r.key)
    memo_keys(rule)
    rule.log = log_prefixes("rate", name, rule.key_kind, OUTCOMES)
    if r.algorithm == "cost" then
        -- level-based like gcra (retry and reset come from the level);
        -- quota units: milliseconds of upstream time
        rule.lim = cost.new(r.rate, r.burst)
        rule.gcra = true
        rule.cost = true
        rule.policy = fmt('"%s";q=%d;w=%d', name, r.burst * 1000 + 0.5,
                          ceil(r.burst / r.rate - 1e-9))
    elseif r.algorithm == "gcra" then
        rule.lim = gcra.new(r.rate, r.burst)
        rule.gcra = true
        rule.delay = not r.nodelay
        rule.policy = fmt('"%s";q=%d;w=%d', name, r.burst,
                          ceil(r.burst / r.rate - 1e-9))
    else
        rule.lim = window.new(r.limit, r.window,
                              r.algorithm == "sliding_window")
        rule.policy = fmt('"%s";q=%d;w=%d', name, r.limit, r.window)
    end
    return rule
end


-- The rules of one (route, plan) pair, with their RateLimit-Policy values
-- (all enforced rules / only those an exempt client is subject to).
local function make_set(rules)
    if #rules == 0 then
        return nil
    end
    local all, shared = {}, {}
    for _, rule in ipairs(rules) do
        if not rule.dry_run then
            all[#all + 1] = rule.policy
            if not rule.per_client then
                shared[#shared + 1] = rule.policy
            end
        end
    end
    return {
        rules = rules,
        policy = #all > 0 and concat(all, ", ") or nil,
        policy_exempt = #shared > 0 and concat(shared, ", ") or nil,
    }
end
_M.make_set = make_set


local function lookup(rules, name, path, what)
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
_M.lookup = lookup


function _M.compile(conf)
    local c = conf.limits
    local path = "config.limits"
    c.trusted = identity.cidrs(c.trusted_proxies, path .. ".trusted_proxies")
    c.exempt_set = identity.cidrs(c.exempt, path .. ".exempt")
    c.client_key = identity.keyer(c.ipv6_prefix)
    c.key_var = "http_" .. gsub(lower(c.api_key_header), "-", "_")

    local rules = {}
    for name, r in pairs(c.rules) do
        rules[name] = compile_rule(name, r, path .. ".rules." .. name)
    end
    c.compiled = rules

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

    local by_hash = {}
    local n = 0
    for name, cons in pairs(c.consumers) do
        local p = path .. ".consumers." .. name
        if not plans[cons.plan] then
            lookup(plans, cons.plan, p .. ".plan", "plan")
        end
        if by_hash[cons.key_sha256] then
            error(p .. ".key_sha256: the same key as consumer "
                  .. by_hash[cons.key_sha256].name, 0)
        end
        by_hash[cons.key_sha256] = { name = name, plan = cons.plan }
        n = n + 1
    end
    if n > 0 and not sha256.available then
        error(path .. ".consumers: SHA256() is not available in this nginx "
              .. "(no libcrypto)", 0)
    end
    c.by_hash = by_hash
    c.has_consumers = n > 0
    c.cache = lrucache.new(1024)

    for rname, route in pairs(conf.routes) do
        route.name = rname
        local anon, cons = {}, {}
        for i, name in ipairs(route.limits) do
            local rule = lookup(rules, name, fmt("config.routes.%s.limits[%d]",
                                                 rname, i), "rule")
            if rule.applies_to ~= "consumers" then
                anon[#anon + 1] = rule
            end
            if rule.applies_to ~= "anonymous" then
                cons[#cons + 1] = rule
            end
        end
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
        route.rate_sets = sets
    end
end


-- Per request -------------------------------------------------------------

-- The consumer of this request: nil (no key), false (unknown key) or
-- { name, plan }.
local function consumer_of(c)
    local raw = ngx_var[c.key_var]
    if not raw or raw == "" then
        return nil
    end
    local cache = c.cache
    local found = cache:get(raw)
    if found == nil then
        found = c.by_hash[sha256.hex(raw)] or false
        cache:set(raw, found)
    end
    return found
end


-- The request's identity, computed once and shared with the conn plugin.
function _M.identify(conf, ctx)
    local c = conf.limits
    local ip = identity.client_ip(c.trusted)
    ctx.client_ip = ip
    ctx.client_key = c.client_key(ip)
    ctx.exempt = c.exempt_set:contains(ip)
    ctx.identified = true
    return ip
end


local header_part = identity.header_part
local PLACEHOLDER = identity.PLACEHOLDER

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
local make_key = _M.key


-- Store errors are logged at most once per second per rule and worker.
local last_logged = {}

local function store_error(rule, err, kind)
    local now = ngx_now()
    if (last_logged[rule] or 0) + 1 <= now then
        last_logged[rule] = now
        ngx_log(ERR, "edge: ", kind, " limit ", rule.name, ": shared dict ",
                "error: ", err, rule.fail_open and "; failing open"
                or "; failing closed (503)")
    end
    metrics.incr(rule.m.error)
    metrics.incr(rule.fail_open and rule.m.store_open or rule.m.store_closed)
end
_M.store_error = store_error


-- The decision of one limit, for the access log: recorded as the start of
-- its JSON object (made at init) and the remaining count (or false); the
-- log phase writes them out (log_members) into the line's one buffer, so
-- no string is built per decision (cjson on a table per decision once cost
-- more than the rest of the limiter).
local function note(ctx, rule, outcome, remaining)
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
_M.note = note


local function undo_all(taken, n, now)
    for i = 1, n, 3 do
        local rule = taken[i]
        rule.lim:undo(rule.dict, taken[i + 1], now)
    end
end


local function seconds(x)
    local s = ceil(x - 1e-9)
    if s < 1 then
        return 1
    end
    return s
end


function _M.init_worker()
    metrics.init_worker()
end


-- For a request admitted with no cost estimate: what its shape is now
-- known to cost, as the largest share of a cost rule's burst; nil while
-- nothing of its shape has finished.
function _M.shape_used(ctx)
    local charges, shape = ctx.cost_charges, ctx.cost_shape
    if not charges or not shape then
        return nil
    end
    local used
    for i = 1, #charges, 3 do
        local rule = charges[i]
        local est = rule.dict:get(shape)
        if est then
            local u = est / rule.lim.burst
            if not used or u > used then
                used = u
            end
        end
    end
    return used
end


-- Log phase: charge the cost rules what the request cost its upstream
-- (less what was reserved at admission; all of it back when the request
-- never reached the upstream).
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
        local ok, err = rule.lim:settle(rule.dict, charges[i + 1], spent,
                                        charges[i + 2], now, ctx.cost_shape)
        if not ok then
            store_error(rule, err, "cost")
        end
    end
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


-- Scratch tables of decide(), reused: nothing between their filling and
-- their last use yields, so no two requests of a worker share them.
local TAKEN, ITEMS = {}, {}


function _M.access(conf, route, ctx)
    local c = conf.limits
    local consumer
    if c.has_consumers then
        consumer = consumer_of(c)
        if consumer == false then
            -- an unknown key is limited as an anonymous request, then
            -- refused: guessing keys costs the guesser its own quota
            ctx.edge.consumer = false
            consumer = nil
        elseif consumer then
            ctx.consumer = consumer.name
            ctx.edge.consumer = consumer.name
        end
    end
    local status, detail, slug, headers = _M.decide(conf, route, ctx,
                                                    consumer)
    if status then
        return status, detail, slug, headers
    end
    if ctx.edge.consumer == false then
        return 401, "the API key is not valid", "invalid-api-key"
    end
end


-- The rate rules of this request, in two phases (see the header comment).
function _M.decide(conf, route, ctx, consumer)
    local c = conf.limits
    local set = route.rate_sets[consumer and consumer.plan or false]
    if not set then
        return
    end
    if not ctx.identified then
        _M.identify(conf, ctx)
    end
    local exempt = ctx.exempt
    local rules = set.rules
    local now = ngx_now() - EPOCH
    local max_len = c.max_key_length

    -- phase 1: take a unit from every rule
    local taken, n = TAKEN, 0
    for i = 1, #rules do
        local rule = rules[i]
        if not (exempt and rule.per_client) then
            local key = make_key(rule, ctx, route, max_len)
            local lim = rule.lim
            local ok, used, prev = lim:take(rule.dict, key, now)
            if ok then
                taken[n + 1], taken[n + 2], taken[n + 3] = rule, key, used
                n = n + 3
            elseif ok == nil then
                store_error(rule, used, "rate")
                note(ctx, rule, "error")
                if not rule.fail_open then
                    undo_all(taken, n, now)
                    return 503, "the limiter is unavailable", "over-capacity",
                           { ["Retry-After"] = 1 }
                end
            elseif rule.dry_run then
                metrics.incr(rule.m.dry_run)
                note(ctx, rule, "dry_run", 0)
                if rule.cost then
                    -- admitted: it is charged as any other
                    local charges = ctx.cost_charges or {}
                    ctx.cost_charges = charges
                    local nc = #charges
                    charges[nc + 1], charges[nc + 2], charges[nc + 3] =
                        rule, key, 0
                end
            else
                -- refused: give back what the others took
                undo_all(taken, n, now)
                metrics.incr(rule.m.rejected)
                note(ctx, rule, "rejected", 0)
                local retry
                if rule.gcra then
                    retry = seconds(lim:retry_after(used))
                else
                    retry = seconds(lim:retry_after(used, now, prev))
                end
                if c.headers then
                    -- through nginx.conf's add_header variables, as for
                    -- admitted requests (cheaper than ngx.header)
                    ngx_var.edge_ratelimit_policy = rule.policy
                    ngx_var.edge_ratelimit = rule.item .. "0;t=" .. retry
                end
                return 429, (rule.cost and "upstream time budget "
                             or "too many requests: limit ") .. rule.name
                            .. " exceeded, retry in " .. retry .. " s",
                       "rate-limited", { ["Retry-After"] = retry }
            end
        end
    end

    -- phase 2: keep them all
    local delay = 0
    local items, ni = c.headers and ITEMS, 0
    for i = 1, n, 3 do
        local rule, key, used = taken[i], taken[i + 1], taken[i + 2]
        local lim = rule.lim
        lim:commit(rule.dict, key, used)
        local remaining = lim:remaining(used)
        if rule.cost then
            -- reserved now, settled in the log phase; the share of the
            -- burst owed ranks the client for the adaptive concurrency
            -- limits' shedding
            local charges = ctx.cost_charges
            if not charges then
                charges = {}
                ctx.cost_charges = charges
            end
            local shape = ctx.cost_shape
            if not shape then
                shape = cost.shape(route.name, ngx_var.request_uri or "")
                ctx.cost_shape = shape
            end
            local reserved, unknown = lim:reserve(rule.dict, key, now,
                                                  shape)
            if unknown then
                ctx.cost_unknown = true
            end
            local nc = #charges
            charges[nc + 1], charges[nc + 2], charges[nc + 3] =
                rule, key, reserved
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
            if items then
                local reset = rule.gcra and used or lim:reset(now)
                ni = ni + 1
                items[ni] = rule.item .. remaining .. ";t=" .. ceil(reset - 1e-9)
            end
        end
    end
    if ni > 0 then
        -- nginx.conf adds the headers from these variables (add_header): far
        -- cheaper than ngx.header (~2 us per header, interpreted)
        ngx_var.edge_ratelimit_policy = exempt and set.policy_exempt
                                        or set.policy
        ngx_var.edge_ratelimit = concat(items, ", ", 1, ni)
    end
    if delay > 0 then
        ctx.edge.delay = delay
        ngx_sleep(delay)
    end
end


return _M
