-- Cost budgets: a client's budget of upstream time, as a GCRA bucket whose
-- increment is the request's measured cost (edge.limit.gcra's design, with
-- a variable step), over one ngx.shared.DICT.
--
-- Synopsis:
--   local cost = require "edge.limit.cost"
--   local lim = cost.new(0.1, 1)   -- 0.1 worker-seconds/s, burst 1 s
--   -- access phase: may this client start a request?
--   local ok, level = lim:take(dict, "req:cost|1.2.3.4", now)
--   -- admitted: reserve what this client's last request cost
--   local reserved = lim:reserve(dict, "req:cost|1.2.3.4", now)
--   -- log phase: charge what the request cost (seconds of upstream time;
--   -- nil if it never reached the upstream), less what was reserved
--   lim:settle(dict, "req:cost|1.2.3.4", 0.365, reserved, now)
--
-- cost.new(rate, burst)
--   rate: upstream seconds a client may use per second of wall time (0.1 is
--   a tenth of one upstream worker); burst: upstream seconds it may owe at
--   once (an idle client may spend `burst` seconds at once).
-- lim:take(dict, key, now) -> true, level | false, level | nil, err
--   A read: one dict:get, nothing reserved, so there is nothing to commit
--   or undo (commit/undo exist for the rate plugin's two phases and do
--   nothing). `level` is the debt in seconds of wall time (how long until
--   the client owes nothing); refused when the debt in upstream seconds
--   (level * rate) exceeds `burst`.
-- lim:charge(dict, key, seconds, now) -> level | nil, err
--   Adds a cost. Granularity: IEEE doubles (no rounding).
-- cost.shape(route_name, uri) -> the request's shape key (see below)
-- lim:reserve(dict, key, now, shape) -> seconds, unknown
--   Charges, at admission, an estimate of the request's cost: the larger
--   of what the client's previous request cost (kept under key .. "#") and
--   what requests of the same shape cost, whoever sent them (a running
--   mean, halves: the last one counts half; kept under the shape key),
--   for ESTIMATE_TTL s. So requests admitted
--   together cannot all spend a clean slate, and a costly request is known
--   as such before it runs. Nothing known: reserves 0 and says unknown
--   (true: neither the client nor the shape has an estimate).
-- lim:settle(dict, key, seconds, reserved, now, shape)
--   Log phase: charges seconds - reserved (gives back the difference when
--   the request cost less or never reached the upstream) and remembers
--   seconds as the client's and the shape's estimate.
--
-- State: one number per key, the TAT (when the debt is paid off), seconds
-- since gcra.EPOCH. Why it is race-free, as in edge.limit.gcra: a charge is
-- one atomic dict:incr(key, seconds / rate); charges commute, none is
-- lost. "TAT in the past" is carried by the key's existence: every charge
-- sets the key to expire when its TAT passes, so a missing key is a client
-- that owes nothing, and safe_add creates it (one creator wins, the others
-- incr). Two charges of one key within microseconds may set the expiry in
-- the opposite order of their increments: the key then expires early by
-- the smaller charge (lenient by at most one request's cost, once).
--
-- Decided after the fact, with a reservation: a request is admitted on the
-- debt of the client's finished requests plus what its requests in flight
-- reserved, and settled when it finishes. A client can still overdraw by
-- what its requests in flight cost beyond their reservations (bounded by a
-- per-client concurrency limit), and pays it back before its next
-- admission. A refund (incr by a negative amount) may leave the key alive
-- past its TAT: the next charge then starts from a TAT in the past, which
-- is lenient by at most the refund.

local gcra = require "edge.limit.gcra"
local advance = gcra.advance

local re_gsub = ngx.re.gsub
local sub = string.sub
local find = string.find
local tonumber = tonumber
local concat = table.concat
local ceil = math.ceil
local floor = math.floor
local setmetatable = setmetatable
local error = error
local type = type


local _M = { _VERSION = "0.1" }
local mt = { __index = _M }

local EPS = 1e-9
local MS = 0.001
local ESTIMATE_TTL = 600

_M.now = gcra.now


function _M.new(rate, burst)
    if type(rate) ~= "number" or rate <= 0 then
        error("rate must be a positive number", 2)
    end
    if type(burst) ~= "number" or burst <= 0 then
        error("burst must be a positive number", 2)
    end
    return setmetatable({
        rate = rate,
        burst = burst,
        -- the debt allowed, in seconds of wall time
        tau = burst / rate + EPS,
        interval = 0,
    }, mt)
end


function _M.take(self, dict, key, now)
    local tat, err = dict:get(key)
    if tat == nil then
        if err then
            return nil, err
        end
        return true, 0
    end
    local level = tat - now
    if level < 0 then
        level = 0
    end
    if level > self.tau then
        return false, level
    end
    return true, level
end


function _M.commit()
    return true
end


function _M.undo()
    return true
end


function _M.charge(self, dict, key, seconds, now)
    if seconds <= 0 then
        return 0
    end
    local t = seconds / self.rate
    local tat, err = advance(dict, key, t, now, ceil(t / MS + 1) * MS)
    if not tat then
        return nil, err
    end
    local level = tat - now
    if level > 0 then
        dict:expire(key, ceil(level / MS + 1) * MS)
    end
    return level
end


-- The shape of a request: its route and URI with every run of digits
-- replaced by its length ("/api/fibonacci/999663" -> "fibonacci /api/
-- fibonacci/#6"), so that requests alike in cost share one estimate
-- whoever sends them: the first F(1,000,000) from a new client is known
-- to be costly if anyone's was. Built once per request, bounded in length.
local function digits(m)
    return "#" .. #m[0]
end

function _M.shape(route_name, uri)
    local s = re_gsub(uri, "[0-9]+", digits, "jo")
    if #s > 200 then
        s = sub(s, 1, 200)
    end
    return "shape:" .. route_name .. " " .. s
end


-- The numbers of a shape (its "#<digits>" runs, the first SMALLER_RUNS
-- of at least `min_digits` digits): { start, end, digits } each.
local SMALLER_RUNS = 4

local function runs_of(shape, min_digits)
    local runs = {}
    local i = 1
    while #runs < SMALLER_RUNS do
        local s, e, d = find(shape, "#(%d+)", i)
        if not s then
            break
        end
        local k = tonumber(d)
        if k >= min_digits then
            runs[#runs + 1] = { s, e, k }
        end
        i = e + 1
    end
    return runs
end

-- `shape` with the numbers of `runs` `by` digits longer: only run `only`,
-- or all of them at once.
local function moved(shape, runs, by, only)
    local parts, at = {}, 1
    for r = 1, #runs do
        if not only or r == only then
            local run = runs[r]
            parts[#parts + 1] = sub(shape, at, run[1]) .. (run[3] + by)
            at = run[2] + 1
        end
    end
    parts[#parts + 1] = sub(shape, at)
    return concat(parts)
end


-- The shapes one magnitude smaller than `shape`: each of its first
-- SMALLER_RUNS numbers of two digits or more one digit shorter, and (with
-- two or more) all of them at once: "#7" -> "#6". A shape nobody has
-- measured yet is judged by these (edge.limit.rate.estimate): a longer
-- number is taken to cost at least what a shorter one costs (a count, a
-- size, an n), so the first F(1,000,000) is known costly once an
-- F(999,999) was. Only ever asked for an unmeasured shape; {} when it has
-- no such number.
function _M.smaller(shape)
    local runs, out = runs_of(shape, 2), {}
    for r = 1, #runs do
        out[#out + 1] = moved(shape, runs, -1, r)
    end
    if #runs > 1 then
        out[#out + 1] = moved(shape, runs, -1)
    end
    return out
end


-- The shapes up to LARGER_SPAN magnitudes larger than `shape` (as
-- smaller, the other way: "#2" -> "#3" .. "#6"): what bounds an
-- unmeasured shape's cost from above (edge.limit.rate.unbounded): any
-- longer number measured, not only the next one, since the shapes of a
-- workload are learned in no particular order. {} when it has no number.
local LARGER_SPAN = 4

function _M.larger(shape)
    local runs, out = runs_of(shape, 1), {}
    for r = 1, #runs do
        for up = 1, LARGER_SPAN do
            out[#out + 1] = moved(shape, runs, up, r)
        end
    end
    if #runs > 1 then
        for up = 1, LARGER_SPAN do
            out[#out + 1] = moved(shape, runs, up)
        end
    end
    return out
end


-- What a request is expected to cost (see reserve): seconds, unknown.
function _M.estimate(_, dict, key, shape)
    local est = dict:get(key .. "#") or 0
    local by_shape
    if shape then
        by_shape = dict:get(shape)
        if by_shape and by_shape > est then
            est = by_shape
        end
    end
    if est <= 0 then
        return 0, by_shape == nil and est == 0
    end
    return est, false
end


function _M.reserve(self, dict, key, now, shape)
    local est, unknown = self:estimate(dict, key, shape)
    if est <= 0 then
        return 0, unknown
    end
    if not self:charge(dict, key, est, now) then
        return 0
    end
    return est
end


-- The estimates a finished request leaves (its client's and its shape's).
function _M.remember(_, dict, key, seconds, shape)
    if seconds then
        dict:set(key .. "#", seconds, ESTIMATE_TTL)
        if shape then
            -- the shape's: a running mean of its requests (halves), so
            -- that one slow sample (a request that waited for the CPU)
            -- does not brand a cheap shape costly; safe_set: a flood of
            -- new shapes must not evict buckets
            local prev = dict:get(shape)
            if prev then
                seconds = (prev + seconds) / 2
            end
            dict:safe_set(shape, seconds, ESTIMATE_TTL)
        end
    end
end


function _M.settle(self, dict, key, seconds, reserved, now, shape)
    self:remember(dict, key, seconds, shape)
    local delta = (seconds or 0) - reserved
    if delta > 0 then
        return self:charge(dict, key, delta, now)
    elseif delta < 0 then
        -- a missing key owes nothing: nothing to give back
        dict:incr(key, delta / self.rate)
    end
    return true
end


-- The debt that may still be run up, in milliseconds of upstream time.
function _M.remaining(self, level)
    local r = floor((self.burst - level * self.rate) * 1000 + 1e-6)
    if r < 0 then
        return 0
    end
    return r
end


-- Seconds until a refused client may start a request again.
function _M.retry_after(self, level)
    return level - self.tau + EPS
end


-- Seconds until the client owes nothing (never below 0: no "t=-0").
function _M.reset(_, level)
    if level < 1e-6 then
        return 1e-6
    end
    return level
end


-- How much of its burst the client owes, 0 .. (above 1 when overdrawn).
function _M.used(self, level)
    return level * self.rate / self.burst
end


return _M
