-- Cost budgets: a client's budget of upstream time, as a GCRA bucket whose
-- increment is the request's measured cost (edge.limit.gcra's design, with
-- a variable step), over one ngx.shared.DICT.
--
-- Synopsis:
--   local cost = require "edge.limit.cost"
--   local lim = cost.new(0.1, 1)   -- 0.1 worker-seconds/s, burst 1 s
--   -- access phase: may this client start a request?
--   local ok, level = lim:take(dict, "req:cost|1.2.3.4", now)
--   -- log phase: charge what the request cost (seconds of upstream time)
--   lim:charge(dict, "req:cost|1.2.3.4", 0.365, now)
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
--   Adds the request's cost. Granularity: IEEE doubles (no rounding).
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
-- Decided after the fact: a request is admitted on the debt of requests
-- that have finished, and charged when it finishes. A client can overdraw
-- by what its requests in flight cost (bounded by a per-client concurrency
-- limit), and pays it back before its next admission.

local gcra = require "edge.limit.gcra"

local ceil = math.ceil
local floor = math.floor
local setmetatable = setmetatable
local error = error
local type = type


local _M = { _VERSION = "0.1" }
local mt = { __index = _M }

local EPS = 1e-9
local MS = 0.001

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
    local tat, err = dict:incr(key, t)
    if not tat then
        if err ~= "not found" then
            return nil, err
        end
        local ok
        ok, err = dict:safe_add(key, now + t, ceil(t / MS + 1) * MS)
        if ok then
            return t
        elseif err ~= "exists" then
            return nil, err
        end
        tat, err = dict:incr(key, t)
        if not tat then
            return nil, err
        end
    end
    local level = tat - now
    if level > 0 then
        dict:expire(key, ceil(level / MS + 1) * MS)
    end
    return level
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


-- Seconds until the client owes nothing.
function _M.reset(_, level)
    return level
end


-- How much of its burst the client owes, 0 .. (above 1 when overdrawn).
function _M.used(self, level)
    return level * self.rate / self.burst
end


return _M
