-- The positive model from the services' OpenAPI 3.1 documents, compiled
-- once at init (edge.waf.compile) into a route's read-only plan (w.api):
--
--   route_plan(name, route, conf) -> { exact = {path = t}, templates = {t} }
--   t  = { pattern, params, ops = { METHOD = op }, allow, allow_headers }
--   op = { args, required, unknown_args, unknown_detail, positive_args,
--          body }                       (edge.waf.positive's plan fields)
--
-- A route with waf.positive = "openapi" takes, from the document its
-- service names (config services.*.openapi, a JSON file: the edge starts
-- without the services, so it never fetches it), every path under its
-- match prefixes or exact paths, and for each operation:
--   path template /a/{x}     -> an anchored regex, a rule per parameter
--   parameters in: query     -> args (type, bounds, lengths, pattern, enum,
--                               const, not.enum, required; one value each)
--   x-unknown-parameters     -> unknown_args (reject | allow; absent: allow)
--   requestBody application/json schema -> a body schema checked on the
--                               decoded JSON (type, properties, required,
--                               additionalProperties false, items, counts,
--                               lengths, bounds, pattern, enum, const)
-- The route's waf.args entries replace or add query parameters in every
-- operation, its waf.unknown_args replaces the policy, its
-- waf.positive_body = "ignore" leaves the body schemas out.
-- Anything else that constrains a value (oneOf, allOf, multipleOf, an
-- array parameter, a number's exclusive bound...) stops the edge with a
-- message naming it: never checked loosely by mistake. Left to the
-- service, on purpose: header and cookie parameters, format (an
-- annotation in JSON Schema 2020-12), other media types' bodies, whether
-- a body is required.

local cjson = require "cjson.safe"
local positive = require "edge.waf.positive"
local sorted_keys = require("edge.schema").sorted_keys

local ngx_re = ngx.re

local pairs = pairs
local ipairs = ipairs
local next = next
local type = type
local pcall = pcall
local error = error
local tostring = tostring
local getenv = os.getenv
local io_open = io.open
local floor = math.floor
local fmt = string.format
local find = string.find
local sub = string.sub
local gsub = string.gsub
local upper = string.upper
local match = string.match
local sort = table.sort
local concat = table.concat

local NULL = cjson.null


local _M = { _VERSION = "0.1" }

local METHOD_ORDER = { "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE",
                       "OPTIONS" }
local DOC_METHODS = { get = true, head = true, post = true, put = true,
                      patch = true, delete = true, options = true }

-- keywords that say something about a value but constrain nothing
local ANNOTATIONS = {
    description = true, title = true, default = true, example = true,
    examples = true, deprecated = true, format = true, ["$comment"] = true,
    readOnly = true, writeOnly = true,
}

local PARAM_KEYWORDS = {
    type = true, minimum = true, maximum = true, exclusiveMinimum = true,
    exclusiveMaximum = true, minLength = true, maxLength = true,
    pattern = true, enum = true, const = true, ["not"] = true,
}

local BODY_KEYWORDS = {
    type = true, minimum = true, maximum = true, exclusiveMinimum = true,
    exclusiveMaximum = true, minLength = true, maxLength = true,
    pattern = true, enum = true, const = true, properties = true,
    required = true, additionalProperties = true, items = true,
    minItems = true, maxItems = true, minProperties = true,
    maxProperties = true,
}

local PARAM_FIELDS = {
    name = true, ["in"] = true, required = true, description = true,
    schema = true, deprecated = true, example = true, examples = true,
    style = true, explode = true,
}

local TYPE_DETAIL = {
    object = "an object", array = "an array", string = "a string",
    integer = "an integer", number = "a number", boolean = "true or false",
    null = "null",
}


local function fail(where, msg)
    error(where .. ": " .. msg, 0)
end


-- "#/components/parameters/user" in doc (JSON Pointer, ~1 and ~0)
local function resolve(doc, node, where)
    for _ = 1, 32 do
        if type(node) ~= "table" then
            fail(where, "expected an object")
        end
        local ref = node["$ref"]
        if ref == nil then
            return node
        end
        if type(ref) ~= "string" or sub(ref, 1, 2) ~= "#/" then
            fail(where, "$ref " .. tostring(ref) .. " is not in this document "
                 .. "(only #/... references are read)")
        end
        local target = doc
        for part in (sub(ref, 3) .. "/"):gmatch("([^/]*)/") do
            part = gsub(gsub(part, "~1", "/"), "~0", "~")
            target = type(target) == "table" and target[part] or nil
        end
        if target == nil then
            fail(where, "$ref " .. ref .. " points at nothing")
        end
        node = target
    end
    fail(where, "$ref chain longer than 32")
end


local function unsupported(s, allowed, where)
    for _, k in ipairs(sorted_keys(s)) do
        if not allowed[k] and not ANNOTATIONS[k] and not find(k, "^x%-") then
            fail(where .. "." .. k, "not supported by the edge's positive "
                 .. "model (refused rather than checked loosely)")
        end
    end
end


local function check_regex(p, where)
    local ok, _, _, err = pcall(ngx_re.find, "", p, "jo")
    if not ok or err then
        fail(where, "invalid regex for PCRE: " .. tostring(err or _))
    end
    return p
end


local function number(v, where)
    if type(v) ~= "number" then
        fail(where, "expected a number")
    end
    return v
end


local function count(v, where)
    if type(v) ~= "number" or v < 0 or v % 1 ~= 0 then
        fail(where, "expected a non-negative integer")
    end
    return v
end


-- minimum/maximum/exclusive* of an integer or number schema into min, max
local function bounds(s, t, where)
    local min = s.minimum ~= nil and number(s.minimum, where .. ".minimum")
    local max = s.maximum ~= nil and number(s.maximum, where .. ".maximum")
    if s.exclusiveMinimum ~= nil or s.exclusiveMaximum ~= nil then
        if t ~= "integer" then
            fail(where, "exclusiveMinimum/exclusiveMaximum are supported on "
                 .. "integers only")
        end
        local lo = s.exclusiveMinimum
        if lo ~= nil then
            lo = floor(number(lo, where .. ".exclusiveMinimum")) + 1
            min = (min and min > lo) and min or lo
        end
        local hi = s.exclusiveMaximum
        if hi ~= nil then
            hi = -floor(-number(hi, where .. ".exclusiveMaximum")) - 1
            max = (max and max < hi) and max or hi
        end
    end
    if (min or max) and t ~= "integer" and t ~= "number" then
        fail(where, "minimum/maximum need type integer or number")
    end
    if min and max and min > max then
        fail(where, "minimum is greater than maximum")
    end
    return min or nil, max or nil
end


local function json_scalar_list(list, where)
    if type(list) ~= "table" or #list == 0 then
        fail(where, "expected a non-empty array")
    end
    for i, v in ipairs(list) do
        local t = type(v)
        if t ~= "string" and t ~= "number" and t ~= "boolean" then
            fail(where .. "[" .. i .. "]", "only strings, numbers and "
                 .. "booleans are supported")
        end
    end
    return list
end


-- The values a schema allows: its "const" (one) or its "enum", checked
-- (json_scalar_list); nil when it names neither.
local function enum_values(s, where)
    local enum = s.enum
    if s.const ~= nil then
        enum = { s.const }
    end
    return enum ~= nil and json_scalar_list(enum, where .. ".enum") or nil
end


-- A parameter's schema as a waf.args rule (values are text: numbers and
-- booleans in enums are compared as the text they are written as).
local function param_rule(doc, schema, where)
    local s = resolve(doc, schema, where)
    unsupported(s, PARAM_KEYWORDS, where)
    local t = s.type or "string"
    if t ~= "integer" and t ~= "number" and t ~= "string"
            and t ~= "boolean" then
        fail(where .. ".type", "parameters of type " .. tostring(cjson.encode(t))
             .. " are not supported (integer, number, string, boolean)")
    end
    local min, max = bounds(s, t, where)
    local rule = {
        type = t, min = min, max = max,
        min_length = s.minLength ~= nil and count(s.minLength, where
                                                  .. ".minLength") or nil,
        max_length = s.maxLength ~= nil and count(s.maxLength, where
                                                  .. ".maxLength") or nil,
    }
    if s.pattern ~= nil then
        if type(s.pattern) ~= "string" then
            fail(where .. ".pattern", "expected a string")
        end
        rule.pattern = check_regex(s.pattern, where .. ".pattern")
    end
    local enum = enum_values(s, where)
    if enum then
        rule.enum = {}
        for i, v in ipairs(enum) do
            rule.enum[i] = tostring(v)
        end
    end
    if s["not"] ~= nil then
        local n = resolve(doc, s["not"], where .. ".not")
        for k in pairs(n) do
            if k ~= "enum" then
                fail(where .. ".not." .. k, "only not: {enum: [...]} is "
                     .. "supported")
            end
        end
        rule.forbidden = {}
        for i, v in ipairs(json_scalar_list(n.enum, where .. ".not.enum")) do
            rule.forbidden[i] = tostring(v)
        end
    end
    return rule
end


local function range_detail(min, max)
    if min and max then
        return fmt("between %s and %s", tostring(min), tostring(max))
    elseif min then
        return "at least " .. tostring(min)
    end
    return "at most " .. tostring(max)
end


-- A request body's JSON Schema as a node edge.waf.positive.body walks.
local function body_node(doc, schema, where, depth)
    if depth > 32 then
        fail(where, "nested deeper than 32")
    end
    local s = resolve(doc, schema, where)
    unsupported(s, BODY_KEYWORDS, where)
    local node = {}
    local t = s.type
    if t ~= nil then
        if not TYPE_DETAIL[t] then
            fail(where .. ".type", "type " .. tostring(cjson.encode(t))
                 .. " is not supported (one of object, array, string, "
                 .. "integer, number, boolean, null)")
        end
        node.type, node.type_detail = t, TYPE_DETAIL[t]
    end
    node.min, node.max = bounds(s, t, where)
    if node.min or node.max then
        node.range_detail = range_detail(node.min, node.max)
    end
    if s.minLength ~= nil or s.maxLength ~= nil then
        node.min_length = s.minLength ~= nil
            and count(s.minLength, where .. ".minLength") or nil
        node.max_length = s.maxLength ~= nil
            and count(s.maxLength, where .. ".maxLength") or nil
        node.length_detail = fmt("%d to %s characters", node.min_length or 0,
                                 tostring(node.max_length or "any"))
    end
    if s.pattern ~= nil then
        node.pattern = positive.end_anchored(
            check_regex(s.pattern, where .. ".pattern"))
    end
    local enum = enum_values(s, where)
    if enum then
        node.enum = {}
        for _, v in ipairs(enum) do
            node.enum[v] = true
        end
    end
    if s.properties ~= nil then
        node.properties = {}
        local names = sorted_keys(s.properties)
        for _, k in ipairs(names) do
            node.properties[k] = body_node(doc, s.properties[k],
                                           where .. ".properties." .. k,
                                           depth + 1)
        end
        node.names, node.single = concat(names, ", "), #names == 1
    end
    local ap = s.additionalProperties
    if ap == false then
        node.closed = true
        node.properties = node.properties or {}
        node.names = node.names or "no properties"
    elseif ap ~= nil and ap ~= true then
        fail(where .. ".additionalProperties", "only true or false is "
             .. "supported")
    end
    if s.required ~= nil then
        node.required = {}
        for i, k in ipairs(json_scalar_list(s.required, where
                                            .. ".required")) do
            node.required[i] = tostring(k)
        end
    end
    if s.items ~= nil then
        node.items = body_node(doc, s.items, where .. ".items", depth + 1)
    end
    local lo = s.minItems or s.minProperties
    local hi = s.maxItems or s.maxProperties
    if lo ~= nil or hi ~= nil then
        local kind = (s.minItems or s.maxItems) and "Items" or "Properties"
        if lo ~= nil then
            lo = count(lo, where .. ".min" .. kind)
        end
        if hi ~= nil then
            hi = count(hi, where .. ".max" .. kind)
        end
        if kind == "Items" then
            node.min_items, node.max_items = lo, hi
        else
            node.min_props, node.max_props = lo, hi
        end
        node.count_detail = fmt("%d to %s", lo or 0, tostring(hi or "any"))
    end
    return node
end


local function request_body(doc, rb, where)
    rb = resolve(doc, rb, where)
    local content = rb.content
    if type(content) ~= "table" then
        fail(where .. ".content", "is required")
    end
    local json = content["application/json"]
    if json == nil or json.schema == nil then
        return nil      -- other media types: left to the service
    end
    return body_node(doc, json.schema, where
                     .. ".content.application/json.schema", 1)
end


-- Path-item and operation parameters (the operation's win), resolved.
local function parameters(doc, item, op, where)
    local by_key, order = {}, {}
    for _, src in ipairs({ { item.parameters, where .. ".parameters" },
                           { op.parameters, where .. ".OP.parameters" } }) do
        local list = src[1]
        if list ~= nil then
            if type(list) ~= "table" then
                fail(src[2], "expected an array")
            end
            for i, p in ipairs(list) do
                local pw = src[2] .. "[" .. i .. "]"
                p = resolve(doc, p, pw)
                if type(p.name) ~= "string" or type(p["in"]) ~= "string" then
                    fail(pw, "name and in are required")
                end
                local key = p["in"] .. ":" .. p.name
                if not by_key[key] then
                    order[#order + 1] = key
                end
                by_key[key] = { p = p, where = pw }
            end
        end
    end
    local out = {}
    for i, key in ipairs(order) do
        out[i] = by_key[key]
    end
    return out
end


local function check_param_fields(p, where)
    for _, k in ipairs(sorted_keys(p)) do
        if not PARAM_FIELDS[k] and not find(k, "^x%-") then
            fail(where .. "." .. k, "not supported by the edge's positive "
                 .. "model (refused rather than checked loosely)")
        end
    end
    if p.schema == nil then
        fail(where .. ".schema", "is required (content is not supported)")
    end
    local style, explode = p.style, p.explode
    if p["in"] == "query" and ((style ~= nil and style ~= "form")
                               or (explode ~= nil and explode ~= true)) then
        fail(where, "query parameters must use style form, explode true")
    end
    if p["in"] == "path" and style ~= nil and style ~= "simple" then
        fail(where .. ".style", "path parameters must use style simple")
    end
end


-- "/api/checkins/{user}" -> "^/api/checkins/([^/]+)\z", { "user" }
local function template_regex(path, where)
    local names, seen = {}, {}
    local re = gsub(path, "([^{}]*)({?[^{}]*}?)", function(lit, var)
        lit = gsub(lit, "[%^%$%(%)%%%.%[%]%*%+%-%?|\\]", "\\%0")
        if var == "" then
            return lit
        end
        local name = match(var, "^{([^{}/]+)}$")
        if not name then
            fail(where, "malformed path template")
        end
        if seen[name] then
            fail(where, "parameter {" .. name .. "} appears twice")
        end
        seen[name] = true
        names[#names + 1] = name
        return lit .. "([^/]+)"
    end)
    return "^" .. re .. "\\z", names
end


-- Is a document path served by this match (nginx: exact or prefix)?
local function under(path, m)
    if m.exact then
        return path == m.exact
    end
    return sub(path, 1, #m.prefix) == m.prefix
end


local function same(a, b)
    if type(a) ~= "table" or type(b) ~= "table" then
        return a == b
    end
    for k, v in pairs(a) do
        if not same(v, b[k]) then
            return false
        end
    end
    for k in pairs(b) do
        if a[k] == nil then
            return false
        end
    end
    return true
end


-- One document path for a route: its operations the route serves
-- (method_set: the route's methods, as a set).
local function compile_path(doc, path, method_set, where, overrides)
    local item = resolve(doc, doc.paths[path], where)
    local pattern, names = template_regex(path, where)
    local t = { ops = {}, params = {} }
    if #names > 0 then
        t.pattern = check_regex(pattern, where)
    end
    local methods = {}
    for m in pairs(item) do
        if DOC_METHODS[m] then
            methods[#methods + 1] = m
        end
    end
    sort(methods)
    local path_rules = {}
    for _, method in ipairs(methods) do
        local ow = where .. "." .. method
        local op = resolve(doc, item[method], ow)
        local args = {}
        for _, e in ipairs(parameters(doc, item, op, where)) do
            local p, pw = e.p, gsub(e.where, "%.OP%.", "." .. method .. ".")
            check_param_fields(p, pw)
            local rule = param_rule(doc, p.schema, pw .. ".schema")
            if p["in"] == "query" then
                rule.required = p.required == true
                args[p.name] = rule
            elseif p["in"] == "path" then
                if p.required ~= true then
                    fail(pw .. ".required", "path parameters are required")
                end
                local known = path_rules[p.name]
                if known and not same(known, rule) then
                    fail(pw, "path parameter " .. p.name .. " differs "
                         .. "between operations of one path")
                end
                path_rules[p.name] = rule
            end
            -- header and cookie parameters: left to the service
        end
        for name, rule in pairs(overrides.args) do
            args[name] = rule
        end
        local unknown = op["x-unknown-parameters"]
        if unknown ~= nil and unknown ~= "reject" and unknown ~= "allow" then
            fail(ow .. ".x-unknown-parameters", "expected reject or allow")
        end
        local plan = positive.args_plan({}, args, overrides.unknown_args
                                         or unknown or "allow")
        if op.requestBody ~= nil and overrides.body ~= "ignore" then
            plan.body = request_body(doc, op.requestBody, ow .. ".requestBody")
        end
        local m = upper(method)
        if method_set[m] then
            t.ops[m] = plan
        end
        if m == "GET" and item.head == nil and method_set.HEAD then
            t.ops.HEAD = plan
        end
    end
    for i, name in ipairs(names) do
        local rule = path_rules[name]
        if not rule then
            fail(where, "{" .. name .. "} has no path parameter")
        end
        t.params[i] = positive.rule(name, rule)
    end
    for name in pairs(path_rules) do
        if not find(path, "{" .. name .. "}", 1, true) then
            fail(where, "path parameter " .. name .. " is not in the path")
        end
    end
    local allow = {}
    for _, m in ipairs(METHOD_ORDER) do
        if t.ops[m] then
            allow[#allow + 1] = m
        end
    end
    t.allow = concat(allow, ", ")
    t.allow_headers = { Allow = t.allow }
    return t
end


-- A relative document path is relative to the config file's directory.
local function file_path(p)
    if sub(p, 1, 1) == "/" then
        return p
    end
    local config = getenv("EDGE_CONFIG") or ""
    local dir = match(config, "^(.*)/[^/]*$")
    return (dir and dir ~= "" and dir .. "/" or "") .. p
end


function _M.load(p, where)
    local path = file_path(p)
    local f, err = io_open(path, "rb")
    if not f then
        fail(where, "cannot read the OpenAPI document: " .. tostring(err))
    end
    local text = f:read("*a")
    f:close()
    local doc, derr = cjson.decode(text)
    if type(doc) ~= "table" then
        fail(where, path .. " is not JSON: " .. tostring(derr))
    end
    if type(doc.openapi) ~= "string" or not find(doc.openapi, "^3%.1%.") then
        fail(where, path .. " is not an OpenAPI 3.1 document")
    end
    if type(doc.paths) ~= "table" or doc.paths == NULL then
        fail(where, path .. " has no paths")
    end
    return doc, path
end


-- The paths a route serves: its match, or (a route costly requests are
-- escalated to has none) the match of the routes escalating to it.
local function route_matches(name, route, conf)
    local out = {}
    local function add(rname, r)
        for i, m in ipairs(r.match or {}) do
            out[#out + 1] = {
                m = m, service = m.service or r.service,
                where = fmt("config.routes.%s.match[%d]", rname, i),
            }
        end
    end
    if route.match then
        add(name, route)
        return out
    end
    for _, other in ipairs(sorted_keys(conf.routes)) do
        for _, rule in ipairs(conf.routes[other].escalate or {}) do
            if rule.to == name then
                add(other, conf.routes[other])
                break
            end
        end
    end
    return out
end


function _M.route_plan(name, route, conf)
    local base = "config.routes." .. name
    local r = route.waf
    if r.path then
        fail(base .. ".waf.path", "not with positive \"openapi\" (the "
             .. "document gives the paths)")
    end
    local method_set = {}
    for _, m in ipairs(route.methods) do
        method_set[m] = true
    end
    local matches = route_matches(name, route, conf)
    if #matches == 0 then
        fail(base .. ".waf.positive", "needs the route's match, or a route "
             .. "escalating to it (the paths whose operations apply)")
    end
    local overrides = { args = r.args, unknown_args = r.unknown_args,
                        body = r.positive_body }
    local plan = { exact = {}, templates = {} }
    local seen, files = {}, {}
    for _, e in ipairs(matches) do
        local m, mw = e.m, e.where
        if m.upstream_path then
            fail(mw .. ".upstream_path", "not with waf.positive \"openapi\" "
                 .. "(the document's paths are the service's own)")
        end
        local svc_name = e.service
        local svc = conf.services[svc_name]
        if not svc.openapi then
            fail("config.services." .. svc_name .. ".openapi", "is required "
                 .. "by " .. base .. ".waf.positive")
        end
        local doc, file = _M.load(svc.openapi, "config.services." .. svc_name
                                  .. ".openapi")
        files[#files + 1] = file
        for _, path in ipairs(sorted_keys(doc.paths)) do
            if under(path, m) and not seen[path] then
                seen[path] = true
                local t = compile_path(doc, path, method_set, file .. ": paths."
                                       .. path, overrides)
                if t.pattern then
                    plan.templates[#plan.templates + 1] = t
                else
                    plan.exact[path] = t
                end
            end
        end
    end
    if not next(seen) then
        fail(base .. ".waf.positive", "no path of " .. concat(files, ", ")
             .. " is under this route's match")
    end
    for _, m in ipairs(route.methods) do
        local found = false
        for _, t in pairs(plan.exact) do
            found = found or t.ops[m] ~= nil
        end
        for _, t in ipairs(plan.templates) do
            found = found or t.ops[m] ~= nil
        end
        if not found then
            fail(base .. ".methods", m .. " is in no operation of "
                 .. concat(files, ", ") .. " under this route's match")
        end
    end
    return plan
end


return _M
