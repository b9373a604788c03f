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
-- rule's state lives in one slot. All of a request's work (ban, rates,
-- leases) goes to one script call on one Redis (not a Redis Cluster: see
-- README.md).

local _M = { _VERSION = "0.1" }

-- A request's Redis work, all of it in one call, two-phase on the server
-- (every check before any write, so a request refused by one rule takes
-- nothing from the others): its shared ban, then its rate rules, then its
-- concurrency leases.
-- KEYS: the ban key (when ARGV[2] is "1"), the rate rules' keys, the
-- lease sets' keys. ARGV[1]: the epoch subtracted from the clock
-- (gcra.EPOCH: small numbers, fine doubles); ARGV[2..4]: how many ban
-- (0 or 1), rate and lease keys; then five per rate rule: kind (g gcra,
-- c cost, f fixed window, s sliding window), a, b, c, dry ("1": dry run,
-- never refuses)
--   g: a = interval (1/rate), b = tau (burst * interval)
--   c: a = unused, b = tau (burst / rate), c = reserve (wall seconds)
--   f, s: a = limit, b = window (s)
-- then, with leases: the lease member (the request id), its TTL (ms) and
-- two per lease set: max, dry. A lease set is a sorted set, member a
-- request id, score its deadline in ms of server time; expired members
-- are removed before counting, so the leases of a dead edge free
-- themselves within the TTL.
-- Returns { "0", now, (state, used, prev) per rate rule (state "ok" or
-- "dry"), in flight including this request per lease set } or a refusal:
-- { "b" } (banned), { "r", i, now, used, prev } (rate rule i), { "l", i,
-- n } (lease set i is full with n).
_M.REQUEST = [[
local t = redis.call('TIME')
local sec, usec = tonumber(t[1]), tonumber(t[2])
local now = sec - tonumber(ARGV[1]) + usec / 1000000
local nban, nrate = tonumber(ARGV[2]), tonumber(ARGV[3])
local nlease = tonumber(ARGV[4])
local snow = string.format('%.17g', now)
if nban == 1 and redis.call('EXISTS', KEYS[1]) == 1 then
    return { 'b' }
end
local out = { '0', snow }
local put = {}
for i = 1, nrate do
    local j = 4 + (i - 1) * 5
    local kind = ARGV[j + 1]
    local a, b = tonumber(ARGV[j + 2]), tonumber(ARGV[j + 3])
    local c = tonumber(ARGV[j + 4])
    local dry = ARGV[j + 5] == '1'
    local key = KEYS[nban + i]
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
        return { 'r', tostring(i), snow, string.format('%.17g', used),
                 string.format('%.17g', prev) }
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
local now_ms = sec * 1000 + math.floor(usec / 1000)
local lbase = 6 + nrate * 5
for i = 1, nlease do
    local key = KEYS[nban + nrate + i]
    redis.call('ZREMRANGEBYSCORE', key, '-inf', now_ms)
    local n = redis.call('ZCARD', key)
    if n >= tonumber(ARGV[lbase + 2 * i - 1])
       and ARGV[lbase + 2 * i] ~= '1' then
        return { 'l', tostring(i), tostring(n) }
    end
    out[#out + 1] = tostring(n + 1)
end
for i = 1, nrate do
    local new = put[i]
    if new then
        local j = 4 + (i - 1) * 5
        local kind = ARGV[j + 1]
        local key = KEYS[nban + i]
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
local id, ttl = ARGV[lbase - 1], tonumber(ARGV[lbase])
for i = 1, nlease do
    local key = KEYS[nban + nrate + i]
    redis.call('ZADD', key, now_ms + ttl, id)
    if redis.call('PTTL', key) < ttl + 1000 then
        redis.call('PEXPIRE', key, ttl + 1000)
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

-- Lease renewal (a worker's timer): push the deadline of leases still
-- held to now + their TTL. KEYS[i]: a lease set; ARGV[2i - 1], ARGV[2i]:
-- the member (request id) and its TTL (ms). A member no longer in its set
-- (released, or expired meanwhile) is not added back. Returns how many
-- were renewed.
_M.RENEW = [[
local t = redis.call('TIME')
local now_ms = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local n = 0
for i = 1, #KEYS do
    local key, id = KEYS[i], ARGV[2 * i - 1]
    local ttl = tonumber(ARGV[2 * i])
    local score = redis.call('ZSCORE', key, id)
    if score and tonumber(score) > now_ms then
        redis.call('ZADD', key, 'XX', now_ms + ttl, id)
        if redis.call('PTTL', key) < ttl + 1000 then
            redis.call('PEXPIRE', key, ttl + 1000)
        end
        n = n + 1
    end
end
return n
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
