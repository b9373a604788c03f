-- What a transaction's outcome says, and to whom: the access log line's
-- "waf" member (ctx.edge.waf: action, score, rules) for every request
-- with a hit, and for a block or a flag one JSON audit line in the error
-- log ("waf audit: {...}", level warn) with the matches. Clients never see
-- rule details.

local cjson = require "cjson.safe"

local ngx = ngx
local ngx_var = ngx.var
local ngx_log = ngx.log
local WARN = ngx.WARN

local sub = string.sub
local encode = cjson.encode


local _M = { _VERSION = "0.1" }


function _M.record(ctx, tx, action)
    local hits = tx.hits or {}
    local rules = {}
    for i = 1, #hits do
        rules[i] = hits[i].rule
    end
    local w = tx.w
    ctx.edge.waf = { action = action, score = tx.score, rules = rules,
                     error = tx.error }
    if action == "pass" then
        return
    end
    ngx_log(WARN, "waf audit: ", encode({
        request_id = ngx_var.edge_request_id,
        remote_addr = ngx_var.remote_addr,
        method = ngx_var.request_method,
        uri = sub(ngx_var.request_uri or "", 1, 512),
        route = w.name,
        action = action,
        mode = w.mode,
        paranoia = w.paranoia,
        score = tx.score,
        threshold = w.threshold,
        matches = hits,
        error = tx.error,
    }))
end


return _M
