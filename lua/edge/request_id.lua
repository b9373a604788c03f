-- The request id of a request the pipeline runs for: 32 hex digits, as
-- nginx's own $request_id, without its per-request cost.
--
-- nginx's $request_id is 16 bytes from OpenSSL's RAND_bytes for every
-- request: ~6,600 instructions (OpenSSL 3's DRBG), 3 % of the edge's CPU
-- at overload (perf, 2026-12-02), where every refusal pays it too. An id
-- only has to be unique and say nothing of the edge's traffic, not be
-- unguessable (it is a correlation key, never a secret: the client sees
-- it in X-Request-ID and may even choose it). So it is built as Kong's
-- correlation-id "uuid#counter" is, from what nginx already counts:
--
--   16 hex digits  random per worker process (/dev/urandom, at start-up)
--    8 hex digits  the connection's number ($connection: one counter for
--                  all of nginx's workers), XOR a random per-worker mask
--    8 hex digits  the request's number on its connection
--                  ($connection_requests), XOR another
--
-- Unique: a worker's prefix is new at each start, and within one worker's
-- life no two requests share (connection, request on it) until 2^32
-- connections; the masks are bijections that keep raw counts out of the
-- id. The access phase writes it into $edge_rid (set empty by each
-- route's location, openresty/edge.sh); nginx.conf's map $edge_request_id
-- prefers a well-formed client X-Request-ID, then $edge_rid, and only
-- where the pipeline did not run (nginx's own errors before a location,
-- the pipeline off) falls back to $request_id.
local bit = require "bit"

local tohex = bit.tohex
local bxor = bit.bxor
local tonumber = tonumber
local ngx_var = ngx.var
local byte = string.byte
local io_open = io.open
local error = error

local _M = {}

-- set once per worker, in init_worker; read-only after
local prefix, mask_conn, mask_req


local function word(s, i)
    local a, b, c, d = byte(s, i, i + 3)
    return bxor(a * 16777216 + b * 65536 + c * 256 + d, 0)
end


function _M.init_worker()
    local f, err = io_open("/dev/urandom", "rb")
    if not f then
        error("request_id: cannot read /dev/urandom: " .. (err or "?"))
    end
    local s = f:read(16)
    f:close()
    if not s or #s < 16 then
        error("request_id: short read from /dev/urandom")
    end
    prefix = tohex(word(s, 1), 8) .. tohex(word(s, 5), 8)
    mask_conn, mask_req = word(s, 9), word(s, 13)
end


-- This request's id (see above), written into $edge_rid; returned for
-- the Lua that needs it too (ctx.request_id: the Redis store's lease
-- token, edge.limit.trip).
function _M.set()
    local c = tonumber(ngx_var.connection) or 0
    local r = tonumber(ngx_var.connection_requests) or 0
    local id = prefix .. tohex(bxor(c, mask_conn), 8)
        .. tohex(bxor(r, mask_req), 8)
    ngx_var.edge_rid = id
    return id
end


return _M
