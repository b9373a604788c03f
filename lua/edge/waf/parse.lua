-- Request body parsing for the WAF: every value a service could read is
-- handed to a sink, and a body that cannot be parsed is an error (the
-- request is refused, never passed through uninspected).
--
--   read_body(max)                     -> body | nil, err
--       reads the body (memory or the temporary file nginx spilled it to),
--       bounded by max bytes; err "too large" / "read failed: ..."
--   form(body, max_args, sink)         -> n | nil, err
--   json(body, decoder, max_items, sink) -> n, doc | nil, err
--       (sink nil: the items are counted, nothing is handed on)
--   walk_json(doc, sink, max_items)    -> n    (a document json() counted)
--   multipart(body, boundary, max_args, sink) -> n | nil, err
--   xml(body, max_items, sink)         -> n | nil, err
--   text(body, max_args, sink)         -> n | nil, err
-- sink(kind, name, value) with kind one of "arg" (a name=value field),
-- "key" (a JSON object key), "value" (a JSON string, XML text or
-- attribute), "filename" (a multipart file name), "part-name" (a multipart
-- field name as written), "xxe" (a DTD with entities or external ids).

local cjson = require "cjson.safe"

local ngx_req = ngx.req
local unescape_uri = ngx.unescape_uri
local io_open = io.open

local find = string.find
local sub = string.sub
local lower = string.lower
local match = string.match
local gsub = string.gsub
local type = type
local pairs = pairs


local _M = { _VERSION = "0.1" }


function _M.read_body(max)
    ngx_req.read_body()
    local data = ngx_req.get_body_data()
    if data then
        if #data > max then
            return nil, "too large"
        end
        return data
    end
    local path = ngx_req.get_body_file()
    if not path then
        return ""
    end
    local f, err = io_open(path, "rb")
    if not f then
        return nil, "read failed: " .. (err or "?")
    end
    data = f:read(max + 1)
    f:close()
    if not data then
        return ""
    end
    if #data > max then
        return nil, "too large"
    end
    return data
end


-- application/x-www-form-urlencoded
function _M.form(body, max_args, sink)
    local n = 0
    local i = 1
    local len = #body
    while i <= len do
        local e = find(body, "&", i, true)
        local piece = sub(body, i, (e or len + 1) - 1)
        i = (e or len) + 1
        if piece ~= "" then
            n = n + 1
            if n > max_args then
                return nil, "too many arguments"
            end
            local eq = find(piece, "=", 1, true)
            local name, value
            if eq then
                name = unescape_uri(sub(piece, 1, eq - 1))
                value = unescape_uri(sub(piece, eq + 1))
            else
                name = unescape_uri(piece)
                value = ""
            end
            sink("arg", name, value)
        end
    end
    return n
end


-- JSON decoders with a depth limit, one per distinct limit.
local decoders = {}


function _M.json_decoder(depth)
    local d = decoders[depth]
    if not d then
        d = cjson.new()
        d.decode_max_depth(depth)
        d.decode_invalid_numbers(false)
        decoders[depth] = d
    end
    return d
end


-- Every key and string value of a decoded document to the sink, depth
-- first in pairs() order, without recursion: a recursive walk is not
-- compiled by LuaJIT ("down-recursion": its exits ran in the
-- interpreter), and next(t, key) costs a hash lookup per entry where a
-- pairs() loop does not. A table's entries are copied by a pairs() loop
-- onto one stack (e: key, value), and a frame per open table (f: next
-- entry's slot, last slot, the name its values belong to) says where its
-- walk is; a table's entries go above its parent's, which are read again
-- when it is done. Counts one item per table entry and one per string
-- value; more than max table entries: nil (early when the entries not
-- visited yet already make more: the walk would fail at the last of
-- them).
local function walk(doc, sink, max)
    local t = type(doc)
    if t == "string" then
        sink("value", nil, doc)
        return 1
    elseif t ~= "table" then
        return 0
    end
    local e, f = {}, {}
    local top = 0                   -- e's last slot
    for k, v in pairs(doc) do
        e[top + 1], e[top + 2] = k, v
        top = top + 2
    end
    if top / 2 > max then
        return nil
    end
    f[1], f[2], f[3] = 1, top, nil
    local ftop = 3                  -- the current frame's last slot
    local n = 0
    local pending = top / 2         -- entries on e not visited yet
    while true do
        local at = f[ftop - 2]
        if at > f[ftop - 1] then
            if ftop == 3 then
                return n
            end
            ftop = ftop - 3
            top = f[ftop - 1]           -- the table's entries are done
        else
            f[ftop - 2] = at + 2
            pending = pending - 1
            local k, v = e[at], e[at + 1]
            n = n + 1
            if n > max then
                return nil
            end
            local name = f[ftop]
            if type(k) == "string" then
                sink("key", k, k)
                name = k
            end
            local vt = type(v)
            if vt == "string" then
                n = n + 1
                sink("value", name, v)
            elseif vt == "table" then
                local first = top + 1
                for k2, v2 in pairs(v) do
                    e[top + 1], e[top + 2] = k2, v2
                    top = top + 2
                end
                pending = pending + (top - first + 1) / 2
                if n + pending > max then
                    return nil
                end
                f[ftop + 1], f[ftop + 2], f[ftop + 3] = first, top, name
                ftop = ftop + 3
            end
        end
    end
end


-- walk's count without a sink (nothing is inspected: mode off, a trusted
-- client): the same items in the same order, checked at the same entries.
-- Recursion is compiled well here, where no detector's exit comes back
-- into it (measured: the explicit stack cost ~10 % more with detection
-- off).
local function count(node, n, max)
    for _, v in pairs(node) do
        n = n + 1
        if n > max then
            return nil
        end
        local vt = type(v)
        if vt == "string" then
            n = n + 1
        elseif vt == "table" then
            n = count(v, n, max)
            if not n then
                return nil
            end
        end
    end
    return n
end


-- sink nil: count the items only (walk_json sends them to a sink later)
function _M.json(body, decoder, max_items, sink)
    local doc, err = decoder.decode(body)
    if doc == nil then
        if err and find(err, "depth", 1, true) then
            return nil, "JSON nested too deeply"
        end
        return nil, "invalid JSON"
    end
    local n
    if sink then
        n = walk(doc, sink, max_items)
    else
        local t = type(doc)
        if t == "table" then
            n = count(doc, 0, max_items)
        else
            n = t == "string" and 1 or 0
        end
    end
    if not n then
        return nil, "too many JSON items"
    end
    return n, doc
end


-- A document json() decoded and counted (sink nil), to a sink: the same
-- items in the same order as json() with that sink.
function _M.walk_json(doc, sink, max_items)
    return walk(doc, sink, max_items)
end


-- Is a body or part of this media type (lower case, parameters allowed)
-- text the detectors can read? text/*, JSON, XML, forms: yes; images,
-- audio, archives, octet streams, protobuf: no (their bytes are content,
-- a NUL or a stray "<" in them means nothing).
function _M.textual(media)
    return find(media, "^%s*text/") ~= nil or find(media, "json") ~= nil
        or find(media, "xml") ~= nil
        or find(media, "^%s*application/x%-www%-form%-urlencoded") ~= nil
        or find(media, "^%s*multipart/") ~= nil
end


-- multipart/form-data (RFC 7578). Line ends may be CRLF or LF.
local function header_param(value, name)
    -- name="quoted" or name=token; first occurrence
    local q = match(value, ";%s*" .. name .. "%s*=%s*\"([^\"]*)\"")
    if q then
        return q
    end
    return match(value, ";%s*" .. name .. "%s*=%s*([^;%s]+)")
end
_M.header_param = header_param


function _M.multipart(body, boundary, max_args, sink)
    local delim = "--" .. boundary
    local pos = find(body, delim, 1, true)
    if not pos then
        return nil, "multipart boundary not found"
    end
    if pos > 1 and match(sub(body, 1, pos - 1), "%S") then
        return nil, "multipart preamble"
    end
    local n = 0
    pos = pos + #delim
    while true do
        if sub(body, pos, pos + 1) == "--" then
            return n                                  -- closing delimiter
        end
        local eol = find(body, "\n", pos, true)
        if not eol or match(sub(body, pos, eol - 1), "[^\r \t]") then
            return nil, "malformed multipart delimiter line"
        end
        pos = eol + 1
        -- part headers up to an empty line
        local disposition, part_type
        while true do
            local le = find(body, "\n", pos, true)
            if not le then
                return nil, "unterminated multipart headers"
            end
            local line = gsub(sub(body, pos, le - 1), "\r$", "")
            pos = le + 1
            if line == "" then
                break
            end
            local hname, hvalue = match(line, "^([%w%-]+)%s*:%s*(.*)$")
            if not hname then
                return nil, "malformed multipart header"
            end
            hname = lower(hname)
            if hname == "content-disposition" then
                if disposition then
                    return nil, "repeated Content-Disposition"
                end
                disposition = hvalue
            elseif hname == "content-type" then
                part_type = lower(hvalue)
            end
        end
        if not disposition or not match(lower(disposition), "^form%-data") then
            return nil, "multipart part without form-data disposition"
        end
        local next_pos = find(body, "\n" .. delim, pos - 1, true)
        if not next_pos then
            return nil, "unterminated multipart part"
        end
        local content = sub(body, pos, next_pos - 1)
        content = gsub(content, "\r$", "")
        pos = next_pos + 1 + #delim
        n = n + 1
        if n > max_args then
            return nil, "too many multipart parts"
        end
        local name = header_param(disposition, "name")
        if not name then
            return nil, "multipart part without a name"
        end
        sink("part-name", name, disposition)
        local filename = header_param(disposition, "filename")
                         or header_param(disposition, "filename%*")
        if filename then
            sink("filename", name, filename)
        end
        -- content is inspected when its declared type is text (a field
        -- without a type is text/plain); bytes of an image are not
        if not part_type or _M.textual(part_type) then
            sink("arg", name, content)
        end
    end
end


-- XML: text nodes and attribute values; a DTD with an internal subset or
-- an external identifier is reported (XXE). Tags must balance.
local XML_NAME = "^[%a_:][%w_:%.%-]*"
local ATTR = "^%s+([%a_:][%w_:%.%-]*)%s*=%s*([\"'])"


function _M.xml(body, max_items, sink)
    local n = 0
    local stack = {}
    local depth = 0
    local pos = 1
    local len = #body
    while pos <= len do
        local lt = find(body, "<", pos, true)
        local text = sub(body, pos, (lt or len + 1) - 1)
        if match(text, "%S") then
            if depth == 0 then
                return nil, "text outside the XML root"
            end
            n = n + 1
            sink("value", stack[depth], text)
        end
        if not lt then
            break
        end
        if sub(body, lt, lt + 3) == "<!--" then
            local e = find(body, "-->", lt + 4, true)
            if not e then
                return nil, "unterminated XML comment"
            end
            pos = e + 3
        elseif sub(body, lt, lt + 8) == "<![CDATA[" then
            local e = find(body, "]]>", lt + 9, true)
            if not e then
                return nil, "unterminated CDATA"
            end
            n = n + 1
            sink("value", stack[depth], sub(body, lt + 9, e - 1))
            pos = e + 3
        elseif sub(body, lt, lt + 1) == "<?" then
            local e = find(body, "?>", lt + 2, true)
            if not e then
                return nil, "unterminated processing instruction"
            end
            pos = e + 2
        elseif sub(body, lt, lt + 1) == "<!" then
            -- <!DOCTYPE ...> possibly with [ internal subset ]
            local e = find(body, ">", lt, true)
            local b = find(body, "[", lt, true)
            if b and e and b < e then
                e = find(body, "]%s*>", b)
                if e then
                    e = find(body, ">", e, true)
                end
                sink("xxe", "doctype", sub(body, lt, e or len))
            elseif e and match(lower(sub(body, lt, e)), "%s+system%s")
                    or e and match(lower(sub(body, lt, e)), "%s+public%s") then
                sink("xxe", "doctype", sub(body, lt, e))
            end
            if not e then
                return nil, "unterminated declaration"
            end
            pos = e + 1
        elseif sub(body, lt, lt + 1) == "</" then
            local name = match(body, XML_NAME, lt + 2)
            local e = find(body, ">", lt, true)
            if not name or not e or stack[depth] ~= name then
                return nil, "unbalanced XML tags"
            end
            stack[depth] = nil
            depth = depth - 1
            pos = e + 1
        else
            local name = match(body, XML_NAME, lt + 1)
            if not name then
                return nil, "invalid XML tag"
            end
            local p = lt + 1 + #name
            while true do
                local s, e, attr, q = find(body, ATTR, p)
                if not s then
                    break
                end
                local close = find(body, q, e + 1, true)
                if not close then
                    return nil, "unterminated XML attribute"
                end
                n = n + 1
                if n > max_items then
                    return nil, "too many XML items"
                end
                sink("value", attr, sub(body, e + 1, close - 1))
                p = close + 1
            end
            local _, e, slash = find(body, "^%s*(/?)>", p)
            if not e then
                return nil, "malformed XML tag"
            end
            if slash == "" then
                depth = depth + 1
                stack[depth] = name
            end
            pos = e + 1
        end
        if n > max_items then
            return nil, "too many XML items"
        end
    end
    if depth ~= 0 then
        return nil, "unclosed XML element"
    end
    return n
end


-- Untyped and text bodies: name=value pairs when the body looks like a
-- form, else the whole text as one value.
function _M.text(body, max_args, sink)
    if find(body, "^[^=&%s]+=") then
        return _M.form(body, max_args, sink)
    end
    -- one value with no blank and a percent escape is URL-encoded (what
    -- `curl -d` sends): read as a form's value is, "+" a blank
    if find(body, "%%%x%x") and not find(body, "%s") then
        body = unescape_uri(body)
    end
    sink("value", nil, body)
    return 1
end

return _M
