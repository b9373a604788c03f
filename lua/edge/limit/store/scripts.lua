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
-- concurrency leases. Every read of the ban and the rates is one MGET.
-- KEYS: the ban key (when the shape starts with "b"), the rate rules'
-- keys, the lease sets' keys (the rest).
-- ARGV[1]: the epoch subtracted from the clock (gcra.EPOCH: small
-- numbers, fine doubles); ARGV[2]: the shape, "b" (ban check) or "-",
-- then one letter per rate rule, its kind (g gcra, c cost, f fixed
-- window, s sliding window), upper case for a dry run (never refuses);
-- then two per rate rule:
--   g: interval (1/rate), tau (burst * interval)
--   c: tau (burst / rate), reserve (wall seconds)
--   f, s: limit, window (s)
-- then, with leases: the lease member (the request id), its TTL (ms) and
-- one per lease set: its max, negative for a dry run. A lease set is a
-- sorted set, member a request id, score its deadline in ms of server
-- time; expired members are removed before counting, so the leases of a
-- dead edge free themselves within the TTL.
-- Work per rate rule in `st` (five slots: kind, a (then what to write:
-- a TAT, true for a window, false for nothing), b, the index of its first
-- key in `rk`, its window); the keys read in `rk` (the ban, then each
-- rule's; a sliding window's previous counter after its current one).
-- Few tables, no strings built but a window's key, a window counter's
-- expiry set once (by its first request: it lives through its window, a
-- sliding one's through the next too).
-- Replies are integers (no number formatting in the script; `now` and the
-- levels in millionths, rounded: Redis truncates a Lua number into an
-- integer reply): admitted { 0, now, dry, used per rate rule, prev per
-- sliding window rule, in flight including this request per lease set }
-- (dry: the sum of 2^(i-1) over the dry-run rules i that were over);
-- refused { 1, i, now, used, prev } (rate rule i), { 2 } (banned),
-- { 3, i, n } (lease set i is full with n).
_M.REQUEST = [=[
local t = redis.call('TIME')
local unix, usec = tonumber(t[1]), tonumber(t[2])
local sec = unix - tonumber(ARGV[1])
local now = sec + usec / 1000000
local byte = string.byte
local shape = ARGV[2]
local nban = byte(shape, 1) == 98 and 1 or 0
local nrate = #shape - 1
local nlease = #KEYS - nban - nrate
local rk, st = {}, {}
if nban == 1 then
    rk[1] = KEYS[1]
end
local n = nban
local j = 0
for i = 1, nrate do
    local k = byte(shape, i + 1)
    local b = tonumber(ARGV[2 + 2 * i])
    n = n + 1
    st[j + 1], st[j + 2], st[j + 3] = k, tonumber(ARGV[1 + 2 * i]), b
    st[j + 4] = n
    if k == 103 or k == 99 or k == 71 or k == 67 then
        rk[n] = KEYS[nban + i]
    else
        local w = now / b
        w = w - w % 1
        st[j + 5] = w
        rk[n] = KEYS[nban + i] .. '|' .. w
        if k == 115 or k == 83 then
            n = n + 1
            rk[n] = KEYS[nban + i] .. '|' .. (w - 1)
        end
    end
    j = j + 5
end
local v = n > 0 and redis.call('MGET', unpack(rk, 1, n)) or rk
if nban == 1 and v[1] then
    return { 2 }
end
local now_u = sec * 1000000 + usec
local out = { 0, now_u, 0 }
local p = 3 + nrate
local dry, bit = 0, 1
j = 0
for i = 1, nrate do
    local k, a, b, r = st[j + 1], st[j + 2], st[j + 3], st[j + 4]
    local used, prev, over, new
    if k == 103 or k == 71 or k == 99 or k == 67 then
        local tat = tonumber(v[r]) or now
        if tat < now then
            tat = now
        end
        if k == 103 or k == 71 then
            new = tat + a
            used = new - now
            over = used > b
        else
            used = tat - now
            new = b > 0 and tat + b
            over = used > a
        end
        prev = 0
    else
        used = (tonumber(v[r]) or 0) + 1
        new = true
        prev = 0
        if k == 115 or k == 83 then
            prev = tonumber(v[r + 1]) or 0
            used = prev * (1 - (now / b - st[j + 5])) + used
            p = p + 1
            out[p] = prev * 1000000 + 0.5
        end
        over = used > a + 1e-9
    end
    if over then
        if k > 96 then
            return { 1, i, now_u, used * 1000000 + 0.5, prev * 1000000 + 0.5 }
        end
        dry = dry + bit
        new = false
    end
    out[3 + i] = used * 1000000 + 0.5
    st[j + 2] = new
    bit = bit + bit
    j = j + 5
end
out[3] = dry
local now_ms, lbase, lkey
if nlease > 0 then
    now_ms = unix * 1000 + (usec - usec % 1000) / 1000
    lbase = 2 + 2 * nrate
    lkey = nban + nrate
    for i = 1, nlease do
        local key = KEYS[lkey + i]
        redis.call('ZREMRANGEBYSCORE', key, '-inf', now_ms)
        local c = redis.call('ZCARD', key)
        local max = tonumber(ARGV[lbase + 2 + i])
        if max > 0 and c >= max then
            return { 3, i, c }
        end
        out[p + i] = c + 1
    end
end
j = 0
for i = 1, nrate do
    local k, new = st[j + 1], st[j + 2]
    if new then
        if k == 103 or k == 71 or k == 99 or k == 67 then
            redis.call('SET', rk[st[j + 4]], new, 'PX',
                       math.ceil((new - now) * 1000) + 1)
        else
            -- a counter lives as long as its window is read (a sliding
            -- one's through the next window too) from its first request
            local key = rk[st[j + 4]]
            if redis.call('INCR', key) == 1 then
                redis.call('PEXPIRE', key, (k == 102 or k == 70) and
                           st[j + 3] * 1000 + 1000 or st[j + 3] * 2000 + 1000)
            end
        end
    end
    j = j + 5
end
if nlease > 0 then
    local id, ttl = ARGV[lbase + 1], tonumber(ARGV[lbase + 2])
    for i = 1, nlease do
        local key = KEYS[lkey + i]
        redis.call('ZADD', key, now_ms + ttl, id)
        if redis.call('PTTL', key) < ttl + 1000 then
            redis.call('PEXPIRE', key, ttl + 1000)
        end
    end
end
return out
]=]

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
