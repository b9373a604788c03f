-- SQL injection detection from SQL structure, not from payload lists.
--
-- The idea is libinjection's: an injected value only works if, placed into
-- the query where the application puts it (as is, or inside a '...' or
-- "..." literal), it closes that context and continues as SQL. So the value
-- is tokenized as SQL once per plausible context and the first tokens are
-- checked against grammar shapes an injection must take:
--   sqli-tautology   operand, then AND/OR/XOR, then a comparison, a call or
--                    a literal ("1 or 1=1", "x' and 'a'='a", "' or sleep(5)")
--   sqli-stacked     a short breakout, ";" and a new statement
--   sqli-breakout    inside a quote context: the literal closes, then a
--                    comment, ";" or a clause keyword ("admin'--")
-- Regular expressions (on the normalized, comment-folded text) cover SQL
-- constructs that are never prose: UNION SELECT, subqueries, SELECT lists
-- at the start of a value, time-delay and file functions, system catalogs,
-- DDL/DML statement shapes, MySQL versioned comments, NoSQL operators.
-- The vocabulary (keywords, function names, catalogs) is SQL's own.

local re_find = require("edge.waf.re").find

local normalize = require "edge.waf.normalize"
local match = require "edge.waf.match"
local rules = require "edge.waf.rules"
local get = rules.get

local new_tab = require "table.new"

local byte = string.byte
local sub = string.sub
local find = string.find
local alt = rules.alt


local _M = { _VERSION = "0.1" }

_M.RULES = {
    { id = "sqli-tautology", severity = "critical", pl = 1,
      desc = "boolean injection: operand, logic operator, comparison" },
    { id = "sqli-stacked", severity = "critical", pl = 1,
      desc = "statement separator followed by a new SQL statement" },
    { id = "sqli-breakout", severity = "critical", pl = 1,
      desc = "string literal closed, then a comment or SQL clause" },
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
             .. "IF(n=, ) LIKE (, 1.e( )" },
    { id = "sqli-nosql", severity = "critical", pl = 1,
      desc = "MongoDB query operator in an argument name, key or value" },
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
    handler = true, rename = true,
}

local WORDS = {
    union = "U", ["and"] = "&", ["or"] = "&", xor = "&", ["not"] = "!",
    like = "=", rlike = "=", regexp = "=", ["is"] = "=", between = "=",
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
local MAX_TOKENS = 16

rules.buffer("sql_tok", function()
    return { types = new_tab(MAX_TOKENS + 4, 0), starts = new_tab(MAX_TOKENS, 0),
             words = new_tab(MAX_TOKENS, 0), n = 0 }
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


local function push(tok, ty, pos, w)
    local n = tok.n + 1
    tok.n = n
    tok.types[n] = ty
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


-- Tokenize s (lower case). With quote set, the text starts inside a
-- literal opened with that quote character.
local function read_tokens(tok, s, quote)
    tok.n = 0
    local n = #s
    local i = 1
    if quote then
        local j = 1
        while true do
            local e = find(s, quote, j, true)
            if not e then
                push(tok, "s", 1)
                return
            end
            if byte(s, e + 1) == byte(quote) then
                j = e + 2
            elseif e > 1 and byte(s, e - 1) == 92 then
                j = e + 1
            else
                push(tok, "s", 1)
                i = e + 1
                break
            end
        end
    end
    while i <= n and tok.n < MAX_TOKENS do
        local c = byte(s, i)
        local c2 = byte(s, i + 1)
        if is_space(c) then
            i = i + 1
        elseif (c == 45 and c2 == 45) or c == 35 then         -- -- #
            push(tok, "C", i)
            local e = find(s, "\n", i, true)
            i = e and e + 1 or n + 1
        elseif c == 47 and c2 == 42 then                      -- /*
            push(tok, "C", i)
            local e = find(s, "*/", i + 2, true)
            i = e and e + 2 or n + 1
        elseif c == 39 or c == 34 or c == 96 then             -- ' " `
            local j = i + 1
            while true do
                local e = find(s, sub(s, i, i), j, true)
                if not e then
                    j = n + 1
                    break
                end
                if byte(s, e + 1) == c then
                    j = e + 2
                elseif byte(s, e - 1) == 92 then
                    j = e + 1
                else
                    j = e + 1
                    break
                end
            end
            push(tok, "s", i)
            i = j
        elseif c >= 48 and c <= 57 or (c == 46 and c2 and c2 >= 48
                                        and c2 <= 57) then
            local j = i + 1
            while j <= n and is_word(byte(s, j)) do
                j = j + 1
            end
            push(tok, "n", i)
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
        elseif c == 43 or c == 45 or c == 42 or c == 47 or c == 37
                or c == 94 or c == 126 or c == 124 or c == 38 then
            push(tok, "o", i)
            i = i + 1
        else
            push(tok, "x", i)
            i = i + 1
        end
    end
end


-- The shape checks look a few tokens past the last one (types[j + 2])
-- and expect nil there: the slots the previous value filled are cleared,
-- or a verdict would depend on the value inspected before it.
local function tokenize(v, s, quote)
    local tok = get(v, "sql_tok")
    local before = tok.n
    read_tokens(tok, s, quote)
    local types, starts, words = tok.types, tok.starts, tok.words
    for k = tok.n + 1, before do
        types[k] = nil
        starts[k] = nil
        words[k] = nil
    end
    return tok
end


local OPERAND = { n = true, s = true, v = true, b = true }


-- A breakout prefix: at most one operand, then only ")" (e.g. "1",
-- "x')", "1))").
local function short_prefix(types, last)
    if last == 0 then
        return true
    end
    if not OPERAND[types[1]] and types[1] ~= ")" then
        return false
    end
    for i = 2, last do
        if types[i] ~= ")" then
            return false
        end
    end
    return last <= 4
end


local function tautology(tok, quote)
    local types, ntok = tok.types, tok.n
    local limit = ntok < 6 and ntok or 6
    for i = 1, limit do
        if types[i] == "&" then
            if i > 1 and not short_prefix(types, i - 1) then
                return false
            end
            local j = i + 1
            while types[j] == "!" or types[j] == "(" do
                j = j + 1
            end
            local t = types[j]
            if t == "f" then
                return j > i + 1 or i > 1 or quote ~= nil
            end
            if t == "(" or t == "S" then
                return types[j] == "S" or types[j + 1] == "S"
            end
            if OPERAND[t] then
                local t2 = types[j + 1]
                if t2 == "=" then
                    local t3 = types[j + 2]
                    if t3 == "(" then
                        t3 = types[j + 3]
                    end
                    if OPERAND[t3] or t3 == "f" then
                        -- all barewords is prose ("this or that is it")
                        local left = i > 1 and types[1] or "b"
                        return not (t == "b" and t3 == "b" and left == "b")
                    end
                elseif t ~= "b" and (t2 == nil or t2 == "C" or t2 == ";"
                                     or t2 == ")") then
                    -- "or 1--", "or true)": left must be a real breakout
                    return i > 1 and types[1] ~= "b"
                end
            end
            return false
        end
    end
    return false
end


local function stacked(tok)
    local types, ntok = tok.types, tok.n
    local limit = ntok < 6 and ntok or 6
    for i = 1, limit do
        if types[i] == ";" then
            if not short_prefix(types, i - 1) then
                return false
            end
            return types[i + 1] == "S", i + 1
        end
    end
    return false
end


local function breakout(tok)
    local types, words, ntok = tok.types, tok.words, tok.n
    if types[1] ~= "s" then
        return false
    end
    local j = 2
    while types[j] == ")" do
        j = j + 1
    end
    local t = types[j]
    if t == "C" or t == ";" then
        return true
    end
    if t == "U" then
        -- "x' union [all] select": a quoted "union" alone is prose
        local k = j + 1
        while types[k] == "k" or types[k] == "(" do
            k = k + 1
        end
        return types[k] == "S"
    end
    if t == "k" and CLAUSE_AFTER_BREAKOUT[words[j]] then
        return true
    end
    -- 'x'!='y  (a comparison of literals, the second left open)
    if t == "=" and types[j + 1] == "s" and j + 1 == ntok then
        return true
    end
    return false
end


-- What may follow a statement keyword for it to be a statement.
local STATEMENT_SHAPE = [=[\G]=] .. alt({
    [=[select\b\s*(?:[*@(\d'"`]|[a-z_][\w.$]*\s*[(,]|(?:all|distinct|top)\b)]=],
    [=[insert\b\s*(?:into\b|/)]=],
    [=[update\s+[\w`"]+\s+set\b]=],
    [=[delete\s+from\b]=],
    [=[drop\s+(?:table|database|schema|user|view|function|procedure|index)\b]=],
    [=[create\s+(?:table|database|function|procedure|user|view|trigger)\b]=],
    [=[create\s+or\s+replace\b]=],
    [=[alter\s+(?:table|database|user|system)\b]=],
    [=[exec(?:ute)?\s*(?:\(|@|master|xp_|sp_|immediate\b|[\w.]+\s+@)]=],
    [=[declare\s+@]=],
    [=[waitfor\s+(?:delay|time)\b]=],
    [=[shutdown\b]=],
    [=[truncate\b]=],
    [=[replace\b\s*(?:into\b|[\w`"]+\s*\(|\()]=],
    [=[grant\b]=], [=[revoke\b]=],
    [=[merge\s+into\b]=],
    [=[call\s+[\w.]+\s*\(]=],
    [=[load\s+data\b]=],
    [=[handler\b]=],
    [=[rename\s+table\b]=],
})

local RE_UNION = [=[\bunion\b[\s(#]*(?:(?:all|distinct|distinctrow)\b[\s(#]*)?select\b]=]

local RE_SUBQUERY = [=[(?:^|[=(,]|\b(?:and|or|xor|not|in|exists|from|union|all|as|select))]=]
    .. [=[\s*\(\s*select\b]=]

local SELECT_LIST = alt({
    [=[\*]=],
    [=[@@?[a-z_]]=],
    [=[\(]=],
    [=[(?:all|distinct|distinctrow|top)\b]=],
    [=[[a-z_][\w.$]*\s*\(]=],
    [=[[\d'"`][^\s,]*\s*(?:,|\bfrom\b|$|;|--|#|\))]=],
    [=[[\w.`"]+(?:\s*,\s*[\w.`"]+)+\s+from\b]=],
    [=[[\w.`"]+\s+from\s+[\w.`"]+\s*]=]
        .. [=[(?:$|;|--|#|\b(?:where|group|order|limit|having|union|join)\b)]=],
})
local RE_SELECT_START = [=[^[\s(]*select\b\s*]=] .. SELECT_LIST
local RE_SELECT_LOOSE = [=[\bselect\b\s*(?:\*|@@?[a-z_]|[a-z_][\w.$]*\s*\(|[\w.`"]+\s*,)]=]
local RE_SELECT_ANY_FROM = [=[\bselect\s+[\w.`"]+(?:\s*,\s*[\w.`"]+)+\s+from\b]=]

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
local RE_SLEEP_ARGS = [=[\G\s*(?:[-+]?[\d(@'"]|[a-z_]+\s*\(|$)]=]

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
local RE_GENERIC_ARGS = [=[\G\s*(?:[\d'"@(-]|[a-z_][\w.]*\s*[,()]|\*)]=]
local RE_FUNC_VALUE = [=[^[\s(]*]=] .. alt({ GENERIC_FUNCS, DANGER_FUNCS })
    .. [=[\s*\\?\((?:[^()]|\([^()]*\))*\)?\s*[;)]*\s*$]=]

local RE_STATEMENT = alt({
    [=[\binsert\s+into\s+[\w.`"\[\]]+\s*(?:\(|values\b|select\b)]=],
    [=[\binsert\s+into\b.*\bvalues\b]=],
    [=[\bupdate\s+[\w.`"]+\s+set\s+[\w.`"]+\s*=]=],
    [=[\bdelete\s+from\s+[\w.`"]+\s*(?:where\b|;|$|--|#)]=],
    [=[\b(?:drop|truncate)\s+(?:table|database|schema)\s+[\w.`"]+\s*]=]
        .. [=[(?:;|$|--|#|cascade\b)]=],
    [=[\bcreate\s+(?:table|function|procedure|trigger|user|database)\s+[\w.`"]+]=],
    [=[\balter\s+(?:table|database|user)\s+[\w.`"]+\s+]=]
        .. [=[(?:add|drop|change|modify|rename|alter|set|owner)\b]=],
    [=[\bdeclare\s+@\w]=],
    [=[\bexec(?:ute)?\s*(?:\(\s*@|@|master\b|xp_|sp_|immediate\b)]=],
    [=[\bshutdown\s+with\s+nowait\b]=],
    [=[\bgrant\s+all\s+privileges\b]=],
})

local RE_CATALOG = alt({
    [=[\b(?:information_schema|pg_catalog|pg_shadow|pg_user|pg_database|pg_sleep)\b]=],
    [=[\b(?:sysobjects|syscolumns|systables|sysusers|tempdb|msdb)\b]=],
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
    [=[\border\s+by\s+\d+\s*(?:--|#|$|,|\)|;|/\*)]=],
    [=[\bgroup\s+by\b.{1,80}\bhaving\b]=],
    [=[\bhaving\s+[\w(]+\s*(?:=|>|<|like)\s*[\w'"(]]=],
    [=[\blimit\s+\d+\s*,\s*\d+\s*(?:--|#|$|;|\))]=],
    [=[\d\s+as\s+["`]\w+["`]\s+from\b]=],
    [=[["`]\s*as\s*["`]\w+["`]\s*from\b]=],
})

local RE_OPERATORS = alt({
    [=[['"]\s*(?:::\s*[a-z]+\s*)?(?:@>|<@|\?\||\?&|#>>?|->>?|#-|@\?|@@|\|\||\s\?\s)]=]
        .. [=[\s*(?:['"]|array\b|\d)]=],
    [=[\bif\s*\(\s*(?:\d+|[a-z_]+\s*\(\s*\))\s*=(?!=)]=],
    [=[\)\s*(?:like|rlike|regexp|sounds\s+like)\s*\(]=],
    [=[\b\d+\.e\s*[(.]]=],
    [=[\bor\s*\{\s*if\b]=],
})

local RE_CASE = [=[\bcase\s+when\b.{1,100}\bthen\b]=]
local RE_CASE_STRONG = [=[\bcase\s+when\s*\(?\s*[\w'"]+\s*(?:=|<|>|like\b|is\b)]=]
local RE_CAST_END = [=[::\s*(?:int|integer|bigint|smallint|text|bool|boolean|jsonb?|double]=]
    .. [=[(?:\s+precision)?|numeric|varchar|char|bytea|oid|regclass|inet)\s*$]=]
local RE_CAST = [=[(?:'|\)|\b[a-z_]+)\s*::\s*]=]
    .. [=[(?:int|integer|bigint|text|bool|boolean|jsonb?|double|numeric|varchar|char]=]
    .. [=[|bytea|oid|regclass)\b]=]

local RE_COMMENT_EVASION = alt({
    [=[/\*!]=], [=[/\*\+]=],
    [=[[a-z0-9)]/\*[^*]*\*/\s*[a-z(@]]=],
    [=[[a-z(]\s*/\*[^*]*\*/[a-z0-9(]]=],
})

local MONGO = alt({
    "ne", "eq", "gt", "gte", "lt", "lte", "in", "nin", "regex", "where",
    "exists", "not", "nor", "or", "and", "elemmatch", "size", "all", "type",
    "mod", "text", "expr", "jsonschema", "function", "accumulator",
    "lookup", "graphlookup", "merge", "out", "set", "unset", "rename",
    "inc", "push", "pull", "slice", "nearsphere", "geowithin",
})
local RE_NOSQL_NAME = [=[\[\s*\$]=] .. MONGO .. [=[\s*\]]=]
local RE_NOSQL_KEY = [=[^\$]=] .. MONGO .. [=[$]=]
local RE_NOSQL_VALUE = [=[^\s*\[?\s*\$]=] .. MONGO .. [=[\s*\]|\[\s*\$]=] .. MONGO
    .. [=[\s*\]]=]

-- Cheap gate: anything SQL-ish at all.
local GATE = [=[['"`;()=<>|&#@*/!-]|\b(?:select|union|insert|update|delete|drop|create)]=]
    .. [=[|\b(?:alter|exec|declare|waitfor|truncate|information_schema|pg_|sys|mysql)]=]
    .. [=[|\b(?:msdb|tempdb|msys|schema_name)|\$|\d\.e]=]


-- The grammar shapes of one tokenization of s (quote: the context).
local function run_tokens(v, s, quote, on, report)
    local tok = tokenize(v, s, quote)
    local types, ntok = tok.types, tok.n
    if ntok == 0 then
        return false
    end
    -- 'x'!='y : a literal compared to a literal, from the first byte
    if not quote and ntok <= 4 and types[1] == "s" and types[2] == "="
            and types[3] == "s" and on["sqli-breakout"] then
        if report("sqli-breakout") then
            return true
        end
    end
    if on["sqli-tautology"] and tautology(tok, quote) then
        if report("sqli-tautology") then
            return true
        end
    end
    if on["sqli-stacked"] then
        local ok, at = stacked(tok)
        if ok then
            local ctx = get(v, "re_ctx")
            local start = tok.starts[at]
            ctx.pos = start
            if re_find(s, STATEMENT_SHAPE, "jo", ctx) == start then
                if report("sqli-stacked") then
                    return true
                end
            end
        end
    end
    if quote and on["sqli-breakout"] and breakout(tok) then
        if report("sqli-breakout") then
            return true
        end
    end
    return false
end


-- The value as it stands, then as the inside of each quote it holds.
local function tokens(s, v, on, report)
    return run_tokens(v, s, nil, on, report)
        or (find(s, "'", 1, true) and run_tokens(v, s, "'", on, report))
        or (find(s, '"', 1, true) and run_tokens(v, s, '"', on, report))
        or (find(s, "`", 1, true) and run_tokens(v, s, "`", on, report))
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


-- Function calls: names looked up in SQL's vocabulary.
local function check_calls(s, v, on, report)
    local n, names, opens, befores = match.calls(s, get(v, "calls"))
    local ctx = get(v, "re_ctx")
    local generic = false
    for i = 1, n do
        local name = names[i]
        local b = befores[i]
        -- not inside a non-ASCII word ("Haßelt (")
        if b < 128 then
            local base = match.base(name)
            if on["sqli-function"] and (danger_name(name) or danger_name(base)) then
                if report("sqli-function") then
                    return true
                end
            end
            if base == "sleep" or base == "waitfor" then
                ctx.pos = opens[i] + 1
                if on["sqli-function"] and re_find(s, RE_SLEEP_ARGS, "jo", ctx) then
                    if report("sqli-function") then
                        return true
                    end
                end
            end
            if not generic and GENERIC_SET[name] then
                ctx.pos = opens[i] + 1
                if re_find(s, RE_GENERIC_ARGS, "jo", ctx) then
                    generic = true
                end
            end
        end
    end
    if generic and on["sqli-function-generic"] then
        return report("sqli-function-generic")
    end
    return false
end


-- CASE WHEN ... THEN: a comparison right after WHEN makes it a SELECT.
local function case_strength(s)
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
-- ... THEN), and a tautology, which needs a logic operator token, and of
-- those only the words AND, OR, XOR can be written here (plain_maybe).
-- Stacked statements, breakouts, literal comparisons, calls, NoSQL
-- operators and comment evasion each need a character the alphabet lacks.
local GRAMMAR = { "sqli-tautology", "sqli-stacked", "sqli-breakout" }
local SELECT = { "select" }

local NAMES = rules.compile({
    { id = "sqli-nosql", field = "low", where = { name = true }, needles = { "$" },
      pattern = RE_NOSQL_NAME },
    { id = "sqli-nosql", field = "cmp", where = { key = true }, needles = { "$" },
      pattern = RE_NOSQL_KEY },
}, _M.RULES)

local RULES = rules.compile({
    -- paths: no plain values
    { ids = GRAMMAR, field = "low", where = { path = true }, scan = path_tokens,
      plain = false },
    { id = "sqli-nosql", field = "cmp", where = { path = false }, needles = { "$" },
      pattern = RE_NOSQL_VALUE },
    -- plain values: plain_maybe (AND, OR, XOR as words)
    { ids = GRAMMAR, field = "cmp", scan = tokens, plain = false },
    { id = "sqli-union", field = "cmp", needles = { "union" }, pattern = RE_UNION },
    { id = "sqli-select", field = "cmp", needles = SELECT, pattern = RE_SUBQUERY },
    { id = "sqli-select", field = "cmp", needles = SELECT, pattern = RE_SELECT_START },
    { id = "sqli-select-loose", field = "cmp", needles = SELECT, pattern = RE_SELECT_LOOSE },
    { id = "sqli-select-loose", field = "cmp", needles = SELECT,
      pattern = RE_SELECT_ANY_FROM },
    { id = "sqli-statement", field = "cmp", pattern = RE_STATEMENT,
      needles = { "insert", "update", "delete", "drop", "truncate", "create", "alter",
                  "declare", "exec", "shutdown", "grant" } },
    { id = "sqli-catalog", field = "cmp", pattern = RE_CATALOG,
      needles = { "information_schema", "pg_", "sys", "mysql", "msys", "tempdb", "msdb",
                  "all_tab", "user_tables", "dba_users", "sqlite_", "xp_", "@@",
                  "schema_name" } },
    { id = "sqli-clause", field = "cmp", pattern = RE_CLAUSE,
      needles = { "waitfor", "into", "procedure", "execute", "order", "group", "having",
                  "limit", "as \"", "as `", "as\"", "as`" } },
    { id = "sqli-operators", field = "cmp", pattern = RE_OPERATORS,
      needles = { "@>", "<@", "?|", "?&", "#>", "->", "#-", "@?", "@@", "||", " ? ",
                  "if(", "if (", ")like", ") like", ")rlike", ") rlike", ")regexp",
                  ") regexp", ")sounds", ") sounds", ".e(", ".e.", ".e (", "{" } },
    { id = "sqli-cast", field = "cmp", needles = { "::" }, pattern = RE_CAST },
    { id = "sqli-operators", field = "cmp", needles = { "::" }, pattern = RE_CAST_END },
    { ids = { "sqli-function", "sqli-function-generic" }, field = "cmp",
      needles = { "(" }, scan = check_calls },
    { id = "sqli-function-value", field = "cmp", needles = { "(" }, max_len = 256,
      pattern = RE_FUNC_VALUE },
    { id = "sqli-comment-evasion", field = "low", needles = { "/*" },
      pattern = RE_COMMENT_EVASION },
    { id = "sqli-case", field = "cmp", needles = { "case" }, pattern = RE_CASE,
      check = case_strength },
}, _M.RULES)


-- Inspect one normalized value (see edge.waf.normalize). `on` holds the
-- enabled rule ids; report(id) records a hit and returns true when the
-- caller has seen enough.
function _M.detect(v, on, report, where)
    if (where == "name" or where == "key") and rules.run(NAMES, v, on, report, where) then
        return true
    end
    if #v.cmp < 3 or not re_find(v.low, GATE, "jo") then
        return false
    end
    return rules.run(RULES, v, on, report, where)
end


_M.PLAIN_NEEDLES = rules.plain_needles({}, NAMES, RULES)
-- the tokenizer's word sets, for tests that generate values
_M.VOCABULARY = { STATEMENT, WORDS, CLAUSE_AFTER_BREAKOUT }


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
end

-- Every pattern, for validation at start-up.
_M.PATTERNS = rules.patterns({ STATEMENT_SHAPE, RE_CASE_STRONG, GATE, RE_SLEEP_ARGS,
                               RE_GENERIC_ARGS }, NAMES, RULES)

return _M
