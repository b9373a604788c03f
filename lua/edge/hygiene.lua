-- Request hygiene: what the services behind the edge (gunicorn, werkzeug)
-- would refuse with an error page of their own, refused here first in the
-- stack's envelope. Run by edge.access() before any plugin, on every
-- route, whatever the WAF's mode.
--
-- Synopsis:
--   local hygiene = require "edge.hygiene"
--   local status, detail, slug = hygiene.check(target) -- nil: the request
--                                       -- is sane; target: $request_uri
--   status, detail, slug = hygiene.read_body(plain) -- nil: body read in
--                                     -- time; plain: check's second value
--
-- Checks (each one is something gunicorn or werkzeug answers with an HTML
-- 400/431 or a redirect built from the client's Host):
--   * the request target: only printable ASCII (raw UTF-8 or control
--     bytes: 400), no empty path segment ("//", also spelled %2F: 400;
--     werkzeug would answer 308 with a Location on the client's Host),
--     at most MAX_TARGET bytes (414; gunicorn's request line limit is 4094)
--   * header names: RFC 9110 tokens (400)
--   * header values: no control byte but HTAB (400)
--   * Content-Type or Idempotency-Key given twice (400)
--   * X-Forwarded-For with the peer nginx appends: at most MAX_XFF bytes
--     (431; gunicorn refuses lines over 8190 bytes)
-- Headers that would make gunicorn read the scheme from the client
-- (X-Forwarded-Ssl, X-Forwarded-Protocol) are not checked here: nginx.conf
-- does not pass them on.

local re = require "edge.waf.re"

local ngx = ngx
local ngx_var = ngx.var
local ngx_req = ngx.req
local ngx_now = ngx.now
local ngx_update_time = ngx.update_time
local raw_header = ngx.req.raw_header
-- (the regexes kept compiled: ngx.re's "o" cache lookup builds and
-- hashes a key per call, ~800 instructions each)
local re_find = re.find_soft
local re_match = re.match_soft
local tonumber = tonumber
local byte = string.byte
local floor = math.floor
local ngx_sleep = ngx.sleep
local ngx_exit = ngx.exit
local spawn = ngx.thread.spawn
local kill = ngx.thread.kill


local _M = { _VERSION = "0.1" }

local MAX_TARGET = 4000
local MAX_XFF = 2048
-- A request body must arrive within BODY_SECONDS in all (nginx's
-- client_body_timeout only bounds the pause between two reads: a body
-- dripped a byte at a time would hold its connection for hours). Its
-- size is nginx's to bound: client_max_body_size (nginx.conf) refuses a
-- larger Content-Length (413) before the access phase runs.
local BODY_SECONDS = 10
local CHUNK = 65536
_M.BODY_SECONDS = BODY_SECONDS
_M.MAX_TARGET = MAX_TARGET
_M.MAX_XFF = MAX_XFF

-- The target: a byte outside printable ASCII (a space cannot be there:
-- nginx split the line on it), or an empty path segment before the query.
local BAD_TARGET = [=[[^\x21-\x7e]|^[^?]*?(?:/|%2[Ff])(?:/|%2[Ff])]=]
-- The header block (raw_header): a control byte but HTAB, CR and LF (CR
-- and LF end lines: nginx has refused a bare one); a line that is not
-- "token:" (the block's last line is the empty one ending it). Two scans:
-- one regex with both alternatives is slower (no start-of-line skipping).
local BAD_VALUE = [=[[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]]=]
local BAD_NAME = [=[^(?![!#$%&'*+.^_`|~0-9A-Za-z-]+:|\r?$)]=]
-- Content-Type or Idempotency-Key, then the same name at the start of a
-- later line (nginx itself refuses a second Host or Content-Length; the
-- services would take one of two Content-Types, or refuse them with an
-- HTML page). Scanned when NAMED (below) finds a line of those names.
local TWICE = [=[^(content-type|idempotency-key)[ \t]*:.*\n(?:.*\n)*?\1[ \t]*:]=]
-- Whether any line names a header that the last two checks or read_body
-- read ($http_content_type, $http_idempotency_key, $http_x_forwarded_for,
-- $http_content_length, $http_transfer_encoding; nginx matches a
-- variable's "_" to a name's "-" or "_", ignoring case). Every line is
-- "token:" by then (BAD_NAME), so a line that does not start with one of
-- these names is not one of these headers: one scan of the block in place
-- of five variable reads (each a walk of the header list) on a request
-- that has none of them, as most GETs.
local NAMED = [=[^(?:content[-_](?:type|length)|idempotency[-_]key]=]
    .. [=[|x[-_]forwarded[-_]for|transfer[-_]encoding):]=]


-- nil, plain when the request is sane, else status, detail, slug. plain:
-- no header line names Content-Type, Idempotency-Key, X-Forwarded-For,
-- Content-Length or Transfer-Encoding (read_body(true) then reads
-- nothing). target is $request_uri when the caller has read it already.
function _M.check(target)
    target = target or ngx_var.request_uri or ""
    if #target > MAX_TARGET then
        return 414, "the request target is longer than " .. MAX_TARGET
                    .. " bytes", "uri-too-long"
    end
    local from = re_find(target, BAD_TARGET, "jo")
    if from then
        if byte(target, from) == 47 or byte(target, from) == 37 then -- / %
            return 400, "the path must not contain an empty segment (//)",
                   "invalid-target"
        end
        return 400, "the request target must be printable ASCII "
                    .. "(percent-encode other bytes)", "invalid-target"
    end
    local raw = raw_header(true)
    if re_find(raw, BAD_VALUE, "jo") then
        return 400, "a header value contains a control character",
               "invalid-header"
    end
    if re_find(raw, BAD_NAME, "jom") then
        return 400, "a header name is not an HTTP token", "invalid-header"
    end
    local named, err = re_find(raw, NAMED, "joim")
    if not named and not err then
        return nil, true
    end
    -- (TWICE matches only where a Content-Type or Idempotency-Key line is,
    -- so no $http_content_type / $http_idempotency_key read first: a
    -- variable read costs more than the scan)
    local m = re_match(raw, TWICE, "joim")
    if m then
        return 400, "the " .. m[1] .. " header must be given at most "
                    .. "once", "invalid-header"
    end
    -- (every X-Forwarded-For line, joined; nginx appends ", <peer>")
    local xff = ngx_var.http_x_forwarded_for
    if xff and #xff + 2 + #ngx_var.remote_addr > MAX_XFF then
        return 431, "X-Forwarded-For is longer than " .. MAX_XFF .. " bytes",
               "headers-too-large"
    end
    return nil
end


-- Read the request body with one deadline for all of it: a Content-Length
-- body through the request socket, handed to nginx (ngx.req.init_body/
-- append_body/finish_body) so that ngx.req.read_body() later (the WAF) and
-- the proxy find it read; a chunked body (the request socket does not
-- decode chunks) by ngx.req.read_body under a light thread's deadline.
-- nil when done or nothing to do, else status, detail, slug.
-- A chunked body: nginx reads it (ngx.req.read_body, whose reads
-- client_body_timeout bounds one by one), while a light thread waits out
-- the deadline and ends the request with 408 if the body is still coming.
local function body_deadline()
    ngx_sleep(BODY_SECONDS)
    return ngx_exit(408)
end

local function read_chunked()
    local timer = spawn(body_deadline)
    ngx_req.read_body()
    kill(timer)
    return nil
end


function _M.read_body(plain)
    if plain then
        return nil  -- no Content-Length, no Transfer-Encoding (check)
    end
    local len = tonumber(ngx_var.http_content_length or "")
    if not len then
        if ngx_var.http_transfer_encoding then
            return read_chunked()
        end
        return nil
    end
    if len <= 0 then
        return nil
    end
    local sock = ngx_req.socket()
    if not sock then
        return nil  -- already read, or nothing left to read
    end
    ngx_update_time()
    local deadline = ngx_now() + BODY_SECONDS
    ngx_req.init_body()
    local left = len
    while left > 0 do
        ngx_update_time()
        local remaining = deadline - ngx_now()
        if remaining <= 0 then
            return 408, "the request body did not arrive within "
                        .. BODY_SECONDS .. " s", "body-timeout"
        end
        -- receiveany: returns what has arrived (receive(n) would wait for
        -- n bytes, its timer re-armed by every byte of a drip)
        sock:settimeout(floor(remaining * 1000) + 1)
        local data, err = sock:receiveany(left < CHUNK and left or CHUNK)
        if data then
            ngx_req.append_body(data)
            left = left - #data
        end
        if err and err ~= "timeout" then
            return 400, "the request body ended early", "invalid-body"
        end
    end
    ngx_req.finish_body()
    return nil
end


return _M
