-- Who is asking: the client address (X-Forwarded-For only from trusted
-- proxies), the consumer (an API key declared in the config by its SHA-256),
-- and the limiter keys built from them.
--
-- Synopsis:
--   local identity = require "edge.limit.identity"
--   local set = identity.cidrs({ "10.0.0.0/8", "::1" }, "config.x")
--   set:contains("10.1.2.3")             --> true
--   identity.client_ip(trusted_set)      --> "203.0.113.7"
--   identity.parse_ip("::ffff:1.2.3.4")  --> "\1\2\3\4"  (4 or 16 bytes)
--
-- Client address: when the direct peer ($remote_addr) is in the trusted set,
-- X-Forwarded-For is read from the right (the entry the trusted proxy added)
-- leftwards, skipping trusted hops; the first untrusted address is the
-- client. An entry that is not an IP address ends the walk: the last good
-- hop is used. A peer that is not trusted is the client, whatever headers it
-- sends.
--
-- Keys: every part of a limiter key has a value; a missing header becomes a
-- placeholder ("-"), never "no key" (nginx's limit_req skips empty keys: a
-- bypass). Header values are prefixed ("=") so no value can equal the
-- placeholder, and values longer than the configured maximum, or holding the
-- separator, are replaced by "#" .. sha256 hex: bounded memory per key,
-- and no two values share a key.

local lrucache = require "resty.lrucache"
local require = require


local need = require("edge.pkg").need

local resty_sha256 = need("sha256")
local to_hex = need("string").to_hex

local ngx_var = ngx.var
local byte = string.byte
local char = string.char
local rep = string.rep
local sub = string.sub
local find = string.find
local match = string.match
local gmatch = string.gmatch
local fmt = string.format
local lower = string.lower
local tonumber = tonumber
local concat = table.concat
local floor = math.floor
local setmetatable = setmetatable
local ipairs = ipairs
local error = error


local _M = { _VERSION = "0.1" }

local PLACEHOLDER = "-"
local SEPARATOR = "|"
_M.PLACEHOLDER = PLACEHOLDER
_M.SEPARATOR = SEPARATOR


local function parse_ipv4(s)
    local a, b, c, d = match(s, "^(%d%d?%d?)%.(%d%d?%d?)%.(%d%d?%d?)%.(%d%d?%d?)$")
    if not a then
        return nil
    end
    a, b, c, d = tonumber(a), tonumber(b), tonumber(c), tonumber(d)
    if a > 255 or b > 255 or c > 255 or d > 255 then
        return nil
    end
    return char(a, b, c, d)
end


local function groups_to_bytes(groups, out)
    for _, g in ipairs(groups) do
        local v = tonumber(g, 16)
        out[#out + 1] = char(floor(v / 256), v % 256)
    end
end


local function split_groups(s)
    local groups = {}
    if s == "" then
        return groups
    end
    for g in gmatch(s .. ":", "([^:]*):") do
        if not match(g, "^%x%x?%x?%x?$") then
            return nil
        end
        groups[#groups + 1] = g
    end
    return groups
end


local function parse_ipv6(s)
    if not find(s, ":", 1, true) or #s > 45 then
        return nil
    end
    -- a trailing dotted quad stands for the last two groups
    local tail4
    local head, quad = match(s, "^(.*:)(%d+%.%d+%.%d+%.%d+)$")
    if head then
        tail4 = parse_ipv4(quad)
        if not tail4 then
            return nil
        end
        s = head .. "0:0"
    end
    local left, right
    local dc = find(s, "::", 1, true)
    if dc then
        if find(s, "::", dc + 1, true) then
            return nil
        end
        left, right = split_groups(sub(s, 1, dc - 1)),
                      split_groups(sub(s, dc + 2))
        if not left or not right or #left + #right > 7 then
            return nil
        end
    else
        left, right = split_groups(s), {}
        if not left or #left ~= 8 then
            return nil
        end
    end
    local out = {}
    groups_to_bytes(left, out)
    for _ = 1, 8 - #left - #right do
        out[#out + 1] = "\0\0"
    end
    groups_to_bytes(right, out)
    local bin = concat(out)
    if tail4 then
        bin = sub(bin, 1, 12) .. tail4
    end
    -- IPv4-mapped (::ffff:a.b.c.d) is the IPv4 address
    if sub(bin, 1, 12) == "\0\0\0\0\0\0\0\0\0\0\255\255" then
        return sub(bin, 13)
    end
    return bin
end


-- Binary form of an IP address (4 bytes for IPv4 and IPv4-mapped IPv6, 16
-- for IPv6), or nil when `s` is not one.
local function parse_ip(s)
    if not s then
        return nil
    end
    return parse_ipv4(s) or parse_ipv6(lower(s))
end
_M.parse_ip = parse_ip


-- A canonical text for a parsed address (the key for limits).
local function ip_text(bin)
    if #bin == 4 then
        local a, b, c, d = byte(bin, 1, 4)
        return a .. "." .. b .. "." .. c .. "." .. d
    end
    local parts = {}
    for i = 1, 16, 2 do
        local hi, lo = byte(bin, i, i + 1)
        parts[#parts + 1] = fmt("%x", hi * 256 + lo)
    end
    return concat(parts, ":")
end


-- A set of CIDR ranges. Built at init from config strings (errors name the
-- field), queried per request; parse results are cached per worker.
local Set = {}
local set_mt = { __index = Set }


local function parse_cidr(s, path)
    local addr, bits = match(s, "^([^/]+)/(%d+)$")
    addr = addr or s
    local bin = parse_ip(addr)
    if not bin then
        error(path .. ": " .. fmt("%q", s) .. " is not an IP address or CIDR "
              .. "range", 0)
    end
    local width = #bin * 8
    bits = bits and tonumber(bits) or width
    -- "::ffff:10.0.0.0/104" is the IPv4 range 10.0.0.0/8
    if #bin == 4 and find(addr, ":", 1, true) and bits >= 96 then
        bits = bits - 96
    end
    if bits > width then
        error(path .. ": prefix length of " .. fmt("%q", s) .. " must be at "
              .. "most " .. width, 0)
    end
    return { bin = bin, bits = bits }
end


function _M.cidrs(list, path)
    local self = { ranges = {}, exact = {}, cache = lrucache.new(1024) }
    for i, s in ipairs(list or {}) do
        local r = parse_cidr(s, fmt("%s[%d]", path, i))
        if r.bits == #r.bin * 8 then
            self.exact[ip_text(r.bin)] = true
            if #r.bin == 16 then
                self.ranges[#self.ranges + 1] = r
            end
        else
            self.ranges[#self.ranges + 1] = r
        end
    end
    self.empty = #list == 0
    return setmetatable(self, set_mt)
end


local function in_range(bin, r)
    if #bin ~= #r.bin then
        return false
    end
    local whole = floor(r.bits / 8)
    if sub(bin, 1, whole) ~= sub(r.bin, 1, whole) then
        return false
    end
    local rest = r.bits - whole * 8
    if rest == 0 then
        return true
    end
    local unit = 2 ^ (8 - rest)
    return floor(byte(bin, whole + 1) / unit)
           == floor(byte(r.bin, whole + 1) / unit)
end


-- Is the address (text) in one of the ranges?
function Set.contains(self, addr)
    if self.empty or not addr then
        return false
    end
    if self.exact[addr] then
        return true
    end
    local ranges = self.ranges
    if #ranges == 0 then
        return false
    end
    local hit = self.cache:get(addr)
    if hit ~= nil then
        return hit
    end
    hit = false
    local bin = parse_ip(addr)
    if bin then
        for i = 1, #ranges do
            if in_range(bin, ranges[i]) then
                hit = true
                break
            end
        end
    end
    self.cache:set(addr, hit)
    return hit
end


-- The client address: $remote_addr, or from X-Forwarded-For when the peer
-- is a trusted proxy (see the header comment).
function _M.client_ip(trusted)
    local addr = ngx_var.remote_addr
    if trusted.empty or not trusted:contains(addr) then
        return addr
    end
    local xff = ngx_var.http_x_forwarded_for
    if not xff or xff == "" then
        return addr
    end
    local hops = {}
    for entry in gmatch(xff, "[^,]+") do
        hops[#hops + 1] = entry
    end
    local client = addr
    for i = #hops, 1, -1 do
        local entry = match(hops[i], "^%s*(.-)%s*$")
        local bin = parse_ip(entry)
        if not bin then
            break
        end
        client = ip_text(bin)
        if not trusted:contains(client) then
            break
        end
    end
    return client
end


-- The client's key for per-client limits and bans: the address itself for
-- IPv4, and for IPv6 the /`bits` network it is in ("2001:db8:0:1:0:0:0:0/64"
-- for any address in that /64). One subscriber is usually given a whole /64
-- and may pick any address in it, so keying IPv6 clients per address would
-- hand each of them 2^64 fresh buckets. keyer(bits) returns the function
-- (a per-worker cache spares parsing a client's address on every request).
function _M.keyer(bits)
    local cache = lrucache.new(4096)
    local whole = floor(bits / 8)
    local rest = bits - whole * 8
    local suffix = "/" .. bits
    return function(addr)
        if not find(addr, ":", 1, true) then
            return addr
        end
        local key = cache:get(addr)
        if key then
            return key
        end
        local bin = parse_ip(addr)
        if not bin then
            key = addr
        elseif #bin == 4 then
            -- IPv4-mapped: the IPv4 client it is
            key = ip_text(bin)
        elseif bits >= 128 then
            key = ip_text(bin)
        else
            local masked = sub(bin, 1, whole)
            local n = whole
            if rest > 0 then
                local unit = 2 ^ (8 - rest)
                masked = masked .. char(floor(byte(bin, whole + 1) / unit)
                                        * unit)
                n = n + 1
            end
            masked = masked .. rep("\0", 16 - n)
            key = ip_text(masked) .. suffix
        end
        cache:set(addr, key)
        return key
    end
end


-- SHA-256 of `s` as 64 lowercase hex digits (API keys are declared by
-- their hash; over-long key parts are replaced by theirs).
local hasher = resty_sha256.new()

function _M.sha256_hex(s)
    hasher:reset()
    hasher:update(s)
    return to_hex(hasher:final())
end


-- A header's value as a key part (see the header comment).
function _M.header_part(value, max_len)
    if not value or value == "" then
        return PLACEHOLDER
    end
    if #value > max_len or find(value, SEPARATOR, 1, true) then
        return "#" .. _M.sha256_hex(value)
    end
    return "=" .. value
end


return _M
