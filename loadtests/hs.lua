-- Hyperscan (Debian's libhyperscan5 on x86-64, libvectorscan5 elsewhere:
-- both install libhs.so.5) through LuaJIT's FFI. Not in the WAF's hot
-- path (kept under loadtests/): loadtests/bench_hs.py measured it against edge.waf.match (README,
-- "### Measurements", 2026-12-02) and it did not pay there.
--
--   available() -> true | false, why
--   compile_literals(words, caseless) -> db | nil, err
--       one database of plain substrings (hs_compile_lit_multi), each
--       reported once per scan (SINGLEMATCH), ids 1..#words.
--   compile(patterns, flags) -> db | nil, err, index
--       one database of PCRE-syntax patterns (hs_compile_multi), ids
--       1..#patterns; flags is a number for all or a list per pattern
--       (the HS_FLAG_* fields of this module).
--   init_worker()
--       the worker's scratch, grown for every database compiled so far
--       (one scratch serves any number of databases; a worker runs one
--       scan at a time, and a scan never yields).
--   any(db, text) -> boolean
--       does one pattern of db match text? Stops at the first match.
--   matches(db, text, hits) -> n
--       which patterns of db match text: hits (a uint8_t array of at least
--       n_patterns + 1 bytes, the caller's, zeroed) gets 1 at each id
--       found; n is the number of ids found (at most 255).
--
-- Databases are compiled data, read-only after init (module level, like
-- the automata of edge.waf.match); the scratch is the worker's. Nothing a
-- request owns is kept here.

local ffi = require "ffi"

local C = ffi.C
local ffi_new = ffi.new
local ffi_cast = ffi.cast
local ffi_string = ffi.string
local type = type
local error = error
local tostring = tostring

local _M = { _VERSION = "0.1" }

_M.CASELESS = 1
_M.DOTALL = 2
_M.MULTILINE = 4
_M.SINGLEMATCH = 8
_M.ALLOWEMPTY = 16
_M.UTF8 = 32
_M.PREFILTER = 128

local HS_SUCCESS = 0
local HS_SCAN_TERMINATED = -3
local HS_MODE_BLOCK = 1

ffi.cdef [[
typedef struct hs_database hs_database_t;
typedef struct hs_scratch hs_scratch_t;
typedef struct hs_compile_error { char *message; int expression; } hs_compile_error_t;
typedef int (*edge_hs_handler)(unsigned int id, unsigned long long from,
                               unsigned long long to, unsigned int flags,
                               void *context);
int hs_compile_multi(const char *const *expressions, const unsigned int *flags,
                     const unsigned int *ids, unsigned int elements,
                     unsigned int mode, const void *platform,
                     hs_database_t **db, hs_compile_error_t **error);
int hs_compile_lit_multi(const char *const *expressions, const unsigned *flags,
                         const unsigned *ids, const size_t *lens,
                         unsigned elements, unsigned mode, const void *platform,
                         hs_database_t **db, hs_compile_error_t **error);
int hs_free_compile_error(hs_compile_error_t *error);
int hs_alloc_scratch(const hs_database_t *db, hs_scratch_t **scratch);
int hs_scan(const hs_database_t *db, const char *data, unsigned int length,
            unsigned int flags, hs_scratch_t *scratch, edge_hs_handler onEvent,
            void *context);
int hs_valid_platform(void);
const char *hs_version(void);
int abs(int);
]]

local lib, why
do
    local ok, l = pcall(ffi.load, "libhs.so.5")
    if ok then
        if l.hs_valid_platform() == HS_SUCCESS then
            lib = l
        else
            why = "libhs.so.5: this CPU lacks what Hyperscan needs (SSSE3)"
        end
    else
        why = "libhs.so.5 not found (apt-get install libhyperscan5, or "
            .. "libvectorscan5 off x86-64): " .. tostring(l)
    end
end


function _M.available()
    if lib then
        return true
    end
    return false, why
end


function _M.version()
    return lib and ffi_string(lib.hs_version()) or nil
end


-- Every database compiled (init_worker grows the scratch for each).
local dbs = {}
local scratch       -- the worker's (hs_scratch_t *)


local function compiled(rc, dbp, errp, n)
    if rc ~= HS_SUCCESS then
        local e = errp[0]
        local msg, index = "hs_compile failed: " .. rc, nil
        if e ~= nil then
            msg = ffi_string(e.message)
            index = e.expression >= 0 and e.expression + 1 or nil
            lib.hs_free_compile_error(e)
        end
        return nil, msg, index
    end
    local db = { ptr = dbp[0], n = n }
    dbs[#dbs + 1] = db
    return db
end


function _M.compile_literals(words, caseless)
    if not lib then
        return nil, why
    end
    local n = #words
    local exprs = ffi_new("const char *[?]", n)
    local flags = ffi_new("unsigned int[?]", n)
    local ids = ffi_new("unsigned int[?]", n)
    local lens = ffi_new("size_t[?]", n)
    for i = 1, n do
        local w = words[i]
        if type(w) ~= "string" or w == "" then
            error("words must be non-empty strings", 2)
        end
        exprs[i - 1] = w
        lens[i - 1] = #w
        flags[i - 1] = _M.SINGLEMATCH + (caseless and _M.CASELESS or 0)
        ids[i - 1] = i
    end
    local dbp = ffi_new("hs_database_t *[1]")
    local errp = ffi_new("hs_compile_error_t *[1]")
    local rc = lib.hs_compile_lit_multi(exprs, flags, ids, lens, n,
                                        HS_MODE_BLOCK, nil, dbp, errp)
    return compiled(rc, dbp, errp, n)
end


function _M.compile(patterns, pflags)
    if not lib then
        return nil, why
    end
    local n = #patterns
    local exprs = ffi_new("const char *[?]", n)
    local flags = ffi_new("unsigned int[?]", n)
    local ids = ffi_new("unsigned int[?]", n)
    for i = 1, n do
        exprs[i - 1] = patterns[i]
        flags[i - 1] = type(pflags) == "table" and pflags[i] or pflags or 0
        ids[i - 1] = i
    end
    local dbp = ffi_new("hs_database_t *[1]")
    local errp = ffi_new("hs_compile_error_t *[1]")
    local rc = lib.hs_compile_multi(exprs, flags, ids, n, HS_MODE_BLOCK, nil,
                                    dbp, errp)
    return compiled(rc, dbp, errp, n)
end


function _M.init_worker()
    if not lib then
        return
    end
    local sp = ffi_new("hs_scratch_t *[1]")
    sp[0] = scratch
    for i = 1, #dbs do
        local rc = lib.hs_alloc_scratch(dbs[i].ptr, sp)
        if rc ~= HS_SUCCESS then
            error("hs_alloc_scratch failed: " .. rc)
        end
    end
    scratch = sp[0]
end


-- Stop at the first match. Two ways, both measured by
-- loadtests/bench_hs.py: a Lua callback (LuaJIT runs it in the
-- interpreter, and a C call that may call back into Lua is not to be
-- made from compiled code: its caller is kept out of the JIT; a probe
-- without that ran 20,000 scans without an error in this LuaJIT build,
-- not relied on), or libc's abs() as the handler: ids
-- start at 1, so abs(id) is non-zero and the scan ends there (the
-- handler's other arguments are ignored by the C calling conventions
-- LuaJIT runs on).
local stop_lua = ffi_cast("edge_hs_handler", function()
    return 1
end)
local stop_c = ffi_cast("edge_hs_handler", C.abs)
_M.stop_lua, _M.stop_c = stop_lua, stop_c


local function result(rc)
    if rc == HS_SCAN_TERMINATED then
        return true
    end
    if rc ~= HS_SUCCESS then
        error("hs_scan failed: " .. rc, 3)
    end
    return false
end


-- (the C handler: no callback into Lua, the caller may be compiled)
function _M.any(db, text)
    return result(lib.hs_scan(db.ptr, text, #text, 0, scratch, stop_c, nil))
end


-- The scan alone, no match reported (a NULL handler: what the scan
-- costs without the callbacks; for measurements).
function _M.scan_only(db, text)
    return result(lib.hs_scan(db.ptr, text, #text, 0, scratch, nil, nil))
end


-- (each function whose code calls hs_scan with a Lua handler is kept out
-- of the JIT, see above)
function _M.any_lua(db, text)
    return result(lib.hs_scan(db.ptr, text, #text, 0, scratch, stop_lua, nil))
end
jit.off(_M.any_lua)


-- The ids found, through a Lua callback (its context: hits; hits[0]
-- counts them).
local found = ffi_cast("edge_hs_handler", function(id, _, _, _, ctx)
    local h = ffi_cast("uint8_t *", ctx)
    if h[id] == 0 then
        h[id] = 1
        h[0] = h[0] + 1
    end
    return 0
end)


function _M.matches(db, text, hits)
    hits[0] = 0
    result(lib.hs_scan(db.ptr, text, #text, 0, scratch, found, hits))
    return hits[0]
end
jit.off(_M.matches)


return _M
