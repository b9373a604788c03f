-- Plugin "body": reads a request body with one deadline for all of it
-- (edge.hygiene.read_body), after the cheap refusals (reputation, rate
-- limits: a refused client's body is never read) and before the WAF, which
-- then finds the body read.

local hygiene = require "edge.hygiene"

local read_body = hygiene.read_body


local _M = { _VERSION = "0.1", name = "body" }


function _M.access()
    return read_body()
end


return _M
