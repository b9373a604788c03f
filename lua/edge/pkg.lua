-- OpenResty's lua-resty-* libraries by either name: OpenResty installs them
-- as resty.<name>, Debian's lua-nginx-* packages as nginx.<name>.
--
-- Synopsis:
--   local redis = require("edge.pkg").need("redis")   -- resty.redis or nginx.redis

local pcall = pcall
local require = require

local _M = { _VERSION = "0.1" }

function _M.need(name)
    local ok, mod = pcall(require, "resty." .. name)
    if ok then
        return mod
    end
    return require("nginx." .. name)
end

return _M
