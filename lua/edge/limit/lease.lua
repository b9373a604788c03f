-- Concurrency leases: how many requests are in flight per key, counted per
-- nginx worker so that the count held by a worker that died can be reaped.
--
-- Synopsis:
--   local lease = require "edge.limit.lease"
--   lease.init_worker(dict)                   -- once per worker: reap
--   local ok, n = lease.acquire(dict, "conn:compute|", 8)
--   -- ok: holding a lease (n in flight including it); false: over the cap
--   -- (nothing held); nil: store error (n is the message)
--   lease.release(dict, "conn:compute|")      -- in the log phase
--
-- Why per-worker counters and not one counter or per-request keys:
-- * One shared counter per key is one atomic incr per decision, but a
--   worker killed with requests in flight never decrements it: the capacity
--   leaks for good. Per-request lease keys with a TTL expire on their own,
--   but the TTL must outlast the slowest legitimate request (the capacity of
--   a dead worker comes back only after it) and counting live keys per
--   decision costs a scan or a slot search.
-- * Here every worker counts its own requests under "w<worker id>|<key>"
--   (only that worker writes the key, one incr), and a decision reads the
--   other workers' counters (one get each): increment first, then check the
--   sum, and back out when over the cap. This never admits more than `max`:
--   take the admitted request whose increment came last; every other
--   admitted request incremented before it and stays counted until it ends,
--   so its sum saw them all. Under a race at the cap both sides may back
--   out (a refusal that was not needed), never both stay.
-- * Reaping: nginx respawns a dead worker with the same worker id. Each
--   worker records "owner|<id>" = "<pid> <start time>" at start; a new
--   process that finds the previous owner gone (no /proc/<pid>, or another
--   start time: the pid was reused) deletes every "w<id>|" counter, which
--   held exactly the dead worker's requests. After a reload (HUP) the old
--   worker with the same id is still alive and draining: nothing is reaped,
--   old and new processes share the counter, and sums stay right.
-- * Counters never expire (a lease must not vanish under a long request).
--   One that falls to 0 is remembered by its worker, and a timer of that
--   worker deletes it SWEEP seconds later if it is still 0 (no other process
--   writes it, and nothing yields between the check and the delete), so
--   memory is reclaimed for clients that went away at no per-request cost.

local memo = require "edge.limit.memo"
local add = require("edge.limit.store.shdict").add

local ngx_worker = ngx.worker
local ngx_log = ngx.log
local ngx_now = ngx.now
local ngx_timer_every = ngx.timer.every
local pairs = pairs
local WARN = ngx.WARN
local io_open = io.open
local match = string.match
local find = string.find
local sub = string.sub
local tonumber = tonumber
local ipairs = ipairs


local _M = { _VERSION = "0.1" }

local SWEEP = 10
local OWNER = "owner|"

local wid, nworkers, store
-- key -> "w<id>|" .. key, for this worker and for each of the others
local mine_of
local others_of = {}
-- this worker's counters that fell to 0: key -> when
local idle = {}


local function start_time(pid)
    local f = io_open("/proc/" .. pid .. "/stat", "r")
    if not f then
        return nil
    end
    local stat = f:read("*l")
    f:close()
    if not stat then
        return nil
    end
    -- field 22 (start time); the command (field 2) may contain spaces: skip
    -- past its closing parenthesis, where field 3 begins
    local rest = match(stat, "^.*%)%s+(.*)$")
    if not rest then
        return nil
    end
    local i = 3
    for field in rest:gmatch("%S+") do
        if i == 22 then
            return field
        end
        i = i + 1
    end
    return nil
end
_M.start_time = start_time


local function alive(owner)
    local pid, started = match(owner, "^(%d+) (%S+)$")
    if not pid then
        return false
    end
    return start_time(pid) == started
end


-- Delete every counter of worker id `id`; returns how many leases it held.
local function reap(dict, id)
    local p = "w" .. id .. "|"
    local held = 0
    for _, key in ipairs(dict:get_keys(0)) do
        if sub(key, 1, #p) == p then
            held = held + (dict:get(key) or 0)
            dict:delete(key)
        end
    end
    return held
end


function _M.init_worker(dict)
    wid = ngx_worker.id() or 0
    nworkers = ngx_worker.count() or 1
    mine_of = memo.prefixer("w" .. wid .. "|")
    others_of = {}
    for id = 0, nworkers - 1 do
        if id ~= wid then
            others_of[#others_of + 1] = memo.prefixer("w" .. id .. "|")
        end
    end
    local pid = ngx_worker.pid()
    local key = OWNER .. wid
    local prev = dict:get(key)
    if prev and not alive(prev) then
        local held = reap(dict, wid)
        if held > 0 then
            ngx_log(WARN, "edge: reaped ", held, " concurrency lease(s) of ",
                    "dead worker ", wid, " (pid ", match(prev, "^%d+"), ")")
        end
    end
    local ok, err = dict:set(key, pid .. " " .. (start_time(pid) or "?"))
    if not ok then
        ngx_log(WARN, "edge: cannot record worker owner: ", err)
    end
    store = dict
    ok, err = ngx_timer_every(SWEEP, _M.sweep)
    if not ok then
        ngx_log(WARN, "edge: no lease sweep timer: ", err)
    end
end


-- Delete this worker's counters that stayed at 0 for SWEEP seconds.
function _M.sweep()
    local now = ngx_now()
    for mine, since in pairs(idle) do
        if now - since >= SWEEP then
            idle[mine] = nil
            local n = store:get(mine)
            if n == 0 then
                store:delete(mine)
            end
        end
    end
end


function _M.release(dict, key)
    local mine = mine_of(key)
    local n = dict:incr(mine, -1)
    if n == 0 then
        idle[mine] = ngx_now()
    end
    return n
end
local release = _M.release


function _M.acquire(dict, key, max)
    local mine = mine_of(key)
    local n, err = add(dict, mine, 1, 1)
    if not n then
        return nil, err
    end
    local total = n
    for i = 1, #others_of do
        total = total + (dict:get(others_of[i](key)) or 0)
    end
    if total > max then
        release(dict, key)
        return false, total - 1
    end
    return true, total
end


-- Count a lease held elsewhere (a redis one, for the in-flight gauge):
-- this worker's counter of `key` up by one, no cap; lease.release counts
-- it down. Reaped with the worker's other counters when it dies.
function _M.hold(dict, key)
    return add(dict, mine_of(key), 1, 1)
end


-- In-flight requests per (worker id, key suffix) for the gauges:
-- calls fn(worker_id, key, count) for every counter (a scan: scrape only).
function _M.each(dict, fn)
    for _, key in ipairs(dict:get_keys(0)) do
        local id, rest = match(key, "^w(%d+)|(.*)$")
        if id then
            local n = dict:get(key)
            if n and n > 0 then
                fn(tonumber(id), rest, n)
            end
        end
    end
end


-- Worker id -> pid, as recorded at worker start.
function _M.owners(dict, fn)
    for _, key in ipairs(dict:get_keys(0)) do
        if find(key, OWNER, 1, true) == 1 then
            local pid = match(dict:get(key) or "", "^(%d+)")
            fn(tonumber(sub(key, #OWNER + 1)), tonumber(pid))
        end
    end
end


return _M
