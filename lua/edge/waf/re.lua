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
--
-- find and match run a pattern compiled once per worker and kept here
-- (the patterns are the detectors' constants: compiled, read-only data,
-- nothing of a request), straight through lua-resty-core's own FFI entry
-- (ngx_http_lua_ffi_exec_regex, the one ngx.re.find calls). ngx.re.find
-- with "o" looks its cache up by `pattern .. "\0" .. opts` on every call:
-- a string built and hashed per call, about 800 CPU instructions of the
-- ~1,300 a short subject costs; the WAF makes hundreds of calls per
-- request. Same matching, same flags, same match limit
-- (lua_regex_match_limit applies inside the exec). gsub stays ngx.re's
-- (rare: normalization only).

local ffi = require "ffi"
local regex = require "resty.core.regex"

local ngx_re = ngx.re
local re_gsub = ngx_re.gsub
local error = error
local tostring = tostring
local type = type
local gsub = string.gsub

local compile = regex.re_match_compile
local collect = regex.collect_captures
local C = ffi.C
local exec = C.ngx_http_lua_ffi_exec_regex

local NOMATCH = -1
-- No more compiled patterns than this are kept (every pattern is a
-- constant of the code, a few hundred; the bound is a guard).
local MAX_KEPT = 4096


local _M = { _VERSION = "0.1" }


-- opts -> pattern -> { compiled, flags }
local kept = {}
local nkept = 0


-- The compiled pattern (made on first use; "o" is implied: the compiled
-- object is kept here, not in resty.core's cache, so no eviction can free
-- it under us).
local function entry(pattern, opts)
    local by = kept[opts]
    local e = by and by[pattern]
    if e then
        return e
    end
    local c, err, flags = compile(pattern, (gsub(opts, "o", "")))
    if c == nil then
        error("regex failed: " .. tostring(err), 3)
    end
    e = { c, flags }
    if nkept < MAX_KEPT then
        if not by then
            by = {}
            kept[opts] = by
        end
        by[pattern] = e
        nkept = nkept + 1
    end
    return e
end


local function run(s, pattern, opts, ctx, level)
    if type(s) ~= "string" then
        s = tostring(s)
    end
    local e = entry(pattern, opts)
    local c = e[1]
    local pos = 0
    if ctx then
        pos = ctx.pos
        if not pos or pos <= 0 then
            pos = 0
        else
            pos = pos - 1
        end
    end
    local rc = exec(c, e[2], s, #s, pos)
    if rc == NOMATCH then
        return nil
    end
    if rc < 0 then
        error("regex failed: pcre_exec() failed: " .. rc, level)
    end
    if rc == 0 then
        error("regex failed: capture size too small", level)
    end
    if ctx then
        ctx.pos = c.captures[1] + 1
    end
    return c, rc, e[2]
end


function _M.find(s, pattern, opts, ctx)
    local c = run(s, pattern, opts, ctx, 3)
    if not c then
        return nil
    end
    local cap = c.captures
    return cap[0] + 1, cap[1]
end


function _M.match(s, pattern, opts, ctx)
    local c, rc, flags = run(s, pattern, opts, ctx, 3)
    if not c then
        return nil
    end
    return collect(c, rc, s, flags)
end


-- Does fn(s, from, to) say true for one of the first `limit` matches of
-- pattern in s, left to right (a token found, then decoded and read:
-- a hex literal, a base64 pickle)?
function _M.any_match(s, pattern, opts, limit, fn)
    local ctx = { pos = 1 }
    for _ = 1, limit do
        local from, to = _M.find(s, pattern, opts, ctx)
        if not from then
            return false
        end
        if fn(s, from, to) then
            return true
        end
    end
    return false
end


-- find and match as ngx.re's, failures included (nil, err: no raise), for
-- callers outside an inspection's pcall (edge.hygiene): the pattern kept
-- compiled, without ngx.re's per-call cache lookup.
local function run_soft(s, pattern, opts)
    local e = entry(pattern, opts)
    local c = e[1]
    local rc = exec(c, e[2], s, #s, 0)
    if rc == NOMATCH then
        return nil
    end
    if rc <= 0 then
        return nil, "pcre_exec() failed: " .. rc
    end
    return c, rc, e[2]
end


function _M.find_soft(s, pattern, opts)
    local c, rc = run_soft(s, pattern, opts)
    if not c then
        return nil, rc
    end
    local cap = c.captures
    return cap[0] + 1, cap[1]
end


function _M.match_soft(s, pattern, opts)
    local c, rc, flags = run_soft(s, pattern, opts)
    if not c then
        return nil, rc
    end
    return collect(c, rc, s, flags)
end


-- Is s strict UTF-8 (RFC 3629)? PCRE checks its subject in UTF mode
-- before matching; its complaint is the answer (not a failure).
function _M.utf8_valid(s)
    local e = entry("", "ju")
    return exec(e[1], e[2], s, #s, 0) >= 0
end


function _M.gsub(s, pattern, repl, opts)
    local out, n, err = re_gsub(s, pattern, repl, opts)
    if not out then
        error("regex failed: " .. tostring(err), 2)
    end
    return out, n
end


return _M
