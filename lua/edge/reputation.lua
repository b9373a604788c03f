-- Client reputation: allow and deny lists (IPs and CIDR blocks) and
-- temporary bans of clients the WAF keeps blocking. First in the pipeline:
-- a denied or banned client costs one table lookup and one shared-dict get.
--
-- Settings live in the "waf" section (waf.allow, waf.deny, waf.ban; see
-- edge.waf's schema). State: lua_shared_dict edge_reputation, keys
--   blk:<addr>  blocks counted in the current window (TTL = ban.window;
--               the window starts at the first block: a fixed window)
--   ban:<addr>  present while the client is banned (TTL = ban.duration)
-- Counting is one atomic incr per block; the ban is an add, so only one
-- worker logs it. When the dict is full the oldest keys go first (nginx's
-- LRU): under memory pressure bans can end early, never start wrongly.
--
-- access(): allow-listed -> ctx.waf_trusted (detection and bans skipped,
-- shape checks still apply); deny-listed or banned -> 403.
-- log(): a request the WAF blocked (ctx.waf_blocked) counts towards a ban.

local ngx = ngx
local ngx_var = ngx.var
local ngx_shared = ngx.shared
local ngx_log = ngx.log
local WARN = ngx.WARN
local ERR = ngx.ERR

local tonumber = tonumber
local ipairs = ipairs
local error = error
local floor = math.floor
local match = string.match
local find = string.find
local format = string.format
local sub = string.sub
local lower = string.lower
local rep = string.rep
local concat = table.concat
local sort = table.sort


local _M = { _VERSION = "0.1", name = "reputation" }

local DICT = "edge_reputation"


-- "a.b.c.d" -> number, or nil
local function ipv4(s)
    local a, b, c, d = match(s, "^(%d+)%.(%d+)%.(%d+)%.(%d+)$")
    if not a then
        return nil
    end
    a, b, c, d = tonumber(a), tonumber(b), tonumber(c), tonumber(d)
    if a > 255 or b > 255 or c > 255 or d > 255 then
        return nil
    end
    return ((a * 256 + b) * 256 + c) * 256 + d
end
_M.ipv4 = ipv4


-- IPv6 text -> 32 lower-case hex digits, or nil
local function ipv6(s)
    s = lower(s)
    if not find(s, ":", 1, true) or find(s, "[^0-9a-f:.]") then
        return nil
    end
    -- embedded IPv4 (::ffff:1.2.3.4)
    local head, v4 = match(s, "^(.*:)(%d+%.%d+%.%d+%.%d+)$")
    if head then
        local n = ipv4(v4)
        if not n then
            return nil
        end
        s = head .. format("%x:%x", floor(n / 65536), n % 65536)
    end
    local left, right = s, nil
    local dbl = find(s, "::", 1, true)
    if dbl then
        left, right = sub(s, 1, dbl - 1), sub(s, dbl + 2)
        if find(right, "::", 1, true) then
            return nil
        end
    end
    local groups = {}
    local function split(part)
        local out = {}
        if part == "" then
            return out
        end
        for g in (part .. ":"):gmatch("([^:]*):") do
            if g == "" or #g > 4 then
                return nil
            end
            out[#out + 1] = g
        end
        return out
    end
    local l = split(left)
    local r = right and split(right) or {}
    if not l or not r then
        return nil
    end
    local missing = 8 - #l - #r
    if (dbl and missing < 1) or (not dbl and missing ~= 0) then
        return nil
    end
    for _, g in ipairs(l) do
        groups[#groups + 1] = rep("0", 4 - #g) .. g
    end
    for _ = 1, missing do
        groups[#groups + 1] = "0000"
    end
    for _, g in ipairs(r) do
        groups[#groups + 1] = rep("0", 4 - #g) .. g
    end
    return concat(groups)
end
_M.ipv6 = ipv6


local HEXBITS = {}
for i = 0, 15 do
    HEXBITS[format("%x", i)] = i
end


-- The first `bits` bits of a 32-hex-digit address, as a string key.
local function v6_prefix(hex, bits)
    local full = floor(bits / 4)
    local key = sub(hex, 1, full)
    local rest = bits % 4
    if rest > 0 then
        local nib = HEXBITS[sub(hex, full + 1, full + 1)]
        local keep = floor(nib / 2 ^ (4 - rest))
        key = key .. "/" .. keep
    end
    return key
end


-- A list of addresses/CIDRs -> matcher { v4 = {len -> set}, v6 = ... }.
local function compile_list(list, path)
    local m = { v4 = {}, v6 = {}, v4_lens = {}, v6_lens = {}, n = 0 }
    for i, entry in ipairs(list) do
        local addr, bits = match(entry, "^([^/]+)/?(%d*)$")
        bits = tonumber(bits)
        local n4 = addr and ipv4(addr)
        local h6 = addr and not n4 and ipv6(addr)
        -- an IPv4-mapped IPv6 entry (::ffff:a.b.c.d) is an IPv4 entry
        if h6 and sub(h6, 1, 24) == "00000000000000000000ffff" then
            n4 = tonumber(sub(h6, 25), 16)
            bits = bits and bits - 96
            h6 = nil
        end
        if not n4 and not h6 then
            error(format("%s[%d]: %q is not an IP address or CIDR block",
                         path, i, entry), 0)
        end
        if n4 then
            bits = bits or 32
            if bits > 32 then
                error(format("%s[%d]: prefix /%d is longer than 32 bits",
                             path, i, bits), 0)
            end
            local set = m.v4[bits]
            if not set then
                set = {}
                m.v4[bits] = set
                m.v4_lens[#m.v4_lens + 1] = bits
            end
            set[floor(n4 / 2 ^ (32 - bits))] = true
        else
            bits = bits or 128
            if bits > 128 then
                error(format("%s[%d]: prefix /%d is longer than 128 bits",
                             path, i, bits), 0)
            end
            local set = m.v6[bits]
            if not set then
                set = {}
                m.v6[bits] = set
                m.v6_lens[#m.v6_lens + 1] = bits
            end
            set[v6_prefix(h6, bits)] = true
        end
        m.n = m.n + 1
    end
    sort(m.v4_lens)
    sort(m.v6_lens)
    return m
end
_M.compile_list = compile_list


local function matches(m, addr)
    if m.n == 0 or not addr then
        return false
    end
    local n4 = ipv4(addr)
    if n4 then
        local lens = m.v4_lens
        for i = 1, #lens do
            local bits = lens[i]
            if m.v4[bits][floor(n4 / 2 ^ (32 - bits))] then
                return true
            end
        end
        return false
    end
    local h6 = ipv6(addr)
    if not h6 then
        return false
    end
    -- IPv4-mapped IPv6 clients match IPv4 entries too
    if sub(h6, 1, 24) == "00000000000000000000ffff" then
        local v4 = tonumber(sub(h6, 25), 16)
        local lens = m.v4_lens
        for i = 1, #lens do
            local bits = lens[i]
            if m.v4[bits][floor(v4 / 2 ^ (32 - bits))] then
                return true
            end
        end
    end
    local lens = m.v6_lens
    for i = 1, #lens do
        local bits = lens[i]
        if m.v6[bits][v6_prefix(h6, bits)] then
            return true
        end
    end
    return false
end
_M.matches = matches


-- Set at init (master), read-only in workers.
local allow, deny, ban


function _M.compile(conf)
    local g = conf.waf
    allow = compile_list(g.allow, "config.waf.allow")
    deny = compile_list(g.deny, "config.waf.deny")
    ban = g.ban
    if ban.enabled and not ngx_shared[DICT] then
        error("config.waf.ban.enabled: needs lua_shared_dict " .. DICT
              .. " in nginx.conf", 0)
    end
    for i, entry in ipairs(g.allow) do
        for j, other in ipairs(g.deny) do
            if entry == other then
                error(format("config.waf.deny[%d]: %s is also in "
                             .. "config.waf.allow[%d]", j, other, i), 0)
            end
        end
    end
end


local REFUSED = "the request was blocked by the edge's input filter"


function _M.access(_, _, ctx)
    local addr = ngx_var.remote_addr
    if allow.n > 0 and matches(allow, addr) then
        ctx.waf_trusted = true
        ctx.edge.reputation = "allow"
        return nil
    end
    if deny.n > 0 and matches(deny, addr) then
        ctx.edge.reputation = "deny"
        return 403, REFUSED, "request-blocked"
    end
    if ban.enabled then
        local dict = ngx_shared[DICT]
        if dict:get("ban:" .. addr) then
            ctx.edge.reputation = "banned"
            return 403, REFUSED, "request-blocked"
        end
    end
    return nil
end


function _M.log(_, _, ctx)
    if not ctx.waf_blocked or not ban.enabled or ctx.waf_trusted then
        return
    end
    local addr = ngx_var.remote_addr
    if not addr then
        return
    end
    local dict = ngx_shared[DICT]
    local n, err = dict:incr("blk:" .. addr, 1, 0, ban.window)
    if not n then
        ngx_log(ERR, "reputation: cannot count a block: ", err)
        return
    end
    if n >= ban.blocks then
        local ok, aerr = dict:add("ban:" .. addr, n, ban.duration)
        if ok then
            ngx_log(WARN, "reputation: banned ", addr, " for ", ban.duration,
                    "s after ", n, " blocked requests within ", ban.window, "s")
        elseif aerr ~= "exists" then
            ngx_log(ERR, "reputation: cannot store a ban: ", aerr)
        end
    end
end


return _M
