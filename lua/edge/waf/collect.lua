-- Walk the request's parts into the transaction's inspection, in the
-- order a request is cheapest to refuse: request line and headers'
-- syntax, path, query, headers and cookies, then the body.
--
--   read_body(tx, req) -> nil, body | status, detail, slug
--       reads the body (this yields: the transaction lives in ngx.ctx)
--   request(tx, req) -> stop          everything but the body
--   body(tx, req, body, schema) -> nil | status, detail, slug
--       parses the body by its declared type (unparseable: 400), holds a
--       JSON body to schema (the operation's, edge.waf.positive: 400
--       "invalid-body") and inspects its names and values; a type that is not text (images,
--       octet streams: parse.textual) is size-checked only, and so is a
--       compressed body on a route that takes them (compressed_body)
-- `req` is what edge.waf.shape found (headers, args, uri, media, params).

local normalize = require "edge.waf.normalize"
local parse = require "edge.waf.parse"
local inspect = require("edge.waf.inspect").inspect
local protocol = require "edge.waf.detect.protocol"
local positive = require "edge.waf.positive"
local re_find = require("edge.waf.re").find

local ngx = ngx
local ngx_var = ngx.var
local get_method = ngx.req.get_method
local unescape_uri = ngx.unescape_uri

local type = type
local pairs = pairs
local setmetatable = setmetatable
local find = string.find
local sub = string.sub
local byte = string.byte
local char = string.char
local lower = string.lower
local gmatch = string.gmatch
local concat = table.concat


local _M = { _VERSION = "0.1" }


-- A session-looking name (sid, sessionid) set from another site's page.
local function session_check(tx, loc, name, json)
    if tx.off or not tx.on["session-fixation"]
            or not (json and protocol.framework_session_name(name)
                    or not json and protocol.session_name(name)) then
        return false
    end
    if tx.foreign == nil then
        tx.foreign = protocol.foreign_referer(tx.headers)
    end
    if tx.foreign then
        tx.loc, tx.name = loc, name
        return tx.report("session-fixation")
    end
    return false
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


-- A cookie that holds a form ("isGpcEnabled=0&datestamp=Wed+Dec+04+2026
-- +10%3A00%3A00&groups=C0001%3A1%2CC0002%3A0", a consent banner's; an
-- analytics tool's settings) is read as a form, as a query string is: each
-- piece's name and value, decoded once, inspected on their own. As sent it
-- is inert: names and URL-encoded values joined by "&", no quote, space,
-- markup or shell syntax (to a shell, "a=1&b=2" is two assignments). The
-- whole went the long way through every detector: ~330k instructions for
-- OneTrust's consent cookie, on every request of a site that shows one.
-- (possessive: no piece's characters hold "&" or "=", and a frame kept
-- per piece overflowed PCRE's JIT stack on a cookie of a thousand pieces)
local RE_FORM_COOKIE = [=[^[a-z_][\w.-]*+=[\w.~+%:,-]*+(?:&[a-z_][\w.-]*+=[\w.~+%:,-]*+)++$]=]


-- (RE_FORM_COOKIE matched: every piece between two "&" has a name and
-- an "=")
local function form_cookie(tx, cname, cvalue)
    local i, n = 1, #cvalue
    while i <= n do
        local amp = find(cvalue, "&", i, true) or n + 1
        local eq = find(cvalue, "=", i, true)
        if inspect(tx, unescape_uri(sub(cvalue, i, eq - 1)), "name", "cookie", cname)
                or inspect(tx, unescape_uri(sub(cvalue, eq + 1, amp - 1)), "value", "cookie",
                           cname) then
            return true
        end
        i = amp + 1
    end
    return false
end


-- Lua's white space (%s): space, \t \n \v \f \r
local SPACE = { [32] = true, [9] = true, [10] = true, [11] = true, [12] = true, [13] = true }


-- Each "name=value" between ";" (empty ones skipped): the name without
-- the white space around it, the value as sent after the first "=" ("" when
-- there is none). Plain finds: Lua's pattern functions are not compiled
-- by LuaJIT (its traces end there), and every browser sends cookies.
local function cookies(tx, value)
    local all = type(value) == "table" and concat(value, ";") or value
    local i, n = 1, #all
    while i <= n do
        local semi = find(all, ";", i, true) or n + 1
        if semi > i then
            local eq = find(all, "=", i, true)
            if eq and eq > semi then
                eq = nil
            end
            local from, to = i, (eq or semi) - 1
            while from <= to and SPACE[byte(all, from)] do
                from = from + 1
            end
            while to >= from and SPACE[byte(all, to)] do
                to = to - 1
            end
            local cname = sub(all, from, to)
            if inspect(tx, cname, "name", "cookie", cname) then
                return true
            end
            local cvalue = eq and sub(all, eq + 1, semi - 1) or ""
            if find(cvalue, "&", 1, true) and re_find(cvalue, RE_FORM_COOKIE, "joi") then
                if form_cookie(tx, cname, cvalue) then
                    return true
                end
            elseif inspect(tx, cvalue, "value", "cookie", cname) then
                return true
            end
        end
        i = semi + 1
    end
    return false
end


-- Referer and Origin name the page a browser came from: a URL as the
-- browser wrote it, its own escapes in it ("q=how+to+use+%3Cscript%3E" is
-- a search on another site). Such a URL is not code injection: only a
-- value a browser would not have sent (a space, a quote, markup, a
-- backslash, anything but an absolute http(s) URL) is inspected.
local RE_BROWSER_URL = [=[^https?://[a-z0-9.-]+(?::\d+)?(?:[/?#][^\s"'<>`\\{}|^\[\]]*)?$]=]
local URL_HEADERS = { referer = true, origin = true }


local function browser_url(name, value)
    return URL_HEADERS[name] and type(value) == "string"
        and re_find(value, RE_BROWSER_URL, "joi") ~= nil
end


-- A User-Agent as browsers, apps and HTTP libraries write it (RFC 9110
-- 10.1.5): a first product "name/version", then products and comments
-- "(a; b c)" one space apart, every word starting with a letter or digit
-- and holding only letters, digits and . _ : , + - (a word in a comment
-- may be a "name/version" too). Such a value has no quote to close a
-- literal with, no markup, no $ { } ` | & < > = \ %, no URL, no path
-- beyond one "name/version" and no "..": nothing in it can leave a SQL
-- string or a shell word, start a tag, a template or a lookup, or name a
-- file, and a shell or SQL parser given it unquoted stops at its "(".
-- So it is not inspected: a browser's agent was ~180k instructions
-- through the detectors, each request (callgrind, 2026-12-04). Anything
-- else (a bot's "+http://...", a scanner's, a payload) goes the long way.
local TOKEN = [=[[A-Za-z0-9][A-Za-z0-9._:,+-]*]=]
local WORD = TOKEN .. "(?:/" .. TOKEN .. ")?"
local ITEM = WORD .. "(?: " .. WORD .. ")*"
local RE_AGENT = "^" .. TOKEN .. "/" .. TOKEN .. "(?: (?:" .. WORD .. "|\\(" .. ITEM
    .. "(?:; " .. ITEM .. ")*\\)))*\\z"
local MAX_AGENT = 512


local function browser_agent(name, value)
    return name == "user-agent" and type(value) == "string"
        and #value <= MAX_AGENT and not find(value, "..", 1, true)
        and re_find(value, RE_AGENT, "jo") ~= nil
end


local function headers(tx, gc, h)
    for name, value in pairs(h) do
        if name == "cookie" then
            if cookies(tx, value) then
                return true
            end
        elseif not skipped_header(gc, name) and not browser_url(name, value)
                and not browser_agent(name, value) then
            if type(value) == "table" then
                for i = 1, #value do
                    if inspect(tx, value[i], "header", "header", name) then
                        return true
                    end
                end
            else
                if inspect(tx, value, "header", "header", name) then
                    return true
                end
                if find(name, "file", 1, true) and find(name, "name", 1, true)
                        and inspect(tx, value, "filename", "header", name) then
                    return true
                end
            end
        end
    end
    return false
end


local function query(tx, args)
    for name, value in pairs(args) do
        if session_check(tx, "query", name)
                or inspect(tx, name, "name", "query", name) then
            return true
        end
        if type(value) == "table" then
            for i = 1, #value do
                if inspect(tx, value[i], "value", "query", name) then
                    return true
                end
            end
        elseif inspect(tx, value, "value", "query", name) then
            return true
        end
    end
    return false
end


-- The bytes of a path segment that is only a name (letters, digits and
-- . _ ~ -), and "/": a table lookup per byte (string.find with a pattern
-- set is not compiled by LuaJIT: it leaves the trace, and costs ~80
-- instructions a byte; every request's path went through it).
local NAME_BYTE = {}
for c = 0, 255 do
    NAME_BYTE[c] = find(char(c), "[%w._~%-]") ~= nil
end
local SLASH = 47


-- Whether s has a byte that is neither a name's nor, when slash, "/".
local function has_other(s, slash)
    for k = 1, #s do
        local c = byte(s, k)
        if not NAME_BYTE[c] and not (slash and c == SLASH) then
            return true
        end
    end
    return false
end


local function path(tx, uri)
    -- raw, so traversal that nginx would resolve is still seen
    local qpos = find(uri, "?", 1, true)
    local raw_path = qpos and sub(uri, 1, qpos - 1) or uri
    if inspect(tx, raw_path, "path", "path", nil) then
        return true
    end
    -- segments with more than name characters are values too (routers map
    -- them to parameters: /api/checkins/<user>)
    if has_other(raw_path, true) then
        for seg in gmatch(raw_path, "[^/]+") do
            if has_other(seg, false) and inspect(tx, normalize.url_decode(seg),
                                                 "value", "path", nil) then
                return true
            end
        end
    end
    return false
end


function _M.request(tx, req, gc)
    local h = req.headers
    local method = get_method()
    local target = sub(ngx_var.request or "", #method + 2, #method + 2)
    local on, report = tx.on, tx.report
    tx.loc, tx.name = "request", nil
    return protocol.check_request(h, method, target, gc, on, report)
        or path(tx, req.uri)
        or query(tx, req.args)
        or headers(tx, gc, h)
end


-- Body ------------------------------------------------------------------------

-- What the body parsers find (parse's sink): values to the detectors,
-- names checked too.
local function body_item(tx, kind, name, value)
    if tx.stop then
        return
    end
    local stop
    if kind == "arg" then
        if name and #name > tx.w.max_arg_name_length then
            tx.shape = "an argument name is too long"
            tx.stop = true
            return
        end
        stop = (name and session_check(tx, "body", name))
            or inspect(tx, name, "name", "body", name)
            or inspect(tx, value, "value", "body", name)
    elseif kind == "key" then
        -- a key's verdict is its string's (its name is itself): the
        -- same key in each object of an array is inspected once
        local seen = tx.keys_seen
        if not seen then
            seen = {}
            tx.keys_seen = seen
        elseif seen[name] then
            return
        end
        seen[name] = true
        -- (a JSON key is a session name only as a framework spells one:
        -- edge.waf.detect.protocol's framework_session_name)
        stop = session_check(tx, "body", name, true)
            or inspect(tx, value, "key", "body", name)
    elseif kind == "value" then
        stop = inspect(tx, value, "value", "body", name)
    elseif tx.off then
        return
    elseif kind == "filename" then
        tx.loc, tx.name = "filename", name
        stop = protocol.multipart_name(value, tx.on, tx.report)
            or inspect(tx, value, "filename", "filename", name)
    elseif kind == "part-name" then
        tx.loc, tx.name = "body", name
        stop = protocol.multipart_name(name, tx.on, tx.report)
    elseif kind == "xxe" then
        tx.loc, tx.name = "body", nil
        stop = tx.on["xxe"] and tx.report("xxe")
    end
    if stop then
        tx.stop = true
    end
end


-- The parsers' sink: a table holding the transaction, called through
-- this metatable (no closure made per request: creating one ends the
-- JIT trace)
local SINK_MT = {
    __call = function(self, kind, name, value)
        return body_item(self.tx, kind, name, value)
    end,
}


function _M.read_body(tx)
    local body, err = parse.read_body(tx.w.max_body_bytes)
    if not body then
        if err == "too large" then
            return 413, "the request body is too large", "body-too-large"
        end
        return 400, "the request body could not be read", "invalid-body"
    end
    return nil, body
end


local TOO_MANY = {
    ["too many arguments"] = true, ["too many multipart parts"] = true,
}


-- A text or untyped body: a JSON document as JSON (what sendBeacon and
-- the Reporting API post as text/plain: its keys and values, not one
-- "name" up to the first "=" of a URL inside it), else name=value pairs
-- or the whole text (parse.text).
local function text_body(body, w, sink)
    if find(body, "^%s*[%[{]") then
        local n = parse.json(body, w.json, w.max_json_items, sink)
        if n then
            return n
        end
    end
    return parse.text(body, w.max_args, sink)
end


function _M.body(tx, req, body, schema)
    -- (a compressed body the route takes: its size was checked, its bytes
    -- cannot be read)
    if body == "" or req.compressed then
        return nil
    end
    local w = tx.w
    local media, params = req.media, req.params
    local cs = params and params.charset and lower(params.charset)
    tx.single_byte = cs ~= nil and cs ~= "utf-8" and cs ~= "us-ascii"
    local sink = setmetatable({ tx = tx }, SINK_MT)
    local n, perr
    if not media then
        if w.untyped_body ~= "inspect" then
            return 415, "a request body needs a Content-Type",
                "unsupported-media-type"
        end
        n, perr = text_body(body, w, sink)
    elseif media == "application/x-www-form-urlencoded" then
        n, perr = parse.form(body, w.max_args, sink)
    elseif media == "multipart/form-data" then
        n, perr = parse.multipart(body, params.boundary, w.max_args, sink)
    elseif find(media, "json$") or media == "application/csp-report" then
        -- decoded and counted, then held to the operation's schema, then
        -- its keys and values to the detectors (none when nothing is
        -- inspected: mode off, a trusted client): a body the service
        -- would refuse costs no detection (a 60 KB note where 2,000
        -- characters are allowed); with no schema, one pass: the walk
        -- counts as it goes
        local walker = not tx.off and sink or nil
        n, perr = parse.json(body, w.json, w.max_json_items, not schema and walker or nil)
        if n and schema then
            local detail = positive.body(schema, perr)
            if detail then
                return 400, detail, "invalid-body"
            end
            if walker then
                parse.walk_json(perr, walker, w.max_json_items)
            end
        end
    elseif find(media, "xml$") then
        n, perr = parse.xml(body, w.max_json_items, sink)
    elseif parse.textual(media) then
        n, perr = text_body(body, w, sink)
    else
        -- a type the route accepts whose bytes are not text (an image, an
        -- octet stream): its size was checked, there is nothing to read
        return nil
    end
    if not n then
        if TOO_MANY[perr] then
            return 400, "the request body has too many fields",
                "too-many-arguments"
        end
        return 400, "the request body is invalid: " .. perr, "invalid-body"
    end
    if tx.shape then
        return 400, tx.shape, "argument-too-long"
    end
    return nil
end


return _M
