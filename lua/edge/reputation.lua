-- Client reputation: allow and deny lists (IPs and CIDR blocks) and
-- temporary bans of clients the WAF keeps blocking. First in the pipeline:
-- a denied or banned client costs one table lookup and one shared-dict get
-- (shared bans: see access()).
--
-- Settings live in the "waf" section (waf.allow, waf.deny, waf.ban; see
-- edge.waf's schema). State: lua_shared_dict edge_reputation, keys
--   blk:<key>   blocks counted in the current window (TTL = ban.window;
--               the window starts at the first block: a fixed window)
--   ban:<key>   present while the client is banned (TTL = ban.duration)
-- Counting is one atomic incr per block; the ban is an add, so only one
-- worker logs it. When the dict is full the oldest keys go first (nginx's
-- LRU): under memory pressure bans can end early, never start wrongly.
--
-- access(): allow-listed -> ctx.waf_trusted (detection and bans skipped,
-- shape checks still apply); deny-listed or banned -> 403. With
-- store.bans = redis, a ban this edge started is in its dict too (it
-- answers first); the others are asked of Redis in the request's one round
-- trip (edge.limit.trip, at the rate stage): registered here as
-- ctx.ban_ask. When Redis cannot answer, this edge's own bans decide.
-- log(): a request the WAF blocked (ctx.waf_blocked) counts towards a ban.
--
-- The client is the one the limits see (edge.limit.identify: the peer,
-- or the X-Forwarded-For client when the peer is in
-- limits.trusted_proxies), so a trusted proxy is never banned for what
-- its clients do; lists are edge.limit.identity CIDR sets matched against
-- the address, bans are kept per client key (IPv6: per /64 network, see
-- limits.ipv6_prefix).

local identity = require "edge.limit.identity"
local redis_store = require "edge.limit.store.redis"
local memo = require "edge.limit.memo"
local metrics = require "edge.metrics"

local ngx = ngx
local ngx_shared = ngx.shared
local ngx_log = ngx.log
local WARN = ngx.WARN
local ERR = ngx.ERR

local ipairs = ipairs
local error = error
local format = string.format


local _M = { _VERSION = "0.1", name = "reputation" }

local DICT = "edge_reputation"
local ban_key = memo.prefixer("ban:")

metrics.describe("edge_bans_total", "counter",
                 "Clients banned for repeated WAF blocks (counted once per "
                 .. "ban, by the worker that started it).")
local M_BANS = metrics.key("edge_bans_total")


-- Set at init (master), read-only in workers.
local allow, deny, ban, shared_bans


function _M.compile(conf)
    local g = conf.waf
    allow = identity.cidrs(g.allow, "config.waf.allow")
    deny = identity.cidrs(g.deny, "config.waf.deny")
    ban = g.ban
    if ban.enabled and not ngx_shared[DICT] then
        error("config.waf.ban.enabled: needs lua_shared_dict " .. DICT
              .. " in nginx.conf", 0)
    end
    shared_bans = conf.store.bans == "redis"
    if shared_bans and not redis_store.configured() then
        error('config.store.bans: "redis" needs the store.redis section', 0)
    end
    for i, entry in ipairs(g.allow) do
        for j, other in ipairs(g.deny) do
            if entry == other then
                error(format("config.waf.deny[%d]: %s is also in "
                             .. "config.waf.allow[%d]", j, other, i), 0)
            end
        end
    end
end


local REFUSED = "the request was blocked by the edge's input filter"


-- A banned client's answer (also given by edge.limit.trip when Redis
-- says the client is banned).
function _M.banned(ctx)
    ctx.edge.reputation = "banned"
    return 403, REFUSED, "request-blocked"
end
local refuse_banned = _M.banned


local function started_ban(addr, n)
    metrics.incr(M_BANS)
    ngx_log(WARN, "reputation: banned ", addr, " for ", ban.duration,
            "s after ", n, " blocked requests within ", ban.window, "s")
end


-- A shared ban this edge started (timer): kept locally too, for when
-- Redis cannot be asked.
local function started_shared_ban(addr, n)
    ngx_shared[DICT]:set(ban_key(addr), n, ban.duration)
    started_ban(addr, n)
end


function _M.access(_, _, ctx)
    local addr = ctx.client_ip
    if allow:contains(addr) then
        ctx.waf_trusted = true
        ctx.edge.reputation = "allow"
        return nil
    end
    if deny:contains(addr) then
        ctx.edge.reputation = "deny"
        return 403, REFUSED, "request-blocked"
    end
    if ban.enabled then
        local key = ctx.client_key
        if ngx_shared[DICT]:get(ban_key(key)) then
            return refuse_banned(ctx)
        end
        if shared_bans then
            -- asked in the request's one round trip to Redis, at the rate
            -- stage (edge.limit.trip)
            ctx.ban_ask = key
        end
    end
    return nil
end


function _M.log(_, _, ctx)
    if not ctx.waf_blocked or not ban.enabled or ctx.waf_trusted then
        return
    end
    -- the client's key: an IPv6 client is banned with its /64 (or
    -- limits.ipv6_prefix), where it could pick a fresh address at will
    local addr = ctx.client_key
    if not addr then
        return
    end
    if shared_bans then
        -- no cosockets in the log phase: counted by a timer
        redis_store.block(addr, ban, started_shared_ban)
        return
    end
    local dict = ngx_shared[DICT]
    local n, err = dict:incr("blk:" .. addr, 1, 0, ban.window)
    if not n then
        ngx_log(ERR, "reputation: cannot count a block: ", err)
        return
    end
    if n >= ban.blocks then
        local ok, aerr = dict:add(ban_key(addr), n, ban.duration)
        if ok then
            started_ban(addr, n)
        elseif aerr ~= "exists" then
            ngx_log(ERR, "reputation: cannot store a ban: ", aerr)
        end
    end
end


return _M
