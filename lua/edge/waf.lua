-- Input filtering: the edge's WAF plugin (see lua/edge/plugins.lua).
--
-- access() runs, cheapest first:
--   1. request shape, per route (edge.waf.shape): URI length (414), header
--      count and bytes (431), query argument count and lengths (400),
--      Content-Type syntax and allowed media types (400/415), body size
--      (413)
--   2. positive model, per route (edge.waf.positive): path parameters and
--      query arguments against typed rules (400 "invalid-parameter", like
--      the services)
--   3. attack detection in a transaction (edge.waf.tx) kept in ngx.ctx:
--      edge.waf.collect walks the request line, path, query, headers,
--      cookies and body (parsed by its declared type: unparseable is 400;
--      a JSON body is held to the operation's schema first, 400
--      "invalid-body") into edge.waf.inspect, which normalizes each value once and gives
--      it to the detectors (edge.waf.detect.*); hits add their severity's
--      score once per rule; at the route's threshold the request is
--      blocked (403 "request-blocked") or, in detect mode, flagged.
--      edge.waf.audit writes the outcome.
-- If inspection itself raises (a detector bug, a regex over PCRE's
-- limits), the request gets the route's on_error answer (block: 403, the
-- default; pass), the error is logged once per distinct error and counted
-- in /metrics (edge_waf_errors_total): never a 500, never a pass that
-- nobody chose.
--
-- Configuration: edge.waf.schema (fields), compiled once at init by
-- edge.waf.compile into each route's read-only plan (route.waf).

local schema = require "edge.waf.schema"
local compile = require "edge.waf.compile"
local shape = require "edge.waf.shape"
local positive = require "edge.waf.positive"
local wtx = require "edge.waf.tx"
local collect = require "edge.waf.collect"
local inspect_mod = require "edge.waf.inspect"
local audit = require "edge.waf.audit"
local metrics = require "edge.metrics"

local ngx = ngx
local ngx_var = ngx.var
local ngx_log = ngx.log
local ERR = ngx.ERR
local ngx_shared = ngx.shared
local clear_header = ngx.req.clear_header
local get_method = ngx.req.get_method

local pcall = pcall
local pairs = pairs
local find = string.find
local ipairs = ipairs
local tostring = tostring
local sub = string.sub
local byte = string.byte
local char = string.char
local gsub = string.gsub
local sort = table.sort
local concat = table.concat


local _M = {
    _VERSION = "0.1",
    name = "waf",
    schema_name = "waf",
    route_schema_name = "waf",
    schema = schema.SCHEMA,
    route_schema = schema.ROUTE_SCHEMA,
}

-- wtx.new's options for a transaction that parses but does not inspect
-- (read-only)
local OFF = { off = true }

local BLOCKED = "the request was blocked by the edge's input filter"

metrics.describe("edge_waf_errors_total", "counter",
                 "requests whose inspection raised (answered by on_error)")
local ERRORS_KEY = metrics.key("edge_waf_errors_total", {})


function _M.compile(conf, plan)
    compile.compile(conf, plan)
end


-- Inspection raised: log once per distinct error (the shared dict
-- remembers which were logged), count, answer with the route's on_error.
local function failed(ctx, tx, err)
    err = tostring(err)
    local seen = ngx_shared.edge_state
    local key = "waf-error:" .. sub(gsub(err, "%s+", " "), 1, 200)
    if not seen or seen:add(key, true) then
        ngx_log(ERR, "waf: inspection failed (route ", tx.w.name,
                ", on_error ", tx.w.on_error, "; logged once): ", err)
    end
    metrics.incr(ERRORS_KEY)
    tx.error = "inspection failed"
    if tx.w.on_error == "pass" then
        audit.record(ctx, tx, "error-pass")
        return nil
    end
    audit.record(ctx, tx, "error-block")
    return 403, BLOCKED, "request-blocked"
end


-- The bytes a header name passed on may hold (letters, digits, "-"): a
-- table lookup per byte (string.find with a pattern set is not compiled
-- by LuaJIT: it leaves the trace, and costs ~80 instructions a byte).
local NAME_BYTE = {}
for c = 0, 255 do
    NAME_BYTE[c] = find(char(c), "[%w%-]") ~= nil
end


local function valid_name(name)
    for i = 1, #name do
        if not NAME_BYTE[byte(name, i)] then
            return false
        end
    end
    return true
end


-- (still inspected: their values are data like any header's)
local function strip_invalid_names(h)
    for name in pairs(h) do
        if not valid_name(name) then
            clear_header(name)
        end
    end
end


local function finish(ctx, tx)
    local verdict = wtx.verdict(tx)
    if not verdict then
        return nil
    end
    audit.record(ctx, tx, verdict)
    if verdict == "block" then
        ctx.waf_blocked = true
        return 403, BLOCKED, "request-blocked"
    end
    return nil
end


function _M.access(conf, route, ctx)
    local w = route.waf
    local gc = conf.compiled.waf

    -- 1. shape
    local status, req, slug = shape.check(w, gc, ctx.request_uri)
    if status then
        return status, req, slug
    end

    -- header names a CGI/WSGI server would fold into another header's
    -- variable never reach the service (unless they are refused as an
    -- attack: reject_invalid_header_names)
    if not gc.reject_invalid_header_names then
        strip_invalid_names(req.headers)
    end

    -- 2. positive model: the document's operation (w.api), or the route's
    -- own rules
    local op = w
    if w.api then
        local st, detail, headers
        op, st, detail, headers = positive.operation(w.api, ngx_var.uri,
                                                     get_method())
        if not op then
            return st, detail, st == 400 and "invalid-parameter" or nil,
                   headers
        end
    elseif w.path then
        local pstatus, pdetail = positive.path(w, ngx_var.uri)
        if pstatus then
            return pstatus, pdetail,
                   pstatus == 400 and "invalid-parameter" or nil
        end
    end
    if op.positive_args then
        local adetail = positive.args(op, req.args)
        if adetail then
            return 400, adetail, "invalid-parameter"
        end
    end

    -- 3. detection (bodies are parsed even when nothing is inspected:
    -- unparseable ones are refused); nothing to parse and nothing to
    -- inspect: no transaction
    local off = w.mode == "off" or ctx.waf_trusted == true
    if off and not req.has_body then
        return nil
    end
    local tx = wtx.new(w, req.headers, off and OFF or nil)
    ctx.waf_tx = tx
    if not off then
        local ok, stop = pcall(collect.request, tx, req, gc)
        if not ok then
            return failed(ctx, tx, stop)
        end
        if stop then
            return finish(ctx, tx)
        end
    end
    if req.has_body then
        local st, body, bslug = collect.read_body(tx)     -- may yield
        if st then
            return st, body, bslug
        end
        local ok, bst, detail, dslug = pcall(collect.body, tx, req, body,
                                              op.body)
        if not ok then
            return failed(ctx, tx, bst)
        end
        if bst then
            return bst, detail, dslug
        end
    end
    return finish(ctx, tx)
end


-- For tests: the rules one value makes report (sorted, comma-separated),
-- with the plain-value gate on or off, as it is inspected in a request of
-- route plan w (nothing stops early, nothing else is recorded).
function _M.value_verdict(w, value, where, loc, name, gate)
    local tx = wtx.new(w, {}, { early = false, gate = gate, threshold = 1e9 })
    inspect_mod.inspect(tx, value, where, loc, name)
    local ids = {}
    for i, hit in ipairs(tx.hits or {}) do
        ids[i] = hit.rule
    end
    sort(ids)
    return concat(ids, ",")
end

_M.plain_clean = inspect_mod.plain_clean


return _M
