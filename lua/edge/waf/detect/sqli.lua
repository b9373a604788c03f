-- SQL injection detection from SQL structure, not from payload lists.
--
-- The idea is libinjection's: an injected value only works if, placed into
-- the query where the application puts it (as is, or inside a '...' or
-- "..." literal), it closes that context and continues as SQL. So the value
-- is tokenized as SQL once per plausible context and the first tokens are
-- checked against grammar shapes an injection must take:
--   sqli-tautology   a breakout (an operand with signs and arithmetic,
--                    ")" closers, "as t"), then AND/OR/XOR/&&/|| or WHERE,
--                    then a comparison (IS [NOT], [NOT] LIKE, SOUNDS LIKE,
--                    IN, BETWEEN too), a call, a subquery, or a literal
--                    that decides alone ("1 or 1=1", "x' and 'a'='a",
--                    "-1) or -(1)--", "1) as t where 2=2"); with no
--                    breakout before it (WHERE first, "or x=x"), a
--                    comparison no row decides ("where 1=1", "or x=x")
--   sqli-stacked     a short breakout, ";" and a new statement
--   sqli-breakout    inside a quote context: the literal closes, then a
--                    comment, ";" or a clause keyword ("admin'--"), an
--                    operator chain up to a literal left open for the
--                    application's quote ("x'|'1", "' or ''-'"), or a
--                    logic word glued between quotes ("x'OR'a")
-- Literals are every kind SQL has (x'4f', 0x4f, b'01', N'..', _utf8'..');
-- each quote context is read both as the database reads it and as it
-- reads it after an application escaped quotes with a backslash ("\'"
-- then ends the literal); typographic quotes (U+2018-U+201F, primes) are
-- read as ASCII quotes. What tells a search query ('"red dress" AND
-- "coat"') from an injection is structure: a comparison, a literal that
-- decides a boolean (a string only when it reads as a number), a
-- one-word literal before a comment, a statement after ";".
-- Regular expressions (on the normalized, comment-folded text) cover SQL
-- constructs that are never prose: UNION SELECT, subqueries, SELECT lists
-- at the start of a value, time-delay and file functions, system catalogs,
-- DDL/DML statement shapes, MySQL versioned comments, comparisons of two
-- numbers as a call's argument or in a group. NoSQL's query languages
-- (MongoDB's operators, search queries, Redis scripts) are
-- edge.waf.detect.nosql's, run behind this module's gate.
-- The vocabulary (keywords, function names, catalogs) is SQL's own.

local re_find = require("edge.waf.re").find
local any_match = require("edge.waf.re").any_match

local normalize = require "edge.waf.normalize"
local match = require "edge.waf.match"
local rules = require "edge.waf.rules"
local nosql = require "edge.waf.detect.nosql"
local get = rules.get

local new_tab = require "table.new"

local byte = string.byte
local sub = string.sub
local find = string.find
local gsub = string.gsub
local gmatch = string.gmatch
local smatch = string.match
local lower = string.lower
local alt = rules.alt


local _M = { _VERSION = "0.1" }
-- (the code blocks of a wiki or a page, their open and close: what
-- unfence reads as shown code)
_M.CODE_BLOCKS = {}
for _, tag in ipairs({ "syntaxhighlight", "source", "code", "pre" }) do
    _M.CODE_BLOCKS[#_M.CODE_BLOCKS + 1] = { "<" .. tag, "</" .. tag .. ">" }
end

_M.RULES = {
    { id = "sqli-tautology", severity = "critical", pl = 1,
      desc = "boolean injection: breakout, logic operator or WHERE, comparison" },
    { id = "sqli-stacked", severity = "critical", pl = 1,
      desc = "statement separator followed by a new SQL statement (after a "
             .. "quote, also a JavaScript one: $where)" },
    { id = "sqli-breakout", severity = "critical", pl = 1,
      desc = "string literal closed, then a comment, SQL clause or operators "
             .. "(Cypher's too: '}) MATCH ..., a fetched URL built from a property)" },
    { id = "sqli-union", severity = "critical", pl = 1,
      desc = "UNION [ALL] SELECT" },
    { id = "sqli-select", severity = "critical", pl = 1,
      desc = "a SELECT statement or subquery in statement position" },
    { id = "sqli-select-loose", severity = "warning", pl = 1,
      desc = "SELECT with a select list somewhere in the value" },
    { id = "sqli-function", severity = "critical", pl = 1,
      desc = "time-delay, file, XML-error or catalog SQL function call" },
    { id = "sqli-function-generic", severity = "warning", pl = 1,
      desc = "call of a SQL built-in function" },
    { id = "sqli-function-value", severity = "critical", pl = 1,
      desc = "the whole value is a SQL function call" },
    { id = "sqli-statement", severity = "critical", pl = 1,
      desc = "DDL/DML statement shape (INSERT INTO ... VALUES, DROP TABLE...)" },
    { id = "sqli-catalog", severity = "critical", pl = 1,
      desc = "system catalog or server variable (information_schema, @@version)" },
    { id = "sqli-clause", severity = "critical", pl = 1,
      desc = "injection-only clause (WAITFOR DELAY, INTO OUTFILE, ORDER BY n)" },
    { id = "sqli-comment-evasion", severity = "critical", pl = 1,
      desc = "MySQL versioned comment or comment used as whitespace" },
    { id = "sqli-operators", severity = "critical", pl = 1,
      desc = "operator structure only SQL has (JSON operators on literals, "
             .. "IF(n=, ) LIKE (, 1.e(, (n=n), casts)" },
    nosql.RULES[1],     -- sqli-nosql (edge.waf.detect.nosql)
    { id = "sqli-cast", severity = "warning", pl = 1,
      desc = "PostgreSQL cast (::type) after a literal or call" },
    { id = "sqli-case", severity = "warning", pl = 1,
      desc = "CASE WHEN ... THEN" },
}


-- Token types (one byte each):
--   n number/literal  s string  v variable  b bareword  f word before "("
--   S statement keyword  U union  k other keyword  & logic operator
--   ! not  = comparison  o other operator  ( ) , ;  C comment  x other
local STATEMENT = {
    select = true, insert = true, update = true, delete = true, drop = true,
    create = true, alter = true, exec = true, execute = true, declare = true,
    waitfor = true, shutdown = true, truncate = true, replace = true,
    grant = true, revoke = true, merge = true, call = true, load = true,
    handler = true, rename = true, copy = true, unload = true, bulk = true,
}

local WORDS = {
    union = "U", ["and"] = "&", ["or"] = "&", xor = "&", ["not"] = "!",
    like = "=", ilike = "=", rlike = "=", regexp = "=", ["is"] = "=", between = "=",
    sounds = "=", ["in"] = "=", glob = "=", match = "=",
    ["true"] = "n", ["false"] = "n", null = "n",
    from = "k", where = "k", into = "k", values = "k", order = "k",
    group = "k", having = "k", limit = "k", by = "k", procedure = "k",
    offset = "k", join = "k", table = "k", case = "k", ["then"] = "k",
    when = "k", ["else"] = "k", ["end"] = "k", all = "k", distinct = "k",
    div = "o", mod = "o", collate = "k", escape = "k", top = "k",
}

local CLAUSE_AFTER_BREAKOUT = {
    order = true, group = true, having = true, union = true, limit = true,
    procedure = true, into = true, from = true, where = true,
}

-- The tokens of one text: t.types, t.starts, t.words (arrays) and t.n,
-- a per-request buffer on the view (v.sql_tok, edge.waf.rules), reused.
-- A string token's word is OPEN when the value ends inside it (the
-- application's own closing quote ends it); t.close is where the context
-- literal a quote context starts in ends (0 for none).
local MAX_TOKENS = 24
local OPEN = "\0open"

rules.buffer("sql_tok", function()
    return { types = new_tab(MAX_TOKENS + 4, 0), starts = new_tab(MAX_TOKENS, 0),
             words = new_tab(MAX_TOKENS, 0), n = 0, close = 0 }
end)


local function is_space(c)
    return c == 32 or (c >= 9 and c <= 13) or c == 0 or c == 160
end


local function is_word_start(c)
    return (c >= 97 and c <= 122) or (c >= 65 and c <= 90) or c == 95
        or c == 36
end


local function is_word(c)
    return (c >= 97 and c <= 122) or (c >= 65 and c <= 90) or c == 95
        or c == 36 or (c >= 48 and c <= 57) or c == 46
end


-- After these an operand is expected, so + - ~ there are signs (unary
-- operators: part of the operand, "-1", "~0", "-(1)") and NOT after a
-- comparison belongs to it ("is not null", "= not 1").
local EXPECTS_OPERAND = {
    ["&"] = true, ["="] = true, o = true, ["("] = true, [","] = true,
    ["!"] = true, k = true, S = true, U = true, [";"] = true, C = true,
}


local function push(tok, ty, pos, w)
    local n = tok.n
    local types = tok.types
    local prev = types[n]
    if n > 0 then
        -- "sounds like", "not like", "not in", "is not": one comparison
        if ty == "=" and (prev == "=" or prev == "!") then
            types[n] = "="
            tok.words[n] = w or tok.words[n]
            return
        end
        if ty == "!" and prev == "=" then
            return
        end
    end
    n = n + 1
    tok.n = n
    types[n] = ty
    tok.starts[n] = pos
    tok.words[n] = w
end


-- Skip whitespace and comments from i; returns the next position.
local function skip_blank(s, i, n)
    while i <= n do
        local c = byte(s, i)
        if is_space(c) then
            i = i + 1
        elseif c == 47 and byte(s, i + 1) == 42 then          -- /*
            local e = find(s, "*/", i + 2, true)
            if not e then
                return n + 1
            end
            i = e + 2
        else
            return i
        end
    end
    return i
end


-- The end of the literal opened with quote byte q at i - 1 (j = i):
-- the position after its closing quote, or nil when the value ends in it.
-- A doubled quote is one quote character; a backslash escapes one unless
-- raw (the application doubles quotes, or escapes them so that the
-- value's "\'" becomes "\\'": a backslash then a closing quote).
-- (raw == IN_WORD: a quote between two letters is a word's apostrophe
-- and stays inside, "d'Arcy' OR ...": the value's first quote closes
-- nothing when the application keeps a name's apostrophe as it is and a
-- later one ends the literal)
local IN_WORD = "in-word"
local function letter(c)
    return c ~= nil and (c >= 128 or (c >= 97 and c <= 122) or (c >= 65 and c <= 90))
end
local function literal_end(s, q, j, raw)
    while true do
        local e = find(s, q, j, true)
        if not e then
            return nil
        end
        if byte(s, e + 1) == byte(q) then
            j = e + 2
        elseif raw ~= true and e > 1 and byte(s, e - 1) == 92 then
            j = e + 1
        elseif raw == IN_WORD and letter(byte(s, e - 1)) and letter(byte(s, e + 1)) then
            j = e + 1
        else
            return e + 1
        end
    end
end


-- Literal introducers: x'4f' b'01' n'..' e'..' _utf8'..'
local INTRODUCER = { x = "n", b = "n", n = "s", e = "s" }


-- A byte after "--" that keeps MySQL from reading a comment there.
local function mysql_word(c)
    return c ~= nil and c > 32 and c ~= 127
end


-- Tokenize s (lower case). With quote set, the text starts inside a
-- literal opened with that quote character.
local function read_tokens(tok, s, quote, raw)
    tok.n = 0
    tok.close = 0
    local types = tok.types
    local n = #s
    local i = 1
    if quote then
        -- (raw: the application doubled or escaped the value's plain
        -- quotes, which stay inside its literal, "it's"; only a quote
        -- after the value's own backslash ends it, "it's \' OR 1=1")
        local e
        if raw == true then
            e = find(s, quote == "'" and "\\'" or quote == '"' and '\\"' or "\\`", 1, true)
            e = e and e + 2
        else
            e = literal_end(s, quote, 1, raw)
        end
        push(tok, "s", 1)
        if not e then
            tok.words[1] = OPEN
            return
        end
        tok.close = e - 1
        i = e
    end
    while i <= n and tok.n < MAX_TOKENS do
        local c = byte(s, i)
        local c2 = byte(s, i + 1)
        if is_space(c) then
            i = i + 1
        elseif c == 35 and find(s, "^#%x%x%x%x?%x?%x?%x?%x?[\"']", i) then
            -- a colour quoted, "#ffff00" (color="#ffff00" in a search),
            -- not MySQL's comment: a word
            local _, e = find(s, "^#%x+", i)
            push(tok, "b", i, sub(s, i, e))
            i = e + 1
        elseif (c == 45 and c2 == 45 and (quote ~= "`" or not mysql_word(byte(s, i + 2))))
                or c == 35 then                               -- -- #
            -- (only MySQL quotes with backticks, and its "--" is a
            -- comment before white space only: "`--with-ssl`" is an
            -- option in a code span)
            -- a line comment with more lines after it is whitespace
            local e = find(s, "\n", i, true)
            if not e or not find(s, "%S", e) then
                push(tok, "C", i)
            end
            i = e and e + 1 or n + 1
        elseif c == 47 and c2 == 42 then                      -- /*
            push(tok, "C", i)
            local e = find(s, "*/", i + 2, true)
            i = e and e + 2 or n + 1
        elseif c == 39 or c == 34 or c == 96 then             -- ' " `
            local e = literal_end(s, sub(s, i, i), i + 1, raw == true)
            push(tok, "s", i, not e and OPEN or nil)
            i = e or n + 1
        elseif c >= 48 and c <= 57 or (c == 46 and c2 and c2 >= 48
                                        and c2 <= 57) then
            local j = i + 1
            local dot = false
            while j <= n and is_word(byte(s, j)) do
                dot = dot or byte(s, j) == 46
                j = j + 1
            end
            -- (a version with a letter after a dot, "1.2.x", "2.x",
            -- "4.0.rc1": a range's word, no number SQL reads)
            if dot and find(sub(s, i, j - 1), "%.%a") then
                push(tok, "b", i, sub(s, i, j - 1))
            else
                push(tok, "n", i)
            end
            i = j
        elseif c == 64 then                                   -- @var
            local j = i + 1
            if byte(s, j) == 64 then
                j = j + 1
            end
            while j <= n and is_word(byte(s, j)) do
                j = j + 1
            end
            push(tok, "v", i)
            i = j
        elseif is_word_start(c) then
            local j = i + 1
            while j <= n and is_word(byte(s, j)) do
                j = j + 1
            end
            local w = sub(s, i, j - 1)
            local sign = w == "binary" and (tok.n == 0 or EXPECTS_OPERAND[types[tok.n]])
            local lit = not sign and byte(s, j) == 39
                and (INTRODUCER[w] or (c == 95 and j - i > 2 and "s"))
            if sign then
                i = j                                         -- BINARY 'x'
            elseif lit then
                local e = literal_end(s, "'", j + 1, raw == true)
                push(tok, lit, i, not e and OPEN or nil)
                i = e or n + 1
            else
                local t
                if STATEMENT[w] then
                    t = "S"
                else
                    t = WORDS[w]
                end
                if not t then
                    local k = skip_blank(s, j, n)
                    t = byte(s, k) == 40 and "f" or "b"
                end
                push(tok, t, i, w)
                i = j
            end
        elseif c == 58 and c2 == 58 then                      -- ::type
            local j = skip_blank(s, i + 2, n)
            while j <= n and is_word(byte(s, j)) do
                j = j + 1
            end
            i = j
        elseif c == 40 or c == 41 or c == 44 or c == 59 then  -- ( ) , ;
            push(tok, sub(s, i, i), i)
            i = i + 1
        elseif c == 61 or c == 60 or c == 62 then             -- = < >
            local j = i + 1
            while j <= n and (byte(s, j) == 61 or byte(s, j) == 62
                              or byte(s, j) == 60 or byte(s, j) == 64) do
                j = j + 1
            end
            push(tok, "=", i)
            i = j
        elseif c == 45 and c2 == 62 then                      -- -> ->>
            -- PostgreSQL's and MySQL's JSON path operators: a member of
            -- the operand before ("meta->>'role'" is an operand; "#>"
            -- is MySQL's comment above)
            push(tok, "o", i)
            i = i + (byte(s, i + 2) == 62 and 3 or 2)
        elseif c == 33 then                                   -- ! !=
            if c2 == 61 then
                push(tok, "=", i)
                i = i + 2
            else
                push(tok, "!", i)
                i = i + 1
            end
        elseif (c == 124 and c2 == 124) or (c == 38 and c2 == 38) then
            push(tok, "&", i)
            i = i + 2
        elseif c == 64 or c == 63 or c == 35 then
            push(tok, "=", i)
            i = i + 1
        elseif (c == 43 or c == 45 or c == 126)
                and (tok.n == 0 or EXPECTS_OPERAND[types[tok.n]]) then
            i = i + 1                                         -- a sign
        elseif c == 43 or c == 45 or c == 42 or c == 47 or c == 37
                or c == 94 or c == 126 or c == 124 or c == 38 then
            push(tok, "o", i)
            i = i + 1
        elseif c == 91 then                                   -- [name]
            -- T-SQL's and Access's delimited identifier ("[Order
            -- Details]", "OR [id]=[id]"): a name, read from its text
            local e = find(s, "]", i + 1, true)
            local w = e and e > i + 1 and sub(s, i + 1, e - 1)
            if w and not find(w, "[^%w_ $.-]") and find(w, "^[%a_]") then
                push(tok, "b", i + 1, w)
                i = e + 1
            else
                push(tok, "x", i)
                i = i + 1
            end
        else
            push(tok, "x", i)
            i = i + 1
        end
    end
end


-- The shape checks look a few tokens past the last one (types[j + 2])
-- and expect nil there: the slots the previous value filled are cleared,
-- or a verdict would depend on the value inspected before it.
local function tokenize(v, s, quote, raw)
    local tok = get(v, "sql_tok")
    local before = tok.n
    read_tokens(tok, s, quote, raw)
    local types, starts, words = tok.types, tok.starts, tok.words
    for k = tok.n + 1, before do
        types[k] = nil
        starts[k] = nil
        words[k] = nil
    end
    return tok
end


local OPERAND = { n = true, s = true, v = true, b = true }
local OPERATOR_PREFIX_WORD = { b = true, k = true, ["="] = true }


-- The index after the group that opens at j, or nil when the window
-- ends first.
local function group_end(types, j)
    local depth = 0
    while true do
        local t = types[j]
        if t == nil then
            return nil
        elseif t == "(" then
            depth = depth + 1
        elseif t == ")" then
            depth = depth - 1
            if depth == 0 then
                return j + 1
            end
        end
        j = j + 1
    end
end


-- One operand from j: a literal, variable or word, a call, a group.
local function operand_end(types, j)
    local t = types[j]
    if t == "(" then
        return group_end(types, j)
    elseif t == "f" then
        return types[j + 1] == "(" and group_end(types, j + 1) or j + 1
    elseif OPERAND[t] then
        return j + 1
    end
    return nil
end


-- An operand and arithmetic on it from j ("1", "-1*2", "x.y+1",
-- "(1)*pi()"): the index after it, or nil.
local function term(types, j)
    j = operand_end(types, j)
    if not j then
        return nil
    end
    while types[j] == "o" do
        local k = operand_end(types, j + 1)
        if not k then
            break
        end
        j = k
    end
    return j
end


-- A "," in the group's own level between tokens a and b.
local function top_comma(types, a, b)
    local depth = 0
    for j = a, b do
        local t = types[j]
        if t == "(" then
            depth = depth + 1
        elseif t == ")" then
            depth = depth - 1
        elseif t == "," and depth == 0 then
            return true
        end
    end
    return false
end


-- Statements of C-like languages whose condition is a group.
local CODE_CONTROL = { ["if"] = true, ["while"] = true, ["for"] = true, switch = true,
                       elif = true, ["elseif"] = true, ["until"] = true, unless = true }


-- A breakout prefix: at most one operand (with arithmetic), ")" closers,
-- and a few words of the clause the value sat in when a ")" closes it
-- ("1", "x')", "1))", "1) as t", "1' in boolean mode)").
local function short_prefix(types, words, last, quote)
    if last == 0 then
        return true
    end
    -- (a group the value opens and closes itself, the whole prefix, then a
    -- condition on a name or a call: a search's "(renew* w/5 notice) AND
    -- Status = Open" closes no group of the application's; a literal
    -- compared after it, "(x) AND 1=2", is a probe's all the same)
    local after = types[last + 2]
    if quote == nil and types[1] == "(" and group_end(types, 1) == last + 1
            and after ~= "n" and after ~= "s" and after ~= "(" and after ~= "!" then
        return false
    end
    local i = term(types, 1) or 1
    if i > last + 1 and CODE_CONTROL[words[1]] then
        -- a code statement's condition holds the operator: "if (x < 10
        -- && y > 5) {", "while (a || b)" (SQL's own "( 1 or 1 ) --"
        -- and "cos ( 1 or 1 )" are groups of a breakout)
        return false
    end
    if quote == nil and CODE_CONTROL[words[1]] and types[2] == "("
            and group_end(types, 2) == last + 1 and not top_comma(types, 3, last) then
        -- ... or closes it before the operator, the statement's condition
        -- two groups joined: "If (a < 1) && (b < 2) then": SQL's IF() is
        -- a call of three arguments, and a group with no "," is none
        return false
    end
    if quote and i > 1 and types[i] == "=" then
        -- a comparison of its own ("x' = 'x", "aa' is 0")
        i = term(types, i + 1) or i
    end
    local closes = 0
    while i <= last and types[i] == ")" do
        i = i + 1
        closes = closes + 1
    end
    local nwords = 0
    while i <= last and OPERATOR_PREFIX_WORD[types[i]] and nwords < 3 do
        i = i + 1
        nwords = nwords + 1
    end
    while i <= last and types[i] == ")" do
        i = i + 1
        closes = closes + 1
    end
    return i > last and (nwords == 0 or closes > 0)
end


-- Does a string literal's content (from its opening quote at `at`, or the
-- context literal from 1) read as a number, as SQL casts it to a boolean
-- ("'1'" is true; "'christmas'" is 0 and decides nothing)?
local function numeric_string(s, at, context)
    return find(s, "^%s*[-+]?%.?%d", context and at or at + 1) ~= nil
end


-- "x" of a comparison "x = y", with the comparison at k: its right side
-- ("!" and "(" skipped) is an operand or a call; IS takes only NULL,
-- TRUE, FALSE, UNKNOWN or a number after it.
local function comparison_right(types, words, k)
    local j = k + 1
    while types[j] == "(" or types[j] == "!" do
        j = j + 1
    end
    local t = types[j]
    if words[k] == "is" and t ~= "n" then
        return nil
    end
    if OPERAND[t] or t == "f" then
        return t
    end
    return nil
end


local CLAUSE_OPERATOR = { where = true, having = true }
local OPERATOR = { ["="] = true, o = true, ["&"] = true }


-- A statement keyword after and/or is SQL when what follows it is: a
-- subquery's select, a call's "(", the end, a comment or a ";", a
-- keyword, a variable or a literal, or the object it acts on ("truncate
-- table", "drop database", "waitfor delay"); "drag and drop the file",
-- "find and replace the name" go on with English.
local STATEMENT_OBJECT = {
    table = true, tables = true, database = true, schema = true, user = true,
    view = true, ["function"] = true, procedure = true, index = true, trigger = true,
    delay = true, time = true, data = true, into = true, from = true, all = true,
    master = true, immediate = true, privileges = true, low_priority = true,
    ignore = true, quick = true,
}
local STATEMENT_NEXT = { ["("] = true, C = true, [";"] = true, k = true, v = true,
                         n = true, s = true, ["&"] = true, ["="] = true, o = true }


-- English's determiners: no SQL statement writes one, a sentence goes on
-- with them ("create user accounts for the new hires")
local DETERMINER = { the = true, our = true, your = true, their = true, this = true,
                     these = true, those = true, my = true }

local function statement_follows(tok, j)
    local words = tok.words
    if words[j] == "select" then
        return true
    end
    local t = tok.types[j + 1]
    if t == nil or STATEMENT_NEXT[t] then
        return true
    end
    local w = words[j + 1]
    if w ~= nil and STATEMENT_OBJECT[w] == true then
        for k = j + 3, j + 6 do
            if DETERMINER[words[k]] then
                return false
            end
        end
        return true
    end
    -- (update t set ...)
    return words[j + 2] == "set"
end


-- What may follow a probe's comparison: the end, a comment, a statement
-- end, a logic word, a closer or a clause ("where 1=1 in the demo" goes
-- on as text).
local PROBE_NEXT = { C = true, [";"] = true, ["&"] = true, [")"] = true, k = true }


-- The comment token at j ends the value with no word in it ("--",
-- "-- -", "#", "/**/"): one that says something ("-- your call") is a
-- dash in a sentence.
local function bare_comment(tok, s, j)
    return tok.types[j] == "C" and j == tok.n
        and find(s, "^[%-#/%*%s%+]*['\"]?%s*$", tok.starts[j]) ~= nil
end


-- The clause at j that a query's end takes after its condition, given
-- its operand ("LIMIT 1", "OFFSET 3", "ORDER BY 2", "GROUP BY x"), and
-- then only more of them, the end or a comment: after a breakout, the
-- condition the value wrote is the query's whole condition.
local TRAILING = { limit = "n", offset = "n", order = "by", group = "by" }
local function trailing_clause(tok, j)
    local types, words = tok.types, tok.words
    for _ = 1, 4 do
        local t = types[j]
        if t == nil or t == "C" or t == ";" then
            return true
        end
        local want = t == "k" and TRAILING[words[j]]
        if not want then
            return false
        end
        if want == "n" then
            if types[j + 1] ~= "n" then
                return false
            end
            j = j + 2
        else
            if words[j + 1] ~= "by" or (types[j + 2] ~= "n" and types[j + 2] ~= "b") then
                return false
            end
            j = j + 3
        end
    end
    return false
end


-- A comparison at j with an empty literal left open at the value's end
-- ("or sleep(5)='"): the application's own closing quote makes it "=''".
local function open_empty_comparison(tok, s, j)
    local types = tok.types
    return types[j] == "=" and types[j + 1] == "s" and j + 1 == tok.n
        and tok.words[j + 1] == OPEN and find(s, "^['\"]%s*$", tok.starts[j + 1]) ~= nil
end


-- The comparison at k has a single operand on its right ("(" and "!"
-- skipped) and a bare comment ends the value right after it.
local function commented_after(tok, s, k)
    local types = tok.types
    local j = k + 1
    while types[j] == "(" or types[j] == "!" do
        j = j + 1
    end
    j = j + 1
    while types[j] == ")" do
        j = j + 1
    end
    return bare_comment(tok, s, j)
end


-- Two operands spelled the same, from their starts a and b in s: "1"
-- and "1", "x" and "x".
local function same_spelling(s, a, b)
    local _, e1 = find(s, "^[%w.]*", a)
    local _, e2 = find(s, "^[%w.]*", b)
    return sub(s, a, e1) == sub(s, b, e2)
end


-- '"key.name" = "its text";': a localization file's line (two closed
-- literals, four or more bytes each and unlike, "=" between them, at
-- most a ";" after): a probe compares a literal with itself or with
-- another of a byte or two ('1'='1', 'a'='b').
local function key_assigned(tok, s)
    local types, words = tok.types, tok.words
    if types[2] ~= "=" or words[2] ~= nil or tok.n > 4
            or (tok.n == 4 and types[4] ~= ";") then
        return false
    end
    local _, _, a = find(s, "^([\"'])", tok.starts[1])
    local _, _, b = find(s, "^([\"'])", tok.starts[3])
    if not a or not b then
        return false
    end
    local _, _, key = find(s, "^.(.-)" .. a, tok.starts[1])
    local _, _, text = find(s, "^.(.-)" .. b, tok.starts[3])
    return key ~= nil and text ~= nil and #key >= 4 and #text >= 4 and key ~= text
        and byte(s, tok.starts[2]) == 61                        -- "="
end


-- A symbolic comparison from j that no row decides, SQL going on after
-- it: an operand with itself ("x=x", "1=1") or, after a clause word
-- (numbers), two numbers ("where 2>1"), what an injection's probe writes
-- (text compares a thing with another: "5 > 3 and 2 < 4"). A name
-- compared to itself is the same name; no arithmetic on either side.
-- The closed literals at a and b are the same short one ("'1'", "'a'").
local function same_literal(s, a, b, wa, wb)
    if wa ~= nil or (wb ~= nil and wb ~= OPEN) then
        return false
    end
    local q = sub(s, a, a)
    if wb == OPEN then
        -- ... the second left open at the value's end, for the
        -- application's own quote to close ("name='bob' or 'x'='x")
        local ea = find(s, q, a + 1, true)
        return ea ~= nil and ea - a <= 9 and sub(s, b, b) == q
            and sub(s, a + 1, ea - 1) == sub(s, b + 1)
    end
    local ea, eb = find(s, q, a + 1, true), find(s, q, b + 1, true)
    return ea ~= nil and eb ~= nil and ea - a <= 9
        and sub(s, a, ea) == sub(s, b, eb)
end


-- "&name=" or "&name[key]=" at token k: the next parameter of a query
-- string the value carries ("a=5 OR 1=1&b=2": a filter forwarded as a
-- query string), not MySQL's bitwise "&".
local function next_parameter(tok, s, k)
    local types, starts = tok.types, tok.starts
    if types[k] ~= "o" or byte(s, starts[k]) ~= 38 or types[k + 1] ~= "b"
            or starts[k + 1] ~= starts[k] + 1 then
        return false
    end
    local e = k + 2
    if types[e] == "b" and byte(s, starts[e] - 1) == 91 then
        e = e + 1                                   -- [key]
    end
    return types[e] == "=" and byte(s, starts[e]) == 61
end


-- Whether the numbers at j and j + 2 compare true by the operator
-- between them.
local function true_numbers(tok, s, j)
    local a = tonumber(smatch(s, "^%d+%.?%d*", tok.starts[j]))
    local b = tonumber(smatch(s, "^%d+%.?%d*", tok.starts[j + 2]))
    local op = smatch(s, "^[<>!=]+", tok.starts[j + 1])
    if not a or not b or not op then
        return false
    end
    return (op == ">" and a > b) or (op == ">=" and a >= b) or (op == "<" and a < b)
        or (op == "<=" and a <= b) or ((op == "=" or op == "==") and a == b)
        or ((op == "!=" or op == "<>") and a ~= b)
end

-- Whether the logic word before token j (past "!" and "(") follows a
-- name compared with a number or a literal by a symbol, "k=90 or".
local function after_condition(tok, j)
    local types, words = tok.types, tok.words
    local k = j - 1
    while k > 0 and (types[k] == "!" or types[k] == "(") do
        k = k - 1
    end
    return k == 4 and types[4] == "&" and types[1] == "b" and types[2] == "="
        and words[2] == nil and (types[3] == "n" or types[3] == "s")
end

local function constant_comparison(tok, s, j, clause)
    local types, words = tok.types, tok.words
    local t = types[j]
    local after = types[j + 3]
    if (t ~= "n" and t ~= "b" and t ~= "s") or types[j + 1] ~= "=" or words[j + 1] ~= nil
            or types[j + 2] ~= t
            or (after ~= nil and not PROBE_NEXT[after] and not next_parameter(tok, s, j + 3)) then
        return false
    end
    if t == "s" then
        -- a short literal compared with itself ("x==7 or 'a'='a'": a
        -- filter expression's condition made true for every row)
        return same_literal(s, tok.starts[j], tok.starts[j + 2], words[j], words[j + 2])
    end
    if t == "b" then
        return words[j] == words[j + 2]
    end
    if words[j] ~= nil or words[j + 2] ~= nil then
        return false
    end
    if clause then
        return true
    end
    -- (or two numbers a true comparison joins, after a logic word that
    -- follows a name compared with a value, "k=90 or 2>1": the filter's
    -- own condition made true for every row; text compares numbers
    -- alone, "5 > 3 and 2 < 4")
    if after_condition(tok, j) and true_numbers(tok, s, j) then
        return true
    end
    return same_spelling(s, tok.starts[j], tok.starts[j + 2])
end


-- LIKE first (after the closed literal in a quote context: "' like
-- '%'--"), its pattern only wildcards, SQL or nothing after it: every
-- row matches ("like '%' signs" goes on as text).
local function wildcard_like(tok, s, quote)
    local types, words = tok.types, tok.words
    local i = quote and 2 or 1
    if types[i] ~= "=" or (words[i] ~= "like" and words[i] ~= "ilike")
            or types[i + 1] ~= "s" then
        return false
    end
    local after = types[i + 2]
    if after ~= nil and not PROBE_NEXT[after] then
        return false
    end
    local at = tok.starts[i + 1]
    if words[i + 1] == OPEN then
        return find(s, "^['\"][%%_]+$", at) ~= nil
    end
    return find(s, "^(['\"])[%%_]+%1", at) ~= nil
end


-- CASE x WHEN x: the simple CASE's comparison, of a literal with itself
-- (sqlmap's "CASE 8760 WHEN 8760 THEN 1 ELSE 0 END"); a sentence says
-- "in case 5 when 5 then" with no second branch.
local function case_constant(tok, s)
    local types, words, starts = tok.types, tok.words, tok.starts
    for i = 1, tok.n - 4 do
        if words[i] == "case" and words[i + 2] == "when" and words[i + 4] == "then"
                and types[i + 1] == "n" and types[i + 3] == "n" then
            if same_spelling(s, starts[i + 1], starts[i + 3]) then
                for k = i + 5, tok.n do
                    if words[k] == "end" then
                        return words[k - 2] == "else" or words[k - 2] == "then"
                    end
                end
            end
        end
    end
    return false
end


-- "a.b('x') && c.d() < 9", read as it stands: a program's expression
-- (CEL, JavaScript, Java), a method called on a dotted name from the
-- first byte, "&&", then another dotted name. MySQL, the one SQL that
-- writes "&&", calls no method on a name.
local function method_operands(tok, s, i)
    local types, words, starts = tok.types, tok.words, tok.starts
    local w = words[1]
    if types[1] ~= "f" or not w or not find(w, ".", 1, true) or operand_end(types, 1) ~= i
            or words[i] ~= nil or byte(s, starts[i]) ~= 38 or byte(s, starts[i] + 1) ~= 38 then
        return false
    end
    local j = i + 1
    while types[j] == "!" or types[j] == "(" do
        j = j + 1
    end
    local t = types[j]
    return (t == "f" or t == "b") and words[j] ~= nil
        and find(words[j], "^[%a_][%w_]*%.[%a_]") ~= nil
end


-- A ")" that closes no group the value opened, then a logic operator and
-- a comparison no row decides ("age >= 25 and x = 0) OR (1=1"): the
-- application's group closed early, whatever condition stood before it.
local function early_close_constant(tok, s)
    local types, ntok = tok.types, tok.n
    local depth = 0
    for i = 1, ntok do
        local t = types[i]
        if t == "(" then
            depth = depth + 1
        elseif t == ")" then
            depth = depth - 1
            if depth < 0 then
                local j = i + 1
                while types[j] == ")" do
                    j = j + 1
                end
                if types[j] ~= "&" then
                    return false
                end
                j = j + 1
                while types[j] == "!" or types[j] == "(" do
                    j = j + 1
                end
                return constant_comparison(tok, s, j, false)
            end
        end
    end
    return false
end

local function tautology(tok, quote, s, low)
    if wildcard_like(tok, s, quote) or case_constant(tok, s) then
        return true
    end
    if quote == nil and early_close_constant(tok, s) then
        return true
    end
    local types, words, ntok = tok.types, tok.words, tok.n
    local limit = ntok < 16 and ntok or 16
    for i = 1, limit do
        local op = types[i]
        local clause = op == "k" and CLAUSE_OPERATOR[words[i]]
        -- (past the twelfth token, only a logic word and a comparison of
        -- constants: a call's arguments before it, "x=CHAR(1,2,3,4) OR
        -- 1=1", take nine; a name compared there, "f(a, POINT(1 2), 5, m)
        -- AND kind = 'x'", is a filter's)
        if i > 12 then
            if op == "&" then
                local j = i + 1
                while types[j] == "!" or types[j] == "(" do
                    j = j + 1
                end
                if constant_comparison(tok, s, j, false) then
                    return true
                end
            end
            goto next_token
        end
        if op == "&" and quote == nil and method_operands(tok, s, i) then
            goto next_token
        end
        if op == "&" or clause then
            local j = i + 1
            while types[j] == "!" or types[j] == "(" do
                j = j + 1
            end
            -- WHERE as the first word, or after words no breakout
            -- takes ("such as x where"): only a comparison no row
            -- decides tells SQL ("where 1=1", "x as t where 2>1 and
            -- 1=0#")
            if (clause and i == 1)
                    or (i > 1 and not short_prefix(types, words, i - 1, quote)) then
                if constant_comparison(tok, s, j, clause) then
                    return true
                end
                -- (MongoDB's $where: the document's member compared,
                -- then OR the literal true, "this.x == 1 || true")
                if words[j] == "true" and j == tok.n and op == "&"
                        and find(words[1] or "", "^this%.") then
                    return true
                end
                -- (a later logic word may still join one: "opens > 3 AND
                -- last_click < 30 OR 1=1 --")
                goto next_token
            end
            -- a chain of names before the comparison ("' || this ||
            -- '1'=='1", "' or x or 1=1"): each is an operand of the same
            -- boolean, the comparison decides
            for _ = 1, 3 do
                if types[j] ~= "b" or types[j + 1] ~= "&" then
                    break
                end
                j = j + 2
                while types[j] == "!" or types[j] == "(" do
                    j = j + 1
                end
            end
            local t = types[j]
            if t == "f" and not clause then
                -- two names of functions with their "()" ("setTimeout()
                -- and clearTimeout()") are named in a sentence
                if i == 4 and types[1] == "f" and types[2] == "(" and types[3] == ")"
                        and types[j + 1] == "(" and types[j + 2] == ")" then
                    return false
                end
                -- ... nor two names, each with its parenthetical after a
                -- blank, the first one opening the value ("Benoni (A56)
                -- or Benko (A57)", "Pascal (1970) or Ada (1980)"): no
                -- quote closed, no number before the logic word
                if quote == nil and types[1] == "f" and types[2] == "("
                        and types[i - 1] == ")" and types[j + 1] == "("
                        and byte(s, tok.starts[2] - 1) == 32
                        and byte(s, tok.starts[j + 1] - 1) == 32 then
                    return false
                end
                -- ... nor a word and its parenthetical, one word after a
                -- blank, then words or the end ("Signal and lamp (Tyer)
                -- fitted"): no quote closed, no comparison of what
                -- the call returns
                if quote == nil and types[j + 1] == "(" then
                    local p = tok.starts[j + 1]
                    local _, e = find(s, "^%(%a+%)[ \t.,!?]*", p)
                    if e and byte(s, p - 1) == 32
                            and (e == #s or find(s, "^%a", e + 1)) then
                        return false
                    end
                end
                if j > i + 1 or i > 1 or quote ~= nil then
                    return true
                end
                -- a value that opens with the logic word and a call, then
                -- only a bare comment ("or sleep(5)#", "or isnull(1/0)
                -- /*"): SQL's way to cut off the rest of the condition;
                -- a sentence's "or sleep(8h) -- then" says more after it
                -- (or a comparison with the literal the application's
                -- quote closes: "or sleep(5)='")
                local e = types[j + 1] == "(" and group_end(types, j + 1)
                return e and (bare_comment(tok, s, e) or open_empty_comparison(tok, s, e))
                    or false
            end
            if t == "(" then
                return types[j + 1] == "S"
            end
            if t == "S" then
                return statement_follows(tok, j)
            end
            local k = term(types, j)
            if k then
                while types[k] == ")" do
                    k = k + 1
                end
                local t2 = types[k]
                if t2 == "=" then
                    local t3 = comparison_right(types, words, k)
                    if t3 and (i == 1 or clause) and quote == nil then
                        -- a value that opens with the logic word (or a
                        -- WHERE after words) goes on as SQL after the
                        -- comparison, or ends: a word there is a sentence
                        -- ("OR 1=1 meaning", a search for the probe;
                        -- "Lanes where count(booked) = 0 get closed")
                        local r = k + 1
                        while types[r] == "(" or types[r] == "!" do
                            r = r + 1
                        end
                        r = term(types, r)
                        while r and types[r] == ")" do
                            r = r + 1
                        end
                        if r and types[r] == "b" then
                            return false
                        end
                    end
                    if t3 then
                        -- all barewords is prose ("this or that is it")
                        -- but for a name compared to itself ("or x=x")
                        -- or a comparison a comment ends, from the
                        -- first byte (" OR x=y#": SQL's own way to cut
                        -- off the rest of the application's condition)
                        -- ... and, read as it stands (no quote closed
                        -- before it), a name compared to a literal after
                        -- a sentence's first word ("p && q is true"): the
                        -- rows decide it, as "x=y" ("1 or x=1": the 1
                        -- decides)
                        -- (the first operand's, past the groups it
                        -- opens: "(a = 0) and (b = 0)" compares names)
                        local f = 1
                        while types[f] == "(" and f < i - 1 do
                            f = f + 1
                        end
                        local left = i > 1 and types[f] or "b"
                        return not (t == "b" and (left == "b" or left == "f")
                                    and (t3 == "b" or (quote == nil and i > 1 and left == "b")))
                            or constant_comparison(tok, s, j, clause)
                            or (i == 1 and commented_after(tok, s, k))
                    end
                elseif not clause and t ~= "b"
                        and (t2 == nil or t2 == "C" or t2 == ";" or t2 == "&"
                             or (quote ~= nil and trailing_clause(tok, k))) then
                    -- "or 1--", "or true)", "' or '1": left must be a real
                    -- breakout, a string must read as a number
                    if t == "s" and not numeric_string(s, tok.starts[j]) then
                        return false
                    end
                    if i == 1 then
                        -- "or true--", "or 1#": a comment cuts off the
                        -- rest of the condition the value opens with
                        return t == "n" and bare_comment(tok, s, k)
                            and (words[j] == "true" or find(s, "^0*[1-9]", tok.starts[j]) ~= nil)
                    end
                    -- (but for a document's member in MongoDB's $where,
                    -- "this.x == 1 || true": JavaScript, the literal decides)
                    if types[1] == "b" and not find(words[1] or "", "^this%.") then
                        return false
                    end
                    -- a number OR the literal TRUE is every row: text
                    -- says "1 or 2", not "1 or true" ("true or false",
                    -- "false or true" start with no number)
                    if i == 2 and types[1] == "n" and words[1] == nil then
                        -- ... and a number with a boolean literal, or OR
                        -- with the same number again ("1 and false", "1
                        -- or 1": a numeric context's true/false probe)
                        local w2, wj = words[2], words[j]
                        if wj == "true" and w2 == "or" or wj == "false" and w2 == "and"
                                or (wj == "true" or wj == "false") and w2 == "xor" then
                            return true
                        end
                        if w2 == "or" and wj == nil and t2 == nil
                                and same_spelling(s, tok.starts[1], tok.starts[j]) then
                            return true
                        end
                        -- ... or OR with a hex or binary literal ("-1 or
                        -- 0x1"): text writes no number that way
                        if w2 == "or" and wj == nil and t2 == nil
                                and find(s, "^0[xXbB]%x", tok.starts[j]) then
                            return true
                        end
                    end
                    -- as the whole value, "1950 or 1960" and "80% wool and
                    -- 20% silk" are text: SQL shows in a terminator, a
                    -- closer or group, a variable, a symbolic operator
                    return quote ~= nil or t2 == "C" or t2 == ";"
                        or types[i - 1] == ")" or j > i + 1
                        or t == "v" or types[1] == "v" or words[i] == nil
                        or find(low, "/*", 1, true) ~= nil
                end
            end
            return false
        end
        ::next_token::
    end
    return false
end


-- Statements of SQL's procedural dialects and client commands, that start
-- a stacked statement only (as words of text they are common).
local PROCEDURAL = {
    ["if"] = true, ["while"] = true, begin = true, desc = true, describe = true,
    show = true, backup = true, kill = true, set = true, use = true,
}


-- A closed literal, then one to three words before the ";": a clause of
-- a dialect the tokenizer does not know ("x' WITH NOLOCK;", "x' COLLATE
-- nocase;"). Text has that shape too ("it's done; select ..."): the
-- statement after it must be a whole one (STRONG_STATEMENT).
local function clause_prefix(types, last)
    if types[1] ~= "s" or last < 2 or last > 4 then
        return false
    end
    if types[2] ~= "b" and types[2] ~= "k" then
        return false
    end
    -- (words, and numbers after one: "USING TIMEOUT 5s")
    for k = 3, last do
        local t = types[k]
        if t ~= "b" and t ~= "k" and t ~= "n" then
            return false
        end
    end
    return true
end


-- ... or, read as it stands, one comparison of a name with a literal
-- ("depth > 3; ...": a filter's text an application puts after its
-- WHERE)
local function comparison_prefix(types, last)
    return last == 3 and types[1] == "b" and types[2] == "="
        and (types[3] == "n" or types[3] == "s")
end


-- A sort list whose last operand has a direction ("2 DESC", "name, id
-- ASC"): the text an application puts after its ORDER BY, its ";" ending
-- the query.
local function sort_prefix(types, words, last)
    local w = words[last]
    if w ~= "asc" and w ~= "desc" then
        return false
    end
    local k = 1
    while true do
        local t = types[k]
        if t ~= "n" and t ~= "b" and t ~= "v" then
            return false
        end
        k = k + 1
        w = words[k]
        if w == "asc" or w == "desc" then
            k = k + 1
        end
        if k > last then
            return true
        elseif types[k] ~= "," then
            return false
        end
        k = k + 1
    end
end


-- -> a statement follows, its token's index, and whether it came after a
-- clause_prefix or a comparison_prefix
local function stacked(tok, quote)
    local types, ntok = tok.types, tok.n
    local limit = ntok < 8 and ntok or 8
    for i = 1, limit do
        if types[i] == ";" then
            local loose = false
            if not short_prefix(types, tok.words, i - 1)
                    and not sort_prefix(types, tok.words, i - 1) then
                if not (quote and clause_prefix(types, i - 1))
                        and not (not quote and comparison_prefix(types, i - 1)) then
                    return false
                end
                loose = true
            end
            local t = types[i + 1]
            return t == "S" or (not loose and (t == "b" or t == "f")
                                and PROCEDURAL[tok.words[i + 1]]),
                i + 1, loose
        end
    end
    return false
end


-- A delimited export, ";" between its cells, three lines or more
-- (edge.waf.match.delimited_records: "code;desc\nDG;goods\nLV;stock"):
-- its ";" end cells, not statements, and a procedural word in a cell
-- ("desc", "show", "set") names a column.
local EXPORT_SEPS = { ";" }
local function delimited_export(s)
    return match.delimited_records(s, EXPORT_SEPS, false)
end


-- The context literal is one word (a user name, an id), not a phrase.
local function one_word(s, close)
    local _, e = find(s, "%S%s+%S")
    return not e or e >= close
end


-- A comment that ends an injection holds at most one word ("--", "#",
-- "-- -", "#a"), and no call: a "(" after it is code going on (a sheet's
-- '="#"&TEXT(ROW()-1,"000")'); "/*" opens one whatever follows.
local function short_comment(s, at)
    return byte(s, at) == 47 or find(s, "^[-#]+%s*[^%s(]*%s*$", at) ~= nil
end


-- Tokens from k on are what ORDER BY or GROUP BY takes: columns,
-- numbers or calls, each with ASC or DESC, joined by ",", then the end,
-- a comment, a ")" or ";", another clause or the literal the
-- application's quote closes.
local function sort_list(tok, k, s)
    local types, words = tok.types, tok.words
    for _ = 1, 16 do
        local t = types[k]
        if t == "f" and types[k + 1] == "(" then
            k = group_end(types, k + 1)
            if not k then
                return true                     -- a call left open
            end
            k = k + 1
        elseif t == "n" or t == "b" or t == "v" then
            k = k + 1
        else
            return false
        end
        if words[k] == "asc" or words[k] == "desc" then
            k = k + 1
        end
        if types[k] ~= "," then
            local e = types[k]
            -- (or the literal the application's quote closes, the value's
            -- last quote and blanks: text in it, "by x' option in ...",
            -- is a string after the list, SQL's syntax error)
            return e == nil or e == "C" or e == ")" or e == ";" or e == "k" or e == "S"
                or e == "U" or (e == "s" and words[k] == OPEN
                                and find(s, "^.%s*$", tok.starts[k]) ~= nil)
        end
        k = k + 1
    end
    return false
end


-- (statement verbs that are English verbs too: a breakout's needs its
-- statement's shape, STATEMENT_SHAPE)
local SHAPED_VERB = { drop = true, delete = true, update = true, insert = true,
                      create = true, alter = true, truncate = true, bulk = true }


-- Clause keywords after a closed literal and what they need after them.
local CLAUSE_NEXT = {
    order = "by", group = "by", limit = "n", procedure = "b", into = "into",
    from = "from",
}
-- (INTO's targets: OUTFILE, DUMPFILE)


local COMMENT_AFTER = { ["'"] = "'[%s)]*/%*", ['"'] = '"[%s)]*/%*',
                        ["`"] = "`[%s)]*/%*" }


local select_list_parses         -- (below, with the SELECT lists)

-- "--", blanks, then words to the line's end (no quote, no backtick;
-- an apostrophe inside a word, "I'd", is the word's): the comment a
-- breakout's quote is glued to, whatever it says after.
-- A single quote outside a word: "I'd" and "it's" hold theirs inside.
local function stray_quote(s)
    return find(gsub(s, "%a'%a", ""), "'", 1, true) ~= nil
end

local function comment_words(s, at)
    local rest = smatch(s, "^%-%-[ \t]+([^\r\n\"`]*)$", at)
    return rest ~= nil and not stray_quote(rest)
end


local function breakout(tok, s, quote, low)
    local types, words, ntok = tok.types, tok.words, tok.n
    if types[1] ~= "s" or words[1] == OPEN then
        return false
    end
    local j = 2
    while types[j] == ")" do
        j = j + 1
    end
    local t = types[j]
    if t == nil then
        -- "admin'/*": the comment that ran to the end is gone from the
        -- folded text; the lower-cased one still has it
        return one_word(s, tok.close) and find(low, COMMENT_AFTER[quote]) ~= nil
    end
    if t == "C" then
        local at = tok.starts[j]
        if one_word(s, tok.close) then
            -- (or words after a "--" and a blank glued to the quote, "bob'--
            -- then the rest", "bob'-- (an aside)": the comment runs to the
            -- line's end, whatever it says; a plural's possessive is a word's, and dashes a
            -- quote closes again are a quoted cell's, '...,"-- none --"')
            return short_comment(s, at)
                or (at == tok.close + 1 and comment_words(s, at)
                    and not find(s, "^%as'", tok.close - 2))
        end
        -- (after a phrase, "Ticket 88 owner'--", "gauge 12'#": the quote
        -- glued to the phrase's last word, the comment glued to the quote
        -- and nothing after it; a quotation's dash goes on, "'hi'-- then",
        -- and a plural's possessive is a word's, "the students'--")
        -- (or "--", a blank, then words to the line's end, as after one
        -- word: "Ellie'-- and so on"; a quotation's dash, "'hi'-- then",
        -- closes a literal the value opened, no context literal's)
        -- (the comment a blank after the quote too, "Cafe' -- ", when
        -- nothing follows it)
        return j == 2 and tok.close > 1
            and find(s, "^[%w_]", tok.close - 1) ~= nil
            and not find(s, "^%as'", tok.close - 2)
            and ((at == tok.close + 1 and (find(s, "^[-#]+%s*$", at) ~= nil
                                            or comment_words(s, at)))
                 or (find(sub(s, tok.close + 1, at - 1), "^[ \t]+$") ~= nil
                     and find(s, "^%-%-%s*$", at) ~= nil))
    end
    if t == "=" and words[j] == nil and (types[j + 1] == "n" or types[j + 1] == "s")
            and types[j + 2] == "C" and types[j + 3] == nil
            and one_word(s, tok.close) and short_comment(s, tok.starts[j + 2]) then
        -- "'=0--", "x' = 1#": the closed literal compared with a literal
        -- ("name = '' = 0" is every row with a name), the rest commented
        -- out
        return words[j + 1] ~= OPEN
    end
    if t == "=" and j == 2 and j + 1 == ntok and types[j + 1] == "s"
            and words[j + 1] == OPEN and tok.starts[j + 1] == #s
            and (words[j] == nil or words[j] == "like" or words[j] == "ilike"
                 or words[j] == "rlike" or words[j] == "regexp")
            and one_word(s, tok.close) then
        -- "'='", "admin'LIKE'": the closed literal compared with the
        -- empty one the application's quote closes ("name = '' = ''"
        -- holds for every row with a name)
        return true
    end
    if t == "o" and j == 2 and j + 1 == ntok and types[j + 1] == "s" and quote == "'"
            and words[j + 1] == OPEN and tok.starts[j + 1] == #s
            and find(sub(s, 1, tok.close - 1), "^[%w_.@-]*$") then
        -- "'-'", "x'*'": the closed literal, empty or a word, in
        -- arithmetic with the empty one the application's quote closes
        -- ("name = ''-''" compares the name with a number, 0, which every
        -- name that is no number equals in MySQL); in double quotes a
        -- cell's placeholder, '"-"', a search's '"*"', a CSV row's last
        return true
    end
    if t == ";" then
        local t2 = types[j + 1]
        if t2 == "S" then
            -- (the common verbs in a statement's shape: '"; DROP everything
            -- and come"', a quoted chat line, drops nothing; COPY INTO,
            -- UNLOAD, EXEC ... as before)
            if not SHAPED_VERB[words[j + 1]] or _M.statement_at(s, tok.starts[j + 1]) then
                return true
            end
            -- (or an object and then SQL, the end or a comment: InfluxQL's
            -- "DROP SERIES FROM ...", "drop x;--")
            local t4 = types[j + 3]
            return t4 == nil or t4 == "k" or t4 == "C" or t4 == ";" or t4 == "(" or t4 == "S"
        end
        return (t2 == nil or t2 == "C") and one_word(s, tok.close)
    end
    if t == "&" and j == 2 and words[2] and types[3] == "s" and types[4] ~= nil then
        -- x'OR'a..., 'AND'1...: a logic word glued between the quote that
        -- closes the literal and one that opens the next (quotes as the
        -- spaces), with more after that literal
        local at = tok.starts[2]
        local next_at = tok.starts[3]
        -- (the literal closed before it is a value, a letter or a digit
        -- in it: a JSON array's "[" before '"and", "x"]' is none)
        if at == tok.close + 1 and next_at == at + #words[2] and words[3] ~= OPEN
                and tok.starts[4] > next_at + 2 and not is_space(byte(s, next_at + 1))
                and (tok.close == 1 or (not is_space(byte(s, tok.close - 1))
                                        and (find(s, "%w") or tok.close) < tok.close)) then
            return true
        end
    end
    if t == "&" and j == 2 and ntok >= 5 and words[ntok] == OPEN
            and types[ntok - 1] == "o" and term(types, 3) == ntok + 1
            and not find(s, "%s", tok.starts[ntok] + 1) then
        -- "' or ''-'", "x\" and \"\"^\"": after a logic word, literals
        -- and arithmetic up to one left open for the application's
        -- quote: the value's quotes all pair with SQL's
        return true
    end
    if t == "," and tok.close > 1 and not is_space(byte(s, tok.close - 1)) then
        -- "x', admin=1, bio='b": more assignments after the literal
        -- an UPDATE's SET clause holds, the last value left open for the
        -- application's quote or the rest commented out (after a phrase,
        -- a bio's or a title's "my bio', role=1, note='x", with one
        -- assignment whole before the open one)
        local one = one_word(s, tok.close)
        local k, sets = j, 0
        while types[k] == "," and types[k + 1] == "b" and types[k + 2] == "="
                and words[k + 2] == nil and (types[k + 3] == "n" or types[k + 3] == "s") do
            sets = sets + 1
            if words[k + 3] == OPEN then
                return k + 3 == ntok and (one or sets >= 2)
            end
            k = k + 4
        end
        -- (or the UPDATE's own WHERE after them, one comparison of a name
        -- with a literal, then the rest commented out or the literal left
        -- open: "x', status='ok', n=9 WHERE id='7'-- ", the row it picks;
        -- after a phrase too: no sentence goes on with a WHERE that
        -- compares a name with a literal and comments the rest out)
        if sets > 0 and types[k] == "k" and words[k] == "where"
                and types[k + 1] == "b" and types[k + 2] == "=" and words[k + 2] == nil
                and (types[k + 3] == "n" or types[k + 3] == "s") then
            if words[k + 3] == OPEN then
                return k + 3 == ntok
            end
            return k + 4 == ntok and types[k + 4] == "C" and short_comment(s, tok.starts[k + 4])
        end
        if sets > 0 and one then
            return k == ntok and types[k] == "C" and short_comment(s, tok.starts[k])
        end
        -- "hi'), ('spam', 'admin', now())-- ": the row closed, another
        -- row of the INSERT's VALUES after it (literals, calls without
        -- arguments), the rest commented out
        if one and j > 2 and types[k + 1] == "(" then
            local m, row = k + 2, 0
            while true do             -- (m moves on: the tokens end)
                local tm = types[m]
                if (tm == "n" or tm == "s") and words[m] ~= OPEN then
                    m = m + 1
                elseif tm == "f" and types[m + 1] == "(" and types[m + 2] == ")" then
                    m = m + 3
                else
                    break
                end
                row = row + 1
                if types[m] ~= "," then
                    break
                end
                m = m + 1
            end
            return row > 0 and types[m] == ")"
                and (m + 1 == ntok and types[ntok] == "C" and short_comment(s, tok.starts[ntok])
                     or m == ntok and find(low, ")/*", 1, true) ~= nil)
        end
        -- "eve', 'e@x.test', 'admin')-- -": more values of an INSERT's
        -- list, the list closed and the rest commented out
        if not one then
            return false
        end
        local vals = 0
        while types[k] == "," and (types[k + 1] == "n" or types[k + 1] == "s")
                and words[k + 1] ~= OPEN do
            vals = vals + 1
            k = k + 2
        end
        -- ("/*" runs to the end: gone from the folded text)
        return vals > 0 and types[k] == ")" and (k + 1 == ntok and types[ntok] == "C"
                                                 and short_comment(s, tok.starts[ntok])
                                                 or k == ntok and find(low, ")/*", 1, true))
    end
    if t == "U" then
        -- "x' union [all] select": a quoted "union" alone is prose
        local k = j + 1
        while types[k] == "k" or types[k] == "(" do
            k = k + 1
        end
        -- (and a select list some database parses after SELECT: '"Union
        -- Select" is my favourite band' quotes a name in prose)
        return types[k] == "S" and (words[k] ~= "select"
                                   or select_list_parses(lower(sub(s, tok.starts[k],
                                                                   tok.starts[k] + 300))))
    end
    if t == "k" then
        local need = CLAUSE_NEXT[words[j]]
        local t2, w2 = types[j + 1], words[j + 1]
        if need == "by" then
            -- a phrase closed by the quote ("...to use near 'ORDER BY
            -- seen_on ASC LIMIT 5' at line 2", MySQL's error pasted)
            -- needs the rest commented out: the literal left open at its
            -- end cannot follow the clause
            -- (and what BY sorts by is a list of columns, numbers or
            -- calls, then the end, a comment or the next clause: a
            -- quoted phrase, '"order by" vs "sort by"', '"Order by
            -- what?" Tony asked', goes on as text)
            -- (nor a CSV row's first cell, quoted from the value's first
            -- byte and closed before the next cell: '"Order by mail -- see
            -- terms",,' quotes its own text)
            if find(s, "^%s*" .. quote .. "[^" .. quote .. "\r\n]*" .. quote .. "%s*[,;\t]") then
                return false
            end
            return w2 == "by" and (one_word(s, tok.close) or types[ntok] == "C")
                and sort_list(tok, j + 2, s)
        elseif need == "n" then
            return t2 == "n"
        elseif need == "b" then
            return t2 == "b" and (types[j + 2] == nil or types[j + 2] == "f")
        elseif need == "into" then
            return t2 == "v" or (t2 == "b" and (w2 == "outfile" or w2 == "dumpfile"))
        elseif need == "from" then
            -- "x' from t", "x\" from", "x' from(": a table or the end;
            -- not a word the quote closes that a backtick opened ("Search
            -- for `DEBUG' from files": TeX's and GNU's quoting in prose;
            -- SQL closes a backtick with one)
            local t3 = types[j + 2]
            if quote == "'" and find(sub(s, 1, tok.close - 1), "`[^`%s']+$") then
                return false
            end
            return t2 == nil or t2 == "(" or t2 == "C"
                or (t2 == "b" and (t3 == nil or t3 == "C" or t3 == ";"
                                   or CLAUSE_OPERATOR[words[j + 2]] == true))
        end
        return false
    end
    -- ... or all closed, a comment after the last hiding the
    -- application's quote ("ad'+'min'--", "x'||'y'#"): symbolic
    -- operators only, glued to the quote that closes the literal
    -- ("/*" runs to the end: gone from the folded text, in the raw one);
    -- or the last operand computes on the data, a call with arguments in
    -- it ("foo' + (1 / ASCII(substring(passwd,1,1))-4)--": blind
    -- extraction, one character at a time)
    local last = types[ntok] == "C" and short_comment(s, tok.starts[ntok]) and ntok - 1
        or (types[ntok] == "s" and words[ntok] ~= OPEN and find(low, "'/*", 1, true) and ntok)
    if last and OPERATOR[t] and last > j and tok.close > 1 and one_word(s, tok.close)
            and not is_space(byte(s, tok.close - 1)) then
        local k, call = j, false
        while k <= last do
            if not OPERATOR[types[k]] or words[k] then
                return false
            end
            local from = k + 1
            k = term(types, from)
            if not k then
                return false
            end
            for m = from, k - 3 do
                if types[m] == "f" and types[m + 1] == "(" and types[m + 2] ~= ")" then
                    call = true
                end
            end
        end
        return k == last + 1 and (call or (types[last] == "s" and words[last] ~= OPEN))
    end
    -- 'x'!='y, x'|+'1, 1'*id-'0: operators and operands after the
    -- literal up to one left open at the end (the application's quote
    -- closes it); a word operator (LIKE, XOR) needs one-word literals
    -- The literals hold something on both sides of the operators: a
    -- quoted operator alone ("&", "*") or a phrase is text.
    if OPERATOR[t] and words[ntok] == OPEN and tok.close > 1
            and one_word(s, tok.close) and not is_space(byte(s, tok.close - 1))
            and find(s, "^%w", tok.starts[ntok] + 1) then
        local k = j
        while k < ntok do
            local op = types[k]
            if not OPERATOR[op] or words[k] == "is" then
                return false
            end
            if words[k] and find(s, "%s", tok.starts[ntok] + 1) then
                return false
            end
            k = term(types, k + 1)
            if not k then
                return false
            end
        end
        return k == ntok + 1 and types[ntok] == "s"
    end
    return false
end


-- A whole statement (after a clause_prefix): a SELECT of "*", a list or
-- a call FROM a table, or a write to a table by name.
local STRONG_STATEMENT = [=[\G]=] .. alt({
    [=[select\s+(?:\*|[\w.`"]+(?:\s*,\s*[\w.`"]+)+|[a-z_]\w*\s*\([^()]{0,60}\))]=]
        .. [=[\s*from\s+[\w.`"\[]]=],
    [=[insert\s+into\s+[\w.`"\[]]=],
    [=[update\s+[\w.`"]+\s+set\s+[\w.`"]+\s*=]=],
    [=[delete\s+from\s+[\w.`"\[]]=],
    [=[(?:drop|truncate)\s+table\s+[\w.`"\[]]=],
    [=[exec(?:ute)?\s+(?:master\b|xp_|sp_)]=],
    -- (an account given rights: "alter user x with superuser", "grant all
    -- on *.* to ...")
    [=[(?:alter|create)\s+(?:user|role|login)\s+[\w"`]+\s+(?:with\s+)?]=]
        .. [=[(?:superuser|password|identified|createrole|bypassrls)\b]=],
    [=[grant\s+(?:all|[\w\s,]{1,80}?\s+on\s+[\w.*`"]+\s+to)\b]=],
})


-- What may follow a statement keyword for it to be a statement.
local STATEMENT_SHAPE = [=[\G]=] .. alt({
    -- (PostgreSQL's dollar-quoted literal first, "select $$a$$||version()")
    [=[select\b\s*(?:[*@(\d'"`]|\$\$|[a-z_][\w.$]*\s*[(,]|(?:all|distinct|top)\b)]=],
    -- (one column from one table, then what only SQL puts there: a
    -- comment, ";", a WHERE's comparison, LIMIT n, ORDER BY, UNION; or a
    -- name in T-SQL's brackets: "1; select password from users--", "1;
    -- SELECT [pwd] FROM [dbo].[users]"; "select size from the menu" is an
    -- instruction; T-SQL's database..table leaves the schema out, "1;
    -- select name from master..sysdatabases--")
    [=[select\s+(?:\[\w+\]|[a-z_]\w*)(?:\.(?:\[\w+\]|[a-z_]\w*))?\s+from\s+]=]
        .. [=[(?:\[\w+\]|[a-z_]\w*)(?:\.\.?(?:\[\w+\]|[a-z_]\w*)){0,2}\s*]=]
        .. [=[(?:--|#|/\*|;|where\s+[\w.\[\]]+\s*(?:[=<>]|in\s*\()]=]
        .. [=[|limit\s+\d|order\s+by\s|union\b)]=],
    [=[select\s+\[\w+\]\s*(?:,\s*\[\w+\]\s*)*from\s+\[?\w]=],
    [=[insert\b\s*(?:(?:low_priority|delayed|high_priority|ignore)\s+)*(?:into\b|/)]=],
    [=[update\s+(?:(?:low_priority|ignore)\s+)*[\w`"]+\s+set\b]=],
    [=[delete\s+(?:(?:low_priority|quick|ignore)\s+)*from\b]=],
    [=[drop\s+(?:table|database|schema|user|view|function|procedure|index)\b]=],
    [=[create\s+(?:table|database|function|procedure|user|view|trigger)\b]=],
    [=[create\s+or\s+replace\b]=],
    -- (a temporary table, and PostgreSQL's COPY from or to a server file
    -- or a program: "copy t from $$/etc/passwd$$", "... from program")
    [=[create\s+temp(?:orary)?\s+table\b]=],
    [=[copy\s+[\w."]+(?:\s*\([^)]*\))?\s+(?:from|to)\s+(?:program\b|'/|\$\$/)]=],
    -- (a role or a login given its rights, "create role x login superuser",
    -- "alter role x with superuser": a role's name alone reads as English,
    -- "create role profiles")
    [=[(?:create|alter)\s+(?:role|login)\s+[\w"`]+\s*(?:with|login|superuser|password]=]
        .. [=[|identified|createrole|createdb|bypassrls|;|--|#)]=],
    [=[alter\s+(?:table|database|user|system)\b]=],
    [=[exec(?:ute)?\s*(?:\(|@|master|xp_|sp_|immediate\b|[\w.]+\s+@)]=],
    [=[declare\s+@]=],
    [=[waitfor\s+(?:delay|time)\b]=],
    [=[shutdown\b]=],
    [=[truncate\b]=],
    [=[replace\b\s*(?:(?:low_priority|delayed)\s+)?(?:into\b|[\w`"]+\s*\(|\()]=],
    [=[grant\b]=], [=[revoke\b]=],
    [=[merge\s+into\b]=],
    -- (T-SQL's bulk load of a file, a share's too: "bulk insert t from
    -- 'c:\\a.txt'")
    [=[bulk\s+insert\s+[\w.\[\]"`]+\s+from\b]=],
    [=[call\s+[\w.]+\s*\(]=],
    [=[load\s+(?:data|xml)\b]=],
    [=[handler\b]=],
    [=[rename\s+table\b]=],
    [=[if\s*\(?\s*(?:not\s+)?(?:exists\b|[\w@'"]+\s*(?:[=<>]|is\b|like\b))]=],
    [=[while\s*\(?\s*[\w@'"]+\s*[=<>]]=],
    [=[begin\s+(?:tran|transaction|shutdown|exec|select|insert|update|delete|drop|declare]=]
        .. [=[|waitfor)\b]=],
    [=[desc(?:ribe)?\s+[\w.`"]+\s*(?:;|--|#|$)]=],
    [=[show\s+(?:tables|databases|schemas|grants|variables|processlist|columns|users|roles]=]
        .. [=[|privileges|triggers|full\s+processlist)\b]=],
    [=[backup\s+(?:database|log)\b]=],
    [=[kill\s+\d]=],
    [=[set\s+@]=],
    [=[use\s+[\w`"]+\s*(?:;|--|#|$)]=],
})

-- Does a statement stand at byte at of s (STATEMENT_SHAPE)?
function _M.statement_at(s, at)
    return re_find(s, STATEMENT_SHAPE, "jo", { pos = at }) == at
end

-- also right after a number ("1e0union", "-1dunion": MySQL ends the
-- number there) or a backslash
-- (a "+" between the words is the space of a form-encoded payload an
-- application decodes once more: "'+UNION+SELECT+2,login")
-- (not a select list left out, "UNION ALL SELECT ...", or a sentence's
-- "union select of my two sensors": no column list starts so)
local RE_UNION = [=[(?:\b|(?<=[\d\\])|(?<=\d[a-z]))union\b]=]
    .. [=[[\s(#+]*(?:(?:all|distinct|distinctrow)\b[\s(#+]*)?select\b]=]
    .. [=[(?!\s*(?:\.\.|\xe2\x80\xa6|of\b|\?(?!\s*[,)])))]=]

-- (a select list starts with no reserved word of these, which prose puts
-- after its verb: "(select by feel, max 3)", "(select from the menu)";
-- nor is "select-list" a SELECT)
local RE_SUBQUERY = [=[(?:^|[=(,+*/%|&^~<>-]]=]
    .. [=[|\b(?:and|or|xor|not|in|exists|from|union|all|as|select|div|mod|like|rlike|regexp]=]
    .. [=[|when|then|else))\s*\(\s*select\b(?!\s+(?:by|from|where|on|to|for|of|in|at)\b|-[a-z])]=]

-- The ")" closing the "(" at `open` (nested pairs counted), at most
-- `limit` bytes on (the text's end without one); nil when none closes it.
local function close_of(s, open, limit)
    local depth = 0
    local z = limit and open + limit or #s
    for k = open, z do
        local c = byte(s, k)
        if c == nil then
            return nil
        elseif c == 40 then
            depth = depth + 1
        elseif c == 41 then
            depth = depth - 1
            if depth == 0 then
                return k
            end
        end
    end
    return nil
end


local SELECT_ITEMS = {
    [=[\*]=],
    [=[@@?[a-z_]]=],
    [=[\(]=],
    [=[[a-z_][\w.$]*\s*\(]=],
    [=[[\d'"`][^\s,]*\s*(?:,|\bfrom\b|$|;|--|#|\))]=],
    [=[[\w.`"]+(?:\s*,\s*[\w.`"]+)+\s+from\b]=],
    [=[[\w.`"]+\s+from\s+[\w.`"]+\s*]=]
        .. [=[(?:$|;|--|#|\b(?:where|group|order|limit|having|union|join)\b)]=],
}
-- ALL, DISTINCT and TOP n need a select list after them ("select all"
-- alone is a button's label)
local SELECT_LIST = alt({
    alt(SELECT_ITEMS),
    [=[(?:all|distinct|distinctrow)\b\s*]=] .. alt(SELECT_ITEMS),
    [=[top\s*\(?\s*\d]=],
})
-- (not a title's year or count, "Select (1952 novel)")
local RE_SELECT_START = [=[^[\s(]*select\b\s*[-+~!]*\s*(?!\(\s*\d+\s+[a-z]{2})]=] .. SELECT_LIST
local RE_SELECT_LOOSE = [=[\bselect\b\s*(?:\*|@@?[a-z_]|[a-z_][\w.$]*\s*\(|[\w.`"]+\s*,)]=]
local RE_SELECT_ANY_FROM = [=[\bselect\s+[\w.`"]+(?:\s*,\s*[\w.`"]+)+\s+from\b]=]
local RE_SELECT_WORD = [=[\bselect\b]=]


-- What may follow a select list's first item: SQL's words that go on
-- with the statement or the expression; after "*" only the ones that end
-- the list. Two other words in a row after an item ("SELECT COUNT(*) on
-- the events table hangs for minutes", "SELECT * is slow") are a
-- sentence about SQL: no database parses them, in a subquery neither.
local AFTER_ITEM = {}
for w in string.gmatch([[from into as where group order limit having union
        window for offset fetch except intersect minus and or xor not is in
        like ilike rlike regexp sounds between div mod collate over filter within
        escape procedure lock]], "%a+") do
    AFTER_ITEM[w] = true
end
local AFTER_STAR = {}
for w in string.gmatch([[from into union limit except intersect minus for
        procedure lock]], "%a+") do
    AFTER_STAR[w] = true
end
-- reserved words no alias may be
local NOT_ALIAS = {}
for w in string.gmatch([[on the a an of to with by at when then else end
        case using join left right inner outer cross natural]], "%a+") do
    NOT_ALIAS[w] = true
end

local IS_OPERAND = {}
for w in string.gmatch("null not true false unknown distinct", "%a+") do
    IS_OPERAND[w] = true
end

function select_list_parses(s)
    -- jq's "select(.level == \"error\")": a path from "." is no SQL
    -- operand (a number's dot has a digit after it)
    if find(s, "^[%s(]*select%s*%(%s*%.[%a_]") then
        return false
    end
    local _, e = find(s, "^[%s(]*select%s*")
    if not e or find(s, "^[%w_]", e + 1) and not find(s, "^[%s(]*select%s") then
        return true
    end
    local i = e + 1
    local star = false
    local c = byte(s, i)
    if c == 42 then                                   -- *
        star = true
        i = i + 1
    elseif c == 39 or c == 34 then
        -- a literal: one the value never closes holds the rest of it, a
        -- sentence when it has a blank ("the 'union select' wall is
        -- the hardest"); the application's quote closes a token's ('x'
        -- union select 'a')
        return find(s, c == 39 and "'" or '"', i + 1, true) ~= nil
            or not find(s, "%s", i + 1)
    else
        -- a name or a call (its parentheses balanced within 200 bytes)
        local _, ne = find(s, "^[%a_][%w_.$]*", i)
        if not ne then
            return true
        end
        i = ne + 1
        if byte(s, i) == 40 then
            local k = close_of(s, i, 200)
            if not k then
                return true
            end
            i = k + 1
        elseif not find(s, "^%s+%a", i) then
            return true
        end
    end
    local w1, e1 = smatch(s, "^%s+(%a+)()", i)
    if not w1 then
        return true
    end
    if star then
        return AFTER_STAR[w1] == true
    end
    -- (IS takes NULL, NOT, TRUE, FALSE, UNKNOWN or DISTINCT; IN a list
    -- or a subquery: "select price is too high" is a sentence)
    if w1 == "is" then
        local w2 = smatch(s, "^%s+(%a+)", e1)
        return w2 ~= nil and IS_OPERAND[w2] == true
    elseif w1 == "in" then
        return find(s, "^%s*%(", e1) ~= nil
    end
    if AFTER_ITEM[w1] then
        return true
    end
    if NOT_ALIAS[w1] then
        return false
    end
    local w2 = smatch(s, "^%s+(%a+)", e1)
    if not w2 then
        return true
    end
    return AFTER_ITEM[w2] == true
end


-- UNION SELECT with a select list some database parses after it: a
-- sentence that opens so, "Union select committee meets Thursday", goes
-- on with words no select list takes (select_list_parses: an item, an
-- alias, then a third word that is no clause's). Each UNION SELECT of the
-- value is asked (at most 8); any other text after it still counts.
local function union_selects(s)
    local ctx = { pos = 1 }
    for _ = 1, 8 do
        local b, e = re_find(s, RE_UNION, "jo", ctx)
        if not b then
            return false
        end
        if select_list_parses(sub(s, e - 5, e + 300)) then
            return true
        end
        ctx.pos = e + 1
    end
    return true
end

-- A template of SQL (a dbt model: "select * from {{ ref('visits') }}",
-- "{% if is_incremental() %}"): a "{{" or "{%" outside the literals is
-- no SQL any database parses, so the statement's shape is the template
-- engine's text, not an injection (what a template runs is the template
-- detector's, edge.waf.detect.code). Only the shape rules ask this (a
-- SELECT list, a clause, a CASE, a cast, a generic call); the grammar of
-- a breakout, UNION SELECT and the dangerous calls still count: a quote
-- that closes the application's literal puts the "{{" back in one.
local function sql_template(s)
    if not (find(s, "{{", 1, true) or find(s, "{%", 1, true)) then
        return false
    end
    local bare = gsub(gsub(s, "'[^']*'", ""), '"[^"]*"', "")
    bare = gsub(bare, "['\"].*$", "")
    return find(bare, "{[{%%]") ~= nil
end

local function not_template(s)
    return not sql_template(s)
end


-- A markdown code block or span of three backticks ("```sql\n...\n```",
-- one line in the folded text) shows its code: a renderer prints it as
-- text, so the statement shapes inside it (a whole statement, a SELECT
-- list, a clause, a catalog's name, a generic call) are quoted, not
-- injected. The shapes outside it still count, and so do a breakout,
-- UNION SELECT and the dangerous calls anywhere.
-- So does a statement a call takes as its string argument in code
-- ('cur.execute("insert into tags values (?)", t)', "$pdo->prepare(
-- 'SELECT id FROM notes WHERE owner = :o')"): code that runs a query it
-- wrote, the application's own, not one injected into.
-- (words: a non-blank at each end and a blank between, read by bytes:
-- "^%S.*%s.*%S$" backtracked over a long span ending in a blank, square)
local function words_span(text)
    local n = #text
    if n >= 3 and not find(text, "^%s") and not find(text, "^%s", n)
            and find(text, "%s", 2) then
        return " "
    end
    return nil
end

local function unfence(s)
    if find(s, "```", 1, true) then
        s = gsub(s, "```.-```", " ")
    end
    -- (and a wiki's or a page's code block, <syntaxhighlight lang=...>,
    -- <source>, <code>, <pre>: each open to its close by plain finds, the
    -- first open with no close ends the reading)
    if find(s, "<", 1, true) then
        for _, block in ipairs(_M.CODE_BLOCKS) do
            local open, close = block[1], block[2]
            local from = 1
            for _ = 1, 16 do
                local a = find(s, open, from, true)
                local z = a and find(s, close, a, true)
                if not z then
                    break
                end
                s = sub(s, 1, a - 1) .. " " .. sub(s, z + #close)
                from = a + 1
            end
        end
    end
    -- (and a one-backtick span of words, "`UPDATE t SET a = 1`": to MySQL
    -- it is one identifier, to other databases no SQL; "`users`", a
    -- single name, is MySQL's quoting and stays, and so does a span with
    -- a blank inside either backtick, "` AS `x` from": an identifier the
    -- value closes, not markdown's; backticks pair from the left)
    if find(s, "`", 1, true) then
        s = gsub(s, "`([^`\n]*)`", words_span)
    end
    if find(s, "%(%s*[\"']") then
        s = gsub(s, "([%w_]%s*%(%s*)([\"'])(.-)%2", "%1%2%2")
    end
    return s
end


-- A SELECT after a label in prose ("My query: SELECT city, ..."):
-- words, then a colon, then the statement, with no quote, ";", "(" or
-- comment before it. The label is no SQL the application's statement
-- could go on with (a number or a closed literal must come first), so
-- the query is quoted, not injected; one value that is a query whole
-- still counts.
-- (or in a sentence, after three words or more (a label's colon among
-- them) and nothing else, the last of them no SQL's: "so the report is
-- really SELECT a, ..." names a query; no statement goes on from
-- words side by side, and an apostrophe inside a word, "it's", closes
-- no literal)
local SQL_BEFORE_SELECT = match.set({ "union", "all", "distinct", "exists", "in", "not",
                                      "and", "or", "from", "where", "select", "as", "then",
                                      "else", "when", "return", "values", "by", "on", "join",
                                      "any", "some", "is", "like", "having" })
local function select_in_sentence(before)
    if find(before, "[^%w%s,.:'%-]") or stray_quote(before)
            or not find(before, "%a+%s+%a+%s+%a+") then
        return false
    end
    local last = smatch(before, "(%a+)%s*$")
    return last ~= nil and not SQL_BEFORE_SELECT[last]
end

local function select_quoted(s)
    local at = re_find(s, RE_SELECT_WORD, "jo")
    if not at or at < 4 then
        return true
    end
    local before = sub(s, 1, at - 1)
    if select_in_sentence(before) then
        return false
    end
    if not find(before, "^[%a%d%s,.%-]*%a%a+[%a%d%s,.%-]*:%s*$")
            or not find(before, "%a%s+%a") then
        return true
    end
    return false
end


-- A whole statement (SELECT, WITH, a row's INSERT, UPDATE or DELETE, a
-- table's ALTER or CREATE) that ends with its own ";", the one ";"
-- outside its literals: no application's statement can hold it (a
-- subquery's parentheses, "IN (<value>)", and every expression reject a
-- ";"), so it is a query shown or run as one, not injected into one.
-- Statements that define code or accounts (CREATE FUNCTION, TRIGGER,
-- USER) or destroy (DROP, TRUNCATE) are no saved query's.
local STATEMENT_START = {
    "^[%s(]*select%s", "^%s*with%s+[%w_]+%s+as%s*%(", "^%s*insert%s+into%s",
    "^%s*update%s", "^%s*delete%s+from%s", "^%s*alter%s+table%s", "^%s*create%s+table%s",
    "^%s*create%s+view%s", "^%s*create%s+index%s", "^%s*create%s+unique%s+index%s",
}
local function whole_statement(s)
    local start = false
    for i = 1, #STATEMENT_START do
        if find(s, STATEMENT_START[i]) then
            start = true
            break
        end
    end
    if not start then
        return false
    end
    local bare = gsub(s, "'[^']*'", "''")
    local semi = find(bare, ";", 1, true)
    return semi ~= nil and find(bare, "^;%s*$", semi) ~= nil
        and not find(bare, "%-%-") and not find(bare, "#", 1, true)
        and not find(bare, "/*", 1, true)
end

-- a SELECT list at the value's start: one SQL parses, no whole statement,
-- no template
local function select_starts(s)
    return select_list_parses(s) and not whole_statement(s) and not sql_template(s)
end

-- the loose SELECT: neither quoted after a label nor a sentence nor a
-- whole statement
-- A FROM whose table is an article or a possessive and then words ("SELECT
-- shift, COUNT(*) from the report menu gives ..."): a sentence that names
-- a menu, no table a query reads (SQL's table is a name, "the" no
-- table's)
local PROSE_TABLE = {}
for w in string.gmatch("the a an my our your their his her its this that these those", "%a+") do
    PROSE_TABLE[w] = true
end
local function from_prose(s)
    local w = smatch(s, "%f[%w]from%s+(%a+)%s+%a")
    return w ~= nil and PROSE_TABLE[w] == true
end

local function select_loose(s)
    s = unfence(s)
    return select_quoted(s) and select_list_parses(s) and not whole_statement(s)
        and not sql_template(s) and not from_prose(s)
end

-- a clause's shape (ORDER BY n, GROUP BY ... HAVING) in a whole statement
-- is its own; what a clause runs (WAITFOR, INTO OUTFILE, PROCEDURE
-- ANALYSE, EXECUTE IMMEDIATE) counts wherever it is
local function clause_injects(s)
    s = unfence(s)
    return not (whole_statement(s) or sql_template(s)) or find(s, "waitfor", 1, true) ~= nil
        or find(s, "outfile", 1, true) ~= nil or find(s, "dumpfile", 1, true) ~= nil
        or find(s, "procedure", 1, true) ~= nil or find(s, "execute", 1, true) ~= nil
end


local DANGER_FUNCS = alt({
    "benchmark", "pg_sleep", "pg_sleep_for", "load_file", "extractvalue",
    "updatexml", "xmltype", "name_const", "make_set",
    "sqlite_compileoption_(?:used|get)", "randomblob",
    "pg_read_file", "pg_read_binary_file", "pg_ls_dir",
    "lo_import", "lo_export", "lo_get", "lo_from_bytea",
    [=[dbms_[a-z_]+\.[a-z_]+]=], [=[utl_[a-z_]+\.[a-z_]+]=],
    [=[ctxsys\.[a-z_]+]=], "xp_[a-z_]+", "sp_executesql", "sp_oacreate",
    "sp_makewebtask", "openrowset", "opendatasource", "group_concat",
    "concat_ws", "find_in_set", "sys_eval", "sys_exec",
    "is_srvrolemember", "has_dbaccess", "db_name", "schema_name",
    "current_database", "json_extract", "json_unquote", "unistr",
    "starts_with", "jsonb_pretty", "json_build_object",
    "array_to_string", "string_to_array",
})
local DANGER_SET = match.set({
    "benchmark", "pg_sleep", "pg_sleep_for", "load_file", "extractvalue",
    "updatexml", "xmltype", "name_const", "make_set", "randomblob",
    "sqlite_compileoption_used", "sqlite_compileoption_get", "pg_read_file",
    "pg_read_binary_file", "pg_ls_dir", "lo_import", "lo_export", "lo_get",
    "lo_from_bytea", "sp_executesql", "sp_oacreate", "sp_makewebtask",
    "openrowset", "opendatasource", "group_concat", "concat_ws",
    "find_in_set", "sys_eval", "sys_exec", "is_srvrolemember",
    "has_dbaccess", "db_name", "schema_name", "current_database",
    "json_extract", "json_unquote", "unistr", "starts_with", "jsonb_pretty",
    "json_build_object", "array_to_string", "string_to_array",
})
local DANGER_PREFIXES = { "dbms_", "utl_", "xp_", "ctxsys." }
-- Called with no argument, the others do nothing (a SQL error: "a
-- benchmark() table" names one); these return what the attacker wants.
local INFO_NOARGS = { db_name = true, schema_name = true, current_database = true }
local RE_NO_ARGS = [=[\G\s*\)]=]
-- (a number then a unit's word is a sentence's duration, "sleep(8
-- hours) is for the weak", and a number glued to a letter but an
-- exponent's or a hex literal's is dice, "Sleep (5d8)": syntax errors)
local RE_SLEEP_ARGS = [=[\G\s*(?:[-+]?(?:(?:\d+\.[\d.]*+|\d++(?![a-df-wyz]))(?!\s+[a-z]{2})]=]
    .. [=[|[(@'"])|[a-z_]+\s*\(|$)]=]

local GENERIC_FUNCS = alt({
    "concat", "char", "chr", "ascii", "substring", "substr", "mid", "hex",
    "unhex", "md5", "sha1", "sha2", "version", "database", "user",
    "current_user", "system_user", "session_user", "schema", "cast",
    "convert", "coalesce", "ifnull", "isnull", "nullif", "iif", "count",
    "length", "char_length", "lower", "upper", "lcase", "ucase", "trim",
    "ltrim", "rtrim", "replace", "reverse", "rand", "random", "floor",
    "ceil", "ceiling", "pow", "power", "sin", "cos", "tan", "exp", "ln",
    "log", "ord", "instr", "locate", "position", "strcmp", "soundex",
    "compress", "uncompress", "encode", "decode", "aes_encrypt",
    "aes_decrypt", "des_encrypt", "row_count", "found_rows",
    "last_insert_id", "now", "sysdate", "current_timestamp", "getdate",
    "datediff", "string_agg", "listagg", "array_agg", "bin", "oct", "conv",
    "left", "right", "insert", "lpad", "rpad", "space", "repeat", "field",
    "format", "quote", "sum", "avg", "min", "max", "abs", "sign", "sqrt",
    "round", "truncate", "div", "if", "octet_length", "bit_length",
    "crc32", "to_base64", "from_base64", "export_set", "weight_hex",
    "benchmark", "sleep",
})
local GENERIC_SET = {}
for name in string.gmatch(GENERIC_FUNCS, "[%w_]+") do
    GENERIC_SET[name] = true
end
-- (a number then words in the group is a title's year or a count,
-- "Sleep (1968 TV series)": a syntax error to SQL)
local RE_GENERIC_ARGS = [=[\G\s*(?:\d[\d.]*+(?!\s+[a-z]{2})|['"@(-]|[a-z_][\w.]*\s*[,()]|\*)]=]
local RE_FUNC_VALUE = [=[^[\s(]*]=] .. alt({ GENERIC_FUNCS, DANGER_FUNCS })
    .. [=[\s*\\?\((?!\s*\d[\d.]*+\s+[a-z]{2})(?:[^()]|\([^()]*\))*\)?\s*[;)]*\s*$]=]

-- A spreadsheet's or a database app's formula names its fields in braces
-- ("IF({Total}>=6,\"high\",\"check\")", "{Days since order}"): SQL
-- has braces only for ODBC's escapes, "{d '2025-01-01'}", "{fn now()}"
-- or MySQL's "{x expr}", an identifier then an expression. One name
-- alone, or three words and more, is none of them; nor is a name glued
-- to an operator or a colon after the brace, as a metric's label
-- matchers ("rate(http_requests_total{job=\"api\",code=~\"5..\"}[5m])"),
-- a table or an object literal ("{a: 1}") write it.
-- Nor has SQL a range of two operands joined by ":" outside its literals
-- (a sheet's "sum(A1:A10)", Julia's or R's "1:10"): a cast is "::", a
-- placeholder ":name" follows an operator or a bracket, a slice stands
-- in an array's "[1:2]".
local function sql_braces(s)
    if find(s, "[%w_]:[%w_]") and find(gsub(s, "'[^']*'", "''"), "[%w_]:[%w_]") then
        return false
    end
    -- nor calls AND, OR or XOR as a function, a formula's "IF(AND(x>1,
    -- y=2),...)": in SQL they join two operands, no expression starts
    -- with one (the database rejects the query)
    if find(s, "[(,]%s*x?or%s*%(") or find(s, "[(,]%s*and%s*%(") then
        return false
    end
    -- nor an argument that is an XPath from the root to a named element
    -- ("count(//item[state='open'])": "/" starts no SQL operand, "/*"
    -- a comment does) or a JMESPath filter ("items[?contains(tags,
    -- 'x')]"); an XPath that walks any node ("count(/child::node())",
    -- "name(/*[1])": a blind probe of the document) still counts
    if (find(s, "[(,]%s*//?[%a_]") and not find(s, "::", 1, true)
            and not find(s, "node%s*%(") and not find(s, "/%*"))
            or find(s, "[%w_%]]%[%?") then
        return false
    end
    return not find(s, "{%s*[%a_][%w_]*%s*}")
        and not find(s, "{%s*[%a_][%w_]*%s+[%a_][%w_]*%s+[%a_][%w_]*[%w_%s]*}")
        and not find(s, "{%s*[%a_][%w_]*%s*[=!:~]")
end

-- One literal of a VALUES row: a number, a quoted string, NULL, a
-- boolean, or a call without arguments (NOW()).
local SQL_LITERAL = [=[(?:-?\d++(?:\.\d++)?|'[^'\n]{0,80}+'|"[^"\n]{0,80}+"|null|true|false]=]
    .. [=[|[a-z_]\w*+\(\s*\))]=]
-- An INSERT's VALUES list closed by the value's first quote (the row
-- ended, maybe after literals of its own), then rows of its own: "x'),
-- (7, 'y', 'admin'), ('": literals only, then the next row's open quote
-- or the statement's end (a multi-row insert writes them all). A quote
-- before it is a string of the value's own: "('A','B'), ('A','C')" lists
-- pairs.
-- (a word's apostrophe before it is the name's, "O'Hara'), (...": no
-- quote)
local CLOSING_QUOTE = [=[^(?:[^'"\n]|(?<=[a-z])'(?=[a-z]))*+['"]]=]
local RE_VALUES_ROWS = CLOSING_QUOTE .. [=[(?:\s*+,\s*+]=] .. SQL_LITERAL
    .. [=[){0,16}\s*+\)\s*+,]=]
    .. [=[\s*+\((?:\s*+]=] .. SQL_LITERAL .. [=[\s*+,){1,16}\s*+]=]
    .. SQL_LITERAL .. [=[\s*+\)\s*+(?:,\s*+\(\s*+['"]|;|--|#|$)]=]
-- The same rows after a number that ends the application's row (the
-- value a number in its VALUES list): "0), ('K-2', 0), ('K-3', 0)--".
local RE_VALUES_ROWS_NUMBER = [=[^\s*+-?\d++(?:\.\d++)?\s*+\)\s*+,\s*+\((?:\s*+]=] .. SQL_LITERAL
    .. [=[\s*+,){1,16}\s*+]=] .. SQL_LITERAL .. [=[\s*+\)\s*+(?:,\s*+\(|;|--|#|$)]=]
-- A number that ends the application's value in an UPDATE's SET list,
-- then assignments of its own, to the end, a WHERE or a comment ("86.4,
-- price = 0.01", "3, role = 'admin' -- "): the columns it was never
-- meant to write.
local RE_NUMBER_SETS = [=[^\s*+-?\d++(?:\.\d++)?\s*+(?:,\s*+[a-z_]\w*+\s*+=\s*+]=]
    .. [=[(?:-?\d++(?:\.\d++)?|'[^'\n]{0,80}+'|null|true|false)\s*+){1,8}]=]
    .. [=[(?:where\b|--|#|;|$)]=]
-- A value whose first quote closes the application's literal, then more
-- literals of the same row and the row's ")", the rest commented out or
-- ended ("Family trip', 'APPROVED')-- -"): an INSERT's values written by
-- the client, whatever words stood before the quote.
local RE_VALUES_END = CLOSING_QUOTE .. [=[(?:\s*+,\s*+]=] .. SQL_LITERAL .. [=[){1,16}\s*+\)\s*+]=]
    .. [=[(?:--|#|;|/\*)]=]
-- A value that ends the application's statement, a FROM and its table
-- then ";" (a column list's or an ORDER BY's value: "n FROM t;"), then a
-- whole statement of its own commented out to the end; a statement pasted
-- whole starts with its own keyword.
local RE_FROM_STACKED = [=[^(?!\s*(?:select|with|insert|update|delete|drop|create|alter)\b)]=]
    .. [=[[^;]*?\bfrom\s+[\w.`"]+(?:\s+(?:as\s+)?\w+)?\s*;\s*]=]
    .. [=[(?:select\s[^;]*?\bfrom\s|insert\s+into\s|update\s+[\w.`"]+\s+set\s]=]
    .. [=[|delete\s+from\s|drop\s+table\s)[^;]*?(?:--|#)]=]
local RE_STATEMENT = alt({
    [=[\binsert\s+into\s+[\w.`"\[\]]+\s*(?:\(|values\b|select\b)]=],
    [=[\binsert\s+into\b.*\bvalues\b]=],
    [=[\bupdate\s+[\w.`"]+\s+set\s+[\w.`"]+\s*=]=],
    -- (a name qualified by dots has a name after each: "delete from
    -- the archive." ends a sentence)
    [=[\bdelete\s+from\s+[\w`"]++(?:\.[\w`"]++)*+\s*(?:where\b|;|$|--|#)]=],
    -- (SQL Server's bracketed names too: "[Audit]", "[dbo].[Log]")
    [=[\b(?:drop|truncate)\s+(?:table|database|schema)\s+[\w`"\[\]]++(?:\.[\w`"\[\]]++)*+\s*]=]
        .. [=[(?:;|$|--|#|cascade\b)]=],
    -- (the name, then what SQL writes after it: a sentence goes on with
    -- words, "create user accounts for the new hires")
    [=[\bcreate\s+(?:table|function|procedure|trigger|user|database)\s+[\w.`"]+]=]
        .. [=[(?=\s*(?:[(;#@'"]|--|$|(?:identified|with|as|not|exists|password|returns]=]
        .. [=[|on|before|after|instead|like|select|default|character|engine|owner)\b))]=],
    [=[\balter\s+(?:table|database|user)\s+[\w.`"]+\s+]=]
        .. [=[(?:add|drop|change|modify|rename|alter|set|owner)\b]=],
    [=[\bdeclare\s+@\w]=],
    [=[\bexec(?:ute)?\s*(?:\(\s*@|@|master\b|xp_|sp_|immediate\b)]=],
    [=[\bshutdown\s+with\s+nowait\b]=],
    [=[\bgrant\s+all\s+privileges\b]=],
    -- (H2's script runner given a file or a URL as a statement of its
    -- own, and its Java function defined from source: "; RUNSCRIPT FROM
    -- 'http://...'", "CREATE ALIAS x AS $$ String f() {...} $$"; a JDBC
    -- URL's "INIT=RUNSCRIPT ..." is java-jdbc's)
    -- (its name first, for the start of PCRE's scan: after a blank, ";"
    -- or nothing)
    [=[(?<![^;\s])runscript\s+from\s+['"]]=],
    [=[\bcreate\s+alias\s+(?:if\s+not\s+exists\s+)?[\w.]+\s+(?:as\s+(?:\$\$|['"])|for\s+['"])]=],
    -- an INSERT's list closed after a quote, then MySQL's upsert writing
    -- other columns ("n', 'z')  on duplicate key update  is_owner=1")
    [=[['"]\s*\)\s*on\s+duplicate\s+key\s+update\s+[\w.`"]+\s*=]=],
})

-- A statement between quotes in a sentence: a word and a blank before
-- the opening quote, a blank and a word after the quote that closes it
-- ("the 'update t set x = 1' wording"): named, as a code span names it.
local function quoted_in_text(s, from)
    local q = byte(s, from - 1)
    if (q ~= 39 and q ~= 34) or not find(sub(s, 1, from - 1), "%a%s+['\"]$") then
        return false
    end
    local close = find(s, q == 39 and "'" or '"', from, true)
    return close ~= nil and find(s, "^%s+%a", close + 1) ~= nil
end

-- A DML or DDL statement's shape, unless it is shown: the value is the
-- statement whole, ended by its own ";", or a database's error report
-- quotes it (PostgreSQL's "LINE 1: INSERT INTO ..." under its "ERROR:"),
-- or a sentence quotes it (quoted_in_text).
local function statement_injects(s, v)
    s = unfence(s)
    if whole_statement(s) then
        return false
    end
    local ctx = get(v, "re_ctx")
    ctx.pos = 1
    for _ = 1, 8 do
        local from, to = re_find(s, RE_STATEMENT, "jo", ctx)
        if not from then
            return false
        end
        if not find(sub(s, 1, from - 1), "line %d+:%s*$") and not quoted_in_text(s, from) then
            return true
        end
        ctx.pos = to + 1
    end
    return true
end


local RE_CATALOG = alt({
    -- (not the end of a hyphenated name: "systemd-sysusers", "my-tempdb")
    [=[(?<!-)\b(?:information_schema|pg_catalog|pg_shadow|pg_user|pg_database|pg_sleep)\b]=],
    [=[(?<!-)\b(?:sysobjects|syscolumns|systables|sysusers|tempdb|msdb)\b]=],
    [=[\bsys\.(?:tables|objects|columns|databases|sql_logins)\b]=],
    [=[\bmysql\.(?:user|db)\b]=],
    [=[\b(?:msysaccessobjects|msysobjects|all_tables|user_tables|schema_name)\b]=],
    [=[\b(?:all_tab_columns|dba_users|sqlite_master|sqlite_schema)\b]=],
    [=[\b(?:xp_cmdshell|xp_dirtree)\b]=],
    [=[@@(?:version|datadir|hostname|basedir|tmpdir|servername|identity)\b]=],
    [=[@@(?:language|spid)\b]=],
})

local RE_CLAUSE = alt({
    [=[\bwaitfor\s+(?:delay|time)\s*['"\d]]=],
    [=[\binto\s+(?:out|dump)file\b]=],
    [=[\bprocedure\s+analyse\b]=],
    [=[\bexecute\s+immediate\b]=],
    [=[\border\s+by\s+\d+\s*(?:--|#|,|\)|;|/\*)]=],
    -- at the end only after a number, a closer or a quote ("order by 5"
    -- ends a sentence too)
    [=[(?:^|[\d)'"`])\s*order\s+by\s+\d+\s*$]=],
    [=[\bgroup\s+by\s+\d+\s*(?:--|#|,|;|/\*)]=],
    [=[\bgroup\s+by\b.{1,80}\bhaving\b]=],
    [=[\bhaving\s+[\w(]+\s*(?:=|>|<|like)\s*[\w'"(]]=],
    -- (a LIMIT that opens a parenthetical is a label's, "= 2.4 (limit
    -- 2,500)": SQL's follows a query's clause, never a "(")
    [=[(?<!\()(?<!\( )\blimit\s+\d+\s*,\s*\d+\s*(?:--|#|$|;|\))]=],
    -- (a row's columns into the session's variables, MySQL's "LIMIT 1
    -- INTO @a, @b": a probe of the column count)
    [=[\blimit\s+\d+(?:\s*,\s*\d+)?\s+into\s+@\w]=],
    -- (... or after a number, a closer or a quote, the rest commented out:
    -- "7 INTO @x, @y-- -", the value the end of the application's query)
    [=[(?:^|[\d)'"`])\s*into\s+@[a-z_]\w*(?:\s*,\s*@[a-z_]\w*)*\s*(?:--|#|/\*)]=],
    [=[\d\s+as\s+["`]\w+["`]\s+from\b]=],
    [=[["`]\s*as\s*["`]\w+["`]\s*from\b]=],
})

local RE_OPERATORS = alt({
    -- (PostgreSQL's "?" takes a key, quoted: "'ON' ? 1 : 0" is a ternary)
    [=[['"]\s*(?:::\s*[a-z]+\s*)?(?:@>|<@|\?\||\?&|#-|@\?|@@|\|\||\s\?\s(?=\s*['"]))]=]
        .. [=[\s*(?:['"]|array\b|\d)]=],
    -- (PostgreSQL's JSON arrows after the value's first quote, the one
    -- that closes the application's literal, or between literals in SQL:
    -- after a logic or clause word, or compared; between two quoted names
    -- a sentence writes an arrow too, "renamed 'a' -> 'b'")
    -- (not an angle's minutes, "0°30' -> 44°48'": a prime, no quote)
    [=[^[^'"]*+(?<!\xc2\xb0\d)(?<!\xc2\xb0\d\d)['"]\s*(?:::\s*[a-z]+\s*)?(?:#>>?|->>?)]=]
        .. [=[\s*(?:['"]|array\b|\d)]=],
    [=[\b(?:or|and|where|select|when|on|having)\s+['"][^'"]*+['"]\s*(?:::\s*[a-z]+\s*)?]=]
        .. [=[(?:#>>?|->>?)\s*['"]]=],
    [=[['"]\s*(?:::\s*[a-z]+\s*)?(?:#>>?|->>?)\s*['"][^'"]*+['"]\s*]=]
        .. [=[(?:=|<>|!=|<|>|\blike\b|\bis\b)]=],
    [=[\bif\s*\(\s*(?:\d+|[a-z_]+\s*\(\s*\))\s*=(?!=)]=],
    [=[\)\s*(?:like|rlike|regexp|sounds\s+like)\s*\(]=],
    -- (MySQL reads "1.e" as a number glued to a call or a qualified
    -- name, "1.e(ascii", "1.e.users": a tokenizer's blind spot; a list's
    -- numbering, "2.d. Exclusions apply", is followed by a blank)
    [=[\b\d+\.e\s*(?:\(|\.(?=[a-z_`]))]=],
    [=[\bor\s*\{\s*if\b]=],
})

-- A comparison of two numbers as a call's argument or in a group
-- ("elt(3=3,1)", "(5=5)*1"): a boolean only SQL writes that way.
local RE_NUMBER_COMPARISON = [=[\(\s*[-+]?\d+\s*(?:=|<>|!=|<=>)\s*[-+]?\d+\s*[,)]]=]

local RE_CASE = [=[\bcase\s+when\b.{1,100}\bthen\b]=]
local RE_CASE_STRONG = [=[\bcase\s+when\s*\(?\s*[\w'"]+\s*(?:=|<|>|like\b|is\b)]=]
local RE_CAST_END = [=[::\s*(?:int|integer|bigint|smallint|text|bool|boolean|jsonb?|double]=]
    .. [=[(?:\s+precision)?|numeric|varchar|char|bytea|oid|regclass|inet)\s*]=]
    -- at the end, or an operator on the cast value ("'[1]'::jsonb - 1")
    .. [=[(?:$|[-+*/%|#<>=@?^&)])]=]
local RE_CAST = [=[(?:'|\)|\b[a-z_]+)\s*::\s*]=]
    .. [=[(?:int|integer|bigint|text|bool|boolean|jsonb?|double|numeric|varchar|char]=]
    .. [=[|bytea|oid|regclass)\b]=]

-- (a script's or a stylesheet's preserved banner is no versioned
-- comment a query runs: "/*!\n * Bootstrap ..." opens a doc block's
-- gutter, "/*! jQuery v3.7.1 | ..." names a library and its version;
-- MySQL would run neither as SQL)
local RE_COMMENT_EVASION = alt({
    [=[/\*!(?![ \t]*\r?\n[ \t]*\*(?!/))(?![ \t]+[a-z][\w.-]*[ \t]+v?\d+\.\d)]=],
    -- (an optimizer hint names one: "/*+ INDEX(t) */"; a glob's "/*+*" in
    -- a robots.txt line names nothing)
    [=[/\*\+(?=\s*[a-z])]=],
    [=[[a-z0-9)]/\*[^*]*\*/\s*[a-z(@]]=],
    [=[[a-z(]\s*/\*[^*]*\*/[a-z0-9(]]=],
})
-- A path's "*" segments are a glob ("/etc/app/*/*/start.conf"): "/*/*/"
-- between two segments of a path, a file's name with its extension or a
-- directory after it, opens and closes no comment a query would hold
-- ("/post/*/*/2 union all" and "/x/*/*/union select" are comments). Every
-- hit must be one for the rule to stay quiet.
-- ... and so are a "*" segment and a later segment's name ending in "*"
-- ("runs/*/Unaligned/Project_*/S*_R1.fastq.gz"): what lies between the
-- "/*" and the "*/" is the path's own segments, no blank, and the path
-- goes on after it
local function glob_at(s, open)
    if not find(sub(s, open > 60 and open - 60 or 1, open - 1), "/[%w._-]+$") then
        return false
    end
    if sub(s, open, open + 4) == "/*/*/" then
        return find(s, "^[%w_-]+%.[%w_-]+[%w._-]*[%s,;:)]", open + 5)
            or find(s, "^[%w_-]+%.[%w_-]+[%w._-]*$", open + 5)
            or find(s, "^[%w._-]+/", open + 5)
    end
    local close = byte(s, open + 2) == 47 and find(s, "*/", open + 3, true)
    return close and close - open <= 120
        and find(sub(s, open + 2, close - 1), "^/[%w._/-]*$")
        and (find(s, "^[%w._*-]+/", close + 2) or find(s, "^[%w._*-]*%.[%w]+", close + 2)
             or find(s, "^[%w._*-]*$", close + 2) or find(s, "^[%w._*-]*[%s,;:)]", close + 2))
end

local function comment_not_glob(s)
    local ctx = { pos = 0 }
    while true do
        local from, to = re_find(s, RE_COMMENT_EVASION, "jo", ctx)
        if not from then
            return false
        end
        local open = find(s, "/*", from, true)
        if not (open and glob_at(s, open)) then
            return true
        end
        ctx.pos = to + 1
    end
end

-- Cheap gate: anything SQL-ish at all.
local GATE = [=[['"`;()=<>|&#@*/!-]|\b(?:select|union|insert|update|delete|drop|create)]=]
    .. [=[|_exists_]=]
    .. [=[|\b(?:alter|exec|declare|waitfor|truncate|information_schema|pg_|sys|mysql)]=]
    .. [=[|\b(?:msdb|tempdb|msys|schema_name)|\$|\d\.e|::]=]
    -- a logic operator or WHERE before a literal: "1 or 1 is true"
    .. [=[|\b(?:or|and|xor|where|having)\s+(?:not\s+)?(?:true|false|null|\d)]=]
    -- ... or a predicate on a column: "1 or id is not null"
    .. [=[|\bis\s+(?:not\s+)?(?:null|true|false|unknown)\b]=]
    .. [=[|\b(?:order|group)\s+by\s+\d]=]
    -- an AQL loop ("for u in users return u.x": edge.waf.detect.nosql)
    .. [=[|\bfor\s+\w+\s+in\s]=]
    -- a hex literal long enough to spell a statement (hex_statement)
    .. [=[|\b0x(?:[0-9a-f]{2}){8}]=]


-- A JavaScript statement right after the quote that closes the literal
-- (MongoDB's $where runs the string as JavaScript): "x'; return true;
-- var y='": the literal, ";", a statement keyword, and a second ";" (text
-- has words between the quote and its ";": "it's ok; return it"); or a
-- return of a comparison whose last operand is the literal the
-- application's closing quote ends ("'; return '' == '", "x'; return
-- this.a != '": "return '' == ''" once the string is closed).
local JS_STATEMENT = { ["return"] = true, var = true, let = true, const = true,
                       throw = true, ["while"] = true, ["for"] = true }
-- tokens of the statement read, at most
local JS_TOKENS = 12


-- Tokens from..to are one JavaScript operand: a literal, a number or a
-- name, or names joined by "." (this.a).
local function js_operand(tok, s, from, to)
    local types = tok.types
    local want = true
    for k = from, to do
        local t = types[k]
        if want then
            if t ~= "s" and t ~= "n" and t ~= "b" then
                return false
            end
        elseif t ~= "x" or byte(s, tok.starts[k]) ~= 46 then
            return false
        end
        want = not want
    end
    return not want
end

local function js_statement(tok, s, quote)
    local types = tok.types
    if types[2] ~= ";" or not JS_STATEMENT[tok.words[3]] then
        return false
    end
    local n = tok.n
    local last = n < JS_TOKENS and n or JS_TOKENS
    for k = 4, last do
        if types[k] == ";" then
            return true
        end
    end
    if tok.words[3] ~= "return" or n > JS_TOKENS or types[n - 1] ~= "=" then
        return false
    end
    -- (or a comparison of the document's member to the end, "1; return
    -- this.total > 0": the value is the whole $where)
    if (types[n] == "n" or types[n] == "b") and find(tok.words[4] or "", "^this%.") then
        return js_operand(tok, s, 4, n - 2)
    end
    return quote ~= nil and types[n] == "s" and tok.words[n] == OPEN
        and js_operand(tok, s, 4, n - 2)
end


-- The grammar shapes of one tokenization of s (quote: the context; raw:
-- a backslash does not escape a quote).
local function run_tokens(v, s, quote, on, report, raw)
    local tok = tokenize(v, s, quote, raw)
    local types, ntok = tok.types, tok.n
    if ntok == 0 then
        return false
    end
    -- 'x'!='y : a literal compared to a literal, from the first byte
    -- (or compared again: "'{..}' < '$.a' = 7"); not a localization
    -- file's line, a key assigned its text ('"settings.title" =
    -- "Einstellungen";': two closed literals of several letters, unlike,
    -- "=" then at most ";")
    -- (nor a column the standard's double quotes name compared with a
    -- literal, a filter expression's '"name" = \'x\'')
    if not quote and types[1] == "s" and types[2] == "=" and types[3] == "s"
            and (ntok <= 4 or (ntok <= 6 and OPERATOR[types[4]]))
            and not key_assigned(tok, s)
            and not (find(s, '^%s*"[%a_][%w_]*"') and byte(s, tok.starts[3]) == 39)
            and on["sqli-breakout"] then
        if report("sqli-breakout") then
            return true
        end
    end
    if on["sqli-tautology"] and tautology(tok, quote, s, v.low) then
        if report("sqli-tautology") then
            return true
        end
    end
    if on["sqli-stacked"] then
        local ok, at, loose = stacked(tok, quote)
        if ok and not (PROCEDURAL[tok.words[at]] and delimited_export(v.dec or v.raw)) then
            local ctx = get(v, "re_ctx")
            local start = tok.starts[at]
            ctx.pos = start
            if re_find(s, loose and STRONG_STATEMENT or STATEMENT_SHAPE, "jo", ctx) == start then
                if report("sqli-stacked") then
                    return true
                end
            end
        end
    end
    if (quote or types[1] == "n") and on["sqli-stacked"] and js_statement(tok, s, quote) then
        if report("sqli-stacked") then
            return true
        end
    end
    -- (a word's apostrophe kept inside: what follows its literal is read
    -- for a condition or a statement, not for the short breakouts, a
    -- comment or literals glued after it: "d'Arcy'+'s --" is a name)
    if quote and raw ~= IN_WORD and on["sqli-breakout"] and breakout(tok, s, quote, v.low) then
        if report("sqli-breakout") then
            return true
        end
    end
    return false
end


-- One quote context: as the database reads it, then (when the value has
-- a backslash before that quote) as it reads it after an application
-- escaped the quote with a backslash of its own ("\'" ends the literal).
local ESCAPED = { ["'"] = "\\'", ['"'] = '\\"', ["`"] = "\\`" }


-- ... and, when a word's apostrophe comes before another "'" that has no
-- letter on one side of it ("L'Aquila' OR 'k' LIKE 'k"), as it reads
-- with the word's apostrophe kept inside the literal.
local function after_word_apostrophe(s)
    local at = find(s, "%a'%a")
    if not at then
        return false
    end
    at = find(s, "'", at + 2, true)
    for _ = 1, 64 do
        if not at then
            return false
        end
        if not (letter(byte(s, at - 1)) and letter(byte(s, at + 1))) then
            return true
        end
        at = find(s, "'", at + 1, true)
    end
    return false
end


local function quoted(v, s, q, on, report)
    if not find(s, q, 1, true) then
        return false
    end
    return run_tokens(v, s, q, on, report)
        or (find(s, ESCAPED[q], 1, true) ~= nil
            and run_tokens(v, s, q, on, report, true))
        or (q == "'" and after_word_apostrophe(s)
            and run_tokens(v, s, q, on, report, IN_WORD))
end


-- Typographic quotes (U+2018-U+201F, primes U+2032/U+2033) read as the
-- ASCII quotes a lenient collation or an application's folding makes of
-- them.
local TYPOGRAPHIC = "\226\128[\152-\159\178\179]"
local function ascii_quote(q)
    local c = byte(q, 3)
    return (c <= 155 or c == 178) and "'" or '"'
end


-- Is every quote q of s a unit's mark after a bound (tokens, below)?
-- (looked for quote by quote, no gsub: string.gsub is not compiled by
-- LuaJIT; asked only of a value that has a bound's sign)
local function only_unit_marks(s, q)
    local at = find(s, q, 1, true)
    if not at then
        return false
    end
    for _ = 1, 64 do
        local before = sub(s, at > 24 and at - 24 or 1, at - 1)
        if not (find(before, "[<>~]=? ?%d+[.,]?%d*$")
                or find(before, "\194\177 ?%d+[.,]?%d*$")) then
            return false
        end
        at = find(s, q, at + 1, true)
        if not at then
            return true
        end
    end
    return false
end


-- The value as it stands, then as the inside of each quote it holds.
-- (an angle's or a coordinate's minutes and seconds after its degrees,
-- "0°30'", "47°36'12\"N", are written with the apostrophe and the
-- double quote for primes: no literal opens there)
local function tokens(s, v, on, report)
    if find(s, "\226\128", 1, true) and find(s, TYPOGRAPHIC) then
        s = gsub(s, TYPOGRAPHIC, ascii_quote)
    end
    -- (and the modifier letter apostrophe, U+02BC, a keyboard's or an
    -- autocorrect's apostrophe, folded the same way)
    if find(s, "\202\188", 1, true) then
        s = gsub(s, "\202\188", "'")
    end
    if find(s, "\194\176", 1, true) then
        s = gsub(s, "(\194\176 ?%d+[.,]?%d*)'( ?%d+[.,]?%d*)\"", "%1 %2 ")
        s = gsub(s, "(\194\176 ?%d+[.,]?%d*)'", "%1 ")
    end
    -- (... and a bound's, a number a comparison or a tolerance gives:
    -- "spread < 0.8\"", "> 3' wide", "± 0.5\"": arcseconds, inches,
    -- feet. A quote every one of which is such a mark opens no literal;
    -- one other quote of its kind, and each is read as before: "n<3' OR
    -- 'b'>'a")
    -- (plain finds: a pattern's find is not compiled by LuaJIT, and it
    -- took the whole scan out of its trace: a 1.5 KB note +25 %)
    local bounds = find(s, "<", 1, true) or find(s, ">", 1, true) or find(s, "~", 1, true)
        or find(s, "\194\177", 1, true)
    -- (and, after a parameter's name glued to "=", "row=3 or true--", a
    -- query's pair pasted whole and its rest commented out, what follows
    -- as a value of its own; a filter that compares names after it,
    -- "size=8 && depth>=20", or a query string that goes on, "x=1 or
    -- 2=2&y", is a search's text, read whole as before)
    local pair = find(s, "=", 1, true) and smatch(s, "^%s*[%a_][%w_.]*=([^%s=].*)$")
    if pair and (find(pair, "%a[%w_.]*%s*[<>!=]") or find(pair, "&", 1, true)
                 or not (find(pair, "%-%-[%s%-]*$") or find(pair, "#%s*$"))) then
        pair = nil
    end
    return run_tokens(v, s, nil, on, report)
        or (pair and run_tokens(v, pair, nil, on, report))
        or (not (bounds and only_unit_marks(s, "'")) and quoted(v, s, "'", on, report))
        or (not (bounds and only_unit_marks(s, '"')) and quoted(v, s, '"', on, report))
        or quoted(v, s, "`", on, report)
        or false
end


-- Each path segment is a value of its own.
local function path_tokens(low, v, on, report)
    local i = 1
    for _ = 1, 32 do
        local e = find(low, "/", i + 1, true)
        local seg = sub(low, i + 1, (e or #low + 1) - 1)
        if #seg > 2 and find(seg, "[^%w%.%-_~]") then
            if run_tokens(v, normalize.compact(seg), nil, on, report) then
                return true
            end
        end
        if not e then
            break
        end
        i = e
    end
    return false
end


local function danger_name(name)
    if DANGER_SET[name] then
        return true
    end
    for i = 1, #DANGER_PREFIXES do
        local p = DANGER_PREFIXES[i]
        if sub(name, 1, #p) == p then
            return true
        end
    end
    return false
end


-- SQL's words that an expression (a call) may follow; after any other
-- word a call is a name in a sentence ("the sleep(5) call"): SQL puts no
-- two names side by side (match.word_before_call).
local EXPR_AFTER = {}
for w in string.gmatch([[select and or not xor where when then else return
        returns having on like ilike rlike regexp between by is set values if case
        do call exec execute union all distinct from in into limit offset as
        begin declare print end waitfor div mod returning perform elsif while
        exists using except intersect minus interval escape against binary
        top]], "%a+") do
    EXPR_AFTER[w] = true
end


-- Function calls: names looked up in SQL's vocabulary.
-- The call opened at `open` is closed and a word SQL never has there
-- follows it ("sleep(0) called", a test's output; "time.sleep(5) seconds
-- later"): a line of text or a log, not a probe, which the end, a
-- comment, an operator, a closer or SQL's own words follow.
local SQL_AFTER_CALL = {}
for w in gmatch("and or xor from where union limit order group having then else end when "
                .. "as is not like ilike rlike regexp in between div mod into procedure desc "
                .. "asc "
                .. "select collate sounds", "%S+") do
    SQL_AFTER_CALL[w] = true
end
local function word_after_call(s, open)
    local k = close_of(s, open)
    if not k then
        return false
    end
    -- (or a number: "3. Sleep(5) 4. Alarm", a list's items; a literal
    -- right after a call is a syntax error, so the call never runs)
    if find(s, "^%s+%d", k + 1) then
        return true
    end
    -- (or a sentence's dash, en or em, then a word: "x(0) \u{2014} so I",
    -- a call an aside names; no SQL has that byte there but in a name)
    if find(s, "^%s*\226\128[\147\148]%s*%a", k + 1) then
        return true
    end
    local _, e, w = find(s, "^%s+([%a_]+)", k + 1)
    -- (IN after a call takes a list: "Sleep(3) in the script" is a
    -- sentence's "in")
    if w == "in" and not find(s, "^%s*%(", e + 1) then
        return true
    end
    return w ~= nil and #w > 1 and not SQL_AFTER_CALL[w]
end


-- A call (at `open`, the byte `before` its name) stands in an
-- expression: not inside a non-ASCII word ("Haßelt ("), nor a name in a
-- sentence.
local function in_expression(s, open, name, before)
    -- (a call a code span holds whole, "`sleep(2)`", is an identifier to
    -- MySQL, whose quote the backtick is, and a syntax error to a shell:
    -- a note's markdown)
    -- (so is one a pair of quotes holds whole, "'sleep(5)' in the quiz":
    -- a literal to SQL, a call's name quoted in a sentence)
    if before == 96 or before == 39 or before == 34 then
        local k = close_of(s, open)
        if k and byte(s, k + 1) == before then
            return false
        end
    end
    local w = before == 32 and match.word_before_call(s, open, name)
    return before < 128 and not (w and not EXPR_AFTER[w])
end

-- ... a generic SQL function given SQL arguments.
local function generic_args(s, open, name, ctx)
    if not GENERIC_SET[name] then
        return false
    end
    ctx.pos = open + 1
    return re_find(s, RE_GENERIC_ARGS, "jo", ctx) ~= nil
end

-- Any such call in s (check_calls' second question, asked again of a
-- value's text outside its code blocks).
local function generic_call(s, v)
    local n, names, opens, befores = match.calls(s, get(v, "calls"))
    local ctx = get(v, "re_ctx")
    for i = 1, n do
        if in_expression(s, opens[i], names[i], befores[i])
                and generic_args(s, opens[i], names[i], ctx) then
            return true
        end
    end
    return false
end


local function check_calls(s, v, on, report)
    local n, names, opens, befores = match.calls(s, get(v, "calls"))
    local ctx = get(v, "re_ctx")
    local generic = false
    for i = 1, n do
        local name = names[i]
        if in_expression(s, opens[i], name, befores[i]) then
            local base = match.base(name)
            ctx.pos = opens[i] + 1
            if on["sqli-function"] and (danger_name(name) or danger_name(base))
                    and (INFO_NOARGS[base] or not re_find(s, RE_NO_ARGS, "jo", ctx)) then
                if report("sqli-function") then
                    return true
                end
            end
            -- (a method of an object, "Thread.Sleep(250)", "asyncio.sleep(1)",
            -- is a program's; SQL's own sleeps are bare or Oracle's
            -- packages', "dbms_lock.sleep(5)", "user_lock.sleep(5)"; a
            -- "." glued before it is PHP's concatenation, "'.sleep(9).'")
            if (base == "sleep" and (base == name or "." .. base == name
                                     or find(name, "dbms_", 1, true)
                                     or find(name, "_lock.", 1, true)))
                    or base == "waitfor" then
                ctx.pos = opens[i] + 1
                if on["sqli-function"] and re_find(s, RE_SLEEP_ARGS, "jo", ctx)
                        and not word_after_call(s, opens[i]) then
                    if report("sqli-function") then
                        return true
                    end
                end
            end
            if not generic and generic_args(s, opens[i], name, ctx) then
                generic = true
            end
        end
    end
    if generic and on["sqli-function-generic"] and not sql_template(s) and sql_braces(s) then
        local shown = unfence(s)
        if shown == s or generic_call(shown, v) then
            return report("sqli-function-generic")
        end
    end
    return false
end


-- CASE WHEN ... THEN: a comparison right after WHEN makes it a SELECT.
local function case_strength(s)
    if sql_template(s) then
        return false
    end
    return re_find(s, RE_CASE_STRONG, "jo") and "sqli-select" or true
end


-- Catalog names that are a hit as a whole one-word value.
local LONE = match.set({ "tempdb", "msdb", "msysaccessobjects", "msysobjects",
                         "sysobjects", "syscolumns", "systables", "sysusers" })


function _M.lone(s, on, report)
    if on["sqli-catalog"] and LONE[s] then
        return report("sqli-catalog")
    end
    return false
end



-- The rules, in order; v.cmp (the comment-folded text) unless said.
-- NAMES runs on argument names and JSON keys before the gate, RULES on
-- values the gate lets through.
--
-- Plain values (edge.waf's inspect: letters, digits, spaces and , . _ :
-- + @ - only, lower-cased, no double space, so v.cmp is v.low): only the
-- records with needles can report, behind them (the regexes, CASE WHEN
-- ... THEN), and a tautology, which needs a logic operator token or WHERE
-- (HAVING) before a comparison, and of those only the words AND, OR, XOR,
-- WHERE, HAVING can be written here (plain_maybe).
-- Stacked statements, breakouts, literal comparisons, calls, NoSQL
-- operators and comment evasion each need a character the alphabet lacks.
local GRAMMAR = { "sqli-tautology", "sqli-stacked", "sqli-breakout" }
local SELECT = { "select" }

-- A hex literal of six bytes or more whose bytes (ASCII, or UTF-16LE
-- as nvarchar holds them) spell a statement (eight or more) or a quote's
-- breakout: "0x77616974666f72..." is "waitfor delay '0:0:5'", run by
-- EXEC(@s) or CAST(0x.. AS varchar). An id, a hash or an address decodes
-- to bytes no text has.
local RE_HEX_RUN = [=[\b0x(?:[0-9a-f]{2}){6,}+]=]
-- (after the quote that closes a literal too, "' union select": the
-- breakout spelled in hex for a layer that decodes it)
local RE_HEX_TEXT = [=[^\s*+(?:['"`][\s)]*+)?]=]
    .. [=[(?:select|insert|update|delete|drop|exec(?:ute)?|declare|]=]
    .. [=[waitfor|create|alter|truncate|shutdown|union)\b]=]
-- (six or seven bytes spell a breakout alone: the quote closed, then OR
-- or AND and an operand, "'or 2>1" in hex; a statement takes eight)
local RE_HEX_BREAKOUT = [=[^\s*['"`]\s*\)*\s*(?:(?:or|and|xor)\b|\|\||&&)\s*\S]=]
local function hex_byte(h)
    return string.char(tonumber(h, 16))
end
local function spells_statement(s, from, to)
    local bytes = gsub(sub(s, from + 2, to), "%x%x", hex_byte)
    if find(bytes, "^[^%z]%z") then
        bytes = gsub(bytes, "%z", "")               -- UTF-16LE
    end
    if find(bytes, "[^%g%s]") then
        return false
    end
    local low = lower(bytes)
    if #bytes < 8 then
        return re_find(low, RE_HEX_BREAKOUT, "jo") ~= nil
    end
    return re_find(low, RE_HEX_TEXT, "jo") ~= nil or re_find(low, RE_HEX_BREAKOUT, "jo") ~= nil
end
local function hex_statement(s)
    return any_match(s, RE_HEX_RUN, "jo", 4, spells_statement)
end



local RULES = rules.compile({
    -- paths: no plain values
    { ids = GRAMMAR, field = "low", where = { path = true }, scan = path_tokens,
      plain = false },
    -- an UPDATE's SET list gone on: the value's first quote closes the
    -- literal (a phrase, a LIKE pattern's "%" in it), then ", column =" an
    -- operand, and a literal left open for the application's quote, or a
    -- WHERE of the value's own (a comparison, IN or LIKE), or a comment,
    -- a parenthesis it closes before that or not ("Rate %', is_staff='1":
    -- another column written; a quote then a comma in text goes on as text;
    -- a word's apostrophe before it is the phrase's, "d'Arcy', tier=...")
    { id = "sqli-breakout", field = "low", where = { path = false },
      needles = { "',", "' ,", '",', '" ,' },
      pattern = [=[^(?:[^'"\n]|(?<=[a-z])'(?=[a-z])){0,80}+(['"])\s*,\s*[a-z_][\w.]*\s*=\s*]=]
        .. [=[(?:(?:[\d.+-]+|true|false|null]=]
        .. [=[|'[^'\n]*'|"[^"\n]*")\s*,\s*[a-z_][\w.]*\s*=\s*){0,4}]=]
        .. [=[(?:['"][^'"\n]*$|(?:[\d.+-]+|true|false|null|'[^'\n]*'|"[^"\n]*")\s*]=]
        .. [=[(?:where\s+[\w.]+\s*(?:[=<>]|in\s*\(|(?:not\s+)?i?like\s*['"])]=]
        .. [=[|\)?\s*(?:--|#)[\s-]*$))]=],
      plain = false },
    -- Cypher's (Neo4j's) breakout: the application's literal closed,
    -- its property map and node pattern closed ("'})"), then a clause
    -- that reads or writes the graph: a node pattern matched and used, a
    -- node created or merged with a label, a property set or removed, a
    -- node deleted, WITH ... AS going on, a procedure of apoc, db or dbms
    -- called, LOAD CSV, or a RETURN the "//" comment ends
    { id = "sqli-breakout", field = "low", where = { path = false },
      needles = { "match", "merge", "create", "delete", "set ", "remove", "return", "with",
                  "call", "load" },
      pattern = [=[^[^'"\n]{0,60}+['"]\s*+(?:[})\]]\s*+){0,4}(?:]=]
        .. [=[(?:union(?:\s+all)?\s+)?(?:optional\s+)?match\s*\(\s*\w*\s*(?::\s*\w+\s*)?]=]
        .. [=[(?:\{[^{}\n]{0,80}\}\s*)?\)\s*(?:-|<-|,|(?:where|return|delete|detach|set|with]=]
        .. [=[|call|optional|match|remove|load)\b)]=]
        .. [=[|(?:merge|create)\s*\(\s*\w*\s*:\s*\w]=]
        .. [=[|detach\s+delete\s+\w|delete\s+\w+\s*(?://|$)]=]
        .. [=[|set\s+\w+\.\w+\s*\+?=|remove\s+\w+\.\w]=]
        .. [=[|return\s+[\w.]+(?:\s*,\s*[\w.]+)*(?:\s+as\s+\w+)?\s*//]=]
        .. [=[|with\s+\S+\s+as\s+\w+\s+(?:match|call|load|return|unwind|optional)\b]=]
        .. [=[|call\s+(?:apoc|db|dbms)\.\w|load\s+csv\b)]=],
      plain = false },
    -- ... or a URL Cypher fetches built from a property ("LOAD CSV FROM
    -- 'http://h/?k=' + u.token", apoc.load.json(... + ...)): the graph's
    -- data sent out in the request
    { id = "sqli-breakout", field = "low", where = { path = false }, needles = { "load" },
      pattern = [=[(?:\bload\s+csv\s+(?:with\s+headers\s+)?from|\bapoc\.load\.\w+\s*\()]=]
        .. [=[\s*['"][a-z][\w+.-]*://[^'"\n]{0,300}['"]\s*\+]=], plain = false },
    -- plain values: plain_maybe (AND, OR, XOR, WHERE, HAVING as words)
    { ids = GRAMMAR, field = "cmp", scan = tokens, plain = false },
    { id = "sqli-union", field = "cmp", needles = { "union" }, pattern = RE_UNION,
      check = union_selects },
    -- (a keyword nested in itself, "UNIUNIONON SELSELECTECT": what a filter
    -- that deletes the keyword once leaves behind)
    { id = "sqli-union", field = "cmp", needles = { "union" }, plain = false,
      check = function(s)
          local once = gsub(s, "union", "")
          local twice = gsub(once, "select", "")
          return re_find(once, RE_UNION, "jo") ~= nil or re_find(twice, RE_UNION, "jo") ~= nil
              or re_find((gsub(s, "select", "")), RE_UNION, "jo") ~= nil
      end },
    { id = "sqli-select", field = "cmp", needles = SELECT, pattern = RE_SUBQUERY,
      fold = unfence, check = not_template },
    { id = "sqli-select", field = "cmp", needles = SELECT, pattern = RE_SELECT_START,
      check = select_starts },
    { id = "sqli-select-loose", field = "cmp", needles = SELECT, pattern = RE_SELECT_LOOSE,
      fold = unfence, check = select_loose },
    { id = "sqli-select-loose", field = "cmp", needles = SELECT,
      pattern = RE_SELECT_ANY_FROM, fold = unfence, check = select_loose },
    { id = "sqli-statement", field = "low", needles = { "0x" }, check = hex_statement },
    { id = "sqli-statement", field = "cmp", needles = { "),", ") ," }, pattern = RE_VALUES_ROWS },
    { id = "sqli-statement", field = "cmp", needles = { "),", ") ," },
      pattern = RE_VALUES_ROWS_NUMBER },
    { id = "sqli-statement", field = "cmp", needles = { "=" }, pattern = RE_NUMBER_SETS },
    { id = "sqli-statement", field = "cmp",
      needles = { ")--", ") --", ")#", ") #", ");", ") ;", ")/*", ") /*" },
      pattern = RE_VALUES_END },
    { id = "sqli-statement", field = "cmp", needles = { "from" }, pattern = RE_FROM_STACKED },
    { id = "sqli-statement", field = "cmp", pattern = RE_STATEMENT, fold = unfence,
      check = statement_injects,
      needles = { "insert", "update", "delete", "drop", "truncate", "create", "alter",
                  "duplicate",
                  "declare", "exec", "shutdown", "grant", "runscript" } },
    -- (a plain value: RE_CATALOG's names whole, "analysis" holds "sys")
    { id = "sqli-catalog", field = "cmp", pattern = RE_CATALOG, fold = unfence,
      needles = { "information_schema", "pg_", "sys", "mysql", "msys", "tempdb", "msdb",
                  "all_tab", "user_tables", "dba_users", "sqlite_", "xp_", "@@",
                  "schema_name" },
      plain = { "information_schema", "pg_catalog", "pg_shadow", "pg_user", "pg_database",
                "pg_sleep", "sysobjects", "syscolumns", "systables", "sysusers", "tempdb",
                "msdb", "sys.", "mysql.", "msysaccessobjects", "msysobjects", "all_tables",
                "user_tables", "schema_name", "all_tab_columns", "dba_users",
                "sqlite_master", "sqlite_schema", "xp_cmdshell", "xp_dirtree", "@@" } },
    -- (a plain value: each keyword of RE_CLAUSE is followed by white
    -- space, which is one space there; the rest needs a quote)
    { id = "sqli-clause", field = "cmp", pattern = RE_CLAUSE, fold = unfence,
      check = clause_injects,
      needles = { "waitfor", "into", "procedure", "execute", "order", "group", "having",
                  "limit", "as \"", "as `", "as\"", "as`" },
      plain = { "waitfor ", "into ", "procedure ", "execute ", "order ", "group ", "having ",
                "limit " } },
    -- (a sort field's value, the text after the application's ORDER BY,
    -- that goes on to a column's number and a comment: the probe of the
    -- column count, "received_at ASC, 11-- -"; the comment ends the value;
    -- a column's name first: "1,1--" is a list of numbers)
    { id = "sqli-clause", field = "cmp", needles = { "--", "#" }, plain = { "--" },
      pattern = [=[^\s*[a-z_][\w.]*(?:\s+(?:asc|desc))?(?:\s*,\s*[\w.]+(?:\s+(?:asc|desc))?)*?]=]
          .. [=[\s*,\s*\d+\s*(?:--[ \t]*-?|#)\s*$]=] },
    -- (... or to a division by zero after a direction, "name ASC, 1/0":
    -- the error-based probe of whether the sort list is evaluated)
    { id = "sqli-clause", field = "cmp", needles = { "/0" }, plain = false,
      pattern = [=[^\s*[a-z_][\w.]*(?:\s*,\s*[\w.]+)*\s+(?:asc|desc)\s*,\s*\d+\s*/\s*0\s*$]=] },
    -- (PostgreSQL's COPY to or from a program runs it in the server's
    -- shell: "...; COPY (SELECT ...) TO PROGRAM 'curl ...'")
    { id = "sqli-clause", field = "cmp", needles = { "program" },
      pattern = [=[\bcopy\b[^;]{0,200}?\b(?:to|from)\s+program\s*(?:['"$]|e')]=] },
    { id = "sqli-operators", field = "cmp", pattern = RE_OPERATORS,
      needles = { "@>", "<@", "?|", "?&", "#>", "->", "#-", "@?", "@@", "||", " ? ",
                  "if(", "if (", ")like", ") like", ")rlike", ") rlike", ")regexp",
                  ") regexp", ")sounds", ") sounds", ".e(", ".e.", ".e (", "{" } },
    { id = "sqli-operators", field = "cmp", needles = { "=", "<>" },
      pattern = RE_NUMBER_COMPARISON },
    { id = "sqli-cast", field = "cmp", needles = { "::" }, pattern = RE_CAST,
      check = not_template },
    { id = "sqli-operators", field = "cmp", needles = { "::" }, pattern = RE_CAST_END },
    { ids = { "sqli-function", "sqli-function-generic" }, field = "cmp",
      needles = { "(" }, scan = check_calls },
    { id = "sqli-function-value", field = "cmp", needles = { "(" }, max_len = 256,
      pattern = RE_FUNC_VALUE, check = sql_braces },
    -- (the blind extraction's character code of one character cut from
    -- a value, "ascii(substring(user(),1,1))", "ord(mid((select ...),1,1))",
    -- wherever it stands, a sort key's IF() included: compared once a
    -- request, it reads the server's values a bit at a time; a report
    -- has no use for a character's code)
    { id = "sqli-function", field = "cmp", needles = { "ascii", "ord(", "ord (", "unicode" },
      pattern = [=[\b(?:ascii|ord|unicode)\s*\(\s*(?:substr(?:ing)?|mid|left|right)\s*\(]=],
      plain = false },
    { id = "sqli-comment-evasion", field = "low", needles = { "/*" },
      pattern = RE_COMMENT_EVASION, check = comment_not_glob },
    { id = "sqli-case", field = "cmp", needles = { "case" }, pattern = RE_CASE,
      check = case_strength },
}, _M.RULES)


-- Inspect one normalized value (see edge.waf.normalize). `on` holds the
-- enabled rule ids; report(id) records a hit and returns true when the
-- caller has seen enough.
function _M.detect(v, on, report, where)
    if (where == "name" or where == "key") and rules.run(nosql.NAMES, v, on, report, where) then
        return true
    end
    if #v.cmp < 3 or not re_find(v.low, GATE, "jo") then
        return false
    end
    return rules.run(RULES, v, on, report, where)
        or rules.run(nosql.VALUES, v, on, report, where)
end


-- A word that is a hex literal spelling a statement ("0x73656c65..."):
-- words skip the rules, so inspect asks here (s lower case).
function _M.hex_word(s, on, report)
    if on["sqli-statement"] and byte(s, 1) == 48 and byte(s, 2) == 120
            and hex_statement(s) then
        return report("sqli-statement")
    end
    return false
end

_M.PLAIN_NEEDLES = rules.plain_needles({}, RULES, nosql.NAMES, nosql.VALUES)
-- the tokenizer's word sets, for tests that generate values
_M.VOCABULARY = { STATEMENT, WORDS, CLAUSE_AFTER_BREAKOUT, PROCEDURAL, CLAUSE_NEXT }


-- Is w a token of its own somewhere in s (the tokenizer's word bytes on
-- neither side)? "or" in "color" or "or.x" is not.
local function word_token(s, w)
    local from = 1
    while true do
        local b, e = find(s, w, from, true)
        if not b then
            return false
        end
        local before = b > 1 and byte(s, b - 1) or 32
        local after = byte(s, e + 1) or 32
        if not is_word(before) and not is_word(after) then
            return true
        end
        from = b + 1
    end
end


function _M.plain_maybe(low)
    return word_token(low, "or") or word_token(low, "and")
        or (find(low, "xor", 1, true) ~= nil and word_token(low, "xor"))
        or (find(low, "where", 1, true) ~= nil and word_token(low, "where"))
        or (find(low, "having", 1, true) ~= nil and word_token(low, "having"))
end

-- Every pattern, for validation at start-up.
_M.PATTERNS = rules.patterns({ STATEMENT_SHAPE, RE_CASE_STRONG, GATE, RE_SLEEP_ARGS,
                               RE_GENERIC_ARGS }, RULES, nosql.NAMES, nosql.VALUES)

return _M
