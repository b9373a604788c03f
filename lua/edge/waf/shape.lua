-- Request shape, per route: the cheap limits checked before anything is
-- inspected. check(w, g) returns nil, req when the request fits, where req
-- holds what later stages need (headers, args, ctype, media, params,
-- has_body); else status, detail, slug:
--   414  URI longer than max_uri_length
--   431  more than max_headers headers, or more than max_header_bytes
--   400  more than max_args query arguments, an argument name or value too
--        long, a malformed Content-Type
--   415  a compressed body (unless the route takes them size-checked), a
--        charset not accepted, a media type the route does not take
--   413  a declared Content-Length over max_body_bytes
-- parse_content_type(ct, g, has_body) -> media, params | nil, detail, status

local ngx = ngx
local ngx_var = ngx.var
local get_headers = ngx.req.get_headers
local get_uri_args = ngx.req.get_uri_args
local re_find = ngx.re.find

local type = type
local pairs = pairs
local tonumber = tonumber
local find = string.find
local sub = string.sub
local lower = string.lower
local match = string.match
local gsub = string.gsub
local byte = string.byte
local char = string.char


local _M = { _VERSION = "0.1" }


-- Content-Type: "type/subtype; param=value; ...".
local MEDIA = "^%s*([%w!#$&^_.+%-]+/[%w!#$&^_.+*%-]+)%s*(.*)$"
local PARAM_QUOTED = "^;%s*([%w!#$&^_.+%-]+)%s*=%s*\"([^\"]*)\"%s*(.*)$"
local PARAM_TOKEN = "^;%s*([%w!#$&^_.+%-]+)%s*=(%s*[^;\"%s]+)%s*(.*)$"
local BOUNDARY = [=[^[0-9A-Za-z'()+_,./:=?-]{1,70}\z]=]

-- MEDIA's two sets as byte tables (a Lua pattern with sets is not
-- compiled by LuaJIT and costs ~80 instructions a byte): a Content-Type
-- of the type's bytes, one "/" and the subtype's, nothing else (the
-- usual "application/json"), is MEDIA's match with nothing after it.
local TYPE_BYTE, SUBTYPE_BYTE = {}, {}
for c = 0, 255 do
    local ch = char(c)
    TYPE_BYTE[c] = find(ch, "[%w!#$&^_.+%-]") ~= nil
    SUBTYPE_BYTE[c] = find(ch, "[%w!#$&^_.+*%-]") ~= nil
end


local function bare_media(ct)
    local n, slash = #ct, nil
    for i = 1, n do
        local c = byte(ct, i)
        if slash then
            if not SUBTYPE_BYTE[c] then
                return false
            end
        elseif c == 47 then     -- "/"
            if i == 1 or i == n then
                return false
            end
            slash = i
        elseif not TYPE_BYTE[c] then
            return false
        end
    end
    return slash ~= nil
end


function _M.parse_content_type(ct, g, has_body)
    local media, rest
    if bare_media(ct) then
        media, rest = ct, ""
    else
        media, rest = match(ct, MEDIA)
    end
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
        if not b or not re_find(b, BOUNDARY, "jo") or find(b, "^%s") then
            return nil, "the multipart boundary is missing or invalid"
        end
    end
    return media, params
end
local parse_content_type = _M.parse_content_type


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


local function header_one(v)
    if type(v) == "table" then
        return v[1]
    end
    return v
end
_M.header_one = header_one


local function header_bytes(h)
    local n = 0
    for name, value in pairs(h) do
        if type(value) == "table" then
            for i = 1, #value do
                n = n + #name + #value[i] + 4
            end
        else
            n = n + #name + #value + 4
        end
    end
    return n
end


local function check_args(w, args)
    for name, value in pairs(args) do
        if #name > w.max_arg_name_length then
            return 400, "a query argument name is too long", "argument-too-long"
        end
        if type(value) == "table" then
            for i = 1, #value do
                if type(value[i]) == "string"
                        and #value[i] > w.max_arg_value_length then
                    return 400, "query argument " .. sub(name, 1, 64)
                        .. " is too long", "argument-too-long"
                end
            end
        elseif type(value) == "string" and #value > w.max_arg_value_length then
            return 400, "query argument " .. sub(name, 1, 64) .. " is too long",
                "argument-too-long"
        end
    end
    return nil
end


-- w: the route's plan; g: the global section's compiled part
-- (plan.compiled.waf); uri: $request_uri when the caller has read it.
function _M.check(w, g, uri)
    uri = uri or ngx_var.request_uri
    if #uri > w.max_uri_length then
        return 414, "the request URI is longer than " .. w.max_uri_length
            .. " bytes", "uri-too-long"
    end
    local h, herr = get_headers(w.max_headers + 1)
    if herr == "truncated" then
        return 431, "more than " .. w.max_headers .. " request headers",
            "headers-too-large"
    end
    if header_bytes(h) > w.max_header_bytes then
        return 431, "the request headers are larger than "
            .. w.max_header_bytes .. " bytes", "headers-too-large"
    end
    -- (no "?" in the target: no arguments, no table built by nginx)
    local args = {}
    if find(uri, "?", 1, true) then
        local aerr
        args, aerr = get_uri_args(w.max_args + 1)
        if aerr == "truncated" then
            return 400, "more than " .. w.max_args .. " query arguments",
                "too-many-arguments"
        end
        local status, detail, slug = check_args(w, args)
        if status then
            return status, detail, slug
        end
    end
    local ctype = header_one(h["content-type"])
    local cl = header_one(h["content-length"])
    local has_body = (cl and cl ~= "0") or h["transfer-encoding"] ~= nil
    -- (identity is no encoding; a route that takes compressed bodies
    -- size-checks them and inspects nothing: edge.waf.collect's body; an
    -- encoding without a body encodes nothing but is still refused)
    local encoding = header_one(h["content-encoding"])
    local compressed = encoding ~= nil and lower(encoding) ~= "identity"
    if compressed and (w.compressed_body ~= "size-only" or not has_body) then
        return 415, "compressed request bodies are not accepted",
            "unsupported-media-type"
    end
    local media, params
    if ctype then
        local perr, pstatus
        media, perr, pstatus = parse_content_type(ctype, g, has_body)
        if not media then
            return pstatus or 400, perr, "invalid-content-type"
        end
        params = perr
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
    return nil, {
        uri = uri, headers = h, args = args, ctype = ctype, media = media,
        params = params, has_body = has_body, compressed = compressed,
    }
end


return _M
