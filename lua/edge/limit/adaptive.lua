-- Adaptive concurrency: a per-upstream cap on requests in flight that
-- follows the upstream's measured latency (a gradient limiter, after
-- Netflix's concurrency-limits Gradient2 and Envoy's adaptive concurrency
-- filter), kept in a shared dict for all nginx workers.
--
-- Synopsis (edge.limit.conn drives it; a concurrency rule with "adaptive"):
--   local adaptive = require "edge.limit.adaptive"
--   local a = adaptive.new("compute_core", dict, settings, workers)
--   local cap = a:cap(shared, est, costly) -- access: this request's cap
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
-- A request is also costly by its shape (edge.limit.cost: what requests
-- of its shape cost, a running mean) when that is at least `costly_ratio`
-- x the typical request's own time (a floor of the window means of the
-- service's Server-Timing figures that rises by at most 10 % a window: a
-- window with a costly request in it does not raise the bar, a service
-- that became slower for every request does within seconds; a window
-- whose finished requests were mostly heavy sets it to its mean at once:
-- what most requests cost is typical, not costly, so a workload that
-- turns to a heavier shape as a whole is not shed as costly while the
-- floor catches up): F(1,000,000) is
-- costly from a new client too, once anyone's has finished. Only for a
-- service that reports its own time
-- (Server-Timing): a measured upstream time includes the queue, and a
-- cheap request that waited behind a costly one would look costly.
--
-- Costly work that makes cheap work wait: the edge watches the cheap
-- requests that ran beside a costly or unknown one ("heavy"). When a
-- quarter or more of them (at least 2, counted over min_samples or more)
-- waited beyond the target, the service has no worker to spare beside the heavy
-- work (one worker, or all busy): for the next BLOCK_WINDOWS windows a
-- costly request may start only when nothing is in flight and the
-- requests expected while it runs (the arrival rate x its estimate) are
-- fewer than one; otherwise it is refused at once (503). One worker held
-- for 450 ms makes every request arriving meanwhile wait: on such a core
-- costly work runs in the quiet, not in front of the cheap.
--
-- A service with no worker to spare is also known as such from its size:
-- when the costly share of its workers (WORKERS x costly_share, as
-- edge.limit.conn reads it) is under one whole worker, costly requests run
-- only in the quiet from the start, and a shape nobody has measured, with
-- no longer one measured to bound its cost from above
-- (edge.limit.rate.unbounded), counts as costly at costly_ratio x the
-- typical request, and since it may cost costly_ratio times more than
-- that, it runs only when fewer than one request is expected within that
-- much, and is measured then (not on a cold start, before the first
-- window: every shape is new then).
--
-- parallelism: how many requests the service works on at once, learned
-- from the service's own figures: per window, the sum of Server-Timing
-- durations over the time the window lasted (the mean number of busy
-- workers), at most the window's sample count; its maximum, decaying by
-- floor_decay per window. When the service also reports the CPU its handlers used
-- (cpu;dur), the sum of those instead (the mean number of busy cores):
-- four CPU-bound workers on two cores work on two requests at once, the
-- others wait for the CPU, and two costly requests there would leave
-- nothing for the cheap ones (nor for the machine's other services).
-- Without Server-Timing it is unknown and the limit is used.
--
-- State (shared dict, keys "ac:<name>|..."): limit, floor, avg (the last
-- window's, for /metrics and the log) and the window's accumulators n,
-- sum, svc, busy. The accumulators are only ever added to (incr), the reset
-- too (incr by minus what was read), so no sample is lost to the update.

local ngx = ngx
local ngx_worker = ngx.worker
local ngx_now = ngx.now
local ngx_timer_every = ngx.timer.every
local ngx_log = ngx.log
local WARN = ngx.WARN
local sqrt = math.sqrt
local floor = math.floor
local setmetatable = setmetatable
local ipairs = ipairs


local _M = { _VERSION = "0.1" }
local mt = { __index = _M }

-- windows a learned "costly work makes cheap work wait" holds
local BLOCK_WINDOWS = 600
-- share by which the typical request's time may rise a window
local TYP_RISE = 0.1

-- every limiter of this configuration (built at init, read-only after)
local all = {}


function _M.new(name, dict, s, workers)
    local p = "ac:" .. name .. "|"
    local self = setmetatable({
        name = name, dict = dict,
        -- the costly share of the service's workers is less than one
        -- whole worker (one worker, say): nothing to spare beside costly
        -- work, so it runs only in the quiet (see cap), as when learned
        no_spare = floor(workers * s.costly_share + 1e-9) < 1,
        min = s.min, max = s.max, initial = s.initial or s.min,
        window = s.window, tolerance = s.tolerance,
        slack = s.slack_ms / 1000, smoothing = s.smoothing,
        decay = s.floor_decay, min_samples = s.min_samples,
        costly_at = s.costly_at, costly_share = s.costly_share,
        costly_ratio = s.costly_ratio,
        k_limit = p .. "limit", k_floor = p .. "floor", k_avg = p .. "avg",
        k_n = p .. "n", k_sum = p .. "sum", k_busy = p .. "busy",
        k_svc = p .. "svc", k_svc_floor = p .. "svc_floor",
        k_hold = p .. "hold", k_par = p .. "parallelism",
        k_typ = p .. "typical", k_target = p .. "target",
        k_heavy = p .. "heavy", k_dn = p .. "during_n",
        k_dw = p .. "during_waited", k_block = p .. "block",
        k_since = p .. "since", k_seq = p .. "heavy_seq",
        k_rate = p .. "rate", k_hn = p .. "heavy_n", k_bt = p .. "busy_t",
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


-- Is a request expected to cost `est` seconds costly (costly_ratio x the
-- typical request)? False before the first window.
function _M.is_costly(self, est)
    if not est or est <= 0 then
        return false
    end
    local typ = self.dict:get(self.k_typ)
    return typ ~= nil and est >= self.costly_ratio * typ
end


-- What a request of a shape nobody has measured may cost, for a service
-- with no worker to spare (see edge.limit.rate.unbounded): costly_ratio x
-- the typical request, the least a costly one costs; nil before the
-- first window (a cold start measures every shape as it comes).
function _M.guess(self)
    local typ = self.dict:get(self.k_typ)
    return typ and self.costly_ratio * typ
end


-- Requests per second arriving: the last window's rate or the current
-- one's so far, the larger (nil: unknown).
local function arrival_rate(self)
    local dict = self.dict
    local since = dict:get(self.k_since)
    if not since then
        return nil
    end
    local dt = ngx_now() - since
    local last = dt <= 2 * self.window and dict:get(self.k_rate)
    if dt < self.window then
        dt = self.window
    end
    local rate = (dict:get(self.k_n) or 0) / dt
    -- (a window that has not closed for two lengths had too few requests)
    if last and last > rate then
        return last
    end
    return rate
end


-- Costly work only alone, in the quiet: a cap of 1 (it starts only with
-- nothing in flight) when the requests expected while it runs (the
-- arrival rate x its estimate) are fewer than one, else 0.
local function quiet(self, est)
    local rate = arrival_rate(self)
    if est and est > 0 and rate and rate * est < 1 then
        return 1
    end
    return 0
end


-- The cap on requests in flight for a request (shared: limited to the
-- costly share: its client owes a large share of a cost budget, or it is
-- costly itself, or of unknown cost; est: its estimated cost in seconds;
-- costly: known or guessed costly, not only unknown). 0 refuses it.
function _M.cap(self, shared, est, costly)
    local limit = self:limit()
    if shared then
        local dict = self.dict
        if costly and self.no_spare or dict:get(self.k_block) then
            -- costly work would make cheap work wait (known from the
            -- service's size, or learned)
            return quiet(self, est)
        end
        local par = dict:get(self.k_par)
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


-- A heavy (costly or unknown) request starts (1) / ends (-1); the cheap
-- ones that ran beside one are watched (see "Costly work that makes cheap
-- work wait").
function _M.heavy(self, delta)
    local dict = self.dict
    dict:incr(self.k_heavy, delta, 0)
    if delta > 0 then
        dict:incr(self.k_seq, 1, 0)
    end
end

-- At a cheap request's admission: a token for beside() in its log phase.
function _M.watch(self)
    local dict = self.dict
    if (dict:get(self.k_heavy) or 0) > 0 then
        return true
    end
    return dict:get(self.k_seq) or 0
end

-- Did the request that took `token` run beside heavy work (one was in
-- flight when it started, or one started before it ended)?
function _M.beside(self, token)
    return token == true or (self.dict:get(self.k_seq) or 0) ~= token
end


-- One finished request: its wait at the upstream and the service's own
-- figure (seconds), whether it was admitted with at least half the limit
-- in flight, whether it is a cheap one admitted while heavy work was
-- in flight, whether it was heavy itself, and the service's CPU figure
-- (seconds, nil without one).
function _M.sample(self, wait, own, busy, during, heavy, cpu)
    local dict = self.dict
    dict:incr(self.k_n, 1, 0)
    -- the time it kept a worker (or a core: cpu) busy
    local b = cpu or own
    if b > 0 then
        dict:incr(self.k_bt, b, 0)
    end
    if heavy then
        dict:incr(self.k_hn, 1, 0)
    end
    dict:incr(self.k_sum, wait, 0)
    if own > 0 then
        dict:incr(self.k_svc, own, 0)
    end
    if busy then
        dict:incr(self.k_busy, 1, 0)
    end
    if during then
        dict:incr(self.k_dn, 1, 0)
        local target = dict:get(self.k_target)
        if target and wait > target then
            dict:incr(self.k_dw, 1, 0)
        end
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
    local now = ngx_now()
    local since = dict:get(self.k_since)
    if not since then
        dict:set(self.k_since, now)
    end
    if n < self.min_samples then
        return
    end
    if since and now > since then
        dict:set(self.k_rate, n / (now - since))
    end
    dict:set(self.k_since, now)
    local sum = dict:get(self.k_sum) or 0
    local busy = dict:get(self.k_busy) or 0
    local svc = dict:get(self.k_svc) or 0
    local hn = dict:get(self.k_hn) or 0
    local bt = dict:get(self.k_bt) or 0
    dict:incr(self.k_n, -n, 0)
    if bt > 0 then
        dict:incr(self.k_bt, -bt, 0)
    end
    if hn > 0 then
        dict:incr(self.k_hn, -hn, 0)
    end
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
        -- busy workers, or busy cores when the service says (cpu;dur),
        -- over the time the window really lasted (one with too few
        -- samples carries on: a lone costly request in a quiet minute is
        -- not a window's worth of busy workers)
        local elapsed = self.window
        if since and now - since > elapsed then
            elapsed = now - since
        end
        local busy_workers = bt / elapsed
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
    if svc > 0 then
        -- the typical request's own time, as the shapes' estimates are
        -- (only from the service's own figures: a measured upstream time
        -- includes the queue, and would brand a cheap shape costly): a
        -- floor of the window means that rises by TYP_RISE a window, so
        -- a window with a costly request in it does not move it, but a
        -- workload that changed (every request slower) is followed
        -- within seconds, and at once when most of the window's requests
        -- were heavy (they are the workload)
        if hn * 2 > n then
            dict:set(self.k_typ, svc_mean)
        else
            dict:set(self.k_typ, floor_of(dict:get(self.k_typ), svc_mean,
                                          TYP_RISE))
        end
    end
    dict:set(self.k_target, target)
    -- cheap requests that ran beside heavy work: did most of them wait?
    local dn = dict:get(self.k_dn) or 0
    if dn >= self.min_samples then
        local dw = dict:get(self.k_dw) or 0
        dict:incr(self.k_dn, -dn, 0)
        if dw > 0 then
            dict:incr(self.k_dw, -dw, 0)
        end
        if dw >= 2 and dw * 4 >= dn then
            dict:set(self.k_block, true, BLOCK_WINDOWS * self.window)
        end
    end
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
