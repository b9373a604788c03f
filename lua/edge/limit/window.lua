-- Window quotas over one ngx.shared.DICT: at most `limit` requests per
-- `window` seconds, fixed or sliding, one atomic counter step per decision.
--
-- Synopsis:
--   local window = require "edge.limit.window"
--   local q = window.new(1000, 3600, true)   -- 1000/hour, sliding
--   local ok, count = q:take(dict, "win:hourly|1.2.3.4", now)
--   -- like gcra: nil, err on store errors; commit / undo afterwards
--
-- window.new(limit, window, sliding)
--   Fixed: windows are aligned on multiples of `window` seconds since the
--   epoch; the counter of the current window is `incr`ed, a request is
--   admitted while the count stays <= limit (a refused one gives its unit
--   back). Up to 2 * limit may pass around a window boundary; that is the
--   price of the fixed window's single counter.
--   Sliding: the estimate of the usual "sliding window counter":
--   previous * (1 - elapsed / window) + current, with the previous window's
--   counter frozen (only read). It smooths the boundary burst; it assumes
--   the previous window's requests were spread evenly.
-- q:take(dict, key, now) -> true, used, prev | false, used, prev | nil, err
--   `used`: the (estimated) count including this request; `prev`: the
--   previous window's count (sliding only).
-- q:commit(), q:undo(dict, key, now), q:remaining(used),
-- q:retry_after(used, now), q:reset(now)
--
-- Counters are created with safe_add (no eviction of other keys; a full dict
-- fails with "no memory") and expire on their own once they no longer count.

local add = require("edge.limit.store.shdict").add

local floor = math.floor
local setmetatable = setmetatable
local error = error
local type = type


local _M = { _VERSION = "0.1" }
local mt = { __index = _M }

local EPS = 1e-9


function _M.new(limit, window, sliding)
    if type(limit) ~= "number" or limit < 1 then
        error("limit must be at least 1", 2)
    end
    if type(window) ~= "number" or window < 1 then
        error("window must be at least 1 second", 2)
    end
    return setmetatable({
        limit = limit,
        window = window,
        sliding = sliding and true or false,
        -- a counter lives through its window (and the next, when sliding)
        ttl = sliding and 2 * window + 1 or window + 1,
    }, mt)
end


local function index(self, now)
    return floor(now / self.window)
end


local function counter(self, dict, key, idx)
    return add(dict, key .. "|" .. idx, 1, 1, self.ttl)
end


function _M.take(self, dict, key, now)
    local idx = index(self, now)
    local cur, err = counter(self, dict, key, idx)
    if not cur then
        return nil, err
    end
    local used, prev = cur, nil
    if self.sliding then
        prev = dict:get(key .. "|" .. (idx - 1)) or 0
        local elapsed = now / self.window - idx
        used = prev * (1 - elapsed) + cur
    end
    if used > self.limit + EPS then
        dict:incr(key .. "|" .. idx, -1)
        return false, used, prev
    end
    return true, used, prev
end


function _M.commit()
    return true
end


function _M.undo(self, dict, key, now)
    return dict:incr(key .. "|" .. index(self, now), -1)
end


function _M.remaining(self, used)
    local r = floor(self.limit - used + EPS)
    if r < 0 then
        return 0
    end
    return r
end


-- Seconds until the window ends (fixed), or until the estimate has fallen
-- enough for one more request (sliding; at most the end of the window).
function _M.retry_after(self, used, now, prev)
    local left = self.window - (now - index(self, now) * self.window)
    if self.sliding and prev and prev > 0 then
        local need = (used - self.limit) * self.window / prev
        if need < left then
            return need
        end
    end
    return left
end


function _M.reset(self, now)
    return self.window - (now - index(self, now) * self.window)
end


return _M
