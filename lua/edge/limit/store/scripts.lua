-- The Redis store's server-side scripts: each decision kind is one script,
-- atomic on the server (Redis runs a script alone), loaded once per server
-- (SCRIPT LOAD on the first NOSCRIPT) and called by its SHA1 (EVALSHA).
--
-- Time: every script reads the server's clock (TIME), never the edge's.
-- Edges on different machines with clocks a few milliseconds (or seconds)
-- apart then agree on every bucket: a TAT written by one edge is compared
-- with the same clock by the next. Redis >= 5 replicates a script's
-- effects, not the script, so a non-deterministic TIME is allowed; after a
-- Sentinel failover the new master's clock takes over (a jump of the
-- machines' clock difference, once).
--
-- Keys: each rule's keys carry one hash tag ("{req:per_ip|1.2.3.4}") and
-- a window's counters are derived from it ("...}|<window index>"), so one
-- rule's state lives in one slot. All of a request's rules go to one
-- script call on one Redis (not a Redis Cluster: see README.md).

local _M = { _VERSION = "0.1" }

-- Rate rules of one request, two-phase on the server: every rule is
-- checked before any is written, so a request refused by one rule takes
-- nothing from the others. KEYS[i]: rule i's key. ARGV[1]: the epoch
-- subtracted from the clock (gcra.EPOCH: small numbers, fine doubles),
-- then five per rule: kind (g gcra, c cost, f fixed window, s sliding
-- window), a, b, c, dry ("1": dry run, never refuses).
--   g: a = interval (1/rate), b = tau (burst * interval)
--   c: a = unused, b = tau (burst / rate), c = reserve (wall seconds)
--   f, s: a = limit, b = window (s)
-- Returns { "0", now, state, used, prev, ... } (state "ok" or "dry") or,
-- refused, { i, now, used, prev }.
_M.RATE = [[
local t = redis.call('TIME')
local now = tonumber(t[1]) - tonumber(ARGV[1]) + tonumber(t[2]) / 1000000
local n = #KEYS
local out = { '0', string.format('%.17g', now) }
local put = {}
for i = 1, n do
    local j = 1 + (i - 1) * 5
    local kind = ARGV[j + 1]
    local a, b = tonumber(ARGV[j + 2]), tonumber(ARGV[j + 3])
    local c = tonumber(ARGV[j + 4])
    local dry = ARGV[j + 5] == '1'
    local key = KEYS[i]
    local used, prev, over, new = 0, 0, false, false
    if kind == 'g' or kind == 'c' then
        local tat = tonumber(redis.call('GET', key)) or now
        if tat < now then
            tat = now
        end
        if kind == 'g' then
            new = tat + a
            used = new - now
        else
            used = tat - now
            new = c > 0 and tat + c or false
        end
        over = used > b
    else
        local idx = math.floor(now / b)
        used = (tonumber(redis.call('GET', key .. '|' .. idx)) or 0) + 1
        if kind == 's' then
            prev = tonumber(redis.call('GET', key .. '|' .. (idx - 1))) or 0
            used = prev * (1 - (now / b - idx)) + used
        end
        over = used > a + 1e-9
        new = idx
    end
    if over and not dry then
        return { tostring(i), string.format('%.17g', now),
                 string.format('%.17g', used), string.format('%.17g', prev) }
    end
    out[#out + 1] = over and 'dry' or 'ok'
    out[#out + 1] = string.format('%.17g', used)
    out[#out + 1] = string.format('%.17g', prev)
    if over then
        put[i] = false
    else
        put[i] = new
    end
end
for i = 1, n do
    local new = put[i]
    if new then
        local j = 1 + (i - 1) * 5
        local kind = ARGV[j + 1]
        local key = KEYS[i]
        if kind == 'g' or kind == 'c' then
            local ttl = math.ceil((new - now) * 1000) + 1
            redis.call('SET', key, string.format('%.17g', new), 'PX', ttl)
        else
            local w = tonumber(ARGV[j + 3])
            local k = key .. '|' .. new
            redis.call('INCR', k)
            redis.call('PEXPIRE', k, (kind == 's' and 2 * w or w) * 1000 + 1000)
        end
    end
end
return out
]]

-- A cost charge (log phase): add `t` seconds of wall time (ARGV[2], may be
-- negative: a refund) to the TAT in KEYS[1]. ARGV[1]: the epoch.
_M.CHARGE = [[
local t = redis.call('TIME')
local now = tonumber(t[1]) - tonumber(ARGV[1]) + tonumber(t[2]) / 1000000
local d = tonumber(ARGV[2])
local tat = tonumber(redis.call('GET', KEYS[1]))
local new
if d > 0 then
    if not tat or tat < now then
        tat = now
    end
    new = tat + d
elseif tat then
    new = tat + d
else
    return '0'
end
if new > now then
    redis.call('SET', KEYS[1], string.format('%.17g', new), 'PX',
               math.ceil((new - now) * 1000) + 1)
else
    redis.call('DEL', KEYS[1])
end
return string.format('%.17g', new - now)
]]

-- Concurrency leases of one request, two-phase: KEYS[i] is rule i's sorted
-- set of leases (member: a request id, score: the lease's deadline in ms
-- of server time); expired members are removed first, so the leases of a
-- dead edge free themselves within the TTL. ARGV: id, ttl (ms), then two
-- per rule: max, dry ("1"). Returns { "0", n1, n2, ... } (in flight
-- including this request) or, over a cap, { i, n }.
_M.LEASE = [[
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local id, ttl = ARGV[1], tonumber(ARGV[2])
local out = { '0' }
for i = 1, #KEYS do
    local key = KEYS[i]
    redis.call('ZREMRANGEBYSCORE', key, '-inf', now)
    local n = redis.call('ZCARD', key)
    local max = tonumber(ARGV[1 + 2 * i])
    if n >= max and ARGV[2 + 2 * i] ~= '1' then
        return { tostring(i), tostring(n) }
    end
    out[i + 1] = tostring(n + 1)
end
for i = 1, #KEYS do
    redis.call('ZADD', KEYS[i], now + ttl, id)
    redis.call('PEXPIRE', KEYS[i], ttl + 1000)
end
return out
]]

-- A block counted towards a ban (log phase): KEYS[1] the client's block
-- counter, KEYS[2] its ban; ARGV: window (s), blocks, duration (s).
-- Returns { blocks counted, 1 when this call started the ban }.
_M.BLOCK = [[
local n = redis.call('INCR', KEYS[1])
if n == 1 then
    redis.call('EXPIRE', KEYS[1], tonumber(ARGV[1]))
end
if n >= tonumber(ARGV[2]) then
    if redis.call('SET', KEYS[2], n, 'NX', 'EX', tonumber(ARGV[3])) then
        return { n, 1 }
    end
end
return { n, 0 }
]]


return _M
