-- The WAF's configuration schema (plain data, validated by edge.schema):
-- SCHEMA is the top-level "waf" section, ROUTE_SCHEMA each route's "waf"
-- field. The settings both may hold (mode, paranoia, threshold, on_error,
-- disabled_rules, exclusions) are written once, in SHARED.

local registry = require "edge.waf.registry"

local pairs = pairs
local tostring = tostring
local sort = table.sort
local concat = table.concat

local RULES = registry.RULES
local CLASSES = registry.CLASSES


local _M = { _VERSION = "0.1" }

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

-- Settings of both the global section and each route: a route's value
-- overrides the global one, so only the global fields have defaults.
local SHARED = {
    mode = {
        type = "string", enum = { "block", "detect", "off" },
        default = "block",
        description = "block: refuse at the threshold; detect: only log; "
                      .. "off: no detection (shape checks still apply)",
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
    on_error = {
        type = "string", enum = { "block", "pass" }, default = "block",
        description = "when inspection itself fails (a detector raises): "
                      .. "block (403, the default) or pass (fail open); "
                      .. "either way the error is logged and counted",
    },
}

-- Lists that add up: the route's entries come on top of the global ones.
local ADDITIVE = {
    disabled_rules = {
        type = "array", items = RULE_REF, default = {},
        description = "rules or classes off",
    },
    exclusions = {
        type = "array", items = EXCLUSION, default = {},
        description = "rules skipped for some places",
    },
}


local function shared_fields(fields, with_defaults, scope)
    for name, f in pairs(SHARED) do
        local copy = {}
        for k, v in pairs(f) do
            copy[k] = v
        end
        if not with_defaults then
            copy.default = nil
            copy.description = f.description .. " (overrides waf." .. name
                .. " for this route)"
        end
        fields[name] = copy
    end
    for name, f in pairs(ADDITIVE) do
        local copy = {}
        for k, v in pairs(f) do
            copy[k] = v
        end
        copy.description = f.description .. ", " .. scope
        fields[name] = copy
    end
    return fields
end

local ROUTE_SCHEMA = {
    type = "object", default = {},
    description = "this route's request shape, positive model and WAF "
                  .. "overrides",
    fields = {
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
        compressed_body = {
            type = "string", enum = { "reject", "size-only" }, default = "reject",
            description = "a body with a Content-Encoding (gzip...): 415, or take "
                          .. "it with its size checked and nothing in it inspected "
                          .. "(for a route that sends no body to a service)",
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
            description = "positive model of the query arguments (with "
                          .. "positive openapi: replace or add parameters "
                          .. "in every operation)",
        },
        positive = {
            type = "string", enum = { "openapi" },
            description = "openapi: the positive model (paths, methods, "
                          .. "query parameters, JSON body) is the route's "
                          .. "operations in its service's OpenAPI document "
                          .. "(services.*.openapi); args and unknown_args "
                          .. "then override it, path is refused. Absent: "
                          .. "args and path below",
        },
        positive_body = {
            type = "string", enum = { "check", "ignore" }, default = "check",
            description = "with positive openapi: check JSON bodies "
                          .. "against the operations' request body schemas, "
                          .. "or ignore those schemas (not even compiled; "
                          .. "the body is still parsed and inspected)",
        },
        unknown_args = {
            type = "string", enum = { "allow", "reject" },
            description = "query arguments without a rule in args: allow "
                          .. "(and inspect; the default) or reject (400); "
                          .. "with positive openapi, replaces the "
                          .. "operations' x-unknown-parameters",
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
    },
}
shared_fields(ROUTE_SCHEMA.fields, false, "this route only")

local IP_OR_CIDR = {
    type = "string", min = 2, max = 64,
    pattern = [=[^(?:[0-9.]+|[0-9a-fA-F:.]+)(?:/\d{1,3})?\z]=],
    description = "an IPv4/IPv6 address or CIDR block",
}

local SCHEMA = {
    type = "object", default = {},
    description = "input filtering (WAF) and client reputation",
    fields = {
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
            type = "boolean", default = false,
            description = "header names with characters outside A-Z a-z "
                          .. "0-9 - (X_Client_Id, a.b): false (default) "
                          .. "removes them before proxying, as nginx's own "
                          .. "ignore_invalid_headers would (CGI/WSGI "
                          .. "servers map X_Forwarded_For and "
                          .. "X-Forwarded-For to one variable); true "
                          .. "refuses them as an attack "
                          .. "(protocol-header-name)",
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

shared_fields(SCHEMA.fields, true, "every route")

_M.SCHEMA = SCHEMA
_M.ROUTE_SCHEMA = ROUTE_SCHEMA


return _M
