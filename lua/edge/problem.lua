-- The stack's one error envelope (RFC 9457 application/problem+json),
-- the same shape the Flask services produce (app/errors.py):
--   {"type", "title", "status", "detail", "request_id"}
--
-- Synopsis:
--   local problem = require "edge.problem"
--   return problem.send(429, "too many requests", "rate-limited",
--                       { ["Retry-After"] = 2 })

local cjson = require "cjson.safe"
local buffer = require "string.buffer"

local ngx = ngx
local ngx_var = ngx.var
local ngx_header = ngx.header
local ngx_print = ngx.print
local ngx_exit = ngx.exit
local pairs = pairs
local encode = cjson.encode


local _M = { _VERSION = "0.1" }

local CONTENT_TYPE = "application/problem+json"
local TYPE_PREFIX = "urn:edge:problem:"

local TITLES = {
    [400] = "Bad Request",
    [401] = "Unauthorized",
    [403] = "Forbidden",
    [404] = "Not Found",
    [405] = "Method Not Allowed",
    [408] = "Request Timeout",
    [411] = "Length Required",
    [413] = "Content Too Large",
    [414] = "URI Too Long",
    [415] = "Unsupported Media Type",
    [429] = "Too Many Requests",
    [431] = "Request Header Fields Too Large",
    [500] = "Internal Server Error",
    [501] = "Not Implemented",
    [502] = "Bad Gateway",
    [503] = "Service Unavailable",
    [504] = "Gateway Timeout",
    [505] = "HTTP Version Not Supported",
}
_M.TITLES = TITLES


local BODY = buffer.new(256)


-- The JSON text of a problem; `slug` names a specific problem type,
-- without one the type is "about:blank" (the status says it all). Built
-- in a buffer: only the detail may hold arbitrary text and is escaped (by
-- cjson); the request id is safe (nginx.conf's map admits [A-Za-z0-9._-]
-- or nginx's own hex id), the rest are this module's constants.
function _M.body(status, detail, slug)
    local title = TITLES[status] or "Error"
    local b = BODY:reset()
    if slug then
        b:put('{"type":"', TYPE_PREFIX, slug, '","title":"', title)
    else
        b:put('{"type":"about:blank","title":"', title)
    end
    b:put('","status":', status, ',"detail":', encode(detail or title),
          ',"request_id":"', ngx_var.edge_request_id or ngx_var.request_id,
          '"}')
    return b:tostring()
end


-- Send a problem and finish the request (any phase that may send a body).
function _M.send(status, detail, slug, headers)
    ngx.status = status
    ngx_header["Content-Type"] = CONTENT_TYPE
    ngx_header["Cache-Control"] = "no-store"
    if headers then
        for name, value in pairs(headers) do
            ngx_header[name] = value
        end
    end
    -- with its length (not chunked): one write, and the client knows
    -- where the answer ends
    local body = _M.body(status, detail, slug)
    ngx_header["Content-Length"] = #body
    ngx_print(body)
    return ngx_exit(status)
end


return _M
