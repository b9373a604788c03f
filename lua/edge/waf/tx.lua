-- The WAF transaction: everything one request's inspection records, kept
-- in the request's ngx.ctx (never in a module: reading a body yields, and
-- another request runs in the same worker meanwhile).
--
--   local tx = wtx.new(w, headers)  -- w: the route's compiled WAF plan
--   tx.report(id) -> stop           -- detectors record a hit; true when
--                                   -- the score blocks and blocking mode
--                                   -- may stop early
--   wtx.verdict(tx) -> "block" | "flag" | "pass" | nil (no hit)
--
-- Fields: w (plan), on (enabled rule ids), score, threshold, early (stop
-- at the threshold), seen/hits (rules that reported, once each), loc and
-- name (where the value being inspected comes from), off (mode off or a
-- trusted client: bodies are parsed, nothing is inspected), stop (enough
-- seen), shape (a body field broke a shape limit), foreign (the Referer
-- is another site: nil until asked), single_byte (the body's charset is
-- not UTF-8), gate (the plain-value gate; tests turn it off), view (the
-- normalized view of the value being inspected, reused value to value;
-- made by the first value that needs one, edge.waf.inspect),
-- keys_seen (the JSON keys inspected so far: a repeated key's verdict is
-- the first one's).

local registry = require "edge.waf.registry"

local lower = string.lower
local sub = string.sub
local setmetatable = setmetatable

local RULES = registry.RULES


local _M = { _VERSION = "0.1" }


local function excluded(excl, id, loc, name)
    local lname = name and lower(name)
    for i = 1, #excl do
        local e = excl[i]
        if e.ids[id] and (not e.locations or e.locations[loc])
                and (not e.names or (lname and e.names[lname])) then
            return true
        end
    end
    return false
end


local function report(tx, id)
    local w = tx.w
    if w.excl and excluded(w.excl, id, tx.loc, tx.name) then
        return false
    end
    local seen = tx.seen
    if not seen then
        seen = {}
        tx.seen = seen
        tx.hits = {}
    end
    if not seen[id] then
        seen[id] = true
        tx.score = tx.score + RULES[id].score
        local hits = tx.hits
        local name = tx.name
        if name and #name > 64 then
            name = sub(name, 1, 64) .. "..."
        end
        hits[#hits + 1] = { rule = id, where = tx.loc, name = name }
    end
    return tx.early and tx.score >= tx.threshold
end
_M.report = report


-- tx.report is the transaction itself, called through this metatable: the
-- detectors' report(id) without a closure made per request (creating one
-- is a bytecode LuaJIT's JIT does not compile, and it ends the trace)
local TX_MT = { __call = report }


-- w: the route's plan; headers: the request's (get_headers table);
-- opts.off: parse but do not inspect; opts.early = false: record every
-- rule (tests); opts.gate = false: no plain-value fast path (tests).
function _M.new(w, headers, opts)
    local off = opts and opts.off or false
    local tx = {
        w = w, on = w.on, headers = headers,
        score = 0, threshold = w.threshold,
        early = w.mode == "block", seen = nil, hits = nil,
        loc = "request", name = nil,
        off = off, stop = false, shape = nil, foreign = nil,
        single_byte = false, gate = true, view = false, keys_seen = nil,
    }
    if opts then
        if opts.early ~= nil then
            tx.early = opts.early
        end
        if opts.gate ~= nil then
            tx.gate = opts.gate
        end
        if opts.threshold then
            tx.threshold = opts.threshold
        end
    end
    tx.report = tx
    return setmetatable(tx, TX_MT)
end


-- The outcome once inspection is over: nil when no rule reported.
function _M.verdict(tx)
    if not tx.hits then
        return nil
    end
    if tx.score >= tx.threshold then
        return tx.w.mode == "block" and "block" or "flag"
    end
    return "pass"
end


return _M
