-- Plugin "identify": the first stage of the pipeline. It puts who is asking
-- into the request's context, once, for every later stage (reputation,
-- rate, conn) to read:
--   ctx.client_ip    the client address (X-Forwarded-For only from
--                    limits.trusted_proxies; edge.limit.identity)
--   ctx.client_key   the address, or its /64 for IPv6 (limits.ipv6_prefix)
--   ctx.exempt       the address is in limits.exempt
--   ctx.consumer     the consumer's name (a valid API key), else nil
--   ctx.plan         the consumer's plan, else nil
--   ctx.bad_key      an API key was sent and matches no consumer
-- The settings are in the "limits" section (trusted_proxies, exempt,
-- ipv6_prefix, api_key_header, consumers: see edge.limit.rate's schema).
--
-- The API key check's refusal (401) is decided here and sent by
-- refusal(ctx) once the rate rules have counted the request as anonymous:
-- guessing keys costs the guesser its own quota. Identify itself never
-- refuses (a deny-listed or banned client still gets its 403 first).

local identity = require "edge.limit.identity"
local lrucache = require "resty.lrucache"

local ngx = ngx
local ngx_var = ngx.var
local pairs = pairs
local lower = string.lower
local gsub = string.gsub
local error = error


local _M = { _VERSION = "0.1", name = "identify" }

-- Compiled at init (master), read-only afterwards.
local trusted, exempt_set, client_key, key_var, by_hash, cache


function _M.compile(conf)
    local c = conf.limits
    local path = "config.limits"
    trusted = identity.cidrs(c.trusted_proxies, path .. ".trusted_proxies")
    exempt_set = identity.cidrs(c.exempt, path .. ".exempt")
    client_key = identity.keyer(c.ipv6_prefix)
    key_var = "http_" .. gsub(lower(c.api_key_header), "-", "_")
    local hashes, n = {}, 0
    for name, cons in pairs(c.consumers) do
        local p = path .. ".consumers." .. name
        if hashes[cons.key_sha256] then
            error(p .. ".key_sha256: the same key as consumer "
                  .. hashes[cons.key_sha256].name, 0)
        end
        hashes[cons.key_sha256] = { name = name, plan = cons.plan }
        n = n + 1
    end
    by_hash = n > 0 and hashes or nil
    cache = lrucache.new(1024)
end


-- The consumer of a request's key: false (unknown key) or { name, plan }.
local function consumer_of(raw)
    local found = cache:get(raw)
    if found == nil then
        found = by_hash[identity.sha256_hex(raw)] or false
        cache:set(raw, found)
    end
    return found
end


-- The identity, also for callers outside the pipeline's order.
function _M.identify(ctx)
    local ip = identity.client_ip(trusted)
    ctx.client_ip = ip
    ctx.client_key = client_key(ip)
    ctx.exempt = exempt_set:contains(ip)
    ctx.identified = true
    if by_hash then
        local raw = ngx_var[key_var]
        if raw and raw ~= "" then
            local consumer = consumer_of(raw)
            if consumer then
                ctx.consumer = consumer.name
                ctx.plan = consumer.plan
                ctx.edge.consumer = consumer.name
            else
                -- limited as an anonymous request, then refused
                ctx.bad_key = true
                ctx.edge.consumer = false
            end
        end
    end
    return ip
end
local identify = _M.identify


function _M.access(_, _, ctx)
    identify(ctx)
end


-- The API key check's answer: 401 for an unknown key, else nothing.
function _M.refusal(ctx)
    if ctx.bad_key then
        return 401, "the API key is not valid", "invalid-api-key"
    end
end


return _M
