-- Compile the WAF's configuration once, at init (the master process):
-- every built-in pattern is checked (a bad one stops nginx), and each
-- route gets a read-only plan (plan.routes[name].waf) that requests read:
-- limits, media types, the positive model's rules with their details, the
-- set of enabled rule ids (paranoia level, disabled rules) and the
-- exclusions, global and the route's own together.

local registry = require "edge.waf.registry"
local inspect = require "edge.waf.inspect"
local match_mod = require "edge.waf.match"
local parse = require "edge.waf.parse"
local path = require "edge.waf.detect.path"
local positive = require "edge.waf.positive"
local openapi = require "edge.waf.openapi"

local ngx_re = ngx.re

local pairs = pairs
local ipairs = ipairs
local pcall = pcall
local tostring = tostring
local error = error
local find = string.find
local sub = string.sub
local lower = string.lower
local gsub = string.gsub

local DETECTORS = registry.DETECTORS
local RULES = registry.RULES
local RULE_LIST = registry.RULE_LIST
local CLASSES = registry.CLASSES


local _M = { _VERSION = "0.1" }


local function assert_pattern(p, where)
    -- ngx.re.find returns from, to, err: the error is the third value
    local ok, from, _, err = pcall(ngx_re.find, "", p, "jo")
    if not ok then
        err = from
    end
    if not ok or err then
        error("waf: invalid built-in pattern in " .. where .. ": "
              .. tostring(err), 0)
    end
end


local function expand_refs(refs, out)
    for _, ref in ipairs(refs or {}) do
        if RULES[ref] then
            out[ref] = true
        else
            for _, id in ipairs(CLASSES[ref]) do
                out[id] = true
            end
        end
    end
    return out
end


local function compile_exclusions(list, out)
    for _, e in ipairs(list) do
        local c = { ids = expand_refs(e.rules, {}) }
        if e.locations then
            c.locations = {}
            for _, l in ipairs(e.locations) do
                c.locations[l] = true
            end
        end
        if e.names then
            c.names = {}
            for _, n in ipairs(e.names) do
                c.names[lower(n)] = true
            end
        end
        out[#out + 1] = c
    end
    return out
end


local function compile_media(list)
    local exact, patterns = {}, {}
    for _, t in ipairs(list) do
        if find(t, "*", 1, true) then
            patterns[#patterns + 1] = "^" .. gsub(gsub(t, "([%.%+%-])", "%%%1"),
                                                   "%*", ".*") .. "$"
        else
            exact[t] = true
        end
    end
    return { exact = exact, patterns = patterns }
end


-- The route's own positive model (waf.args, waf.unknown_args, waf.path)
-- into plan c; edge.waf.openapi makes the same per operation.
local function positive_plan(c, r)
    positive.args_plan(c, r.args, r.unknown_args or "allow")
    if r.path then
        c.path = { pattern = positive.end_anchored(r.path.pattern),
                   params = {} }
        for p, rule in pairs(r.path.params) do
            c.path.params[p] = positive.rule(p, rule)
        end
    end
end


local function compile_route(name, route, conf)
    local r, g = route.waf, conf.waf
    local c = {
        mode = r.mode or g.mode,
        paranoia = r.paranoia or g.paranoia,
        threshold = r.threshold or g.threshold,
        on_error = r.on_error or g.on_error,
        max_uri_length = r.max_uri_length,
        max_headers = r.max_headers,
        max_header_bytes = r.max_header_bytes,
        max_args = r.max_args,
        max_arg_name_length = r.max_arg_name_length,
        max_arg_value_length = r.max_arg_value_length,
        max_body_bytes = r.max_body_bytes,
        media = compile_media(r.content_types),
        untyped_body = r.untyped_body,
        compressed_body = r.compressed_body,
        json = parse.json_decoder(r.max_json_depth),
        max_json_items = r.max_json_items,
    }
    if r.positive == "openapi" then
        c.api = openapi.route_plan(name, route, conf)
    else
        positive_plan(c, r)
    end
    local disabled = expand_refs(g.disabled_rules, {})
    expand_refs(r.disabled_rules, disabled)
    local on = {}
    for _, rule in ipairs(RULE_LIST) do
        if rule.pl <= c.paranoia and not disabled[rule.id] then
            on[rule.id] = true
        end
    end
    c.on = on
    local excl = compile_exclusions(g.exclusions, {})
    compile_exclusions(r.exclusions, excl)
    c.excl = #excl > 0 and excl or nil
    c.name = name
    return c
end


local function set_of(list, lower_case)
    local s = {}
    for _, v in ipairs(list) do
        s[lower_case and lower(v) or v] = true
    end
    return s
end


function _M.compile(conf, plan)
    for _, det in ipairs(DETECTORS) do
        for i, p in ipairs(det.PATTERNS) do
            assert_pattern(p, det._NAME or tostring(i))
        end
    end
    local g = conf.waf
    local skip, skip_prefix = {}, {}
    for _, h in ipairs(g.skip_headers) do
        h = lower(h)
        if sub(h, -1) == "*" then
            skip_prefix[#skip_prefix + 1] = sub(h, 1, -2)
        else
            skip[h] = true
        end
    end
    plan.compiled.waf = {
        allowed_charsets = set_of(g.allowed_charsets, true),
        restricted_headers = set_of(g.restricted_headers, true),
        reject_invalid_header_names = g.reject_invalid_header_names,
        skip_headers = skip,
        skip_prefixes = skip_prefix,
    }
    path.set_restricted_extensions(g.restricted_extensions)
    match_mod.build()     -- the needle automaton, inherited by the workers
    inspect.build_plain() -- after the restricted extensions are known
    for name, route in pairs(conf.routes) do
        plan.routes[name].waf = compile_route(name, route, conf)
    end
end


return _M
