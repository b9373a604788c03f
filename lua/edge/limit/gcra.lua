-- GCRA, the "virtual scheduling" form of a leaky bucket, over one
-- ngx.shared.DICT, in floating point, with one atomic dict step per decision
-- across all nginx workers.
--
-- Synopsis:
--   local gcra = require "edge.limit.gcra"
--   local lim = gcra.new(2.5, 10)       -- 2.5 requests/s, bucket of 10
--   local ok, level = lim:take(dict, "req:per_ip|1.2.3.4", now)
--   if ok == nil then  -- store error: level is the message
--   elseif ok then     -- admitted: lim:commit(...) or lim:undo(...)
--   else               -- refused: nothing to undo
--   end
--
-- gcra.new(rate, burst)
--   rate: requests per second (any positive number, 0.01 or 2.5 alike);
--   burst: how many requests may arrive at once (the bucket size, >= 1).
--   A client that was idle gets `burst` requests at once, then one every
--   1/rate seconds. Granularity: none beyond IEEE doubles (no millisecond
--   rounding as in nginx's limit_req).
-- lim:take(dict, key, now) -> true, level | false, level | nil, err
--   `now` in seconds since gcra.EPOCH (gcra.now() gives it). `level` is the
--   backlog in seconds including this request: level - 1/rate is how long
--   this request would wait for its slot at the steady rate (delay mode).
-- lim:commit(dict, key, level)  keep the slot (sets the key's lifetime)
-- lim:undo(dict, key)           give the slot back (two-phase refusals)
-- lim:remaining(level), lim:retry_after(level), lim:reset(level)
--   the figures for the RateLimit / Retry-After headers.
--
-- State: one number per key, the TAT (theoretical arrival time: when the
-- bucket is empty again), in seconds since EPOCH (small numbers keep the
-- doubles' resolution in nanoseconds).
--
-- Why it is race-free (ngx.shared.DICT has no compare-and-set):
-- 1. The decision is `tat = dict:incr(key, T)` (T = 1/rate): one atomic
--    read-modify-write under the dict's mutex. Concurrent requests in any
--    worker get distinct results, the running sums in the order the dict
--    serialized them; a request conforms iff tat - now <= burst * T. A
--    refused request gives its slot back with incr(key, -T): an addition,
--    which commutes with everyone else's, so no update is ever lost (no
--    get -> compute -> set). Between its +T and -T others see the TAT one
--    interval too high: they can only be refused more strictly, never
--    admitted beyond the limit.
-- 2. "TAT in the past" needs max(TAT, now), which no addition expresses.
--    The key's existence carries that max instead: every admitted request
--    sets the key to expire when its TAT passes, so "no key" means "empty
--    bucket". An absent key is resolved atomically by the dict: incr without
--    init fails with "not found", then safe_add(key, now + T) creates it;
--    of concurrent creators exactly one wins (add is atomic), the others get
--    "exists" and take their slot in the winner's bucket with incr.
--    safe_add never evicts other keys, so a flood of new keys cannot reset
--    someone else's bucket through LRU eviction; a full dict answers
--    "no memory" and the caller applies its fail_open setting.
-- 3. What remains is bounded and small: expiry has 1 ms resolution and is
--    rounded up, so a key may outlive its TAT by up to 1 ms; a request then
--    sees a bucket at most 1 ms "too full" on the lenient side, which is less
--    than one request for rates below 1000/s and never changes how many
--    requests of a burst are admitted (tat - now <= burst*T with a lag under
--    one interval admits the same count). Two workers admitting the same key
--    within the same microsecond may set the expiry in the opposite order of
--    their increments; the key then expires one interval early: at most one
--    extra request, once.

local add = require("edge.limit.store.shdict").add

local ngx_now = ngx.now
local ceil = math.ceil
local floor = math.floor
local setmetatable = setmetatable
local error = error
local type = type


local _M = { _VERSION = "0.1" }
local mt = { __index = _M }

local EPOCH = 1600000000
_M.EPOCH = EPOCH
-- Slack for float sums: k * T added one by one may exceed k * T by a few ulp.
local EPS = 1e-7
local MS = 0.001


function _M.now()
    return ngx_now() - EPOCH
end


function _M.new(rate, burst)
    if type(rate) ~= "number" or rate <= 0 then
        error("rate must be a positive number", 2)
    end
    if type(burst) ~= "number" or burst < 1 then
        error("burst must be at least 1", 2)
    end
    local interval = 1 / rate
    return setmetatable({
        rate = rate,
        burst = burst,
        interval = interval,
        tau = burst * interval + EPS,
    }, mt)
end


-- The one atomic step (point 2 above): the TAT after adding t, by incr,
-- or by creating the key at now + t (expiring in ttl seconds) when it is
-- missing (edge.limit.store.shdict.add). Shared with edge.limit.cost, whose
-- steps vary with each charge.
function _M.advance(dict, key, t, now, ttl)
    return add(dict, key, t, now + t, ttl)
end
local advance = _M.advance


function _M.take(self, dict, key, now)
    local t = self.interval
    local tat, err = advance(dict, key, t, now, t + MS)
    if not tat then
        return nil, err
    end
    local level = tat - now
    if level > self.tau then
        dict:incr(key, -t)
        return false, level
    end
    return true, level
end


function _M.commit(_, dict, key, level)
    -- expire when the TAT passes (rounded up to the dict's 1 ms resolution)
    return dict:expire(key, ceil(level / MS + 1) * MS)
end


function _M.undo(self, dict, key)
    return dict:incr(key, -self.interval)
end


-- Requests still available at once after an admitted one.
function _M.remaining(self, level)
    local r = floor(self.burst - level / self.interval + 1e-6)
    if r < 0 then
        return 0
    end
    return r
end


-- Seconds until a refused request would conform.
function _M.retry_after(self, level)
    return level - self.tau + EPS
end


-- Seconds until the bucket is empty again (the full burst is available).
function _M.reset(_, level)
    return level
end


return _M
