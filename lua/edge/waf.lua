-- Input filtering: the edge's WAF plugin (see lua/edge/plugins.lua).
--
-- access() runs, cheapest first:
--   1. request shape, per route: URI length (414), header count and bytes
--      (431), query argument count and lengths (400), Content-Type syntax
--      and allowed media types (400/415), body size (413), body parsing
--      (400: JSON depth/items, multipart, XML; never passed unparsed)
--   2. positive model, per route: path parameters and query arguments
--      against typed rules (400 "invalid-parameter", like the services)
--   3. attack detection: every path, argument name and value, cookie,
--      inspected header and body value is normalized once
--      (edge.waf.normalize) and given to the detectors in edge.waf.detect;
--      hits add their severity's score (critical 5, error 4, warning 3,
--      notice 2, once per rule); a score at or over the route's threshold
--      blocks (403 "request-blocked") or, in detect mode, only flags.
-- Rules have paranoia levels; rules and exclusions are configured per
-- route and globally. A blocked or flagged request gets one JSON audit
-- line in the error log ("waf audit: {...}", level warn) and a summary
-- under "waf" in its access log line. Clients never see rule details.
--
-- Rules are compiled once at init (every regex is validated there, so a
-- bad pattern stops nginx); requests only run precompiled ngx.re "jo"
-- patterns and reuse scratch tables.

local cjson = require "cjson.safe"
local normalize = require "edge.waf.normalize"
local match_mod = require "edge.waf.match"
local parse = require "edge.waf.parse"
local protocol = require "edge.waf.detect.protocol"
local sqli = require "edge.waf.detect.sqli"
local xss = require "edge.waf.detect.xss"
local rce = require "edge.waf.detect.rce"
local code = require "edge.waf.detect.code"
local path = require "edge.waf.detect.path"

local ngx = ngx
local ngx_var = ngx.var
local ngx_re = ngx.re
local ngx_log = ngx.log
local WARN = ngx.WARN
local get_headers = ngx.req.get_headers
local get_uri_args = ngx.req.get_uri_args
local get_method = ngx.req.get_method
local view = normalize.view
local encode = cjson.encode
local re_find = ngx_re.find

local type = type
local pairs = pairs
local ipairs = ipairs
local tonumber = tonumber
local tostring = tostring
local error = error
local pcall = pcall
local find = string.find
local sub = string.sub
local lower = string.lower
local match = string.match
local gmatch = string.gmatch
local gsub = string.gsub
local concat = table.concat
local sort = table.sort


local _M = {
    _VERSION = "0.1",
    name = "waf",
    schema_name = "waf",
    route_schema_name = "waf",
}

local DETECTORS = { protocol, sqli, xss, rce, code, path }
local SEVERITY = { critical = 5, error = 4, warning = 3, notice = 2 }

-- Rule registry: id -> { id, class, severity, score, pl, desc }.
local RULES = {}
local RULE_LIST = {}
local CLASSES = {}

for _, det in ipairs(DETECTORS) do
    for _, r in ipairs(det.RULES) do
        local class = match(r.id, "^([a-z]+)")
        local rule = { id = r.id, class = class, severity = r.severity,
                       score = SEVERITY[r.severity], pl = r.pl,
                       desc = r.desc }
        RULES[r.id] = rule
        RULE_LIST[#RULE_LIST + 1] = rule
        CLASSES[class] = CLASSES[class] or {}
        local list = CLASSES[class]
        list[#list + 1] = r.id
    end
end
_M.RULES = RULES
_M.RULE_LIST = RULE_LIST
_M.CLASSES = CLASSES


-- Configuration --------------------------------------------------------------

local LOCATIONS = { "path", "query", "body", "cookie", "header", "filename" }

local function known_rule(ref)
    if RULES[ref] or CLASSES[ref] then
        return true
    end
    local classes = {}
    for c in pairs(CLASSES) do
        classes[#classes + 1] = c
    end
    sort(classes)
    return nil, "unknown rule or class \"" .. tostring(ref) .. "\" (classes: "
        .. concat(classes, ", ") .. "; rule ids are listed in README.md)"
end

local RULE_REF = {
    type = "string", min = 2, max = 64,
    description = "a rule id (sqli-union) or a whole class (sqli)",
    check = known_rule,
}

local EXCLUSION = {
    type = "object",
    description = "skip some rules for some places of the request",
    fields = {
        rules = {
            type = "array", min = 1, items = RULE_REF, required = true,
            description = "rule ids or classes not to apply",
        },
        locations = {
            type = "array", items = { type = "string", enum = LOCATIONS },
            description = "where: path, query, body, cookie, header, "
                          .. "filename (absent: everywhere)",
        },
        names = {
            type = "array", min = 1,
            items = { type = "string", min = 1, max = 256 },
            description = "argument, key, cookie or header names "
                          .. "(absent: every name)",
        },
    },
}

local function check_arg_rule(r)
    if r.min and r.max and r.min > r.max then
        return nil, "min must not be greater than max"
    end
    if r.min_length and r.max_length and r.min_length > r.max_length then
        return nil, "min_length must not be greater than max_length"
    end
    if (r.min or r.max) and r.type ~= "integer" and r.type ~= "number" then
        return nil, "min/max apply to integer and number arguments only"
    end
    return true
end

local ARG_RULE = {
    type = "object",
    description = "what one argument may hold",
    check = check_arg_rule,
    fields = {
        type = {
            type = "string", enum = { "integer", "number", "string", "boolean" },
            default = "string",
            description = "integer: ASCII digits with an optional '-'; "
                          .. "number: decimal; boolean: true/false/1/0",
        },
        min = { type = "number", description = "lowest value (numbers)" },
        max = { type = "number", description = "highest value (numbers)" },
        min_length = { type = "integer", min = 0, description = "shortest text" },
        max_length = { type = "integer", min = 0, description = "longest text" },
        pattern = {
            type = "string", regex = true, max = 1024,
            description = "PCRE the whole value must match",
        },
        enum = {
            type = "array", min = 1, items = { type = "string" },
            description = "the allowed values",
        },
        required = {
            type = "boolean", default = false,
            description = "the argument must be present",
        },
        repeated = {
            type = "boolean", default = false,
            description = "the argument may be given more than once",
        },
    },
}

local MODE = {
    type = "string", enum = { "block", "detect", "off" },
    description = "block: refuse at the threshold; detect: only log; "
                  .. "off: no detection (shape checks still apply)",
}

local ROUTE_SCHEMA = {
    type = "object", default = {},
    description = "this route's request shape, positive model and WAF "
                  .. "overrides",
    fields = {
        mode = MODE,
        paranoia = {
            type = "integer", min = 1, max = 4,
            description = "overrides waf.paranoia for this route",
        },
        threshold = {
            type = "integer", min = 1, max = 1000,
            description = "overrides waf.threshold for this route",
        },
        max_uri_length = {
            type = "integer", min = 1, max = 65536, default = 2048,
            description = "longest request URI in bytes (414)",
        },
        max_headers = {
            type = "integer", min = 1, max = 1000, default = 64,
            description = "most request headers (431)",
        },
        max_header_bytes = {
            type = "integer", min = 64, max = 1048576, default = 16384,
            description = "most bytes of names and values of all headers (431)",
        },
        max_args = {
            type = "integer", min = 0, max = 10000, default = 64,
            description = "most query arguments, and most body fields (400)",
        },
        max_arg_name_length = {
            type = "integer", min = 1, max = 65536, default = 100,
            description = "longest argument name (400)",
        },
        max_arg_value_length = {
            type = "integer", min = 1, max = 1048576, default = 4096,
            description = "longest query argument value (400)",
        },
        max_body_bytes = {
            type = "integer", min = 0, max = 1048576, default = 65536,
            description = "largest request body (413; nginx's "
                          .. "client_max_body_size caps it too)",
        },
        content_types = {
            type = "array",
            items = { type = "string", pattern = [=[^[a-z0-9*.+-]+/[a-z0-9*.+-]+\z]=] },
            default = { "application/json", "application/x-www-form-urlencoded",
                        "multipart/form-data" },
            description = "media types a body may have (415); '*' matches "
                          .. "any run of characters",
        },
        untyped_body = {
            type = "string", enum = { "reject", "inspect" }, default = "reject",
            description = "a body without Content-Type: 415, or inspect it "
                          .. "as form fields or text",
        },
        max_json_depth = {
            type = "integer", min = 1, max = 1000, default = 16,
            description = "deepest JSON nesting (400)",
        },
        max_json_items = {
            type = "integer", min = 1, max = 1000000, default = 2048,
            description = "most JSON keys plus values (400)",
        },
        args = {
            type = "map", keys = { type = "string", min = 1, max = 128 },
            values = ARG_RULE, default = {},
            description = "positive model of the query arguments",
        },
        unknown_args = {
            type = "string", enum = { "allow", "reject" }, default = "allow",
            description = "query arguments without a rule in args: allow "
                          .. "(and inspect) or reject (400)",
        },
        path = {
            type = "object",
            description = "positive model of the path",
            fields = {
                pattern = {
                    type = "string", regex = true, required = true, max = 1024,
                    description = "PCRE the decoded path must match (else "
                                  .. "404); named groups are parameters",
                },
                params = {
                    type = "map", keys = { type = "string", min = 1, max = 64 },
                    values = ARG_RULE, default = {},
                    description = "rules for the named groups",
                },
            },
        },
        disabled_rules = {
            type = "array", items = RULE_REF, default = {},
            description = "rules or classes off for this route",
        },
        exclusions = {
            type = "array", items = EXCLUSION, default = {},
            description = "rules skipped for some places, this route only",
        },
    },
}

local IP_OR_CIDR = {
    type = "string", min = 2, max = 64,
    pattern = [=[^(?:[0-9.]+|[0-9a-fA-F:.]+)(?:/\d{1,3})?\z]=],
    description = "an IPv4/IPv6 address or CIDR block",
}

local SCHEMA = {
    type = "object", default = {},
    description = "input filtering (WAF) and client reputation",
    fields = {
        mode = {
            type = "string", enum = { "block", "detect", "off" },
            default = "block", description = MODE.description,
        },
        paranoia = {
            type = "integer", min = 1, max = 4, default = 1,
            description = "rules up to this paranoia level run (1: few "
                          .. "false positives .. 4: strictest)",
        },
        threshold = {
            type = "integer", min = 1, max = 1000, default = 5,
            description = "anomaly score that blocks (one critical hit is 5)",
        },
        disabled_rules = {
            type = "array", items = RULE_REF, default = {},
            description = "rules or classes off everywhere",
        },
        exclusions = {
            type = "array", items = EXCLUSION, default = {},
            description = "rules skipped for some places, every route",
        },
        allowed_charsets = {
            type = "array", min = 1, items = { type = "string", min = 1, max = 64 },
            default = { "utf-8", "iso-8859-1", "iso-8859-15", "windows-1252",
                        "us-ascii" },
            description = "charset parameters accepted in Content-Type "
                          .. "(415) and Accept",
        },
        restricted_headers = {
            type = "array", items = { type = "string", min = 1, max = 128 },
            default = { "proxy", "lock-token", "content-range", "translate",
                        "if", "request-range", "x-http-method-override",
                        "x-http-method", "x-method-override" },
            description = "request headers that are an attack here",
        },
        restricted_extensions = {
            type = "array", items = { type = "string", min = 1, max = 32 },
            default = { ".bak", ".backup", ".old", ".orig", ".save", ".swp",
                        ".tmp", ".sql", ".sqlite", ".db", ".mdb", ".rdb",
                        ".dump", ".pem", ".key", ".p12", ".pfx", ".jks",
                        ".log", ".ini", ".conf", ".cfg", ".env", ".htpasswd",
                        ".htaccess", ".git", ".svn", ".bash_history", "~",
                        ".sql.gz", ".sql.zip", ".tar.gz", ".tgz" },
            description = "file extensions no path may end in, and no "
                          .. "uploaded file name",
        },
        skip_headers = {
            type = "array", items = { type = "string", min = 1, max = 128 },
            default = { "host", "content-length", "content-type",
                        "transfer-encoding", "connection", "accept",
                        "accept-encoding", "accept-language", "cache-control",
                        "pragma", "if-modified-since", "if-unmodified-since",
                        "if-none-match", "if-match", "if-range", "range",
                        "upgrade-insecure-requests", "dnt", "te",
                        "keep-alive", "x-request-id", "sec-*" },
            description = "headers not inspected for attacks (they are "
                          .. "checked for syntax); '*' ends a prefix",
        },
        reject_invalid_header_names = {
            type = "boolean", default = true,
            description = "header names with characters outside A-Z a-z "
                          .. "0-9 - are an attack (X_Forwarded_For "
                          .. "ambiguity); needs ignore_invalid_headers off",
        },
        allow = {
            type = "array", items = IP_OR_CIDR, default = {},
            description = "clients never filtered nor banned (shape checks "
                          .. "still apply)",
        },
        deny = {
            type = "array", items = IP_OR_CIDR, default = {},
            description = "clients always refused (403)",
        },
        ban = {
            type = "object", default = {},
            description = "temporary bans of clients that keep getting blocked",
            fields = {
                enabled = {
                    type = "boolean", default = true,
                    description = "ban clients blocked too often",
                },
                blocks = {
                    type = "integer", min = 1, max = 100000, default = 10,
                    description = "blocks within window that start a ban",
                },
                window = {
                    type = "integer", min = 1, max = 86400, default = 60,
                    description = "seconds over which blocks are counted",
                },
                duration = {
                    type = "integer", min = 1, max = 604800, default = 600,
                    description = "seconds a ban lasts",
                },
            },
        },
    },
}

_M.schema = SCHEMA
_M.route_schema = ROUTE_SCHEMA


-- Plain values -----------------------------------------------------------------
--
-- Most values are words, numbers, dates, e-mail addresses and the like.
-- A value of letters, digits, spaces and , . _ : + @ - only, with no
-- double space, is left as it is by every normalization step (no %, &,
-- \, control, NUL or non-ASCII byte; compact has nothing to fold), and
-- each detector states, next to its rules, what such a value (lower case)
-- must contain for one of them to report: PLAIN_NEEDLES (lists of plain
-- substrings, all looked for in one pass of one automaton) and
-- plain_maybe(low) for what is not a substring (a word token, the first
-- word, a URL at the start). A value with none of them is clean: no
-- normalization, no detector runs. Values that could be base64 (16 bytes
-- or more of letters, digits and +) are decoded and inspected the long
-- way. tests/test_35_waf_fastpath.py runs both ways over generated and
-- corpus values and requires the same verdicts.
local PLAIN = [=[^[A-Za-z0-9 ,._:+@-]+\z]=]     -- \z: "$" allows a final \n
local BASE64ISH = [=[^[A-Za-z0-9+]+\z]=]
local PLAIN_WHERE = { value = true, key = true, name = true }
local plain_needles = nil
local plain_checks = {}
local plain_gate = true       -- false: every value the long way (tests)


local function build_plain()
    local lists = {}
    for _, det in ipairs(DETECTORS) do
        for _, list in pairs(det.PLAIN_NEEDLES) do
            lists[#lists + 1] = list
        end
        if det.plain_maybe then
            plain_checks[#plain_checks + 1] = det.plain_maybe
        end
    end
    plain_needles = match_mod.any_of(lists)
end


local function plain_clean(value)
    if not plain_needles then
        error("waf: compile() has not run", 2)
    end
    if not re_find(value, PLAIN, "jo") or find(value, "  ", 1, true)
            or (#value >= 16 and re_find(value, BASE64ISH, "jo")) then
        return false
    end
    local low = lower(value)
    if match_mod.any(plain_needles, low) then
        return false
    end
    for i = 1, #plain_checks do
        if plain_checks[i](low) then
            return false
        end
    end
    return true
end
_M.plain_clean = plain_clean


-- Compilation ----------------------------------------------------------------

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


-- A pattern's final "$" made "\z": PCRE's $ also matches before a final
-- newline, so "^[a-z]+$" would let "abc\n" through a positive rule.
local function end_anchored(p)
    if not p or sub(p, -1) ~= "$" then
        return p
    end
    local slashes = #match(p, "(\\*)%$$")
    if slashes % 2 == 1 then
        return p        -- an escaped dollar: a literal "$"
    end
    return sub(p, 1, -2) .. "\\z"
end


local function compile_arg_rule(r)
    local enum
    if r.enum then
        enum = {}
        for _, v in ipairs(r.enum) do
            enum[v] = true
        end
    end
    return {
        type = r.type, min = r.min, max = r.max, min_length = r.min_length,
        max_length = r.max_length, pattern = end_anchored(r.pattern),
        enum = enum,
        required = r.required, repeated = r.repeated,
    }
end


local function describe(name, r)
    if r.type == "integer" or r.type == "number" then
        local kind = r.type == "integer" and "an integer" or "a number"
        if r.min and r.max then
            return string.format("%s must be %s between %s and %s", name,
                                 kind, tostring(r.min), tostring(r.max))
        end
        return name .. " must be " .. kind
    elseif r.type == "boolean" then
        return name .. " must be true or false"
    end
    if r.enum then
        return name .. " must be one of the allowed values"
    end
    if r.min_length or r.max_length then
        return string.format("%s must be %d to %s characters", name,
                             r.min_length or 0, tostring(r.max_length or "any"))
    end
    return name .. " has an invalid format"
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


local function compile_route(name, r, g)
    local c = {
        mode = r.mode or g.mode,
        paranoia = r.paranoia or g.paranoia,
        threshold = r.threshold or g.threshold,
        max_uri_length = r.max_uri_length,
        max_headers = r.max_headers,
        max_header_bytes = r.max_header_bytes,
        max_args = r.max_args,
        max_arg_name_length = r.max_arg_name_length,
        max_arg_value_length = r.max_arg_value_length,
        max_body_bytes = r.max_body_bytes,
        media = compile_media(r.content_types),
        untyped_body = r.untyped_body,
        json = parse.json_decoder(r.max_json_depth),
        max_json_items = r.max_json_items,
        unknown_args = r.unknown_args,
        args = {}, required = {}, path = nil,
    }
    for arg, rule in pairs(r.args) do
        c.args[arg] = compile_arg_rule(rule)
        c.args[arg].detail = describe(arg, rule)
        if rule.required then
            c.required[#c.required + 1] = arg
        end
    end
    if c.unknown_args == "reject" then
        local names = {}
        for arg in pairs(r.args) do
            names[#names + 1] = arg
        end
        sort(names)
        c.unknown_detail = #names > 0
            and "only these query parameters are allowed: " .. concat(names, ", ")
            or "no query parameters are allowed here"
    end
    if r.path then
        c.path = { pattern = end_anchored(r.path.pattern), params = {} }
        for p, rule in pairs(r.path.params) do
            c.path.params[p] = compile_arg_rule(rule)
            c.path.params[p].detail = describe(p, rule)
        end
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


function _M.compile(conf)
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
    g._c = {
        allowed_charsets = set_of(g.allowed_charsets, true),
        restricted_headers = set_of(g.restricted_headers, true),
        reject_invalid_header_names = g.reject_invalid_header_names,
        skip_headers = skip,
        skip_prefixes = skip_prefix,
    }
    path.set_restricted_extensions(g.restricted_extensions)
    match_mod.build()     -- the needle automaton, inherited by the workers
    build_plain()         -- after the restricted extensions are known
    for name, route in pairs(conf.routes) do
        route._waf = compile_route(name, route.waf, g)
    end
end


-- Request state (one request at a time per worker; no yields while set).
local R = {
    w = nil, score = 0, threshold = 5, early = true, seen = nil,
    hits = nil, loc = nil, name = nil,
}


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


local function report(id)
    local w = R.w
    if w.excl and excluded(w.excl, id, R.loc, R.name) then
        return false
    end
    local seen = R.seen
    if not seen then
        seen = {}
        R.seen = seen
        R.hits = {}
    end
    if not seen[id] then
        seen[id] = true
        R.score = R.score + RULES[id].score
        local hits = R.hits
        local name = R.name
        if name and #name > 64 then
            name = sub(name, 1, 64) .. "..."
        end
        hits[#hits + 1] = { rule = id, where = R.loc, name = name }
    end
    return R.early and R.score >= R.threshold
end
_M.report = report


local FAST = [=[^(?:[A-Za-z0-9-]+|[0-9.+-]+)\z]=]
local PLAIN_PATH = [=[^[A-Za-z0-9/_-]*\z]=]
local WORDY = [=[^[A-Za-z0-9 ,.'-]+\z]=]


-- Inspect one value; where: path, name, value, key, header, filename.
local function inspect(value, where, loc, name)
    if R.off or type(value) ~= "string" or value == "" then
        return false
    end
    -- Fast path: one short word of letters, digits and dashes, or a
    -- number. No rule can match such a value except a lone command name
    -- and base64 (which has to go the long way to be decoded).
    R.loc = loc
    R.name = name
    if re_find(value, FAST, "jo") then
        local on = R.w.on
        if #value <= 32 and (where == "value" or where == "header") then
            local low = lower(value)
            if rce.lone(low, on, report) or sqli.lone(low, on, report) then
                return true
            end
        end
        local b64 = #value >= 16 and normalize.base64_text(value)
        if b64 then
            local v = view(b64)
            for i = 2, #DETECTORS do
                if DETECTORS[i].detect(v, on, report, where, name) then
                    return true
                end
            end
        end
        return false
    end
    if plain_gate and PLAIN_WHERE[where] and plain_clean(value) then
        return false
    end
    -- a plain path (no dot, no special character): only OS directories
    if where == "path" and re_find(value, PLAIN_PATH, "jo") then
        return path.plain_path(value, R.w.on, report)
    end
    -- words, spaces and . , ' - only (names, short prose): no markup, no
    -- separator, no URL, no control byte can be there; SQL, commands at
    -- the start, dotted class names and hidden files still can
    if #value <= 128 and re_find(value, WORDY, "jo") then
        local v = view(value)
        local on = R.w.on
        if sqli.detect(v, on, report, where, name)
                or rce.detect(v, on, report, where, name) then
            return true
        end
        if find(value, ".", 1, true) and (code.detect(v, on, report, where, name)
                                          or xss.detect(v, on, report, where, name)
                                          or path.detect(v, on, report, where, name)) then
            return true
        end
        return false
    end
    local v = view(value)
    local on = R.w.on
    for i = 1, #DETECTORS do
        if DETECTORS[i].detect(v, on, report, where, name) then
            return true
        end
    end
    local b64 = v.b64
    if b64 then
        v = view(b64)
        for i = 2, #DETECTORS do
            if DETECTORS[i].detect(v, on, report, where, name) then
                return true
            end
        end
    end
    return false
end
_M.inspect = inspect


-- For tests: the rules one value makes report (sorted, comma-separated),
-- with the plain-value gate on or off, as it is inspected in a request
-- of route w (nothing stops early, nothing else is recorded).
function _M.value_verdict(w, value, where, loc, name, gate)
    R.w, R.off, R.stop, R.score, R.threshold = w, false, false, 0, 1e9
    R.early, R.seen, R.hits = false, nil, nil
    plain_gate = gate
    inspect(value, where, loc, name)
    plain_gate = true
    local ids = {}
    for i, hit in ipairs(R.hits or {}) do
        ids[i] = hit.rule
    end
    sort(ids)
    R.seen, R.hits, R.w = nil, nil, nil
    return concat(ids, ",")
end


-- Shape -----------------------------------------------------------------------

local function check_value(rule, value)
    if type(value) ~= "string" then
        return false
    end
    local t = rule.type
    if t == "integer" then
        if not find(value, "^%-?%d+$") or #value > 18 then
            return false
        end
        local n = tonumber(value)
        if (rule.min and n < rule.min) or (rule.max and n > rule.max) then
            return false
        end
    elseif t == "number" then
        if not find(value, "^%-?%d+%.?%d*$") and not find(value, "^%-?%.%d+$") then
            return false
        end
        local n = tonumber(value)
        if not n or (rule.min and n < rule.min) or (rule.max and n > rule.max) then
            return false
        end
    elseif t == "boolean" then
        if value ~= "true" and value ~= "false" and value ~= "1" and value ~= "0" then
            return false
        end
    end
    -- lengths count characters (UTF-8), as the services do
    local len = #value
    if find(value, "[\128-\255]") then
        local _, cont = gsub(value, "[\128-\191]", "")
        len = len - cont
    end
    if (rule.min_length and len < rule.min_length)
            or (rule.max_length and len > rule.max_length) then
        return false
    end
    if rule.enum and not rule.enum[value] then
        return false
    end
    if rule.pattern and not ngx_re.find(value, rule.pattern, "jo") then
        return false
    end
    return true
end
_M.check_value = check_value


local function positive_args(w, args)
    local rules = w.args
    for name, value in pairs(args) do
        local rule = rules[name]
        if rule then
            if type(value) == "table" then
                if not rule.repeated then
                    return name .. " must be given at most once"
                end
                for i = 1, #value do
                    if not check_value(rule, value[i]) then
                        return rule.detail
                    end
                end
            elseif not check_value(rule, value) then
                return rule.detail
            end
        elseif w.unknown_args == "reject" then
            return w.unknown_detail
        end
    end
    local req = w.required
    for i = 1, #req do
        if args[req[i]] == nil then
            return req[i] .. " is required"
        end
    end
    return nil
end


local function positive_path(w)
    local p = w.path
    if not p then
        return nil
    end
    local m = ngx_re.match(ngx_var.uri, p.pattern, "jo")
    if not m then
        return 404, "no route matches this path"
    end
    for name, rule in pairs(p.params) do
        local value = m[name]
        if value and value ~= false then
            if not check_value(rule, value) then
                return 400, rule.detail
            end
        elseif rule.required then
            return 400, name .. " is required"
        end
    end
    return nil
end


-- Content-Type: "type/subtype; param=value; ...".
local MEDIA = "^%s*([%w!#$&^_.+%-]+/[%w!#$&^_.+*%-]+)%s*(.*)$"
local PARAM_QUOTED = "^;%s*([%w!#$&^_.+%-]+)%s*=%s*\"([^\"]*)\"%s*(.*)$"
local PARAM_TOKEN = "^;%s*([%w!#$&^_.+%-]+)%s*=(%s*[^;\"%s]+)%s*(.*)$"
local BOUNDARY = [=[^[0-9A-Za-z'()+_,./:=?-]{1,70}\z]=]


local function parse_content_type(ct, g, has_body)
    local media, rest = match(ct, MEDIA)
    if not media then
        return nil, "the Content-Type header is malformed"
    end
    media = lower(media)
    local params = {}
    while rest ~= "" do
        local name, value, after = match(rest, PARAM_QUOTED)
        if not name then
            name, value, after = match(rest, PARAM_TOKEN)
        end
        if not name then
            if match(rest, "^;%s*$") then
                break
            end
            return nil, "the Content-Type header is malformed"
        end
        name = lower(name)
        if params[name] then
            return nil, "the Content-Type header repeats " .. name
        end
        if name ~= "boundary" then
            value = gsub(value, "^%s+", "")
        end
        params[name] = value
        rest = after
    end
    if params.charset then
        params.charset = gsub(params.charset, "^'(.*)'$", "%1")
    end
    if has_body and params.charset
            and not g.allowed_charsets[lower(params.charset)] then
        return nil, "charset " .. params.charset .. " is not accepted", 415
    end
    if params.boundary and sub(media, 1, 10) ~= "multipart/" then
        return nil, "a boundary parameter is only valid for multipart bodies"
    end
    if media == "multipart/form-data" then
        local b = params.boundary
        if not b or not ngx_re.find(b, BOUNDARY, "jo") or find(b, "^%s") then
            return nil, "the multipart boundary is missing or invalid"
        end
    end
    return media, params
end
_M.parse_content_type = parse_content_type


local function media_allowed(m, media)
    if m.exact[media] then
        return true
    end
    for i = 1, #m.patterns do
        if find(media, m.patterns[i]) then
            return true
        end
    end
    return false
end


-- Body sink: values go to the detectors, names get checked too.
local body_state = { w = nil, h = nil, foreign = nil }


local function session_check(loc, name)
    if not R.off and R.w.on["session-fixation"] and protocol.session_name(name) then
        if body_state.foreign == nil then
            body_state.foreign = protocol.foreign_referer(body_state.h)
        end
        if body_state.foreign then
            R.loc, R.name = loc, name
            return report("session-fixation")
        end
    end
    return false
end


local function body_sink(kind, name, value)
    if R.stop then
        return
    end
    local w = body_state.w
    local stop
    if kind == "arg" then
        if name and #name > w.max_arg_name_length then
            R.shape = "an argument name is too long"
            R.stop = true
            return
        end
        stop = (name and session_check("body", name))
            or inspect(name, "name", "body", name)
            or inspect(value, "value", "body", name)
    elseif kind == "key" then
        stop = session_check("body", name) or inspect(value, "key", "body", name)
    elseif kind == "value" then
        stop = inspect(value, "value", "body", name)
    elseif R.off then
        return
    elseif kind == "filename" then
        R.loc, R.name = "filename", name
        stop = protocol.multipart_name(value, R.w.on, report)
            or inspect(value, "filename", "filename", name)
    elseif kind == "part-name" then
        R.loc, R.name = "body", name
        stop = protocol.multipart_name(name, R.w.on, report)
    elseif kind == "xxe" then
        R.loc, R.name = "body", nil
        stop = R.w.on["xxe"] and report("xxe")
    end
    if stop then
        R.stop = true
    end
end


local function read_and_inspect_body(w, g, h, ctype)
    local media, params
    if ctype then
        media, params = parse_content_type(ctype, g, true)
    end
    local cs = params and params.charset and lower(params.charset)
    protocol.single_byte = cs ~= nil and cs ~= "utf-8" and cs ~= "us-ascii"
    body_state.w = w
    body_state.h = h
    body_state.foreign = nil
    local body, err = parse.read_body(w.max_body_bytes)
    if not body then
        if err == "too large" then
            return 413, "the request body is too large", "body-too-large"
        end
        return 400, "the request body could not be read", "invalid-body"
    end
    if body == "" then
        return nil
    end
    if not media then
        if w.untyped_body ~= "inspect" then
            return 415, "a request body needs a Content-Type", "unsupported-media-type"
        end
        local n, perr = parse.text(body, w.max_args, body_sink)
        if not n then
            return 400, "the request body is invalid: " .. perr, "invalid-body"
        end
        return nil
    end
    local n, perr
    if media == "application/x-www-form-urlencoded" then
        n, perr = parse.form(body, w.max_args, body_sink)
    elseif media == "multipart/form-data" then
        n, perr = parse.multipart(body, params.boundary, w.max_args, body_sink)
    elseif find(media, "json$") then
        n, perr = parse.json(body, w.json, w.max_json_items, body_sink)
    elseif find(media, "xml$") then
        n, perr = parse.xml(body, w.max_json_items, body_sink)
    else
        n, perr = parse.text(body, w.max_args, body_sink)
    end
    if not n then
        if perr == "too many arguments" or perr == "too many multipart parts" then
            return 400, "the request body has too many fields", "too-many-arguments"
        end
        return 400, "the request body is invalid: " .. perr, "invalid-body"
    end
    return nil
end


local function header_one(v)
    if type(v) == "table" then
        return v[1]
    end
    return v
end


local function skipped_header(gc, name)
    if gc.skip_headers[name] then
        return true
    end
    local p = gc.skip_prefixes
    for i = 1, #p do
        if sub(name, 1, #p[i]) == p[i] then
            return true
        end
    end
    return false
end


local function inspect_headers(gc, h)
    for name, value in pairs(h) do
        if name == "cookie" then
            local cookies = type(value) == "table" and concat(value, ";") or value
            for pair in gmatch(cookies, "[^;]+") do
                local cname, cvalue = match(pair, "^%s*([^=]*)=?(.*)$")
                cname = gsub(cname, "%s+$", "")
                if inspect(cname, "name", "cookie", cname)
                        or inspect(cvalue, "value", "cookie", cname) then
                    return true
                end
            end
        elseif not skipped_header(gc, name) then
            local filename = find(name, "file", 1, true) and find(name, "name", 1, true)
            if type(value) == "table" then
                for i = 1, #value do
                    if inspect(value[i], "header", "header", name) then
                        return true
                    end
                end
            else
                if inspect(value, "header", "header", name) then
                    return true
                end
                if filename and inspect(value, "filename", "header", name) then
                    return true
                end
            end
        end
    end
    return false
end


local function audit(ctx, w, action)
    local hits = R.hits
    local rules = {}
    for i = 1, #hits do
        rules[i] = hits[i].rule
    end
    ctx.edge.waf = { action = action, score = R.score, rules = rules }
    if action == "block" or action == "flag" then
        local line = encode({
            request_id = ngx_var.edge_request_id,
            remote_addr = ngx_var.remote_addr,
            method = ngx_var.request_method,
            uri = sub(ngx_var.request_uri or "", 1, 512),
            route = w.name,
            action = action,
            mode = w.mode,
            paranoia = w.paranoia,
            score = R.score,
            threshold = w.threshold,
            matches = hits,
        })
        ngx_log(WARN, "waf audit: ", line)
    end
end


local function finish(ctx, w)
    if not R.hits then
        return nil
    end
    if R.score >= w.threshold then
        if w.mode == "block" then
            ctx.waf_blocked = true
            audit(ctx, w, "block")
            return 403, "the request was blocked by the edge's input filter",
                "request-blocked"
        end
        audit(ctx, w, "flag")
        return nil
    end
    audit(ctx, w, "pass")
    return nil
end


function _M.access(conf, route, ctx)
    local w = route._waf
    local g = conf.waf
    local gc = g._c

    -- 1. shape ------------------------------------------------------------
    local uri = ngx_var.request_uri
    if #uri > w.max_uri_length then
        return 414, "the request URI is longer than " .. w.max_uri_length
            .. " bytes", "uri-too-long"
    end
    local h, herr = get_headers(w.max_headers + 1)
    if herr == "truncated" then
        return 431, "more than " .. w.max_headers .. " request headers",
            "headers-too-large"
    end
    local hbytes = 0
    for name, value in pairs(h) do
        if type(value) == "table" then
            for i = 1, #value do
                hbytes = hbytes + #name + #value[i] + 4
            end
        else
            hbytes = hbytes + #name + #value + 4
        end
    end
    if hbytes > w.max_header_bytes then
        return 431, "the request headers are larger than "
            .. w.max_header_bytes .. " bytes", "headers-too-large"
    end
    local args, aerr = get_uri_args(w.max_args + 1)
    if aerr == "truncated" then
        return 400, "more than " .. w.max_args .. " query arguments",
            "too-many-arguments"
    end
    for name, value in pairs(args) do
        if #name > w.max_arg_name_length then
            return 400, "a query argument name is too long", "argument-too-long"
        end
        if type(value) == "string" and #value > w.max_arg_value_length then
            return 400, "query argument " .. sub(name, 1, 64) .. " is too long",
                "argument-too-long"
        elseif type(value) == "table" then
            for i = 1, #value do
                if type(value[i]) == "string" and #value[i] > w.max_arg_value_length then
                    return 400, "query argument " .. sub(name, 1, 64)
                        .. " is too long", "argument-too-long"
                end
            end
        end
    end
    local method = get_method()
    local ctype = header_one(h["content-type"])
    if header_one(h["content-encoding"]) then
        return 415, "compressed request bodies are not accepted",
            "unsupported-media-type"
    end
    local cl = header_one(h["content-length"])
    local has_body = (cl and cl ~= "0") or h["transfer-encoding"] ~= nil
    local media
    if ctype then
        local perr, status
        media, perr, status = parse_content_type(ctype, gc, has_body)
        if not media then
            return status or 400, perr, "invalid-content-type"
        end
    end
    if has_body then
        local n = tonumber(cl)
        if n and n > w.max_body_bytes then
            return 413, "the request body is larger than " .. w.max_body_bytes
                .. " bytes", "body-too-large"
        end
        if media and not media_allowed(w.media, media) then
            return 415, "content type " .. media .. " is not accepted here",
                "unsupported-media-type"
        end
    end

    -- 2. positive model ---------------------------------------------------
    local pstatus, pdetail = positive_path(w)
    if pstatus then
        return pstatus, pdetail, pstatus == 400 and "invalid-parameter" or nil
    end
    local adetail = positive_args(w, args)
    if adetail then
        return 400, adetail, "invalid-parameter"
    end

    -- 3. detection --------------------------------------------------------
    R.w = w
    R.stop = false
    R.shape = nil
    if w.mode == "off" or ctx.waf_trusted then
        -- bodies are still parsed: unparseable ones are refused
        R.off = true
        if has_body then
            local st, detail, slug = read_and_inspect_body(w, gc, h, ctype)
            R.off = false
            if st then
                return st, detail, slug
            end
            if R.shape then
                return 400, R.shape, "argument-too-long"
            end
        end
        R.off = false
        return nil
    end
    R.off = false
    R.score = 0
    R.threshold = w.threshold
    R.early = w.mode == "block"
    R.seen = nil
    R.hits = nil
    R.loc = "request"
    R.name = nil
    local on = w.on

    local target = sub(ngx_var.request or "", #method + 2, #method + 2)
    if protocol.check_request(h, method, target, gc, on, report) then
        return finish(ctx, w)
    end
    -- path (raw, so traversal that nginx would resolve is still seen)
    local qpos = find(uri, "?", 1, true)
    local raw_path = qpos and sub(uri, 1, qpos - 1) or uri
    if inspect(raw_path, "path", "path", nil) then
        return finish(ctx, w)
    end
    -- segments with more than name characters are values too (routers map
    -- them to parameters: /api/checkins/<user>)
    if find(raw_path, "[^%w/._~%-]") then
        for seg in gmatch(raw_path, "[^/]+") do
            if find(seg, "[^%w._~%-]") and inspect(normalize.url_decode(seg),
                                                   "value", "path", nil) then
                return finish(ctx, w)
            end
        end
    end
    -- query
    local foreign
    for name, value in pairs(args) do
        if on["session-fixation"] and protocol.session_name(name) then
            if foreign == nil then
                foreign = protocol.foreign_referer(h)
            end
            if foreign then
                R.loc, R.name = "query", name
                if report("session-fixation") then
                    return finish(ctx, w)
                end
            end
        end
        if inspect(name, "name", "query", name) then
            return finish(ctx, w)
        end
        if type(value) == "table" then
            for i = 1, #value do
                if inspect(value[i], "value", "query", name) then
                    return finish(ctx, w)
                end
            end
        elseif inspect(value, "value", "query", name) then
            return finish(ctx, w)
        end
    end
    -- headers and cookies
    if inspect_headers(gc, h) then
        return finish(ctx, w)
    end
    -- body
    if has_body then
        local st, detail, slug = read_and_inspect_body(w, gc, h, ctype)
        if st then
            return st, detail, slug
        end
        if R.shape then
            return 400, R.shape, "argument-too-long"
        end
    end
    return finish(ctx, w)
end


return _M
