-- Per-worker memo of derived key strings ("req:per_ip|" .. addr, say).
--
-- Synopsis:
--   local memo = require "edge.limit.memo"
--   local ban_key = memo.prefixer("ban:")
--   ban_key("203.0.113.7")   --> "ban:203.0.113.7" (built once per worker)
--
-- Building a key costs a concatenation and a string interning (hash, table
-- probe, allocation, later garbage) on every request; a table lookup with a
-- string already interned (the client address nginx gave us) costs a
-- pointer hash. The limiters build several such keys per request from the
-- same few inputs, so they look them up here. Memory is bounded: a table
-- that reaches MAX entries is dropped and refilled (a cache, never a source
-- of truth; many distinct clients only make it miss more often).

local _M = { _VERSION = "0.1" }

local MAX = 10000
_M.MAX = MAX


-- f(s) == left .. s .. right, memoised (a redis rule's hash-tagged keys).
function _M.wrapper(left, right, max)
    max = max or MAX
    local cache, n = {}, 0
    return function(s)
        local v = cache[s]
        if v then
            return v
        end
        v = left .. s .. right
        if n >= max then
            cache, n = {}, 0
        end
        cache[s] = v
        n = n + 1
        return v
    end
end


-- f(s) == prefix .. s, memoised.
function _M.prefixer(prefix, max)
    return _M.wrapper(prefix, "", max)
end


return _M
