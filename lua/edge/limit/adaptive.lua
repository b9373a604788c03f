-- Adaptive concurrency: a per-upstream cap on requests in flight that
-- follows the upstream's measured latency (a gradient limiter, after
-- Netflix's concurrency-limits Gradient2 and Envoy's adaptive concurrency
-- filter), kept in a shared dict for all nginx workers.
--
-- Synopsis (edge.limit.conn drives it; a concurrency rule with "adaptive"):
--   local adaptive = require "edge.limit.adaptive"
--   local a = adaptive.new("compute_core", dict, settings)
--   local cap = a:cap(costly)           -- access: the cap for this request
--   a:sample(wait, own, busy)           -- log: one finished request
--   adaptive.init_worker()              -- worker 0 runs the updates
--
-- The signal is each request's wait at the upstream (edge.limit.measure:
-- upstream time minus the service's own Server-Timing figure, or the
-- whole upstream time without one): a queue in front of the service makes
-- every request wait, whatever it costs, while a mix of cheap and costly
-- requests alone does not.
--
-- Every `window` seconds one process (nginx worker 0, a timer: the only
-- writer of the limit, so no update races) reads the window's samples:
--   avg    = mean wait of the window (needs min_samples samples; fewer:
--            nothing changes, the window carries on)
--   floor  = min(floor * (1 + floor_decay), avg): follows the latency down
--            at once, and up by floor_decay per window, so a floor measured
--            once cannot hold forever (Envoy's minRTT drift, #11579) and a
--            service that became slower for good is re-learned without a
--            probe that refuses everything (Envoy's re-measure window with
--            its 503 bursts, #9007, #10647: there is none here)
--   svc    = the service's own time per request (Server-Timing; 0
--            without), its floor kept as the wait's: the window's mean,
--            followed down at once and up by floor_decay per window
--   target = floor * tolerance + svc * (tolerance - 1) + slack: as if
--            the whole time at the upstream (wait + svc) were compared
--            with its floor (floor + svc), Gradient2's RTT tolerance, so a
--            queue of about (tolerance - 1) typical requests per service
--            worker is accepted. The floor of svc, not its mean: a few
--            costly requests in the mix must not buy everyone a longer
--            queue
--   avg > target: new = limit * max(0.5, target / avg), smoothed:
--                 limit = limit * (1 - smoothing) + new * smoothing
--   avg <= target and the limit was used (a quarter of the window's
--                 requests were admitted with at least half the limit in
--                 flight): limit += sqrt(limit)
--   then clamped to [min, max]. The limit is a float; the cap is its floor.
--
-- Shedding order: a costly request (its client owes, with what it
-- reserved for this request, at least `costly_at` of a cost budget:
-- edge.limit.cost, ctx.cost_used) and a request of unknown cost (neither
-- its client nor its shape has an estimate yet: ctx.cost_unknown) whose
-- client has other requests in flight (a per-client concurrency rule
-- before this one counts them: ctx.client_in_flight) may only
-- start while fewer than `costly_share` x min(limit, parallelism) are in
-- flight (at least 1); a costly one never waits, an unknown one may, and
-- after the rule's `wait` it may take any free slot of the limit if its
-- shape has meanwhile proved cheap (put behind the others, not refused;
-- a cold start's first requests), else it is refused. Others
-- get the whole limit and may wait (the concurrency rule's `wait`). So
-- costly work never holds more than its share of the service's workers,
-- and when the limit falls the costly and over-budget clients are shed
-- first.
--
-- parallelism: how many requests the service works on at once, learned
-- from the service's own figures: per window, the sum of Server-Timing
-- durations over the window's length (the mean number of busy workers),
-- at most the window's sample count; its maximum, decaying by floor_decay
-- per window. Without Server-Timing it is unknown and the limit is used.
--
-- State (shared dict, keys "ac:<name>|..."): limit, floor, avg (the last
-- window's, for /metrics and the log) and the window's accumulators n,
-- sum, svc, busy. The accumulators are only ever added to (incr), the reset
-- too (incr by minus what was read), so no sample is lost to the update.

local ngx = ngx
local ngx_worker = ngx.worker
local ngx_timer_every = ngx.timer.every
local ngx_log = ngx.log
local WARN = ngx.WARN
local sqrt = math.sqrt
local floor = math.floor
local setmetatable = setmetatable
local ipairs = ipairs


local _M = { _VERSION = "0.1" }
local mt = { __index = _M }

-- every limiter of this configuration (built at init, read-only after)
local all = {}


function _M.new(name, dict, s)
    local p = "ac:" .. name .. "|"
    local self = setmetatable({
        name = name, dict = dict,
        min = s.min, max = s.max, initial = s.initial,
        window = s.window, tolerance = s.tolerance,
        slack = s.slack_ms / 1000, smoothing = s.smoothing,
        decay = s.floor_decay, min_samples = s.min_samples,
        costly_at = s.costly_at, costly_share = s.costly_share,
        k_limit = p .. "limit", k_floor = p .. "floor", k_avg = p .. "avg",
        k_n = p .. "n", k_sum = p .. "sum", k_busy = p .. "busy",
        k_svc = p .. "svc", k_svc_floor = p .. "svc_floor",
        k_hold = p .. "hold", k_par = p .. "parallelism",
    }, mt)
    all[#all + 1] = self
    return self
end


-- The current limit (a float).
function _M.limit(self)
    return self.dict:get(self.k_limit) or self.initial
end


-- The last window's mean time a request held its slot (its wait at the
-- upstream plus the service's own time), seconds; nil before a window.
function _M.hold(self)
    return self.dict:get(self.k_hold)
end


-- The cap on requests in flight for a request (costly: its client owes a
-- large share of a cost budget).
function _M.cap(self, costly)
    local limit = self:limit()
    if costly then
        local par = self.dict:get(self.k_par)
        if par and par < limit then
            limit = par
        end
        limit = limit * self.costly_share
    end
    local c = floor(limit)
    if c < 1 then
        return 1
    end
    return c
end


-- One finished request: its wait at the upstream and the service's own
-- figure (seconds), and whether it was admitted with at least half the
-- limit in flight.
function _M.sample(self, wait, own, busy)
    local dict = self.dict
    dict:incr(self.k_n, 1, 0)
    dict:incr(self.k_sum, wait, 0)
    if own > 0 then
        dict:incr(self.k_svc, own, 0)
    end
    if busy then
        dict:incr(self.k_busy, 1, 0)
    end
end


-- A floor that decays upward by `decay` a window, so it cannot hold an
-- old low forever, and falls to any lower sample at once.
local function floor_of(prev, sample, decay)
    if not prev then
        return sample
    end
    prev = prev * (1 + decay)
    if sample < prev then
        return sample
    end
    return prev
end


-- The window's update (worker 0's timer).
function _M.update(self)
    local dict = self.dict
    local n = dict:get(self.k_n) or 0
    if n < self.min_samples then
        return
    end
    local sum = dict:get(self.k_sum) or 0
    local busy = dict:get(self.k_busy) or 0
    local svc = dict:get(self.k_svc) or 0
    dict:incr(self.k_n, -n, 0)
    dict:incr(self.k_sum, -sum, 0)
    if svc > 0 then
        dict:incr(self.k_svc, -svc, 0)
    end
    if busy > 0 then
        dict:incr(self.k_busy, -busy, 0)
    end
    local avg = sum / n
    local lo = floor_of(dict:get(self.k_floor), avg, self.decay)
    local svc_mean = svc / n
    local svc_lo = floor_of(dict:get(self.k_svc_floor), svc_mean, self.decay)
    dict:set(self.k_svc_floor, svc_lo)
    if svc > 0 then
        local busy_workers = svc / self.window
        if busy_workers > n then
            busy_workers = n
        end
        local par = (dict:get(self.k_par) or 0) * (1 - self.decay)
        if busy_workers > par then
            par = busy_workers
        end
        dict:set(self.k_par, par)
    end
    local limit = self:limit()
    local target = lo * self.tolerance + svc_lo * (self.tolerance - 1)
                   + self.slack
    if avg > target then
        local g = target / avg
        if g < 0.5 then
            g = 0.5
        end
        limit = limit * (1 - self.smoothing) + limit * g * self.smoothing
    elseif busy * 4 >= n then
        limit = limit + sqrt(limit)
    end
    if limit < self.min then
        limit = self.min
    elseif limit > self.max then
        limit = self.max
    end
    dict:set(self.k_limit, limit)
    dict:set(self.k_floor, lo)
    dict:set(self.k_avg, avg)
    dict:set(self.k_hold, avg + svc_mean)
end


-- For /metrics and the access log: limit, floor, last window's wait and
-- the parallelism estimate.
function _M.state(self)
    local dict = self.dict
    return self:limit(), dict:get(self.k_floor), dict:get(self.k_avg),
           dict:get(self.k_par)
end


local function tick(premature, self)
    if premature or ngx_worker.exiting() then
        return
    end
    self:update()
end


function _M.init_worker()
    if (ngx_worker.id() or 0) ~= 0 then
        return
    end
    for _, a in ipairs(all) do
        local ok, err = ngx_timer_every(a.window, tick, a)
        if not ok then
            ngx_log(WARN, "edge: no adaptive limit timer for ", a.name, ": ",
                    err)
        end
    end
end


return _M
