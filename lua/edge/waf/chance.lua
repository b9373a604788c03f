-- How likely a short fragment is by chance in the value around it.
--
-- Bot sensors and ciphers put long runs of random printable bytes into
-- real requests. A fragment of two or three bytes that a rule looks for
-- ("%n", C's write directive) occurs in such a run by chance: in 2,000
-- bytes drawn from 93, "%n" is expected about 0.2 times. When the value's
-- own bytes explain how often the fragment occurs, it says nothing about
-- an attack.
--
--   chance.class(bytes) -> a byte class (read-only, built at load): the
--       bytes of the string given, or chance.class(nil, test) for the
--       bytes where test(byte) is true
--   chance.explains(text, seq, observed) -> boolean
--       seq: a list of byte classes, one per byte of the fragment (a class
--       of one byte is that byte); observed: how many times the fragment
--       occurs in text. The expected count under bytes drawn one by one
--       with the frequencies the rest of the value has (the fragment's
--       own occurrences left out: a short attack explains nothing by its
--       own bytes) is lambda = (n - len + 1) * p1 * p2 * ...; the
--       fragment is explained when both Poisson tails at the observed
--       count are at least ALPHA: chance gives that many often enough,
--       and not far more (a run padded with the fragment's bytes kept
--       apart, so that lambda is large and the fragment occurs once, is
--       not noise).
--
-- A payload padded with noise is excused only when the noise is what
-- chance makes of the fragment too: long (about 1,000 bytes or more of
-- an alphabet of 93 for two bytes), spread over the whole alphabet, and
-- the fragment no more frequent than it makes it. Longer fragments are
-- never explained: their expected count stays far below ALPHA.

local byte = string.byte

local _M = { _VERSION = "0.1" }

local ALPHA = 0.05
-- Values shorter than this: no fragment is explained (the frequencies of
-- a few bytes say nothing).
local MIN_LEN = 256


function _M.class(bytes, test)
    local c = { n = 0 }
    for b = 0, 255 do
        if (bytes and bytes:find(string.char(b), 1, true)) or (test and test(b)) then
            c[b] = true
            c.n = c.n + 1
            c.only = b
        end
    end
    if c.n ~= 1 then
        c.only = nil
    end
    return c
end


-- P(X >= k) and P(X <= k) for X ~ Poisson(lambda).
local function tails(lambda, k)
    local term = math.exp(-lambda)
    local below = 0                   -- P(X < k)
    for j = 0, k - 1 do
        below = below + term
        term = term * lambda / (j + 1)
    end
    return 1 - below, below + term
end


function _M.explains(text, seq, observed)
    local n = #text
    if n < MIN_LEN or observed < 1 then
        return false
    end
    local counts = {}
    for b = 0, 255 do
        counts[b] = 0
    end
    for i = 1, n do
        local b = byte(text, i)
        counts[b] = counts[b] + 1
    end
    -- leave the fragment's own bytes out
    local rest = n
    for _, c in ipairs(seq) do
        if c.only then
            counts[c.only] = counts[c.only] - observed
            rest = rest - observed
        end
    end
    if rest <= #seq then
        return false
    end
    local p = 1
    for _, c in ipairs(seq) do
        local k = 0
        for b = 0, 255 do
            if c[b] then
                k = k + counts[b]
            end
        end
        p = p * k / rest
    end
    local lambda = (rest - #seq + 1) * p
    local at_least, at_most = tails(lambda, observed)
    return at_least >= ALPHA and at_most >= ALPHA
end


return _M
