-- Plugin "body": reads a request body with one deadline for all of it
-- (edge.hygiene.read_body), after the cheap refusals (reputation, rate
-- limits: a refused client's body is never read) and before the WAF, which
-- then finds the body read.

local hygiene = require "edge.hygiene"

local read_body = hygiene.read_body


local _M = { _VERSION = "0.1", name = "body" }


-- (ctx.plain_headers: edge.hygiene.check found no header line that
-- could carry a body's length or coding)
function _M.access(_, _, ctx)
    return read_body(ctx.plain_headers)
end


return _M
