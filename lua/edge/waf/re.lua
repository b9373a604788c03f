-- ngx.re for the WAF's detectors and normalizers, made total: a regex
-- that fails at run time (PCRE's match limit, JIT stack, bad UTF-8 with
-- "u") raises instead of returning nil, err, which every caller would
-- read as "no match" and so pass a value it never inspected. The raise
-- reaches the inspection's pcall (edge.waf.collect), which answers with
-- the route's on_error and counts it.
--
--   find(s, pattern, opts, ctx) -> from, to
--   match(s, pattern, opts, ctx) -> captures | nil
--   gsub(s, pattern, repl, opts) -> new, n

local ngx_re = ngx.re
local re_find = ngx_re.find
local re_match = ngx_re.match
local re_gsub = ngx_re.gsub
local error = error
local tostring = tostring


local _M = { _VERSION = "0.1" }


function _M.find(s, pattern, opts, ctx)
    local from, to, err = re_find(s, pattern, opts, ctx)
    if err then
        error("regex failed: " .. err, 2)
    end
    return from, to
end


function _M.match(s, pattern, opts, ctx)
    local m, err = re_match(s, pattern, opts, ctx)
    if err then
        error("regex failed: " .. err, 2)
    end
    return m
end


function _M.gsub(s, pattern, repl, opts)
    local out, n, err = re_gsub(s, pattern, repl, opts)
    if not out then
        error("regex failed: " .. tostring(err), 2)
    end
    return out, n
end


return _M
