-- Protocol attacks and request-level anomalies.
--
-- Per value: NUL bytes, CR/LF that starts a header or an HTTP request line
-- (response splitting, header injection, smuggling through a proxy),
-- request lines embedded in data, IIS %u encoding, overlong or invalid
-- UTF-8, LDAP filter breakouts, mod_proxy "unix:...|" URLs.
-- Per request (check_request): both Content-Length and Transfer-Encoding,
-- repeated or malformed Content-Length, a transfer coding other than
-- chunked, a body on GET/HEAD, restricted headers, invalid header names,
-- Range abuse, contradictory Connection options, an IP literal as Host,
-- charset parameters outside the allowed list, cookie version attributes,
-- session identifiers passed in arguments from another site.

local re_find = require("edge.waf.re").find

local byte = string.byte
local find = string.find
local lower = string.lower
local match = string.match
local gmatch = string.gmatch
local gsub = string.gsub
local type = type
local select = select
local pairs = pairs
local concat = table.concat


local _M = { _VERSION = "0.1" }

_M.RULES = {
    { id = "protocol-nul", severity = "critical", pl = 1,
      desc = "NUL byte in a name or value" },
    { id = "protocol-crlf", severity = "critical", pl = 1,
      desc = "CR/LF starting a header or request line (splitting, injection)" },
    { id = "protocol-request-line", severity = "critical", pl = 1,
      desc = "an HTTP request line inside a value" },
    { id = "protocol-encoding", severity = "critical", pl = 1,
      desc = "IIS %u encoding or overlong UTF-8" },
    { id = "protocol-utf8", severity = "critical", pl = 1,
      desc = "invalid UTF-8 in a path or argument value (unless the body "
             .. "declares a single-byte charset)" },
    { id = "protocol-absolute-uri", severity = "critical", pl = 1,
      desc = "request target in absolute form (proxy request) or not a path" },
    { id = "protocol-ldap", severity = "critical", pl = 1,
      desc = "LDAP filter breakout: )(attr=..., )(|, *)(" },
    { id = "protocol-proxy-socket", severity = "critical", pl = 1,
      desc = "mod_proxy unix-socket URL (unix:...|http://)" },
    { id = "protocol-smuggling", severity = "critical", pl = 1,
      desc = "Content-Length with Transfer-Encoding, repeated/malformed "
             .. "Content-Length, unknown transfer coding" },
    { id = "protocol-body-without-content", severity = "critical", pl = 1,
      desc = "a body on GET or HEAD" },
    { id = "protocol-restricted-header", severity = "critical", pl = 1,
      desc = "a header from waf.restricted_headers" },
    { id = "protocol-header-name", severity = "critical", pl = 1,
      desc = "header name with characters outside A-Z a-z 0-9 -" },
    { id = "protocol-range", severity = "critical", pl = 1,
      desc = "Request-Range, or a Range with many or malformed ranges" },
    { id = "protocol-connection", severity = "critical", pl = 1,
      desc = "repeated or contradictory Connection options" },
    { id = "protocol-host-ip", severity = "warning", pl = 2,
      desc = "Host is an IP literal" },
    { id = "protocol-charset", severity = "critical", pl = 1,
      desc = "charset outside waf.allowed_charsets (Accept), or repeated" },
    { id = "protocol-accept-encoding", severity = "critical", pl = 1,
      desc = "oversized or malformed Accept-Encoding" },
    { id = "protocol-cookie", severity = "critical", pl = 1,
      desc = "legacy cookie attributes ($Version) used to smuggle quoting" },
    { id = "protocol-user-agent", severity = "notice", pl = 1,
      desc = "empty User-Agent" },
    { id = "protocol-multipart-name", severity = "critical", pl = 1,
      desc = "multipart field or file name with quotes, ';', '=' or '\\'" },
    { id = "session-fixation", severity = "critical", pl = 1,
      desc = "session identifier in an argument, from another site or none" },
    { id = "session-cookie-set", severity = "critical", pl = 1,
      desc = "cookie attributes set from data (.cookie ...; expires=)" },
    { id = "xxe", severity = "critical", pl = 1,
      desc = "XML document type with entities or an external identifier" },
}


local function alt(list)
    return "(?:" .. concat(list, "|") .. ")"
end

local METHODS = [=[(?:get|post|head|put|delete|options|patch|connect|trace|propfind)]=]
local RE_CRLF = alt({
    [=[[\r\n]\s*[\w-]+\s*:\s*\S]=],
    [=[[\r\n]\s*]=] .. METHODS .. [=[\s+\S+\s+http/\d]=],
    [=[[\r\n]\s*http/\d(?:\.\d)?\s+\d{3}\b]=],
    [=[[\r\n]\s*<\s*(?:html|meta|script|body|head)\b]=],
})
local RE_REQUEST_LINE = METHODS .. [=[\s+(?:/|https?://)\S*\s+http/\d(?:\.\d)?\b]=]
local RE_LDAP = alt({
    [=[^[^(]*\)\s*[|&!]?\s*\(\s*(?:[|&!]|[\w.-]+\s*[<>~]?=)]=],
    [=[^[^(]*\)\s*\(\s*[|&!]?\s*$]=],
    [=[^[^(]*\)\s*[|&!]\s*\(]=],
    [=[^\*\)\s*[!|&(]]=],
    [=[^[^(]*\)\s*\(\s*[|&]\s*\)]=],
    [=[^[^()]*\)\s*!\s*\(]=],
})
local RE_COOKIE_SET = [=[\.cookie\b[^;]*;\s*(?:expires|domain|path|max-age|samesite)\s*=]=]
local RE_PROXY_SOCKET = [=[\bunix:[^|\s]*\|]=]
local RE_SESSION_NAME = [=[sess(?:ion)?(?:[_.-]?(?:id|token|key))?\b|sessid|\bsid\b|[._-]sid$]=]
    .. [=[|^sid$|^cf(?:id|token|sid)$|session-token|_session$]=]

local GATE = [=[[\r\n%);]|\b(?:get|post|head|put|delete|options|patch|connect|trace)\b|unix:]=]


-- The byte walk: true when s is UTF-8 as far as this WAF cares (surrogates
-- and every 4-byte form pass), "overlong" for overlong forms (C0/C1 leads,
-- E0 below A0), false for anything else; the first problem decides.
local function utf8_scan(s)
    local i, n = 1, #s
    while i <= n do
        local c = byte(s, i)
        if c < 0x80 then
            i = i + 1
        else
            local len
            if c >= 0xC2 and c <= 0xDF then
                len = 2
            elseif c == 0xC0 or c == 0xC1 then
                return "overlong"
            elseif c >= 0xE0 and c <= 0xEF then
                len = 3
                if c == 0xE0 and (byte(s, i + 1) or 0) < 0xA0 then
                    return "overlong"
                end
            elseif c >= 0xF0 and c <= 0xF4 then
                len = 4
            else
                return false
            end
            for k = 1, len - 1 do
                local cc = byte(s, i + k)
                if not cc or cc < 0x80 or cc > 0xBF then
                    return false
                end
            end
            i = i + len
        end
    end
    return true
end
_M.utf8_scan = utf8_scan


-- utf8_scan's verdict. PCRE checks its subject in UTF mode ("u") and
-- accepts only strict UTF-8 (RFC 3629), all of which utf8_scan accepts too:
-- when PCRE is content, so is the scan, at C speed (a 1.5 KB note in ~1 us,
-- the walk took several); otherwise the walk says what is wrong. (Plain
-- ngx.re.find: its error is the answer here, not a failure.)
local function utf8_state(s)
    if ngx.re.find(s, "", "jou") then
        return true
    end
    return utf8_scan(s)
end
_M.utf8_state = utf8_state


function _M.detect(v, on, report, where)
    local raw = v.raw
    if v.nul and on["protocol-nul"] then
        if report("protocol-nul") then
            return true
        end
    end
    if (where == "value" and not v.single_byte) or where == "path" then
        local ok = utf8_state(raw)
        if ok ~= true then
            local id = ok == "overlong" and "protocol-encoding" or "protocol-utf8"
            if on[id] and report(id) then
                return true
            end
        end
    end
    if on["protocol-encoding"] and find(raw, "%", 1, true)
            and find(raw, "%%[uU]%x%x%x%x") then
        if report("protocol-encoding") then
            return true
        end
    end
    local s = v.low
    if not re_find(s, GATE, "jo") then
        return false
    end
    if find(s, "\n", 1, true) or find(s, "\r", 1, true) then
        if where == "name" or where == "path" or where == "header-name" then
            if on["protocol-crlf"] and report("protocol-crlf") then
                return true
            end
        elseif on["protocol-crlf"] and re_find(s, RE_CRLF, "jo") then
            if report("protocol-crlf") then
                return true
            end
        end
    end
    if on["protocol-request-line"] and find(s, "http/", 1, true)
            and re_find(s, RE_REQUEST_LINE, "jo") then
        if report("protocol-request-line") then
            return true
        end
    end
    if on["protocol-ldap"] and find(s, ")", 1, true) and where ~= "path"
            and re_find(s, RE_LDAP, "jo") then
        if report("protocol-ldap") then
            return true
        end
    end
    if on["session-cookie-set"] and find(s, "cookie", 1, true)
            and re_find(s, RE_COOKIE_SET, "jo") then
        if report("session-cookie-set") then
            return true
        end
    end
    if on["protocol-proxy-socket"] and find(s, "unix:", 1, true)
            and re_find(s, RE_PROXY_SOCKET, "jo") then
        if report("protocol-proxy-socket") then
            return true
        end
    end
    return false
end


-- Multipart names: the disposition parameters must not hide quoting.
function _M.multipart_name(value, on, report)
    if not on["protocol-multipart-name"] then
        return false
    end
    local decoded = gsub(value, "&(%a+);", "")
    decoded = gsub(decoded, "&#%d+;", "")
    if find(decoded, "[\"';=\\%c]") then
        return report("protocol-multipart-name")
    end
    return false
end


local function header_value(h)
    if type(h) == "table" then
        return h[#h], #h
    end
    return h, h and 1 or 0
end


local function host_of(url)
    return match(url, "^%a[%w+.-]*://([^/:?#@]+)")
end


local function charset_ok(value, allowed)
    local n = 0
    for cs in gmatch(value, "[Cc][Hh][Aa][Rr][Ss][Ee][Tt]%s*=%s*[\"']?([^;,\"'%s]*)") do
        cs = gsub(cs, "^'(.*)'$", "%1")
        n = n + 1
        if not allowed[lower(cs)] then
            return false
        end
    end
    return n
end
_M.charset_ok = charset_ok


-- Request-level checks. h is ngx.req.get_headers() (lower-case names),
-- w the route's compiled WAF settings, g the global ones.
function _M.check_request(h, method, target, g, on, report)
    -- target: the first byte of the request target as sent
    if on["protocol-absolute-uri"] and target ~= "/" then
        if report("protocol-absolute-uri") then
            return true
        end
    end
    -- smuggling signs
    local te, te_n = header_value(h["transfer-encoding"])
    local cl, cl_n = header_value(h["content-length"])
    if on["protocol-smuggling"] then
        if (te and cl) or cl_n > 1 or te_n > 1
                or (cl and not match(cl, "^%d+$"))
                or (te and lower(te) ~= "chunked") then
            if report("protocol-smuggling") then
                return true
            end
        end
    end
    if on["protocol-body-without-content"] and (method == "GET" or method == "HEAD")
            and ((cl and cl ~= "0") or te) then
        if report("protocol-body-without-content") then
            return true
        end
    end
    for name in pairs(h) do
        if g.restricted_headers[name] and on["protocol-restricted-header"] then
            if report("protocol-restricted-header") then
                return true
            end
        end
        if g.reject_invalid_header_names and on["protocol-header-name"]
                and find(name, "[^%w%-]") then
            if report("protocol-header-name") then
                return true
            end
        end
    end
    local range = header_value(h["range"])
    if on["protocol-range"] and (h["request-range"]
                                 or (range and select(2, gsub(range, ",", ",")) >= 5)) then
        if report("protocol-range") then
            return true
        end
    end
    local conn = header_value(h["connection"])
    if conn and on["protocol-connection"] and find(conn, ",", 1, true) then
        local seen = {}
        for opt in gmatch(lower(conn), "[^,%s]+") do
            if seen[opt] or (opt == "close" and seen["keep-alive"])
                    or (opt == "keep-alive" and seen["close"]) then
                if report("protocol-connection") then
                    return true
                end
                break
            end
            seen[opt] = true
        end
    end
    local host = header_value(h["host"])
    if host and on["protocol-host-ip"] and (match(host, "^%d+%.%d+%.%d+%.%d+:?%d*$")
                                             or match(host, "^%[")) then
        if report("protocol-host-ip") then
            return true
        end
    end
    local accept = header_value(h["accept"])
    if accept and on["protocol-charset"] and find(lower(accept), "charset", 1, true) then
        if not charset_ok(accept, g.allowed_charsets) then
            if report("protocol-charset") then
                return true
            end
        end
    end
    local ae = header_value(h["accept-encoding"])
    if ae and on["protocol-accept-encoding"] and (#ae > 100
                                                   or find(ae, "[^%w%s,;=.*%-]")) then
        if report("protocol-accept-encoding") then
            return true
        end
    end
    local cookie = header_value(h["cookie"])
    if cookie and on["protocol-cookie"] and find(cookie, "^%s*%$[Vv]ersion") then
        if report("protocol-cookie") then
            return true
        end
    end
    local ua = h["user-agent"]
    if on["protocol-user-agent"] and (ua == nil or ua == "") then
        if report("protocol-user-agent") then
            return true
        end
    end
    return false
end


-- Session fixation: an argument named like a session id, when the
-- request does not come from a page of this host.
function _M.session_name(name)
    return re_find(name, RE_SESSION_NAME, "joi") ~= nil
end


function _M.foreign_referer(h)
    local referer = header_value(h["referer"])
    if not referer then
        return true
    end
    local rhost = host_of(referer)
    local host = header_value(h["host"])
    if not rhost or not host then
        return true
    end
    host = lower(gsub(host, ":%d+$", ""))
    rhost = lower(rhost)
    return rhost ~= host and not (#rhost > #host
                                  and rhost:sub(-#host - 1) == "." .. host)
end


-- Plain values (edge.waf's inspect: letters, digits, spaces and , . _ :
-- + @ - only): ASCII without NUL, "%", CR, LF, "/", ")", ";" or "|",
-- and every value rule needs one of them, so nothing to look for.
_M.PLAIN_NEEDLES = {}


_M.PATTERNS = {
    RE_CRLF, RE_REQUEST_LINE, RE_LDAP, RE_PROXY_SOCKET, RE_SESSION_NAME, GATE,
    RE_COOKIE_SET,
}

return _M
