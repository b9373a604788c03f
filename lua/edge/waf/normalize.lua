-- Normalization of request values before the WAF's detectors look at them.
--
-- Attackers hide the same payload behind many encodings; the detectors
-- should see one canonical text. view(raw, into) fills the table `into`
-- (the transaction's, reused value to value) with:
--   raw   the value as parsed (nginx already decoded query arguments once)
--   dec   decoded: repeated URL decoding (%XX, IIS %uXXXX), HTML entities
--         (named and numeric, with or without ';'), JS/C escapes (\uXXXX,
--         \u{X}, \xHH), overlong UTF-8 and fullwidth forms (their
--         ideographic space too) folded to ASCII, zero-width characters
--         and byte order marks removed,
--         NUL bytes removed
--   low   dec in lower case
--   cmp   low with /* comments */ removed (MySQL /*!50000 markers keep
--         their content), control characters and whitespace runs folded
--         into one space
--   ctrl  control_bytes(low): 1 C0 controls, 2 DEL or NBSP, 3 both, 0 none
--   nul   true when the value (at any decoding step) held a NUL byte
--   mention  false: set by the detectors when they report weak evidence
--         that is a mention in text (edge.waf.detect.path)
--   b64   if the raw value is plain base64 of printable text: that text,
--         normalized (lower case); else false
-- Each step runs only when its trigger character is present, so a plain
-- value costs a few string.find calls and no allocation.

local ffi = require "ffi"
local re_gsub = require("edge.waf.re").gsub
local re_find = require("edge.waf.re").find
local unescape_uri = ngx.unescape_uri
local decode_base64 = ngx.decode_base64

local find = string.find
local sub = string.sub
local gsub = string.gsub
local lower = string.lower
local byte = string.byte
local char = string.char
local tonumber = tonumber
local floor = math.floor
local concat = table.concat
local bor = bit.bor


local _M = { _VERSION = "0.1" }


-- A code point as UTF-8 (ASCII stays one byte).
local function utf8(cp)
    if cp < 0x80 then
        return char(cp)
    elseif cp < 0x800 then
        return char(0xC0 + floor(cp / 0x40), 0x80 + cp % 0x40)
    elseif cp < 0x10000 then
        return char(0xE0 + floor(cp / 0x1000), 0x80 + floor(cp / 0x40) % 0x40,
                    0x80 + cp % 0x40)
    elseif cp < 0x110000 then
        return char(0xF0 + floor(cp / 0x40000),
                    0x80 + floor(cp / 0x1000) % 0x40,
                    0x80 + floor(cp / 0x40) % 0x40, 0x80 + cp % 0x40)
    end
    return ""
end
_M.utf8 = utf8


local function from_hex(h)
    return utf8(tonumber(h, 16))
end

-- An HTML character reference: one to code point 0, "&#0;", "&#00ff00"
-- (a colour after it), is U+FFFD to HTML5's decoder and to the others'
-- (Python's html.unescape; PHP's leaves it as written): no NUL comes of it.
local REPLACEMENT = "\239\191\189"         -- U+FFFD

local function from_hex_ref(h)
    local n = tonumber(h, 16)
    return n == 0 and REPLACEMENT or utf8(n)
end


-- \xHH is a byte (C, PHP, Python): "\xc2\xbc" is the UTF-8 of U+00BC.
local function byte_from_hex(h)
    return char(tonumber(h, 16))
end


local function from_dec(d)
    local n = tonumber(d)
    if n == 0 then
        return REPLACEMENT
    end
    if n and n < 0x110000 then
        return utf8(n)
    end
    return ""
end


local function url_decode(s)
    for _ = 1, 4 do
        if not find(s, "%", 1, true) then
            break
        end
        if find(s, "%%[uU]%x%x%x%x") then
            s = gsub(s, "%%[uU](%x%x%x%x)", from_hex)
        end
        -- a "+" is a blank only in a form's encoding, which the query and
        -- form parsers have already undone; here (a value's second
        -- decoding, a JSON string, a path segment) it is a plus sign
        local e = s
        if find(s, "+", 1, true) then
            e = gsub(s, "%+", "%%2B")
        end
        local d = unescape_uri(e)
        if d == s then
            break
        end
        s = d
    end
    return s
end
_M.url_decode = url_decode


-- Named entities an attacker uses to hide markup and code; HTML5 has
-- two thousand, these are the ones that decode to ASCII syntax.
local ENTITIES = {
    lt = "<", gt = ">", amp = "&", quot = '"', apos = "'", nbsp = " ",
    tab = "\t", newline = "\n", colon = ":", semi = ";", comma = ",",
    period = ".", sol = "/", bsol = "\\", lpar = "(", rpar = ")",
    lsqb = "[", rsqb = "]", lbrack = "[", rbrack = "]", lbrace = "{",
    rbrace = "}", lcub = "{", rcub = "}", excl = "!", quest = "?",
    num = "#", dollar = "$", percnt = "%", plus = "+", equals = "=",
    grave = "`", ast = "*", midast = "*", vert = "|", verbar = "|",
    hat = "^", lowbar = "_", hyphen = "-", dash = "-", commat = "@",
    Tab = "\t", NewLine = "\n",
}


-- Named entities of text (typography, currency, Latin letters, a few
-- symbols) decode to their characters, as a browser shows them: left as
-- "&copy;" they read as a command after a separator ("& copy ;"). None
-- of them is a command's or an operator's name ("&times;", "&not;",
-- "&and;" stay: "times" is a shell's builtin).
local TEXT_ENTITIES = {
    copy = 169, reg = 174, trade = 8482, hellip = 8230, mdash = 8212, ndash = 8211,
    laquo = 171, raquo = 187, ldquo = 8220, rdquo = 8221, lsquo = 8216, rsquo = 8217,
    sbquo = 8218, bdquo = 8222, euro = 8364, pound = 163, yen = 165, cent = 162,
    curren = 164, deg = 176, middot = 183, bull = 8226, divide = 247, frac12 = 189,
    frac14 = 188, frac34 = 190, sup1 = 185, sup2 = 178, sup3 = 179, micro = 181,
    para = 182, sect = 167, iexcl = 161, iquest = 191, shy = 173, ordf = 170,
    ordm = 186, plusmn = 177, acute = 180, cedil = 184, uml = 168, macr = 175,
    larr = 8592, rarr = 8594, uarr = 8593, darr = 8595, harr = 8596, hearts = 9829,
    dagger = 8224, Dagger = 8225, permil = 8240, prime = 8242, thinsp = 8201,
    ensp = 8194, emsp = 8195, zwnj = 8204, zwj = 8205, lrm = 8206, rlm = 8207,
    le = 8804, ge = 8805, ne = 8800, asymp = 8776, infin = 8734, minus = 8722,
    szlig = 223, yuml = 255,
}
do
    -- U+00C0-U+00DE and their small letters (U+00E0-U+00FE): "&Eacute;",
    -- "&eacute;" (U+00D7 and U+00F7 are signs, "&times;" and "&divide;")
    local names = { "Agrave", "Aacute", "Acirc", "Atilde", "Auml", "Aring", "AElig",
                    "Ccedil", "Egrave", "Eacute", "Ecirc", "Euml", "Igrave", "Iacute",
                    "Icirc", "Iuml", "ETH", "Ntilde", "Ograve", "Oacute", "Ocirc",
                    "Otilde", "Ouml", false, "Oslash", "Ugrave", "Uacute", "Ucirc", "Uuml",
                    "Yacute", "THORN" }
    for i, name in ipairs(names) do
        if name then
            TEXT_ENTITIES[name] = 191 + i
            TEXT_ENTITIES[lower(name)] = 223 + i
        end
    end
end


local function entity(name)
    local e = ENTITIES[name] or ENTITIES[lower(name)]
    if e then
        return e
    end
    local cp = TEXT_ENTITIES[name]
    if cp then
        return utf8(cp)
    end
    -- legacy parsing: "&lbracejndi" is "{" followed by "jndi"
    for n = #name - 1, 2, -1 do
        e = ENTITIES[lower(sub(name, 1, n))]
        if e then
            return e .. sub(name, n + 1)
        end
    end
    return nil
end


local function html_decode(s)
    for _ = 1, 2 do
        if not re_find(s, [=[&[#a-zA-Z]]=], "jo") then
            break
        end
        local d = gsub(s, "&#[xX](%x+);?", from_hex_ref)
        d = gsub(d, "&#(%d+);?", from_dec)
        d = gsub(d, "&(%a+);?", entity)
        if d == s then
            break
        end
        s = d
    end
    return s
end
_M.html_decode = html_decode


-- (a run of backslashes before an escape is one backslash, "\\\\u0041" an
-- escape escaped once more; the run is folded from its first byte by a
-- possessive match, since Lua's "\\+[uU]" from each byte of a long run
-- not followed by an escape reads the rest of the run again: square)
local RE_ESCAPE_RUN = [=[(?<!\\)\\{2,}+]=]
    .. [=[(?=[uU](?:[0-9a-fA-F]{4}|\{[0-9a-fA-F]+\})|[xX][0-9a-fA-F]{2})]=]

local function fold_escape_runs(s)
    if not find(s, "\\\\", 1, true) then
        return s
    end
    return (re_gsub(s, RE_ESCAPE_RUN, "\\", "jo"))
end

local function js_decode(s)
    if not find(s, "\\", 1, true) then
        return s
    end
    for _ = 1, 2 do
        local d = gsub(fold_escape_runs(s), "\\[uU](%x%x%x%x)", from_hex)
        d = gsub(fold_escape_runs(d), "\\[uU]{(%x+)}", from_hex)
        d = gsub(fold_escape_runs(d), "\\[xX](%x%x)", byte_from_hex)
        if d == s then
            break
        end
        s = d
    end
    return s
end
_M.js_decode = js_decode


-- Overlong UTF-8 (C0 AE or E0 80 AE for ".") and fullwidth forms
-- (U+FF01..FF5E) fold to the ASCII character a lenient decoder would see.
local function overlong2(a, b)
    return char((byte(a) - 0xC0) * 0x40 + (byte(b) - 0x80))
end


local function overlong3(a, b)
    return char((byte(a) - 0x80) * 0x40 + (byte(b) - 0x80))
end


local function fullwidth(a, b)
    local cp = 0xF000 + (byte(a) - 0x80) * 0x40 + (byte(b) - 0x80)
    if cp >= 0xFF01 and cp <= 0xFF5E then
        return char(cp - 0xFEE0)
    end
    return nil
end


-- Enclosed alphanumerics (U+2460..2473 circled 1-20, U+24B6..24E9
-- circled letters, U+24EA circled 0) fold to what IDNA's mapping (UTS 46,
-- as every browser's and WHATWG URL parser applies to a host) makes of
-- them: "http://①②⑦.⓪.⓪.①/" is 127.0.0.1, "ⓛⓞⓒⓐⓛⓗⓞⓢⓣ" localhost.
local function enclosed(b2, b3)
    local cp = 0x2000 + (byte(b2) - 0x80) * 0x40 + (byte(b3) - 0x80)
    if cp >= 0x2460 and cp <= 0x2473 then
        return tostring(cp - 0x245F)
    elseif cp >= 0x24B6 and cp <= 0x24CF then
        return char(cp - 0x24B6 + 97)
    elseif cp >= 0x24D0 and cp <= 0x24E9 then
        return char(cp - 0x24D0 + 97)
    elseif cp == 0x24EA then
        return "0"
    end
    return nil
end


-- Small form variants (U+FE50..FE6B) fold to the ASCII punctuation
-- NFKC gives them ("\u{FE64}script\u{FE65}", "x\u{FE54}id"); the two of
-- them that map to CJK punctuation or a dash stay.
local SMALL = {}
for cp, ch in pairs({ [0x50] = ",", [0x52] = ".", [0x54] = ";", [0x55] = ":", [0x56] = "?",
                      [0x57] = "!", [0x59] = "(", [0x5A] = ")", [0x5B] = "{", [0x5C] = "}",
                      [0x5F] = "#", [0x60] = "&", [0x61] = "*", [0x62] = "+", [0x63] = "-",
                      [0x64] = "<", [0x65] = ">", [0x66] = "=", [0x68] = "\\", [0x69] = "$",
                      [0x6A] = "%", [0x6B] = "@" }) do
    SMALL[char(0x90 + cp - 0x50)] = ch
end


local function fold(s)
    -- (plain finds: a regex class costs ~14 instructions a byte)
    -- invisible characters go: a zero-width space, non-joiner or joiner
    -- (U+200B-200D), a word joiner (U+2060) and a byte order mark
    -- (U+FEFF) inside a word are no character of it to a reader, and to
    -- a filter that drops them ("\u{FEFF}../\u{FEFF}../etc/passwd")
    if find(s, "\239\187\191", 1, true) then
        s = gsub(s, "\239\187\191", "")
    end
    -- (each by a plain find: "\226\128" alone is in every typographic
    -- quote and dash, which prose is full of)
    if find(s, "\226\128\139", 1, true) or find(s, "\226\128\140", 1, true)
            or find(s, "\226\128\141", 1, true) then
        s = gsub(s, "\226\128[\139-\141]", "")
    end
    if find(s, "\226\129\160", 1, true) then
        s = gsub(s, "\226\129\160", "")
    end
    if find(s, "\226\145", 1, true) or find(s, "\226\146", 1, true)
       or find(s, "\226\147", 1, true) then
        s = gsub(s, "\226([\145-\147])([\128-\191])", enclosed)
    end
    -- (the ideographic space, U+3000, is the fullwidth forms' blank:
    -- "ＯＲ　＇１" is "OR '1" to a lenient decoder, as its letters are)
    if find(s, "\227\128\128", 1, true) then
        s = gsub(s, "\227\128\128", " ")
    end
    -- (characters every normalization form, or NFKC, maps to an ASCII
    -- one, which an application that normalizes its input reads: the
    -- Greek question mark, U+037E, is ";", the Greek varia, U+1FEF, "`",
    -- the Kelvin sign, U+212A, "K", the one dot leader, U+2024, ".")
    if find(s, "\205\190", 1, true) then
        s = gsub(s, "\205\190", ";")
    end
    if find(s, "\225\191\175", 1, true) then
        s = gsub(s, "\225\191\175", "`")
    end
    if find(s, "\226\132\170", 1, true) then
        s = gsub(s, "\226\132\170", "K")
    end
    if find(s, "\226\128\164", 1, true) then
        s = gsub(s, "\226\128\164", ".")
    end
    if not (find(s, "\192", 1, true) or find(s, "\193", 1, true)
            or find(s, "\224", 1, true) or find(s, "\239", 1, true)) then
        return s
    end
    s = gsub(s, "([\192\193])([\128-\191])", overlong2)
    s = gsub(s, "\224([\128\129])([\128-\191])", overlong3)
    s = gsub(s, "\239([\188\189])([\128-\191])", fullwidth)
    s = gsub(s, "\239\185([\144-\171])", SMALL)
    return s
end


-- UTF-7 (+ADw-script+AD4-): decode base64 runs of UTF-16BE code units.
local B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
local B64V = {}
for i = 1, #B64 do
    B64V[byte(B64, i)] = i - 1
end


local function utf7_run(run)
    local bits, nbits, out = 0, 0, ""
    for i = 1, #run do
        local v = B64V[byte(run, i)]
        if not v then
            return nil
        end
        bits = bits * 64 + v
        nbits = nbits + 6
        if nbits >= 16 then
            nbits = nbits - 16
            local p = 2 ^ nbits
            local unit = floor(bits / p)
            bits = bits % p
            out = out .. utf8(unit)
        end
    end
    return out
end


function _M.utf7_decode(s)
    if not find(s, "+", 1, true) then
        return s
    end
    return (gsub(s, "%+([%w+/]+)%-?", utf7_run))
end


-- Module-level callbacks for gsub: a closure created inside a function
-- makes every return from that function close upvalues (bytecode UCLO),
-- which LuaJIT cannot compile, so each caller's trace would abort there.
local function low_half(c)
    return char(byte(c) - 0x80)
end


-- The US-ASCII 7-bit trick: some decoders drop the high bit, so
-- "\xBCscript\xBE" (or U+00BC/U+00BE) reads as "<script>".
function _M.seven_bit(s)
    if not (find(s, "\188", 1, true) and find(s, "\190", 1, true)) then
        return nil
    end
    -- only for U+00BC/U+00BE or lone high bytes, not the UTF-8 of other
    -- letters (Cyrillic "м" is D0 BC)
    if not find(s, "\194[\188\190]") and not find(s, "[^\192-\255][\188\190]")
            and not find(s, "^[\188\190]") then
        return nil
    end
    s = gsub(s, "\194([\160-\191])", "%1")
    return (gsub(s, "[\160-\255]", low_half))
end


-- A written NUL that opens a range of a regex's bracket expression
-- ("[\x00-\x08]", "[\u0000-\u001f]") is the range's bound, no byte the
-- value carries: true when the value spells no other NUL (s: the text
-- before the escapes were decoded, which holds no NUL byte itself).
local function range_nul_only(s)
    if find(s, "\0", 1, true) then
        return false
    end
    local rest, n = gsub(s, "%[(%^?)\\[xX]00%-", "[%1")
    local rest2, m = gsub(rest, "%[(%^?)\\[uU]0000%-", "[%1")
    return n + m > 0 and not find(fold(url_decode(js_decode(rest2))), "\0", 1, true)
end

function _M.decode(s)
    local nul = false
    s = url_decode(s)
    if find(s, "&", 1, true) then
        s = html_decode(s)
        s = url_decode(s)
    end
    local escaped
    if find(s, "\\", 1, true) then
        escaped = s
        s = js_decode(s)
        s = url_decode(s)
    end
    s = fold(s)
    if find(s, "\0", 1, true) then
        nul = not (escaped and range_nul_only(escaped))
        s = gsub(s, "%z", "")
    end
    return s, nul
end


-- /* comments */ become one space; a MySQL "/*!50000" marker keeps its
-- content (the marker alone goes); an unterminated comment runs to the
-- end, unless the quote right before its "/*" closes after it (a literal
-- holds the opener); a stray "*/" goes too. A plain scan, linear in the text: a regex
-- with a repeated group here ran out of PCRE's JIT stack on a few KB.
-- (the next "/*" and "*/" are looked for again only once the scan has
-- passed them: none found stays none, where a search to the end for each
-- of thousands of strays was square)
local function strip_comments(s)
    local out, n = {}, 0
    local from = 1
    local nb, ns = 0, 0           -- the next "/*" and "*/" (false: none)
    while true do
        if nb and nb < from then
            nb = find(s, "/*", from, true) or false
        end
        if ns and ns < from then
            ns = find(s, "*/", from, true) or false
        end
        local b, stray = nb or nil, ns or nil
        if stray and (not b or stray < b) then
            n = n + 1
            out[n] = sub(s, from, stray - 1)
            n = n + 1
            out[n] = " "
            from = stray + 2
        elseif not b then
            break
        else
            n = n + 1
            out[n] = sub(s, from, b - 1)
            n = n + 1
            out[n] = " "
            if byte(s, b + 2) == 33 then                  -- "/*!"
                local e = b + 3
                while true do
                    local c = byte(s, e)
                    if not c or c < 48 or c > 57 then
                        break
                    end
                    e = e + 1
                end
                from = e
            else
                local e = find(s, "*/", b + 2, true)
                if not e then
                    local q = byte(s, b - 1)
                    if (q == 39 or q == 34) and find(s, char(q), b + 2, true) then
                        -- "1 and '/*' union(select ...": the opener is
                        -- inside a literal the same quote closes; no
                        -- comment that never ends starts there
                        out[n] = "/*"
                        from = b + 2
                    else
                        return concat(out, "", 1, n)
                    end
                else
                    from = e + 2
                end
            end
        end
    end
    n = n + 1
    out[n] = sub(s, from)
    return concat(out, "", 1, n)
end
_M.strip_comments = strip_comments


-- Which control bytes s has: 1 (C0: 0x00-0x1f), 2 (0x7f, 0xa0), 3 both,
-- 0 none. One pass (a JIT-compiled loop, ~4 instructions a byte; a
-- regex class costs ~14).
local CONTROL = ffi.new("uint8_t[256]")
for b = 0, 31 do
    CONTROL[b] = 1
end
CONTROL[127], CONTROL[160] = 2, 2
local uint8_ptr = ffi.typeof("const uint8_t *")


local function control_bytes(s)
    local p = ffi.cast(uint8_ptr, s)
    local f = 0
    for i = 0, #s - 1 do
        f = bor(f, CONTROL[p[i]])
        if f == 3 then
            break
        end
    end
    return f
end
_M.control_bytes = control_bytes


-- ctrl: control_bytes(s) when the caller has it (of s before comments
-- are stripped: that can only remove bytes)
-- A short line comment with a line of text after it ("--x\n", "-- a\n":
-- one word of letters and digits at most) is a space between two words,
-- as "/**/" is: "union--x\nselect" is "union select" to every database
-- but MySQL, which wants a blank after "--" (and reads "-- x\n" so). A
-- dash pair in prose ("-- see below\n") holds more words, an option in a
-- code span ("`--previous`.") other bytes, and a comment that ends the
-- value ("admin'--\r\n") still ends it: they stay. MySQL's "#" comment
-- ("x'#c\nOR ...") the same, a word glued to it at most ("# Title\n", a
-- heading, holds a blank first and stays).
local RE_LINE_COMMENT = [=[(?:--[ \t]?|#)[\w+-]{0,12}[ \t]*\r?\n(?=[ \t]*\S)]=]
-- ... and so is a line that is a comment from its start, whatever it
-- holds ("x'\n-- see ticket 12, re-run\nOR 1=1": every SQL reads the
-- comment to the line's end; prose's dash pair stands between words)
    .. [=[|(?:^|\n)[ \t]*--[^\n]*+\n(?=[ \t]*\S)]=]

local function compact(s, ctrl)
    if find(s, "/*", 1, true) or find(s, "*/", 1, true) then
        s = strip_comments(s)
    end
    if (find(s, "--", 1, true) or find(s, "#", 1, true)) and find(s, "\n", 1, true) then
        s = re_gsub(s, RE_LINE_COMMENT, " ", "jo")
    end
    if (ctrl or control_bytes(s)) ~= 0 or find(s, "  ", 1, true) then
        -- only runs that are not already one plain space get rewritten
        -- (a no-break space as UTF-8 writes it, "\xc2\xa0", is a blank
        -- whole: "'\xc2\xa0OR" folded its second byte only, and the first
        -- glued to the quote hid the logic word)
        s = re_gsub(s, [=[(?:\xc2\xa0|[\x00-\x1f\x7f\xa0])(?:\xc2\xa0|[\s\x00-\x1f\x7f\xa0])*]=]
                    .. [=[| (?:\xc2\xa0|[\s\x00-\x1f\x7f\xa0])+]=], " ", "jo")
    end
    return s
end
_M.compact = compact


-- (the length, 16 or more with the padding, is checked before)
local BASE64_PATTERN = [[^[A-Za-z0-9+/]+={0,2}$]]


-- The first character of each 4-character group holds the top 6 bits of
-- a decoded byte: g-z, 0-9, + and / (64 values from 32 up) make it 128 or
-- more, never printable ASCII. One such group start answers without the
-- regex and the decoding (a long run of "x" or "t" is a word, not text).
local HIGH_LEAD = {}
for c = 0, 255 do
    HIGH_LEAD[c] = (c >= 103 and c <= 122) or (c >= 48 and c <= 57)
        or c == 43 or c == 47
end


local function base64_text(raw)
    local n = #raw
    if n < 16 or n > 4096 or n % 4 ~= 0 then
        return false
    end
    for i = 1, n, 4 do
        if HIGH_LEAD[byte(raw, i)] then
            return false
        end
    end
    if not re_find(raw, BASE64_PATTERN, "jo") then
        return false
    end
    local d = decode_base64(raw)
    if not d or find(d, "[^%g%s]") then
        return false
    end
    return lower(d)
end


_M.base64_text = base64_text


function _M.view(raw, view)
    view.raw = raw
    view.mention = false
    local dec, nul = raw, false
    if re_find(raw, [=[[%&\\\x80-\xff\x00]]=], "jo") then
        dec, nul = _M.decode(raw)
    end
    view.dec = dec
    view.nul = nul
    local low = lower(dec)
    view.low = low
    local ctrl = control_bytes(low)
    view.ctrl = ctrl
    view.cmp = compact(low, ctrl)
    view.b64 = base64_text(raw) or (dec ~= raw and base64_text(dec))
    return view
end


return _M
