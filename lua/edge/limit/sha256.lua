-- SHA-256 as lowercase hex, for API keys (consumers are declared in the
-- config by the hash of their key, never the key itself) and for limiter
-- keys too long to store as they are.
--
-- lua-resty-core ships no SHA-256 (resty.sha256 belongs to lua-resty-string,
-- not installed here), but nginx links OpenSSL's libcrypto, so its one-shot
-- SHA256() is reachable through the FFI in every worker, on Debian's nginx
-- and on OpenResty alike. The hex dump is nginx's own ngx_hex_dump().
-- Resolved once at load time; `available` says whether it worked.
--
-- Synopsis:
--   local sha256 = require "edge.limit.sha256"
--   sha256.hex("secret")  --> "2bb80d53..."  (64 hex digits)

local ffi = require "ffi"

local ffi_new = ffi.new
local ffi_str = ffi.string
local C = ffi.C
local pcall = pcall
local error = error


local _M = { _VERSION = "0.1" }

ffi.cdef[[
unsigned char *SHA256(const unsigned char *d, size_t n, unsigned char *md);
unsigned char *ngx_hex_dump(unsigned char *dst, const unsigned char *src,
                            size_t len);
]]

local digest = ffi_new("unsigned char[32]")
local hex = ffi_new("unsigned char[64]")

_M.available = pcall(function()
    return C.SHA256 and C.ngx_hex_dump
end)


-- The SHA-256 of `s` as 64 lowercase hex digits.
function _M.hex(s)
    if not _M.available then
        error("SHA256() is not available (nginx without libcrypto?)", 2)
    end
    C.SHA256(s, #s, digest)
    C.ngx_hex_dump(hex, digest, 32)
    return ffi_str(hex, 64)
end


return _M
