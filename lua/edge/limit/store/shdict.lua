-- The "local" store: limiter state in this nginx's lua_shared_dicts, shared
-- by its workers (the embedded default: `make run` needs nothing else).
-- Its sibling edge.limit.store.redis keeps the same decisions in Redis,
-- shared by every edge; both answer the rate plugin through take / commit
-- / undo over the same list of items.
--
-- Synopsis:
--   local shdict = require "edge.limit.store.shdict"
--   local v, err = shdict.add(dict, key, n, init, ttl)
--       -- the one atomic step: incr(key, n), or create the key at `init`
--       -- (expiring in ttl s) when it is missing; of concurrent creators
--       -- one wins (safe_add) and the others incr. Used by gcra, window,
--       -- cost and lease.
--   local refused, i = shdict.take(items, from, to, now)
--   shdict.commit(items, from, to); shdict.undo(items, from, to, now)
--
-- Items: a flat per-request list, ITEM fields per rule: the rule, its key,
-- and what take fills in: used (the rule's level or count), prev (a sliding
-- window's previous count), state ("ok", "dry": over the limit in dry-run
-- mode, "error": the store failed and the rule fails open, "taken": taken
-- from a limiter that must give it back on undo).
-- take returns nil when every rule admitted (or may not refuse), else
-- "refused", i (item i is over its limit) or "closed", i (the store failed
-- for item i, whose rule fails closed); on both, what the others took was
-- given back.

local ngx_now = ngx.now


local _M = { _VERSION = "0.1" }

local ITEM = 5
_M.ITEM = ITEM


function _M.add(dict, key, n, init, ttl)
    local v, err = dict:incr(key, n)
    if v then
        return v
    end
    if err ~= "not found" then
        return nil, err
    end
    local ok
    ok, err = dict:safe_add(key, init, ttl)
    if ok then
        return init
    end
    if err ~= "exists" then
        return nil, err
    end
    return dict:incr(key, n)
end


local function undo(items, from, to, now)
    for i = from, to, ITEM do
        if items[i + 4] == "taken" then
            local rule = items[i]
            rule.lim:undo(rule.dict, items[i + 1], now)
            items[i + 4] = "ok"
        end
    end
end
_M.undo = undo


function _M.take(items, from, to, now)
    now = now or ngx_now()
    for i = from, to, ITEM do
        local rule = items[i]
        local ok, used, prev = rule.lim:take(rule.dict, items[i + 1], now)
        items[i + 2], items[i + 3] = used, prev
        if ok then
            items[i + 4] = "taken"
        elseif ok == nil then
            items[i + 2] = used  -- the message
            if rule.policy == "fail_closed" then
                undo(items, from, i - ITEM, now)
                items[i + 4] = "error"
                return "closed", i
            end
            items[i + 4] = "error"
        elseif rule.dry_run then
            items[i + 4] = "dry"
        else
            undo(items, from, i - ITEM, now)
            items[i + 4] = "refused"
            return "refused", i
        end
    end
    return nil
end


function _M.commit(items, from, to)
    for i = from, to, ITEM do
        if items[i + 4] == "taken" then
            local rule = items[i]
            rule.lim:commit(rule.dict, items[i + 1], items[i + 2])
            items[i + 4] = "ok"
        end
    end
end


return _M
