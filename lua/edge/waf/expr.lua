-- The grammar of a call's argument list, read far enough to say "the
-- interpreter rejects this" (the detectors ask once a fragment matched;
-- nothing here runs on a value that matched no rule).
--
-- An interpreter that parses all the code it is given before it runs any
-- of it (PHP, as every C-family language) runs nothing when one token
-- stands where its grammar does not allow it. An argument list alternates
-- operands (names, variables, numbers, strings, bracketed groups) with
-- binary operators, prefix operators standing before operands: two
-- operands in a row ("f!b" reads as "f" then "!b"), a binary operator
-- where an operand must stand ("(*x", "a=,b"), a prefix operator after an
-- operand ("x~"), a statement's ";" inside the list, a bracket closing
-- what is not open, a string or comment that runs to the value's end with
-- the call open: each is a parse error. A random token (a bot sensor's
-- blob) holds "$x(" by chance; what follows it is almost never an
-- argument list.
--
--   expr.call_rejects(s, i, lang, inner) -> boolean
--       s: the text, i: the bracket that opens the list ("(" of a call,
--       "{" of a template literal's "${"), lang: the language's table
--       (expr.PHP, expr.JS). true when the language rejects the code from
--       i on: read up to SPAN bytes, the list, then (unless inner:
--       what follows a "${...}" is template text) the expression the call
--       stands in, up to its statement's ";" ("$f(1)x": an operand glued
--       to the call's ")" is an error too). false when it parses, and
--       whenever the text leaves the answer open: the value ends with the
--       list open (the code after it may close it), a bracket after the
--       call closes what the text before it opened, a construct not read
--       here (heredoc, a control byte, a regular expression literal
--       running into a line break), the span runs out. Inside braces (a
--       closure's body, match arms, an object literal) only brackets,
--       strings and comments are read: statements are not judged.
--
-- A language table is data, built once at load (read-only): name bytes,
-- the variable sigil, comment and quote bytes, whether "/" opens a
-- regular expression where an operand must stand, operators by kind
-- (binary, prefix, either, increment, member access, none: "@" in
-- JavaScript), keywords by how they join (binary: "instanceof"; prefix:
-- "new"), cast type names, whether a "{" may stand as an operand.

local byte = string.byte
local sub = string.sub
local find = string.find
local lower = string.lower
local set = require("edge.waf.match").set

local _M = { _VERSION = "0.1" }

-- Bytes read from the opening bracket on, at most.
local SPAN = 400


-- Token kinds.
local OPERAND, PREFIX, BINARY, EITHER, INCDEC, MEMBER = 1, 2, 3, 4, 5, 6
local COMMA, SEMI, OPEN, CLOSE, BRACE_OPEN, BRACE_CLOSE = 7, 8, 9, 10, 11, 12
local KW_BINARY, KW_PREFIX = 13, 14
local SPACE, UNSURE, NEVER, END, BAD, NEUTRAL = 15, 16, 17, 18, 19, 20


local function op_table(kinds)
    local t = {}
    for kind, list in pairs(kinds) do
        for _, op in ipairs(list) do
            t[op] = kind
        end
    end
    return t
end


-- PHP 7/8.
local PHP = {
    name_start = {}, name_char = {},
    sigil = 36,                                   -- $
    quotes = { [39] = true, [34] = true, [96] = true },   -- ' " `
    hash_comment = true,
    -- a "{" opens a closure's, a match's or a class's body, after its
    -- ")" or keyword, never an operand ("$t('k', { n: 1 })" is vue-i18n)
    brace_not_operand = true,
    ops3 = op_table({
        [BINARY] = { "===", "!==", "<=>", "**=", "<<=", ">>=", "??=" },
        [PREFIX] = { "..." },
        [MEMBER] = { "?->" },
        [UNSURE] = { "<<<" },                     -- heredoc
    }),
    ops2 = op_table({
        [BINARY] = { "==", "!=", "<>", "<=", ">=", "&&", "||", "+=", "-=", "*=", "/=",
                     ".=", "%=", "&=", "|=", "^=", "<<", ">>", "=>", "??", "**", "?:" },
        [INCDEC] = { "++", "--" },
        [MEMBER] = { "->", "::" },
    }),
    ops1 = op_table({
        [BINARY] = { "=", "*", "/", "%", ".", "|", "^", "<", ">", "?", ":" },
        [PREFIX] = { "!", "~", "@" },
        [EITHER] = { "+", "-", "&" },
        [COMMA] = { "," },
        [SEMI] = { ";" },
    }),
    keyword_binary = set({ "instanceof", "and", "or", "xor", "as", "use", "insteadof" }),
    keyword_prefix = set({ "new", "clone", "print", "yield", "throw", "include",
                           "include_once", "require", "require_once", "fn", "function",
                           "static", "match", "list", "array", "isset", "empty", "eval",
                           "exit", "die", "class", "unset", "from", "echo", "return" }),
    casts = set({ "int", "integer", "bool", "boolean", "float", "double", "real",
                  "string", "binary", "array", "object", "unset" }),
}
for c = 0, 255 do
    local letter = (c >= 65 and c <= 90) or (c >= 97 and c <= 122) or c == 95
                   or c == 92 or c >= 128                 -- _ \ (namespaces) 0x80+
    PHP.name_start[c] = letter or nil
    PHP.name_char[c] = (letter or (c >= 48 and c <= 57)) or nil
end
_M.PHP = PHP


-- JavaScript (ES2022), for what a template literal's "${...}" holds.
-- "/" where an operand must stand opens a regular expression literal.
local JS = {
    name_start = {}, name_char = {},
    quotes = { [39] = true, [34] = true, [96] = true },   -- ' " `
    regex = true,
    ops4 = op_table({ [BINARY] = { ">>>=" } }),
    ops3 = op_table({
        [BINARY] = { "===", "!==", "**=", "<<=", ">>=", ">>>", "&&=", "||=", "??=" },
        [PREFIX] = { "..." },
    }),
    ops2 = op_table({
        [BINARY] = { "==", "!=", "<=", ">=", "&&", "||", "??", "**", "+=", "-=", "*=",
                     "/=", "%=", "&=", "|=", "^=", "<<", ">>", "=>" },
        [INCDEC] = { "++", "--" },
        [MEMBER] = { "?." },
    }),
    ops1 = op_table({
        [BINARY] = { "=", "*", "/", "%", "<", ">", "&", "|", "^", "?", ":" },
        [PREFIX] = { "!", "~" },
        [EITHER] = { "+", "-" },
        [MEMBER] = { "." },
        [COMMA] = { "," },
        [SEMI] = { ";" },
        [BAD] = { "@" },
    }),
    keyword_binary = set({ "in", "instanceof" }),
    keyword_prefix = set({ "typeof", "void", "delete", "new", "await", "yield", "function",
                           "class", "async" }),
    casts = {},
}
for c = 0, 255 do
    local letter = (c >= 65 and c <= 90) or (c >= 97 and c <= 122) or c == 95 or c == 36
                   or c == 35 or c == 92 or c >= 128      -- _ $ #private \u escapes 0x80+
    JS.name_start[c] = letter or nil
    JS.name_char[c] = (letter and c ~= 35 or (c >= 48 and c <= 57)) or nil
end
_M.JS = JS


-- What a template engine's expression delimiters hold ("{{ }}", "${ }",
-- "#{ }", "*{ }", "@( )"): Jinja, Twig, Handlebars, Go, FreeMarker, EL and
-- SpEL, Pug (JavaScript), Ruby and CoffeeScript interpolation, Razor. One
-- table for all of them, so it rejects only what every one rejects:
-- operands may stand side by side (Ruby's and Handlebars' calls without
-- brackets), "#", "@" and "$" start names (SpEL's variables and beans,
-- Ruby's globals), "!", "~", "|", "?", ":" and ";" fit anywhere (defaults,
-- filters, block parameters, symbols, character literals, statements),
-- "%" where an operand must stand is Ruby's percent literal (not read).
-- What is left: an operator only binary where an operand must stand
-- ("=", "<", ">", "^", ",", "&&", "=="...), a bracket that closes what is
-- not open or closes after an operator, a string that never ends.
local TEMPLATE = {
    name_start = {}, name_char = {},
    quotes = { [39] = true, [34] = true, [96] = true },   -- ' " `
    regex = true,
    percent_literal = true,
    juxtapose = true,
    ops3 = op_table({
        [BINARY] = { "===", "!==", "<=>", "**=", "<<=", ">>=", "&&=", "||=", ">>>" },
        [EITHER] = { "..." },
    }),
    ops2 = op_table({
        [BINARY] = { "==", "!=", "<=", ">=", "&&", "||", "+=", "-=", "*=", "/=", "%=",
                     "&=", "|=", "^=", "<<", ">>", "=>", "=~", "!~" },
        [EITHER] = { "**", "->", "::", ".." },
        [INCDEC] = { "++", "--" },
        [NEUTRAL] = { "?.", "?:" },
    }),
    ops1 = op_table({
        [BINARY] = { "=", "<", ">", "^", "/", "%" },
        [EITHER] = { "*", "&", "+", "-" },
        [MEMBER] = { "." },
        [COMMA] = { "," },
        [NEUTRAL] = { "!", "~", "|", "?", ":", ";" },
    }),
    keyword_binary = {}, keyword_prefix = {}, casts = {},
}
for c = 0, 255 do
    local letter = (c >= 65 and c <= 90) or (c >= 97 and c <= 122) or c == 95 or c == 36
                   or c == 92 or c >= 128                 -- _ $ \ 0x80+
    TEMPLATE.name_start[c] = (letter or c == 35 or c == 64) or nil     -- # @
    TEMPLATE.name_char[c] = (letter or (c >= 48 and c <= 57)) or nil
end
_M.TEMPLATE = TEMPLATE


local WHITE = { [32] = true, [9] = true, [10] = true, [13] = true }
local CLOSES = { [41] = 40, [93] = 91, [125] = 123 }     -- ) ] }


-- The end of the string opened at k (the byte after its closing quote),
-- or nil when it runs to the value's end.
local function string_end(s, k, q)
    local j = k + 1
    while true do
        local d = byte(s, j)
        if d == nil then
            return nil
        elseif d == 92 then
            j = j + 2
        elseif d == q then
            return j + 1
        else
            j = j + 1
        end
    end
end


-- The end of the regular expression literal opened at k (the byte after
-- its flags), or nil when a line break or the end of the text (or byte
-- z) comes first: a literal holds no line break.
local function regex_end(s, k, name_char, z)
    z = z or #s
    local j = k + 1
    local class = false
    while true do
        local d = byte(s, j)
        if j > z or d == nil or d == 10 or d == 13 then
            return nil
        elseif d == 92 then
            j = j + 1
        elseif d == 91 then
            class = true
        elseif d == 93 then
            class = false
        elseif d == 47 and not class then
            break
        end
        j = j + 1
    end
    j = j + 1
    while name_char[byte(s, j) or 0] do
        j = j + 1
    end
    return j
end


-- One token at k: its kind and the position after it.
local function token(s, k, lang, want)
    local c = byte(s, k)
    if c == nil then
        return END, k
    elseif WHITE[c] then
        return SPACE, k + 1
    elseif lang.quotes[c] then
        local e = string_end(s, k, c)
        if not e then
            return NEVER, k
        end
        return OPERAND, e
    end
    local c2 = byte(s, k + 1)
    if c == 47 and c2 == 42 then                                   -- /*
        local e = find(s, "*/", k + 2, true)
        if not e then
            return NEVER, k
        end
        return SPACE, e + 2
    elseif (c == 47 and c2 == 47) or (c == 35 and lang.hash_comment) then  -- // #
        local e = find(s, "\n", k, true)
        if not e then
            return NEVER, k
        end
        return SPACE, e + 1
    elseif c == 37 and lang.percent_literal and want ~= false then
        return UNSURE, k                                         -- %w[...], %q(...)
    elseif c == 47 and lang.regex and want ~= false then         -- /re/flags
        local j = regex_end(s, k, lang.name_char)
        if not j then
            return UNSURE, k
        end
        return OPERAND, j
    elseif lang.name_start[c] then
        local j = k + 1
        while lang.name_char[byte(s, j) or 0] do
            j = j + 1
        end
        local name = lower(sub(s, k, j - 1))
        if lang.keyword_binary[name] then
            return KW_BINARY, j
        elseif lang.keyword_prefix[name] then
            return KW_PREFIX, j
        end
        return OPERAND, j
    elseif c >= 48 and c <= 57 or (c == 46 and c2 and c2 >= 48 and c2 <= 57) then
        local j = k + 1
        while true do
            local d = byte(s, j)
            if d and (lang.name_char[d]
                      or (d == 46 and (byte(s, j + 1) or 0) >= 48
                          and (byte(s, j + 1) or 0) <= 57)) then
                j = j + 1
            else
                break
            end
        end
        return OPERAND, j
    elseif c == lang.sigil then
        if c2 and lang.name_start[c2] and c2 ~= 92 then
            local j = k + 2
            while lang.name_char[byte(s, j) or 0] do
                j = j + 1
            end
            return OPERAND, j
        elseif c2 == lang.sigil or c2 == 123 then                  -- $$a ${
            return PREFIX, k + 1
        end
        return BAD, k + 1             -- a "$" alone stands nowhere
    elseif c == 40 or c == 91 then
        return OPEN, k + 1
    elseif c == 41 or c == 93 then
        return CLOSE, k + 1
    elseif c == 123 then
        return BRACE_OPEN, k + 1
    elseif c == 125 then
        return BRACE_CLOSE, k + 1
    end
    local kind = lang.ops4 and lang.ops4[sub(s, k, k + 3)]
    if kind then
        return kind, k + 4
    end
    kind = lang.ops3[sub(s, k, k + 2)]
    if kind then
        return kind, k + 3
    end
    kind = lang.ops2[sub(s, k, k + 1)]
    if kind then
        return kind, k + 2
    end
    kind = lang.ops1[sub(s, k, k)]
    if kind then
        return kind, k + 1
    end
    return UNSURE, k                  -- a control byte, DEL
end


-- "(int)" and the like where an operand is expected: the position after
-- the ")", or nil.
local function cast_end(s, k, lang)
    local _, e, name = find(s, "^%(%s*([%a_]+)%s*%)", k)
    if e and lang.casts[lower(name)] then
        return e + 1
    end
    return nil
end


-- want: true (an operand must come), false (an operator must come), nil
-- (either: after a prefix keyword, "static fn", "new class").
function _M.call_rejects(s, i, lang, inner)
    local stack = { byte(s, i) }
    local braces = 0                  -- braces open: statements, not judged
    local want = true
    local after_open = true           -- the last token opened a bracket
    local after_comma = false
    local after_member = false        -- the last token was "->" or "::"
    local closed = false              -- the call's ")" was read
    local k = i + 1
    local z = i + SPAN
    while k <= z do
        local kind, nk = token(s, k, lang, braces == 0 and want)
        if kind == END or kind == UNSURE then
            return false
        elseif kind == NEVER then
            return not closed         -- the call never closes
        elseif kind ~= SPACE then     -- (whitespace, comments: nothing to judge)
            if braces > 0 then
                if kind == OPEN or kind == BRACE_OPEN then
                    stack[#stack + 1] = byte(s, k)
                    if kind == BRACE_OPEN then
                        braces = braces + 1
                    end
                elseif kind == CLOSE or kind == BRACE_CLOSE then
                    local c = byte(s, k)
                    if stack[#stack] ~= CLOSES[c] then
                        return true
                    end
                    stack[#stack] = nil
                    if kind == BRACE_CLOSE then
                        braces = braces - 1
                        if braces == 0 then
                            want = false      -- a closure's body ends an operand
                        end
                    end
                end
            else
                local first = after_open
                local comma = after_comma
                if after_member and (kind == KW_BINARY or kind == KW_PREFIX) then
                    kind = OPERAND    -- "$a->and", "Foo::class": a member's name
                end
                after_open, after_comma, after_member = false, false, kind == MEMBER
                if kind == OPERAND then
                    if want == false and not lang.juxtapose then
                        return true
                    end
                    want = false
                elseif kind == KW_BINARY then
                    if want == true then
                        return true
                    end
                    want = true
                elseif kind == KW_PREFIX then
                    if want == false then
                        return true
                    end
                    want = nil
                elseif kind == PREFIX then
                    if want == false and not lang.juxtapose then
                        return true
                    end
                    want = true
                elseif kind == EITHER then
                    want = true
                elseif kind == BINARY or kind == MEMBER then
                    if want == true then
                        return true
                    end
                    want = true
                elseif kind == COMMA then
                    if want == true and stack[#stack] ~= 91 then   -- [, $b] skips
                        return true
                    end
                    want = true
                    after_comma = true
                elseif kind == SEMI then
                    return not closed     -- the statement the call is in ends
                elseif kind == BAD then
                    return true
                elseif kind == OPEN then
                    local e = want ~= false and byte(s, k) == 40 and cast_end(s, k, lang)
                    if e then
                        nk = e
                        want = true
                    else
                        stack[#stack + 1] = byte(s, k)
                        want = true
                        after_open = true
                    end
                elseif kind == BRACE_OPEN then
                    if want == true and lang.brace_not_operand then
                        return true   -- PHP: "f({ n: 1 })", no object literal
                    end
                    stack[#stack + 1] = 123
                    braces = 1
                elseif kind == CLOSE or kind == BRACE_CLOSE then
                    local c = byte(s, k)
                    if closed and #stack == 0 then
                        return false      -- what the text before the call opened
                    end
                    if stack[#stack] ~= CLOSES[c] then
                        return true
                    end
                    -- ")" after an operator: only "()" and a trailing comma
                    if want == true and not first and not comma then
                        return true
                    end
                    stack[#stack] = nil
                    want = false
                    if #stack == 0 then
                        if inner then
                            return false      -- what follows is not code
                        end
                        closed = true
                    end
                end
                -- (INCDEC: prefix or postfix, the state stays; NEUTRAL: fits
            -- anywhere, the state stays)
            end
        end
        k = nk
    end
    return false
end


-- A bare "<script>" element's content: does the browser reject it?
--
-- A browser parses a script element's whole content before it runs any
-- of it, so content JavaScript cannot parse runs nothing: "SVG files can
-- carry <script> elements; we need a sanitizer" is prose, not code. The
-- one error read here is the one prose is made of: two operands (names
-- or numbers, neither a keyword) side by side on one line, outside
-- strings, comments, regular expression and template literals (no line
-- break between them: there JavaScript may insert a ";"); and a quoted
-- string a line break cuts (an unterminated literal). Anything the
-- reader is not sure of answers false (the element may run): an entity
-- or "<!" (SVG and XHTML decode and strip them before the script is
-- read), a "\" outside a string, a control byte, a template literal with
-- a substitution, a "/" after a closing bracket (division or a regular
-- expression), a comment, string or literal that runs to the end of the
-- text when the element is not closed in it (the page goes on; closed
-- in it, such a literal is cut by the closing tag: an error).
--
--   expr.script_rejects(s, i, j, closed) -> boolean
--       s: the text (lower case), i..j: the element's content, closed:
--       the value holds its "</script".
local JS_WORDS = set({
    "break", "case", "catch", "class", "const", "continue", "debugger", "default",
    "delete", "do", "else", "enum", "export", "extends", "false", "finally", "for",
    "function", "if", "import", "in", "instanceof", "new", "null", "return", "super",
    "switch", "this", "throw", "true", "try", "typeof", "var", "void", "while", "with",
    "yield", "let", "static", "implements", "interface", "package", "private",
    "protected", "public", "await", "async", "of", "get", "set", "as", "from",
    "target", "meta", "accessor", "using", "undefined",
})
-- bytes that end an operand: after one of them "/" divides
local NAME_BYTE = JS.name_char

function _M.script_rejects(s, i, j, closed)
    local k = i
    local prev = nil          -- "name", "number", "word" (a keyword), "other"
    local line_start = true   -- nothing but blanks yet on this line
    if sub(s, k, k + 1) == "#!" then                -- a hashbang line
        k = find(s, "\n", k, true) or j + 1
    end
    while k <= j do
        local c = byte(s, k)
        if c == 32 or c == 9 then
            k = k + 1
        elseif c == 10 or c == 13 then
            k = k + 1
            prev = nil
            line_start = true
        elseif c < 32 or c == 127 or c == 38 or c == 92 then       -- & \
            return false
        elseif c == 60 and byte(s, k + 1) == 33 then                -- <!
            return false
        elseif c == 39 or c == 34 then                              -- ' "
            local e = k + 1
            while true do
                local d = byte(s, e)
                if e > j or d == nil then
                    return closed         -- to the end: the page may close it
                elseif d == 92 then
                    e = e + 2
                elseif d == c then
                    break
                elseif d == 10 or d == 13 then
                    return true           -- a string a line break cuts
                else
                    e = e + 1
                end
            end
            k = e + 1
            prev = "other"
            line_start = false
        elseif c == 96 then                                         -- `
            local e = find(s, "`", k + 1, true)
            if not e or e > j then
                return closed
            end
            local sub_at = find(s, "${", k + 1, true)
            if sub_at and sub_at < e then
                return false
            end
            k = e + 1
            prev = "other"
            line_start = false
        elseif c == 47 then                                         -- /
            local c2 = byte(s, k + 1)
            if c2 == 47 then
                k = find(s, "\n", k, true) or j + 1
            elseif c2 == 42 then
                local e = find(s, "*/", k + 2, true)
                if not e or e + 1 > j then
                    return closed
                end
                k = e + 2
            elseif prev == "name" or prev == "number" then
                k = k + 1                 -- division
                prev = "other"
            elseif prev == "close" then
                return false              -- "if (x) /re/" or "(a) / b"
            else
                -- a regular expression literal, on one line
                k = regex_end(s, k, NAME_BYTE, j)
                if not k then
                    return false
                end
                prev = "other"
            end
            line_start = false
        elseif c == 45 and line_start and sub(s, k, k + 2) == "-->" then
            k = find(s, "\n", k, true) or j + 1                     -- HTML-like comment
        elseif JS.name_start[c] or (c >= 48 and c <= 57) then
            local number = c >= 48 and c <= 57
            local e = k + 1
            while NAME_BYTE[byte(s, e) or 0]
                  or (number and byte(s, e) == 46) do               -- 1.5
                e = e + 1
            end
            local kind
            if number then
                kind = "number"
            elseif JS_WORDS[sub(s, k, e - 1)] or c == 35 then        -- #private
                kind = "word"
            else
                kind = "name"
            end
            if kind ~= "word" and (prev == "name" or prev == "number") then
                return true               -- two operands side by side
            end
            -- (a member's name after "." is an operand, keywords too)
            prev = kind
            k = e
            line_start = false
        else
            if c == 41 or c == 93 or c == 125 then                  -- ) ] }
                prev = "close"
            else
                prev = "other"
            end
            k = k + 1
            line_start = false
        end
    end
    return false
end


return _M
